"""Whether a row of a task table or an item of a task list only follows the
plan itself, and so is no task (labels.toml [follow_up]; the one place that
decides it, `not_a_task`, called by task_fields.TaskFieldsMixin.task):

- checking on the plan ("Kiểm tra, giám sát việc thực hiện Kế hoạch tại cơ
  sở Hội."): no task, unless a table's row names its lead, partners or time;
- following it up ("Theo dõi, tổng hợp, báo cáo kết quả thực hiện Chương
  trình OCOP", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân
  dân Thành phố (Phòng Văn hóa - Xã hội thực hiện).", "Theo dõi, đôn đốc
  tiến độ thực hiện; hằng quý tổng hợp kết quả."): no task when it states
  no due time of its own (none, or only a routine written in its text). One
  that states a due day ("…, báo cáo Ban Chỉ đạo; hoàn thành trước ngày
  15/12/2026", a table's "Thường xuyên") is a task, as the corpus expects.

Real work that names a report or a check ("Xây dựng báo cáo thuyết minh
…", "Kiểm tra chất lượng nước …", "Giám sát an toàn thực phẩm tại các chợ
…"), or checks and follows an object of the world ("Kiểm tra hoạt động của
các cơ sở giết mổ …", "Đôn đốc tiến độ thi công …", "Nắm bắt tình hình an
ninh trật tự …", "Kiểm tra, giám sát hoạt động ủy thác …") is not following
the plan: a task, with or without a time.

The organisation part's duties of steering and oversight are read apart
(duties.oversight_only), a paragraph saying which body follows the plan too
(subject_duties.follows_the_plan)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.labels import pattern as label_pattern

_CHECKS = label_pattern("follow_up", "own_checks")
_OWN_PLAN_CHECK = re.compile(
    rf"^(?:{_CHECKS})(?:\s*,\s*(?:{_CHECKS}))*\s+viec\s+(?:trien khai\s+)?thuc hien"
    r"\s+ke hoach(?:\s+nay)?(?:\s+(?:tai|o)\b[^,;]*)?[\s.;]*$"
)
_VERBS = label_pattern("follow_up", "verbs")
_ROUTINE_WORDS = label_pattern("follow_up", "routine")
# A clause: routines, then one or more verbs ("tổng hợp báo cáo …"), then
# what they act on.
_CLAUSE = re.compile(
    rf"^(?:(?:{_ROUTINE_WORDS})\b\s*)*(?P<verbs>(?:(?:{_VERBS})\b\s*)+)(?P<rest>.*)$"
)
_ONLY_ROUTINE = re.compile(rf"^(?:(?:{_ROUTINE_WORDS}|\d+)\b\s*)+$")
_OBJECT = re.compile(
    rf"^(?:(?:cac|cua)\s+)?(?:(?:{label_pattern('follow_up', 'objects')})\b"
    rf"|(?:{label_pattern('follow_up', 'clause_objects')})\s*$)"
)
_ROUTINE = re.compile(
    r"\b(?:"
    + label_pattern(
        "follow_up", "routine", without=("nam", "quy", "thang", "6 thang", "sau thang")
    )
    + r")\b"
)
# The doer in brackets at an item's end ("(Phòng Văn hóa - Xã hội thực
# hiện)"), read as its lead elsewhere.
_LAST_BRACKET = re.compile(r"\s*\([^()]*\)[\s.;]*$")


def _bare(text: str) -> str:
    folded = fold(text).strip().lstrip("-+*•· ").strip()
    return _LAST_BRACKET.sub("", folded).strip(" .;")


def checks_the_plan(text: str) -> bool:
    """Whether an item only checks on the plan itself ("Kiểm tra, giám sát
    việc thực hiện Kế hoạch tại cơ sở Hội.")."""
    return bool(_OWN_PLAN_CHECK.match(fold(text).lstrip("-+*• ")))


def follows_up(text: str) -> bool:
    """Whether a row's or item's work only follows the plan up: each of
    its clauses (between "," and ";") opens with a verb of following up
    (after a routine: "hằng quý tổng hợp kết quả"), then says nothing more,
    names the plan's results, progress or carrying out, or, after "báo
    cáo", whom it reports to; or is only a routine ("định kỳ 6 tháng, năm");
    one of them names what is followed."""
    named = False
    for clause in re.split(r"[,;:]", _bare(text)):
        clause = clause.strip()
        if not clause or _ONLY_ROUTINE.match(clause):
            continue
        m = _CLAUSE.match(clause)
        if not m:
            return False
        rest = m.group("rest").strip()
        if not rest:
            continue
        if _OBJECT.match(rest):
            named = True
        elif not m.group("verbs").rstrip().endswith("bao cao"):
            return False
    return named


def routine_only(time: str) -> bool:
    """A time that is only a routine ("định kỳ 6 tháng, năm", "hằng quý
    tổng hợp kết quả"): no due day."""
    return bool(_ROUTINE.search(fold(time))) and not re.search(r"\d{1,2}/\d", time)


def not_a_task(
    text: str, time: str, time_source: str, *, stated_row: bool, written: str = ""
) -> bool:
    """Whether a row or item that would be a task only follows the plan
    itself: it checks on the plan (and is no table row naming its lead,
    partners or time), or follows it up stating no due time of its own
    (`time` read from `time_source`: a routine its own sentence writes is
    none). `written` is the row's or item's text as written, brackets
    and all (`text` without them)."""
    if checks_the_plan(text):
        return not stated_row
    if not follows_up(text):
        return False
    if not time.strip():
        return True
    # A routine in the item's own sentence ("… Kế hoạch định kỳ 6 tháng,
    # năm", "…; hằng quý tổng hợp kết quả") is no due time; one written as
    # its time, in the bracket that gives it ("- Tổng hợp, báo cáo kết quả
    # thực hiện các tiêu chí (hằng quý).", set round13), is.
    said = fold(time).strip(" .;,()")
    bracketed = any(
        said in inside for inside in re.findall(r"\(([^()]*)\)", fold(written or text))
    )
    return time_source == "inline" and routine_only(time) and not bracketed
