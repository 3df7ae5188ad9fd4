"""A body table's columns: their roles from the header words
(blocks.COLUMNS) or, with no header, from what the cells hold; schedules
whose columns are periods (months, weeks) marked per row; the villages a
merged header cell groups; the agencies' columns of a matrix and the legend
that says what each mark in them means."""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from typing import NamedTuple

from ntm.documents import columns
from ntm.text import fold
from plans.document_import.attributes import NUMBER
from plans.document_import.blocks import COLUMNS, Line
from plans.document_import.labels import BODY_KINDS
from plans.document_import.matching import ABBREVIATIONS
from plans.document_import.timeframes import ROMAN, TIME_CELL

# What a targets table's cells hold when it has no header: a figure ("95",
# "12,5", "3.200") and a unit ("%", "km", "ha", "hộ", "m2"), which may start
# with a capital as a cell does ("Km", "Ha", "Hộ"); a capitalised cell that
# names a body ("Hội", "Công an") is no unit.
_FIGURE = re.compile(NUMBER)


_UNIT = re.compile(r"[%‰]|[^\W\d_][a-zà-ỹđ0-9²³/]{0,9}(?: [a-zà-ỹđ]{1,6})?")


# Cells that are a time, not a unit ("thường xuyên", "hằng tháng", "quý
# II": timeframes.TIME_CELL), and the names of bodies that lead, not of
# targets: each starts with a kind of body (labels.BODY_KINDS, as the
# meaning reads a body's name).
_LEAD = re.compile(BODY_KINDS)


def roles_by_content(lines: list[Line]) -> dict[int, str]:
    """The columns of a table with no header row, from what they hold: a
    column of units beside a column of figures makes a targets table (the
    widest text column its names); {} for any other. A column counting the
    rows (1, 2, 3 …) is their number, never the figures; "thường xuyên",
    "hằng tháng" are times, never units; the names must be there and not be
    the bodies that lead (a task table)."""
    width = max(len(line.cells or []) for line in lines)
    columns = [
        [cells[c] for line in lines if (cells := line.cells or []) and c < len(cells)]
        for c in range(width)
    ]

    def values(c: int) -> list[str]:
        return [v.strip() for v in columns[c] if v.strip()]

    def every(c: int, pattern: re.Pattern) -> bool:
        found = values(c)
        return len(found) * 2 >= len(lines) and all(pattern.fullmatch(v) for v in found)

    if len(lines) < 2:
        return {}
    counting = {
        c
        for c in range(width)
        if (found := [v.strip(" .") for v in values(c)])
        and found == [str(n) for n in range(1, len(found) + 1)]
    }
    unit = next(
        (
            c
            for c in range(width)
            if c not in counting
            and every(c, _UNIT)
            and not any(TIME_CELL.fullmatch(fold(v)) for v in values(c))
            and not any(v[0].isupper() and _LEAD.match(fold(v)) for v in values(c))
        ),
        None,
    )
    if unit is None:
        return _task_roles(values, width, counting)
    quantity = next(
        (
            c
            for c in (unit + 1, unit - 1)
            if 0 <= c < width and c not in counting and every(c, _FIGURE)
        ),
        None,
    )
    names = [
        c
        for c in range(width)
        if c not in (unit, quantity) and c not in counting and values(c)
    ]
    if quantity is None or not names:
        return _task_roles(values, width, counting)
    name = max(names, key=lambda c: sum(len(v) for v in values(c)))
    if all(_LEAD.match(fold(v)) for v in values(name)):
        return _task_roles(values, width, counting)
    roles = {unit: "unit", quantity: "quantity"}
    roles.update({c: "number" for c in counting if c < name})
    return roles


def _task_roles(values, width: int, counting: set[int]) -> dict[int, str]:
    """A task table with no header: its rows numbered 1, 2, 3 in a column,
    the bodies that lead in one, their times ("thường xuyên") in another (the
    widest text column left is the tasks' names); {} with no such numbers."""
    if not counting:
        return {}
    roles = {min(counting): "number"}
    for c in range(width):
        found = values(c)
        if c in roles or not found:
            continue
        if all(TIME_CELL.fullmatch(fold(v)) for v in found):
            roles.setdefault(c, "time")
        elif "lead" not in roles.values() and all(_LEAD.match(fold(v)) for v in found):
            roles[c] = "lead"
    return roles if len(roles) > 1 else {}


# Under a merged "Thời gian": the day work ends is the time; the day it
# starts is kept apart.
_END_WORDS = (
    r"^(?:ngay |thoi gian |thoi han )?(?:hoan thanh|ket thuc|den ngay|den|xong)$"
)


_START_WORDS = r"^(?:ngay |thoi gian )?(?:bat dau|khoi cong|trien khai|tu ngay|tu)$"


class Period(NamedTuple):
    """One column of a schedule: a quarter, a month, a week of `month` or a
    year ("quy", "thang", "tuan", "nam"), with its year when written."""

    kind: str
    n: int
    year: str = ""
    month: int = 0


# A header cell that is one period of a schedule: "Quý I", "Quý 2", "Q3",
# "Tháng 4", "T4", "Th.4", maybe with its year ("Quý I/2027"); "Tuần 1",
# "Tuần thứ 2"; a year, "2027", "Năm 2027". A row marks ("x", "✓", "•")
# the periods its work runs in.
_PERIOD_CELL = re.compile(
    r"(?:(?:quy|q)\s*\.?\s*(?P<q>iv|iii|ii|i|[1-4])"
    r"|(?:thang|th|t)\s*\.?\s*(?P<m>\d{1,2}))"
    r"(?:\s*(?:/|nam)\s*(?P<y>\d{4}))?"
    r"|tuan\s*(?:thu\s*)?(?P<w>[1-5])"
    r"|(?:nam\s*)?(?P<year>(?:19|20)\d\d)"
)


_ROMAN_OF = {n: r.upper() for r, n in ROMAN.items()}


# "Thời gian thực hiện tháng 3/2027": the month a schedule's weeks are of.
_MONTH_NAMED = re.compile(r"\bthang\s+(\d{1,2})\s*(?:/|nam)\s*(\d{4})\b")


def period_cell(cell: str) -> Period | None:
    """Period("quy", 1, "2027") for "Quý I/2027", ("thang", 4) for "T4",
    ("tuan", 2) for "Tuần 2", ("nam", 2027, "2027") for "2027"; None if the
    cell is no single period."""
    m = _PERIOD_CELL.fullmatch(fold(cell).strip(" .:"))
    if not m:
        return None
    if m.group("w"):
        return Period("tuan", int(m.group("w")))
    if m.group("year"):
        return Period("nam", int(m.group("year")), m.group("year"))
    if m.group("q"):
        quarter = ROMAN.get(m.group("q")) or int(m.group("q"))
        return Period("quy", quarter, m.group("y") or "")
    month = int(m.group("m"))
    return Period("thang", month, m.group("y") or "") if 1 <= month <= 12 else None


def of_month(period: Period, months: dict[int, Period], column: int) -> Period:
    """A week under a month merged across its weeks ("Tháng 4/2027" over
    "Tuần 1 … Tuần 4"): that month's week. Other periods as they are."""
    above = [c for c in months if c <= column]
    if period.kind != "tuan" or not above:
        return period
    month = months[max(above)]
    return period._replace(month=month.n, year=month.year)


def weeks_in_month(schedule: dict[int, Period], header: list[Line]) -> dict:
    """The weeks of a schedule with no month above them, in the month its
    heading names ("Thời gian thực hiện tháng 3/2027")."""
    named = next(
        (
            m
            for line in header
            for cell in line.cells or []
            if (m := _MONTH_NAMED.search(fold(cell)))
        ),
        None,
    )
    if named is None or not 1 <= int(named.group(1)) <= 12:
        return schedule
    return {
        c: p._replace(month=int(named.group(1)), year=p.year or named.group(2))
        if p.kind == "tuan" and not p.month
        else p
        for c, p in schedule.items()
    }


def marks_only(schedule: dict[int, Period], rows: list[Line]) -> bool:
    """The cells under a schedule of weeks or years are marks ("x", "✓",
    "•"), not figures: "Chỉ tiêu | ĐVT | 2026 | 2027" states targets."""
    columns = [c for c, p in schedule.items() if p.kind in ("tuan", "nam")]
    values = [
        (line.cells or [])[c].strip()
        for line in rows
        for c in columns
        if c < len(line.cells or [])
    ]
    return all(len(value) <= 2 and not re.search(r"\d", value) for value in values)


def road_map(
    schedule: dict[int, Period], roles: dict[int, str], rows: list[Line]
) -> bool:
    """A road map ("Lộ trình"): "Nội dung | Bộ phận thực hiện | Năm 2026 |
    Năm 2027 | Năm 2028", each year's cell a milestone ("30 ha", "Lập dự
    án, xin hỗ trợ", "Hoàn thành", "x") or empty: a row's years are those it
    writes something under, words and figures too. Figures alone by year
    ("12 | 15"), with no lead column or beside a unit ("Chỉ tiêu | ĐVT |
    2026 | 2027"), are targets."""
    named = set(roles.values())
    words = [
        cell
        for line in rows
        for c in schedule
        if c < len(line.cells or []) and (cell := line.cells[c].strip())
    ]
    return (
        len(schedule) >= 2
        and all(p.kind == "nam" for p in schedule.values())
        and "lead" in named
        and not named & {"unit", "quantity"}
        and any(not cell[:1].isdigit() for cell in words)
    )


def schedule_time(marked: list[Period], year: str, schedule: dict) -> str:
    """The time of a row that marks `marked` periods of a schedule, in the
    words the import reads: "Quý I, Quý II/2027", "Tháng 2, 3, 4/2027",
    "Năm 2026 - 2028", "Tuần 2 - 3 tháng 3/2027 (từ 08/03 đến 21/03/2027)"."""
    kinds = {p.kind for p in marked}
    if len(kinds) != 1:
        return ""
    if kinds == {"tuan"}:
        return _weeks_time(marked, year, schedule)
    if kinds == {"nam"}:
        # A road map by year (road_maps.py reads its start and deadline).
        years = [p.n for p in marked]
        if years == list(range(years[0], years[-1] + 1)):
            return f"Năm {years[0]}" + (f" - {years[-1]}" if len(years) > 1 else "")
        return "Năm " + ", ".join(map(str, years))

    def name(kind: str, n: int) -> str:
        return f"Quý {_ROMAN_OF[n]}" if kind == "quy" else f"Tháng {n}"

    if any(p.year for p in marked):
        # Periods that carry their years ("Quý IV/2027 | Quý I/2028"): each
        # with its own.
        return ", ".join(f"{name(p.kind, p.n)}/{p.year or year}" for p in marked)
    if kinds == {"quy"}:
        text = ", ".join(name(p.kind, p.n) for p in marked)
    else:
        text = "Tháng " + ", ".join(str(p.n) for p in marked)
    return f"{text}/{year}" if year else text


def _week_days(
    week: Period, year: str, schedule: dict
) -> tuple[datetime.date, datetime.date] | None:
    """The days of week N of its month: from day 7N-6 to day 7N; the
    month's last week column runs to the month's end."""
    y = int(week.year or year or 0)
    if not (y and week.month):
        return None
    end_of_month = calendar.monthrange(y, week.month)[1]
    last = max(
        p.n
        for p in schedule.values()
        if p.kind == "tuan" and (p.month, p.year) == (week.month, week.year)
    )
    first = min(7 * week.n - 6, end_of_month)
    final = end_of_month if week.n == last else min(7 * week.n, end_of_month)
    return datetime.date(y, week.month, first), datetime.date(y, week.month, final)


def _weeks_time(marked: list[Period], year: str, schedule: dict) -> str:
    """ "Tuần 2 - 3 tháng 3/2027 (từ 08/03 đến 21/03/2027)": the weeks as
    the table names them, then their first and last day, which time_range
    reads; "" when no month is known."""
    first, last = marked[0], marked[-1]
    days = _week_days(first, year, schedule), _week_days(last, year, schedule)
    if None in days:
        return ""
    start, end = days[0][0], days[1][1]
    if (first.month, first.year) == (last.month, last.year):
        weeks = f"{first.n}" + (f" - {last.n}" if last.n != first.n else "")
        name = f"Tuần {weeks} tháng {first.month}/{end.year}"
    else:
        name = (
            f"Tuần {first.n} tháng {first.month} - tuần {last.n} tháng"
            f" {last.month}/{end.year}"
        )
    since = f"{start:%d/%m}" if start.year == end.year else f"{start:%d/%m/%Y}"
    return f"{name} (từ {since} đến {end:%d/%m/%Y})"


def sub_header(line: Line, above: Line | None = None) -> dict[int, str]:
    """The roles a header's second row gives its columns: every cell it
    fills is a column's name (words of `COLUMNS`, or the start and end of a
    time, or words its group in `above` gives a meaning: "Thực hiện | Hỗ
    trợ" under "Trách nhiệm"), none a number or a task. Empty if it is not
    such a row."""
    roles: dict[int, str] = {}
    for column, cell in enumerate(line.cells or []):
        folded = fold(cell).strip(" .:")
        if not folded:
            continue
        if len(folded.split()) > 4:
            return {}
        if under := _under_group(folded, above, column):
            roles[column] = under
        elif period_cell(cell):
            roles[column] = "period"
        elif re.search(_END_WORDS, folded):
            roles[column] = "time"
        elif re.search(_START_WORDS, folded):
            roles[column] = "start"
        elif role := next(
            (
                r
                for r, pattern in COLUMNS
                if r != "number" and re.search(pattern, folded)
            ),
            None,
        ):
            roles[column] = role
        else:
            return {}
    if list(roles.values()) == ["period"] and 0 in roles:
        # "QUÝ I/2026" merged across the table under its header (in the
        # number column, alone): the group of the rows under it, no
        # column's period.
        return {}
    return roles


def _under_group(folded: str, above: Line | None, column: int) -> str | None:
    """The role a lower header cell takes under the cell merged across it
    (its own column's in `above`, or the nearest on its left that spans
    blanks): "Thực hiện" under "Trách nhiệm" leads, "Hỗ trợ" takes part,
    "Ngân sách" under "Kinh phí" is budget (columns.toml [under])."""
    over = (above.cells or []) if above else []
    start = column if column < len(over) else -1
    while start > 0 and not over[start].strip():
        start -= 1
    if start < 0 or not over[start].strip():
        return None
    group = fold(over[start])
    role = next((r for r, pattern in COLUMNS if re.search(pattern, group)), None)
    return next(
        (r for r, pattern in columns.UNDER.get(role, []) if re.search(pattern, folded)),
        None,
    )


# The words that name a village or its group ("Phân bổ cho các thôn", "Xóm
# Đông", "Ấp 3", "Bản Na Hu", "Tổ dân phố 2"), folded.
_VILLAGES = re.compile(
    r"\b(?:thon|xom|ban|ap|khu dan cu|khu pho|to dan pho|tdp|buon|lang|soc|khom)\b"
)


def grouped_names(line: Line, above: Line) -> dict[int, str]:
    """The names a header's second row gives the columns a cell of the row
    above spans ("Phân bổ cho các thôn" over "Thôn 1 | Thôn 2 | …"), by
    column: two or more short names side by side, each under the spanning
    cell or the blanks it covers, every other cell of the row merged down
    from above or blank. Empty if it is not such a row."""
    cells, over = line.cells or [], above.cells or []
    names = {
        c: " ".join(cell.split())
        for c, cell in enumerate(cells)
        if cell.strip() and c not in line.merged
    }
    columns = sorted(names)
    if (
        len(names) < 2
        or columns != list(range(columns[0], columns[-1] + 1))
        or any(
            len(name.split()) > 4 or not re.search(r"[^\W\d_]", name)
            for name in names.values()
        )
        or columns[-1] >= len(over)
        or any(over[c].strip() for c in columns[1:])
    ):
        return {}
    return names


def names_villages(names: dict[int, str], above: Line) -> bool:
    """Whether grouped names are villages: their group's cell or they say so."""
    group = (above.cells or [])[min(names)]
    return bool(_VILLAGES.search(fold(" ".join([group, *names.values()]))))


# A responsibility matrix's marks and its legend's words (columns.toml
# [marks]).
_MARKS = columns.MARKS


_MARK = r"[^\s:;,.()=–-]{1,3}"


_MARK_WORDS = "|".join(
    re.escape(w) for w in _MARKS["lead_words"] + _MARKS["partner_words"]
)


_LEGEND_PIECE = re.compile(
    rf"(?P<mark>{_MARK})\s*(?:[-–:=]|là)?\s*(?:(?:đơn vị|cơ quan)\s+)?"
    rf"(?P<word>{_MARK_WORDS})|(?P<word2>{_MARK_WORDS})\s*[-–:=]?\s*(?P<mark2>{_MARK})",
    re.IGNORECASE,
)


_LEGEND_START = re.compile(
    r"^(?:" + "|".join(map(re.escape, _MARKS["legend_start"])) + r")\s*:?\s*",
    re.IGNORECASE,
)


MARK_LEGEND = "chú giải bảng"


def mark_legend(text: str) -> dict[str, str]:
    """The marks a legend line explains ("Ghi chú: C - chủ trì; P - phối
    hợp", "(CT: chủ trì; PH: phối hợp)", "● Chủ trì; ○ Phối hợp"): mark as
    written → "lead" or "partner"; empty unless the whole line is such a
    legend of both kinds of mark."""
    text = unicodedata.normalize("NFC", text).strip().strip("()[] .")
    text = _LEGEND_START.sub("", text).strip("()[] .")
    pieces = [p.strip(" .") for p in re.split(r"[;,]", text) if p.strip(" .")]
    legend: dict[str, str] = {}
    for piece in pieces:
        m = _LEGEND_PIECE.fullmatch(piece)
        if not m:
            return {}
        word = (m.group("word") or m.group("word2")).lower()
        lead = word in [w.lower() for w in _MARKS["lead_words"]]
        legend[m.group("mark") or m.group("mark2")] = "lead" if lead else "partner"
    return legend if set(legend.values()) == {"lead", "partner"} else {}


def table_legends(lines: list[Line]) -> tuple[set[int], list[tuple[int, dict]]]:
    """The positions of a document's legend lines, if it has a table, and
    each legend by its line's index: the table whose marks it explains takes
    it (`legend_of`), however far the legend stands from it."""
    if not any(line.cells is not None for line in lines):
        return set(), []
    found = [
        (i, legend)
        for i, line in enumerate(lines)
        if line.cells is None and (legend := mark_legend(line.text))
    ]
    return {i for i, _ in found}, [(lines[i].index, legend) for i, legend in found]


def legend_of(
    rows: list[Line], marks: set[str], legends: list[tuple[int, dict]]
) -> dict[str, str]:
    """The legend of a matrix's `marks`: of the legends naming them all (as
    written first, then in either case), the nearest to the table; else one
    within two lines of it ("Ghi chú: C - chủ trì; P - phối hợp" under a
    table marked "C", "P" and "x")."""
    first, last = rows[0].index, rows[-1].index

    def distance(index: int) -> int:
        return first - index if index < first else max(index - last, 0)

    def fit(legend: dict[str, str]) -> int:
        if marks <= set(legend):
            return 0
        folded = {m.casefold() for m in legend}
        return 1 if {m.casefold() for m in marks} <= folded else 2

    ranked = sorted(
        (fit(legend), distance(index), n)
        for n, (index, legend) in enumerate(legends)
        if fit(legend) < 2 or distance(index) <= 2
    )
    return legends[ranked[0][2]][1] if ranked else {}


def column_role(text: str) -> str | None:
    folded = fold(text)
    return next((r for r, p in COLUMNS if folded and re.search(p, folded)), None)


def agency_columns(
    lines: list[Line],
    header_rows: int,
    roles: dict[int, str],
    legends: list[tuple[int, dict]] = (),
) -> tuple[dict[int, str], int]:
    """A responsibility matrix's agencies by column, and the number of
    header rows down to theirs: a lead's header cell ("Đơn vị thực hiện",
    "Phân công thực hiện", "Trách nhiệm") merged across the columns the next
    row names ("UBND xã | Phòng Kinh tế | …"), or the row under a row of
    their groups ("Cơ quan cấp xã" | "Các thôn" merged down), and the rows
    below holding at most short marks under them; or, with no such cell,
    columns of the header's only row that name no role, every cell under
    them a mark (`_unnamed_agencies`). The merged cells above the agencies
    are none. Empty if the table is not one."""
    for h in range(min(header_rows, len(lines) - 1)):
        above = lines[h].cells or []
        for start, cell in enumerate(above):
            if roles.get(start) not in ("lead", "coordinating") or not cell.strip():
                continue
            for depth in (1, 2):
                below = [line.cells or [] for line in lines[h + 1 : h + 1 + depth]]
                names = _names_under(above, start, below)
                if (
                    len(below) == depth
                    and not any(
                        v.strip()
                        for r in below
                        for c, v in enumerate(r)
                        if c not in names
                    )
                    and not any(roles.get(c) for c in list(names)[1:])
                    and _agencies_marked(names, lines[h + 1 + depth :])
                ):
                    return names, h + 1 + depth
    known = {m for _, legend in legends for m in legend}
    if header_rows == 1 and (names := _unnamed_agencies(lines, roles, known)):
        return names, 1
    return {}, 0


def whole_abbreviations(name: str) -> str:
    """An agency's name with an abbreviation a PDF's narrow column cut
    mended: "UBMT TQ" → "UBMTTQ", "HLHP N" → "HLHPN" (two capital pieces
    that are no abbreviation alone and one together); "UBND HĐND" stays."""
    words = name.split()
    mended: list[str] = []
    for word in words:
        if (
            mended
            and mended[-1].isupper()
            and word.isupper()
            and fold(mended[-1] + word) in ABBREVIATIONS
            and fold(mended[-1]) not in ABBREVIATIONS
            and fold(word) not in ABBREVIATIONS
        ):
            mended[-1] += word
        else:
            mended.append(word)
    return " ".join(mended)


def _names_under(
    above: list[str], start: int, below: list[list[str]]
) -> dict[int, str]:
    """The names under `above`'s cell at `start` merged across the columns
    below it: each column's lowest name (a group's cell over several is
    none; a name merged down from the group's row is)."""
    if not below:
        return {}
    width = min(len(above), *(len(r) for r in below))
    end = start + 1
    while end < width and not above[end].strip() and any(r[end].strip() for r in below):
        end += 1
    return {
        c: " ".join(next((r[c] for r in reversed(below) if r[c].strip()), "").split())
        for c in range(start, end)
    }


def _agencies_marked(names: dict[int, str], rows: list[Line]) -> bool:
    """Whether `names` are a matrix's agencies: two or more, not all of them
    column names, and the rows under them holding short marks, no figure
    ("15", "1.200"; "1" and "2" may be marks)."""
    cells = [
        (line.cells or [])[c].strip()
        for line in rows
        for c in names
        if c < len(line.cells or [])
    ]
    return (
        len(names) >= 2
        and all(names.values())
        and not all(column_role(n) for n in names.values())
        and all(len(v) <= 4 for v in cells)
        and any(cells)
        and not any(
            re.fullmatch(r"[\d.,]+", v) and v not in _MARKS["lead"] + _MARKS["partner"]
            for v in cells
        )
    )


def _unnamed_agencies(
    lines: list[Line], roles: dict[int, str], known: set[str]
) -> dict[int, str]:
    """The agencies of a matrix whose header's only row names them ("TT |
    Nội dung nhiệm vụ | UBND xã | Công an xã | … | Thời gian"): the longest
    run of its columns that name no role and no period ("Quý I | … | Quý
    IV" over "X" is a schedule), every cell under them a mark of
    columns.toml or of a legend (a figure only of a legend: "1", "2" under
    "Hội Nông dân | Hội LHPN" count members)."""
    vocabulary = {
        m.casefold() for kind in ("lead", "partner", "either") for m in _MARKS[kind]
    } | {m.casefold() for m in known}
    header = lines[0].cells or []
    runs: list[list[int]] = [[]]
    for column, cell in enumerate(header):
        if cell.strip() and column not in roles and not period_cell(cell):
            runs[-1].append(column)
        elif runs[-1]:
            runs.append([])
    names = {c: " ".join(header[c].split()) for c in max(runs, key=len)}
    if not _agencies_marked(names, lines[1:]) or any(
        m.casefold() not in vocabulary or (m.isdigit() and m not in known)
        for m in marks_of(lines[1:], names)
    ):
        return {}
    return names


def mark_kinds(
    rows: list[Line], agencies: dict[int, str], legend: dict[str, str]
) -> dict[str, str]:
    """What each mark of a responsibility matrix says: "lead", "partner",
    or "first" (the first marked agency of a row leads, the others take
    part). The legend first, then the marks of columns.toml: a capital "X"
    leads where the table's other marks are "x"."""
    marks = marks_of(rows, agencies)
    folded_legend = {m.casefold(): k for m, k in legend.items()}
    vocabulary = {
        m.casefold(): kind
        for kind in ("lead", "partner", "either")
        for m in _MARKS[kind]
    }
    kinds: dict[str, str] = {}
    for mark in marks:
        kind = (
            legend.get(mark)
            or folded_legend.get(mark.casefold())
            or vocabulary.get(mark.casefold(), "first")
        )
        if kind == "either":
            cased = mark.upper() != mark.lower()
            kind = (
                ("lead" if mark.isupper() else "partner")
                if cased and mark.upper() in marks and mark.lower() in marks
                else "first"
            )
        kinds[mark] = kind
    return kinds


def marks_of(rows: list[Line], agencies: dict[int, str]) -> set[str]:
    """The marks written under a matrix's agencies."""
    return {
        (line.cells or [])[c].strip()
        for line in rows
        for c in agencies
        if c < len(line.cells or []) and (line.cells or [])[c].strip()
    }


def leads_and_partners(
    cells: list[str], agencies: dict[int, str], kinds: dict[str, str]
) -> tuple[list[str], list[str]]:
    """A matrix row's leads and partners, in column order: those the lead
    mark names; with none, the first agency a "first" mark names."""
    named = [
        (name, kinds.get(cells[c].strip(), "first"))
        for c, name in sorted(agencies.items())
        if c < len(cells) and cells[c].strip()
    ]
    leads = [name for name, kind in named if kind == "lead"]
    if not leads:
        leads = [name for name, kind in named if kind == "first"][:1]
    partners = [name for name, _ in named if name not in leads]
    return leads, partners
