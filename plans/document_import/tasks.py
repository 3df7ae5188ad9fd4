"""Tasks in the meaning stage: which block is a task, its number, title and
attributes (its own, inline, inherited from its heading), its lead and
co-leads, and after the walk its dates, unique numbers and the leads given
by reference; `TasksMixin` holds the Reader's methods that do it."""

from __future__ import annotations

import re
from collections.abc import Callable

from ntm.text import fold
from plans.document_import.attributes import (
    WORK,
    advising,
    assignment,
    attribute,
    capitalised,
    inline_attributes,
    labelled,
    lead_in,
    note_assigns,
    partition_outside_brackets,
    sentence_attributes,
)
from plans.document_import.blocks import Block
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.markers import BULLETS, PERIOD, names_a_section
from plans.document_import.parsed import ParsedPlan, ParsedTask
from plans.document_import.tables import row_target
from plans.document_import.timeframes import cell_time, impossible_dates, time_range
from plans.document_import.units import (
    ABBREVIATED,
    ACTS,
    BODY_HEAD,
    NOT_A_BODY,
    folded_same_length,
    heading_body,
    is_unit,
    names_a_person,
    partner_first,
    units,
    without_honorific,
)


def _names_a_topic(heading: str) -> bool:
    """A folded heading that names a topic rather than the work: "Về …", a
    criterion, or no verb of work at its start."""
    return bool(re.search(r"^ve\s|\btieu chi\b", heading)) or not WORK.match(heading)


# "Tiêu chí Giao thông: sửa chữa …", "Chỉ tiêu Y tế - …": a criterion
# named by its field, with no number, before the work.
_NAMED_CRITERION = re.compile(
    r"^(?P<criterion>(?:Tiêu chí|TIÊU CHÍ|Chỉ tiêu|CHỈ TIÊU)\s+(?!số\b|SỐ\b|\d)"
    r"[^:;.()\d]{2,60}?)\s*(?::|\s[-–]\s)\s*(?P<work>\S.*)$"
)


# Only a numbered heading names the body that does the work under it; a
# criterion's name ("Tiêu chí số 5 - Trường học") is what the work is about.
BODY_HEADING_KINDS = ("roman", "upper", "dec1", "dec2", "dec3", "dec4", "letter")


# "…; gửi báo cáo về Văn phòng Điều phối", "…, báo cáo kết quả về Sở X",
# "…, gửi về Chi cục Y": the report a letter's ask is sent back with (its
# day already read as the ask's time).
# A cell marked empty: "-", "–", "x", "/", "…" alone.
_EMPTY_CELL = re.compile(r"^\s*(?:[-–—/…x.]+)\s*$", re.IGNORECASE)
_REPORT_BACK = re.compile(
    r"[,;]\s+(?:" + label_pattern("letter", "reports_back") + r")"
    r"\s+ve\s+[^,;.()]{3,120}$"
)

# "Chủ trì tham mưu …", "Chủ trì tổ chức …": an item that opens by saying
# the body above leads it, then its work (labels.toml [work] verbs).
_LEADS_IT = re.compile(
    r"^chu tri\s*,?\s+(?=(?:" + label_pattern("work", "verbs") + r"|tham muu)\b)"
)


def _split_title(text: str, bracketed: bool = False) -> tuple[str, str]:
    """A bullet task's title and description: "Về nhà ở, vườn hộ: Tập trung …"
    or "Quan tâm cao …; xóa bỏ …". A mark inside brackets splits nothing
    ("Trồng hoa (giống địa phương; năm 2026)"). Clauses joined by ";" before
    the who/when bracket that ends the line (`bracketed`: "Số hóa hồ sơ
    hành chính; cập nhật dữ liệu … (Chủ trì: …; thời gian: …)") are one
    task's name: the bracket is said of both."""
    text = text.strip()
    head, sep, rest = partition_outside_brackets(text, ":")
    if sep and rest.strip() and len(head) <= 80 and not re.search(r"\d$", head):
        return head.strip(), rest.strip()
    if bracketed:
        return text, ""
    head, sep, rest = partition_outside_brackets(text, ";")
    if sep and rest.strip():
        return head.strip(), rest.strip()
    return text, ""


def _closing_bracket(written: str, inline: dict) -> bool:
    """Whether a line ends on the bracket its lead and time were read from:
    "… (Chủ trì: Văn phòng HĐND và UBND xã; phối hợp: …; thời gian: Quý
    III/2027)."."""
    return written.rstrip(" .;").endswith(")") and "lead" in inline and "time" in inline


class TasksMixin:
    """The Reader's task methods (mixed into meaning.Reader, whose state
    they use). Calls TablesMixin's `target_line` and `_shared_target`, and
    meaning.Reader's own `visit` (the items under a period heading or a
    lead-in), `section` (a heading over text alone) and `states_its_time`
    (whether a duty says when it is due)."""

    # The Reader's state (meaning.Reader.__init__ sets it).
    plan: ParsedPlan
    # (body, "lead" or "coordinating", part, task numbers) given by reference.
    references: list[tuple[str, str, str, list[str]]]
    numbers: dict[int, int]  # id(numbered block) → tasks counted
    periods: dict[int, str]  # id(task) → the period heading it stands under

    # ── tasks ──
    def _attribute_of(self, node: Block, bare: bool) -> tuple[str, str] | None:
        if node.kind == "text" and not bare:
            return attribute(node.text)
        if node.kind in ("row", "group", "table"):
            return None
        return attribute(node.text, bare=bare or node.kind == "plus")

    def _own_attributes(self, block: Block) -> list[tuple[Block, str, str]]:
        found = []
        colon = any(
            attribute(c.text)
            for c in block.children
            if c.kind in BULLETS or c.kind == "text"
        )
        for place, child in enumerate(block.children):
            if child.kind not in BULLETS and child.kind != "text":
                continue
            if (
                child.kind == "text"
                and any(c.kind != "text" for c in block.children[place + 1 :])
                and lead_in(child.text)
            ):
                # "Giao Công an xã chủ trì thực hiện các nội dung sau:" leads
                # the items after it; its "chủ trì" is not the block's own
                # "Chủ trì:" (the heading passes it to those items).
                continue
            stated = self._attribute_of(child, bare=colon)
            if stated and (several := labelled(child.text)):
                found += [(child, name, value) for name, value in several]
            elif stated:
                found.append((child, *stated))
            elif (child.kind == "text" or self._states_the_work(block)) and (
                sentence := sentence_attributes(child.text)
            ):
                # "- Nhiệm vụ: <work>" then "- Giao X chủ trì, phối hợp Y
                # thực hiện; thời gian: …": the item assigns the work its
                # sibling states, no task of its own.
                for name, value in sentence.items():
                    found.append((child, name, value))
        return found

    @staticmethod
    def _states_the_work(block: Block) -> bool:
        """Whether one of the block's items is its work after a label
        ("- Nhiệm vụ: Hỗ trợ 40 hộ …", "- Nội dung: …")."""
        return any(
            (stated := attribute(c.text)) and stated[0] == "content" and stated[1]
            for c in block.children
            if c.kind in BULLETS or c.kind == "text"
        )

    def _name_over_items(self, block: Block) -> str:
        """The body a heading names by its shape rather than its first word
        ("1. Công ty Điện lực huyện:"): a name (a capital after its first
        word, no verb of work, no number, ten words at most) closed by a
        colon over items that name no lead of their own; "" else."""
        name = block.text.strip().rstrip(" :")
        folded = fold(name)
        words = name.split()
        if (
            not block.lines
            or not block.lines[0].text.rstrip().endswith(":")
            or not 2 <= len(words) <= 10
            or not any(w[:1].isupper() for w in words[1:])
            or re.search(r"\d|[;()]", name)
            or re.search(ACTS, folded)
            or NOT_A_BODY.match(folded)
            or names_a_section(name)
        ):
            return ""
        items = block.structural
        if not items or any(c.kind not in BULLETS for c in items):
            return ""
        for item in items:
            names = {n for _, n, _ in self._own_attributes(item)}
            if "lead" in names | set(inline_attributes(item.text)[1]):
                return ""
        return name

    def _is_task(self, block: Block) -> bool:
        if block.kind in ("text", "table", "group"):
            return False
        if block.kind == "row":
            return True
        if self._own_attributes(block) or inline_attributes(block.text)[1]:
            return True
        structural = [c for c in block.structural if not self._attribute_of(c, False)]
        return not structural

    def body_duties(self, block: Block) -> tuple[str, list[Block]]:
        """The body a numbered heading names and the duties it writes as
        paragraphs rather than items: "2. Sở Xây dựng" over plain
        paragraphs, or "a) Sở Y tế: <duty>" on one line (the duty after the
        colon first); ("", []) for any other block."""
        if block.kind not in BODY_HEADING_KINDS or block.structural:
            return "", []
        head, colon, rest = partition_outside_brackets(block.text, ":")
        body = heading_body(head)
        paragraphs = list(block.children)
        if body and colon and rest.strip():
            # The heading's own line is the duty's: numbered as the heading.
            duty = Block(
                block.kind,
                block.number,
                capitalised(rest.strip()),
                block.lines,
                parent=block.parent,
            )
            paragraphs.insert(0, duty)
        return (body, paragraphs) if body and paragraphs else ("", [])

    def duties_given(
        self,
        body: str,
        paragraphs: list[Block],
        context: dict,
        due: Callable[[Block], bool],
    ) -> None:
        """Each duty in a body's paragraphs that is `due` (states a time of
        its own; in the organisation part, and is no report back), read as a
        task the body leads (its partners those the duty names); a duty with
        no time is the body's general duty, no task."""
        # The heading names its own body: a list's lead and partners above
        # it ("Giao Phòng X chủ trì, phối hợp với Y …:") are not its.
        passed = {
            name: value
            for name, value in context.items()
            if name not in ("lead", "coordinating", "partners_of")
        }
        passed.update(lead=body, partners_of=body)
        for paragraph in paragraphs:
            for duty in self._duties_in(paragraph):
                if due(duty):
                    self.task(duty, [], *inline_attributes(duty.text), passed)
                    self._first_duty_names(self.plan.tasks[-1])
            paragraph.use("trách nhiệm chung")

    def _standing_duties(self, items: list[Block]) -> set[int]:
        """Under a body's heading whose items give times, the items that
        give none: the body's general duties ("Theo dõi, tổng hợp tình hình
        thực hiện Kế hoạch."), no tasks. Where no item gives a time, each
        is a task."""
        bullets = [c for c in items if c.kind in BULLETS and not c.structural]
        untimed = {id(c) for c in bullets if not self.states_its_time(c)}
        return untimed if len(untimed) < len(bullets) else set()

    @staticmethod
    def _first_duty_names(task: ParsedTask) -> None:
        """Duties between ";" under one time ("Hỗ trợ … hội chợ; kết nối
        tiêu thụ …; thời gian: Quý III/2027"): one task, named by the first,
        the others its description."""
        title, mark, rest = partition_outside_brackets(task.title, ";")
        if mark and rest.strip():
            task.title = title.strip()
            task.description = "\n".join(
                d for d in (rest.strip(), task.description) if d
            )

    def _duties_in(self, paragraph: Block) -> list[Block]:
        """A paragraph's duties: its clauses between ";" when each states a
        time of its own ("Hướng dẫn …, hoàn thành trong quý III/2027; kiểm
        tra …, hoàn thành trong tháng 11/2027."), else the paragraph whole
        (several duties under one time are one task)."""
        clauses, rest = [], paragraph.text
        while rest.strip():
            clause, _, rest = partition_outside_brackets(rest, ";")
            clauses.append(
                Block(
                    "text",
                    "",
                    capitalised(clause.strip()),
                    paragraph.lines,
                    parent=paragraph.parent,
                )
            )
        if len(clauses) > 1 and all(self.states_its_time(c) for c in clauses):
            return clauses
        return [paragraph]

    def _items_under(self, heading: Block, passed: dict) -> None:
        """The items under a heading that passes them its time or state: its
        text lines are the heading's, each other child is read as a task."""
        for child in heading.children:
            if child.kind == "text":
                child.use("tiêu đề mục")
            else:
                self.visit(child, "tasks", passed)

    def tasks_in(self, block: Block, context: dict) -> None:
        if self._period_over_items(block):
            # "Tháng 01/2027" over its "-" items: the period is the time of
            # every item that names none of its own.
            period = block.text.rstrip(" .:")
            passed = {**context, "time": period, "period": period}
            block.use("tiêu đề mục")
            self._items_under(block, passed)
            return
        body, paragraphs = self.body_duties(block)
        if body:
            # "2. Sở Xây dựng" over "Hướng dẫn …; thời gian: Quý IV/2027.",
            # "a) Sở Y tế: Chủ trì, phối hợp với Y …; thời gian: …": the
            # body's duties, each with a time a task it leads.
            self.duties_given(body, paragraphs, context, self.states_its_time)
            block.use("tiêu đề mục")
            return
        own = self._own_attributes(block)
        inline_text, inline = inline_attributes(block.text)
        listing = next(
            (
                node
                for node, name, value in own
                if name == "content" and not value.strip() and node.structural
            ),
            None,
        )
        if listing is not None:
            # "Chỉ tiêu 17.1 …" / "- Nhiệm vụ:" over "+ …" items / "- Chủ
            # trì: …": each item is a task, and what the block states (lead,
            # partners, time) holds for each.
            passed = dict(context)
            for name, value in inline.items():
                passed.setdefault(name, value)
            for node, name, value in own:
                if name != "content":
                    passed.setdefault(name, value)
                node.use("thuộc tính chung")
            block.use("tiêu đề mục")
            owned = {id(node) for node, _, _ in own}
            status = []
            for child in block.children:
                if id(child) not in owned:
                    # "- Hiện trạng: đạt 52%": the indicator's state, kept
                    # with each of its tasks.
                    status += [
                        line.text for node in child.walk() for line in node.lines
                    ]
                    for node in child.walk():
                        node.use("tiêu đề mục")
            if status:
                passed["status"] = "\n".join(status)
            self._items_under(listing, passed)
            return
        structural = [
            c
            for c in block.children
            if c.kind != "text" and c not in {n for n, _, _ in own}
        ]
        sub_tasks = [
            c
            for c in structural
            if c.kind != "table"
            and (self._own_attributes(c) or inline_attributes(c.text)[1])
        ]
        lead_in_list = block.text.rstrip().endswith(":") and bool(structural)
        if block.kind not in BULLETS and names_a_section(inline_text):
            if not structural:
                # "II. NHIỆM VỤ" over text alone: a section with its text.
                self.section(block, "")
                return
            lead_in_list = True
        if (
            structural
            and (sub_tasks or lead_in_list or not (own or inline))
            and not (
                own
                and not sub_tasks
                and all(c.kind in BULLETS for c in structural)
                and not lead_in_list
            )
        ):
            # A heading: its stated attributes pass down to its tasks.
            passed = dict(context)
            # A paragraph with no number that leads a list ("Giao Hội Nông
            # dân xã thực hiện các nhiệm vụ sau:") holds for the items after
            # it, up to the next such paragraph, not for the whole block.
            leads = {
                id(c): stated
                for c in block.children
                if c.kind == "text" and (stated := lead_in(c.text))
            }
            for node, name, value in own:
                if id(node) not in leads:
                    passed.setdefault(name, value)
            for name, value in inline.items():
                passed.setdefault(name, value)
            if lead_in_list and (stated := lead_in(block.text)):
                # "1. Giao Phòng X chủ trì, phối hợp với Y thực hiện các
                # nội dung sau:" over a) b) … or "-" items: each is a task
                # of that lead and those partners (the nearest sentence
                # wins), unless the item names its own lead.
                passed.update(stated)
                passed["partners_of"] = stated["lead"]
            if block.kind in BODY_HEADING_KINDS and (
                body := heading_body(block.text) or self._name_over_items(block)
            ):
                # "1. Sở Nông nghiệp và Môi trường:" over its "-" items: the
                # body a heading names leads the work listed under it.
                passed.setdefault("lead", body)
                standing = self._standing_duties(structural)
            else:
                standing = set()
            for node, _, _ in own:
                node.use("thuộc tính chung")
            if block.kind not in BULLETS or lead_in_list:
                block.use("tiêu đề mục")
            for child in block.children:
                if id(child) in leads:
                    passed = {
                        name: value
                        for name, value in passed.items()
                        if name not in ("lead", "coordinating")
                    }
                    passed.update(leads[id(child)])
                    passed["partners_of"] = passed["lead"]
                    child.use("tiêu đề mục")
                    continue
                if id(child) in standing:
                    child.use("trách nhiệm chung")
                    continue
                if child.kind == "text":
                    found = self.target_line(child.text, child.text)
                    if found:
                        self.plan.targets += found
                        child.use("chỉ tiêu")
                    elif block.kind in BULLETS:
                        continue
                    else:
                        child.use("tiêu đề mục")
                    continue
                self.visit(child, "tasks", passed)
            return
        if works := self._topic_works(block, inline):
            # "6. Về môi trường" over two paragraphs of work, each assigned
            # in a sentence of its own: each is a task, the heading their
            # group.
            block.use("tiêu đề mục")
            for paragraph in works:
                self.task(paragraph, [], *inline_attributes(paragraph.text), context)
                task = self.plan.tasks[-1]
                task.description = "\n".join(
                    d for d in (block.text, task.description) if d
                )
            return
        if paragraph := self._topic_paragraph(block, own, inline):
            # "1. Về hạ tầng giao thông (Tiêu chí số 2)" over one paragraph
            # of work: the paragraph is the task, the heading its group.
            inline_text, inline = inline_attributes(paragraph.text)
            own = [(paragraph, "topic", "")]
        self.task(block, own, inline_text, inline, context)

    @staticmethod
    def _period_over_items(block: Block) -> bool:
        """A heading that is only a period ("Tháng 01/2027", "1. Quý
        II/2027", "Tuần 1 (từ 05 - 09/01/2027)") over items of work."""
        return (
            block.kind == "period"
            or (
                block.kind
                in BODY_HEADING_KINDS + ("heading1", "heading2", "heading3") + BULLETS
                and bool(PERIOD.match(fold(block.text)))
            )
        ) and bool(block.structural)

    @staticmethod
    def _topic_paragraph(block: Block, own, inline: dict) -> Block | None:
        """The one paragraph under a numbered heading that only names a
        topic and states nothing itself; None for a heading that is itself
        the work. The heading names a topic by its shape: "Về …", or it
        starts with no verb of work ("Lĩnh vực giao thông", "Giao thông
        (Tiêu chí số 2)", "Đối với tiêu chí Trường học", "Hạ tầng kinh tế -
        xã hội") or names a criterion, over a paragraph that starts with
        one and assigns it in a sentence of its own; under "Tiêu chí …" any
        paragraph that assigns its work in a sentence of its own."""
        if inline or not (block.kind.startswith("dec") or block.kind == "letter"):
            return None
        if len(block.children) != 1 or block.children[0].kind != "text":
            return None
        paragraph = block.children[0]
        if paragraph.children or any(node is not paragraph for node, _, _ in own):
            return None
        heading = fold(block.text.lstrip("*_ "))
        if re.match(r"^ve\s", heading):
            return paragraph
        if "content" not in {name for _, name, _ in own}:
            return None
        siblings = [
            b
            for b in (block.parent.children if block.parent else [])
            if b is not block and b.kind == block.kind
        ]
        if re.match(r"^(?:doi voi\s+)?tieu chi\b", heading) or (
            _names_a_topic(heading) and any(b.structural for b in siblings)
        ):
            # "3. Tiêu chí Y tế" over "Nâng tỷ lệ … đạt 95%. Giao Trạm Y tế
            # xã chủ trì …": a criterion's name, or a topic's where the
            # headings beside it hold "a)", "b)" tasks, is never the work,
            # whatever verb the paragraph's work opens with.
            return paragraph
        if not WORK.match(fold(paragraph.text)):
            return None
        return paragraph if _names_a_topic(heading) else None

    @staticmethod
    def _topic_works(block: Block, inline: dict) -> list[Block]:
        """The paragraphs under a numbered heading that names a topic (no
        verb of work, or "Về …", or a criterion) when there are two or more
        and each starts with a verb of work and names who does it in a
        sentence of its own; [] else."""
        children = block.children
        if (
            inline
            or len(children) < 2
            or not (block.kind.startswith("dec") or block.kind == "letter")
            or any(c.kind != "text" or c.children for c in children)
        ):
            return []
        if not _names_a_topic(fold(block.text.lstrip("*_ "))):
            return []
        for child in children:
            details, stated = inline_attributes(child.text)
            if not (
                WORK.match(fold(child.text))
                and details != child.text
                and {"lead", "official"} & set(stated)
            ):
                return []
        return children

    def _number(self, block: Block) -> str:
        """The task's number: its own when it has one, else the number of the
        nearest numbered block above it followed by a running count."""
        if block.kind.startswith("dec") or block.kind == "item":
            return block.number
        if block.kind == "row" and block.number:
            return block.number
        text = block.text
        if m := re.match(
            r"^(?:Tiêu chí|TIÊU CHÍ)\s*(?:số\s*)?(\d{1,2})(?![\d.])", text.lstrip("*_ ")
        ):
            return m.group(1)
        if m := re.match(
            r"^(?:Chỉ tiêu|CHỈ TIÊU)\s*(?:số\s*)?(\d{1,2}\.\d{1,2})", text.lstrip("*_ ")
        ):
            return m.group(1)
        if block.kind in ("criterion", "indicator"):
            return block.number
        anchor = block.parent
        while anchor is not None and not (
            anchor.kind.startswith("dec")
            or anchor.kind in ("letter", "criterion", "indicator", "group")
        ):
            anchor = anchor.parent
        count = self.numbers.get(id(anchor), 0) + 1
        self.numbers[id(anchor)] = count
        if anchor is None:
            return str(count)
        prefix = self._number_of_anchor(anchor)
        if block.kind == "letter":
            return f"{prefix}.{block.number}" if prefix else block.number
        return f"{prefix}.{count}" if prefix else str(count)

    def _number_of_anchor(self, anchor: Block) -> str:
        if anchor.kind == "letter":
            parent = anchor.parent
            while parent is not None and not (
                parent.kind.startswith("dec")
                or parent.kind in ("criterion", "indicator")
            ):
                parent = parent.parent
            return f"{parent.number}.{anchor.number}" if parent else anchor.number
        return anchor.number

    def task(
        self, block: Block, own, inline_text: str, inline: dict, context: dict
    ) -> None:
        plan = self.plan
        if block.kind == "letter":
            number = self._number_of_anchor(block)
        else:
            number = self._number(block)
        text = inline_text.strip()
        criterion = indicator = None
        lead_match = re.match(
            r"^(?P<label>(?:Tiêu chí|TIÊU CHÍ)\s*(?:số\s*)?(?P<c>\d{1,2})(?![\d.])|(?:Chỉ tiêu|CHỈ TIÊU)\s*(?:số\s*)?(?P<i>\d{1,2}\.\d{1,2}))",
            text,
        )
        if block.kind == "criterion":
            criterion = int(block.number)
        elif block.kind == "indicator":
            indicator = block.number
        elif lead_match:
            criterion = int(lead_match.group("c")) if lead_match.group("c") else None
            indicator = lead_match.group("i") or None
        if indicator and not criterion:
            criterion = int(indicator.split(".")[0])
        ancestor = block.parent
        while ancestor is not None and not criterion:
            if ancestor.kind in ("criterion", "indicator"):
                criterion = int(ancestor.number.split(".")[0])
                if ancestor.kind == "indicator" and not indicator:
                    indicator = ancestor.number
            ancestor = ancestor.parent
        title, description = text, []
        if criterion or indicator:
            # "Tiêu chí số 1 - Quy hoạch: Rà soát quy hoạch chung": the work
            # follows the criterion's name.
            name, sep, work = text.partition(":")
            if (
                block.emphasis
                and text.startswith(block.emphasis.rstrip(":"))
                and len(block.emphasis) < len(text)
            ):
                name, work = (
                    block.emphasis.rstrip(": "),
                    text[len(block.emphasis) :].lstrip(": "),
                )
                sep = ":"
            if sep and work.strip():
                title = work.strip()
                description.append(name.strip())
            else:
                title = text
                content = next((v for _, n, v in own if n == "content"), "")
                if content:
                    # "- Chỉ tiêu 17.1 …" then "+ Nhiệm vụ: …": the work is the task.
                    title, text = content, ""
                    description.append(block.text)
                    own = [
                        (node, n, v)
                        for node, n, v in own
                        if n != "content" or v != content
                    ] + [
                        (node, "used", v)
                        for node, n, v in own
                        if n == "content" and v == content
                    ]
        elif named := _NAMED_CRITERION.match(text):
            # "Tiêu chí Giao thông: sửa chữa 850 m …": a criterion named, not
            # numbered; the work after it is the task, the criterion is
            # kept in its description.
            work = named.group("work")
            title = work[:1].upper() + work[1:]
            description.append(named.group("criterion"))
        elif block.kind in BULLETS:
            title, rest = _split_title(text, _closing_bracket(block.text, inline))
            if rest:
                description.append(rest)
        parts = re.search(r":\s*(?=\(1\)\s|1\)\s|a\)\s)", title)
        if parts and re.search(r"[;,]\s*(?:\(2\)|2\)|b\))\s", title[parts.end() :]):
            # "Xây dựng kế hoạch …: (1) xác định …; (2) phân công …": the
            # parts listed in the sentence are the work's content, not its name.
            description.insert(0, title[parts.end() :].strip())
            title = title[: parts.start()]
        title = title.rstrip(" :").strip()
        # The sentence's full stop is not part of a task's name ("…" stays).
        title = re.sub(r"(?<![.…])\.$", "", title)
        task = ParsedTask(
            number=number,
            title=title,
            criterion_number=criterion,
            indicator_number=indicator or "",
        )
        task.lines = [line.index for line in block.lines]
        if any(n == "topic" for _, n, _ in own):
            # The topic heading the paragraph is under: its group.
            description.insert(0, block.text)
        section = block.parent
        while section is not None and section.kind not in (
            "roman",
            "upper",
            "part",
            "article",
        ):
            section = section.parent
        task.section = section.number if section is not None else ""
        values: dict[str, str] = {}
        sources: dict[str, str] = {}
        for name, value in inline.items():
            values.setdefault(name, value)
            sources.setdefault(name, "inline")
        if block.kind == "row":
            for role, value in block.columns.items():
                if role in (
                    "number",
                    "content",
                    "note",
                    "unit",
                    "quantity",
                    "details",
                    "co_leads",
                    "partners",
                ) or (
                    role in ("lead", "coordinating", "official")
                    and _EMPTY_CELL.match(value)
                ):
                    continue
                # "- Chủ trì: … - Phối hợp: … - Thời gian: …" in one cell.
                several = (
                    labelled(value)
                    if role in ("lead", "coordinating", "official", "time")
                    else []
                )
                if role == "lead" and not several and names_a_person(value):
                    several = [("official", value)]
                for name, stated in several or [(role, value)]:
                    values.setdefault(name, stated)
                    sources.setdefault(name, "column")
            if details := block.columns.get("details"):
                # "- Quy mô: …", "- Kinh phí dự kiến: …" under the work's name.
                description += details.split("\n")
            if note := block.columns.get("note"):
                # "Ghi chú: Phối hợp Phòng Kinh tế": a partner, not a note.
                stated = attribute(note, bare=True)
                if stated and stated[0] in ("coordinating", "time"):
                    values.setdefault(stated[0], stated[1])
                    sources.setdefault(stated[0], "column")
                elif "lead" not in values and (assigned := note_assigns(note)):
                    # "Giao Phòng Kinh tế chủ trì; Hội Nông dân phối hợp":
                    # the row's lead and partners, in its note.
                    for name, value in assigned.items():
                        values.setdefault(name, value)
                        sources.setdefault(name, "column")
                else:
                    description.append(note)
        last = None
        for node, name, value in own:
            if name in ("used", "topic"):
                node.use(f"nhiệm vụ {number}")
                continue
            if name in values and name in ("content",):
                values[name] += "\n" + value
            elif name == "content":
                values[name] = value
            else:
                values.setdefault(name, value)
                sources.setdefault(name, "line")
            last = name
            node.use(f"nhiệm vụ {number}")
        owned = {id(n) for n, _, _ in own}
        for child in block.children:
            if id(child) in owned:
                continue
            for node in child.walk():
                if node.kind in ("table",):
                    continue
                piece = (
                    " ".join(line.text for line in node.lines)
                    if node.kind != "text"
                    else node.text
                )
                if last == "participants" and node.kind in BULLETS:
                    values["participants"] = (
                        values.get("participants", "") + "\n" + node.text.lstrip("-+ ")
                    ).strip()
                else:
                    description.append(piece)
                node.use(f"nhiệm vụ {number}")
        block.use(f"nhiệm vụ {number}")
        own_lead = values.get("lead", "")
        for name, value in context.items():
            if (
                name == "coordinating"
                and own_lead
                and context.get("partners_of")
                and fold(own_lead) != fold(context["partners_of"])
            ):
                # The partners of a list's lead are not those of an item
                # that names its own.
                continue
            if name not in values and name in (
                "time",
                "lead",
                "coordinating",
                "official",
                "method",
            ):
                values[name] = value
                sources[name] = "parent"
        if context.get("addressees"):
            # A letter's ask that names no body is its addressees' work (or
            # that of the body its lead-in sentence names); a partner it
            # opens with ("Phối hợp Sở Tài chính hoàn thiện …") is theirs,
            # and the work is what follows it.
            if "lead" not in values:
                values["lead"] = context["addressees"]
                sources["lead"] = "letter"
            if (
                sources["lead"] in ("letter", "parent")
                and "coordinating" not in values
                and (span := partner_first(title))
            ):
                values["coordinating"] = title[span[0] : span[1]].strip(" ,")
                sources["coordinating"] = "inline"
                task.title = capitalised(title[span[1] :].strip())
            if values.get("time") and (
                m := _REPORT_BACK.search(folded_same_length(task.title))
            ):
                # "Kiểm tra …, báo cáo kết quả về Phòng X trước ngày …": the
                # report back is how the ask is due, not its name (a plan's
                # "Sơ kết quý I, báo cáo kết quả về UBND xã" keeps its own).
                description.insert(0, task.title[m.start() :].strip(" ,;"))
                task.title = task.title[: m.start()].rstrip(" ,;")
        if "coordinating" not in values and (span := partner_first(title)):
            # "Phối hợp với Sở Tài chính tham mưu …", "Chủ trì, phối hợp với
            # các sở, ngành liên quan hướng dẫn …": the work of the body
            # above, with the partner the sentence names before its verb.
            values["coordinating"] = title[span[0] : span[1]].strip(" ,")
            sources["coordinating"] = "inline"
            if sources.get("lead") == "parent":
                # Under the body that leads it ("1. Phòng Kinh tế" / "-
                # Chủ trì, phối hợp với Y rà soát …"): the title is the work,
                # as in a letter's ask.
                task.title = capitalised(title[span[1] :].strip(" ,"))
        elif sources.get("lead") == "parent" and (
            m := _LEADS_IT.match(folded_same_length(title))
        ):
            # "Chủ trì tham mưu UBND xã ban hành …": the body above leads;
            # the work is what it leads.
            task.title = capitalised(title[m.end() :])
        if "content" in values:
            description.insert(0, values.pop("content"))
        if follows := values.pop("follows", ""):
            # "…; giao Phòng Kinh tế theo dõi.": a body follows the task.
            description.append(follows)
        if context.get("status"):
            description.append(context["status"])
        assignment(values)
        advising(values, sources, description)
        if names_a_person(values.get("lead", "")) and not values.get("official"):
            # A person named where a body was expected, by any path (a
            # bracket, a sentence, a column): the task's official.
            values["official"] = values.pop("lead")
            if "lead" in sources:
                sources["official"] = sources.pop("lead")
        task.time_text = values.get("time", "")
        task.start_text = values.get("start", "")
        task.lead_text = values.get("lead", "")
        task.coordinating_text = values.get("coordinating", "")
        task.coordinating_units = (
            units(task.coordinating_text) if task.coordinating_text else []
        )
        task.official_text = without_honorific(values.get("official", ""))
        task.method = values.get("method", "")
        task.participants = values.get("participants", "")
        task.budget_text = values.get("budget", "")
        task.product = values.get("product", "")
        task.sources = sources
        marked = block.columns if block.kind == "row" else {}
        if marked.get("partners") and sources.get("coordinating") == "column":
            # A responsibility matrix's partners, one agency a column.
            task.coordinating_units = marked["partners"].split("\n")
        if marked.get("co_leads") and sources.get("lead") == "column":
            # Several lead marks in a responsibility matrix's row.
            self._lead_with_partners(task, marked["co_leads"].split("\n"))
        else:
            self._co_leads(task)
        if values.get("place"):
            description.append(f"Địa điểm: {values['place']}")
        if values.get("target"):
            description.append(f"Chỉ tiêu: {values['target']}")
            for target in self.target_line(values["target"], values["target"]):
                target.task_number = number
                plan.targets.append(target)
        if block.kind == "row" and (shared := self._shared_target(task.title, block)):
            shared.task_number = number
            plan.targets.append(shared)
        if block.kind == "row" and (
            target := row_target(
                task.title,
                block.columns.get("quantity", ""),
                block.columns.get("unit", ""),
                block.lines[0].text,
            )
        ):
            target.task_number = number
            plan.targets.append(target)
        task.description = "\n".join(d for d in description if d)
        if not task.lead_text and block.kind in BULLETS:
            self.infer_lead(task)
        if context.get("period"):
            self.periods[id(task)] = context["period"]
        plan.tasks.append(task)

    def _co_leads(self, task: ParsedTask) -> None:
        """ "Giao Phòng Kinh tế, Phòng Văn hóa - Xã hội chủ trì": a task has
        one lead (plans.models.PlanTask.lead_agency), so the first unit named
        leads and the others take part; the task keeps them all in
        `co_leads` and the preview asks the user to check (never one
        agency made of two names)."""
        if task.sources.get("lead") == "letter":
            # A letter's addressees each do its asks in their own area: not
            # a lead and its partners (one task per addressee is not built).
            return
        named = units(task.lead_text)
        if not re.search(r"[,;]", task.lead_text) and not all(
            n[:1].isupper() for n in named[1:]
        ):
            # "UBND xã Hòa Bình và các thôn": one lead with those it works
            # with, as the document joins them; a list is split on commas,
            # and "và" parts two bodies named as such ("Hội Liên hiệp Phụ nữ
            # và Đoàn Thanh niên xã").
            return
        # Each a body's name of its own: not "Trung tâm Văn hóa, Thể thao và
        # Truyền thông huyện" (one name with a comma), nor "Ban phát triển
        # thôn Phú Hải, thôn Phú Lộc" (one kind of body in two places: a
        # later name is written as a name, with a capital, or as "các …",
        # as _and_units asks of the side after "và").
        if len(named) < 2 or not all(
            (BODY_HEAD.match(fold(n)) or ABBREVIATED.match(n))
            and not NOT_A_BODY.match(fold(n))
            and is_unit(n)
            and not names_a_person(n)
            and (i == 0 or n[:1].isupper() or fold(n).startswith("cac "))
            for i, n in enumerate(named)
        ):
            return
        self._lead_with_partners(task, named)

    def _lead_with_partners(self, task: ParsedTask, named: list[str]) -> None:
        """Co-leads `named`: the first leads, the others take part before the
        task's partners; the user is asked to check."""
        task.co_leads = named
        task.lead_text = named[0]
        task.coordinating_units = named[1:] + [
            u for u in task.coordinating_units if u not in named
        ]
        task.coordinating_text = "; ".join(task.coordinating_units)
        self.plan.notes.append(
            f"Nhiệm vụ {task.number}: văn bản giao {len(named)} đơn vị cùng chủ trì "
            f"({'; '.join(named)}); {named[0]} được ghi là chủ trì, các đơn vị "
            "sau là phối hợp."
        )

    def infer_lead(self, task: ParsedTask) -> None:
        """Who leads a bullet task when no line says: the body the sentence
        makes its subject ("Các thôn đã đạt chuẩn …", "yêu cầu mỗi thôn …")."""
        text = fold(task.title + " " + task.description)
        if re.match(r"^(cac|moi) thon\b", fold(task.title)) or re.search(
            r"\b(yeu cau|giao) (moi|cac) thon\b|\bmoi thon (lua chon|phai|deu)\b", text
        ):
            task.lead_text = "Các thôn"
            task.sources["lead"] = "subject"

    def _dates(self) -> None:
        day = self.plan.reference_day
        year = self.plan.plan_year
        for task in self.plan.tasks:
            if not task.time_text:
                if task.start_text:
                    self._start_column(task, year)
                continue
            text = task.time_text
            if task.sources.get("time") == "column":
                text = cell_time(text)  # "T6/2027", "Q3/2027", "2027"
            for wrong in impossible_dates(text):
                # "12/30/2026": no date is set in its place; the preview
                # says so beside the task (TaskProposal.flags) and here.
                self.plan.notes.append(
                    f"Nhiệm vụ {task.number}: ngày “{wrong}” không có thật, "
                    "chưa đặt thời hạn."
                )
            found = time_range(text, default_year=year, today=day)
            if found:
                task.starts_on, task.ends_on = found
                period = self.periods.get(id(task))
                if (
                    period
                    and period != task.time_text
                    and (whole := time_range(period, default_year=year, today=day))
                    and whole[0]
                    and task.ends_on
                    and whole[0] <= task.ends_on <= whole[1]
                    and (task.starts_on is None or task.starts_on < whole[0])
                ):
                    # "… trước ngày 25/3/2027" under "Tháng 3/2027": from the
                    # month's first day to the item's own day.
                    task.starts_on = whole[0]
                if task.starts_on and task.ends_on and task.starts_on > task.ends_on:
                    task.starts_on = None
            if task.start_text:
                self._start_column(task, year)

    @staticmethod
    def _start_column(task: ParsedTask, year: int | None) -> None:
        """A start the table gives in a column of its own: its first day (a
        month from day 1, a quarter from its first day, a day as written),
        when it is not after the deadline; the wording keeps both cells
        ("01/2027 – 06/2027")."""
        # No `today`: a day alone ("15/3/2027") is the day it starts, not a
        # deadline counted from the plan's date.
        found = time_range(cell_time(task.start_text), default_year=year)
        first = found and (found[0] or found[1])
        if first and (task.ends_on is None or first <= task.ends_on):
            task.starts_on = first
        task.time_text = " – ".join(t for t in (task.start_text, task.time_text) if t)

    def _unique_numbers(self) -> None:
        """Two tasks may not share a number (two sections both start at 1):
        the later ones take their section's number in front."""
        seen: dict[str, int] = {}
        for task in self.plan.tasks:
            number = task.number or str(len(seen) + 1)
            if number in seen and task.section:
                number = f"{task.section}.{number}"
            while number in seen:
                seen[number] += 1
                number = f"{task.number}-{seen[number]}"
            seen.setdefault(number, 1)
            task.number = number[:10]

    def referenced(self) -> None:
        """Leads and partners the organisation part gives by the tasks'
        numbers: a lead only to a task that states none, a partner added."""
        for body, role, part, numbers in self.references:
            for task in self.plan.tasks:
                if part and task.section and task.section != part:
                    continue
                if not any(
                    task.number == n or task.number.startswith(n + ".") for n in numbers
                ):
                    continue
                if role == "lead" and not task.lead_text:
                    task.lead_text = body
                    task.sources["lead"] = "reference"
                elif (
                    role == "coordinating"
                    and body != task.lead_text
                    and fold(body) not in {fold(u) for u in task.coordinating_units}
                ):
                    task.coordinating_units.append(body)
                    task.coordinating_text = "; ".join(task.coordinating_units)
                    task.sources["coordinating"] = "reference"
