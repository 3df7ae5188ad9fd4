"""Gaps found after round 14 (docs/import-quality.md), tried on documents
that are in no corpus: a bracket's two-digit month ("tháng 11/2027") beside
partners whose names hold commas ("các sở, ngành"); "2/ 15 hộ …", a number
typed with a slash before a figure; and official letters (công văn) that
hand work down to their addressees ("Kính gửi: …")."""

from __future__ import annotations

import datetime

import pytest

from ntm.documents import read_document
from plans.document_import.meaning import _inline
from plans.document_import.outline import marker
from plans.document_import.parser import parse
from tests.plans.test_import_families import plan_of

D = datetime.date


@pytest.mark.parametrize("month", ["10", "11", "12"])
@pytest.mark.parametrize(
    "partners", ["các sở, ngành", "các sở, ban, ngành", "các phòng, ban"]
)
def test_a_brackets_two_digit_month_is_its_time_beside_partners_with_commas(
    month, partners
):
    """ "(Chi cục X chủ trì, phối hợp các sở, ngành; tháng 11/2027)": the
    month after the partners is the task's time (a month of two digits was
    no time word, so the clause was dropped)."""
    text, found = _inline(
        "Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao "
        f"(Chi cục Phát triển nông thôn chủ trì, phối hợp {partners}; "
        f"tháng {month}/2027)."
    )
    assert (
        text == "Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao."
    )
    assert found == {
        "lead": "Chi cục Phát triển nông thôn",
        "coordinating": partners,
        "time": f"tháng {month}/2027",
    }


def test_a_task_whose_bracket_ends_in_november_ends_in_november():
    plan = plan_of(
        "1. Hướng dẫn hoàn thiện hồ sơ (UBND các xã, phường chủ trì; tháng 12/2027).\n"
        "2. Kiểm tra hồ sơ (Phòng Kinh tế chủ trì, phối hợp các phòng, ban; tháng 11/2027).\n"
    )
    rows = [(t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks]
    assert rows == [
        ("UBND các xã, phường", [], D(2027, 12, 31)),
        ("Phòng Kinh tế", ["các phòng, ban"], D(2027, 11, 30)),
    ]


@pytest.mark.parametrize(
    "line, rest",
    [
        (
            "2/ 15 hộ nghèo được hỗ trợ sửa chữa nhà ở.",
            "15 hộ nghèo được hỗ trợ sửa chữa nhà ở.",
        ),
        (
            "3/ 2,5 km đường trục thôn được cứng hóa.",
            "2,5 km đường trục thôn được cứng hóa.",
        ),
        ("4/ 100% hộ dân dùng nước sạch.", "100% hộ dân dùng nước sạch."),
    ],
)
def test_a_number_typed_with_a_slash_before_a_figure_is_a_marker(line, rest):
    """ "2/ 15 hộ …": item 2 (15 is no month), where "30/ 6 hoàn thành …"
    stays a date (test_a_slash_with_no_space_after_it_is_no_marker)."""
    assert marker(line) == ("dec1", line[0], rest)


@pytest.mark.parametrize(
    "line",
    [
        "30/ 6 hoàn thành thu gom rác thải.",
        "15/ 10/2027 nghiệm thu công trình.",
        "1/ 2 số hộ",
    ],
)
def test_a_day_and_its_month_after_a_slash_stay_text(line):
    assert marker(line)[0] == "text"


def test_slash_numbers_before_figures_are_tasks_and_a_day_is_not():
    """In a list typed "1/ … 2/ … 3/ …", "2/ 5 hộ …" (a day and month by its
    look) is item 2 since it follows item 1; "30/ 6 …" under item 3 is that
    item's text."""
    plan = plan_of(
        "1/ Hỗ trợ xây mới nhà ở cho hộ nghèo.\n"
        "2/ 5 hộ cận nghèo được hỗ trợ sửa chữa nhà ở.\n"
        "3/ 15 hộ được vay vốn phát triển sản xuất.\n"
        "30/ 6 hoàn thành giải ngân.\n"
    )
    rows = [(t.number, t.title) for t in plan.tasks]
    assert rows == [
        ("1", "Hỗ trợ xây mới nhà ở cho hộ nghèo"),
        ("2", "5 hộ cận nghèo được hỗ trợ sửa chữa nhà ở"),
        ("3", "15 hộ được vay vốn phát triển sản xuất"),
    ]
    assert "30/ 6 hoàn thành giải ngân" in plan.tasks[2].description
