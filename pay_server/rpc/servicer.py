"""PaymentService servicer: validate and convert, call one use case, convert back.
Errors are raised as chainbridge_common.errors and mapped to statuses by the pipeline."""

from __future__ import annotations

import threading

from chainbridge.common.v1 import common_pb2
from chainbridge.payment.v1 import payment_pb2 as pb
from chainbridge.payment.v1 import payment_pb2_grpc
from google.protobuf.duration_pb2 import Duration

from chainbridge_common.domain.shipment_events import MILESTONES
from chainbridge_common.errors import InvalidArgument, ResourceExhausted, Violations
from chainbridge_common.runtime.idempotency import ProtoCodec, request_key
from chainbridge_common.runtime.pagination import PageTokens
from chainbridge_common.runtime.request_context import current_caller
from chainbridge_common.runtime.timestamps import to_timestamp
from chainbridge_common.runtime.validation import check_id, check_text, require_id
from pay_server.application.app import PaymentApplication
from pay_server.clients.freight import FreightTokens
from pay_server.domain.release_policy import ReleaseStrategy, recommended_action, strategy_for
from pay_server.domain.schedules import DEFAULT_SHARES_BPS
from pay_server.domain.tokens import TokenInfo
from pay_server.rpc import convert, convert_claims
from pay_server.rpc.analytics import AnalyticsRpcs
from pay_server.rpc.claims import ClaimRpcs
from pay_server.rpc.notifications import NotificationRpcs
from pay_server.rpc.payouts import PayoutRpcs
from pay_server.rpc.transparency import TransparencyRpcs

WATCH_START_CURSOR_HEADER = "x-watch-start-cursor"
MAX_CURSOR = 2**63 - 1


_INTENT_CREATED = ProtoCodec(
    pb.CreatePaymentIntentResponse, lambda i: pb.CreatePaymentIntentResponse(payment_intent=convert.intent_to_proto(i))
)
_INTENT_CANCELLED = ProtoCodec(
    pb.CancelPaymentIntentResponse, lambda i: pb.CancelPaymentIntentResponse(payment_intent=convert.intent_to_proto(i))
)
_SCHEDULE_BUILT = ProtoCodec(
    pb.BuildPaymentScheduleResponse,
    lambda built: pb.BuildPaymentScheduleResponse(
        schedule=convert.schedule_to_proto(built[0], built[1]), applied_settlements=[convert.settlement_to_proto(s) for s in built[2]]
    ),
)
_REVIEWED = ProtoCodec(
    pb.ApproveMilestoneSettlementResponse, lambda s: pb.ApproveMilestoneSettlementResponse(settlement=convert.settlement_to_proto(s))
)
_SETTLED = ProtoCodec(
    pb.SettlePaymentIntentResponse,
    lambda r: pb.SettlePaymentIntentResponse(
        payment_intent=convert.intent_to_proto(r[0]), settlements=[convert.settlement_to_proto(s) for s in r[1]]
    ),
)
_COMPLETED = ProtoCodec(
    pb.CompleteSettlementResponse,
    lambda r: pb.CompleteSettlementResponse(
        settlements=[convert.settlement_to_proto(s) for s in r[1]], payment_intent=convert.intent_to_proto(r[0])
    ),
)


def _actor() -> str:
    return current_caller()


def _key(request, method: str):
    return request_key(request, method, current_caller())


class PaymentServicer(NotificationRpcs, AnalyticsRpcs, TransparencyRpcs, PayoutRpcs, ClaimRpcs, payment_pb2_grpc.PaymentServiceServicer):
    def __init__(
        self,
        app: PaymentApplication,
        freight: FreightTokens,
        pages: PageTokens,
        *,
        watch_poll_seconds: float = 1.0,
        max_watchers: int = 16,
        watch_streams=None,
    ):
        self.app = app
        self.freight = freight
        self.pages = pages
        self.watch_poll_seconds = watch_poll_seconds
        self._watch_slots = threading.BoundedSemaphore(max_watchers)
        self._max_watchers = max_watchers
        self._stopping = threading.Event()
        self._watch_streams = watch_streams  # a gauge with inc()/dec(), or None

    def stop_streams(self) -> None:
        """End open WatchSettlements streams (at shutdown) so they don't hold the grace period."""
        self._stopping.set()
        self.app.notifier.notify()

    # ------------------------------------------------------------ intents

    def CreatePaymentIntent(self, request: pb.CreatePaymentIntentRequest, context) -> pb.CreatePaymentIntentResponse:
        draft = convert.intent_draft(request)
        return self.app.intents.create(
            draft,
            lambda token_id: self.freight.get(token_id, deadline_seconds=_remaining(context, 3.0)),
            actor=_actor(),
            key=_key(request, "CreatePaymentIntent"),
            codec=_INTENT_CREATED,
        )

    def GetPaymentIntent(self, request: pb.GetPaymentIntentRequest, context) -> pb.GetPaymentIntentResponse:
        require_id("intent_id", request.intent_id)
        return pb.GetPaymentIntentResponse(payment_intent=convert.intent_to_proto(self.app.intents.get(request.intent_id)))

    def ListPaymentIntents(self, request: pb.ListPaymentIntentsRequest, context) -> pb.ListPaymentIntentsResponse:
        violations = Violations()
        status = convert.intent_status_filter(violations, request.status)
        tier = convert.risk_tier_filter(violations, request.risk_tier)
        check_id(violations, "shipment_id", request.shipment_id, required=False)
        violations.raise_if_any()
        filters = {"status": request.status, "risk_tier": request.risk_tier, "shipment_id": request.shipment_id}
        page = self.pages.parse(request.page_size, request.page_token, filters)
        result = self.app.intents.list(status=status, tier=tier, shipment_id=request.shipment_id or None, page=page)
        return pb.ListPaymentIntentsResponse(
            payment_intents=[convert.intent_to_proto(i) for i in result.items],
            next_page_token=self.pages.next_token(result.fetched, page, filters, lambda i: (i.intent_id,)),
            total_size=result.total_size,
        )

    def CancelPaymentIntent(self, request: pb.CancelPaymentIntentRequest, context) -> pb.CancelPaymentIntentResponse:
        violations = Violations()
        check_id(violations, "intent_id", request.intent_id)
        convert.required_reason(violations, "reason", request.reason)
        violations.raise_if_any()
        return self.app.intents.cancel(
            request.intent_id, request.reason, actor=_actor(), key=_key(request, "CancelPaymentIntent"), codec=_INTENT_CANCELLED
        )

    def AssessRisk(self, request: pb.AssessRiskRequest, context) -> pb.AssessRiskResponse:
        subject = request.WhichOneof("subject")
        if subject is None:
            raise InvalidArgument.single("intent_id", "intent_id or freight_token_id is required")
        require_id(subject, getattr(request, subject))
        token_id = request.freight_token_id if subject == "freight_token_id" else self.app.intents.get(request.intent_id).freight_token_id
        token: TokenInfo = self.freight.get(token_id, deadline_seconds=_remaining(context, 3.0))
        delay = self.app.release_delay
        policies = []
        for milestone in MILESTONES:
            strategy = strategy_for(token.risk_tier, milestone)
            policies.append(
                pb.MilestonePolicy(
                    milestone=convert.event_type_to_proto(milestone),
                    basis_points=DEFAULT_SHARES_BPS[token.risk_tier][milestone],
                    release_strategy=convert.strategy_to_proto(strategy),
                    release_delay=Duration(seconds=int(delay.total_seconds())) if strategy is ReleaseStrategy.DELAYED else None,
                )
            )
        return pb.AssessRiskResponse(
            risk_score=token.risk_score_bps / 10_000,
            risk_score_bps=token.risk_score_bps,
            risk_tier=convert.risk_tier_to_proto(token.risk_tier),
            risk_factors=[
                common_pb2.RiskFactor(code=f.code, description=f.description, contribution_bps=f.contribution_bps)
                for f in token.risk_factors
            ],
            milestone_policies=policies,
            recommended_action=recommended_action(token.risk_tier, delay),
        )

    # ------------------------------------------------------------ schedules

    def BuildPaymentSchedule(self, request: pb.BuildPaymentScheduleRequest, context) -> pb.BuildPaymentScheduleResponse:
        require_id("intent_id", request.intent_id)
        shares = convert.custom_shares(request)
        return self.app.schedules.build(
            request.intent_id, shares, actor=_actor(), key=_key(request, "BuildPaymentSchedule"), codec=_SCHEDULE_BUILT
        )

    def GetPaymentSchedule(self, request: pb.GetPaymentScheduleRequest, context) -> pb.GetPaymentScheduleResponse:
        require_id("intent_id", request.intent_id)
        intent, items = self.app.schedules.get(request.intent_id)
        return pb.GetPaymentScheduleResponse(schedule=convert.schedule_to_proto(intent, items))

    # ------------------------------------------------------------ events

    def ProcessShipmentEvent(self, request: pb.ProcessShipmentEventRequest, context) -> pb.ProcessShipmentEventResponse:
        violations = Violations()
        notice = convert.event_notice(violations, request)
        violations.raise_if_any()
        assert notice is not None
        (outcome,) = self.app.events.process([notice])
        return _outcome_to_proto(outcome)

    def BatchProcessShipmentEvents(self, request: pb.BatchProcessShipmentEventsRequest, context) -> pb.BatchProcessShipmentEventsResponse:
        outcomes = self.app.events.process(convert.event_notices(request))
        return pb.BatchProcessShipmentEventsResponse(responses=[_outcome_to_proto(o) for o in outcomes])

    # ------------------------------------------------------------ settlements

    def ListMilestoneSettlements(self, request: pb.ListMilestoneSettlementsRequest, context) -> pb.ListMilestoneSettlementsResponse:
        violations = Violations()
        check_id(violations, "intent_id", request.intent_id, required=False)
        check_id(violations, "shipment_id", request.shipment_id, required=False)
        status = convert.milestone_status_filter(violations, request.status)
        violations.raise_if_any()
        filters = {"intent_id": request.intent_id, "shipment_id": request.shipment_id, "status": request.status}
        page = self.pages.parse(request.page_size, request.page_token, filters)
        result = self.app.queries.list_settlements(
            intent_id=request.intent_id or None, shipment_id=request.shipment_id or None, status=status, page=page
        )
        return pb.ListMilestoneSettlementsResponse(
            settlements=[convert.settlement_to_proto(s) for s in result.items],
            next_page_token=self.pages.next_token(result.fetched, page, filters, lambda s: (s.settlement_id,)),
            total_size=result.total_size,
        )

    def ApproveMilestoneSettlement(self, request: pb.ApproveMilestoneSettlementRequest, context) -> pb.ApproveMilestoneSettlementResponse:
        violations = Violations()
        check_id(violations, "settlement_id", request.settlement_id)
        if request.decision not in (pb.REVIEW_DECISION_APPROVE, pb.REVIEW_DECISION_REJECT):
            violations.add("decision", "must be REVIEW_DECISION_APPROVE or REVIEW_DECISION_REJECT")
        convert.required_reason(violations, "reason", request.reason)
        violations.raise_if_any()
        return self.app.operations.review(
            request.settlement_id,
            request.decision == pb.REVIEW_DECISION_APPROVE,
            request.reason,
            actor=_actor(),
            key=_key(request, "ApproveMilestoneSettlement"),
            codec=_REVIEWED,
        )

    def SettlePaymentIntent(self, request: pb.SettlePaymentIntentRequest, context) -> pb.SettlePaymentIntentResponse:
        violations = Violations()
        check_id(violations, "intent_id", request.intent_id)
        check_text(violations, "notes", request.notes, max_length=convert.MAX_REASON_LENGTH)
        violations.raise_if_any()
        return self.app.operations.settle_intent(
            request.intent_id,
            force_approval=request.force_approval,
            notes=request.notes,
            actor=_actor(),
            key=_key(request, "SettlePaymentIntent"),
            codec=_SETTLED,
        )

    def CompleteSettlement(self, request: pb.CompleteSettlementRequest, context) -> pb.CompleteSettlementResponse:
        target = request.WhichOneof("target")
        violations = Violations()
        if target is None:
            violations.add("settlement_id", "settlement_id or intent_id is required")
        else:
            check_id(violations, target, getattr(request, target))
        check_text(violations, "rail_reference", request.rail_reference, max_length=128)
        violations.raise_if_any()
        return self.app.operations.complete(
            settlement_id=request.settlement_id if target == "settlement_id" else None,
            intent_id=request.intent_id if target == "intent_id" else None,
            rail_reference=request.rail_reference,
            actor=_actor(),
            key=_key(request, "CompleteSettlement"),
            codec=_COMPLETED,
        )

    # ------------------------------------------------------------ audit and ledger

    def GetSettlementHistory(self, request: pb.GetSettlementHistoryRequest, context) -> pb.GetSettlementHistoryResponse:
        require_id("intent_id", request.intent_id)
        filters = {"intent_id": request.intent_id}
        page = self.pages.parse(request.page_size, request.page_token, filters, default_size=100, key_types=(int,))
        after = int(page.after[0]) if page.after else 0
        fetched = self.app.queries.history(request.intent_id, after_sequence=after, limit=page.size + 1)
        return pb.GetSettlementHistoryResponse(
            entries=[convert.audit_to_proto(e) for e in fetched[: page.size]],
            next_page_token=self.pages.next_token(fetched, page, filters, lambda e: (e.sequence,)),
        )

    def GetShipmentAudit(self, request: pb.GetShipmentAuditRequest, context) -> pb.GetShipmentAuditResponse:
        require_id("shipment_id", request.shipment_id)
        audit = self.app.queries.shipment_audit(request.shipment_id)
        return pb.GetShipmentAuditResponse(
            shipment_id=audit.shipment_id,
            events=[convert.received_event_to_proto(e) for e in audit.events],
            payment_intents=[convert.intent_to_proto(i) for i in audit.intents],
            settlements=[convert.settlement_to_proto(s) for s in audit.settlements],
            totals=convert.totals_by_currency(audit.intents),
            claims=[convert_claims.claim_to_proto(c) for c in audit.claims],
        )

    def GetIntentLedger(self, request: pb.GetIntentLedgerRequest, context) -> pb.GetIntentLedgerResponse:
        require_id("intent_id", request.intent_id)
        ledger = self.app.queries.ledger(request.intent_id)
        return pb.GetIntentLedgerResponse(
            intent_id=ledger.intent.intent_id,
            currency=ledger.intent.currency,
            journals=[
                pb.LedgerJournal(
                    journal_id=journal.journal_id,
                    kind=journal.kind.value,
                    settlement_id=journal.settlement_id or "",
                    rail_reference=journal.rail_reference,
                    entries=[pb.LedgerEntry(account=convert.account_to_proto(a), amount_minor=amount) for a, amount in entries],
                    create_time=to_timestamp(journal.create_time),
                    payout_id=journal.payout_id,
                )
                for journal, entries in ledger.journals
            ],
            balances=[
                pb.LedgerBalance(account=convert.account_to_proto(account), balance_minor=balance)
                for account, balance in ledger.balances.items()
            ],
        )

    # ------------------------------------------------------------ watch

    def WatchSettlements(self, request: pb.WatchSettlementsRequest, context):
        violations = Violations()
        check_id(violations, "intent_id", request.intent_id, required=False)
        check_id(violations, "shipment_id", request.shipment_id, required=False)
        cursor = 0
        if request.cursor:
            # isdigit() alone also takes "²" and other Unicode digits int() refuses; and a
            # cursor is an audit sequence number, so it fits in int64 like the column.
            if not (request.cursor.isascii() and request.cursor.isdigit()) or len(request.cursor) > 19 or int(request.cursor) > MAX_CURSOR:
                violations.add("cursor", "is not a cursor returned by WatchSettlements")
            else:
                cursor = int(request.cursor)
        violations.raise_if_any()
        if not request.cursor:
            cursor = self.app.queries.last_change_sequence()
        if not self._watch_slots.acquire(blocking=False):
            raise ResourceExhausted(
                f"too many open WatchSettlements streams (limit {self._max_watchers}); retry later", reason="TOO_MANY_WATCHERS"
            )
        if self._watch_streams is not None:
            self._watch_streams.inc()
        try:
            # Headers now, not with the first change: the client learns at once that the
            # stream is open and from which cursor it starts.
            context.send_initial_metadata(((WATCH_START_CURSOR_HEADER, str(cursor)),))
            yield from self._stream_changes(request, context, cursor)
        finally:
            self._watch_slots.release()
            if self._watch_streams is not None:
                self._watch_streams.dec()

    def _stream_changes(self, request: pb.WatchSettlementsRequest, context, cursor: int):
        """History from the database, then live changes: this process's commits from memory
        (no read per commit), the database again after a gap in memory and on every poll
        timeout (other replicas' commits). `cursor` is the position scanned: every change at
        or below it has been sent or did not match the stream's filter."""
        batch = 500
        notifier = self.app.notifier
        intent_id, shipment_id = request.intent_id or None, request.shipment_id or None
        from_database = True
        while context.is_active() and not self._stopping.is_set():
            seen_version = notifier.version
            if from_database:
                # Audit rows become visible in sequence order (ledger.py), so every row up to
                # the last sequence seen now is visible to the read after it.
                scanned = self.app.queries.last_change_sequence()
                changes = self.app.queries.milestone_changes(
                    after_sequence=cursor, intent_id=intent_id, shipment_id=shipment_id, limit=batch
                )
                for change, settlement in changes:
                    yield _watch_response(change, settlement)
                    cursor = change.sequence or cursor
                if len(changes) == batch:
                    continue
                cursor = max(cursor, scanned)
                from_database = False
            else:
                remembered = notifier.changes_after(cursor, batch)
                if remembered is None or any(c.entry.settlement_id and c.settlement is None for c in remembered):
                    from_database = True
                    continue
                for committed in remembered:
                    entry = committed.entry
                    if committed.settlement is not None and (intent_id or entry.intent_id) == entry.intent_id:
                        if (shipment_id or entry.shipment_id) == entry.shipment_id:
                            yield _watch_response(entry, committed.settlement)
                    cursor = committed.sequence
                if len(remembered) == batch:
                    continue
            # Woken at once by this process's commits; the timeout catches other replicas'.
            if notifier.wait_past(seen_version, self.watch_poll_seconds) == seen_version:
                from_database = True


def _watch_response(change, settlement) -> pb.WatchSettlementsResponse:
    return pb.WatchSettlementsResponse(
        cursor=str(change.sequence), change=convert.audit_to_proto(change), settlement=convert.settlement_to_proto(settlement)
    )


def _outcome_to_proto(outcome) -> pb.ProcessShipmentEventResponse:
    return pb.ProcessShipmentEventResponse(
        event_id=outcome.event_id,
        duplicate=outcome.duplicate,
        intents_matched=outcome.intents_matched,
        settlements=[convert.settlement_to_proto(s) for s in outcome.settlements],
    )


def _remaining(context, default: float) -> float:
    """The caller's remaining deadline (propagated to the calls we make), capped at `default`."""
    remaining = context.time_remaining() if context is not None else None
    if remaining is None:
        return default
    return max(0.05, min(default, remaining - 0.05))
