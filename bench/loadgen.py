"""`python -m bench.loadgen`: the bench's load generator, a grpc.aio closed-loop client in its own process.

A threaded client costs several times more CPU per call than grpc.aio on one event loop, and on
two cores that CPU is taken from the servers being measured; so the bench drives every
per-call section from this process, started as a fresh interpreter (never a fork of a process
that already holds grpc objects).

Closed loop: `concurrency` coroutines each start an operation, await its end and start the
next, until the run's time or operation budget is spent. So exactly `concurrency` operations
are in flight, latency is what one operation takes end to end, and throughput is what the
system sustains at that concurrency.

Protocol: one JSON object per line on stdin, one answer per line on stdout; stdout carries
nothing else. A run is two-phase so the bench can read every process's CPU counters right
before and right after the load, with the request pool already parsed:

    {"command": "watch"}                      -> {"watching": true}   (WatchSettlements open)
    {"command": "run", "operation": ..., "concurrency": 8, "seconds": 5, "max_operations": 400, "items": [...]}
                                              -> {"ready": true}
    {"command": "go"}                         -> the run's result (see `RunReport`)
    {"command": "unwatch"}                    -> what the stream saw: {"events": .., "changes": .., "wrong": {..}}

End of input closes the channels and exits. A failed command answers {"error": "..."}.

Operations:
  noop      - the no-op unary method of bench.noop_server (the ceiling);
  record    - freight RecordShipmentEvent (POD) per item (a shipment id), then wait for the
              event's settlement on the open watch: latency is record -> settled, and "ack" is
              freight's answer alone;
  process   - pay ProcessShipmentEvent per item ({"event_id", "shipment_id"}), which must create
              two settlements;
  lifecycle - a shipment's events in order, one RecordShipmentEvent each (a backfill one event
              at a time); item {"shipment_id", "events": [[event_type, occurred_at_seconds, request_id], ...]}.

Settlement watch: one WatchSettlements stream on the same event loop, opened "from now". Each
change names the freight event that caused it; an event is *settled* when its POD_CONFIRMED
milestone arrives APPROVED. Reading the stream here costs a message parse per change - no
poll per event on the server being measured - and its CPU is counted as the load generator's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import resource
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import grpc
from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2, freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2, payment_pb2_grpc
from google.protobuf import empty_pb2
from google.protobuf.timestamp_pb2 import Timestamp

from bench.noop_server import FULL_METHOD

POD = common_pb2.SHIPMENT_EVENT_TYPE_POD_CONFIRMED
APPROVED = payment_pb2.MILESTONE_STATUS_APPROVED
CALL_TIMEOUT = 60.0
SETTLE_TIMEOUT = 60.0
OPERATIONS = ("noop", "record", "process", "lifecycle")
PERCENTILES = (50, 90, 99)


class LoadError(RuntimeError):
    """An operation failed or the system answered what the bench does not expect."""


def summarize_ms(seconds: list[float]) -> dict[str, float]:
    """p50/p90/p99/max of latencies given in seconds, in milliseconds (empty for no samples)."""
    if not seconds:
        return {}
    ordered = sorted(seconds)
    summary = {f"p{p}": 1e3 * ordered[max(1, math.ceil(p / 100 * len(ordered))) - 1] for p in PERCENTILES}
    summary["max"] = 1e3 * ordered[-1]
    return summary


def _own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class SettlementWatch:
    """One WatchSettlements stream read by a task on this loop, each change timestamped on arrival."""

    def __init__(self, payment: payment_pb2_grpc.PaymentServiceStub):
        self._payment = payment
        self._settled: dict[str, float] = {}
        self._waiting: dict[str, asyncio.Future[float]] = {}
        self.changes_per_event: Counter[str] = Counter()
        self._error: BaseException | None = None
        self._call: Any = None
        self._reader: asyncio.Task[None] | None = None

    async def open(self) -> None:
        self._call = self._payment.WatchSettlements(payment_pb2.WatchSettlementsRequest())
        # Pay sends the stream's headers before any change: once they are here the cursor
        # is fixed, and every change committed from now on will be delivered.
        await self._call.initial_metadata()
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        try:
            async for response in self._call:
                arrived = time.perf_counter()
                change = response.change
                event_id = change.source_event_id
                self.changes_per_event[event_id] += 1
                if change.milestone == POD and response.settlement.status == APPROVED and event_id not in self._settled:
                    self._settled[event_id] = arrived
                    waiter = self._waiting.pop(event_id, None)
                    if waiter is not None and not waiter.done():
                        waiter.set_result(arrived)
        except grpc.aio.AioRpcError as error:
            if error.code() != grpc.StatusCode.CANCELLED:
                self._error = error
        except asyncio.CancelledError:
            pass
        finally:
            for waiter in self._waiting.values():
                if not waiter.done():
                    waiter.set_exception(LoadError(f"settlement stream ended: {self._error!r}"))
            self._waiting.clear()

    async def settled_at(self, event_id: str, timeout: float = SETTLE_TIMEOUT) -> float:
        """perf_counter() time at which the event's settlement arrived (waits for it)."""
        arrived = self._settled.get(event_id)
        if arrived is not None:
            return arrived
        if self._reader is None or self._reader.done():
            raise LoadError(f"no open settlement stream to see event {event_id} settle: {self._error!r}")
        waiter = self._waiting.get(event_id)
        if waiter is None:
            waiter = self._waiting[event_id] = asyncio.get_running_loop().create_future()
        try:
            return await asyncio.wait_for(waiter, timeout)
        except TimeoutError:
            raise LoadError(f"event {event_id} not settled within {timeout:g} s") from None

    async def close(self) -> dict[str, Any]:
        """Cancel the stream; report how many events it saw and any without exactly 2 changes (pickup + POD)."""
        if self._call is not None:
            self._call.cancel()
        if self._reader is not None:
            await asyncio.wait([self._reader], timeout=10)
        wrong = {event: count for event, count in self.changes_per_event.items() if count != 2}
        return {
            "events": len(self.changes_per_event),
            "changes": sum(self.changes_per_event.values()),
            "settled": len(self._settled),
            "wrong": dict(list(wrong.items())[:5]),
            "wrong_count": len(wrong),
        }


class Generator:
    """The channels (one per service: one HTTP/2 connection each, as a service client has) and the runs."""

    def __init__(self, freight_address: str | None, pay_address: str | None, noop_address: str | None):
        self._channels: list[grpc.aio.Channel] = []
        self.freight = freight_pb2_grpc.FreightServiceStub(self._channel(freight_address)) if freight_address else None
        self.payment = payment_pb2_grpc.PaymentServiceStub(self._channel(pay_address)) if pay_address else None
        # The watch gets a connection of its own, so its stream shares no HTTP/2 flow control with the calls.
        self._watch_payment = payment_pb2_grpc.PaymentServiceStub(self._channel(pay_address)) if pay_address else None
        self.noop = (
            self._channel(noop_address).unary_unary(
                FULL_METHOD, request_serializer=empty_pb2.Empty.SerializeToString, response_deserializer=empty_pb2.Empty.FromString
            )
            if noop_address
            else None
        )
        self.watch: SettlementWatch | None = None

    def _channel(self, address: str) -> grpc.aio.Channel:
        channel = grpc.aio.insecure_channel(address)
        self._channels.append(channel)
        return channel

    async def close(self) -> None:
        if self.watch is not None:
            await self.watch.close()
        for channel in self._channels:
            await channel.close()

    async def open_watch(self) -> dict[str, Any]:
        if self._watch_payment is None:
            raise LoadError("watch needs --pay")
        if self.watch is not None:
            raise LoadError("a watch is already open")
        self.watch = SettlementWatch(self._watch_payment)
        await self.watch.open()
        return {"watching": True}

    async def close_watch(self) -> dict[str, Any]:
        if self.watch is None:
            raise LoadError("no watch is open")
        watch, self.watch = self.watch, None
        return await watch.close()

    def operation(self, name: str, items: list[Any], state: RunState) -> Callable[[int], Awaitable[None]]:
        """The coroutine function for one operation of `name` on item `index`; it records its timings in `state`."""
        latencies = state.latencies
        if name == "noop":
            call, request = _need(self.noop, "--noop"), empty_pb2.Empty()

            async def noop(_index: int) -> None:
                started = time.perf_counter()
                await call(request, timeout=CALL_TIMEOUT)
                latencies.append(time.perf_counter() - started)

            return noop

        if name == "record":
            freight, watch, acks = _need(self.freight, "--freight"), _need(self.watch, "an open watch"), state.acks

            async def record(index: int) -> None:
                shipment_id = items[index]
                request = freight_pb2.RecordShipmentEventRequest(
                    shipment_id=shipment_id, event_type=POD, request_id=f"bench-{shipment_id}-pod"
                )
                started = time.perf_counter()
                event = (await freight.RecordShipmentEvent(request, timeout=CALL_TIMEOUT)).event
                acks.append(time.perf_counter() - started)
                latencies.append(await watch.settled_at(event.event_id) - started)

            return record

        if name == "process":
            payment = _need(self.payment, "--pay")

            async def process(index: int) -> None:
                item = items[index]
                occurred_at = Timestamp()
                occurred_at.GetCurrentTime()
                request = payment_pb2.ProcessShipmentEventRequest(
                    event_id=item["event_id"], shipment_id=item["shipment_id"], event_type=POD, occurred_at=occurred_at
                )
                started = time.perf_counter()
                response = await payment.ProcessShipmentEvent(request, timeout=CALL_TIMEOUT)
                latencies.append(time.perf_counter() - started)
                if len(response.settlements) != 2:
                    raise LoadError(f"ProcessShipmentEvent created {len(response.settlements)} settlements, expected 2: {response}")

            return process

        if name == "lifecycle":
            freight, submitted = _need(self.freight, "--freight"), state.submitted_per_item

            async def lifecycle(index: int) -> None:
                item = items[index]
                submitted[index] = 0
                for event_type, occurred_at_seconds, request_id in item["events"]:
                    if time.perf_counter() >= state.deadline:
                        return  # a backfill stopped by its time cap submits part of a lifecycle, in order
                    request = freight_pb2.RecordShipmentEventRequest(
                        shipment_id=item["shipment_id"],
                        event_type=event_type,
                        occurred_at=Timestamp(seconds=occurred_at_seconds),
                        request_id=request_id,
                    )
                    started = time.perf_counter()
                    await freight.RecordShipmentEvent(request, timeout=CALL_TIMEOUT)
                    latencies.append(time.perf_counter() - started)
                    submitted[index] += 1

            return lifecycle

        raise LoadError(f"unknown operation {name!r}; choose from {', '.join(OPERATIONS)}")

    async def run(self, spec: dict[str, Any], go: Callable[[], Awaitable[None]]) -> dict[str, Any]:
        """Prepare the run `spec` describes, await `go()` (the bench reads CPU counters), run it, report it."""
        concurrency, seconds = int(spec["concurrency"]), float(spec["seconds"])
        items = spec.get("items") or []
        # Each item is used once; the no-op needs none, so only its time (or max_operations) bounds it.
        available = sys.maxsize if spec["operation"] == "noop" else len(items)
        max_operations = min(int(spec.get("max_operations") or available), available)
        state = RunState()
        operation = self.operation(spec["operation"], items, state)
        await go()
        cpu_before, started = _own_cpu_seconds(), time.perf_counter()
        state.deadline = started + seconds
        await closed_loop(operation, concurrency=concurrency, deadline=state.deadline, max_operations=max_operations)
        elapsed = time.perf_counter() - started
        cpu = _own_cpu_seconds() - cpu_before
        report: dict[str, Any] = {
            "operation": spec["operation"],
            "concurrency": concurrency,
            "count": len(state.latencies),
            "elapsed_seconds": elapsed,
            "throughput": len(state.latencies) / elapsed if elapsed > 0 else 0.0,
            "cpu_seconds": cpu,
            "latency_ms": summarize_ms(state.latencies),
        }
        if spec["operation"] == "record":
            report["acked"] = len(state.acks)
            report["ack_ms"] = summarize_ms(state.acks)
        if spec["operation"] == "lifecycle":
            report["submitted_per_item"] = [state.submitted_per_item.get(index, 0) for index in range(len(items))]
        return report


@dataclass
class RunState:
    """What one run's operations record: per-operation latencies (seconds) and what they submitted."""

    deadline: float = math.inf
    latencies: list[float] = field(default_factory=list)
    acks: list[float] = field(default_factory=list)  # record: freight's answer alone
    submitted_per_item: dict[int, int] = field(default_factory=dict)  # lifecycle: events sent per shipment


T = TypeVar("T")


def _need(value: T | None, what: str) -> T:
    if value is None:
        raise LoadError(f"this operation needs {what}")
    return value


async def closed_loop(operation: Callable[[int], Awaitable[None]], *, concurrency: int, deadline: float, max_operations: int) -> int:
    """Run `operation(index)` from `concurrency` coroutines until `deadline` (perf_counter) or until
    `max_operations` have started. In-flight operations finish; the first error cancels the rest and
    is raised. Returns the number of operations started."""
    next_index = 0

    async def worker() -> None:
        nonlocal next_index
        while time.perf_counter() < deadline and next_index < max_operations:
            index = next_index
            next_index += 1
            await operation(index)

    async with asyncio.TaskGroup() as group:
        for _ in range(concurrency):
            group.create_task(worker())
    return next_index


async def _serve(generator: Generator) -> None:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=1 << 28)  # a backfill's items arrive as one line of megabytes
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)

    def answer(message: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps(message, separators=(",", ":")) + "\n")
        sys.stdout.flush()

    async def read_command() -> dict[str, Any] | None:
        line = await reader.readline()
        return json.loads(line) if line.strip() else None

    async def go() -> None:
        answer({"ready": True})
        command = await read_command()
        if command is None or command.get("command") != "go":
            raise LoadError(f"expected go, got {command!r}")

    while (command := await read_command()) is not None:
        try:
            match command.get("command"):
                case "watch":
                    answer(await generator.open_watch())
                case "unwatch":
                    answer(await generator.close_watch())
                case "run":
                    answer(await generator.run(command, go))
                case other:
                    raise LoadError(f"unknown command {other!r}")
        except (LoadError, grpc.aio.AioRpcError, KeyError, ValueError, TypeError) as error:
            answer({"error": _describe(error)})
        except BaseExceptionGroup as group:
            answer({"error": "; ".join(_describe(error) for error in group.exceptions[:3])})


def _describe(error: BaseException) -> str:
    if isinstance(error, grpc.aio.AioRpcError):
        return f"{error.code().name}: {error.details()}"
    return f"{type(error).__name__}: {error}"


async def _main(args: argparse.Namespace) -> None:
    generator = Generator(args.freight, args.pay, args.noop)
    try:
        await _serve(generator)
    finally:
        await generator.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.loadgen", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--freight", metavar="HOST:PORT", help="FreightService address")
    parser.add_argument("--pay", metavar="HOST:PORT", help="PaymentService address")
    parser.add_argument("--noop", metavar="HOST:PORT", help="bench.noop_server address")
    asyncio.run(_main(parser.parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
