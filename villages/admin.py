from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User

from villages.models import (
    AccountEvent,
    Agency,
    Area,
    AreaSuccession,
    Membership,
    Official,
    Profile,
    Region,
)

admin.site.site_header = "Quản trị – Theo dõi xây dựng nông thôn mới"
admin.site.site_title = "Quản trị NTM"
admin.site.index_title = "Dữ liệu tham chiếu và tài khoản"


def _superusers_only(request) -> bool:
    # The admin edits reference data and accounts for everyone and bypasses the
    # services' locks and versions: it is for superusers. Everyone else works
    # through the app's pages, which apply for_user() and the services.
    return request.user.is_active and request.user.is_superuser


admin.site.has_permission = _superusers_only


class ScopedAdmin(admin.ModelAdmin):
    """Staff who are not superusers manage only what their memberships cover:
    the same for_user() rule as every page."""

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset.for_user(request.user)


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["order", "code", "name"]
    list_display_links = ["name"]
    search_fields = ["code", "name"]


class AgencyInline(admin.TabularInline):
    model = Agency
    fields = ["name", "short_name", "kind", "is_demo"]
    extra = 0
    show_change_link = True


@admin.register(Area)
class AreaAdmin(ScopedAdmin):
    list_display = [
        "__str__",
        "level",
        "parent",
        "region",
        "code",
        "valid_from",
        "valid_to",
        "is_demo",
    ]
    list_filter = [
        "level",
        "region",
        "uses_northern_upland_targets",
        "is_demo",
    ]
    search_fields = ["name", "code"]
    autocomplete_fields = ["parent"]
    # A name or code corrected here differs from source_values, so that
    # `load_areas` keeps it (villages/area_load.py).
    readonly_fields = ["path", "depth", "source_key", "source_values"]
    inlines = [AgencyInline]
    list_select_related = ["parent", "region"]


@admin.register(AreaSuccession)
class AreaSuccessionAdmin(admin.ModelAdmin):
    list_display = ["successor", "effective_on", "legal_basis", "is_demo"]
    list_filter = ["effective_on", "is_demo"]
    search_fields = ["successor__name", "predecessors__name", "legal_basis"]
    autocomplete_fields = ["successor", "predecessors"]


@admin.register(Agency)
class AgencyAdmin(ScopedAdmin):
    list_display = [
        "name",
        "short_name",
        "kind",
        "area",
        "parent",
        "sectors",
        "is_demo",
    ]
    list_filter = ["kind", "area__level", "is_demo"]
    search_fields = ["name", "short_name", "area__name", "sectors"]
    autocomplete_fields = ["area", "parent"]
    list_select_related = ["area", "parent"]


@admin.register(Official)
class OfficialAdmin(admin.ModelAdmin):
    list_display = ["full_name", "position", "agency", "user", "is_demo"]
    list_filter = ["is_demo", "agency__kind"]
    search_fields = ["full_name", "position", "agency__name"]
    autocomplete_fields = ["agency", "user"]
    list_select_related = ["agency", "user"]

    def get_queryset(self, request):
        agencies = Agency.objects.for_user(request.user)
        return super().get_queryset(request).filter(agency__in=agencies)


@admin.register(Membership)
class MembershipAdmin(ScopedAdmin):
    list_display = [
        "user",
        "role",
        "area",
        "agency",
        "position",
        "is_active",
        "valid_from",
        "valid_to",
    ]
    list_filter = ["role", "is_active", "area__level"]
    search_fields = [
        "user__username",
        "user__first_name",
        "user__last_name",
        "area__name",
    ]
    autocomplete_fields = ["user", "area", "agency"]
    list_select_related = ["user", "area", "agency"]


class MembershipInline(admin.TabularInline):
    model = Membership
    fk_name = "user"
    fields = [
        "role",
        "area",
        "agency",
        "position",
        "is_active",
        "valid_from",
        "valid_to",
    ]
    autocomplete_fields = ["area", "agency"]
    extra = 0


class ProfileInline(admin.StackedInline):
    model = Profile
    fields = ["phone", "must_change_password"]
    can_delete = False


admin.site.unregister(User)


@admin.register(User)
class UserWithMembershipsAdmin(UserAdmin):
    """Accounts with their memberships on one page: who works where, as what."""

    inlines = [ProfileInline, MembershipInline]
    list_filter = [*UserAdmin.list_filter, "memberships__role"]


@admin.register(AccountEvent)
class AccountEventAdmin(admin.ModelAdmin):
    """The account log, read only: written by the account pages' services."""

    list_display = ["at", "action", "account", "actor", "detail"]
    list_filter = ["action"]
    search_fields = ["account__username", "actor__username", "detail"]
    list_select_related = ["account", "actor"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
