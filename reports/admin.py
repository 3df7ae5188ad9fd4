from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from plans import flags
from plans.admin import ScopedPlanAdmin
from reports import freshness
from reports.models import (
    EntryPhoto,
    ProgressEntry,
    ProgressReport,
    ReminderSent,
    Reopening,
    TaskUpdate,
)


class EntryInline(admin.TabularInline):
    model = ProgressEntry
    fields = [
        "village_target",
        "amount",
        "done",
        "note",
        "over_target",
        "updated_by",
        "updated_at",
    ]
    readonly_fields = ["updated_by", "updated_at"]
    raw_id_fields = ["village_target"]
    extra = 0


class ReopeningInline(admin.TabularInline):
    model = Reopening
    readonly_fields = ["reopened_by", "reopened_at", "reason", "closed_at"]
    extra = 0
    can_delete = False


@admin.register(ProgressReport)
class ProgressReportAdmin(ScopedPlanAdmin, SimpleHistoryAdmin):
    plan_lookup = "plan__in"
    list_display = [
        "plan",
        "period_start",
        "status",
        "is_late",
        "submitted_at",
        "reviewed_at",
    ]
    list_filter = ["status", "is_late", "period_start"]
    search_fields = ["plan__title", "plan__area__name"]
    list_select_related = ["plan__area"]
    raw_id_fields = ["plan"]
    readonly_fields = [
        "submitted_by",
        "submitted_at",
        "reviewed_by",
        "reviewed_at",
        "version",
    ]
    inlines = [EntryInline, ReopeningInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and {"plan", "period_start"} & set(form.changed_data):
            # Its entries now count for another week or plan: both plans'
            # summaries, kept up to date once the admin's change commits.
            freshness.touched(plans={obj.plan_id, form.initial.get("plan")} - {None})
        if change and "period_start" in form.changed_data:
            # Its entries now come before or after other weeks: the figures
            # to date, so the flags, of every week of their village targets.
            flags.keep(obj.entries.values_list("village_target_id", flat=True))


@admin.register(ProgressEntry)
class ProgressEntryAdmin(ScopedPlanAdmin, SimpleHistoryAdmin):
    plan_lookup = "report__plan__in"
    list_display = [
        "village_target",
        "report",
        "amount",
        "done",
        "over_target",
        "updated_at",
    ]
    list_filter = ["over_target", "report__period_start"]
    raw_id_fields = ["report", "village_target"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "report" in form.changed_data and form.initial.get("report"):
            # Moved to another report: the plan it left too (its own post_save
            # notes the new one).
            freshness.touched(reports=[form.initial["report"]])
        if change and "village_target" in form.changed_data:
            # The row it left loses a week (its own post_save keeps the new one).
            flags.keep([form.initial.get("village_target")])


@admin.register(TaskUpdate)
class TaskUpdateAdmin(SimpleHistoryAdmin):
    list_display = ["task", "report", "status", "percent"]
    list_filter = ["status"]
    raw_id_fields = ["report", "task"]


@admin.register(EntryPhoto)
class EntryPhotoAdmin(admin.ModelAdmin):
    list_display = ["image", "entry", "width", "height", "uploaded_by", "uploaded_at"]
    raw_id_fields = ["entry"]
    readonly_fields = [
        "image",
        "thumbnail",
        "width",
        "height",
        "uploaded_by",
        "uploaded_at",
    ]


@admin.register(ReminderSent)
class ReminderSentAdmin(admin.ModelAdmin):
    list_display = ["plan", "period_start", "sent_at"]
    readonly_fields = ["plan", "period_start", "sent_at", "recipients"]
