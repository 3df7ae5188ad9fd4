"""Reads for the criteria pages: typed, keyword-only, one query per widget."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q
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


def applicable_set(*, area, on, level: str = "xa_ntm") -> CriteriaSet | None:
    """The `level` criteria set that judges `area` in `on`'s year: its
    province's own set where there is one, else the national set (1 query)."""
    province_ids = [area.pk, *area.ancestor_ids()]
    return (
        CriteriaSet.objects.current(on.year)
        .filter(level=level, subject_level=area.level)
        .filter(Q(province__isnull=True) | Q(province_id__in=province_ids))
        .select_related("document", "province")
        .order_by(F("province_id").desc(nulls_last=True), "-period_start")
        .first()
    )


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
    """Where `area` stands on `criteria_set` on date `on` (3 queries)."""
    return criteria_summaries(area_ids=[area.pk], criteria_set=criteria_set, on=on)[
        area.pk
    ]


def criteria_summaries(
    *, area_ids: list[int], criteria_set: CriteriaSet, on
) -> dict[int, CriteriaSummary]:
    """Where each area stands on `criteria_set` on date `on`, from the latest
    assessment of each indicator in force then: 3 queries whatever the number of
    areas, indicators and assessments. Computed, never stored, so any past date
    gives the path over the years."""
    from criteria.models import Assessment, AssessmentStatus

    in_force = (
        Q(valid_from__isnull=True) | Q(valid_from__lte=on),
        Q(valid_to__isnull=True) | Q(valid_to__gte=on),
    )
    indicators = Indicator.objects.filter(
        *in_force, criterion__criteria_set=criteria_set
    )
    totals = dict(
        indicators.values("criterion_id")
        .annotate(total=Count("pk"))
        .values_list("criterion_id", "total")
    )
    newer = Assessment.objects.filter(
        area_id=OuterRef("area_id"),
        indicator_id=OuterRef("indicator_id"),
        assessed_on__gt=OuterRef("assessed_on"),
        assessed_on__lte=on,
    )
    met: dict[int, dict[int, int]] = {}
    for area_id, criterion_id, count in (
        Assessment.objects.filter(
            area_id__in=area_ids,
            indicator__in=indicators,
            assessed_on__lte=on,
            status=AssessmentStatus.MET,
        )
        .filter(~Exists(newer))
        .values("area_id", "indicator__criterion_id")
        .annotate(met=Count("pk"))
        .values_list("area_id", "indicator__criterion_id", "met")
    ):
        met.setdefault(area_id, {})[criterion_id] = count
    criteria = list(criteria_set.criteria.order_by("number"))
    return {
        area_id: CriteriaSummary(
            criteria_set=criteria_set,
            on=on,
            rows=[
                CriterionStatus(
                    criterion,
                    totals.get(criterion.pk, 0),
                    met.get(area_id, {}).get(criterion.pk, 0),
                )
                for criterion in criteria
            ],
        )
        for area_id in area_ids
    }
