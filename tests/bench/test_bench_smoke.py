"""The benchmark in its quickest mode, and its load generator on tiny runs: real processes, the
JSON the generator reports, counts that add up, nothing left behind. No timing is asserted -
the figures depend on the machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.bulk import BulkContext, historical_events, record_one_by_one
from bench.load import NoopServer, project_max_workers
from bench.seeding import seed_shipments
from bench.stack import Workspace, running_stack
from chainbridge_common.runtime.ids import new_id

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SUMMARY_KEYS = {"p50", "p90", "p99", "max"}


def _table_rows(output: str) -> list[dict[str, str]]:
    lines = [line for line in output.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    return [dict(zip(header, (cell.strip() for cell in line.strip("|").split("|")), strict=True)) for line in lines[2:]]


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _processes_mentioning(text: str) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            command = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in command:
            found.append(command)
    return found


def _assert_summary(summary: dict[str, float]) -> None:
    assert set(summary) == SUMMARY_KEYS, summary
    assert 0 < summary["p50"] <= summary["p90"] <= summary["p99"] <= summary["max"], summary


def test_quick_bench_prints_a_table_of_numbers_and_cleans_up(tmp_path):
    command = [
        sys.executable, "-m", "bench", "--quick", "--only", "ceiling,record,process", "--backends", "sqlite",
        "--runs", "1", "--seconds", "0.5",
    ]  # fmt: skip
    # The bench's workspace (SQLite files, server logs) goes under tmp_path, so we can
    # check that it is gone and that no server still runs on it.
    env = {**os.environ, "TMPDIR": str(tmp_path), "GRPC_VERBOSITY": "ERROR"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr

    rows = _table_rows(done.stdout)
    cases = {(row["section"], row["case"], row["metric"]) for row in rows}
    for concurrency in (8, 32):
        ceiling = [row for row in rows if row["section"] == "ceiling" and row["case"].endswith(f"sync server, c={concurrency}")]
        assert {row["metric"] for row in ceiling} == {"throughput (calls/s)", "latency p50 (ms)", "latency p99 (ms)"}, ceiling
    for concurrency in (1, 8, 32):
        for metric in ("settled events (events/s)", "settled events/s / no-op ceiling c=32 (ratio)", "record→settled p50 (ms)"):
            assert ("record", f"c={concurrency}", metric) in cases
    assert ("process", "ProcessShipmentEvent, c=8", "throughput (calls/s)") in cases
    for row in rows:
        assert row["backend"] == "sqlite"
        assert _number(row["median"]) > 0, row
        low, high = (_number(part) for part in row["min–max"].split("–"))
        assert 0 < low <= _number(row["median"]) <= high, row

    assert not list(tmp_path.glob("chainbridge-bench-*")), "the bench left its workspace behind"
    assert not _processes_mentioning(str(tmp_path)), "a server process outlived the bench"
    assert not _processes_mentioning("bench.loadgen"), "a load generator outlived the bench"
    assert not _processes_mentioning("bench.noop_server"), "a no-op server outlived the bench"


def test_load_generator_answers_its_protocol_in_json():
    """The raw protocol against the bare no-op server: one JSON answer per command, the run's
    report with its percentiles, and a count bounded by max_operations."""
    server = NoopServer(project_max_workers())
    generator = subprocess.Popen(
        [sys.executable, "-m", "bench.loadgen", f"--noop={server.address}"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT, env={**os.environ, "GRPC_VERBOSITY": "ERROR"}, text=True,
    )  # fmt: skip
    assert generator.stdin is not None and generator.stdout is not None

    def ask(command: dict) -> dict:
        generator.stdin.write(json.dumps(command) + "\n")
        generator.stdin.flush()
        return json.loads(generator.stdout.readline())

    try:
        assert ask({"command": "run", "operation": "noop", "concurrency": 4, "seconds": 60, "max_operations": 50}) == {"ready": True}
        report = ask({"command": "go"})
        assert set(report) == {"operation", "concurrency", "count", "elapsed_seconds", "throughput", "cpu_seconds", "latency_ms"}
        assert (report["operation"], report["concurrency"], report["count"]) == ("noop", 4, 50)
        assert report["throughput"] == pytest.approx(report["count"] / report["elapsed_seconds"])
        assert report["cpu_seconds"] > 0
        _assert_summary(report["latency_ms"])

        # Bounded by time alone, then an operation this generator has no channel for.
        assert ask({"command": "run", "operation": "noop", "concurrency": 2, "seconds": 0.2}) == {"ready": True}
        assert ask({"command": "go"})["count"] > 0
        assert "--freight" in ask({"command": "run", "operation": "record", "concurrency": 1, "seconds": 1, "items": ["shp_x"]})["error"]
    finally:
        generator.stdin.close()
        assert generator.wait(30) == 0  # end of input: it closes its channels and exits
        generator.stdout.close()
        server.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_load_generator_records_processes_and_backfills_events_that_add_up(backend):
    """A few events through both servers: every recorded event settles once on the watch with
    its two milestone changes, pay's own calls are all counted, and a backfill's lifecycles are
    sent whole."""
    workspace = Workspace()
    try:
        with running_stack(workspace, backend) as stack:
            generator = stack.load_generator()
            pool = seed_shipments(stack.freight_url, stack.pay_url, 30)
            generator.watch()
            recorded = generator.run("record", concurrency=4, seconds=60, items=[shipment.shipment_id for shipment in pool[:20]])
            seen = generator.unwatch()
            assert recorded.count == recorded.acked == 20
            _assert_summary(recorded.latency_ms)
            _assert_summary(recorded.ack_ms)
            assert recorded.ack_ms["p50"] <= recorded.latency_ms["max"]  # settling follows freight's answer
            assert seen == {"events": 20, "changes": 40, "settled": 20, "wrong": {}, "wrong_count": 0}

            items = [{"event_id": new_id("sev"), "shipment_id": shipment.shipment_id} for shipment in pool[20:]]
            processed = generator.run("process", concurrency=3, seconds=60, items=items, max_operations=8)
            assert processed.count == 8
            _assert_summary(processed.latency_ms)

            # The one-event-at-a-time backfill: whole lifecycles, each shipment's events in order.
            events = historical_events(seed_shipments(stack.freight_url, stack.pay_url, 3))
            context = BulkContext(stack.freight_stub(), stack.payment_stub(), generator)
            assert record_one_by_one(context, events, time.perf_counter() + 60) == events
            loader_pid = generator.pid
        assert not _processes_mentioning(f"--freight={stack.freight.address}"), f"load generator {loader_pid} outlived its stack"
    finally:
        workspace.close()
