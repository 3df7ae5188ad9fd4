"""What the import understood of a plan, before anything is matched to
records: plain data that the proposal, the preview and the quality
measurement share."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Basis:
    kind: str
    number: str
    issued_on: datetime.date | None
    issuer: str
    about: str
    text: str
    implements: bool = False  # "Thực hiện …" (else "Căn cứ …")


@dataclass
class ParsedTask:
    number: str
    title: str
    description: str = ""
    time_text: str = ""
    # The start a table gives in a column of its own ("Thời gian" over "Bắt
    # đầu | Hoàn thành"), as written: "01/2027", "Quý I/2027", "15/3/2027".
    start_text: str = ""
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    lead_text: str = ""
    coordinating_text: str = ""
    # The units of coordinating_text, one name each ("Các thôn", "Phòng Tài
    # nguyên và Môi trường huyện").
    coordinating_units: list[str] = field(default_factory=list)
    official_text: str = ""  # "Công chức tham mưu thực hiện: …"
    # Every unit the document names as leading it, when it names several
    # ("Giao Phòng Kinh tế, Phòng Văn hóa - Xã hội chủ trì"): the first is
    # lead_text, the others are among coordinating_units.
    co_leads: list[str] = field(default_factory=list)
    method: str = ""
    participants: str = ""
    budget_text: str = ""
    product: str = ""
    criterion_number: int | None = None
    indicator_number: str = ""
    # Where each attribute was read: "line", "inline", "column", "section",
    # "parent", "subject" (the sentence's subject), for the preview.
    sources: dict[str, str] = field(default_factory=dict)
    lines: list[int] = field(default_factory=list)  # source line indices
    section: str = ""  # number of the Roman (or lettered) part it is in


@dataclass
class ParsedTarget:
    """A target as written: its name, quantity and unit, the per-village
    figures when a table gives them, and the original wording. Its kind —
    quantity, rate every village must reach, milestone, lower-is-better — is
    proposed from the wording (`propose_kind`) and may be corrected on the
    review page; empty until proposed."""

    name: str
    quantity: Decimal
    unit: str
    line: str
    task_number: str = ""
    per_village: dict[str, Decimal] = field(default_factory=dict)
    kind: str = ""  # a plans.kinds.TargetKind value
    higher_is_better: bool = True
    kind_reason: str = ""  # what in the wording led to the kind

    def propose_kind(self) -> None:
        """Set the kind the wording suggests, unless one is set: from the
        name, and from the whole line when it says the same kind (the line
        may add "≤ 2%" that the name dropped)."""
        if self.kind:
            return
        from plans.kinds import propose_kind

        proposal = propose_kind(self.name, self.unit, self.quantity)
        if self.line:
            whole = propose_kind(self.line, self.unit, self.quantity)
            if whole.kind == proposal.kind:
                proposal = whole
        self.kind = proposal.kind
        self.higher_is_better = proposal.higher_is_better
        self.kind_reason = proposal.reason


@dataclass
class ParsedPhase:
    name: str
    starts_on: datetime.date
    ends_on: datetime.date


@dataclass
class ParsedSection:
    number: str
    heading: str
    lines: list[str] = field(default_factory=list)
    # "purpose", "tasks", "targets", "budget", "time", "reporting" or "text"
    # (kept as the plan's own numbered section, e.g. "TỔ CHỨC THỰC HIỆN").
    kind: str = "text"


@dataclass
class SourceLine:
    """A line of the document as the preview shows it, with where it went."""

    index: int
    text: str
    used: str = ""
    cells: list[str] | None = None


@dataclass
class ParsedCosigner:
    """Another body issuing a joint plan, as the document names it (the
    header's second name, else its signature's "TM. …"), and its signature:
    for whom ("TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ"), post, name."""

    agency_text: str
    signing_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""


@dataclass
class ParsedPlan:
    doc_type: str = ""
    number: str = ""
    symbol: str = ""
    place: str = ""
    issued_on: datetime.date | None = None
    issue_month: int | None = None
    issue_year: int | None = None
    header_agencies: list[str] = field(default_factory=list)
    # The issuing body as the document names it: the header block, else the
    # opening sentence ("UBND xã X xây dựng kế hoạch …"), else the signature
    # ("TM. ỦY BAN NHÂN DÂN"); and where it was read.
    issuer_text: str = ""
    issuer_source: str = ""
    parent_text: str = ""
    title: str = ""
    opening: str = ""
    bases: list[Basis] = field(default_factory=list)
    sections: list[ParsedSection] = field(default_factory=list)
    tasks: list[ParsedTask] = field(default_factory=list)
    targets: list[ParsedTarget] = field(default_factory=list)
    phases: list[ParsedPhase] = field(default_factory=list)
    report_deadline: datetime.date | None = None
    reporting_text: str = ""
    budget_total: Decimal | None = None
    budget_text: str = ""
    signing_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    # A joint plan's other bodies and their signatures (the plan's own
    # signer is the presiding body's, above).
    cosigners: list[ParsedCosigner] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    purpose: str = ""
    requirements: str = ""
    source: list[SourceLine] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def unplaced(self) -> list[str]:
        return [line.text for line in self.source if not line.used]

    @property
    def used_share(self) -> float:
        return (
            sum(1 for line in self.source if line.used) / len(self.source)
            if self.source
            else 1.0
        )

    @property
    def looks_like_a_plan(self) -> bool:
        """A document type ("KẾ HOẠCH") is enough: a plan whose tasks the
        reader did not find still goes to the preview, where its lines and
        rows can be made tasks. (A text with no type goes on only with
        tasks: the upload and `import_plan` check both.)"""
        return bool(self.doc_type)

    @property
    def year(self) -> int | None:
        if self.issued_on:
            return self.issued_on.year
        return self.issue_year

    @property
    def plan_year(self) -> int | None:
        """The year the plan is for: the title's "năm 2024" (a plan issued
        in October 2023 for 2024), else the year it was issued."""
        import re

        # "năm 2024", or the end of "năm 2024 - 2025".
        years = re.findall(
            r"năm\s+(?:\d{4}\s*[-–]\s*)?(\d{4})\b", self.title, flags=re.IGNORECASE
        )
        if years:
            return int(years[-1])
        return self.year

    @property
    def reference_day(self) -> datetime.date | None:
        """The plan's date, the first of its month when the day is blank, or
        1 January when only the year is written (a draft)."""
        if self.issued_on:
            return self.issued_on
        if self.issue_year and self.issue_month:
            return datetime.date(self.issue_year, self.issue_month, 1)
        if self.issue_year:
            return datetime.date(self.issue_year, 1, 1)
        return None
