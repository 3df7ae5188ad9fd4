"""The reference-data manager's pages: load from a text (upload, preview,
confirm, discard), the list of what is missing or unchecked, the check, the
commune groups, and every scope rule tried from the wrong side."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from criteria.loading import uploads
from criteria.models import (
    CommuneGroupAssignment,
    CriteriaSet,
    CriteriaSetLoad,
    Indicator,
    LoadStatus,
)
from tests.criteria.appendix import region_xlsx
from tests.criteria.conftest import current
from tests.factories import member
from villages.models import Area, AreaLevel, Role


@pytest.fixture
def places(world, reference):
    """The world's provinces first, so that the provincial sets are theirs."""
    return world


@pytest.fixture
def lang_son_manager(places):
    return member(places.lang_son, Role.REFERENCE_MANAGER, "tinh.vpdp")


@pytest.fixture
def ha_tinh_manager(places):
    return member(places.ha_tinh, Role.REFERENCE_MANAGER, "tinh.vpdp.ht")


def upload_file(name="phu-luc.xlsx", data=None):
    return SimpleUploadedFile(name, data or region_xlsx())


def ls_load(user) -> CriteriaSetLoad:
    return uploads.load_upload(
        user=user, upload=upload_file(), criteria_set=current("ls1494-xa-ntm")
    )


# ── Who may ──


@pytest.mark.parametrize(
    "role,level",
    [
        (Role.COMMUNE_OFFICIAL, "commune"),
        (Role.DISTRICT_REVIEWER, "district"),
        (Role.PROVINCIAL_VIEWER, "province"),
        (Role.ADMINISTRATOR, "district"),  # only a province-level membership
    ],
)
def test_only_province_reference_managers_reach_the_pages(client, places, role, level):
    area = {
        "commune": places.thuy_hung,
        "district": places.cao_loc,
        "province": places.lang_son,
    }[level]
    client.force_login(member(area, role))
    for url in (
        reverse("criteria:load"),
        reverse("criteria:review"),
        reverse("criteria:commune_groups", args=[places.thuy_hung.pk]),
        reverse(
            "criteria:check",
            args=["criterion", current("ls1494-xa-ntm").criteria.first().pk],
        ),
    ):
        assert client.get(url).status_code == 403, url
    assert (
        client.post(reverse("criteria:load"), {"file": upload_file()}).status_code
        == 403
    )
    assert not CriteriaSetLoad.objects.exists()


def test_a_province_administrator_also_manages_its_reference_data(client, places):
    client.force_login(member(places.lang_son, Role.ADMINISTRATOR))
    assert client.get(reverse("criteria:load")).status_code == 200


def test_a_manager_cannot_cross_into_another_provinces_sets(
    client, lang_son_manager, ha_tinh_manager, places
):
    ha_tinh_load = uploads.load_upload(
        user=ha_tinh_manager, upload=upload_file(), criteria_set=current("ht36-xa-ntm")
    )
    client.force_login(lang_son_manager)
    for name in ("criteria:load_preview",):
        assert client.get(reverse(name, args=[ha_tinh_load.pk])).status_code == 404
    for name in ("criteria:load_confirm", "criteria:load_discard"):
        assert client.post(reverse(name, args=[ha_tinh_load.pk])).status_code == 404
    ha_tinh_load.refresh_from_db()
    assert ha_tinh_load.status == LoadStatus.DRAFT
    # Not offered, and refused when posted: a Hà Tĩnh set, a national set.
    page = client.get(reverse("criteria:load")).content.decode()
    assert "ls1494-xa-ntm" in page and "ht36-xa-ntm" not in page
    for code in ("ht36-xa-ntm", "qd318-xa-ntm"):
        response = client.post(
            reverse("criteria:load"), {"criteria_set": code, "file": upload_file()}
        )
        assert response.status_code == 200
        assert "Select a valid choice" in response.content.decode() or (
            "Lựa chọn" in response.content.decode()
        )
    assert CriteriaSetLoad.objects.count() == 1
    # Checking items, groups of communes, the review of a set: the same.
    ha_tinh_row = current("ht36-xa-ntm").criteria.first()
    assert (
        client.get(
            reverse("criteria:check", args=["criterion", ha_tinh_row.pk])
        ).status_code
        == 404
    )
    national = current("qd318-xa-ntm").criteria.first()
    assert (
        client.post(
            reverse("criteria:check", args=["criterion", national.pk]),
            {"verified": "1", "source": "https://x.vn"},
        ).status_code
        == 404
    )
    assert (
        client.get(
            reverse("criteria:commune_groups", args=[places.son_bang.pk])
        ).status_code
        == 404
    )
    assert client.get(reverse("criteria:review") + "?bo=ht36-xa-ntm").status_code == 404
    assert not CommuneGroupAssignment.objects.exists()
    # Not even a new set for another province.
    response = client.post(
        reverse("criteria:load"),
        {
            "file": upload_file(),
            "parent": current("qd51-xa-ntm-2026").pk,
            "province": places.ha_tinh.pk,
            "name": "Bộ tiêu chí Hà Tĩnh",
            "document_number": "9/2026/QĐ-UBND",
            "period_start": 2026,
            "period_end": 2030,
        },
    )
    assert response.status_code == 200 and CriteriaSetLoad.objects.count() == 1


# ── The whole path, in the browser's terms ──


def test_upload_preview_and_confirm_make_a_new_version(
    client, lang_son_manager, places
):
    client.force_login(lang_son_manager)
    response = client.post(
        reverse("criteria:load"),
        {
            "criteria_set": "ls1494-xa-ntm",
            "file": upload_file(),
            "source_part": "Phụ lục I",
        },
    )
    load = CriteriaSetLoad.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("criteria:load_preview", args=[load.pk])
    page = client.get(response["Location"]).content.decode()
    assert "Khác biệt so với phiên bản 1" in page
    assert "từ 95% trở lên" in page and "Xã đảo áp dụng mức ≥ 70%." in page
    assert "Xác nhận: tạo phiên bản mới" in page
    assert current("ls1494-xa-ntm").version == 1  # nothing saved yet
    response = client.post(reverse("criteria:load_confirm", args=[load.pk]))
    assert response.status_code == 302
    second = current("ls1494-xa-ntm")
    assert second.version == 2 and second.created_by == lang_son_manager
    load.refresh_from_db()
    assert load.status == LoadStatus.CONFIRMED and load.result == second
    detail = client.get(
        reverse("criteria:set_detail", args=["ls1494-xa-ntm"])
    ).content.decode()
    assert "Phiên bản 2 (hiện hành)" in detail
    # Own rows (read in the provincial text) beside inherited ones.
    roads = Indicator.objects.get(criterion__criteria_set=second, code="2.1")
    assert roads.overrides_parent and not roads.inherited
    assert Indicator.objects.get(criterion__criteria_set=second, code="4.1").inherited
    criterion = client.get(
        reverse("criteria:criterion_detail", args=["ls1494-xa-ntm", 2])
    ).content.decode()
    assert "Dòng riêng của tỉnh" in criterion
    # Confirming twice does nothing more.
    client.post(reverse("criteria:load_confirm", args=[load.pk]))
    assert CriteriaSet.objects.filter(code="ls1494-xa-ntm").count() == 2


def test_a_load_with_problems_cannot_be_confirmed(client, lang_son_manager):
    from tests.criteria.appendix import region_rows, workbook

    rows, merges = region_rows()
    rows[10][4] = "tám mươi phần trăm"
    client.force_login(lang_son_manager)
    client.post(
        reverse("criteria:load"),
        {
            "criteria_set": "ls1494-xa-ntm",
            "file": upload_file(data=workbook(rows, merges)),
        },
    )
    load = CriteriaSetLoad.objects.get()
    page = client.get(reverse("criteria:load_preview", args=[load.pk])).content.decode()
    assert "Chưa lưu gì" in page and "Dòng 11: cột “Chỉ tiêu chung”" in page
    assert "Xác nhận: tạo phiên bản mới" not in page
    response = client.post(
        reverse("criteria:load_confirm", args=[load.pk]), follow=True
    )
    assert "ghi mức bằng chữ" in response.content.decode()
    assert current("ls1494-xa-ntm").version == 1


def test_a_discarded_load_changes_nothing(client, lang_son_manager):
    load = ls_load(lang_son_manager)
    client.force_login(lang_son_manager)
    client.post(reverse("criteria:load_discard", args=[load.pk]))
    load.refresh_from_db()
    assert load.status == LoadStatus.DISCARDED and current("ls1494-xa-ntm").version == 1
    response = client.post(
        reverse("criteria:load_confirm", args=[load.pk]), follow=True
    )
    assert "đã được xác nhận hoặc hủy" in response.content.decode()


def test_a_new_provincial_set_is_declared_with_its_first_load(
    client, lang_son_manager, places
):
    client.force_login(lang_son_manager)
    response = client.post(
        reverse("criteria:load"),
        {"file": upload_file(), "parent": current("qd318-xa-ntm").pk},
    )
    assert "còn thiếu tỉnh, tên bộ tiêu chí của tỉnh" in response.content.decode()
    response = client.post(
        reverse("criteria:load"),
        {
            "file": upload_file(),
            "parent": current("qd318-xa-ntm").pk,
            "province": places.lang_son.pk,
            "name": "Bộ tiêu chí xã NTM tỉnh Lạng Sơn (sửa đổi)",
            "document_number": "12/2024/QĐ-UBND",
            "document_date": "15/03/2024",
            "period_start": 2024,
            "period_end": 2025,
        },
    )
    load = CriteriaSetLoad.objects.get()
    assert load.code == "lang-son-xa-ntm-2024" and load.base is None
    client.post(reverse("criteria:load_confirm", args=[load.pk]))
    created = current("lang-son-xa-ntm-2024")
    assert (created.version, created.parent, created.province) == (
        1,
        current("qd318-xa-ntm"),
        places.lang_son,
    )
    assert created.document.number == "12/2024/QĐ-UBND"
    assert str(created.document.issued_on) == "2024-03-15"


# ── Review and check ──


def test_the_review_lists_what_is_missing_and_unchecked_with_links(
    client, lang_son_manager
):
    client.force_login(lang_son_manager)
    page = client.get(reverse("criteria:review")).content.decode()
    # Only Lạng Sơn's sets; national ones are a superuser's.
    assert "ls1494-xa-ntm" in page and "ht36-xa-ntm" not in page
    assert 'qd318-xa-ntm"' not in page
    assert "Chưa có mức yêu cầu: không kết luận được đạt hay chưa đạt." in page
    assert "kế thừa" in page
    row = Indicator.objects.get(
        criterion__criteria_set=current("ls1494-xa-ntm"), code="17.2"
    )
    check = reverse("criteria:check", args=["indicator", row.pk])
    assert check in page
    response = client.post(
        check,
        {
            "verified": "1",
            "source_document": current("ls1494-xa-ntm").document.pk,
            "source_part": "Phụ lục I",
            "source_locator": "trang 14",
        },
    )
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.verified and row.checked_by == lang_son_manager
    # Without a citation the check is refused and nothing changes.
    other = Indicator.objects.get(
        criterion__criteria_set=current("ls1494-xa-ntm"), code="17.3"
    )
    other.source = "seed 001"
    other.save()
    response = client.post(
        reverse("criteria:check", args=["indicator", other.pk]),
        {"verified": "1", "source_part": "", "source_locator": ""},
    )
    assert "Ghi văn bản và vị trí" in response.content.decode()
    other.refresh_from_db()
    assert not other.verified


def test_a_superuser_reviews_the_national_sets(client, reference):
    client.force_login(
        get_user_model().objects.create_superuser("quantri", password="x")
    )
    page = client.get(
        reverse("criteria:review") + "?bo=qd51-xa-ntm-2026"
    ).content.decode()
    assert "Văn bản có 47 chỉ tiêu, mới nạp 0: còn thiếu 47 chỉ tiêu" in page
    assert page.count("Chưa có văn bản đối chiếu: chưa nạp chỉ tiêu nào") == 10


def test_the_template_is_a_download_for_anyone_signed_in(client, places):
    client.force_login(member(places.thuy_hung, Role.COMMUNE_OFFICIAL))
    response = client.get(reverse("criteria:template", args=["qd51-xa-ntm-2026"]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    from openpyxl import load_workbook

    assert load_workbook(io.BytesIO(response.content))["Phụ lục"]["A4"].value == "TT"


def test_the_commune_group_page_records_the_group(client, lang_son_manager, places):
    client.force_login(lang_son_manager)
    url = reverse("criteria:commune_groups", args=[places.thuy_hung.pk])
    response = client.post(
        url,
        {
            "valid_from": "15/02/2026",
            "basis": "QĐ 20/QĐ-UBND ngày 10/02/2026",
            "minority_zone": "3",
            "agriculture_share": "45,5",
        },
    )
    assert response.status_code == 302
    assignment = CommuneGroupAssignment.objects.get()
    assert (assignment.group, assignment.minority_zone) == (3, 3)
    assert assignment.agriculture_share == 45.5
    page = client.get(url).content.decode()
    assert "Xã nhóm 3" in page and "QĐ 20/QĐ-UBND" in page
    response = client.post(
        url, {"valid_from": "01/01/2027", "basis": "QĐ 1", "group": "1"}
    )
    assert "không phải nhóm 1" in response.content.decode()
    assert CommuneGroupAssignment.objects.count() == 1
    assert places.thuy_hung.level == AreaLevel.COMMUNE
    assert Area.objects.get(pk=places.thuy_hung.pk).commune_group_on().group == 3
