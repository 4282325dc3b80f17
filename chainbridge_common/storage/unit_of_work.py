"""Units of work on SQL: a transaction's connection, its repositories and its
after-commit callbacks. Each service subclasses SqlUnitOfWork with its repositories."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from sqlalchemy import Connection

from chainbridge_common.storage.database import Database
from chainbridge_common.storage.request_log import SqlRequestLog

T = TypeVar("T")


class SqlUnitOfWork:
    def __init__(self, conn: Connection, requests: SqlRequestLog):
        self.conn = conn
        self.requests = requests
        self.committed_callbacks: list[Callable[[], None]] = []

    def after_commit(self, callback: Callable[[], None]) -> None:
        self.committed_callbacks.append(callback)


U = TypeVar("U", bound=SqlUnitOfWork)


class SqlTransactions(Generic[U]):
    """Transactions (the application protocol) over a Database: each attempt of a write
    gets a fresh unit of work, and the callbacks of the one that committed run after."""

    def __init__(self, db: Database, make_unit_of_work: Callable[[Connection], U]):
        self.db = db
        self.make_unit_of_work = make_unit_of_work

    def write(self, work: Callable[[U], T], *, single_statement: bool = False) -> T:
        attempts: list[U] = []

        def attempt(conn: Connection) -> T:
            uow = self.make_unit_of_work(conn)
            attempts.append(uow)
            return work(uow)

        result = self.db.write(attempt, single_statement=single_statement)
        for callback in attempts[-1].committed_callbacks:
            callback()
        return result

    def read(self, work: Callable[[U], T], *, lag_tolerant: bool = False) -> T:
        return self.db.read(lambda conn: work(self.make_unit_of_work(conn)), lag_tolerant=lag_tolerant)
