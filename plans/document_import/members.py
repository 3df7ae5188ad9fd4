"""A Steering Committee's work given member by member (the meaning stage, set
f39c): a numbered or dashed paragraph that opens on a member, his post and
his role in the committee, then a colon, his general duty and the items of
work under it:

    "1. Đồng chí Hoàng Minh Sơn - Phó Chủ tịch UBND huyện, Phó Trưởng ban
     Thường trực: giúp Trưởng ban điều hành chung …; trực tiếp chỉ đạo …:"
        "+ Chỉ đạo UBND xã Cam Tuyền hoàn thiện hồ sơ …, xong trước ngày
         15/6/2025."   → lead UBND xã Cam Tuyền, work "hoàn thiện hồ sơ …"
    "2. Đồng chí Lê Văn Hòa - Trưởng phòng …, Phó Trưởng ban: chỉ đạo Phòng
     Nông nghiệp và Phát triển nông thôn (cơ quan thường trực):"
        "+ Phối hợp Phòng Tài chính - Kế hoạch tham mưu …"  → lead the Phòng
         he directs
    "- Đ/c Nguyễn Thị Thu (Trưởng phòng Tài chính - Kế hoạch), thành viên:"
        "+ Cân đối, bố trí vốn đối ứng …"  → lead the office of his post

The member is the official of every item under him; his general duty (the
text after the colon) is no task. The words are labels.toml [members]'."""

from __future__ import annotations

import dataclasses
import re

from ntm.text import fold
from plans.document_import.attributes import capitalised, partition_outside_brackets
from plans.document_import.blocks import Block
from plans.document_import.duties import body_then_work
from plans.document_import.labels import LABELS
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.persons import person_and_post
from plans.document_import.units import (
    folded_same_length,
    heading_body,
    is_unit,
    names_a_person,
)

_ADDRESSED = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in LABELS["comrades"]["comrade"]) + r")\s",
    re.IGNORECASE,
)
# "Phó Trưởng ban Thường trực", "thành viên": a member's role in the
# committee, no office of his own.
_ROLE = re.compile(r"^(?:" + label_pattern("members", "roles") + r")\b")
# "Trưởng phòng", "Giám đốc": the head of the office his post names after.
_HEAD = re.compile(r"^(?:" + label_pattern("members", "heads") + r")\s+")
# "chỉ đạo Phòng X (cơ quan thường trực)": the one body a member directs.
_DIRECTS = re.compile(r"^(?:" + label_pattern("members", "directs") + r")\s+")
# "chỉ đạo": a member's duty that names those he directs ("trực tiếp chỉ đạo
# các xã …"), whose items are theirs.
_DIRECTING = re.compile(r"\b(?:" + label_pattern("members", "directs") + r")\b")
# A Front or mass organisation, its branches, its lower levels (labels.toml
# [members]): whose work a chairman directing its branches keeps.
_ORGANISATION = re.compile(
    r"^(?:cac\s+)?(?:" + label_pattern("members", "organisations") + r")\b"
)
_BRANCH = re.compile(r"^(?:cac\s+)?(?:" + label_pattern("members", "branches") + r")\b")
_LOWER = re.compile(r"\b(?:" + label_pattern("members", "lower_levels") + r")\b")


def _branch_of(office: str, body: str) -> bool:
    """Whether `body` is a branch of the Front or mass organisation `office`
    ("Ủy ban MTTQ Việt Nam xã" → "Ban Công tác Mặt trận các thôn"; "Hội
    Liên hiệp Phụ nữ huyện" → "Hội Liên hiệp Phụ nữ các xã"); not "Công an
    xã" under the UBND's chairman (review 40)."""
    office, body = fold(office).strip(), fold(body).strip()
    if not _ORGANISATION.match(office):
        return False
    return bool(_BRANCH.match(body)) or bool(
        _ORGANISATION.match(body) and _LOWER.search(body)
    )


# "thực hiện", "triển khai": what a body a member directs carries out.
_CARRIED_OUT = re.compile(
    r"(?<=\S)\s+(?=(?:" + label_pattern("dash_items", "carry_out") + r")\s)"
)
# "… phát sóng hằng tháng trên Đài …": work that recurs (labels.toml [time]),
# over the plan's year when the item states no time of its own.
_RECURS = re.compile(r"\b(?:" + label_pattern("time", "recurring") + r")\b")


def member(text: str) -> dict[str, str] | None:
    """The official and the lead a member's paragraph gives the items under
    it: {"official": name, "lead": body} (the lead the body he directs, else
    the office of his post, else none); None for a paragraph that opens on
    no member."""
    if not _ADDRESSED.match(text.strip()):
        return None
    head, colon, duty = partition_outside_brackets(text.strip(), ":")
    name, post = person_and_post(head.strip())
    if not colon or not name:
        return None
    given = {"official": name}
    duty = duty.strip(" .;:")
    if (m := _DIRECTS.match(folded_same_length(duty))) and (
        body := heading_body(duty[m.end() :])
    ):
        given["lead"] = capitalised(body)
    elif office := _office(post):
        given["lead"] = office
        if not _DIRECTING.search(folded_same_length(duty)):
            # "- Đồng chí A, Chủ tịch Ủy ban MTTQ Việt Nam huyện:": no one
            # he directs named in his duty, his own body leads each item,
            # those it directs in one take part (set f40t).
            given["own"] = "yes"
    return given


def _carried_out(text: str) -> tuple[str, str] | None:
    """A body, then the work it carries out ("Ban Công tác Mặt trận các
    thôn, khu phố thực hiện Cuộc vận động …", "Hội Liên hiệp Phụ nữ các xã
    triển khai …"; labels.toml [dash_items] carry_out): (body, work), the
    body's name may hold a comma; None when what comes first is no body."""
    m = _CARRIED_OUT.search(folded_same_length(text))
    if not m:
        return None
    body = text[: m.start()].strip(" ,")
    if not body or not is_unit(body) or names_a_person(body):
        return None
    return body, text[m.start() :].strip()


def _office(post: str) -> str:
    """The body a member's post heads: "Trưởng phòng Tài chính - Kế hoạch,
    thành viên" → "Phòng Tài chính - Kế hoạch"; "" for a role alone
    ("Trưởng ban")."""
    parts = [p for p in post.split(", ") if not _ROLE.match(fold(p.strip()))]
    office = ", ".join(parts).strip(" ()")
    if not (m := _HEAD.match(folded_same_length(office))):
        return ""
    return capitalised(heading_body(office[m.end() :]))


def member_items(node: Block) -> list[tuple[Block, dict[str, str]]]:
    """The items under a member's paragraph, each with what it is given
    (the lead, the partners' lead, the official, and the time of work that
    recurs, which a date of the item's own overrides); an item that opens on
    "Chỉ đạo <body> <work>" is that body's work. [] for any other node."""
    if not node.structural or (given := member(node.text)) is None:
        return []
    own = bool(given.pop("own", ""))
    out = []
    for item in node.structural:
        context = dict(given)
        folded = folded_same_length(item.text)
        if (m := _DIRECTS.match(folded)) and (
            said := body_then_work(item.text[m.end() :])
            or _carried_out(item.text[m.end() :])
        ):
            body, work = said
            if own and _branch_of(given.get("lead", ""), body):
                # "+ Chỉ đạo Ban Công tác Mặt trận các thôn, khu phố thực
                # hiện Cuộc vận động …" under the Front's chairman: the
                # Front leads, the boards it directs take part.
                context["coordinating"] = body
            else:
                context["lead"] = body
            item = dataclasses.replace(item, text=capitalised(work))
        if m := _RECURS.search(folded_same_length(item.text)):
            context["time"] = item.text[m.start() : m.end()]
        if context.get("lead"):
            context["partners_of"] = context["lead"]
        out.append((item, context))
    return out
