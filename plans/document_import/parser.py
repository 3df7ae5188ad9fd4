"""The parts of a Vietnamese administrative plan, found in its lines.

Written for the family of documents, not for one file: a Decree 30 header
(agency, "Số: …/KH-…", place and date), the title under the document type,
"Thực hiện …"/"Căn cứ …" bases, Roman-numbered sections, tasks written either
as numbered items with "- Thời gian thực hiện:", "- Đơn vị chủ trì …" lines,
as bullets under a numbered heading, or per criterion ("Tiêu chí số 2 - Giao
thông: …" with "+ Thời gian", "+ Công chức tham mưu thực hiện", "+ Phối hợp"),
target lines with a quantity and unit, campaign phases, deadlines, budget,
recipients and the signature block. What finds no place is kept in
`unplaced`, so the preview can show it.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from plans.document_import.timeframes import deadline, time_range
from villages.text import fold

DOC_TYPES = {
    "ke hoach": "KH",
    "quyet dinh": "QĐ",
    "bao cao": "BC",
    "thong bao": "TB",
    "chuong trinh": "CTr",
    "huong dan": "HD",
}
BASIS_KINDS = r"Kế hoạch|Quyết định|Công văn|Nghị quyết|Thông tư|Chỉ thị|Hướng dẫn|Chương trình|Thông báo|Nghị định|Luật"
ROMAN_HEADING = re.compile(r"^(?P<number>[IVX]{1,5})\s*[.)/-]\s*(?P<heading>.+)$")
NUMBERED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)/]\s*(?P<text>.*)$")
BULLET = re.compile(r"^(?P<mark>[-+•*–])\s*(?P<text>.*)$")
CRITERION = re.compile(
    r"^Tiêu chí(?: số)?\s+(?P<number>\d{1,2})\s*[-–:.]\s*(?P<text>.+)$", re.IGNORECASE
)
NUMBER_LINE = re.compile(
    r"^Số\s*:\s*(?P<number>[\w.]*)\s*/\s*(?P<symbol>[\wĐđ&.\- ]+)$"
)
PLACE_DATE = re.compile(
    r"^(?P<place>[^,]{2,60}),\s*ngày\s*(?P<day>\d{1,2})?\s*tháng\s*(?P<month>\d{1,2})\s*năm\s*(?P<year>\d{4})"
)
SIGNING = re.compile(r"^(?P<authority>(?:TM|KT|TL|TUQ|Q)\.\s*.+)$")
# "Trồng hàng rào xanh: 3.200 m", "Cứng hóa giao thông: 0,38 km."
TARGET_LINE = re.compile(
    r"^(?P<name>[^:]{3,200}?)\s*(?:\((?P<unit_hint>[^)]{1,20})\))?\s*:\s*"
    r"(?P<quantity>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(?P<unit>[^\d.;,()]{1,20}?)\s*[.;]?$"
)
QUANTITY = r"(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)"
PERCENT_LINE = re.compile(
    r"^(?P<quantity>\d{1,3}(?:,\d+)?)\s*%\s*(?P<name>.+?)\s*[.;]?$"
)

# Attribute lines of a task, keyed by what they fill.
ATTRIBUTES = [
    ("time", r"thoi gian(?: thuc hien| du kien| to chuc)?"),
    (
        "lead",
        r"(?:don vi |co quan )?chu tri(?: thuc hien)?|cong chuc tham muu(?: thuc hien)?|nguoi phu trach|phu trach",
    ),
    ("coordinating", r"(?:don vi |co quan )?phoi hop(?: thuc hien)?"),
    ("method", r"phuong phap(?:, hinh thuc)?|hinh thuc(?: thuc hien)?|cach thuc"),
    ("participants", r"luc luong tham gia(?: thuc hien)?|thanh phan(?: tham gia)?"),
    ("content", r"noi dung"),
    ("place", r"dia diem"),
    ("budget", r"kinh phi"),
]
ATTRIBUTE_LINE = re.compile(
    r"^[-+•*–]?\s*(?P<label>"
    + "|".join(p for _, p in ATTRIBUTES)
    + r")\s*:\s*(?P<value>.*)$"
)
TASK_SECTIONS = (
    "noi dung",
    "nhiem vu",
    "giai phap",
    "chi tieu",
    "cong viec",
    "tieu chi",
)
NOT_TASK_SECTIONS = (
    "to chuc thuc hien",
    "muc dich",
    "kinh phi",
    "du toan",
    "thoi gian",
    "che do",
)


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
    starts_on: datetime.date | None = None
    ends_on: datetime.date | None = None
    lead_text: str = ""
    coordinating_text: str = ""
    method: str = ""
    participants: str = ""
    criterion_number: int | None = None


@dataclass
class ParsedTarget:
    name: str
    quantity: Decimal
    unit: str
    line: str


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
    # What the parser took from it: "purpose", "tasks", "budget", "time" or
    # "text" (kept as the plan's own numbered section, e.g. "TỔ CHỨC THỰC HIỆN").
    kind: str = "text"


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
    title: str = ""
    bases: list[Basis] = field(default_factory=list)
    sections: list[ParsedSection] = field(default_factory=list)
    tasks: list[ParsedTask] = field(default_factory=list)
    targets: list[ParsedTarget] = field(default_factory=list)
    phases: list[ParsedPhase] = field(default_factory=list)
    report_deadline: datetime.date | None = None
    budget_total: Decimal | None = None
    budget_text: str = ""
    signing_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    purpose: str = ""
    requirements: str = ""

    @property
    def looks_like_a_plan(self) -> bool:
        return bool(self.doc_type and (self.tasks or self.targets or self.sections))

    @property
    def reference_day(self) -> datetime.date | None:
        """The plan's date, or the first of its month when the day is blank."""
        if self.issued_on:
            return self.issued_on
        if self.issue_year and self.issue_month:
            return datetime.date(self.issue_year, self.issue_month, 1)
        return None


def parse_number(text: str) -> Decimal | None:
    """ "3.200" → 3200, "0,38" → 0.38, "883" → 883."""
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        text = text.replace(".", "")
    text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _date(text: str) -> datetime.date | None:
    m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if not m:
        return None
    try:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _bases(text: str) -> list[Basis]:
    pattern = re.compile(
        rf"(?P<kind>{BASIS_KINDS})\s+số\s+(?P<number>[\w/.\-Đđ]+?)\s*,?\s*"
        r"(?:ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?\s*"
        r"(?:của\s+(?P<issuer>.+?))?"
        r"(?:\s+(?:về việc|về|V/v)\s+(?P<about>.+?))?"
        rf"(?=;|\.\s*$|\s+và\s+(?:{BASIS_KINDS})\s+số|$)"
    )
    found = []
    for m in pattern.finditer(text):
        found.append(
            Basis(
                kind=m.group("kind"),
                number=m.group("number").rstrip(".,"),
                issued_on=_date(m.group("date") or ""),
                issuer=(m.group("issuer") or "").strip(" ,"),
                about=(m.group("about") or "").strip(" ,."),
                text=m.group(0).strip(" ;,"),
            )
        )
    return found


def _split_title(text: str) -> tuple[str, str]:
    """A bullet task's title and description: "Về nhà ở, vườn hộ: Tập trung …"
    or "Quan tâm cao …; xóa bỏ …"."""
    text = text.strip()
    head, sep, rest = text.partition(":")
    if sep and rest.strip() and len(head) <= 80 and not re.search(r"\d$", head):
        return head.strip(), rest.strip()
    head, sep, rest = text.partition(";")
    if sep and rest.strip():
        return head.strip(), rest.strip()
    return text, ""


def _attribute(line: str) -> tuple[str, str] | None:
    m = ATTRIBUTE_LINE.match(fold(line))
    if not m:
        return None
    label = m.group("label")
    for name, pattern in ATTRIBUTES:
        if re.fullmatch(pattern, label):
            # The value from the original (accented) line, after its first colon.
            return name, line.split(":", 1)[1].strip()
    return None


def _is_continuation(line: str) -> bool:
    """A line that goes on with the previous one (Word's broken paragraphs):
    it starts in lower case and is neither numbered nor a bullet."""
    return bool(line) and line[0].islower() and not BULLET.match(line)


@dataclass
class _Node:
    number: str
    text: str
    lines: list[str] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)


def _depth(number: str) -> int:
    return number.count(".") + 1


def _tree(lines: list[str]) -> tuple[list[str], list[_Node]]:
    """Numbered items of a section as a tree; the lines before the first item."""
    intro: list[str] = []
    roots: list[_Node] = []
    stack: list[_Node] = []
    for line in lines:
        m = NUMBERED.match(line)
        criterion = CRITERION.match(line)
        if m and m.group("text") and not re.match(r"^\d", m.group("text")):
            node = _Node(m.group("number"), m.group("text"))
        elif criterion:
            node = _Node(f"TC{criterion.group('number')}", line)
        else:
            if stack:
                stack[-1].lines.append(line)
            else:
                intro.append(line)
            continue
        depth = _depth(node.number) if not node.number.startswith("TC") else 9
        while stack and (
            _depth(stack[-1].number) >= depth
            if not stack[-1].number.startswith("TC")
            else True
        ):
            stack.pop()
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return intro, roots


class _Parser:
    def __init__(self, lines: list[str]):
        self.lines = lines
        self.plan = ParsedPlan()
        self.section_time: str = ""

    # ── header, title, bases ──
    def header(self) -> int:
        plan = self.plan
        body_start = 0
        for index, line in enumerate(self.lines[:40]):
            folded = fold(line)
            if m := NUMBER_LINE.match(line):
                plan.number = m.group("number")
                plan.symbol = re.sub(r"\s+", "", m.group("symbol"))
            elif m := PLACE_DATE.match(line):
                plan.place = m.group("place").strip()
                year, month = int(m.group("year")), int(m.group("month"))
                if m.group("day"):
                    try:
                        plan.issued_on = datetime.date(year, month, int(m.group("day")))
                    except ValueError:
                        plan.unplaced.append(line)
                else:
                    plan.issue_month, plan.issue_year = month, year
            elif folded in DOC_TYPES and not plan.doc_type:
                plan.doc_type = DOC_TYPES[folded]
                body_start = index + 1
                break
            elif folded.startswith(("cong hoa xa hoi", "doc lap - tu do")):
                continue
            elif line.isupper() and not plan.number:
                plan.header_agencies.append(line)
        title: list[str] = []
        index = body_start
        while index < len(self.lines):
            line = self.lines[index]
            if (
                fold(line).startswith(("thuc hien", "can cu"))
                or ROMAN_HEADING.match(line)
                or len(title) >= 4
            ):
                break
            title.append(line)
            index += 1
        plan.title = " ".join(title)
        while index < len(self.lines) and not ROMAN_HEADING.match(self.lines[index]):
            line = self.lines[index]
            if fold(line).startswith(("thuc hien", "can cu")):
                for basis in _bases(line):
                    basis.implements = fold(line).startswith("thuc hien")
                    plan.bases.append(basis)
            elif not re.search(
                r"(xây dựng|ban hành) (kế hoạch|quyết định)|như sau:?$", line
            ):
                plan.unplaced.append(line)
            index += 1
        return index

    # ── body ──
    def body(self, start: int) -> None:
        plan = self.plan
        section: ParsedSection | None = None
        tail = len(self.lines)
        for index in range(start, len(self.lines)):
            if fold(self.lines[index]).startswith("noi nhan"):
                tail = index
                break
        for line in self.lines[start:tail]:
            if m := ROMAN_HEADING.match(line):
                section = ParsedSection(m.group("number"), m.group("heading").strip())
                plan.sections.append(section)
            elif section is not None:
                section.lines.append(line)
        for section in plan.sections:
            self.section(section)
        self.closing(self.lines[tail:])
        # A section that states a time for everything ("III. THỜI GIAN …").
        for task in plan.tasks:
            if not task.time_text and self.section_time:
                task.time_text = self.section_time
        for task in plan.tasks:
            self.dates(task)

    def section(self, section: ParsedSection) -> None:
        heading = fold(section.heading)
        intro, roots = _tree(section.lines)
        if heading.startswith("muc dich"):
            section.kind = "purpose"
            self.purpose(intro, roots)
            return
        if any(word in heading for word in ("kinh phi", "du toan")):
            section.kind = "budget"
            self.budget(" ".join(section.lines))
            return
        if "to chuc thuc hien" in heading:
            for line in section.lines:
                if (day := deadline(line)) and not self.plan.report_deadline:
                    self.plan.report_deadline = day
            return
        if "thoi gian" in heading and not any(w in heading for w in TASK_SECTIONS):
            section.kind = "time"
            self.shared_attributes(section.lines)
            return
        if heading.startswith("chi tieu") and not roots:
            section.kind = "tasks"
            self.targets(section.lines)
            return
        if any(word in heading for word in TASK_SECTIONS) and not heading.startswith(
            NOT_TASK_SECTIONS
        ):
            section.kind = "tasks"
            for line in intro:
                bullet = BULLET.match(line)
                found = self.target_line(bullet.group("text") if bullet else line, line)
                if found:
                    self.plan.targets += found
                else:
                    self.plan.unplaced.append(line)
            for node in roots:
                self.node(node, prefix="")

    def purpose(self, intro: list[str], roots: list[_Node]) -> None:
        """ "I. MỤC ĐÍCH, YÊU CẦU" with "1. Mục đích" and "2. Yêu cầu" (or one
        undivided text, kept as the purpose)."""
        purpose, requirements = list(intro), []
        for node in roots:
            text = fold(node.text)
            head, _, rest = node.text.partition(":")
            body = ([rest.strip()] if rest.strip() else []) + node.lines
            if text.startswith("yeu cau"):
                requirements += body
            elif text.startswith("muc dich"):
                purpose += body
            else:
                purpose += [node.text, *node.lines]
        self.plan.purpose = "\n".join(purpose)
        self.plan.requirements = "\n".join(requirements)

    def shared_attributes(self, lines: list[str]) -> None:
        """ "III. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN …": what applies to every task."""
        current = None
        participants: list[str] = []
        for line in lines:
            attribute = _attribute(line)
            numbered = NUMBERED.match(line)
            if attribute and attribute[0] == "time":
                self.section_time = attribute[1].rstrip(".")
                current = None
            elif numbered and "thanh phan" in fold(numbered.group("text")):
                current = "participants"
            elif numbered and "hinh thuc" in fold(numbered.group("text")):
                current = "method"
            elif numbered:
                current = None
            elif current == "participants":
                participants.append(line)
            elif current == "method":
                for task in self.plan.tasks:
                    task.method = (task.method + " " + line).strip()
        if participants:
            for task in self.plan.tasks:
                task.participants = "\n".join(participants)
                task.coordinating_text = " ".join(participants)

    def node(self, node: _Node, prefix: str) -> None:
        heading = fold(node.text)
        if node.number.startswith("TC"):
            self.task_from(node.number, node.text, node.lines, criterion=True)
            return
        if heading.startswith("chi tieu") and len(heading) < 40:
            self.targets(node.lines)
            for child in node.children:
                self.node(child, prefix)
            return
        if heading.startswith(("thoi gian", "thoi han")):
            self.campaign(node.text + " " + " ".join(node.lines))
            return
        if heading.startswith(("kinh phi", "nguon von")):
            self.budget(" ".join([node.text, *node.lines]))
            return
        has_attributes = any(_attribute(line) for line in node.lines)
        if has_attributes:
            self.task_from(node.number, node.text, node.lines)
        elif node.children:
            for line in node.lines:
                self.plan.unplaced.append(line)
            for child in node.children:
                self.node(child, prefix)
        elif any(BULLET.match(line) for line in node.lines):
            self.bullet_tasks(node)
        else:
            text = node.text
            rest = []
            for line in node.lines:
                if _is_continuation(line) and not rest:
                    text += " " + line
                else:
                    rest.append(line)
            self.plan.tasks.append(
                ParsedTask(number=node.number, title=text, description="\n".join(rest))
            )

    def bullet_tasks(self, node: _Node) -> None:
        """Bullets under a numbered heading, each a task N.k; a bullet ending
        in ":" introduces "+" sub-bullets that are the tasks."""
        count = 0
        lead_in = False
        for line in node.lines:
            m = BULLET.match(line)
            if not m:
                if self.plan.tasks and _is_continuation(line):
                    self.plan.tasks[-1].description += " " + line
                else:
                    self.plan.unplaced.append(line)
                continue
            text = m.group("text").strip()
            if m.group("mark") == "-" and text.endswith(":"):
                lead_in = True
                continue
            if m.group("mark") == "-":
                lead_in = False
            if m.group("mark") == "+" and not lead_in and self.plan.tasks:
                self.plan.tasks[-1].description += "\n" + text
                continue
            count += 1
            title, description = _split_title(text)
            task = ParsedTask(
                number=f"{node.number}.{count}", title=title, description=description
            )
            self.infer_lead(task)
            self.plan.tasks.append(task)

    def task_from(
        self, number: str, text: str, lines: list[str], criterion=False
    ) -> None:
        task = ParsedTask(number=number, title=text.rstrip(":"))
        if criterion:
            m = CRITERION.match(text)
            task.criterion_number = int(m.group("number"))
            task.number = m.group("number")
            # "Tiêu chí số 2 - Giao thông: Duy tu, bảo dưỡng …": the task
            # follows the criterion's name.
            name, _, work = m.group("text").partition(":")
            task.title = work.strip() or name.strip()
        description: list[str] = []
        last = None
        for line in lines:
            attribute = _attribute(line)
            if attribute:
                name, value = attribute
                last = name
                if name == "time":
                    task.time_text = value.rstrip(".")
                elif name == "lead":
                    task.lead_text = value.rstrip(".")
                elif name == "coordinating":
                    task.coordinating_text = value.rstrip(".")
                elif name == "method":
                    task.method = value
                elif name == "participants":
                    task.participants = value
                elif name == "content":
                    description.append(value)
                else:
                    description.append(line)
            elif last == "participants" and BULLET.match(line):
                task.participants += "\n" + line.lstrip("-+ ").strip()
            elif (bullet := BULLET.match(line)) and (
                inner := _attribute(bullet.group("text"))
            ):
                lines.append(inner[1])
            else:
                description.append(line)
        task.description = "\n".join(description)
        # "Xuyên suốt trong năm 2023, bảo đảm tối thiểu 04 lần/năm …": the
        # frequency follows the time frame.
        self.plan.tasks.append(task)

    def infer_lead(self, task: ParsedTask) -> None:
        """Who leads a bullet task when no line says: the body the text makes
        its subject ("Các thôn đã đạt chuẩn …", "yêu cầu mỗi thôn …")."""
        text = fold(task.title + " " + task.description)
        if re.match(r"^(cac|moi) thon\b", fold(task.title)) or re.search(
            r"\b(yeu cau|giao) (moi|cac) thon\b|\bmoi thon (lua chon|phai|deu)\b", text
        ):
            task.lead_text = "Các thôn"

    def targets(self, lines: list[str]) -> None:
        for line in lines:
            bullet = BULLET.match(line)
            text = bullet.group("text").strip() if bullet else line
            found = self.target_line(text, line)
            if found:
                self.plan.targets += found
            else:
                self.plan.unplaced.append(line)

    @staticmethod
    def target_line(text: str, line: str) -> list[ParsedTarget]:
        """The targets one line states: "Trồng hàng rào xanh: 3.200 m";
        "Giải tỏa, mở rộng nền đường 5 tuyến 0,7km"; "100% vườn hộ …"
        (one per "N%" clause); "… cải tạo 35 vườn, chỉnh trang 121 vườn hộ"."""
        if m := TARGET_LINE.match(text):
            quantity = parse_number(m.group("quantity"))
            unit = (m.group("unit") or "").strip() or (m.group("unit_hint") or "")
            if quantity is not None and unit:
                return [ParsedTarget(m.group("name").strip(), quantity, unit, line)]
        text = re.sub(r"\s*\([^)]*\)", "", text).rstrip(" .;")
        if m := re.fullmatch(
            rf"(?P<name>[^\d]{{3,120}}?)((?:\s+{QUANTITY}\s*[^\d\s,.;]+){{1,3}})", text
        ):
            return [
                ParsedTarget(m.group("name").strip(), parse_number(q), unit, line)
                for q, unit in re.findall(rf"({QUANTITY})\s*([^\d\s,.;]+)", m.group(2))
            ]
        found = []
        for sentence in re.split(r"\.\s+", text):
            for clause in re.split(r"(?:,\s*|\s+đảm bảo\s+)(?=\d{1,3}%)", sentence):
                if m := PERCENT_LINE.match(clause.strip()):
                    # ", HTX môi trường tổ chức …": an organisation's acronym
                    # after a comma starts a new statement, not part of the target.
                    name = re.split(r",\s+(?=[A-ZĐ]{2,}\b)", m.group("name"))[0].strip()
                    found.append(
                        ParsedTarget(
                            name[0].upper() + name[1:],
                            parse_number(m.group("quantity")),
                            "%",
                            line,
                        )
                    )
                    continue
                # "… xã thực hiện cải tạo 35 vườn, chỉnh trang 121 vườn hộ …"
                _, done, tail = clause.partition("thực hiện ")
                for piece in tail.split(",") if done else []:
                    if re.search(rf"{QUANTITY}\s+tiêu chí", piece):
                        continue  # "đạt chuẩn 10 tiêu chí" is a criteria goal
                    m = re.match(
                        rf"\s*(?P<verb>[^\d]{{3,40}}?)\s+(?P<q>{QUANTITY})\s+(?P<unit>[^\d\s,.;]+)(?P<more>\s+hộ)?",
                        piece,
                    )
                    if m:
                        verb = m.group("verb").strip()
                        name = f"{verb} {m.group('unit')}{m.group('more') or ''}"
                        found.append(
                            ParsedTarget(
                                name[0].upper() + name[1:],
                                parse_number(m.group("q")),
                                m.group("unit"),
                                line,
                            )
                        )
        return found

    def campaign(self, text: str) -> None:
        """ "… chia thành 02 đợt, bắt đầu từ ngày 15/03/2023 đến ngày 15/05/2023 …
        Đợt 2 bắt đầu từ 01/7/2023 đến 01/8/2023": the phases, and the time of
        the whole campaign for tasks that state none."""
        self.section_time = re.split(r"[,;]", text.split(":", 1)[-1])[0].strip()
        ranges = re.findall(
            r"từ\s+(?:ngày\s+)?(\d{1,2}/\d{1,2}/\d{4})\s+đến\s+(?:ngày\s+)?(\d{1,2}/\d{1,2}/\d{4})",
            text,
        )
        for number, (start, end) in enumerate(ranges, start=1):
            starts_on, ends_on = _date(start), _date(end)
            if starts_on and ends_on:
                self.plan.phases.append(
                    ParsedPhase(f"Đợt {number}", starts_on, ends_on)
                )

    def budget(self, text: str) -> None:
        self.plan.budget_text = self.plan.budget_text or text.strip()
        m = re.search(
            r"(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(triệu|tỷ|nghìn)?\s*đồng", text
        )
        if m:
            amount = parse_number(m.group(1))
            scale = {"triệu": 10**6, "tỷ": 10**9, "nghìn": 10**3}.get(
                m.group(2) or "", 1
            )
            if amount is not None:
                self.plan.budget_total = amount * scale
                self.plan.budget_text = (
                    m.group(0) + text[m.end() :].split(".")[0].split(";")[0]
                )

    def dates(self, task: ParsedTask) -> None:
        day = self.plan.reference_day
        found = (
            time_range(
                task.time_text,
                default_year=day.year if day else None,
                today=day,
            )
            if task.time_text
            else None
        )
        if found:
            task.starts_on, task.ends_on = found

    def closing(self, lines: list[str]) -> None:
        """ "Nơi nhận:" and its list, then the signature block."""
        plan = self.plan
        index = 0
        if lines and fold(lines[0]).startswith("noi nhan"):
            index = 1
            while index < len(lines) and (
                BULLET.match(lines[index]) or lines[index].startswith("(")
            ):
                text = lines[index].lstrip("-+• ").rstrip(";.").strip()
                if lines[index].startswith("(") and plan.recipients:
                    plan.recipients[-1] += " " + lines[index].strip()
                else:
                    plan.recipients.append(text)
                index += 1
        rest = lines[index:]
        for position, line in enumerate(rest):
            if SIGNING.match(line) or line.isupper():
                plan.signing_authority = line if SIGNING.match(line) else ""
                following = rest[position + 1 :]
                if plan.signing_authority and following and following[0].isupper():
                    plan.signer_title, following = following[0], following[1:]
                elif not plan.signing_authority:
                    plan.signer_title = line
                if following:
                    plan.signer_name = following[-1]
                break

    def run(self) -> ParsedPlan:
        self.body(self.header())
        return self.plan


def parse(lines: list[str]) -> ParsedPlan:
    return _Parser(lines).run()
