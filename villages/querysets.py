"""Access-scoped querysets: every view, export and count starts from `for_user()`.

A user's scope is the union of the subtrees of the areas of their active
memberships. Areas carry a materialised path ("00000001.00000007."), so "is in
the subtree of" is a prefix test and the whole check is one EXISTS subquery:
querysets stay lazy and compose into larger queries.
"""

from __future__ import annotations

import datetime

from django.apps import apps
from django.db import models
from django.db.models import Exists, F, OuterRef, Q, Subquery, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat
from django.db.models.lookups import StartsWith

from villages.roles import EDITOR_ROLES, Role


def _sees_everything(user) -> bool:
    return bool(user.is_active and user.is_superuser)


def scoped(queryset, user, where: Q | Exists, *, sees_all: bool | None = None):
    """`queryset` as `user` may have it: nothing for an anonymous user, all of
    it for an active superuser (or where `sees_all` says so), else the rows
    that `where` lets through."""
    if not user.is_authenticated:
        return queryset.none()
    if _sees_everything(user) if sees_all is None else sees_all:
        return queryset.all()
    return queryset.filter(where)


def valid_today(on: datetime.date | None = None) -> Q:
    """Memberships in force today (or on `on`): switched on, and the day within
    their dates. An official who moved keeps the old one, ended, for the
    history."""
    from django.utils import timezone

    today = on or timezone.localdate()
    return Q(
        Q(valid_from__isnull=True) | Q(valid_from__lte=today),
        Q(valid_to__isnull=True) | Q(valid_to__gte=today),
        is_active=True,
    )


def membership_scope(
    user,
    path: str,
    roles: list[str] | None = None,
    *,
    strictly_below: bool = False,
    on: datetime.date | None = None,
) -> Exists:
    """Filter for rows whose area path (`path`, relative to the row) lies in the
    subtree of one of `user`'s memberships valid today, or on `on` (of `roles`,
    if given); `strictly_below` leaves out the membership's own area (no
    self-review)."""
    Membership = apps.get_model("villages", "Membership")

    memberships = Membership.objects.filter(valid_today(on), user_id=user.pk)
    if roles is not None:
        memberships = memberships.filter(role__in=roles)
    memberships = memberships.filter(StartsWith(OuterRef(path), F("area__path")))
    if strictly_below:
        memberships = memberships.exclude(area__path=OuterRef(path))
    return Exists(memberships)


def membership_lineage(user, path: str) -> Exists:
    """Filter for rows whose area (`path`) is an ancestor of, or equal to, one of
    `user`'s membership areas: the bodies above a commune that it works with."""
    Membership = apps.get_model("villages", "Membership")

    return Exists(
        Membership.objects.filter(valid_today(), user_id=user.pk).filter(
            StartsWith(F("area__path"), OuterRef(path))
        )
    )


def predecessor_ids(heirs, on: datetime.date | None = None) -> RawSQL:
    """The ids of the areas that the areas of `heirs` (a queryset of area ids)
    replaced by `on` (today by default), transitively (a commune merged in
    2019 and again in 2025 reaches both generations): for `pk__in`.

    NOTE: one recursive common table expression (SQLite and PostgreSQL), not
    a subquery per generation: it stays a single uncorrelated subquery that
    the database evaluates once per statement, however deep the mergers go.
    UNION (not UNION ALL) ends even on a succession cycle typed by mistake."""
    from django.db import connection
    from django.utils import timezone

    AreaSuccession = apps.get_model("villages", "AreaSuccession")
    through = AreaSuccession.predecessors.through._meta
    links = through.db_table
    merger = through.get_field("areasuccession").column
    old = through.get_field("area").column
    successions = AreaSuccession._meta.db_table
    successor = AreaSuccession._meta.get_field("successor").column
    base, params = heirs.order_by().query.sql_with_params()
    on = connection.ops.adapt_datefield_value(on or timezone.localdate())
    mergers = f"SELECT l.{old} FROM {links} l JOIN {successions} s ON s.id = l.{merger}"
    # The recursive reference stands once, in a join (both databases refuse
    # it inside a subquery).
    sql = (
        f"WITH RECURSIVE replaced(area_id) AS ("
        f"{mergers} WHERE s.effective_on <= %s AND s.{successor} IN ({base})"
        f" UNION {mergers} JOIN replaced r ON r.area_id = s.{successor}"
        " WHERE s.effective_on <= %s"
        ") SELECT area_id FROM replaced"
    )
    return RawSQL(sql, (on, *params, on))


def succession_scope(user, path: str) -> Exists:
    """Filter for rows whose area path (`path`, relative to the row) lies in
    the subtree of a unit that one of `user`'s membership areas replaced
    (villages.models.AreaSuccession, transitively): a merged commune reads
    its former communes' history. Read only: no write rule asks it."""
    Area = apps.get_model("villages", "Area")
    Membership = apps.get_model("villages", "Membership")

    heirs = Membership.objects.filter(valid_today(), user_id=user.pk).values("area_id")
    return Exists(
        Area.objects.filter(pk__in=predecessor_ids(heirs)).filter(
            StartsWith(OuterRef(path), F("path"))
        )
    )


def _writes_progress(user) -> Exists:
    """The condition of progress_writable_by for a user who does not see everything."""
    return membership_scope(user, "path", [*EDITOR_ROLES, Role.VILLAGE_HEAD])


class AreaQuerySet(models.QuerySet):
    def for_user(self, user) -> AreaQuerySet:
        """Areas `user` may see: the subtrees of their memberships, and those
        of the units their membership areas replaced (a merged commune reads
        its former communes, read only: editable_by and progress_writable_by
        decide what is written)."""
        return scoped(
            self,
            user,
            membership_scope(user, "path") | succession_scope(user, "path"),
        )

    def within_memberships(self, user) -> AreaQuerySet:
        """The subtrees of `user`'s memberships only, without the units their
        areas replaced: where a write that asks no role acts (an agency
        verifying an assessment)."""
        return scoped(self, user, membership_scope(user, "path"))

    def managed_by(self, user) -> AreaQuerySet:
        """Areas on which `user` manages accounts and villages: the subtrees of
        their account-manager memberships (villages/accounts.py)."""
        return scoped(
            self, user, membership_scope(user, "path", [Role.ACCOUNT_MANAGER])
        )

    def editable_by(self, user, on: datetime.date | None = None) -> AreaQuerySet:
        """Areas on which `user` writes plans: commune officials and
        administrators, on their areas and below; by the memberships in force
        today, or on `on` (history written as it happened: the demo's 2023
        assessments by the official of a commune merged since)."""
        return scoped(self, user, membership_scope(user, "path", EDITOR_ROLES, on=on))

    def progress_writable_by(self, user) -> AreaQuerySet:
        """Areas whose progress rows `user` enters: plan editors on their areas
        and below, village heads on their own village."""
        return scoped(self, user, _writes_progress(user))

    def subtree(self, area) -> AreaQuerySet:
        """`area` and everything below it, in one query."""
        return self.filter(path__startswith=area.path)

    def ancestors(self, area, *, include_self: bool = False) -> AreaQuerySet:
        ids = area.ancestor_ids() + ([area.pk] if include_self else [])
        return self.filter(pk__in=ids).order_by("depth")

    def active(self, on: datetime.date | None = None) -> AreaQuerySet:
        """Units in force on `on` (today by default); merged ones drop out."""
        from django.utils import timezone

        on = on or timezone.localdate()
        return self.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=on),
            Q(valid_to__isnull=True) | Q(valid_to__gte=on),
        )

    def communes(self) -> AreaQuerySet:
        return self.filter(level="commune")

    def communes_for_week(self, area, week: datetime.date) -> AreaQuerySet:
        """The communes of `area` for the week starting `week`: the one answer
        every dashboard, summary export and notification uses (issue 19).

        A commune counts when it lies under `area` and was in force on some day
        of the week (Area.valid_from / valid_to), so a 2023 week shows the
        communes of 2023 and a week after the 2025 reform the new ones. A
        commune that has since been merged (AreaSuccession effective by the end
        of the week) stays under the area it belonged to and is reported where
        its successor is as well, carrying `successor_label` ("xã Sơn Tây") and
        `successor_path`; those are blank for a commune still in force. One
        query (subqueries only), whatever the number of communes."""
        week_end = week + datetime.timedelta(days=6)
        successions = successions_of("pk", week_end)
        successor_here = successions.filter(
            in_force_q(week, week_end, prefix="successor__"),
            successor__path__startswith=area.path,
        )
        here = Q(path__startswith=area.path)
        return (
            self.filter(level="commune")
            .filter(
                Q(here, in_force_q(week, week_end))
                | Q(here, Exists(successions))
                | Exists(successor_here)
            )
            .annotate(**succession_annotations("pk", week_end))
        )

    def villages(self) -> AreaQuerySet:
        return self.filter(level="village")


def in_force_q(first: datetime.date, last: datetime.date, prefix: str = "") -> Q:
    """Areas in force on some day of [first, last]."""
    return Q(
        Q(**{f"{prefix}valid_from__isnull": True})
        | Q(**{f"{prefix}valid_from__lte": last}),
        Q(**{f"{prefix}valid_to__isnull": True})
        | Q(**{f"{prefix}valid_to__gte": first}),
    )


def successions_of(ref: str, day: datetime.date):
    """The mergers that replaced the area OuterRef(`ref`) by `day`, latest first."""
    AreaSuccession = apps.get_model("villages", "AreaSuccession")

    return AreaSuccession.objects.filter(
        predecessors=OuterRef(ref), effective_on__lte=day
    ).order_by("-effective_on", "-pk")


def succession_annotations(ref: str, day: datetime.date) -> dict:
    """`successor_label` ("xã Sơn Tây"), `successor_path` and `successor_pk` of the unit that
    replaced the area OuterRef(`ref`) by `day`, None while it is in force: for
    annotating areas or plans in the query that reads them."""
    successions = successions_of(ref, day)
    return {
        "successor_label": Subquery(
            successions.annotate(
                label=Concat("successor__kind", Value(" "), "successor__name")
            ).values("label")[:1]
        ),
        "successor_path": Subquery(successions.values("successor__path")[:1]),
        "successor_pk": Subquery(successions.values("successor_id")[:1]),
    }


class AgencyQuerySet(models.QuerySet):
    def for_user(self, user) -> AgencyQuerySet:
        """Agencies of the user's areas and of the areas above them.

        A commune works with its own bodies and with the district and province
        departments that lead or coordinate its tasks, so those are in scope for
        reading and choosing; nothing of another commune or province is.
        """
        return scoped(
            self,
            user,
            (
                membership_scope(user, "area__path")
                | membership_lineage(user, "area__path")
            ),
        )

    def active(self, on: datetime.date | None = None) -> AgencyQuerySet:
        from django.utils import timezone

        on = on or timezone.localdate()
        return self.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=on),
            Q(valid_to__isnull=True) | Q(valid_to__gte=on),
        )


class MembershipQuerySet(models.QuerySet):
    def active(self) -> MembershipQuerySet:
        """Memberships in force today (switched on, today within their dates)."""
        return self.filter(valid_today())

    def for_user(self, user) -> MembershipQuerySet:
        """Memberships whose area lies in `user`'s scope (for account pages)."""
        return scoped(self, user, membership_scope(user, "area__path"))
