"""Reporting periods, deadlines and the lock, in Asia/Ho_Chi_Minh.

A week is its Monday (week_start). Its report is due on the plan's weekday and
time of that same week (seed 003: "trước 14 giờ 30 chiều thứ 5 hàng tuần"); a
monthly report is due at that time on the month's last day."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from django.utils import timezone

from plans.models import WEEKDAYS, Plan, ReportPeriod

WEEKDAY_NAMES = dict(WEEKDAYS)


def monday(day: datetime.date) -> datetime.date:
    """The first day of `day`'s ISO week: weekly periods start on Monday."""
    return day - datetime.timedelta(days=day.weekday())


def period_bounds(
    plan: Plan, day: datetime.date
) -> tuple[datetime.date, datetime.date]:
    """The period of `plan` that contains `day`: (first day, last day)."""
    if plan.report_period == ReportPeriod.MONTH:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    start = monday(day)
    return start, start + datetime.timedelta(days=6)


def deadline(plan: Plan, period_start: datetime.date) -> datetime.datetime:
    """When the report for the period starting `period_start` is due (aware)."""
    if plan.report_period == ReportPeriod.MONTH:
        due_day = period_bounds(plan, period_start)[1]
    else:
        due_day = period_start + datetime.timedelta(days=plan.report_weekday)
    naive = datetime.datetime.combine(due_day, plan.report_time)
    return timezone.make_aware(naive, timezone.get_default_timezone())


def deadline_label(moment: datetime.datetime) -> str:
    """ "14:30 thứ Năm, 16/03/2023" """
    local = timezone.localtime(moment)
    weekday = WEEKDAY_NAMES[local.weekday()]
    weekday = weekday[:1].lower() + weekday[1:]
    return f"{local:%H:%M} {weekday}, {local:%d/%m/%Y}"


def period_label(plan: Plan, period_start: datetime.date) -> str:
    """ "Tuần 13/03 – 19/03/2023" or "Tháng 03/2023" """
    start, end = period_bounds(plan, period_start)
    if plan.report_period == ReportPeriod.MONTH:
        return f"Tháng {start:%m/%Y}"
    return f"Tuần {start:%d/%m} – {end:%d/%m/%Y}"


@dataclass(frozen=True)
class PeriodCheck:
    ok: bool
    message: str = ""


def period_check(
    plan: Plan, period_start: datetime.date, today: datetime.date
) -> PeriodCheck:
    """Whether `period_start` is a period a report may be written for."""
    if plan.report_period == ReportPeriod.NONE:
        return PeriodCheck(False, "Kế hoạch này không có chế độ báo cáo định kỳ.")
    start, _ = period_bounds(plan, period_start)
    if start != period_start:
        first_day = (
            "kỳ tháng bắt đầu từ ngày 01"
            if plan.report_period == ReportPeriod.MONTH
            else "tuần bắt đầu từ thứ Hai"
        )
        return PeriodCheck(False, f"Ngày bắt đầu kỳ báo cáo không đúng ({first_day}).")
    if period_start > today:
        return PeriodCheck(
            False, f"Chưa đến kỳ báo cáo bắt đầu ngày {period_start:%d/%m/%Y}."
        )
    first = datetime.date(plan.year, 1, 1)
    last = plan.final_report_on or datetime.date(plan.year, 12, 31)
    if not (period_bounds(plan, first)[0] <= period_start <= last):
        return PeriodCheck(
            False,
            f"Kỳ báo cáo {period_start:%d/%m/%Y} nằm ngoài thời gian của kế hoạch "
            f"({first:%d/%m/%Y} – {last:%d/%m/%Y}).",
        )
    return PeriodCheck(True)


def period_range(plan: Plan) -> tuple[datetime.date, datetime.date]:
    """The first days of the plan's first and last periods (its year, up to
    the final report when one is set)."""
    first = period_bounds(plan, datetime.date(plan.year, 1, 1))[0]
    last_day = plan.final_report_on or datetime.date(plan.year, 12, 31)
    return first, period_bounds(plan, last_day)[0]


def nearest_period(
    plan: Plan, day: datetime.date, today: datetime.date
) -> datetime.date | None:
    """The valid period closest to `day`: inside the plan and not after the
    current one. None when the plan has no periodic report or none has begun."""
    if plan.report_period == ReportPeriod.NONE:
        return None
    first, last = period_range(plan)
    last = min(last, period_bounds(plan, today)[0])
    if last < first:
        return None
    return min(max(period_bounds(plan, day)[0], first), last)


def next_period(plan: Plan, period_start: datetime.date) -> datetime.date:
    """The first day of the period after the one starting `period_start`."""
    return period_bounds(
        plan, period_bounds(plan, period_start)[1] + datetime.timedelta(days=1)
    )[0]
