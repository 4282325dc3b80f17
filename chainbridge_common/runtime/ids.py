"""Resource ids: a type prefix and a ULID-style body (48-bit millisecond time + 80 random
bits, Crockford base32). Sortable by creation time, so keyset pagination on the id alone
yields newest-first order, and generated without any central sequence, so replicas and
future shards never coordinate to mint them."""

from __future__ import annotations

import secrets
import threading
import time

_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
_lock = threading.Lock()
_last_ms = 0
_last_random = 0


def _encode(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        value, index = divmod(value, 32)
        chars.append(_ALPHABET[index])
    return "".join(reversed(chars))


def new_id(prefix: str) -> str:
    """A new id like "shp_01jd8x..."; ids from one process are strictly increasing."""
    global _last_ms, _last_random
    with _lock:
        now_ms = time.time_ns() // 1_000_000
        if now_ms <= _last_ms:
            # Same millisecond (or the wall clock stepped back): keep order by counting up.
            now_ms = _last_ms
            random_part = _last_random + 1
        else:
            random_part = secrets.randbits(80)
        _last_ms, _last_random = now_ms, random_part
    return f"{prefix}_{_encode(now_ms, 10)}{_encode(random_part & ((1 << 80) - 1), 16)}"
