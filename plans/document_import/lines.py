"""The first stage of the outline: a read Document into Lines. Each
paragraph's emphasis, indentation, Word heading and list level; layout
tables (header, signatures) cell by cell, body tables row by row; bullets
typed as emoji or keycaps on a phone, the quoted points of an amending plan,
and headings in capitals in a plan that numbers none of its parts."""

from __future__ import annotations

import re

from ntm.documents import Document, Paragraph, Table
from ntm.text import fold
from plans.document_import.blocks import Line
from plans.document_import.checklist import check_list
from plans.document_import.labels import LABEL_START
from plans.document_import.markers import DOC_TYPES, PART_NAME, marker, names_a_section
from plans.document_import.parts import doc_type_key
from plans.document_import.table_rows import header_like


def capital_headings(lines: list[Line]) -> None:
    """A plan that numbers none of its parts ("I.", "Phần I") may head them
    with a line in capitals alone ("MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ
    CHỨC THỰC HIỆN", bold in Word or not): each is a heading of the top
    rank, as Word's "Heading 1" is, so that the objectives and the units'
    duties under it are read as what they are, never as tasks."""
    if any(
        line.cells is None and marker(line.text)[0] in ("part", "roman")
        for line in lines
    ):
        return
    for line in lines:
        text = line.text.strip(" :")
        if (
            line.cells is None
            and line.heading is None
            and text.isupper()
            and len(text.split()) <= 12
            and (names_a_section(text) or PART_NAME.match(fold(text)))
        ):
            line.heading = 1


def _emphasis(paragraph: Paragraph) -> str:
    """The bold or italic stretch that opens the paragraph's text (after a
    typed marker such as "- "), when it does not cover the whole text."""
    runs = [r for r in paragraph.runs if r.text]
    text = ""
    started = False
    for run in runs:
        if not started:
            stripped = run.text.strip()
            if not stripped or (
                not (run.bold or run.italic) and re.fullmatch(r"[-+*•–]\s*", run.text)
            ):
                continue
            if not (run.bold or run.italic):
                return ""
            started = True
            text = run.text
        elif run.bold or run.italic:
            text += run.text
        else:
            break
    text = text.strip()
    return "" if fold(text) == fold(paragraph.text.lstrip("-+*•– ")) else text


def _heading_level(style: str) -> int | None:
    m = re.fullmatch(r"heading\s*(\d)", style.strip(), re.IGNORECASE)
    return int(m.group(1)) if m else None


def _is_layout(table: Table, before_type: bool) -> bool:
    """A table that lays out the header or the signature (two columns of
    blocks), not one whose rows the plan lists."""
    text = fold(" ".join(c.text for row in table.rows for c in row.cells))
    if before_type:
        # No "KẾ HOẠCH" yet: the header's two columns, unless a row near the
        # top names task columns (an appendix or a workbook that is only its
        # task table, under "PHỤ LỤC").
        return not (
            len(table.rows) >= 3
            and any(
                header_like(Line(index=0, text="", cells=[c.text for c in row.cells]))
                for row in table.rows[:2]
            )
        )
    if len(table.rows) <= 2 and any(
        # "Số: 07/KH-BCĐ" beside the place and date, after an issuer's line
        # that reads as a type ("BAN CHỈ ĐẠO CÁC" / "CHƯƠNG TRÌNH").
        re.match(r"so\s*:\s*\d+\s*/", fold(c.text))
        for row in table.rows
        for c in row.cells
    ):
        return True
    return (
        bool(re.search(r"\bnoi nhan\b|cong hoa xa hoi|\b(?:tm|kt|tl|tuq)\s*\.", text))
        and len(table.rows) <= 12
    )


def doc_type_of(text: str) -> str:
    return DOC_TYPES.get(doc_type_key(text), "")


def lines_of(document: Document) -> list[Line]:
    """Every line of `document` in reading order."""
    lines: list[Line] = []
    seen_type = False

    def add(paragraph: Paragraph, **extra) -> None:
        nonlocal seen_type
        pieces = [p.strip() for p in paragraph.full_text.split("\n")]
        pieces = [p for p in pieces if p]
        emphasis = _emphasis(paragraph) if len(pieces) == 1 else ""
        for n, piece in enumerate(pieces):
            lines.append(
                Line(
                    index=len(lines),
                    text=" ".join(piece.replace("\t", " ").split()),
                    bold=paragraph.bold,
                    italic=paragraph.italic,
                    emphasis=" ".join(emphasis.split()),
                    indent=paragraph.indent,
                    align=paragraph.align,
                    level=paragraph.level,
                    heading=_heading_level(paragraph.style),
                    notes=list(paragraph.notes) if n == len(pieces) - 1 else [],
                    **extra,
                )
            )
            if doc_type_of(piece):
                seen_type = True

    for number, block in enumerate(document.blocks):
        if isinstance(block, Paragraph):
            add(block)
            continue
        if _is_layout(block, before_type=not seen_type):
            # Column by column: the issuer above its number on the left, the
            # motto above the place and date on the right; the recipients on
            # the left, the signature on the right.
            grid = block.grid()
            width = max((len(r) for r in grid), default=0)
            for column in range(width):
                done = set()
                for row in grid:
                    cell = row[column] if column < len(row) else None
                    if cell is None or id(cell) in done or cell.column != column:
                        continue
                    done.add(id(cell))
                    for paragraph in cell.paragraphs or [Paragraph(cell.text)]:
                        add(paragraph, column=column)
            continue
        grid = block.grid()
        for r, row in enumerate(block.rows):
            cells = [""] * max(block.columns, 1)
            merged: dict[int, str] = {}
            parts: dict[int, list[str]] = {}
            printed: dict[int, list[list[str]]] = {}
            for cell in row.cells:
                if not cell.covered and cell.column < len(cells):
                    cells[cell.column] = " ".join(cell.text.split())
                    if cell.lines:
                        # A PDF's cell: its paragraphs are a guess from the
                        # page, used where a column's role asks for them
                        # (table_rows: the partners), not as Word's.
                        printed[cell.column] = cell.lines
                        continue
                    pieces = [" ".join(t.split()) for t in cell.text.split("\n")]
                    if len([t for t in pieces if t]) > 1:
                        parts[cell.column] = [t for t in pieces if t]
                elif cell.covered and cell.column < len(grid[r]):
                    origin = grid[r][cell.column]
                    if origin is not None and origin.text.strip():
                        merged[cell.column] = " ".join(origin.text.split())
            if not any(cells):
                continue
            bold = all(c.bold for c in row.cells if c.text.strip() and not c.covered)
            lines.append(
                Line(
                    index=len(lines),
                    text=" | ".join(c for c in cells if c),
                    bold=bold,
                    cells=cells,
                    merged=merged,
                    parts=parts,
                    printed=printed,
                    table=number,
                )
            )
    check_list(lines)
    _phone_bullets(lines)
    _amended_points(lines)
    return lines


# An amending plan's sentence over the points as amended or added ("1. Sửa
# đổi điểm 3 mục II như sau:", "Bổ sung điểm 9, điểm 10 vào mục II như
# sau:", "Sửa đổi, bổ sung khoản 2 Mục III như sau:"), and one that repeals
# a point ("2. Bãi bỏ điểm 7 mục II Kế hoạch số …").
AMENDING = "sửa đổi, bổ sung"


_AMENDS = re.compile(
    r"^(?:sua doi|bo sung|thay the|dieu chinh)\b.*"
    r"\b(?:diem|khoan|muc|noi dung|nhiem vu)\b.*\bnhu sau\s*:?$"
)


_REPEALS = re.compile(r"^bai bo\s+(?:diem|khoan|muc|noi dung|nhiem vu)\b")


_OPENING_QUOTE = re.compile(r'^[“"«]\s*')


_CLOSING_QUOTE = re.compile(r'\s*[”"»]\s*(?=[.;]?\s*$)|(?<=[.;])\s*[”"»]\s*$')


def _amended_points(lines: list[Line]) -> None:
    """An amending plan quotes each point as amended or added under the
    sentence that says so ("1. Sửa đổi điểm 3 mục II như sau:" over "“3.
    Rà soát … / - Cơ quan chủ trì: … / - Thời gian hoàn thành: Quý
    II/2027.”"): the quoted points are its items, their quotation marks
    dropped; the sentence over them, and one that repeals a point, lose
    their number and are used as what they are, no task."""
    for index, line in enumerate(lines):
        kind, _, rest = marker(line.text)
        folded = fold(rest).strip()
        if line.cells is not None:
            continue
        if _REPEALS.match(folded):
            line.text, line.used = rest, "bãi bỏ"
        elif _AMENDS.match(folded) and _unquote(lines[index + 1 :]):
            line.text, line.used = rest, AMENDING


def _unquote(lines: list[Line]) -> bool:
    """Drops the quotation marks around the points at the start of `lines`
    (each point quoted, or several in one quotation); whether any was."""
    inside = found = False
    for line in lines:
        if line.cells is not None:
            break
        if not inside:
            if not _OPENING_QUOTE.match(line.text):
                break
            line.text = _OPENING_QUOTE.sub("", line.text)
            inside = found = True
        if _CLOSING_QUOTE.search(line.text):
            line.text = _CLOSING_QUOTE.sub("", line.text, count=1)
            inside = False
    return found


# Bullets typed on a phone (a plan pasted from Zalo or Facebook): a leading
# emoji or pictograph ("✅", "👉", "📌", "🔹", "➡️") stands for a bullet, a
# keycap ("1️⃣", "1️⃣2️⃣", "🔟") for "1.". Skin tones, variation selectors and
# joiners belong to the emoji before them.
_EMOJI = (
    r"[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff"
    r"\U0001f000-\U0001faff]"
)


_EMOJI_TAIL = (
    r"[\ufe0f\u200d\U0001f3fb-\U0001f3ff"
    r"\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]*"
)


_PICTOGRAPH = re.compile(rf"^(?P<mark>{_EMOJI}){_EMOJI_TAIL}\s*(?=\S)")


_KEYCAP = re.compile(r"^(?P<n>(?:\d\ufe0f?\u20e3){1,2}|\U0001f51f)\s*(?=\S)")


# A run of emoji inside a line ("… trung tâm xã 👤 Phụ trách: …").
_EMOJI_RUN = re.compile(rf"\s*(?:{_EMOJI}{_EMOJI_TAIL})+\s*")


def _without_label_emoji(text: str) -> str:
    """`text` without the emoji that stand before a label ("👤 Phụ trách:",
    "⏰ Hạn:", "🤝 Phối hợp:"): they mark the label, as its colon does, and
    are no bullet of their own. At the start the label opens the line; inside
    it ("… xã 👤 Phụ trách: X ⏰ Hạn: …") it opens a sentence of its own."""
    out, end = [], 0
    for m in _EMOJI_RUN.finditer(text):
        if not LABEL_START.match(fold(text[m.end() :])):
            continue
        before = text[end : m.start()]
        out.append(before)
        if before.strip() and not re.search(r"[.;:]\s*$", before):
            out.append(".")
        out.append(" " if before.strip() else "")
        end = m.end()
    return "".join(out) + text[end:] if out else text


def _phone_bullets(lines: list[Line]) -> None:
    """Each kind of emoji that opens lines becomes a typed bullet the
    document does not use otherwise ("•", "*", "-", "+", in that order), in
    the order the kinds first appear; bullets then nest by order of
    appearance like any others ("✅" task over "👉" attribute lines). An
    emoji before a label is dropped (the label line is the block's own)."""
    for line in lines:
        if line.cells is None and _EMOJI_RUN.search(line.text):
            line.text = _without_label_emoji(line.text)
        if (
            line.cells is None
            and (m := _PICTOGRAPH.match(line.text))
            and line.text.rstrip().endswith(":")
            and len(line.text[m.end() :].split()) <= 8
        ):
            # "🔹 Nhiệm vụ trọng tâm:": a short line that leads the list
            # under it is no item of it.
            line.text = line.text[m.end() :]
    found = [
        (line, m)
        for line in lines
        if line.cells is None
        and (m := _KEYCAP.match(line.text) or _PICTOGRAPH.match(line.text))
        and marker(line.text)[0] == "text"
    ]
    if not found:
        return
    used = {marker(line.text)[0] for line in lines if line.cells is None}
    free = [
        typed
        for kind, typed in (
            ("bullet", "•"),
            ("star", "*"),
            ("dash", "-"),
            ("plus", "+"),
        )
        if kind not in used
    ] or ["•"]
    chosen: dict[str, str] = {}
    for line, m in found:
        rest = line.text[m.end() :]
        if "n" in m.groupdict():
            number = re.sub(r"\D", "", m.group("n")) or "10"  # "🔟"
            line.text = f"{number}. {rest}"
            continue
        if m.group("mark") not in chosen:
            chosen[m.group("mark")] = free[min(len(chosen), len(free) - 1)]
        line.text = f"{chosen[m.group('mark')]} {rest}"
