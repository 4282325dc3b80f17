"""The architecture as executable contracts: the import rules of pyproject.toml's
[tool.importlinter] (rpc -> application -> domain, storage behind the application's ports,
no SQL or transport in the core, independent services) and strict types on the core."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CORE = [
    "chainbridge_common/domain",
    "chainbridge_common/application",
    "freight_server/domain",
    "freight_server/application",
    "pay_server/domain",
    "pay_server/application",
]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_layer_contracts_hold():
    result = _run(str(BIN / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_core_type_checks_strictly():
    result = _run(sys.executable, "-m", "mypy", "--strict", "--no-incremental", *CORE)
    assert result.returncode == 0, result.stdout + result.stderr
