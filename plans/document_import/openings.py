"""Task attributes in the meaning stage: prose tasks whose sentence opens
neither on the work nor on its lead (f33t), and what they say around it:

    "Trong Quý I/2027, Tổ Dân số - Kiểm soát bệnh tật chủ trì, phối hợp
    với nhân viên y tế các làng Ia Ly, Plei Pông rà soát …; y sĩ Siu
    H'Bleo trực tiếp theo dõi."
    "Hằng tháng, Bộ phận Dinh dưỡng cân, đo cho trẻ …, có sự hỗ trợ của cô
    đỡ thôn bản."
    "Đến hết tháng 9/2027, hoàn thành sửa chữa …; giao Bộ phận Z chủ trì …"

The time a sentence opens on is read by inline._opening_time, the person
who directs a body by directing.directed; what is here: the "hoàn thành"
a time-first sentence puts before its work (`done_first`), the people
of a place named as a partner before the
work (`community_first`), the partners a sentence ends on after "có sự hỗ
trợ của" (`helped_by`) and a post before a person's name ("y sĩ Siu
H'Bleo", `post_then_name`). A person who does the work himself ("Ông Vàng
A Dình - Trưởng thôn trực tiếp tổ chức …") is person_tasks.person_takes'.
The words live in labels.toml [openings]."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.directing import partners_clause
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.persons import person_and_post
from plans.document_import.units import (
    THE_PEOPLE,
    folded_same_length,
    names_a_person,
    units,
)

_WORK = label_pattern("work", "verbs")

# "hoàn thành sửa chữa …" after an opening time: the work from its own verb
# (folded; "trong" folds from "trồng", so a time after it is no work).
_DONE_FIRST = re.compile(
    rf"^(?:{label_pattern('openings', 'done')})\s+"
    r"(?!trong\s+(?:thang|quy|nam|ngay|\d))"
    rf"(?=(?:{_WORK})\b)"
)


def done_first(rest: str) -> str:
    """The work after the time a sentence opens on, without the "hoàn
    thành" before its own verb: "hoàn thành sửa chữa nhà …" → "sửa chữa
    nhà …"; `rest` as it is otherwise."""
    if m := _DONE_FIRST.match(fold(rest)):
        return rest[m.end() :]
    return rest


# The people of a place a sentence names as partners before the work, in
# lower case ("phối hợp với nhân viên y tế các làng Ia Ly, Plei Pông rà
# soát …", "… với các hộ gia đình làm …"): labels.toml [units] community,
# or units.THE_PEOPLE.
_COMMUNITY = r"(?:" + label_pattern("units", "community") + r")\b"
_COMMUNITY_FIRST = re.compile(
    r"^phoi hop\s+(?:voi\s+)?(?P<c>[^;:.()]{3,160}?)\s+"
    rf"(?=(?:{_WORK})\b)"
)


def community_first(work: str) -> tuple[int, int] | None:
    """Where the partners are in "phối hợp với <the people of a place>
    <work>", as units.partner_first: the name runs to the first verb of
    work written in lower case after it, the places it lists ("các làng Ia
    Ly, Plei Pông, Plei Phung") on it; None otherwise."""
    m = _COMMUNITY_FIRST.match(folded_same_length(work))
    if not m or not work[m.end() : m.end() + 1].islower():
        return None
    named = work[m.start("c") : m.end("c")]
    people = fold(named)
    if (
        not (re.match(_COMMUNITY, people) or THE_PEOPLE.match(people))
        or len(units(named)) != 1
        or names_a_person(named)
    ):
        return None
    return m.start("c"), m.end("c")


# "…, có sự hỗ trợ của cô đỡ thôn bản.", "…, với sự tham gia của Trạm Y tế
# xã": the partners the sentence ends on after a comma (folded).
_HELPED_BY = re.compile(
    rf",\s+(?:{label_pattern('openings', 'helped_by')})\s+"
    r"(?P<c>[^;:.()]{3,160}?)\s*\.?\s*$"
)


def helped_by(text: str) -> tuple[str, str] | None:
    """(the work without the clause, the partners) when the sentence ends
    on "…, có sự hỗ trợ của X (, Y)", each a partner's name or the people
    of a place (directing.partners_clause); None otherwise."""
    if "của" not in text:
        return None  # NOTE: most items; folding each one costs (bench)
    return partners_clause(text, _HELPED_BY, people_first=True)


def post_then_name(who: str) -> bool:
    """ "y sĩ Siu H'Bleo", "bác sĩ Ksor H'Luân": a post of a few words in
    lower case, then a person's name it ends on."""
    name, post = person_and_post(who)
    return bool(
        name
        and who.endswith(name)
        and post
        and post == post.lower()
        and len(post.split()) <= 3
    )
