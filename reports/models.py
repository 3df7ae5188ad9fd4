"""What was done: weekly (or monthly) progress reports of a plan, their entries
per village target and per task, photos, reviews and reopenings.

Cumulative figures are computed from the entries of earlier periods
(reports.selectors), so an entry added late for an earlier week changes every
later figure by itself. The one derived copy, PlanProgressWeek (the dashboards'
weekly summary), is rebuilt from the entries whenever they change."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from plans.models import TaskStatus


class ReportStatus(models.TextChoices):
    DRAFT = "draft", "Nháp"
    SUBMITTED = "submitted", "Đã nộp"
    ACCEPTED = "accepted", "Đã duyệt"
    RETURNED = "returned", "Trả lại"


class ProgressReportQuerySet(models.QuerySet):
    def for_user(self, user):
        from plans.models import Plan

        return self.filter(plan__in=Plan.objects.for_user(user))


class ProgressReport(models.Model):
    """One plan's report for one period (a week from its Monday, or a month)."""

    plan = models.ForeignKey(
        "plans.Plan",
        verbose_name="kế hoạch",
        on_delete=models.PROTECT,
        related_name="reports",
    )
    period_start = models.DateField("từ ngày")
    period_end = models.DateField("đến ngày")
    status = models.CharField(
        "trạng thái",
        max_length=10,
        choices=ReportStatus.choices,
        default=ReportStatus.DRAFT,
    )
    summary = models.TextField("kết quả trong kỳ", blank=True)
    next_plan = models.TextField("kế hoạch kỳ tới", blank=True)
    difficulties = models.TextField("khó khăn, vướng mắc", blank=True)
    proposals = models.TextField("đề xuất, kiến nghị", blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người nộp",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField("nộp lúc", null=True, blank=True)
    is_late = models.BooleanField("nộp muộn", default=False)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người duyệt",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField("duyệt lúc", null=True, blank=True)
    review_comment = models.TextField("ý kiến của cấp trên", blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    history = HistoricalRecords()

    objects = ProgressReportQuerySet.as_manager()

    class Meta:
        ordering = ["-period_start", "plan"]
        verbose_name = "báo cáo tiến độ"
        verbose_name_plural = "báo cáo tiến độ"
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "period_start"],
                name="report_one_per_plan_period",
                violation_error_message="Kỳ này đã có báo cáo.",
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="report_period_ordered",
            ),
        ]
        indexes = [
            models.Index(fields=["period_start", "status"], name="report_period_status")
        ]

    def __str__(self):
        return f"{self.plan.area} – {self.period_start:%d/%m/%Y}"


class Tracked(models.Model):
    """A row people edit week after week: its version (optimistic concurrency,
    see reports.services) and who changed it last."""

    version = models.PositiveIntegerField(default=1, editable=False)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    class Meta:
        abstract = True


class ProgressEntry(Tracked):
    """What one village did on one target in one period: the amount done this
    period (increment targets), the current figure (running totals), or done /
    not done (yes-no targets)."""

    report = models.ForeignKey(
        ProgressReport, on_delete=models.CASCADE, related_name="entries"
    )
    village_target = models.ForeignKey(
        "plans.VillageTarget",
        verbose_name="chỉ tiêu của thôn",
        on_delete=models.PROTECT,
        related_name="entries",
    )
    amount = models.DecimalField(
        "khối lượng", max_digits=14, decimal_places=3, null=True, blank=True
    )
    # A rate target ("152/176 hộ"): `amount` is the count, `base` the
    # village's base that week (households, ...), kept per village and week.
    base = models.DecimalField(
        "trên tổng số", max_digits=14, decimal_places=3, null=True, blank=True
    )
    done = models.BooleanField("đã hoàn thành", null=True, blank=True)
    # A milestone ("Ban hành quyết định …"): the day it was done.
    done_on = models.DateField("ngày hoàn thành", null=True, blank=True)
    note = models.TextField("ghi chú", blank=True)
    over_target = models.BooleanField(
        "vượt xa chỉ tiêu",
        default=False,
        help_text="Lũy kế vượt xa chỉ tiêu giao: vẫn lưu, nhưng báo để huyện kiểm tra.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["report", "village_target"]
        verbose_name = "kết quả thực hiện"
        verbose_name_plural = "kết quả thực hiện"
        constraints = [
            models.UniqueConstraint(
                fields=["report", "village_target"],
                name="entry_one_per_report_village_target",
                violation_error_message="Kỳ báo cáo đã có kết quả cho chỉ tiêu này của thôn.",
            ),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0),
                name="entry_amount_non_negative",
                violation_error_message="Khối lượng không được âm.",
            ),
            models.CheckConstraint(
                condition=Q(base__isnull=True)
                | Q(base__gt=0) & (Q(amount__isnull=True) | Q(amount__lte=F("base"))),
                name="entry_count_within_base",
                violation_error_message="Số đạt không được lớn hơn tổng số, và tổng số phải lớn hơn 0.",
            ),
        ]

    def __str__(self):
        return f"{self.village_target} – {self.report.period_start:%d/%m/%Y}"


class TaskUpdate(Tracked):
    """Where a task stands at the end of a period."""

    report = models.ForeignKey(
        ProgressReport, on_delete=models.CASCADE, related_name="task_updates"
    )
    task = models.ForeignKey(
        "plans.Task", on_delete=models.PROTECT, related_name="updates"
    )
    status = models.CharField("trạng thái", max_length=12, choices=TaskStatus.choices)
    percent = models.PositiveSmallIntegerField(
        "tỷ lệ hoàn thành (%)", null=True, blank=True
    )
    note = models.TextField("ghi chú", blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["report", "task__order"]
        verbose_name = "tiến độ nhiệm vụ"
        verbose_name_plural = "tiến độ nhiệm vụ"
        constraints = [
            models.UniqueConstraint(
                fields=["report", "task"], name="taskupdate_one_per_report_task"
            ),
            models.CheckConstraint(
                condition=Q(percent__isnull=True) | Q(percent__lte=100),
                name="taskupdate_percent_valid",
                violation_error_message="Tỷ lệ hoàn thành từ 0 đến 100%%.",
            ),
        ]

    def __str__(self):
        return f"{self.task} – {self.get_status_display()}"


class EntryPhoto(models.Model):
    """A photo of the work, re-encoded on upload: EXIF (location) stripped."""

    entry = models.ForeignKey(
        ProgressEntry, on_delete=models.CASCADE, related_name="photos"
    )
    image = models.ImageField("ảnh", upload_to="progress/%Y/%m/")
    thumbnail = models.ImageField("ảnh nhỏ", upload_to="progress/%Y/%m/thumbs/")
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField("tải lên lúc", auto_now_add=True)

    class Meta:
        ordering = ["entry", "uploaded_at"]
        verbose_name = "ảnh minh chứng"
        verbose_name_plural = "ảnh minh chứng"

    def __str__(self):
        return self.image.name


class Reopening(models.Model):
    """A reviewer reopened a report after its deadline, with a reason. It stays
    open until the commune submits again."""

    report = models.ForeignKey(
        ProgressReport, on_delete=models.CASCADE, related_name="reopenings"
    )
    reopened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reopened_at = models.DateTimeField("mở lại lúc", auto_now_add=True)
    reason = models.CharField("lý do", max_length=255)
    closed_at = models.DateTimeField("đóng lúc", null=True, blank=True)

    class Meta:
        ordering = ["-reopened_at"]
        verbose_name = "mở lại kỳ báo cáo"
        verbose_name_plural = "mở lại kỳ báo cáo"
        constraints = [
            models.UniqueConstraint(
                fields=["report"],
                condition=Q(closed_at__isnull=True),
                name="reopening_one_open_per_report",
            ),
        ]

    def __str__(self):
        return f"{self.report} – {self.reason}"


class Withdrawal(models.Model):
    """The commune took back a report it had submitted, before the deadline,
    with a reason: the reviewer sees why the report left the queue."""

    report = models.ForeignKey(
        ProgressReport, on_delete=models.CASCADE, related_name="withdrawals"
    )
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người rút",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    withdrawn_at = models.DateTimeField("rút lúc")
    submitted_at = models.DateTimeField("đã nộp lúc", null=True, blank=True)
    reason = models.CharField("lý do", max_length=500)

    class Meta:
        ordering = ["-withdrawn_at"]
        verbose_name = "rút báo cáo"
        verbose_name_plural = "rút báo cáo"

    def __str__(self):
        return f"{self.report} – {self.reason}"


class ReminderSent(models.Model):
    """A reminder already mailed for a plan's period: never sent twice."""

    plan = models.ForeignKey("plans.Plan", on_delete=models.CASCADE, related_name="+")
    period_start = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)
    recipients = models.TextField(blank=True)

    class Meta:
        verbose_name = "nhắc hạn đã gửi"
        verbose_name_plural = "nhắc hạn đã gửi"
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "period_start"], name="reminder_once_per_period"
            ),
        ]

    def __str__(self):
        return f"{self.plan} – {self.period_start:%d/%m/%Y}"


class SaveKey(models.Model):
    """A save of the entry form, by the key drawn with the page it came from:
    a second copy of that save (a lost answer, the offline queue replaying)
    is answered as stored and writes nothing, whatever happened since.

    `digest` is a hash of what the form carried: two different saves from one
    page kept on the phone (same key) are two saves, not a copy."""

    key = models.UUIDField("mã lần lưu")
    digest = models.CharField("dấu nội dung", max_length=64)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    report = models.ForeignKey(
        ProgressReport, on_delete=models.CASCADE, related_name="save_keys"
    )
    created_at = models.DateTimeField("lưu lúc")
    result = models.CharField("kết quả", max_length=500)

    class Meta:
        verbose_name = "lần lưu"
        verbose_name_plural = "lần lưu"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "key", "digest"], name="save_key_once"
            ),
        ]

    def __str__(self):
        return f"{self.key} – {self.result}"


# --- weekly progress summary (reports.summaries) --------------------------------


class PlanProgressWeek(models.Model):
    """A plan's progress as of one week, so the district and province dashboards
    read a few rows per commune instead of a year of entries.

    One row per week in which a figure of the plan changed, plus an opening row
    (week = OPENING) for before any report; a row holds until `until`, the next
    row's week. Kept by reports.summaries, derived from entries and targets only:
    rebuilt whenever PlanProgressStale says they changed."""

    plan = models.ForeignKey(
        "plans.Plan", on_delete=models.CASCADE, related_name="progress_weeks"
    )
    week = models.DateField()
    until = models.DateField(null=True, blank=True)  # None: the latest row
    targets = models.PositiveIntegerField()
    # The sum over the plan's targets of percent done (each capped at 0..100),
    # in target order: the exact Decimal as text (SQLite keeps only 15 digits
    # of a decimal column, and the dashboards must show the same numbers as
    # the computation over entries, reports.dashboards.plans_progress_from_entries).
    percent_sum = models.CharField(max_length=60)
    # Per target, the first day (date.toordinal()) on which it is behind (red)
    # with this week's figure, ascending; 0 for always, absent for never.
    red_from = models.JSONField(default=list)
    # Chỉ tiêu đạt: the plan's village targets, and how many are reached with
    # this week's figures (reports.progress.reached).
    assigned = models.PositiveIntegerField(default=0)
    reached = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "tổng hợp tiến độ tuần"
        verbose_name_plural = "tổng hợp tiến độ tuần"
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "week"], name="progressweek_one_per_plan_week"
            ),
        ]

    def __str__(self):
        return f"{self.plan_id} – {self.week:%d/%m/%Y}"


class PlanProgressStale(models.Model):
    """How many times the inputs of a plan's progress changed: bumped by database
    triggers (migration 0002) in the same transaction as the change, whatever
    wrote it (services, admin, imports, bulk inserts, raw SQL)."""

    # No database constraint: a trigger may mark a plan that is being deleted
    # (its targets go first); the row is then an orphan nobody reads.
    plan = models.OneToOneField(
        "plans.Plan",
        on_delete=models.CASCADE,
        primary_key=True,
        db_constraint=False,
        related_name="+",
    )
    generation = models.BigIntegerField(default=1)

    class Meta:
        verbose_name = "thay đổi tiến độ"
        verbose_name_plural = "thay đổi tiến độ"

    def __str__(self):
        return f"{self.plan_id}: {self.generation}"


class PlanProgressBuilt(models.Model):
    """The PlanProgressStale generation a plan's PlanProgressWeek rows were built
    from; the row is locked while they are rebuilt, so rebuilds of one plan queue."""

    plan = models.OneToOneField(
        "plans.Plan", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    generation = models.BigIntegerField(default=0)
    # Each village target's figure (reports.progress.fold_entry) from the
    # entries of the weeks before `figures_week`, the plan's last week with
    # entries: a save of that week or a later one updates the summary in place
    # from them (reports.summaries.after_save). None: not kept.
    figures_week = models.DateField(null=True, blank=True)
    figures = models.JSONField(null=True, blank=True)

    class Meta:
        verbose_name = "tổng hợp tiến độ đã dựng"
        verbose_name_plural = "tổng hợp tiến độ đã dựng"

    def __str__(self):
        return f"{self.plan_id}: {self.generation}"
