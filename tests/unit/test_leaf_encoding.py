"""The canonical leaf encoding: the documented bytes exactly, and one record <-> one byte string."""

from __future__ import annotations

import struct
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chainbridge_common.transparency.leaf import LeafEncodingError, LeafValue, decode_leaf, encode_leaf
from chainbridge_common.transparency.merkle import leaf_hash

# The encoding example of docs/transparency.md §4 (pay's own schema is §5, tested in test_transparency_leaves.py).
AUDIT_ROW: list[tuple[str, LeafValue]] = [
    ("sequence", 42),
    ("intent_id", "pi_7Q2"),
    ("settlement_id", None),
    ("to_status", "RELEASED"),
    ("amount_minor", 125000),
    ("currency", "EUR"),
    ("create_time", datetime(2026, 1, 5, 9, 0, tzinfo=UTC)),
]
AUDIT_ROW_HEX = (
    "01"
    "0873657175656e6365" + "01" + "000000000000002a"
    "09696e74656e745f6964" + "02" + "00000006" + "70695f375132"
    "0d736574746c656d656e745f6964" + "00"
    "09746f5f737461747573" + "02" + "00000008" + "52454c4541534544"
    "0c616d6f756e745f6d696e6f72" + "01" + "000000000001e848"
    "0863757272656e6379" + "02" + "00000003" + "455552"
    "0b6372656174655f74696d65" + "05" + "000647a048ae8400"
)
AUDIT_ROW_LEAF_HASH = "43784701f709122ee32aa0fb578b5d17e3722d09fc693a912aec1d18d0057069"


def field(name: str, type_tag: int, payload: bytes) -> bytes:
    """One field built by hand from the format description, independently of the encoder."""
    return bytes([len(name)]) + name.encode("ascii") + bytes([type_tag]) + payload


def test_the_documented_audit_row_encodes_to_the_documented_bytes():
    create_time_us = (datetime(2026, 1, 5, 9, 0, tzinfo=UTC) - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)
    by_hand = (
        b"\x01"
        + field("sequence", 0x01, struct.pack(">q", 42))
        + field("intent_id", 0x02, struct.pack(">I", 6) + b"pi_7Q2")
        + field("settlement_id", 0x00, b"")
        + field("to_status", 0x02, struct.pack(">I", 8) + b"RELEASED")
        + field("amount_minor", 0x01, struct.pack(">q", 125000))
        + field("currency", 0x02, struct.pack(">I", 3) + b"EUR")
        + field("create_time", 0x05, struct.pack(">q", create_time_us))
    )
    assert create_time_us == 1_767_603_600_000_000
    assert by_hand.hex() == AUDIT_ROW_HEX
    assert encode_leaf(1, AUDIT_ROW).hex() == AUDIT_ROW_HEX
    assert leaf_hash(bytes.fromhex(AUDIT_ROW_HEX)).hex() == AUDIT_ROW_LEAF_HASH


def test_the_docs_show_the_same_bytes_and_hash():
    docs = (Path(__file__).resolve().parents[2] / "docs/transparency.md").read_text()
    example = docs.split("encodes to (138 bytes")[1].split("and its leaf hash is")
    assert "".join(example[0].split("\n", 1)[1].split()) == AUDIT_ROW_HEX
    assert example[1].split()[0] == AUDIT_ROW_LEAF_HASH
    assert len(bytes.fromhex(AUDIT_ROW_HEX)) == 138


def test_each_type_has_its_own_bytes():
    assert encode_leaf(3, [("value", None)]) == b"\x03\x05value\x00"
    assert encode_leaf(3, [("value", True)]) == b"\x03\x05value\x04\x01"
    assert encode_leaf(3, [("value", False)]) == b"\x03\x05value\x04\x00"
    assert encode_leaf(3, [("value", -1)]) == b"\x03\x05value\x01" + b"\xff" * 8
    assert encode_leaf(3, [("value", "é")]) == b"\x03\x05value\x02\x00\x00\x00\x02\xc3\xa9"
    assert encode_leaf(3, [("value", b"\x00\xff")]) == b"\x03\x05value\x03\x00\x00\x00\x02\x00\xff"
    assert encode_leaf(3, [("value", datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC))]) == b"\x03\x05value\x05" + b"\xff" * 8
    assert encode_leaf(3, []) == b"\x03"


def test_values_that_python_thinks_equal_still_encode_apart():
    # True == 1 and False == 0 == 0.0 in Python; a record that says "true" is not one that says 1.
    encodings = {encode_leaf(1, [("value", value)]) for value in [None, False, True, 0, 1, "", b"", "0", b"0"]}
    assert len(encodings) == 9


def test_lengths_make_field_boundaries_unambiguous():
    assert encode_leaf(1, [("a", "bc"), ("d", "e")]) != encode_leaf(1, [("a", "b"), ("cd", "e")])
    assert encode_leaf(1, [("a", "b"), ("c", "d")]) != encode_leaf(1, [("c", "d"), ("a", "b")])
    assert encode_leaf(1, [("amount_minor", 5)]) != encode_leaf(2, [("amount_minor", 5)])


def test_the_same_instant_in_another_zone_is_the_same_timestamp():
    in_utc = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    in_paris = in_utc.astimezone(timezone(timedelta(hours=1)))
    assert encode_leaf(1, [("at", in_utc)]) == encode_leaf(1, [("at", in_paris)])
    assert decode_leaf(encode_leaf(1, [("at", in_paris)]))[1][0][1].tzinfo == UTC


@pytest.mark.parametrize(
    ("version", "fields", "complaint"),
    [
        (0, [], "version"),
        (256, [], "version"),
        (True, [], "version"),
        (1, [("Amount", 1)], "field name"),
        (1, [("", 1)], "field name"),
        (1, [("1st", 1)], "field name"),
        (1, [("a" * 65, 1)], "field name"),
        (1, [("amount", 1), ("amount", 2)], "twice"),
        (1, [("amount", 1 << 63)], "int64"),
        (1, [("amount", -(1 << 63) - 1)], "int64"),
        (1, [("amount", 1.5)], "float"),
        (1, [("at", datetime(2026, 1, 5))], "timezone-aware"),
        (1, [("text", "\ud800")], "UTF-8"),
    ],
)
def test_records_that_have_no_canonical_encoding_are_refused(version, fields, complaint):
    with pytest.raises(LeafEncodingError, match=complaint):
        encode_leaf(version, fields)


def test_int64_limits_are_encodable():
    for value in (-(1 << 63), (1 << 63) - 1):
        assert decode_leaf(encode_leaf(1, [("amount", value)])) == (1, [("amount", value)])


@pytest.mark.parametrize(
    ("leaf", "complaint"),
    [
        (b"", "version byte"),
        (b"\x00", "version 0"),
        (b"\x01\x05value\x04\x02", "bool"),
        (b"\x01\x05value\x09", "unknown type"),
        (b"\x01\x05value\x02\x00\x00\x00\x02\xc3", "ends inside"),
        (b"\x01\x05value\x02\x00\x00\x00\x01\xc3", "UTF-8"),
        (b"\x01\x05value\x01\x00\x00", "ends inside"),
        (b"\x01\x05Value\x00", "field name"),
        (b"\x01\x05value\x00\x05value\x00", "repeated"),
        (b"\x01\x09value", "ends inside"),
        (b"\x01\x05value", "ends inside"),
        (b"\x01\x05value\x05\x7f\xff\xff\xff\xff\xff\xff\xff", "timestamp"),
    ],
)
def test_bytes_that_are_not_a_canonical_leaf_are_refused(leaf, complaint):
    with pytest.raises(LeafEncodingError, match=complaint):
        decode_leaf(leaf)


names = st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True)
values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(1 << 63), (1 << 63) - 1),
    st.text(max_size=24),
    st.binary(max_size=24),
    st.datetimes(timezones=st.just(UTC)),
)
records = st.tuples(
    st.integers(1, 255),
    st.lists(st.tuples(names, values), max_size=6, unique_by=lambda pair: pair[0]),
)


@settings(max_examples=100, deadline=None)
@given(records)
def test_decoding_inverts_encoding_so_no_two_records_share_bytes(record):
    version, fields = record
    decoded_version, decoded_fields = decode_leaf(encode_leaf(version, fields))
    assert decoded_version == version
    assert [name for name, _ in decoded_fields] == [name for name, _ in fields]
    for (_, original), (_, decoded) in zip(fields, decoded_fields, strict=True):
        assert type(decoded) is type(original)
        assert decoded == original


@settings(max_examples=80, deadline=None)
@given(records, st.data())
def test_changing_any_part_of_a_record_changes_its_bytes(record, data):
    version, fields = record
    changed_version, changed_fields = version, list(fields)
    change = data.draw(st.sampled_from(["version", "drop", "add", "rename", "value", "swap"]), label="change")
    if change == "version":
        changed_version = data.draw(st.integers(1, 255).filter(lambda other: other != version))
    elif change == "add":
        taken = {name for name, _ in fields}
        changed_fields.append((data.draw(names.filter(lambda name: name not in taken)), data.draw(values)))
    elif not fields:
        return
    elif change == "drop":
        changed_fields.pop(data.draw(st.integers(0, len(fields) - 1)))
    elif change == "rename":
        at = data.draw(st.integers(0, len(fields) - 1))
        taken = {name for name, _ in fields}
        changed_fields[at] = (data.draw(names.filter(lambda name: name not in taken)), fields[at][1])
    elif change == "value":
        at = data.draw(st.integers(0, len(fields) - 1))
        original = fields[at][1]
        # Equal-but-differently-typed values (True vs 1) count as a change.
        new_value = data.draw(values.filter(lambda value: type(value) is not type(original) or value != original))
        changed_fields[at] = (fields[at][0], new_value)
    else:
        if len(fields) < 2:
            return
        first, second = data.draw(st.lists(st.integers(0, len(fields) - 1), min_size=2, max_size=2, unique=True))
        changed_fields[first], changed_fields[second] = fields[second], fields[first]
    assert encode_leaf(changed_version, changed_fields) != encode_leaf(version, fields)
