"""The import upload keeps the file when only the area is missing: the page
asked for the area again with an empty file input, and a commune official on
a phone with a weak network had to find and upload the file again. The file
is kept on the server under a random token bound to the user, and removed
once its preview is shown or after a few hours."""

from __future__ import annotations

import html
import os
import re
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from plans.document_import import kept

# A plan of xã Sơn Bằng (Hà Tĩnh): outside the Thụy Hùng official's scope,
# so the upload page asks for the area.
PLAN = """ỦY BAN NHÂN DÂN
XÃ SƠN BẰNG
Số: 30/KH-UBND
Sơn Bằng, ngày 14 tháng 3 năm 2026
KẾ HOẠCH
Ra quân chỉnh trang khu dân cư
I. NHIỆM VỤ
1. Trồng hàng rào xanh dọc các tuyến đường thôn
+ Thời gian: Quý IV
+ Chủ trì: Ủy ban nhân dân xã
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""
GONE = "Không còn tệp đã giữ"

pytestmark = pytest.mark.django_db


def upload(client, **form):
    page = client.post(reverse("plans:import"), form)
    assert page.status_code == 200
    return page


def text(page) -> str:
    return html.unescape(page.content.decode())


def token_of(page) -> str:
    """The kept token the page posts back ("" when none)."""
    field = re.search(r'<input type="hidden" name="kept"[^>]*>', page.content.decode())
    value = re.search(r'value="([^"]*)"', field.group(0))
    return value.group(1) if value else ""


def kept_folders(media) -> list:
    return sorted((media / "tmp" / "import").glob("*/*"))


@pytest.fixture
def area_asked(official_client, media):
    """The Thụy Hùng official's upload of a plan of another commune: the file
    reads, the area cannot be chosen from it."""
    page = upload(
        official_client, file=SimpleUploadedFile("kh-son-bang.txt", PLAN.encode())
    )
    assert "plans/import_upload.html" in [t.name for t in page.templates]
    return page


def test_the_area_error_keeps_the_file_and_the_area_alone_gives_the_preview(
    official_client, area_asked, media, world
):
    page = area_asked
    assert "Không tìm thấy địa bàn “Sơn Bằng”" in text(page)
    assert (
        "Đã giữ tệp “kh-son-bang.txt” — chỉ cần chọn địa bàn rồi bấm "
        "“Đọc tệp và xem trước”." in text(page)
    )
    token = token_of(page)
    assert len(token) == 22
    assert [f.name for f in kept_folders(media)] == [token]

    preview = upload(official_client, kept=token, area=world.thuy_hung.pk)

    assert "plans/import_preview.html" in [t.name for t in preview.templates]
    assert "Trồng hàng rào xanh dọc các tuyến đường thôn" in text(preview)
    # Removed once used: the same token gives the file no more.
    assert kept_folders(media) == []
    again = upload(official_client, kept=token, area=world.thuy_hung.pk)
    assert GONE in text(again)


def test_asked_again_for_the_area_the_same_file_stays_kept(
    official_client, area_asked, media
):
    token = token_of(area_asked)
    page = upload(official_client, kept=token)
    assert "Không tìm thấy địa bàn “Sơn Bằng”" in text(page)
    assert "Đã giữ tệp “kh-son-bang.txt”" in text(page)
    assert token_of(page) == token
    assert [f.name for f in kept_folders(media)] == [token]


def test_another_users_token_is_refused(
    client, area_asked, media, other_commune_official, world
):
    token = token_of(area_asked)
    client.force_login(other_commune_official)

    page = upload(client, kept=token, area=world.nhat_tien.pk)

    assert "plans/import_preview.html" not in [t.name for t in page.templates]
    assert (
        "Không còn tệp đã giữ (quá 6 giờ, đã dùng hoặc không thuộc tài khoản của "
        "bạn): chọn lại tệp rồi bấm “Đọc tệp và xem trước”." in text(page)
    )
    assert "Đã giữ tệp" not in text(page)
    assert token_of(page) == ""
    # The owner's file is untouched.
    assert [f.name for f in kept_folders(media)] == [token]


@pytest.mark.parametrize(
    "token", ["A" * 22, "../../../../etc/passwd", "x", "AAAAAAAAAAAAAAAAAAAAA/"]
)
def test_a_forged_token_asks_for_the_file(official_client, media, world, token):
    page = upload(official_client, kept=token, area=world.thuy_hung.pk)
    assert GONE in text(page)
    assert "plans/import_preview.html" not in [t.name for t in page.templates]
    assert token_of(page) == ""


def test_an_expired_token_asks_for_the_file_and_is_removed(
    official_client, area_asked, media, world
):
    token = token_of(area_asked)
    (folder,) = kept_folders(media)
    hours_ago = time.time() - kept.MAX_AGE - 60
    os.utime(folder, (hours_ago, hours_ago))

    page = upload(official_client, kept=token, area=world.thuy_hung.pk)

    assert GONE in text(page)
    assert kept_folders(media) == []


def test_no_file_and_no_token_still_asks_for_the_file(official_client, media, world):
    page = upload(official_client, area=world.thuy_hung.pk)
    assert page.context["form"].errors["file"] == ["Trường này là bắt buộc."]
    assert kept_folders(media) == []


def test_a_new_file_replaces_the_kept_one(official_client, area_asked, media, world):
    old = token_of(area_asked)
    other = PLAN.replace("Ra quân chỉnh trang", "Tổng vệ sinh")

    page = upload(
        official_client,
        kept=old,
        file=SimpleUploadedFile("kh-moi.txt", other.encode()),
    )

    assert "Đã giữ tệp “kh-moi.txt”" in text(page)
    new = token_of(page)
    assert new != old
    assert [f.name for f in kept_folders(media)] == [new]
    preview = upload(official_client, kept=new, area=world.thuy_hung.pk)
    assert "Tổng vệ sinh" in text(preview)
    assert kept_folders(media) == []


def test_a_new_keep_sweeps_the_old_ones(official_client, area_asked, media):
    (stale,) = kept_folders(media)
    hours_ago = time.time() - kept.MAX_AGE - 60
    os.utime(stale, (hours_ago, hours_ago))

    page = upload(official_client, file=SimpleUploadedFile("kh.txt", PLAN.encode()))

    assert [f.name for f in kept_folders(media)] == [token_of(page)]
    assert not stale.exists()
