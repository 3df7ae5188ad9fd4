"""The Word pieces the corpus's generators (make_round12.py on) write their
plans with (python-docx): a 13-point paragraph, an A4 page, a borderless or
a ruled table, a cell's paragraphs, fixed column widths, a header row
repeated on every page, a ruled task table whose cells hold paragraphs, the
national header as a borderless two-column table, "KẾ HOẠCH" and the title,
the closing either side by side in a table or one paragraph under another,
and the document's bytes."""

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def para(doc, text, bold=False, italic=False, center=False, indent=None, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    r.font.size = Pt(13)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def save(document) -> bytes:
    """The file of a python-docx Document (or of an openpyxl Workbook)."""
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def a4(doc, *, left=3.0, right=2.0, landscape=False):
    """Every section on A4 paper (turned when `landscape`), 2 cm from the top
    and the bottom, `left` and `right` cm from the sides: by default Decree
    30's page (3 cm left, 2 cm right)."""
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.left_margin, section.right_margin = Cm(left), Cm(right)
        section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)


def _borders(table, **line):
    """The table's outer and inner borders, each with the attributes `line`."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        for name, value in line.items():
            b.set(qn(f"w:{name}"), value)
        borders.append(b)
    table._tbl.tblPr.append(borders)


def no_borders(table):
    _borders(table, val="nil")


def ruled(table):
    """Thin single lines around the table and between its cells."""
    _borders(table, val="single", sz="4")


def fill(cell, paragraphs, *, size=12, bold=False, center=False):
    """`cell`'s text replaced by `paragraphs` in `size` points: one string,
    or a list, one item a paragraph, each a string (in bold when `bold`) or a
    (text, bold) pair; every paragraph centred when `center`."""
    cell.text = ""
    items = [paragraphs] if isinstance(paragraphs, str) else paragraphs
    for i, item in enumerate(items):
        text, strong = (item, bold) if isinstance(item, str) else item
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(text)
        run.font.size = Pt(size)
        run.bold = strong
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def fixed_widths(table, widths, *, table_width=False, twips=round):
    """Column widths (cm) in the table grid and every cell, the layout fixed,
    as Word writes a table whose columns were dragged to size. With
    `table_width`, autofit off and the table's own width stated too, as round
    20 wrote its tables; `twips` makes a width in twips whole (round 20 cut
    it: `int`)."""
    pr = table._tbl.tblPr
    if table_width:
        table.autofit = False
        for old in pr.findall(qn("w:tblW")):
            pr.remove(old)
        width = OxmlElement("w:tblW")
        width.set(qn("w:w"), str(twips(sum(widths) * 567)))
        width.set(qn("w:type"), "dxa")
        pr.append(width)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    pr.append(layout)
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    for column, width in zip(grid, widths, strict=True):
        column.set(qn("w:w"), str(twips(width * 567)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def repeat_header(row, *, stated=True):
    """`row` made a header row, repeated at the top of every page the table
    runs onto: its w:tblHeader with w:val="true" as Word writes it, or with
    no value, which means the same (`stated=False`, as round 20 wrote it)."""
    header = OxmlElement("w:tblHeader")
    if stated:
        header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def task_table(doc, head, rows, widths, *, bold_titles=True, size=12):
    """A ruled table: `head` cells, then per row a list of cells, each a
    list of paragraphs (the content cell's first is the work's name)."""
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, text in enumerate(head):
        fill(t.rows[0].cells[i], text, size=size, bold=True, center=True)
    for row in rows:
        cells = t.add_row().cells
        for i, value in enumerate(row):
            # The content cell's first paragraph, the work's name, in bold
            # when `bold_titles`.
            paragraphs = [
                (text, bold_titles and i == 1 and k == 0)
                for k, text in enumerate(value)
            ]
            fill(
                cells[i],
                paragraphs,
                size=size,
                center=i in (0, len(row) - 1) and len(value) == 1,
            )
    fixed_widths(t, widths)
    return t


def side_by_side(doc, left_lines, right_lines, *, centre_left=True):
    """Two columns of lines in a borderless table, centred (the left one
    only when `centre_left`)."""
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    for c, lines, centre in (
        (t.cell(0, 0), left_lines, centre_left),
        (t.cell(0, 1), right_lines, True),
    ):
        c.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            c.add_paragraph(line)
        if centre:
            for p in c.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def header_table(doc, issuer_lines, place_and_date):
    """The issuer beside the national motto and the place and date."""
    return side_by_side(doc, issuer_lines, [*MOTTO, place_and_date])


def opening(issuer_lines, place_and_date, title):
    """A new Word plan: its header, then "KẾ HOẠCH" and its title."""
    doc = Document()
    header_table(doc, issuer_lines, place_and_date)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    return doc


def closing_beside(doc, recipients, signature):
    """ "Nơi nhận" on the left and the signature on the right of a borderless
    table, as offices lay out the last lines."""
    side_by_side(doc, ["Nơi nhận:", *recipients], signature, centre_left=False)


def closing_under(doc, recipients, lines):
    """ "Nơi nhận" and its list, then the signature's lines centred."""
    para(doc, "Nơi nhận:", bold=True, italic=True)
    for r in recipients:
        para(doc, r)
    for line in lines:
        para(doc, line, bold=bool(line) and line.isupper(), center=True)
