"""Settlement analytics and risk signals as pure rules: percentiles, the patterns a risk signal
reports and when a rate or a volume is "far above" its baseline (docs/analytics.md)."""

from __future__ import annotations

import enum
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from pay_server.domain.events import ReceivedEvent

MAX_EVIDENCE = 20

# --------------------------------------------------------------------------- statistics


def nearest_rank(sorted_values: Sequence[int], quantile: float) -> int:
    """The nearest-rank percentile: the smallest value with at least `quantile` of the values at or below it."""
    if not sorted_values:
        raise ValueError("no values")
    rank = max(1, math.ceil(quantile * len(sorted_values)))
    return sorted_values[rank - 1]


@dataclass(frozen=True)
class DurationSummary:
    """p50/p90/p99 of durations in microseconds (None when there is none)."""

    count: int
    p50_us: int | None = None
    p90_us: int | None = None
    p99_us: int | None = None

    @classmethod
    def of(cls, durations_us: Iterable[int]) -> DurationSummary:
        values = sorted(durations_us)
        if not values:
            return cls(0)
        return cls(len(values), nearest_rank(values, 0.50), nearest_rank(values, 0.90), nearest_rank(values, 0.99))


@dataclass(frozen=True)
class StatusTotal:
    status: str
    count: int
    amount_minor: int  # a Python int: the sum of many int64 amounts may exceed int64


@dataclass(frozen=True)
class StatsGroup:
    risk_tier: RiskTier
    payee_id: str
    currency: str
    statuses: tuple[StatusTotal, ...]
    event_to_release: DurationSummary
    release_to_settlement: DurationSummary

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.risk_tier.value, self.payee_id, self.currency)

    @property
    def settlement_count(self) -> int:
        return sum(s.count for s in self.statuses)

    @property
    def amount_minor(self) -> int:
        return sum(s.amount_minor for s in self.statuses)


@dataclass(frozen=True)
class SettlementStats:
    start: datetime
    end: datetime
    groups: list[StatsGroup]  # ordered by (tier, payee, currency)
    event_to_release: DurationSummary
    release_to_settlement: DurationSummary


# --------------------------------------------------------------------------- risk signals


class RiskSignalKind(enum.StrEnum):
    POD_WITHOUT_PICKUP = "POD_WITHOUT_PICKUP"
    EVENTS_OUT_OF_ORDER = "EVENTS_OUT_OF_ORDER"
    REPEATED_POD = "REPEATED_POD"
    CARRIER_REJECTION_RATE = "CARRIER_REJECTION_RATE"
    LANE_REJECTION_RATE = "LANE_REJECTION_RATE"
    CARRIER_CLAIM_RATE = "CARRIER_CLAIM_RATE"
    LANE_CLAIM_RATE = "LANE_CLAIM_RATE"
    SHIPPER_VOLUME_SPIKE = "SHIPPER_VOLUME_SPIKE"


KIND_ORDER = {kind: index for index, kind in enumerate(RiskSignalKind)}

# The event types that file a claim. None exists yet: FreightService.FileClaim will record
# SHIPMENT_EVENT_TYPE_CLAIM_FILED, and claim rates start counting it without another change here.
CLAIM_EVENT_TYPES: frozenset[ShipmentEventType] = frozenset(t for t in ShipmentEventType if t.name == "CLAIM_FILED")

_MILESTONE_ORDER = (ShipmentEventType.PICKUP_CONFIRMED, ShipmentEventType.POD_CONFIRMED, ShipmentEventType.CLAIM_WINDOW_CLOSED)


@dataclass(frozen=True)
class Evidence:
    table: str
    row_id: str
    description: str


@dataclass(frozen=True)
class RiskSignal:
    kind: RiskSignalKind
    subject_type: str  # "shipment", "payee", "lane" or "shipper"
    subject_id: str
    description: str
    evidence: tuple[Evidence, ...]
    evidence_count: int
    observed: float = 0.0
    baseline: float = 0.0

    @property
    def signal_id(self) -> str:
        return f"{self.kind.value.lower()}/{self.subject_id}"

    @property
    def sort_key(self) -> tuple[int, str]:
        return (KIND_ORDER[self.kind], self.subject_id)


def _event_evidence(event: ReceivedEvent, what: str) -> Evidence:
    return Evidence(
        "received_events",
        event.event_id,
        f"{event.event_type.value} {what}occurred {event.occurred_at.isoformat()}, received {event.received_at.isoformat()}",
    )


def _signal(
    kind: RiskSignalKind, subject_type: str, subject_id: str, description: str, evidence: Sequence[Evidence], **values: float
) -> RiskSignal:
    return RiskSignal(kind, subject_type, subject_id, description, tuple(evidence[:MAX_EVIDENCE]), len(evidence), **values)


def shipment_signals(events_by_shipment: dict[str, list[ReceivedEvent]], implied_pickups: dict[str, list[str]]) -> list[RiskSignal]:
    """POD without pickup, events out of order and repeated PODs, from each shipment's received
    events. `implied_pickups` maps a POD event id to the pickup settlements it implied."""
    signals = []
    for shipment_id, events in sorted(events_by_shipment.items()):
        by_type: dict[ShipmentEventType, list[ReceivedEvent]] = defaultdict(list)
        for event in sorted(events, key=lambda e: (e.occurred_at, e.event_id)):
            by_type[event.event_type].append(event)
        pods = by_type.get(ShipmentEventType.POD_CONFIRMED, [])
        if pods and not by_type.get(ShipmentEventType.PICKUP_CONFIRMED):
            evidence = [_event_evidence(pod, "") for pod in pods]
            evidence += [
                Evidence("milestone_settlements", settlement_id, f"pickup share released on the POD alone ({pod.event_id})")
                for pod in pods
                for settlement_id in implied_pickups.get(pod.event_id, [])
            ]
            signals.append(
                _signal(
                    RiskSignalKind.POD_WITHOUT_PICKUP,
                    "shipment",
                    shipment_id,
                    f"shipment {shipment_id} has a proof of delivery but no pickup scan",
                    evidence,
                )
            )
        disorder = _out_of_order(by_type)
        if disorder:
            signals.append(
                _signal(
                    RiskSignalKind.EVENTS_OUT_OF_ORDER,
                    "shipment",
                    shipment_id,
                    f"shipment {shipment_id} has milestone events in an impossible order",
                    disorder,
                )
            )
        if len(pods) > 1:
            signals.append(
                _signal(
                    RiskSignalKind.REPEATED_POD,
                    "shipment",
                    shipment_id,
                    f"shipment {shipment_id} received {len(pods)} proofs of delivery",
                    [_event_evidence(pod, "") for pod in pods],
                    observed=float(len(pods)),
                    baseline=1.0,
                )
            )
    return signals


def _out_of_order(by_type: dict[ShipmentEventType, list[ReceivedEvent]]) -> list[Evidence]:
    """Pairs where an earlier milestone occurred after a later one (a POD before its pickup, a
    claim window closing before the POD), each pair's two rows as evidence."""
    evidence: list[Evidence] = []
    for earlier_index, earlier_type in enumerate(_MILESTONE_ORDER):
        for later_type in _MILESTONE_ORDER[earlier_index + 1 :]:
            for earlier in by_type.get(earlier_type, []):
                for later in by_type.get(later_type, []):
                    if earlier.occurred_at > later.occurred_at:
                        evidence.append(_event_evidence(earlier, f"(should come before {later.event_id}) "))
                        evidence.append(_event_evidence(later, f"(should come after {earlier.event_id}) "))
    return evidence


@dataclass(frozen=True)
class RateSample:
    """One unit (a settlement, a shipment) counted towards a subject's rate."""

    subject: str
    hit: bool  # rejected, or claimed
    evidence: Evidence | None = None


@dataclass(frozen=True)
class OutlierRule:
    """A rate is far above the mean when it is at least `min_ratio` times the pooled mean, at least
    `z_score` binomial standard errors above it, over at least `min_samples` units and `min_hits` hits."""

    min_samples: int = 5
    min_hits: int = 2
    min_ratio: float = 2.0
    z_score: float = 3.0


def rate_outliers(
    kind: RiskSignalKind, subject_type: str, samples: Iterable[RateSample], what: str, rule: OutlierRule = OutlierRule()
) -> list[RiskSignal]:
    """Subjects whose rate of hits is far above the pooled mean of all subjects (see OutlierRule)."""
    totals: dict[str, int] = defaultdict(int)
    hits: dict[str, list[Evidence | None]] = defaultdict(list)
    for sample in samples:
        if not sample.subject:
            continue
        totals[sample.subject] += 1
        if sample.hit:
            hits[sample.subject].append(sample.evidence)
    all_units = sum(totals.values())
    all_hits = sum(len(h) for h in hits.values())
    if not all_units or not all_hits:
        return []
    mean = all_hits / all_units
    signals = []
    for subject in sorted(totals):
        units, subject_hits = totals[subject], len(hits[subject])
        if units < rule.min_samples or subject_hits < rule.min_hits:
            continue
        rate = subject_hits / units
        standard_error = math.sqrt(mean * (1 - mean) / units)
        if rate >= rule.min_ratio * mean and rate - mean >= rule.z_score * standard_error:
            signals.append(
                _signal(
                    kind,
                    subject_type,
                    subject,
                    f"{subject_type} {subject}: {what} rate {rate:.0%} ({subject_hits} of {units}) against a mean of {mean:.1%}",
                    [e for e in hits[subject] if e is not None],
                    observed=rate,
                    baseline=mean,
                )
            )
    return signals


@dataclass(frozen=True)
class SpikeRule:
    """A shipper's volume spikes when the window holds at least `min_count` intents and at least
    `ratio` times its mean over the `baseline_windows` windows of equal length before it."""

    baseline_windows: int = 4
    min_count: int = 5
    ratio: float = 3.0


@dataclass(frozen=True)
class ShipperVolume:
    payer_id: str
    in_window: int
    before_window: int  # over all baseline windows together
    intent_ids: list[str] = field(default_factory=list)  # evidence: intents created in the window (at most MAX_EVIDENCE)


def volume_spikes(volumes: Iterable[ShipperVolume], rule: SpikeRule = SpikeRule()) -> list[RiskSignal]:
    signals = []
    for volume in sorted(volumes, key=lambda v: v.payer_id):
        baseline = volume.before_window / rule.baseline_windows
        if volume.in_window >= rule.min_count and volume.in_window >= rule.ratio * max(baseline, 1.0):
            evidence = [
                Evidence("payment_intents", intent_id, f"intent created by {volume.payer_id} in the window")
                for intent_id in volume.intent_ids
            ]
            signals.append(
                RiskSignal(
                    RiskSignalKind.SHIPPER_VOLUME_SPIKE,
                    "shipper",
                    volume.payer_id,
                    f"shipper {volume.payer_id} created {volume.in_window} payment intents in the window against "
                    f"{baseline:.1f} per window before it",
                    tuple(evidence[:MAX_EVIDENCE]),
                    volume.in_window,
                    observed=float(volume.in_window),
                    baseline=baseline,
                )
            )
    return signals
