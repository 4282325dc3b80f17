"""Optional sampling profiles of the server processes during a measured run (py-spy).

`scripts/bench --profile DIR` records both servers with py-spy while the highest
concurrency of the record section runs, and writes per process the raw collapsed stacks
and a summary: where the time holding the GIL goes (self time by package and function,
inclusive time of the services' own functions). With --gil, py-spy samples the thread
that holds the GIL - in a CPython server that is the Python work, the resource one
process cannot use more than one core of. --nonblocking keeps the servers running while
they are sampled (a few % of overhead instead of stopping them at every sample).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

SAMPLE_RATE = 250
_PACKAGES = (
    ("sqlalchemy/sql/", "SQLAlchemy: build, cache key, compile statements"),
    ("sqlalchemy/engine/", "SQLAlchemy: execute, results"),
    ("sqlalchemy/", "SQLAlchemy: other (pool, util)"),
    ("psycopg", "psycopg (PostgreSQL driver)"),
    ("sqlite3", "sqlite3"),
    ("grpc", "grpc (Python side)"),
    ("protobuf", "protobuf"),
    ("logging", "logging"),
    ("freight_server/", "service code"),
    ("pay_server/", "service code"),
    ("chainbridge_common/", "service code"),
    ("threading.py", "threading, thread pool"),
    ("concurrent/", "threading, thread pool"),
)


def py_spy() -> str | None:
    """py-spy from the bench's virtualenv (a dev dependency), else from PATH."""
    beside_python = Path(sys.executable).parent / "py-spy"
    return str(beside_python) if beside_python.exists() else shutil.which("py-spy")


def start(pid: int, seconds: float, output: Path) -> subprocess.Popen:
    """Sample `pid` for `seconds` into `output` (collapsed stacks, one per line)."""
    executable = py_spy()
    if executable is None:
        raise RuntimeError("--profile needs py-spy on PATH (it is a dev dependency: scripts/bench installs it)")
    command = [
        executable, "record", "--pid", str(pid), "--duration", str(max(1, round(seconds))), "--rate", str(SAMPLE_RATE),
        "--nonblocking", "--gil", "--format", "raw", "--output", str(output),
    ]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _short(frame: str) -> str:
    match = re.match(r"(.*) \((.*):\d+\)$", frame)
    if not match:
        return frame
    function, path = match.groups()
    path = re.sub(r".*/site-packages/", "", path)
    path = re.sub(r".*/(freight_server|pay_server|chainbridge_common|bench)/", r"\1/", path)
    path = re.sub(r".*/lib/python3\.\d+/", "", path)
    return f"{function} ({path})"


def _package(frame: str) -> str:
    for marker, name in _PACKAGES:
        if marker in frame:
            return name
    return "other"


def summarize(raw: Path, *, events: int, title: str, top: int = 20) -> str:
    """A text summary of one process's collapsed stacks."""
    stacks: list[tuple[list[str], int]] = []
    for line in raw.read_text().splitlines():
        if line.strip():
            frames, count = line.rsplit(" ", 1)
            stacks.append(([_short(f) for f in frames.split(";")], int(count)))
    total = sum(count for _, count in stacks)
    if not total:
        return f"{title}: no samples\n"
    leaf, package, inclusive = Counter(), Counter(), Counter()
    for frames, count in stacks:
        leaf[frames[-1]] += count
        package[_package(frames[-1])] += count
        for frame in set(frames):
            inclusive[frame] += count
    seconds = total / SAMPLE_RATE
    own = [
        f"  {100 * c / total:5.1f}%  {name}"
        for name, c in inclusive.most_common()
        if any(part in name for part in ("freight_server/", "pay_server/", "chainbridge_common/"))
    ]
    lines = [
        f"{title}: {total} samples holding the GIL ({seconds:.1f} s; {1000 * seconds / events:.2f} ms per event over {events} events)",
        "",
        "self time by package:",
        *(f"  {100 * c / total:5.1f}%  {name}" for name, c in package.most_common()),
        "",
        "self time by function:",
        *(f"  {100 * c / total:5.1f}%  {name}" for name, c in leaf.most_common(top)),
        "",
        "inclusive time, the services' own functions:",
        *own[: top * 2],
    ]
    return "\n".join(lines) + "\n"
