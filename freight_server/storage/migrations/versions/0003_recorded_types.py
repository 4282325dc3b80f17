"""the event types each shipment has recorded, on its row

Revision ID: 0003_recorded_types
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_recorded_types"
down_revision = "0002"
branch_labels = None
depends_on = None

# Bits as in freight_server.domain.shipments.EVENT_TYPE_BITS at this revision (enum order).
_BITS = {
    "CREATED": 1,
    "PICKUP_CONFIRMED": 2,
    "IN_TRANSIT": 4,
    "AT_TERMINAL": 8,
    "DELIVERY_ATTEMPTED": 16,
    "POD_CONFIRMED": 32,
    "CLAIM_WINDOW_CLOSED": 64,
}


def upgrade() -> None:
    with op.batch_alter_table("shipments") as batch_op:
        batch_op.add_column(sa.Column("recorded_types", sa.BigInteger(), nullable=False, server_default="0"))
    # Distinct types have distinct bits, so the sum of the distinct bits is their union.
    bit = "CASE e.event_type " + " ".join(f"WHEN '{name}' THEN {value}" for name, value in _BITS.items()) + " ELSE 0 END"
    op.execute(
        f"UPDATE shipments SET recorded_types = COALESCE((SELECT SUM(DISTINCT {bit}) FROM shipment_events e "
        "WHERE e.shipment_id = shipments.shipment_id), 0)"
    )


def downgrade() -> None:
    with op.batch_alter_table("shipments") as batch_op:
        batch_op.drop_column("recorded_types")
