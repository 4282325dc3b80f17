"""Both servers on loopback: in-process (with a FakeClock) or as real processes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import grpc
from chainbridge.freight.v1 import freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2_grpc

from chainbridge_common.runtime.clock import FakeClock
from chainbridge_common.runtime.security import SecuritySettings
from chainbridge_common.runtime.server import ServerSettings
from chainbridge_common.transparency.checkpoint import generate_log_key
from freight_server.server import FreightConfig, FreightServer, build_freight_server
from freight_server.workers.outbox_dispatcher import DispatcherSettings
from pay_server.notifications.sender import NotificationSettings
from pay_server.rails.sepa import SepaDebtor
from pay_server.server import PaymentConfig, PaymentServer, build_payment_server

ROOT = Path(__file__).resolve().parents[2]

# The escrow account SEPA payout files debit in tests, and in scripts/serve (the textbook
# example IBAN, never a real account). Real processes get it through the environment.
TEST_SEPA_DEBTOR = SepaDebtor("ChainBridge Escrow (development)", "DE89370400440532013000", "COBADEFFXXX")
DEV_SEPA_DEBTOR_ENV = {
    "PAYMENT_SEPA_DEBTOR_NAME": TEST_SEPA_DEBTOR.name,
    "PAYMENT_SEPA_DEBTOR_IBAN": TEST_SEPA_DEBTOR.iban,
    "PAYMENT_SEPA_DEBTOR_BIC": TEST_SEPA_DEBTOR.bic,
}


def free_port() -> int:
    """A port that is free now. The servers bind with SO_REUSEPORT off, so a lost race
    fails loudly instead of sharing a port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Stack:
    """Freight and pay in this process, wired to each other, sharing one FakeClock."""

    clock: FakeClock
    freight: FreightServer
    pay: PaymentServer
    pay_config: PaymentConfig
    channels: list[grpc.Channel] = field(default_factory=list)

    def channel(self, port: int, credentials: grpc.ChannelCredentials | None = None) -> grpc.Channel:
        """A channel to 127.0.0.1:`port`, plaintext unless `credentials`; closed by stop()."""
        address = f"127.0.0.1:{port}"
        channel = grpc.secure_channel(address, credentials) if credentials is not None else grpc.insecure_channel(address)
        self.channels.append(channel)
        return channel

    def freight_stub(self, credentials: grpc.ChannelCredentials | None = None) -> freight_pb2_grpc.FreightServiceStub:
        return freight_pb2_grpc.FreightServiceStub(self.channel(self.freight.port, credentials))

    def payment_stub(self, credentials: grpc.ChannelCredentials | None = None) -> payment_pb2_grpc.PaymentServiceStub:
        return payment_pb2_grpc.PaymentServiceStub(self.channel(self.pay.port, credentials))

    def deliver_events(self) -> int:
        """Run the outbox dispatcher until nothing due is left; returns events handled."""
        total = 0
        while handled := self.freight.dispatcher.run_once():
            total += handled
        return total

    def stop_pay(self) -> None:
        self.pay.stop(grace=0)

    def restart_pay(self) -> None:
        """A new payment server on the same port and database (after stop_pay)."""
        self.pay = build_payment_server(self.pay_config, clock=self.clock)
        self.pay.start()

    def stop(self) -> None:
        for channel in self.channels:
            channel.close()
        self.freight.stop(grace=0)
        self.pay.stop(grace=0)


def start_stack(
    freight_db_url: str,
    pay_db_url: str,
    *,
    release_delay: timedelta = timedelta(hours=24),
    freight_security: SecuritySettings | None = None,
    pay_security: SecuritySettings | None = None,
    pay_read_url: str = "",
    pay_notifications: NotificationSettings | None = None,
    sepa_debtor: SepaDebtor | None = TEST_SEPA_DEBTOR,
) -> Stack:
    """Start both servers in-process. Background loops stay off (no dispatcher or
    release threads): tests drive them with run_once() and the FakeClock. Without
    security settings both serve plaintext and allow every caller. `pay_read_url` is pay's
    --db-read-url; `pay_notifications` its notification settings (the worker is driven with
    run_once()); `sepa_debtor` None starts pay without EUR payouts."""
    clock = FakeClock()
    freight_port, pay_port = free_port(), free_port()
    pay_config = PaymentConfig(
        db_url=pay_db_url,
        db_read_url=pay_read_url,
        freight_addr=f"127.0.0.1:{freight_port}",
        server=ServerSettings(port=pay_port, max_workers=8),
        release_delay=release_delay,
        run_release_worker=False,
        run_notification_worker=False,
        run_log_integrator=False,  # heads and proofs integrate first; tests call log_integrator.run_once()
        notifications=pay_notifications or NotificationSettings(),
        watch_poll_seconds=0.2,
        security=pay_security or SecuritySettings(),
        log_signing_key=generate_log_key(),
        sepa_debtor=sepa_debtor,
    )
    pay = build_payment_server(pay_config, clock=clock)
    freight = build_freight_server(
        FreightConfig(
            db_url=freight_db_url,
            payment_addr=f"127.0.0.1:{pay_port}",
            server=ServerSettings(port=freight_port, max_workers=8),
            dispatcher=DispatcherSettings(concurrency=0, deadline_seconds=5.0),
            security=freight_security or SecuritySettings(),
        ),
        clock=clock,
    )
    pay.start()
    freight.start()
    return Stack(clock=clock, freight=freight, pay=pay, pay_config=pay_config)


# ---------------------------------------------------------------- real processes


@dataclass
class ServerProcess:
    name: str
    port: int
    process: subprocess.Popen
    log_path: Path

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def terminate(self, timeout: float = 20.0) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def migrate(service_module: str, db_url: str) -> None:
    subprocess.run(
        [sys.executable, "-m", service_module, "migrate", "--db-url", db_url, "--log-level", "WARNING"],
        check=True,
        cwd=ROOT,
    )


def start_process(
    service_module: str,
    *,
    port: int,
    db_url: str,
    peer_addr: str,
    log_dir: Path,
    extra: list[str] | None = None,
    env: dict[str, str] | None = None,
) -> ServerProcess:
    log_path = log_dir / f"{service_module}_{port}.log"
    peer_flag = "--payment-addr" if service_module == "freight_server" else "--freight-addr"
    command = [
        sys.executable,
        "-m",
        service_module,
        "serve",
        "--port",
        str(port),
        "--db-url",
        db_url,
        peer_flag,
        peer_addr,
        *(extra or []),
    ]
    with open(log_path, "ab") as log_file:
        process = subprocess.Popen(
            command, stdout=log_file, stderr=subprocess.STDOUT, cwd=ROOT, env={**os.environ, "GRPC_VERBOSITY": "ERROR", **(env or {})}
        )
    return ServerProcess(service_module, port, process, log_path)


def wait_serving(server: ServerProcess, timeout: float = 30.0, credentials: grpc.ChannelCredentials | None = None) -> None:
    """Wait for SERVING on grpc.health.v1; `credentials` for a TLS server."""
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    deadline = time.monotonic() + timeout
    channel = grpc.secure_channel(server.address, credentials) if credentials is not None else grpc.insecure_channel(server.address)
    with channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                raise RuntimeError(f"{server.name} exited with {server.process.returncode}:\n{server.log()}")
            try:
                if (
                    stub.Check(health_pb2.HealthCheckRequest(), timeout=1, wait_for_ready=True).status
                    == health_pb2.HealthCheckResponse.SERVING
                ):
                    return
            except grpc.RpcError:
                pass
            time.sleep(0.05)
    raise TimeoutError(f"{server.name} on {server.address} not SERVING after {timeout}s:\n{server.log()}")


class RefusingPayment(payment_pb2_grpc.PaymentServiceServicer):
    """A PaymentService that answers every delivery with `code`: what freight meets when
    pay refuses an event for good (a newer event type, a rule it breaks) or keeps failing."""

    def __init__(self, code: grpc.StatusCode):
        self.code = code
        self.deliveries = 0

    def ProcessShipmentEvent(self, request, context):
        self.deliveries += 1
        context.abort(self.code, f"refused by the test ({self.code.name})")

    def BatchProcessShipmentEvents(self, request, context):
        self.deliveries += 1
        context.abort(self.code, f"refused by the test ({self.code.name})")


def start_refusing_payment(code: grpc.StatusCode) -> tuple[grpc.Server, RefusingPayment, int]:
    """A real gRPC server on loopback serving RefusingPayment; the caller stops it."""
    from concurrent import futures

    servicer = RefusingPayment(code)
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2), options=[("grpc.so_reuseport", 0)])
    payment_pb2_grpc.add_PaymentServiceServicer_to_server(servicer, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    return server, servicer, port
