from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from criteria.models import (
    Assessment,
    CommuneGroupAssignment,
    CriteriaSet,
    CriteriaSetLoad,
    Criterion,
    CriterionGroup,
    Indicator,
    IndicatorRequirement,
    LegalDocument,
    OutstandingField,
)
from criteria.services import checkable_set

# "Verified" is set only by the check (criteria.services.provenance_check,
# the "Đối chiếu" page), which records who and when: never typed here.
CHECKED = ["verified", "checked_by", "checked_at", "check_note"]


class FrozenWhenUsedMixin:
    """A version that assessments use, or that a newer version replaced, is
    never changed in place: a correction is loaded as a new version."""

    def _frozen(self, obj) -> bool:
        if obj is None:
            return False
        criteria_set = checkable_set(obj)
        return (
            not criteria_set.is_current
            or Assessment.objects.filter(
                indicator__criterion__criteria_set=criteria_set
            ).exists()
        )

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not self._frozen(obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not self._frozen(obj)


@admin.register(LegalDocument)
class LegalDocumentAdmin(admin.ModelAdmin):
    list_display = [
        "number",
        "doc_type",
        "issuer",
        "issued_on",
        "effective_on",
        "verified",
    ]
    list_filter = ["doc_type", "verified", "issuer"]
    search_fields = ["number", "issuer", "title"]
    autocomplete_fields = ["amends"]
    date_hierarchy = "issued_on"
    readonly_fields = CHECKED


class CriterionGroupInline(admin.TabularInline):
    model = CriterionGroup
    extra = 0


class OutstandingFieldInline(admin.TabularInline):
    model = OutstandingField
    extra = 0


@admin.register(CriteriaSet)
class CriteriaSetAdmin(FrozenWhenUsedMixin, admin.ModelAdmin):
    list_display = [
        "name",
        "code",
        "version",
        "superseded_at",
        "document",
        "level",
        "period_start",
        "period_end",
        "province",
        "verified",
    ]
    list_filter = [
        "level",
        "subject_level",
        "target_dimension",
        "province",
        "verified",
        "period_end",
    ]
    search_fields = ["name", "code", "document__number"]
    autocomplete_fields = ["document", "parent", "province"]
    list_select_related = ["document", "province"]
    inlines = [CriterionGroupInline, OutstandingFieldInline]
    readonly_fields = [
        "version",
        "previous",
        "superseded_at",
        "created_at",
        "created_by",
        *CHECKED,
    ]


class IndicatorInline(admin.TabularInline):
    model = Indicator
    fields = [
        "code",
        "name",
        "unit",
        "comparator",
        "required_number",
        "required_text",
        "verified",
    ]
    readonly_fields = ["verified"]
    extra = 0
    show_change_link = True


@admin.register(Criterion)
class CriterionAdmin(FrozenWhenUsedMixin, admin.ModelAdmin):
    list_display = ["number", "name", "criteria_set", "group", "verified"]
    list_display_links = ["name"]
    list_filter = ["criteria_set", "verified"]
    search_fields = ["name", "criteria_set__name", "criteria_set__code"]
    autocomplete_fields = ["criteria_set"]
    list_select_related = ["criteria_set", "group"]
    inlines = [IndicatorInline]
    readonly_fields = ["inherited", *CHECKED]


class IndicatorRequirementInline(admin.TabularInline):
    model = IndicatorRequirement
    extra = 0
    readonly_fields = ["inherited", *CHECKED]


@admin.register(Indicator)
class IndicatorAdmin(FrozenWhenUsedMixin, admin.ModelAdmin):
    list_display = [
        "code",
        "name",
        "criterion",
        "requirement_label",
        "verifying_sector",
        "verified",
        "valid_to",
    ]
    list_filter = [
        "criterion__criteria_set",
        "verified",
        "comparator",
        "verifying_sector",
    ]
    search_fields = ["code", "name", "criterion__name"]
    autocomplete_fields = [
        "criterion",
        "verifying_agency",
        "inherits_from",
        "amended_by",
    ]
    list_select_related = ["criterion__criteria_set"]
    inlines = [IndicatorRequirementInline]
    readonly_fields = CHECKED

    @admin.display(description="yêu cầu")
    def requirement_label(self, obj):
        return obj.requirement_label


@admin.register(OutstandingField)
class OutstandingFieldAdmin(FrozenWhenUsedMixin, admin.ModelAdmin):
    list_display = ["code", "name", "criteria_set", "verified"]
    list_filter = ["criteria_set", "verified"]
    search_fields = ["name"]
    readonly_fields = ["inherited", *CHECKED]


@admin.register(CommuneGroupAssignment)
class CommuneGroupAssignmentAdmin(admin.ModelAdmin):
    list_display = ["area", "group", "valid_from", "basis"]
    list_filter = ["group"]
    search_fields = ["area__name", "basis"]
    autocomplete_fields = ["area"]
    readonly_fields = ["assigned_by", "assigned_at"]


@admin.register(CriteriaSetLoad)
class CriteriaSetLoadAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "status", "uploaded_by", "uploaded_at", "result"]
    list_filter = ["status"]

    def has_add_permission(self, request):
        return False  # uploads go through "Nạp từ văn bản", which reads the file

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Assessment)
class AssessmentAdmin(SimpleHistoryAdmin):
    list_display = [
        "area",
        "indicator",
        "assessed_on",
        "status",
        "value_number",
        "verification",
    ]
    list_filter = ["status", "verification", "indicator__criterion__criteria_set"]
    search_fields = ["area__name", "indicator__code", "indicator__name"]
    autocomplete_fields = ["area", "indicator"]
    list_select_related = ["area", "indicator"]
    readonly_fields = ["assessed_by", "verified_by", "verified_at", "created_at"]
