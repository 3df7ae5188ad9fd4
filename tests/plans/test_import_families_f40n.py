"""Plans numbered by Word's automatic list numbering (f40n): the labels come
from numbering.xml through the paragraph's w:numPr or its style ("List
Number 2" naming only its level, a heading style the list level names by
w:pStyle, a list style behind w:numStyleLink, a level a w:num redefines
whole); a task's "Chủ trì: / Phối hợp: / Thời gian:" lines written after
its a)/b) details are the task's, not the last detail's; a task table's
cell "Duy tu, sửa chữa …" over "-" details is one task."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm.documents import Paragraph, read_document
from plans.document_import import quality
from tests.documents.docx_parts import W, docx, p
from tests.plans.reading import by_title, check_task, plan_of, read_plan

CORPUS = Path(__file__).parent / "import_corpus" / "f40n"

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:styles xmlns:w="{W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="MucLaMa"><w:name w:val="Muc La Ma"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber2"><w:name w:val="List Number 2"/><w:basedOn w:val="ListNumber"/><w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="numbering" w:styleId="DanhMuc"><w:name w:val="Danh muc"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
</w:styles>"""


def _lvl(ilvl, fmt, text, extra=""):
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'{extra}<w:lvlText w:val="{text}"/></w:lvl>'
    )


SYMBOL_DOT = "\uf0b7"  # the Symbol font's bullet, as Word stores it
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0">
{_lvl(0, "upperRoman", "%1.", '<w:pStyle w:val="MucLaMa"/>')}
{_lvl(1, "decimal", "%2.", '<w:pStyle w:val="ListNumber"/>')}
{_lvl(2, "lowerLetter", "%3)", '<w:pStyle w:val="ListNumber2"/>')}
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">{_lvl(0, "bullet", SYMBOL_DOT)}</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:styleLink w:val="DanhMuc"/>
{_lvl(0, "upperRoman", "%1.")}
{_lvl(1, "decimal", "%1.%2.", "<w:isLgl/>")}
{_lvl(2, "bullet", "+")}
</w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:numStyleLink w:val="DanhMuc"/></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="1"/>
<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>
</w:numbering>"""


def _labels(*blocks: str) -> list[tuple[str, int | None, str]]:
    document = read_document(
        "x.docx", docx(*blocks, styles=STYLES, numbering=NUMBERING)
    )
    return [
        (b.label, b.level, b.text) for b in document.blocks if isinstance(b, Paragraph)
    ]


def test_numbering_through_paragraph_styles():
    """A heading style the list's level names (its own w:numPr with no
    level), "List Number" on level 1, "List Number 2" giving only its level
    (the list is "List Number"'s, which it is based on), "List Bullet" a
    Symbol-font dot."""
    assert _labels(
        p("NHIỆM VỤ", style="MucLaMa"),
        p("Nâng cấp tuyến đường trục xã", style="ListNumber"),
        p("Mở rộng mặt đường;", style="ListNumber2"),
        p("Lắp đèn chiếu sáng.", style="ListNumber2"),
        p("Chủ trì: Phòng Kinh tế xã", style="ListBullet"),
        p("Xây dựng nhà văn hóa ấp", style="ListNumber"),
        p("TỔ CHỨC THỰC HIỆN", style="MucLaMa"),
    ) == [
        ("I.", 0, "NHIỆM VỤ"),
        ("1.", 1, "Nâng cấp tuyến đường trục xã"),
        ("a)", 2, "Mở rộng mặt đường;"),
        ("b)", 2, "Lắp đèn chiếu sáng."),
        ("•", None, "Chủ trì: Phòng Kinh tế xã"),
        ("2.", 1, "Xây dựng nhà văn hóa ấp"),
        ("II.", 0, "TỔ CHỨC THỰC HIỆN"),
    ]


def test_a_list_style_behind_num_style_link():
    """Word's "Define New List Style": the paragraphs' abstract only names the
    list style, whose list has the levels; the legal level reads "3.1."."""
    assert _labels(
        p("MỤC ĐÍCH", num=(4, 0)),
        p("NHIỆM VỤ", num=(4, 0)),
        p("Phát triển vùng rau an toàn", num=(4, 1)),
        p("Chủ trì: Phòng Kinh tế xã", num=(4, 2)),
        p("Nâng cao tỷ lệ tham gia bảo hiểm y tế", num=(4, 1)),
    ) == [
        ("I.", 0, "MỤC ĐÍCH"),
        ("II.", 0, "NHIỆM VỤ"),
        ("2.1.", 1, "Phát triển vùng rau an toàn"),
        ("+", 2, "Chủ trì: Phòng Kinh tế xã"),
        ("2.2.", 1, "Nâng cao tỷ lệ tham gia bảo hiểm y tế"),
    ]


def test_a_level_the_list_redefines_whole():
    """A w:num whose w:lvlOverride holds a whole w:lvl: its letters, not the
    abstract's bullet."""
    assert _labels(p("Khảo sát;", num=(5, 0)), p("Lắp đặt.", num=(5, 0))) == [
        ("a)", 0, "Khảo sát;"),
        ("b)", 0, "Lắp đặt."),
    ]


FIELDS_AFTER_LETTERS = """1. Nâng cấp, mở rộng tuyến đường trục xã từ ấp 1 đến ấp 4
a) Mở rộng mặt đường lên 6 m, chiều dài 2,3 km;
b) Lắp đặt hệ thống chiếu sáng công cộng dọc tuyến.
- Chủ trì: Phòng Kinh tế xã
- Phối hợp: Ban quản lý các ấp; Mặt trận Tổ quốc xã
- Thời gian: hoàn thành trước ngày 30/9/2026
2. Xây dựng mô hình sản xuất lúa hữu cơ liên kết với doanh nghiệp
- Chủ trì: Hợp tác xã Nông nghiệp Phú Xá
- Thời gian: Quý III/2026
"""


def test_fields_after_the_letters_are_the_tasks():
    """Typed: the "-" lines after "b)" are task 1's; a) and b) its details."""
    plan = plan_of(FIELDS_AFTER_LETTERS)
    assert [t.title for t in plan.tasks] == [
        "Nâng cấp, mở rộng tuyến đường trục xã từ ấp 1 đến ấp 4",
        "Xây dựng mô hình sản xuất lúa hữu cơ liên kết với doanh nghiệp",
    ]
    road, rice = plan.tasks
    check_task(
        road,
        "Phòng Kinh tế xã",
        ["Ban quản lý các ấp", "Mặt trận Tổ quốc xã"],
        deadline="2026-09-30",
    )
    check_task(rice, "Hợp tác xã Nông nghiệp Phú Xá", deadline="2026-09-30")


def test_fields_after_the_letters_in_word_lists():
    """The same with Word's automatic numbering: the "-" lines a level below
    the letters (numbering.xml of tests.documents.docx_parts: numId 1 is
    I. / 1. / 1.1. / a), numId 2 "-")."""
    data = docx(
        p("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
        p("Số: 12/KH-UBND"),
        p("Phú Xá, ngày 04 tháng 5 năm 2026"),
        p("KẾ HOẠCH"),
        p("Làm đường giao thông nông thôn năm 2026"),
        p("NHIỆM VỤ VÀ GIẢI PHÁP", num=(1, 0)),
        p("Nâng cấp tuyến đường trục xã", num=(1, 1)),
        p("Mở rộng mặt đường lên 6 m;", num=(1, 3)),
        p("Lắp đặt đèn chiếu sáng.", num=(1, 3)),
        p("Chủ trì: Phòng Kinh tế xã", num=(2, 1)),
        p("Thời gian: tháng 8/2026", num=(2, 1)),
        p("Xây dựng nhà văn hóa thôn Nà Hẩu", num=(1, 1)),
        p("Chủ trì: Phòng Văn hóa - Xã hội xã", num=(2, 1)),
        p("TỔ CHỨC THỰC HIỆN", num=(1, 0)),
        p("Các bộ phận báo cáo UBND xã."),
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Lò Văn Tư"),
    )
    tasks = by_title(read_plan(data, "ke-hoach.docx"))
    assert list(tasks) == [
        "Nâng cấp tuyến đường trục xã",
        "Xây dựng nhà văn hóa thôn Nà Hẩu",
    ]
    check_task(tasks["Nâng cấp tuyến đường trục xã"], "Phòng Kinh tế xã",
               deadline="2026-08-31")  # fmt: skip


def test_letters_with_fields_of_their_own_stay_tasks():
    """Each letter with its own "Chủ trì:" line: the letters are the tasks."""
    plan = plan_of(
        "1. Giao thông nông thôn\n"
        "a) Cứng hóa 2 km đường thôn Nà Hẩu.\n"
        "- Chủ trì: Phòng Kinh tế xã\n"
        "b) Lắp đặt đèn chiếu sáng tuyến liên thôn.\n"
        "- Chủ trì: Đoàn Thanh niên xã\n"
    )
    tasks = by_title(plan)
    assert list(tasks) == [
        "Cứng hóa 2 km đường thôn Nà Hẩu",
        "Lắp đặt đèn chiếu sáng tuyến liên thôn",
    ]
    check_task(tasks["Lắp đặt đèn chiếu sáng tuyến liên thôn"], "Đoàn Thanh niên xã")


@pytest.mark.parametrize("path", quality.cases(CORPUS), ids=lambda path: path.name)
def test_every_plan_of_the_set_reads_its_tasks(path):
    """Every f40n plan (.docx, and LibreOffice's .odt and .doc of one): its
    tasks, leads and deadlines as expected."""
    result = quality.run_one(path)
    for field in ("tasks", "leads", "coordinating", "deadlines"):
        score = result.scores[field]
        assert (score.precision, score.recall) == (1.0, 1.0), (field, result.misses)
