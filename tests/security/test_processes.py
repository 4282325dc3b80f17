"""Both servers as real processes behind TLS, configured the way docs/security.md says
(flags for one, environment variables for the other), called with the grpcurl commands
the docs show; and a server that refuses to start exposed."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, fields
from pathlib import Path

import grpc
import pytest
from chainbridge.freight.v1 import freight_pb2, freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2_grpc

from chainbridge_common.runtime.security import SecuritySettings
from tests.security.credentials import DevCerts
from tests.support.servers import ROOT, ServerProcess, free_port, start_process, wait_serving
from tests.support.waiting import eventually
from tests.support.workflow import POD, amounts, record, seed

pytestmark = pytest.mark.e2e

GRPCURL = Path(sys.executable).parent / "grpcurl"
PAYMENT = "chainbridge.payment.v1.PaymentService"


def as_flags(settings: SecuritySettings) -> list[str]:
    flags = []
    for item in fields(settings):
        value = getattr(settings, item.name)
        if isinstance(value, Path):
            flags += [f"--{item.name.replace('_', '-')}", str(value)]
    return flags


def as_env(settings: SecuritySettings, prefix: str) -> dict[str, str]:
    return {
        f"{prefix}_{item.name.upper()}": str(getattr(settings, item.name))
        for item in fields(settings)
        if isinstance(getattr(settings, item.name), Path)
    }


def grpcurl(*args: str, token: str | None = None, connect_timeout: float = 5) -> subprocess.CompletedProcess:
    """grpcurl from the venv, bounded in time. A token is passed through the environment
    (-expand-headers), as the docs advise, so it never shows in the process list."""
    env = {**os.environ, "CHAINBRIDGE_TOKEN": token} if token else dict(os.environ)
    header = ["-expand-headers", "-H", "authorization: Bearer ${CHAINBRIDGE_TOKEN}"] if token else []
    return subprocess.run(
        [str(GRPCURL), "-connect-timeout", str(connect_timeout), "-max-time", "15", *header, *args],
        capture_output=True,
        text=True,
        timeout=30,
        env=env,
    )


def status_code(result: subprocess.CompletedProcess) -> int:
    return result.returncode - 64 if result.returncode >= 64 else -result.returncode  # grpcurl exits 64 + the gRPC code


@dataclass
class Deployment:
    freight: ServerProcess
    pay: ServerProcess


def _start(databases, tmp_path, certs: DevCerts, deployment: str):
    settings = certs.mutual_tls if deployment == "mtls" else certs.tls_with_tokens
    freight_port, pay_port = free_port(), free_port()
    pay = start_process(
        "pay_server",
        port=pay_port,
        db_url=databases.new_url("sqlite", "payment"),
        peer_addr=f"127.0.0.1:{freight_port}",
        log_dir=tmp_path,
        extra=as_flags(settings("payment-server", "payment-service")),
    )
    freight = start_process(
        "freight_server",
        port=freight_port,
        db_url=databases.new_url("sqlite", "freight"),
        peer_addr=f"127.0.0.1:{pay_port}",
        log_dir=tmp_path,
        env=as_env(settings("freight-server", "freight-service"), "FREIGHT"),
    )
    return Deployment(freight, pay)


@pytest.fixture
def mtls_processes(databases, tmp_path, certs):
    deployment = _start(databases, tmp_path, certs, "mtls")
    try:
        wait_serving(deployment.pay, credentials=certs.credentials("client"))
        wait_serving(deployment.freight, credentials=certs.credentials("client"))
        yield deployment
    finally:
        deployment.freight.kill()
        deployment.pay.kill()


@pytest.fixture
def token_processes(databases, tmp_path, certs):
    deployment = _start(databases, tmp_path, certs, "tls+tokens")
    try:
        wait_serving(deployment.pay, credentials=certs.credentials())
        wait_serving(deployment.freight, credentials=certs.credentials())
        yield deployment
    finally:
        deployment.freight.kill()
        deployment.pay.kill()


def _delivered(freight, shipment_id: str) -> bool:
    events = freight.ListShipmentEvents(freight_pb2.ListShipmentEventsRequest(shipment_id=shipment_id), timeout=5).events
    return all(e.delivery.state == freight_pb2.DELIVERY_STATE_DELIVERED for e in events)


def test_mtls_deployment_with_grpcurl_and_the_seed_workflow(mtls_processes, certs):
    ca, pay = ["-cacert", str(certs.path("ca.pem"))], mtls_processes.pay.address

    def cert(stem: str) -> list[str]:
        return ["-cert", str(certs.path(f"{stem}.pem")), "-key", str(certs.path(f"{stem}.key"))]

    # Refused in the handshake: grpcurl reports a failed dial (after its connect timeout).
    assert grpcurl("-plaintext", pay, "list", connect_timeout=1).returncode != 0
    assert grpcurl(*ca, pay, "list", connect_timeout=1).returncode != 0  # no client certificate
    assert grpcurl(*ca, *cert("untrusted-operator"), pay, "list", connect_timeout=1).returncode != 0
    listed = grpcurl(*ca, *cert("operator"), pay, "list")
    assert listed.returncode == 0 and PAYMENT in listed.stdout

    # The seed workflow: pay reads the token from freight, freight delivers POD to pay, both over mTLS.
    with (
        certs_channel(mtls_processes.freight, certs, "client") as freight_channel,
        certs_channel(mtls_processes.pay, certs, "client") as pay_channel,
    ):
        freight = freight_pb2_grpc.FreightServiceStub(freight_channel)
        payment = payment_pb2_grpc.PaymentServiceStub(pay_channel)
        seeded = seed(freight, payment, "LOW")
        record(freight, seeded.shipment_id, POD)
        eventually(lambda: _delivered(freight, seeded.shipment_id), message="events delivered over mTLS")
        assert amounts(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": 200_001, "POD_CONFIRMED": 700_004}

    settle = ["-d", f'{{"intent_id":"{seeded.intent_id}"}}', pay, f"{PAYMENT}/SettlePaymentIntent"]
    refused = grpcurl(*ca, *cert("client"), *settle)
    assert status_code(refused) == 7 and "ROLE_NOT_ALLOWED" in refused.stdout + refused.stderr  # PERMISSION_DENIED
    bad_token = grpcurl(*ca, *cert("client"), *settle, token="cb_not-a-real-token")
    assert status_code(bad_token) == 16 and "INVALID_TOKEN" in bad_token.stdout + bad_token.stderr  # UNAUTHENTICATED
    settled = grpcurl(*ca, *cert("client"), *settle, token=certs.token("operator"))  # the token decides the role
    assert settled.returncode == 0, settled.stdout + settled.stderr
    assert (
        '"actor": "operator/dev-operator"'
        in grpcurl(*ca, *cert("operator"), "-d", f'{{"intent_id":"{seeded.intent_id}"}}', pay, f"{PAYMENT}/GetSettlementHistory").stdout
    )

    for server in (mtls_processes.freight, mtls_processes.pay):
        log = server.log()
        assert "over TLS" in log and "client certificates required (mTLS" in log and "AUTHENTICATION OFF" not in log
        assert not [t for t in ("operator", "client", "freight-service", "payment-service") if certs.token(t) in log]
    assert "refused /chainbridge.payment.v1.PaymentService/SettlePaymentIntent for client/dev-client" in mtls_processes.pay.log()
    assert mtls_processes.freight.terminate() == 0 and mtls_processes.pay.terminate() == 0


def test_tls_deployment_with_bearer_tokens_and_grpcurl(token_processes, certs):
    ca, freight_address = ["-cacert", str(certs.path("ca.pem"))], token_processes.freight.address
    listing = ["-d", "{}", freight_address, "chainbridge.freight.v1.FreightService/ListShipments"]
    anonymous = grpcurl(*ca, *listing)
    assert status_code(anonymous) == 16 and "MISSING_CREDENTIALS" in anonymous.stdout + anonymous.stderr
    assert grpcurl(*ca, *listing, token=certs.token("client")).returncode == 0

    # Service to service with tokens: pay's GetFreightToken, freight's event delivery.
    bearer = certs.bearer(certs.token("client"))
    with (
        certs_channel(token_processes.freight, certs, None) as freight_channel,
        certs_channel(token_processes.pay, certs, None) as pay_channel,
    ):
        freight = WithMetadata(freight_pb2_grpc.FreightServiceStub(freight_channel), bearer)
        payment = WithMetadata(payment_pb2_grpc.PaymentServiceStub(pay_channel), bearer)
        seeded = seed(freight, payment, "LOW")
        record(freight, seeded.shipment_id, POD)
        eventually(lambda: _delivered(freight, seeded.shipment_id), message="events delivered with the service token")
        assert sum(amounts(payment, seeded.intent_id).values()) == 900_005
    assert "bearer token from" in token_processes.freight.log()
    assert token_processes.freight.terminate() == 0 and token_processes.pay.terminate() == 0


def test_a_server_refuses_to_start_in_plaintext_on_a_non_loopback_host(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pay_server",
            "serve",
            "--host",
            "0.0.0.0",
            "--port",
            str(free_port()),
            "--db-url",
            f"sqlite:///{tmp_path}/p.db",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "GRPC_VERBOSITY": "ERROR"},
    )
    assert result.returncode == 2
    assert "refusing to serve PLAINTEXT on non-loopback host '0.0.0.0'" in result.stderr
    assert not (tmp_path / "p.db").exists()  # refused before touching the database


# ---------------------------------------------------------------- helpers


def certs_channel(server: ServerProcess, certs: DevCerts, client: str | None) -> grpc.Channel:
    return grpc.secure_channel(server.address, certs.credentials(client))


class WithMetadata:
    """A stub whose calls all carry `metadata` (a bearer token)."""

    def __init__(self, stub, metadata):
        self._stub, self._metadata = stub, metadata

    def __getattr__(self, name):
        method = getattr(self._stub, name)
        return lambda request, **kwargs: method(request, metadata=self._metadata, **kwargs)
