"""Payment rules. Pure Python: no grpc, no SQLAlchemy."""
