"""Writes round 32t's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round32t.py

Round 32t varies two families a blind hold-out (round 32) missed, each
written here from its description before the importer was changed:

T1. A task table whose columns are named in the plain words villages and
    unions use, not an office's ("Việc cần làm | Ai làm chính | Ai cùng
    làm | Người theo dõi | Bắt đầu | Xong trước"; "Công việc | Người làm |
    Cùng làm | Theo dõi | Từ ngày | Đến ngày"; "Việc làm | Ai làm | Ai giúp
    | Người phụ trách | Khi nào xong"; "Hạn", "Hạn chót", "Ngày xong"), in
    a Markdown table, Word, a spreadsheet, a PDF, a .txt of tab-separated
    cells; the first column not always "STT"; a person with a post in
    brackets ("Giàng Seo Páo (Trưởng thôn)"), "thường xuyên"/"hằng
    tháng" deadlines.
T2. A commune's Word (and .odt) table whose leader column ("Lãnh đạo phụ
    trách", "Lãnh đạo chỉ đạo") is merged down over the tasks a leader
    follows ("Đ/c Hà Văn Khum - PCT UBND xã"): the merged cell's person is
    every spanned task's official.
T3. A header pasted from Zalo whose two columns run together on one line
    apart by spaces ("BCH HỘI NÔNG DÂN XÃ CAM THÀNH <spaces> Độc lập - Tự
    do - Hạnh phúc"): the issuer is the left column alone.
"""

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import expected  # noqa: E402
import openpyxl  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, hdr  # noqa: E402
from word_writer import (  # noqa: E402
    closing_beside,
    fill,
    fixed_widths,
    opening,
    para,
    save,
)

OUT = HERE / "round32t"

COMMENT = """Round 32t (task tables in plain words; a leader's merged column),
written before the importer was changed for it: {what}
Assumptions: each table row is a task; the "who does it" column leads, the
"with whom" column's units (split at ";" or ",") are the partners, the
"who follows" column (or the leader's) names the official (the name
measured, a post in brackets or after "-" no part of it); "thường xuyên",
"hằng tháng", "cả năm" end on the plan year's last day; a month ends on
its last day, a quarter on its last."""


def header(*fields):
    """Round 32's header fields (number … signer), no basis, two recipients."""
    return hdr(*fields, [], 2)


def stacked_text(
    issuer_lines, number, place_date, title, intro, heads, rows, tail, sign
):
    """A plan as plain lines (Markdown or a Zalo paste): the issuer, the
    number, the motto, the date, the title, then a table of `heads` and
    `rows` (pipes for Markdown when `tail` is "md", else tabs)."""
    out = [*issuer_lines, f"Số: {number}", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "Độc lập - Tự do - Hạnh phúc", "", place_date, "", "KẾ HOẠCH", title, "",
           *intro, ""]  # fmt: skip
    if tail == "md":
        out.append("| " + " | ".join(heads) + " |")
        out.append("|" + "---|" * len(heads))
        out += ["| " + " | ".join(row) + " |" for row in rows]
    else:
        out += ["\t".join(heads), *["\t".join(row) for row in rows]]
    out += ["", "III. TỔ CHỨC THỰC HIỆN",
            "Người theo dõi từng việc đôn đốc, báo cáo kết quả vào cuối mỗi quý.", "",
            "Nơi nhận:", "- UBND xã (b/c);", "- Lưu.", "", *sign, ""]  # fmt: skip
    return "\n".join(out)


# --- T1 (.md): a Tày village, no number column ------------------------------

VILLAGE_MD = [
    ("Bê tông hóa 600 m đường ngõ xóm Bản Chang", "Tổ xây dựng thôn",
     "Các hộ hưởng lợi", "Hoàng Văn Sình (Trưởng thôn)", "01/4/2027", "30/6/2027",
     T("Bê tông hóa 600 m đường ngõ xóm Bản Chang", "Tổ xây dựng thôn",
       ["Các hộ hưởng lợi"], "2027-06-30", "2027-04-01", "Hoàng Văn Sình")),
    ("Trồng 500 cây hồi trên đồi Pác Giáo", "Chi hội Nông dân thôn",
     "Chi đoàn thanh niên thôn, Tổ hợp tác trồng hồi", "Nông Văn Tài", "", "tháng 9/2027",
     T("Trồng 500 cây hồi trên đồi Pác Giáo", "Chi hội Nông dân thôn",
       ["Chi đoàn thanh niên thôn", "Tổ hợp tác trồng hồi"], "2027-09-30",
       official="Nông Văn Tài")),
    ("Giữ vệ sinh nguồn nước khe Nặm Rằng", "Chi hội Phụ nữ thôn", "Các hộ gia đình",
     "Lương Thị Hoa (Chi hội trưởng)", "", "thường xuyên",
     T("Giữ vệ sinh nguồn nước khe Nặm Rằng", "Chi hội Phụ nữ thôn",
       ["Các hộ gia đình"], "2027-12-31", official="Lương Thị Hoa")),
    ("Tập hát then, đàn tính cho thanh thiếu niên", "Câu lạc bộ văn nghệ thôn",
     "Người có uy tín trong thôn", "", "15/5/2027", "Quý III/2027",
     T("Tập hát then, đàn tính cho thanh thiếu niên", "Câu lạc bộ văn nghệ thôn",
       ["Người có uy tín trong thôn"], "2027-09-30", "2027-05-15")),
]  # fmt: skip


def village_md():
    title = "Xây dựng thôn Nà Khoang sáng - xanh - sạch - đẹp năm 2027"
    heads = ["Công việc", "Người làm", "Cùng làm", "Theo dõi", "Từ ngày", "Đến ngày"]
    text = stacked_text(
        ["UBND XÃ THANH SƠN", "**BAN PHÁT TRIỂN THÔN NÀ KHOANG**"],
        "05/KH-BPT",
        "*Nà Khoang, ngày 10 tháng 3 năm 2027*",
        f"# KẾ HOẠCH\n\n## {title}",
        ["### I. Việc cần làm và người làm"],
        heads,
        [row[:6] for row in VILLAGE_MD],
        "md",
        ["**TM. BAN PHÁT TRIỂN THÔN**", "**TRƯỞNG BAN**", "", "**Hoàng Văn Sình**"],
    ).replace("KẾ HOẠCH\n# KẾ HOẠCH", "# KẾ HOẠCH")
    head = header("05", "KH-BPT", "Nà Khoang", "2027-03-10", title,
                  "BAN PHÁT TRIỂN THÔN NÀ KHOANG", "TM. BAN PHÁT TRIỂN THÔN",
                  "TRƯỞNG BAN", "Hoàng Văn Sình")  # fmt: skip
    return ("r32t-thon-na-khoang-cong-viec.md", text, "a Tày village's Markdown "
            "table with no number column: Công việc | Người làm | Cùng làm | Theo dõi | "
            "Từ ngày | Đến ngày.", head, [row[6] for row in VILLAGE_MD])  # fmt: skip


# --- T1 (.txt): a youth branch's table pasted from a sheet, tabs --------------

YOUTH_TXT = [
    ("Dọn sạch cỏ rác 2 km kênh mương nội đồng", "Chi đoàn ấp Bến Đình",
     "Hội Nông dân ấp", "Nguyễn Thanh Phong", "30/4/2027",
     T("Dọn sạch cỏ rác 2 km kênh mương nội đồng", "Chi đoàn ấp Bến Đình",
       ["Hội Nông dân ấp"], "2027-04-30", official="Nguyễn Thanh Phong")),
    ("Thắp sáng 1,5 km đường quê bằng đèn năng lượng mặt trời", "Chi đoàn ấp Bến Đình",
     "Các hộ hai bên đường; Ban nhân dân ấp", "Trần Thị Bích Ngọc (Bí thư chi đoàn)",
     "tháng 8/2027",
     T("Thắp sáng 1,5 km đường quê bằng đèn năng lượng mặt trời", "Chi đoàn ấp Bến Đình",
       ["Các hộ hai bên đường", "Ban nhân dân ấp"], "2027-08-31",
       official="Trần Thị Bích Ngọc")),
    ("Trực cổng trường giờ tan học, nhắc học sinh đội mũ bảo hiểm", "Đội thanh niên tình nguyện",
     "Công an xã", "Nguyễn Thanh Phong", "hằng tháng",
     T("Trực cổng trường giờ tan học, nhắc học sinh đội mũ bảo hiểm",
       "Đội thanh niên tình nguyện", ["Công an xã"], "2027-12-31",
       official="Nguyễn Thanh Phong")),
]  # fmt: skip


def youth_txt():
    title = "Ra quân thanh niên tình nguyện vì ấp nông thôn mới năm 2027"
    heads = ["Việc", "Ai thực hiện", "Ai hỗ trợ", "Ai theo dõi", "Khi nào xong"]
    text = stacked_text(
        ["ĐOÀN TNCS HỒ CHÍ MINH XÃ MỸ AN", "CHI ĐOÀN ẤP BẾN ĐÌNH"],
        "07-KH/CĐ",
        "Bến Đình, ngày 02 tháng 4 năm 2027",
        title,
        ["I. NHỮNG VIỆC CẦN LÀM"],
        heads,
        [row[:5] for row in YOUTH_TXT],
        "txt",
        ["TM. BAN CHẤP HÀNH CHI ĐOÀN", "BÍ THƯ", "", "Trần Thị Bích Ngọc"],
    )
    head = header("07", "KH/CĐ", "Bến Đình", "2027-04-02", title,
                  "CHI ĐOÀN ẤP BẾN ĐÌNH", "TM. BAN CHẤP HÀNH CHI ĐOÀN", "BÍ THƯ",
                  "Trần Thị Bích Ngọc")  # fmt: skip
    return ("r32t-chi-doan-ben-dinh-zalo.txt", text, "a youth branch's table pasted "
            "into a .txt with tabs, no number column: Việc | Ai thực hiện | Ai hỗ trợ | "
            "Ai theo dõi | Khi nào xong.", head, [row[5] for row in YOUTH_TXT])  # fmt: skip


# --- T1 (.docx, .pdf): a women's branch, STT then plain words -----------------

WOMEN = [
    ("Vận động 40 hội viên tham gia bảo hiểm y tế hộ gia đình", "Chi hội Phụ nữ thôn Đông",
     "Y tế thôn", "Phạm Thị Lan", "Quý II/2027",
     T("Vận động 40 hội viên tham gia bảo hiểm y tế hộ gia đình",
       "Chi hội Phụ nữ thôn Đông", ["Y tế thôn"], "2027-06-30", official="Phạm Thị Lan")),
    ("Trồng 300 m hàng rào hoa dâm bụt đường làng", "Tổ phụ nữ tự quản",
     "Chi đoàn thôn, Chi hội Cựu chiến binh", "Vũ Thị Hằng (Tổ trưởng)", "15/10/2027",
     T("Trồng 300 m hàng rào hoa dâm bụt đường làng", "Tổ phụ nữ tự quản",
       ["Chi đoàn thôn", "Chi hội Cựu chiến binh"], "2027-10-15",
       official="Vũ Thị Hằng")),
    ("Phân loại rác tại nguồn ở 120 hộ", "Chi hội Phụ nữ thôn Đông", "Các hộ gia đình",
     "Phạm Thị Lan", "thường xuyên",
     T("Phân loại rác tại nguồn ở 120 hộ", "Chi hội Phụ nữ thôn Đông",
       ["Các hộ gia đình"], "2027-12-31", official="Phạm Thị Lan")),
]  # fmt: skip


def headed_table(doc, heads):
    """A ruled Word table whose first row is `heads`, in bold."""
    table = doc.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        fill(cell, text, bold=True, center=True)
    return table


def women_doc(heads):
    title = "Hội viên phụ nữ chung tay xây dựng thôn Đông kiểu mẫu năm 2027"
    doc = opening(
        ["HỘI LHPN XÃ GIAO THỦY", "CHI HỘI PHỤ NỮ THÔN ĐÔNG", "Số: 04/KH-CHPN"],
        "Thôn Đông, ngày 05 tháng 3 năm 2027",
        title,
    )
    para(doc, "I. PHÂN CÔNG CÁC VIỆC", bold=True)
    table = headed_table(doc, heads)
    for n, row in enumerate(WOMEN, 1):
        for cell, text in zip(table.add_row().cells, [str(n), *row[:5]], strict=True):
            fill(cell, text)
    fixed_widths(table, [1.0, 5.0, 3.0, 3.0, 3.0, 2.5])
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Chi hội trưởng theo dõi, báo cáo Hội LHPN xã vào cuối mỗi quý.")
    closing_beside(doc, ["- Hội LHPN xã (b/c);", "- Lưu."],
                   ["TM. CHI HỘI PHỤ NỮ", "CHI HỘI TRƯỞNG", "", "", "Phạm Thị Lan"])  # fmt: skip
    head = header("04", "KH-CHPN", "Thôn Đông", "2027-03-05", title,
                  "CHI HỘI PHỤ NỮ THÔN ĐÔNG", "TM. CHI HỘI PHỤ NỮ", "CHI HỘI TRƯỞNG",
                  "Phạm Thị Lan")  # fmt: skip
    return save(doc), head, [row[5] for row in WOMEN]


def women_docx():
    heads = ["STT", "Việc làm", "Ai làm", "Ai giúp", "Người phụ trách", "Khi nào xong"]
    data, head, tasks = women_doc(heads)
    return ("r32t-chi-hoi-phu-nu-thon-dong.docx", data, "a women's branch's Word table: "
            "STT | Việc làm | Ai làm | Ai giúp | Người phụ trách | Khi nào xong.", head,
            tasks)  # fmt: skip


def women_pdf():
    heads = ["TT", "Những việc cần làm", "Người làm chính", "Người giúp", "Người đôn đốc",
             "Hạn"]  # fmt: skip
    data, head, tasks = women_doc(heads)
    return ("r32t-chi-hoi-phu-nu-thon-dong-ban-in.pdf", saved_as(data, "pdf"),
            "the same women's branch's plan as a PDF, other plain words: TT | Những việc "
            "cần làm | Người làm chính | Người giúp | Người đôn đốc | Hạn.", head, tasks)  # fmt: skip


# --- T1 (.xlsx): a farmers' branch's sheet ------------------------------------

FARMERS = [
    ("Cải tạo 3 ha vườn tạp sang trồng bưởi Diễn", "Tổ hợp tác trồng bưởi",
     "Hội Nông dân xã; Trạm khuyến nông", "Đinh Văn Quý", "01/02/2027", "31/5/2027",
     T("Cải tạo 3 ha vườn tạp sang trồng bưởi Diễn", "Tổ hợp tác trồng bưởi",
       ["Hội Nông dân xã", "Trạm khuyến nông"], "2027-05-31", "2027-02-01", "Đinh Văn Quý")),
    ("Làm 12 hầm biogas cho hộ chăn nuôi lợn", "Chi hội Nông dân xóm 3", "Các hộ chăn nuôi",
     "Bùi Thị Nụ (Chi hội phó)", "", "Quý III/2027",
     T("Làm 12 hầm biogas cho hộ chăn nuôi lợn", "Chi hội Nông dân xóm 3",
       ["Các hộ chăn nuôi"], "2027-09-30", official="Bùi Thị Nụ")),
    ("Mở lớp tập huấn nuôi ong lấy mật", "Chi hội Nông dân xóm 3", "Trạm khuyến nông",
     "Đinh Văn Quý", "tháng 6/2027", "tháng 7/2027",
     T("Mở lớp tập huấn nuôi ong lấy mật", "Chi hội Nông dân xóm 3", ["Trạm khuyến nông"],
       "2027-07-31", "2027-06-01", "Đinh Văn Quý")),
]  # fmt: skip


def farmers_xlsx():
    title = "Phát triển kinh tế vườn, kinh tế trang trại năm 2027"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch 2027"
    lines = [
        ("HỘI NÔNG DÂN XÃ LẠC SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("CHI HỘI NÔNG DÂN XÓM 3", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 02/KH-CHND", "Xóm 3, ngày 15 tháng 01 năm 2027"),
        ("KẾ HOẠCH", None),
        (title, None),
    ]
    for r, (left, right) in enumerate(lines, 1):
        ws.cell(row=r, column=1, value=left)
        if right:
            ws.cell(row=r, column=5, value=right)
    heads = ["TT", "Việc cần làm", "Ai làm chính", "Ai hỗ trợ", "Ai theo dõi", "Bắt đầu",
             "Hạn chót"]  # fmt: skip
    for c, text in enumerate(heads, 1):
        ws.cell(row=7, column=c, value=text)
    for r, row in enumerate(FARMERS, 8):
        for c, text in enumerate([r - 7, *row[:6]], 1):
            ws.cell(row=r, column=c, value=text or None)
    end = 8 + len(FARMERS) + 1
    for r, text in enumerate(
        ["TM. BAN CHI HỘI", "CHI HỘI TRƯỞNG", "", "Đinh Văn Quý"], end
    ):
        ws.cell(row=r, column=5, value=text or None)
    ws.cell(row=end, column=1, value="Nơi nhận:")
    ws.cell(row=end + 1, column=1, value="- Hội Nông dân xã;")
    ws.cell(row=end + 2, column=1, value="- Lưu.")
    buffer = io.BytesIO()
    wb.save(buffer)
    head = header("02", "KH-CHND", "Xóm 3", "2027-01-15", title, "CHI HỘI NÔNG DÂN XÓM 3",
                  "TM. BAN CHI HỘI", "CHI HỘI TRƯỞNG", "Đinh Văn Quý")  # fmt: skip
    return ("r32t-chi-hoi-nong-dan-xom-3.xlsx", buffer.getvalue(), "a farmers' branch's "
            "sheet: TT | Việc cần làm | Ai làm chính | Ai hỗ trợ | Ai theo dõi | Bắt đầu | "
            "Hạn chót.", head, [row[6] for row in FARMERS])  # fmt: skip


# --- T2 (.docx, .odt): a commune's leader column merged down -------------------

LEADERS = [
    ("Kiên cố hóa 900 m kênh mương bản Pù Quăn", "Phòng Kinh tế", "Bản Pù Quăn",
     "Quý II/2027", "Đ/c Hà Văn Khum - PCT UBND xã",
     T("Kiên cố hóa 900 m kênh mương bản Pù Quăn", "Phòng Kinh tế", ["Bản Pù Quăn"],
       "2027-06-30", official="Hà Văn Khum")),
    ("Sửa chữa cầu treo bản Lát", "Ban Quản lý dự án xã", "Bản Lát", "Quý III/2027", None,
     T("Sửa chữa cầu treo bản Lát", "Ban Quản lý dự án xã", ["Bản Lát"], "2027-09-30",
       official="Hà Văn Khum")),
    ("Hỗ trợ 25 hộ nuôi bò sinh sản", "Phòng Kinh tế", "Hội Nông dân xã", "Quý III/2027",
     None,
     T("Hỗ trợ 25 hộ nuôi bò sinh sản", "Phòng Kinh tế", ["Hội Nông dân xã"],
       "2027-09-30", official="Hà Văn Khum")),
    ("Duy trì lớp học xóa mù chữ cho phụ nữ người Mông", "Phòng Văn hóa - Xã hội",
     "Trường PTDTBT Tiểu học Mường Lát", "Tháng 12/2027",
     "Đ/c Lò Thị Ón - PCT UBND xã",
     T("Duy trì lớp học xóa mù chữ cho phụ nữ người Mông", "Phòng Văn hóa - Xã hội",
       ["Trường PTDTBT Tiểu học Mường Lát"], "2027-12-31", official="Lò Thị Ón")),
    ("Tổ chức Ngày hội văn hóa các dân tộc xã", "Phòng Văn hóa - Xã hội",
     "Các bản; Đoàn Thanh niên xã", "Tháng 9/2027", None,
     T("Tổ chức Ngày hội văn hóa các dân tộc xã", "Phòng Văn hóa - Xã hội",
       ["Các bản", "Đoàn Thanh niên xã"], "2027-09-30", official="Lò Thị Ón")),
]  # fmt: skip


def commune_leaders(head_leader):
    title = "Thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2027"
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ MƯỜNG LÁT", "Số: 27/KH-UBND"],
        "Mường Lát, ngày 12 tháng 3 năm 2027",
        title,
    )
    para(doc, "I. NHIỆM VỤ CỤ THỂ", bold=True)
    heads = ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", head_leader]
    table = headed_table(doc, heads)
    top = 0
    for n, row in enumerate(LEADERS, 1):
        cells = table.add_row().cells
        r = len(table.rows) - 1
        for cell, text in zip(cells, [str(n), *row[:5]], strict=True):
            fill(cell, text or "")
        if row[4] is None:
            merged = table.cell(top, 5).merge(table.cell(r, 5))
            fill(merged, table.cell(top, 5).text.split("\n")[0])
        else:
            top = r
    fixed_widths(table, [1.0, 6.0, 3.0, 3.0, 2.2, 3.3])
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các bộ phận được giao báo cáo kết quả về UBND xã trước ngày 15/12/2027.")
    closing_beside(doc, ["- UBND tỉnh (b/c);", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Giàng A Dơ"])  # fmt: skip
    head = expected.commune_header(
        "Mường Lát", "27", "2027-03-12", title, "Giàng A Dơ", 2
    )
    return save(doc), head, [row[5] for row in LEADERS]


def leaders_docx():
    data, head, tasks = commune_leaders("Lãnh đạo chỉ đạo")
    return ("r32t-xa-muong-lat-lanh-dao-chi-dao.docx", data, "a commune's Word table "
            "whose 'Lãnh đạo chỉ đạo' cells are merged down over the tasks each Vice-"
            "Chairman follows ('Đ/c Hà Văn Khum - PCT UBND xã').", head, tasks)  # fmt: skip


def leaders_odt():
    data, head, tasks = commune_leaders("Lãnh đạo UBND xã phụ trách")
    return ("r32t-xa-muong-lat-lanh-dao-phu-trach.odt", saved_as(data, "odt"),
            "the same commune's table saved as .odt, its 'Lãnh đạo UBND xã phụ trách' "
            "cells merged down.", head, tasks)  # fmt: skip


# --- T1 (.txt): a farmers' union pasted from Zalo, the header's columns on
# one line apart by spaces, a tab table in plain words --------------------------

ZALO = [
    ("Nạo vét 3 km kênh mương nội đồng xứ Cồn Trấm", "Chi hội Nông dân thôn An Mỹ",
     "Tổ dịch vụ thủy lợi", "Lê Văn Tám (Chi hội trưởng)", "tháng 4/2027",
     T("Nạo vét 3 km kênh mương nội đồng xứ Cồn Trấm", "Chi hội Nông dân thôn An Mỹ",
       ["Tổ dịch vụ thủy lợi"], "2027-04-30", official="Lê Văn Tám")),
    ("Chuyển 5 ha lúa kém hiệu quả sang trồng dưa hấu", "Tổ hợp tác Cam Thành",
     "Trạm khuyến nông; HTX Cam Thành", "Nguyễn Thị Sen", "30/6/2027",
     T("Chuyển 5 ha lúa kém hiệu quả sang trồng dưa hấu", "Tổ hợp tác Cam Thành",
       ["Trạm khuyến nông", "HTX Cam Thành"], "2027-06-30", official="Nguyễn Thị Sen")),
]  # fmt: skip


def zalo_txt():
    title = "Ra quân làm thủy lợi nội đồng năm 2027"
    rows = "\n".join("\t".join(row[:5]) for row in ZALO)
    text = f"""[02/03/2027 20:14] Lê Văn Tám:
Gửi các đ/c chi hội trưởng kế hoạch, đọc kỹ nhé

HỘI NÔNG DÂN HUYỆN CAM LỘ          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH HỘI NÔNG DÂN XÃ CAM THÀNH            Độc lập - Tự do - Hạnh phúc
   Số:  05/KH-HND                  Cam Thành, ngày 02 tháng 3 năm 2027

KẾ HOẠCH
{title}

I. VIỆC CẦN LÀM
Việc làm\tAi làm chính\tCùng làm\tNgười theo dõi\tXong trước
{rows}

II. TỔ CHỨC THỰC HIỆN
Các chi hội báo cáo kết quả về Ban Thường vụ Hội.

Nơi nhận:
- Hội ND huyện (b/c);
- Lưu.
TM. BAN CHẤP HÀNH
CHỦ TỊCH
Lê Văn Tám
"""
    head = header("05", "KH-HND", "Cam Thành", "2027-03-02", title,
                  "BCH HỘI NÔNG DÂN XÃ CAM THÀNH", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH",
                  "Lê Văn Tám")  # fmt: skip
    return ("r32t-hoi-nong-dan-cam-thanh-zalo.txt", text, "a farmers' union's plan "
            "pasted from Zalo: the header's two columns on one line apart by spaces "
            "(issuer beside the motto, number beside the date), a tab table: Việc làm | "
            "Ai làm chính | Cùng làm | Người theo dõi | Xong trước.", head,
            [row[5] for row in ZALO])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (village_md, youth_txt, women_docx, women_pdf, farmers_xlsx,
                 leaders_docx, leaders_odt, zalo_txt):  # fmt: skip
        name, data, what, head, tasks = make()
        expected.write(OUT, name, data, COMMENT.format(what=what), head, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
