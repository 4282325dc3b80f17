"""Pay's leaf schema (pay_server/domain/transparency.py): the fast encoder is the canonical
encoding byte for byte, the documented example holds, and every journal of a write is covered
by exactly one leaf - the one of the change that posted it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from chainbridge_common.transparency.leaf import decode_leaf
from chainbridge_common.transparency.merkle import leaf_hash
from pay_server.domain.transparency import (
    AuditRecord,
    JournalRecord,
    LedgerEntryRecord,
    attach_journals,
    audit_leaf_fields,
    encode_audit_leaf,
    reference_encoding,
)

INT64 = st.integers(-(2**63), 2**63 - 1)
# Times a datetime can hold (the generic encoder takes datetimes): years 1 to 9999.
MICROS = st.integers(-62_135_596_800_000_000, 253_402_300_799_999_999)
IDS = st.sampled_from(["pi_1", "pi_2", "ms_1", "ms_2", "jr_a", "jr_b", "jr_c", ""]) | st.text(max_size=12)


def entries() -> st.SearchStrategy[LedgerEntryRecord]:
    return st.builds(LedgerEntryRecord, st.text(max_size=16), INT64, IDS, st.text(max_size=3))


def journals() -> st.SearchStrategy[JournalRecord]:
    return st.builds(
        JournalRecord,
        IDS,
        IDS,
        st.none() | IDS,
        st.sampled_from(["FUNDING", "RELEASE", "SETTLEMENT", "VOID"]) | st.text(max_size=8),
        INT64,
        st.text(max_size=3),
        st.text(max_size=20),
        MICROS,
        st.tuples() | st.lists(entries(), max_size=3).map(tuple),
    )


def records() -> st.SearchStrategy[AuditRecord]:
    return st.builds(
        AuditRecord,
        INT64,
        IDS,
        IDS,
        st.none() | IDS,
        st.none() | st.sampled_from(["PICKUP_CONFIRMED", "POD_CONFIRMED"]),
        st.text(max_size=12),
        st.text(max_size=12),
        INT64,
        st.text(max_size=3),
        st.text(max_size=20),
        st.text(max_size=40),
        IDS,
        MICROS,
    )


@given(records(), st.lists(journals(), max_size=3, unique_by=lambda journal: journal.journal_id))
def test_the_fast_encoder_is_the_canonical_encoding(record, covered):
    leaf = encode_audit_leaf(record, covered)
    assert leaf == reference_encoding(record, covered)
    version, fields = decode_leaf(leaf)
    assert (version, fields) == (1, audit_leaf_fields(record, covered))


@given(records(), st.lists(journals(), max_size=3, unique_by=lambda journal: journal.journal_id))
def test_journal_order_in_a_leaf_does_not_depend_on_the_order_given(record, covered):
    assert encode_audit_leaf(record, covered) == encode_audit_leaf(record, list(reversed(covered)))


def test_changing_any_amount_changes_the_leaf():
    record = _worked_example_record()
    journal = _worked_example_journal()
    leaf = encode_audit_leaf(record, [journal])
    tampered_entry = LedgerEntryRecord("CARRIER_PAYABLE", 125_001, "pi_7Q2", "EUR")
    for changed in (
        encode_audit_leaf(AuditRecord(**{**_as_dict(record), "amount_minor": 1}), [journal]),
        encode_audit_leaf(record, [JournalRecord(**{**_as_dict(journal), "amount_minor": 1})]),
        encode_audit_leaf(record, [JournalRecord(**{**_as_dict(journal), "entries": (journal.entries[0], tampered_entry)})]),
        encode_audit_leaf(record, []),
    ):
        assert leaf_hash(changed) != leaf_hash(leaf)


# ---------------------------------------------------------------- the documented example (docs/transparency.md §4.1)


def _worked_example_record() -> AuditRecord:
    return AuditRecord(
        sequence=42,
        intent_id="pi_7Q2",
        shipment_id="shp_9K",
        settlement_id="ms_3F",
        milestone="POD_CONFIRMED",
        from_status="PENDING",
        to_status="APPROVED",
        amount_minor=125_000,
        currency="EUR",
        actor="operator/alice",
        reason="pod verified",
        source_event_id="sev_5D",
        create_time_us=1_767_603_600_000_000,
    )


def _worked_example_journal() -> JournalRecord:
    return JournalRecord(
        journal_id="jr_8M",
        intent_id="pi_7Q2",
        settlement_id="ms_3F",
        kind="RELEASE",
        amount_minor=125_000,
        currency="EUR",
        rail_reference="",
        create_time_us=1_767_603_600_000_000,
        entries=(LedgerEntryRecord("ESCROW", -125_000, "pi_7Q2", "EUR"), LedgerEntryRecord("CARRIER_PAYABLE", 125_000, "pi_7Q2", "EUR")),
    )


def _as_dict(value) -> dict:
    return {name: getattr(value, name) for name in value.__slots__}


WORKED_EXAMPLE_LENGTH = 747
WORKED_EXAMPLE_LEAF_HASH = "caf2b5a6c7d560485ff88080cf89a6a6da5b909dafbe669b8a68bbbac30b7608"


def test_the_worked_example_of_the_docs():
    leaf = encode_audit_leaf(_worked_example_record(), [_worked_example_journal()])
    assert len(leaf) == WORKED_EXAMPLE_LENGTH
    assert hashlib.sha256(b"\x00" + leaf).hexdigest() == WORKED_EXAMPLE_LEAF_HASH
    assert leaf.hex().startswith("0108" + b"sequence".hex() + "01" + (42).to_bytes(8, "big").hex())
    docs = (Path(__file__).resolve().parents[2] / "docs/transparency.md").read_text()
    example = docs.split(f"encodes to ({WORKED_EXAMPLE_LENGTH} bytes")[1].split("and its leaf hash")
    assert "".join(example[0].split("\n", 1)[1].split()) == leaf.hex()
    assert example[1].split("is", 1)[1].split()[0] == WORKED_EXAMPLE_LEAF_HASH


# ---------------------------------------------------------------- which journals a leaf covers


def _row(sequence: int, intent: str, settlement: str | None, to_status: str, from_status: str = "") -> AuditRecord:
    return AuditRecord(sequence, intent, "shp", settlement, None, from_status, to_status, 1, "USD", "t", "", "", 0)


def _journal(journal_id: str, intent: str, settlement: str | None, kind: str) -> JournalRecord:
    return JournalRecord(journal_id, intent, settlement, kind, 1, "USD", "", 0, ())


def test_each_journal_goes_with_the_change_that_posted_it():
    rows = [
        _row(1, "pi_1", "ms_1", "APPROVED"),
        _row(2, "pi_1", "ms_1", "SETTLED"),
        _row(3, "pi_1", "ms_2", "CANCELLED"),
        _row(4, "pi_1", None, "SETTLED"),
        _row(5, "pi_2", None, "SCHEDULED"),
    ]
    journals = [
        _journal("jr_settle", "pi_1", "ms_1", "SETTLEMENT"),
        _journal("jr_release", "pi_1", "ms_1", "RELEASE"),
        _journal("jr_void", "pi_1", "ms_2", "VOID"),
        _journal("jr_rest", "pi_1", None, "VOID"),
        _journal("jr_fund", "pi_2", None, "FUNDING"),
    ]
    attached = attach_journals(rows, journals)
    assert [[j.journal_id for j in covered] for covered in attached] == [
        ["jr_release"],
        ["jr_settle"],
        ["jr_void"],
        ["jr_rest"],
        ["jr_fund"],
    ]


def test_an_intents_own_journals_go_with_the_change_that_posted_them_among_several():
    # Rows of several writes at one clock reading, as the backfill sees them.
    rows = [
        _row(1, "pi_1", None, "AWAITING_SCHEDULE"),
        _row(2, "pi_1", None, "SCHEDULED", from_status="AWAITING_SCHEDULE"),
        _row(3, "pi_1", "ms_1", "CANCELLED", from_status="PENDING"),
        _row(4, "pi_1", None, "CANCELLED", from_status="SCHEDULED"),
    ]
    journals = [_journal("jr_void", "pi_1", None, "VOID"), _journal("jr_fund", "pi_1", None, "FUNDING")]
    assert [[j.journal_id for j in covered] for covered in attach_journals(rows, journals)] == [[], ["jr_fund"], [], ["jr_void"]]


def test_a_journal_without_its_change_falls_back_to_its_settlement_then_intent_then_the_write():
    rows = [_row(1, "pi_1", "ms_1", "PENDING"), _row(2, "pi_2", None, "SCHEDULED")]
    journals = [
        _journal("jr_a", "pi_1", "ms_1", "RELEASE"),  # no APPROVED row: the settlement's row
        _journal("jr_b", "pi_1", "ms_9", "VOID"),  # no row of ms_9: the intent's last row
        _journal("jr_c", "pi_3", None, "FUNDING"),  # no row of pi_3: the write's last row
    ]
    assert [[j.journal_id for j in covered] for covered in attach_journals(rows, journals)] == [["jr_a", "jr_b"], ["jr_c"]]
    assert attach_journals([], journals) == []


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["pi_1", "pi_2"]), st.sampled_from([None, "ms_1", "ms_2"]), st.sampled_from(["APPROVED", "SETTLED", "X"])
        ),
        min_size=1,
        max_size=6,
    ),
    st.lists(
        st.tuples(st.sampled_from(["pi_1", "pi_2", "pi_3"]), st.sampled_from([None, "ms_1", "ms_3"]), st.sampled_from(["RELEASE", "VOID"])),
        max_size=6,
    ),
)
def test_every_journal_of_a_write_with_audit_rows_is_covered_once(rows, journals):
    audit = [_row(n, intent, settlement, status) for n, (intent, settlement, status) in enumerate(rows, 1)]
    posted = [_journal(f"jr_{n}", intent, settlement, kind) for n, (intent, settlement, kind) in enumerate(journals)]
    covered = [journal.journal_id for leaf in attach_journals(audit, posted) for journal in leaf]
    assert sorted(covered) == sorted(journal.journal_id for journal in posted)
