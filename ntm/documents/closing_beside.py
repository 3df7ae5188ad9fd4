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
_OPENS = re.compile(r"^noi nhan\b")
# The left column's lines: a recipient ("- UBND xã …;", "+ …", "Lưu: VT.",
# "Như trên;") or the note a recipient wraps onto ("(để báo cáo);"); not
# the "--" that opens a mail's own signature.
_RECIPIENT = re.compile(r"^(?:[-+•–*]\s*\w|\(|luu\b|nhu tren\b)")
# The blank lines a signature leaves for the signing, at most.
MAX_BLANKS = 6
TAB = 8


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
    if len(runs) < 2 or runs[1][1][:1] in "-+•–":
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
        elif _RECIPIENT.match(fold(runs[0][1])):
            left.append(runs[0][1])
            if len(runs) > 1:
                right.append(" ".join(text for _, text in runs[1:]))
        else:
            break
        blanks = 0
        end += 1
    return left + right, end - blanks
