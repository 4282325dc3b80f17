"""Settlement statistics and risk signals: operator reads over a time window (docs/analytics.md).
Both read through time indexes and may be served by a lagging replica."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime

from chainbridge_common.application.unit_of_work import Transactions
from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.domain.shipment_events import ShipmentEventType
from pay_server.application.ports import PaymentUnitOfWork
from pay_server.domain.analytics import (
    CLAIM_EVENT_TYPES,
    MAX_EVIDENCE,
    DurationSummary,
    Evidence,
    RateSample,
    RiskSignal,
    RiskSignalKind,
    SettlementStats,
    SpikeRule,
    StatsGroup,
    StatusTotal,
    rate_outliers,
    shipment_signals,
    volume_spikes,
)
from pay_server.domain.events import ReceivedEvent

_SHIPMENT_KINDS = {RiskSignalKind.POD_WITHOUT_PICKUP, RiskSignalKind.EVENTS_OUT_OF_ORDER, RiskSignalKind.REPEATED_POD}
_CLAIM_KINDS = {RiskSignalKind.CARRIER_CLAIM_RATE, RiskSignalKind.LANE_CLAIM_RATE}
_REJECTION_KINDS = {RiskSignalKind.CARRIER_REJECTION_RATE, RiskSignalKind.LANE_REJECTION_RATE}


class AnalyticsQueries:
    def __init__(self, transactions: Transactions[PaymentUnitOfWork], *, spike_rule: SpikeRule | None = None):
        self.transactions = transactions
        self.spike_rule = spike_rule or SpikeRule()

    def settlement_stats(
        self, *, start: datetime, end: datetime, tier: RiskTier | None, payee_id: str | None, currency: str | None
    ) -> SettlementStats:
        def read(uow: PaymentUnitOfWork) -> SettlementStats:
            totals = uow.analytics.status_totals(start=start, end=end, tier=tier, payee_id=payee_id, currency=currency)
            durations = uow.analytics.durations(start=start, end=end, tier=tier, payee_id=payee_id, currency=currency)
            statuses: dict[tuple[RiskTier, str, str], list[StatusTotal]] = defaultdict(list)
            for group_tier, payee, group_currency, status, count, amount in totals:
                statuses[(group_tier, payee, group_currency)].append(StatusTotal(status, count, amount))
            to_release: dict[tuple[RiskTier, str, str], list[int]] = defaultdict(list)
            to_settle: dict[tuple[RiskTier, str, str], list[int]] = defaultdict(list)
            for group_tier, payee, group_currency, event_to_release, release_to_settle in durations:
                key = (group_tier, payee, group_currency)
                if event_to_release is not None:
                    to_release[key].append(max(0, event_to_release))
                if release_to_settle is not None:
                    to_settle[key].append(release_to_settle)
            groups = [
                StatsGroup(
                    risk_tier=key[0],
                    payee_id=key[1],
                    currency=key[2],
                    statuses=tuple(sorted(rows, key=lambda s: s.status)),
                    event_to_release=DurationSummary.of(to_release[key]),
                    release_to_settlement=DurationSummary.of(to_settle[key]),
                )
                for key, rows in statuses.items()
            ]
            groups.sort(key=lambda g: (g.risk_tier.value, g.payee_id, g.currency))
            return SettlementStats(
                start=start,
                end=end,
                groups=groups,
                event_to_release=DurationSummary.of(v for values in to_release.values() for v in values),
                release_to_settlement=DurationSummary.of(v for values in to_settle.values() for v in values),
            )

        return self.transactions.read(read, lag_tolerant=True)

    def risk_signals(self, *, start: datetime, end: datetime, kinds: Collection[RiskSignalKind]) -> list[RiskSignal]:
        """Every signal of `kinds` (all when empty) in the window, ordered by kind and subject."""
        wanted = set(kinds) or set(RiskSignalKind)

        def read(uow: PaymentUnitOfWork) -> list[RiskSignal]:
            signals: list[RiskSignal] = []
            if wanted & (_SHIPMENT_KINDS | _CLAIM_KINDS):
                events = uow.analytics.events_of_shipments_active_in(start=start, end=end)
                if wanted & _SHIPMENT_KINDS:
                    pods = [e.event_id for shipment in events.values() for e in shipment if e.event_type is ShipmentEventType.POD_CONFIRMED]
                    implied = uow.analytics.settlements_of_events(pods, ShipmentEventType.PICKUP_CONFIRMED.value)
                    signals += [s for s in shipment_signals(events, implied) if s.kind in wanted]
                if wanted & _CLAIM_KINDS and CLAIM_EVENT_TYPES:
                    signals += self._claim_rates(uow, events, wanted)
            if wanted & _REJECTION_KINDS:
                outcomes = uow.analytics.settlement_outcomes(start=start, end=end)
                for kind, subject_type, subject_index in (
                    (RiskSignalKind.CARRIER_REJECTION_RATE, "payee", 2),
                    (RiskSignalKind.LANE_REJECTION_RATE, "lane", 3),
                ):
                    if kind in wanted:
                        samples = [
                            RateSample(
                                row[subject_index],
                                row[1] == "REJECTED",
                                Evidence("milestone_settlements", row[0], f"milestone of shipment {row[4]} rejected"),
                            )
                            for row in outcomes
                        ]
                        signals += rate_outliers(kind, subject_type, samples, "rejection")
            if RiskSignalKind.SHIPPER_VOLUME_SPIKE in wanted:
                signals += self._volume_spikes(uow, start, end)
            signals.sort(key=lambda s: s.sort_key)
            return signals

        return self.transactions.read(read, lag_tolerant=True)

    def _claim_rates(
        self, uow: PaymentUnitOfWork, events: Mapping[str, Sequence[ReceivedEvent]], wanted: set[RiskSignalKind]
    ) -> list[RiskSignal]:
        payees = uow.analytics.payees_of_shipments(events)
        signals = []
        claimed = {
            shipment_id: [e for e in shipment_events if e.event_type in CLAIM_EVENT_TYPES]
            for shipment_id, shipment_events in events.items()
        }

        def evidence(shipment_id: str) -> Evidence | None:
            claims = claimed[shipment_id]
            return Evidence("received_events", claims[0].event_id, f"claim filed on shipment {shipment_id}") if claims else None

        if RiskSignalKind.CARRIER_CLAIM_RATE in wanted:
            samples = [
                RateSample(payee, bool(claimed[shipment_id]), evidence(shipment_id))
                for shipment_id in events
                for payee in payees.get(shipment_id, ())
            ]
            signals += rate_outliers(RiskSignalKind.CARRIER_CLAIM_RATE, "payee", samples, "claim")
        if RiskSignalKind.LANE_CLAIM_RATE in wanted:
            lanes = {shipment_id: next((e.lane for e in shipment_events if e.lane), "") for shipment_id, shipment_events in events.items()}
            samples = [RateSample(lanes[shipment_id], bool(claimed[shipment_id]), evidence(shipment_id)) for shipment_id in events]
            signals += rate_outliers(RiskSignalKind.LANE_CLAIM_RATE, "lane", samples, "claim")
        return signals

    def _volume_spikes(self, uow: PaymentUnitOfWork, start: datetime, end: datetime) -> list[RiskSignal]:
        baseline_start = start - (end - start) * self.spike_rule.baseline_windows
        volumes = uow.analytics.shipper_volumes(baseline_start=baseline_start, start=start, end=end, evidence_limit=MAX_EVIDENCE)
        spikes = volume_spikes(volumes, self.spike_rule)
        # Evidence only for the shippers that spiked: one indexed read each.
        return [
            RiskSignal(
                spike.kind,
                spike.subject_type,
                spike.subject_id,
                spike.description,
                tuple(
                    Evidence("payment_intents", intent_id, f"payment intent of {spike.subject_id} created in the window")
                    for intent_id in uow.analytics.intents_of_payer(spike.subject_id, start=start, end=end, limit=MAX_EVIDENCE)
                ),
                spike.evidence_count,
                spike.observed,
                spike.baseline,
            )
            for spike in spikes
        ]
