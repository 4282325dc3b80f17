"""cargo claims: ON_HOLD and RETURNED milestones split into parts, claims, event positions

Revision ID: 0006_claims
Revises: 0005_payouts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_claims"
down_revision = "0005_payouts"
branch_labels = None
depends_on = None

_EVENT_TYPES = "'CREATED', 'PICKUP_CONFIRMED', 'IN_TRANSIT', 'AT_TERMINAL', 'DELIVERY_ATTEMPTED', 'POD_CONFIRMED', 'CLAIM_WINDOW_CLOSED'"
_EVENT_TYPES_WITH_CLAIMS = _EVENT_TYPES + ", 'CLAIM_FILED'"
_STATUSES = "'PENDING', 'DELAYED', 'APPROVED', 'SETTLED', 'REJECTED', 'CANCELLED'"
_STATUSES_WITH_CLAIMS = _STATUSES + ", 'ON_HOLD', 'RETURNED'"

_TOTALS_NOT_NEGATIVE = "held_minor >= 0 AND released_minor >= 0 AND settled_minor >= 0 AND voided_minor >= 0"
_TOTALS_WITHIN_AMOUNT = "held_minor + released_minor + voided_minor <= amount_minor"


def upgrade() -> None:
    with op.batch_alter_table("payment_intents", recreate="auto") as batch_op:
        batch_op.add_column(sa.Column("on_hold_minor", sa.BigInteger(), server_default="0", nullable=False))
        batch_op.drop_constraint(op.f("ck_payment_intents_totals_not_negative"), type_="check")
        batch_op.drop_constraint(op.f("ck_payment_intents_totals_within_amount"), type_="check")
        batch_op.create_check_constraint(op.f("ck_payment_intents_totals_not_negative"), _TOTALS_NOT_NEGATIVE + " AND on_hold_minor >= 0")
        batch_op.create_check_constraint(
            op.f("ck_payment_intents_totals_within_amount"), "held_minor + on_hold_minor + released_minor + voided_minor <= amount_minor"
        )

    with op.batch_alter_table("received_events", recreate="auto") as batch_op:
        batch_op.add_column(sa.Column("claims_filed_before", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("milestone_events_before", sa.Integer(), nullable=True))
        batch_op.drop_constraint(op.f("ck_received_events_event_type_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_received_events_event_type_known"), f"event_type IN ({_EVENT_TYPES_WITH_CLAIMS})")
        batch_op.create_check_constraint(
            op.f("ck_received_events_history_counts_not_negative"), "claims_filed_before >= 0 AND milestone_events_before >= 0"
        )

    with op.batch_alter_table("schedule_items", recreate="auto") as batch_op:
        batch_op.drop_constraint(op.f("ck_schedule_items_milestone_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_schedule_items_milestone_known"), f"milestone IN ({_EVENT_TYPES_WITH_CLAIMS})")

    with op.batch_alter_table("milestone_settlements", recreate="auto") as batch_op:
        batch_op.add_column(sa.Column("part", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("claim_id", sa.String(length=64), server_default="", nullable=False))
        batch_op.drop_constraint(op.f("uq_milestone_settlements_intent_id_milestone"), type_="unique")
        batch_op.create_unique_constraint(op.f("uq_milestone_settlements_intent_id_milestone_part"), ["intent_id", "milestone", "part"])
        batch_op.drop_constraint(op.f("ck_milestone_settlements_milestone_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_milestone_settlements_milestone_known"), f"milestone IN ({_EVENT_TYPES_WITH_CLAIMS})")
        batch_op.drop_constraint(op.f("ck_milestone_settlements_status_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_milestone_settlements_status_known"), f"status IN ({_STATUSES_WITH_CLAIMS})")
        batch_op.create_check_constraint(op.f("ck_milestone_settlements_part_not_negative"), "part >= 0")
        batch_op.create_check_constraint(
            op.f("ck_milestone_settlements_claim_money_names_its_claim"), "status NOT IN ('ON_HOLD', 'RETURNED') OR claim_id <> ''"
        )

    op.create_table(
        "cargo_claims",
        sa.Column("claim_id", sa.String(length=64), nullable=False),
        sa.Column("shipment_id", sa.String(length=64), nullable=False),
        sa.Column("claim_number", sa.Integer(), nullable=False),
        sa.Column("claimed_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("reason", sa.String(length=512), nullable=False),
        sa.Column("milestone_events_before", sa.Integer(), nullable=True),
        sa.Column("filed_at_us", sa.BigInteger(), nullable=False),
        sa.Column("received_at_us", sa.BigInteger(), nullable=False),
        sa.Column("resolved_at_us", sa.BigInteger(), nullable=True),
        sa.Column("liable_minor", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("returned_minor", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("released_minor", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("resolved_by", sa.String(length=128), server_default="", nullable=False),
        sa.Column("resolution_note", sa.String(length=512), server_default="", nullable=False),
        sa.CheckConstraint("claimed_minor > 0", name=op.f("ck_cargo_claims_claimed_positive")),
        sa.CheckConstraint("claim_number >= 1", name=op.f("ck_cargo_claims_claim_number_positive")),
        sa.CheckConstraint(
            "liable_minor >= 0 AND returned_minor >= 0 AND released_minor >= 0 AND returned_minor <= liable_minor"
            " AND liable_minor <= claimed_minor AND returned_minor + released_minor <= claimed_minor",
            name=op.f("ck_cargo_claims_resolution_within_claim"),
        ),
        sa.CheckConstraint(
            "resolved_at_us IS NOT NULL OR (liable_minor = 0 AND returned_minor = 0 AND released_minor = 0)",
            name=op.f("ck_cargo_claims_unresolved_has_no_outcome"),
        ),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_cargo_claims")),
    )
    op.create_index(op.f("ix_cargo_claims_shipment_id_claim_number"), "cargo_claims", ["shipment_id", "claim_number"], unique=False)


def downgrade() -> None:
    # The older schema has no way to hold a claim's money, its parts or the claim events:
    # refuse rather than lose or misstate money.
    bind = op.get_bind()
    claim_money = bind.execute(
        sa.text(
            "SELECT (SELECT count(*) FROM cargo_claims) + (SELECT count(*) FROM milestone_settlements WHERE part <> 0"
            " OR status IN ('ON_HOLD', 'RETURNED')) + (SELECT count(*) FROM received_events WHERE event_type = 'CLAIM_FILED')"
        )
    ).scalar_one()
    if claim_money:
        raise RuntimeError("cannot downgrade below 0006_claims: the payment database holds cargo claims and the money they moved")
    op.drop_index(op.f("ix_cargo_claims_shipment_id_claim_number"), table_name="cargo_claims")
    op.drop_table("cargo_claims")

    with op.batch_alter_table("milestone_settlements", recreate="auto") as batch_op:
        batch_op.drop_constraint(op.f("ck_milestone_settlements_claim_money_names_its_claim"), type_="check")
        batch_op.drop_constraint(op.f("ck_milestone_settlements_part_not_negative"), type_="check")
        batch_op.drop_constraint(op.f("ck_milestone_settlements_status_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_milestone_settlements_status_known"), f"status IN ({_STATUSES})")
        batch_op.drop_constraint(op.f("ck_milestone_settlements_milestone_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_milestone_settlements_milestone_known"), f"milestone IN ({_EVENT_TYPES})")
        batch_op.drop_constraint(op.f("uq_milestone_settlements_intent_id_milestone_part"), type_="unique")
        batch_op.create_unique_constraint(op.f("uq_milestone_settlements_intent_id_milestone"), ["intent_id", "milestone"])
        batch_op.drop_column("claim_id")
        batch_op.drop_column("part")

    with op.batch_alter_table("schedule_items", recreate="auto") as batch_op:
        batch_op.drop_constraint(op.f("ck_schedule_items_milestone_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_schedule_items_milestone_known"), f"milestone IN ({_EVENT_TYPES})")

    with op.batch_alter_table("received_events", recreate="auto") as batch_op:
        batch_op.drop_constraint(op.f("ck_received_events_history_counts_not_negative"), type_="check")
        batch_op.drop_constraint(op.f("ck_received_events_event_type_known"), type_="check")
        batch_op.create_check_constraint(op.f("ck_received_events_event_type_known"), f"event_type IN ({_EVENT_TYPES})")
        batch_op.drop_column("milestone_events_before")
        batch_op.drop_column("claims_filed_before")

    with op.batch_alter_table("payment_intents", recreate="auto") as batch_op:
        batch_op.drop_constraint(op.f("ck_payment_intents_totals_within_amount"), type_="check")
        batch_op.drop_constraint(op.f("ck_payment_intents_totals_not_negative"), type_="check")
        batch_op.create_check_constraint(op.f("ck_payment_intents_totals_not_negative"), _TOTALS_NOT_NEGATIVE)
        batch_op.create_check_constraint(op.f("ck_payment_intents_totals_within_amount"), _TOTALS_WITHIN_AMOUNT)
        batch_op.drop_column("on_hold_minor")
