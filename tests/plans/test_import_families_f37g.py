"""The time of a task given by the group it sits in, tried on plans of my
own: a task table with no time column whose merged rows are periods
("QUÝ II/2026", "THÁNG 9/2026", "6 THÁNG CUỐI NĂM 2026"), a "Ghi chú" that
gives the row its own day or says nothing of time; period headings as
paragraphs, bold or plain, over dash items with their bodies in a bracket;
the same in a spreadsheet with blank "Bắt đầu | Kết thúc" columns and
"Thường xuyên" merged across both."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import openpyxl
import pytest

from tests.documents.docx_parts import p, tbl, tc
from tests.plans.reading import by_title, plan_of, read_file, read_plan, word_plan

CORPUS = Path(__file__).parent / "import_corpus" / "f37g"


def _row(*cells):
    return [tc(c) for c in cells]


def _deadlines(plan):
    return {t.title: str(t.ends_on) for t in plan.tasks}


# ── 1. A table with no time column, periods as merged rows ──


def _period_table(*groups):
    rows = [_row("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                 "Ghi chú")]  # fmt: skip
    n = 0
    for period, tasks in groups:
        rows.append([tc(period, span=5)])
        for title, lead, partner, note in tasks:
            n += 1
            rows.append(_row(str(n), title, lead, partner, note))
    return tbl(*rows)


def test_each_row_ends_with_the_quarter_it_sits_in():
    document = word_plan(
        _period_table(
            (
                "QUÝ I/2026 (từ tháng 01 đến hết tháng 3)",
                [
                    (
                        "Rà soát hộ nghèo, hộ cận nghèo đầu năm",
                        "Công chức Lao động - Thương binh và Xã hội",
                        "Các thôn",
                        "",
                    ),
                ],
            ),
            (
                "QUÝ III/2026",
                [
                    (
                        "Sửa chữa 3 nhà ở cho hộ nghèo thôn Nà Lẹng",
                        "Ủy ban MTTQ xã",
                        "Đoàn Thanh niên xã",
                        "Nhân dân hiến đất, góp công",
                    ),
                    (
                        "Trao 20 suất học bổng cho học sinh nghèo vượt khó",
                        "Hội Khuyến học xã",
                        "",
                        "Trước ngày 05/9/2026",
                    ),
                    (
                        "Khám sức khỏe miễn phí cho người cao tuổi",
                        "Trạm Y tế xã",
                        "",
                        "Trong tháng 8/2026",
                    ),
                ],
            ),
        ),  # fmt: skip
    )
    plan = read_plan(document, "ke-hoach.docx")
    assert _deadlines(plan) == {
        "Rà soát hộ nghèo, hộ cận nghèo đầu năm": "2026-03-31",
        "Sửa chữa 3 nhà ở cho hộ nghèo thôn Nà Lẹng": "2026-09-30",
        "Trao 20 suất học bổng cho học sinh nghèo vượt khó": "2026-09-05",
        "Khám sức khỏe miễn phí cho người cao tuổi": "2026-08-31",
    }
    repair = by_title(plan)["Sửa chữa 3 nhà ở cho hộ nghèo thôn Nà Lẹng"]
    assert repair.lead_text == "Ủy ban MTTQ xã"
    assert repair.coordinating_units == ["Đoàn Thanh niên xã"]


def test_halves_of_the_year_and_a_month_as_group_rows():
    document = word_plan(
        _period_table(
            (
                "6 THÁNG ĐẦU NĂM 2026",
                [
                    (
                        "Tập huấn kỹ năng sơ cấp cứu cho hội viên",
                        "Hội Chữ thập đỏ xã",
                        "Trạm Y tế xã",
                        "",
                    ),
                ],
            ),
            (
                "THÁNG 8/2026",
                [
                    (
                        "Tổ chức Tết Trung thu cho thiếu nhi các thôn",
                        "Đoàn Thanh niên xã",
                        "",
                        "",
                    ),
                ],
            ),
            (
                "6 THÁNG CUỐI NĂM",
                [
                    (
                        "Tổng kết phong trào nhân đạo năm 2026",
                        "Hội Chữ thập đỏ xã",
                        "",
                        "",
                    ),
                ],
            ),
        ),  # fmt: skip
    )
    plan = read_plan(document, "ke-hoach.docx")
    assert _deadlines(plan) == {
        "Tập huấn kỹ năng sơ cấp cứu cho hội viên": "2026-06-30",
        "Tổ chức Tết Trung thu cho thiếu nhi các thôn": "2026-08-31",
        "Tổng kết phong trào nhân đạo năm 2026": "2026-12-31",
    }


# ── 2. Period headings as paragraphs over dash items ──

MONTHS = """II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN
Tháng 10/2026
- Tổ chức gặp mặt kỷ niệm 96 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2026) (Ban Thường vụ Hội thực hiện; các chi hội phối hợp).
- Nạo vét mương tiêu úng cánh đồng Gò Mả (chi hội Vạn Xuân, Hương Nộn thực hiện).
Tháng 11/2026
- Hội thi nhà nông đua tài cấp xã (Ban Thường vụ Hội).
- Sơ kết mô hình trồng bưởi Diễn, xong trước ngày 20/11/2026 (Tổ hợp tác bưởi thôn Đồi thực hiện).
Quý I/2027
- Vận động hội viên góp vốn thành lập hợp tác xã dịch vụ (các chi hội thực hiện).
"""


def test_plain_month_headings_over_dash_items():
    plan = plan_of(MONTHS)
    assert _deadlines(plan) == {
        "Tổ chức gặp mặt kỷ niệm 96 năm Ngày thành lập Hội Nông dân Việt Nam "
        "(14/10/1930 - 14/10/2026)": "2026-10-31",
        "Nạo vét mương tiêu úng cánh đồng Gò Mả": "2026-10-31",
        "Hội thi nhà nông đua tài cấp xã": "2026-11-30",
        "Sơ kết mô hình trồng bưởi Diễn": "2026-11-20",
        "Vận động hội viên góp vốn thành lập hợp tác xã dịch vụ": "2027-03-31",
    }
    ditch = by_title(plan)["Nạo vét mương tiêu úng cánh đồng Gò Mả"]
    assert ditch.lead_text == "chi hội Vạn Xuân, Hương Nộn"
    contest = by_title(plan)["Hội thi nhà nông đua tài cấp xã"]
    assert contest.lead_text == "Ban Thường vụ Hội"


def test_week_headings_in_word_bold_or_not():
    document = word_plan(
        p("Tuần 1 (từ 05/01 đến 10/01/2027)", runs=[("Tuần 1 (từ 05/01 đến "
                                                      "10/01/2027)", "b")]),
        p("- Kiểm tra hệ thống loa truyền thanh các thôn (Đài Truyền thanh xã thực "
          "hiện)."),
        p("Tuần 2 (từ 12/01 đến 17/01/2027)"),
        p("- Treo cờ, băng rôn trên trục đường chính (Đoàn Thanh niên xã thực hiện)."),
        p("- Thăm hỏi gia đình chính sách (Ủy ban MTTQ xã thực hiện)."),
    )  # fmt: skip
    plan = read_plan(document, "ke-hoach.docx")
    assert _deadlines(plan) == {
        "Kiểm tra hệ thống loa truyền thanh các thôn": "2027-01-10",
        "Treo cờ, băng rôn trên trục đường chính": "2027-01-17",
        "Thăm hỏi gia đình chính sách": "2027-01-17",
    }


# ── 3. The same in a spreadsheet ──


def test_a_sheet_with_quarter_rows_and_blank_date_columns():
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, text in enumerate(["ỦY BAN NHÂN DÂN XÃ PHÚ XÁ", "Số: 30/KH-UBND",
                              "Phú Xá, ngày 06 tháng 01 năm 2026", "KẾ HOẠCH",
                              "Phát triển sản xuất nông nghiệp năm 2026"], 1):  # fmt: skip
        ws.cell(row=r, column=1, value=text)
    head = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Bắt đầu",
            "Kết thúc"]  # fmt: skip
    for c, text in enumerate(head, 1):
        ws.cell(row=7, column=c, value=text)
    rows = [
        ("QUÝ I/2026", None),
        ("1", ("Cấp phát giống lúa chất lượng cao vụ Xuân", "Hợp tác xã Phú Xá",
               "Các thôn", None)),
        ("QUÝ II/2026", None),
        ("2", ("Phun thuốc phòng trừ sâu cuốn lá nhỏ", "Hợp tác xã Phú Xá", "", None)),
        ("3", ("Theo dõi tình hình dịch bệnh trên đàn gia súc", "Thú y viên xã", "",
               "Thường xuyên")),
    ]  # fmt: skip
    r = 8
    for first, rest in rows:
        ws.cell(row=r, column=1, value=first)
        if rest is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        else:
            for c, value in enumerate(rest[:3], 2):
                if value:
                    ws.cell(row=r, column=c, value=value)
            if rest[3]:
                ws.cell(row=r, column=5, value=rest[3])
                ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
        r += 1
    ws.cell(row=r + 1, column=5, value="CHỦ TỊCH")
    ws.cell(row=r + 2, column=5, value="Lò Văn Tư")
    buffer = io.BytesIO()
    wb.save(buffer)
    plan = read_plan(buffer.getvalue(), "ke-hoach.xlsx")
    assert _deadlines(plan) == {
        "Cấp phát giống lúa chất lượng cao vụ Xuân": "2026-03-31",
        "Phun thuốc phòng trừ sâu cuốn lá nhỏ": "2026-06-30",
        "Theo dõi tình hình dịch bệnh trên đàn gia súc": "2026-12-31",
    }


# ── The set's own files ──


@pytest.mark.parametrize(
    "name",
    [
        "f37g-xa-ban-thi-theo-quy.docx",
        "f37g-hoi-phu-nu-con-minh-ban-in.pdf",
        "f37g-hoi-phu-nu-huong-non.odt",
        "f37g-thon-van-xuan-theo-tuan.txt",
        "f37g-huyen-tam-nong-dao-tao-nghe.xlsx",
    ],
)
def test_the_sets_plans_take_their_periods(name):
    expected = tomllib.loads((CORPUS / name).with_suffix(".toml").read_text("utf-8"))
    plan = read_file(CORPUS / name)
    wanted = {t["title"]: t["deadline"] for t in expected["tasks"]}
    assert _deadlines(plan) == wanted
