"""initial freight schema

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
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
        "shipments",
        sa.Column("shipment_id", sa.String(length=40), nullable=False),
        sa.Column("reference", sa.String(length=128), nullable=False),
        sa.Column("shipper_id", sa.String(length=128), nullable=False),
        sa.Column("carrier_id", sa.String(length=128), nullable=False),
        sa.Column("origin_country", sa.String(length=2), nullable=False),
        sa.Column("origin_locality", sa.String(length=128), nullable=False),
        sa.Column("origin_postal_code", sa.String(length=32), nullable=False),
        sa.Column("destination_country", sa.String(length=2), nullable=False),
        sa.Column("destination_locality", sa.String(length=128), nullable=False),
        sa.Column("destination_postal_code", sa.String(length=32), nullable=False),
        sa.Column("cargo_category", sa.String(length=16), nullable=False),
        sa.Column("cargo_description", sa.String(length=1024), nullable=False),
        sa.Column("declared_amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("declared_currency", sa.String(length=3), nullable=False),
        sa.Column("weight_grams", sa.BigInteger(), nullable=False),
        sa.Column("transport_mode", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("freight_token_id", sa.String(length=40), nullable=True),
        sa.Column("cancel_reason", sa.String(length=512), server_default="", nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.Column("update_time_us", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "cargo_category IN ('GENERAL', 'FRAGILE', 'PERISHABLE', 'HIGH_VALUE', 'HAZARDOUS')",
            name=op.f("ck_shipments_cargo_category_known"),
        ),
        sa.CheckConstraint(
            "status IN ('CREATED', 'PICKED_UP', 'IN_TRANSIT', 'DELIVERED', 'CLOSED', 'CANCELLED')", name=op.f("ck_shipments_status_known")
        ),
        sa.CheckConstraint("transport_mode IN ('ROAD', 'RAIL', 'OCEAN', 'AIR')", name=op.f("ck_shipments_transport_mode_known")),
        sa.CheckConstraint("declared_amount_minor > 0", name=op.f("ck_shipments_declared_amount_positive")),
        sa.CheckConstraint("weight_grams >= 0", name=op.f("ck_shipments_weight_not_negative")),
        sa.PrimaryKeyConstraint("shipment_id", name=op.f("pk_shipments")),
    )
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shipments_carrier_id_shipment_id"), ["carrier_id", "shipment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_shipments_status_shipment_id"), ["status", "shipment_id"], unique=False)

    op.create_table(
        "freight_tokens",
        sa.Column("token_id", sa.String(length=40), nullable=False),
        sa.Column("shipment_id", sa.String(length=40), nullable=False),
        sa.Column("face_amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("face_currency", sa.String(length=3), nullable=False),
        sa.Column("risk_score_bps", sa.Integer(), nullable=False),
        sa.Column("risk_tier", sa.String(length=8), nullable=False),
        sa.Column("risk_factors", sa.Text(), nullable=False),
        sa.Column("risk_model_version", sa.String(length=32), nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("risk_tier IN ('LOW', 'MEDIUM', 'HIGH')", name=op.f("ck_freight_tokens_risk_tier_known")),
        sa.CheckConstraint("face_amount_minor > 0", name=op.f("ck_freight_tokens_face_amount_positive")),
        sa.CheckConstraint("risk_score_bps BETWEEN 0 AND 10000", name=op.f("ck_freight_tokens_risk_score_range")),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipments.shipment_id"], name=op.f("fk_freight_tokens_shipment_id_shipments")),
        sa.PrimaryKeyConstraint("token_id", name=op.f("pk_freight_tokens")),
        sa.UniqueConstraint("shipment_id", name=op.f("uq_freight_tokens_shipment_id")),
    )
    with op.batch_alter_table("freight_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_freight_tokens_risk_tier_token_id"), ["risk_tier", "token_id"], unique=False)

    op.create_table(
        "shipment_events",
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("shipment_id", sa.String(length=40), nullable=False),
        sa.Column("event_type", sa.String(length=24), nullable=False),
        sa.Column("occurred_at_us", sa.BigInteger(), nullable=False),
        sa.Column("recorded_at_us", sa.BigInteger(), nullable=False),
        sa.Column("metadata_json", sa.Text(), nullable=False),
        sa.Column("repeated_type", sa.Boolean(), nullable=False),
        sa.Column("trace_request_id", sa.String(length=128), server_default="", nullable=False),
        sa.Column("delivered_at_us", sa.BigInteger(), nullable=True),
        sa.Column("next_attempt_at_us", sa.BigInteger(), nullable=True),
        sa.Column("delivery_attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_delivery_error", sa.String(length=1024), server_default="", nullable=False),
        sa.CheckConstraint(
            "event_type IN ('CREATED', 'PICKUP_CONFIRMED', 'IN_TRANSIT', 'AT_TERMINAL', 'DELIVERY_ATTEMPTED', 'POD_CONFIRMED', 'CLAIM_WINDOW_CLOSED')",
            name=op.f("ck_shipment_events_event_type_known"),
        ),
        sa.CheckConstraint(
            "(delivered_at_us IS NULL) <> (next_attempt_at_us IS NULL)", name=op.f("ck_shipment_events_pending_xor_delivered")
        ),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipments.shipment_id"], name=op.f("fk_shipment_events_shipment_id_shipments")),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_shipment_events")),
    )
    with op.batch_alter_table("shipment_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_shipment_events_due",
            ["next_attempt_at_us", "event_id"],
            unique=False,
            sqlite_where=sa.text("delivered_at_us IS NULL"),
            postgresql_where=sa.text("delivered_at_us IS NULL"),
        )
        batch_op.create_index(
            batch_op.f("ix_shipment_events_shipment_id_occurred_at_us_event_id"),
            ["shipment_id", "occurred_at_us", "event_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("shipment_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shipment_events_shipment_id_occurred_at_us_event_id"))
        batch_op.drop_index(
            "ix_shipment_events_due", sqlite_where=sa.text("delivered_at_us IS NULL"), postgresql_where=sa.text("delivered_at_us IS NULL")
        )

    op.drop_table("shipment_events")
    with op.batch_alter_table("freight_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_freight_tokens_risk_tier_token_id"))

    op.drop_table("freight_tokens")
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shipments_status_shipment_id"))
        batch_op.drop_index(batch_op.f("ix_shipments_carrier_id_shipment_id"))

    op.drop_table("shipments")
    with op.batch_alter_table("idempotency_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotency_keys_create_time_us"))

    op.drop_table("idempotency_keys")
