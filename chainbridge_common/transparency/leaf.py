"""The canonical byte encoding of a logged record (a Merkle leaf), versioned and language-neutral.

A leaf is one version byte followed by the record's fields in schema order. Each field carries
its name and a type tag, so a leaf can be decoded, displayed and re-encoded without the schema,
and the encoding is injective: two different (version, fields) never share bytes.

    leaf   = version:u8 field*
    field  = name_length:u8 name:ASCII type:u8 payload
    payload, by type:
      0x00 null       (nothing)
      0x01 int64      8 bytes, big-endian two's complement
      0x02 string     length:u32 big-endian, then that many bytes of UTF-8 (no normalisation)
      0x03 bytes      length:u32 big-endian, then the bytes
      0x04 bool       1 byte, 0x00 false or 0x01 true
      0x05 timestamp  8 bytes, big-endian signed microseconds since 1970-01-01T00:00:00Z
                      (the instant only: the time zone it was written in is not kept)

Names are 1-64 characters of [a-z0-9_] starting with a letter, unique within a leaf. docs/transparency.md
has a worked example in hex.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

LeafValue = int | str | bytes | bool | datetime | None
"""What a field may hold; bool is its own type (not an int), datetimes must be timezone-aware."""

TYPE_NULL = 0x00
TYPE_INT64 = 0x01
TYPE_STRING = 0x02
TYPE_BYTES = 0x03
TYPE_BOOL = 0x04
TYPE_TIMESTAMP = 0x05

_NAME_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,63}")
_INT64_MIN = -(1 << 63)
_INT64_MAX = (1 << 63) - 1
_MAX_LENGTH = (1 << 32) - 1
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class LeafEncodingError(ValueError):
    """A record cannot be encoded, or bytes are not a canonical leaf."""


def encode_leaf(version: int, fields: Sequence[tuple[str, LeafValue]]) -> bytes:
    """The canonical leaf bytes of a record: `version` (1-255) then `fields` in the order given."""
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= 255:
        raise LeafEncodingError(f"version must be an integer in 1..255, got {version!r}")
    encoded = bytearray([version])
    seen: set[str] = set()
    for name, value in fields:
        if not isinstance(name, str) or not _NAME_PATTERN.fullmatch(name):
            raise LeafEncodingError(f"field name {name!r} is not 1-64 characters of [a-z0-9_] starting with a letter")
        if name in seen:
            raise LeafEncodingError(f"field {name!r} appears twice")
        seen.add(name)
        encoded.append(len(name))
        encoded += name.encode("ascii")
        encoded += _encode_value(name, value)
    return bytes(encoded)


def _encode_value(name: str, value: LeafValue) -> bytes:
    # bool before int: in Python a bool is an int, in the encoding it is not.
    if value is None:
        return bytes([TYPE_NULL])
    if isinstance(value, bool):
        return bytes([TYPE_BOOL, 1 if value else 0])
    if isinstance(value, int):
        if not _INT64_MIN <= value <= _INT64_MAX:
            raise LeafEncodingError(f"field {name!r}: {value} does not fit in int64")
        return bytes([TYPE_INT64]) + struct.pack(">q", value)
    if isinstance(value, str):
        try:
            text = value.encode("utf-8")
        except UnicodeEncodeError as error:
            raise LeafEncodingError(f"field {name!r}: not encodable as UTF-8 ({error.reason})") from error
        return bytes([TYPE_STRING]) + _length_prefixed(name, text)
    if isinstance(value, bytes):
        return bytes([TYPE_BYTES]) + _length_prefixed(name, value)
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise LeafEncodingError(f"field {name!r}: a timestamp must be timezone-aware")
        # Integer arithmetic on the timedelta: a float of seconds would lose microseconds.
        microseconds = (value - _EPOCH) // timedelta(microseconds=1)
        if not _INT64_MIN <= microseconds <= _INT64_MAX:
            raise LeafEncodingError(f"field {name!r}: timestamp out of range")
        return bytes([TYPE_TIMESTAMP]) + struct.pack(">q", microseconds)
    raise LeafEncodingError(f"field {name!r}: cannot encode a {type(value).__name__}")


def _length_prefixed(name: str, payload: bytes) -> bytes:
    if len(payload) > _MAX_LENGTH:
        raise LeafEncodingError(f"field {name!r}: longer than {_MAX_LENGTH} bytes")
    return struct.pack(">I", len(payload)) + payload


def decode_leaf(leaf: bytes) -> tuple[int, list[tuple[str, LeafValue]]]:
    """The (version, fields) a canonical leaf encodes; raises LeafEncodingError for anything else.

    Exactly inverts encode_leaf, so a full audit can show which field of a leaf differs.
    """
    if not leaf:
        raise LeafEncodingError("a leaf has at least its version byte")
    version = leaf[0]
    if version == 0:
        raise LeafEncodingError("version 0 is not used")
    fields: list[tuple[str, LeafValue]] = []
    seen: set[str] = set()
    position = 1
    while position < len(leaf):
        name_length = leaf[position]
        name = _take(leaf, position + 1, name_length).decode("ascii", errors="replace")
        if not _NAME_PATTERN.fullmatch(name) or name in seen:
            raise LeafEncodingError(f"field name at byte {position} is malformed or repeated: {name!r}")
        position += 1 + name_length
        seen.add(name)
        type_tag = _take(leaf, position, 1)[0]
        position += 1
        value, position = _decode_value(leaf, position, type_tag, name)
        fields.append((name, value))
    return version, fields


def _decode_value(leaf: bytes, position: int, type_tag: int, name: str) -> tuple[LeafValue, int]:
    if type_tag == TYPE_NULL:
        return None, position
    if type_tag == TYPE_BOOL:
        flag = _take(leaf, position, 1)[0]
        if flag > 1:
            raise LeafEncodingError(f"field {name!r}: a bool is 0x00 or 0x01, got {flag:#04x}")
        return flag == 1, position + 1
    if type_tag in (TYPE_INT64, TYPE_TIMESTAMP):
        (number,) = struct.unpack(">q", _take(leaf, position, 8))
        if type_tag == TYPE_INT64:
            return number, position + 8
        try:
            return _EPOCH + timedelta(microseconds=number), position + 8
        except OverflowError as error:
            raise LeafEncodingError(f"field {name!r}: timestamp outside what this decoder can represent") from error
    if type_tag in (TYPE_STRING, TYPE_BYTES):
        (length,) = struct.unpack(">I", _take(leaf, position, 4))
        payload = _take(leaf, position + 4, length)
        if type_tag == TYPE_BYTES:
            return payload, position + 4 + length
        try:
            return payload.decode("utf-8"), position + 4 + length
        except UnicodeDecodeError as error:
            raise LeafEncodingError(f"field {name!r}: string is not valid UTF-8") from error
    raise LeafEncodingError(f"field {name!r}: unknown type tag {type_tag:#04x}")


def _take(leaf: bytes, position: int, count: int) -> bytes:
    if position + count > len(leaf):
        raise LeafEncodingError(f"leaf ends inside a field (needs {count} bytes at {position}, has {len(leaf) - position})")
    return leaf[position : position + count]
