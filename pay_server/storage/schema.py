"""Payment tables. Times are integer microseconds since the epoch (UTC); money is an
integer of minor units. The invariants that keep money right are constraints here, not
only code: one settlement per (intent, milestone), one funding and one release/
settlement/void journal per milestone, released + held + on hold + voided never above the
amount, settled never above released. The audit log and ledger are append-only (triggers in the
migrations)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    text,
)

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.schema_helpers import new_metadata, one_of
from chainbridge_common.storage.request_log import request_log_table
from pay_server.domain.intents import IntentStatus
from pay_server.domain.ledger import JournalKind, LedgerAccount
from pay_server.domain.release_policy import MilestoneStatus, ReleaseStrategy
from pay_server.domain.schedules import ScheduleKind

metadata = new_metadata()

TOTALS_NOT_NEGATIVE = "held_minor >= 0 AND released_minor >= 0 AND settled_minor >= 0 AND voided_minor >= 0 AND on_hold_minor >= 0"
TOTALS_WITHIN_AMOUNT = "held_minor + on_hold_minor + released_minor + voided_minor <= amount_minor"

# SQLite only auto-increments an INTEGER PRIMARY KEY (the rowid); BIGINT elsewhere.
SequenceKey = BigInteger().with_variant(Integer(), "sqlite")

payment_intents = Table(
    "payment_intents",
    metadata,
    Column("intent_id", String(40), primary_key=True),
    Column("freight_token_id", String(64), nullable=False),
    Column("shipment_id", String(64), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("payer_id", String(128), nullable=False),
    Column("payee_id", String(128), nullable=False),
    Column("description", String(1024), nullable=False),
    Column("risk_score_bps", Integer, nullable=False),
    Column("risk_tier", String(8), nullable=False),
    Column("status", String(24), nullable=False),
    Column("schedule_kind", String(8), nullable=True),
    Column("scheduled_at_us", BigInteger, nullable=True),
    Column("held_minor", BigInteger, nullable=False, server_default="0"),
    Column("released_minor", BigInteger, nullable=False, server_default="0"),
    Column("settled_minor", BigInteger, nullable=False, server_default="0"),
    Column("voided_minor", BigInteger, nullable=False, server_default="0"),
    Column("cancel_reason", String(512), nullable=False, server_default=""),
    # Money held by open cargo claims (ON_HOLD milestones); added by 0003_claims.
    Column("on_hold_minor", BigInteger, nullable=False, server_default="0"),
    Column("create_time_us", BigInteger, nullable=False),
    Column("update_time_us", BigInteger, nullable=False),
    CheckConstraint("amount_minor > 0", name="amount_positive"),
    CheckConstraint("risk_score_bps BETWEEN 0 AND 10000", name="risk_score_range"),
    CheckConstraint(TOTALS_NOT_NEGATIVE, name="totals_not_negative"),
    # The money invariants: never release more than the intent, never settle more than released.
    CheckConstraint(TOTALS_WITHIN_AMOUNT, name="totals_within_amount"),
    CheckConstraint("settled_minor <= released_minor", name="settled_within_released"),
    one_of("risk_tier", RiskTier, "risk_tier_known"),
    one_of("status", IntentStatus, "status_known"),
    one_of("schedule_kind", ScheduleKind, "schedule_kind_known"),
    # The index that makes an event touch only its shipment's intents.
    Index(None, "shipment_id", "intent_id"),
    Index(None, "status", "intent_id"),
    Index(None, "risk_tier", "intent_id"),
    Index(None, "freight_token_id"),
)

schedule_items = Table(
    "schedule_items",
    metadata,
    Column("intent_id", String(40), ForeignKey("payment_intents.intent_id"), primary_key=True),
    Column("milestone", String(24), primary_key=True),
    Column("basis_points", Integer, nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("release_strategy", String(16), nullable=False),
    CheckConstraint("basis_points BETWEEN 0 AND 10000", name="basis_points_range"),
    CheckConstraint("amount_minor >= 0", name="amount_not_negative"),
    one_of("milestone", ShipmentEventType, "milestone_known"),
    one_of("release_strategy", ReleaseStrategy, "release_strategy_known"),
)

# Every freight event pay has seen, once: the primary key is the idempotency of
# ProcessShipmentEvent, and events that arrive before a schedule wait here for it.
received_events = Table(
    "received_events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("shipment_id", String(64), nullable=False),
    Column("event_type", String(24), nullable=False),
    Column("occurred_at_us", BigInteger, nullable=False),
    Column("received_at_us", BigInteger, nullable=False),
    # What freight had recorded before the event (NULL: not told); see domain/claims.py.
    Column("claims_filed_before", Integer, nullable=True),
    Column("milestone_events_before", Integer, nullable=True),
    one_of("event_type", ShipmentEventType, "event_type_known"),
    CheckConstraint("claims_filed_before >= 0 AND milestone_events_before >= 0", name="history_counts_not_negative"),
    Index(None, "shipment_id", "occurred_at_us"),
)

milestone_settlements = Table(
    "milestone_settlements",
    metadata,
    Column("settlement_id", String(40), primary_key=True),
    Column("intent_id", String(40), ForeignKey("payment_intents.intent_id"), nullable=False),
    Column("shipment_id", String(64), nullable=False),
    Column("milestone", String(24), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("basis_points", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("release_strategy", String(16), nullable=False),
    Column("source_event_id", String(64), nullable=False, server_default=""),
    Column("release_at_us", BigInteger, nullable=True),
    Column("released_at_us", BigInteger, nullable=True),
    Column("settled_at_us", BigInteger, nullable=True),
    Column("rail_reference", String(128), nullable=False, server_default=""),
    Column("status_reason", String(512), nullable=False, server_default=""),
    Column("create_time_us", BigInteger, nullable=False),
    Column("update_time_us", BigInteger, nullable=False),
    # Cargo claims split a milestone into parts (0003_claims): part 0 is the settlement the
    # milestone's event created, 1, 2... pieces split off it; claim_id is the claim that
    # holds, returned or released the piece.
    Column("part", Integer, nullable=False, server_default="0"),
    Column("claim_id", String(64), nullable=False, server_default=""),
    # Exactly one part 0 per (intent, milestone): redelivered events, concurrent
    # duplicates and racing replicas all collide here instead of paying twice.
    UniqueConstraint("intent_id", "milestone", "part"),
    CheckConstraint("amount_minor > 0", name="amount_positive"),
    CheckConstraint("basis_points BETWEEN 0 AND 10000", name="basis_points_range"),
    CheckConstraint("status <> 'DELAYED' OR release_at_us IS NOT NULL", name="delayed_has_release_at"),
    CheckConstraint("part >= 0", name="part_not_negative"),
    CheckConstraint("status NOT IN ('ON_HOLD', 'RETURNED') OR claim_id <> ''", name="claim_money_names_its_claim"),
    one_of("milestone", ShipmentEventType, "milestone_known"),
    one_of("status", MilestoneStatus, "status_known"),
    one_of("release_strategy", ReleaseStrategy, "release_strategy_known"),
    Index(None, "shipment_id", "settlement_id"),
    Index(None, "source_event_id"),
    Index(None, "status", "settlement_id"),
    Index(
        "ix_milestone_settlements_due",
        "release_at_us",
        sqlite_where=text("status = 'DELAYED'"),
        postgresql_where=text("status = 'DELAYED'"),
    ),
)

# Append-only: one row per status change of an intent or a milestone. Its sequence is
# also the WatchSettlements cursor, so rows must become visible in sequence order (see
# repository.write_book).
audit_log = Table(
    "audit_log",
    metadata,
    Column("sequence", SequenceKey, primary_key=True, autoincrement=True),
    Column("intent_id", String(40), nullable=False),
    Column("shipment_id", String(64), nullable=False),
    Column("settlement_id", String(40), nullable=True),
    Column("milestone", String(24), nullable=True),
    Column("from_status", String(24), nullable=False),
    Column("to_status", String(24), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("actor", String(128), nullable=False),
    Column("reason", String(512), nullable=False),
    Column("source_event_id", String(64), nullable=False),
    Column("create_time_us", BigInteger, nullable=False),
    Index(None, "intent_id", "sequence"),
    Index(None, "shipment_id", "sequence"),
)

ledger_journals = Table(
    "ledger_journals",
    metadata,
    Column("journal_id", String(40), primary_key=True),
    Column("intent_id", String(40), ForeignKey("payment_intents.intent_id"), nullable=False),
    Column("settlement_id", String(40), nullable=True),
    Column("kind", String(16), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("rail_reference", String(128), nullable=False, server_default=""),
    Column("create_time_us", BigInteger, nullable=False),
    CheckConstraint("amount_minor > 0", name="amount_positive"),
    one_of("kind", JournalKind, "kind_known"),
    # A milestone is released, settled or voided at most once each.
    UniqueConstraint("settlement_id", "kind"),
    Index(None, "intent_id", "create_time_us"),
    Index(
        "uq_ledger_journals_funding",
        "intent_id",
        unique=True,
        sqlite_where=text("kind = 'FUNDING'"),
        postgresql_where=text("kind = 'FUNDING'"),
    ),
)

ledger_entries = Table(
    "ledger_entries",
    metadata,
    Column("entry_id", SequenceKey, primary_key=True, autoincrement=True),
    Column("journal_id", String(40), ForeignKey("ledger_journals.journal_id"), nullable=False),
    Column("intent_id", String(40), nullable=False),
    Column("account", String(16), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    CheckConstraint("amount_minor <> 0", name="amount_not_zero"),
    one_of("account", LedgerAccount, "account_known"),
    Index(None, "intent_id", "account"),
    Index(None, "journal_id"),
)

# Cargo claims as pay received them (the CLAIM_FILED event's id is the claim's id), and
# how each was resolved. What a claim holds is not stored: it follows from the ON_HOLD
# settlements and the shares still to come (pay_server/domain/claims.py).
cargo_claims = Table(
    "cargo_claims",
    metadata,
    Column("claim_id", String(64), primary_key=True),
    Column("shipment_id", String(64), nullable=False),
    Column("claim_number", Integer, nullable=False),
    Column("claimed_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("reason", String(512), nullable=False),
    Column("milestone_events_before", Integer, nullable=True),
    Column("filed_at_us", BigInteger, nullable=False),
    Column("received_at_us", BigInteger, nullable=False),
    Column("resolved_at_us", BigInteger, nullable=True),
    Column("liable_minor", BigInteger, nullable=False, server_default="0"),
    Column("returned_minor", BigInteger, nullable=False, server_default="0"),
    Column("released_minor", BigInteger, nullable=False, server_default="0"),
    Column("resolved_by", String(128), nullable=False, server_default=""),
    Column("resolution_note", String(512), nullable=False, server_default=""),
    CheckConstraint("claimed_minor > 0", name="claimed_positive"),
    CheckConstraint("claim_number >= 1", name="claim_number_positive"),
    # What returns to the shipper is at most what the carrier is liable for, which is at
    # most what was claimed; returned + released is what the claim held.
    CheckConstraint(
        "liable_minor >= 0 AND returned_minor >= 0 AND released_minor >= 0 AND returned_minor <= liable_minor"
        " AND liable_minor <= claimed_minor AND returned_minor + released_minor <= claimed_minor",
        name="resolution_within_claim",
    ),
    CheckConstraint(
        "resolved_at_us IS NOT NULL OR (liable_minor = 0 AND returned_minor = 0 AND released_minor = 0)", name="unresolved_has_no_outcome"
    ),
    Index(None, "shipment_id", "claim_number"),
)

idempotency_keys = request_log_table(metadata)

APPEND_ONLY_TABLES = ("audit_log", "ledger_journals", "ledger_entries")
