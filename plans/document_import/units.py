"""Names of units (and persons) in the meaning stage: splitting a list of
units ("Phòng A, Phòng B và các thôn") into one name each, keeping the
commas inside abbreviated names, telling a unit from a work or a person
(`is_unit`, `names_a_person`), the body a heading names (`body_named`), a
partner written before the work (`partner_first`) and units marked in a
sentence (`marked_units`)."""

from __future__ import annotations

import re
import unicodedata

from ntm.text import fold
from plans.document_import import addressed
from plans.document_import.capitals import CAPITAL
from plans.document_import.labels import BODY_KINDS, LABELS
from plans.document_import.labels import pattern as label_pattern
from plans.document_import.matching import ABBREVIATIONS

ORG_WORDS = re.compile(
    r"\b(?:uy ban|ubnd|ub|phong|so|hoi|doan|ban|van phong|vp|cong chuc|can bo|truong|tram|hop tac xa|htx|mat tran|mttq|thon|ban|chi cuc|trung tam|cong an|quan su|dang uy|hdnd|bcd|bql|chi bo|buu dien|dai|bao|nganh|co quan|don vi|cac|to|chu tich|pho chu tich|lanh dao|thanh vien|nguoi|ho|nhan dan|xa|huyen|tinh|khu|ca nhan|to chuc|giao vien|y te|cong ty|doanh nghiep|dien luc|vien thong|ngan hang|kho bac|"
    + label_pattern("body", "kinds")
    + r")\b"
)
# A place's name in a list of them that is a body's name instead: "Trường
# Phước", "Hội Điền", "Đoàn Kết" are villages; "Hội Nông Dân", "Trường THCS
# Lê Lợi", "Ban Quản Lý" are not (their first word's kind, then a word of
# what they are or an abbreviation).
_NAMES_A_BODY = re.compile(
    r"(?:uy ban|ubnd|phong|so|van phong|tram|hop tac xa|htx|mat tran|mttq|chi cuc|"
    r"trung tam|cong an|dang uy|hdnd|bcd|bql|chi bo|buu dien|cong ty|ngan hang|kho bac)\b"
    r"|(?:hoi|doan|truong|ban|to|khu)\s+(?:nong dan|phu nu|cuu chien binh|nguoi cao tuoi|"
    r"chu thap do|thanh nien|mam non|tieu hoc|thcs|thpt|trung hoc|quan ly|chi dao|phat trien|"
    r"cong tac|dan phong|tu quan|hoa giai)\b"
)
# A unit written as its abbreviation: "P.KT", "ĐTN", "P.VH-XH", "BQL DA".
ABBREVIATED = re.compile(
    r"^[A-ZĐ](?:[A-ZĐ&.\-]*[A-ZĐ])?\.?[A-ZĐ&\-]*[A-ZĐ](?![a-zà-ỹ])"
)
# A named person ("Đ/c Hoàng Văn Bình - Phó Chủ tịch UBND xã", "Đồng chí Lộc
# Thị Nga, …", "Ông …", "Bà …") is the task's official, whatever the label.
_COMRADE = re.compile(rf"^(?:{addressed.FOLDED_COMRADE})\s+[^\W\d_]")
# "Ông Phạm Văn C", "(ông Phạm Văn C - Trưởng thôn)", "Anh Lò Văn T": a title
# (addressed.py) before two capitalised words, in either case.
_MR_MRS = re.compile(rf"^(?:{addressed.TITLES_EITHER_CASE})\s+[A-ZĐ]\w*\s+[A-ZĐ]")

# People who are no body: "(Hộ gia đình thực hiện)" leaves the task with no
# lead, the bracket in its title.
THE_PEOPLE = re.compile(
    r"^(?:cac |moi |toan the |toan )?(?:ho gia dinh|ho dan|nguoi dan|nhan dan|cong dong dan cu|ca nhan|hoc sinh)\b"
)
LEVELS = "xa|huyen|tinh|thanh pho|thi xa|phuong|thi tran|quan"


# A heading that is only a body's name ("Sở Nông nghiệp và Môi trường:",
# "Ủy ban nhân dân các xã, phường", "Đối với Công an xã"): the work under
# it is that body's. Its first words name a kind of body, not an act.
BODY_HEAD = re.compile("^" + BODY_KINDS)
# A kind of body that folds to other words ("Tổ" is "tổ chức", "Đội" is
# "đổi"), a body's when written with a capital before a capitalised word:
# "Tổ Tiêm chủng", "Tổ Dân số - Kiểm soát bệnh tật" (labels.toml [openings]).
_KIND_WRITTEN = re.compile(
    r"^(?:" + "|".join(LABELS["openings"]["kinds_written"]) + r")\s+"
)


def kind_written(text: str) -> re.Match | None:
    """Where such a kind ends in `text` (as written), None unless a
    capitalised word follows it."""
    m = _KIND_WRITTEN.match(text)
    return m if m and text[m.end() : m.end() + 1].isupper() else None


NOT_A_BODY = re.compile(
    r"^(?:cac\s+)?(?:hoi (?:nghi|thi|thao|dien|cho|dap)|ban hanh|ban giao|truong hop|truong hoc|phong[, ]+chong|phong ngua|dai hoi|doan ket|so ket|dai dien)\b"
)
# (Not "xây dựng", "kiểm tra", "hỗ trợ": "Sở Xây dựng", "Ủy ban Kiểm tra".)
ACTS = r"\b(?:chu tri|phoi hop|thuc hien|tham muu|huong dan|trien khai|ra soat|tuyen truyen|theo doi|don doc|van dong|bao cao)\b"
# "Phối hợp với Sở Tài chính tham mưu …": the partner, up to the verb.
_WORKS_WITH = re.compile(
    r"^(?:chu tri\s*,?\s*)?phoi hop\s+(?:voi\s+)?(?P<c>"
    + BODY_KINDS
    + r".{0,100}?)\s+(?=(?:tham muu|huong dan|to chuc|thuc hien|trien khai|xay dung|kiem tra|ra soat|tuyen truyen|ho tro|theo doi|don doc|tham dinh|phan bo|bao cao|van dong|bo tri|danh gia|chi dao|de xuat|lap|hoan thien|giai quyet|xu ly)\b)"
)


# A name closed by its level ("Hội Liên hiệp Phụ nữ xã", "UBND xã Hòa An",
# "Ban phát triển thôn Đồng Tâm"), then a verb of work ("… trồng 500 cây
# xanh", "… cập nhật thông tin"): the partner ends with the level.
_LEVEL = re.compile(r"\b(?:xa|huyen|tinh|phuong|thi tran|thon|khu vuc)\b")
_THEN_WORK = re.compile(
    r"\s+(?:"
    + label_pattern("work", "verbs")
    + "|"
    + label_pattern("lead_in", "verbs")
    + r")\b"
)
# A verb of work at a word's start, and the head words of a name a verb may
# follow (labels.toml [work], [lead_in], [letter] name_heads).
_A_VERB = re.compile(
    r"(?<!\w)(?:"
    + label_pattern("work", "verbs")
    + "|"
    + label_pattern("lead_in", "verbs")
    + r"|tham muu)\b"
)
_NAME_HEADS = set(LABELS["letter"]["name_heads"])
_WORK_BEGINS = re.compile(
    r"(?<=\s)(?:"
    + "|".join(
        [label_pattern("lead_in", "verbs"), "tham muu"]
        + [
            r"\s+".join(map(re.escape, verb.split()))
            for verb in sorted(LABELS["work"]["verbs"], key=len, reverse=True)
            if " " in verb
        ]
    )
    + r")\b"
)
# What a name does not hold: a clause's mark, an act (ACTS, folded), a
# word of the work's place or object ("… kiểm tra các hộ trên địa bàn xã
# …"; as written: folded, "tại" is "Tài chính", "cho" is "chợ").
_NOT_IN_A_NAME = re.compile(r"[,;()]|" + ACTS)
_NOT_IN_A_NAME_WRITTEN = re.compile(
    r"\b(?:tại|trên|cho|của|ở|đến|từ|trong|về|theo|để|hộ|người)\b", re.IGNORECASE
)


# Where a body's name may end by its shape, whatever its kind and whatever
# verb follows it: on its level and the place's name after it ("… các
# thôn", "Hội Nông dân xã", "Điện lực Yên Lạc" after "xã"), or on a proper
# name of two capitalised words or more ("Công ty TNHH Chè Tân Cương Xanh",
# "Lâm trường Yên Sơn"), then a word in lower case that starts the work.
# Not a level: "xã" of "hợp tác xã", "xã hội", "xã viên"; "thôn" of
# "nông thôn" (folded).
_NAME_LEVEL = re.compile(
    r"(?<!hop tac )(?<!\bnong )\b(?:xa|huyen|tinh|phuong|thi tran|thon|ap)\b"
    r"(?!\s+(?:hoi|vien)\b)"
)
_LEVEL_LAST = re.compile(_NAME_LEVEL.pattern + r"$")
_PLACE_WORD = re.compile(r"\s+[^\W\d_][^\s,;.()]*")


def _capitalised(word: str) -> bool:
    """A word written with a capital, no mark in it ("Yên", "TNHH")."""
    return word[:1].isupper() and not re.search(r"[,;.()]", word)


# The words that start no work after a name (labels.toml [units]
# not_a_work_start): what joins names, says where or whose, or what the
# body is, and a level or a word that goes on the name ("UBND xã", "xã
# hội", "Huyện ủy").
_NOT_A_WORK_START = re.compile(
    r"(?:" + label_pattern("units", "not_a_work_start") + r")\b"
)


def _work_after(title: str, folded: str, end: int) -> bool:
    """Whether the work starts right after `end`: a word in lower case that
    joins nothing, two words at least."""
    rest = title[end:]
    if not re.match(r"\s+\S", rest) or not rest.lstrip()[:1].islower():
        return False
    after = folded[end:].lstrip()
    return len(after.split()) >= 2 and not _NOT_A_WORK_START.match(after)


def name_end(title: str, folded: str, start: int, stop: int) -> int | None:
    """Where the body's name that starts at `start` ends before its work,
    by its shape alone (`_NAME_LEVEL`, a proper name), up to `stop`; None
    when no such end is followed by the work. The level's end is tried
    first (a proper name's capitals also open names: "Hội Nông dân xã")."""
    for level in _NAME_LEVEL.finditer(folded, start, stop):
        end = level.end()
        while (m := _PLACE_WORD.match(title, end)) and m.group().strip()[:1].isupper():
            end = m.end()
        if end <= stop and _work_after(title, folded, end):
            return end
    # Two capitalised words or more after the name's first words ("Trường
    # Mầm non" is not a proper name of its own).
    words = list(re.finditer(r"\S+", title[start:stop]))
    for i in range(2, len(words)):
        run = i
        while run < len(words) and _capitalised(words[run].group()):
            run += 1
        # A capital again within two words goes on the name ("Công ty
        # TNHH Thương mại Minh Phát").
        more = any(_capitalised(w.group()) for w in words[run + 1 : run + 3])
        if (
            run - i >= 2 or (run - i == 1 and ABBREVIATED.match(words[i].group()))
        ) and not more:
            end = start + words[run - 1].end()
            if _work_after(title, folded, end):
                return end
    return None


def _partners_by_shape(title: str, folded: str, start: int) -> tuple[int, int] | None:
    """The partners after "phối hợp (với)" when no verb of work is known:
    the names before a comma each a whole name (a capital or "các", its
    level or a proper name closing it), then the last name's end by its
    shape (name_end), the work after it in lower case."""
    stop = len(title.split(";", 1)[0])
    pos = start
    while True:
        comma = title.find(",", pos, stop)
        piece_end = comma if comma != -1 else stop
        next_piece = title[piece_end + 1 : stop].lstrip() if comma != -1 else ""
        if comma == -1 or not (
            next_piece[:1].isupper() or next_piece.lower().startswith("các ")
        ):
            end = name_end(title, folded, pos, piece_end)
            break
        pos = comma + 1
        while pos < stop and title[pos] == " ":
            pos += 1
    if end is None:
        return None
    named = title[start:end]
    names = units(named)
    if (
        names
        and not _NOT_IN_A_NAME_WRITTEN.search(named)
        and not re.search(ACTS, fold(named))
        and all(
            names_a_partner(n) and (n[:1].isupper() or fold(n).startswith("cac "))
            for n in names
        )
    ):
        return start, end
    return None


def shaped_as_a_name(name: str) -> bool:
    """Whether `name` has a body's name's shape, whatever its kind: written
    with a capital, closed by its level and place ("Bưu điện văn hóa xã",
    "Điện lực xã Yên Lạc") or by a proper name or an abbreviation ("Nhà máy
    nước Bình Minh", "Viettel Tân Trào", "Công ty TNHH …"), with no act, no
    word of where or whose, no verb of work first; not the people, not a
    person."""
    name = name.strip()
    folded = folded_same_length(name)
    words = name.split()
    # The place or proper name it ends with: its capitalised last words.
    k = len(words)
    while k > 1 and _capitalised(words[k - 1]):
        k -= 1
    closed = (
        len(words) - k >= 2
        or bool(len(words) >= 2 and ABBREVIATED.match(words[-1]))
        or bool(k >= 2 and _LEVEL_LAST.search(fold(" ".join(words[:k]))))
    )
    return bool(
        name[:1].isupper()
        and closed
        and len(words) <= 16
        and not _NOT_IN_A_SUBJECT.search(name)
        and not re.search(ACTS, fold(name))
        and not _A_VERB.match(folded)
        and not THE_PEOPLE.match(fold(name))
        and not NOT_A_BODY.match(fold(name))
        and not names_a_person(name)
    )


def _work_after_level(title: str, folded: str, level: re.Match, end: int) -> bool:
    """Whether the work starts after the level that closes a partner's name
    at `end`, whatever its verb: "Phối hợp với UBND xã lựa chọn 02 khu dân
    cư …", "… với Hội Nông dân xã bình chọn …" (round 29b) — a level of a
    name by its shape (`_NAME_LEVEL`: not the "xã" of "hợp tác xã" or the
    "thôn" of "nông thôn") written in lower case (not "Huyện đoàn"), then
    the work as `name_end` finds it (`_work_after`)."""
    return bool(
        title[level.start() : level.end()].islower()
        and _NAME_LEVEL.match(folded, level.start())
        and _work_after(title, folded, end)
    )


def partner_first(title: str) -> tuple[int, int] | None:
    """Where the partner a task names before its work is in `title`:
    "Phối hợp với Sở Tài chính tham mưu …", "Chủ trì, phối hợp Ban phát
    triển các thôn rà soát …", "Phối hợp với Hội Liên hiệp Phụ nữ xã trồng
    500 cây xanh …" (a name its level closes, before a verb of work that
    _WORKS_WITH does not list); None when it names none."""
    folded = folded_same_length(title)
    head = re.match(r"^(?:chu tri\s*,?\s*)?phoi hop\s+(?:voi\s+)?", folded)
    if not head or not _OPENS_A_PARTNER.match(title[head.end() :]):
        return None
    for level in _LEVEL.finditer(folded, head.end()):
        if (
            _NOT_IN_A_NAME.search(folded[head.end() : level.start()])
            or _NOT_IN_A_NAME_WRITTEN.search(title[head.end() : level.start()])
            or len(folded[head.end() : level.start()].split()) > 20
        ):
            break
        end = level.end()
        # The place the level names: "xã Hòa An", "thôn Đồng Tâm" — written
        # with a capital (not "xã đẩy mạnh").
        while m := re.match(rf"\s+{CAPITAL}[^\s,;.()]*", title[end:]):
            end += m.end()
        if _THEN_WORK.match(folded, end) or _work_after_level(
            title, folded, level, end
        ):
            return head.end(), end
    # (A verb written with a capital, or after a name's head word, is the
    # name's own word: "Quỹ Hỗ trợ nông dân", "Hội đồng đánh giá".)
    if (
        (m := _WORKS_WITH.match(folded))
        and title[m.end()].islower()
        and not _opens_a_name(folded[head.end() : m.end("c")].split())
    ):
        # "… với UBND các xã, phường tổng hợp kết quả thực hiện …": the
        # partners end at the first verb of work, not at a later one.
        return m.start("c"), _work_begins(title, folded, m.start("c"), m.end("c"))
    # "Chủ trì, phối hợp với Phòng Kinh tế, Ban phát triển thôn Đồng Tâm
    # cứng hóa …", "… với Điện lực tỉnh, Viettel Gia Lai hỗ trợ …": the
    # partners, none closed by its level, up to the first verb of work
    # written in lower case that does not open a name's words ("Ban phát
    # triển …", "Hội đồng đánh giá, phân hạng …" are names; "Thanh tra Sở
    # kiểm tra …" is not: "Sở" ends that name).
    # The names' shape first: a verb the list holds may fold from a word of
    # the name or the work's object ("Giống cây trồng Miền Bắc", "rừng keo"),
    # and the work's own verb may be one it lacks ("tuần tra", "tỉa thưa").
    if shaped := _partners_by_shape(title, folded, head.end()):
        return shaped
    for verb in _A_VERB.finditer(folded, head.end()):
        before = folded[head.end() : verb.start()].split()
        if not title[verb.start()].islower() or _opens_a_name(before):
            continue
        named = title[head.end() : verb.start()].strip(" ,")
        names = units(named)
        if (
            names
            and not _NOT_IN_A_NAME_WRITTEN.search(named)
            and not re.search(ACTS, fold(named))
            and all(names_a_partner(n) for n in names)
        ):
            return head.end(), head.end() + len(named.rstrip())
        break
    return None


# A partner's name opens with a kind of body, an abbreviation or a capital
# ("Sở Công Thương", "TT Khuyến nông", "Viettel Gia Lai", "Điện lực tỉnh"),
# or counts bodies ("các doanh nghiệp", "các thôn").
_OPENS_A_PARTNER = re.compile(r"[Cc]ác\s+\w|" + CAPITAL)


def names_a_partner(name: str) -> bool:
    """A unit ("Bưu điện tỉnh", "các doanh nghiệp"), or a proper name written
    with a capital that is no act, no event and no person ("Viettel Gia
    Lai")."""
    folded = fold(name)
    return is_unit(name) or (
        name[:1].isupper()
        and not re.search(ACTS, folded)
        and not NOT_A_BODY.match(folded)
        and not names_a_person(name)
    )


def _work_begins(title: str, folded: str, start: int, end: int) -> int:
    """Where the first verb of work between `start` and `end` begins (a
    lead-in verb, "tham mưu", or a verb of work of two words or more: one
    word folds to too many others, "cấp", "trong"), written in lower case
    and not a name's own word; `end` when there is none."""
    for verb in _WORK_BEGINS.finditer(folded, start, end):
        if title[verb.start()].islower() and not _opens_a_name(
            folded[start : verb.start()].split()
        ):
            return len(title[: verb.start()].rstrip())
    return end


def _opens_a_name(words: list[str]) -> bool:
    """Whether the last of `words` (folded) are a name's head word that
    opens a name ("… với Ban", "…, Hội đồng"), so that a verb after it is
    the name's own word ("Ban Quản lý", "Hội đồng đánh giá")."""
    for size in (2, 1):
        # The word before the head: none, a comma's, "và" or "với".
        before = words[-size - 1] if len(words) > size else ","
        if (
            len(words) >= size
            and " ".join(words[-size:]) in _NAME_HEADS
            and (before.endswith(",") or before in ("va", "voi"))
        ):
            return True
    return False


# The first verb of work a sentence's subject is followed by
# (labels.toml [work], or "tham mưu"): "Hội Nông dân xã vận động …",
# "Phòng Kinh tế tham mưu UBND xã …".
_WORK_AFTER_SUBJECT = re.compile(
    r"(?<!\w)(?:" + label_pattern("work", "verbs") + r"|tham muu)\b"
)
# What a subject's name does not hold: a mark, a quote, a bracket, a word
# that says what the body is or where ("Hội Cựu chiến binh xã là thành
# viên Ban Chỉ đạo …", "… có …", "… tại …"), as written (lower case).
_NOT_IN_A_SUBJECT = re.compile(
    r"[,;:()\"“”]|\b(?:là|có|được|đã|sẽ|đang|cần|phải|tại|trên|cho|của|ở|đến|từ|"
    r"trong|về|theo|để)\b"
)


def subject_first(text: str) -> int | None:
    """Where the body a sentence opens with as its subject ends, before
    the verb of its work: "Hội Liên hiệp Phụ nữ xã duy trì mô hình …",
    "Phòng Kinh tế tham mưu UBND xã ký hợp đồng …" (the first verb of work
    written in lower case that no name's head word goes before: "Ban quản
    lý dự án xã lập …" is the board's). None when the words before it are
    no body's name ("Cán bộ, công chức xã gương mẫu thực hiện …", "Hội Cựu
    chiến binh xã là thành viên …" has no verb of work after the name), or
    only a body's kind ("Trạm cấp nước sinh hoạt xã …" names a work)."""
    folded = folded_same_length(text)
    kind = BODY_HEAD.match(folded) or kind_written(text)
    if not kind or NOT_A_BODY.match(folded):
        return None
    # The name's shape first: its level and place, or its proper name, then
    # the work in lower case, whatever its verb ("Thư viện tỉnh luân chuyển
    # …", "Đội Dân phòng xã diễn tập …").
    end = name_end(text, folded, 0, len(text.split(";", 1)[0]))
    if end is not None and end > kind.end():
        name = text[:end].strip()
        if (
            not _NOT_IN_A_SUBJECT.search(name)
            and not re.search(ACTS, fold(name))
            and is_unit(name)
            and not names_a_person(name)
        ):
            return len(name)
    for verb in _WORK_AFTER_SUBJECT.finditer(folded, kind.end()):
        before = folded[: verb.start()].split()
        if not text[verb.start()].islower() or (before and before[-1] in _NAME_HEADS):
            continue
        name = text[: verb.start()].strip()
        if (
            len(name) <= kind.end()
            or _NOT_IN_A_SUBJECT.search(name)
            or re.search(ACTS, fold(name))
            or not is_unit(name)
            or names_a_person(name)
            or not text[verb.end() :].strip(" .;")
        ):
            return None
        return len(name)
    return None


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
        not BODY_HEAD.match(folded)
        or NOT_A_BODY.match(folded)
        or len(folded.split()) > 16
        or re.search(r"\d|[:;()]", name)
        # "Hội Nông dân xã vận động hội viên …": a sentence, not a name.
        or re.search(ACTS, folded)
    ):
        return ""
    return name


# "(cơ quan thường trực Chương trình)" after a body's name in a heading:
# what the body is to the plan, no part of its name.
_ROLE_BRACKET = re.compile(r"\s*\([^()]*\)$")


def heading_body(text: str) -> str:
    """The body a numbered heading gives the work under it to: its name,
    without the bracket after it ("Sở Nông nghiệp và Môi trường (cơ quan
    thường trực)") or the "Đề nghị" a plan asks a body outside its issuer
    with ("Đề nghị Ủy ban MTTQ Việt Nam tỉnh:"); "" for any other heading."""
    name = re.sub(r"^Đề nghị\s+", "", text.strip().rstrip(" :.;"), flags=re.I)
    return body_named(_ROLE_BRACKET.sub("", name))


def names_a_body(folded: str) -> bool:
    """Whether a folded name opens on a body's ("hội nông dân", "đoàn
    thanh niên", "ban quản lý"), though written in capitals."""
    return bool(_NAMES_A_BODY.match(folded))


def names_a_person(value: str) -> bool:
    return bool(_COMRADE.match(fold(value)) or _MR_MRS.match(value.strip()))


# How a person is addressed before the name ("đồng chí", "đ/c", "Đ/c"; "ông",
# "bà", "anh", "chị" before a capitalised name): no part of the name.
_ADDRESSED = re.compile(
    rf"^(?:(?P<comrade>{addressed.WRITTEN_COMRADE})\.?|{addressed.WRITTEN_TITLES})"
    r"\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
# "công chức Văn hóa - Xã hội (đ/c Lăng Thị Hoa)": the post, then the person
# in a bracket.
_POST_THEN_PERSON = re.compile(
    r"^(?P<post>[^()]+?)\s*\((?P<person>(?:đồng chí|đ\s*/\s*c)\.?\s+[^()]+)\)$",
    re.IGNORECASE,
)
# "… – công chức Nông nghiệp trực tiếp theo dõi": what the person does with
# the work, after the post; no part of it.
_DOES_AFTER_POST = re.compile(
    r"\s+(?:trực tiếp\s+)?(?:theo dõi|phụ trách)(?:\s+thực hiện)?$", re.IGNORECASE
)


def without_honorific(person: str) -> str:
    """A task's official as a careful person enters it, the one rule for
    every path (label, bracket, column, sentence): the name and the post as
    the document writes them, the title of address dropped ("ông", "bà",
    "anh", "chị" only before a capitalised name: "anh em" is no one's
    title), and what the person does with the work after the post dropped:

        "đ/c Lê Thị Mai - công chức Văn hóa - Xã hội"
            → "Lê Thị Mai - công chức Văn hóa - Xã hội"
        "đồng chí Lê Văn Nam – công chức Nông nghiệp trực tiếp theo dõi"
            → "Lê Văn Nam – công chức Nông nghiệp"
        "Công chức Văn hóa - Xã hội (đ/c Lăng Thị Hoa)"
            → "Lăng Thị Hoa - Công chức Văn hóa - Xã hội"
        "đồng chí Phó Chủ tịch UBND xã" → "Phó Chủ tịch UBND xã"

    The post stays because the corpus's expected results mostly keep it
    (tasks whose document gives a post: 25 kept it, 20 cut it, all of those
    in rounds 25 and 25a) and villages.Official keeps one beside the name."""
    text = person.strip(" \t\n.;,")
    bracket = _POST_THEN_PERSON.match(text)
    if bracket and not _ADDRESSED.match(bracket.group("post")):
        text = f"{bracket.group('person').strip()} - {bracket.group('post').strip()}"
    m = _ADDRESSED.match(text)
    if m:
        rest = text[m.end() :]
        if m.group("comrade") or rest[:1].isupper():
            text = rest[:1].upper() + rest[1:]
    if re.search(r"\s[–—-]\s|,\s", text):
        text = _DOES_AFTER_POST.sub("", text)
    return text


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
    if re.fullmatch(r"[a-z&\-]+", short) and BODY_HEAD.match(long)
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
            BODY_HEAD.match(fold(piece).strip())
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
        and not BODY_HEAD.match(folded)
        and not ABBREVIATED.match(part)
    )


def _named_by_a_proper_name(part: str) -> bool:
    """A body's own name whatever its kind: its kind word with a capital, a
    word in lower case, and a proper name of two capitalised words or more
    at its end ("Siêu thị Co.op Hà Giang"; not "Thể thao và Du lịch", the
    rest of a department's name)."""
    words = part.split()
    return (
        len(words) >= 4
        and words[0][:1].isupper()
        and words[1][:1].islower()
        and all(_capitalised(w) or "." in w for w in words[-2:])
        and words[-1][:1].isupper()
    )


# The people of a place who take part, no body (labels.toml [units]
# community): "già làng", "trưởng bản", "người có uy tín", "bà con …".
_COMMUNITY = re.compile(r"(?:" + label_pattern("units", "community") + r")\b")


def _community(part: str) -> bool:
    """Whether `part` names the people of a place ("già làng các buôn",
    "Nghệ nhân H'Bla Mlô"), after a "và" it may open with."""
    return bool(_COMMUNITY.match(re.sub(r"^(?:va|voi)\s+", "", fold(part).strip())))


# A place's kind before its name (labels.toml [units] places), in lower
# case, not folded: "thôn Tân", "các buôn Ko Tam" (not "Ban Quản lý").
_PLACE_KIND = r"(?:" + label_pattern("units", "places") + r")"
_PLACE_BEFORE_A_NAME = re.compile(r"\b" + _PLACE_KIND + r" \w")
_PLACE_KIND_FIRST = re.compile(_PLACE_KIND + r" ")
_PLACES_COUNTED = re.compile(r"\bcác " + _PLACE_KIND + r" \w")


def _place_name(part: str) -> tuple[str, bool] | None:
    """`part` as a place's name, one to four words with a capital ("Ea
    Ho", "Cư Êbur"), its kind before it or not ("Buôn Ea Ho"): the name and
    whether the kind is written; None for anything else."""
    words = part.split()
    kind = _PLACE_KIND_FIRST.match(part.lower() + " ")
    if kind and part[:1].isupper():
        kind_words = len(kind.group().split())
        if kind_words < len(words):
            words = words[kind_words:]
        else:
            kind = None
    else:
        kind = None
    if not 1 <= len(words) <= 4 or not all(
        _capitalised(w) and re.fullmatch(r"[\w'’-]+", w) for w in words
    ):
        return None
    return " ".join(words), kind is not None


def units(text: str, *, partners: bool = False) -> list[str]:
    """The units a list names, one each: "Các thôn, Phòng Tài nguyên và Môi
    trường huyện" → two; "các phòng, ban, ngành, đoàn thể" stays one; "UBND
    các xã Hòa Lạc, Tân Thành" stays one; "Sở VH,TT&DL" (one department's
    abbreviation) stays one. `partners`: the list names a task's partners
    (_and_units)."""
    # "- Các sở, ngành thành viên Ban Chỉ đạo tỉnh;": a unit's bullet.
    text = re.sub(r"^\s*[-+•–]\s+(?=\S)", "", text)
    kept = _keep_abbreviated_names(text)
    if kept != text:
        return [u.replace(_KEPT_COMMA, ",") for u in units(kept, partners=partners)]
    text = re.sub(r"\s*\.$", "", text.strip())
    # A semicolon always ends a unit; commas may be inside one.
    clauses = [c for c in re.split(r";\s*(?![^()]*\))", text) if c.strip(" .")]
    if len(clauses) > 1:
        return [u for c in clauses for u in units(c, partners=partners)]
    parts = [p.strip(" .;") for p in re.split(r"[,;]\s*(?![^()]*\))", text)]
    out: list[str] = []
    for part in parts:
        if not part:
            continue
        folded = fold(part)
        folded = re.sub(r"^(?:va|voi)\s+", "", folded)
        if out and _community(part):
            # "già làng, trưởng bản": the community's figures one after the
            # other in lower case are one partner; after a body ("Trạm Y tế
            # xã, già làng các buôn", "Đồn Biên phòng và già làng, trưởng
            # bản") they are one of their own.
            last = re.split(r"\s+và\s+", out[-1])[-1]
            if part[:1].islower() and last[:1].islower() and _community(last):
                out[-1] = f"{out[-1]}, {part}"
            else:
                out.append(re.sub(r"^(?:và|với)\s+", "", part))
            continue
        # "Trưởng thôn Khòn Khuông, Bản Cằm", "UBND các xã Hòa Lạc, Tân
        # Thành": more names of the places the unit before names.
        place_list = bool(
            out
            and _PLACE_BEFORE_A_NAME.search(out[-1].lower())
            and (name := _place_name(part))
            and not (
                # "Thôn Yên Hồ" after "Thôn Yên Trung" names its kind again: a
                # unit of its own unless its name is plainly a place's; after
                # "các buôn Ea Kar" it is one more of the places counted.
                ORG_WORDS.search(fold(name[0]))
                if name[1] and not _PLACES_COUNTED.search(out[-1].lower())
                else _NAMES_A_BODY.match(fold(name[0]))
            )
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
        elif (
            out
            and (
                place_list
                # "Sở Văn hóa, Thể thao và Du lịch": more of one name's fields;
                # not after a name its level closes ("Bưu điện tỉnh, Viettel
                # Gia Lai" are two).
                or (
                    not (ORG_WORDS.search(folded) or ABBREVIATED.match(part))
                    and not _CLOSED_BY_LEVEL.search(fold(out[-1]))
                    # "Hợp tác xã Mật ong Bình Minh, Siêu thị Co.op Hà Giang":
                    # two names by their shape (each closed by a proper
                    # name); not "Báo và Phát thanh, Truyền hình Tuyên Quang".
                    and not (
                        _named_by_a_proper_name(part)
                        and _named_by_a_proper_name(out[-1])
                    )
                )
                or (
                    # "Các phòng, ban, ngành xã": more kinds of body the list
                    # counts, not "Ban phát triển các ấp" (a body's own name).
                    fold(out[-1]).startswith("cac ")
                    and re.match(r"(?:nganh|ban|doan the|hoi|don vi|co quan)\b", folded)
                    and (len(folded.split()) <= 3 or not part[:1].isupper())
                )
                or re.fullmatch(
                    r"(?:cac\s+)?(?:ban|nganh|doan the|hoi|doan|thi tran|phuong|dac khu|khoi pho|khu pho|to dan pho|don vi|co quan)(?:\s+(?:xa|huyen|tinh|thon))?"
                    # "UBND các xã, phường có lễ hội": which of them.
                    r"(?:\s+(?:co|noi|lien quan|tren dia ban)\b.*)?",
                    folded,
                )
                or _rest_of_a_name(part)
                # "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh": words in
                # lower case that open no body go on the name before the comma.
                or (part[:1].islower() and not ORG_WORDS.match(folded))
            )
        ):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(re.sub(r"^(?:và|với)\s+", "", part))
    return [piece for unit in out for piece in _and_units(unit, partners=partners)]


# "Văn phòng HĐND và UBND xã": one office of the two bodies it serves.
_GOVERNING = r"(?:hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan|dang uy|huyen uy|tinh uy|thanh uy)\b"
_SHARED_OFFICE = re.compile(rf"^van phong\s+{_GOVERNING}\s*$")
# "Ủy ban MTTQ và các đoàn thể", "Ủy ban MTTQ Việt Nam xã và các hội, đoàn
# thể": the Front with its member organisations, written as one body.
_FRONT_AND_MEMBERS = re.compile(r"^(?:.*\b)?(?:mat tran|mttq|ubmttq)\b.*$")
_MEMBERS = re.compile(r"^cac\s+(?:doan the|to chuc|hoi)\b")


# A name that ends on its level ("Bưu điện tỉnh", "Hội Nông dân xã").
_CLOSED_BY_LEVEL = re.compile(r"\b(?:xa|huyen|tinh|phuong|thi tran|thon)$")


def _and_units(unit: str, *, partners: bool = False) -> list[str]:
    """A unit that is two joined by "và" ("Bảo hiểm xã hội khu vực và các
    thôn", "Phòng Văn hóa - Xã hội và Ban công tác Mặt trận các thôn"),
    each; only where both sides start with a kind of body, the right one
    written as a name (a capital) or as "các …", so that a name holding
    "và" stays whole: "Sở Nông nghiệp và Môi trường", "Phòng Văn hóa và
    Thông tin" (no body after "và"), "Văn phòng HĐND và UBND xã" (one
    office), "Ban phát triển thôn A và thôn B" (a place, not a body). The
    Front with its members ("Ủy ban MTTQ Việt Nam xã và các tổ chức chính
    trị - xã hội") is one addressee, but two of a task's `partners` where
    its level closes the Front's name (round 29b): "UBMTTQ và các đoàn thể
    CT-XH huyện", the level closing both, stays one."""
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
            (BODY_HEAD.match(fl) or ABBREVIATED.match(left))
            # "các tổ chức chính trị - xã hội": members counted, bodies too.
            and (BODY_HEAD.match(fr) or _MEMBERS.match(fr))
            and (right[:1].isupper() or fr.startswith("cac "))
            and not NOT_A_BODY.match(fr)
        )
        one = (_SHARED_OFFICE.match(fl) and re.match(_GOVERNING, fr)) or (
            _FRONT_AND_MEMBERS.match(fl)
            and _MEMBERS.match(fr)
            and not (partners and _CLOSED_BY_LEVEL.search(fl))
        )
        # "Ban Chỉ huy Quân sự xã và đội ngũ người có uy tín ở các buôn":
        # a body, then the people of the place (`_community`).
        people = (
            right[:1].islower()
            and _community(right)
            and not _community(left)
            and (BODY_HEAD.match(fl) or ABBREVIATED.match(left))
        )
        if not (two or people) or one:
            continue
        return [left.strip(), *_and_units(right.strip(), partners=partners)]
    return [unit]


def is_unit(name: str, *, most_words: int = 12) -> bool:
    """A name that may be a unit's: a body's words or an abbreviation, no
    verb of the work, not the people; `most_words` words at most."""
    folded = fold(name)
    return bool(
        0 < len(folded.split()) <= most_words
        and (ORG_WORDS.search(folded) or ABBREVIATED.match(name))
        and not re.search(ACTS, folded)
        and not THE_PEOPLE.match(folded)
    )


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
        and not re.search(ACTS, fold(u))
        for role in named.values()
        for u in role
    ):
        return None
    found = {"lead": ", ".join(named["lead"])}
    if named["coordinating"]:
        found["coordinating"] = "; ".join(named["coordinating"])
    return found
