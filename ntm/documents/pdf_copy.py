"""A signed PDF's text copied into a .txt: every visual line of the PDF a
line, the header's and the closing's two columns run together on the lines
they share, sentences and words broken where the PDF wrapped them, page
numbers alone in the flow:

    HỘI NÔNG DÂN TỈNH THÁI BÌNH HỘI NÔNG DÂN VIỆT NAM
    BCH HỘI NÔNG DÂN HUYỆN VŨ THƯ
    *
    Số: 45-KH/HND Vũ Thư, ngày 18 tháng 3 năm 2024
    …
    + Xây dựng 03 mô hình trồng rau an toàn theo tiêu chuẩn Viet-
    GAP tại các xã Việt Hùng, Minh Lãng;
    …
    Nơi nhận: TM. BAN THƯỜNG VỤ
    - TT Hội Nông dân tỉnh (b/c); CHỦ TỊCH
    - Lưu VP. (Đã ký)
    Đỗ Văn Khang

`unwrapped` gives the lines back as a typed .txt has them: the header's
left column, then its right one ("HỘI NÔNG DÂN TỈNH THÁI BÌNH", "BCH …",
"*", "Số: 45-KH/HND", then "HỘI NÔNG DÂN VIỆT NAM", "Vũ Thư, ngày 18 tháng
3 năm 2024"), each paragraph on one line ("… tiêu chuẩn VietGAP tại các xã
…"), no page numbers, the closing's list and then its signature. A text
whose header or closing shows no such shared line is no PDF copy and is
left as it is: a typed .txt keeps its own lines.
"""

from __future__ import annotations

import re

from ntm.documents.closing_beside import BULLETS, OPENING
from ntm.text import fold

# The names a header's right column starts with, folded; on a shared line
# they follow the left column's text or come before it. They are code here:
# the plan importer's labels.toml lies in plans/, which ntm/documents may
# not import.
RIGHT_NAMES = (
    # The nation's and the Party's, the right column's only.
    "cong hoa xa hoi chu nghia viet nam",
    "doc lap - tu do - hanh phuc",
    "dang cong san viet nam",
    # A mass organisation's, which a left column's name may open with
    # ("ĐOÀN TNCS HỒ CHÍ MINH XÃ MỸ AN").
    "hoi nong dan viet nam",
    "hoi lien hiep phu nu viet nam",
    "hoi cuu chien binh viet nam",
    "doan tncs ho chi minh",
)
# The word a left column's name goes on with after such a name (folded).
PLACE_LEVELS = ("xa", "phuong", "thi", "huyen", "quan", "tinh", "thanh", "ap", "thon")
# The header's lines: at most this many before its first blank line.
HEADER_LINES = 12
# "Số: 45-KH/HND Vũ Thư, ngày 18 tháng 3 năm 2024": the number, then the
# place and date of the right column.
_NUMBER_DATE = re.compile(r"^(Số\b[:.]?\s*\S+)\s+(\S[^,]{0,40},\s*ngày\s.*)$", re.I)
# "Hồng Phong, ngày 26 tháng 02 năm 2026 *": the date, then the left
# column's star.
_DATE_STAR = re.compile(r"^(\S[^,]{0,40},\s*ngày\s.*?\d{4})\s+(\*)$", re.I)
_YEAR = re.compile(r"\d{4}")
# "VÀ MÔI TRƯỜNG ______________": the end of the left column's name beside
# the rule under the motto.
_NAME_RULE = re.compile(r"^([^_a-zà-ỹ]*[^\W\d_][^_]*?)\s+(_{3,})$")
# Where a recipient's line may end before the signature's words.
_RECIPIENT_END = re.compile(r"[;:.)]\s+")
# A recipient after the signature's words on the same line ("BÍ THƯ -
# Ban Thường vụ Huyện ủy (b/c);", "Nguyễn Thị Hạnh - Lưu VP.").
_SIGNATURE_FIRST = re.compile(rf"^(\S.*?)\s+([{re.escape(BULLETS)}]\s.*)$")
# An item's mark or a heading's number, or a basis's or a purpose's first
# words: a line that opens one never goes on the line before it.
_OPENS_ITEM = re.compile(
    rf"^(?:[{re.escape(BULLETS)}]\s|\d{{1,2}}(?:\.\d{{1,2}})*[.)]\s|[IVXLC]+[.)]\s"
    r"|[a-zđ][.)]\s|-{3,}|(?:Căn cứ|Thực hiện|Triển khai|Theo|Để|Kính gửi)\b)"
)
# A heading's number or letter ("1. Mục đích", "a) Yêu cầu"): a short line
# that opens with one is a heading, no line goes on it.
_HEADING_MARK = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]+[.)]|[a-zđ][.)])\s")
HEADING_WORDS = 5
_PAGE_NUMBER = re.compile(r"\d{1,3}")
# "Nơi nhận:" with the signature's words after it or before it on its line.
_SHARED_OPENING = re.compile(rf"^{OPENING}:\s*[^\s*_]|[^\s*_]\s+{OPENING}:$")


def _right_name(words: list[str]) -> tuple[int, int] | None:
    """Where a right column's name lies in the line's words, at its end or
    its start, with text beside it; else None."""
    folded = [fold(word) for word in words]
    for name in RIGHT_NAMES:
        size = len(name.split())
        if len(words) <= size:
            continue
        if " ".join(folded[-size:]) == name:
            return len(words) - size, len(words)
        if " ".join(folded[:size]) == name and (
            name in RIGHT_NAMES[:3] or folded[size] not in PLACE_LEVELS
        ):
            # Not "ĐOÀN TNCS HỒ CHÍ MINH XÃ MỸ AN": the left column's name.
            return 0, size
    return None


def _header_split(line: str) -> tuple[str, str] | None:
    """A header line's left and right columns, when it holds both."""
    text = line.strip()
    if "\t" in text or "  " in text:
        return None  # columns set apart: text.py reads them
    if found := _NAME_RULE.match(text):
        return found.group(1), found.group(2)
    if found := _NUMBER_DATE.match(text):
        return found.group(1), found.group(2)
    if found := _DATE_STAR.match(text):
        return found.group(2), found.group(1)
    words = text.split()
    if span := _right_name(words):
        start, end = span
        right = " ".join(words[start:end])
        left = " ".join(words[:start] + words[end:])
        return left, right
    return None


def _header(lines: list[str]) -> tuple[list[str], int] | None:
    """The header's lines, its left column and then its right one, and the
    index of the line after it; None when no line holds both columns."""
    end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    if end > HEADER_LINES:
        # No blank line under the header (a PDF's text copied whole) whose
        # first line holds both columns: it ends with the last line that
        # does. Else no header of a PDF copy.
        if not lines or not _header_split(lines[0]) or _NAME_RULE.match(lines[0]):
            return None
        end = 1 + max(
            (
                i
                for i, line in enumerate(lines[:HEADER_LINES])
                if _header_split(line) and not _NAME_RULE.match(line.strip())
            ),
            default=HEADER_LINES,
        )
    left: list[str] = []
    right: list[str] = []
    shared = False
    for line in lines[:end]:
        split = _header_split(line)
        if split:
            shared = shared or not _NAME_RULE.match(line.strip())
            left.append(split[0])
            right.append(split[1])
        elif (
            _YEAR.fullmatch(line.strip()) and right and fold(right[-1]).endswith("nam")
        ):
            right[-1] += " " + line.strip()  # the date's year, wrapped
        elif fold(line) in RIGHT_NAMES:
            right.append(line.strip())
        else:
            left.append(line.strip())
    return (left + right, end) if shared else None


def _signed(text: str) -> bool:
    """Whether words are the signature's: a title in capitals of two words
    or more ("CHỦ TỊCH", "TM. BAN THƯỜNG VỤ"; not "Lưu: VT, VP.", "Như
    trên;") or "(Đã ký)"."""
    capitals = len(text.split()) > 1 and text.isupper() and "," not in text
    return capitals or fold(text) == "(da ky)"


def _signature_tail(text: str) -> tuple[str, str]:
    """A recipient's line and the signature's words after its ";" or "."."""
    for end in _RECIPIENT_END.finditer(text):
        tail = text[end.end() :]
        if _signed(tail):
            return text[: end.end()].rstrip(), tail
    return text, ""


def _closing_split(line: str) -> tuple[str, str]:
    """A closing line's recipient part and signature part (either may be
    empty)."""
    text = line.strip()
    words = text.split()
    folded = fold(text)
    if folded.startswith(OPENING) and len(words) > 2:
        after = text.split(":", 1)[1].strip()
        # Not "Nơi nhận: Như trên;": a recipient.
        return ("Nơi nhận:", after) if _signed(after) else (text, "")
    if folded.endswith(OPENING + ":") and len(words) > 2:
        before = " ".join(words[:-2])
        return ("Nơi nhận:", before) if _signed(before) else (text, "")
    if text[:1] in BULLETS:
        return _signature_tail(text)
    if found := _SIGNATURE_FIRST.match(text):
        return found.group(2), found.group(1)
    return "", text


def _closing(lines: list[str]) -> tuple[int, int, list[str]] | None:
    """Where a closing whose "Nơi nhận:" shares its line with the
    signature starts and ends (at the first blank line after the signature
    began: an appendix may follow), and its lines: the list, then the
    signature."""
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if _SHARED_OPENING.search(fold(line)) and _closing_split(line)[1]
        ),
        None,
    )
    if start is None or "\t" in lines[start] or "  " in lines[start].strip():
        return None
    listed: list[str] = []
    signature: list[str] = []
    end = len(lines)
    for i, line in enumerate(lines[start:], start):
        if not line.strip():
            if signature:
                end = i
                break
            continue
        recipient, signed = _closing_split(line)
        if recipient:
            listed.append(recipient)
        if signed:
            signature.append(signed)
    return start, end, listed + [""] + signature


def _joined(lines: list[str]) -> list[str]:
    """The body's paragraphs, one a line: a line that does not end a
    sentence goes on with the next one unless that opens an item; a word
    hyphenated at a line's end is one word; a page's number alone between
    blank lines goes."""
    pages = {
        i
        for i, line in enumerate(lines)
        if _PAGE_NUMBER.fullmatch(line.strip())
        and (i == 0 or not lines[i - 1].strip())
        and (i + 1 == len(lines) or not lines[i + 1].strip())
    }
    # A page's number goes with the blank lines around it: a sentence the
    # page broke goes on over it.
    gone = pages | {i + step for i in pages for step in (-1, 1)}
    kept = [line for i, line in enumerate(lines) if i not in gone]
    out: list[str] = []
    for line in kept:
        text = line.rstrip()
        previous = out[-1] if out else ""
        goes_on = (
            previous
            and text.strip()
            and not previous.endswith((".", ";", ":", "!", "?"))
            and previous.upper() != previous
            and not _OPENS_ITEM.match(text.strip())
            # a table's row stays a row
            and not any("\t" in part or "|" in part for part in (previous, text))
            and not (
                _HEADING_MARK.match(previous) and len(previous.split()) <= HEADING_WORDS
            )
        )
        if goes_on:
            if re.search(r"\w-$", previous) and text[:1].isalpha():
                out[-1] = previous[:-1] + text.strip()
            else:
                out[-1] = previous + " " + text.strip()
        else:
            out.append(text)
    return out


def unwrapped(lines: list[str]) -> list[str]:
    """The lines of a PDF's text copied into a .txt as a typed .txt has
    them; any other text's lines as they are."""
    header = _header(lines)
    closing = _closing(lines)
    if not header and not closing:
        return lines
    head, start = header or ([], 0)
    end, after, tail = closing or (len(lines), len(lines), [])
    return head + _joined(lines[start:end]) + [""] + tail + _joined(lines[after:])
