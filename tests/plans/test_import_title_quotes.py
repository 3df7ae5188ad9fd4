"""A plan's title wrapped over lines in a PDF, its quotation ("Cuộc vận động
“Toàn dân đoàn kết …”") opened on one line and closed on the next: the
title is whole and the bases under it are read. LibreOffice sets the
centred title's first line as wide as the page (read as not centred) and
centres the rest; a title that is not bold lost its lines after the
first."""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest

from tests.documents.docx_parts import docx, p
from tests.plans.import_corpus.make_files import libreoffice_pdf
from tests.plans.reading import read_plan
from tests.plans.test_import_reader_gaps import HEADER, SIGNATURE

STRAIGHT = (
    'Thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới,'
    ' đô thị văn minh" năm 2027'
)
CURLY = (
    "Thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới,"
    " đô thị văn minh” năm 2027"
)
THREE_LINES = (
    "Thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị"
    " văn minh” gắn với phong trào thi đua “Cả nước chung tay xây dựng nông thôn"
    " mới” trên địa bàn xã năm 2027"
)
BASES = [
    "Quyết định số 18/QĐ-UBND ngày 10/01/2027 của UBND tỉnh về việc ban hành"
    " Kế hoạch thực hiện Cuộc vận động",
    "Kế hoạch số 05/KH-MTTQ ngày 15/01/2027 của Ban Thường trực Ủy ban MTTQ huyện",
]


def centred(text: str, *, bold: bool = False, size: int = 28) -> str:
    """A centred paragraph in 14-point type (`size` in half points)."""
    marks = "<w:b/>" if bold else ""
    return (
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>'
        f'{marks}<w:sz w:val="{size}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    )


def front_plan(*title: str) -> bytes:
    """The Front's plan: "KẾ HOẠCH", the `title` paragraphs, two bases."""
    return docx(
        HEADER,
        centred("KẾ HOẠCH", bold=True),
        *title,
        *(p(f"Căn cứ {basis};") for basis in BASES),
        p("Ban Thường trực Ủy ban MTTQ xã xây dựng Kế hoạch như sau:"),
        p("I. MỤC ĐÍCH, YÊU CẦU"),
        p("Nâng cao chất lượng Cuộc vận động."),
        p("II. NHIỆM VỤ"),
        p("1. Tuyên truyền về Cuộc vận động tại các thôn."),
        p("III. TỔ CHỨC THỰC HIỆN"),
        p("Các bộ phận báo cáo UBND xã."),
        SIGNATURE,
    )


def assert_whole(plan, title: str) -> None:
    assert plan.title == title
    assert [basis.text.rstrip(";") for basis in plan.bases] == BASES


@pytest.mark.parametrize("title", [STRAIGHT, CURLY, THREE_LINES])
@pytest.mark.parametrize("bold", [False, True])
def test_a_centred_title_wrapped_in_the_pdf_is_whole(title, bold):
    data = libreoffice_pdf(front_plan(centred(title, bold=bold)))
    assert_whole(read_plan(data, "ke-hoach.pdf"), title)


def test_a_title_line_ending_inside_quotes_goes_on_in_a_docx():
    """Two paragraphs of a .docx, the first justified and the quotation
    open at its end, the second centred."""
    first, rest = CURLY.split(" nông ")
    data = front_plan(
        p(first + " nông").replace("<w:pPr>", '<w:pPr><w:jc w:val="both"/>'),
        centred(rest),
    )
    assert_whole(read_plan(data, "ke-hoach.docx"), CURLY)


@pytest.mark.parametrize("title", [STRAIGHT, CURLY])
def test_a_title_line_ending_inside_quotes_goes_on_in_a_text(title):
    first, rest = title.split(" nông ")
    text = "\n".join(
        [
            "ỦY BAN MTTQ VIỆT NAM",
            "XÃ PHÚ XÁ",
            "Số: 05/KH-MTTQ",
            "Phú Xá, ngày 20 tháng 01 năm 2027",
            "KẾ HOẠCH",
            first + " nông",
            rest,
            *(f"Căn cứ {basis};" for basis in BASES),
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Nâng cao chất lượng Cuộc vận động.",
            "II. NHIỆM VỤ",
            "1. Tuyên truyền về Cuộc vận động tại các thôn.",
        ]
    )
    assert_whole(read_plan(text), title)
