"""Seed rows straight into the services' databases, following their schemas.

Creating a shipment through the RPCs costs four calls (create, tokenize, intent,
schedule); the bench needs tens of thousands. So it writes the rows those calls would
have written - the same columns and values, computed with the services' own domain
rules (risk model, schedule split, ledger entries) - in a few set-based statements. The
row shapes match what `CreateShipment` -> `TokenizeShipment` -> `CreatePaymentIntent` ->
`BuildPaymentSchedule` (with the CREATED event delivered) leaves behind; the bench checks
that every measured event then creates exactly the settlements the RPC path would.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Table, create_engine, text
from sqlalchemy.engine import Engine

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.ids import new_id
from chainbridge_common.runtime.timestamps import to_micros
from freight_server.domain import risk_model
from freight_server.domain.shipments import CargoCategory, Location, TransportMode
from freight_server.storage.schema import freight_tokens, shipment_events, shipments
from pay_server.domain.ledger import JournalKind, journal_entries
from pay_server.domain.schedules import build_schedule
from pay_server.storage.schema import (
    audit_log,
    ledger_entries,
    ledger_journals,
    payment_intents,
    received_events,
    schedule_items,
)

# A LOW-tier shipment (risk-v1: base 500 + general 0 + road 500 + value band 1000 = 2000
# bps): every milestone of its default schedule is released immediately, so one
# POD_CONFIRMED event settles (APPROVED) the pickup and POD shares at once.
AMOUNT_MINOR = 1_000_005
CURRENCY = "USD"
ORIGIN = Location("US", "Chicago", "60601")
DESTINATION = Location("US", "Denver", "")
SHIPPER, CARRIER = "acme-foods", "roadrunner-freight"


@dataclass(frozen=True)
class SeededShipment:
    shipment_id: str
    intent_id: str


def _risk() -> risk_model.RiskAssessment:
    assessment = risk_model.assess(
        risk_model.RiskInputs(
            cargo_category=CargoCategory.GENERAL,
            transport_mode=TransportMode.ROAD,
            origin=ORIGIN,
            destination=DESTINATION,
            declared_amount_minor=AMOUNT_MINOR,
            declared_currency=CURRENCY,
        )
    )
    assert assessment.tier is RiskTier.LOW, assessment
    return assessment


def bulk_insert(engine: Engine, table_rows: list[tuple[Table, list[dict]]]) -> None:
    """Insert many rows in one transaction through the driver's fastest path: COPY on
    PostgreSQL, a prepared executemany on SQLite (SQLAlchemy's per-row overhead would
    make seeding slower than the workload it prepares)."""
    with engine.begin() as conn:
        driver_connection = conn.connection.driver_connection
        for table, rows in table_rows:
            if not rows:
                continue
            columns = list(rows[0])
            values = ([row[column] for column in columns] for row in rows)
            if engine.dialect.name == "postgresql":
                with driver_connection.cursor() as cursor, cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in values:
                        copy.write_row(row)
            else:
                placeholders = ", ".join("?" for _ in columns)
                # A big page cache: SQLite's default 2 MB makes every index insert a read.
                driver_connection.execute("PRAGMA cache_size = -262144")
                cursor = driver_connection.cursor()
                cursor.executemany(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({placeholders})", values)
                cursor.close()


def seed_shipments(freight_url: str, pay_url: str, count: int) -> list[SeededShipment]:
    """`count` LOW-tier shipments, tokenized, each with one scheduled payment intent."""
    if count <= 0:
        return []
    now = datetime.now(UTC)
    now_us = to_micros(now)
    risk = _risk()
    risk_factors = json.dumps(
        [{"code": f.code, "description": f.description, "contribution_bps": f.contribution_bps} for f in risk.factors]
    )
    kind, items = build_schedule(AMOUNT_MINOR, risk.tier, None)
    funding = journal_entries(JournalKind.FUNDING, AMOUNT_MINOR)

    seeded: list[SeededShipment] = []
    freight_rows: dict[str, list[dict]] = {"shipments": [], "tokens": [], "events": []}
    pay_rows: dict[str, list[dict]] = {name: [] for name in ("intents", "items", "journals", "entries", "audit", "received")}
    for index in range(count):
        shipment_id, token_id, intent_id = new_id("shp"), new_id("ftk"), new_id("pi")
        created_event_id, journal_id = new_id("sev"), new_id("jr")
        seeded.append(SeededShipment(shipment_id, intent_id))
        freight_rows["shipments"].append(
            {
                "shipment_id": shipment_id,
                "reference": f"BOL-BENCH-{index}",
                "shipper_id": SHIPPER,
                "carrier_id": CARRIER,
                "origin_country": ORIGIN.country_code,
                "origin_locality": ORIGIN.locality,
                "origin_postal_code": ORIGIN.postal_code,
                "destination_country": DESTINATION.country_code,
                "destination_locality": DESTINATION.locality,
                "destination_postal_code": DESTINATION.postal_code,
                "cargo_category": CargoCategory.GENERAL.value,
                "cargo_description": "pallets",
                "declared_amount_minor": AMOUNT_MINOR,
                "declared_currency": CURRENCY,
                "weight_grams": 1_200_000,
                "transport_mode": TransportMode.ROAD.value,
                "status": "CREATED",
                "freight_token_id": token_id,
                "cancel_reason": "",
                "create_time_us": now_us,
                "update_time_us": now_us,
            }
        )
        freight_rows["tokens"].append(
            {
                "token_id": token_id,
                "shipment_id": shipment_id,
                "face_amount_minor": AMOUNT_MINOR,
                "face_currency": CURRENCY,
                "risk_score_bps": risk.score_bps,
                "risk_tier": risk.tier.value,
                "risk_factors": risk_factors,
                "risk_model_version": risk.model_version,
                "create_time_us": now_us,
            }
        )
        # CreateShipment's CREATED event, already delivered to pay.
        freight_rows["events"].append(
            {
                "event_id": created_event_id,
                "shipment_id": shipment_id,
                "event_type": ShipmentEventType.CREATED.value,
                "occurred_at_us": now_us,
                "recorded_at_us": now_us,
                "metadata_json": "{}",
                "repeated_type": False,
                "trace_request_id": "",
                "delivered_at_us": now_us,
                "next_attempt_at_us": None,
                "delivery_attempts": 1,
                "last_delivery_error": "",
            }
        )
        pay_rows["intents"].append(
            {
                "intent_id": intent_id,
                "freight_token_id": token_id,
                "shipment_id": shipment_id,
                "amount_minor": AMOUNT_MINOR,
                "currency": CURRENCY,
                "payer_id": SHIPPER,
                "payee_id": CARRIER,
                "description": "",
                "risk_score_bps": risk.score_bps,
                "risk_tier": risk.tier.value,
                "status": "SCHEDULED",
                "schedule_kind": kind.value,
                "scheduled_at_us": now_us,
                "held_minor": 0,
                "released_minor": 0,
                "settled_minor": 0,
                "voided_minor": 0,
                "cancel_reason": "",
                "create_time_us": now_us,
                "update_time_us": now_us,
            }
        )
        pay_rows["items"].extend(
            {
                "intent_id": intent_id,
                "milestone": item.milestone.value,
                "basis_points": item.basis_points,
                "amount_minor": item.amount_minor,
                "release_strategy": item.release_strategy.value,
            }
            for item in items
        )
        pay_rows["journals"].append(
            {
                "journal_id": journal_id,
                "intent_id": intent_id,
                "settlement_id": None,
                "kind": JournalKind.FUNDING.value,
                "amount_minor": AMOUNT_MINOR,
                "currency": CURRENCY,
                "rail_reference": "",
                "create_time_us": now_us,
            }
        )
        pay_rows["entries"].extend(
            {"journal_id": journal_id, "intent_id": intent_id, "account": account.value, "amount_minor": amount, "currency": CURRENCY}
            for account, amount in funding
        )
        common = {
            "intent_id": intent_id,
            "shipment_id": shipment_id,
            "settlement_id": None,
            "milestone": None,
            "amount_minor": AMOUNT_MINOR,
            "currency": CURRENCY,
            "actor": "bench-seed",
            "source_event_id": "",
            "create_time_us": now_us,
        }
        pay_rows["audit"].append(
            {**common, "from_status": "", "to_status": "AWAITING_SCHEDULE", "reason": f"created for freight token {token_id}"}
        )
        pay_rows["audit"].append(
            {**common, "from_status": "AWAITING_SCHEDULE", "to_status": "SCHEDULED", "reason": "default schedule built"}
        )
        pay_rows["received"].append(
            {
                "event_id": created_event_id,
                "shipment_id": shipment_id,
                "event_type": ShipmentEventType.CREATED.value,
                "occurred_at_us": now_us,
                "received_at_us": now_us,
            }
        )

    freight_engine, pay_engine = create_engine(freight_url), create_engine(pay_url)
    try:
        bulk_insert(
            freight_engine,
            [(shipments, freight_rows["shipments"]), (freight_tokens, freight_rows["tokens"]), (shipment_events, freight_rows["events"])],
        )
        bulk_insert(
            pay_engine,
            [
                (payment_intents, pay_rows["intents"]),
                (schedule_items, pay_rows["items"]),
                (ledger_journals, pay_rows["journals"]),
                (ledger_entries, pay_rows["entries"]),
                (audit_log, pay_rows["audit"]),
                (received_events, pay_rows["received"]),
            ],
        )
    finally:
        freight_engine.dispose()
        pay_engine.dispose()
    return seeded


# ---------------------------------------------------------------- background intents

# Ids of background rows start with "00", so they sort before every id new_id() mints
# (ULIDs of this century start with "01"): they never collide with the measured rows.
_BACKGROUND_INTENTS_SQL = """
    INSERT INTO payment_intents (intent_id, freight_token_id, shipment_id, amount_minor, currency, payer_id, payee_id,
        description, risk_score_bps, risk_tier, status, schedule_kind, scheduled_at_us, held_minor, released_minor,
        settled_minor, voided_minor, cancel_reason, create_time_us, update_time_us)
    SELECT 'pi_00' || lpad(i::text, 24, '0'), 'ftk_00' || lpad(i::text, 24, '0'), 'shp_00' || lpad(i::text, 24, '0'),
        :amount, :currency, :payer, :payee, '', :score, :tier, 'SCHEDULED', 'DEFAULT', :now, 0, 0, 0, 0, '', :now, :now
    FROM generate_series(CAST(:first AS bigint), CAST(:last AS bigint)) AS i
"""
_BACKGROUND_SCHEDULES_SQL = """
    INSERT INTO schedule_items (intent_id, milestone, basis_points, amount_minor, release_strategy)
    SELECT 'pi_00' || lpad(i::text, 24, '0'), item.milestone, item.basis_points, item.amount_minor, item.release_strategy
    FROM generate_series(CAST(:first AS bigint), CAST(:last AS bigint)) AS i
    CROSS JOIN (VALUES {items}) AS item(milestone, basis_points, amount_minor, release_strategy)
"""


def seed_background_intents(pay_url: str, count: int) -> float:
    """Store `count` more scheduled intents of other shipments, with their schedules: the
    two tables the event path reads (intents by shipment, schedules by intent). Their
    ledger, audit and received-event rows are left out - the event path only appends to
    those tables - which keeps a million intents to a minute of seeding.
    Set-based SQL on PostgreSQL (generate_series), executemany on SQLite; then ANALYZE.
    Returns the seconds it took."""
    started = time.perf_counter()
    engine = create_engine(pay_url)
    try:
        if engine.dialect.name == "postgresql":
            _seed_background_postgresql(engine, count)
        else:
            _seed_background_sqlite(engine, count)
    finally:
        engine.dispose()
    return time.perf_counter() - started


def _sql_literal(value: object) -> str:
    return str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'"


def _seed_background_postgresql(engine: Engine, count: int) -> None:
    risk = _risk()
    _kind, items = build_schedule(AMOUNT_MINOR, risk.tier, None)
    item_values = ", ".join(
        f"({_sql_literal(i.milestone.value)}, {i.basis_points}, {i.amount_minor}::bigint, {_sql_literal(i.release_strategy.value)})"
        for i in items
    )
    parameters = {
        "amount": AMOUNT_MINOR,
        "currency": CURRENCY,
        "payer": SHIPPER,
        "payee": CARRIER,
        "score": risk.score_bps,
        "tier": risk.tier.value,
        "now": to_micros(datetime.now(UTC)),
    }
    step = 250_000  # one transaction per slice bounds the WAL and memory of each statement
    for first in range(1, count + 1, step):
        with engine.begin() as conn:
            # The rows are consistent by construction: skip the per-row foreign-key
            # triggers (superuser only; without it seeding is merely slower).
            try:
                with conn.begin_nested():
                    conn.execute(text("SET LOCAL session_replication_role = replica"))
            except Exception:  # noqa: BLE001 - an optimisation only
                pass
            bounds = {**parameters, "first": first, "last": min(count, first + step - 1)}
            conn.execute(text(_BACKGROUND_INTENTS_SQL), bounds)
            conn.execute(text(_BACKGROUND_SCHEDULES_SQL.format(items=item_values)), bounds)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE payment_intents"))
        conn.execute(text("VACUUM ANALYZE schedule_items"))


def _seed_background_sqlite(engine: Engine, count: int) -> None:
    risk = _risk()
    _kind, items = build_schedule(AMOUNT_MINOR, risk.tier, None)
    now = to_micros(datetime.now(UTC))
    step = 100_000
    for first in range(1, count + 1, step):
        numbers = range(first, min(count, first + step - 1) + 1)
        intents = [
            {
                "intent_id": f"pi_00{i:024d}",
                "freight_token_id": f"ftk_00{i:024d}",
                "shipment_id": f"shp_00{i:024d}",
                "amount_minor": AMOUNT_MINOR,
                "currency": CURRENCY,
                "payer_id": SHIPPER,
                "payee_id": CARRIER,
                "description": "",
                "risk_score_bps": risk.score_bps,
                "risk_tier": risk.tier.value,
                "status": "SCHEDULED",
                "schedule_kind": "DEFAULT",
                "scheduled_at_us": now,
                "held_minor": 0,
                "released_minor": 0,
                "settled_minor": 0,
                "voided_minor": 0,
                "cancel_reason": "",
                "create_time_us": now,
                "update_time_us": now,
            }
            for i in numbers
        ]
        schedules = [
            {
                "intent_id": f"pi_00{i:024d}",
                "milestone": item.milestone.value,
                "basis_points": item.basis_points,
                "amount_minor": item.amount_minor,
                "release_strategy": item.release_strategy.value,
            }
            for i in numbers
            for item in items
        ]
        bulk_insert(engine, [(payment_intents, intents), (schedule_items, schedules)])
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
