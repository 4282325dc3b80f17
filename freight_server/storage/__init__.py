"""Freight persistence: table definitions, queries and Alembic migrations."""
