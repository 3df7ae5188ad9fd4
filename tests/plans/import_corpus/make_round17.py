"""Writes round 17's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round17.py

Round 17 is the lead's third hidden hold-out of 06/12/2026, measured on
main ff1abb3 before any change for it (tasks 71.4/60.0); its families were
described in words to a helper who wrote round 17h and never saw these files.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from make_files import saved_as  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from word_writer import closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round17"


def run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, pieces):
    """pieces: list of (kind, text) kind in plain/ins/del"""
    for i, (kind, text) in enumerate(pieces):
        if kind == "plain":
            p._p.append(run_el(text))
        else:
            el = OxmlElement("w:ins" if kind == "ins" else "w:del")
            el.set(qn("w:id"), str(100 + i))
            el.set(qn("w:author"), "Nguyen Van Hung")
            el.set(qn("w:date"), "2026-11-30T09:00:00Z")
            el.append(run_el(text, deleted=(kind == "del")))
            p._p.append(el)
    return p


# A: Word with tracked changes, "Giao X chủ trì, phối hợp với Y thực hiện; hoàn thành ..." sentences
def plan_a():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ THẠCH KHÊ", "Số: 318/KH-UBND"],
        "Thạch Khê, ngày 01 tháng 12 năm 2026",
        "Duy trì, nâng cao chất lượng các tiêu chí xã nông thôn mới năm 2027",
    )
    para(
        doc,
        "Căn cứ Quyết định số 25/QĐ-UBND ngày 15/01/2026 của UBND tỉnh Hà Tĩnh về ban hành Bộ tiêu chí xã nông thôn mới giai đoạn 2026 - 2030;",
        indent=1,
    )
    para(doc, "Ủy ban nhân dân xã Thạch Khê xây dựng Kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Duy trì vững chắc 19 tiêu chí xã nông thôn mới, không để tiêu chí nào bị tụt hạng.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    para(doc, "1. Tiêu chí Giao thông", bold=True)
    p = doc.add_paragraph()
    tracked(
        p,
        [
            ("plain", "a) Duy tu, bảo dưỡng "),
            ("del", "2,5"),
            ("ins", "3,5"),
            (
                "plain",
                " km đường trục thôn. Giao Phòng Kinh tế chủ trì, phối hợp với Ban phát triển các thôn thực hiện; hoàn thành trước ngày 30/6/2027.",
            ),
        ],
    )
    para(
        doc,
        "b) Tổ chức ra quân làm vệ sinh đường làng, ngõ xóm vào Chủ nhật cuối tháng. Giao Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các đoàn thể chính trị - xã hội thực hiện; thời gian: thường xuyên.",
    )
    para(doc, "2. Tiêu chí Môi trường", bold=True)
    p = doc.add_paragraph()
    tracked(
        p,
        [
            (
                "plain",
                "a) Xây dựng 02 mô hình xử lý rác thải hữu cơ tại hộ gia đình. Giao Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã thực hiện; hoàn thành trong Quý III/2027.",
            ),
            ("del", " Kinh phí: 50 triệu đồng."),
        ],
    )
    para(
        doc,
        "b) Trồng mới 500 cây xanh trên các tuyến đường liên thôn. Giao Đoàn Thanh niên xã chủ trì thực hiện; hoàn thành trong tháng 3/2027.",
    )
    para(doc, "3. Tiêu chí Y tế", bold=True)
    p = doc.add_paragraph()
    tracked(
        p,
        [
            ("plain", "Nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt "),
            ("ins", "95"),
            ("del", "92"),
            (
                "plain",
                "%. Giao Trạm Y tế xã chủ trì, phối hợp với Bảo hiểm xã hội khu vực và các thôn thực hiện; hoàn thành trước ngày 31/12/2027.",
            ),
        ],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Phòng Kinh tế là cơ quan thường trực, tổng hợp kết quả báo cáo UBND xã trước ngày 25 hằng tháng.",
        indent=1,
    )
    para(
        doc,
        "2. Các thôn chủ động rà soát, báo cáo khó khăn, vướng mắc về UBND xã để kịp thời chỉ đạo.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Đảng ủy xã;", "- Lưu: VT."],
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "Nguyễn Văn Hùng",
        ],
    )
    return save(doc)


# B: .doc (Word 97) made by LibreOffice from a table plan with merged group rows
def plan_b_docx():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ ĐỒNG LỘC", "Số: 205/KH-UBND"],
        "Đồng Lộc, ngày 28 tháng 11 năm 2026",
        "Thực hiện các tiêu chí Giao thông, Thủy lợi và Điện năm 2027",
    )
    para(
        doc,
        "Thực hiện Kế hoạch số 412/KH-UBND ngày 10/11/2026 của UBND tỉnh Hà Tĩnh, UBND xã ban hành Kế hoạch với các nội dung cụ thể như sau:",
        indent=1,
    )
    para(doc, "NHIỆM VỤ CỤ THỂ", bold=True)
    head = [
        "STT",
        "Nhiệm vụ, giải pháp",
        "Đơn vị thực hiện",
        "Đơn vị phối hợp",
        "Thời gian thực hiện",
        "Ghi chú",
    ]
    rows = [
        ("I", "TIÊU CHÍ SỐ 2 - GIAO THÔNG"),
        [
            "1",
            "Cứng hóa 1,2 km đường ngõ xóm thôn Đồng Thịnh",
            "Ban Quản lý dự án xã",
            "Thôn Đồng Thịnh",
            "Quý I/2027",
            "Vốn NTM",
        ],
        [
            "2",
            "Lắp đặt 40 biển báo giao thông trên đường trục xã",
            "Phòng Kinh tế",
            "Công an xã",
            "Trước 30/4/2027",
            "",
        ],
        ("II", "TIÊU CHÍ SỐ 3 - THỦY LỢI VÀ PHÒNG, CHỐNG THIÊN TAI"),
        [
            "3",
            "Nạo vét 3 km kênh mương nội đồng",
            "Hợp tác xã Nông nghiệp Đồng Lộc",
            "Các thôn",
            "Tháng 8/2027",
            "Lồng ghép",
        ],
        [
            "4",
            "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã",
            "Văn phòng HĐND và UBND xã",
            "Ban Chỉ huy quân sự xã",
            "Năm 2027",
            "",
        ],
        ("III", "TIÊU CHÍ SỐ 4 - ĐIỆN"),
        [
            "5",
            "Cải tạo 2 km đường dây hạ thế khu vực thôn Trung Lộc",
            "Điện lực Can Lộc",
            "Phòng Kinh tế; Thôn Trung Lộc",
            "Quý III/2027",
            "",
        ],
        [
            "6",
            "Tuyên truyền sử dụng điện an toàn, tiết kiệm",
            "Phòng Văn hóa - Xã hội",
            "Điện lực Can Lộc",
            "Thường xuyên",
            "",
        ],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.cell(0, i).text = h
    for r, row in enumerate(rows, 1):
        if isinstance(row, tuple):
            t.cell(r, 0).text = row[0]
            m = t.cell(r, 1).merge(t.cell(r, len(head) - 1))
            m.text = row[1]
        else:
            for i, v in enumerate(row):
                t.cell(r, i).text = v
    para(doc, "")
    para(
        doc,
        "Yêu cầu các đơn vị được giao nhiệm vụ triển khai thực hiện nghiêm túc, báo cáo kết quả về UBND xã (qua Phòng Kinh tế) trước ngày 20/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- TT Đảng ủy, HĐND xã;",
            "- Các đơn vị liên quan;",
            "- Lưu: VT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phan Thị Lan"],
    )
    return save(doc)


# C: workbook, a text sheet and an appendix sheet with a two-row header
def plan_c():
    wb = Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    cells = {
        "A1": "UBND XÃ TIÊN YÊN",
        "D1": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "A2": "Số: 77/KH-UBND",
        "D2": "Độc lập - Tự do - Hạnh phúc",
        "D3": "Tiên Yên, ngày 20 tháng 11 năm 2026",
        "A5": "KẾ HOẠCH",
        "A6": "Xây dựng thôn nông thôn mới kiểu mẫu năm 2027",
        "A8": "Căn cứ Kế hoạch số 156/KH-UBND ngày 05/11/2026 của UBND tỉnh Quảng Ninh;",
        "A9": "I. MỤC ĐÍCH, YÊU CẦU",
        "A10": "Phấn đấu năm 2027 có thêm 02 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu.",
        "A11": "II. NHIỆM VỤ",
        "A12": "Chi tiết các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.",
        "A14": "Nơi nhận:",
        "A15": "- UBND tỉnh (b/c);",
        "A16": "- Lưu: VT.",
        "D14": "TM. ỦY BAN NHÂN DÂN",
        "D15": "CHỦ TỊCH",
        "D18": "Hoàng Văn Tuấn",
    }
    for k, v in cells.items():
        ws[k] = v
    ws2 = wb.create_sheet("Phụ lục")
    ws2["A1"] = "PHỤ LỤC: NHIỆM VỤ XÂY DỰNG THÔN NÔNG THÔN MỚI KIỂU MẪU NĂM 2027"
    ws2["A2"] = "(Kèm theo Kế hoạch số 77/KH-UBND ngày 20/11/2026 của UBND xã Tiên Yên)"
    ws2.append([])
    ws2.append(
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Cơ quan thực hiện",
            None,
            "Thời hạn hoàn thành",
            "Kinh phí (triệu đồng)",
        ]
    )
    ws2.append([None, None, "Chủ trì", "Phối hợp", None, None])
    ws2.merge_cells("C4:D4")
    ws2.merge_cells("A4:A5")
    ws2.merge_cells("B4:B5")
    ws2.merge_cells("E4:E5")
    ws2.merge_cells("F4:F5")
    data = [
        ("A", "THÔN KHE LẦY"),
        (
            1,
            "Chỉnh trang 15 cổng ngõ, hàng rào xanh",
            "Ban phát triển thôn Khe Lầy",
            "Hội Liên hiệp Phụ nữ xã",
            "30/6/2027",
            120,
        ),
        (
            2,
            "Xây dựng nhà văn hóa thôn đạt chuẩn",
            "Ban Quản lý dự án xã",
            "Thôn Khe Lầy",
            "Quý IV/2027",
            850,
        ),
        (
            3,
            "Thành lập tổ hợp tác trồng quế",
            "Phòng Kinh tế",
            "Hội Nông dân xã",
            "Tháng 9/2027",
            30,
        ),
        ("B", "THÔN ĐỒNG DÌNH"),
        (
            4,
            "Lắp đặt 2 km đèn chiếu sáng đường thôn",
            "Ban phát triển thôn Đồng Dình",
            "Điện lực Tiên Yên",
            "Quý II/2027",
            200,
        ),
        (
            5,
            "Xây dựng mô hình camera an ninh",
            "Công an xã",
            "Thôn Đồng Dình",
            "31/8/2027",
            60,
        ),
        (
            6,
            "Phân loại rác thải tại nguồn 100% hộ",
            "Hội Liên hiệp Phụ nữ xã",
            "Đoàn Thanh niên xã",
            "Năm 2027",
            None,
        ),
    ]
    r = 6
    for row in data:
        if len(row) == 2:
            ws2.cell(r, 1, row[0])
            ws2.cell(r, 2, row[1])
            ws2.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        else:
            for c, v in enumerate(row, 1):
                ws2.cell(r, c, v)
        r += 1
    ws2.cell(r, 2, "Tổng cộng")
    ws2.cell(r, 6, 1260)
    return save(wb)


# D: text pasted into Zalo from a message (emoji bullets, inline labels after the sentence)
PLAN_D = """ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 15/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 02 tháng 12 năm 2026

KẾ HOẠCH
Thực hiện tiêu chí Thông tin và Truyền thông năm 2027

Căn cứ Kế hoạch số 301/KH-UBND ngày 20/11/2026 của UBND tỉnh Hòa Bình;
UBND xã Hòa Bình ban hành Kế hoạch như sau:

I. MỤC TIÊU
Duy trì 100% thôn có hệ thống loa truyền thanh hoạt động.

II. NHIỆM VỤ CỤ THỂ
1) Nâng cấp đài truyền thanh xã ứng dụng công nghệ thông tin - viễn thông. Chủ trì: Phòng Văn hóa - Xã hội. Phối hợp: Viettel Hòa Bình. Thời hạn: 31/3/2027.
2) Lắp mới 12 cụm loa tại các thôn vùng cao.
👉 Chủ trì: Phòng Văn hóa - Xã hội
👉 Phối hợp: Trưởng các thôn
👉 Thời hạn: Quý II/2027
3) Hướng dẫn 80% người dân cài đặt và sử dụng ứng dụng VNeID. Chủ trì: Công an xã. Phối hợp: Đoàn Thanh niên xã, Trưởng các thôn. Thời hạn: 30/9/2027.
4) Cập nhật trang thông tin điện tử của xã hằng tuần.
👉 Chủ trì: Văn phòng HĐND và UBND xã (công chức Văn phòng - Thống kê)
👉 Thời hạn: Thường xuyên

III. TỔ CHỨC THỰC HIỆN
Các đơn vị được giao nhiệm vụ báo cáo kết quả thực hiện về UBND xã trước ngày 15/12/2027.

Nơi nhận:
- UBND tỉnh (b/c);
- Các thôn;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Đinh Văn Khải
"""


# E: a department's PDF: each task's attributes in one dash line with semicolons
def plan_e_docx():
    doc = opening(
        ["UBND TỈNH HÀ TĨNH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 1520/KH-SNNMT"],
        "Hà Tĩnh, ngày 25 tháng 11 năm 2026",
        "Hỗ trợ các xã về đích nông thôn mới nâng cao năm 2027",
    )
    para(
        doc,
        "Căn cứ Quyết định số 3120/QĐ-UBND ngày 30/10/2026 của UBND tỉnh về giao chỉ tiêu xây dựng nông thôn mới năm 2027;",
        indent=1,
    )
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Phấn đấu năm 2027 có thêm 12 xã đạt chuẩn nông thôn mới nâng cao.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM", bold=True)
    tasks = [
        (
            "Rà soát, đánh giá thực trạng các tiêu chí của 12 xã đăng ký về đích năm 2027",
            "Chi cục Phát triển nông thôn",
            "Văn phòng Điều phối nông thôn mới tỉnh, UBND các xã",
            "Quý I/2027",
        ),
        (
            "Tập huấn nâng cao năng lực cho cán bộ làm công tác nông thôn mới cấp xã",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Trường Cao đẳng Kỹ thuật Việt - Đức Hà Tĩnh",
            "Tháng 5/2027",
        ),
        (
            "Hướng dẫn xây dựng sản phẩm OCOP đạt 3 sao trở lên",
            "Chi cục Phát triển nông thôn",
            "Sở Công Thương, UBND các xã",
            "30/9/2027",
        ),
        (
            "Kiểm tra, thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Các sở, ngành thành viên Ban Chỉ đạo tỉnh",
            "Trước 15/11/2027",
        ),
    ]
    for i, (t, lead, co, when) in enumerate(tasks, 1):
        para(doc, f"{i}. {t}", bold=True)
        para(
            doc,
            f"- Cơ quan chủ trì: {lead}; cơ quan phối hợp: {co}; thời gian thực hiện: {when}.",
            indent=1,
        )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Giao Văn phòng Điều phối nông thôn mới tỉnh theo dõi, tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- Giám đốc, các PGĐ Sở;",
            "- UBND các xã;",
            "- Lưu: VT, VPĐP.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Trần Văn Nam"],
    )
    return save(doc)


if __name__ == "__main__":
    (OUT / "r17-xa-thach-khe-theo-doi-thay-doi.docx").write_bytes(plan_a())
    (OUT / "r17-xa-dong-loc-word-97.doc").write_bytes(saved_as(plan_b_docx(), "doc"))
    (OUT / "r17-xa-tien-yen-hai-trang-tinh.xlsx").write_bytes(plan_c())
    (OUT / "r17-xa-hoa-binh-zalo.txt").write_text(PLAN_D, encoding="utf-8")
    (OUT / "r17-so-nnmt-ha-tinh-mot-dong.pdf").write_bytes(
        saved_as(plan_e_docx(), "pdf")
    )
    print("ok")
