"""notifications (subscriptions, the notification outbox), lanes of received events, analytics indexes

Revision ID: 0003_notifications
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_notifications"
down_revision = "0002"
branch_labels = None
depends_on = None

_SUBSCRIBER_KINDS = "subscriber_kind IN ('PAYEE', 'SHIPPER')"
_CHANNELS = "channel IN ('WEBHOOK', 'EMAIL')"
_EVENT_TYPES = (
    "event_type IN ('milestone.released', 'milestone.settled', 'milestone.rejected', 'milestone.held', "
    "'payout.paid', 'payout.failed', 'claim.resolved')"
)
_STATES = "state IN ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')"


def upgrade() -> None:
    op.create_table(
        "notification_subscriptions",
        sa.Column("subscription_id", sa.String(length=40), nullable=False),
        sa.Column("subscriber_kind", sa.String(length=8), nullable=False),
        sa.Column("subscriber_id", sa.String(length=128), nullable=False),
        sa.Column("event_types", sa.String(length=256), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("destination", sa.String(length=2048), nullable=False),
        sa.Column("secret", sa.String(length=128), server_default="", nullable=False),
        sa.Column("description", sa.String(length=512), server_default="", nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.Column("deleted_at_us", sa.BigInteger(), nullable=True),
        sa.CheckConstraint(_SUBSCRIBER_KINDS, name=op.f("ck_notification_subscriptions_subscriber_kind_known")),
        sa.CheckConstraint(_CHANNELS, name=op.f("ck_notification_subscriptions_channel_known")),
        sa.CheckConstraint("channel <> 'WEBHOOK' OR secret <> ''", name=op.f("ck_notification_subscriptions_webhook_has_secret")),
        sa.PrimaryKeyConstraint("subscription_id", name=op.f("pk_notification_subscriptions")),
    )
    with op.batch_alter_table("notification_subscriptions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_notification_subscriptions_subscriber",
            ["subscriber_kind", "subscriber_id", "subscription_id"],
            unique=False,
        )

    op.create_table(
        "notification_deliveries",
        sa.Column("delivery_id", sa.String(length=40), nullable=False),
        sa.Column("event_id", sa.String(length=40), nullable=False),
        sa.Column("change_key", sa.String(length=128), nullable=False),
        sa.Column("subscription_id", sa.String(length=40), nullable=False),
        sa.Column("event_type", sa.String(length=32), nullable=False),
        sa.Column("shipment_id", sa.String(length=64), server_default="", nullable=False),
        sa.Column("data_json", sa.Text(), nullable=False),
        sa.Column("occurred_at_us", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_status_code", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_error", sa.String(length=1024), server_default="", nullable=False),
        sa.Column("create_time_us", sa.BigInteger(), nullable=False),
        sa.Column("first_attempt_at_us", sa.BigInteger(), nullable=True),
        sa.Column("last_attempt_at_us", sa.BigInteger(), nullable=True),
        sa.Column("next_attempt_at_us", sa.BigInteger(), nullable=True),
        sa.Column("finished_at_us", sa.BigInteger(), nullable=True),
        sa.Column("traceparent", sa.String(length=64), server_default="", nullable=False),
        sa.CheckConstraint(_EVENT_TYPES, name=op.f("ck_notification_deliveries_event_type_known")),
        sa.CheckConstraint(_STATES, name=op.f("ck_notification_deliveries_state_known")),
        sa.CheckConstraint(
            "(state = 'PENDING') = (next_attempt_at_us IS NOT NULL)", name=op.f("ck_notification_deliveries_pending_has_next_attempt")
        ),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_notification_deliveries_attempts_not_negative")),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["notification_subscriptions.subscription_id"],
            name="fk_notification_deliveries_subscription",
        ),
        sa.PrimaryKeyConstraint("delivery_id", name=op.f("pk_notification_deliveries")),
        sa.UniqueConstraint("change_key", "subscription_id", name=op.f("uq_notification_deliveries_change_key_subscription_id")),
    )
    with op.batch_alter_table("notification_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_notification_deliveries_subscription_id_delivery_id"), ["subscription_id", "delivery_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_notification_deliveries_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            "ix_notification_deliveries_due",
            ["next_attempt_at_us", "delivery_id"],
            unique=False,
            sqlite_where=sa.text("state = 'PENDING'"),
            postgresql_where=sa.text("state = 'PENDING'"),
        )

    with op.batch_alter_table("received_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lane", sa.String(length=160), server_default="", nullable=False))
        batch_op.create_index(batch_op.f("ix_received_events_received_at_us"), ["received_at_us"], unique=False)
    with op.batch_alter_table("milestone_settlements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestone_settlements_create_time_us"), ["create_time_us"], unique=False)
    with op.batch_alter_table("payment_intents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_intents_create_time_us"), ["create_time_us"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("payment_intents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_intents_create_time_us"))
    with op.batch_alter_table("milestone_settlements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_settlements_create_time_us"))
    with op.batch_alter_table("received_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_events_received_at_us"))
        batch_op.drop_column("lane")
    with op.batch_alter_table("notification_deliveries", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_notification_deliveries_due", sqlite_where=sa.text("state = 'PENDING'"), postgresql_where=sa.text("state = 'PENDING'")
        )
        batch_op.drop_index(batch_op.f("ix_notification_deliveries_event_id"))
        batch_op.drop_index(batch_op.f("ix_notification_deliveries_subscription_id_delivery_id"))
    op.drop_table("notification_deliveries")
    with op.batch_alter_table("notification_subscriptions", schema=None) as batch_op:
        batch_op.drop_index("ix_notification_subscriptions_subscriber")
    op.drop_table("notification_subscriptions")
