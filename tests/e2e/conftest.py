"""End-to-end fixtures: both servers as real processes on free loopback ports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
from chainbridge.freight.v1 import freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2_grpc

from chainbridge_common.transparency.checkpoint import generate_log_key, write_key_pair
from tests.support.servers import DEV_SEPA_DEBTOR_ENV, ServerProcess, free_port, start_process, wait_serving


@dataclass
class ProcessStack:
    freight: ServerProcess
    pay: ServerProcess
    freight_stub: freight_pb2_grpc.FreightServiceStub
    payment_stub: payment_pb2_grpc.PaymentServiceStub
    pay_db_url: str
    log_public_key: Path  # of the key pay signs its transparency log's tree heads with


@pytest.fixture
def processes(databases, backend, tmp_path):
    freight_port, pay_port = free_port(), free_port()
    freight_url, pay_url = databases.new_url(backend, "freight"), databases.new_url(backend, "payment")
    # As scripts/serve runs it: webhooks may reach loopback receivers (development settings),
    # and tree heads are signed with a development key.
    log_key = tmp_path / "log-key"
    write_key_pair(generate_log_key(), log_key.with_suffix(".pem"), log_key.with_suffix(".pub"))
    pay = start_process(
        "pay_server",
        port=pay_port,
        db_url=pay_url,
        peer_addr=f"127.0.0.1:{freight_port}",
        log_dir=tmp_path,
        extra=["--allow-private-webhooks", "--allow-http-webhooks", "--log-signing-key", str(log_key.with_suffix(".pem"))],
        env=DEV_SEPA_DEBTOR_ENV,  # EUR payouts from the development escrow account, as scripts/serve sets it
    )
    freight = start_process("freight_server", port=freight_port, db_url=freight_url, peer_addr=f"127.0.0.1:{pay_port}", log_dir=tmp_path)
    channels = []
    try:
        wait_serving(pay)
        wait_serving(freight)
        channels = [grpc.insecure_channel(freight.address), grpc.insecure_channel(pay.address)]
        yield ProcessStack(
            freight,
            pay,
            freight_pb2_grpc.FreightServiceStub(channels[0]),
            payment_pb2_grpc.PaymentServiceStub(channels[1]),
            pay_url,
            log_key.with_suffix(".pub"),
        )
    finally:
        for channel in channels:
            channel.close()
        freight.kill()
        pay.kill()
