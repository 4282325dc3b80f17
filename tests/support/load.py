"""Closed-loop load over the public API for fault tests: every call carries a request id
and is retried, unchanged, while the server is unreachable - exactly what a careful client
does - so a crash can cost time but never a duplicate or a lost acknowledged event."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import grpc
from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2

from tests.support.workflow import CLAIM_WINDOW, PICKUP, POD, Seeded, seed

# Five events per shipment; CLAIM_WINDOW after POD as freight requires. The repeated POD is
# recorded and delivered but must pay nothing more.
EVENT_SEQUENCE = (PICKUP, common_pb2.SHIPMENT_EVENT_TYPE_IN_TRANSIT, POD, POD, CLAIM_WINDOW)
RETRYABLE = {grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED}


def call_with_retries(call: Callable, request, *, give_up_after: float = 60.0):
    deadline = time.monotonic() + give_up_after
    while True:
        try:
            return call(request, timeout=5)
        except grpc.RpcError as error:
            if error.code() not in RETRYABLE or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def seed_many(freight, payment, count: int, *, tier: str = "LOW", base_amount: int = 1_000_005) -> list[tuple[Seeded, int]]:
    """`count` scheduled intents on their own shipments, amounts base_amount + i."""
    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(seed, freight, payment, tier, amount_minor=base_amount + i, reference=f"BOL-LOAD-{i}") for i in range(count)]
        return [(future.result(), base_amount + i) for i, future in enumerate(futures)]


@dataclass
class EventLoad:
    """Records EVENT_SEQUENCE for each shipment from several threads, counting acks."""

    freight_stubs: list  # calls rotate over these (several replicas)
    shipment_ids: list[str]
    acknowledged: dict[str, str] = field(default_factory=dict)  # request_id -> event_id
    lock: threading.Lock = field(default_factory=threading.Lock)
    progress: threading.Condition = field(default_factory=threading.Condition)

    @property
    def total(self) -> int:
        return len(self.shipment_ids) * len(EVENT_SEQUENCE)

    def _record_shipment(self, index: int, shipment_id: str) -> None:
        for position, event_type in enumerate(EVENT_SEQUENCE):
            stub = self.freight_stubs[(index + position) % len(self.freight_stubs)]
            request_id = f"{shipment_id}-{position}"
            request = freight_pb2.RecordShipmentEventRequest(shipment_id=shipment_id, event_type=event_type, request_id=request_id)
            event = call_with_retries(stub.RecordShipmentEvent, request).event
            with self.progress:
                self.acknowledged[request_id] = event.event_id
                self.progress.notify_all()

    def run(self, workers: int = 8) -> None:
        with ThreadPoolExecutor(workers) as pool:
            for future in [pool.submit(self._record_shipment, i, sid) for i, sid in enumerate(self.shipment_ids)]:
                future.result()

    def wait_for(self, count: int, timeout: float = 60.0) -> None:
        with self.progress:
            if not self.progress.wait_for(lambda: len(self.acknowledged) >= count, timeout):
                raise TimeoutError(f"only {len(self.acknowledged)} of {count} events acknowledged")
