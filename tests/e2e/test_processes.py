"""Both servers as real processes: the seed workflow for every tier, exactly, and a
clean stop on SIGTERM."""

from __future__ import annotations

import subprocess
import sys

import pytest
from chainbridge.freight.v1 import freight_pb2
from chainbridge.payment.v1 import payment_pb2

from tests.support.waiting import eventually
from tests.support.workflow import CLAIM_WINDOW, PICKUP, POD, amounts, milestones, record, seed, statuses

pytestmark = pytest.mark.e2e

EXPECTED = {
    # tier: (amounts by milestone after POD + claim window, statuses)
    "LOW": ({"PICKUP_CONFIRMED": 200_001, "POD_CONFIRMED": 700_004, "CLAIM_WINDOW_CLOSED": 100_000}, {"APPROVED"}),
    "MEDIUM": ({"PICKUP_CONFIRMED": 100_000, "POD_CONFIRMED": 700_004, "CLAIM_WINDOW_CLOSED": 200_001}, {"DELAYED", "APPROVED"}),
    "HIGH": ({"POD_CONFIRMED": 800_004, "CLAIM_WINDOW_CLOSED": 200_001}, {"PENDING"}),
}


def _all_delivered(freight, shipment_id: str) -> bool:
    events = freight.ListShipmentEvents(freight_pb2.ListShipmentEventsRequest(shipment_id=shipment_id), timeout=5).events
    return all(e.delivery.state == freight_pb2.DELIVERY_STATE_DELIVERED for e in events)


def test_seed_workflow_for_every_tier_across_processes(processes):
    freight, payment = processes.freight_stub, processes.payment_stub
    bystander = seed(freight, payment, "LOW", reference="BOL-BYSTANDER")
    for tier, (expected_amounts, expected_statuses) in EXPECTED.items():
        seeded = seed(freight, payment, tier, amount_minor=1_000_005, reference=f"BOL-{tier}")
        record(freight, seeded.shipment_id, POD)  # before pickup: releases both shares
        record(freight, seeded.shipment_id, CLAIM_WINDOW)
        record(freight, seeded.shipment_id, PICKUP)  # late scan: recorded, pays nothing more
        record(freight, seeded.shipment_id, POD)  # duplicate type: recorded, pays nothing more
        shipment_id = seeded.shipment_id
        eventually(lambda shipment_id=shipment_id: _all_delivered(freight, shipment_id), message=f"{tier} events delivered")

        assert amounts(payment, seeded.intent_id) == expected_amounts, tier
        assert set(statuses(payment, seeded.intent_id).values()) == expected_statuses, tier
        assert sum(expected_amounts.values()) == 1_000_005 or tier == "HIGH"
        audit = payment.GetShipmentAudit(payment_pb2.GetShipmentAuditRequest(shipment_id=seeded.shipment_id))
        assert len(audit.events) == 5  # CREATED + four recorded, each once
        assert [t.scheduled_minor for t in audit.totals] == [1_000_005]

    assert milestones(payment, bystander.intent_id) == {}


def test_sigterm_ends_open_streams_and_exits_cleanly(processes):
    watch = processes.payment_stub.WatchSettlements(payment_pb2.WatchSettlementsRequest(), timeout=30)
    assert dict(watch.initial_metadata())["x-watch-start-cursor"] == "0"  # the stream is open on the server
    assert processes.pay.terminate(timeout=15) == 0
    assert list(watch) == []  # ended by the server's shutdown, not by the 30 s deadline
    assert processes.freight.terminate(timeout=15) == 0
    for server in (processes.freight, processes.pay):
        assert "shutting down" in server.log() and "stopped" in server.log()


def test_chainbridge_demo_prints_the_milestone_table(processes):
    result = subprocess.run(
        [sys.executable, "-m", "chainbridge_cli", "demo", "--freight", processes.freight.address, "--payment", processes.pay.address],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    assert "1000.00 USD" in lines["PICKUP_CONFIRMED"] and "DELAYED" in lines["PICKUP_CONFIRMED"]
    assert "7000.04 USD" in lines["POD_CONFIRMED"] and "APPROVED" in lines["POD_CONFIRMED"]
    assert "2000.01 USD" in lines["CLAIM_WINDOW_CLOSED"] and "DELAYED" in lines["CLAIM_WINDOW_CLOSED"]
    assert "10000.05 USD" in lines["total"]
