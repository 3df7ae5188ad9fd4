"""Writes set f40c's documents and their expected results (run once; the
files are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f40c.py

Set f40c: two families the importer read badly, written here before it was
changed for them:

F1. an official letter (Công văn) that assigns work body by body, its symbol
    the body's own ("3125/SNNMT-PTNT", "412/UBND-KT", "88/BCĐ-VPĐP", no "KH",
    no "KẾ HOẠCH" heading), printed to PDF by WeasyPrint or LibreOffice so that
    the header's two columns share lines ("UBND TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI
    CHỦ NGHĨA VIỆT NAM"), "Kính gửi:- …" with the dash glued to the colon,
    "Thực hiện …; Văn bản số …;" bases, "… đề nghị các đơn vị thực hiện một số
    nội dung sau:", then per body a heading that is the lead (numbered, or
    bold with no number) over a)/b) or "-" items, or over one bare paragraph;
    the signature sharing lines with "Nơi nhận:" (.pdf ×3, .docx, .txt copied
    from the PDF);
F2. several bases in one "Căn cứ" line, separated by ";" (an amending decree
    naming the decree it amends after "của"; "Căn cứ Kết luận … tại Hội nghị
    ngày …") (.docx, .txt).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx.shared import Pt  # noqa: E402
from expected import write  # noqa: E402
from make_files import saved_as, weasyprint_pdf  # noqa: E402
from make_round32 import T, hdr, new_doc  # noqa: E402
from word_writer import (  # noqa: E402
    MOTTO,
    a4,
    closing_beside,
    closing_under,
    fixed_widths,
    para,
    save,
    side_by_side,
    task_table,
)

OUT = HERE / "f40c"

COMMENT = """Set f40c (an official letter that assigns work body by body; several
bases in one "Căn cứ" line), written before the importer was changed for it:
{what}
Assumptions: a letter's title is its subject without "V/v"; "Kính gửi" lists
no recipients; each item (a), b) or "-") or a heading's lone paragraph under a
body's heading is a task led by that body (the heading numbered or not);
"Chủ trì, phối hợp với X <work>" and "Phối hợp với X <work>" name X a
partner, not the work; a report back "gửi kết quả về Sở … trước ngày …" is the
deadline, not the work; the closing "báo cáo kết quả" and "Đề nghị các đơn vị
quan tâm …" sentences are no task; work "thường xuyên" ends on 31/12 of the
letter's year, a month's or a quarter's last day is the deadline; every
"Thực hiện …; Văn bản số …" and every decree in one "Căn cứ …; …;" line is a
basis, a decree named after "của" (the one amended) is no second one; a
"Kết luận … tại Hội nghị ngày D" is the basis "Kết luận ngày D"."""

CSS = """<style>
@page { size: A4; margin: 2cm 1.5cm 2cm 3cm; }
body { font-family: "Liberation Serif"; font-size: 13pt; }
p { margin: 0 0 6pt 0; text-align: justify; }
.c { text-align: center; }
.i { text-indent: 1cm; }
td { vertical-align: top; }
</style>"""


def html_letter(left, right, subject, addressees, bases, lead_in, units, closing,
                recipients, signature, *, numbered=True, bold_units=True):  # fmt: skip
    """A letter as HTML for WeasyPrint: header columns in a borderless table
    (their lines share the PDF's lines), "Kính gửi:" glued to its first dash,
    the units' headings over their items, "Nơi nhận" beside the signature."""
    sub = "<br>".join(subject)
    head = (
        '<table style="width:100%"><tr>'
        f'<td class="c" style="width:42%">{"<br>".join(left)}<br>{sub}</td>'
        f'<td class="c">{"<br>".join(right)}</td></tr></table>'
    )
    kg = (
        f'<p class="c">Kính gửi:{addressees[0]}<br>'
        + "<br>".join(addressees[1:])
        + "</p>"
    )
    body = [f'<p class="i">{t}</p>' for t in [*bases, lead_in]]
    for heading, items in units:
        shown = heading if numbered else heading.split(". ", 1)[-1]
        body.append(f'<p class="i">{"<b>" if bold_units else ""}{shown}'
                    f'{"</b>" if bold_units else ""}</p>')  # fmt: skip
        body += [f'<p class="i">{text}</p>' for text, _ in items]
    body += [f'<p class="i">{t}</p>' for t in closing]
    sign = "<br>".join(f"<b>{s}</b>" if s else "" for s in signature)
    end = (
        '<table style="width:100%"><tr><td style="width:50%">'
        "<b><i>Nơi nhận:</i></b><br>" + "<br>".join(recipients) + "</td>"
        f'<td class="c">{sign}</td></tr></table>'
    )
    return f"<html><head>{CSS}</head><body>{head}{kg}{''.join(body)}{end}</body></html>"


def docx_letter(left, right, subject, addressees, bases, lead_in, units, closing,
                recipients, signature, *, numbered=True, under=False):  # fmt: skip
    doc = new_doc()
    table = side_by_side(doc, [*left, *subject], right)
    fixed_widths(table, [7.0, 9.5], table_width=True)
    for cell in table.rows[0].cells:
        for p in cell.paragraphs:
            for r in p.runs:
                r.font.size = Pt(12 if p.text.isupper() else 13)
                r.bold = p.text.isupper() and not p.text.startswith("UBND")
    a4(doc)
    para(doc, f"Kính gửi:{addressees[0]}", center=True)
    for name in addressees[1:]:
        para(doc, name, indent=4.0)
    for text in [*bases, lead_in]:
        para(doc, text, indent=1.0)
    for heading, items in units:
        para(doc, heading if numbered else heading.split(". ", 1)[-1], bold=True,
             indent=1.0)  # fmt: skip
        for text, _ in items:
            para(doc, text, indent=1.0)
    for text in closing:
        para(doc, text, indent=1.0)
    if under:
        closing_under(doc, recipients, signature)
    else:
        closing_beside(doc, recipients, signature)
    return doc


def tasks_of(units):
    return [t for _, items in units for _, t in items]


# --- F1a (.pdf, WeasyPrint): a provincial department's letter ---------------

NB_UNITS = [
    ("1. Ủy ban nhân dân các xã, phường", [
        ("a) Kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia cấp xã sau "
         "sắp xếp đơn vị hành chính; hoàn thành trước ngày 30/9/2025.",
         T("Kiện toàn Ban Chỉ đạo các chương trình mục tiêu quốc gia cấp xã sau sắp "
           "xếp đơn vị hành chính", "Ủy ban nhân dân các xã, phường", [],
           "2025-09-30")),
        ("b) Rà soát, đánh giá mức độ đạt các tiêu chí nông thôn mới theo địa bàn "
         "mới, gửi kết quả về Sở (qua Chi cục Phát triển nông thôn) trước ngày "
         "15/10/2025.",
         T("Rà soát, đánh giá mức độ đạt các tiêu chí nông thôn mới theo địa bàn mới",
           "Ủy ban nhân dân các xã, phường", [], "2025-10-15")),
        ("c) Duy trì hoạt động của các tổ tự quản bảo vệ môi trường tại các thôn, "
         "tổ dân phố (thực hiện thường xuyên).",
         T("Duy trì hoạt động của các tổ tự quản bảo vệ môi trường tại các thôn, tổ "
           "dân phố", "Ủy ban nhân dân các xã, phường", [], "2025-12-31")),
    ]),
    ("2. Chi cục Phát triển nông thôn", [
        ("a) Chủ trì, phối hợp với các phòng chuyên môn thuộc Sở hướng dẫn các xã "
         "xây dựng kế hoạch thực hiện Chương trình năm 2026; thời gian thực hiện "
         "trong tháng 10/2025.",
         T("Hướng dẫn các xã xây dựng kế hoạch thực hiện Chương trình năm 2026",
           "Chi cục Phát triển nông thôn", ["các phòng chuyên môn thuộc Sở"],
           "2025-10-31")),
        ("b) Tổng hợp kết quả rà soát tiêu chí của các xã, phường, tham mưu Sở báo "
         "cáo Ủy ban nhân dân tỉnh trước ngày 30/10/2025.",
         T("Tổng hợp kết quả rà soát tiêu chí của các xã, phường, tham mưu Sở báo "
           "cáo Ủy ban nhân dân tỉnh", "Chi cục Phát triển nông thôn", [],
           "2025-10-30")),
    ]),
    ("3. Trung tâm Khuyến nông", [
        ("Phối hợp với Chi cục Phát triển nông thôn tổ chức tập huấn nâng cao năng "
         "lực cho cán bộ làm công tác nông thôn mới cấp xã; thời gian: Quý IV/2025.",
         T("Tổ chức tập huấn nâng cao năng lực cho cán bộ làm công tác nông thôn mới "
           "cấp xã", "Trung tâm Khuyến nông", ["Chi cục Phát triển nông thôn"],
           "2025-12-31")),
    ]),
]  # fmt: skip

NB_BASES = [
    "Thực hiện Kế hoạch số 215/KH-UBND ngày 20/8/2025 của Ủy ban nhân dân tỉnh "
    "về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2025; "
    "Văn bản số 1820/BNNMT-VPĐP ngày 05/9/2025 của Bộ Nông nghiệp và Môi trường "
    "về đẩy nhanh tiến độ thực hiện Chương trình;"
]
NB_LEAD_IN = (
    "Để hoàn thành các mục tiêu, nhiệm vụ năm 2025, Sở Nông nghiệp và Môi trường "
    "đề nghị các đơn vị thực hiện một số nội dung sau:"
)
NB_CLOSING = [
    "Các đơn vị báo cáo kết quả thực hiện về Sở (qua Chi cục Phát triển nông "
    "thôn) trước ngày 15/12/2025 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
    "Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.",
]


def ninh_binh_pdf():
    html = html_letter(
        ["UBND TỈNH NINH BÌNH", "<b>SỞ NÔNG NGHIỆP</b>", "<b>VÀ MÔI TRƯỜNG</b>",
         "______________", "Số: 3125/SNNMT-PTNT"],
        ["<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>",
         "<b>Độc lập - Tự do - Hạnh phúc</b>", "______________________",
         "<i>Ninh Bình, ngày 12 tháng 9 năm 2025</i>"],
        ["V/v triển khai một số nhiệm vụ trọng tâm", "xây dựng nông thôn mới những",
         "tháng cuối năm 2025"],
        ["- Ủy ban nhân dân các xã, phường;", "- Các phòng, đơn vị thuộc Sở."],
        NB_BASES, NB_LEAD_IN, NB_UNITS, NB_CLOSING,
        ["- Như trên;", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);",
         "- Lưu: VT, PTNT."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Văn Bình"],
    )  # fmt: skip
    head = hdr("3125", "SNNMT-PTNT", "Ninh Bình", "2025-09-12",
               "Triển khai một số nhiệm vụ trọng tâm xây dựng nông thôn mới những "
               "tháng cuối năm 2025", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. GIÁM ĐỐC",
               "PHÓ GIÁM ĐỐC", "Trần Văn Bình", ["215/KH-UBND", "1820/BNNMT-VPĐP"], 4)  # fmt: skip
    return ("f40c-so-nnmt-ninh-binh-cong-van.pdf", weasyprint_pdf(html),
            "a department's letter printed by WeasyPrint: the header's columns "
            "share lines ('UBND TỈNH NINH BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', "
            "'Số: 3125/SNNMT-PTNT Ninh Bình, ngày …'), 'Kính gửi:- …', two bases in "
            "one 'Thực hiện …; Văn bản số …;' line, a)/b)/c) items under numbered "
            "bold body headings and a lone paragraph under the third, 'Nơi nhận' "
            "beside 'KT. GIÁM ĐỐC'.", head, tasks_of(NB_UNITS))  # fmt: skip


# --- F1b (.txt): the same kind of letter copied out of its PDF --------------

TH_TXT = """UBND TỈNH THANH HÓA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NÔNG NGHIỆP Độc lập - Tự do - Hạnh phúc
VÀ MÔI TRƯỜNG ______________________
______________
Số: 2490/SNNMT-VPĐP Thanh Hóa, ngày 08 tháng 10 năm 2025
V/v đẩy nhanh tiến độ thực hiện
các tiêu chí nông thôn mới
Quý IV năm 2025
Kính gửi:- Ủy ban nhân dân các xã;
- Chi cục Thủy lợi;
- Trung tâm Nước sạch và Vệ sinh môi trường nông thôn.
Thực hiện Kế hoạch số 188/KH-UBND ngày 25/8/2025 của Ủy ban nhân dân tỉnh;
Văn bản số 2045/BNNMT-VPĐP ngày 22/9/2025 của Bộ Nông nghiệp và Môi trường về
đẩy nhanh tiến độ thực hiện Chương trình năm 2025;
Sở Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện một số nội dung
sau:
1. Ủy ban nhân dân các xã
a) Rà soát, cập nhật hiện trạng các tiêu chí nông thôn mới chưa đạt sau sắp xếp
đơn vị hành chính, gửi kết quả về Sở trước ngày 20/10/2025.
b) Chủ trì, phối hợp với Hợp tác xã trên địa bàn xây dựng ít nhất 01 mô hình
sản xuất liên kết theo chuỗi giá trị; thời gian: Quý IV/2025.
2. Chi cục Thủy lợi
Chủ trì, phối hợp với Ủy ban nhân dân các xã kiểm tra an toàn các hồ chứa nước
nhỏ trước mùa mưa lũ; hoàn thành trước ngày 31/10/2025.
3. Trung tâm Nước sạch và Vệ sinh môi trường nông thôn
a) Kiểm tra chất lượng nước tại các công trình cấp nước tập trung nông thôn;
thời gian thực hiện trong tháng 11/2025.
b) Phối hợp với Ủy ban nhân dân các xã vận động người dân đấu nối, sử dụng
nước sạch (thực hiện thường xuyên).
Các đơn vị báo cáo kết quả về Sở (qua Văn phòng Điều phối nông thôn mới tỉnh)
trước ngày 15/12/2025.
Đề nghị các đơn vị quan tâm, phối hợp thực hiện./.
Nơi nhận: KT. GIÁM ĐỐC
- Như trên; PHÓ GIÁM ĐỐC
- UBND tỉnh (b/c);
- Lưu: VT, VPĐP.
Lê Thị Thu Hà
"""

TH_TASKS = [
    T("Rà soát, cập nhật hiện trạng các tiêu chí nông thôn mới chưa đạt sau sắp "
      "xếp đơn vị hành chính", "Ủy ban nhân dân các xã", [], "2025-10-20"),
    T("Xây dựng ít nhất 01 mô hình sản xuất liên kết theo chuỗi giá trị",
      "Ủy ban nhân dân các xã", ["Hợp tác xã trên địa bàn"], "2025-12-31"),
    T("Kiểm tra an toàn các hồ chứa nước nhỏ trước mùa mưa lũ", "Chi cục Thủy lợi",
      ["Ủy ban nhân dân các xã"], "2025-10-31"),
    T("Kiểm tra chất lượng nước tại các công trình cấp nước tập trung nông thôn",
      "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", [], "2025-11-30"),
    T("Vận động người dân đấu nối, sử dụng nước sạch",
      "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
      ["Ủy ban nhân dân các xã"], "2025-12-31"),
]  # fmt: skip


def thanh_hoa_txt():
    head = hdr("2490", "SNNMT-VPĐP", "Thanh Hóa", "2025-10-08",
               "Đẩy nhanh tiến độ thực hiện các tiêu chí nông thôn mới Quý IV năm "
               "2025", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
               "Lê Thị Thu Hà", ["188/KH-UBND", "2045/BNNMT-VPĐP"], 3)  # fmt: skip
    return ("f40c-so-nnmt-thanh-hoa-cong-van.txt", TH_TXT, "a department's letter "
            "copied out of its PDF into a .txt: the header's columns on shared "
            "lines, 'Kính gửi:- …', the bases on two lines ending ';', the "
            "signature's lines sharing the 'Nơi nhận' lines.", head, TH_TASKS)  # fmt: skip


# --- F1c (.pdf, LibreOffice): a district People's Committee's letter ---------

YM_UNITS = [
    ("1. Phòng Kinh tế và Hạ tầng", [
        ("- Chủ trì, phối hợp với Ủy ban nhân dân các xã kiểm tra chất lượng các "
         "tuyến đường giao thông nông thôn được đầu tư năm 2024; hoàn thành trước "
         "ngày 30/4/2024.",
         T("Kiểm tra chất lượng các tuyến đường giao thông nông thôn được đầu tư năm "
           "2024", "Phòng Kinh tế và Hạ tầng", ["Ủy ban nhân dân các xã"],
           "2024-04-30")),
        ("- Hướng dẫn các xã lập hồ sơ đề nghị hỗ trợ xi măng làm đường ngõ xóm; "
         "thời gian thực hiện trong tháng 5/2024.",
         T("Hướng dẫn các xã lập hồ sơ đề nghị hỗ trợ xi măng làm đường ngõ xóm",
           "Phòng Kinh tế và Hạ tầng", [], "2024-05-31")),
    ]),
    ("2. Phòng Tài nguyên và Môi trường", [
        ("- Hướng dẫn các xã xây dựng mô hình phân loại rác thải tại nguồn, gửi "
         "kết quả về Ủy ban nhân dân huyện trước ngày 15/6/2024.",
         T("Hướng dẫn các xã xây dựng mô hình phân loại rác thải tại nguồn",
           "Phòng Tài nguyên và Môi trường", [], "2024-06-15")),
    ]),
    ("3. Ủy ban nhân dân các xã", [
        ("- Ra quân tổng vệ sinh môi trường, trồng hoa, cây xanh trên các tuyến "
         "đường trục xã, trục thôn (thực hiện thường xuyên).",
         T("Ra quân tổng vệ sinh môi trường, trồng hoa, cây xanh trên các tuyến "
           "đường trục xã, trục thôn", "Ủy ban nhân dân các xã", [], "2024-12-31")),
        ("- Rà soát, bổ sung kế hoạch duy trì, nâng chất các tiêu chí nông thôn mới "
         "nâng cao; thời gian: Quý II/2024.",
         T("Rà soát, bổ sung kế hoạch duy trì, nâng chất các tiêu chí nông thôn mới "
           "nâng cao", "Ủy ban nhân dân các xã", [], "2024-06-30")),
    ]),
]  # fmt: skip


def yen_mo_pdf():
    doc = docx_letter(
        ["ỦY BAN NHÂN DÂN", "HUYỆN YÊN MÔ", "Số: 412/UBND-KT"],
        [*MOTTO, "Yên Mô, ngày 02 tháng 4 năm 2024"],
        ["V/v tăng cường duy trì, nâng cao chất lượng", "các tiêu chí giao thông, môi "
         "trường", "trong xây dựng nông thôn mới"],
        ["- Phòng Kinh tế và Hạ tầng;", "- Phòng Tài nguyên và Môi trường;",
         "- Ủy ban nhân dân các xã."],
        ["Thực hiện Kế hoạch số 58/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân tỉnh "
         "Ninh Bình; Văn bản số 345/SNN-VPĐP ngày 20/3/2024 của Sở Nông nghiệp và "
         "Phát triển nông thôn;"],
        "Ủy ban nhân dân huyện đề nghị các cơ quan, đơn vị thực hiện một số nội "
        "dung sau:",
        YM_UNITS,
        ["Các cơ quan, đơn vị báo cáo kết quả thực hiện về Ủy ban nhân dân huyện "
         "(qua Phòng Nông nghiệp và Phát triển nông thôn) trước ngày 15/12/2024./."],
        ["- Như trên;", "- TT Huyện ủy (b/c);", "- Chủ tịch, các PCT UBND huyện;",
         "- Lưu: VT, KT."],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đinh Văn Hùng"],
    )  # fmt: skip
    head = hdr("412", "UBND-KT", "Yên Mô", "2024-04-02",
               "Tăng cường duy trì, nâng cao chất lượng các tiêu chí giao thông, môi "
               "trường trong xây dựng nông thôn mới", "ỦY BAN NHÂN DÂN HUYỆN YÊN MÔ",
               "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đinh Văn Hùng",
               ["58/KH-UBND", "345/SNN-VPĐP"], 4)  # fmt: skip
    return ("f40c-ubnd-huyen-yen-mo-cong-van.pdf", saved_as(save(doc), "pdf"),
            "a district People's Committee's Word letter printed by LibreOffice: "
            "'Kính gửi:- …' glued, two bases in one 'Thực hiện …;' line, '-' items "
            "under numbered bold office headings.", head, tasks_of(YM_UNITS))  # fmt: skip


# --- F1d (.docx): a Steering Committee's letter, unnumbered body headings ----

KS_UNITS = [
    ("1. Văn phòng Điều phối nông thôn mới huyện", [
        ("- Theo dõi, đôn đốc các xã thực hiện các nội dung tại Văn bản này (thực "
         "hiện thường xuyên).",
         T("Theo dõi, đôn đốc các xã thực hiện các nội dung tại Văn bản này",
           "Văn phòng Điều phối nông thôn mới huyện", [], "2025-12-31")),
        ("- Phối hợp với Phòng Tài chính - Kế hoạch tham mưu phân bổ vốn sự nghiệp "
         "năm 2025 cho các xã; hoàn thành trước ngày 31/3/2025.",
         T("Tham mưu phân bổ vốn sự nghiệp năm 2025 cho các xã",
           "Văn phòng Điều phối nông thôn mới huyện", ["Phòng Tài chính - Kế hoạch"],
           "2025-03-31")),
    ]),
    ("2. Phòng Văn hóa và Thông tin", [
        ("Chủ trì, phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thông huyện "
         "xây dựng chuyên mục nông thôn mới trên trang thông tin điện tử huyện; "
         "thời gian thực hiện trong tháng 3/2025.",
         T("Xây dựng chuyên mục nông thôn mới trên trang thông tin điện tử huyện",
           "Phòng Văn hóa và Thông tin",
           ["Trung tâm Văn hóa - Thể thao và Truyền thông huyện"], "2025-03-31")),
    ]),
    ("3. Ban Chỉ đạo các xã", [
        ("- Kiện toàn Ban Quản lý xây dựng nông thôn mới cấp xã và Ban Phát triển "
         "các thôn; hoàn thành trước ngày 15/3/2025.",
         T("Kiện toàn Ban Quản lý xây dựng nông thôn mới cấp xã và Ban Phát triển "
           "các thôn", "Ban Chỉ đạo các xã", [], "2025-03-15")),
        ("- Rà soát nhu cầu đầu tư các công trình hạ tầng thiết yếu năm 2025, gửi "
         "kết quả về Văn phòng Điều phối nông thôn mới huyện trước ngày 20/3/2025.",
         T("Rà soát nhu cầu đầu tư các công trình hạ tầng thiết yếu năm 2025",
           "Ban Chỉ đạo các xã", [], "2025-03-20")),
    ]),
]  # fmt: skip


def kim_son_docx():
    doc = docx_letter(
        ["UBND HUYỆN KIM SƠN", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH", "MỤC TIÊU QUỐC GIA",
         "Số: 88/BCĐ-VPĐP"],
        [*MOTTO, "Kim Sơn, ngày 24 tháng 02 năm 2025"],
        ["V/v triển khai nhiệm vụ xây dựng", "nông thôn mới năm 2025"],
        ["- Văn phòng Điều phối nông thôn mới huyện;",
         "- Phòng Văn hóa và Thông tin;", "- Ban Chỉ đạo các xã."],
        ["Thực hiện Kế hoạch số 30/KH-BCĐ ngày 10/02/2025 của Ban Chỉ đạo các "
         "chương trình mục tiêu quốc gia tỉnh; Văn bản số 112/VPĐP-NV ngày "
         "14/02/2025 của Văn phòng Điều phối nông thôn mới tỉnh;"],
        "Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện đề nghị các đơn vị "
        "thực hiện một số nội dung sau:",
        KS_UNITS,
        ["Các đơn vị báo cáo kết quả về Ban Chỉ đạo huyện (qua Văn phòng Điều "
         "phối) trước ngày 10 tháng cuối quý.",
         "Đề nghị các đơn vị quan tâm thực hiện./."],
        ["- Như trên;", "- Thường trực Huyện ủy (b/c);", "- Lưu: VT, VPĐP."],
        ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "", "Phạm Quang Minh"],
        numbered=False,
    )  # fmt: skip
    head = hdr("88", "BCĐ-VPĐP", "Kim Sơn", "2025-02-24",
               "Triển khai nhiệm vụ xây dựng nông thôn mới năm 2025",
               "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA", "KT. TRƯỞNG BAN",
               "PHÓ TRƯỞNG BAN", "Phạm Quang Minh", ["30/KH-BCĐ", "112/VPĐP-NV"], 3)  # fmt: skip
    return ("f40c-bcd-huyen-kim-son-cong-van.docx", save(doc), "a district "
            "Steering Committee's Word letter ('88/BCĐ-VPĐP') whose bodies are bold "
            "headings with no number over '-' items or a lone paragraph, 'Kính "
            "gửi:- …' glued, two bases in one 'Thực hiện …;' line.", head,
            tasks_of(KS_UNITS))  # fmt: skip


# --- F1e (.pdf, WeasyPrint): a commune People's Committee's letter -----------

GL_UNITS = [
    ("1. Công chức Nông nghiệp - Môi trường", [
        ("- Chủ trì, phối hợp với Hợp tác xã Nông nghiệp Gia Lập hướng dẫn nông dân "
         "chuyển đổi 20 ha đất lúa kém hiệu quả sang trồng rau màu; thời gian: Quý "
         "III/2026.",
         T("Hướng dẫn nông dân chuyển đổi 20 ha đất lúa kém hiệu quả sang trồng rau "
           "màu", "Công chức Nông nghiệp - Môi trường",
           ["Hợp tác xã Nông nghiệp Gia Lập"], "2026-09-30")),
        ("- Tổng hợp kết quả thực hiện tiêu chí môi trường, gửi về Ủy ban nhân dân "
         "xã trước ngày 25/11/2026.",
         T("Tổng hợp kết quả thực hiện tiêu chí môi trường",
           "Công chức Nông nghiệp - Môi trường", [], "2026-11-25")),
    ]),
    ("2. Ban Phát triển các thôn", [
        ("- Vận động nhân dân hiến đất, ngày công mở rộng đường ngõ xóm; hoàn thành "
         "trước ngày 31/8/2026.",
         T("Vận động nhân dân hiến đất, ngày công mở rộng đường ngõ xóm",
           "Ban Phát triển các thôn", [], "2026-08-31")),
        ("- Duy trì tổng vệ sinh môi trường vào sáng Chủ nhật hằng tuần (thực hiện "
         "thường xuyên).",
         T("Duy trì tổng vệ sinh môi trường vào sáng Chủ nhật hằng tuần",
           "Ban Phát triển các thôn", [], "2026-12-31")),
    ]),
]  # fmt: skip


def gia_lap_pdf():
    html = html_letter(
        ["UBND TỈNH NINH BÌNH", "<b>ỦY BAN NHÂN DÂN</b>", "<b>XÃ GIA LẬP</b>",
         "Số: 215/UBND-NN"],
        ["<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>",
         "<b>Độc lập - Tự do - Hạnh phúc</b>",
         "<i>Gia Lập, ngày 15 tháng 7 năm 2026</i>"],
        ["V/v thực hiện các nhiệm vụ", "xây dựng nông thôn mới", "6 tháng cuối năm 2026"],
        ["- Công chức Nông nghiệp - Môi trường;", "- Ban Phát triển các thôn."],
        ["Thực hiện Văn bản số 3125/SNNMT-PTNT ngày 01/7/2026 của Sở Nông nghiệp và "
         "Môi trường tỉnh Ninh Bình; Kế hoạch số 12/KH-UBND ngày 10/01/2026 của Ủy "
         "ban nhân dân xã về xây dựng nông thôn mới năm 2026;"],
        "Ủy ban nhân dân xã đề nghị các bộ phận, thôn thực hiện một số nội dung sau:",
        GL_UNITS,
        ["Các bộ phận, thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày "
         "05/12/2026./."],
        ["- Như trên;", "- TT Đảng ủy (b/c);", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Vũ Văn Thịnh"],
        bold_units=False,
    )  # fmt: skip
    head = hdr("215", "UBND-NN", "Gia Lập", "2026-07-15",
               "Thực hiện các nhiệm vụ xây dựng nông thôn mới 6 tháng cuối năm 2026",
               "ỦY BAN NHÂN DÂN XÃ GIA LẬP", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Vũ Văn Thịnh", ["3125/SNNMT-PTNT", "12/KH-UBND"], 3)  # fmt: skip
    return ("f40c-ubnd-xa-gia-lap-cong-van.pdf", weasyprint_pdf(html), "a "
            "commune's letter printed by WeasyPrint ('215/UBND-NN'), its header's "
            "columns sharing lines, 'Kính gửi:- …', '-' items under numbered plain "
            "headings naming a commune official's post and the villages' boards.",
            head, tasks_of(GL_UNITS))  # fmt: skip


# --- F2a (.docx): a district plan whose "Căn cứ" lines hold several bases ----

NQ_ROWS = [
    ("Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo năm 2024",
     "Phòng Lao động - Thương binh và Xã hội", "Ủy ban nhân dân các xã", "30/6/2024",
     T("Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo năm 2024",
       "Phòng Lao động - Thương binh và Xã hội", ["Ủy ban nhân dân các xã"],
       "2024-06-30")),
    ("Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế cho 120 hộ nghèo",
     "Phòng Nông nghiệp và Phát triển nông thôn", "Hội Nông dân huyện", "Quý III/2024",
     T("Hỗ trợ phát triển sản xuất, đa dạng hóa sinh kế cho 120 hộ nghèo",
       "Phòng Nông nghiệp và Phát triển nông thôn", ["Hội Nông dân huyện"],
       "2024-09-30")),
    ("Đào tạo nghề cho 300 lao động nông thôn",
     "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
     "Phòng Lao động - Thương binh và Xã hội", "31/10/2024",
     T("Đào tạo nghề cho 300 lao động nông thôn",
       "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện",
       ["Phòng Lao động - Thương binh và Xã hội"], "2024-10-31")),
]  # fmt: skip


def nho_quan_docx():
    title = "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024"
    doc = new_doc()
    side_by_side(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN NHO QUAN", "Số: 25/KH-UBND"],
                 [*MOTTO, "Nho Quan, ngày 18 tháng 01 năm 2024"])  # fmt: skip
    a4(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, title, bold=True, center=True)
    for text in [
        "Căn cứ Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ quy định cơ "
        "chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia; Nghị "
        "định số 38/2023/NĐ-CP ngày 24/6/2023 sửa đổi, bổ sung một số điều của Nghị "
        "định số 27/2022/NĐ-CP;",
        "Căn cứ Kết luận của Ban Thường vụ Huyện ủy tại Hội nghị ngày 05/01/2024 về "
        "nhiệm vụ giảm nghèo năm 2024;",
        "Căn cứ Kế hoạch số 14/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh "
        "Ninh Bình,",
        "Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện như sau:",
    ]:
        para(doc, text, italic=text.startswith("Căn cứ"), indent=1.0)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Giảm tỷ lệ hộ nghèo đa chiều toàn huyện xuống dưới 2,5%.", indent=1.0)
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    task_table(doc, ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp",
                     "Thời gian hoàn thành"],
               [[[str(i)], [t], [lead], [partner], [when]]
                for i, (t, lead, partner, when, _) in enumerate(NQ_ROWS, 1)],
               [1.0, 6.0, 3.5, 3.0, 2.5])  # fmt: skip
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các cơ quan, đơn vị báo cáo kết quả về Ủy ban nhân dân huyện trước "
         "ngày 15/12/2024.", indent=1.0)  # fmt: skip
    closing_beside(doc, ["- UBND tỉnh (b/c);", "- TT Huyện ủy (b/c);",
                         "- Các cơ quan, đơn vị;", "- Lưu: VT, LĐTBXH."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Bùi Văn Quý"])  # fmt: skip
    head = hdr("25", "KH-UBND", "Nho Quan", "2024-01-18", title,
               "ỦY BAN NHÂN DÂN HUYỆN NHO QUAN", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Bùi Văn Quý", ["27/2022/NĐ-CP", "38/2023/NĐ-CP",
                               "Kết luận ngày 05/01/2024", "14/KH-UBND"], 4)  # fmt: skip
    return ("f40c-ubnd-huyen-nho-quan-can-cu.docx", save(doc), "a district Word "
            "plan whose first 'Căn cứ' line holds two decrees separated by ';' (the "
            "second amends the first, named again after 'của'), then 'Căn cứ Kết "
            "luận của Ban Thường vụ Huyện ủy tại Hội nghị ngày 05/01/2024 …'.", head,
            [t for *_, t in NQ_ROWS])  # fmt: skip


# --- F2b (.txt): a commune's plan, three bases in one "Căn cứ" line -----------

YK_TXT = """ỦY BAN NHÂN DÂN
XÃ YÊN KHÁNH
Số: 09/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Khánh, ngày 20 tháng 02 năm 2026

KẾ HOẠCH
Nâng cao chất lượng tiêu chí văn hóa, môi trường năm 2026

Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025; Quyết định số 211/QĐ-TTg ngày 01/3/2024 sửa đổi, bổ sung một số tiêu chí của Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ; Thông tư số 05/2024/TT-BNNPTNT ngày 10/5/2024 của Bộ Nông nghiệp và Phát triển nông thôn;
Căn cứ Kết luận của Ban Thường vụ Đảng ủy xã tại Hội nghị ngày 12/01/2026 về nhiệm vụ năm 2026;
Ủy ban nhân dân xã xây dựng kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Duy trì, nâng cao chất lượng các tiêu chí văn hóa, môi trường đã đạt.

II. NHIỆM VỤ
1. Xây dựng 02 tuyến đường hoa, cây xanh kiểu mẫu tại thôn Đông và thôn Bắc.
- Chủ trì: Ban Phát triển thôn Đông.
- Phối hợp: Hội Liên hiệp Phụ nữ xã.
- Thời gian: hoàn thành trước ngày 30/6/2026.
2. Tổ chức phân loại rác thải tại nguồn ở 250 hộ gia đình.
- Chủ trì: Công chức Nông nghiệp - Môi trường.
- Phối hợp: Đoàn Thanh niên xã.
- Thời gian: Quý III/2026.
3. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các thôn.
- Chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam xã.
- Thời gian: tháng 11/2026.

III. TỔ CHỨC THỰC HIỆN
Các bộ phận, thôn báo cáo kết quả về Ủy ban nhân dân xã trước ngày 10/12/2026.

Nơi nhận:
- TT Đảng ủy xã (b/c);
- Các bộ phận, thôn;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đinh Thị Hồng
"""


def yen_khanh_txt():
    title = "Nâng cao chất lượng tiêu chí văn hóa, môi trường năm 2026"
    head = hdr("09", "KH-UBND", "Yên Khánh", "2026-02-20", title,
               "ỦY BAN NHÂN DÂN XÃ YÊN KHÁNH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Đinh Thị Hồng", ["263/QĐ-TTg", "211/QĐ-TTg", "05/2024/TT-BNNPTNT",
                                 "Kết luận ngày 12/01/2026"], 3)  # fmt: skip
    tasks = [
        T("Xây dựng 02 tuyến đường hoa, cây xanh kiểu mẫu tại thôn Đông và thôn Bắc",
          "Ban Phát triển thôn Đông", ["Hội Liên hiệp Phụ nữ xã"], "2026-06-30"),
        T("Tổ chức phân loại rác thải tại nguồn ở 250 hộ gia đình",
          "Công chức Nông nghiệp - Môi trường", ["Đoàn Thanh niên xã"], "2026-09-30"),
        T("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các thôn",
          "Ủy ban Mặt trận Tổ quốc Việt Nam xã", [], "2026-11-30"),
    ]  # fmt: skip
    return ("f40c-ubnd-xa-yen-khanh-can-cu.txt", YK_TXT, "a commune's text plan "
            "whose first 'Căn cứ' line holds three bases separated by ';' (two "
            "decisions, a circular), then 'Căn cứ Kết luận của Ban Thường vụ Đảng ủy "
            "xã tại Hội nghị ngày …'.", head, tasks)  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (ninh_binh_pdf, thanh_hoa_txt, yen_mo_pdf, kim_son_docx,
                 gia_lap_pdf, nho_quan_docx, yen_khanh_txt):  # fmt: skip
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
