"""Shipment use cases: create, read, list, update, cancel."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, TypeVar

from chainbridge_common.application.idempotency import Idempotency, RequestKey, ResponseCodec
from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.runtime.ids import new_id
from chainbridge_common.runtime.pagination import Page, PageRequest
from freight_server.application.ports import FreightUnitOfWork, OutboxHandoff
from freight_server.application.records import new_event, shipment_or_not_found
from freight_server.domain.shipments import Shipment, ShipmentDraft, ShipmentStatus, check_cancellable, check_updatable

R = TypeVar("R")


class ShipmentUseCases:
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

    def create(self, draft: ShipmentDraft, *, key: RequestKey | None, codec: ResponseCodec[Shipment, R], trace_request_id: str = "") -> R:
        """Store a new shipment and its CREATED event (delivered to pay like every event)."""

        def create(uow: FreightUnitOfWork) -> Shipment:
            now = self.clock.now()
            shipment = Shipment(
                shipment_id=new_id("shp"),
                status=ShipmentStatus.CREATED,
                freight_token_id=None,
                create_time=now,
                update_time=now,
                recorded_events={ShipmentEventType.CREATED: 1},
                **{field.name: getattr(draft, field.name) for field in dataclasses.fields(draft)},
            )
            uow.shipments.add(shipment)
            created = new_event(
                shipment,
                ShipmentEventType.CREATED,
                now,
                {},
                repeated=False,
                trace_request_id=trace_request_id,
                now=now,
                lease=self.outbox.lease_until(now),
            )
            uow.events.add([created])
            uow.after_commit(lambda: self.outbox.committed([created]))
            return shipment

        return self.idempotency.run(key, codec, create)

    def get(self, shipment_id: str) -> Shipment:
        return self.transactions.read(lambda uow: shipment_or_not_found(uow, shipment_id))

    def list(self, *, status: ShipmentStatus | None, carrier_id: str | None, page: PageRequest) -> Page:
        def read(uow: FreightUnitOfWork) -> Page:
            fetched = uow.shipments.list(
                status=status, carrier_id=carrier_id, before_id=page.after[0] if page.after else None, limit=page.size + 1
            )
            return Page.of(fetched, page, uow.shipments.count(status=status, carrier_id=carrier_id))

        return self.transactions.read(read, lag_tolerant=True)

    def update(self, shipment_id: str, fields: set[str], changes: Mapping[str, Any]) -> Shipment:
        """Apply `changes` (Shipment attributes) for the proto `fields` named in the mask."""

        def update(uow: FreightUnitOfWork) -> Shipment:
            shipment = shipment_or_not_found(uow, shipment_id, for_update=True)
            check_updatable(shipment, fields)
            updated = dataclasses.replace(shipment, **changes, update_time=self.clock.now())
            uow.shipments.save(updated)
            return updated

        return self.transactions.write(update)

    def cancel(self, shipment_id: str, reason: str, *, key: RequestKey | None, codec: ResponseCodec[Shipment, R]) -> R:
        def cancel(uow: FreightUnitOfWork) -> Shipment:
            shipment = shipment_or_not_found(uow, shipment_id, for_update=True)
            check_cancellable(shipment)
            cancelled = dataclasses.replace(shipment, status=ShipmentStatus.CANCELLED, cancel_reason=reason, update_time=self.clock.now())
            uow.shipments.save(cancelled)
            return cancelled

        return self.idempotency.run(key, codec, cancel)
