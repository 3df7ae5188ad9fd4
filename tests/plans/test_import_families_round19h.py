"""The families the lead's hold-out of round 19 read badly (round 19h,
docs/import-quality.md), tried on plans that are in no corpus: works headed
"Công trình 1:" / "Hạng mục 1:" / "Dự án 1:" with their labelled lines
and a date in words."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import import labels, timeframes
from tests.plans.reading import read_plan, task_document

D = datetime.date


HEAD = """UBND XÃ SƠN KIM
BAN QUẢN LÝ XÂY DỰNG NTM
Số: 04/KH-BQL
Sơn Kim, ngày 09 tháng 01 năm 2027

KẾ HOẠCH
Xây dựng các công trình năm 2027

"""


@pytest.mark.parametrize("word", ["Công trình", "Hạng mục", "Dự án", "CÔNG TRÌNH"])
def test_a_work_heading_is_a_task_with_its_labelled_lines(word):
    plan = read_plan(
        HEAD
        + "I. DANH MỤC\n"
        + f"{word} 1: Đường bê tông thôn Kim Lộc\n"
        + "Quy mô: dài 900 m, rộng 3 m.\n"
        + "Đơn vị thực hiện: Tổ giám sát cộng đồng.\n"
        + "Đơn vị phối hợp: Ban phát triển thôn Kim Lộc, Đoàn Thanh niên xã.\n"
        + "Hoàn thành: ngày 30 tháng 6 năm 2027.\n"
        + f"{word} 2: Nhà văn hóa thôn Kim Hoa\n"
        + "Đơn vị thực hiện: Công chức Địa chính - Xây dựng.\n"
        + "Hoàn thành: ngày 5 tháng 10 năm 2027.\n"
    )
    assert [
        (t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks
    ] == [
        (
            "Đường bê tông thôn Kim Lộc",
            "Tổ giám sát cộng đồng",
            ["Ban phát triển thôn Kim Lộc", "Đoàn Thanh niên xã"],
            D(2027, 6, 30),
        ),
        (
            "Nhà văn hóa thôn Kim Hoa",
            "Công chức Địa chính - Xây dựng",
            [],
            D(2027, 10, 5),
        ),
    ]


def test_a_section_that_names_works_holds_tasks_even_one():
    # "II. CÁC HẠNG MỤC DUY TU" over a single work: the heading names what
    # numbers its tasks, so the one work under it is a task.
    plan = read_plan(
        HEAD
        + "I. CÁC DỰ ÁN\n"
        + "Dự án 1: Cầu dân sinh thôn Kim Lộc\n"
        + "Đơn vị thực hiện: Tổ giám sát cộng đồng.\n"
        + "Hoàn thành: ngày 31 tháng 8 năm 2027.\n"
        + "II. CÁC HẠNG MỤC DUY TU\n"
        + "Hạng mục 1: Sửa chữa mặt đường liên thôn\n"
        + "Đơn vị thực hiện: Hợp tác xã Sơn Kim.\n"
        + "Hoàn thành: ngày 15 tháng 5 năm 2027.\n"
    )
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("Cầu dân sinh thôn Kim Lộc", "Tổ giám sát cộng đồng", D(2027, 8, 31)),
        ("Sửa chữa mặt đường liên thôn", "Hợp tác xã Sơn Kim", D(2027, 5, 15)),
    ]


def test_the_words_that_number_a_task_are_data():
    assert {"Nhiệm vụ", "Công trình", "Hạng mục", "Dự án"} <= set(
        labels.LABELS["item"]["words"]
    )


def test_a_work_word_in_a_sentence_numbers_nothing():
    # "Công trình 2 tầng …" has no mark after its figure: no heading.
    plan = read_plan(
        HEAD
        + "I. NHIỆM VỤ\n"
        + "1. Xây dựng nhà văn hóa xã. Chủ trì: Phòng Kinh tế; thời hạn: 30/9/2027.\n"
        + "Công trình 2 tầng, diện tích 300 m2.\n"
        + "2. Lát sân nhà văn hóa. Chủ trì: Phòng Kinh tế; thời hạn: 30/11/2027.\n"
    )
    assert [t.title for t in plan.tasks] == [
        "Xây dựng nhà văn hóa xã",
        "Lát sân nhà văn hóa",
    ]


def word_plan(build) -> bytes:
    """A Word plan: the title, "I. NHIỆM VỤ", then the table `build` adds."""
    from tests.plans.import_corpus.word_writer import save

    doc = task_document()
    build(doc)
    return save(doc)


GROUPS = [
    ("1", "Môi trường", "Phòng Kinh tế", [
        ("a", "Trồng 3 km hàng cây xanh", "Quý III/2027", "Đoàn Thanh niên xã"),
        ("b", "Thu gom rác thải tại 5 thôn", "30/9/2027", "Các thôn"),
    ]),
    ("2", "An ninh trật tự", "Công an xã", [
        ("a", "Ra mắt 4 mô hình camera an ninh", "Tháng 5/2027", "Các thôn"),
        ("b", "Tuyên truyền phòng chống ma túy", "15/11/2027", "Đoàn Thanh niên xã"),
    ]),
]  # fmt: skip


def grouped_table(from_group_row: bool, after: str = ""):
    """TT | Nội dung | Thời gian | Chủ trì | Phối hợp; the lead cell merged
    down over each group's lettered rows (from the group row when
    `from_group_row`)."""

    def build(doc):
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["TT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp"]):
            t.cell(0, i).text = h
        for n, name, lead, items in GROUPS:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = n, name
            start = len(t.rows) - (1 if from_group_row else 0)
            for letter, work, time, partner in items:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = letter + after, work
                cells[2].text = time
                cells[4].text = partner
            t.cell(start, 3).merge(t.cell(len(t.rows) - 1, 3)).text = lead

    return build


@pytest.mark.parametrize(
    ("from_group_row", "after"), [(False, ""), (True, ""), (False, ")")]
)
def test_numbered_groups_over_lettered_rows_are_no_tasks(from_group_row, after):
    data = word_plan(grouped_table(from_group_row, after))
    plan = read_plan(data, "ke-hoach.docx")
    assert [
        (t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks
    ] == [
        ("Trồng 3 km hàng cây xanh", "Phòng Kinh tế", ["Đoàn Thanh niên xã"], D(2027, 9, 30)),
        ("Thu gom rác thải tại 5 thôn", "Phòng Kinh tế", ["Các thôn"], D(2027, 9, 30)),
        ("Ra mắt 4 mô hình camera an ninh", "Công an xã", ["Các thôn"], D(2027, 5, 31)),
        ("Tuyên truyền phòng chống ma túy", "Công an xã", ["Đoàn Thanh niên xã"], D(2027, 11, 15)),
    ]  # fmt: skip


def test_a_numbered_row_that_states_work_is_a_task_over_lettered_rows():
    # "1 | Xây dựng … | Quý II/2027 | Phòng Kinh tế" states its own time and
    # lead: a task, even with lettered rows under it.
    def build(doc):
        t = doc.add_table(rows=1, cols=5)
        for i, h in enumerate(["TT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp"]):
            t.cell(0, i).text = h
        for row in [
            ("1", "Xây dựng nhà văn hóa xã", "Quý II/2027", "Phòng Kinh tế", ""),
            ("a", "Giải phóng mặt bằng", "Quý I/2027", "Phòng Kinh tế", "Các thôn"),
        ]:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v

    plan = read_plan(word_plan(build), "ke-hoach.docx")
    assert "Xây dựng nhà văn hóa xã" in [t.title for t in plan.tasks]


def schedule_table(periods, heading, marks, mark="x"):
    """TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp, each
    merged down over the header's two rows, then `heading` merged across
    `periods` ("" for a header of one row with the periods in it); a row a
    work, marked in the periods (0-based) of `marks`."""
    works = [
        ("1", "Rà soát hồ sơ các tiêu chí", "Văn phòng - Thống kê", "Các thôn"),
        ("2", "Nâng cấp 1 km đường thôn Đông", "Phòng Kinh tế", "Thôn Đông"),
    ]
    fixed = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp"]

    def build(doc):
        n = len(fixed) + len(periods)
        top = 2 if heading else 1
        t = doc.add_table(rows=top, cols=n)
        for i, h in enumerate(fixed):
            (t.cell(0, i).merge(t.cell(1, i)) if heading else t.cell(0, i)).text = h
        if heading:
            t.cell(0, len(fixed)).merge(t.cell(0, n - 1)).text = heading
        for j, p in enumerate(periods):
            t.cell(top - 1, len(fixed) + j).text = p
        for work, marked in zip(works, marks, strict=True):
            cells = t.add_row().cells
            for i, v in enumerate(work):
                cells[i].text = v
            for j in marked:
                cells[len(fixed) + j].text = mark

    return build


QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"]


@pytest.mark.parametrize(
    ("periods", "heading", "marks", "mark", "expected"),
    [
        (
            QUARTERS,
            "Thời gian thực hiện năm 2027",
            [{0}, {1, 2}],
            "x",
            [
                ("Quý I/2027", D(2027, 1, 1), D(2027, 3, 31)),
                ("Quý II, Quý III/2027", D(2027, 4, 1), D(2027, 9, 30)),
            ],
        ),
        (
            [f"Tháng {m}" for m in range(1, 13)],
            "Tiến độ thực hiện năm 2028",
            [{2, 3, 4}, {10, 11}],
            "✓",
            [
                ("Tháng 3, 4, 5/2028", D(2028, 3, 1), D(2028, 5, 31)),
                ("Tháng 11, 12/2028", D(2028, 11, 1), D(2028, 12, 31)),
            ],
        ),
        (
            [f"T{m}" for m in range(1, 13)],
            "Thời gian",
            [{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, {5}],
            "•",
            # No year in the header: the plan's (its title's) year.
            [
                ("Tháng 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12", D(2027, 1, 1), D(2027, 12, 31)),
                ("Tháng 6", D(2027, 6, 1), D(2027, 6, 30)),
            ],
        ),
        (
            QUARTERS,
            "",
            [{0, 1, 2, 3}, {3}],
            "X",
            [
                ("Quý I, Quý II, Quý III, Quý IV", D(2027, 1, 1), D(2027, 12, 31)),
                ("Quý IV", D(2027, 10, 1), D(2027, 12, 31)),
            ],
        ),
    ],
)  # fmt: skip
def test_a_schedule_of_marked_periods_is_the_time(
    periods, heading, marks, mark, expected
):
    data = word_plan(schedule_table(periods, heading, marks, mark))
    plan = read_plan(data, "ke-hoach.docx")
    assert [t.title for t in plan.tasks] == [
        "Rà soát hồ sơ các tiêu chí",
        "Nâng cấp 1 km đường thôn Đông",
    ]
    assert [(t.time_text, t.starts_on, t.ends_on) for t in plan.tasks] == expected
    assert [t.lead_text for t in plan.tasks] == [
        "Văn phòng - Thống kê",
        "Phòng Kinh tế",
    ]
    assert [t.coordinating_units for t in plan.tasks] == [["Các thôn"], ["Thôn Đông"]]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Quý I, Quý II, Quý III, Quý IV/2027", D(2027, 1, 1), D(2027, 12, 31)),
        ("Quý I, Quý II", D(2027, 1, 1), D(2027, 6, 30)),
        ("Tháng 2, Tháng 3, Tháng 4/2027", D(2027, 2, 1), D(2027, 4, 30)),
    ],
)
def test_a_list_of_periods_with_one_year_runs_from_the_first_to_the_last(
    text, start, end
):
    assert timeframes.time_range(text, default_year=2027) == (start, end)


def test_a_schedule_over_two_years_gives_each_period_its_year():
    periods = ["Quý III/2027", "Quý IV/2027", "Quý I/2028", "Quý II/2028"]
    data = word_plan(schedule_table(periods, "Thời gian", [{1, 2}, {3}]))
    plan = read_plan(data, "ke-hoach.docx")
    assert [(t.time_text, t.starts_on, t.ends_on) for t in plan.tasks] == [
        ("Quý IV/2027, Quý I/2028", D(2027, 10, 1), D(2028, 3, 31)),
        ("Quý II/2028", D(2028, 4, 1), D(2028, 6, 30)),
    ]


def test_a_works_size_in_brackets_is_no_lead():
    # "(dài 1,5 km)": "dài" folds as "Đài" (a radio station) but is written
    # in lower case; the lead is the labelled line's.
    plan = read_plan(
        HEAD
        + "I. DANH MỤC CÔNG TRÌNH\n"
        + "Công trình 1: Đường giao thông thôn Kim Lộc (dài 1,5 km)\n"
        + "Đơn vị thực hiện: Tổ giám sát cộng đồng.\n"
        + "Hoàn thành: ngày 30 tháng 6 năm 2027.\n"
        + "Công trình 2: Nhà văn hóa thôn Kim Hoa (Đài Truyền thanh xã)\n"
        + "Hoàn thành: ngày 30 tháng 9 năm 2027.\n"
    )
    assert [t.lead_text for t in plan.tasks] == [
        "Tổ giám sát cộng đồng",
        "Đài Truyền thanh xã",
    ]
