"""Payment schedules in SQL (ScheduleRepository)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, bindparam, select

from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.storage.batch_writes import BatchInsert
from pay_server.domain.release_policy import ReleaseStrategy
from pay_server.domain.schedules import ScheduleItem
from pay_server.storage.schema import schedule_items

_OF_INTENTS = select(schedule_items).where(schedule_items.c.intent_id.in_(bindparam("ids", expanding=True)))
_INSERT = BatchInsert(schedule_items, ("intent_id", "milestone", "basis_points", "amount_minor", "release_strategy"))


class SqlScheduleRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def add(self, intent_id: str, items: Sequence[ScheduleItem]) -> None:
        _INSERT.execute(
            self.conn,
            [
                {
                    "intent_id": intent_id,
                    "milestone": item.milestone.value,
                    "basis_points": item.basis_points,
                    "amount_minor": item.amount_minor,
                    "release_strategy": item.release_strategy.value,
                }
                for item in items
            ],
        )

    def of_intents(self, intent_ids: Iterable[str]) -> dict[str, dict[ShipmentEventType, ScheduleItem]]:
        ids = sorted(set(intent_ids))
        result: dict[str, dict[ShipmentEventType, ScheduleItem]] = defaultdict(dict)
        if not ids:
            return result
        for row in self.conn.execute(_OF_INTENTS, {"ids": ids}):
            milestone = ShipmentEventType(row.milestone)
            result[row.intent_id][milestone] = ScheduleItem(
                milestone, row.basis_points, row.amount_minor, ReleaseStrategy(row.release_strategy)
            )
        return result
