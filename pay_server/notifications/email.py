"""Plain-text e-mail notifications over SMTP.

The formatter is pure (a notice in, a message out, the amount exact in the currency's minor
unit); the sender speaks SMTP with STARTTLS whenever the server offers it, requires it when
configured to, and never sends credentials in the clear.
"""

from __future__ import annotations

import smtplib
import ssl
import time
from dataclasses import dataclass, field
from datetime import UTC
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from typing import Any

from chainbridge_common.domain.currency import format_minor
from pay_server.domain.notices import DeliveryOutcome, MilestoneNotice, NotificationEventType

_HEADLINES: dict[NotificationEventType, str] = {
    NotificationEventType.MILESTONE_RELEASED: "Milestone payment released",
    NotificationEventType.MILESTONE_SETTLED: "Milestone payment settled",
    NotificationEventType.MILESTONE_REJECTED: "Milestone payment rejected",
    NotificationEventType.MILESTONE_HELD: "Milestone payment held for review",
}

_MILESTONE_NAMES: dict[str, str] = {
    "PICKUP_CONFIRMED": "pickup confirmed",
    "POD_CONFIRMED": "proof of delivery confirmed",
    "CLAIM_WINDOW_CLOSED": "claim window closed",
}


def format_milestone_email_subject(notice: MilestoneNotice) -> str:
    """One line: what happened, to which shipment."""
    return f"{_headline(notice)}: shipment {notice.shipment_id}"


def format_milestone_email_body(notice: MilestoneNotice) -> str:
    """The plain-text body: shipment, payment intent, milestone, exact amount, status and time."""
    milestone_name = _MILESTONE_NAMES.get(notice.milestone)
    milestone = f"{notice.milestone} ({milestone_name})" if milestone_name else notice.milestone
    occurred_at = notice.occurred_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    rows = [
        ("Shipment", notice.shipment_id),
        ("Payment intent", notice.payment_intent_id),
        ("Milestone", milestone),
        ("Amount", format_minor(notice.amount_minor, notice.currency)),
        ("Status", notice.status),
        ("Time", occurred_at),
    ]
    width = max(len(label) for label, _ in rows) + 2
    lines = [_headline(notice), "", *(f"{label + ':':<{width}}{value}" for label, value in rows), "", f"Event id: {notice.event_id}", ""]
    return "\n".join(lines)


def build_milestone_email(notice: MilestoneNotice, *, sender: str, recipient: str) -> EmailMessage:
    """The message for one recipient; its Message-ID comes from the event id, so a retried send is
    recognisably the same message, and its Date is the time of the change."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = recipient
    message["Subject"] = format_milestone_email_subject(notice)
    message["Date"] = format_datetime(notice.occurred_at.astimezone(UTC))
    sender_domain = sender.rpartition("@")[2].strip(" >") or "chainbridge.invalid"
    message["Message-ID"] = f"<{notice.event_id}.{notice.event_type}@{sender_domain}>"
    message.set_content(format_milestone_email_body(notice))
    return message


def _headline(notice: MilestoneNotice) -> str:
    return _HEADLINES.get(notice.event_type, f"Milestone payment update ({notice.event_type})")


# ---------------------------------------------------------------------------- sending


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send; `require_starttls` refuses servers that do not offer STARTTLS."""

    host: str
    port: int = 587
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    require_starttls: bool = False
    timeout_seconds: float = 10.0
    # None: the system's trust store, with certificate and hostname checks on.
    tls_context: ssl.SSLContext | None = field(default=None, compare=False)
    # The EHLO name; None lets smtplib use this machine's FQDN (which may need a DNS lookup).
    local_hostname: str | None = None


@dataclass(frozen=True)
class EmailDeliveryResult:
    """The outcome of one attempt, as recorded in the delivery log."""

    outcome: DeliveryOutcome
    smtp_code: int | None
    error: str | None
    duration_seconds: float
    used_tls: bool

    @property
    def delivered(self) -> bool:
        return self.outcome is DeliveryOutcome.DELIVERED

    @property
    def retryable(self) -> bool:
        return self.outcome is DeliveryOutcome.RETRYABLE_FAILURE


def send_email(message: EmailMessage, settings: SmtpSettings) -> EmailDeliveryResult:
    """Send one message: STARTTLS when offered (or required), then AUTH if configured, then the message.
    A 5xx refusal of the recipient or the content is permanent; everything else is worth a retry."""
    recipients = getaddresses(message.get_all("To", []) + message.get_all("Cc", []) + message.get_all("Bcc", []))
    if len(recipients) != 1:
        raise ValueError(f"send_email sends to exactly one recipient, the message has {len(recipients)}")
    started = time.monotonic()
    used_tls = False

    def result(outcome: DeliveryOutcome, **details: Any) -> EmailDeliveryResult:
        return EmailDeliveryResult(outcome=outcome, duration_seconds=time.monotonic() - started, used_tls=used_tls, **details)

    try:
        # Connecting in the constructor is what makes smtplib check the certificate against settings.host.
        client = smtplib.SMTP(settings.host, settings.port, local_hostname=settings.local_hostname, timeout=settings.timeout_seconds)
    except (smtplib.SMTPException, OSError) as error:
        return result(DeliveryOutcome.RETRYABLE_FAILURE, smtp_code=None, error=f"could not connect: {_describe(error)}")
    try:
        client.ehlo()
        if client.has_extn("starttls"):
            # A failed handshake (an untrusted certificate, say) fails the attempt: never fall back to plain text.
            client.starttls(context=settings.tls_context or ssl.create_default_context())
            client.ehlo()
            used_tls = True
        elif settings.require_starttls:
            return result(DeliveryOutcome.RETRYABLE_FAILURE, smtp_code=None, error="the server does not offer STARTTLS, which is required")
        if settings.username is not None:
            if not used_tls:
                return result(DeliveryOutcome.RETRYABLE_FAILURE, smtp_code=None, error="refusing to send SMTP credentials without TLS")
            client.login(settings.username, settings.password or "")
        # One recipient per message (one outbox row each), so a refusal raises rather than half-succeeding.
        client.send_message(message)
        try:
            client.quit()
        except (smtplib.SMTPException, OSError):
            pass  # the server accepted the message; a failed goodbye must not make the outbox send it again
        return result(DeliveryOutcome.DELIVERED, smtp_code=250, error=None)
    except smtplib.SMTPRecipientsRefused as refused:
        code, reason = next(iter(refused.recipients.values()))
        return result(_outcome_for_code(code), smtp_code=code, error=f"recipient refused: {code} {_text(reason)}")
    except smtplib.SMTPDataError as error:
        return result(
            _outcome_for_code(error.smtp_code),
            smtp_code=error.smtp_code,
            error=f"message refused: {error.smtp_code} {_text(error.smtp_error)}",
        )
    except smtplib.SMTPResponseException as error:
        # Sender refused, authentication failed...: configuration the operator can fix, so keep trying.
        return result(
            DeliveryOutcome.RETRYABLE_FAILURE,
            smtp_code=error.smtp_code,
            error=f"{type(error).__name__}: {error.smtp_code} {_text(error.smtp_error)}",
        )
    except (smtplib.SMTPException, OSError) as error:
        return result(DeliveryOutcome.RETRYABLE_FAILURE, smtp_code=None, error=_describe(error))
    finally:
        client.close()


def _outcome_for_code(code: int) -> DeliveryOutcome:
    # SMTP's own rule: 5yz is a permanent negative reply, 4yz a transient one.
    return DeliveryOutcome.PERMANENT_FAILURE if 500 <= code < 600 else DeliveryOutcome.RETRYABLE_FAILURE


def _describe(error: BaseException) -> str:
    return "timed out" if isinstance(error, TimeoutError) else f"{type(error).__name__}: {error}"


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", errors="replace") if isinstance(reply, bytes) else reply
