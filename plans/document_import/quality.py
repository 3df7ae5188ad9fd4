"""How well the import reads plans it was not written for: each document of a
corpus beside its expected result (a .toml of the same name), field by
field, as precision (what was found is right) and recall (what is there was
found). `manage.py import_quality` prints it; tests pin the thresholds.

Tasks are matched by their text (boundaries and wording); a task's lead,
coordinating units, named official and deadline count only on a matched
task, so a task cut in the wrong place costs its attributes too. A task's
start counts only where the expected result gives one (`start = …`, a
table's "Bắt đầu" column): the other tasks' starts are derived from their
deadline's wording and are not measured.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ntm.documents import read_document
from ntm.text import fold
from plans.document_import.matching import key
from plans.document_import.parsed import Basis, ParsedPlan
from plans.document_import.parser import parse
from plans.document_import.persons import person_and_post
from plans.document_import.units import without_honorific

FIELDS = (
    "tasks",
    "leads",
    "coordinating",
    "officials",
    "deadlines",
    "starts",
    "header",
)
SUFFIXES = (
    ".txt",
    ".eml",
    ".md",
    ".docx",
    ".pdf",
    ".doc",
    ".odt",
    ".rtf",
    ".xlsx",
    ".xls",
    ".ods",
)
CORPUS = Path(__file__).resolve().parents[2] / "tests" / "plans" / "import_corpus"
# The sets `manage.py import_quality` measures by default and the tests hold
# at their thresholds: each round was written before the change it called
# for (docs/import-quality.md, "Figures").
SETS = [
    "tuned",
    "held_out",
    "round5",
    "round6",
    "round7",
    "round8",
    "round9",
    "round10",
    "round11",
    "round12",
    "round13",
    "round14",
    "letters",
    "round15h",
    "round15",
    "round16",
    "round17h",
    "round17w",
    "round17",
    "round18",
    "round19h",
    "round19",
    "round20a",
    "round20b",
    "round20",
    "round21h",
    "round21",
    "round22t",
    "round22h",
    "round22k",
    "round22",
    "round23a",
    "round23b",
    "round23",
    "round24l",
    "round24p",
    "round24m",
    "round25a",
    "round25b",
    "round26d",
    "round24n",
    "round24",
    "round25",
    "round26c",
    "round27o",
    "round26",
    "round26m",
    "round26e",
    "round27s",
    "round27b",
    "round30o",
    "round27h",
    "round28c",
    "round27",
    "round28",
    "round28a",
    "round28b",
    "round29v",
    "round29c",
    "round29b",
    "round29h",
    "round29a",
    "round30l",
    "round30p",
    "round31u",
    "round31f",
    "round32p",
    "round32t",
    "f34",
    "f36w",
    "f36o",
    "f37v",
    "f38a",
    "f39m",
    "f39c",
    "f39d",
    "f39p",
    "f39t",
    "f39z",
    "f39e",
    "f39x",
    "f40r",
    "f39v",
    "f40a",
    "f40n",
    "f40m",
    "f40p",
    "f40l",
    "f40c",
    "f33s",
    "f33p",
    "f33t",
    "round29",
    "round30",
    "round31",
    "round31v",
    "round32",
    "round34",
    "round36",
    "round31d",
    "f33r",
    "f36t",
    "f36h",
    "f37g",
    "f39h",
    "f40t",
    "f40q",
    "f40j",
    "xlsx",
]


def norm(text: str) -> str:
    """A task title for comparison: folded, punctuation and spacing ignored."""
    return " ".join(re.sub(r"[^\w%/]+", " ", fold(text)).split())


def unit_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", key(text)).split())


def official_key(text: str) -> str:
    """What the measure compares of an official: the person when the text
    names one ("Bùi Văn Hải" and "Bùi Văn Hải - Phó Chủ tịch UBND xã" are
    one person; blind writers write the name alone, the corpus the name and
    the post), else the whole text ("Công chức Địa chính - Xây dựng").
    Expected officials are written as a careful person enters them
    (units.without_honorific): a reading that keeps "đ/c" is measured whole,
    a miss."""
    name = person_and_post(text)[0]
    if name and unit_key(without_honorific(text)) == unit_key(text):
        return unit_key(name)
    return unit_key(text)


@dataclass
class Score:
    hits: int = 0
    found: int = 0
    expected: int = 0

    @property
    def precision(self) -> float:
        return (
            self.hits / self.found
            if self.found
            else (1.0 if not self.expected else 0.0)
        )

    @property
    def recall(self) -> float:
        return self.hits / self.expected if self.expected else 1.0

    def add(self, other: Score) -> None:
        self.hits += other.hits
        self.found += other.found
        self.expected += other.expected


@dataclass
class Result:
    name: str
    scores: dict[str, Score] = field(default_factory=dict)
    lines: int = 0
    used: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def used_share(self) -> float:
        return self.used / self.lines if self.lines else 1.0


def _set_score(expected: set, found: set) -> Score:
    return Score(len(expected & found), len(found), len(expected))


def _date_text(plan: ParsedPlan) -> str:
    if plan.issued_on:
        return plan.issued_on.isoformat()
    if plan.issue_year and plan.issue_month:
        return f"{plan.issue_year}-{plan.issue_month:02d}"
    return str(plan.issue_year or "")


def _cosigners(rows) -> set:
    """("cosigner …", body, value) items of a joint plan's other bodies."""
    items = set()
    for agency, authority, title, signer in rows:
        body = unit_key(agency)
        items.add(("cosigner", body))
        for name, value in (
            ("cosigner authority", norm(authority)),
            ("cosigner signer_title", norm(title)),
            ("cosigner signer", norm(signer)),
        ):
            if value:
                items.add((name, f"{body}: {value}"))
    return items


def _header(plan: ParsedPlan, expected: dict) -> tuple[set, set]:
    found = {
        "number": plan.number,
        "symbol": plan.symbol,
        "place": plan.place,
        "date": _date_text(plan),
        "title": norm(plan.title),
        "issuer": unit_key(plan.issuer_text),
        "authority": norm(plan.signing_authority),
        "signer_title": norm(plan.signer_title),
        "signer": norm(plan.signer_name),
        "recipients": str(len(plan.recipients)) if plan.recipients else "",
    }
    wanted = {
        "number": expected.get("number", ""),
        "symbol": expected.get("symbol", ""),
        "place": expected.get("place", ""),
        "date": str(expected.get("date", "")),
        "title": norm(expected.get("title", "")),
        "issuer": unit_key(expected.get("issuer", "")),
        "authority": norm(expected.get("authority", "")),
        "signer_title": norm(expected.get("signer_title", "")),
        "signer": norm(expected.get("signer", "")),
        "recipients": str(expected["recipients"]) if expected.get("recipients") else "",
    }
    # A blank number is a field read right ("Số:   /KH-UBND"): it counts.
    found_set = {(k, v) for k, v in found.items() if v or k == "number"}
    wanted_set = {(k, v) for k, v in wanted.items() if v or k == "number"}
    found_set |= {("basis", _basis_key(b)) for b in plan.bases}
    wanted_set |= {("basis", _listed_basis(n)) for n in expected.get("bases", [])}
    # A joint plan's other bodies: each one's name, authority, post, signer.
    found_set |= _cosigners(
        (c.agency_text, c.signing_authority, c.signer_title, c.signer_name)
        for c in plan.cosigners
    )
    wanted_set |= _cosigners(
        (
            c["agency"],
            c.get("authority", ""),
            c.get("signer_title", ""),
            c.get("signer", ""),
        )
        for c in expected.get("cosigners", [])
    )
    return wanted_set, found_set


def _basis_key(basis: Basis) -> str:
    """How the expected results list a basis: by its number ("12/KH-UBND"),
    or, cited with none, by its type and date ("Kết luận ngày 10/2/2027",
    "Chỉ thị" when it gives no date)."""
    if basis.number:
        return basis.number
    day = basis.issued_on
    return f"{basis.kind} ngày {day.day}/{day.month}/{day.year}" if day else basis.kind


def _listed_basis(text: str) -> str:
    """A basis as the expected results list it, its date written the way
    `_basis_key` writes it ("Nghị quyết ngày 08/04/2027" is "… 8/4/2027")."""
    m = re.fullmatch(r"(?P<kind>.+?) ngày (\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m is None:
        return text
    day, month, year = (int(m.group(i)) for i in (2, 3, 4))
    return f"{m.group('kind')} ngày {day}/{month}/{year}"


def _day(value) -> datetime.date:
    """A toml date (`deadline = 2027-06-30`) or its text ("2027-06-30")."""
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)


def measure(plan: ParsedPlan, expected: dict, name: str = "") -> Result:
    """`plan` as parsed against `expected` (the .toml's content)."""
    result = Result(
        name=name, lines=len(plan.source), used=sum(1 for s in plan.source if s.used)
    )
    tasks = expected.get("tasks", [])
    wanted_titles = {norm(t["title"]) for t in tasks}
    found_titles = {norm(t.title) for t in plan.tasks}
    result.scores["tasks"] = _set_score(wanted_titles, found_titles)
    result.misses += [
        f"thiếu nhiệm vụ: {t['title'][:70]}"
        for t in tasks
        if norm(t["title"]) not in found_titles
    ]
    result.misses += [
        f"thừa nhiệm vụ: {t.title[:70]}"
        for t in plan.tasks
        if norm(t.title) not in wanted_titles
    ]

    def pairs_wanted(name, convert):
        out = set()
        for task in tasks:
            value = task.get(name)
            values = value if isinstance(value, list) else [value] if value else []
            out |= {(norm(task["title"]), convert(v)) for v in values}
        return out

    def pairs_found(values_of):
        out = set()
        for task in plan.tasks:
            out |= {(norm(task.title), v) for v in values_of(task) if v}
        return out

    result.scores["leads"] = _set_score(
        pairs_wanted("lead", unit_key), pairs_found(lambda t: [unit_key(t.lead_text)])
    )
    result.scores["coordinating"] = _set_score(
        pairs_wanted("coordinating", unit_key),
        pairs_found(lambda t: [unit_key(u) for u in t.coordinating_units]),
    )
    result.scores["officials"] = _set_score(
        pairs_wanted("official", official_key),
        pairs_found(lambda t: [official_key(t.official_text)]),
    )
    result.scores["deadlines"] = _set_score(
        pairs_wanted("deadline", _day), pairs_found(lambda t: [t.ends_on])
    )
    started = {norm(t["title"]) for t in tasks if t.get("start")}
    result.scores["starts"] = _set_score(
        pairs_wanted("start", _day),
        {pair for pair in pairs_found(lambda t: [t.starts_on]) if pair[0] in started},
    )
    wanted, found = _header(plan, expected.get("header", {}))
    result.scores["header"] = _set_score(wanted, found)
    result.misses += [
        f"tiêu đề văn bản: {k} = {v!r} (đọc được khác)"
        for k, v in sorted(wanted - found)
    ]
    return result


def cases(folder: Path) -> list[Path]:
    """The documents of a corpus folder that have an expected result."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix in SUFFIXES and p.with_suffix(".toml").exists()
    )


def run_one(path: Path) -> Result:
    """One corpus document against its expected result."""
    expected = tomllib.loads(path.with_suffix(".toml").read_text("utf-8"))
    plan = parse(read_document(path.name, path.read_bytes()))
    return measure(plan, expected, path.name)


def run(folder: Path) -> list[Result]:
    return [run_one(path) for path in cases(folder)]


def total(results: list[Result], name: str = "Tổng") -> Result:
    out = Result(name=name, scores={f: Score() for f in FIELDS})
    for result in results:
        for f in FIELDS:
            out.scores[f].add(result.scores[f])
        out.lines += result.lines
        out.used += result.used
    return out
