"""Health follows the database: NOT_SERVING while it is unreachable, SERVING again once
it is back; and NOT_SERVING as soon as a graceful stop begins."""

from __future__ import annotations

import grpc
import pytest
from chainbridge.payment.v1 import payment_pb2, payment_pb2_grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from chainbridge_common.runtime.server import ServerSettings
from pay_server.server import PaymentConfig, build_payment_server
from tests.support.databases import PG_ADMIN_URL
from tests.support.servers import free_port
from tests.support.waiting import eventually

pytestmark = pytest.mark.postgresql  # it takes the database away to watch health change

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


def _status(stub, service: str = "") -> int:
    return stub.Check(health_pb2.HealthCheckRequest(service=service), timeout=5).status


def _allow_connections(database: str, allowed: bool) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'ALTER DATABASE "{database}" WITH ALLOW_CONNECTIONS {str(allowed).lower()}'))
        if not allowed:
            conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :name"), {"name": database})
    admin.dispose()


@pytest.fixture
def pay_server(databases, request):
    """A payment server on its own database; its readiness interval is 0.05 s unless the
    test parametrizes this fixture with another (indirect=True)."""
    url = databases.new_url("postgresql", "payment")
    server = build_payment_server(
        PaymentConfig(
            db_url=url, freight_addr=f"127.0.0.1:{free_port()}", server=ServerSettings(port=free_port()), run_release_worker=False
        )
    )
    server.host.readiness_interval_seconds = getattr(request, "param", 0.05)
    server.start()
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
    yield server, health_pb2_grpc.HealthStub(channel), make_url(url).database
    channel.close()
    server.stop(grace=0)


def test_health_is_not_serving_while_the_database_is_unreachable(pay_server):
    server, health, database = pay_server
    assert _status(health) == SERVING
    _allow_connections(database, False)
    try:
        eventually(lambda: _status(health) == NOT_SERVING, timeout=20, message="NOT_SERVING without a database")
        assert _status(health, "chainbridge.payment.v1.PaymentService") == NOT_SERVING
    finally:
        _allow_connections(database, True)
    eventually(lambda: _status(health) == SERVING, timeout=20, message="SERVING again")


def test_health_turns_not_serving_when_a_graceful_stop_begins(pay_server):
    server, health, _ = pay_server
    seen = []
    server.host.on_stopping = lambda: seen.append(_status(health))
    server.stop(grace=1)
    assert seen == [NOT_SERVING]


@pytest.mark.parametrize("pay_server", [3600.0], indirect=True)  # only a failed call can trigger the check
def test_a_call_that_finds_no_database_turns_health_not_serving_without_waiting_for_the_interval(pay_server):
    server, health, database = pay_server
    _allow_connections(database, False)
    try:
        with grpc.insecure_channel(f"127.0.0.1:{server.port}") as channel:
            with pytest.raises(grpc.RpcError) as failed:
                payment_pb2_grpc.PaymentServiceStub(channel).GetPaymentIntent(
                    payment_pb2.GetPaymentIntentRequest(intent_id="pi_missing"), timeout=10
                )
        assert failed.value.code() == grpc.StatusCode.UNAVAILABLE
        eventually(lambda: _status(health) == NOT_SERVING, timeout=20, message="NOT_SERVING after the failed call")
    finally:
        _allow_connections(database, True)
    # While NOT_SERVING the check runs every second, whatever the interval.
    eventually(lambda: _status(health) == SERVING, timeout=20, message="SERVING again")
