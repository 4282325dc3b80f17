"""The bench's sections, run against one backend at a time.

ceiling   - a no-op unary RPC on a bare grpcio sync server of the same stack (bench.noop_server:
            same grpcio, thread pool of the project servers' size, no interceptors, no database),
            in its own process, at c=8 and c=32: the most calls/s this stack can answer at all on
            this machine; c=32 is the reference for ratios.
record    - RecordShipmentEvent (POD on a LOW shipment) until pay has committed the
            milestone settlement, observed on a WatchSettlements stream.
process   - PaymentService.ProcessShipmentEvent alone (pay, no freight, no outbox); then again on
            a second stack whose pay runs with --transparency-log off, for what the log costs.
scale     - record -> settled latency at concurrency 1 with few and with many payment
            intents stored (fresh databases, servers restarted).
bulk      - a backfill of historical events through each registered loader (bench.bulk).
resources - peak RSS of each server and CPU seconds per 1,000 events per process.

Every per-call section is driven by the same load generator: a grpc.aio closed-loop client in
its own process (bench.loadgen), which also reads the WatchSettlements stream. The ceiling is
measured before each backend's servers start, so it and that backend's ratios come from the
same minutes of a machine whose load may drift.
"""

from __future__ import annotations

import contextlib
import math
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, func, select

from bench import profiling
from bench.bulk import BULK_LOADERS, PAYING, BulkContext, historical_events
from bench.load import LoadGenerator, NoopServer, RunResult, project_max_workers
from bench.report import Figure
from bench.seeding import seed_background_intents, seed_shipments
from bench.stack import CLEANUP, Stack, Workspace, cpu_delta, cpu_seconds, rss_mib, running_stack
from chainbridge_common.runtime.ids import new_id
from pay_server.storage.schema import milestone_settlements, received_events

SECTIONS = ("ceiling", "record", "process", "scale", "bulk", "resources", "soak")
# The soak runs for minutes: only when asked for (--only soak).
DEFAULT_SECTIONS = tuple(s for s in SECTIONS if s != "soak")
BACKENDS = ("sqlite", "postgresql")


@dataclass(frozen=True)
class Plan:
    """How much load each section applies. Runs are time-bounded; `*_cap` bounds the
    operations of one run (and so the rows seeded for it)."""

    runs: int = 3
    warmup_seconds: float = 1.0
    ceiling_seconds: float = 3.0
    ceiling_concurrency: tuple[int, ...] = (8, 32)  # the last one is the reference for ratios
    record_seconds: float = 5.0
    record_concurrency: tuple[int, ...] = (1, 8, 32)
    record_cap: dict[int, int] = field(default_factory=lambda: {1: 400, 8: 1_500, 32: 2_500})
    process_seconds: float = 4.0
    process_concurrency: int = 8
    process_cap: int = 2_500
    scale_intents: dict[str, tuple[int, int]] = field(
        default_factory=lambda: {"postgresql": (1_000, 1_000_000), "sqlite": (1_000, 100_000)}
    )
    scale_seconds: float = 5.0
    scale_cap: int = 400
    bulk_events: int = 20_000
    bulk_seconds: float = 12.0
    soak_seconds: float = 600.0
    soak_concurrency: int = 8
    soak_chunk_seconds: float = 30.0


FULL = Plan()
QUICK = Plan(
    warmup_seconds=0.2,
    ceiling_seconds=0.5,
    record_seconds=0.5,
    record_cap={1: 40, 8: 150, 32: 300},
    process_seconds=0.5,
    process_cap=200,
    scale_intents={"postgresql": (1_000, 10_000), "sqlite": (1_000, 10_000)},
    scale_seconds=0.5,
    scale_cap=40,
    bulk_events=300,
    bulk_seconds=1.0,
)

CPU_GROUPS = ("freight", "pay", "database", "client")


_STARTED = time.perf_counter()


def _say(message: str) -> None:
    print(f"bench [{time.perf_counter() - _STARTED:5.0f} s]: {message}", file=sys.stderr, flush=True)


class BenchError(RuntimeError):
    """The system did something the bench did not expect (wrong settlements...)."""


class Bench:
    def __init__(self, plan: Plan, sections: list[str], backends: list[str], workspace: Workspace, profile_dir: Path | None = None):
        self.plan = plan
        self.profile_dir = profile_dir
        self.sections = sections
        self.backends = backends
        self.workspace = workspace
        self.figures: list[Figure] = []
        self.ceiling: dict[str, float] = {}  # per backend: the no-op ceiling at the highest concurrency, calls/s

    def add(self, section: str, backend: str, case: str, metric: str, unit: str, values: list[float], note: str = "") -> Figure:
        figure = Figure(section, backend, case, metric, unit, list(values), note)
        self.figures.append(figure)
        return figure

    def _add_ceiling_ratio(self, section: str, backend: str, case: str, throughput: list[float], what: str) -> None:
        """Each run's throughput as a fraction of the median no-op ceiling at its reference concurrency."""
        ceiling = self.ceiling.get(backend)
        if ceiling:
            reference = max(self.plan.ceiling_concurrency)
            self.add(
                section, backend, case, f"{what} / no-op ceiling c={reference}", "ratio", [value / ceiling for value in throughput],
                f"ceiling {ceiling:,.0f} calls/s",
            )  # fmt: skip

    def run(self) -> None:
        for backend in self.backends:
            if "ceiling" in self.sections:
                self._ceiling(backend)
            shared = [s for s in self.sections if s not in ("ceiling", "scale")]
            if shared:
                _say(f"{backend}: starting freight and pay")
                with running_stack(self.workspace, backend) as stack:
                    self._shared_stack_sections(stack)
            if "process" in self.sections:
                self._transparency_log_off(backend)
            if "scale" in self.sections:
                self._scale(backend)

    def _runs(self, measure: Callable[[float], RunResult], seconds: float) -> list[RunResult]:
        """A warm-up run (discarded), then plan.runs measured ones."""
        if self.plan.warmup_seconds > 0:
            measure(self.plan.warmup_seconds)
        return [measure(seconds) for _ in range(self.plan.runs)]

    # ------------------------------------------------------------ the ceiling: its own processes

    def _ceiling(self, backend: str) -> None:
        """The no-op on the bare server, driven by the same generator as every other section."""
        max_workers = project_max_workers()
        server: NoopServer | None = None
        generator: LoadGenerator | None = None

        def stop() -> None:
            for process in (generator, server):
                if process is not None:
                    process.close()

        cleanup_key = CLEANUP.add(stop)
        try:
            server = NoopServer(max_workers, log_path=self.workspace.path / "noop_server.log")
            generator = LoadGenerator(noop=server.address, log_path=self.workspace.path / "loadgen_noop.log")
            for concurrency in self.plan.ceiling_concurrency:
                _say(f"{backend}: ceiling: no-op on a bare grpcio server at c={concurrency}")
                cpu: list[tuple[float, float]] = []  # (server, generator) CPU seconds per call, per run

                def measure(seconds: float, concurrency: int = concurrency, cpu: list[tuple[float, float]] = cpu) -> RunResult:
                    assert server is not None and generator is not None
                    before: list[float] = []
                    result = generator.run(
                        "noop", concurrency=concurrency, seconds=seconds,
                        before_start=lambda: before.extend((cpu_seconds(server.pid), cpu_seconds(generator.pid))),
                    )  # fmt: skip
                    server_cpu, generator_cpu = cpu_seconds(server.pid) - before[0], cpu_seconds(generator.pid) - before[1]
                    if result.count:
                        cpu.append((server_cpu / result.count, generator_cpu / result.count))
                    return result

                results = self._runs(measure, self.plan.ceiling_seconds)
                measured_cpu = cpu[-len(results) :]
                case = f"no-op on a bare grpcio {server.grpcio_version} sync server, c={concurrency}"
                figure = self.add(
                    "ceiling", backend, case, "throughput", "calls/s", [r.throughput for r in results],
                    f"{max_workers} worker threads; CPU per call: server "
                    f"{1e3 * statistics.median(c[0] for c in measured_cpu):.2f} ms, "
                    f"load generator {1e3 * statistics.median(c[1] for c in measured_cpu):.2f} ms",
                )  # fmt: skip
                self.add("ceiling", backend, case, "latency p50", "ms", [r.latency_ms["p50"] for r in results])
                self.add("ceiling", backend, case, "latency p99", "ms", [r.latency_ms["p99"] for r in results])
                self.ceiling[backend] = figure.median
        finally:
            stop()
            CLEANUP.done(cleanup_key)

    # ------------------------------------------------------------ one stack, several sections

    def _shared_stack_sections(self, stack: Stack) -> None:
        cpu: dict[str, list[dict[str, float]]] = {}
        if "record" in self.sections or "resources" in self.sections:
            concurrency = self.plan.record_concurrency if "record" in self.sections else (max(self.plan.record_concurrency),)
            cpu.update(self._record(stack, concurrency, report="record" in self.sections))
        if "process" in self.sections:
            cpu.update(self._process(stack))
        if "bulk" in self.sections:
            cpu.update(self._bulk(stack))
        if "resources" in self.sections:
            self._resources(stack, cpu)
        if "soak" in self.sections:
            self._soak(stack)

    def _soak(self, stack: Stack) -> None:
        """Sustained record -> settled load; RSS of both servers sampled after each chunk.
        Growth is the last sample against the first one taken after warm-up."""
        backend = stack.backend
        plan = self.plan
        samples: dict[str, list[float]] = {"freight": [], "pay": []}
        events = 0
        deadline = time.perf_counter() + plan.soak_seconds
        _say(f"{backend}: soak for {plan.soak_seconds:.0f} s at c={plan.soak_concurrency}")
        with _settlement_watch(stack.load_generator()) as watched:
            while time.perf_counter() < deadline:
                chunk = min(plan.soak_chunk_seconds, max(1.0, deadline - time.perf_counter()))
                cap = max(50, int(chunk * 400))
                results, _cpu, recorded = self._record_runs(stack, plan.soak_concurrency, cap, chunk, 1, warmup=False)
                watched.expected += recorded
                events += sum(r.count for r in results)
                for name, server in (("freight", stack.freight), ("pay", stack.pay)):
                    samples[name].append(rss_mib(server.process.pid))
                _say(f"{backend}: soak {events} events; RSS freight {samples['freight'][-1]:.1f} MiB, pay {samples['pay'][-1]:.1f} MiB")
        for name, values in samples.items():
            if len(values) < 2:
                continue
            baseline = values[0]
            self.add(
                "soak",
                backend,
                f"{plan.soak_seconds:.0f} s at c={plan.soak_concurrency}",
                f"RSS, {name} process",
                "MiB",
                [values[-1]],
                f"first sample {baseline:.1f}, peak {max(values):.1f}, growth {values[-1] - baseline:+.1f} MiB over {events:,} events",
            )

    def _record_runs(
        self,
        stack: Stack,
        concurrency: int,
        cap: int,
        seconds: float,
        runs: int,
        warmup: bool,
        profile_dir: Path | None = None,
    ) -> tuple[list[RunResult], list[dict[str, float]], int]:
        """Record -> settled runs on the stack's generator, whose watch must be open. Returns the
        measured runs, their CPU per 1,000 events, and every event recorded (warm-up included)."""
        generator = stack.load_generator()
        results, cpu = [], []
        recorded = 0
        for run in range(-1 if warmup else 0, runs):
            pool = seed_shipments(stack.freight_url, stack.pay_url, cap)
            spies = {}
            if profile_dir is not None and run == 0:
                profile_dir.mkdir(parents=True, exist_ok=True)
                spies = {
                    name: profiling.start(server.process.pid, seconds, profile_dir / f"{stack.backend}-{name}-c{concurrency}.txt")
                    for name, server in (("freight", stack.freight), ("pay", stack.pay))
                }
                time.sleep(0.5)  # let py-spy attach before the load starts
            before: dict = {}
            result = generator.run(
                "record",
                concurrency=concurrency,
                seconds=self.plan.warmup_seconds if run < 0 else seconds,
                items=[shipment.shipment_id for shipment in pool],
                before_start=lambda before=before: before.update(stack.cpu_snapshot()),
            )
            after = stack.cpu_snapshot()
            recorded += result.count
            for name, spy in spies.items():
                spy.wait(60)
                raw = profile_dir / f"{stack.backend}-{name}-c{concurrency}.txt"
                summary = profiling.summarize(raw, events=result.count, title=f"{name} process, {stack.backend}, record c={concurrency}")
                raw.with_suffix(".summary.txt").write_text(summary)
                _say(f"profile: {raw.with_suffix('.summary.txt')}")
            if run < 0:
                continue
            results.append(result)
            cpu.append(_per_thousand(cpu_delta(before, after), result.count))
        return results, cpu, recorded

    def _record(self, stack: Stack, concurrencies: tuple[int, ...], *, report: bool) -> dict[str, list[dict[str, float]]]:
        backend = stack.backend
        cpu_by_case: dict[str, list[dict[str, float]]] = {}
        with _settlement_watch(stack.load_generator()) as watched:
            for concurrency in concurrencies:
                _say(f"{backend}: record -> settled at c={concurrency}")
                results, cpu, recorded = self._record_runs(
                    stack, concurrency, self.plan.record_cap[concurrency], self.plan.record_seconds, self.plan.runs, warmup=True,
                    profile_dir=self.profile_dir if concurrency == max(concurrencies) else None,
                )  # fmt: skip
                watched.expected += recorded
                cpu_by_case[f"record c={concurrency}"] = cpu
                if not report:
                    continue
                case = f"c={concurrency}"
                throughput = [r.throughput for r in results]
                self.add(
                    "record", backend, case, "settled events", "events/s", throughput,
                    f"{statistics.median(r.count for r in results):.0f} events/run",
                )  # fmt: skip
                self._add_ceiling_ratio("record", backend, case, throughput, "settled events/s")
                self.add("record", backend, case, "record→settled p50", "ms", [r.latency_ms["p50"] for r in results])
                self.add("record", backend, case, "record→settled p90", "ms", [r.latency_ms["p90"] for r in results])
                self.add("record", backend, case, "record→settled p99", "ms", [r.latency_ms["p99"] for r in results])
                self.add("record", backend, case, "record→settled max", "ms", [r.latency_ms["max"] for r in results])
                self.add(
                    "record", backend, case, "RecordShipmentEvent p50", "ms", [r.ack_ms["p50"] for r in results],
                    "freight's answer alone (event + outbox row committed)",
                )  # fmt: skip
                self.add("record", backend, case, "RecordShipmentEvent p99", "ms", [r.ack_ms["p99"] for r in results])
        return cpu_by_case

    def _transparency_log_off(self, backend: str) -> None:
        """The process section again with pay's transparency log off: the log's cost on the event
        path is the ratio of the two (measured minutes apart on a machine whose load may drift)."""
        _say(f"{backend}: starting freight and pay with the transparency log off")
        with running_stack(self.workspace, backend, pay_args=["--transparency-log", "off"]) as stack:
            self._process(stack, log_off=True)
        case = f"ProcessShipmentEvent, c={self.plan.process_concurrency}"
        on = next(f for f in self.figures if (f.section, f.backend, f.case, f.metric) == ("process", backend, case, "throughput"))
        off = next(
            f for f in self.figures if (f.section, f.backend, f.case, f.metric) == ("process", backend, f"{case}, log off", "throughput")
        )
        self.add(
            "process", backend, f"{case}: log on vs off", "throughput on / off", "ratio", [a / b for a, b in zip(on.values, off.values, strict=True)],
            f"run i vs run i; 1.000 = the log costs nothing (median on {on.median:,.0f}, off {off.median:,.0f} calls/s)",
        )  # fmt: skip

    def _process(self, stack: Stack, *, log_off: bool = False) -> dict[str, list[dict[str, float]]]:
        backend = stack.backend
        generator = stack.load_generator()
        concurrency, cap = self.plan.process_concurrency, self.plan.process_cap
        cpu: list[dict[str, float]] = []

        def measure(seconds: float) -> RunResult:
            pool = seed_shipments(stack.freight_url, stack.pay_url, cap)
            # Event ids minted here as freight would; the generator checks each call made 2 settlements.
            items = [{"event_id": new_id("sev"), "shipment_id": shipment.shipment_id} for shipment in pool]
            before: dict = {}
            result = generator.run(
                "process", concurrency=concurrency, seconds=seconds, items=items,
                before_start=lambda: before.update(stack.cpu_snapshot()),
            )  # fmt: skip
            cpu.append(_per_thousand(cpu_delta(before, stack.cpu_snapshot()), result.count))
            return result

        _say(f"{backend}: ProcessShipmentEvent alone at c={concurrency}{' (transparency log off)' if log_off else ''}")
        results = self._runs(measure, self.plan.process_seconds)
        cpu = cpu[-len(results) :]
        throughput = [r.throughput for r in results]
        case = f"ProcessShipmentEvent, c={concurrency}{', log off' if log_off else ''}"
        self.add("process", backend, case, "throughput", "calls/s", throughput)
        self._add_ceiling_ratio("process", backend, case, throughput, "calls/s")
        self.add("process", backend, case, "latency p50", "ms", [r.latency_ms["p50"] for r in results])
        self.add("process", backend, case, "latency p90", "ms", [r.latency_ms["p90"] for r in results])
        self.add("process", backend, case, "latency p99", "ms", [r.latency_ms["p99"] for r in results])
        return {f"process c={concurrency}{', log off' if log_off else ''}": cpu}

    def _bulk(self, stack: Stack) -> dict[str, list[dict[str, float]]]:
        backend = stack.backend
        context = BulkContext(stack.freight_stub(), stack.payment_stub(), stack.load_generator())
        per_shipment = 5
        cpu_by_case: dict[str, list[dict[str, float]]] = {}
        pay_engine = create_engine(stack.pay_url)
        try:
            for name, loader in BULK_LOADERS.items():
                _say(f"{backend}: backfill via {name}")
                rates, done, cpu = [], [], []
                for _run in range(self.plan.runs):
                    shipments = seed_shipments(stack.freight_url, stack.pay_url, math.ceil(self.plan.bulk_events / per_shipment))
                    events = historical_events(shipments)[: self.plan.bulk_events]
                    received_before, settled_before = _counts(pay_engine)
                    before = stack.cpu_snapshot()
                    started = time.perf_counter()
                    submitted = loader(context, events, started + self.plan.bulk_seconds)
                    _wait_for_received(pay_engine, received_before + len(submitted), timeout=600)
                    elapsed = time.perf_counter() - started
                    cpu.append(_per_thousand(cpu_delta(before, stack.cpu_snapshot()), len(submitted)))
                    received_after, settled_after = _counts(pay_engine)
                    expected = sum(1 for e in submitted if e.event_type in PAYING)
                    if settled_after - settled_before != expected:
                        raise BenchError(f"{name}: {settled_after - settled_before} settlements for {expected} paying events")
                    rates.append(len(submitted) / elapsed)
                    done.append(len(submitted))
                cpu_by_case[f"bulk {name}"] = cpu
                rate = statistics.median(rates)
                submitted_note = (
                    f"all {self.plan.bulk_events:,} events"
                    if min(done) == self.plan.bulk_events
                    else f"{statistics.median(done):,.0f} of {self.plan.bulk_events:,} events in the {self.plan.bulk_seconds:.0f} s cap"
                )
                self.add(
                    "bulk",
                    backend,
                    name,
                    "backfill until stored in pay",
                    "events/s",
                    rates,
                    f"{submitted_note}/run; 100,000 events ≈ {100_000 / rate / 60:.1f} min",
                )
        finally:
            pay_engine.dispose()
        return cpu_by_case

    def _resources(self, stack: Stack, cpu: dict[str, list[dict[str, float]]]) -> None:
        backend = stack.backend
        for case, per_run in cpu.items():
            if not per_run or case == "record c=8":  # c=1 and c=32 bracket it
                continue
            for group in CPU_GROUPS:
                if group == "database" and backend == "sqlite":
                    continue  # embedded: SQLite's CPU is inside the server processes
                if statistics.median(run[group] for run in per_run) < 0.05:
                    continue  # a process this case does not use (idle background only)
                label = {"database": "postgres backends", "client": "load generator"}.get(group, f"{group} process")
                self.add("resources", backend, case, f"CPU, {label}", "CPU s/1k events", [run[group] for run in per_run])
        peak = stack.peak_rss_mib()
        for name in ("freight", "pay"):
            self.add(
                "resources",
                backend,
                "whole run",
                f"peak RSS, {name} process",
                "MiB",
                [peak[name]],
                "VmHWM at the end of the sections above",
            )

    # ------------------------------------------------------------ scale: its own stacks

    def _scale(self, backend: str) -> None:
        p50: dict[int, list[float]] = {}
        for stored in self.plan.scale_intents[backend]:
            seeding: list[float] = []

            def prepare(_freight_url: str, pay_url: str, stored: int = stored, seeding: list[float] = seeding) -> None:
                _say(f"{backend}: scale: seeding {stored:,} payment intents")
                seeding.append(seed_background_intents(pay_url, stored))

            with running_stack(self.workspace, backend, prepare=prepare) as stack:
                _say(f"{backend}: scale: record -> settled at c=1 with {stored:,} intents stored")
                with _settlement_watch(stack.load_generator()) as watched:
                    results, _cpu, watched.expected = self._record_runs(
                        stack, 1, self.plan.scale_cap, self.plan.scale_seconds, self.plan.runs, warmup=True
                    )
            p50[stored] = [r.latency_ms["p50"] for r in results]
            case = f"{stored:,} intents stored"
            measured = (self.plan.runs + 1) * self.plan.scale_cap
            self.add(
                "scale",
                backend,
                case,
                "record→settled p50, c=1",
                "ms",
                p50[stored],
                f"seeded in {seeding[0]:.0f} s (+ up to {measured:,} intents for the measured events)",
            )
            self.add("scale", backend, case, "record→settled p99, c=1", "ms", [r.latency_ms["p99"] for r in results])
        small, large = self.plan.scale_intents[backend]
        self.add(
            "scale",
            backend,
            f"{large:,} vs {small:,} intents",
            "p50 ratio",
            "x",
            [b / a for a, b in zip(p50[small], p50[large], strict=True)],
            "run i vs run i; 1.0 = independent of intents stored",
        )


def _per_thousand(delta: dict[str, float], events: int) -> dict[str, float]:
    return {group: 1000 * seconds / events for group, seconds in delta.items()} if events else {}


@dataclass
class _Watched:
    """Events recorded while a settlement watch was open: the stream must have seen each of them."""

    expected: int = 0


@contextlib.contextmanager
def _settlement_watch(generator: LoadGenerator) -> Iterator[_Watched]:
    """The generator's WatchSettlements stream, open for the block. On a clean exit, checks that
    the stream saw every recorded event (and nothing else) with exactly 2 milestone changes each
    (pickup + POD): no settlement was lost, duplicated or made up. After an error the stream is
    left to the stack, which stops the generator: mid-run, it would not answer in turn."""
    watched = _Watched()
    generator.watch()
    yield watched
    seen = generator.unwatch()
    if seen["wrong_count"]:
        raise BenchError(
            f"expected 2 milestone changes (pickup + POD) per event; {seen['wrong_count']} events differ, e.g. {seen['wrong']}"
        )
    if seen["events"] != watched.expected or seen["settled"] != watched.expected:
        raise BenchError(f"recorded {watched.expected} events, but the settlement stream saw {seen}")


def _counts(engine) -> tuple[int, int]:
    with engine.connect() as conn:
        received = conn.execute(select(func.count()).select_from(received_events)).scalar_one()
        settled = conn.execute(select(func.count()).select_from(milestone_settlements)).scalar_one()
    return received, settled


def _wait_for_received(engine, target: int, *, timeout: float) -> None:
    """Poll pay's database until it holds `target` received events. Polling the table is
    cheap next to the backfill and adds no work to the pay process being measured."""
    deadline = time.perf_counter() + timeout
    while True:
        with engine.connect() as conn:
            received = conn.execute(select(func.count()).select_from(received_events)).scalar_one()
        if received >= target:
            return
        if time.perf_counter() > deadline:
            raise BenchError(f"only {received} of {target} events reached pay within {timeout}s")
        time.sleep(0.05)
