"""Pay does not trust the order deliveries arrive in: freight records PICKUP, POD and
CLAIM_WINDOW_CLOSED in order, but after a restart (or across replicas) pay may receive
them in any order. The outcome must be the one of the right order - in particular, a
claim window closing before pay has seen the POD pays nothing until the POD arrives."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from chainbridge.payment.v1 import payment_pb2 as pb

from chainbridge_common.runtime.timestamps import to_timestamp
from tests.support.workflow import CLAIM_WINDOW, PICKUP, POD, amounts, seed, statuses

ORDERS = list(itertools.permutations((PICKUP, POD, CLAIM_WINDOW)))


def _deliver(payment, shipment_id: str, event_type: int, occurred_at) -> pb.ProcessShipmentEventResponse:
    return payment.ProcessShipmentEvent(
        pb.ProcessShipmentEventRequest(
            event_id=f"sev_{shipment_id}_{event_type}",
            shipment_id=shipment_id,
            event_type=event_type,
            occurred_at=to_timestamp(occurred_at),
        )
    )


def test_a_claim_window_close_before_the_pod_pays_nothing_until_the_pod_arrives(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    now = stack.clock.now()
    early = _deliver(payment, seeded.shipment_id, CLAIM_WINDOW, now)
    assert not early.duplicate and list(early.settlements) == []
    assert amounts(payment, seeded.intent_id) == {}

    _deliver(payment, seeded.shipment_id, POD, now - timedelta(days=10))
    assert amounts(payment, seeded.intent_id) == {"PICKUP_CONFIRMED": 200_001, "POD_CONFIRMED": 700_004, "CLAIM_WINDOW_CLOSED": 100_000}
    # The claim-window share is attributed to the event that closed the window.
    history = payment.GetSettlementHistory(pb.GetSettlementHistoryRequest(intent_id=seeded.intent_id)).entries
    claim = [e for e in history if e.milestone == CLAIM_WINDOW]
    assert [e.source_event_id for e in claim] == [f"sev_{seeded.shipment_id}_{CLAIM_WINDOW}"]


def test_a_schedule_built_after_an_early_claim_window_close_waits_for_the_pod(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW", build_schedule=False)
    _deliver(payment, seeded.shipment_id, CLAIM_WINDOW, stack.clock.now())
    built = payment.BuildPaymentSchedule(pb.BuildPaymentScheduleRequest(intent_id=seeded.intent_id))
    assert list(built.applied_settlements) == []
    _deliver(payment, seeded.shipment_id, POD, stack.clock.now())
    assert set(amounts(payment, seeded.intent_id)) == {"PICKUP_CONFIRMED", "POD_CONFIRMED", "CLAIM_WINDOW_CLOSED"}


@pytest.mark.parametrize("tier", ["LOW", "MEDIUM", "HIGH"])
def test_every_delivery_order_ends_as_the_right_order_does(stack, tier):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    now = stack.clock.now()
    occurred = {PICKUP: now - timedelta(days=3), POD: now - timedelta(days=2), CLAIM_WINDOW: now - timedelta(days=1)}
    outcomes = {}
    for number, order in enumerate(ORDERS):
        seeded = seed(freight, payment, tier, reference=f"BOL-{number}")
        for event_type in order:
            _deliver(payment, seeded.shipment_id, event_type, occurred[event_type])
        outcomes[order] = (amounts(payment, seeded.intent_id), statuses(payment, seeded.intent_id))
    in_order = outcomes[(PICKUP, POD, CLAIM_WINDOW)]
    assert all(outcome == in_order for outcome in outcomes.values()), outcomes
    assert sum(in_order[0].values()) == sum(i.amount_minor for i in seeded.schedule.items)  # every share, once
