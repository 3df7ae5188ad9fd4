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


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # Other festivals called "Tết …" keep their own day, or none.
        ("dịp Tết trồng cây", None),
        ("dịp Tết Trung thu 2027", None),
        ("trước Tết Đoan ngọ", None),
        ("dịp Tết Thiếu nhi 1/6/2027", (None, D(2027, 6, 1))),
        ("trước Tết Độc lập 2/9/2027", (None, D(2027, 9, 2))),
        # After Tết is no deadline; a year the table does not hold is none,
        # not the plan's year.
        ("sau Tết", None),
        ("trước Tết Giáp Thìn 2024", None),
        ("trước Tết Tân Hợi", (None, D(2031, 1, 22))),
    ],
)
def test_only_the_lunar_new_year_is_tet(text, span):
    assert time_range(text, default_year=2027) == span


def test_the_lunar_new_year_is_known_only_for_the_years_held():
    assert lunar_new_year(2026) == D(2026, 2, 17)
    assert lunar_new_year(2035) == D(2035, 2, 8)
    assert lunar_new_year(2000) is None
    assert time_range("trước Tết", default_year=2000) is None


@pytest.mark.parametrize(
    "text", ["đạt 19/19 tiêu chí", "đạt 2/3 số hộ", "tỷ lệ 1/2/10 hộ"]
)
def test_a_fraction_is_no_date(text):
    assert time_range(text, default_year=2027) is None
