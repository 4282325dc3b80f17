"""No breaking change to the contract: buf breaking (FILE rules, from buf.yaml) against the
previous commit and against the last commit, so a breaking edit fails both when it is
committed and while it is still uncommitted in a working tree."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUF = ROOT / "node_modules" / ".bin" / "buf"
GIT = shutil.which("git")


def _is_commit(revision: str) -> bool:
    result = subprocess.run([GIT, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], cwd=ROOT, capture_output=True, timeout=30)
    return result.returncode == 0


@pytest.mark.skipif(not BUF.exists(), reason="node tools not installed; scripts/test installs them")
@pytest.mark.skipif(GIT is None, reason="git is not installed")
@pytest.mark.parametrize(
    "revision",
    [
        pytest.param("HEAD~1", id="against-previous-commit"),
        pytest.param("HEAD", id="against-last-commit"),
    ],
)
def test_no_breaking_change_against(revision):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: nothing to compare the protos against")
    if not _is_commit(revision):
        pytest.skip(
            f"{revision} is not in this clone (a single-commit or shallow clone?); `git fetch --deepen=1` brings in the previous commit"
        )
    # buf fetches the revision from the local repository (file://.../.git) into a temporary
    # clone, builds both images and compares them with the rules in buf.yaml.
    result = subprocess.run(
        [str(BUF), "breaking", "--against", f".git#ref={revision}"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"breaking change against {revision} (exit {result.returncode}):\n{result.stdout}{result.stderr}"
