"""The families the blind hold-out of round 28 read badly for a task's
start and end (round 28c, docs/import-quality.md), tried on plans that are
in no corpus: a start and an end column each headed in one row ("Bắt đầu |
Hoàn thành", "Từ ngày | Đến ngày", …) with month-only cells, and a task in
prose that opens on its year and ends on its deadline."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.timeframes import cell_time, time_range
from tests.plans.import_corpus.word_writer import save
from tests.plans.reading import HEAD, TAIL, read_plan, task_document

D = datetime.date


def one_row_header(first: str, last: str, rows: list[list[str]]) -> bytes:
    """A Word plan whose task table has one header row, the start's and
    the end's columns last."""
    doc = task_document()
    head = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", first, last]
    t = doc.add_table(rows=1, cols=len(head))
    for cell, value in zip(t.rows[0].cells, head, strict=True):
        cell.text = value
    for i, row in enumerate(rows, 1):
        values = [str(i), *row]
        for cell, value in zip(t.add_row().cells, values, strict=True):
            cell.text = value
    return save(doc)


ROWS = [
    ["Cứng hóa đường trục thôn Đông", "Phòng Kinh tế", "Thôn Đông", "01/4/2027",
     "6/2027"],
    ["Xây dựng 15 vườn mẫu", "Hội Nông dân xã", "Các thôn", "6/2027", "T9/2027"],
    ["Lắp camera an ninh", "Công an xã", "Các thôn", "Tháng 5/2027", "Quý IV/2027"],
]  # fmt: skip
SPANS = [
    (D(2027, 4, 1), D(2027, 6, 30)),
    (D(2027, 6, 1), D(2027, 9, 30)),
    (D(2027, 5, 1), D(2027, 12, 31)),
]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Bắt đầu", "Hoàn thành"),
        ("Ngày bắt đầu", "Ngày hoàn thành"),
        ("Thời gian bắt đầu", "Thời gian hoàn thành"),
        ("Bắt đầu", "Thời hạn"),
        ("Từ ngày", "Đến ngày"),
        ("Khởi công", "Hoàn thành"),
        ("Bắt đầu", "Kết thúc"),
    ],
)
def test_a_start_and_an_end_column_under_one_header_row(first, last):
    plan = read_plan(one_row_header(first, last, ROWS), "k.docx")
    assert [(t.starts_on, t.ends_on) for t in plan.tasks] == SPANS
    assert [t.lead_text for t in plan.tasks] == [r[1] for r in ROWS]
    assert plan.tasks[0].time_text == "01/4/2027 – 6/2027"


def test_a_prose_task_that_opens_on_its_year_is_due_by_its_own_deadline():
    body = (
        "1. Năm 2027, Phòng Kinh tế chủ trì, phối hợp với Hợp tác xã Phú Xá xây "
        "dựng vùng sản xuất rau an toàn 15 ha; hoàn thành trước ngày 30/6/2027.\n"
        "2. Quý II/2027, Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã xây dựng 05 mô "
        "hình tự quản; hoàn thành trước ngày 31/5/2027.\n"
        "3. Năm 2027, Hội Nông dân xã chủ trì xây dựng 10 vườn mẫu.\n"
    )
    plan = read_plan(HEAD + body + TAIL)
    assert [(t.title, t.lead_text, t.starts_on, t.ends_on) for t in plan.tasks] == [
        ("Xây dựng vùng sản xuất rau an toàn 15 ha", "Phòng Kinh tế",
         D(2027, 1, 1), D(2027, 6, 30)),
        ("Xây dựng 05 mô hình tự quản", "Công an xã", D(2027, 4, 1), D(2027, 5, 31)),
        # No deadline of its own: the year it opens on is its time, as before.
        ("Xây dựng 10 vườn mẫu", "Hội Nông dân xã", D(2027, 1, 1), D(2027, 12, 31)),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Tháng 3 - 6/2027", (D(2027, 3, 1), D(2027, 6, 30))),
        ("Tháng 9 - 10/2027", (D(2027, 9, 1), D(2027, 10, 31))),
        ("Từ 01/11 đến 18/11/2027", (D(2027, 11, 1), D(2027, 11, 18))),
        ("Quý II - Quý III/2027", (D(2027, 4, 1), D(2027, 9, 30))),
        ("Từ tháng 3 đến tháng 5/2027", (D(2027, 3, 1), D(2027, 5, 31))),
        ("T3 - T6/2027", (D(2027, 3, 1), D(2027, 6, 30))),
        ("T9-T10/2027", (D(2027, 9, 1), D(2027, 10, 31))),
        ("03/2027 - 06/2027", (D(2027, 3, 1), D(2027, 6, 30))),
        ("3 - 6/2027", (D(2027, 3, 1), D(2027, 6, 30))),
        ("11/2027 - 02/2028", (D(2027, 11, 1), D(2028, 2, 29))),
    ],
)
def test_a_range_in_one_cell_runs_from_its_first_day_to_its_last(text, span):
    assert time_range(cell_time(text), default_year=2027) == span
