"""Signed webhooks, sent the way Stripe sends them.

A body is a deterministic JSON event; each attempt is signed with the subscription's secret as
`ChainBridge-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "{t}.{body}">` and POSTed to a
URL that was vetted against SSRF both when it was subscribed and again at every attempt. The
outbox worker that drives these functions owns the storage; nothing here touches a database.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import ipaddress
import json
import random as _random
import re
import secrets
import socket
import ssl
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

from chainbridge_common.runtime.clock import Clock, SystemClock
from pay_server.domain.notices import EVENT_TYPES, DeliveryOutcome

SIGNATURE_HEADER = "ChainBridge-Signature"
SIGNATURE_SCHEME = "v1"
SECRET_PREFIX = "whsec_"
# Dated like Stripe's: a receiver can tell which payload shape it was sent.
API_VERSION = "2026-11-27"
USER_AGENT = "ChainBridge-Webhooks/1.0"

# Integers beyond 2^53 lose digits in JavaScript's JSON.parse; amounts travel as strings.
MAX_SAFE_JSON_INTEGER = 2**53 - 1
MAX_URL_LENGTH = 2048

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# (host, port) -> the IP addresses the host resolves to, as strings.
Resolver = Callable[[str, int], Sequence[str]]


# ---------------------------------------------------------------------------- signing


def generate_webhook_secret() -> str:
    """A new signing secret: `whsec_` and 32 random bytes (URL-safe base64); shown to the subscriber once."""
    return SECRET_PREFIX + secrets.token_urlsafe(32)


def compute_signature(secret: str, timestamp: int, body: bytes) -> str:
    """Hex HMAC-SHA256, keyed with the whole secret string, of the bytes `"{timestamp}." + body`."""
    signed_payload = str(timestamp).encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), signed_payload, hashlib.sha256).hexdigest()


def sign_payload(secret: str, timestamp: int, body: bytes, *, previous_secrets: Sequence[str] = ()) -> str:
    """The signature header value `t=<timestamp>,v1=<hex>`; while a secret is being rotated the
    previous secrets sign too (one more `v1=` each), so receivers holding either one verify."""
    if isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0:
        raise ValueError(f"timestamp must be non-negative unix seconds, got {timestamp!r}")
    if not secret:
        raise ValueError("the signing secret is empty")
    signatures = [f"{SIGNATURE_SCHEME}={compute_signature(key, timestamp, body)}" for key in (secret, *previous_secrets)]
    return ",".join([f"t={timestamp}", *signatures])


# ---------------------------------------------------------------------------- payload


def build_event_body(
    *,
    event_id: str,
    event_type: str,
    created_at: datetime,
    data: Mapping[str, Any],
    api_version: str = API_VERSION,
) -> bytes:
    """The JSON body of one event: id (receivers dedup on it), type, created (unix seconds), api_version
    and data, serialised deterministically (sorted keys, no whitespace, ASCII) so that the same event
    always has the same bytes."""
    if not event_id:
        raise ValueError("event_id is empty")
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {event_type!r}; expected one of {sorted(EVENT_TYPES)}")
    if created_at.tzinfo is None:
        raise ValueError("created_at must be timezone-aware")
    document = {
        "id": event_id,
        "object": "event",
        "type": str(event_type),
        "api_version": api_version,
        "created": int(created_at.timestamp()),
        "data": _json_value(data, "data"),
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False).encode("ascii")


def _json_value(value: Any, path: str) -> Any:
    """`value` as plain JSON types; refuses floats (money is exact) and integers JavaScript would round."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, Enum):
        return _json_value(value.value, path)
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_JSON_INTEGER:
            raise ValueError(f"{path}: integer {value} is beyond 2^53; send it as a decimal string")
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(f"{path}: datetime must be timezone-aware")
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, Mapping):
        converted: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError(f"{path}: object keys must be strings, got {key!r}")
            converted[key] = _json_value(item, f"{path}.{key}")
        return converted
    if isinstance(value, list | tuple):
        return [_json_value(item, f"{path}[{index}]") for index, item in enumerate(value)]
    raise ValueError(f"{path}: {type(value).__name__} is not allowed in an event (floats and decimals are never sent)")


# ---------------------------------------------------------------------------- SSRF guard

# Address blocks a webhook may never reach unless private targets are allowed. Python's own
# is_private/is_global moved between releases, so the list is explicit; is_global is only the
# last net for blocks added after this list was written.
_FORBIDDEN_NETWORKS: tuple[tuple[str, ipaddress.IPv4Network | ipaddress.IPv6Network], ...] = tuple(
    (label, ipaddress.ip_network(block))
    for label, block in (
        ("unspecified", "0.0.0.0/8"),
        ("private (RFC 1918)", "10.0.0.0/8"),
        ("shared carrier-grade NAT (RFC 6598)", "100.64.0.0/10"),
        ("loopback", "127.0.0.0/8"),
        ("link-local", "169.254.0.0/16"),  # includes the cloud metadata service 169.254.169.254
        ("private (RFC 1918)", "172.16.0.0/12"),
        ("reserved (IETF protocol assignments)", "192.0.0.0/24"),
        ("reserved (documentation)", "192.0.2.0/24"),
        ("reserved (6to4 relay anycast)", "192.88.99.0/24"),
        ("private (RFC 1918)", "192.168.0.0/16"),
        ("reserved (benchmarking)", "198.18.0.0/15"),
        ("reserved (documentation)", "198.51.100.0/24"),
        ("reserved (documentation)", "203.0.113.0/24"),
        ("multicast", "224.0.0.0/4"),
        ("reserved", "240.0.0.0/4"),  # includes the broadcast address 255.255.255.255
        ("unspecified", "::/128"),
        ("loopback", "::1/128"),
        ("reserved (IPv4-compatible and other ::/8 forms)", "::/8"),
        ("reserved (local-use NAT64)", "64:ff9b:1::/48"),
        ("reserved (discard-only)", "100::/64"),
        ("reserved (IETF protocol assignments, Teredo)", "2001::/23"),
        ("reserved (documentation)", "2001:db8::/32"),
        ("reserved (documentation)", "3fff::/20"),
        ("unique local (ULA)", "fc00::/7"),
        ("link-local", "fe80::/10"),
        ("site-local (deprecated)", "fec0::/10"),
        ("multicast", "ff00::/8"),
    )
)
_NAT64_PREFIX = ipaddress.IPv6Network("64:ff9b::/96")
_SIXTOFOUR_PREFIX = ipaddress.IPv6Network("2002::/16")

# Hosts like 2130706433, 0x7f.1 or 0177.0.0.1 that inet_aton would read as an IPv4 address.
_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]*|[0-9]+)(\.(0x[0-9a-f]*|[0-9]+))*\.?$")
_DNS_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]")


def forbidden_address_reason(address: IPAddress) -> str | None:
    """Why a webhook may not connect to `address` (loopback, private, link-local, ...), or None when it may."""
    if isinstance(address, ipaddress.IPv6Address):
        # IPv6 forms that carry an IPv4 address reach that IPv4 address: judge the embedded one.
        embedded, form = None, ""
        if address.ipv4_mapped is not None:
            embedded, form = address.ipv4_mapped, "IPv4-mapped"
        elif address in _NAT64_PREFIX:
            embedded, form = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF), "NAT64"
        elif address in _SIXTOFOUR_PREFIX and address.sixtofour is not None:
            embedded, form = address.sixtofour, "6to4"
        if embedded is not None:
            reason = forbidden_address_reason(embedded)
            return f"{form} {reason} (as {address})" if reason else None
    for label, network in _FORBIDDEN_NETWORKS:
        if address.version == network.version and address in network:
            return f"{label} address {address}"
    if not address.is_global:
        return f"non-global address {address}"
    return None


def resolve_with_system_dns(host: str, port: int) -> list[str]:
    """The addresses `host` resolves to for a TCP connection, in the resolver's order, without repeats."""
    addresses: list[str] = []
    for *_, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP):
        address = str(sockaddr[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


@dataclass(frozen=True)
class WebhookTarget:
    """A vetted destination: the name for Host, SNI and the certificate check, and the IPs to connect to."""

    scheme: str
    host: str  # ASCII (IDNA) host name or IP literal
    port: int
    request_target: str  # path and query, as sent on the request line
    addresses: tuple[str, ...]  # every one checked; connected to directly, never resolved again


class WebhookTargetRefused(Exception):
    """The URL may not be delivered to; `permanent` is False when only its DNS answer was at fault."""

    def __init__(self, violations: Sequence[str], *, permanent: bool):
        super().__init__("; ".join(violations))
        self.violations = list(violations)
        self.permanent = permanent


def vet_webhook_target(
    url: str,
    *,
    allow_private_targets: bool = False,
    allow_http: bool = False,
    resolver: Resolver = resolve_with_system_dns,
) -> WebhookTarget:
    """Check a webhook URL's form, resolve its host once and check every address; raise WebhookTargetRefused otherwise."""
    shape_violations, parts = _url_shape(url, allow_http=allow_http)
    if parts is None or shape_violations:
        raise WebhookTargetRefused(shape_violations, permanent=True)
    scheme, host, port, request_target = parts

    try:
        literal: IPAddress | None = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        candidates: Sequence[str] = [str(literal)]
    else:
        try:
            candidates = list(resolver(host, port))
        except (OSError, UnicodeError) as error:
            raise WebhookTargetRefused([f"host {host!r} does not resolve: {error}"], permanent=False) from None
        if not candidates:
            raise WebhookTargetRefused([f"host {host!r} resolves to no address"], permanent=False)

    violations: list[str] = []
    addresses: list[str] = []
    for candidate in candidates:
        try:
            address = ipaddress.ip_address(candidate)
        except ValueError:
            violations.append(f"host {host!r} resolved to {candidate!r}, which is not an IP address")
            continue
        # Every answer is judged, not just the first: a name that mixes a public and a private
        # record must not reach the private one on a later connection attempt.
        reason = None if allow_private_targets else forbidden_address_reason(address)
        if reason is not None:
            violations.append(f"host {host!r} points to a {reason}")
        addresses.append(str(address))
    if violations:
        raise WebhookTargetRefused(violations, permanent=literal is not None)
    return WebhookTarget(scheme=scheme, host=host, port=port, request_target=request_target, addresses=tuple(addresses))


def validate_webhook_url(
    url: str,
    allow_private: bool,
    *,
    allow_http: bool = False,
    resolver: Resolver = resolve_with_system_dns,
) -> list[str]:
    """Everything wrong with a webhook URL at subscription time (an empty list when it is acceptable)."""
    try:
        vet_webhook_target(url, allow_private_targets=allow_private, allow_http=allow_http, resolver=resolver)
    except WebhookTargetRefused as refused:
        return refused.violations
    return []


def _url_shape(url: str, *, allow_http: bool) -> tuple[list[str], tuple[str, str, int, str] | None]:
    """Violations of the URL's form, and (scheme, ASCII host, port, request target) when it parses."""
    if not isinstance(url, str) or not url:
        return ["the URL is empty"], None
    if len(url) > MAX_URL_LENGTH:
        return [f"the URL is longer than {MAX_URL_LENGTH} characters"], None
    if _CONTROL_OR_SPACE.search(url):
        return ["the URL contains spaces or control characters"], None
    try:
        parsed = urlsplit(url)
        port = parsed.port
    except ValueError as error:
        return [f"the URL does not parse: {error}"], None

    violations: list[str] = []
    scheme = parsed.scheme.lower()
    if scheme == "http" and not allow_http:
        violations.append("the URL must use https (plain http is allowed only in development)")
    elif scheme not in ("https", "http"):
        violations.append(f"the URL must use https, not {scheme or 'no scheme'!r}")
    if parsed.username is not None or parsed.password is not None:
        violations.append("the URL must not carry credentials (user:password@)")
    if parsed.fragment:
        violations.append("the URL must not have a #fragment (it is never sent)")
    if port == 0:
        violations.append("the URL's port must be between 1 and 65535")

    host = _ascii_host(parsed.hostname or "", violations)
    request_target = (parsed.path or "/") + (f"?{parsed.query}" if parsed.query else "")
    if not request_target.isascii():
        violations.append("the URL's path and query must be ASCII (percent-encode other characters)")
    if violations:
        return violations, None
    default_port = 443 if scheme == "https" else 80
    return [], (scheme, host, port or default_port, request_target)


def _ascii_host(hostname: str, violations: list[str]) -> str:
    """The host as it goes on the wire (IDNA A-labels, or an IP literal); appends what is wrong with it."""
    if not hostname:
        violations.append("the URL has no host")
        return ""
    try:
        return str(ipaddress.ip_address(hostname))
    except ValueError:
        pass
    if _NUMERIC_HOST.match(hostname):
        violations.append(f"host {hostname!r} is an ambiguous numeric form; write the IP address in dotted or IPv6 form")
        return ""
    try:
        ascii_host = hostname.encode("idna").decode("ascii").lower()
    except UnicodeError:
        violations.append(f"host {hostname!r} is not a valid domain name")
        return ""
    labels = ascii_host.removesuffix(".").split(".")
    if len(ascii_host) > 253 or not all(_DNS_LABEL.match(label) for label in labels):
        violations.append(f"host {hostname!r} is not a valid domain name")
        return ""
    return ascii_host


# ---------------------------------------------------------------------------- delivery

# Statuses after which retrying cannot help: the receiver says the endpoint is gone for good.
PERMANENT_FAILURE_STATUSES: frozenset[int] = frozenset({410})


@dataclass(frozen=True)
class WebhookDeliverySettings:
    """How deliveries are made; the two allow_* flags are for development and tests only."""

    timeout_seconds: float = 10.0
    allow_http: bool = False
    allow_private_targets: bool = False
    # None: the system's trust store, with certificate and hostname checks on.
    tls_context: ssl.SSLContext | None = field(default=None, compare=False)
    user_agent: str = USER_AGENT
    max_response_excerpt_bytes: int = 1024


@dataclass(frozen=True)
class DeliveryResult:
    """The outcome of one attempt, as recorded in the delivery log."""

    outcome: DeliveryOutcome
    status_code: int | None
    error: str | None
    duration_seconds: float
    response_excerpt: str = ""  # the start of the response body, for the delivery log
    connected_address: str | None = None

    @property
    def delivered(self) -> bool:
        return self.outcome is DeliveryOutcome.DELIVERED

    @property
    def retryable(self) -> bool:
        return self.outcome is DeliveryOutcome.RETRYABLE_FAILURE


def deliver_webhook(
    url: str,
    body: bytes,
    secret: str,
    *,
    previous_secrets: Sequence[str] = (),
    settings: WebhookDeliverySettings | None = None,
    clock: Clock | None = None,
    resolver: Resolver = resolve_with_system_dns,
) -> DeliveryResult:
    """POST one signed event to `url`, signed now (so a late retry still passes the receiver's
    tolerance); 2xx is delivered, 410 a permanent failure, anything else (3xx, timeouts) retryable."""
    settings = settings or WebhookDeliverySettings()
    clock = clock or SystemClock()
    started = time.monotonic()

    def result(outcome: DeliveryOutcome, **details: Any) -> DeliveryResult:
        return DeliveryResult(outcome=outcome, duration_seconds=time.monotonic() - started, **details)

    try:
        # Vetted again at every attempt: DNS may have changed since the subscription was made.
        target = vet_webhook_target(
            url, allow_private_targets=settings.allow_private_targets, allow_http=settings.allow_http, resolver=resolver
        )
    except WebhookTargetRefused as refused:
        outcome = DeliveryOutcome.PERMANENT_FAILURE if refused.permanent else DeliveryOutcome.RETRYABLE_FAILURE
        return result(outcome, status_code=None, error=f"target refused: {refused}")

    headers = {
        "Content-Type": "application/json",
        "User-Agent": settings.user_agent,
        SIGNATURE_HEADER: sign_payload(secret, int(clock.now().timestamp()), body, previous_secrets=previous_secrets),
        "Connection": "close",
    }
    deadline = started + settings.timeout_seconds
    connect_errors: list[str] = []
    for address in target.addresses:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            connect_errors.append(f"{address}: not tried, the attempt's time limit passed")
            break
        connection = _pinned_connection(target, address, settings, timeout_seconds=remaining)
        try:
            try:
                connection.connect()
            except OSError as error:
                # Nothing was sent yet, so the next vetted address may be tried safely.
                connect_errors.append(f"{address}: {_describe(error)}")
                continue
            _limit_to(connection, deadline)
            connection.request("POST", target.request_target, body=body, headers=headers)
            _limit_to(connection, deadline)
            response = connection.getresponse()
            excerpt = response.read(settings.max_response_excerpt_bytes).decode("utf-8", errors="replace")
            outcome, error_text = _classify_status(response.status, response.getheader("Location"))
            return result(outcome, status_code=response.status, error=error_text, response_excerpt=excerpt, connected_address=address)
        except (OSError, http.client.HTTPException) as error:
            return result(DeliveryOutcome.RETRYABLE_FAILURE, status_code=None, error=_describe(error), connected_address=address)
        finally:
            connection.close()
    return result(DeliveryOutcome.RETRYABLE_FAILURE, status_code=None, error="could not connect: " + "; ".join(connect_errors))


def _classify_status(status: int, location: str | None) -> tuple[DeliveryOutcome, str | None]:
    if 200 <= status < 300:
        return DeliveryOutcome.DELIVERED, None
    if status in PERMANENT_FAILURE_STATUSES:
        return DeliveryOutcome.PERMANENT_FAILURE, f"HTTP {status}: the endpoint is gone"
    if 300 <= status < 400:
        # Never followed: a redirect is how an allowed host would point us at an internal one.
        return DeliveryOutcome.RETRYABLE_FAILURE, f"HTTP {status}: redirect to {(location or '')[:200]!r} not followed"
    return DeliveryOutcome.RETRYABLE_FAILURE, f"HTTP {status}"


def _describe(error: BaseException) -> str:
    if isinstance(error, TimeoutError):
        return "timed out"
    return f"{type(error).__name__}: {error}"


def _limit_to(connection: http.client.HTTPConnection, deadline: float) -> None:
    """Shrink the socket timeout to what is left of the attempt's time limit."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError("the attempt's deadline passed")
    if connection.sock is not None:
        connection.sock.settimeout(remaining)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """HTTP to a vetted IP while the Host header names the host: no second DNS lookup to rebind."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._pinned_address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._pinned_address, self.port), self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a vetted IP, with SNI and the certificate checked against the host name."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float, context: ssl.SSLContext):
        super().__init__(host, port, timeout=timeout, context=context)
        self._pinned_address = address
        self._tls_context = context

    def connect(self) -> None:
        raw = socket.create_connection((self._pinned_address, self.port), self.timeout)
        try:
            raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.sock = self._tls_context.wrap_socket(raw, server_hostname=self.host)
        except BaseException:
            raw.close()
            raise


def _pinned_connection(
    target: WebhookTarget, address: str, settings: WebhookDeliverySettings, *, timeout_seconds: float
) -> http.client.HTTPConnection:
    if target.scheme == "https":
        context = settings.tls_context or ssl.create_default_context()
        return _PinnedHTTPSConnection(target.host, target.port, address=address, timeout=timeout_seconds, context=context)
    return _PinnedHTTPConnection(target.host, target.port, address=address, timeout=timeout_seconds)


# ---------------------------------------------------------------------------- retries


@dataclass(frozen=True)
class RetrySchedule:
    """Exponential backoff with jitter, capped, for about three days (as Stripe retries)."""

    first_delay: timedelta = timedelta(minutes=1)
    max_delay: timedelta = timedelta(hours=6)
    give_up_after: timedelta = timedelta(days=3)


DEFAULT_RETRY_SCHEDULE = RetrySchedule()


def retry_delay(
    attempts_made: int, *, schedule: RetrySchedule = DEFAULT_RETRY_SCHEDULE, random: Callable[[], float] = _random.random
) -> timedelta:
    """The wait after `attempts_made` failed attempts: first_delay doubling per attempt, capped at max_delay,
    then a random point in its upper half, so receivers that failed together are not retried in lockstep."""
    if attempts_made < 1:
        raise ValueError(f"attempts_made counts failed attempts and starts at 1, got {attempts_made}")
    # Past 2^40 minutes any cap is reached; stopping there keeps the arithmetic small.
    nominal = min(schedule.first_delay * 2 ** min(attempts_made - 1, 40), schedule.max_delay)
    return nominal / 2 + nominal / 2 * random()


def next_attempt_at(
    attempts_made: int,
    first_attempt_at: datetime,
    failed_at: datetime,
    *,
    schedule: RetrySchedule = DEFAULT_RETRY_SCHEDULE,
    random: Callable[[], float] = _random.random,
) -> datetime | None:
    """When to try again after the attempt that failed at `failed_at`, or None to give up; the last try
    lands on first_attempt_at + give_up_after, so every delivery gets one attempt at the end of the window."""
    deadline = first_attempt_at + schedule.give_up_after
    if failed_at >= deadline:
        return None
    return min(failed_at + retry_delay(attempts_made, schedule=schedule, random=random), deadline)
