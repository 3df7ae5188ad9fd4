"""Access-scoped querysets for plans and everything hanging off them."""

from __future__ import annotations

from django.db import models

from villages.querysets import membership_lineage, membership_scope
from villages.roles import EDITOR_ROLES, REVIEWER_ROLES


class PlanQuerySet(models.QuerySet):
    def for_user(self, user) -> PlanQuerySet:
        """Plans `user` may read: those of their areas and below (a district
        reviewer reads every commune's), and those of the bodies above that
        their plans implement (a commune reads its district's and province's)."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(
            membership_scope(user, "area__path")
            | membership_lineage(user, "area__path")
        )

    def editable_by(self, user) -> PlanQuerySet:
        """Plans `user` may change: commune officials and administrators, on
        their own areas and below. Reviewers and viewers only read."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(membership_scope(user, "area__path", EDITOR_ROLES))

    def reviewable_by(self, user) -> PlanQuerySet:
        """Plans whose reports `user` reviews: district reviewers and
        administrators, for the communes below them."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(
            membership_scope(user, "area__path", REVIEWER_ROLES, strictly_below=True)
        )


class PlanChildQuerySet(models.QuerySet):
    """Tasks, targets, phases: scoped through their plan."""

    def _plans(self):
        # The Plan model through the foreign key: no import of plans.models.
        return self.model._meta.get_field("plan").related_model.objects

    def for_user(self, user):
        return self.filter(plan__in=self._plans().for_user(user))

    def editable_by(self, user):
        return self.filter(plan__in=self._plans().editable_by(user))
