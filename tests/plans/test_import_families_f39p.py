"""A staff assignment table (one person a row, under merged rows naming
their unit, or beside an "Đơn vị" column), frequency deadlines in a table's
time cell ("Hằng tháng", "Hằng quý"), and a spreadsheet's "Ghi chú" naming
the task's official ("Đ/c … phụ trách"), tried on plans of my own."""

from __future__ import annotations

import io

import openpyxl

from plans.document_import import quality
from tests.documents.docx_parts import p, tbl, tc
from tests.plans.reading import by_title, read_plan, word_plan
from tests.plans.reading import check_task as _check_task


def check_task(task, lead, partners=(), official="", deadline=None):
    """The task's lead, partners and deadline (reading.check_task), and its
    official exactly as entered: the name alone, no post nor "đ/c"."""
    _check_task(task, lead, partners, deadline=deadline)
    assert task.official_text == official, task.title


# ── 1. A staff assignment table ──


def _person(n, name, post, work, when):
    return [tc(str(n)), tc(name), tc(post), tc(work), tc(when)]


def _group(text, width=5):
    return [tc(text, span=width)]


def test_group_rows_lead_the_people_under_them():
    head = [tc("STT"), tc("Họ và tên"), tc("Chức vụ"), tc("Nhiệm vụ được giao"),
            tc("Thời hạn")]  # fmt: skip
    rows = [
        _group("1. Phòng Kinh tế"),
        _person(
            1,
            "Hà Văn Lợi",
            "Trưởng phòng",
            "Rà soát diện tích đất lúa chuyển đổi sang cây ăn quả",
            "Tháng 5/2026",
        ),  # fmt: skip
        _person(
            2,
            "Lục Thị Mến",
            "Chuyên viên",
            "Tổng hợp số liệu thu nhập bình quân đầu người",
            "Hằng năm",
        ),  # fmt: skip
        _group("2. Chi cục Thủy lợi"),
        _person(
            3,
            "Đàm Quang Trung",
            "Phó Chi cục trưởng",
            "Kiểm tra an toàn hồ chứa nước Khuổi Lếch",
            "Quý IV/2027",
        ),  # fmt: skip
        _person(
            4,
            "Ma Thị Thắm",
            "Chuyên viên",
            "Thẩm định hồ sơ kiên cố hóa kênh mương",
            "30/9/2026",
        ),  # fmt: skip
    ]
    plan = read_plan(word_plan(p("Phân công như sau:"), tbl(head, *rows)), "kh.docx")
    tasks = by_title(plan)
    assert list(tasks) == [
        "Rà soát diện tích đất lúa chuyển đổi sang cây ăn quả",
        "Tổng hợp số liệu thu nhập bình quân đầu người",
        "Kiểm tra an toàn hồ chứa nước Khuổi Lếch",
        "Thẩm định hồ sơ kiên cố hóa kênh mương",
    ]
    check_task(tasks["Rà soát diện tích đất lúa chuyển đổi sang cây ăn quả"],
               "Phòng Kinh tế", official="Hà Văn Lợi", deadline="2026-05-31")  # fmt: skip
    check_task(tasks["Tổng hợp số liệu thu nhập bình quân đầu người"],
               "Phòng Kinh tế", official="Lục Thị Mến", deadline="2026-12-31")  # fmt: skip
    check_task(tasks["Kiểm tra an toàn hồ chứa nước Khuổi Lếch"],
               "Chi cục Thủy lợi", official="Đàm Quang Trung",
               deadline="2027-12-31")  # fmt: skip
    check_task(tasks["Thẩm định hồ sơ kiên cố hóa kênh mương"],
               "Chi cục Thủy lợi", official="Ma Thị Thắm", deadline="2026-09-30")  # fmt: skip
    # The post is no part of the official.
    assert all("Chuyên viên" not in t.official_text for t in plan.tasks)


def test_a_unit_column_leads_beside_the_person():
    head = [tc("TT"), tc("Người thực hiện"), tc("Chức danh"), tc("Đơn vị"),
            tc("Nội dung nhiệm vụ"), tc("Thời gian hoàn thành")]  # fmt: skip
    rows = [
        [tc("1"), tc("Nông Văn Thái"), tc("Công chức"), tc("Phòng Văn hóa - Xã hội"),
         tc("Cập nhật hồ sơ tiêu chí văn hóa của các thôn"), tc("Tháng 8/2026")],
        [tc("2"), tc("Bế Thị Hạnh"), tc("Giám đốc"), tc("Trung tâm Dịch vụ tổng hợp xã"),
         tc("Hướng dẫn trồng 5 ha rau an toàn"), tc("Hằng năm")],
    ]  # fmt: skip
    plan = read_plan(word_plan(tbl(head, *rows)), "kh.docx")
    culture, vegetables = plan.tasks
    assert culture.title == "Cập nhật hồ sơ tiêu chí văn hóa của các thôn"
    check_task(culture, "Phòng Văn hóa - Xã hội", official="Nông Văn Thái",
               deadline="2026-08-31")  # fmt: skip
    check_task(vegetables, "Trung tâm Dịch vụ tổng hợp xã", official="Bế Thị Hạnh",
               deadline="2026-12-31")  # fmt: skip


def _sheet(head, rows, merged=()):
    """A commune's sheet: the header lines, `head` on row 7, then `rows`
    (a row in `merged` is written across the table)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, text in enumerate(["ỦY BAN NHÂN DÂN XÃ PHÚ XÁ", "Số: 41/KH-UBND",
                              "Phú Xá, ngày 06 tháng 3 năm 2026", "KẾ HOẠCH",
                              "Phân công thực hiện nông thôn mới năm 2026"], 1):  # fmt: skip
        ws.cell(row=r, column=1, value=text)
    for c, text in enumerate(head, 1):
        ws.cell(row=7, column=c, value=text)
    for r, row in enumerate(rows, 8):
        for c, value in enumerate(row, 1):
            if value:
                ws.cell(row=r, column=c, value=value)
        if r - 8 in merged:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(head))
    ws.cell(row=8 + len(rows) + 1, column=4, value="CHỦ TỊCH")
    ws.cell(row=8 + len(rows) + 2, column=4, value="Lò Văn Tư")
    buffer = io.BytesIO()
    wb.save(buffer)
    return read_plan(buffer.getvalue(), "ke-hoach.xlsx")


def test_a_staff_sheet_with_merged_unit_rows():
    plan = _sheet(
        ["STT", "Cán bộ phụ trách", "Chức vụ", "Nội dung nhiệm vụ", "Thời hạn"],
        [
            ["1. Văn phòng HĐND và UBND xã"],
            [
                "1",
                "Hoàng Thị Duyên",
                "Chánh Văn phòng",
                "Lập hồ sơ đề nghị công nhận xã đạt chuẩn",
                "Quý III/2026",
            ],
            ["2. Trạm Y tế xã"],
            [
                "2",
                "Triệu Văn Sình",
                "Trạm trưởng",
                "Nâng tỷ lệ người dân tham gia bảo hiểm y tế lên 95%",
                "30/11/2026",
            ],
        ],  # fmt: skip
        merged=(0, 2),
    )
    files, insurance = plan.tasks
    assert files.title == "Lập hồ sơ đề nghị công nhận xã đạt chuẩn"
    check_task(files, "Văn phòng HĐND và UBND xã", official="Hoàng Thị Duyên",
               deadline="2026-09-30")  # fmt: skip
    check_task(insurance, "Trạm Y tế xã", official="Triệu Văn Sình",
               deadline="2026-11-30")  # fmt: skip


def test_a_group_row_of_a_task_table_with_leads_is_unchanged():
    """A task table that has its lead column keeps reading a numbered row
    across it as before (a staff table's group is its people's lead only)."""
    plan = _sheet(
        ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        [["1", "Phòng Kinh tế rà soát quy hoạch vùng sản xuất", "Phòng Kinh tế",
          "Tháng 4/2026"]],
    )  # fmt: skip
    (task,) = plan.tasks
    check_task(task, "Phòng Kinh tế", deadline="2026-04-30")


# ── 2. Frequency deadlines in a table's time cell ──


def test_frequencies_end_on_the_plans_year():
    head = [tc("TT"), tc("Nội dung"), tc("Đơn vị thực hiện"), tc("Thời gian")]
    works = [("Sinh hoạt chi hội định kỳ", "Hằng tháng"),
             ("Cập nhật giá vật tư nông nghiệp", "Hàng tháng"),
             ("Kiểm tra các tổ hợp tác", "Hằng quý"),
             ("Ra quân vệ sinh môi trường", "Hằng tuần"),
             ("Giám sát vốn vay của hội viên", "Định kỳ hằng tháng")]  # fmt: skip
    rows = [[tc(str(n)), tc(w), tc("Các chi hội"), tc(when)]
            for n, (w, when) in enumerate(works, 1)]  # fmt: skip
    plan = read_plan(word_plan(tbl(head, *rows)), "kh.docx")
    assert {t.title: str(t.ends_on) for t in plan.tasks} == {
        w: "2026-12-31" for w, _ in works
    }


# ── 3. A note naming the official ──


def test_a_note_names_the_official_or_no_one():
    plan = _sheet(
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"],
        [
            ["1", "Tổ chức Ngày hội Đại đoàn kết ở thôn Nà Pài",
             "Ban Công tác Mặt trận thôn", "Chi đoàn thôn", "Dịp 18/11/2026",
             "Đ/c Hoàng Văn Pao phụ trách"],
            ["2", "Bình xét gia đình văn hóa", "Các thôn", "", "Tháng 12/2026",
             "Phối hợp tổ chức"],
            ["3", "Vận động Quỹ Vì người nghèo", "Ủy ban MTTQ xã", "", "Quý IV/2026",
             "Giao đ/c Lý Thị Dìn"],
            ["4", "Giám sát công trình đường thôn", "Ban Giám sát đầu tư cộng đồng", "",
             "Tháng 9/2026", "đồng chí Vi Văn Khánh theo dõi"],
            ["5", "Tuyên truyền cuộc vận động", "Ủy ban MTTQ xã", "", "Tháng 10/2026",
             "Ngày hội Đại đoàn kết"],
        ],
    )  # fmt: skip
    festival, families, fund, roads, campaign = plan.tasks
    assert festival.title == "Tổ chức Ngày hội Đại đoàn kết ở thôn Nà Pài"
    check_task(festival, "Ban Công tác Mặt trận thôn", ["Chi đoàn thôn"],
               official="Hoàng Văn Pao", deadline="2026-11-18")  # fmt: skip
    # "Phối hợp tổ chức" names no partner, and is no part of the title.
    assert families.title == "Bình xét gia đình văn hóa"
    check_task(families, "Các thôn", [], deadline="2026-12-31")
    check_task(fund, "Ủy ban MTTQ xã", official="Lý Thị Dìn")
    check_task(roads, "Ban Giám sát đầu tư cộng đồng", official="Vi Văn Khánh")
    assert campaign.title == "Tuyên truyền cuộc vận động"
    check_task(campaign, "Ủy ban MTTQ xã", [])


# ── The set's own files ──


def test_the_set_is_measured_by_default():
    assert "f39p" in quality.SETS
    total = quality.total(quality.run(quality.CORPUS / "f39p"))
    assert total.scores["tasks"].recall == 1.0
    assert total.scores["officials"].recall == 1.0
    assert total.scores["leads"].recall == 1.0
