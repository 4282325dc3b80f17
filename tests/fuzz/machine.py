"""A state machine that drives both services the way their users do - shipments, tokens,
intents, schedules, events delivered through the outbox, operator decisions, the clock
and the release worker - and throws garbage at every RPC in between. Each run ends by
delivering the outbox and checking the database invariants."""

from __future__ import annotations

from datetime import timedelta

from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2 as fpb
from chainbridge.payment.v1 import payment_pb2 as ppb
from google.protobuf.timestamp_pb2 import Timestamp
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule

from chainbridge_common.runtime.timestamps import to_timestamp
from tests.fuzz.checks import Caller
from tests.fuzz.invariants import assert_invariants
from tests.fuzz.strategies import FUZZ_PAYEES, VALID_ACCOUNTS, FuzzContext, raw_payloads, requests, service_methods
from tests.support.rpc import TIER_SHIPMENTS, money, shipment
from tests.support.servers import Stack

MILESTONES = [
    common_pb2.SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED,
    common_pb2.SHIPMENT_EVENT_TYPE_POD_CONFIRMED,
    common_pb2.SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED,
]
OTHER_EVENTS = [
    common_pb2.SHIPMENT_EVENT_TYPE_IN_TRANSIT,
    common_pb2.SHIPMENT_EVENT_TYPE_AT_TERMINAL,
    common_pb2.SHIPMENT_EVENT_TYPE_DELIVERY_ATTEMPTED,
]
METHODS = service_methods()
# Around the first and the last instant a Timestamp (and ProcessShipmentEvent) may hold.
EDGE_TIMES = [
    Timestamp(seconds=946_684_799),
    Timestamp(seconds=946_684_800),
    Timestamp(seconds=32_503_679_999),
    Timestamp(seconds=253_402_214_399),
    Timestamp(seconds=253_402_300_799),
    Timestamp(seconds=253_402_300_799, nanos=999_999_999),
]


class WorkflowWithGarbage(RuleBasedStateMachine):
    # Bound by bind(): the state machine runs many times against one running stack, so
    # objects accumulate across runs and later runs mix old and new ids.
    stack: Stack
    caller: Caller
    ctx: FuzzContext

    @classmethod
    def bind(cls, stack: Stack, caller: Caller, ctx: FuzzContext) -> type[WorkflowWithGarbage]:
        return type("BoundWorkflowWithGarbage", (cls,), {"stack": stack, "caller": caller, "ctx": ctx})

    # ------------------------------------------------------------ helpers

    def freight(self, method: str, request):
        return self.caller.call("FreightService", method, request).response

    def pay(self, method: str, request):
        return self.caller.call("PaymentService", method, request).response

    def recent(self, data, kind: str) -> str | None:
        """Mostly one of the newest ids of `kind` (deep flows), sometimes any."""
        known = self.ctx.known.get(kind)
        if not known:
            return None
        newest = data.draw(st.integers(0, 3), label=f"{kind} newest")
        if newest < 3:
            return known[max(-1 - newest, -len(known))]
        return known[data.draw(st.integers(0, 2**20), label=f"{kind} index") % len(known)]

    # ------------------------------------------------------------ valid flows

    @initialize()
    def milestones_waiting_for_a_decision(self):
        """Every run starts with money still undecided - a MEDIUM intent's delayed shares and
        a HIGH intent's pending ones, POD delivered - so the review, cancel and release rules
        reach REJECTED, CANCELLED and released states whichever rules a run draws (the draws
        shift whenever an RPC is added to the services)."""
        for tier in ("MEDIUM", "HIGH"):
            declared = TIER_SHIPMENTS[tier]["declared_minor"]
            created = self.freight("CreateShipment", fpb.CreateShipmentRequest(shipment=shipment(tier)))
            token = self.freight("TokenizeShipment", fpb.TokenizeShipmentRequest(shipment_id=created.shipment.shipment_id))
            intent = self.pay(
                "CreatePaymentIntent",
                ppb.CreatePaymentIntentRequest(
                    payment_intent=ppb.PaymentIntent(freight_token_id=token.token.token_id, amount=money(declared))
                ),
            )
            self._build(intent.payment_intent.intent_id, None)
            self.freight(
                "RecordShipmentEvent",
                fpb.RecordShipmentEventRequest(
                    shipment_id=created.shipment.shipment_id, event_type=common_pb2.SHIPMENT_EVENT_TYPE_POD_CONFIRMED
                ),
            )
        self.stack.deliver_events()

    @rule(
        tier=st.sampled_from(sorted(TIER_SHIPMENTS)),
        amount=st.one_of(st.sampled_from([1, 2, 3, 9, 10, 1_000_005, 10**15]), st.integers(1, 10**8)),
        currency=st.sampled_from(["USD", "JPY", "KWD", "EUR"]),
        custom=st.one_of(st.none(), st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))),
        build=st.booleans(),
        payee=st.sampled_from(["", *FUZZ_PAYEES]),
    )
    def ship_tokenize_and_pay(self, tier, amount, currency, custom, build, payee):
        # Declared in the intent's currency and at least at its amount, so the intent fits
        # its token (a token's intents hold at most its face value, in its currency).
        declared = max(amount, TIER_SHIPMENTS[tier]["declared_minor"])
        created = self.freight(
            "CreateShipment", fpb.CreateShipmentRequest(shipment=shipment(tier, declared_minor=declared, currency=currency))
        )
        assert created is not None, "a valid CreateShipment failed"
        token = self.freight("TokenizeShipment", fpb.TokenizeShipmentRequest(shipment_id=created.shipment.shipment_id))
        assert token is not None, "tokenizing a new shipment failed"
        intent = self.pay(
            "CreatePaymentIntent",
            ppb.CreatePaymentIntentRequest(
                payment_intent=ppb.PaymentIntent(
                    freight_token_id=token.token.token_id, amount=money(amount, currency), payer_id="acme", payee_id=payee
                )
            ),
        )
        if intent is not None and build:
            self._build(intent.payment_intent.intent_id, custom)

    @rule(data=st.data(), amount=st.integers(1, 10**7))
    def second_intent_for_a_token(self, data, amount):
        token_id = self.recent(data, "token")
        if token_id:
            request = ppb.CreatePaymentIntentRequest(payment_intent=ppb.PaymentIntent(freight_token_id=token_id, amount=money(amount)))
            self.pay("CreatePaymentIntent", request)

    @rule(data=st.data(), custom=st.one_of(st.none(), st.tuples(st.integers(0, 10_000), st.integers(0, 10_000))))
    def build_schedule(self, data, custom):
        intent_id = self.recent(data, "intent")
        if intent_id:
            self._build(intent_id, custom)

    def _build(self, intent_id: str, custom) -> None:
        request = ppb.BuildPaymentScheduleRequest(intent_id=intent_id)
        if custom is not None:
            pickup = custom[0]
            pod = min(custom[1], 10_000 - pickup)
            for milestone, bp in zip(MILESTONES, (pickup, pod, 10_000 - pickup - pod), strict=True):
                request.custom_shares.add(milestone=milestone, basis_points=bp)
        self.pay("BuildPaymentSchedule", request)

    @rule(
        data=st.data(),
        event_type=st.sampled_from(MILESTONES * 3 + OTHER_EVENTS),
        age=st.one_of(st.none(), st.sampled_from([-300, 0, 1, 3600, 86_400 * 3]), st.integers(-300, 10**6)),
        deliver=st.booleans(),
    )
    def record_event(self, data, event_type, age, deliver):
        shipment_id = self.recent(data, "shipment")
        if not shipment_id:
            return
        request = fpb.RecordShipmentEventRequest(shipment_id=shipment_id, event_type=event_type)
        if age is not None:
            request.occurred_at.CopyFrom(to_timestamp(self.stack.clock.now() - timedelta(seconds=age)))
        self.freight("RecordShipmentEvent", request)
        if deliver:
            self.stack.deliver_events()

    @rule()
    def deliver_events(self):
        self.stack.deliver_events()

    @rule(
        data=st.data(),
        event_type=st.sampled_from(MILESTONES),
        occurred=st.one_of(st.integers(0, 86_400), st.sampled_from(EDGE_TIMES)),
    )
    def process_event_directly(self, data, event_type, occurred):
        """A replica racing the outbox, a redelivery of an event already processed, or an
        event whose time sits at the edge of what ProcessShipmentEvent accepts."""
        shipment_id = self.recent(data, "shipment")
        event_id = self.recent(data, "event") if data.draw(st.booleans(), label="redeliver") else None
        if not shipment_id:
            return
        request = ppb.ProcessShipmentEventRequest(
            event_id=event_id or f"sev_direct{data.draw(st.integers(0, 10**12), label='event number')}",
            shipment_id=shipment_id,
            event_type=event_type,
            occurred_at=occurred if isinstance(occurred, Timestamp) else to_timestamp(self.stack.clock.now() - timedelta(seconds=occurred)),
        )
        if data.draw(st.booleans(), label="batch"):
            self.pay("BatchProcessShipmentEvents", ppb.BatchProcessShipmentEventsRequest(requests=[request, request]))
        else:
            self.pay("ProcessShipmentEvent", request)

    @rule(
        data=st.data(),
        amount=st.one_of(st.sampled_from([1, 2, 100]), st.integers(1, 50_000)),
        deliver=st.booleans(),
        liable=st.one_of(st.none(), st.just(0), st.integers(1, 10**5)),
    )
    def cargo_claim(self, data, amount, deliver, liable):
        """A shipper claims damage (the claim holds the shipment's unreleased money), or an
        operator resolves a claim: liable for an amount, or not liable (0). Small claims, so
        the runs still reach the release worker's states."""
        if liable is None:
            shipment_id = self.recent(data, "shipment")
            if shipment_id:
                self.freight("FileClaim", fpb.FileClaimRequest(shipment_id=shipment_id, claimed_amount=money(amount), reason="fuzz damage"))
                if deliver:
                    self.stack.deliver_events()
            return
        claim_id = self.recent(data, "event")
        if claim_id:
            request = ppb.ResolveClaimRequest(claim_id=claim_id, note="fuzz survey", decision=ppb.CLAIM_DECISION_CARRIER_NOT_LIABLE)
            if liable:
                request.decision = ppb.CLAIM_DECISION_CARRIER_LIABLE
                request.liable_amount.CopyFrom(money(liable))
            self.pay("ResolveClaim", request)

    @rule(data=st.data())
    def look_at_settlements(self, data):
        """Operators find milestones to act on the way the UI would (and ids get learnt)."""
        intent_id = self.recent(data, "intent")
        if intent_id:
            self.pay("ListMilestoneSettlements", ppb.ListMilestoneSettlementsRequest(intent_id=intent_id, page_size=1))
        shipment_id = self.recent(data, "shipment")
        if shipment_id:
            self.pay("GetShipmentAudit", ppb.GetShipmentAuditRequest(shipment_id=shipment_id))

    @rule(data=st.data(), approve=st.booleans())
    def review_milestone(self, data, approve):
        settlement_id = self.recent(data, "settlement")
        if settlement_id:
            decision = ppb.REVIEW_DECISION_APPROVE if approve else ppb.REVIEW_DECISION_REJECT
            self.pay(
                "ApproveMilestoneSettlement",
                ppb.ApproveMilestoneSettlementRequest(settlement_id=settlement_id, decision=decision, reason="fuzz review"),
            )

    @rule(data=st.data(), approve=st.booleans())
    def review_the_queue(self, data, approve):
        """An operator working through the milestones still waiting (PENDING, DELAYED) of an
        intent, as the review queue shows them - so runs reach REJECTED whatever else they draw."""
        intent_id = self.recent(data, "intent")
        if not intent_id:
            return
        for status in (ppb.MILESTONE_STATUS_PENDING, ppb.MILESTONE_STATUS_DELAYED):
            listed = self.pay("ListMilestoneSettlements", ppb.ListMilestoneSettlementsRequest(intent_id=intent_id, status=status))
            for settlement in listed.settlements if listed is not None else []:
                decision = ppb.REVIEW_DECISION_APPROVE if approve else ppb.REVIEW_DECISION_REJECT
                self.pay(
                    "ApproveMilestoneSettlement",
                    ppb.ApproveMilestoneSettlementRequest(settlement_id=settlement.settlement_id, decision=decision, reason="fuzz queue"),
                )
                return

    @rule(data=st.data(), force=st.booleans())
    def settle_intent(self, data, force):
        intent_id = self.recent(data, "intent")
        if intent_id:
            self.pay("SettlePaymentIntent", ppb.SettlePaymentIntentRequest(intent_id=intent_id, force_approval=force, notes="fuzz"))

    @rule(data=st.data(), whole_intent=st.booleans())
    def complete_settlement(self, data, whole_intent):
        if whole_intent:
            intent_id = self.recent(data, "intent")
            if intent_id:
                self.pay("CompleteSettlement", ppb.CompleteSettlementRequest(intent_id=intent_id))
        else:
            settlement_id = self.recent(data, "settlement")
            if settlement_id:
                self.pay("CompleteSettlement", ppb.CompleteSettlementRequest(settlement_id=settlement_id, rail_reference="rail-fuzz"))

    @rule(data=st.data())
    def cancel_intent(self, data):
        intent_id = self.recent(data, "intent")
        if intent_id:
            self.pay("CancelPaymentIntent", ppb.CancelPaymentIntentRequest(intent_id=intent_id, reason="fuzz cancel"))

    @rule(data=st.data())
    def cancel_shipment(self, data):
        shipment_id = self.recent(data, "shipment")
        if shipment_id:
            self.freight("CancelShipment", fpb.CancelShipmentRequest(shipment_id=shipment_id, reason="fuzz cancel"))

    # ------------------------------------------------------------ payouts

    @rule(payee=st.sampled_from(FUZZ_PAYEES), currency=st.sampled_from(sorted(VALID_ACCOUNTS)))
    def register_payee_account(self, payee, currency):
        self.pay("RegisterPayeeAccount", ppb.RegisterPayeeAccountRequest(payee_id=payee, account=VALID_ACCOUNTS[currency]))

    @rule(currency=st.sampled_from(["", "EUR", "USD", "JPY"]), payee=st.sampled_from(["", *FUZZ_PAYEES]))
    def run_payouts(self, currency, payee):
        self.pay("CreatePayoutRun", ppb.CreatePayoutRunRequest(currency=currency, payee_id=payee))

    @rule(data=st.data())
    def get_payout_file(self, data):
        payout_id = self.recent(data, "payout")
        if payout_id:
            self.pay("GetPayoutFile", ppb.GetPayoutFileRequest(payout_id=payout_id))

    @rule(data=st.data())
    def confirm_payout(self, data):
        payout_id = self.recent(data, "payout")
        if payout_id:
            self.pay("ConfirmPayout", ppb.ConfirmPayoutRequest(payout_id=payout_id, bank_reference="BANK-FUZZ"))

    @rule(data=st.data())
    def fail_payout(self, data):
        payout_id = self.recent(data, "payout")
        if payout_id:
            self.pay("FailPayout", ppb.FailPayoutRequest(payout_id=payout_id, return_reason="AC04 account closed"))

    @rule(hours=st.sampled_from([1, 23, 24, 25, 48, 24 * 8]))
    def advance_clock_and_release(self, hours):
        self.stack.clock.advance(timedelta(hours=hours))
        self.stack.pay.release_worker.run_once()
        self.stack.deliver_events()  # retries whose backoff has passed

    # ------------------------------------------------------------ garbage

    @rule(data=st.data())
    def garbage_request(self, data):
        service, method = data.draw(st.sampled_from(METHODS), label="method")
        self.caller.call(service, method.name, data.draw(requests(method, self.ctx), label="request"))

    @rule(data=st.data())
    def garbage_bytes(self, data):
        service, method = data.draw(st.sampled_from(METHODS), label="method")
        self.caller.call(service, method.name, data.draw(raw_payloads(method, self.ctx), label="payload"))

    def teardown(self):
        self.stack.deliver_events()
        assert_invariants(self.stack)
