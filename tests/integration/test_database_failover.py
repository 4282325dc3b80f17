"""What a failover looks like to the Database helper, reproduced on the local PostgreSQL:
connections killed by the server, a session that turned read-only, hosts that are gone.
Each becomes DependencyUnavailable (gRPC UNAVAILABLE, retryable) and the pool starts
afresh; multi-host URLs skip dead hosts; lag-tolerant reads use the read URL and fall back
to the primary. The real failover, on a pg_auto_failover formation, is tests/faults/test_failover.py."""

from __future__ import annotations

import pytest
from chainbridge.payment.v1 import payment_pb2
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from chainbridge_common.errors import DependencyUnavailable
from chainbridge_common.storage.database import Database
from tests.support.databases import PG_ADMIN_URL
from tests.support.rpc import call_error
from tests.support.servers import free_port, start_stack
from tests.support.workflow import seed

pytestmark = pytest.mark.postgresql


def _backend_pid(conn) -> int:
    return conn.execute(text("SELECT pg_backend_pid()")).scalar()


def _insert(conn) -> int:
    conn.execute(text("INSERT INTO scratch VALUES (1)"))
    return _backend_pid(conn)


def _terminate(pids: set[int]) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        # 57P01 admin_shutdown on each: what clients of a server shutting down for a failover see.
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM unnest(CAST(:pids AS int[])) AS pid"), {"pids": sorted(pids)})
    admin.dispose()


def _multi_host(url: str, hosts: list[str], target_session_attrs: str = "read-write") -> str:
    """`url` with libpq's list of hosts (host:port each) in place of its own."""
    parsed = make_url(url).set(host=None, port=None)
    return parsed.update_query_dict({"host": hosts, "target_session_attrs": target_session_attrs}).render_as_string(hide_password=False)


@pytest.fixture
def url(databases) -> str:
    created = databases.new_url("postgresql", "payment")
    setup = Database(created, pool_size=1)
    setup.write(lambda conn: conn.execute(text("CREATE TABLE scratch (x int)")))
    setup.dispose()
    return created


def test_connections_killed_by_the_server_fail_one_call_as_unavailable_then_the_pool_reconnects(url):
    db = Database(url, pool_size=4)
    held = [db.engine.connect() for _ in range(4)]  # four pooled connections, all idle once closed
    stale = {_backend_pid(conn) for conn in held}
    for conn in held:
        conn.close()
    _terminate(stale)

    with pytest.raises(DependencyUnavailable) as failed:
        db.write(_insert)
    assert failed.value.reason == "DATABASE_UNAVAILABLE"
    # Without the whole pool invalidated, the next three calls would meet the other dead connections.
    used = {db.write(_insert) for _ in range(4)}
    assert used.isdisjoint(stale)
    assert db.read(lambda conn: conn.execute(text("SELECT count(*) FROM scratch")).scalar()) == 4
    db.dispose()


def test_a_session_that_turned_read_only_fails_the_write_as_unavailable_and_is_replaced(url):
    # A node demoted under a pooled connection answers writes with 25006 on a live connection.
    db = Database(url, pool_size=1)
    demoted = db.read(lambda conn: (conn.execute(text("SET SESSION default_transaction_read_only = on")), _backend_pid(conn))[1])

    with pytest.raises(DependencyUnavailable):
        db.write(_insert)
    assert db.write(_insert) != demoted
    db.dispose()


def test_a_multi_host_url_skips_a_host_that_is_gone(url):
    live = make_url(url)
    db = Database(_multi_host(url, [f"127.0.0.1:{free_port()}", f"{live.host}:{live.port}"]))
    db.write(_insert)
    assert db.read(lambda conn: conn.execute(text("SELECT count(*) FROM scratch")).scalar()) == 1
    assert db.ping()
    db.dispose()


def test_with_no_reachable_host_reads_and_writes_are_unavailable_and_ping_is_false(url):
    db = Database(_multi_host(url, [f"127.0.0.1:{free_port()}", f"127.0.0.1:{free_port()}"]))
    noticed = []
    db.on_unavailable = lambda: noticed.append(True)
    with pytest.raises(DependencyUnavailable):
        db.write(_insert)
    with pytest.raises(DependencyUnavailable):
        db.read(lambda conn: conn.execute(text("SELECT 1")).scalar())
    assert noticed == [True, True]
    assert db.ping() is False
    db.dispose()


def test_lag_tolerant_reads_go_to_the_read_url_and_everything_else_to_the_primary(url, databases):
    replica_url = databases.new_url("postgresql", "payment")  # another database stands in for the standby
    db = Database(url, read_url=replica_url)
    current = text("SELECT current_database()")
    assert db.read(lambda conn: conn.execute(current).scalar(), lag_tolerant=True) == make_url(replica_url).database
    assert db.read(lambda conn: conn.execute(current).scalar()) == make_url(url).database
    assert db.write(lambda conn: conn.execute(current).scalar()) == make_url(url).database
    db.dispose()


def test_lag_tolerant_reads_fall_back_to_the_primary_while_the_read_url_is_unreachable(url):
    db = Database(url, read_url=_multi_host(url, [f"127.0.0.1:{free_port()}"], "prefer-standby"))
    noticed = []
    db.on_unavailable = lambda: noticed.append(True)
    current = text("SELECT current_database()")
    assert db.read(lambda conn: conn.execute(current).scalar(), lag_tolerant=True) == make_url(url).database
    assert noticed == []  # the primary is fine: health has nothing to re-check
    db.dispose()


def test_a_read_url_needs_postgresql(tmp_path, url):
    with pytest.raises(ValueError, match="PostgreSQL"):
        Database(f"sqlite:///{tmp_path / 'x.db'}", read_url=url)


def test_pay_lists_intents_and_audits_shipments_from_its_read_url_and_the_rest_from_the_primary(databases):
    # The read URL is another, empty database: what it answers shows which reads went there.
    stack = start_stack(
        databases.new_url("postgresql", "freight"),
        databases.new_url("postgresql", "payment"),
        pay_read_url=databases.new_url("postgresql", "payment"),
    )
    try:
        payment = stack.payment_stub()
        seeded = seed(stack.freight_stub(), payment, "LOW")
        assert payment.GetPaymentIntent(payment_pb2.GetPaymentIntentRequest(intent_id=seeded.intent_id)).payment_intent.intent_id
        assert payment.ListPaymentIntents(payment_pb2.ListPaymentIntentsRequest()).total_size == 0
        # The empty replica has never heard of the shipment: NOT_FOUND proves the audit read went there.
        audit = call_error(payment.GetShipmentAudit, payment_pb2.GetShipmentAuditRequest(shipment_id=seeded.shipment_id))
        assert audit.reason == "SHIPMENT_UNKNOWN_TO_PAYMENT"
    finally:
        stack.stop()
