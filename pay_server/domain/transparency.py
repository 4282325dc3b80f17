"""What pay writes into its transparency log: one leaf per audit row, committing to the row and
to the ledger journals (with their entries) posted with that change.

The leaf is the canonical encoding of chainbridge_common/transparency/leaf.py, version 1:

    sequence, intent_id, shipment_id, settlement_id, milestone, from_status, to_status,
    amount_minor, currency, actor, reason, source_event_id, create_time      (audit_log)
    journal_count
    per journal k, in journal_id order:
      j<k>_journal_id, j<k>_intent_id, j<k>_settlement_id, j<k>_kind, j<k>_amount_minor,
      j<k>_currency, j<k>_rail_reference, j<k>_create_time, j<k>_entry_count   (ledger_journals)
      per entry m of that journal, in entry_id order:
        j<k>_e<m>_account, j<k>_e<m>_amount_minor, j<k>_e<m>_intent_id, j<k>_e<m>_currency  (ledger_entries)

Values are the columns exactly as stored (strings as they are, NULL as null, *_time_us as a
timestamp), so another language can rebuild a leaf from the rows; docs/transparency.md spells
it out with a worked example.
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.transparency.leaf import (
    TYPE_INT64,
    TYPE_NULL,
    TYPE_STRING,
    TYPE_TIMESTAMP,
    LeafEncodingError,
    LeafValue,
    encode_leaf,
)
from pay_server.domain.audit import AuditEntry
from pay_server.domain.intents import IntentStatus
from pay_server.domain.ledger import JournalKind
from pay_server.domain.release_policy import MilestoneStatus

AUDIT_LEAF_VERSION = 1

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_INT64 = struct.Struct(">q")
_LENGTH = struct.Struct(">I")


@dataclass(frozen=True, slots=True)
class LedgerEntryRecord:
    """A ledger_entries row as stored (entry_id only orders them; journal_id is the enclosing journal)."""

    account: str
    amount_minor: int
    intent_id: str
    currency: str


@dataclass(frozen=True, slots=True)
class JournalRecord:
    """A ledger_journals row as stored, with its entries in entry_id order."""

    journal_id: str
    intent_id: str
    settlement_id: str | None
    kind: str
    amount_minor: int
    currency: str
    rail_reference: str
    create_time_us: int
    entries: tuple[LedgerEntryRecord, ...]


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """An audit_log row as stored."""

    sequence: int
    intent_id: str
    shipment_id: str
    settlement_id: str | None
    milestone: str | None
    from_status: str
    to_status: str
    amount_minor: int
    currency: str
    actor: str
    reason: str
    source_event_id: str
    create_time_us: int


# ---------------------------------------------------------------- which journals a leaf covers

# Which change posts a journal of each kind (SettlementBook): a milestone's move to these
# statuses, and for an intent's own journals, building its schedule (FUNDING, the intent leaves
# AWAITING_SCHEDULE) and cancelling it (VOID of the never-triggered rest).
_STATUSES_POSTING: dict[str, frozenset[str]] = {
    JournalKind.RELEASE.value: frozenset({MilestoneStatus.APPROVED.value}),
    JournalKind.SETTLEMENT.value: frozenset({MilestoneStatus.SETTLED.value}),
    JournalKind.VOID.value: frozenset({MilestoneStatus.REJECTED.value, MilestoneStatus.CANCELLED.value}),
}
_INTENT_CHANGE_POSTING: dict[str, Callable[[AuditRecord], bool]] = {
    JournalKind.FUNDING.value: lambda row: row.from_status == IntentStatus.AWAITING_SCHEDULE.value,
    JournalKind.VOID.value: lambda row: row.to_status == IntentStatus.CANCELLED.value,
}


def attach_journals(audit: Sequence[AuditRecord], journals: Sequence[JournalRecord]) -> list[list[JournalRecord]]:
    """For each audit row of one write (in order), the journals that write posted with it.

    A milestone's journal goes with that milestone's row whose new status posts its kind
    (RELEASE with APPROVED, SETTLEMENT with SETTLED, VOID with REJECTED or CANCELLED); an
    intent-level journal with the intent's own row that posts it (FUNDING: the row leaving
    AWAITING_SCHEDULE; VOID: the row to CANCELLED). Failing that, the last row of the same
    settlement (or the intent's last own row), then of the same intent, then of the write:
    every journal of a write with audit rows is covered by exactly one leaf.
    """
    attached: list[list[JournalRecord]] = [[] for _ in audit]
    for journal in journals:
        position = _row_posting(audit, journal)
        if position is not None:
            attached[position].append(journal)
    return attached


def _row_posting(audit: Sequence[AuditRecord], journal: JournalRecord) -> int | None:
    same_change = same_settlement = same_intent = None
    for position, row in enumerate(audit):
        if row.intent_id != journal.intent_id:
            continue
        same_intent = position
        if row.settlement_id != journal.settlement_id:
            continue
        same_settlement = position
        if journal.settlement_id is None:
            posts = _INTENT_CHANGE_POSTING.get(journal.kind)
            if posts is not None and posts(row):
                same_change = position
        elif row.to_status in _STATUSES_POSTING.get(journal.kind, ()):
            same_change = position
    for choice in (same_change, same_settlement, same_intent):
        if choice is not None:
            return choice
    return len(audit) - 1 if audit else None


# ---------------------------------------------------------------- the leaf


def audit_leaf_fields(record: AuditRecord, journals: Sequence[JournalRecord]) -> list[tuple[str, LeafValue]]:
    """The fields of a version-1 leaf, in order: the schema, spelled out."""
    fields: list[tuple[str, LeafValue]] = [
        ("sequence", record.sequence),
        ("intent_id", record.intent_id),
        ("shipment_id", record.shipment_id),
        ("settlement_id", record.settlement_id),
        ("milestone", record.milestone),
        ("from_status", record.from_status),
        ("to_status", record.to_status),
        ("amount_minor", record.amount_minor),
        ("currency", record.currency),
        ("actor", record.actor),
        ("reason", record.reason),
        ("source_event_id", record.source_event_id),
        ("create_time", _instant(record.create_time_us)),
        ("journal_count", len(journals)),
    ]
    for k, journal in enumerate(sorted(journals, key=_journal_order)):
        j = f"j{k}_"
        fields += [
            (j + "journal_id", journal.journal_id),
            (j + "intent_id", journal.intent_id),
            (j + "settlement_id", journal.settlement_id),
            (j + "kind", journal.kind),
            (j + "amount_minor", journal.amount_minor),
            (j + "currency", journal.currency),
            (j + "rail_reference", journal.rail_reference),
            (j + "create_time", _instant(journal.create_time_us)),
            (j + "entry_count", len(journal.entries)),
        ]
        for m, entry in enumerate(journal.entries):
            e = f"{j}e{m}_"
            fields += [
                (e + "account", entry.account),
                (e + "amount_minor", entry.amount_minor),
                (e + "intent_id", entry.intent_id),
                (e + "currency", entry.currency),
            ]
    return fields


def encode_audit_leaf(record: AuditRecord, journals: Sequence[JournalRecord]) -> bytes:
    """The version-1 leaf of an audit row and its journals.

    Byte for byte `encode_leaf(AUDIT_LEAF_VERSION, audit_leaf_fields(...))` (a property test says
    so), built from precomputed field names: this runs for every audit row pay writes.
    """
    out = bytearray((AUDIT_LEAF_VERSION,))
    sequence, intent, shipment, settlement, milestone, from_status, to_status, amount, currency, actor, reason, source, time, count = (
        _AUDIT_NAMES
    )
    _int(out, sequence, record.sequence)
    _str(out, intent, record.intent_id)
    _str(out, shipment, record.shipment_id)
    _str(out, settlement, record.settlement_id)
    _str(out, milestone, record.milestone)
    _str(out, from_status, record.from_status)
    _str(out, to_status, record.to_status)
    _int(out, amount, record.amount_minor)
    _str(out, currency, record.currency)
    _str(out, actor, record.actor)
    _str(out, reason, record.reason)
    _str(out, source, record.source_event_id)
    _time(out, time, record.create_time_us)
    _int(out, count, len(journals))
    for k, journal in enumerate(sorted(journals, key=_journal_order)):
        j_id, j_intent, j_settlement, j_kind, j_amount, j_currency, j_rail, j_time, j_count = _journal_names(k)
        _str(out, j_id, journal.journal_id)
        _str(out, j_intent, journal.intent_id)
        _str(out, j_settlement, journal.settlement_id)
        _str(out, j_kind, journal.kind)
        _int(out, j_amount, journal.amount_minor)
        _str(out, j_currency, journal.currency)
        _str(out, j_rail, journal.rail_reference)
        _time(out, j_time, journal.create_time_us)
        _int(out, j_count, len(journal.entries))
        for m, entry in enumerate(journal.entries):
            e_account, e_amount, e_intent, e_currency = _entry_names(k, m)
            _str(out, e_account, entry.account)
            _int(out, e_amount, entry.amount_minor)
            _str(out, e_intent, entry.intent_id)
            _str(out, e_currency, entry.currency)
    return bytes(out)


def reference_encoding(record: AuditRecord, journals: Sequence[JournalRecord]) -> bytes:
    """The same leaf through the generic encoder (slow; for tests and documentation)."""
    return encode_leaf(AUDIT_LEAF_VERSION, audit_leaf_fields(record, journals))


def journal_ids_of(journals: Sequence[JournalRecord]) -> list[str]:
    """The ids of the journals a leaf covers, in leaf order."""
    return [journal.journal_id for journal in sorted(journals, key=_journal_order)]


def _journal_order(journal: JournalRecord) -> bytes:
    # Byte order of the UTF-8 id: the same in every language.
    return journal.journal_id.encode("utf-8")


def _instant(micros: int) -> datetime:
    return _EPOCH + timedelta(microseconds=micros)


def _name(name: str) -> bytes:
    """A field's name as it prefixes the field (length, ASCII), checked once by the generic encoder."""
    encode_leaf(1, [(name, None)])
    return bytes((len(name),)) + name.encode("ascii")


_AUDIT_NAMES = tuple(
    _name(name)
    for name in (
        "sequence",
        "intent_id",
        "shipment_id",
        "settlement_id",
        "milestone",
        "from_status",
        "to_status",
        "amount_minor",
        "currency",
        "actor",
        "reason",
        "source_event_id",
        "create_time",
        "journal_count",
    )
)


@functools.cache
def _journal_names(k: int) -> tuple[bytes, ...]:
    fields = (
        "journal_id",
        "intent_id",
        "settlement_id",
        "kind",
        "amount_minor",
        "currency",
        "rail_reference",
        "create_time",
        "entry_count",
    )
    return tuple(_name(f"j{k}_{field}") for field in fields)


@functools.cache
def _entry_names(k: int, m: int) -> tuple[bytes, ...]:
    return tuple(_name(f"j{k}_e{m}_{field}") for field in ("account", "amount_minor", "intent_id", "currency"))


def _int(out: bytearray, name: bytes, value: int) -> None:
    out += name
    out.append(TYPE_INT64)
    try:
        out += _INT64.pack(value)
    except struct.error as error:
        raise LeafEncodingError(f"field {name[1:].decode()!r}: {value} does not fit in int64") from error


def _time(out: bytearray, name: bytes, micros: int) -> None:
    out += name
    out.append(TYPE_TIMESTAMP)
    try:
        out += _INT64.pack(micros)
    except struct.error as error:
        raise LeafEncodingError(f"field {name[1:].decode()!r}: timestamp out of range") from error


def _str(out: bytearray, name: bytes, value: str | None) -> None:
    out += name
    if value is None:
        out.append(TYPE_NULL)
        return
    try:
        encoded = value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise LeafEncodingError(f"field {name[1:].decode()!r}: not encodable as UTF-8 ({error.reason})") from error
    out.append(TYPE_STRING)
    out += _LENGTH.pack(len(encoded))
    out += encoded


# ---------------------------------------------------------------- a stored leaf


@dataclass(frozen=True)
class LoggedLeaf:
    """A leaf as the log stores it (its hash, the audit row and journals it covers), with the
    leaf bytes rebuilt from those rows as they are now - which hash to `leaf_hash` unless a row
    was changed since."""

    leaf_index: int
    audit_sequence: int
    leaf_hash: bytes
    journal_ids: tuple[str, ...]
    leaf: bytes | None  # None when a row it covers is gone
    record: AuditRecord | None
    missing: str = ""  # which row is gone, for a person


def audit_entry_of(record: AuditRecord) -> AuditEntry:
    """The audit row as the domain's AuditEntry (for display; the leaf is what is verified)."""
    try:
        milestone = ShipmentEventType(record.milestone) if record.milestone else None
    except ValueError:  # not a milestone this code knows: shown as none, the leaf keeps the text
        milestone = None
    return AuditEntry(
        sequence=record.sequence,
        intent_id=record.intent_id,
        shipment_id=record.shipment_id,
        settlement_id=record.settlement_id,
        milestone=milestone,
        from_status=record.from_status,
        to_status=record.to_status,
        amount_minor=record.amount_minor,
        currency=record.currency,
        actor=record.actor,
        reason=record.reason,
        source_event_id=record.source_event_id,
        create_time=_instant(record.create_time_us),
    )
