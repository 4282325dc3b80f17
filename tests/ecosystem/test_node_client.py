"""The Node.js client (clients/node) runs the seed workflow against both servers as real
processes and prints exact amounts; its failures carry the gRPC status."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from chainbridge.payment.v1 import payment_pb2

from tests.support.servers import free_port

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
CLIENT_DIR = ROOT / "clients" / "node"
NODE = shutil.which("node")

if NODE is None:
    pytest.skip("node is not installed; the Node client needs Node.js 18+", allow_module_level=True)


def run_client(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    assert (CLIENT_DIR / "node_modules" / "@grpc" / "grpc-js").is_dir(), (
        "the Node client's packages are not installed: run scripts/test (or `npm ci` in clients/node)"
    )
    return subprocess.run(
        [NODE, str(CLIENT_DIR / "seed_workflow.js"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_node_client_runs_the_seed_workflow_with_exact_amounts(processes):
    result = run_client("--freight-addr", processes.freight.address, "--payment-addr", processes.pay.address, "--wait-seconds", "20")
    assert result.returncode == 0, f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    summary = json.loads(result.stdout)

    assert summary["risk_tier"] == "RISK_TIER_MEDIUM" and summary["risk_score_bps"] == 3500
    assert summary["amount"] == {"amount_minor": "1000005", "currency": "USD"}
    assert [(item["milestone"], item["amount_minor"]) for item in summary["schedule"]] == [
        ("SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED", "100000"),
        ("SHIPMENT_EVENT_TYPE_POD_CONFIRMED", "700004"),
        ("SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED", "200001"),
    ]
    # int64 amounts travel as exact decimal strings (longs: String), never as floats.
    milestones = {m["milestone"]: m for m in summary["milestones"]}
    assert set(milestones) == {"SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED", "SHIPMENT_EVENT_TYPE_POD_CONFIRMED"}
    pickup, pod = milestones["SHIPMENT_EVENT_TYPE_PICKUP_CONFIRMED"], milestones["SHIPMENT_EVENT_TYPE_POD_CONFIRMED"]
    assert (pickup["amount"], pickup["status"]) == ({"amount_minor": "100000", "currency": "USD"}, "MILESTONE_STATUS_DELAYED")
    assert (pod["amount"], pod["status"]) == ({"amount_minor": "700004", "currency": "USD"}, "MILESTONE_STATUS_APPROVED")
    assert pickup["source_event_id"] == pod["source_event_id"] == summary["pod_event_id"]  # POD implies pickup

    # What the client printed is what the payment service holds.
    reply = processes.payment_stub.ListMilestoneSettlements(
        payment_pb2.ListMilestoneSettlementsRequest(intent_id=summary["intent_id"]), timeout=10
    )
    assert sorted((s.settlement_id, s.amount.amount_minor) for s in reply.settlements) == sorted(
        (m["settlement_id"], int(m["amount"]["amount_minor"])) for m in summary["milestones"]
    )


def test_node_client_reads_addresses_from_the_environment_and_reports_the_grpc_status():
    nobody = f"127.0.0.1:{free_port()}"  # nothing listens there
    result = run_client(env={"PATH": "/usr/bin:/bin", "FREIGHT_SERVICE_ADDR": nobody, "PAYMENT_SERVICE_ADDR": nobody})
    assert result.returncode == 1
    assert result.stdout == ""
    assert "CreateShipment failed: UNAVAILABLE (14)" in result.stderr
    assert nobody in result.stderr


def test_node_client_refuses_unknown_options():
    result = run_client("--freight", "127.0.0.1:1")
    assert result.returncode == 2
    assert "unknown or incomplete option: --freight" in result.stderr
