"""Mends to set f39t's reading of a PDF's text copied into a .txt and of a
report back: a typed .txt whose "Nơi nhận:" holds a recipient, or whose
number and date share a line set apart by spaces, keeps its own lines; an
appendix after the signature stays out of the closing; a PDF copy's title
and short headings keep their lines; "…, gửi về các thôn" is the work's own
words; a table row that checks on the plan with its own lead is a task."""

from __future__ import annotations

from ntm.documents.pdf_copy import unwrapped
from plans.document_import.duties import without_report_back
from tests.documents.docx_parts import tbl, tc
from tests.plans.reading import HEAD, TAIL, by_title, read_plan, word_plan
from tests.plans.reading import check_task as _check_task

BODY = """1. Làm đường thôn Đông
Chủ trì: UBND xã
Thời gian: tháng 6/2026
2. Sửa cầu
Chủ trì: Ban quản lý
Thời gian: quý III/2026
"""

PDF_HEAD = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ PHÚ XÁ Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND Phú Xá, ngày 04 tháng 5 năm 2026

KẾ HOẠCH
"""
PDF_TAIL = """Nơi nhận: TM. ỦY BAN NHÂN DÂN
- UBND huyện (b/c); CHỦ TỊCH
- Lưu VT.
Lò Văn Tư
"""


def check_task(task, lead, partners=(), deadline=None):
    _check_task(task, lead, partners, deadline=deadline)


def check_two_tasks(plan):
    tasks = by_title(plan)
    assert list(tasks) == ["Làm đường thôn Đông", "Sửa cầu"]
    check_task(tasks["Làm đường thôn Đông"], "UBND xã", deadline="2026-06-30")
    check_task(tasks["Sửa cầu"], "Ban quản lý", deadline="2026-09-30")


def test_a_recipient_after_the_opening_is_no_signature():
    tail = TAIL.replace("Nơi nhận:\n- UBND tỉnh;\n", "Nơi nhận: Như trên;\n")
    plan = read_plan(HEAD + BODY + tail)
    assert (plan.doc_type, plan.number, plan.symbol) == ("KH", "12", "KH-UBND")
    assert plan.title == "Làm đường giao thông nông thôn năm 2026"
    check_two_tasks(plan)
    assert (plan.signer_title, plan.signer_name) == ("CHỦ TỊCH", "Lò Văn Tư")


def test_number_and_date_set_apart_by_spaces_keep_the_lines():
    table = (
        "Bảng phân công\n"
        "STT\tNội dung\tChủ trì\tThời gian\n"
        "1\tNạo vét kênh\tHTX\tTháng 7/2026\n"
        "2\tTrồng cây\tĐoàn TN\tTháng 8/2026\n"
    )
    text = HEAD.replace("Số: 12/KH-UBND\nPhú Xá", "Số: 12/KH-UBND  Phú Xá")
    lines = (text + BODY + table + TAIL).splitlines()
    assert unwrapped(lines) == lines
    plan = read_plan(text + BODY + table + TAIL)
    assert (plan.number, plan.place) == ("12", "Phú Xá")
    assert "Sửa cầu" in by_title(plan)


def test_a_tab_line_is_never_joined_in_a_pdf_copy():
    lines = unwrapped(
        (
            PDF_HEAD + "STT\tNội dung\n1\tNạo vét kênh\n2\tTrồng cây\n" + PDF_TAIL
        ).splitlines()
    )
    assert "1\tNạo vét kênh" in lines
    assert "2\tTrồng cây" in lines


def test_an_appendix_after_the_signature_is_no_recipient():
    text = (
        PDF_HEAD
        + "Làm đường giao thông nông thôn năm 2026\nII. NHIỆM VỤ\n"
        + "Thực hiện theo Phụ lục kèm theo.\n"
        + PDF_TAIL
        + "\nPHỤ LỤC\nNHIỆM VỤ CỤ THỂ\n"
        + BODY.replace("Chủ trì", "- Chủ trì").replace("Thời gian", "- Thời gian")
    )
    lines = unwrapped(text.splitlines())
    # The closing ends at the blank line after its signature; the appendix
    # follows it as typed.
    signature = lines.index("TM. ỦY BAN NHÂN DÂN")
    assert lines[signature:] == [
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Lò Văn Tư",
        "",
        "PHỤ LỤC",
        "NHIỆM VỤ CỤ THỂ",
        "1. Làm đường thôn Đông",
        "- Chủ trì: UBND xã",
        "- Thời gian: tháng 6/2026",
        "2. Sửa cầu",
        "- Chủ trì: Ban quản lý",
        "- Thời gian: quý III/2026",
    ]
    assert lines[lines.index("Nơi nhận:") :][:3] == [
        "Nơi nhận:",
        "- UBND huyện (b/c);",
        "- Lưu VT.",
    ]


def test_a_pdf_copys_title_and_short_headings_keep_their_lines():
    text = (
        PDF_HEAD
        + "Làm đường giao thông nông thôn\nnăm 2026\n"
        + "Thực hiện Nghị quyết số 05/NQ-ĐU ngày 10/01/2026 của Đảng ủy xã, UBND xã\n"
        + "ban hành Kế hoạch như sau:\n"
        + "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nCứng hóa thêm 5 km đường thôn.\n"
        + "2. Yêu cầu\nĐảm bảo chất lượng.\nII. NHIỆM VỤ\n"
        + BODY
        + PDF_TAIL
    )
    lines = unwrapped(text.splitlines())
    assert "1. Mục đích" in lines
    assert "2. Yêu cầu" in lines
    plan = read_plan(text)
    assert plan.title == "Làm đường giao thông nông thôn năm 2026"
    check_two_tasks(plan)


def test_sending_work_elsewhere_is_no_report_back():
    for text in (
        "Thu gom rác thải 2 lần/tuần, gửi về bãi tập kết của xã",
        "Vận chuyển 200 tấn phân bón trước 30/5/2026, gửi về các thôn",
        "Tổ chức tập huấn cho hội viên trước ngày 30/6/2026, báo cáo viên cấp "
        "huyện trình bày.",
    ):
        assert without_report_back(text) == text
    assert without_report_back(
        "Hội Nông dân các xã, thị trấn căn cứ Kế hoạch này xây dựng kế hoạch, "
        "hoàn thành trước 15/4/2024, gửi về Ban Thường vụ Hội Nông dân huyện "
        "(qua Văn phòng) để theo dõi."
    ) == (
        "Hội Nông dân các xã, thị trấn căn cứ Kế hoạch này xây dựng kế hoạch, "
        "hoàn thành trước 15/4/2024."
    )


def test_a_row_checking_on_the_plan_with_its_lead_is_a_task():
    def row(*cells):
        return [tc(c) for c in cells]

    data = word_plan(
        tbl(
            row("STT", "Nội dung", "Đơn vị chủ trì", "Phối hợp", "Thời gian"),
            row("1", "Làm đường thôn Đông", "UBND xã", "Các thôn", "Tháng 6/2026"),
            row(
                "2",
                "Kiểm tra, giám sát việc thực hiện Kế hoạch tại các thôn",
                "Ban Chỉ đạo xã",
                "Ban Giám sát đầu tư cộng đồng",
                "Tháng 11/2026",
            ),
        )
    )
    tasks = by_title(read_plan(data, "kh.docx"))
    check_task(
        tasks["Kiểm tra, giám sát việc thực hiện Kế hoạch tại các thôn"],
        "Ban Chỉ đạo xã",
        ["Ban Giám sát đầu tư cộng đồng"],
        "2026-11-30",
    )
