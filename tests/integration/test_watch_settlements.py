"""WatchSettlements: history after a cursor, then live changes; a client that
disconnects and resumes from its last cursor misses nothing and sees nothing twice."""

from __future__ import annotations

from datetime import timedelta

from chainbridge.payment.v1 import payment_pb2 as pb

from tests.support.workflow import CLAIM_WINDOW, PICKUP, POD, record, seed


def _take(stream, count: int) -> list[pb.WatchSettlementsResponse]:
    return [next(stream) for _ in range(count)]


def _key(response: pb.WatchSettlementsResponse) -> tuple[str, str, str]:
    return (response.change.settlement_id, response.change.from_status, response.change.to_status)


def test_resume_from_cursor_after_a_disconnect_misses_nothing(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "MEDIUM")
    other = seed(freight, payment, "LOW", reference="BOL-OTHER")
    record(freight, seeded.shipment_id, POD)  # pickup DELAYED + POD APPROVED
    record(freight, other.shipment_id, POD)  # another intent: filtered out
    stack.deliver_events()

    first = payment.WatchSettlements(pb.WatchSettlementsRequest(intent_id=seeded.intent_id, cursor="0"), timeout=20)
    seen = _take(first, 1)
    first.cancel()  # the client goes away after one change

    # While it is away: the claim window closes and the delayed pickup is released.
    record(freight, seeded.shipment_id, CLAIM_WINDOW)
    stack.deliver_events()
    stack.clock.advance(timedelta(hours=24))
    stack.pay.release_worker.run_once()

    resumed = payment.WatchSettlements(pb.WatchSettlementsRequest(intent_id=seeded.intent_id, cursor=seen[-1].cursor), timeout=20)
    seen += _take(resumed, 3)
    statuses = [(r.change.milestone, r.change.from_status, r.change.to_status) for r in seen]
    assert sorted(statuses[:2]) == sorted([(PICKUP, "", "MILESTONE_STATUS_DELAYED"), (POD, "", "MILESTONE_STATUS_APPROVED")])
    assert statuses[2] == (CLAIM_WINDOW, "", "MILESTONE_STATUS_DELAYED")
    assert statuses[3][1:] == ("MILESTONE_STATUS_DELAYED", "MILESTONE_STATUS_APPROVED")
    cursors = [int(r.cursor) for r in seen]
    assert cursors == sorted(cursors) and len(set(cursors)) == 4
    assert len({_key(r) for r in seen}) == 4
    assert all(r.change.intent_id == seeded.intent_id for r in seen)

    # Then live: the stream stays open and delivers the next change as it happens.
    stack.clock.advance(timedelta(hours=24))
    stack.pay.release_worker.run_once()  # releases the claim-window share
    (live,) = _take(resumed, 1)
    assert (live.change.milestone, live.change.to_status) == (CLAIM_WINDOW, "MILESTONE_STATUS_APPROVED")
    assert live.settlement.status == pb.MILESTONE_STATUS_APPROVED
    assert int(live.cursor) > cursors[-1]
    resumed.cancel()


def test_empty_cursor_starts_from_now(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    seeded = seed(freight, payment, "LOW")
    record(freight, seeded.shipment_id, POD)
    stack.deliver_events()  # history before the watch starts

    watch = payment.WatchSettlements(pb.WatchSettlementsRequest(shipment_id=seeded.shipment_id), timeout=20)
    start_cursor = int(dict(watch.initial_metadata())["x-watch-start-cursor"])
    record(freight, seeded.shipment_id, CLAIM_WINDOW)
    stack.deliver_events()
    (change,) = _take(watch, 1)
    assert change.change.milestone == CLAIM_WINDOW
    assert int(change.cursor) > start_cursor
    watch.cancel()
