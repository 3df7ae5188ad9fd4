"""A body table as blocks (attach_table): each row a block with its
columns mapped (table_columns), group rows ("A", "I", bold capitals) the
parents of the rows below them, a table cut by a page or split in two joined
with the rest of it, a row cut by a page mended, the cells of several
paragraphs kept one to a line."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.blocks import COLUMNS, Block, Line
from plans.document_import.labels import BODY_KINDS
from plans.document_import.markers import marker
from plans.document_import.partner_lines import partner_pieces
from plans.document_import.persons import is_a_person
from plans.document_import.staff_tables import is_staff_table
from plans.document_import.table_columns import (
    Period,
    agency_columns,
    column_role,
    grouped_names,
    leads_and_partners,
    legend_of,
    mark_kinds,
    marks_of,
    marks_only,
    names_villages,
    of_month,
    period_cell,
    road_map,
    roles_by_content,
    schedule_time,
    sub_header,
    weeks_in_month,
    whole_abbreviations,
)
from plans.document_import.timeframes import time_range
from plans.document_import.units import names_a_person


def attach_table(
    parent: Block, lines: list[Line], legends: list[tuple[int, dict]] = ()
) -> Block:
    """A body table's rows as blocks: the header row(s) give the columns,
    group rows the parents. `legends`: the legends of a responsibility
    matrix's marks in the document, by their line's index."""
    table = Block(kind="table", number="", text="", parent=parent)
    width = len(lines[0].cells or [])
    roles: dict[int, str] = {}
    # A schedule: "Thời gian thực hiện năm 2027" merged over "Quý I | … |
    # Quý IV" (or "Tháng 1 … Tháng 12", "T1 … T12", "Tuần 1 … Tuần 4",
    # "2026 | 2027 | 2028"), or those periods in the header's one row; by
    # column, the period each one is.
    schedule: dict[int, Period] = {}
    villages: dict[int, str] = {}
    header_rows = 0
    # header_rows: the rows down to the header's last, any title row over
    # the header ("Đơn vị tính: triệu đồng") with them.
    for index, line in enumerate(lines[:3]):
        found = {}
        for column, cell in enumerate(line.cells or []):
            folded = fold(cell)
            for role, pattern in COLUMNS:
                if folded and re.search(pattern, folded) and role not in found.values():
                    found[column] = role
                    break
        if len(found) >= 2 and (
            "content" in found.values() or "number" in found.values()
        ):
            for column, role in found.items():
                roles.setdefault(column, role)
            for column, cell in enumerate(line.cells or []):
                if column not in found and (period := period_cell(cell)):
                    schedule[column] = period
            header_rows = index + 1
            line.used = "tiêu đề bảng"
        elif header_rows and (sub := sub_header(line, lines[header_rows - 1])):
            # A header of two rows: "Thời gian" merged over "Bắt đầu | Hoàn
            # thành", "Đơn vị" over "Chủ trì | Phối hợp": the lower row names
            # the columns it splits.
            # "Tháng 4/2027" merged over "Tuần 1 … Tuần 4": the weeks of
            # the month above them.
            months = {c: p for c, p in schedule.items() if p.kind == "thang"}
            for column, role in sub.items():
                if role == "period":
                    period = period_cell((line.cells or [])[column])
                    schedule[column] = of_month(period, months, column)
                else:
                    roles[column] = role
            header_rows = index + 1
            line.used = "tiêu đề bảng"
        elif header_rows and (names := grouped_names(line, lines[header_rows - 1])):
            # "Phân bổ cho các thôn" merged over "Thôn 1 | Thôn 2 | …", the
            # other header cells merged down: the lower row is the header's,
            # its names the columns of figures under the group.
            # Agencies under "Đơn vị thực hiện" are no villages ("Các thôn").
            if (
                names_villages(names, lines[header_rows - 1])
                and not (agency_columns(lines, header_rows, roles)[0])
            ):
                villages = names
                for column in villages:
                    roles.pop(column, None)
            header_rows = index + 1
            line.used = "tiêu đề bảng"
        elif header_rows:
            break
    header_end = header_rows
    for column, role in roles.items():
        if role == "in_charge":
            roles[column] = in_charge(
                roles, [line.cells for line in lines[header_rows:]], column
            )
    for column, role in list(roles.items()):
        # "Chi bộ" / "Thôn" merged down over its rows: their lead, unless a
        # column names one ("Thôn | Nội dung | Đơn vị chủ trì").
        if role == "village":
            if "lead" in roles.values():
                del roles[column]
            else:
                roles[column] = "lead"
    # A responsibility matrix: "Đơn vị thực hiện" merged over "UBND xã |
    # Phòng Kinh tế | …", a mark under each agency of a row ("C", "P").
    agencies, below = agency_columns(lines, header_rows, roles, legends)
    kinds: dict[str, str] = {}
    if agencies:
        header_rows = max(header_rows, below)
        for line in lines[:header_rows]:
            line.used = "tiêu đề bảng"
        for column in agencies:
            roles.pop(column, None)
        agencies = {c: whole_abbreviations(n) for c, n in agencies.items()}
        legend = legend_of(lines, marks_of(lines[header_rows:], agencies), legends)
        kinds = mark_kinds(lines[header_rows:], agencies, legend)
    year = ""
    if not (
        marks_only(schedule, lines[header_rows:])
        or road_map(schedule, roles, lines[header_rows:])
    ):
        # "Chỉ tiêu | ĐVT | 2026 | 2027": figures by year, no schedule.
        schedule = {}
    if len(schedule) >= 2:
        # The year the schedule's heading names ("… năm 2027"), and its
        # month ("Thời gian thực hiện tháng 3/2027" over the weeks).
        schedule = weeks_in_month(schedule, lines[:header_rows])
        for line in lines[:header_rows]:
            for column, cell in enumerate(line.cells or []):
                if (column in schedule or roles.get(column) == "time") and (
                    m := re.search(r"\b(?:19|20)\d\d\b", cell)
                ):
                    year = year or m.group(0)
        # The schedule is the time: its first column stands for it.
        for column in schedule:
            roles.pop(column, None)
        roles[min(schedule)] = "time"
    else:
        schedule = {}
    if not roles:
        roles = roles_by_content(lines)
    if "content" not in roles.values():
        # No "Nội dung" column named: the widest text column holds it.
        lengths = {
            c: sum(len((line.cells or [""] * width)[c]) for line in lines[header_rows:])
            for c in range(width)
            if c not in roles and c not in agencies
        }
        if lengths and roles:
            roles[max(lengths, key=lengths.get)] = "content"
    table.columns = {str(c): r for c, r in roles.items()}
    table.lines = lines[:header_rows]
    # The header's last row names a budget's split ("Ngân sách | Huy động").
    header = lines[last] if (last := header_end - 1) >= 0 else None
    group: Block | None = None
    number_column = next((c for c, r in roles.items() if r == "number"), None)
    row_numbers = [
        (line.cells or [""] * width)[number_column].strip(" .")
        if number_column is not None and number_column < len(line.cells or [])
        else ""
        for line in lines
    ]
    for position, line in enumerate(lines[header_rows:], header_rows):
        cells = line.cells or []
        values = {
            roles[c]: v
            for c, v in enumerate(cells)
            if c in roles and v and c not in schedule
        }
        if len(budgets := [c for c in roles if roles[c] == "budget"]) > 1 and (
            # "Kinh phí" over "Ngân sách | Huy động": each sum with its source.
            parts := _budget_parts(budgets, cells, header)
        ):
            values["budget"] = parts
        marked = [
            schedule[c] for c in sorted(schedule) if c < len(cells) and cells[c].strip()
        ]
        if marked and (time := schedule_time(marked, year, schedule)):
            values["time"] = time
        if agencies:
            leads, partners = leads_and_partners(cells, agencies, kinds)
            if leads:
                values["lead"] = leads[0]
            if len(leads) > 1:
                # Co-leads: the task's first lead leads (tasks._co_leads).
                values["co_leads"] = "\n".join(leads)
            if partners:
                values["coordinating"] = "; ".join(partners)
                values["partners"] = "\n".join(partners)
        for column, pieces in line.parts.items():
            if roles.get(column) == "coordinating":
                values["coordinating"] = _one_per_line(pieces)
            elif roles.get(column) == "lead" and (named := _co_lead_lines(pieces)):
                values["lead"] = named
        for column, printed in line.printed.items():
            # A PDF's partner cell: the bodies its wrapped lines start too.
            if roles.get(column) == "coordinating" and (
                len(pieces := partner_pieces(printed)) > 1
            ):
                values["coordinating"] = _one_per_line(pieces)
        # A lead (partner, leader, time) cell merged down over the rows it
        # leads is every one of those rows' lead ("Lãnh đạo phụ trách": one
        # Vice-Chairman over three tasks).
        for column, text in line.merged.items():
            if roles.get(column) in _SHARED_DOWN:
                values.setdefault(roles[column], text)
        # "(1) (2) (3)" or "1 2 3 4": the column numbers under the header.
        if all(re.fullmatch(r"\(?\d{1,2}\)?", v) for v in cells if v) and len(
            [v for v in cells if v]
        ) >= max(2, len(roles) - 1):
            line.used = "tiêu đề bảng"
            continue
        number = values.get("number", "")
        content = values.get("content", "")
        # A name written across the whole row from the number column, over
        # numbered rows ("Tiêu chí số 13 - Tổ chức sản xuất" above "1", "2"):
        # their group, bold or not.
        across = False
        if (
            number
            and set(values) == {"number"}
            and not _NUMBER.fullmatch(number.strip(" .)"))
            and len(number) > 8
        ):
            # "I. LĨNH VỰC KINH TẾ" written across the whole row: the merged
            # cell starts in the number column, and holds a group's number
            # and name, not a row's number.
            kind, typed, rest = marker(number)
            if kind in ("part", "roman", "upper", "dec1") and rest:
                number, content = typed, rest
                # "1. Văn phòng Điều phối …", "2. Nhiệm vụ chung" over a
                # staff table's people: a group, whether it names a body.
                across = is_staff_table(roles.values(), lines[:header_rows])
            else:
                number, content = "", number
                across = position + 1 < len(row_numbers) and bool(
                    _NUMBER.fullmatch(row_numbers[position + 1].strip(" .)"))
                )
            values["number"], values["content"] = number, content
        elif not number and set(values) == {"content"}:
            # "| II. Lĩnh vực văn hóa | | |": a section's number typed in
            # the content cell of a row that states nothing else.
            kind, typed, rest = marker(content)
            if kind in ("part", "roman", "upper") and rest:
                number, content = typed, rest
                values["number"], values["content"] = number, content
        elif (
            re.fullmatch(r"[A-ZĐ]|[IVX]{1,4}", number.strip(" ."))
            and "content" not in values
            and len([v for v in cells if v.strip()]) == 2
            and len(values) == 2
        ):
            # "I | Tiêu chí số 2 - Giao thông | | |": a Roman-numbered row
            # whose one other cell, not the content's, names its group.
            content = next(v for k, v in values.items() if k != "number")
            values = {"number": number, "content": content}
        if not number and (
            typed := re.match(r"^(\d{1,2}(?:\.\d{1,2}){0,3})[.)]\s+(\S.*)$", content)
        ):
            # No number column: "1. Hướng dẫn …" typed in the content cell.
            number, content = typed.group(1), typed.group(2)
            values["number"], values["content"] = number, content
        if re.fullmatch(
            r"(?:tong cong|tong so|tong|cong)\s*:?", fold(content or number)
        ):
            # "Tổng cộng | 8.300": the table's total, no task (merged across
            # from the number column, it stands in the number's cell).
            line.used = "dòng tổng cộng"
            continue
        # A group row may carry its group's budget ("I | HẠ TẦNG | 5.350").
        others = {k for k in values if k not in ("number", "content", "budget")}
        # "1 | Hạ tầng số | | |" over "1.1", "1.2": a row that states nothing
        # but a name, whose number the rows after it extend, is their group.
        extended = bool(number.strip(" .")) and any(
            n.startswith(number.strip(" .") + ".") for n in row_numbers[position + 1 :]
        )
        # "1 | Giáo dục | | |" over "a", "b": a figure over lettered rows,
        # with only a short name, is their group too; a lead cell merged
        # down from it over those rows is theirs, not a task's of its own.
        lettered = (
            bool(re.fullmatch(r"\d{1,2}", number.strip(" .")))
            and len(content.split()) <= 10
            and position + 1 < len(row_numbers)
            and bool(re.fullmatch(r"[a-zđ]\)?", row_numbers[position + 1]))
        )
        shared = (
            {roles[c] for c in lines[position + 1].merged if c in roles}
            if lettered
            else set()
        )
        is_group = (
            bool(roles)
            and (not others or (lettered and others <= shared))
            and (
                bool(re.fullmatch(r"[A-ZĐ]|[IVX]{1,4}", number.strip(" .")))
                or (not number and (line.bold or content.isupper()))
                or across
                or extended
                or lettered
            )
        )
        if not is_group and "start" in roles.values() and "start" not in values:
            # "Bắt đầu" left blank beside "Kết thúc": the row states no start.
            values["start"] = ""
        text = line.text if not roles else content or line.text
        block = Block(
            kind="group" if is_group else "row",
            number=number.strip(" ."),
            text=text,
            lines=[line],
            columns=values,
            shares={
                name: cells[c].strip()
                for c, name in villages.items()
                if c < len(cells) and cells[c].strip()
            },
            parent=group if (group is not None and not is_group) else table,
        )
        block.parent.children.append(block)
        if is_group:
            group = block
    parent.children.append(table)
    return table


# The roles whose cell, merged down, is each spanned row's.
_SHARED_DOWN = ("lead", "coordinating", "official", "leader", "time")

# A unit's bullet at the start of its line in a cell ("- Công an xã;").
_CELL_BULLET = re.compile(r"^[-+•–*]\s*(?=\S)")


def _budget_parts(columns: list[int], cells: list[str], header: Line | None) -> str:
    """A row's sums under a budget split in columns, each named by its
    header cell: "Ngân sách: 120; Huy động: 30"; no header, no sums."""
    if header is None:
        return ""
    names = header.cells or []
    return "; ".join(
        f"{names[c].strip() if c < len(names) else ''}: {cells[c].strip()}".lstrip(": ")
        for c in columns
        if c < len(cells) and cells[c].strip()
    )


def _one_per_line(pieces: list[str]) -> str:
    """The partners of a cell written one to a line ("Hội Nông dân xã" /
    "Hội Liên hiệp Phụ nữ xã", or "- Công an xã;" / "- Các thôn."): a line
    that starts with a capital or a bullet starts a unit (the bullet and the
    end mark dropped); one that starts in lower case ends the name cut
    before it ("Ủy ban MTTQ Việt Nam" / "huyện")."""
    out: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        bullet = _CELL_BULLET.match(piece)
        piece = piece[bullet.end() :] if bullet else piece
        if out and not bullet and not piece[:1].isupper():
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return "; ".join(p.rstrip(" ,;.") for p in out)


def _co_lead_lines(pieces: list[str]) -> str | None:
    """A lead cell of two paragraphs or more, each a body's name ("Phòng
    Kinh tế" / "Ban Quản lý dự án xã", "- Phòng Kinh tế;" / "- Công an
    xã"): the units joined by ";", which the task reads as co-leads; None
    when a line goes on the one before it or is no body's name."""
    if len(pieces) < 2 or not all(
        _CELL_BULLET.match(p.strip()) or p.strip()[:1].isupper() for p in pieces
    ):
        return None
    names = _one_per_line(pieces).split("; ")
    if not all(re.match(BODY_KINDS, fold(name)) for name in names):
        return None
    return "; ".join(names)


def in_charge(roles: dict[int, str], rows: list[list[str] | None], column: int) -> str:
    """What a column headed "Phụ trách" alone holds: the official beside a
    lead column ("Đơn vị chủ trì | Phối hợp | Phụ trách | Ghi chú"), else
    by its cells: people ("Y Thông Ayun", "Thiếu tá …") are officials,
    bodies ("Chi đoàn thôn") lead."""
    if "lead" in roles.values():
        return "official"
    cells = [c[column] for c in rows if c and column < len(c) and c[column].strip()]
    people = sum(1 for cell in cells if names_a_person(cell) or is_a_person(cell))
    return "official" if cells and people * 2 > len(cells) else "lead"


def header_like(line: Line) -> bool:
    """A row that names the columns ("TT | Nội dung | Chủ trì | …")."""
    roles = set()
    for cell in line.cells or []:
        folded = fold(cell)
        for role, pattern in COLUMNS:
            if folded and re.search(pattern, folded):
                roles.add(role)
                break
    return len(roles) >= 2 and bool(roles & {"content", "number"})


def continuation_end(lines: list[Line], index: int, end: int, rows: list[Line]) -> int:
    """A table cut by a page (PDF) or split in two (Word) goes on in the next
    table of as many columns, right after it, that does not start with a
    header row of its own; a first row with its number and content cells
    empty is the end of the row cut by the page ("Hội Nông dân huyện; các" /
    "hợp tác xã"). The header row(s) the table had, repeated at the top of
    the next page (Word's "repeat as header row"), are no rows and do not
    end it. Returns the index after the rows taken."""
    width = len(rows[0].cells or [])
    while (
        index < end
        and lines[index].cells is not None
        and lines[index].table != rows[-1].table
        and len(lines[index].cells) == width
        and width >= 3
    ):
        table = lines[index].table
        repeated = _repeated_header(rows, lines, index, end)
        more = [line for line in lines[index + repeated : end] if line.table == table]
        if (not repeated and header_like(lines[index])) or not _alike(rows, more):
            break
        for line in lines[index : index + repeated]:
            line.used = "tiêu đề bảng lặp lại"
        index += repeated
        first = True
        following = more[1:]
        while index < end and lines[index].table == table:
            row = lines[index]
            cells = row.cells or []
            if first and rows and _cut_row(rows, row, following):
                last = rows[-1]
                _join_printed(last, row)
                cut = _cut_number(rows, cells[0] if cells else "")
                last.cells = [
                    ("" if cut and c == 0 else " ").join(filter(None, (a, b)))
                    for c, (a, b) in enumerate(
                        zip(last.cells or [], cells, strict=False)
                    )
                ]
                last.text = " | ".join(c for c in last.cells if c)
                row.used = "dòng nối trang trước"
            else:
                row.table = rows[-1].table
                rows.append(row)
            first = False
            index += 1
    return index


def _join_printed(last: Line, rest: Line) -> None:
    """The paragraphs of a row the page cut, its cells' `rest` from the
    next page joined on: the page cut the paragraph it ended in, which goes
    on in the rest's first; a PDF's printed lines (`printed`), or Word's
    paragraphs (`parts`)."""
    columns = set(rest.parts) | set(rest.printed) | set(last.printed) | set(last.parts)
    for column in columns:
        before = (last.cells or [])[column] if column < len(last.cells or []) else ""
        after = (rest.cells or [])[column] if column < len(rest.cells or []) else ""
        if not before or not after:
            continue
        if column in last.printed or column in rest.printed:
            mine = last.printed.get(column) or [[before]]
            theirs = rest.printed.get(column) or [[after]]
            last.printed[column] = [*mine[:-1], mine[-1] + theirs[0], *theirs[1:]]
            continue
        mine = last.parts.get(column) or [before]
        theirs = rest.parts.get(column) or [after]
        if len(mine) + len(theirs) > 2:
            last.parts[column] = [*mine[:-1], f"{mine[-1]} {theirs[0]}", *theirs[1:]]


def _repeated_header(rows: list[Line], lines: list[Line], index: int, end: int) -> int:
    """How many rows at lines[index] repeat the header the table opened
    with, cell for cell (Word's "repeat as header row" at the top of each
    page); 0 when they do not."""
    count = 0
    while (
        count < len(rows)
        and header_like(rows[0])
        and index + count < end
        and lines[index + count].table == lines[index].table
        and count < 3
    ):
        mine, theirs = rows[count].cells or [], lines[index + count].cells or []
        if not any(theirs) or [fold(c) for c in mine] != [fold(c) for c in theirs]:
            break
        count += 1
    return count


def _alike(rows: list[Line], more: list[Line]) -> bool:
    """Whether the rows of the next table hold what the columns of the table
    before hold: the row numbers in the same column (a table numbered in its
    first column goes on numbered), and no column of sentences in one that
    holds units or figures in the other. "Tỷ lệ hộ dân dùng nước sạch | % | 95"
    after "1 | Rà soát hộ nghèo | Phòng Văn hóa - Xã hội | Quý III/2026" is
    another table of as many columns."""
    body = [line for line in rows if not header_like(line)]
    if len(rows) > 1 and header_like(rows[0]):
        # A responsibility matrix's rows of agency names are its header's.
        roles = {
            c: role
            for c, cell in enumerate(rows[0].cells or [])
            if (role := column_role(cell))
        }
        header = rows[1 : agency_columns(rows, 1, roles)[1]]
        body = [line for line in body if all(line is not h for h in header)]
    # A group's row written across the width ("I. AN NINH, TRẬT TỰ")
    # measures no column.
    body = [line for line in body if len([c for c in line.cells or [] if c]) != 1]

    def numbered(group: list[Line]) -> float:
        firsts = [(line.cells or [""])[0].strip(" .)") for line in group]
        filled = [value for value in firsts if value]
        if not filled:
            return -1.0  # no number written: says nothing
        return sum(1 for value in filled if _NUMBER.fullmatch(value)) / len(filled)

    def lengths(group: list[Line]) -> dict[int, float]:
        """Each column's mean length over its written cells."""
        seen: dict[int, list[int]] = {}
        for line in group:
            for column, value in enumerate(line.cells or []):
                if value:
                    seen.setdefault(column, []).append(len(value))
        return {c: sum(v) / len(v) for c, v in seen.items()}

    if not body or not more:
        return True
    before, after = numbered(body), numbered(more)
    if before >= 0 and after >= 0 and (before >= 0.5) != (after >= 0.5):
        return False
    # A column of sentences in one and of units or figures in the other;
    # the end of a row cut by the page (no number) is no measure.
    if not (more[0].cells or [""])[0].strip():
        more = more[1:]
    mine, theirs = lengths(body), lengths(more)
    return not any(
        max(mine[c], theirs[c]) >= 12
        and max(mine[c], theirs[c]) >= 4 * min(mine[c], theirs[c])
        for c in mine.keys() & theirs.keys()
    )


_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,4}|[A-ZĐ])")


def _next_number(number: str) -> str:
    """The number after `number` in its sequence: "3" → "4", "1.2" → "1.3"."""
    head, _, last = number.rpartition(".")
    if not last.isdigit():
        return ""
    return f"{head}.{int(last) + 1}" if head else str(int(last) + 1)


def _cut_row(rows: list[Line], first: Line, following: list[Line]) -> bool:
    """Whether `first`, the first row of the table that goes on after a
    page, is the end of the row the page cut rather than a row of its own.
    Its number and content cells empty ("hợp tác xã" under "Phối hợp"), or,
    in a table numbered in its first column, no number: a page break cuts
    a row's cells wherever their lines reach the page's foot, so the rest
    may be a title's last words in capitals ("Hương Giang"), under the
    repeated header, with a group row, another number or nothing after it.
    A group row (bold, in capitals, or opening with a section's number,
    "II. LĨNH VỰC VĂN HÓA") is a row of its own, and so is a row whose
    numbers start again after it (a group written plainly, "Cấp xã", over
    "1", "2" …)."""
    cells = first.cells or []
    if not any(cells[:2]):
        return True
    if _cut_number(rows, cells[0]):
        return True
    numbered = [
        line for line in rows if _NUMBER.fullmatch((line.cells or [""])[0].strip(" .)"))
    ]
    if cells[0].strip() or len(numbered) < 2 or len(cells) < 2:
        return False
    content = cells[1].strip()
    if (
        first.bold
        or (content.isupper() and len(content) > 3)
        or marker(content)[0] in ("part", "roman", "upper")
        or _group_row(rows[-1])
        or _own_time(rows, first)
    ):
        return False
    last = (rows[-1].cells or [""])[0].strip(" .)")
    after = next(
        (
            line.cells[0].strip(" .)")
            for line in following
            if line.cells and line.cells[0].strip()
        ),
        "",
    )
    if after and last and after == _next_number(last):
        return True
    restarts = after.isdigit() and (
        after == "1" or (last.isdigit() and int(after) <= int(last))
    )
    return not restarts


def _cut_number(rows: list[Line], number: str) -> bool:
    """`number`, atop the next page, ends the number of the row the page
    cut in a column too narrow for it ("2" / "1" for 21, after 20)."""
    numbers = [(line.cells or [""])[0].strip(" .") for line in rows[-2:]]
    return (
        len(numbers) == 2
        and number.isdigit()
        and all(n.isdigit() for n in numbers)
        and numbers[1] != _next_number(numbers[0])
        and numbers[1] + number == _next_number(numbers[0])
    )


def _group_row(row: Line) -> bool:
    """A group row ("II | VĂN HÓA - XÃ HỘI" across the table): bold or in
    capitals, nothing after its name. It is never cut by a page (one
    line), so the row after it is a row of its own."""
    cells = row.cells or []
    name = cells[1].strip() if len(cells) > 1 else ""
    return (
        bool(name)
        and (row.bold or name.isupper())
        and not any(c.strip() for c in cells[2:])
    )


def _own_time(rows: list[Line], first: Line) -> bool:
    """`first`, at the top of a page, states a whole time of its own in the
    time column, as the row above does, and its work opens with a capital:
    a row kept whole (its work, its lead, its time), not the rest of a row
    the page cut, whose short cells were all written above the cut."""
    header = next((line for line in rows[:3] if header_like(line)), None)
    column = next(
        (
            c
            for c, cell in enumerate(header.cells or [] if header else [])
            if next((r for r, p in COLUMNS if re.search(p, fold(cell))), "") == "time"
        ),
        None,
    )
    if column is None or column >= min(
        len(first.cells or []), len(rows[-1].cells or [])
    ):
        return False
    mine, above = first.cells[column].strip(), rows[-1].cells[column].strip()
    # "Tháng" / "10/2027": a time the cut parts is no time on either side.
    return (
        all(value and time_range(value, default_year=2000) for value in (mine, above))
        and not (first.cells[1] if len(first.cells) > 1 else "")[:1].islower()
    )
