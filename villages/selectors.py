"""Reads for places, bodies and people. Everything starts from for_user()."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone

from criteria.models import CriteriaSet
from villages.models import Agency, Area, AreaLevel, AreaSuccession, Membership, Role


@dataclass
class HomeCard:
    membership: Membership
    next_steps: list[str]
    criteria_sets: list[CriteriaSet]
    child_count: int


NEXT_STEPS = {
    Role.COMMUNE_OFFICIAL: [
        "Kiểm tra danh sách thôn và cơ quan của xã; báo quản trị nếu thiếu.",
        "Xem bộ tiêu chí áp dụng cho xã năm nay và các chỉ tiêu còn chưa đối chiếu.",
    ],
    Role.VILLAGE_HEAD: [
        "Kiểm tra tên thôn và xã của mình.",
        "Xem các tiêu chí khu dân cư mà thôn phấn đấu đạt.",
    ],
    Role.DISTRICT_REVIEWER: [
        "Kiểm tra danh sách xã thuộc địa bàn theo dõi.",
        "Xem bộ tiêu chí áp dụng cho các xã của huyện.",
    ],
    Role.PROVINCIAL_VIEWER: [
        "Xem bộ tiêu chí của tỉnh và các chỉ tiêu do cơ quan mình thẩm định.",
    ],
    Role.REFERENCE_MANAGER: [
        "Nạp bộ tiêu chí của tỉnh từ văn bản chính thức (Bộ tiêu chí › Nạp bộ tiêu "
        "chí từ văn bản).",
        "Đối chiếu các mục “chưa đối chiếu” và bổ sung mục còn thiếu (Bộ tiêu chí › "
        "Còn thiếu, chưa đối chiếu).",
        "Ghi nhóm xã (QĐ 51/2025/QĐ-TTg) cho các xã của tỉnh.",
    ],
    Role.ADMINISTRATOR: [
        "Đối chiếu các mục “chưa đối chiếu” với văn bản gốc (Bộ tiêu chí › Còn "
        "thiếu, chưa đối chiếu).",
        "Bổ sung địa bàn, cơ quan và tài khoản cho các xã.",
    ],
}


def home_cards(*, user) -> list[HomeCard]:
    """One card per active membership: the area, what to do next and the
    criteria sets in force there this year (3 queries)."""
    year = timezone.localdate().year
    memberships = list(
        Membership.objects.active()
        .filter(user=user)
        .select_related("area", "agency")
        .annotate(child_count=Count("area__children"))
        .order_by("area__path")
    )
    sets = list(
        CriteriaSet.objects.current_versions()
        .current(year)
        .select_related("document", "province")
        .order_by("level")
    )
    cards = []
    for membership in memberships:
        province_ids = set(membership.area.ancestor_ids() + [membership.area.pk])
        applicable = [
            s
            for s in sets
            if (s.province_id is None or s.province_id in province_ids)
            and _set_fits_role(s, membership)
        ]
        cards.append(
            HomeCard(
                membership=membership,
                next_steps=NEXT_STEPS.get(membership.role, []),
                criteria_sets=applicable,
                child_count=membership.child_count,
            )
        )
    return cards


def _set_fits_role(criteria_set: CriteriaSet, membership: Membership) -> bool:
    if membership.role == Role.VILLAGE_HEAD:
        return criteria_set.subject_level == AreaLevel.VILLAGE
    return True


def area_list(*, user) -> list[Area]:
    """The areas in `user`'s scope in tree order, with child counts (1 query)."""
    return list(
        Area.objects.for_user(user)
        .select_related("region")
        .annotate(child_count=Count("children"))
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
    """How many units of each level the user's scope holds (1 query)."""
    counts = Area.objects.for_user(user).aggregate(
        **{level: Count("pk", filter=Q(level=level)) for level in AreaLevel.values}
    )
    return counts
