"""End-to-end fixtures: both servers as real processes on free loopback ports."""

from __future__ import annotations

from dataclasses import dataclass

import grpc
import pytest
from chainbridge.freight.v1 import freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2_grpc

from tests.support.servers import DEV_SEPA_DEBTOR_ENV, ServerProcess, free_port, start_process, wait_serving


@dataclass
class ProcessStack:
    freight: ServerProcess
    pay: ServerProcess
    freight_stub: freight_pb2_grpc.FreightServiceStub
    payment_stub: payment_pb2_grpc.PaymentServiceStub


@pytest.fixture
def processes(databases, backend, tmp_path):
    freight_port, pay_port = free_port(), free_port()
    freight_url, pay_url = databases.new_url(backend, "freight"), databases.new_url(backend, "payment")
    # Configured as scripts/serve configures it (EUR payouts from the development escrow account).
    pay = start_process(
        "pay_server", port=pay_port, db_url=pay_url, peer_addr=f"127.0.0.1:{freight_port}", log_dir=tmp_path, env=DEV_SEPA_DEBTOR_ENV
    )
    freight = start_process("freight_server", port=freight_port, db_url=freight_url, peer_addr=f"127.0.0.1:{pay_port}", log_dir=tmp_path)
    channels = []
    try:
        wait_serving(pay)
        wait_serving(freight)
        channels = [grpc.insecure_channel(freight.address), grpc.insecure_channel(pay.address)]
        yield ProcessStack(freight, pay, freight_pb2_grpc.FreightServiceStub(channels[0]), payment_pb2_grpc.PaymentServiceStub(channels[1]))
    finally:
        for channel in channels:
            channel.close()
        freight.kill()
        pay.kill()
