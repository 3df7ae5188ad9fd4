"""Who may open the pages that only some roles use. Each predicate is the
check its view makes (through `available_if`) and the one the main menu asks
(villages.menu), so the menu cannot offer a page the view refuses, nor hide
one it serves."""

from __future__ import annotations

import functools
from collections.abc import Callable

from django.core.exceptions import PermissionDenied

from villages.models import Membership, Role
from villages.roles import REVIEWER_ROLES


def available_if(may_use: Callable[[object], bool], refusal: str):
    """Refuse the view (403, `refusal`) to users for whom `may_use(user)` is
    false; the menu reads the predicate back as `view.may_use`."""

    def decorate(view):
        @functools.wraps(view)
        def checked(request, *args, **kwargs):
            if not may_use(request.user):
                from villages.menu import forget

                forget(request)  # the menu showed this page: ask again
                raise PermissionDenied(refusal)
            return view(request, *args, **kwargs)

        checked.may_use = may_use
        return checked

    return decorate


def offered_if(may_use: Callable[[object], bool]):
    """For a view that answers users outside `may_use` itself (a redirect with
    a message): the menu reads the predicate back as `view.may_use`."""

    def decorate(view):
        view.may_use = may_use
        return view

    return decorate


def _superuser_or_member(user, **membership) -> bool:
    """A superuser, or `user` with a membership in force matching `membership`."""
    if user.is_superuser:
        return True
    return Membership.objects.active().filter(user_id=user.pk, **membership).exists()


def may_review(user) -> bool:
    """Accepts, returns and reopens reports: a reviewer's membership in force
    (Plan.objects.reviewable_by lists the plans themselves)."""
    return _superuser_or_member(user, role__in=REVIEWER_ROLES)


def may_verify(user) -> bool:
    """Verifies criteria assessments: works for an agency (criteria.selectors.verifier)."""
    return _superuser_or_member(user, agency__isnull=False)


def dashboard_membership(user) -> Membership | None:
    """The membership whose area's dashboard a user opens first: the first in
    area order, village heads left out (they read their village's rows only)."""
    return (
        Membership.objects.active()
        .filter(user_id=user.pk)
        .exclude(role=Role.VILLAGE_HEAD)
        .select_related("area")
        .order_by("area__path")
        .first()
    )


def has_dashboard(user) -> bool:
    return dashboard_membership(user) is not None
