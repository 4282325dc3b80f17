"""Verify a ChainBridge webhook before trusting it.

ChainBridge signs every delivery with the subscription's secret, the way Stripe does:

    ChainBridge-Signature: t=1767603600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd

`v1` is the hex HMAC-SHA256, keyed with the whole secret string (`whsec_...`), of the bytes
`"{t}." + raw request body`. While a secret is rotated the header carries one `v1` per secret.

    from chainbridge_client.webhooks import WebhookVerificationError, verify_webhook

    try:
        event = verify_webhook(request_body_bytes, request.headers["ChainBridge-Signature"], secret)
    except WebhookVerificationError:
        return 400
    if already_processed(event["id"]):   # deliveries repeat: dedup on the event id
        return 200

This module is self-contained (standard library only) so receivers can vendor it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import string
import time
from collections.abc import Iterable
from typing import Any

SIGNATURE_HEADER = "ChainBridge-Signature"
SIGNATURE_SCHEME = "v1"
DEFAULT_TOLERANCE_SECONDS = 300

__all__ = ["DEFAULT_TOLERANCE_SECONDS", "SIGNATURE_HEADER", "WebhookVerificationError", "verify_webhook"]


class WebhookVerificationError(Exception):
    """The delivery is not a genuine, recent ChainBridge event; answer it with HTTP 400."""


def verify_webhook(
    payload: bytes,
    signature_header: str,
    secret: str | Iterable[str],
    *,
    tolerance_seconds: int | None = DEFAULT_TOLERANCE_SECONDS,
    now: float | None = None,
) -> dict[str, Any]:
    """Check the signature (in constant time, against every `v1` and every secret given) and that the
    signed time is within `tolerance_seconds` of `now`, then return the parsed event."""
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    if not isinstance(payload, bytes | bytearray):
        raise WebhookVerificationError("the payload must be the raw request body (bytes)")
    secrets = [secret] if isinstance(secret, str) else list(secret)
    if not secrets or not all(secrets):
        raise WebhookVerificationError("no signing secret given")

    timestamp, signatures = _parse_header(signature_header)
    signed_payload = str(timestamp).encode("ascii") + b"." + bytes(payload)
    expected = [hmac.new(key.encode("utf-8"), signed_payload, hashlib.sha256).digest() for key in secrets]
    # Every pair is compared, so the time taken says nothing about which one (if any) matched.
    matched = False
    for candidate in signatures:
        for digest in expected:
            matched |= hmac.compare_digest(candidate, digest)
    if not matched:
        raise WebhookVerificationError("no signature matches the payload: wrong secret, or the body was altered in transit")

    if tolerance_seconds is not None:
        current = time.time() if now is None else now
        # Refused in both directions: an old timestamp is a replay, a far-future one a forgery's tell.
        if abs(current - timestamp) > tolerance_seconds:
            raise WebhookVerificationError(
                f"the signature's timestamp {timestamp} is more than {tolerance_seconds}s from now ({int(current)})"
            )

    try:
        event = json.loads(payload)
    except (UnicodeDecodeError, ValueError) as error:
        raise WebhookVerificationError(f"the payload is not JSON: {error}") from None
    if not isinstance(event, dict):
        raise WebhookVerificationError("the payload is not a JSON object")
    return event


def _parse_header(signature_header: str) -> tuple[int, list[bytes]]:
    """(t, [v1 digests]) from `t=...,v1=...,v1=...`; unknown schemes are ignored, as Stripe's clients do."""
    if not isinstance(signature_header, str) or not signature_header.strip():
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is missing")
    timestamps: list[str] = []
    signatures: list[bytes] = []
    for element in signature_header.split(","):
        key, separator, value = element.strip().partition("=")
        if not separator:
            raise WebhookVerificationError(f"malformed {SIGNATURE_HEADER} header element {element!r}")
        if key == "t":
            timestamps.append(value)
        elif key == SIGNATURE_SCHEME:
            if len(value) != 64 or not all(character in string.hexdigits for character in value):
                raise WebhookVerificationError(f"a {SIGNATURE_SCHEME} signature is not 64 hex digits (a SHA-256 digest)")
            signatures.append(bytes.fromhex(value))
    if len(timestamps) != 1 or not timestamps[0].isascii() or not timestamps[0].isdigit():
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header needs exactly one numeric t=")
    if not signatures:
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header has no {SIGNATURE_SCHEME} signature")
    return int(timestamps[0]), signatures
