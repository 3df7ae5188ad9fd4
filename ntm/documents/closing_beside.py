"""A plain text's closing typed as two columns on the same lines, "Nơi
nhận:" and its list on the left, the signature on the right, apart by a
run of spaces or tabs (a village's .txt, the body of an e-mail):

    Nơi nhận:                                    TM. BAN PHÁT TRIỂN THÔN
    - UBND xã Công Thành (b/c);                         TRƯỞNG BAN
    - Lưu.                                          Nguyễn Văn Bảy

read column by column, the left one whole, then the right one, as a Word
closing table's two cells are."""

from __future__ import annotations

import re

from ntm.text import fold

# A column's text: words apart by one or two spaces; a tab or three spaces
# or more set the next column apart.
_RUN = re.compile(r"[^\t ]+(?: {1,2}[^\t ]+)*")
# The words of a closing's list, folded. They are code here: the plan
# importer's labels.toml lies in plans/, which ntm/documents may not import;
# header.py takes them from here.
OPENING = "noi nhan"
RECIPIENT_WORDS = ("luu", "nhu tren")
# The marks a recipient opens on ("- UBND xã …;", "+ …", "• …", "* …").
BULLETS = "-+•–*"
_OPENS = re.compile(rf"^{OPENING}\b")
# A recipient: a mark and its text, "Lưu: VT." or "Như trên;"; not the
# "--" that opens a mail's own signature.
_RECIPIENT = re.compile(
    rf"^(?:[{re.escape(BULLETS)}]\s*\w|(?:{'|'.join(RECIPIENT_WORDS)})\b)"
)
# The blank lines a signature leaves for the signing, at most.
MAX_BLANKS = 6
TAB = 8


def recipient(text: str) -> bool:
    """Whether the text reads as one of a closing's recipients."""
    return bool(_RECIPIENT.match(fold(text.strip())))


def _runs(raw: str) -> list[tuple[int, str]]:
    """The line's texts, each with the column it starts at (tabs expanded)."""
    return [
        (len(raw[: m.start()].expandtabs(TAB)), m.group()) for m in _RUN.finditer(raw)
    ]


def closing_beside(lines: list[str], index: int) -> tuple[list[str], int] | None:
    """The closing that opens at lines[index] on "Nơi nhận:" with the
    signature's first line beside it: the left column's lines, then the
    right one's, and the index of the line after the closing; None when
    no such closing opens there."""
    if not _OPENS.match(fold(lines[index].lstrip())):
        return None
    runs = _runs(lines[index])
    if len(runs) < 2 or recipient(runs[1][1]):
        return None
    right_column = runs[1][0]
    left, right = [runs[0][1]], [" ".join(text for _, text in runs[1:])]
    end, blanks = index + 1, 0
    while end < len(lines) and blanks <= MAX_BLANKS:
        runs = _runs(lines[end])
        if not runs:
            blanks += 1
            end += 1
            continue
        if runs[0][0] >= right_column // 2:
            right.append(" ".join(text for _, text in runs))
        elif (
            recipient(runs[0][1])
            # A recipient wrapped onto an indented line with no mark.
            or (runs[0][0] > 0 and len(left) > 1)
            # The note a recipient wraps onto ("(để báo cáo);").
            or runs[0][1].startswith("(")
        ):
            if recipient(runs[0][1]) or len(left) == 1:
                left.append(runs[0][1])
            else:
                left[-1] += " " + runs[0][1]
            if len(runs) > 1:
                right.append(" ".join(text for _, text in runs[1:]))
        else:
            break
        blanks = 0
        end += 1
    return left + right, end - blanks
