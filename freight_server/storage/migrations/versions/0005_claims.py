"""cargo claims: CLAIM_FILED events with their claim, and each event's place in its shipment's history

Revision ID: 0005_claims
Revises: 0004_event_trace_context
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_claims"
down_revision = "0004_event_trace_context"
branch_labels = None
depends_on = None

_EVENT_TYPES = "'CREATED', 'PICKUP_CONFIRMED', 'IN_TRANSIT', 'AT_TERMINAL', 'DELIVERY_ATTEMPTED', 'POD_CONFIRMED', 'CLAIM_WINDOW_CLOSED'"
_CLAIM_ON_CLAIM_EVENTS_ONLY = (
    "(event_type = 'CLAIM_FILED' AND claimed_amount_minor > 0 AND claimed_currency IS NOT NULL AND claim_reason IS NOT NULL)"
    " OR (event_type <> 'CLAIM_FILED' AND claimed_amount_minor IS NULL AND claimed_currency IS NULL AND claim_reason IS NULL)"
)


def upgrade() -> None:
    # Events recorded before this revision get 0/0: they are delivered as before, and pay
    # has no claim of their shipments to order them against.
    with op.batch_alter_table("shipment_events", recreate="auto") as batch_op:
        batch_op.add_column(sa.Column("claims_filed_before", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("milestone_events_before", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("claimed_amount_minor", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("claimed_currency", sa.String(length=3), nullable=True))
        batch_op.add_column(sa.Column("claim_reason", sa.String(length=512), nullable=True))
        batch_op.drop_constraint(op.f("ck_shipment_events_event_type_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_shipment_events_event_type_known"), f"event_type IN ({_EVENT_TYPES}, 'CLAIM_FILED')")
        batch_op.create_check_constraint(
            op.f("ck_shipment_events_history_counts_not_negative"), "claims_filed_before >= 0 AND milestone_events_before >= 0"
        )
        batch_op.create_check_constraint(op.f("ck_shipment_events_claim_on_claim_events_only"), _CLAIM_ON_CLAIM_EVENTS_ONLY)


def downgrade() -> None:
    # The older schema cannot hold a claim: refuse rather than drop claims silently.
    filed = op.get_bind().execute(sa.text("SELECT count(*) FROM shipment_events WHERE event_type = 'CLAIM_FILED'")).scalar_one()
    if filed:
        raise RuntimeError("cannot downgrade below 0005_claims: the freight database holds cargo claims")
    with op.batch_alter_table("shipment_events", recreate="auto") as batch_op:
        batch_op.drop_constraint(op.f("ck_shipment_events_claim_on_claim_events_only"), type_="check")
        batch_op.drop_constraint(op.f("ck_shipment_events_history_counts_not_negative"), type_="check")
        batch_op.drop_constraint(op.f("ck_shipment_events_event_type_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_shipment_events_event_type_known"), f"event_type IN ({_EVENT_TYPES})")
        batch_op.drop_column("claim_reason")
        batch_op.drop_column("claimed_currency")
        batch_op.drop_column("claimed_amount_minor")
        batch_op.drop_column("milestone_events_before")
        batch_op.drop_column("claims_filed_before")
