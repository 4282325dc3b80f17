"""Background work inside freight_server: the outbox dispatcher."""
