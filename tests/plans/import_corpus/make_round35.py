"""Writes round 35's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round35.py

Round 35 is the lead's eleventh BLIND hold-out (07/12/2026): ten plans of
2024-2026 by a helper who read neither the importer, its corpus, its docs
nor the seeds, written while rounds 33 and 34 were being fixed. Measured
untouched on main d3486a2 (the session's start): tasks 98.2/90.2, leads
98.0/80.3, coordinating 97.4/92.7, officials 92.3/70.6, deadlines
98.2/90.2, starts 100/88.9, header 98.3/95.8; and on 67985e4, after every
fix of the session, none made for it: tasks 100/100, leads 100/90.2,
coordinating 100/100, officials 100/88.2, deadlines 100/100, starts
100/100, header 98.3/95.8. No expected result was changed.
"""

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
sys.path.insert(0, str(HERE))

import expected  # noqa: E402
from docx import Document  # noqa: E402
from docx.shared import Pt  # noqa: E402
from make_files import saved_as  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402
from word_writer import (  # noqa: E402
    MOTTO,
    a4,
    closing_beside,
    closing_under,
    fill,
    fixed_widths,
    no_borders,
    para,
    repeat_header,
    save,
    task_table,
)

OUT = HERE / "round35"


def T(title, lead, partners, deadline, start=None, official=None):
    d = {"title": title, "lead": lead, "coordinating": partners, "deadline": deadline}
    if start:
        d["start"] = start
    if official:
        d["official"] = official
    return d


def header_grid(
    doc,
    left_top,
    right_top,
    left_bottom,
    right_bottom,
    *,
    italic_date=True,
    plain_first=None,
):
    """The national header as a 2x2 borderless table: issuer | motto, then
    number | place and date."""
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    if plain_first is None:
        plain_first = len(left_top) > 2 or left_top[0].startswith(("UBND", "HỘI LHPN"))
    for cell, lines, bold_from in (
        (t.cell(0, 0), left_top, 1 if plain_first else 0),
        (t.cell(0, 1), right_top, 0),
    ):
        fill(
            cell,
            [(x, i >= bold_from and x.isupper()) for i, x in enumerate(lines)],
            size=13,
            center=True,
        )
    fill(t.cell(1, 0), left_bottom, size=13, center=True)
    fill(t.cell(1, 1), right_bottom, size=13, center=True)
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(12)
                    r.font.name = "Times New Roman"
    fixed_widths(t, [6.5, 10.5], table_width=True)
    if italic_date:
        for p in t.cell(1, 1).paragraphs:
            for r in p.runs:
                r.italic = True
    return t


def signature_cell_lines(lines):
    return lines


# ---------------------------------------------------------------- 1
def f1_ea_kar():
    """Commune after the merger, Central Highlands, narrative tasks with
    field lines under each."""
    doc = Document()
    a4(doc)
    header_grid(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ EA KAR"],
        MOTTO,
        "Số: 112/KH-UBND",
        "Ea Kar, ngày 09 tháng 02 năm 2026",
    )
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
        bold=True,
        center=True,
    )
    para(doc, "trên địa bàn xã Ea Kar năm 2026", bold=True, center=True)
    para(doc, "")
    for text in [
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 31 tháng 12 năm 2025 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030;",
        "Căn cứ Kế hoạch số 245/KH-UBND ngày 30/12/2025 của Ủy ban nhân dân tỉnh Đắk Lắk về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026;",
        "Căn cứ Nghị quyết ngày 05/01/2026 của Ban Chấp hành Đảng bộ xã về nhiệm vụ phát triển kinh tế - xã hội năm 2026;",
        "Ủy ban nhân dân xã Ea Kar ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2026 như sau:",
    ]:
        para(doc, text, indent=1.0)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "1. Mục đích", bold=True)
    para(
        doc,
        "Phấn đấu đến cuối năm 2026 xã đạt 7/10 tiêu chí theo Bộ tiêu chí mới; thu nhập bình quân đầu người đạt 62 triệu đồng/người/năm; tỷ lệ hộ nghèo đa chiều giảm còn dưới 4,5%.",
        indent=1.0,
    )
    para(doc, "2. Yêu cầu", bold=True)
    para(
        doc,
        "Các phòng, đơn vị, các thôn, buôn xác định rõ trách nhiệm, triển khai đồng bộ, đúng tiến độ.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM", bold=True)
    tasks_doc = [
        (
            "1. Rà soát, đánh giá thực trạng các tiêu chí theo Bộ tiêu chí xã nông thôn mới giai đoạn 2026 - 2030",
            [
                "- Nội dung: Rà soát từng chỉ tiêu, xác định tiêu chí đạt, chưa đạt, nhu cầu vốn để hoàn thiện.",
                "- Đơn vị chủ trì: Phòng Kinh tế.",
                "- Đơn vị phối hợp: Văn phòng HĐND và UBND xã; các thôn, buôn.",
                "- Thời gian hoàn thành: trước ngày 31/3/2026.",
                "- Lãnh đạo phụ trách: đồng chí Y Khem Niê, Phó Chủ tịch UBND xã.",
            ],
        ),
        (
            "2. Phát triển sản xuất cà phê, hồ tiêu theo chuỗi giá trị gắn với chứng nhận VietGAP",
            [
                "- Đơn vị chủ trì: Phòng Kinh tế.",
                "- Đơn vị phối hợp: Trung tâm Dịch vụ nông nghiệp xã; Hợp tác xã Nông nghiệp Dịch vụ Ea Kar.",
                "- Thời gian hoàn thành: Quý III/2026.",
            ],
        ),
        (
            "3. Nâng cấp, cứng hóa đường giao thông nông thôn tại buôn Ea Kmút và thôn 6",
            [
                "- Nội dung: Bê tông hóa 3,2 km đường trục buôn, thôn theo phương thức Nhà nước và nhân dân cùng làm.",
                "- Đơn vị chủ trì: Ban Quản lý dự án đầu tư xây dựng xã.",
                "- Đơn vị phối hợp: Ban phát triển buôn Ea Kmút; Ban phát triển thôn 6.",
                "- Thời gian thực hiện: từ tháng 5/2026 đến tháng 11/2026.",
            ],
        ),
        (
            "4. Tuyên truyền, vận động nhân dân tham gia phong trào “Cả nước chung tay xây dựng nông thôn mới”",
            [
                "- Đơn vị chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam xã.",
                "- Đơn vị phối hợp: các tổ chức chính trị - xã hội xã.",
                "- Thời gian: thường xuyên.",
            ],
        ),
        (
            "5. Xây dựng mô hình thôn, buôn “Sáng - Xanh - Sạch - Đẹp”",
            [
                "- Đơn vị chủ trì: Phòng Văn hóa - Xã hội.",
                "- Đơn vị phối hợp: Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã.",
                "- Thời gian hoàn thành: trước ngày 30/9/2026.",
            ],
        ),
        (
            "6. Duy trì và nâng cao chất lượng tiêu chí Y tế, tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%",
            [
                "- Đơn vị chủ trì: Trạm Y tế xã.",
                "- Đơn vị phối hợp: Bảo hiểm xã hội cơ sở Ea Kar.",
                "- Thời gian: năm 2026.",
                "- Lãnh đạo phụ trách: đồng chí H’Ngân Mlô, Phó Chủ tịch UBND xã.",
            ],
        ),
    ]
    for head, lines in tasks_doc:
        para(doc, head, bold=True, indent=1.0)
        for line in lines:
            para(doc, line, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Ủy ban nhân dân xã thường xuyên kiểm tra, đôn đốc việc thực hiện Kế hoạch; định kỳ hằng quý tổng hợp báo cáo UBND tỉnh.",
        indent=1.0,
    )
    para(
        doc,
        "Các phòng, đơn vị báo cáo kết quả thực hiện về Phòng Kinh tế trước ngày 20 của tháng cuối quý để tổng hợp.",
        indent=1.0,
    )
    recips = [
        "- UBND tỉnh Đắk Lắk (b/c);",
        "- Sở Nông nghiệp và Môi trường;",
        "- TT Đảng ủy, TT HĐND xã;",
        "- CT, các PCT UBND xã;",
        "- Các phòng, đơn vị thuộc xã;",
        "- Lưu: VT, KT.",
    ]
    closing_beside(
        doc,
        recips,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Y Khem Niê",
        ],
    )
    header = {
        "number": "112",
        "symbol": "KH-UBND",
        "place": "Ea Kar",
        "date": "2026-02-09",
        "title": "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn xã Ea Kar năm 2026",
        "issuer": "ỦY BAN NHÂN DÂN XÃ EA KAR",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Y Khem Niê",
        "bases": ["51/2025/QĐ-TTg", "245/KH-UBND", "Nghị quyết ngày 05/01/2026"],
        "recipients": 6,
    }
    tasks = [
        T(
            "Rà soát, đánh giá thực trạng các tiêu chí theo Bộ tiêu chí xã nông thôn mới giai đoạn 2026 - 2030",
            "Phòng Kinh tế",
            ["Văn phòng HĐND và UBND xã", "các thôn, buôn"],
            "2026-03-31",
            official="Y Khem Niê",
        ),
        T(
            "Phát triển sản xuất cà phê, hồ tiêu theo chuỗi giá trị gắn với chứng nhận VietGAP",
            "Phòng Kinh tế",
            [
                "Trung tâm Dịch vụ nông nghiệp xã",
                "Hợp tác xã Nông nghiệp Dịch vụ Ea Kar",
            ],
            "2026-09-30",
        ),
        T(
            "Nâng cấp, cứng hóa đường giao thông nông thôn tại buôn Ea Kmút và thôn 6",
            "Ban Quản lý dự án đầu tư xây dựng xã",
            ["Ban phát triển buôn Ea Kmút", "Ban phát triển thôn 6"],
            "2026-11-30",
            start="2026-05-01",
        ),
        T(
            "Tuyên truyền, vận động nhân dân tham gia phong trào “Cả nước chung tay xây dựng nông thôn mới”",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
            ["các tổ chức chính trị - xã hội xã"],
            "2026-12-31",
        ),
        T(
            "Xây dựng mô hình thôn, buôn “Sáng - Xanh - Sạch - Đẹp”",
            "Phòng Văn hóa - Xã hội",
            ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"],
            "2026-09-30",
        ),
        T(
            "Duy trì và nâng cao chất lượng tiêu chí Y tế, tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%",
            "Trạm Y tế xã",
            ["Bảo hiểm xã hội cơ sở Ea Kar"],
            "2026-12-31",
            official="H’Ngân Mlô",
        ),
    ]
    comment = """Family: commune UBND after the 2025 merger (Đắk Lắk, Central Highlands), .docx.
First idea: a ruled task table. Written instead: narrative section II, each task a bold numbered
heading followed by "- Nội dung / - Đơn vị chủ trì / - Đơn vị phối hợp / - Thời gian / - Lãnh đạo
phụ trách" lines; partners separated by semicolons ("các thôn, buôn" is ONE unit).
Decisions: the task title is the heading line only (the "Nội dung:" line is description);
"từ tháng 5/2026 đến tháng 11/2026" -> start 2026-05-01, deadline 2026-11-30; "thường xuyên" and
"năm 2026" -> 2026-12-31. The closing "UBND xã kiểm tra, đôn đốc" and the reporting line are not tasks.
The Nghị quyết basis has no number -> "Nghị quyết ngày 05/01/2026"."""
    return "xa_ea_kar_2026.docx", save(doc), comment, header, tasks


# ---------------------------------------------------------------- 2
def f2_vu_hoi():
    """Party committee of a commune (Thái Bình, 2024), Party-style header."""
    doc = Document()
    a4(doc)
    header_grid(
        doc,
        ["ĐẢNG BỘ HUYỆN VŨ THƯ", "ĐẢNG ỦY XÃ VŨ HỘI", "*"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM"],
        "Số 38-KH/ĐU",
        "Vũ Hội, ngày 12 tháng 3 năm 2024",
    )
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "lãnh đạo xây dựng xã nông thôn mới kiểu mẫu năm 2024",
        bold=True,
        center=True,
    )
    para(doc, "-----", center=True)
    for text in [
        "Thực hiện Nghị quyết số 06-NQ/HU ngày 15/11/2023 của Ban Thường vụ Huyện ủy về xây dựng nông thôn mới kiểu mẫu giai đoạn 2023 - 2025; Chương trình số 12-CTr/HU ngày 02/01/2024 của Huyện ủy Vũ Thư về công tác năm 2024,",
        "Ban Chấp hành Đảng bộ xã Vũ Hội xây dựng Kế hoạch lãnh đạo xây dựng xã nông thôn mới kiểu mẫu năm 2024 như sau:",
    ]:
        para(doc, text, indent=1.0)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Nâng cao vai trò lãnh đạo của cấp ủy, chi bộ; phấn đấu năm 2024 xã đạt chuẩn nông thôn mới kiểu mẫu với lĩnh vực nổi trội về sản xuất.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    items = [
        (
            "1. Xây dựng, ban hành Đề án xây dựng xã nông thôn mới kiểu mẫu giai đoạn 2024 - 2025.",
            "Phân công: Ủy ban nhân dân xã chủ trì; Ủy ban MTTQ xã, Hội Nông dân xã phối hợp thực hiện. Thời gian: Quý II/2024. Đồng chí Phạm Văn Thịnh, Phó Bí thư Thường trực Đảng ủy trực tiếp chỉ đạo.",
        ),
        (
            "2. Lãnh đạo các chi bộ thôn đưa nội dung xây dựng khu dân cư kiểu mẫu vào nghị quyết sinh hoạt chi bộ hằng tháng.",
            "Phân công: Các chi bộ thôn thực hiện. Thời gian: thường xuyên.",
        ),
        (
            "3. Vận động nhân dân hiến đất, đóng góp ngày công mở rộng đường trục thôn Hợp Tiến và thôn Đồng Thanh.",
            "Phân công: Ủy ban MTTQ xã chủ trì; Hội Cựu chiến binh xã, Đoàn Thanh niên xã, Ban công tác Mặt trận các thôn phối hợp thực hiện. Thời gian: hoàn thành trước ngày 30/9/2024.",
        ),
        (
            "4. Kiện toàn Ban Chỉ đạo, Ban Quản lý xây dựng nông thôn mới xã.",
            "Phân công: Ủy ban nhân dân xã chủ trì. Thời gian: tháng 3/2024.",
        ),
        (
            "5. Phát triển sản phẩm OCOP dưa, cà muối của Hợp tác xã Vũ Hội đạt 3 sao.",
            "Phân công: Hội Nông dân xã chủ trì; Hợp tác xã dịch vụ nông nghiệp Vũ Hội phối hợp thực hiện. Thời gian: Quý IV/2024. Đồng chí Trần Thị Hạnh, Đảng ủy viên, Chủ tịch Hội Nông dân xã phụ trách.",
        ),
    ]
    for head, line in items:
        para(doc, head, bold=True, indent=1.0)
        para(doc, line, italic=True, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Ban Thường vụ Đảng ủy thường xuyên kiểm tra, giám sát việc thực hiện Kế hoạch; định kỳ 6 tháng, cuối năm sơ kết, báo cáo Ban Thường vụ Huyện ủy.",
        indent=1.0,
    )
    para(doc, "Kế hoạch này được quán triệt đến chi bộ và đảng viên.", indent=1.0)
    closing_beside(
        doc,
        [
            "- Ban Thường vụ Huyện ủy (b/c),",
            "- Các đồng chí Đảng ủy viên,",
            "- Các chi bộ trực thuộc,",
            "- Lưu Văn phòng Đảng ủy.",
        ],
        ["T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "", "", "", "Phạm Văn Thịnh"],
    )
    header = {
        "number": "38",
        "symbol": "KH/ĐU",
        "place": "Vũ Hội",
        "date": "2024-03-12",
        "title": "lãnh đạo xây dựng xã nông thôn mới kiểu mẫu năm 2024",
        "issuer": "ĐẢNG ỦY XÃ VŨ HỘI",
        "authority": "T/M ĐẢNG ỦY",
        "signer_title": "PHÓ BÍ THƯ",
        "signer": "Phạm Văn Thịnh",
        "bases": ["06-NQ/HU", "12-CTr/HU"],
        "recipients": 4,
    }
    tasks = [
        T(
            "Xây dựng, ban hành Đề án xây dựng xã nông thôn mới kiểu mẫu giai đoạn 2024 - 2025",
            "Ủy ban nhân dân xã",
            ["Ủy ban MTTQ xã", "Hội Nông dân xã"],
            "2024-06-30",
            official="Phạm Văn Thịnh",
        ),
        T(
            "Lãnh đạo các chi bộ thôn đưa nội dung xây dựng khu dân cư kiểu mẫu vào nghị quyết sinh hoạt chi bộ hằng tháng",
            "Các chi bộ thôn",
            [],
            "2024-12-31",
        ),
        T(
            "Vận động nhân dân hiến đất, đóng góp ngày công mở rộng đường trục thôn Hợp Tiến và thôn Đồng Thanh",
            "Ủy ban MTTQ xã",
            [
                "Hội Cựu chiến binh xã",
                "Đoàn Thanh niên xã",
                "Ban công tác Mặt trận các thôn",
            ],
            "2024-09-30",
        ),
        T(
            "Kiện toàn Ban Chỉ đạo, Ban Quản lý xây dựng nông thôn mới xã",
            "Ủy ban nhân dân xã",
            [],
            "2024-03-31",
        ),
        T(
            "Phát triển sản phẩm OCOP dưa, cà muối của Hợp tác xã Vũ Hội đạt 3 sao",
            "Hội Nông dân xã",
            ["Hợp tác xã dịch vụ nông nghiệp Vũ Hội"],
            "2024-12-31",
            official="Trần Thị Hạnh",
        ),
    ]
    comment = """Family: Party committee of a commune before the reform (Thái Bình), .docx, Party style.
First idea: a UBND plan with a task table. Written instead: Party header ("ĐẢNG BỘ HUYỆN VŨ THƯ" over
"ĐẢNG ỦY XÃ VŨ HỘI", a "*" line, "Số 38-KH/ĐU" with no colon, right column only "ĐẢNG CỘNG SẢN VIỆT NAM"),
title in lower case, bases in one "Thực hiện ..." sentence, each task a bold numbered line followed by
an italic "Phân công: X chủ trì; A, B phối hợp thực hiện. Thời gian: ... Đồng chí N, ... chỉ đạo." line.
Decisions: number "38", symbol "KH/ĐU"; the superior "ĐẢNG BỘ HUYỆN VŨ THƯ" is not the issuer;
task 2 has a lead ("Các chi bộ thôn thực hiện") and no partners; "thường xuyên" -> 2024-12-31;
"Quý IV/2024" -> 2024-12-31. The Ban Thường vụ's checking in III is not a task."""
    return "dang_uy_vu_hoi_2024.docx", save(doc), comment, header, tasks


# ---------------------------------------------------------------- 3
def f3_phong_dien():
    """District UBND (Cần Thơ, 2024): short body, landscape appendix table
    with criterion group rows."""
    doc = Document()
    a4(doc, landscape=True, left=2.0, right=1.5)
    header_grid(
        doc,
        ["ỦY BAN NHÂN DÂN", "HUYỆN PHONG ĐIỀN"],
        MOTTO,
        "Số: 187/KH-UBND",
        "Phong Điền, ngày 22 tháng 4 năm 2024",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Thực hiện xây dựng huyện nông thôn mới nâng cao năm 2024",
        bold=True,
        center=True,
    )
    para(doc, "")
    para(
        doc,
        "Căn cứ Quyết định số 320/QĐ-TTg ngày 08 tháng 3 năm 2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về huyện nông thôn mới; quy định thị xã, thành phố trực thuộc cấp tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới và Bộ tiêu chí quốc gia về huyện nông thôn mới nâng cao giai đoạn 2021 - 2025;",
        indent=1.0,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 56/KH-UBND ngày 14 tháng 3 năm 2024 của Ủy ban nhân dân thành phố Cần Thơ về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024;",
        indent=1.0,
    )
    para(doc, "Ủy ban nhân dân huyện Phong Điền ban hành Kế hoạch như sau:", indent=1.0)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Đến cuối năm 2024, huyện Phong Điền hoàn thành 9/9 tiêu chí huyện nông thôn mới nâng cao; 100% xã đạt chuẩn nông thôn mới nâng cao.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    para(doc, "(Chi tiết theo Phụ lục đính kèm)", italic=True, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "1. Văn phòng Điều phối nông thôn mới huyện là cơ quan thường trực, theo dõi, tổng hợp báo cáo UBND huyện định kỳ hằng tháng.",
        indent=1.0,
    )
    para(
        doc,
        "2. Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã căn cứ nhiệm vụ được giao tổ chức thực hiện đạt hiệu quả.",
        indent=1.0,
    )
    closing_beside(
        doc,
        [
            "- UBND TP Cần Thơ (b/c);",
            "- VP Điều phối NTM TP;",
            "- TT. Huyện ủy, TT. HĐND huyện;",
            "- CT, các PCT UBND huyện;",
            "- Như mục III;",
            "- Lưu: VT.",
        ],
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Lê Hoàng Khải",
        ],
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(
        doc,
        "NHIỆM VỤ THỰC HIỆN XÂY DỰNG HUYỆN NÔNG THÔN MỚI NÂNG CAO NĂM 2024",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Kèm theo Kế hoạch số 187/KH-UBND ngày 22/4/2024 của UBND huyện Phong Điền)",
        italic=True,
        center=True,
    )
    head = [
        "STT",
        "Nội dung công việc",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
        "Ghi chú",
    ]
    groups = [
        (
            "I",
            "TIÊU CHÍ SỐ 1 - QUY HOẠCH",
            [
                (
                    "Rà soát, điều chỉnh quy hoạch xây dựng vùng huyện Phong Điền đến năm 2040",
                    "Phòng Quản lý đô thị huyện",
                    ["Phòng Tài nguyên và Môi trường huyện", "UBND các xã"],
                    "Quý III/2024",
                    "",
                ),
            ],
        ),
        (
            "II",
            "TIÊU CHÍ SỐ 2 - GIAO THÔNG",
            [
                (
                    "Hoàn thành nâng cấp tuyến đường Mỹ Khánh - Nhơn Ái",
                    "Ban Quản lý dự án đầu tư xây dựng huyện",
                    ["UBND xã Mỹ Khánh", "UBND xã Nhơn Ái"],
                    "30/11/2024",
                    "Vốn đầu tư công",
                ),
            ],
        ),
        (
            "III",
            "TIÊU CHÍ SỐ 3 - THỦY LỢI VÀ PHÒNG, CHỐNG THIÊN TAI",
            [
                (
                    "Nạo vét kênh Ba Láng, kênh Xẻo Tre phục vụ tưới tiêu",
                    "Phòng Nông nghiệp và Phát triển nông thôn huyện",
                    ["Trạm Thủy lợi huyện", "UBND xã Trường Long"],
                    "Tháng 6/2024",
                    "",
                ),
            ],
        ),
        (
            "IV",
            "TIÊU CHÍ SỐ 5 - MÔI TRƯỜNG",
            [
                (
                    "Triển khai phân loại chất thải rắn sinh hoạt tại nguồn trên địa bàn 6 xã",
                    "Phòng Tài nguyên và Môi trường huyện",
                    ["Hội Liên hiệp Phụ nữ huyện", "UBND các xã"],
                    "Năm 2024",
                    "",
                ),
            ],
        ),
        (
            "V",
            "TIÊU CHÍ SỐ 6 - KINH TẾ",
            [
                (
                    "Phát triển du lịch nông thôn gắn với vườn trái cây Mỹ Khánh",
                    "Phòng Văn hóa và Thông tin huyện",
                    ["Phòng Kinh tế và Hạ tầng huyện", "UBND xã Mỹ Khánh"],
                    "Quý IV/2024",
                    "",
                ),
                (
                    "Hỗ trợ chủ thể OCOP hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm",
                    "Phòng Nông nghiệp và Phát triển nông thôn huyện",
                    ["Trung tâm Dịch vụ nông nghiệp huyện"],
                    "Trước 15/10/2024",
                    "Ít nhất 05 sản phẩm",
                ),
            ],
        ),
        (
            "VI",
            "TIÊU CHÍ SỐ 8 - AN NINH, TRẬT TỰ",
            [
                (
                    "Xây dựng mô hình camera an ninh khu dân cư tại các ấp",
                    "Công an huyện",
                    ["UBND các xã"],
                    "Thường xuyên",
                    "",
                ),
            ],
        ),
        (
            "VII",
            "HỒ SƠ CÔNG NHẬN",
            [
                (
                    "Hoàn thiện hồ sơ đề nghị xét công nhận huyện đạt chuẩn nông thôn mới nâng cao",
                    "Văn phòng Điều phối nông thôn mới huyện",
                    ["Các phòng, ban chuyên môn huyện"],
                    "Trước ngày 20/12/2024",
                    "",
                ),
            ],
        ),
    ]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, text in enumerate(head):
        fill(t.rows[0].cells[i], text, size=12, bold=True, center=True)
    repeat_header(t.rows[0])
    n = 0
    for roman, name, rows in groups:
        cells = t.add_row().cells
        fill(cells[0], roman, bold=True, center=True)
        merged = cells[1].merge(cells[5])
        fill(merged, name, bold=True)
        for title, lead, partners, when, note in rows:
            n += 1
            cells = t.add_row().cells
            fill(cells[0], str(n), center=True)
            fill(cells[1], title)
            fill(cells[2], lead)
            fill(cells[3], partners)
            fill(cells[4], when, center=True)
            fill(cells[5], note)
    fixed_widths(t, [1.2, 8.5, 4.5, 5.5, 3.3, 2.8])
    header = {
        "number": "187",
        "symbol": "KH-UBND",
        "place": "Phong Điền",
        "date": "2024-04-22",
        "title": "Thực hiện xây dựng huyện nông thôn mới nâng cao năm 2024",
        "issuer": "ỦY BAN NHÂN DÂN HUYỆN PHONG ĐIỀN",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Lê Hoàng Khải",
        "bases": ["320/QĐ-TTg", "56/KH-UBND"],
        "recipients": 6,
    }
    tasks = [
        T(
            "Rà soát, điều chỉnh quy hoạch xây dựng vùng huyện Phong Điền đến năm 2040",
            "Phòng Quản lý đô thị huyện",
            ["Phòng Tài nguyên và Môi trường huyện", "UBND các xã"],
            "2024-09-30",
        ),
        T(
            "Hoàn thành nâng cấp tuyến đường Mỹ Khánh - Nhơn Ái",
            "Ban Quản lý dự án đầu tư xây dựng huyện",
            ["UBND xã Mỹ Khánh", "UBND xã Nhơn Ái"],
            "2024-11-30",
        ),
        T(
            "Nạo vét kênh Ba Láng, kênh Xẻo Tre phục vụ tưới tiêu",
            "Phòng Nông nghiệp và Phát triển nông thôn huyện",
            ["Trạm Thủy lợi huyện", "UBND xã Trường Long"],
            "2024-06-30",
        ),
        T(
            "Triển khai phân loại chất thải rắn sinh hoạt tại nguồn trên địa bàn 6 xã",
            "Phòng Tài nguyên và Môi trường huyện",
            ["Hội Liên hiệp Phụ nữ huyện", "UBND các xã"],
            "2024-12-31",
        ),
        T(
            "Phát triển du lịch nông thôn gắn với vườn trái cây Mỹ Khánh",
            "Phòng Văn hóa và Thông tin huyện",
            ["Phòng Kinh tế và Hạ tầng huyện", "UBND xã Mỹ Khánh"],
            "2024-12-31",
        ),
        T(
            "Hỗ trợ chủ thể OCOP hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm",
            "Phòng Nông nghiệp và Phát triển nông thôn huyện",
            ["Trung tâm Dịch vụ nông nghiệp huyện"],
            "2024-10-15",
        ),
        T(
            "Xây dựng mô hình camera an ninh khu dân cư tại các ấp",
            "Công an huyện",
            ["UBND các xã"],
            "2024-12-31",
        ),
        T(
            "Hoàn thiện hồ sơ đề nghị xét công nhận huyện đạt chuẩn nông thôn mới nâng cao",
            "Văn phòng Điều phối nông thôn mới huyện",
            ["Các phòng, ban chuyên môn huyện"],
            "2024-12-20",
        ),
    ]
    comment = """Family: district UBND before the reform (Cần Thơ, Mekong), .docx, landscape.
First idea: tasks narrated in the body. Written instead: a short body ("Chi tiết theo Phụ lục") signed
before a page break, then an appendix table STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp |
Thời gian hoàn thành | Ghi chú, with criterion group rows (Roman numeral, merged across) that are NOT
tasks; partners one paragraph each inside the cell; header row repeated.
Decisions: the Ghi chú column is not part of the title; "Năm 2024" / "Thường xuyên" -> 2024-12-31;
"Trước 15/10/2024" -> 2024-10-15. Section III (VP Điều phối tổng hợp; thủ trưởng các cơ quan...) is not tasks.
The appendix's "(Kèm theo Kế hoạch số 187/KH-UBND ...)" is the plan itself, not a basis."""
    return "huyen_phong_dien_2024.docx", save(doc), comment, header, tasks


# ---------------------------------------------------------------- 4
def f4_htx_dai_hiep():
    """A cooperative's plan (Quảng Nam, 2025), lettered items with inline
    'Bộ phận thực hiện ...; phối hợp ...; thời gian ...'."""
    doc = Document()
    a4(doc)
    header_grid(
        doc,
        ["HỢP TÁC XÃ NÔNG NGHIỆP", "DỊCH VỤ TỔNG HỢP ĐẠI HIỆP"],
        MOTTO,
        "Số: 07/KH-HTX",
        "Đại Hiệp, ngày 05 tháng 01 năm 2025",
    )
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Sản xuất kinh doanh năm 2025 gắn với thực hiện tiêu chí Tổ chức sản xuất",
        bold=True,
        center=True,
    )
    para(doc, "trong xây dựng xã nông thôn mới nâng cao", bold=True, center=True)
    para(doc, "")
    para(
        doc,
        "- Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20 tháng 6 năm 2023;",
        indent=1.0,
    )
    para(
        doc,
        "- Căn cứ Nghị quyết Đại hội thành viên thường niên ngày 20/12/2024 của Hợp tác xã;",
        indent=1.0,
    )
    para(
        doc,
        "Hội đồng quản trị Hợp tác xã xây dựng Kế hoạch sản xuất kinh doanh năm 2025 như sau:",
        indent=1.0,
    )
    para(doc, "I. CHỈ TIÊU CHỦ YẾU", bold=True)
    para(
        doc,
        "Doanh thu dịch vụ đạt 4,2 tỷ đồng; lợi nhuận 380 triệu đồng; 100% thành viên được cung ứng dịch vụ thủy lợi, làm đất.",
        indent=1.0,
    )
    para(doc, "II. NỘI DUNG THỰC HIỆN", bold=True)
    items = [
        "a) Cung ứng giống lúa xác nhận, vật tư nông nghiệp cho vụ Đông Xuân 2024 - 2025. Bộ phận thực hiện: Tổ dịch vụ vật tư; phối hợp: Trạm Khuyến nông huyện Đại Lộc; thời gian: từ ngày 15/01 đến ngày 28/02/2025.",
        "b) Tưới tiêu, điều tiết nước cho 420 ha lúa hai vụ. Bộ phận thực hiện: Tổ dịch vụ thủy lợi; phối hợp: Công ty TNHH MTV Khai thác thủy lợi Quảng Nam, các thôn; thời gian: thường xuyên; phụ trách: ông Huỳnh Văn Phước – Phó Giám đốc.",
        "c) Liên kết bao tiêu sản phẩm lúa hữu cơ với doanh nghiệp. Bộ phận thực hiện: Ban Giám đốc; phối hợp: Công ty Cổ phần Lương thực Đà Nẵng; thời gian: Quý II/2025.",
        "d) Hoàn thiện hồ sơ sản phẩm OCOP rau an toàn Đại Hiệp đạt 3 sao. Bộ phận thực hiện: Tổ dịch vụ rau an toàn; phối hợp: UBND xã Đại Hiệp; thời gian: tháng 9/2025; phụ trách: bà Lê Thị Mỹ Hạnh – Kế toán trưởng.",
        "đ) Tập huấn ứng dụng máy bay không người lái phun thuốc bảo vệ thực vật cho thành viên. Bộ phận thực hiện: Ban Giám đốc; phối hợp: Trạm Khuyến nông huyện Đại Lộc; thời gian: trước ngày 30/4/2025.",
    ]
    for line in items:
        para(doc, line, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Ban kiểm soát theo dõi, giám sát việc thực hiện; Giám đốc báo cáo Hội đồng quản trị hằng quý.",
        indent=1.0,
    )
    closing_under(
        doc,
        [
            "- UBND xã Đại Hiệp (b/c);",
            "- Liên minh HTX tỉnh;",
            "- HĐQT, BKS HTX;",
            "- Các tổ dịch vụ;",
            "- Lưu: VP HTX.",
        ],
        ["GIÁM ĐỐC", "", "", "", "Nguyễn Văn Lộc"],
    )
    header = {
        "number": "07",
        "symbol": "KH-HTX",
        "place": "Đại Hiệp",
        "date": "2025-01-05",
        "title": "Sản xuất kinh doanh năm 2025 gắn với thực hiện tiêu chí Tổ chức sản xuất trong xây dựng xã nông thôn mới nâng cao",
        "issuer": "HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TỔNG HỢP ĐẠI HIỆP",
        "authority": "",
        "signer_title": "GIÁM ĐỐC",
        "signer": "Nguyễn Văn Lộc",
        "bases": ["17/2023/QH15", "Nghị quyết ngày 20/12/2024"],
        "recipients": 5,
    }
    tasks = [
        T(
            "Cung ứng giống lúa xác nhận, vật tư nông nghiệp cho vụ Đông Xuân 2024 - 2025",
            "Tổ dịch vụ vật tư",
            ["Trạm Khuyến nông huyện Đại Lộc"],
            "2025-02-28",
            start="2025-01-15",
        ),
        T(
            "Tưới tiêu, điều tiết nước cho 420 ha lúa hai vụ",
            "Tổ dịch vụ thủy lợi",
            ["Công ty TNHH MTV Khai thác thủy lợi Quảng Nam", "các thôn"],
            "2025-12-31",
            official="Huỳnh Văn Phước",
        ),
        T(
            "Liên kết bao tiêu sản phẩm lúa hữu cơ với doanh nghiệp",
            "Ban Giám đốc",
            ["Công ty Cổ phần Lương thực Đà Nẵng"],
            "2025-06-30",
        ),
        T(
            "Hoàn thiện hồ sơ sản phẩm OCOP rau an toàn Đại Hiệp đạt 3 sao",
            "Tổ dịch vụ rau an toàn",
            ["UBND xã Đại Hiệp"],
            "2025-09-30",
            official="Lê Thị Mỹ Hạnh",
        ),
        T(
            "Tập huấn ứng dụng máy bay không người lái phun thuốc bảo vệ thực vật cho thành viên",
            "Ban Giám đốc",
            ["Trạm Khuyến nông huyện Đại Lộc"],
            "2025-04-30",
        ),
    ]
    comment = """Family: agricultural cooperative (HTX, Quảng Nam, centre), .docx.
First idea: a commune-style ruled table. Written instead: lettered items a) b) c) d) đ), each one paragraph:
"<task>. Bộ phận thực hiện: X; phối hợp: A, B; thời gian: ...; phụ trách: ông/bà N – chức vụ."
Closing one block under another (Nơi nhận, then the signature centred), signed by GIÁM ĐỐC with no
TM./KT. line -> authority "".
Decisions: "từ ngày 15/01 đến ngày 28/02/2025" -> start 2025-01-15 (year taken from the end);
"thường xuyên" -> 2025-12-31; the Luật basis has a number -> "17/2023/QH15"; the Đại hội resolution has none
-> "Nghị quyết ngày 20/12/2024". Ban kiểm soát's monitoring in III is not a task."""
    return "htx_dai_hiep_2025.docx", save(doc), comment, header, tasks


# ---------------------------------------------------------------- 5
def f5_so_lang_son():
    """Provincial department after 07/2025, tasks grouped under each unit."""
    doc = Document()
    a4(doc)
    header_grid(
        doc,
        ["UBND TỈNH LẠNG SƠN", "SỞ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"],
        MOTTO,
        "Số: 1342/KH-SNNMT",
        "Lạng Sơn, ngày 18 tháng 8 năm 2025",
    )
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
        bold=True,
        center=True,
    )
    para(doc, "sau sắp xếp đơn vị hành chính cấp xã năm 2025", bold=True, center=True)
    para(doc, "")
    para(
        doc,
        "Căn cứ Công văn số 4518/BNNMT-VPĐP ngày 10/7/2025 của Bộ Nông nghiệp và Môi trường về việc tiếp tục thực hiện Chương trình MTQG xây dựng nông thôn mới sau sắp xếp đơn vị hành chính;",
        indent=1.0,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 112/KH-UBND ngày 25/7/2025 của UBND tỉnh Lạng Sơn;",
        indent=1.0,
    )
    para(
        doc,
        "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch triển khai như sau:",
        indent=1.0,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Bảo đảm Chương trình được triển khai liên tục, không gián đoạn tại 65 xã, phường mới sau sắp xếp.",
        indent=1.0,
    )
    para(doc, "II. PHÂN CÔNG NHIỆM VỤ", bold=True)
    units = [
        (
            "1. Chi cục Phát triển nông thôn",
            [
                "- Tham mưu UBND tỉnh ban hành Bộ tiêu chí xã nông thôn mới tỉnh Lạng Sơn giai đoạn 2026 - 2030 (phối hợp: Văn phòng Sở, Phòng Kế hoạch - Tài chính). Thời hạn: trước ngày 30/11/2025. Đồng chí Vi Thị Hoa, Chi cục trưởng trực tiếp chỉ đạo.",
                "- Hướng dẫn các xã mới sau sắp xếp rà soát, đánh giá lại mức độ đạt chuẩn các tiêu chí nông thôn mới (phối hợp: Chi cục Thủy lợi, Phòng Môi trường). Thời hạn: Quý IV/2025.",
            ],
        ),
        (
            "2. Phòng Môi trường",
            [
                "- Hướng dẫn thực hiện chỉ tiêu môi trường, thu gom, xử lý chất thải rắn sinh hoạt tại các xã (phối hợp: UBND các xã, phường). Thời hạn: tháng 10/2025.",
            ],
        ),
        (
            "3. Chi cục Thủy lợi",
            [
                "- Tổng hợp nhu cầu sửa chữa, nâng cấp công trình thủy lợi nhỏ phục vụ tiêu chí Thủy lợi và phòng, chống thiên tai (phối hợp: UBND các xã). Thời hạn: trước ngày 15/10/2025.",
            ],
        ),
        (
            "4. Trung tâm Khuyến nông",
            [
                "- Xây dựng mô hình trình diễn sản xuất hồi, quế, na theo hướng hữu cơ (phối hợp: Chi cục Trồng trọt và Bảo vệ thực vật, Hợp tác xã Nông nghiệp Chi Lăng). Thời hạn: năm 2025.",
            ],
        ),
        (
            "5. Phòng Kế hoạch - Tài chính",
            [
                "- Tham mưu phân bổ vốn sự nghiệp thực hiện Chương trình năm 2025 cho các xã mới (phối hợp: Sở Tài chính). Thời hạn: trước ngày 30/9/2025. Đồng chí Nông Văn Phúc, Phó Giám đốc Sở phụ trách.",
            ],
        ),
        (
            "6. Văn phòng Sở",
            [
                "- Cập nhật thông tin về xây dựng nông thôn mới trên Cổng thông tin điện tử của Sở. Thời hạn: thường xuyên.",
            ],
        ),
    ]
    for head, lines in units:
        para(doc, head, bold=True, indent=1.0)
        for line in lines:
            para(doc, line, indent=1.0)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Giám đốc Sở giao Chi cục Phát triển nông thôn là đầu mối theo dõi, tổng hợp; Ban Giám đốc Sở kiểm tra, đôn đốc định kỳ hằng tháng. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về Sở (qua Chi cục Phát triển nông thôn) để xem xét, giải quyết./.",
        indent=1.0,
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- VPĐP NTM Trung ương;",
            "- Giám đốc, các PGĐ Sở;",
            "- UBND các xã, phường;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, CCPTNT.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Nông Văn Phúc"],
    )
    pdf = saved_as(save(doc), "pdf")
    header = {
        "number": "1342",
        "symbol": "KH-SNNMT",
        "place": "Lạng Sơn",
        "date": "2025-08-18",
        "title": "Triển khai thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới sau sắp xếp đơn vị hành chính cấp xã năm 2025",
        "issuer": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "authority": "KT. GIÁM ĐỐC",
        "signer_title": "PHÓ GIÁM ĐỐC",
        "signer": "Nông Văn Phúc",
        "bases": ["4518/BNNMT-VPĐP", "112/KH-UBND"],
        "recipients": 6,
    }
    tasks = [
        T(
            "Tham mưu UBND tỉnh ban hành Bộ tiêu chí xã nông thôn mới tỉnh Lạng Sơn giai đoạn 2026 - 2030",
            "Chi cục Phát triển nông thôn",
            ["Văn phòng Sở", "Phòng Kế hoạch - Tài chính"],
            "2025-11-30",
            official="Vi Thị Hoa",
        ),
        T(
            "Hướng dẫn các xã mới sau sắp xếp rà soát, đánh giá lại mức độ đạt chuẩn các tiêu chí nông thôn mới",
            "Chi cục Phát triển nông thôn",
            ["Chi cục Thủy lợi", "Phòng Môi trường"],
            "2025-12-31",
        ),
        T(
            "Hướng dẫn thực hiện chỉ tiêu môi trường, thu gom, xử lý chất thải rắn sinh hoạt tại các xã",
            "Phòng Môi trường",
            ["UBND các xã, phường"],
            "2025-10-31",
        ),
        T(
            "Tổng hợp nhu cầu sửa chữa, nâng cấp công trình thủy lợi nhỏ phục vụ tiêu chí Thủy lợi và phòng, chống thiên tai",
            "Chi cục Thủy lợi",
            ["UBND các xã"],
            "2025-10-15",
        ),
        T(
            "Xây dựng mô hình trình diễn sản xuất hồi, quế, na theo hướng hữu cơ",
            "Trung tâm Khuyến nông",
            [
                "Chi cục Trồng trọt và Bảo vệ thực vật",
                "Hợp tác xã Nông nghiệp Chi Lăng",
            ],
            "2025-12-31",
        ),
        T(
            "Tham mưu phân bổ vốn sự nghiệp thực hiện Chương trình năm 2025 cho các xã mới",
            "Phòng Kế hoạch - Tài chính",
            ["Sở Tài chính"],
            "2025-09-30",
            official="Nông Văn Phúc",
        ),
        T(
            "Cập nhật thông tin về xây dựng nông thôn mới trên Cổng thông tin điện tử của Sở",
            "Văn phòng Sở",
            [],
            "2025-12-31",
        ),
    ]
    comment = """Family: provincial department after 01/07/2025 (Sở Nông nghiệp và Môi trường Lạng Sơn, north), .pdf
(a .docx saved by LibreOffice).
First idea: a ruled table with a lead column. Written instead: section II "PHÂN CÔNG NHIỆM VỤ" where each
numbered heading IS the lead unit and its dash items are the tasks: "- <task> (phối hợp: A, B). Thời hạn: ...
Đồng chí N, chức vụ ... chỉ đạo/phụ trách."
Decisions: the lead of every dash item is its unit heading (without the number); "UBND các xã, phường" is
ONE unit; "Quý IV/2025" / "năm 2025" / "thường xuyên" -> 2025-12-31. The issuer is on two lines "SỞ NÔNG NGHIỆP" / "VÀ MÔI TRƯỜNG";
the superior "UBND TỈNH LẠNG SƠN" is not the
issuer. III (đầu mối theo dõi, Ban Giám đốc kiểm tra) is not a task."""
    return "so_nnmt_lang_son_2025.pdf", pdf, comment, header, tasks


# ---------------------------------------------------------------- 6
def f6_thon_tien_bao():
    text = """UBND XÃ CÔNG THÀNH                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN PHÁT TRIỂN THÔN TIÊN BẢO                  Độc lập - Tự do - Hạnh phúc

Số: 03/KH-BPT                            Công Thành, ngày 20 tháng 02 năm 2024

                                   KẾ HOẠCH
          Xây dựng khu dân cư nông thôn mới kiểu mẫu thôn Tiên Bảo năm 2024

Căn cứ Kế hoạch số 25/KH-UBND ngày 30/01/2024 của UBND xã Công Thành về xây dựng nông thôn mới nâng cao, kiểu mẫu năm 2024;
Căn cứ Nghị quyết Hội nghị thôn ngày 15/02/2024;
Ban phát triển thôn Tiên Bảo xây dựng kế hoạch như sau:

I. MỤC TIÊU
Phấn đấu đến cuối năm 2024 thôn Tiên Bảo được công nhận khu dân cư nông thôn mới kiểu mẫu; 100% hộ có vườn được chỉnh trang.

II. CÁC VIỆC CẦN LÀM

Việc 1: Chỉnh trang 1,2 km đường trục thôn, trồng hoa hai bên đường.
   + Chủ trì: Ban phát triển thôn
   + Phối hợp: Chi hội Phụ nữ, Chi đoàn thanh niên
   + Thời gian: từ tháng 3 đến hết tháng 4/2024
   + Người phụ trách: ông Nguyễn Văn Bảy (Trưởng thôn)

Việc 2: Vận động 100% hộ gia đình làm hố rác, phân loại rác tại nguồn.
   + Chủ trì: Chi hội Phụ nữ thôn
   + Phối hợp: Tổ vệ sinh môi trường thôn
   + Thời gian: thường xuyên
   + Người phụ trách: bà Hồ Thị Lan (Chi hội trưởng)

Việc 3: Lắp đặt 24 bóng đèn chiếu sáng đường ngõ xóm.
   + Chủ trì: Chi đoàn thanh niên thôn
   + Phối hợp: Chi hội Cựu chiến binh
   + Thời gian: trước ngày 30/6/2024

Việc 4: Sửa chữa nhà văn hóa thôn, bổ sung dụng cụ thể dục thể thao.
   + Chủ trì: Ban phát triển thôn
   + Thời gian: Quý III/2024

Việc 5: Xây dựng 5 vườn mẫu đạt chuẩn.
   + Chủ trì: Chi hội Nông dân thôn
   + Phối hợp: Chi hội Cựu chiến binh
   + Thời gian: tháng 10/2024
   + Người phụ trách: ông Phan Đình Thắng (Chi hội trưởng Nông dân)

Việc 6: Giữ vững thôn an toàn về an ninh, trật tự.
   + Chủ trì: Tổ bảo vệ an ninh, trật tự thôn
   + Phối hợp: Tổ hòa giải thôn
   + Thời gian: cả năm 2024

III. KINH PHÍ
Nhân dân đóng góp 185 triệu đồng; đề nghị xã hỗ trợ xi măng và cây giống.

IV. TỔ CHỨC THỰC HIỆN
Ban phát triển thôn họp giao ban hằng tháng, kiểm tra tiến độ từng việc, báo cáo UBND xã.

Nơi nhận:                                    TM. BAN PHÁT TRIỂN THÔN
- UBND xã Công Thành (b/c);                         TRƯỞNG BAN
- Chi bộ thôn;
- Các chi hội, đoàn thể;
- Lưu.                                          Nguyễn Văn Bảy
"""
    header = {
        "number": "03",
        "symbol": "KH-BPT",
        "place": "Công Thành",
        "date": "2024-02-20",
        "title": "Xây dựng khu dân cư nông thôn mới kiểu mẫu thôn Tiên Bảo năm 2024",
        "issuer": "BAN PHÁT TRIỂN THÔN TIÊN BẢO",
        "authority": "TM. BAN PHÁT TRIỂN THÔN",
        "signer_title": "TRƯỞNG BAN",
        "signer": "Nguyễn Văn Bảy",
        "bases": ["25/KH-UBND", "Nghị quyết ngày 15/02/2024"],
        "recipients": 4,
    }
    tasks = [
        T(
            "Chỉnh trang 1,2 km đường trục thôn, trồng hoa hai bên đường",
            "Ban phát triển thôn",
            ["Chi hội Phụ nữ", "Chi đoàn thanh niên"],
            "2024-04-30",
            start="2024-03-01",
            official="Nguyễn Văn Bảy",
        ),
        T(
            "Vận động 100% hộ gia đình làm hố rác, phân loại rác tại nguồn",
            "Chi hội Phụ nữ thôn",
            ["Tổ vệ sinh môi trường thôn"],
            "2024-12-31",
            official="Hồ Thị Lan",
        ),
        T(
            "Lắp đặt 24 bóng đèn chiếu sáng đường ngõ xóm",
            "Chi đoàn thanh niên thôn",
            ["Chi hội Cựu chiến binh"],
            "2024-06-30",
        ),
        T(
            "Sửa chữa nhà văn hóa thôn, bổ sung dụng cụ thể dục thể thao",
            "Ban phát triển thôn",
            [],
            "2024-09-30",
        ),
        T(
            "Xây dựng 5 vườn mẫu đạt chuẩn",
            "Chi hội Nông dân thôn",
            ["Chi hội Cựu chiến binh"],
            "2024-10-31",
            official="Phan Đình Thắng",
        ),
        T(
            "Giữ vững thôn an toàn về an ninh, trật tự",
            "Tổ bảo vệ an ninh, trật tự thôn",
            ["Tổ hòa giải thôn"],
            "2024-12-31",
        ),
    ]
    comment = """Family: village development board (Ban phát triển thôn, Nghệ An, north-centre), plain .txt, 2024.
First idea: a formal Word plan of the commune. Written instead: typed plain text, header columns aligned
with spaces, tasks as "Việc N:" lines with indented "+ Chủ trì / + Phối hợp / + Thời gian / + Người phụ trách"
lines, closing side by side in spaces ("Nơi nhận:" left, signature right on the same lines).
Decisions: the issuer is "BAN PHÁT TRIỂN THÔN TIÊN BẢO" (UBND XÃ CÔNG THÀNH above it is the superior);
place is the commune "Công Thành"; "từ tháng 3 đến hết tháng 4/2024" -> start 2024-03-01, deadline
2024-04-30; "cả năm 2024" and "thường xuyên" -> 2024-12-31; the "Tổ bảo vệ an ninh, trật tự thôn" lead
contains a comma but is one body; "(Trưởng thôn)" etc. are titles, not part of official. The
Nghị quyết Hội nghị thôn basis has no number -> "Nghị quyết ngày 15/02/2024"."""
    return "thon_tien_bao_2024.txt", text, comment, header, tasks


# ---------------------------------------------------------------- 7
def f7_mttq_thien_cam():
    text = """| MTTQ VIỆT NAM TỈNH HÀ TĨNH<br>**ỦY BAN MTTQ VIỆT NAM XÃ THIÊN CẦM** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| Số:     /KH-MTTQ-BTT | *Thiên Cầm, ngày     tháng     năm 2025* |

**DỰ THẢO**

# KẾ HOẠCH

## Triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” những tháng cuối năm 2025

Căn cứ Hướng dẫn số 28/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tiếp tục thực hiện Cuộc vận động;

Căn cứ Chương trình phối hợp số 05/CTrPH-MTTQ-UBND ngày 10/7/2025 giữa Ủy ban MTTQ Việt Nam xã và UBND xã Thiên Cầm;

Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế hoạch như sau:

### I. MỤC ĐÍCH, YÊU CẦU

Phát huy vai trò chủ thể của nhân dân; 100% khu dân cư đăng ký và tổ chức thực hiện các nội dung của Cuộc vận động sau khi hợp nhất xã.

### II. NỘI DUNG VÀ PHÂN CÔNG

#### 1. Tổ chức Ngày hội Đại đoàn kết toàn dân tộc gắn với ra quân vệ sinh môi trường

- **Chủ trì:** Ban Công tác Mặt trận các thôn
- **Phối hợp:** các chi hội đoàn thể thôn
- **Thời gian:** trước ngày 18/11/2025

#### 2. Vận động xây dựng, sửa chữa nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo

- **Chủ trì:** Ban Thường trực Ủy ban MTTQ xã
- **Phối hợp:** Hội Cựu chiến binh xã, Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã
- **Thời gian:** Quý IV/2025
- **Phụ trách:** đồng chí Nguyễn Văn Lâm, Phó Chủ tịch Ủy ban MTTQ xã

#### 3. Giám sát cộng đồng các công trình hạ tầng nông thôn mới trên địa bàn

- **Chủ trì:** Ban Giám sát đầu tư của cộng đồng xã
- **Phối hợp:** Ban Thanh tra nhân dân xã
- **Thời gian:** thường xuyên

#### 4. Phát động phong trào “Ngày Chủ nhật xanh” dọn vệ sinh đường làng, ngõ xóm

- **Chủ trì:** Đoàn Thanh niên xã
- **Phối hợp:** Hội Liên hiệp Phụ nữ xã
- **Thời gian:** hằng tháng

#### 5. Sơ kết, đánh giá kết quả thực hiện Cuộc vận động, đề xuất khen thưởng

- **Chủ trì:** Ban Thường trực Ủy ban MTTQ xã
- **Phối hợp:** UBND xã
- **Thời gian:** tháng 12/2025

### III. TỔ CHỨC THỰC HIỆN

Ban Thường trực Ủy ban MTTQ xã theo dõi, đôn đốc, định kỳ báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh./.

| **Nơi nhận:**<br>- Ban Thường trực UBMTTQ tỉnh;<br>- Thường trực Đảng ủy xã;<br>- UBND xã;<br>- Các tổ chức chính trị - xã hội xã;<br>- Ban Công tác Mặt trận các thôn;<br>- Lưu: VT. | **TM. BAN THƯỜNG TRỰC**<br>**CHỦ TỊCH**<br><br><br>**Trần Thị Thu Hà** |
|---|---|
"""
    header = {
        "number": "",
        "symbol": "KH-MTTQ-BTT",
        "place": "Thiên Cầm",
        "date": "2025",
        "title": "Triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” những tháng cuối năm 2025",
        "issuer": "ỦY BAN MTTQ VIỆT NAM XÃ THIÊN CẦM",
        "authority": "TM. BAN THƯỜNG TRỰC",
        "signer_title": "CHỦ TỊCH",
        "signer": "Trần Thị Thu Hà",
        "bases": ["28/HD-MTTW-BTT", "05/CTrPH-MTTQ-UBND"],
        "recipients": 6,
    }
    tasks = [
        T(
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc gắn với ra quân vệ sinh môi trường",
            "Ban Công tác Mặt trận các thôn",
            ["các chi hội đoàn thể thôn"],
            "2025-11-18",
        ),
        T(
            "Vận động xây dựng, sửa chữa nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo",
            "Ban Thường trực Ủy ban MTTQ xã",
            ["Hội Cựu chiến binh xã", "Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"],
            "2025-12-31",
            official="Nguyễn Văn Lâm",
        ),
        T(
            "Giám sát cộng đồng các công trình hạ tầng nông thôn mới trên địa bàn",
            "Ban Giám sát đầu tư của cộng đồng xã",
            ["Ban Thanh tra nhân dân xã"],
            "2025-12-31",
        ),
        T(
            "Phát động phong trào “Ngày Chủ nhật xanh” dọn vệ sinh đường làng, ngõ xóm",
            "Đoàn Thanh niên xã",
            ["Hội Liên hiệp Phụ nữ xã"],
            "2025-12-31",
        ),
        T(
            "Sơ kết, đánh giá kết quả thực hiện Cuộc vận động, đề xuất khen thưởng",
            "Ban Thường trực Ủy ban MTTQ xã",
            ["UBND xã"],
            "2025-12-31",
        ),
    ]
    comment = """Family: Fatherland Front committee of a merged commune (Hà Tĩnh, after 07/2025), DRAFT, .md.
First idea: a markdown task table. Written instead: a markdown conversion with the header as a 2-column
pipe table (<br> line breaks), "DỰ THẢO", "# KẾ HOẠCH", the title as "##", tasks as "####" headings with
bold-labelled bullets (Chủ trì / Phối hợp / Thời gian / Phụ trách), closing as a pipe table.
Decisions: blank number -> "", "ngày     tháng     năm 2025" -> date "2025"; the superior line
"MTTQ VIỆT NAM TỈNH HÀ TĨNH" is not the issuer; basis 28/HD-MTTW-BTT has no date but has a number.
Task 3 is community supervision by ANOTHER body (Ban Giám sát đầu tư của cộng đồng), a real task here,
not the signing body's own monitoring; "hằng tháng" read like "thường xuyên" -> 2025-12-31.
III (Ban Thường trực theo dõi, đôn đốc) is the signing body's monitoring -> not a task."""
    return "mttq_thien_cam_du_thao_2025.md", text, comment, header, tasks


# ---------------------------------------------------------------- 8
def f8_bcd_chau_thanh():
    wb = Workbook()
    ws = wb.active
    ws.title = "KH 09"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    widths = [6, 48, 26, 30, 20, 13, 16, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    def put(cell, value, bold=False, italic=False, align=None, size=12):
        ws[cell] = value
        ws[cell].font = Font(
            name="Times New Roman", size=size, bold=bold, italic=italic
        )
        if align:
            ws[cell].alignment = align

    ws.merge_cells("A1:C1")
    put("A1", "UBND HUYỆN CHÂU THÀNH", align=centre)
    ws.merge_cells("A2:C2")
    put("A2", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG", bold=True, align=centre)
    ws.merge_cells("D1:H1")
    put("D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=centre)
    ws.merge_cells("D2:H2")
    put("D2", "Độc lập - Tự do - Hạnh phúc", bold=True, align=centre)
    ws.merge_cells("A3:C3")
    put("A3", "Số: 09/KH-BCĐ", align=centre)
    ws.merge_cells("D3:H3")
    put("D3", "Châu Thành, ngày 14 tháng 01 năm 2025", italic=True, align=centre)
    ws.merge_cells("A5:H5")
    put("A5", "KẾ HOẠCH", bold=True, align=centre, size=14)
    ws.merge_cells("A6:H6")
    put(
        "A6",
        "Thực hiện các tiêu chí xã nông thôn mới kiểu mẫu tại xã Tân Hương, xã Long Định năm 2025",
        bold=True,
        align=centre,
    )
    ws.merge_cells("A8:H8")
    put(
        "A8",
        "Căn cứ Quyết định số 319/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ quy định xã nông thôn mới kiểu mẫu giai đoạn 2021 - 2025;",
        align=wrap,
    )
    ws.merge_cells("A9:H9")
    put(
        "A9",
        "Căn cứ Kế hoạch số 73/KH-UBND ngày 05/01/2025 của UBND tỉnh Tiền Giang;",
        align=wrap,
    )
    ws.merge_cells("A10:H10")
    put(
        "A10",
        "Ban Chỉ đạo các Chương trình MTQG huyện phân công nhiệm vụ như sau:",
        align=wrap,
    )
    head = [
        "TT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Lãnh đạo phụ trách",
        "Bắt đầu",
        "Hoàn thành",
        "Ghi chú",
    ]
    r = 12
    for i, h in enumerate(head):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = Font(name="Times New Roman", size=12, bold=True)
        c.alignment = centre
        c.border = box
    rows = [
        (
            "1",
            "Xây dựng tuyến đường hoa kiểu mẫu ấp Tân Phú",
            "UBND xã Tân Hương",
            "Phòng Kinh tế và Hạ tầng",
            "Trần Minh Trí",
            dt.date(2025, 2, 10),
            "30/6/2025",
            "",
        ),
        (
            "2",
            "Hoàn thiện vùng sản xuất sầu riêng đạt chứng nhận VietGAP, cấp mã số vùng trồng",
            "Phòng Nông nghiệp và Phát triển nông thôn",
            "Trạm Trồng trọt và Bảo vệ thực vật; UBND xã Long Định",
            "Lê Văn Hoàng",
            None,
            "Quý III/2025",
            "120 ha",
        ),
        (
            "3",
            "Nâng cấp hệ thống cấp nước sạch tập trung ấp Long Hòa B",
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh",
            "UBND xã Long Định",
            "",
            dt.date(2025, 3, 1),
            "Tháng 9/2025",
            "",
        ),
        (
            "4",
            "Xây dựng mô hình ấp văn hóa kiểu mẫu",
            "Phòng Văn hóa và Thông tin",
            "UBND các xã Tân Hương, Long Định",
            "",
            None,
            "Quý IV/2025",
            "",
        ),
        (
            "5",
            "Chỉnh trang trường học đạt chuẩn “Xanh - Sạch - Đẹp - An toàn”",
            "Phòng Giáo dục và Đào tạo",
            "UBND xã Tân Hương; UBND xã Long Định",
            "",
            None,
            "15/8/2025",
            "",
        ),
        (
            "6",
            "Duy trì tỷ lệ người dân tham gia bảo hiểm y tế trên 95%",
            "Bảo hiểm xã hội huyện",
            "Trạm Y tế xã Tân Hương; Trạm Y tế xã Long Định",
            "",
            None,
            "Thường xuyên",
            "",
        ),
        (
            "7",
            "Tổng hợp, lập hồ sơ đề nghị thẩm định xã nông thôn mới kiểu mẫu",
            "Văn phòng Điều phối nông thôn mới huyện",
            "UBND xã Tân Hương; UBND xã Long Định",
            "Nguyễn Hữu Lợi",
            dt.date(2025, 5, 2),
            "Trước 15/6/2025",
            "",
        ),
    ]
    for row in rows:
        r += 1
        for i, v in enumerate(row):
            c = ws.cell(row=r, column=i + 1, value=v)
            c.font = Font(name="Times New Roman", size=12)
            c.alignment = centre if i in (0, 5, 6) else wrap
            c.border = box
            if isinstance(v, dt.date):
                c.number_format = "dd/mm/yyyy"
    r += 2
    put(f"A{r}", "Nơi nhận:", bold=True, italic=True)
    ws.merge_cells(f"E{r}:H{r}")
    put(f"E{r}", "TM. BAN CHỈ ĐẠO", bold=True, align=centre)
    recips = [
        "- BCĐ các CTMTQG tỉnh (b/c);",
        "- Thành viên BCĐ huyện;",
        "- UBND xã Tân Hương, Long Định;",
        "- Lưu: VT, VPĐP.",
    ]
    sig = ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "", "Nguyễn Hữu Lợi"]
    for k in range(max(len(recips), len(sig))):
        rr = r + 1 + k
        if k < len(recips):
            put(f"A{rr}", recips[k])
        if k < len(sig) and sig[k]:
            ws.merge_cells(f"E{rr}:H{rr}")
            put(f"E{rr}", sig[k], bold=True, align=centre)
    ws2 = wb.create_sheet("Theo doi tien do")
    ws2.append(["TT", "Nhiệm vụ", "Tiến độ (%)", "Khó khăn, vướng mắc"])
    for row in rows:
        ws2.append([row[0], row[1], None, None])
    header = {
        "number": "09",
        "symbol": "KH-BCĐ",
        "place": "Châu Thành",
        "date": "2025-01-14",
        "title": "Thực hiện các tiêu chí xã nông thôn mới kiểu mẫu tại xã Tân Hương, xã Long Định năm 2025",
        "issuer": "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG",
        "authority": "TM. BAN CHỈ ĐẠO, KT. TRƯỞNG BAN",
        "signer_title": "PHÓ TRƯỞNG BAN",
        "signer": "Nguyễn Hữu Lợi",
        "bases": ["319/QĐ-TTg", "73/KH-UBND"],
        "recipients": 4,
    }
    tasks = [
        T(
            "Xây dựng tuyến đường hoa kiểu mẫu ấp Tân Phú",
            "UBND xã Tân Hương",
            ["Phòng Kinh tế và Hạ tầng"],
            "2025-06-30",
            start="2025-02-10",
            official="Trần Minh Trí",
        ),
        T(
            "Hoàn thiện vùng sản xuất sầu riêng đạt chứng nhận VietGAP, cấp mã số vùng trồng",
            "Phòng Nông nghiệp và Phát triển nông thôn",
            ["Trạm Trồng trọt và Bảo vệ thực vật", "UBND xã Long Định"],
            "2025-09-30",
            official="Lê Văn Hoàng",
        ),
        T(
            "Nâng cấp hệ thống cấp nước sạch tập trung ấp Long Hòa B",
            "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh",
            ["UBND xã Long Định"],
            "2025-09-30",
            start="2025-03-01",
        ),
        T(
            "Xây dựng mô hình ấp văn hóa kiểu mẫu",
            "Phòng Văn hóa và Thông tin",
            ["UBND các xã Tân Hương, Long Định"],
            "2025-12-31",
        ),
        T(
            "Chỉnh trang trường học đạt chuẩn “Xanh - Sạch - Đẹp - An toàn”",
            "Phòng Giáo dục và Đào tạo",
            ["UBND xã Tân Hương", "UBND xã Long Định"],
            "2025-08-15",
        ),
        T(
            "Duy trì tỷ lệ người dân tham gia bảo hiểm y tế trên 95%",
            "Bảo hiểm xã hội huyện",
            ["Trạm Y tế xã Tân Hương", "Trạm Y tế xã Long Định"],
            "2025-12-31",
        ),
        T(
            "Tổng hợp, lập hồ sơ đề nghị thẩm định xã nông thôn mới kiểu mẫu",
            "Văn phòng Điều phối nông thôn mới huyện",
            ["UBND xã Tân Hương", "UBND xã Long Định"],
            "2025-06-15",
            start="2025-05-02",
            official="Nguyễn Hữu Lợi",
        ),
    ]
    comment = """Family: district steering committee before the reform (BCĐ các CTMTQG huyện Châu Thành, Tiền Giang,
Mekong), .xlsx.
First idea: one sheet holding only a task table. Written instead: the whole plan laid out in merged cells of
sheet "KH 09" (header, title, bases, table, Nơi nhận left and signature right on the same rows), table
columns TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Lãnh đạo phụ trách | Bắt đầu | Hoàn thành |
Ghi chú; "Bắt đầu" holds real Excel dates (dd/mm/yyyy) or is empty, "Hoàn thành" is text. A second sheet
"Theo doi tien do" repeats the task names with empty progress columns: it is NOT a second set of tasks.
Decisions: partners are separated by ";" ; "UBND các xã Tân Hương, Long Định" is ONE unit; issuer
"BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG" (UBND HUYỆN CHÂU THÀNH above it is the superior); the "Lãnh đạo phụ
trách" column gives official; "Thường xuyên" / "Quý IV/2025" -> 2025-12-31. Ghi chú ("120 ha") not in title."""
    return "bcd_chau_thanh_2025.xlsx", save(wb), comment, header, tasks


# ---------------------------------------------------------------- 9
def f9_hpn_gio_my():
    doc = Document()
    a4(doc)
    header_grid(
        doc,
        ["HỘI LHPN HUYỆN GIO LINH", "BCH HỘI LHPN XÃ GIO MỸ", "***"],
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
        "Số: 05/KH-HPN",
        "Gio Mỹ, ngày 26 tháng 02 năm 2024",
    )
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Triển khai cuộc vận động “Xây dựng gia đình 5 không 3 sạch”",
        bold=True,
        center=True,
    )
    para(doc, "góp phần xây dựng nông thôn mới năm 2024", bold=True, center=True)
    para(doc, "")
    para(
        doc,
        "Thực hiện Kế hoạch số 12/KH-HPN ngày 22/01/2024 của Ban Thường vụ Hội LHPN huyện Gio Linh; căn cứ Kế hoạch ngày 05/02/2024 của UBND xã Gio Mỹ về xây dựng nông thôn mới năm 2024, Ban Chấp hành Hội LHPN xã xây dựng kế hoạch thực hiện như sau:",
        indent=1.0,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phấn đấu 85% hộ hội viên đạt tiêu chí gia đình “5 không 3 sạch”; mỗi chi hội có ít nhất 01 tuyến đường phụ nữ tự quản.",
        indent=1.0,
    )
    para(doc, "II. LỊCH THỰC HIỆN", bold=True)
    head = [
        "TT",
        "Thời gian",
        "Nội dung công việc",
        "Chi hội/ Ban phụ trách",
        "Phối hợp",
    ]
    rows = [
        [
            ["1"],
            ["Tháng 3/2024"],
            ["Ra quân dọn vệ sinh, trồng hoa tuyến đường “Phụ nữ tự quản”"],
            ["Các chi hội phụ nữ thôn"],
            ["Chi đoàn thanh niên các thôn"],
        ],
        [
            ["2"],
            ["Tháng 4 - 5/2024"],
            [
                "Tập huấn phân loại rác thải tại nguồn, ủ phân hữu cơ từ rác thải nhà bếp"
            ],
            ["Ban Thường vụ Hội LHPN xã"],
            ["Trạm Khuyến nông huyện Gio Linh"],
        ],
        [
            ["3"],
            ["Quý III/2024"],
            ["Hỗ trợ vốn, con giống cho 10 hội viên nghèo phát triển chăn nuôi"],
            ["Ban Thường vụ Hội LHPN xã"],
            ["Ngân hàng Chính sách xã hội huyện Gio Linh"],
        ],
        [
            ["4"],
            ["Tháng 10/2024"],
            ["Tổ chức hội thi “Gia đình 5 không 3 sạch” cấp xã"],
            ["Ban Thường vụ Hội LHPN xã"],
            ["Công chức Văn hóa - Xã hội xã", "Đoàn Thanh niên xã"],
        ],
        [
            ["5"],
            ["Trước 20/11/2024"],
            ["Bình xét, công nhận hộ đạt tiêu chí “5 không 3 sạch”"],
            ["Các chi hội phụ nữ thôn"],
            ["Ban công tác Mặt trận các thôn"],
        ],
        [
            ["6"],
            ["Cả năm"],
            ["Duy trì mô hình “Tổ phụ nữ thu gom phế liệu gây quỹ”"],
            ["Chi hội phụ nữ thôn Xuân Hòa"],
            [""],
        ],
    ]
    task_table(doc, head, rows, [1.0, 2.8, 6.5, 3.7, 3.5], bold_titles=False)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Ban Thường vụ Hội LHPN xã theo dõi, kiểm tra việc thực hiện ở các chi hội; chi hội trưởng báo cáo kết quả vào ngày 20 hằng tháng.",
        indent=1.0,
    )
    closing_beside(
        doc,
        ["- BTV Hội LHPN huyện;", "- Đảng ủy, UBND xã;", "- Các chi hội;", "- Lưu VP."],
        ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "", "Lê Thị Thanh Thủy"],
    )
    odt = saved_as(save(doc), "odt")
    header = {
        "number": "05",
        "symbol": "KH-HPN",
        "place": "Gio Mỹ",
        "date": "2024-02-26",
        "title": "Triển khai cuộc vận động “Xây dựng gia đình 5 không 3 sạch” góp phần xây dựng nông thôn mới năm 2024",
        "issuer": "BCH HỘI LHPN XÃ GIO MỸ",
        "authority": "TM. BAN CHẤP HÀNH",
        "signer_title": "CHỦ TỊCH",
        "signer": "Lê Thị Thanh Thủy",
        "bases": ["12/KH-HPN", "Kế hoạch ngày 05/02/2024"],
        "recipients": 4,
    }
    tasks = [
        T(
            "Ra quân dọn vệ sinh, trồng hoa tuyến đường “Phụ nữ tự quản”",
            "Các chi hội phụ nữ thôn",
            ["Chi đoàn thanh niên các thôn"],
            "2024-03-31",
        ),
        T(
            "Tập huấn phân loại rác thải tại nguồn, ủ phân hữu cơ từ rác thải nhà bếp",
            "Ban Thường vụ Hội LHPN xã",
            ["Trạm Khuyến nông huyện Gio Linh"],
            "2024-05-31",
            start="2024-04-01",
        ),
        T(
            "Hỗ trợ vốn, con giống cho 10 hội viên nghèo phát triển chăn nuôi",
            "Ban Thường vụ Hội LHPN xã",
            ["Ngân hàng Chính sách xã hội huyện Gio Linh"],
            "2024-09-30",
        ),
        T(
            "Tổ chức hội thi “Gia đình 5 không 3 sạch” cấp xã",
            "Ban Thường vụ Hội LHPN xã",
            ["Công chức Văn hóa - Xã hội xã", "Đoàn Thanh niên xã"],
            "2024-10-31",
        ),
        T(
            "Bình xét, công nhận hộ đạt tiêu chí “5 không 3 sạch”",
            "Các chi hội phụ nữ thôn",
            ["Ban công tác Mặt trận các thôn"],
            "2024-11-20",
        ),
        T(
            "Duy trì mô hình “Tổ phụ nữ thu gom phế liệu gây quỹ”",
            "Chi hội phụ nữ thôn Xuân Hòa",
            [],
            "2024-12-31",
        ),
    ]
    comment = """Family: Women's Union of a commune before the reform (Hội LHPN xã Gio Mỹ, Quảng Trị, centre), .odt
(a .docx saved by LibreOffice).
First idea: a narrative list of activities. Written instead: a calendar-style ruled table whose TIME column
comes BEFORE the content: TT | Thời gian | Nội dung công việc | Chi hội/ Ban phụ trách | Phối hợp.
Decisions: issuer "BCH HỘI LHPN XÃ GIO MỸ" (the district union above it is the superior; "***" is
decoration); the bases come in one "Thực hiện ...; căn cứ ..." sentence: "12/KH-HPN" and the commune's
un-numbered plan -> "Kế hoạch ngày 05/02/2024"; "Tháng 4 - 5/2024" -> start 2024-04-01, deadline
2024-05-31; "Cả năm" -> 2024-12-31; row 6 has no partners. III (BTV theo dõi, kiểm tra) is not a task."""
    return "hpn_gio_my_2024.odt", odt, comment, header, tasks


# ---------------------------------------------------------------- 10
def f10_an_nhon_dong():
    doc = Document()
    a4(doc)
    header_grid(
        doc,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG AN NHƠN ĐÔNG"],
        MOTTO,
        "Số: 86/KH-UBND",
        "An Nhơn Đông, ngày 23 tháng 9 năm 2025",
    )
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Duy trì, nâng cao chất lượng các tiêu chí nông thôn mới nâng cao",
        bold=True,
        center=True,
    )
    para(
        doc,
        "tại các khu vực nông thôn trên địa bàn phường giai đoạn 2025 - 2026",
        bold=True,
        center=True,
    )
    para(doc, "")
    para(
        doc,
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;",
        indent=1.0,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 160/KH-UBND ngày 28/8/2025 của Ủy ban nhân dân tỉnh Gia Lai về duy trì kết quả xây dựng nông thôn mới tại các phường hình thành từ xã đã đạt chuẩn;",
        indent=1.0,
    )
    para(
        doc,
        "Ủy ban nhân dân phường An Nhơn Đông ban hành Kế hoạch như sau:",
        indent=1.0,
    )
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Giữ vững các tiêu chí nông thôn mới nâng cao đã đạt của các xã Nhơn Hậu, Nhơn Phong (cũ); không để tiêu chí nào bị sụt giảm sau sắp xếp.",
        indent=1.0,
    )
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True)
    head = ["TT", "Nội dung thực hiện", "Phân công", "Thời hạn"]
    rows = [
        [
            ["1"],
            ["Duy trì, nâng cấp hệ thống đèn chiếu sáng các tuyến đường liên khu phố"],
            [
                "Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị",
                "Phối hợp: Ban điều hành các khu phố",
            ],
            ["Quý I/2026"],
        ],
        [
            ["2"],
            ["Xây dựng cánh đồng lớn sản xuất lúa giống tại khu vực Nhơn Hậu"],
            [
                "Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị",
                "Phối hợp: Hợp tác xã Nông nghiệp Nhơn Hậu; Trung tâm Dịch vụ tổng hợp phường",
            ],
            ["Tháng 4/2026"],
        ],
        [
            ["3"],
            [
                "Phục dựng, phát huy giá trị làng nghề rèn Tây Phương Danh, tổ chức trưng bày sản phẩm OCOP",
                "(Lãnh đạo phụ trách: đ/c Võ Thị Kim Liên, Phó Chủ tịch UBND phường)",
            ],
            ["Chủ trì: Phòng Văn hóa - Xã hội", "Phối hợp: Hội Nông dân phường"],
            ["Trước ngày 31/12/2025"],
        ],
        [
            ["4"],
            ["Hoàn thiện hệ thống thu gom, xử lý nước thải khu dân cư tập trung"],
            [
                "Chủ trì: Phòng Kinh tế, Hạ tầng và Đô thị",
                "Phối hợp: Ban Quản lý dự án đầu tư xây dựng khu vực An Nhơn",
            ],
            ["Từ tháng 11/2025 đến tháng 6/2026"],
        ],
        [
            ["5"],
            ["Tuyên truyền, vận động nhân dân giữ gìn các tiêu chí đã đạt"],
            [
                "Chủ trì: Ủy ban MTTQ Việt Nam phường",
                "Phối hợp: Đoàn Thanh niên phường; Hội Liên hiệp Phụ nữ phường",
            ],
            ["Quý IV/2025 - Quý IV/2026"],
        ],
        [
            ["6"],
            [
                "Cập nhật, bổ sung hồ sơ minh chứng các tiêu chí sau sắp xếp",
                "(Lãnh đạo phụ trách: đ/c Trương Văn Hiếu, Phó Chủ tịch UBND phường)",
            ],
            [
                "Chủ trì: Văn phòng HĐND và UBND phường",
                "Phối hợp: các phòng chuyên môn phường",
            ],
            ["15/11/2025"],
        ],
    ]
    task_table(doc, head, rows, [1.0, 7.5, 5.5, 2.5])
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Giao Văn phòng HĐND và UBND phường theo dõi, tổng hợp, tham mưu UBND phường báo cáo UBND tỉnh theo quy định. Ủy ban nhân dân phường kiểm tra định kỳ 6 tháng.",
        indent=1.0,
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh Gia Lai (b/c);",
            "- Sở Nông nghiệp và Môi trường;",
            "- TT Đảng ủy, TT HĐND phường;",
            "- Các phòng, đơn vị thuộc phường;",
            "- Lưu: VT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Đặng Minh Quân"],
    )
    doc_bytes = saved_as(save(doc), "doc")
    header = {
        "number": "86",
        "symbol": "KH-UBND",
        "place": "An Nhơn Đông",
        "date": "2025-09-23",
        "title": "Duy trì, nâng cao chất lượng các tiêu chí nông thôn mới nâng cao tại các khu vực nông thôn trên địa bàn phường giai đoạn 2025 - 2026",
        "issuer": "ỦY BAN NHÂN DÂN PHƯỜNG AN NHƠN ĐÔNG",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": "Đặng Minh Quân",
        "bases": ["72/2025/QH15", "160/KH-UBND"],
        "recipients": 5,
    }
    tasks = [
        T(
            "Duy trì, nâng cấp hệ thống đèn chiếu sáng các tuyến đường liên khu phố",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            ["Ban điều hành các khu phố"],
            "2026-03-31",
        ),
        T(
            "Xây dựng cánh đồng lớn sản xuất lúa giống tại khu vực Nhơn Hậu",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            ["Hợp tác xã Nông nghiệp Nhơn Hậu", "Trung tâm Dịch vụ tổng hợp phường"],
            "2026-04-30",
        ),
        T(
            "Phục dựng, phát huy giá trị làng nghề rèn Tây Phương Danh, tổ chức trưng bày sản phẩm OCOP",
            "Phòng Văn hóa - Xã hội",
            ["Hội Nông dân phường"],
            "2025-12-31",
            official="Võ Thị Kim Liên",
        ),
        T(
            "Hoàn thiện hệ thống thu gom, xử lý nước thải khu dân cư tập trung",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            ["Ban Quản lý dự án đầu tư xây dựng khu vực An Nhơn"],
            "2026-06-30",
            start="2025-11-01",
        ),
        T(
            "Tuyên truyền, vận động nhân dân giữ gìn các tiêu chí đã đạt",
            "Ủy ban MTTQ Việt Nam phường",
            ["Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường"],
            "2026-12-31",
            start="2025-10-01",
        ),
        T(
            "Cập nhật, bổ sung hồ sơ minh chứng các tiêu chí sau sắp xếp",
            "Văn phòng HĐND và UBND phường",
            ["các phòng chuyên môn phường"],
            "2025-11-15",
            official="Trương Văn Hiếu",
        ),
    ]
    comment = """Family: ward (phường) UBND after the 2025 reform, formed from NTM communes (Gia Lai, ex-Bình Định,
centre), .doc (a .docx saved by LibreOffice as Word 97).
First idea: numbered "Giao <unit>: ..." assignments in the body. Written instead: a ruled 4-column table
TT | Nội dung thực hiện | Phân công | Thời hạn, where ONE cell "Phân công" holds two paragraphs
"Chủ trì: X" and "Phối hợp: A; B", and the content cell may carry a second paragraph "(Lãnh đạo phụ trách:
đ/c N, chức vụ)" that gives the official and is NOT part of the title.
Decisions: lead "Phòng Kinh tế, Hạ tầng và Đô thị" has a comma but is one body; "Từ tháng 11/2025 đến
tháng 6/2026" -> start 2025-11-01, deadline 2026-06-30; "Quý IV/2025 - Quý IV/2026" -> start 2025-10-01,
deadline 2026-12-31. III (VP theo dõi, tổng hợp; UBND phường kiểm tra) is not a task."""
    return "phuong_an_nhon_dong_2025.doc", doc_bytes, comment, header, tasks


def main():
    OUT.mkdir(exist_ok=True)
    for make in (
        f1_ea_kar,
        f2_vu_hoi,
        f3_phong_dien,
        f4_htx_dai_hiep,
        f5_so_lang_son,
        f6_thon_tien_bao,
        f7_mttq_thien_cam,
        f8_bcd_chau_thanh,
        f9_hpn_gio_my,
        f10_an_nhon_dong,
    ):
        name, data, comment, header, tasks = make()
        assert 3 <= len(tasks) <= 12, name
        expected.write(OUT, name, data, comment, header, tasks)
        print(f"{name}: {len(tasks)} tasks")


if __name__ == "__main__":
    main()
