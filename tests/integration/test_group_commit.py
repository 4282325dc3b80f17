"""Group commit of RecordShipmentEvent: events queued together commit in one transaction,
yet every caller gets its own answer - a bad event fails alone, a repeated request id is
answered by its first response."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import grpc
from chainbridge.common.v1 import common_pb2
from chainbridge.freight.v1 import freight_pb2 as pb

from chainbridge_common.errors import DependencyUnavailable, FailedPrecondition, NotFound
from chainbridge_common.runtime.idempotency import request_key
from freight_server.application.recording import PendingEvent
from freight_server.rpc import convert
from freight_server.rpc.servicer import _RECORDED
from tests.support.workflow import CLAIM_WINDOW, PICKUP, POD, seed


def _pending(shipment_id: str, event_type: int, request_id: str = "", caller: str = "anonymous") -> PendingEvent:
    request = pb.RecordShipmentEventRequest(shipment_id=shipment_id, event_type=event_type, request_id=request_id)
    return PendingEvent(convert.event_draft(request), request_key(request, "RecordShipmentEvent", caller), _RECORDED)


def test_a_group_commits_together_and_a_bad_event_fails_alone(stack):
    freight = stack.freight_stub()
    first = seed(freight, stack.payment_stub(), "LOW", build_schedule=False, reference="A").shipment_id
    second = seed(freight, stack.payment_stub(), "LOW", build_schedule=False, reference="B").shipment_id
    recorder = stack.freight.app.recorder
    group = [
        _pending(first, PICKUP, "g-1"),
        _pending(second, POD),
        _pending(first, CLAIM_WINDOW),  # no POD on `first`: refused
        _pending("shp_missing", PICKUP),  # unknown shipment: refused
        _pending(first, PICKUP, "g-1"),  # the same request again: the first answer
    ]
    recorder.commit(group)

    answers = [p.future.exception() or p.future.result() for p in group]
    assert isinstance(answers[2], FailedPrecondition) and answers[2].reason == "POD_REQUIRED"
    assert isinstance(answers[3], NotFound)
    assert answers[0].event.event_type == PICKUP and answers[1].event.event_type == POD
    assert answers[4] == answers[0]
    listed = freight.ListShipmentEvents(pb.ListShipmentEventsRequest(shipment_id=first)).events
    assert sorted(e.event_type for e in listed) == sorted([common_pb2.SHIPMENT_EVENT_TYPE_CREATED, PICKUP])


def test_concurrent_callers_each_get_their_own_event(stack):
    freight = stack.freight_stub()
    shipments = [seed(freight, stack.payment_stub(), "LOW", build_schedule=False, reference=f"C{i}").shipment_id for i in range(8)]

    def record(index: int):
        request_number = index % 12  # each request id is sent twice, with the same body
        request = pb.RecordShipmentEventRequest(
            shipment_id=shipments[request_number % 8], event_type=PICKUP, request_id=f"c-{request_number}"
        )
        try:
            return freight.RecordShipmentEvent(request, timeout=30).event
        except grpc.RpcError as error:
            return error.code()

    with ThreadPoolExecutor(16) as pool:
        results = list(pool.map(record, range(24)))
    events = [r for r in results if isinstance(r, pb.ShipmentEvent)]
    assert len(events) == 24
    by_request = {}
    for index, event in enumerate(events):
        by_request.setdefault(index % 12, set()).add(event.event_id)
    assert all(len(ids) == 1 for ids in by_request.values())  # a replay never records a second event
    total = sum(freight.ListShipmentEvents(pb.ListShipmentEventsRequest(shipment_id=s)).total_size for s in shipments)
    assert total == 8 + 12  # CREATED per shipment + one event per request id


def test_a_replay_in_a_group_gets_its_first_answer_and_the_rest_still_commit(stack):
    freight = stack.freight_stub()
    first = seed(freight, stack.payment_stub(), "LOW", build_schedule=False, reference="R1").shipment_id
    second = seed(freight, stack.payment_stub(), "LOW", build_schedule=False, reference="R2").shipment_id
    recorder = stack.freight.app.recorder
    earlier = _pending(first, PICKUP, "r-1")
    recorder.commit([earlier])
    original = earlier.future.result()

    group = [_pending(second, PICKUP, "r-2"), _pending(first, PICKUP, "r-1"), _pending(second, POD)]
    recorder.commit(group)  # the stored request id is found first and replayed

    answers = [p.future.result() for p in group]
    assert answers[1] == original
    assert (answers[0].event.event_type, answers[2].event.event_type) == (PICKUP, POD)
    listed = freight.ListShipmentEvents(pb.ListShipmentEventsRequest(shipment_id=first)).events
    assert sorted(e.event_type for e in listed) == sorted([common_pb2.SHIPMENT_EVENT_TYPE_CREATED, PICKUP])
    assert freight.ListShipmentEvents(pb.ListShipmentEventsRequest(shipment_id=second)).total_size == 3


def test_a_group_that_finds_no_database_fails_every_caller_as_unavailable_at_once(stack, monkeypatch):
    recorder = stack.freight.app.recorder
    attempts = []

    def no_database(work):
        attempts.append(work)
        raise DependencyUnavailable("the database is unavailable; retry later", reason="DATABASE_UNAVAILABLE")

    monkeypatch.setattr(recorder.transactions, "write", no_database)
    group = [_pending("shp_a", PICKUP, "u-1"), _pending("shp_b", POD), _pending("shp_c", PICKUP, "u-3")]
    recorder.commit(group)

    assert len(attempts) == 1  # one group transaction, not retried one by one: each caller retries with its request id
    assert all(isinstance(p.future.exception(), DependencyUnavailable) for p in group)


def test_a_caller_whose_deadline_passes_in_the_queue_leaves_it_and_the_others_still_commit(stack, monkeypatch):
    freight = stack.freight_stub()
    shipments = [seed(freight, stack.payment_stub(), "LOW", build_schedule=False, reference=f"D{i}").shipment_id for i in range(3)]
    recorder = stack.freight.app.recorder
    first_group_entered, release_first_group = threading.Event(), threading.Event()
    real_commit = recorder.commit

    def slow_first_commit(group):
        if not first_group_entered.is_set():
            first_group_entered.set()
            release_first_group.wait(10)
        real_commit(group)

    monkeypatch.setattr(recorder, "commit", slow_first_commit)

    def record(shipment_id: str, timeout: float):
        pending = _pending(shipment_id, PICKUP)
        try:
            return recorder.record(pending.draft, pending.key, pending.codec, timeout)
        except DependencyUnavailable as error:
            return error

    with ThreadPoolExecutor(3) as pool:
        leader = pool.submit(record, shipments[0], 30)  # leads, and its commit stalls
        assert first_group_entered.wait(10)
        impatient = pool.submit(record, shipments[1], 0.2)  # queued behind it, gives up
        patient = pool.submit(record, shipments[2], 30)
        timed_out = impatient.result(10)
        release_first_group.set()
        assert isinstance(timed_out, DependencyUnavailable) and timed_out.reason == "RECORDING_TIMED_OUT"
        assert leader.result(10).event.shipment_id == shipments[0]
        assert patient.result(10).event.shipment_id == shipments[2]  # the lead passed on despite the one that left
    recorded = {s: freight.ListShipmentEvents(pb.ListShipmentEventsRequest(shipment_id=s)).total_size for s in shipments}
    assert recorded == {shipments[0]: 2, shipments[1]: 1, shipments[2]: 2}  # CREATED (+ PICKUP), nothing for the one that gave up
