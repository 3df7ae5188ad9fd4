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

from django.db.models import (
    Case,
    Count,
    DecimalField,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.db.models.lookups import Exact

from criteria.selectors import communes_summaries
from plans.models import Counting, Plan, PlanStatus, ReportPeriod, VillageTarget
from reports.models import ProgressEntry, ReportStatus
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


def _latest(field: str, week_end: datetime.date) -> Subquery:
    return Subquery(
        ProgressEntry.objects.filter(
            village_target=OuterRef("pk"), report__period_start__lte=week_end
        )
        .exclude(**{f"{field}__isnull": True})
        .order_by("-report__period_start")
        .values(field)[:1]
    )


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
    # A village target is done when its figure to the end of the week reaches
    # its share: the sum of increments, the latest running total, or "done".
    done_sum = Subquery(
        ProgressEntry.objects.filter(
            village_target=OuterRef("pk"), report__period_start__lte=week_end
        )
        .values("village_target")
        .annotate(total=Sum("amount"))
        .values("total"),
        output_field=DecimalField(max_digits=16, decimal_places=3),
    )
    is_done = Case(
        When(
            Q(target__counting=Counting.INCREMENT)
            & Q(
                quantity__lte=Coalesce(done_sum, Value(0), output_field=DecimalField())
            ),
            then=Value(1),
        ),
        When(
            Q(target__counting=Counting.RUNNING_TOTAL)
            & Q(quantity__lte=_latest("amount", week_end)),
            then=Value(1),
        ),
        When(
            Exact(_latest("done", week_end), Value(True))
            & Q(target__counting=Counting.YES_NO),
            then=Value(1),
        ),
        default=Value(0),
        output_field=IntegerField(),
    )
    targets = {
        row["area_id"]: row
        for row in VillageTarget.objects.filter(
            target__plan__area_id__in=ids,
            target__plan__status=PlanStatus.ISSUED,
            target__plan__year=week.year,
        )
        .values(area_id=F("target__plan__area_id"))
        .annotate(targets=Count("pk"), done=Sum(is_done))
    }
    summaries = communes_summaries(communes=areas, on=on)
    grouped = len({area.parent_id for area in areas}) > 1
    lines = []
    for area in areas:
        plan_row = plans.get(area.pk, {})
        target_row = targets.get(area.pk, {})
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
                targets=target_row.get("targets", 0),
                done=target_row.get("done") or 0,
                met=summary.met_count if summary else 0,
                criteria=len(summary.rows) if summary else 0,
            )
        )
    return lines
