"""payouts: payee accounts, payout runs, payouts and their lines, the in-transit ledger account

Revision ID: 0005_payouts
Revises: 0004_transparency
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from chainbridge_common.runtime.migrations import create_append_only_guards

revision = "0005_payouts"
down_revision = "0004_transparency"
branch_labels = None
depends_on = None

NEW_APPEND_ONLY_TABLES = ("payee_account_changes", "payout_events")
LEDGER_TABLES = ("ledger_journals", "ledger_entries")

OLD_KINDS = "'FUNDING', 'RELEASE', 'SETTLEMENT', 'VOID'"
NEW_KINDS = f"{OLD_KINDS}, 'PAYOUT_SUBMITTED', 'PAYOUT_PAID', 'PAYOUT_RETURNED'"
OLD_ACCOUNTS = "'SHIPPER_FUNDING', 'ESCROW', 'CARRIER_PAYABLE', 'CARRIER_PAID'"
NEW_ACCOUNTS = f"{OLD_ACCOUNTS}, 'CARRIER_IN_TRANSIT'"
MILESTONES = "'CREATED', 'PICKUP_CONFIRMED', 'IN_TRANSIT', 'AT_TERMINAL', 'DELIVERY_ATTEMPTED', 'POD_CONFIRMED', 'CLAIM_WINDOW_CLOSED'"
SCHEMES = "'IBAN', 'US_ABA', 'GB_SORT_CODE', 'BANK_ACCOUNT'"
SEQUENCE_KEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    _create_payout_tables()
    create_append_only_guards(op, NEW_APPEND_ONLY_TABLES)
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite_ledger(payouts=True)
    else:
        _alter_postgresql_ledger_up()


def downgrade() -> None:
    # The old ledger cannot hold money in transit nor a payout's journals: refuse rather
    # than delete append-only ledger rows.
    payout_journals = op.get_bind().execute(sa.text("SELECT count(*) FROM ledger_journals WHERE payout_id <> ''")).scalar_one()
    if payout_journals:
        raise RuntimeError(f"cannot downgrade below 0003_payouts: the ledger holds {payout_journals} payout journals")
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite_ledger(payouts=False)
    else:
        _alter_postgresql_ledger_down()
    _drop_guards(NEW_APPEND_ONLY_TABLES)
    for index, table in (
        ("ix_payout_events_payout_id_sequence", "payout_events"),
        ("ix_payout_lines_settlement_id", "payout_lines"),
        ("ix_payouts_status_payout_id", "payouts"),
        ("ix_payouts_payee_id_payout_id", "payouts"),
        ("ix_payouts_currency_payout_id", "payouts"),
        ("ix_payouts_run_id_payout_id", "payouts"),
    ):
        op.drop_index(index, table_name=table)
    for table in ("payout_events", "payout_lines", "payouts", "payout_run_skips", "payout_runs", "payee_account_changes", "payee_accounts"):
        op.drop_table(table)


def _create_payout_tables() -> None:
    op.create_table(
        "payee_accounts",
        sa.Column("payee_id", sa.String(length=128), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("legal_name", sa.String(length=70), nullable=False),
        sa.Column("scheme", sa.String(length=16), nullable=False),
        sa.Column("account_number", sa.String(length=34), nullable=False),
        sa.Column("bank_code", sa.String(length=35), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.Column("update_time_us", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("version > 0", name=op.f("ck_payee_accounts_version_positive")),
        sa.CheckConstraint(f"scheme IN ({SCHEMES})", name=op.f("ck_payee_accounts_scheme_known")),
        sa.PrimaryKeyConstraint("payee_id", "currency", name=op.f("pk_payee_accounts")),
    )
    op.create_table(
        "payee_account_changes",
        sa.Column("change_id", SEQUENCE_KEY, autoincrement=True, nullable=False),
        sa.Column("payee_id", sa.String(length=128), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("legal_name", sa.String(length=70), nullable=False),
        sa.Column("scheme", sa.String(length=16), nullable=False),
        sa.Column("masked_account_number", sa.String(length=64), nullable=False),
        sa.Column("previous_masked_account_number", sa.String(length=64), nullable=False),
        sa.Column("bank_code", sa.String(length=35), nullable=False),
        sa.Column("actor", sa.String(length=256), nullable=False),
        sa.Column("request_id", sa.String(length=128), nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(f"scheme IN ({SCHEMES})", name=op.f("ck_payee_account_changes_scheme_known")),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_payee_account_changes")),
        sa.UniqueConstraint("payee_id", "currency", "version", name=op.f("uq_payee_account_changes_payee_id_currency_version")),
    )
    op.create_table(
        "payout_runs",
        sa.Column("run_id", sa.String(length=40), nullable=False),
        sa.Column("currency", sa.String(length=3), server_default="", nullable=False),
        sa.Column("payee_id", sa.String(length=128), server_default="", nullable=False),
        sa.Column("released_before_us", sa.BigInteger(), nullable=True),
        sa.Column("actor", sa.String(length=256), nullable=False),
        sa.Column("request_id", sa.String(length=128), server_default="", nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("run_id", name=op.f("pk_payout_runs")),
    )
    op.create_table(
        "payout_run_skips",
        sa.Column("run_id", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("payee_id", sa.String(length=128), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("description", sa.String(length=512), nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "reason IN ('NO_ACCOUNT_FOR_CURRENCY', 'LINE_ABOVE_PAYOUT_LIMIT')", name=op.f("ck_payout_run_skips_reason_known")
        ),
        sa.ForeignKeyConstraint(["run_id"], ["payout_runs.run_id"], name=op.f("fk_payout_run_skips_run_id_payout_runs")),
        sa.PrimaryKeyConstraint("run_id", "position", name=op.f("pk_payout_run_skips")),
    )
    op.create_table(
        "payouts",
        sa.Column("payout_id", sa.String(length=40), nullable=False),
        sa.Column("run_id", sa.String(length=40), nullable=False),
        sa.Column("payee_id", sa.String(length=128), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("part", sa.Integer(), nullable=False),
        sa.Column("parts", sa.Integer(), nullable=False),
        sa.Column("legal_name", sa.String(length=70), nullable=False),
        sa.Column("scheme", sa.String(length=16), nullable=False),
        sa.Column("account_number", sa.String(length=34), nullable=False),
        sa.Column("bank_code", sa.String(length=35), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("account_version", sa.Integer(), nullable=False),
        sa.Column("remittance_text", sa.String(length=140), nullable=False),
        sa.Column("rail", sa.String(length=32), server_default="", nullable=False),
        sa.Column("rail_reference", sa.String(length=128), server_default="", nullable=False),
        sa.Column("bank_reference", sa.String(length=128), server_default="", nullable=False),
        sa.Column("failure_reason", sa.String(length=512), server_default="", nullable=False),
        sa.Column("execution_date", sa.String(length=10), nullable=True),
        sa.Column("file_name", sa.String(length=128), server_default="", nullable=False),
        sa.Column("media_type", sa.String(length=64), server_default="", nullable=False),
        sa.Column("file_content", sa.LargeBinary(), nullable=True),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.Column("update_time_us", sa.BigInteger(), nullable=False),
        sa.Column("submit_time_us", sa.BigInteger(), nullable=True),
        sa.Column("paid_time_us", sa.BigInteger(), nullable=True),
        sa.Column("fail_time_us", sa.BigInteger(), nullable=True),
        sa.CheckConstraint("amount_minor > 0", name=op.f("ck_payouts_amount_positive")),
        sa.CheckConstraint("line_count > 0", name=op.f("ck_payouts_has_lines")),
        sa.CheckConstraint("part BETWEEN 1 AND parts", name=op.f("ck_payouts_part_range")),
        sa.CheckConstraint("status IN ('CREATED', 'SUBMITTED', 'PAID', 'FAILED')", name=op.f("ck_payouts_status_known")),
        sa.CheckConstraint(f"scheme IN ({SCHEMES})", name=op.f("ck_payouts_scheme_known")),
        sa.CheckConstraint(
            "status IN ('CREATED', 'FAILED') OR (submit_time_us IS NOT NULL AND rail <> '')", name=op.f("ck_payouts_submitted_has_rail")
        ),
        sa.CheckConstraint(
            "status <> 'PAID' OR (bank_reference <> '' AND paid_time_us IS NOT NULL)", name=op.f("ck_payouts_paid_has_bank_reference")
        ),
        sa.CheckConstraint(
            "status <> 'FAILED' OR (failure_reason <> '' AND fail_time_us IS NOT NULL)", name=op.f("ck_payouts_failed_has_reason")
        ),
        sa.ForeignKeyConstraint(["run_id"], ["payout_runs.run_id"], name=op.f("fk_payouts_run_id_payout_runs")),
        sa.PrimaryKeyConstraint("payout_id", name=op.f("pk_payouts")),
    )
    op.create_index(op.f("ix_payouts_status_payout_id"), "payouts", ["status", "payout_id"], unique=False)
    op.create_index(op.f("ix_payouts_payee_id_payout_id"), "payouts", ["payee_id", "payout_id"], unique=False)
    op.create_index(op.f("ix_payouts_currency_payout_id"), "payouts", ["currency", "payout_id"], unique=False)
    op.create_index(op.f("ix_payouts_run_id_payout_id"), "payouts", ["run_id", "payout_id"], unique=False)
    op.create_table(
        "payout_lines",
        sa.Column("payout_id", sa.String(length=40), nullable=False),
        sa.Column("settlement_id", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("intent_id", sa.String(length=40), nullable=False),
        sa.Column("shipment_id", sa.String(length=64), nullable=False),
        sa.Column("milestone", sa.String(length=24), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("released_at_us", sa.BigInteger(), nullable=False),
        sa.Column("open_settlement_id", sa.String(length=40), nullable=True),
        sa.CheckConstraint(
            "open_settlement_id IS NULL OR open_settlement_id = settlement_id", name=op.f("ck_payout_lines_open_is_own_settlement")
        ),
        sa.CheckConstraint("amount_minor > 0", name=op.f("ck_payout_lines_amount_positive")),
        sa.CheckConstraint(f"milestone IN ({MILESTONES})", name=op.f("ck_payout_lines_milestone_known")),
        sa.ForeignKeyConstraint(["payout_id"], ["payouts.payout_id"], name=op.f("fk_payout_lines_payout_id_payouts")),
        sa.ForeignKeyConstraint(
            ["settlement_id"], ["milestone_settlements.settlement_id"], name=op.f("fk_payout_lines_settlement_id_milestone_settlements")
        ),
        sa.PrimaryKeyConstraint("payout_id", "settlement_id", name=op.f("pk_payout_lines")),
        sa.UniqueConstraint("open_settlement_id", name=op.f("uq_payout_lines_open_settlement_id")),
    )
    op.create_index(op.f("ix_payout_lines_settlement_id"), "payout_lines", ["settlement_id"], unique=False)
    op.create_table(
        "payout_events",
        sa.Column("sequence", SEQUENCE_KEY, autoincrement=True, nullable=False),
        sa.Column("payout_id", sa.String(length=40), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=False),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("actor", sa.String(length=256), nullable=False),
        sa.Column("reason", sa.String(length=512), nullable=False),
        sa.Column("request_id", sa.String(length=128), nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["payout_id"], ["payouts.payout_id"], name=op.f("fk_payout_events_payout_id_payouts")),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_payout_events")),
    )
    op.create_index(op.f("ix_payout_events_payout_id_sequence"), "payout_events", ["payout_id", "sequence"], unique=False)


def _drop_guards(tables: tuple[str, ...]) -> None:
    """Drop the append-only triggers of `tables` only (0001's function stays for its tables)."""
    dialect = op.get_bind().dialect.name
    for table in tables:
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")


# ---------------------------------------------------------------- the ledger on PostgreSQL


def _alter_postgresql_ledger_up() -> None:
    # No row is rewritten: ADD COLUMN with a constant default and widening a VARCHAR are
    # catalog changes, so the append-only triggers never see an UPDATE.
    op.add_column("ledger_journals", sa.Column("payout_id", sa.String(length=40), server_default="", nullable=False))
    op.drop_constraint(op.f("uq_ledger_journals_settlement_id_kind"), "ledger_journals", type_="unique")
    op.create_unique_constraint(
        op.f("uq_ledger_journals_settlement_id_kind_payout_id"), "ledger_journals", ["settlement_id", "kind", "payout_id"]
    )
    op.drop_constraint(op.f("ck_ledger_journals_kind_known"), "ledger_journals", type_="check")
    op.create_check_constraint(op.f("ck_ledger_journals_kind_known"), "ledger_journals", f"kind IN ({NEW_KINDS})")
    op.alter_column("ledger_entries", "account", type_=sa.String(length=24), existing_type=sa.String(length=16), existing_nullable=False)
    op.drop_constraint(op.f("ck_ledger_entries_account_known"), "ledger_entries", type_="check")
    op.create_check_constraint(op.f("ck_ledger_entries_account_known"), "ledger_entries", f"account IN ({NEW_ACCOUNTS})")


def _alter_postgresql_ledger_down() -> None:
    op.drop_constraint(op.f("ck_ledger_entries_account_known"), "ledger_entries", type_="check")
    op.create_check_constraint(op.f("ck_ledger_entries_account_known"), "ledger_entries", f"account IN ({OLD_ACCOUNTS})")
    op.alter_column("ledger_entries", "account", type_=sa.String(length=16), existing_type=sa.String(length=24), existing_nullable=False)
    op.drop_constraint(op.f("ck_ledger_journals_kind_known"), "ledger_journals", type_="check")
    op.create_check_constraint(op.f("ck_ledger_journals_kind_known"), "ledger_journals", f"kind IN ({OLD_KINDS})")
    op.drop_constraint(op.f("uq_ledger_journals_settlement_id_kind_payout_id"), "ledger_journals", type_="unique")
    op.create_unique_constraint(op.f("uq_ledger_journals_settlement_id_kind"), "ledger_journals", ["settlement_id", "kind"])
    op.drop_column("ledger_journals", "payout_id")


# ---------------------------------------------------------------- the ledger on SQLite


def _rebuild_sqlite_ledger(*, payouts: bool) -> None:
    """SQLite cannot alter a constraint: build each ledger table anew, copy its rows, swap it
    in and put its indexes and append-only triggers back (the migration connection runs
    without foreign key enforcement, so the swap does not trip ledger_entries' reference)."""
    _drop_guards(LEDGER_TABLES)
    journal_columns = ["journal_id", "intent_id", "settlement_id", "kind", "amount_minor", "currency", "rail_reference", "create_time_us"]
    _ledger_journals_table("ledger_journals_rebuilt", payouts=payouts)
    copied = ", ".join(journal_columns)
    op.execute(f"INSERT INTO ledger_journals_rebuilt ({copied}) SELECT {copied} FROM ledger_journals")
    op.drop_index("uq_ledger_journals_funding", table_name="ledger_journals")
    op.drop_index("ix_ledger_journals_intent_id_create_time_us", table_name="ledger_journals")
    op.drop_table("ledger_journals")
    op.rename_table("ledger_journals_rebuilt", "ledger_journals")
    op.create_index("ix_ledger_journals_intent_id_create_time_us", "ledger_journals", ["intent_id", "create_time_us"], unique=False)
    op.create_index(
        "uq_ledger_journals_funding",
        "ledger_journals",
        ["intent_id"],
        unique=True,
        sqlite_where=sa.text("kind = 'FUNDING'"),
        postgresql_where=sa.text("kind = 'FUNDING'"),
    )

    entry_columns = "entry_id, journal_id, intent_id, account, amount_minor, currency"
    _ledger_entries_table("ledger_entries_rebuilt", payouts=payouts)
    op.execute(f"INSERT INTO ledger_entries_rebuilt ({entry_columns}) SELECT {entry_columns} FROM ledger_entries")
    op.drop_index("ix_ledger_entries_journal_id", table_name="ledger_entries")
    op.drop_index("ix_ledger_entries_intent_id_account", table_name="ledger_entries")
    op.drop_table("ledger_entries")
    op.rename_table("ledger_entries_rebuilt", "ledger_entries")
    op.create_index("ix_ledger_entries_intent_id_account", "ledger_entries", ["intent_id", "account"], unique=False)
    op.create_index("ix_ledger_entries_journal_id", "ledger_entries", ["journal_id"], unique=False)
    create_append_only_guards(op, LEDGER_TABLES)


def _ledger_journals_table(name: str, *, payouts: bool) -> None:
    payout_columns = [sa.Column("payout_id", sa.String(length=40), server_default="", nullable=False)] if payouts else []
    unique_columns = ["settlement_id", "kind", "payout_id"] if payouts else ["settlement_id", "kind"]
    op.create_table(
        name,
        sa.Column("journal_id", sa.String(length=40), nullable=False),
        sa.Column("intent_id", sa.String(length=40), nullable=False),
        sa.Column("settlement_id", sa.String(length=40), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rail_reference", sa.String(length=128), server_default="", nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        *payout_columns,
        sa.CheckConstraint(f"kind IN ({NEW_KINDS if payouts else OLD_KINDS})", name=op.f("ck_ledger_journals_kind_known")),
        sa.CheckConstraint("amount_minor > 0", name=op.f("ck_ledger_journals_amount_positive")),
        sa.ForeignKeyConstraint(["intent_id"], ["payment_intents.intent_id"], name=op.f("fk_ledger_journals_intent_id_payment_intents")),
        sa.PrimaryKeyConstraint("journal_id", name=op.f("pk_ledger_journals")),
        sa.UniqueConstraint(*unique_columns, name=op.f("uq_ledger_journals_" + "_".join(unique_columns))),
    )


def _ledger_entries_table(name: str, *, payouts: bool) -> None:
    op.create_table(
        name,
        sa.Column("entry_id", SEQUENCE_KEY, autoincrement=True, nullable=False),
        sa.Column("journal_id", sa.String(length=40), nullable=False),
        sa.Column("intent_id", sa.String(length=40), nullable=False),
        sa.Column("account", sa.String(length=24 if payouts else 16), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.CheckConstraint(f"account IN ({NEW_ACCOUNTS if payouts else OLD_ACCOUNTS})", name=op.f("ck_ledger_entries_account_known")),
        sa.CheckConstraint("amount_minor <> 0", name=op.f("ck_ledger_entries_amount_not_zero")),
        sa.ForeignKeyConstraint(["journal_id"], ["ledger_journals.journal_id"], name=op.f("fk_ledger_entries_journal_id_ledger_journals")),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_ledger_entries")),
    )
