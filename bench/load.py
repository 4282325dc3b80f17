"""Closed-loop load and the settlement observer.

Closed loop: `concurrency` client threads each start an operation, wait for it to end
and start the next, until the run's time or operation budget is spent. So the number
of operations in flight is exactly the concurrency, latency is what one operation
takes end to end, and throughput is what the system sustains at that concurrency.
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import grpc
from chainbridge.common.v1 import common_pb2
from chainbridge.payment.v1 import payment_pb2, payment_pb2_grpc

POD = common_pb2.SHIPMENT_EVENT_TYPE_POD_CONFIRMED
APPROVED = payment_pb2.MILESTONE_STATUS_APPROVED


@dataclass
class RunResult:
    """One measured run: how many operations completed in how long, and each one's latency."""

    count: int
    elapsed: float
    latencies: list[float] = field(default_factory=list)  # seconds, one per operation
    extra: dict[str, list[float]] = field(default_factory=dict)  # other per-operation timings

    @property
    def throughput(self) -> float:
        return self.count / self.elapsed if self.elapsed > 0 else 0.0


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def closed_loop(operation: Callable[[int], float], *, concurrency: int, duration: float, max_operations: int) -> RunResult:
    """Run `operation(index)` (returning its latency in seconds) from `concurrency`
    threads until `duration` seconds have passed or `max_operations` have started.
    In-flight operations finish; the first error stops every thread and is raised."""
    lock = threading.Lock()
    next_index = 0
    latencies: list[float] = []
    failure: list[BaseException] = []
    stop = threading.Event()
    deadline = time.perf_counter() + duration

    def worker() -> None:
        nonlocal next_index
        while not stop.is_set() and time.perf_counter() < deadline:
            with lock:
                index = next_index
                next_index += 1
            if index >= max_operations:
                return
            try:
                latencies.append(operation(index))
            except BaseException as error:  # noqa: BLE001 - handed to the caller below
                failure.append(error)
                stop.set()
                return

    threads = [threading.Thread(target=worker, name=f"bench-client-{i}", daemon=True) for i in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if failure:
        raise failure[0]
    return RunResult(count=len(latencies), elapsed=elapsed, latencies=latencies)


class SettlementWatch:
    """Observes pay's committed milestone changes through one WatchSettlements stream and
    timestamps each on arrival.

    The stream starts "from now" (empty cursor) and carries every change of every intent;
    a change names the freight event that caused it (change.source_event_id). An event is
    *settled* when its POD_CONFIRMED milestone arrives APPROVED: pay committed the
    settlement and told its watchers. Pay wakes open streams on its own commits, so one
    stream sees each commit within a query of it, without adding a poll per event to the
    server being measured.
    """

    def __init__(self, payment: payment_pb2_grpc.PaymentServiceStub):
        self._call = payment.WatchSettlements(payment_pb2.WatchSettlementsRequest())
        self._lock = threading.Lock()
        self._settled: dict[str, float] = {}
        self._waiting: dict[str, threading.Event] = {}
        self.changes_per_event: Counter[str] = Counter()
        self._error: BaseException | None = None
        # Pay sends the stream's headers before any change: once they are here the cursor
        # is fixed, and every change committed from now on will be delivered.
        self._call.initial_metadata()
        self._reader = threading.Thread(target=self._read, name="bench-settlement-watch", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        try:
            for response in self._call:
                arrived = time.perf_counter()
                change = response.change
                event_id = change.source_event_id
                waiter = None
                with self._lock:
                    self.changes_per_event[event_id] += 1
                    if change.milestone == POD and response.settlement.status == APPROVED and event_id not in self._settled:
                        self._settled[event_id] = arrived
                        waiter = self._waiting.pop(event_id, None)
                if waiter is not None:
                    waiter.set()
        except grpc.RpcError as error:
            if error.code() != grpc.StatusCode.CANCELLED:
                self._error = error
        finally:
            with self._lock:
                waiters = list(self._waiting.values())
            for waiter in waiters:
                waiter.set()

    def settled_at(self, event_id: str, timeout: float = 60.0) -> float:
        """perf_counter() time at which the event's settlement arrived (waits for it)."""
        with self._lock:
            arrived = self._settled.get(event_id)
            if arrived is not None:
                return arrived
            waiter = self._waiting.setdefault(event_id, threading.Event())
        if not waiter.wait(timeout):
            raise TimeoutError(f"event {event_id} not settled within {timeout}s")
        with self._lock:
            arrived = self._settled.get(event_id)
        if arrived is None:
            raise RuntimeError(f"settlement stream ended before event {event_id} settled: {self._error!r}")
        return arrived

    def close(self) -> None:
        self._call.cancel()
        self._reader.join(10)
