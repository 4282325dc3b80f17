"""AIP-158 pagination: page_size defaults and caps, and opaque page tokens.

A page token carries the sort key of the last row returned (keyset pagination: stable
under inserts, O(page) per call at any depth) and a fingerprint of the filters, so a
token is refused when replayed with different filters. Tokens are signed (HMAC-SHA256
with a server secret, truncated to 128 bits): a client cannot edit the key inside one to
reach rows the listing would not give it; an edited token is INVALID_ARGUMENT. Replicas
that serve one listing must share the secret (--page-token-secret-file).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from chainbridge_common.errors import InvalidArgument

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000
MAX_PAGE_TOKEN_LENGTH = 512
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


@dataclass(frozen=True)
class PageRequest:
    size: int
    after: tuple[Any, ...] | None  # sort key of the last row already returned


@dataclass(frozen=True)
class Page:
    """One page of a list: its items, the total over all pages, and what was fetched
    (the items plus, when more exist, one extra row that only tells next_page_token so)."""

    items: list[Any]
    total_size: int
    fetched: list[Any]

    @classmethod
    def of(cls, fetched: list[Any], page: PageRequest, total_size: int) -> Page:
        return cls(items=fetched[: page.size], total_size=total_size, fetched=fetched)


def _fingerprint(filters: dict[str, Any]) -> str:
    canonical = json.dumps(filters, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def _is_key_part(value: Any, expected: type) -> bool:
    """A token is only base64 JSON, so a client can forge its key: it must have the type
    the query compares it with and fit the column, or the database rejects the query."""
    if type(value) is not expected:  # `type`, not isinstance: True is not an int here
        return False
    if isinstance(value, int):
        return _INT64_MIN <= value <= _INT64_MAX
    return not isinstance(value, str) or value.isprintable()


_MAC_BYTES = 16


class PageTokens:
    """Issues and checks the page tokens of one server (see the module docstring)."""

    def __init__(self, secret: bytes | None = None):
        """Without a secret, a random one: tokens then last as long as the process."""
        self._secret = secret or secrets.token_bytes(32)

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self._secret, payload, hashlib.sha256).digest()[:_MAC_BYTES]

    def parse(
        self,
        page_size: int,
        page_token: str,
        filters: dict[str, Any],
        *,
        default_size: int = DEFAULT_PAGE_SIZE,
        key_types: tuple[type, ...] = (str,),
    ) -> PageRequest:
        """Validate page_size/page_token of a list request (field names as in the protos).

        `key_types` are the types of the sort key the method's tokens carry (an id by default).
        """
        if page_size < 0:
            raise InvalidArgument.single("page_size", "must not be negative")
        size = min(page_size or default_size, MAX_PAGE_SIZE)
        if not page_token:
            return PageRequest(size=size, after=None)
        try:
            if len(page_token) > MAX_PAGE_TOKEN_LENGTH:
                raise ValueError("too long")
            raw = base64.urlsafe_b64decode(page_token.encode() + b"=" * (-len(page_token) % 4))
            payload, mac = raw[:-_MAC_BYTES], raw[-_MAC_BYTES:]
            if len(raw) <= _MAC_BYTES or not hmac.compare_digest(mac, self._mac(payload)):
                raise ValueError("not signed by this server")
            decoded = json.loads(payload)
            key, fingerprint = decoded["k"], decoded["f"]
            if not isinstance(key, list) or len(key) != len(key_types) or not all(map(_is_key_part, key, key_types)):
                raise ValueError("bad key")
        except (ValueError, KeyError, TypeError):
            raise InvalidArgument.single("page_token", "is not a page token issued by this method", reason="INVALID_PAGE_TOKEN") from None
        if fingerprint != _fingerprint(filters):
            raise InvalidArgument.single(
                "page_token", "was issued for different filters; repeat the filters of the first call", reason="INVALID_PAGE_TOKEN"
            )
        return PageRequest(size=size, after=tuple(key))

    def next_token(self, rows: Sequence[Any], page: PageRequest, filters: dict[str, Any], sort_key: Callable[[Any], Sequence[Any]]) -> str:
        """Token for the page after `rows`, or "" when `rows` was the last page.

        Callers fetch `page.size + 1` rows; the extra row only tells whether more exist.
        """
        if len(rows) <= page.size:
            return ""
        last = rows[page.size - 1]
        payload = json.dumps({"k": list(sort_key(last)), "f": _fingerprint(filters)}, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(payload + self._mac(payload)).decode().rstrip("=")
