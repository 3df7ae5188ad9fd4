"""Which table to build for a request or a command: one entry point, so the
download buttons and `manage.py export_appendix` give the same file.

Everything starts from a scoped queryset the caller passes in
(`Plan.objects.for_user(user)` / `Area.objects.for_user(user)`, or all rows for
the command), so an export never holds a row its reader could not see."""

from __future__ import annotations

import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from reports.exports import builders
from reports.exports.names import area_file_stem, plan_date, plan_file_stem
from reports.exports.tables import Table
from reports.periods import monday, period_bounds
from villages.models import AreaLevel

PLAN_TABLES = ("targets", "schedule", "progress", "criteria")
AREA_TABLES = ("criteria", "district_summary")
FORMATS = ("html", "xlsx", "pdf")


def plan_table(
    *,
    plans,
    pk: int,
    table: str,
    week: datetime.date | None = None,
    on: datetime.date | None = None,
    villages=None,
) -> Table:
    """Table `table` of plan `pk` taken from `plans` (404 outside it); `villages`
    narrows the progress rows to those the reader sees (a village head)."""
    if table not in PLAN_TABLES:
        raise Http404("Không có biểu này.")
    plan = builders.plan_for_export(plans, pk)
    if table == "targets":
        built, date = builders.targets(plan=plan), plan_date(plan)
    elif table == "schedule":
        built, date = builders.schedule(plan=plan), plan_date(plan)
    elif table == "progress":
        period_start = builders.progress_period(plan=plan, week=week)
        built = builders.progress(
            plan=plan, period_start=period_start, villages=villages, on=on
        )
        # The figures are "lũy kế đến" the end of the period.
        date = period_bounds(plan, period_start)[1]
    else:
        if plan.area.level != AreaLevel.COMMUNE:
            raise Http404("Biểu đánh giá tiêu chí chỉ lập cho kế hoạch của một xã.")
        date = on or timezone.localdate()
        built = builders.criteria(area=plan.area, on=date, plan=plan)
    built.file_stem = plan_file_stem(table=built.slug, plan=plan, on=date)
    return built


def area_table(*, areas, pk: int, table: str, on: datetime.date | None = None) -> Table:
    """Table `table` of area `pk` taken from `areas` (404 outside it): the
    criteria of a commune, or the summary of the communes of a district or
    province that are in `areas` as well."""
    if table not in AREA_TABLES:
        raise Http404("Không có biểu này.")
    area = get_object_or_404(areas.select_related("parent"), pk=pk)
    on = on or timezone.localdate()
    if table == "criteria":
        if area.level != AreaLevel.COMMUNE:
            raise Http404("Biểu đánh giá tiêu chí chỉ lập cho một xã.")
        built = builders.criteria(area=area, on=on)
    else:
        if area.level not in (AreaLevel.DISTRICT, AreaLevel.PROVINCE):
            raise Http404("Biểu tổng hợp chỉ lập cho một huyện hoặc một tỉnh.")
        # The communes of the week the table is for (as on the dashboards),
        # not those in force today: a 2023 week keeps its 2023 communes.
        communes = areas.communes_for_week(area, monday(on))
        built = builders.district_summary(area=area, communes=communes, on=on)
    built.file_stem = area_file_stem(table=built.slug, area=area, on=on)
    return built
