"""The appendix PDF drawn without a layout engine (reports/exports/pdf_draw.py):
what WeasyPrint did for free and the drawing must do itself — wrapping,
figures on one line, letters Liberation Serif lacks, invisible controls, the
fonts embedded with their text layer. Read back with pypdf."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from reports.exports import render
from reports.exports.pdf_draw import _Font, _font_file, wrap
from reports.exports.tables import NUMBER, Column, HeaderCell, Row, Table
from tests.reports.test_export_print import long_table


def table(rows: list[list], columns: list[Column] | None = None) -> Table:
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
        rows=[Row(cells) for cells in rows],
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


def test_bidi_controls_are_not_drawn():
    data = render(table([["1", "\u202eabc Thôn Một", 5]]), "pdf")
    text = text_of(data)
    assert "abc Thôn Một" in text
    assert "\u202e" not in text


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
