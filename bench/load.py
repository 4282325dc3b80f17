"""The bench's side of its load processes: the grpc.aio load generator (bench.loadgen) and the
ceiling's bare no-op server (bench.noop_server), each started as a fresh interpreter.

The bench itself makes no per-call RPCs: it seeds, hands a run's items to the generator, reads
every process's CPU counters right before the generator starts and right after it reports, and
turns the generator's JSON report into a `RunResult`.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parents[1]
# Answers come within a run's length plus this: connection set-up, settling the last events.
ANSWER_GRACE_SECONDS = 120.0


class LoadProcessError(RuntimeError):
    """A load process failed, answered an error, or did not answer in time."""


@dataclass
class RunResult:
    """One measured run as the generator reported it: operations completed in how long, and
    their latency percentiles (ms); `ack_ms` is freight's answer alone in a record run."""

    count: int
    elapsed: float
    latency_ms: dict[str, float]
    ack_ms: dict[str, float] = field(default_factory=dict)
    acked: int = 0  # record: events freight acknowledged (each then awaited its settlement)
    cpu_seconds: float = 0.0  # the generator's own CPU during the run, all its threads
    submitted_per_item: list[int] = field(default_factory=list)

    @property
    def throughput(self) -> float:
        return self.count / self.elapsed if self.elapsed > 0 else 0.0

    @classmethod
    def from_report(cls, report: dict[str, Any]) -> RunResult:
        return cls(
            count=int(report["count"]),
            elapsed=float(report["elapsed_seconds"]),
            latency_ms=dict(report["latency_ms"]),
            ack_ms=dict(report.get("ack_ms", {})),
            acked=int(report.get("acked", 0)),
            cpu_seconds=float(report["cpu_seconds"]),
            submitted_per_item=list(report.get("submitted_per_item", [])),
        )


def _python_command(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", module, *args]


def _child_env() -> dict[str, str]:
    # GRPC_VERBOSITY before grpc is imported: grpc core reads it once, at start-up.
    return {**os.environ, "GRPC_VERBOSITY": "ERROR", "PYTHONUNBUFFERED": "1"}


class _LineReader:
    """Lines from a child's stdout with a timeout (a hung child must not hang the bench)."""

    def __init__(self, stream: IO[bytes], process: subprocess.Popen[bytes], log: Callable[[], str]):
        self._fd = stream.fileno()
        self._process = process
        self._buffer = b""
        self._log = log

    def readline(self, timeout: float) -> bytes:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LoadProcessError(f"no answer within {timeout:g} s{self._log()}")
            ready, _, _ = select.select([self._fd], [], [], min(remaining, 1.0))
            if not ready:
                continue
            chunk = os.read(self._fd, 1 << 20)
            if not chunk:
                raise LoadProcessError(f"process exited with {self._process.wait(5)}{self._log()}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line


class _ChildProcess:
    """A fresh interpreter (spawned, never a fork holding grpc objects) answering JSON lines on stdout; stderr to `log_path` if given."""

    def __init__(self, command: list[str], log_path: Path | None):
        self.log_path = log_path
        log_file = open(log_path, "ab") if log_path is not None else None
        try:
            self.process = subprocess.Popen(
                command,
                # Both children exit at the end of their stdin, so neither outlives a bench that dies.
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log_file,
                cwd=ROOT,
                env=_child_env(),
                bufsize=0,
            )
        finally:
            if log_file is not None:
                log_file.close()
        assert self.process.stdout is not None
        self._reader = _LineReader(self.process.stdout, self.process, self._log_tail)

    @property
    def pid(self) -> int:
        return self.process.pid

    def _log_tail(self) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return "; its log ends:\n" + "\n".join(self.log_path.read_text(errors="replace").splitlines()[-20:])

    def read_json(self, timeout: float) -> dict[str, Any]:
        answer = json.loads(self._reader.readline(timeout))
        if "error" in answer:
            raise LoadProcessError(f"{self.process.args[2]}: {answer['error']}")
        return answer

    def stop(self, timeout: float = 15.0) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        if self.process.stdout is not None:
            self.process.stdout.close()
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()


class LoadGenerator:
    """`python -m bench.loadgen` with channels to the given services; see that module for the protocol."""

    def __init__(self, *, freight: str | None = None, pay: str | None = None, noop: str | None = None, log_path: Path | None = None):
        arguments = [f"--{name}={address}" for name, address in (("freight", freight), ("pay", pay), ("noop", noop)) if address]
        self._child = _ChildProcess(_python_command("bench.loadgen", *arguments), log_path)
        self.watching = False

    @property
    def pid(self) -> int:
        return self._child.pid

    def _send(self, message: dict[str, Any]) -> None:
        stdin = self._child.process.stdin
        assert stdin is not None
        try:
            stdin.write(json.dumps(message, separators=(",", ":")).encode() + b"\n")
            stdin.flush()
        except BrokenPipeError as error:
            raise LoadProcessError(f"the load generator exited with {self._child.process.wait(5)}") from error

    def watch(self) -> None:
        """Open the settlement stream (returns once pay has fixed its cursor)."""
        self._send({"command": "watch"})
        self._child.read_json(ANSWER_GRACE_SECONDS)
        self.watching = True

    def unwatch(self) -> dict[str, Any]:
        """Close the settlement stream; what it saw: events, changes, settled, and those without 2 changes."""
        self._send({"command": "unwatch"})
        self.watching = False
        return self._child.read_json(ANSWER_GRACE_SECONDS)

    def run(
        self,
        operation: str,
        *,
        concurrency: int,
        seconds: float,
        items: Sequence[Any] = (),
        max_operations: int | None = None,
        before_start: Callable[[], None] | None = None,
    ) -> RunResult:
        """One closed-loop run; `before_start()` is called once the generator has its items and waits to start."""
        self._send(
            {
                "command": "run",
                "operation": operation,
                "concurrency": concurrency,
                "seconds": seconds,
                "max_operations": max_operations,
                "items": list(items),
            }
        )
        self._child.read_json(ANSWER_GRACE_SECONDS)  # {"ready": true}
        if before_start is not None:
            before_start()
        self._send({"command": "go"})
        return RunResult.from_report(self._child.read_json(seconds + ANSWER_GRACE_SECONDS))

    def close(self) -> None:
        stdin = self._child.process.stdin
        if stdin is not None:
            with contextlib.suppress(OSError):
                stdin.close()  # end of input: the generator closes its channels and exits
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._child.process.wait(10)
        self._child.stop()


class NoopServer:
    """`python -m bench.noop_server`: the ceiling's bare grpcio sync server, in its own process."""

    def __init__(self, max_workers: int, log_path: Path | None = None):
        self._child = _ChildProcess(_python_command("bench.noop_server", f"--max-workers={max_workers}"), log_path)
        started = self._child.read_json(60)
        self.port: int = started["port"]
        self.max_workers: int = started["max_workers"]
        self.grpcio_version: str = started["grpcio"]

    @property
    def pid(self) -> int:
        return self._child.pid

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def close(self) -> None:
        self._child.stop()


def project_max_workers() -> int:
    """The RPC thread pool size the project's servers start with by default (freight's
    --max-workers; pay adds threads for its watch streams on top)."""
    from freight_server.__main__ import build_parser

    return int(build_parser().parse_args([]).max_workers)
