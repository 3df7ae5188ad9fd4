"""A plan e-mailed or forwarded as text (a .txt or .eml saved from a mail
client): its quoted-printable body decoded.

Mail clients send a body as quoted-printable: lines longer than 76
columns are cut with "=" at the end, anywhere, mid-word too ("B=\\nản
Lầu"), a space ending a line is "=20", "=" is "=3D", and a letter beyond
ASCII may be its UTF-8 bytes ("=C3=A1" for "á"). A message saved as it
came says so in its headers ("Content-Transfer-Encoding:
quoted-printable"); a body copied without them still shows the soft
wraps. The mail's headers, greeting and signature stay lines of the
document: the importer sets them apart (plans.document_import.header).
"""

from __future__ import annotations

import email.header
import quopri
import re

# "Content-Transfer-Encoding: quoted-printable" among a message's headers.
_QP_HEADER = re.compile(
    r"^content-transfer-encoding\s*:\s*quoted-printable\s*$", re.IGNORECASE
)
_CHARSET = re.compile(r"\bcharset\s*=\s*\"?([\w.:-]+)\"?", re.IGNORECASE)
# A header line ("Name: value") and its folded continuation lines.
_HEADER_LINE = re.compile(r"^[A-Za-z][\w-]*\s*:")
# A soft line break: one "=" ends the line ("==" and "= " are no break).
_SOFT_BREAK = re.compile(r"(?<![=\s])=$")
# An escaped byte: "=20", "=3D", "=C3=A1".
_ESCAPE = re.compile(r"=[0-9A-F]{2}")
# An encoded word of a header ("=?UTF-8?Q?K=E1=BA=BF_ho=E1=BA=A1ch?=").
_ENCODED_WORD = re.compile(r"=\?[\w.-]+\?[QqBb]\?[^?\s]*\?=")
# How many soft breaks make a body without headers quoted-printable, and
# how long a line a soft break ends is (a mail client cuts at 76 octets;
# letters beyond ASCII take more than one).
MIN_SOFT_BREAKS = 2
SOFT_WIDTH = (40, 76)
HEADER_LINES = 60


def _headers(lines: list[str]) -> tuple[int, bool, str]:
    """The message's header block at the top of `lines`: where its body
    starts (0 when there is none), whether it is quoted-printable, and its
    charset."""
    qp, charset = False, "utf-8"
    for index, line in enumerate(lines[:HEADER_LINES]):
        if not line.strip():
            return (index + 1, qp, charset) if index else (0, False, charset)
        if _HEADER_LINE.match(line):
            qp = qp or bool(_QP_HEADER.match(line.strip()))
            if line.lower().startswith("content-type") and (m := _CHARSET.search(line)):
                charset = m.group(1)
        elif not line[:1].isspace():
            return 0, False, charset
    return 0, False, charset


def quoted_printable(lines: list[str]) -> bool:
    """Whether a body reads as quoted-printable though no header says so:
    several lines cut at the mail's width (76 columns, a soft break "="
    ending each), or one such line and escaped bytes ("=20", "=C3=A1")."""
    breaks = sum(
        bool(_SOFT_BREAK.search(line)) and SOFT_WIDTH[0] <= len(line) <= SOFT_WIDTH[1]
        for line in lines
    )
    if breaks >= MIN_SOFT_BREAKS:
        return True
    return breaks >= 1 and any(_ESCAPE.search(line) for line in lines)


def _decoded(body: str, charset: str) -> str:
    raw = quopri.decodestring(body.encode("utf-8"))
    for name in (charset, "utf-8", "cp1258"):
        try:
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("latin-1")


def _header_text(line: str) -> str:
    """A header line with its encoded words ("=?UTF-8?Q?…?=") decoded."""
    if not _ENCODED_WORD.search(line):
        return line
    try:
        parts = email.header.decode_header(line)
        return str(email.header.make_header(parts))
    except (ValueError, LookupError, UnicodeDecodeError):
        return line


def decode_mail(text: str) -> str:
    """`text` with a quoted-printable mail body decoded (its headers'
    encoded words too); unchanged when it is no such mail."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start, qp, charset = _headers(lines)
    body = lines[start:]
    if not qp and not quoted_printable(body):
        return text
    head = [_header_text(line) for line in lines[:start]]
    return "\n".join([*head, _decoded("\n".join(body), charset)])
