"""Event use cases: record events under the shipment rules (one transaction for a batch),
read and list them."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from typing import TypeVar

from chainbridge_common.application.idempotency import Idempotency, RequestKey, ResponseCodec
from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import InvalidArgument, NotFound
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.runtime.pagination import Page, PageRequest
from freight_server.application.ports import FreightUnitOfWork, OutboxHandoff
from freight_server.application.records import new_event, shipment_or_not_found
from freight_server.domain import events as event_rules
from freight_server.domain.events import DeliveryState, EventDraft, ShipmentEvent
from freight_server.domain.shipments import Shipment, status_after_event

R = TypeVar("R")


@dataclasses.dataclass(frozen=True)
class Recorded:
    """What recording drafts produced, not yet written."""

    events: list[ShipmentEvent]
    advanced: list[Shipment]  # shipments the events changed (event counts, maybe status)


class EventUseCases:
    def __init__(
        self,
        transactions: Transactions[FreightUnitOfWork],
        idempotency: Idempotency[FreightUnitOfWork],
        clock: Clock,
        outbox: OutboxHandoff,
    ):
        self.transactions = transactions
        self.idempotency = idempotency
        self.clock = clock
        self.outbox = outbox

    def prepare(
        self,
        uow: FreightUnitOfWork,
        drafts: Sequence[EventDraft],
        *,
        trace_request_id: str = "",
        traceparent: str = "",
        field_prefix: str = "",
    ) -> Recorded:
        """Apply the rules to `drafts`, in order, each as a single RecordShipmentEvent
        would (earlier drafts count for later ones). Locks the shipments; writes nothing.
        Errors name the offending item (`field_prefix` + index)."""

        def locate(index: int) -> str:
            return f"{field_prefix}[{index}]." if field_prefix else ""

        now = self.clock.now()
        for index, draft in enumerate(drafts):
            if draft.event_type is ShipmentEventType.CREATED:
                raise InvalidArgument.single(f"{locate(index)}event_type", "CREATED is recorded by CreateShipment itself")
            if draft.event_type is ShipmentEventType.CLAIM_FILED:
                raise InvalidArgument.single(f"{locate(index)}event_type", "CLAIM_FILED is recorded by FileClaim, with the claim")
            event_rules.check_occurred_at(draft.occurred_at or now, now, field_path=f"{locate(index)}occurred_at")
        # Row locks, in id order, order this against CancelShipment and concurrent events.
        shipments = uow.shipments.lock({d.shipment_id for d in drafts})
        lease = self.outbox.lease_until(now)
        events = []
        advanced: set[str] = set()
        for draft in drafts:
            shipment = shipments.get(draft.shipment_id)
            if shipment is None:
                raise NotFound("shipment", draft.shipment_id)
            seen = Counter(shipment.recorded_events)
            event_rules.check_event_allowed(shipment, draft.event_type, seen)
            claims_before, milestones_before = event_rules.history_counts(seen)
            events.append(
                dataclasses.replace(
                    new_event(
                        shipment,
                        draft.event_type,
                        draft.occurred_at or now,
                        draft.metadata,
                        repeated=draft.event_type in seen,
                        trace_request_id=draft.trace_request_id or trace_request_id,
                        now=now,
                        lease=lease,
                        traceparent=draft.traceparent or traceparent,
                    ),
                    claims_filed_before=claims_before,
                    milestone_events_before=milestones_before,
                )
            )
            seen[draft.event_type] += 1
            # The counts change with every event: the row is written back each time (it is
            # locked already, and its status may move too).
            shipments[shipment.shipment_id] = dataclasses.replace(
                shipment, status=status_after_event(shipment.status, draft.event_type), recorded_events=dict(seen), update_time=now
            )
            advanced.add(shipment.shipment_id)
        return Recorded(events, [shipments[shipment_id] for shipment_id in sorted(advanced)])

    def store(self, uow: FreightUnitOfWork, recorded: Recorded, answered: Sequence[tuple[RequestKey, bytes]] = ()) -> None:
        """Write what prepare() produced, with the request ids it answers."""
        uow.events.store_recorded(recorded.events, recorded.advanced, answered)
        # Hand over only once the events are committed, or pay could hear of an event
        # that then rolls back.
        events = recorded.events
        uow.after_commit(lambda: self.outbox.committed(events))

    def record_batch(
        self,
        drafts: Sequence[EventDraft],
        *,
        key: RequestKey | None,
        codec: ResponseCodec[list[ShipmentEvent], R],
        trace_request_id: str,
        traceparent: str = "",
    ) -> R:
        """Record events in one transaction, all or nothing (BatchRecordShipmentEvents)."""

        def record(uow: FreightUnitOfWork) -> list[ShipmentEvent]:
            recorded = self.prepare(uow, drafts, trace_request_id=trace_request_id, traceparent=traceparent, field_prefix="requests")
            self.store(uow, recorded)
            return recorded.events

        return self.idempotency.run(key, codec, record)

    def list(self, *, shipment_id: str, delivery_state: DeliveryState | None, page: PageRequest) -> Page:
        def read(uow: FreightUnitOfWork) -> Page:
            shipment_or_not_found(uow, shipment_id)
            before = (int(page.after[0]), str(page.after[1])) if page.after else None
            fetched = uow.events.list(shipment_id=shipment_id, delivery_state=delivery_state, before=before, limit=page.size + 1)
            return Page.of(fetched, page, uow.events.count(shipment_id=shipment_id, delivery_state=delivery_state))

        return self.transactions.read(read)

    def get(self, event_id: str) -> ShipmentEvent:
        def read(uow: FreightUnitOfWork) -> ShipmentEvent:
            event = uow.events.get(event_id)
            if event is None:
                raise NotFound("shipment event", event_id)
            return event

        return self.transactions.read(read)
