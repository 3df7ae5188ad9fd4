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


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("HỘI NÔNG DÂN TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("BCH HỘI NÔNG DÂN XÃ NAM HẢI LĂNG", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 07/KH-HND", "Nam Hải Lăng, ngày 10 tháng 12 năm 2026"),
        ("ĐẢNG BỘ XÃ EA KAR", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ],
)
def test_a_header_line_of_two_columns_apart_by_spaces_is_two_lines(left, right):
    from ntm.documents import read_document

    for gap in ("   ", "            "):
        document = read_document("ke-hoach.txt", f"{left}{gap}{right}\n".encode())
        assert [b.text for b in document.paragraphs] == [left, right]


def test_a_text_wide_apart_in_the_body_stays_one_line():
    from ntm.documents import read_document

    line = "Tổng kinh phí      120 triệu đồng"
    document = read_document("ke-hoach.txt", line.encode())
    assert [b.text for b in document.paragraphs] == [line]


def test_the_issuer_of_a_header_pasted_from_zalo_is_its_own_line():
    text = """Gửi các đ/c chi hội trưởng kế hoạch, đọc kỹ nhé

HỘI NÔNG DÂN HUYỆN CAM LỘ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH HỘI NÔNG DÂN XÃ CAM THÀNH            Độc lập - Tự do - Hạnh phúc
   Số:  05/KH-HND
                                    Cam Thành, ngày 02 tháng 3 năm 2027

KẾ HOẠCH
Ra quân làm thủy lợi nội đồng năm 2027

I. NHIỆM VỤ
1. Nạo vét 3 km kênh mương nội đồng. Chi hội Nông dân thôn An Mỹ chủ trì; thời gian: tháng 4/2027.
"""
    plan = read_plan(text, "zalo.txt")
    assert plan.issuer_text == "BCH HỘI NÔNG DÂN XÃ CAM THÀNH"
    assert plan.number == "05"
