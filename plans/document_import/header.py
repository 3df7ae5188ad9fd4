"""The header, title, bases and closing in the meaning stage: number lines,
place and date (and dates wrapped over two lines), "kèm theo" appendices,
the mail wrapper, the bases ("Căn cứ …", `bases_in`), the signature
columns and blocks (tasks given by number: task_references.py); `HeaderMixin`
holds the Reader's methods that read them."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from ntm.documents.closing_beside import BULLETS, OPENING, recipient
from ntm.text import fold
from plans.document_import.attributes import capitalised, date
from plans.document_import.blocks import Block, Line, Outline
from plans.document_import.capitals import CAPITAL
from plans.document_import.cooperatives import trade_only
from plans.document_import.joint_signatures import joint_blocks, names_body
from plans.document_import.labels import full_kinds
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.letters import ANNOUNCED_TAIL, ANNOUNCEMENT
from plans.document_import.markers import marker
from plans.document_import.matching import key
from plans.document_import.parsed import Basis, ParsedCosigner, ParsedPlan
from plans.document_import.parts import (
    BARE_PLACE_DATE,
    CAPTION,
    CAPTION_LINE,
    FORM,
    FORM_LABEL,
    SIGNS_FOR,
    is_signers_name,
    one_line_signature,
    unbulleted,
)
from plans.document_import.timeframes import impossible_dates
from plans.document_import.units import (
    BODY_HEAD,
    LEVELS,
    ORG_WORDS,
    folded_same_length,
)

BASIS_KINDS = r"Kế hoạch|Quyết định|Công văn|Nghị quyết|Thông tư|Chỉ thị|Hướng dẫn|Chương trình|Thông báo|Nghị định|Luật|Văn bản|Đề án|Kết luận|Báo cáo|Tờ trình"
# A document's date as a citation writes it: "ngày 16/6/2025", or in words
# as its own header does, "ngày 16 tháng 6 năm 2025".
_CITED_DATE = r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"


_SUBJECT = re.compile(r"^(?:V/v|V\.v\.?|Về việc)\s*:?\s*(\S.*)$")
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
# The first words of a mail copied without its headers ("Gửi các đ/c kế
# hoạch …", "Kính gửi các đồng chí …"; labels.toml [mail] openings).
_MAIL_OPENING = re.compile(
    r"^[\W_]*(?:"
    + label_pattern("mail", "openings")
    + "|"
    + label_pattern("announce", "greetings")
    + r")\b"
)
# The courtesy the e-mail signs off with above its "--" ("Trân trọng!").
_MAIL_COURTESY = re.compile(
    r"^(?:" + label_pattern("announce", "courtesies") + r")\W*$"
)
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
# "ngày 5/1/2027", "ngày 05-01-2027", "ngày 05.01.2027" (day first); a
# draft's blanks in figures too: "ngày   /5/2027", "ngày …/…/2027".
PLACE_DATE = re.compile(
    r"^(?:(?P<place>[^,]{2,60}),\s*)?ngày\s*(?P<day>[\d…._ ]*?)\s*"
    r"(?:tháng|(?<=\d)\s*[/.-](?=\s*\d)|/(?=[\d…._ ]*/\s*\d{4}\b))"
    r"\s*(?P<month>[\d…._ ]*?)\s*"
    r"(?:năm|(?<=\d)\s*[/.-](?=\s*\d{4}\b)|/(?=\s*\d{4}\b))\s*(?P<year>\d{4})",
    re.IGNORECASE,
)


# "(Dự thảo lần 2)", "(DỰ THẢO - xin ý kiến …)" on its own line under the
# title (labels.toml [draft] notes): a note, no part of the title.
_DRAFT_NOTE = re.compile(r"^\(\s*(?:" + label_pattern("draft", "notes") + r")\b.*\)$")


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
            if NUMBER_LINE.match(other.text) or _NUMBER_TAIL.match(other.text):
                # The left column's "Số: 37/KH-VPĐP" (or a draft's "/KH-UBND"
                # cut from its "Số:") read between the date's two lines (a
                # PDF whose issuer runs over three lines).
                continue
            if len(other.text) > 30:
                break
            text, more = f"{text} {other.text}", [*more, other]
            if PLACE_DATE.search(text):
                found[id(line)] = (text, more)
                break
    return found


# A draft's "Số:       /KH-UBND" (a Party's "Số:      -KH/ĐU") that a PDF's
# text reads as two cells, the right column's lines between: "Số:" … "/KH-UBND".
_NUMBER_HEAD = re.compile(r"^Số\s*:?\s*\d*[….·_ ]*$", re.IGNORECASE)
_NUMBER_TAIL = re.compile(r"^[….·_ ]*(?:/\s*[A-ZĐ][\wĐđ&.\-]*|-[A-ZĐ]\w*/[\wĐđ&.\-]+)$")


def _cut_numbers(header: list[Line]) -> dict[int, tuple[str, Line]]:
    """The header's number lines cut in two, by the id of their "Số:": the
    whole line and the line that ends it (the next "/SYMBOL" a few lines
    down)."""
    found: dict[int, tuple[str, Line]] = {}
    for position, line in enumerate(header):
        if not _NUMBER_HEAD.match(line.text):
            continue
        for other in header[position + 1 : position + 6]:
            if _NUMBER_TAIL.match(other.text):
                found[id(line)] = (f"{line.text} {other.text}", other)
                break
    return found


# An issuer's name wrapped in a narrow column (labels.toml [issuer]).
_NAME_GOES_ON_AFTER = re.compile(
    r"\b(?:" + label_pattern("issuer", "goes_on_after") + r")$"
)
_NAME_GOES_ON_FROM = re.compile(
    r"^(?:" + label_pattern("issuer", "goes_on_from") + r")\s"
)
# The national motto, then a name in capitals on the same line (a PDF's
# two columns read as one).
_MOTTO_THEN_NAME = re.compile(
    r"^Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc\s+(?P<name>\w.*)$", re.IGNORECASE
)
# A body named only by its role ("BAN THƯỜNG TRỰC"; labels.toml [issuer]).
_ROLE_ONLY = re.compile(r"(?:" + label_pattern("issuer", "roles") + r")")
# A mass organisation's national name as its motto (labels.toml [issuer]).
_ORGANISATION_MOTTO = re.compile(r"(?:" + label_pattern("issuer", "mottos") + r")")
# A post as a signature writes it (labels.toml [signature]).
_POST = re.compile(r"^(?:" + label_pattern("signature", "posts") + r")\b")
_NOT_SUBJECT = re.compile(r"^(?:" + label_pattern("letter", "not_subject") + r")\b")


def _signer_name(text: str) -> bool:
    """The signer's name under the post: two to six words, each opening on
    a capital, marked or not ("Nguyễn Văn Út", "Lò Văn Ủn")."""
    words = text.split()
    return 2 <= len(words) <= 6 and all(
        w[:1].isupper() and w.replace("'", "").replace("’", "").isalpha() for w in words
    )


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


def groups_motto_tail(text: str, header: list[Line], line: Line) -> bool:
    """The end of the national motto wrapped onto a line of its own ("CỘNG
    HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM")."""
    position = header.index(line) if line in header else -1
    if position <= 0 or len(text) > 20:
        return False
    before = fold(header[position - 1].text)
    if (
        before.startswith("cong hoa xa hoi")
        and not before.endswith("viet nam")
        # Not the issuer's line a PDF reads between: "BAN CHỈ ĐẠO CÁC".
        and fold(f"{before} {text}").startswith("cong hoa xa hoi chu nghia viet nam")
    ):
        return True
    # A PDF of a header table whose columns' lines stand at other heights
    # reads them in turn: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "BAN CHỈ ĐẠO CÁC" /
    # "VIỆT NAM": the line that completes the motto a line or two above.
    return any(
        fold(f"{other.text} {text}") == "cong hoa xa hoi chu nghia viet nam"
        for other in header[max(0, position - 3) : position - 1]
    )


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


def _block_signature(texts: list[str]) -> tuple[str, str, str]:
    """A signature block's lines as (for whom, post, name): "TM. BAN THƯỜNG
    TRỰC" / "ỦY BAN MTTQ VIỆT NAM XÃ" / "CHỦ TỊCH" / "Đinh Thị Thu Hà" →
    ("TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ", "CHỦ TỊCH", "Đinh Thị
    Thu Hà")."""
    authorities: list[str] = []
    posts: list[str] = []
    name = ""
    for text in texts:
        if SIGNING.match(text):
            authorities.append(text)
        elif authorities and not posts and _authority_goes_on(authorities[-1], text):
            authorities[-1] += " " + text
        elif is_signers_name(text):
            name = name or text
        elif text.isupper() and not name:
            posts.append(text)
    return ", ".join(authorities), " ".join(posts), name


# How a body's name starts ("ỦY BAN", "BAN THƯỜNG TRỰC", "HỘI NÔNG DÂN",
# "ĐOÀN THANH NIÊN", "MẶT TRẬN", "PHÒNG", …).
_BODY_NAME_START = re.compile(
    r"^(?:uy ban|ubnd|ubmttq|ub|ban|hoi|doan|mat tran|mttq|cong doan|lien doan"
    r"|hdnd|dang uy|dang bo|chi bo|phong|so|cuc|chi cuc|van phong|trung tam"
    r"|truong|tram|tong cong ty|cong ty|hop tac xa|htx|cuu chien binh|lien minh)\b"
)


def _bodies(names: list[str]) -> list[str]:
    """The header's names of a joint plan's other bodies, a name of a role
    only ("BAN THƯỜNG TRỰC" under "ỦY BAN MTTQ VIỆT NAM XÃ …") joined to
    the body above it."""
    bodies: list[str] = []
    for name in names:
        if bodies and re.fullmatch(
            r"(?:ban )?(?:thuong truc|thuong vu|chap hanh)", fold(name)
        ):
            bodies[-1] = f"{name} {bodies[-1]}"
        elif bodies and not _BODY_NAME_START.match(fold(name)):
            # "BAN CHẤP HÀNH HỘI LIÊN HIỆP" / "PHỤ NỮ XÃ MỸ HÒA": no body's
            # name starts so, the line goes on with the name above.
            bodies[-1] = f"{bodies[-1]} {name}"
        else:
            bodies.append(name)
    return bodies


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


# A year, or years, among the words that qualify a document's type.
_YEARS = r"(?:19|20)\d\d(?:\s*-\s*(?:19|20)\d\d)?"
# A line that opens on a document's type and number ("Văn bản số …").
_OPENS_ON_KIND = re.compile(rf"^(?:{BASIS_KINDS})\s+số\b")
# A lower-case letter of Vietnamese.
_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"


def bases_in(text: str, *, numberless: bool = True) -> list[Basis]:
    """The documents a "Thực hiện …"/"Căn cứ …" line cites, whatever
    qualifies their type ("Chương trình phối hợp số …", "Kế hoạch liên tịch
    số …") and whoever issued them ("của A", or "giữa A và B" for a joint
    document); a line that cites none by its number, those it cites with
    none (`_numberless`) unless not `numberless`."""
    text = full_kinds(text)
    pattern = re.compile(
        rf"(?P<kind>{BASIS_KINDS})"
        # "Chương trình công tác năm 2026 số 03/CTr-HND": a year among them.
        rf"(?:(?:\s+(?!(?:{BASIS_KINDS})\b)(?:[^\W\d_]+|{_YEARS})){{1,10}}?\s+số"
        r"|\s+(?:số)?)\s*"
        r"(?P<number>\d[\w/.\-Đđ]*?)\s*,?\s*"
        # "ngày …": a date left blank.
        rf"(?:ngày\s+(?:(?P<date>{_CITED_DATE})|[….·_ ]+(?=\s)))?\s*"
        # "… ngày 24/6/2023 sửa đổi, bổ sung một số điều của Nghị định số
        # 27/2022/NĐ-CP": what it does, in lower case, up to the next ";"
        # (the document it names is no basis of its own), not past a comma
        # and a capital ("…, UBND tỉnh ban hành …").
        r"(?:(?:của|giữa)\s+(?P<issuer>.+?)"
        rf"|(?<=\s)(?!(?:về|v/v|và|ngày)\b)(?-i:[{_LOWER}])"
        rf"(?:(?!,\s*(?:(?:{BASIS_KINDS})\s+số|(?-i:[{_UPPER}])))[^;])*?)?"
        r"(?:\s+(?:về việc|về|V/v)\s+(?P<about>.+?))?"
        # Up to the next document: "; …", "và Kế hoạch số …", ", Kế hoạch
        # số …" or "và Nghị quyết Hội nghị thôn …" (another document's type
        # and a name).
        rf"(?=;|\.\s*$|\s+và\s+(?:{BASIS_KINDS})\s+(?:số|(?-i:[A-ZĐ]))"
        rf"|,\s*(?:{BASIS_KINDS})\s+số\b|$)",
        re.IGNORECASE,
    )
    found = []
    spans = []
    for m in pattern.finditer(text):
        number = m.group("number").rstrip(".,")
        if "/" not in number:
            continue
        found.append(
            Basis(
                kind=m.group("kind")[0].upper() + m.group("kind")[1:].lower(),
                number=number,
                issued_on=_cited_day(m.group("date") or ""),
                issuer=(m.group("issuer") or "").strip(" ,"),
                about=(m.group("about") or "").strip(" ,."),
                text=m.group(0).strip(" ;,"),
            )
        )
        spans.append(m.span())
    if not numberless:
        return found
    # "Căn cứ Kế hoạch số 15/KH-UBND …; căn cứ Nghị quyết Hội nghị thôn ngày
    # 02/01/2027": the parts that cite no document by its number may cite
    # one with none.
    start = 0
    for cut in [*re.finditer(rf";\s*|\s+và\s+(?=(?:{BASIS_KINDS})\b)", text), None]:
        end = cut.start() if cut else len(text)
        cited = any(a < end and start < b for a, b in spans)
        if not cited and (basis := _numberless(text[start:end])):
            found.append(basis)
        start = cut.end() if cut else end
    return found


def _cited_day(text: str) -> datetime.date | None:
    """ "16/6/2025" or "16 tháng 6 năm 2025" as a date."""
    return date(re.sub(r"\s+(?:tháng|năm)\s+", "/", text))


# A document cited with no number: a Party committee's conclusion, a
# village meeting's resolution, "Công văn không số" ("Thực hiện ý kiến chỉ
# đạo của Chủ tịch UBND tỉnh tại Công văn không số ngày …"). Its type is
# written with a capital, as a document's is ("Thực hiện chương trình …"
# names none).
_NUMBERLESS = re.compile(
    r"^(?i:(?:căn cứ|thực hiện|theo|triển khai|tiếp theo)\s+)?"
    r"(?P<before>[^;]{0,120}?\s+tại\s+)?"
    rf"(?P<kind>{BASIS_KINDS}|Biên bản)\b(?!\s+số)(?P<rest>[^;]*)"
)
_NUMBERLESS_DATE = re.compile(rf"\bngày\s+(?P<date>{_CITED_DATE})")
_OF_ISSUER = re.compile(r"\bcủa\s+(?P<issuer>.+?)(?=\s+(?:tại|ngày|về|V/v)\b|[,.]|$)")
_ABOUT = re.compile(r"\s(?:về việc|về|V/v)\s+(?P<about>.+)$")


def _numberless(text: str) -> Basis | None:
    """The document a basis cites with no number, by its type, who issued
    it ("của A", or the body its type is followed by: "Nghị quyết Hội nghị
    thôn") and its date; None unless it names the issuer or the date
    ("Căn cứ Chương trình mục tiêu quốc gia …" names no document)."""
    m = _NUMBERLESS.match(text.strip())
    if m is None:
        return None
    rest = re.sub(r"^\s*không số\b", "", m.group("rest")).strip(" ,.")
    day = _NUMBERLESS_DATE.search(rest)
    of = _OF_ISSUER.search(rest) or _OF_ISSUER.search(m.group("before") or "")
    named = rest[: day.start() if day else len(rest)].strip(" ,")
    issuer = of.group("issuer") if of else ""
    if not of and named[:1].isupper() and BODY_HEAD.match(fold(named)):
        issuer = named  # "Nghị quyết Hội nghị thôn ngày …"
    # "Nghị quyết Đại hội Hội CCB xã nhiệm kỳ 2022 - 2027": with neither a
    # number nor a date, only a document "của" its issuer is one to find.
    if not (day or of):
        return None
    about = _ABOUT.search(rest)
    # "Luật Tổ chức chính quyền địa phương ngày …": the name is what it is about.
    named = named if named[:1].isupper() and not issuer else ""
    return Basis(
        kind=m.group("kind")[0] + m.group("kind")[1:].lower(),
        number="",
        issued_on=_cited_day(day.group("date")) if day else None,
        issuer=issuer.strip(" ,"),
        about=about.group("about").strip(" ,.") if about else named,
        text=text.strip(" ;,."),
    )


class HeaderMixin:
    """The Reader's header, title, preamble, bases and closing (mixed into
    meaning.Reader, whose state they use). Calls no other mixin's methods."""

    # The Reader's state (meaning.Reader.__init__ sets it).
    outline: Outline
    plan: ParsedPlan
    # A joint plan's bodies named side by side in the header (set f40j):
    # their signatures follow in the same order.
    bodies_beside: bool = False

    # ── header ──
    def header(self) -> None:
        plan = self.plan
        if self.outline.announcement is not None:
            self._announced(self.outline.announcement)
        groups: list[list[Line]] = []
        wrapped = _wrapped_dates(self.outline.header)
        cut = _cut_numbers(self.outline.header)
        number_column = None
        for line in self.outline.header:
            text = line.text
            folded = fold(text)
            # A joint plan's bodies side by side (set f40j): a name in
            # another column than the number, under it in the reading.
            side_body = bool(
                plan.number
                and _JOINT_SYMBOL.match(plan.symbol)
                and None not in (line.column, number_column)
                and line.column != number_column
            )
            if line.used:
                # The end of a place and date wrapped above; a message's
                # greetings before the sentence that announces the plan.
                continue
            if (beside := _MOTTO_THEN_NAME.match(text)) and beside["name"].isupper():
                # A PDF reads the motto and the name beside it as one line
                # ("Độc lập - Tự do - Hạnh phúc HỘI NÔNG DÂN XÃ THANH NƯA").
                line.used = "quốc hiệu"
                line = replace(line, text=beside["name"], used="")
                text, folded = line.text, fold(line.text)
            if id(line) in cut:
                text, tail = cut[id(line)]
                tail.used = "số, ký hiệu"
            if m := PARTY_NUMBER_LINE.match(text) or NUMBER_LINE.match(text):
                plan.number = m.group("number").strip(".")
                plan.symbol = re.sub(r"\s+", "", m.group("symbol")).strip(".")
                line.used = "số, ký hiệu"
                number_column = line.column
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
            elif groups and _ORGANISATION_MOTTO.fullmatch(folded.strip(" .")):
                # Only once the body's own name is read: written first, the
                # national name is the parent of the body under it.
                line.used = "quốc hiệu"
            elif text.isupper() and (not plan.number or side_body):
                level_start = re.match(
                    r"^(?:xa|huyen|tinh|thanh pho|thi xa|phuong|thi tran|quan)\b",
                    folded,
                )
                previous = fold(groups[-1][-1].text) if groups else ""
                # "BAN PHÁT TRIỂN" / "THÔN BẢN CHANG": a body named with no
                # level goes on with the village that the next line names.
                # (As written: "Bản" folds to "Ban".)
                village = r"\b(?:THÔN|ẤP|BẢN|XÓM|BUÔN|KHU PHỐ|TỔ DÂN PHỐ)\s+\S"
                level_start = level_start or (
                    groups
                    and re.match(village, text)
                    and not re.search(rf"\b(?:{LEVELS})\b", previous)
                    and not re.search(village, groups[-1][-1].text)
                )
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
                # "BAN CHỈ ĐẠO XÂY DỰNG" / "NÔNG THÔN MỚI": a line with no
                # word of a body or a level (no body's own name; "nông
                # thôn" is a field, no village) is the rest of the name
                # above, wrapped in its column.
                if side_body and groups and line.column != groups[-1][-1].column:
                    self.bodies_beside = True
                    groups.append([line])
                elif groups and (
                    level_start
                    or place_tail
                    or trade_only(fold(" ".join(ln.text for ln in groups[-1])))
                    or len(text.split()) == 1
                    or _NAME_GOES_ON_AFTER.search(fold(groups[-1][-1].text))
                    or _NAME_GOES_ON_FROM.match(folded)
                    or not ORG_WORDS.search(re.sub(r"\bnong thon\b", " ", folded))
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
            if len(names) > 1 and _ROLE_ONLY.fullmatch(fold(names[-1])):
                plan.issuer_text = f"{names[-1]} {names[-2]}"
            plan.parent_text = names[-2] if len(names) > 1 else ""
            if len(names) > 1 and _ROLE_ONLY.fullmatch(fold(names[-2])):
                # "BAN CHẤP HÀNH" over "HỘI LHPN XÃ MƯỜNG BÚ": the role and
                # the body it belongs to, as written, under their parent.
                plan.issuer_text = f"{names[-2]} {names[-1]}"
                plan.parent_text = names[-3] if len(names) > 2 else ""
            if len(names) > 1 and (
                self.outline.joint or _JOINT_SYMBOL.match(plan.symbol)
            ):
                # A joint plan: the presiding body, named first, issues it;
                # the others issue it with it (no parent above them).
                plan.issuer_text, plan.parent_text = names[0], ""
                plan.cosigners = [ParsedCosigner(name) for name in _bodies(names[1:])]
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
        trọng!") are the mail's, no part of the plan; so are they when the
        mail was copied without its headers and opens on its sender's
        words ("Gửi các đ/c kế hoạch …")."""
        header = self.outline.header
        first = next((i for i, line in enumerate(header) if line.used), 0)
        above = header[:first]
        fields = sum(bool(_MAIL_FIELD.match(fold(line.text))) for line in above)
        if (
            fields >= 2
            or any(_MAIL_SEPARATOR.match(fold(line.text)) for line in above)
            or (above and _MAIL_OPENING.match(fold(above[0].text)))
        ):
            for line in above:
                line.used = line.used or MAIL

    def _announced(self, line: Line) -> None:
        """The header a message's first sentence gives ("UBND xã Long Hưng
        thông báo Kế hoạch số 88/KH-UBND ngày 05/12/2026 về thực hiện …:"):
        number, symbol, date, the issuer as written, and the title (the
        words after "về", capitalised, without the colon)."""
        plan, text = self.plan, unbulleted(line.text)
        m = ANNOUNCEMENT.match(folded_same_length(text))
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
        title = ANNOUNCED_TAIL.sub("", title).strip()
        plan.title = capitalised(title)
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
        # A Party header's "*" under its name, read onto the date's line.
        plan.place = (m.group("place") or "").strip(" *")
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
        while len(lines) > 1 and _DRAFT_NOTE.match(fold(lines[-1].text.strip())):
            lines[-1].used = "dự thảo"
            lines = lines[:-1]
        self.plan.title = " ".join(line.text for line in lines).strip()
        if not lines:
            # A letter (công văn): its subject "V/v …" under the number,
            # maybe wrapped on the lines under it in its narrow column (a
            # PDF breaks each of its two or three lines again: up to five).
            around = self.outline.header + self.outline.preamble[:6]
            for place, line in enumerate(around):
                if m := _SUBJECT.match(line.text):
                    subject = [m.group(1)]
                    line.used = "trích yếu"
                    for more in around[place + 1 : place + 6]:
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
            if CAPTION_LINE.match(folded):
                # "BIỂU 01: NHÓM TIÊU CHÍ …" over the table: its caption.
                line.used = CAPTION
                continue
            if text.startswith("(") and text.endswith(")"):
                # "(Thực hiện Kế hoạch số 45/KH-UBND …)" under the title: a
                # basis; "(Kèm theo Kế hoạch số …)", what the table goes with.
                text = text[1:-1].strip()
                folded = fold(text)
                if folded.startswith(("kem theo", "ban hanh kem theo")):
                    line.used = CAPTION
                    continue
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
            named = self._bases(text, line, listed=self._basis_goes_on(line, text))
            self._noted_bases(text, line)
            if named:
                continue
            plan.opening = (plan.opening + "\n" + text).strip()
            line.used = "căn cứ" if folded.startswith("can cu") else "lời mở đầu"

    def _basis_goes_on(self, line: Line, text: str) -> bool:
        """ "Văn bản số 2045/BNNMT-VPĐP …;" on its own line under "Thực hiện
        Kế hoạch số …;": the list of bases goes on, the line one of them."""
        preamble = self.outline.preamble
        at = next((i for i, other in enumerate(preamble) if other is line), 0)
        before = preamble[at - 1] if at else None
        return bool(
            before is not None
            and before.used == "căn cứ"
            and before.text.rstrip().endswith(";")
            and _OPENS_ON_KIND.match(text)
        )

    def _bases(self, text: str, line: Line, *, listed: bool = False) -> bool:
        """The documents a basis names ("Căn cứ Nghị quyết số …", "Thực hiện
        Kế hoạch số …"; under a heading of bases, `listed`, the document
        alone: "Nghị quyết số 24/NQ-HĐND …"), added to the plan's bases and
        `line` used; False if it names none."""
        folded = fold(text)
        # "Theo đề nghị của Trưởng phòng … tại Tờ trình số …" (Decree 30's
        # last line of the bases): a basis cited, as "Căn cứ", not carried out.
        proposed = folded.startswith("theo de nghi")
        implements = not proposed and folded.startswith(
            ("thuc hien", "theo", "trien khai", "tiep theo")
        )
        if not (listed or implements or proposed or folded.startswith("can cu")):
            return False
        # "Thực hiện Nghị quyết của Đảng ủy xã¹ …" whose note gives the
        # number: the note names the document.
        noted = any(bases_in(note, numberless=False) for note in line.notes)
        found = bases_in(text, numberless=not noted)
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

    def _noted_bases(self, text: str, line: Line) -> None:
        """The documents the footnotes (and endnotes) of an opening's or a
        basis's line name ("Thực hiện các văn bản chỉ đạo của cấp trên¹ …"
        over "¹ Nghị quyết số 05-NQ/ĐU …; Kế hoạch số 12/KH-UBND …"), added
        to the plan's bases after the line's own; the line stays what it is
        (the opening, a basis). A note that names no document explains."""
        implements = not fold(text).startswith("can cu")
        for note in line.notes:
            for basis in bases_in(note, numberless=False):
                basis.implements = implements
                self.plan.bases.append(basis)

    def bases_section(self, block: Block) -> None:
        """ "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" over "- Căn cứ …" items, "I. CĂN CỨ
        PHÁP LÝ" over "1. Nghị quyết số …": the header's bases, as the
        preamble's are; a line that names no document ("Căn cứ tình hình
        thực tế …") is the plan's opening. No section of the plan."""
        block.use("căn cứ")
        for node in list(block.walk())[1:]:
            for line in node.lines:
                text = marker(line.text)[2]
                named = self._bases(text, line, listed=True)
                self._noted_bases(text, line)
                if not named:
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
        if end < len(closing):
            # "Trân trọng!", or "Thân ái," over the sender's name ("Ngọc Hà").
            end = next(
                (i for i in range(max(end - 3, 0), end)
                 if _MAIL_COURTESY.match(fold(closing[i].text).strip())),
                end,
            )  # fmt: skip
        for line in closing[end:]:
            line.used = MAIL
        for line, cells in _signature_columns(closing[:end]):
            for cell in cells:
                # Two columns run together by a converter: "- Lưu: VT.KT. CHỦ
                # TỊCH", "- Lưu VPĐU.T/M BAN THƯỜNG VỤ", "- Lưu VPĐU.T/M ĐẢNG
                # ỦY": the last recipient, then the signature.
                joined = re.match(
                    rf"^(?P<a>[-+•–].*?[.;])\s*(?P<b>(?:(?:TM|KT|TL|TUQ)\s*\.|[TK]\s*/\s*[MTL]\b)\s*{CAPITAL}(?:{CAPITAL}|[ ,])+)$",
                    cell,
                )
                # A head who signs with no "TM." (a Word 97 file's closing
                # table: "- Lưu: VT.TRẠM TRƯỞNG"): his post in capitals.
                joined = joined or re.match(
                    rf"^(?P<a>[-+•–].*?[.;])(?P<b>{CAPITAL}(?:{CAPITAL}| )+)$", cell
                )
                if joined and (
                    joined.group("b").isupper()
                    and (
                        SIGNING.match(joined.group("b"))
                        or _POST.match(fold(joined.group("b")))
                    )
                ):
                    parts += [(line, joined.group("a")), (line, joined.group("b"))]
                else:
                    parts.append((line, cell))
        # A joint plan's other body signs too: its block is its co-issuer's
        # signature, never the plan's signer.
        others = self._cosigners_blocks(parts)
        cosigned = {place for block in others for place in block.places}
        for place in cosigned:
            parts[place][0].used = "người ký"
        self._cosigners(others, parts)
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
            if folded.startswith(OPENING):
                seen_recipients = True
                line.used = "nơi nhận"
                rest = text.split(":", 1)[1].strip() if ":" in text else ""
                if rest:
                    plan.recipients.append(rest.lstrip(BULLETS + " ").rstrip(";."))
                continue
            if SIGNING.match(text):
                authorities.append(text)
                line.used = "người ký"
                continue
            if authorities and _authority_goes_on(authorities[-1], text):
                authorities[-1] += " " + text
                line.used = "người ký"
                continue
            if seen_recipients and recipient(text):
                plan.recipients.append(text.lstrip(BULLETS + " ").rstrip(";.").strip())
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
            if plan.signer_title and not plan.signer_name and _POST.match(folded):
                # "Bí thư Đảng ủy xã" between "TRƯỞNG BAN" and the name: the
                # signer's other post, as a second post in capitals is.
                line.used = "người ký"
                continue
            if (authorities or plan.signer_title) and _signer_name(text):
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

    def _cosigners_blocks(self, parts: list[tuple[Line, str]]) -> list[_SignatureBlock]:
        """The signature blocks in `parts` that are not the plan's. Of two
        or more, the plan's is the one whose authority names the issuer
        ("TM. ỦY BAN NHÂN DÂN" for "UBND XÃ …"); else, in a joint plan, the
        right one (the presiding body signs on the right, Decree 30/2020,
        Phụ lục I), in any other the first."""
        blocks = _signature_blocks(parts)
        if self._joint() and len(side := joint_blocks(parts, _authority_goes_on)) > 1:
            blocks = side
        if len(blocks) < 2:
            return []
        issuer = self.plan.issuer_text
        named = [block for block in blocks if _signs_for(block.authority, issuer)]
        others = [c.agency_text for c in self.plan.cosigners]
        # Set f40j: the one block that names none of the other bodies; else,
        # the bodies side by side in the header, the first (left) block.
        free = [
            block
            for block in blocks
            if not any(names_body(block, other, _signs_for) for other in others)
        ]
        if len(named) == 1:
            plans = named[0]
        elif self._joint() and len(free) == 1:
            plans = free[0]
        elif self._joint() and self.bodies_beside:
            plans = blocks[0]
        elif self._joint():
            plans = blocks[-1]
        else:
            plans = blocks[0]
        return [block for block in blocks if block is not plans]

    def _joint(self) -> bool:
        return bool(self.outline.joint or _JOINT_SYMBOL.match(self.plan.symbol))

    def _cosigners(
        self, blocks: list[_SignatureBlock], parts: list[tuple[Line, str]]
    ) -> None:
        """A joint plan's other signatures, each given to the body the header
        names for it (its "TM." naming it, else in the header's order); a
        signature whose body the header leaves out names it by its "TM."."""
        if not self._joint():
            return
        plan = self.plan
        waiting = list(plan.cosigners)
        for block in blocks:
            lead = getattr(block, "lead", 0)
            signature = _block_signature(
                [parts[place][1] for place in block.places[lead:]]
            )
            body = next(
                (c for c in waiting if names_body(block, c.agency_text, _signs_for)),
                waiting[0] if waiting else None,
            )
            if body is None:
                named = re.sub(
                    r"^(?:TM\s*\.|T\s*/\s*M)\s*", "", block.authority, flags=re.I
                )
                if named == block.authority:
                    continue
                body = ParsedCosigner(named.strip())
                plan.cosigners.append(body)
            else:
                waiting.remove(body)
            body.signing_authority, body.signer_title, body.signer_name = signature
