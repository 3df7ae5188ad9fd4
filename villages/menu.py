"""The main menu: the pages each user may open, and nothing else.

Whether an item shows is asked of its view (`view.may_use`, set by
villages.access.available_if); a view without one is open to every signed-in
user. The answer is worked out at login and kept in the session, so drawing
the menu costs no query on any page; the views still check on every request,
and a refusal drops the kept answer so the next page asks again."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import resolve, reverse

from villages.accounts import is_manager

SESSION_KEY = "ntm_menu"

# (URL name, label), in the order shown.
MENU = [
    ("home", "Trang chủ"),
    ("plans:list", "Kế hoạch"),
    ("reports:dashboard", "Tổng hợp"),
    ("reports:review_list", "Duyệt báo cáo"),
    ("area_list", "Địa bàn"),
    ("criteria:set_list", "Bộ tiêu chí"),
    ("criteria:queue", "Thẩm định"),
    ("accounts:list", "Tài khoản"),
    ("admin:index", "Quản trị"),
]


def _admin_site_open(user) -> bool:
    # Django's admin decides by AdminSite.has_permission: active staff.
    return user.is_active and user.is_staff


# The admin's views are Django's own: their rule, spelled out once here.
# "Tài khoản": the account pages call accounts.is_manager themselves.
OWN_RULES = {"admin:index": _admin_site_open, "accounts:list": is_manager}


def may_use(name: str, user) -> bool:
    """Whether `user` may open the page named `name` (its view's own rule)."""
    rule = OWN_RULES.get(name) or getattr(resolve(reverse(name)).func, "may_use", None)
    return rule is None or bool(rule(user))


def menu_names(user) -> list[str]:
    """The URL names of the menu items `user` may open (a few queries)."""
    if not user.is_authenticated:
        return []
    return [name for name, _ in MENU if may_use(name, user)]


def remember(request: HttpRequest, user) -> None:
    """At login: keep the user's menu in the session."""
    request.session[SESSION_KEY] = menu_names(user)


def forget(request: HttpRequest) -> None:
    """A view refused the user: work the menu out again on the next page."""
    if hasattr(request, "session"):
        request.session.pop(SESSION_KEY, None)


def main_menu(request: HttpRequest) -> dict:
    """Context processor: `main_menu`, the items to draw as (url, label, current)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"main_menu": []}
    names = request.session.get(SESSION_KEY)
    if names is None:  # a session from before this code, or after a refusal
        remember(request, user)
        names = request.session[SESSION_KEY]
    allowed = set(names)
    current = getattr(request.resolver_match, "view_name", None)
    return {
        "main_menu": [
            (reverse(name), label, name == current)
            for name, label in MENU
            if name in allowed
        ]
    }
