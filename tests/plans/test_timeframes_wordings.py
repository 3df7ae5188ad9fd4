"""Time wordings officials write that the import read as no time, or as the
wrong span: quarters in Arabic figures, "T6/2027" in a sentence, a year of
two digits, several periods in one cell, a span across the new year, the
lunar new year (Tết). Each is read into the dates the plan's weekly entry
and dashboards use; the wording itself is kept as written elsewhere."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.timeframes import lunar_new_year, time_range

D = datetime.date


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Quý 2/2027", (D(2027, 4, 1), D(2027, 6, 30))),
        ("Quý 2 năm 2027", (D(2027, 4, 1), D(2027, 6, 30))),
        ("quý 1, 2 năm 2027", (D(2027, 1, 1), D(2027, 6, 30))),
        ("quý 1 và quý 2 năm 2027", (D(2027, 1, 1), D(2027, 6, 30))),
        ("Quý II và Quý IV/2027", (D(2027, 4, 1), D(2027, 12, 31))),
        ("hoàn thành T6/2027", (D(2027, 6, 1), D(2027, 6, 30))),
        ("Q3/2027", (D(2027, 7, 1), D(2027, 9, 30))),
        ("01/2027", (D(2027, 1, 1), D(2027, 1, 31))),
        ("Đợt 1: tháng 4/2027; đợt 2: tháng 9/2027", (D(2027, 4, 1), D(2027, 9, 30))),
        ("tháng 10 và tháng 11/2027", (D(2027, 10, 1), D(2027, 11, 30))),
        ("Tháng 11/2027 - tháng 01/2028", (D(2027, 11, 1), D(2028, 1, 31))),
        ("Quý IV/2027 - Quý I/2028", (D(2027, 10, 1), D(2028, 3, 31))),
        ("tháng 01/2027 - 6/2027", (D(2027, 1, 1), D(2027, 6, 30))),
        ("2027-2028", (D(2027, 1, 1), D(2028, 12, 31))),
        ("Năm 2027 và các năm tiếp theo", (D(2027, 1, 1), D(2027, 12, 31))),
        ("hết năm 2027", (D(2027, 1, 1), D(2027, 12, 31))),
        ("Xong trước 20/11/27", (D(2027, 11, 20), D(2027, 11, 20))),
    ],
)
def test_a_wording_gives_its_span(text, span):
    assert time_range(text, default_year=2027) == span


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Trước Tết Nguyên đán 2027", D(2027, 2, 5)),
        ("trước Tết Nguyên đán 2027 để người dân vui xuân", D(2027, 2, 5)),
        ("Hoàn thành trước Tết Đinh Mùi", D(2027, 2, 5)),
        ("dịp Tết Nguyên đán năm 2028", D(2028, 1, 25)),
        # No year named: the plan's year.
        ("trước Tết", D(2027, 2, 5)),
    ],
)
def test_before_tet_is_the_eve_of_the_lunar_new_year(text, due):
    assert time_range(text, default_year=2027) == (None, due)


def test_tree_planting_festival_is_no_deadline():
    # "Tết trồng cây" is a spring campaign, not the lunar new year.
    assert time_range("Phát động Tết trồng cây", default_year=2027) is None


def test_the_lunar_new_year_is_known_only_for_the_years_held():
    assert lunar_new_year(2026) == D(2026, 2, 17)
    assert lunar_new_year(2035) == D(2035, 2, 8)
    assert lunar_new_year(2000) is None
    assert time_range("trước Tết", default_year=2000) is None


def test_a_fraction_of_criteria_is_no_date():
    # "19/19 tiêu chí" and "đạt 2/3" stay figures, not days.
    assert time_range("đạt 19/19 tiêu chí", default_year=2027) is None
