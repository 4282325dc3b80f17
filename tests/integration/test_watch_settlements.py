"""WatchSettlements: history after a cursor, then live changes; a client that
disconnects and resumes from its last cursor misses nothing and sees nothing twice."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import timedelta

from chainbridge.payment.v1 import payment_pb2 as pb
from chainbridge.payment.v1 import payment_pb2_grpc

from chainbridge_common.runtime.server import ServerSettings
from chainbridge_common.runtime.timestamps import to_timestamp
from pay_server.server import build_payment_server
from tests.support.servers import free_port
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


def _count_database_reads(stack) -> list[int]:
    """Count the streams' reads of the audit trail (milestone_changes) from now on."""
    queries = stack.pay.app.queries
    read = queries.milestone_changes
    calls = [0]

    def counted(**kwargs):
        calls[0] += 1
        return read(**kwargs)

    queries.milestone_changes = counted
    return calls


def test_live_changes_of_this_process_reach_the_stream_without_a_read_each(stack):
    # No poll timeout during the test: every read the stream makes is one it chose to make.
    stack.stop_pay()
    stack.pay_config = dataclasses.replace(stack.pay_config, watch_poll_seconds=3600)
    stack.restart_pay()
    freight, payment = stack.freight_stub(), stack.payment_stub()
    shipments = [seed(freight, payment, "LOW", reference=f"BOL-FEED-{n}") for n in range(3)]
    reads = _count_database_reads(stack)

    watch = payment.WatchSettlements(pb.WatchSettlementsRequest(), timeout=20)
    watch.initial_metadata()  # the stream is open (and has read the trail once)
    for seeded in shipments:  # three event transactions, three commits of this process
        record(freight, seeded.shipment_id, POD)
        stack.deliver_events()
    seen = _take(watch, 6)  # pickup and POD of each
    watch.cancel()

    assert sorted((r.change.intent_id, r.change.milestone) for r in seen) == sorted(
        (s.intent_id, m) for s in shipments for m in (PICKUP, POD)
    )
    assert all(r.settlement.status == pb.MILESTONE_STATUS_APPROVED for r in seen)
    cursors = [int(r.cursor) for r in seen]
    assert cursors == sorted(set(cursors))
    assert reads[0] == 1  # the read at the start only: the commits came from memory


def test_changes_another_replica_commits_reach_the_stream_in_order(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    first, second, third = (seed(freight, payment, "LOW", reference=f"BOL-REPLICA-{n}") for n in range(3))
    # A second pay replica on the same database, with memory of its own.
    replica = build_payment_server(
        dataclasses.replace(stack.pay_config, server=ServerSettings(port=free_port(), max_workers=4)), clock=stack.clock
    )
    replica.start()
    try:
        replica_payment = payment_pb2_grpc.PaymentServiceStub(stack.channel(replica.port))
        numbers = itertools.count(1)

        def pod(stub, seeded) -> None:
            stub.ProcessShipmentEvent(
                pb.ProcessShipmentEventRequest(
                    event_id=f"sev_replica{next(numbers)}",
                    shipment_id=seeded.shipment_id,
                    event_type=POD,
                    occurred_at=to_timestamp(stack.clock.now()),
                ),
                timeout=10,
            )

        watch = payment.WatchSettlements(pb.WatchSettlementsRequest(), timeout=20)
        watch.initial_metadata()
        pod(replica_payment, first)  # rows this process never saw: a hole in its memory
        pod(payment, second)  # this process's own, after the hole
        pod(replica_payment, third)  # after everything this process remembers: found by the poll
        seen = _take(watch, 6)
        watch.cancel()
    finally:
        replica.stop(grace=0)

    assert [r.change.intent_id for r in seen[::2]] == [first.intent_id, second.intent_id, third.intent_id]
    assert {(r.change.intent_id, r.change.milestone) for r in seen} == {
        (s.intent_id, m) for s in (first, second, third) for m in (PICKUP, POD)
    }
    cursors = [int(r.cursor) for r in seen]
    assert cursors == sorted(set(cursors))
