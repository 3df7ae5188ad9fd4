"""Who may manage reference data (load criteria sets, check them against
their source, assign commune groups).

The right is held at province level: an active membership on a province with
the role "Quản lý dữ liệu tham chiếu" (Role.REFERENCE_MANAGER, the staff of the
province's VP Điều phối) or "Quản trị" (villages.models.REFERENCE_ROLES). It
covers the province's own criteria sets (CriteriaSet.province) and the
communes under it. National sets (no province) are managed only by superusers:
a province never changes what another province's communes are judged by.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from criteria.models import CriteriaSet
from villages.models import Area, AreaLevel, Membership
from villages.roles import REFERENCE_ROLES


def managed_provinces(user) -> QuerySet[Area]:
    """The provinces whose reference data `user` manages (1 query when read)."""
    provinces = Area.objects.filter(level=AreaLevel.PROVINCE)
    if not user.is_authenticated or not user.is_active:
        return provinces.none()
    if user.is_superuser:
        return provinces
    return provinces.filter(
        pk__in=Membership.objects.active()
        .filter(user=user, role__in=REFERENCE_ROLES, area__level=AreaLevel.PROVINCE)
        .values("area_id")
    )


def is_reference_manager(user) -> bool:
    return managed_provinces(user).exists()


def manageable_sets(user) -> QuerySet[CriteriaSet]:
    """Current versions of the sets `user` may load and check."""
    sets = CriteriaSet.objects.current_versions()
    if user.is_authenticated and user.is_active and user.is_superuser:
        return sets
    return sets.filter(province__in=managed_provinces(user))


def can_manage_set(user, criteria_set: CriteriaSet) -> bool:
    if user.is_authenticated and user.is_active and user.is_superuser:
        return True
    return criteria_set.province_id is not None and (
        managed_provinces(user).filter(pk=criteria_set.province_id).exists()
    )


def managed_communes(user) -> QuerySet[Area]:
    """Communes under the provinces `user` manages (for commune groups)."""
    provinces = list(managed_provinces(user).values_list("path", flat=True))
    if not provinces:
        return Area.objects.none()
    scope = Q()
    for path in provinces:
        scope |= Q(path__startswith=path)
    return Area.objects.filter(scope, level=AreaLevel.COMMUNE)
