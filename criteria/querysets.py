from __future__ import annotations

from django.db import models
from django.db.models import Count, Q


class CriteriaSetQuerySet(models.QuerySet):
    def current(self, year: int) -> CriteriaSetQuerySet:
        """Sets whose period covers `year` (any version; see current_versions)."""
        return self.filter(period_start__lte=year, period_end__gte=year)

    def current_versions(self) -> CriteriaSetQuerySet:
        """The version of each set in force now; replaced versions stay for
        the assessments made under them."""
        return self.filter(superseded_at__isnull=True)

    def national(self) -> CriteriaSetQuerySet:
        return self.filter(province__isnull=True)

    def relevant_to(self, user, *, keep: int | None = None) -> CriteriaSetQuerySet:
        """The current versions of the national sets and of those of the
        provinces the user works in or under: the choices a plan form offers
        (criteria sets themselves are public). `keep`: a set already chosen,
        kept even once replaced by a newer version."""
        from villages.querysets import membership_lineage, membership_scope

        versions = Q(superseded_at__isnull=True) | Q(pk=keep)
        if user.is_superuser:
            return self.filter(versions)
        return self.filter(versions).filter(
            Q(province__isnull=True)
            | membership_lineage(user, "province__path")
            | membership_scope(user, "province__path")
        )

    def with_counts(self) -> CriteriaSetQuerySet:
        """Annotate the number of criteria and indicators, and how many are unverified."""
        return self.annotate(
            criterion_count=Count("criteria", distinct=True),
            indicator_count=Count("criteria__indicators", distinct=True),
            unverified_indicator_count=Count(
                "criteria__indicators",
                filter=Q(criteria__indicators__verified=False),
                distinct=True,
            ),
        )


class IndicatorQuerySet(models.QuerySet):
    def current(self) -> IndicatorQuerySet:
        return self.filter(valid_to__isnull=True)
