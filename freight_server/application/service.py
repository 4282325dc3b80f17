"""Freight use cases. Each method is one database transaction built from domain rules
and repository calls; the RPC layer converts requests into the arguments here."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import AlreadyExists, InvalidArgument, NotFound
from chainbridge_common.runtime.clock import Clock
from chainbridge_common.runtime.database import Database, is_unique_violation
from chainbridge_common.runtime.ids import new_id
from chainbridge_common.runtime.pagination import Page, PageRequest
from freight_server.domain import events as event_rules
from freight_server.domain import risk_model
from freight_server.domain.events import DeliveryState, EventDelivery, EventDraft, ShipmentEvent
from freight_server.domain.shipments import (
    Shipment,
    ShipmentDraft,
    ShipmentStatus,
    check_cancellable,
    check_updatable,
    status_after_event,
)
from freight_server.domain.tokens import FreightToken, check_tokenizable
from freight_server.storage import repository as repo

log = logging.getLogger(__name__)


class OutboxHandoff(Protocol):
    """Where committed events go for delivery (the outbox dispatcher)."""

    def lease_until(self, now: datetime) -> datetime | None:
        """The delivery lease to store new events with, when the dispatcher will take
        them straight from this process after commit; None leaves them due for a claim."""
        ...

    def committed(self, events: Sequence[ShipmentEvent]) -> None:
        """Called after the events' transaction commits."""
        ...


class _NoHandoff:
    def lease_until(self, now: datetime) -> datetime | None:
        return None

    def committed(self, events: Sequence[ShipmentEvent]) -> None:
        pass


class FreightApplication:
    def __init__(self, db: Database, clock: Clock, outbox: OutboxHandoff | None = None):
        self.db = db
        self.clock = clock
        self.outbox = outbox or _NoHandoff()

    # ------------------------------------------------------------ shipments

    def create_shipment(self, draft: ShipmentDraft, *, trace_request_id: str = "") -> Shipment:
        def work(conn: Connection) -> Shipment:
            now = self.clock.now()
            shipment = Shipment(
                shipment_id=new_id("shp"),
                status=ShipmentStatus.CREATED,
                freight_token_id=None,
                create_time=now,
                update_time=now,
                **{field.name: getattr(draft, field.name) for field in dataclasses.fields(draft)},
            )
            repo.insert_shipment(conn, shipment)
            lease = self.outbox.lease_until(now)
            created = self._new_event(
                shipment, ShipmentEventType.CREATED, now, {}, repeated=False, trace_request_id=trace_request_id, now=now, lease=lease
            )
            repo.insert_events(conn, [created])
            self.db.after_commit(lambda: self.outbox.committed([created]))
            return shipment

        return self.db.write(work)

    def get_shipment(self, shipment_id: str) -> Shipment:
        return self.db.read(lambda conn: self._shipment(conn, shipment_id))

    def list_shipments(self, *, status: ShipmentStatus | None, carrier_id: str | None, page: PageRequest) -> Page:
        def work(conn: Connection) -> Page:
            fetched = repo.list_shipments(
                conn, status=status, carrier_id=carrier_id, before_id=page.after[0] if page.after else None, limit=page.size + 1
            )
            total = repo.count_shipments(conn, status=status, carrier_id=carrier_id)
            return Page.of(fetched, page, total)

        return self.db.read(work)

    def update_shipment(self, shipment_id: str, fields: set[str], changes: Mapping[str, Any]) -> Shipment:
        """Apply `changes` (Shipment attributes) for the proto `fields` named in the mask."""

        def work(conn: Connection) -> Shipment:
            shipment = self._shipment(conn, shipment_id, for_update=True)
            check_updatable(shipment, fields)
            updated = dataclasses.replace(shipment, **changes, update_time=self.clock.now())
            repo.save_shipment(conn, updated)
            return updated

        return self.db.write(work)

    def cancel_shipment(self, shipment_id: str, reason: str) -> Shipment:
        def work(conn: Connection) -> Shipment:
            shipment = self._shipment(conn, shipment_id, for_update=True)
            check_cancellable(shipment)
            cancelled = dataclasses.replace(shipment, status=ShipmentStatus.CANCELLED, cancel_reason=reason, update_time=self.clock.now())
            repo.save_shipment(conn, cancelled)
            return cancelled

        return self.db.write(work)

    # ------------------------------------------------------------ tokens

    def tokenize_shipment(self, shipment_id: str) -> FreightToken:
        def work(conn: Connection) -> FreightToken:
            shipment = self._shipment(conn, shipment_id, for_update=True)
            check_tokenizable(shipment)
            if shipment.freight_token_id:
                raise AlreadyExists(
                    f"shipment {shipment_id} is already tokenized as {shipment.freight_token_id}",
                    reason="SHIPMENT_ALREADY_TOKENIZED",
                    metadata={"token_id": shipment.freight_token_id},
                )
            now = self.clock.now()
            assessment = risk_model.assess(
                risk_model.RiskInputs(
                    cargo_category=shipment.cargo_category,
                    transport_mode=shipment.transport_mode,
                    origin=shipment.origin,
                    destination=shipment.destination,
                    declared_amount_minor=shipment.declared_amount_minor,
                    declared_currency=shipment.declared_currency,
                )
            )
            token = FreightToken(
                token_id=new_id("ftk"),
                shipment_id=shipment_id,
                face_amount_minor=shipment.declared_amount_minor,
                face_currency=shipment.declared_currency,
                risk=assessment,
                create_time=now,
            )
            repo.insert_token(conn, token)
            repo.save_shipment(conn, dataclasses.replace(shipment, freight_token_id=token.token_id, update_time=now))
            return token

        try:
            return self.db.write(work)
        except IntegrityError as error:
            if is_unique_violation(error):  # a concurrent TokenizeShipment won the race
                raise AlreadyExists(f"shipment {shipment_id} is already tokenized", reason="SHIPMENT_ALREADY_TOKENIZED") from None
            raise

    def get_token(self, *, token_id: str | None = None, shipment_id: str | None = None) -> FreightToken:
        def work(conn: Connection) -> FreightToken:
            if shipment_id is not None:
                token = repo.get_token(conn, shipment_id=shipment_id)
                if token is None:
                    self._shipment(conn, shipment_id)  # NOT_FOUND for an unknown shipment
                    raise NotFound("freight token of shipment", shipment_id, reason="SHIPMENT_NOT_TOKENIZED")
                return token
            token = repo.get_token(conn, token_id=token_id)
            if token is None:
                raise NotFound("freight token", token_id or "", reason="FREIGHT_TOKEN_NOT_FOUND")
            return token

        return self.db.read(work)

    def list_tokens(self, *, risk_tier: RiskTier | None, page: PageRequest) -> Page:
        def work(conn: Connection) -> Page:
            fetched = repo.list_tokens(conn, risk_tier=risk_tier, before_id=page.after[0] if page.after else None, limit=page.size + 1)
            return Page.of(fetched, page, repo.count_tokens(conn, risk_tier=risk_tier))

        return self.db.read(work)

    # ------------------------------------------------------------ events

    def record_events(
        self,
        drafts: Sequence[EventDraft],
        *,
        trace_request_id: str = "",
        field_prefix: str = "",
        answers: Callable[[list[ShipmentEvent]], Sequence[dict]] | None = None,
    ) -> list[ShipmentEvent]:
        """Record events in one transaction, in order, each under the rules of a single
        RecordShipmentEvent (earlier events of the batch count for later ones). All or
        nothing; errors name the offending item (`field_prefix` + index). `answers`
        turns the new events into idempotency rows written with them."""

        def locate(index: int) -> str:
            return f"{field_prefix}[{index}]." if field_prefix else ""

        for index, draft in enumerate(drafts):
            if draft.event_type is ShipmentEventType.CREATED:
                raise InvalidArgument.single(f"{locate(index)}event_type", "CREATED is recorded by CreateShipment itself")

        def work(conn: Connection) -> list[ShipmentEvent]:
            now = self.clock.now()
            for index, draft in enumerate(drafts):
                event_rules.check_occurred_at(draft.occurred_at or now, now, field_path=f"{locate(index)}occurred_at")
            # Row locks, in id order, order this against CancelShipment and concurrent events.
            shipments, recorded = repo.lock_shipments(conn, {d.shipment_id for d in drafts})
            lease = self.outbox.lease_until(now)
            events = []
            advanced: set[str] = set()
            for draft in drafts:
                shipment = shipments.get(draft.shipment_id)
                if shipment is None:
                    raise NotFound("shipment", draft.shipment_id)
                seen = recorded[shipment.shipment_id]
                event_rules.check_event_allowed(shipment, draft.event_type, seen)
                events.append(
                    self._new_event(
                        shipment,
                        draft.event_type,
                        draft.occurred_at or now,
                        draft.metadata,
                        repeated=draft.event_type in seen,
                        trace_request_id=draft.trace_request_id or trace_request_id,
                        now=now,
                        lease=lease,
                    )
                )
                seen.add(draft.event_type)
                new_status = status_after_event(shipment.status, draft.event_type)
                if new_status is not shipment.status:
                    shipments[shipment.shipment_id] = dataclasses.replace(shipment, status=new_status, update_time=now)
                    advanced.add(shipment.shipment_id)
            repo.store_recorded(
                conn, events, [shipments[shipment_id] for shipment_id in sorted(advanced)], answers(events) if answers else []
            )
            # Hand over only once the events are committed, or pay could hear of an event
            # that then rolls back.
            self.db.after_commit(lambda: self.outbox.committed(events))
            return events

        events = self.db.write(work)
        return events

    def list_events(self, *, shipment_id: str, delivery_state: DeliveryState | None, page: PageRequest) -> Page:
        def work(conn: Connection) -> Page:
            self._shipment(conn, shipment_id)
            before = (int(page.after[0]), str(page.after[1])) if page.after else None
            fetched = repo.list_events(conn, shipment_id=shipment_id, delivery_state=delivery_state, before=before, limit=page.size + 1)
            total = repo.count_events(conn, shipment_id=shipment_id, delivery_state=delivery_state)
            return Page.of(fetched, page, total)

        return self.db.read(work)

    def get_event(self, event_id: str) -> ShipmentEvent:
        def work(conn: Connection) -> ShipmentEvent:
            event = repo.get_event(conn, event_id)
            if event is None:
                raise NotFound("shipment event", event_id)
            return event

        return self.db.read(work)

    def outbox_status(self) -> repo.OutboxStatus:
        return self.db.read(repo.outbox_status)

    # ------------------------------------------------------------ helpers

    def _shipment(self, conn: Connection, shipment_id: str, *, for_update: bool = False) -> Shipment:
        shipment = repo.get_shipment(conn, shipment_id, for_update=for_update)
        if shipment is None:
            raise NotFound("shipment", shipment_id)
        return shipment

    @staticmethod
    def _new_event(
        shipment: Shipment,
        event_type: ShipmentEventType,
        occurred_at: datetime,
        metadata: Mapping[str, str],
        *,
        repeated: bool,
        trace_request_id: str,
        now: datetime,
        lease: datetime | None,
    ) -> ShipmentEvent:
        # Leased at birth: the dispatcher of this process delivers it without a claim
        # (the lease is its first attempt); if this process dies first, the lease runs
        # out and any replica claims it like an event whose delivery failed.
        delivery = (
            EventDelivery(attempts=1, last_error="", delivered_at=None, next_attempt_at=lease)
            if lease is not None
            else EventDelivery(attempts=0, last_error="", delivered_at=None, next_attempt_at=now)
        )
        return ShipmentEvent(
            event_id=new_id("sev"),
            shipment_id=shipment.shipment_id,
            event_type=event_type,
            occurred_at=occurred_at,
            recorded_at=now,
            metadata=dict(metadata),
            repeated_type=repeated,
            trace_request_id=trace_request_id,
            delivery=delivery,
        )
