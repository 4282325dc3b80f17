"""SQL adapters both services share: the database engine and its transactions, batch
writers declared once per table and run per dialect, and the request log (idempotency
keys)."""
