"""Webhook signing, the event body, the receivers' verifiers (Python and Node), the SSRF guard and the
retry schedule: all pure, no network (hostnames go through an injected resolver, never real DNS)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from chainbridge_client.webhooks import WebhookVerificationError, verify_webhook
from pay_server.domain.notices import MilestoneNotice, NotificationEventType
from pay_server.notifications.webhooks import (
    DEFAULT_RETRY_SCHEDULE,
    MAX_SAFE_JSON_INTEGER,
    SECRET_PREFIX,
    build_event_body,
    forbidden_address_reason,
    generate_webhook_secret,
    next_attempt_at,
    retry_delay,
    sign_payload,
    validate_webhook_url,
)

ROOT = Path(__file__).resolve().parents[2]
NODE_VERIFIER = ROOT / "clients" / "node" / "webhooks.js"

SECRET = "whsec_test_0123456789abcdef"
SIGNED_AT = 1767603600  # 2026-01-05 09:00:00 UTC
NOTICE = MilestoneNotice(
    event_id="evt_01JGZ8R3V6Q2W9X4Y5Z6A7B8C9",
    event_type=NotificationEventType.MILESTONE_RELEASED,
    shipment_id="shp_7Q2W",
    payment_intent_id="pi_3K9D",
    milestone="POD_CONFIRMED",
    amount_minor=700004,
    currency="USD",
    status="APPROVED",
    occurred_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
)
# The worked example in docs/notifications.md; also checked with `openssl dgst -sha256 -hmac`.
DOCUMENTED_BODY = (
    b'{"api_version":"2026-11-27","created":1767603600,"data":{"amount":{"amount_minor":"700004","currency":"USD"},'
    b'"milestone":"POD_CONFIRMED","occurred_at":"2026-01-05T09:00:00Z","payment_intent_id":"pi_3K9D","shipment_id":"shp_7Q2W",'
    b'"status":"APPROVED"},"id":"evt_01JGZ8R3V6Q2W9X4Y5Z6A7B8C9","object":"event","type":"milestone.released"}'
)
DOCUMENTED_HEADER = "t=1767603600,v1=482b1d292a2b67f86b6128ada4a5346a1348b41c935bc15683482786260ff903"


def notice_body() -> bytes:
    return build_event_body(
        event_id=NOTICE.event_id, event_type=NOTICE.event_type, created_at=NOTICE.occurred_at, data=NOTICE.webhook_data()
    )


# ---------------------------------------------------------------------------- signing and the body


def test_the_documented_example_signs_to_the_documented_header():
    assert notice_body() == DOCUMENTED_BODY
    assert sign_payload(SECRET, SIGNED_AT, DOCUMENTED_BODY) == DOCUMENTED_HEADER


def test_signature_is_hmac_sha256_of_timestamp_dot_body_in_stripes_header_form():
    body = b'{"id":"evt_1"}'
    expected = hmac.new(SECRET.encode(), b"1767603600." + body, hashlib.sha256).hexdigest()
    assert sign_payload(SECRET, SIGNED_AT, body) == f"t=1767603600,v1={expected}"


def test_during_rotation_the_previous_secret_signs_too():
    header = sign_payload("whsec_new", SIGNED_AT, DOCUMENTED_BODY, previous_secrets=["whsec_old"])
    assert header.count("v1=") == 2
    for receiver_secret in ("whsec_new", "whsec_old"):
        assert verify_webhook(DOCUMENTED_BODY, header, receiver_secret, now=SIGNED_AT)["id"] == NOTICE.event_id


def test_signing_refuses_an_empty_secret_and_a_non_integer_timestamp():
    with pytest.raises(ValueError):
        sign_payload("", SIGNED_AT, b"{}")
    with pytest.raises(ValueError):
        sign_payload(SECRET, 1767603600.5, b"{}")  # type: ignore[arg-type]


def test_generated_secrets_are_prefixed_long_and_distinct():
    generated = {generate_webhook_secret() for _ in range(20)}
    assert len(generated) == 20
    for secret in generated:
        assert secret.startswith(SECRET_PREFIX)
        assert len(base64.urlsafe_b64decode(secret.removeprefix(SECRET_PREFIX) + "=")) == 32


def test_event_body_is_deterministic_whatever_the_key_order():
    forwards = build_event_body(
        event_id="evt_1", event_type="payout.paid", created_at=NOTICE.occurred_at, data={"a": 1, "b": {"x": "1", "y": 2}}
    )
    backwards = build_event_body(
        event_id="evt_1", event_type="payout.paid", created_at=NOTICE.occurred_at, data={"b": {"y": 2, "x": "1"}, "a": 1}
    )
    assert forwards == backwards
    assert json.loads(forwards) == {
        "id": "evt_1",
        "object": "event",
        "type": "payout.paid",
        "api_version": "2026-11-27",
        "created": SIGNED_AT,
        "data": {"a": 1, "b": {"x": "1", "y": 2}},
    }


def test_amounts_travel_as_exact_decimal_strings():
    event = json.loads(notice_body())
    assert event["data"]["amount"] == {"amount_minor": "700004", "currency": "USD"}


@pytest.mark.parametrize(
    "data",
    [
        {"amount": 70.04},
        {"nested": [{"ratio": 0.5}]},
        {"big": MAX_SAFE_JSON_INTEGER + 1},
        {1: "non-string key"},
        {"naive": datetime(2026, 1, 5)},
    ],
    ids=["float", "nested-float", "beyond-2^53", "non-string-key", "naive-datetime"],
)
def test_event_body_refuses_values_a_receiver_could_misread(data):
    with pytest.raises(ValueError):
        build_event_body(event_id="evt_1", event_type="payout.paid", created_at=NOTICE.occurred_at, data=data)


def test_event_body_refuses_unknown_types_and_missing_ids():
    with pytest.raises(ValueError, match="unknown event type"):
        build_event_body(event_id="evt_1", event_type="milestone.exploded", created_at=NOTICE.occurred_at, data={})
    with pytest.raises(ValueError):
        build_event_body(event_id="", event_type="payout.paid", created_at=NOTICE.occurred_at, data={})


# ---------------------------------------------------------------------------- the verifiers, Python and Node


@dataclass(frozen=True)
class VerificationCase:
    name: str
    payload: bytes
    header: str
    secret: str | list[str]
    now: int
    accepted: bool
    tolerance_seconds: int | None = 300


def _cases() -> list[VerificationCase]:
    body = DOCUMENTED_BODY
    header = DOCUMENTED_HEADER
    rotated = sign_payload("whsec_new", SIGNED_AT, body, previous_secrets=["whsec_old"])
    signature = header.partition("v1=")[2]
    return [
        VerificationCase("genuine", body, header, SECRET, SIGNED_AT, True),
        VerificationCase("genuine-within-tolerance", body, header, SECRET, SIGNED_AT + 300, True),
        VerificationCase("tampered-body", body.replace(b"700004", b"900004"), header, SECRET, SIGNED_AT, False),
        VerificationCase("wrong-secret", body, header, "whsec_someone_else", SIGNED_AT, False),
        VerificationCase("replayed-after-tolerance", body, header, SECRET, SIGNED_AT + 301, False),
        VerificationCase("timestamp-from-the-future", body, header, SECRET, SIGNED_AT - 301, False),
        VerificationCase("old-but-tolerance-off", body, header, SECRET, SIGNED_AT + 86_400, True, tolerance_seconds=None),
        VerificationCase(
            "re-timestamped-by-attacker", body, header.replace("t=1767603600", "t=1767603700"), SECRET, SIGNED_AT + 100, False
        ),
        VerificationCase("rotation-old-secret", body, rotated, "whsec_old", SIGNED_AT, True),
        VerificationCase("rotation-new-secret", body, rotated, "whsec_new", SIGNED_AT, True),
        VerificationCase("receiver-holds-two-secrets", body, header, ["whsec_retired", SECRET], SIGNED_AT, True),
        VerificationCase("unknown-scheme-ignored", body, f"{header},v0=deadbeef", SECRET, SIGNED_AT, True),
        VerificationCase("only-unknown-scheme", body, f"t={SIGNED_AT},v0={signature}", SECRET, SIGNED_AT, False),
        VerificationCase("missing-timestamp", body, f"v1={signature}", SECRET, SIGNED_AT, False),
        VerificationCase("two-timestamps", body, f"t={SIGNED_AT},{header}", SECRET, SIGNED_AT, False),
        VerificationCase("truncated-signature", body, header[:-2], SECRET, SIGNED_AT, False),
        VerificationCase("non-hex-signature", body, header[:-1] + "z", SECRET, SIGNED_AT, False),
        VerificationCase("empty-header", body, "", SECRET, SIGNED_AT, False),
        VerificationCase("signed-but-not-json", b"not json", sign_payload(SECRET, SIGNED_AT, b"not json"), SECRET, SIGNED_AT, False),
        VerificationCase("signed-json-array", b"[1]", sign_payload(SECRET, SIGNED_AT, b"[1]"), SECRET, SIGNED_AT, False),
    ]


CASES = _cases()

NODE_RUNNER = """
const { verifyWebhook, WebhookVerificationError } = require(process.argv[1]);
let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map((c) => {
    try {
      const event = verifyWebhook(Buffer.from(c.payload, 'base64'), c.header, c.secret, { now: c.now, toleranceSeconds: c.tolerance });
      return { accepted: true, id: event.id };
    } catch (err) {
      if (!(err instanceof WebhookVerificationError)) return { accepted: false, crashed: String(err) };
      return { accepted: false, error: err.message };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
"""


@pytest.fixture(scope="module")
def node_verdicts() -> dict[str, dict]:
    """Every case through clients/node/webhooks.js in one node process."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    cases = [
        {
            "payload": base64.b64encode(case.payload).decode(),
            "header": case.header,
            "secret": case.secret,
            "now": case.now,
            "tolerance": case.tolerance_seconds,
        }
        for case in CASES
    ]
    completed = subprocess.run(
        [node, "-e", NODE_RUNNER, str(NODE_VERIFIER)], input=json.dumps(cases), capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.returncode == 0, completed.stderr
    return {case.name: verdict for case, verdict in zip(CASES, json.loads(completed.stdout), strict=True)}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_python_receiver_helper(case: VerificationCase):
    if case.accepted:
        event = verify_webhook(case.payload, case.header, case.secret, tolerance_seconds=case.tolerance_seconds, now=case.now)
        assert event["id"] == NOTICE.event_id
    else:
        with pytest.raises(WebhookVerificationError):
            verify_webhook(case.payload, case.header, case.secret, tolerance_seconds=case.tolerance_seconds, now=case.now)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_node_receiver_helper_agrees(case: VerificationCase, node_verdicts):
    verdict = node_verdicts[case.name]
    assert "crashed" not in verdict, verdict
    assert verdict["accepted"] is case.accepted, verdict
    if case.accepted:
        assert verdict["id"] == NOTICE.event_id


def test_python_receiver_helper_says_why():
    with pytest.raises(WebhookVerificationError, match="no signature matches"):
        verify_webhook(DOCUMENTED_BODY, DOCUMENTED_HEADER, "whsec_someone_else", now=SIGNED_AT)
    with pytest.raises(WebhookVerificationError, match="more than 300s from now"):
        verify_webhook(DOCUMENTED_BODY, DOCUMENTED_HEADER, SECRET, now=SIGNED_AT + 3600)


# ---------------------------------------------------------------------------- SSRF guard

FORBIDDEN_ADDRESSES = {
    "loopback": "127.0.0.1",
    "loopback-elsewhere-in-127/8": "127.45.6.7",
    "loopback-ipv6": "::1",
    "private-10/8": "10.0.0.5",
    "private-172.16/12": "172.31.255.254",
    "private-192.168/16": "192.168.1.1",
    "unique-local-ipv6": "fd12:3456:789a::1",
    "link-local": "169.254.10.20",
    "cloud-metadata": "169.254.169.254",
    "link-local-ipv6": "fe80::1",
    "multicast": "224.0.0.251",
    "multicast-ipv6": "ff02::fb",
    "unspecified": "0.0.0.0",
    "this-network": "0.1.2.3",
    "unspecified-ipv6": "::",
    "reserved-240/4": "240.0.0.1",
    "broadcast": "255.255.255.255",
    "cgnat": "100.64.0.1",
    "cgnat-top": "100.127.255.254",
    "documentation": "192.0.2.10",
    "benchmarking": "198.18.0.1",
    "ipv4-mapped-loopback": "::ffff:127.0.0.1",
    "ipv4-mapped-private": "::ffff:10.0.0.1",
    "ipv4-mapped-metadata": "::ffff:169.254.169.254",
    "ipv4-compatible-loopback": "::127.0.0.1",
    "nat64-loopback": "64:ff9b::7f00:1",
    "6to4-private": "2002:c0a8:101::1",
    "teredo": "2001:0:4136:e378:8000:63bf:3fff:fdd2",
    "documentation-ipv6": "2001:db8::1",
}
PUBLIC_ADDRESSES = ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"]


def url_for(address: str, path: str = "/hooks") -> str:
    host = f"[{address}]" if ":" in address else address
    return f"https://{host}{path}"


def no_dns(host: str, port: int) -> list[str]:
    raise AssertionError(f"an IP literal must not be resolved, yet {host!r} was")


@pytest.mark.parametrize("address", FORBIDDEN_ADDRESSES.values(), ids=FORBIDDEN_ADDRESSES.keys())
def test_every_forbidden_address_class_is_refused_as_a_literal(address):
    assert forbidden_address_reason(ipaddress.ip_address(address)) is not None
    violations = validate_webhook_url(url_for(address), False, resolver=no_dns)
    assert len(violations) == 1 and "address" in violations[0]


@pytest.mark.parametrize("address", FORBIDDEN_ADDRESSES.values(), ids=FORBIDDEN_ADDRESSES.keys())
def test_every_forbidden_address_class_is_refused_behind_a_hostname(address):
    violations = validate_webhook_url("https://hooks.carrier.example/in", False, resolver=lambda host, port: [address])
    assert len(violations) == 1 and "hooks.carrier.example" in violations[0]


@pytest.mark.parametrize("address", FORBIDDEN_ADDRESSES.values(), ids=FORBIDDEN_ADDRESSES.keys())
def test_every_address_class_is_allowed_with_the_private_targets_flag(address):
    assert validate_webhook_url(url_for(address), True, resolver=no_dns) == []
    assert validate_webhook_url("https://hooks.carrier.example/in", True, resolver=lambda host, port: [address]) == []


@pytest.mark.parametrize("address", PUBLIC_ADDRESSES)
def test_public_addresses_are_allowed(address):
    assert validate_webhook_url(url_for(address), False, resolver=no_dns) == []
    assert validate_webhook_url("https://hooks.carrier.example/in", False, resolver=lambda host, port: [address]) == []


def test_a_name_with_one_private_answer_among_public_ones_is_refused():
    violations = validate_webhook_url("https://hooks.carrier.example/in", False, resolver=lambda host, port: ["93.184.215.14", "10.0.0.1"])
    assert violations == ["host 'hooks.carrier.example' points to a private (RFC 1918) address 10.0.0.1"]


def test_the_resolver_is_asked_for_the_idna_name_and_the_port():
    asked: list[tuple[str, int]] = []

    def resolver(host: str, port: int) -> list[str]:
        asked.append((host, port))
        return ["93.184.215.14"]

    assert validate_webhook_url("https://bücher.example:8443/in", False, resolver=resolver) == []
    assert asked == [("xn--bcher-kva.example", 8443)]


def test_a_host_that_does_not_resolve_is_a_violation():
    def failing(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    assert validate_webhook_url("https://nowhere.example/", False, resolver=failing) == [
        "host 'nowhere.example' does not resolve: Name or service not known"
    ]


@pytest.mark.parametrize(
    ("url", "complaint"),
    [
        ("http://93.184.215.14/hooks", "must use https"),
        ("ftp://93.184.215.14/hooks", "must use https"),
        ("hooks.carrier.example/in", "must use https"),
        ("https://user:password@93.184.215.14/hooks", "credentials"),
        ("https://93.184.215.14/hooks#section", "fragment"),
        ("https://93.184.215.14:0/hooks", "port"),
        ("https://93.184.215.14:99999/hooks", "does not parse"),
        ("https://2130706433/hooks", "ambiguous numeric"),
        ("https://0x7f.0.0.1/hooks", "ambiguous numeric"),
        ("https://0177.0.0.1/hooks", "ambiguous numeric"),
        ("https://127.1/hooks", "ambiguous numeric"),
        ("https://93.184.215.14/hooks\r\nX-Injected: 1", "control characters"),
        ("https://93.184.215.14/crédit", "ASCII"),
        ("https:///hooks", "no host"),
        ("https://bad_label-.example/", "not a valid domain name"),
        ("", "empty"),
        ("https://93.184.215.14/" + "a" * 2100, "longer than"),
    ],
)
def test_malformed_urls_are_refused(url, complaint):
    violations = validate_webhook_url(url, True, resolver=lambda host, port: ["93.184.215.14"])
    assert violations and complaint in " ".join(violations), violations


def test_plain_http_is_allowed_only_with_its_flag():
    assert validate_webhook_url("http://93.184.215.14/hooks", False, allow_http=True, resolver=no_dns) == []


# ---------------------------------------------------------------------------- retry schedule


def test_the_first_retry_waits_between_thirty_seconds_and_a_minute():
    assert retry_delay(1, random=lambda: 0.0) == timedelta(seconds=30)
    assert retry_delay(1, random=lambda: 0.999999) < timedelta(minutes=1)


def test_delays_double_then_stop_at_the_cap():
    nominal = [retry_delay(attempts, random=lambda: 1.0) for attempts in range(1, 13)]
    assert nominal[:9] == [timedelta(minutes=2**n) for n in range(9)]
    assert nominal[9:] == [DEFAULT_RETRY_SCHEDULE.max_delay] * 3
    assert retry_delay(10_000, random=lambda: 1.0) == DEFAULT_RETRY_SCHEDULE.max_delay


def test_jitter_spreads_retries_over_the_upper_half_of_the_delay():
    assert retry_delay(5, random=lambda: 0.0) == timedelta(minutes=8)
    assert retry_delay(5, random=lambda: 0.5) == timedelta(minutes=12)


def test_attempt_counts_start_at_one():
    with pytest.raises(ValueError):
        retry_delay(0)


@pytest.mark.parametrize("jitter", [0.0, 0.5, 0.999999])
def test_a_failing_endpoint_is_retried_for_three_days_then_given_up(jitter):
    first_attempt_at = NOTICE.occurred_at
    attempts, failed_at = 1, first_attempt_at
    schedule: list[datetime] = []
    while (following := next_attempt_at(attempts, first_attempt_at, failed_at, random=lambda: jitter)) is not None:
        assert following > failed_at
        schedule.append(following)
        attempts, failed_at = attempts + 1, following
    assert schedule[-1] == first_attempt_at + timedelta(days=3)  # a last try at the end of the window
    assert 15 <= len(schedule) <= 35  # about 20 tries at the nominal delays, more when jitter shortens them
    assert next_attempt_at(attempts, first_attempt_at, failed_at + timedelta(seconds=1)) is None
