"""Reads for the criteria pages: typed, keyword-only, one query per widget."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404

from criteria.models import (
    CriteriaSet,
    Criterion,
    Indicator,
    IndicatorRequirement,
    OutstandingField,
    TargetDimension,
)
from villages.models import CommuneGroup, Region


def criteria_set_list() -> list[CriteriaSet]:
    """Every criteria set with its document, province and item counts (1 query)."""
    return list(
        CriteriaSet.objects.with_counts()
        .select_related("document", "province", "parent__document")
        .order_by("-period_end", "province__name", "level", "code")
    )


def criteria_set_detail(
    *, code: str
) -> tuple[CriteriaSet, list[Criterion], list[OutstandingField]]:
    """A set, its criteria with indicator counts in number order, and its
    outstanding fields (3 queries)."""
    criteria_set = get_object_or_404(
        CriteriaSet.objects.select_related("document", "province", "parent__document"),
        code=code,
    )
    criteria = list(
        criteria_set.criteria.select_related("group")
        .annotate(
            indicator_count=Count(
                "indicators", filter=Q(indicators__valid_to__isnull=True)
            ),
            unverified_count=Count(
                "indicators",
                filter=Q(indicators__valid_to__isnull=True, indicators__verified=False),
            ),
        )
        .order_by("number")
    )
    return (
        criteria_set,
        criteria,
        list(criteria_set.outstanding_fields.order_by("order")),
    )


@dataclass
class IndicatorRow:
    indicator: Indicator
    cells: list[IndicatorRequirement | None] = field(default_factory=list)


def criterion_detail(
    *, code: str, number: int
) -> tuple[Criterion, list[str], list[IndicatorRow]]:
    """A criterion, the column headings of its target dimension, and one row per
    indicator with its requirement in each column (None: the general value applies)."""
    criterion = get_object_or_404(
        Criterion.objects.select_related(
            "criteria_set__document", "criteria_set__province", "group"
        ),
        criteria_set__code=code,
        number=number,
    )
    dimension = criterion.criteria_set.target_dimension
    if dimension == TargetDimension.REGION:
        columns = list(Region.objects.order_by("order"))
        headings = [region.name for region in columns]
        keys = [("region", region.pk) for region in columns]
    elif dimension == TargetDimension.COMMUNE_GROUP:
        headings = [label for _, label in CommuneGroup.choices]
        keys = [("commune_group", value) for value, _ in CommuneGroup.choices]
    else:
        headings, keys = [], []
    indicators = (
        criterion.indicators.select_related(
            "verifying_agency", "amended_by", "inherits_from__criterion__criteria_set"
        )
        .prefetch_related(
            Prefetch(
                "requirements",
                queryset=IndicatorRequirement.objects.filter(year__isnull=True),
            )
        )
        .order_by("valid_to", "order", "code")
    )
    rows = []
    for indicator in indicators:
        by_key = {}
        for requirement in indicator.requirements.all():
            if requirement.region_id:
                by_key[("region", requirement.region_id)] = requirement
            elif requirement.commune_group:
                by_key[("commune_group", requirement.commune_group)] = requirement
        rows.append(
            IndicatorRow(indicator=indicator, cells=[by_key.get(key) for key in keys])
        )
    return criterion, headings, rows


# ── Assessments: what applies to a commune, and where it stands ──

NORTHERN_UPLANDS = "TDMNPB"


def requirement_for(
    *, indicator: Indicator, area, on
) -> Indicator | IndicatorRequirement:
    """The required value of `indicator` that applies to `area` in `on`'s year:
    its region's (Trung du miền núi phía Bắc for communes under the Article 1
    rule of QĐ 318) or its commune group's, a year's value first; otherwise the
    indicator's general value. Uses `indicator.requirements` (prefetch it)."""
    dimension = indicator.criterion.criteria_set.target_dimension
    requirements = list(indicator.requirements.all())
    if dimension == TargetDimension.REGION:
        if area.uses_northern_upland_targets:
            matches = [
                r
                for r in requirements
                if r.region_id and r.region.code == NORTHERN_UPLANDS
            ]
        else:
            region = area.effective_region()
            matches = [r for r in requirements if region and r.region_id == region.pk]
    elif dimension == TargetDimension.COMMUNE_GROUP:
        matches = [
            r
            for r in requirements
            if area.commune_group and r.commune_group == area.commune_group
        ]
    else:
        matches = [
            r for r in requirements if r.region_id is None and r.commune_group is None
        ]
    for match in sorted(matches, key=lambda r: r.year is None):
        if match.year in (None, on.year):
            return match
    return indicator


@dataclass
class CriterionStatus:
    criterion: Criterion
    indicators: int
    met: int

    @property
    def is_met(self) -> bool:
        """A criterion is met when every one of its indicators is."""
        return self.indicators > 0 and self.met == self.indicators


@dataclass
class CriteriaSummary:
    criteria_set: CriteriaSet
    on: object
    rows: list[CriterionStatus]

    @property
    def met_count(self) -> int:
        return sum(row.is_met for row in self.rows)

    @property
    def label(self) -> str:
        """ "đạt 10/19 tiêu chí" """
        return f"đạt {self.met_count}/{len(self.rows)} tiêu chí"


def criteria_summary(*, area, criteria_set: CriteriaSet, on) -> CriteriaSummary:
    """Where `area` stands on `criteria_set` on date `on`, from the latest
    assessment of each indicator in force then (2 queries). Computed, never
    stored, so any past date gives the path over the years."""
    from django.db.models import Count, OuterRef, Q, Subquery

    from criteria.models import Assessment, AssessmentStatus

    latest = Subquery(
        Assessment.objects.filter(
            area=area, indicator=OuterRef("pk"), assessed_on__lte=on
        )
        .order_by("-assessed_on", "-pk")
        .values("status")[:1]
    )
    in_force = (
        Q(valid_from__isnull=True) | Q(valid_from__lte=on),
        Q(valid_to__isnull=True) | Q(valid_to__gte=on),
    )
    counts = {
        row["criterion_id"]: row
        for row in Indicator.objects.filter(criterion__criteria_set=criteria_set)
        .filter(*in_force)
        .annotate(latest_status=latest)
        .values("criterion_id")
        .annotate(
            total=Count("pk"),
            met=Count("pk", filter=Q(latest_status=AssessmentStatus.MET)),
        )
    }
    rows = [
        CriterionStatus(
            criterion,
            counts.get(criterion.pk, {}).get("total", 0),
            counts.get(criterion.pk, {}).get("met", 0),
        )
        for criterion in criteria_set.criteria.order_by("number")
    ]
    return CriteriaSummary(criteria_set=criteria_set, on=on, rows=rows)
