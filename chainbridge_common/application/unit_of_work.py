"""The unit of work (Cosmic Python's pattern): one database transaction per use case,
opened by the service layer and handed to the use case explicitly.

A use case is a function of its unit of work. `Transactions.write(work)` opens a unit of
work, runs `work` with it and commits when it returns; when `work` raises, nothing it
did is kept. A transient conflict (a deadlock, a serialization failure, a busy SQLite)
re-runs `work` from the start with a fresh unit of work, so `work` must be database work
and pure computation only - never a network call. Callbacks registered with
`after_commit` run once the commit succeeded (for example: hand events to the
dispatcher, wake watchers). Nothing joins a transaction implicitly: code that must be
atomic with a use case receives the same unit of work as an argument.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from chainbridge_common.application.idempotency import RequestLog

T = TypeVar("T")
U = TypeVar("U", bound="UnitOfWork", covariant=True)


class UnitOfWork(Protocol):
    """What every service's unit of work offers; each service adds its repositories."""

    @property
    def requests(self) -> RequestLog:
        """The request ids answered so far (idempotency keys), in this transaction."""
        ...

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run `callback` once this unit of work has committed (never if it rolls back)."""
        ...


class Transactions(Protocol[U]):
    """Opens units of work of one service's database."""

    def write(self, work: Callable[[U], T], *, single_statement: bool = False) -> T:
        """Run `work` in one write transaction; commit when it returns. With
        `single_statement`, `work` makes exactly one repository call that writes with one
        statement (atomic on its own), which the database may run without a transaction."""
        ...

    def read(self, work: Callable[[U], T], *, lag_tolerant: bool = False) -> T:
        """Run `work` as a read: it sees committed data and must not write. A
        `lag_tolerant` read (lists, audit, history - never one a write decides on) may be
        served by a replica that is a little behind."""
        ...


class UniqueViolation(Exception):
    """A write broke a unique constraint: another transaction stored the same key first.
    Raised by the storage layer, so use cases can handle races without knowing SQL."""

    def __init__(self, constraint: str, detail: str = ""):
        super().__init__(f"unique constraint {constraint or '(unnamed)'} violated{': ' + detail if detail else ''}")
        self.constraint = constraint
