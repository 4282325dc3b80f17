"""Filing a cargo claim: a CLAIM_FILED event, recorded and queued for pay in one
transaction like every event (the rules: freight_server/domain/claims.py)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import TypeVar

from chainbridge_common.application.idempotency import Idempotency, RequestKey, ResponseCodec
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import NotFound
from chainbridge_common.runtime.clock import Clock
from freight_server.application.events import EventUseCases, Recorded
from freight_server.application.ports import FreightUnitOfWork
from freight_server.application.records import new_event
from freight_server.domain.claims import ClaimDraft, check_claim_allowed
from freight_server.domain.events import ClaimDetails, ShipmentEvent, history_counts

R = TypeVar("R")


class ClaimUseCases:
    def __init__(self, idempotency: Idempotency[FreightUnitOfWork], clock: Clock, events: EventUseCases):
        self.idempotency = idempotency
        self.clock = clock
        self.events = events

    def file(self, draft: ClaimDraft, *, key: RequestKey | None, codec: ResponseCodec[ShipmentEvent, R]) -> R:
        """Record the claim's CLAIM_FILED event (filed now); its id is the claim's id."""

        def file(uow: FreightUnitOfWork) -> ShipmentEvent:
            now = self.clock.now()
            # The shipment's row lock orders this against its other events, claims and
            # cancellation: the counts and the claimed total read below cannot change.
            shipment = uow.shipments.lock([draft.shipment_id]).get(draft.shipment_id)
            if shipment is None:
                raise NotFound("shipment", draft.shipment_id)
            seen = Counter(shipment.recorded_events)
            check_claim_allowed(shipment, seen, uow.events.claimed_minor(shipment.shipment_id), draft)
            event = new_event(
                shipment,
                ShipmentEventType.CLAIM_FILED,
                now,
                {},
                repeated=ShipmentEventType.CLAIM_FILED in seen,
                trace_request_id=draft.trace_request_id,
                now=now,
                lease=self.events.outbox.lease_until(now),
            )
            claims_before, milestones_before = history_counts(seen)
            event = dataclasses.replace(
                event,
                claims_filed_before=claims_before,
                milestone_events_before=milestones_before,
                claim=ClaimDetails(draft.claimed_minor, draft.currency, draft.reason),
            )
            seen[ShipmentEventType.CLAIM_FILED] += 1
            counted = dataclasses.replace(shipment, recorded_events=dict(seen), update_time=now)
            self.events.store(uow, Recorded([event], [counted]))
            return event

        return self.idempotency.run(key, codec, file)
