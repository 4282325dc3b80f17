"""Where pay's Alembic migrations live, and the schema check servers run at start."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from chainbridge_common.runtime import migrations

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def upgrade(db_url: str, revision: str = "head") -> None:
    migrations.upgrade(MIGRATIONS_DIR, db_url, revision)


def downgrade(db_url: str, revision: str) -> None:
    migrations.downgrade(MIGRATIONS_DIR, db_url, revision)


def check_schema(engine: Engine) -> None:
    migrations.check_schema(engine, MIGRATIONS_DIR, "payment", "python -m pay_server migrate --db-url <url>")
