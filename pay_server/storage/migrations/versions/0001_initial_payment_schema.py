"""initial payment schema

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from chainbridge_common.runtime.migrations import create_append_only_guards, drop_append_only_guards

APPEND_ONLY_TABLES = ("audit_log", "ledger_journals", "ledger_entries")

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("sequence", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("intent_id", sa.String(length=40), nullable=False),
        sa.Column("shipment_id", sa.String(length=64), nullable=False),
        sa.Column("settlement_id", sa.String(length=40), nullable=True),
        sa.Column("milestone", sa.String(length=24), nullable=True),
        sa.Column("from_status", sa.String(length=24), nullable=False),
        sa.Column("to_status", sa.String(length=24), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("actor", sa.String(length=128), nullable=False),
        sa.Column("reason", sa.String(length=512), nullable=False),
        sa.Column("source_event_id", sa.String(length=64), nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_intent_id_sequence"), ["intent_id", "sequence"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_shipment_id_sequence"), ["shipment_id", "sequence"], unique=False)

    op.create_table(
        "idempotency_keys",
        sa.Column("method", sa.String(length=64), nullable=False),
        sa.Column("request_id", sa.String(length=128), nullable=False),
        sa.Column("request_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("response", sa.LargeBinary(), nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("method", "request_id", name=op.f("pk_idempotency_keys")),
    )
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_idempotency_keys_create_time_us"), ["create_time_us"], unique=False)

    op.create_table(
        "payment_intents",
        sa.Column("intent_id", sa.String(length=40), nullable=False),
        sa.Column("freight_token_id", sa.String(length=64), nullable=False),
        sa.Column("shipment_id", sa.String(length=64), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("payer_id", sa.String(length=128), nullable=False),
        sa.Column("payee_id", sa.String(length=128), nullable=False),
        sa.Column("description", sa.String(length=1024), nullable=False),
        sa.Column("risk_score_bps", sa.Integer(), nullable=False),
        sa.Column("risk_tier", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("schedule_kind", sa.String(length=8), nullable=True),
        sa.Column("scheduled_at_us", sa.BigInteger(), nullable=True),
        sa.Column("held_minor", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("released_minor", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("settled_minor", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("voided_minor", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("cancel_reason", sa.String(length=512), server_default="", nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.Column("update_time_us", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("risk_tier IN ('LOW', 'MEDIUM', 'HIGH')", name=op.f("ck_payment_intents_risk_tier_known")),
        sa.CheckConstraint("schedule_kind IN ('DEFAULT', 'CUSTOM')", name=op.f("ck_payment_intents_schedule_kind_known")),
        sa.CheckConstraint(
            "status IN ('AWAITING_SCHEDULE', 'SCHEDULED', 'PARTIALLY_RELEASED', 'RELEASED', 'SETTLED', 'CANCELLED')",
            name=op.f("ck_payment_intents_status_known"),
        ),
        sa.CheckConstraint("amount_minor > 0", name=op.f("ck_payment_intents_amount_positive")),
        sa.CheckConstraint(
            "held_minor + released_minor + voided_minor <= amount_minor", name=op.f("ck_payment_intents_totals_within_amount")
        ),
        sa.CheckConstraint(
            "held_minor >= 0 AND released_minor >= 0 AND settled_minor >= 0 AND voided_minor >= 0",
            name=op.f("ck_payment_intents_totals_not_negative"),
        ),
        sa.CheckConstraint("risk_score_bps BETWEEN 0 AND 10000", name=op.f("ck_payment_intents_risk_score_range")),
        sa.CheckConstraint("settled_minor <= released_minor", name=op.f("ck_payment_intents_settled_within_released")),
        sa.PrimaryKeyConstraint("intent_id", name=op.f("pk_payment_intents")),
    )
    with op.batch_alter_table("payment_intents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_intents_freight_token_id"), ["freight_token_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_intents_risk_tier_intent_id"), ["risk_tier", "intent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_intents_shipment_id_intent_id"), ["shipment_id", "intent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_intents_status_intent_id"), ["status", "intent_id"], unique=False)

    op.create_table(
        "received_events",
        sa.Column("event_id", sa.String(length=64), nullable=False),
        sa.Column("shipment_id", sa.String(length=64), nullable=False),
        sa.Column("event_type", sa.String(length=24), nullable=False),
        sa.Column("occurred_at_us", sa.BigInteger(), nullable=False),
        sa.Column("received_at_us", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "event_type IN ('CREATED', 'PICKUP_CONFIRMED', 'IN_TRANSIT', 'AT_TERMINAL', 'DELIVERY_ATTEMPTED', 'POD_CONFIRMED', 'CLAIM_WINDOW_CLOSED')",
            name=op.f("ck_received_events_event_type_known"),
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_received_events")),
    )
    with op.batch_alter_table("received_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_received_events_shipment_id_occurred_at_us"), ["shipment_id", "occurred_at_us"], unique=False)

    op.create_table(
        "ledger_journals",
        sa.Column("journal_id", sa.String(length=40), nullable=False),
        sa.Column("intent_id", sa.String(length=40), nullable=False),
        sa.Column("settlement_id", sa.String(length=40), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rail_reference", sa.String(length=128), server_default="", nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("kind IN ('FUNDING', 'RELEASE', 'SETTLEMENT', 'VOID')", name=op.f("ck_ledger_journals_kind_known")),
        sa.CheckConstraint("amount_minor > 0", name=op.f("ck_ledger_journals_amount_positive")),
        sa.ForeignKeyConstraint(["intent_id"], ["payment_intents.intent_id"], name=op.f("fk_ledger_journals_intent_id_payment_intents")),
        sa.PrimaryKeyConstraint("journal_id", name=op.f("pk_ledger_journals")),
        sa.UniqueConstraint("settlement_id", "kind", name=op.f("uq_ledger_journals_settlement_id_kind")),
    )
    with op.batch_alter_table("ledger_journals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_journals_intent_id_create_time_us"), ["intent_id", "create_time_us"], unique=False)
        batch_op.create_index(
            "uq_ledger_journals_funding",
            ["intent_id"],
            unique=True,
            sqlite_where=sa.text("kind = 'FUNDING'"),
            postgresql_where=sa.text("kind = 'FUNDING'"),
        )

    op.create_table(
        "milestone_settlements",
        sa.Column("settlement_id", sa.String(length=40), nullable=False),
        sa.Column("intent_id", sa.String(length=40), nullable=False),
        sa.Column("shipment_id", sa.String(length=64), nullable=False),
        sa.Column("milestone", sa.String(length=24), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("basis_points", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("release_strategy", sa.String(length=16), nullable=False),
        sa.Column("source_event_id", sa.String(length=64), server_default="", nullable=False),
        sa.Column("release_at_us", sa.BigInteger(), nullable=True),
        sa.Column("released_at_us", sa.BigInteger(), nullable=True),
        sa.Column("settled_at_us", sa.BigInteger(), nullable=True),
        sa.Column("rail_reference", sa.String(length=128), server_default="", nullable=False),
        sa.Column("status_reason", sa.String(length=512), server_default="", nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.Column("update_time_us", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "milestone IN ('CREATED', 'PICKUP_CONFIRMED', 'IN_TRANSIT', 'AT_TERMINAL', 'DELIVERY_ATTEMPTED', 'POD_CONFIRMED', 'CLAIM_WINDOW_CLOSED')",
            name=op.f("ck_milestone_settlements_milestone_known"),
        ),
        sa.CheckConstraint(
            "release_strategy IN ('IMMEDIATE', 'DELAYED', 'MANUAL_REVIEW')", name=op.f("ck_milestone_settlements_release_strategy_known")
        ),
        sa.CheckConstraint(
            "status <> 'DELAYED' OR release_at_us IS NOT NULL", name=op.f("ck_milestone_settlements_delayed_has_release_at")
        ),
        sa.CheckConstraint(
            "status IN ('PENDING', 'DELAYED', 'APPROVED', 'SETTLED', 'REJECTED', 'CANCELLED')",
            name=op.f("ck_milestone_settlements_status_known"),
        ),
        sa.CheckConstraint("amount_minor > 0", name=op.f("ck_milestone_settlements_amount_positive")),
        sa.CheckConstraint("basis_points BETWEEN 0 AND 10000", name=op.f("ck_milestone_settlements_basis_points_range")),
        sa.ForeignKeyConstraint(
            ["intent_id"], ["payment_intents.intent_id"], name=op.f("fk_milestone_settlements_intent_id_payment_intents")
        ),
        sa.PrimaryKeyConstraint("settlement_id", name=op.f("pk_milestone_settlements")),
        sa.UniqueConstraint("intent_id", "milestone", name=op.f("uq_milestone_settlements_intent_id_milestone")),
    )
    with op.batch_alter_table("milestone_settlements", schema=None) as batch_op:
        batch_op.create_index(
            "ix_milestone_settlements_due",
            ["release_at_us"],
            unique=False,
            sqlite_where=sa.text("status = 'DELAYED'"),
            postgresql_where=sa.text("status = 'DELAYED'"),
        )
        batch_op.create_index(
            batch_op.f("ix_milestone_settlements_shipment_id_settlement_id"), ["shipment_id", "settlement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_milestone_settlements_source_event_id"), ["source_event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_milestone_settlements_status_settlement_id"), ["status", "settlement_id"], unique=False)

    op.create_table(
        "schedule_items",
        sa.Column("intent_id", sa.String(length=40), nullable=False),
        sa.Column("milestone", sa.String(length=24), nullable=False),
        sa.Column("basis_points", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("release_strategy", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "milestone IN ('CREATED', 'PICKUP_CONFIRMED', 'IN_TRANSIT', 'AT_TERMINAL', 'DELIVERY_ATTEMPTED', 'POD_CONFIRMED', 'CLAIM_WINDOW_CLOSED')",
            name=op.f("ck_schedule_items_milestone_known"),
        ),
        sa.CheckConstraint(
            "release_strategy IN ('IMMEDIATE', 'DELAYED', 'MANUAL_REVIEW')", name=op.f("ck_schedule_items_release_strategy_known")
        ),
        sa.CheckConstraint("amount_minor >= 0", name=op.f("ck_schedule_items_amount_not_negative")),
        sa.CheckConstraint("basis_points BETWEEN 0 AND 10000", name=op.f("ck_schedule_items_basis_points_range")),
        sa.ForeignKeyConstraint(["intent_id"], ["payment_intents.intent_id"], name=op.f("fk_schedule_items_intent_id_payment_intents")),
        sa.PrimaryKeyConstraint("intent_id", "milestone", name=op.f("pk_schedule_items")),
    )
    op.create_table(
        "ledger_entries",
        sa.Column("entry_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("journal_id", sa.String(length=40), nullable=False),
        sa.Column("intent_id", sa.String(length=40), nullable=False),
        sa.Column("account", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.CheckConstraint(
            "account IN ('SHIPPER_FUNDING', 'ESCROW', 'CARRIER_PAYABLE', 'CARRIER_PAID')", name=op.f("ck_ledger_entries_account_known")
        ),
        sa.CheckConstraint("amount_minor <> 0", name=op.f("ck_ledger_entries_amount_not_zero")),
        sa.ForeignKeyConstraint(["journal_id"], ["ledger_journals.journal_id"], name=op.f("fk_ledger_entries_journal_id_ledger_journals")),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_ledger_entries")),
    )
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_entries_intent_id_account"), ["intent_id", "account"], unique=False)
        batch_op.create_index(batch_op.f("ix_ledger_entries_journal_id"), ["journal_id"], unique=False)

    create_append_only_guards(op, APPEND_ONLY_TABLES)


def downgrade() -> None:
    drop_append_only_guards(op, APPEND_ONLY_TABLES)
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entries_journal_id"))
        batch_op.drop_index(batch_op.f("ix_ledger_entries_intent_id_account"))

    op.drop_table("ledger_entries")
    op.drop_table("schedule_items")
    with op.batch_alter_table("milestone_settlements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_settlements_status_settlement_id"))
        batch_op.drop_index(batch_op.f("ix_milestone_settlements_source_event_id"))
        batch_op.drop_index(batch_op.f("ix_milestone_settlements_shipment_id_settlement_id"))
        batch_op.drop_index(
            "ix_milestone_settlements_due", sqlite_where=sa.text("status = 'DELAYED'"), postgresql_where=sa.text("status = 'DELAYED'")
        )

    op.drop_table("milestone_settlements")
    with op.batch_alter_table("ledger_journals", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_ledger_journals_funding", sqlite_where=sa.text("kind = 'FUNDING'"), postgresql_where=sa.text("kind = 'FUNDING'")
        )
        batch_op.drop_index(batch_op.f("ix_ledger_journals_intent_id_create_time_us"))

    op.drop_table("ledger_journals")
    with op.batch_alter_table("received_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_events_shipment_id_occurred_at_us"))

    op.drop_table("received_events")
    with op.batch_alter_table("payment_intents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_intents_status_intent_id"))
        batch_op.drop_index(batch_op.f("ix_payment_intents_shipment_id_intent_id"))
        batch_op.drop_index(batch_op.f("ix_payment_intents_risk_tier_intent_id"))
        batch_op.drop_index(batch_op.f("ix_payment_intents_freight_token_id"))

    op.drop_table("payment_intents")
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotency_keys_create_time_us"))

    op.drop_table("idempotency_keys")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_shipment_id_sequence"))
        batch_op.drop_index(batch_op.f("ix_audit_log_intent_id_sequence"))

    op.drop_table("audit_log")
