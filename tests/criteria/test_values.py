"""One required value as appendices print it (criteria.loading.values): the
family of real writings is read; what cannot be read without guessing is
refused with the reason."""

from decimal import Decimal

import pytest

from criteria.loading.values import ValueUnreadable, parse_value, units_agree

READ = [
    # (cell, comparator, number, unit, wording kept, marks)
    ("≥ 80%", "gte", "80", "%", "≥ 80%", ()),
    ("≥80 %", "gte", "80", "%", "≥80 %", ()),
    (">= 80%", "gte", "80", "%", ">= 80%", ()),
    ("từ 80% trở lên", "gte", "80", "%", "từ 80% trở lên", ()),
    ("Từ 80% trở lên", "gte", "80", "%", "Từ 80% trở lên", ()),
    ("đạt từ 80% trở lên", "gte", "80", "%", "đạt từ 80% trở lên", ()),
    ("tối thiểu 80%", "gte", "80", "%", "tối thiểu 80%", ()),
    ("80% trở lên", "gte", "80", "%", "80% trở lên", ()),
    ("100%", "gte", "100", "%", "100%", ()),
    ("≤ 24%", "lte", "24", "%", "≤ 24%", ()),
    ("tối đa 5%", "lte", "5", "%", "tối đa 5%", ()),
    ("không quá 5%", "lte", "5", "%", "không quá 5%", ()),
    ("dưới 10%", "lt", "10", "%", "dưới 10%", ()),
    ("trên 50%", "gt", "50", "%", "trên 50%", ()),
    ("≤ 16,5%", "lte", "16.5", "%", "≤ 16,5%", ()),
    ("≥ 1.000 m²", "gte", "1000", "m²", "≥ 1.000 m²", ()),
    ("≥ 45 triệu đồng/người/năm", "gte", "45", "triệu đồng/người/năm", None, ()),
    ("≥ 95% (≥ 35% nước sạch)", "gte", "95", "%", "≥ 95% (≥ 35% nước sạch)", ()),
    ("≥ 01 công trình", "gte", "1", "công trình", "≥ 01 công trình", ()),
    ("≥ 80%(*)", "gte", "80", "%", "≥ 80%", ("*",)),
    ("≥ 90%(1)", "gte", "90", "%", "≥ 90%", ("1",)),
    ("≥ 16,5%¹", "gte", "16.5", "%", "≥ 16,5%", ("1",)),
    ("≥ 70% [2]", "gte", "70", "%", "≥ 70%", ("2",)),
]


@pytest.mark.parametrize("cell,comparator,number,unit,text,marks", READ)
def test_levels_written_many_ways_are_read_alike(
    cell, comparator, number, unit, text, marks
):
    value = parse_value(cell)
    assert value.comparator == comparator
    assert value.number == Decimal(number)
    assert value.unit == unit
    assert value.text == (cell if text is None else text)
    assert value.marks == marks


@pytest.mark.parametrize(
    "cell,comparator,text",
    [
        ("Đạt", "met", "Đạt"),
        ("đạt", "met", "đạt"),
        ("Có", "met", "Có"),
        ("Đạt (*)", "met", "Đạt"),
        ("Không", "none", "Không"),
        ("Không có", "none", "Không có"),
        ("Do UBND cấp tỉnh quy định", "delegated", "Do UBND cấp tỉnh quy định"),
        ("Theo quy định của UBND tỉnh", "delegated", "Theo quy định của UBND tỉnh"),
        ("Có quy hoạch được phê duyệt", "text", "Có quy hoạch được phê duyệt"),
    ],
)
def test_worded_levels(cell, comparator, text):
    value = parse_value(cell)
    assert (value.comparator, value.number, value.text) == (comparator, None, text)


@pytest.mark.parametrize("cell", ["", "  ", "-", "–", "—", "…"])
def test_an_empty_cell_has_no_level(cell):
    assert parse_value(cell) is None


@pytest.mark.parametrize(
    "cell,reason",
    [
        ("80%", "không ghi rõ là tối thiểu hay tối đa"),
        ("45", "không ghi rõ là tối thiểu hay tối đa"),
        ("tám mươi phần trăm", "ghi mức bằng chữ"),
        ("từ tám mươi phần trăm trở lên", "ghi mức bằng chữ"),
        ("≥ 80% trở xuống", "hai phép so sánh khác nhau"),
        ("tối đa 5% trở lên", "vừa ghi tối thiểu vừa ghi tối đa"),
        ("≥ 8o%", "không đọc được mức yêu cầu"),
        ("≥ 1,2,3%", "không phải là số"),
    ],
)
def test_what_cannot_be_read_says_why(cell, reason):
    with pytest.raises(ValueUnreadable) as error:
        parse_value(cell)
    assert reason in str(error.value)
    assert f"“{cell}”" in str(error.value) or "“" in str(error.value)


def test_units_agree_by_prefix_and_only_then():
    assert units_agree("%", "%")
    assert units_agree("triệu đồng/người/năm", "triệu đồng")
    assert units_agree("", "km") and units_agree("%", "")
    assert not units_agree("%", "km")
    assert not units_agree("triệu đồng/người/năm", "%")
