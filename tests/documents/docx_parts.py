"""A .docx written from its XML parts, for tests that need what python-docx
cannot make: multi-level automatic numbering, merged cells, tracked changes,
content controls."""

from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Heading1"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>"""
# numId 1: I. / 1. / 1.1. / a) — the outline of a district plan.
# numId 2: "-" bullets then "+" bullets.
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="10">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:pPr><w:ind w:left="720"/></w:pPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2.%3."/><w:pPr><w:ind w:left="1080"/></w:pPr></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%4)"/><w:pPr><w:ind w:left="1440"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="20">
<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="+"/></w:lvl>
<w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>"""


def p(
    text: str = "",
    *,
    num: tuple[int, int] | None = None,
    style: str = "",
    runs: list[tuple[str, str]] | None = None,
    extra: str = "",
) -> str:
    """A w:p. `runs`: (text, "b"/"i"/"bi"/"") pairs; `num`: (numId, ilvl)."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += (
            f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        )
    body = ""
    for piece, marks in runs or [(text, "")]:
        rpr = ("<w:b/>" if "b" in marks else "") + ("<w:i/>" if "i" in marks else "")
        body += f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{body}{extra}</w:p>"


def tc(
    text: str,
    *,
    span: int = 1,
    vmerge: str | None = None,
    width: int | None = None,
    body: str | None = None,
) -> str:
    """A table cell: `width` in twentieths of a point (2000 a column spanned),
    `body` its paragraphs (one of `text`)."""
    pr = f'<w:tcW w:w="{width or 2000 * span}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{p(text) if body is None else body}</w:tc>"


# Table properties (inside <w:tblPr>): a width Word sizes itself, a fixed
# width of 9000 twips, single rules on every edge.
AUTO_WIDTH = '<w:tblW w:w="0" w:type="auto"/>'
FIXED_WIDTH = '<w:tblW w:w="9000" w:type="dxa"/>'
RULED = (
    '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
    '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
    '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
)


def table(rows, widths, properties: str = AUTO_WIDTH) -> str:
    """A table of `rows` (lists of cells, see `tc`) on columns of `widths`
    (twips), with `properties` (see AUTO_WIDTH)."""
    return (
        f"<w:tbl><w:tblPr>{properties}</w:tblPr><w:tblGrid>"
        + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        + "</w:tblGrid>"
        + "".join(f"<w:tr>{''.join(r)}</w:tr>" for r in rows)
        + "</w:tbl>"
    )


def tbl(*rows: list[str]) -> str:
    """A table of `rows` on columns of 2000 twips, as many as the widest row
    spans."""
    width = max(
        sum(
            int(re.search(r'gridSpan w:val="(\d+)"', c).group(1))
            if "gridSpan" in c
            else 1
            for c in r
        )
        for r in rows
    )
    return table(rows, [2000] * width)


def docx(*blocks: str, styles: str = STYLES, numbering: str = NUMBERING) -> bytes:
    """A .docx of `blocks` (body XML), with these styles and list numberings."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'
        + "".join(blocks)
        + "<w:sectPr/></w:body></w:document>"
    )
    return zipped(
        {
            "[Content_Types].xml": CONTENT_TYPES,
            "_rels/.rels": RELS,
            "word/_rels/document.xml.rels": DOCUMENT_RELS,
            "word/document.xml": document,
            "word/styles.xml": styles,
            "word/numbering.xml": numbering,
        }
    )


def zipped(files: dict[str, str | bytes]) -> bytes:
    """A zip archive (deflated) of `files`: {name in the archive: content}."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()
