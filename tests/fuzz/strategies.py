"""Hypothesis strategies for the request messages of both services, built by walking
the protobuf descriptors, so a new RPC or field is fuzzed without touching this file.

Three kinds of input:
- `messages(descriptor, ctx)`: any typed request - every field maybe set, strings from
  empty to very long (unicode, control characters, SQL-looking text), integers at their
  extremes, enum numbers defined or not, timestamps outside the representable range,
  repeated fields and maps of various lengths, one member of each oneof - with id fields
  drawn from ids that exist in the stack under test as often as from ids that do not;
- `nearly_valid(method, ctx)`: a request the handler accepts, with one field mutated, so
  the fuzzer gets past the first validation check and into the use cases;
- `raw_payloads(descriptor)`: bytes that are mostly not a valid encoding of the request.
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2
from chainbridge.payment.v1 import payment_pb2
from google.protobuf import message_factory
from google.protobuf.descriptor import Descriptor, FieldDescriptor, MethodDescriptor
from google.protobuf.field_mask_pb2 import FieldMask
from google.protobuf.message import Message
from google.protobuf.timestamp_pb2 import Timestamp
from hypothesis import strategies as st

from chainbridge_common.runtime.timestamps import to_timestamp
from tests.support.rpc import TIER_SHIPMENTS, money, shipment

FREIGHT_SERVICE = freight_pb2.DESCRIPTOR.services_by_name["FreightService"]
PAYMENT_SERVICE = payment_pb2.DESCRIPTOR.services_by_name["PaymentService"]

INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
UINT32 = (0, 2**32 - 1)
UINT64 = (0, 2**64 - 1)

# Numbers that sit on a limit somewhere in the services or the databases.
INTERESTING_INTS = sorted(
    {
        0,
        1,
        -1,
        2,
        31,
        32,
        33,
        63,
        64,
        65,
        499,
        500,
        501,
        999,
        1000,
        1001,
        3299,
        3300,
        6699,
        6700,
        9999,
        10_000,
        10_001,
        999_999_999,
        1_000_000_000,
        10**12,
        10**12 + 1,
        10**15,
        10**15 + 1,
        946_684_799,
        946_684_800,
        1_767_600_000,
        253_402_300_799,
        253_402_300_800,
        -62_135_596_800,
        -62_135_596_801,
        2**31 - 1,
        -(2**31),
        2**32,
        2**53 + 1,
        2**63 - 1,
        -(2**63),
        -(2**63) + 1,
        2**64 - 1,
    }
)

NASTY_STRINGS = [
    "",
    " ",
    "  ",
    "\x00",
    "a\x00b",
    "\n",
    "abc\n",
    "\t",
    "\r\n",
    "\x1b[31m",
    "\x7f",
    "\u0085",
    "\u202e",
    "\u200b",
    "\ufeff",
    "\ufffd",
    "😀",
    "👨‍👩‍👧",
    "é",
    "e\u0301",
    "ß",
    "İ",
    "中文",
    "עברית",
    "' OR '1'='1",
    "'; DROP TABLE shipments; --",
    '"',
    "\\",
    "%",
    "_",
    "%_%",
    "*",
    "NULL",
    "null",
    "None",
    "0",
    "-1",
    "1e309",
    "NaN",
    "²",
    "١٢٣",
    "٣",
    "9" * 19,
    "9" * 20,
    "18446744073709551616",
    "0x10",
    "USD",
    "usd",
    "XAU",
    "XXX",
    "JPY",
    "KWD",
    "US",
    "us",
    "DE",
    "U",
    "USA",
    "${jndi:ldap://x}",
    "{{7*7}}",
    "../../etc/passwd",
    "<script>",
    "a b",
    "a-b_c",
    "A" * 3,
]

# Lengths just around the limits the services and the schemas put on text.
BOUNDARY_LENGTHS = [2, 3, 4, 31, 32, 33, 39, 40, 41, 63, 64, 65, 127, 128, 129, 511, 512, 513, 1023, 1024, 1025, 5000]

# Field name -> kind of object the id names (see KnownIds).
ID_FIELDS = {
    "shipment_id": "shipment",
    "token_id": "token",
    "freight_token_id": "token",
    "intent_id": "intent",
    "settlement_id": "settlement",
    "event_id": "event",
    "source_event_id": "event",
    "claim_id": "event",  # a cargo claim's id is its CLAIM_FILED event's id
    "request_id": "request",
    "carrier_id": "carrier",
    "payout_id": "payout",
    "run_id": "run",
}
ID_PREFIXES = {
    "shipment": "shp",
    "token": "ftk",
    "intent": "pi",
    "settlement": "ms",
    "event": "sev",
    "request": "req",
    "carrier": "car",
    "payout": "po",
    "run": "pr",
}
# Payees the fuzz stack's intents name, and a valid account of each form for them.
FUZZ_PAYEES = ["carrier", "other-carrier"]
VALID_ACCOUNTS = {
    "EUR": payment_pb2.PayeeBankAccount(currency="EUR", legal_name="Carrier B.V.", iban="NL91ABNA0417164300", bic="ABNANL2A"),
    "USD": payment_pb2.PayeeBankAccount(currency="USD", legal_name="Carrier LLC", routing_number="011000015", account_number="123456789"),
    "GBP": payment_pb2.PayeeBankAccount(currency="GBP", legal_name="Carrier Ltd", sort_code="20-00-00", account_number="55779911"),
    "JPY": payment_pb2.PayeeBankAccount(currency="JPY", legal_name="Carrier KK", bank_identifier="MHCBJPJT", account_number="1234567"),
}


@dataclass
class KnownIds:
    """Ids (and page tokens) seen in answers of the stack under test, so generated
    requests name existing objects as well as missing ones."""

    by_kind: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    _seen: set[tuple[str, str]] = field(default_factory=set)
    # method name -> [(request that produced it, next_page_token)]
    page_tokens: dict[str, list[tuple[Message, str]]] = field(default_factory=lambda: defaultdict(list))

    def add(self, kind: str, value: str) -> None:
        if value and (kind, value) not in self._seen:
            self._seen.add((kind, value))
            self.by_kind[kind].append(value)

    def get(self, kind: str) -> list[str]:
        return self.by_kind.get(kind, [])

    def harvest(self, message: Message) -> None:
        """Remember every id an answer carries (walks nested and repeated fields)."""
        for descriptor, value in message.ListFields():
            if descriptor.type == FieldDescriptor.TYPE_MESSAGE:
                if descriptor.message_type.GetOptions().map_entry:
                    continue
                for item in value if is_repeated(descriptor) else [value]:
                    self.harvest(item)
            elif descriptor.name in ID_FIELDS and descriptor.type == FieldDescriptor.TYPE_STRING and not is_repeated(descriptor):
                self.add(ID_FIELDS[descriptor.name], value)

    def add_page_token(self, method: str, request: Message, token: str) -> None:
        tokens = self.page_tokens[method]
        if token and len(tokens) < 20:
            tokens.append((request, token))


@dataclass
class FuzzContext:
    known: KnownIds
    now: Callable[[], datetime]


def index(draw, size: int) -> int:
    """An index below `size`, drawn the same way whatever `size` is: the pools of known
    ids grow while Hypothesis replays and shrinks, and a draw whose bounds follow them
    would make the generation look inconsistent to it."""
    return draw(st.integers(0, 2**20)) % size


def is_repeated(descriptor: FieldDescriptor) -> bool:
    # `label` is deprecated in newer protobuf releases; `is_repeated` replaces it.
    repeated = getattr(descriptor, "is_repeated", None)
    if repeated is not None:
        return bool(repeated)
    return descriptor.label == FieldDescriptor.LABEL_REPEATED


def message_class(descriptor: Descriptor) -> type[Message]:
    return message_factory.GetMessageClass(descriptor)


def service_methods() -> list[tuple[str, MethodDescriptor]]:
    """(service short name, method) for every RPC of both services."""
    return [(service.name, method) for service in (FREIGHT_SERVICE, PAYMENT_SERVICE) for method in service.methods]


# ---------------------------------------------------------------- scalars


def integers(lower: int, upper: int) -> st.SearchStrategy[int]:
    edges = [n for n in INTERESTING_INTS if lower <= n <= upper] + [lower, upper]
    return st.one_of(st.sampled_from(edges), st.integers(lower, upper), st.integers(-1000, 20_000).filter(lambda n: lower <= n <= upper))


def texts() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(NASTY_STRINGS),
        st.text(st.characters(codec="utf-8"), max_size=40),
        st.text(st.characters(codec="utf-8", max_codepoint=0x7F), max_size=12),
        st.text(st.characters(codec="utf-8", max_codepoint=0x1F), min_size=1, max_size=6),
        st.builds(lambda n, ch: ch * n, st.sampled_from(BOUNDARY_LENGTHS), st.sampled_from(["x", "é", "😀", "9", "\x01"])),
        st.builds(lambda n: "y" * n, st.sampled_from([70_000, 300_000])),
    )


@st.composite
def ids(draw, kind: str, ctx: FuzzContext) -> str:
    """An id of `kind`: existing, existing with a twist, well-formed but unknown, or junk."""
    known = ctx.known.get(kind)
    choice = draw(st.integers(0, 9))
    if known and choice <= 4:
        value = known[index(draw, len(known))]
        twist = draw(st.sampled_from(["none", "none", "none", "newline", "upper", "pad", "cut", "space", "nul"]))
        return {
            "none": value,
            "newline": value + "\n",
            "upper": value.upper(),
            "pad": value + "0" * (65 - len(value)),
            "cut": value[:-1],
            "space": " " + value,
            "nul": value + "\x00",
        }[twist]
    if choice <= 7:
        prefix = ID_PREFIXES.get(kind, "x")
        body = draw(st.text(st.sampled_from("0123456789abcdefghjkmnpqrstvwxyz"), min_size=0, max_size=30))
        return f"{prefix}_{body}"
    return draw(texts())


def timestamps(ctx: FuzzContext) -> st.SearchStrategy[Message]:
    """Timestamps near the stack's clock, far away, and outside what a Timestamp may hold."""

    def near_now(offset_seconds: int, nanos: int) -> Timestamp:
        ts = to_timestamp(ctx.now() + timedelta(seconds=offset_seconds))
        return Timestamp(seconds=ts.seconds, nanos=nanos)

    offsets = st.one_of(st.sampled_from([0, -1, 299, 300, 301, -86_400, -86_400 * 365 * 30]), st.integers(-(10**7), 10**4))
    return st.one_of(
        st.builds(near_now, offsets, st.sampled_from([0, 0, 999, 999_999_999])),
        st.builds(Timestamp, seconds=integers(*INT64), nanos=integers(*INT32)),
        st.builds(
            Timestamp,
            seconds=st.sampled_from([946_684_799, 946_684_800, 253_402_300_799, 253_402_300_800, -62_135_596_801]),
            nanos=st.sampled_from([0, -1, 999_999_999, 1_000_000_000]),
        ),
    )


# ---------------------------------------------------------------- fields and messages


def string_for(field_descriptor: FieldDescriptor, ctx: FuzzContext) -> st.SearchStrategy[str]:
    name = field_descriptor.name
    if name in ID_FIELDS:
        return st.one_of(ids(ID_FIELDS[name], ctx), texts())
    if name == "currency":
        return st.one_of(st.sampled_from(["USD", "EUR", "JPY", "KWD", "CLF", "usd", "XAU", "XXX", "US", "USDD", ""]), texts())
    if name == "country_code":
        return st.one_of(st.sampled_from(["US", "DE", "FR", "us", "U", "USA", "ÜS", "US\n", ""]), texts())
    if name == "page_token":
        return st.one_of(page_tokens(ctx), texts())
    if name == "cursor":
        return st.one_of(
            st.sampled_from(["0", "1", "-1", "00", "²", "١", "1.5", " 1", "9" * 19, "9223372036854775807", "9223372036854775808"]),
            st.integers(0, 10**6).map(str),
            texts(),
        )
    return texts()


def scalar_for(field_descriptor: FieldDescriptor, ctx: FuzzContext) -> st.SearchStrategy:
    t = field_descriptor.type
    if t == FieldDescriptor.TYPE_STRING:
        return string_for(field_descriptor, ctx)
    if t == FieldDescriptor.TYPE_BYTES:
        return st.binary(max_size=64)
    if t == FieldDescriptor.TYPE_BOOL:
        return st.booleans()
    if t in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
        return st.floats(allow_nan=True, allow_infinity=True, width=64 if t == FieldDescriptor.TYPE_DOUBLE else 32)
    if t == FieldDescriptor.TYPE_ENUM:
        defined = [v.number for v in field_descriptor.enum_type.values]
        return st.one_of(st.sampled_from(defined), integers(*INT32))
    if t in (FieldDescriptor.TYPE_INT32, FieldDescriptor.TYPE_SINT32, FieldDescriptor.TYPE_SFIXED32):
        return integers(*INT32)
    if t in (FieldDescriptor.TYPE_INT64, FieldDescriptor.TYPE_SINT64, FieldDescriptor.TYPE_SFIXED64):
        return integers(*INT64)
    if t in (FieldDescriptor.TYPE_UINT32, FieldDescriptor.TYPE_FIXED32):
        return integers(*UINT32)
    if t in (FieldDescriptor.TYPE_UINT64, FieldDescriptor.TYPE_FIXED64):
        return integers(*UINT64)
    raise TypeError(f"no strategy for field {field_descriptor.full_name} of type {t}")


def value_for(field_descriptor: FieldDescriptor, ctx: FuzzContext, depth: int) -> st.SearchStrategy:
    """A value for one (non-repeated) occurrence of the field."""
    if field_descriptor.type == FieldDescriptor.TYPE_MESSAGE:
        return messages(field_descriptor.message_type, ctx, depth + 1)
    return scalar_for(field_descriptor, ctx)


def messages(descriptor: Descriptor, ctx: FuzzContext, depth: int = 0) -> st.SearchStrategy[Message]:
    if descriptor.full_name == "google.protobuf.Timestamp":
        return timestamps(ctx)
    if descriptor.full_name == "google.protobuf.FieldMask":
        return _field_masks()
    return _generic_message(descriptor, ctx, depth)


def _field_masks() -> st.SearchStrategy[Message]:
    names = [f.name for f in freight_pb2.Shipment.DESCRIPTOR.fields] + ["origin.country_code", "declared_value.amount_minor", "*", ""]
    return st.builds(lambda paths: FieldMask(paths=paths), st.lists(st.one_of(st.sampled_from(names), texts()), max_size=6))


@st.composite
def _generic_message(draw, descriptor: Descriptor, ctx: FuzzContext, depth: int) -> Message:
    message = message_class(descriptor)()
    if depth > 3:
        return message
    chosen_oneof_members = set()
    for oneof in descriptor.oneofs:
        member = draw(st.sampled_from([None, *oneof.fields]))
        if member is not None:
            chosen_oneof_members.add(member.name)
    for f in descriptor.fields:
        if f.containing_oneof is not None:
            if f.name not in chosen_oneof_members:
                continue
        elif draw(st.integers(0, 3)) == 0:
            continue  # left unset
        _set_field(draw, message, f, ctx, depth)
    return message


def _set_field(draw, message: Message, f: FieldDescriptor, ctx: FuzzContext, depth: int) -> None:
    if f.type == FieldDescriptor.TYPE_MESSAGE and f.message_type.GetOptions().map_entry:
        key_field = f.message_type.fields_by_name["key"]
        value_field = f.message_type.fields_by_name["value"]
        size = draw(st.one_of(st.integers(0, 4), st.sampled_from([32, 33, 100])))
        target = getattr(message, f.name)
        for _ in range(size):
            key = draw(scalar_for(key_field, ctx))
            if value_field.type == FieldDescriptor.TYPE_MESSAGE:
                target[key].CopyFrom(draw(value_for(value_field, ctx, depth)))
            else:
                target[key] = draw(scalar_for(value_field, ctx))
        return
    if is_repeated(f):
        size = draw(st.one_of(st.integers(0, 4), st.sampled_from([0, 1, 2, 3, 10, 501])))
        if f.type == FieldDescriptor.TYPE_MESSAGE:
            # Long lists repeat one drawn element: enough to hit length limits, cheap to build.
            items = [draw(value_for(f, ctx, depth)) for _ in range(min(size, 6))]
            for index in range(size):
                getattr(message, f.name).add().CopyFrom(items[index % len(items)])
        else:
            getattr(message, f.name).extend(draw(st.lists(scalar_for(f, ctx), min_size=min(size, 6), max_size=min(size, 6))))
        return
    if f.type == FieldDescriptor.TYPE_MESSAGE:
        getattr(message, f.name).CopyFrom(draw(value_for(f, ctx, depth)))
    else:
        setattr(message, f.name, draw(scalar_for(f, ctx)))


# ---------------------------------------------------------------- page tokens


@st.composite
def page_tokens(draw, ctx: FuzzContext) -> str:
    """Tokens shaped like the real ones (base64 JSON {"k": key, "f": fingerprint}) with the
    fingerprint of a real token and a key of any JSON type: clients can forge these."""
    recorded = [token for tokens in ctx.known.page_tokens.values() for _, token in tokens]
    fingerprint = "0" * 16
    if recorded:
        real = recorded[index(draw, len(recorded))]
        fingerprint = _decode_token(real).get("f", fingerprint)
    key = draw(st.lists(_json_values(), min_size=0, max_size=3))
    body = draw(st.sampled_from([{"k": key, "f": fingerprint}, {"k": key}, key, {"k": "x", "f": fingerprint}]))
    return base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")


def _json_values() -> st.SearchStrategy:
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        integers(-(2**70), 2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from(["", "abc", "²", "9" * 25, "pi_zzzzzzzzzzzzzzzzzzzzzzzzzz", "\x00"]),
        st.text(max_size=10),
    )
    return st.recursive(
        scalars, lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2), max_leaves=4
    )


def _decode_token(token: str) -> dict:
    try:
        decoded = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except ValueError:
        return {}
    return decoded if isinstance(decoded, dict) else {}


def forged_page_token(draw, token: str) -> str:
    """The real `token` with its sort key replaced by another JSON value of the same length."""
    decoded = _decode_token(token)
    key = decoded.get("k") or [None]
    key = list(key)
    key[index(draw, len(key))] = draw(_json_values())
    decoded["k"] = key
    return base64.urlsafe_b64encode(json.dumps(decoded).encode()).decode().rstrip("=")


# ---------------------------------------------------------------- valid requests


def _pick(draw, ctx: FuzzContext, kind: str) -> str:
    known = ctx.known.get(kind)
    if not known:
        return f"{ID_PREFIXES[kind]}_unknown"
    return known[index(draw, len(known))]


def _request_id(draw) -> str:
    return draw(st.one_of(st.just(""), st.integers(0, 5).map(lambda n: f"fuzz-req-{n}")))


def _event_type(draw) -> int:
    # CLAIM_FILED is recorded by FileClaim, with its claim.
    return draw(
        st.sampled_from(
            [v.number for v in common_pb2.ShipmentEventType.DESCRIPTOR.values[2:] if v.number != common_pb2.SHIPMENT_EVENT_TYPE_CLAIM_FILED]
        )
    )


def _milestone(draw) -> int:
    return draw(
        st.sampled_from(
            [
                common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED,
                common_pb2.SHIPMENT_EVENT_TYPE_POD_CONFIRMED,
                common_pb2.SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED,
            ]
        )
    )


def _list_request(draw, ctx: FuzzContext, method: str, fresh: Callable[[], Message]) -> Message:
    """A fresh list request, or the recorded request of a real next_page_token with it."""
    recorded = ctx.known.page_tokens.get(method)
    if recorded and draw(st.booleans()):
        request, token = recorded[index(draw, len(recorded))]
        continued = type(request)()
        continued.CopyFrom(request)
        continued.page_token = token
        return continued
    return fresh()


@st.composite
def valid_requests(draw, method: MethodDescriptor, ctx: FuzzContext) -> Message:
    """A request the method's validation accepts (it may still fail on state: NOT_FOUND...)."""
    fpb, ppb = freight_pb2, payment_pb2
    pick = lambda kind: _pick(draw, ctx, kind)  # noqa: E731
    page_size = lambda: draw(st.integers(0, 3))  # noqa: E731
    name = method.name
    if name == "CreateShipment":
        tier = draw(st.sampled_from(sorted(TIER_SHIPMENTS)))
        return fpb.CreateShipmentRequest(
            shipment=shipment(tier, reference=draw(st.sampled_from(["BOL-1", "BOL-2", ""]))), request_id=_request_id(draw)
        )
    if name in ("GetShipment", "TokenizeShipment"):
        return message_class(method.input_type)(shipment_id=pick("shipment"))
    if name == "ListShipments":
        return _list_request(draw, ctx, name, lambda: fpb.ListShipmentsRequest(page_size=page_size(), status=draw(st.integers(0, 6))))
    if name == "UpdateShipment":
        return fpb.UpdateShipmentRequest(
            shipment=fpb.Shipment(shipment_id=pick("shipment"), reference="BOL-upd", weight_grams=draw(st.integers(0, 10**6))),
            update_mask=FieldMask(paths=draw(st.lists(st.sampled_from(["reference", "weight_grams"]), min_size=1, max_size=2))),
        )
    if name == "CancelShipment":
        return fpb.CancelShipmentRequest(shipment_id=pick("shipment"), reason="fuzz cancel", request_id=_request_id(draw))
    if name == "GetFreightToken":
        if draw(st.booleans()):
            return fpb.GetFreightTokenRequest(token_id=pick("token"))
        return fpb.GetFreightTokenRequest(shipment_id=pick("shipment"))
    if name == "ListFreightTokens":
        return _list_request(
            draw, ctx, name, lambda: fpb.ListFreightTokensRequest(page_size=page_size(), risk_tier=draw(st.integers(0, 3)))
        )
    if name == "RecordShipmentEvent":
        request = fpb.RecordShipmentEventRequest(shipment_id=pick("shipment"), event_type=_event_type(draw), request_id=_request_id(draw))
        if draw(st.booleans()):
            request.occurred_at.CopyFrom(to_timestamp(ctx.now() - timedelta(seconds=draw(st.integers(-300, 86_400)))))
        request.metadata.update(draw(st.dictionaries(st.sampled_from(["scanner", "signer"]), st.text(max_size=5), max_size=2)))
        return request
    if name == "BatchRecordShipmentEvents":
        items = []
        for _ in range(draw(st.integers(1, 4))):
            item = fpb.RecordShipmentEventRequest(shipment_id=pick("shipment"), event_type=_event_type(draw))
            if draw(st.booleans()):
                item.occurred_at.CopyFrom(to_timestamp(ctx.now() - timedelta(seconds=draw(st.integers(-300, 86_400)))))
            items.append(item)
        return fpb.BatchRecordShipmentEventsRequest(requests=items, request_id=_request_id(draw))
    if name == "GetOutboxStatus":
        return fpb.GetOutboxStatusRequest()
    if name == "ListParkedEvents":
        return _list_request(draw, ctx, name, lambda: fpb.ListParkedEventsRequest(page_size=page_size()))
    if name in ("RedeliverParkedEvents", "DiscardParkedEvents"):
        request = message_class(method.input_type)(event_ids=draw(st.lists(st.just(pick("event")), min_size=1, max_size=1)))
        if name == "DiscardParkedEvents":
            request.reason = "fuzz discard"
        request.request_id = _request_id(draw)
        return request
    if name == "ListShipmentEvents":
        return _list_request(
            draw,
            ctx,
            name,
            lambda: fpb.ListShipmentEventsRequest(
                shipment_id=pick("shipment"), page_size=page_size(), delivery_state=draw(st.integers(0, 2))
            ),
        )
    if name == "CreatePaymentIntent":
        amount = draw(st.one_of(st.sampled_from([1, 2, 3, 7, 100, 1_000_005, 10**15]), st.integers(1, 10**9)))
        currency = draw(st.sampled_from(["USD", "JPY", "KWD", "EUR"]))
        return ppb.CreatePaymentIntentRequest(
            payment_intent=ppb.PaymentIntent(
                freight_token_id=pick("token"), amount=money(amount, currency), payer_id="acme", payee_id="carrier"
            ),
            request_id=_request_id(draw),
        )
    if name in ("GetPaymentIntent", "GetPaymentSchedule", "GetIntentLedger"):
        return message_class(method.input_type)(intent_id=pick("intent"))
    if name == "ListPaymentIntents":
        return _list_request(
            draw,
            ctx,
            name,
            lambda: ppb.ListPaymentIntentsRequest(page_size=page_size(), status=draw(st.integers(0, 6)), risk_tier=draw(st.integers(0, 3))),
        )
    if name == "CancelPaymentIntent":
        return ppb.CancelPaymentIntentRequest(intent_id=pick("intent"), reason="fuzz cancel")
    if name == "AssessRisk":
        if draw(st.booleans()):
            return ppb.AssessRiskRequest(intent_id=pick("intent"))
        return ppb.AssessRiskRequest(freight_token_id=pick("token"))
    if name == "SettlePaymentIntent":
        return ppb.SettlePaymentIntentRequest(
            intent_id=pick("intent"), force_approval=draw(st.booleans()), notes=draw(st.sampled_from(["", "ok"]))
        )
    if name == "CompleteSettlement":
        if draw(st.booleans()):
            return ppb.CompleteSettlementRequest(settlement_id=pick("settlement"), rail_reference=draw(st.sampled_from(["", "rail-1"])))
        return ppb.CompleteSettlementRequest(intent_id=pick("intent"))
    if name == "GetSettlementHistory":
        return _list_request(draw, ctx, name, lambda: ppb.GetSettlementHistoryRequest(intent_id=pick("intent"), page_size=page_size()))
    if name == "BuildPaymentSchedule":
        request = ppb.BuildPaymentScheduleRequest(intent_id=pick("intent"), request_id=_request_id(draw))
        if draw(st.booleans()):
            first = draw(st.integers(0, 10_000))
            second = draw(st.integers(0, 10_000 - first))
            shares = zip(
                [
                    common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED,
                    common_pb2.SHIPMENT_EVENT_TYPE_POD_CONFIRMED,
                    common_pb2.SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED,
                ],
                [first, second, 10_000 - first - second],
                strict=True,
            )
            request.custom_shares.extend(ppb.MilestoneShare(milestone=m, basis_points=bp) for m, bp in shares)
        return request
    if name == "ProcessShipmentEvent":
        return _process_request(draw, ctx)
    if name == "BatchProcessShipmentEvents":
        return ppb.BatchProcessShipmentEventsRequest(requests=[_process_request(draw, ctx) for _ in range(draw(st.integers(1, 3)))])
    if name == "ListMilestoneSettlements":
        return _list_request(
            draw,
            ctx,
            name,
            lambda: ppb.ListMilestoneSettlementsRequest(
                page_size=page_size(), intent_id=draw(st.sampled_from(["", pick("intent")])), status=draw(st.integers(0, 6))
            ),
        )
    if name == "ApproveMilestoneSettlement":
        return ppb.ApproveMilestoneSettlementRequest(
            settlement_id=pick("settlement"), decision=draw(st.sampled_from([1, 2])), reason="fuzz review"
        )
    if name == "GetShipmentAudit":
        return ppb.GetShipmentAuditRequest(shipment_id=pick("shipment"))
    if name == "WatchSettlements":
        return ppb.WatchSettlementsRequest(
            intent_id=draw(st.sampled_from(["", pick("intent")])), cursor=draw(st.sampled_from(["", "0", "1"]))
        )
    if name == "CreateSubscription":
        # E-mail only: the fuzzed stack has no SMTP server (FAILED_PRECONDITION), and no webhook
        # URL here ever makes the server resolve or reach a host.
        return ppb.CreateSubscriptionRequest(
            subscription=ppb.Subscription(
                subscriber_kind=draw(st.sampled_from([1, 2])),
                subscriber_id=draw(st.sampled_from(["carrier", "acme"])),
                event_types=draw(st.lists(st.integers(1, 7), min_size=1, max_size=3, unique=True)),
                email_address="ops@carrier.test",
                description=draw(st.sampled_from(["", "ops"])),
            ),
            request_id=_request_id(draw),
        )
    if name == "ListSubscriptions":
        return _list_request(
            draw,
            ctx,
            name,
            lambda: ppb.ListSubscriptionsRequest(
                page_size=page_size(), subscriber_kind=draw(st.integers(0, 2)), subscriber_id=draw(st.sampled_from(["", "carrier"]))
            ),
        )
    if name == "DeleteSubscription":
        return ppb.DeleteSubscriptionRequest(subscription_id=f"sub_fuzz{draw(st.integers(0, 9))}", request_id=_request_id(draw))
    if name == "ListNotificationDeliveries":
        return _list_request(
            draw, ctx, name, lambda: ppb.ListNotificationDeliveriesRequest(page_size=page_size(), state=draw(st.integers(0, 4)))
        )
    if name in ("GetSettlementStats", "ListRiskSignals"):
        request = message_class(method.input_type)(page_size=page_size())
        request.start_time.CopyFrom(to_timestamp(ctx.now() - timedelta(days=draw(st.integers(0, 30)))))
        if draw(st.booleans()):
            request.end_time.CopyFrom(to_timestamp(ctx.now() + timedelta(hours=draw(st.integers(0, 48)))))
        if name == "ListRiskSignals":
            request.kinds.extend(draw(st.lists(st.integers(1, 8), max_size=2, unique=True)))
        else:
            request.risk_tier = draw(st.integers(0, 3))
        return request
    if name == "GetSignedTreeHead":
        return ppb.GetSignedTreeHeadRequest()
    if name == "GetInclusionProof":
        tree_size = draw(st.sampled_from([0, 0, 1, 5, 40, 10**6]))
        which = draw(st.sampled_from(["leaf_index", "audit_sequence", "settlement_change"]))
        if which == "settlement_change":
            change = ppb.SettlementChange(settlement_id=pick("settlement"), status=draw(st.integers(1, 6)))
            return ppb.GetInclusionProofRequest(settlement_change=change, tree_size=tree_size)
        number = draw(st.sampled_from([0, 1, 3, 17, 2**62])) + (which == "audit_sequence")
        return ppb.GetInclusionProofRequest(tree_size=tree_size, **{which: number})
    if name == "RegisterPayeeAccount":
        return ppb.RegisterPayeeAccountRequest(
            payee_id=draw(st.sampled_from(FUZZ_PAYEES)),
            account=VALID_ACCOUNTS[draw(st.sampled_from(sorted(VALID_ACCOUNTS)))],
            request_id=_request_id(draw),
        )
    if name == "GetPayeeAccount":
        return ppb.GetPayeeAccountRequest(
            payee_id=draw(st.sampled_from(FUZZ_PAYEES)), currency=draw(st.sampled_from(sorted(VALID_ACCOUNTS)))
        )
    if name == "CreatePayoutRun":
        request = ppb.CreatePayoutRunRequest(
            currency=draw(st.sampled_from(["", "EUR", "USD", "JPY", "KWD"])),
            payee_id=draw(st.sampled_from(["", *FUZZ_PAYEES])),
            request_id=_request_id(draw),
        )
        if draw(st.booleans()):
            request.released_before.CopyFrom(to_timestamp(ctx.now() - timedelta(seconds=draw(st.integers(-86_400, 86_400)))))
        return request
    if name == "GetPayout":
        return ppb.GetPayoutRequest(payout_id=pick("payout"))
    if name == "ListPayouts":
        return _list_request(
            draw,
            ctx,
            name,
            lambda: ppb.ListPayoutsRequest(
                page_size=page_size(),
                status=draw(st.integers(0, 4)),
                currency=draw(st.sampled_from(["", "EUR", "USD"])),
                payee_id=draw(st.sampled_from(["", *FUZZ_PAYEES])),
            ),
        )
    if name == "GetPayoutFile":
        return ppb.GetPayoutFileRequest(
            payout_id=pick("payout"), requested_execution_date=draw(st.sampled_from(["", ctx.now().date().isoformat(), "2999-01-01"]))
        )
    if name == "ConfirmPayout":
        return ppb.ConfirmPayoutRequest(
            payout_id=pick("payout"), bank_reference=draw(st.sampled_from(["BANK-1", "BANK-2"])), request_id=_request_id(draw)
        )
    if name == "FailPayout":
        return ppb.FailPayoutRequest(
            payout_id=pick("payout"),
            return_reason=draw(st.sampled_from(["AC04 account closed", "withdrawn"])),
            request_id=_request_id(draw),
        )
    if name == "GetConsistencyProof":
        first = draw(st.sampled_from([1, 2, 7, 30, 10**6]))
        return ppb.GetConsistencyProofRequest(first_tree_size=first, second_tree_size=draw(st.sampled_from([0, first, first + 3, 10**7])))
    if name == "FileClaim":
        return fpb.FileClaimRequest(
            shipment_id=pick("shipment"),
            claimed_amount=money(draw(st.sampled_from([1, 100, 150_000, 1_000_005, 10**15])), draw(st.sampled_from(["USD", "EUR"]))),
            reason="fuzz claim",
            request_id=_request_id(draw),
        )
    if name == "ResolveClaim":
        request = ppb.ResolveClaimRequest(claim_id=pick("event"), note="fuzz resolution", request_id=_request_id(draw))
        if draw(st.booleans()):
            request.decision = ppb.CLAIM_DECISION_CARRIER_LIABLE
            request.liable_amount.CopyFrom(money(draw(st.sampled_from([1, 50_000, 150_000, 10**15])), "USD"))
        else:
            request.decision = ppb.CLAIM_DECISION_CARRIER_NOT_LIABLE
        return request
    raise AssertionError(f"no valid request builder for {method.full_name}: add one here")


def _process_request(draw, ctx: FuzzContext) -> payment_pb2.ProcessShipmentEventRequest:
    if ctx.known.get("event") and draw(st.booleans()):
        event_id = _pick(draw, ctx, "event")  # a redelivery (maybe with other fields)
    else:
        event_id = f"sev_fuzz{draw(st.integers(0, 10**9))}"
    occurred = ctx.now() - timedelta(seconds=draw(st.integers(0, 86_400)))
    request = payment_pb2.ProcessShipmentEventRequest(
        event_id=event_id, shipment_id=_pick(draw, ctx, "shipment"), event_type=_milestone(draw), occurred_at=to_timestamp(occurred)
    )
    if draw(st.booleans()):  # where freight puts the event in its shipment's history
        request.claims_filed_before = draw(st.integers(0, 2))
        request.milestone_events_before = draw(st.integers(0, 3))
    if draw(st.integers(0, 3)) == 0:  # a claim
        request.event_type = common_pb2.SHIPMENT_EVENT_TYPE_CLAIM_FILED
        request.claim.claimed_amount.CopyFrom(money(draw(st.sampled_from([1, 150_000, 10**15]))))
        request.claim.reason = "fuzz claim"
    return request


# ---------------------------------------------------------------- one-field mutations


def _field_paths(message: Message, prefix: tuple = ()) -> list[tuple[tuple, FieldDescriptor]]:
    """Every (path to a containing message, field) of `message`, descending into set messages."""
    paths = []
    for f in message.DESCRIPTOR.fields:
        paths.append((prefix, f))
        if f.type == FieldDescriptor.TYPE_MESSAGE and not is_repeated(f) and message.HasField(f.name):
            paths.extend(_field_paths(getattr(message, f.name), (*prefix, f.name)))
        elif f.type == FieldDescriptor.TYPE_MESSAGE and is_repeated(f) and not f.message_type.GetOptions().map_entry:
            for index, item in enumerate(getattr(message, f.name)):
                paths.extend(_field_paths(item, (*prefix, (f.name, index))))
    return paths


def _resolve(message: Message, path: tuple) -> Message:
    for step in path:
        message = getattr(message, step[0])[step[1]] if isinstance(step, tuple) else getattr(message, step)
    return message


@st.composite
def nearly_valid(draw, method: MethodDescriptor, ctx: FuzzContext) -> Message:
    """A valid request of `method` with one field changed, cleared or twisted."""
    request = draw(valid_requests(method, ctx))
    paths = _field_paths(request)
    if not paths:  # a request with no fields (GetOutboxStatus) has nothing to change
        return request
    path, f = paths[index(draw, len(paths))]
    target = _resolve(request, path)
    action = draw(st.sampled_from(["generic", "generic", "clear", "twist"]))
    if action == "clear":
        target.ClearField(f.name)
    elif action == "twist" and not is_repeated(f) and f.type != FieldDescriptor.TYPE_MESSAGE:
        setattr(target, f.name, _twist(draw, f, getattr(target, f.name)))
    else:
        target.ClearField(f.name)
        _set_field(draw, target, f, ctx, depth=len(path) + 1)
    return request


def _twist(draw, f: FieldDescriptor, value):
    if f.type == FieldDescriptor.TYPE_STRING:
        if f.name == "page_token" and value:
            return forged_page_token(draw, value)
        return draw(
            st.sampled_from(
                [value + "\n", value + "\x00", value.upper(), value.lower(), value[:-1], value * 70, " " + value, value + "é", value + "%"]
            )
        )
    if f.type == FieldDescriptor.TYPE_BOOL:
        return not value
    if f.type == FieldDescriptor.TYPE_ENUM:
        return draw(st.sampled_from([value + 1, value - 1, 0, 99, -1]))
    if f.type in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
        return draw(st.sampled_from([-value, float("nan"), float("inf")]))
    low, high = INT64 if f.type in (FieldDescriptor.TYPE_INT64, FieldDescriptor.TYPE_SINT64, FieldDescriptor.TYPE_SFIXED64) else INT32
    candidates = [c for c in (value + 1, value - 1, -value, low, high, 0, value * 1000) if low <= c <= high]
    return candidates[index(draw, len(candidates))]


# ---------------------------------------------------------------- requests of any kind


def requests(method: MethodDescriptor, ctx: FuzzContext) -> st.SearchStrategy[Message]:
    """Arbitrary typed requests, nearly valid ones and valid ones. The valid ones make sure
    every RPC reaches its use case: for a request of a few strict fields (a payee and a
    currency) nearly every one-field mutation is invalid, and a derandomized run could draw
    only those."""
    return st.one_of(messages(method.input_type, ctx), nearly_valid(method, ctx), valid_requests(method, ctx))


# ---------------------------------------------------------------- raw bytes


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _crafted_payloads(descriptor: Descriptor) -> list[bytes]:
    """Encodings that are invalid in known ways for this message type."""
    payloads = [
        b"\xff",  # a tag with no end
        b"\x08" + b"\xff" * 11,  # varint longer than 10 bytes
        b"\x0a\x7f" + b"a",  # length prefix beyond the end
        b"\x0a" + _varint(2**31) + b"a",  # absurd length
        b"\x00",  # field number 0
        b"\x07",  # wire type 7 does not exist
        b"\x0b" * 200,  # 200 nested group starts
        b"\x0c",  # an end-group with no start
        b"\xf8\xff\xff\xff\x7f\x00",  # field number above 2^29
        b"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01",
    ]
    for f in descriptor.fields:
        tag = f.number << 3
        if f.type == FieldDescriptor.TYPE_STRING:
            payloads.append(_varint(tag | 2) + b"\x02\xff\xfe")  # not UTF-8
            payloads.append(_varint(tag | 2) + b"\x03\xed\xa0\x80")  # an encoded surrogate
            payloads.append(_varint(tag | 2) + b"\x01\xc3")  # a truncated sequence
        elif f.type == FieldDescriptor.TYPE_MESSAGE:
            payloads.append(_varint(tag | 2) + b"\x03\x0a\x01")  # the inner message is cut short
            nested = b""
            for _ in range(120):  # nesting beyond the parser's recursion limit
                nested = _varint(tag | 2) + _varint(len(nested)) + nested
            payloads.append(nested)
        payloads.append(_varint(tag | 5) + b"\x01\x02")  # fixed32 cut short
    return payloads


def raw_payloads(method: MethodDescriptor, ctx: FuzzContext) -> st.SearchStrategy[bytes]:
    """Bytes for `method`: random, crafted invalid encodings, and valid encodings damaged."""

    @st.composite
    def damaged(draw) -> bytes:
        data = bytearray(draw(requests(method, ctx)).SerializeToString())
        operation = draw(st.sampled_from(["truncate", "flip", "append", "insert"]))
        if operation == "truncate" and data:
            return bytes(data[: index(draw, len(data))])
        if operation == "flip" and data:
            data[index(draw, len(data))] ^= 1 << draw(st.integers(0, 7))
            return bytes(data)
        junk = draw(st.binary(min_size=1, max_size=8))
        if operation == "append":
            return bytes(data) + junk
        at = index(draw, len(data) + 1)
        return bytes(data[:at]) + junk + bytes(data[at:])

    return st.one_of(st.binary(max_size=64), st.sampled_from(_crafted_payloads(method.input_type)), damaged())
