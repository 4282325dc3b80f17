"""Client idempotency keys (AIP-155 `request_id`).

The key, a fingerprint of the request and the serialized first response are stored in
the same transaction as the request's effect, so a crash can never leave an effect
without its key or a key without its effect. A replay with the same body returns the
stored response; the same key with another body is ALREADY_EXISTS; a concurrent
duplicate loses the primary-key race and then replays the winner's response.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from google.protobuf.message import Message
from sqlalchemy import BigInteger, Column, Connection, LargeBinary, MetaData, String, Table, bindparam, delete, insert, select
from sqlalchemy.exc import IntegrityError

from chainbridge_common.errors import AlreadyExists, InvalidArgument
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.runtime.database import Database, is_unique_violation
from chainbridge_common.runtime.timestamps import to_micros

ResponseT = TypeVar("ResponseT", bound=Message)

MAX_REQUEST_ID_LENGTH = 128
# Keys are kept a week: well past the 24 h a client may retry within.
RETENTION = timedelta(days=7)


def idempotency_table(metadata: MetaData) -> Table:
    return Table(
        "idempotency_keys",
        metadata,
        Column("method", String(64), primary_key=True),
        Column("request_id", String(MAX_REQUEST_ID_LENGTH), primary_key=True),
        Column("request_fingerprint", String(64), nullable=False),
        Column("response", LargeBinary, nullable=False),
        Column("create_time_us", BigInteger, nullable=False, index=True),
    )


def fingerprint(request: Message) -> str:
    """Hash of the request body without its request_id (deterministic serialization)."""
    body = type(request)()
    body.CopyFrom(request)
    body.ClearField("request_id")
    return hashlib.sha256(body.SerializeToString(deterministic=True)).hexdigest()


@dataclass(frozen=True)
class RequestKey:
    """A request's idempotency key and the fingerprint of its body."""

    request_id: str
    fingerprint: str


def request_key(request: Message) -> RequestKey | None:
    """The validated key of a request, or None when it carries no request_id."""
    request_id: str = request.request_id
    if not request_id:
        return None
    if len(request_id) > MAX_REQUEST_ID_LENGTH or not request_id.isprintable():
        raise InvalidArgument.single("request_id", f"must be at most {MAX_REQUEST_ID_LENGTH} printable characters")
    return RequestKey(request_id, fingerprint(request))


class IdempotencyKeys:
    def __init__(self, db: Database, table: Table, clock: Clock):
        self.db = db
        self.table = table
        self.clock = clock
        # Built once; most mutating calls pass through here.
        self._lookup = select(table.c.request_id, table.c.request_fingerprint, table.c.response).where(
            table.c.method == bindparam("b_method"), table.c.request_id.in_(bindparam("b_request_ids", expanding=True))
        )
        self._insert = insert(table)

    def run(self, method: str, request: Message, response_type: type[ResponseT], call: Callable[[], ResponseT]) -> ResponseT:
        """Run `call` once per (method, request.request_id); replays get the first response."""
        key = request_key(request)
        if key is None:
            return call()

        def first_or_replay(conn: Connection) -> ResponseT:
            stored = self.stored(conn, method, [key], response_type)
            if key.request_id in stored:
                return _answer(stored[key.request_id])
            response = call()
            self.remember(conn, method, [(key, response)])
            return response

        try:
            return self.db.write(first_or_replay)
        except IntegrityError as error:
            if not is_unique_violation(error):
                raise
            # A concurrent call with the same key committed first: answer as its replay.
            replay = self.db.read(lambda conn: self.stored(conn, method, [key], response_type))
            if key.request_id not in replay:
                raise
            return _answer(replay[key.request_id])

    def stored(
        self, conn: Connection, method: str, keys: Sequence[RequestKey], response_type: type[ResponseT]
    ) -> dict[str, ResponseT | AlreadyExists]:
        """For keys already used: the stored first response, or the error for a changed body."""
        if not keys:
            return {}
        fingerprints = {key.request_id: key.fingerprint for key in keys}
        found: dict[str, ResponseT | AlreadyExists] = {}
        for row in conn.execute(self._lookup, {"b_method": method, "b_request_ids": sorted(fingerprints)}):
            if row.request_fingerprint != fingerprints[row.request_id]:
                found[row.request_id] = AlreadyExists(
                    f"request_id {row.request_id!r} was already used for a different {method} request",
                    reason="REQUEST_ID_REUSED",
                    metadata={"request_id": row.request_id},
                )
            else:
                found[row.request_id] = response_type.FromString(row.response)
        return found

    def remember(self, conn: Connection, method: str, answered: Sequence[tuple[RequestKey, Message]]) -> None:
        """Store first responses in the caller's transaction (the one that made the effect)."""
        if answered:
            conn.execute(self._insert, self.rows(method, answered))

    def rows(self, method: str, answered: Sequence[tuple[RequestKey, Message]]) -> list[dict]:
        """The rows remember() inserts, for a caller that writes them in its own statement."""
        now_us = to_micros(self.clock.now())
        return [
            {
                "method": method,
                "request_id": key.request_id,
                "request_fingerprint": key.fingerprint,
                "response": response.SerializeToString(),
                "create_time_us": now_us,
            }
            for key, response in answered
        ]

    def purge_expired(self) -> int:
        cutoff = to_micros(self.clock.now() - RETENTION)
        return self.db.write(lambda conn: conn.execute(delete(self.table).where(self.table.c.create_time_us < cutoff)).rowcount)


def _answer(stored):
    if isinstance(stored, AlreadyExists):
        raise stored
    return stored
