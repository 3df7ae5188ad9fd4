from django.contrib import admin
from django.db import transaction

from plans import flags
from plans.models import (
    FundingSource,
    Phase,
    Plan,
    PlanBasis,
    PlanCosigner,
    PlanGoal,
    PlanSection,
    Recipient,
    Target,
    TargetRevision,
    Task,
    VillageTarget,
)


class ScopedPlanAdmin(admin.ModelAdmin):
    """Staff who are not superusers see the plans they could open in the app.
    Every page that writes judges the over-target flags of what it wrote once,
    at its end, in its transaction (plans.flags: a target and its shares'
    inlines, a report and its entries' inlines, a deletion's cascade)."""

    def _changeform_view(self, request, object_id, form_url, extra_context):
        with flags.batch():
            return super()._changeform_view(request, object_id, form_url, extra_context)

    def _delete_view(self, request, object_id, extra_context):
        with flags.batch():
            return super()._delete_view(request, object_id, extra_context)

    def delete_queryset(self, request, queryset):
        with transaction.atomic(), flags.batch():
            super().delete_queryset(request, queryset)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .filter(**{self.plan_lookup: Plan.objects.for_user(request.user)})
        )


class MovableAdmin(ScopedPlanAdmin):
    """A row that belongs to one plan and may be moved to another here (a
    target, task or phase): the plan it was on is left on the saved row as
    `plan_left`, for the listeners of its post_save (reports.freshness keeps
    the summaries of both plans up to date). NOTE: performance: noted here,
    where a row can move, rather than by a post_init receiver paid for every
    such row any page reads (docs/performance.md)."""

    def save_model(self, request, obj, form, change):
        if change:
            obj.plan_left = form.initial.get("plan")
        super().save_model(request, obj, form, change)


class BasisInline(admin.TabularInline):
    model = PlanBasis
    fk_name = "plan"
    autocomplete_fields = ["source_plan", "document"]
    extra = 0


class GoalInline(admin.TabularInline):
    model = PlanGoal
    autocomplete_fields = ["area", "criteria_set"]
    extra = 0


class CosignerInline(admin.TabularInline):
    model = PlanCosigner
    autocomplete_fields = ["agency", "signer"]
    extra = 0


class SectionInline(admin.StackedInline):
    model = PlanSection
    extra = 0


class FundingInline(admin.TabularInline):
    model = FundingSource
    autocomplete_fields = ["document"]
    extra = 0


class RecipientInline(admin.TabularInline):
    model = Recipient
    autocomplete_fields = ["agency"]
    extra = 0


class PhaseInline(admin.TabularInline):
    model = Phase
    extra = 0


@admin.register(Plan)
class PlanAdmin(ScopedPlanAdmin):
    plan_lookup = "pk__in"
    list_display = ["reference", "title", "area", "year", "status", "issued_on"]
    list_filter = ["status", "doc_type", "year", "area__level"]
    search_fields = ["title", "number", "symbol", "area__name", "issuing_agency__name"]
    autocomplete_fields = [
        "area",
        "issuing_agency",
        "parent_agency",
        "criteria_set",
        "signer",
    ]
    list_select_related = ["area"]
    readonly_fields = ["version", "created_by", "created_at", "updated_at"]
    inlines = [
        CosignerInline,
        BasisInline,
        GoalInline,
        SectionInline,
        FundingInline,
        RecipientInline,
        PhaseInline,
    ]

    @admin.display(description="số, ký hiệu")
    def reference(self, obj):
        return obj.reference


@admin.register(Task)
class TaskAdmin(MovableAdmin):
    plan_lookup = "plan__in"
    list_display = ["number", "title", "plan", "time_text", "lead_agency", "status"]
    list_filter = ["status", "plan__year"]
    search_fields = ["title", "description", "plan__title"]
    autocomplete_fields = [
        "plan",
        "lead_agency",
        "coordinating_agencies",
        "responsible_official",
        "indicators",
    ]
    list_select_related = ["plan", "lead_agency"]


class VillageTargetInline(admin.TabularInline):
    model = VillageTarget
    autocomplete_fields = ["village"]
    extra = 0


@admin.register(Target)
class TargetAdmin(MovableAdmin):
    plan_lookup = "plan__in"
    list_display = ["name", "quantity", "unit", "plan", "counting", "allow_partial"]
    list_filter = ["counting", "higher_is_better", "allow_partial"]
    search_fields = ["name", "plan__title"]
    autocomplete_fields = ["plan", "task", "phase", "indicators"]
    list_select_related = ["plan"]
    inlines = [VillageTargetInline]


@admin.register(TargetRevision)
class TargetRevisionAdmin(ScopedPlanAdmin):
    plan_lookup = "target__plan__in"
    list_display = ["target", "changed_at", "changed_by", "reason"]
    list_select_related = ["target", "changed_by"]
    readonly_fields = [
        "target",
        "changed_by",
        "changed_at",
        "before",
        "after",
        "reason",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Phase)
class PhaseAdmin(MovableAdmin):
    plan_lookup = "plan__in"
    list_display = ["name", "plan", "starts_on", "ends_on"]
    search_fields = ["name", "plan__title"]
    list_select_related = ["plan"]
