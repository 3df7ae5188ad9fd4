"""Round 24m's family (docs/import-quality.md), tried on plans that are in no
corpus: a task table whose responsibility is a matrix, a header cell
("Đơn vị thực hiện", "Phân công thực hiện", "Trách nhiệm") merged across
one column per agency, the agencies named in a second header row, and a
mark under each agency of a task row ("C"/"P", "CT"/"PH", "●"/"○", "x",
"X"/"x", "1"/"2"), explained or not by a legend by the table."""

from __future__ import annotations

import datetime

from ntm.documents import columns
from plans.document_import.blocks import Line
from plans.document_import.table_columns import mark_legend
from plans.document_import.table_rows import continuation_end
from tests.documents.docx_parts import p, tbl, tc
from tests.plans.reading import read_plan, word_plan

D = datetime.date


def matrix(head: str, agencies: list[str], rows: list, *, time="Thời gian"):
    """The table: TT, "Nội dung nhiệm vụ" and the time merged down over two
    header rows, `head` merged across the agencies named under it; a row is
    (number, content, marks, time), or a string written across the width."""
    width = len(agencies) + 3
    body = []
    for row in rows:
        if isinstance(row, str):
            body.append([tc(row, span=width)])
        else:
            number, content, marks, when = row
            body.append([tc(number), tc(content), *map(tc, marks), tc(when)])
    return tbl(
        [
            tc("TT", vmerge="restart"),
            tc("Nội dung nhiệm vụ", vmerge="restart"),
            tc(head, span=len(agencies)),
            tc(time, vmerge="restart"),
        ],
        [
            tc("", vmerge="continue"),
            tc("", vmerge="continue"),
            *map(tc, agencies),
            tc("", vmerge="continue"),
        ],
        *body,
    )


def read(*body: str):
    return read_plan(word_plan(*body), "ke-hoach.docx")


def rows_of(plan):
    return [(t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks]


AGENCIES = ["UBND xã", "Phòng Kinh tế", "Công an xã", "Hội Nông dân", "Các thôn"]


def test_the_agencies_row_is_the_header_and_the_marks_name_the_lead_and_partners():
    plan = read(
        matrix(
            "Đơn vị thực hiện",
            AGENCIES,
            [
                "I. NHÓM TIÊU CHÍ QUY HOẠCH",
                (
                    "1",
                    "Rà soát quy hoạch chung xã",
                    ["", "C", "", "P", "P"],
                    "Quý II/2026",
                ),
                ("2", "Giữ vững an ninh trật tự", ["P", "", "C", "", ""], "30/9/2026"),
            ],
        ),  # fmt: skip
        p("Ghi chú: C - chủ trì; P - phối hợp."),
    )
    assert rows_of(plan) == [
        (
            "Rà soát quy hoạch chung xã",
            "Phòng Kinh tế",
            ["Hội Nông dân", "Các thôn"],
            D(2026, 6, 30),
        ),
        ("Giữ vững an ninh trật tự", "Công an xã", ["UBND xã"], D(2026, 9, 30)),
    ]
    legend = [s for s in plan.source if s.text.startswith("Ghi chú: C")]
    assert [s.used for s in legend] == ["chú giải bảng"]


def test_several_lead_marks_the_first_leads_and_the_others_are_co_leads():
    plan = read(
        matrix(
            "Trách nhiệm",
            AGENCIES,
            [
                (
                    "1",
                    "Nâng cấp chiếu sáng công cộng",
                    ["", "C", "P", "", "C"],
                    "Tháng 10/2026",
                )
            ],
        ),  # fmt: skip
        p("Ghi chú: C - chủ trì; P - phối hợp."),
    )
    (task,) = plan.tasks
    assert task.lead_text == "Phòng Kinh tế"
    assert task.co_leads == ["Phòng Kinh tế", "Các thôn"]
    assert task.coordinating_units == ["Các thôn", "Công an xã"]


def test_a_legend_above_the_table_says_what_its_marks_are():
    plan = read(
        p("(1: chủ trì; 2: phối hợp)"),
        matrix(
            "Cơ quan, đơn vị thực hiện",
            AGENCIES,
            [("1", "Tập huấn chuyển đổi số", ["2", "1", "", "2", ""], "Quý III/2026")],
        ),  # fmt: skip
    )
    assert rows_of(plan) == [
        (
            "Tập huấn chuyển đổi số",
            "Phòng Kinh tế",
            ["UBND xã", "Hội Nông dân"],
            D(2026, 9, 30),
        )
    ]
    assert "(1: chủ trì; 2: phối hợp)" not in plan.unplaced


def test_with_no_legend_a_lone_x_leads_and_of_several_the_first_leads():
    plan = read(
        matrix(
            "Phân công thực hiện",
            AGENCIES,
            [
                (
                    "1",
                    "Cập nhật hồ sơ các tiêu chí",
                    ["x", "", "", "", ""],
                    "Quý I/2026",
                ),
                (
                    "2",
                    "Hỗ trợ nông dân làm VietGAP",
                    ["", "", "", "x", "x"],
                    "Quý II/2026",
                ),
            ],
        ),  # fmt: skip
    )
    assert [(t.lead_text, t.coordinating_units) for t in plan.tasks] == [
        ("UBND xã", []),
        ("Hội Nông dân", ["Các thôn"]),
    ]


def test_with_no_legend_a_capital_x_leads_where_the_others_are_lower_case():
    plan = read(
        matrix(
            "Phân công thực hiện",
            AGENCIES,
            [
                (
                    "1",
                    "Phát triển sản phẩm OCOP",
                    ["x", "X", "", "x", ""],
                    "Quý II/2026",
                ),
                (
                    "2",
                    "Kiện toàn tổ công nghệ số",
                    ["", "", "", "x", "X"],
                    "Quý I/2026",
                ),
            ],
        ),  # fmt: skip
    )
    assert [(t.lead_text, t.coordinating_units) for t in plan.tasks] == [
        ("Phòng Kinh tế", ["UBND xã", "Hội Nông dân"]),
        ("Các thôn", ["Hội Nông dân"]),
    ]


def test_a_legend_line_explains_two_kinds_of_mark_or_is_no_legend():
    assert mark_legend("Ghi chú: C - chủ trì; P - phối hợp.") == {
        "C": "lead",
        "P": "partner",
    }
    assert mark_legend("(CT: chủ trì; PH: phối hợp)") == {
        "CT": "lead",
        "PH": "partner",
    }
    assert mark_legend("Ghi chú: ● Chủ trì; ○ Phối hợp") == {
        "●": "lead",
        "○": "partner",
    }
    assert mark_legend("Chủ trì: Phòng Kinh tế; phối hợp: Hội Nông dân") == {}
    assert mark_legend("Ghi chú: C - chủ trì") == {}


def test_the_marks_are_data():
    assert "C" in columns.MARKS["lead"] and "PH" in columns.MARKS["partner"]
    assert "x" in columns.MARKS["either"]


def test_a_table_cut_by_a_page_after_a_group_row_goes_on_in_the_next():
    """A group's name written across the width ("II. AN NINH") is no column
    of sentences where the next page's rows hold numbers."""
    width = 5
    rows = [
        Line(0, "", cells=["TT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"],
             table=1),
        Line(1, "", cells=["I. XÂY DỰNG ĐÔ THỊ VĂN MINH", "", "", "", ""], table=1),
        Line(2, "", cells=["1", "Chỉnh trang vỉa hè", "Phòng Kinh tế", "", "Quý III"],
             table=1),
        Line(3, "", cells=["II. AN NINH, TRẬT TỰ", "", "", "", ""], table=1),
    ]  # fmt: skip
    more = Line(
        4, "", cells=["1", "Xây dựng tổ dân phố an toàn", "Công an", "", "Quý IV"],
        table=2,
    )  # fmt: skip
    lines = [*rows, more]
    taken = list(rows)
    assert continuation_end(lines, 4, 5, taken) == 5
    assert taken[-1] is more and len(more.cells) == width
