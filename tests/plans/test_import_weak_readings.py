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
