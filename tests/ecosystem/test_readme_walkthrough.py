"""The README's grpcurl walkthrough and operator flows, executed verbatim against real
server processes, so the documented commands can never rot."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = (
    "## Walkthrough with grpcurl",
    "## Operator flows (grpcurl)",
    "## Notifications, analytics and traces (grpcurl)",
    "## Transparency log (grpcurl)",
    "## Payouts (grpcurl)",
    "## Cargo claims (grpcurl)",
)
pytestmark = [pytest.mark.e2e, pytest.mark.skipif(shutil.which("jq") is None, reason="the walkthrough uses jq")]


def readme_commands() -> str:
    """The ```sh blocks of the walkthrough sections, in order."""
    text = (ROOT / "README.md").read_text()
    blocks = []
    for heading in SECTIONS:
        start = text.index(heading)
        end = text.find("\n## ", start + len(heading))
        section = text[start : end if end != -1 else len(text)]
        blocks += re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    return "\n".join(blocks)


def test_walkthrough_has_the_seed_workflow():
    commands = readme_commands()
    for rpc in (
        "CreateShipment",
        "TokenizeShipment",
        "CreatePaymentIntent",
        "BuildPaymentSchedule",
        "RecordShipmentEvent",
        "ListMilestoneSettlements",
        "ApproveMilestoneSettlement",
        "SettlePaymentIntent",
        "CompleteSettlement",
        "GetSettlementHistory",
        "GetShipmentAudit",
        "WatchSettlements",
        "GetSignedTreeHead",
        "GetInclusionProof",
    ):
        assert f"/{rpc}" in commands, rpc


def test_walkthrough_has_the_payout_story():
    commands = readme_commands()
    for rpc in ("RegisterPayeeAccount", "CreatePayoutRun", "GetPayout", "GetPayoutFile", "ConfirmPayout"):
        assert f"/{rpc}" in commands, rpc


def test_walkthrough_has_the_damaged_cargo_story():
    commands = readme_commands()
    story = commands[commands.index("BOL-2026-0077") :]
    steps = ("SHIPMENT_EVENT_TYPE_POD_CONFIRMED", "/FileClaim", "SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED", "CLAIM_DECISION_CARRIER_LIABLE")
    assert [story.index(step) for step in steps] == sorted(story.index(step) for step in steps)  # in this order
    assert "/ResolveClaim" in story


def test_readme_walkthrough_runs_against_real_servers(processes, tmp_path):
    script = readme_commands()
    script = script.replace("F=127.0.0.1:50051; P=127.0.0.1:50052", f"F={processes.freight.address}; P={processes.pay.address}")
    assert processes.freight.address in script
    log_files = f"LOG_KEY={processes.log_public_key}; PAY_DB={processes.pay_db_url}; HEAD={tmp_path}/pay-log.head"
    script = script.replace("LOG_KEY=var/dev-log-key.pub; PAY_DB=sqlite:///$PWD/var/payment.db; HEAD=var/pay-log.head", log_files)
    assert log_files in script
    grpcurl_dir = str(Path(sys.executable).parent)
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PATH": f"{grpcurl_dir}{os.pathsep}{os.environ['PATH']}"},
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    # The documented figures come out of the real servers.
    for fragment in (
        '"amount_minor": "100000"',
        '"amount_minor": "700004"',
        '"amount_minor": "200001"',
        '"risk_tier": "RISK_TIER_MEDIUM"',
        "MILESTONE_STATUS_DELAYED",
        "MILESTONE_STATUS_SETTLED",
        '"rail_reference": "ACH-20261126-0001"',
        "grpcurl exit code 67",
        "field_violations",
        '"webhook_secret": "whsec_',
        "NOTIFICATION_DELIVERY_STATE_PENDING",
        "could not connect: 127.0.0.1",
        '"settlement_count": "3"',
        "RISK_SIGNAL_KIND_POD_WITHOUT_PICKUP",
        '"table": "received_events"',
        "ok: the log extends the saved head",
        "is leaf",
        "ok: full audit",
        # Payouts: the account refused then registered, the run with its skipped payee, the
        # SEPA file, and the bank's confirmation.
        '"field":"account.iban"',
        '"masked_account_number": "DE02 **** **** **** 2051"',
        '"reason": "PAYOUT_SKIP_REASON_NO_ACCOUNT_FOR_CURRENCY"',
        "TOTAL,,2250.00,EUR",
        '<InstdAmt Ccy="EUR">2250.00</InstdAmt>',
        "<IBAN>DE02120300000000202051</IBAN>",
        '"status": "PAYOUT_STATUS_PAID"',
        '"rail_reference": "DEUT-20261127-004711"',
        # The damaged-cargo story: held, split at the window, a deduction returned, totals exact.
        '"CLAIM_STATUS_OPEN","held_minor":"75000"',
        '["SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED",0,"25000","MILESTONE_STATUS_APPROVED"]',
        '["SHIPMENT_EVENT_TYPE_CLAIM_WINDOW_CLOSED",1,"75000","MILESTONE_STATUS_ON_HOLD"]',
        '"reason":"CLAIM_WINDOW_CLOSED"',
        '["CLAIM_STATUS_RESOLVED","50000","50000","25000"]',
        '[2,"50000","MILESTONE_STATUS_RETURNED"]',
        '"released_minor":"950005","voided_minor":"50000"',
    ):
        assert fragment in out + result.stderr, fragment
