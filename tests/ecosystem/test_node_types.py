"""The Node client's generated TypeScript types are current, and the typed client code
compiles against them: a contract change that breaks a typed client fails here."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLIENT_DIR = ROOT / "clients" / "node"
NODE = shutil.which("node")

if NODE is None:
    pytest.skip("node is not installed; the Node client needs Node.js 18+", allow_module_level=True)


@pytest.fixture(scope="module", autouse=True)
def client_packages_installed():
    assert (CLIENT_DIR / "node_modules" / ".bin" / "tsc").exists(), (
        "the Node client's packages are not installed: run scripts/test (or `npm ci` in clients/node)"
    )


def _files(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def test_generated_types_are_current(tmp_path):
    out = tmp_path / "generated"
    subprocess.run([NODE, str(CLIENT_DIR / "gen_types.js"), "--out", str(out)], check=True, capture_output=True, timeout=120)
    committed, fresh = _files(CLIENT_DIR / "generated"), _files(out)
    problems = [f"only in the committed types: {name}" for name in sorted(committed.keys() - fresh.keys())]
    problems += [f"missing from the committed types: {name}" for name in sorted(fresh.keys() - committed.keys())]
    problems += [f"differs: {name}" for name in sorted(committed.keys() & fresh.keys()) if committed[name] != fresh[name]]
    assert not problems, "clients/node/generated/ is stale; run scripts/gen_node_types and commit:\n" + "\n".join(problems)


def test_typed_client_compiles_against_the_generated_types():
    result = subprocess.run(
        [str(CLIENT_DIR / "node_modules" / ".bin" / "tsc"), "--noEmit", "-p", str(CLIENT_DIR / "tsconfig.json")],
        cwd=CLIENT_DIR,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, "tsc --noEmit failed:\n" + result.stdout + result.stderr
