"""Which changes are announced, to whom, and how a delivery moves after an attempt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count

import pytest

from pay_server.domain.notices import DeliveryOutcome, NotificationEventType
from pay_server.domain.notifications import (
    AttemptResult,
    Channel,
    DeliveryState,
    SubscriberKind,
    Subscription,
    after_attempt,
    deliveries_for,
    milestone_change,
    milestone_event_type,
)

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("from_status", "to_status", "expected"),
    [
        ("", "APPROVED", NotificationEventType.MILESTONE_RELEASED),
        ("DELAYED", "APPROVED", NotificationEventType.MILESTONE_RELEASED),
        ("APPROVED", "SETTLED", NotificationEventType.MILESTONE_SETTLED),
        ("PENDING", "REJECTED", NotificationEventType.MILESTONE_REJECTED),
        ("", "PENDING", NotificationEventType.MILESTONE_HELD),
        ("", "DELAYED", None),
        ("DELAYED", "CANCELLED", None),
    ],
)
def test_milestone_moves_announce_their_event(from_status, to_status, expected):
    assert milestone_event_type(from_status, to_status) is expected


def change(payee="carrier", payer="shipper", to_status="APPROVED", settlement_id="ms_1"):
    return milestone_change(
        settlement_id=settlement_id,
        intent_id="pi_1",
        shipment_id="shp_1",
        milestone="POD_CONFIRMED",
        from_status="",
        to_status=to_status,
        amount_minor=2**62,
        currency="USD",
        payee_id=payee,
        payer_id=payer,
        occurred_at=NOW,
    )


def subscription(kind=SubscriberKind.PAYEE, subscriber="carrier", types=(NotificationEventType.MILESTONE_RELEASED,), deleted=False):
    return Subscription(
        subscription_id=f"sub_{kind.value}_{subscriber}",
        subscriber_kind=kind,
        subscriber_id=subscriber,
        event_types=frozenset(types),
        channel=Channel.WEBHOOK,
        destination="https://hooks.example/x",
        secret="whsec_x",
        description="",
        create_time=NOW,
        deleted_at=NOW if deleted else None,
    )


def test_a_change_goes_to_each_interested_subscription_with_one_shared_event_id():
    ids = count()
    subscriptions = [
        subscription(),
        subscription(SubscriberKind.SHIPPER, "shipper"),
        subscription(subscriber="other"),
        subscription(types=(NotificationEventType.MILESTONE_SETTLED,), subscriber="carrier2"),
        subscription(SubscriberKind.SHIPPER, "carrier"),  # a shipper with the carrier's name is someone else
        subscription(deleted=True, subscriber="carrier", kind=SubscriberKind.PAYEE, types=(NotificationEventType.MILESTONE_RELEASED,)),
    ]
    subscriptions[-1] = Subscription(**{**subscriptions[-1].__dict__, "subscription_id": "sub_deleted"})
    deliveries = deliveries_for([change()], subscriptions, now=NOW, new_id=lambda prefix: f"{prefix}_{next(ids)}")
    assert sorted(d.subscription_id for d in deliveries) == ["sub_PAYEE_carrier", "sub_SHIPPER_shipper"]
    assert len({d.event_id for d in deliveries}) == 1
    assert all(d.change_key == "ms_1:APPROVED" and d.state is DeliveryState.PENDING and d.next_attempt_at == NOW for d in deliveries)
    # Amounts travel as decimal strings, exact beyond 2^53.
    assert deliveries[0].data["amount"] == {"amount_minor": str(2**62), "currency": "USD"}


def test_no_subscription_no_delivery():
    assert deliveries_for([change()], [], now=NOW, new_id=lambda prefix: prefix) == []


def _delivered(outcome, retry_at):
    [delivery] = deliveries_for([change()], [subscription()], now=NOW, new_id=lambda prefix: prefix)
    delivery = delivery.__class__(**{**delivery.__dict__, "attempts": 1})
    return after_attempt(delivery, AttemptResult(delivery.delivery_id, outcome, 500, "HTTP 500"), attempted_at=NOW, retry_at=retry_at)


def test_a_retryable_failure_waits_for_its_retry_and_gives_up_when_there_is_none():
    later = NOW + timedelta(minutes=1)
    pending = _delivered(DeliveryOutcome.RETRYABLE_FAILURE, lambda attempts, first, failed: later)
    assert (pending.state, pending.next_attempt_at, pending.first_attempt_at, pending.last_error) == (
        DeliveryState.PENDING,
        later,
        NOW,
        "HTTP 500",
    )
    failed = _delivered(DeliveryOutcome.RETRYABLE_FAILURE, lambda attempts, first, failed: None)
    assert (failed.state, failed.next_attempt_at, failed.finished_at) == (DeliveryState.FAILED, None, NOW)


def test_a_permanent_failure_is_not_retried_and_a_success_clears_the_error():
    never = _delivered(DeliveryOutcome.PERMANENT_FAILURE, lambda *args: pytest.fail("no retry for a permanent failure"))
    assert never.state is DeliveryState.FAILED
    delivered = _delivered(DeliveryOutcome.DELIVERED, lambda *args: None)
    assert (delivered.state, delivered.last_error, delivered.finished_at) == (DeliveryState.DELIVERED, "", NOW)
