"""Alembic environment for the payment database (online migrations only)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

from pay_server.storage.schema import metadata

config = context.config
url = config.get_main_option("sqlalchemy.url")
assert url, "sqlalchemy.url must be set (python -m pay_server migrate --db-url ...)"
engine = create_engine(url, poolclass=pool.NullPool)
with engine.connect() as connection:
    # render_as_batch lets later migrations ALTER tables on SQLite too.
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
