"""Writes round 29's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round29.py

Round 29 is the lead's fifth BLIND hold-out (07/12/2026): ten ordinary
plans of 2026-2027 (after the 2025 reform) by a helper who read neither the
importer, its corpus, its docs nor the seeds, asked to write in its own way
(a commune's ruled table under criterion rows, a Party committee's prose, a
department's 22-task appendix, a Front's duties per body, a draft .doc in
criterion blocks, a Women's Union .odt, a Steering Committee's landscape
PDF, a Youth Union PDF, a village workbook, a veterans' plan from Zalo).
Measured untouched by its writer on main 7bb6797: tasks 95.3/93.1, leads
95.3/93.1, coordinating 96.0/95.0, officials 96.0/92.3, deadlines
95.3/93.1, starts 100/92.6, header 97.5/98.3. One expected result was
aligned after measuring with the product's documented reading: the draft
p05's blank day keeps its month and year ("2026-05", as round 17w), where
the writer had left the date out. Its families went, in words, to rounds 29a, 29b,
29c and 29h.
"""

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import expected  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.shared import Pt  # noqa: E402
from make_files import saved_as  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402
from word_writer import a4, fill, fixed_widths, no_borders, para, save  # noqa: E402

OUT = HERE / "round29"
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


# ---------------------------------------------------------------- helpers
def new_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    a4(doc, landscape=landscape)
    return doc


def head(doc, left, right, widths=(6.5, 9.5)):
    """Top block: issuer lines (+ number) left, motto (+ place/date) right."""
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    for cell, lines in ((t.cell(0, 0), left), (t.cell(0, 1), right)):
        items = []
        for line in lines:
            items.append((line, line.isupper() and not line.startswith("Số")))
        fill(cell, items, size=13, center=True)
        for p in cell.paragraphs:
            if "ngày" in p.text and "," in p.text:
                for r in p.runs:
                    r.italic = True
    fixed_widths(t, list(widths))
    return t


def title(doc, *lines):
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    for line in lines:
        para(doc, line, bold=True, center=True)
    para(doc, "")


def body(doc, *texts, bold=False):
    for text in texts:
        para(doc, text, bold=bold, indent=1.0)


def ruled_table(doc, head_cells, rows, widths, size=12, groups_bold=True):
    """rows: list of lists of str (cells), or ("GROUP", label, text) rows merged."""
    t = doc.add_table(rows=1, cols=len(head_cells))
    t.style = "Table Grid"
    for i, h in enumerate(head_cells):
        fill(t.rows[0].cells[i], h, size=size, bold=True, center=True)
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "GROUP":
            fill(cells[0], row[1], size=size, bold=True, center=True)
            merged = cells[1].merge(cells[-1])
            fill(merged, row[2], size=size, bold=groups_bold)
            continue
        for i, value in enumerate(row):
            fill(
                cells[i], value.split("\n") if value else "", size=size, center=(i == 0)
            )
    fixed_widths(t, widths)
    return t


def closing(doc, recipients, signature, beside=True):
    if beside:
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        left = [("Nơi nhận:", True)] + [(r, False) for r in recipients]
        fill(t.cell(0, 0), left, size=11)
        t.cell(0, 0).paragraphs[0].runs[0].italic = True
        fill(t.cell(0, 1), [(s, s.isupper()) for s in signature], size=13, center=True)
        fixed_widths(t, [7.5, 8.5])
    else:
        para(doc, "")
        for s in signature:
            para(doc, s, bold=s.isupper(), center=True)
        para(doc, "Nơi nhận:", bold=True, italic=True)
        for r in recipients:
            para(doc, r)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def task(title_, lead=None, coord=None, deadline=None, start=None, official=None):
    d = {"title": title_}
    if lead:
        d["lead"] = lead
    if coord:
        d["coordinating"] = coord
    if deadline:
        d["deadline"] = deadline
    if start:
        d["start"] = start
    if official:
        d["official"] = official
    return d


# ---------------------------------------------------------------- plan 01
def plan01():
    """UBND xã Kim Bình (Tuyên Quang), docx, ruled task table grouped by criterion."""
    doc = new_doc()
    head(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ KIM BÌNH", "", "Số: 42/KH-UBND"],
        [*MOTTO, "", "Kim Bình, ngày 18 tháng 3 năm 2026"],
    )
    ttl = "Thực hiện xây dựng nông thôn mới năm 2026 trên địa bàn xã Kim Bình"
    title(doc, ttl)
    body(
        doc,
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;",
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030;",
        "Căn cứ Kế hoạch số 58/KH-UBND ngày 02/3/2026 của UBND tỉnh Tuyên Quang về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026;",
        "Căn cứ Nghị quyết số 03-NQ/ĐU ngày 15/01/2026 của Ban Chấp hành Đảng bộ xã về phương hướng, nhiệm vụ năm 2026;",
        "Ủy ban nhân dân xã Kim Bình ban hành Kế hoạch thực hiện xây dựng nông thôn mới năm 2026, cụ thể như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(doc, "1. Mục đích", bold=True)
    body(
        doc,
        "Cụ thể hóa các nhiệm vụ xây dựng nông thôn mới năm 2026 theo Bộ tiêu chí quốc gia giai đoạn 2026 - 2030; phấn đấu hoàn thành thêm 02 tiêu chí so với năm 2025 sau khi sắp xếp đơn vị hành chính.",
    )
    body(doc, "2. Yêu cầu", bold=True)
    body(
        doc,
        "Xác định rõ nội dung, cơ quan chủ trì, phối hợp và thời gian hoàn thành; gắn trách nhiệm của người đứng đầu cơ quan, đơn vị.",
    )
    body(doc, "II. MỤC TIÊU", bold=True)
    body(
        doc,
        "Đến hết năm 2026, xã Kim Bình (xã nhóm 3) đạt 06/10 tiêu chí theo Bộ tiêu chí giai đoạn 2026 - 2030; thu nhập bình quân đầu người đạt 42 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm 3%.",
    )
    body(doc, "III. NHIỆM VỤ CỤ THỂ", bold=True)
    rows = [
        ("GROUP", "1", "Tiêu chí số 1 - Quy hoạch"),
        [
            "1.1",
            "Rà soát, điều chỉnh quy hoạch chung xã Kim Bình phù hợp với địa giới hành chính sau sắp xếp",
            "Phòng Kinh tế",
            "Văn phòng HĐND và UBND xã; các thôn",
            "Quý III/2026",
        ],
        [
            "1.2",
            "Công bố, công khai quy hoạch và cắm mốc giới ngoài thực địa",
            "Phòng Kinh tế",
            "Trưởng các thôn",
            "Trước 30/11/2026",
        ],
        ("GROUP", "2", "Tiêu chí số 2 - Hạ tầng kinh tế - xã hội"),
        [
            "2.1",
            "Cứng hóa 4,5 km đường trục thôn Nà Coóc, Khuổi Phầy theo phương châm Nhà nước và nhân dân cùng làm",
            "Phòng Kinh tế",
            "Ủy ban MTTQ Việt Nam xã; các thôn Nà Coóc, Khuổi Phầy",
            "15/10/2026",
        ],
        [
            "2.2",
            "Nâng cấp nhà văn hóa thôn Bản Lằn",
            "Phòng Văn hóa - Xã hội",
            "Thôn Bản Lằn",
            "Tháng 8/2026",
        ],
        ("GROUP", "3", "Tiêu chí số 6 - Giảm nghèo và an sinh xã hội"),
        [
            "3.1",
            "Hỗ trợ xóa nhà tạm, nhà dột nát cho 12 hộ nghèo, hộ cận nghèo",
            "Phòng Văn hóa - Xã hội",
            "Ủy ban MTTQ Việt Nam xã; Hội Cựu chiến binh xã; Đoàn Thanh niên xã",
            "Trước ngày 30/6/2026",
        ],
        ("GROUP", "4", "Tiêu chí số 7 - Khoa học công nghệ và chuyển đổi số"),
        [
            "4.1",
            "Duy trì hoạt động Tổ công nghệ số cộng đồng tại 100% thôn; hướng dẫn người dân sử dụng VNeID, dịch vụ công trực tuyến",
            "Văn phòng HĐND và UBND xã",
            "Đoàn Thanh niên xã; Trung tâm Phục vụ hành chính công xã",
            "Thường xuyên",
        ],
        ("GROUP", "5", "Tiêu chí số 8 - Môi trường và cảnh quan nông thôn"),
        [
            "5.1",
            "Xây dựng 03 mô hình thu gom, phân loại chất thải rắn sinh hoạt tại nguồn",
            "Phòng Kinh tế",
            "Hội Liên hiệp Phụ nữ xã",
            "Quý II/2026",
        ],
        [
            "5.2",
            "Trồng 2.500 m hàng rào xanh, đường hoa dọc các tuyến đường liên thôn",
            "Hội Liên hiệp Phụ nữ xã",
            "Hội Nông dân xã; các thôn",
            "Từ tháng 3 đến tháng 5/2026",
        ],
        (
            "GROUP",
            "6",
            "Tiêu chí số 9 - Xây dựng hệ thống chính trị và hành chính công",
        ),
        [
            "6.1",
            "Rà soát, đánh giá mức độ đạt các chỉ tiêu theo Bộ tiêu chí giai đoạn 2026 - 2030; hoàn thiện hồ sơ đề nghị thẩm định",
            "Phòng Kinh tế",
            "Các cơ quan, đơn vị liên quan",
            "25/11/2026",
        ],
    ]
    ruled_table(
        doc,
        [
            "TT",
            "Nội dung công việc",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
        ],
        rows,
        [1.1, 6.4, 2.8, 3.5, 2.4],
    )
    body(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "1. Phòng Kinh tế: là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; định kỳ báo cáo Chủ tịch UBND xã trước ngày 20 hằng tháng.",
        "2. Các phòng, đơn vị thuộc UBND xã: căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện và báo cáo kết quả về Phòng Kinh tế để tổng hợp.",
        "3. Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội tăng cường tuyên truyền, vận động đoàn viên, hội viên và nhân dân tham gia thực hiện.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về UBND xã (qua Phòng Kinh tế) để xem xét, giải quyết./.",
    )
    rec = [
        "- UBND tỉnh (b/c);",
        "- Sở Nông nghiệp và Môi trường;",
        "- TT Đảng ủy, HĐND xã;",
        "- CT, các PCT UBND xã;",
        "- Các phòng, đơn vị thuộc UBND xã;",
        "- Các thôn;",
        "- Lưu: VT.",
    ]
    closing(
        doc,
        rec,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Hoàng Văn Thắng",
        ],
    )
    header = {
        "number": "42",
        "symbol": "KH-UBND",
        "place": "Kim Bình",
        "date": "2026-03-18",
        "title": ttl,
        "issuer": "ỦY BAN NHÂN DÂN XÃ KIM BÌNH",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Hoàng Văn Thắng",
        "bases": ["72/2025/QH15", "51/2025/QĐ-TTg", "58/KH-UBND", "03-NQ/ĐU"],
        "recipients": 7,
    }
    T = task
    tasks = [
        T(
            rows[1][1],
            "Phòng Kinh tế",
            ["Văn phòng HĐND và UBND xã", "các thôn"],
            "2026-09-30",
        ),
        T(rows[2][1], "Phòng Kinh tế", ["Trưởng các thôn"], "2026-11-30"),
        T(
            rows[4][1],
            "Phòng Kinh tế",
            ["Ủy ban MTTQ Việt Nam xã", "các thôn Nà Coóc, Khuổi Phầy"],
            "2026-10-15",
        ),
        T(rows[5][1], "Phòng Văn hóa - Xã hội", ["Thôn Bản Lằn"], "2026-08-31"),
        T(
            rows[7][1],
            "Phòng Văn hóa - Xã hội",
            ["Ủy ban MTTQ Việt Nam xã", "Hội Cựu chiến binh xã", "Đoàn Thanh niên xã"],
            "2026-06-30",
        ),
        T(
            rows[9][1],
            "Văn phòng HĐND và UBND xã",
            ["Đoàn Thanh niên xã", "Trung tâm Phục vụ hành chính công xã"],
            "2026-12-31",
        ),
        T(rows[11][1], "Phòng Kinh tế", ["Hội Liên hiệp Phụ nữ xã"], "2026-06-30"),
        T(
            rows[12][1],
            "Hội Liên hiệp Phụ nữ xã",
            ["Hội Nông dân xã", "các thôn"],
            "2026-05-31",
            "2026-03-01",
        ),
        T(
            rows[14][1],
            "Phòng Kinh tế",
            ["Các cơ quan, đơn vị liên quan"],
            "2026-11-25",
        ),
    ]
    expected.write(
        OUT,
        "p01_xa_kim_binh.docx",
        save(doc),
        "Commune UBND (merged commune, no district), .docx; ruled task table TT | Nội dung | chủ trì | phối hợp | thời gian,\n"
        "merged group rows 'Tiêu chí số N'; deadlines quarter / 'trước' / month / range / 'Thường xuyên'; KT. CHỦ TỊCH.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 02
def plan02():
    """Đảng ủy xã Kim Liên (Nghệ An), docx, numbered prose with 'Giao ... chủ trì' sentences."""
    doc = new_doc()
    head(
        doc,
        ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ KIM LIÊN", "*", "Số 12-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Kim Liên, ngày 09 tháng 02 năm 2026"],
    )
    ttl = "thực hiện Nghị quyết số 05-NQ/ĐU ngày 20/01/2026 của Ban Chấp hành Đảng bộ xã về xây dựng nông thôn mới giai đoạn 2026 - 2030"
    title(doc, ttl)
    body(
        doc,
        "Thực hiện Nghị quyết số 05-NQ/ĐU, ngày 20/01/2026 của Ban Chấp hành Đảng bộ xã về xây dựng nông thôn mới giai đoạn 2026 - 2030; Kế hoạch số 86-KH/TU, ngày 12/01/2026 của Ban Thường vụ Tỉnh ủy về lãnh đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch thực hiện như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "- Quán triệt sâu sắc, tạo sự thống nhất cao trong nhận thức và hành động của cán bộ, đảng viên và nhân dân về vị trí, vai trò của xây dựng nông thôn mới.",
        "- Xác định rõ nhiệm vụ trọng tâm, phân công cụ thể cho các tổ chức trong hệ thống chính trị; gắn với thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030.",
    )
    body(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    items = [
        (
            "1. Tăng cường công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và nhân dân về xây dựng nông thôn mới giai đoạn mới.",
            "Giao Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã thực hiện; thời gian: thường xuyên.",
        ),
        (
            "2. Lãnh đạo rà soát, xây dựng lộ trình đạt chuẩn từng tiêu chí theo Bộ tiêu chí quốc gia giai đoạn 2026 - 2030 cho từng năm.",
            "Giao Ủy ban nhân dân xã chủ trì thực hiện, hoàn thành trong quý II năm 2026.",
        ),
        (
            "3. Tập trung phát triển vùng sản xuất chè, cam theo chuỗi giá trị gắn với Chương trình OCOP; phấn đấu mỗi năm có thêm ít nhất 01 sản phẩm OCOP đạt 3 sao trở lên.",
            "Ủy ban nhân dân xã chủ trì, phối hợp với Hội Nông dân xã, các hợp tác xã tổ chức thực hiện hằng năm.",
        ),
        (
            "4. Huy động nguồn lực xã hội hóa; vận động nhân dân hiến đất, đóng góp ngày công làm đường giao thông nông thôn.",
            "Ủy ban MTTQ Việt Nam xã chủ trì vận động; thời gian từ tháng 3 đến tháng 11/2026.",
        ),
        (
            "5. Củng cố hệ thống chính trị cơ sở, nâng cao chất lượng sinh hoạt chi bộ thôn gắn với nhiệm vụ xây dựng nông thôn mới.",
            "Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối hợp Văn phòng Đảng ủy; hoàn thành trước ngày 30/9/2026.",
        ),
    ]
    for first, second in items:
        body(doc, first, second)
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "1. Các chi bộ trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch cụ thể để triển khai thực hiện ở chi bộ, hoàn thành trước ngày 15/3/2026.",
        "2. Ủy ban Kiểm tra Đảng ủy xã theo dõi, kiểm tra, giám sát việc thực hiện Kế hoạch tại các chi bộ.",
        "3. Văn phòng Đảng ủy giúp Ban Thường vụ theo dõi, đôn đốc, tổng hợp kết quả, định kỳ báo cáo Ban Thường vụ Đảng ủy.",
    )
    rec = [
        "- Ban Thường vụ Tỉnh ủy (để báo cáo),",
        "- Các đồng chí Đảng ủy viên,",
        "- Các chi bộ trực thuộc,",
        "- Lưu Văn phòng Đảng ủy.",
    ]
    closing(
        doc, rec, ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "", "Nguyễn Thị Hồng Nhung"]
    )
    header = {
        "number": "12",
        "symbol": "KH/ĐU",
        "place": "Kim Liên",
        "date": "2026-02-09",
        "title": ttl,
        "issuer": "ĐẢNG ỦY XÃ KIM LIÊN",
        "authority": "T/M BAN THƯỜNG VỤ",
        "signer_title": "BÍ THƯ",
        "signer": "Nguyễn Thị Hồng Nhung",
        "bases": ["05-NQ/ĐU", "86-KH/TU"],
        "recipients": 4,
    }
    tasks = [
        task(
            "Tăng cường công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và nhân dân về xây dựng nông thôn mới giai đoạn mới",
            "Ban Xây dựng Đảng Đảng ủy xã",
            ["Ủy ban MTTQ Việt Nam xã", "các tổ chức chính trị - xã hội xã"],
            "2026-12-31",
        ),
        task(
            "Lãnh đạo rà soát, xây dựng lộ trình đạt chuẩn từng tiêu chí theo Bộ tiêu chí quốc gia giai đoạn 2026 - 2030 cho từng năm",
            "Ủy ban nhân dân xã",
            None,
            "2026-06-30",
        ),
        task(
            "Tập trung phát triển vùng sản xuất chè, cam theo chuỗi giá trị gắn với Chương trình OCOP; phấn đấu mỗi năm có thêm ít nhất 01 sản phẩm OCOP đạt 3 sao trở lên",
            "Ủy ban nhân dân xã",
            ["Hội Nông dân xã", "các hợp tác xã"],
            "2026-12-31",
        ),
        task(
            "Huy động nguồn lực xã hội hóa; vận động nhân dân hiến đất, đóng góp ngày công làm đường giao thông nông thôn",
            "Ủy ban MTTQ Việt Nam xã",
            None,
            "2026-11-30",
            "2026-03-01",
        ),
        task(
            "Củng cố hệ thống chính trị cơ sở, nâng cao chất lượng sinh hoạt chi bộ thôn gắn với nhiệm vụ xây dựng nông thôn mới",
            "Ban Xây dựng Đảng Đảng ủy xã",
            ["Văn phòng Đảng ủy"],
            "2026-09-30",
        ),
        task(
            "xây dựng kế hoạch cụ thể để triển khai thực hiện ở chi bộ",
            "Các chi bộ trực thuộc",
            None,
            "2026-03-15",
        ),
    ]
    expected.write(
        OUT,
        "p02_dang_uy_kim_lien.docx",
        save(doc),
        "Commune Party committee (Số 12-KH/ĐU, T/M BAN THƯỜNG VỤ), .docx; numbered prose tasks, each followed by a\n"
        "sentence 'Giao X chủ trì, phối hợp với Y ...; thời gian: ...'; one concrete task in 'Tổ chức thực hiện'; bases in a 'Thực hiện' sentence.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 03
P03_ROWS = [
    ("GROUP", "I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"),
    [
        "1",
        "Tham mưu UBND tỉnh ban hành Kế hoạch thực hiện Chương trình MTQG xây dựng NTM năm 2026",
        "VP Điều phối NTM tỉnh",
        "Các phòng, đơn vị thuộc Sở",
        "Kế hoạch",
        "Tháng 3/2026",
    ],
    [
        "2",
        "Tham mưu ban hành Bộ tiêu chí xã nông thôn mới tỉnh Phú Thọ giai đoạn 2026 - 2030",
        "VP Điều phối NTM tỉnh",
        "Các sở, ngành liên quan",
        "Quyết định của UBND tỉnh",
        "Quý II/2026",
    ],
    [
        "3",
        "Hướng dẫn phân nhóm xã (nhóm 1, nhóm 2, nhóm 3) theo Bộ tiêu chí mới",
        "Chi cục PTNT",
        "UBND các xã",
        "Văn bản hướng dẫn",
        "30/4/2026",
    ],
    [
        "4",
        "Rà soát, đánh giá hiện trạng mức độ đạt tiêu chí của các xã sau sắp xếp",
        "VP Điều phối NTM tỉnh",
        "UBND các xã",
        "Báo cáo",
        "Trước 15/6/2026",
    ],
    [
        "5",
        "Tập huấn triển khai Bộ tiêu chí giai đoạn 2026 - 2030 cho cán bộ làm công tác NTM cấp xã",
        "Chi cục PTNT",
        "Văn phòng Sở",
        "Hội nghị tập huấn",
        "Quý II/2026",
    ],
    ("GROUP", "II", "PHÁT TRIỂN SẢN XUẤT, KINH TẾ NÔNG THÔN"),
    [
        "6",
        "Triển khai Chương trình OCOP năm 2026; tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh",
        "Chi cục PTNT",
        "Sở Công Thương; UBND các xã",
        "Quyết định công nhận",
        "Tháng 9 - 11/2026",
    ],
    [
        "7",
        "Xây dựng, nhân rộng mô hình liên kết sản xuất theo chuỗi giá trị đối với cây chè, cây bưởi",
        "Chi cục Trồng trọt và Bảo vệ thực vật",
        "Trung tâm Khuyến nông",
        "Mô hình",
        "Năm 2026",
    ],
    [
        "8",
        "Cấp mã số vùng trồng cho các vùng sản xuất hàng hóa tập trung",
        "Chi cục Trồng trọt và Bảo vệ thực vật",
        "UBND các xã",
        "Mã số vùng trồng",
        "31/10/2026",
    ],
    [
        "9",
        "Hỗ trợ củng cố, phát triển hợp tác xã nông nghiệp kiểu mới",
        "Chi cục PTNT",
        "Liên minh Hợp tác xã tỉnh",
        "",
        "Thường xuyên",
    ],
    [
        "10",
        "Đào tạo nghề nông nghiệp cho lao động nông thôn",
        "Trung tâm Khuyến nông",
        "Sở Nội vụ",
        "Lớp đào tạo",
        "Quý III/2026",
    ],
    ("GROUP", "III", "MÔI TRƯỜNG VÀ CẢNH QUAN NÔNG THÔN"),
    [
        "11",
        "Hướng dẫn thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt khu vực nông thôn",
        "Chi cục Bảo vệ môi trường",
        "UBND các xã",
        "Văn bản hướng dẫn",
        "30/5/2026",
    ],
    [
        "12",
        "Kiểm tra, đánh giá các chỉ tiêu thuộc tiêu chí số 8 tại các xã đăng ký đạt chuẩn năm 2026",
        "Chi cục Bảo vệ môi trường",
        "VP Điều phối NTM tỉnh",
        "Biên bản kiểm tra",
        "Tháng 10/2026",
    ],
    [
        "13",
        "Xây dựng mô hình xử lý nước thải sinh hoạt quy mô hộ gia đình",
        "Chi cục Bảo vệ môi trường",
        "Hội LHPN tỉnh",
        "Mô hình",
        "Quý IV/2026",
    ],
    [
        "14",
        "Đầu tư, nâng cấp công trình cấp nước sạch nông thôn tập trung",
        "Trung tâm Nước sạch và VSMT nông thôn",
        "UBND các xã",
        "Công trình",
        "15/12/2026",
    ],
    [
        "15",
        "Trồng cây phân tán, cây xanh cảnh quan dọc các tuyến đường nông thôn",
        "Chi cục Kiểm lâm",
        "UBND các xã; Tỉnh đoàn",
        "",
        "Tháng 2 - 4/2026",
    ],
    ("GROUP", "IV", "QUY HOẠCH, ĐẤT ĐAI"),
    [
        "16",
        "Hướng dẫn lập, điều chỉnh quy hoạch sử dụng đất cấp xã theo địa giới hành chính mới",
        "Phòng Đất đai",
        "Sở Xây dựng",
        "Văn bản hướng dẫn",
        "Quý II/2026",
    ],
    [
        "17",
        "Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân đủ điều kiện",
        "Văn phòng Đăng ký đất đai",
        "Các Chi nhánh Văn phòng Đăng ký đất đai; UBND các xã",
        "Giấy chứng nhận",
        "Thường xuyên",
    ],
    ("GROUP", "V", "KIỂM TRA, THẨM ĐỊNH, BÁO CÁO"),
    [
        "18",
        "Thẩm định hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới năm 2026",
        "VP Điều phối NTM tỉnh",
        "Các sở, ngành thành viên BCĐ tỉnh",
        "Báo cáo thẩm định",
        "Tháng 11 - 12/2026",
    ],
    [
        "19",
        "Tham mưu tổ chức Hội nghị sơ kết 6 tháng đầu năm",
        "VP Điều phối NTM tỉnh",
        "Văn phòng Sở",
        "Hội nghị",
        "Tháng 7/2026",
    ],
    [
        "20",
        "Xây dựng, vận hành phần mềm theo dõi tiến độ thực hiện tiêu chí NTM trên địa bàn tỉnh",
        "Văn phòng Sở",
        "Sở Khoa học và Công nghệ",
        "Phần mềm",
        "30/9/2026",
    ],
    [
        "21",
        "Tổng hợp báo cáo kết quả thực hiện Chương trình năm 2026",
        "VP Điều phối NTM tỉnh",
        "Các phòng, đơn vị thuộc Sở",
        "Báo cáo",
        "Trước 10/12/2026",
    ],
    [
        "22",
        "Xây dựng kế hoạch thực hiện Chương trình năm 2027",
        "VP Điều phối NTM tỉnh",
        "Phòng Kế hoạch - Tài chính",
        "Kế hoạch",
        "25/12/2026",
    ],
]
P03_DATES = {
    "1": ("2026-03-31",),
    "2": ("2026-06-30",),
    "3": ("2026-04-30",),
    "4": ("2026-06-15",),
    "5": ("2026-06-30",),
    "6": ("2026-11-30", "2026-09-01"),
    "7": ("2026-12-31",),
    "8": ("2026-10-31",),
    "9": ("2026-12-31",),
    "10": ("2026-09-30",),
    "11": ("2026-05-30",),
    "12": ("2026-10-31",),
    "13": ("2026-12-31",),
    "14": ("2026-12-15",),
    "15": ("2026-04-30", "2026-02-01"),
    "16": ("2026-06-30",),
    "17": ("2026-12-31",),
    "18": ("2026-12-31", "2026-11-01"),
    "19": ("2026-07-31",),
    "20": ("2026-09-30",),
    "21": ("2026-12-10",),
    "22": ("2026-12-25",),
}


def plan03():
    """Sở NN&MT Phú Thọ, docx, 22 tasks in an appendix table after the signature."""
    doc = new_doc()
    head(
        doc,
        ["UBND TỈNH PHÚ THỌ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "Số: 318/KH-SNNMT"],
        [*MOTTO, "", "Phú Thọ, ngày 27 tháng 02 năm 2026"],
    )
    ttl = "Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026 của ngành Nông nghiệp và Môi trường"
    title(doc, ttl)
    body(
        doc,
        "Căn cứ Nghị quyết số 257/2025/QH15 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035;",
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ;",
        "Căn cứ Quyết định số 412/QĐ-UBND ngày 20/01/2026 của UBND tỉnh về giao dự toán ngân sách thực hiện Chương trình năm 2026;",
        "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch triển khai thực hiện như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "Xác định cụ thể nhiệm vụ của ngành trong tham mưu, hướng dẫn, kiểm tra thực hiện Chương trình năm 2026; phân công rõ đơn vị chủ trì, phối hợp, sản phẩm và thời gian hoàn thành.",
    )
    body(doc, "II. MỤC TIÊU", bold=True)
    body(
        doc,
        "Phấn đấu năm 2026 toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030; 40 sản phẩm OCOP đạt 3 sao trở lên.",
    )
    body(doc, "III. NHIỆM VỤ", bold=True)
    body(doc, "(Có Phụ lục chi tiết kèm theo)")
    body(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "1. Văn phòng Điều phối nông thôn mới tỉnh là đầu mối theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch; báo cáo Giám đốc Sở theo quý.",
        "2. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao tại Phụ lục chủ động triển khai; báo cáo kết quả thực hiện trước ngày 05 tháng cuối quý.",
        "3. Đề nghị UBND các xã phối hợp chặt chẽ với các đơn vị của Sở trong quá trình thực hiện./.",
    )
    rec = [
        "- UBND tỉnh (b/c);",
        "- BCĐ các CTMTQG tỉnh;",
        "- Giám đốc, các PGĐ Sở;",
        "- Các phòng, đơn vị thuộc Sở;",
        "- UBND các xã;",
        "- Lưu: VT, PTNT.",
    ]
    closing(doc, rec, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Quang Huy"])
    page_break(doc)
    para(doc, "Phụ lục", bold=True, center=True)
    para(
        doc,
        "DANH MỤC NHIỆM VỤ THỰC HIỆN CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI NĂM 2026",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Kèm theo Kế hoạch số 318/KH-SNNMT ngày 27/02/2026 của Sở Nông nghiệp và Môi trường)",
        italic=True,
        center=True,
    )
    ruled_table(
        doc,
        [
            "TT",
            "Nội dung nhiệm vụ",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Sản phẩm",
            "Thời gian hoàn thành",
        ],
        P03_ROWS,
        [1.0, 5.2, 2.6, 2.8, 2.2, 2.2],
        size=11,
    )
    header = {
        "number": "318",
        "symbol": "KH-SNNMT",
        "place": "Phú Thọ",
        "date": "2026-02-27",
        "title": ttl,
        "issuer": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "authority": "KT. GIÁM ĐỐC",
        "signer_title": "PHÓ GIÁM ĐỐC",
        "signer": "Trần Quang Huy",
        "bases": ["257/2025/QH15", "51/2025/QĐ-TTg", "412/QĐ-UBND"],
        "recipients": 6,
    }
    tasks = []
    for row in P03_ROWS:
        if row[0] == "GROUP":
            continue
        n, name, lead, partners, _product, _when = row
        dates = P03_DATES[n]
        tasks.append(
            task(
                name,
                lead,
                [p.strip() for p in partners.split(";")],
                dates[0],
                dates[1] if len(dates) > 1 else None,
            )
        )
    expected.write(
        OUT,
        "p03_so_nnmt_phu_tho.docx",
        save(doc),
        "Provincial department (Sở NN&MT, KT. GIÁM ĐỐC), .docx; body says 'Có Phụ lục kèm theo'; 22 tasks in an appendix table\n"
        "after the signature: TT | Nhiệm vụ | chủ trì | phối hợp | Sản phẩm | Thời gian, Roman group rows; month ranges give a start.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 04
def plan04():
    """Ban Thường trực UB MTTQ xã Đại Đồng (Bắc Ninh), docx, duties per body."""
    doc = new_doc()
    head(
        doc,
        [
            "ỦY BAN MTTQ VIỆT NAM",
            "XÃ ĐẠI ĐỒNG",
            "BAN THƯỜNG TRỰC",
            "",
            "Số: 21/KH-MTTQ-BTT",
        ],
        [*MOTTO, "", "Đại Đồng, ngày 05 tháng 4 năm 2026"],
    )
    ttl = "Tổ chức thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2026"
    title(doc, ttl)
    body(
        doc,
        "Căn cứ Chương trình phối hợp số 03/CTr-MTTQ-UBND ngày 10/01/2026 giữa Ủy ban MTTQ Việt Nam xã và Ủy ban nhân dân xã về thực hiện các chương trình mục tiêu quốc gia;",
        "Căn cứ Hướng dẫn số 15/HD-MTTQ-BTT ngày 12/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh;",
        "Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế hoạch như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "Phát huy vai trò của Mặt trận và các tổ chức thành viên trong vận động nhân dân tham gia xây dựng nông thôn mới; các hoạt động thiết thực, tránh hình thức.",
    )
    body(doc, "II. CHỈ TIÊU", bold=True)
    body(
        doc,
        "- 95% hộ gia đình đăng ký và đạt danh hiệu “Gia đình văn hóa”.",
        "- 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc.",
        "- Có ít nhất 02 khu dân cư đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.",
    )
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(doc, "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã", bold=True)
    body(
        doc,
        "- Tổ chức Hội nghị phát động Cuộc vận động năm 2026, xong trước ngày 30/4/2026.",
        "- Phối hợp với UBND xã lựa chọn 02 khu dân cư xây dựng mô hình khu dân cư nông thôn mới kiểu mẫu trong quý II/2026.",
        "- Định kỳ 6 tháng, năm tổng hợp kết quả, báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.",
    )
    body(doc, "2. Hội Liên hiệp Phụ nữ xã", bold=True)
    body(
        doc,
        "Vận động hội viên thực hiện tiêu chí gia đình “5 không, 3 sạch”, phấn đấu có thêm 150 hộ đạt; hoàn thành trong tháng 10/2026.",
    )
    body(doc, "3. Hội Nông dân xã", bold=True)
    body(
        doc,
        "Chủ trì, phối hợp với Hợp tác xã nông nghiệp Đại Đồng xây dựng 02 mô hình sản xuất nông nghiệp hữu cơ; thời gian: năm 2026.",
    )
    body(doc, "4. Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", bold=True)
    body(
        doc,
        "Ra quân “Ngày Chủ nhật xanh”, vệ sinh môi trường các tuyến đường liên thôn (thực hiện thường xuyên).",
    )
    body(doc, "5. Hội Cựu chiến binh xã", bold=True)
    body(
        doc,
        "Vận động hội viên hiến đất, tham gia làm đường giao thông thôn, xóm từ tháng 5 đến tháng 9/2026.",
    )
    body(doc, "6. Ban Công tác Mặt trận các thôn", bold=True)
    body(
        doc,
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư gắn với bình xét danh hiệu “Gia đình văn hóa”, từ ngày 01/11 đến ngày 18/11/2026.",
    )
    body(
        doc,
        "7. Đề nghị UBND xã chỉ đạo các phòng chuyên môn phối hợp, tạo điều kiện để Mặt trận và các tổ chức thành viên thực hiện tốt Kế hoạch.",
    )
    body(
        doc,
        "Trên đây là Kế hoạch tổ chức thực hiện Cuộc vận động năm 2026 của Ban Thường trực Ủy ban MTTQ Việt Nam xã./.",
    )
    rec = [
        "- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;",
        "- Thường trực Đảng ủy xã;",
        "- UBND xã;",
        "- Các tổ chức chính trị - xã hội xã;",
        "- Ban CTMT các thôn;",
        "- Lưu VT.",
    ]
    closing(
        doc,
        rec,
        ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "Ngô Văn Bình"],
        beside=False,
    )
    header = {
        "number": "21",
        "symbol": "KH-MTTQ-BTT",
        "place": "Đại Đồng",
        "date": "2026-04-05",
        "title": ttl,
        "issuer": "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ ĐẠI ĐỒNG",
        "authority": "TM. BAN THƯỜNG TRỰC",
        "signer_title": "CHỦ TỊCH",
        "signer": "Ngô Văn Bình",
        "bases": ["03/CTr-MTTQ-UBND", "15/HD-MTTQ-BTT"],
        "recipients": 6,
    }
    btt = "Ban Thường trực Ủy ban MTTQ Việt Nam xã"
    tasks = [
        task(
            "Tổ chức Hội nghị phát động Cuộc vận động năm 2026", btt, None, "2026-04-30"
        ),
        task(
            "lựa chọn 02 khu dân cư xây dựng mô hình khu dân cư nông thôn mới kiểu mẫu",
            btt,
            ["UBND xã"],
            "2026-06-30",
        ),
        task(
            "Vận động hội viên thực hiện tiêu chí gia đình “5 không, 3 sạch”, phấn đấu có thêm 150 hộ đạt",
            "Hội Liên hiệp Phụ nữ xã",
            None,
            "2026-10-31",
        ),
        task(
            "xây dựng 02 mô hình sản xuất nông nghiệp hữu cơ",
            "Hội Nông dân xã",
            ["Hợp tác xã nông nghiệp Đại Đồng"],
            "2026-12-31",
        ),
        task(
            "Ra quân “Ngày Chủ nhật xanh”, vệ sinh môi trường các tuyến đường liên thôn",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
            None,
            "2026-12-31",
        ),
        task(
            "Vận động hội viên hiến đất, tham gia làm đường giao thông thôn, xóm",
            "Hội Cựu chiến binh xã",
            None,
            "2026-09-30",
            "2026-05-01",
        ),
        task(
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư gắn với bình xét danh hiệu “Gia đình văn hóa”",
            "Ban Công tác Mặt trận các thôn",
            None,
            "2026-11-18",
            "2026-11-01",
        ),
    ]
    expected.write(
        OUT,
        "p04_mttq_dai_dong.docx",
        save(doc),
        "Mass organisation (BAN THƯỜNG TRỰC under 'ỦY BAN MTTQ VIỆT NAM / XÃ ĐẠI ĐỒNG'), .docx; no task table: all tasks are duties\n"
        "per body under 'III. TỔ CHỨC THỰC HIỆN' (body headings, then dash lines or one sentence); reporting duty and request not tasks.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 05
def plan05():
    """Draft UBND xã Cẩm Bình (Hà Tĩnh), .doc, criterion blocks with labelled lines."""
    doc = new_doc()
    para(doc, "DỰ THẢO", bold=True)
    head(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ CẨM BÌNH", "", "Số:       /KH-UBND"],
        [*MOTTO, "", "Cẩm Bình, ngày      tháng 5 năm 2026"],
    )
    ttl = "Thực hiện các tiêu chí nông thôn mới chưa đạt trên địa bàn xã Cẩm Bình năm 2026"
    title(doc, ttl)
    body(
        doc,
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030;",
        "Căn cứ Quyết định số 12/2026/QĐ-UBND ngày 20/3/2026 của UBND tỉnh Hà Tĩnh ban hành Bộ tiêu chí xã nông thôn mới tỉnh Hà Tĩnh giai đoạn 2026 - 2030;",
        "Căn cứ kết quả rà soát tại Báo cáo số 85/BC-UBND ngày 08/4/2026 của UBND xã;",
        "UBND xã Cẩm Bình xây dựng Kế hoạch thực hiện các tiêu chí chưa đạt năm 2026 như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "Tập trung nguồn lực hoàn thành các tiêu chí, chỉ tiêu chưa đạt; phân công cụ thể đơn vị chủ trì, cán bộ phụ trách và thời gian hoàn thành.",
    )
    body(doc, "II. NỘI DUNG THỰC HIỆN CÁC TIÊU CHÍ", bold=True)

    def block(name, line, lead, coord, when, who=None):
        body(doc, f"- {name}")
        para(doc, f"+ Đơn vị chủ trì: {lead}", indent=1.5)
        if coord:
            para(doc, f"+ Đơn vị phối hợp: {coord}", indent=1.5)
        para(doc, f"+ Thời gian: {when}", indent=1.5)
        if who:
            para(doc, f"+ Cán bộ phụ trách: {who}", indent=1.5)

    body(doc, "1. Tiêu chí số 5 - Văn hóa, giáo dục, y tế", bold=True)
    body(
        doc,
        "Hiện trạng: chưa đạt (chỉ tiêu 5.3 về trường học, chỉ tiêu 5.6 về bảo hiểm y tế).",
    )
    body(doc, "Nội dung thực hiện:")
    block(
        "Sửa chữa, nâng cấp 04 phòng học và công trình vệ sinh Trường Mầm non Cẩm Bình (điểm trường thôn Yên Bình)",
        None,
        "Phòng Văn hóa - Xã hội",
        "Ban Quản lý dự án đầu tư xây dựng khu vực; Trường Mầm non Cẩm Bình",
        "từ 01/6/2026 đến 20/8/2026",
        "đ/c Trần Văn Hậu - Phó Chủ tịch UBND xã",
    )
    block(
        "Nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên",
        None,
        "Trạm Y tế xã",
        "Bảo hiểm xã hội khu vực, Hội Chữ thập đỏ xã",
        "Quý IV/2026",
        "đ/c Phan Thị Loan - công chức Văn hóa - Xã hội",
    )
    body(doc, "2. Tiêu chí số 6 - Giảm nghèo và an sinh xã hội", bold=True)
    body(doc, "Hiện trạng: chưa đạt (tỷ lệ hộ nghèo đa chiều 4,8%).")
    block(
        "Rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo giai đoạn 2026 - 2030; hỗ trợ sinh kế cho 25 hộ",
        None,
        "Phòng Văn hóa - Xã hội",
        "Ủy ban MTTQ Việt Nam xã; các thôn",
        "trước 30/11/2026",
        "công chức phụ trách lao động, an sinh xã hội",
    )
    body(doc, "3. Tiêu chí số 8 - Môi trường và cảnh quan nông thôn", bold=True)
    body(doc, "Hiện trạng: chưa đạt (chỉ tiêu 8.2, 8.5).")
    block(
        "Xây dựng 01 điểm tập kết rác thải sinh hoạt đạt chuẩn tại thôn Tân Hòa",
        None,
        "Phòng Kinh tế",
        "thôn Tân Hòa",
        "tháng 7/2026",
        "đ/c Võ Đình Nam - Trưởng phòng Kinh tế",
    )
    block(
        "Vận động 300 hộ thực hiện phân loại chất thải rắn tại nguồn, xử lý rác hữu cơ tại hộ gia đình",
        None,
        "Hội Liên hiệp Phụ nữ xã",
        "Hội Nông dân xã, Hội Cựu chiến binh xã",
        "thường xuyên",
    )
    block(
        "Cải tạo, chỉnh trang nghĩa trang nhân dân thôn Đông Hà theo quy hoạch",
        None,
        "Phòng Kinh tế",
        "thôn Đông Hà",
        "Quý III/2026",
    )
    body(
        doc, "4. Tiêu chí số 10 - Tiếp cận pháp luật và an ninh, quốc phòng", bold=True
    )
    block(
        "Xây dựng mô hình “Camera an ninh” tại 100% thôn",
        None,
        "Công an xã",
        "Đoàn Thanh niên xã, các thôn",
        "trước ngày 02/9/2026",
        "đ/c Thái Văn Quang - Trưởng Công an xã",
    )
    body(doc, "III. KINH PHÍ THỰC HIỆN", bold=True)
    body(
        doc,
        "Từ nguồn vốn Chương trình MTQG năm 2026, ngân sách xã và huy động xã hội hóa.",
    )
    body(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "1. Phòng Kinh tế chủ trì theo dõi, tổng hợp tiến độ, báo cáo UBND xã hằng tháng.",
        "2. Các đơn vị được giao chủ trì báo cáo kết quả thực hiện trước ngày 25 hằng tháng./.",
    )
    rec = [
        "- Thường trực Đảng ủy;",
        "- Thường trực HĐND xã;",
        "- Chủ tịch, các PCT UBND xã;",
        "- Các phòng, ban, đơn vị;",
        "- Các thôn;",
        "- Lưu: VT.",
    ]
    closing(doc, rec, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lê Văn Sơn"])
    # The draft's blank day: its month and year are kept, as the corpus's
    # other dated drafts expect (round 17w); the writer left the date out.
    header = {
        "symbol": "KH-UBND",
        "place": "Cẩm Bình",
        "date": "2026-05",
        "title": ttl,
        "issuer": "ỦY BAN NHÂN DÂN XÃ CẨM BÌNH",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": "Lê Văn Sơn",
        "bases": ["51/2025/QĐ-TTg", "12/2026/QĐ-UBND", "85/BC-UBND"],
        "recipients": 6,
    }
    tasks = [
        task(
            "Sửa chữa, nâng cấp 04 phòng học và công trình vệ sinh Trường Mầm non Cẩm Bình (điểm trường thôn Yên Bình)",
            "Phòng Văn hóa - Xã hội",
            ["Ban Quản lý dự án đầu tư xây dựng khu vực", "Trường Mầm non Cẩm Bình"],
            "2026-08-20",
            "2026-06-01",
            "Trần Văn Hậu",
        ),
        task(
            "Nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt 95% trở lên",
            "Trạm Y tế xã",
            ["Bảo hiểm xã hội khu vực", "Hội Chữ thập đỏ xã"],
            "2026-12-31",
            None,
            "Phan Thị Loan",
        ),
        task(
            "Rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo giai đoạn 2026 - 2030; hỗ trợ sinh kế cho 25 hộ",
            "Phòng Văn hóa - Xã hội",
            ["Ủy ban MTTQ Việt Nam xã", "các thôn"],
            "2026-11-30",
            None,
            "công chức phụ trách lao động, an sinh xã hội",
        ),
        task(
            "Xây dựng 01 điểm tập kết rác thải sinh hoạt đạt chuẩn tại thôn Tân Hòa",
            "Phòng Kinh tế",
            ["thôn Tân Hòa"],
            "2026-07-31",
            None,
            "Võ Đình Nam",
        ),
        task(
            "Vận động 300 hộ thực hiện phân loại chất thải rắn tại nguồn, xử lý rác hữu cơ tại hộ gia đình",
            "Hội Liên hiệp Phụ nữ xã",
            ["Hội Nông dân xã", "Hội Cựu chiến binh xã"],
            "2026-12-31",
        ),
        task(
            "Cải tạo, chỉnh trang nghĩa trang nhân dân thôn Đông Hà theo quy hoạch",
            "Phòng Kinh tế",
            ["thôn Đông Hà"],
            "2026-09-30",
        ),
        task(
            "Xây dựng mô hình “Camera an ninh” tại 100% thôn",
            "Công an xã",
            ["Đoàn Thanh niên xã", "các thôn"],
            "2026-09-02",
            None,
            "Thái Văn Quang",
        ),
    ]
    expected.write(
        OUT,
        "p05_du_thao_cam_binh.doc",
        saved_as(save(doc), "doc"),
        "Draft (DỰ THẢO, 'Số:  /KH-UBND', day left blank: number and date not expected) commune UBND plan, .doc via LibreOffice;\n"
        "criterion blocks 'Tiêu chí số N', each task a dash line then '+ Đơn vị chủ trì / phối hợp / Thời gian / Cán bộ phụ trách' lines.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 06
def plan06():
    """Hội LHPN xã Triệu Phong (Quảng Trị), .odt, dash bullets with trailing who/when."""
    doc = new_doc()
    head(
        doc,
        [
            "HỘI LHPN TỈNH QUẢNG TRỊ",
            "BCH HỘI LHPN XÃ TRIỆU PHONG",
            "***",
            "Số: 09/KH-HPN",
        ],
        [*MOTTO, "", "Triệu Phong, ngày 16 tháng 4 năm 2026"],
    )
    ttl = "Triển khai Cuộc vận động xây dựng gia đình “5 không, 3 sạch” góp phần xây dựng nông thôn mới năm 2026"
    title(doc, ttl)
    body(
        doc,
        "Căn cứ Nghị quyết Hội nghị Ban Chấp hành Hội LHPN xã ngày 10/01/2026 về nhiệm vụ công tác Hội năm 2026;",
        "Thực hiện Kế hoạch số 17/KH-HPN ngày 02/3/2026 của Ban Thường vụ Hội LHPN tỉnh về việc tham gia thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2026,",
        "Ban Thường vụ Hội LHPN xã xây dựng Kế hoạch triển khai như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "Nâng cao vai trò của các cấp Hội trong vận động hội viên, phụ nữ tham gia xây dựng nông thôn mới, trọng tâm là tiêu chí môi trường và cảnh quan nông thôn.",
    )
    body(doc, "II. CHỈ TIÊU", bold=True)
    body(
        doc,
        "- 100% chi hội có ít nhất 01 mô hình bảo vệ môi trường.",
        "- 85% hộ hội viên đạt tiêu chí “5 không, 3 sạch”.",
    )
    body(doc, "III. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
    body(
        doc,
        "- Tổ chức 02 lớp tập huấn kỹ năng phân loại rác thải tại nguồn, làm phân vi sinh từ rác hữu cơ cho cán bộ chi hội. Chủ trì: Ban Thường vụ Hội LHPN xã; phối hợp: Phòng Kinh tế xã. Thời gian: tháng 5/2026.",
        "- Ra mắt 05 mô hình “Tuyến đường hoa phụ nữ tự quản” (giao Chi hội phụ nữ các thôn Phú Hòa, An Lợi, Vĩnh Lại thực hiện, đ/c Trần Thị Mai - Phó Chủ tịch Hội phụ trách; hoàn thành trước 30/6/2026).",
        "- Hỗ trợ phụ nữ nghèo, phụ nữ khuyết tật vay vốn ưu đãi phát triển sinh kế. Ban Thường vụ Hội chủ trì, phối hợp Ngân hàng Chính sách xã hội Phòng giao dịch khu vực; thời gian: thường xuyên.",
        "- Trao 03 “Mái ấm tình thương” cho hội viên có hoàn cảnh khó khăn về nhà ở. Chủ trì: Ban Thường vụ Hội LHPN xã; phối hợp: Ủy ban MTTQ Việt Nam xã, các nhà hảo tâm. Thời gian: Quý III/2026.",
        "- Xây dựng 01 mô hình điểm “Chi hội 5 không, 3 sạch” tại thôn Phú Hòa (Chi hội phụ nữ thôn Phú Hòa thực hiện, từ tháng 4 đến tháng 8/2026).",
    )
    body(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "1. Ban Thường vụ Hội LHPN xã: phân công ủy viên Ban Chấp hành phụ trách địa bàn; theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Hội LHPN tỉnh trước ngày 05/12/2026.",
        "2. Các chi hội phụ nữ thôn: tổ chức cho hội viên đăng ký xây dựng gia đình “5 không, 3 sạch”, hoàn thành đăng ký trước ngày 30/5/2026; báo cáo kết quả về Hội LHPN xã theo quý./.",
    )
    rec = [
        "- Hội LHPN tỉnh (b/c);",
        "- TT Đảng ủy, UBND xã;",
        "- Ban Thường trực UB MTTQ VN xã;",
        "- Các chi hội;",
        "- Lưu VP.",
    ]
    closing(
        doc, rec, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Nguyễn Thị Thu Hà"]
    )
    header = {
        "number": "09",
        "symbol": "KH-HPN",
        "place": "Triệu Phong",
        "date": "2026-04-16",
        "title": ttl,
        "issuer": "BCH HỘI LHPN XÃ TRIỆU PHONG",
        "authority": "TM. BAN THƯỜNG VỤ",
        "signer_title": "CHỦ TỊCH",
        "signer": "Nguyễn Thị Thu Hà",
        "bases": ["Nghị quyết ngày 10/01/2026", "17/KH-HPN"],
        "recipients": 5,
    }
    tasks = [
        task(
            "Tổ chức 02 lớp tập huấn kỹ năng phân loại rác thải tại nguồn, làm phân vi sinh từ rác hữu cơ cho cán bộ chi hội",
            "Ban Thường vụ Hội LHPN xã",
            ["Phòng Kinh tế xã"],
            "2026-05-31",
        ),
        task(
            "Ra mắt 05 mô hình “Tuyến đường hoa phụ nữ tự quản”",
            "Chi hội phụ nữ các thôn Phú Hòa, An Lợi, Vĩnh Lại",
            None,
            "2026-06-30",
            None,
            "Trần Thị Mai",
        ),
        task(
            "Hỗ trợ phụ nữ nghèo, phụ nữ khuyết tật vay vốn ưu đãi phát triển sinh kế",
            "Ban Thường vụ Hội",
            ["Ngân hàng Chính sách xã hội Phòng giao dịch khu vực"],
            "2026-12-31",
        ),
        task(
            "Trao 03 “Mái ấm tình thương” cho hội viên có hoàn cảnh khó khăn về nhà ở",
            "Ban Thường vụ Hội LHPN xã",
            ["Ủy ban MTTQ Việt Nam xã", "các nhà hảo tâm"],
            "2026-09-30",
        ),
        task(
            "Xây dựng 01 mô hình điểm “Chi hội 5 không, 3 sạch” tại thôn Phú Hòa",
            "Chi hội phụ nữ thôn Phú Hòa",
            None,
            "2026-08-31",
            "2026-04-01",
        ),
        task(
            "tổ chức cho hội viên đăng ký xây dựng gia đình “5 không, 3 sạch”",
            "Các chi hội phụ nữ thôn",
            None,
            "2026-05-30",
        ),
    ]
    expected.write(
        OUT,
        "p06_hoi_phu_nu_trieu_phong.odt",
        saved_as(save(doc), "odt"),
        "Women's union (BCH HỘI LHPN XÃ, KH-HPN), .odt via LibreOffice; dash bullets each with who/when after it, as\n"
        "'Chủ trì: …; phối hợp: …. Thời gian: …' or in brackets '(giao … thực hiện, đ/c … phụ trách; hoàn thành trước …)'; one TCTH task.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 07
def plan07():
    """BCĐ xây dựng NTM xã Mỹ Hiệp (Đồng Tháp), landscape pdf table with start and official columns."""
    doc = new_doc(landscape=True)
    head(
        doc,
        [
            "UBND XÃ MỸ HIỆP",
            "BAN CHỈ ĐẠO XÂY DỰNG",
            "NÔNG THÔN MỚI",
            "",
            "Số: 03/KH-BCĐ",
        ],
        [*MOTTO, "", "Mỹ Hiệp, ngày 12 tháng 01 năm 2027"],
        widths=(10.0, 14.0),
    )
    ttl = (
        "Thực hiện Chương trình xây dựng nông thôn mới năm 2027 trên địa bàn xã Mỹ Hiệp"
    )
    title(doc, ttl)
    body(
        doc,
        "Căn cứ Quyết định số 145/QĐ-UBND ngày 05/9/2025 của UBND xã Mỹ Hiệp về việc thành lập Ban Chỉ đạo xây dựng nông thôn mới xã;",
        "Căn cứ Kế hoạch số 09/KH-BCĐ ngày 28/12/2026 của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Đồng Tháp;",
        "Ban Chỉ đạo xây dựng nông thôn mới xã ban hành Kế hoạch thực hiện năm 2027 như sau:",
    )
    body(doc, "I. MỤC TIÊU", bold=True)
    body(
        doc,
        "Năm 2027, xã Mỹ Hiệp đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030 (xã nhóm 2); thu nhập bình quân đầu người đạt 68 triệu đồng.",
    )
    body(doc, "II. PHÂN CÔNG NHIỆM VỤ", bold=True)
    tai = "Đ/c Nguyễn Văn Tài - PCT UBND xã"
    tri = "Đ/c Lê Minh Trí - Trưởng phòng Kinh tế"
    han = "Đ/c Trần Thị Ngọc Hân - PCT UBND xã"
    rows = [
        [
            "1",
            "Rà soát, cập nhật kết quả thực hiện 10 tiêu chí theo Bộ tiêu chí giai đoạn 2026 - 2030",
            "15/01/2027",
            "28/02/2027",
            tai,
            "Phòng Kinh tế",
            "Các thành viên BCĐ",
        ],
        [
            "2",
            "Nâng cấp tuyến đường ĐX.03 (đoạn ấp Mỹ Thới - ấp Mỹ Phú), dài 2,1 km",
            "01/3/2027",
            "30/8/2027",
            tai,
            "Ban QLDA ĐTXD xã",
            "Phòng Kinh tế; các ấp Mỹ Thới, Mỹ Phú",
        ],
        [
            "3",
            "Nạo vét kênh nội đồng phục vụ sản xuất vụ Hè Thu",
            "Tháng 3/2027",
            "Tháng 4/2027",
            tri,
            "Phòng Kinh tế",
            "HTX nông nghiệp Mỹ Hiệp; các ấp",
        ],
        [
            "4",
            "Phát triển 02 sản phẩm OCOP mới (khô cá lóc, bánh phồng)",
            "Quý I/2027",
            "Quý III/2027",
            tri,
            "Phòng Kinh tế",
            "Hội Nông dân xã; Hội LHPN xã",
        ],
        [
            "5",
            "Giải quyết việc làm mới cho 180 lao động; đào tạo nghề cho 120 lao động nông thôn",
            "Tháng 02/2027",
            "Tháng 11/2027",
            han,
            "Phòng Văn hóa - Xã hội",
            "Đoàn Thanh niên xã",
        ],
        [
            "6",
            "Duy trì 100% hộ dân sử dụng nước sạch đạt quy chuẩn",
            "",
            "Thường xuyên",
            tri,
            "Phòng Kinh tế",
            "Các ấp",
        ],
        [
            "7",
            "Xây dựng tuyến đường kiểu mẫu “Sáng - Xanh - Sạch - Đẹp” tại 08 ấp",
            "01/4/2027",
            "31/10/2027",
            "Đ/c Võ Thị Bé Sáu - Chủ tịch UB MTTQ xã",
            "Ủy ban MTTQ Việt Nam xã",
            "Các tổ chức chính trị - xã hội; 08 ấp",
        ],
        [
            "8",
            "Triển khai thanh toán không dùng tiền mặt trong thu học phí, viện phí, phí dịch vụ công",
            "Tháng 01/2027",
            "30/6/2027",
            han,
            "Văn phòng HĐND và UBND xã",
            "Các trường học; Trạm Y tế xã; Bưu điện văn hóa xã",
        ],
        [
            "9",
            "Xây dựng ấp đạt chuẩn an toàn về an ninh, trật tự",
            "",
            "Hằng năm",
            "Đ/c Huỳnh Văn Nghĩa - Trưởng Công an xã",
            "Công an xã",
            "Các ấp",
        ],
        [
            "10",
            "Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới năm 2027",
            "01/10/2027",
            "15/11/2027",
            tai,
            "Phòng Kinh tế",
            "Các thành viên BCĐ",
        ],
    ]
    ruled_table(
        doc,
        [
            "STT",
            "Nội dung nhiệm vụ",
            "Thời gian bắt đầu",
            "Thời gian hoàn thành",
            "Thành viên BCĐ phụ trách",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
        ],
        rows,
        [1.4, 6.6, 2.6, 2.6, 3.6, 3.1, 4.5],
    )
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Thành viên Ban Chỉ đạo theo lĩnh vực được phân công đôn đốc, kiểm tra; Phòng Kinh tế (cơ quan thường trực) tổng hợp, báo cáo Trưởng Ban Chỉ đạo trước ngày 20 hằng tháng./.",
    )
    rec = [
        "- BCĐ các CTMTQG tỉnh (b/c);",
        "- TT Đảng ủy, TT HĐND xã;",
        "- Thành viên BCĐ;",
        "- Các ấp;",
        "- Lưu: VT.",
    ]
    closing(doc, rec, ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "", "Phạm Thanh Long"])
    header = {
        "number": "03",
        "symbol": "KH-BCĐ",
        "place": "Mỹ Hiệp",
        "date": "2027-01-12",
        "title": ttl,
        "issuer": "BAN CHỈ ĐẠO XÂY DỰNG NÔNG THÔN MỚI",
        "authority": "TM. BAN CHỈ ĐẠO",
        "signer_title": "TRƯỞNG BAN",
        "signer": "Phạm Thanh Long",
        "bases": ["145/QĐ-UBND", "09/KH-BCĐ"],
        "recipients": 5,
    }
    spec = [
        ("2027-02-28", "2027-01-15", "Nguyễn Văn Tài"),
        ("2027-08-30", "2027-03-01", "Nguyễn Văn Tài"),
        ("2027-04-30", "2027-03-01", "Lê Minh Trí"),
        ("2027-09-30", "2027-01-01", "Lê Minh Trí"),
        ("2027-11-30", "2027-02-01", "Trần Thị Ngọc Hân"),
        ("2027-12-31", None, "Lê Minh Trí"),
        ("2027-10-31", "2027-04-01", "Võ Thị Bé Sáu"),
        ("2027-06-30", "2027-01-01", "Trần Thị Ngọc Hân"),
        ("2027-12-31", None, "Huỳnh Văn Nghĩa"),
        ("2027-11-15", "2027-10-01", "Nguyễn Văn Tài"),
    ]
    tasks = [
        task(r[1], r[5], [p.strip() for p in r[6].split(";")], d, s, o)
        for r, (d, s, o) in zip(rows, spec, strict=True)
    ]
    expected.write(
        OUT,
        "p07_bcd_my_hiep.pdf",
        saved_as(save(doc), "pdf"),
        "Commune Steering Committee (issuer name wrapped on two lines under 'UBND XÃ MỸ HIỆP'), landscape .pdf via LibreOffice;\n"
        "7-column table: STT | Nhiệm vụ | bắt đầu | hoàn thành | thành viên BCĐ phụ trách (official) | chủ trì | phối hợp; year 2027.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 08
def plan08():
    """BCH Đoàn xã Hoằng Tiến (Thanh Hóa), portrait pdf, numbered prose with bracketed who/when."""
    doc = new_doc()
    head(
        doc,
        ["ĐOÀN TỈNH THANH HÓA", "BCH ĐOÀN XÃ HOẰNG TIẾN", "***", "Số: 15-KH/ĐTN"],
        ["ĐOÀN TNCS HỒ CHÍ MINH", "", "Hoằng Tiến, ngày 20 tháng 02 năm 2026"],
        widths=(7.8, 8.2),
    )
    ttl = "Tổ chức Tháng Thanh niên năm 2026 với chủ đề “Thanh niên tiên phong xây dựng nông thôn mới, chuyển đổi số”"
    title(doc, ttl)
    body(
        doc,
        "Căn cứ Kế hoạch số 92-KH/TĐTN-PTTN ngày 05/02/2026 của Ban Thường vụ Tỉnh đoàn Thanh Hóa về tổ chức Tháng Thanh niên năm 2026;",
        "Ban Thường vụ Đoàn xã Hoằng Tiến xây dựng kế hoạch tổ chức Tháng Thanh niên năm 2026 như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "Phát huy tinh thần xung kích của đoàn viên, thanh niên tham gia xây dựng nông thôn mới, chuyển đổi số; các hoạt động có sản phẩm cụ thể, đo đếm được.",
    )
    body(doc, "II. CHỦ ĐỀ, THỜI GIAN", bold=True)
    body(
        doc,
        "Chủ đề: “Thanh niên tiên phong xây dựng nông thôn mới, chuyển đổi số”. Thời gian: từ ngày 01/3/2026 đến ngày 31/3/2026.",
    )
    body(doc, "III. NỘI DUNG HOẠT ĐỘNG", bold=True)
    body(
        doc,
        "1. Ra quân Ngày Chủ nhật xanh, tổng vệ sinh môi trường tại các tuyến đường, khu dân cư (Chủ trì: Ban Thường vụ Đoàn xã; phối hợp: các Chi đoàn thôn; thời gian: 01/3/2026).",
        "2. Xây dựng công trình thanh niên “Tuyến đường bích họa” tại thôn Đông Hải, dài 300 m (Chủ trì: Chi đoàn thôn Đông Hải; phối hợp: Hội LHPN xã, Ban Phát triển thôn Đông Hải; thời gian: từ 05/3 đến 26/3/2026).",
        "3. Trồng 1.000 cây xanh tại các trường học, Nghĩa trang liệt sĩ xã (Chủ trì: Ban Thường vụ Đoàn xã, đ/c Lê Văn Thành - Phó Bí thư Đoàn xã phụ trách; phối hợp: Liên đội Trường THCS Hoằng Tiến; thời gian: trong tháng 3/2026).",
        "4. Tổ chức 03 buổi “Bình dân học vụ số” hướng dẫn người dân cài đặt, sử dụng VNeID và thanh toán không dùng tiền mặt (Chủ trì: Tổ công nghệ số cộng đồng; phối hợp: Công an xã; thời gian: tháng 3 - tháng 4/2026).",
        "5. Hỗ trợ 02 thanh niên khởi nghiệp phát triển mô hình kinh tế gắn với sản phẩm OCOP (Chủ trì: Ban Thường vụ Đoàn xã; phối hợp: Ngân hàng CSXH, Hội Nông dân xã; thời gian: Quý II/2026).",
        "6. Tổ chức Ngày hội thanh niên với nông thôn mới, tuyên dương thanh niên tiêu biểu nhân kỷ niệm 95 năm Ngày thành lập Đoàn (Chủ trì: Ban Thường vụ Đoàn xã; thời gian: 26/3/2026).",
    )
    body(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "1. Ban Thường vụ Đoàn xã: hướng dẫn, kiểm tra các chi đoàn; tổng hợp, báo cáo Ban Thường vụ Tỉnh đoàn trước ngày 31/3/2026.",
        "2. Các chi đoàn: căn cứ kế hoạch, chủ động triển khai; báo cáo kết quả về Ban Thường vụ Đoàn xã trước ngày 28/3/2026./.",
    )
    rec = [
        "- BTV Tỉnh đoàn (b/c);",
        "- TT Đảng ủy xã (b/c);",
        "- UBND xã (p/h);",
        "- Các chi đoàn;",
        "- Lưu VP Đoàn.",
    ]
    closing(
        doc, rec, ["TM. BAN THƯỜNG VỤ ĐOÀN XÃ", "BÍ THƯ", "", "", "", "Nguyễn Đức Anh"]
    )
    header = {
        "number": "15",
        "symbol": "KH/ĐTN",
        "place": "Hoằng Tiến",
        "date": "2026-02-20",
        "title": ttl,
        "issuer": "BCH ĐOÀN XÃ HOẰNG TIẾN",
        "authority": "TM. BAN THƯỜNG VỤ ĐOÀN XÃ",
        "signer_title": "BÍ THƯ",
        "signer": "Nguyễn Đức Anh",
        "bases": ["92-KH/TĐTN-PTTN"],
        "recipients": 5,
    }
    btv = "Ban Thường vụ Đoàn xã"
    tasks = [
        task(
            "Ra quân Ngày Chủ nhật xanh, tổng vệ sinh môi trường tại các tuyến đường, khu dân cư",
            btv,
            ["các Chi đoàn thôn"],
            "2026-03-01",
        ),
        task(
            "Xây dựng công trình thanh niên “Tuyến đường bích họa” tại thôn Đông Hải, dài 300 m",
            "Chi đoàn thôn Đông Hải",
            ["Hội LHPN xã", "Ban Phát triển thôn Đông Hải"],
            "2026-03-26",
            "2026-03-05",
        ),
        task(
            "Trồng 1.000 cây xanh tại các trường học, Nghĩa trang liệt sĩ xã",
            btv,
            ["Liên đội Trường THCS Hoằng Tiến"],
            "2026-03-31",
            None,
            "Lê Văn Thành",
        ),
        task(
            "Tổ chức 03 buổi “Bình dân học vụ số” hướng dẫn người dân cài đặt, sử dụng VNeID và thanh toán không dùng tiền mặt",
            "Tổ công nghệ số cộng đồng",
            ["Công an xã"],
            "2026-04-30",
            "2026-03-01",
        ),
        task(
            "Hỗ trợ 02 thanh niên khởi nghiệp phát triển mô hình kinh tế gắn với sản phẩm OCOP",
            btv,
            ["Ngân hàng CSXH", "Hội Nông dân xã"],
            "2026-06-30",
        ),
        task(
            "Tổ chức Ngày hội thanh niên với nông thôn mới, tuyên dương thanh niên tiêu biểu nhân kỷ niệm 95 năm Ngày thành lập Đoàn",
            btv,
            None,
            "2026-03-26",
        ),
    ]
    expected.write(
        OUT,
        "p08_doan_xa_hoang_tien.pdf",
        saved_as(save(doc), "pdf"),
        "Youth Union (BCH ĐOÀN XÃ, Số 15-KH/ĐTN, 'ĐOÀN TNCS HỒ CHÍ MINH' on the right), portrait .pdf via LibreOffice;\n"
        "numbered prose activities each ending '(Chủ trì: …; phối hợp: …; thời gian: …)'; reporting duties in TCTH not tasks.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 09
def plan09():
    """Ban phát triển thôn An Châu (xã Tiên Lữ, Hưng Yên), xlsx sheet with start/end and person columns."""
    wb = Workbook()
    ws = wb.active
    ws.title = "KH 2027"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(name="Times New Roman", bold=True, size=12)
    normal = Font(name="Times New Roman", size=12)
    ws["A1"], ws["F1"] = "UBND XÃ TIÊN LỮ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["A2"], ws["F2"] = "BAN PHÁT TRIỂN THÔN AN CHÂU", "Độc lập - Tự do - Hạnh phúc"
    ws["A3"], ws["F3"] = "Số: 02/KH-BPTT", "An Châu, ngày 05 tháng 01 năm 2027"
    ws.merge_cells("A1:D1"), ws.merge_cells("A2:D2"), ws.merge_cells("A3:D3")
    ws.merge_cells("F1:J1"), ws.merge_cells("F2:J2"), ws.merge_cells("F3:J3")
    ttl = "Xây dựng thôn An Châu đạt chuẩn khu dân cư nông thôn mới kiểu mẫu năm 2027"
    ws["A5"] = "KẾ HOẠCH"
    ws["A6"] = ttl
    ws.merge_cells("A5:J5"), ws.merge_cells("A6:J6")
    ws["A7"] = (
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 28/12/2026 của UBND xã Tiên Lữ về xây dựng khu dân cư nông thôn mới kiểu mẫu năm 2027; căn cứ Nghị quyết Hội nghị thôn ngày 02/01/2027, Ban phát triển thôn xây dựng kế hoạch như sau:"
    )
    ws.merge_cells("A7:J7")
    ws.row_dimensions[7].height = 48
    heads = [
        "TT",
        "Nội dung công việc",
        "ĐVT",
        "Khối lượng",
        "Bắt đầu",
        "Kết thúc",
        "Bộ phận thực hiện",
        "Người phụ trách",
        "Phối hợp",
        "Ghi chú",
    ]
    D = dt.datetime
    rows = [
        [
            1,
            "Bê tông hóa ngõ xóm còn lại",
            "m",
            650,
            D(2027, 3, 1),
            D(2027, 5, 30),
            "Ban phát triển thôn",
            "Ông Đỗ Văn Khải",
            "Chi hội Cựu chiến binh; các hộ dân",
            "Nhân dân đóng góp 50%",
        ],
        [
            2,
            "Lắp đặt hệ thống đèn chiếu sáng đường trục thôn",
            "bóng",
            85,
            D(2027, 4, 15),
            D(2027, 6, 15),
            "Chi đoàn thanh niên",
            "Anh Phạm Văn Duy",
            "Chi hội Phụ nữ",
            "",
        ],
        [
            3,
            "Trồng hàng rào xanh, đường hoa",
            "m",
            1200,
            "Tháng 2/2027",
            "Tháng 4/2027",
            "Chi hội Phụ nữ",
            "Bà Nguyễn Thị Liên",
            "Các xóm",
            "",
        ],
        [
            4,
            "Cải tạo nhà văn hóa, khu thể thao thôn",
            "công trình",
            1,
            "01/6/2027",
            "31/8/2027",
            "Ban phát triển thôn",
            "Ông Đỗ Văn Khải",
            "",
            "Vốn xã hỗ trợ",
        ],
        [
            5,
            "Vận động hộ dân chỉnh trang nhà ở, tường rào, cổng ngõ",
            "hộ",
            45,
            "",
            "Thường xuyên",
            "Chi hội Phụ nữ",
            "Bà Nguyễn Thị Liên",
            "Chi hội Nông dân",
            "",
        ],
        [
            6,
            "Xây dựng mô hình vườn mẫu",
            "vườn",
            10,
            D(2027, 3, 1),
            D(2027, 9, 30),
            "Chi hội Nông dân",
            "Ông Trần Văn Bình",
            "Chi hội Phụ nữ",
            "",
        ],
        [
            7,
            "Lắp đặt camera an ninh tại các điểm giao cắt",
            "mắt",
            6,
            "01/4/2027",
            "Quý II/2027",
            "Tổ bảo vệ an ninh, trật tự ở cơ sở",
            "Ông Vũ Đình Toàn",
            "Công an xã",
            "",
        ],
        [
            8,
            "Hoàn thiện hồ sơ đề nghị công nhận khu dân cư NTM kiểu mẫu",
            "bộ",
            1,
            D(2027, 10, 1),
            D(2027, 10, 31),
            "Ban phát triển thôn",
            "Ông Lê Văn Hưng (Trưởng thôn)",
            "",
            "",
        ],
    ]
    r0 = 9
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r0, c, h)
        cell.font, cell.border = bold, box
        cell.alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    for i, row in enumerate(rows, 1):
        for c, v in enumerate(row, 1):
            cell = ws.cell(r0 + i, c, v)
            cell.font, cell.border = normal, box
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
            if isinstance(v, int) and v >= 1000:
                cell.number_format = "#,##0"
    end = r0 + len(rows) + 2
    ws.cell(end, 1, "Nơi nhận:").font = Font(
        name="Times New Roman", bold=True, italic=True, size=11
    )
    for k, line in enumerate(
        [
            "- UBND xã (b/c);",
            "- Chi bộ thôn;",
            "- Các chi hội, đoàn thể thôn;",
            "- Lưu.",
        ],
        1,
    ):
        ws.cell(end + k, 1, line).font = normal
    for k, line in enumerate(
        ["TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN", "", "", "Lê Văn Hưng"]
    ):
        cell = ws.cell(end + k, 7, line)
        cell.font = bold if line.isupper() else normal
        ws.merge_cells(start_row=end + k, start_column=7, end_row=end + k, end_column=9)
        cell.alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDEFGHIJ", [5, 38, 9, 9, 12, 12, 18, 20, 22, 16], strict=True):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    header = {
        "number": "02",
        "symbol": "KH-BPTT",
        "place": "An Châu",
        "date": "2027-01-05",
        "title": ttl,
        "issuer": "BAN PHÁT TRIỂN THÔN AN CHÂU",
        "authority": "TM. BAN PHÁT TRIỂN THÔN",
        "signer_title": "TRƯỞNG BAN",
        "signer": "Lê Văn Hưng",
        "bases": ["05/KH-UBND", "Nghị quyết ngày 02/01/2027"],
        "recipients": 4,
    }
    spec = [
        ("2027-05-30", "2027-03-01", "Đỗ Văn Khải"),
        ("2027-06-15", "2027-04-15", "Phạm Văn Duy"),
        ("2027-04-30", "2027-02-01", "Nguyễn Thị Liên"),
        ("2027-08-31", "2027-06-01", "Đỗ Văn Khải"),
        ("2027-12-31", None, "Nguyễn Thị Liên"),
        ("2027-09-30", "2027-03-01", "Trần Văn Bình"),
        ("2027-06-30", "2027-04-01", "Vũ Đình Toàn"),
        ("2027-10-31", "2027-10-01", "Lê Văn Hưng"),
    ]
    tasks = [
        task(
            r[1], r[6], [p.strip() for p in r[8].split(";")] if r[8] else None, d, s, o
        )
        for r, (d, s, o) in zip(rows, spec, strict=True)
    ]
    expected.write(
        OUT,
        "p09_thon_an_chau.xlsx",
        save(wb),
        "Village plan (BAN PHÁT TRIỂN THÔN under 'UBND XÃ TIÊN LỮ'), .xlsx one sheet; columns TT | Nội dung | ĐVT | Khối lượng |\n"
        "Bắt đầu | Kết thúc | Bộ phận thực hiện | Người phụ trách (Ông/Bà/Anh + name) | Phối hợp | Ghi chú; real date cells mixed with text.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 10
P10 = """[10/03/2026 07:42] Trịnh Văn Đông: Gửi các chi hội KH 07 năm nay, các đ/c nghiên cứu triển khai nhé 👍

HỘI CCB TỈNH BẮC NINH
HỘI CCB XÃ TAM TIẾN
Số: 07/KH-CCB
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tam Tiến, ngày 09 tháng 3 năm 2026

KẾ HOẠCH
Hội Cựu chiến binh tham gia xây dựng nông thôn mới năm 2026

Căn cứ Hướng dẫn số 04/HD-CCB ngày 15/01/2026 của Ban Thường vụ Hội CCB tỉnh về công tác Hội năm 2026;
Căn cứ Nghị quyết Đại hội Hội CCB xã nhiệm kỳ 2022 - 2027, Ban Thường vụ Hội CCB xã xây dựng kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Phát huy bản chất "Bộ đội Cụ Hồ", vai trò nòng cốt của hội viên CCB trong xây dựng nông thôn mới ở khu dân cư.

II. NỘI DUNG
1. Vận động hội viên hiến đất, góp công mở rộng đường giao thông nông thôn
- Chủ trì: Chi hội CCB các thôn
- Phối hợp: Ban công tác Mặt trận thôn
- Thời gian: từ tháng 4 đến hết tháng 8/2026

2. Xây dựng 02 mô hình "Cựu chiến binh giúp nhau phát triển kinh tế"
- Chủ trì: Ban Thường vụ Hội CCB xã
- Phối hợp: Ngân hàng CSXH, Hội Nông dân xã
- Thời gian: Quý II/2026
- Người phụ trách: đ/c Hà Văn Lực, Phó Chủ tịch Hội

3. Duy trì tổ CCB tự quản đường làng, ngõ xóm xanh - sạch - đẹp
- Chủ trì: Các chi hội
- Thời gian: thường xuyên

4. Hỗ trợ 01 nhà "Nghĩa tình đồng đội" cho hội viên khó khăn về nhà ở
- Chủ trì: BTV Hội CCB xã
- Phối hợp: UBND xã, Ủy ban MTTQ xã
- Thời hạn: trước 27/7/2026

5. Tham gia giữ gìn an ninh trật tự, tuyên truyền phòng chống tệ nạn xã hội tại khu dân cư
- Chủ trì: Các chi hội
- Phối hợp: Công an xã
- Thời gian: hằng năm

6. Tổ chức tọa đàm "CCB với xây dựng nông thôn mới" nhân kỷ niệm 37 năm Ngày thành lập Hội (06/12/1989 - 06/12/2026)
- Chủ trì: Ban Thường vụ Hội CCB xã
- Phối hợp: Đoàn Thanh niên xã
- Thời gian: trước 06/12/2026

III. TỔ CHỨC THỰC HIỆN
Các chi hội căn cứ kế hoạch xây dựng chương trình cụ thể; báo cáo kết quả về Ban Thường vụ Hội CCB xã trước ngày 10/12/2026./.

Nơi nhận:
- Hội CCB tỉnh;
- Đảng ủy, UBND xã;
- Các chi hội;
- Lưu.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
(đã ký)
Trịnh Văn Đông
"""


def plan10():
    header = {
        "number": "07",
        "symbol": "KH-CCB",
        "place": "Tam Tiến",
        "date": "2026-03-09",
        "title": "Hội Cựu chiến binh tham gia xây dựng nông thôn mới năm 2026",
        "issuer": "HỘI CCB XÃ TAM TIẾN",
        "authority": "TM. BAN THƯỜNG VỤ",
        "signer_title": "CHỦ TỊCH",
        "signer": "Trịnh Văn Đông",
        "bases": ["04/HD-CCB"],
        "recipients": 4,
    }
    tasks = [
        task(
            "Vận động hội viên hiến đất, góp công mở rộng đường giao thông nông thôn",
            "Chi hội CCB các thôn",
            ["Ban công tác Mặt trận thôn"],
            "2026-08-31",
            "2026-04-01",
        ),
        task(
            'Xây dựng 02 mô hình "Cựu chiến binh giúp nhau phát triển kinh tế"',
            "Ban Thường vụ Hội CCB xã",
            ["Ngân hàng CSXH", "Hội Nông dân xã"],
            "2026-06-30",
            None,
            "Hà Văn Lực",
        ),
        task(
            "Duy trì tổ CCB tự quản đường làng, ngõ xóm xanh - sạch - đẹp",
            "Các chi hội",
            None,
            "2026-12-31",
        ),
        task(
            'Hỗ trợ 01 nhà "Nghĩa tình đồng đội" cho hội viên khó khăn về nhà ở',
            "BTV Hội CCB xã",
            ["UBND xã", "Ủy ban MTTQ xã"],
            "2026-07-27",
        ),
        task(
            "Tham gia giữ gìn an ninh trật tự, tuyên truyền phòng chống tệ nạn xã hội tại khu dân cư",
            "Các chi hội",
            ["Công an xã"],
            "2026-12-31",
        ),
        task(
            'Tổ chức tọa đàm "CCB với xây dựng nông thôn mới" nhân kỷ niệm 37 năm Ngày thành lập Hội (06/12/1989 - 06/12/2026)',
            "Ban Thường vụ Hội CCB xã",
            ["Đoàn Thanh niên xã"],
            "2026-12-06",
        ),
    ]
    expected.write(
        OUT,
        "p10_ccb_tam_tien.txt",
        P10,
        "Veterans' association plan pasted from Zalo (.txt): a chat line first, header blocks flattened one line each,\n"
        "numbered tasks with '- Chủ trì: / - Phối hợp: / - Thời gian: / - Người phụ trách:' lines; recipients before the signature.",
        header,
        tasks,
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for make in (
        plan01,
        plan02,
        plan03,
        plan04,
        plan05,
        plan06,
        plan07,
        plan08,
        plan09,
        plan10,
    ):
        make()
        print("made", make.__name__)
