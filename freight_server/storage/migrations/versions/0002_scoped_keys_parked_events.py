"""request ids scoped per caller; parked and discarded events

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from chainbridge_common.runtime.migrations import scope_request_log_per_caller, unscope_request_log

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ONE_STATE = (
    " + ".join(
        f"(CASE WHEN {column} IS NULL THEN 0 ELSE 1 END)"
        for column in ("next_attempt_at_us", "delivered_at_us", "parked_at_us", "discarded_at_us")
    )
    + " = 1"
)


def upgrade() -> None:
    scope_request_log_per_caller(op)
    with op.batch_alter_table("shipment_events", recreate="auto") as batch_op:
        batch_op.add_column(sa.Column("parked_at_us", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("discarded_at_us", sa.BigInteger(), nullable=True))
        batch_op.drop_constraint(op.f("ck_shipment_events_pending_xor_delivered"), type_="check")
        batch_op.create_check_constraint(op.f("ck_shipment_events_one_delivery_state"), _ONE_STATE)
        batch_op.drop_index("ix_shipment_events_due")
        batch_op.create_index(
            "ix_shipment_events_due",
            ["next_attempt_at_us", "event_id"],
            sqlite_where=sa.text("next_attempt_at_us IS NOT NULL"),
            postgresql_where=sa.text("next_attempt_at_us IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_shipment_events_parked",
            ["parked_at_us", "event_id"],
            sqlite_where=sa.text("parked_at_us IS NOT NULL"),
            postgresql_where=sa.text("parked_at_us IS NOT NULL"),
        )


def downgrade() -> None:
    # Parked and discarded events become pending again: the old schema knows no other state.
    op.execute(
        "UPDATE shipment_events SET next_attempt_at_us = COALESCE(parked_at_us, discarded_at_us) "
        "WHERE next_attempt_at_us IS NULL AND delivered_at_us IS NULL"
    )
    with op.batch_alter_table("shipment_events", recreate="auto") as batch_op:
        batch_op.drop_index("ix_shipment_events_parked")
        batch_op.drop_index("ix_shipment_events_due")
        batch_op.create_index(
            "ix_shipment_events_due",
            ["next_attempt_at_us", "event_id"],
            sqlite_where=sa.text("delivered_at_us IS NULL"),
            postgresql_where=sa.text("delivered_at_us IS NULL"),
        )
        batch_op.drop_constraint(op.f("ck_shipment_events_one_delivery_state"), type_="check")
        batch_op.create_check_constraint(
            op.f("ck_shipment_events_pending_xor_delivered"), "(delivered_at_us IS NULL) <> (next_attempt_at_us IS NULL)"
        )
        batch_op.drop_column("discarded_at_us")
        batch_op.drop_column("parked_at_us")
    unscope_request_log(op)
