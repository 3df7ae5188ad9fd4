"""Issue 5 pages: the commune board, the assessment form with evidence, the
verification queue and the district matrix — scope, bad input, query counts."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from criteria.models import (
    Assessment,
    CriteriaSet,
    Criterion,
    CriterionGroup,
    EvidenceFile,
    Indicator,
    LegalDocument,
    OutstandingField,
)
from criteria.services import assessment_record
from tests.factories import commune, member, village
from villages.models import Role

D = datetime.date
TODAY = D(2026, 11, 24)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def build_set(criteria: int, indicators: int, *, level="xa_ntm") -> CriteriaSet:
    document, _ = LegalDocument.objects.get_or_create(
        number="318/QĐ-TTg",
        defaults={"doc_type": "QĐ", "issuer": "Thủ tướng Chính phủ"},
    )
    s = CriteriaSet.objects.create(
        code=f"thu-{level}",
        name="Bộ tiêu chí thử",
        document=document,
        level=level,
        period_start=2021,
        period_end=2030,
    )
    groups = [
        CriterionGroup.objects.create(criteria_set=s, code=c, name=f"Nhóm {c}", order=n)
        for n, c in enumerate(["I", "II"])
    ]
    for number in range(1, criteria + 1):
        criterion = Criterion.objects.create(
            criteria_set=s,
            number=number,
            name=f"Tiêu chí {number}",
            group=groups[number % 2],
        )
        for k in range(1, indicators + 1):
            Indicator.objects.create(
                criterion=criterion,
                code=f"{number}.{k}",
                order=k,
                name=f"Chỉ tiêu {number}.{k}",
                unit="%",
                comparator="gte",
                required_number=90,
            )
    return s


FIRST_ROUND = D(2024, 5, 1)


def record_all(area, criteria_set, user, *, value=Decimal("95"), on=FIRST_ROUND):
    for indicator in Indicator.objects.filter(criterion__criteria_set=criteria_set):
        assessment_record(
            area=area,
            indicator=indicator,
            assessed_on=on,
            user=user,
            value_number=value,
            evidence="Biên bản kiểm tra",
            today=TODAY,
        )


@pytest.fixture
def board_set(world, commune_official):
    s = build_set(3, 2)
    record_all(world.thuy_hung, s, commune_official)
    # Criterion 2 slips in 2025: one indicator falls below 90%.
    assessment_record(
        area=world.thuy_hung,
        indicator=Indicator.objects.get(code="2.1"),
        assessed_on=D(2025, 3, 1),
        user=commune_official,
        value_number=Decimal("80"),
        today=TODAY,
    )
    return s


def board_url(area, **params):
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return reverse("criteria:board", args=[area.pk]) + (f"?{query}" if query else "")


def test_the_board_counts_criteria_at_any_date(
    client, world, board_set, commune_official
):
    client.force_login(commune_official)
    now = client.get(board_url(world.thuy_hung, bo=board_set.code)).content.decode()
    assert "Đạt 2/3 tiêu chí" in now
    before = client.get(
        board_url(world.thuy_hung, bo=board_set.code, ngay="01/01/2025")
    ).content.decode()
    assert "Đạt 3/3 tiêu chí" in before
    earliest = client.get(
        board_url(world.thuy_hung, bo=board_set.code, ngay="01/01/2024")
    ).content.decode()
    assert "Đạt 0/3 tiêu chí" in earliest and "Chưa đánh giá" in earliest


def test_the_unmet_filter_keeps_only_unmet_criteria(
    client, world, board_set, commune_official
):
    client.force_login(commune_official)
    page = client.get(board_url(world.thuy_hung, bo=board_set.code, loc="chua-dat"))
    text = page.content.decode()
    assert "2. Tiêu chí 2" in text
    assert "1. Tiêu chí 1" not in text and "3. Tiêu chí 3" not in text
    assert "80 %" in text and "Biên bản kiểm tra" not in text.split("2. Tiêu chí 2")[0]


def test_a_bad_date_says_so_and_shows_today(client, world, board_set, commune_official):
    client.force_login(commune_official)
    page = client.get(board_url(world.thuy_hung, bo=board_set.code, ngay="31/02/2025"))
    assert page.status_code == 200
    assert "không hợp lệ" in page.content.decode()
    future = client.get(board_url(world.thuy_hung, ngay="01/01/2099"))
    assert "đến hôm nay" in future.content.decode()


def test_board_and_matrix_of_another_commune_or_district_are_404(
    client, world, board_set, commune_official, district_reviewer
):
    client.force_login(commune_official)
    assert client.get(board_url(world.nhat_tien)).status_code == 404
    assert client.get(board_url(world.son_bang)).status_code == 404
    assert (
        client.get(reverse("criteria:matrix", args=[world.cao_loc.pk])).status_code
        == 404
    )
    indicator = Indicator.objects.get(code="1.1")
    assert (
        client.get(
            reverse("criteria:assess", args=[world.nhat_tien.pk, indicator.pk])
        ).status_code
        == 404
    )
    client.force_login(district_reviewer)
    assert (
        client.get(reverse("criteria:matrix", args=[world.huu_lung.pk])).status_code
        == 404
    )
    assert client.get(board_url(world.thuy_hung)).status_code == 200


def test_a_reviewer_sees_the_form_page_but_cannot_record(
    client, world, board_set, district_reviewer
):
    client.force_login(district_reviewer)
    url = reverse(
        "criteria:assess",
        args=[world.thuy_hung.pk, Indicator.objects.get(code="1.1").pk],
    )
    page = client.get(url)
    assert page.status_code == 200 and "Lưu đánh giá" not in page.content.decode()
    response = client.post(url, {"assessed_on": "01/06/2025", "value_number": "99"})
    assert response.status_code == 403
    assert not Assessment.objects.filter(assessed_on=D(2025, 6, 1)).exists()


def post_assessment(client, area, indicator, **data):
    return client.post(reverse("criteria:assess", args=[area.pk, indicator.pk]), data)


def test_recording_reads_vietnamese_numbers_and_judges_them(
    client, world, board_set, commune_official
):
    client.force_login(commune_official)
    indicator = Indicator.objects.get(code="3.1")
    response = post_assessment(
        client,
        world.thuy_hung,
        indicator,
        assessed_on="02/06/2025",
        value_number="89,5",
        evidence="Số liệu thống kê",
    )
    assert response.status_code == 302
    saved = Assessment.objects.get(indicator=indicator, assessed_on=D(2025, 6, 2))
    assert saved.value_number == Decimal("89.5") and saved.status == "not_met"
    assert saved.requirement == "≥ 90%" and saved.assessed_by == commune_official


@pytest.mark.parametrize(
    "data,message",
    [
        (
            {"assessed_on": "02/06/2025", "value_number": "chín mươi"},
            "Nhập một số",
        ),
        ({"assessed_on": "01/01/2099", "value_number": "95"}, "không được sau hôm nay"),
        (
            {"assessed_on": "", "value_number": "95"},
            "Trường này là bắt buộc|This field is required",
        ),
    ],
)
def test_bad_input_is_refused_and_what_was_typed_stays(
    client, world, board_set, commune_official, data, message
):
    import re

    client.force_login(commune_official)
    indicator = Indicator.objects.get(code="3.1")
    before = Assessment.objects.count()
    response = post_assessment(
        client, world.thuy_hung, indicator, evidence="Biên bản số 12/BB", **data
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert re.search(message, text)
    assert "Biên bản số 12/BB" in text  # kept in the form
    assert Assessment.objects.count() == before


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "green").save(buffer, "PNG")
    return buffer.getvalue()


def test_evidence_files_are_checked_by_content_and_served_in_scope(
    client, world, board_set, commune_official, media
):
    client.force_login(commune_official)
    indicator = Indicator.objects.get(code="1.1")
    fake = SimpleUploadedFile(
        "bien-ban.pdf", b"<script>alert(1)</script>", content_type="application/pdf"
    )
    response = post_assessment(
        client,
        world.thuy_hung,
        indicator,
        assessed_on="03/06/2025",
        value_number="95",
        files=[fake],
    )
    assert response.status_code == 200
    assert "không phải PDF hoặc ảnh hợp lệ" in response.content.decode()
    assert not Assessment.objects.filter(assessed_on=D(2025, 6, 3)).exists()
    files = [
        SimpleUploadedFile(
            "Biên bản.pdf", PDF, content_type="application/octet-stream"
        ),
        SimpleUploadedFile("ảnh.png", png_bytes(), content_type="image/png"),
    ]
    response = post_assessment(
        client,
        world.thuy_hung,
        indicator,
        assessed_on="03/06/2025",
        value_number="95",
        files=files,
    )
    assert response.status_code == 302
    stored = list(EvidenceFile.objects.order_by("pk"))
    assert [(f.name, f.content_type) for f in stored] == [
        ("Biên bản.pdf", "application/pdf"),
        ("ảnh.jpg", "image/jpeg"),
    ]
    download = client.get(reverse("criteria:evidence", args=[stored[0].pk]))
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content) == PDF
    client.force_login(member(world.nhat_tien, Role.COMMUNE_OFFICIAL))
    assert (
        client.get(reverse("criteria:evidence", args=[stored[0].pk])).status_code == 404
    )


@pytest.fixture
def owned(world, board_set, commune_official):
    """Indicator 1.1 verified by the Lạng Sơn environment department."""
    indicator = Indicator.objects.get(code="1.1")
    indicator.verifying_agency = world.agency_lang_son
    indicator.save()
    verifier = member(world.lang_son, Role.PROVINCIAL_VIEWER, "so.tnmt")
    verifier.memberships.update(agency=world.agency_lang_son)
    return Assessment.objects.get(indicator=indicator, area=world.thuy_hung), verifier


def test_the_owning_agency_verifies_from_its_queue(client, world, owned):
    assessment, verifier = owned
    client.force_login(verifier)
    queue = client.get(reverse("criteria:queue")).content.decode()
    assert "Chỉ tiêu 1.1" in queue and "Chỉ tiêu 1.2" not in queue
    response = client.post(
        reverse("criteria:verify", args=[assessment.pk]),
        {"action": "return", "comment": ""},
    )
    assert response.status_code == 302
    assessment.refresh_from_db()
    assert assessment.verification == "pending"  # a return needs a comment
    client.post(
        reverse("criteria:verify", args=[assessment.pk]),
        {"action": "return", "comment": "Thiếu biên bản"},
    )
    assessment.refresh_from_db()
    assert (
        assessment.verification == "returned"
        and assessment.verification_comment == "Thiếu biên bản"
    )
    assert (
        "Thiếu biên bản"
        in client.get(
            reverse("criteria:queue") + "?trang-thai=tra-lai"
        ).content.decode()
    )
    assert "Chỉ tiêu 1.1" not in client.get(reverse("criteria:queue")).content.decode()
    client.post(reverse("criteria:verify", args=[assessment.pk]), {"action": "verify"})
    assessment.refresh_from_db()
    assert assessment.verification == "verified" and assessment.verified_by == verifier


def test_another_agency_or_commune_cannot_verify(
    client, world, owned, district_reviewer, commune_official
):
    assessment, _ = owned
    for user in (district_reviewer, commune_official):
        client.force_login(user)
        assert (
            "Chỉ tiêu 1.1" not in client.get(reverse("criteria:queue")).content.decode()
        )
        client.post(
            reverse("criteria:verify", args=[assessment.pk]), {"action": "verify"}
        )
        assessment.refresh_from_db()
        assert assessment.verification == "pending"
    other = member(world.ha_tinh, Role.PROVINCIAL_VIEWER)
    other.memberships.update(agency=world.agency_ha_tinh)
    client.force_login(other)
    response = client.post(
        reverse("criteria:verify", args=[assessment.pk]), {"action": "verify"}
    )
    assert response.status_code == 404


def test_an_indicator_that_names_a_sector_is_verified_by_that_sectors_agency(
    client, world, board_set, commune_official
):
    """National sets name a sector, not an agency: the agency that verifies
    that sector does it, within its own area only."""
    indicator = Indicator.objects.get(code="1.2")
    indicator.verifying_sector = "Y tế, Tài nguyên và Môi trường"
    indicator.save()
    record_all(
        world.nhat_tien, board_set, member(world.nhat_tien, Role.COMMUNE_OFFICIAL)
    )
    in_cao_loc, in_huu_lung = (
        Assessment.objects.get(indicator=indicator, area=area)
        for area in (world.thuy_hung, world.nhat_tien)
    )
    # A provincial viewer who works for the Cao Lộc department sees the whole
    # province, but verifies for Cao Lộc only.
    verifier = member(world.lang_son, Role.PROVINCIAL_VIEWER, "phong.tnmt")
    verifier.memberships.update(agency=world.agency_cao_loc)
    client.force_login(verifier)
    assert "Chỉ tiêu 1.2" not in client.get(reverse("criteria:queue")).content.decode()
    world.agency_cao_loc.sectors = "Xây dựng; Tài nguyên và Môi trường"
    world.agency_cao_loc.save()
    queue = client.get(reverse("criteria:queue")).content.decode()
    assert queue.count("Chỉ tiêu 1.2") == 1 and "Thụy Hùng" in queue
    assert "Nhật Tiến" not in queue
    for assessment in (in_cao_loc, in_huu_lung):
        client.post(
            reverse("criteria:verify", args=[assessment.pk]),
            # Only a path on this site is followed after the action.
            {"action": "verify", "next": "https://ngoai.example/"},
        )
        assessment.refresh_from_db()
    assert in_cao_loc.verification == "verified"
    assert in_huu_lung.verification == "pending"
    # An agency of another sector does not.
    world.agency_cao_loc.sectors = "Xây dựng"
    world.agency_cao_loc.save()
    in_cao_loc.verification = "pending"
    in_cao_loc.save()
    response = client.post(
        reverse("criteria:verify", args=[in_cao_loc.pk]),
        {"action": "verify", "next": "https://ngoai.example/"},
    )
    assert response["Location"] == reverse("criteria:queue")
    in_cao_loc.refresh_from_db()
    assert in_cao_loc.verification == "pending"


def test_the_four_conditions_record_the_chosen_outstanding_field(
    world, commune_official
):
    s = build_set(4, 1, level="xa_ntm_kieu_mau")
    four = Indicator.objects.get(code="4.1")
    four.takes_outstanding_fields = True
    four.required_number = Decimal(1)
    four.save()
    fields = [
        OutstandingField.objects.create(criteria_set=s, code=str(n), name=name, order=n)
        for n, name in enumerate(["Văn hóa", "Du lịch"], start=1)
    ]
    saved = assessment_record(
        area=world.thuy_hung,
        indicator=four,
        assessed_on=D(2025, 1, 1),
        user=commune_official,
        outstanding_fields=fields[:1],
        today=TODAY,
    )
    assert saved.status == "met" and saved.value_number == 1
    assert list(saved.outstanding_fields.values_list("name", flat=True)) == ["Văn hóa"]
    other_set = build_set(1, 1)
    stranger = OutstandingField.objects.create(
        criteria_set=other_set, code="1", name="Sản xuất"
    )
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="thuộc bộ tiêu chí đang đánh giá"):
        assessment_record(
            area=world.thuy_hung,
            indicator=four,
            assessed_on=D(2025, 1, 2),
            user=commune_official,
            outstanding_fields=[stranger],
            today=TODAY,
        )
    with pytest.raises(ValidationError, match="không chọn lĩnh vực nổi trội"):
        assessment_record(
            area=world.thuy_hung,
            indicator=Indicator.objects.get(code="1.1", criterion__criteria_set=s),
            assessed_on=D(2025, 1, 2),
            user=commune_official,
            outstanding_fields=fields,
            value_number=Decimal(95),
            today=TODAY,
        )


def test_the_matrix_counts_each_commune_and_each_criterion(
    client, world, board_set, commune_official, district_reviewer
):
    record_all(
        world.nhat_tien,
        board_set,
        member(world.nhat_tien, Role.COMMUNE_OFFICIAL),
        value=Decimal(50),
    )
    client.force_login(member(world.lang_son, Role.PROVINCIAL_VIEWER))
    page = client.get(
        reverse("criteria:matrix", args=[world.lang_son.pk])
        + f"?bo={board_set.code}&xep=dat"
    )
    matrix = page.context["matrix"]
    assert [(row.area.name, row.summary.met_count) for row in matrix.rows][:2] == [
        ("Thụy Hùng", 2),
        ("Nhật Tiến", 0),
    ]
    assert matrix.met_per_criterion == [1, 0, 1]
    client.force_login(district_reviewer)
    page = client.get(
        reverse("criteria:matrix", args=[world.cao_loc.pk]) + f"?bo={board_set.code}"
    )
    assert [row.area.name for row in page.context["matrix"].rows] == ["Thụy Hùng"]


def grow(world, communes: int, criteria_set, user):
    for n in range(communes):
        area = commune(world.cao_loc, f"Xã {n}")
        village(area, f"Thôn {n}")
        record_all(area, criteria_set, user)


def counted(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("size", [(2, 1, 0), (6, 4, 5)])
def test_board_and_matrix_query_counts_are_pinned(
    client, world, size, django_user_model
):
    criteria, indicators, communes = size
    s = build_set(criteria, indicators)
    admin = django_user_model.objects.create_superuser("admin", password="x")
    record_all(world.thuy_hung, s, admin)
    record_all(world.thuy_hung, s, admin, on=D(2025, 1, 1), value=Decimal(50))
    grow(world, communes, s, admin)
    first = Assessment.objects.filter(area=world.thuy_hung).first()
    for _ in range(3):
        EvidenceFile.objects.create(
            assessment=first,
            file="x.pdf",
            name="x.pdf",
            content_type="application/pdf",
            size=1,
        )
    client.force_login(member(world.cao_loc, Role.DISTRICT_REVIEWER))
    assert counted(client, board_url(world.thuy_hung, bo=s.code)) == BOARD_QUERIES
    assert (
        counted(
            client,
            reverse("criteria:matrix", args=[world.cao_loc.pk]) + f"?bo={s.code}",
        )
        == MATRIX_QUERIES
    )


# Board: + older versions assessed, provinces the user manages (issue 20).
BOARD_QUERIES = 16
# Matrix: + the set's requirement counts (2).
MATRIX_QUERIES = 11


def test_a_correction_on_the_same_day_keeps_the_old_value_in_history(
    client, world, board_set, commune_official
):
    client.force_login(commune_official)
    indicator = Indicator.objects.get(code="3.2")
    for value in ("70", "92,5"):
        post_assessment(
            client,
            world.thuy_hung,
            indicator,
            assessed_on="04/06/2025",
            value_number=value,
        )
    saved = Assessment.objects.get(indicator=indicator, assessed_on=D(2025, 6, 4))
    assert saved.status == "met"
    history = list(saved.history.order_by("history_date"))
    assert [(h.value_number, h.status) for h in history] == [
        (Decimal(70), "not_met"),
        (Decimal("92.5"), "met"),
    ]
    assert {h.history_user for h in history} == {commune_official}


def test_the_verification_queue_is_paged_with_a_fixed_number_of_queries(
    client, world, commune_official, django_user_model
):
    s = build_set(11, 3)  # 33 indicators
    Indicator.objects.filter(criterion__criteria_set=s).update(
        verifying_agency=world.agency_lang_son
    )
    record_all(world.thuy_hung, s, commune_official)
    verifier = member(world.lang_son, Role.PROVINCIAL_VIEWER, "so.tnmt")
    verifier.memberships.update(agency=world.agency_lang_son)
    client.force_login(verifier)
    url = reverse("criteria:queue")
    first = client.get(url)
    codes = [a.indicator.code for a in first.context["assessments"]]
    assert len(codes) == 30 and codes[:3] == ["1.1", "1.2", "1.3"]
    assert "1–30 trong 33 chỉ tiêu" in first.content.decode()
    second = client.get(url + "?trang-thai=cho&trang=2")
    assert [a.indicator.code for a in second.context["assessments"]] == [
        "11.1",
        "11.2",
        "11.3",
    ]
    # A page that is not a number, or past the end, shows the nearest page.
    assert client.get(url + "?trang=abc").context["page"].number == 1
    assert client.get(url + "?trang=99").context["page"].number == 2
    small = counted(client, url + "?trang=2")
    admin = django_user_model.objects.create_superuser("admin", password="x")
    grow(world, 3, s, admin)
    assert client.get(url).context["page"].paginator.count == 4 * 33
    assert counted(client, url + "?trang=2") == small
