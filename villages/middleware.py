"""A temporary password must be changed before anything else is done."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.deprecation import MiddlewareMixin

# Set in the session at login when the account's password is temporary
# (villages/apps.py), cleared when the user chooses their own: the check
# reads the session that every signed-in request loads anyway, no query.
SESSION_FLAG = "ntm:must_change_password"
ALLOWED = {"password_change", "logout", "healthz", "login", "favicon"}


class PasswordChangeRequiredMiddleware(MiddlewareMixin):
    """Send a user signed in with a temporary password to "Đổi mật khẩu"."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.session.get(SESSION_FLAG):
            return None
        match = request.resolver_match
        if match is None or match.url_name in ALLOWED:
            return None
        if not request.user.is_authenticated:
            return None
        messages.info(
            request,
            "Anh/chị đang dùng mật khẩu tạm. Hãy đặt mật khẩu mới của riêng mình "
            "trước khi làm việc.",
        )
        return redirect("password_change")


def mark_session(sender, request, user, **kwargs) -> None:
    """user_logged_in: remember in the session whether the password is
    temporary and whether the user manages accounts (2 queries, at login)."""
    from villages.menu import remember
    from villages.models import Profile

    if request is None or not hasattr(request, "session"):
        return
    if Profile.objects.filter(user=user, must_change_password=True).exists():
        request.session[SESSION_FLAG] = True
    else:
        request.session.pop(SESSION_FLAG, None)
    remember(request, user)
