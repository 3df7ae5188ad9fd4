"""Task attributes in the meaning stage: a text that states several after
their labels ("- Chủ trì: … - Phối hợp: … - Thời gian: …", `labelled`),
and a table cell read as one line cut where a label opens a detail
("Quy mô: …", "Địa điểm: …": `bulleted_details`, `labelled_details`)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.attributes import ATTRIBUTES, WHO_AND_WHEN
from plans.document_import.labels import LABEL_START
from plans.document_import.persons import is_a_person
from plans.document_import.units import folded_same_length, names_a_person

# A label anywhere a list of them may start: at the start, after "; ", ". "
# or " - " ("- Chủ trì: X - Phối hợp: Y - Thời gian: Z" in one cell).
# Who does it and when may also be followed by a dash ("Chủ trì - Phòng
# Kinh tế; phối hợp - Thôn 3"); other labels only by a colon ("Nhiệm vụ -
# giải pháp" is a heading).
_LABEL_AT = re.compile(
    r"(?:^|(?<=[;.])|(?<=\s))[-–+•]?\s*(?:(?P<label>"
    + "|".join(p for _, p in ATTRIBUTES)
    + r")\s*(?:\([^)]{0,40}\))?\s*:|(?P<dashed>"
    + WHO_AND_WHEN
    + r")\s+[-–]\s)"
)


def labelled(text: str) -> list[tuple[str, str]]:
    """The attributes of a text that states several, each after its label:
    "Người phụ trách: Đ/c …; đơn vị chủ trì: Phòng Kinh tế; thời gian: Quý
    IV/2026", or a table cell "- Chủ trì: … - Phối hợp: … - Thời gian: …".
    Empty unless the text starts with a label and holds at least two."""
    folded = folded_same_length(text)
    # Not a label inside brackets: "Chủ trì: Phòng Kinh tế (công chức phụ
    # trách: Nguyễn Văn A)" states the lead and its official, not two labels.
    marks = [
        m
        for m in _LABEL_AT.finditer(folded)
        if folded[: m.start()].count("(") <= folded[: m.start()].count(")")
    ]
    if len(marks) < 2 or folded[: marks[0].start()].strip(" -–+•"):
        return []
    found = []
    for mark, following in zip(marks, marks[1:] + [None], strict=True):
        end = following.start() if following else len(text)
        value = text[mark.end() : end].strip(" -–;,.")
        label = " ".join((mark.group("label") or mark.group("dashed")).split())
        name = next(n for n, p in ATTRIBUTES if re.fullmatch(p, label))
        if name == "lead" and (names_a_person(value) or is_a_person(value)):
            name = "official"
        if value:
            found.append((name, value))
    return found


# "Chiều rộng mặt đường: 3,5 m", "Dự kiến kinh phí: 800 triệu đồng": a
# label of a few words in lower case after the first (not a name, "Ấp
# Bình Hòa: 1,2 km", nor a number, "Tuyến 1: …"), then its colon.
_DETAIL_LABEL = re.compile(
    r"^(?P<label>[^\W\d_]+(?: [^\W\d_]+){0,4})\s*(?:\([^)]{0,40}\))?\s*:\s*\S"
)


def labels_a_detail(text: str) -> bool:
    """`text` opens with a label and its colon: one of the data's
    (labels.toml [attribute], [detail]) or a few words of a common noun."""
    if LABEL_START.match(fold(text)):
        return True
    m = _DETAIL_LABEL.match(text)
    return bool(m) and all(w.islower() for w in m.group("label").split()[1:])


def bulleted_details(text: str) -> list[str]:
    """A cell read as one line (a PDF's lines joined, a pasted row) cut
    where a bulleted label starts a detail: "Bê tông hóa đường nội đồng -
    Quy mô: dài 1,2 km; - Địa điểm: ấp Phú Thạnh" → the work, "- Quy mô:
    …", "- Địa điểm: …". [] when no bullet opens a label after the work."""
    folded = folded_same_length(text)
    cuts = [
        m.start() + 1
        for m in re.finditer(r"\s[-–+•]\s+", folded)
        if labels_a_detail(text[m.end() :])
    ]
    if not cuts:
        return []
    ends = [*cuts[1:], len(text)]
    return [text[: cuts[0]].strip()] + [
        text[a:b].strip() for a, b in zip(cuts, ends, strict=True)
    ]


def labelled_details(text: str) -> list[str]:
    """A cell read as one line (a PDF's lines joined) cut where a label of
    the data opens a detail with a capital, with no bullet: "Kiên cố hóa
    kênh mương ấp Bến Cam Quy mô: 1.500 m. Địa điểm: cánh đồng ấp Bến Cam"
    → the work, "Quy mô: …", "Địa điểm: …". [] when no such label follows
    a name of two words or more."""
    cuts = [
        m.end()
        for m in re.finditer(r"\s(?=\w)", text)
        if text[m.end()].isupper()
        and LABEL_START.match(fold(text[m.end() :]))
        and text[: m.start()].count("(") <= text[: m.start()].count(")")
    ]
    if not cuts or len(text[: cuts[0]].split()) < 2:
        return []
    ends = [*cuts[1:], len(text)]
    return [text[: cuts[0]].strip()] + [
        text[a:b].strip() for a, b in zip(cuts, ends, strict=True)
    ]
