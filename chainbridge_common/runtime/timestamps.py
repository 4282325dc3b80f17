"""Conversions between protobuf Timestamps, aware datetimes and the integer
microseconds the databases store (exact, sortable, identical on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

from google.protobuf.timestamp_pb2 import Timestamp

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_micros(moment: datetime) -> int:
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(micros: int) -> datetime:
    return datetime.fromtimestamp(micros // 1_000_000, UTC).replace(microsecond=micros % 1_000_000)


def to_timestamp(moment: datetime | None) -> Timestamp | None:
    if moment is None:
        return None
    micros = to_micros(moment)
    return Timestamp(seconds=micros // 1_000_000, nanos=(micros % 1_000_000) * 1000)


def from_timestamp(ts: Timestamp) -> datetime:
    """Exact to the microsecond (sub-microsecond nanos are dropped)."""
    return from_micros(ts.seconds * 1_000_000 + ts.nanos // 1000)
