"""Fuzzing every RPC of both services over real servers on loopback (SQLite and
PostgreSQL): generated typed requests, nearly valid requests, undecodable bytes, and
valid workflows interleaved with garbage - then the database invariants.

The default run is bounded and reproducible (derandomized). For a longer hunt:
CHAINBRIDGE_FUZZ_EXAMPLES=2000 scripts/test tests/fuzz  - that many typed requests and
as many raw payloads per RPC, and a tenth as many state-machine runs.
"""

from __future__ import annotations

import os
from collections import Counter

import grpc
import pytest
from chainbridge.freight.v1 import freight_pb2 as fpb
from chainbridge.payment.v1 import payment_pb2 as ppb
from hypothesis import HealthCheck, given, settings
from hypothesis.stateful import run_state_machine_as_test
from sqlalchemy import select

from pay_server.storage import schema as pay_schema
from tests.fuzz.checks import Caller
from tests.fuzz.invariants import assert_invariants
from tests.fuzz.machine import WorkflowWithGarbage
from tests.fuzz.strategies import VALID_ACCOUNTS, FuzzContext, KnownIds, raw_payloads, requests, service_methods
from tests.support.rpc import money, shipment
from tests.support.workflow import CLAIM_WINDOW, PICKUP, POD

# Failing examples can hold megabytes of text; their repr is long, and that is fine.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

EXAMPLES = int(os.environ.get("CHAINBRIDGE_FUZZ_EXAMPLES", "0"))
METHODS = service_methods()


def fuzz_settings(default_examples: int, *, scale: float = 1.0, **overrides) -> settings:
    """Bounded, reproducible settings; CHAINBRIDGE_FUZZ_EXAMPLES (times `scale`) overrides
    the number of examples."""
    return settings(
        max_examples=max(1, int(EXAMPLES * scale)) if EXAMPLES else default_examples,
        deadline=None,
        derandomize=True,
        database=None,
        # One live stack serves every example on purpose (state accumulates), and some
        # inputs are large by design.
        suppress_health_check=list(HealthCheck),
        **overrides,
    )


def start_fuzzing(stack) -> tuple[Caller, FuzzContext]:
    """A caller that knows ids of every kind in the stack: an intent of each tier with its
    events delivered (milestones approved, delayed, pending, settled), a shipment never
    tokenized, and a page token of every list RPC."""
    ctx = FuzzContext(KnownIds(), stack.clock.now)
    caller = Caller(stack, ctx.known)
    freight = lambda method, request: caller.call("FreightService", method, request).response  # noqa: E731
    pay = lambda method, request: caller.call("PaymentService", method, request).response  # noqa: E731
    for tier, amount in (("LOW", 1_000_005), ("MEDIUM", 7), ("HIGH", 25_000_000), ("LOW", 3)):
        shipment_id = freight("CreateShipment", fpb.CreateShipmentRequest(shipment=shipment(tier))).shipment.shipment_id
        token_id = freight("TokenizeShipment", fpb.TokenizeShipmentRequest(shipment_id=shipment_id)).token.token_id
        intent = ppb.PaymentIntent(freight_token_id=token_id, amount=money(amount), payer_id="acme", payee_id="carrier")
        intent_id = pay("CreatePaymentIntent", ppb.CreatePaymentIntentRequest(payment_intent=intent)).payment_intent.intent_id
        pay("BuildPaymentSchedule", ppb.BuildPaymentScheduleRequest(intent_id=intent_id))
        for event_type in (PICKUP, POD, CLAIM_WINDOW):
            freight("RecordShipmentEvent", fpb.RecordShipmentEventRequest(shipment_id=shipment_id, event_type=event_type))
        stack.deliver_events()
        pay("ListMilestoneSettlements", ppb.ListMilestoneSettlementsRequest(intent_id=intent_id, page_size=1))
        freight("ListShipmentEvents", fpb.ListShipmentEventsRequest(shipment_id=shipment_id, page_size=1))
        pay("GetSettlementHistory", ppb.GetSettlementHistoryRequest(intent_id=intent_id, page_size=1))
    pay("CompleteSettlement", ppb.CompleteSettlementRequest(intent_id=intent_id))
    # Payouts: accounts, a USD run paid through the ledger and an EUR payout left CREATED.
    for currency in ("USD", "EUR"):
        pay("RegisterPayeeAccount", ppb.RegisterPayeeAccountRequest(payee_id="carrier", account=VALID_ACCOUNTS[currency]))
    pay("CreatePayoutRun", ppb.CreatePayoutRunRequest(currency="USD"))
    shipment_id = freight("CreateShipment", fpb.CreateShipmentRequest(shipment=shipment("LOW", currency="EUR"))).shipment.shipment_id
    token_id = freight("TokenizeShipment", fpb.TokenizeShipmentRequest(shipment_id=shipment_id)).token.token_id
    intent = ppb.PaymentIntent(freight_token_id=token_id, amount=money(50_000, "EUR"), payer_id="acme", payee_id="carrier")
    intent_id = pay("CreatePaymentIntent", ppb.CreatePaymentIntentRequest(payment_intent=intent)).payment_intent.intent_id
    pay("BuildPaymentSchedule", ppb.BuildPaymentScheduleRequest(intent_id=intent_id))
    freight("RecordShipmentEvent", fpb.RecordShipmentEventRequest(shipment_id=shipment_id, event_type=POD))
    stack.deliver_events()
    pay("CreatePayoutRun", ppb.CreatePayoutRunRequest(currency="EUR"))
    pay("ListPayouts", ppb.ListPayoutsRequest(page_size=1))
    freight("CreateShipment", fpb.CreateShipmentRequest(shipment=shipment("MEDIUM")))  # never tokenized
    freight("ListShipments", fpb.ListShipmentsRequest(page_size=1))
    freight("ListFreightTokens", fpb.ListFreightTokensRequest(page_size=1))
    pay("ListPaymentIntents", ppb.ListPaymentIntentsRequest(page_size=1))
    pay("ListMilestoneSettlements", ppb.ListMilestoneSettlementsRequest(page_size=1))
    return caller, ctx


def fuzz_each_method(examples: int, strategy_for, call) -> dict[str, Counter]:
    """Run `call` on `examples` generated inputs per RPC; every RPC is fuzzed even when an
    earlier one fails, and all failures are reported together. Returns status counts."""
    codes: dict[str, Counter] = {}
    failures: dict[str, str] = {}
    for service, method in METHODS:
        seen = codes.setdefault(method.name, Counter())

        @fuzz_settings(examples)
        @given(generated=strategy_for(method))
        def call_it(generated):
            seen[call(service, method, generated).code] += 1  # noqa: B023 - called at once, inside this iteration

        try:
            call_it()
        except AssertionError as failure:  # Hypothesis has shrunk it already
            failures[method.full_name] = str(failure)
    assert not failures, "\n\n".join(f"--- {name}\n{text}" for name, text in failures.items())
    return codes


def test_every_rpc_answers_generated_requests_with_a_proper_status(stack):
    caller, ctx = start_fuzzing(stack)

    def call(service, method, request):
        outcome = caller.call(service, method.name, request)
        stack.deliver_events()
        return outcome

    codes = fuzz_each_method(25, lambda method: requests(method, ctx), call)
    # The generator must get past validation, or it only ever tests the first check.
    shallow = [name for name, seen in codes.items() if set(seen) <= {grpc.StatusCode.INVALID_ARGUMENT}]
    assert not shallow, f"every generated request of these RPCs was refused as invalid: {shallow}"
    assert_invariants(stack)


def test_every_rpc_answers_undecodable_bytes_with_a_proper_status(stack):
    caller, ctx = start_fuzzing(stack)
    codes = fuzz_each_method(
        15, lambda method: raw_payloads(method, ctx), lambda service, method, payload: caller.call(service, method.name, payload)
    )
    refused = [name for name, seen in codes.items() if grpc.StatusCode.INVALID_ARGUMENT not in seen]
    assert not refused, f"no generated payload of these RPCs was refused as invalid: {refused}"
    stack.deliver_events()
    assert_invariants(stack)


def test_valid_workflows_interleaved_with_garbage_keep_the_books_straight(stack):
    caller, ctx = start_fuzzing(stack)
    machine = WorkflowWithGarbage.bind(stack, caller, ctx)
    run_state_machine_as_test(machine, settings=fuzz_settings(25, scale=0.1, stateful_step_count=30))
    assert_invariants(stack)
    # The runs must reach the states only a workflow gets to (the seed data has none).
    with stack.pay.db.connection() as conn:
        milestone_statuses = set(conn.execute(select(pay_schema.milestone_settlements.c.status).distinct()).scalars())
        actors = set(conn.execute(select(pay_schema.audit_log.c.actor).distinct()).scalars())
        intent_statuses = set(conn.execute(select(pay_schema.payment_intents.c.status).distinct()).scalars())
    assert {"REJECTED", "CANCELLED"} & milestone_statuses, milestone_statuses
    assert "release-worker" in actors, actors
    assert "CANCELLED" in intent_statuses, intent_statuses
