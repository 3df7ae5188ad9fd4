"""The zones of a Decree 30 document around its body: the header lines,
the type and title (a type line, an appendix or table caption uploaded
alone, a title with its type inline, a message's announcing sentence), the
preamble's addressees and listed bases, the closing ("Nơi nhận", the
signatures), and what is no part of the text: page numbers and running
headers copied in, the web page a plan was copied from."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ntm.text import fold
from plans.document_import.blocks import Line
from plans.document_import.labels import BODY_KINDS
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.markers import BULLETS, DOC_TYPES, SEPARATOR, marker

# A place and date with no "ngày", the whole line: "Kỳ Anh, 05/01/2027",
# "Kỳ Anh, 5-1-2027", "Kỳ Anh, tháng 01 năm 2027" (no day: a month and
# year, as "ngày   tháng 01 năm 2027" is read). The place has no figure,
# so "Căn cứ …, 05/01/2027" or a task's time is none.
BARE_PLACE_DATE = re.compile(
    r"(?P<place>[^\W\d][^,\d:;()]{1,59}),\s*"
    r"(?:(?P<day>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<month>\d{1,2})\s*(?P=sep)\s*"
    r"|tháng\s*(?P<only_month>\d{1,2}|[…._ ]*)\s*(?:năm|/)\s*)"
    r"(?P<year>\d{4})\s*\.?",
    re.IGNORECASE,
)


def is_header_line(text: str) -> bool:
    folded = fold(text)
    return bool(
        text.isupper()
        or re.match(r"^so\s*:?\s*[\d…._ /]*/", folded)
        or re.search(r"\bngay\b.*\bthang\b.*\bnam\b", folded)
        or BARE_PLACE_DATE.fullmatch(text.strip())
        or folded.startswith(("doc lap", "cong hoa"))
        or SEPARATOR.match(text)
    )


def wrapped_in_the_header(lines: list, i: int) -> bool:
    """`lines[i]`, a type alone ("CHƯƠNG TRÌNH"), is a piece of the issuer's
    name wrapped in its column ("BAN CHỈ ĐẠO CÁC" / "CHƯƠNG TRÌNH" / "MỤC
    TIÊU QUỐC GIA") when the header's other parts (the motto, the number,
    the place and date) follow it within a few lines and a type line
    follows further down: a document's type comes after its header."""
    folded = [
        fold(text)
        for line in lines[i + 1 : i + 5]
        for text in (line.cells if line.cells is not None else [line.text])
    ]
    if not any(
        f.startswith(("doc lap", "cong hoa")) or re.match(r"^so\s*:", f) for f in folded
    ):
        return False
    return any(
        line.cells is None and DOC_TYPES.get(doc_type_key(line.text))
        for line in lines[i + 1 : i + 16]
    )


# A signature written on one line, as a message ends (folded, its length
# kept): "TM. UBND xã - Chủ tịch Nguyễn Hữu Phước", "T/M Đảng ủy xã, Bí thư:
# Lê Văn Hùng" (for whom, then the post, then the name), or "Chủ tịch UBND
# xã Phạm Minh Tuấn" (the post of a body, then the name).
_POSTS = label_pattern("signature", "posts")


_LEVELS = ("xa", "phuong", "thi tran", "huyen", "quan", "thi xa", "thanh pho", "tinh")


_SIGNED_FOR = re.compile(
    r"^(?P<authority>(?:(?:tm|kt|tl|tuq)(?:\s*\.|\s)|t\s*/\s*m\b|k\s*/\s*t\b|t\s*/\s*l\b)"
    rf"\s*\S.*?)\s*[-–,:]\s*(?P<post>{_POSTS})\s*:?\s+(?P<name>\S.*?)\s*\.?$"
)


_HEAD_OF = re.compile(
    rf"^(?P<post>{_POSTS})\s+(?P<body>{BODY_KINDS}.*?\b(?:{'|'.join(_LEVELS)}))"
    r"\s+(?P<name>\S.*?)\s*\.?$"
)


_POST_AND_NAME = re.compile(rf"^(?P<post>{_POSTS})\s*:?\s+(?P<name>\S.*?)\s*\.?$")


@dataclass
class Signature:
    authority: str  # "TM. UBND xã", as written, or made from the body
    post: str  # "Chủ tịch"
    name: str  # "Nguyễn Hữu Phước"


# Words that name a body or a place, never a person: "PHÓ CHỦ TỊCH UBND
# TỈNH" under "TRƯỞNG BAN" is the signer's other post, not a post and a name.
_BODY_WORDS = {"UBND", "HĐND", "TỈNH", "XÃ", "HUYỆN", "PHƯỜNG"}


# For whom a signature signs, at a line's start: "TM.", "KT.", "TL.", "TUQ.",
# "Q." or "T/M", "K/T", "T/L".
SIGNS_FOR = re.compile(
    r"^(?:(?:TM|KT|TL|TUQ|Q)\s*\.|T\s*/\s*M\b|K\s*/\s*T\b|T\s*/\s*L\b)"
)


def one_line_signature(text: str) -> Signature | None:
    """A signature written on one line, its parts as written ("Chủ tịch
    Nguyễn Hữu Phước" alone: no authority); None for any other line. The
    name is two to five words, each with a capital; after
    "Chủ tịch UBND xã" a place may come first ("… xã Hòa Bình Phạm Minh
    Tuấn": the last three words are the name when more than four follow)."""
    text = text.strip()
    folded = fold(text)
    if len(folded) != len(text):
        return None
    if m := _SIGNED_FOR.match(folded):
        authority = text[: m.end("authority")]
        post = text[m.start("post") : m.end("post")]
        name = text[m.start("name") : m.end("name")]
    elif m := _HEAD_OF.match(folded):
        words = text[m.start("name") : m.end("name")].split()
        place = words[:-3] if len(words) > 4 else []
        name = " ".join(words[len(place) :])
        body = " ".join([text[m.start("body") : m.end("body")], *place])
        post, authority = text[m.start("post") : m.end("post")], f"TM. {body}"
    elif m := _POST_AND_NAME.match(folded):
        # "Chủ tịch Nguyễn Hữu Phước" under "TM. UBND xã".
        authority = ""
        post = text[m.start("post") : m.end("post")]
        name = text[m.start("name") : m.end("name")]
    else:
        return None
    words = name.split()
    if (
        not 2 <= len(words) <= 5
        or not all(w[:1].isupper() and w.isalpha() for w in words)
        or _BODY_WORDS & {w.upper() for w in words}
    ):
        return None
    return Signature(authority.strip(" ,-–"), post, name)


def closing_start_of(lines: list[Line], start: int) -> int:
    """Where "Nơi nhận:" or the signature block begins, after the body."""
    for index in range(len(lines) - 1, start - 1, -1):
        if fold(lines[index].text).startswith("noi nhan"):
            # The signature may stand before "Nơi nhận" when the two columns
            # were read one after the other, or two signatures side by side
            # above it (a joint plan): from the first "TM." of those blocks.
            if (signed := _signatures_above(lines, start, index)) is not None:
                return signed
            k = index
            while (
                k - 1 >= start and _signature_line(lines[k - 1].text) and k > index - 4
            ):
                k -= 1
            return k
    for index in range(len(lines) - 1, max(start, len(lines) - 8) - 1, -1):
        if re.match(r"^(?:TM|KT|TL|TUQ|Q)\s*\.", lines[index].text):
            return index
    for index in range(len(lines) - 1, max(start, len(lines) - 3) - 1, -1):
        if lines[index].cells is None and one_line_signature(lines[index].text):
            return index
    return len(lines)


def _signatures_above(lines: list[Line], start: int, end: int) -> int | None:
    """Where the signature blocks that end on a signer's name right above
    line `end` begin: their first "TM."/"KT." line, over at most a dozen
    lines of posts and names; None if no name ends them so."""
    k = end
    while (
        k - 1 >= start
        and k > end - 14
        and lines[k - 1].cells is None
        and (_signature_line(lines[k - 1].text) or is_signers_name(lines[k - 1].text))
    ):
        k -= 1
    if k == end or not is_signers_name(lines[end - 1].text):
        return None
    return next((i for i in range(k, end) if SIGNS_FOR.match(lines[i].text)), None)


def is_signers_name(text: str) -> bool:
    """ "Nguyễn Văn Lực": two to five capitalised words, not in capitals; an
    apostrophe inside a word as written ("Điểu K'Lưm", "Rơ Châm H’Phim")."""
    words = text.split()
    return (
        2 <= len(words) <= 5
        and not text.isupper()
        and all(w[:1].isupper() and _APOSTROPHE.sub("", w).isalpha() for w in words)
    )


# An apostrophe inside a name of the Central Highlands ("H'Phim", "K’Lưm").
_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")


def _signature_line(text: str) -> bool:
    return bool(SIGNS_FOR.match(text)) or (text.isupper() and len(text) < 40)


PAGE_FURNITURE = "đầu trang, số trang"


def page_furniture(lines: list[Line], own: str) -> set[int]:
    """The positions of the lines that are a page's number or running header
    copied into the text (from a PDF). Only a document that shows it had
    pages has any: a page's number typed as one ("- 3 -", "Trang 2/5", "2/5"),
    bare numbers that count pages (2, then 3 further on), a line that only
    names this very plan ("Kế hoạch số 30/KH-UBND ngày 09/02/2026 của UBND xã
    Hòa An"; `own` is its "30/KH-UBND") when it repeats or stands by a page's
    number. A lone "12" under "tổng chiều dài (km):" is a figure, and "Kế
    hoạch số 12/KH-UBND thay thế …" said once is a sentence of the body."""
    own = re.sub(r"\s+", "", fold(own))
    paged: set[int] = set()
    bare: list[tuple[int, int]] = []
    named: dict[str, list[int]] = {}
    for position, line in enumerate(lines):
        if line.cells is not None:
            continue
        folded = fold(line.text).strip()
        if re.fullmatch(r"\d{1,3}", folded):
            bare.append((position, int(folded)))
        elif re.fullmatch(
            r"-\s*\d{1,3}\s*-|(?:trang\s+)?\d{1,3}\s*/\s*\d{1,3}|trang\s+\d{1,3}",
            folded,
        ):
            paged.add(position)
        elif (
            own
            and len(line.text) <= 160
            and re.match(
                rf"^(?:ke hoach|quyet dinh)\s+so\s*:?\s*{re.escape(own)}(?![\w/-])",
                folded,
            )
        ):
            named.setdefault(folded, []).append(position)
    # Bare numbers count pages when two or more go up by one, lines apart.
    for (a, n), (b, m) in itertools.pairwise(bare):
        if m == n + 1 and b - a >= 3:
            paged.update((a, b))
    for positions in named.values():
        for position in positions:
            if len(positions) > 1 or {position - 1, position + 1} & paged:
                paged.add(position)
    return paged


def own_number(header: list[Line]) -> str:
    """ "30/KH-UBND" from the header's "Số: 30/KH-UBND", or ""."""
    for line in header:
        if m := re.search(r"\bSố\s*:?\s*(\d+\s*/\s*[^\s\t]+)", line.text):
            return m.group(1)
    return ""


WEB_PAGE = "trang web"


_PAGE_TOP = re.compile(
    r"^(?:trang chu\s*[>/»›|]|(?:" + label_pattern("web_page", "top") + r")\b)"
)


# A tail's line is only its words, "Tệp đính kèm: …" its file, "Chia sẻ |
# In bài", "Chia sẻ: Facebook".
_PAGE_TAIL = re.compile(
    r"^(?:(?:tep|file|tai lieu) dinh kem\s*:.*|(?:(?:"
    + label_pattern("web_page", "tail")
    + r"|facebook|zalo|email)\s*[:|]?\s*)+)$"
)


def web_page(lines: list[Line]) -> set[int]:
    """The positions of the lines of the web page the plan was copied from
    (labels.toml [web_page]): every line down to the last of the page's
    lines among the first ten, when none of them is the plan's own header
    ("Số: …", the national motto), and every line from the first of the
    page's tail in the document's second half to the end."""
    page: set[int] = set()
    top = [
        i
        for i, line in enumerate(lines[:10])
        if line.cells is None and _PAGE_TOP.match(fold(line.text).strip())
    ]
    if top and not any(
        re.match(r"^(?:so\s*:|cong hoa|doc lap)", fold(line.text).strip())
        for line in lines[: top[-1]]
    ):
        page.update(range(top[-1] + 1))
    tail = next(
        (
            i
            for i in range(max(len(lines) // 2, len(page)), len(lines))
            if lines[i].cells is None
            and len(lines[i].text) <= 120
            and _PAGE_TAIL.match(fold(lines[i].text).strip(" *"))
        ),
        None,
    )
    if tail is not None:
        page.update(range(tail, len(lines)))
    return page


def appendix_start(lines: list[Line], closing_start: int) -> int:
    """Where an appendix after the signature begins ("PHỤ LỤC" / "DANH MỤC
    NHIỆM VỤ" / "(Kèm theo Kế hoạch số …)" over a task table), or the end.
    Only a heading followed, within a few lines, by a table counts."""
    for index in range(closing_start, len(lines)):
        if lines[index].cells is None and re.match(
            r"^phu luc\b", fold(lines[index].text)
        ):
            following = lines[index + 1 : index + 6]
            if any(line.cells is not None for line in following):
                return index
    return len(lines)


# A line that opens with a label of a few words and its colon.
LABEL_LINE = re.compile(r"^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,5}\s*:\s+\S")


def hard_wrapped(lines: list[Line]) -> bool:
    """Text copied out of a PDF or an e-mail: every line cut at about the same
    width, most of the long ones in the middle of a sentence."""
    long = [line.text for line in lines if line.cells is None and len(line.text) >= 60]
    if len(long) < 4 or max(len(t) for t in long) > 100:
        return False
    open_ended = sum(1 for t in long if not re.search(r"[.:;!?…)”\"]$", t))
    return open_ended / len(long) >= 0.4


def lone_appendix(lines: list[Line]) -> tuple[int | None, str]:
    """(position of "PHỤ LỤC", the type of the document it goes with) for a
    document that is only an appendix: "PHỤ LỤC" near the top, then within a
    few lines "(Kèm theo Kế hoạch số …)"; (None, "") otherwise."""
    for i, line in enumerate(lines[:12]):
        if line.cells is None and re.fullmatch(
            r"phu luc(?:\s+(?:so\s+)?[ivx\d]+)?", fold(line.text).strip(" .:")
        ):
            for after in lines[i + 1 : i + 7]:
                m = re.match(r"^\(?\s*kem theo\s+(.+?)\s+so\b", fold(after.text))
                if after.cells is None and m and m.group(1) in DOC_TYPES:
                    return i, DOC_TYPES[m.group(1)]
            return None, ""
    return None, ""


# A form's label at a table's top right ("Biểu số 02/NTM-XA", "Mẫu số 03",
# "Biểu mẫu 01/KH-NTM"), folded; what the line is used as.
FORM_LABEL = re.compile(r"^(?:bieu so|bieu mau|mau so)\s*:?\s*[\w./-]{0,20}$")


FORM = "số biểu mẫu"


# The issuer's lines above a caption ("ỦY BAN NHÂN DÂN" / "XÃ PHÚ HỮU") and
# a form's label: no part of it.
_BODY_OR_FORM = re.compile(
    rf"{BODY_KINDS}|(?:xa|phuong|thi tran|huyen|tinh|thanh pho)\b|{FORM_LABEL.pattern}"
)


# "(Kèm theo Kế hoạch số …" (folded): the document a table goes with.
_GOES_WITH = re.compile(r"^\(?\s*kem theo\s+(.+?)\s+so\b")


def lone_caption(lines: list[Line]) -> tuple[int | None, str]:
    """(position of the caption, the type of the document it goes with) for
    a table exported with no "KẾ HOẠCH" or "PHỤ LỤC" above it: a caption in
    capitals ("TỔNG HỢP NHIỆM VỤ … NĂM 2027") right above "(Kèm theo Kế
    hoạch số …)" near the top, a form's label ("Biểu số 02/…") aside;
    (None, "") otherwise."""
    for i, line in enumerate(lines[:12]):
        m = _GOES_WITH.match(fold(line.text))
        if line.cells is not None or not m or m.group(1) not in DOC_TYPES:
            continue
        start = i
        while (
            start > 0
            and i - start < 3
            and lines[start - 1].cells is None
            and lines[start - 1].text.isupper()
            and not _BODY_OR_FORM.match(fold(lines[start - 1].text))
        ):
            start -= 1
        if start == i:
            return None, ""
        return start, DOC_TYPES[m.group(1)]
    return None, ""


def type_and_title(
    lines: list[Line],
) -> tuple[int | None, str, Line | None, Line | None]:
    """A plan whose type and title are one heading, in capitals or bold near
    the top ("KẾ HOẠCH THỰC HIỆN XÂY DỰNG NÔNG THÔN MỚI NĂM 2027" typed in a
    spreadsheet's second row, or a short text): its position, its type, the
    title as a line of its own (same index) and None. "KẾ HOẠCH GIAI ĐOẠN
    2026-2030", whose title is on the next lines: its position, its type,
    None and the period as a line to end the title with. Only "Kế hoạch":
    "CHƯƠNG TRÌNH …", "HƯỚNG DẪN …" so typed are an issuer's name wrapped or
    a sentence; and never a citation ("KẾ HOẠCH SỐ 12/KH-UBND …", "KẾ HOẠCH
    12/KH-UBND NGÀY …")."""
    for i, line in enumerate(lines[:12]):
        text = line.text.strip()
        if line.cells is not None or not (text.isupper() or line.bold):
            continue
        folded = fold(text)
        m = re.match(r"^ke hoach\s*[:\-–]?\s+(?=\w)", folded)
        if not m or len(text) > 220:
            continue
        rest = folded[m.end() :]
        if re.match(r"(?:so\b|\d)", rest) or re.search(r"\d+\s*/\s*[a-z]", rest):
            continue
        piece = Line(
            index=line.index, text=text[m.end() :], bold=line.bold, align=line.align
        )
        after = lines[i + 1] if i + 1 < len(lines) else None
        if (
            re.fullmatch(r"(?:giai doan|nam|nhiem ky)\s+[\d\s/–-]+", rest)
            and after is not None
            and after.cells is None
            and marker(after.text)[0] == "text"
        ):
            piece.text = piece.text.lower()
            return i, DOC_TYPES["ke hoach"], None, piece
        if len(rest) < 8:
            continue
        piece.text = piece.text[:1].upper() + piece.text[1:]
        return i, DOC_TYPES["ke hoach"], piece, None
    return None, "", None, None


# Whom a message sends its plan to, between the verb and the plan ("gửi
# tới các đồng chí Kế hoạch …", "gửi các thôn Kế hoạch …"), folded.
SENT_TO = r"(?:(?:toi|den|cho|cac|quy|toan the)\s+.{0,80}?\s+)?"


# "UBND xã Long Hưng thông báo Kế hoạch số 88/KH-UBND ngày …", "Đảng ủy xã
# … ban hành Kế hoạch số 15-KH/ĐU …", "Ban Chỉ đạo xã … triển khai …": who
# (a body), a verb of sending, then the document and its number (folded).
ANNOUNCED = re.compile(
    "^"
    + BODY_KINDS
    + r".{0,120}?\s(?:da\s+)?(?:"
    + label_pattern("announce", "verbs")
    + r")\s+"
    + SENT_TO
    + r"(?P<type>ke hoach|chuong trinh)\s+so\b"
)


# What may stand before the sentence: a forwarded e-mail's or message's
# block ("---------- Forwarded message ---------", "[Tin nhắn chuyển tiếp]",
# "From: …", "Subject: …"; labels.toml [mail]) and greetings ("Kính gửi:
# …", "Chào các đồng chí!"; [announce] greetings), folded.
_PRELIMINARY = re.compile(
    r"^[\W_]*(?:(?:"
    + label_pattern("mail", "fields")
    + r")\s*:|(?:"
    + label_pattern("mail", "separators")
    + "|"
    + label_pattern("announce", "greetings")
    + r")\b)"
)


def title_goes_on(title: list[Line], line: Line) -> bool:
    """Whether `line` goes on the `title` read so far though set apart from
    it (LibreOffice's PDF sets a centred title's first line as wide as the
    page and centres the rest; a justified paragraph over a centred one): a
    quotation is open at the title's end ("… Cuộc vận động “Toàn dân đoàn
    kết xây dựng nông" / "thôn mới, đô thị văn minh” năm 2027") or `line`
    starts in lower case."""
    return quote_open(" ".join(part.text for part in title)) or (
        line.text[:1].islower()
    )


def quote_open(text: str) -> bool:
    """Whether `text` ends inside a quotation, straight or curly."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def announcing_sentence(lines: list[Line]) -> tuple[int | None, str]:
    """(position, type) of the sentence that announces a plan near the top
    of a message with no header: among its first four lines, not counting a
    forwarded message's header, the greetings and the addressees under
    "Kính gửi:" (which are used as such); (None, "") if there is none."""
    skipped: list[Line] = []
    others = 0
    addressed = False
    for position, line in enumerate(lines[:24]):
        if line.cells is not None:
            break
        if m := ANNOUNCED.match(fold(unbulleted(line.text))):
            for earlier in skipped:
                earlier.used = "lời chào"
            return position, DOC_TYPES[m.group("type")]
        folded = fold(line.text)
        if _PRELIMINARY.match(folded) or (addressed and _addressee(line.text)):
            addressed = addressed or bool(re.match(r"^[\W_]*kinh gui\b", folded))
            skipped.append(line)
            continue
        others += 1
        if others >= 4:
            break
    return None, ""


def _addressee(text: str) -> bool:
    """ "- Các đồng chí Trưởng thôn;", "Các đoàn thể xã.": a line of the
    list under "Kính gửi:"."""
    return len(text) <= 150 and (
        marker(text)[0] in BULLETS or text.rstrip().endswith((";", ",", "."))
    )


def unbulleted(text: str) -> str:
    """`text` without the bullet it opens with ("📢 UBND xã …" once the emoji
    became a typed bullet)."""
    kind, _, rest = marker(text)
    return rest if kind in BULLETS else text


# A joint document's type line: "KẾ HOẠCH LIÊN TỊCH", "KẾ HOẠCH PHỐI HỢP",
# "CHƯƠNG TRÌNH PHỐI HỢP" (two bodies issue it) is the type alone.
_JOINT = re.compile(r"\s+(?:lien tich|phoi hop|lien nganh)$")


def names_joint(text: str) -> bool:
    """ "KẾ HOẠCH LIÊN TỊCH": a type line that says two bodies issue it."""
    return bool(_JOINT.search(fold(text).strip(" .:")))


def doc_type_key(text: str) -> str:
    """The type a line alone names, folded: "KẾ HOẠCH (DỰ THẢO)" and "KẾ
    HOẠCH LIÊN TỊCH" are "ke hoach"."""
    folded = fold(text).strip(" .:")
    folded = re.sub(r"\s*\(.*\)$", "", folded)
    return _JOINT.sub("", folded)


def preamble_addressed(preamble: list[Line]) -> bool:
    """The preamble so far ends in a letter's "Kính gửi:" over its list of
    addressees ("- UBND các xã, thị trấn;"), which the next bullet goes on."""
    for line in reversed(preamble):
        if fold(line.text).startswith("kinh gui"):
            text = line.text.rstrip()
            return text.endswith(":") or (
                bool(glued_addressee(text)) and text.endswith((";", ","))
            )
        if marker(line.text)[0] not in BULLETS or not line.text.rstrip().endswith(
            (";", ",")
        ):
            return False
    return False


def glued_addressee(text: str) -> str:
    """The first addressee of a "Kính gửi:- Ủy ban nhân dân các xã;" line
    whose list opens on its own line, the dash glued to the colon (a PDF's
    text, a letter typed fast); "" for any other line."""
    if ":" not in text or not fold(text).startswith("kinh gui"):
        return ""
    kind, _, item = marker(text.split(":", 1)[1].strip())
    return item.strip(" .;,") if kind in BULLETS else ""


def listed_bases(lines: list[Line], start: int) -> list[Line]:
    """The lines from `start` that list the plan's bases under numbers of
    one kind ("1. Căn cứ Nghị quyết số …;", "2. Thực hiện Kế hoạch số …"),
    one at least opening with "Căn cứ"; [] if they are no such list (a
    plan's first task may name the plan it carries out)."""
    kind = marker(lines[start].text)[0]
    listed = list(
        itertools.takewhile(
            lambda line: (
                line.cells is None
                and marker(line.text)[0] == kind
                and is_basis(fold(marker(line.text)[2]))
            ),
            lines[start:],
        )
    )
    if any(fold(marker(line.text)[2]).startswith("can cu") for line in listed):
        return listed
    return []


# Under a title, before the table (folded): a note in brackets that names
# the document it goes with or implements ("(Kèm theo Kế hoạch số …)",
# "(Thực hiện Kế hoạch số 45/KH-UBND …)", "(Căn cứ …)") and a table's caption
# ("BIỂU 01: NHÓM TIÊU CHÍ …", "Biểu số 2", "Phụ lục 02", "PHỤ LỤC II"); what
# such a line is used as.
CAPTION_LINE = re.compile(r"^(?:bieu|phu luc)\s*(?:so\s*)?(?:\d+|[ivx]+)\b")


_NOTE = r"\(\s*(?:kem theo|ban hanh kem theo|thuc hien|can cu|trien khai)\b"


NOTE_OR_CAPTION = re.compile(rf"^{_NOTE}|{CAPTION_LINE.pattern}")


# Above a table in the body, a note is one whole line in brackets.
_SHEET_CAPTION = re.compile(rf"^{_NOTE}.*\)$|{CAPTION_LINE.pattern}")


CAPTION = "tên biểu"


def table_caption(lines: list[Line], index: int, end: int) -> bool:
    """Whether lines[index] is a note in brackets or a "BIỂU 0N" caption
    standing, with at most one more of them, right above a table."""
    for line in lines[index : min(index + 3, end)]:
        if line.cells is not None:
            return line is not lines[index]
        if not _SHEET_CAPTION.match(fold(line.text).strip()):
            return False
    return False


def is_basis(folded: str) -> bool:
    return bool(
        re.match(r"^(?:can cu|thuc hien|theo|trien khai|tiep theo)\b", folded)
        and re.search(r"\bso\s*:?\s*\d", folded)
    ) or folded.startswith("can cu")
