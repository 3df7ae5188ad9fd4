"""Accounts and roles in the browser (issue 22, part 6): managers create
accounts one by one or from Excel, lock them, reset passwords, end and grant
roles, each within their own subtree; everyone changes their own password.

Every scope rule has a test that tries to cross it, and every bad input of the
issue gets its Vietnamese message with nothing saved."""

from __future__ import annotations

import datetime
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from openpyxl import Workbook, load_workbook

from tests.factories import PASSWORD, MembershipFactory, member
from villages import account_import, accounts
from villages.accounts import AccountData
from villages.models import AccountAction, AccountEvent, Area, Membership, Profile, Role

User = get_user_model()
HEADINGS = [title for title, _, _ in account_import.TEMPLATE_HEADINGS]


@pytest.fixture
def district_manager(world):
    return member(world.cao_loc, Role.ACCOUNT_MANAGER, "quanly.caoloc")


def form_data(world, **changes) -> dict:
    data = {
        "full_name": "Hoàng Thị Lan",
        "username": "lanht.thuyhung",
        "position": "Công chức Văn hóa – Xã hội",
        "phone": "0912 345 678",
        "email": "lanht@thuyhung.langson.gov.vn",
        "area": world.thuy_hung.pk,
        "role": Role.COMMUNE_OFFICIAL,
        "valid_from": "2026-01-01",
        "valid_to": "",
    }
    data.update(changes)
    return data


def sheet(rows, *, headings=HEADINGS, shift: int = 0) -> bytes:
    """A workbook like the template: title, headings on row 4, then `rows`,
    each moved right by `shift` columns (the headings stay)."""
    wb = Workbook()
    ws = wb.active
    ws.title = account_import.SHEET_TITLE
    ws["A1"] = "DANH SÁCH TÀI KHOẢN CẦN TẠO"
    for column, title in enumerate(headings, start=1):
        ws.cell(4, column, title)
    for index, row in enumerate(rows, start=5):
        for column, value in enumerate(row, start=1 + shift):
            ws.cell(index, column, value)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


THREE = [
    [1, "Nông Văn Bình", "binhnv", "Trưởng thôn", 987654321, "", "Thôn Cồn Tòng, xã Thụy Hùng", "Trưởng thôn", "01/07/2026", ""],
    [2, "Lương Thị Hoa", "", "Công chức Địa chính", "+84 912 000 111", "hoalt@thuyhung.vn", "Xã Thụy Hùng", "Công chức xã", datetime.date(2026, 7, 1), datetime.date(2030, 6, 30)],
    [3, "Vi Văn Dũng", "dungvv.dongdang", "Chuyên trách NTM", "", "", "xã đồng đăng", "commune_official", "", ""],
]  # fmt: skip


# ── One by one ──


def test_a_manager_creates_an_account_and_prints_its_temporary_password(
    client, world, province_manager
):
    client.force_login(province_manager)
    response = client.post(reverse("accounts:create"), form_data(world))
    assert response.status_code == 200
    body = response.content.decode()
    password = re.search(r"data-password>([a-z0-9-]+)<", body).group(1)
    assert re.fullmatch(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}", password)
    assert "lanht.thuyhung" in body and "Công chức xã – xã Thụy Hùng" in body

    user = User.objects.get(username="lanht.thuyhung")
    assert user.get_full_name() == "Hoàng Thị Lan"
    assert user.profile.phone == "0912345678" and user.profile.must_change_password
    membership = user.memberships.get()
    assert (membership.area, membership.role) == (
        world.thuy_hung,
        Role.COMMUNE_OFFICIAL,
    )
    assert membership.valid_from == datetime.date(2026, 1, 1)
    assert membership.position == "Công chức Văn hóa – Xã hội"
    event = AccountEvent.objects.get(account=user)
    assert (event.actor, event.action) == (province_manager, AccountAction.CREATED)
    assert "Công chức xã – xã Thụy Hùng, từ 01/01/2026" in event.detail
    # The password is never stored in clear.
    assert password not in user.password

    # The new official logs in and is held at "Đổi mật khẩu" until they do.
    client.logout()
    assert (
        client.post(
            reverse("login"), {"username": "lanht.thuyhung", "password": password}
        ).status_code
        == 302
    )
    response = client.get(reverse("plans:list"))
    assert response.status_code == 302
    assert response["Location"] == reverse("password_change")
    response = client.post(
        reverse("password_change"),
        {
            "old_password": password,
            "new_password1": "Thuy-Hung-2026!",
            "new_password2": "Thuy-Hung-2026!",
        },
    )
    assert response.status_code == 302
    assert client.get(reverse("plans:list")).status_code == 200
    user.refresh_from_db()
    assert not user.profile.must_change_password
    assert user.check_password("Thuy-Hung-2026!")
    assert AccountEvent.objects.filter(
        account=user, actor=user, action=AccountAction.PASSWORD_CHANGED
    ).exists()


def test_a_username_left_blank_is_made_from_the_name(client, world, province_manager):
    member(world.nhat_tien, Role.COMMUNE_OFFICIAL, "lanht")
    client.force_login(province_manager)
    client.post(reverse("accounts:create"), form_data(world, username=""))
    assert User.objects.filter(username="lanht2", first_name="Hoàng Thị Lan").exists()


BAD_FORMS = [
    (
        "duplicate username",
        {"username": "XA.THUYHUNG"},
        "username",
        "Tên đăng nhập “xa.thuyhung” đã có người dùng; hãy chọn tên khác.",
    ),
    (
        "username with accents",
        {"username": "lan.thụyhùng"},
        "username",
        "không hợp lệ: dùng chữ thường không dấu",
    ),
    (
        "area outside the manager's subtree",
        {"area": "nhat_tien"},
        "area",
        "Xã Nhật Tiến nằm ngoài địa bàn bạn quản lý tài khoản (huyện Cao Lộc).",
    ),
    (
        "area in another province",
        {"area": "son_bang"},
        "area",
        "Xã Sơn Bằng nằm ngoài địa bàn bạn quản lý tài khoản",
    ),
    (
        "role not allowed at that level",
        {"area": "con_tong"},
        "role",
        "Vai trò “Công chức xã” chỉ gán cho địa bàn cấp xã; thôn Cồn Tòng là thôn, "
        "khu dân cư.",
    ),
    (
        "a provincial role from a district manager",
        {"role": Role.PROVINCIAL_VIEWER, "area": "lang_son"},
        "area",
        "Tỉnh Lạng Sơn nằm ngoài địa bàn bạn quản lý tài khoản",
    ),
    (
        "a manager at the manager's own level",
        {"role": Role.ACCOUNT_MANAGER, "area": "cao_loc"},
        "role",
        "Bạn chỉ gán vai trò “Quản lý tài khoản” cho địa bàn cấp dưới",
    ),
    (
        "administrator",
        {"role": Role.ADMINISTRATOR},
        "role",
        "Hãy chọn vai trò trong danh sách.",
    ),
    (
        "end date before start date",
        {"valid_from": "2026-03-01", "valid_to": "2026-02-01"},
        "valid_to",
        "Ngày hết hiệu lực (01/02/2026) trước ngày bắt đầu (01/03/2026).",
    ),
    (
        "phone that is not a number",
        {"phone": "lanht@thuyhung.vn"},
        "phone",
        "“lanht@thuyhung.vn” không phải số điện thoại",
    ),
    ("no name", {"full_name": "  "}, "full_name", "Hãy ghi họ và tên."),
]


@pytest.mark.parametrize(
    "changes,field,message",
    [case[1:] for case in BAD_FORMS],
    ids=[case[0] for case in BAD_FORMS],
)
def test_bad_input_gets_its_message_keeps_what_was_typed_and_saves_nothing(
    client, world, district_manager, changes, field, message
):
    member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung")
    if isinstance(changes.get("area"), str):
        changes = {**changes, "area": getattr(world, changes["area"]).pk}
    users, events = User.objects.count(), AccountEvent.objects.count()
    client.force_login(district_manager)
    response = client.post(reverse("accounts:create"), form_data(world, **changes))
    assert response.status_code == 422
    errors = " ".join(response.context["form"].errors.get(field, []))
    assert message in errors, response.context["form"].errors
    body = response.content.decode()
    assert message.split("“")[0] in body
    assert "Hoàng Thị Lan" in body or field == "full_name"  # what was typed stays
    assert (User.objects.count(), AccountEvent.objects.count()) == (users, events)


# ── From Excel ──


def upload(client, data: bytes, action: str, name="tai-khoan.xlsx"):
    file = io.BytesIO(data)
    file.name = name
    return client.post(reverse("accounts:import"), {"file": file, "action": action})


def test_three_accounts_from_excel_dry_run_then_apply(client, world, province_manager):
    client.force_login(province_manager)
    users = User.objects.count()
    response = upload(client, sheet(THREE), "check")
    assert response.status_code == 200
    result = response.context["result"]
    assert result.ok and result.dry_run and not result.applied
    assert [r.data.username for r in result.rows] == [
        "binhnv",
        "hoalt",
        "dungvv.dongdang",
    ]
    assert User.objects.count() == users  # the dry run saved nothing
    assert not AccountEvent.objects.exists()
    assert response.context["checked_kept"]

    response = client.post(reverse("accounts:import"), {"action": "apply_checked"})
    assert response.status_code == 200
    created = response.context["created"]
    assert [u.username for u, _ in created] == ["binhnv", "hoalt", "dungvv.dongdang"]
    assert User.objects.count() == users + 3
    binh = User.objects.get(username="binhnv")
    assert binh.memberships.get().area == world.con_tong
    assert binh.memberships.get().role == Role.VILLAGE_HEAD
    assert binh.profile.phone == "0987654321"  # typed as a number, 0 restored
    hoa = User.objects.get(username="hoalt")
    assert hoa.email == "hoalt@thuyhung.vn" and hoa.profile.phone == "+84912000111"
    membership = hoa.memberships.get()
    assert (membership.valid_from, membership.valid_to) == (
        datetime.date(2026, 7, 1),
        datetime.date(2030, 6, 30),
    )
    assert User.objects.get(username="dungvv.dongdang").memberships.get().area == (
        world.direct_commune
    )
    events = AccountEvent.objects.filter(action=AccountAction.IMPORTED)
    assert events.count() == 3
    assert all(e.actor == province_manager for e in events)
    assert all("tệp tai-khoan.xlsx" in e.detail for e in events)
    for user, password in created:
        assert User.objects.get(pk=user.pk).check_password(password)
    # Applying again from the session is not possible: the file was used.
    again = client.post(reverse("accounts:import"), {"action": "apply_checked"})
    assert again.status_code == 422 and User.objects.count() == users + 3


def test_the_template_lists_the_managers_areas_and_reads_back(
    client, world, district_manager
):
    client.force_login(district_manager)
    response = client.get(reverse("accounts:template"))
    wb = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    ws = wb[account_import.SHEET_TITLE]
    assert [ws.cell(4, c).value for c in range(1, 11)] == HEADINGS
    areas = [
        row[0]
        for row in wb[account_import.AREAS_SHEET].iter_rows(min_row=2, values_only=True)
        if row[0]
    ]
    assert "Xã Thụy Hùng" in areas and "Thôn Cồn Tòng, xã Thụy Hùng" in areas
    assert not [a for a in areas if "Nhật Tiến" in a or "Sơn Bằng" in a]
    roles = [
        r[4]
        for r in wb[account_import.AREAS_SHEET].iter_rows(min_row=2, values_only=True)
        if r[4]
    ]
    assert "Quản trị" not in roles and "Trưởng thôn" in roles
    # Filled in and uploaded, the template works as it is.
    ws.append(
        [
            1,
            "Lò Văn Tâm",
            "tamlv",
            "",
            "",
            "",
            "Thôn Nà Lài, xã Thụy Hùng",
            "Trưởng thôn",
            "",
            "",
        ]
    )
    buffer = io.BytesIO()
    wb.save(buffer)
    response = upload(client, buffer.getvalue(), "apply")
    assert response.status_code == 200
    assert User.objects.get(username="tamlv").memberships.get().area == world.na_lai


BAD_SHEETS = [
    (
        "duplicate username (taken)",
        lambda w: [[1, "Hoàng Thị Lan", "XA.THUYHUNG", "", "", "", "Xã Thụy Hùng", "Công chức xã", "", ""]],
        "Dòng 5 (Hoàng Thị Lan), ô C5: Tên đăng nhập “xa.thuyhung” đã có người dùng",
    ),
    (
        "duplicate username (twice in the sheet)",
        lambda w: [THREE[0], [2, "Nông Văn Bình", "binhnv", "", "", "", "Xã Thụy Hùng", "Công chức xã", "", ""]],
        "Dòng 6 (Nông Văn Bình), ô C6: tên đăng nhập “binhnv” trùng với dòng 5.",
    ),
    (
        "area outside the manager's subtree",
        lambda w: [[1, "Hoàng Thị Lan", "", "", "", "", "Xã Nhật Tiến", "Công chức xã", "", ""]],
        "ô G5: Xã Nhật Tiến nằm ngoài địa bàn bạn quản lý tài khoản (huyện Cao Lộc).",
    ),
    (
        "area unknown",
        lambda w: [[1, "Hoàng Thị Lan", "", "", "", "", "Xã Không Có", "Công chức xã", "", ""]],
        "ô G5: không tìm thấy địa bàn “Xã Không Có” đang hoạt động.",
    ),
    (
        "role not allowed at that level",
        lambda w: [[1, "Hoàng Thị Lan", "", "", "", "", "Xã Thụy Hùng", "Trưởng thôn", "", ""]],
        "ô H5: Vai trò “Trưởng thôn” chỉ gán cho địa bàn thôn, khu dân cư; xã Thụy Hùng là cấp xã.",
    ),
    (
        "role unknown",
        lambda w: [[1, "Hoàng Thị Lan", "", "", "", "", "Xã Thụy Hùng", "Chủ tịch", "", ""]],
        "ô H5: vai trò “Chủ tịch” không có trong danh sách",
    ),
    (
        "end date before start date",
        lambda w: [[1, "Hoàng Thị Lan", "", "", "", "", "Xã Thụy Hùng", "Công chức xã", "01/07/2026", "30/06/2026"]],
        "ô J5: Ngày hết hiệu lực (30/06/2026) trước ngày bắt đầu (01/07/2026).",
    ),
    (
        "a date that is not a date",
        lambda w: [[1, "Hoàng Thị Lan", "", "", "", "", "Xã Thụy Hùng", "Công chức xã", "31/02/2026", ""]],
        "ô I5: “31/02/2026” không phải ngày",
    ),
    (
        "a formula",
        lambda w: [[1, "=HYPERLINK(\"http://x\",\"Lan\")", "", "", "", "", "Xã Thụy Hùng", "Công chức xã", "", ""]],
        "Dòng 5, ô B5: ô chứa công thức “=HYPERLINK(\"http://x\",\"Lan\")”",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    "rows,message",
    [case[1:] for case in BAD_SHEETS],
    ids=[case[0] for case in BAD_SHEETS],
)
def test_a_bad_sheet_gets_row_and_cell_messages_and_saves_nothing(
    client, world, district_manager, rows, message
):
    member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung")
    users, events = User.objects.count(), AccountEvent.objects.count()
    client.force_login(district_manager)
    for action in ("check", "apply"):
        response = upload(client, sheet(rows(world)), action)
        assert response.status_code == 422
        texts = [p.text for p in response.context["result"].problems]
        assert any(message in t for t in texts), texts
        assert message.split("“")[0][:40] in response.content.decode()
    assert (User.objects.count(), AccountEvent.objects.count()) == (users, events)


def test_a_sheet_with_shifted_columns_is_refused_whole(client, world, province_manager):
    """A column inserted in the data but not in the headings: phone numbers
    would land in e-mail addresses. One message says the columns are shifted,
    and none of the rows is saved, not even those that would pass."""
    client.force_login(province_manager)
    users = User.objects.count()
    response = upload(client, sheet(THREE, shift=1), "apply")
    assert response.status_code == 422
    first = response.context["result"].problems[0].text
    assert first.startswith("Các cột của tệp bị lệch so với dòng tiêu đề (dòng 4):")
    assert "cột K có dữ liệu (từ dòng 6) nhưng không có tiêu đề." in first
    assert "Không có tài khoản nào được tạo" in first
    assert User.objects.count() == users and not AccountEvent.objects.exists()

    # Headings moved along with the data are fine: columns are found by name.
    shifted_both = sheet(THREE, headings=["", *HEADINGS], shift=1)
    assert upload(client, shifted_both, "check").context["result"].ok

    # A deleted cell: every value from "Điện thoại" on moves one column left.
    rows = [[1, "Hoàng Thị Lan", "lanht", "Công chức", "lanht@thuyhung.vn", "Xã Thụy Hùng", "Công chức xã", "", "", ""]]  # fmt: skip
    response = upload(client, sheet(rows), "check")
    first = response.context["result"].problems[0].text
    assert (
        "ô E5 (“Điện thoại”) ghi “lanht@thuyhung.vn”, là giá trị của cột “Thư điện tử”"
        in first
    )
    assert (
        "ô F5 (“Thư điện tử”) ghi “Xã Thụy Hùng”, là giá trị của cột “Địa bàn”" in first
    )
    assert User.objects.count() == users


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "Tệp trống: không có nội dung nào để nhập."),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
            "định dạng Excel cũ (.xls)",
        ),
        (b"Ho va ten;Dia ban\nLan;Thuy Hung\n", "không phải bảng tính Excel .xlsx"),
    ],
    ids=["empty", "xls", "csv named xlsx"],
)
def test_files_that_are_not_xlsx_are_refused(
    client, world, province_manager, data, message
):
    client.force_login(province_manager)
    response = upload(client, data, "check")
    assert response.status_code == 422
    assert message in response.content.decode()


def test_a_sheet_without_the_headings_says_so(client, world, province_manager):
    client.force_login(province_manager)
    data = sheet([["Lan", "Xã Thụy Hùng"]], headings=["Tên", "Nơi"])
    response = upload(client, data, "check")
    assert account_import.NO_TABLE in [
        p.text for p in response.context["result"].problems
    ]


# ── Scope: every rule, crossed ──


def test_who_reaches_the_account_pages(client, world, province_manager):
    commune_official = member(world.thuy_hung, Role.COMMUNE_OFFICIAL)
    reviewer = member(world.cao_loc, Role.DISTRICT_REVIEWER)
    for user in (commune_official, reviewer):
        client.force_login(user)
        for name in (
            "accounts:list",
            "accounts:create",
            "accounts:import",
            "accounts:template",
        ):
            assert client.get(reverse(name)).status_code == 403, (user, name)
        response = client.get(reverse("home"))
        assert reverse("accounts:list") not in response.content.decode()
        assert reverse("password_change") in response.content.decode()
    client.force_login(province_manager)
    response = client.get(reverse("home"))
    assert f'href="{reverse("accounts:list")}"' in response.content.decode()


def test_a_district_manager_cannot_touch_another_districts_accounts(
    client, world, district_manager
):
    other = member(world.nhat_tien, Role.COMMUNE_OFFICIAL, "xa.nhattien")
    client.force_login(district_manager)
    listed = client.get(reverse("accounts:list")).context["page"].object_list
    assert other not in listed
    for name in (
        "accounts:detail",
        "accounts:deactivate",
        "accounts:temporary_password",
        "accounts:reset_link",
        "accounts:grant",
    ):
        method = client.get if name == "accounts:detail" else client.post
        assert method(reverse(name, args=[other.pk])).status_code == 404, name
    membership = other.memberships.get()
    url = reverse("accounts:end_membership", args=[other.pk, membership.pk])
    assert client.post(url, {"on": "2026-01-01"}).status_code == 404
    other.refresh_from_db()
    assert other.is_active and not AccountEvent.objects.exists()


def test_a_district_manager_cannot_act_on_someone_who_also_works_above(
    client, world, district_manager
):
    """A province official who also holds a role in the district is visible to
    the district manager but not theirs to lock or reset."""
    official = member(world.lang_son, Role.PROVINCIAL_VIEWER, "tinh.langson")
    MembershipFactory(user=official, area=world.cao_loc, role=Role.DISTRICT_REVIEWER)
    client.force_login(district_manager)
    response = client.get(reverse("accounts:detail", args=[official.pk]))
    assert response.status_code == 200
    assert (
        "Cán bộ tỉnh” tại tỉnh Lạng Sơn, ngoài quyền của bạn"
        in response.content.decode()
    )
    for name in (
        "accounts:deactivate",
        "accounts:temporary_password",
        "accounts:reactivate",
    ):
        assert client.post(reverse(name, args=[official.pk])).status_code == 403
    official.refresh_from_db()
    assert official.is_active and official.check_password(PASSWORD)


def test_managers_cannot_touch_themselves_their_peers_or_superusers(
    client, world, province_manager
):
    peer = member(world.lang_son, Role.ACCOUNT_MANAGER, "quanly2.langson")
    admin = member(world.lang_son, Role.ADMINISTRATOR, "quantri")
    User.objects.filter(pk=admin.pk).update(is_superuser=True, is_staff=True)
    client.force_login(province_manager)
    for account in (province_manager, peer, admin):
        for name in ("accounts:deactivate", "accounts:temporary_password"):
            assert client.post(reverse(name, args=[account.pk])).status_code == 403
    assert User.objects.filter(is_active=False).count() == 0


def test_a_province_manager_creates_district_managers_who_then_work_below(
    client, world, province_manager
):
    client.force_login(province_manager)
    response = client.post(
        reverse("accounts:create"),
        form_data(
            world,
            username="quanly.huulung",
            area=world.huu_lung.pk,
            role=Role.ACCOUNT_MANAGER,
        ),
    )
    assert response.status_code == 200
    manager = User.objects.get(username="quanly.huulung")
    assert list(Area.objects.managed_by(manager)) == list(
        Area.objects.subtree(world.huu_lung)
    )
    assert accounts.grant_problem(
        manager, area=world.thuy_hung, role=Role.COMMUNE_OFFICIAL
    )
    assert not accounts.grant_problem(
        manager, area=world.nhat_tien, role=Role.COMMUNE_OFFICIAL
    )


def test_a_ceased_unit_gets_no_new_account(world, province_manager):
    world.thuy_hung.valid_to = datetime.date(2025, 6, 30)
    world.thuy_hung.save()
    problem = accounts.grant_problem(
        province_manager, area=world.thuy_hung, role=Role.COMMUNE_OFFICIAL
    )
    assert problem == (
        "Xã Thụy Hùng đã thôi hoạt động từ sau ngày 30/06/2025; hãy chọn đơn vị "
        "đang hoạt động."
    )


# ── Lock, reset, move ──


def test_lock_and_unlock(client, world, province_manager):
    official = member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung")
    client.force_login(province_manager)
    client.post(
        reverse("accounts:deactivate", args=[official.pk]), {"reason": "Nghỉ hưu"}
    )
    official.refresh_from_db()
    assert not official.is_active
    assert not client.login(username="xa.thuyhung", password=PASSWORD)
    client.force_login(province_manager)
    client.post(reverse("accounts:reactivate", args=[official.pk]))
    assert client.login(username="xa.thuyhung", password=PASSWORD)
    assert list(
        AccountEvent.objects.filter(account=official).values_list("action", "detail")
    ) == [(AccountAction.REACTIVATED, ""), (AccountAction.DEACTIVATED, "Nghỉ hưu")]


def test_a_temporary_password_ends_the_old_sessions(client, world, province_manager):
    from django.test import Client

    official = member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung")
    phone = Client()
    phone.force_login(official)
    assert phone.get(reverse("plans:list")).status_code == 200
    client.force_login(province_manager)
    response = client.post(reverse("accounts:temporary_password", args=[official.pk]))
    password = response.context["created"][0][1]
    assert phone.get(reverse("plans:list")).status_code == 302  # logged out
    assert phone.login(username="xa.thuyhung", password=password)
    assert phone.get(reverse("plans:list"))["Location"] == reverse("password_change")


def test_a_reset_link_by_mail_works_once(client, world, province_manager, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SITE_URL = "https://ntm.langson.gov.vn"
    official = member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung")
    client.force_login(province_manager)
    response = client.post(
        reverse("accounts:reset_link", args=[official.pk]), follow=True
    )
    assert "chưa có địa chỉ thư điện tử" in response.content.decode()
    assert not mail.outbox
    User.objects.filter(pk=official.pk).update(email="xa@thuyhung.vn")
    client.post(reverse("accounts:reset_link", args=[official.pk]))
    assert mail.outbox[0].to == ["xa@thuyhung.vn"]
    link = re.search(r"https://ntm\.langson\.gov\.vn(\S+)", mail.outbox[0].body).group(
        1
    )

    visitor = client.__class__()
    page = visitor.get(link, follow=True)
    assert page.status_code == 200 and page.context["validlink"]
    form_url = page.redirect_chain[-1][0] if page.redirect_chain else link
    done = visitor.post(
        form_url,
        {"new_password1": "Thuy-Hung-2026!", "new_password2": "Thuy-Hung-2026!"},
    )
    assert done.status_code == 302
    official.refresh_from_db()
    assert official.check_password("Thuy-Hung-2026!")
    again = client.__class__().get(link, follow=True)
    assert not again.context["validlink"]
    assert "Liên kết này đã dùng rồi hoặc đã hết hạn" in again.content.decode()
    actions = list(
        AccountEvent.objects.filter(account=official).values_list("action", flat=True)
    )
    assert actions == [AccountAction.PASSWORD_RESET, AccountAction.RESET_LINK]


def test_an_official_who_moves_keeps_the_old_post_as_history(
    client, world, province_manager
):
    official = member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung")
    old = official.memberships.get()
    client.force_login(province_manager)
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    response = client.post(
        reverse("accounts:end_membership", args=[official.pk, old.pk]),
        {"on": yesterday.isoformat()},
    )
    assert response.status_code == 302
    response = client.post(
        reverse("accounts:grant", args=[official.pk]),
        {
            "area": world.direct_commune.pk,
            "role": Role.COMMUNE_OFFICIAL,
            "position": "Chuyên trách NTM",
            "valid_from": timezone.localdate().isoformat(),
        },
    )
    assert response.status_code == 302
    assert set(Area.objects.for_user(official).communes()) == {world.direct_commune}
    old.refresh_from_db()
    assert old.valid_to == yesterday
    assert Membership.objects.filter(user=official).count() == 2
    actions = list(
        AccountEvent.objects.filter(account=official).values_list("action", flat=True)
    )
    assert actions == [AccountAction.ROLE_GRANTED, AccountAction.ROLE_ENDED]
    # An end before the start is refused.
    new = official.memberships.get(area=world.direct_commune)
    client.post(
        reverse("accounts:end_membership", args=[official.pk, new.pk]),
        {"on": (timezone.localdate() - datetime.timedelta(days=30)).isoformat()},
    )
    new.refresh_from_db()
    assert new.valid_to is None


def test_the_account_list_is_a_fixed_number_of_queries(
    client, world, province_manager, django_assert_num_queries
):
    client.force_login(province_manager)
    client.get(reverse("accounts:list"))  # warm the session

    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("accounts:list")).status_code == 200
        return len(queries)

    small = count()
    for index in range(12):
        member(world.thuy_hung, Role.COMMUNE_OFFICIAL, f"cc{index}")
        member(world.con_tong, Role.VILLAGE_HEAD, f"tt{index}")
    assert count() == small


def test_services_refuse_what_the_pages_refuse(world, district_manager):
    """The rule lives in the service: a script calling it directly is held too."""
    from django.core.exceptions import PermissionDenied, ValidationError

    with pytest.raises(ValidationError) as error:
        accounts.account_create(
            manager=district_manager,
            data=AccountData(
                full_name="Lan", area=world.nhat_tien, role=Role.COMMUNE_OFFICIAL
            ),
        )
    assert "nằm ngoài địa bàn bạn quản lý" in error.value.message_dict["area"][0]
    other = member(world.nhat_tien, Role.COMMUNE_OFFICIAL)
    with pytest.raises(PermissionDenied):
        accounts.password_set_temporary(manager=district_manager, account=other)
    assert not Profile.objects.filter(user=other).exists()
