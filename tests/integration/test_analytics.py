"""GetSettlementStats and ListRiskSignals over real servers, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import grpc
from chainbridge.freight.v1 import freight_pb2
from chainbridge.payment.v1 import payment_pb2 as pb
from google.protobuf.duration_pb2 import Duration
from sqlalchemy import insert

from chainbridge_common.runtime.timestamps import to_micros, to_timestamp
from pay_server.storage.schema import milestone_settlements, payment_intents
from tests.support.rpc import call_error, money, shipment
from tests.support.workflow import PICKUP, POD, record

HOUR = timedelta(hours=1)


def window(stack, **fields):
    now = stack.clock.now()
    return dict(start_time=to_timestamp(now - HOUR), end_time=to_timestamp(now + HOUR), **fields)


def seed_for(stack, tier: str, *, payee: str, locality: str = "Denver", payer: str = "acme-foods") -> tuple[str, str]:
    """A scheduled intent of `payee` on a shipment to `locality`: (shipment id, intent id)."""
    freight, payment = stack.freight_stub(), stack.payment_stub()
    cargo = shipment(tier)
    cargo.destination.locality = locality
    shipment_id = freight.CreateShipment(freight_pb2.CreateShipmentRequest(shipment=cargo), timeout=10).shipment.shipment_id
    token = freight.TokenizeShipment(freight_pb2.TokenizeShipmentRequest(shipment_id=shipment_id), timeout=10).token
    intent = payment.CreatePaymentIntent(
        pb.CreatePaymentIntentRequest(
            payment_intent=pb.PaymentIntent(
                freight_token_id=token.token_id, amount=money(token.face_value.amount_minor), payer_id=payer, payee_id=payee
            )
        ),
        timeout=10,
    ).payment_intent
    payment.BuildPaymentSchedule(pb.BuildPaymentScheduleRequest(intent_id=intent.intent_id), timeout=10)
    return shipment_id, intent.intent_id


def test_stats_group_counts_exact_amounts_and_latency_percentiles(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    shipment_id, intent_id = seed_for(stack, "LOW", payee="roadrunner-freight")
    # POD scanned two hours ago arrives now: released at once (LOW), so event -> release is 2 h.
    record(freight, shipment_id, POD, occurred_at=to_timestamp(stack.clock.now() - 2 * HOUR))
    stack.deliver_events()
    stack.clock.advance(timedelta(minutes=30))
    payment.CompleteSettlement(pb.CompleteSettlementRequest(intent_id=intent_id, rail_reference="ACH-1"), timeout=10)
    seed_for(stack, "MEDIUM", payee="other-carrier")  # scheduled, no milestone yet: no group

    stats = payment.GetSettlementStats(pb.GetSettlementStatsRequest(**window(stack)), timeout=10)

    [group] = stats.groups
    assert (group.risk_tier, group.payee_id, group.currency) == (1, "roadrunner-freight", "USD")
    assert [(s.status, s.count, s.amount_minor) for s in group.statuses] == [(pb.MILESTONE_STATUS_SETTLED, 2, "900005")]
    assert (group.settlement_count, group.amount_minor) == (2, "900005")  # POD 70 % + implied pickup 20 % of 1 000 005
    assert group.event_to_release.count == 2 and group.event_to_release.p50 == Duration(seconds=7200)
    assert group.release_to_settlement.p99 == Duration(seconds=1800)
    assert stats.event_to_release == group.event_to_release and stats.total_size == 1

    only_medium = payment.GetSettlementStats(pb.GetSettlementStatsRequest(**window(stack, risk_tier=2)), timeout=10)
    assert list(only_medium.groups) == [] and only_medium.event_to_release.count == 0


def test_amount_sums_beyond_int64_are_exact_decimal_strings(stack):
    # Three milestones of 2^62 minor units each: their sum (3 * 2^62) does not fit in int64.
    now_us = to_micros(stack.clock.now())
    with stack.pay.db.engine.begin() as conn:
        conn.execute(
            insert(payment_intents).values(
                intent_id="pi_huge",
                freight_token_id="ftk_huge",
                shipment_id="shp_huge",
                amount_minor=2**63 - 1,
                currency="USD",
                payer_id="acme-foods",
                payee_id="giant-carrier",
                description="",
                risk_score_bps=100,
                risk_tier="LOW",
                status="SCHEDULED",
                create_time_us=now_us,
                update_time_us=now_us,
            )
        )
        for index, milestone in enumerate(("PICKUP_CONFIRMED", "POD_CONFIRMED", "CLAIM_WINDOW_CLOSED")):
            conn.execute(
                insert(milestone_settlements).values(
                    settlement_id=f"ms_huge{index}",
                    intent_id="pi_huge",
                    shipment_id="shp_huge",
                    milestone=milestone,
                    amount_minor=2**62,
                    currency="USD",
                    basis_points=3333,
                    status="APPROVED",
                    release_strategy="IMMEDIATE",
                    released_at_us=now_us,
                    create_time_us=now_us,
                    update_time_us=now_us,
                )
            )

    [group] = stack.payment_stub().GetSettlementStats(pb.GetSettlementStatsRequest(**window(stack)), timeout=10).groups

    assert group.amount_minor == str(3 * 2**62) == "13835058055282163712"
    assert [(s.count, s.amount_minor) for s in group.statuses] == [(3, "13835058055282163712")]


def test_stats_windows_are_validated(stack):
    payment = stack.payment_stub()
    error = call_error(payment.GetSettlementStats, pb.GetSettlementStatsRequest(currency="usd"))
    assert error.code == grpc.StatusCode.INVALID_ARGUMENT and set(error.fields) == {"start_time", "currency"}
    now = stack.clock.now()
    backwards = call_error(
        payment.GetSettlementStats, pb.GetSettlementStatsRequest(start_time=to_timestamp(now), end_time=to_timestamp(now - HOUR))
    )
    assert set(backwards.fields) == {"end_time"}
    too_long = call_error(payment.ListRiskSignals, pb.ListRiskSignalsRequest(start_time=to_timestamp(now - timedelta(days=400))))
    assert set(too_long.fields) == {"end_time"}


def signals(stack, *kinds) -> dict[tuple[int, str], pb.RiskSignal]:
    reply = stack.payment_stub().ListRiskSignals(pb.ListRiskSignalsRequest(kinds=list(kinds), page_size=100, **window(stack)), timeout=10)
    return {(s.kind, s.subject_id): s for s in reply.signals}


def evidence(signal: pb.RiskSignal) -> set[tuple[str, str]]:
    return {(e.table, e.row_id) for e in signal.evidence}


def test_shipment_patterns_name_their_rows(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    now = stack.clock.now()
    lonely, lonely_intent = seed_for(stack, "LOW", payee="c1")
    pod = record(freight, lonely, POD)
    repeated, _ = seed_for(stack, "LOW", payee="c1")
    first = record(freight, repeated, PICKUP, occurred_at=to_timestamp(now - 2 * HOUR))
    second_pod = record(freight, repeated, POD, occurred_at=to_timestamp(now - HOUR))
    third_pod = record(freight, repeated, POD)
    backwards, _ = seed_for(stack, "LOW", payee="c1")
    early_pod = record(freight, backwards, POD, occurred_at=to_timestamp(now - HOUR))
    late_pickup = record(freight, backwards, PICKUP)
    stack.deliver_events()
    pickup_share = next(
        s.settlement_id
        for s in payment.ListMilestoneSettlements(pb.ListMilestoneSettlementsRequest(intent_id=lonely_intent), timeout=10).settlements
        if s.milestone == PICKUP
    )

    found = signals(
        stack, pb.RISK_SIGNAL_KIND_POD_WITHOUT_PICKUP, pb.RISK_SIGNAL_KIND_REPEATED_POD, pb.RISK_SIGNAL_KIND_EVENTS_OUT_OF_ORDER
    )

    assert set(found) == {
        (pb.RISK_SIGNAL_KIND_POD_WITHOUT_PICKUP, lonely),
        (pb.RISK_SIGNAL_KIND_REPEATED_POD, repeated),
        (pb.RISK_SIGNAL_KIND_EVENTS_OUT_OF_ORDER, backwards),
    }
    assert evidence(found[(pb.RISK_SIGNAL_KIND_POD_WITHOUT_PICKUP, lonely)]) == {
        ("received_events", pod.event_id),
        ("milestone_settlements", pickup_share),
    }
    repeated_signal = found[(pb.RISK_SIGNAL_KIND_REPEATED_POD, repeated)]
    assert evidence(repeated_signal) == {("received_events", second_pod.event_id), ("received_events", third_pod.event_id)}
    assert (repeated_signal.observed, repeated_signal.subject_type) == (2.0, "shipment")
    assert ("received_events", first.event_id) not in evidence(repeated_signal)
    assert evidence(found[(pb.RISK_SIGNAL_KIND_EVENTS_OUT_OF_ORDER, backwards)]) == {
        ("received_events", early_pod.event_id),
        ("received_events", late_pickup.event_id),
    }
    # A stable id: the same finding on every call.
    assert found[(pb.RISK_SIGNAL_KIND_REPEATED_POD, repeated)].signal_id == f"repeated_pod/{repeated}"


def test_rates_far_above_the_mean_and_volume_spikes_are_found(stack):
    freight, payment = stack.freight_stub(), stack.payment_stub()
    rejected = []
    for _ in range(5):  # every POD milestone of this carrier, on its own lane, is rejected
        shipment_id, intent_id = seed_for(stack, "HIGH", payee="shady-haulage", locality="Nowhere")
        record(freight, shipment_id, POD)
        stack.deliver_events()
        [held] = payment.ListMilestoneSettlements(pb.ListMilestoneSettlementsRequest(intent_id=intent_id), timeout=10).settlements
        payment.ApproveMilestoneSettlement(
            pb.ApproveMilestoneSettlementRequest(settlement_id=held.settlement_id, decision=pb.REVIEW_DECISION_REJECT, reason="no POD"),
            timeout=10,
        )
        rejected.append(held.settlement_id)
    for index in range(15):  # the others' stay pending
        shipment_id, _ = seed_for(stack, "HIGH", payee=f"honest-{index % 3}")
        record(freight, shipment_id, POD)
    stack.deliver_events()

    found = signals(stack)

    carrier = found[(pb.RISK_SIGNAL_KIND_CARRIER_REJECTION_RATE, "shady-haulage")]
    assert (carrier.observed, carrier.baseline, carrier.evidence_count) == (1.0, 0.25, 5)
    assert evidence(carrier) == {("milestone_settlements", settlement_id) for settlement_id in rejected}
    lane = found[(pb.RISK_SIGNAL_KIND_LANE_REJECTION_RATE, "US:CHICAGO>DE:NOWHERE")]
    assert evidence(lane) == evidence(carrier)
    assert not [key for key in found if key[0] == pb.RISK_SIGNAL_KIND_CARRIER_REJECTION_RATE and key[1].startswith("honest")]
    # 20 intents by one shipper in the window, none in the four windows before it.
    spike = found[(pb.RISK_SIGNAL_KIND_SHIPPER_VOLUME_SPIKE, "acme-foods")]
    assert (spike.observed, spike.baseline, spike.evidence_count, len(spike.evidence)) == (20.0, 0.0, 20, 20)
    assert {e.table for e in spike.evidence} == {"payment_intents"}


def test_risk_signals_page_by_kind_and_subject(stack):
    freight = stack.freight_stub()
    lonely = sorted(seed_for(stack, "LOW", payee="c1")[0] for _ in range(3))
    for shipment_id in lonely:
        record(freight, shipment_id, POD)
    stack.deliver_events()
    payment = stack.payment_stub()
    request = pb.ListRiskSignalsRequest(kinds=[pb.RISK_SIGNAL_KIND_POD_WITHOUT_PICKUP], page_size=2, **window(stack))
    first = payment.ListRiskSignals(request, timeout=10)
    request.page_token = first.next_page_token
    second = payment.ListRiskSignals(request, timeout=10)
    assert first.total_size == 3 and second.next_page_token == ""
    assert [s.subject_id for s in (*first.signals, *second.signals)] == lonely
