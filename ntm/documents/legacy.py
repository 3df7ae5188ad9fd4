"""Vietnamese typed in the legacy 8-bit encodings, converted to Unicode.

Before Unicode, offices typed Vietnamese in fonts that drew Vietnamese
letters in place of Latin-1 ones, and many templates still do:

- TCVN3 (ABC), fonts ".VnTime", ".VnArial", …: one code per letter ("¸" is
  "á", "­" — U+00AD, the soft hyphen — is "ư"). It has no code for a capital
  with a tone mark: the "H" fonts (".VnTimeH", ".VnArialH") draw every code
  as a capital, so their text is converted and then upper-cased.
- VNI (fonts "VNI-Times", "VNI-Helve", …): a base letter followed by a
  Latin-1 letter that stands for its mark ("aù" is "á", "Ñ" is "Đ").

Word, LibreOffice and a copy to the clipboard keep those codes as the
Latin-1 letters they are stored as, so a document read as stored says "KÕ
ho¹ch" where the plan says "Kế hoạch". The readers convert where they know
the font (.docx, and .doc, .rtf, .odt through LibreOffice's .docx); plain
text has no font, so its letters decide (`detect`).
"""

from __future__ import annotations

import re

TCVN3 = "tcvn3"
VNI = "vni"

# Unicode letter = its TCVN3 code, every letter TCVN3 has a code for: the 67
# lower-case letters with a mark, and the seven capitals it has (Ă Â Ê Ô Ơ
# Ư Đ). The other capitals are the lower-case code drawn by an "H" font.
_TCVN3_TABLE = """
    à=µ ả=¶ ã=· á=¸ ạ=¹ ă=¨ ằ=» ẳ=¼ ẵ=½ ắ=¾ ặ=Æ â=© ầ=Ç ẩ=È ẫ=É ấ=Ê ậ=Ë
    è=Ì ẻ=Î ẽ=Ï é=Ð ẹ=Ñ ê=ª ề=Ò ể=Ó ễ=Ô ế=Õ ệ=Ö
    ì=× ỉ=Ø ĩ=Ü í=Ý ị=Þ
    ò=ß ỏ=á õ=â ó=ã ọ=ä ô=« ồ=å ổ=æ ỗ=ç ố=è ộ=é ơ=¬ ờ=ê ở=ë ỡ=ì ớ=í ợ=î
    ù=ï ủ=ñ ũ=ò ú=ó ụ=ô ư=\u00ad ừ=õ ử=ö ữ=÷ ứ=ø ự=ù
    ỳ=ú ỷ=û ỹ=ü ý=ý ỵ=þ đ=®
    Ă=¡ Â=¢ Ê=£ Ô=¤ Ơ=¥ Ư=¦ Đ=§
"""

# Unicode letter = its VNI (VNI-Windows) code: a base letter and a mark
# letter, or one letter (ì í æ ó ò for the i's, ô ơ, ö ư, ñ đ, î ỵ).
_VNI_TABLE = """
    à=aø á=aù ả=aû ã=aõ ạ=aï è=eø é=eù ẻ=eû ẽ=eõ ẹ=eï ò=oø ó=où ỏ=oû õ=oõ
    ọ=oï ù=uø ú=uù ủ=uû ũ=uõ ụ=uï ỳ=yø ý=yù ỷ=yû ỹ=yõ ỵ=î
    â=aâ ầ=aà ấ=aá ẩ=aå ẫ=aã ậ=aä ê=eâ ề=eà ế=eá ể=eå ễ=eã ệ=eä
    ô=oâ ồ=oà ố=oá ổ=oå ỗ=oã ộ=oä ă=aê ằ=aè ắ=aé ẳ=aú ẵ=aü ặ=aë
    ì=ì í=í ỉ=æ ĩ=ó ị=ò ơ=ô ờ=ôø ớ=ôù ở=ôû ỡ=ôõ ợ=ôï
    ư=ö ừ=öø ứ=öù ử=öû ữ=öõ ự=öï đ=ñ
    À=AØ Á=AÙ Ả=AÛ Ã=AÕ Ạ=AÏ È=EØ É=EÙ Ẻ=EÛ Ẽ=EÕ Ẹ=EÏ Ò=OØ Ó=OÙ Ỏ=OÛ Õ=OÕ
    Ọ=OÏ Ù=UØ Ú=UÙ Ủ=UÛ Ũ=UÕ Ụ=UÏ Ỳ=YØ Ý=YÙ Ỷ=YÛ Ỹ=YÕ Ỵ=Î
    Â=AÂ Ầ=AÀ Ấ=AÁ Ẩ=AÅ Ẫ=AÃ Ậ=AÄ Ê=EÂ Ề=EÀ Ế=EÁ Ể=EÅ Ễ=EÃ Ệ=EÄ
    Ô=OÂ Ồ=OÀ Ố=OÁ Ổ=OÅ Ỗ=OÃ Ộ=OÄ Ă=AÊ Ằ=AÈ Ắ=AÉ Ẳ=AÚ Ẵ=AÜ Ặ=AË
    Ì=Ì Í=Í Ỉ=Æ Ĩ=Ó Ị=Ò Ơ=Ô Ờ=ÔØ Ớ=ÔÙ Ở=ÔÛ Ỡ=ÔÕ Ợ=ÔÏ
    Ư=Ö Ừ=ÖØ Ứ=ÖÙ Ử=ÖÛ Ữ=ÖÕ Ự=ÖÏ Đ=Ñ
"""


def _pairs(table: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in table.split())


TCVN3_ENCODE = _pairs(_TCVN3_TABLE)
VNI_ENCODE = _pairs(_VNI_TABLE)
TCVN3_DECODE = {code: letter for letter, code in TCVN3_ENCODE.items()}
VNI_DECODE = {code: letter for letter, code in VNI_ENCODE.items()}
# VNI codes longest first: "oø" (ò) before "o", "ôø" (ờ) before "ô" (ơ).
_VNI_CODES = re.compile(
    "|".join(re.escape(c) for c in sorted(VNI_DECODE, key=len, reverse=True))
)
_TCVN3_CODES = re.compile("[" + re.escape("".join(TCVN3_DECODE)) + "]")


def encoding_of_font(name: str) -> str | None:
    """TCVN3 for the ".Vn…" fonts, VNI for the "VNI-…" fonts, else None."""
    folded = (name or "").strip().casefold()
    if folded.startswith(".vn"):
        return TCVN3
    if folded.startswith(("vni-", "vni ")):
        return VNI
    return None


def capital_font(name: str) -> bool:
    """A TCVN3 "H" font (".VnTimeH", ".VnArialH"): it draws every letter as
    a capital."""
    folded = (name or "").strip().casefold()
    return folded.startswith(".vn") and folded.endswith("h")


def decode(text: str, encoding: str, *, capitals: bool = False) -> str:
    """`text` stored in `encoding` (TCVN3 or VNI) as Unicode; upper-cased
    when `capitals` (text of a TCVN3 "H" font)."""
    if encoding == TCVN3:
        out = _TCVN3_CODES.sub(lambda m: TCVN3_DECODE[m.group()], text)
    elif encoding == VNI:
        out = _VNI_CODES.sub(lambda m: VNI_DECODE[m.group()], text)
    else:
        return text
    return out.upper() if capitals else out


def encode(text: str, encoding: str) -> str:
    """Unicode `text` as `encoding` stores it (the tests' and the corpus's
    way to write legacy documents). TCVN3 has no capital with a tone mark:
    such a capital is written with its lower-case code, as typists did in
    the "H" fonts."""
    table = TCVN3_ENCODE if encoding == TCVN3 else VNI_ENCODE
    out = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif encoding == TCVN3 and ch.lower() in table:
            out.append(table[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


# Letters of Unicode Vietnamese that no legacy code is: ă đ ơ ư and the
# letters with a mark beyond Latin-1 (U+1EA0 … U+1EF9), and their capitals.
_UNICODE_VIETNAMESE = re.compile("[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]")
# TCVN3 codes that are no letter in Latin-1 (¡ … ¾), inside a word: no
# Vietnamese word in Unicode holds one ("© 2026" is a sign, "hoµ" a word).
_SIGN = "[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be]"
_TCVN3_SIGNS = re.compile(f"(?<=[A-Za-z]){_SIGN}|{_SIGN}(?=[A-Za-z])")
# VNI's mark letters that are no Vietnamese letter in Unicode, after a
# vowel ("oä", "aø", "öï").
_VNI_SIGNS = re.compile("[aeouyAEOUYôöÔÖ][äåëïöøûüÄÅËÏÖØÛÜ]")
# A few "©" or "µ" in Unicode text are signs; legacy text has many, and no
# Unicode Vietnamese letter.
MIN_SIGNS = 5


def detect(text: str) -> str | None:
    """The legacy encoding plain `text` is typed in (TCVN3 or VNI), judged by
    its letters; None for Unicode text (which may hold a few "©", "µ" or
    "ö")."""
    unicode_letters = len(_UNICODE_VIETNAMESE.findall(text))
    tcvn3 = len(_TCVN3_SIGNS.findall(text))
    vni = len(_VNI_SIGNS.findall(text))
    best, signs = (TCVN3, tcvn3) if tcvn3 >= vni else (VNI, vni)
    if signs < MIN_SIGNS or unicode_letters * 10 > signs:
        return None
    return best


# Combining tone marks (grave, acute, tilde, hook, dot below): Unicode
# typed in "decomposed" form, which no legacy code is either.
_COMBINING_MARKS = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
# Latin-1 letters no Vietnamese word has ("ß", "ö", "Ñ"): in a legacy font
# they are codes ("Phßng" is "Phòng" in TCVN3, "ñöôøng" is "đường" in VNI).
_FOREIGN = "äåæçëîïñöøûüþßÄÅÆÇËÎÏÐÑÖ×ØÛÜÞ÷"
# TCVN3's signs in a run's text: its codes that are no letter in Latin-1,
# the foreign letters, and a Latin-1 capital after a small letter inside a
# word ("tÕ" is "tế": TCVN3 has no capital with a tone mark).
_TCVN3_SIGN_CODES = re.compile(f"{_SIGN}|[{_FOREIGN}]|(?<=[a-z])[ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]")
_VNI_SIGN_CODES = re.compile(f"[{_FOREIGN}]")


def unicode_letters(text: str) -> int:
    """How many letters of `text` only Unicode Vietnamese writes (ă đ ơ ư,
    the letters beyond Latin-1, combining tone marks): no TCVN3 or VNI code
    is one of them."""
    return len(_UNICODE_VIETNAMESE.findall(text)) + len(_COMBINING_MARKS.findall(text))


def legacy_signs(text: str, encoding: str) -> int:
    """How many codes of `encoding` in `text` no Unicode Vietnamese word
    holds: TCVN3's signs ("¸", "¹", "­", "tÕ"), VNI's mark letters ("aø",
    "oä"), the letters of neither ("ß", "ñ")."""
    if encoding == TCVN3:
        return len(_TCVN3_SIGN_CODES.findall(text))
    if encoding == VNI:
        return max(len(_VNI_SIGNS.findall(text)), len(_VNI_SIGN_CODES.findall(text)))
    return 0


def verdict(text: str, encoding: str) -> bool | None:
    """Whether `text`, in a font of `encoding`, is stored in that encoding
    (True) or is Unicode already (False), by its characters: offices that
    convert or re-type old templates keep the ".VnTime" or "VNI-Times" font
    names over Unicode text. None when its letters do not tell ("Số",
    "công" are Latin-1 letters in both)."""
    unicode, signs = unicode_letters(text), legacy_signs(text, encoding)
    if unicode == signs:
        return None
    return signs > unicode


def decode_line(line: str, encoding: str) -> str:
    """A line of plain legacy text as Unicode: a line already in Unicode
    Vietnamese is kept; a TCVN3 cell typed in capitals (its plain letters
    all capitals, as an "H" font's text pastes) is upper-cased. Cells (a
    table row pasted: tab-separated) are judged one by one: the issuer in
    capitals stands beside the motto's "Độc lập - Tự do - Hạnh phúc"."""
    if _UNICODE_VIETNAMESE.search(line):
        return line
    return "\t".join(
        decode(cell, encoding, capitals=encoding == TCVN3 and _capitals(cell))
        for cell in line.split("\t")
    )


def _capitals(line: str) -> bool:
    """Whether a TCVN3 line was typed in an "H" font: its plain letters are
    all capitals, and a word with a code holds two of them ("HO¹CH", not
    just "Sè:" before "12/KH-UBND")."""
    ascii_letters = [ch for ch in line if ch.isascii() and ch.isalpha()]
    if not ascii_letters or not all(ch.isupper() for ch in ascii_letters):
        return False
    return any(
        _TCVN3_CODES.search(word)
        and sum(ch.isascii() and ch.isupper() for ch in word) >= 2
        for word in line.split()
    )


def decode_text(text: str) -> str:
    """Plain text as Unicode: converted line by line when its letters say
    it is TCVN3 or VNI, unchanged otherwise."""
    encoding = detect(text)
    if encoding is None:
        return text
    return "\n".join(decode_line(line, encoding) for line in text.split("\n"))


NOTE = (
    "Văn bản gõ bằng phông chữ cũ (TCVN3 .VnTime hoặc VNI) đã được chuyển sang "
    "Unicode để đọc; kiểm tra kỹ dấu tiếng Việt."
)
