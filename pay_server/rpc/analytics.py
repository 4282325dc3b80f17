"""Analytics RPCs of PaymentService (a mixin of PaymentServicer): GetSettlementStats and
ListRiskSignals. Validate the window and filters, call one query, convert back."""

from __future__ import annotations

from datetime import datetime, timedelta

from chainbridge.common.v1 import common_pb2
from chainbridge.payment.v1 import payment_pb2 as pb
from google.protobuf.duration_pb2 import Duration

from chainbridge_common.domain.currency import is_known_currency
from chainbridge_common.domain.risk_tier import RiskTier
from chainbridge_common.errors import Violations
from chainbridge_common.runtime.timestamps import from_timestamp, to_timestamp
from chainbridge_common.runtime.validation import enum_from_proto, enum_to_proto
from pay_server.domain.analytics import DurationSummary, RiskSignal, RiskSignalKind, StatsGroup
from pay_server.rpc.convert_notifications import check_subscriber_id

MAX_WINDOW = timedelta(days=366)
_EARLIEST_SECONDS = 946_684_800  # 2000-01-01
_LATEST_SECONDS = 32_503_680_000  # 3000-01-01
_RISK_TIER = common_pb2.RiskTier.DESCRIPTOR
_MILESTONE_STATUS = pb.MilestoneStatus.DESCRIPTOR
_KIND = pb.RiskSignalKind.DESCRIPTOR


def _window(violations: Violations, request, now: datetime) -> tuple[datetime, datetime] | None:
    start = end = None
    if not request.HasField("start_time"):
        violations.add("start_time", "is required")
    elif not _valid(request.start_time):
        violations.add("start_time", "must be a valid timestamp from 2000-01-01 to 2999-12-31")
    else:
        start = from_timestamp(request.start_time)
    if not request.HasField("end_time"):
        end = now
    elif not _valid(request.end_time):
        violations.add("end_time", "must be a valid timestamp from 2000-01-01 to 2999-12-31")
    else:
        end = from_timestamp(request.end_time)
    if start is None or end is None:
        return None
    if end <= start:
        violations.add("end_time", "must be after start_time")
    elif end - start > MAX_WINDOW:
        violations.add("end_time", f"must be at most {MAX_WINDOW.days} days after start_time")
    return start, end


def _valid(timestamp) -> bool:
    return 0 <= timestamp.nanos < 1_000_000_000 and _EARLIEST_SECONDS <= timestamp.seconds < _LATEST_SECONDS


def _duration(micros: int | None) -> Duration | None:
    if micros is None:
        return None
    return Duration(seconds=micros // 1_000_000, nanos=(micros % 1_000_000) * 1000)


def duration_stats(summary: DurationSummary) -> pb.DurationStats:
    return pb.DurationStats(
        count=summary.count, p50=_duration(summary.p50_us), p90=_duration(summary.p90_us), p99=_duration(summary.p99_us)
    )


def group_to_proto(group: StatsGroup) -> pb.SettlementStatsGroup:
    return pb.SettlementStatsGroup(
        risk_tier=enum_to_proto(_RISK_TIER, group.risk_tier),
        payee_id=group.payee_id,
        currency=group.currency,
        statuses=[
            pb.StatusTotal(
                status=_MILESTONE_STATUS.values_by_name[f"MILESTONE_STATUS_{s.status}"].number,
                count=s.count,
                amount_minor=str(s.amount_minor),
            )
            for s in group.statuses
        ],
        settlement_count=group.settlement_count,
        amount_minor=str(group.amount_minor),
        event_to_release=duration_stats(group.event_to_release),
        release_to_settlement=duration_stats(group.release_to_settlement),
    )


def signal_to_proto(signal: RiskSignal) -> pb.RiskSignal:
    return pb.RiskSignal(
        signal_id=signal.signal_id,
        kind=enum_to_proto(_KIND, signal.kind),
        subject_type=signal.subject_type,
        subject_id=signal.subject_id,
        description=signal.description,
        observed=signal.observed,
        baseline=signal.baseline,
        evidence=[pb.RiskEvidence(table=e.table, row_id=e.row_id, description=e.description) for e in signal.evidence],
        evidence_count=signal.evidence_count,
    )


class AnalyticsRpcs:
    """GetSettlementStats and ListRiskSignals."""

    def GetSettlementStats(self, request: pb.GetSettlementStatsRequest, context) -> pb.GetSettlementStatsResponse:
        violations = Violations()
        window = _window(violations, request, self.app.bookkeeping.clock.now())  # type: ignore[attr-defined]
        tier = enum_from_proto(violations, "risk_tier", request.risk_tier, _RISK_TIER, RiskTier, required=False)
        check_subscriber_id(violations, "payee_id", request.payee_id, required=False)
        if request.currency and not is_known_currency(request.currency):
            violations.add("currency", f"{request.currency!r} is not an ISO 4217 currency code (e.g. USD, EUR, JPY)")
        violations.raise_if_any()
        assert window is not None
        start, end = window
        filters = {
            "start": request.start_time.ToJsonString(),
            # Unset means "now", which moves: to page through a fixed window, pass end_time.
            "end": request.end_time.ToJsonString() if request.HasField("end_time") else "",
            "risk_tier": request.risk_tier,
            "payee_id": request.payee_id,
            "currency": request.currency,
        }
        page = self.pages.parse(request.page_size, request.page_token, filters, key_types=(str, str, str))  # type: ignore[attr-defined]
        stats = self.app.analytics.settlement_stats(  # type: ignore[attr-defined]
            start=start, end=end, tier=tier, payee_id=request.payee_id or None, currency=request.currency or None
        )
        remaining = [g for g in stats.groups if page.after is None or g.key > tuple(page.after)]
        fetched = remaining[: page.size + 1]
        return pb.GetSettlementStatsResponse(
            start_time=to_timestamp(start),
            end_time=to_timestamp(end),
            groups=[group_to_proto(g) for g in fetched[: page.size]],
            next_page_token=self.pages.next_token(fetched, page, filters, lambda g: g.key),  # type: ignore[attr-defined]
            total_size=len(stats.groups),
            event_to_release=duration_stats(stats.event_to_release),
            release_to_settlement=duration_stats(stats.release_to_settlement),
        )

    def ListRiskSignals(self, request: pb.ListRiskSignalsRequest, context) -> pb.ListRiskSignalsResponse:
        violations = Violations()
        window = _window(violations, request, self.app.bookkeeping.clock.now())  # type: ignore[attr-defined]
        kinds = []
        for index, value in enumerate(request.kinds):
            kind = enum_from_proto(violations, f"kinds[{index}]", value, _KIND, RiskSignalKind, required=True)
            if kind is not None:
                kinds.append(kind)
        violations.raise_if_any()
        assert window is not None
        start, end = window
        filters = {
            "start": request.start_time.ToJsonString(),
            # Unset means "now", which moves: to page through a fixed window, pass end_time.
            "end": request.end_time.ToJsonString() if request.HasField("end_time") else "",
            "kinds": sorted(set(request.kinds)),
        }
        page = self.pages.parse(request.page_size, request.page_token, filters, key_types=(int, str))  # type: ignore[attr-defined]
        signals = self.app.analytics.risk_signals(start=start, end=end, kinds=kinds)  # type: ignore[attr-defined]
        remaining = [s for s in signals if page.after is None or s.sort_key > tuple(page.after)]
        fetched = remaining[: page.size + 1]
        return pb.ListRiskSignalsResponse(
            signals=[signal_to_proto(s) for s in fetched[: page.size]],
            next_page_token=self.pages.next_token(fetched, page, filters, lambda s: s.sort_key),  # type: ignore[attr-defined]
            total_size=len(signals),
        )
