"""Plan documents parsed and compared, field by field, with the seed plans as
entered by hand (fixtures/demo/plans): precision and recall are printed (run
with -s to see them) and held at their measured level."""

from __future__ import annotations

import datetime
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from ntm.documents import DocumentError, read_document
from ntm.documents.reading import OLE2
from plans.document_import.parser import parse
from plans.document_import.proposal import propose
from plans.document_import.quality_seeds import SEED_FIELDS, measure_seed
from plans.models import Plan
from tests.documents.docx_parts import zipped
from tests.plans.conftest import preview_data

SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"


def read_lines(data: bytes, name: str = "ke-hoach.txt"):
    return read_document(name, data)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0)
    yield
    with django_db_blocker.unblock():
        # Ids keep counting from where they are (from 10,000: tests/conftest.py).
        call_command("flush", interactive=False, verbosity=0, reset_sequences=False)


# Every field of every seed reaches precision and recall 1.0 (measured with
# `pytest tests/plans/test_document_import.py -s`, or `manage.py
# import_quality --seeds` after loaddemo); less fails.
@pytest.mark.django_db
@pytest.mark.parametrize("seed", ["000", "001", "002", "003"])
def test_each_seed_parses_like_the_hand_entered_plan(demo, seed, capsys):
    scores = measure_seed(seed)
    with capsys.disabled():
        print(f"\nseed {seed}")
        for name, (precision, recall) in scores.items():
            print(f"  {name:<22} precision {precision:6.1%}  recall {recall:6.1%}")
    assert set(scores) == set(SEED_FIELDS)
    assert {name: score for name, score in scores.items() if score != (1.0, 1.0)} == {}


# ── plans written differently from the seeds ──

BY_CRITERION = """ỦY BAN NHÂN DÂN
XÃ NHẬT TIẾN
Số: 12/KH-UBND
Nhật Tiến, ngày 3 tháng 4 năm 2024
KẾ HOẠCH
Thực hiện các tiêu chí nông thôn mới năm 2024
Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ; Căn cứ Quyết định số 1494/QĐ-UBND ngày 14/9/2022 của UBND tỉnh Lạng Sơn;
I. MỤC ĐÍCH, YÊU CẦU
Duy trì và nâng cao chất lượng các tiêu chí đã đạt.
II. NHIỆM VỤ CỤ THỂ THEO TIÊU CHÍ
Tiêu chí số 2 - Giao thông: Duy tu, bảo dưỡng các tuyến đường trục thôn
+ Thời gian: Quý II, III năm 2024
+ Công chức tham mưu thực hiện: Công chức Địa chính - Xây dựng xã
+ Phối hợp: UBND huyện Hữu Lũng, Hội Nông dân xã
Tiêu chí số 17 - Môi trường: Thu gom, xử lý rác thải sinh hoạt
+ Thời gian: trước ngày 30/11/2024
+ Phối hợp: Sở TN&MT
III. TỔ CHỨC THỰC HIỆN
Các thôn báo cáo kết quả về UBND xã trước ngày 05/12/2024.
Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


def test_a_plan_organised_by_criterion(db):
    plan = parse(read_lines(BY_CRITERION.encode()))
    assert (plan.number, plan.symbol, plan.place, plan.issued_on) == (
        "12",
        "KH-UBND",
        "Nhật Tiến",
        datetime.date(2024, 4, 3),
    )
    assert plan.header_agencies == ["ỦY BAN NHÂN DÂN", "XÃ NHẬT TIẾN"]
    assert [(b.kind, b.number, b.issued_on) for b in plan.bases] == [
        ("Quyết định", "318/QĐ-TTg", datetime.date(2022, 3, 8)),
        ("Quyết định", "1494/QĐ-UBND", datetime.date(2022, 9, 14)),
    ]
    roads, waste = plan.tasks
    assert (roads.criterion_number, roads.title) == (
        2,
        "Duy tu, bảo dưỡng các tuyến đường trục thôn",
    )
    assert (roads.starts_on, roads.ends_on) == (
        datetime.date(2024, 4, 1),
        datetime.date(2024, 9, 30),
    )
    # "Công chức tham mưu thực hiện" names the official, not the lead unit.
    assert (roads.lead_text, roads.official_text) == (
        "",
        "Công chức Địa chính - Xây dựng xã",
    )
    assert roads.coordinating_units == ["UBND huyện Hữu Lũng", "Hội Nông dân xã"]
    assert (waste.criterion_number, waste.ends_on) == (17, datetime.date(2024, 11, 30))
    assert plan.report_deadline == datetime.date(2024, 12, 5)
    assert (plan.signing_authority, plan.signer_title, plan.signer_name) == (
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Văn A",
    )
    assert plan.recipients == ["UBND huyện", "Lưu: VT"]


@pytest.mark.django_db
def test_names_are_matched_or_proposed_never_created(demo):
    from villages.models import Agency, Area

    before = Agency.objects.count()
    nhat_tien = Area.objects.get(name="Nhật Tiến")
    proposal = propose(parse(read_lines(BY_CRITERION.encode())), area=nhat_tien)
    roads, waste = proposal.tasks
    # No lead written and no official on file for the post: left empty, flagged.
    assert roads.lead is None and roads.official is None
    assert "Chưa có đơn vị chủ trì: văn bản không ghi." in roads.flags
    assert [a.name for a in roads.coordinating] == ["Ủy ban nhân dân huyện Hữu Lũng"]
    assert roads.coordinating_unmatched == ["Hội Nông dân xã"]
    assert [a.name for a in waste.coordinating] == [
        "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn"
    ]
    assert proposal.issuer.name == "Ủy ban nhân dân xã Nhật Tiến"
    assert Agency.objects.count() == before


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "UBND HUYỆN CAO LỘC\nỦY BAN NHÂN DÂN XÃ THỤY HÙNG"
    header.cell(
        0, 1
    ).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 15/KH-UBND"
    header.cell(1, 1).text = "Thụy Hùng, ngày 20 tháng 01 năm 2024"
    for line in [
        "KẾ HOẠCH",
        "Trồng cây xanh năm 2024",
        "I. CHỈ TIÊU",
        "- Trồng hàng rào xanh: 1.250 m",
        "- Cứng hóa giao thông: 0,45 km",
        "II. NỘI DUNG",
        "1. Trồng hàng rào xanh ven đường trục xã",
        "- Thời gian thực hiện: Trong tháng 3/2024",
        "- Đơn vị chủ trì thực hiện: UBND xã",
    ]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_document_with_its_header_table():
    plan = parse(read_lines(docx_bytes(), "ke-hoach.docx"))
    assert (plan.number, plan.symbol, plan.issued_on) == (
        "15",
        "KH-UBND",
        datetime.date(2024, 1, 20),
    )
    assert plan.title == "Trồng cây xanh năm 2024"
    assert [(t.name, t.quantity, t.unit) for t in plan.targets] == [
        ("Trồng hàng rào xanh", Decimal("1250"), "m"),
        ("Cứng hóa giao thông", Decimal("0.45"), "km"),
    ]
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        (
            "Trồng hàng rào xanh ven đường trục xã",
            "UBND xã",
            datetime.date(2024, 3, 31),
        )
    ]


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "Tệp trống"),
        (b"   \n\n", "Tệp trống"),
        (b"x" * (10 * 1024 * 1024 + 1), "Tệp quá lớn"),
        (OLE2 + b"\x00" * 600, "định dạng Office cũ"),
        (
            b"PK\x03\x04" + b"\x00garbage" * 40,
            "không phải là tài liệu Word .docx hợp lệ",
        ),
        (
            zipped({"word/other.xml": b"<x/>"}),
            "không phải là tài liệu Word .docx hợp lệ",
        ),
        (
            zipped({"word/document.xml": b"<not xml"}),
            "không phải là tài liệu Word .docx hợp lệ",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "Tệp là ảnh"),
    ],
)
def test_bad_files_get_a_clear_message(data, message):
    with pytest.raises(DocumentError, match=re.escape(message)):
        read_lines(data, "ke-hoach.docx")


def test_a_text_that_is_not_a_plan_is_recognised():
    letter = "Kính gửi anh Nam,\nTuần sau họp chi bộ lúc 8 giờ.\nTrân trọng."
    assert not parse(read_lines(letter.encode())).looks_like_a_plan
    assert parse(read_lines(BY_CRITERION.encode())).looks_like_a_plan


@pytest.mark.django_db
def test_import_plan_dry_run_prints_and_saves_nothing(demo, tmp_path):
    from villages.models import Area

    area = Area.objects.get(name="Sơn Bằng", valid_to__isnull=False)
    before = Plan.objects.count()
    out = io.StringIO()
    seed = next(SEEDS.glob("003_*.txt"))
    call_command("import_plan", seed, area=str(area.pk), dry_run=True, stdout=out)
    text = out.getvalue()
    assert "Số: 01/KH-BCĐ · Sơn Bằng, 09/03/2023" in text
    assert "Dòng đã dùng:" in text
    assert (
        "Trồng hàng rào xanh: 3.200 m" in text
        and "Cứng hóa giao thông: 0,38 km" in text
    )
    assert "Đợt: Đợt 1 15/03/2023–15/05/2023" in text
    assert "không lưu gì" in text
    assert Plan.objects.count() == before


@pytest.mark.django_db
def test_import_plan_creates_a_draft_in_one_go(demo):
    from villages.models import Area

    area = Area.objects.get(name="Thụy Hùng")
    out = io.StringIO()
    seed = next(SEEDS.glob("000_*.txt"))
    call_command("import_plan", seed, area=str(area.pk), stdout=out)
    plan = Plan.objects.order_by("-pk").first()
    assert f"Đã tạo kế hoạch nháp số /KH-UBND (mã {plan.pk})" in out.getvalue()
    assert (plan.issue_month, plan.issue_year, plan.signer_name) == (
        2,
        2023,
        "Đông Minh Hữu",
    )
    assert plan.tasks.count() == 7 and plan.recipients.count() == 10
    first = plan.tasks.get(number="1")
    assert first.lead_agency.name == "Ủy ban nhân dân xã Thụy Hùng"
    assert {a.name for a in first.coordinating_agencies.all()} == {
        "Các thôn xã Thụy Hùng",
        "Phòng Tài nguyên và Môi trường huyện Cao Lộc",
    }
    assert [b.document.number for b in plan.bases.all()] == ["73/KH-UBND", "95/KH-UBND"]


@pytest.mark.django_db
def test_a_cited_document_on_file_is_reused_however_its_issuer_is_written(demo):
    from criteria.models import LegalDocument
    from villages.models import Area

    on_file = LegalDocument.objects.get(number="73/KH-UBND")
    on_file.issuer = "Ủy ban nhân dân huyện Cao Lộc"
    on_file.save()
    # Same number from another body: a different document.
    LegalDocument.objects.create(number="95/KH-UBND", issuer="UBND xã Hòa Lạc")
    documents = LegalDocument.objects.count()
    seed = next(SEEDS.glob("000_*.txt"))
    area = Area.objects.get(name="Thụy Hùng")
    call_command("import_plan", seed, area=str(area.pk), stdout=io.StringIO())
    plan = Plan.objects.order_by("-pk").first()
    cited = [b.document for b in plan.bases.all()]
    assert cited[0] == on_file
    assert cited[1].issuer == "UBND xã Thụy Hùng"
    assert LegalDocument.objects.count() == documents


@pytest.mark.django_db
def test_import_plan_refuses_what_is_not_a_plan(demo, tmp_path):
    from django.core.management import CommandError

    letter = tmp_path / "thu.txt"
    letter.write_text("Kính gửi anh Nam,\nTuần sau họp.", encoding="utf-8")
    before = Plan.objects.count()
    with pytest.raises(CommandError, match="Không nhận ra văn bản này là một kế hoạch"):
        call_command("import_plan", letter, area="Thụy Hùng")
    legacy = tmp_path / "ke-hoach.docx"
    legacy.write_bytes(OLE2 + b"\x00" * 600)
    with pytest.raises(CommandError, match="Office cũ"):
        call_command("import_plan", legacy, area="Thụy Hùng")
    assert Plan.objects.count() == before


# ── the pages: upload, preview, confirm ──


@pytest.mark.django_db
def test_upload_preview_correct_and_confirm(demo, client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from villages.models import Area

    # The old Sơn Bằng ceased on 30/06/2025: only an administrator still
    # enters its plans.
    client.login(username="quantri", password="demo-ntm-2026")
    area = Area.objects.get(name="Sơn Bằng", valid_to__isnull=False)
    seed = next(SEEDS.glob("003_*.txt")).read_bytes()
    before = Plan.objects.count()
    page = client.post(
        reverse("plans:import"),
        {"file": SimpleUploadedFile("ke-hoach.txt", seed), "area": area.pk},
    )
    assert page.status_code == 200 and Plan.objects.count() == before
    text = page.content.decode()
    assert "Chưa có gì được lưu" in text and "Trồng hàng rào xanh" in text
    assert (
        "(Có bảng chỉ tiêu cụ thể giao cho từng thôn kèm theo)" in text
    )  # unplaced, shown
    data = preview_data(page)
    # The official corrects one quantity, drops one target and mistypes a date.
    data["targets-5-quantity"] = "3.250"
    data.pop("targets-0-include")
    data["tasks-0-ends_on"] = "01/01/2023"
    refused = client.post(reverse("plans:import_confirm"), data)
    assert refused.status_code == 200 and Plan.objects.count() == before
    refused_text = refused.content.decode()
    assert "không được trước ngày bắt đầu" in refused_text
    assert 'value="3.250"' in refused_text  # what was typed stays
    data["tasks-0-ends_on"] = "31/12/2023"
    # The part the structure does not hold is editable too.
    assert data["sections-0-heading"] == "TỔ CHỨC THỰC HIỆN"
    data["sections-0-body"] += "\nBan Chỉ đạo xã theo dõi hằng tuần."
    # The seed plan is already in the demo: the same number is refused.
    duplicate = client.post(reverse("plans:import_confirm"), data)
    assert "đã có văn bản mang số, ký hiệu này" in duplicate.content.decode()
    assert Plan.objects.count() == before
    data["plan-number"] = "02"
    done = client.post(reverse("plans:import_confirm"), data)
    plan = Plan.objects.order_by("-pk").first()
    assert done.status_code == 302 and done["Location"] == reverse(
        "plans:detail", args=[plan.pk]
    )
    assert plan.reference == "02/KH-BCĐ" and plan.tasks.count() == 16
    assert plan.targets.count() == 14
    assert plan.targets.get(name="Trồng hàng rào xanh").quantity == Decimal(3250)
    assert plan.phases.count() == 2
    assert [(b.relation, b.document.number) for b in plan.bases.all()] == [
        ("implements", "19/KH-BCĐ")
    ]
    assert plan.purpose.startswith("Xác định rõ mục tiêu, nội dung, khối lượng")
    section = plan.sections.get()
    assert section.heading == "TỔ CHỨC THỰC HIỆN"
    assert section.body.endswith("\nBan Chỉ đạo xã theo dõi hằng tuần.")


@pytest.mark.django_db
def test_the_import_pages_refuse_reviewers_and_bad_files(demo, client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from villages.models import Area

    client.login(username="huyen.caoloc", password="demo-ntm-2026")
    assert client.get(reverse("plans:import")).status_code == 403
    assert client.post(reverse("plans:import_confirm"), {}).status_code == 403
    client.login(username="xa.thuyhung", password="demo-ntm-2026")
    # Since 01/07/2025 the official works for xã Đồng Đăng (Thụy Hùng merged).
    area = Area.objects.get(name="Đồng Đăng")
    other = Area.objects.get(name="Nhật Tiến")
    page = client.post(
        reverse("plans:import"),
        {"file": SimpleUploadedFile("cu.docx", OLE2 + b"\x00" * 100), "area": area.pk},
    )
    assert "định dạng Office cũ" in page.content.decode()
    page = client.post(
        reverse("plans:import"),
        {"file": SimpleUploadedFile("kh.txt", BY_CRITERION.encode()), "area": other.pk},
    )
    assert "Hãy chọn một lựa chọn hợp lệ" in page.content.decode()
    assert Plan.objects.filter(area=other).count() == 0
    assert client.get(reverse("plans:import_confirm")).status_code == 405


@pytest.mark.django_db
def test_officials_criteria_and_sections_find_their_place(demo):
    from django.contrib.auth import get_user_model

    from plans.document_import.importing import plan_import
    from villages.models import Agency, Area, Official

    nhat_tien = Area.objects.get(name="Nhật Tiến")
    official = Official.objects.create(
        full_name="Hoàng Văn Bình",
        position="Công chức Địa chính - Xây dựng",
        agency=Agency.objects.get(name="Ủy ban nhân dân xã Nhật Tiến"),
    )
    proposal = propose(parse(read_lines(BY_CRITERION.encode())), area=nhat_tien)
    roads, waste = proposal.tasks
    assert roads.official == official and roads.lead == official.agency
    assert proposal.criteria_set.code == "ls1494-xa-ntm"
    assert {i.criterion.number for i in roads.indicators} == {2}
    assert {i.criterion.number for i in waste.indicators} == {17}
    plan = plan_import(
        proposal=proposal, user=get_user_model().objects.get(username="quantri")
    )
    task = plan.tasks.get(number="2")
    assert task.responsible_official == official
    assert set(task.indicators.all()) == set(roads.indicators)
    assert plan.purpose == "Duy trì và nâng cao chất lượng các tiêu chí đã đạt."
    assert [(s.number, s.heading) for s in plan.sections.all()] == [
        ("III", "TỔ CHỨC THỰC HIỆN")
    ]


SHORT_PLAN = """ỦY BAN NHÂN DÂN
XÃ ĐỒNG ĐĂNG
Số: 12/KH-UBND
KẾ HOẠCH
Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026
UBND xã tổ chức Ngày hội tại nhà văn hóa thôn Bản Thí vào ngày 15/11/2026.
Các thôn cử đội văn nghệ tham gia, mỗi thôn 01 tiết mục.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


def test_a_short_plan_with_no_sections_keeps_its_title_to_one_line():
    """Plain text gives no bold or centring to end the title: a body
    sentence (capital first, full stop last) and the signature's "TM." are
    no title lines, though a wrapped title line ("… nông / thôn mới năm
    2027") still goes on."""
    plan = parse(read_lines(SHORT_PLAN.encode()))
    assert plan.title == "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026"
    assert plan.signer_name == "Nguyễn Văn A"
    assert plan.looks_like_a_plan
    wrapped = SHORT_PLAN.replace(
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
        "Tổ chức Ngày hội Đại đoàn kết toàn dân\ntộc năm 2026.",
    )
    assert parse(read_lines(wrapped.encode())).title == (
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026."
    )


@pytest.mark.django_db
def test_a_plan_whose_tasks_were_not_found_goes_to_the_preview(demo, client):
    """ "KẾ HOẠCH" with no task read is no reason to refuse the file: the
    preview says no task was read and lets the user make them (confirming
    with none is refused there); only a text with no document type and no
    task is turned away."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from villages.models import Area

    client.login(username="xa.thuyhung", password="demo-ntm-2026")
    area = Area.objects.get(name="Đồng Đăng")
    page = client.post(
        reverse("plans:import"),
        {"file": SimpleUploadedFile("kh.txt", SHORT_PLAN.encode()), "area": area.pk},
    ).content.decode()
    assert "Không nhận ra văn bản này là một kế hoạch" not in page
    assert "Không đọc được nhiệm vụ nào" in page
    assert "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026" in page
    assert "{#" not in page  # a template comment over two lines is printed
