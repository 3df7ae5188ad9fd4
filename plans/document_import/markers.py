"""The numbering schemes of a plan's lines: a line's marker and kind ("I."
roman, "A." upper, "1." / "1.1." dec1-4, "a)" letter, "Phần I" part, "Điều N"
article, "Nhiệm vụ N:" item, "Tiêu chí N" criterion, "Chỉ tiêu N.M"
indicator, the bullets "-", "+", "*", "•"), the rank each kind nests by, the
document types, and the headings that only name a kind of section or a
period. Used by every stage of the outline (outline.py)."""

from __future__ import annotations

import re

from ntm.text import fold
from plans.document_import.capitals import CAPITAL
from plans.document_import.labels import LABELS
from plans.document_import.labels import pattern as label_pattern

DOC_TYPES = {
    "ke hoach": "KH",
    "quyet dinh": "QĐ",
    "bao cao": "BC",
    "thong bao": "TB",
    "chuong trinh": "CTr",
    "huong dan": "HD",
    "de an": "ĐA",
}


# "Nhiệm vụ 1:", "Công trình 2:" (labels.toml [item]): as written, or in
# capitals.
ITEM_WORDS = "|".join(
    re.escape(form)
    for word in sorted(LABELS["item"]["words"], key=len, reverse=True)
    for form in (word, word.upper())
).replace(r"\ ", r"\s+")


# "Một là, …", "Thứ hai: …" (labels.toml [item] counted, ordinal): the
# word's place in its list is the task's number. "Thứ Hai, ngày 12/01 …"
# or "Thứ Ba (13/01): …" is a day of the week, not an ordinal.
COUNTED = [w.lower() for w in LABELS["item"]["counted"]]


ORDINAL = LABELS["item"]["ordinal"]


ORDINAL_MARKER = re.compile(
    rf"^(?:(?P<counted>{'|'.join(COUNTED)})\s+là|thứ\s+(?P<ordinal>{'|'.join(ORDINAL)}))"
    r"\s*[,:]\s*(?!ngày\b|\d|\()(?P<t>\S.*)$",
    re.IGNORECASE,
)


MARKERS: list[tuple[str, re.Pattern]] = [
    (
        "part",
        re.compile(
            r"^(?:Phần|PHẦN)\s+(?:thứ\s+|THỨ\s+)?(?P<n>[IVX]{1,4}|\d{1,2}|[^\s.:]+)\s*[.:\-–]\s*(?P<t>.*)$"
        ),
    ),
    ("article", re.compile(r"^Điều\s+(?P<n>\d{1,3})\s*[.:]\s*(?P<t>.*)$")),
    (
        "criterion",
        re.compile(
            r"^(?:Tiêu chí|TIÊU CHÍ|tiêu chí)\s*(?:số|SỐ)?\s*(?P<n>\d{1,2})(?![\d./])\s*(?:[-–:.)]\s*|\s+)(?P<t>.*)$"
        ),
    ),
    (
        "indicator",
        re.compile(
            r"^(?:Chỉ tiêu|CHỈ TIÊU|chỉ tiêu)\s*(?:số|SỐ)?\s*(?P<n>\d{1,2}\.\d{1,2})(?![\d/])\.?\s*(?:[-–:.)]\s*|\s+)?(?P<t>.*)$"
        ),
    ),
    (
        "item",
        re.compile(
            rf"^(?:{ITEM_WORDS})\s+(?:số\s+|thứ\s+)?(?P<n>\d{{1,2}})\s*[:.)\-–]\s*(?P<t>\S.*)$"
        ),
    ),
    ("roman", re.compile(r"^(?P<n>[IVX]{1,5})\s*(?:[.):\-–]|/(?=\s))\s*(?P<t>\S.*)$")),
    ("upper", re.compile(r"^(?P<n>[A-HJ-UWYZĐ])\s*[.)]\s+(?P<t>\S.*)$")),
    (
        "dec",
        re.compile(
            r"^(?P<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?![\d/%,])\s*[.):]?\s+(?P<t>\S.*)$"
        ),
    ),
    # "1.1.Hoàn thành …": Word's numbering exported to PDF loses its tab.
    (
        "dec",
        re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){1,3})\.(?P<t>" + CAPITAL + r"\S*.*)$"),
    ),
    ("dec", re.compile(r"^(?P<n>\d{1,2})\s*[.):](?![\d/])\s*(?P<t>\S.*)$")),
    # "1/ Mục đích", "1.2/ …", "a/ …", "I/ …": numbers typed with a slash
    # when an office skips Word's lists; a space after the slash, so that
    # "30/6" or "b/c" is never a number. "2/ 15 hộ …" is item 2 before a
    # figure, but "30/ 6 hoàn thành …" is a day and its month (SLASH_DATE).
    ("dec", re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){0,3})/\s+(?P<t>\S.*)$")),
    ("letter", re.compile(r"^(?P<n>[a-zđ])\s*[)./]\s+(?P<t>\S.*)$")),
    ("dash", re.compile(r"^[-–—‐]\s*(?P<t>\S.*)$")),
    ("plus", re.compile(r"^\+\s*(?P<t>\S.*)$")),
    ("star", re.compile(r"^\*\s+(?P<t>\S.*)$")),
    ("bullet", re.compile(r"^[•·▪►➢❖✓o]\s+(?P<t>\S.*)$")),
]


BULLETS = ("dash", "plus", "star", "bullet")
# The numbered headings under a section's ("1.", "1.1.", "a)"), and with the
# section's ("I.", "A.") those that may name the body that does the work
# under them (tasks.py; prose_tasks.py reads an activity's heading among the
# first).
NUMBERED_HEADING_KINDS = ("dec1", "dec2", "dec3", "dec4", "letter")
BODY_HEADING_KINDS = ("roman", "upper") + NUMBERED_HEADING_KINDS
# A folded heading that names a topic rather than the work: "Về …", a
# criterion (labels.toml [topic] opens, criteria).
NAMES_A_TOPIC = re.compile(
    rf"^(?:{label_pattern('topic', 'opens')})\s"
    rf"|\b(?:{label_pattern('topic', 'criteria')})\b"
)


RANKS = {
    "part": 0,
    # Word's "Heading 1/2/3" style with no number: between the numbered
    # kinds, so that "1." tasks fall under a "Heading 2".
    "heading1": 0.5,
    "roman": 1,
    "heading2": 1.5,
    "article": 1,
    "upper": 2,
    "heading3": 2.5,
    "dec1": 3,
    # "Nhiệm vụ 1:", "Nội dung 2." number the tasks like "1.", "2.".
    "item": 3,
    "dec2": 4,
    "dec3": 5,
    "dec4": 6,
    # "Tháng 01/2027", "Quý I/2027", "Tuần 1 (từ 05 - 09/01/2027)" as a
    # heading with no number: the period of the items under it.
    "period": 2.7,
    # A criterion or indicator line heads the a) b) items under it.
    "criterion": 6.5,
    "indicator": 6.8,
    "letter": 7,
}


SEPARATOR = re.compile(r"^[-_=*.…~]{3,}$")


# A line that is only a period (folded): "Tháng 01/2027", "Quý I/2027",
# "Tuần 1 (từ 05 - 09/01/2027)", "Từ ngày 05/01 đến ngày 15/01/2027",
# "6 tháng đầu năm 2027", "Trong tháng 3:", "Tháng 10 - tháng 11/2026",
# "Học kỳ II năm học 2026 - 2027", "Từ tháng 7 đến hết năm", "Quý III và Quý
# IV/2026".
PERIOD = re.compile(
    r"^(?:trong\s+)?(?:"
    r"(?:thang|quy)\s+[0-9ivx]{1,4}(?:\s*(?:-|–|den)\s*(?:thang\s+)?\d{1,2})?"
    r"(?:\s*(?:/|nam)\s*\d{4})?"
    r"|hoc ky\s+(?:i|ii|1|2)\s+nam hoc\s+\d{4}\s*[-–]\s*\d{4}"
    r"|tuan\s+(?:thu\s+)?\d{1,2}(?:\s+thang\s+\d{1,2}(?:\s*/\s*\d{4})?)?"
    r"(?:\s*[(:,-]\s*tu\s+(?:ngay\s+)?\d[\d/ ]*(?:-|–|den)\s*(?:ngay\s+)?\d[\d/]*\)?)?"
    r"|tu\s+(?:ngay\s+)?\d{1,2}(?:/\d{1,2}(?:/\d{4})?)?\s*(?:-|–|den)\s*(?:ngay\s+)?\d{1,2}/\d{1,2}(?:/\d{4})?"
    r"|\d{1,2}\s+thang\s+(?:dau|cuoi)\s+nam(?:\s+\d{4})?"
    # "Từ tháng 7 đến hết năm", "Quý III và Quý IV/2026" (set f40q).
    r"|tu\s+thang\s+\d{1,2}\s+(?:den|-|–)\s+(?:het\s+nam|thang\s+\d{1,2})"
    r"(?:\s*(?:/|nam)\s*\d{4})?"
    r"|quy\s+[ivx]{1,4}(?:\s*(?:,|va|-|–)\s*quy\s+[ivx]{1,4})+"
    r"(?:\s*(?:/|nam)\s*\d{4})?"
    r")\s*[.:]?$"
)


# A heading that only names a kind of section ("II. NHIỆM VỤ, GIẢI PHÁP",
# "1. Nhiệm vụ trọng tâm", "NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN") is a section
# whatever follows it: never a task called "NHIỆM VỤ".
_SECTION_WORD = (
    r"(?:cac\s+|danh muc\s+)?(?:nhiem vu|giai phap|noi dung|cong viec|hoat dong"
    r"|muc tieu|muc dich|yeu cau|chi tieu|kinh phi|to chuc thuc hien"
    r"|phan cong(?:\s+(?:nhiem vu|cong viec|trach nhiem))?|thoi gian"
    r"|tien do|thoi han|trach nhiem|lo trinh|"
    # A village's words for its tasks ("Những việc thôn làm trong năm").
    + label_pattern("topic", "sections")
    + r")"
    r"(?:\s+(?:chu yeu|trong tam|cu the|chinh|chung|thuc hien|trien khai"
    r"|can thuc hien|nam \d{4}|giai doan \d{4}\s*-\s*\d{4}))*"
)


SECTION_NAME = re.compile(
    rf"{_SECTION_WORD}(?:\s*(?:,|;|-|–|\bva\b)\s*{_SECTION_WORD})*"
)


# The other parts a plan may head with their name alone (folded): its
# bases, the report it asks for, what was done before, its principles.
PART_NAME = re.compile(
    r"^(?:can cu|co so phap ly|che do (?:thong tin\s*,?\s*)?bao cao|danh gia"
    r"|thuc trang|tinh hinh|ket qua thuc hien|quan diem|nguyen tac|su can thiet"
    r"|du toan|nguon (?:kinh phi|von)|dieu khoan thi hanh)\b"
)


def names_a_section(text: str) -> bool:
    """`text` (a heading without its marker) names only a kind of section."""
    return bool(SECTION_NAME.fullmatch(fold(text).strip(" .:")))


# "30/ 6 hoàn thành …", "15/ 10/2027 nghiệm thu …", "… 31/ 12.": a day, a
# slash, a space, then a month (not a figure: "2/ 15 hộ", "3/ 2,5 km",
# "4/ 2.5 km"; a full stop after it ends the date), read as a date at a
# line's start rather than as a number typed with a slash.
SLASH_DATE = re.compile(
    r"^(?:0?[1-9]|[12]\d|3[01])/\s+(?:0?[1-9]|1[0-2])(?![\d,%])(?!\.\d)(?!\s*%)"
)


# "6/ 2027: hoàn thành …", "12/ 2027 nghiệm thu …": a month, a slash, a
# space, then a year. Unlike a day and its month it is never counted on as
# the next item ("2/ 2000 hộ" after "1/ …" is rarer than a time line under
# item 5 that reads "6/ 2027: …").
SLASH_MONTH_YEAR = re.compile(r"^(?:0?[1-9]|1[0-2])/\s+(?:19|20)\d\d(?![\d,%])(?!\.\d)")


def marker(text: str) -> tuple[str, str, str]:
    """(kind, number, text after the marker) of a line; kind "text" if none."""
    if SLASH_DATE.match(text) or SLASH_MONTH_YEAR.match(text):
        return "text", "", text
    if m := ORDINAL_MARKER.match(text):
        return "item", _ordinal_number(m), _capitalized(m.group("t").strip())
    for kind, pattern in MARKERS:
        m = pattern.match(text)
        if m:
            number = m.groupdict().get("n") or ""
            if kind == "dec":
                kind = f"dec{number.count('.') + 1}"
            return kind, number, m.group("t").strip()
    return "text", "", text


def _ordinal_number(m: re.Match) -> str:
    """The number an ordinal marker's word stands for ("Ba là" → "3")."""
    if m.group("counted"):
        return str(COUNTED.index(m.group("counted").lower()) + 1)
    return str(ORDINAL.index(m.group("ordinal").lower()) + 1)


def _capitalized(text: str) -> str:
    """`text` with its first letter in capitals: the work after "Một là," goes
    on the sentence in lower case, but it is a task's title."""
    return text[:1].upper() + text[1:]
