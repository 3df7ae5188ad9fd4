"""Mends of the reviewer's findings on sets f39h and earlier: a budget
split in two columns keeps the group rows across the table, each sum named
by the header's own last row; a staff table's groups and its look-alikes;
a PDF's recipients label; a note naming a person keeps the rest."""

from __future__ import annotations

import pytest

from plans.document_import.bracketed import person_in_brackets
from tests.documents.docx_parts import tbl, tc
from tests.plans.reading import read_plan, word_plan


def _row(*cells):
    return [tc(c) for c in cells]


def _split_budget_table(*above):
    """A task table whose "Kinh phí" is merged over "Ngân sách | Huy
    động", group rows written across it; `above`: rows over its header."""
    head1 = [
        *(
            tc(t, vmerge="restart")
            for t in ("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian")
        ),
        tc("Kinh phí (triệu đồng)", span=2),
    ]
    head2 = [
        *(tc("", vmerge="continue") for _ in range(4)),
        tc("Ngân sách"),
        tc("Huy động"),
    ]
    return tbl(
        *above,
        head1,
        head2,
        [tc("I. LĨNH VỰC HẠ TẦNG GIAO THÔNG", span=6)],
        _row("1", "Làm đường thôn Đông", "UBND xã", "Tháng 6/2026", "120", "30"),
        _row("2", "Sửa cầu thôn Tây", "Ban quản lý", "Quý III/2026", "50", ""),
        [tc("II. LĨNH VỰC VĂN HÓA XÃ HỘI", span=6)],
        _row("1", "Sửa nhà văn hóa thôn Bắc", "UBND xã", "Quý IV/2026", "", ""),
    )  # fmt: skip


def test_group_rows_across_a_split_budget_are_groups_not_tasks():
    plan = read_plan(word_plan(_split_budget_table()), "kh.docx")
    assert [t.title for t in plan.tasks] == [
        "Làm đường thôn Đông",
        "Sửa cầu thôn Tây",
        "Sửa nhà văn hóa thôn Bắc",
    ]
    road, bridge, hall = plan.tasks
    assert road.budget_text == "Ngân sách: 120; Huy động: 30"
    assert bridge.budget_text == "Ngân sách: 50"
    assert not hall.budget_text


def test_a_split_budget_under_a_header_below_a_title_row_is_named_by_its_last_row():
    title = [tc("Đơn vị tính: triệu đồng", span=6)]
    plan = read_plan(word_plan(_split_budget_table(title)), "kh.docx")
    road = next(t for t in plan.tasks if t.title == "Làm đường thôn Đông")
    assert road.budget_text == "Ngân sách: 120; Huy động: 30"


def _noted(note):
    head = _row("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian", "Ghi chú")
    row = _row(
        "1", "Ra quân làm đường thôn Đông", "Đoàn Thanh niên xã", "Tháng 6/2026", note
    )
    return read_plan(word_plan(tbl(head, row)), "kh.docx").tasks[0]


def test_a_note_naming_a_person_keeps_what_else_it_says():
    task = _noted("Anh Lò Văn Thắng, Bí thư Chi đoàn phụ trách, phối hợp Hội Nông dân")
    assert task.official_text == "Lò Văn Thắng"
    assert "phối hợp Hội Nông dân" in task.description


def test_a_note_that_is_only_the_person_and_their_part_is_no_description():
    task = _noted("Đ/c Trần Đình Hải phụ trách")
    assert task.official_text == "Trần Đình Hải"
    assert "Trần Đình Hải" not in task.description


def test_a_staff_tables_group_naming_no_body_is_a_group_and_gives_no_lead():
    plan = read_plan(
        word_plan(
            tbl(
                _row("STT", "Họ và tên", "Chức vụ", "Nhiệm vụ được giao", "Thời hạn"),
                [tc("1. Văn phòng Điều phối nông thôn mới xã", span=5)],
                _row(
                    "1",
                    "Triệu Văn Đức",
                    "Chánh Văn phòng",
                    "Tham mưu tổng kết",
                    "Quý IV/2026",
                ),
                [tc("2. Nhiệm vụ chung", span=5)],
                _row(
                    "2", "Lê Văn Tám", "Chuyên viên", "Theo dõi tiến độ", "Quý III/2026"
                ),
            )  # fmt: skip
        ),
        "kh.docx",
    )
    assert [t.title for t in plan.tasks] == ["Tham mưu tổng kết", "Theo dõi tiến độ"]
    summing, following = plan.tasks
    assert summing.lead_text == "Văn phòng Điều phối nông thôn mới xã"
    assert following.official_text == "Lê Văn Tám"
    assert following.lead_text != summing.lead_text


def test_a_list_of_beneficiaries_by_village_is_no_staff_table():
    plan = read_plan(
        word_plan(
            tbl(
                _row(
                    "STT",
                    "Họ và tên",
                    "Thôn",
                    "Nội dung hỗ trợ",
                    "Kinh phí (triệu đồng)",
                ),
                [tc("1. Thôn Đông", span=5)],
                _row("1", "Nguyễn Văn An", "Đông", "Xây mới nhà ở", "40"),
                _row("2", "Lê Thị Bình", "Đông", "Sửa chữa nhà ở", "20"),
                [tc("2. Thôn Tây", span=5)],
                _row("3", "Trần Văn Cường", "Tây", "Sửa chữa nhà ở", "20"),
            )  # fmt: skip
        ),
        "kh.docx",
    )
    assert not any(t.lead_text in ("Thôn Đông", "Thôn Tây") for t in plan.tasks)


@pytest.mark.parametrize(
    "text",
    [
        "Trùng tu khu di tích thành (Cổ Loa Đông Anh)",
        "Tu bổ đền thờ ở thôn Đông (Bà Chúa Xứ)",
        "Đặt tên đường mới của xã (Ông Ích Khiêm)",
    ],
)
def test_a_titles_word_opening_a_places_or_a_spirits_name_names_no_one(text):
    assert person_in_brackets(text) == (text, {})


def test_a_title_of_address_before_a_persons_name_in_brackets_is_the_official():
    assert person_in_brackets("Kiểm tra vệ sinh chợ xã (Ông Lê Văn Tâm)") == (
        "Kiểm tra vệ sinh chợ xã",
        {"official": "Lê Văn Tâm"},
    )
