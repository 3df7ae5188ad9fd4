"""Round 26m's family (docs/import-quality.md), tried on plans that are in no
corpus: responsibility matrices (round 24m) laid out in the ways round 24m
left unread: the agencies in the header's only row, a header of three rows
("Phân công" over "Cơ quan cấp xã" | "Các thôn" over the agencies), a
legend two sentences or more from its table, above or under it, agencies
abbreviated and cut by a PDF's narrow column; and a table of figures per
mass organisation, which is no matrix."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.documents.docx_parts import p, tbl, tc
from tests.plans.reading import read_file, read_plan, word_plan

D = datetime.date
CORPUS = Path(__file__).parent / "import_corpus" / "round26m"
AGENCIES = ["UBND xã", "Công an xã", "Hội Nông dân", "Các thôn"]


def read(*body: str):
    return read_plan(word_plan(*body), "ke-hoach.docx")


def rows_of(plan):
    return [(t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks]


def task_row(number, content, marks, when):
    return [tc(number), tc(content), *map(tc, marks), tc(when)]


def one_row_matrix(rows):
    """The agencies in the header's only row, between the content and the
    time."""
    head = ["TT", "Nội dung nhiệm vụ", *AGENCIES, "Thời gian hoàn thành"]
    return tbl(list(map(tc, head)), *(task_row(*row) for row in rows))


def two_row_matrix(rows):
    """Round 24m's matrix: "Đơn vị thực hiện" merged over the agencies."""
    return tbl(
        [
            tc("TT", vmerge="restart"),
            tc("Nội dung nhiệm vụ", vmerge="restart"),
            tc("Đơn vị thực hiện", span=len(AGENCIES)),
            tc("Thời gian", vmerge="restart"),
        ],
        [
            tc("", vmerge="continue"),
            tc("", vmerge="continue"),
            *map(tc, AGENCIES),
            tc("", vmerge="continue"),
        ],
        *(task_row(*row) for row in rows),
    )


ROWS = [
    ("1", "Xây dựng mô hình camera an ninh", ["P", "C", "", "P"], "Quý II/2026"),
    ("2", "Thành lập tổ hợp tác trồng rau an toàn", ["P", "", "C", ""], "30/9/2026"),
]
READ = [
    ("Xây dựng mô hình camera an ninh", "Công an xã", ["UBND xã", "Các thôn"],
     D(2026, 6, 30)),
    ("Thành lập tổ hợp tác trồng rau an toàn", "Hội Nông dân", ["UBND xã"],
     D(2026, 9, 30)),
]  # fmt: skip


def test_the_agencies_may_be_the_header_s_only_row():
    plan = read(one_row_matrix(ROWS), p("Ghi chú: C - chủ trì; P - phối hợp."))
    assert rows_of(plan) == READ
    legend = [s for s in plan.source if s.text.startswith("Ghi chú: C")]
    assert [s.used for s in legend] == ["chú giải bảng"]


def test_figures_under_bodies_beside_a_lead_column_are_no_matrix():
    head = ["TT", "Nội dung nhiệm vụ", "ĐVT", "Hội Nông dân", "Hội LHPN",
            "Đoàn Thanh niên", "Đơn vị chủ trì", "Thời hạn"]  # fmt: skip
    plan = read(
        tbl(
            list(map(tc, head)),
            list(
                map(
                    tc,
                    [
                        "1",
                        "Xây dựng mô hình kinh tế tập thể",
                        "mô hình",
                        "2",
                        "1",
                        "1",
                        "Phòng Kinh tế",
                        "Quý III/2026",
                    ],
                )
            ),
            list(
                map(
                    tc,
                    [
                        "2",
                        "Tổ chức tuyến đường hoa tự quản",
                        "tuyến",
                        "1",
                        "2",
                        "3",
                        "Văn phòng HĐND-UBND",
                        "Quý II/2026",
                    ],
                )
            ),
        )  # fmt: skip
    )
    assert [(t.lead_text, t.coordinating_units) for t in plan.tasks] == [
        ("Phòng Kinh tế", []),
        ("Văn phòng HĐND-UBND", []),
    ]


def test_a_header_of_three_rows_names_the_agencies_in_its_lowest():
    """ "Phân công" over "Cơ quan cấp xã" (over its agencies) and "Các
    thôn", merged down: the groups' cells are no agencies."""
    plan = read(
        tbl(
            [
                tc("TT", vmerge="restart"),
                tc("Nội dung nhiệm vụ", vmerge="restart"),
                tc("Phân công", span=4),
                tc("Thời hạn", vmerge="restart"),
            ],
            [
                tc("", vmerge="continue"),
                tc("", vmerge="continue"),
                tc("Cơ quan cấp xã", span=2),
                tc("Đoàn thể"),
                tc("Các thôn", vmerge="restart"),
                tc("", vmerge="continue"),
            ],
            [
                tc("", vmerge="continue"),
                tc("", vmerge="continue"),
                tc("UBND xã"),
                tc("Công an xã"),
                tc("Hội Nông dân"),
                tc("", vmerge="continue"),
                tc("", vmerge="continue"),
            ],
            *(task_row(*row) for row in ROWS),
        ),
        p("Ghi chú: C - chủ trì; P - phối hợp."),
    )
    assert rows_of(plan) == READ


X_ROWS = [
    ("1", "Xây dựng mô hình camera an ninh", ["o", "x", "", "o"], "Quý II/2026"),
    ("2", "Thành lập tổ hợp tác trồng rau an toàn", ["o", "", "x", ""], "30/9/2026"),
]


def test_a_legend_two_sentences_above_its_table_says_what_its_marks_are():
    plan = read(
        p("Ký hiệu: x - chủ trì; o - phối hợp."),
        p("Các đơn vị căn cứ nhiệm vụ được phân công xây dựng kế hoạch chi tiết."),
        p("Nhiệm vụ cụ thể như sau:"),
        two_row_matrix(X_ROWS),
    )
    assert rows_of(plan) == READ
    assert "Ký hiệu: x - chủ trì; o - phối hợp." not in plan.unplaced


def test_a_legend_after_a_sentence_under_its_table_says_what_its_marks_are():
    plan = read(
        two_row_matrix(X_ROWS),
        p("Thời hạn trên là thời hạn hoàn thành."),
        p("Các đơn vị chủ động triển khai sớm hơn."),
        p("Ghi chú: x - chủ trì; o - phối hợp."),
    )
    assert rows_of(plan) == READ


def test_each_matrix_takes_the_legend_of_its_own_marks():
    plan = read(
        p("Ghi chú: x - chủ trì; o - phối hợp."),
        p("Nhiệm vụ cụ thể như sau:"),
        two_row_matrix(X_ROWS[:1]),
        p("Các nhiệm vụ phát sinh:"),
        two_row_matrix(
            [(n, t, [m.upper() for m in marks], w) for n, t, marks, w in X_ROWS[1:]]
        ),  # fmt: skip
        p("Ghi chú: X - phối hợp; O - chủ trì."),
    )
    assert [(t.lead_text, t.coordinating_units) for t in plan.tasks] == [
        ("Công an xã", ["UBND xã", "Các thôn"]),
        ("UBND xã", ["Hội Nông dân"]),
    ]


def test_abbreviated_agencies_cut_by_a_pdf_s_narrow_column_are_whole():
    """ "UBMT" / "TQ", "HLHP" / "N" in a LibreOffice PDF: one name each."""
    plan = read_file(CORPUS / "r26m-phuong-bac-ly-viet-tat.pdf")
    assert [(t.lead_text, t.coordinating_units) for t in plan.tasks][:2] == [
        ("UBMTTQ", ["HND", "HLHPN"]),
        ("ĐTN", ["UBMTTQ", "HLHPN"]),
    ]
