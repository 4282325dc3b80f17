"""Notifications end to end, on SQLite and PostgreSQL: subscriptions made over gRPC, milestone
changes queued in their own transaction, and the worker delivering to a real HTTP receiver
(which verifies every signature with chainbridge_client) and a real SMTP server (aiosmtpd,
STARTTLS). The worker is driven with run_once() and retries with the fake clock."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import timedelta

import grpc
import pytest
from chainbridge.freight.v1 import freight_pb2
from chainbridge.payment.v1 import payment_pb2 as pb

from chainbridge_common.runtime.timestamps import to_timestamp
from pay_server.notifications.email import SmtpSettings
from pay_server.notifications.sender import NotificationSettings
from pay_server.notifications.webhooks import WebhookDeliverySettings
from tests.support.certificates import make_loopback_certificates
from tests.support.receivers import LoopbackSmtp, Mailbox, WebhookReceiver
from tests.support.rpc import call_error
from tests.support.servers import Stack, start_stack
from tests.support.workflow import POD, seed

RELEASED = pb.NOTIFICATION_EVENT_TYPE_MILESTONE_RELEASED
SETTLED = pb.NOTIFICATION_EVENT_TYPE_MILESTONE_SETTLED
HELD = pb.NOTIFICATION_EVENT_TYPE_MILESTONE_HELD
REJECTED = pb.NOTIFICATION_EVENT_TYPE_MILESTONE_REJECTED
PAYEE = pb.SUBSCRIBER_KIND_PAYEE
SHIPPER = pb.SUBSCRIBER_KIND_SHIPPER
CARRIER = "roadrunner-freight"  # the payee of tests.support.workflow.seed
RECIPIENT = "dispatch@roadrunner.test"
# The loopback receivers need both development allowances.
LOOPBACK_WEBHOOKS = WebhookDeliverySettings(allow_private_targets=True, allow_http=True, timeout_seconds=5.0)


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    started = WebhookReceiver()
    yield started
    started.stop()


@pytest.fixture
def smtp(tmp_path) -> Iterator[tuple[LoopbackSmtp, Mailbox, SmtpSettings]]:
    certificates = make_loopback_certificates(tmp_path / "tls", ip_addresses=("127.0.0.1",))
    mailbox = Mailbox()
    controller = LoopbackSmtp(mailbox, tls_context=certificates.server_context(), require_starttls=True)
    controller.start()
    settings = SmtpSettings(
        host="127.0.0.1",
        port=controller.port,
        local_hostname="pay.chainbridge.test",
        require_starttls=True,
        tls_context=certificates.client_context(),
        timeout_seconds=5.0,
    )
    yield controller, mailbox, settings
    controller.stop()


@pytest.fixture
def notify_stack(databases, backend, smtp) -> Iterator[Stack]:
    """Both servers, pay allowed to reach loopback receivers and sending e-mail through `smtp`."""
    settings = NotificationSettings(webhook=LOOPBACK_WEBHOOKS, smtp=smtp[2], email_sender="ChainBridge <notify@chainbridge.test>")
    started = start_stack(databases.new_url(backend, "freight"), databases.new_url(backend, "payment"), pay_notifications=settings)
    yield started
    started.stop()


def subscribe(payment, *, event_types=(RELEASED,), kind=PAYEE, subscriber_id=CARRIER, request_id="", **destination):
    request = pb.CreateSubscriptionRequest(
        subscription=pb.Subscription(subscriber_kind=kind, subscriber_id=subscriber_id, event_types=list(event_types), **destination),
        request_id=request_id,
    )
    return payment.CreateSubscription(request, timeout=10)


def subscribe_webhook(payment, receiver: WebhookReceiver, **options) -> pb.CreateSubscriptionResponse:
    created = subscribe(payment, webhook_url=receiver.url(), **options)
    receiver.secret = created.webhook_secret
    return created


def deliveries(payment, **filters) -> list[pb.NotificationDelivery]:
    return list(payment.ListNotificationDeliveries(pb.ListNotificationDeliveriesRequest(page_size=100, **filters), timeout=10).deliveries)


def notify(stack: Stack) -> int:
    return stack.pay.notification_worker.run_once()


def released_pod(stack: Stack, tier: str = "MEDIUM"):
    """A shipment whose POD is recorded and delivered to pay: MEDIUM releases POD at once
    (one milestone.released) and delays pickup (no notice)."""
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, tier)
    event = freight.RecordShipmentEvent(
        freight_pb2.RecordShipmentEventRequest(shipment_id=seeded.shipment_id, event_type=POD),
        timeout=10,
    ).event
    stack.deliver_events()
    return seeded, event


def mails(mailbox: Mailbox) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(m.content, policy=email.policy.default) for m in mailbox.received]  # type: ignore[misc]


def test_a_released_milestone_yields_exactly_one_verified_webhook_and_one_email(notify_stack, receiver, smtp):
    payment = notify_stack.payment_stub()
    hook = subscribe_webhook(payment, receiver)
    mail = subscribe(payment, email_address=RECIPIENT)
    assert hook.webhook_secret.startswith("whsec_") and mail.webhook_secret == ""

    seeded, _ = released_pod(notify_stack)
    assert notify(notify_stack) == 2

    [request] = receiver.requests
    assert request.verification_error is None, request.verification_error
    event = request.event
    assert event["type"] == "milestone.released" and event["object"] == "event"
    assert event["data"]["payment_intent_id"] == seeded.intent_id and event["data"]["shipment_id"] == seeded.shipment_id
    assert event["data"]["milestone"] == "POD_CONFIRMED" and event["data"]["status"] == "APPROVED"
    assert event["data"]["amount"] == {"amount_minor": "700004", "currency": "USD"}
    assert request.headers["Content-Type"] == "application/json"

    _, mailbox, _ = smtp
    [received] = mailbox.received
    assert received.over_tls and received.recipients == [RECIPIENT]
    [message] = mails(mailbox)
    assert message["Subject"] == f"Milestone payment released: shipment {seeded.shipment_id}"
    assert message["Message-ID"].strip().startswith(f"<{event['id']}.milestone.released@")
    body = message.get_content().replace("\r\n", "\n")
    assert "Amount:         7000.04 USD\n" in body and f"Payment intent: {seeded.intent_id}\n" in body

    # The same change has one event id for both subscriptions; each delivery is DELIVERED at once.
    log = deliveries(payment)
    assert {d.event_id for d in log} == {event["id"]}
    assert [(d.state, d.attempts, d.last_status_code) for d in log if d.subscription_id == hook.subscription.subscription_id] == [
        (pb.NOTIFICATION_DELIVERY_STATE_DELIVERED, 1, 204)
    ]
    assert [(d.state, d.attempts, d.last_status_code) for d in log if d.subscription_id == mail.subscription.subscription_id] == [
        (pb.NOTIFICATION_DELIVERY_STATE_DELIVERED, 1, 250)
    ]
    assert notify(notify_stack) == 0  # nothing left: no second delivery


def test_a_redelivered_event_queues_nothing_twice(notify_stack, receiver):
    payment = notify_stack.payment_stub()
    subscribe_webhook(payment, receiver)
    seeded, event = released_pod(notify_stack)
    # freight's outbox delivers again (a lost acknowledgement): pay answers duplicate, queues nothing.
    again = payment.ProcessShipmentEvent(
        pb.ProcessShipmentEventRequest(
            event_id=event.event_id, shipment_id=seeded.shipment_id, event_type=POD, occurred_at=event.occurred_at
        ),
        timeout=10,
    )
    assert again.duplicate
    assert notify(notify_stack) == 1
    assert notify(notify_stack) == 0
    assert len(receiver.requests) == 1 and len(deliveries(payment)) == 1


def test_a_receiver_that_answers_500_three_times_gets_the_fourth_attempt(notify_stack, receiver):
    payment = notify_stack.payment_stub()
    subscribe_webhook(payment, receiver)
    receiver.status = lambda hook: 500 if len(receiver.requests) <= 3 else 204
    released_pod(notify_stack)

    waits = []
    for attempt in (1, 2, 3):
        assert notify(notify_stack) == 1
        [delivery] = deliveries(payment)
        assert (delivery.state, delivery.attempts, delivery.last_status_code, delivery.last_error) == (
            pb.NOTIFICATION_DELIVERY_STATE_PENDING,
            attempt,
            500,
            "HTTP 500",
        )
        wait = delivery.next_attempt_time.ToDatetime() - delivery.last_attempt_time.ToDatetime()
        waits.append(wait)
        assert notify(notify_stack) == 0  # not due yet
        notify_stack.clock.advance(wait)
    # Backoff doubles (each wait drawn from the upper half of its nominal value: 1, 2, 4 minutes).
    assert timedelta(seconds=30) <= waits[0] <= timedelta(minutes=1)
    assert timedelta(minutes=1) <= waits[1] <= timedelta(minutes=2)
    assert timedelta(minutes=2) <= waits[2] <= timedelta(minutes=4)

    assert notify(notify_stack) == 1
    [delivery] = deliveries(payment)
    assert (delivery.state, delivery.attempts, delivery.last_status_code, delivery.last_error) == (
        pb.NOTIFICATION_DELIVERY_STATE_DELIVERED,
        4,
        204,
        "",
    )
    assert len(receiver.requests) == 4
    assert all(hook.verification_error is None for hook in receiver.requests)  # each attempt signed again, all valid
    assert len(receiver.distinct_event_ids()) == 1


def test_a_delivery_gives_up_when_the_three_day_window_closes(notify_stack, receiver):
    payment = notify_stack.payment_stub()
    subscribe_webhook(payment, receiver)
    receiver.status = lambda hook: 503
    released_pod(notify_stack)
    for _ in range(60):
        notify(notify_stack)
        [delivery] = deliveries(payment)
        if delivery.state != pb.NOTIFICATION_DELIVERY_STATE_PENDING:
            break
        notify_stack.clock.advance(delivery.next_attempt_time.ToDatetime() - delivery.last_attempt_time.ToDatetime())
    assert delivery.state == pb.NOTIFICATION_DELIVERY_STATE_FAILED
    assert delivery.last_error == "HTTP 503" and 15 <= delivery.attempts <= 40
    assert delivery.finish_time.ToDatetime() - delivery.first_attempt_time.ToDatetime() == timedelta(days=3)


def test_a_pay_restart_mid_delivery_still_delivers_each_change_once(notify_stack, receiver, smtp):
    payment = notify_stack.payment_stub()
    subscribe_webhook(payment, receiver)
    subscribe(payment, email_address=RECIPIENT)
    released_pod(notify_stack)
    # A worker leases both deliveries, then pay dies before any attempt.
    leased = notify_stack.pay.app.notifications.claim_due(lease=timedelta(minutes=5), limit=10)
    assert len(leased) == 2
    notify_stack.stop_pay()
    notify_stack.restart_pay()
    payment = notify_stack.payment_stub()

    assert notify(notify_stack) == 0  # still leased to the dead worker
    notify_stack.clock.advance(timedelta(minutes=5, seconds=1))
    assert notify(notify_stack) == 2
    assert notify(notify_stack) == 0
    _, mailbox, _ = smtp
    assert len(receiver.requests) == 1 and receiver.requests[0].verification_error is None
    assert len(mailbox.received) == 1
    assert {(d.state, d.attempts) for d in deliveries(payment)} == {(pb.NOTIFICATION_DELIVERY_STATE_DELIVERED, 2)}


def test_a_restart_after_the_post_but_before_recording_resends_the_same_event_id(notify_stack, receiver, smtp):
    payment = notify_stack.payment_stub()
    subscribe_webhook(payment, receiver)
    subscribe(payment, email_address=RECIPIENT)
    released_pod(notify_stack)
    # The attempts go out, then pay dies before writing their outcome (at-least-once).
    pay = notify_stack.pay
    for delivery, subscription in pay.app.notifications.claim_due(lease=timedelta(minutes=5), limit=10):
        assert pay.notification_worker.sender.attempt(delivery, subscription).outcome.value == "delivered"
    notify_stack.stop_pay()
    notify_stack.restart_pay()
    notify_stack.clock.advance(timedelta(minutes=6))
    assert notify(notify_stack) == 2

    # Two POSTs of one event: a receiver deduplicating on the id keeps exactly one.
    assert len(receiver.requests) == 2 and all(hook.verification_error is None for hook in receiver.requests)
    assert receiver.requests[0].body == receiver.requests[1].body
    assert len(receiver.distinct_event_ids()) == 1
    # Two sends of one e-mail with one Message-ID: mail clients show it once.
    _, mailbox, _ = smtp
    assert len({message["Message-ID"].strip() for message in mails(mailbox)}) == 1 and len(mailbox.received) == 2


def test_shippers_hear_of_held_and_rejected_milestones(notify_stack, receiver):
    freight, payment = notify_stack.freight_stub(), notify_stack.payment_stub()
    subscribe_webhook(payment, receiver, kind=SHIPPER, subscriber_id="acme-foods", event_types=(HELD, REJECTED))
    seeded = seed(freight, payment, "HIGH")
    freight.RecordShipmentEvent(
        freight_pb2.RecordShipmentEventRequest(shipment_id=seeded.shipment_id, event_type=POD),
        timeout=10,
    )
    notify_stack.deliver_events()
    [pod] = [s for s in payment.ListMilestoneSettlements(pb.ListMilestoneSettlementsRequest(intent_id=seeded.intent_id)).settlements]
    payment.ApproveMilestoneSettlement(
        pb.ApproveMilestoneSettlementRequest(settlement_id=pod.settlement_id, decision=pb.REVIEW_DECISION_REJECT, reason="forged POD"),
        timeout=10,
    )
    assert notify(notify_stack) == 2
    assert [(e["type"], e["data"]["status"]) for e in receiver.verified_events] == [
        ("milestone.held", "PENDING"),
        ("milestone.rejected", "REJECTED"),
    ]


def test_changes_of_other_payees_and_unsubscribed_types_are_not_sent(notify_stack, receiver):
    payment = notify_stack.payment_stub()
    subscribe_webhook(payment, receiver, subscriber_id="someone-else")
    subscribe(payment, webhook_url=receiver.url(), event_types=(SETTLED,))
    released_pod(notify_stack)
    assert notify(notify_stack) == 0 and deliveries(payment) == []


def test_deleting_a_subscription_cancels_its_pending_deliveries(notify_stack, receiver):
    payment = notify_stack.payment_stub()
    created = subscribe_webhook(payment, receiver)
    released_pod(notify_stack)
    deleted = payment.DeleteSubscription(pb.DeleteSubscriptionRequest(subscription_id=created.subscription.subscription_id), timeout=10)
    assert deleted.cancelled_deliveries == 1
    assert notify(notify_stack) == 0 and receiver.requests == []
    [delivery] = deliveries(payment, subscription_id=created.subscription.subscription_id)
    assert delivery.state == pb.NOTIFICATION_DELIVERY_STATE_CANCELLED
    assert list(payment.ListSubscriptions(pb.ListSubscriptionsRequest(), timeout=10).subscriptions) == []
    gone = call_error(payment.DeleteSubscription, pb.DeleteSubscriptionRequest(subscription_id=created.subscription.subscription_id))
    assert (gone.code, gone.reason) == (grpc.StatusCode.NOT_FOUND, "SUBSCRIPTION_NOT_FOUND")


def test_a_replayed_create_returns_the_first_subscription_and_secret(notify_stack, receiver):
    payment = notify_stack.payment_stub()
    first = subscribe(payment, webhook_url=receiver.url(), request_id="sub-1")
    again = subscribe(payment, webhook_url=receiver.url(), request_id="sub-1")
    assert again == first
    listed = payment.ListSubscriptions(pb.ListSubscriptionsRequest(subscriber_kind=PAYEE, subscriber_id=CARRIER), timeout=10)
    assert [s.subscription_id for s in listed.subscriptions] == [first.subscription.subscription_id] and listed.total_size == 1
    reused = call_error(payment.CreateSubscription, pb.CreateSubscriptionRequest(subscription=first.subscription, request_id="sub-1"))
    assert (reused.code, reused.reason) == (grpc.StatusCode.ALREADY_EXISTS, "REQUEST_ID_REUSED")


def test_subscription_requests_are_validated(notify_stack):
    payment = notify_stack.payment_stub()
    error = call_error(
        payment.CreateSubscription,
        pb.CreateSubscriptionRequest(subscription=pb.Subscription(event_types=[0, RELEASED, RELEASED], email_address="not an address")),
    )
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT
    assert set(error.fields) == {
        "subscription.subscriber_kind",
        "subscription.subscriber_id",
        "subscription.event_types[0]",
        "subscription.event_types[2]",
        "subscription.email_address",
    }
    missing = call_error(payment.CreateSubscription, pb.CreateSubscriptionRequest(subscription=pb.Subscription(subscriber_kind=PAYEE)))
    assert "subscription.webhook_url" in missing.fields


# ---------------------------------------------------------------- SSRF, default settings


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1/hooks",
        "https://10.1.2.3/hooks",
        "https://192.168.0.10/hooks",
        "https://169.254.169.254/latest/meta-data",
        "https://[::1]/hooks",
        "https://[::ffff:10.0.0.1]/hooks",
        "http://203.0.113.5/hooks",
    ],
)
def test_a_private_address_webhook_is_refused(stack, url):
    error = call_error(stack.payment_stub().CreateSubscription, _webhook_request(url))
    assert (error.code, error.reason) == (grpc.StatusCode.INVALID_ARGUMENT, "DESTINATION_REFUSED")
    assert set(error.fields) == {"subscription.webhook_url"}


def test_a_loopback_receiver_is_refused_without_the_development_flag(stack, receiver):
    error = call_error(stack.payment_stub().CreateSubscription, _webhook_request(receiver.url()))
    assert "plain http" in error.fields["subscription.webhook_url"]
    error = call_error(stack.payment_stub().CreateSubscription, _webhook_request(receiver.url().replace("http:", "https:")))
    assert "loopback" in error.fields["subscription.webhook_url"]


def test_email_subscriptions_need_an_smtp_server(stack):
    error = call_error(
        stack.payment_stub().CreateSubscription,
        pb.CreateSubscriptionRequest(
            subscription=pb.Subscription(subscriber_kind=PAYEE, subscriber_id=CARRIER, event_types=[RELEASED], email_address=RECIPIENT)
        ),
    )
    assert (error.code, error.reason) == (grpc.StatusCode.FAILED_PRECONDITION, "EMAIL_NOT_CONFIGURED")


def _webhook_request(url: str) -> pb.CreateSubscriptionRequest:
    return pb.CreateSubscriptionRequest(
        subscription=pb.Subscription(subscriber_kind=PAYEE, subscriber_id=CARRIER, event_types=[RELEASED], webhook_url=url)
    )


def test_the_delivery_log_pages_newest_first(notify_stack, receiver):
    payment = notify_stack.payment_stub()
    subscribe_webhook(payment, receiver, event_types=(RELEASED, SETTLED))
    for _ in range(2):
        released_pod(notify_stack)
    first = payment.ListNotificationDeliveries(pb.ListNotificationDeliveriesRequest(page_size=1), timeout=10)
    second = payment.ListNotificationDeliveries(
        pb.ListNotificationDeliveriesRequest(page_size=1, page_token=first.next_page_token), timeout=10
    )
    assert first.total_size == 2 and second.next_page_token == ""
    assert first.deliveries[0].delivery_id > second.deliveries[0].delivery_id
    assert first.deliveries[0].destination == receiver.url()
    assert first.deliveries[0].create_time == to_timestamp(notify_stack.clock.now())


# ---------------------------------------------------------------- cost on the event path


def _statements_per_event(stack: Stack, shipment_ids: list[str]) -> list[int]:
    """SQL statements pay runs for each POD it processes (one ProcessShipmentEvent call each)."""
    from sqlalchemy import event as sql_event

    payment = stack.payment_stub()
    counts = []
    executed = [0]

    def count(*_args) -> None:
        executed[0] += 1

    sql_event.listen(stack.pay.db.engine, "before_cursor_execute", count)
    try:
        for index, shipment_id in enumerate(shipment_ids):
            executed[0] = 0
            payment.ProcessShipmentEvent(
                pb.ProcessShipmentEventRequest(
                    event_id=f"sev_cost{index}_{shipment_id[-6:]}",
                    shipment_id=shipment_id,
                    event_type=POD,
                    occurred_at=to_timestamp(stack.clock.now()),
                ),
                timeout=10,
            )
            counts.append(executed[0])
    finally:
        sql_event.remove(stack.pay.db.engine, "before_cursor_execute", count)
    return counts


def test_nobody_subscribed_costs_the_event_path_no_statement(notify_stack, receiver):
    freight, payment = notify_stack.freight_stub(), notify_stack.payment_stub()
    directory = notify_stack.pay.app.notifications.outbox.directory
    directory.refresh_seconds = 3600  # no refresh due to wall time during the test
    shipments = [seed(freight, payment, "MEDIUM", reference=f"BOL-{i}").shipment_id for i in range(6)]
    notify_stack.deliver_events()

    hooked = _statements_per_event(notify_stack, shipments[:2])  # the first loads the (empty) subscription set once
    notify_stack.pay.app.bookkeeping.notifications = None  # as before notifications existed
    unhooked = _statements_per_event(notify_stack, shipments[2:4])
    notify_stack.pay.app.bookkeeping.notifications = notify_stack.pay.app.notifications.outbox
    subscribe_webhook(payment, receiver)
    subscribed = _statements_per_event(notify_stack, shipments[4:])

    assert hooked[1] == unhooked[0] == unhooked[1]  # with nobody subscribed: not one statement more
    assert hooked[0] == unhooked[0] + 1  # the cache's one load after start
    assert subscribed == [unhooked[0] + 2, unhooked[0] + 1]  # reload after CreateSubscription, then the outbox insert
    assert directory.loads == 2
