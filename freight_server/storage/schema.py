"""Freight tables. Times are integer microseconds since the epoch (UTC), money is an
integer of minor units. Constraints hold the invariants the code relies on, so a bug
or a race fails loudly instead of storing a wrong row."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    text,
)

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.schema_helpers import new_metadata, one_of
from chainbridge_common.storage.request_log import request_log_table
from freight_server.domain.shipments import CargoCategory, ShipmentStatus, TransportMode

metadata = new_metadata()

DELIVERY_STATE_EXCLUSIVE = (
    " + ".join(
        f"(CASE WHEN {column} IS NULL THEN 0 ELSE 1 END)"
        for column in ("next_attempt_at_us", "delivered_at_us", "parked_at_us", "discarded_at_us")
    )
    + " = 1"
)

# A CLAIM_FILED event carries a positive claim in full; no other event carries one.
CLAIM_ON_CLAIM_EVENTS_ONLY = (
    "(event_type = 'CLAIM_FILED' AND claimed_amount_minor > 0 AND claimed_currency IS NOT NULL AND claim_reason IS NOT NULL)"
    " OR (event_type <> 'CLAIM_FILED' AND claimed_amount_minor IS NULL AND claimed_currency IS NULL AND claim_reason IS NULL)"
)

shipments = Table(
    "shipments",
    metadata,
    Column("shipment_id", String(40), primary_key=True),
    Column("reference", String(128), nullable=False),
    Column("shipper_id", String(128), nullable=False),
    Column("carrier_id", String(128), nullable=False),
    Column("origin_country", String(2), nullable=False),
    Column("origin_locality", String(128), nullable=False),
    Column("origin_postal_code", String(32), nullable=False),
    Column("destination_country", String(2), nullable=False),
    Column("destination_locality", String(128), nullable=False),
    Column("destination_postal_code", String(32), nullable=False),
    Column("cargo_category", String(16), nullable=False),
    Column("cargo_description", String(1024), nullable=False),
    Column("declared_amount_minor", BigInteger, nullable=False),
    Column("declared_currency", String(3), nullable=False),
    Column("weight_grams", BigInteger, nullable=False),
    Column("transport_mode", String(8), nullable=False),
    Column("status", String(16), nullable=False),
    Column("freight_token_id", String(40), nullable=True),
    Column("cancel_reason", String(512), nullable=False, server_default=""),
    # How many events of each type it has recorded: a JSON object, type -> count
    # (freight_server.domain.shipments.recorded_events_to_text).
    Column("recorded_events", Text, nullable=False, server_default="{}"),
    Column("create_time_us", BigInteger, nullable=False),
    Column("update_time_us", BigInteger, nullable=False),
    CheckConstraint("declared_amount_minor > 0", name="declared_amount_positive"),
    CheckConstraint("weight_grams >= 0", name="weight_not_negative"),
    one_of("status", ShipmentStatus, "status_known"),
    one_of("cargo_category", CargoCategory, "cargo_category_known"),
    one_of("transport_mode", TransportMode, "transport_mode_known"),
    Index(None, "status", "shipment_id"),
    Index(None, "carrier_id", "shipment_id"),
)

freight_tokens = Table(
    "freight_tokens",
    metadata,
    Column("token_id", String(40), primary_key=True),
    # One token per shipment, enforced here rather than by a check-then-insert.
    Column("shipment_id", String(40), ForeignKey("shipments.shipment_id"), nullable=False, unique=True),
    Column("face_amount_minor", BigInteger, nullable=False),
    Column("face_currency", String(3), nullable=False),
    Column("risk_score_bps", Integer, nullable=False),
    Column("risk_tier", String(8), nullable=False),
    Column("risk_factors", Text, nullable=False),  # JSON list of {code, description, contribution_bps}
    Column("risk_model_version", String(32), nullable=False),
    Column("create_time_us", BigInteger, nullable=False),
    CheckConstraint("face_amount_minor > 0", name="face_amount_positive"),
    CheckConstraint("risk_score_bps BETWEEN 0 AND 10000", name="risk_score_range"),
    one_of("risk_tier", RiskTier, "risk_tier_known"),
    Index(None, "risk_tier", "token_id"),
)

# A shipment event is also its outbox entry: recording the event and queueing its
# delivery are one INSERT, so they commit together or not at all.
shipment_events = Table(
    "shipment_events",
    metadata,
    Column("event_id", String(40), primary_key=True),
    Column("shipment_id", String(40), ForeignKey("shipments.shipment_id"), nullable=False),
    Column("event_type", String(24), nullable=False),
    Column("occurred_at_us", BigInteger, nullable=False),
    Column("recorded_at_us", BigInteger, nullable=False),
    Column("metadata_json", Text, nullable=False),
    Column("repeated_type", Boolean, nullable=False),
    Column("trace_request_id", String(128), nullable=False, server_default=""),
    # The shipment's lane when the event was recorded (sent to pay), and the W3C traceparent of
    # the recording call, so the delivery - by any replica, after any restart - continues its trace.
    Column("lane", String(160), nullable=False, server_default=""),
    Column("traceparent", String(64), nullable=False, server_default=""),
    # Outbox state. next_attempt_at_us doubles as the delivery lease: a dispatcher that
    # claims an event pushes it into the future, so no other dispatcher takes it until
    # the lease expires (e.g. because the claiming replica died mid-delivery). Exactly
    # one of the four times is set: pending (next attempt), delivered, parked (poison,
    # waiting for an operator) or discarded (given up by an operator).
    Column("delivered_at_us", BigInteger, nullable=True),
    Column("next_attempt_at_us", BigInteger, nullable=True),
    Column("delivery_attempts", Integer, nullable=False, server_default="0"),
    Column("last_delivery_error", String(1024), nullable=False, server_default=""),
    Column("parked_at_us", BigInteger, nullable=True),
    Column("discarded_at_us", BigInteger, nullable=True),
    # What the shipment had recorded before this event, sent to pay with it (0005_claims).
    Column("claims_filed_before", Integer, nullable=False, server_default="0"),
    Column("milestone_events_before", Integer, nullable=False, server_default="0"),
    # The claim of a CLAIM_FILED event (its id is the claim's id); NULL on other events.
    Column("claimed_amount_minor", BigInteger, nullable=True),
    Column("claimed_currency", String(3), nullable=True),
    Column("claim_reason", String(512), nullable=True),
    one_of("event_type", ShipmentEventType, "event_type_known"),
    CheckConstraint(DELIVERY_STATE_EXCLUSIVE, name="one_delivery_state"),
    CheckConstraint("claims_filed_before >= 0 AND milestone_events_before >= 0", name="history_counts_not_negative"),
    CheckConstraint(CLAIM_ON_CLAIM_EVENTS_ONLY, name="claim_on_claim_events_only"),
    Index(None, "shipment_id", "occurred_at_us", "event_id"),
    Index(
        "ix_shipment_events_due",
        "next_attempt_at_us",
        "event_id",
        sqlite_where=text("next_attempt_at_us IS NOT NULL"),
        postgresql_where=text("next_attempt_at_us IS NOT NULL"),
    ),
    Index(
        "ix_shipment_events_parked",
        "parked_at_us",
        "event_id",
        sqlite_where=text("parked_at_us IS NOT NULL"),
        postgresql_where=text("parked_at_us IS NOT NULL"),
    ),
)

idempotency_keys = request_log_table(metadata)
