"""Freight event rules: timestamps, ordering, cancellation and status progression."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from chainbridge_common.domain.shipment_events import ShipmentEventType as T
from chainbridge_common.errors import FailedPrecondition, InvalidArgument
from freight_server.domain.events import check_event_allowed, check_occurred_at
from freight_server.domain.shipments import (
    CargoCategory,
    Location,
    Shipment,
    ShipmentStatus,
    TransportMode,
    check_cancellable,
    check_updatable,
    status_after_event,
)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _shipment(status=ShipmentStatus.CREATED, token=None) -> Shipment:
    return Shipment(
        "shp_1",
        "ref",
        "shipper",
        "carrier",
        Location("US"),
        Location("US"),
        CargoCategory.GENERAL,
        "",
        100,
        "USD",
        0,
        TransportMode.ROAD,
        status,
        token,
        NOW,
        NOW,
    )


def test_occurred_at_up_to_five_minutes_ahead_is_accepted_as_clock_drift():
    check_occurred_at(NOW + timedelta(minutes=5), NOW)
    with pytest.raises(InvalidArgument) as error:
        check_occurred_at(NOW + timedelta(minutes=5, microseconds=1), NOW)
    assert error.value.violations[0].field == "occurred_at"


def test_occurred_at_before_2000_is_refused():
    with pytest.raises(InvalidArgument):
        check_occurred_at(datetime(1999, 12, 31, tzinfo=UTC), NOW)


def test_claim_window_needs_proof_of_delivery_first():
    with pytest.raises(FailedPrecondition) as error:
        check_event_allowed(_shipment(), T.CLAIM_WINDOW_CLOSED, {T.CREATED, T.PICKUP_CONFIRMED})
    assert error.value.reason == "POD_REQUIRED"
    check_event_allowed(_shipment(), T.CLAIM_WINDOW_CLOSED, {T.CREATED, T.POD_CONFIRMED})


def test_pod_without_pickup_is_allowed():
    check_event_allowed(_shipment(), T.POD_CONFIRMED, {T.CREATED})


def test_events_on_a_cancelled_shipment_are_refused():
    for event_type in T:
        with pytest.raises(FailedPrecondition):
            check_event_allowed(_shipment(ShipmentStatus.CANCELLED), event_type, set())


@pytest.mark.parametrize(
    ("current", "event", "expected"),
    [
        (ShipmentStatus.CREATED, T.PICKUP_CONFIRMED, ShipmentStatus.PICKED_UP),
        (ShipmentStatus.CREATED, T.POD_CONFIRMED, ShipmentStatus.DELIVERED),
        (ShipmentStatus.DELIVERED, T.IN_TRANSIT, ShipmentStatus.DELIVERED),  # never backwards
        (ShipmentStatus.IN_TRANSIT, T.AT_TERMINAL, ShipmentStatus.IN_TRANSIT),
        (ShipmentStatus.DELIVERED, T.CLAIM_WINDOW_CLOSED, ShipmentStatus.CLOSED),
        (ShipmentStatus.CANCELLED, T.POD_CONFIRMED, ShipmentStatus.CANCELLED),
    ],
)
def test_status_only_moves_forward(current, event, expected):
    assert status_after_event(current, event) is expected


def test_risk_inputs_freeze_once_tokenized():
    check_updatable(_shipment(), {"declared_value"})
    check_updatable(_shipment(token="ftk_1"), {"reference"})
    with pytest.raises(FailedPrecondition):
        check_updatable(_shipment(token="ftk_1"), {"declared_value", "reference"})


def test_delivered_shipments_cannot_be_cancelled():
    check_cancellable(_shipment(ShipmentStatus.IN_TRANSIT))
    for status in (ShipmentStatus.DELIVERED, ShipmentStatus.CLOSED, ShipmentStatus.CANCELLED):
        with pytest.raises(FailedPrecondition):
            check_cancellable(_shipment(status))
