"""shipment events carry their lane and the W3C trace context of the call that recorded them

Revision ID: 0004_event_trace_context
Revises: 0003_recorded_types
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_event_trace_context"
down_revision = "0003_recorded_types"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shipment_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lane", sa.String(length=160), server_default="", nullable=False))
        batch_op.add_column(sa.Column("traceparent", sa.String(length=64), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("shipment_events", schema=None) as batch_op:
        batch_op.drop_column("traceparent")
        batch_op.drop_column("lane")
