"""Writes set f39v's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_f39v.py

Set f39v: three families the importer read badly, written here before it
was changed for them:

F1. a task table grouped by village: the village's cell ("Chi bộ thôn
    Trung Tiến", "Thôn Đông Hạ", "Ấp Tân Phú") and its official's cell
    ("Đ/c Phan Văn Tuấn, Phó Bí thư Thường trực Đảng ủy") merged down over
    the village's numbered task rows (.doc, .docx, .xlsx); a task written in
    "TỔ CHỨC THỰC HIỆN"; an authority in three lines ("T/M ĐẢNG ỦY" /
    "K/T BÍ THƯ" / "PHÓ BÍ THƯ");
F2. the tasks in an appendix after the signature ("PHỤ LỤC" / "(Kèm theo
    Kế hoạch số …)"), Roman-numbered criterion group rows over them, and
    "Sản phẩm đầu ra" and "Kinh phí" columns (.docx, .odt);
F3. a cooperative's road-map table, one column per year, each year's cell a
    milestone or empty (.pdf from LibreOffice, .xlsx).
"""

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import openpyxl  # noqa: E402
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.shared import Cm  # noqa: E402
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round32 import T, body, hdr, head, new_doc, title_block  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    closing_under,
    fill,
    fixed_widths,
    para,
    save,
)

OUT = HERE / "f39v"

COMMENT = """Set f39v (a task table grouped by village with merged cells; an
appendix's task table under criterion group rows; a road-map table with one
column per year), written before the importer was changed for it: {what}
Assumptions: a village's cell merged down over its rows is every row's lead,
and the official's cell every row's official (the name only, without "Đ/c"
and the post); a unit "chủ trì" in "Tổ chức thực hiện" is a task, a unit
that only follows the plan ("theo dõi, đôn đốc, tổng hợp") is not; a
Roman-numbered group row is no task; "Sản phẩm đầu ra" and "Kinh phí" are
neither partners nor the title; a road map's deadline is the 31/12 of its
last year with a milestone, its start the 01/01 of its first such year when
that year comes after the plan's own; a month's or a quarter's last day is
the deadline, its first day the start."""


def merged_table(doc, head_cells, groups, widths, *, merged=(0, 2)):
    """A ruled table whose `merged` columns hold one cell per group, merged
    down over the group's rows; `groups` is a list of (cells of the merged
    columns, rows of the other columns)."""
    n = sum(len(rows) for _, rows in groups)
    t = doc.add_table(rows=1 + n, cols=len(head_cells))
    t.style = "Table Grid"
    for i, text in enumerate(head_cells):
        fill(t.rows[0].cells[i], text, bold=True, center=True)
    r = 1
    for outer, rows in groups:
        for k, row in enumerate(rows):
            values = iter(row)
            for c in range(len(head_cells)):
                if c not in merged:
                    fill(t.cell(r + k, c), next(values))
        for c, text in zip(merged, outer, strict=True):
            cell = t.cell(r, c).merge(t.cell(r + len(rows) - 1, c))
            fill(cell, text)
        r += len(rows)
    fixed_widths(t, widths)
    return t


# --- F1 (.doc): a Party committee's plan, tasks grouped by village ---------

TRUNG_TIEN = "Chi bộ thôn Trung Tiến"
TUAN = "Đ/c Phan Văn Tuấn, Phó Bí thư Thường trực Đảng ủy"
DONG_LAM = "Chi bộ thôn Đông Lâm"
HANG = "Đ/c Hoàng Thị Hằng, Đảng ủy viên, Chủ tịch Hội Phụ nữ xã"
BAI_SAY = "Chi bộ thôn Bãi Sậy"
KHANH = "Đ/c Lê Quốc Khánh, Ủy viên Ban Thường vụ Đảng ủy"

QUANG_HOA = [
    ((TRUNG_TIEN, TUAN), [
        ("1. Hoàn thành chỉnh trang 1,2 km hàng rào xanh, cổng ngõ", "Tháng 6/2026",
         T("Hoàn thành chỉnh trang 1,2 km hàng rào xanh, cổng ngõ", TRUNG_TIEN, [],
           "2026-06-30", "2026-06-01", "Phan Văn Tuấn")),
        ("2. Vận động 100% hộ gia đình phân loại rác thải tại nguồn", "Quý III/2026",
         T("Vận động 100% hộ gia đình phân loại rác thải tại nguồn", TRUNG_TIEN, [],
           "2026-09-30", "2026-07-01", "Phan Văn Tuấn")),
        ("3. Xây dựng 02 tuyến đường hoa kiểu mẫu", "30/10/2026",
         T("Xây dựng 02 tuyến đường hoa kiểu mẫu", TRUNG_TIEN, [], "2026-10-30",
           official="Phan Văn Tuấn")),
    ]),
    ((DONG_LAM, HANG), [
        ("1. Cải tạo 15 vườn hộ đạt chuẩn vườn mẫu", "Quý II/2026",
         T("Cải tạo 15 vườn hộ đạt chuẩn vườn mẫu", DONG_LAM, [], "2026-06-30",
           "2026-04-01", "Hoàng Thị Hằng")),
        ("2. Thành lập tổ phụ nữ tự quản vệ sinh môi trường", "Tháng 4/2026",
         T("Thành lập tổ phụ nữ tự quản vệ sinh môi trường", DONG_LAM, [],
           "2026-04-30", "2026-04-01", "Hoàng Thị Hằng")),
    ]),
    ((BAI_SAY, KHANH), [
        ("1. Nâng cấp nhà văn hóa thôn và sân thể thao", "Tháng 9/2026",
         T("Nâng cấp nhà văn hóa thôn và sân thể thao", BAI_SAY, [], "2026-09-30",
           "2026-09-01", "Lê Quốc Khánh")),
        ("2. Lắp đặt 40 bóng đèn chiếu sáng ngõ xóm", "Tháng 8/2026",
         T("Lắp đặt 40 bóng đèn chiếu sáng ngõ xóm", BAI_SAY, [], "2026-08-31",
           "2026-08-01", "Lê Quốc Khánh")),
        ("3. Kiện toàn Ban phát triển thôn", "Tháng 3/2026",
         T("Kiện toàn Ban phát triển thôn", BAI_SAY, [], "2026-03-31", "2026-03-01",
           "Lê Quốc Khánh")),
    ]),
]  # fmt: skip

PHONG_TRAO = T(
    'Phát động phong trào thi đua "Chung sức xây dựng thôn kiểu mẫu"',
    "Ủy ban MTTQ Việt Nam xã",
    ["các tổ chức chính trị - xã hội xã"],
    "2026-06-30",
    "2026-04-01",
)


def quang_hoa_doc():
    title = "Xây dựng thôn nông thôn mới kiểu mẫu năm 2026"
    doc = new_doc()
    a4(doc)
    head(doc, ["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "ĐẢNG ỦY XÃ QUẢNG HÒA", "*", "Số 14-KH/ĐU"],
         ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Quảng Hòa, ngày 09 tháng 3 năm 2026"])  # fmt: skip
    title_block(doc, title)
    body(doc, "Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:")
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(doc, "Phát huy vai trò hạt nhân lãnh đạo của các chi bộ thôn.")
    body(doc, "II. CHỈ TIÊU", bold=True)
    body(doc, "Năm 2026 có thêm 03 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu.")
    body(doc, "III. NHIỆM VỤ CỤ THỂ", bold=True)
    groups = [(outer, [(work, when) for work, when, _ in rows])
              for outer, rows in QUANG_HOA]  # fmt: skip
    merged_table(doc, ["Chi bộ", "Nội dung nhiệm vụ", "Đồng chí phụ trách",
                       "Thời gian hoàn thành"], groups, [3.0, 6.5, 4.0, 2.5])  # fmt: skip
    body(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    body(doc, "1. Các chi bộ thôn căn cứ Kế hoạch này xây dựng kế hoạch cụ thể của chi "
              "bộ và tổ chức quán triệt đến đảng viên.")  # fmt: skip
    body(doc, "2. Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các tổ chức chính trị - "
              "xã hội xã phát động phong trào thi đua \"Chung sức xây dựng thôn kiểu "
              "mẫu\" trong quý II/2026.")  # fmt: skip
    body(doc, "3. Văn phòng Đảng ủy theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo "
              "cáo Ban Thường vụ Đảng ủy.")  # fmt: skip
    closing_beside(doc, ["- Ban Thường vụ Tỉnh ủy (b/c);", "- Các chi bộ trực thuộc;",
                         "- Lưu VPĐU."],
                   ["T/M ĐẢNG ỦY", "K/T BÍ THƯ", "PHÓ BÍ THƯ", "", "", "Phan Văn Tuấn"])  # fmt: skip
    header = hdr("14", "KH/ĐU", "Quảng Hòa", "2026-03-09", title, "ĐẢNG ỦY XÃ QUẢNG HÒA",
                 "T/M ĐẢNG ỦY, K/T BÍ THƯ", "PHÓ BÍ THƯ", "Phan Văn Tuấn", [], 3)  # fmt: skip
    tasks = [task for _, rows in QUANG_HOA for *_, task in rows]
    return ("f39v-dang-uy-quang-hoa-chi-bo-gop-o.doc", saved_as(save(doc), "doc"),
            "a Party committee's Word 97 plan whose task table is grouped by village: "
            "'Chi bộ' and 'Đồng chí phụ trách' cells merged down over each village's "
            "numbered task rows; a task in 'Tổ chức thực hiện'; 'T/M ĐẢNG ỦY' / 'K/T "
            "BÍ THƯ' / 'PHÓ BÍ THƯ'.", header, [*tasks, PHONG_TRAO])  # fmt: skip


# --- F1 (.docx): a commune's plan, "Thôn" and "Cán bộ phụ trách" merged ----

DONG_HA = "Thôn Đông Hạ"
BINH = "Đồng chí Lê Văn Bình - Công chức Địa chính - Xây dựng xã"
TAY_HA = "Thôn Tây Hạ"
NGA = "Bà Trần Thị Nga, Phó Chủ tịch Hội Nông dân xã"

HAI_LANG = [
    ((DONG_HA, BINH), [
        ("1. Bê tông hóa 800 m đường ngõ xóm", "Quý III/2026",
         T("Bê tông hóa 800 m đường ngõ xóm", DONG_HA, [], "2026-09-30", "2026-07-01",
           "Lê Văn Bình")),
        ("2. Nạo vét 1,5 km mương thoát nước khu dân cư", "Tháng 5/2026",
         T("Nạo vét 1,5 km mương thoát nước khu dân cư", DONG_HA, [], "2026-05-31",
           "2026-05-01", "Lê Văn Bình")),
    ]),
    ((TAY_HA, NGA), [
        ("1. Xây dựng 01 mô hình trồng rau an toàn 2 ha", "Quý IV/2026",
         T("Xây dựng 01 mô hình trồng rau an toàn 2 ha", TAY_HA, [], "2026-12-31",
           "2026-10-01", "Trần Thị Nga")),
        ("2. Trồng 300 cây xanh trên các trục đường thôn", "Tháng 4/2026",
         T("Trồng 300 cây xanh trên các trục đường thôn", TAY_HA, [], "2026-04-30",
           "2026-04-01", "Trần Thị Nga")),
        ("3. Vận động 50 hộ chỉnh trang nhà cửa, công trình phụ", "Quý II/2026",
         T("Vận động 50 hộ chỉnh trang nhà cửa, công trình phụ", TAY_HA, [],
           "2026-06-30", "2026-04-01", "Trần Thị Nga")),
    ]),
]  # fmt: skip


def hai_lang_docx():
    title = "Xây dựng khu dân cư kiểu mẫu năm 2026"
    doc = new_doc()
    a4(doc)
    head(doc, ["ỦY BAN NHÂN DÂN", "XÃ HẢI LĂNG", "Số: 52/KH-UBND"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Hải Lăng, ngày 20 tháng 3 năm 2026"])  # fmt: skip
    title_block(doc, title)
    body(doc, "I. MỤC TIÊU", bold=True)
    body(doc, "Thôn Đông Hạ, Tây Hạ đạt chuẩn khu dân cư kiểu mẫu năm 2026.")
    body(doc, "II. NHIỆM VỤ, PHÂN CÔNG THỰC HIỆN", bold=True)
    groups = [(outer, [(work, when) for work, when, _ in rows])
              for outer, rows in HAI_LANG]  # fmt: skip
    merged_table(doc, ["Thôn", "Nội dung", "Cán bộ phụ trách", "Thời gian"], groups,
                 [2.5, 7.0, 4.5, 2.5])  # fmt: skip
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(doc, "Các thôn báo cáo kết quả về UBND xã trước ngày 15 hằng tháng.")
    closing_beside(doc, ["- Đảng ủy xã (b/c);", "- Các thôn;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "",
                    "Lê Văn Bình"])  # fmt: skip
    header = hdr("52", "KH-UBND", "Hải Lăng", "2026-03-20", title,
                 "ỦY BAN NHÂN DÂN XÃ HẢI LĂNG", "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
                 "PHÓ CHỦ TỊCH", "Lê Văn Bình", [], 3)  # fmt: skip
    return ("f39v-xa-hai-lang-thon-gop-o.docx", save(doc), "a commune's Word plan "
            "whose 'Thôn' and 'Cán bộ phụ trách' cells are merged down over each "
            "village's numbered task rows ('Đồng chí Lê Văn Bình - Công chức …', 'Bà "
            "Trần Thị Nga, Phó Chủ tịch …').", header,
            [task for _, rows in HAI_LANG for *_, task in rows])  # fmt: skip


# --- F1 (.xlsx): a Party committee's sheet, "Ấp" merged down ----------------

TAN_PHU = "Ấp Tân Phú"
TAN_PHU_OFFICIAL = "Đ/c Nguyễn Văn Thắng, Phó Bí thư Đảng ủy"
PHU_HOA = "Ấp Phú Hòa"
PHU_HOA_OFFICIAL = "Đ/c Võ Thị Mai, Đảng ủy viên"

TAN_PHU_ROWS = [
    ((TAN_PHU, TAN_PHU_OFFICIAL), [
        ("1. Xây dựng 01 cầu bê tông qua kênh Ba Rẫy", "Quý III/2026",
         T("Xây dựng 01 cầu bê tông qua kênh Ba Rẫy", TAN_PHU, [], "2026-09-30",
           "2026-07-01", "Nguyễn Văn Thắng")),
        ("2. Vận động 30 hộ chuyển đổi sang trồng sầu riêng", "Tháng 11/2026",
         T("Vận động 30 hộ chuyển đổi sang trồng sầu riêng", TAN_PHU, [], "2026-11-30",
           "2026-11-01", "Nguyễn Văn Thắng")),
    ]),
    ((PHU_HOA, PHU_HOA_OFFICIAL), [
        ("1. Lắp đặt camera an ninh tại 05 tuyến đường", "Tháng 7/2026",
         T("Lắp đặt camera an ninh tại 05 tuyến đường", PHU_HOA, [], "2026-07-31",
           "2026-07-01", "Võ Thị Mai")),
        ("2. Thành lập tổ hợp tác nuôi tôm càng xanh", "Quý IV/2026",
         T("Thành lập tổ hợp tác nuôi tôm càng xanh", PHU_HOA, [], "2026-12-31",
           "2026-10-01", "Võ Thị Mai")),
        ("3. Chỉnh trang 2 km hàng rào cây xanh", "Tháng 6/2026",
         T("Chỉnh trang 2 km hàng rào cây xanh", PHU_HOA, [], "2026-06-30",
           "2026-06-01", "Võ Thị Mai")),
    ]),
]  # fmt: skip


def tan_phu_xlsx():
    title = "Lãnh đạo xây dựng ấp văn hóa, nông thôn mới kiểu mẫu năm 2026"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    top = [
        ("ĐẢNG BỘ TỈNH VĨNH LONG", "ĐẢNG CỘNG SẢN VIỆT NAM"),
        ("ĐẢNG ỦY XÃ TÂN PHÚ", None),
        ("Số 21-KH/ĐU", "Tân Phú, ngày 02 tháng 4 năm 2026"),
        ("KẾ HOẠCH", None),
        (title, None),
    ]
    for r, (left, right) in enumerate(top, 1):
        ws.cell(row=r, column=1, value=left)
        if right:
            ws.cell(row=r, column=3, value=right)
    for c, text in enumerate(["Ấp", "Nội dung nhiệm vụ", "Cán bộ phụ trách",
                              "Thời gian"], 1):  # fmt: skip
        ws.cell(row=7, column=c, value=text)
    r = 8
    for (place, official), rows in TAN_PHU_ROWS:
        ws.cell(row=r, column=1, value=place)
        ws.cell(row=r, column=3, value=official)
        for k, (work, when, _) in enumerate(rows):
            ws.cell(row=r + k, column=2, value=work)
            ws.cell(row=r + k, column=4, value=when)
        last = r + len(rows) - 1
        ws.merge_cells(start_row=r, start_column=1, end_row=last, end_column=1)
        ws.merge_cells(start_row=r, start_column=3, end_row=last, end_column=3)
        r = last + 1
    r += 1
    ws.cell(row=r, column=1, value="Nơi nhận:")
    ws.cell(row=r + 1, column=1, value="- Ban Thường vụ Tỉnh ủy (b/c);")
    ws.cell(row=r + 2, column=1, value="- Các chi bộ ấp;")
    ws.cell(row=r + 3, column=1, value="- Lưu VPĐU.")
    for k, text in enumerate(["T/M ĐẢNG ỦY", "BÍ THƯ", None, "Trần Minh Luân"]):
        if text:
            ws.cell(row=r + k, column=3, value=text)
    buffer = io.BytesIO()
    wb.save(buffer)
    header = hdr("21", "KH/ĐU", "Tân Phú", "2026-04-02", title, "ĐẢNG ỦY XÃ TÂN PHÚ",
                 "T/M ĐẢNG ỦY", "BÍ THƯ", "Trần Minh Luân", [], 3)  # fmt: skip
    return ("f39v-dang-uy-tan-phu-ap-gop-o.xlsx", buffer.getvalue(), "a Party "
            "committee's sheet whose 'Ấp' and 'Cán bộ phụ trách' cells are merged down "
            "over each hamlet's numbered task rows.", header,
            [task for _, rows in TAN_PHU_ROWS for *_, task in rows])  # fmt: skip


# --- F2 (.docx, .odt): tasks in an appendix after the signature -------------

APPENDIX_HEAD = ["STT", "Đơn vị chủ trì", "Nội dung", "Sản phẩm đầu ra", "Thời gian",
                 "Phối hợp", "Kinh phí (triệu đồng)"]  # fmt: skip

PHU_LUC = [
    ("I", "Tiêu chí số 2 - Giao thông", [
        ("Ban Quản lý dự án xã", "Cứng hóa 2,5 km đường trục thôn Khe Su",
         "Biên bản nghiệm thu công trình", "Quý III/2026", "Các thôn, Nhân dân",
         "1.850",
         T("Cứng hóa 2,5 km đường trục thôn Khe Su", "Ban Quản lý dự án xã",
           ["Các thôn", "Nhân dân"], "2026-09-30", "2026-07-01")),
        ("Đoàn Thanh niên xã", "Trồng hoa, cây xanh trên 3 km đường liên thôn",
         "Tuyến đường hoa", "Tháng 5/2026", "Hội Liên hiệp Phụ nữ xã", "45",
         T("Trồng hoa, cây xanh trên 3 km đường liên thôn", "Đoàn Thanh niên xã",
           ["Hội Liên hiệp Phụ nữ xã"], "2026-05-31", "2026-05-01")),
    ]),
    ("II", "Tiêu chí số 17 - Môi trường và an toàn thực phẩm", [
        ("Hội Nông dân xã", "Xây dựng 20 bể thu gom bao gói thuốc bảo vệ thực vật",
         "20 bể thu gom", "Quý II/2026", "Hợp tác xã dịch vụ nông nghiệp", "60",
         T("Xây dựng 20 bể thu gom bao gói thuốc bảo vệ thực vật", "Hội Nông dân xã",
           ["Hợp tác xã dịch vụ nông nghiệp"], "2026-06-30", "2026-04-01")),
    ]),
    ("III", "Hồ sơ xét công nhận", [
        ("Công chức Văn phòng - Thống kê",
         "Hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới nâng cao",
         "Bộ hồ sơ theo quy định", "Tháng 11/2026", "Các ban, ngành xã", "",
         T("Hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn nông thôn mới nâng cao",
           "Công chức Văn phòng - Thống kê", ["Các ban, ngành xã"], "2026-11-30",
           "2026-11-01")),
    ]),
]  # fmt: skip

VAN_KIEU = [
    ("I", "Tiêu chí số 5 - Trường học", [
        ("Trường Tiểu học Vân Kiều",
         "Xây dựng 04 phòng học bộ môn đạt chuẩn", "04 phòng học", "Tháng 8/2026",
         "Ban Quản lý dự án xã", "2.400",
         T("Xây dựng 04 phòng học bộ môn đạt chuẩn", "Trường Tiểu học Vân Kiều",
           ["Ban Quản lý dự án xã"], "2026-08-31", "2026-08-01")),
    ]),
    ("II", "Tiêu chí số 13 - Tổ chức sản xuất", [
        ("Hợp tác xã nông nghiệp Vân Kiều",
         "Xây dựng chuỗi liên kết tiêu thụ 50 ha lúa chất lượng cao",
         "Hợp đồng liên kết", "Quý III/2026", "Hội Nông dân xã, các thôn", "120",
         T("Xây dựng chuỗi liên kết tiêu thụ 50 ha lúa chất lượng cao",
           "Hợp tác xã nông nghiệp Vân Kiều", ["Hội Nông dân xã", "các thôn"],
           "2026-09-30", "2026-07-01")),
        ("Công chức Nông nghiệp - Môi trường xã",
         "Hỗ trợ 02 sản phẩm đạt chứng nhận OCOP 3 sao", "02 sản phẩm OCOP",
         "Quý IV/2026", "Các hợp tác xã", "80",
         T("Hỗ trợ 02 sản phẩm đạt chứng nhận OCOP 3 sao",
           "Công chức Nông nghiệp - Môi trường xã", ["Các hợp tác xã"], "2026-12-31",
           "2026-10-01")),
    ]),
    ("VII", "Hồ sơ xét công nhận", [
        ("Văn phòng HĐND và UBND xã",
         "Lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới",
         "Báo cáo kết quả lấy ý kiến", "Tháng 10/2026", "Ủy ban MTTQ Việt Nam xã", "15",
         T("Lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới",
           "Văn phòng HĐND và UBND xã", ["Ủy ban MTTQ Việt Nam xã"], "2026-10-31",
           "2026-10-01")),
    ]),
]  # fmt: skip


def appendix_plan(place, number, date_line, title, groups, *, merge_groups):
    """A commune's plan whose tasks are in its appendix, after the signature,
    on a landscape page: each criterion's group row (merged across the row
    when `merge_groups`, else its name in the second cell), then its tasks."""
    doc = new_doc()
    a4(doc)
    head(doc, ["ỦY BAN NHÂN DÂN", f"XÃ {place.upper()}", f"Số: {number}/KH-UBND"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          date_line])  # fmt: skip
    title_block(doc, title)
    body(doc, "I. MỤC TIÊU", bold=True)
    body(doc, "Hoàn thành các tiêu chí còn thiếu trong năm 2026.")
    body(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    body(doc, "Các nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp, thời gian hoàn thành và "
              "kinh phí thực hiện tại Phụ lục kèm theo.")  # fmt: skip
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 25 hằng tháng.")
    closing_beside(doc, ["- Huyện ủy, UBND huyện (b/c);", "- Đảng ủy, HĐND xã;",
                         "- Các thôn;", "- Lưu: VT."],
                   ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hồ Văn Thành"])  # fmt: skip
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(doc, "NHIỆM VỤ THỰC HIỆN CÁC TIÊU CHÍ NÔNG THÔN MỚI NĂM 2026", bold=True,
         center=True)  # fmt: skip
    para(doc, f"(Kèm theo Kế hoạch số {number}/KH-UBND ngày {date_line.split('ngày ')[1]}"
              f" của UBND xã {place})", italic=True, center=True)  # fmt: skip
    t = doc.add_table(rows=1, cols=len(APPENDIX_HEAD))
    t.style = "Table Grid"
    for i, text in enumerate(APPENDIX_HEAD):
        fill(t.rows[0].cells[i], text, bold=True, center=True)
    n = 0
    for roman, name, rows in groups:
        cells = t.add_row().cells
        fill(cells[0], roman, bold=True, center=True)
        if merge_groups:
            fill(cells[1].merge(cells[-1]), name, bold=True)
        else:
            fill(cells[1], name, bold=True)
        for *values, _ in rows:
            n += 1
            cells = t.add_row().cells
            for i, text in enumerate([str(n), *values]):
                fill(cells[i], text, center=i == 0)
    fixed_widths(t, [1.2, 4.0, 7.0, 4.0, 2.6, 3.9, 3.0])
    return doc


def khe_su_docx():
    title = "Thực hiện các tiêu chí xã nông thôn mới nâng cao năm 2026"
    doc = appendix_plan("Khe Sanh", "61", "Khe Sanh, ngày 16 tháng 3 năm 2026", title,
                        PHU_LUC, merge_groups=True)  # fmt: skip
    header = hdr("61", "KH-UBND", "Khe Sanh", "2026-03-16", title,
                 "ỦY BAN NHÂN DÂN XÃ KHE SANH", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Hồ Văn Thành", [], 4)  # fmt: skip
    return ("f39v-xa-khe-sanh-phu-luc-nhom.docx", save(doc), "a commune's Word plan "
            "whose tasks are 'tại Phụ lục kèm theo': after the signature a landscape "
            "'PHỤ LỤC' with 'STT | Đơn vị chủ trì | Nội dung | Sản phẩm đầu ra | Thời "
            "gian | Phối hợp | Kinh phí', its criteria group rows merged across.",
            header, [row[-1] for _, _, rows in PHU_LUC for row in rows])  # fmt: skip


def van_kieu_odt():
    title = "Xây dựng xã Vân Kiều đạt chuẩn nông thôn mới năm 2026"
    doc = appendix_plan("Vân Kiều", "18", "Vân Kiều, ngày 05 tháng 02 năm 2026", title,
                        VAN_KIEU, merge_groups=False)  # fmt: skip
    header = hdr("18", "KH-UBND", "Vân Kiều", "2026-02-05", title,
                 "ỦY BAN NHÂN DÂN XÃ VÂN KIỀU", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Hồ Văn Thành", [], 4)  # fmt: skip
    return ("f39v-xa-van-kieu-phu-luc-nhom.odt", saved_as(save(doc), "odt"), "a "
            "commune's plan as .odt whose appendix table after the signature has "
            "Roman-numbered group rows unmerged ('I | Tiêu chí số 5 - Trường học', "
            "'VII | Hồ sơ xét công nhận').", header,
            [row[-1] for _, _, rows in VAN_KIEU for row in rows])  # fmt: skip


# --- F3 (.pdf, .xlsx): a cooperative's road map, one column per year --------

LO_TRINH = [
    ("Mở rộng vùng sản xuất lúa hữu cơ", "Tổ Kỹ thuật", "UBND xã",
     ["30 ha", "50 ha", "80 ha"],
     T("Mở rộng vùng sản xuất lúa hữu cơ", "Tổ Kỹ thuật", ["UBND xã"], "2028-12-31")),
    ("Xây dựng kho lạnh bảo quản nông sản", "Ban Giám đốc", "Ngân hàng Nông nghiệp",
     ["", "Lập dự án, xin hỗ trợ", "Hoàn thành"],
     T("Xây dựng kho lạnh bảo quản nông sản", "Ban Giám đốc", ["Ngân hàng Nông nghiệp"],
       "2028-12-31", "2027-01-01")),
    ("Đăng ký nhãn hiệu tập thể gạo Hòa Bình", "Tổ Kinh doanh", "",
     ["x", "", ""],
     T("Đăng ký nhãn hiệu tập thể gạo Hòa Bình", "Tổ Kinh doanh", [], "2026-12-31")),
    ("Đạt chứng nhận OCOP 4 sao cho sản phẩm gạo", "Tổ Kinh doanh", "Phòng Kinh tế",
     ["", "Hoàn thiện hồ sơ", ""],
     T("Đạt chứng nhận OCOP 4 sao cho sản phẩm gạo", "Tổ Kinh doanh", ["Phòng Kinh tế"],
       "2027-12-31", "2027-01-01")),
]  # fmt: skip


def hoa_binh_pdf():
    title = "Lộ trình phát triển sản xuất lúa hữu cơ giai đoạn 2026 - 2028"
    doc = new_doc()
    a4(doc)
    head(doc, ["UBND XÃ HÒA BÌNH", "HỢP TÁC XÃ NÔNG NGHIỆP HÒA BÌNH", "Số: 07/KH-HTX"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Hòa Bình, ngày 15 tháng 01 năm 2026"])  # fmt: skip
    title_block(doc, title)
    body(doc, "I. MỤC TIÊU", bold=True)
    body(doc, "Đến năm 2028 có 80 ha lúa hữu cơ, thu nhập thành viên tăng 20%.")
    body(doc, "II. LỘ TRÌNH THỰC HIỆN", bold=True)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    heads = ["TT", "Nội dung", "Bộ phận thực hiện", "Đơn vị phối hợp", "Năm 2026",
             "Năm 2027", "Năm 2028"]  # fmt: skip
    for i, text in enumerate(heads):
        fill(t.rows[0].cells[i], text, bold=True, center=True)
    for n, (work, lead, partner, years, _) in enumerate(LO_TRINH, 1):
        cells = t.add_row().cells
        for i, text in enumerate([str(n), work, lead, partner, *years]):
            fill(cells[i], text, center=i == 0 or i > 3)
    fixed_widths(t, [1.0, 4.5, 2.5, 2.5, 2.0, 2.0, 2.0])
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(doc, "Các bộ phận báo cáo kết quả về Ban Giám đốc mỗi quý.")
    closing_under(doc, ["- UBND xã (b/c);", "- Thành viên HTX;", "- Lưu."],
                  ["GIÁM ĐỐC", "", "Đinh Văn Phúc"])  # fmt: skip
    header = hdr("07", "KH-HTX", "Hòa Bình", "2026-01-15", title,
                 "HỢP TÁC XÃ NÔNG NGHIỆP HÒA BÌNH", "", "GIÁM ĐỐC", "Đinh Văn Phúc", [],
                 3)  # fmt: skip
    return ("f39v-htx-hoa-binh-lo-trinh.pdf", saved_as(save(doc), "pdf"), "a "
            "cooperative's road map printed to PDF by LibreOffice: 'TT | Nội dung | Bộ "
            "phận thực hiện | Đơn vị phối hợp | Năm 2026 | Năm 2027 | Năm 2028', each "
            "year's cell a milestone ('30 ha', 'Lập dự án, xin hỗ trợ', 'x') or empty.",
            header, [row[-1] for row in LO_TRINH])  # fmt: skip


TAN_LAP = [
    ("Trồng mới 40 ha cà phê chất lượng cao", "Tổ Sản xuất", "Trạm Khuyến nông",
     ["10 ha", "10 ha", "10 ha", "10 ha", ""],
     T("Trồng mới 40 ha cà phê chất lượng cao", "Tổ Sản xuất", ["Trạm Khuyến nông"],
       "2029-12-31")),
    ("Xây dựng xưởng sơ chế cà phê", "Ban Quản trị", "",
     ["", "", "Khởi công", "Đưa vào sử dụng", ""],
     T("Xây dựng xưởng sơ chế cà phê", "Ban Quản trị", [], "2029-12-31",
       "2028-01-01")),
    ("Cấp chứng nhận 4C cho vùng nguyên liệu", "Tổ Kỹ thuật", "Công ty Simexco",
     ["", "", "", "", "x"],
     T("Cấp chứng nhận 4C cho vùng nguyên liệu", "Tổ Kỹ thuật", ["Công ty Simexco"],
       "2030-12-31", "2030-01-01")),
]  # fmt: skip


def tan_lap_xlsx():
    title = "Lộ trình phát triển vùng cà phê bền vững giai đoạn 2026 - 2030"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Lộ trình"
    top = [
        ("HỢP TÁC XÃ CÀ PHÊ TÂN LẬP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Số: 03/KH-HTX", "Độc lập - Tự do - Hạnh phúc"),
        (None, "Tân Lập, ngày 06 tháng 01 năm 2026"),
        ("KẾ HOẠCH", None),
        (title, None),
    ]
    for r, (left, right) in enumerate(top, 1):
        if left:
            ws.cell(row=r, column=1, value=left)
        if right:
            ws.cell(row=r, column=5, value=right)
    for c, text in enumerate(["TT", "Nội dung", "Bộ phận thực hiện", "Đơn vị phối hợp",
                              "Giai đoạn 2026-2030"], 1):  # fmt: skip
        ws.cell(row=7, column=c, value=text)
    for c in range(1, 5):
        ws.merge_cells(start_row=7, start_column=c, end_row=8, end_column=c)
    ws.merge_cells(start_row=7, start_column=5, end_row=7, end_column=9)
    for k, year in enumerate(range(2026, 2031)):
        ws.cell(row=8, column=5 + k, value=str(year))
    r = 9
    for n, (work, lead, partner, years, _) in enumerate(TAN_LAP, 1):
        for c, value in enumerate([n, work, lead, partner, *years], 1):
            if value != "":
                ws.cell(row=r, column=c, value=value)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Nơi nhận:")
    ws.cell(row=r + 1, column=1, value="- UBND xã (b/c);")
    ws.cell(row=r + 2, column=1, value="- Lưu.")
    for k, text in enumerate(["GIÁM ĐỐC", None, "Y Thuận Niê"]):
        if text:
            ws.cell(row=r + k, column=5, value=text)
    buffer = io.BytesIO()
    wb.save(buffer)
    header = hdr("03", "KH-HTX", "Tân Lập", "2026-01-06", title,
                 "HỢP TÁC XÃ CÀ PHÊ TÂN LẬP", "", "GIÁM ĐỐC", "Y Thuận Niê", [], 2)  # fmt: skip
    return ("f39v-htx-tan-lap-giai-doan.xlsx", buffer.getvalue(), "a cooperative's "
            "sheet whose road map has 'Giai đoạn 2026-2030' over year columns '2026' … "
            "'2030' without 'Năm', each cell a milestone or empty.", header,
            [row[-1] for row in TAN_LAP])  # fmt: skip


def main():
    OUT.mkdir(exist_ok=True)
    for make in (quang_hoa_doc, hai_lang_docx, tan_phu_xlsx, khe_su_docx,
                 van_kieu_odt, hoa_binh_pdf, tan_lap_xlsx):  # fmt: skip
        name, data, what, head_, tasks = make()
        write(OUT, name, data, COMMENT.format(what=what), head_, tasks)
        print("wrote", name)


if __name__ == "__main__":
    main()
