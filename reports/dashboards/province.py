"""The province dashboard: its districts (or communes directly under it),
each summed over its communes' rows."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from reports.dashboards.shared import (
    SPARK_WEEKS,
    CommuneRow,
    Ranking,
    StateCount,
    as_of,
    commune_rows,
    late_rows,
    ranking,
    state_counts,
)
from reports.progress import ZERO, PlanFigures
from villages.models import Area, AreaLevel


@dataclass
class UnitRow:
    """A district (or a commune directly under the province) on the province board."""

    unit: Area
    communes: int
    counts: list[StateCount]
    late: int
    percent: Decimal  # Khối lượng hoàn thành over all its communes' targets
    figures: PlanFigures
    spark: list[Decimal]
    criteria_met: Decimal | None  # average criteria met over its communes
    criteria_total: int | None
    commune: CommuneRow | None  # when the unit is itself a commune


@dataclass
class ProvinceDashboard:
    area: Area
    week: datetime.date
    on: datetime.date
    units: list[UnitRow]
    late: list[CommuneRow]
    ranking: Ranking
    counts: list[StateCount]


def province_dashboard(
    *, user, area: Area, week: datetime.date, now
) -> ProvinceDashboard:
    """The province over its districts, or over its communes where they hang
    directly under it (10 queries)."""
    rows = commune_rows(user=user, area=area, week=week, now=now)
    unit_areas = {
        a.pk: a
        for a in Area.objects.filter(pk__in={r.unit_id for r in rows}).order_by(
            "level", "name"
        )
    }
    grouped: dict[int, list[CommuneRow]] = defaultdict(list)
    for row in rows:
        grouped[row.unit_id].append(row)
    units = []
    for unit_id, unit in unit_areas.items():
        members = grouped[unit_id]
        figures = sum((r.figures for r in members), PlanFigures())
        # Weighted by targets, as the mean over targets the percent is.
        weight = figures.targets
        assessed = [r for r in members if r.criteria_met is not None]
        units.append(
            UnitRow(
                unit=unit,
                communes=len({r.commune.pk for r in members}),
                counts=state_counts(members),
                late=sum(r.late for r in members),
                percent=figures.volume,
                figures=figures,
                spark=[
                    sum((r.spark[i] * r.figures.targets for r in members), ZERO)
                    / weight
                    if weight
                    else ZERO
                    for i in range(SPARK_WEEKS)
                ],
                criteria_met=(
                    Decimal(sum(r.criteria_met for r in assessed)) / len(assessed)
                    if assessed
                    else None
                ),
                criteria_total=assessed[0].criteria_total if assessed else None,
                commune=members[0] if unit.level == AreaLevel.COMMUNE else None,
            )
        )
    return ProvinceDashboard(
        area=area,
        week=week,
        on=as_of(week, timezone.localdate(now)),
        units=units,
        late=late_rows(rows),
        ranking=ranking(rows),
        counts=state_counts(rows),
    )
