"""Every line of a plan is used, with where it went, or rightly counted as
nothing of the plan (issue 18; docs/import-quality.md, "Lines used"): the
families of lines the default sets left unplaced, each tried on a plan of
its own, and the corpus documents that held them."""

from __future__ import annotations

import pytest

from plans.document_import import quality
from tests.documents.docx_parts import docx, p, tbl, tc
from tests.plans.reading import read_file, read_plan


def used(plan, text: str) -> str:
    """Where the line that reads `text` went ("" when unplaced)."""
    return next(line.used for line in plan.source if line.text == text)


def table_plan(*after: str) -> bytes:
    """A commune plan whose body is one task table with no section heading,
    followed by the paragraphs `after`, then recipients and signature."""
    rows = tbl(
        [tc(h) for h in ("TT", "Nội dung công việc", "Đơn vị chủ trì",
                         "Thời gian hoàn thành")],  # fmt: skip
        [tc("1"), tc("Nạo vét 3 km kênh mương nội đồng thôn Bản Chang"),
         tc("Phòng Kinh tế"), tc("Tháng 4/2027")],
        [tc("2"), tc("Tổ chức 04 lớp tập huấn trồng chè an toàn"),
         tc("Hội Nông dân xã"), tc("Quý II/2027")],
    )  # fmt: skip
    return docx(
        p("ỦY BAN NHÂN DÂN"),
        p("XÃ NGHĨA ĐÔ"),
        p("Số: 31/KH-UBND"),
        p("Nghĩa Đô, ngày 08 tháng 01 năm 2027"),
        p("KẾ HOẠCH"),
        p("Phân công nhiệm vụ xây dựng nông thôn mới năm 2027"),
        p("UBND xã phân công nhiệm vụ cho các cơ quan, đơn vị như sau:"),
        rows,
        *(p(text) for text in after),
        p("Nơi nhận:"),
        p("- Như trên;"),
        p("- Lưu: VT."),
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Hoàng Văn Sình"),
    )


# ── after a table that is the whole body ──


def test_a_sentence_asking_for_reports_after_the_table_is_the_reporting():
    ask = (
        "Các đơn vị chủ trì báo cáo kết quả thực hiện về UBND xã trước ngày 25 "
        "tháng cuối mỗi quý."
    )
    plan = read_plan(table_plan(ask), "ke-hoach.docx")
    assert used(plan, ask) == "báo cáo"
    assert plan.reporting_text == ask
    assert len(plan.tasks) == 2


def test_a_closing_sentence_after_the_table_closes_the_plan():
    close = "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao chủ động triển khai."
    plan = read_plan(table_plan(close), "ke-hoach.docx")
    assert used(plan, close) == "lời kết"
    assert not plan.reporting_text


def test_a_note_under_the_table_is_kept_as_the_plans_text():
    note = "Ghi chú: kinh phí lồng ghép từ nguồn sự nghiệp và vốn dân đóng góp."
    plan = read_plan(table_plan(note), "ke-hoach.docx")
    assert used(plan, note) == "ghi chú của bảng"
    assert [(s.heading, s.lines) for s in plan.sections] == [("Ghi chú", [note])]


def test_a_programs_export_stamp_under_the_table_is_nothing_of_the_plan():
    stamp = "Ngày xuất dữ liệu: 12/01/2027 15:20 - Phần mềm quản lý nông thôn mới"
    plan = read_plan(table_plan(stamp), "ke-hoach.docx")
    assert used(plan, stamp) == "dấu xuất dữ liệu"
    assert not plan.sections


def test_a_paragraph_of_work_after_the_table_stays_unplaced():
    work = "Trồng 500 cây xanh tại khu trung tâm xã trong tháng 3/2027."
    plan = read_plan(table_plan(work), "ke-hoach.docx")
    assert used(plan, work) == ""


def test_a_legend_whose_marks_say_thuc_hien_explains_the_matrix():
    legend = "Ghi chú: C - Chủ trì thực hiện; P - Phối hợp thực hiện."
    matrix = tbl(
        [tc("TT", vmerge="restart"), tc("Nội dung công việc", vmerge="restart"),
         tc("Đơn vị thực hiện", span=2), tc("Thời gian", vmerge="restart")],
        [tc("", vmerge="continue"), tc("", vmerge="continue"), tc("Phòng Kinh tế"),
         tc("Công an xã"), tc("", vmerge="continue")],
        [tc("1"), tc("Lắp đặt 8 camera an ninh tại các ngã ba"), tc("P"),
         tc("C"), tc("Quý III/2027")],
        [tc("2"), tc("Cứng hóa 1,2 km đường ngõ xóm thôn Nà Pồng"), tc("C"),
         tc("P"), tc("Tháng 6/2027")],
    )  # fmt: skip
    data = docx(
        p("ỦY BAN NHÂN DÂN XÃ NGHĨA ĐÔ"),
        p("Số: 32/KH-UBND"),
        p("Nghĩa Đô, ngày 08 tháng 01 năm 2027"),
        p("KẾ HOẠCH"),
        p("Phân công nhiệm vụ năm 2027"),
        p("I. NHIỆM VỤ"),
        matrix,
        p(legend),
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Hoàng Văn Sình"),
    )
    plan = read_plan(data, "ke-hoach.docx")
    assert used(plan, legend) == "chú giải bảng"
    camera = next(t for t in plan.tasks if t.title.startswith("Lắp đặt 8 camera"))
    assert camera.lead_text == "Công an xã"


# ── header and signature ──


def test_a_mass_organisations_national_name_stands_for_the_motto():
    text = """HỘI LIÊN HIỆP PHỤ NỮ HUYỆN BẢO YÊN
BCH HỘI LHPN XÃ NGHĨA ĐÔ
Số: 07-KH/PN
HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM
Nghĩa Đô, ngày 10 tháng 01 năm 2027
KẾ HOẠCH
Hội Phụ nữ xã tham gia xây dựng nông thôn mới năm 2027
I. NHIỆM VỤ
1. Vận động 100% hội viên phân loại rác tại nguồn; chủ trì: Chi hội Phụ nữ các thôn; thời gian: cả năm 2027.
TM. BAN CHẤP HÀNH
CHỦ TỊCH
Vàng Thị Mai
"""
    plan = read_plan(text)
    assert used(plan, "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM") == "quốc hiệu"
    assert plan.issuer_text == "BCH HỘI LHPN XÃ NGHĨA ĐÔ"


def test_the_signers_other_post_between_post_and_name_is_the_signature():
    text = """ĐẢNG ỦY XÃ NGHĨA ĐÔ
BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI
Số: 04-KH/BCĐ
Nghĩa Đô, ngày 10 tháng 01 năm 2027
KẾ HOẠCH
Xây dựng nông thôn mới năm 2027
I. NHIỆM VỤ
1. Rà soát 19 tiêu chí; chủ trì: Phòng Kinh tế; thời gian: tháng 3/2027.
Nơi nhận:
- Các thành viên BCĐ;
- Lưu: VT.
T/M BAN CHỈ ĐẠO
TRƯỞNG BAN
Phó Bí thư Đảng ủy xã
Hà Văn Khoa
"""
    plan = read_plan(text)
    assert used(plan, "Phó Bí thư Đảng ủy xã") == "người ký"
    assert plan.signer_title == "TRƯỞNG BAN"
    assert plan.signer_name == "Hà Văn Khoa"


# ── targets ──


def test_a_target_in_millions_of_dong_a_year_is_a_target():
    text = """ỦY BAN NHÂN DÂN
XÃ PHÚ XÁ
Số: 12/KH-UBND
Phú Xá, ngày 04 tháng 5 năm 2026
KẾ HOẠCH
Xây dựng nông thôn mới năm 2026
I. CHỈ TIÊU
- Thu nhập bình quân đầu người đạt 65,5 triệu đồng/năm.
- Tỷ lệ hộ nghèo dưới 2%.
II. NHIỆM VỤ
1. Cứng hóa 2 km đường trục thôn; chủ trì: Phòng Kinh tế; thời gian: Quý II/2026.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Tư
"""
    plan = read_plan(text)
    line = "- Thu nhập bình quân đầu người đạt 65,5 triệu đồng/năm."
    assert used(plan, line) == "chỉ tiêu"
    income = plan.targets[0]
    assert (income.name, str(income.quantity), income.unit) == (
        "Thu nhập bình quân đầu người đạt",
        "65.5",
        "triệu đồng/năm",
    )


def test_lines_that_point_to_an_appendix_are_the_sections_text():
    text = """ỦY BAN NHÂN DÂN
XÃ PHÚ XÁ
Số: 12/KH-UBND
Phú Xá, ngày 04 tháng 5 năm 2026
KẾ HOẠCH
Xây dựng nông thôn mới năm 2026
I. CHỈ TIÊU VÀ NHIỆM VỤ
1. Chỉ tiêu từng tiêu chí năm 2026: chi tiết tại Phụ lục 01.
2. Nhiệm vụ và phân công thực hiện: cụ thể tại Phụ lục 02 kèm theo.
II. TỔ CHỨC THỰC HIỆN
Các bộ phận báo cáo UBND xã.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Tư
"""
    plan = read_plan(text)
    first = "1. Chỉ tiêu từng tiêu chí năm 2026: chi tiết tại Phụ lục 01."
    second = "2. Nhiệm vụ và phân công thực hiện: cụ thể tại Phụ lục 02 kèm theo."
    assert used(plan, first) == used(plan, second) == "chỉ tiêu"
    section = next(s for s in plan.sections if s.number == "I")
    assert section.lines == [first, second]


# ── the corpus documents that held them ──


@pytest.mark.parametrize(
    "name",
    [
        "round12/r12-xa-tan-phu-giao-cau-dan.docx",
        "round13/r13-bcd-cao-phong-bang-theo-don-vi.docx",
        "round16/r16-bcd-xa-tan-lap-nhiem-vu-so.txt",
        "round22/r22-hoi-nong-dan-muong-lai-dong-thoi-gian.odt",
        "round22/r22-vpdp-dong-thap-bieu-xuat.xlsx",
        "round23/r23-so-nnmt-tuyen-quang-phu-luc-tieu-chi.pdf",
        "round24/r24-xa-quynh-lap-ma-tran.odt",
        "xlsx/xa-tan-lap-phu-luc-nhiem-vu.xlsx",
    ],
)
def test_every_line_of_the_corpus_document_is_used(name):
    plan = read_file(quality.CORPUS / name)
    assert plan.unplaced == []
