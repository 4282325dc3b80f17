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
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.runtime.schema_helpers import new_metadata, one_of
from chainbridge_common.storage.request_log import request_log_table
from pay_server.domain.intents import IntentStatus
from pay_server.domain.ledger import JournalKind, LedgerAccount
from pay_server.domain.notices import NotificationEventType
from pay_server.domain.notifications import Channel, DeliveryState, SubscriberKind
from pay_server.domain.payees import AccountScheme
from pay_server.domain.payouts import PayoutStatus, SkipReason
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
    # Money held by open cargo claims (ON_HOLD milestones); added by 0006_claims.
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
    # Analytics read intents by creation time (shipper volume per window).
    Index(None, "create_time_us"),
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
    # The shipment's lane as freight sent it ("US:CHICAGO>US:DENVER"), for risk signals per lane.
    Column("lane", String(160), nullable=False, server_default=""),
    # What freight had recorded before the event (NULL: not told); see domain/claims.py.
    Column("claims_filed_before", Integer, nullable=True),
    Column("milestone_events_before", Integer, nullable=True),
    one_of("event_type", ShipmentEventType, "event_type_known"),
    CheckConstraint("claims_filed_before >= 0 AND milestone_events_before >= 0", name="history_counts_not_negative"),
    Index(None, "shipment_id", "occurred_at_us"),
    # Risk signals read the events received in a window.
    Index(None, "received_at_us"),
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
    # Cargo claims split a milestone into parts (0006_claims): part 0 is the settlement the
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
    # Settlement statistics and rates read the milestones created in a window.
    Index(None, "create_time_us"),
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
    # The payout whose step this journal records; "" (not NULL, so the key below holds for
    # the other kinds too) when it is not a payout's.
    Column("payout_id", String(40), nullable=False, server_default=""),
    CheckConstraint("amount_minor > 0", name="amount_positive"),
    one_of("kind", JournalKind, "kind_known"),
    # A milestone is released, settled or voided at most once each, and submitted, paid or
    # returned at most once per payout (a failed payout's milestones go out again in another).
    UniqueConstraint("settlement_id", "kind", "payout_id"),
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
    Column("account", String(24), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    CheckConstraint("amount_minor <> 0", name="amount_not_zero"),
    one_of("account", LedgerAccount, "account_known"),
    Index(None, "intent_id", "account"),
    Index(None, "journal_id"),
)

# Who wants to hear about which changes of a payee's or a shipper's money, and where to.
# Deleted subscriptions stay (deleted_at_us) so their delivery log still names them.
notification_subscriptions = Table(
    "notification_subscriptions",
    metadata,
    Column("subscription_id", String(40), primary_key=True),
    Column("subscriber_kind", String(8), nullable=False),
    Column("subscriber_id", String(128), nullable=False),
    Column("event_types", String(256), nullable=False),  # comma-separated NotificationEventType values
    Column("channel", String(8), nullable=False),
    Column("destination", String(2048), nullable=False),
    Column("secret", String(128), nullable=False, server_default=""),
    Column("description", String(512), nullable=False, server_default=""),
    Column("create_time_us", BigInteger, nullable=False),
    Column("deleted_at_us", BigInteger, nullable=True),
    one_of("subscriber_kind", SubscriberKind, "subscriber_kind_known"),
    one_of("channel", Channel, "channel_known"),
    CheckConstraint("channel <> 'WEBHOOK' OR secret <> ''", name="webhook_has_secret"),
    Index("ix_notification_subscriptions_subscriber", "subscriber_kind", "subscriber_id", "subscription_id"),
)

# The notification outbox: one row per (change, subscription), written in the transaction of
# the change. The unique key makes a change reach each subscription once, whatever retries
# or replicas do; next_attempt_at_us doubles as the lease of the worker attempting it.
notification_deliveries = Table(
    "notification_deliveries",
    metadata,
    Column("delivery_id", String(40), primary_key=True),
    Column("event_id", String(40), nullable=False),
    Column("change_key", String(128), nullable=False),
    Column(
        "subscription_id",
        String(40),
        ForeignKey("notification_subscriptions.subscription_id", name="fk_notification_deliveries_subscription"),
        nullable=False,
    ),
    Column("event_type", String(32), nullable=False),
    Column("shipment_id", String(64), nullable=False, server_default=""),
    Column("data_json", Text, nullable=False),
    Column("occurred_at_us", BigInteger, nullable=False),
    Column("state", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("last_status_code", Integer, nullable=False, server_default="0"),
    Column("last_error", String(1024), nullable=False, server_default=""),
    Column("create_time_us", BigInteger, nullable=False),
    Column("first_attempt_at_us", BigInteger, nullable=True),
    Column("last_attempt_at_us", BigInteger, nullable=True),
    Column("next_attempt_at_us", BigInteger, nullable=True),
    Column("finished_at_us", BigInteger, nullable=True),
    Column("traceparent", String(64), nullable=False, server_default=""),
    UniqueConstraint("change_key", "subscription_id"),
    one_of("event_type", NotificationEventType, "event_type_known"),
    one_of("state", DeliveryState, "state_known"),
    CheckConstraint("(state = 'PENDING') = (next_attempt_at_us IS NOT NULL)", name="pending_has_next_attempt"),
    CheckConstraint("attempts >= 0", name="attempts_not_negative"),
    Index(None, "subscription_id", "delivery_id"),
    Index(None, "event_id"),
    Index(
        "ix_notification_deliveries_due",
        "next_attempt_at_us",
        "delivery_id",
        sqlite_where=text("state = 'PENDING'"),
        postgresql_where=text("state = 'PENDING'"),
    ),
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


# The transparency log (docs/transparency.md): an RFC 9162 Merkle tree with one leaf per
# audit_log row, in sequence order. merkle_leaves is level 0 (the leaf hashes, the audit row
# each one records and the ledger journals it covers); merkle_nodes holds the perfect subtrees
# above it; merkle_log_state is the one row saying how far the tree goes, with its frontier, so
# an append reads one row and writes O(log n). Leaves and nodes are append-only.
merkle_leaves = Table(
    "merkle_leaves",
    metadata,
    Column("leaf_index", BigInteger, primary_key=True, autoincrement=False),
    Column("audit_sequence", BigInteger, nullable=False),
    # The journal ids the leaf covers, comma-separated in leaf order ("" for none).
    Column("journal_ids", Text, nullable=False),
    Column("leaf_hash", LargeBinary, nullable=False),
    CheckConstraint("leaf_index >= 0", name="leaf_index_not_negative"),
    UniqueConstraint("audit_sequence"),
)

merkle_nodes = Table(
    "merkle_nodes",
    metadata,
    Column("level", Integer, primary_key=True, autoincrement=False),
    Column("node_index", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", LargeBinary, nullable=False),
    CheckConstraint("level BETWEEN 1 AND 63 AND node_index >= 0", name="coordinate_range"),
)

merkle_log_state = Table(
    "merkle_log_state",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("tree_size", BigInteger, nullable=False),
    Column("last_audit_sequence", BigInteger, nullable=False),
    Column("root_hash", LargeBinary, nullable=False),
    # The frontier hashes (merkle.frontier_coordinates(tree_size)) concatenated, 32 bytes each.
    Column("frontier", LargeBinary, nullable=False),
    CheckConstraint("id = 1", name="one_row"),
    CheckConstraint("tree_size >= 0", name="tree_size_not_negative"),
)

TRANSPARENCY_APPEND_ONLY_TABLES = ("merkle_leaves", "merkle_nodes")
# ---------------------------------------------------------------- payouts (docs/payouts.md)

# Where a payee's payouts in one currency go. A change bumps `version` and appends a row to
# payee_account_changes; payouts keep their own snapshot, so a change never alters one.
payee_accounts = Table(
    "payee_accounts",
    metadata,
    Column("payee_id", String(128), primary_key=True),
    Column("currency", String(3), primary_key=True),
    Column("legal_name", String(70), nullable=False),
    Column("scheme", String(16), nullable=False),
    Column("account_number", String(34), nullable=False),
    Column("bank_code", String(35), nullable=False),
    Column("country_code", String(2), nullable=False),
    Column("version", Integer, nullable=False),
    Column("create_time_us", BigInteger, nullable=False),
    Column("update_time_us", BigInteger, nullable=False),
    CheckConstraint("version > 0", name="version_positive"),
    one_of("scheme", AccountScheme, "scheme_known"),
)

# Append-only: every registration or change of a payee account (numbers masked).
payee_account_changes = Table(
    "payee_account_changes",
    metadata,
    Column("change_id", SequenceKey, primary_key=True, autoincrement=True),
    Column("payee_id", String(128), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("version", Integer, nullable=False),
    Column("legal_name", String(70), nullable=False),
    Column("scheme", String(16), nullable=False),
    Column("masked_account_number", String(64), nullable=False),
    Column("previous_masked_account_number", String(64), nullable=False),
    Column("bank_code", String(35), nullable=False),
    Column("actor", String(256), nullable=False),
    Column("request_id", String(128), nullable=False),
    Column("create_time_us", BigInteger, nullable=False),
    one_of("scheme", AccountScheme, "scheme_known"),
    UniqueConstraint("payee_id", "currency", "version"),
)

payout_runs = Table(
    "payout_runs",
    metadata,
    Column("run_id", String(40), primary_key=True),
    Column("currency", String(3), nullable=False, server_default=""),  # the run's filters; "" for any
    Column("payee_id", String(128), nullable=False, server_default=""),
    Column("released_before_us", BigInteger, nullable=True),
    Column("actor", String(256), nullable=False),
    Column("request_id", String(128), nullable=False, server_default=""),
    Column("create_time_us", BigInteger, nullable=False),
)

# What a run could not pay and why (reported in its answer, kept for the record).
payout_run_skips = Table(
    "payout_run_skips",
    metadata,
    Column("run_id", String(40), ForeignKey("payout_runs.run_id"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("payee_id", String(128), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("reason", String(32), nullable=False),
    Column("description", String(512), nullable=False),
    Column("line_count", Integer, nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    one_of("reason", SkipReason, "reason_known"),
)

payouts = Table(
    "payouts",
    metadata,
    Column("payout_id", String(40), primary_key=True),
    Column("run_id", String(40), ForeignKey("payout_runs.run_id"), nullable=False),
    Column("payee_id", String(128), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("line_count", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("part", Integer, nullable=False),
    Column("parts", Integer, nullable=False),
    # The account snapshot taken when the payout was created, and the version it came from.
    Column("legal_name", String(70), nullable=False),
    Column("scheme", String(16), nullable=False),
    Column("account_number", String(34), nullable=False),
    Column("bank_code", String(35), nullable=False),
    Column("country_code", String(2), nullable=False),
    Column("account_version", Integer, nullable=False),
    Column("remittance_text", String(140), nullable=False),
    Column("rail", String(32), nullable=False, server_default=""),
    Column("rail_reference", String(128), nullable=False, server_default=""),
    Column("bank_reference", String(128), nullable=False, server_default=""),
    Column("failure_reason", String(512), nullable=False, server_default=""),
    Column("execution_date", String(10), nullable=True),  # ISO 8601 date, once submitted
    Column("file_name", String(128), nullable=False, server_default=""),
    Column("media_type", String(64), nullable=False, server_default=""),
    Column("file_content", LargeBinary, nullable=True),  # the file as handed to the bank, never rebuilt
    Column("create_time_us", BigInteger, nullable=False),
    Column("update_time_us", BigInteger, nullable=False),
    Column("submit_time_us", BigInteger, nullable=True),
    Column("paid_time_us", BigInteger, nullable=True),
    Column("fail_time_us", BigInteger, nullable=True),
    CheckConstraint("amount_minor > 0", name="amount_positive"),
    CheckConstraint("line_count > 0", name="has_lines"),
    CheckConstraint("part BETWEEN 1 AND parts", name="part_range"),
    one_of("status", PayoutStatus, "status_known"),
    one_of("scheme", AccountScheme, "scheme_known"),
    # What each status implies, so no code path can skip a step.
    CheckConstraint("status IN ('CREATED', 'FAILED') OR (submit_time_us IS NOT NULL AND rail <> '')", name="submitted_has_rail"),
    CheckConstraint("status <> 'PAID' OR (bank_reference <> '' AND paid_time_us IS NOT NULL)", name="paid_has_bank_reference"),
    CheckConstraint("status <> 'FAILED' OR (failure_reason <> '' AND fail_time_us IS NOT NULL)", name="failed_has_reason"),
    Index(None, "status", "payout_id"),
    Index(None, "payee_id", "payout_id"),
    Index(None, "currency", "payout_id"),
    Index(None, "run_id", "payout_id"),
)

payout_lines = Table(
    "payout_lines",
    metadata,
    Column("payout_id", String(40), ForeignKey("payouts.payout_id"), primary_key=True),
    Column("settlement_id", String(40), ForeignKey("milestone_settlements.settlement_id"), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("intent_id", String(40), nullable=False),
    Column("shipment_id", String(64), nullable=False),
    Column("milestone", String(24), nullable=False),
    Column("amount_minor", BigInteger, nullable=False),
    Column("released_at_us", BigInteger, nullable=False),
    # The settlement id while the payout is open (CREATED or SUBMITTED), NULL once it is PAID
    # or FAILED. UNIQUE: a milestone is in at most one open payout - the database refuses
    # the second, whatever races (NULLs never collide, on SQLite or PostgreSQL).
    Column("open_settlement_id", String(40), nullable=True),
    UniqueConstraint("open_settlement_id"),
    CheckConstraint("open_settlement_id IS NULL OR open_settlement_id = settlement_id", name="open_is_own_settlement"),
    CheckConstraint("amount_minor > 0", name="amount_positive"),
    one_of("milestone", ShipmentEventType, "milestone_known"),
    Index(None, "settlement_id"),
)

# Append-only: every status change of a payout.
payout_events = Table(
    "payout_events",
    metadata,
    Column("sequence", SequenceKey, primary_key=True, autoincrement=True),
    Column("payout_id", String(40), ForeignKey("payouts.payout_id"), nullable=False),
    Column("from_status", String(16), nullable=False),
    Column("to_status", String(16), nullable=False),
    Column("actor", String(256), nullable=False),
    Column("reason", String(512), nullable=False),
    Column("request_id", String(128), nullable=False),
    Column("create_time_us", BigInteger, nullable=False),
    Index(None, "payout_id", "sequence"),
)

APPEND_ONLY_TABLES = ("audit_log", "ledger_journals", "ledger_entries", "payee_account_changes", "payout_events")
