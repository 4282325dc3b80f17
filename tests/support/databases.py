"""Fresh, migrated databases for each test, on SQLite and PostgreSQL.

Migrations run once per service and backend (into a template); each test then gets a
copy: a file copy for SQLite, CREATE DATABASE ... TEMPLATE for PostgreSQL. So every test
runs against the real migrated schema without paying for the migration each time.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from freight_server.storage import migrate as freight_migrate
from pay_server.storage import migrate as pay_migrate

PG_ADMIN_URL = os.environ.get("CHAINBRIDGE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
MIGRATORS = {"freight": freight_migrate, "payment": pay_migrate}


class DatabaseFactory:
    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.run_id = uuid.uuid4().hex[:8]
        self._templates: dict[tuple[str, str], str] = {}
        self._pg_databases: list[str] = []
        self._counter = 0

    def _pg_admin(self):
        return create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")

    def _pg_url(self, name: str) -> str:
        return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)

    def _template(self, backend: str, service: str) -> str:
        key = (backend, service)
        if key not in self._templates:
            if backend == "sqlite":
                path = self.workdir / f"template_{service}.db"
                url = f"sqlite:///{path}"
                MIGRATORS[service].upgrade(url)
                self._templates[key] = str(path)
            else:
                name = f"cbt_{self.run_id}_{service}_tpl"
                engine = self._pg_admin()
                with engine.connect() as conn:
                    conn.execute(text(f'CREATE DATABASE "{name}"'))
                engine.dispose()
                self._pg_databases.append(name)
                MIGRATORS[service].upgrade(self._pg_url(name))
                self._templates[key] = name
        return self._templates[key]

    def new_url(self, backend: str, service: str, *, migrated: bool = True) -> str:
        """A new database of `service` on `backend`, at the head schema unless not `migrated`."""
        self._counter += 1
        if backend == "sqlite":
            path = self.workdir / f"{service}_{self._counter}.db"
            if migrated:
                shutil.copyfile(self._template(backend, service), path)
            return f"sqlite:///{path}"
        name = f"cbt_{self.run_id}_{service}_{self._counter}"
        template = f' TEMPLATE "{self._template(backend, service)}"' if migrated else ""
        engine = self._pg_admin()
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{template}'))
        engine.dispose()
        self._pg_databases.append(name)
        return self._pg_url(name)

    def drop_all(self) -> None:
        if not self._pg_databases:
            return
        engine = self._pg_admin()
        with engine.connect() as conn:
            for name in reversed(self._pg_databases):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
