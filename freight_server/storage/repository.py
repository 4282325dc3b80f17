"""Freight queries. Each function takes an open connection so the application layer
decides the transaction; rows come back as domain objects."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Row, and_, bindparam, func, insert, or_, select, text, update

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.database import PgArrayInsert, PgArrayUpdate, pg_array_literal, pg_combined_writes
from chainbridge_common.runtime.timestamps import from_micros, to_micros
from freight_server.domain.events import DeliveryState, EventDelivery, ShipmentEvent
from freight_server.domain.risk_model import RiskAssessment, RiskFactor
from freight_server.domain.shipments import CargoCategory, Location, Shipment, ShipmentStatus, TransportMode
from freight_server.domain.tokens import FreightToken
from freight_server.storage.schema import freight_tokens, idempotency_keys, shipment_events, shipments

# ---------------------------------------------------------------- shipments


def _shipment_from_row(row: Row) -> Shipment:
    return Shipment(
        shipment_id=row.shipment_id,
        reference=row.reference,
        shipper_id=row.shipper_id,
        carrier_id=row.carrier_id,
        origin=Location(row.origin_country, row.origin_locality, row.origin_postal_code),
        destination=Location(row.destination_country, row.destination_locality, row.destination_postal_code),
        cargo_category=CargoCategory(row.cargo_category),
        cargo_description=row.cargo_description,
        declared_amount_minor=row.declared_amount_minor,
        declared_currency=row.declared_currency,
        weight_grams=row.weight_grams,
        transport_mode=TransportMode(row.transport_mode),
        status=ShipmentStatus(row.status),
        freight_token_id=row.freight_token_id,
        create_time=from_micros(row.create_time_us),
        update_time=from_micros(row.update_time_us),
        cancel_reason=row.cancel_reason,
    )


def shipment_columns(shipment: Shipment) -> dict:
    return {
        "shipment_id": shipment.shipment_id,
        "reference": shipment.reference,
        "shipper_id": shipment.shipper_id,
        "carrier_id": shipment.carrier_id,
        "origin_country": shipment.origin.country_code,
        "origin_locality": shipment.origin.locality,
        "origin_postal_code": shipment.origin.postal_code,
        "destination_country": shipment.destination.country_code,
        "destination_locality": shipment.destination.locality,
        "destination_postal_code": shipment.destination.postal_code,
        "cargo_category": shipment.cargo_category.value,
        "cargo_description": shipment.cargo_description,
        "declared_amount_minor": shipment.declared_amount_minor,
        "declared_currency": shipment.declared_currency,
        "weight_grams": shipment.weight_grams,
        "transport_mode": shipment.transport_mode.value,
        "status": shipment.status.value,
        "freight_token_id": shipment.freight_token_id,
        "cancel_reason": shipment.cancel_reason,
        "create_time_us": to_micros(shipment.create_time),
        "update_time_us": to_micros(shipment.update_time),
    }


def insert_shipment(conn: Connection, shipment: Shipment) -> None:
    conn.execute(insert(shipments).values(**shipment_columns(shipment)))


def get_shipment(conn: Connection, shipment_id: str, *, for_update: bool = False) -> Shipment | None:
    query = select(shipments).where(shipments.c.shipment_id == shipment_id)
    if for_update:
        query = query.with_for_update()
    row = conn.execute(query).first()
    return _shipment_from_row(row) if row else None


# The event path's statements are built once: SQLAlchemy then finds their compiled form
# in its cache without rebuilding the construct and its cache key on every call.
_LOCK_SHIPMENTS = (
    select(shipments)
    .where(shipments.c.shipment_id.in_(bindparam("ids", expanding=True)))
    .order_by(shipments.c.shipment_id)
    .with_for_update()
)
# Read after the lock, in its own statement: under READ COMMITTED each statement sees
# what committed before it started, so this sees every event of a transaction that held
# the lock before us (a subquery of the locking statement would not).
_RECORDED_TYPES = (
    select(shipment_events.c.shipment_id, shipment_events.c.event_type)
    .where(shipment_events.c.shipment_id.in_(bindparam("ids", expanding=True)))
    .distinct()
)
_ADVANCE_STATUS = (
    update(shipments)
    .where(shipments.c.shipment_id == bindparam("b_shipment_id"))
    .values(status=bindparam("b_status"), update_time_us=bindparam("b_update_time_us"))
)


def lock_shipments(conn: Connection, shipment_ids: Iterable[str]) -> tuple[dict[str, Shipment], dict[str, set[ShipmentEventType]]]:
    """Lock shipments in id order (every multi-shipment writer uses this order: no
    deadlocks), then read the event types each has recorded."""
    ids = sorted(set(shipment_ids))
    locked = {row.shipment_id: _shipment_from_row(row) for row in conn.execute(_LOCK_SHIPMENTS, {"ids": ids})}
    recorded: dict[str, set[ShipmentEventType]] = {shipment_id: set() for shipment_id in locked}
    if locked:
        for shipment_id, event_type in conn.execute(_RECORDED_TYPES, {"ids": sorted(locked)}):
            recorded[shipment_id].add(ShipmentEventType(event_type))
    return locked, recorded


def save_statuses(conn: Connection, advanced: Sequence[Shipment]) -> None:
    """Write the status (and update time) of shipments an event moved forward."""
    if advanced:
        conn.execute(
            _ADVANCE_STATUS,
            [{"b_shipment_id": s.shipment_id, "b_status": s.status.value, "b_update_time_us": to_micros(s.update_time)} for s in advanced],
        )


def save_shipment(conn: Connection, shipment: Shipment) -> None:
    values = shipment_columns(shipment)
    del values["shipment_id"], values["create_time_us"]
    conn.execute(update(shipments).where(shipments.c.shipment_id == shipment.shipment_id).values(**values))


def _shipment_filters(status: ShipmentStatus | None, carrier_id: str | None) -> list:
    conditions = []
    if status is not None:
        conditions.append(shipments.c.status == status.value)
    if carrier_id:
        conditions.append(shipments.c.carrier_id == carrier_id)
    return conditions


def list_shipments(
    conn: Connection, *, status: ShipmentStatus | None, carrier_id: str | None, before_id: str | None, limit: int
) -> list[Shipment]:
    """Newest first (ids sort by creation time)."""
    conditions = _shipment_filters(status, carrier_id)
    if before_id is not None:
        conditions.append(shipments.c.shipment_id < before_id)
    query = select(shipments).where(*conditions).order_by(shipments.c.shipment_id.desc()).limit(limit)
    return [_shipment_from_row(row) for row in conn.execute(query)]


def count_shipments(conn: Connection, *, status: ShipmentStatus | None, carrier_id: str | None) -> int:
    return conn.execute(select(func.count()).select_from(shipments).where(*_shipment_filters(status, carrier_id))).scalar_one()


# ---------------------------------------------------------------- tokens


def _token_from_row(row: Row) -> FreightToken:
    factors = tuple(RiskFactor(**factor) for factor in json.loads(row.risk_factors))
    return FreightToken(
        token_id=row.token_id,
        shipment_id=row.shipment_id,
        face_amount_minor=row.face_amount_minor,
        face_currency=row.face_currency,
        risk=RiskAssessment(
            score_bps=row.risk_score_bps,
            tier=RiskTier(row.risk_tier),
            factors=factors,
            model_version=row.risk_model_version,
        ),
        create_time=from_micros(row.create_time_us),
    )


def insert_token(conn: Connection, token: FreightToken) -> None:
    conn.execute(
        insert(freight_tokens).values(
            token_id=token.token_id,
            shipment_id=token.shipment_id,
            face_amount_minor=token.face_amount_minor,
            face_currency=token.face_currency,
            risk_score_bps=token.risk.score_bps,
            risk_tier=token.risk.tier.value,
            risk_factors=json.dumps(
                [{"code": f.code, "description": f.description, "contribution_bps": f.contribution_bps} for f in token.risk.factors]
            ),
            risk_model_version=token.risk.model_version,
            create_time_us=to_micros(token.create_time),
        )
    )


def get_token(conn: Connection, *, token_id: str | None = None, shipment_id: str | None = None) -> FreightToken | None:
    if token_id is not None:
        condition = freight_tokens.c.token_id == token_id
    elif shipment_id is not None:
        condition = freight_tokens.c.shipment_id == shipment_id
    else:
        raise ValueError("token_id or shipment_id is required")
    row = conn.execute(select(freight_tokens).where(condition)).first()
    return _token_from_row(row) if row else None


def list_tokens(conn: Connection, *, risk_tier: RiskTier | None, before_id: str | None, limit: int) -> list[FreightToken]:
    conditions = [freight_tokens.c.risk_tier == risk_tier.value] if risk_tier else []
    if before_id is not None:
        conditions.append(freight_tokens.c.token_id < before_id)
    query = select(freight_tokens).where(*conditions).order_by(freight_tokens.c.token_id.desc()).limit(limit)
    return [_token_from_row(row) for row in conn.execute(query)]


def count_tokens(conn: Connection, *, risk_tier: RiskTier | None) -> int:
    conditions = [freight_tokens.c.risk_tier == risk_tier.value] if risk_tier else []
    return conn.execute(select(func.count()).select_from(freight_tokens).where(*conditions)).scalar_one()


# ---------------------------------------------------------------- events and outbox


def _event_from_row(row: Row) -> ShipmentEvent:
    return ShipmentEvent(
        event_id=row.event_id,
        shipment_id=row.shipment_id,
        event_type=ShipmentEventType(row.event_type),
        occurred_at=from_micros(row.occurred_at_us),
        recorded_at=from_micros(row.recorded_at_us),
        metadata=json.loads(row.metadata_json),
        repeated_type=row.repeated_type,
        trace_request_id=row.trace_request_id,
        delivery=EventDelivery(
            attempts=row.delivery_attempts,
            last_error=row.last_delivery_error,
            delivered_at=from_micros(row.delivered_at_us) if row.delivered_at_us is not None else None,
            next_attempt_at=from_micros(row.next_attempt_at_us) if row.next_attempt_at_us is not None else None,
        ),
    )


_INSERT_EVENTS = insert(shipment_events)


def _event_columns(event: ShipmentEvent) -> dict:
    return {
        "event_id": event.event_id,
        "shipment_id": event.shipment_id,
        "event_type": event.event_type.value,
        "occurred_at_us": to_micros(event.occurred_at),
        "recorded_at_us": to_micros(event.recorded_at),
        "metadata_json": json.dumps(dict(event.metadata), sort_keys=True),
        "repeated_type": event.repeated_type,
        "trace_request_id": event.trace_request_id,
        "delivered_at_us": None,
        "next_attempt_at_us": to_micros(event.delivery.next_attempt_at or event.recorded_at),
        "delivery_attempts": event.delivery.attempts,
        "last_delivery_error": "",
    }


def insert_events(conn: Connection, events: Sequence[ShipmentEvent]) -> None:
    """Store events and, in the same rows, queue their delivery (one statement)."""
    conn.execute(_INSERT_EVENTS, [_event_columns(event) for event in events])


# Everything recording events writes, as one statement on PostgreSQL: one round trip and
# one constant SQL text (prepared once per connection) whatever the number of rows.
_PG_RECORDED_PARTS = {
    "new_events": PgArrayInsert(shipment_events, tuple(shipment_events.c.keys()), prefix="e_"),
    "advanced": PgArrayUpdate(shipments, "shipment_id", ("status", "update_time_us"), prefix="s_"),
    "answers": PgArrayInsert(idempotency_keys, tuple(idempotency_keys.c.keys()), prefix="k_"),
}
_PG_STORE_RECORDED = pg_combined_writes(_PG_RECORDED_PARTS)


def store_recorded(conn: Connection, events: Sequence[ShipmentEvent], advanced: Sequence[Shipment], answers: Sequence[dict]) -> None:
    """Write recorded events (with their outbox state), the statuses they advanced and
    the idempotency rows (`answers`, rows of idempotency_keys) of the requests that
    recorded them."""
    if conn.dialect.name != "postgresql":
        insert_events(conn, events)
        save_statuses(conn, advanced)
        if answers:
            conn.execute(insert(idempotency_keys), list(answers))
        return
    rows = {
        "new_events": [_event_columns(event) for event in events],
        "advanced": [
            {"shipment_id": s.shipment_id, "status": s.status.value, "update_time_us": to_micros(s.update_time)} for s in advanced
        ],
        "answers": answers,
    }
    params: dict[str, str] = {}
    for name, part in _PG_RECORDED_PARTS.items():
        params.update(part.array_params(rows[name]))
    conn.execute(_PG_STORE_RECORDED, params)


def get_event(conn: Connection, event_id: str) -> ShipmentEvent | None:
    row = conn.execute(select(shipment_events).where(shipment_events.c.event_id == event_id)).first()
    return _event_from_row(row) if row else None


def _event_filters(shipment_id: str, delivery_state: DeliveryState | None) -> list:
    conditions = [shipment_events.c.shipment_id == shipment_id]
    if delivery_state is DeliveryState.PENDING:
        conditions.append(shipment_events.c.delivered_at_us.is_(None))
    elif delivery_state is DeliveryState.DELIVERED:
        conditions.append(shipment_events.c.delivered_at_us.is_not(None))
    return conditions


def list_events(
    conn: Connection,
    *,
    shipment_id: str,
    delivery_state: DeliveryState | None,
    before: tuple[int, str] | None,
    limit: int,
) -> list[ShipmentEvent]:
    """Newest occurred_at first; ties broken by event id, newest first."""
    conditions = _event_filters(shipment_id, delivery_state)
    if before is not None:
        occurred_us, event_id = before
        conditions.append(
            or_(
                shipment_events.c.occurred_at_us < occurred_us,
                and_(shipment_events.c.occurred_at_us == occurred_us, shipment_events.c.event_id < event_id),
            )
        )
    query = (
        select(shipment_events)
        .where(*conditions)
        .order_by(shipment_events.c.occurred_at_us.desc(), shipment_events.c.event_id.desc())
        .limit(limit)
    )
    return [_event_from_row(row) for row in conn.execute(query)]


def count_events(conn: Connection, *, shipment_id: str, delivery_state: DeliveryState | None) -> int:
    query = select(func.count()).select_from(shipment_events).where(*_event_filters(shipment_id, delivery_state))
    return conn.execute(query).scalar_one()


def claim_due_events(conn: Connection, *, now_us: int, lease_until_us: int, limit: int) -> list[ShipmentEvent]:
    """Take up to `limit` due events for delivery and lease them until `lease_until_us`.

    On PostgreSQL, FOR UPDATE SKIP LOCKED lets replicas claim disjoint batches without
    waiting on each other; on SQLite the write transaction is already exclusive.
    """
    due = (
        select(shipment_events.c.event_id)
        .where(shipment_events.c.delivered_at_us.is_(None), shipment_events.c.next_attempt_at_us <= now_us)
        .order_by(shipment_events.c.next_attempt_at_us, shipment_events.c.event_id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    claimed = conn.execute(
        update(shipment_events)
        .where(shipment_events.c.event_id.in_(due.scalar_subquery()))
        .values(next_attempt_at_us=lease_until_us, delivery_attempts=shipment_events.c.delivery_attempts + 1)
        .returning(*shipment_events.c)
    ).all()
    events = [_event_from_row(row) for row in claimed]
    events.sort(key=lambda e: (e.recorded_at, e.event_id))
    return events


# Updates of pending events by id. On PostgreSQL as a join with the ids, so each row is
# found by its primary key: as `event_id IN (...) AND delivered_at_us IS NULL` PostgreSQL
# chose the partial index of pending events and filtered it - a scan of the whole backlog
# per batch, which made a 100,000-event backfill spend 39 s of database CPU
# (pg_stat_activity sampling: mark_delivered's UPDATE, 84 of 100).
def _pg_update_pending(assignments: str):
    return text(
        f"UPDATE shipment_events SET {assignments} FROM unnest(CAST(:event_ids AS text[])) AS d(event_id) "
        "WHERE shipment_events.event_id = d.event_id AND shipment_events.delivered_at_us IS NULL"
    )


_MARK_DELIVERED_PG = _pg_update_pending("delivered_at_us = :now_us, next_attempt_at_us = NULL, last_delivery_error = ''")
_RELEASE_LEASES_PG = _pg_update_pending("next_attempt_at_us = :now_us, delivery_attempts = delivery_attempts - 1")


def _update_pending(conn: Connection, event_ids: Iterable[str], now_us: int, pg_statement, values: dict) -> None:
    ids = list(event_ids)
    if conn.dialect.name == "postgresql":
        conn.execute(pg_statement, {"now_us": now_us, "event_ids": pg_array_literal(ids, "text[]")})
    else:
        conn.execute(
            update(shipment_events).where(shipment_events.c.event_id.in_(ids), shipment_events.c.delivered_at_us.is_(None)).values(values)
        )


def mark_delivered(conn: Connection, event_ids: Iterable[str], *, now_us: int) -> None:
    _update_pending(
        conn, event_ids, now_us, _MARK_DELIVERED_PG, {"delivered_at_us": now_us, "next_attempt_at_us": None, "last_delivery_error": ""}
    )


def release_leases(conn: Connection, event_ids: Sequence[str], *, now_us: int) -> None:
    """Make leased, undelivered events due now (their attempt never started)."""
    _update_pending(
        conn,
        event_ids,
        now_us,
        _RELEASE_LEASES_PG,
        {"next_attempt_at_us": now_us, "delivery_attempts": shipment_events.c.delivery_attempts - 1},
    )


def mark_failed(conn: Connection, failures: Sequence[tuple[str, int, str]]) -> None:
    """Record failed attempts: (event_id, next_attempt_at_us, error) each."""
    for event_id, next_attempt_us, error in failures:
        conn.execute(
            update(shipment_events)
            .where(shipment_events.c.event_id == event_id, shipment_events.c.delivered_at_us.is_(None))
            .values(next_attempt_at_us=next_attempt_us, last_delivery_error=error[:1024])
        )


@dataclass(frozen=True)
class OutboxStatus:
    pending_count: int
    delivered_count: int
    oldest_pending_recorded_at_us: int | None
    max_pending_attempts: int
    last_error: str


def outbox_status(conn: Connection) -> OutboxStatus:
    pending = shipment_events.c.delivered_at_us.is_(None)
    pending_count, oldest, max_attempts = conn.execute(
        select(func.count(), func.min(shipment_events.c.recorded_at_us), func.max(shipment_events.c.delivery_attempts)).where(pending)
    ).one()
    total = conn.execute(select(func.count()).select_from(shipment_events)).scalar_one()
    last_error = conn.execute(
        select(shipment_events.c.last_delivery_error)
        .where(pending, shipment_events.c.last_delivery_error != "")
        .order_by(shipment_events.c.delivery_attempts.desc())
        .limit(1)
    ).scalar()
    return OutboxStatus(pending_count, total - pending_count, oldest, max_attempts or 0, last_error or "")
