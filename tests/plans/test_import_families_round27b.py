"""The families a blind hold-out of commune plans read badly (round 27b,
docs/import-quality.md): bases that cite a document with no number ("Căn
cứ Kết luận của Ban Thường vụ Đảng ủy xã ngày 10/02/2027;"), read, shown
on the preview, saved and measured by type and date; and the name proposed
for a body written in capitals, cased as Vietnamese writes bodies' names
whatever area the user chose."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from django.urls import reverse

from criteria.models import LegalDocument
from plans.document_import import quality
from plans.document_import.header import bases_in
from plans.document_import.proposal import proper_name
from tests.factories import commune, province
from tests.plans.conftest import confirm_import, preview_as_superuser, preview_data
from tests.plans.reading import TAIL, read_file, read_plan

D = datetime.date
ROUND = Path(__file__).parent / "import_corpus" / "round27b"


# ── bases with no number ──


@pytest.mark.parametrize(
    ("line", "kind", "issued_on", "issuer"),
    [
        (
            "Căn cứ Kết luận của Ban Thường vụ Đảng ủy xã ngày 10/02/2027;",
            "Kết luận",
            D(2027, 2, 10),
            "Ban Thường vụ Đảng ủy xã",
        ),
        (
            "Căn cứ Nghị quyết Hội nghị thôn ngày 08/4/2027;",
            "Nghị quyết",
            D(2027, 4, 8),
            "Hội nghị thôn",
        ),
        (
            "Căn cứ Thông báo kết luận của Thường trực HĐND xã tại phiên họp ngày "
            "15/01/2027;",
            "Thông báo",
            D(2027, 1, 15),
            "Thường trực HĐND xã",
        ),
        (
            "Căn cứ Biên bản họp thôn ngày 20 tháng 3 năm 2027;",
            "Biên bản",
            D(2027, 3, 20),
            "",
        ),
        (
            "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Công văn không số "
            "ngày 05/01/2027;",
            "Công văn",
            D(2027, 1, 5),
            "Chủ tịch UBND tỉnh",
        ),
        (
            "Căn cứ Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của "
            "Đảng đối với công tác xây dựng nông thôn mới;",
            "Chỉ thị",
            None,
            "Ban Thường vụ Tỉnh ủy",
        ),
    ],
)
def test_a_document_cited_with_no_number_is_a_basis(line, kind, issued_on, issuer):
    (basis,) = bases_in(line)
    assert (basis.kind, basis.number, basis.issued_on, basis.issuer) == (
        kind,
        "",
        issued_on,
        issuer,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Căn cứ tình hình thực tế của địa phương,",
        "Căn cứ Chương trình mục tiêu quốc gia xây dựng nông thôn mới;",
        "Thực hiện chương trình xây dựng nông thôn mới của huyện ngày 05/01/2027;",
    ],
)
def test_a_line_that_names_no_document_by_issuer_or_date_is_no_basis(line):
    assert bases_in(line) == []


def test_the_preamble_keeps_the_local_situation_and_lists_the_numberless_bases():
    plan = read_file(ROUND / "r27b-xa-hoa-lac-can-cu-khong-so.txt")
    assert [(b.kind, b.number, b.issued_on, b.implements) for b in plan.bases] == [
        ("Kết luận", "", D(2027, 2, 10), False),
        ("Thông báo", "", D(2027, 1, 15), False),
        ("Công văn", "", D(2027, 1, 5), True),
        ("Kế hoạch", "12/KH-UBND", D(2027, 1, 20), False),
    ]
    assert plan.bases[0].about == "nhiệm vụ xây dựng nông thôn mới năm 2027"
    assert "Căn cứ tình hình thực tế của địa phương" in plan.opening


def test_a_numberless_basis_is_measured_by_its_type_and_date():
    plan = read_plan(
        """ỦY BAN NHÂN DÂN
XÃ ĐÔNG HÒA
Số: 03/KH-UBND
Đông Hòa, ngày 15 tháng 4 năm 2027
KẾ HOẠCH
Cứng hóa đường giao thông nội đồng năm 2027
Căn cứ Nghị quyết Hội nghị thôn ngày 08/4/2027;
Căn cứ Chỉ thị của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới;
I. NHIỆM VỤ
1. Cứng hóa 2 km đường nội đồng. Chủ trì: Phòng Kinh tế. Thời gian: Quý III/2027.
"""
        + TAIL
    )
    header = {"bases": ["Nghị quyết ngày 8/04/2027", "Chỉ thị"]}
    result = quality.measure(plan, {"header": header, "tasks": []})
    assert not [m for m in result.misses if "basis" in m]
    wrong = {"bases": ["Nghị quyết ngày 09/4/2027", "Chỉ thị"]}
    result = quality.measure(plan, {"header": wrong, "tasks": []})
    assert [m for m in result.misses if "basis" in m]


@pytest.mark.django_db
def test_a_numberless_basis_is_shown_on_the_preview_saved_and_shown_on_the_plan(
    client,
):
    hoa_lac = commune(province("Hà Nội"), "Hòa Lạc")
    data = (ROUND / "r27b-xa-hoa-lac-can-cu-khong-so.txt").read_bytes()
    page = preview_as_superuser(client, data, name="kh.txt", area=hoa_lac)
    posted = preview_data(page)
    assert (posted["bases-0-kind"], posted["bases-0-number"]) == ("Kết luận", "")
    assert posted["bases-0-issued_on"] == "10/02/2027"
    assert posted["bases-0-issuer"] == "Ban Thường vụ Đảng ủy xã"
    posted["plan-create_issuer"] = "on"
    # The same body's conclusion of another day is another document.
    earlier = LegalDocument.objects.create(
        number="",
        doc_type="KL",
        issuer="Ban Thường vụ Đảng ủy xã",
        issued_on=D(2026, 12, 1),
    )
    plan = confirm_import(client, posted)
    saved = [
        (b.get_relation_display(), b.document.get_type_name(), b.document.number)
        for b in plan.bases.all()
    ]
    assert saved[:3] == [
        ("Căn cứ", "Kết luận", ""),
        ("Căn cứ", "Thông báo", ""),
        ("Thực hiện", "Công văn", ""),
    ]
    assert plan.bases.first().document != earlier
    page = client.get(reverse("plans:detail", args=[plan.pk]))
    text = " ".join(page.content.decode().split())
    assert "Căn cứ Kết luận ngày 10/02/2027 của Ban Thường vụ Đảng ủy xã" in text
    assert "Kết luận số" not in text


# ── the name proposed for a body written in capitals ──


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("written", "proposed"),
    [
        ("ỦY BAN NHÂN DÂN XÃ HÒA LẠC", "Ủy ban nhân dân xã Hòa Lạc"),
        (
            "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÃ CẨM XUYÊN",
            "Ban Chỉ đạo các chương trình mục tiêu quốc gia xã Cẩm Xuyên",
        ),
        ("HỘI LIÊN HIỆP PHỤ NỮ XÃ PHÚ LỘC", "Hội Liên hiệp Phụ nữ xã Phú Lộc"),
        ("BCH ĐOÀN XÃ CAO LỘC", "BCH Đoàn xã Cao Lộc"),
        ("BAN PHÁT TRIỂN THÔN ĐÔNG HÒA", "Ban Phát triển thôn Đông Hòa"),
        ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường"),
        ("ĐẢNG ỦY XÃ TÂN PHƯỚC", "Đảng ủy xã Tân Phước"),
        (
            "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ NAM ĐÀN",
            "Ban Thường trực Ủy ban MTTQ Việt Nam xã Nam Đàn",
        ),
        (
            "BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI XÃ THỤY HÙNG",
            "Ban Chỉ đạo xây dựng nông thôn mới xã Thụy Hùng",
        ),
        ("HỘI ĐỒNG NHÂN DÂN HUYỆN CAO LỘC", "Hội đồng nhân dân huyện Cao Lộc"),
        (
            "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn",
        ),
    ],
)
def test_a_name_in_capitals_is_cased_as_vietnamese_writes_a_bodys_name(
    world, written, proposed
):
    assert proper_name(written, world.thuy_hung) == proposed
