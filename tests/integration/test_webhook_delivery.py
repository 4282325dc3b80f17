"""Webhook delivery to real HTTP(S) receivers on 127.0.0.1 that check the signature with the
client package, as a subscriber would. Hostnames go through an injected resolver: no real DNS."""

from __future__ import annotations

import http.server
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest

from chainbridge_client.webhooks import SIGNATURE_HEADER, WebhookVerificationError, verify_webhook
from chainbridge_common.runtime.clock import FakeClock
from pay_server.domain.notices import DeliveryOutcome
from pay_server.notifications.webhooks import WebhookDeliverySettings, build_event_body, deliver_webhook, generate_webhook_secret
from tests.support.certificates import LoopbackCertificates, make_loopback_certificates

SENT_AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
# Loopback receivers need both development flags; the SSRF tests turn them off again.
LOOPBACK = WebhookDeliverySettings(allow_http=True, allow_private_targets=True, timeout_seconds=5.0)
HOOK_HOST = "hooks.carrier.test"


@dataclass
class ReceivedRequest:
    path: str
    headers: dict[str, str]
    body: bytes
    event: dict | None  # the verified event, or None when verification failed
    verification_error: str | None


@dataclass
class Reply:
    status: int = 204
    headers: dict[str, str] = field(default_factory=dict)


class Receiver:
    """A subscriber's endpoint: verifies each request with chainbridge_client and answers per `reply`."""

    def __init__(self, secret: str, *, tls: LoopbackCertificates | None = None):
        self.secret = secret
        self.requests: list[ReceivedRequest] = []
        self.reply: Callable[[ReceivedRequest], Reply] = lambda request: Reply(204 if request.event is not None else 400)
        self.server_names: list[str | None] = []  # SNI seen in TLS handshakes
        self.release = threading.Event()  # lets a deliberately stalled reply finish at teardown
        self._server = _ReceiverServer(("127.0.0.1", 0), _ReceiverHandler, receiver=self)
        if tls is not None:
            context = tls.server_context()
            context.sni_callback = lambda tls_object, server_name, context: self.server_names.append(server_name)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        # A short poll interval only makes shutdown() prompt; requests are served as they arrive.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="webhook-receiver", daemon=True
        )
        self._thread.start()

    def url(self, path: str = "/hooks", *, scheme: str = "http", host: str = "127.0.0.1") -> str:
        return f"{scheme}://{host}:{self.port}{path}"

    def stop(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()  # joins the request threads
        self._thread.join()


class _ReceiverServer(http.server.ThreadingHTTPServer):
    def __init__(self, address: tuple[str, int], handler: type, *, receiver: Receiver):
        super().__init__(address, handler)
        self.receiver = receiver

    def handle_error(self, request, client_address) -> None:
        pass  # a client that gave up (the timeout test) leaves a broken pipe behind; that is expected


class _ReceiverHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _ReceiverServer

    def do_POST(self) -> None:
        receiver = self.server.receiver
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            event, error = verify_webhook(body, self.headers.get(SIGNATURE_HEADER, ""), receiver.secret), None
        except WebhookVerificationError as failure:
            event, error = None, str(failure)
        request = ReceivedRequest(self.path, dict(self.headers.items()), body, event, error)
        receiver.requests.append(request)
        reply = receiver.reply(request)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def secret() -> str:
    return generate_webhook_secret()


@pytest.fixture
def receiver(secret) -> Iterator[Receiver]:
    started = Receiver(secret)
    yield started
    started.stop()


@pytest.fixture
def certificates(tmp_path) -> LoopbackCertificates:
    return make_loopback_certificates(tmp_path / "tls", dns_names=(HOOK_HOST,))


def event_body(event_id: str = "evt_delivery_1") -> bytes:
    data = {"shipment_id": "shp_1", "milestone": "POD_CONFIRMED", "amount": {"amount_minor": "700004", "currency": "USD"}}
    return build_event_body(event_id=event_id, event_type="milestone.released", created_at=SENT_AT, data=data)


def deliver(url: str, secret: str, settings: WebhookDeliverySettings = LOOPBACK, **options):
    # The receiver checks the timestamp against the real clock, so the attempt is signed with it.
    return deliver_webhook(url, event_body(), secret, settings=settings, **options)


def test_a_delivered_event_arrives_once_with_a_signature_the_receiver_verifies(receiver, secret):
    result = deliver(receiver.url("/hooks?source=chainbridge"), secret)

    assert (result.outcome, result.status_code, result.error) == (DeliveryOutcome.DELIVERED, 204, None)
    assert result.connected_address == "127.0.0.1"
    [request] = receiver.requests
    assert request.verification_error is None
    assert request.event is not None and request.event["id"] == "evt_delivery_1"
    assert request.body == event_body()
    assert request.path == "/hooks?source=chainbridge"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"].startswith("ChainBridge-Webhooks/")


def test_each_attempt_is_signed_at_its_own_time(receiver, secret):
    clock = FakeClock(SENT_AT)
    deliver(receiver.url(), secret, clock=clock)
    [request] = receiver.requests
    assert request.headers[SIGNATURE_HEADER].startswith(f"t={int(SENT_AT.timestamp())},v1=")
    assert request.verification_error is not None and "from now" in request.verification_error  # the receiver's clock is real


def test_a_rotated_secret_verifies_at_a_receiver_still_holding_the_old_one(receiver, secret):
    result = deliver(receiver.url(), generate_webhook_secret(), previous_secrets=[secret])
    assert result.delivered
    assert receiver.requests[0].headers[SIGNATURE_HEADER].count("v1=") == 2


def test_a_receiver_refusing_the_signature_is_a_retryable_failure(receiver):
    result = deliver(receiver.url(), generate_webhook_secret())
    assert (result.outcome, result.status_code) == (DeliveryOutcome.RETRYABLE_FAILURE, 400)
    assert "no signature matches" in receiver.requests[0].verification_error


def test_a_server_error_is_retryable(receiver, secret):
    receiver.reply = lambda request: Reply(500)
    result = deliver(receiver.url(), secret)
    assert (result.outcome, result.status_code, result.error) == (DeliveryOutcome.RETRYABLE_FAILURE, 500, "HTTP 500")


def test_gone_is_a_permanent_failure(receiver, secret):
    receiver.reply = lambda request: Reply(410)
    result = deliver(receiver.url(), secret)
    assert (result.outcome, result.status_code) == (DeliveryOutcome.PERMANENT_FAILURE, 410)


def test_a_redirect_to_an_internal_address_is_not_followed(receiver, secret):
    internal = Receiver(secret)
    try:
        receiver.reply = lambda request: Reply(302, {"Location": internal.url("/admin/metadata")})
        result = deliver(receiver.url(), secret)
    finally:
        internal.stop()

    assert (result.outcome, result.status_code) == (DeliveryOutcome.RETRYABLE_FAILURE, 302)
    assert "not followed" in result.error and "/admin/metadata" in result.error
    assert len(receiver.requests) == 1
    assert internal.requests == []


def test_a_receiver_that_does_not_answer_in_time_is_a_retryable_timeout(receiver, secret):
    def stall(request: ReceivedRequest) -> Reply:
        receiver.release.wait(timeout=30)  # released by receiver.stop(), after the client gave up
        return Reply(204)

    receiver.reply = stall
    result = deliver(
        receiver.url(), secret, settings=WebhookDeliverySettings(allow_http=True, allow_private_targets=True, timeout_seconds=0.3)
    )
    assert (result.outcome, result.status_code, result.error) == (DeliveryOutcome.RETRYABLE_FAILURE, None, "timed out")


def test_a_refused_connection_is_retryable(secret):
    with socket.socket() as placeholder:
        placeholder.bind(("127.0.0.1", 0))
        closed_port = placeholder.getsockname()[1]
    result = deliver(f"http://127.0.0.1:{closed_port}/hooks", secret)
    assert result.outcome is DeliveryOutcome.RETRYABLE_FAILURE
    assert "could not connect" in result.error and "127.0.0.1" in result.error


def test_when_one_vetted_address_refuses_the_next_one_is_tried(receiver, secret):
    # Nothing listens on 127.0.0.2 (the receiver is bound to 127.0.0.1), so that connection is refused.
    result = deliver(receiver.url(host=HOOK_HOST), secret, resolver=lambda host, port: ["127.0.0.2", "127.0.0.1"])
    assert result.delivered, result.error
    assert result.connected_address == "127.0.0.1"
    assert len(receiver.requests) == 1


# ---------------------------------------------------------------------------- SSRF at delivery time


def test_a_loopback_receiver_is_refused_without_the_private_targets_flag(receiver, secret):
    result = deliver(receiver.url(), secret, settings=WebhookDeliverySettings(allow_http=True))
    assert (result.outcome, result.status_code) == (DeliveryOutcome.PERMANENT_FAILURE, None)
    assert "loopback" in result.error
    assert receiver.requests == []


def test_a_name_that_now_resolves_to_a_private_address_is_refused_and_retried_later(receiver, secret):
    result = deliver(
        receiver.url(host=HOOK_HOST), secret, settings=WebhookDeliverySettings(allow_http=True), resolver=lambda host, port: ["127.0.0.1"]
    )
    # DNS can change back, so this is worth another attempt; nothing was sent.
    assert result.outcome is DeliveryOutcome.RETRYABLE_FAILURE
    assert f"host '{HOOK_HOST}' points to a loopback address" in result.error
    assert receiver.requests == []


def test_plain_http_is_refused_without_its_flag(receiver, secret):
    result = deliver(receiver.url(), secret, settings=WebhookDeliverySettings(allow_private_targets=True))
    assert result.outcome is DeliveryOutcome.PERMANENT_FAILURE and "https" in result.error
    assert receiver.requests == []


# ---------------------------------------------------------------------------- HTTPS pinned to the vetted address


@pytest.fixture
def tls_receiver(secret, certificates) -> Iterator[Receiver]:
    started = Receiver(secret, tls=certificates)
    yield started
    started.stop()


def test_https_connects_to_the_vetted_address_with_sni_and_certificate_for_the_name(tls_receiver, secret, certificates):
    lookups: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"]

    settings = WebhookDeliverySettings(allow_private_targets=True, tls_context=certificates.client_context())
    result = deliver(tls_receiver.url(scheme="https", host=HOOK_HOST), secret, settings=settings, resolver=resolver)

    assert result.delivered, result.error
    assert lookups == [HOOK_HOST]  # resolved once; the connection went to that answer, not a second lookup
    assert tls_receiver.server_names == [HOOK_HOST]
    [request] = tls_receiver.requests
    assert request.headers["Host"] == f"{HOOK_HOST}:{tls_receiver.port}"
    assert request.event is not None


def test_https_refuses_a_certificate_for_another_name(tls_receiver, secret, certificates):
    settings = WebhookDeliverySettings(allow_private_targets=True, tls_context=certificates.client_context())
    result = deliver(
        tls_receiver.url(scheme="https", host="other.carrier.test"), secret, settings=settings, resolver=lambda host, port: ["127.0.0.1"]
    )

    assert result.outcome is DeliveryOutcome.RETRYABLE_FAILURE
    assert "Hostname mismatch" in result.error
    assert tls_receiver.requests == []


def test_https_refuses_an_untrusted_certificate(tls_receiver, secret):
    settings = WebhookDeliverySettings(allow_private_targets=True, tls_context=ssl.create_default_context())
    result = deliver(tls_receiver.url(scheme="https", host=HOOK_HOST), secret, settings=settings, resolver=lambda host, port: ["127.0.0.1"])

    assert result.outcome is DeliveryOutcome.RETRYABLE_FAILURE
    assert "certificate verify failed" in result.error
    assert tls_receiver.requests == []
