"""Request ids (AIP-155 idempotency keys): the rules, independent of storage and transport.

Stripe's rule is ours: once the first call with a request id has committed, every call
with that id - from the same caller, to the same method, with the same body - gets the
stored first response, whatever happened since (a cancelled shipment, an approved
milestone). The same id with another body is ALREADY_EXISTS (REQUEST_ID_REUSED). A call
that failed committed nothing, so its id is still free: a retry runs again.

How the rule holds under concurrency:
- The key, its body fingerprint and the response are stored in the same transaction as
  the effect, so there is never an effect without its key or a key without its effect.
- The stored key is looked up first, inside the transaction, before any business rule
  runs: a replay never meets the rules (which may have changed their answer since).
- Concurrent calls with one key are serialised on the key (`RequestLog.lock`: an
  advisory lock on PostgreSQL; SQLite has one writer at a time): the second waits for
  the first to commit and then finds its answer.
- Writers that skip the lock (the group commit of RecordShipmentEvent, optimistic for
  speed) still insert the key row with their effect; the key's primary key then makes a
  racing duplicate fail and answer as a replay.

Keys are scoped per authenticated caller and method: two callers who pick the same
request id never see each other's responses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from chainbridge_common.application.unit_of_work import UniqueViolation
from chainbridge_common.errors import AlreadyExists, ChainBridgeError

if TYPE_CHECKING:
    from chainbridge_common.application.unit_of_work import Transactions, UnitOfWork

T = TypeVar("T")
R = TypeVar("R")
T_contra = TypeVar("T_contra", contravariant=True)
U = TypeVar("U", bound="UnitOfWork")

MAX_REQUEST_ID_LENGTH = 128
MAX_CALLER_LENGTH = 256


@dataclass(frozen=True)
class RequestKey:
    """Who asked (the authenticated caller), what (method), under which request id, and
    a fingerprint of the request body (without its request id)."""

    caller: str
    method: str
    request_id: str
    fingerprint: str

    @property
    def scope(self) -> tuple[str, str, str]:
        return (self.caller, self.method, self.request_id)


@dataclass(frozen=True)
class StoredResponse:
    fingerprint: str
    response: bytes


class RequestLog(Protocol):
    """Storage of answered request ids, inside the caller's unit of work."""

    def lock(self, key: RequestKey) -> None:
        """Hold concurrent calls with this key until this transaction ends."""
        ...

    def find(self, keys: Sequence[RequestKey]) -> dict[tuple[str, str, str], StoredResponse]:
        """The stored answers of the keys already used, by `RequestKey.scope`."""
        ...

    def add(self, answered: Sequence[tuple[RequestKey, bytes]]) -> None:
        """Store first responses (raises UniqueViolation when a key is already stored)."""
        ...


class ResponseCodec(Protocol[T_contra, R]):
    """How the transport turns a use case's result into its response and back to bytes;
    opaque to the service layer (which never imports protobuf)."""

    def respond(self, result: T_contra) -> R: ...

    def dump(self, response: R) -> bytes: ...

    def load(self, data: bytes) -> R: ...


def replay(key: RequestKey, stored: StoredResponse, codec: ResponseCodec[T, R]) -> R:
    """The stored first response, or REQUEST_ID_REUSED when the body changed."""
    if stored.fingerprint != key.fingerprint:
        raise AlreadyExists(
            f"request_id {key.request_id!r} was already used for a different {key.method} request",
            reason="REQUEST_ID_REUSED",
            metadata={"request_id": key.request_id},
        )
    return codec.load(stored.response)


@dataclass(frozen=True)
class _Replayed:
    stored: StoredResponse


class Idempotency(Generic[U]):
    """Runs use cases under request ids (see the module docstring for the rules)."""

    def __init__(self, transactions: Transactions[U]):
        self.transactions = transactions

    def replayed(self, key: RequestKey | None, codec: ResponseCodec[T, R]) -> R | None:
        """The stored answer of `key` if it has one (a read). Use cases that must call
        another service first check this before the call, so a replay makes none."""
        if key is None:
            return None
        stored = self.transactions.read(lambda uow: uow.requests.find([key])).get(key.scope)
        return replay(key, stored, codec) if stored is not None else None

    def run(self, key: RequestKey | None, codec: ResponseCodec[T, R], effect: Callable[[U], T]) -> R:
        """Run `effect` once per key and answer with its response; a replay answers the
        stored one. `effect` gets the unit of work the key is stored in."""
        if key is None:
            return codec.respond(self.transactions.write(effect))

        def first_or_replay(uow: U) -> R | _Replayed:
            uow.requests.lock(key)
            stored = uow.requests.find([key]).get(key.scope)
            if stored is not None:
                return _Replayed(stored)
            response = codec.respond(effect(uow))
            uow.requests.add([(key, codec.dump(response))])
            return response

        try:
            outcome = self.transactions.write(first_or_replay)
        except ChainBridgeError:
            # A writer that does not take the key lock (the group commit) may have
            # committed this key while our rules ran against its effect: its answer wins.
            if (stored_answer := self.replayed(key, codec)) is not None:
                return stored_answer
            raise
        except UniqueViolation:
            # Lost the key's primary-key race to such a writer: answer as its replay.
            if (stored_answer := self.replayed(key, codec)) is not None:
                return stored_answer
            raise
        if isinstance(outcome, _Replayed):
            return replay(key, outcome.stored, codec)
        return outcome
