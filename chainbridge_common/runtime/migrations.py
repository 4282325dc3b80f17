"""Alembic helpers: each service keeps its migrations in `<service>/storage/migrations`.

Servers refuse to start unless the database is exactly at the head revision their code
was written for: an unmigrated database would fail on the first query, and a newer one
(after a rollback of the code) could silently mis-read columns.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


class SchemaMismatch(RuntimeError):
    pass


def alembic_config(migrations_dir: Path, db_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    # Alembic reads the URL through ConfigParser, which treats % as interpolation.
    config.set_main_option("sqlalchemy.url", db_url.replace("%", "%%"))
    return config


def upgrade(migrations_dir: Path, db_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(migrations_dir, db_url), revision)


def downgrade(migrations_dir: Path, db_url: str, revision: str) -> None:
    command.downgrade(alembic_config(migrations_dir, db_url), revision)


def head_revision(migrations_dir: Path) -> str:
    script = ScriptDirectory(str(migrations_dir))
    head = script.get_current_head()
    if head is None:
        raise SchemaMismatch(f"no migrations in {migrations_dir}")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_schema(engine: Engine, migrations_dir: Path, service: str, migrate_hint: str) -> None:
    """Raise SchemaMismatch with an actionable message unless the schema is at head."""
    head = head_revision(migrations_dir)
    current = current_revision(engine)
    if current == head:
        return
    script = ScriptDirectory(str(migrations_dir))
    known = {rev.revision for rev in script.walk_revisions()}
    if current is None:
        problem = "has no schema (it was never migrated)"
    elif current not in known:
        problem = f"is at revision {current}, which is newer than this code knows (head {head})"
    else:
        problem = f"is at revision {current}, behind this code's head {head}"
    url = engine.url.render_as_string(hide_password=True)
    raise SchemaMismatch(f"{service} database {url} {problem}. Run: {migrate_hint}")


def create_append_only_guards(op, tables: tuple[str, ...]) -> None:
    """Triggers that refuse UPDATE and DELETE on `tables` (audit trail, ledger):
    corrections are new rows, never edits - enforced by the database, not by habit."""
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            """
            CREATE OR REPLACE FUNCTION chainbridge_refuse_change() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: rows are never updated or deleted', TG_TABLE_NAME;
            END;
            $$ LANGUAGE plpgsql
            """
        )
        for table in tables:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION chainbridge_refuse_change()"
            )
    elif dialect == "sqlite":
        for table in tables:
            for action in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: rows are never updated or deleted'); END"
                )


def drop_append_only_guards(op, tables: tuple[str, ...]) -> None:
    dialect = op.get_bind().dialect.name
    for table in tables:
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        elif dialect == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS chainbridge_refuse_change()")


def scope_request_log_per_caller(op) -> None:
    """Revision 0002 of both services: idempotency keys become (caller, method,
    request_id). Keys stored before keep answering replays until they expire: they move
    under the legacy caller "" (chainbridge_common/storage/request_log.py)."""
    import sqlalchemy as sa

    op.drop_index("ix_idempotency_keys_create_time_us", table_name="idempotency_keys")
    op.rename_table("idempotency_keys", "idempotency_keys_unscoped")
    if op.get_bind().dialect.name == "postgresql":  # constraint names are per schema there
        op.execute("ALTER TABLE idempotency_keys_unscoped RENAME CONSTRAINT pk_idempotency_keys TO pk_idempotency_keys_unscoped")
    op.create_table(
        "idempotency_keys",
        sa.Column("caller", sa.String(length=256), nullable=False),
        sa.Column("method", sa.String(length=64), nullable=False),
        sa.Column("request_id", sa.String(length=128), nullable=False),
        sa.Column("request_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("response", sa.LargeBinary(), nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("caller", "method", "request_id", name="pk_idempotency_keys"),
    )
    op.create_index("ix_idempotency_keys_create_time_us", "idempotency_keys", ["create_time_us"], unique=False)
    op.execute(
        "INSERT INTO idempotency_keys (caller, method, request_id, request_fingerprint, response, create_time_us) "
        "SELECT '', method, request_id, request_fingerprint, response, create_time_us FROM idempotency_keys_unscoped"
    )
    op.drop_table("idempotency_keys_unscoped")


def unscope_request_log(op) -> None:
    """Downgrade of scope_request_log_per_caller: where callers shared a request id, the
    key of the lexically first caller is kept."""
    import sqlalchemy as sa

    op.drop_index("ix_idempotency_keys_create_time_us", table_name="idempotency_keys")
    op.rename_table("idempotency_keys", "idempotency_keys_scoped")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE idempotency_keys_scoped RENAME CONSTRAINT pk_idempotency_keys TO pk_idempotency_keys_scoped")
    op.create_table(
        "idempotency_keys",
        sa.Column("method", sa.String(length=64), nullable=False),
        sa.Column("request_id", sa.String(length=128), nullable=False),
        sa.Column("request_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("response", sa.LargeBinary(), nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("method", "request_id", name="pk_idempotency_keys"),
    )
    op.create_index("ix_idempotency_keys_create_time_us", "idempotency_keys", ["create_time_us"], unique=False)
    op.execute(
        "INSERT INTO idempotency_keys (method, request_id, request_fingerprint, response, create_time_us) "
        "SELECT s.method, s.request_id, s.request_fingerprint, s.response, s.create_time_us FROM idempotency_keys_scoped s "
        "WHERE s.caller = (SELECT min(f.caller) FROM idempotency_keys_scoped f WHERE f.method = s.method AND f.request_id = s.request_id)"
    )
    op.drop_table("idempotency_keys_scoped")
