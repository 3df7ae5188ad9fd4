"""The figures of the district summary: per commune, aggregated in the
database, a constant number of queries whatever the number of communes.

NOTE: reports/dashboards.commune_rows computes related figures per weekly
plan (percent done, targets behind); this one counts per commune the village
targets reached. They share the criteria lookup (criteria.selectors.
communes_summaries); folding the rest into one selector would change what the
signed table shows, so it waits for a decision on the table's columns."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, Q

from criteria.selectors import communes_summaries
from plans.models import (
    Counting,
    Plan,
    PlanStatus,
    ReportPeriod,
    Target,
    VillageTarget,
)
from reports.models import ProgressEntry, ProgressReport, ReportStatus
from villages.models import AreaLevel


@dataclass
class CommuneLine:
    area_id: int
    name: str
    group: str  # the district under a province; "" under a district
    plans: int  # issued plans reporting weekly
    submitted: int  # of which the week's report is submitted or accepted
    targets: int  # village targets of the year's issued plans
    done: int  # of which reached by the end of the week
    met: int  # criteria met on `on`
    criteria: int  # criteria in the applicable set


# Per village target of the plans, over its entries to the end of the week:
# `agg` sums the increments and finds the period of its latest figure (the
# latest non-null amount for a running total, the latest non-null answer for
# yes-no); `latest` reads the entries of that period. Two passes over the
# entries, hash-joined on PostgreSQL, instead of three correlated subqueries per
# village target (26 s on PostgreSQL for a province). COALESCE(period_start,
# period_start) keeps SQLite from looking reports up by date (every plan's
# report of that week) instead of by entry. MAX in `latest` only settles two
# reports of the same period, which one plan cannot have. A window
# (ROW_NUMBER over each village target by period) measured 1.7× slower on
# PostgreSQL and 2× slower on SQLite (one sort of every entry).
# Works on SQLite and PostgreSQL.
TARGETS_DONE_SQL = """
    WITH vt AS (
        SELECT vt.id AS id, p.area_id AS area_id, t.counting AS counting,
               vt.quantity AS quantity
        FROM {village_target} vt
        JOIN {target} t ON t.id = vt.target_id
        JOIN {plan} p ON p.id = t.plan_id
        WHERE p.area_id IN ({areas}) AND p.status = %s AND p.year = %s
    ), agg AS (
        SELECT vt.id AS vt_id, SUM(pe.amount) AS total,
               MAX(CASE
                   WHEN vt.counting = %s AND pe.done IS NOT NULL THEN r.period_start
                   WHEN vt.counting <> %s AND pe.amount IS NOT NULL
                       THEN r.period_start
               END) AS last_start
        FROM vt
        JOIN {entry} pe ON pe.village_target_id = vt.id
        JOIN {report} r ON r.id = pe.report_id
        WHERE r.period_start <= %s
        GROUP BY vt.id
    ), latest AS (
        SELECT agg.vt_id AS vt_id, MAX(pe.amount) AS amount,
               MAX(CASE WHEN pe.done THEN 1 ELSE 0 END) AS done
        FROM agg
        JOIN {entry} pe ON pe.village_target_id = agg.vt_id
        JOIN {report} r ON r.id = pe.report_id
            AND COALESCE(r.period_start, r.period_start) = agg.last_start
        GROUP BY agg.vt_id
    )
    SELECT vt.area_id, COUNT(*), SUM(CASE
        WHEN vt.counting = %s AND vt.quantity <= COALESCE(agg.total, 0) THEN 1
        WHEN vt.counting = %s AND vt.quantity <= latest.amount THEN 1
        WHEN vt.counting = %s AND latest.done = 1 THEN 1
        ELSE 0
    END)
    FROM vt
    LEFT JOIN agg ON agg.vt_id = vt.id
    LEFT JOIN latest ON latest.vt_id = vt.id
    GROUP BY vt.area_id
"""


def targets_done(
    *, area_ids: list[int], year: int, week_end: datetime.date
) -> dict[int, tuple[int, int]]:
    """{area_id: (village targets, done)} over the issued plans of `year` of
    the areas: a village target is done when its figure to `week_end` reaches
    its share — the sum of increments, the latest running total, or the latest
    "done" (1 query)."""
    if not area_ids:
        return {}
    sql = TARGETS_DONE_SQL.format(
        village_target=VillageTarget._meta.db_table,
        target=Target._meta.db_table,
        plan=Plan._meta.db_table,
        entry=ProgressEntry._meta.db_table,
        report=ProgressReport._meta.db_table,
        areas=", ".join(["%s"] * len(area_ids)),
    )
    params = [
        *area_ids,
        PlanStatus.ISSUED.value,
        year,
        Counting.YES_NO.value,
        Counting.YES_NO.value,
        connection.ops.adapt_datefield_value(week_end),
        Counting.INCREMENT.value,
        Counting.RUNNING_TOTAL.value,
        Counting.YES_NO.value,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {
            area_id: (targets, done or 0)
            for area_id, targets, done in cursor.fetchall()
        }


def commune_lines(
    *, communes, week: datetime.date, on: datetime.date
) -> list[CommuneLine]:
    """Per commune of `communes` (a scoped Area queryset): plans, reports of the
    week starting `week`, village targets done by its end, criteria met on `on`
    (7 queries; 6 when no criteria set applies)."""
    areas = list(communes.select_related("parent").order_by("path"))
    ids = [area.pk for area in areas]
    week_end = week + datetime.timedelta(days=6)
    plans = {
        row["area_id"]: row
        for row in Plan.objects.filter(
            area_id__in=ids,
            status=PlanStatus.ISSUED,
            report_period=ReportPeriod.WEEK,
            year=week.year,
        )
        .values("area_id")
        .annotate(
            plans=Count("pk", distinct=True),
            submitted=Count(
                "reports",
                filter=Q(
                    reports__period_start=week,
                    reports__status__in=[ReportStatus.SUBMITTED, ReportStatus.ACCEPTED],
                ),
                distinct=True,
            ),
        )
    }
    targets = targets_done(area_ids=ids, year=week.year, week_end=week_end)
    summaries = communes_summaries(communes=areas, on=on)
    grouped = len({area.parent_id for area in areas}) > 1
    lines = []
    for area in areas:
        plan_row = plans.get(area.pk, {})
        target_count, done = targets.get(area.pk, (0, 0))
        summary = summaries.get(area.pk)
        parent = area.parent
        group = ""
        if grouped and parent.level == AreaLevel.DISTRICT:
            group = parent.title_name
        elif grouped:
            group = f"Các xã trực thuộc {parent.full_name}"
        lines.append(
            CommuneLine(
                area_id=area.pk,
                name=area.title_name,
                group=group,
                plans=plan_row.get("plans", 0),
                submitted=plan_row.get("submitted", 0),
                targets=target_count,
                done=done,
                met=summary.met_count if summary else 0,
                criteria=len(summary.rows) if summary else 0,
            )
        )
    return lines
