"""The family a third blind hold-out of ordinary plans read badly (round
27o, docs/import-quality.md), tried on plans that are in no corpus: the
official of a task in a leader's column that is the table's only person
column ("Lãnh đạo Sở phụ trách", "Lãnh đạo UBND xã phụ trách", "PCT phụ
trách", "Lãnh đạo chỉ đạo"), and in the task's own prose ("…; giao đồng
chí Name, post theo dõi.", "… . Đồng chí Name - post trực tiếp chỉ
đạo.")."""

from __future__ import annotations

import pytest

from plans.document_import import quality
from tests.documents.docx_parts import tbl, tc
from tests.plans.reading import by_title, plan_of, read_plan, word_plan


def leader_table(*heads: str) -> str:
    people = [
        ("Đ/c Trần Hồng Quân, Phó Giám đốc", "Đ/c Lê Thị Thu - công chức Kinh tế"),
        ("Đ/c Nguyễn Hữu Tình - PCT", "Đ/c Phạm Văn Long - công chức Văn hóa - Xã hội"),
    ]
    return tbl(
        [tc(h) for h in ("TT", "Nội dung công việc", "Đơn vị chủ trì", *heads,
                         "Thời gian hoàn thành")],  # fmt: skip
        [tc("1"), tc("Lắp 30 cột đèn đường liên thôn"), tc("Phòng Kinh tế"),
         *[tc(person) for person in people[0][: len(heads)]], tc("Tháng 9/2026")],
        [tc("2"), tc("Thành lập câu lạc bộ văn nghệ thôn Nà Khoang"),
         tc("Đoàn Thanh niên xã"),
         *[tc(person) for person in people[1][: len(heads)]], tc("Quý IV/2026")],
    )  # fmt: skip


@pytest.mark.parametrize(
    "head",
    [
        "Lãnh đạo Sở phụ trách",
        "Lãnh đạo UBND xã phụ trách",
        "Lãnh đạo chỉ đạo",
        "PCT phụ trách",
    ],
)
def test_a_leaders_column_alone_names_the_official(head):
    tasks = by_title(read_plan(word_plan(leader_table(head)), "ke-hoach.docx"))
    lights = tasks["Lắp 30 cột đèn đường liên thôn"]
    assert lights.lead_text == "Phòng Kinh tế"
    assert lights.official_text == "Trần Hồng Quân, Phó Giám đốc"
    club = tasks["Thành lập câu lạc bộ văn nghệ thôn Nà Khoang"]
    assert club.official_text == "Nguyễn Hữu Tình - PCT"


def test_beside_an_advising_official_the_leader_goes_to_the_description():
    table = leader_table("Lãnh đạo chỉ đạo", "Công chức tham mưu")
    tasks = by_title(read_plan(word_plan(table), "ke-hoach.docx"))
    lights = tasks["Lắp 30 cột đèn đường liên thôn"]
    assert lights.official_text == "Lê Thị Thu - công chức Kinh tế"
    assert "Lãnh đạo phụ trách: Đ/c Trần Hồng Quân, Phó Giám đốc" in lights.description


def test_the_next_sentence_names_who_directs_the_task():
    plan = plan_of(
        "1. Giao Phòng Kinh tế chủ trì xây dựng 02 mô hình trồng chè an toàn, "
        "hoàn thành trước ngày 30/4/2026. Đồng chí Vàng Seo Pháo - Phó Chủ tịch "
        "UBND xã trực tiếp chỉ đạo.\n"
        "2. Giao Ủy ban MTTQ Việt Nam xã chủ trì vận động nhân dân hiến đất làm "
        "đường, hoàn thành trước ngày 30/9/2026. Giao đ/c Nguyễn Thị Hoa - Phó "
        "Chủ tịch UBMTTQ xã theo dõi.\n"
    )
    tasks = by_title(plan)
    tea = tasks["Xây dựng 02 mô hình trồng chè an toàn"]
    assert tea.lead_text == "Phòng Kinh tế"
    assert str(tea.ends_on) == "2026-04-30"
    assert tea.official_text == "Vàng Seo Pháo - Phó Chủ tịch UBND xã"
    land = tasks["Vận động nhân dân hiến đất làm đường"]
    assert land.official_text == "Nguyễn Thị Hoa - Phó Chủ tịch UBMTTQ xã"
    assert len(plan.tasks) == 2


@pytest.mark.parametrize(
    "tail, official",
    [
        (
            "; giao đồng chí Lý Văn Chu, công chức Phòng Kinh tế theo dõi.",
            "Lý Văn Chu, công chức Phòng Kinh tế",
        ),
        (
            "; đồng chí Giàng Seo Dình - Phó Chủ tịch UBND xã phụ trách.",
            "Giàng Seo Dình - Phó Chủ tịch UBND xã",
        ),
        (
            ". Đồng chí Lồ Thị Sa, công chức Văn hóa - Xã hội giúp việc.",
            "Lồ Thị Sa, công chức Văn hóa - Xã hội",
        ),
        ("; giao đ/c Vù Thị Dợ, Bí thư Đoàn xã đôn đốc.", "Vù Thị Dợ, Bí thư Đoàn xã"),
        (
            "; đồng chí Sần Thị Mai, công chức Văn hóa - Xã hội tham mưu theo dõi.",
            "Sần Thị Mai, công chức Văn hóa - Xã hội",
        ),
        # A name and no title of address (persons.person_and_post knows it).
        (
            "; giao Lý Văn Chu, công chức Phòng Kinh tế theo dõi.",
            "Lý Văn Chu, công chức Phòng Kinh tế",
        ),
        # A post and no name: the post as written (docs/import.md).
        (". Đồng chí Chủ tịch UBND xã chỉ đạo chung.", "Chủ tịch UBND xã"),
    ],  # fmt: skip
)
def test_a_unit_headings_item_ends_on_who_follows_it(tail, official):
    plan = plan_of(
        "Nhiệm vụ cụ thể của từng đơn vị tại phần III.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Phòng Kinh tế\n"
        f"- Hướng dẫn 08 hộ, cơ sở chế biến chè đăng ký cấp Giấy chứng nhận, "
        f"trước ngày 31/10/2026{tail}\n"
    )
    (task,) = plan.tasks
    assert (
        task.title == "Hướng dẫn 08 hộ, cơ sở chế biến chè đăng ký cấp Giấy chứng nhận"
    )
    assert task.lead_text == "Phòng Kinh tế"
    assert str(task.ends_on) == "2026-10-31"
    assert task.official_text == official


@pytest.mark.parametrize(
    "tail",
    [
        "; giao Phòng Kinh tế theo dõi.",
        "; Văn phòng HĐND và UBND xã theo dõi, đôn đốc.",
    ],
)
def test_a_body_that_follows_the_task_is_no_official(tail):
    plan = plan_of(
        "1. Giao Hội Nông dân xã chủ trì tập huấn kỹ thuật chăm sóc chè cho 150 "
        f"hộ, hoàn thành trước ngày 30/6/2026{tail}\n"
    )
    (task,) = plan.tasks
    assert task.title == "Tập huấn kỹ thuật chăm sóc chè cho 150 hộ"
    assert task.lead_text == "Hội Nông dân xã"
    assert str(task.ends_on) == "2026-06-30"
    assert task.official_text == ""
    assert tail.strip("; .").removeprefix("giao ") in task.description


def test_a_sentence_that_ends_on_following_is_no_person_unless_it_names_one():
    plan = plan_of(
        "1. Giao Phòng Văn hóa - Xã hội chủ trì tổ chức công khai kết quả bình xét hộ "
        "nghèo để nhân dân theo dõi, hoàn thành trước ngày 30/6/2026.\n"
    )
    (task,) = plan.tasks
    assert (
        task.title == "Tổ chức công khai kết quả bình xét hộ nghèo để nhân dân theo dõi"
    )
    assert task.official_text == ""


def test_round27o_is_a_default_set():
    assert "round27o" in quality.SETS
