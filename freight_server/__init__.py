"""FreightService: shipments, freight tokens with risk scores, and shipment events
delivered to the payment service through a transactional outbox.

Layout: domain/ (pure rules), storage/ (tables, queries, migrations), application/
(use cases and transactions), rpc/ (servicer and proto conversion), workers/ (the outbox
dispatcher)."""

__version__ = "0.1.0"
