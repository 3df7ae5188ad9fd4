"""The family a second blind hold-out of ordinary plans read badly (round
26d, docs/import-quality.md), tried on plans that are in no corpus: the
person who follows a task in a column headed "Đồng chí phụ trách" or
"Thành viên BCĐ phụ trách", in brackets on the lead cell's second line
("(ông … - Trưởng thôn)"), or after the lead inside a who-bracket
("Chủ trì: X, công chức phụ trách: Name; …")."""

from __future__ import annotations

import pytest

from plans.document_import import quality
from plans.document_import.units import names_a_person
from tests.documents.docx_parts import tbl, tc
from tests.plans.reading import by_title, lines_cell, plan_of, read_plan, word_plan


def column_table(official_head: str) -> str:
    return tbl(
        [tc(h) for h in ("TT", "Nội dung công việc", "Đơn vị chủ trì",
                         official_head, "Thời gian hoàn thành")],  # fmt: skip
        [tc("1"), tc("Lắp 30 cột đèn đường liên thôn"), tc("Phòng Kinh tế"),
         tc("Đ/c Cao Văn Lực - Phó Chủ tịch UBND xã"), tc("Tháng 9/2026")],
        [tc("2"), tc("Thành lập câu lạc bộ văn nghệ thôn Nà Khoang"),
         tc("Đoàn Thanh niên xã"), tc("đ/c Hà Thị Mơ – Bí thư Chi đoàn"),
         tc("Quý IV/2026")],
    )  # fmt: skip


@pytest.mark.parametrize(
    "head",
    [
        "Đồng chí phụ trách",
        "Thành viên BCĐ phụ trách",
        "Thành viên Ban Chỉ đạo phụ trách",
    ],  # fmt: skip
)
def test_a_member_in_charge_column_names_the_official(head):
    plan = read_plan(word_plan(column_table(head)), "ke-hoach.docx")
    tasks = by_title(plan)
    lights = tasks["Lắp 30 cột đèn đường liên thôn"]
    assert lights.lead_text == "Phòng Kinh tế"
    assert lights.official_text == "Cao Văn Lực - Phó Chủ tịch UBND xã"
    club = tasks["Thành lập câu lạc bộ văn nghệ thôn Nà Khoang"]
    assert club.official_text == "Hà Thị Mơ – Bí thư Chi đoàn"


def test_a_person_in_brackets_under_the_lead_is_the_official():
    table = tbl(
        [tc(h) for h in ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp",
                         "Thời gian thực hiện")],  # fmt: skip
        [tc("1"), tc("Mở rộng đường ngõ xóm thôn Khuổi Hẩu"),
         lines_cell("Ban phát triển thôn Khuổi Hẩu", "(ông Nông Văn Dũng - Trưởng thôn)"),
         tc("Ủy ban MTTQ Việt Nam xã"), tc("Quý III/2026")],
        [tc("2"), tc("Trồng 500 cây xanh tại khu trung tâm xã"),
         lines_cell("Đoàn Thanh niên xã", "(bà Lục Thị Yến - Bí thư Đoàn xã)"),
         tc("Hội Cựu chiến binh xã"), tc("Tháng 4/2026")],
    )  # fmt: skip
    tasks = by_title(read_plan(word_plan(table), "ke-hoach.docx"))
    road = tasks["Mở rộng đường ngõ xóm thôn Khuổi Hẩu"]
    assert road.lead_text == "Ban phát triển thôn Khuổi Hẩu"
    assert road.official_text == "Nông Văn Dũng - Trưởng thôn"
    trees = tasks["Trồng 500 cây xanh tại khu trung tâm xã"]
    assert trees.lead_text == "Đoàn Thanh niên xã"
    assert trees.official_text == "Lục Thị Yến - Bí thư Đoàn xã"


def test_mr_or_mrs_in_lower_case_before_a_name_names_a_person():
    assert names_a_person("ông Nông Văn Dũng - Trưởng thôn")
    assert names_a_person("Bà Lục Thị Yến")
    assert not names_a_person("ông bà con nhân dân")


def test_the_official_labelled_after_the_lead_in_a_who_bracket():
    plan = plan_of(
        "1. Số hóa sổ hộ tịch giai đoạn 2015-2020 (Chủ trì: Văn phòng HĐND và "
        "UBND xã, công chức phụ trách: Hoàng Thị Duyên; phối hợp: Công an xã; "
        "thời gian: tháng 8/2026)\n"
        "2. Kiểm tra an toàn thực phẩm bếp ăn trường học (Chủ trì: Trạm Y tế "
        "xã; cán bộ theo dõi: Vi Văn Tuấn; thời gian: quý III/2026)\n"
    )
    tasks = by_title(plan)
    books = tasks["Số hóa sổ hộ tịch giai đoạn 2015-2020"]
    assert books.lead_text == "Văn phòng HĐND và UBND xã"
    assert books.official_text == "Hoàng Thị Duyên"
    assert books.coordinating_units == ["Công an xã"]
    food = tasks["Kiểm tra an toàn thực phẩm bếp ăn trường học"]
    assert food.lead_text == "Trạm Y tế xã"
    assert food.official_text == "Vi Văn Tuấn"


def test_round26d_is_a_default_set():
    assert "round26d" in quality.SETS
