"""Word .docx read straight from its XML: paragraphs with the numbering Word
draws (numbering.xml counters), indentation, style, alignment and bold/italic
runs; tables as rows of cells with their horizontal and vertical merges.

python-docx is not used here: it hides automatic numbering and merged cells,
and lxml over the parts is faster on long plans.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from ntm.documents import legacy
from ntm.documents.errors import NOT_DOCX, ZIP_MEMBER_ERRORS, DocumentError
from ntm.documents.model import Cell, Document, Paragraph, Row, Run, Table
from ntm.text import visible_text

# A part may not inflate beyond this (zip bombs).
MAX_PART_BYTES = 50 * 1024 * 1024
TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True
)
# Bullet glyphs of the Symbol and Wingdings fonts (private use area).
BULLETS = {
    "\uf0b7": "•",
    "\uf0a7": "▪",
    "\uf0d8": "➢",
    "\uf076": "❖",
    "\uf0fc": "✓",
    "\uf02d": "-",
    "\uf02b": "+",
    "\uf0e0": "➢",
    "o": "o",
}
ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]


def _roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _letter(n: int) -> str:
    # a … z, aa … zz (Word repeats the letter)
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter",):
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


def _on(element) -> bool:
    """A Word on/off property: present and not val="0"/"false"/"off"."""
    if element is None:
        return False
    value = element.get(f"{{{_ns.w}}}val")
    return value not in ("0", "false", "off", "none")


class _Namespace:
    w = TRANSITIONAL

    @staticmethod
    def q(name: str) -> str:
        return f"{{{TRANSITIONAL}}}{name}"


_ns = _Namespace()


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    indent: float | None = None
    legal: bool = False
    restart: int | None = None
    # The paragraph style the level is linked to (w:pStyle): a paragraph in
    # that style whose w:numPr names no level is on this one.
    style: str = ""


@dataclass
class _Styles:
    names: dict[str, str] = field(default_factory=dict)
    based_on: dict[str, str] = field(default_factory=dict)
    bold: dict[str, bool | None] = field(default_factory=dict)
    italic: dict[str, bool | None] = field(default_factory=dict)
    indent: dict[str, float | None] = field(default_factory=dict)
    num: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    align: dict[str, str | None] = field(default_factory=dict)
    fonts: dict[str, str | None] = field(default_factory=dict)
    default_paragraph: str = ""
    default_font: str = ""

    def chain(self, style_id: str):
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            yield style_id
            style_id = self.based_on.get(style_id, "")

    def first(self, table: dict, style_id: str):
        for sid in self.chain(style_id):
            value = table.get(sid)
            if value is not None:
                return value
        return None

    def list_of(self, style_id: str) -> tuple[str | None, int | None]:
        """The list and the level a paragraph of the style is on: each the
        nearest the style's chain states ("List Number 2" may give only
        its w:ilvl, the list coming from "List Number" it is based on)."""
        num_id = level = None
        for sid in self.chain(style_id):
            own_id, own_level = self.num.get(sid, (None, None))
            num_id = own_id if num_id is None else num_id
            level = own_level if level is None else level
        return num_id, level


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _twips(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return int(float(value)) / 20.0
    except ValueError:
        return None


def _indent_of(ppr) -> float | None:
    if ppr is None:
        return None
    ind = ppr.find(_ns.q("ind"))
    if ind is None:
        return None
    return _twips(ind.get(_ns.q("left")) or ind.get(_ns.q("start")))


def _align(ppr) -> str | None:
    jc = ppr.find(_ns.q("jc")) if ppr is not None else None
    if jc is None:
        return None
    value = jc.get(_ns.q("val"), "")
    return {"start": "left", "end": "right"}.get(value, value)


def _font(rpr) -> str | None:
    """The font a run's properties name for its text beyond ASCII (w:hAnsi,
    where the legacy fonts' Vietnamese letters are), else for ASCII."""
    fonts = rpr.find(_ns.q("rFonts")) if rpr is not None else None
    if fonts is None:
        return None
    return fonts.get(_ns.q("hAnsi")) or fonts.get(_ns.q("ascii"))


def _num_pr(ppr) -> tuple[str | None, int | None]:
    if ppr is None:
        return None, None
    num_pr = ppr.find(_ns.q("numPr"))
    if num_pr is None:
        return None, None
    num_id = num_pr.find(_ns.q("numId"))
    ilvl = num_pr.find(_ns.q("ilvl"))
    level = None
    if ilvl is not None:
        try:
            level = int(ilvl.get(_ns.q("val"), "0"))
        except ValueError:
            level = 0
    return (num_id.get(_ns.q("val")) if num_id is not None else None), level


def _read_styles(root) -> _Styles:
    styles = _Styles()
    if root is None:
        return styles
    for style in root.iter(_ns.q("style")):
        sid = style.get(_ns.q("styleId"), "")
        name = style.find(_ns.q("name"))
        styles.names[sid] = name.get(_ns.q("val"), sid) if name is not None else sid
        based = style.find(_ns.q("basedOn"))
        if based is not None:
            styles.based_on[sid] = based.get(_ns.q("val"), "")
        rpr = style.find(_ns.q("rPr"))
        styles.fonts[sid] = _font(rpr)
        if rpr is not None:
            b, i = rpr.find(_ns.q("b")), rpr.find(_ns.q("i"))
            styles.bold[sid] = _on(b) if b is not None else None
            styles.italic[sid] = _on(i) if i is not None else None
        ppr = style.find(_ns.q("pPr"))
        styles.indent[sid] = _indent_of(ppr)
        styles.align[sid] = _align(ppr)
        num_id, level = _num_pr(ppr)
        if num_id is not None or level is not None:
            styles.num[sid] = (num_id, level)
        if style.get(_ns.q("type")) == "paragraph" and style.get(_ns.q("default")) in (
            "1",
            "true",
        ):
            styles.default_paragraph = sid
    defaults = root.find(f"{_ns.q('docDefaults')}/{_ns.q('rPrDefault')}")
    if defaults is not None:
        styles.default_font = _font(defaults.find(_ns.q("rPr"))) or ""
    return styles


class _Numbering:
    """Word's list counters: numId → abstract levels, counted as paragraphs
    come, a level's count restarting when a level above it moves on."""

    def __init__(self, root, styles: _Styles | None = None):
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.nums: dict[str, str] = {}
        self.overrides: dict[str, dict[int, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        # A list whose abstract only names a list style (w:numStyleLink,
        # Word's "Define New List Style"): abstract → the style's list.
        self.linked: dict[str, str] = {}
        # Levels a w:num redefines whole (w:lvlOverride/w:lvl).
        self.own_levels: dict[str, dict[int, _Level]] = {}
        if root is None:
            return
        for abstract in root.iter(_ns.q("abstractNum")):
            levels = {}
            for lvl in abstract.iter(_ns.q("lvl")):
                if (read := _read_level(lvl)) is not None:
                    levels[read[0]] = read[1]
            aid = abstract.get(_ns.q("abstractNumId"), "")
            self.abstract[aid] = levels
            link = abstract.find(_ns.q("numStyleLink"))
            if link is not None and styles is not None:
                style_num, _ = styles.list_of(link.get(_ns.q("val"), ""))
                if style_num:
                    self.linked[aid] = style_num
        for num in root.iter(_ns.q("num")):
            num_id = num.get(_ns.q("numId"), "")
            ref = num.find(_ns.q("abstractNumId"))
            if ref is not None:
                self.nums[num_id] = ref.get(_ns.q("val"), "")
            for override in num.iter(_ns.q("lvlOverride")):
                ilvl = _int(override.get(_ns.q("ilvl")), 0)
                start = override.find(_ns.q("startOverride"))
                if start is not None:
                    self.overrides.setdefault(num_id, {})[ilvl] = _int(
                        start.get(_ns.q("val")), 1
                    )
                lvl = override.find(_ns.q("lvl"))
                if lvl is not None and (read := _read_level(lvl)) is not None:
                    self.own_levels.setdefault(num_id, {})[ilvl] = read[1]

    def levels(self, num_id: str) -> dict[int, _Level]:
        abstract_id = self.nums.get(num_id, "")
        levels = self.abstract.get(abstract_id, {})
        seen = {num_id}
        while not levels and (linked := self.linked.get(abstract_id)):
            if linked in seen:
                break
            seen.add(linked)
            abstract_id = self.nums.get(linked, "")
            levels = self.abstract.get(abstract_id, {})
        if own := self.own_levels.get(num_id):
            levels = {**levels, **own}
        return levels

    def level_of_style(self, num_id: str, style_ids) -> int | None:
        """The level of list `num_id` linked to one of `style_ids` (a
        paragraph style and those it is based on), nearest first."""
        levels = self.levels(num_id)
        for sid in style_ids:
            for ilvl, level in sorted(levels.items()):
                if level.style and level.style == sid:
                    return ilvl
        return None

    def next_label(self, num_id: str, ilvl: int) -> tuple[str, float | None]:
        """The label of the next item of list `num_id` at level `ilvl`."""
        levels = self.levels(num_id)
        level = levels.get(ilvl)
        if level is None:
            return "", None
        counters = self.counters.setdefault(num_id, {})
        start = self.overrides.get(num_id, {}).get(ilvl, level.start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            deeper_level = levels.get(deeper)
            if deeper_level is None or deeper_level.restart != 0:
                del counters[deeper]
        if level.fmt == "bullet":
            glyph = level.text.strip()
            return BULLETS.get(glyph, glyph or "•"), level.indent
        if level.fmt == "none":
            return re.sub(r"%\d", "", level.text).strip(), level.indent

        def fill(match: re.Match) -> str:
            k = int(match.group(1)) - 1
            lvl = levels.get(k)
            if lvl is None:
                return ""
            value = counters.get(k, self.overrides.get(num_id, {}).get(k, lvl.start))
            fmt = "decimal" if level.legal else lvl.fmt
            return format_number(value, fmt)

        return re.sub(r"%(\d)", fill, level.text).strip(), level.indent


def _read_level(lvl) -> tuple[int, _Level] | None:
    """A w:lvl's number and level, None when its number is unreadable."""
    level = _Level()
    try:
        ilvl = int(lvl.get(_ns.q("ilvl"), "0"))
    except ValueError:
        return None
    start = lvl.find(_ns.q("start"))
    if start is not None:
        level.start = _int(start.get(_ns.q("val")), 1)
    fmt = lvl.find(_ns.q("numFmt"))
    if fmt is not None:
        level.fmt = fmt.get(_ns.q("val"), "decimal")
    text = lvl.find(_ns.q("lvlText"))
    if text is not None:
        level.text = text.get(_ns.q("val"), "")
    level.legal = lvl.find(_ns.q("isLgl")) is not None
    restart = lvl.find(_ns.q("lvlRestart"))
    if restart is not None:
        level.restart = _int(restart.get(_ns.q("val")))
    style = lvl.find(_ns.q("pStyle"))
    if style is not None:
        level.style = style.get(_ns.q("val"), "")
    level.indent = _indent_of(lvl.find(_ns.q("pPr")))
    return ilvl, level


class _Reader:
    def __init__(self, archive: zipfile.ZipFile):
        self.archive = archive
        main = self._main_part()
        root = self._xml(main)
        if root is None:
            raise DocumentError(NOT_DOCX, code="not_docx")
        if root.tag != _ns.q("document"):
            raise DocumentError(NOT_DOCX, code="not_docx")
        self.root = root
        rels = self._relationships(main)
        self.styles = _read_styles(self._xml(rels.get("styles", "")))
        self.numbering = _Numbering(self._xml(rels.get("numbering", "")), self.styles)
        self.notes = {
            kind: _notes(self._xml(rels.get(kind + "s", "")), kind)
            for kind in ("footnote", "endnote")
        }
        # The legacy encodings (ntm.documents.legacy) whose fonts were read.
        self.legacy: set[str] = set()
        # Per legacy encoding, whether the last paragraph that told was
        # stored in it, and whether the whole document's text is
        # (`_stored_in`).
        self.told: dict[str, bool] = {}
        self.whole: dict[str, bool | None] = {}

    def _main_part(self) -> str:
        rels = self._xml("_rels/.rels")
        if rels is not None:
            for rel in rels.iter(f"{{{REL}}}Relationship"):
                if rel.get("Type") in OFFICE_DOCUMENT:
                    return rel.get("Target", "").lstrip("/")
        return "word/document.xml"

    def _relationships(self, part: str) -> dict[str, str]:
        folder, name = posixpath.split(part)
        root = self._xml(posixpath.join(folder, "_rels", name + ".rels"))
        found: dict[str, str] = {}
        if root is None:
            return found
        for rel in root.iter(f"{{{REL}}}Relationship"):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External" or not target:
                continue
            path = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            found.setdefault(kind, path)
        return found

    def _xml(self, name: str):
        if not name:
            return None
        try:
            info = self.archive.getinfo(name)
        except KeyError:
            return None
        if info.file_size > MAX_PART_BYTES:
            raise DocumentError(NOT_DOCX, code="not_docx")
        try:
            # Strict OOXML names the same elements in another namespace.
            data = self.archive.read(info).replace(
                STRICT.encode(), TRANSITIONAL.encode()
            )
            return etree.fromstring(data, _PARSER)
        except (etree.XMLSyntaxError, *ZIP_MEMBER_ERRORS) as e:
            raise DocumentError(NOT_DOCX, code="not_docx") from e

    # ── paragraphs ──
    def paragraph(self, p) -> Paragraph:
        q = _ns.q
        ppr = p.find(q("pPr"))
        style_id = ""
        if ppr is not None:
            pstyle = ppr.find(q("pStyle"))
            if pstyle is not None:
                style_id = pstyle.get(q("val"), "")
        style_id = style_id or self.styles.default_paragraph
        align = _align(ppr)
        if align is None:
            align = self.styles.first(self.styles.align, style_id) or ""
        style_bold = bool(self.styles.first(self.styles.bold, style_id))
        style_italic = bool(self.styles.first(self.styles.italic, style_id))
        style_font = (
            self.styles.first(self.styles.fonts, style_id) or self.styles.default_font
        )
        runs: list[Run] = []
        notes: list[str] = []
        # Each run's text, bold, italic and font, judged as a paragraph
        # before any is converted (`_stored_in`).
        raw: list[tuple[str, bool, bool, str | None]] = []
        for r in p.iter(q("r")):
            # Deleted text (tracked changes) and field instructions are not text.
            if any(a.tag in (q("del"), q("moveFrom")) for a in r.iterancestors()):
                continue
            if _boxed(r, p):
                continue  # a text box's own paragraphs (`_text_boxes`)
            rpr = r.find(q("rPr"))
            bold, italic, font = style_bold, style_italic, style_font
            if rpr is not None:
                rstyle = rpr.find(q("rStyle"))
                if rstyle is not None:
                    sid = rstyle.get(q("val"), "")
                    sb = self.styles.first(self.styles.bold, sid)
                    si = self.styles.first(self.styles.italic, sid)
                    bold = sb if sb is not None else bold
                    italic = si if si is not None else italic
                    font = self.styles.first(self.styles.fonts, sid) or font
                font = _font(rpr) or font
                b, i = rpr.find(q("b")), rpr.find(q("i"))
                if b is not None:
                    bold = _on(b)
                if i is not None:
                    italic = _on(i)
                if _on(rpr.find(q("vanish"))):
                    continue
            pieces = []
            for child in r:
                tag = child.tag
                if tag == q("t"):
                    pieces.append(child.text or "")
                elif tag == q("tab") or tag == q("ptab"):
                    pieces.append("\t")
                elif tag in (q("br"), q("cr")):
                    pieces.append("\n")
                elif tag == q("noBreakHyphen"):
                    pieces.append("-")
                elif tag in (q("footnoteReference"), q("endnoteReference")):
                    # The note's mark: no text of the line; the note's own
                    # text goes with the paragraph, apart.
                    kind = "footnote" if tag == q("footnoteReference") else "endnote"
                    if note := self.notes[kind].get(child.get(q("id"), "")):
                        notes.append(note)
                elif tag == q("softHyphen"):
                    # Dropped by visible_text, but in a TCVN3 font the
                    # letter "ư" (LibreOffice writes U+00AD so).
                    pieces.append("\u00ad")
                elif tag == q("sym"):
                    code = child.get(q("char"), "")
                    try:
                        glyph = chr(int(code, 16))
                    except ValueError:
                        glyph = ""
                    pieces.append(BULLETS.get(glyph, glyph))
            raw.append(("".join(pieces), bold, italic, font))
        for text, bold, italic, font in raw:
            if (encoding := legacy.encoding_of_font(font)) and self._stored_in(
                encoding, raw, text
            ):
                # Converted before the invisible characters go: TCVN3's "ư"
                # is U+00AD, the soft hyphen.
                self.legacy.add(encoding)
                text = legacy.decode(text, encoding, capitals=legacy.capital_font(font))
            text = visible_text(text)
            if not text:
                continue
            if runs and (runs[-1].bold, runs[-1].italic) == (bool(bold), bool(italic)):
                runs[-1].text += text
            else:
                runs.append(Run(text, bool(bold), bool(italic)))
        num_id, level = _num_pr(ppr)
        style_num, style_level = self.styles.list_of(style_id)
        if num_id is None:
            num_id = style_num
            level = level if level is not None else style_level
        label, list_indent = "", None
        if num_id and num_id != "0":
            if level is None:
                # "Heading 1" linked to a list: the level names the style.
                level = self.numbering.level_of_style(
                    num_id, self.styles.chain(style_id)
                )
            label, list_indent = self.numbering.next_label(num_id, level or 0)
        indent = _indent_of(ppr)
        if indent is None:
            indent = list_indent
        if indent is None:
            indent = self.styles.first(self.styles.indent, style_id)
        text = "".join(r.text for r in runs)
        # Leading and trailing blanks are layout, not text.
        stripped = text.strip(" \t\n")
        if stripped != text and runs:
            lead = len(text) - len(text.lstrip(" \t\n"))
            runs = _trim(runs, lead, len(stripped))
        return Paragraph(
            text=stripped,
            runs=runs,
            label=label,
            level=level if label else None,
            indent=indent or 0.0,
            style=self.styles.names.get(style_id, style_id),
            align=align,
            notes=notes,
        )

    def _stored_in(self, encoding: str, raw: list, text: str) -> bool:
        """Whether a run's `text` in a font of the legacy `encoding` is stored
        in it, or is Unicode kept in the old font's name (an office that
        converted or re-typed the template): judged by its characters
        (legacy.verdict), then by its paragraph's runs in such fonts, then
        by the last paragraph that told, then by the whole document's text;
        converted when nothing tells, as legacy files are."""
        same = "".join(
            t for t, _, _, f in raw if legacy.encoding_of_font(f) == encoding
        )
        paragraph = legacy.verdict(same, encoding)
        if paragraph is not None:
            self.told[encoding] = paragraph
        found = legacy.verdict(text, encoding)
        if found is None:
            found = paragraph if paragraph is not None else self.told.get(encoding)
        if found is None:
            if encoding not in self.whole:
                self.whole[encoding] = legacy.verdict(
                    self._in_fonts(encoding), encoding
                )
            found = self.whole[encoding]
        return found is not False

    def _in_fonts(self, encoding: str) -> str:
        """The document's text in fonts of the legacy `encoding`: its runs
        that name such a font, or name none under such a default font."""
        q = _ns.q
        pieces = []
        for r in self.root.iter(q("r")):
            font = _font(r.find(q("rPr"))) or self.styles.default_font
            if legacy.encoding_of_font(font) == encoding:
                pieces += [t.text or "" for t in r.iter(q("t"))]
        return "".join(pieces)

    # ── tables ──
    def table(self, tbl) -> Table:
        q = _ns.q
        table = Table()
        open_merges: dict[int, tuple[int, Cell]] = {}
        for r_index, tr in enumerate(self._children(tbl, "tr")):
            row = Row()
            trpr = tr.find(q("trPr"))
            column = 0
            if trpr is not None:
                row.header = trpr.find(q("tblHeader")) is not None
                before = trpr.find(q("gridBefore"))
                if before is not None:
                    try:
                        column = int(before.get(q("val"), "0"))
                    except ValueError:
                        column = 0
            for tc in self._children(tr, "tc"):
                tcpr = tc.find(q("tcPr"))
                span, merge = 1, None
                if tcpr is not None:
                    grid_span = tcpr.find(q("gridSpan"))
                    if grid_span is not None:
                        try:
                            span = max(1, int(grid_span.get(q("val"), "1")))
                        except ValueError:
                            span = 1
                    v_merge = tcpr.find(q("vMerge"))
                    if v_merge is not None:
                        merge = v_merge.get(q("val"), "continue")
                paragraphs = self._cell_paragraphs(tc)
                text = "\n".join(p.full_text for p in paragraphs if p.full_text)
                if merge == "continue" and column in open_merges:
                    origin_row, origin = open_merges[column]
                    origin.rowspan += 1
                    cell = Cell(
                        text="",
                        column=column,
                        colspan=span,
                        covered=True,
                        origin=(origin_row, column),
                    )
                else:
                    cell = Cell(
                        text=text, paragraphs=paragraphs, column=column, colspan=span
                    )
                    if merge == "restart":
                        open_merges[column] = (r_index, cell)
                    else:
                        open_merges.pop(column, None)
                row.cells.append(cell)
                column += span
            table.rows.append(row)
        return table

    def _children(self, element, name: str):
        """`name` children, looking through content controls (w:sdt) and
        custom XML wrappers."""
        q = _ns.q
        for child in element:
            if child.tag == q(name):
                yield child
            elif child.tag in (q("sdt"), q("customXml"), q("sdtContent")):
                inner = child.find(q("sdtContent")) if child.tag == q("sdt") else child
                if inner is not None:
                    yield from self._children(inner, name)

    def _cell_paragraphs(self, tc) -> list[Paragraph]:
        q = _ns.q
        paragraphs = []
        for child in self._blocks(tc):
            if child.tag == q("p"):
                paragraph = self.paragraph(child)
                if paragraph.full_text:
                    paragraphs.append(paragraph)
            else:
                # A table inside a cell: its rows as tab-separated paragraphs.
                nested = self.table(child)
                for row in nested.rows:
                    text = "\t".join(c.text for c in row.cells if not c.covered)
                    if text.strip():
                        paragraphs.append(Paragraph(text=text, runs=[Run(text)]))
        return paragraphs

    def _blocks(self, element):
        q = _ns.q
        for child in element:
            if child.tag == q("p"):
                # A floating text box anchored in the paragraph (the
                # header's "Số: …" beside the motto): its paragraphs first.
                yield from _text_boxes(child)
                yield child
            elif child.tag == q("tbl"):
                yield child
            elif child.tag in (q("sdt"), q("customXml"), q("sdtContent")):
                inner = child.find(q("sdtContent")) if child.tag == q("sdt") else child
                if inner is not None:
                    yield from self._blocks(inner)

    def read(self, name: str) -> Document:
        q = _ns.q
        body = self.root.find(q("body"))
        document = Document(name=name, format="docx")
        if body is not None:
            document.blocks.extend(self._body_blocks(body))
        if self.legacy:
            document.notes.append(legacy.NOTE)
        return document

    def _body_blocks(self, element):
        """The paragraphs and tables of `element` (the body, or a frame's
        cell) as Paragraph and Table, a frame's content in its place."""
        q = _ns.q
        for child in self._blocks(element):
            if child.tag == q("p"):
                paragraph = self.paragraph(child)
                if paragraph.full_text:
                    yield paragraph
            elif (frame := self._frame_cell(child)) is not None:
                yield from self._body_blocks(frame)
            else:
                table = self.table(child)
                if any(c.text for row in table.rows for c in row.cells):
                    yield table

    def _frame_cell(self, tbl):
        """The one cell of a table of one row and one cell — a template's
        frame around the body (its paragraphs and the task table nested in
        it), not a table of rows — or None."""
        rows = list(self._children(tbl, "tr"))
        if len(rows) != 1:
            return None
        cells = list(self._children(rows[0], "tc"))
        return cells[0] if len(cells) == 1 else None


def _notes(root, kind: str) -> dict[str, str]:
    """The footnotes (or endnotes) of their part by id, each its paragraphs'
    text on one line; the separators Word keeps among them are no notes."""
    q = _ns.q
    found: dict[str, str] = {}
    if root is None:
        return found
    for note in root.iter(q(kind)):
        if note.get(q("type")) not in (None, "normal"):
            continue
        lines = [
            "".join(t.text or "" for t in p.iter(q("t"))) for p in note.iter(q("p"))
        ]
        text = " ".join(" ".join(lines).split())
        if text:
            found[note.get(q("id"), "")] = visible_text(text)
    return found


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _boxed(element, paragraph) -> bool:
    """Whether `element` stands in a text box (w:txbxContent) inside
    `paragraph`, or in the VML fallback Word writes beside a modern shape
    (mc:Fallback: the same text again)."""
    for ancestor in element.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag in (_ns.q("txbxContent"), _MC_FALLBACK):
            return True
    return False


def _text_boxes(paragraph):
    """The paragraphs of the text boxes anchored in `paragraph` — VML
    (w:pict/v:textbox) or DrawingML (wps:txbx, read once, not again from
    its mc:Fallback) — in document order, tables kept out."""
    q = _ns.q
    for box in paragraph.iter(q("txbxContent")):
        if _boxed(box, paragraph):
            continue  # nested, or the fallback copy
        for child in box:
            if child.tag == q("p"):
                yield from _text_boxes(child)
                yield child


def _trim(runs: list[Run], start: int, length: int) -> list[Run]:
    out: list[Run] = []
    position = 0
    for run in runs:
        begin, end = position, position + len(run.text)
        position = end
        lo, hi = max(begin, start), min(end, start + length)
        if lo < hi:
            out.append(Run(run.text[lo - begin : hi - begin], run.bold, run.italic))
    return out


def read_docx(name: str, data: bytes) -> Document:
    """A .docx file as a Document; DocumentError if it is not one."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise DocumentError(NOT_DOCX, code="not_docx") from error
    with archive:
        try:
            return _Reader(archive).read(name)
        except DocumentError:
            raise
        except (KeyError, *ZIP_MEMBER_ERRORS) as e:
            # A damaged or encrypted member, a bad CRC, an unsupported method.
            raise DocumentError(NOT_DOCX, code="not_docx") from e
