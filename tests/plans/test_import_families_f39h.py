"""A task table whose header takes two rows, a cell merged across the
columns the row under it names ("Trách nhiệm" over "Thực hiện | Hỗ trợ",
"Thời gian" over "Bắt đầu | Kết thúc", "Kinh phí" over "Ngân sách | Huy
động"), in Word and in a spreadsheet; a named person in brackets closing a
work cell ("(YS Hồ Thị Nga)"), the task's official; "Nơi nhận:" under a
sentence of a PDF; tried on plans of my own."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from plans.document_import.bracketed import person_in_brackets
from tests.documents.docx_parts import p, tbl, tc
from tests.plans.reading import by_title, check_task, read_file, read_plan, word_plan

CORPUS = Path(__file__).parent / "import_corpus" / "f39h"


def _two_row_head(top: list[tuple[str, int]], under: list[str]) -> list[list[str]]:
    """The two header rows: `top` (text, columns spanned), a cell of one
    column merged down over the second row; `under`, the second row's names
    of the spanned columns, in order."""
    first, second, names = [], [], iter(under)
    for text, span in top:
        if span == 1:
            first.append(tc(text, vmerge="restart"))
            second.append(tc("", vmerge="continue"))
        else:
            first.append(tc(text, span=span))
            second += [tc(next(names)) for _ in range(span)]
    return [first, second]


def _rows(*rows):
    return [[tc(str(n)), *(tc(c) for c in row)] for n, row in enumerate(rows, 1)]


# ── 1. "Trách nhiệm" over "Thực hiện | Hỗ trợ", "Thời gian" over "Bắt đầu |
# Kết thúc" ──


@pytest.fixture(scope="module")
def station():
    head = _two_row_head(
        [("Số TT", 1), ("Hoạt động", 1), ("Trách nhiệm", 2), ("Thời gian", 2)],
        ["Thực hiện", "Hỗ trợ", "Bắt đầu", "Kết thúc"],
    )
    rows = _rows(
        ("Khám sức khỏe học đường cho học sinh Trường Tiểu học Sơn Thủy",
         "Trạm Y tế xã", "Trường Tiểu học Sơn Thủy, Hội Chữ thập đỏ xã",
         "Tháng 9/2026", "Quý IV/2026"),
        ("Giám sát dịch bệnh truyền nhiễm tại cộng đồng", "Trạm Y tế xã",
         "Nhân viên y tế thôn", "", "Thường xuyên"),
        ("Cấp phát thuốc điều trị ngoại trú bệnh không lây nhiễm", "Trạm Y tế xã",
         "Bảo hiểm xã hội huyện", "", "Tháng 8/2026"),
    )  # fmt: skip
    return read_plan(word_plan(p("Các hoạt động:"), tbl(*head, *rows)), "kh.docx")


def test_the_second_header_row_is_no_task(station):
    assert [t.title for t in station.tasks] == [
        "Khám sức khỏe học đường cho học sinh Trường Tiểu học Sơn Thủy",
        "Giám sát dịch bệnh truyền nhiễm tại cộng đồng",
        "Cấp phát thuốc điều trị ngoại trú bệnh không lây nhiễm",
    ]


def test_doing_leads_helping_takes_part_and_the_times_are_start_and_end(station):
    school, watch, drugs = station.tasks
    check_task(
        school,
        "Trạm Y tế xã",
        ["Trường Tiểu học Sơn Thủy", "Hội Chữ thập đỏ xã"],
        start="2026-09-01",
        deadline="2026-12-31",
    )
    # "Thường xuyên": the plan year's last day; a blank start is no start.
    check_task(watch, "Trạm Y tế xã", ["Nhân viên y tế thôn"], deadline="2026-12-31")
    assert watch.starts_on is None
    check_task(drugs, "Trạm Y tế xã", ["Bảo hiểm xã hội huyện"], deadline="2026-08-31")
    assert drugs.starts_on is None


# ── 2. "Đơn vị" over "Chủ trì | Phối hợp", "Thời gian thực hiện" over "Từ
# ngày | Đến ngày", "Kinh phí" over "Ngân sách | Huy động" ──


@pytest.fixture(scope="module")
def budgets():
    head = _two_row_head(
        [("TT", 1), ("Nội dung", 1), ("Đơn vị", 2), ("Thời gian thực hiện", 2),
         ("Kinh phí (triệu đồng)", 2)],
        ["Chủ trì", "Phối hợp", "Từ ngày", "Đến ngày", "Ngân sách", "Huy động"],
    )  # fmt: skip
    rows = _rows(
        ("Nâng cấp sân thể thao thôn Bắc Sơn", "Ban phát triển thôn Bắc Sơn",
         "Đoàn Thanh niên xã", "01/6/2026", "31/8/2026", "150", "40"),
        ("Mua sắm trang thiết bị nhà văn hóa thôn Nam Sơn",
         "Ban phát triển thôn Nam Sơn", "", "", "Tháng 11/2026", "", "25"),
    )  # fmt: skip
    return read_plan(word_plan(tbl(*head, *rows)), "kh.docx")


def test_a_budget_split_in_two_is_no_task_and_each_sum_keeps_its_source(budgets):
    yard, hall = budgets.tasks
    assert len(budgets.tasks) == 2
    check_task(
        yard,
        "Ban phát triển thôn Bắc Sơn",
        ["Đoàn Thanh niên xã"],
        start="2026-06-01",
        deadline="2026-08-31",
    )
    assert yard.budget_text == "Ngân sách: 150; Huy động: 40"
    check_task(hall, "Ban phát triển thôn Nam Sơn", deadline="2026-11-30")
    assert hall.budget_text == "Huy động: 25"
    assert hall.starts_on is None


# ── 3. A spreadsheet's merged header cells ──


def test_a_sheets_merged_header_over_two_rows():
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, text in enumerate(["UBND XÃ TAM ĐÀN", "TRẠM Y TẾ XÃ TAM ĐÀN",
                              "KẾ HOẠCH", "Phòng chống dịch năm 2026"], 1):  # fmt: skip
        ws.cell(row=r, column=1, value=text)
    upper = ["STT", "Hoạt động", "Trách nhiệm", None, "Thời gian", None]
    lower = [None, None, "Thực hiện", "Hỗ trợ", "Bắt đầu", "Kết thúc"]
    for c, (text, low) in enumerate(zip(upper, lower, strict=True), 1):
        if text:
            ws.cell(row=6, column=c, value=text)
        if low:
            ws.cell(row=7, column=c, value=low)
    for c in (1, 2):
        ws.merge_cells(start_row=6, start_column=c, end_row=7, end_column=c)
    for c in (3, 5):
        ws.merge_cells(start_row=6, start_column=c, end_row=6, end_column=c + 1)
    ws.append([1, "Phun hóa chất diệt muỗi tại các thôn", "Trạm Y tế xã",
               "Đoàn Thanh niên xã", "Tháng 5/2026", "Tháng 7/2026"])  # fmt: skip
    buffer = io.BytesIO()
    wb.save(buffer)
    plan = read_plan(buffer.getvalue(), "ke-hoach.xlsx")
    (task,) = plan.tasks
    assert task.title == "Phun hóa chất diệt muỗi tại các thôn"
    check_task(
        task,
        "Trạm Y tế xã",
        ["Đoàn Thanh niên xã"],
        start="2026-05-01",
        deadline="2026-07-31",
    )


# ── 4. A named person in brackets closing a work cell ──


@pytest.mark.parametrize(
    ("text", "work", "official"),
    [
        ("Tư vấn dinh dưỡng cho bà mẹ mang thai (YS Hồ Thị Nga)",
         "Tư vấn dinh dưỡng cho bà mẹ mang thai", "Hồ Thị Nga"),
        ("Khám mắt cho người cao tuổi (BS. Lê Văn An).",
         "Khám mắt cho người cao tuổi", "Lê Văn An"),
        ("Chăm sóc vết thương tại nhà (Điều dưỡng Hà Thị Dung)",
         "Chăm sóc vết thương tại nhà", "Hà Thị Dung"),
        ("Cập nhật sổ tiêm chủng các thôn (CB Trần Thị Cúc)",
         "Cập nhật sổ tiêm chủng các thôn", "Trần Thị Cúc"),
        ("Kiểm tra vệ sinh chợ xã (đ/c Nguyễn Văn Bình phụ trách)",
         "Kiểm tra vệ sinh chợ xã", "Nguyễn Văn Bình"),
    ],
)  # fmt: skip
def test_a_titled_person_in_the_last_bracket_is_the_official(text, work, official):
    assert person_in_brackets(text) == (work, {"official": official})


@pytest.mark.parametrize(
    "text",
    [
        "Hoàn thiện hồ sơ tiêu chí y tế (tiêu chí số 15)",
        "Vận động tham gia bảo hiểm y tế (khoảng 200 hộ)",
        # A name with no title before it may be a place's or an idea's.
        "Học tập và làm theo tư tưởng, đạo đức, phong cách (Hồ Chí Minh)",
        # A title over no name ("bác sĩ gia đình") names no one.
        "Triển khai mô hình (bác sĩ gia đình)",
        "(YS Hồ Thị Nga)",
    ],
)
def test_a_bracket_naming_no_one_stays_in_the_work(text):
    assert person_in_brackets(text) == (text, {})


@pytest.fixture(scope="module")
def people():
    head = [tc("TT"), tc("Nội dung"), tc("Chủ trì"), tc("Phối hợp"), tc("Thời gian")]
    rows = _rows(
        ("Lập hồ sơ sức khỏe điện tử cho người dân thôn Phú Mậu (YS Hồ Thị Nga)",
         "Trạm Y tế xã", "Bưu điện xã", "Quý III/2026"),
        ("Phân loại rác tại nguồn cho các hộ thôn Tây Hồ (khoảng 200 hộ)",
         "Hội Liên hiệp Phụ nữ xã", "", "Tháng 9/2026"),
    )  # fmt: skip
    return read_plan(word_plan(tbl(head, *rows)), "kh.docx")


def test_a_work_cell_ending_on_a_person_is_one_task_with_its_official(people):
    tasks = by_title(people)
    assert list(tasks) == [
        "Lập hồ sơ sức khỏe điện tử cho người dân thôn Phú Mậu",
        "Phân loại rác tại nguồn cho các hộ thôn Tây Hồ (khoảng 200 hộ)",
    ]
    check_task(
        tasks["Lập hồ sơ sức khỏe điện tử cho người dân thôn Phú Mậu"],
        "Trạm Y tế xã",
        ["Bưu điện xã"],
        official="ho thi nga",
        deadline="2026-09-30",
    )
    assert not tasks[
        "Phân loại rác tại nguồn cho các hộ thôn Tây Hồ (khoảng 200 hộ)"
    ].official_text


# ── 5. The corpus's plans ──


def test_the_health_stations_odt_reads_its_two_row_header():
    plan = read_file(CORPUS / "f39h-tram-y-te-nam-dong-hai-dong.odt")
    first = plan.tasks[0]
    assert len(plan.tasks) == 4
    assert first.title == (
        "Lập hồ sơ sức khỏe điện tử cho người dân các thôn Phú Mậu, Hà Giang"
    )
    check_task(
        first,
        "Trạm Y tế xã",
        ["Bưu điện xã", "Ban phát triển các thôn"],
        official="ho thi nga",
        start="2026-03-01",
        deadline="2026-09-30",
    )
    assert plan.signer_title == "TRẠM TRƯỞNG" and not plan.signing_authority


def test_a_pdfs_recipients_label_under_a_sentence_starts_its_own_line():
    plan = read_file(CORPUS / "f39h-xa-phong-dien-phan-cong.pdf")
    assert plan.recipients == ["Trung tâm Y tế khu vực", "Các thôn", "Lưu: VT"]
