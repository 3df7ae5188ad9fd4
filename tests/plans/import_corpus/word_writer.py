"""The Word pieces rounds 12–14 write their plans with (python-docx): a
13-point paragraph, a borderless table, the national header as a
borderless two-column table, "KẾ HOẠCH" and the title, and the closing
either side by side in a table or one paragraph under another."""

from docx import Document
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


def no_borders(table):
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "nil")
        borders.append(b)
    table._tbl.tblPr.append(borders)


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
