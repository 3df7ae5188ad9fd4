"""The machinery of a demo plan's weeks, shared by the 2023 history
(ntm.demo.progress) and this year's weeks (ntm.demo.live): the curves the
figures follow, the part of a village's share done by a week, and `DemoWeeks`,
which plays each week's story through reports.services as the user of the
moment. Both loaders import this module; neither imports the other's pieces."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from simple_history.models import HistoricalRecords

from plans.models import Plan, VillageTarget
from reports import services
from reports.models import ProgressReport
from reports.services import EntryInput

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")

# Each curve gives, week by week, how far a village has got: for increments and
# running totals the percentage of its share reached by the end of the week, for
# "%" targets the rate itself. A village's pace scales the curve (Hòa Bằng lags,
# Thịnh Bằng, aiming at "khu dân cư kiểu mẫu", leads); nothing passes the share.
GARDEN = (5, 15, 30, 45, 60, 72, 85, 92)
HEDGE = (3, 10, 20, 32, 45, 55, 65, 72)
ROAD = (0, 15, 30, 45, 60, 75, 85, 90)
CONCRETE = (0, 0, 0, 10, 20, 35, 45, 55)  # starts with the cement support
TOILETS = (0, 10, 20, 35, 50, 60, 70, 80)
COMPOST = (5, 15, 25, 40, 50, 60, 70, 75)
WASTE = (62, 66, 70, 75, 80, 84, 88, 91)  # running: most households already did
WASTEWATER = (10, 15, 22, 30, 38, 45, 52, 58)

STEP = {"km": Decimal("0.01"), "m": Decimal("10")}  # else whole units


def part_of_share(
    share: Decimal, unit: str, curve: tuple[int, ...], pace: int, week: int
) -> Decimal:
    """The part of `share` reached by the end of `week` (0 before week 1), at
    `pace` percent of `curve`, never more than the share, rounded to a step a
    village would report (0,01 km, 10 m, whole gardens)."""
    if week < 1:
        return Decimal(0)
    percent = min(Decimal(100), Decimal(curve[week - 1] * pace) / 100)
    step = STEP.get(unit, Decimal(1))
    value = share * percent / 100
    return (value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step


def done_in_week(
    share: Decimal, unit: str, curve: tuple[int, ...], pace: int, week: int
) -> Decimal:
    """The part of `share` done during `week` alone."""
    return part_of_share(share, unit, curve, pace, week) - part_of_share(
        share, unit, curve, pace, week - 1
    )


def plan_village_targets(plan: Plan):
    """The plan's village targets with their target and village, in the order
    of the entry page: target by target, villages by name."""
    return (
        VillageTarget.objects.filter(target__plan=plan)
        .select_related("target", "village")
        .order_by("target__order", "village__name")
    )


@contextmanager
def acting_as(user) -> Iterator[None]:
    """Record `user` in the history of what the services write, as the request
    middleware does for a logged-in user: a command has no request, and the
    services do not pass the user to simple_history themselves."""
    context = HistoricalRecords.context
    outer = getattr(context, "request", None)
    context.request = SimpleNamespace(user=user)
    try:
        yield
    finally:
        if outer is None:
            del context.request
        else:
            context.request = outer


class DemoWeeks:
    """One plan's demo weeks: save, submit, review, reopen, each at its moment.
    `start_of` turns a week number into its Monday."""

    def __init__(self, plan: Plan, reviewer, start_of: Callable[[int], datetime.date]):
        self.plan, self.reviewer = plan, reviewer
        self.week_start = start_of

    def report(self, week: int) -> ProgressReport:
        return ProgressReport.objects.get(
            plan=self.plan, period_start=self.week_start(week)
        )

    def save(
        self,
        week: int,
        user,
        items: list[EntryInput],
        now: datetime.datetime,
        texts: dict | None = None,
        reason: str = "",
    ) -> None:
        with acting_as(user):
            services.entries_save(
                plan=self.plan,
                period_start=self.week_start(week),
                user=user,
                inputs=items,
                report_fields=texts,
                reason=reason,
                now=now,
            )

    def submit(self, week: int, user, now: datetime.datetime) -> None:
        with acting_as(user):
            services.report_submit(report=self.report(week), user=user, now=now)

    def accept(self, week: int, now: datetime.datetime, comment: str = "") -> None:
        with acting_as(self.reviewer):
            services.report_accept(
                report=self.report(week),
                reviewer=self.reviewer,
                comment=comment,
                now=now,
            )

    def return_(self, week: int, now: datetime.datetime, comment: str) -> None:
        with acting_as(self.reviewer):
            services.report_return(
                report=self.report(week),
                reviewer=self.reviewer,
                comment=comment,
                now=now,
            )

    def reopen(self, week: int, reason: str) -> None:
        with acting_as(self.reviewer):
            services.reports_reopen(
                reports=[self.report(week)], reviewer=self.reviewer, reason=reason
            )

    def run(self, weeks: dict[int, Callable[[int], None]]) -> None:
        """Play each week's story, unless its report already exists."""
        existing = set(
            ProgressReport.objects.filter(plan=self.plan).values_list(
                "period_start", flat=True
            )
        )
        for week, story in weeks.items():
            if self.week_start(week) not in existing:
                story(week)
