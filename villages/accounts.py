"""Accounts and roles, managed in the browser by account managers.

Who manages: a membership with the role ACCOUNT_MANAGER ("Quản lý tài
khoản") at province or district level, on its own subtree. A role rather than
a flag on another membership, because managing accounts is a job of its own
(the provincial coordination office creates the communes' accounts) that
need not come with reading dashboards or editing plans, and because a role
gets the same validity dates, level rule and scope query (`Area.objects.
managed_by`) as every other role. Superusers manage everyone.

One rule decides every grant (`grant_problem`): the area lies in the manager's
subtree and is in force today; the role is allowed at the area's level
(ROLE_LEVELS); "Quản trị" is granted only by superusers; and "Quản lý tài
khoản" only strictly below the manager's own area, so no manager creates or
takes over a peer. A manager acts on an existing account only when every one
of its current memberships is one the manager could have granted
(`manage_problem`): a district manager cannot reset the password of a
province official who also holds a role in the district.

Every action writes an AccountEvent (who, when, what) in its own transaction.
Temporary passwords are shown once, never stored in clear, and must be
changed at the next login (villages/middleware.py).
"""

from __future__ import annotations

import datetime
import re
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from ntm.text import fold, nfc
from villages.models import (
    ROLE_LEVELS,
    AccountAction,
    AccountEvent,
    Area,
    AreaLevel,
    Membership,
    Profile,
    Role,
)

User = get_user_model()

# Letters without look-alikes (no 0/o, 1/l/i): read off paper and typed on a phone.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
TEMPORARY_HASHER = "pbkdf2_sha256_temp"
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,148}[a-z0-9]$")
PHONE_RE = re.compile(r"^(\+84|0)\d{8,10}$")


# ── Who may do what ──


def is_manager(user) -> bool:
    """Whether `user` manages any accounts (the menu's "Tài khoản")."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return (
        Membership.objects.active()
        .filter(user=user, role=Role.ACCOUNT_MANAGER)
        .exists()
    )


def manager_roots(user) -> list[Area]:
    """The areas of `user`'s account-manager memberships in force today."""
    return [
        m.area
        for m in Membership.objects.active()
        .filter(user=user, role=Role.ACCOUNT_MANAGER)
        .select_related("area")
    ]


def grantable_roles(user) -> list[tuple[str, str]]:
    """The roles `user` may grant somewhere, as form choices."""
    roles = [r for r in Role if r != Role.ADMINISTRATOR or user.is_superuser]
    return [(r.value, r.label) for r in roles]


def _authority_check(
    manager, *, area: Area, role: str, roots: list[Area] | None = None
) -> tuple[str, str] | None:
    if manager.is_superuser:
        return None
    roots = manager_roots(manager) if roots is None else roots
    if not any(area.is_within(root) for root in roots):
        return "area", (
            f"{area.title_name} nằm ngoài địa bàn bạn quản lý tài khoản"
            + (f" ({', '.join(r.full_name for r in roots)})." if roots else ".")
        )
    if role == Role.ADMINISTRATOR:
        return "role", "Chỉ quản trị hệ thống mới gán được vai trò “Quản trị”."
    if role == Role.ACCOUNT_MANAGER and not any(
        area.is_within(root) and area.pk != root.pk for root in roots
    ):
        return "role", (
            "Bạn chỉ gán vai trò “Quản lý tài khoản” cho địa bàn cấp dưới, "
            "không gán ngang cấp mình."
        )
    return None


def authority_problem(
    manager, *, area: Area, role: str, roots: list[Area] | None = None
) -> str | None:
    """Why `role` on `area` is beyond `manager`'s authority: outside their
    subtree, "Quản trị", or "Quản lý tài khoản" at their own level; None if
    within it. `roots` saves a query when checking many rows."""
    found = _authority_check(manager, area=area, role=role, roots=roots)
    return found[1] if found else None


def grant_check(
    manager,
    *,
    area: Area,
    role: str,
    roots: list[Area] | None = None,
    on: datetime.date | None = None,
) -> tuple[str, str] | None:
    """(field, reason) why `manager` may not grant `role` on `area`, in
    Vietnamese; None if they may: within their authority, allowed at the
    area's level, and on a unit in force on `on` (today)."""
    if role not in Role.values:
        return "role", "Vai trò không có trong danh mục."
    found = _authority_check(manager, area=area, role=role, roots=roots)
    if found:
        return found
    allowed = ROLE_LEVELS[Role(role)]
    if area.level not in allowed:
        levels = ", ".join(AreaLevel(level).label.lower() for level in sorted(allowed))
        return "role", (
            f"Vai trò “{Role(role).label}” chỉ gán cho địa bàn {levels}; "
            f"{area.full_name} là {area.get_level_display().lower()}."
        )
    on = on or timezone.localdate()
    if area.valid_to and area.valid_to < on:
        return "area", (
            f"{area.title_name} đã thôi hoạt động từ sau ngày "
            f"{area.valid_to:%d/%m/%Y}; hãy chọn đơn vị đang hoạt động."
        )
    return None


def grant_problem(manager, **kwargs) -> str | None:
    """The reason of grant_check, or None."""
    found = grant_check(manager, **kwargs)
    return found[1] if found else None


def current_memberships(account, on: datetime.date | None = None):
    """Memberships of `account` not ended by `on`: in force, or starting later."""
    on = on or timezone.localdate()
    return Membership.objects.filter(user=account, is_active=True).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=on)
    )


def manage_problem(manager, account) -> str | None:
    """Why `manager` may not act on `account`; None if they may."""
    if manager.is_superuser:
        return None
    if account.pk == manager.pk:
        return "Bạn không tự thao tác trên tài khoản của mình ở trang này."
    if account.is_superuser:
        return "Tài khoản quản trị hệ thống chỉ quản trị hệ thống mới thao tác được."
    roots = manager_roots(manager)
    memberships = list(current_memberships(account).select_related("area"))
    # An account whose roles have all ended belongs to where it last worked.
    memberships = memberships or list(account.memberships.select_related("area"))
    if not memberships:
        return "Tài khoản này chưa được gán địa bàn nào."
    for membership in memberships:
        if authority_problem(
            manager, area=membership.area, role=membership.role, roots=roots
        ):
            return (
                f"Tài khoản có vai trò “{membership.get_role_display()}” tại "
                f"{membership.area.full_name}, ngoài quyền của bạn."
            )
    return None


def accounts_for(manager):
    """Users with a membership (any dates) in `manager`'s account subtree."""
    users = User.objects.all()
    if manager.is_superuser:
        return users
    return users.filter(
        Exists(
            Membership.objects.filter(
                user=OuterRef("pk"), area__in=Area.objects.managed_by(manager)
            )
        )
    )


def _require(manager, account) -> None:
    problem = manage_problem(manager, account)
    if problem:
        raise PermissionDenied(problem)


# ── Checking what a form or a sheet row gives ──


@dataclass
class AccountData:
    """One account to create, as a form or a sheet row gives it."""

    full_name: str
    area: Area | None
    role: str
    username: str = ""
    position: str = ""
    phone: str = ""
    email: str = ""
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None


def normalise_phone(value: str) -> str:
    """Phone numbers as digits ("0912 345 678", "0912.345.678" → "0912345678",
    "+84 912 345 678" → "+84912345678"); anything else as typed, to quote."""
    text = nfc(str(value or ""))
    digits = re.sub(r"[\s.()-]", "", text)
    return digits if PHONE_RE.match(digits) else text


def username_problem(username: str) -> str | None:
    if not USERNAME_RE.match(username):
        return (
            f"Tên đăng nhập “{username}” không hợp lệ: dùng chữ thường không dấu, "
            "chữ số và dấu chấm, gạch dưới, gạch ngang (3–150 ký tự), ví dụ "
            "nguyenvanan.thathke."
        )
    if User.objects.filter(username__iexact=username).exists():
        return f"Tên đăng nhập “{username}” đã có người dùng; hãy chọn tên khác."
    return None


def suggest_username(full_name: str, taken: set[str] = frozenset()) -> str:
    """ "Nguyễn Văn An" → "annv" (given name and initials, the usual Vietnamese
    office form), with a number when taken."""
    words = fold(full_name).replace(" ", " ").split()
    words = [re.sub(r"[^a-z0-9]", "", w) for w in words]
    words = [w for w in words if w]
    base = (words[-1] + "".join(w[0] for w in words[:-1])) if words else "taikhoan"
    base = base[:140]
    if len(base) < 3:
        base = f"{base}{'x' * (3 - len(base))}"
    candidate, n = base, 1
    while (
        candidate in taken or User.objects.filter(username__iexact=candidate).exists()
    ):
        n += 1
        candidate = f"{base}{n}"
    return candidate


def account_problems(
    manager, data: AccountData, *, roots: list[Area] | None = None
) -> dict[str, str]:
    """Every reason `data` cannot become an account, by field, in Vietnamese."""
    problems: dict[str, str] = {}
    if not data.full_name:
        problems["full_name"] = "Hãy ghi họ và tên."
    elif len(data.full_name) > 150:
        problems["full_name"] = "Họ và tên dài quá 150 ký tự."
    if data.username:
        problem = username_problem(data.username)
        if problem:
            problems["username"] = problem
    if data.email:
        try:
            validate_email(data.email)
        except ValidationError:
            problems["email"] = (
                f"“{data.email}” không phải địa chỉ thư điện tử (ví dụ ten@langson.gov.vn)."
            )
    if data.phone and not PHONE_RE.match(data.phone):
        problems["phone"] = (
            f"“{data.phone}” không phải số điện thoại (ví dụ 0912 345 678 hoặc "
            "+84 912 345 678)."
        )
    if len(data.position) > 150:
        problems["position"] = "Chức vụ dài quá 150 ký tự."
    if data.valid_from and data.valid_to and data.valid_to < data.valid_from:
        problems["valid_to"] = (
            f"Ngày hết hiệu lực ({data.valid_to:%d/%m/%Y}) trước ngày bắt đầu "
            f"({data.valid_from:%d/%m/%Y})."
        )
    if data.role not in Role.values:
        problems["role"] = "Hãy chọn vai trò trong danh sách."
    if data.area is None:
        problems["area"] = "Hãy chọn địa bàn."
    elif data.role in Role.values:
        found = grant_check(manager, area=data.area, role=data.role, roots=roots)
        if found:
            problems[found[0]] = found[1]
    return problems


# ── Writes ──


def temporary_password() -> str:
    """12 letters and digits in three groups, about 59 bits: "k7mq-2xpa-9dwe"."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def _set_temporary_password(user, password: str) -> None:
    # A random 59-bit secret needs no slow hash to resist guessing, and a
    # province creates a hundred accounts in one request; the first login
    # rehashes it with the default hasher and then it must be changed anyway.
    from django.contrib.auth.hashers import make_password

    user.password = make_password(password, hasher=TEMPORARY_HASHER)


def _event(account, actor, action: str, detail: str = "") -> AccountEvent:
    return AccountEvent.objects.create(
        account=account, actor=actor, action=action, detail=nfc(detail)[:500]
    )


def _membership_text(membership: Membership) -> str:
    dates = ""
    if membership.valid_from:
        dates += f", từ {membership.valid_from:%d/%m/%Y}"
    if membership.valid_to:
        dates += f" đến {membership.valid_to:%d/%m/%Y}"
    return f"{membership.get_role_display()} – {membership.area.full_name}{dates}"


@transaction.atomic
def account_create(
    *, manager, data: AccountData, source: str = "", roots=None
) -> tuple[User, str]:
    """Create a user with one membership and a temporary password (returned,
    shown once); ValidationError by field if anything is wrong."""
    data.username = data.username or suggest_username(data.full_name)
    problems = account_problems(manager, data, roots=roots)
    if problems:
        raise ValidationError(problems)
    user = User(username=data.username, first_name=data.full_name, email=data.email)
    password = temporary_password()
    _set_temporary_password(user, password)
    user.save()
    Profile.objects.create(user=user, phone=data.phone, must_change_password=True)
    membership = Membership(
        user=user,
        area=data.area,
        role=data.role,
        position=data.position,
        valid_from=data.valid_from or timezone.localdate(),
        valid_to=data.valid_to,
    )
    membership.full_clean()
    membership.save()
    action = AccountAction.IMPORTED if source else AccountAction.CREATED
    detail = _membership_text(membership)
    if source:
        detail += f"; tệp {source}"
    _event(user, manager, action, detail)
    return user, password


@transaction.atomic
def membership_grant(
    *,
    manager,
    account,
    area: Area,
    role: str,
    position: str = "",
    valid_from: datetime.date | None = None,
    valid_to: datetime.date | None = None,
) -> Membership:
    """Give `account` a further role (an official who moves: end the old
    membership, grant the new one)."""
    _require(manager, account)
    problem = grant_problem(manager, area=area, role=role)
    if problem:
        raise ValidationError(problem)
    if valid_from and valid_to and valid_to < valid_from:
        raise ValidationError(
            f"Ngày hết hiệu lực ({valid_to:%d/%m/%Y}) trước ngày bắt đầu "
            f"({valid_from:%d/%m/%Y})."
        )
    membership = Membership(
        user=account,
        area=area,
        role=role,
        position=nfc(position),
        valid_from=valid_from or timezone.localdate(),
        valid_to=valid_to,
    )
    membership.full_clean()
    membership.save()
    _event(account, manager, AccountAction.ROLE_GRANTED, _membership_text(membership))
    return membership


@transaction.atomic
def membership_end(*, manager, membership: Membership, on: datetime.date) -> None:
    """End `membership` on `on` (inclusive): the history stays, the role no
    longer acts from the day after."""
    _require(manager, membership.user)
    if membership.valid_from and on < membership.valid_from:
        raise ValidationError(
            f"Ngày kết thúc ({on:%d/%m/%Y}) trước ngày bắt đầu "
            f"({membership.valid_from:%d/%m/%Y})."
        )
    membership.valid_to = on
    membership.full_clean()
    membership.save(update_fields=["valid_to"])
    _event(
        membership.user,
        manager,
        AccountAction.ROLE_ENDED,
        _membership_text(membership),
    )


@transaction.atomic
def account_deactivate(*, manager, account, reason: str = "") -> None:
    """Lock the account: it can no longer log in, its sessions end at the next
    request (Django refuses inactive users), its history stays."""
    _require(manager, account)
    account.is_active = False
    account.save(update_fields=["is_active"])
    _event(account, manager, AccountAction.DEACTIVATED, reason)


@transaction.atomic
def account_reactivate(*, manager, account) -> None:
    _require(manager, account)
    account.is_active = True
    account.save(update_fields=["is_active"])
    _event(account, manager, AccountAction.REACTIVATED)


@transaction.atomic
def password_set_temporary(*, manager, account) -> str:
    """A new temporary password for `account` (returned, to print), to be
    changed at the next login; the account's open sessions end."""
    _require(manager, account)
    password = temporary_password()
    _set_temporary_password(account, password)
    account.save(update_fields=["password"])
    Profile.objects.update_or_create(
        user=account, defaults={"must_change_password": True}
    )
    _event(account, manager, AccountAction.TEMPORARY_PASSWORD)
    return password


@transaction.atomic
def password_send_reset_link(*, manager, account) -> str:
    """Mail `account` a one-time link to choose a new password (valid
    PASSWORD_RESET_TIMEOUT; void once used). Returns the address."""
    _require(manager, account)
    if not account.email:
        raise ValidationError(
            "Tài khoản chưa có địa chỉ thư điện tử: hãy cấp mật khẩu tạm và in ra."
        )
    if not account.is_active:
        raise ValidationError("Tài khoản đang bị khóa: hãy mở lại trước.")
    link = settings.SITE_URL + reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(account.pk)),
            "token": default_token_generator.make_token(account),
        },
    )
    hours = settings.PASSWORD_RESET_TIMEOUT // 3600
    body = "\n".join(
        [
            f"Kính gửi {account.get_full_name() or account.username},",
            "",
            "Cán bộ quản lý tài khoản đã yêu cầu đặt lại mật khẩu cho tài khoản "
            f"“{account.username}” trên hệ thống theo dõi xây dựng nông thôn mới.",
            "Mở liên kết sau để chọn mật khẩu mới (dùng được một lần, trong "
            f"{hours} giờ):",
            "",
            link,
            "",
            "Nếu anh/chị không đề nghị việc này, hãy báo cho cán bộ quản lý tài khoản.",
        ]
    )
    send_mail(
        "Đặt lại mật khẩu – Theo dõi xây dựng nông thôn mới",
        body,
        None,
        [account.email],
    )
    _event(account, manager, AccountAction.RESET_LINK, f"gửi tới {account.email}")
    return account.email


@transaction.atomic
def password_changed(*, user, by_link: bool = False) -> None:
    """After a user chose their own password: no longer temporary, and logged."""
    Profile.objects.filter(user=user, must_change_password=True).update(
        must_change_password=False
    )
    _event(
        user,
        user,
        AccountAction.PASSWORD_RESET if by_link else AccountAction.PASSWORD_CHANGED,
    )
