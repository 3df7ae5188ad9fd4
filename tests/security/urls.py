"""Every URL pattern of the site, reversed with sample arguments that point at
commune A's objects.

SCOPED patterns name an object of commune A: anyone outside commune A's scope
gets 404 (or 403). OPEN patterns are open to every signed-in user, each with
the reason; they must not show another commune's data. A pattern in neither
table fails tests/security/test_url_walk.py::test_every_pattern_is_in_a_table.
Admin patterns are reversed generically (see admin_urls)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.security.conftest import CommuneA

Kwargs = Callable[[CommuneA], list[dict]]


def one(**builders) -> Kwargs:
    return lambda a: [{k: f(a) for k, f in builders.items()}]


PLAN = one(pk=lambda a: a.plan.pk)
PLAN_PK = one(plan_pk=lambda a: a.plan.pk)
PLAN_PERIOD = one(plan_pk=lambda a: a.plan.pk, period=lambda a: a.period)
TASK = one(pk=lambda a: a.plan.pk, task_pk=lambda a: a.task.pk)
SECTION = one(pk=lambda a: a.plan.pk, section_pk=lambda a: a.section.pk)
ACCOUNT = one(pk=lambda a: a.owner.pk)  # commune A's official's account

PLAN_TABLES = ("targets", "schedule", "progress", "criteria")
FORMATS = ("html", "xlsx", "pdf")

SCOPED: dict[str, Kwargs] = {
    "area_detail": lambda a: [{"pk": a.area.pk}, {"pk": a.village.pk}],
    "criteria:board": lambda a: [{"area_pk": a.area.pk}, {"area_pk": a.village.pk}],
    "criteria:assess": one(
        area_pk=lambda a: a.area.pk, indicator_pk=lambda a: a.indicator.pk
    ),
    "criteria:evidence": one(pk=lambda a: a.evidence.pk),
    "criteria:verify": one(pk=lambda a: a.assessment.pk),
    "criteria:matrix": lambda a: [
        {"area_pk": a.district.pk},
        {"area_pk": a.province.pk},
    ],
    "plans:detail": PLAN,
    "plans:edit": PLAN,
    "plans:gaps": PLAN,
    "plans:tasks": PLAN,
    "plans:task_create": PLAN,
    "plans:task_edit": TASK,
    "plans:task_move": TASK,
    "plans:task_delete": TASK,
    "plans:targets": PLAN,
    "plans:target_create": PLAN,
    "plans:target_kind": PLAN,
    "plans:target_edit": one(pk=lambda a: a.plan.pk, target_pk=lambda a: a.target.pk),
    "plans:target_import": PLAN,
    "plans:target_template": PLAN,
    "plans:target_import_errors": PLAN,
    "plans:phases": PLAN,
    "plans:sections": PLAN,
    "plans:section_create": PLAN,
    "plans:section_edit": SECTION,
    "plans:section_move": SECTION,
    "plans:section_delete": SECTION,
    "plans:agency_quick_add": PLAN,
    "reports:current": PLAN_PK,
    "reports:entry": PLAN_PERIOD,
    "reports:submit": PLAN_PERIOD,
    "reports:review": one(pk=lambda a: a.report.pk),
    "reports:withdraw": one(pk=lambda a: a.report.pk),
    "reports:photo_page": one(pk=lambda a: a.photo.pk),
    "reports:photo": lambda a: [
        {"pk": a.photo.pk, "size": "nho"},
        {"pk": a.photo.pk, "size": "lon"},
    ],
    "reports:dashboard_commune": one(pk=lambda a: a.area.pk),
    "reports:dashboard_district": lambda a: [
        {"pk": a.district.pk},
        {"pk": a.province.pk},
    ],
    "reports:dashboard_province": one(pk=lambda a: a.province.pk),
    "reports:dashboard_return": one(pk=lambda a: a.report.pk),
    "reports:export_plan": lambda a: [
        {"plan_pk": a.plan.pk, "table": table, "fmt": fmt}
        for table in PLAN_TABLES
        for fmt in FORMATS
    ],
    "village_list": one(pk=lambda a: a.area.pk),
    "village_edit": one(pk=lambda a: a.area.pk, village_pk=lambda a: a.village.pk),
    "village_import": one(pk=lambda a: a.area.pk),
    "village_template": one(pk=lambda a: a.area.pk),
    "accounts:detail": ACCOUNT,
    "accounts:deactivate": ACCOUNT,
    "accounts:reactivate": ACCOUNT,
    "accounts:temporary_password": ACCOUNT,
    "accounts:reset_link": ACCOUNT,
    "accounts:grant": ACCOUNT,
    "accounts:end_membership": one(
        pk=lambda a: a.owner.pk,
        membership_pk=lambda a: a.owner.memberships.order_by("pk").first().pk,
    ),
    "reports:export_area": lambda a: [
        {"area_pk": area.pk, "table": table, "fmt": fmt}
        for area, table in (
            (a.area, "criteria"),
            (a.district, "district_summary"),
            (a.province, "district_summary"),
        )
        for fmt in FORMATS
    ],
}

NONE: Kwargs = lambda a: [{}]  # noqa: E731

# Open to every signed-in user: (sample kwargs, why it is open).
OPEN: dict[str, tuple[Kwargs, str]] = {
    "home": (NONE, "the user's own start page, built from their memberships"),
    "area_list": (NONE, "lists the areas of the user's own scope"),
    "login": (NONE, "the login page (a signed-in user is sent home)"),
    "logout": (NONE, "ends the user's own session (POST only)"),
    "healthz": (NONE, "uptime check for the proxy: 'ok', no data"),
    "service_worker": (NONE, "the service worker's code, the same for everyone"),
    "manifest": (NONE, "the web app manifest: name and icons, no data"),
    "offline_page": (
        NONE,
        "the page shown offline for a page not kept, the same for everyone",
    ),
    "reports:offline_state": (
        NONE,
        "the user's own key, CSRF token and entry pages (their own plans only)",
    ),
    "favicon": (NONE, "the site's icon, the same for everyone"),
    "criteria:set_list": (NONE, "criteria sets are public law"),
    "criteria:set_detail": (
        one(code=lambda a: a.criteria_set.code),
        "criteria sets are public law; no commune's status on it",
    ),
    "criteria:criterion_detail": (
        one(code=lambda a: a.criteria_set.code, number=lambda a: a.criterion.number),
        "a criterion's wording and requirements, public law",
    ),
    "criteria:queue": (NONE, "the assessments waiting for the user's own agency"),
    "criteria:template": (
        one(code=lambda a: a.criteria_set.code),
        "the Excel template of a set: public law, no commune's data",
    ),
    "criteria:load": (
        NONE,
        "reference-data managers only (403 for others); offers only their sets",
    ),
    "criteria:load_preview": (
        one(pk=lambda a: 1),
        "a load of a set the user manages; 404 for anyone else",
    ),
    "criteria:load_confirm": (
        one(pk=lambda a: 1),
        "a load of a set the user manages; 404 for anyone else (POST only)",
    ),
    "criteria:load_discard": (
        one(pk=lambda a: 1),
        "a load of a set the user manages; 404 for anyone else (POST only)",
    ),
    "criteria:review": (
        NONE,
        "reference-data managers only (403 for others); only their sets",
    ),
    "criteria:check": (
        one(kind=lambda a: "criterion", pk=lambda a: a.criterion.pk),
        "items of sets the user manages; 403 or 404 for anyone else",
    ),
    "criteria:commune_groups": (
        one(area_pk=lambda a: a.area.pk),
        "communes of the provinces the user manages; 403 or 404 for anyone else",
    ),
    "plans:list": (NONE, "the plans of the user's scope"),
    "plans:create": (NONE, "the form offers only the user's own areas"),
    "plans:import": (NONE, "the upload form offers only the user's own areas"),
    "plans:import_confirm": (
        NONE,
        "creates a plan only in an area of the user's scope (POST only)",
    ),
    "reports:dashboard": (NONE, "redirects to the dashboard of the user's area"),
    "accounts:list": (
        NONE,
        "account managers only (403 to others): the accounts of their subtree",
    ),
    "accounts:create": (NONE, "account managers only; offers their own areas"),
    "accounts:import": (NONE, "account managers only; rows checked against scope"),
    "accounts:template": (NONE, "account managers only; lists their own areas"),
    "password_change": (NONE, "the user's own password"),
    "password_reset_confirm": (
        one(uidb64=lambda a: "MQ", token=lambda a: "cxyz-0123456789abcdef"),
        "a mailed one-time link; a wrong token shows only that it expired",
    ),
    "password_reset_complete": (NONE, "a fixed page after a reset"),
    "reports:review_list": (NONE, "the plans the user reviews"),
    "reports:reopen": (NONE, "reopens only plans the user reviews (POST only)"),
    "reports:dashboard_reopen": (
        NONE,
        "reopens only plans the user reviews (POST only)",
    ),
}

# Views that change state and therefore refuse GET with 405.
POST_ONLY = {
    "logout",
    "criteria:verify",
    "criteria:load_confirm",
    "criteria:load_discard",
    "plans:import_confirm",
    "plans:task_create",
    "plans:task_move",
    "plans:task_delete",
    "plans:agency_quick_add",
    "plans:section_move",
    "reports:submit",
    "reports:review",
    "reports:withdraw",
    "reports:reopen",
    "reports:dashboard_return",
    "reports:dashboard_reopen",
    "accounts:deactivate",
    "accounts:reactivate",
    "accounts:temporary_password",
    "accounts:reset_link",
    "accounts:grant",
    "accounts:end_membership",
}

# The admin's logout is POST only too.
ADMIN_POST_ONLY = {"admin:logout"}

# Downloads that refuse POST with 405 (require_GET).
GET_ONLY = {
    "plans:target_template",
    "plans:target_import_errors",
    "accounts:template",
    "password_reset_complete",
    "village_template",
    "service_worker",
    "manifest",
    "offline_page",
    "reports:offline_state",
}


# What a walk POSTs: every field the site's forms read, aimed at commune A.
def post_data(a: CommuneA) -> dict:
    return {
        "action": "verify",
        "decision": "accept",
        "comment": "Đồng ý",
        "reason": "Mở lại để sửa",
        "direction": "up",
        "period": a.period,
        "plans": [a.plan.pk],
        "next": "/",
        "area": a.area.pk,
        "plan-area": a.area.pk,
        "name": "Cơ quan mới",
        "number": "9",
        "title": "Nhiệm vụ chen vào",
    }


def walk(patterns, prefix="") -> Iterator[tuple[str, URLPattern]]:
    """Every named pattern below `patterns`: (namespace:name, pattern)."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            namespace = f"{pattern.namespace}:" if pattern.namespace else prefix
            yield from walk(pattern.url_patterns, namespace)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{prefix}{pattern.name}", pattern


def pattern_names() -> set[str]:
    return {name for name, _ in walk(get_resolver().url_patterns)}


def site_urls(a: CommuneA, names) -> list[tuple[str, str]]:
    return [
        (name, reverse(name, kwargs=kwargs))
        for name in sorted(names)
        for kwargs in (SCOPED.get(name) or OPEN[name][0])(a)
    ]


def admin_urls(a: CommuneA) -> list[tuple[str, str]]:
    """Every named admin pattern, an object id taken from commune A's data
    where the model has rows (else 1)."""
    urls = []
    plan_type = ContentType.objects.get_for_model(a.plan)
    for name, pattern in walk(get_resolver().url_patterns):
        if not name.startswith("admin:"):
            continue
        params = set(pattern.pattern.regex.groupindex)
        if pattern.pattern.regex.groups > len(params):
            # simple_history's record page: (object id, history id), unnamed.
            object_id = _object_id(name.removesuffix("_simple_history") + "_x", a)
            urls.append((name, reverse(name, args=[object_id, 1])))
            continue
        kwargs = {}
        if "id" in params:
            kwargs["id"] = a.owner.pk
        if "app_label" in params:
            kwargs["app_label"] = "plans"
        if "content_type_id" in params:
            kwargs["content_type_id"] = plan_type.pk
            kwargs["object_id"] = a.plan.pk
        elif "object_id" in params:
            kwargs["object_id"] = _object_id(name, a)
        if set(kwargs) != params:
            raise AssertionError(
                f"admin pattern {name} has unknown parameters {params}"
            )
        urls.append((name, reverse(name, kwargs=kwargs)))
    return sorted(urls)


def _object_id(name: str, a: CommuneA) -> str:
    label, _, _ = name.removeprefix("admin:").rpartition("_")
    for config in apps.get_app_configs():
        prefix = f"{config.label}_"
        if label.startswith(prefix):
            try:
                model = config.get_model(label.removeprefix(prefix))
            except LookupError:
                continue
            row = model._default_manager.order_by("pk").first()
            return str(row.pk) if row else "1"
    return "1"
