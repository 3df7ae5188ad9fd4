"""Writes for progress reports: saving entries, submitting, reviewing and
reopening. Every write checks the lock first and is all-or-nothing; a stale
version is a conflict the user sees with both values, never an overwrite."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from ntm.compiled import Compiled
from ntm.numbers import format_number
from ntm.text import nfc_composed
from plans.models import Counting, Plan, VillageTarget
from reports.models import (
    ProgressEntry,
    ProgressReport,
    Reopening,
    ReportStatus,
    SaveKey,
    Withdrawal,
)
from reports.periods import deadline, deadline_label, period_bounds, period_check
from reports.progress import is_over_target, values_to_date
from reports.summaries import kept_fresh


@dataclass(frozen=True)
class Lock:
    locked: bool
    reason: str = ""
    reopened: bool = False  # a reviewer reopened the period: changes need a reason


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
        # Read with the report by the page (selectors.entry_page).
        reopened = getattr(report, "open_reopening", None)
        if reopened is None:
            reopened = report.reopenings.filter(closed_at__isnull=True).exists()
        if report.status == ReportStatus.RETURNED or reopened:
            return Lock(False, reopened=reopened)
    due = deadline(plan, period_start)
    if now > due:
        return Lock(
            True,
            f"Đã quá hạn báo cáo: {deadline_label(due)}. Đề nghị cấp trên mở lại nếu cần bổ sung.",
        )
    return Lock(False)


@dataclass
class EntryInput:
    village_target: VillageTarget
    amount: Decimal | None = None
    done: bool | None = None
    note: str = ""
    base: Decimal | None = None  # a rate's base ("152/176 hộ": 176)
    done_on: datetime.date | None = None  # a milestone's day done
    # The entry's version when the form was drawn: 0 when there was none yet;
    # None skips the check (loaders and imports that own the data).
    version: int | None = None


@dataclass
class TaskInput:
    task: object
    status: str
    percent: int | None = None
    note: str = ""
    seen: tuple | None = None  # (status, percent, note) as the user saw them


@dataclass
class FieldInput:
    """A text field of the report: what the user saw, and what they typed."""

    name: str
    seen: str
    value: str


@dataclass
class Conflict:
    label: str
    theirs: str
    yours: str
    by: str
    key: tuple  # ("entry", village_target pk) | ("report", field) | ("task", task pk)


class EntryConflict(Exception):
    """Someone saved some of the same things since the form was drawn."""

    def __init__(self, conflicts: list[Conflict]):
        self.conflicts = conflicts
        super().__init__("; ".join(f"{c.label}: {c.theirs}" for c in conflicts))


class AlreadySaved(Exception):
    """This very save (same key, same content) was stored before: a copy of it
    (a lost answer, the offline queue replaying) writes nothing."""

    def __init__(self, stored: SaveKey):
        self.stored = stored
        super().__init__(str(stored))


class ReportLocked(ValidationError):
    """The period is locked (submitted, accepted, past its deadline): `lock` says why."""

    def __init__(self, lock: Lock):
        self.lock = lock
        super().__init__(lock.reason)


@dataclass(frozen=True)
class SaveKeyInput:
    """The key drawn with the page the save came from, and a hash of what the
    form carried (`reports.views._save_key`)."""

    key: object  # uuid.UUID
    digest: str


def save_key_stored(*, user, key: SaveKeyInput | None, report) -> SaveKey | None:
    if key is None or report is None:
        return None
    return SaveKey.objects.filter(
        user=user, key=key.key, digest=key.digest, report=report
    ).first()


@dataclass
class SaveResult:
    report: ProgressReport
    saved: int = 0
    warnings: list[str] = field(default_factory=list)
    stored_key: SaveKey | None = None
    submitted: bool = False

    @property
    def message(self) -> str:
        """What the user is told, and what a copy of this save is told again."""
        if not self.submitted:
            return f"Đã lưu {self.saved} dòng."
        if self.saved:
            return f"Đã lưu {self.saved} dòng và nộp báo cáo."
        return "Đã nộp báo cáo."


def _shown(value) -> str:
    if value is None or value == "":
        return "(trống)"
    if isinstance(value, bool):
        return "Xong" if value else "Chưa"
    if isinstance(value, Decimal):
        return format_number(value)
    return str(value)


def _who(user) -> str:
    return (user.get_full_name() or user.username) if user else "người khác"


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


def _report_locked(plan_id: int, period_start: datetime.date):
    """`_report_for_update`'s statement, as `.first()` sends it."""
    queryset = ProgressReport.objects.select_for_update().filter(
        plan_id=plan_id, period_start=period_start
    )
    return (queryset if queryset.ordered else queryset.order_by("pk"))[:1]


# NOTE: performance: built and compiled once a process (ntm/compiled.py).
_REPORT_FOR_UPDATE = Compiled(_report_locked, plan_id=int, period_start=datetime.date)


def _report_for_update(
    *, plan: Plan, period_start: datetime.date, now: datetime.datetime
) -> tuple[ProgressReport, bool]:
    """The period's report, its row locked for the rest of the transaction:
    saves and submissions of one period queue here; and whether this save
    created it (checking the period first): one query when it exists, one
    more and its INSERT (with its history) when not. NOTE: performance: no
    get_or_create, whose nested savepoints and second SELECT were six
    statements more on the week's first save (docs/performance.md)."""
    found = _REPORT_FOR_UPDATE(plan_id=plan.pk, period_start=period_start)
    report, created = (found[0] if found else None), False
    if report is None:
        check = period_check(plan, period_start, timezone.localdate(now))
        if not check.ok:
            raise ValidationError(check.message)
        _, period_end = period_bounds(plan, period_start)
        try:
            with transaction.atomic():
                report = ProgressReport.objects.create(
                    plan=plan, period_start=period_start, period_end=period_end
                )
            created = True  # ours until we commit: no one else sees it
        except IntegrityError:  # two first saves of the week at once
            # The other's, once it has committed.
            report = ProgressReport.objects.select_for_update().get(
                plan=plan, period_start=period_start
            )
    report.plan = plan  # for the deadline: no query for what the caller holds
    return report, created


@kept_fresh  # the dashboards' weekly summary, updated in the same transaction
@transaction.atomic(savepoint=False)  # in kept_fresh's: a savepoint adds nothing
def entries_save(
    *,
    plan: Plan,
    period_start: datetime.date,
    user,
    inputs: list[EntryInput],
    report_inputs: list[FieldInput] = (),
    task_inputs: list[TaskInput] = (),
    report_fields: dict | None = None,
    reason: str = "",
    now: datetime.datetime | None = None,
    key: SaveKeyInput | None = None,
    photos: dict[int, list] | None = None,
    submit: bool = False,
) -> SaveResult:
    """Save what the user changed in a period: entries, the report's text
    (`report_inputs`, checked against what the user saw; `report_fields`,
    unchecked, for loaders), task updates and `photos` (village target pk →
    uploads), then with `submit` submit the report ("Lưu và nộp"), all or
    nothing: a bad photo leaves the figures unsaved too.

    With a `key` already stored for this report, raises AlreadySaved and
    writes nothing, whatever happened since (checked under the report's lock,
    so two copies sent at once store once); else the key is stored with it.

    The lock is decided once, under the report's row lock: a locked period
    raises ReportLocked; a reopened period needs a reason. A row someone else
    saved since the user saw it raises EntryConflict, saving nothing."""
    now = now or timezone.now()
    report, created = _report_for_update(plan=plan, period_start=period_start, now=now)
    # A report this save created has no stored key, reopening or entry yet.
    stored = None if created else save_key_stored(user=user, key=key, report=report)
    if stored is not None:
        raise AlreadySaved(stored)
    lock = report_lock(
        plan=plan,
        period_start=period_start,
        report=None if created else report,
        now=now,
    )
    if lock.locked:
        raise ReportLocked(lock)
    changing = inputs or report_inputs or task_inputs or report_fields
    if lock.reopened and changing and not reason.strip():
        # Nothing to change ("Lưu và nộp" of a page already saved) needs no reason.
        raise ValidationError("Kỳ báo cáo đã được mở lại: ghi lý do sửa số liệu.")
    existing = (
        {}
        if created
        else {
            e.village_target_id: e for e in report.entries.select_related("updated_by")
        }
    )
    conflicts = _entry_conflicts(inputs, existing)
    conflicts += _report_conflicts(report, report_inputs)
    conflicts += _task_conflicts(report, task_inputs)
    if conflicts:
        raise EntryConflict(conflicts)
    result = SaveResult(report=report)
    created, updated = [], []
    today = timezone.localdate(now)
    for item in inputs:
        note = nfc_composed(item.note)
        entry = existing.get(item.village_target.pk)
        if entry is not None and (
            entry.amount,
            entry.base,
            entry.done,
            entry.done_on,
            entry.note,
        ) == (item.amount, item.base, item.done, item.done_on, note):
            continue
        if (
            entry is None
            and item.amount is None
            and item.base is None
            and item.done is None
            and item.done_on is None
            and not note
        ):
            continue
        if entry is None:
            entry = _new_entry(report, item.village_target)
            created.append(entry)
        else:
            entry.version += 1  # safe: the report row is locked for this save
            updated.append(entry)
        entry.amount, entry.done, entry.note = item.amount, item.done, note
        entry.base, entry.done_on = item.base, item.done_on
        problem = done_on_problem(item.done, item.done_on, today)
        if problem:
            raise ValidationError(problem)
        # NOTE: performance: the user's id and cached object set directly, as
        # the relation's descriptor would, without its checks (80 rows a save).
        entry.updated_by_id = user.pk if user is not None else None
        entry.updated_at = now
        _UPDATED_BY.set_cached_value(entry, user)
        entry._history_user = user
        entry._change_reason = reason.strip() or None
        _entry_check(entry)
    _entries_write(created, updated, now=now, user=user, reason=reason.strip())
    result.saved = len(created) + len(updated)
    _task_updates_save(report=report, user=user, inputs=task_inputs, reason=reason)
    fields = dict(report_fields or {}) | {
        item.name: item.value for item in report_inputs
    }
    # A form posted twice (a weak network's retry) must not write twice.
    fields = {k: v for k, v in fields.items() if getattr(report, k) != v}
    if fields:
        for name, value in fields.items():
            setattr(report, name, value)
        report.version += 1
        report._history_user = user
        report._change_reason = reason.strip() or None
        if not submit:  # else saved with the submission: one UPDATE, one history row
            report.save()
    result.warnings = _flag_over_target(
        report=report,
        plan=plan,
        village_targets=[i.village_target for i in inputs],
    )
    _photos_add(report=report, photos=photos or {}, user=user)
    if submit:
        _submit(report=report, user=user, now=now, lock=lock)
        result.submitted = True
    if key is not None:
        result.stored_key = SaveKey.objects.create(
            key=key.key,
            digest=key.digest,
            user=user,
            report=report,
            created_at=now,
            result=result.message[:500],
        )
    return result


_REPORT = ProgressEntry._meta.get_field("report")
_UPDATED_BY = ProgressEntry._meta.get_field("updated_by")


def _new_entry(report: ProgressReport, village_target) -> ProgressEntry:
    """`ProgressEntry(report=report, village_target=village_target)`, its
    relations set by their ids (NOTE: performance: the descriptors' checks,
    80 rows a save, docs/performance.md); the report's object cached. The
    village target may be a selectors.PlainVillageTarget (the rows a POST
    reads back), so it is not: `entry.village_target` reads the model's."""
    entry = ProgressEntry(report_id=report.pk, village_target_id=village_target.pk)
    _REPORT.set_cached_value(entry, report)
    return entry


def _photos_add(*, report: ProgressReport, photos: dict[int, list], user) -> None:
    """Each row's uploads on its entry (the row must hold a figure)."""
    from reports.photos import photos_add

    uploads = {pk: files for pk, files in photos.items() if files}
    if not uploads:  # most saves carry none: no need to load every entry then
        return
    entries = {e.village_target_id: e for e in report.entries.all()}
    for village_target_id, files in uploads.items():
        entry = entries.get(village_target_id)
        if entry is None:
            raise ValidationError("Nhập kết quả trước khi gửi ảnh cho một dòng.")
        photos_add(entry=entry, uploads=files, user=user)


# The model's "not negative" rule, whose message the form and the service show.
AMOUNT_CHECK = next(
    c for c in ProgressEntry._meta.constraints if c.name == "entry_amount_non_negative"
)


def _entry_check(entry: ProgressEntry) -> None:
    """The entry's own checks, in Python: its fields (digits, decimal places)
    and the model's CHECK that an amount is not negative (with its message).
    Django would ask the database for the CHECK, one query a row; the report
    (locked), the village target (the caller's) and the user need no check,
    and the one-entry-per-row rule is `existing` plus the unique constraint."""
    entry.clean_fields(exclude=["version", "report", "village_target", "updated_by"])
    if entry.amount is not None and entry.amount < 0:
        raise ValidationError(AMOUNT_CHECK.get_violation_error_message())
    problem = count_problem(entry.amount, entry.base)
    if problem:
        raise ValidationError(problem)


def done_on_problem(
    done: bool | None, done_on: datetime.date | None, today: datetime.date
) -> str | None:
    """What is wrong with a milestone's day done, None if nothing."""
    if done_on is None:
        return None
    if done_on > today:
        return (
            f"Ngày hoàn thành ({done_on:%d/%m/%Y}) chưa tới: "
            f"chỉ ghi ngày đã làm xong, muộn nhất là hôm nay ({today:%d/%m/%Y})."
        )
    if done is not True:
        return "Chỉ ghi ngày hoàn thành khi kết quả là “Đã xong”."
    return None


def count_problem(count: Decimal | None, base: Decimal | None) -> str | None:
    """What is wrong with a rate's count over its base (the model's CHECK
    entry_count_within_base, told in Vietnamese), None if nothing."""
    if base is None:
        return None
    if base <= 0:
        return "Tổng số phải lớn hơn 0 (ví dụ số hộ của thôn)."
    if count is not None and count > base:
        return (
            f"Số đạt ({format_number(count)}) lớn hơn tổng số ({format_number(base)}). "
            "Nhập số đạt trên tổng số (ví dụ 152/176 hộ), không nhập tỷ lệ %."
        )
    return None


def _entries_write(
    created: list[ProgressEntry],
    updated: list[ProgressEntry],
    *,
    now,
    user,
    reason: str,
) -> None:
    """Insert and update a save's entries and their history, a few statements
    for the whole page instead of two a row (a deadline's burst of saves)."""
    if created:
        ProgressEntry.objects.bulk_create(created)
        _history_copy(created, "+", now=now, user=user, reason=reason)
    if updated:
        ProgressEntry.objects.bulk_update(
            updated,
            [
                "amount",
                "base",
                "done",
                "done_on",
                "note",
                "version",
                "updated_by",
                "updated_at",
            ],
        )
        _history_copy(updated, "~", now=now, user=user, reason=reason)


def _history_copy(entries, history_type: str, *, now, user, reason: str) -> None:
    """The history rows of `entries` as simple_history's bulk_history_create
    writes them (same columns, user, reason, date, type), copied by the
    database from the rows just written: one INSERT … SELECT, no model
    instance a row (NOTE: performance, docs/performance.md).
    tests/reports/test_progress.py compares it with bulk_history_create.
    Nothing when history is switched off (SIMPLE_HISTORY_ENABLED), as there."""
    if not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = ProgressEntry.history.model
    fields = [f.name for f in history.tracked_fields]
    into = [history._meta.get_field(name).column for name in fields]
    source = [ProgressEntry._meta.get_field(name).column for name in fields]
    extra = ["history_date", "history_user_id", "history_change_reason", "history_type"]
    quote = connection.ops.quote_name
    values = [
        connection.ops.adapt_datetimefield_value(now),
        user.pk if user is not None else None,
        reason,
        history_type,
    ]
    ids = [entry.pk for entry in entries]
    for start in range(0, len(ids), 500):  # SQLite's limit on parameters
        chunk = ids[start : start + 500]
        sql = (
            f"INSERT INTO {quote(history._meta.db_table)} "
            f"({', '.join(quote(c) for c in into + extra)}) "
            f"SELECT {', '.join(quote(c) for c in source)}, %s, %s, %s, %s "
            f"FROM {quote(ProgressEntry._meta.db_table)} "
            f"WHERE {quote('id')} IN ({', '.join(['%s'] * len(chunk))}) "
            f"ORDER BY {quote('id')}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*values, *chunk])


def _entry_conflicts(inputs: list[EntryInput], existing: dict) -> list[Conflict]:
    conflicts = []
    for item in inputs:
        entry = existing.get(item.village_target.pk)
        if item.version is None or entry is None or entry.version == item.version:
            continue
        yes_no = item.village_target.target.counting == Counting.YES_NO
        theirs = entry.done if yes_no else entry.amount
        yours = item.done if yes_no else item.amount
        if (theirs, entry.base, entry.done_on, entry.note) != (
            yours,
            item.base,
            item.done_on,
            item.note,
        ):
            label = f"{item.village_target.village.title_name} – {item.village_target.target.name}"
            conflicts.append(
                Conflict(
                    label,
                    _shown(theirs),
                    _shown(yours),
                    _who(entry.updated_by),
                    ("entry", item.village_target.pk),
                )
            )
    return conflicts


REPORT_FIELD_LABELS = {
    "summary": "Kết quả trong kỳ",
    "next_plan": "Kế hoạch kỳ tới",
    "difficulties": "Khó khăn, vướng mắc",
    "proposals": "Đề xuất, kiến nghị",
}


def _report_conflicts(
    report: ProgressReport, inputs: list[FieldInput]
) -> list[Conflict]:
    conflicts = []
    for item in inputs:
        current = getattr(report, item.name)
        if current not in (item.seen, item.value):
            label = REPORT_FIELD_LABELS.get(item.name, item.name)
            by = (
                _who(report.history.first().history_user)
                if report.history.exists()
                else "người khác"
            )
            conflicts.append(
                Conflict(
                    label,
                    _shown(current),
                    _shown(item.value),
                    by,
                    ("report", item.name),
                )
            )
    return conflicts


def _task_conflicts(report: ProgressReport, inputs: list[TaskInput]) -> list[Conflict]:
    if not inputs:
        return []
    current = {u.task_id: u for u in report.task_updates.select_related("updated_by")}
    conflicts = []
    for item in inputs:
        update = current.get(item.task.pk)
        if update is None or item.seen is None:
            continue
        now_values = (update.status, update.percent, update.note)
        if now_values not in (item.seen, (item.status, item.percent, item.note)):
            conflicts.append(
                Conflict(
                    f"Nhiệm vụ {item.task.number}",
                    f"{update.get_status_display()} {_shown(update.percent)}%",
                    f"{item.status} {_shown(item.percent)}%",
                    _who(update.updated_by),
                    ("task", item.task.pk),
                )
            )
    return conflicts


def _task_updates_save(*, report: ProgressReport, user, inputs, reason: str) -> None:
    from reports.models import TaskUpdate

    if not inputs:
        return
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
        update._history_user = user
        update._change_reason = reason.strip() or None
        update.full_clean(exclude=["version"])
        update.save()


def _flag_over_target(
    *, report: ProgressReport, plan: Plan, village_targets: list[VillageTarget]
) -> list[str]:
    """Refresh the "far above target" flag of the entries of the village
    targets just saved, from this report's week on (a late correction to an
    earlier week moves the later figures too; the weeks before keep theirs,
    their figures to date unchanged by this save); warn about this report's
    rows that are over. NOTE: performance: the earlier weeks' amounts are
    only added up, not judged again: a save of the latest week judges its
    own rows only, not every week of them (docs/performance.md). A change
    of the target itself judges every week again (reports.flags.keep)."""
    return judge_over_target(village_targets, since=report.period_start)


def judge_over_target(
    village_targets: list[VillageTarget], *, since: datetime.date | None
) -> list[str]:
    """The one judge of the stored "far above target" flag (is_over_target on
    the figure to date): the weeks from `since` on (every week when None);
    warnings for the rows of week `since`."""
    if not village_targets:
        return []
    by_pk = {vt.pk: vt for vt in village_targets}
    week = since
    # Plain values, not model instances: every week of the saved rows is
    # read (a year: 52 × the rows of the page) for their figures to date.
    entries = (
        ProgressEntry.objects.filter(village_target_id__in=by_pk)
        .order_by("village_target_id", "report__period_start")
        .values_list(
            "pk", "village_target_id", "report__period_start", "amount", "over_target"
        )
    )
    rows: dict[int, list] = {}
    for row in entries:
        rows.setdefault(row[1], []).append(row)
    warnings, changed = [], {True: [], False: []}
    for vt_pk, vt_rows in rows.items():
        village_target = by_pk[vt_pk]
        amounts = (amount for _, _, _, amount, _ in vt_rows)
        counting = village_target.target.counting
        for (pk, _, start, _, flagged), to_date in zip(
            vt_rows, values_to_date(counting, amounts), strict=True
        ):
            if week is not None and start < week:
                continue
            over = is_over_target(village_target, to_date)
            if over != flagged:
                changed[over].append(pk)
            if over and start == week:
                warnings.append(
                    f"{village_target.village.title_name} – {village_target.target.name}: lũy kế "
                    f"{format_number(to_date)} {village_target.target.unit} vượt xa chỉ tiêu giao "
                    f"{format_number(village_target.quantity)}. Đã lưu và báo huyện kiểm tra; nếu nhập nhầm, hãy sửa lại."
                )
    for over, pks in changed.items():
        if pks:
            ProgressEntry.objects.filter(pk__in=pks).update(over_target=over)
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
        raise ReportLocked(lock)
    _submit(report=report, user=user, now=now, lock=lock)
    return report


def _submit(*, report: ProgressReport, user, now, lock: Lock) -> None:
    """Submit `report`, its row locked and its `lock` decided open by the caller."""
    # A report sent back for corrections keeps its first submission's timing:
    # correcting after the deadline what was sent on time is not lateness.
    if report.status != ReportStatus.RETURNED:
        report.is_late = now > deadline(report.plan, report.period_start)
    report.status = ReportStatus.SUBMITTED
    report.submitted_by, report.submitted_at = user, now
    report._history_user = user
    report.version += 1
    report.save()
    if lock.reopened:  # else no reopening is open (report_lock looked)
        report.reopenings.filter(closed_at__isnull=True).update(closed_at=now)


@transaction.atomic
def report_withdraw(
    *,
    report: ProgressReport,
    user,
    reason: str,
    version: int | None,
    now: datetime.datetime | None = None,
) -> Withdrawal:
    """Take back a submitted report before its deadline, with a reason: it is
    editable again (a draft, or returned if the district had returned it).
    Refused once accepted, after the deadline, or if the report changed since
    the user saw it (`version`)."""
    now = now or timezone.now()
    reason = nfc_composed(reason).strip()
    if not reason:
        raise ValidationError("Ghi lý do rút báo cáo để cấp trên biết.")
    report = ProgressReport.objects.select_for_update().get(pk=report.pk)
    if report.status == ReportStatus.ACCEPTED:
        raise ValidationError("Báo cáo đã được duyệt, không rút lại được.")
    if report.status != ReportStatus.SUBMITTED:
        raise ValidationError("Chỉ rút được báo cáo đã nộp, đang chờ xem xét.")
    if version is not None and version != report.version:
        raise ValidationError(
            "Báo cáo vừa được thay đổi sau khi bạn mở trang: xem lại rồi rút lần nữa."
        )
    due = deadline(report.plan, report.period_start)
    if now > due:
        raise ValidationError(
            f"Đã quá hạn báo cáo ({deadline_label(due)}), không rút lại được. "
            "Đề nghị cấp trên trả lại nếu cần sửa."
        )
    withdrawal = Withdrawal(
        report=report,
        withdrawn_by=user,
        withdrawn_at=now,
        submitted_at=report.submitted_at,
        reason=reason,
    )
    withdrawal.full_clean()
    withdrawal.save()
    # A report the district had returned goes back to "returned": it keeps the
    # comment to act on and its first submission's timing (report_submit).
    returned = report.reviewed_at is not None
    report.status = ReportStatus.RETURNED if returned else ReportStatus.DRAFT
    report.submitted_by, report.submitted_at = None, None
    if not returned:
        report.is_late = False
    report._history_user = user
    report._change_reason = f"Rút báo cáo: {reason}"[:100]
    report.version += 1
    report.save()
    return withdrawal


def _review(
    report: ProgressReport, reviewer, status: str, comment: str, now
) -> ProgressReport:
    report = ProgressReport.objects.select_for_update().get(pk=report.pk)
    if report.status != ReportStatus.SUBMITTED:
        raise ValidationError("Chỉ xem xét được báo cáo đã nộp.")
    report.status = status
    report.reviewed_by, report.reviewed_at = reviewer, now or timezone.now()
    report._history_user = reviewer
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
def periods_reopen(
    *, plans: list[Plan], period_start: datetime.date, reviewer, reason: str
) -> list[Reopening]:
    """Reopen one period of several plans at once (creating empty reports where
    a commune had not started), all or none."""
    today = timezone.localdate()
    reports = [
        report_get_or_create(plan=plan, period_start=period_start, today=today)
        for plan in plans
    ]
    return reports_reopen(reports=reports, reviewer=reviewer, reason=reason)


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
        try:
            # The partial unique constraint allows one open reopening per report;
            # a second reviewer reopening at the same moment finds it there.
            with transaction.atomic():
                opened.append(
                    Reopening.objects.create(
                        report=report, reopened_by=reviewer, reason=reason.strip()
                    )
                )
        except IntegrityError:
            continue
    return opened
