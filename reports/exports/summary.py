"""The figures of the district summary: per commune, aggregated in the
database, a constant number of queries whatever the number of communes.

The two headline figures (Khối lượng hoàn thành, Chỉ tiêu đạt) come from
reports.summaries.plan_figures, over the same plans as the district dashboard
(issued, reporting weekly, of the week's year), so the signed table and the
screen give the same numbers for the same week."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Exists, OuterRef

from criteria.selectors import communes_summaries
from plans.models import Plan, PlanStatus, ReportPeriod
from reports.models import ProgressReport, ReportStatus
from reports.progress import PlanFigures, reached_counts
from reports.summaries import plan_figures
from villages.models import AreaLevel


@dataclass
class CommuneLine:
    area_id: int
    name: str
    group: str  # the district under a province; "" under a district
    plans: int  # issued plans reporting weekly
    submitted: int  # of which the week's report is submitted or accepted
    met: int  # criteria met on `on`
    criteria: int  # criteria in the applicable set
    figures: PlanFigures = field(default_factory=PlanFigures)
    successor: str = ""  # "xã Sơn Tây" when the commune has since been merged

    @property
    def targets(self) -> int:
        """Village targets assigned (Chỉ tiêu đạt: the denominator)."""
        return self.figures.assigned

    @property
    def done(self) -> int:
        """Village targets reached by the end of the week."""
        return self.figures.reached

    @property
    def volume(self) -> Decimal:
        """Khối lượng hoàn thành, in percent."""
        return self.figures.volume


def targets_done(
    *, area_ids: list[int], year: int, week_end: datetime.date
) -> dict[int, tuple[int, int]]:
    """{area_id: (village targets, reached)} over the issued plans of `year` of
    the areas, from entries of reports starting by `week_end`
    (progress.reached_counts; 2 queries)."""
    if not area_ids:
        return {}
    plans = dict(
        Plan.objects.filter(
            area_id__in=area_ids, status=PlanStatus.ISSUED, year=year
        ).values_list("pk", "area_id")
    )
    result: dict[int, tuple[int, int]] = {}
    for plan_id, (count, done) in reached_counts(
        plan_ids=list(plans), until=week_end
    ).items():
        before = result.get(plans[plan_id], (0, 0))
        result[plans[plan_id]] = (before[0] + count, before[1] + done)
    return result


def commune_lines(
    *, communes, week: datetime.date, on: datetime.date
) -> list[CommuneLine]:
    """Per commune of `communes` (a scoped Area queryset): its weekly plans,
    reports of the week starting `week` in, both headline figures at the end of
    the week, criteria met on `on` (6 queries; 5 when no criteria set applies;
    9 more when some plan's weekly summary must be rebuilt first)."""
    areas = list(communes.select_related("parent").order_by("path"))
    ids = [area.pk for area in areas]
    week_end = week + datetime.timedelta(days=6)
    submitted = ProgressReport.objects.filter(
        plan=OuterRef("pk"),
        period_start=week,
        status__in=[ReportStatus.SUBMITTED, ReportStatus.ACCEPTED],
    )
    plans = list(
        Plan.objects.filter(
            area_id__in=ids,
            status=PlanStatus.ISSUED,
            report_period=ReportPeriod.WEEK,
            year__in={week.year, week_end.year},
        )
        .annotate(submitted=Exists(submitted))
        .values_list("pk", "area_id", "submitted")
    )
    figures = plan_figures(plan_ids=[pk for pk, _, _ in plans], week=week)
    by_area: dict[int, list] = {}
    for pk, area_id, is_in in plans:
        by_area.setdefault(area_id, []).append((figures[pk], is_in))
    summaries = communes_summaries(communes=areas, on=on)
    grouped = len({area.parent_id for area in areas}) > 1
    lines = []
    for area in areas:
        own = by_area.get(area.pk, [])
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
                plans=len(own),
                submitted=sum(1 for _, is_in in own if is_in),
                met=summary.met_count if summary else 0,
                criteria=len(summary.rows) if summary else 0,
                figures=sum((f for f, _ in own), PlanFigures()),
                successor=getattr(area, "successor_label", None) or "",
            )
        )
    return lines
