"""The families a blind hold-out (round 32, docs/import-quality.md) read
badly, tried on plans that are in no corpus: a task table whose columns
are named in a village's or a union's plain words ("Việc cần làm | Ai làm
chính | Ai cùng làm | Người theo dõi | Bắt đầu | Xong trước"), in every
format, its first column not always "STT"; and a leader's column ("Lãnh
đạo phụ trách") merged down over several tasks: the merged cell's person
is the official of every row it spans."""

from __future__ import annotations

import pytest

from plans.document_import.table_columns import column_role
from tests.documents.docx_parts import tbl, tc
from tests.plans.reading import by_title, plan_of, read_plan, word_plan


@pytest.mark.parametrize(
    ("head", "role"),
    [
        ("Việc cần làm", "content"),
        ("Việc làm", "content"),
        ("Những việc cần làm", "content"),
        ("Ai làm chính", "lead"),
        ("Ai làm", "lead"),
        ("Người làm", "lead"),
        ("Ai thực hiện", "lead"),
        ("Ai cùng làm", "coordinating"),
        ("Cùng làm", "coordinating"),
        ("Ai giúp", "coordinating"),
        ("Người giúp", "coordinating"),
        ("Người theo dõi", "official"),
        ("Theo dõi", "official"),
        ("Ai theo dõi", "official"),
        ("Người phụ trách", "official"),
        ("Bắt đầu", "start"),
        ("Từ ngày", "start"),
        ("Khi nào làm", "start"),
        ("Xong trước", "time"),
        ("Khi nào xong", "time"),
        ("Ngày xong", "time"),
        ("Hạn", "time"),
        ("Hạn chót", "time"),
        ("Đến ngày", "time"),
    ],
)
def test_a_plain_word_names_its_column(head, role):
    assert column_role(head) == role


ROWS = [
    ("Đổ bê tông 800 m đường ngõ xóm Pác Bó", "Tổ xây dựng thôn", "Các hộ hưởng lợi",
     "Hoàng Văn Sình (Trưởng thôn)", "01/4/2027", "30/6/2027"),
    ("Làm 20 nhà tiêu hợp vệ sinh", "Chi hội Phụ nữ thôn", "Y tế thôn",
     "Lý Thị Mai", "", "hằng tháng"),
]  # fmt: skip


def _check(plan):
    tasks = by_title(plan)
    road = tasks["Đổ bê tông 800 m đường ngõ xóm Pác Bó"]
    assert road.lead_text == "Tổ xây dựng thôn"
    assert road.coordinating_text == "Các hộ hưởng lợi"
    assert road.official_text.startswith("Hoàng Văn Sình")
    assert str(road.starts_on) == "2027-04-01"
    assert str(road.ends_on) == "2027-06-30"
    toilets = tasks["Làm 20 nhà tiêu hợp vệ sinh"]
    assert toilets.lead_text == "Chi hội Phụ nữ thôn"
    assert toilets.official_text == "Lý Thị Mai"
    assert toilets.ends_on is not None


HEADS = ("Việc cần làm", "Ai làm", "Ai giúp", "Theo dõi", "Từ ngày", "Khi nào xong")


def test_a_markdown_table_of_plain_words_without_a_number_column():
    lines = ["| " + " | ".join(HEADS) + " |", "|" + "---|" * len(HEADS)]
    lines += ["| " + " | ".join(row) + " |" for row in ROWS]
    _check(plan_of("\n".join(lines) + "\n", "ke-hoach.md"))


def test_a_word_table_of_plain_words_with_a_number_column():
    heads = ("STT", "Việc làm", "Người làm", "Cùng làm", "Người theo dõi", "Bắt đầu",
             "Hạn")  # fmt: skip
    table = tbl(
        [tc(h) for h in heads],
        *[[tc(str(i)), *[tc(v) for v in row]] for i, row in enumerate(ROWS, 1)],
    )
    _check(read_plan(word_plan(table), "ke-hoach.docx"))


def test_a_merged_leaders_cell_is_the_official_of_every_row_it_spans():
    heads = ("TT", "Nội dung", "Chủ trì", "Lãnh đạo phụ trách", "Thời gian")
    table = tbl(
        [tc(h) for h in heads],
        [tc("1"), tc("Cứng hóa 2 km đường trục thôn Nà Hin"), tc("Phòng Kinh tế"),
         tc("Đ/c Hoàng Văn Lường - PCT UBND xã", vmerge="restart"), tc("Quý II/2027")],
        [tc("2"), tc("Nạo vét 1,5 km kênh mương Phja Khao"), tc("Phòng Kinh tế"),
         tc("", vmerge="continue"), tc("Quý III/2027")],
        [tc("3"), tc("Sửa chữa nhà văn hóa thôn Bản Cháng"), tc("Phòng Văn hóa - Xã hội"),
         tc("", vmerge="continue"), tc("Quý IV/2027")],
    )  # fmt: skip
    tasks = by_title(read_plan(word_plan(table), "ke-hoach.docx"))
    for title in (
        "Cứng hóa 2 km đường trục thôn Nà Hin",
        "Nạo vét 1,5 km kênh mương Phja Khao",
        "Sửa chữa nhà văn hóa thôn Bản Cháng",
    ):
        assert "Hoàng Văn Lường" in tasks[title].official_text, title
