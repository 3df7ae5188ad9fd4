"""Vietnamese typed in the legacy encodings (TCVN3 in the ".Vn…" fonts, VNI
in the "VNI-…" fonts) read as Unicode, and the invisible format characters
of text pasted from the web removed, by every reader."""

import unicodedata

import pytest

from ntm.documents import legacy, read_document
from ntm.documents.legacy import TCVN3, VNI
from ntm.text import visible_text
from tests.documents.docx_parts import STYLES, W, docx

TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
# Every Vietnamese letter with a mark, written here from its parts (not from
# the module's tables): 12 vowels × 6 tones less the 6 plain vowels, and đ.
LETTERS = sorted(
    {unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES} - set("aeiouy")
    | {"đ"}
)


def test_there_are_67_vietnamese_letters_with_a_mark_and_as_many_capitals():
    assert len(LETTERS) == 67
    assert len({x.upper() for x in LETTERS}) == 67


@pytest.mark.parametrize("letter", LETTERS + [x.upper() for x in LETTERS])
def test_every_letter_goes_to_vni_and_back(letter):
    code = legacy.encode(letter, VNI)
    assert code != letter or letter in "ìíÌÍ"  # VNI keeps ì and í
    assert all(ord(ch) < 256 for ch in code)
    assert legacy.decode(code, VNI) == letter
    # In a word, between other letters, too.
    word = legacy.encode(f"Ng{letter}n", VNI)
    assert legacy.decode(word, VNI) == f"Ng{letter}n"


@pytest.mark.parametrize("letter", LETTERS + [x.upper() for x in LETTERS])
def test_every_letter_goes_to_tcvn3_and_back(letter):
    code = legacy.encode(letter, TCVN3)
    assert len(code) == 1 and 0xA1 <= ord(code) <= 0xFE
    if letter.islower() or letter in "ĂÂÊÔƠƯĐ":
        # The letters TCVN3 has a code for.
        assert legacy.decode(code, TCVN3) == letter
    else:
        # A capital with a tone mark: the lower-case code, drawn as a capital
        # by an "H" font.
        assert code == legacy.encode(letter.lower(), TCVN3)
        assert legacy.decode(code, TCVN3, capitals=True) == letter


def test_the_tables_hold_every_letter_once():
    assert set(legacy.VNI_ENCODE) == set(LETTERS) | {x.upper() for x in LETTERS}
    assert set(legacy.TCVN3_ENCODE) == set(LETTERS) | set("ĂÂÊÔƠƯĐ")
    assert len(legacy.VNI_DECODE) == 134 and len(legacy.TCVN3_DECODE) == 74


def test_text_as_offices_typed_it():
    tcvn3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc"
    assert legacy.decode(tcvn3, TCVN3) == (
        "Cộng hoà xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc"
    )
    # "ư" is U+00AD, the soft hyphen.
    assert legacy.decode("M\u00adêng L¸t", TCVN3) == "Mường Lát"
    assert legacy.decode("KÕ HO¹CH", TCVN3, capitals=True) == "KẾ HOẠCH"
    vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do. Möôøng"
    assert legacy.decode(vni, VNI) == (
        "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do. Mường"
    )
    assert legacy.decode("KEÁ HOAÏCH", VNI) == "KẾ HOẠCH"


def test_fonts_name_their_encoding():
    assert legacy.encoding_of_font(".VnTime") == TCVN3
    assert legacy.encoding_of_font(".VnArialH") == TCVN3
    assert legacy.encoding_of_font("VNI-Times") == VNI
    assert legacy.encoding_of_font("VNI-Helve") == VNI
    assert legacy.encoding_of_font("Times New Roman") is None
    assert legacy.encoding_of_font("") is None
    assert legacy.capital_font(".VnTimeH") and legacy.capital_font(".VnArialH")
    assert not legacy.capital_font(".VnTime") and not legacy.capital_font("VNI-Times")


UNICODE_PLAN = (
    "KẾ HOẠCH\nXây dựng nông thôn mới năm 2027\n"
    "1. Cứng hóa đường trục thôn, Phòng Kinh tế chủ trì, quý III/2027.\n"
)


def test_plain_text_is_judged_by_its_letters():
    assert legacy.detect(legacy.encode(UNICODE_PLAN, TCVN3)) == TCVN3
    assert legacy.detect(legacy.encode(UNICODE_PLAN, VNI)) == VNI
    assert legacy.detect(UNICODE_PLAN) is None
    # Unicode text with a few signs that are TCVN3 codes stays as it is.
    signs = UNICODE_PLAN + "© 2026 Cổng thông tin điện tử xã; hạt 5 µm; § 3; ©\n"
    assert legacy.detect(signs) is None
    assert legacy.decode_text(signs) == signs
    assert legacy.detect("Copyright © 2026 ® µ · ¸") is None


def test_pasted_capitals_are_capitals_and_the_number_line_is_not():
    text = legacy.encode(
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/KH-UBND\tĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\n"
        "Cứng hóa đường trục thôn Đồng Lạng; Phòng Kinh tế chủ trì.",
        TCVN3,
    )
    assert legacy.decode_text(text).split("\n") == [
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 12/KH-UBND\tĐộc lập - Tự do - Hạnh phúc",
        "KẾ HOẠCH",
        "Cứng hóa đường trục thôn Đồng Lạng; Phòng Kinh tế chủ trì.",
    ]


def run(text: str, font: str = "", extra: str = "") -> str:
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>' if font else ""
    return f'<w:r><w:rPr>{fonts}</w:rPr>{extra}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def texts(data: bytes, name: str = "ke-hoach.docx") -> list[str]:
    document = read_document(name, data)
    return [line for line in document.text().split("\n") if line]


def test_a_word_plan_in_tcvn3_fonts_reads_as_unicode():
    data = docx(
        para(run(legacy.encode("ỦY BAN NHÂN DÂN XÃ MƯỜNG LÁT", TCVN3), ".VnTimeH")),
        para(run("KÕ ho¹ch", ".VnTimeH")),
        para(
            run(legacy.encode("Duy trì chất lượng tiêu chí năm 2027", TCVN3), ".VnTime")
        ),
        # Word and LibreOffice write TCVN3's "ư" as a soft hyphen.
        para(
            run("M", ".VnTime"),
            '<w:r><w:rPr><w:rFonts w:hAnsi=".VnTime"/></w:rPr><w:softHyphen/>'
            "<w:t>êng L¸t, ngµy 02 th¸ng 12</w:t></w:r>",
        ),
        para(run("Chñ tr×: Phßng Kinh tÕ"), style="VnBody"),
        para(run("Phòng Kinh tế; Hội Nông dân © 2026")),
        styles=STYLES.replace(
            "</w:styles>",
            '<w:style w:type="paragraph" w:styleId="VnBody"><w:name w:val="VnBody"/>'
            '<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>'
            "</w:style></w:styles>",
        ),
    )
    document = read_document("ke-hoach.docx", data)
    assert [p.text for p in document.paragraphs] == [
        "ỦY BAN NHÂN DÂN XÃ MƯỜNG LÁT",
        "KẾ HOẠCH",
        "Duy trì chất lượng tiêu chí năm 2027",
        "Mường Lát, ngày 02 tháng 12",
        "Chủ trì: Phòng Kinh tế",
        "Phòng Kinh tế; Hội Nông dân © 2026",
    ]
    assert any("TCVN3" in note for note in document.notes)


def test_the_document_default_font_counts():
    styles = STYLES.replace(
        f'<w:styles xmlns:w="{W}">',
        f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr>'
        '<w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>'
        "</w:rPr></w:rPrDefault></w:docDefaults>",
    )
    data = docx(
        para(run("KEÁ HOAÏCH")),
        para(run("Phoøng Kinh teá chuû trì")),
        para(run("Times text stays", "Times New Roman")),
        styles=styles,
    )
    assert texts(data) == ["KẾ HOẠCH", "Phòng Kinh tế chủ trì", "Times text stays"]


def test_invisible_characters_of_pasted_text_are_removed():
    raw = (
        "\ufeffKẾ HOẠCH\n"
        "Xây dựng,\u200b nâng cao chất lư\u00adợng\u2060/2027 xã\u00a0Tân\u2011Lập"
    )
    assert visible_text(raw) == (
        "KẾ HOẠCH\nXây dựng, nâng cao chất lượng/2027 xã Tân-Lập"
    )
    data = docx(
        para(run("\ufeffKẾ HOẠCH")),
        para(run("Phòng Văn hóa,\u200b Xã hội\u2060; thư\u00adờng xuyên")),
    )
    assert texts(data) == ["KẾ HOẠCH", "Phòng Văn hóa, Xã hội; thường xuyên"]
    text = raw.encode("utf-8")
    assert texts(text, "ke-hoach.txt") == [
        "KẾ HOẠCH",
        "Xây dựng, nâng cao chất lượng/2027 xã Tân-Lập",
    ]


def test_a_text_file_of_tcvn3_reads_as_unicode():
    pasted = legacy.encode(UNICODE_PLAN, TCVN3)
    expected = [line for line in UNICODE_PLAN.split("\n") if line]
    expected[0] = "KẾ HOẠCH"
    # Pasted (UTF-8 of the Latin-1 letters), and saved as "ANSI" bytes.
    assert texts(pasted.encode("utf-8"), "ke-hoach.txt") == expected
    assert texts(pasted.encode("latin-1"), "ke-hoach.txt") == expected
    assert texts(legacy.encode(UNICODE_PLAN, VNI).encode("utf-8"), "a.md") == [
        line for line in UNICODE_PLAN.split("\n") if line
    ]


def test_a_workbook_typed_in_legacy_fonts_reads_as_unicode():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from tests.plans.import_corpus.word_writer import save

    wb = Workbook()
    ws = wb.active
    cells = [
        ("KÕ ho¹ch", ".VnTimeH"),
        ("Phßng Kinh tÕ chñ tr×", ".VnTime"),
        ("Phoøng Vaên hoùa", "VNI-Times"),
        ("Hội\u200b Nông dân © 2026", "Times New Roman"),
    ]
    for row, (text, font) in enumerate(cells, 1):
        ws.cell(row, 1, text).font = Font(name=font)
    assert texts(save(wb), "ke-hoach.xlsx") == [
        "KẾ HOẠCH",
        "Phòng Kinh tế chủ trì",
        "Phòng Văn hóa",
        "Hội Nông dân © 2026",
    ]
