"""Time frames of round 31d: a range of months or days with its year written
once ("tháng 3 đến tháng 10/2027", "15/4 đến 30/9/2026"), recurring days
("Chủ nhật tuần cuối mỗi tháng"), lunar days and months ("rằm tháng
Giêng", "tháng Chạp", "tháng 3/2027 (âm lịch)") and a blank day ("ngày
/9/2027") that must give no date."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.timeframes import time_range

D = datetime.date
PLAN_DAY = D(2027, 2, 1)


def _read(text: str):
    return time_range(text, default_year=2027, today=PLAN_DAY)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("tháng 3 đến tháng 10/2027", (D(2027, 3, 1), D(2027, 10, 31))),
        ("Tháng 3 đến tháng 10 năm 2027", (D(2027, 3, 1), D(2027, 10, 31))),
        ("từ tháng 3 đến hết tháng 8 năm 2027", (D(2027, 3, 1), D(2027, 8, 31))),
        ("từ tháng 5 đến tháng 11 năm 2026", (D(2026, 5, 1), D(2026, 11, 30))),
        ("tháng 4 – tháng 8 năm 2027", (D(2027, 4, 1), D(2027, 8, 31))),
        ("từ tháng 4 - tháng 8/2027", (D(2027, 4, 1), D(2027, 8, 31))),
        ("T3 đến T10/2027", (D(2027, 3, 1), D(2027, 10, 31))),
        ("tháng 5 đến cuối tháng 7/2027", (D(2027, 5, 1), D(2027, 7, 31))),
        ("từ tháng 11 đến tháng 02/2028", (D(2027, 11, 1), D(2028, 2, 29))),
        ("15/4 đến 30/9/2026", (D(2026, 4, 15), D(2026, 9, 30))),
        ("15/4 - 30/9 năm 2026", (D(2026, 4, 15), D(2026, 9, 30))),
        ("ngày 15 - 30/9/2027", (D(2027, 9, 15), D(2027, 9, 30))),
    ],
)
def test_a_range_with_its_year_written_once(text, span):
    assert _read(text) == span


@pytest.mark.parametrize(
    "text",
    [
        "Chủ nhật tuần cuối mỗi tháng",
        "Tuần đầu mỗi quý",
        "Ngày 15 hằng tháng",
        "hàng quý",
        "từng tháng",
        "Định kỳ hằng quý",
        # A count of times is no month's number.
        "Mỗi tháng 01 lần",
        "02 lần/quý",
    ],
)
def test_recurring_work_runs_over_the_plan_year(text):
    assert _read(text) == (D(2027, 1, 1), D(2027, 12, 31))


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("rằm tháng Giêng", D(2027, 2, 20)),
        ("mùng 10 tháng Giêng", D(2027, 2, 15)),
        ("trước Tết âm lịch 2027", D(2027, 2, 5)),
        # The twelfth month ends on the eve of the next Tết; of the lunar
        # year written ("năm 2027": Đinh Mùi's, ending in 2028).
        ("tháng Chạp", D(2027, 2, 5)),
        ("trong tháng Chạp năm 2027", D(2028, 1, 25)),
    ],
)
def test_a_lunar_day_the_new_year_gives(text, due):
    assert _read(text)[1] == due


def test_the_twelfth_month_after_the_plan_date_is_the_next_one():
    later = D(2027, 3, 5)
    assert time_range("tháng Chạp", default_year=2027, today=later) == (
        later,
        D(2028, 1, 25),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tháng 3/2027 (âm lịch)",
        "15/8 (ÂL)",
        "23 tháng Chạp",
        "tháng Giêng",
        "ngày   /9/2027",
        "trước ngày ... /9/2027",
        "ngày …/…/2027",
    ],
)
def test_no_date_for_what_the_calendar_does_not_give(text):
    assert _read(text) is None


def test_a_well_is_no_lunar_month():
    assert _read("Nạo vét 20 giếng nước, hoàn thành trước 30/6/2027")[1] == D(
        2027, 6, 30
    )


@pytest.mark.parametrize("cell", ["mỗi tháng 01 lần", "02 lần/quý", "từng quý"])
def test_a_recurring_cell_is_a_time_cell(cell):
    from ntm.text import fold
    from plans.document_import.timeframes import TIME_CELL

    assert TIME_CELL.fullmatch(fold(cell))


# ── A list whose last item is its time: "A; B; thường xuyên." ──

_HEAD = """ỦY BAN NHÂN DÂN XÃ TÂN AN
Số: 21/KH-UBND
Tân An, ngày 04 tháng 3 năm 2027
KẾ HOẠCH
Bảo vệ môi trường năm 2027
I. MỤC ĐÍCH
Giữ gìn vệ sinh môi trường.
II. NHIỆM VỤ
1. Công an xã
"""
_TAIL = """III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn An
"""


@pytest.mark.parametrize(
    ("item", "due"),
    [
        ("- Xử lý vi phạm về rác thải; khai thác camera giám sát; thường xuyên.",
         D(2027, 12, 31)),
        ("- Xử lý vi phạm về rác thải; khai thác camera giám sát; hằng quý.",
         D(2027, 12, 31)),
        ("- Xử lý vi phạm về rác thải; khai thác camera giám sát; hoàn thành "
         "trước 30/9/2027.", D(2027, 9, 30)),
    ],
)  # fmt: skip
def test_a_time_as_the_lists_last_item_is_said_of_every_item(item, due):
    from tests.plans.reading import read_plan

    (task,) = read_plan(_HEAD + item + "\n" + _TAIL).tasks
    assert task.title == "Xử lý vi phạm về rác thải; khai thác camera giám sát"
    assert task.ends_on == due
