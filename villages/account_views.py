"""Account pages: managers create (one by one or from Excel), lock, reset and
re-role the accounts of their subtree; everyone changes their own password.

Scope: the list and the pages of one account start from accounts_for(user)
(404 outside it); every action also passes manage_problem (403 with the
reason). Temporary passwords appear only in the response to the POST that
made them, never in a URL, a redirect or the session.
"""

from __future__ import annotations

import functools

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from ntm import uploads, xlsx
from ntm.text import nfc
from villages import account_import, accounts
from villages.account_forms import (
    AccountCreateForm,
    AccountImportForm,
    DeactivateForm,
    EndMembershipForm,
    GrantForm,
    OwnPasswordChangeForm,
    OwnSetPasswordForm,
)
from villages.middleware import SESSION_FLAG
from villages.models import AccountEvent, Membership

User = get_user_model()
CHECKED_KEY = "villages:account_import_checked"
PAGE_SIZE = 50


def _manager(request: HttpRequest) -> None:
    if not accounts.is_manager(request.user):
        raise PermissionDenied(
            "Trang này dành cho cán bộ quản lý tài khoản của tỉnh, huyện."
        )


def _account(request: HttpRequest, pk: int):
    _manager(request)
    return get_object_or_404(accounts.accounts_for(request.user), pk=pk)


def _acting_on(request: HttpRequest, pk: int):
    account = _account(request, pk)
    problem = accounts.manage_problem(request.user, account)
    if problem:
        raise PermissionDenied(problem)
    return account


# ── List, one account ──


def account_list(request: HttpRequest) -> HttpResponse:
    _manager(request)
    query = nfc(request.GET.get("q", ""))[:100]
    users = accounts.accounts_for(request.user)
    if query:
        users = users.filter(
            Q(username__icontains=query)
            | Q(first_name__icontains=query)
            | Q(email__icontains=query)
            | Q(memberships__area__name__icontains=query)
        ).distinct()
    users = users.order_by("username").prefetch_related(
        Prefetch(
            "memberships",
            queryset=Membership.objects.select_related("area").order_by("area__path"),
        )
    )
    page = Paginator(users, PAGE_SIZE).get_page(request.GET.get("trang"))
    return render(
        request,
        "villages/account_list.html",
        {"page": page, "query": query, "today": timezone.localdate()},
    )


def account_detail(request: HttpRequest, pk: int) -> HttpResponse:
    account = _account(request, pk)
    return _detail(request, account)


def _detail(request, account, *, grant_form=None, status=200, password=None):
    today = timezone.localdate()
    memberships = list(
        account.memberships.select_related("area", "agency").order_by(
            "-valid_from", "area__path"
        )
    )
    for membership in memberships:
        membership.can_end = membership.is_active and (
            membership.valid_to is None or membership.valid_to >= today
        )
    return render(
        request,
        "villages/account_detail.html",
        {
            "account": account,
            "memberships": memberships,
            "today": today,
            "events": AccountEvent.objects.filter(account=account).select_related(
                "actor"
            )[:50],
            "problem": accounts.manage_problem(request.user, account),
            "grant_form": grant_form or GrantForm(manager=request.user),
            "end_form": EndMembershipForm(initial={"on": today}),
            "password": password,
        },
        status=status,
    )


# ── Create ──


def _with_roles(pairs) -> list:
    """(user or username, password) pairs with each user's memberships loaded
    (2 queries), for the page that shows the passwords."""
    names = [u if isinstance(u, str) else u.username for u, _ in pairs]
    users = {
        u.username: u
        for u in User.objects.filter(username__in=names).prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.select_related("area").order_by("pk"),
            )
        )
    }
    return [
        (users[name], password)
        for name, (_, password) in zip(names, pairs, strict=True)
    ]


def account_create(request: HttpRequest) -> HttpResponse:
    _manager(request)
    form = AccountCreateForm(request.POST or None, manager=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            user, password = accounts.account_create(
                manager=request.user, data=form.account
            )
        except ValidationError as error:
            for field, texts in error.message_dict.items():
                for text in texts:
                    form.add_error(field if field in form.fields else None, text)
        else:
            return render(
                request,
                "villages/account_passwords.html",
                {"created": _with_roles([(user, password)]), "single": True},
            )
    return render(
        request,
        "villages/account_form.html",
        {"form": form},
        status=422 if form.errors else 200,
    )


# ── Import from Excel ──


@require_GET
def account_template(request: HttpRequest) -> FileResponse:
    _manager(request)
    return uploads.workbook_download(
        account_import.template_workbook(manager=request.user),
        account_import.TEMPLATE_FILENAME,
    )


@uploads.size_guarded
def account_import_view(request: HttpRequest) -> HttpResponse:
    _manager(request)
    page = uploads.import_page(
        request,
        AccountImportForm,
        key=CHECKED_KEY,
        empty_result=lambda: account_import.AccountImportResult(dry_run=True),
        run=functools.partial(account_import.account_import, manager=request.user),
        button="Kiểm tra thử",
        changes="rows",
    )
    if page.result is not None and page.result.applied:
        return render(
            request,
            "villages/account_passwords.html",
            {
                "created": _with_roles(
                    [(row.data.username, row.password) for row in page.result.rows]
                ),
                "filename": page.result.filename,
            },
        )
    return render(
        request,
        "villages/account_import.html",
        {
            "form": page.form,
            "result": page.result,
            "checked_kept": page.checked_kept,
            "max_mb": xlsx.MAX_BYTES // 1024 // 1024,
            "max_rows": account_import.MAX_ACCOUNTS,
        },
        status=page.status,
    )


# ── Actions on one account ──


@require_POST
def account_deactivate(request: HttpRequest, pk: int) -> HttpResponse:
    account = _acting_on(request, pk)
    form = DeactivateForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    accounts.account_deactivate(manager=request.user, account=account, reason=reason)
    messages.success(request, f"Đã khóa tài khoản {account.username}.")
    return redirect("accounts:detail", pk=account.pk)


@require_POST
def account_reactivate(request: HttpRequest, pk: int) -> HttpResponse:
    account = _acting_on(request, pk)
    accounts.account_reactivate(manager=request.user, account=account)
    messages.success(request, f"Đã mở lại tài khoản {account.username}.")
    return redirect("accounts:detail", pk=account.pk)


@require_POST
def account_temporary_password(request: HttpRequest, pk: int) -> HttpResponse:
    account = _acting_on(request, pk)
    password = accounts.password_set_temporary(manager=request.user, account=account)
    return render(
        request,
        "villages/account_passwords.html",
        {
            "created": _with_roles([(account, password)]),
            "single": True,
            "reset": True,
        },
    )


@require_POST
def account_reset_link(request: HttpRequest, pk: int) -> HttpResponse:
    account = _acting_on(request, pk)
    try:
        address = accounts.password_send_reset_link(
            manager=request.user, account=account
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            f"Đã gửi liên kết đặt lại mật khẩu tới {address}. Liên kết dùng được "
            "một lần.",
        )
    return redirect("accounts:detail", pk=account.pk)


@require_POST
def account_grant(request: HttpRequest, pk: int) -> HttpResponse:
    account = _acting_on(request, pk)
    form = GrantForm(request.POST, manager=request.user)
    if form.is_valid():
        data = form.cleaned_data
        try:
            accounts.membership_grant(
                manager=request.user,
                account=account,
                area=data["area"],
                role=data["role"],
                position=data["position"],
                valid_from=data["valid_from"],
                valid_to=data["valid_to"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Đã gán vai trò.")
            return redirect("accounts:detail", pk=account.pk)
    return _detail(request, account, grant_form=form, status=422)


@require_POST
def membership_end(request: HttpRequest, pk: int, membership_pk: int) -> HttpResponse:
    account = _acting_on(request, pk)
    membership = get_object_or_404(account.memberships, pk=membership_pk)
    form = EndMembershipForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy ghi ngày kết thúc (dd/mm/yyyy).")
        return redirect("accounts:detail", pk=account.pk)
    try:
        accounts.membership_end(
            manager=request.user, membership=membership, on=form.cleaned_data["on"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            f"Vai trò {membership.get_role_display()} tại {membership.area.full_name} "
            f"kết thúc ngày {form.cleaned_data['on']:%d/%m/%Y}.",
        )
    return redirect("accounts:detail", pk=account.pk)


# ── Everyone's own password ──


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/password_change.html"
    form_class = OwnPasswordChangeForm
    success_url = reverse_lazy("home")

    def form_valid(self, form):
        response = super().form_valid(form)
        accounts.password_changed(user=self.request.user)
        self.request.session.pop(SESSION_FLAG, None)
        messages.success(self.request, "Đã đổi mật khẩu.")
        return response


@login_not_required
class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    form_class = OwnSetPasswordForm
    success_url = reverse_lazy("password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        accounts.password_changed(user=form.user, by_link=True)
        return response


@login_not_required
class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "registration/password_reset_complete.html"
