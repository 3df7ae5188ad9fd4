"""Writes round 19's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round19.py

Round 19 is the lead's fifth hidden hold-out of 06/12/2026, measured on
main bd8080b before any change for it (tasks 81.2/81.2); its families were
described in words to a helper who wrote round 19h and never saw these files.
"""

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_files import saved_as  # noqa: E402
from word_writer import closing_beside, opening, para, save  # noqa: E402

OUT = HERE / "round19"


# H3: columns in another order (time before lead), sub-rows a/b under a numbered row, the lead cell merged down (vMerge)
def plan_h3():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ NAM ĐÀN", "Số: 402/KH-UBND"],
        "Nam Đàn, ngày 02 tháng 12 năm 2026",
        "Thực hiện tiêu chí Giáo dục và Văn hóa năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 611/KH-UBND ngày 20/11/2026 của UBND tỉnh Nghệ An;",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True)
    head = ["TT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp"]
    rows = [
        ["1", "Giáo dục", "", "", ""],
        [
            "a",
            "Sửa chữa 04 phòng học Trường Tiểu học Nam Đàn",
            "Tháng 7/2027",
            "Ban Quản lý dự án xã",
            "Trường Tiểu học Nam Đàn",
        ],
        [
            "b",
            "Mua sắm thiết bị dạy học lớp 1 theo chương trình mới",
            "Tháng 8/2027",
            None,
            "Trường Tiểu học Nam Đàn",
        ],
        ["2", "Văn hóa", "", "", ""],
        [
            "a",
            "Tổ chức Liên hoan văn nghệ quần chúng",
            "Tháng 9/2027",
            "Phòng Văn hóa - Xã hội",
            "Đoàn Thanh niên xã",
        ],
        [
            "b",
            "Xây dựng 02 câu lạc bộ dân ca Ví, Giặm",
            "Quý IV/2027",
            None,
            "Hội Người cao tuổi xã",
        ],
        [
            "c",
            "Bình xét gia đình văn hóa năm 2027",
            "Tháng 12/2027",
            None,
            "Ủy ban MTTQ Việt Nam xã",
        ],
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.cell(0, i).text = h
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            if v is not None:
                t.cell(r, i).text = v
    # vertical merges of the lead column: rows 2-3, rows 5-7
    t.cell(2, 3).merge(t.cell(3, 3))
    t.cell(5, 3).merge(t.cell(7, 3))
    for r in (1, 4):
        t.cell(r, 1).paragraphs[0].runs[0].bold = True
    para(doc, "")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị được phân công báo cáo kết quả về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 15/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Hồ Sỹ Long"],
    )
    return save(doc)


# H7: the schedule as quarter columns with "x" marks
def plan_h7():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HƯNG NGUYÊN", "Số: 377/KH-UBND"],
        "Hưng Nguyên, ngày 29 tháng 11 năm 2026",
        "Thực hiện tiêu chí Môi trường và An toàn thực phẩm năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 611/KH-UBND ngày 20/11/2026 của UBND tỉnh Nghệ An;",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    t = doc.add_table(rows=2 + 5, cols=8)
    t.style = "Table Grid"
    t.cell(0, 0).merge(t.cell(1, 0)).text = "TT"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Nội dung công việc"
    t.cell(0, 2).merge(t.cell(1, 2)).text = "Đơn vị chủ trì"
    t.cell(0, 3).merge(t.cell(1, 3)).text = "Đơn vị phối hợp"
    t.cell(0, 4).merge(t.cell(0, 7)).text = "Thời gian thực hiện năm 2027"
    for i, q in enumerate(["Quý I", "Quý II", "Quý III", "Quý IV"]):
        t.cell(1, 4 + i).text = q
    rows = [
        (
            "1",
            "Ra quân thu gom rác thải, khơi thông cống rãnh",
            "Ủy ban MTTQ Việt Nam xã",
            "Các thôn",
            "xx  ",
        ),
        (
            "2",
            "Xây dựng 01 mô hình phân loại rác tại nguồn",
            "Hội Liên hiệp Phụ nữ xã",
            "Phòng Kinh tế",
            " xx ",
        ),
        (
            "3",
            "Kiểm tra an toàn thực phẩm các cơ sở kinh doanh",
            "Trạm Y tế xã",
            "Công an xã",
            "x  x",
        ),
        (
            "4",
            "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            "Phòng Kinh tế",
            "Trạm Y tế xã",
            "  x ",
        ),
        ("5", "Trồng 2 km hàng rào cây xanh", "Đoàn Thanh niên xã", "Các thôn", "x   "),
    ]
    for r, (n, task, lead, co, marks) in enumerate(rows, 2):
        for i, v in enumerate((n, task, lead, co)):
            t.cell(r, i).text = v
        for q in range(4):
            t.cell(r, 4 + q).text = "x" if marks[q] == "x" else ""
    para(doc, "")
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Thị Mai"],
    )
    return save(doc)


# H2: an .rtf from WordPad, "Nhiệm vụ thứ nhất" style headings and labels on lines
def plan_h2():
    doc = opening(
        ["UBND XÃ ĐỨC THỌ", "BAN QUẢN LÝ XÂY DỰNG NTM", "Số: 21/KH-BQL"],
        "Đức Thọ, ngày 05 tháng 12 năm 2026",
        "Thực hiện các công trình hạ tầng nông thôn mới năm 2027",
    )
    para(
        doc,
        "Căn cứ Nghị quyết số 45/NQ-HĐND ngày 28/11/2026 của HĐND xã Đức Thọ về kế hoạch đầu tư công năm 2027;",
        indent=1,
    )
    para(doc, "I. CÁC CÔNG TRÌNH", bold=True)
    items = [
        (
            "Đường giao thông liên thôn Yên Trung - Yên Hồ, dài 1,8 km",
            "Ban Quản lý xây dựng NTM xã",
            "Thôn Yên Trung, Thôn Yên Hồ",
            "ngày 30 tháng 6 năm 2027",
        ),
        (
            "Nhà văn hóa thôn Đông Thượng",
            "Ban phát triển thôn Đông Thượng",
            "Ban Quản lý xây dựng NTM xã",
            "ngày 31 tháng 8 năm 2027",
        ),
        (
            "Kênh mương nội đồng xứ Đồng Cầu, dài 900 m",
            "Hợp tác xã Nông nghiệp Đức Thọ",
            "Phòng Kinh tế",
            "ngày 15 tháng 4 năm 2027",
        ),
    ]
    for i, (name, lead, co, when) in enumerate(items, 1):
        para(doc, f"Công trình {i}: {name}", bold=True)
        para(doc, f"Đơn vị thực hiện: {lead}.")
        para(doc, f"Đơn vị phối hợp: {co}.")
        para(doc, f"Hoàn thành: {when}.")
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Ban Quản lý xây dựng NTM xã tổng hợp, báo cáo tiến độ hằng tháng.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND xã (b/c);", "- Lưu: BQL."],
        ["TM. BAN QUẢN LÝ", "TRƯỞNG BAN", "", "", "Nguyễn Trọng Nghĩa"],
    )
    return saved_as(save(doc), "rtf")


# H4: a plan pasted from an e-mail whose client hard-wrapped every line at 70 characters

_H4 = [
    "ỦY BAN NHÂN DÂN",
    "XÃ THANH CHƯƠNG",
    "Số: 288/KH-UBND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Thanh Chương, ngày 01 tháng 12 năm 2026",
    "",
    "KẾ HOẠCH",
    "Xây dựng xã nông thôn mới nâng cao năm 2027",
    "",
    "Căn cứ Kế hoạch số 611/KH-UBND ngày 20/11/2026 của UBND tỉnh Nghệ An về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
    "UBND xã Thanh Chương xây dựng Kế hoạch thực hiện như sau:",
    "",
    "I. MỤC TIÊU",
    "Phấn đấu năm 2027 đạt thêm 4 tiêu chí nâng cao, nâng tổng số tiêu chí đạt chuẩn nông thôn mới nâng cao lên 19/19 tiêu chí.",
    "",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Nâng cấp, mở rộng 2,5 km đường trục xã từ ngã ba Chợ Rộ đến cầu Dùng theo tiêu chuẩn đường cấp V đồng bằng.",
    "- Chủ trì: Ban Quản lý dự án đầu tư xây dựng xã.",
    "- Phối hợp: Phòng Kinh tế, Ban phát triển thôn Phong Thịnh, Đoàn Thanh niên xã.",
    "- Thời gian hoàn thành: trong quý III/2027.",
    "2. Xây dựng 01 chợ nông thôn đạt chuẩn theo quy định của Bộ Công Thương tại trung tâm xã.",
    "- Chủ trì: Phòng Kinh tế.",
    "- Phối hợp: Hợp tác xã Thương mại và Dịch vụ Thanh Chương.",
    "- Thời gian hoàn thành: trước ngày 31/10/2027.",
    "3. Nâng tỷ lệ hộ dân được sử dụng nước sạch đáp ứng quy chuẩn lên 70% số hộ trên địa bàn xã.",
    "- Chủ trì: Phòng Kinh tế.",
    "- Phối hợp: Công ty cổ phần cấp nước Thanh Chương, các thôn.",
    "- Thời gian hoàn thành: năm 2027.",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các đơn vị được giao nhiệm vụ định kỳ hằng quý báo cáo kết quả thực hiện về UBND xã (qua Phòng Kinh tế) để tổng hợp.",
    "",
    "Nơi nhận:",
    "- UBND tỉnh (b/c);",
    "- TT Đảng ủy xã;",
    "- Lưu: VT.",
    "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH",
    "",
    "Phan Văn Đức",
]
PLAN_H4 = "\n".join(textwrap.fill(line, 70) if line else "" for line in _H4) + "\n"

if __name__ == "__main__":
    (OUT / "r19-xa-nam-dan-gop-o-doc.docx").write_bytes(plan_h3())
    (OUT / "r19-xa-hung-nguyen-danh-dau-quy.docx").write_bytes(plan_h7())
    (OUT / "r19-bql-duc-tho-wordpad.rtf").write_bytes(plan_h2())
    (OUT / "r19-xa-thanh-chuong-thu-dien-tu.txt").write_text(PLAN_H4, encoding="utf-8")
    print("ok")
