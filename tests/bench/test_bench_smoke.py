"""The benchmark in its quickest mode: it sets up, runs real server processes, prints its
table with a number in every cell, and leaves nothing behind. No timing is asserted -
the figures depend on the machine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


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


def test_quick_bench_prints_a_table_of_numbers_and_cleans_up(tmp_path):
    command = [
        sys.executable,
        "-m",
        "bench",
        "--quick",
        "--only",
        "ceiling,record",
        "--backends",
        "sqlite",
        "--runs",
        "1",
        "--seconds",
        "0.5",
    ]
    # The bench's workspace (SQLite files, server logs) goes under tmp_path, so we can
    # check that it is gone and that no server still runs on it.
    env = {**os.environ, "TMPDIR": str(tmp_path), "GRPC_VERBOSITY": "ERROR"}
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr

    rows = _table_rows(done.stdout)
    cases = {(row["section"], row["case"], row["metric"]) for row in rows}
    assert ("ceiling", "Health.Check on freight, c=8", "throughput (calls/s)") in cases
    for concurrency in (1, 8, 32):
        assert ("record", f"c={concurrency}", "settled events (events/s)") in cases
        assert ("record", f"c={concurrency}", "record→settled p50 (ms)") in cases
    for row in rows:
        assert row["backend"] == "sqlite"
        assert _number(row["median"]) > 0, row
        low, high = (_number(part) for part in row["min–max"].split("–"))
        assert 0 < low <= _number(row["median"]) <= high, row

    assert not list(tmp_path.glob("chainbridge-bench-*")), "the bench left its workspace behind"
    assert not _processes_mentioning(str(tmp_path)), "a server process outlived the bench"
