"""The families a blind hold-out of ordinary plans read badly (round 25b,
docs/import-quality.md), tried on plans that are in no corpus: partners
written one a paragraph in a cell ("- Công an xã" / "- Các thôn;") and a
lead cell of two paragraphs; plural units with a comma ("Các sở, ngành
thành viên Ban Chỉ đạo tỉnh"); general solutions numbered in the body while
the tasks are an appendix table; bases cited by a report, a conclusion
notice, a law dated in words and "Theo đề nghị … tại Tờ trình số …"; a
targets paragraph under "II. CHỈ TIÊU"."""

from __future__ import annotations

import datetime

from plans.document_import import quality
from plans.document_import.header import bases_in
from plans.document_import.units import units
from tests.documents.docx_parts import docx, p, tbl, tc
from tests.plans.reading import TAIL, by_title, lines_cell, read_plan

D = datetime.date

HEAD = [
    p("ỦY BAN NHÂN DÂN XÃ HÒA THUẬN"),
    p("Số: 30/KH-UBND"),
    p("Hòa Thuận, ngày 02 tháng 3 năm 2027"),
    p("KẾ HOẠCH"),
    p("Giữ vững tiêu chí Văn hóa năm 2027"),
]
SIGNATURE = [p("TM. ỦY BAN NHÂN DÂN"), p("CHỦ TỊCH"), p("Vi Văn Mạnh")]
APPENDIX_HEAD = [
    tc(h)
    for h in (
        "TT",
        "Nhiệm vụ",
        "Sản phẩm",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
    )
]


def appendix(*rows) -> str:
    return tbl(APPENDIX_HEAD, *rows)


def row(number, title, lead, partners, when) -> list[str]:
    def cell(value):
        return tc(value) if isinstance(value, str) else lines_cell(*value)

    return [tc(number), tc(title), tc("Báo cáo"), cell(lead), cell(partners), tc(when)]


ROWS = [
    row(
        "1",
        "Cải tạo sân thể thao thôn Nà Lầu",
        "Phòng Văn hóa - Xã hội",
        ["- Đoàn Thanh niên xã", "- Hội Cựu chiến binh xã;", "- Các thôn."],
        "Quý II/2027",
    ),
    row(
        "2",
        "Tổ chức Ngày hội văn hóa các dân tộc của xã",
        ["Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ tổng hợp xã"],
        "Các hội, đoàn thể xã",
        "30/9/2027",
    ),
]


def solutions_plan(pointer: bool) -> bytes:
    """General solutions under "II. NHIỆM VỤ, GIẢI PHÁP", the tasks in an
    appendix table after the signature."""
    return docx(
        *HEAD,
        p("I. MỤC ĐÍCH"),
        p("Nâng cao đời sống văn hóa tinh thần của Nhân dân."),
        p("II. NHIỆM VỤ, GIẢI PHÁP"),
        *([p("(chi tiết tại Phụ lục kèm theo)")] if pointer else []),
        p("1. Tăng cường công tác tuyên truyền về xây dựng đời sống văn hóa."),
        p("2. Huy động nguồn lực xã hội hóa cho thiết chế văn hóa thôn."),
        p("III. TỔ CHỨC THỰC HIỆN"),
        p("Các đơn vị báo cáo kết quả về UBND xã trước ngày 15/12/2027."),
        *SIGNATURE,
        p("PHỤ LỤC"),
        p("Danh mục nhiệm vụ giữ vững tiêu chí Văn hóa năm 2027"),
        appendix(*ROWS),
    )


def test_partners_one_a_paragraph_are_one_unit_each_without_bullets():
    plan = read_plan(solutions_plan(pointer=True), "ke-hoach.docx")
    task = by_title(plan)["Cải tạo sân thể thao thôn Nà Lầu"]
    assert task.coordinating_units == [
        "Đoàn Thanh niên xã",
        "Hội Cựu chiến binh xã",
        "Các thôn",
    ]


def test_a_lead_cell_of_two_paragraphs_is_two_co_leads():
    plan = read_plan(solutions_plan(pointer=True), "ke-hoach.docx")
    task = by_title(plan)["Tổ chức Ngày hội văn hóa các dân tộc của xã"]
    assert task.lead_text == "Phòng Văn hóa - Xã hội"
    assert task.co_leads == ["Phòng Văn hóa - Xã hội", "Trung tâm Dịch vụ tổng hợp xã"]
    assert task.coordinating_units == [
        "Trung tâm Dịch vụ tổng hợp xã",
        "Các hội, đoàn thể xã",
    ]


def test_a_bulleted_plural_unit_with_a_comma_is_one_partner():
    assert units("- Các sở, ngành thành viên Ban Chỉ đạo tỉnh;") == [
        "Các sở, ngành thành viên Ban Chỉ đạo tỉnh"
    ]
    assert units("- Sở Tài chính, Sở Xây dựng;") == ["Sở Tài chính", "Sở Xây dựng"]


def test_general_solutions_over_an_appendix_table_are_the_plans_text():
    for pointer in (True, False):
        plan = read_plan(solutions_plan(pointer), "ke-hoach.docx")
        assert [t.title for t in plan.tasks] == [
            "Cải tạo sân thể thao thôn Nà Lầu",
            "Tổ chức Ngày hội văn hóa các dân tộc của xã",
        ], pointer
        section = next(s for s in plan.sections if s.number == "II")
        assert section.kind == "text"
        assert any("Huy động nguồn lực xã hội hóa" in line for line in section.lines)
        assert plan.unplaced == []


def test_numbered_tasks_over_an_appendix_of_targets_stay_tasks():
    data = docx(
        *HEAD,
        p("I. NHIỆM VỤ"),
        p("1. Tăng cường công tác tuyên truyền về xây dựng đời sống văn hóa."),
        p("2. Huy động nguồn lực xã hội hóa cho thiết chế văn hóa thôn."),
        *SIGNATURE,
        p("PHỤ LỤC"),
        p("Chỉ tiêu năm 2027"),
        tbl(
            [tc("TT"), tc("Chỉ tiêu"), tc("Đơn vị tính"), tc("Kế hoạch")],
            [tc("1"), tc("Nhà văn hóa thôn đạt chuẩn"), tc("nhà"), tc("5")],
        ),
    )
    plan = read_plan(data, "ke-hoach.docx")
    assert len(plan.tasks) == 2


def test_bases_a_report_a_notice_a_law_dated_in_words_and_a_submission():
    found = [
        (b.kind, b.number, b.issued_on)
        for text in (
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 "
            "tháng 6 năm 2025;",
            "Căn cứ Báo cáo số 215/BC-UBND ngày 10/12/2026 của UBND tỉnh;",
            "Căn cứ Thông báo kết luận số 412/TB-VPCP ngày 28 tháng 11 năm 2026 "
            "của Văn phòng Chính phủ;",
            "Theo đề nghị của Trưởng phòng Kinh tế tại Tờ trình số 45/TTr-KT "
            "ngày 12/01/2027.",
        )
        for b in bases_in(text)
    ]
    assert [(number, day) for _, number, day in found] == [
        ("72/2025/QH15", D(2025, 6, 16)),
        ("215/BC-UBND", D(2026, 12, 10)),
        ("412/TB-VPCP", D(2026, 11, 28)),
        ("45/TTr-KT", D(2027, 1, 12)),
    ]
    assert [kind for kind, _, _ in found][::3] == ["Luật", "Tờ trình"]


def test_the_proposals_line_is_a_basis_cited_not_carried_out():
    plan = read_plan(
        """ỦY BAN NHÂN DÂN
XÃ PHÚ XÁ
Số: 12/KH-UBND
Phú Xá, ngày 04 tháng 5 năm 2026
KẾ HOẠCH
Làm đường giao thông nông thôn năm 2026
Căn cứ Báo cáo số 20/BC-UBND ngày 10/4/2026 của UBND xã;
Theo đề nghị của Trưởng phòng Kinh tế tại Tờ trình số 45/TTr-KT ngày 20 tháng 4 năm 2026.
I. NHIỆM VỤ
1. Cứng hóa 2 km đường thôn Nà Pàn. Chủ trì: Phòng Kinh tế. Thời gian: Quý III/2026.
"""
        + TAIL
    )
    assert [(b.number, b.implements) for b in plan.bases] == [
        ("20/BC-UBND", False),
        ("45/TTr-KT", False),
    ]
    assert plan.bases[1].issued_on == D(2026, 4, 20)


def test_a_targets_paragraph_is_the_plans_text_about_its_targets():
    sentence = (
        "Phấn đấu đến hết năm 2027 có thêm 02 thôn đạt chuẩn thôn nông thôn mới "
        "kiểu mẫu, tỷ lệ hộ dân sử dụng nước sạch đạt 85%."
    )
    plan = read_plan(
        """ỦY BAN NHÂN DÂN
XÃ PHÚ XÁ
Số: 12/KH-UBND
Phú Xá, ngày 04 tháng 5 năm 2026
KẾ HOẠCH
Xây dựng thôn kiểu mẫu năm 2027
I. MỤC ĐÍCH
Huy động sự tham gia của Nhân dân.
II. CHỈ TIÊU
"""
        + sentence
        + """
III. NHIỆM VỤ
1. Hỗ trợ 02 thôn hoàn thiện hồ sơ. Chủ trì: Phòng Kinh tế. Thời gian: Quý III/2027.
"""
        + TAIL
    )
    assert plan.unplaced == []
    section = next(s for s in plan.sections if s.number == "II")
    assert (section.kind, section.lines) == ("text", [sentence])


def test_round_25b_reads_every_field_and_is_measured_by_default():
    assert "round25b" in quality.SETS
    result = quality.total(quality.run(quality.CORPUS / "round25b"))
    for name, score in result.scores.items():
        assert (score.precision, score.recall) == (1.0, 1.0), name
    assert result.used == result.lines
