"""A provincial department's long task table printed to PDF (set f40l in
docs/import-quality.md): one partner a line in the partner cell ("Phòng Kế
hoạch - Tài chính" / "Sở Tài chính"), read as two bodies where the page
shows the line was broken by hand; a long name the cell's width wrapped
("Chi cục Chăn nuôi, Thú y và" / "Thủy sản", "Phòng giao" / "dịch …", "…
phường ven" / "biển") kept whole; a row a browser's page cut (no line at
its foot) or whose number the page cut ("2" / "1"); seasonal deadlines."""

from __future__ import annotations

from pathlib import Path

import pytest

from ntm.documents import read_document
from ntm.documents.cell_lines import open_feet, typed_breaks
from ntm.documents.model import Table
from ntm.documents.wrap import join_lines
from plans.document_import.partner_lines import partner_pieces
from tests.pdfs import html_to_pdf
from tests.plans.reading import by_title, check_task, read_file, read_plan

CORPUS = Path(__file__).parent / "import_corpus" / "f40l"


def _words(*lines: tuple[float, ...]) -> list[list[dict]]:
    """A cell's lines, each as its words' (x0, x1) pairs flattened."""
    return [
        [{"x0": xs[i], "x1": xs[i + 1], "size": 12.0} for i in range(0, len(xs), 2)]
        for xs in lines
    ]


# ── 1. Typed and wrapped breaks from the geometry ──


def test_a_line_the_next_word_would_have_fitted_on_was_ended_by_hand():
    # A cell from 100 to 190 (5.5 padding): "chính" ends at 140, "Sở" is
    # 15 wide: it would have fitted, so the writer broke the line.
    lines = _words((105.5, 145.0, 149.0, 170.0), (105.5, 140.0), (105.5, 121.0))
    assert typed_breaks(lines, 100.0, 190.0) == [False, True]


def test_a_line_the_next_word_did_not_fit_on_was_wrapped():
    # "Chi cục" ends at 151, "Chăn" is 32 wide: 151 + 4 + 32 > 184.5.
    lines = _words((105.5, 126.0, 130.0, 151.0), (105.5, 137.0, 141.0, 171.0))
    assert typed_breaks(lines, 100.0, 190.0) == [False]
    assert typed_breaks(lines[:1], 100.0, 190.0) == []


def test_column_lines_left_open_at_a_page_foot_close_the_row():
    edges = [
        {"orientation": "v", "x0": x, "x1": x, "top": 700.0, "bottom": 772.2}
        for x in (90.0, 120.0, 260.0, 340.0)
    ] + [{"orientation": "h", "x0": 90.0, "x1": 340.0, "top": 700.0, "bottom": 700.0}]
    assert open_feet(edges) == [772.0]
    closed = edges + [
        {"orientation": "h", "x0": 90.0, "x1": 340.0, "top": 772.2, "bottom": 772.2}
    ]
    assert open_feet(closed) == []


def test_a_row_number_cut_digit_by_digit_is_one_number():
    assert join_lines(["1", "0"], [[(88.7, 96.3)], [(88.7, 96.3)]], 25.5) == "10"
    assert join_lines(["1", "0"], [[(0.0, 6.0)], [(0.0, 6.0)]], 60.0) == "1 0"


# ── 2. The bodies of a partner cell's printed lines ──


@pytest.mark.parametrize(
    ("printed", "bodies"),
    [
        # A body's comma and a line ending on "và" keep the name whole.
        ([["Chi cục Chăn nuôi, Thú y và", "Thủy sản"]],
         ["Chi cục Chăn nuôi, Thú y và Thủy sản"]),
        ([["UBND các xã, phường ven", "biển"]], ["UBND các xã, phường ven biển"]),
        # A whole name, then a line opening on a body's kind.
        ([["Bộ Chỉ huy Quân", "sự tỉnh", "UBND các", "xã, phường"]],
         ["Bộ Chỉ huy Quân sự tỉnh", "UBND các xã, phường"]),
        ([["Văn phòng Sở", "Sở Khoa học", "và Công nghệ"]],
         ["Văn phòng Sở", "Sở Khoa học và Công nghệ"]),
        ([["Ngân hàng", "Chính sách xã", "hội tỉnh", "Phòng giao", "dịch Ngân",
           "hàng Chính", "sách xã hội các", "khu vực"]],
         ["Ngân hàng Chính sách xã hội tỉnh",
          "Phòng giao dịch Ngân hàng Chính sách xã hội các khu vực"]),
        # "Phòng giao dịch" names nothing past its kind: not whole.
        ([["Phòng giao dịch", "Ngân hàng Chính sách", "xã hội các khu vực"]],
         ["Phòng giao dịch Ngân hàng Chính sách xã hội các khu vực"]),
        # A list's last name names no village yet ("Bản" is no "Ban").
        ([["Phòng Kinh tế, thôn", "Bản Bông, thôn Bản", "Liên"]],
         ["Phòng Kinh tế, thôn Bản Bông, thôn Bản Liên"]),
        # Paragraphs the page showed stay apart.
        ([["Phòng Kế hoạch -", "Tài chính"], ["Sở Tài chính"]],
         ["Phòng Kế hoạch - Tài chính", "Sở Tài chính"]),
    ],
)  # fmt: skip
def test_printed_partner_lines_give_each_body_once(printed, bodies):
    assert partner_pieces(printed) == bodies


# ── 3. A browser's PDF: one partner a line, rows cut by the page ──

_ROW = (
    '<tr><td class="c">{n}</td><td>{work}</td><td>{lead}</td><td>{partners}</td>'
    '<td>{product}</td><td class="c">{when}</td></tr>'
)
_PAGE = """<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm 2cm 2cm 3cm; }}
body {{ font-family: "Liberation Serif"; font-size: 13pt; }}
.c {{ text-align: center; }}
table {{ border-collapse: collapse; width: 100%; font-size: 12pt; }}
td, th {{ border: 0.6pt solid black; padding: 2pt 4pt; vertical-align: top; }}
</style></head><body>
<p class="c"><b>KẾ HOẠCH</b></p>
<p class="c"><b>Thực hiện nhiệm vụ nông thôn mới năm 2026</b></p>
<p><b>I. NHIỆM VỤ CỤ THỂ</b></p>
<table><col style="width:6%"><col style="width:32%"><col style="width:18%">
<col style="width:16%"><col style="width:13%"><col style="width:15%">
<thead><tr><th>TT</th><th>Nội dung nhiệm vụ</th><th>Đơn vị chủ trì</th>
<th>Đơn vị phối hợp</th><th>Sản phẩm</th><th>Thời gian hoàn thành</th></tr></thead>
<tbody>{rows}</tbody></table>
<p><b>II. TỔ CHỨC THỰC HIỆN</b></p>
<p>Các đơn vị báo cáo kết quả về Văn phòng Sở.</p>
</body></html>"""

_TASKS = [
    ("Rà soát các tiêu chí nông thôn mới của các xã giai đoạn 2026 - 2030",
     "Văn phòng Điều phối nông thôn mới tỉnh",
     ["Phòng Kế hoạch - Tài chính", "Sở Tài chính"], "Báo cáo rà soát",
     "Tháng 3/2026", "2026-03-31"),
    ("Phòng, chống dịch bệnh gia súc, gia cầm", "Chi cục Chăn nuôi, Thú y và Thủy sản",
     ["Văn phòng Sở", "UBND các xã, phường ven biển"], "Phương án",
     "Trước mùa mưa (15/8/2026)", "2026-08-15"),
    ("Phòng cháy, chữa cháy rừng tại các vùng trọng điểm", "Chi cục Kiểm lâm",
     ["Công an tỉnh", "Chi cục Chăn nuôi, Thú y và Thủy sản"], "Phương án",
     "Mùa khô 2025 - 2026 (đến 30/4/2026)", "2026-04-30"),
    ("Hướng dẫn lịch thời vụ sản xuất vụ Hè Thu",
     "Chi cục Trồng trọt và Bảo vệ thực vật",
     ["Trung tâm Khuyến nông", "Sở Khoa học và Công nghệ"], "Văn bản hướng dẫn",
     "Vụ Hè Thu 2026 (tháng 9/2026)", "2026-09-30"),
    ("Giải ngân vốn vay hỗ trợ hộ nghèo phát triển sản xuất",
     "Chi cục Phát triển nông thôn",
     ["Ngân hàng Chính sách xã hội tỉnh",
      "Phòng giao dịch Ngân hàng Chính sách xã hội các khu vực"], "Báo cáo giải ngân",
     "Trước 15/6 và 10/12/2026", "2026-12-10"),
    ("Kiểm tra chất lượng nước sinh hoạt nông thôn",
     "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", ["Sở Y tế"],
     "Báo cáo kết quả", "Hằng quý", "2026-12-31"),
]  # fmt: skip


def _browser_plan(times: int) -> bytes:
    rows = []
    for k in range(times):
        for n, (work, lead, partners, product, when, _) in enumerate(_TASKS, 1):
            rows.append(
                _ROW.format(
                    n=k * len(_TASKS) + n,
                    work=f"{work} (đợt {k + 1})",
                    lead=lead,
                    partners="<br>".join(partners),
                    product=product,
                    when=when,
                )  # fmt: skip
            )
    return html_to_pdf(_PAGE.format(rows="".join(rows)))


def test_a_browser_pdf_gives_one_partner_a_line():
    plan = read_plan(_browser_plan(1), "ke-hoach.pdf")
    tasks = by_title(plan)
    assert len(tasks) == len(_TASKS)
    for work, lead, partners, _, _, day in _TASKS:
        check_task(tasks[f"{work} (đợt 1)"], lead, partners, deadline=day)


def test_a_long_browser_table_across_pages_keeps_every_row_whole():
    data = _browser_plan(4)
    document = read_document("ke-hoach.pdf", data)
    assert document.pages >= 3
    plan = read_plan(data, "ke-hoach.pdf")
    tasks = by_title(plan)
    assert len(tasks) == 4 * len(_TASKS)
    for k in range(4):
        for work, lead, partners, _, _, day in _TASKS:
            check_task(tasks[f"{work} (đợt {k + 1})"], lead, partners, deadline=day)
    # The product is neither a partner nor in the title.
    assert not any("Báo cáo" in t.title for t in plan.tasks)


# ── 4. The set's plans ──


def test_libreoffice_pdf_reads_as_the_word_file_it_came_from():
    word = by_title(read_file(CORPUS / "f40l-so-nnmt-quang-ngai-ban-word.docx"))
    printed = by_title(read_file(CORPUS / "f40l-so-nnmt-quang-ngai-libreoffice.pdf"))
    assert list(printed) == list(word)
    for title, task in word.items():
        assert printed[title].coordinating_units == task.coordinating_units, title
        assert printed[title].ends_on == task.ends_on, title
    first = printed[
        "Rà soát, đánh giá thực trạng các tiêu chí nông thôn mới của các xã theo Bộ "
        "tiêu chí giai đoạn 2026 - 2030"
    ]
    check_task(first, "Văn phòng Điều phối nông thôn mới tỉnh",
               ["Phòng Kế hoạch - Tài chính", "Sở Tài chính"], deadline="2026-03-31")  # fmt: skip


def test_a_narrow_column_cut_by_pages_keeps_its_rows_and_numbers():
    # Khánh Hòa: "1" / "0" in the TT column, a row's number cut by the page
    # ("2" on one page, "1" on the next), rows split across pages.
    plan = read_file(CORPUS / "f40l-so-nnmt-khanh-hoa-gach-dau-dong.pdf")
    tasks = by_title(plan)
    assert len(tasks) == 21
    check_task(tasks["Xây dựng mô hình sản xuất lúa hữu cơ gắn với liên kết tiêu thụ"],
               "Trung tâm Khuyến nông",
               ["Chi cục Trồng trọt và Bảo vệ thực vật", "Liên minh Hợp tác xã tỉnh"],
               deadline="2026-03-31")  # fmt: skip
    check_task(tasks["Kiểm tra an toàn thực phẩm nông, lâm, thủy sản theo chuyên đề"],
               "Chi cục Quản lý chất lượng nông lâm sản và thủy sản",
               ["Công an tỉnh", "Sở Y tế", "Chi cục Chăn nuôi, Thú y và Thủy sản"],
               deadline="2026-12-10")  # fmt: skip


def test_a_browser_pdf_row_cut_at_the_page_foot_is_one_task():
    plan = read_file(CORPUS / "f40l-so-nnmt-ca-mau-cot-hep.pdf")
    tasks = by_title(plan)
    assert len(tasks) == 21
    check_task(tasks["Thẩm định hồ sơ đề nghị công nhận sản phẩm OCOP đợt 1 năm 2026"],
               "Chi cục Phát triển nông thôn",
               ["Sở Công Thương", "Sở Khoa học và Công nghệ"], deadline="2026-06-30")  # fmt: skip
    check_task(tasks["Tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm "
                     "2026"], "Chi cục Thủy lợi",
               ["Văn phòng Sở", "UBND các xã, phường ven biển"], deadline="2026-12-31")  # fmt: skip


def test_the_pdf_table_cells_keep_typed_line_breaks():
    document = read_document(
        "x.pdf", (CORPUS / "f40l-so-nnmt-quang-ngai-libreoffice.pdf").read_bytes()
    )
    cells = [
        c.text
        for b in document.blocks
        if isinstance(b, Table)
        for row in b.rows
        for c in row.cells
    ]
    assert "Phòng Kế hoạch - Tài chính\nSở Tài chính" in cells
    # A lead the width wrapped is one line of text.
    assert "Chi cục Chăn nuôi, Thú y và Thủy sản" in cells
