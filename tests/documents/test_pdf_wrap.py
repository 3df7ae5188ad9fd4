"""A narrow PDF table cell's lines joined back into its text: words the
column's width cut mid-word ("Xó" / "m"), dates broken at a separator
("31/10/" / "2027"), numbers too wide for the column; a wrap between two
words keeps its space (round 24p in docs/import-quality.md)."""

import pytest

from ntm.documents import read_document
from ntm.documents.model import Table
from ntm.documents.wrap import glue, join_lines, syllable
from tests.pdfs import html_to_pdf


@pytest.mark.parametrize(
    "word",
    ["Xóm", "Đông", "tế", "nghiệp", "Nguyễn", "người", "khuya", "gì", "Trại",
     "Tây", "ơi", "Ủy", "quốc", "xoong", "hình", "Khuyến", "y", "ăn"],
)  # fmt: skip
def test_a_vietnamese_syllable_is_one(word):
    assert syllable(word)


@pytest.mark.parametrize(
    "word",
    ["m", "ng", "Tr", "Tâ", "nghiệ", "ờng", "i", "UBND", "ĐV", "hìnc", "xãủy",
     "Xóm2", "", "ă", "iê"],
)  # fmt: skip
def test_a_fragment_no_syllable_has_is_none(word):
    assert not syllable(word)


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        # A word cut where a fragment is no syllable.
        (["Xó", "m", "Đô", "ng"], "Xóm Đông"),
        (["Xó", "m", "Tr", "ại"], "Xóm Trại"),
        (["Hợp tác xã", "nông nghiệ", "p"], "Hợp tác xã nông nghiệp"),
        # Dates broken at a separator, or inside the year.
        (["31/10/", "2027"], "31/10/2027"),
        (["15/6/", "2027"], "15/6/2027"),
        (["Quý II/", "2027"], "Quý II/2027"),
        (["tháng 12/", "2027"], "tháng 12/2027"),
        (["30-6-", "2027"], "30-6-2027"),
        (["31.12.", "2027"], "31.12.2027"),
        (["31/10", "/2027"], "31/10/2027"),
        (["Quý IV/202", "7"], "Quý IV/2027"),
        (["30/11/202", "4"], "30/11/2024"),
        # Marks written against the word before them.
        (["đạt 95", "%"], "đạt 95%"),
        (["350 m", "²"], "350 m²"),
        (["(Vốn NTM", ")"], "(Vốn NTM)"),
        (["GDNN-", "GDTX"], "GDNN-GDTX"),
        # Wraps between words keep their space.
        (["Phòng Kinh", "tế"], "Phòng Kinh tế"),
        (["UBND xã", "Hòa Bình"], "UBND xã Hòa Bình"),
        (["30/6/2027;", "31/12/2027"], "30/6/2027; 31/12/2027"),
        (["Ủy ban", "MTTQ"], "Ủy ban MTTQ"),
        (["1.200", "m"], "1.200 m"),
        (["≥", "95%"], "≥ 95%"),
        (["Phòng Văn hóa", "- Xã hội"], "Phòng Văn hóa - Xã hội"),
        (["Xóm", "Mới"], "Xóm Mới"),
        (["35", "28"], "35 28"),
        (["ngư", "ời"], "ngư ời"),  # two syllables, and nothing says it was cut
    ],
)
def test_lines_of_a_cell_are_joined(lines, text):
    assert join_lines(lines) == text


def test_two_syllables_are_one_word_only_when_it_could_not_fit_on_a_line():
    # "Khuy" / "ến nông": the word across the break is wider than the widest
    # line, so the column cut it; "cho" / "ai" fitted on "giao cho"'s line.
    assert glue("Trung tâm Khuy", "ến nông", whole_too_wide=True) == ""
    assert glue("Trung tâm Khuy", "ến nông") == " "
    assert (
        join_lines(["Khuy", "ến nông"], [[(0.0, 30.0)], [(0.0, 14.0), (17.0, 41.0)]])
        == "Khuyến nông"
    )
    assert (
        join_lines(["giao cho", "ai"], [[(0.0, 26.0), (29.0, 49.0)], [(0.0, 12.0)]])
        == "giao cho ai"
    )
    # A number wider than its column, an abbreviation cut in one too narrow.
    assert join_lines(["30", "0"], [[(0.0, 12.0)], [(0.0, 6.0)]]) == "300"
    assert join_lines(["35", "28"], [[(0.0, 12.0)], [(0.0, 12.0)]]) == "35 28"
    assert join_lines(["S", "T", "T"], [[(0, 7.0)], [(0, 7.0)], [(0, 7.0)]]) == "STT"
    assert join_lines(["UBND", "HĐND"], [[(0, 30.0)], [(0, 34.0)]]) == "UBND HĐND"


NARROW = """<html><head><style>
@page {{ size: A4; margin: 2cm }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 11pt }}
table {{ border-collapse: collapse; table-layout: fixed; width: {w} }}
td {{ border: 1px solid black; padding: 2pt; vertical-align: top;
     overflow-wrap: anywhere }}
</style></head><body>
<p>Giao chỉ tiêu cho các xóm như sau:</p>
<table>
<colgroup><col style="width:1cm"><col style="width:5cm"><col style="width:{v}">
<col style="width:2.2cm"><col style="width:2.2cm"><col style="width:{t}"></colgroup>
<tr><td>TT</td><td>Nội dung công việc</td><td>Xóm Đông</td><td>Chủ trì</td>
<td>Phối hợp</td><td>Thời hạn</td></tr>
<tr><td>1</td><td>Kiên cố hóa kênh mương nội đồng</td><td>300</td>
<td>Hợp tác xã Nông nghiệp</td><td>Phòng Kinh tế</td><td>31/10/2027</td></tr>
<tr><td>2</td><td>Trồng cây xanh</td><td>40</td><td>UBND xã Hòa Bình</td>
<td>Các xóm</td><td>30/6/2027; 31/12/2027</td></tr>
</table></body></html>"""


def _cells(pdf: bytes) -> list[list[str]]:
    document = read_document("ke-hoach.pdf", pdf)
    table = next(b for b in document.blocks if isinstance(b, Table))
    return [[c.text for c in row.cells] for row in table.rows]


def test_a_narrow_pdf_table_gives_its_words_and_dates_whole():
    rows = _cells(html_to_pdf(NARROW.format(v="0.9cm", t="1.5cm", w="12.8cm")))
    assert rows[0][2] == "Xóm Đông"
    assert rows[1][2:] == [
        "300",
        "Hợp tác xã Nông nghiệp",
        "Phòng Kinh tế",
        "31/10/2027",
    ]
    assert rows[2][3:] == ["UBND xã Hòa Bình", "Các xóm", "30/6/2027; 31/12/2027"]


def test_a_wide_pdf_table_reads_as_before():
    rows = _cells(html_to_pdf(NARROW.format(v="2.5cm", t="3.5cm", w="16.4cm")))
    assert rows[0][2] == "Xóm Đông"
    assert rows[1][5] == "31/10/2027"
    assert rows[2][5] == "30/6/2027; 31/12/2027"
