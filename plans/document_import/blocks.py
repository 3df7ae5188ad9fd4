"""The pieces of an outline: a Line of the document as the preview shows
it, a Block of the body's tree (a marked line, its text, its children; a
table's rows with their columns), and the Outline itself (the zones of a
Decree 30 document and the body's root)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ntm.documents import columns
from plans.document_import.markers import RANKS

# Table columns from their header words (folded): data shared with the
# spreadsheet reader (ntm/documents/columns.toml), in the order a cell is
# checked.
COLUMNS = columns.COLUMNS


@dataclass
class Line:
    """One line of the document as the user sees it in the preview: a
    paragraph (or one line of it), a cell paragraph of a layout table, or a
    row of a body table."""

    index: int
    text: str
    bold: bool = False
    italic: bool = False
    emphasis: str = ""  # the leading bold/italic stretch after the marker
    indent: float = 0.0
    align: str = ""
    level: int | None = None
    cells: list[str] | None = None
    # Columns of a table row covered by a cell merged down from a row above
    # (Word vMerge, PDF row spans), with that cell's text.
    merged: dict[int, str] = field(default_factory=dict)
    table: int | None = None
    # The paragraphs of a row's cells that hold more than one ("- Tham mưu
    # …", "- Hướng dẫn …" in one cell; partners one to a line, a
    # spreadsheet's Alt+Enter), by column.
    parts: dict[int, list[str]] = field(default_factory=dict)
    # A PDF row's cells whose paragraphs the cell's width wrapped: per
    # paragraph, its printed lines, by column (ntm.documents.model.Cell).
    printed: dict[int, list[list[str]]] = field(default_factory=dict)
    used: str = ""  # where the line went; "" while unplaced
    heading: int | None = None  # N of Word's "Heading N" style
    # The column of a layout table (header, signatures) the line stands in.
    column: int | None = None
    # The line as written, when a reader rewrote `text` for the reading
    # (chat_message.labelled): the preview (SourceLine) shows it.
    written: str = ""
    # The footnotes and endnotes marked in the line (Word), apart from its
    # text: where the opening marks them, they name the plan's bases.
    notes: list[str] = field(default_factory=list)


@dataclass(eq=False)
class Block:
    kind: str  # a marker kind, "text", "table", "row" or "group"
    number: str
    text: str
    lines: list[Line] = field(default_factory=list)
    children: list[Block] = field(default_factory=list)
    emphasis: str = ""
    indent: float = 0.0
    level: int | None = None
    columns: dict[str, str] = field(default_factory=dict)  # row: role → text
    # A row's figures under villages a merged header cell groups ("Phân bổ
    # cho các thôn" over "Thôn 1 | Thôn 2 | …"): village → figure as written.
    shares: dict[str, str] = field(default_factory=dict)
    parent: Block | None = field(default=None, repr=False)
    # A period heading's rank, set where it is placed (_place).
    placed_rank: float | None = field(default=None, repr=False)

    @property
    def rank(self) -> float:
        if self.placed_rank is not None:
            return self.placed_rank
        return RANKS.get(self.kind, 10)

    @property
    def structural(self) -> list[Block]:
        return [c for c in self.children if c.kind != "text"]

    @property
    def texts(self) -> list[Block]:
        return [c for c in self.children if c.kind == "text"]

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def use(self, where: str) -> None:
        for line in self.lines:
            if not line.used:
                line.used = where


@dataclass
class Outline:
    lines: list[Line]
    header: list[Line]
    doc_type: str
    title: list[Line]
    preamble: list[Line]
    body: Block  # the root: its children are the top-level blocks
    closing: list[Line]
    # The positions in `lines` of a page's number or running header copied
    # into the text (page_furniture): used as such wherever they stand.
    furniture: set[int] = field(default_factory=set)
    # The lines of the web page the plan was copied from (web_page), apart
    # from `lines`: the breadcrumb, the post's title and date, the related
    # news.
    page: list[Line] = field(default_factory=list)
    # The sentence that announces the plan in a message with no header
    # ("UBND xã … thông báo Kế hoạch số …"): its number, date, issuer, title.
    announcement: Line | None = None
    # The type line says two bodies issue the document ("KẾ HOẠCH LIÊN TỊCH",
    # "KẾ HOẠCH PHỐI HỢP").
    joint: bool = False
