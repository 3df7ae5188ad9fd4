"""Writes set f40l's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f40l.py

Set f40l: a provincial department's long task table (20 rows and more)
printed to PDF, written here before the importer was changed for it: "TT |
Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Thời gian
hoàn thành", the header row repeated at the top of each page, rows split
across pages. The partner cell names one body a line ("Phòng Kế hoạch -
Tài chính" / "Sở Tài chính"), with "- " before each or not, and a long
name wraps inside the cell ("Chi cục Chăn nuôi, Thú y và Thủy sản", "Phòng
giao dịch Ngân hàng Chính sách xã hội các khu vực", "UBND các xã, phường
ven biển"). The time cell holds seasonal wordings ("Trước mùa mưa
(15/8/2026)", "Mùa khô 2025 - 2026 (đến 30/4/2026)", "Vụ Hè Thu 2026
(tháng 9/2026)", "Hằng quý", "Trước 15/6 và 10/12/2026"). As the .docx
the PDF came from, as LibreOffice's PDF and as WeasyPrint's (a browser's
"Print to PDF"), portrait and landscape.
"""

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as, weasyprint_pdf  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import (  # noqa: E402
    MOTTO,
    a4,
    closing_beside,
    fill,
    fixed_widths,
    opening,
    para,
    repeat_header,
    save,
)

OUT = HERE / "f40l"

COMMENT = """Set f40l (a provincial department's long task table printed to
PDF: the header row repeated on each page, rows split across pages, one
partner a line in the partner cell, long names wrapped in their cell,
seasonal deadlines), written before the importer was changed for it: {what}
Assumptions: each line of the partner cell that starts a body ("Sở Tài
chính" under "Phòng Kế hoạch - Tài chính", with "- " or not) is a partner
of its own; a line the cell's width wrapped ("Chi cục Chăn nuôi, Thú y và"
/ "Thủy sản", "Phòng giao" / "dịch …", "… phường ven" / "biển") goes on
the body before it; a body's comma ("Chi cục Chăn nuôi, Thú y và Thủy
sản", "UBND các xã, phường") does not split it; the "Sản phẩm" cell is
neither partner nor title; the date in brackets after a season ("Trước mùa
mưa (15/8/2026)", "Mùa khô 2025 - 2026 (đến 30/4/2026)") is the deadline,
"(tháng 9/2026)" the month's last day; "Hằng quý" ends on 31/12 of the
plan's year; of two dates ("Trước 15/6 và 10/12/2026") the later one."""

# (work, lead, partners, product, time as written, deadline)
POOL = [
    ("Rà soát, đánh giá thực trạng các tiêu chí nông thôn mới của các xã theo Bộ "
     "tiêu chí giai đoạn 2026 - 2030", "Văn phòng Điều phối nông thôn mới tỉnh",
     ["Phòng Kế hoạch - Tài chính", "Sở Tài chính"], "Báo cáo rà soát",
     "Tháng 3/2026", "2026-03-31"),
    ("Xây dựng phương án phòng, chống dịch bệnh gia súc, gia cầm trong mùa mưa",
     "Chi cục Chăn nuôi, Thú y và Thủy sản", ["Văn phòng Sở", "UBND các xã, phường"],
     "Phương án được phê duyệt", "Trước mùa mưa (15/8/2026)", "2026-08-15"),
    ("Kiểm tra, gia cố các tuyến đê bao, cống tiêu úng vùng trũng", "Chi cục Thủy lợi",
     ["Bộ Chỉ huy Quân sự tỉnh", "UBND các xã, phường ven biển"],
     "Báo cáo kết quả kiểm tra", "Trước mùa mưa bão (30/7/2026)", "2026-07-30"),
    ("Tổ chức phòng cháy, chữa cháy rừng tại các vùng trọng điểm", "Chi cục Kiểm lâm",
     ["Công an tỉnh", "UBND các xã, phường"], "Phương án phòng cháy rừng",
     "Mùa khô 2025 - 2026 (đến 30/4/2026)", "2026-04-30"),
    ("Hướng dẫn cơ cấu giống lúa và lịch thời vụ sản xuất vụ Hè Thu",
     "Chi cục Trồng trọt và Bảo vệ thực vật",
     ["Trung tâm Khuyến nông", "Chi cục Phát triển nông thôn"], "Văn bản hướng dẫn",
     "Vụ Hè Thu 2026 (tháng 9/2026)", "2026-09-30"),
    ("Tổng hợp, báo cáo tiến độ thực hiện Chương trình mục tiêu quốc gia xây dựng "
     "nông thôn mới", "Văn phòng Điều phối nông thôn mới tỉnh",
     ["Phòng Kế hoạch - Tài chính"], "Báo cáo định kỳ", "Hằng quý", "2026-12-31"),
    ("Giải ngân vốn vay ưu đãi hỗ trợ phát triển sản xuất cho hộ nghèo, hộ cận "
     "nghèo", "Chi cục Phát triển nông thôn",
     ["Ngân hàng Chính sách xã hội tỉnh",
      "Phòng giao dịch Ngân hàng Chính sách xã hội các khu vực"],
     "Báo cáo giải ngân", "Trước 15/6 và 10/12/2026", "2026-12-10"),
    ("Thẩm định hồ sơ đề nghị công nhận sản phẩm OCOP đợt 1 năm 2026",
     "Chi cục Phát triển nông thôn", ["Sở Công Thương", "Sở Khoa học và Công nghệ"],
     "Quyết định công nhận", "Tháng 6/2026", "2026-06-30"),
    ("Xây dựng mô hình sản xuất lúa hữu cơ gắn với liên kết tiêu thụ",
     "Trung tâm Khuyến nông",
     ["Chi cục Trồng trọt và Bảo vệ thực vật", "Liên minh Hợp tác xã tỉnh"],
     "Mô hình trình diễn", "Vụ Đông Xuân 2025 - 2026 (trước 31/3/2026)",
     "2026-03-31"),
    ("Kiểm tra chất lượng nước sinh hoạt tại các công trình cấp nước tập trung "
     "nông thôn", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
     ["Sở Y tế", "UBND các xã, phường"], "Báo cáo kết quả kiểm tra", "Hằng quý",
     "2026-12-31"),
    ("Cập nhật cơ sở dữ liệu theo dõi, đánh giá tiêu chí môi trường nông thôn",
     "Chi cục Bảo vệ môi trường", ["Văn phòng Sở", "Sở Khoa học và Công nghệ"],
     "Cơ sở dữ liệu được cập nhật", "30/11/2026", "2026-11-30"),
    ("Đào tạo nghề nông nghiệp cho lao động nông thôn", "Trung tâm Khuyến nông",
     ["Sở Nội vụ", "Hội Nông dân tỉnh"], "Lớp đào tạo nghề", "Quý III/2026",
     "2026-09-30"),
    ("Trồng rừng thay thế và trồng cây phân tán trên địa bàn các xã",
     "Chi cục Kiểm lâm", ["Ban Quản lý rừng phòng hộ", "UBND các xã, phường"],
     "Diện tích rừng được trồng", "Vụ trồng rừng 2026 (tháng 10/2026)", "2026-10-31"),
    ("Sửa chữa, nâng cấp các hồ chứa nước nhỏ bị xuống cấp", "Chi cục Thủy lợi",
     ["Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp", "Sở Tài chính"],
     "Công trình được sửa chữa", "Trước mùa mưa (15/8/2026)", "2026-08-15"),
    ("Tiêm phòng vắc xin lở mồm long móng cho đàn gia súc đợt 2",
     "Chi cục Chăn nuôi, Thú y và Thủy sản",
     ["Trạm Chăn nuôi và Thú y các khu vực", "UBND các xã, phường"],
     "Báo cáo kết quả tiêm phòng", "Tháng 11/2026", "2026-11-30"),
    ("Kiểm tra an toàn thực phẩm nông, lâm, thủy sản theo chuyên đề",
     "Chi cục Quản lý chất lượng nông lâm sản và thủy sản",
     ["Công an tỉnh", "Sở Y tế", "Chi cục Chăn nuôi, Thú y và Thủy sản"],
     "Báo cáo kết quả kiểm tra", "Trước 15/6 và 10/12/2026", "2026-12-10"),
    ("Tổ chức hội chợ giới thiệu sản phẩm OCOP và nông sản an toàn",
     "Chi cục Phát triển nông thôn", ["Sở Công Thương", "Hội Nông dân tỉnh"],
     "Hội chợ được tổ chức", "Quý IV/2026", "2026-12-31"),
    ("Ứng dụng công nghệ thông tin trong truy xuất nguồn gốc nông sản",
     "Văn phòng Sở", ["Sở Khoa học và Công nghệ"], "Phần mềm truy xuất",
     "Năm 2026", "2026-12-31"),
    ("Tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026",
     "Chi cục Thủy lợi", ["Văn phòng Sở", "UBND các xã, phường ven biển"],
     "Báo cáo tổng kết", "Tháng 12/2026", "2026-12-31"),
    ("Hỗ trợ các hợp tác xã xây dựng chuỗi liên kết sản xuất, tiêu thụ rau an toàn",
     "Chi cục Phát triển nông thôn", ["Liên minh Hợp tác xã tỉnh",
                                      "Phòng Kế hoạch - Tài chính"],
     "Chuỗi liên kết được hình thành", "Vụ Hè Thu 2026 (tháng 9/2026)", "2026-09-30"),
    ("Thả cá giống tái tạo nguồn lợi thủy sản tại các hồ chứa",
     "Chi cục Chăn nuôi, Thú y và Thủy sản", ["Hội Nghề cá tỉnh", "Chi cục Thủy lợi"],
     "Số lượng cá giống được thả", "Tháng 7/2026", "2026-07-31"),
    ("Đánh giá kết quả thực hiện tiêu chí thủy lợi và phòng, chống thiên tai của "
     "các xã", "Chi cục Thủy lợi", ["Văn phòng Điều phối nông thôn mới tỉnh"],
     "Báo cáo đánh giá", "30/10/2026", "2026-10-30"),
    ("Kiểm tra việc sử dụng thuốc bảo vệ thực vật tại các vùng sản xuất rau",
     "Chi cục Trồng trọt và Bảo vệ thực vật",
     ["Chi cục Quản lý chất lượng nông lâm sản và thủy sản", "UBND các xã, phường"],
     "Báo cáo kết quả kiểm tra", "Hằng quý", "2026-12-31"),
    ("Tuyên truyền về xây dựng nông thôn mới trên Báo và Đài Phát thanh - Truyền "
     "hình tỉnh", "Văn phòng Sở", ["Báo và Phát thanh, Truyền hình tỉnh"],
     "Tin, bài, phóng sự", "Hằng quý", "2026-12-31"),
    ("Kiểm tra, hướng dẫn các xã xây dựng mô hình thôn thông minh",
     "Văn phòng Điều phối nông thôn mới tỉnh", [], "Báo cáo kiểm tra",
     "Quý II/2026", "2026-06-30"),
]  # fmt: skip

HEAD = ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm",
        "Thời gian hoàn thành"]  # fmt: skip


def pick(start: int, count: int, skip=()):
    """`count` rows of the pool from `start` on (round), without `skip`."""
    rows = [POOL[(start + k) % len(POOL)] for k in range(len(POOL))]
    rows = [r for i, r in enumerate(rows) if (start + i) % len(POOL) not in skip]
    return rows[:count]


def partner_lines(partners, dash: str, end: str):
    """The partner cell's lines: one body a line, after `dash` ("- " or
    ""), each but the last closed by `end` (";" or "")."""
    return [
        f"{dash}{p}{end if k < len(partners) - 1 else ''}"
        for k, p in enumerate(partners)
    ]


def tasks_of(rows):
    return [T(work, lead, partners, day) for work, lead, partners, _, _, day in rows]


# --- the Word plan and LibreOffice's PDF of it ------------------------------


def word_plan(issuer, number, place, date_line, title, rows, *, dash="", end="",
              landscape=False, head=HEAD, widths=None, size=12, closing=None):  # fmt: skip
    doc = opening(issuer, date_line, title)
    a4(doc, left=2.0 if landscape else 3.0, landscape=landscape)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Cụ thể hóa các nhiệm vụ của Sở trong xây dựng nông thôn mới năm 2026; "
              "phân công rõ đơn vị chủ trì, đơn vị phối hợp, sản phẩm và thời gian "
              "hoàn thành.", indent=1.0)  # fmt: skip
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    para(doc, "(Chi tiết tại bảng dưới đây)", indent=1.0)
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        fill(cell, [text], bold=True, center=True, size=size)
    repeat_header(table.rows[0])
    for n, (work, lead, partners, product, when, _) in enumerate(rows, 1):
        cells = table.add_row().cells
        values = [[str(n)], [work], [lead], partner_lines(partners, dash, end) or [""],
                  [product], [when]]  # fmt: skip
        for k, (cell, lines) in enumerate(zip(cells, values, strict=True)):
            fill(cell, lines, size=size, center=k in (0, 5))
    if widths is None:
        widths = [1.0, 4.8, 2.9, 3.2, 2.2, 2.4]
        if landscape:
            widths = [1.2, 8.5, 4.0, 4.8, 3.5, 3.7]
    fixed_widths(table, widths)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Thủ trưởng các phòng, đơn vị thuộc Sở chủ động triển khai nhiệm vụ được "
              "giao, báo cáo kết quả về Văn phòng Sở trước ngày 20 của tháng cuối "
              "quý.", indent=1.0)  # fmt: skip
    closing_beside(doc, *closing)
    return doc


# --- WeasyPrint's PDF (a browser's "Print to PDF") --------------------------

_CSS = """@page {{ size: A4 {turn}; margin: 2cm 2cm 2cm {left}; }}
body {{ font-family: "Liberation Serif"; font-size: 13pt; }}
p {{ margin: 0 0 6pt 0; text-align: justify; }}
.c {{ text-align: center; }}
table.t {{ border-collapse: collapse; width: 100%; font-size: 12pt; }}
table.t td, table.t th {{ border: 0.6pt solid black; padding: 2pt 4pt;
  vertical-align: top; }}
table.t th {{ font-weight: bold; text-align: center; }}
table.h td {{ vertical-align: top; text-align: center; }}
"""


def web_plan(issuer, date_line, title, rows, closing, *, dash="", end="",
             landscape=False, line_tag="br", widths=None):  # fmt: skip
    e = html.escape
    css = _CSS.format(turn="landscape" if landscape else "portrait",
                      left="2cm" if landscape else "3cm")  # fmt: skip
    out = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    out.append(
        '<table class="h" style="width:100%"><tr>'
        f'<td style="width:42%">{"<br>".join(f"<b>{e(x)}</b>" for x in issuer[:-1])}'
        f"<br>{e(issuer[-1])}</td>"
        f"<td><b>{e(MOTTO[0])}</b><br><b>{e(MOTTO[1])}</b><br><i>{e(date_line)}</i>"
        "</td></tr></table>"
    )
    out.append(f'<p class="c"><b>KẾ HOẠCH</b></p><p class="c"><b>{e(title)}</b></p>')
    out.append("<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>")
    out.append("<p>Triển khai kịp thời, đồng bộ các nhiệm vụ xây dựng nông thôn mới "
               "năm 2026 của ngành; xác định rõ sản phẩm và thời gian hoàn thành của "
               "từng nhiệm vụ.</p>")  # fmt: skip
    out.append("<p><b>II. NHIỆM VỤ CỤ THỂ</b></p>")
    widths = widths or (
        [5, 38, 17, 19, 11, 10] if landscape else [6, 30, 17, 19, 14, 14]
    )
    cols = "".join(f'<col style="width:{w}%">' for w in widths)
    out.append(f'<table class="t">{cols}<thead><tr>')
    out += [f"<th>{e(h)}</th>" for h in HEAD]
    out.append("</tr></thead><tbody>")
    for n, (work, lead, partners, product, when, _) in enumerate(rows, 1):
        lines = [e(x) for x in partner_lines(partners, dash, end)]
        if line_tag == "br":
            cell = "<br>".join(lines)
        else:
            cell = "".join(f'<p style="margin:0">{x}</p>' for x in lines)
        out.append(
            f'<tr><td class="c">{n}</td><td>{e(work)}</td><td>{e(lead)}</td>'
            f'<td>{cell}</td><td>{e(product)}</td><td class="c">{e(when)}</td></tr>'
        )
    out.append("</tbody></table>")
    out.append("<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>")
    out.append("<p>Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện về Văn phòng "
               "Sở trước ngày 20 của tháng cuối quý để tổng hợp.</p>")  # fmt: skip
    recipients, signature = closing
    left = "<br>".join(["<b><i>Nơi nhận:</i></b>", *map(e, recipients)])
    right = "<br>".join(f"<b>{e(x)}</b>" if x else "<br>" for x in signature)
    out.append(
        '<table class="h" style="width:100%;margin-top:12pt"><tr>'
        f'<td style="width:50%;text-align:left;font-size:11pt">{left}</td>'
        f"<td>{right}</td></tr></table></body></html>"
    )
    return weasyprint_pdf("".join(out))


# --- the plans --------------------------------------------------------------


def quang_ngai():
    title = "Triển khai nhiệm vụ xây dựng nông thôn mới của ngành nông nghiệp năm 2026"
    issuer = ["UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
              "Số: 112/KH-SNNMT"]  # fmt: skip
    closing = (["- UBND tỉnh (b/c);", "- Văn phòng Điều phối NTM tỉnh;",
                "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, KHTC."],
               ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trần Văn Sơn"])  # fmt: skip
    rows = pick(0, 22, skip={23})
    doc = word_plan(issuer, "112", "Quảng Ngãi", "Quảng Ngãi, ngày 20 tháng 01 năm 2026",
                    title, rows, closing=closing)  # fmt: skip
    head = hdr("112", "KH-SNNMT", "Quảng Ngãi", "2026-01-20", title,
               "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
               "Trần Văn Sơn", [], 4)  # fmt: skip
    return doc, head, tasks_of(rows)


def quang_ngai_docx():
    doc, head, tasks = quang_ngai()
    return ("f40l-so-nnmt-quang-ngai-ban-word.docx", save(doc), "the department's "
            "Word plan the PDF was printed from: a 22-row table, portrait, its header "
            "row repeated, one partner a paragraph without a dash.", head, tasks)  # fmt: skip


def quang_ngai_pdf():
    doc, head, tasks = quang_ngai()
    return ("f40l-so-nnmt-quang-ngai-libreoffice.pdf", saved_as(save(doc), "pdf"),
            "the same Word plan printed to PDF by LibreOffice, portrait: the header "
            "row repeated on each page, rows split across pages, the partner cell's "
            "bodies one a line, long names wrapped.", head, tasks)  # fmt: skip


def gia_lai_pdf():
    title = ("Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026 "
             "của Sở Nông nghiệp và Môi trường")  # fmt: skip
    issuer = ["UBND TỈNH GIA LAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 86/KH-SNNMT"]
    closing = (["- UBND tỉnh (b/c);", "- Giám đốc, các Phó Giám đốc Sở;",
                "- Lưu: VT, VPĐP."],
               ["GIÁM ĐỐC", "", "", "Nguyễn Thị Thu Hà"])  # fmt: skip
    rows = pick(5, 23)
    doc = word_plan(issuer, "86", "Gia Lai", "Gia Lai, ngày 14 tháng 01 năm 2026",
                    title, rows, dash="- ", end=";", landscape=True,
                    closing=closing)  # fmt: skip
    head = hdr("86", "KH-SNNMT", "Gia Lai", "2026-01-14", title,
               "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "GIÁM ĐỐC", "Nguyễn Thị Thu Hà",
               [], 3)  # fmt: skip
    return ("f40l-so-nnmt-gia-lai-kho-ngang.pdf", saved_as(save(doc), "pdf"),
            "a department's plan printed to PDF by LibreOffice on landscape A4: 23 "
            "rows, each partner on its own line after '- ' and closed by ';'.", head,
            tasks_of(rows))  # fmt: skip


def khanh_hoa_pdf():
    title = "Phân công nhiệm vụ thực hiện các tiêu chí nông thôn mới năm 2026"
    issuer = ["UBND TỈNH KHÁNH HÒA", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
              "Số: 245/KH-SNNMT"]  # fmt: skip
    closing = (["- UBND tỉnh (b/c);", "- Các sở, ngành liên quan;",
                "- UBND các xã, phường;", "- Lưu: VT."],
               ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Phạm Ngọc Tuấn"])  # fmt: skip
    rows = pick(12, 21, skip={24})
    doc = word_plan(issuer, "245", "Khánh Hòa", "Khánh Hòa, ngày 05 tháng 02 năm 2026",
                    title, rows, dash="- ", widths=[0.9, 5.0, 2.8, 3.0, 2.2, 2.4],
                    closing=closing)  # fmt: skip
    head = hdr("245", "KH-SNNMT", "Khánh Hòa", "2026-02-05", title,
               "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
               "Phạm Ngọc Tuấn", [], 4)  # fmt: skip
    return ("f40l-so-nnmt-khanh-hoa-gach-dau-dong.pdf", saved_as(save(doc), "pdf"),
            "a department's plan printed to PDF by LibreOffice, portrait, a narrow "
            "partner column: each partner after '- ' with no end mark, long names "
            "wrapped over two or three lines.", head, tasks_of(rows))  # fmt: skip


def dak_lak_web():
    title = "Triển khai các nhiệm vụ trọng tâm về xây dựng nông thôn mới năm 2026"
    issuer = ["UBND TỈNH ĐẮK LẮK", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 57/KH-SNNMT"]
    closing = (["- UBND tỉnh (b/c);", "- Các đơn vị thuộc Sở;", "- Lưu: VT."],
               ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Lê Quang Minh"])  # fmt: skip
    rows = pick(3, 22)
    data = web_plan(issuer, "Đắk Lắk, ngày 22 tháng 01 năm 2026", title, rows, closing)
    head = hdr("57", "KH-SNNMT", "Đắk Lắk", "2026-01-22", title,
               "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
               "Lê Quang Minh", [], 3)  # fmt: skip
    return ("f40l-so-nnmt-dak-lak-trinh-duyet.pdf", data, "a department's plan a web "
            "system printed to PDF (WeasyPrint), portrait: the table head repeated on "
            "each page, the partner cell's bodies one a line (line breaks), no "
            "dash.", head, tasks_of(rows))  # fmt: skip


def lam_dong_web():
    title = "Thực hiện nhiệm vụ phát triển nông nghiệp, nông thôn năm 2026"
    issuer = ["UBND TỈNH LÂM ĐỒNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 31/KH-SNNMT"]
    closing = (["- UBND tỉnh (b/c);", "- Văn phòng Điều phối NTM tỉnh;",
                "- Lưu: VT, PTNT."],
               ["GIÁM ĐỐC", "", "", "Võ Thị Thanh Tâm"])  # fmt: skip
    rows = pick(9, 24)
    data = web_plan(issuer, "Lâm Đồng, ngày 09 tháng 01 năm 2026", title, rows,
                    closing, dash="- ", end=";", landscape=True, line_tag="p")  # fmt: skip
    head = hdr("31", "KH-SNNMT", "Lâm Đồng", "2026-01-09", title,
               "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "GIÁM ĐỐC", "Võ Thị Thanh Tâm",
               [], 3)  # fmt: skip
    return ("f40l-so-nnmt-lam-dong-trinh-duyet-ngang.pdf", data, "a department's plan "
            "printed to PDF from a browser (WeasyPrint) on landscape A4: 24 rows, each "
            "partner its own paragraph after '- ', closed by ';'.", head,
            tasks_of(rows))  # fmt: skip


def ca_mau_web():
    title = "Triển khai nhiệm vụ xây dựng nông thôn mới vùng ven biển năm 2026"
    issuer = ["UBND TỈNH CÀ MAU", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 148/KH-SNNMT"]
    closing = (["- UBND tỉnh (b/c);", "- Các phòng, đơn vị thuộc Sở;",
                "- UBND các xã, phường ven biển;", "- Lưu: VT."],
               ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Huỳnh Văn Phúc"])  # fmt: skip
    rows = pick(16, 21)
    data = web_plan(issuer, "Cà Mau, ngày 16 tháng 3 năm 2026", title, rows, closing,
                    widths=[6, 32, 18, 16, 13, 15])  # fmt: skip
    head = hdr("148", "KH-SNNMT", "Cà Mau", "2026-03-16", title,
               "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
               "Huỳnh Văn Phúc", [], 4)  # fmt: skip
    return ("f40l-so-nnmt-ca-mau-cot-hep.pdf", data, "a department's plan printed "
            "to PDF (WeasyPrint), portrait, a narrow partner column: long names wrap "
            "over lines ('UBND các xã, phường ven' / 'biển'), no dash.", head,
            tasks_of(rows))  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (quang_ngai_docx, quang_ngai_pdf, gia_lai_pdf, khanh_hoa_pdf,
                 dak_lak_web, lam_dong_web, ca_mau_web):  # fmt: skip
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
