"""PaymentService: payment intents, risk-tier milestone schedules, milestone settlements,
the settlement workflow, a double-entry ledger and an append-only audit trail.

Layout: domain/ (pure rules: allocation, schedules, release policy, state machine,
ledger), storage/ (tables, queries, migrations), application/ (use cases), rpc/
(servicer, conversion, watch stream), workers/ (release worker), clients/ (the
FreightService stub adapter)."""

__version__ = "0.1.0"
