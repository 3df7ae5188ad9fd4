"""The families the lead's hold-out of round 20 read badly (round 20b,
docs/import-quality.md), tried on plans that are in no corpus: a task table
cut by the pages of a PDF, abbreviated names with a comma inside ("Sở
VH,TT&DL"), and a time written in two columns ("Thời gian" over "Bắt đầu |
Hoàn thành")."""

from __future__ import annotations

import datetime
import tomllib
from pathlib import Path

import pytest

from plans.document_import import quality
from plans.document_import.matching import ABBREVIATIONS, key
from plans.document_import.review import line_to_task
from plans.document_import.units import units
from tests.factories import AgencyFactory, commune, province
from tests.plans.conftest import confirm_import, preview_as_superuser, preview_data
from tests.plans.reading import read_file, read_plan, task_document

D = datetime.date
ROUND = Path(__file__).parent / "import_corpus" / "round20b"
HEAD = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
        "Thời gian hoàn thành", "Ghi chú"]  # fmt: skip


def word_plan(*tables, bold_rows=()) -> bytes:
    """A Word plan: the title, "I. NHIỆM VỤ", then one table per item of
    `tables` (lists of rows), one right after the other, as a table cut by a
    page reads once its pages are tables of their own. A row given as one
    string is a row written across the whole table; rows whose first cell
    is in `bold_rows` are bold."""
    from tests.plans.import_corpus.word_writer import save

    doc = task_document()
    for rows in tables:
        width = max(len(r) for r in rows if not isinstance(r, str))
        t = doc.add_table(rows=0, cols=width)
        for row in rows:
            cells = t.add_row().cells
            if isinstance(row, str):
                cells = [cells[0].merge(cells[-1])]
                row = [row]
            for cell, value in zip(cells, row, strict=False):
                cell.text = value
                if row[0] in bold_rows or (len(row) == 1 and row[0] in bold_rows):
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
    return save(doc)


def tasks_of(data: bytes):
    plan = read_plan(data, "ke-hoach.docx")
    return [(t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks]


# ── F1: a table cut by the pages ──

ROW_1 = ["1", "Rà soát hồ sơ các tiêu chí", "Văn phòng - Thống kê", "Các thôn",
         "Quý I/2027", ""]  # fmt: skip
ROW_2 = ["2", "Tổ chức lễ hội đua ghe trên sông và các bến thuyền dọc bờ",
         "Phòng Văn hóa - Xã hội", "Các thôn", "Tháng 9/2027", ""]  # fmt: skip
CUT_TITLE = ["", "Hương Giang", "", "", "", ""]
ROW_3 = ["3", "Trồng cây xanh tuyến đường liên thôn", "Đoàn Thanh niên xã",
         "Hội Nông dân xã", "Quý IV/2027", ""]  # fmt: skip
FULL_2 = (
    "Tổ chức lễ hội đua ghe trên sông và các bến thuyền dọc bờ Hương Giang",
    "Phòng Văn hóa - Xã hội",
    ["Các thôn"],
    D(2027, 9, 30),
)
FIRST = ("Rà soát hồ sơ các tiêu chí", "Văn phòng - Thống kê", ["Các thôn"],
         D(2027, 3, 31))  # fmt: skip
THIRD = ("Trồng cây xanh tuyến đường liên thôn", "Đoàn Thanh niên xã",
         ["Hội Nông dân xã"], D(2027, 12, 31))  # fmt: skip


@pytest.mark.parametrize("repeated", [True, False], ids=["header", "no-header"])
@pytest.mark.parametrize(
    "after",
    [[], [["II", "LĨNH VỰC VĂN HÓA", "", "", "", ""], ROW_3], [ROW_3]],
    ids=["last-row", "group-after", "number-after"],
)
def test_a_row_with_no_number_after_a_page_joins_the_row_above(repeated, after):
    """ "Hương Giang" at the top of the next page, in capitals, is the end of
    row 2's title, whatever follows it: nothing (the table's last row), a
    group row "II", or row 3; under the repeated header or with none."""
    second = ([HEAD] if repeated else []) + [CUT_TITLE, *after]
    found = tasks_of(word_plan([HEAD, ROW_1, ROW_2], second))
    assert found[:2] == [FIRST, FULL_2]
    assert "Hương Giang" not in [title for title, *_ in found]
    if after:
        assert found[2:] == [THIRD]


def test_the_rest_of_a_lead_or_of_a_note_joins_its_row():
    cut = ["2", "Tổ chức lễ hội đua ghe", "Phòng Văn hóa -", "Các thôn",
           "Tháng 9/2027", "Báo cáo kết quả về"]  # fmt: skip
    rest = ["", "", "Xã hội", "", "", "UBND xã"]
    plan = read_plan(word_plan([HEAD, ROW_1, cut], [HEAD, rest]), "k.docx")
    second = plan.tasks[1]
    assert (second.title, second.lead_text) == (
        "Tổ chức lễ hội đua ghe",
        "Phòng Văn hóa - Xã hội",
    )
    assert "Báo cáo kết quả về UBND xã" in second.description
    assert len(plan.tasks) == 2


@pytest.mark.parametrize(
    "group",
    [
        "II. LĨNH VỰC VĂN HÓA",  # written across the row, bold
        ["", "II. Lĩnh vực văn hóa", "", "", "", ""],  # a section's number
        ["", "LĨNH VỰC VĂN HÓA", "", "", "", ""],  # capitals
    ],
    ids=["across", "numbered", "capitals"],
)
def test_a_group_row_opening_a_page_stays_a_group(group):
    bold = ("II. LĨNH VỰC VĂN HÓA",) if isinstance(group, str) else ()
    found = tasks_of(
        word_plan([HEAD, ROW_1, ROW_2], [HEAD, group, ROW_3], bold_rows=bold)
    )
    assert [title for title, *_ in found] == [
        "Rà soát hồ sơ các tiêu chí",
        "Tổ chức lễ hội đua ghe trên sông và các bến thuyền dọc bờ",
        "Trồng cây xanh tuyến đường liên thôn",
    ]


def test_a_plain_group_whose_numbers_start_again_is_its_own_row():
    # "Cấp xã" over rows numbered from 1 again: a group written plainly.
    again = ["1", "Tập huấn cán bộ xã", "Văn phòng - Thống kê", "", "Quý II/2027", ""]
    found = tasks_of(
        word_plan([HEAD, ROW_1, ROW_2], [HEAD, ["", "Cấp xã", "", "", "", ""], again])
    )
    assert "Tổ chức lễ hội đua ghe trên sông và các bến thuyền dọc bờ" in [
        title for title, *_ in found
    ]
    assert "Tập huấn cán bộ xã" in [title for title, *_ in found]


def test_a_group_row_written_across_a_table_is_no_task():
    """ "I. LĨNH VỰC KINH TẾ" merged across the whole row (its text where the
    STT column starts): the group of the rows under it, in a Word table as
    in a PDF."""
    found = tasks_of(
        word_plan([HEAD, "I. LĨNH VỰC KINH TẾ", ROW_1, "II. LĨNH VỰC XÃ HỘI", ROW_3])
    )
    assert found == [FIRST, THIRD]


def test_the_pdf_pages_of_round_20b_are_read_as_one_table():
    hue = read_file(ROUND / "r20b-so-vhtt-hue-bang-qua-trang.pdf")
    titles = [t.title for t in hue.tasks]
    assert len(titles) == 18 and "Hương Giang" not in titles
    cut = hue.tasks[13]
    assert cut.title.endswith("dọc đôi bờ Hương Giang")
    assert cut.coordinating_units == ["UBND các phường Kim Long, Hương Long"]
    # "STT" wrapped by its narrow column ("ST" / "T") still numbers the rows.
    assert [t.number for t in hue.tasks[13:15]] == ["14", "15"]
    quang_phu = read_file(ROUND / "r20b-xa-quang-phu-khong-lap-tieu-de.pdf")
    assert quang_phu.tasks[-1].title.endswith("tại 03 thôn Phú Hải, Đông Hưng, Hiền Sĩ")
    assert len(quang_phu.tasks) == 4
    quang_tri = read_file(ROUND / "r20b-vpdp-quang-tri-nhom-dau-trang.pdf")
    assert not [t for t in quang_tri.tasks if "LĨNH VỰC" in t.title]
    assert quang_tri.issuer_text == "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI"


# ── F2: abbreviated names with a comma inside ──


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở VH,TT&DL", ["Sở VH,TT&DL"]),
        ("Sở VH, TT&DL", ["Sở VH, TT&DL"]),
        ("Sở VHTT&DL", ["Sở VHTT&DL"]),
        ("Phòng VH,TT", ["Phòng VH,TT"]),
        ("Sở KH,CN", ["Sở KH,CN"]),
        ("Phòng VH,TT huyện", ["Phòng VH,TT huyện"]),
        ("Sở KH,CN; Viễn thông Đắk Lắk", ["Sở KH,CN", "Viễn thông Đắk Lắk"]),
        ("UBND các xã, Sở VH,TT&DL", ["UBND các xã", "Sở VH,TT&DL"]),
        ("Phòng VH, TT và Phòng Nội vụ", ["Phòng VH, TT", "Phòng Nội vụ"]),
        ("Sở Xây dựng, Sở Tài chính", ["Sở Xây dựng", "Sở Tài chính"]),
        # A body's own abbreviation after the comma stands alone.
        ("Phòng KT, UBND", ["Phòng KT", "UBND"]),
        ("Phòng VH, HTX Tân Tiến", ["Phòng VH", "HTX Tân Tiến"]),
        ("Phòng KT, BQLDA xã", ["Phòng KT", "BQLDA xã"]),
    ],
)
def test_an_abbreviated_name_with_a_comma_is_one_unit(text, expected):
    assert units(text) == expected


def test_the_abbreviations_with_a_comma_are_data_and_match_the_full_names():
    assert {"vh,tt&dl", "vh, tt&dl", "vhtt&dl", "kh,cn", "vh,tt"} <= set(ABBREVIATIONS)
    full = key("Sở Văn hóa, Thể thao và Du lịch")
    assert key("Sở VH,TT&DL") == key("Sở VH, TT&DL") == key("Sở VHTT&DL") == full
    assert key("Sở KH,CN") == key("Sở Khoa học và Công nghệ")
    assert key("Phòng VH,TT") == key("Phòng Văn hóa và Thông tin")


def test_an_abbreviated_lead_is_one_lead_and_a_real_list_two():
    table = [
        ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        ["1", "Hướng dẫn tiêu chí Văn hóa", "Sở VH,TT&DL", "Sở KH,CN, UBND các xã",
         "Quý I/2027"],
        ["2", "Xây dựng nhà văn hóa", "Sở Xây dựng, Sở Tài chính", "Sở VH, TT&DL",
         "Quý IV/2027"],
    ]  # fmt: skip
    plan = read_plan(word_plan(table), "k.docx")
    first, second = plan.tasks
    assert (first.lead_text, first.coordinating_units, first.co_leads) == (
        "Sở VH,TT&DL",
        ["Sở KH,CN", "UBND các xã"],
        [],
    )
    assert (second.lead_text, second.coordinating_units) == (
        "Sở Xây dựng",
        ["Sở Tài chính", "Sở VH, TT&DL"],
    )
    notes = " ".join(plan.notes)
    assert "cùng chủ trì (Sở Xây dựng; Sở Tài chính)" in notes
    assert "Sở VH;" not in notes and "TT&DL)" not in notes


def test_an_abbreviated_lead_in_a_bracket_and_on_a_line():
    plan = read_file(ROUND / "r20b-bcd-krong-pac-ngoac-viet-tat.txt")
    assert [(t.lead_text, t.coordinating_units) for t in plan.tasks[:3]] == [
        ("Phòng VH,TT", ["Trung tâm VH-TT&TT huyện", "UBND các xã"]),
        ("Phòng VH, TT", ["Sở VH,TT&DL", "UBND xã Ea Phê"]),
        ("Phòng VH,TT", ["Sở KH,CN", "Viễn thông Đắk Lắk"]),
    ]
    assert not plan.notes


# ── F3: a time in two columns ──


def two_row_header(sub: list[str], rows, *, over="Thời gian thực hiện") -> bytes:
    """STT | Nội dung | Chủ trì | Phối hợp merged down over two header rows,
    `over` merged across the two columns `sub` names."""
    from docx import Document

    from tests.plans.import_corpus.word_writer import save

    doc = Document()
    doc.add_paragraph("ỦY BAN NHÂN DÂN XÃ TÂN THÀNH")
    doc.add_paragraph("Số: 12/KH-UBND")
    doc.add_paragraph("Tân Thành, ngày 05 tháng 01 năm 2027")
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Thực hiện các tiêu chí năm 2027")
    doc.add_paragraph("I. NHIỆM VỤ")
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["STT", "Nội dung công việc", "Chủ trì", "Phối hợp"]):
        t.cell(0, i).merge(t.cell(1, i)).text = h
    t.cell(0, 4).merge(t.cell(0, 5)).text = over
    t.cell(1, 4).text, t.cell(1, 5).text = sub
    for row in rows:
        for cell, value in zip(t.add_row().cells, row, strict=True):
            cell.text = value
    doc.add_paragraph("TM. ỦY BAN NHÂN DÂN")
    doc.add_paragraph("CHỦ TỊCH")
    return save(doc)


WORKS = [
    ["1", "Cứng hóa đường thôn Đông", "Phòng Kinh tế", "Thôn Đông"],
    ["2", "Xây dựng 15 vườn mẫu", "Hội Nông dân xã", "Các thôn"],
    ["3", "Lắp camera an ninh", "Công an xã", ""],
]


@pytest.mark.parametrize(
    ("sub", "times", "spans"),
    [
        (
            ["Bắt đầu", "Hoàn thành"],
            [("01/2027", "06/2027"), ("Quý I/2027", "Quý IV/2027"),
             ("15/3/2027", "30/9/2027")],
            [(D(2027, 1, 1), D(2027, 6, 30)), (D(2027, 1, 1), D(2027, 12, 31)),
             (D(2027, 3, 15), D(2027, 9, 30))],
        ),
        (
            ["Từ", "Đến"],
            [("Tháng 2/2027", "Quý III/2027"), ("Quý II/2027", "15/8/2027"),
             ("01/4/2027", "04/2027")],
            [(D(2027, 2, 1), D(2027, 9, 30)), (D(2027, 4, 1), D(2027, 8, 15)),
             (D(2027, 4, 1), D(2027, 4, 30))],
        ),
        (
            ["Khởi công", "Hoàn thành"],
            [("T3/2027", "T9/2027"), ("Q2/2027", "Q3/2027"), ("05/2027", "05/2027")],
            [(D(2027, 3, 1), D(2027, 9, 30)), (D(2027, 4, 1), D(2027, 9, 30)),
             (D(2027, 5, 1), D(2027, 5, 31))],
        ),
    ],
    ids=["bat-dau", "tu-den", "khoi-cong"],
)  # fmt: skip
def test_a_start_column_gives_the_tasks_start(sub, times, spans):
    rows = [[*w, a, b] for w, (a, b) in zip(WORKS, times, strict=True)]
    plan = read_plan(two_row_header(sub, rows), "k.docx")
    assert [(t.starts_on, t.ends_on) for t in plan.tasks] == spans
    assert plan.tasks[0].time_text == f"{times[0][0]} – {times[0][1]}"
    assert [t.lead_text for t in plan.tasks] == [w[2] for w in WORKS]


def test_a_start_after_the_deadline_is_not_taken():
    rows = [[*WORKS[0], "09/2027", "06/2027"]]
    plan = read_plan(two_row_header(["Bắt đầu", "Hoàn thành"], rows), "k.docx")
    (task,) = plan.tasks
    assert task.ends_on == D(2027, 6, 30) and task.starts_on != D(2027, 9, 1)


def test_a_single_time_column_is_read_as_before():
    table = [["STT", "Nội dung", "Chủ trì", "Thời gian thực hiện"],
             ["1", "Cứng hóa đường thôn Đông", "Phòng Kinh tế", "06/2027"]]  # fmt: skip
    (task,) = read_plan(word_plan(table), "k.docx").tasks
    assert (task.starts_on, task.ends_on, task.time_text) == (
        D(2027, 6, 1),
        D(2027, 6, 30),
        "06/2027",
    )


def test_a_row_made_a_task_on_the_review_page_takes_both_times():
    source = [["1 | Cứng hóa đường", "", ["1", "Cứng hóa đường", "Phòng Kinh tế",
               "Thôn Đông", "01/2027", "06/2027"]]]  # fmt: skip
    tasks: list[dict] = []
    line_to_task(tasks, source, 0)
    (task,) = tasks
    assert (task["lead"], task["coordinating"], task["time_text"]) == (
        "Phòng Kinh tế",
        "Thôn Đông",
        "01/2027 – 06/2027",
    )
    assert (task["starts_on"], task["ends_on"]) == (D(2027, 1, 1), D(2027, 6, 30))


@pytest.mark.django_db
def test_the_preview_and_confirm_keep_the_start(client):
    tan_thanh = commune(province("Lạng Sơn"), "Tân Thành")
    AgencyFactory(area=tan_thanh, name="Ủy ban nhân dân xã Tân Thành")
    rows = [[*WORKS[0], "02/2027", "Quý III/2027"]]
    data = two_row_header(["Bắt đầu", "Hoàn thành"], rows)
    page = preview_as_superuser(client, data, name="kh.docx", area=tan_thanh)
    posted = preview_data(page)
    assert (posted["tasks-0-starts_on"], posted["tasks-0-ends_on"]) == (
        "01/02/2027",
        "30/09/2027",
    )
    task = confirm_import(client, posted).tasks.get()
    assert (task.starts_on, task.ends_on) == (D(2027, 2, 1), D(2027, 9, 30))
    assert task.time_text == "02/2027 – Quý III/2027"


# ── the measure ──


def test_a_start_is_measured_only_where_the_expected_result_gives_one(tmp_path):
    source = ROUND / "r20b-xa-hoa-thang-bat-dau-hoan-thanh.docx"
    expected = tomllib.loads(source.with_suffix(".toml").read_text("utf-8"))
    plan = read_file(source)
    assert quality.measure(plan, expected).scores["starts"].recall == 1.0
    # One start wrong: the score falls.
    expected["tasks"][0]["start"] = "2027-02-01"
    wrong = quality.measure(plan, expected).scores["starts"]
    assert wrong.hits == 4 and wrong.expected == 5 and wrong.found == 5
    # No start expected anywhere: nothing counted, though the tasks have one.
    for task in expected["tasks"]:
        task.pop("start")
    none = quality.measure(plan, expected).scores["starts"]
    assert (none.found, none.expected) == (0, 0)
    assert "starts" in quality.FIELDS and "round20b" in quality.SETS
