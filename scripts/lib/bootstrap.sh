# Sourced by the scripts in scripts/: makes the project's virtualenv and node tools
# current, then puts them on PATH. Re-running is cheap: each step is skipped while the
# file that drives it (pyproject.toml, package-lock.json) is unchanged.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${CHAINBRIDGE_VENV:-$ROOT/.venv}"
PYTHON_BIN="${PYTHON:-python3}"
export GRPC_VERBOSITY="${GRPC_VERBOSITY:-ERROR}"

_stamp_matches() {  # $1 = stamp file, $2.. = files whose content it records
  local stamp="$1"; shift
  [ -f "$stamp" ] && [ "$(cat "$@" | sha256sum)" = "$(cat "$stamp")" ]
}

_write_stamp() {
  local stamp="$1"; shift
  cat "$@" | sha256sum >"$stamp"
}

ensure_python_env() {
  if [ ! -x "$VENV/bin/python" ]; then
    echo "bootstrap: creating virtualenv $VENV" >&2
    "$PYTHON_BIN" -m venv "$VENV"
  fi
  if ! _stamp_matches "$VENV/.chainbridge-installed" "$ROOT/pyproject.toml"; then
    echo "bootstrap: installing the project and its dependencies into $VENV" >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip 'setuptools>=77' wheel
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT[dev]"
    _write_stamp "$VENV/.chainbridge-installed" "$ROOT/pyproject.toml"
  fi
  export PATH="$VENV/bin:$PATH"
}

ensure_node_tools() {
  if ! command -v npm >/dev/null 2>&1; then
    echo "bootstrap: npm not found; Node.js 18+ is needed for buf and the Node client" >&2
    return 1
  fi
  if ! _stamp_matches "$ROOT/node_modules/.chainbridge-installed" "$ROOT/package-lock.json"; then
    echo "bootstrap: installing node tools (buf, grpc-js)" >&2
    (cd "$ROOT" && npm ci --silent --no-audit --no-fund)
    _write_stamp "$ROOT/node_modules/.chainbridge-installed" "$ROOT/package-lock.json"
  fi
  ensure_node_client
  export PATH="$ROOT/node_modules/.bin:$PATH"
}

# The Node client (clients/node) has its own package.json and lock file: grpc-js,
# proto-loader and the TypeScript compiler for its generated types.
ensure_node_client() {
  local client="$ROOT/clients/node"
  if ! _stamp_matches "$client/node_modules/.chainbridge-installed" "$client/package-lock.json"; then
    echo "bootstrap: installing the Node client's packages (grpc-js, proto-loader, typescript)" >&2
    (cd "$client" && npm ci --silent --no-audit --no-fund)
    _write_stamp "$client/node_modules/.chainbridge-installed" "$client/package-lock.json"
  fi
}
