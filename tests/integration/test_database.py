"""Database transaction helpers on a real PostgreSQL: reads run in autocommit (no BEGIN
and COMMIT round trips) and that never leaks into a write on the same pooled connection."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from chainbridge_common.storage.database import Database

pytestmark = pytest.mark.postgresql


@pytest.fixture
def pg(databases):
    database = Database(databases.new_url("postgresql", "payment"), pool_size=1)
    database.write(lambda conn: conn.execute(text("CREATE TABLE scratch (x int)")))
    yield database
    database.dispose()


def test_a_write_after_a_read_on_the_same_connection_is_still_all_or_nothing(pg):
    backend_pid = pg.read(lambda conn: conn.execute(text("SELECT pg_backend_pid()")).scalar())

    def insert_then_fail(conn):
        assert conn.execute(text("SELECT pg_backend_pid()")).scalar() == backend_pid  # the same pooled connection
        conn.execute(text("INSERT INTO scratch VALUES (1)"))
        raise RuntimeError("fails after its insert")

    with pytest.raises(RuntimeError):
        pg.write(insert_then_fail)
    assert pg.read(lambda conn: conn.execute(text("SELECT count(*) FROM scratch")).scalar()) == 0


def test_a_read_runs_outside_a_transaction_and_each_statement_sees_the_latest_commit(pg):
    def two_statements(conn):
        in_transaction = conn.execute(text("SELECT now() <> statement_timestamp()")).scalar()
        before = conn.execute(text("SELECT count(*) FROM scratch")).scalar()
        pg.write(lambda other: other.execute(text("INSERT INTO scratch VALUES (2)")))  # another connection commits
        after = conn.execute(text("SELECT count(*) FROM scratch")).scalar()
        return in_transaction, before, after

    in_transaction, before, after = pg.read(two_statements)
    assert (before, after) == (0, 1)
    assert in_transaction is False


def test_a_single_statement_write_runs_without_a_transaction_on_postgresql(pg):
    # The contract of single_statement: the work's one statement is its own transaction
    # (autocommit, no BEGIN/COMMIT round trips). Two statements would not be atomic - which
    # is why only one-statement repository calls may use it.
    def two_statements(conn):
        conn.execute(text("INSERT INTO scratch VALUES (1)"))
        raise RuntimeError("after the first statement")

    with pytest.raises(RuntimeError):
        pg.write(two_statements, single_statement=True)
    assert pg.read(lambda conn: conn.execute(text("SELECT count(*) FROM scratch")).scalar()) == 1
    with pytest.raises(RuntimeError):
        pg.write(two_statements)  # a normal write rolls back
    assert pg.read(lambda conn: conn.execute(text("SELECT count(*) FROM scratch")).scalar()) == 1
