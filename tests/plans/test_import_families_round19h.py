"""The families the lead's hold-out of round 19 read badly (round 19h,
docs/import-quality.md), tried on plans that are in no corpus: works headed
"Công trình 1:" / "Hạng mục 1:" / "Dự án 1:" with their labelled lines
and a date in words."""

from __future__ import annotations

import datetime

import pytest

from ntm.documents import read_document
from plans.document_import import labels
from plans.document_import.parser import parse

D = datetime.date


def text_plan(body: str):
    return parse(read_document("ke-hoach.txt", body.encode("utf-8")))


HEAD = """UBND XÃ SƠN KIM
BAN QUẢN LÝ XÂY DỰNG NTM
Số: 04/KH-BQL
Sơn Kim, ngày 09 tháng 01 năm 2027

KẾ HOẠCH
Xây dựng các công trình năm 2027

"""


@pytest.mark.parametrize("word", ["Công trình", "Hạng mục", "Dự án", "CÔNG TRÌNH"])
def test_a_work_heading_is_a_task_with_its_labelled_lines(word):
    plan = text_plan(
        HEAD
        + "I. DANH MỤC\n"
        + f"{word} 1: Đường bê tông thôn Kim Lộc\n"
        + "Quy mô: dài 900 m, rộng 3 m.\n"
        + "Đơn vị thực hiện: Tổ giám sát cộng đồng.\n"
        + "Đơn vị phối hợp: Ban phát triển thôn Kim Lộc, Đoàn Thanh niên xã.\n"
        + "Hoàn thành: ngày 30 tháng 6 năm 2027.\n"
        + f"{word} 2: Nhà văn hóa thôn Kim Hoa\n"
        + "Đơn vị thực hiện: Công chức Địa chính - Xây dựng.\n"
        + "Hoàn thành: ngày 5 tháng 10 năm 2027.\n"
    )
    assert [
        (t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks
    ] == [
        (
            "Đường bê tông thôn Kim Lộc",
            "Tổ giám sát cộng đồng",
            ["Ban phát triển thôn Kim Lộc", "Đoàn Thanh niên xã"],
            D(2027, 6, 30),
        ),
        (
            "Nhà văn hóa thôn Kim Hoa",
            "Công chức Địa chính - Xây dựng",
            [],
            D(2027, 10, 5),
        ),
    ]


def test_a_section_that_names_works_holds_tasks_even_one():
    # "II. CÁC HẠNG MỤC DUY TU" over a single work: the heading names what
    # numbers its tasks, so the one work under it is a task.
    plan = text_plan(
        HEAD
        + "I. CÁC DỰ ÁN\n"
        + "Dự án 1: Cầu dân sinh thôn Kim Lộc\n"
        + "Đơn vị thực hiện: Tổ giám sát cộng đồng.\n"
        + "Hoàn thành: ngày 31 tháng 8 năm 2027.\n"
        + "II. CÁC HẠNG MỤC DUY TU\n"
        + "Hạng mục 1: Sửa chữa mặt đường liên thôn\n"
        + "Đơn vị thực hiện: Hợp tác xã Sơn Kim.\n"
        + "Hoàn thành: ngày 15 tháng 5 năm 2027.\n"
    )
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("Cầu dân sinh thôn Kim Lộc", "Tổ giám sát cộng đồng", D(2027, 8, 31)),
        ("Sửa chữa mặt đường liên thôn", "Hợp tác xã Sơn Kim", D(2027, 5, 15)),
    ]


def test_the_words_that_number_a_task_are_data():
    assert {"Nhiệm vụ", "Công trình", "Hạng mục", "Dự án"} <= set(
        labels.LABELS["item"]["words"]
    )


def test_a_work_word_in_a_sentence_numbers_nothing():
    # "Công trình 2 tầng …" has no mark after its figure: no heading.
    plan = text_plan(
        HEAD
        + "I. NHIỆM VỤ\n"
        + "1. Xây dựng nhà văn hóa xã. Chủ trì: Phòng Kinh tế; thời hạn: 30/9/2027.\n"
        + "Công trình 2 tầng, diện tích 300 m2.\n"
        + "2. Lát sân nhà văn hóa. Chủ trì: Phòng Kinh tế; thời hạn: 30/11/2027.\n"
    )
    assert [t.title for t in plan.tasks] == [
        "Xây dựng nhà văn hóa xã",
        "Lát sân nhà văn hóa",
    ]
