"""Milestone settlements in SQL (SettlementRepository)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, update

from chainbridge_common.runtime.timestamps import to_micros
from chainbridge_common.storage.batch_writes import BatchInsert
from pay_server.domain.release_policy import MilestoneStatus
from pay_server.domain.settlements import MilestoneSettlement
from pay_server.storage.rows import dt, settlement_columns, settlement_from_row
from pay_server.storage.schema import milestone_settlements

_INSERT_NEW = BatchInsert(milestone_settlements, conflict_columns=["intent_id", "milestone", "part"], returning="settlement_id")
_IMMUTABLE = ("settlement_id", "intent_id", "shipment_id", "milestone", "part", "create_time_us")


def _filters(intent_id: str | None, shipment_id: str | None, status: MilestoneStatus | None) -> list[Any]:
    conditions = []
    if intent_id:
        conditions.append(milestone_settlements.c.intent_id == intent_id)
    if shipment_id:
        conditions.append(milestone_settlements.c.shipment_id == shipment_id)
    if status is not None:
        conditions.append(milestone_settlements.c.status == status.value)
    return conditions


class SqlSettlementRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def _select(self, *conditions: Any) -> list[MilestoneSettlement]:
        query = select(milestone_settlements).where(*conditions).order_by(milestone_settlements.c.settlement_id)
        return [settlement_from_row(row) for row in self.conn.execute(query)]

    def add_new(self, settlements: Sequence[MilestoneSettlement]) -> set[str]:
        rows = [settlement_columns(s) for s in sorted(settlements, key=lambda s: (s.intent_id, s.milestone.value, s.part))]
        return set(_INSERT_NEW.execute(self.conn, rows))

    def update(self, settlement: MilestoneSettlement, *, expected_status: MilestoneStatus) -> bool:
        values = settlement_columns(settlement)
        for key in _IMMUTABLE:
            del values[key]
        result = self.conn.execute(
            update(milestone_settlements)
            .where(
                milestone_settlements.c.settlement_id == settlement.settlement_id,
                milestone_settlements.c.status == expected_status.value,
            )
            .values(**values)
        )
        return result.rowcount == 1

    def get(self, settlement_id: str) -> MilestoneSettlement | None:
        row = self.conn.execute(select(milestone_settlements).where(milestone_settlements.c.settlement_id == settlement_id)).first()
        return settlement_from_row(row) if row else None

    def of_intents(self, intent_ids: Iterable[str]) -> list[MilestoneSettlement]:
        ids = sorted(set(intent_ids))
        if not ids:
            return []
        query = (
            select(milestone_settlements)
            .where(milestone_settlements.c.intent_id.in_(ids))
            .order_by(milestone_settlements.c.intent_id, milestone_settlements.c.settlement_id)
        )
        return [settlement_from_row(row) for row in self.conn.execute(query)]

    def by_ids(self, settlement_ids: Iterable[str]) -> list[MilestoneSettlement]:
        ids = sorted(set(settlement_ids))
        return self._select(milestone_settlements.c.settlement_id.in_(ids)) if ids else []

    def by_source_events(self, event_ids: Iterable[str]) -> dict[str, list[MilestoneSettlement]]:
        ids = sorted(set(event_ids))
        result: dict[str, list[MilestoneSettlement]] = defaultdict(list)
        for settlement in self._select(milestone_settlements.c.source_event_id.in_(ids)) if ids else []:
            result[settlement.source_event_id].append(settlement)
        return result

    def of_shipment(self, shipment_id: str) -> list[MilestoneSettlement]:
        return self._select(milestone_settlements.c.shipment_id == shipment_id)

    def list(
        self, *, intent_id: str | None, shipment_id: str | None, status: MilestoneStatus | None, after_id: str | None, limit: int
    ) -> list[MilestoneSettlement]:
        conditions = _filters(intent_id, shipment_id, status)
        if after_id is not None:
            conditions.append(milestone_settlements.c.settlement_id > after_id)
        query = select(milestone_settlements).where(*conditions).order_by(milestone_settlements.c.settlement_id).limit(limit)
        return [settlement_from_row(row) for row in self.conn.execute(query)]

    def count(self, *, intent_id: str | None, shipment_id: str | None, status: MilestoneStatus | None) -> int:
        query = select(func.count()).select_from(milestone_settlements).where(*_filters(intent_id, shipment_id, status))
        return int(self.conn.execute(query).scalar_one())

    def due_delayed(self, *, now: datetime, limit: int) -> list[MilestoneSettlement]:
        query = (
            select(milestone_settlements)
            .where(milestone_settlements.c.status == MilestoneStatus.DELAYED.value, milestone_settlements.c.release_at_us <= to_micros(now))
            .order_by(milestone_settlements.c.release_at_us)
            .limit(limit)
        )
        return [settlement_from_row(row) for row in self.conn.execute(query)]

    def overdue_delayed(self, *, now: datetime) -> tuple[datetime | None, int]:
        query = select(func.min(milestone_settlements.c.release_at_us), func.count()).where(
            milestone_settlements.c.status == MilestoneStatus.DELAYED.value, milestone_settlements.c.release_at_us <= to_micros(now)
        )
        oldest, due = self.conn.execute(query).one()
        return dt(oldest), int(due)
