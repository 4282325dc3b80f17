"""The contract: generated code is current, buf lint is clean, and every RPC the design
fixes is declared with <Rpc>Request/<Rpc>Response messages."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

import pytest
from chainbridge.freight.v1 import freight_pb2
from chainbridge.payment.v1 import payment_pb2

ROOT = Path(__file__).resolve().parents[2]
BUF = ROOT / "node_modules" / ".bin" / "buf"

FREIGHT_RPCS = {
    "CreateShipment",
    "GetShipment",
    "ListShipments",
    "UpdateShipment",
    "TokenizeShipment",
    "GetFreightToken",
    "ListFreightTokens",
    "RecordShipmentEvent",
    "ListShipmentEvents",
}
PAYMENT_RPCS = {
    "CreatePaymentIntent",
    "GetPaymentIntent",
    "ListPaymentIntents",
    "AssessRisk",
    "SettlePaymentIntent",
    "CompleteSettlement",
    "GetSettlementHistory",
    "BuildPaymentSchedule",
    "GetPaymentSchedule",
    "ProcessShipmentEvent",
    "ListMilestoneSettlements",
    "ApproveMilestoneSettlement",
    "GetShipmentAudit",
    "WatchSettlements",
}


def _diff(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right)
    problems = [f"only in {left}: {name}" for name in comparison.left_only]
    problems += [f"only in {right}: {name}" for name in comparison.right_only]
    problems += [f"differs: {left / name}" for name in comparison.diff_files]
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    problems += [f"differs: {left / name}" for name in mismatch + errors if f"differs: {left / name}" not in problems]
    for sub in comparison.common_dirs:
        problems += _diff(left / sub, right / sub)
    return problems


def test_generated_code_is_current(tmp_path):
    out = tmp_path / "generated"
    subprocess.run([sys.executable, str(ROOT / "scripts/lib/gen_protos.py"), "--out", str(out)], check=True, capture_output=True)
    problems = _diff(ROOT / "generated", out)
    assert not problems, "generated/ is stale; run scripts/gen_protos and commit:\n" + "\n".join(problems)


@pytest.mark.skipif(not BUF.exists(), reason="node tools not installed; scripts/test installs them")
def test_buf_lint_is_clean():
    result = subprocess.run([str(BUF), "lint"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "service", "rpcs"), [(freight_pb2, "FreightService", FREIGHT_RPCS), (payment_pb2, "PaymentService", PAYMENT_RPCS)]
)
def test_every_designed_rpc_is_declared(module, service, rpcs):
    methods = {m.name: m for m in module.DESCRIPTOR.services_by_name[service].methods}
    assert rpcs <= set(methods)
    for name, method in methods.items():
        assert method.input_type.name == f"{name}Request"
        assert method.output_type.name == f"{name}Response"
    streaming = {name for name, method in methods.items() if method.server_streaming or method.client_streaming}
    assert streaming == ({"WatchSettlements"} if service == "PaymentService" else set())
    assert not methods.get("WatchSettlements") or not methods["WatchSettlements"].client_streaming


def test_generated_packages_import_without_path_tricks():
    program = "import chainbridge.freight.v1.freight_pb2_grpc, chainbridge.payment.v1.payment_pb2_grpc, chainbridge.common.v1.common_pb2; print('ok')"
    result = subprocess.run([sys.executable, "-c", program], cwd="/", capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr
