"""What a document is once read, whatever its format: an ordered list of
paragraphs and tables, with the structure officials gave them (numbering,
indentation, bold and italic runs, merged table cells)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Run:
    """A stretch of text with one emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Paragraph:
    """One paragraph (a line of a text file, a paragraph of Word, a paragraph
    rebuilt from the lines of a PDF).

    `text` is NFC with tabs kept as "\\t" and soft line breaks as "\\n",
    invisible format characters removed (ntm.text.visible_text) and legacy
    TCVN3/VNI letters converted (ntm.documents.legacy); it
    does not include `label`, the number or bullet that Word draws by itself
    (automatic numbering) — a number typed by hand stays in `text`.
    """

    text: str
    runs: list[Run] = field(default_factory=list)
    # Automatic numbering as Word draws it ("1.", "1.2.", "a)", "II.", "-",
    # "•") and its list level (0 = outermost); "" and None when not a list item.
    label: str = ""
    level: int | None = None
    # Left indentation in points (Word: paragraph or list indent; text: 36 per
    # leading tab or 4 spaces; PDF: distance from the page's text margin).
    indent: float = 0.0
    style: str = ""  # Word's style name: "Heading 1", "List Paragraph", …
    align: str = ""  # "center", "right", "both" (justified) or "" (left)
    page: int | None = None  # 1-based, PDF only
    # The text of the footnotes and endnotes whose marks stand in the
    # paragraph (Word), in order; the marks themselves are not in `text`.
    notes: list[str] = field(default_factory=list)

    @property
    def bold(self) -> bool:
        """Every visible character is bold."""
        visible = [r for r in self.runs if r.text.strip()]
        return bool(visible) and all(r.bold for r in visible)

    @property
    def italic(self) -> bool:
        visible = [r for r in self.runs if r.text.strip()]
        return bool(visible) and all(r.italic for r in visible)

    @property
    def full_text(self) -> str:
        """The text as a reader sees it: the automatic label, then the text."""
        return f"{self.label} {self.text}" if self.label else self.text


@dataclass
class Cell:
    """One cell of a table row, as written: a merged cell appears once, at its
    first row and column, with its spans; the rows below it that it covers hold
    a `covered` cell (no text) pointing back at it through `origin`."""

    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    column: int = 0  # first grid column, 0-based
    colspan: int = 1
    rowspan: int = 1
    covered: bool = False
    origin: tuple[int, int] | None = None  # (row, column) of the merged cell
    # PDF only: per paragraph of `text` (its "\n"-separated pieces), the
    # lines it was printed on; [] for a cell printed on one line.
    lines: list[list[str]] = field(default_factory=list)

    @property
    def bold(self) -> bool:
        paragraphs = [p for p in self.paragraphs if p.text.strip()]
        return bool(paragraphs) and all(p.bold for p in paragraphs)


@dataclass
class Row:
    cells: list[Cell] = field(default_factory=list)
    header: bool = False  # Word's "repeat as header row"


@dataclass
class Table:
    rows: list[Row] = field(default_factory=list)
    page: int | None = None

    @property
    def columns(self) -> int:
        return max(
            (c.column + c.colspan for row in self.rows for c in row.cells), default=0
        )

    def grid(self) -> list[list[Cell | None]]:
        """Rows × columns, each position holding the cell that covers it (a
        merged cell fills every position of its span); None where a row is
        short."""
        width = self.columns
        grid: list[list[Cell | None]] = [[None] * width for _ in self.rows]
        for r, row in enumerate(self.rows):
            for cell in row.cells:
                if cell.covered:
                    continue
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        if r + dr < len(grid) and cell.column + dc < width:
                            grid[r + dr][cell.column + dc] = cell
        return grid

    def texts(self) -> list[list[str]]:
        """The grid's text, a merged cell's text repeated over its span."""
        return [[c.text if c else "" for c in row] for row in self.grid()]


Block = Paragraph | Table


@dataclass
class Document:
    """A read document: `blocks` in reading order."""

    name: str
    # "docx", "txt", "md", "pdf", "xlsx"; "doc", "odt", "rtf", "xls", "ods"
    # once converted
    format: str
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None  # PDF only
    notes: list[str] = field(default_factory=list)  # said to the user, Vietnamese

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def text(self) -> str:
        """Plain text: a paragraph per line, a table row per line with its
        cells separated by tabs."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                out.append(block.full_text)
            else:
                out += ["\t".join(c.text for c in row.cells) for row in block.rows]
        return "\n".join(out)
