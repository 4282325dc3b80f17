"""Generate Python code for every .proto under protos/ into generated/.

Kept in one place so the staleness test and scripts/gen_protos produce byte-identical
output: the test regenerates into a temporary directory and compares.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROTO_ROOT = ROOT / "protos"
DEFAULT_OUT = ROOT / "generated"


def proto_files() -> list[Path]:
    return sorted(PROTO_ROOT.rglob("*.proto"))


def generate(out_dir: Path) -> None:
    """Regenerate out_dir from scratch: messages, stubs, typed stubs, package markers."""
    import grpc_tools
    from grpc_tools import protoc

    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    well_known = Path(grpc_tools.__file__).parent / "_proto"
    bin_dir = Path(sys.executable).parent
    # protoc finds the mypy plugins on PATH; they live beside this interpreter.
    os.environ["PATH"] = f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"
    args = [
        "grpc_tools.protoc",
        f"--proto_path={PROTO_ROOT}",
        f"--proto_path={well_known}",
        f"--python_out={out_dir}",
        f"--grpc_python_out={out_dir}",
        f"--mypy_out={out_dir}",
        f"--mypy_grpc_out={out_dir}",
        *[str(p.relative_to(PROTO_ROOT)) for p in proto_files()],
    ]
    status = protoc.main(args)
    if status != 0:
        raise SystemExit(f"protoc failed with status {status}")
    # Regular packages (not namespace packages) so setuptools installs them and
    # `import chainbridge.freight.v1` works without sys.path tricks.
    for directory in [out_dir / "chainbridge", *sorted((out_dir / "chainbridge").rglob("*"))]:
        if directory.is_dir():
            (directory / "__init__.py").write_text("")
    (out_dir / "chainbridge" / "py.typed").write_text("")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    generate(args.out.resolve())
    print(f"generated {len(proto_files())} protos into {args.out}")


if __name__ == "__main__":
    main()
