"""Querysets built and compiled by the ORM once a process, then sent with each
call's values (issue 23, goal 1; docs/performance.md, "Seventh round").

NOTE: performance: every request of the week's page built the same few
querysets (the user's memberships, the plan, the week's report, the rows,
the tasks) and compiled them to SQL again: `filter()`'s joins and lookups,
then the compiler's select list, joins and quoting, a fifth of the
process's CPU for a submission. A `Compiled` builds its queryset once a
process with stand-in values for its parameters, compiles it, finds where
each stand-in went in the statement's parameters, and from then on sends the
same SQL with each call's values in those places. It keeps one statement,
compiled for the database alias that first queryset names (its `db`; the
project configures one alias, "default"). The rows come back through the
ORM's own iterable (model instances with their `select_related` objects, or
values tuples) and the same converters: only the building and compiling are
skipped.

The contract of a `build` function: its statement's shape must not depend
on the values (no `None` that turns `=` into `IS NULL`, no lists whose
length changes the `IN`, no date or time read inside it: pass "today" as a
parameter), and each parameter must reach the statement as a parameter.
A value that is not found among the statement's parameters, or found
twice in different forms, refuses to build. Tests compare the rows with the
ORM's on SQLite and PostgreSQL (tests/test_compiled.py and the callers').
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable
from dataclasses import dataclass

from django.db import connections
from django.db.models import QuerySet
from django.db.transaction import TransactionManagementError

# Stand-ins: values no real row or parameter holds.
_BASE_INT = 9_137_400_000_000
_BASE_DATE = datetime.date(1903, 1, 1)


def _stand_in(kind: type, n: int):
    if kind is int:
        return _BASE_INT + 7919 * n
    if kind is datetime.datetime:
        return datetime.datetime(1903, 1, 1, 1, n, 17, 123457, tzinfo=datetime.UTC)
    if kind is datetime.date:
        return _BASE_DATE + datetime.timedelta(days=31 * n + 3)
    if kind is str:
        return f"\x1fntm-compiled-{n}\x1f"
    raise TypeError(f"Compiled: no stand-in for {kind!r}")


def _adapters(connection, kind: type) -> list[Callable]:
    """How a value of `kind` may reach the statement's parameters on this
    database (as it is, or as the backend adapts it for a field)."""
    ops = connection.ops
    if kind is datetime.datetime:
        return [lambda v: v, ops.adapt_datetimefield_value]
    if kind is datetime.date:
        return [lambda v: v, ops.adapt_datefield_value]
    return [lambda v: v]


@dataclass
class _Built:
    queryset: QuerySet
    compiler: object
    sql: str
    params: tuple
    places: list[tuple[int, str, Callable]]


class Compiled:
    """`build(**values)` → a queryset, compiled once a process; calling the
    Compiled with the values gives the queryset's rows (a list, as
    `list(queryset)` would). The statement is compiled for the database
    alias the first built queryset names and every call goes to that alias
    (on the calling thread's connection): a process that read through two
    aliases would need a `Compiled` for each."""

    def __init__(self, build: Callable[..., QuerySet], **kinds: type):
        self.build = build
        self.kinds = kinds
        self._built: _Built | None = None
        self._lock = threading.Lock()

    def __call__(self, **values) -> list:
        if any(type(v) is int and not -(2**63) <= v < 2**63 for v in values.values()):
            # Past bigint: the ORM decides (an empty result, Django 5).
            return list(self.build(**values))
        built, params = self._statement(values)
        if (
            built.queryset.query.select_for_update
            and connections[built.queryset.db].get_autocommit()
        ):
            # As the compiler says (its check is skipped with the compiling).
            raise TransactionManagementError(
                "select_for_update cannot be used outside of a transaction."
            )
        return list(self._queryset(built, params))

    def statement(self, **values) -> tuple[str, tuple]:
        """The SQL and parameters the queryset sends with `values` (to nest
        it in a statement of one's own, as the ORM nests a subquery)."""
        built, params = self._statement(values)
        return built.sql, params

    def _statement(self, values: dict) -> tuple[_Built, tuple]:
        if values.keys() != self.kinds.keys():
            raise TypeError(f"Compiled: values {sorted(values)} ≠ {sorted(self.kinds)}")
        built = self._built
        if built is None:
            with self._lock:
                built = self._built = self._built or self._build()
        params = list(built.params)
        for index, name, adapt in built.places:
            params[index] = adapt(values[name])
        return built, tuple(params)

    def _build(self) -> _Built:
        """Build and compile twice, with two sets of stand-ins: the SQL must
        be the same and the parameters differ only where the stand-ins went
        (a statement whose shape or constants follow the values refuses)."""
        first = self._compiled(0)
        second = self._compiled(len(self.kinds))
        if first.sql != second.sql or len(first.params) != len(second.params):
            raise ValueError(f"Compiled: the statement follows the values: {first.sql}")
        places = {index for index, _, _ in first.places}
        for index, (one, two) in enumerate(
            zip(first.params, second.params, strict=True)
        ):
            if (index in places) != (one != two):
                raise ValueError(f"Compiled: parameter {index} of {first.sql}")
        return first

    def _compiled(self, offset: int) -> _Built:
        stand_ins = {
            name: _stand_in(kind, offset + n)
            for n, (name, kind) in enumerate(self.kinds.items())
        }
        queryset = self.build(**stand_ins)
        connection = connections[queryset.db]
        compiler = queryset.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        places = []
        for name, value in stand_ins.items():
            found = []
            for index, param in enumerate(params):
                for adapt in _adapters(connection, self.kinds[name]):
                    if type(param) is type(adapt(value)) and param == adapt(value):
                        found.append((index, name, adapt))
                        break
            if not found:
                raise ValueError(f"Compiled: {name} is not a parameter of {sql}")
            places += found
        return _Built(queryset, compiler, sql, tuple(params), places)

    @staticmethod
    def _queryset(built: _Built, params: tuple) -> QuerySet:
        """A copy of the built queryset whose compiler sends `sql` with
        `params` (the compiler's select list, related objects and converters
        as the ORM computed them)."""
        sql = built.sql
        compiler = _copy(built.compiler)
        compiler.connection = connections[built.queryset.db]  # this thread's
        compiler.as_sql = lambda *args, **kwargs: (sql, params)
        query = _copy(built.queryset.query)
        query.get_compiler = lambda *args, **kwargs: compiler
        queryset = _copy(built.queryset)
        queryset._query = query
        queryset._result_cache = None
        queryset._prefetch_done = False
        return queryset


def _copy(thing):
    """A shallow copy (a plain object with a __dict__), without copy's
    protocol lookups."""
    new = object.__new__(type(thing))
    new.__dict__.update(thing.__dict__)
    return new
