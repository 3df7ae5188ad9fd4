"""The two statements of "Thay đổi gần đây" (selectors.recent_changes) as
plain SQL, built once a process (issue 23, goal 1; docs/performance.md,
"Fifth round").

Every drawing of the week's page lists the recent changes of its rows from
the entries' history: a join of six tables. The ORM rebuilt and compiled it
on every page, which cost more CPU than reading and drawing the changes. The
statements here are the ones the ORM sends (the same joins, conditions,
order and limit: tests/reports/test_recent_changes_sql.py compares the rows
with the ORM's on both databases), and the values come back through the
same converters (SQLite's dates, decimals and booleans).
"""

from __future__ import annotations

from django.db import connections, router
from django.db.models import QuerySet

from ntm.compiled import Compiled
from plans.models import Target, VillageTarget
from reports.models import ProgressEntry, ProgressReport
from villages.models import Area

_BUILT: dict[tuple, tuple[str, list]] = {}


def _history():
    return ProgressEntry.history.model


def _column(model, name: str) -> str:
    return model._meta.get_field(name).column


def _converters(connection, columns: list[tuple]) -> list:
    """For each (model, field name) selected, the converters the ORM applies
    to its value on this database."""
    found = []
    for model, name in columns:
        column = model._meta.get_field(name).get_col(model._meta.db_table)
        found.append(
            (
                column,
                connection.ops.get_db_converters(column)
                + column.get_db_converters(connection),
            )
        )
    return found


def _convert(connection, converters, rows) -> list[tuple]:
    if not any(found for _, found in converters):
        return [tuple(row) for row in rows]
    out = []
    for row in rows:
        values = list(row)
        for i, (column, found) in enumerate(converters):
            for convert in found:
                values[i] = convert(values[i], column, connection)
        out.append(tuple(values))
    return out


def _recent_statement(
    connection, villages: str, limit: int
) -> tuple[tuple[str, str], list]:
    """SELECT … of the newest history rows, to send alone and to send inside
    a transaction; `villages` is the SQL that lists the village ids (a
    subquery, or placeholders)."""
    key = ("recent", connection.alias, villages, limit)
    if key in _BUILT:
        return _BUILT[key]
    from django.contrib.auth import get_user_model

    q = connection.ops.quote_name
    history, user = _history(), get_user_model()
    h, r, vt, v, t, u = (
        q(m._meta.db_table)
        for m in (history, ProgressReport, VillageTarget, Area, Target, user)
    )

    def col(table: str, model, name: str) -> str:
        return f"{table}.{q(_column(model, name))}"

    selected = [
        (h, history, "id"),
        (h, history, "history_id"),
        (h, history, "history_date"),
        (h, history, "history_type"),
        (h, history, "history_change_reason"),
        (h, history, "amount"),
        (h, history, "done"),
        (u, user, "first_name"),
        (u, user, "last_name"),
        (u, user, "username"),
        (v, Area, "kind"),
        (v, Area, "name"),
        (t, Target, "name"),
        (t, Target, "unit"),
        (t, Target, "counting"),
        (r, ProgressReport, "period_start"),
    ]
    sql = (
        f"SELECT {', '.join(col(*item) for item in selected)} FROM {r}"
        f" INNER JOIN {h} ON ({col(h, history, 'report')} = {col(r, ProgressReport, 'id')})"
        f" INNER JOIN {vt} ON ({col(h, history, 'village_target')}"
        f" = {col(vt, VillageTarget, 'id')})"
        f" INNER JOIN {v} ON ({col(vt, VillageTarget, 'village')} = {col(v, Area, 'id')})"
        f" LEFT OUTER JOIN {u} ON ({col(h, history, 'history_user')} = {col(u, user, 'id')})"
        f" INNER JOIN {t} ON ({col(vt, VillageTarget, 'target')} = {col(t, Target, 'id')})"
        f" WHERE ({col(h, history, 'history_date')} >= %s"
        f" AND {col(r, ProgressReport, 'plan')} = %s"
        f" AND {col(vt, VillageTarget, 'village')} IN ({villages}))"
        f" ORDER BY {col(h, history, 'history_date')} DESC,"
        f" {col(h, history, 'history_id')} DESC LIMIT {int(limit)}"
    )
    if connection.vendor == "postgresql":
        # NOTE: performance: PostgreSQL spent 5-8 ms planning this six-table
        # join (searching its join orders) to run it in under 0.5 ms; joined
        # in the order written (the plan's reports first, then their history
        # rows) it plans in 0.5 ms (docs/performance.md, "Sixth round"). In
        # one query string outside a transaction the two statements are one
        # implicit transaction, which SET LOCAL lasts for; inside one it
        # would outlast the statement, so recent() leaves it out there.
        sql = (f"SET LOCAL join_collapse_limit = 1; {sql}", sql)
    else:
        sql = (sql, sql)
    converters = _converters(connection, [(m, n) for _, m, n in selected])
    _BUILT[key] = (sql, converters)
    return _BUILT[key]


# The subquery of a commune's villages (selectors.entry_villages_of), as the
# ORM nests it; NOTE: performance: compiled once a process (ntm/compiled.py).
_COMMUNE_VILLAGES = Compiled(
    lambda area_id: (
        Area.objects.filter(parent_id=area_id).villages().order_by().values("pk")
    ),
    area_id=int,
)


def recent(*, plan_id: int, start, villages, limit: int) -> list[tuple]:
    """The `limit` newest history rows of the plan's entries in `villages`
    from `start` (an aware datetime), as
    `history.filter(report__plan=…, history_date__gte=start,
    village_target__village__in=villages).order_by("-history_date",
    "-history_id").values_list(…)[:limit]` reads them (selectors.recent_changes)."""
    history = _history()
    alias = router.db_for_read(history)
    connection = connections[alias]
    commune = getattr(villages, "_commune_of", None)  # selectors.entry_villages_of
    if commune is not None:
        # All the commune's villages: the same subquery, compiled once.
        inner, inner_params = _COMMUNE_VILLAGES.statement(area_id=commune)
        villages_sql, villages_params = inner, list(inner_params)
    elif isinstance(villages, QuerySet):
        # Any queryset of areas: its ids as a subquery, as the ORM nests it.
        inner, inner_params = (
            villages.order_by().values("pk").query.get_compiler(alias).as_sql()
        )
        villages_sql, villages_params = inner, list(inner_params)
    else:
        ids = sorted({int(getattr(pk, "pk", pk)) for pk in villages})
        if not ids:
            return []
        villages_sql, villages_params = ", ".join(["%s"] * len(ids)), ids
    (alone, in_transaction), converters = _recent_statement(
        connection, villages_sql, limit
    )
    sql = in_transaction if connection.in_atomic_block else alone
    params = [
        connection.ops.adapt_datetimefield_value(start),
        int(plan_id),
        *villages_params,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return _convert(connection, converters, rows)


def chains(ids) -> list[tuple]:
    """(id, history_id, amount, done) of every history row of the entries
    `ids`, oldest first: `history.filter(id__in=ids).order_by("history_date",
    "history_id").values_list("id", "history_id", "amount", "done")`."""
    ids = sorted({int(pk) for pk in ids})
    if not ids:
        return []
    history = _history()
    alias = router.db_for_read(history)
    connection = connections[alias]
    key = ("chains", alias, len(ids))
    if key not in _BUILT:
        q = connection.ops.quote_name
        h = q(history._meta.db_table)
        names = ("id", "history_id", "amount", "done")
        columns = ", ".join(f"{h}.{q(_column(history, n))}" for n in names)
        _BUILT[key] = (
            f"SELECT {columns} FROM {h}"
            f" WHERE {h}.{q(_column(history, 'id'))} IN ({', '.join(['%s'] * len(ids))})"
            f" ORDER BY {h}.{q(_column(history, 'history_date'))} ASC,"
            f" {h}.{q(_column(history, 'history_id'))} ASC",
            _converters(connection, [(history, n) for n in names]),
        )
    sql, converters = _BUILT[key]
    with connection.cursor() as cursor:
        cursor.execute(sql, ids)
        rows = cursor.fetchall()
    return _convert(connection, converters, rows)
