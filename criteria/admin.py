from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from criteria.models import (
    Assessment,
    CriteriaSet,
    Criterion,
    CriterionGroup,
    Indicator,
    IndicatorRequirement,
    LegalDocument,
    OutstandingField,
)


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


class CriterionGroupInline(admin.TabularInline):
    model = CriterionGroup
    extra = 0


class OutstandingFieldInline(admin.TabularInline):
    model = OutstandingField
    extra = 0


@admin.register(CriteriaSet)
class CriteriaSetAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "code",
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
    extra = 0
    show_change_link = True


@admin.register(Criterion)
class CriterionAdmin(admin.ModelAdmin):
    list_display = ["number", "name", "criteria_set", "group", "verified"]
    list_display_links = ["name"]
    list_filter = ["criteria_set", "verified"]
    search_fields = ["name", "criteria_set__name", "criteria_set__code"]
    autocomplete_fields = ["criteria_set"]
    list_select_related = ["criteria_set", "group"]
    inlines = [IndicatorInline]


class IndicatorRequirementInline(admin.TabularInline):
    model = IndicatorRequirement
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
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

    @admin.display(description="yêu cầu")
    def requirement_label(self, obj):
        return obj.requirement_label


@admin.register(OutstandingField)
class OutstandingFieldAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "criteria_set", "verified"]
    list_filter = ["criteria_set", "verified"]
    search_fields = ["name"]


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
