"""Transport security, authentication and per-RPC authorisation."""
