"""Writes set f37g's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f37g.py

Set f37g: the time of a task given by the group it sits in, written here
before the importer was changed for it:

F1. a task table with no time column whose group rows are periods ("QUÝ
    I/2026 (từ tháng 01 đến hết tháng 3)", "THÁNG 3/2026", "6 THÁNG ĐẦU
    NĂM 2026"): each row's deadline is its period's end, unless its "Ghi
    chú" gives a day ("Trước ngày 15/11/2026"); a Ghi chú that is no time
    is neither partner nor task; the period row is no task;
F2. period headings as paragraphs ("Tháng 10/2026", "Quý I/2027", "Tuần 1
    (từ 05/01 đến 10/01/2027)") over dash items "- <work> (<Body> thực
    hiện; <Body> phối hợp)."; an item's own day wins; a bracket holding
    only a body is its lead; dates inside a title stay in the title;
F3. the same in a spreadsheet: merged period rows, "Bắt đầu | Kết thúc"
    left blank under them, "Thường xuyên" merged across both date columns.
"""

import io
import sys
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    closing_under,
    fill,
    opening,
    para,
)

OUT = HERE / "f37g"

COMMENT = """Set f37g (the time of a task given by the period group it sits
in), written before the importer was changed for it: {what}
Assumptions: a period row or heading ("Quý I/2026", "Tháng 10/2026", "6
tháng đầu năm 2026", "Tuần 1 (từ 05/01 đến 10/01/2027)") is no task; its
last day is the deadline of each task under it unless the task gives its
own day; a note that is no time ("Nhân dân hiến đất") is nothing;
"thường xuyên" ends on the plan year's last day."""


# --- F1 (.docx): a commune's table, quarters as merged rows ----------------

QUARTERS = [
    ("QUÝ I/2026 (từ tháng 01 đến hết tháng 3)", [
        ("Rà soát, đánh giá hiện trạng 19 tiêu chí xã nông thôn mới",
         "Văn phòng HĐND và UBND xã", "Các thôn", "", "2026-03-31"),
        ("Tuyên truyền Bộ tiêu chí xã nông thôn mới giai đoạn 2026 - 2030 trên "
         "loa truyền thanh", "Phòng Văn hóa - Xã hội xã", "", "", "2026-03-31"),
    ]),
    ("QUÝ II/2026", [
        ("Cứng hóa 1,2 km đường trục thôn Khuổi Mìn", "Ban quản lý xã",
         "Thôn Khuổi Mìn", "Nhân dân hiến đất, góp công", "2026-06-30"),
        ("Xây dựng 2 mô hình trồng cây ăn quả có múi theo VietGAP",
         "Hợp tác xã Nông nghiệp Bản Thi", "Hội Nông dân xã", "", "2026-06-30"),
    ]),
    ("QUÝ IV/2026", [
        ("Hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới",
         "Văn phòng HĐND và UBND xã", "Các ban, ngành đoàn thể xã",
         "Trước ngày 15/11/2026", "2026-11-15"),
        ("Tổng kết, đánh giá kết quả thực hiện kế hoạch năm 2026",
         "Văn phòng HĐND và UBND xã", "", "", "2026-12-31"),
    ]),
]  # fmt: skip

COLUMNS = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú"]


def _period_table(doc, groups):
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, COLUMNS, strict=True):
        fill(cell, [text], bold=True, center=True)
    n = 0
    tasks = []
    for period, rows in groups:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[4])
        fill(merged, [period], bold=True)
        for title, lead, partners, note, day in rows:
            n += 1
            cells = table.add_row().cells
            for cell, text in zip(cells, [str(n), title, lead, partners, note],
                                  strict=True):  # fmt: skip
                cell.text = text
            tasks.append(T(title, lead, [partners] if partners else [], day))
    return tasks


def quarters_docx():
    title = "Xây dựng xã Bản Thi đạt chuẩn nông thôn mới năm 2026"
    doc = opening(["ỦY BAN NHÂN DÂN", "XÃ BẢN THI", "Số: 14/KH-UBND"],
                  "Bản Thi, ngày 08 tháng 01 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Phấn đấu đến hết năm 2026 xã đạt chuẩn nông thôn mới.")
    para(doc, "II. NHIỆM VỤ VÀ THỜI GIAN THỰC HIỆN", bold=True)
    tasks = _period_table(doc, QUARTERS)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các cơ quan chủ trì báo cáo tiến độ về UBND xã vào ngày 25 hằng tháng.")
    closing_beside(doc, ["- UBND huyện (b/c);", "- Các thôn;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hoàng Văn Pháo"])  # fmt: skip
    head = hdr("14", "KH-UBND", "Bản Thi", "2026-01-08", title,
               "ỦY BAN NHÂN DÂN XÃ BẢN THI", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
               "Hoàng Văn Pháo", [], 3)  # fmt: skip
    return ("f37g-xa-ban-thi-theo-quy.docx", _save(doc), "a commune's Word plan: a "
            "task table with no time column whose merged rows are quarters; a 'Ghi "
            "chú' with a day ('Trước ngày 15/11/2026') or no time ('Nhân dân hiến "
            "đất, góp công').", head, tasks)  # fmt: skip


# --- F1 (.pdf): halves of the year and a month, printed ---------------------

HALVES = [
    ("6 THÁNG ĐẦU NĂM 2026", [
        ("Vận động hội viên đăng ký xây dựng gia đình 5 không 3 sạch",
         "Ban Thường vụ Hội Phụ nữ xã", "Các chi hội phụ nữ thôn", "", "2026-06-30"),
        ("Ra mắt mô hình tuyến đường hoa phụ nữ tự quản thôn Nà Pồng",
         "Chi hội Phụ nữ thôn Nà Pồng", "", "Hội viên góp cây, góp công",
         "2026-06-30"),
    ]),
    ("THÁNG 9/2026", [
        ("Tổ chức hội thi nấu ăn ngon từ sản phẩm OCOP của xã",
         "Ban Thường vụ Hội Phụ nữ xã", "Đoàn Thanh niên xã", "", "2026-09-30"),
    ]),
    ("6 THÁNG CUỐI NĂM 2026", [
        ("Hỗ trợ 5 hội viên nghèo vay vốn phát triển chăn nuôi",
         "Ban Thường vụ Hội Phụ nữ xã", "Ngân hàng Chính sách xã hội huyện",
         "Trước ngày 20/10/2026", "2026-10-20"),
        ("Tổng kết phong trào phụ nữ tham gia xây dựng nông thôn mới",
         "Ban Thường vụ Hội Phụ nữ xã", "", "", "2026-12-31"),
    ]),
]  # fmt: skip


def halves_pdf():
    title = "Hội Liên hiệp Phụ nữ xã tham gia xây dựng nông thôn mới năm 2026"
    doc = opening(["HỘI LHPN HUYỆN NA RÌ", "BAN CHẤP HÀNH HỘI LHPN XÃ CÔN MINH",
                   "Số: 05/KH-HPN"], "Côn Minh, ngày 15 tháng 01 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Phát huy vai trò của hội viên phụ nữ trong xây dựng nông thôn mới.")
    para(doc, "II. NỘI DUNG HOẠT ĐỘNG", bold=True)
    tasks = _period_table(doc, HALVES)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các chi hội báo cáo kết quả về Ban Thường vụ Hội hằng quý.")
    closing_under(doc, ["- Hội LHPN huyện (b/c);", "- Đảng ủy xã;", "- Lưu."],
                  ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Lương Thị Hoa"])  # fmt: skip
    head = hdr("05", "KH-HPN", "Côn Minh", "2026-01-15", title,
               "BAN CHẤP HÀNH HỘI LHPN XÃ CÔN MINH", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH",
               "Lương Thị Hoa", [], 3)  # fmt: skip
    return ("f37g-hoi-phu-nu-con-minh-ban-in.pdf", saved_as(_save(doc), "pdf"),
            "a Women's Union's plan printed to PDF: a task table with no time column "
            "whose merged rows are '6 THÁNG ĐẦU NĂM 2026', 'THÁNG 9/2026', '6 THÁNG "
            "CUỐI NĂM 2026'.", head, tasks)  # fmt: skip


# --- F2 (.odt and .txt): month headings over dash items ---------------------

MONTHS = [
    ("Tháng 10/2026", [
        ("- Tổ chức kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
         "(20/10/1930 - 20/10/2026) (Ban Thường vụ Hội thực hiện; các chi hội phối "
         "hợp).",
         T("Tổ chức kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
           "(20/10/1930 - 20/10/2026)", "Ban Thường vụ Hội", ["các chi hội"],
           "2026-10-31")),
        ("- Ra quân làm sạch kênh mương nội đồng (chi hội Vạn Xuân, Hương Nộn thực "
         "hiện).",
         T("Ra quân làm sạch kênh mương nội đồng", "chi hội Vạn Xuân, Hương Nộn", [],
           "2026-10-31")),
    ]),
    ("Tháng 11/2026", [
        ("- Tham gia Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (Ban Thường vụ "
         "Hội).",
         T("Tham gia Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
           "Ban Thường vụ Hội", [], "2026-11-30")),
    ]),
    ("Tháng 12/2026", [
        ("- Sơ kết mô hình nuôi cá ruộng lúa, xong trước ngày 15/12/2026 (Tổ hợp tác "
         "nuôi cá thôn Hương Nộn thực hiện; Ban Thường vụ Hội phối hợp).",
         T("Sơ kết mô hình nuôi cá ruộng lúa", "Tổ hợp tác nuôi cá thôn Hương Nộn",
           ["Ban Thường vụ Hội"], "2026-12-15")),
        ("- Tổng kết công tác Hội năm 2026 (Ban Thường vụ Hội thực hiện).",
         T("Tổng kết công tác Hội năm 2026", "Ban Thường vụ Hội", [], "2026-12-31")),
    ]),
    ("Quý I/2027", [
        ("- Vận động hội viên chuyển đổi 3 ha đất lúa sang trồng ngô sinh khối (các "
         "chi hội thực hiện; Hội Nông dân xã phối hợp).",
         T("Vận động hội viên chuyển đổi 3 ha đất lúa sang trồng ngô sinh khối",
           "các chi hội", ["Hội Nông dân xã"], "2027-03-31")),
    ]),
]  # fmt: skip


def months_odt():
    title = "Hoạt động của Hội Liên hiệp Phụ nữ xã Hương Nộn quý IV năm 2026"
    doc = opening(["HỘI LHPN HUYỆN TAM NÔNG", "BCH HỘI LHPN XÃ HƯƠNG NỘN",
                   "Số: 21/KH-HPN"], "Hương Nộn, ngày 28 tháng 9 năm 2026", title)  # fmt: skip
    a4(doc)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "Hoàn thành các chỉ tiêu công tác Hội năm 2026.")
    para(doc, "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN", bold=True)
    for k, (period, items) in enumerate(MONTHS):
        para(doc, period, bold=k % 2 == 0)
        for text, _ in items:
            para(doc, text, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc, "Các chi hội báo cáo kết quả về Ban Thường vụ Hội vào ngày 20 hằng tháng."
    )
    closing_under(doc, ["- Hội LHPN huyện (b/c);", "- Đảng ủy xã;", "- Lưu."],
                  ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "Đinh Thị Thu"])  # fmt: skip
    head = hdr("21", "KH-HPN", "Hương Nộn", "2026-09-28", title,
               "BCH HỘI LHPN XÃ HƯƠNG NỘN", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH",
               "Đinh Thị Thu", [], 3)  # fmt: skip
    tasks = [task for _, items in MONTHS for _, task in items]
    return ("f37g-hoi-phu-nu-huong-non.odt", saved_as(_save(doc), "odt"), "a Women's "
            "Union's plan saved as .odt: month and quarter headings (bold or not) "
            "over dash items '- <work> (<Body> thực hiện; <Body> phối hợp).', an "
            "item's own day, a bracket holding only a body, a title holding dates.",
            head, tasks)  # fmt: skip


WEEKS = [
    ("Tuần 1 (từ 05/01 đến 10/01/2027)", [
        ("- Kiểm tra, đánh giá hiện trạng hệ thống đèn chiếu sáng đường thôn (Ban "
         "phát triển thôn thực hiện; Chi đoàn thanh niên thôn phối hợp).",
         T("Kiểm tra, đánh giá hiện trạng hệ thống đèn chiếu sáng đường thôn",
           "Ban phát triển thôn", ["Chi đoàn thanh niên thôn"], "2027-01-10")),
        ("- Họp dân thống nhất mức đóng góp làm đường (Trưởng thôn thực hiện).",
         T("Họp dân thống nhất mức đóng góp làm đường", "Trưởng thôn", [],
           "2027-01-10")),
    ]),
    ("Tuần 2 (từ 12/01 đến 17/01/2027)", [
        ("- Thay mới 40 bóng đèn LED trên trục đường thôn, xong trước ngày 15/01/2027 "
         "(Tổ điện thôn thực hiện).",
         T("Thay mới 40 bóng đèn LED trên trục đường thôn", "Tổ điện thôn", [],
           "2027-01-15")),
        ("- Tổng vệ sinh đường làng đón Tết (Chi hội Phụ nữ thôn thực hiện; Chi hội "
         "Cựu chiến binh thôn phối hợp).",
         T("Tổng vệ sinh đường làng đón Tết", "Chi hội Phụ nữ thôn",
           ["Chi hội Cựu chiến binh thôn"], "2027-01-17")),
    ]),
]  # fmt: skip


def weeks_txt():
    title = "Ra quân chỉnh trang thôn Vạn Xuân đón Tết Đinh Mùi 2027"
    lines = [
        "UBND XÃ HƯƠNG NỘN",
        "BAN PHÁT TRIỂN THÔN VẠN XUÂN",
        "Số: 01/KH-BPT",
        "Vạn Xuân, ngày 02 tháng 01 năm 2027",
        "",
        "KẾ HOẠCH",
        title,
        "",
        "I. MỤC ĐÍCH",
        "Thôn sạch, đẹp, an toàn đón Tết.",
        "II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN",
    ]
    for period, items in WEEKS:
        lines.append(period)
        lines.extend(text for text, _ in items)
    lines += [
        "III. TỔ CHỨC THỰC HIỆN",
        "Trưởng thôn báo cáo kết quả về UBND xã trước ngày 20/01/2027.",
        "",
        "Nơi nhận:",
        "- UBND xã (b/c);",
        "- Các hộ trong thôn;",
        "- Lưu.",
        "TM. BAN PHÁT TRIỂN THÔN",
        "TRƯỞNG BAN",
        "Phùng Văn Lợi",
        "",
    ]
    head = hdr("01", "KH-BPT", "Vạn Xuân", "2027-01-02", title,
               "BAN PHÁT TRIỂN THÔN VẠN XUÂN", "TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN",
               "Phùng Văn Lợi", [], 3)  # fmt: skip
    tasks = [task for _, items in WEEKS for _, task in items]
    return ("f37g-thon-van-xuan-theo-tuan.txt", "\n".join(lines), "a village's plan "
            "as plain text: week headings 'Tuần 1 (từ 05/01 đến 10/01/2027)' over "
            "dash items, an item's own day.", head, tasks)  # fmt: skip


# --- F3 (.xlsx): merged period rows, blank date columns ---------------------

SHEET = [
    ("QUÝ I/2026", [
        ("Khảo sát nhu cầu học nghề của lao động nông thôn",
         "Trung tâm Giáo dục nghề nghiệp huyện", "UBND các xã", None, "2026-03-31"),
    ]),
    ("QUÝ II/2026", [
        ("Mở 6 lớp đào tạo nghề may công nghiệp", "Trung tâm Giáo dục nghề nghiệp huyện",
         "Phòng Nông nghiệp và Môi trường huyện", None, "2026-06-30"),
        ("Giới thiệu việc làm cho học viên sau đào tạo", "Phòng Nội vụ huyện",
         "Các doanh nghiệp trên địa bàn", "Thường xuyên", "2026-12-31"),
    ]),
    ("QUÝ III/2026", [
        ("Đánh giá hiệu quả đào tạo nghề năm 2026", "Phòng Nội vụ huyện", "", None,
         "2026-09-30"),
    ]),
]  # fmt: skip


def sheet_xlsx():
    title = "Đào tạo nghề cho lao động nông thôn huyện Tam Nông năm 2026"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nhiệm vụ"
    top = [
        ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("HUYỆN TAM NÔNG", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 112/KH-UBND", "Tam Nông, ngày 20 tháng 01 năm 2026"),
        ("KẾ HOẠCH", None),
        (title, None),
    ]
    for r, (left, right) in enumerate(top, 1):
        ws.cell(row=r, column=1, value=left)
        if right:
            ws.cell(row=r, column=5, value=right)
    head = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Bắt đầu",
            "Kết thúc"]  # fmt: skip
    for c, text in enumerate(head, 1):
        ws.cell(row=7, column=c, value=text)
    r, n, tasks = 8, 0, []
    for period, rows in SHEET:
        ws.cell(row=r, column=1, value=period)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for title_, lead, partners, when, day in rows:
            n += 1
            for c, value in enumerate([n, title_, lead, partners], 1):
                if value:
                    ws.cell(row=r, column=c, value=value)
            if when:
                ws.cell(row=r, column=5, value=when)
                ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
            tasks.append(T(title_, lead, [partners] if partners else [], day))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Nơi nhận:")
    ws.cell(row=r + 1, column=1, value="- UBND tỉnh (b/c);")
    ws.cell(row=r + 2, column=1, value="- Lưu: VT.")
    for k, text in enumerate(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", None, "Hà Văn Bảy"]):
        if text:
            ws.cell(row=r + k, column=5, value=text)
    buffer = io.BytesIO()
    wb.save(buffer)
    header = hdr("112", "KH-UBND", "Tam Nông", "2026-01-20", title,
                 "ỦY BAN NHÂN DÂN HUYỆN TAM NÔNG", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Hà Văn Bảy", [], 2)  # fmt: skip
    return ("f37g-huyen-tam-nong-dao-tao-nghe.xlsx", buffer.getvalue(), "a district's "
            "sheet: merged quarter rows, 'Bắt đầu | Kết thúc' blank under them, "
            "'Thường xuyên' merged across both date columns.", header, tasks)  # fmt: skip


def _save(doc) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def main():
    OUT.mkdir(exist_ok=True)
    for make in (quarters_docx, halves_pdf, months_odt, weeks_txt, sheet_xlsx):
        name, data, what, head, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
