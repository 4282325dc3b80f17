"""Proto <-> domain conversion for subscriptions and the delivery log, with request validation."""

from __future__ import annotations

import re

from chainbridge.payment.v1 import payment_pb2 as pb

from chainbridge_common.errors import Violations
from chainbridge_common.runtime.timestamps import to_timestamp
from chainbridge_common.runtime.validation import check_text, enum_from_proto, enum_to_proto
from pay_server.application.notifications import SubscriptionDraft
from pay_server.domain.notices import NotificationEventType
from pay_server.domain.notifications import Channel, DeliveryState, NotificationDelivery, SubscriberKind, Subscription
from pay_server.notifications.webhooks import MAX_URL_LENGTH

_KIND = pb.SubscriberKind.DESCRIPTOR
_EVENT_TYPE = pb.NotificationEventType.DESCRIPTOR
_STATE = pb.NotificationDeliveryState.DESCRIPTOR
_EVENT_TYPE_PREFIX = "NOTIFICATION_EVENT_TYPE_"
MAX_SUBSCRIBER_ID_LENGTH = 128
MAX_SUBSCRIPTION_DESCRIPTION_LENGTH = 512
MAX_EMAIL_LENGTH = 254
# A deliberately plain address: one @, no spaces, quotes, angle brackets or line breaks that
# could smuggle a second header or recipient into the message.
_EMAIL = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+"
)
_SUBSCRIBER_ID = re.compile(r"[\x21-\x7e]+")


def event_type_to_proto(event_type: NotificationEventType) -> int:
    return _EVENT_TYPE.values_by_name[_EVENT_TYPE_PREFIX + event_type.name].number


def event_type_from_proto(violations: Violations, field_path: str, value: int) -> NotificationEventType | None:
    proto_value = _EVENT_TYPE.values_by_number.get(value)
    if proto_value is None or value == 0:
        violations.add(field_path, f"{value} is not a NotificationEventType (one of {', '.join(v.name for v in _EVENT_TYPE.values[1:])})")
        return None
    return NotificationEventType[proto_value.name.removeprefix(_EVENT_TYPE_PREFIX)]


def subscriber_kind_filter(violations: Violations, value: int) -> SubscriberKind | None:
    return enum_from_proto(violations, "subscriber_kind", value, _KIND, SubscriberKind, required=False)


def delivery_state_filter(violations: Violations, value: int) -> DeliveryState | None:
    return enum_from_proto(violations, "state", value, _STATE, DeliveryState, required=False)


def check_subscriber_id(violations: Violations, field_path: str, value: str, *, required: bool) -> None:
    if not value:
        if required:
            violations.add(field_path, "is required")
        return
    if len(value) > MAX_SUBSCRIBER_ID_LENGTH or not _SUBSCRIBER_ID.fullmatch(value):
        violations.add(field_path, f"must be at most {MAX_SUBSCRIBER_ID_LENGTH} printable ASCII characters without spaces")


def subscription_draft(request: pb.CreateSubscriptionRequest) -> SubscriptionDraft:
    violations = Violations()
    if not request.HasField("subscription"):
        violations.add("subscription", "is required")
        violations.raise_if_any()
    sub = request.subscription
    kind = enum_from_proto(violations, "subscription.subscriber_kind", sub.subscriber_kind, _KIND, SubscriberKind, required=True)
    check_subscriber_id(violations, "subscription.subscriber_id", sub.subscriber_id, required=True)
    event_types: list[NotificationEventType] = []
    if not sub.event_types:
        violations.add("subscription.event_types", "must name at least one event type")
    for index, value in enumerate(sub.event_types):
        event_type = event_type_from_proto(violations, f"subscription.event_types[{index}]", value)
        if event_type is not None:
            if event_type in event_types:
                violations.add(f"subscription.event_types[{index}]", f"{_EVENT_TYPE.values_by_number[value].name} is named twice")
            event_types.append(event_type)
    destination_field = sub.WhichOneof("destination")
    channel = None
    destination = ""
    if destination_field is None:
        violations.add("subscription.webhook_url", "webhook_url or email_address is required")
    elif destination_field == "webhook_url":
        channel, destination = Channel.WEBHOOK, sub.webhook_url
        if not destination or len(destination) > MAX_URL_LENGTH:
            violations.add("subscription.webhook_url", f"must be an https URL of at most {MAX_URL_LENGTH} characters")
    else:
        channel, destination = Channel.EMAIL, sub.email_address
        if len(destination) > MAX_EMAIL_LENGTH or not _EMAIL.fullmatch(destination):
            violations.add("subscription.email_address", "must be a plain e-mail address (name@example.com)")
    check_text(violations, "subscription.description", sub.description, max_length=MAX_SUBSCRIPTION_DESCRIPTION_LENGTH)
    violations.raise_if_any()
    assert kind is not None and channel is not None
    return SubscriptionDraft(
        subscriber_kind=kind,
        subscriber_id=sub.subscriber_id,
        event_types=frozenset(event_types),
        channel=channel,
        destination=destination,
        description=sub.description,
    )


def subscription_to_proto(subscription: Subscription) -> pb.Subscription:
    message = pb.Subscription(
        subscription_id=subscription.subscription_id,
        subscriber_kind=enum_to_proto(_KIND, subscription.subscriber_kind),
        subscriber_id=subscription.subscriber_id,
        event_types=sorted(event_type_to_proto(t) for t in subscription.event_types),
        description=subscription.description,
        create_time=to_timestamp(subscription.create_time),
    )
    if subscription.channel is Channel.WEBHOOK:
        message.webhook_url = subscription.destination
    else:
        message.email_address = subscription.destination
    return message


def delivery_to_proto(delivery: NotificationDelivery) -> pb.NotificationDelivery:
    return pb.NotificationDelivery(
        delivery_id=delivery.delivery_id,
        subscription_id=delivery.subscription_id,
        event_id=delivery.event_id,
        event_type=event_type_to_proto(delivery.event_type),
        state=enum_to_proto(_STATE, delivery.state),
        attempts=delivery.attempts,
        last_status_code=delivery.last_status_code,
        last_error=delivery.last_error,
        create_time=to_timestamp(delivery.create_time),
        first_attempt_time=to_timestamp(delivery.first_attempt_at),
        last_attempt_time=to_timestamp(delivery.last_attempt_at),
        next_attempt_time=to_timestamp(delivery.next_attempt_at),
        finish_time=to_timestamp(delivery.finished_at),
        destination=delivery.destination,
        shipment_id=delivery.shipment_id,
    )
