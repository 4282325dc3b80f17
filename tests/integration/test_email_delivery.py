"""E-mail through a real SMTP server (aiosmtpd) in-process on 127.0.0.1, with STARTTLS on a
certificate made for the test."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from pay_server.domain.notices import DeliveryOutcome, MilestoneNotice, NotificationEventType
from pay_server.notifications.email import SmtpSettings, build_milestone_email, format_milestone_email_body, send_email
from tests.support.certificates import LoopbackCertificates, make_loopback_certificates

SENDER = "ChainBridge <notify@chainbridge.test>"
RECIPIENT = "dispatch@carrier.test"
NOTICE = MilestoneNotice(
    event_id="evt_email_1",
    event_type=NotificationEventType.MILESTONE_RELEASED,
    shipment_id="shp_7Q2W",
    payment_intent_id="pi_3K9D",
    milestone="POD_CONFIRMED",
    amount_minor=700004,
    currency="USD",
    status="APPROVED",
    occurred_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
)


@dataclass
class ReceivedMail:
    mail_from: str
    recipients: list[str]
    content: bytes
    over_tls: bool
    authenticated_as: str | None


class Mailbox:
    """The aiosmtpd handler: keeps what it accepts; handle_RCPT can be replaced to refuse recipients."""

    def __init__(self) -> None:
        self.received: list[ReceivedMail] = []
        self.refuse_recipient: str | None = None

    async def handle_RCPT(self, server, session, envelope, address: str, rcpt_options) -> str:
        if self.refuse_recipient is not None:
            return self.refuse_recipient
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:
        login = session.auth_data.login.decode() if session.authenticated else None
        self.received.append(ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), envelope.content, session.ssl is not None, login))
        return "250 Message accepted"


class LoopbackController(Controller):
    """aiosmtpd's Controller on an OS-chosen port: it would otherwise probe port 0 when starting."""

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@pytest.fixture
def certificates(tmp_path) -> LoopbackCertificates:
    return make_loopback_certificates(tmp_path / "tls", ip_addresses=("127.0.0.1",))


@pytest.fixture
def start_smtp() -> Iterator[Callable[..., tuple[LoopbackController, Mailbox]]]:
    """Start SMTP servers on 127.0.0.1 with the given aiosmtpd options; every one is stopped afterwards."""
    started: list[LoopbackController] = []

    def start(**smtp_options: Any) -> tuple[LoopbackController, Mailbox]:
        mailbox = Mailbox()
        controller = LoopbackController(mailbox, hostname="127.0.0.1", port=0, server_hostname="smtp.chainbridge.test", **smtp_options)
        started.append(controller)
        controller.start()
        return controller, mailbox

    yield start
    for controller in started:
        controller.stop()


def settings_for(controller: LoopbackController, **overrides: Any) -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=controller.port, local_hostname="pay.chainbridge.test", timeout_seconds=5.0, **overrides)


def message():
    return build_milestone_email(NOTICE, sender=SENDER, recipient=RECIPIENT)


def accept_only(login: str, password: str):
    def authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:
        accepted = isinstance(auth_data, LoginPassword) and auth_data.login == login.encode() and auth_data.password == password.encode()
        return AuthResult(success=accepted, handled=False, auth_data=auth_data if accepted else None)

    return authenticator


def test_the_message_arrives_over_starttls_with_the_expected_body(start_smtp, certificates):
    controller, mailbox = start_smtp(tls_context=certificates.server_context(), require_starttls=True)

    result = send_email(message(), settings_for(controller, require_starttls=True, tls_context=certificates.client_context()))

    assert (result.outcome, result.error, result.used_tls) == (DeliveryOutcome.DELIVERED, None, True)
    [mail] = mailbox.received
    assert mail.over_tls
    assert (mail.mail_from, mail.recipients) == ("notify@chainbridge.test", [RECIPIENT])
    parsed = email.message_from_bytes(mail.content, policy=email.policy.default)
    assert parsed["Subject"] == "Milestone payment released: shipment shp_7Q2W"
    assert parsed["Message-ID"] == "<evt_email_1.milestone.released@chainbridge.test>"
    assert parsed.get_content_type() == "text/plain"
    body = parsed.get_content().replace("\r\n", "\n")  # SMTP carries lines ending in CRLF
    assert body == format_milestone_email_body(NOTICE)
    assert "Amount:         7000.04 USD\n" in body and "Shipment:       shp_7Q2W\n" in body


def test_credentials_are_sent_only_after_starttls_and_accepted(start_smtp, certificates):
    controller, mailbox = start_smtp(
        tls_context=certificates.server_context(), require_starttls=True, auth_required=True, authenticator=accept_only("pay", "s3cret")
    )

    result = send_email(message(), settings_for(controller, username="pay", password="s3cret", tls_context=certificates.client_context()))

    assert result.delivered and result.used_tls, result.error
    [mail] = mailbox.received
    assert mail.over_tls and mail.authenticated_as == "pay"


def test_wrong_credentials_fail_the_attempt_retryably_and_send_nothing(start_smtp, certificates):
    controller, mailbox = start_smtp(
        tls_context=certificates.server_context(), require_starttls=True, auth_required=True, authenticator=accept_only("pay", "s3cret")
    )

    result = send_email(message(), settings_for(controller, username="pay", password="wrong", tls_context=certificates.client_context()))

    assert (result.outcome, result.smtp_code) == (DeliveryOutcome.RETRYABLE_FAILURE, 535)
    assert mailbox.received == []


def test_without_starttls_offered_the_message_goes_in_plain_text_unless_tls_is_required(start_smtp):
    controller, mailbox = start_smtp()

    opportunistic = send_email(message(), settings_for(controller))
    assert opportunistic.delivered and not opportunistic.used_tls
    assert [mail.over_tls for mail in mailbox.received] == [False]

    required = send_email(message(), settings_for(controller, require_starttls=True))
    assert required.outcome is DeliveryOutcome.RETRYABLE_FAILURE
    assert "does not offer STARTTLS" in required.error
    assert len(mailbox.received) == 1  # only the opportunistic one


def test_credentials_are_never_sent_without_tls(start_smtp):
    controller, mailbox = start_smtp()

    result = send_email(message(), settings_for(controller, username="pay", password="s3cret"))

    assert result.outcome is DeliveryOutcome.RETRYABLE_FAILURE
    assert "credentials without TLS" in result.error
    assert mailbox.received == []


def test_an_untrusted_certificate_fails_the_attempt_instead_of_falling_back_to_plain_text(start_smtp, certificates):
    controller, mailbox = start_smtp(tls_context=certificates.server_context())

    # The client trusts only the system's CAs, which did not sign the test server's certificate.
    result = send_email(message(), settings_for(controller))

    assert result.outcome is DeliveryOutcome.RETRYABLE_FAILURE
    assert "certificate verify failed" in result.error
    assert mailbox.received == []


def test_a_permanently_refused_recipient_is_a_permanent_failure(start_smtp, certificates):
    controller, mailbox = start_smtp(tls_context=certificates.server_context())
    mailbox.refuse_recipient = "550 5.1.1 No such mailbox"

    result = send_email(message(), settings_for(controller, tls_context=certificates.client_context()))

    assert (result.outcome, result.smtp_code) == (DeliveryOutcome.PERMANENT_FAILURE, 550)
    assert mailbox.received == []


def test_a_temporarily_refused_recipient_is_retryable(start_smtp, certificates):
    controller, mailbox = start_smtp(tls_context=certificates.server_context())
    mailbox.refuse_recipient = "451 4.3.0 Try again later"

    result = send_email(message(), settings_for(controller, tls_context=certificates.client_context()))

    assert (result.outcome, result.smtp_code) == (DeliveryOutcome.RETRYABLE_FAILURE, 451)


def test_a_message_for_several_recipients_is_refused_before_connecting():
    several = message()
    several.replace_header("To", "a@carrier.test, b@carrier.test")
    with pytest.raises(ValueError, match="exactly one recipient"):
        send_email(several, SmtpSettings(host="127.0.0.1", port=1))
