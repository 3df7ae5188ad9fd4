"""Access-scoped querysets for plans and everything hanging off them."""

from __future__ import annotations

from django.db import models

from villages.querysets import (
    membership_lineage,
    membership_scope,
    scoped,
    succession_scope,
)
from villages.roles import EDITOR_ROLES, REVIEWER_ROLES


class PlanQuerySet(models.QuerySet):
    # NOTE: a superuser sees every plan even when switched off (is_active is
    # not asked, unlike villages' scopes); kept as it was.
    def for_user(self, user) -> PlanQuerySet:
        """Plans `user` may read: those of their areas and below (a district
        reviewer reads every commune's), and those of the bodies above that
        their plans implement (a commune reads its district's and province's),
        and those of the units their areas replaced (a merged commune reads
        its former communes' plans: read only, never editable_by)."""
        return scoped(
            self,
            user,
            membership_scope(user, "area__path")
            | membership_lineage(user, "area__path")
            | succession_scope(user, "area__path"),
            sees_all=user.is_superuser,
        )

    def editable_by(self, user) -> PlanQuerySet:
        """Plans `user` may change: commune officials and administrators, on
        their own areas and below. Reviewers and viewers only read."""
        return scoped(self, user, _edits(user), sees_all=user.is_superuser)

    def reviewable_by(self, user) -> PlanQuerySet:
        """Plans whose reports `user` reviews: district reviewers and
        administrators, for the communes below them."""
        return scoped(self, user, _reviews(user), sees_all=user.is_superuser)


def _edits(user):
    """The condition of editable_by for a signed-in user who is no superuser."""
    return membership_scope(user, "area__path", EDITOR_ROLES)


def _reviews(user):
    """The condition of reviewable_by, likewise: no self-review."""
    return membership_scope(user, "area__path", REVIEWER_ROLES, strictly_below=True)


class PlanChildQuerySet(models.QuerySet):
    """Tasks, targets, phases: scoped through their plan."""

    def _plans(self):
        # The Plan model through the foreign key: no import of plans.models.
        return self.model._meta.get_field("plan").related_model.objects

    def for_user(self, user):
        return self.filter(plan__in=self._plans().for_user(user))

    def editable_by(self, user):
        return self.filter(plan__in=self._plans().editable_by(user))
