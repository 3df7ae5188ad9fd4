"""Tasks in the meaning stage, the walk: which block is a task and which a
heading over tasks, the attributes a block states of its own, the body a
heading names and the duties it gives (`body_duties`, `duties_given`), and
what a heading passes down to the items under it (`tasks_in`). Each task
found is read by `task` (task_fields.py); after the walk its dates, numbers
and the leads given by reference are settled (task_passes.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ntm.text import fold
from plans.document_import.assignments import (
    item_assignment,
    lead_in,
    sentence_attributes,
)
from plans.document_import.attributes import (
    WORK,
    attribute,
    capitalised,
    partition_outside_brackets,
)
from plans.document_import.blocks import Block
from plans.document_import.body_lines import heading_official
from plans.document_import.charge import charge
from plans.document_import.comrades import person_sentence, with_person_after
from plans.document_import.details import labelled
from plans.document_import.inline import inline_attributes
from plans.document_import.markers import (
    BODY_HEADING_KINDS,
    BULLETS,
    NAMES_A_TOPIC,
    PERIOD,
    names_a_section,
)
from plans.document_import.members import member_items
from plans.document_import.parsed import ParsedPlan, ParsedTask
from plans.document_import.prose_tasks import claim_figures, prose_task
from plans.document_import.units import ACTS, NOT_A_BODY, heading_body


def _names_a_topic(heading: str) -> bool:
    """A folded heading that names a topic rather than the work: "Về …", a
    criterion, or no verb of work at its start."""
    return bool(NAMES_A_TOPIC.search(heading)) or not WORK.match(heading)


class TasksMixin:
    """The Reader's task-finding methods (mixed into meaning.Reader, whose
    state they use). Calls TaskFieldsMixin's `task` (one task read),
    TablesMixin's `target_line`, and meaning.Reader's own `visit` (the items
    under a period heading or a lead-in), `section` (a heading over text
    alone) and `states_its_time` (whether a duty says when it is due)."""

    # The Reader's state (meaning.Reader.__init__ sets it).
    plan: ParsedPlan

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
            if given := charge(child.text):
                # "Giao Phó Giám đốc X phụ trách; Tổ Kỹ thuật thực hiện, …":
                # the unit, the person in charge, partners and time.
                found += [(child, name, value) for name, value in given.items()]
                continue
            if person := person_sentence(child.text):
                # "Đồng chí …, Trưởng Ban Tuyên giáo Đảng ủy phụ trách.": a
                # line of its own under the task names its official.
                found.append((child, "official", person))
                continue
            stated = self._attribute_of(child, bare=colon)
            if stated:
                # "Phân công: … Thời gian: Quý II/2027. Đồng chí … trực tiếp
                # chỉ đạo.": a person's sentence may end the labelled line.
                several = labelled(child.text) or [stated]
                found += [(child, *pair) for pair in with_person_after(several)]
            elif (child.kind == "text" or self._states_the_work(block)) and (
                sentence := sentence_attributes(child.text)
            ):
                # "- Nhiệm vụ: <work>" then "- Giao X chủ trì, phối hợp Y
                # thực hiện; thời gian: …": the item assigns the work its
                # sibling states, no task of its own.
                for name, value in sentence.items():
                    found.append((child, name, value))
            elif child.kind in BULLETS and (given := item_assignment(child.text)):
                # "a) <work>:" over "- Giao X chủ trì, phối hợp Y thực hiện;"
                # and "- Thời gian: …": the work's attributes, no tasks.
                found += [(child, name, value) for name, value in given.items()]
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
        if (items := claim_figures(block, self.figures)) and block.lines:
            # "+ Năm 2026: 50 ha;" under the task: its targets.
            self.claimed[block.lines[0].index] = items
        if self._period_over_items(block):
            # "Tháng 01/2027" over its "-" items: the period is the time of
            # every item that names none of its own.
            period = block.text.rstrip(" .:")
            passed = {**context, "time": period, "period": period}
            block.use("tiêu đề mục")
            self._items_under(block, passed)
            return
        if members := member_items(block):
            # "- Đồng chí A, Chủ tịch <body>:" over "+" items in a part of
            # work ("II. NHIỆM VỤ CỦA CÁC THÀNH VIÊN"; set f40t), as in an
            # organisation part (meaning.handed_out).
            outer = {
                name: value
                for name, value in context.items()
                if name not in ("lead", "coordinating", "partners_of")
            }
            for item, given in members:
                self.visit(item, "tasks", {**outer, **given})
            block.use("tiêu đề mục")
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
                # "II. NHIỆM VỤ" over text alone: a section with its text,
                # its paragraphs that assign work tasks (prose_tasks.py).
                prose = [(c, prose_task(c.text)) for c in block.children]
                for child, found in prose:
                    if found:
                        self.task(child, [], *found, context)
                block.children = [c for c, found in prose if not found]
                if block.children or not any(found for _, found in prose):
                    self.section(block, "")
                else:
                    block.use("tiêu đề mục")
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
                # body a heading names leads the work listed under it, not
                # the one an outer heading names ("II. NHIỆM VỤ CỦA CÁC ĐƠN
                # VỊ" over "1. Điện lực Tân Hòa"), nor with its partners.
                if passed.get("lead") == context.get("lead"):
                    for name in ("lead", "coordinating", "partners_of"):
                        if passed.get(name) == context.get(name):
                            passed.pop(name, None)
                passed.setdefault("lead", body)
                if official := heading_official(block.text):
                    # "4. Chi hội Phụ nữ thôn (bà Nông Thị Lả - Chi hội
                    # trưởng):": the person follows each duty under it.
                    passed["official"] = official
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
