"""Writes round 19h's plans (run once; the files are committed, so the tests
read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round19h.py

Round 19h varies three families the lead's hold-out measured as failing
(issue 18), each written before the importer was changed for it:

G1. works (construction items) as tasks: a bold "Công trình 1: <name>"
    ("Hạng mục 1:", "Dự án 1:") followed by "Đơn vị thực hiện: X." /
    "Đơn vị phối hợp: Y, Z." / "Hoàn thành: ngày 30 tháng 6 năm 2027."
    (a date in words), from a commune's construction board saved by
    WordPad as .rtf, and a department's investment board in Word;
G2. a Word task table whose time is a schedule: "Thời gian thực hiện năm
    2027" merged over "Quý I … Quý IV" (or "Tháng 1 … Tháng 12", "T1 …
    T12"), a mark ("x", "X", "✓", "•") in each period the work runs, the
    other header cells merged down over both header rows;
G3. a Word task table "TT | Nội dung | Thời gian | Chủ trì | Phối hợp"
    with numbered group rows ("1 | Giáo dục", the other cells empty) over
    lettered task rows ("a", "b", …), the lead cell merged down over a
    group's rows (w:vMerge).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx.shared import Cm  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import closing_beside, closing_under, opening, para  # noqa: E402

OUT = HERE / "round19h"


# --- G1 ---------------------------------------------------------------------


def works(doc, heading_word, items):
    """`items`: (name, facts, lead, partners, done) — the work's bold heading
    "<heading_word> N: <name>", then its labelled lines."""
    for n, (name, facts, lead, partners, done) in enumerate(items, 1):
        para(doc, f"{heading_word} {n}: {name}", bold=True)
        for fact in facts:
            para(doc, fact, indent=1)
        para(doc, f"Đơn vị thực hiện: {lead}.", indent=1)
        if partners:
            para(doc, f"Đơn vị phối hợp: {partners}.", indent=1)
        para(doc, f"Hoàn thành: {done}.", indent=1)


def board_rtf() -> bytes:
    doc = opening(
        ["UBND XÃ ĐỨC LẬP", "BAN QUẢN LÝ XÂY DỰNG NTM", "Số: 21/KH-BQL"],
        "Đức Lập, ngày 12 tháng 01 năm 2027",
        "Thi công các công trình hạ tầng nông thôn mới năm 2027",
    )
    for t in [
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 05/01/2027 của UBND xã Đức Lập về"
        " xây dựng xã nông thôn mới nâng cao năm 2027;",
        "Ban Quản lý xây dựng nông thôn mới xã xây dựng kế hoạch thi công như sau:",
    ]:
        para(doc, t, indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Hoàn thành các công trình đúng tiến độ, bảo đảm chất lượng và an toàn.",
        indent=1,
    )
    para(doc, "II. DANH MỤC CÔNG TRÌNH", bold=True)
    works(
        doc,
        "Công trình",
        [
            (
                "Đường giao thông thôn Tân Lập",
                ["Quy mô: dài 1,5 km, mặt đường bê tông rộng 3,5 m."],
                "Tổ giám sát thi công",
                "Ban phát triển thôn Tân Lập, Hội Nông dân xã",
                "ngày 30 tháng 6 năm 2027",
            ),
            (
                "Nhà văn hóa thôn Đồng Tâm",
                ["Quy mô: nhà cấp IV, 120 chỗ ngồi."],
                "Công chức Địa chính - Xây dựng",
                "Ban phát triển thôn Đồng Tâm",
                "ngày 15 tháng 9 năm 2027",
            ),
            (
                "Kênh mương nội đồng cánh đồng Bàu Sen",
                ["Quy mô: 800 m kênh bê tông."],
                "Hợp tác xã Nông nghiệp Đức Lập",
                "Tổ giám sát thi công, Hội Cựu chiến binh xã",
                "ngày 20 tháng 11 năm 2027",
            ),
        ],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các thành viên Ban Quản lý theo dõi, báo cáo Trưởng ban hằng tháng.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND xã (b/c);", "- Các thôn;", "- Lưu: VT."],
        ["TM. BAN QUẢN LÝ", "TRƯỞNG BAN", "", "", "Trần Văn Bình"],
    )
    path = OUT / "r19h-bql-duc-lap-cong-trinh.docx"
    doc.save(path)
    data = path.read_bytes()
    path.unlink()
    return saved_as(data, "rtf")


def investment_docx():
    doc = opening(
        [
            "UBND TỈNH QUẢNG TRỊ",
            "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG",
            "Số: 07/KH-BQLDA",
        ],
        "Quảng Trị, ngày 03 tháng 02 năm 2027",
        "Triển khai các dự án hạ tầng nông thôn mới năm 2027",
    )
    para(doc, "I. CÁC DỰ ÁN", bold=True)
    works(
        doc,
        "Dự án",
        [
            (
                "Cầu dân sinh bản Khe Sanh",
                [],
                "Phòng Kỹ thuật",
                "UBND xã Hướng Phùng",
                "ngày 31 tháng 8 năm 2027",
            ),
            (
                "Trạm cấp nước sinh hoạt xã Tân Lập",
                ["Công suất 300 m3/ngày đêm."],
                "Phòng Điều hành dự án 2",
                "UBND xã Tân Lập, Trung tâm Nước sạch tỉnh",
                "ngày 10 tháng 12 năm 2027",
            ),
        ],
    )
    para(doc, "II. CÁC HẠNG MỤC DUY TU", bold=True)
    works(
        doc,
        "Hạng mục",
        [
            (
                "Sửa chữa mặt đường tỉnh lộ 588",
                [],
                "Phòng Kỹ thuật",
                "",
                "ngày 5 tháng 5 năm 2027",
            ),
        ],
    )
    closing_under(
        doc,
        ["- Sở Xây dựng;", "- Lưu: VT."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Lê Quang Vinh"],
    )
    doc.save(OUT / "r19h-bqlda-quang-tri-du-an.docx")


# --- G2 ---------------------------------------------------------------------


def schedule_table(doc, periods, year_label, rows, mark_widths):
    """Header row 1: TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối
    hợp (each merged down) | `year_label` (merged across the periods);
    header row 2: the periods. `rows`: (tt, work, lead, partners, marks)
    with marks a set of 0-based period indexes, or (tt, group) for a group
    row."""
    fixed = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp"]
    n = len(fixed) + len(periods)
    t = doc.add_table(rows=2, cols=n)
    t.style = "Table Grid"
    for i, h in enumerate(fixed):
        c = t.cell(0, i).merge(t.cell(1, i))
        c.text = h
    top = t.cell(0, len(fixed)).merge(t.cell(0, n - 1))
    top.text = year_label
    for j, p in enumerate(periods):
        t.cell(1, len(fixed) + j).text = p
    for row in t.rows[:2]:
        for c in row.cells:
            for r in c.paragraphs[0].runs:
                r.bold = True
    for row in rows:
        cells = t.add_row().cells
        if len(row) == 2:
            merged = cells[1].merge(cells[-1])
            cells[0].text = row[0]
            merged.text = row[1]
            for p in (cells[0].paragraphs[0], merged.paragraphs[0]):
                for r in p.runs:
                    r.bold = True
            continue
        tt, work, lead, partners, marks, mark = row
        for i, v in enumerate((tt, work, lead, partners)):
            cells[i].text = v
        for j in marks:
            cells[len(fixed) + j].text = mark
    widths = [1.0, 6.0, 3.0, 3.0] + [mark_widths] * len(periods)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


def quarters_docx():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HƯƠNG SƠN", "Số: 14/KH-UBND"],
        "Hương Sơn, ngày 08 tháng 01 năm 2027",
        "Duy trì và nâng cao chất lượng tiêu chí nông thôn mới năm 2027",
    )
    para(
        doc,
        "Thực hiện Kế hoạch số 02/KH-UBND ngày 03/01/2027 của UBND tỉnh;",
        indent=1,
    )
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Giữ vững 19 tiêu chí xã nông thôn mới.", indent=1)
    para(doc, "II. NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN", bold=True)
    schedule_table(
        doc,
        ["Quý I", "Quý II", "Quý III", "Quý IV"],
        "Thời gian thực hiện năm 2027",
        [
            (
                "1",
                "Rà soát, đánh giá hiện trạng 19 tiêu chí",
                "Văn phòng - Thống kê",
                "Các thôn",
                {0},
                "x",
            ),
            (
                "2",
                "Bê tông hóa 2 km đường trục thôn Bình Minh",
                "Phòng Kinh tế",
                "Ban phát triển thôn Bình Minh, Hội Nông dân xã",
                {1, 2},
                "x",
            ),
            (
                "3",
                "Trồng cây xanh trên các tuyến đường liên thôn",
                "Hội Liên hiệp Phụ nữ xã",
                "Đoàn Thanh niên xã",
                {0, 1, 2, 3},
                "x",
            ),
            (
                "4",
                "Tổng kết, đánh giá kết quả thực hiện",
                "Văn phòng - Thống kê",
                "",
                {3},
                "x",
            ),
        ],
        1.2,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các bộ phận, đơn vị triển khai thực hiện.", indent=1)
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Phan Văn Đức"],
    )
    doc.save(OUT / "r19h-xa-huong-son-quy.docx")


def months_docx():
    doc = opening(
        ["UBND TỈNH ĐẮK LẮK", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 33/KH-SVHTTDL"],
        "Đắk Lắk, ngày 20 tháng 12 năm 2026",
        "Xây dựng đời sống văn hóa ở khu dân cư năm 2027",
    )
    para(doc, "I. NỘI DUNG", bold=True)
    months = [f"T{m}" for m in range(1, 13)]
    schedule_table(
        doc,
        months,
        "Tiến độ năm 2027",
        [
            ("A", "CÔNG TÁC TUYÊN TRUYỀN"),
            (
                "1",
                "Tuyên truyền phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa",
                "Phòng Quản lý văn hóa",
                "Báo Đắk Lắk, Đài Phát thanh - Truyền hình tỉnh",
                {1, 2, 3},
                "✓",
            ),
            ("B", "CÔNG TÁC KIỂM TRA"),
            (
                "2",
                "Kiểm tra thiết chế văn hóa tại 15 xã",
                "Thanh tra Sở",
                "Phòng Quản lý văn hóa",
                {5, 6, 7, 8},
                "X",
            ),
            (
                "3",
                "Tập huấn nghiệp vụ cho cán bộ văn hóa xã",
                "Trung tâm Văn hóa tỉnh",
                "",
                {9},
                "•",
            ),
        ],
        0.6,
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các phòng, đơn vị thuộc Sở triển khai thực hiện.", indent=1)
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Lưu: VT, QLVH."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Y Ngông Niê"],
    )
    doc.save(OUT / "r19h-so-vhttdl-thang.docx")


# --- G3 ---------------------------------------------------------------------


def grouped_table(doc, groups):
    """TT | Nội dung | Thời gian | Chủ trì | Phối hợp; each group: (n, name,
    lead, [(letter, work, time, partners)]) — the group row bold with its
    other cells empty, the lead merged down over the group's task rows."""
    head = ["TT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp"]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.cell(0, i).text = h
        t.cell(0, i).paragraphs[0].runs[0].bold = True
    for n, name, lead, items in groups:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = n, name
        for c in cells[:2]:
            c.paragraphs[0].runs[0].bold = True
        first = len(t.rows)
        for letter, work, time, partners in items:
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = letter, work, time
            cells[4].text = partners
        last = len(t.rows) - 1
        merged = t.cell(first, 3).merge(t.cell(last, 3))
        merged.text = lead
    for row in t.rows:
        for i, w in enumerate([1.0, 6.5, 2.5, 3.0, 3.0]):
            row.cells[i].width = Cm(w)
    return t


def grouped_docx():
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ PHÚ MỸ", "Số: 09/KH-UBND"],
        "Phú Mỹ, ngày 15 tháng 01 năm 2027",
        "Thực hiện tiêu chí giáo dục, văn hóa và y tế năm 2027",
    )
    para(doc, "I. NHIỆM VỤ CỤ THỂ", bold=True)
    grouped_table(
        doc,
        [
            (
                "1",
                "Giáo dục",
                "Trường THCS Phú Mỹ",
                [
                    (
                        "a",
                        "Duy trì phổ cập giáo dục trung học cơ sở mức độ 2",
                        "Quý II/2027",
                        "Hội Khuyến học xã",
                    ),
                    (
                        "b",
                        "Sửa chữa 4 phòng học xuống cấp",
                        "30/8/2027",
                        "Phòng Kinh tế",
                    ),
                ],
            ),
            (
                "2",
                "Văn hóa",
                "Phòng Văn hóa - Xã hội",
                [
                    (
                        "a",
                        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 6 thôn",
                        "Tháng 11/2027",
                        "Ủy ban MTTQ Việt Nam xã",
                    ),
                    (
                        "b",
                        "Xây dựng tủ sách pháp luật tại nhà văn hóa các thôn",
                        "30/6/2027",
                        "Đoàn Thanh niên xã",
                    ),
                    (
                        "c",
                        "Bình xét gia đình văn hóa năm 2027",
                        "15/12/2027",
                        "Các thôn",
                    ),
                ],
            ),
            (
                "3",
                "Y tế",
                "Trạm Y tế xã",
                [
                    (
                        "a",
                        "Nâng tỷ lệ người dân tham gia bảo hiểm y tế lên 95%",
                        "Quý IV/2027",
                        "Bảo hiểm xã hội khu vực, Đài Truyền thanh xã",
                    ),
                ],
            ),
        ],
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 20/12/2027.", indent=1)
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- TT HĐND xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lê Thị Thu"],
    )
    doc.save(OUT / "r19h-xa-phu-my-nhom.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    (OUT / "r19h-bql-duc-lap-cong-trinh.rtf").write_bytes(board_rtf())
    investment_docx()
    quarters_docx()
    months_docx()
    grouped_docx()
