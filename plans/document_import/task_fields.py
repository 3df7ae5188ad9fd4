"""Tasks in the meaning stage, one task read: its number (its own, or its
anchor's and a running count), its title and description, its criterion
or indicator, and its attributes gathered from every place they are
written — inline, its own lines, a table row's columns and note, its
heading — then its lead, co-leads, partners, official and targets
(`TaskFieldsMixin.task`)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.assignments import assignment, note_assigns
from plans.document_import.attributes import (
    attribute,
    capitalised,
    partition_outside_brackets,
)
from plans.document_import.blocks import Block
from plans.document_import.comrades import note_person, note_says_more
from plans.document_import.details import labelled
from plans.document_import.follow_up import not_a_task
from plans.document_import.inline import ends_with_time
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.markers import BULLETS
from plans.document_import.officials import advising
from plans.document_import.parsed import ParsedPlan, ParsedTask
from plans.document_import.period_groups import merged_time, note_due
from plans.document_import.persons import is_a_person
from plans.document_import.tables import row_target
from plans.document_import.title_tails import (
    lead_tail,
    partner_tail,
    without_breakdown,
)
from plans.document_import.units import (
    ABBREVIATED,
    BODY_HEAD,
    NOT_A_BODY,
    folded_same_length,
    is_unit,
    names_a_person,
    partner_first,
    units,
    without_honorific,
)

# "Tiêu chí Giao thông: sửa chữa …", "Chỉ tiêu Y tế - …": a criterion
# named by its field, with no number, before the work.
_NAMED_CRITERION = re.compile(
    r"^(?P<criterion>(?:Tiêu chí|TIÊU CHÍ|Chỉ tiêu|CHỈ TIÊU)\s+(?!số\b|SỐ\b|\d)"
    r"[^:;.()\d]{2,60}?)\s*(?::|\s[-–]\s)\s*(?P<work>\S.*)$"
)


# "…; gửi báo cáo về Văn phòng Điều phối", "…, báo cáo kết quả về Sở X",
# "…, gửi về Chi cục Y", "…, gửi kết quả về Sở (qua Chi cục Z)": the report
# a letter's ask is sent back with (its day already read as the ask's time).
# A cell marked empty: "-", "–", "x", "/", "…" alone.
# A note's "Phối hợp tổ chức": how the work is done, no partner
# (labels.toml [note]).
_HOW = re.compile(label_pattern("note", "how"))
_EMPTY_CELL = re.compile(r"^\s*(?:[-–—/…x.]+)\s*$", re.IGNORECASE)


_REPORT_BACK = re.compile(
    r"[,;]\s+(?:" + label_pattern("letter", "reports_back") + r")"
    r"\s+ve\s+[^,;.()]{2,120}(?:\s*\([^()]{3,120}\))?$"
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
    task's name: the bracket is said of both, as are the labelled lines
    under the item."""
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


# The attributes that say who does a task and when.
_WHO_AND_WHEN = ("lead", "coordinating", "official", "time")


def _closing_bracket(written: str, inline: dict) -> bool:
    """Whether a line ends on the bracket its lead and time were read from:
    "… (Chủ trì: Văn phòng HĐND và UBND xã; phối hợp: …; thời gian: Quý
    III/2027)."."""
    return written.rstrip(" .;").endswith(")") and "lead" in inline and "time" in inline


class TaskFieldsMixin:
    """The Reader's method that reads one task (mixed into meaning.Reader,
    whose state it uses), called by TasksMixin and TablesMixin. Calls
    TablesMixin's `target_line` and `_shared_target`."""

    # The Reader's state (meaning.Reader.__init__ sets it).
    plan: ParsedPlan
    numbers: dict[int, int]  # id(numbered block) → tasks counted
    periods: dict[int, str]  # id(task) → the period heading it stands under

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
        stated = any(
            value.strip() and not _EMPTY_CELL.match(value)
            for role, value in block.columns.items()
            if role in ("lead", "coordinating", "official", "time", "partners")
        )
        counted = dict(self.numbers)
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
            # The lines labelled below the item ("+ Đơn vị chủ trì: …", "+
            # Thời gian: …") are said of its whole line, as a closing
            # who/when bracket is, and as the one in charge labelled after
            # its sentence on the line is ("+ Khôi phục đội xòe; tập luyện
            # …. Phụ trách: …"): a ";" in it joins one task's clauses. (A
            # time alone after it is no such sign: "…; báo cáo kết quả về
            # Sở … trước ngày 28/02/2027" reports back.) A time that is the
            # list's own last item is ("Xử lý …; khai thác camera …; thường
            # xuyên.").
            # So are the partners of the clause it ends on before its time
            # ("…; xây dựng mô hình …, phối hợp với X thực hiện; hoàn thành
            # …", "…; phối hợp X; thời gian: …"; set f40t).
            who_or_when = any(name in _WHO_AND_WHEN for _, name, _ in own) or any(
                name in ("lead", "official", "coordinating") for name in inline
            )
            time_last = "time" in inline and ends_with_time(
                folded_same_length(block.text)
            )
            title, rest = _split_title(
                text,
                _closing_bracket(block.text, inline) or who_or_when or time_last,
            )
            if rest:
                description.append(rest)
        parts = re.search(r":\s*(?=\(1\)\s|1\)\s|a\)\s)", title)
        if parts and re.search(r"[;,]\s*(?:\(2\)|2\)|b\))\s", title[parts.end() :]):
            # "Xây dựng kế hoạch …: (1) xác định …; (2) phân công …": the
            # parts listed in the sentence are the work's content, not its name.
            description.insert(0, title[parts.end() :].strip())
            title = title[: parts.start()]
        # An item's ";" is no part of its task's name ("- Thành lập 04 tổ hợp
        # tác …;" over its "* Chủ trì: …").
        title = without_breakdown(title.rstrip(" :;").strip())
        # The sentence's full stop is not part of a task's name ("…" stays).
        title = re.sub(r"(?<![.…])\.$", "", title)
        # "…; Ban Giám sát đầu tư của cộng đồng các thôn phối hợp": a partner.
        title, tail_partner = partner_tail(title)
        title, tail_lead = lead_tail(title)
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
        if tail_partner and "coordinating" not in values:
            values["coordinating"] = tail_partner
            sources["coordinating"] = "inline"
        if tail_lead and "lead" not in values:
            values["lead"] = tail_lead
            sources["lead"] = "inline"
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
                if (
                    role == "lead"
                    and not several
                    and (names_a_person(value) or is_a_person(value))
                ):
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
                if stated and _HOW.fullmatch(fold(stated[1]).strip(" .;")):
                    # "Phối hợp tổ chức": how, not with whom.
                    stated = None
                if person := note_person(note):
                    # "Đ/c Trần Đình Hải phụ trách": the row's official.
                    values.setdefault("official", person)
                    sources.setdefault("official", "column")
                    if note_says_more(note):
                        description.append(note)
                elif stated and stated[0] in ("coordinating", "time"):
                    values.setdefault(stated[0], stated[1])
                    sources.setdefault(stated[0], "column")
                elif due := note_due(note):
                    values.setdefault("time", due)
                    sources.setdefault("time", "column")
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
        if block.kind == "row":
            merged_time(values)
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
        if not block.structural and not_a_task(
            inline_text,
            values.get("time", ""),
            sources.get("time", ""),
            stated_row=stated,
            written=block.text,
        ):
            # A row or item that only follows the plan itself ("Theo dõi,
            # tổng hợp, báo cáo kết quả thực hiện Chương trình OCOP" with no
            # time of its own): no task (follow_up.not_a_task); its number
            # is the next task's.
            self.numbers.clear()
            self.numbers.update(counted)
            for node in block.walk():
                for line in node.lines:
                    if line.used in ("", f"nhiệm vụ {number}"):
                        line.used = "theo dõi việc thực hiện kế hoạch"
            return
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
        lead = values.get("lead", "")
        if (names_a_person(lead) or is_a_person(lead)) and not values.get("official"):
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
            units(task.coordinating_text, partners=True)
            if task.coordinating_text
            else []
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
