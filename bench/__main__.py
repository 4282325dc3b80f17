"""`python -m bench` (or scripts/bench): set up, load, measure, print one table.

scripts/bench                       # every section on SQLite and PostgreSQL (~7 min on 2 cores)
scripts/bench --quick               # the same with tiny counts: a smoke run (~1 min)
scripts/bench --only ceiling,record --backends sqlite

Every per-call load comes from bench.loadgen, a grpc.aio client process; the ceiling is a no-op
on bench.noop_server, a bare grpcio sync server process (see bench/sections.py).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import shlex
import signal
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench import profiling
from bench.report import render
from bench.sections import BACKENDS, DEFAULT_SECTIONS, FULL, QUICK, SECTIONS, Bench
from bench.stack import Workspace


def _list(choices: tuple[str, ...]):
    def parse(value: str) -> list[str]:
        items = [item.strip() for item in value.split(",") if item.strip()]
        unknown = [item for item in items if item not in choices]
        if unknown or not items:
            raise argparse.ArgumentTypeError(f"choose from {', '.join(choices)}")
        return items

    return parse


def _interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="tiny counts and 1 s runs: a smoke run of every section")
    parser.add_argument(
        "--only",
        type=_list(SECTIONS),
        default=list(DEFAULT_SECTIONS),
        help=f"comma-separated sections: {','.join(SECTIONS)} (soak only when named)",
    )
    parser.add_argument("--backends", type=_list(BACKENDS), default=list(BACKENDS), help="comma-separated: sqlite,postgresql")
    parser.add_argument("--runs", type=int, help="measured runs per figure (default 3; the table shows their median and min-max)")
    parser.add_argument("--seconds", type=float, help="length of each measured run of ceiling, record and process")
    parser.add_argument("--bulk-events", type=int, help="events per backfill run (default 20,000; 300 with --quick)")
    parser.add_argument("--bulk-seconds", type=float, help="time cap on submitting one backfill run")
    parser.add_argument("--soak-seconds", type=float, help="length of the soak (default 600 s)")
    parser.add_argument("--scale-intents", type=int, help="the large number of stored intents for the scale section")
    parser.add_argument(
        "--profile", type=Path, metavar="DIR",
        help="sample both servers with py-spy during the first measured run at the highest record concurrency; summaries to DIR",
    )  # fmt: skip
    parser.add_argument("--keep-workdir", action="store_true", help="keep server logs and SQLite files (path printed at the end)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    plan = QUICK if args.quick else FULL
    overrides: dict[str, object] = {}
    if args.runs:
        overrides["runs"] = args.runs
    if args.seconds:
        overrides.update(
            ceiling_seconds=args.seconds, record_seconds=args.seconds, process_seconds=args.seconds, scale_seconds=args.seconds
        )
    if args.bulk_events:
        overrides["bulk_events"] = args.bulk_events
    if args.soak_seconds:
        overrides["soak_seconds"] = args.soak_seconds
    if args.bulk_seconds:
        overrides["bulk_seconds"] = args.bulk_seconds
    if args.scale_intents:
        overrides["scale_intents"] = {backend: (small, args.scale_intents) for backend, (small, _large) in plan.scale_intents.items()}
    plan = dataclasses.replace(plan, **overrides)
    if args.profile and profiling.py_spy() is None:
        print("scripts/bench: --profile needs py-spy (a dev dependency; scripts/bench installs it)", file=sys.stderr)
        return 2
    sections = [s for s in SECTIONS if s in args.only]
    backends = [b for b in BACKENDS if b in args.backends]

    # SIGTERM unwinds like Ctrl-C, so the finally blocks stop servers and drop databases.
    signal.signal(signal.SIGTERM, _interrupt)
    command = "scripts/bench " + " ".join(shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
    started, load_before = time.perf_counter(), os.getloadavg()
    workspace = Workspace(keep=args.keep_workdir)
    bench = Bench(plan, sections, backends, workspace, profile_dir=args.profile)
    try:
        bench.run()
    finally:
        workspace.close()
    load_after = os.getloadavg()
    header = [
        f"ChainBridge bench: `{command.strip()}` - {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {time.perf_counter() - started:.0f} s",
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, load average {load_before[0]:.1f} before / {load_after[0]:.1f} after",
        f"each figure: median of {plan.runs} runs (min-max) after a {plan.warmup_seconds:g} s warm-up; servers as processes on loopback "
        f"with default settings; settled = the POD milestone APPROVED on pay's WatchSettlements stream",
        "load: a grpc.aio closed-loop client in its own process (it also reads the settlement stream); "
        "ceiling: that client against a no-op method on a bare grpcio sync server in its own process",
    ]
    if args.profile:
        header.append(
            f"py-spy sampled the servers during the first measured run at the highest record concurrency (summaries in {args.profile})"
        )
    print(render(bench.figures, header), flush=True)
    if args.keep_workdir:
        print(f"\nserver logs and SQLite files: {workspace.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
