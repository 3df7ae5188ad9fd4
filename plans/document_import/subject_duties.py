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

With no "như sau:" line either, only the bases ("Căn cứ …; căn cứ … OCOP.")
or an objective sentence over them, the first such paragraph ends the
preamble when another follows it before any heading (`duties_begin`), or
when it is the last paragraph before the closing (a village's short plan
of one task).

The words are labels.toml [subject_duty]'s (the work's noun [prose]
work_nouns)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.attributes import WORK, capitalised
from plans.document_import.blocks import Block, Line
from plans.document_import.inline import inline_attributes
from plans.document_import.labels import pattern
from plans.document_import.markers import marker
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
# "Chi hội … chủ trì, phối hợp với … <work>": the partners before the work.
_CHAIRED = re.compile(r"^(?P<body>[^,;()]{3,80}?)\s+chu tri,\s+(?=phoi hop\b)")
# "từ tháng 3/2026 đến tháng 11/2026" (folded): a time that has its start.
_RANGE = re.compile(r"\btu\b.+\bden\b")
_BEFORE_BRACKET = re.compile(
    rf"\b(?:{_words('before')})\s+[^,;()\d]{{2,40}}?\s*\((?P<time>[^()]*\d{{4}})\)"
)
_WHEN_LAST = re.compile(
    rf"[,;]\s*(?P<time>(?:{_words('when')})\b[^,;]*\d{{4}})\s*[.;]?\s*$"
)
_ENDED = re.compile(r"[.:;!?…)”\"]$")
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
    if (chaired := _chaired(text)) is not None:
        return _checked(*chaired, when, verb=True)
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
    return _checked(work, found, when, verb=bool(m.group("verb") or m.group("duty")))


def _chaired(text: str) -> tuple[str, dict[str, str]] | None:
    """(work, attributes) of "Chi hội Nông dân ấp X chủ trì, phối hợp với
    Tổ hợp tác Y hướng dẫn …, thực hiện từ …": the body chairs, its partners
    before the work (read as a task line is); None for any other."""
    m = _CHAIRED.match(folded_same_length(text))
    if not m or not text[:1].isupper() or not is_unit(body := text[: m.end("body")]):
        return None
    work, read = inline_attributes(text)
    if read.get("lead") != body or not read.get("coordinating"):
        return None
    return work, read


def _checked(
    work: str, found: dict[str, str], when: str, *, verb: bool
) -> tuple[str, dict[str, str]] | None:
    """The paragraph's work and attributes, with the time it opens on; None
    when it only follows the plan, names neither a partner nor a time, or
    names no work."""
    if when and "time" not in found:
        found["time"] = when
    elif when and not _RANGE.search(fold(found["time"])):
        # "Năm 2026, … từ tháng 3/2026 đến tháng 11/2026": the range's start.
        found.setdefault("start", when)
    work = work.strip(" ,;.")
    folded = fold(work)
    if (
        _MONITORS.match(folded)
        or len(work.split()) < 3
        or not ({"time", "coordinating"} & set(found))
        or (not verb and not WORK.match(folded))
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
    duties = sum(subject_duty(c.text) is not None for c in paragraphs)
    # A village's short plan: its one paragraph, alone in the body.
    return duties >= 2 or (duties == 1 and root.children == paragraphs[:1])


def duties_begin(lines: list[Line], start: int, end: int, wrapped: bool) -> bool:
    """Whether the preamble ends at `lines[start]`: it opens on the body
    responsible for its work, and so does another paragraph before `end`,
    the first heading, item or table. A `wrapped` text's paragraph goes on
    over the lines that do not end a sentence."""
    paragraphs: list[str] = []
    alone = True  # Nothing but paragraphs up to the closing.
    for line in lines[start:end]:
        if line.cells is not None or line.heading or marker(line.text)[0] != "text":
            alone = False
            break
        if wrapped and paragraphs and not _ENDED.search(paragraphs[-1]):
            paragraphs[-1] += " " + line.text.strip()
        else:
            if len(paragraphs) == 2 and subject_duty(paragraphs[0]) is None:
                return False
            paragraphs.append(line.text.strip())
    duties = [subject_duty(text) is not None for text in paragraphs]
    # One paragraph alone before the closing (a village's short plan: its
    # bases, then "Ban phát triển thôn chủ trì vận động … hoàn thành trước
    # 30/4/2026."): its task.
    return bool(duties) and duties[0] and (any(duties[1:]) or duties == [alone])


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
