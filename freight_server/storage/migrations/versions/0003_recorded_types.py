"""how many events of each type each shipment has recorded, on its row

Revision ID: 0003_recorded_types
Revises: 0002
"""

from __future__ import annotations

import json
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0003_recorded_types"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shipments") as batch_op:
        batch_op.add_column(sa.Column("recorded_events", sa.Text(), nullable=False, server_default="{}"))
    conn = op.get_bind()
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for shipment_id, event_type, count in conn.execute(
        sa.text("SELECT shipment_id, event_type, count(*) FROM shipment_events GROUP BY shipment_id, event_type")
    ):
        counts[shipment_id][event_type] = int(count)
    # The stored form of freight_server.domain.shipments.recorded_events_to_text: keys sorted.
    rows = [
        {"id": shipment_id, "events": json.dumps(dict(sorted(by_type.items())), separators=(",", ":"))}
        for shipment_id, by_type in counts.items()
    ]
    if rows:
        conn.execute(sa.text("UPDATE shipments SET recorded_events = :events WHERE shipment_id = :id"), rows)


def downgrade() -> None:
    with op.batch_alter_table("shipments") as batch_op:
        batch_op.drop_column("recorded_events")
