"""Each target's counting, quantity and time frame, as the dashboards and
the weekly summary judge it (below both: reports.summaries reads it without
importing the dashboards)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count

from ntm.compiled import Compiled
from plans.models import Counting, Target
from reports.progress import (
    Judgement,
    expected_share,
    judge,
    rate_judged_as,
    time_frame,
)


@dataclass
class TargetInfo:
    pk: int
    plan_id: int
    counting: str
    higher_is_better: bool
    quantity: Decimal  # for yes-no targets: the number of villages
    start: datetime.date
    end: datetime.date
    # A rate every village must reach (Target.is_rate): its direction, for the
    # villages' shares; the target itself is judged as rate_judged_as says.
    rate_hib: bool | None = None

    def judged(self, value: Decimal | None, on: datetime.date) -> Judgement:
        """judge() of `value` as this target's figure on the day `on`: what is
        due by then on its time frame, and whether the frame has ended."""
        return judge(
            counting=self.counting,
            higher_is_better=self.higher_is_better,
            quantity=self.quantity,
            value=value,
            share=expected_share(start=self.start, end=self.end, on=on),
            ended=on > self.end,
        )


def _target_rows(plan_ids):
    """What target_infos reads of the plans' targets."""
    return (
        Target.objects.filter(plan_id__in=plan_ids)
        .annotate(villages=Count("allocations"))
        .values_list(
            "pk",
            "plan_id",
            "counting",
            "higher_is_better",
            "quantity",
            "villages",
            "task__starts_on",
            "task__ends_on",
            "phase__starts_on",
            "phase__ends_on",
            "unit",
        )
        .order_by("pk")  # the order the percents are summed in
    )


# NOTE: performance: one plan's, read by every save that keeps its summary,
# built and compiled once a process (ntm/compiled.py).
_ONE_PLAN = Compiled(lambda plan_id: _target_rows([plan_id]), plan_id=int)


def target_infos(plan_ids, years: dict[int, int]) -> list[TargetInfo]:
    """The plans' targets with their time frame and village count (1 query)."""
    plan_ids = list(plan_ids)
    rows = (
        _ONE_PLAN(plan_id=plan_ids[0])
        if len(plan_ids) == 1 and type(plan_ids[0]) is int
        else _target_rows(plan_ids)
    )
    targets = []
    for pk, plan_id, counting, hib, quantity, villages, ts, te, ps, pe, unit in rows:
        start, end = time_frame(years[plan_id], (ts, te), (ps, pe))
        if Target(unit=unit).is_rate:
            judged = rate_judged_as(villages)
            targets.append(
                TargetInfo(pk, plan_id, start=start, end=end, rate_hib=hib, **judged)
            )
            continue
        if counting == Counting.YES_NO:
            quantity = Decimal(villages)
        targets.append(TargetInfo(pk, plan_id, counting, hib, quantity, start, end))
    return targets
