"""The families a village board's draft pasted from Zalo (round 31,
08_ban_na_tau.txt) read badly (round 31v, docs/import-quality.md), tried on
plans that are in no corpus: the person in a bracket or after a dash
behind the body in charge, addressed as a village writes ("(anh Lò Văn
Pọm)", "(chị Cầm Thị Ín)", "- anh …"), is the task's official and the body
its lead; a task line whose sentence holds a ";" before its labelled one
in charge is one task; a draft's note on its own line under the title
("(Dự thảo lần 2)") is no part of the title."""

from __future__ import annotations

import pytest

from tests.plans.reading import read_plan

HEAD = """UBND XÃ CHIỀNG MAI
BAN PHÁT TRIỂN BẢN HUA LA
Số: 04/KH-BPT
Hua La, ngày 10 tháng 3 năm 2027
KẾ HOẠCH
Xây dựng bản Hua La văn minh năm 2027
{note}
I. MỤC TIÊU
Bản đạt chuẩn khu dân cư văn hóa.
II. CÁC VIỆC CẦN LÀM
"""
TAIL = """+ Sửa mương nội đồng Nà Hạ. Phụ trách: Tổ thủy lợi bản. Thời gian: tháng 4/2027
III. TỔ CHỨC THỰC HIỆN
Các tổ chức trong bản triển khai.
TM. BAN PHÁT TRIỂN BẢN
TRƯỞNG BAN
Lò Văn Tiến
"""


def first_task(line: str, note: str = ""):
    plan = read_plan(HEAD.format(note=note) + line + "\n" + TAIL)
    assert len(plan.tasks) == 2, [t.title for t in plan.tasks]
    return plan.tasks[0]


# ── 1. the person after the body, addressed as "anh", "chị" ──


@pytest.mark.parametrize(
    ("who", "lead", "official"),
    [
        ("Chi đoàn thanh niên bản (anh Lò Văn Pọm)", "Chi đoàn thanh niên bản", "Lò Văn Pọm"),
        ("Chi hội Phụ nữ bản (chị Cầm Thị Ín)", "Chi hội Phụ nữ bản", "Cầm Thị Ín"),
        ("Trưởng bản (anh Lò Văn Tiến)", "Trưởng bản", "Lò Văn Tiến"),
        ("Chi đoàn thanh niên bản - anh Lò Văn Pọm", "Chi đoàn thanh niên bản", "Lò Văn Pọm"),
        ("Chi hội Nông dân bản, chị Lường Thị Xuân", "Chi hội Nông dân bản", "Lường Thị Xuân"),
    ],
)  # fmt: skip
def test_a_person_addressed_after_the_body_is_the_official(who, lead, official):
    task = first_task(
        f"+ Dạy bà con cài ứng dụng VNeID. Phụ trách: {who}. Thời gian: 6/2027"
    )
    assert (task.lead_text, task.official_text) == (lead, official)


def test_a_body_whose_name_opens_on_chi_is_no_person():
    task = first_task(
        "+ Dạy bà con cài ứng dụng VNeID. Phụ trách: Tổ công nghệ số bản - "
        "Chi đoàn thanh niên bản. Thời gian: 6/2027"
    )
    assert task.official_text == ""


# ── 2. a ";" in the sentence of a line that names its one in charge ──


@pytest.mark.parametrize(
    "labels",
    [
        "Phụ trách: Chi hội Phụ nữ bản (bà Cầm Thị Ín). Thời gian: trước 25/8/2027",
        "Chủ trì: Chi hội Phụ nữ bản. Thời gian: trước 25/8/2027",
        "Phụ trách: Chi hội Phụ nữ bản",
    ],
)
def test_a_semicolon_before_the_one_in_charge_joins_one_tasks_clauses(labels):
    task = first_task(
        "+ Khôi phục đội xòe, đội văn nghệ bản; tập luyện chuẩn bị giao lưu "
        f"dịp Tết Độc lập. {labels}"
    )
    assert task.title == (
        "Khôi phục đội xòe, đội văn nghệ bản; tập luyện chuẩn bị giao lưu dịp "
        "Tết Độc lập"
    )
    assert task.lead_text == "Chi hội Phụ nữ bản"


# ── 4. a draft's note under the title ──


@pytest.mark.parametrize(
    "note",
    [
        "(Dự thảo lần 2)",
        "(DỰ THẢO - xin ý kiến các hộ trong nhóm Zalo bản)",
        "(Bản góp ý)",
        "(Dự thảo xin ý kiến nhân dân)",
    ],
)
def test_a_drafts_note_under_the_title_is_no_part_of_it(note):
    plan = read_plan(HEAD.format(note=note) + TAIL)
    assert plan.title == "Xây dựng bản Hua La văn minh năm 2027"


def test_a_bracket_that_is_no_drafts_note_stays_in_the_title():
    plan = read_plan(HEAD.format(note="(giai đoạn 2027 - 2028)") + TAIL)
    assert plan.title == "Xây dựng bản Hua La văn minh năm 2027 (giai đoạn 2027 - 2028)"
