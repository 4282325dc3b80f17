"""Shared runtime pieces: ids, timestamps, currencies, pagination tokens."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chainbridge_common.domain.currency import format_minor, minor_units
from chainbridge_common.errors import AlreadyExists, FieldViolation, InvalidArgument
from chainbridge_common.runtime.ids import new_id
from chainbridge_common.runtime.pagination import MAX_PAGE_SIZE, PageTokens
from chainbridge_common.runtime.rpc_errors import to_grpc_status
from chainbridge_common.runtime.timestamps import from_micros, from_timestamp, to_micros, to_timestamp


def test_ids_from_one_process_strictly_increase():
    ids = [new_id("shp") for _ in range(2000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("shp_") and len(i) == 30 for i in ids)


@given(st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(9999, 1, 1), timezones=st.just(UTC)))
def test_timestamps_round_trip_exactly_to_the_microsecond(moment):
    assert from_micros(to_micros(moment)) == moment
    assert from_timestamp(to_timestamp(moment)) == moment


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [(1_000_005, "USD", "10000.05 USD"), (1500, "JPY", "1500 JPY"), (1234, "KWD", "1.234 KWD"), (-5, "EUR", "-0.05 EUR")],
)
def test_amounts_format_with_the_currency_minor_units(amount, currency, text):
    assert format_minor(amount, currency) == text


def test_unknown_currency_has_no_minor_units():
    with pytest.raises(ValueError):
        minor_units("XXX")


PAGES = PageTokens(b"test secret")


def test_page_size_defaults_caps_and_refuses_negative():
    assert PAGES.parse(0, "", {}).size == 50
    assert PAGES.parse(5000, "", {}).size == MAX_PAGE_SIZE
    with pytest.raises(InvalidArgument):
        PAGES.parse(-1, "", {})


def test_page_token_carries_the_last_key_and_is_bound_to_the_filters():
    page = PAGES.parse(2, "", {"status": 1})
    token = PAGES.next_token(["a", "b", "c"], page, {"status": 1}, lambda row: (row,))
    assert PAGES.parse(2, token, {"status": 1}).after == ("b",)
    with pytest.raises(InvalidArgument) as error:
        PAGES.parse(2, token, {"status": 2})
    assert error.value.reason == "INVALID_PAGE_TOKEN"
    assert PAGES.next_token(["a", "b"], page, {"status": 1}, lambda row: (row,)) == ""


@pytest.mark.parametrize("token", ["garbage", "eyJrIjogMX0", "x" * 600, ""])
def test_forged_page_tokens_are_invalid_argument(token):
    if not token:  # an empty token is the first page, not a forgery
        assert PAGES.parse(10, token, {}).after is None
        return
    with pytest.raises(InvalidArgument):
        PAGES.parse(10, token, {})


def _edited(page_token: str, key) -> str:
    """The token with its key replaced and its signature kept."""
    raw = base64.urlsafe_b64decode(page_token + "=" * (-len(page_token) % 4))
    payload, mac = raw[:-16], raw[-16:]
    edited = json.dumps({**json.loads(payload), "k": key}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(edited + mac).decode().rstrip("=")


def test_an_edited_page_token_is_refused_even_with_a_well_typed_key():
    # AIP-158: tokens are opaque. Moving the cursor to another row must not work.
    page = PAGES.parse(2, "", {})
    genuine = PAGES.next_token(["shp_b", "shp_c", "shp_d"], page, {}, lambda row: (row,))
    assert PAGES.parse(2, genuine, {}).after == ("shp_c",)
    with pytest.raises(InvalidArgument) as error:
        PAGES.parse(2, _edited(genuine, ["shp_z"]), {})
    assert error.value.reason == "INVALID_PAGE_TOKEN"


def test_a_page_token_of_another_server_secret_is_refused():
    page = PAGES.parse(1, "", {})
    foreign = PageTokens(b"another secret").next_token(["a", "b"], page, {}, lambda row: (row,))
    with pytest.raises(InvalidArgument):
        PAGES.parse(1, foreign, {})


@pytest.mark.parametrize(
    ("key_types", "key"),
    [
        ((str,), [[]]),
        ((str,), [7]),
        ((str,), [None]),
        ((str,), ["a\x00b"]),
        ((str,), ["\ud800"]),
        ((int,), ["12"]),
        ((int,), [True]),
        ((int,), [1.5]),
        ((int,), [2**63]),
        ((int, str), [1, 2]),
    ],
)
def test_page_tokens_with_an_ill_typed_key_are_invalid_argument_even_when_signed(key_types, key):
    # Defence in depth: were the secret ever leaked, a signed token with a key the query
    # cannot compare must still be INVALID_ARGUMENT, not a database error.
    page = PAGES.parse(1, "", {}, key_types=key_types)
    genuine = PAGES.next_token(["row", "next"], page, {}, lambda row: tuple(t() for t in key_types))
    assert PAGES.parse(1, genuine, {}, key_types=key_types).after == tuple(t() for t in key_types)
    raw = base64.urlsafe_b64decode(genuine + "=" * (-len(genuine) % 4))
    payload = json.dumps({**json.loads(raw[:-16]), "k": key}, separators=(",", ":")).encode()
    resigned = base64.urlsafe_b64encode(payload + PAGES._mac(payload)).decode().rstrip("=")
    with pytest.raises(InvalidArgument) as error:
        PAGES.parse(1, resigned, {}, key_types=key_types)
    assert error.value.reason == "INVALID_PAGE_TOKEN"


@pytest.mark.parametrize(
    "error",
    [
        InvalidArgument([FieldViolation("😀" * 300, "é" * 300) for _ in range(3000)]),
        AlreadyExists("😀" * 10_000, reason="REQUEST_ID_REUSED", metadata={"request_id": "😀" * 5000, "other": "x" * 5000}),
    ],
    ids=["many violations", "long message and metadata"],
)
def test_a_status_fits_in_the_trailers_a_grpc_client_accepts(error):
    status = to_grpc_status(error, "payment.chainbridge.io")
    trailers = dict(status.trailing_metadata)
    # grpc-message is percent-encoded on the wire; -bin trailers are base64.
    message_size = sum(1 if 0x20 <= byte <= 0x7E and byte != 0x25 else 3 for byte in status.details.encode())
    details_size = len(base64.b64encode(trailers["grpc-status-details-bin"]))
    assert message_size + details_size < 8192 - 512  # the client's soft limit, with room for the other headers
