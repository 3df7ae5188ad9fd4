"""Task paragraphs whose work and responsibility are separate sentences,
read in the meaning stage before the body's walk (`reshape`) and during it
(`prose_task`):

- a short numbered heading that only names an activity ("1. Lễ ra quân")
  over one paragraph that states the work and who does it ("Tổ chức Lễ ra
  quân … vào ngày 01/3/2026. Ban Chấp hành Đoàn xã chủ trì, …"): one task,
  named by the paragraph's work, not by the heading;
- "2. <work>: <Body> thực hiện thường xuyên, ông X, Tổ trưởng theo dõi,
  …": the body leads, the person is in charge, "thường xuyên" the time;
- a sentence of a task's line that states the cost ("Kinh phí 180 triệu
  đồng, trong đó …"): kept in the task's description, not its name;
- a passive paragraph ("Việc hỗ trợ xây mới 10 nhà …, do Ban X chủ trì,
  phối hợp …"): the work, then the body that leads it;
- "+ Năm 2026: 50 ha;" under a task: the task's targets, never tasks;
- a paragraph with no number under a tasks section that opens on the body
  responsible ("Tổ kỹ thuật do anh … phụ trách sẽ tập huấn …",
  subject_duties.py), or on its lead or its work and names its lead
  ("Các Ban công tác Mặt trận thôn vận động …; Hội Nông dân xã phối hợp
  thực hiện, hoàn thành trong Quý III/2026."): a task.

The words are labels.toml [prose]'s (the partner's [letter] partners); the
headings' kinds and a topic's heading are markers.py's, as tasks.py reads
them."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.assignments import sentence_attributes
from plans.document_import.attributes import WORK, capitalised
from plans.document_import.blocks import Block
from plans.document_import.capitals import CAPITAL
from plans.document_import.inline import inline_attributes
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.markers import BULLETS, NAMES_A_TOPIC, NUMBERED_HEADING_KINDS
from plans.document_import.subject_duties import subject_duty
from plans.document_import.title_tails import lead_tail
from plans.document_import.topic_tasks import topic_task
from plans.document_import.units import folded_same_length, is_unit

_COST = re.compile(rf"\.\s+(?=(?:{label_pattern('prose', 'cost')})\b)")
_WORK_NOUN = re.compile(rf"^(?:{label_pattern('prose', 'work_nouns')})\s+(?=\S)")
_DONE_BY = re.compile(
    rf",\s*(?:{label_pattern('prose', 'done_by')})\s+(?P<body>[^,;]{{3,80}}?)"
    rf"\s+(?:{label_pattern('prose', 'leads')})\b"
)
_PERIOD_FIGURE = re.compile(
    rf"^(?:{label_pattern('prose', 'periods')})\s+\d{{4}}(?:\s*-\s*\d{{4}})?\s*:"
    rf"\s*(?:(?:{label_pattern('prose', 'more')})\s+)?"
    r"(?P<figure>\d[\d.,]*\s*[^\W\d][^;.]{0,30})[;.]?$"
)
_DAY_WORD = rf"(?:(?:{label_pattern('prose', 'day')})\s+)?"
_START = re.compile(
    rf"\b(?:{label_pattern('prose', 'starts')})\s+{_DAY_WORD}"
    r"(?P<day>\d{1,2}/\d{1,2}/\d{4}),\s*"
    rf"(?:{label_pattern('prose', 'until')})\s+"
    rf"(?:(?:{label_pattern('prose', 'by')})\s+)?{_DAY_WORD}"
    r"(?P<end>\d{1,2}/\d{1,2}/\d{4})"
)
_TIME_LAST = re.compile(
    rf"\s+(?P<time>(?:{label_pattern('prose', 'time_last')})\s+\d{{1,2}}/\d{{1,2}}"
    r"(?:/\d{4})?)\.\s+"
)
_DOES_AFTER_COLON = re.compile(
    r"^(?P<work>[^:;]{5,160}):\s+(?P<unit>[^,;:]{3,80}?)"
    rf"\s+(?:{label_pattern('prose', 'does')})"
    rf"(?:\s+(?P<when>{label_pattern('prose', 'standing')}))?\s*,\s*(?P<rest>\S.*)$"
)
# "…, thực hiện " before a time the work's sentence ends on.
_DOES_LAST = re.compile(rf"[,;]?\s*(?:(?:{label_pattern('prose', 'does')})\s+)?$")
# "Phối hợp Trạm Y tế xã tổ chức …": work done with a partner.
# (labels.toml [letter] partners).
_PARTNER_FIRST = re.compile(rf"^(?:{label_pattern('letter', 'partners')})\s")
# An activity's name: a few words.
_HEADING_WORDS = 10


def reshape(root: Block) -> dict[int, list[Block]]:
    """Rewrites the body under `root` as the module's docstring says. The
    items "+ Năm 2026: 50 ha;" that may be a task's targets, by the id of
    the block they stand under (left there: `claim_figures` takes them
    when the block is read as a task)."""
    blocks = [b for b in root.walk() if b.kind not in ("root", "table", "row", "group")]
    # The sentences first, over every block: a heading's activity copies its
    # paragraph as rewritten.
    for block in blocks:
        block.text = _passive(block.text)
        block.text = _started(block.text)
        if block.kind != "text":
            block.text = _does_after_colon(block.text)
    figures: dict[int, list[Block]] = {}
    for block in blocks:
        if block.kind != "text":
            _activity(block)
            if items := _period_figures(block):
                figures[id(block)] = items
            _cost_apart(block)
    return figures


def claim_figures(block: Block, figures: dict[int, list[Block]]) -> list[Block]:
    """The items "+ Năm 2026: 50 ha;" `reshape` found under `block`, taken
    from under it now that it is read as a task; [] when there are none."""
    items = figures.pop(id(block), [])
    if items:
        block.children = [c for c in block.children if c not in items]
        if block.text.rstrip().endswith(":"):
            block.text = block.text.rstrip().rstrip(":")
    return items


def prose_task(text: str) -> tuple[str, dict[str, str]] | None:
    """(work, attributes) of a paragraph with no number that opens on its
    lead or on its work and names its lead and a partner or a time; None
    for any other paragraph."""
    if (topic := topic_task(text)) is not None:
        # "Về đường giao thông, thôn sẽ …" (topic_tasks.py).
        return topic
    if (duty := subject_duty(text)) is not None:
        # "Tổ kỹ thuật do anh … phụ trách sẽ tập huấn …" (subject_duties.py).
        return duty
    text = _time_last(text)
    work, found = inline_attributes(text)
    for name, value in sentence_attributes(text).items():
        if name != "content":
            found.setdefault(name, value)
    if "lead" not in found or not ({"time", "coordinating"} & set(found)):
        return None
    work = work.strip()
    if not WORK.match(fold(work)) or len(work.split()) < 3:
        return None
    if (time := found.get("time")) and work.rstrip(" .").endswith(time):
        # "…, thực hiện thường xuyên trong năm.": the time, not the work.
        work = work.rstrip(" .")[: -len(time)]
        work = work[: _DOES_LAST.search(folded_same_length(work)).start()]
    return work.rstrip(" ,;."), found


def _passive(text: str) -> str:
    """ "Việc hỗ trợ …, do Ban X chủ trì, phối hợp …" as "Hỗ trợ …. Ban X chủ
    trì, phối hợp …"; any other text as it is."""
    folded = folded_same_length(text)
    done = _DONE_BY.search(folded)
    if not done:
        return text
    work, rest = text[: done.start()], text[done.start("body") :]
    if m := _WORK_NOUN.match(folded):
        work = capitalised(work[m.end() :])
    if not WORK.match(fold(work)):
        return text
    return f"{work}. {capitalised(rest)}"


def _started(text: str) -> str:
    """ "…, khởi công từ ngày 15/7/2026, hoàn thành trước ngày 30/10/2026" as
    "…; thời gian: từ ngày 15/7/2026 đến ngày 30/10/2026"."""
    m = _START.search(folded_same_length(text))
    if not m:
        return text
    time = f"từ ngày {m.group('day')} đến ngày {m.group('end')}"
    before = text[: m.start()].rstrip(" ,")
    rest = text[m.end() :].strip()
    if rest.startswith(".") and rest[1:].strip():
        # "… 30/10/2026. Ban X chủ trì, …": the time said last, as
        # `_time_last` does, so the next sentence is no part of it.
        return f"{before}. {rest[1:].strip().rstrip('.')}. Thời gian: {time}."
    # After "; " the time is a clause of its own, not a partner's.
    return (f"{before}; " if before else "") + f"thời gian: {time}" + text[m.end() :]


def _does_after_colon(text: str) -> str:
    """ "Giữ gìn vệ sinh …: Tổ tự quản … thực hiện thường xuyên, ông Ngô Văn
    T, Tổ trưởng theo dõi, …" as "Giữ gìn vệ sinh …. Tổ tự quản … chủ trì;
    ông Ngô Văn T, Tổ trưởng theo dõi, …. Thời gian: thường xuyên."; any
    other text as it is."""
    m = _DOES_AFTER_COLON.match(folded_same_length(text))
    if not m:
        return text
    work, unit = text[: m.end("work")], text[m.start("unit") : m.end("unit")]
    if not WORK.match(fold(work)) or not is_unit(unit):
        return text
    rest = text[m.start("rest") :].rstrip(" .")
    out = f"{work}. {unit} chủ trì; {rest}."
    if m.group("when"):
        out += f" Thời gian: {text[m.start('when') : m.end('when')]}."
    return out


def _time_last(text: str) -> str:
    """ "Tổ chức … nhân ngày 08/3/2026. Hội X chủ trì, …" as "Tổ chức ….
    Hội X chủ trì, …. Thời gian: nhân ngày 08/3/2026": the day that ends the
    work's first sentence is the task's time, said after who does it."""
    m = _TIME_LAST.search(folded_same_length(text))
    if (
        not m
        or text[: m.start()].count(". ")
        or not text[m.end() : m.end() + 1].isupper()
    ):
        return text
    time = text[m.start("time") : m.end("time")]
    rest = text[m.end() :].rstrip()
    return f"{text[: m.start()]}. {rest.rstrip('.')}. Thời gian: {time}."


def _activity(block: Block) -> None:
    """A numbered heading that only names an activity over the one
    paragraph that states its work and lead: the paragraph's work is the
    heading's text, the paragraph no child of its own."""
    if block.kind not in NUMBERED_HEADING_KINDS or len(block.children) != 1:
        return
    (paragraph,) = block.children
    heading = block.text.strip()
    if (
        paragraph.kind != "text"
        or heading.endswith(":")
        or len(heading.split()) > _HEADING_WORDS
        or inline_attributes(heading)[1]
        or NAMES_A_TOPIC.search(fold(heading))
    ):
        # A topic ("1. Về điện (Tiêu chí số 4)") stays its task's group
        # (tasks.py reads it so).
        return
    text = paragraph.text = _time_last(paragraph.text)
    if "lead" in sentence_attributes(text) and not WORK.match(fold(heading)):
        # The topic's paragraph tasks.py reads with its heading as its group.
        return
    work, found = inline_attributes(text)
    if "lead" not in found:
        # "Tổ chức Lễ kỷ niệm …; Ban Chấp hành Đoàn xã chủ trì, thời gian …".
        work, found["lead"] = lead_tail(work.strip())
    folded = fold(work.strip())
    if not found["lead"] or not (WORK.match(folded) or _PARTNER_FIRST.match(folded)):
        return
    # "Đội thanh niên … phối hợp với Công an xã, … hướng dẫn người dân …":
    # a paragraph that opens on its lead states an activity of its own.
    lead_first = fold(text.strip()).startswith(fold(found["lead"]))
    if (
        WORK.match(fold(heading))
        and fold(heading).rstrip(" .") not in folded
        and not lead_first
    ):
        # "1. Xây dựng nhà văn hóa" over its own paragraph: the heading
        # names the work; only one the paragraph's work repeats ("1. Ra
        # quân Tháng Thanh niên" / "Tổ chức ra quân Tháng Thanh niên …")
        # names the activity.
        return
    block.text = text
    block.lines = block.lines + paragraph.lines
    block.emphasis = ""
    block.children = []


def _cost_apart(block: Block) -> None:
    """The sentence of a task's line that states its cost, after its work,
    moved to a paragraph under it (the task's description)."""
    m = _COST.search(folded_same_length(block.text))
    if not m:
        return
    rest = block.text[m.end() :]
    end = re.search(rf"\.\s+(?={CAPITAL})", rest)
    cost = rest[: end.start()] if end else rest
    after = rest[end.end() :] if end else ""
    block.text = (
        block.text[: m.start()] + ". " + after if after else block.text[: m.start()]
    )
    block.children.insert(0, Block("text", "", cost.strip(" ."), [], parent=block))


def _period_figures(block: Block) -> list[Block]:
    """The items under `block` that each give a year's figure ("+ Năm 2026:
    50 ha;") when they are all of its items; left under it."""
    items = [c for c in block.children if c.kind in BULLETS]
    if not items or len(items) != len(block.children):
        return []
    if not all(_PERIOD_FIGURE.match(fold(c.text).strip()) for c in items):
        return []
    return items
