"""Property: whatever freight records (pickup, proof of delivery, claims, the window
closing), in whatever order pay receives it, and however the claims are resolved, every
minor unit of the schedule is accounted for exactly - released, returned to the shipper,
held by a claim, or awaiting its release - and the outcome is the one of the recorded
order. Real servers on loopback, both databases."""

from __future__ import annotations

import grpc
from chainbridge.payment.v1 import payment_pb2 as pb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from freight_server.workers.outbox_dispatcher import to_process_request
from tests.support.claims import audit, file_claim, money_by_status, resolve
from tests.support.workflow import CLAIM_WINDOW, PICKUP, POD, record, seed

EVENTS = {"PICKUP": PICKUP, "POD": POD, "WINDOW": CLAIM_WINDOW}


@st.composite
def stories(draw):
    """What freight records, in order: milestone events and claims (amounts as fractions
    of the intent), the window closing last if it closes at all."""
    steps = draw(st.lists(st.sampled_from(["PICKUP", "POD", "CLAIM", "CLAIM"]), min_size=1, max_size=5))
    if draw(st.booleans()):
        steps += ["POD"] if "POD" not in steps else []
        steps.append("WINDOW")
    fractions = [draw(st.integers(1, 400)) for step in steps if step == "CLAIM"]  # per mille of the amount
    return steps, fractions


def _accounted(payment, shipment_id: str, amount: int) -> tuple:
    """Check the accounting of the shipment now; return what the outcome is."""
    shipment = audit(payment, shipment_id)
    (intent,) = shipment.payment_intents
    totals = intent.totals
    rows = shipment.settlements
    released = sum(s.amount.amount_minor for s in rows if s.status in (pb.MILESTONE_STATUS_APPROVED, pb.MILESTONE_STATUS_SETTLED))
    returned = sum(s.amount.amount_minor for s in rows if s.status == pb.MILESTONE_STATUS_RETURNED)
    on_hold = sum(s.amount.amount_minor for s in rows if s.status == pb.MILESTONE_STATUS_ON_HOLD)
    awaiting = sum(s.amount.amount_minor for s in rows if s.status in (pb.MILESTONE_STATUS_PENDING, pb.MILESTONE_STATUS_DELAYED))
    to_come = amount - sum(s.amount.amount_minor for s in rows)
    held_by_claims = sum(c.held_minor for c in shipment.claims)
    held_to_come = sum(h.amount_minor for c in shipment.claims for h in c.holds if not h.settlement_id)

    # Every minor unit, exactly once.
    assert released + returned + on_hold + awaiting + to_come == amount == totals.scheduled_minor
    assert (totals.released_minor, totals.voided_minor, totals.on_hold_minor, totals.held_minor) == (released, returned, on_hold, awaiting)
    assert held_by_claims == on_hold + held_to_come and 0 <= held_to_come <= to_come
    assert sum(c.returned_minor for c in shipment.claims) == returned
    for claim in shipment.claims:
        assert claim.held_minor + claim.returned_minor + claim.released_minor <= claim.claimed_amount.amount_minor
        assert claim.held_minor == sum(h.amount_minor for h in claim.holds)
        assert claim.status != pb.CLAIM_STATUS_RESOLVED or claim.held_minor == 0
    ledger = payment.GetIntentLedger(pb.GetIntentLedgerRequest(intent_id=intent.intent_id))
    balances = {pb.LedgerAccount.Name(b.account).removeprefix("LEDGER_ACCOUNT_"): b.balance_minor for b in ledger.balances}
    assert sum(balances.values()) == 0 and all(sum(e.amount_minor for e in j.entries) == 0 for j in ledger.journals)
    assert balances["ESCROW"] == amount - released - returned
    claims = sorted((c.claim_number, c.status, c.held_minor, c.returned_minor, c.released_minor) for c in shipment.claims)
    return money_by_status(payment, shipment_id), claims


def _run(stack, freight, payment, tier, amount, steps, fractions, order, resolutions, reference) -> tuple:
    """Record `steps` in freight, deliver them to pay in `order`, then resolve claims."""
    seeded = seed(freight, payment, tier, amount_minor=amount, reference=reference)
    ids, claims = [], iter(fractions)
    for step in steps:
        if step == "CLAIM":
            ids.append(file_claim(freight, seeded.shipment_id, max(1, amount * next(claims) // 1000)).event_id)
        else:
            ids.append(record(freight, seeded.shipment_id, EVENTS[step]).event_id)
    requests = [to_process_request(stack.freight.app.events.get(event_id)) for event_id in ids]
    for index in order:
        payment.ProcessShipmentEvent(requests[index])
        _accounted(payment, seeded.shipment_id, amount)
    stack.deliver_events()  # freight's own deliveries: duplicates by now
    claim_ids = [event_id for event_id, step in zip(ids, steps, strict=True) if step == "CLAIM"]
    for number, liable in resolutions:
        if not claim_ids:
            break
        try:
            resolve(payment, claim_ids[number % len(claim_ids)], liable)
        except grpc.RpcError as error:
            assert error.code() == grpc.StatusCode.FAILED_PRECONDITION, error  # resolved already
        _accounted(payment, seeded.shipment_id, amount)
    return _accounted(payment, seeded.shipment_id, amount)


@settings(
    max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(
    tier=st.sampled_from(["LOW", "MEDIUM", "HIGH"]),
    amount=st.one_of(st.sampled_from([1, 7, 1_000_005]), st.integers(1, 10**9)),
    story=stories(),
    data=st.data(),
    resolutions=st.lists(st.tuples(st.integers(0, 3), st.one_of(st.none(), st.integers(1, 10**6))), max_size=3),
)
def test_any_delivery_order_and_resolution_accounts_for_every_minor_unit_as_in_order(stack, tier, amount, story, data, resolutions):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    steps, fractions = story
    order = data.draw(st.permutations(range(len(steps))), label="delivery order")
    # Liabilities stay within each claim's amount: ResolveClaim refuses more.
    resolutions = [
        (n, None if liable is None else max(1, min(liable, amount * min(fractions or [1]) // 1000))) for n, liable in resolutions
    ]
    in_order = _run(stack, freight, payment, tier, amount, steps, fractions, range(len(steps)), resolutions, "BOL-IN-ORDER")
    shuffled = _run(stack, freight, payment, tier, amount, steps, fractions, order, resolutions, "BOL-SHUFFLED")
    assert shuffled == in_order
