"""Writes round 38's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round38.py

Round 38 is the lead's fourteenth BLIND hold-out (07/12/2026): ten plans by
a helper who read neither the importer, its corpus, its docs nor the seeds.
Measured untouched on main cbb8cb6 and again on 71ceee8 (the same): tasks
65.0/68.4, leads 83.3/65.8, coordinating 86.2/69.4, officials 100/18.2,
deadlines 65.5/50.0, starts 66.7/33.3, header 98.2/96.5. No expected
result was changed.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl
from docx import Document
from openpyxl.styles import Alignment, Border, Font, Side

HERE = Path(__file__).resolve().parent
OUT = HERE / "round38"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))
from expected import toml_text  # noqa: E402
from word_writer import (  # noqa: E402
    MOTTO,
    a4,
    closing_beside,
    fill,
    fixed_widths,
    para,
    save,
    side_by_side,
)


def convert(data: bytes, target: str) -> bytes:
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "in.docx"
        src.write_bytes(data)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{d}/prof",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                d,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        return (Path(d) / f"in.{target}").read_bytes()


def write(name, data, comment, header, tasks):
    path = OUT / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    path.with_suffix(".toml").write_text(
        toml_text(comment, header, tasks), encoding="utf-8"
    )


def T(title, lead="", co=(), deadline="", start="", official=""):
    d = {"title": title, "lead": lead, "coordinating": list(co), "deadline": deadline}
    if start:
        d["start"] = start
    if official:
        d["official"] = official
    return d


def new_doc(left, right):
    doc = Document()
    a4(doc)
    side_by_side(doc, left, right)
    return doc


def grid(doc, head, rows, widths=None, size=12):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        fill(t.rows[0].cells[i], h, size=size, bold=True, center=True)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):  # group row: merged across
            m = cells[0].merge(cells[-1])
            fill(m, row, size=size, bold=True)
            continue
        for i, v in enumerate(row):
            fill(cells[i], v, size=size)
    return t


# 1 -------------------------------------------------------------------------
def p1():
    doc = new_doc(
        ["ỦY BAN NHÂN DÂN", "XÃ PHÚ BÌNH", "Số: 18/KH-UBND"],
        [*MOTTO, "Phú Bình, ngày 22 tháng 01 năm 2027"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Duy trì và nâng chất các tiêu chí xã nông thôn mới nâng cao năm 2027",
        bold=True,
        center=True,
    )
    for s in [
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 31/12/2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới các cấp giai đoạn 2026-2030;",
        "Căn cứ Nghị quyết số 09-NQ/ĐU ngày 12/01/2027 của Ban Chấp hành Đảng bộ xã Phú Bình về nhiệm vụ năm 2027;",
        "Ủy ban nhân dân xã Phú Bình xây dựng Kế hoạch duy trì và nâng chất các tiêu chí năm 2027 như sau:",
    ]:
        para(doc, s, indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Giữ vững 19/19 tiêu chí đã đạt; phấn đấu có thêm 02 thôn đạt thôn nông thôn mới kiểu mẫu.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ THEO TỪNG TIÊU CHÍ", bold=True)
    para(doc, "1. Tiêu chí số 2 - Giao thông", bold=True)
    para(
        doc,
        "1.1. Cứng hóa 2,8 km đường trục thôn Xuân Phương, Đồng Quan theo phương thức Nhà nước hỗ trợ xi măng, nhân dân đóng góp ngày công. Phòng Kinh tế chủ trì, phối hợp Ban phát triển các thôn Xuân Phương, Đồng Quan; hoàn thành trong tháng 8/2027.",
        indent=1,
    )
    para(
        doc,
        "1.2. Lắp đặt 120 cột đèn chiếu sáng năng lượng mặt trời trên tuyến ĐT.269B đoạn qua trung tâm xã. Phòng Kinh tế chủ trì, phối hợp Đoàn Thanh niên xã; thực hiện từ tháng 3/2027, xong trước 30/6/2027.",
        indent=1,
    )
    para(doc, "2. Tiêu chí số 6 - Cơ sở vật chất văn hóa", bold=True)
    para(
        doc,
        "2.1. Sửa chữa, nâng cấp nhà văn hóa thôn Tân Sơn (kinh phí dự kiến 450 triệu đồng). Ban phát triển thôn Tân Sơn chủ trì, phối hợp Phòng Văn hóa - Xã hội; hoàn thành Quý III/2027.",
        indent=1,
    )
    para(doc, "3. Tiêu chí số 17 - Môi trường và an toàn thực phẩm", bold=True)
    para(
        doc,
        "3.1. Xây dựng 03 mô hình phân loại rác thải tại nguồn ở các thôn Hà Châu, Phú Lợi. Hội Liên hiệp Phụ nữ xã chủ trì, phối hợp Phòng Kinh tế, Hội Nông dân xã; hoàn thành tháng 10/2027.",
        indent=1,
    )
    para(
        doc,
        "3.2. Kiểm tra điều kiện an toàn thực phẩm các cơ sở sản xuất, kinh doanh trên địa bàn. Trạm Y tế xã chủ trì, phối hợp Công an xã; thường xuyên.",
        indent=1,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Văn phòng HĐND và UBND xã theo dõi, tổng hợp, báo cáo kết quả thực hiện về UBND xã trước ngày 15/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- Đảng ủy xã;",
            "- TT HĐND xã;",
            "- CT, các PCT UBND xã;",
            "- Các phòng, đơn vị thuộc UBND xã;",
            "- Lưu: VT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Dương Văn Khải"],
    )
    comment = """Plan 1: commune UBND after the merger (Phú Bình, Thái Nguyên), .docx, dated 2027.
First idea: ruled table grouped by criterion. Written instead: two-level numbered list, parent = criterion
("Tiêu chí số 2 - Giao thông"), children 1.1/1.2 = works with lead/partners/deadline in the sentence.
Decisions: criterion headings are not tasks; "thôn Xuân Phương, Đồng Quan" kept as ONE partner unit
("Ban phát triển các thôn Xuân Phương, Đồng Quan"); Quý III -> 09-30; "tháng 10/2027" -> 10-31;
"thường xuyên" -> 2027-12-31; 1.2 start "từ tháng 3/2027" -> 2027-03-01. Reporting duty in III is not a task."""
    header = dict(
        number="18",
        symbol="KH-UBND",
        place="Phú Bình",
        date="2027-01-22",
        title="Duy trì và nâng chất các tiêu chí xã nông thôn mới nâng cao năm 2027",
        issuer="ỦY BAN NHÂN DÂN XÃ PHÚ BÌNH",
        authority="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        signer="Dương Văn Khải",
        bases=["51/2025/QĐ-TTg", "09-NQ/ĐU"],
        recipients=5,
    )
    tasks = [
        T(
            "Cứng hóa 2,8 km đường trục thôn Xuân Phương, Đồng Quan theo phương thức Nhà nước hỗ trợ xi măng, nhân dân đóng góp ngày công",
            "Phòng Kinh tế",
            ["Ban phát triển các thôn Xuân Phương, Đồng Quan"],
            "2027-08-31",
        ),
        T(
            "Lắp đặt 120 cột đèn chiếu sáng năng lượng mặt trời trên tuyến ĐT.269B đoạn qua trung tâm xã",
            "Phòng Kinh tế",
            ["Đoàn Thanh niên xã"],
            "2027-06-30",
            start="2027-03-01",
        ),
        T(
            "Sửa chữa, nâng cấp nhà văn hóa thôn Tân Sơn (kinh phí dự kiến 450 triệu đồng)",
            "Ban phát triển thôn Tân Sơn",
            ["Phòng Văn hóa - Xã hội"],
            "2027-09-30",
        ),
        T(
            "Xây dựng 03 mô hình phân loại rác thải tại nguồn ở các thôn Hà Châu, Phú Lợi",
            "Hội Liên hiệp Phụ nữ xã",
            ["Phòng Kinh tế", "Hội Nông dân xã"],
            "2027-10-31",
        ),
        T(
            "Kiểm tra điều kiện an toàn thực phẩm các cơ sở sản xuất, kinh doanh trên địa bàn",
            "Trạm Y tế xã",
            ["Công an xã"],
            "2027-12-31",
        ),
    ]
    write("01_xa_phu_binh_tieu_chi_2027.docx", save(doc), comment, header, tasks)


# 2 -------------------------------------------------------------------------
def p2():
    doc = new_doc(
        ["UBND XÃ YÊN LẠC", "BAN PHÁT TRIỂN THÔN ĐỒNG CƯƠNG", "Số: 02/KH-BPT"],
        [*MOTTO, "Đồng Cương, ngày 05 tháng 3 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Xây dựng thôn nông thôn mới kiểu mẫu năm 2026", bold=True, center=True)
    para(
        doc,
        "Thực hiện Kế hoạch số 41/KH-UBND ngày 20/02/2026 của UBND xã Yên Lạc về xây dựng nông thôn mới năm 2026; Nghị quyết Hội nghị thôn ngày 28/02/2026, Ban phát triển thôn Đồng Cương xây dựng kế hoạch như sau:",
        indent=1,
    )
    para(doc, "I. NỘI DUNG THỰC HIỆN", bold=True)
    items = [
        (
            "1. Chỉnh trang hàng rào xanh, trồng 1.500 m hoa dọc đường liên xóm",
            "Chi hội Phụ nữ thôn",
            "Chi đoàn thôn, Chi hội Cựu chiến binh thôn",
            "Từ 15/3/2026 đến 30/4/2026",
            "Bà Nguyễn Thị Hoa, Chi hội trưởng",
        ),
        (
            "2. Nạo vét 1,2 km mương tiêu nội đồng xứ Đồng Lầy",
            "Tổ Thủy nông thôn",
            "Các hộ có ruộng liền kề",
            "Tháng 5/2026",
            "",
        ),
        (
            "3. Vận động 100% hộ gia đình tham gia thu gom rác thải có thu phí",
            "Trưởng thôn",
            "Chi hội Phụ nữ thôn",
            "Cả năm",
            "Ông Lê Văn Tùng",
        ),
        (
            "4. Tổ chức ngày hội Đại đoàn kết toàn dân tộc",
            "Ban công tác Mặt trận thôn",
            "",
            "Ngày 15/11/2026",
            "",
        ),
    ]
    for title, lead, co, time, who in items:
        para(doc, title, bold=True)
        para(doc, f"Chủ trì: {lead}.")
        if co:
            para(doc, f"Phối hợp: {co}.")
        para(doc, f"Thời gian: {time}.")
        if who:
            para(doc, f"Người phụ trách: {who}.")
    para(doc, "II. KINH PHÍ", bold=True)
    para(
        doc,
        "Nhân dân đóng góp 86 triệu đồng; ngân sách xã hỗ trợ theo quy định.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND xã Yên Lạc (b/c);", "- Chi bộ thôn;", "- Lưu: BPT."],
        ["TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN", "", "", "Lê Văn Tùng"],
    )
    comment = """Plan 2: village development board under UBND xã Yên Lạc (Phú Thọ after merger), .docx.
First idea: prose list of works. Written instead: bold numbered work lines each followed by labelled lines
"Chủ trì:", "Phối hợp:", "Thời gian:", "Người phụ trách:".
Decisions: issuer is the board only (superior line dropped); place is "Đồng Cương" as written; "Chi đoàn thôn,
Chi hội Cựu chiến binh thôn" split into two partners (two distinct bodies); "Các hộ có ruộng liền kề" kept as a
partner; officials without "Bà/Ông" and post; "Cả năm" -> 2026-12-31; bases: numbered KH + unnumbered
"Nghị quyết ngày 28/02/2026"."""
    header = dict(
        number="02",
        symbol="KH-BPT",
        place="Đồng Cương",
        date="2026-03-05",
        title="Xây dựng thôn nông thôn mới kiểu mẫu năm 2026",
        issuer="BAN PHÁT TRIỂN THÔN ĐỒNG CƯƠNG",
        authority="TM. BAN PHÁT TRIỂN THÔN",
        signer_title="TRƯỞNG BAN",
        signer="Lê Văn Tùng",
        bases=["41/KH-UBND", "Nghị quyết ngày 28/02/2026"],
        recipients=3,
    )
    tasks = [
        T(
            "Chỉnh trang hàng rào xanh, trồng 1.500 m hoa dọc đường liên xóm",
            "Chi hội Phụ nữ thôn",
            ["Chi đoàn thôn", "Chi hội Cựu chiến binh thôn"],
            "2026-04-30",
            start="2026-03-15",
            official="Nguyễn Thị Hoa",
        ),
        T(
            "Nạo vét 1,2 km mương tiêu nội đồng xứ Đồng Lầy",
            "Tổ Thủy nông thôn",
            ["Các hộ có ruộng liền kề"],
            "2026-05-31",
        ),
        T(
            "Vận động 100% hộ gia đình tham gia thu gom rác thải có thu phí",
            "Trưởng thôn",
            ["Chi hội Phụ nữ thôn"],
            "2026-12-31",
            official="Lê Văn Tùng",
        ),
        T(
            "Tổ chức ngày hội Đại đoàn kết toàn dân tộc",
            "Ban công tác Mặt trận thôn",
            [],
            "2026-11-15",
        ),
    ]
    write("02_thon_dong_cuong_nhan_dong.docx", save(doc), comment, header, tasks)


# 3 -------------------------------------------------------------------------
def p3():
    doc = new_doc(
        ["UBND TỈNH TUYÊN QUANG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 356/KH-SNNMT"],
        [*MOTTO, "Tuyên Quang, ngày 14 tháng 4 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Hỗ trợ các xã vùng cao đạt chuẩn nông thôn mới giai đoạn 2026 - 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Căn cứ Quyết định số 1123/QĐ-UBND ngày 02/4/2026 của UBND tỉnh Tuyên Quang về giao chỉ tiêu nông thôn mới năm 2026; Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:",
        indent=1,
    )
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Đến hết năm 2027 có thêm 06 xã vùng cao đạt chuẩn nông thôn mới.",
        indent=1,
    )
    para(doc, "II. PHÂN CÔNG NHIỆM VỤ", bold=True)
    groups = [
        (
            "1. Văn phòng Điều phối nông thôn mới tỉnh",
            [
                [
                    "1",
                    "Triệu Văn Đức",
                    "Chánh Văn phòng",
                    "Rà soát hiện trạng tiêu chí 06 xã Lâm Bình, Thượng Lâm, Minh Quang, Hồng Thái, Yên Minh, Mậu Duệ",
                    "Tháng 5/2026",
                ],
                [
                    "2",
                    "Hoàng Thị Lan",
                    "Chuyên viên",
                    "Hướng dẫn lập hồ sơ đề nghị xét công nhận xã đạt chuẩn",
                    "Quý IV/2027",
                ],
            ],
        ),
        (
            "2. Phòng Phát triển nông thôn",
            [
                [
                    "3",
                    "Nông Quốc Hưng",
                    "Trưởng phòng",
                    "Xây dựng 04 chuỗi liên kết sản xuất chè Shan tuyết, cam sành",
                    "30/9/2026",
                ],
            ],
        ),
        (
            "3. Chi cục Thủy lợi",
            [
                [
                    "4",
                    "Ma Văn Sơn",
                    "Phó Chi cục trưởng",
                    "Kiểm tra, đề xuất sửa chữa 12 công trình cấp nước sinh hoạt tập trung",
                    "Hằng năm",
                ],
            ],
        ),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(
        ["STT", "Họ và tên", "Chức vụ", "Nhiệm vụ được giao", "Thời hạn"]
    ):
        fill(t.rows[0].cells[i], h, bold=True, center=True)
    for g, rows in groups:
        c = t.add_row().cells
        fill(c[0].merge(c[-1]), g, bold=True)
        for r in rows:
            c = t.add_row().cells
            for i, v in enumerate(r):
                fill(c[i], v)
    fixed_widths(t, [1.2, 3.5, 3.0, 6.3, 2.5])
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các phòng, đơn vị báo cáo kết quả về Văn phòng Điều phối nông thôn mới tỉnh trước ngày 20 tháng cuối quý.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- Ban Giám đốc Sở;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- UBND các xã có tên;",
            "- Lưu: VT, VPĐP.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Đặng Minh Tuấn"],
    )
    comment = """Plan 3: provincial department (Sở NN&MT Tuyên Quang, merged province), .docx.
First idea: a ruled table Nội dung | Đơn vị chủ trì | Phối hợp | Thời gian. Written instead: "Phân công nhiệm vụ"
table per department (merged group rows = department), each row a person with post.
Decisions: lead = the group's department; official = the person's name (post dropped); issuer is the Sở only
(UBND TỈNH line above dropped); authority "KT. GIÁM ĐỐC"; the list of six communes inside task 1 is the
task's object, not partners; "Quý IV/2027" -> 2027-12-31 (a plan spanning 2026-2027, date as written);
"Hằng năm" -> 2026-12-31 (plan's year); "Tháng 5/2026" -> 2026-05-31."""
    header = dict(
        number="356",
        symbol="KH-SNNMT",
        place="Tuyên Quang",
        date="2026-04-14",
        title="Hỗ trợ các xã vùng cao đạt chuẩn nông thôn mới giai đoạn 2026 - 2027",
        issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        authority="KT. GIÁM ĐỐC",
        signer_title="PHÓ GIÁM ĐỐC",
        signer="Đặng Minh Tuấn",
        bases=["1123/QĐ-UBND"],
        recipients=5,
    )
    vp = "Văn phòng Điều phối nông thôn mới tỉnh"
    tasks = [
        T(
            "Rà soát hiện trạng tiêu chí 06 xã Lâm Bình, Thượng Lâm, Minh Quang, Hồng Thái, Yên Minh, Mậu Duệ",
            vp,
            [],
            "2026-05-31",
            official="Triệu Văn Đức",
        ),
        T(
            "Hướng dẫn lập hồ sơ đề nghị xét công nhận xã đạt chuẩn",
            vp,
            [],
            "2027-12-31",
            official="Hoàng Thị Lan",
        ),
        T(
            "Xây dựng 04 chuỗi liên kết sản xuất chè Shan tuyết, cam sành",
            "Phòng Phát triển nông thôn",
            [],
            "2026-09-30",
            official="Nông Quốc Hưng",
        ),
        T(
            "Kiểm tra, đề xuất sửa chữa 12 công trình cấp nước sinh hoạt tập trung",
            "Chi cục Thủy lợi",
            [],
            "2026-12-31",
            official="Ma Văn Sơn",
        ),
    ]
    write("03_so_nnmt_tuyen_quang_phan_cong.docx", save(doc), comment, header, tasks)


# 4 -------------------------------------------------------------------------
def p4():
    doc = new_doc(
        [
            "HỘI NÔNG DÂN TỈNH LẠNG SƠN",
            "BCH HỘI NÔNG DÂN XÃ HỮU LŨNG",
            "*",
            "Số: 27-KH/HND",
        ],
        [*MOTTO, "Hữu Lũng, ngày 10 tháng 9 năm 2025"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Hội Nông dân tham gia xây dựng nông thôn mới từ nay đến hết năm 2026",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Thực hiện Chương trình công tác số 05-CTr/HNDT ngày 15/7/2025 của Ban Thường vụ Hội Nông dân tỉnh, Ban Chấp hành Hội Nông dân xã Hữu Lũng ban hành kế hoạch như sau:",
        indent=1,
    )
    para(doc, "NHIỆM VỤ VÀ PHÂN CÔNG", bold=True)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(
        [
            "TT",
            "Đơn vị thực hiện",
            "Nội dung công việc",
            "Thời gian hoàn thành",
            "Đơn vị phối hợp",
        ]
    ):
        fill(t.rows[0].cells[i], h, bold=True, center=True)
    rows = [
        "A. PHÁT TRIỂN SẢN XUẤT",
        [
            "1",
            "Ban Thường vụ Hội",
            "Xây dựng 02 tổ hội nghề nghiệp trồng na, trồng cam theo VietGAP",
            "Quý I/2026",
            "Hợp tác xã Na Chi Lăng",
        ],
        [
            "2",
            "Các chi hội",
            "Giới thiệu hội viên vay vốn Quỹ Hỗ trợ nông dân (tổng 1,5 tỷ đồng)",
            "31/12/2025",
            "Ngân hàng Chính sách xã hội",
        ],
        "B. BẢO VỆ MÔI TRƯỜNG",
        [
            "3",
            "Các chi hội Yên Bình, Minh Hòa",
            "Ra quân thu gom vỏ bao bì thuốc bảo vệ thực vật trên đồng ruộng",
            "Hằng tháng",
            "Đoàn Thanh niên; Hội Phụ nữ xã",
        ],
        [
            "4",
            "Ban Thường vụ Hội",
            'Nhân rộng mô hình "Cánh đồng không rác" ra 05 thôn',
            "Tháng 6/2026",
            "",
        ],
    ]
    for r in rows:
        c = t.add_row().cells
        if isinstance(r, str):
            fill(c[0].merge(c[-1]), r, bold=True)
        else:
            for i, v in enumerate(r):
                fill(c[i], v)
    fixed_widths(t, [1.0, 3.2, 6.0, 3.0, 3.3])
    closing_beside(
        doc,
        [
            "- Hội Nông dân tỉnh;",
            "- Đảng ủy xã;",
            "- UBND xã;",
            "- Các chi hội;",
            "- Lưu VP.",
        ],
        ["T/M BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "Hoàng Văn Nghĩa"],
    )
    pdf = convert(save(doc), "pdf")
    comment = """Plan 4: Hội Nông dân xã Hữu Lũng (Lạng Sơn, post-merger commune), .pdf made by LibreOffice from .docx.
First idea: columns Nội dung | Chủ trì | Phối hợp | Thời gian. Written instead: ruled table with lead BEFORE the
content and partners LAST (TT | Đơn vị thực hiện | Nội dung công việc | Thời gian hoàn thành | Đơn vị phối hợp),
merged group rows A./B.
Decisions: symbol is the party-style "KH/HND" (number "27" digits only; written "27-KH/HND");
issuer = "BCH HỘI NÔNG DÂN XÃ HỮU LŨNG" (provincial line above dropped); authority written "T/M BAN THƯỜNG VỤ"
kept as written; plan year 2025 (date 10/9/2025) so "Hằng tháng" -> 2025-12-31; "Quý I/2026" -> 2026-03-31;
"Các chi hội Yên Bình, Minh Hòa" ONE lead; partners split on ";"."""
    header = dict(
        number="27",
        symbol="KH/HND",
        place="Hữu Lũng",
        date="2025-09-10",
        title="Hội Nông dân tham gia xây dựng nông thôn mới từ nay đến hết năm 2026",
        issuer="BCH HỘI NÔNG DÂN XÃ HỮU LŨNG",
        authority="T/M BAN THƯỜNG VỤ",
        signer_title="CHỦ TỊCH",
        signer="Hoàng Văn Nghĩa",
        bases=["05-CTr/HNDT"],
        recipients=5,
    )
    tasks = [
        T(
            "Xây dựng 02 tổ hội nghề nghiệp trồng na, trồng cam theo VietGAP",
            "Ban Thường vụ Hội",
            ["Hợp tác xã Na Chi Lăng"],
            "2026-03-31",
        ),
        T(
            "Giới thiệu hội viên vay vốn Quỹ Hỗ trợ nông dân (tổng 1,5 tỷ đồng)",
            "Các chi hội",
            ["Ngân hàng Chính sách xã hội"],
            "2025-12-31",
        ),
        T(
            "Ra quân thu gom vỏ bao bì thuốc bảo vệ thực vật trên đồng ruộng",
            "Các chi hội Yên Bình, Minh Hòa",
            ["Đoàn Thanh niên", "Hội Phụ nữ xã"],
            "2025-12-31",
        ),
        T(
            'Nhân rộng mô hình "Cánh đồng không rác" ra 05 thôn',
            "Ban Thường vụ Hội",
            [],
            "2026-06-30",
        ),
    ]
    write("04_hnd_huu_lung_bang.pdf", pdf, comment, header, tasks)


# 5 -------------------------------------------------------------------------
def p5():
    doc = new_doc(
        ["ỦY BAN NHÂN DÂN", "HUYỆN CHỢ MỚI", "Số: 1875/QĐ-UBND"],
        [*MOTTO, "Chợ Mới, ngày 26 tháng 6 năm 2024"],
    )
    para(doc, "QUYẾT ĐỊNH", bold=True, center=True)
    para(
        doc,
        "Về việc ban hành Kế hoạch nâng cao chất lượng tiêu chí thu nhập và nghèo đa chiều năm 2024",
        bold=True,
        center=True,
    )
    para(doc, "ỦY BAN NHÂN DÂN HUYỆN CHỢ MỚI", bold=True, center=True)
    para(doc, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;", indent=1)
    para(
        doc,
        "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ;",
        indent=1,
    )
    para(
        doc,
        "Theo đề nghị của Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện.",
        indent=1,
    )
    para(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    para(
        doc,
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch nâng cao chất lượng tiêu chí thu nhập và nghèo đa chiều năm 2024.",
        indent=1,
    )
    para(
        doc,
        "Điều 2. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Thủ trưởng các phòng, ban, Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Như Điều 2;", "- TT Huyện ủy;", "- Lưu: VT."],
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "Lục Văn Thắng",
        ],
    )
    doc.add_page_break()
    side_by_side(doc, ["ỦY BAN NHÂN DÂN", "HUYỆN CHỢ MỚI"], MOTTO)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Nâng cao chất lượng tiêu chí thu nhập và nghèo đa chiều năm 2024",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Ban hành kèm theo Quyết định số 1875/QĐ-UBND ngày 26/6/2024 của UBND huyện Chợ Mới)",
        italic=True,
        center=True,
    )
    para(doc, "I. NHIỆM VỤ", bold=True)
    para(doc, "1. Hỗ trợ phát triển sản xuất", bold=True)
    para(
        doc,
        "a) Hỗ trợ 150 hộ nghèo, cận nghèo giống cây quế, hồi (Phòng Nông nghiệp và PTNT chủ trì, phối hợp UBND các xã Thanh Mai, Thanh Vận, Mai Lạp; xong trước 30/9/2024).",
        indent=1,
    )
    para(
        doc,
        "b) Mở 06 lớp đào tạo nghề nông nghiệp cho lao động nông thôn (Phòng Lao động - Thương binh và Xã hội chủ trì; thời gian: tháng 7 - tháng 11/2024).",
        indent=1,
    )
    para(doc, "2. Giảm nghèo đa chiều", bold=True)
    para(
        doc,
        "a) Rà soát, cập nhật danh sách hộ nghèo, cận nghèo cuối năm (UBND các xã chủ trì; phối hợp Phòng Lao động - Thương binh và Xã hội; Quý IV/2024).",
        indent=1,
    )
    para(
        doc,
        "b) Hỗ trợ sửa chữa 40 nhà ở cho hộ nghèo (Ủy ban MTTQ Việt Nam huyện chủ trì, phối hợp Hội Cựu chiến binh huyện, Huyện đoàn; hoàn thành 31/12/2024).",
        indent=1,
    )
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Phòng Nông nghiệp và PTNT là cơ quan thường trực, theo dõi, tổng hợp báo cáo UBND huyện.",
        indent=1,
    )
    pdf = convert(save(doc), "pdf")
    comment = """Plan 5: UBND huyện Chợ Mới (Bắc Kạn, before the 2025 merger), 2024, .pdf from .docx via LibreOffice.
First idea: a stand-alone plan with a ruled table. Written instead: a decision (Quyết định 1875/QĐ-UBND) with the
plan attached after a page break; tasks a)/b) under 1./2., responsibility and time in brackets.
Decisions (disputable): header number/symbol/date/signer taken from the decision, since the attached plan has no
number or signature of its own: number "1875", symbol "QĐ-UBND"; title = the attached plan's title;
authority "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH"; bases = numbered bases of the decision (the Law has no number:
"Luật ngày 19/6/2015"); "Theo đề nghị" is not a basis. Task 2 start "tháng 7" -> 2024-07-01, end 2024-11-30.
"UBND các xã Thanh Mai, Thanh Vận, Mai Lạp" ONE unit. Quý IV/2024 -> 2024-12-31."""
    header = dict(
        number="1875",
        symbol="QĐ-UBND",
        place="Chợ Mới",
        date="2024-06-26",
        title="Nâng cao chất lượng tiêu chí thu nhập và nghèo đa chiều năm 2024",
        issuer="ỦY BAN NHÂN DÂN HUYỆN CHỢ MỚI",
        authority="TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        signer_title="PHÓ CHỦ TỊCH",
        signer="Lục Văn Thắng",
        bases=["Luật ngày 19/6/2015", "318/QĐ-TTg"],
        recipients=3,
    )
    tasks = [
        T(
            "Hỗ trợ 150 hộ nghèo, cận nghèo giống cây quế, hồi",
            "Phòng Nông nghiệp và PTNT",
            ["UBND các xã Thanh Mai, Thanh Vận, Mai Lạp"],
            "2024-09-30",
        ),
        T(
            "Mở 06 lớp đào tạo nghề nông nghiệp cho lao động nông thôn",
            "Phòng Lao động - Thương binh và Xã hội",
            [],
            "2024-11-30",
            start="2024-07-01",
        ),
        T(
            "Rà soát, cập nhật danh sách hộ nghèo, cận nghèo cuối năm",
            "UBND các xã",
            ["Phòng Lao động - Thương binh và Xã hội"],
            "2024-12-31",
        ),
        T(
            "Hỗ trợ sửa chữa 40 nhà ở cho hộ nghèo",
            "Ủy ban MTTQ Việt Nam huyện",
            ["Hội Cựu chiến binh huyện", "Huyện đoàn"],
            "2024-12-31",
        ),
    ]
    write("05_huyen_cho_moi_quyet_dinh_2024.pdf", pdf, comment, header, tasks)


# 6 -------------------------------------------------------------------------
def p6():
    text = """HỘI LHPN XÃ ĐẠI ĐỒNG
Số: 09/KH-HPN
Đại Đồng, ngày 03/8/2026

KẾ HOẠCH
Thực hiện phong trào "5 không 3 sạch" góp phần xây dựng NTM 6 tháng cuối năm 2026

Các chị chi hội trưởng lưu ý nhé
Căn cứ KH số 112/KH-UBND ngày 25/7/2026 của UBND xã

Việc 1: ra quân dọn vệ sinh đường làng ngõ xóm
Chi hội Đông Xuyên chủ trì
phối hợp chi đoàn Đông Xuyên
làm xong trước 30/8

Việc 2: chấm điểm hộ đạt 5 không 3 sạch
BCH Hội xã chủ trì, phối hợp Ban phát triển các thôn
tháng 10/2026
chị Vũ Thị Mai phụ trách

Việc 3: trồng cây hoa ở tuyến đường xóm Trại, xóm Giữa
các chi hội Trại, Giữa chủ trì
hạn 15/9/2026

Báo cáo kết quả về Hội xã trước ngày 20/11 nha các chị

Nơi nhận:
- Hội LHPN tỉnh Bắc Ninh (b/c)
- Đảng ủy xã
- các chi hội
- lưu

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Nguyễn Thị Thu Hằng
"""
    comment = """Plan 6: Hội LHPN xã Đại Đồng (Bắc Ninh after merger), Zalo-style message pasted into .txt.
First idea: an e-mail body with a numbered list. Written instead: informal short lines, "Việc 1:" headings, lead and
partner and deadline on separate lines, no tables.
Decisions: date "03/8/2026"; deadlines without a year take the plan's year (30/8 -> 2026-08-30); "tháng 10/2026" ->
2026-10-31; official "Vũ Thị Mai" ("chị" dropped); "các chi hội Trại, Giữa" ONE lead; reporting line not a task;
recipients 4 ("lưu" counted)."""
    header = dict(
        number="09",
        symbol="KH-HPN",
        place="Đại Đồng",
        date="2026-08-03",
        title='Thực hiện phong trào "5 không 3 sạch" góp phần xây dựng NTM 6 tháng cuối năm 2026',
        issuer="HỘI LHPN XÃ ĐẠI ĐỒNG",
        authority="TM. BAN THƯỜNG VỤ",
        signer_title="CHỦ TỊCH",
        signer="Nguyễn Thị Thu Hằng",
        bases=["112/KH-UBND"],
        recipients=4,
    )
    tasks = [
        T(
            "Ra quân dọn vệ sinh đường làng ngõ xóm",
            "Chi hội Đông Xuyên",
            ["chi đoàn Đông Xuyên"],
            "2026-08-30",
        ),
        T(
            "Chấm điểm hộ đạt 5 không 3 sạch",
            "BCH Hội xã",
            ["Ban phát triển các thôn"],
            "2026-10-31",
            official="Vũ Thị Mai",
        ),
        T(
            "Trồng cây hoa ở tuyến đường xóm Trại, xóm Giữa",
            "các chi hội Trại, Giữa",
            [],
            "2026-09-15",
        ),
    ]
    write("06_hpn_dai_dong_zalo.txt", text, comment, header, tasks)


# 7 -------------------------------------------------------------------------
def p7():
    text = """**Từ:** HTX Nông nghiệp Tân Hưng <htxtanhung@gmail.com>
**Gửi:** Văn phòng Điều phối NTM xã Tân Hưng
**Ngày gửi:** 12/01/2026
**Chủ đề:** Gửi Kế hoạch sản xuất - tiêu thụ gạo OCOP năm 2026

Kính gửi Văn phòng Điều phối NTM xã,

HTX xin gửi kế hoạch năm 2026 để tổng hợp. Bản có dấu sẽ gửi sau.

---

HỢP TÁC XÃ NÔNG NGHIỆP TÂN HƯNG

Số: 01/KH-HTX

Tân Hưng, ngày 10 tháng 01 năm 2026

# KẾ HOẠCH
## Sản xuất, tiêu thụ gạo ST25 đạt chuẩn OCOP 4 sao năm 2026

Căn cứ Nghị quyết Đại hội thành viên thường niên ngày 05/01/2026; căn cứ Quyết định số 215/QĐ-UBND ngày 20/11/2025 của UBND tỉnh Cần Thơ về công nhận sản phẩm OCOP.

Năm 2026, Ban quản trị Hợp tác xã sẽ chủ trì mở rộng vùng nguyên liệu lúa ST25 liên kết lên 320 ha tại các ấp Tân Phú, Tân Lợi, phối hợp với Phòng Kinh tế xã, hoàn thành trước vụ Hè Thu (tháng 4/2026).

Tổ kỹ thuật do anh Trần Minh Phụng phụ trách sẽ tập huấn quy trình canh tác giảm phát thải cho 180 hộ thành viên, thực hiện từ tháng 02/2026 đến tháng 3/2026, có sự phối hợp của Trung tâm Dịch vụ nông nghiệp.

Bộ phận kinh doanh của HTX đảm nhận việc đưa sản phẩm lên sàn thương mại điện tử và ký hợp đồng với 02 hệ thống siêu thị trong Quý III/2026.

Ngoài ra, Ban kiểm soát HTX theo dõi, kiểm tra việc thực hiện và báo cáo Đại hội thành viên cuối năm.

Nơi nhận:
- UBND xã Tân Hưng;
- Thành viên HTX;
- Lưu: HTX.

TM. HỘI ĐỒNG QUẢN TRỊ
CHỦ TỊCH
Lâm Văn Bé
"""
    comment = """Plan 7: cooperative (HTX Nông nghiệp Tân Hưng, Cần Thơ after merger), e-mail body in .md.
First idea: a short bulleted list under a heading. Written instead: an e-mail with headers, then the plan as prose
paragraphs with the responsible body inside the sentence ("Ban quản trị ... sẽ chủ trì ...", "Tổ kỹ thuật do anh ...
phụ trách", "Bộ phận kinh doanh ... đảm nhận").
Decisions: e-mail date is not the plan's date (plan 10/01/2026); "các ấp Tân Phú, Tân Lợi" part of title; "trước vụ
Hè Thu (tháng 4/2026)" -> 2026-04-30; task 2 start 2026-02-01, end 2026-03-31, official "Trần Minh Phụng" ("anh"
dropped); Ban kiểm soát monitoring is not a task; bases: unnumbered "Nghị quyết ngày 05/01/2026" + "215/QĐ-UBND"."""
    header = dict(
        number="01",
        symbol="KH-HTX",
        place="Tân Hưng",
        date="2026-01-10",
        title="Sản xuất, tiêu thụ gạo ST25 đạt chuẩn OCOP 4 sao năm 2026",
        issuer="HỢP TÁC XÃ NÔNG NGHIỆP TÂN HƯNG",
        authority="TM. HỘI ĐỒNG QUẢN TRỊ",
        signer_title="CHỦ TỊCH",
        signer="Lâm Văn Bé",
        bases=["Nghị quyết ngày 05/01/2026", "215/QĐ-UBND"],
        recipients=3,
    )
    tasks = [
        T(
            "Mở rộng vùng nguyên liệu lúa ST25 liên kết lên 320 ha tại các ấp Tân Phú, Tân Lợi",
            "Ban quản trị Hợp tác xã",
            ["Phòng Kinh tế xã"],
            "2026-04-30",
        ),
        T(
            "Tập huấn quy trình canh tác giảm phát thải cho 180 hộ thành viên",
            "Tổ kỹ thuật",
            ["Trung tâm Dịch vụ nông nghiệp"],
            "2026-03-31",
            start="2026-02-01",
            official="Trần Minh Phụng",
        ),
        T(
            "Đưa sản phẩm lên sàn thương mại điện tử và ký hợp đồng với 02 hệ thống siêu thị",
            "Bộ phận kinh doanh",
            [],
            "2026-09-30",
        ),
    ]
    write("07_htx_tan_hung_email.md", text, comment, header, tasks)


# 8 -------------------------------------------------------------------------
def p8():
    doc = new_doc(
        ["ĐẢNG BỘ HUYỆN ĐÔNG ANH", "ĐẢNG ỦY XÃ VÂN NỘI", "*", "Số:      -KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "Vân Nội, ngày    tháng 3 năm 2025"],
    )
    para(doc, "DỰ THẢO", bold=True, center=False)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Lãnh đạo hoàn thành các tiêu chí xã nông thôn mới kiểu mẫu trước khi sắp xếp đơn vị hành chính",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Thực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Chấp hành Trung ương; Chỉ thị số 14-CT/HU ngày 06/3/2025 của Ban Thường vụ Huyện ủy Đông Anh, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "- Hoàn thiện hồ sơ tiêu chí trước khi bàn giao cho đơn vị hành chính mới.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM", bold=True)
    para(doc, "1. Công tác tuyên truyền", bold=True)
    para(
        doc,
        "a) Tuyên truyền trên hệ thống truyền thanh và trang thông tin điện tử xã:",
        indent=1,
    )
    para(
        doc,
        "- Giao Ủy ban MTTQ xã chủ trì, phối hợp các đoàn thể chính trị - xã hội thực hiện;",
        indent=1,
    )
    para(doc, "- Thời gian: tháng 3 và tháng 4/2025.", indent=1)
    para(doc, "2. Hoàn thiện tiêu chí", bold=True)
    para(doc, "a) Về cảnh quan, môi trường:", indent=1)
    para(doc, "- Cải tạo hồ sinh thái thôn Đông, diện tích 1,6 ha:", indent=1)
    para(doc, "+ Đơn vị thực hiện: Đảng ủy giao UBND xã chủ trì;", indent=1)
    para(doc, "+ Phối hợp: Chi bộ thôn Đông, Ban phát triển thôn Đông;", indent=1)
    para(
        doc,
        "+ Thời hạn: 30/5/2025; đồng chí Nguyễn Văn Quang, Phó Bí thư Thường trực theo dõi.",
        indent=1,
    )
    para(doc, "b) Về hồ sơ:", indent=1)
    para(doc, "- Số hóa toàn bộ hồ sơ minh chứng 19 tiêu chí:", indent=1)
    para(
        doc,
        "+ Đơn vị thực hiện: Văn phòng Đảng ủy; phối hợp Văn phòng HĐND - UBND xã;",
        indent=1,
    )
    para(doc, "+ Thời hạn: trước 15/6/2025.", indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Ủy ban Kiểm tra Đảng ủy kiểm tra, giám sát việc thực hiện Kế hoạch.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- Ban Thường vụ Huyện ủy (b/c);",
            "- Các đồng chí Đảng ủy viên;",
            "- Các chi bộ;",
            "- Lưu VPĐU.",
        ],
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "Đỗ Thị Hồng Nhung"],
    )
    doc_bytes = convert(save(doc), "doc")
    comment = """Plan 8: Đảng ủy xã Vân Nội (old commune of huyện Đông Anh, Hà Nội, before the 1/7/2025 merger),
DRAFT with blank number and day, .doc via LibreOffice.
First idea: party plan with a "Giao ... chủ trì" sentence list. Written instead: numbered narrative I./1./a)/-/+ with
"+ Đơn vị thực hiện:", "+ Phối hợp:", "+ Thời hạn:" lines at the deepest level.
Decisions: number "" (blank), symbol "KH/ĐU", date blank day -> "2025-03"; issuer "ĐẢNG ỦY XÃ VÂN NỘI" (superior
"ĐẢNG BỘ HUYỆN ĐÔNG ANH" dropped); the task title is the a)/- line's work ("a) Tuyên truyền ..." for task 1 where the
"- Giao" line carries the lead; "- Cải tạo ..." for task 2, not the "Về cảnh quan" heading); "tháng 3 và tháng 4/2025"
-> start 2025-03-01, deadline 2025-04-30; official "Nguyễn Văn Quang" ("theo dõi" read as the named responsible);
"Đảng ủy giao UBND xã chủ trì" lead = "UBND xã"; Ủy ban Kiểm tra supervision not a task."""
    header = dict(
        number="",
        symbol="KH/ĐU",
        place="Vân Nội",
        date="2025-03",
        title="Lãnh đạo hoàn thành các tiêu chí xã nông thôn mới kiểu mẫu trước khi sắp xếp đơn vị hành chính",
        issuer="ĐẢNG ỦY XÃ VÂN NỘI",
        authority="T/M BAN THƯỜNG VỤ",
        signer_title="BÍ THƯ",
        signer="Đỗ Thị Hồng Nhung",
        bases=["127-KL/TW", "14-CT/HU"],
        recipients=4,
    )
    tasks = [
        T(
            "Tuyên truyền trên hệ thống truyền thanh và trang thông tin điện tử xã",
            "Ủy ban MTTQ xã",
            ["các đoàn thể chính trị - xã hội"],
            "2025-04-30",
            start="2025-03-01",
        ),
        T(
            "Cải tạo hồ sinh thái thôn Đông, diện tích 1,6 ha",
            "UBND xã",
            ["Chi bộ thôn Đông", "Ban phát triển thôn Đông"],
            "2025-05-30",
            official="Nguyễn Văn Quang",
        ),
        T(
            "Số hóa toàn bộ hồ sơ minh chứng 19 tiêu chí",
            "Văn phòng Đảng ủy",
            ["Văn phòng HĐND - UBND xã"],
            "2025-06-15",
        ),
    ]
    write("08_dang_uy_van_noi_du_thao_2025.doc", doc_bytes, comment, header, tasks)


# 9 -------------------------------------------------------------------------
def p9():
    doc = new_doc(
        ["UBND XÃ NAM ĐÔNG", "TRẠM Y TẾ XÃ NAM ĐÔNG", "Số: 14/KH-TYT"],
        [*MOTTO, "Nam Đông, ngày 18 tháng 02 năm 2026"],
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Duy trì tiêu chí Y tế (tiêu chí số 15) và nước sạch trong xây dựng nông thôn mới năm 2026",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 30/KH-UBND ngày 09/02/2026 của UBND xã Nam Đông; Trạm Y tế xã xây dựng kế hoạch như sau:",
        indent=1,
    )
    para(doc, "1. Mục tiêu", bold=True)
    para(
        doc,
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%; 90% dân số được quản lý sức khỏe điện tử.",
        indent=1,
    )
    para(doc, "2. Nội dung hoạt động", bold=True)
    t = doc.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    top = t.rows[0].cells
    fill(top[0].merge(t.rows[1].cells[0]), "Số TT", bold=True, center=True)
    fill(top[1].merge(t.rows[1].cells[1]), "Hoạt động", bold=True, center=True)
    fill(top[2].merge(top[3]), "Trách nhiệm", bold=True, center=True)
    fill(t.rows[1].cells[2], "Thực hiện", bold=True, center=True)
    fill(t.rows[1].cells[3], "Hỗ trợ", bold=True, center=True)
    fill(top[4].merge(top[5]), "Thời gian", bold=True, center=True)
    fill(t.rows[1].cells[4], "Bắt đầu", bold=True, center=True)
    fill(t.rows[1].cells[5], "Kết thúc", bold=True, center=True)
    rows = [
        [
            "1",
            "Vận động người dân tham gia BHYT hộ gia đình",
            "Trạm Y tế xã",
            "Bưu điện xã, Ban phát triển các thôn",
            "01/3/2026",
            "30/6/2026",
        ],
        [
            "2",
            "Lập hồ sơ sức khỏe điện tử cho người dân các thôn Phú Mậu, Hà Giang, Xuân Lộc (YS Hồ Thị Nga)",
            "Trạm Y tế xã",
            "Công an xã",
            "",
            "Quý III/2026",
        ],
        [
            "3",
            "Xét nghiệm chất lượng nước 25 giếng khoan, 04 công trình cấp nước tập trung",
            "Trạm Y tế xã",
            "Trung tâm Kiểm soát bệnh tật tỉnh",
            "",
            "Tháng 8/2026",
        ],
        [
            "4",
            "Khám sàng lọc tăng huyết áp, đái tháo đường cho người trên 40 tuổi",
            "Trạm Y tế xã",
            "Hội Người cao tuổi xã",
            "",
            "Thường xuyên",
        ],
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            fill(c[i], v)
    fixed_widths(t, [1.0, 5.5, 2.5, 3.0, 2.0, 2.5])
    para(doc, "3. Tổ chức thực hiện", bold=True)
    para(
        doc,
        "Giao bác sĩ Phan Văn Lợi, Trạm trưởng, tổng hợp báo cáo UBND xã hằng quý.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND xã (b/c);", "- TTYT khu vực;", "- Lưu: TYT."],
        ["TRẠM TRƯỞNG", "", "", "Phan Văn Lợi"],
    )
    odt = convert(save(doc), "odt")
    comment = """Plan 9: Trạm Y tế xã Nam Đông (Huế city after merger), .odt via LibreOffice.
First idea: numbered list with brackets. Written instead: ruled table with a two-row header (merged "Trách nhiệm"
over Thực hiện | Hỗ trợ, "Thời gian" over Bắt đầu | Kết thúc), one person named in brackets inside a work cell.
Decisions: issuer "TRẠM Y TẾ XÃ NAM ĐÔNG" only; no "TM./KT." line, authority ""; signer_title "TRẠM TRƯỞNG";
"Bưu điện xã, Ban phát triển các thôn" = two partners; "(YS Hồ Thị Nga)" -> official "Hồ Thị Nga", removed from title;
"các thôn Phú Mậu, Hà Giang, Xuân Lộc" stays in the title; "Thường xuyên" -> 2026-12-31; reporting duty not a task."""
    header = dict(
        number="14",
        symbol="KH-TYT",
        place="Nam Đông",
        date="2026-02-18",
        title="Duy trì tiêu chí Y tế (tiêu chí số 15) và nước sạch trong xây dựng nông thôn mới năm 2026",
        issuer="TRẠM Y TẾ XÃ NAM ĐÔNG",
        authority="",
        signer_title="TRẠM TRƯỞNG",
        signer="Phan Văn Lợi",
        bases=["30/KH-UBND"],
        recipients=3,
    )
    tasks = [
        T(
            "Vận động người dân tham gia BHYT hộ gia đình",
            "Trạm Y tế xã",
            ["Bưu điện xã", "Ban phát triển các thôn"],
            "2026-06-30",
            start="2026-03-01",
        ),
        T(
            "Lập hồ sơ sức khỏe điện tử cho người dân các thôn Phú Mậu, Hà Giang, Xuân Lộc",
            "Trạm Y tế xã",
            ["Công an xã"],
            "2026-09-30",
            official="Hồ Thị Nga",
        ),
        T(
            "Xét nghiệm chất lượng nước 25 giếng khoan, 04 công trình cấp nước tập trung",
            "Trạm Y tế xã",
            ["Trung tâm Kiểm soát bệnh tật tỉnh"],
            "2026-08-31",
        ),
        T(
            "Khám sàng lọc tăng huyết áp, đái tháo đường cho người trên 40 tuổi",
            "Trạm Y tế xã",
            ["Hội Người cao tuổi xã"],
            "2026-12-31",
        ),
    ]
    write("09_tram_y_te_nam_dong.odt", odt, comment, header, tasks)


# 10 ------------------------------------------------------------------------
def p10():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KH 2026"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN"
    ws.merge_cells("A1:C1")
    ws["A2"] = "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ ANH SƠN"
    ws.merge_cells("A2:C2")
    ws["A3"] = "Số: 21/KH-MTTQ-BTT"
    ws.merge_cells("A3:C3")
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("D1:F1")
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("D2:F2")
    ws["D3"] = "Anh Sơn, ngày 08 tháng 5 năm 2026"
    ws.merge_cells("D3:F3")
    ws["A5"] = "KẾ HOẠCH"
    ws.merge_cells("A5:F5")
    ws["A6"] = (
        'Triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2026'
    )
    ws.merge_cells("A6:F6")
    ws["A7"] = (
        "Căn cứ Hướng dẫn số 45/HD-MTTQ-BTT ngày 20/4/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Nghệ An."
    )
    ws.merge_cells("A7:F7")
    head = [
        "STT",
        "Nội dung",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian",
        "Ghi chú",
    ]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=9, column=i, value=h)
        c.font = Font(bold=True)
        c.border = box
    data = [
        ["I", "Tuyên truyền, vận động", None, None, None, None],
        [
            1,
            "Phát động hiến đất, góp công làm đường giao thông nông thôn tại các thôn Hội Lâm, Cẩm Sơn",
            "Ban Thường trực UBMTTQ xã",
            "Hội Cựu chiến binh xã; Đoàn Thanh niên xã",
            "Tháng 6/2026",
            "",
        ],
        [
            2,
            "Biểu dương 20 gia đình tiêu biểu trong xây dựng nông thôn mới",
            "Ban Thường trực UBMTTQ xã",
            "Hội Liên hiệp Phụ nữ xã",
            "Dịp 18/11/2026",
            "Ngày hội Đại đoàn kết",
        ],
        ["II", "Giám sát, phản biện", None, None, None, None],
        [
            3,
            "Giám sát việc sử dụng nguồn vốn đóng góp của nhân dân tại các công trình nông thôn mới",
            "Ban Thanh tra nhân dân xã",
            "Ban Giám sát đầu tư của cộng đồng",
            "Quý III/2026",
            "Đ/c Trần Đình Hải phụ trách",
        ],
        [
            4,
            'Vận động Quỹ "Vì người nghèo" hỗ trợ xây 05 nhà Đại đoàn kết',
            "Ban Thường trực UBMTTQ xã",
            "Các tổ chức thành viên",
            "30/10/2026",
            "",
        ],
    ]
    r = 10
    for row in data:
        if row[2] is None:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.cell(row=r, column=2, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        else:
            for i, v in enumerate(row, 1):
                ws.cell(row=r, column=i, value=v)
        for i in range(1, 7):
            ws.cell(row=r, column=i).border = box
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Nơi nhận:")
    for k, v in enumerate(
        [
            "- BTT UBMTTQ tỉnh;",
            "- Đảng ủy, HĐND, UBND xã;",
            "- Các tổ chức thành viên;",
            "- Ban công tác Mặt trận các thôn;",
            "- Lưu VP.",
        ],
        1,
    ):
        ws.cell(row=r + k, column=1, value=v)
    ws.cell(row=r, column=4, value="TM. BAN THƯỜNG TRỰC")
    ws.cell(row=r + 1, column=4, value="CHỦ TỊCH")
    ws.cell(row=r + 5, column=4, value="Phạm Thị Quỳnh Anh")
    for col, w in zip("ABCDEF", [6, 55, 28, 32, 16, 24], strict=False):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    comment = """Plan 10: Ban Thường trực UBMTTQ xã Anh Sơn (Nghệ An, after merger), .xlsx, plan in one sheet, signature
in cells at the bottom (D column) beside "Nơi nhận" (A column).
First idea: one row per task with a single "Thực hiện" column. Written instead: group rows I/II merged across
B:F, separate Chủ trì / Phối hợp columns, a Ghi chú column carrying a named person.
Decisions: issuer "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ ANH SƠN" (provincial line dropped); symbol
"KH-MTTQ-BTT"; "Dịp 18/11/2026" -> 2026-11-18; Ghi chú "Ngày hội Đại đoàn kết" is not a partner nor title;
official "Trần Đình Hải" from Ghi chú ("Đ/c" dropped); task 3 is a supervision WORK of the Front (its programme
content), kept as a task, unlike monitoring of the plan itself; partners split on ";"."""
    header = dict(
        number="21",
        symbol="KH-MTTQ-BTT",
        place="Anh Sơn",
        date="2026-05-08",
        title='Triển khai cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2026',
        issuer="BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ ANH SƠN",
        authority="TM. BAN THƯỜNG TRỰC",
        signer_title="CHỦ TỊCH",
        signer="Phạm Thị Quỳnh Anh",
        bases=["45/HD-MTTQ-BTT"],
        recipients=5,
    )
    btt = "Ban Thường trực UBMTTQ xã"
    tasks = [
        T(
            "Phát động hiến đất, góp công làm đường giao thông nông thôn tại các thôn Hội Lâm, Cẩm Sơn",
            btt,
            ["Hội Cựu chiến binh xã", "Đoàn Thanh niên xã"],
            "2026-06-30",
        ),
        T(
            "Biểu dương 20 gia đình tiêu biểu trong xây dựng nông thôn mới",
            btt,
            ["Hội Liên hiệp Phụ nữ xã"],
            "2026-11-18",
        ),
        T(
            "Giám sát việc sử dụng nguồn vốn đóng góp của nhân dân tại các công trình nông thôn mới",
            "Ban Thanh tra nhân dân xã",
            ["Ban Giám sát đầu tư của cộng đồng"],
            "2026-09-30",
            official="Trần Đình Hải",
        ),
        T(
            'Vận động Quỹ "Vì người nghèo" hỗ trợ xây 05 nhà Đại đoàn kết',
            btt,
            ["Các tổ chức thành viên"],
            "2026-10-30",
        ),
    ]
    write("10_mttq_anh_son.xlsx", save(wb), comment, header, tasks)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for f in (p1, p2, p3, p4, p5, p6, p7, p8, p9, p10):
        f()
        print("ok", f.__name__)
