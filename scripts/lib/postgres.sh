# Sourced: ensure_postgres makes sure the PostgreSQL the tests use is accepting
# connections, starting the local cluster if it is down.
: "${CHAINBRIDGE_TEST_PG_URL:=postgresql+psycopg://postgres@127.0.0.1:5432/test}"
export CHAINBRIDGE_TEST_PG_URL

ensure_postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    return 0
  fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "postgres: not accepting connections; starting the local cluster" >&2
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    for _ in $(seq 1 60); do
      pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && return 0
      sleep 0.5
    done
  fi
  echo "postgres: 127.0.0.1:5432 is not reachable; the PostgreSQL tests will fail" >&2
  return 0
}
