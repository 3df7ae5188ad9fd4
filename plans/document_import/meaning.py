"""What the outline means: the header, the title and bases, then each block
of the body read for what it is. `Reader` runs the stages; this module holds
the body's walk (sections, their classes, objectives, time, funding, village
targets) and the public entry point `understand`. The stages it composes:
header.py (header, title, bases, closing), tasks.py (which blocks are
tasks), task_fields.py (one task and its attributes), task_passes.py (dates,
numbers and references after the walk), tables.py (tables and targets); the
module-level helpers they share: units.py, letters.py, and the attributes'
stages attributes.py (labels, numbers, dates), clauses.py, inline.py,
details.py, officials.py and assignments.py.

Sections are classified by their heading words (objectives, tasks, targets,
organisation, funding, time, reporting or other), and a block inherits the
class of the nearest classified block above it, so objectives are never
tasks. In a tasks section a block is a task when it carries attributes of its
own, or when it is a leaf; a block whose children carry attributes of their
own, or that introduces a list ("…:"), is a heading. Attributes are read
where they are written — a line of their own, after "+" or "-", inside the
sentence in brackets "(Phòng X chủ trì, phối hợp Y; hoàn thành trước ngày
30/6/2025)", or a table column — and belong to their block only: a child
may inherit what its heading states, a sibling never overwrites it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ntm.text import fold
from plans.document_import.assignments import lead_in
from plans.document_import.attributes import (
    NUMBER,
    attribute,
    capitalised,
    date,
    parse_number,
    partition_outside_brackets,
)
from plans.document_import.blocks import Block, Outline
from plans.document_import.body_lines import body_paragraph, heading_official
from plans.document_import.duties import (
    body_then_work,
    chairs_with_partners,
    oversight_only,
    without_report_back,
)
from plans.document_import.header import HeaderMixin
from plans.document_import.inline import inline_attributes
from plans.document_import.labels import LABELS
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.letter_bodies import group_under_bodies
from plans.document_import.letters import NOT_A_LETTER, addressees_of, letter_lead_in
from plans.document_import.lines import AMENDING
from plans.document_import.markers import (
    BODY_HEADING_KINDS,
    BULLETS,
    marker,
    names_a_section,
)
from plans.document_import.members import member_items
from plans.document_import.parsed import (
    ParsedPhase,
    ParsedPlan,
    ParsedSection,
    ParsedTarget,
    SourceLine,
)
from plans.document_import.parts import PAGE_FURNITURE
from plans.document_import.prose_tasks import prose_task, reshape
from plans.document_import.subject_duties import duty_paragraphs, follows_the_plan
from plans.document_import.tables import TablesMixin
from plans.document_import.task_fields import TaskFieldsMixin
from plans.document_import.task_passes import TaskPassesMixin
from plans.document_import.task_references import assigns_by_number, references_in
from plans.document_import.tasks import TasksMixin
from plans.document_import.timeframes import deadline, time_range
from plans.document_import.units import heading_body

# Section classes from heading words. A Roman-numbered (or Part) heading may
# name its class anywhere; a numbered one must begin with it, so that a task
# "2. Trách nhiệm tổ chức triển khai …" stays a task.
SECTION_CLASSES = [
    (
        "objectives",
        r"\b(?:muc dich|yeu cau|muc tieu|quan diem|su can thiet|nguyen tac|phuong cham)\b",
    ),
    (
        "organisation",
        r"\b(?:to chuc thuc hien|trach nhiem|phan cong|dieu khoan thi hanh)\b",
    ),
    ("funding", r"\b(?:kinh phi|du toan|nguon von|nguon kinh phi|co che tai chinh)\b"),
    ("reporting", r"\bche do (?:thong tin\s*,?\s*)?bao cao\b"),
    ("time", r"^(?:thoi gian|tien do|thoi han)\b"),
    ("targets", r"^chi tieu\b"),
    # What numbers a task ("Nhiệm vụ 1:", "Công trình 1:", labels.toml
    # [item]) names a section of them: "II. DANH MỤC CÔNG TRÌNH", "CÁC DỰ ÁN".
    (
        "tasks",
        r"\b(?:"
        + "|".join(re.escape(fold(w)) for w in LABELS["item"]["words"])
        + r"|lo trinh|lich thuc hien|tieu chi|kiem tra|ke hoach thuc hien|chuong trinh)\b",
    ),
    (
        "background",
        r"\b(?:ket qua thuc hien|danh gia|thuc trang|tinh hinh|can cu xay dung)\b",
    ),
]
HEADING_CLASSES = [
    ("objectives", r"^(?:muc dich|yeu cau|muc tieu|quan diem|nguyen tac)\b.{0,40}$"),
    (
        "organisation",
        r"^(?:to chuc thuc hien|phan cong (?:nhiem vu|trach nhiem))\b.{0,30}$",
    ),
    ("funding", r"^(?:kinh phi|du toan|nguon kinh phi|nguon von)\b"),
    ("reporting", r"^che do\b"),
    ("time", r"^(?:thoi gian|thoi han|tien do)\b"),
    ("targets", r"^chi tieu\b(?![ \d.]*\d)"),
    ("tasks", r"^(?:cac )?(?:nhiem vu|noi dung|giai phap)\b.{0,80}$"),
    ("tasks", rf"^(?:{label_pattern('topic', 'sections')})\b.{{0,40}}$"),
]
# A part that lists the plan's bases: "CĂN CỨ XÂY DỰNG KẾ HOẠCH", "Căn cứ
# pháp lý", "CƠ SỞ PHÁP LÝ" (folded, the whole heading).
BASES_HEADING = re.compile(
    r"(?:nhung\s+)?(?:can cu|co so)(?:\s+(?:phap ly|xay dung|ban hanh|de ra))?"
    r"(?:\s+(?:ke hoach|chuong trinh))?"
)
HEADING_KINDS = (
    "part",
    "roman",
    "article",
    "upper",
    "heading1",
    "heading2",
    "heading3",
)


def _heads_section(block: Block) -> bool:
    """Whether `block` heads a part of the plan: a Roman, Part, Article,
    letter or Word-styled heading; or a "1." at the top of a body numbered
    with Arabic numerals (no Roman level above it) that names only a kind of
    section ("1. Mục tiêu", "2. Phân công công việc", "2. Danh mục nhiệm
    vụ", "3. Kinh phí"). A "1." inside a Roman section stays a task or a
    sub-heading, however it opens."""
    return block.kind in HEADING_KINDS or (
        block.kind == "dec1"
        and block.parent is not None
        and block.parent.kind == "root"
        and names_a_section(block.text)
    )


def _task_under_an_aim(block: Block, own: set[str]) -> bool:
    """ "3. Mục tiêu giảm nghèo: Phòng Văn hóa - Xã hội rà soát … ; hoàn
    thành trước ngày 31/10/2027." in a tasks section: a numbered item that
    names the aim it serves, then the work and its deadline, is a task, not
    an objectives part."""
    if own != {"objectives"} or _heads_section(block) or ":" not in block.text:
        return False
    return deadline(block.text.split(":", 1)[1]) is not None


# Work already done: a result, not a target ("Đã cứng hóa 12 km", "đạt
# được 95%").
_DONE = re.compile(r"\b(?:đã|đạt được)\b", re.I)
# The clauses of a decision ("Điều 1. Ban hành kèm theo Quyết định này Kế
# hoạch …", "Điều 3. Quyết định này có hiệu lực …"): no task.
DECISION_CLAUSE = re.compile(
    r"\b(?:ban hanh kem theo|kem theo quyet dinh nay|quyet dinh nay co hieu luc|co hieu luc (?:thi hanh )?ke tu|chiu trach nhiem thi hanh|thi hanh quyet dinh nay)\b"
)
# A line that speaks of reporting (labels.toml [letter] reports_back): its
# day is the plan's reporting deadline.
_REPORTS = re.compile(r"\b(?:" + label_pattern("letter", "reports_back") + r")\b")
_COURTESY = re.compile(label_pattern("announce", "courtesies"))
# An organisation part's items that are duties whatever time they state
# (labels.toml [duty]).
_DUTY = re.compile(r"^(?:" + label_pattern("duty", "opens") + r")\b")
# A line that sends the reader to an appendix for its figures or its work
# ("1. Chỉ tiêu …: chi tiết tại Phụ lục I.", "… cụ thể tại Phụ lục 02 kèm
# theo"), folded.
_POINTS_TO_APPENDIX = re.compile(r"\b(?:chi tiet|cu the)\s+(?:tai|theo|o)\s+phu luc\b")
# Under a table: its note ("Ghi chú: …", "Lưu ý: …"), and the stamp a
# program prints on what it exports ("Ngày xuất dữ liệu: 06/12/2026 09:42 -
# Hệ thống …", "Xuất từ phần mềm …"), folded.
_TABLE_NOTE = re.compile(r"^(Ghi chú|Chú thích|Lưu ý)\s*:\s*\S", re.IGNORECASE)
_EXPORT_STAMP = re.compile(
    r"^(?:ngay xuat(?: du lieu| bao cao)?|thoi gian xuat|nguoi xuat|ngay in"
    r"|(?:xuat|trich xuat|in) tu (?:he thong|phan mem))\b"
)
_ROUTINE = re.compile(r"\b(?:" + label_pattern("duty", "routine") + r")\b")


class Reader(HeaderMixin, TasksMixin, TaskFieldsMixin, TaskPassesMixin, TablesMixin):
    """Reads an Outline into a ParsedPlan."""

    def __init__(self, outline: Outline):
        self.outline = outline
        self.plan = ParsedPlan(doc_type=outline.doc_type)
        # A year's figures under a block (prose_tasks.reshape), and those a
        # task took, by its first line's index.
        self.figures: dict[int, list[Block]] = {}
        self.claimed: dict[int, list[Block]] = {}
        self.section_time = ""
        self.section_participants = ""
        self.section_method = ""
        # (body, "lead" or "coordinating", part, task numbers) the
        # organisation part gives by reference ("chủ trì các nhiệm vụ tại
        # mục 1, 3 Phần II").
        self.references: list[tuple[str, str, str, list[str]]] = []
        # Whether the organisation part read now steers work the plan lists
        # elsewhere (`handed_out`).
        self.steering = False
        self.numbers: dict[int, int] = {}  # id(numbered block) → tasks counted
        # id(task) → the period heading it stands under ("Tháng 3/2027").
        self.periods: dict[int, str] = {}

    # ── body ──
    def body(self) -> None:
        # Activities over their paragraph, passive paragraphs, a cost
        # sentence, a year's figures under a task (prose_tasks.py).
        self.figures = reshape(self.outline.body)
        asks = self._letter_asks()
        # "1. Làm mới 800 m đường …. Chủ trì: …; thời gian: …" right under
        # the title, with no section heading: the numbered items are the
        # tasks when most of them assign work themselves.
        # Not in a letter: one that hands no work down (a notice, a reply, a
        # reminder, a submission) lists no tasks, whatever times its items say.
        flat = (
            asks is None
            and not self._addressed()
            and (
                self._items_assign_work(self.outline.body.structural)
                or duty_paragraphs(self.outline.body)
            )
        )
        if flat:
            self._closing_report()
        elif asks is None:
            self._under_the_table()
        for place, block in enumerate(self.outline.body.children):
            if asks is not None and place >= asks[0]:
                self.visit(block, klass="tasks", context=asks[1])
            else:
                self.visit(block, klass="tasks" if flat else "", context={})
        self._general_solutions()
        self._period_targets(self.claimed)
        # A section that states a time for everything ("III. THỜI GIAN …").
        for task in self.plan.tasks:
            if not task.time_text and self.section_time:
                task.time_text = self.section_time
                task.sources.setdefault("time", "section")
            if self.section_participants and not task.participants:
                task.participants = self.section_participants
                if not task.coordinating_text:
                    task.coordinating_text = " ".join(
                        self.section_participants.splitlines()
                    )
                    task.sources.setdefault("coordinating", "section")
            if self.section_method and not task.method:
                task.method = self.section_method
        self._dates()
        self._unique_numbers()

    def _period_targets(self, figures: dict[int, list[Block]]) -> None:
        """The items "+ Năm 2026: 50 ha;" taken from under a task:
        the task's targets, named by its work."""
        for task in self.plan.tasks:
            items = figures.get(task.lines[0]) if task.lines else None
            for item in items or []:
                figure = item.text.partition(":")[2].strip(" ;.")
                for target in self.target_line(f"{task.title}: {figure}", item.text):
                    target.task_number = task.number
                    self.plan.targets.append(target)
                item.use(f"chỉ tiêu nhiệm vụ {task.number}")

    def _general_solutions(self) -> None:
        """ "II. NHIỆM VỤ, GIẢI PHÁP" over "1. Tăng cường công tác tuyên
        truyền …", "2. Huy động nguồn lực …" (no lead, no partner, no time)
        while a table after them ("Phụ lục: Danh mục nhiệm vụ …") gives two
        rows or more their lead and, most of them, their time: the numbered
        items are the plan's solutions, its text (a section), and the
        table's rows its tasks. Items that assign work, or an appendix of
        targets (no lead), leave the tasks as they are."""
        tasks = self.plan.tasks
        rows = [t for t in tasks if t.sources.get("lead") == "column" and t.lead_text]
        if len(rows) < 2 or 2 * sum(bool(t.time_text) for t in rows) <= len(rows):
            return
        first_row = min((min(t.lines) for t in rows if t.lines), default=None)
        listed = [t for t in tasks if t.sources.get("lead") != "column"]
        if (
            first_row is None
            or not listed
            or any(
                t.lead_text
                or t.time_text
                or t.coordinating_text
                or t.official_text
                or not t.lines
                or max(t.lines) >= first_row
                for t in listed
            )
        ):
            return
        by_index = {line.index: line for line in self.outline.lines}
        headings = {
            node.number: node
            for node in self.outline.body.walk()
            if node.kind in HEADING_KINDS
        }
        for number in dict.fromkeys(t.section for t in listed):
            mine = [t for t in listed if t.section == number]
            heading = headings.get(number)
            body = [by_index[i].text for t in mine for i in t.lines if i in by_index]
            self.plan.sections.append(
                ParsedSection(number, heading.text if heading is not None else "", body)
            )
            for task in mine:
                for i in task.lines:
                    if i in by_index:
                        by_index[i].used = f"mục {number}".strip() if number else "mục"
        self.plan.tasks = [t for t in tasks if t not in listed]

    def _closing_report(self) -> None:
        """A list of work with no sections that ends on a sentence asking for
        reports ("Đề nghị các đơn vị triển khai nghiêm túc, báo cáo kết quả
        về UBND xã trước ngày 25 hằng tháng."): the plan's reporting, not a
        line of the last task; an ask that names no report ("Đề nghị các
        đơn vị triển khai nghiêm túc.") and a courtesy ("Trân trọng!") close
        the message. Only the last blocks, each a paragraph (or a bullet of
        a kind of its own)."""
        while True:
            leaves = [
                node
                for node in self.outline.body.walk()
                if node.kind not in ("root", "table", "row", "group")
            ]
            node = leaves[-1] if len(leaves) > 2 else None
            if node is None or node.children or node.parent is None:
                return
            if node.kind in BULLETS and any(
                other is not node and other.kind == node.kind
                for other in node.parent.children
            ):
                return
            text = marker(node.text)[2] if node.kind in BULLETS else node.text
            if node.kind not in ("text", *BULLETS) or attribute(text):
                return
            if not self._closes(node, text):
                return

    def _closes(self, node: Block, text: str) -> bool:
        """Whether `text` (node's) closes the plan: a courtesy ("Trân
        trọng!"), or an ask of the bodies ("Đề nghị …", "Các đơn vị …") — the
        plan's reporting when it asks for reports. Such a node leaves the
        body, used so."""
        folded = fold(text).rstrip(" .!/")
        if _COURTESY.fullmatch(folded):
            used = "lời kết"
        elif re.match(r"^(?:kinh de nghi|de nghi|yeu cau|cac)\b", folded):
            used = "báo cáo" if _REPORTS.search(folded) else "lời kết"
        else:
            return False
        node.parent.children.remove(node)
        node.use(used)
        if used == "báo cáo" and not self.plan.reporting_text:
            self.plan.reporting_text = text
            if not _ROUTINE.search(folded) and (day := deadline(text)):
                self.plan.report_deadline = day
        return True

    def _under_the_table(self) -> None:
        """A body that is a table, with no section heading (a roster of
        duties, a workbook's list of tasks): the paragraphs under its last
        table are no task. A note ("Ghi chú: kinh phí lồng ghép …") is kept
        as the plan's text; a program's export stamp ("Ngày xuất dữ liệu:
        …") is nothing of the plan; an ask or a courtesy closes it
        (`_closes`). Any other paragraph (work written under the table)
        stays to be placed."""
        children = self.outline.body.children
        tables = [place for place, c in enumerate(children) if c.kind == "table"]
        if not tables or any(c.kind not in ("table", "text") for c in children):
            return
        for node in children[tables[-1] + 1 :]:
            if all(line.used for line in node.lines):
                continue
            folded = fold(node.text)
            if _EXPORT_STAMP.match(folded):
                node.use("dấu xuất dữ liệu")
            elif m := _TABLE_NOTE.match(node.text):
                self.plan.sections.append(ParsedSection("", m.group(1), [node.text]))
                node.use("ghi chú của bảng")
            else:
                self._closes(node, node.text)

    def _letter_asks(self) -> tuple[int, dict[str, str]] | None:
        """A letter (công văn: no type of document, a "Kính gửi" line) that
        hands work down: the place in the body where its asks begin, after
        the sentence that gives them ("… đề nghị UBND các xã, phường triển
        khai các nội dung sau:", the preamble's last line or a paragraph of
        the body), and who does them: the body that sentence names, else the
        addressees. None for any other document, and for a letter that asks
        for no list of work (a reminder)."""
        outline = self.outline
        addressees = addressees_of(outline.preamble)
        if not self._addressed() or self._submission():
            return None
        children = outline.body.children
        given = None
        if outline.preamble:
            given = letter_lead_in(outline.preamble[-1].text)
            start = 0
        if given is None:
            start = next(
                (
                    place + 1
                    for place, block in enumerate(children)
                    if block.kind == "text" and letter_lead_in(block.text) is not None
                ),
                None,
            )
            if start is None:
                return None
            given = letter_lead_in(children[start - 1].text)
            children[start - 1].use("tiêu đề mục")
        group_under_bodies(children, start)
        if not any(c.kind != "text" for c in children[start:]):
            return None
        self._closing_paragraph(children[start:])
        context = dict(given or {})
        if context.get("lead"):
            context["partners_of"] = context["lead"]
        context["addressees"] = " và ".join(addressees)
        return start, context

    def _addressed(self) -> bool:
        """A letter, or a document sent like one: no type of document
        ("KẾ HOẠCH"), a "Kính gửi" line."""
        return not self.outline.doc_type and bool(addressees_of(self.outline.preamble))

    def _submission(self) -> bool:
        """A document with a "Kính gửi" that is no letter handing work
        down: a submission ("TỜ TRÌNH" over its subject, a number "…/TTr-…")
        asks its addressee's approval."""
        return bool(
            re.match(r"^ttr\b", fold(self.plan.symbol))
            or any(
                NOT_A_LETTER.match(fold(line.text).strip(" .:"))
                for line in self.outline.header + self.outline.preamble[:2]
            )
        )

    @staticmethod
    def _closing_paragraph(blocks: list[Block]) -> None:
        """A letter's closing paragraph ("Văn phòng … đề nghị UBND các xã
        quan tâm triển khai./.") after its last ask is no part of that ask."""
        node = blocks[-1] if blocks else None
        while node is not None and node.children:
            node = node.children[-1]
        if (
            node is not None
            and node.kind == "text"
            and node.parent is not None
            and re.search(r"\./\.?\s*$", node.text)
        ):
            node.parent.children.remove(node)
            node.use("lời kết")
        elif node is not None and node.kind == "text" and node in blocks:
            node.use("lời kết")

    def _class_of(self, block: Block) -> set[str]:
        folded = fold(block.text)
        if _heads_section(block):
            found = {
                name for name, pattern in SECTION_CLASSES if re.search(pattern, folded)
            }
            return found
        if block.kind in ("dec1", "dec2", "dec3", "dec4", "letter"):
            head = folded.split(":", 1)[0].strip()
            for name, pattern in HEADING_CLASSES:
                if re.search(pattern, head) and (
                    name != "targets" or not re.search(r"\d", head)
                ):
                    return {name}
        return set()

    def visit(self, block: Block, klass: str, context: dict) -> None:
        if block.kind == "article" and DECISION_CLAUSE.search(fold(block.text)):
            # "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …": the
            # decision's own clause; the plan is in the appendix.
            self.section(block, "")
            return
        if block.kind in HEADING_KINDS + ("dec1", "dec2") and BASES_HEADING.fullmatch(
            fold(block.text).strip(" .:")
        ):
            self.bases_section(block)
            return
        own = self._class_of(block)
        if klass == "tasks" and _task_under_an_aim(block, own):
            own = set()
        if own:
            children = [c for c in block.children if c.kind not in ("text",) + BULLETS]
            if len(own) > 1 and children and all(self._class_of(c) for c in children):
                # "II. CHỈ TIÊU, NỘI DUNG VÀ THỜI GIAN": each part says what it is.
                klass = "mixed"
            else:
                # The class named first: "THỜI GIAN, ĐỊA ĐIỂM … KIỂM TRA" is time;
                # a tie goes to the order of SECTION_CLASSES, never to the
                # order of a set (which changes from run to run).
                folded = fold(block.text)
                order = [name for name, _ in SECTION_CLASSES]

                def first_named(name: str) -> tuple[int, int]:
                    for table in (HEADING_CLASSES, SECTION_CLASSES):
                        pattern = dict(table).get(name)
                        if pattern and (m := re.search(pattern, folded)):
                            return m.start(), order.index(name)
                    return 999, order.index(name)

                klass = min(own, key=first_named)
        if not own and not klass and _heads_section(block):
            klass = self._class_by_content(block)
            if klass == "parts":
                self.parts(block)
                return
        if (
            klass in ("organisation", "background", "time", "")
            and _heads_section(block)
            and (
                any(self._is_task_table(n) for n in block.children)
                or self._items_labelled_as_tasks(block.structural)
            )
        ):
            # "II. PHÂN CÔNG NHIỆM VỤ" over a table with a lead and a time
            # column, or over items that each label their own lead and time
            # ("1. Chỉ đạo … / - Cơ quan tham mưu: … / - Thời gian hoàn
            # thành: …"); "II. TIẾN ĐỘ THỰC HIỆN" over a schedule of the
            # work: the table or the labels say what the heading leaves open.
            klass = "tasks"
        if (
            _heads_section(block)
            and block.children
            and all(c.kind == "text" for c in block.children)
            and any(re.search(r"\bphu luc\b", fold(c.text)) for c in block.children)
        ):
            # "II. NHIỆM VỤ" / "Các nhiệm vụ cụ thể … tại Phụ lục kèm theo":
            # the heading only points to the appendix, where the tasks are.
            self.section(block, "")
            return
        if _heads_section(block) or (own and block.kind not in BULLETS):
            if (
                klass
                in ("objectives", "organisation", "funding", "reporting", "background")
                or not klass
            ):
                self.section(block, klass)
                return
            if klass == "time":
                self.time_section(block)
                return
            if klass == "targets":
                self.targets_section(block)
                return
        if block.kind == "text":
            if klass in ("tasks", "mixed") and (prose := prose_task(block.text)):
                # "Các Ban công tác Mặt trận thôn vận động …; Hội Nông dân
                # xã phối hợp thực hiện, hoàn thành trong Quý III/2026."
                self.task(block, [], *prose, context)
                return
            if klass == "tasks" and follows_the_plan(block, self.outline.body):
                self.section(block, "organisation")  # (subject_duties.py)
                return
            if klass in ("tasks", "mixed", "targets"):
                found = (
                    self.target_line(block.text, block.text)
                    if klass == "targets"
                    else []
                )
                if found:
                    self.plan.targets += found
                    block.use("chỉ tiêu")
            return
        if block.kind == "table":
            self.table(block, klass, context)
            return
        if klass not in ("tasks", "mixed", "targets"):
            self.section(block, klass)
            return
        if klass == "targets" and not self._is_task(block):
            for node in block.walk():
                if node.kind == "table":
                    self.table(node, "targets", context)
                elif node.kind not in ("table", "row", "group") and node.lines:
                    found = self.target_line(node.text, node.lines[0].text)
                    if found:
                        self.plan.targets += found
                        node.use("chỉ tiêu")
            return
        self.tasks_in(block, context)

    def _class_by_content(self, block: Block) -> str:
        """The class of a heading whose words name none ("PHẦN II. NHỮNG VIỆC
        CẦN LÀM NGAY"), from what it holds: "parts" over headings that name
        their own; "tasks" over an amending plan's quoted points, or when
        two blocks under it state a lead or a time of their own (no
        background or objective assigns work); "targets" when each block
        under it states a figure to reach; "" else."""
        if any(self._named_heading(c) for c in block.structural):
            return "parts"
        if any(line.used == AMENDING for c in block.children for line in c.lines):
            # "I. SỬA ĐỔI" over "Sửa đổi điểm 2 mục III như sau:" and the
            # point as amended: an amending plan's tasks.
            return "tasks"
        if self._assigns_work(block.structural):
            return "tasks"
        return "targets" if self._states_targets(block) else ""

    def _states_targets(self, block: Block) -> bool:
        """Every block under `block` (two at least) states a figure to reach
        ("Tỷ lệ hộ dân dùng nước sạch: 95%", "Cứng hóa đường trục thôn: 12,5
        km"), and none says it was done ("đã", "đạt được": a result, the
        background of the plan)."""
        children = [c for c in block.children if c.lines]
        return (
            len(children) >= 2
            and all(self.target_line(c.text, c.lines[0].text) for c in children)
            and not any(
                _DONE.search(line.text) for n in block.walk() for line in n.lines
            )
        )

    def _named_heading(self, block: Block) -> bool:
        return _heads_section(block) and bool(self._class_of(block))

    def _items_assign_work(self, blocks: list[Block]) -> bool:
        """`blocks` are the top of a body with no named heading, and at least
        two, and most, of them state a lead or a time themselves (not only
        the blocks under them)."""
        items = [b for b in blocks if b.kind not in ("table", "row", "group")]
        if len(items) < 2 or any(self._named_heading(b) for b in items):
            return False
        stated = 0
        for block in items:
            names = {name for _, name, _ in self._own_attributes(block)}
            names |= set(inline_attributes(block.text)[1])
            stated += bool(names & {"lead", "time"})
        return stated >= 2 and 2 * stated > len(items)

    def _items_labelled_as_tasks(self, blocks: list[Block]) -> bool:
        """At least two of `blocks`, and all of them, label both a lead and
        a time of their own on lines under them: work items, whatever the
        heading above calls them."""
        items = [b for b in blocks if b.kind not in ("table", "row", "group", "text")]
        if len(items) < 2:
            return False
        for block in items:
            names = {name for _, name, _ in self._own_attributes(block)}
            if not {"lead", "time"} <= names:
                return False
        return True

    def _assigns_work(self, blocks: list[Block]) -> bool:
        """Two of `blocks` (or the blocks under them) state a lead or a time
        of their own."""
        stated = 0
        for node in (n for b in blocks for n in b.walk()):
            if node.kind in ("text", "table", "row", "group"):
                continue
            names = {name for _, name, _ in self._own_attributes(node)}
            names |= set(inline_attributes(node.text)[1])
            stated += bool(names & {"lead", "time"})
        return stated >= 2

    def parts(self, block: Block) -> None:
        """A heading over headings that say what they are: its own text is a
        section, each heading under it read as its kind, the other blocks
        as tasks when they assign work."""
        body = [line.text for node in block.texts for line in node.lines]
        self.plan.sections.append(
            ParsedSection(block.number, block.text, body, kind="text")
        )
        block.use("tiêu đề mục")
        for node in block.texts:
            node.use(f"mục {block.number}".strip() if block.number else "mục")
        others = [c for c in block.structural if not self._named_heading(c)]
        klass = "tasks" if self._assigns_work(others) else ""
        for child in block.structural:
            self.visit(child, klass="" if child not in others else klass, context={})

    # Objectives, organisation, funding, reporting and other parts are kept
    # as the plan's own numbered sections, their lines used.
    def section(self, block: Block, klass: str) -> None:
        plan = self.plan
        handed = (
            self.handed_out(block, paragraphs_only=klass != "organisation")
            if klass in ("organisation", "")
            else set()
        )
        body = [
            line.text
            for node in block.walk()
            for line in node.lines
            if line.index not in handed
        ][1:]
        heading = block.text
        kind = {
            "objectives": "purpose",
            "funding": "budget",
            "reporting": "reporting",
        }.get(klass, "text")
        if klass == "objectives":
            self.objectives(block)
        if klass == "funding":
            self.budget(" ".join([block.text, *body]))
        if klass == "reporting":
            plan.reporting_text = "\n".join(body or [block.text])
        if klass == "organisation":
            for text in body:
                if (
                    (day := deadline(text))
                    and not plan.report_deadline
                    and _REPORTS.search(fold(text))
                ):
                    # "… báo cáo kết quả về UBND xã trước ngày 05/12/2024": a
                    # day a report is due, not any day the part names.
                    plan.report_deadline = day
                self.references += references_in(text)
        if (
            block.kind in HEADING_KINDS
            or block.parent is None
            or block.parent.kind == "root"
        ):
            plan.sections.append(ParsedSection(block.number, heading, body, kind=kind))
        else:
            # A part inside another section: its text joins that section's.
            plan.sections.append(
                ParsedSection(
                    block.number,
                    heading,
                    body,
                    kind=kind if kind != "text" else "inner",
                )
            )
        for node in block.walk():
            node.use(f"mục {block.number}".strip() if block.number else "mục")

    def handed_out(self, block: Block, *, paragraphs_only: bool = False) -> set[int]:
        """The work an organisation part hands out unit by unit, read as
        tasks: under a line that is only a unit's name ("1. Phòng Kinh tế",
        "2. Phòng Văn hóa - Xã hội:", "Đề nghị Ủy ban MTTQ Việt Nam xã và
        các hội, đoàn thể:", "Trạm Y tế xã có trách nhiệm:"), each item that
        is a piece of work with a time of its own (`_work_of_its_own`) is a
        task that unit leads. The unit's duties stay the part's text. The
        indices of the lines the tasks took come back. A part of no class
        ("II. NHIỆM VỤ CỤ THỂ" over text alone) hands out, `paragraphs_only`,
        the work of paragraphs that open on their body ("Hội Nông dân xã:
        Chủ trì …; hoàn thành trước …", body_lines.body_paragraph)."""
        taken: set[int] = set()
        # Where the plan lists its work in a part of its own, the
        # organisation part's steering and oversight is that work's, no
        # task; where this part is the plan's only list of work, each dated
        # duty is one (round 25: "Văn phòng HĐND và UBND xã" over "Theo dõi,
        # đôn đốc, tổng hợp …, báo cáo … trước ngày 10/12/2027.").
        self.steering = bool(self.plan.tasks)
        for node in list(block.walk())[1:]:
            if any(line.index in taken for line in node.lines):
                continue
            if paragraphs_only and node.kind != "text":
                continue
            body, paragraphs = self.body_duties(node)
            official = heading_official(partition_outside_brackets(node.text, ":")[0])
            if not body and node.kind == "text" and (said := body_paragraph(node.text)):
                # "**Đoàn Thanh niên xã:** Tổ chức … vào ngày 25/01/2027.":
                # no number, no dash; the body, its colon, then its work.
                body, official, work = said
                paragraphs = [
                    Block(node.kind, node.number, work, node.lines, parent=node.parent)
                ]
            if not body and (said := self._body_sentence(node)):
                # "1. Các chi bộ trực thuộc căn cứ Kế hoạch này xây dựng kế
                # hoạch cụ thể …, hoàn thành trước ngày 15/3/2026.": the
                # body, then its work.
                body, paragraphs = said
            if body:
                # "2. Sở Xây dựng" over paragraphs, not items; "2. Các chi
                # hội phụ nữ thôn: tổ chức …; báo cáo kết quả …" without the
                # report back after the work.
                count = len(self.plan.tasks)
                paragraphs = [self._without_report_back(p) for p in paragraphs]
                given = {"official": official} if official else {}
                self.duties_given(body, paragraphs, given, self._work_of_its_own)
                taken |= {i for t in self.plan.tasks[count:] for i in t.lines}
                continue
            if node.kind in BODY_HEADING_KINDS and chairs_with_partners(node.text):
                if not node.structural and self._work_of_its_own(node):
                    self.visit(node, "tasks", {})
                    taken |= {line.index for line in node.lines}
                continue
            if node.kind not in BODY_HEADING_KINDS + BULLETS or not node.structural:
                continue
            if members := member_items(node):
                # "1. Đồng chí A - <post>, Phó Trưởng ban: …:" over "+" items.
                for item, context in members:
                    self.visit(item, "tasks", context)
                    taken |= {line.index for n in item.walk() for line in n.lines}
                continue
            given = self._unit_line(node)
            if not given:
                continue
            context = {**given, "partners_of": given["lead"]}
            if official := heading_official(node.text):
                # "2. Trưởng thôn (ông Hoàng Văn Pẻng):": the person in the
                # body's bracket follows each duty under it.
                context["official"] = official
            for item in node.structural:
                if not self._work_of_its_own(item):
                    continue
                self.visit(item, "tasks", context)
                taken |= {line.index for n in item.walk() for line in n.lines}
        return taken

    def _body_sentence(self, node: Block) -> tuple[str, list[Block]] | None:
        """The body an item of the organisation part opens its sentence
        with (`body_then_work`), and the work it gives when that is a piece
        of work of its own; None else."""
        if node.kind not in BODY_HEADING_KINDS + BULLETS or node.structural:
            return None
        if not (said := body_then_work(node.text)):
            return None
        body, work = said
        duty = self._without_report_back(
            Block(
                node.kind,
                node.number,
                capitalised(work),
                node.lines,
                parent=node.parent,
            )
        )
        return (body, [duty]) if self._work_of_its_own(duty) else None

    @staticmethod
    def _without_report_back(paragraph: Block) -> Block:
        text = without_report_back(paragraph.text)
        if text == paragraph.text:
            return paragraph
        return Block(
            paragraph.kind,
            paragraph.number,
            text,
            paragraph.lines,
            parent=paragraph.parent,
        )

    @staticmethod
    def _unit_line(node: Block) -> dict[str, str]:
        """Who a line gives the work under it to when it says nothing else:
        a unit's name, with or without its colon, or a sentence that leads
        a list ("Đề nghị UBND các xã, phường:", "Công an xã có trách
        nhiệm:"); {} else."""
        if stated := lead_in(node.text):
            return stated
        if body := heading_body(node.text):
            return {"lead": body}
        return {}

    def _work_of_its_own(self, item: Block) -> bool:
        """An item of an organisation part that is a piece of work: it
        states when it is due ("…, hoàn thành trong quý III/2027.", "…,
        thường xuyên."), and is no report back nor a routine (labels.toml
        [duty]); a duty ("Là cơ quan thường trực …", "Chủ động xây dựng kế
        hoạch chi tiết …") states no time; nor is steering and oversight
        whose day is a report's (`oversight_only`) where the plan lists its
        work in a part of its own."""
        if item.kind in ("table", "row", "group"):
            return False
        if (
            _DUTY.match(fold(item.text).lstrip("*_ "))
            or references_in(item.text)
            or (self.steering and oversight_only(item.text))
            or assigns_by_number(item)
        ):
            # A report back, the tasks of part II given by their numbers
            # ("Chủ trì thực hiện nhiệm vụ tại mục 1, 3 Phần II": a lead
            # for those, `referenced`), or steering and oversight only
            # ("Hướng dẫn, kiểm tra các chi đoàn; tổng hợp, báo cáo …").
            return False
        return self.states_its_time(item)

    def states_its_time(self, item: Block) -> bool:
        """Whether an item says when it is due, a routine ("… trước ngày 20
        hằng tháng") not counted."""
        times = [
            value for _, name, value in self._own_attributes(item) if name == "time"
        ]
        times += [v for n, v in inline_attributes(item.text)[1].items() if n == "time"]
        year = self.plan.plan_year or 2000
        return any(
            not _ROUTINE.search(fold(time))
            and time_range(time, default_year=year, today=self.plan.reference_day)
            for time in times
        )

    def objectives(self, block: Block) -> None:
        """ "I. MỤC ĐÍCH, YÊU CẦU" with "1. Mục đích" and "2. Yêu cầu" (or one
        undivided text, kept as the purpose)."""
        purpose, requirements = [], []
        heading = fold(block.text)
        target = requirements if heading.startswith("yeu cau") else purpose
        for node in block.children:
            text = fold(node.text)
            lines = [line.text for n in node.walk() for line in n.lines]
            if node.kind != "text" and text.startswith("yeu cau"):
                head, _, rest = node.text.partition(":")
                requirements += ([rest.strip()] if rest.strip() else []) + lines[1:]
            elif node.kind != "text" and text.startswith("muc dich"):
                head, _, rest = node.text.partition(":")
                purpose += ([rest.strip()] if rest.strip() else []) + lines[1:]
            else:
                target += lines
        if purpose:
            self.plan.purpose = "\n".join(filter(None, [self.plan.purpose, *purpose]))
        if requirements:
            self.plan.requirements = "\n".join(
                filter(None, [self.plan.requirements, *requirements])
            )

    def time_section(self, block: Block) -> None:
        """ "III. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN …" (what applies to every
        task), or "2.3. Thời gian tổ chức phát động: …" (campaign phases)."""
        text = " ".join(line.text for node in block.walk() for line in node.lines)
        if block.kind not in HEADING_KINDS:
            self.campaign(text)
            for node in block.walk():
                node.use("thời gian chung")
            return
        current = ""
        participants: list[str] = []
        method: list[str] = []
        for node in block.walk():
            if node is block:
                continue
            stated = attribute(node.text)
            folded = fold(node.text)
            if stated and stated[0] == "time" and not self.section_time:
                self.section_time = stated[1]
                current = ""
            elif node.kind.startswith("dec") and "thanh phan" in folded:
                current = "participants"
            elif node.kind.startswith("dec") and "hinh thuc" in folded:
                current = "method"
            elif node.kind.startswith("dec"):
                current = ""
            elif current == "participants":
                participants.append(" ".join(line.text for line in node.lines))
            elif current == "method":
                method.append(node.text)
        if participants:
            self.section_participants = "\n".join(participants)
        if method:
            self.section_method = " ".join(method)
        self.plan.sections.append(
            ParsedSection(
                block.number,
                block.text,
                [line.text for n in block.walk() for line in n.lines][1:],
                kind="time",
            )
        )
        for node in block.walk():
            node.use("thời gian chung")

    def village_targets(self, table: Block) -> bool:
        """A table of targets by village: a column per target with its unit
        in brackets ("Hàng rào xanh (m)"), a row per village."""
        header = table.lines[0] if table.lines else None
        rows = [n for n in table.walk() if n.kind == "row"]
        if header is None:
            first = rows[0] if rows else None
            if first is None:
                return False
            header = first.lines[0]
            rows = rows[1:]
        cells = header.cells or []
        columns = {
            i: m
            for i, cell in enumerate(cells)
            if (m := re.match(r"^(?P<name>.+?)\s*\((?P<unit>[^()]{1,15})\)$", cell))
        }
        if not columns or not rows:
            return False
        name_column = next(
            (
                i
                for i, c in enumerate(cells)
                if i not in columns
                and re.search(r"thon|ban|xom|khu|don vi|ten", fold(c))
            ),
            None,
        )
        for column, m in columns.items():
            per_village = {}
            for row in rows:
                values = row.lines[0].cells or []
                village = (
                    values[name_column]
                    if name_column is not None and name_column < len(values)
                    else ""
                )
                amount = parse_number(values[column]) if column < len(values) else None
                if (
                    village
                    and amount is not None
                    and not fold(village).startswith(("tong", "cong"))
                ):
                    per_village[village] = amount
            if per_village:
                self.plan.targets.append(
                    ParsedTarget(
                        m.group("name").strip(),
                        sum(per_village.values()),
                        m.group("unit").strip(),
                        header.text,
                        per_village=per_village,
                    )
                )
        table.use("chỉ tiêu giao các thôn")
        header.used = "chỉ tiêu giao các thôn"
        for row in rows:
            row.use("chỉ tiêu giao các thôn")
        for node in table.walk():
            if node.kind in ("row", "group") and fold(node.lines[0].text).startswith(
                ("tong", "cong")
            ):
                node.use("chỉ tiêu giao các thôn")
        return True

    def targets_section(self, block: Block) -> None:
        """ "II. CHỈ TIÊU": each line that states a figure to reach is a
        target; a paragraph that states none the tables and lines read
        ("Phấn đấu đến hết năm 2027 có thêm 02 thôn đạt chuẩn …, tỷ lệ …"),
        and a line that sends the reader to an appendix ("1. Chỉ tiêu …: chi
        tiết tại Phụ lục I"), is the plan's text about its targets, kept as
        the section's."""
        prose: list[str] = []
        for node in block.walk():
            if node is block:
                node.use("chỉ tiêu")
                continue
            if node.kind == "table":
                if not self.village_targets(node):
                    self.table(node, "targets", {})
                continue
            if node.kind in ("row", "group") or not node.lines:
                continue
            found = self.target_line(node.text, node.lines[0].text)
            if found:
                self.plan.targets += found
                node.use("chỉ tiêu")
            elif re.fullmatch(r"\(.*kèm theo\)", node.text.strip(" .")):
                node.use("chỉ tiêu")
            elif (
                node.kind == "text" or _POINTS_TO_APPENDIX.search(fold(node.text))
            ) and not any(line.used for line in node.lines):
                prose += [line.text for line in node.lines]
                node.use("chỉ tiêu")
        if prose:
            self.plan.sections.append(ParsedSection(block.number, block.text, prose))

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
            starts_on, ends_on = date(start), date(end)
            if starts_on and ends_on and starts_on <= ends_on:
                self.plan.phases.append(
                    ParsedPhase(f"Đợt {number}", starts_on, ends_on)
                )

    def budget(self, text: str) -> None:
        plan = self.plan
        plan.budget_text = plan.budget_text or text.strip()
        m = re.search(rf"({NUMBER})\s*(triệu|tỷ|nghìn|ngàn)?\s*đồng", text)
        if m:
            amount = parse_number(m.group(1))
            scale = {"triệu": 10**6, "tỷ": 10**9, "nghìn": 10**3, "ngàn": 10**3}.get(
                m.group(2) or "", 1
            )
            if amount is not None and plan.budget_total is None:
                plan.budget_total = (amount * scale).quantize(Decimal(1))
                plan.budget_text = (
                    m.group(0) + text[m.end() :].split(".")[0].split(";")[0]
                )

    def run(self) -> ParsedPlan:
        self.header()
        self.title()
        self.preamble()
        self.body()
        self.closing()
        self.referenced()
        plan = self.plan
        # Furniture in the header, the closing or an appendix's heading, which
        # the outline's walk of the body did not mark.
        for position in self.outline.furniture:
            line = self.outline.lines[position]
            if not line.used:
                line.used = PAGE_FURNITURE
        plan.source = [
            SourceLine(line.index, line.written or line.text, line.used, line.cells)
            for line in sorted(
                self.outline.lines + self.outline.page, key=lambda line: line.index
            )
        ]
        return plan


def understand(outline: Outline) -> ParsedPlan:
    """The plan an outline describes."""
    return Reader(outline).run()


__all__ = ["Reader", "understand"]
