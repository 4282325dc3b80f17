"""The reads behind settlement statistics and risk signals (AnalyticsRepository).

Every query starts from a time index (milestone_settlements.create_time_us,
received_events.received_at_us, payment_intents.create_time_us) and reaches other rows by
primary key or by their shipment index, so its cost follows the rows in the window, never the
size of the tables; nothing here runs on the event path.

Sums of amounts are exact whatever their size: each amount is split into its high and low 32
bits, whose sums stay far inside int64 on both databases (SQLite's sum() raises on overflow,
and a REAL would round), and the parts are joined again in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Connection, Row, and_, case, func, literal, select

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.timestamps import from_micros, to_micros
from pay_server.domain.analytics import ShipperVolume
from pay_server.domain.events import ReceivedEvent
from pay_server.storage.schema import milestone_settlements, payment_intents, received_events

_settlements = milestone_settlements.c
_intents = payment_intents.c
_events = received_events.c
_HALF = literal(2**32, BigInteger)


def _received_event(row: Row[Any]) -> ReceivedEvent:
    return ReceivedEvent(
        row.event_id,
        row.shipment_id,
        ShipmentEventType(row.event_type),
        from_micros(row.occurred_at_us),
        from_micros(row.received_at_us),
        row.lane,
    )


def _window(column: Any, start: datetime, end: datetime) -> list[Any]:
    return [column >= to_micros(start), column < to_micros(end)]


def _filters(tier: RiskTier | None, payee_id: str | None, currency: str | None) -> list[Any]:
    conditions = []
    if tier is not None:
        conditions.append(_intents.risk_tier == tier.value)
    if payee_id:
        conditions.append(_intents.payee_id == payee_id)
    if currency:
        conditions.append(_settlements.currency == currency)
    return conditions


class SqlAnalyticsRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def status_totals(
        self, *, start: datetime, end: datetime, tier: RiskTier | None, payee_id: str | None, currency: str | None
    ) -> list[tuple[RiskTier, str, str, str, int, int]]:
        """(tier, payee, currency, status, count, exact amount) of the milestones created in the window."""
        query = (
            select(
                _intents.risk_tier,
                _intents.payee_id,
                _settlements.currency,
                _settlements.status,
                func.count(),
                func.sum(_settlements.amount_minor // _HALF),
                func.sum(_settlements.amount_minor % _HALF),
            )
            .select_from(milestone_settlements.join(payment_intents, _intents.intent_id == _settlements.intent_id))
            .where(*_window(_settlements.create_time_us, start, end), *_filters(tier, payee_id, currency))
            .group_by(_intents.risk_tier, _intents.payee_id, _settlements.currency, _settlements.status)
        )
        return [
            (RiskTier(row[0]), row[1], row[2], row[3], int(row[4]), int(row[5]) * 2**32 + int(row[6])) for row in self.conn.execute(query)
        ]

    def durations(
        self, *, start: datetime, end: datetime, tier: RiskTier | None, payee_id: str | None, currency: str | None
    ) -> list[tuple[RiskTier, str, str, int | None, int | None]]:
        """(tier, payee, currency, event->release us, release->settlement us) of the released milestones
        created in the window; event->release only for milestones an event created."""
        query = (
            select(
                _intents.risk_tier,
                _intents.payee_id,
                _settlements.currency,
                _settlements.released_at_us - _events.occurred_at_us,
                _settlements.settled_at_us - _settlements.released_at_us,
            )
            .select_from(
                milestone_settlements.join(payment_intents, _intents.intent_id == _settlements.intent_id).outerjoin(
                    received_events, _events.event_id == _settlements.source_event_id
                )
            )
            .where(
                *_window(_settlements.create_time_us, start, end),
                _settlements.released_at_us.is_not(None),
                *_filters(tier, payee_id, currency),
            )
        )
        return [(RiskTier(row[0]), row[1], row[2], row[3], row[4]) for row in self.conn.execute(query)]

    def events_of_shipments_active_in(self, *, start: datetime, end: datetime) -> dict[str, list[ReceivedEvent]]:
        """Every received event of the shipments that had an event received in the window."""
        active = select(_events.shipment_id).where(*_window(_events.received_at_us, start, end)).distinct().scalar_subquery()
        query = select(received_events).where(_events.shipment_id.in_(active)).order_by(_events.shipment_id, _events.occurred_at_us)
        by_shipment: dict[str, list[ReceivedEvent]] = defaultdict(list)
        for row in self.conn.execute(query):
            by_shipment[row.shipment_id].append(_received_event(row))
        return dict(by_shipment)

    def settlements_of_events(self, event_ids: Iterable[str], milestone: str) -> dict[str, list[str]]:
        """Settlement ids of `milestone` by their source event (through the source_event_id index)."""
        ids = sorted(set(event_ids))
        if not ids:
            return {}
        query = select(_settlements.source_event_id, _settlements.settlement_id).where(
            _settlements.source_event_id.in_(ids), _settlements.milestone == milestone
        )
        found: dict[str, list[str]] = defaultdict(list)
        for event_id, settlement_id in self.conn.execute(query):
            found[event_id].append(settlement_id)
        return dict(found)

    def settlement_outcomes(self, *, start: datetime, end: datetime) -> list[tuple[str, str, str, str, str]]:
        """(settlement id, status, payee, lane, shipment) of the milestones created in the window;
        the lane is that of the event that created the milestone ("" when none)."""
        query = (
            select(
                _settlements.settlement_id,
                _settlements.status,
                _intents.payee_id,
                func.coalesce(_events.lane, ""),
                _settlements.shipment_id,
            )
            .select_from(
                milestone_settlements.join(payment_intents, _intents.intent_id == _settlements.intent_id).outerjoin(
                    received_events, _events.event_id == _settlements.source_event_id
                )
            )
            .where(*_window(_settlements.create_time_us, start, end))
        )
        return [tuple(row) for row in self.conn.execute(query)]  # type: ignore[misc]

    def payees_of_shipments(self, shipment_ids: Iterable[str]) -> dict[str, set[str]]:
        ids = sorted(set(shipment_ids))
        if not ids:
            return {}
        payees: dict[str, set[str]] = defaultdict(set)
        for shipment_id, payee_id in self.conn.execute(
            select(_intents.shipment_id, _intents.payee_id).where(_intents.shipment_id.in_(ids))
        ):
            payees[shipment_id].add(payee_id)
        return dict(payees)

    def shipper_volumes(self, *, baseline_start: datetime, start: datetime, end: datetime, evidence_limit: int) -> list[ShipperVolume]:
        """Intents created per payer in the window and in the baseline before it."""
        in_window = func.sum(case((_intents.create_time_us >= to_micros(start), 1), else_=0))
        query = (
            select(_intents.payer_id, func.count(), in_window)
            .where(*_window(_intents.create_time_us, baseline_start, end))
            .group_by(_intents.payer_id)
        )
        counts = {payer: (int(total), int(window or 0)) for payer, total, window in self.conn.execute(query)}
        volumes = []
        for payer, (total, window) in counts.items():
            volumes.append(ShipperVolume(payer, window, total - window))
        return volumes

    def intents_of_payer(self, payer_id: str, *, start: datetime, end: datetime, limit: int) -> list[str]:
        query = (
            select(_intents.intent_id)
            .where(and_(_intents.payer_id == payer_id, *_window(_intents.create_time_us, start, end)))
            .order_by(_intents.intent_id)
            .limit(limit)
        )
        return list(self.conn.execute(query).scalars())
