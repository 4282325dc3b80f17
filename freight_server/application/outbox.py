"""Delivery of recorded events to pay (the outbox), as use cases: what the dispatcher
does after each attempt, and what operators do with parked (poison) events."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TypeVar

from chainbridge_common.application.idempotency import Idempotency, RequestKey, ResponseCodec
from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.errors import FailedPrecondition, NotFound
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.runtime.pagination import Page, PageRequest
from freight_server.application.ports import DeliveryFailure, FreightUnitOfWork, OutboxHandoff, OutboxStatus
from freight_server.domain.events import DeliveryState, ShipmentEvent

R = TypeVar("R")

MAX_EVENTS_PER_OPERATION = 500


class OutboxUseCases:
    def __init__(self, transactions: Transactions[FreightUnitOfWork], idempotency: Idempotency[FreightUnitOfWork], clock: Clock):
        self.transactions = transactions
        self.idempotency = idempotency
        self.clock = clock
        self.handoff: OutboxHandoff | None = None  # set when a dispatcher runs: woken by redeliveries

    # ------------------------------------------------------------ the dispatcher

    def claim_due(self, *, lease: timedelta, limit: int) -> list[ShipmentEvent]:
        now = self.clock.now()
        return self.transactions.write(
            lambda uow: uow.events.claim_due(now=now, lease_until=now + lease, limit=limit), single_statement=True
        )

    def mark_delivered(self, event_ids: Sequence[str]) -> None:
        now = self.clock.now()
        self.transactions.write(lambda uow: uow.events.mark_delivered(event_ids, now=now), single_statement=True)

    def release_leases(self, event_ids: Sequence[str]) -> None:
        now = self.clock.now()
        self.transactions.write(lambda uow: uow.events.release_leases(event_ids, now=now), single_statement=True)

    def mark_failed(self, failures: Sequence[DeliveryFailure]) -> None:
        self.transactions.write(lambda uow: uow.events.mark_failed(failures), single_statement=True)

    def park(self, event_ids: Sequence[str], error: str) -> None:
        now = self.clock.now()
        self.transactions.write(lambda uow: uow.events.park(event_ids, now=now, error=error), single_statement=True)

    def status(self) -> OutboxStatus:
        return self.transactions.read(lambda uow: uow.events.status(), lag_tolerant=True)

    # ------------------------------------------------------------ operators

    def list_parked(self, page: PageRequest) -> Page:
        def read(uow: FreightUnitOfWork) -> Page:
            before = (int(page.after[0]), str(page.after[1])) if page.after else None
            fetched = uow.events.list(shipment_id=None, delivery_state=DeliveryState.PARKED, before=before, limit=page.size + 1)
            return Page.of(fetched, page, uow.events.count(shipment_id=None, delivery_state=DeliveryState.PARKED))

        return self.transactions.read(read)

    def redeliver(self, event_ids: Sequence[str], *, key: RequestKey | None, codec: ResponseCodec[list[ShipmentEvent], R]) -> R:
        """Parked events go back to the queue, due now, with a fresh attempt count. Pay
        is idempotent on event ids, so a redelivery never pays twice."""

        def redeliver(uow: FreightUnitOfWork) -> list[ShipmentEvent]:
            self._check_parked(uow, event_ids)
            uow.events.redeliver(event_ids, now=self.clock.now())
            events = [event for event_id in event_ids if (event := uow.events.get(event_id)) is not None]
            handoff = self.handoff
            if handoff is not None:
                uow.after_commit(lambda: handoff.committed(events))
            return events

        return self.idempotency.run(key, codec, redeliver)

    def discard(self, event_ids: Sequence[str], reason: str, *, key: RequestKey | None, codec: ResponseCodec[list[ShipmentEvent], R]) -> R:
        """Parked events are given up: never delivered, kept with the operator's reason."""

        def discard(uow: FreightUnitOfWork) -> list[ShipmentEvent]:
            self._check_parked(uow, event_ids)
            uow.events.discard(event_ids, now=self.clock.now(), reason=reason)
            return [event for event_id in event_ids if (event := uow.events.get(event_id)) is not None]

        return self.idempotency.run(key, codec, discard)

    @staticmethod
    def _check_parked(uow: FreightUnitOfWork, event_ids: Sequence[str]) -> None:
        """All or nothing: every event must exist and be parked."""
        not_parked = []
        for event_id in event_ids:
            event = uow.events.get(event_id)
            if event is None:
                raise NotFound("shipment event", event_id)
            if event.delivery.state is not DeliveryState.PARKED:
                not_parked.append(f"{event_id} ({event.delivery.state.value})")
        if not_parked:
            raise FailedPrecondition(
                f"only PARKED events can be redelivered or discarded; not parked: {', '.join(not_parked)}", reason="EVENT_NOT_PARKED"
            )
