"""Vietnamese time expressions of plans turned into date ranges.

"Trong quý I năm 2023", "Quý II, III, IV năm 2023", "Quý II/2025", "Trong
tháng 3, 4, 5 năm 2023", "Trong tháng 3/2023", "từ tháng 3 đến tháng 5/2025",
"6 tháng đầu năm 2025", "Xuyên suốt trong năm 2023", "Năm 2025", "từ nay đến
cuối năm 2023", "từ ngày 15/03/2023 đến ngày 15/05/2023", "trước ngày
15/12/2023", "30/10/2024" (or "30-10-2024", "30.10.2024"), "trước 15/9" (the plan's year), and "Năm 2026-2027" (both years), "tháng 6 và tháng 12 hằng năm",
"Thường xuyên" / "Hằng năm" / "Hằng tháng" / "Định kỳ 6 tháng",
which run over the plan's year; a day in words ("trước 30 tháng 6 năm
2026", "trước ngày 15 tháng 9") is read as its digits; quarters in Arabic
figures ("Quý 2/2027"), "T6/2027" and "Q3/2027" in a sentence, a year of two
digits ("20/11/27"); several periods in one time ("Đợt 1: tháng 4/2027; đợt
2: tháng 9/2027", "Quý IV/2027 - Quý I/2028") from the first to the last;
"trước Tết (Nguyên đán) 2027" / "trước Tết Đinh Mùi": the eve of the lunar
new year (TET); years listed with a gap ("Năm 2026, 2028", a schedule's
marked years) from the first to the last. Anything else gives no range: the text is kept and the user
sets the dates.
"""

from __future__ import annotations

import calendar
import datetime
import re
import tomllib
from pathlib import Path

from ntm.text import fold
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.vague_times import quarter_opening

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
DATE = r"(\d{1,2})/(\d{1,2})/(\d{4})"


def _date(day: str, month: str, year: str) -> datetime.date | None:
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def impossible_dates(text: str) -> list[str]:
    """The dates `text` writes that no calendar has: "12/30/2026" (month
    30), "31/6/2027", "29-02-2027", as written."""
    return [
        m.group(0)
        for m in re.finditer(
            r"(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d./-])", text
        )
        if _date(m.group(1), m.group(3), m.group(4)) is None
    ]


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _digits(key: str) -> str:
    """A day written in words as in the header ("30 tháng 6 năm 2026",
    "trước ngày 15 tháng 9") the way the rest is read: 30/6/2026, 15/9."""
    key = re.sub(r"\b(\d{1,2}) thang (\d{1,2}) nam (\d{4})\b", r"\1/\2/\3", key)
    # "15-6-2026", "30.9.2026" (typed on a phone, pasted from Zalo): the
    # same day as 15/6/2026.
    key = re.sub(
        r"(?<![\d./-])(\d{1,2})([-.])(\d{1,2})\2(\d{4})(?![\d./-])", r"\1/\3/\4", key
    )
    key = re.sub(
        r"\b((?:truoc|cham nhat|han chot|den)\s+(?:ngay\s+)?|ngay\s+)(\d{1,2}) thang (\d{1,2})\b(?!\s*(?:nam|/))",
        r"\1\2/\3",
        key,
    )
    # "15/4 - 30/9 năm 2026": the day's year after "năm".
    key = re.sub(r"(?<![\d/])(\d{1,2}/\d{1,2})\s+nam\s+(\d{4})\b", r"\1/\2", key)
    # "20/11/27": a year of two digits (20–39) is of this century.
    key = re.sub(r"(?<![\d/])(\d{1,2}/\d{1,2})/([23]\d)(?![\d/])", r"\1/20\2", key)
    # "Quý 2/2027", "quý 1, 2 năm 2027": quarters in Arabic figures as the
    # Roman ones the rest reads; "T6/2027", "Q3/2027" in a sentence as words.
    while True:
        quarters = re.sub(
            r"\b(quy\s+(?:[iv]+\s*(?:,|va|-|–)\s*(?:quy\s+)?)*)([1-4])\b(?![.,]\d)",
            lambda m: m.group(1) + _QUARTERS[m.group(2)].lower(),
            key,
        )
        if quarters == key:
            break
        key = quarters
    key = re.sub(
        r"\bq\.?\s*([1-4])\s*/\s*(\d{4})",
        lambda m: f"quy {_QUARTERS[m.group(1)].lower()}/{m.group(2)}",
        key,
    )
    # "T3 - T6/2027": months from the first to the last, the year written
    # once (round 28c).
    key = re.sub(
        r"\b(?:t|th|thg)\.?\s*(\d{1,2})\s*(-|–|den)\s*(?:t|th|thg)\.?\s*(?=\d{1,2}\s*/\s*\d{4})",
        r"thang \1 \2 ",
        key,
    )
    key = re.sub(r"\b(?:t|th|thg)\.?\s*(\d{1,2})\s*/\s*(\d{4})", r"thang \1/\2", key)
    # "tháng 01/2027 - 6/2027": the month after the dash is a month too.
    key = re.sub(
        r"(thang\s+\d{1,2}/\d{4}\s*(?:-|–|den)\s*)(\d{1,2}/\d{4})", r"\1thang \2", key
    )
    # A cell that is only months: "6/2027", "03/2027 - 06/2027", "3 - 6/2027".
    key = re.sub(
        r"^(\d{1,2}/\d{4})\s*(?:-|–)\s*(\d{1,2}/\d{4})$", r"thang \1 - thang \2", key
    )
    key = re.sub(r"^(\d{1,2})\s*(?:-|–)\s*(\d{1,2}/\d{4})$", r"thang \1 - \2", key)
    return re.sub(r"^(\d{1,2})/(\d{4})$", r"thang \1/\2", key)


# Work that recurs with no date of its own ("Thường xuyên", "Hằng quý",
# "Định kỳ 6 tháng", "Chủ nhật tuần cuối mỗi tháng"): it runs over the
# plan's year (labels.toml [time]).
RECURRING = label_pattern("time", "recurring")
_PERIODS = label_pattern("time", "periods")
_EVERY = re.compile(
    rf"\b(?:{label_pattern('time', 'every')})\s+(?:{_PERIODS})\b"
    rf"|\b(?:{label_pattern('time', 'times')})\s*/\s*(?:{_PERIODS})\b"
)
# "mỗi tháng 01 lần", "02 lần/quý": how often, not a month's number.
_COUNT = re.compile(rf"\b\d{{1,2}}\s+(?:{label_pattern('time', 'times')})\b(?!\s*/)")
# A table cell that is only a time, folded (fullmatch): recurring work
# ("hằng ngày", "mỗi tháng", "định kỳ 6 tháng") or a period with no date
# to read ("quý II", "tháng 5 - 6", "năm 2027"). The outline tells a time
# column from a column of units by it.
TIME_CELL = re.compile(
    rf"(?:{RECURRING}|(?:{label_pattern('time', 'every')}) (?:{_PERIODS}))(?:\s.{{0,20}})?"
    rf"|\d{{1,2}} (?:{label_pattern('time', 'times')})\s*/\s*(?:{_PERIODS})"
    r"|(?:quy|thang|nam) [0-9ivx/ -]+"
)
_QUARTERS = {"1": "I", "2": "II", "3": "III", "4": "IV"}
# A time as a spreadsheet's time column keeps it, the whole cell: "T6/2027",
# "Q3/2027", "QIV/2027", "Q.II/2027", "12/2027", "06/2027", "2027",
# "2027-06-30" (ISO, as a date cell is copied).
_CELL_MONTH = re.compile(r"(?:t|th|thg)\.?\s*(\d{1,2})\s*[/-]\s*(\d{4})", re.I)
_CELL_QUARTER = re.compile(
    r"(?:q|quy|quý)\.?\s*([1-4]|iv|iii|ii|i)\s*[/-]\s*(\d{4})", re.I
)
_CELL_MONTH_YEAR = re.compile(r"(\d{1,2})\s*/\s*(\d{4})")
_CELL_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+)?")


def cell_time(text: str) -> str:
    """A time column's cell in the words the rest of the import reads:
    "T6/2027" → "tháng 6/2027", "Q3/2027" → "quý III/2027", "12/2027" →
    "tháng 12/2027", "2027" → "năm 2027", "2027-06-30" → "30/06/2027".
    Anything else comes back as it is; only a whole cell is read so (a
    number in a sentence is no time)."""
    value = " ".join(text.split()).strip(" .;")
    if m := _CELL_MONTH.fullmatch(value):
        if 1 <= int(m.group(1)) <= 12:
            return f"tháng {int(m.group(1))}/{m.group(2)}"
    elif m := _CELL_QUARTER.fullmatch(value):
        quarter = _QUARTERS.get(m.group(1), m.group(1).upper())
        return f"quý {quarter}/{m.group(2)}"
    elif m := _CELL_MONTH_YEAR.fullmatch(value):
        if 1 <= int(m.group(1)) <= 12:
            return f"tháng {int(m.group(1))}/{m.group(2)}"
    elif re.fullmatch(r"(?:19|20)\d\d", value):
        return f"năm {value}"
    elif m := _CELL_ISO.fullmatch(value):
        return f"{m.group(3)}/{m.group(2)}/{m.group(1)}"
    return text


def deadline(text: str) -> datetime.date | None:
    """The date in "trước ngày 15/12/2023" / "chậm nhất ngày …", if any."""
    found = [
        _date(*m)
        for m in re.findall(
            r"(?:truoc|cham nhat|han chot)\s+(?:ngay\s+)?" + DATE, _digits(fold(text))
        )
    ]
    found = [d for d in found if d]
    # "đợt 1 trước ngày 30/6/2024, đợt 2 trước ngày 30/11/2024": the last.
    return max(found) if found else None


_LUNAR = tomllib.loads((Path(__file__).with_name("lunar.toml")).read_text("utf-8"))
TET = {int(year): day for year, day in _LUNAR["first_day"].items()}
CAN_CHI = _LUNAR["names"]
# "trước Tết", "trước Tết Nguyên đán 2027", "dịp Tết Đinh Mùi": Tết, its
# qualifier, maybe its year's name, maybe its year; not "Tết Trung thu",
# "Tết trồng cây" (other festivals, lunar.toml).
_TET = re.compile(
    r"\b(?:truoc|dip|den)\s+tet\b"
    r"(?!\s+(?:" + "|".join(_LUNAR["other_festivals"]["words"]) + r")\b)"
    r"(?:\s+(?:" + "|".join(_LUNAR["qualifiers"]["words"]) + r"))?"
    r"(?:\s+(?P<name>[^\W\d_]+ [^\W\d_]+))?"
    r"(?:\s+(?:nam\s+)?(?P<year>\d{4}))?"
)


# "(từ) tháng 3 đến (hết) tháng 8 năm 2027", "tháng 4 - tháng 8/2027".
_MONTHS_TO = re.compile(
    r"\b(?:tu\s+)?thang\s+(\d{1,2})(?:\s*/\s*(\d{4}))?"
    r"\s*(?:-|–|den(?:\s+(?:het|cuoi))?)\s*(?:thang\s+)?"
    r"(\d{1,2})\s*(?:/|\bnam\b)\s*(\d{4})\b"
)


def lunar_new_year(year: int | None) -> datetime.date | None:
    """The first day of the lunar new year `year` begins, if held."""
    return TET.get(year)


_LUNAR_MONTH = re.compile(
    r"\b(?:(?P<word>"
    + "|".join(_LUNAR["days"])
    + r")|(?:(?:"
    + "|".join(_LUNAR["day_words"]["words"])
    + r")\s+)?(?P<day>\d{1,2}))?\s*thang\s+(?P<month>"
    + "|".join(_LUNAR["months"])
    + r"|\d{1,2})\b(?:\s*(?:/|nam)\s*(?P<year>\d{4}))?"
)
# "(âm lịch)", "(ÂL)" (not "Tết âm lịch", the new year), "tháng Chạp".
_LUNAR_MARK = re.compile(
    r"(?<!tet )\b(?:"
    + "|".join(_LUNAR["marks"]["words"])
    + r")\b|\bthang\s+(?:"
    + "|".join(_LUNAR["months"])
    + r")\b"
)


def _lunar(
    key: str, default_year: int | None, today: datetime.date | None
) -> tuple[datetime.date | None, datetime.date] | None:
    """A day of the lunar calendar the first day of its year gives: "rằm
    tháng Giêng" (Tết + 14 days), "trong tháng Chạp" (by the eve of the
    next Tết). Any other lunar month or day ("tháng 3/2027 (âm lịch)", "23
    tháng Chạp") gives none."""
    m = _LUNAR_MONTH.search(key)
    if not m:
        return None
    month = _LUNAR["months"].get(m.group("month")) or int(m.group("month"))
    day = _LUNAR["days"].get(m.group("word") or "") or int(m.group("day") or 0)
    year = int(m.group("year")) if m.group("year") else None
    if month == 1 and day and (tet := lunar_new_year(year or default_year)):
        due = tet + datetime.timedelta(days=day - 1)
    elif month == 12 and not day:
        # The twelfth month of the lunar year written ("năm 2027": Đinh
        # Mùi's, ending in 2028); else the one that ends first after the
        # plan's date; else the one before the plan's year's Tết.
        if year is None and today:
            year = next((y - 1 for y in sorted(TET) if TET[y] > today), None)
        if year is None and default_year:
            year = default_year - 1
        tet = lunar_new_year((year or 0) + 1)
        if tet is None:
            return None
        due = tet - datetime.timedelta(days=1)
    else:
        return None
    return (today if today and today <= due else None), due


def _periods(key: str) -> list[tuple[datetime.date, datetime.date]]:
    """Every month and quarter with its year a (folded) time names."""
    spans = []
    for m in re.finditer(r"\b(thang|quy)\s+(\d{1,2}|iv|iii|ii|i)\s*/\s*(\d{4})", key):
        y = int(m.group(3))
        if (
            m.group(1) == "thang"
            and m.group(2).isdigit()
            and 1 <= int(m.group(2)) <= 12
        ):
            month = int(m.group(2))
            spans.append((datetime.date(y, month, 1), _month_end(y, month)))
        elif m.group(1) == "quy" and (quarter := ROMAN.get(m.group(2))):
            spans.append(
                (datetime.date(y, 3 * quarter - 2, 1), _month_end(y, 3 * quarter))
            )
    return spans


def time_range(
    text: str, *, default_year: int | None = None, today: datetime.date | None = None
) -> tuple[datetime.date, datetime.date] | None:
    """(start, end) of a time expression, or None. `today` stands for "nay"
    (the plan's date); `default_year` for expressions that name no year."""
    # "thực hiện thường xuyên": the time, after the verb of the work.
    key = re.sub(r"^thuc hien\s+(?=\S)", "", _digits(fold(text)))
    if _EVERY.search(key):
        key = _COUNT.sub("", key).strip()
    if _LUNAR_MARK.search(key):
        # A lunar day or month: what the lunar new year gives, or nothing
        # (never the solar month of the same number).
        return _lunar(key, default_year, today)
    if opening := quarter_opening(key, default_year):
        return opening  # "từ đầu Quý III/2026": its first month (set f40j)
    dates = [_date(*m) for m in re.findall(DATE, key)]
    dates = [d for d in dates if d]
    if len(dates) >= 2 and re.search(r"tu\s+(?:ngay\s+)?\d", key):
        return dates[0], dates[1]
    # "Tuần 1 (từ 05 - 09/01/2027)", "từ ngày 05/01 đến ngày 15/01/2027":
    # the first day's month and year are the last day's unless written.
    if m := re.search(
        r"(?:\btu\s+(?:ngay\s+)?|\bngay\s+)(\d{1,2})(?:/(\d{1,2})(?:/(\d{4}))?)?\s*(?:-|–|den)\s*"
        r"(?:ngay\s+)?(\d{1,2})/(\d{1,2})/(\d{4})",
        key,
    ):
        last = _date(m.group(4), m.group(5), m.group(6))
        first = _date(m.group(1), m.group(2) or m.group(5), m.group(3) or m.group(6))
        if first and last and first > last and not m.group(3):
            # "từ 28/12 - 03/01/2027": the first day is in the year before.
            first = _date(m.group(1), m.group(2) or m.group(5), str(last.year - 1))
        if first and last and first <= last:
            return first, last
    if m := re.search(
        r"(?<![\d/])(\d{1,2})/(\d{1,2})\s*(?:-|–|den)\s*(?:ngay\s+)?(\d{1,2})/(\d{1,2})/(\d{4})",
        key,
    ):
        # "15/4 - 15/5/2026" (no "từ"): the first day's year is the last's.
        first = _date(m.group(1), m.group(2), m.group(5))
        last = _date(m.group(3), m.group(4), m.group(5))
        if first and last and first <= last:
            return first, last
    if impossible_dates(text):
        # "12/30/2026": no day of the calendar; never another day in its
        # place (the preview says so and the user sets it).
        return None
    if len(dates) >= 2:
        if re.search(DATE + r"\s*(?:-|–|den)\s*(?:ngay\s+)?" + DATE, key):
            # "15/3/2027 - 15/5/2027": from the first to the last.
            return min(dates), max(dates)
        # "ngày 30/4/2027 và 2/9/2027": two days it is due by; the later
        # one is its deadline.
        last = max(dates)
        return (today if today and today <= min(dates) else None), last
    # "thực hiện từ tháng 3/2027, xong trước 30/6/2027": from the month's
    # first day to the day it is due.
    if len(dates) == 1 and (m := re.search(r"\btu\s+thang\s+(\d{1,2})/(\d{4})", key)):
        month, y = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12 and datetime.date(y, month, 1) <= dates[0]:
            return datetime.date(y, month, 1), dates[0]
    years = [int(y) for y in re.findall(r"(?:nam|/)\s*(\d{4})\b", key)]
    year = years[0] if years else default_year
    if m := _TET.search(key):
        # "trước Tết Nguyên đán 2027", "trước Tết Đinh Mùi": the eve of the
        # lunar new year of that year (the plan's year when none is named).
        named = m.group("year") or CAN_CHI.get(m.group("name") or "")
        # A year named that the table does not hold gives no day, never
        # the plan's year's.
        if tet := lunar_new_year(int(named) if named else default_year):
            eve = tet - datetime.timedelta(days=1)
            return (today if today and today <= eve else None), eve
    if re.fullmatch(r"(\d{4})\s*(?:-|–)\s*(\d{4})", key):
        # "2027-2028" alone in its place: both years.
        first, last = (int(y) for y in re.findall(r"\d{4}", key))
        if first < last:
            return datetime.date(first, 1, 1), datetime.date(last, 12, 31)
    spans = _periods(key)
    if len(spans) >= 2:
        # "Đợt 1: tháng 4/2027; đợt 2: tháng 9/2027", "Quý IV/2027 - Quý
        # I/2028", "Tháng 11/2027 - tháng 01/2028": the first to the last.
        return min(a for a, _ in spans), max(b for _, b in spans)
    if m := re.search(
        r"quy\s+([iv]+)(?:\s*(?:,|va|-|–)\s*(?:quy\s+)?[iv]+)*"
        r"\s*(?:,|va|-|–|den(?: het)?)\s*(?:quy\s+)?([iv]+)\s*(?:/|nam)\s*(\d{4})",
        key,
    ):
        # "Quý II và Quý IV/2027", "Quý I, Quý II, Quý III/2027", "từ quý II
        # đến quý III/2027": the year written once, for all; the first to
        # the last.
        first, last = ROMAN.get(m.group(1)), ROMAN.get(m.group(2))
        y = int(m.group(3))
        if first and last and first <= last:
            return datetime.date(y, 3 * first - 2, 1), _month_end(y, 3 * last)
    if m := re.search(
        r"thang\s+(\d{1,2})(?:\s*(?:,|va|-|–)\s*(?:thang\s+)?\d{1,2})*"
        r"\s*(?:,|va|-|–)\s*(?:thang\s+)?(\d{1,2})\s*/\s*(\d{4})",
        key,
    ):
        # "tháng 10 và tháng 11/2027", "Tháng 2, Tháng 3, Tháng 4/2027": the
        # year written once, for all.
        first, last, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= first <= last <= 12:
            return datetime.date(y, first, 1), _month_end(y, last)
    if re.search(r"tu nay den cuoi nam", key) and today:
        return today, datetime.date(year or today.year, 12, 31)
    if m := _MONTHS_TO.search(key):
        # "từ tháng 3 đến hết tháng 8 năm 2027", "tháng 3 đến tháng 10/2027",
        # "T3 đến T10/2027": the year written once, after the last month; a
        # first month after the last is of the year before ("tháng 11 đến
        # tháng 02/2028").
        first, last, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if 1 <= first <= 12 and 1 <= last <= 12:
            start_year = int(m.group(2) or (y if first <= last else y - 1))
            if datetime.date(start_year, first, 1) <= datetime.date(y, last, 1):
                return datetime.date(start_year, first, 1), _month_end(y, last)
    # "từ tháng 6/2026 đến hết năm": the month's first day to the year's end.
    if (
        (m := re.search(r"tu thang (\d{1,2})(?:/(\d{4}))? den (?:het|cuoi) nam\b", key))
        and (y := int(m.group(2) or year or 0))
        and 1 <= int(m.group(1)) <= 12
    ):
        return datetime.date(y, int(m.group(1)), 1), datetime.date(y, 12, 31)
    # "từ ngày 31/5/2026 đến hết năm 2026": the day to the year's end.
    if (
        (m := re.search(r"tu (?:ngay )?" + DATE + r" den (?:het|cuoi) nam\b", key))
        and (day := _date(*m.groups()))
        and re.search(r"den (?:het|cuoi) nam(?: " + str(day.year) + r")?\W*$", key)
    ):
        return day, datetime.date(day.year, 12, 31)
    if (m := re.search(r"(\d{1,2}) thang (dau|cuoi) nam", key)) and year:
        months = int(m.group(1))
        if 1 <= months <= 12:
            if m.group(2) == "dau":
                return datetime.date(year, 1, 1), _month_end(year, months)
            return datetime.date(year, 13 - months, 1), datetime.date(year, 12, 31)
    if m := re.search(r"quy\s+([iv]+)\s*/\s*(\d{4})", key):
        quarter, y = ROMAN.get(m.group(1)), int(m.group(2))
        if quarter:
            return datetime.date(y, 3 * quarter - 2, 1), _month_end(y, 3 * quarter)
    quarters = re.search(r"quy\s+((?:(?:quy\s+)?[iv]+\s*(?:,|va|-)?\s*)+)", key)
    if quarters and year:
        numbers = [
            ROMAN[q] for q in re.findall(r"\b(iv|iii|ii|i)\b", quarters.group(1))
        ]
        if numbers:
            first, last = min(numbers), max(numbers)
            return (
                datetime.date(year, 3 * first - 2, 1),
                _month_end(year, 3 * last),
            )
    # "Năm 2026, 2028", "năm 2026 và năm 2028" (a schedule's years marked
    # with a gap): from the first to the last.
    if m := re.search(r"\bnam\s+(\d{4})((?:\s*(?:,|va)\s*(?:nam\s+)?\d{4}\b)+)", key):
        first, last = int(m.group(1)), int(re.findall(r"\d{4}", m.group(2))[-1])
        if first < last:
            return datetime.date(first, 1, 1), datetime.date(last, 12, 31)
    # "Năm 2026-2027", "từ năm 2026 đến năm 2027": the whole of both years
    # (not "giai đoạn 2021-2025", the programme's period a title names).
    if m := re.search(
        r"nam\s+(\d{4})\s*(?:-|–|den(?: het)?(?: nam)?)\s*(\d{4})\b", key
    ):
        first, last = int(m.group(1)), int(m.group(2))
        if first < last:
            return datetime.date(first, 1, 1), datetime.date(last, 12, 31)
    month_year = re.search(r"thang\s+(\d{1,2})/(\d{4})", key)
    if month_year:
        month, y = int(month_year.group(1)), int(month_year.group(2))
        if 1 <= month <= 12:
            return datetime.date(y, month, 1), _month_end(y, month)
    # "tháng 3, 4, 5", "tháng 6 và tháng 12 (hằng năm)": the first to the last.
    months = re.search(r"thang\s+((?:(?:thang\s+)?\d{1,2}\s*(?:,|va|-)?\s*)+)", key)
    if months and year:
        numbers = [int(n) for n in re.findall(r"\d{1,2}", months.group(1))]
        numbers = [n for n in numbers if 1 <= n <= 12]
        if numbers:
            return (
                datetime.date(year, min(numbers), 1),
                _month_end(year, max(numbers)),
            )
    if year and re.search(
        r"(trong|ca|suot|xuyen suot|thuong xuyen)\b.*nam\s+\d{4}", key
    ):
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    end = deadline(text)
    if end:
        return (today or end), end
    if len(dates) == 1:
        # "30/10/2024", "hoàn thành ngày 30/10/2024": the day it is due.
        return (today if today and today <= dates[0] else None), dates[0]
    # "trước 15/9", "hoàn thành ngày 30/6": a day of the plan's year.
    m = re.search(
        r"(?:^|\b(?:truoc|cham nhat|han chot|ngay|den)\s+)(?:ngay\s+)?(\d{1,2})/(\d{1,2})(?![/\d])",
        key,
    )
    if default_year and m and (day := _date(m.group(1), m.group(2), str(default_year))):
        return (today if today and today <= day else None), day
    if year and re.fullmatch(
        r"(?:trong |ca |(?:den )?het |cuoi )?nam \d{4}(?: va cac nam (?:tiep theo|sau))?\.?",
        key,
    ):
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if year and re.search(r"\b(?:den het|cuoi) nam\b", key):
        return (
            today if today and today.year == year else datetime.date(year, 1, 1)
        ), datetime.date(year, 12, 31)
    if year and re.search(rf"^(?:{RECURRING})\b", key):
        # Recurring work runs over the plan's year.
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if year and _EVERY.search(key):
        # "trước ngày 20 hằng tháng", "Chủ nhật tuần cuối mỗi tháng": a
        # recurring day, over the plan's year.
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return None
