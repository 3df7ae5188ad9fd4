"""A task paragraph with no number that opens on the body responsible for
it, the way a cooperative writes its plan (often pasted into an e-mail):

    "Năm 2026, Ban quản trị Hợp tác xã sẽ chủ trì mở rộng vùng nguyên liệu
    lúa liên kết lên 320 ha …, phối hợp với Phòng Kinh tế xã, hoàn thành
    trước vụ Hè Thu (tháng 4/2026)."
    "Tổ kỹ thuật do anh Trần Minh Phụng phụ trách sẽ tập huấn … cho 180 hộ
    thành viên, thực hiện từ tháng 02/2026 đến tháng 3/2026, có sự phối
    hợp của Trung tâm Dịch vụ nông nghiệp."
    "Bộ phận kinh doanh của HTX đảm nhận việc đưa sản phẩm … trong Quý
    III/2026."

- the body before the verb ("sẽ chủ trì", "đảm nhận việc", "chịu trách
  nhiệm", "được giao", or "sẽ" alone before a verb of work) leads, less
  "của HTX" (the cooperative's own body);
- the person "do … phụ trách" names is in charge (the task's official);
- the rest is read as a task line (inline.py): its partners and its time;
  a last clause that only says when ("thực hiện từ tháng …") is the time,
  and so are the months in brackets after a season ("trước vụ Hè Thu
  (tháng 4/2026)");
- a time the sentence opens on ("Năm 2026, …") is the start when the
  sentence ends on its deadline, else the time;
- work that only follows the plan ("Ban kiểm soát có trách nhiệm giám sát
  việc thực hiện kế hoạch") is no task, nor is a paragraph that names
  neither a partner nor a time.

With no heading at all ("Hợp tác xã xây dựng kế hoạch như sau:" over such
paragraphs), the body is a list of tasks when two of its paragraphs are
such (`duty_paragraphs`), and a paragraph there that says which body
follows the plan ("Ngoài ra, Ban kiểm soát HTX theo dõi, kiểm tra …") is
its organisation (`follows_the_plan`).

The words are labels.toml [subject_duty]'s (the work's noun [prose]
work_nouns)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.attributes import WORK, capitalised
from plans.document_import.blocks import Block
from plans.document_import.inline import inline_attributes
from plans.document_import.labels import pattern
from plans.document_import.timeframes import time_range
from plans.document_import.units import folded_same_length, is_unit, without_honorific


def _words(name: str) -> str:
    return pattern("subject_duty", name)


_ASIDE = re.compile(rf"^(?:{_words('asides')}),\s+")
# "Năm 2026, …", "Trong Quý II/2026, …": a time before the body.
_OPENING_TIME = re.compile(r"^(?P<when>[^,;()]{3,40}?\d{4}),\s+")
_SUBJECT = re.compile(
    r"^(?P<body>[^,;()]{3,80}?)"
    rf"(?:\s+(?:{_words('own')}))?"
    rf"(?:\s+do\s+(?P<person>[^,;()]{{3,60}}?)\s+(?:{_words('in_charge')}))?"
    rf"\s+(?:(?P<will>{_words('will')})\s+(?:(?P<verb>{_words('verbs')})\s+)?"
    rf"|(?P<duty>{_words('verbs')})\s+)"
    rf"(?:(?:{pattern('prose', 'work_nouns')})\s+)?(?=\S)"
)
_BEFORE_BRACKET = re.compile(
    rf"\b(?:{_words('before')})\s+[^,;()\d]{{2,40}}?\s*\((?P<time>[^()]*\d{{4}})\)"
)
_WHEN_LAST = re.compile(
    rf"[,;]\s*(?P<time>(?:{_words('when')})\b[^,;]*\d{{4}})\s*[.;]?\s*$"
)
_MONITORS = re.compile(rf"^(?:{_words('monitors')})\b")
# "Ban kiểm soát HTX theo dõi, kiểm tra việc thực hiện …": who follows it.
_FOLLOWER = re.compile(
    r"^(?P<body>[^,;()]{3,80}?)"
    rf"\s+(?:(?:{_words('will')}|{_words('verbs')})\s+)?(?:{_words('monitors')})\b"
)


def subject_duty(text: str) -> tuple[str, dict[str, str]] | None:
    """(work, attributes) of a paragraph that opens on the body responsible
    for its work, as the module's docstring says; None for any other."""
    text = text.strip()
    if aside := _ASIDE.match(folded_same_length(text)):
        text = capitalised(text[aside.end() :])
    when = ""
    if (opening := _OPENING_TIME.match(text)) and time_range(opening.group("when")):
        when, text = opening.group("when"), capitalised(text[opening.end() :])
    m = _SUBJECT.match(folded_same_length(text))
    if not m or not text[:1].isupper():
        return None
    body = text[: m.end("body")]
    if not is_unit(body):
        return None
    rest = capitalised(text[m.end() :])
    found: dict[str, str] = {}
    if m.group("person"):
        person = text[m.start("person") : m.end("person")]
        if not any(w[:1].isupper() for w in person.split()):
            return None
        found["official"] = without_honorific(person)
    if bracket := _BEFORE_BRACKET.search(folded_same_length(rest)):
        # "…, hoàn thành trước vụ Hè Thu (tháng 4/2026)": the months.
        time = rest[bracket.start("time") : bracket.end("time")]
        rest = f"{rest[: bracket.start()]}hoàn thành {time}{rest[bracket.end() :]}"
    work, read = inline_attributes(rest)
    read.pop("lead", None)
    found = {**read, **found, "lead": body}
    last = _WHEN_LAST.search(folded_same_length(work))
    if "time" not in found and last and time_range(last.group("time")):
        found["time"] = work[last.start("time") : last.end("time")]
        work = work[: last.start()]
    if when:
        found.setdefault("start" if "time" in found else "time", when)
    work = work.strip(" ,;.")
    folded = fold(work)
    if (
        _MONITORS.match(folded)
        or len(work.split()) < 3
        or not ({"time", "coordinating"} & set(found))
        or (not (m.group("verb") or m.group("duty")) and not WORK.match(folded))
    ):
        return None
    return work, found


def duty_paragraphs(root: Block) -> bool:
    """Whether a body with no heading nor numbered item ("Hợp tác xã xây
    dựng kế hoạch như sau:" over such paragraphs) lists its tasks so: at
    least two of its paragraphs open on the body responsible."""
    if root.structural:
        return False
    paragraphs = [c for c in root.children if c.kind == "text"]
    return sum(subject_duty(c.text) is not None for c in paragraphs) >= 2


def follows_the_plan(block: Block, root: Block) -> bool:
    """Whether a paragraph of a body with no heading (`root`'s own) says
    which body follows the plan's work ("Ngoài ra, Ban kiểm soát HTX theo
    dõi, kiểm tra việc thực hiện và báo cáo …"): the plan's organisation,
    no task."""
    text = block.text.strip()
    if aside := _ASIDE.match(folded_same_length(text)):
        text = text[aside.end() :]
    m = _FOLLOWER.match(folded_same_length(text))
    return block.parent is root and bool(m) and is_unit(text[: m.end("body")])
