"""Proto <-> domain conversion for FreightService, with request validation.

Field paths in violations are the request's own (e.g. "shipment.origin.country_code"),
so a client can point at the exact field.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2

from chainbridge_common.domain.risk_tier import RiskTier, score_from_bps
from chainbridge_common.domain.shipment_events import ShipmentEventType
from chainbridge_common.errors import InvalidArgument, Violations
from chainbridge_common.runtime.timestamps import from_timestamp, to_timestamp
from chainbridge_common.runtime.validation import (
    check_country,
    check_id,
    check_money,
    check_text,
    enum_from_proto,
    enum_to_proto,
)
from freight_server.domain.events import DeliveryState, EventDraft, ShipmentEvent
from freight_server.domain.shipments import (
    UPDATABLE_FIELDS,
    CargoCategory,
    Location,
    Shipment,
    ShipmentDraft,
    ShipmentStatus,
    TransportMode,
)
from freight_server.domain.tokens import FreightToken

MAX_NAME_LENGTH = 128
MAX_DESCRIPTION_LENGTH = 1024
MAX_WEIGHT_GRAMS = 10**12  # a million tonnes: beyond any single shipment
MAX_METADATA_ENTRIES = 32
MAX_METADATA_KEY_LENGTH = 64
MAX_METADATA_VALUE_LENGTH = 512
MAX_REASON_LENGTH = 512

_SHIPMENT_STATUS = freight_pb2.ShipmentStatus.DESCRIPTOR
_CARGO = freight_pb2.CargoCategory.DESCRIPTOR
_MODE = freight_pb2.TransportMode.DESCRIPTOR
_DELIVERY = freight_pb2.DeliveryState.DESCRIPTOR
_EVENT_TYPE = common_pb2.ShipmentEventType.DESCRIPTOR
_RISK_TIER = common_pb2.RiskTier.DESCRIPTOR

# ---------------------------------------------------------------- requests


def _location(violations: Violations, path: str, location: freight_pb2.Location, *, present: bool) -> Location:
    if not present:
        violations.add(path, "is required")
        return Location("")
    check_country(violations, f"{path}.country_code", location.country_code)
    check_text(violations, f"{path}.locality", location.locality, max_length=MAX_NAME_LENGTH)
    check_text(violations, f"{path}.postal_code", location.postal_code, max_length=32)
    return Location(location.country_code, location.locality, location.postal_code)


def shipment_draft(request: freight_pb2.CreateShipmentRequest) -> ShipmentDraft:
    violations = Violations()
    if not request.HasField("shipment"):
        raise InvalidArgument.single("shipment", "is required")
    s = request.shipment
    check_text(violations, "shipment.reference", s.reference, max_length=MAX_NAME_LENGTH)
    check_text(violations, "shipment.shipper_id", s.shipper_id, max_length=MAX_NAME_LENGTH, required=True)
    check_text(violations, "shipment.carrier_id", s.carrier_id, max_length=MAX_NAME_LENGTH, required=True)
    origin = _location(violations, "shipment.origin", s.origin, present=s.HasField("origin"))
    destination = _location(violations, "shipment.destination", s.destination, present=s.HasField("destination"))
    category = enum_from_proto(violations, "shipment.cargo_category", s.cargo_category, _CARGO, CargoCategory, required=True)
    check_text(violations, "shipment.cargo_description", s.cargo_description, max_length=MAX_DESCRIPTION_LENGTH)
    check_money(violations, "shipment.declared_value", s.declared_value, present=s.HasField("declared_value"))
    _check_weight(violations, "shipment.weight_grams", s.weight_grams)
    mode = enum_from_proto(violations, "shipment.transport_mode", s.transport_mode, _MODE, TransportMode, required=True)
    violations.raise_if_any()
    assert category is not None and mode is not None
    return ShipmentDraft(
        reference=s.reference,
        shipper_id=s.shipper_id,
        carrier_id=s.carrier_id,
        origin=origin,
        destination=destination,
        cargo_category=category,
        cargo_description=s.cargo_description,
        declared_amount_minor=s.declared_value.amount_minor,
        declared_currency=s.declared_value.currency,
        weight_grams=s.weight_grams,
        transport_mode=mode,
    )


def _check_weight(violations: Violations, path: str, weight: int) -> None:
    if not 0 <= weight <= MAX_WEIGHT_GRAMS:
        violations.add(path, f"must be between 0 and {MAX_WEIGHT_GRAMS}")


def shipment_update(request: freight_pb2.UpdateShipmentRequest) -> tuple[str, set[str], dict]:
    """Validate an update: (shipment id, masked proto fields, Shipment attribute changes)."""
    violations = Violations()
    s = request.shipment
    check_id(violations, "shipment.shipment_id", s.shipment_id)
    paths = list(request.update_mask.paths)
    if not paths:
        violations.add("update_mask", f"must name at least one field (updatable: {', '.join(sorted(UPDATABLE_FIELDS))})")
    unknown = [p for p in paths if p not in UPDATABLE_FIELDS]
    if unknown:
        violations.add("update_mask", f"cannot update {', '.join(unknown)} (updatable: {', '.join(sorted(UPDATABLE_FIELDS))})")
    changes: dict = {}
    fields = set(paths) - set(unknown)
    for path in sorted(fields):
        if path in ("reference", "cargo_description"):
            limit = MAX_NAME_LENGTH if path == "reference" else MAX_DESCRIPTION_LENGTH
            check_text(violations, f"shipment.{path}", getattr(s, path), max_length=limit)
            changes[path] = getattr(s, path)
        elif path == "carrier_id":
            check_text(violations, "shipment.carrier_id", s.carrier_id, max_length=MAX_NAME_LENGTH, required=True)
            changes[path] = s.carrier_id
        elif path in ("origin", "destination"):
            changes[path] = _location(violations, f"shipment.{path}", getattr(s, path), present=s.HasField(path))
        elif path == "weight_grams":
            _check_weight(violations, "shipment.weight_grams", s.weight_grams)
            changes[path] = s.weight_grams
        elif path == "declared_value":
            check_money(violations, "shipment.declared_value", s.declared_value, present=s.HasField("declared_value"))
            changes["declared_amount_minor"] = s.declared_value.amount_minor
            changes["declared_currency"] = s.declared_value.currency
        elif path == "cargo_category":
            changes[path] = enum_from_proto(violations, "shipment.cargo_category", s.cargo_category, _CARGO, CargoCategory, required=True)
        elif path == "transport_mode":
            changes[path] = enum_from_proto(violations, "shipment.transport_mode", s.transport_mode, _MODE, TransportMode, required=True)
    violations.raise_if_any()
    return s.shipment_id, fields, changes


def shipment_status_filter(violations: Violations, value: int) -> ShipmentStatus | None:
    return enum_from_proto(violations, "status", value, _SHIPMENT_STATUS, ShipmentStatus, required=False)


def risk_tier_filter(violations: Violations, value: int) -> RiskTier | None:
    return enum_from_proto(violations, "risk_tier", value, _RISK_TIER, RiskTier, required=False)


def delivery_state_filter(violations: Violations, value: int) -> DeliveryState | None:
    return enum_from_proto(violations, "delivery_state", value, _DELIVERY, DeliveryState, required=False)


def carrier_filter(violations: Violations, value: str) -> str | None:
    """The ListShipments carrier filter takes any carrier id CreateShipment accepts."""
    if not value:
        return None
    check_text(violations, "carrier_id", value, max_length=MAX_NAME_LENGTH)
    return value


MAX_EVENT_IDS = 500


def event_ids(violations: Violations, values: Sequence[str]) -> list[str]:
    if not values:
        violations.add("event_ids", "must name at least one event")
    elif len(values) > MAX_EVENT_IDS:
        violations.add("event_ids", f"must name at most {MAX_EVENT_IDS} events (got {len(values)})")
    elif len(set(values)) != len(values):
        violations.add("event_ids", "must not repeat an event")
    for index, value in enumerate(values[:MAX_EVENT_IDS]):
        check_id(violations, f"event_ids[{index}]", value)
    return list(values)


def reason_text(violations: Violations, value: str) -> str:
    check_text(violations, "reason", value, max_length=MAX_REASON_LENGTH, required=True)
    return value


def event_draft(request: freight_pb2.RecordShipmentEventRequest) -> EventDraft:
    violations = Violations()
    draft = _event_draft(violations, request, "")
    violations.raise_if_any()
    assert draft is not None
    return draft


MAX_BATCH_EVENTS = 1000


def event_drafts(request: freight_pb2.BatchRecordShipmentEventsRequest) -> list[EventDraft]:
    violations = Violations()
    if not request.requests:
        violations.add("requests", "must hold at least one event")
    elif len(request.requests) > MAX_BATCH_EVENTS:
        violations.add("requests", f"must hold at most {MAX_BATCH_EVENTS} events (got {len(request.requests)})")
    violations.raise_if_any()
    drafts = []
    for index, item in enumerate(request.requests):
        prefix = f"requests[{index}]."
        if item.request_id:
            violations.add(f"{prefix}request_id", "must be empty: set request_id on the batch instead")
        drafts.append(_event_draft(violations, item, prefix))
    violations.raise_if_any()
    return [d for d in drafts if d is not None]


def _event_draft(violations: Violations, request: freight_pb2.RecordShipmentEventRequest, prefix: str) -> EventDraft | None:
    before = len(violations.items)
    check_id(violations, f"{prefix}shipment_id", request.shipment_id)
    event_type = enum_from_proto(violations, f"{prefix}event_type", request.event_type, _EVENT_TYPE, ShipmentEventType, required=True)
    occurred_at = None
    if request.HasField("occurred_at"):
        ts = request.occurred_at
        if not (0 <= ts.nanos < 1_000_000_000) or not (-62135596800 <= ts.seconds <= 253402300799):
            violations.add(f"{prefix}occurred_at", "is not a valid timestamp")
        else:
            occurred_at = from_timestamp(ts)
    _check_metadata(violations, request.metadata, f"{prefix}metadata")
    if len(violations.items) > before or event_type is None:
        return None
    return EventDraft(
        shipment_id=request.shipment_id,
        event_type=event_type,
        occurred_at=occurred_at,
        metadata=dict(request.metadata),
    )


def _check_metadata(violations: Violations, metadata: Mapping[str, str], path: str) -> None:
    if len(metadata) > MAX_METADATA_ENTRIES:
        violations.add(path, f"must have at most {MAX_METADATA_ENTRIES} entries (got {len(metadata)})")
        return
    for key, value in metadata.items():
        entry = f"{path}[{key[:MAX_METADATA_KEY_LENGTH]!r}]"
        # Keys follow the rule of values: no control characters (NUL, ESC...) either.
        if not key or len(key) > MAX_METADATA_KEY_LENGTH:
            violations.add(entry, f"keys must be 1 to {MAX_METADATA_KEY_LENGTH} characters")
        elif check_text(violations, entry, key, max_length=MAX_METADATA_KEY_LENGTH):
            check_text(violations, entry, value, max_length=MAX_METADATA_VALUE_LENGTH)


# ---------------------------------------------------------------- responses


def _money(amount_minor: int, currency: str) -> common_pb2.Money:
    return common_pb2.Money(amount_minor=amount_minor, currency=currency)


def _location_to_proto(location: Location) -> freight_pb2.Location:
    return freight_pb2.Location(country_code=location.country_code, locality=location.locality, postal_code=location.postal_code)


def shipment_to_proto(shipment: Shipment) -> freight_pb2.Shipment:
    return freight_pb2.Shipment(
        shipment_id=shipment.shipment_id,
        reference=shipment.reference,
        shipper_id=shipment.shipper_id,
        carrier_id=shipment.carrier_id,
        origin=_location_to_proto(shipment.origin),
        destination=_location_to_proto(shipment.destination),
        cargo_category=enum_to_proto(_CARGO, shipment.cargo_category),
        cargo_description=shipment.cargo_description,
        declared_value=_money(shipment.declared_amount_minor, shipment.declared_currency),
        weight_grams=shipment.weight_grams,
        transport_mode=enum_to_proto(_MODE, shipment.transport_mode),
        status=enum_to_proto(_SHIPMENT_STATUS, shipment.status),
        freight_token_id=shipment.freight_token_id or "",
        create_time=to_timestamp(shipment.create_time),
        update_time=to_timestamp(shipment.update_time),
        cancel_reason=shipment.cancel_reason,
    )


def token_to_proto(token: FreightToken) -> freight_pb2.FreightToken:
    return freight_pb2.FreightToken(
        token_id=token.token_id,
        shipment_id=token.shipment_id,
        face_value=_money(token.face_amount_minor, token.face_currency),
        risk_score=score_from_bps(token.risk.score_bps),
        risk_score_bps=token.risk.score_bps,
        risk_tier=enum_to_proto(_RISK_TIER, token.risk.tier),
        risk_factors=[
            common_pb2.RiskFactor(code=f.code, description=f.description, contribution_bps=f.contribution_bps) for f in token.risk.factors
        ],
        risk_model_version=token.risk.model_version,
        create_time=to_timestamp(token.create_time),
    )


def event_type_name(value: int) -> str:
    return _EVENT_TYPE.values_by_number[value].name.removeprefix("SHIPMENT_EVENT_TYPE_")


def event_to_proto(event: ShipmentEvent) -> freight_pb2.ShipmentEvent:
    delivery = event.delivery
    return freight_pb2.ShipmentEvent(
        event_id=event.event_id,
        shipment_id=event.shipment_id,
        event_type=enum_to_proto(_EVENT_TYPE, event.event_type),
        occurred_at=to_timestamp(event.occurred_at),
        recorded_at=to_timestamp(event.recorded_at),
        metadata=dict(event.metadata),
        repeated_type=event.repeated_type,
        claim=common_pb2.ClaimDetails(
            claimed_amount=common_pb2.Money(amount_minor=event.claim.claimed_minor, currency=event.claim.currency),
            reason=event.claim.reason,
        )
        if event.claim
        else None,
        delivery=freight_pb2.EventDelivery(
            state=enum_to_proto(_DELIVERY, delivery.state),
            attempts=delivery.attempts,
            last_error=delivery.last_error,
            delivered_at=to_timestamp(delivery.delivered_at),
            next_attempt_at=to_timestamp(delivery.next_attempt_at),
            parked_at=to_timestamp(delivery.parked_at),
            discarded_at=to_timestamp(delivery.discarded_at),
        ),
    )
