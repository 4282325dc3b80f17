"""Batch writes: declared once per table, executed the best way for each dialect.

A repository declares what it writes (`BatchInsert`, `BatchUpdate`, `UpdateByKeys`, or
several of them as one `CombinedWrite`) and calls `execute(conn, rows)`; it never
branches on the dialect. This module is the one place that does:

- SQLite: a statement compiled once and executed with the rows as parameters
  (executemany; SQLAlchemy batches the rows itself).
- PostgreSQL: one statement of constant text whatever the number of rows, one array per
  column expanded with unnest(). A statement rendered as a multi-row VALUES changes its
  text with the row count, so psycopg parses each new text again and never prepares it
  (it prepares a text only after seeing it `prepare_threshold` times); the array form is
  parsed once, then runs prepared. A `CombinedWrite` is a single statement of
  data-modifying CTEs: one round trip for everything a transaction writes.

Arrays are passed as literals built with str.join (`pg_array_literal`) rather than by
the driver's list adapter, which formats element by element in Python and was a third
of the payment server's time in a backfill (py-spy).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import BigInteger, Boolean, Column, Connection, Integer, LargeBinary, String, Table, bindparam, insert, text, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

Row = Mapping[str, Any]

# Arrays are cast to the base type, never to VARCHAR(n)[]: an explicit cast to VARCHAR(n)
# truncates silently, where storing text in a VARCHAR(n) column fails on an over-long value
# exactly as a plain INSERT does.
_PG_ARRAY_TYPES = (
    (BigInteger, "bigint"),
    (Integer, "integer"),
    (String, "text"),
    (LargeBinary, "bytea"),
    (Boolean, "boolean"),
)

_quote = postgresql.dialect().identifier_preparer.quote


def _pg_array_type(column: Column[Any]) -> str:
    for sqla_type, pg_type in _PG_ARRAY_TYPES:
        if isinstance(column.type, sqla_type):
            return f"{pg_type}[]"
    raise TypeError(f"no array type for {column.table.name}.{column.name} ({column.type!r})")


def _text_element(value: str | None) -> str:
    if value is None:
        return "NULL"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _bytea_element(value: bytes | None) -> str:
    # bytea's hex input (\x...), its backslash escaped for the array literal.
    return "NULL" if value is None else '"\\\\x' + value.hex() + '"'


def _number_element(value: int | None) -> str:
    return "NULL" if value is None else str(int(value))


def _bool_element(value: bool | None) -> str:
    return "NULL" if value is None else ("t" if value else "f")


_ELEMENT_FORMATS: dict[str, Callable[[Any], str]] = {
    "bigint[]": _number_element,
    "integer[]": _number_element,
    "text[]": _text_element,
    "bytea[]": _bytea_element,
    "boolean[]": _bool_element,
}


def pg_array_literal(values: Sequence[object], array_type: str) -> str:
    """`values` as the text of a PostgreSQL array of `array_type` ("bigint[]", "text[]",
    ...), for a parameter the statement CASTs to that type. Text elements are always
    quoted, so no value (empty, "NULL", braces, commas, quotes, backslashes, spaces) can
    be misread; None is SQL NULL."""
    element = _ELEMENT_FORMATS[array_type]
    return "{" + ",".join(map(element, values)) + "}"


def _pg_unnest(table: Table, columns: Sequence[str], *, ordinality: bool, prefix: str) -> str:
    arrays = ", ".join(f"CAST(:{prefix}{name} AS {_pg_array_type(table.c[name])})" for name in columns)
    names = ", ".join(_quote(name) for name in ([*columns, "ordinality"] if ordinality else columns))
    return f"unnest({arrays}){' WITH ORDINALITY' if ordinality else ''} AS v({names})"


def _is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


class _ArrayParams:
    """One array parameter per column, named `prefix` + column."""

    def __init__(self, table: Table, columns: Sequence[str], prefix: str):
        self.table = table
        self.columns = tuple(columns)
        self.array_types = tuple(_pg_array_type(table.c[name]) for name in self.columns)
        self.prefix = prefix

    def array_params(self, rows: Sequence[Row]) -> dict[str, str]:
        return {
            f"{self.prefix}{name}": pg_array_literal([row[name] for row in rows], array_type)
            for name, array_type in zip(self.columns, self.array_types, strict=True)
        }


class BatchInsert(_ArrayParams):
    """INSERT of many rows, in the order given (identity columns and sequence defaults
    number them in list order; unique-index locks are taken in that order too).

    With `conflict_columns`, rows that hit that unique key are skipped (ON CONFLICT DO
    NOTHING): the database decides who wins a race. With `returning`, execute() returns
    that column of the rows actually inserted. On PostgreSQL:

        INSERT INTO t (a, b) SELECT v.a, v.b FROM unnest(CAST(:a AS text[]), ...)
        WITH ORDINALITY AS v(a, b, ordinality) ORDER BY v.ordinality
        [ON CONFLICT (key) DO NOTHING] [RETURNING col]
    """

    def __init__(
        self,
        table: Table,
        columns: Sequence[str] | None = None,
        *,
        conflict_columns: Sequence[str] = (),
        returning: str | None = None,
        prefix: str = "",
        pg_join: str = "",
    ):
        """`prefix` names the parameters (parts of one CombinedWrite need distinct ones);
        `pg_join` is an extra FROM item on PostgreSQL, e.g. a CTE taking a lock first."""
        super().__init__(table, columns if columns is not None else tuple(table.c.keys()), prefix)
        self.returning = returning
        names = [_quote(name) for name in self.columns]
        into = f"INSERT INTO {_quote(table.name)} ({', '.join(names)})"
        suffix = ""
        if conflict_columns:
            suffix += f" ON CONFLICT ({', '.join(_quote(name) for name in conflict_columns)}) DO NOTHING"
        if returning is not None:
            suffix += f" RETURNING {_quote(returning)}"
        self.pg_sql = (
            f"{into} SELECT {', '.join(f'v.{name}' for name in names)} "
            f"FROM {_pg_unnest(table, self.columns, ordinality=True, prefix=prefix)}{f' CROSS JOIN {pg_join}' if pg_join else ''} "
            f"ORDER BY v.ordinality{suffix}"
        )
        self._pg_many = text(self.pg_sql)
        # One row costs less as a plain one-row statement (also of constant text).
        self._pg_one = text(f"{into} VALUES ({', '.join(f':{prefix}{name}' for name in self.columns)}){suffix}")
        generic: Any
        if conflict_columns:
            generic = sqlite_insert(table).on_conflict_do_nothing(index_elements=list(conflict_columns))
        else:
            generic = insert(table)
        if returning is not None:
            generic = generic.returning(table.c[returning])
        self._generic = generic

    def execute(self, conn: Connection, rows: Sequence[Row]) -> list[Any]:
        """Insert `rows` (each a mapping of at least the declared columns)."""
        if not rows:
            return []
        if _is_postgresql(conn):
            if len(rows) == 1 and not self.prefix:
                result = conn.execute(self._pg_one, {name: rows[0][name] for name in self.columns})
            else:
                result = conn.execute(self._pg_many, self.array_params(rows))
        else:
            result = conn.execute(self._generic, [{name: row[name] for name in self.columns} for row in rows])
        return list(result.scalars()) if self.returning is not None else []


class BatchUpdate(_ArrayParams):
    """UPDATE of many rows, each found by its key and given its own values. The keys must
    be distinct (a row matched twice would get one of the two values). On PostgreSQL:
    UPDATE t SET a = v.a FROM unnest(...) AS v(key, a) WHERE t.key = v.key."""

    def __init__(self, table: Table, key: str, columns: Sequence[str], *, prefix: str = "", only_if: str = ""):
        """`only_if` is an extra SQL condition on the table's row (the same text on
        every dialect), e.g. "delivered_at_us IS NULL"."""
        super().__init__(table, (key, *columns), prefix)
        target, quoted_key = _quote(table.name), _quote(key)
        assignments = ", ".join(f"{_quote(name)} = v.{_quote(name)}" for name in columns)
        self.pg_sql = (
            f"UPDATE {target} SET {assignments} FROM {_pg_unnest(table, self.columns, ordinality=False, prefix=prefix)} "
            f"WHERE {target}.{quoted_key} = v.{quoted_key}{f' AND {only_if}' if only_if else ''}"
        )
        self._pg = text(self.pg_sql)
        generic = update(table).where(table.c[key] == bindparam(f"b_{key}"))
        if only_if:
            generic = generic.where(text(only_if))
        self._generic = generic.values({name: bindparam(f"b_{name}") for name in columns})

    def execute(self, conn: Connection, rows: Sequence[Row]) -> None:
        if not rows:
            return
        if _is_postgresql(conn):
            conn.execute(self._pg, self.array_params(rows))
        else:
            conn.execute(self._generic, [{f"b_{name}": row[name] for name in self.columns} for row in rows])


class UpdateByKeys:
    """The same change applied to many rows given by their keys, e.g. "mark these events
    delivered now". `assignments` are SQL expressions of the row and of scalar
    parameters (the same text on every dialect). The rows are found by primary key: on
    PostgreSQL as a join with unnest(keys), on SQLite with json_each(keys) - constant
    text on both. (As `key IN (...) AND <condition>`, PostgreSQL chose a partial index
    on the condition and filtered it: a scan of the whole backlog per batch.)"""

    def __init__(self, table: Table, key: str, assignments: Mapping[str, str], *, only_if: str = ""):
        """`only_if` is an extra condition on the row; qualify its columns with the
        table's name."""
        target, quoted_key = _quote(table.name), _quote(key)
        sets = ", ".join(f"{_quote(name)} = {expression}" for name, expression in assignments.items())
        condition = f" AND {only_if}" if only_if else ""
        self.key_array_type = _pg_array_type(table.c[key])
        self._pg = text(
            f"UPDATE {target} SET {sets} FROM unnest(CAST(:keys AS {self.key_array_type})) AS k(key) "
            f"WHERE {target}.{quoted_key} = k.key{condition} RETURNING {target}.{quoted_key}"
        )
        self._sqlite = text(
            f"UPDATE {target} SET {sets} WHERE {quoted_key} IN (SELECT value FROM json_each(:keys)){condition} RETURNING {quoted_key}"
        )

    def execute(self, conn: Connection, keys: Sequence[object], params: Mapping[str, object] | None = None) -> list[Any]:
        """Apply the change to the rows of `keys` that meet the condition; returns their keys."""
        if not keys:
            return []
        if _is_postgresql(conn):
            bound = {"keys": pg_array_literal(keys, self.key_array_type), **(params or {})}
            return list(conn.execute(self._pg, bound).scalars())
        return list(conn.execute(self._sqlite, {"keys": json.dumps(list(keys)), **(params or {})}).scalars())


class CombinedWrite:
    """Several batch writes that a transaction makes together: on PostgreSQL ONE
    statement of data-modifying CTEs (one round trip, one constant text); elsewhere the
    parts one after another, in the order declared. Parts with no rows write nothing.

    The parts must not depend on one another's effects (on PostgreSQL they share one
    snapshot), except through foreign keys, which PostgreSQL checks at the statement's
    end. `pg_before` adds CTEs ahead of the writes, e.g. `lock AS MATERIALIZED (SELECT
    pg_advisory_xact_lock(...))` for a part to join; SQLite needs no such lock, as it
    has one writer at a time.

    A write can also answer a query: `pg_select` replaces the final SELECT 1 (with `pg_after`,
    CTEs after the writes, reading their RETURNING), and `select_after` is the same query for
    the other dialects, run right after the parts. execute() returns the query's first row.
    On PostgreSQL the statement's snapshot is taken before any lock its CTEs acquire: read
    rows another transaction may have changed meanwhile with FOR UPDATE, which sees the
    latest committed version."""

    def __init__(
        self,
        parts: Mapping[str, BatchInsert | BatchUpdate],
        *,
        pg_before: str = "",
        pg_after: str = "",
        pg_select: str = "",
        select_after: str = "",
    ):
        prefixes = [part.prefix for part in parts.values()]
        if len(set(prefixes)) != len(prefixes) or "" in prefixes:
            raise ValueError("each part of a combined write needs its own parameter prefix")
        if bool(pg_select) != bool(select_after):
            raise ValueError("a combined write answers its query on every dialect: give pg_select and select_after")
        self.parts = dict(parts)
        ctes = [pg_before] if pg_before else []
        ctes += [f"{_quote(name)} AS ({part.pg_sql})" for name, part in self.parts.items()]
        if pg_after:
            ctes.append(pg_after)
        self._pg = text(f"WITH {', '.join(ctes)} {pg_select or 'SELECT 1'}")
        self._select_after = text(select_after) if select_after else None

    def execute(self, conn: Connection, rows: Mapping[str, Sequence[Row]], *, after_params: Mapping[str, object] | None = None) -> Any:
        """Write the rows; the first row of the query (see the class), or None without one.
        `after_params` are the bind parameters of `select_after`."""
        if not any(rows.get(name) for name in self.parts):
            return None
        if _is_postgresql(conn):
            params: dict[str, str] = {}
            for name, part in self.parts.items():
                params.update(part.array_params(rows.get(name, ())))
            result = conn.execute(self._pg, params)
            return result.first() if self._select_after is not None else None
        for name, part in self.parts.items():
            part.execute(conn, rows.get(name, ()))
        return conn.execute(self._select_after, dict(after_params or {})).first() if self._select_after is not None else None
