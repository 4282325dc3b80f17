"""Percentiles, shipment patterns, outlier rates and volume spikes as pure rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from chainbridge_common.domain.shipment_events import ShipmentEventType
from pay_server.domain.analytics import (
    DurationSummary,
    Evidence,
    RateSample,
    RiskSignalKind,
    ShipperVolume,
    nearest_rank,
    rate_outliers,
    shipment_signals,
    volume_spikes,
)
from pay_server.domain.events import ReceivedEvent

T0 = datetime(2026, 1, 5, tzinfo=UTC)


@given(st.lists(st.integers(0, 10**12), min_size=1, max_size=200), st.sampled_from([0.5, 0.9, 0.99]))
def test_nearest_rank_has_the_quantile_at_or_below_it(values, quantile):
    ordered = sorted(values)
    value = nearest_rank(ordered, quantile)
    assert value in ordered
    assert sum(1 for v in ordered if v <= value) >= quantile * len(ordered)
    assert sum(1 for v in ordered if v < value) < quantile * len(ordered)


def test_duration_summary_of_nothing_has_no_percentiles():
    assert DurationSummary.of([]) == DurationSummary(0)
    assert DurationSummary.of(range(1, 101)) == DurationSummary(100, 50, 90, 99)


def event(event_id, event_type, minutes):
    return ReceivedEvent(event_id, "shp_1", event_type, T0 + timedelta(minutes=minutes), T0 + timedelta(hours=1))


def test_a_shipment_in_order_with_one_pod_raises_nothing():
    events = [event("e1", ShipmentEventType.PICKUP_CONFIRMED, 0), event("e2", ShipmentEventType.POD_CONFIRMED, 10)]
    assert shipment_signals({"shp_1": events}, {}) == []


def test_a_pod_before_its_pickup_is_out_of_order_with_both_rows():
    events = [event("e1", ShipmentEventType.PICKUP_CONFIRMED, 20), event("e2", ShipmentEventType.POD_CONFIRMED, 10)]
    [signal] = shipment_signals({"shp_1": events}, {})
    assert signal.kind is RiskSignalKind.EVENTS_OUT_OF_ORDER
    assert {e.row_id for e in signal.evidence} == {"e1", "e2"}


def samples(subject, units, hits):
    return [RateSample(subject, index < hits, Evidence("milestone_settlements", f"{subject}-{index}", "")) for index in range(units)]


def test_a_rate_far_above_the_mean_is_flagged_and_a_small_sample_is_not():
    population = samples("bad", 10, 6) + samples("a", 30, 1) + samples("b", 30, 1) + samples("tiny", 2, 1)
    [signal] = rate_outliers(RiskSignalKind.CARRIER_REJECTION_RATE, "payee", population, "rejection")
    assert (signal.subject_id, signal.observed, signal.evidence_count) == ("bad", 0.6, 6)
    assert abs(signal.baseline - 9 / 72) < 1e-12


def test_everyone_equally_bad_is_nobody_far_above_the_mean():
    population = samples("a", 10, 5) + samples("b", 10, 5)
    assert rate_outliers(RiskSignalKind.CARRIER_REJECTION_RATE, "payee", population, "rejection") == []


def test_a_volume_spike_needs_volume_and_a_jump():
    spikes = volume_spikes(
        [ShipperVolume("new", 6, 0), ShipperVolume("steady", 20, 80), ShipperVolume("jump", 30, 8), ShipperVolume("few", 4, 0)]
    )
    assert [(s.subject_id, s.observed, s.baseline) for s in spikes] == [("jump", 30.0, 2.0), ("new", 6.0, 0.0)]
