"""Reads for places, bodies and people. Everything starts from for_user()."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404

from villages.models import Agency, Area, AreaLevel, AreaSuccession
from villages.querysets import membership_scope, succession_scope


def area_list(*, user) -> list[Area]:
    """The areas in `user`'s scope in tree order, with child counts and an
    `inherited` flag (a former commune or its village, read only) (1 query)."""
    return list(
        Area.objects.for_user(user)
        .select_related("region")
        .annotate(
            child_count=Count("children"),
            inherited=succession_scope(user, "path"),
        )
        .order_by("path")
    )


@dataclass
class AreaDetail:
    area: Area
    ancestors: list[Area]
    children: list[Area]
    agencies: list[Agency]
    formed_by: list[AreaSuccession]
    succeeded_by: list[AreaSuccession]


def area_detail(*, user, pk: int) -> AreaDetail:
    """An area in `user`'s scope (404 otherwise) with its surroundings (6 queries)."""
    area = get_object_or_404(
        Area.objects.for_user(user).select_related("region"), pk=pk
    )
    successions = AreaSuccession.objects.prefetch_related(
        Prefetch("predecessors", queryset=Area.objects.order_by("name"))
    ).select_related("successor")
    return AreaDetail(
        area=area,
        ancestors=list(Area.objects.ancestors(area)),
        children=list(
            area.children.annotate(child_count=Count("children")).order_by("name")
        ),
        agencies=list(area.agencies.select_related("parent").order_by("kind", "name")),
        formed_by=list(successions.filter(successor=area)),
        succeeded_by=list(successions.filter(predecessors=area)),
    )


def scope_summary(*, user) -> dict[str, int]:
    """How many units of each level the user's memberships hold, and how many
    former communes (`former`) they read as history only, their units having
    replaced them (1 query)."""
    everything = not user.is_authenticated or (user.is_active and user.is_superuser)
    own = Q() if everything else Q(membership_scope(user, "path"))
    former = (
        {}
        if everything
        else {"former": Count("pk", filter=Q(~own, level=AreaLevel.COMMUNE))}
    )
    counts = Area.objects.for_user(user).aggregate(
        **{
            level: Count("pk", filter=Q(own, level=level)) for level in AreaLevel.values
        },
        **former,
    )
    counts.setdefault("former", 0)
    return counts
