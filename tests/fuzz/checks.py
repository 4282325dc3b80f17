"""Calling any RPC of either service with any request, and what every answer must be.

Whatever the request: no UNKNOWN or INTERNAL; no DEADLINE_EXCEEDED or UNAVAILABLE (both
servers and their databases are up, so those mean a hang or a crash); every error carries
a google.rpc.ErrorInfo with an UPPER_SNAKE reason and the service's domain; every
INVALID_ARGUMENT names at least one field in a google.rpc.BadRequest; no message leaks
a stack trace or SQL; and no answer carries an id that breaks the id rules. The one
exception: a request above the server's message size limit is refused by grpcio itself
with a bare RESOURCE_EXHAUSTED.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

import grpc
from google.protobuf.descriptor import FieldDescriptor, MethodDescriptor, ServiceDescriptor
from google.protobuf.message import Message

from freight_server.server import ERROR_DOMAIN as FREIGHT_DOMAIN
from pay_server.rpc.servicer import WATCH_START_CURSOR_HEADER
from pay_server.server import ERROR_DOMAIN as PAYMENT_DOMAIN
from tests.fuzz.strategies import FREIGHT_SERVICE, ID_FIELDS, PAYMENT_SERVICE, KnownIds, is_repeated, message_class
from tests.support.rpc import RichError, rich_error
from tests.support.servers import Stack

# Generous: the slowest legitimate call (a PostgreSQL write under load) takes well under
# a second here, so hitting this means the server hung.
CALL_TIMEOUT_SECONDS = 15.0
# How long an open WatchSettlements stream is watched for a late error before it is
# cancelled. Only bounds how long a broken stream could go unnoticed; never a pass/fail wait.
WATCH_IDLE_SECONDS = 0.25

FORBIDDEN_CODES = {
    grpc.StatusCode.UNKNOWN,
    grpc.StatusCode.INTERNAL,
    grpc.StatusCode.DEADLINE_EXCEEDED,
    grpc.StatusCode.UNAVAILABLE,
}
REASON_PATTERN = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")
ID_PATTERN = re.compile(r"[A-Za-z0-9_\-]{1,64}")
# Id fields that follow the id rules (carrier_id is free text, request_id any printable text).
WELL_FORMED_ID_FIELDS = {name for name in ID_FIELDS if name not in ("carrier_id", "request_id")}
# Case-sensitive: "SELECT" is SQL, "select" may be English.
LEAK_MARKERS = ("Traceback", "SELECT", "sqlalchemy", "psycopg", 'File "')


@dataclass(frozen=True)
class Outcome:
    code: grpc.StatusCode
    response: Message | None = None
    error: RichError | None = None


@dataclass
class Endpoint:
    """One service of the stack, called through a generic channel (typed or raw bytes)."""

    service: ServiceDescriptor
    channel: grpc.Channel
    domain: str
    max_request_bytes: int

    def method(self, name: str) -> MethodDescriptor:
        return self.service.methods_by_name[name]

    def _path(self, method: MethodDescriptor) -> str:
        return f"/{self.service.full_name}/{method.name}"

    def call(self, method: MethodDescriptor, request: Message | bytes) -> Outcome:
        raw = isinstance(request, bytes)
        serializer = None if raw else type(request).SerializeToString
        deserializer = None if raw else message_class(method.output_type).FromString
        if method.server_streaming:
            stream = self.channel.unary_stream(self._path(method), request_serializer=serializer, response_deserializer=deserializer)
            return _watch(stream(request, timeout=CALL_TIMEOUT_SECONDS))
        unary = self.channel.unary_unary(self._path(method), request_serializer=serializer, response_deserializer=deserializer)
        try:
            return Outcome(grpc.StatusCode.OK, response=unary(request, timeout=CALL_TIMEOUT_SECONDS))
        except grpc.RpcError as error:
            return Outcome(error.code(), error=_rich_error(error))


def _watch(call) -> Outcome:
    """Open a stream, see it start (or fail), watch it briefly for a late error, cancel it."""
    ended = threading.Event()
    call.add_done_callback(lambda _call: ended.set())
    started = dict(call.initial_metadata() or ()).get(WATCH_START_CURSOR_HEADER) is not None
    if started and not ended.wait(WATCH_IDLE_SECONDS):
        call.cancel()
        return Outcome(grpc.StatusCode.OK)
    ended.wait(CALL_TIMEOUT_SECONDS)
    code = call.code()
    if code is grpc.StatusCode.CANCELLED and started:
        return Outcome(grpc.StatusCode.OK)
    if code is grpc.StatusCode.OK:
        return Outcome(code)
    return Outcome(code, error=_rich_error(call))


def _rich_error(error) -> RichError:
    """rich_error, or the bare status when the client could not read the details (e.g.
    the transport replaced the server's status because its trailers were too large)."""
    try:
        return rich_error(error)
    except ValueError as unreadable:
        return RichError(error.code(), f"{error.details()} [details unreadable: {unreadable}]", "", "", {}, {})


def endpoints(stack: Stack) -> dict[str, Endpoint]:
    channels = {
        "FreightService": grpc.insecure_channel(f"127.0.0.1:{stack.freight.port}"),
        "PaymentService": grpc.insecure_channel(f"127.0.0.1:{stack.pay.port}"),
    }
    stack.channels.extend(channels.values())
    return {
        "FreightService": Endpoint(
            FREIGHT_SERVICE, channels["FreightService"], FREIGHT_DOMAIN, stack.freight.host.settings.max_message_bytes
        ),
        "PaymentService": Endpoint(PAYMENT_SERVICE, channels["PaymentService"], PAYMENT_DOMAIN, stack.pay.host.settings.max_message_bytes),
    }


def problems(outcome: Outcome, endpoint: Endpoint, request: Message | bytes) -> list[str]:
    """What is wrong with an answer; empty when it satisfies every property."""
    size = len(request) if isinstance(request, bytes) else request.ByteSize()
    if size > endpoint.max_request_bytes:
        # grpcio refuses it before any handler runs: the one error without our details.
        expected = grpc.StatusCode.RESOURCE_EXHAUSTED
        return [] if outcome.code is expected else [f"a {size}-byte request answered {outcome.code.name}, not {expected.name}"]
    domain = endpoint.domain
    found: list[str] = []
    if outcome.code in FORBIDDEN_CODES:
        found.append(f"status {outcome.code.name}")
    error = outcome.error
    if outcome.code is grpc.StatusCode.OK or error is None:
        return found
    if not REASON_PATTERN.match(error.reason):
        found.append(f"ErrorInfo.reason {error.reason!r} is missing or not UPPER_SNAKE")
    if error.domain != domain:
        found.append(f"ErrorInfo.domain {error.domain!r}, expected {domain!r}")
    if outcome.code is grpc.StatusCode.INVALID_ARGUMENT and not error.fields:
        found.append("INVALID_ARGUMENT without a google.rpc.BadRequest field violation")
    request_text = request.decode("latin-1") if isinstance(request, bytes) else str(request)
    texts = [error.message, *error.metadata.values(), *error.fields, *error.fields.values()]
    for marker in LEAK_MARKERS:
        # Messages may quote the caller's own input; only text the caller did not send leaks.
        if marker not in request_text and any(marker in text for text in texts):
            found.append(f"message leaks {marker!r}")
    return found


def malformed_ids(message: Message) -> list[str]:
    """Ids in an answer that are not ids: every id the services store or hand back must
    be 1-64 characters of [A-Za-z0-9_-], as their validation promises."""
    found = []
    for descriptor, value in message.ListFields():
        if descriptor.type == FieldDescriptor.TYPE_MESSAGE:
            if not descriptor.message_type.GetOptions().map_entry:
                for item in value if is_repeated(descriptor) else [value]:
                    found.extend(malformed_ids(item))
        elif (
            descriptor.name in WELL_FORMED_ID_FIELDS and descriptor.type == FieldDescriptor.TYPE_STRING and not ID_PATTERN.fullmatch(value)
        ):
            found.append(f"{descriptor.full_name}={value!r}")
    return found


def describe(method: MethodDescriptor, request: Message | bytes, outcome: Outcome) -> str:
    shown = repr(request) if isinstance(request, bytes) else str(request)
    if len(shown) > 2000:
        shown = shown[:2000] + f"... ({len(shown)} characters)"
    error = outcome.error
    detail = f"{error.message[:1000]!r} reason={error.reason!r} domain={error.domain!r} fields={list(error.fields)[:5]}" if error else ""
    return f"{method.full_name} answered {outcome.code.name} {detail}\nrequest: {shown}"


class Caller:
    """Calls RPCs of the stack, checks every answer, and learns ids from the answers."""

    def __init__(self, stack: Stack, known: KnownIds):
        self.stack = stack
        self.known = known
        self.endpoints = endpoints(stack)
        self.calls = 0

    def call(self, service: str, method_name: str, request: Message | bytes) -> Outcome:
        endpoint = self.endpoints[service]
        method = endpoint.method(method_name)
        outcome = endpoint.call(method, request)
        self.calls += 1
        found = problems(outcome, endpoint, request)
        assert not found, f"{'; '.join(found)}\n{describe(method, request, outcome)}"
        if isinstance(outcome.response, bytes):  # a raw call: the answer must still parse
            outcome = Outcome(outcome.code, response=message_class(method.output_type).FromString(outcome.response))
        if outcome.response is not None:
            malformed = malformed_ids(outcome.response)
            assert not malformed, f"answer carries malformed ids {malformed}\n{describe(method, request, outcome)}"
            self.known.harvest(outcome.response)
            token = getattr(outcome.response, "next_page_token", "")
            if token and isinstance(request, Message):
                self.known.add_page_token(method_name, request, token)
        return outcome
