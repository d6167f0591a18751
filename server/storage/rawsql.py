"""Core statements compiled once per dialect and run straight on a pooled DB-API connection.

For the busiest requests only (a customer read by id, a customer created). SQLAlchemy's
``Connection.execute`` costs 40-60 us per statement here on top of the driver's own work:
execution context, compiled-cache lookup, parameter processing, result metadata and the
``Connection`` and ``Result`` objects, none of which a fixed statement with a fixed column
list needs per call. A :class:`RawStatement` asks SQLAlchemy once for everything it would
do (the SQL for the dialect, the order of positional parameters, each column's bind and
result processor) and then calls the DB-API cursor directly, so values are converted
exactly as SQLAlchemy converts them and a statement stays written in Core.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Engine
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.schema import ColumnDefault
from sqlalchemy.sql import ClauseElement, Insert, Select
from sqlalchemy.sql.compiler import SQLCompiler

Processor = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class CompiledSql:
    """One statement as one dialect runs it."""

    sql: str
    #: Parameter names in positional order, or ``None`` for a named paramstyle.
    order: tuple[str, ...] | None
    binders: tuple[tuple[str, Processor], ...]
    #: Python-side column defaults of an INSERT, for the columns a call leaves out.
    defaults: tuple[tuple[str, Callable[[], Any]], ...]
    #: One result processor per selected column (``None``: the driver's value is kept).
    readers: tuple[Processor | None, ...]

    def parameters(self, values: Mapping[str, Any]) -> Any:
        """The DB-API parameters for ``values``, converted as SQLAlchemy would."""
        if self.defaults or self.binders:
            values = dict(values)
            for name, default in self.defaults:
                if name not in values:
                    values[name] = default()
            for name, binder in self.binders:
                values[name] = binder(values[name])
        if self.order is None:
            return values
        return tuple([values[name] for name in self.order])

    def row(self, raw: tuple[Any, ...]) -> tuple[Any, ...]:
        """A fetched row with every column converted as SQLAlchemy would."""
        return tuple(
            [
                value if read is None else read(value)
                for read, value in zip(self.readers, raw, strict=True)
            ]
        )


class RawStatement:
    """A Core statement and its compiled form per dialect."""

    def __init__(self, statement: ClauseElement, column_keys: list[str] | None = None) -> None:
        self.statement = statement
        self.column_keys = column_keys
        self._compiled: dict[tuple[type[Dialect], str], CompiledSql] = {}

    def for_dialect(self, dialect: Dialect) -> CompiledSql:
        """The statement compiled for ``dialect`` (once)."""
        key = (type(dialect), dialect.paramstyle)
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = self._compile(dialect)
        return found

    def _compile(self, dialect: Dialect) -> CompiledSql:
        compiled = cast(
            "SQLCompiler", self.statement.compile(dialect=dialect, column_keys=self.column_keys)
        )
        binders = []
        for name, bind in compiled.binds.items():
            binder = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if binder is not None:
                binders.append((name, binder))
        readers: tuple[Processor | None, ...] = ()
        if isinstance(self.statement, Select):
            readers = tuple(
                column.type.dialect_impl(dialect).result_processor(dialect, None)
                for column in self.statement.selected_columns
            )
        order = tuple(compiled.positiontup or ()) if compiled.positional else None
        return CompiledSql(
            compiled.string, order, tuple(binders), self._defaults(compiled.binds), readers
        )

    def _defaults(self, binds: Mapping[str, Any]) -> tuple[tuple[str, Callable[[], Any]], ...]:
        if not isinstance(self.statement, Insert):
            return ()
        defaults: list[tuple[str, Callable[[], Any]]] = []
        for column in self.statement.table.columns:
            default = column.default
            if column.key not in binds or not isinstance(default, ColumnDefault):
                continue
            # SQLAlchemy wraps a callable default to take the execution context; ours use none.
            if default.is_callable:
                defaults.append((column.key, functools.partial(default.arg, None)))
            else:
                defaults.append((column.key, functools.partial(_constant, default.arg)))
        return tuple(defaults)


class RawConnection:
    """A pooled DB-API connection running :class:`RawStatement` s."""

    def __init__(self, dbapi_connection: Any, dialect: Dialect) -> None:
        self.dbapi_connection = dbapi_connection
        self.dialect = dialect

    def one_or_none(
        self, statement: RawStatement, values: Mapping[str, Any]
    ) -> tuple[Any, ...] | None:
        """The first row (converted), or ``None``."""
        raw = self.first_unconverted(statement, values)
        return None if raw is None else statement.for_dialect(self.dialect).row(raw)

    def first_unconverted(
        self, statement: RawStatement, values: Mapping[str, Any]
    ) -> tuple[Any, ...] | None:
        """The first row as the driver returned it, or ``None``.

        For callers that cache what they derive from a row, keyed by the row itself: a
        repeated row then costs neither conversion nor derivation.
        """
        cursor = self._run(statement.for_dialect(self.dialect), values)
        try:
            raw: tuple[Any, ...] | None = cursor.fetchone()
        finally:
            cursor.close()
        return raw

    def run(self, statement: RawStatement, values: Mapping[str, Any]) -> int:
        """Run a statement that returns no rows; how many rows it changed."""
        cursor = self._run(statement.for_dialect(self.dialect), values)
        try:
            return int(cursor.rowcount)
        finally:
            cursor.close()

    def _run(self, compiled: CompiledSql, values: Mapping[str, Any]) -> Any:
        parameters = compiled.parameters(values)
        cursor = self.dbapi_connection.cursor()
        try:
            cursor.execute(compiled.sql, parameters)
        except self.dialect.loaded_dbapi.Error as error:
            cursor.close()
            # The same exception classes a Core connection raises (IntegrityError for a
            # unique key, OperationalError for a lock), so callers handle one family.
            raise DBAPIError.instance(
                compiled.sql, parameters, error, self.dialect.loaded_dbapi.Error
            ) from error
        return cursor


def _constant(value: Any) -> Any:
    return value


@contextmanager
def raw_read(engine: Engine, *, autocommit: bool) -> Iterator[RawConnection]:
    """A pooled connection for reads; outside a transaction when ``autocommit``."""
    pooled = engine.raw_connection()
    dialect = engine.dialect
    dbapi_connection = pooled.dbapi_connection
    assert dbapi_connection is not None  # a checked-out connection is open
    try:
        if autocommit:
            dialect.set_isolation_level(dbapi_connection, "AUTOCOMMIT")
            try:
                yield RawConnection(dbapi_connection, dialect)
            finally:
                dialect.reset_isolation_level(dbapi_connection)
        else:
            yield RawConnection(dbapi_connection, dialect)
    finally:
        pooled.close()


@contextmanager
def raw_write(engine: Engine) -> Iterator[RawConnection]:
    """A pooled connection in one transaction: committed on success, rolled back on error."""
    pooled = engine.raw_connection()
    try:
        yield RawConnection(pooled.dbapi_connection, engine.dialect)
        pooled.commit()
    except BaseException:
        pooled.rollback()
        raise
    finally:
        pooled.close()


class ThreadReaders:
    """One connection held per thread for raw reads, for SQLite: no pool round trip per read.

    A pool checkout and return (with its reset) cost as much as the read of a customer by id.
    SQLite connections are in-process, so holding one per thread (the event loop's, or each
    worker thread's) costs a file handle; in WAL mode a SELECT outside a transaction sees
    every commit made before it, so a held connection reads what a fresh one would.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._local = threading.local()
        self._held: list[PoolProxiedConnection] = []
        self._lock = threading.Lock()

    def __call__(self) -> _Borrowed:
        """The calling thread's connection, as a context manager."""
        borrowed: _Borrowed | None = getattr(self._local, "borrowed", None)
        if borrowed is None:
            pooled = self.engine.raw_connection()
            with self._lock:
                self._held.append(pooled)
            borrowed = self._local.borrowed = _Borrowed(
                RawConnection(pooled.dbapi_connection, self.engine.dialect)
            )
        return borrowed

    def close(self) -> None:
        """Give every held connection back (before the engine is disposed)."""
        with self._lock:
            held, self._held = self._held, []
        for pooled in held:
            pooled.close()
        self._local = threading.local()


class _Borrowed:
    """A held connection as a context manager that keeps it open on exit."""

    __slots__ = ("connection",)

    def __init__(self, connection: RawConnection) -> None:
        self.connection = connection

    def __enter__(self) -> RawConnection:
        return self.connection

    def __exit__(self, *exc_info: object) -> None:
        return None
