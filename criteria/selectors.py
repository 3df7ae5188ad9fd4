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
