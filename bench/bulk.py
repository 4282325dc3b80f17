"""Backfill loaders: ways to push a batch of historical shipment events into the system.

Each loader is one function registered with `@bulk_loader(name)`. It gets the events
(in order per shipment) and a deadline, submits as many as it can, and returns those it
submitted; the harness times it until pay has stored every submitted event. A future
freight batch or streaming RPC plugs in as one more function here, e.g.

    @bulk_loader("freight BatchRecordShipmentEvents x500")
    def freight_batches(context, events, deadline):
        for chunk in chunks(events, 500):
            context.freight.BatchRecordShipmentEvents(..., timeout=60)
        ...
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2, freight_pb2_grpc
from chainbridge.payment.v1 import payment_pb2, payment_pb2_grpc
from google.protobuf.timestamp_pb2 import Timestamp

from bench.load import LoadGenerator
from bench.seeding import SeededShipment
from chainbridge_common.runtime.ids import new_id

# A shipment's life as a backfill replays it: three of the five events pay a milestone.
LIFECYCLE = (
    common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED,
    common_pb2.SHIPMENT_EVENT_TYPE_IN_TRANSIT,
    common_pb2.SHIPMENT_EVENT_TYPE_AT_TERMINAL,
    common_pb2.SHIPMENT_EVENT_TYPE_POD_CONFIRMED,
    common_pb2.SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED,
)
PAYING = frozenset(
    {
        common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED,
        common_pb2.SHIPMENT_EVENT_TYPE_POD_CONFIRMED,
        common_pb2.SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED,
    }
)
MAX_PAY_BATCH = 500


@dataclass(frozen=True)
class HistoricalEvent:
    shipment_id: str
    event_type: int
    occurred_at: Timestamp
    position: int  # index in its shipment's lifecycle


def historical_events(shipments: Sequence[SeededShipment]) -> list[HistoricalEvent]:
    """Each shipment's lifecycle, months ago, shipment after shipment."""
    start = datetime.now(UTC) - timedelta(days=180)
    events = []
    for index, shipment in enumerate(shipments):
        for position, event_type in enumerate(LIFECYCLE):
            moment = start + timedelta(minutes=index, hours=6 * position)
            events.append(HistoricalEvent(shipment.shipment_id, event_type, Timestamp(seconds=int(moment.timestamp())), position))
    return events


@dataclass
class BulkContext:
    """What a loader sends with: blocking stubs for one big call at a time, the load generator for many small ones."""

    freight: freight_pb2_grpc.FreightServiceStub
    payment: payment_pb2_grpc.PaymentServiceStub
    load: LoadGenerator


BulkLoader = Callable[[BulkContext, Sequence[HistoricalEvent], float], list[HistoricalEvent]]
BULK_LOADERS: dict[str, BulkLoader] = {}


def bulk_loader(name: str) -> Callable[[BulkLoader], BulkLoader]:
    def register(loader: BulkLoader) -> BulkLoader:
        BULK_LOADERS[name] = loader
        return loader

    return register


def _by_shipment(events: Sequence[HistoricalEvent]) -> list[list[HistoricalEvent]]:
    shipments: dict[str, list[HistoricalEvent]] = {}
    for event in events:
        shipments.setdefault(event.shipment_id, []).append(event)
    return list(shipments.values())


@bulk_loader("freight RecordShipmentEvent c=32")
def record_one_by_one(context: BulkContext, events: Sequence[HistoricalEvent], deadline: float) -> list[HistoricalEvent]:
    """What exists today for a backfill through freight: one RecordShipmentEvent per
    event (with a request id, as a retrying client sends), 32 shipments at a time, each
    shipment's events in order - sent by the grpc.aio load generator, one shipment's
    lifecycle per operation of its closed loop."""
    lifecycles = _by_shipment(events)
    items = [
        {
            "shipment_id": lifecycle[0].shipment_id,
            "events": [
                [event.event_type, event.occurred_at.seconds, f"backfill-{event.shipment_id}-{event.position}"] for event in lifecycle
            ],
        }
        for lifecycle in lifecycles
    ]
    result = context.load.run("lifecycle", concurrency=32, seconds=max(0.0, deadline - time.perf_counter()), items=items)
    # The generator stops at its deadline between two events of a shipment: each shipment's
    # first n events were sent, in order.
    submitted = [event for lifecycle, sent in zip(lifecycles, result.submitted_per_item, strict=True) for event in lifecycle[:sent]]
    if len(submitted) != result.count:
        raise RuntimeError(f"the load generator sent {result.count} events but accounts for {len(submitted)} per shipment")
    return submitted


@bulk_loader(f"pay BatchProcessShipmentEvents x{MAX_PAY_BATCH}")
def pay_batches(context: BulkContext, events: Sequence[HistoricalEvent], deadline: float) -> list[HistoricalEvent]:
    """Straight into pay, bypassing freight (no freight rows, no outbox): batches of the
    maximum size, one after another, with event ids minted here as freight would."""
    submitted: list[HistoricalEvent] = []
    for start in range(0, len(events), MAX_PAY_BATCH):
        if time.perf_counter() >= deadline:
            break
        chunk = events[start : start + MAX_PAY_BATCH]
        request = payment_pb2.BatchProcessShipmentEventsRequest(
            requests=[
                payment_pb2.ProcessShipmentEventRequest(
                    event_id=new_id("sev"), shipment_id=e.shipment_id, event_type=e.event_type, occurred_at=e.occurred_at
                )
                for e in chunk
            ]
        )
        context.payment.BatchProcessShipmentEvents(request, timeout=120)
        submitted.extend(chunk)
    return submitted


FREIGHT_BATCH = 1000


@bulk_loader(f"freight BatchRecordShipmentEvents x{FREIGHT_BATCH}")
def freight_batches(context: BulkContext, events: Sequence[HistoricalEvent], deadline: float) -> list[HistoricalEvent]:
    """The backfill RPC: the full freight path (rules, outbox, delivery to pay) in batches
    of whole shipment lifecycles, one transaction each, with a batch request id."""
    submitted: list[HistoricalEvent] = []
    for start in range(0, len(events), FREIGHT_BATCH):
        if time.perf_counter() >= deadline:
            break
        chunk = events[start : start + FREIGHT_BATCH]
        context.freight.BatchRecordShipmentEvents(
            freight_pb2.BatchRecordShipmentEventsRequest(
                requests=[
                    freight_pb2.RecordShipmentEventRequest(shipment_id=e.shipment_id, event_type=e.event_type, occurred_at=e.occurred_at)
                    for e in chunk
                ],
                request_id=f"backfill-batch-{chunk[0].shipment_id}-{start}",
            ),
            timeout=120,
        )
        submitted.extend(chunk)
    return submitted
