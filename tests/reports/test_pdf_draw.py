"""The appendix PDF drawn without a layout engine (reports/exports/pdf_draw.py):
what WeasyPrint did for free and the drawing must do itself — wrapping,
figures on one line, rows taller than a page, letters Liberation Serif lacks,
kerning, invisible controls, the fonts embedded with their text layer. Read
back with pypdf and pdfplumber."""

from __future__ import annotations

import io
import re
from itertools import pairwise

import pdfplumber
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from reports.exports import render
from reports.exports.pdf_draw import (
    BORDER,
    MARGIN_BOTTOM,
    _Font,
    _font_file,
    _kerning,
    wrap,
)
from reports.exports.tables import NUMBER, Column, HeaderCell, Row, Table
from tests.reports.test_export_print import long_table


def table(rows: list, columns: list[Column] | None = None) -> Table:
    columns = columns or [
        Column("stt", width=5),
        Column("name", width=40),
        Column("quantity", kind=NUMBER, width=5),
    ]
    return Table(
        slug="bieu-thu",
        frame=long_table(1).frame,  # ten recipients, a signer
        columns=columns,
        header=[[HeaderCell(c.key) for c in columns]],
        rows=[cells if isinstance(cells, Row) else Row(cells) for cells in rows],
    )


def text_of(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def regular() -> _Font:
    return _Font("F1", _font_file(False, False))


def test_wrap_breaks_at_spaces_and_line_breaks_and_cuts_long_words():
    font = regular()
    width = font.width("Thôn Nà Lài", 11) + 0.5
    assert wrap("Thôn Nà Lài Thôn Nà Lài", font, 11, width) == [
        "Thôn Nà Lài",
        "Thôn Nà Lài",
    ]
    assert wrap("một\nhai", font, 100, 1000) == ["một", "hai"]
    assert wrap("một\n\nhai", font, 100, 1000) == ["một", "", "hai"]
    assert wrap("một\r\nhai\n", font, 100, 1000) == ["một", "hai"]
    long = "x" * 60
    lines = wrap(long, font, 11, 50)
    assert "".join(lines) == long and len(lines) > 1
    assert all(font.width(line, 11) <= 50 for line in lines)


def test_a_figure_is_never_wrapped_even_in_a_narrow_column():
    """A figure's column widens to hold it on one line (the name column gives
    up the room), as WeasyPrint's automatic table layout did."""
    data = render(table([["1", "Trồng cây", 1234567890123]]), "pdf")
    assert "1.234.567.890.123" in text_of(data)


def test_a_letter_liberation_serif_lacks_is_drawn_and_kept_in_the_text():
    """ "‽" is not in Liberation Serif 2: drawn with DejaVu Serif, embedded
    too, and the text layer still reads it."""
    assert ord("‽") not in _font_file(False, False).glyphs
    data = render(table([["1", "Ghi chú ‽ đạt", 5]]), "pdf")
    assert "Ghi chú ‽ đạt" in text_of(data)
    page = PdfReader(io.BytesIO(data)).pages[0]
    names = {
        str(font.get_object()["/BaseFont"])
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVu-Serif" in name for name in names), names
    assert any("Liberation-Serif" in name for name in names), names


# Embeddings and overrides, isolates, marks (LRM, RLM, ALM).
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


@pytest.mark.parametrize("control", BIDI)
def test_bidi_controls_are_not_drawn_and_the_text_keeps_its_order(control):
    """A Vietnamese line is left to right: a right-to-left override pasted
    into a cell (a Zalo message, a spoofed name) is not obeyed nor drawn, and
    takes no room; the text stays, in the order it was typed."""
    data = render(table([["1", f"{control}abc Thôn{control} Một", 5]]), "pdf")
    text = text_of(data)
    assert "abc Thôn Một" in text
    assert control not in text
    with plumber(data) as pdf:
        chars = pdf.pages[0].chars
    drawn = "".join(char["text"] for char in chars)
    row = chars[drawn.index("abc Thôn Một") :][: len("abc Thôn Một")]
    assert [char["x0"] for char in row] == sorted(char["x0"] for char in row)
    assert all(a["x1"] == pytest.approx(b["x0"]) for a, b in pairwise(row))


@pytest.mark.parametrize("rows", [1, 60])
def test_every_page_is_a4_landscape_with_its_fonts_embedded(rows):
    data = render(table([[str(n), f"Thôn {n}", n] for n in range(rows)]), "pdf")
    reader = PdfReader(io.BytesIO(data))
    assert (len(reader.pages) > 1) == (rows > 1)
    for page in reader.pages:
        assert round(float(page.mediabox.width)) == 842
        assert round(float(page.mediabox.height)) == 595
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor and "/ToUnicode" in font
    # Every row once, whole, in order.
    text = text_of(data)
    positions = [text.index(f"Thôn {n} {n}") for n in range(rows)]
    assert positions == sorted(positions)


# ── issue 23, goal 4 follow-up: long rows, fallback fonts, kerning, controls ──

COLUMNS = [
    Column("stt", width=5),
    Column("Nội dung", width=40),
    Column("Số lượng", kind=NUMBER, width=8),
    Column("Ghi chú", width=20),
]
WORDS = [f"việc{n:03d}" for n in range(1, 701)]  # a task of 700 words
NOTES = [f"dòng{n:02d}" for n in range(1, 81)]  # a note of 80 lines


def plumber(data: bytes) -> pdfplumber.PDF:
    return pdfplumber.open(io.BytesIO(data))


@pytest.mark.parametrize(
    ("kind", "last"), [("data", False), ("data", True), ("note", True)]
)
def test_a_row_taller_than_a_page_continues_on_the_next_pages(kind, last):
    """Cut line by line under the header repeated on each page, never past
    the bottom margin, every word once and in order; the figure stays on the
    row's first page; the signature block follows the row's last part."""
    if kind == "note":
        tall = Row([" ".join(WORDS)], "note")
    else:
        notes = "\n".join(f"Ghi chú {line}" for line in NOTES)
        tall = Row(["2", " ".join(WORDS), 4321, notes])
    rows = [Row(["1", "Thôn đầu", 5, ""]), tall]
    if not last:
        rows.append(Row(["3", "Thôn cuối", 7, ""]))
    data = render(table(rows, COLUMNS), "pdf")
    assert data == render(table(rows, COLUMNS), "pdf")  # same bytes every run
    with plumber(data) as pdf:
        bottom = pdf.pages[0].height - MARGIN_BOTTOM
        for page in pdf.pages:
            assert max(char["bottom"] for char in page.chars) <= bottom
            assert max(line["bottom"] for line in page.lines) <= bottom + BORDER
        pages = [[w["text"] for w in page.extract_words()] for page in pdf.pages]
    every = [word for page in pages for word in page]
    for word in WORDS + (NOTES if kind == "data" else []):
        assert every.count(word) == 1, word
    assert [w for w in every if w in WORDS] == WORDS
    holding = [n for n, page in enumerate(pages) if set(page) & set(WORDS)]
    assert len(holding) >= 2 and holding == list(range(holding[0], holding[-1] + 1))
    for n in holding:
        assert {"Nội", "(1)", "(4)"} <= set(pages[n]), n  # the header, repeated
    if kind == "data":
        (figure,) = [n for n, page in enumerate(pages) if "4.321" in page]
        assert figure == holding[0] and "việc001" in pages[figure]
        assert every.count("4.321") == 1 and every.count("dòng01") == 1
    assert "Nơi nhận:" in " ".join(pages[-1])
    if last:  # the signature block goes with the row's last part
        assert "việc700" in pages[-1]
    else:
        assert every.index("cuối") > every.index("việc700")


@pytest.mark.parametrize("count", [330, 390])
def test_a_tall_first_row_is_split_on_the_first_page_under_the_title(count):
    """A first row too tall for page 1 under the title block, though a later
    page could take it whole, is cut where page 1 ends (the page holds nothing
    else), never drawn past the bottom margin."""
    words = [f"từ{n:03d}" for n in range(1, count + 1)]
    rows = [Row(["1", " ".join(words), 2, ""]), Row(["2", "Thôn cuối", 3, ""])]
    data = render(table(rows, COLUMNS), "pdf")
    assert data == render(table(rows, COLUMNS), "pdf")  # same bytes every run
    with plumber(data) as pdf:
        bottom = pdf.pages[0].height - MARGIN_BOTTOM
        every = []
        for page in pdf.pages:
            assert max(char["bottom"] for char in page.chars) <= bottom
            every += [w["text"] for w in page.extract_words()]
    for word in words:
        assert every.count(word) == 1, word
    assert [w for w in every if w in set(words)] == words
    assert "Nơi nhận:" in " ".join(every)


ZALO = "✅ Đã xong 👉 xem tại thôn 📌 ghim ★ ① 中文 한글 ‽ 🫠 hết"


def test_what_liberation_serif_lacks_comes_from_an_installed_font_never_a_box():
    """Pasted from Zalo: emoji from Symbola, stars and circled numbers from
    DejaVu Sans, Chinese and Korean from WenQuanYi Micro Hei; "🫠", in no
    installed font, printed as "�" and read back as itself. No glyph is the
    empty box (.notdef, glyph 0)."""
    data = render(table([["1", ZALO, 5]]), "pdf")
    assert ZALO in text_of(data)
    with plumber(data) as pdf:
        page = pdf.pages[0]
        assert ZALO in page.extract_text()
        faces = {char["text"]: char["fontname"].split("+")[1] for char in page.chars}
        drawn = "".join(char["text"] for char in page.chars)
        row = page.chars[drawn.index(ZALO) :][: len(ZALO)]
    # Each run starts where the one before ends: measured as drawn.
    assert all(a["x1"] == pytest.approx(b["x0"], abs=0.01) for a, b in pairwise(row))
    assert faces["✅"] == faces["👉"] == faces["📌"] == "Symbola-Regular"
    assert faces["★"] == faces["①"] == "DejaVu-Sans-Book"
    assert faces["中"] == faces["한"] == "WenQuanYi-Micro-Hei-Regular"
    assert faces["‽"] == "DejaVu-Serif-Book" and faces["Đ"].startswith("Liberation")
    reader = PdfReader(io.BytesIO(data))
    content = reader.pages[0].get_contents().get_data()
    for codes in re.findall(rb"<([0-9A-F]+)>", content):
        assert b"0000" not in [codes[i : i + 4] for i in range(0, len(codes), 4)]
    # The substitute font: its codes all lead to its own glyph of "�".
    (font,) = [
        f.get_object()["/DescendantFonts"][0].get_object()
        for f in reader.pages[0]["/Resources"]["/Font"].values()
        if f.get_object()["/DescendantFonts"][0].get_object()["/CIDToGIDMap"]
        != "/Identity"
    ]
    program = TTFont(io.BytesIO(font["/FontDescriptor"]["/FontFile2"].get_data()))
    mark = program.getGlyphID(program.getBestCmap()[0xFFFD])
    to_glyph = font["/CIDToGIDMap"].get_data()
    codes = {to_glyph[i : i + 2] for i in range(2, len(to_glyph), 2)}
    assert mark and codes == {mark.to_bytes(2, "big")}


def test_kerning_closes_up_pairs_in_the_text_and_in_the_measure():
    """Liberation Serif 2's kerning pairs (GPOS): "AV" and "To" drawn closer,
    by as much as the width that wraps and aligns the text counts."""
    file = _font_file(False, False)
    kern = _kerning(file.path)
    assert kern["AV"] < 0 and kern["To"] < 0 and "A " not in kern
    font = _Font("F1", file, kern=kern)
    advance = file.advances[file.glyphs[ord("A")]]
    assert font.width("AV", 11) == pytest.approx(
        (advance + file.advances[file.glyphs[ord("V")]] + kern["AV"]) * 11 / file.em
    )
    data = render(table([["1", "AVTo", 5]]), "pdf")
    with plumber(data) as pdf:
        chars = pdf.pages[0].chars
    text = "".join(char["text"] for char in chars)
    a, v = chars[text.index("AVTo")], chars[text.index("AVTo") + 1]
    assert v["x0"] - a["x0"] == pytest.approx(
        (advance + kern["AV"]) * 11 / file.em, abs=0.01
    )
    assert "AVTo" in text_of(data)


def test_tabs_and_line_separators_are_spaces_and_line_breaks():
    """A tab pasted from a spreadsheet separates words (it glued them); a line
    or paragraph separator (U+2028, U+2029) or vertical tab breaks the line."""
    text = "Làm\tđường bê tông\u2028Thôn Nà Lài\u2029xong\vđạt"
    data = render(table([["1", text, 5]]), "pdf")
    with plumber(data) as pdf:
        lines = pdf.pages[0].extract_text().splitlines()
    for line in ("1 Làm đường bê tông 5", "Thôn Nà Lài", "xong", "đạt"):
        assert line in lines, lines
