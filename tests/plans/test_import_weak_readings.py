"""Weak readings the last session left (issue 18, "Weak, left for the next
engineer"), each tried on plans that are in no corpus: labels after a task's
first sentence on its numbered line; a lead with a bracket that names its
official or only a role; a place-date with no "ngày"; an impossible date;
two full dates in one time; several bodies named as one lead."""

from __future__ import annotations

import datetime

import pytest

from tests.plans.reading import read_plan

D = datetime.date


def text_plan(body: str, *, date: str = "Hương Khê, ngày 10 tháng 01 năm 2027"):
    head = (
        "ỦY BAN NHÂN DÂN\nXÃ HƯƠNG KHÊ\nSố: 07/KH-UBND\n"
        f"{date}\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm 2027\n\nI. NHIỆM VỤ\n"
    )
    return read_plan(head + body)


# ── 1. labels after the first sentence on the numbered line ──


@pytest.mark.parametrize(
    "line",
    [
        "1. Làm đường bê tông thôn 3. Chủ trì: Phòng Kinh tế; phối hợp: Thôn 3; "
        "thời hạn: 30/6/2027.",
        "1. Làm đường bê tông thôn 3. Chủ trì - Phòng Kinh tế; phối hợp - Thôn 3; "
        "thời hạn - 30/6/2027.",
        "1. Làm đường bê tông thôn 3. Chủ trì – Phòng Kinh tế; phối hợp – Thôn 3; "
        "thời hạn: 30/6/2027.",
        "1. Làm đường bê tông thôn 3. Đơn vị chủ trì: Phòng Kinh tế; phối hợp: "
        "Thôn 3; thời hạn: 30/6/2027.",
    ],
)
def test_labels_after_the_first_sentence_of_a_numbered_line(line):
    (task,) = text_plan(line + "\n").tasks
    assert task.title == "Làm đường bê tông thôn 3"
    assert task.lead_text == "Phòng Kinh tế"
    assert task.coordinating_units == ["Thôn 3"]
    assert task.ends_on == D(2027, 6, 30)


@pytest.mark.parametrize(
    "line",
    [
        "1. Làm đường. Chủ trì: Phòng Kinh tế",
        "1. Làm đường. Chủ trì - Phòng Kinh tế.",
        "1. Làm đường. Đơn vị chủ trì: Phòng Kinh tế; thời hạn: 30/6/2027.",
    ],
)
def test_a_very_short_title_keeps_its_lead(line):
    (task,) = text_plan(line + "\n").tasks
    assert (task.title, task.lead_text) == ("Làm đường", "Phòng Kinh tế")


def test_a_dash_after_a_heading_word_is_no_label():
    """Only who does the work and when take a dash for a colon: "Nội dung -
    …" is no label, and the task keeps its whole text."""
    (task,) = text_plan(
        "1. Tuyên truyền nội dung - ý nghĩa của Chương trình. Chủ trì: Phòng "
        "Văn hóa - Xã hội.\n"
    ).tasks
    assert task.title == "Tuyên truyền nội dung - ý nghĩa của Chương trình"
    assert task.lead_text == "Phòng Văn hóa - Xã hội"


# ── 2. a bracket after the lead: the official, or only a role ──


@pytest.mark.parametrize(
    ("body", "official"),
    [
        ("Chủ trì: Phòng Kinh tế (cán bộ phụ trách)\n", ""),
        ("Đơn vị chủ trì: Phòng Kinh tế (công chức phụ trách)\n", ""),
        ("Chủ trì: Phòng Kinh tế (công chức)\n", ""),
        (
            "Chủ trì: Phòng Kinh tế (công chức phụ trách: Nguyễn Văn A)\n",
            "Nguyễn Văn A",
        ),
        (
            "Giao: Phòng Kinh tế (cán bộ phụ trách) chủ trì, phối hợp Thôn 3\n",
            "",
        ),
    ],
)
def test_a_bracket_after_the_lead_names_its_official_or_is_dropped(body, official):
    (task,) = text_plan("1. Làm đường bê tông thôn 3\n" + body).tasks
    assert task.lead_text == "Phòng Kinh tế"
    assert task.official_text == official


@pytest.mark.parametrize(
    ("line", "official"),
    [
        (
            "1. Làm đường bê tông thôn 3 (Phòng Kinh tế (cán bộ phụ trách) chủ trì, "
            "phối hợp Thôn 3).",
            "",
        ),
        (
            "1. Làm đường bê tông thôn 3. Chủ trì: Phòng Kinh tế (công chức phụ "
            "trách: Nguyễn Văn A); phối hợp: Thôn 3.",
            "Nguyễn Văn A",
        ),
        (
            "1. Làm đường bê tông thôn 3. Đơn vị chủ trì: Phòng Kinh tế (cán bộ "
            "phụ trách); phối hợp: Thôn 3; thời hạn: 31/10/2027.",
            "",
        ),
    ],
)
def test_a_bracket_inside_the_tasks_own_line(line, official):
    (task,) = text_plan(line + "\n").tasks
    assert task.title == "Làm đường bê tông thôn 3"
    assert (task.lead_text, task.official_text) == ("Phòng Kinh tế", official)
    assert task.coordinating_units == ["Thôn 3"]


def test_a_bracket_in_a_lead_column():
    (first, second) = text_plan(
        "TT\tNội dung\tChủ trì\tPhối hợp\tThời gian\n"
        "1\tLàm đường bê tông thôn 3\tPhòng Kinh tế (cán bộ phụ trách)\tThôn 3\t"
        "Quý II/2027\n"
        "2\tLàm đường bê tông thôn 4\tPhòng Kinh tế (công chức phụ trách: Nguyễn "
        "Văn A)\tThôn 4\tQuý III/2027\n"
    ).tasks
    assert (first.lead_text, first.official_text) == ("Phòng Kinh tế", "")
    assert (second.lead_text, second.official_text) == ("Phòng Kinh tế", "Nguyễn Văn A")


def test_a_bracket_that_names_no_one_stays_with_the_unit():
    """ "(cũ)", a bracket of neither a person nor a role, is not read."""
    (task,) = text_plan(
        "1. Làm đường bê tông thôn 3\nChủ trì: Phòng Kinh tế (huyện cũ)\n"
    ).tasks
    assert task.lead_text == "Phòng Kinh tế (huyện cũ)"
    assert task.official_text == ""


# ── 3. a place and date with no "ngày" ──


@pytest.mark.parametrize(
    ("line", "day", "month", "year"),
    [
        ("Kỳ Anh, 05/01/2027", D(2027, 1, 5), None, None),
        ("Kỳ Anh, 5-1-2027", D(2027, 1, 5), None, None),
        ("Kỳ Anh, 05.01.2027", D(2027, 1, 5), None, None),
        # No day: a month and year, as "ngày   tháng 01 năm 2027" is read
        # (never the first of the month).
        ("Kỳ Anh, tháng 01 năm 2027", None, 1, 2027),
        ("Kỳ Anh, tháng 01/2027", None, 1, 2027),
        ("Kỳ Anh, tháng   năm 2027", None, None, 2027),
    ],
)
def test_a_place_date_with_no_ngay(line, day, month, year):
    plan = text_plan(
        "1. Làm đường bê tông thôn 3. Chủ trì: Phòng Kinh tế.\n", date=line
    )
    assert plan.place == "Kỳ Anh"
    assert (plan.issued_on, plan.issue_month, plan.issue_year) == (day, month, year)
    assert plan.tasks[0].lead_text == "Phòng Kinh tế"
    assert all(s.used for s in plan.source if s.text == line)


def test_a_date_in_a_sentence_is_no_place_date():
    plan = text_plan(
        "1. Làm đường bê tông thôn 3. Chủ trì: Phòng Kinh tế.\n",
        date="Căn cứ Kế hoạch số 05/KH-UBND, 05/01/2027",
    )
    assert (plan.place, plan.issued_on) == ("", None)


# ── 4. an impossible date ──


def test_an_impossible_date_in_a_time_sets_no_date_and_says_so():
    plan = text_plan(
        "1. Làm đường bê tông thôn 3\nChủ trì: Phòng Kinh tế\nThời gian: 12/30/2026\n"
        "2. Nạo vét kênh\nChủ trì: Phòng Kinh tế\n"
        "Thời gian: trong năm 2027, trước ngày 31/6/2027\n"
    )
    first, second = plan.tasks
    assert (first.starts_on, first.ends_on) == (None, None)
    assert (second.starts_on, second.ends_on) == (None, None)
    assert first.time_text == "12/30/2026"
    assert any("“12/30/2026” không có thật" in n for n in plan.notes)
    assert any("“31/6/2027” không có thật" in n for n in plan.notes)


def test_an_impossible_date_is_flagged_beside_its_task():
    from plans.document_import.proposal import TaskProposal

    (task,) = text_plan(
        "1. Làm đường bê tông thôn 3\nChủ trì: Phòng Kinh tế\nThời gian: 12/30/2026\n"
    ).tasks
    flags = TaskProposal(parsed=task).flags
    assert any("12/30/2026" in flag for flag in flags), flags


@pytest.mark.parametrize(
    "line", ["Hương Khê, ngày 12/30/2026", "Hương Khê, 12/30/2026"]
)
def test_an_impossible_header_date_keeps_only_its_year_and_says_so(line):
    plan = text_plan(
        "1. Làm đường bê tông thôn 3. Chủ trì: Phòng Kinh tế.\n", date=line
    )
    assert (plan.issued_on, plan.issue_month, plan.issue_year) == (None, None, 2026)
    assert any("12/30/2026" in n for n in plan.notes)


def test_an_impossible_date_of_a_basis_is_left_empty_and_said():
    plan = text_plan(
        "1. Làm đường bê tông thôn 3. Chủ trì: Phòng Kinh tế.\n",
        date="Hương Khê, ngày 10 tháng 01 năm 2027\n\nKẾ HOẠCH\nLàm đường năm 2027\n"
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 12/30/2026 của UBND tỉnh;",
    )
    (basis,) = plan.bases
    assert (basis.number, basis.issued_on) == ("05/KH-UBND", None)
    assert any("05/KH-UBND" in n and "12/30/2026" in n for n in plan.notes)


# ── 5. two full dates in one time ──


@pytest.mark.parametrize(
    "time",
    [
        "ngày 30/4/2027 và 2/9/2027",
        "30/4 và 2/9/2027",
        "30/4/2027, 2/9/2027",
        "trước ngày 30/4/2027 và ngày 2/9/2027",
    ],
)
def test_two_days_in_one_time_are_due_by_the_later(time):
    (task,) = text_plan(
        f"1. Tổ chức ra quân vệ sinh môi trường\nChủ trì: Đoàn Thanh niên xã\n"
        f"Thời gian: {time}\n"
    ).tasks
    assert task.ends_on == D(2027, 9, 2)
    assert task.time_text == time  # the wording is kept


def test_two_days_with_a_dash_are_a_range():
    (task,) = text_plan(
        "1. Tổ chức ra quân vệ sinh môi trường\nChủ trì: Đoàn Thanh niên xã\n"
        "Thời gian: 15/3/2027 - 15/5/2027\n"
    ).tasks
    assert (task.starts_on, task.ends_on) == (D(2027, 3, 15), D(2027, 5, 15))


# ── 6. several bodies named as the lead ──


@pytest.mark.parametrize(
    "line",
    [
        "1. Xây dựng tuyến đường hoa kiểu mẫu. Giao Phòng Kinh tế, Phòng Văn hóa - "
        "Xã hội chủ trì.",
        "1. Xây dựng tuyến đường hoa kiểu mẫu. Chủ trì: Phòng Kinh tế, Phòng Văn "
        "hóa - Xã hội; phối hợp: Đoàn Thanh niên xã.",
    ],
)
def test_several_leads_the_first_leads_and_the_others_take_part(line):
    """A task has one lead (plans.models.PlanTask.lead_agency), and a
    mature product never makes one agency of two names nor silently drops
    one: the first body named leads, the others are coordinating, before
    any partner the document names; the task keeps every lead it was given
    (`co_leads`) and the preview flags it for the user to check."""
    from plans.document_import.proposal import TaskProposal

    plan = text_plan(line + "\n")
    (task,) = plan.tasks
    assert task.title == "Xây dựng tuyến đường hoa kiểu mẫu"
    assert task.lead_text == "Phòng Kinh tế"
    assert task.coordinating_units[0] == "Phòng Văn hóa - Xã hội"
    assert task.co_leads == ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"]
    assert any("cùng chủ trì" in f for f in TaskProposal(parsed=task).flags)
    assert any("cùng chủ trì" in n for n in plan.notes)


@pytest.mark.parametrize(
    "lead",
    [
        "Trung tâm Văn hóa, Thể thao và Truyền thông huyện",
        "Phòng Văn hóa, Khoa học và Thông tin",
        "UBND các xã Hòa Lạc, Tân Thành",
        # One kind of body in two places, the second written in lower case
        # (the lead's round 18 hold-out).
        "Ban phát triển thôn Phú Hải, thôn Phú Lộc",
    ],
)
def test_one_name_with_a_comma_is_one_lead(lead):
    (task,) = text_plan(
        f"1. Xây dựng tuyến đường hoa kiểu mẫu\nChủ trì: {lead}\n"
    ).tasks
    assert (task.lead_text, task.co_leads) == (lead, [])


def test_who_and_when_after_a_dash_on_their_own_lines():
    (task,) = text_plan(
        "1. Làm đường bê tông thôn 3\nChủ trì - Phòng Kinh tế\nPhối hợp – Thôn 3\n"
        "Thời gian - Quý II/2027\n"
    ).tasks
    assert (task.lead_text, task.coordinating_units) == ("Phòng Kinh tế", ["Thôn 3"])
    assert task.ends_on == D(2027, 6, 30)


@pytest.mark.parametrize(
    ("line", "lead", "coordinating"),
    [
        (
            "1. Giao Phòng Kinh tế, Phòng Văn hóa - Xã hội chủ trì xây dựng tuyến "
            "đường hoa kiểu mẫu.",
            "Phòng Kinh tế",
            ["Phòng Văn hóa - Xã hội"],
        ),
        (
            "1. Giao Đoàn Thanh niên xã chủ trì xây dựng tuyến đường hoa kiểu mẫu.",
            "Đoàn Thanh niên xã",
            [],
        ),
    ],
)
def test_an_item_that_opens_by_assigning_its_work(line, lead, coordinating):
    (task,) = text_plan(line + "\n").tasks
    assert task.title == "Xây dựng tuyến đường hoa kiểu mẫu"
    assert (task.lead_text, task.coordinating_units) == (lead, coordinating)


def test_an_assignment_to_people_is_no_lead():
    """ "Giao các hộ gia đình chủ trì …" names no body: the line stays the
    task's name."""
    (task,) = text_plan(
        "1. Giao các hộ gia đình chủ trì trồng hàng rào xanh trước nhà.\n"
    ).tasks
    assert task.title.startswith("Giao các hộ gia đình")
