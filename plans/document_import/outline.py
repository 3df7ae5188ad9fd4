"""The outline of a plan before any meaning: its lines, the zones of a
Decree 30 document (header, title, preamble, body, closing), and the body as a
tree of blocks built from every numbering scheme Vietnamese plans use.

A block's kind is its marker: "I." (roman), "A." (upper), "1." / "1.1." /
"1.1.1." (dec1…dec4), "a)" (letter), "Tiêu chí số N" (criterion), "Chỉ tiêu
N.M" (indicator), "Điều N" (article), and the bullets "-", "+", "*", "•".
Numbered kinds nest by rank; bullets nest by the order they appear in (the
first bullet under a heading is the outer one), refined by indentation and
Word's list level. A line with no marker goes on its paragraph (a line that
starts in lower case continues the one before: Word's broken paragraphs) or
is body text of the block above it. A table in the body becomes a block whose
rows are blocks; its columns are mapped from their header words, and group
rows (A, B / I, II) are the parents of the rows below them.

The outline is built in stages, one module each: markers.py (numbering
schemes), blocks.py (Line, Block, Outline), lines.py (the document into
lines), parts.py (the zones around the body), table_columns.py and
table_rows.py (body tables); this module cuts the zones with them and
builds the body's tree of blocks (build)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import import chat_message, trailing_fields
from plans.document_import.blocks import Block, Line, Outline
from plans.document_import.checklist import DONE
from plans.document_import.lines import capital_headings, doc_type_of
from plans.document_import.markers import (
    BULLETS,
    DOC_TYPES,
    PERIOD,
    RANKS,
    SEPARATOR,
    SLASH_DATE,
    marker,
)
from plans.document_import.parts import (
    CAPTION,
    FORM,
    FORM_LABEL,
    LABEL_LINE,
    NOTE_OR_CAPTION,
    PAGE_FURNITURE,
    WEB_PAGE,
    announcing_sentence,
    appendix_start,
    closing_start_of,
    doc_type_key,
    hard_wrapped,
    is_basis,
    is_header_line,
    listed_bases,
    lone_appendix,
    lone_caption,
    names_joint,
    own_number,
    page_furniture,
    preamble_addressed,
    table_caption,
    title_goes_on,
    type_and_title,
    web_page,
    wrapped_in_the_header,
)
from plans.document_import.party_groups import party_plan, regroup
from plans.document_import.prose_appendix import appendix_heading, prose_appendix_start
from plans.document_import.subject_duties import duties_begin
from plans.document_import.table_columns import MARK_LEGEND, table_legends
from plans.document_import.table_rows import attach_table, continuation_end


def build(lines: list[Line]) -> Outline:
    """The zones of the document and the tree of its body. The lines of the
    web page it was copied from are set apart (`Outline.page`)."""
    page = web_page(lines)
    for position in page:
        lines[position].used = WEB_PAGE
    web = [line for position, line in enumerate(lines) if position in page]
    lines = [line for position, line in enumerate(lines) if position not in page]
    # A plan sent as a chat message: its lines that only talk set apart.
    if talk := chat_message.labelled(lines):
        for line in talk:
            line.used = chat_message.CHATTER
        web += talk
        talked = {id(line) for line in talk}
        lines = [line for line in lines if id(line) not in talked]
    capital_headings(lines)
    type_index = next(
        (
            i
            for i, line in enumerate(lines[:60])
            if line.cells is None
            and doc_type_of(line.text)
            and not wrapped_in_the_header(lines, i)
        ),
        None,
    )
    inline_title: Line | None = None
    inline_type = ""
    period: Line | None = None
    if type_index is None:
        type_index, appendix_type = lone_appendix(lines)
    else:
        appendix_type = ""
    captioned = False
    if type_index is None and not appendix_type:
        type_index, appendix_type = lone_caption(lines)
        captioned = type_index is not None
    if type_index is None and not appendix_type:
        type_index, inline_type, inline_title, period = type_and_title(lines)
    announcement: Line | None = None
    if type_index is None and not appendix_type:
        # A plan announced in a message, with no header: its first sentence
        # names it ("UBND xã … thông báo Kế hoạch số 88/KH-UBND ngày … về …").
        type_index, inline_type = announcing_sentence(lines)
        if type_index is not None:
            announcement = inline_title = lines[type_index]
    if appendix_type:
        # An appendix uploaded alone: its "PHỤ LỤC" heading stands where the
        # document's type would, its caption is the title, and it belongs
        # to the document its "(Kèm theo Kế hoạch số …)" line names.
        header, doc_type = lines[:type_index], appendix_type
        position = type_index
        if not captioned:
            lines[type_index].used = "loại văn bản"
            position += 1
    elif type_index is None:
        header_end = 0
        while header_end < min(len(lines), 12) and is_header_line(
            lines[header_end].text
        ):
            header_end += 1
        header, doc_type = lines[:header_end], ""
        position = header_end
    else:
        header, doc_type = (
            lines[:type_index],
            inline_type or DOC_TYPES[doc_type_key(lines[type_index].text)],
        )
        lines[type_index].used = "trích yếu" if inline_title else "loại văn bản"
        position = type_index + 1
    title: list[Line] = [inline_title] if inline_title else []
    if doc_type and not inline_title:
        first_kind = None
        while position < len(lines) and len(title) < 5:
            line = lines[position]
            kind, _, _ = marker(line.text)
            folded = fold(line.text)
            if FORM_LABEL.match(folded):
                # "Biểu số 02/NTM-XA" at a workbook's top right, read after
                # its "PHỤ LỤC": the form's number, not the title.
                line.used = FORM
                position += 1
                continue
            if SEPARATOR.match(line.text):
                line.used = "đường kẻ"
                position += 1
                break
            if line.cells is not None or (
                title and (kind != "text" or is_basis(folded))
            ):
                break
            if title and (
                len(line.text) > 220
                or line.text.rstrip().endswith(":")
                or (
                    first_kind is not None
                    and line.align != first_kind
                    # A title line as wide as the page reads as not centred
                    # (PDF): the next bold line still continues it.
                    and not (
                        "" in (line.align, first_kind) and line.bold and title[0].bold
                    )
                    # A quotation open, a line in lower case: it goes on.
                    and not title_goes_on(title, line)
                )
            ):
                break
            if not title and kind == "roman":
                break
            if title and (
                re.match(r"^\(?kem theo\b", folded) or NOTE_OR_CAPTION.match(folded)
            ):
                # "(Thực hiện Kế hoạch số …)", "BIỂU 01: NHÓM TIÊU CHÍ …",
                # "Phụ lục 02": a note or a table's caption under the title.
                break
            if title and (
                re.match(r"^(?:TM|T/M|KT|TL|TUQ|Q)\s*\.", line.text)
                or (line.text.rstrip().endswith(".") and line.text[:1].isupper())
            ):
                # A body sentence ("UBND xã tổ chức … ngày 15/11/2026.") or
                # the signature of a short plan with no sections: a title's
                # wrapped line goes on in lower case and ends with no stop.
                break
            if title and line.heading and line.heading != title[0].heading:
                # "MỤC ĐÍCH, YÊU CẦU" in Word's "Heading 1" style, with no
                # number: the body's first heading, not the title going on.
                break
            if (
                title
                and re.match(
                    r"^(?:chu tich |giam doc |truong ban )?(?:uy ban nhan dan|ban chi dao|ban thuong vu|ban chap hanh|ban thuong truc|hoi dong nhan dan)\b",
                    folded,
                )
                and line.text.isupper()
            ):
                # "ỦY BAN NHÂN DÂN HUYỆN …" under a decision's subject: the
                # body that decides, not the title.
                break
            first_kind = line.align if not title else first_kind
            title.append(line)
            position += 1
            # "Thực hiện Chương trình …" may be a title; a citation with its
            # number ("Thực hiện Kế hoạch số 73/KH-UBND") is a basis.
            if len(line.text) > 220:
                break
    if period is not None and title:
        # "KẾ HOẠCH GIAI ĐOẠN 2026-2030" over "Chỉnh trang khu dân cư …":
        # the period ends the title.
        title.append(period)
    closing_start = closing_start_of(lines, position)
    appendix = appendix_start(lines, closing_start)
    prose = appendix == len(lines) and (
        (appendix := prose_appendix_start(lines, closing_start)) < len(lines)
    )
    preamble: list[Line] = []
    wrapped = hard_wrapped(lines)
    while position < closing_start:
        line = lines[position]
        kind, _, rest = marker(line.text)
        if kind in ("dec1", "letter") and (listed := listed_bases(lines, position)):
            # "1. Căn cứ Nghị quyết số …;" / "2. Thực hiện Kế hoạch số …"
            # under the title: the bases, numbered, before part I.
            preamble += listed
            position += len(listed)
            continue
        if (
            line.cells is not None
            or line.heading
            or (
                # "- Căn cứ Luật …", "📌 Căn cứ Kế hoạch số …": bases listed
                # with a bullet are still the preamble.
                kind != "text"
                and not (kind in BULLETS and is_basis(fold(rest)))
                and not (kind in BULLETS and preamble_addressed(preamble))
            )
        ):
            break
        if preamble and re.search(r"\bnhu sau\s*:\s*$", fold(preamble[-1].text)):
            # "Hợp tác xã xây dựng kế hoạch như sau:" over paragraphs with no
            # heading (a cooperative's, subject_duties.py): the body begins.
            break
        if (
            preamble
            and line.bold
            and re.search(r"\bsau\s*:\s*$", fold(preamble[-1].text))
            and not re.search(r"[.:;]$", line.text.rstrip())
        ):
            # "… đề nghị các đơn vị thực hiện một số nội dung sau:" over a
            # body's name in bold (letter_bodies.py): the body begins.
            break
        if duties_begin(lines, position, closing_start, wrapped):
            break  # Its task paragraphs with no "như sau:" over them.
        preamble.append(line)
        position += 1
    furniture = page_furniture(lines, own_number(header))
    legend_lines, legends = table_legends(lines)
    root = Block(kind="root", number="", text="")
    stack: list[Block] = [root]
    previous: Block | None = None
    index = position
    end = closing_start
    while True:
        if index >= end and appendix < len(lines) and end < len(lines):
            # The appendix's task table (after the signature) is a part of
            # the body, under the appendix's heading.
            index, end = appendix, len(lines)
            heading: list[Line] = []
            if prose:  # Its items follow its caption (prose_appendix.py).
                heading = appendix_heading(lines, index, end)
                index += len(heading)
            while index < end and lines[index].cells is None and not prose:
                heading.append(lines[index])
                index += 1
            for line in heading:
                line.used = "phụ lục"
            stack = [root]
            part = Block(
                kind="part",
                number="",
                text=" ".join(line.text for line in heading),
                lines=heading,
                parent=root,
            )
            root.children.append(part)
            stack.append(part)
            previous = None
        if index >= end:
            break
        line = lines[index]
        if line.cells is not None:
            rows = []
            while index < end and lines[index].table == line.table:
                rows.append(lines[index])
                index += 1
            index = continuation_end(lines, index, end, rows)
            # A table stands beside the tasks above it, not inside the last
            # one's bullets or content.
            while len(stack) > 1 and (
                stack[-1].kind in BULLETS
                or (
                    stack[-1].kind in ("dec2", "dec3", "dec4", "letter", "item")
                    and stack[-1].children
                )
            ):
                stack.pop()
            attach_table(stack[-1], rows, legends)
            previous = None
            continue
        index += 1
        if index - 1 in legend_lines:
            # "Ghi chú: C - chủ trì; P - phối hợp" by a task table: read
            # with its marks, no text of the body.
            line.used = MARK_LEGEND
            continue
        if SEPARATOR.match(line.text):
            line.used = "đường kẻ"
            continue
        if line.used == DONE:
            continue  # "- [x] ~~…~~": a ticked check-list item (checklist.py)
        if index - 1 in furniture:
            # Not text of the block it stands in, which goes on after it.
            line.used = PAGE_FURNITURE
            continue
        if table_caption(lines, index - 1, end):
            # A workbook's later sheet: "(Kèm theo Kế hoạch số …)" and "BIỂU
            # 02: …" over the table, which goes on the tasks above.
            line.used = CAPTION
            continue
        kind, number, text = marker(line.text)
        if kind == "text" and (counted := _counts_on(line.text, stack)):
            kind, number, text = counted
        if kind == "text" and _period_heading(line, lines, index, end, stack):
            kind = "period"
        if (
            kind == "text"
            and line.heading
            # "1. Rà soát … của 12 xã đăng" / "ký về đích năm 2027": a line in
            # lower case under an unfinished one goes on it, even when a PDF
            # reader took it for a heading by its bold type.
            and not (
                previous is not None
                and line.text[:1].islower()
                and not re.search(r"[.:;!?]$", previous.lines[-1].text.rstrip())
            )
        ):
            # A heading in Word's "Heading N" style with no number typed or
            # drawn: a heading all the same, above the numbered blocks.
            kind = f"heading{min(line.heading, 3)}"
        if kind == "text":
            if previous is not None and (
                line.text[:1].islower()
                or (
                    wrapped
                    and len(previous.lines[-1].text) >= 55
                    and not re.search(r"[.:;!?…)”\"]$", previous.lines[-1].text)
                    # "Lãnh đạo phụ trách: đ/c …" under a task: a label
                    # starts its own line, however the task's line ends.
                    and not LABEL_LINE.match(line.text)
                )
            ):
                previous.text += " " + line.text
                previous.lines.append(line)
                continue
            if (
                stack[-1].kind in BULLETS
                and line.text.rstrip().endswith(":")
                and index < end
                and lines[index].cells is None
                and marker(lines[index].text)[0] == stack[-1].kind
            ):
                # "- … cải tạo kênh mương." then "Giao cho Hội Nông dân xã
                # thực hiện các nhiệm vụ sau:" then "- …": a paragraph that
                # leads the next list is not the bullet's text above it.
                while len(stack) > 1 and stack[-1].kind in BULLETS:
                    stack.pop()
            block = Block(
                kind="text", number="", text=line.text, lines=[line], parent=stack[-1]
            )
            stack[-1].children.append(block)
            previous = block
            continue
        block = Block(
            kind=kind,
            number=number,
            text=text,
            lines=[line],
            emphasis=line.emphasis,
            indent=line.indent,
            level=line.level,
        )
        _place(stack, block)
        previous = block
    if party_plan(header):
        regroup(root)  # A Party committee's "Một là, …" groups (party_groups.py).
    trailing_fields.lift(root)
    return Outline(
        lines=lines,
        header=header,
        doc_type=doc_type,
        title=title,
        preamble=preamble,
        body=root,
        closing=lines[closing_start:appendix],
        furniture=furniture,
        page=web,
        announcement=announcement,
        joint=bool(doc_type and header and names_joint(lines[type_index].text)),
    )


def _counts_on(text: str, stack: list[Block]) -> tuple[str, str, str] | None:
    """ "2/ 5 hộ …" right after "1/ …": the next number of a list typed
    with slashes, though it reads like a day and its month (SLASH_DATE)."""
    m = SLASH_DATE.match(text) and re.match(r"^(\d{1,2})/\s+(\S.*)$", text)
    if not m:
        return None
    above = next((b for b in reversed(stack) if b.kind == "dec1"), None)
    if (
        above is None
        or above.number != str(int(m.group(1)) - 1)
        or not re.match(r"^\d{1,2}/\s", above.lines[0].text)
    ):
        return None
    return "dec1", str(int(m.group(1))), m.group(2).strip()


def _period_heading(
    line: Line, lines: list[Line], following: int, end: int, stack: list[Block]
) -> bool:
    """Whether `line`, a line with no marker, is a period heading over the
    items after it ("Tháng 01/2027" over "- …" items): only a period, set
    apart (bold, italic, a Word heading, or ending in ":") or, in plain
    text, standing over a bullet or numbered item and under no task."""
    if line.cells is not None or not PERIOD.match(fold(line.text)):
        return False
    after = next((x for x in lines[following:end] if x.cells is None), None)
    if after is None or marker(after.text)[0] == "text":
        return False
    if line.bold or line.italic or line.heading or line.text.endswith(":"):
        return True
    open_blocks = [entry.kind for entry in stack if entry.kind not in BULLETS]
    if open_blocks[-1] == "period":
        # "Tháng 11/2026" after the "-" items of "Tháng 10/2026", in plain
        # type: the next period, not text of the last item.
        return True
    return stack[-1].kind in (
        "root",
        "part",
        "roman",
        "article",
        "upper",
        "period",
    ) or (stack[-1].kind.startswith("heading"))


def _place(stack: list[Block], block: Block) -> None:
    if block.kind == "period":
        # A period heading is the sibling of the period above it, else a
        # child of the block it stands in ("1. Giao thông" / "Tháng
        # 01/2027:"), closed by the next marker of that block's rank or
        # higher ("2. Môi trường"); at the top it still heads the "1." items.
        periods = [n for n, entry in enumerate(stack) if entry.kind == "period"]
        if periods:
            del stack[periods[0] :]
        while len(stack) > 1 and stack[-1].kind in BULLETS:
            stack.pop()
        above = stack[-1].rank if len(stack) > 1 else -1
        block.placed_rank = max(RANKS["period"], above + 0.1)
    elif block.kind in BULLETS:
        for position in range(len(stack) - 1, 0, -1):
            entry = stack[position]
            if entry.kind in RANKS and entry.kind not in BULLETS:
                break  # a numbered heading above: the bullet is new under it
            if entry.kind == block.kind:
                nested = (
                    block.level is not None
                    and entry.level is not None
                    and block.level > entry.level
                ) or block.indent > entry.indent + 9
                if not nested:
                    del stack[position:]
                break
    else:
        while len(stack) > 1 and (
            stack[-1].kind in BULLETS or stack[-1].rank >= block.rank
        ):
            stack.pop()
    block.parent = stack[-1]
    stack[-1].children.append(block)
    stack.append(block)
