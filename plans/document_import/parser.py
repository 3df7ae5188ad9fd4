"""A plan document read in stages: the file into paragraphs and tables
(ntm.documents), those into an outline of blocks (outline.py), the outline
into what it means (meaning.py). `parse` runs the three."""

from __future__ import annotations

from ntm.documents import Document, Paragraph, Run
from plans.document_import import attached
from plans.document_import.attributes import parse_number
from plans.document_import.lines import lines_of
from plans.document_import.meaning import understand
from plans.document_import.outline import build
from plans.document_import.parsed import (
    Basis,
    ParsedPhase,
    ParsedPlan,
    ParsedSection,
    ParsedTarget,
    ParsedTask,
)

__all__ = [
    "Basis",
    "ParsedPhase",
    "ParsedPlan",
    "ParsedSection",
    "ParsedTarget",
    "ParsedTask",
    "parse",
    "parse_number",
]


def parse(source: Document | list[str]) -> ParsedPlan:
    """What a plan document says. `source` is a read Document, or lines of
    text (each a paragraph)."""
    if not isinstance(source, Document):
        source = Document(
            name="",
            format="txt",
            blocks=[
                Paragraph(text=line, runs=[Run(line)])
                for line in source
                if line.strip()
            ],
        )
    lines = lines_of(source)
    # A decision with the plan attached: each read apart (attached.py).
    plan = attached.read(lines) or understand(build(lines))
    plan.notes = list(source.notes) + plan.notes
    return plan
