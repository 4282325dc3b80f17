"""One attempt at one delivery of the notification outbox, whatever its channel: a signed webhook
(webhooks.py) or an e-mail (email.py). Network only; the worker records the outcome."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from chainbridge_common.runtime.clock import Clock, SystemClock
from pay_server.domain.notices import DeliveryOutcome, MilestoneNotice, NotificationEventType
from pay_server.domain.notifications import AttemptResult, Channel, NotificationDelivery, Subscription
from pay_server.notifications.email import SmtpSettings, build_milestone_email, send_email
from pay_server.notifications.webhooks import (
    RetrySchedule,
    WebhookDeliverySettings,
    build_event_body,
    deliver_webhook,
    resolve_with_system_dns,
    validate_webhook_url,
)

log = logging.getLogger(__name__)

_MILESTONE_TYPES = frozenset(
    {
        NotificationEventType.MILESTONE_RELEASED,
        NotificationEventType.MILESTONE_SETTLED,
        NotificationEventType.MILESTONE_REJECTED,
        NotificationEventType.MILESTONE_HELD,
    }
)


@dataclass(frozen=True)
class NotificationSettings:
    """How notifications leave this server (flags and environment, docs/notifications.md)."""

    webhook: WebhookDeliverySettings = field(default_factory=WebhookDeliverySettings)
    smtp: SmtpSettings | None = None  # None: e-mail subscriptions are refused
    email_sender: str = "ChainBridge <notifications@chainbridge.invalid>"
    retry: RetrySchedule = field(default_factory=RetrySchedule)


def webhook_body(delivery: NotificationDelivery) -> bytes:
    """The event as sent: the same bytes on every attempt and for every subscription of the change."""
    return build_event_body(
        event_id=delivery.event_id, event_type=delivery.event_type.value, created_at=delivery.occurred_at, data=delivery.data
    )


def milestone_notice(delivery: NotificationDelivery) -> MilestoneNotice:
    data = delivery.data
    return MilestoneNotice(
        event_id=delivery.event_id,
        event_type=delivery.event_type,
        shipment_id=str(data["shipment_id"]),
        payment_intent_id=str(data["payment_intent_id"]),
        milestone=str(data["milestone"]),
        amount_minor=int(data["amount"]["amount_minor"]),
        currency=str(data["amount"]["currency"]),
        status=str(data["status"]),
        occurred_at=delivery.occurred_at,
    )


def build_email(delivery: NotificationDelivery, *, sender: str, recipient: str) -> EmailMessage:
    """Milestone events use the milestone format; other events (payouts, claims) list their data."""
    if delivery.event_type in _MILESTONE_TYPES:
        return build_milestone_email(milestone_notice(delivery), sender=sender, recipient=recipient)
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = f"ChainBridge: {delivery.event_type.value}"
    message["Date"] = format_datetime(delivery.occurred_at)
    sender_domain = sender.rpartition("@")[2].strip(" >") or "chainbridge.invalid"
    message["Message-ID"] = f"<{delivery.event_id}.{delivery.event_type.value}@{sender_domain}>"
    lines = [f"ChainBridge event {delivery.event_type.value}", "", *_data_lines(delivery.data), "", f"Event id: {delivery.event_id}", ""]
    message.set_content("\n".join(lines))
    return message


def _data_lines(data: Mapping[str, Any], prefix: str = "") -> list[str]:
    lines = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, Mapping):
            lines.extend(_data_lines(value, f"{prefix}{key}."))
        else:
            lines.append(f"{prefix}{key}: {value}")
    return lines


class NotificationSender:
    """Makes attempts. Webhooks are signed with the wall clock (the receiver checks the signature's
    age against its own clock), whatever clock schedules the retries."""

    def __init__(self, settings: NotificationSettings, *, signing_clock: Clock | None = None, resolver=resolve_with_system_dns):
        self.settings = settings
        self.signing_clock = signing_clock or SystemClock()
        self.resolver = resolver

    def check_destination(self, channel: Channel, destination: str) -> list[str]:
        """What is wrong with a destination at subscription time (resolves a webhook's host: no transaction open)."""
        if channel is Channel.WEBHOOK:
            webhook = self.settings.webhook
            return validate_webhook_url(destination, webhook.allow_private_targets, allow_http=webhook.allow_http, resolver=self.resolver)
        return []

    def attempt(self, delivery: NotificationDelivery, subscription: Subscription) -> AttemptResult:
        try:
            if subscription.channel is Channel.WEBHOOK:
                return self._webhook(delivery, subscription)
            return self._email(delivery, subscription)
        except Exception as error:  # one bad delivery must not stop the others
            log.exception("notification %s to %s could not be attempted", delivery.delivery_id, subscription.subscription_id)
            return AttemptResult(delivery.delivery_id, DeliveryOutcome.RETRYABLE_FAILURE, 0, f"{type(error).__name__}: {error}")

    def _webhook(self, delivery: NotificationDelivery, subscription: Subscription) -> AttemptResult:
        result = deliver_webhook(
            subscription.destination,
            webhook_body(delivery),
            subscription.secret,
            settings=self.settings.webhook,
            clock=self.signing_clock,
            resolver=self.resolver,
        )
        return AttemptResult(delivery.delivery_id, result.outcome, result.status_code or 0, result.error or "")

    def _email(self, delivery: NotificationDelivery, subscription: Subscription) -> AttemptResult:
        smtp = self.settings.smtp
        if smtp is None:
            return AttemptResult(delivery.delivery_id, DeliveryOutcome.RETRYABLE_FAILURE, 0, "no SMTP server is configured (--smtp-host)")
        message = build_email(delivery, sender=self.settings.email_sender, recipient=subscription.destination)
        result = send_email(message, smtp)
        return AttemptResult(delivery.delivery_id, result.outcome, result.smtp_code or 0, result.error or "")
