"""What the outline means: the header, the title and bases, then each block
of the body read for what it is.

Sections are classified by their heading words (objectives, tasks, targets,
organisation, funding, time, reporting or other), and a block inherits the
class of the nearest classified block above it, so objectives are never
tasks. In a tasks section a block is a task when it carries attributes of its
own, or when it is a leaf; a block whose children carry attributes of their
own, or that introduces a list ("…:"), is a heading. Attributes are read
where they are written — a line of their own, after "+" or "-", inside the
sentence in brackets "(Phòng X chủ trì, phối hợp Y; hoàn thành trước ngày
30/6/2025)", or a table column — and belong to their block only: a child
may inherit what its heading states, a sibling never overwrites it.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ntm.text import fold
from plans.document_import.labels import BODY_KINDS, LABEL_START, LABELS
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.matching import ABBREVIATIONS, key
from plans.document_import.outline import (
    AMENDING,
    BARE_PLACE_DATE,
    BULLETS,
    FORM,
    FORM_LABEL,
    PAGE_FURNITURE,
    PERIOD,
    SENT_TO,
    SIGNS_FOR,
    Block,
    Line,
    Outline,
    is_signers_name,
    marker,
    names_a_section,
    one_line_signature,
    unbulleted,
)
from plans.document_import.parsed import (
    Basis,
    ParsedPhase,
    ParsedPlan,
    ParsedSection,
    ParsedTarget,
    ParsedTask,
    SourceLine,
)
from plans.document_import.timeframes import (
    cell_time,
    deadline,
    impossible_dates,
    time_range,
)

BASIS_KINDS = r"Kế hoạch|Quyết định|Công văn|Nghị quyết|Thông tư|Chỉ thị|Hướng dẫn|Chương trình|Thông báo|Nghị định|Luật|Văn bản|Đề án|Kết luận"

# The labels of a task's attributes, in the order they are tried (the
# phrases are data: labels.toml [attribute]).
ATTRIBUTES = [
    (name, label_pattern("attribute", name))
    for name in (
        "leader",
        "official",
        "lead",
        "coordinating",
        "time",
        "method",
        "participants",
        "content",
        "place",
        "budget",
        "product",
        "target",
    )
]
# The labels of who does the work and when; a dash may stand for their
# colon, but not after "Hạn" alone (a place "Hàn" folds to it).
WHO_AND_WHEN = "|".join(
    label_pattern("attribute", name, without=("han",))
    for name in ("official", "lead", "coordinating", "time")
)
# "Chủ trì - Phòng Kinh tế", "Thời gian – Quý II/2027": who and when with
# the dash some offices type for a colon (other labels only with a colon:
# "Nhiệm vụ - giải pháp" is a heading).
_DASHED_ATTRIBUTE = re.compile(
    r"^(?P<label>" + WHO_AND_WHEN + r")\s+[-–]\s+(?P<value>\S.*)$"
)
# The verbs a piece of work starts with (labels.toml [work]).
_WORK = re.compile(rf"^(?:{label_pattern('work', 'verbs')})\b")


def _names_a_topic(heading: str) -> bool:
    """A folded heading that names a topic rather than the work: "Về …", a
    criterion, or no verb of work at its start."""
    return bool(re.search(r"^ve\s|\btieu chi\b", heading)) or not _WORK.match(heading)


_SUBJECT = re.compile(r"^(?:V/v|V\.v\.?|Về việc)\s*:?\s*(\S.*)$")

_ATTRIBUTE = re.compile(
    r"^(?P<label>"
    + "|".join(p for _, p in ATTRIBUTES)
    + r")\s*(?:\([^)]{0,40}\))?\s*:\s*(?P<value>.*)$"
)
# Without a colon, only these, and only where attributes are expected.
_BARE = re.compile(
    r"^(?P<label>thoi gian(?: thuc hien| hoan thanh)?|thoi han|cong chuc tham muu(?: thuc hien)?|phoi hop(?: thuc hien)?(?: voi)?|(?:don vi |co quan )?chu tri(?: thuc hien)?|kinh phi(?: thuc hien)?|hoan thanh)\s+(?P<value>\S.*)$"
)
_TIME_WORDS = re.compile(
    r"\b(?:truoc ngay|truoc \d+|cham nhat|quy [ivx]+|thang \d{1,2}|nam \d{4}|thuong xuyen|hang nam|hang quy|hang thang|hoan thanh|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|tu nay|den het|cuoi nam|dau nam|dinh ky)\b"
)
ORG_WORDS = re.compile(
    r"\b(?:uy ban|ubnd|ub|phong|so|hoi|doan|ban|van phong|vp|cong chuc|can bo|truong|tram|hop tac xa|htx|mat tran|mttq|thon|ban|chi cuc|trung tam|cong an|quan su|dang uy|hdnd|bcd|bql|chi bo|buu dien|dai|bao|nganh|co quan|don vi|cac|to|chu tich|pho chu tich|lanh dao|thanh vien|nguoi|ho|nhan dan|xa|huyen|tinh|khu|ca nhan|to chuc|giao vien|y te|cong ty|doanh nghiep|dien luc|vien thong|ngan hang|kho bac)\b"
)
# A unit written as its abbreviation: "P.KT", "ĐTN", "P.VH-XH", "BQL DA".
ABBREVIATED = re.compile(
    r"^[A-ZĐ](?:[A-ZĐ&.\-]*[A-ZĐ])?\.?[A-ZĐ&\-]*[A-ZĐ](?![a-zà-ỹ])"
)
# "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; mass organisations and Party
# bodies also write "T/M BAN CHẤP HÀNH", "K/T BÍ THƯ".
SIGNING = re.compile(SIGNS_FOR.pattern + r"\s*.+$")
# A plan forwarded in an e-mail (labels.toml [mail]): the mail client's
# separator line and the mail's fields; what the lines they mark are used as.
_MAIL_SEPARATOR = re.compile(
    r"^[-_=*\s]*(?:" + label_pattern("mail", "separators") + r")[-_=*\s]*$"
)
_MAIL_FIELD = re.compile(r"^(?:" + label_pattern("mail", "fields") + r")\s*:")
MAIL = "thư điện tử"
# A joint document's symbol: "KHLT-UBND-MTTQ", "KHPH-UBND-HND", "CTPH-…".
_JOINT_SYMBOL = re.compile(r"^(?:KH|CTr|CT|NQ|HD|TT)(?:LT|PH)[-/]", re.IGNORECASE)
# A Party-style number, as the Party and the mass organisations write it:
# "Số 15-KH/HND", "Số: 08-KH/ĐTN", "Số -KH/ĐTN" (a draft).
PARTY_NUMBER_LINE = re.compile(
    r"^Số\s*:?\s*(?P<number>\d*)[….·_ ]*\s*-\s*(?P<symbol>[A-ZĐ][\wĐđ]*/[\wĐđ&.\-]+)\s*$",
    re.IGNORECASE,
)
NUMBER_LINE = re.compile(
    r"^Số\s*:?\s*(?P<number>[\w.]*?)\s*[….·_ ]*\s*/\s*(?P<symbol>[\wĐđ&.\- ]+?)\s*$",
    re.IGNORECASE,
)
KEM_THEO = re.compile(
    r"^\(?\s*Kèm theo\s+\S+(?:\s+\S+)?\s+số\s*:?\s*(?P<number>[\w.]+)\s*/\s*(?P<symbol>[\wĐđ&.\-]+)"
    r"(?:\s+ngày\s+(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4})))?",
    re.IGNORECASE,
)
# "Kỳ Anh, ngày 05 tháng 01 năm 2027", or in figures: "ngày 05/01/2027",
# "ngày 5/1/2027", "ngày 05-01-2027", "ngày 05.01.2027" (day first).
PLACE_DATE = re.compile(
    r"^(?:(?P<place>[^,]{2,60}),\s*)?ngày\s*(?P<day>[\d…._ ]*?)\s*(?:tháng|(?<=\d)\s*[/.-](?=\s*\d))\s*(?P<month>[\d…._ ]*?)\s*(?:năm|(?<=\d)\s*[/.-](?=\s*\d{4}\b))\s*(?P<year>\d{4})",
    re.IGNORECASE,
)


def place_date(text: str) -> re.Match | None:
    """The place and date of a line: "Kỳ Anh, ngày 05 tháng 01 năm 2027",
    or with no "ngày" ("Kỳ Anh, 05/01/2027", "Kỳ Anh, tháng 01 năm 2027"),
    read as the same line with it."""
    if m := PLACE_DATE.search(text):
        return m
    bare = BARE_PLACE_DATE.fullmatch(text.strip())
    if bare is None:
        return None
    day = bare.group("day") or ""
    month = bare.group("month") or bare.group("only_month") or ""
    return PLACE_DATE.search(
        f"{bare.group('place').strip()}, ngày {day} tháng {month} năm {bare.group('year')}"
    )


# A place and date the header's narrow right column wrapped: "Thạch Hà,
# ngày 05 tháng 3 năm" / "2025", "Hà Tĩnh, ngày 05" / "tháng 3 năm 2025".
_DATE_START = re.compile(r"(?:^|,\s*)ngày\b", re.IGNORECASE)


def _wrapped_dates(header: list[Line]) -> dict[int, tuple[str, list[Line]]]:
    """The header's place and date lines cut in two or three, by the id of
    their first line: the whole text and the lines that end it (short
    pieces, none of them a line of its own: a number, a name in capitals)."""
    found: dict[int, tuple[str, list[Line]]] = {}
    for position, line in enumerate(header):
        if PLACE_DATE.search(line.text) or not _DATE_START.search(line.text):
            continue
        text, more = line.text, []
        for other in header[position + 1 : position + 4]:
            if NUMBER_LINE.match(other.text):
                # The left column's "Số: 37/KH-VPĐP" read between the date's
                # two lines (a PDF whose issuer runs over three lines).
                continue
            if len(other.text) > 30:
                break
            text, more = f"{text} {other.text}", [*more, other]
            if PLACE_DATE.search(text):
                found[id(line)] = (text, more)
                break
    return found


QUANTITY = r"(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)"
TARGET_LINE = re.compile(
    r"^(?P<name>[^:]{3,200}?)\s*(?:\((?P<unit_hint>[^)]{1,20})\))?\s*:\s*"
    r"(?P<quantity>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(?P<unit>[^\d.;,()]{1,20}?)\s*[.;]?$"
)
PERCENT_LINE = re.compile(
    r"^(?P<quantity>\d{1,3}(?:,\d+)?)\s*%\s*(?P<name>.+?)\s*[.;]?$"
)

# Section classes from heading words. A Roman-numbered (or Part) heading may
# name its class anywhere; a numbered one must begin with it, so that a task
# "2. Trách nhiệm tổ chức triển khai …" stays a task.
SECTION_CLASSES = [
    (
        "objectives",
        r"\b(?:muc dich|yeu cau|muc tieu|quan diem|su can thiet|nguyen tac|phuong cham)\b",
    ),
    (
        "organisation",
        r"\b(?:to chuc thuc hien|trach nhiem|phan cong|dieu khoan thi hanh)\b",
    ),
    ("funding", r"\b(?:kinh phi|du toan|nguon von|nguon kinh phi|co che tai chinh)\b"),
    ("reporting", r"\bche do (?:thong tin\s*,?\s*)?bao cao\b"),
    ("time", r"^(?:thoi gian|tien do|thoi han)\b"),
    ("targets", r"^chi tieu\b"),
    # What numbers a task ("Nhiệm vụ 1:", "Công trình 1:", labels.toml
    # [item]) names a section of them: "II. DANH MỤC CÔNG TRÌNH", "CÁC DỰ ÁN".
    (
        "tasks",
        r"\b(?:"
        + "|".join(re.escape(fold(w)) for w in LABELS["item"]["words"])
        + r"|lo trinh|tieu chi|kiem tra|ke hoach thuc hien|chuong trinh)\b",
    ),
    (
        "background",
        r"\b(?:ket qua thuc hien|danh gia|thuc trang|tinh hinh|can cu xay dung)\b",
    ),
]
HEADING_CLASSES = [
    ("objectives", r"^(?:muc dich|yeu cau|muc tieu|quan diem|nguyen tac)\b.{0,40}$"),
    (
        "organisation",
        r"^(?:to chuc thuc hien|phan cong (?:nhiem vu|trach nhiem))\b.{0,30}$",
    ),
    ("funding", r"^(?:kinh phi|du toan|nguon kinh phi|nguon von)\b"),
    ("reporting", r"^che do\b"),
    ("time", r"^(?:thoi gian|thoi han|tien do)\b"),
    ("targets", r"^chi tieu\b(?![ \d.]*\d)"),
    ("tasks", r"^(?:cac )?(?:nhiem vu|noi dung|giai phap)\b.{0,80}$"),
]
# A part that lists the plan's bases: "CĂN CỨ XÂY DỰNG KẾ HOẠCH", "Căn cứ
# pháp lý", "CƠ SỞ PHÁP LÝ" (folded, the whole heading).
BASES_HEADING = re.compile(
    r"(?:nhung\s+)?(?:can cu|co so)(?:\s+(?:phap ly|xay dung|ban hanh|de ra))?"
    r"(?:\s+(?:ke hoach|chuong trinh))?"
)
HEADING_KINDS = (
    "part",
    "roman",
    "article",
    "upper",
    "heading1",
    "heading2",
    "heading3",
)
# Work already done: a result, not a target ("Đã cứng hóa 12 km", "đạt
# được 95%").
_DONE = re.compile(r"\b(?:đã|đạt được)\b", re.I)
# A named person ("Đ/c Hoàng Văn Bình - Phó Chủ tịch UBND xã", "Đồng chí Lộc
# Thị Nga, …", "Ông …", "Bà …") is the task's official, whatever the label.
_COMRADE = re.compile(r"^(?:d\s*/\s*c|dong chi)\s+[^\W\d_]")
_MR_MRS = re.compile(r"^(?:Ông|Bà)\s+[A-ZĐ]\w*\s+[A-ZĐ]")

# People who are no body: "(Hộ gia đình thực hiện)" leaves the task with no
# lead, the bracket in its title.
THE_PEOPLE = re.compile(
    r"^(?:cac |moi |toan the |toan )?(?:ho gia dinh|ho dan|nguoi dan|nhan dan|cong dong dan cu|ca nhan|hoc sinh)\b"
)
# The clauses of a decision ("Điều 1. Ban hành kèm theo Quyết định này Kế
# hoạch …", "Điều 3. Quyết định này có hiệu lực …"): no task.
DECISION_CLAUSE = re.compile(
    r"\b(?:ban hanh kem theo|kem theo quyet dinh nay|quyet dinh nay co hieu luc|co hieu luc (?:thi hanh )?ke tu|chiu trach nhiem thi hanh|thi hanh quyet dinh nay)\b"
)
LEVELS = "xa|huyen|tinh|thanh pho|thi xa|phuong|thi tran|quan"


# A heading that is only a body's name ("Sở Nông nghiệp và Môi trường:",
# "Ủy ban nhân dân các xã, phường", "Đối với Công an xã"): the work under
# it is that body's. Its first words name a kind of body, not an act.
_BODY_HEAD = re.compile("^" + BODY_KINDS)
_NOT_A_BODY = re.compile(
    r"^(?:cac\s+)?(?:hoi (?:nghi|thi|thao|dien|cho|dap)|ban hanh|ban giao|truong hop|truong hoc|phong[, ]+chong|phong ngua|dai hoi|doan ket|so ket|dai dien)\b"
)
# A time and nothing else: "Quý IV/2026", "trong tháng 5", "trước ngày
# 30/6/2026", "thường xuyên", "năm 2026".
_ONLY_A_TIME = re.compile(
    r"^(?:hoan thanh\s+)?(?:trong\s+|truoc\s+|den\s+)?(?:ngay\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|quy\s+[ivx]+(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?|thang\s+\d{1,2}(?:\s*/\s*\d{4}|\s+nam\s+\d{4})?|nam\s+\d{4}|thuong xuyen|hang (?:nam|quy|thang)|ca nam(?:\s+\d{4})?|\d\s+thang\s+(?:dau|cuoi)\s+nam(?:\s+\d{4})?)$"
)
# (Not "xây dựng", "kiểm tra", "hỗ trợ": "Sở Xây dựng", "Ủy ban Kiểm tra".)
_ACTS = r"\b(?:chu tri|phoi hop|thuc hien|tham muu|huong dan|trien khai|ra soat|tuyen truyen|theo doi|don doc|van dong|bao cao)\b"
# "Phối hợp với Sở Tài chính tham mưu …": the partner, up to the verb.
_WORKS_WITH = re.compile(
    r"^(?:chu tri\s*,?\s*)?phoi hop\s+(?:voi\s+)?(?P<c>"
    + BODY_KINDS
    + r".{0,100}?)\s+(?=(?:tham muu|huong dan|to chuc|thuc hien|trien khai|xay dung|kiem tra|ra soat|tuyen truyen|ho tro|theo doi|don doc|tham dinh|phan bo|bao cao|van dong|bo tri|danh gia|chi dao|de xuat|lap|hoan thien|giai quyet|xu ly)\b)"
)


# A name closed by its level ("Hội Liên hiệp Phụ nữ xã", "UBND xã Hòa An",
# "Ban phát triển thôn Đồng Tâm"), then a verb of work ("… trồng 500 cây
# xanh", "… cập nhật thông tin"): the partner ends with the level.
_LEVEL = re.compile(r"\b(?:xa|huyen|tinh|phuong|thi tran|thon)\b")
_THEN_WORK = re.compile(
    r"\s+(?:"
    + label_pattern("work", "verbs")
    + "|"
    + label_pattern("lead_in", "verbs")
    + r")\b"
)
# What a name does not hold: a clause's mark, an act (_ACTS, folded), a
# word of the work's place or object ("… kiểm tra các hộ trên địa bàn xã
# …"; as written: folded, "tại" is "Tài chính", "cho" is "chợ").
_NOT_IN_A_NAME = re.compile(r"[,;()]|" + _ACTS)
_NOT_IN_A_NAME_WRITTEN = re.compile(
    r"\b(?:tại|trên|cho|của|ở|đến|từ|trong|về|theo|để|hộ|người)\b", re.IGNORECASE
)


def _table_above(node: Block) -> Block | None:
    """The table a row (or a group of rows) is in; None outside one."""
    table = node.parent
    while table is not None and table.kind != "table":
        table = table.parent
    return table


def partner_first(title: str) -> tuple[int, int] | None:
    """Where the partner a task names before its work is in `title`:
    "Phối hợp với Sở Tài chính tham mưu …", "Chủ trì, phối hợp Ban phát
    triển các thôn rà soát …", "Phối hợp với Hội Liên hiệp Phụ nữ xã trồng
    500 cây xanh …" (a name its level closes, before a verb of work that
    _WORKS_WITH does not list); None when it names none."""
    folded = folded_same_length(title)
    head = re.match(r"^(?:chu tri\s*,?\s*)?phoi hop\s+(?:voi\s+)?", folded)
    if not head or not _BODY_HEAD.match(folded[head.end() :]):
        return None
    for level in _LEVEL.finditer(folded, head.end()):
        if (
            _NOT_IN_A_NAME.search(folded[head.end() : level.start()])
            or _NOT_IN_A_NAME_WRITTEN.search(title[head.end() : level.start()])
            or len(folded[head.end() : level.start()].split()) > 20
        ):
            break
        end = level.end()
        # The place the level names: "xã Hòa An", "thôn Đồng Tâm".
        while m := re.match(r"\s+[A-ZĐÀ-Ỹ][^\s,;.()]*", title[end:]):
            end += m.end()
        if _THEN_WORK.match(folded, end):
            return head.end(), end
    if m := _WORKS_WITH.match(folded):
        return m.start("c"), m.end("c")
    return None


# "Tiêu chí Giao thông: sửa chữa …", "Chỉ tiêu Y tế - …": a criterion
# named by its field, with no number, before the work.
_NAMED_CRITERION = re.compile(
    r"^(?P<criterion>(?:Tiêu chí|TIÊU CHÍ|Chỉ tiêu|CHỈ TIÊU)\s+(?!số\b|SỐ\b|\d)"
    r"[^:;.()\d]{2,60}?)\s*(?::|\s[-–]\s)\s*(?P<work>\S.*)$"
)


# Only a numbered heading names the body that does the work under it; a
# criterion's name ("Tiêu chí số 5 - Trường học") is what the work is about.
BODY_HEADING_KINDS = ("roman", "upper", "dec1", "dec2", "dec3", "dec4", "letter")


def body_named(text: str) -> str:
    """The body a heading names and nothing else, or ""."""
    name = re.sub(
        r"^(?:Đối với|Trách nhiệm của|Nhiệm vụ của|Giao)\s+",
        "",
        text.strip(),
        flags=re.I,
    )
    name = name.rstrip(" :.;")
    folded = fold(name)
    if (
        not _BODY_HEAD.match(folded)
        or _NOT_A_BODY.match(folded)
        or len(folded.split()) > 16
        or re.search(r"\d|[:;()]", name)
        # "Hội Nông dân xã vận động hội viên …": a sentence, not a name.
        or re.search(_ACTS, folded)
    ):
        return ""
    return name


def names_a_person(value: str) -> bool:
    return bool(_COMRADE.match(fold(value)) or _MR_MRS.match(value.strip()))


def folded_same_length(text: str) -> str:
    """`text` folded (no accents, lower case, đ → d) character by character,
    so that a match in it slices the original at the same positions."""
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d")
            continue
        base = unicodedata.normalize("NFD", ch)[0].lower()
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def parse_number(text: str) -> Decimal | None:
    """ "3.200" → 3200, "0,38" → 0.38, "883" → 883."""
    text = text.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        text = text.replace(".", "")
    text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _date(text: str) -> datetime.date | None:
    m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if not m:
        return None
    try:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def attribute(text: str, *, bare: bool = False) -> tuple[str, str] | None:
    """(name, value) when `text` states an attribute ("Thời gian thực hiện:
    Quý II/2025", "Chủ trì - Phòng Kinh tế"); without a colon only when
    `bare`."""
    folded = folded_same_length(text)
    m = _ATTRIBUTE.match(folded) or _DASHED_ATTRIBUTE.match(folded)
    if m is None and bare:
        m = _BARE.match(folded)
    if m is None:
        return None
    label = " ".join(m.group("label").split())
    for name, pattern in ATTRIBUTES:
        if re.fullmatch(pattern, label):
            # "Chủ trì - Phòng Kinh tế": the dash some offices type for a colon.
            value = re.sub(r"^[-–]\s+", "", text[m.start("value") :].strip())
            if name == "lead" and names_a_person(value):
                name = "official"
            if (
                name == "time"
                and label == "hoan thanh"
                and not _TIME_WORDS.search(folded[m.start("value") :])
            ):
                return None
            return name, value.rstrip(" .;")
    return None


# A comma inside an abbreviated name ("Sở VH,TT&DL", "Sở VH, TT&DL", "Phòng
# VH,TT", "Sở KH,CN"): after a unit's abbreviated word, before a piece
# that is only capitals ("&", "-" inside; maybe its place after it, "TT
# huyện", "XH các xã", "TT xã Hòa An") up to the next comma, semicolon,
# bracket, "và" or the end.
_ABBREVIATION_COMMA = re.compile(
    r"(?P<left>\b[A-ZĐ][A-ZĐ&\-]*[A-ZĐ])\s*,\s*(?P<tail>[A-ZĐ][A-ZĐ&\-]*[A-ZĐ])"
    r"(?=(?:\s+(?:các\s+)?(?:xã|huyện|tỉnh|thành phố|thị xã|phường)"
    r"(?:\s+[A-ZĐ]\w*){0,3})?"
    r"\s*(?:[,;)]|$|\s+(?:và|với)\s))"
)
# The abbreviations that name a body by themselves ("UBND", "MTTQ", "HTX",
# "BQL", "CA", "ĐTN": their expansion starts with a kind of body), from the
# abbreviations' data; a piece that starts with one stands alone.
_BODY_ABBREVIATIONS = tuple(
    short
    for short, long in ABBREVIATIONS.items()
    if re.fullmatch(r"[a-z&\-]+", short) and _BODY_HEAD.match(long)
)
_KEPT_COMMA = "\ue000"


def _keep_abbreviated_names(text: str) -> str:
    """`text` with the commas inside abbreviated names replaced by a mark
    that `units` does not split on: "Sở VH,TT&DL" is one department, its
    "TT&DL" the rest of the abbreviation, not a unit (no unit word, no
    body's abbreviation of its own); "Sở Xây dựng, Sở Tài chính" and
    "Phòng KT, UBND xã" are two."""

    def keep(m: re.Match) -> str:
        before = text[: m.start("left")]
        piece = re.split(r"[,;(]", before)[-1]
        whole = fold(text[m.start("left") : m.end("tail")]).replace(" ", "")
        tail = fold(m.group("tail"))
        if whole in ABBREVIATIONS or (
            _BODY_HEAD.match(fold(piece).strip())
            and not tail.startswith(_BODY_ABBREVIATIONS)
        ):
            return m.group(0).replace(",", _KEPT_COMMA, 1)
        return m.group(0)

    return _ABBREVIATION_COMMA.sub(keep, text)


# The place a unit's name ends with: "… các xã", "… phường Cao Lãnh",
# "… tỉnh" (folded).
_PLACE_TAIL = re.compile(
    r"\s+(?:cac\s+)?(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|thon|ap)"
    r"(?:\s+\S+){0,3}$"
)


def _rest_of_a_name(part: str) -> bool:
    """`part`, after a comma, goes on the name before it: "Thông tin và Thể
    thao các xã" in "Trung tâm Văn hóa, Thông tin và Thể thao các xã",
    "Thể thao và Du lịch tỉnh" — written with a capital, it names no body,
    only its place at its end."""
    folded = fold(part)
    place = _PLACE_TAIL.search(folded)
    rest = folded[: place.start()].strip() if place else ""
    return bool(
        rest
        and part[:1].isupper()
        and not ORG_WORDS.search(rest)
        and not _BODY_HEAD.match(folded)
        and not ABBREVIATED.match(part)
    )


def units(text: str) -> list[str]:
    """The units a list names, one each: "Các thôn, Phòng Tài nguyên và Môi
    trường huyện" → two; "các phòng, ban, ngành, đoàn thể" stays one; "UBND
    các xã Hòa Lạc, Tân Thành" stays one; "Sở VH,TT&DL" (one department's
    abbreviation) stays one."""
    kept = _keep_abbreviated_names(text)
    if kept != text:
        return [u.replace(_KEPT_COMMA, ",") for u in units(kept)]
    text = re.sub(r"\s*\.$", "", text.strip())
    # A semicolon always ends a unit; commas may be inside one.
    clauses = [c for c in re.split(r";\s*(?![^()]*\))", text) if c.strip(" .")]
    if len(clauses) > 1:
        return [u for c in clauses for u in units(c)]
    parts = [p.strip(" .;") for p in re.split(r"[,;]\s*(?![^()]*\))", text)]
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        folded = fold(part)
        folded = re.sub(r"^(?:va|voi)\s+", "", folded)
        # "Trưởng thôn Khòn Khuông, Bản Cằm", "UBND các xã Hòa Lạc, Tân
        # Thành": more names of the places the unit before names.
        place_list = bool(
            out
            and re.search(r"\b(?:thôn|bản|xã|khối|xóm|làng) [A-ZĐ]", out[-1], re.I)
            and (
                name := re.fullmatch(
                    r"(?:(?:Thôn|Bản|Khối|Xóm|Làng) )?([A-ZĐ]\w*(?: [A-ZĐ]\w*){0,3})",
                    part,
                )
            )
            and not ORG_WORDS.search(fold(name.group(1)))
        )
        each = (
            re.fullmatch(
                r"(?P<body>(?:(?!\bcác\b).)+?\b(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)) [A-ZĐ]\w*(?: [A-ZĐ0-9]\w*){0,3}",
                out[-1],
                re.IGNORECASE,
            )
            if out
            and re.fullmatch(r"[A-ZĐ]\w*(?: [A-ZĐ0-9]\w*){0,3}", part)
            and not ORG_WORDS.search(folded)
            else None
        )
        if each:
            # "UBND xã Thạch Ngọc, Thạch Sơn": the committee of each commune
            # (not "UBND các xã Hòa Lạc, Tân Thành", nor a village's head).
            out.append(f"{each.group('body')} {part}")
        elif out and (
            place_list
            or not (ORG_WORDS.search(folded) or ABBREVIATED.match(part))
            or (
                # "Các phòng, ban, ngành xã": more kinds of body the list
                # counts, not "Ban phát triển các ấp" (a body's own name).
                fold(out[-1]).startswith("cac ")
                and re.match(r"(?:nganh|ban|doan the|hoi|don vi|co quan)\b", folded)
                and (len(folded.split()) <= 3 or not part[:1].isupper())
            )
            or re.fullmatch(
                r"(?:cac\s+)?(?:ban|nganh|doan the|hoi|doan|thi tran|phuong|khoi pho|khu pho|to dan pho|don vi|co quan)(?:\s+(?:xa|huyen|tinh|thon))?"
                # "UBND các xã, phường có lễ hội": which of them.
                r"(?:\s+(?:co|noi|lien quan|tren dia ban)\b.*)?",
                folded,
            )
            or _rest_of_a_name(part)
        ):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(re.sub(r"^(?:và|với)\s+", "", part))
    return [piece for unit in out for piece in _and_units(unit)]


# "Văn phòng HĐND và UBND xã": one office of the two bodies it serves.
_GOVERNING = r"(?:hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan|dang uy|huyen uy|tinh uy|thanh uy)\b"
_SHARED_OFFICE = re.compile(rf"^van phong\s+{_GOVERNING}\s*$")
# "Ủy ban MTTQ và các đoàn thể", "Ủy ban MTTQ Việt Nam xã và các hội, đoàn
# thể": the Front with its member organisations, written as one body.
_FRONT_AND_MEMBERS = re.compile(r"^(?:.*\b)?(?:mat tran|mttq|ubmttq)\b.*$")
_MEMBERS = re.compile(r"^cac\s+(?:doan the|to chuc|hoi)\b")


def _and_units(unit: str) -> list[str]:
    """A unit that is two joined by "và" ("Bảo hiểm xã hội khu vực và các
    thôn", "Phòng Văn hóa - Xã hội và Ban công tác Mặt trận các thôn"),
    each; only where both sides start with a kind of body, the right one
    written as a name (a capital) or as "các …", so that a name holding
    "và" stays whole: "Sở Nông nghiệp và Môi trường", "Phòng Văn hóa và
    Thông tin" (no body after "và"), "Văn phòng HĐND và UBND xã" (one
    office), "Ban phát triển thôn A và thôn B" (a place, not a body)."""
    folded = folded_same_length(unit)
    depth = 0
    for m in re.finditer(r"[()]|\s+và\s+", unit):
        if m.group() in "()":
            depth += 1 if m.group() == "(" else -1
            continue
        if depth:
            continue
        left, right = unit[: m.start()], unit[m.end() :]
        fl, fr = folded[: m.start()].strip(), folded[m.end() :]
        two = (
            (_BODY_HEAD.match(fl) or ABBREVIATED.match(left))
            and _BODY_HEAD.match(fr)
            and (right[:1].isupper() or fr.startswith("cac "))
            and not _NOT_A_BODY.match(fr)
        )
        one = (_SHARED_OFFICE.match(fl) and re.match(_GOVERNING, fr)) or (
            _FRONT_AND_MEMBERS.match(fl) and _MEMBERS.match(fr)
        )
        if not two or one:
            continue
        return [left.strip(), *_and_units(right.strip())]
    return [unit]


# A time that opens an item before a colon ("Quý II/2027: hoàn thành …",
# "Trong tháng 3/2027: tổ chức …", "Từ tháng 4 đến tháng 6/2027: …",
# "Tháng 8 - 9/2027: …", "6 tháng đầu năm 2027: …"): its first word is one
# of a time, and time_range reads the whole of it.
_TIME_HEAD = re.compile(
    r"^(?:trong|truoc|tu|den|cuoi|dau|ca|het|nua|quy|thang|nam|ngay|\d|thuong xuyen|hang|dinh ky)\b"
)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _leading(text: str) -> tuple[str, dict[str, str]]:
    """An item that opens with its time or its lead before a colon: "Quý
    II/2027: hoàn thành …" (the time), "Công an xã: xây dựng …" (the body
    leads). The work after the colon comes back, its first letter a
    capital; a label line ("Đơn vị được giao: …") is no such item."""
    head, sep, rest = _partition_outside_brackets(text.strip(), ":")
    rest = rest.strip()
    if not sep or not rest or len(head) > 80 or attribute(text):
        return text, {}
    folded = fold(head).strip(" .")
    if (
        _TIME_HEAD.match(folded)
        and len(folded.split()) <= 10
        and not re.search(_ACTS, folded)
        and time_range(head, default_year=2000)
    ):
        return _capitalised(rest), {"time": head.strip(" .")}
    body = body_named(head)
    if body and (rest[:1].islower() or _WORK.match(fold(rest))):
        return _capitalised(rest), {"lead": body}
    return text, {}


def _assigned_first(text: str) -> tuple[str, dict[str, str]]:
    """An item that opens by assigning its work: "Giao Phòng Kinh tế, Phòng
    Văn hóa - Xã hội chủ trì xây dựng tuyến đường hoa": the work, its first
    letter a capital, and who leads it (several are read as co-leads)."""
    if not re.match(r"giao\s", text, re.IGNORECASE):
        return text, {}  # NOTE: most items; folding each one costs (bench)
    folded = folded_same_length(text)
    m = re.match(
        r"^giao\s+(?P<who>[^.;:()]{3,160}?)\s+(?:la (?:co quan|don vi)\s+)?chu tri"
        r"(?:\s+thuc hien)?\s*,?\s+(?P<work>\S.*)$",
        folded,
    )
    if not m or not _WORK.match(m.group("work")):
        return text, {}
    who = text[m.start("who") : m.end("who")].strip(" ,")
    if not all(is_unit(n) and not names_a_person(n) for n in units(who)):
        return text, {}
    return _capitalised(text[m.start("work") :]), {"lead": who}


def _ends_with_time(folded: str) -> re.Match | None:
    """ "…; hoàn thành trong 6 tháng đầu năm 2027", "…; thực hiện thường
    xuyên": the last clause after a semicolon, when it is only a time
    (after "hoàn thành" / "thực hiện" / "xong")."""
    last = next(reversed(list(re.finditer(r";\s+", folded))), None)
    if last is None:
        return None
    clause = folded[last.end() :].strip(" .")
    when = re.sub(r"^(?:hoan thanh|thuc hien|xong)\s+", "", clause)
    if (
        len(when.split()) <= 12
        and _TIME_HEAD.match(when)
        and _TIME_WORDS.search(clause)
        and time_range(when, default_year=2000)
    ):
        return last
    return None


def _ends_on_a_time(folded: str) -> re.Match | None:
    """ ", hoàn thành trong quý III/2027", ", thường xuyên", " trong tháng
    8/2027": the time a sentence ends on after a comma, or after no mark
    at all, when it is a time and nothing else — a comma also parts the
    work's own words ("…, tổ chức bình xét gia đình văn hóa năm 2026",
    "…, ngõ xóm vào Chủ nhật cuối tháng"), and with no mark only a month
    or a quarter after "trong" ("… tại các thôn trong tháng 11/2027")."""
    last = next(reversed(list(re.finditer(r",\s+", folded))), None)
    if last is not None:
        clause = folded[last.end() :].strip(" .")
        when = re.sub(r"^(?:hoan thanh|thuc hien|xong)\s+", "", clause)
        if _ONLY_A_TIME.match(when) and time_range(when, default_year=2000):
            return last
    bare = re.search(
        r"(?<![,;:])\s+(?=trong\s+(?:thang\s+\d{1,2}|quy\s+[ivx]+)\s*/\s*\d{4}\s*\.?\s*$)",
        folded,
    )
    if bare and not re.search(
        r"\b(?:hoan thanh|thuc hien|xong)$", folded[: bare.start()]
    ):
        return bare
    return None


def _ends_with_partners(text: str, folded: str) -> re.Match | None:
    """ "…, phối hợp Công an xã, Hội Liên hiệp Phụ nữ xã.": the partners the
    sentence ends on, every one of them a unit."""
    m = re.search(
        r",\s+(?=phoi hop(?:\s+voi)?\s+(?P<c>[^;:()]{3,200}?)\s*\.?\s*$)", folded
    )
    if m is None:
        return None
    named = units(text[m.start("c") : m.end("c")])
    if named and all(is_unit(n) and not names_a_person(n) for n in named):
        return m
    return None


# "…; gửi báo cáo về Văn phòng Điều phối", "…, báo cáo kết quả về Sở X",
# "…, gửi về Chi cục Y": the report a letter's ask is sent back with (its
# day already read as the ask's time).
_REPORT_BACK = re.compile(
    r"[,;]\s+(?:" + label_pattern("letter", "reports_back") + r")"
    r"\s+ve\s+[^,;.()]{3,120}$"
)
# A line that speaks of reporting (labels.toml [letter] reports_back): its
# day is the plan's reporting deadline.
_REPORTS = re.compile(r"\b(?:" + label_pattern("letter", "reports_back") + r")\b")
_COURTESY = re.compile(label_pattern("announce", "courtesies"))
# An organisation part's items that are duties whatever time they state
# (labels.toml [duty]).
_DUTY = re.compile(r"^(?:" + label_pattern("duty", "opens") + r")\b")
_ROUTINE = re.compile(r"\b(?:" + label_pattern("duty", "routine") + r")\b")
# An issuer's name wrapped in a narrow column (labels.toml [issuer]).
_NAME_GOES_ON_AFTER = re.compile(
    r"\b(?:" + label_pattern("issuer", "goes_on_after") + r")$"
)
_NAME_GOES_ON_FROM = re.compile(
    r"^(?:" + label_pattern("issuer", "goes_on_from") + r")\s"
)
_NOT_SUBJECT = re.compile(r"^(?:" + label_pattern("letter", "not_subject") + r")\b")


def _inline(text: str) -> tuple[str, dict[str, str]]:
    """Attributes written inside the sentence, in brackets: "(Phòng NN&PTNT
    chủ trì, phối hợp UBND các xã; hoàn thành trước ngày 30/6/2025)", or
    after it in the same paragraph: "… công nhận. Chủ trì: UBND xã; phối hợp:
    …; thời gian: tháng 8/2024." The text comes back without them."""
    text, found = _leading(text)
    if not found:
        text, found = _assigned_first(text)
    # "(Phòng Kinh tế (cán bộ phụ trách) chủ trì)", "(Phòng Kinh tế (đ/c …)
    # chủ trì)": a bracket inside a bracket after a unit says who in it is in
    # charge, or only their role; it is not the lead. A role alone
    # ("Chủ trì: Phòng Kinh tế (cán bộ phụ trách); …") is never the lead.
    for m in reversed(list(re.finditer(r"\s*\(([^()]{3,200})\)", text))):
        outer = text[: m.start()]
        person = _bracket_person(m.group(1))
        if person is None or (person and outer.count("(") <= outer.count(")")):
            continue
        if person:
            found.setdefault("official", person)
        text = text[: m.start()] + text[m.end() :]
    for m in reversed(list(re.finditer(r"\(([^()]{4,300})\)", text))):
        inside = m.group(1)
        folded = folded_same_length(inside)
        if _ONLY_A_TIME.match(folded.strip(" .;")) and not text[m.end() :].strip(" .;"):
            # "Hướng dẫn thanh quyết toán vốn (Quý IV/2026).": a bracket that
            # ends the task and holds only a time is its time.
            found.setdefault("time", inside.strip(" .;"))
            text = text[: m.start()].rstrip()
            continue
        if not text[m.end() :].strip(" .;") and (bare := _bare_bracket(inside)):
            # "… thành viên (P.KT, HTX NN Quang Sơn; Quý II/2026).": units,
            # then a time, and no verb: the first unit leads.
            for name, value in bare.items():
                found.setdefault(name, value)
            text = text[: m.start()].rstrip()
            continue
        if not text[m.end() :].strip(" .;") and (bodies := _bodies_only(inside)):
            # "… cổng ngõ (Hội Nông dân xã).": a bracket that ends the task
            # and names only bodies: the first leads, the others take part.
            for name, value in bodies.items():
                found.setdefault(name, value)
            text = text[: m.start()].rstrip()
            continue
        if not re.search(
            r"\bchu tri\b|\bphoi hop\b|\bthoi gian\b|\bthoi han\b|\bhoan thanh\b|\btruoc ngay\b|\bkinh phi\b|\btham muu\b|\bthuc hien\b|\bphu trach\b",
            folded,
        ):
            continue
        attributes = _clauses(inside)
        if not attributes:
            continue
        for name, value in attributes.items():
            found.setdefault(name, value)
        text = (text[: m.start()].rstrip() + " " + text[m.end() :].lstrip()).strip()
    folded = folded_same_length(text)
    if (
        "time" not in found
        and not _ends_with_time(folded)
        and (when := _ends_on_a_time(folded))
        and when.start() > 10
        and _clauses(stated := text[when.end() :].strip(" .,")).get("time")
    ):
        # "…, phối hợp với Hội Nông dân xã, hoàn thành trong năm 2027.": the
        # time comes off first; the sentence before it may end on its
        # partners, or on a label.
        found["time"] = stated
        text = text[: when.start()].rstrip(" ,")
        folded = folded_same_length(text)
    labels = WHO_AND_WHEN
    candidates = [
        # "… thôn 3. Chủ trì: Phòng Kinh tế; …", "… thôn 3. Chủ trì - …".
        re.search(rf"[.;:]\s+(?=(?:{labels})\s*(?::|[-–]\s))", folded),
        re.search(
            r"\.\s+(?=giao\s+[^.]{3,120}?\s+(?:chu tri|(?:to chuc\s+)?thuc hien)\b)",
            folded,
        ),
        # "… rộng 3,5 m. Công an xã chủ trì; thực hiện thường xuyên.": a
        # sentence of its own whose subject, a unit, leads the work.
        next(
            (
                m
                for m in re.finditer(
                    r"\.\s+(?=(?P<u>[^.,;:]{3,120}?)\s+(?:la (?:co quan|don vi)\s+)?chu tri\b)",
                    folded,
                )
                if text[m.end() : m.end() + 1].isupper()
                and is_unit(text[m.start("u") : m.end("u")])
            ),
            None,
        ),
        # "… thôn Bản Quyền Phụ trách: Đ/c …": the task and its first label
        # run together in one line (a PDF's paragraph); the label's capital
        # marks where the task ends.
        next(
            (
                m
                for m in re.finditer(rf"\s+(?=(?:{labels})\s*:)", folded)
                if text[m.end() : m.end() + 1].isupper()
            ),
            None,
        ),
        _ends_with_time(folded),
        _ends_with_partners(text, folded),
        # "Báo cáo kết quả về Sở X trước ngày 15/12/2026.": the day the
        # sentence ends on is the task's time, not its name.
        re.search(
            r"[,;]?\s+(?=(?:va\s+)?(?:hoan thanh\s+|cham nhat\s+|xong\s+)?truoc ngay\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*\.?\s*$)",
            folded,
        ),
    ]
    # The first place the attributes begin.
    tail = min((m for m in candidates if m), key=lambda m: m.start(), default=None)
    if (
        tail
        # "1. Làm đường. Chủ trì: X": a short title of two words or more
        # before the labels that a full stop ends.
        and (
            tail.start() > 10
            or (tail is candidates[0] and len(text[: tail.start()].split()) >= 2)
        )
        and text[: tail.start()].count("(") == text[: tail.start()].count(")")
    ):
        rest = text[tail.end() :].rstrip(". ")
        # "… Giao: Phòng Kinh tế, phối hợp: Ban phát triển các thôn. Thời
        # gian: Quý II/2027": each label's value ends where the next starts.
        attributes = {}
        for name, value in labelled(rest):
            attributes.setdefault(name, value)
        attributes = attributes or _clauses(rest)
        if attributes:
            for name, value in attributes.items():
                found.setdefault(name, value)
            text = text[: tail.start() + 1].rstrip(" ;:,")
    text = re.sub(r"\s+([.;,])", r"\1", text)
    return text, found


def is_unit(name: str) -> bool:
    """A name that may be a unit's: a body's words or an abbreviation, no
    verb of the work, not the people."""
    folded = fold(name)
    return bool(
        0 < len(folded.split()) <= 12
        and (ORG_WORDS.search(folded) or ABBREVIATED.match(name))
        and not re.search(_ACTS, folded)
        and not THE_PEOPLE.match(folded)
    )


def _bare_bracket(inside: str) -> dict[str, str]:
    """A bracket of units then a time, with no verb: "(P.KT, HTX NN Quang
    Sơn; Quý II/2026)", "(Hội ND; định kỳ 6 tháng)". The first unit leads,
    the others take part; {} for anything else."""
    clauses = [c.strip(" .,") for c in re.split(r";\s*", inside.strip(" .;"))]
    if (
        len(clauses) < 2
        or not _TIME_WORDS.search(fold(clauses[-1]))
        or re.search(_ACTS + r"|\bphu trach\b", fold(inside))
    ):
        return {}
    names = [u for c in clauses[:-1] for u in units(c)]
    if not names or not all(is_unit(n) and not names_a_person(n) for n in names):
        return {}
    found = {"lead": names[0], "time": clauses[-1]}
    if names[1:]:
        found["coordinating"] = "; ".join(names[1:])
    return found


def _bodies_only(inside: str) -> dict[str, str]:
    """A bracket that names bodies and nothing else: "(Hội Nông dân xã)",
    "(Trạm Y tế xã, Hội Phụ nữ xã)". Each name starts with a kind of body
    (not "thôn Đông", a place, nor "Hội nghị", an event); {} for any other."""
    names = units(inside.strip(" .;,"))
    if not names or ";" in inside or len(names) > 4:
        return {}
    for name in names:
        folded = fold(name)
        if (
            not _BODY_HEAD.match(folded)
            # "(dài 1,5 km)": a body's name is written with a capital
            # ("Đài Truyền thanh xã") or counts them ("các thôn").
            or not (name[:1].isupper() or folded.startswith("cac "))
            or _NOT_A_BODY.match(folded)
            or re.match(r"^thon\s", folded)
            or not is_unit(name)
            or names_a_person(name)
            or _TIME_WORDS.search(folded)
        ):
            return {}
    found = {"lead": names[0]}
    if names[1:]:
        found["coordinating"] = "; ".join(names[1:])
    return found


def _clauses(text: str) -> dict[str, str]:
    """ "Phòng X chủ trì, phối hợp Y; hoàn thành trước ngày …" → attributes."""
    found: dict[str, str] = {}
    for clause in re.split(r";\s*", text):
        clause = clause.strip(" .,")
        if not clause:
            continue
        stated = attribute(clause, bare=True)
        if stated:
            found.setdefault(stated[0], stated[1])
            continue
        folded = folded_same_length(clause)
        m = re.match(
            r"^(?:giao\s+)?(?P<lead>.{3,120}?)\s+(?:la (?:co quan|don vi)\s+)?chu tri\b(?:\s*(?:thuc hien)?)?\s*(?:[,;]?\s*(?P<rest>.*))?$",
            folded,
        ) or re.match(
            # "Giao Phòng X thực hiện trong tháng 4/2025": the one it gives
            # the work to leads it.
            r"^giao\s+(?P<lead>.{3,120}?)\s+(?:to chuc\s+)?(?P<rest>thuc hien\b.*)$",
            folded,
        )
        if m:
            found.setdefault(
                "lead", clause[m.start("lead") : m.end("lead")].strip(" ,")
            )
            rest = m.group("rest") or ""
            # "… thực hiện, hoàn thành trong Quý IV/2024", "… thực hiện
            # thường xuyên": the time after the work.
            when = re.search(r"\bthuc hien\b[,\s]*(?P<t>.+)$", rest) or re.match(
                r"^(?P<t>(?:hoan thanh|thoi gian|trong|truoc|thuong xuyen)\b.+)$", rest
            )
            if when and _TIME_WORDS.search(when.group("t")):
                start = m.start("rest") + when.start("t")
                found.setdefault("time", clause[start:].strip(" ,."))
            if rest:
                start = m.start("rest")
                coordinating = re.match(
                    # "… phối hợp Y thực hiện", "… phối hợp Y triển khai,
                    # hoàn thành …": the partner, up to the verb.
                    r"^phoi hop(?: voi)?\s+(?P<c>.+?)(?:\s+(?:(?:to chuc\s+)?thuc hien\b"
                    r"|(?:trien khai|huong dan|tong hop)\s*(?=[,.;]|$)).*)?$",
                    rest,
                ) or re.match(
                    # "Phòng Kinh tế chủ trì, ĐTN xã phối hợp": the partner
                    # before its verb, after a comma.
                    r"^(?P<c>[^,;]{3,120}?)\s+phoi hop(?:\s+thuc hien)?\b",
                    rest,
                )
                if coordinating:
                    found.setdefault(
                        "coordinating",
                        clause[
                            start + coordinating.start("c") : start
                            + coordinating.end("c")
                        ].strip(" ,."),
                    )
            continue
        m = re.match(r"^phoi hop(?: voi)?\s+(?P<c>.+)$", folded)
        if m:
            found.setdefault("coordinating", clause[m.start("c") :].strip(" ,."))
            continue
        # "(Văn phòng UBND xã thực hiện, thường xuyên)", "Trưởng các thôn
        # thực hiện": a unit that does the work leads it, with or without
        # "chủ trì"; the time may follow the verb.
        m = re.match(
            r"^(?P<lead>[^,;]{3,120}?)\s+(?:to chuc\s+)?thuc hien\b[,\s]*(?P<t>.*)$",
            folded,
        )
        if (
            m
            and "lead" not in found
            and ORG_WORDS.search(m.group("lead"))
            and not THE_PEOPLE.match(m.group("lead"))
            and (not m.group("t") or _TIME_WORDS.search(m.group("t")))
        ):
            found["lead"] = clause[: m.end("lead")].strip(" ,")
            if m.group("t"):
                found.setdefault("time", clause[m.start("t") :].strip(" ,."))
            continue
        # "(Đ/c Lý Văn Nam - Phó Chủ tịch UBND xã phụ trách; Quý II/2026)":
        # the one in charge, a body or a person, at the end of its clause.
        m = re.match(
            r"^(?P<lead>[^,;]{3,120}?)\s+phu trach(?:\s*,\s*(?P<t>.*))?$", folded
        )
        if (
            m
            and "lead" not in found
            and (ORG_WORDS.search(m.group("lead")) or names_a_person(clause))
            and (not m.group("t") or _TIME_WORDS.search(m.group("t")))
        ):
            found["lead"] = clause[: m.end("lead")].strip(" ,")
            if m.group("t"):
                found.setdefault("time", clause[m.start("t") :].strip(" ,."))
            continue
        # "Đoàn Thanh niên xã phối hợp": the partner before the verb.
        m = re.match(r"^(?P<c>.{3,120}?)\s+phoi hop(?:\s+thuc hien)?$", folded)
        if m and "lead" in found:
            found.setdefault("coordinating", clause[: m.end("c")].strip(" ,."))
            continue
        # "Hội Nông dân xã phối hợp vận động nhân dân": a unit, then its
        # verb and what it does.
        m = re.match(r"^(?P<c>[^,]{3,120}?)\s+phoi hop\s+\w", folded)
        if m and "lead" in found and is_unit(clause[: m.end("c")]):
            found.setdefault("coordinating", clause[: m.end("c")].strip(" ,."))
            continue
        if _TIME_WORDS.search(folded):
            found.setdefault("time", clause)
    return found


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
        if name == "lead" and names_a_person(value):
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


def _bulleted_details(text: str) -> list[str]:
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


def _labelled_details(text: str) -> list[str]:
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


# A unit's role marked after its name (labels.toml [mark]): "(chủ trì)",
# "(CT)", "(phối hợp)", "(PH)" in brackets, or "chủ trì" / "phối hợp" with
# none at the end of a clause ("X chủ trì; Y, Z phối hợp"), folded.
_LEAD_MARKS = label_pattern("mark", "lead")
_MARK = re.compile(
    r"\(\s*(?P<bracket>"
    + _LEAD_MARKS
    + "|"
    + label_pattern("mark", "coordinating")
    + r")\s*\)|(?<=[^\s(,;])\s+(?P<bare>chu tri|phoi hop)(?:\s+thuc hien)?\s*(?=[;,.]|$)"
)


def marked_units(text: str) -> dict[str, str] | None:
    """The lead and partners of a list whose units carry their role after
    their name: "Ban Quản lý dự án xã (chủ trì); Ban phát triển ấp 3 (phối
    hợp)", "Phòng Kinh tế (CT); Điện lực, Đoàn Thanh niên xã (PH)", "X chủ
    trì; Y, Z phối hợp". The units named since the last mark take the mark's
    role (split on "," and ";"); units after the last mark take part; with
    no unit marked to lead, the first named leads. None when `text` has no
    such mark, or reads as a sentence ("X chủ trì, phối hợp Y": _clauses)."""
    folded = folded_same_length(text)
    marks = list(_MARK.finditer(folded))
    if not marks:
        return None
    named: dict[str, list[str]] = {"lead": [], "coordinating": []}
    start = 0
    for m in marks:
        mark = m.group("bracket") or m.group("bare")
        role = "lead" if re.fullmatch(_LEAD_MARKS, mark) else "coordinating"
        segment = text[start : m.start()].strip(" ,;.")
        if not segment or re.match(r"(?:chu tri|phoi hop|thuc hien)\b", fold(segment)):
            return None
        named[role] += units(segment)
        start = m.end()
    rest = text[start:].strip(" ,;.")
    if rest:
        if re.match(r"(?:chu tri|phoi hop|thuc hien)\b", fold(rest)):
            return None
        named["coordinating"] += units(rest)
    if not named["lead"]:
        named["lead"], named["coordinating"] = (
            named["coordinating"][:1],
            named["coordinating"][1:],
        )
    # Each a name (a capital, or "các …"), not a sentence's verb.
    if not all(
        0 < len(u.split()) <= 12
        and (u[:1].isupper() or fold(u).startswith("cac "))
        and not re.search(_ACTS, fold(u))
        for role in named.values()
        for u in role
    ):
        return None
    found = {"lead": ", ".join(named["lead"])}
    if named["coordinating"]:
        found["coordinating"] = "; ".join(named["coordinating"])
    return found


def _assignment(values: dict[str, str]) -> None:
    """A lead label whose value is itself a sentence ("Giao: Phòng Kinh tế
    chủ trì, phối hợp Trưởng các thôn thực hiện"; "Trách nhiệm: Phòng Văn
    hóa chủ trì; Đoàn Thanh niên phối hợp"): the lead, partners and time it
    states. "Công an xã thực hiện" leads without the verb."""
    lead = values.get("lead", "")
    if not lead:
        return
    if marked := marked_units(lead):
        values["lead"] = marked["lead"]
        partners = [values.get("coordinating", ""), marked.get("coordinating", "")]
        if any(partners):
            values["coordinating"] = "; ".join(p for p in partners if p)
        return
    folded = folded_same_length(lead)
    if re.search(r"\bchu tri\b|\bphoi hop\b", folded):
        stated = _clauses(lead.rstrip(". "))
        # "Phòng Văn hóa - Xã hội; phối hợp Ủy ban MTTQ …": the unit named
        # before the partners, with no verb of its own, leads.
        first = re.match(r"^(?P<u>[^;]{3,120}?)\s*[;,]\s*(?=phoi hop\b)", folded)
        if not stated.get("lead") and first and is_unit(lead[: first.end("u")]):
            stated = _clauses(lead[first.end() :].rstrip(". "))
            stated["lead"] = lead[: first.end("u")].strip(" ,")
        if stated.get("lead"):
            values["lead"] = stated.pop("lead")
            for name, value in stated.items():
                values.setdefault(name, value)
            return
    m = re.search(r"\s+(?:to chuc\s+)?thuc hien\s*\.?$", folded)
    if m and m.start() > 2:
        values["lead"] = lead[: m.start()].strip(" ,")


def _note_assigns(note: str) -> dict[str, str]:
    """The lead and partners a table's "Ghi chú" cell assigns the row's
    work to ("Giao X chủ trì; Y phối hợp", "X chủ trì, phối hợp Y", "X
    thực hiện"), {} for a note that assigns nothing ("Vốn NTM")."""
    values = {"lead": re.sub(r"^giao\s+", "", note.strip(), flags=re.IGNORECASE)}
    _assignment(values)
    lead = values["lead"]
    if fold(lead) == fold(note.strip()) or not all(
        is_unit(n) and not names_a_person(n) for n in units(lead)
    ):
        return {}
    return values


# Where an advising unit's name ends and the person it names starts:
# "Phòng Kinh tế (đ/c Trần Văn Bình – công chức …)", "(công chức Văn hóa -
# Xã hội Lê Thị Mai)", "Phòng Kinh tế, đồng chí …", "Phòng Kinh tế – ông …".
_ADVISER = re.compile(r"(?:cong chuc|can bo|chuyen vien)\s+\w")
_PERSON_AFTER = re.compile(r"\s*[,–-]\s*(?=(?:d\s*/\s*c|dong chi|ong|ba)\s)")


# A bracket that names a role and no one (labels.toml [attribute] roles and
# official): "(cán bộ phụ trách)", "(công chức)".
_ROLE_ONLY = re.compile(
    r"(?:"
    + label_pattern("attribute", "official")
    + "|"
    + label_pattern("attribute", "roles")
    + r")(?:\s+(?:thuc hien|chinh|phu trach))?"
)


def _bracket_person(inside: str) -> str | None:
    """What a bracket after a unit says of the one in charge: "" for a role
    and no one ("cán bộ phụ trách"), the person for "đ/c …", "công chức …
    Lê Thị Mai" or "công chức phụ trách: Nguyễn Văn A" (without its label);
    None for a bracket of anything else."""
    inside = inside.strip(" .;")
    if _ROLE_ONLY.fullmatch(" ".join(fold(inside).split())):
        return ""
    stated = attribute(inside)
    if stated and stated[0] in ("official", "leader") and stated[1]:
        return stated[1]
    if names_a_person(inside) or _ADVISER.match(fold(inside)):
        return inside
    return None


def _unit_and_person(lead: str) -> tuple[str, str]:
    """(the unit, the person it names) of an advising unit's value, or ("",
    "") when it names no one; a bracket of a role alone is dropped ("Phòng
    Kinh tế (cán bộ phụ trách)" → the unit and no one)."""
    m = re.fullmatch(r"(?P<u>[^()]{3,120}?)\s*\((?P<p>[^()]{3,200})\)\s*\.?", lead)
    if m:
        person = _bracket_person(m.group("p"))
        if person is not None:
            return m.group("u").strip(" ,"), person
        return "", ""
    for cut in _PERSON_AFTER.finditer(folded_same_length(lead)):
        if cut.start() >= 3 and names_a_person(_capitalised(lead[cut.end() :])):
            return lead[: cut.start()].strip(" ,"), lead[cut.end() :].strip(" .;")
    return "", ""


def _advising(values: dict[str, str], sources: dict[str, str], description) -> None:
    """ "Bộ phận tham mưu: Phòng Kinh tế (đ/c Trần Văn Bình – công chức …)":
    the unit leads and the person it names is the task's official. The
    leader in charge ("Lãnh đạo phụ trách: đ/c …") is the official only when
    no one else is named; otherwise a line of the description."""
    unit, person = _unit_and_person(values.get("lead", ""))
    if unit and is_unit(unit):
        values["lead"] = unit
        if not values.get("official"):
            values["official"] = person
            sources["official"] = sources.get("lead", "line")
    leader = values.pop("leader", "")
    source = sources.pop("leader", "line")
    if not leader:
        return
    if values.get("official"):
        description.append(f"Lãnh đạo phụ trách: {leader}")
    else:
        values["official"] = leader
        sources["official"] = source


def _sentence_attributes(text: str) -> dict[str, str]:
    """A line that assigns the work in a sentence: "Giao Phòng Văn hóa chủ
    trì, phối hợp với Đoàn Thanh niên thực hiện.", or that gives details
    first and assigns them in a sentence of its own ("Quy mô 05 vườn. Hội
    Nông dân xã chủ trì; thời gian: Quý IV/2026."): the details come back
    as its content."""
    details, stated = _inline(text)
    if (
        details != text
        and details.endswith(".")
        and text.startswith(details)
        and ({"lead", "official"} & set(stated))
    ):
        return {"content": details, **stated}
    folded = folded_same_length(text)
    if not re.search(r"\bchu tri\b", folded) or len(text) > 300:
        return {}
    if not re.match(
        # Not across a full stop: "Đầu tư … Kim Đồng. Giao Phòng X chủ trì"
        # is a task, then its assignment (_inline), never a lead.
        r"^(?:giao\s+)?(?:(?!\.\s)[^,;]){3,120}?\s+(?:la (?:co quan|don vi)\s+)?chu tri\b",
        folded,
    ):
        return {}
    return _clauses(text.rstrip(". "))


# The words a sentence that leads a list ends with before its colon
# (labels.toml [lead_in]): "… thực hiện các nội dung sau:", "… tổ chức thực
# hiện:", "… có trách nhiệm:".
_LEAD_IN_TAIL = re.compile(
    r"(?:[\s,]+(?:" + label_pattern("lead_in", "verbs") + r"))?"
    r"(?:[\s,]+(?:" + label_pattern("lead_in", "objects") + r"))?"
    r"(?:[\s,]+(?:" + label_pattern("lead_in", "tails") + r"))?"
    r"\s*:\s*$"
)


_ASSIGNS = re.compile(r"^(?:" + label_pattern("lead_in", "assigns") + r")\s+")


def lead_in(text: str) -> dict[str, str]:
    """Who a sentence that leads a list gives the work to: "Giao Phòng Kinh
    tế chủ trì, phối hợp với Ban phát triển các ấp thực hiện các nội dung
    sau:" → the lead and the partners; "Giao UBND các thôn:", "Đoàn Thanh
    niên xã có trách nhiệm:" → the lead. {} when it names no body ("Các
    nhiệm vụ cụ thể như sau:", "Yêu cầu: …")."""
    text = text.strip()
    if not text.endswith(":"):
        return {}
    folded = folded_same_length(text)
    tail = _LEAD_IN_TAIL.search(folded)
    core = text[: tail.start()].strip(" ,") if tail else ""
    if not core or ":" in core:
        return {}
    found: dict[str, str] = {}
    folded = folded_same_length(core)
    if opening := _ASSIGNS.match(folded):
        core = core[opening.end() :]
        folded = folded[opening.end() :]
    if re.search(r"\bchu tri\b", folded):
        stated = _clauses(core)
        lead = stated.get("lead", "")
        if lead and is_unit(lead) and not names_a_person(lead):
            found["lead"] = lead
            if stated.get("coordinating"):
                found["coordinating"] = stated["coordinating"]
        return found
    # "Giao Hội Nông dân xã, phối hợp với các thôn", "Giao UBND các thôn".
    m = re.match(r"^(?P<lead>.+?)(?:\s*,?\s+phoi hop(?:\s+voi)?\s+(?P<c>.+))?$", folded)
    lead = body_named(core[: m.end("lead")]) if m else ""
    if lead:
        found["lead"] = lead
        if m.group("c"):
            found["coordinating"] = core[m.start("c") :].strip(" ,.")
    return found


# A letter's sentence before its asks: it gives the work ("đề nghị",
# "yêu cầu", "giao" anywhere in it) and ends with what it gives ("… các nội
# dung sau:", "… tổ chức thực hiện:").
_ASKS = re.compile(r"\b(?:" + label_pattern("lead_in", "assigns") + r")\s+")
_ASKS_END = re.compile(
    r"(?:\b(?:"
    + label_pattern("lead_in", "objects")
    + r")(?:\s+(?:"
    + label_pattern("lead_in", "tails")
    + r"))?|\b(?:"
    + label_pattern("lead_in", "verbs")
    + r"))\s*:\s*$"
)
# Where the name of who is asked ends: a manner ("khẩn trương"), a verb of
# the lead-in or of work of two words or more (one word folds to too many
# others: "cấp", "trong"), a partner ("phối hợp với …") or an approval.
_ASKED_ENDS = re.compile(
    r"\s(?:"
    + "|".join(
        [
            label_pattern("letter", "manners"),
            label_pattern("letter", "partners"),
            label_pattern("letter", "approvals"),
            label_pattern("lead_in", "verbs"),
        ]
        + [
            r"\s+".join(map(re.escape, verb.split()))
            for verb in sorted(LABELS["work"]["verbs"], key=len, reverse=True)
            if " " in verb
        ]
    )
    + r")\b"
)
_NAME_HEAD = re.compile(r"\b(?:" + label_pattern("letter", "name_heads") + r")$")
_PARTNER = re.compile(r"^(?:" + label_pattern("letter", "partners") + r")$")
_APPROVAL = re.compile(r"^(?:" + label_pattern("letter", "approvals") + r")$")
_NOT_ASKED_AFTER = re.compile(
    r"\b(?:" + label_pattern("letter", "not_asked_after") + r")\s*$"
)
_NOT_ASKED_BEFORE = re.compile(
    r"^(?:" + label_pattern("letter", "not_asked_before") + r")\b"
)
_BEFORE_A_BODY = re.compile(
    r"^(?:" + label_pattern("letter", "before_a_body") + r")\s+$"
)
# The body an ask in lower case must be right before: a kind of body, a
# level's areas ("các xã", "các huyện") or a word of address.
_A_BODY = re.compile(
    r"^(?:"
    + BODY_KINDS
    + rf"|(?:cac\s+)?(?:{LEVELS})\b|"
    + label_pattern("letter", "addressees")
    + r")"
)
_ADDRESSEES = re.compile(r"^(?:" + label_pattern("letter", "addressees") + r")$")
_NOT_A_LETTER = re.compile(r"^(?:" + label_pattern("letter", "not_letters") + r")$")


def _subject_goes_on(subject: str, line: Line) -> bool:
    """`line` goes on a letter's "V/v …" subject wrapped in its column: a
    short line that is none of the header's other parts (the motto, the
    place and date, "Kính gửi", the number), no basis and no sentence."""
    text = line.text.strip()
    folded = fold(text)
    return bool(
        text
        and not line.used
        and not subject.rstrip().endswith((".", ":", ";"))
        and len(text) <= 90
        and not text.isupper()
        and not text.endswith(":")
        and not place_date(text)
        and not NUMBER_LINE.match(text)
        and marker(text)[0] == "text"
        and not _NOT_SUBJECT.match(folded)
    )


def _asks_here(text: str, folded: str, m: re.Match) -> bool:
    """The assigns word `m` gives work where it stands: said in lower case
    or opening a sentence ("Sở Giao thông", "Phòng Giáo dục" name a body),
    not as a noun ("Thực hiện đề nghị của …") nor passive ("được giao"),
    and "giao" only right before the body it gives the work to (never
    "giao thông", "giao vốn")."""
    before = text[: m.start()]
    after = text[m.end() :]
    if not (text[m.start()].islower() or re.search(r"(?:^|[.!?;:])\s*$", before)):
        return False
    if _NOT_ASKED_AFTER.search(folded[: m.start()]):
        return False
    if after[:1].islower() and _NOT_ASKED_BEFORE.match(folded[m.end() :]):
        return False
    return not (
        _BEFORE_A_BODY.match(folded[m.start() : m.end()])
        and not after[:1].isupper()
        and not _A_BODY.match(folded[m.end() :])
    )


def _asked_ends(text: str, folded: str) -> tuple[int, int, str] | None:
    """Where the name at the start of `text` (who a letter asks) ends: at
    the first manner, verb, partner or approval that is not the name's own
    word ("Ban Chỉ đạo …", "các tổ chức chính trị - xã hội …"): its start,
    its end and its words."""
    for stop in _ASKED_ENDS.finditer(" " + folded):
        # " " + folded: the stop's space is one before its word in `text`.
        at, to = stop.start(), stop.end() - 1
        if text[at : at + 1].isupper() or _NAME_HEAD.search(folded[:at].rstrip()):
            continue
        return at, to, folded[at:to]
    return None


def _asked_body(who: str) -> bool:
    """`who` may be the body (or bodies, "A và B") a letter asks."""
    return not names_a_person(who) and (
        is_unit(who) or all(is_unit(part) for part in re.split(r"\s+và\s+", who))
    )


def letter_lead_in(text: str) -> dict[str, str] | None:
    """Who a letter's sentence hands the asks after it to: "… Văn phòng
    Điều phối đề nghị UBND các xã, phường triển khai các nội dung sau:" →
    the lead "UBND các xã, phường" (and partners, after "… chủ trì, phối
    hợp …" or "… phối hợp với …"); {} when it names the addressees by a
    word of address ("đề nghị Quý cơ quan …", "yêu cầu các cơ quan, đơn vị
    …") or not at all; None when it hands no work ("… còn các xã sau chưa
    gửi báo cáo:", "Thực hiện đề nghị của …, Phòng X có ý kiến về các nội
    dung sau:") or asks an approval ("… đề nghị HĐND xã xem xét, thông qua
    các nội dung sau:")."""
    text = text.strip()
    folded = folded_same_length(text)
    end = _ASKS_END.search(folded)
    asks = [
        m
        for m in _ASKS.finditer(folded)
        if end and m.end() <= end.start() and _asks_here(text, folded, m)
    ]
    if not end or not asks:
        return None
    start = asks[-1].end()
    rest = folded[start : end.start()]
    if re.search(r"\bchu tri\b", rest):
        return lead_in(text[start:])
    stop = _asked_ends(text[start : end.start()], rest)
    if stop and _APPROVAL.match(stop[2]):
        return None
    who = text[start : start + (stop[0] if stop else len(rest))].strip(" ,")
    found: dict[str, str] = {}
    if stop and _PARTNER.match(stop[2]):
        # "… UBND các xã phối hợp với Hợp tác xã X thực hiện …".
        after = text[start + stop[1] : end.start()]
        ends = _asked_ends(after, rest[stop[1] :])
        named = after[: ends[0]].strip(" ,") if ends else ""
        if named and _asked_body(named):
            found["coordinating"] = named
    if not who or _ADDRESSEES.match(" ".join(fold(who).split())):
        return found
    return {"lead": who, **found} if _asked_body(who) else found


def addressees_of(lines: list[Line]) -> list[str]:
    """The bodies a letter is sent to: "Kính gửi: UBND các xã, phường." or
    "Kính gửi:" over "- Ủy ban nhân dân các huyện;" lines."""
    found: list[str] = []
    listing = False
    for line in lines:
        folded = fold(line.text)
        if folded.startswith("kinh gui"):
            rest = line.text.split(":", 1)[1] if ":" in line.text else ""
            rest = rest.strip(" .;")
            found += [rest] if rest else []
            listing = not rest
            continue
        kind, _, item = marker(line.text)
        if listing and kind in BULLETS:
            found.append(item.strip(" .;,"))
            continue
        listing = False
    return [name for name in found if name]


# The sentence that announces a plan (outline.ANNOUNCED), folded with its
# length kept: who, the number ("88/KH-UBND"; a Party's "15-KH/ĐU"), the
# date ("05/12/2026", "20 tháng 01 năm 2027"); the rest is the title.
_ANNOUNCEMENT = re.compile(
    r"^(?P<who>.+?)\s+(?:da\s+)?(?:"
    + label_pattern("announce", "verbs")
    + r")\s+"
    + SENT_TO
    + r"(?:ke hoach|chuong trinh)\s+so\s*:?\s*"
    r"(?P<number>\d+)\s*[/-]\s*(?P<symbol>[^\s,;:]+)(?:[,;]?\s+ngay\s+"
    r"(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>\d{4})))?"
)
# How the sentence ends after the title: "… năm 2027:", "… như sau:",
# "…, cụ thể như sau:", "… với các nội dung sau:", "… ./.".
_ANNOUNCED_TAIL = re.compile(
    r"(?:,?\s*(?:cụ thể\s+)?như sau|\s+với\s+(?:các|những)\s+nội dung"
    r"(?:\s+(?:chính|cụ thể|chủ yếu))?(?:\s+như)?\s+sau)?\s*(?:[:.;]|\./\.)*\s*$",
    re.IGNORECASE,
)


class Reader:
    """Reads an Outline into a ParsedPlan."""

    def __init__(self, outline: Outline):
        self.outline = outline
        self.plan = ParsedPlan(doc_type=outline.doc_type)
        self.section_time = ""
        self.section_participants = ""
        self.section_method = ""
        # (body, "lead" or "coordinating", part, task numbers) the
        # organisation part gives by reference ("chủ trì các nhiệm vụ tại
        # mục 1, 3 Phần II").
        self.references: list[tuple[str, str, str, list[str]]] = []
        self.numbers: dict[int, int] = {}  # id(numbered block) → tasks counted
        # id(task) → the period heading it stands under ("Tháng 3/2027").
        self.periods: dict[int, str] = {}

    # ── header ──
    def header(self) -> None:
        plan = self.plan
        if self.outline.announcement is not None:
            self._announced(self.outline.announcement)
        groups: list[list[Line]] = []
        wrapped = _wrapped_dates(self.outline.header)
        for line in self.outline.header:
            text = line.text
            folded = fold(text)
            if line.used:
                # The end of a place and date wrapped above; a message's
                # greetings before the sentence that announces the plan.
                continue
            if m := PARTY_NUMBER_LINE.match(text) or NUMBER_LINE.match(text):
                plan.number = m.group("number").strip(".")
                plan.symbol = re.sub(r"\s+", "", m.group("symbol")).strip(".")
                line.used = "số, ký hiệu"
            elif id(line) in wrapped:
                text, more = wrapped[id(line)]
                self._date(PLACE_DATE.search(text), line)
                for other in more:
                    other.used = "địa danh, ngày"
            elif m := place_date(text):
                self._date(m, line)
            elif folded.startswith(
                (
                    "cong hoa xa hoi",
                    "doc lap - tu do",
                    "doc lap – tu do",
                    "doc lap-tu do",
                    # A Party document's motto, and the "*" under the
                    # committee's name.
                    "dang cong san viet nam",
                )
            ) or re.match(r"^(?:[-_=*.…]{3,}|\*{1,2})$", text):
                line.used = "quốc hiệu"
            elif re.fullmatch(r"\(?(?:du thao|ban du thao)\)?", folded):
                line.used = "dự thảo"
            elif FORM_LABEL.match(folded):
                line.used = FORM  # "Biểu số 02/NTM-XA" at the top right
            elif groups_motto_tail(text, self.outline.header, line):
                line.used = "quốc hiệu"
            elif text.isupper() and not plan.number:
                level_start = re.match(
                    r"^(?:xa|huyen|tinh|thanh pho|thi xa|phuong|thi tran|quan)\b",
                    folded,
                )
                previous = fold(groups[-1][-1].text) if groups else ""
                # A name wrapped in a narrow column: "ỦY BAN NHÂN DÂN XÃ" /
                # "KHUẤT XÁ" (a place name has no word of a body).
                place_tail = bool(
                    re.search(rf"\b(?:{LEVELS})$", previous)
                    and not ORG_WORDS.search(re.sub(rf"\b(?:{LEVELS})\b", " ", folded))
                )
                # "SỞ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG": one word alone is
                # the end of a name cut by a narrow column.
                # "PHÒNG NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG", "BAN CHỈ ĐẠO CÁC
                # CHƯƠNG TRÌNH" / "MỤC TIÊU QUỐC GIA": no name starts so.
                if groups and (
                    level_start
                    or place_tail
                    or len(text.split()) == 1
                    or _NAME_GOES_ON_AFTER.search(fold(groups[-1][-1].text))
                    or _NAME_GOES_ON_FROM.match(folded)
                ):
                    groups[-1].append(line)
                else:
                    groups.append([line])
        if groups:
            names = [" ".join(line.text for line in group) for group in groups]
            plan.header_agencies = [line.text for group in groups for line in group]
            plan.issuer_text, plan.issuer_source = names[-1], "header"
            # "BAN THƯỜNG TRỰC" under "ỦY BAN MTTQ VIỆT NAM XÃ BẮC SƠN": a
            # body named only by its role is the parent's body.
            if len(names) > 1 and re.fullmatch(
                r"(?:ban )?(?:thuong truc|thuong vu|chap hanh)", fold(names[-1])
            ):
                plan.issuer_text = f"{names[-1]} {names[-2]}"
            plan.parent_text = names[-2] if len(names) > 1 else ""
            if len(names) > 1 and (
                self.outline.joint or _JOINT_SYMBOL.match(plan.symbol)
            ):
                # A joint plan: the presiding body, named first, issues it;
                # the other stays in header_agencies (no parent above them).
                plan.issuer_text, plan.parent_text = names[0], ""
            for group in groups:
                for line in group:
                    line.used = "cơ quan ban hành"
        self._mail_wrapper()
        if not plan.number:
            self._appendix_of()
        # A place and date written under the title (some templates).
        if not plan.year:
            for line in self.outline.title + self.outline.preamble:
                if m := place_date(line.text):
                    self._date(m, line)
                    break

    def _mail_wrapper(self) -> None:
        """A plan forwarded in an e-mail: the lines above its header (the
        mail client's block, the greeting, a sentence or two, "Trân
        trọng!") are the mail's, no part of the plan."""
        header = self.outline.header
        first = next((i for i, line in enumerate(header) if line.used), 0)
        above = header[:first]
        fields = sum(bool(_MAIL_FIELD.match(fold(line.text))) for line in above)
        if fields >= 2 or any(_MAIL_SEPARATOR.match(fold(line.text)) for line in above):
            for line in above:
                line.used = line.used or MAIL

    def _announced(self, line: Line) -> None:
        """The header a message's first sentence gives ("UBND xã Long Hưng
        thông báo Kế hoạch số 88/KH-UBND ngày 05/12/2026 về thực hiện …:"):
        number, symbol, date, the issuer as written, and the title (the
        words after "về", capitalised, without the colon)."""
        plan, text = self.plan, unbulleted(line.text)
        m = _ANNOUNCEMENT.match(folded_same_length(text))
        if m is None:
            return
        plan.issuer_text = text[: m.end("who")].strip(" ,")
        plan.issuer_source = "opening"
        plan.number = m.group("number")
        plan.symbol = text[m.start("symbol") : m.end("symbol")].strip(" ,.")
        if m.group("d"):
            day, month, year = m.group("d"), m.group("m"), m.group("y")
        else:
            day, month, year = m.group("d2"), m.group("m2"), m.group("y2")
        try:
            if year:
                plan.issued_on = datetime.date(int(year), int(month), int(day))
        except ValueError:
            plan.issue_year = int(year)
            plan.notes.append(f"Ngày ban hành không hợp lệ: “{text}”.")
        rest = text[m.end() :]
        about = re.search(r"(?:^|\s)về\s+(?:việc\s+)?", rest, re.IGNORECASE)
        title = rest[about.end() :] if about else re.sub(r"^\s*của\s+", "", rest)
        title = _ANNOUNCED_TAIL.sub("", title).strip()
        plan.title = _capitalised(title)
        line.used = "trích yếu"

    def _appendix_of(self) -> None:
        """An appendix uploaded alone is the plan that its "(Kèm theo Kế
        hoạch số 96/KH-UBND ngày 14/12/2026 của UBND xã …)" line names: that
        plan's number, symbol and date."""
        for line in self.outline.title + self.outline.preamble[:3]:
            m = KEM_THEO.match(line.text)
            if not m:
                continue
            self.plan.number = m.group("number").strip(".")
            self.plan.symbol = m.group("symbol").strip(".")
            line.used = "số, ký hiệu"
            day, month, year = (m.group(k) or m.group(k + "2") for k in "dmy")
            if year and month and day:
                try:
                    self.plan.issued_on = datetime.date(int(year), int(month), int(day))
                except ValueError:
                    self.plan.issue_year = int(year)
            return

    def _date(self, m: re.Match, line: Line) -> None:
        plan = self.plan
        plan.place = (m.group("place") or "").strip()
        line.used = "địa danh, ngày"
        year = int(m.group("year"))
        day = re.sub(r"\D", "", m.group("day") or "")
        month = re.sub(r"\D", "", m.group("month") or "")
        if day and month:
            try:
                plan.issued_on = datetime.date(year, int(month), int(day))
                return
            except ValueError:
                plan.notes.append(f"Ngày ban hành không hợp lệ: “{line.text}”.")
        plan.issue_year = year
        if month and 1 <= int(month) <= 12:
            plan.issue_month = int(month)

    # ── title, bases, opening ──
    def title(self) -> None:
        lines = self.outline.title
        if self.outline.announcement is not None and self.plan.title:
            return  # read with the header (_announced)
        self.plan.title = " ".join(line.text for line in lines).strip()
        if not lines:
            # A letter (công văn): its subject "V/v …" under the number,
            # maybe wrapped on the lines under it in its narrow column.
            around = self.outline.header + self.outline.preamble[:4]
            for place, line in enumerate(around):
                if m := _SUBJECT.match(line.text):
                    subject = [m.group(1)]
                    line.used = "trích yếu"
                    for more in around[place + 1 : place + 3]:
                        if not _subject_goes_on(subject[-1], more):
                            break
                        subject.append(more.text.strip())
                        more.used = "trích yếu"
                    title = " ".join(subject)
                    self.plan.title = (title[:1].upper() + title[1:]).rstrip(" .")
                    break
        for line in lines:
            line.used = "trích yếu"

    def preamble(self) -> None:
        plan = self.plan
        for line in self.outline.preamble:
            # "- Căn cứ …", "1. Căn cứ …": a listed basis without its marker.
            text = marker(line.text)[2]
            folded = fold(text)
            # "…, UBND xã Thụy Hùng xây dựng kế hoạch … như sau:" names the issuer.
            who = list(
                re.finditer(
                    r"(?:^|[,;.]\s*)(?P<who>(?:uy ban|ubnd|ban chi dao|bcd|so|phong|ban quan ly|bql|dang uy|hoi|van phong)\b[^,;.]{2,120}?)\s+(?:xay dung|ban hanh)\s+(?:ke hoach|chuong trinh|quyet dinh)",
                    folded_same_length(text),
                )
            )
            if who and plan.issuer_source not in ("header", "opening"):
                m = who[-1]
                plan.issuer_text = text[m.start("who") : m.end("who")]
                plan.issuer_source = "opening"
            if self._bases(text, line):
                continue
            plan.opening = (plan.opening + "\n" + text).strip()
            line.used = "căn cứ" if folded.startswith("can cu") else "lời mở đầu"

    def _bases(self, text: str, line: Line, *, listed: bool = False) -> bool:
        """The documents a basis names ("Căn cứ Nghị quyết số …", "Thực hiện
        Kế hoạch số …"; under a heading of bases, `listed`, the document
        alone: "Nghị quyết số 24/NQ-HĐND …"), added to the plan's bases and
        `line` used; False if it names none."""
        folded = fold(text)
        implements = folded.startswith(("thuc hien", "theo", "trien khai", "tiep theo"))
        if not (listed or implements or folded.startswith("can cu")):
            return False
        found = bases_in(text)
        if not found:
            return False
        for basis in found:
            basis.implements = implements
            self.plan.bases.append(basis)
            for wrong in impossible_dates(basis.text):
                self.plan.notes.append(
                    f"Căn cứ {basis.kind} số {basis.number}: ngày “{wrong}” "
                    "không có thật, chưa ghi ngày của văn bản."
                )
        line.used = "căn cứ"
        return True

    def bases_section(self, block: Block) -> None:
        """ "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" over "- Căn cứ …" items, "I. CĂN CỨ
        PHÁP LÝ" over "1. Nghị quyết số …": the header's bases, as the
        preamble's are; a line that names no document ("Căn cứ tình hình
        thực tế …") is the plan's opening. No section of the plan."""
        block.use("căn cứ")
        for node in list(block.walk())[1:]:
            for line in node.lines:
                text = marker(line.text)[2]
                if not self._bases(text, line, listed=True):
                    self.plan.opening = (self.plan.opening + "\n" + text).strip()
                    line.used = "căn cứ"

    # ── closing ──
    def closing(self) -> None:
        """ "Nơi nhận:" and its list, and the signature block, in whichever
        order the two columns were read."""
        plan = self.plan
        seen_recipients = False
        authorities: list[str] = []
        parts = []
        # "--" and the sender's office under it: the e-mail the plan was
        # pasted into signs off; the plan ended above.
        closing = self.outline.closing
        end = next(
            (i for i, line in enumerate(closing) if line.text.strip() == "--"),
            len(closing),
        )
        for line in closing[end:]:
            line.used = MAIL
        for line, cells in _signature_columns(closing[:end]):
            for cell in cells:
                # Two columns run together by a converter: "- Lưu: VT.KT. CHỦ
                # TỊCH" is the last recipient, then the signature.
                joined = re.match(
                    r"^(?P<a>[-+•–].*?[.;])\s*(?P<b>(?:TM|KT|TL|TUQ)\s*\.\s*[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,]+)$",
                    cell,
                )
                if joined:
                    parts += [(line, joined.group("a")), (line, joined.group("b"))]
                else:
                    parts.append((line, cell))
        # A joint plan's other body signs too: its block's lines are read as
        # a signature, never as the plan's signer.
        cosigned = self._cosigners_lines(parts)
        for place in cosigned:
            parts[place][0].used = "người ký"
        parts = [part for place, part in enumerate(parts) if place not in cosigned]
        for line, text in parts:
            folded = fold(text)
            if (signed := one_line_signature(text)) and not plan.signer_name:
                # "TM. UBND xã - Chủ tịch Nguyễn Hữu Phước": a message's
                # signature on one line.
                if signed.authority:
                    authorities.append(signed.authority)
                plan.signer_title = signed.post
                plan.signer_name = signed.name
                line.used = "người ký"
                continue
            if folded.startswith("noi nhan"):
                seen_recipients = True
                line.used = "nơi nhận"
                rest = text.split(":", 1)[1].strip() if ":" in text else ""
                if rest:
                    plan.recipients.append(rest.lstrip("-+•– ").rstrip(";."))
                continue
            if SIGNING.match(text):
                authorities.append(text)
                line.used = "người ký"
                continue
            if authorities and _authority_goes_on(authorities[-1], text):
                authorities[-1] += " " + text
                line.used = "người ký"
                continue
            if seen_recipients and (
                text[:1] in "-+•–" or folded.startswith(("luu", "nhu tren"))
            ):
                plan.recipients.append(text.lstrip("-+•– ").rstrip(";.").strip())
                line.used = "nơi nhận"
                continue
            if (
                text.startswith("(")
                and plan.recipients
                and not authorities
                and re.search(r"b/c|de|bao cao", folded)
            ):
                plan.recipients[-1] += " " + text
                line.used = "nơi nhận"
                continue
            if re.fullmatch(
                r"\(?(?:da ky|ky ten|ky, ghi ro ho ten|ky ten, dong dau|da ky va dong dau|ky, dong dau)[^)]*\)?",
                folded,
            ):
                line.used = "người ký"
                continue
            if text.isupper() and len(text) < 80 and not plan.signer_name:
                # A second post under the first ("PHÓ BÍ THƯ ĐẢNG ỦY, CHỦ
                # TỊCH UBND XÃ") belongs to the signer too.
                plan.signer_title = plan.signer_title or text
                line.used = "người ký"
                continue
            if (authorities or plan.signer_title) and re.fullmatch(
                r"(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*\s+){1,5}[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*", text
            ):
                plan.signer_name = text
                line.used = "người ký"
                continue
            if seen_recipients and not authorities and not plan.signer_title:
                plan.recipients.append(text.rstrip(";."))
                line.used = "nơi nhận"
        plan.signing_authority = ", ".join(authorities)
        first = fold(authorities[0]) if authorities else ""
        if not plan.issuer_text and re.match(r"tm\s*\.|t\s*/\s*m\b", first):
            plan.issuer_text = re.sub(
                r"^(?:TM\s*\.|T\s*/\s*M)\s*", "", authorities[0], flags=re.I
            ).strip()
            plan.issuer_source = "signature"

    def _cosigners_lines(self, parts: list[tuple[Line, str]]) -> set[int]:
        """The places in `parts` of the signatures that are not the plan's.
        Of two or more, the plan's is the one whose authority names the
        issuer ("TM. ỦY BAN NHÂN DÂN" for "UBND XÃ …"); else, in a joint
        plan, the right one (the presiding body signs on the right, Decree
        30/2020, Phụ lục I), in any other the first."""
        blocks = _signature_blocks(parts)
        if len(blocks) < 2:
            return set()
        issuer = self.plan.issuer_text
        named = [block for block in blocks if _signs_for(block.authority, issuer)]
        if len(named) == 1:
            plans = named[0]
        elif self.outline.joint or _JOINT_SYMBOL.match(self.plan.symbol):
            plans = blocks[-1]
        else:
            plans = blocks[0]
        return {
            place for block in blocks if block is not plans for place in block.places
        }

    # ── body ──
    def body(self) -> None:
        asks = self._letter_asks()
        # "1. Làm mới 800 m đường …. Chủ trì: …; thời gian: …" right under
        # the title, with no section heading: the numbered items are the
        # tasks when most of them assign work themselves.
        # Not in a letter: one that hands no work down (a notice, a reply, a
        # reminder, a submission) lists no tasks, whatever times its items say.
        flat = (
            asks is None
            and not self._addressed()
            and self._items_assign_work(self.outline.body.structural)
        )
        if flat:
            self._closing_report()
        for place, block in enumerate(self.outline.body.children):
            if asks is not None and place >= asks[0]:
                self.visit(block, klass="tasks", context=asks[1])
            else:
                self.visit(block, klass="tasks" if flat else "", context={})
        # A section that states a time for everything ("III. THỜI GIAN …").
        for task in self.plan.tasks:
            if not task.time_text and self.section_time:
                task.time_text = self.section_time
                task.sources.setdefault("time", "section")
            if self.section_participants and not task.participants:
                task.participants = self.section_participants
                if not task.coordinating_text:
                    task.coordinating_text = " ".join(
                        self.section_participants.splitlines()
                    )
                    task.sources.setdefault("coordinating", "section")
            if self.section_method and not task.method:
                task.method = self.section_method
        self._dates()
        self._unique_numbers()

    def _closing_report(self) -> None:
        """A list of work with no sections that ends on a sentence asking for
        reports ("Đề nghị các đơn vị triển khai nghiêm túc, báo cáo kết quả
        về UBND xã trước ngày 25 hằng tháng."): the plan's reporting, not a
        line of the last task; an ask that names no report ("Đề nghị các
        đơn vị triển khai nghiêm túc.") and a courtesy ("Trân trọng!") close
        the message. Only the last blocks, each a paragraph (or a bullet of
        a kind of its own)."""
        while True:
            leaves = [
                node
                for node in self.outline.body.walk()
                if node.kind not in ("root", "table", "row", "group")
            ]
            node = leaves[-1] if len(leaves) > 2 else None
            if node is None or node.children or node.parent is None:
                return
            if node.kind in BULLETS and any(
                other is not node and other.kind == node.kind
                for other in node.parent.children
            ):
                return
            text = marker(node.text)[2] if node.kind in BULLETS else node.text
            folded = fold(text).rstrip(" .!/")
            if node.kind not in ("text", *BULLETS) or attribute(text):
                return
            if _COURTESY.fullmatch(folded):
                used = "lời kết"
            elif re.match(r"^(?:kinh de nghi|de nghi|yeu cau|cac)\b", folded):
                used = "báo cáo" if _REPORTS.search(folded) else "lời kết"
            else:
                return
            node.parent.children.remove(node)
            node.use(used)
            if used == "báo cáo" and not self.plan.reporting_text:
                self.plan.reporting_text = text
                if not _ROUTINE.search(folded) and (day := deadline(text)):
                    self.plan.report_deadline = day

    def _letter_asks(self) -> tuple[int, dict[str, str]] | None:
        """A letter (công văn: no type of document, a "Kính gửi" line) that
        hands work down: the place in the body where its asks begin, after
        the sentence that gives them ("… đề nghị UBND các xã, phường triển
        khai các nội dung sau:", the preamble's last line or a paragraph of
        the body), and who does them: the body that sentence names, else the
        addressees. None for any other document, and for a letter that asks
        for no list of work (a reminder)."""
        outline = self.outline
        addressees = addressees_of(outline.preamble)
        if not self._addressed() or self._submission():
            return None
        children = outline.body.children
        given = None
        if outline.preamble:
            given = letter_lead_in(outline.preamble[-1].text)
            start = 0
        if given is None:
            start = next(
                (
                    place + 1
                    for place, block in enumerate(children)
                    if block.kind == "text" and letter_lead_in(block.text) is not None
                ),
                None,
            )
            if start is None:
                return None
            given = letter_lead_in(children[start - 1].text)
            children[start - 1].use("tiêu đề mục")
        if not any(c.kind != "text" for c in children[start:]):
            return None
        self._closing_paragraph(children[start:])
        context = dict(given or {})
        if context.get("lead"):
            context["partners_of"] = context["lead"]
        context["addressees"] = " và ".join(addressees)
        return start, context

    def _addressed(self) -> bool:
        """A letter, or a document sent like one: no type of document
        ("KẾ HOẠCH"), a "Kính gửi" line."""
        return not self.outline.doc_type and bool(addressees_of(self.outline.preamble))

    def _submission(self) -> bool:
        """A document with a "Kính gửi" that is no letter handing work
        down: a submission ("TỜ TRÌNH" over its subject, a number "…/TTr-…")
        asks its addressee's approval."""
        return bool(
            re.match(r"^ttr\b", fold(self.plan.symbol))
            or any(
                _NOT_A_LETTER.match(fold(line.text).strip(" .:"))
                for line in self.outline.header + self.outline.preamble[:2]
            )
        )

    @staticmethod
    def _closing_paragraph(blocks: list[Block]) -> None:
        """A letter's closing paragraph ("Văn phòng … đề nghị UBND các xã
        quan tâm triển khai./.") after its last ask is no part of that ask."""
        node = blocks[-1] if blocks else None
        while node is not None and node.children:
            node = node.children[-1]
        if (
            node is not None
            and node.kind == "text"
            and node.parent is not None
            and re.search(r"\./\.?\s*$", node.text)
        ):
            node.parent.children.remove(node)
            node.use("lời kết")
        elif node is not None and node.kind == "text" and node in blocks:
            node.use("lời kết")

    def _class_of(self, block: Block) -> set[str]:
        folded = fold(block.text)
        if block.kind in HEADING_KINDS:
            found = {
                name for name, pattern in SECTION_CLASSES if re.search(pattern, folded)
            }
            return found
        if block.kind in ("dec1", "dec2", "dec3", "dec4", "letter"):
            head = folded.split(":", 1)[0].strip()
            for name, pattern in HEADING_CLASSES:
                if re.search(pattern, head) and (
                    name != "targets" or not re.search(r"\d", head)
                ):
                    return {name}
        return set()

    def visit(self, block: Block, klass: str, context: dict) -> None:
        if block.kind == "article" and DECISION_CLAUSE.search(fold(block.text)):
            # "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …": the
            # decision's own clause; the plan is in the appendix.
            self.section(block, "")
            return
        if block.kind in HEADING_KINDS + ("dec1", "dec2") and BASES_HEADING.fullmatch(
            fold(block.text).strip(" .:")
        ):
            self.bases_section(block)
            return
        own = self._class_of(block)
        if own:
            children = [c for c in block.children if c.kind not in ("text",) + BULLETS]
            if len(own) > 1 and children and all(self._class_of(c) for c in children):
                # "II. CHỈ TIÊU, NỘI DUNG VÀ THỜI GIAN": each part says what it is.
                klass = "mixed"
            else:
                # The class named first: "THỜI GIAN, ĐỊA ĐIỂM … KIỂM TRA" is time;
                # a tie goes to the order of SECTION_CLASSES, never to the
                # order of a set (which changes from run to run).
                folded = fold(block.text)
                order = [name for name, _ in SECTION_CLASSES]

                def first_named(name: str) -> tuple[int, int]:
                    for table in (HEADING_CLASSES, SECTION_CLASSES):
                        pattern = dict(table).get(name)
                        if pattern and (m := re.search(pattern, folded)):
                            return m.start(), order.index(name)
                    return 999, order.index(name)

                klass = min(own, key=first_named)
        if not own and not klass and block.kind in HEADING_KINDS:
            klass = self._class_by_content(block)
            if klass == "parts":
                self.parts(block)
                return
        if (
            klass in ("organisation", "background", "time", "")
            and block.kind in HEADING_KINDS
            and any(self._is_task_table(n) for n in block.children)
        ):
            # "II. PHÂN CÔNG NHIỆM VỤ" over a table with a lead and a time
            # column, "II. TIẾN ĐỘ THỰC HIỆN" over a schedule of the work:
            # the table says what the heading leaves open.
            klass = "tasks"
        if (
            block.kind in HEADING_KINDS
            and block.children
            and all(c.kind == "text" for c in block.children)
            and any(re.search(r"\bphu luc\b", fold(c.text)) for c in block.children)
        ):
            # "II. NHIỆM VỤ" / "Các nhiệm vụ cụ thể … tại Phụ lục kèm theo":
            # the heading only points to the appendix, where the tasks are.
            self.section(block, "")
            return
        if block.kind in HEADING_KINDS or (own and block.kind not in BULLETS):
            if (
                klass
                in ("objectives", "organisation", "funding", "reporting", "background")
                or not klass
            ):
                self.section(block, klass)
                return
            if klass == "time":
                self.time_section(block)
                return
            if klass == "targets":
                self.targets_section(block)
                return
        if block.kind == "text":
            if klass in ("tasks", "mixed", "targets"):
                found = (
                    self.target_line(block.text, block.text)
                    if klass == "targets"
                    else []
                )
                if found:
                    self.plan.targets += found
                    block.use("chỉ tiêu")
            return
        if block.kind == "table":
            self.table(block, klass, context)
            return
        if klass not in ("tasks", "mixed", "targets"):
            self.section(block, klass)
            return
        if klass == "targets" and not self._is_task(block):
            for node in block.walk():
                if node.kind == "table":
                    self.table(node, "targets", context)
                elif node.kind not in ("table", "row", "group") and node.lines:
                    found = self.target_line(node.text, node.lines[0].text)
                    if found:
                        self.plan.targets += found
                        node.use("chỉ tiêu")
            return
        self.tasks_in(block, context)

    def _class_by_content(self, block: Block) -> str:
        """The class of a heading whose words name none ("PHẦN II. NHỮNG VIỆC
        CẦN LÀM NGAY"), from what it holds: "parts" over headings that name
        their own; "tasks" over an amending plan's quoted points, or when
        two blocks under it state a lead or a time of their own (no
        background or objective assigns work); "targets" when each block
        under it states a figure to reach; "" else."""
        if any(self._named_heading(c) for c in block.structural):
            return "parts"
        if any(line.used == AMENDING for c in block.children for line in c.lines):
            # "I. SỬA ĐỔI" over "Sửa đổi điểm 2 mục III như sau:" and the
            # point as amended: an amending plan's tasks.
            return "tasks"
        if self._assigns_work(block.structural):
            return "tasks"
        return "targets" if self._states_targets(block) else ""

    def _states_targets(self, block: Block) -> bool:
        """Every block under `block` (two at least) states a figure to reach
        ("Tỷ lệ hộ dân dùng nước sạch: 95%", "Cứng hóa đường trục thôn: 12,5
        km"), and none says it was done ("đã", "đạt được": a result, the
        background of the plan)."""
        children = [c for c in block.children if c.lines]
        return (
            len(children) >= 2
            and all(self.target_line(c.text, c.lines[0].text) for c in children)
            and not any(
                _DONE.search(line.text) for n in block.walk() for line in n.lines
            )
        )

    def _named_heading(self, block: Block) -> bool:
        return block.kind in HEADING_KINDS and bool(self._class_of(block))

    def _items_assign_work(self, blocks: list[Block]) -> bool:
        """`blocks` are the top of a body with no named heading, and at least
        two, and most, of them state a lead or a time themselves (not only
        the blocks under them)."""
        items = [b for b in blocks if b.kind not in ("table", "row", "group")]
        if len(items) < 2 or any(self._named_heading(b) for b in items):
            return False
        stated = 0
        for block in items:
            names = {name for _, name, _ in self._own_attributes(block)}
            names |= set(_inline(block.text)[1])
            stated += bool(names & {"lead", "time"})
        return stated >= 2 and 2 * stated > len(items)

    def _assigns_work(self, blocks: list[Block]) -> bool:
        """Two of `blocks` (or the blocks under them) state a lead or a time
        of their own."""
        stated = 0
        for node in (n for b in blocks for n in b.walk()):
            if node.kind in ("text", "table", "row", "group"):
                continue
            names = {name for _, name, _ in self._own_attributes(node)}
            names |= set(_inline(node.text)[1])
            stated += bool(names & {"lead", "time"})
        return stated >= 2

    def parts(self, block: Block) -> None:
        """A heading over headings that say what they are: its own text is a
        section, each heading under it read as its kind, the other blocks
        as tasks when they assign work."""
        body = [line.text for node in block.texts for line in node.lines]
        self.plan.sections.append(
            ParsedSection(block.number, block.text, body, kind="text")
        )
        block.use("tiêu đề mục")
        for node in block.texts:
            node.use(f"mục {block.number}".strip() if block.number else "mục")
        others = [c for c in block.structural if not self._named_heading(c)]
        klass = "tasks" if self._assigns_work(others) else ""
        for child in block.structural:
            self.visit(child, klass="" if child not in others else klass, context={})

    # Objectives, organisation, funding, reporting and other parts are kept
    # as the plan's own numbered sections, their lines used.
    def section(self, block: Block, klass: str) -> None:
        plan = self.plan
        handed = self.handed_out(block) if klass == "organisation" else set()
        body = [
            line.text
            for node in block.walk()
            for line in node.lines
            if line.index not in handed
        ][1:]
        heading = block.text
        kind = {
            "objectives": "purpose",
            "funding": "budget",
            "reporting": "reporting",
        }.get(klass, "text")
        if klass == "objectives":
            self.objectives(block)
        if klass == "funding":
            self.budget(" ".join([block.text, *body]))
        if klass == "reporting":
            plan.reporting_text = "\n".join(body or [block.text])
        if klass == "organisation":
            for text in body:
                if (
                    (day := deadline(text))
                    and not plan.report_deadline
                    and _REPORTS.search(fold(text))
                ):
                    # "… báo cáo kết quả về UBND xã trước ngày 05/12/2024": a
                    # day a report is due, not any day the part names.
                    plan.report_deadline = day
                self.references += references_in(text)
        if (
            block.kind in HEADING_KINDS
            or block.parent is None
            or block.parent.kind == "root"
        ):
            plan.sections.append(ParsedSection(block.number, heading, body, kind=kind))
        else:
            # A part inside another section: its text joins that section's.
            plan.sections.append(
                ParsedSection(
                    block.number,
                    heading,
                    body,
                    kind=kind if kind != "text" else "inner",
                )
            )
        for node in block.walk():
            node.use(f"mục {block.number}".strip() if block.number else "mục")

    def handed_out(self, block: Block) -> set[int]:
        """The work an organisation part hands out unit by unit, read as
        tasks: under a line that is only a unit's name ("1. Phòng Kinh tế",
        "2. Phòng Văn hóa - Xã hội:", "Đề nghị Ủy ban MTTQ Việt Nam xã và
        các hội, đoàn thể:", "Trạm Y tế xã có trách nhiệm:"), each item that
        is a piece of work with a time of its own (`_work_of_its_own`) is a
        task that unit leads. The unit's duties stay the part's text. The
        indices of the lines the tasks took come back."""
        taken: set[int] = set()
        for node in list(block.walk())[1:]:
            if node.kind not in BODY_HEADING_KINDS + BULLETS or not node.structural:
                continue
            if any(line.index in taken for line in node.lines):
                continue
            given = self._unit_line(node)
            if not given:
                continue
            context = {**given, "partners_of": given["lead"]}
            for item in node.structural:
                if not self._work_of_its_own(item):
                    continue
                self.visit(item, "tasks", context)
                taken |= {line.index for n in item.walk() for line in n.lines}
        return taken

    @staticmethod
    def _unit_line(node: Block) -> dict[str, str]:
        """Who a line gives the work under it to when it says nothing else:
        a unit's name, with or without its colon, or a sentence that leads
        a list ("Đề nghị UBND các xã, phường:", "Công an xã có trách
        nhiệm:"); {} else."""
        if stated := lead_in(node.text):
            return stated
        if body := body_named(node.text):
            return {"lead": body}
        return {}

    def _work_of_its_own(self, item: Block) -> bool:
        """An item of an organisation part that is a piece of work: it
        states when it is due ("…, hoàn thành trong quý III/2027.", "…,
        thường xuyên."), and is no report back nor a routine (labels.toml
        [duty]); a duty ("Là cơ quan thường trực …", "Chủ động xây dựng kế
        hoạch chi tiết …") states no time."""
        if item.kind in ("table", "row", "group"):
            return False
        if _DUTY.match(fold(item.text).lstrip("*_ ")) or references_in(item.text):
            # A report back, or the tasks of part II given by their numbers
            # ("Chủ trì thực hiện nhiệm vụ tại mục 1, 3 Phần II": a lead
            # for those, `referenced`).
            return False
        times = [
            value for _, name, value in self._own_attributes(item) if name == "time"
        ]
        times += [v for n, v in _inline(item.text)[1].items() if n == "time"]
        year = self.plan.plan_year or 2000
        return any(
            not _ROUTINE.search(fold(time))
            and time_range(time, default_year=year, today=self.plan.reference_day)
            for time in times
        )

    def objectives(self, block: Block) -> None:
        """ "I. MỤC ĐÍCH, YÊU CẦU" with "1. Mục đích" and "2. Yêu cầu" (or one
        undivided text, kept as the purpose)."""
        purpose, requirements = [], []
        heading = fold(block.text)
        target = requirements if heading.startswith("yeu cau") else purpose
        for node in block.children:
            text = fold(node.text)
            lines = [line.text for n in node.walk() for line in n.lines]
            if node.kind != "text" and text.startswith("yeu cau"):
                head, _, rest = node.text.partition(":")
                requirements += ([rest.strip()] if rest.strip() else []) + lines[1:]
            elif node.kind != "text" and text.startswith("muc dich"):
                head, _, rest = node.text.partition(":")
                purpose += ([rest.strip()] if rest.strip() else []) + lines[1:]
            else:
                target += lines
        if purpose:
            self.plan.purpose = "\n".join(filter(None, [self.plan.purpose, *purpose]))
        if requirements:
            self.plan.requirements = "\n".join(
                filter(None, [self.plan.requirements, *requirements])
            )

    def time_section(self, block: Block) -> None:
        """ "III. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN …" (what applies to every
        task), or "2.3. Thời gian tổ chức phát động: …" (campaign phases)."""
        text = " ".join(line.text for node in block.walk() for line in node.lines)
        if block.kind not in HEADING_KINDS:
            self.campaign(text)
            for node in block.walk():
                node.use("thời gian chung")
            return
        current = ""
        participants: list[str] = []
        method: list[str] = []
        for node in block.walk():
            if node is block:
                continue
            stated = attribute(node.text)
            folded = fold(node.text)
            if stated and stated[0] == "time" and not self.section_time:
                self.section_time = stated[1]
                current = ""
            elif node.kind.startswith("dec") and "thanh phan" in folded:
                current = "participants"
            elif node.kind.startswith("dec") and "hinh thuc" in folded:
                current = "method"
            elif node.kind.startswith("dec"):
                current = ""
            elif current == "participants":
                participants.append(" ".join(line.text for line in node.lines))
            elif current == "method":
                method.append(node.text)
        if participants:
            self.section_participants = "\n".join(participants)
        if method:
            self.section_method = " ".join(method)
        self.plan.sections.append(
            ParsedSection(
                block.number,
                block.text,
                [line.text for n in block.walk() for line in n.lines][1:],
                kind="time",
            )
        )
        for node in block.walk():
            node.use("thời gian chung")

    def village_targets(self, table: Block) -> bool:
        """A table of targets by village: a column per target with its unit
        in brackets ("Hàng rào xanh (m)"), a row per village."""
        header = table.lines[0] if table.lines else None
        rows = [n for n in table.walk() if n.kind == "row"]
        if header is None:
            first = rows[0] if rows else None
            if first is None:
                return False
            header = first.lines[0]
            rows = rows[1:]
        cells = header.cells or []
        columns = {
            i: m
            for i, cell in enumerate(cells)
            if (m := re.match(r"^(?P<name>.+?)\s*\((?P<unit>[^()]{1,15})\)$", cell))
        }
        if not columns or not rows:
            return False
        name_column = next(
            (
                i
                for i, c in enumerate(cells)
                if i not in columns
                and re.search(r"thon|ban|xom|khu|don vi|ten", fold(c))
            ),
            None,
        )
        for column, m in columns.items():
            per_village = {}
            for row in rows:
                values = row.lines[0].cells or []
                village = (
                    values[name_column]
                    if name_column is not None and name_column < len(values)
                    else ""
                )
                amount = parse_number(values[column]) if column < len(values) else None
                if (
                    village
                    and amount is not None
                    and not fold(village).startswith(("tong", "cong"))
                ):
                    per_village[village] = amount
            if per_village:
                self.plan.targets.append(
                    ParsedTarget(
                        m.group("name").strip(),
                        sum(per_village.values()),
                        m.group("unit").strip(),
                        header.text,
                        per_village=per_village,
                    )
                )
        table.use("chỉ tiêu giao các thôn")
        header.used = "chỉ tiêu giao các thôn"
        for row in rows:
            row.use("chỉ tiêu giao các thôn")
        for node in table.walk():
            if node.kind in ("row", "group") and fold(node.lines[0].text).startswith(
                ("tong", "cong")
            ):
                node.use("chỉ tiêu giao các thôn")
        return True

    def targets_section(self, block: Block) -> None:
        for node in block.walk():
            if node is block:
                node.use("chỉ tiêu")
                continue
            if node.kind == "table":
                if not self.village_targets(node):
                    self.table(node, "targets", {})
                continue
            if node.kind in ("row", "group") or not node.lines:
                continue
            found = self.target_line(node.text, node.lines[0].text)
            if found:
                self.plan.targets += found
                node.use("chỉ tiêu")
            elif re.fullmatch(r"\(.*kèm theo\)", node.text.strip(" .")):
                node.use("chỉ tiêu")

    # ── tasks ──
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
            stated = self._attribute_of(child, bare=colon)
            if stated and (several := labelled(child.text)):
                found += [(child, name, value) for name, value in several]
            elif stated:
                found.append((child, *stated))
            elif child.kind == "text" and (
                sentence := _sentence_attributes(child.text)
            ):
                for name, value in sentence.items():
                    found.append((child, name, value))
        return found

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
            or re.search(_ACTS, folded)
            or _NOT_A_BODY.match(folded)
            or names_a_section(name)
        ):
            return ""
        items = block.structural
        if not items or any(c.kind not in BULLETS for c in items):
            return ""
        for item in items:
            names = {n for _, n, _ in self._own_attributes(item)}
            if "lead" in names | set(_inline(item.text)[1]):
                return ""
        return name

    def _is_task(self, block: Block) -> bool:
        if block.kind in ("text", "table", "group"):
            return False
        if block.kind == "row":
            return True
        if self._own_attributes(block) or _inline(block.text)[1]:
            return True
        structural = [c for c in block.structural if not self._attribute_of(c, False)]
        return not structural

    def tasks_in(self, block: Block, context: dict) -> None:
        if self._period_over_items(block):
            # "Tháng 01/2027" over its "-" items: the period is the time of
            # every item that names none of its own.
            period = block.text.rstrip(" .:")
            passed = {**context, "time": period, "period": period}
            block.use("tiêu đề mục")
            for child in block.children:
                if child.kind == "text":
                    child.use("tiêu đề mục")
                else:
                    self.visit(child, "tasks", passed)
            return
        own = self._own_attributes(block)
        inline_text, inline = _inline(block.text)
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
            for child in listing.children:
                if child.kind == "text":
                    child.use("tiêu đề mục")
                else:
                    self.visit(child, "tasks", passed)
            return
        structural = [
            c
            for c in block.children
            if c.kind != "text" and c not in {n for n, _, _ in own}
        ]
        sub_tasks = [
            c
            for c in structural
            if c.kind != "table" and (self._own_attributes(c) or _inline(c.text)[1])
        ]
        lead_in_list = block.text.rstrip().endswith(":") and bool(structural)
        if block.kind not in BULLETS and names_a_section(inline_text):
            if not structural:
                # "II. NHIỆM VỤ" over text alone: a section with its text.
                self.section(block, "")
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
                body := body_named(block.text) or self._name_over_items(block)
            ):
                # "1. Sở Nông nghiệp và Môi trường:" over its "-" items: the
                # body a heading names leads the work listed under it.
                passed.setdefault("lead", body)
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
                self.task(paragraph, [], *_inline(paragraph.text), context)
                task = self.plan.tasks[-1]
                task.description = "\n".join(
                    d for d in (block.text, task.description) if d
                )
            return
        if paragraph := self._topic_paragraph(block, own, inline):
            # "1. Về hạ tầng giao thông (Tiêu chí số 2)" over one paragraph
            # of work: the paragraph is the task, the heading its group.
            inline_text, inline = _inline(paragraph.text)
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
        if not _WORK.match(fold(paragraph.text)):
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
            details, stated = _inline(child.text)
            if not (
                _WORK.match(fold(child.text))
                and details != child.text
                and {"lead", "official"} & set(stated)
            ):
                return []
        return children

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
            title, rest = _split_title(text)
            if rest:
                description.append(rest)
        parts = re.search(r":\s*(?=\(1\)\s|1\)\s|a\)\s)", title)
        if parts and re.search(r"[;,]\s*(?:\(2\)|2\)|b\))\s", title[parts.end() :]):
            # "Xây dựng kế hoạch …: (1) xác định …; (2) phân công …": the
            # parts listed in the sentence are the work's content, not its name.
            description.insert(0, title[parts.end() :].strip())
            title = title[: parts.start()]
        title = title.rstrip(" :").strip()
        # The sentence's full stop is not part of a task's name ("…" stays).
        title = re.sub(r"(?<![.…])\.$", "", title)
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
        if block.kind == "row":
            for role, value in block.columns.items():
                if role in ("number", "content", "note", "unit", "quantity", "details"):
                    continue
                # "- Chủ trì: … - Phối hợp: … - Thời gian: …" in one cell.
                several = (
                    labelled(value)
                    if role in ("lead", "coordinating", "official", "time")
                    else []
                )
                if role == "lead" and not several and names_a_person(value):
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
                if stated and stated[0] in ("coordinating", "time"):
                    values.setdefault(stated[0], stated[1])
                    sources.setdefault(stated[0], "column")
                elif "lead" not in values and (assigned := _note_assigns(note)):
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
                task.title = _capitalised(title[span[1] :].strip())
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
        if "content" in values:
            description.insert(0, values.pop("content"))
        if context.get("status"):
            description.append(context["status"])
        _assignment(values)
        _advising(values, sources, description)
        if names_a_person(values.get("lead", "")) and not values.get("official"):
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
            units(task.coordinating_text) if task.coordinating_text else []
        )
        task.official_text = values.get("official", "")
        task.method = values.get("method", "")
        task.participants = values.get("participants", "")
        task.budget_text = values.get("budget", "")
        task.product = values.get("product", "")
        task.sources = sources
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
        if block.kind == "row" and block.columns.get("quantity"):
            quantity = parse_number(block.columns["quantity"])
            if quantity is not None:
                plan.targets.append(
                    ParsedTarget(
                        task.title,
                        quantity,
                        block.columns.get("unit", ""),
                        block.lines[0].text,
                        task_number=number,
                    )
                )
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
            (_BODY_HEAD.match(fold(n)) or ABBREVIATED.match(n))
            and not _NOT_A_BODY.match(fold(n))
            and is_unit(n)
            and not names_a_person(n)
            and (i == 0 or n[:1].isupper() or fold(n).startswith("cac "))
            for i, n in enumerate(named)
        ):
            return
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

    @staticmethod
    def _is_task_table(node: Block) -> bool:
        roles = set(node.columns.values()) if node.kind == "table" else set()
        return "content" in roles and bool(roles & {"lead", "time"})

    def table(self, table: Block, klass: str, context: dict) -> None:
        roles = set(table.columns.values())
        table.use("tiêu đề bảng")
        is_tasks = "content" in roles and bool(
            roles & {"lead", "time", "coordinating", "official"}
        )
        is_targets = (
            "content" in roles and bool(roles & {"quantity", "unit"}) and not is_tasks
        )
        # Numbering that starts again in each group (I: 1, 2, 3; II: 1, 2 …)
        # takes the group's number in front: I.1, II.1.
        numbers = [n.number for n in table.walk() if n.kind == "row" and n.number]
        if len(numbers) != len(set(numbers)):
            for group in table.children:
                if group.kind == "group" and group.number:
                    for row in group.children:
                        if row.number:
                            row.number = f"{group.number}.{row.number}"
        for node in table.children:
            self._table_node(node, klass, context, is_tasks, is_targets)

    def _table_node(self, node: Block, klass, context, is_tasks, is_targets) -> None:
        if node.kind == "group":
            node.use("nhóm trong bảng")
            for child in node.children:
                self._table_node(child, klass, context, is_tasks, is_targets)
            return
        if is_tasks and klass in ("tasks", "mixed", "targets", ""):
            items = self._cell_items(node)
            if items:
                # "- Tham mưu … (tháng 02/2027);" "- Hướng dẫn … (quý
                # III/2027)" in one cell: each item is a task of the row's
                # body, with its own time.
                own = self._item_cells(node, len(items))
                for count, item in enumerate(items, 1):
                    one = Block(
                        kind="row",
                        number=f"{node.number}.{count}"
                        if node.number and len(items) > 1
                        else node.number,
                        text=item,
                        lines=node.lines,
                        columns={**node.columns, "content": item, **own[count - 1]},
                        parent=node.parent,
                    )
                    self.task(one, [], *_inline(item), context)
                return
            self._cell_attributes(node)
            self.task(node, [], *_inline(node.text), context)
        elif is_targets or klass == "targets":
            quantity = parse_number(node.columns.get("quantity", ""))
            if quantity is not None and node.text:
                self.plan.targets.append(
                    ParsedTarget(
                        node.text,
                        quantity,
                        node.columns.get("unit", ""),
                        node.lines[0].text,
                    )
                )
                node.use("chỉ tiêu")

    @staticmethod
    def _cell_attributes(node: Block) -> None:
        """A content cell whose later paragraphs each state an attribute or a
        detail of the work ("Nâng cấp đường liên ấp 2 - ấp 4" / "- Quy mô:
        dài 1,6 km, …" / "- Kinh phí dự kiến: 4.800 triệu đồng" / "Thời
        gian: Quý II/2027"): the first paragraphs are the work (its name,
        maybe wrapped over two), the others the row's attributes (a column
        of the same name, when the table has one, is what the row says
        first) and its details, kept in the description as written. After a
        bulleted detail a paragraph with no bullet goes on it (a PDF cell's
        lines are not its paragraphs); with no bullets, every paragraph
        after the first label must be labelled, or the cell is the work as
        written ("Kết quả: 12 tổ" / "nhân rộng ra các thôn còn lại")."""
        table = _table_above(node)
        column = next(
            (
                int(c)
                for c, r in (table.columns if table else {}).items()
                if r == "content"
            ),
            None,
        )
        if column is None or not node.lines:
            return
        pieces = (
            node.lines[0].parts.get(column)
            or _bulleted_details(node.text)
            or _labelled_details(node.text)
        )
        bullets = [marker(piece)[0] in BULLETS for piece in pieces]
        starts = [
            bullet or labels_a_detail(piece)
            for piece, bullet in zip(pieces, bullets, strict=True)
        ]
        first = next((i for i, start in enumerate(starts) if start), None)
        if not first or (not bullets[first] and not all(starts[first:])):
            # Nothing labelled, the whole cell labelled, or prose after a
            # label: the cell is the work as written.
            return
        details: list[str] = []
        for piece, bullet, start in zip(
            pieces[first:], bullets[first:], starts[first:], strict=True
        ):
            if start:
                details.append(marker(piece)[2] if bullet else piece)
            else:
                details[-1] = f"{details[-1]} {piece}"
        node.text = " ".join(pieces[:first])
        node.columns["content"] = node.text
        kept = []
        for detail in details:
            name, value = attribute(detail) or ("", "")
            if name in ("lead", "coordinating", "official", "leader", "time"):
                node.columns.setdefault(name, value)
                continue
            if name in ("budget", "product", "method", "participants", "target"):
                node.columns.setdefault(name, value)
            if name != "target":  # the task writes "Chỉ tiêu: …" itself
                kept.append(detail.rstrip(" ;"))
        if kept:
            node.columns["details"] = "\n".join(kept)

    @staticmethod
    def _item_cells(node: Block, count: int) -> list[dict[str, str]]:
        """Each of a row's `count` items' own time and lead: a time (lead)
        cell whose paragraphs are as many "-" lines ("- Quý I/2027" / "-
        Quý IV/2027") gives the n-th line to the n-th item; a cell of
        another count stays the row's, every item's."""
        own: list[dict[str, str]] = [{} for _ in range(count)]
        table = _table_above(node)
        if table is None or not node.lines or count < 2:
            return own
        for column, role in table.columns.items():
            pieces = node.lines[0].parts.get(int(column), [])
            if role not in ("time", "lead") or len(pieces) != count:
                continue
            if all(marker(piece)[0] in BULLETS for piece in pieces):
                for mine, piece in zip(own, pieces, strict=True):
                    mine[role] = marker(piece)[2].rstrip(" ;.")
        return own

    @staticmethod
    def _cell_items(node: Block) -> list[str]:
        """The items of a row's content cell written after bullets ("- …",
        "+ …", "• …"), one a paragraph, without their bullets; a paragraph
        before the first is the cell's lead-in. [] for a cell that lists
        nothing (its text is the task)."""
        table = _table_above(node)
        if table is None or not node.lines:
            return []
        column = next(
            (int(c) for c, r in table.columns.items() if r == "content"), None
        )
        if column is None:
            return []
        pieces = node.lines[0].parts.get(column) or [node.text]
        kinds = [marker(piece)[0] for piece in pieces]
        bulleted = [i for i, kind in enumerate(kinds) if kind in BULLETS]
        if not bulleted or any(k not in BULLETS for k in kinds[bulleted[0] :]):
            return []
        items = [marker(pieces[i])[2].rstrip(" ;") for i in bulleted]
        lead_in = " ".join(pieces[: bulleted[0]])
        if _WORK.match(fold(lead_in)) or any(
            attribute(item) or labels_a_detail(item) for item in items
        ):
            # "Xây dựng nhà văn hóa thôn:" over "- Quy mô …", "- Chủ trì: …":
            # one task and its details.
            return []
        return items

    @staticmethod
    def _shared_target(title: str, block: Block) -> ParsedTarget | None:
        """A row's figures per village (a merged "Phân bổ cho các thôn" over
        a column per village) as its task's target: their sum in the row's
        unit, each village's own; None if there are none or one is no
        number."""
        per_village = {v: parse_number(f) for v, f in block.shares.items()}
        if not per_village or any(q is None for q in per_village.values()):
            return None
        return ParsedTarget(
            title,
            sum(per_village.values()),
            block.columns.get("unit", ""),
            block.lines[0].text,
            per_village=per_village,
        )

    @staticmethod
    def target_line(text: str, line: str) -> list[ParsedTarget]:
        """The targets one line states: "Trồng hàng rào xanh: 3.200 m";
        "Giải tỏa, mở rộng nền đường 5 tuyến 0,7km"; "100% vườn hộ …"
        (one per "N%" clause); "… cải tạo 35 vườn, chỉnh trang 121 vườn hộ"."""
        text = re.sub(r"^[-+•*–]\s*", "", text.strip())
        if m := TARGET_LINE.match(text):
            quantity = parse_number(m.group("quantity"))
            unit = (m.group("unit") or "").strip() or (m.group("unit_hint") or "")
            if quantity is not None and unit:
                return [ParsedTarget(m.group("name").strip(), quantity, unit, line)]
        text = re.sub(r"\s*\([^)]*\)", "", text).rstrip(" .;")
        if m := re.fullmatch(
            rf"(?P<name>[^\d]{{3,120}}?)((?:\s+{QUANTITY}\s*[^\d\s,.;]+){{1,3}})", text
        ):
            return [
                ParsedTarget(m.group("name").strip(), parse_number(q), unit, line)
                for q, unit in re.findall(rf"({QUANTITY})\s*([^\d\s,.;]+)", m.group(2))
            ]
        found = []
        for sentence in re.split(r"\.\s+", text):
            for clause in re.split(r"(?:,\s*|\s+đảm bảo\s+)(?=\d{1,3}%)", sentence):
                if m := PERCENT_LINE.match(clause.strip()):
                    name = re.split(r",\s+(?=[A-ZĐ]{2,}\b)", m.group("name"))[0].strip()
                    found.append(
                        ParsedTarget(
                            name[0].upper() + name[1:],
                            parse_number(m.group("quantity")),
                            "%",
                            line,
                        )
                    )
                    continue
                _, done, tail = clause.partition("thực hiện ")
                for piece in tail.split(",") if done else []:
                    if re.search(rf"{QUANTITY}\s+tiêu chí", piece):
                        continue
                    m = re.match(
                        rf"\s*(?P<verb>[^\d]{{3,40}}?)\s+(?P<q>{QUANTITY})\s+(?P<unit>[^\d\s,.;]+)(?P<more>\s+hộ)?",
                        piece,
                    )
                    if m:
                        verb = m.group("verb").strip()
                        name = f"{verb} {m.group('unit')}{m.group('more') or ''}"
                        found.append(
                            ParsedTarget(
                                name[0].upper() + name[1:],
                                parse_number(m.group("q")),
                                m.group("unit"),
                                line,
                            )
                        )
        return found

    def campaign(self, text: str) -> None:
        """ "… chia thành 02 đợt, bắt đầu từ ngày 15/03/2023 đến ngày 15/05/2023 …
        Đợt 2 bắt đầu từ 01/7/2023 đến 01/8/2023": the phases, and the time of
        the whole campaign for tasks that state none."""
        self.section_time = re.split(r"[,;]", text.split(":", 1)[-1])[0].strip()
        ranges = re.findall(
            r"từ\s+(?:ngày\s+)?(\d{1,2}/\d{1,2}/\d{4})\s+đến\s+(?:ngày\s+)?(\d{1,2}/\d{1,2}/\d{4})",
            text,
        )
        for number, (start, end) in enumerate(ranges, start=1):
            starts_on, ends_on = _date(start), _date(end)
            if starts_on and ends_on and starts_on <= ends_on:
                self.plan.phases.append(
                    ParsedPhase(f"Đợt {number}", starts_on, ends_on)
                )

    def budget(self, text: str) -> None:
        plan = self.plan
        plan.budget_text = plan.budget_text or text.strip()
        m = re.search(
            r"(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(triệu|tỷ|nghìn|ngàn)?\s*đồng", text
        )
        if m:
            amount = parse_number(m.group(1))
            scale = {"triệu": 10**6, "tỷ": 10**9, "nghìn": 10**3, "ngàn": 10**3}.get(
                m.group(2) or "", 1
            )
            if amount is not None and plan.budget_total is None:
                plan.budget_total = (amount * scale).quantize(Decimal(1))
                plan.budget_text = (
                    m.group(0) + text[m.end() :].split(".")[0].split(";")[0]
                )

    def _dates(self) -> None:
        day = self.plan.reference_day
        year = self.plan.plan_year
        for task in self.plan.tasks:
            if not task.time_text:
                if task.start_text:
                    self._start_column(task, year)
                continue
            text = task.time_text
            if task.sources.get("time") == "column":
                text = cell_time(text)  # "T6/2027", "Q3/2027", "2027"
            for wrong in impossible_dates(text):
                # "12/30/2026": no date is set in its place; the preview
                # says so beside the task (TaskProposal.flags) and here.
                self.plan.notes.append(
                    f"Nhiệm vụ {task.number}: ngày “{wrong}” không có thật, "
                    "chưa đặt thời hạn."
                )
            found = time_range(text, default_year=year, today=day)
            if found:
                task.starts_on, task.ends_on = found
                period = self.periods.get(id(task))
                if (
                    period
                    and period != task.time_text
                    and (whole := time_range(period, default_year=year, today=day))
                    and whole[0]
                    and task.ends_on
                    and whole[0] <= task.ends_on <= whole[1]
                    and (task.starts_on is None or task.starts_on < whole[0])
                ):
                    # "… trước ngày 25/3/2027" under "Tháng 3/2027": from the
                    # month's first day to the item's own day.
                    task.starts_on = whole[0]
                if task.starts_on and task.ends_on and task.starts_on > task.ends_on:
                    task.starts_on = None
            if task.start_text:
                self._start_column(task, year)

    @staticmethod
    def _start_column(task: ParsedTask, year: int | None) -> None:
        """A start the table gives in a column of its own: its first day (a
        month from day 1, a quarter from its first day, a day as written),
        when it is not after the deadline; the wording keeps both cells
        ("01/2027 – 06/2027")."""
        # No `today`: a day alone ("15/3/2027") is the day it starts, not a
        # deadline counted from the plan's date.
        found = time_range(cell_time(task.start_text), default_year=year)
        first = found and (found[0] or found[1])
        if first and (task.ends_on is None or first <= task.ends_on):
            task.starts_on = first
        task.time_text = " – ".join(t for t in (task.start_text, task.time_text) if t)

    def _unique_numbers(self) -> None:
        """Two tasks may not share a number (two sections both start at 1):
        the later ones take their section's number in front."""
        seen: dict[str, int] = {}
        for task in self.plan.tasks:
            number = task.number or str(len(seen) + 1)
            if number in seen and task.section:
                number = f"{task.section}.{number}"
            while number in seen:
                seen[number] += 1
                number = f"{task.number}-{seen[number]}"
            seen.setdefault(number, 1)
            task.number = number[:10]

    def referenced(self) -> None:
        """Leads and partners the organisation part gives by the tasks'
        numbers: a lead only to a task that states none, a partner added."""
        for body, role, part, numbers in self.references:
            for task in self.plan.tasks:
                if part and task.section and task.section != part:
                    continue
                if not any(
                    task.number == n or task.number.startswith(n + ".") for n in numbers
                ):
                    continue
                if role == "lead" and not task.lead_text:
                    task.lead_text = body
                    task.sources["lead"] = "reference"
                elif (
                    role == "coordinating"
                    and body != task.lead_text
                    and fold(body) not in {fold(u) for u in task.coordinating_units}
                ):
                    task.coordinating_units.append(body)
                    task.coordinating_text = "; ".join(task.coordinating_units)
                    task.sources["coordinating"] = "reference"

    def run(self) -> ParsedPlan:
        self.header()
        self.title()
        self.preamble()
        self.body()
        self.closing()
        self.referenced()
        plan = self.plan
        # Furniture in the header, the closing or an appendix's heading, which
        # the outline's walk of the body did not mark.
        for position in self.outline.furniture:
            line = self.outline.lines[position]
            if not line.used:
                line.used = PAGE_FURNITURE
        plan.source = [
            SourceLine(line.index, line.text, line.used, line.cells)
            for line in sorted(
                self.outline.lines + self.outline.page, key=lambda line: line.index
            )
        ]
        return plan


_REFERENCE = re.compile(
    r"\b(?:nhiem vu|noi dung|muc|diem|tiet)\s+(?:so\s+)?"
    r"(?P<n>\d+(?:\.\d+)*(?:\s*(?:,|va|-|den)\s*\d+(?:\.\d+)*)*)"
    r"(?:\s+(?:cua\s+)?(?:phan|muc)\s+(?P<part>[ivx]+)\b)?"
)


# The most tasks "mục 1-N" may name: a plan has some dozens.
_RANGE_LIMIT = 200


def references_in(text: str) -> list[tuple[str, str, str, list[str]]]:
    """What an item of the organisation part assigns by the tasks' numbers:
    "1. Phòng Kinh tế: Chủ trì thực hiện các nhiệm vụ tại mục 1, 3 và 5 Phần
    II; phối hợp với Phòng Văn hóa - Xã hội thực hiện nhiệm vụ tại mục 4" →
    Phòng Kinh tế leads 1, 3, 5 and takes part in 4. "Phòng Kinh tế chủ trì
    các nhiệm vụ tại mục 2 Phần II" says the same in one sentence."""
    text = re.sub(r"^\s*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•*])\s*", "", text.strip())
    folded = folded_same_length(text)
    m = re.match(r"^(?P<b>[^:;]{3,120}):\s*(?P<r>.+)$", text)
    body = body_named(m.group("b")) if m else ""
    rest = m.group("r") if m and body else ""
    if not body:
        m = re.match(r"^(?P<b>[^,;:]{3,120}?)\s+(?=chu tri\b|phoi hop\b)", folded)
        if not m or not is_unit(text[: m.end("b")]):
            return []
        body, rest = text[: m.end("b")].strip(), text[m.end("b") :]
    found = []
    for clause in re.split(r";\s*", rest):
        folded = fold(clause)
        role = (
            "lead"
            if re.match(r"^(?:la don vi\s+)?chu tri\b", folded)
            else "coordinating"
            if re.match(r"^phoi hop\b", folded)
            else ""
        )
        if not role:
            continue
        for ref in _REFERENCE.finditer(folded):
            bounds = [int(n) for n in re.findall(r"\d+", ref.group("n"))]
            if (
                re.search(r"\d\s*(?:-|den)\s*\d", ref.group("n"))
                and len(bounds) == 2
                and 0 <= bounds[1] - bounds[0] <= _RANGE_LIMIT
            ):
                # "mục 1-3": every task between; "mục 1-99999999999" is no
                # plan's tasks, its two numbers stay as written.
                numbers = [str(n) for n in range(bounds[0], bounds[1] + 1)]
            else:
                numbers = re.findall(r"\d+(?:\.\d+)*", ref.group("n"))
            part = (ref.group("part") or "").upper()
            found.append((body, role, part, numbers))
    return found


def groups_motto_tail(text: str, header: list[Line], line: Line) -> bool:
    """The end of the national motto wrapped onto a line of its own ("CỘNG
    HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM")."""
    position = header.index(line) if line in header else -1
    if position <= 0 or len(text) > 20:
        return False
    before = fold(header[position - 1].text)
    return before.startswith("cong hoa xa hoi") and not before.endswith("viet nam")


def _split_title(text: str) -> tuple[str, str]:
    """A bullet task's title and description: "Về nhà ở, vườn hộ: Tập trung …"
    or "Quan tâm cao …; xóa bỏ …". A mark inside brackets splits nothing
    ("Trồng hoa (giống địa phương; năm 2026)")."""
    text = text.strip()
    head, sep, rest = _partition_outside_brackets(text, ":")
    if sep and rest.strip() and len(head) <= 80 and not re.search(r"\d$", head):
        return head.strip(), rest.strip()
    head, sep, rest = _partition_outside_brackets(text, ";")
    if sep and rest.strip():
        return head.strip(), rest.strip()
    return text, ""


def _partition_outside_brackets(text: str, mark: str) -> tuple[str, str, str]:
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if char == mark and depth <= 0:
            return text[:i], mark, text[i + 1 :]
    return text, "", ""


# The least indent (points) of a line in a signature's right column.
_RIGHT_COLUMN = 200.0


def _signature_columns(closing: list[Line]) -> list[tuple[Line, list[str]]]:
    """The closing's lines, each with its texts (a row's cells, else its
    own text). Two signatures side by side whose lines a PDF broke out of
    their table ("TM. ỦY BAN NHÂN DÂN" | "TM. BAN CHẤP HÀNH" in the table,
    then the posts and names as lines of their own, placed by their indent)
    come back column by column: the left signature whole, then the right."""
    rows = [
        (line, [c for c in (line.cells or []) if c] or [line.text]) for line in closing
    ]
    signing = {line.column for line in closing if SIGNING.match(line.text)}
    if not {0, 1} <= signing:
        return rows
    first = next(i for i, line in enumerate(closing) if line.column is not None)
    end = first
    while end < len(closing) and (
        closing[end].column is not None or _signs(closing[end].text)
    ):
        end += 1
    columns: list[list[tuple[Line, list[str]]]] = [[], []]
    for line, texts in rows[first:end]:
        column = line.column
        if column is None:
            column = int(line.indent >= _RIGHT_COLUMN)
        columns[min(column, 1)].append((line, texts))
    return rows[:first] + columns[0] + columns[1] + rows[end:]


@dataclass
class _SignatureBlock:
    """A signature's places in the closing's parts, and for whom it signs."""

    authority: str
    places: list[int]


def _signature_blocks(parts: list[tuple[Line, str]]) -> list[_SignatureBlock]:
    """The closing's signature blocks, each from its "TM."/"KT." line to its
    signer's name."""
    blocks: list[_SignatureBlock] = []
    block = None
    for place, (_line, text) in enumerate(parts):
        if block is None or not _signs(text):
            block = None
            if SIGNING.match(text):
                block = _SignatureBlock(text, [place])
                blocks.append(block)
            continue
        block.places.append(place)
        if len(block.places) == 2 and _authority_goes_on(block.authority, text):
            block.authority += " " + text
        if is_signers_name(text):
            block = None
    return blocks


# "TM. BAN THƯỜNG TRỰC" over "ỦY BAN MTTQ VIỆT NAM XÃ": a body named by its
# role goes on with the body it belongs to.
_ROLE_AUTHORITY = re.compile(
    r"^(?:tm\s*\.|t\s*/\s*m)\s*(?:ban )?(?:thuong truc|thuong vu|chap hanh)$"
)
_BODY_START = re.compile(
    r"^(?:uy ban|ubnd|ubmttq|ub|mat tran|mttq|hoi|doan|cong doan|lien doan|hdnd|dang uy)\b"
)


def _authority_goes_on(authority: str, text: str) -> bool:
    """Whether `text` is the rest of a "TM." line that named a role only."""
    return bool(
        text.isupper()
        and _ROLE_AUTHORITY.match(fold(authority))
        and _BODY_START.match(fold(text))
    )


def _signs_for(authority: str, issuer: str) -> bool:
    """Whether a signature's authority ("TM. ỦY BAN NHÂN DÂN") names the
    issuer ("UBND XÃ HƯNG LỘC"), abbreviations expanded."""
    body = re.sub(r"^(?:TM\s*\.|T\s*/\s*M)\s*", "", authority, flags=re.I)
    if body == authority or not issuer:
        return False
    return f"{key(issuer)} ".startswith(f"{key(body)} ")


def _signs(text: str) -> bool:
    """A line of a signature block: for whom, a post, a name, "(Đã ký)"."""
    return bool(
        SIGNING.match(text)
        or (text.isupper() and len(text) < 80)
        or is_signers_name(text)
        or re.fullmatch(r"\(?(?:da ky|ky ten)[^)]*\)?", fold(text))
    )


def bases_in(text: str) -> list[Basis]:
    """The documents a "Thực hiện …"/"Căn cứ …" line cites, whatever
    qualifies their type ("Chương trình phối hợp số …", "Kế hoạch liên tịch
    số …") and whoever issued them ("của A", or "giữa A và B" for a joint
    document)."""
    pattern = re.compile(
        rf"(?P<kind>{BASIS_KINDS})"
        rf"(?:(?:\s+(?!(?:{BASIS_KINDS})\b)[^\W\d_]+){{1,6}}?\s+số|\s+(?:số)?)\s*"
        r"(?P<number>\d[\w/.\-Đđ]*?)\s*,?\s*"
        r"(?:ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?\s*"
        r"(?:(?:của|giữa)\s+(?P<issuer>.+?))?"
        r"(?:\s+(?:về việc|về|V/v)\s+(?P<about>.+?))?"
        rf"(?=;|\.\s*$|\s+và\s+(?:{BASIS_KINDS})\s+số|$)",
        re.IGNORECASE,
    )
    found = []
    for m in pattern.finditer(text):
        number = m.group("number").rstrip(".,")
        if "/" not in number:
            continue
        found.append(
            Basis(
                kind=m.group("kind")[0].upper() + m.group("kind")[1:].lower(),
                number=number,
                issued_on=_date(m.group("date") or ""),
                issuer=(m.group("issuer") or "").strip(" ,"),
                about=(m.group("about") or "").strip(" ,."),
                text=m.group(0).strip(" ;,"),
            )
        )
    return found


def understand(outline: Outline) -> ParsedPlan:
    """The plan an outline describes."""
    return Reader(outline).run()


__all__ = ["understand", "attribute", "units", "parse_number", "marker"]
