"""Weak readings the last session left (issue 18, "Weak, left for the next
engineer"), each tried on plans that are in no corpus: labels after a task's
first sentence on its numbered line; a lead with a bracket that names its
official or only a role; a place-date with no "ngày"; an impossible date;
two full dates in one time; several bodies named as one lead."""

from __future__ import annotations

import datetime

import pytest

from ntm.documents import read_document
from plans.document_import.parser import parse

D = datetime.date


def text_plan(body: str, *, date: str = "Hương Khê, ngày 10 tháng 01 năm 2027"):
    head = (
        "ỦY BAN NHÂN DÂN\nXÃ HƯƠNG KHÊ\nSố: 07/KH-UBND\n"
        f"{date}\n\nKẾ HOẠCH\nXây dựng nông thôn mới năm 2027\n\nI. NHIỆM VỤ\n"
    )
    return parse(read_document("ke-hoach.txt", (head + body).encode("utf-8")))


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
