"""Payment intents in SQL (IntentRepository)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, text

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.runtime.timestamps import to_micros
from pay_server.domain.intents import IntentStatus, PaymentIntent
from pay_server.storage.rows import intent_from_row
from pay_server.storage.schema import payment_intents

_LOCK_OF_SHIPMENTS = (
    select(payment_intents)
    .where(payment_intents.c.shipment_id.in_(bindparam("ids", expanding=True)))
    .order_by(payment_intents.c.intent_id)
    .with_for_update()
)
# The first half of the two-part advisory lock key: intents-per-token locks.
_TOKEN_LOCK_NAMESPACE = 0x7A1
_LOCK_TOKEN = text("SELECT pg_advisory_xact_lock(:namespace, hashtext(:token_id))")


def _filters(status: IntentStatus | None, tier: RiskTier | None, shipment_id: str | None) -> list[Any]:
    conditions = []
    if status is not None:
        conditions.append(payment_intents.c.status == status.value)
    if tier is not None:
        conditions.append(payment_intents.c.risk_tier == tier.value)
    if shipment_id:
        conditions.append(payment_intents.c.shipment_id == shipment_id)
    return conditions


class SqlIntentRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def add(self, intent: PaymentIntent) -> None:
        self.conn.execute(
            insert(payment_intents).values(
                intent_id=intent.intent_id,
                freight_token_id=intent.freight_token_id,
                shipment_id=intent.shipment_id,
                amount_minor=intent.amount_minor,
                currency=intent.currency,
                payer_id=intent.payer_id,
                payee_id=intent.payee_id,
                description=intent.description,
                risk_score_bps=intent.risk_score_bps,
                risk_tier=intent.risk_tier.value,
                status=intent.status.value,
                schedule_kind=None,
                scheduled_at_us=None,
                cancel_reason="",
                create_time_us=to_micros(intent.create_time),
                update_time_us=to_micros(intent.update_time),
            )
        )

    def get(self, intent_id: str, *, for_update: bool = False) -> PaymentIntent | None:
        query = select(payment_intents).where(payment_intents.c.intent_id == intent_id)
        if for_update:
            query = query.with_for_update()
        row = self.conn.execute(query).first()
        return intent_from_row(row) if row else None

    def lock(self, intent_ids: Iterable[str]) -> dict[str, PaymentIntent]:
        ids = sorted(set(intent_ids))
        if not ids:
            return {}
        query = select(payment_intents).where(payment_intents.c.intent_id.in_(ids)).order_by(payment_intents.c.intent_id).with_for_update()
        return {row.intent_id: intent_from_row(row) for row in self.conn.execute(query)}

    def lock_of_shipments(self, shipment_ids: Iterable[str]) -> list[PaymentIntent]:
        ids = sorted(set(shipment_ids))
        if not ids:
            return []
        return [intent_from_row(row) for row in self.conn.execute(_LOCK_OF_SHIPMENTS, {"ids": ids})]

    def lock_token(self, token_id: str) -> None:
        # SQLite needs none: a write transaction there excludes every other writer.
        if self.conn.dialect.name == "postgresql":
            self.conn.execute(_LOCK_TOKEN, {"namespace": _TOKEN_LOCK_NAMESPACE, "token_id": token_id})

    def of_token(self, token_id: str) -> list[PaymentIntent]:
        query = select(payment_intents).where(payment_intents.c.freight_token_id == token_id).order_by(payment_intents.c.intent_id)
        return [intent_from_row(row) for row in self.conn.execute(query)]

    def of_shipment(self, shipment_id: str) -> list[PaymentIntent]:
        query = select(payment_intents).where(payment_intents.c.shipment_id == shipment_id).order_by(payment_intents.c.intent_id)
        return [intent_from_row(row) for row in self.conn.execute(query)]

    def list(
        self, *, status: IntentStatus | None, tier: RiskTier | None, shipment_id: str | None, before_id: str | None, limit: int
    ) -> list[PaymentIntent]:
        conditions = _filters(status, tier, shipment_id)
        if before_id is not None:
            conditions.append(payment_intents.c.intent_id < before_id)
        query = select(payment_intents).where(*conditions).order_by(payment_intents.c.intent_id.desc()).limit(limit)
        return [intent_from_row(row) for row in self.conn.execute(query)]

    def count(self, *, status: IntentStatus | None, tier: RiskTier | None, shipment_id: str | None) -> int:
        query = select(func.count()).select_from(payment_intents).where(*_filters(status, tier, shipment_id))
        return int(self.conn.execute(query).scalar_one())
