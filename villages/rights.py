"""A user's rights decided in Python from their memberships, read once.

The scoped querysets (`Area.objects.for_user`, `progress_writable_by`,
`Plan.objects.for_user`, `editable_by`, `reviewable_by`) stay the rule for
every list, export and count. A page about one plan asks the same questions
of one plan and its villages: `Rights` answers them from the user's
memberships in force today, read in one statement, with the same
conditions (a prefix test on the areas' paths) in Python.
`tests/villages/test_scope.py` holds every answer to the querysets'.

NOTE: performance: the entry page and its save built the membership
`Exists` subqueries six times a request, about a seventh of a submission's
CPU (docs/performance.md, "Fourth round").

A merged commune reads its former communes (querysets.succession_scope):
whether a grant's area replaced any is read with the grants; their paths
only when a question is not answered by the grants themselves, so the entry
page and its save of the user's own plan never ask, and a user whose areas
replaced nothing never does (NOTE: performance: the statement counts of the
entry page, its save and the photo pages are pinned)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone

from ntm.compiled import Compiled
from villages.models import Area, AreaLevel, Membership
from villages.querysets import predecessor_ids, valid_today
from villages.roles import EDITOR_ROLES, REVIEWER_ROLES, Role

# The roles of progress_writable_by: plan editors and village heads.
PROGRESS_ROLES = frozenset([*EDITOR_ROLES, Role.VILLAGE_HEAD])
_EDITOR_ROLES = frozenset(EDITOR_ROLES)
_REVIEWER_ROLES = frozenset(REVIEWER_ROLES)


@dataclass(frozen=True)
class Grant:
    """One membership in force: its role and area."""

    role: str
    area_id: int
    path: str
    level: str
    parent_id: int | None
    # The area replaced older units by today (an AreaSuccession in force):
    # only then are the former communes worth a statement.
    replaced: bool = False


# NOTE: performance: built and compiled once a process (ntm/compiled.py).
_MEMBERSHIPS = Compiled(
    lambda user_id, today: (
        Membership.objects.filter(valid_today(today), user_id=user_id)
        .order_by()
        .values_list(
            "role",
            "area_id",
            "area__path",
            "area__level",
            "area__parent_id",
            "area__formed_by__effective_on",
        )
    ),
    user_id=int,
    today=datetime.date,
)


class Rights:
    """What one user may do, decided from their memberships in force today.

    Two "sees everything" flags, as in the querysets: the areas' scopes ask
    an active superuser (villages.querysets.scoped), the plans' scopes any
    superuser (plans.querysets: kept as it was)."""

    def __init__(self, grants: tuple[Grant, ...], *, all_areas: bool, all_plans: bool):
        self.grants = grants
        self.all_areas = all_areas
        self.all_plans = all_plans
        self._replaced: tuple[str, ...] | None = None

    @classmethod
    def read(cls, user) -> Rights:
        """`user`'s rights: one statement (none for a superuser or anonymous)."""
        if not user.is_authenticated:
            return cls((), all_areas=False, all_plans=False)
        all_areas = bool(user.is_active and user.is_superuser)
        all_plans = bool(user.is_superuser)
        grants = ()
        if not (all_areas and all_plans):
            # NOTE: performance: a join, not an EXISTS (the pages asking
            # Rights build none): one row per succession the area formed,
            # folded below.
            today = timezone.localdate()
            rows = _MEMBERSHIPS(user_id=user.pk, today=today)
            replaced = {
                row[:5] for row in rows if row[5] is not None and row[5] <= today
            }
            grants = tuple(
                dict.fromkeys(Grant(*row[:5], row[:5] in replaced) for row in rows)
            )
        return cls(grants, all_areas=all_areas, all_plans=all_plans)

    def replaced_paths(self) -> tuple[str, ...]:
        """The paths of the units that the grants' areas replaced
        (querysets.succession_scope): one statement, the first time asked,
        and none when no grant's area replaced anything."""
        if self._replaced is None:
            self._replaced = ()
            heirs = {g.area_id for g in self.grants if g.replaced}
            if heirs:
                ids = Area.objects.filter(pk__in=heirs)
                self._replaced = tuple(
                    Area.objects.filter(pk__in=predecessor_ids(ids.values("pk")))
                    .order_by()
                    .values_list("path", flat=True)
                )
        return self._replaced

    def _inherits(self, path: str) -> bool:
        """`path` in the subtree of a unit the grants' areas replaced: read only."""
        return any(path.startswith(old) for old in self.replaced_paths())

    def _within(self, path: str, roles=None, *, strictly_below=False) -> bool:
        """`path` in the subtree of a grant (of `roles`): membership_scope."""
        return any(
            path.startswith(g.path)
            and (roles is None or g.role in roles)
            and not (strictly_below and g.path == path)
            for g in self.grants
        )

    # Plans: the conditions of plans.querysets.PlanQuerySet.

    def sees_plan(self, plan) -> bool:
        """Plan.objects.for_user: its area in a grant's subtree, or above one
        of the grants' areas (a commune reads its district's plans)."""
        return self._sees_plan_by_grants(plan) or self._inherits(plan.area.path)

    def _sees_plan_by_grants(self, plan) -> bool:
        path = plan.area.path
        return (
            self.all_plans
            or self._within(path)
            or any(g.path.startswith(path) for g in self.grants)
        )

    def inherits_plan(self, plan) -> bool:
        """Seen only as a former commune's plan (plans.selectors.inherited):
        read only; no statement when the grants see it."""
        return not self._sees_plan_by_grants(plan) and self._inherits(plan.area.path)

    def edits_plan(self, plan) -> bool:
        """Plan.objects.editable_by."""
        return self.all_plans or self._within(plan.area.path, _EDITOR_ROLES)

    def reviews_plan(self, plan) -> bool:
        """Plan.objects.reviewable_by: below the reviewer's area, never on it."""
        return self.all_plans or self._within(
            plan.area.path, _REVIEWER_ROLES, strictly_below=True
        )

    # Areas: the conditions of villages.querysets.AreaQuerySet.

    def sees_area(self, area) -> bool:
        """Area.objects.for_user."""
        return self.all_areas or self._within(area.path) or self._inherits(area.path)

    def writes_progress(self, area) -> bool:
        """Area.objects.progress_writable_by."""
        return self.all_areas or self._within(area.path, PROGRESS_ROLES)

    def villages_of(self, area) -> tuple[set[int] | None, set[int] | None]:
        """The villages right below `area` that the user sees, and those whose
        rows they write, without reading them: None for all of them, else
        their ids. A village is in a grant's subtree when the grant is on the
        village itself or on `area` or above it (paths are the tree's)."""
        return (
            self._villages(area, None),
            self._villages(area, PROGRESS_ROLES),
        )

    def _villages(self, area, roles) -> set[int] | None:
        if self.all_areas or self._within(area.path, roles):
            return None
        own = {
            g.area_id
            for g in self.grants
            if g.parent_id == area.pk
            and g.level == AreaLevel.VILLAGE
            and (roles is None or g.role in roles)
        }
        # A former commune's villages are read whole, never written; asked
        # only where no grant lies in or below `area` (a village head of the
        # area itself never triggers the read).
        if (
            roles is None
            and not own
            and not any(g.path.startswith(area.path) for g in self.grants)
            and self._inherits(area.path)
        ):
            return None
        return own


def request_rights(request) -> Rights:
    """The signed-in user's rights, read once a request and kept on it."""
    rights = getattr(request, "_ntm_rights", None)
    if rights is None:
        rights = request._ntm_rights = Rights.read(request.user)
    return rights
