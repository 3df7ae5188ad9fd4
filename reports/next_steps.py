"""What each role should do next, for the home page (issue 22).

Report states come from the one definition the dashboards and the review list
use (reports.progress.week_state, through reports.selectors.review_rows); nothing here
decides what "late" or "returned" means."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from plans.models import Plan, PlanStatus, ReportPeriod
from reports.dashboards.shared import week_reports
from reports.models import ProgressReport, ReportStatus
from reports.periods import deadline, monday
from reports.progress import WeekState, week_state
from reports.selectors import ReviewRow, review_rows
from villages.models import Area, Role

REPORTER_ROLES = {Role.COMMUNE_OFFICIAL, Role.VILLAGE_HEAD}
OVERSEER_ROLES = {Role.DISTRICT_REVIEWER, Role.PROVINCIAL_VIEWER, Role.ADMINISTRATOR}


@dataclass
class WeekTask:
    plan: Plan
    week: datetime.date
    state: WeekState
    due: datetime.datetime
    time_left: str


@dataclass
class NextSteps:
    this_week: datetime.date
    reporting: list[WeekTask] = field(default_factory=list)
    returned: list[ProgressReport] = field(default_factory=list)
    waiting: list[ProgressReport] = field(default_factory=list)
    late: list[tuple[datetime.date, ReviewRow]] = field(default_factory=list)
    reviews: bool = False  # the user may accept and return (not only read)
    oversees: bool = False

    @property
    def empty(self) -> bool:
        return not (self.reporting or self.returned or self.waiting or self.late)


def time_left(due: datetime.datetime, now: datetime.datetime) -> str:
    """ "còn 2 ngày 3 giờ", "còn 40 phút", "quá hạn 1 ngày" """
    seconds = int((due - now).total_seconds())
    prefix = "còn" if seconds >= 0 else "quá hạn"
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    if days:
        return f"{prefix} {days} ngày" + (f" {hours} giờ" if hours else "")
    if hours:
        return f"{prefix} {hours} giờ"
    return f"{prefix} {max(rest // 60, 1)} phút"


def _current_weekly(plans, week: datetime.date):
    return plans.filter(
        report_period=ReportPeriod.WEEK,
        status=PlanStatus.ISSUED,
        year__in={week.year, (week + datetime.timedelta(days=6)).year},
    )


def next_steps(*, user, roles: set[str], now: datetime.datetime) -> NextSteps:
    """This week's report of each plan the user reports on, returned reports
    first; for reviewers and the province, reports waiting for review, late
    communes and returned reports not yet resubmitted (at most 3 queries for a
    reporter, 9 for a reviewer)."""
    from django.utils import timezone

    week = monday(timezone.localdate(now))
    steps = NextSteps(this_week=week)
    if roles & REPORTER_ROLES:
        _reporter_steps(steps, user, now)
    if roles & OVERSEER_ROLES:
        _overseer_steps(steps, user, roles, now)
    return steps


def _reporter_steps(steps: NextSteps, user, now) -> None:
    if user.is_superuser:
        return  # an administrator is not a reporter of every commune
    week = steps.this_week
    # Plans of the communes where the user writes rows: their own commune, or
    # the commune of their village.
    writable = Area.objects.progress_writable_by(user)
    plans = Plan.objects.for_user(user).filter(
        area_id__in=writable.values("pk")
    ) | Plan.objects.for_user(user).filter(area_id__in=writable.values("parent_id"))
    current = list(
        _current_weekly(plans, week).select_related("area").order_by("area__path")
    )
    reports = week_reports([p.pk for p in current], week)
    for plan in current:
        due = deadline(plan, week)
        steps.reporting.append(
            WeekTask(
                plan,
                week,
                week_state(plan, reports.get(plan.pk), week, now),
                due,
                time_left(due, now),
            )
        )
    steps.returned = list(
        ProgressReport.objects.filter(plan__in=plans, status=ReportStatus.RETURNED)
        .select_related("plan__area", "reviewed_by")
        .order_by("-period_start")[:10]
    )


def _overseer_steps(steps: NextSteps, user, roles: set[str], now) -> None:
    week = steps.this_week
    steps.oversees = True
    steps.reviews = bool(roles & {Role.DISTRICT_REVIEWER, Role.ADMINISTRATOR})
    plans = (
        Plan.objects.reviewable_by(user)
        if steps.reviews
        else Plan.objects.for_user(user).filter(area__level="commune")
    )
    scoped = ProgressReport.objects.filter(plan__in=plans).select_related(
        "plan__area", "submitted_by", "reviewed_by"
    )
    steps.waiting = list(
        scoped.filter(status=ReportStatus.SUBMITTED).order_by("-period_start")[:20]
    )
    if not steps.returned:
        steps.returned = list(
            scoped.filter(status=ReportStatus.RETURNED).order_by("-period_start")[:20]
        )
    # Late: not in by the deadline, last week or this week (same rule as the
    # review list and the dashboards).
    for start in (week - datetime.timedelta(days=7), week):
        steps.late += [
            (start, row)
            for row in review_rows(plans=plans, period_start=start, now=now)
            if row.overdue
        ]
