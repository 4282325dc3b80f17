"""Delivers recorded shipment events to PaymentService through its generated stub.

The outbox is the shipment_events table itself. A dispatcher claims a batch of due
events (a lease, so a replica that dies mid-delivery only delays them), sends them in
one BatchProcessShipmentEvents call with a deadline, and marks them delivered when pay
acknowledges.

Events recorded by this process skip the claim: while the dispatcher runs, they are
stored already leased to it (lease_until) and handed over in memory once committed
(committed), so the hot path is one transaction to record, one call to pay and one
update to mark delivered. Anything else - events of other replicas, retries after a
failure, leases of a process that died - is found by the claim, which runs whenever the
hand-over queue is empty and at least every poll interval while it is not. A failed batch is retried with capped exponential backoff and jitter,
forever: nothing committed is dropped. Pay is idempotent on event ids, so the
at-least-once delivery here becomes exactly-once settlement there.

Short outages (UNAVAILABLE) are first retried by the channel itself, from the gRPC
service config (see payment_channel_options); the backoff here covers longer ones.

Poison events are parked instead of retried forever. An event pay refuses for good
(INVALID_ARGUMENT, FAILED_PRECONDITION, NOT_FOUND... when sent alone) is parked at once;
one pay keeps failing on (INTERNAL, UNKNOWN) is parked after `max_failed_attempts`. An
outage (UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED) or a credentials problem is
not the event's fault: those are retried forever. Parked events wait for an operator
(FreightService.ListParkedEvents, RedeliverParkedEvents, DiscardParkedEvents).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import grpc
from chainbridge.common.v1 import common_pb2
from chainbridge.payment.v1 import payment_pb2, payment_pb2_grpc

from chainbridge_common.runtime.channels import peer_channel_options
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.runtime.request_context import REQUEST_ID_HEADER
from chainbridge_common.runtime.timestamps import to_timestamp
from chainbridge_common.runtime.tracing import SpanKind, Tracing
from chainbridge_common.runtime.validation import enum_to_proto
from freight_server.application.outbox import OutboxUseCases
from freight_server.application.ports import DeliveryFailure
from freight_server.domain.events import ShipmentEvent

log = logging.getLogger(__name__)

_EVENT_TYPE = common_pb2.ShipmentEventType.DESCRIPTOR
# Codes that mean "pay could not take the batch as a whole"; deliver one by one to
# isolate an event pay refuses, so it cannot hold back the events behind it.
_ISOLATE_CODES = {
    grpc.StatusCode.INVALID_ARGUMENT,
    grpc.StatusCode.FAILED_PRECONDITION,
    grpc.StatusCode.NOT_FOUND,
    grpc.StatusCode.OUT_OF_RANGE,
    grpc.StatusCode.INTERNAL,
    grpc.StatusCode.UNKNOWN,
}
# Pay refused the event itself: retrying the same bytes cannot succeed.
_REFUSED_FOR_GOOD = {
    grpc.StatusCode.INVALID_ARGUMENT,
    grpc.StatusCode.FAILED_PRECONDITION,
    grpc.StatusCode.NOT_FOUND,
    grpc.StatusCode.OUT_OF_RANGE,
    grpc.StatusCode.ALREADY_EXISTS,
    grpc.StatusCode.UNIMPLEMENTED,
}
# Pay failed while processing it: maybe a passing fault, maybe a poison event.
_FAILED_ON_EVENT = {grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN, grpc.StatusCode.DATA_LOSS}


def payment_channel_options(*, max_attempts: int = 4) -> list[tuple[str, object]]:
    """Channel options with transparent retries of UNAVAILABLE for the payment stub."""
    return peer_channel_options("chainbridge.payment.v1.PaymentService", max_attempts=max_attempts, max_backoff="1s")


@dataclass
class DispatcherSettings:
    batch_size: int = 500  # pay takes at most 500 per BatchProcessShipmentEvents
    deadline_seconds: float = 5.0
    # Longer than the deadline plus the channel's retries, so a live dispatcher's lease
    # never expires under it.
    lease_seconds: float = 30.0
    poll_interval_seconds: float = 0.5
    backoff_base_seconds: float = 0.5
    backoff_cap_seconds: float = 60.0
    concurrency: int = 2  # loop 0 sends hand-overs; the others drain backlogs (bench: backfill 4.3k -> 5.0k events/s)
    # Events handed over in memory and not yet sent; past this, new events are stored
    # unleased and wait for a claim instead, so a slow pay cannot grow memory.
    handoff_limit: int = 10_000
    # Attempts that pay failed on (INTERNAL, UNKNOWN) before the event is parked.
    max_failed_attempts: int = 10


def backoff_delay(attempts: int, settings: DispatcherSettings, rng: random.Random) -> float:
    """Exponential backoff with equal jitter: half fixed, half random, capped."""
    ceiling = min(settings.backoff_cap_seconds, settings.backoff_base_seconds * 2 ** max(0, attempts - 1))
    return ceiling / 2 + rng.uniform(0, ceiling / 2)


def to_process_request(event: ShipmentEvent) -> payment_pb2.ProcessShipmentEventRequest:
    """The event as pay takes it: with what the shipment had recorded before it, so pay
    applies claims and milestone events in recording order, and with its claim if any."""
    return payment_pb2.ProcessShipmentEventRequest(
        event_id=event.event_id,
        shipment_id=event.shipment_id,
        event_type=enum_to_proto(_EVENT_TYPE, event.event_type),
        occurred_at=to_timestamp(event.occurred_at),
        lane=event.lane,
        traceparent=event.traceparent,
        claims_filed_before=event.claims_filed_before,
        milestone_events_before=event.milestone_events_before,
        claim=common_pb2.ClaimDetails(
            claimed_amount=common_pb2.Money(amount_minor=event.claim.claimed_minor, currency=event.claim.currency),
            reason=event.claim.reason,
        )
        if event.claim
        else None,
    )


@dataclass
class DeliveryObserver:
    """Hooks for metrics; the defaults do nothing."""

    delivered: Callable[[int], None] = lambda count: None
    failed: Callable[[int, str], None] = lambda count, code: None
    parked: Callable[[int, str], None] = lambda count, code: None


class OutboxDispatcher:
    name = "outbox-dispatcher"

    def __init__(
        self,
        outbox: OutboxUseCases,
        clock: Clock,
        payment_stub: payment_pb2_grpc.PaymentServiceStub,
        settings: DispatcherSettings | None = None,
        *,
        rng: random.Random | None = None,
        observer: DeliveryObserver | None = None,
        call_metadata: Sequence[tuple[str, str]] = (),
        tracing: Tracing | None = None,
    ):
        self.outbox = outbox
        self.clock = clock
        self.stub = payment_stub
        self.settings = settings or DispatcherSettings()
        self.rng = rng or random.Random()
        self.observer = observer or DeliveryObserver()
        self.call_metadata = tuple(call_metadata)
        self.tracing = tracing or Tracing.off()
        self._wake = threading.Event()  # new events (loop 0)
        self._backlog = threading.Event()  # new events stored due, not handed over (claiming loops)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._handoff: deque[ShipmentEvent] = deque()
        self._handoff_enabled = False
        self._next_claim = 0.0  # time.monotonic() of the next claim while hand-overs flow

    # ------------------------------------------------------------ lifecycle

    def start(self) -> None:
        if self.settings.concurrency > 0:
            self.enable_handoff()
        for index in range(self.settings.concurrency):
            # Loop 0 takes the hand-over queue (whole groups make the best batches); the
            # others claim, and take from the queue only when it holds a full batch, so a
            # backlog is sent over several calls at once.
            thread = threading.Thread(target=self._loop, args=(index == 0,), name=f"outbox-dispatcher-{index}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self, timeout: float) -> None:
        self._handoff_enabled = False
        self._stop.set()
        self._wake.set()
        self._backlog.set()
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()
        self._release_handoff()

    def enable_handoff(self) -> None:
        """Take events recorded by this process straight from memory (start() does this
        when it starts delivery threads; tests that drive run_once() may call it)."""
        self._handoff_enabled = True

    # ------------------------------------------------------------ hand-over (OutboxHandoff)

    def lease_until(self, now: datetime) -> datetime | None:
        if not self._handoff_enabled or len(self._handoff) >= self.settings.handoff_limit:
            return None
        return now + timedelta(seconds=self.settings.lease_seconds)

    def committed(self, events: Sequence[ShipmentEvent]) -> None:
        """After commit: queue the events leased to this dispatcher; wake it either way."""
        handed = [e for e in events if e.delivery.attempts > 0]
        self._handoff.extend(handed)
        self._wake.set()
        if len(handed) < len(events) or len(self._handoff) >= self.settings.batch_size:
            self._backlog.set()
        if self._stop.is_set():  # committed while stopping: nobody here will send them
            self._release_handoff()

    def _take_handoff(self) -> list[ShipmentEvent]:
        batch: list[ShipmentEvent] = []
        try:
            while len(batch) < self.settings.batch_size:
                batch.append(self._handoff.popleft())
        except IndexError:
            pass
        return batch

    def _release_handoff(self) -> None:
        """At stop: make the events still queued here due now, so a replica (or the next
        start) delivers them without waiting for their lease to run out."""
        left = self._take_handoff()
        while left:
            ids = [e.event_id for e in left]
            try:
                self.outbox.release_leases(ids)
            except Exception:
                log.exception("could not release %d leased event(s); they wait for their lease to expire", len(ids))
                return
            left = self._take_handoff()

    def _loop(self, take_handoff: bool) -> None:
        while not self._stop.is_set():
            try:
                handled = self.run_once(take_handoff=take_handoff)
            except Exception:
                log.exception("outbox dispatch cycle failed; retrying after the poll interval")
                handled = 0
            if handled == 0:
                wake = self._wake if take_handoff else self._backlog
                wake.wait(self.settings.poll_interval_seconds)
                wake.clear()

    # ------------------------------------------------------------ one cycle

    def run_once(self, *, take_handoff: bool = True) -> int:
        """Deliver one batch handed over in memory and, when due, one claimed batch.
        Returns the number of events handled."""
        # The other loops help with the queue only when it holds a full batch, so they
        # never split the groups that loop 0 would send whole.
        handed = self._take_handoff() if take_handoff or len(self._handoff) >= self.settings.batch_size else []
        if handed:
            self._deliver(handed)
        claimed = 0
        if not handed or time.monotonic() >= self._next_claim:
            claimed = self._claim_and_deliver()
            # A claim that found work is repeated at once (a backlog drains at full
            # speed); one that found nothing waits a poll interval.
            self._next_claim = time.monotonic() + (0 if claimed else self.settings.poll_interval_seconds)
        return len(handed) + claimed

    def _claim_and_deliver(self) -> int:
        batch = self.outbox.claim_due(lease=timedelta(seconds=self.settings.lease_seconds), limit=self.settings.batch_size)
        if not batch:
            return 0
        self._deliver(batch)
        return len(batch)

    def _deliver(self, batch: list[ShipmentEvent]) -> None:
        # The delivery continues the trace of the call that recorded the first event (stored with
        # it), and links the traces of the others: one trace shows record -> delivery -> pay.
        with self.tracing.continued(
            "chainbridge.outbox.deliver",
            batch[0].traceparent,
            kind=SpanKind.PRODUCER,
            links=[e.traceparent for e in batch[1:]],
            attributes={"chainbridge.event_ids": [e.event_id for e in batch[:50]], "chainbridge.batch_size": len(batch)},
        ):
            self._deliver_traced(batch)

    def _deliver_traced(self, batch: list[ShipmentEvent]) -> None:
        try:
            self._send_batch(batch)
        except grpc.RpcError as error:
            if error.code() in _ISOLATE_CODES and len(batch) > 1:
                log.warning("payment service refused a batch of %d (%s); delivering one by one", len(batch), error.code().name)
                for event in batch:
                    self._deliver_single(event)
            else:
                self._record_failure(batch, error)

    def _send_batch(self, batch: list[ShipmentEvent]) -> None:
        request = payment_pb2.BatchProcessShipmentEventsRequest(requests=[to_process_request(e) for e in batch])
        self.stub.BatchProcessShipmentEvents(request, timeout=self.settings.deadline_seconds, metadata=self._metadata(batch))
        self._record_success(batch)

    def _deliver_single(self, event: ShipmentEvent) -> None:
        try:
            self.stub.ProcessShipmentEvent(
                to_process_request(event), timeout=self.settings.deadline_seconds, metadata=self._metadata([event])
            )
        except grpc.RpcError as error:
            self._record_failure([event], error)
        else:
            self._record_success([event])

    def _metadata(self, batch: list[ShipmentEvent]) -> tuple[tuple[str, str], ...]:
        # One request id per delivery call, logged on both sides with every event id, so
        # one event can be followed from RecordShipmentEvent through to its settlement.
        return (*self.call_metadata, (REQUEST_ID_HEADER, f"delivery-{batch[0].event_id}-{len(batch)}-a{batch[0].delivery.attempts}"))

    def _record_success(self, batch: list[ShipmentEvent]) -> None:
        self.outbox.mark_delivered([e.event_id for e in batch])
        self.observer.delivered(len(batch))
        log.info(
            "delivered %d event(s) to the payment service (request %s): %s",
            len(batch),
            self._metadata(batch)[-1][1],
            ",".join(e.event_id for e in batch),
            extra={"fields": {"event_ids": [e.event_id for e in batch]}},
        )

    def _record_failure(self, batch: list[ShipmentEvent], error: grpc.RpcError) -> None:
        now = self.clock.now()
        status = error.code()
        code = status.name if status else "UNKNOWN"
        message = f"{code}: {error.details() or ''}"
        # A lone event pay refused for good, or failed on too often, is poison: park it.
        # A batch is never parked whole - _deliver has already split refused batches.
        poison = len(batch) == 1 and (
            status in _REFUSED_FOR_GOOD or (status in _FAILED_ON_EVENT and batch[0].delivery.attempts >= self.settings.max_failed_attempts)
        )
        if poison:
            self.outbox.park([batch[0].event_id], message)
            self.observer.parked(1, code)
            log.error(
                "parked event %s after %d attempt(s): %s; an operator can redeliver or discard it",
                batch[0].event_id,
                batch[0].delivery.attempts,
                message,
                extra={"fields": {"event_ids": [batch[0].event_id]}},
            )
            return
        failures = []
        for event in batch:
            attempts = event.delivery.attempts  # already counts this attempt (claim increments it)
            delay = backoff_delay(attempts, self.settings, self.rng)
            failures.append(DeliveryFailure(event.event_id, now + timedelta(seconds=delay), message))
        self.outbox.mark_failed(failures)
        self.observer.failed(len(batch), code)
        log.warning("delivery of %d event(s) failed (%s); retrying with backoff", len(batch), message)
