"""Writes for progress reports: saving entries, submitting, reviewing and
reopening. Every write checks the lock first and is all-or-nothing; a stale
version is a conflict the user sees with both values, never an overwrite."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from ntm.numbers import format_number
from plans.models import Counting, Plan, VillageTarget
from reports.models import ProgressEntry, ProgressReport, Reopening, ReportStatus
from reports.periods import deadline, deadline_label, period_bounds, period_check
from reports.selectors import cumulative, is_over_target, village_targets_with_progress


@dataclass(frozen=True)
class Lock:
    locked: bool
    reason: str = ""


def report_lock(
    *,
    plan: Plan,
    period_start: datetime.date,
    report: ProgressReport | None,
    now: datetime.datetime,
) -> Lock:
    """Whether the commune may still change this period, and if not, why."""
    if report is not None:
        if report.status == ReportStatus.ACCEPTED:
            return Lock(
                True, "Báo cáo đã được duyệt; muốn sửa, đề nghị cấp trên trả lại."
            )
        if report.status == ReportStatus.SUBMITTED:
            return Lock(True, "Báo cáo đã nộp, đang chờ cấp trên xem xét.")
        if report.status == ReportStatus.RETURNED:
            return Lock(False)
        if report.reopenings.filter(closed_at__isnull=True).exists():
            return Lock(False)
    due = deadline(plan, period_start)
    if now > due:
        return Lock(
            True,
            f"Đã quá hạn báo cáo: {deadline_label(due)}. Đề nghị cấp trên mở lại nếu cần bổ sung.",
        )
    return Lock(False)


def is_reopened(report: ProgressReport | None) -> bool:
    return (
        report is not None and report.reopenings.filter(closed_at__isnull=True).exists()
    )


@dataclass
class EntryInput:
    village_target: VillageTarget
    amount: Decimal | None = None
    done: bool | None = None
    note: str = ""
    version: int | None = (
        None  # the entry's version when the form was opened; None: new
    )


@dataclass
class TaskInput:
    task: object
    status: str
    percent: int | None = None
    note: str = ""


@dataclass
class Conflict:
    village_target: VillageTarget
    theirs: str
    yours: str
    by: str


class EntryConflict(Exception):
    """Someone saved some of the same rows since the form was opened."""

    def __init__(self, conflicts: list[Conflict]):
        self.conflicts = conflicts
        super().__init__(
            "; ".join(f"{c.village_target.village.name}: {c.theirs}" for c in conflicts)
        )


@dataclass
class SaveResult:
    report: ProgressReport
    saved: int = 0
    warnings: list[str] = field(default_factory=list)


def _shown(value) -> str:
    if value is None:
        return "(trống)"
    if isinstance(value, bool):
        return "Xong" if value else "Chưa"
    return format_number(value)


@transaction.atomic
def report_get_or_create(
    *, plan: Plan, period_start: datetime.date, today: datetime.date
) -> ProgressReport:
    """The plan's report for the period, created empty if needed."""
    check = period_check(plan, period_start, today)
    if not check.ok:
        raise ValidationError(check.message)
    _, period_end = period_bounds(plan, period_start)
    try:
        with transaction.atomic():
            report, _ = ProgressReport.objects.get_or_create(
                plan=plan,
                period_start=period_start,
                defaults={"period_end": period_end},
            )
    except IntegrityError:  # two first saves of the week at once
        report = ProgressReport.objects.get(plan=plan, period_start=period_start)
    return report


@transaction.atomic
def entries_save(
    *,
    plan: Plan,
    period_start: datetime.date,
    user,
    inputs: list[EntryInput],
    report_fields: dict | None = None,
    task_inputs: list[TaskInput] = (),
    reason: str = "",
    now: datetime.datetime | None = None,
) -> SaveResult:
    """Save a period's entries (and the report's text fields) in one go.

    Refused when the period is locked; in a reopened period a reason is required.
    Rows whose version moved on raise EntryConflict and nothing is saved."""
    now = now or timezone.now()
    report = report_get_or_create(
        plan=plan, period_start=period_start, today=timezone.localdate(now)
    )
    report = ProgressReport.objects.select_for_update().get(pk=report.pk)
    lock = report_lock(plan=plan, period_start=period_start, report=report, now=now)
    if lock.locked:
        raise ValidationError(lock.reason)
    if is_reopened(report) and not reason.strip():
        raise ValidationError("Kỳ báo cáo đã được mở lại: ghi lý do sửa số liệu.")
    existing = {
        e.village_target_id: e for e in report.entries.select_related("updated_by")
    }
    conflicts, changed = [], []
    for item in inputs:
        entry = existing.get(item.village_target.pk)
        if (
            entry is not None
            and item.version is not None
            and entry.version != item.version
        ):
            theirs = (
                entry.done
                if item.village_target.target.counting == Counting.YES_NO
                else entry.amount
            )
            yours = (
                item.done
                if item.village_target.target.counting == Counting.YES_NO
                else item.amount
            )
            if theirs != yours or entry.note != item.note:
                by = (
                    entry.updated_by.get_full_name() or entry.updated_by.username
                    if entry.updated_by
                    else "?"
                )
                conflicts.append(
                    Conflict(item.village_target, _shown(theirs), _shown(yours), by)
                )
                continue
        if entry is not None and (entry.amount, entry.done, entry.note) == (
            item.amount,
            item.done,
            item.note,
        ):
            continue
        if (
            entry is None
            and item.amount is None
            and item.done is None
            and not item.note
        ):
            continue
        changed.append((entry, item))
    if conflicts:
        raise EntryConflict(conflicts)
    result = SaveResult(report=report)
    for entry, item in changed:
        if entry is None:
            entry = ProgressEntry(report=report, village_target=item.village_target)
        entry.amount, entry.done, entry.note = item.amount, item.done, item.note
        entry.updated_by = user
        if entry.pk:
            # Safe without F(): the report row is locked (select_for_update) for
            # the whole save, so no other save of this period runs in between.
            entry.version += 1
        entry._change_reason = reason.strip() or None
        entry.full_clean(exclude=["version"])
        entry.save()
        result.saved += 1
    _task_updates_save(report=report, user=user, inputs=task_inputs, reason=reason)
    if report_fields:
        for name, value in report_fields.items():
            setattr(report, name, value)
        report.save(update_fields=list(report_fields))
    result.warnings = _flag_over_target(
        report=report,
        plan=plan,
        period_start=period_start,
        ids=[i.village_target.pk for _, i in changed],
    )
    return result


def _task_updates_save(*, report: ProgressReport, user, inputs, reason: str) -> None:
    from reports.models import TaskUpdate

    existing = {u.task_id: u for u in report.task_updates.all()}
    for item in inputs:
        update = existing.get(item.task.pk)
        if update is not None and (update.status, update.percent, update.note) == (
            item.status,
            item.percent,
            item.note,
        ):
            continue
        update = update or TaskUpdate(report=report, task=item.task)
        if update.pk:
            update.version += 1
        update.status, update.percent, update.note = (
            item.status,
            item.percent,
            item.note,
        )
        update.updated_by = user
        update._change_reason = reason.strip() or None
        update.full_clean(exclude=["version"])
        update.save()


def _flag_over_target(*, report, plan, period_start, ids) -> list[str]:
    """Mark entries whose figure to date runs far past the village's share."""
    warnings = []
    if not ids:
        return warnings
    rows = village_targets_with_progress(plan=plan, period_start=period_start).filter(
        pk__in=ids
    )
    entries = {
        e.village_target_id: e for e in report.entries.filter(village_target_id__in=ids)
    }
    for village_target in rows:
        entry = entries.get(village_target.pk)
        if entry is None:
            continue
        to_date = cumulative(village_target, entry)
        over = is_over_target(village_target, to_date)
        if over != entry.over_target:
            ProgressEntry.objects.filter(pk=entry.pk).update(over_target=over)
        if over:
            warnings.append(
                f"{village_target.village.title_name} – {village_target.target.name}: lũy kế "
                f"{format_number(to_date)} {village_target.target.unit} vượt xa chỉ tiêu giao "
                f"{format_number(village_target.quantity)}. Đã lưu và báo huyện kiểm tra; nếu nhập nhầm, hãy sửa lại."
            )
    return warnings


@transaction.atomic
def report_submit(
    *, report: ProgressReport, user, now: datetime.datetime | None = None
) -> ProgressReport:
    """Submit a draft or returned report; refused after the deadline unless reopened."""
    now = now or timezone.now()
    report = ProgressReport.objects.select_for_update().get(pk=report.pk)
    lock = report_lock(
        plan=report.plan, period_start=report.period_start, report=report, now=now
    )
    if lock.locked:
        raise ValidationError(lock.reason)
    report.status = ReportStatus.SUBMITTED
    report.submitted_by, report.submitted_at = user, now
    report.is_late = now > deadline(report.plan, report.period_start)
    report.version += 1
    report.save()
    report.reopenings.filter(closed_at__isnull=True).update(closed_at=now)
    return report


def _review(
    report: ProgressReport, reviewer, status: str, comment: str, now
) -> ProgressReport:
    report = ProgressReport.objects.select_for_update().get(pk=report.pk)
    if report.status != ReportStatus.SUBMITTED:
        raise ValidationError("Chỉ xem xét được báo cáo đã nộp.")
    report.status = status
    report.reviewed_by, report.reviewed_at = reviewer, now or timezone.now()
    report.review_comment = comment
    report.version += 1
    report.save()
    return report


@transaction.atomic
def report_accept(
    *, report: ProgressReport, reviewer, comment: str = "", now=None
) -> ProgressReport:
    """Accept a submitted report: it is locked from then on."""
    from reports.notifications import notify_accepted

    report = _review(report, reviewer, ReportStatus.ACCEPTED, comment, now)
    transaction.on_commit(lambda: notify_accepted(report))
    return report


@transaction.atomic
def report_return(
    *, report: ProgressReport, reviewer, comment: str, now=None
) -> ProgressReport:
    """Return a submitted report with a comment: the commune may edit it again."""
    from reports.notifications import notify_returned

    if not comment.strip():
        raise ValidationError("Ghi ý kiến để xã biết cần sửa gì.")
    report = _review(report, reviewer, ReportStatus.RETURNED, comment.strip(), now)
    transaction.on_commit(lambda: notify_returned(report))
    return report


@transaction.atomic
def reports_reopen(
    *, reports: list[ProgressReport], reviewer, reason: str
) -> list[Reopening]:
    """Reopen one period or several at once after their deadline, with a reason."""
    if not reason.strip():
        raise ValidationError("Ghi lý do mở lại kỳ báo cáo.")
    opened = []
    for report in reports:
        if report.status in {ReportStatus.SUBMITTED, ReportStatus.ACCEPTED}:
            continue  # nothing to reopen: it is in, or returned through review
        if not report.reopenings.filter(closed_at__isnull=True).exists():
            opened.append(
                Reopening.objects.create(
                    report=report, reopened_by=reviewer, reason=reason.strip()
                )
            )
    return opened
