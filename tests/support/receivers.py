"""Real receivers of notifications on 127.0.0.1: an HTTP endpoint that verifies every request
with chainbridge_client, as a subscriber would, and an in-process SMTP server (aiosmtpd)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable
from dataclasses import dataclass

from aiosmtpd.controller import Controller

from chainbridge_client.webhooks import SIGNATURE_HEADER, WebhookVerificationError, verify_webhook


@dataclass
class ReceivedHook:
    path: str
    headers: dict[str, str]
    body: bytes
    event: dict | None  # the verified event, or None when verification failed
    verification_error: str | None


class WebhookReceiver:
    """A subscriber's endpoint. `status` decides each answer (204 by default, 400 when the
    signature does not verify); `secret` is set once the subscription is created."""

    def __init__(self) -> None:
        self.secret = ""
        self.requests: list[ReceivedHook] = []
        self.status: Callable[[ReceivedHook], int] = lambda hook: 204 if hook.event is not None else 400
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler, receiver=self)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def url(self, path: str = "/hooks/chainbridge") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    @property
    def verified_events(self) -> list[dict]:
        return [hook.event for hook in self.requests if hook.event is not None]

    def distinct_event_ids(self) -> set[str]:
        """What a receiver that deduplicates on the event id keeps."""
        return {event["id"] for event in self.verified_events}

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


class _Server(http.server.ThreadingHTTPServer):
    def __init__(self, address, handler, *, receiver: WebhookReceiver):
        super().__init__(address, handler)
        self.receiver = receiver


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_POST(self) -> None:
        receiver = self.server.receiver
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            event, error = verify_webhook(body, self.headers.get(SIGNATURE_HEADER, ""), receiver.secret), None
        except WebhookVerificationError as failure:
            event, error = None, str(failure)
        hook = ReceivedHook(self.path, dict(self.headers.items()), body, event, error)
        with receiver._lock:
            receiver.requests.append(hook)
        self.send_response(receiver.status(hook))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@dataclass
class ReceivedMail:
    mail_from: str
    recipients: list[str]
    content: bytes
    over_tls: bool


class Mailbox:
    """The aiosmtpd handler: keeps every message it accepts."""

    def __init__(self) -> None:
        self.received: list[ReceivedMail] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.received.append(ReceivedMail(envelope.mail_from, list(envelope.rcpt_tos), envelope.content, session.ssl is not None))
        return "250 Message accepted"


class LoopbackSmtp(Controller):
    """aiosmtpd's Controller on an OS-chosen port of 127.0.0.1."""

    def __init__(self, mailbox: Mailbox, **options):
        super().__init__(mailbox, hostname="127.0.0.1", port=0, server_hostname="smtp.chainbridge.test", **options)

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()
