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
