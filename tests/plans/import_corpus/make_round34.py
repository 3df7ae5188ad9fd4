"""Writes round 34's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round34.py

Round 34 is the lead's tenth BLIND hold-out (07/12/2026): ten plans of
2024-2025 by a helper who read neither the importer, its corpus, its docs
nor the seeds. Measured untouched on main d3486a2 (the session's start):
tasks 96.4/85.5, leads 98.0/77.4, coordinating 95.8/81.9, officials
100/82.8, deadlines 96.0/77.4, starts 100/92.3, header 94.7/88.4.

Before that first measurement the lead brought two readings of the
writer's to the corpus's form, because the brief's example was wrong, not
the importer: a basis with a number is its number ("318/QĐ-TTg", the writer
wrote "Quyết định số 318/QĐ-TTg"), and the issuer is the issuing body's own
name without the superior body written above it ("UBND HUYỆN LÝ NHÂN" over
"ỦY BAN NHÂN DÂN XÃ NHÂN THỊNH"); where the lower line is no body on its
own ("BAN THƯỜNG TRỰC", "TRẠM Y TẾ") both lines stay. `header` below does
both. No expected result was changed after measuring.
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

import expected  # noqa: E402
import openpyxl  # noqa: E402
from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Pt  # noqa: E402
from make_files import saved_as  # noqa: E402
from openpyxl.styles import Alignment, Border, Font, Side  # noqa: E402
from word_writer import (  # noqa: E402
    MOTTO,
    a4,
    closing_beside,
    fill,
    fixed_widths,
    no_borders,
    para,
    repeat_header,
    save,
    side_by_side,
    task_table,
)

OUT = HERE / "round34"


def T(title, lead, coordinating=(), deadline="", start="", official=""):
    task = {
        "title": title,
        "lead": lead,
        "coordinating": list(coordinating),
        "deadline": deadline,
    }
    if start:
        task["start"] = start
    if official:
        task["official"] = official
    return task


# The superior bodies the writer put in front of an issuer (see the docstring).
SUPERIORS = (
    "UBND HUYỆN LÝ NHÂN ",
    "ĐẢNG BỘ TỈNH ĐẮK LẮK ",
    "UBND XÃ LONG HỮU ",
    "UBND TỈNH GIA LAI ",
    "UBND HUYỆN CAO LỘC ",
    "HỘI LHPN TỈNH NGHỆ AN ",
)


def header(
    number,
    symbol,
    place,
    date,
    title,
    issuer,
    authority,
    signer_title,
    signer,
    bases,
    recipients,
):
    issuer = next(
        (issuer.removeprefix(s) for s in SUPERIORS if issuer.startswith(s)), issuer
    )
    bases = [re.sub(r"^.+? số (\S+)$", r"\1", basis) for basis in bases]
    return {
        "number": number,
        "symbol": symbol,
        "place": place,
        "date": date,
        "title": title,
        "issuer": issuer,
        "authority": authority,
        "signer_title": signer_title,
        "signer": signer,
        "bases": bases,
        "recipients": recipients,
    }


def head_2x2(doc, left_top, right_top, left_bottom, right_bottom):
    """The national header as a borderless 2x2 table: issuer | motto, number | place and date."""
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    for cell, lines, italic in (
        (t.cell(0, 0), left_top, False),
        (t.cell(0, 1), right_top, False),
        (t.cell(1, 0), left_bottom, False),
        (t.cell(1, 1), right_bottom, True),
    ):
        cell.text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(line)
            r.font.size = Pt(13)
            r.italic = italic
            r.bold = (
                line.isupper()
                and not line.startswith("UBND")
                and not line.startswith("HỘI LHPN TỈNH")
            )
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fixed_widths(t, [6.5, 9.5])
    return t


# ---------------------------------------------------------------------------
# 01 — xã Nhân Thịnh (Hà Nam), 2024, .docx
# First idea: numbered prose tasks. Written instead: short body, the work in a
# ruled "biểu phân công" table with a "Lãnh đạo phụ trách" column.
# ---------------------------------------------------------------------------
def file01():
    doc = Document()
    a4(doc)
    head_2x2(
        doc,
        ["UBND HUYỆN LÝ NHÂN", "ỦY BAN NHÂN DÂN", "XÃ NHÂN THỊNH", "_______"],
        [*MOTTO, "________________________"],
        ["Số: 45/KH-UBND"],
        ["Nhân Thịnh, ngày 18 tháng 3 năm 2024"],
    )
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Thực hiện duy trì, nâng cao chất lượng các tiêu chí",
        bold=True,
        center=True,
    )
    para(doc, "xã nông thôn mới nâng cao năm 2024", bold=True, center=True)
    para(doc, "__________", center=True)
    for b in [
        "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới và Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao giai đoạn 2021 - 2025;",
        "Căn cứ Kế hoạch số 37/KH-UBND ngày 26/02/2024 của UBND huyện Lý Nhân về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024;",
        "Căn cứ Nghị quyết số 05-NQ/ĐU ngày 10/01/2024 của Đảng ủy xã Nhân Thịnh về nhiệm vụ phát triển kinh tế - xã hội năm 2024,",
    ]:
        para(doc, b, italic=True, indent=1)
    para(
        doc,
        "Ủy ban nhân dân xã Nhân Thịnh xây dựng Kế hoạch thực hiện năm 2024 như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "1. Duy trì, giữ vững 19/19 tiêu chí xã nông thôn mới nâng cao đã đạt; nâng cao chất lượng các tiêu chí còn thấp (môi trường, thu nhập, tổ chức sản xuất).",
        indent=1,
    )
    para(
        doc,
        "2. Phân công cụ thể người, việc, thời gian hoàn thành; gắn trách nhiệm của người đứng đầu từng cơ quan, đơn vị.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    para(doc, "(Có biểu phân công chi tiết kèm theo)", italic=True, center=True)
    rows = [
        [
            "1",
            [
                "Rà soát, đánh giá thực trạng 19 tiêu chí xã nông thôn mới nâng cao, lập hồ sơ minh chứng"
            ],
            ["Công chức Nông nghiệp - Môi trường"],
            ["Các ban, ngành đoàn thể xã;", "Các thôn"],
            ["Quý I/2024"],
            ["Đ/c Trần Văn Khải - PCT UBND xã"],
        ],
        [
            "2",
            ["Cứng hóa 1,2 km đường trục thôn Đồng Xá, thôn Trần Thương"],
            ["Ban Quản lý dự án xây dựng xã"],
            ["Công chức Địa chính - Xây dựng;", "các thôn Đồng Xá, Trần Thương"],
            ["Trước ngày 30/9/2024"],
            ["Đ/c Nguyễn Đức Thịnh - Chủ tịch UBND xã"],
        ],
        [
            "3",
            [
                "Trồng mới 2.500 m hàng rào xanh và 300 cây bóng mát trên các tuyến đường liên thôn"
            ],
            ["Hội Nông dân xã"],
            ["Đoàn Thanh niên xã;", "Hội Cựu chiến binh xã"],
            ["Tháng 4/2024"],
            ["Đ/c Trần Văn Khải - PCT UBND xã"],
        ],
        [
            "4",
            ["Vận động 100% hộ gia đình phân loại rác thải sinh hoạt tại nguồn"],
            ["Hội Liên hiệp Phụ nữ xã"],
            ["Các thôn;", "HTX dịch vụ nông nghiệp Nhân Thịnh"],
            ["Thường xuyên"],
            ["Đ/c Nguyễn Đức Thịnh - Chủ tịch UBND xã"],
        ],
        [
            "5",
            [
                "Hoàn thiện hồ sơ đề nghị đánh giá, phân hạng sản phẩm OCOP 3 sao cho sản phẩm dưa lưới Nhân Thịnh"
            ],
            ["HTX dịch vụ nông nghiệp Nhân Thịnh"],
            ["Công chức Nông nghiệp - Môi trường"],
            ["Quý III/2024"],
            ["Đ/c Trần Văn Khải - PCT UBND xã"],
        ],
        [
            "6",
            [
                "Tuyên truyền trên hệ thống loa truyền thanh về xây dựng nông thôn mới nâng cao"
            ],
            ["Công chức Văn hóa - Xã hội"],
            ["Đài truyền thanh xã"],
            ["Hằng tháng"],
            ["Đ/c Phạm Thị Hoa - PCT UBND xã"],
        ],
        [
            "7",
            [
                "Tổng hợp, báo cáo kết quả thực hiện năm 2024 gửi Văn phòng Điều phối nông thôn mới huyện"
            ],
            ["Công chức Văn phòng - Thống kê"],
            ["Các ban, ngành đoàn thể xã"],
            ["Trước ngày 05/12/2024"],
            ["Đ/c Trần Văn Khải - PCT UBND xã"],
        ],
    ]
    t = task_table(
        doc,
        [
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Thời gian hoàn thành",
            "Lãnh đạo phụ trách",
        ],
        rows,
        [1.0, 5.2, 2.8, 3.0, 2.2, 2.6],
        bold_titles=False,
        size=11,
    )
    repeat_header(t.rows[0])
    para(doc, "III. KINH PHÍ", bold=True)
    para(
        doc,
        "Kinh phí thực hiện từ nguồn ngân sách xã, vốn lồng ghép các chương trình và huy động xã hội hóa, đóng góp tự nguyện của nhân dân.",
        indent=1,
    )
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các cơ quan, đơn vị, các thôn căn cứ nhiệm vụ được phân công tại biểu kèm theo chủ động triển khai; định kỳ ngày 25 hằng tháng báo cáo tiến độ về UBND xã (qua công chức Nông nghiệp - Môi trường). UBND xã thường xuyên kiểm tra, đôn đốc việc thực hiện Kế hoạch này./.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- UBND huyện (b/c);",
            "- VPĐP NTM huyện (b/c);",
            "- TT Đảng ủy, HĐND xã (b/c);",
            "- Các ban, ngành đoàn thể xã;",
            "- Các thôn;",
            "- Lưu: VT.",
        ],
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Trần Văn Khải",
        ],
    )
    tasks = [
        T(
            "Rà soát, đánh giá thực trạng 19 tiêu chí xã nông thôn mới nâng cao, lập hồ sơ minh chứng",
            "Công chức Nông nghiệp - Môi trường",
            ["Các ban, ngành đoàn thể xã", "Các thôn"],
            "2024-03-31",
            official="Trần Văn Khải",
        ),
        T(
            "Cứng hóa 1,2 km đường trục thôn Đồng Xá, thôn Trần Thương",
            "Ban Quản lý dự án xây dựng xã",
            ["Công chức Địa chính - Xây dựng", "các thôn Đồng Xá, Trần Thương"],
            "2024-09-30",
            official="Nguyễn Đức Thịnh",
        ),
        T(
            "Trồng mới 2.500 m hàng rào xanh và 300 cây bóng mát trên các tuyến đường liên thôn",
            "Hội Nông dân xã",
            ["Đoàn Thanh niên xã", "Hội Cựu chiến binh xã"],
            "2024-04-30",
            official="Trần Văn Khải",
        ),
        T(
            "Vận động 100% hộ gia đình phân loại rác thải sinh hoạt tại nguồn",
            "Hội Liên hiệp Phụ nữ xã",
            ["Các thôn", "HTX dịch vụ nông nghiệp Nhân Thịnh"],
            "2024-12-31",
            official="Nguyễn Đức Thịnh",
        ),
        T(
            "Hoàn thiện hồ sơ đề nghị đánh giá, phân hạng sản phẩm OCOP 3 sao cho sản phẩm dưa lưới Nhân Thịnh",
            "HTX dịch vụ nông nghiệp Nhân Thịnh",
            ["Công chức Nông nghiệp - Môi trường"],
            "2024-09-30",
            official="Trần Văn Khải",
        ),
        T(
            "Tuyên truyền trên hệ thống loa truyền thanh về xây dựng nông thôn mới nâng cao",
            "Công chức Văn hóa - Xã hội",
            ["Đài truyền thanh xã"],
            "2024-12-31",
            official="Phạm Thị Hoa",
        ),
        T(
            "Tổng hợp, báo cáo kết quả thực hiện năm 2024 gửi Văn phòng Điều phối nông thôn mới huyện",
            "Công chức Văn phòng - Thống kê",
            ["Các ban, ngành đoàn thể xã"],
            "2024-12-05",
            official="Trần Văn Khải",
        ),
    ]
    h = header(
        "45",
        "KH-UBND",
        "Nhân Thịnh",
        "2024-03-18",
        "Thực hiện duy trì, nâng cao chất lượng các tiêu chí xã nông thôn mới nâng cao năm 2024",
        "UBND HUYỆN LÝ NHÂN ỦY BAN NHÂN DÂN XÃ NHÂN THỊNH",
        "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Văn Khải",
        [
            "Quyết định số 318/QĐ-TTg",
            "Kế hoạch số 37/KH-UBND",
            "Nghị quyết số 05-NQ/ĐU",
        ],
        6,
    )
    comment = """01 — commune UBND (Hà Nam, pre-reform 2024), .docx: 2x2 borderless header (issuer three lines over
a short rule | motto; number | place-date), title on two lines, italic bases, then a ruled 6-column
"biểu phân công" table inline in section II with a "Lãnh đạo phụ trách" column ("Đ/c X - PCT UBND xã").
Decided: partners split on the ";" that ends each paragraph of the partner cell; "các thôn Đồng Xá,
Trần Thương" is one unit; "Hằng tháng" and "Thường xuyên" → 31/12/2024; official = name without "Đ/c"
and the post. A basis with a number is written "<type> số <number>". Section IV (report monthly,
UBND kiểm tra) is not a task."""
    expected.write(
        OUT, "hold34_01_xa_nhanthinh_bieu.docx", save(doc), comment, h, tasks
    )


# ---------------------------------------------------------------------------
# 02 — Đảng ủy xã Ea Kar (Đắk Lắk, after the 2025 reform), .docx
# First idea: a UBND-style plan. Written instead: a Party committee's plan
# (header "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 18-KH/ĐU", "T/M BAN THƯỜNG VỤ"), tasks
# as numbered paragraphs "<body> chủ trì, phối hợp với <partners> <work>. Thời gian: …".
# ---------------------------------------------------------------------------
def file02():
    doc = Document()
    a4(doc)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    fill(
        t.cell(0, 0),
        ["ĐẢNG BỘ TỈNH ĐẮK LẮK", ("ĐẢNG ỦY XÃ EA KAR", True), "*", "Số 18-KH/ĐU"],
        size=13,
        center=True,
    )
    fill(
        t.cell(0, 1),
        [
            ("ĐẢNG CỘNG SẢN VIỆT NAM", True),
            "_______________",
            "",
            "Ea Kar, ngày 25 tháng 8 năm 2025",
        ],
        size=13,
        center=True,
    )
    t.cell(0, 1).paragraphs[-1].runs[0].italic = True
    fixed_widths(t, [7.0, 9.0])
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "lãnh đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
        bold=True,
        center=True,
    )
    para(doc, "trên địa bàn xã giai đoạn 2025 - 2030", bold=True, center=True)
    para(doc, "-----", center=True)
    para(
        doc,
        "Căn cứ Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng (khóa XIII) về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045;",
        indent=1,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 25-KH/TU ngày 30/7/2025 của Ban Thường vụ Tỉnh ủy về lãnh đạo xây dựng nông thôn mới sau sắp xếp đơn vị hành chính cấp xã,",
        indent=1,
    )
    para(
        doc,
        "Ban Thường vụ Đảng ủy xã Ea Kar xây dựng Kế hoạch lãnh đạo thực hiện như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "- Tăng cường sự lãnh đạo của cấp ủy đối với xây dựng nông thôn mới trên địa bàn xã mới sau hợp nhất; phấn đấu đến năm 2030 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030.",
        indent=1,
    )
    para(
        doc,
        "- Phân công rõ trách nhiệm của từng tổ chức trong hệ thống chính trị.",
        indent=1,
    )
    para(doc, "II. CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", bold=True)
    para(
        doc,
        "- Thu nhập bình quân đầu người đạt trên 85 triệu đồng/năm; tỷ lệ hộ nghèo đa chiều dưới 2%; 100% buôn đồng bào dân tộc thiểu số có đường giao thông được cứng hóa.",
        indent=1,
    )
    para(doc, "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    items = [
        "1. Ủy ban nhân dân xã chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xây dựng Đề án xây dựng xã đạt chuẩn nông thôn mới giai đoạn 2026 - 2030, trình Ban Thường vụ Đảng ủy cho ý kiến. Thời gian: trước ngày 31/10/2025.",
        "2. Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối hợp với Văn phòng Đảng ủy tham mưu đưa kết quả xây dựng nông thôn mới vào tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên hằng năm. Thời gian: Quý IV/2025.",
        "3. Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các đoàn thể chính trị - xã hội xã đẩy mạnh Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”. Thời gian: thường xuyên.",
        "4. Ủy ban nhân dân xã chủ trì, phối hợp với Hợp tác xã Nông nghiệp Ea Kar và Trạm Khuyến nông khu vực Ea Kar chỉ đạo tái canh 150 ha cà phê già cỗi, trồng xen sầu riêng, mắc ca. Thời gian: hoàn thành trong năm 2026.",
        "5. Ban Tuyên giáo và Dân vận Đảng ủy xã chủ trì, phối hợp với Văn phòng HĐND và UBND xã tuyên truyền Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030 đến các chi bộ, buôn, thôn. Thời gian: từ tháng 9/2025 đến tháng 12/2025.",
        "6. Các chi bộ thôn, buôn lãnh đạo Ban phát triển thôn, buôn xây dựng ít nhất 01 khu dân cư kiểu mẫu tại mỗi chi bộ. Thời gian: trước ngày 30/6/2026.",
    ]
    for text in items:
        para(doc, text, indent=1)
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Ban Thường vụ Đảng ủy xã thường xuyên kiểm tra, đôn đốc; định kỳ 6 tháng nghe báo cáo kết quả thực hiện. Các chi bộ, cơ quan, đơn vị căn cứ Kế hoạch này cụ thể hóa cho phù hợp với tình hình thực tế./.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- Ban Thường vụ Tỉnh ủy (b/c),",
            "- Các đồng chí Đảng ủy viên,",
            "- Các chi bộ trực thuộc,",
            "- Lưu Văn phòng Đảng ủy.",
        ],
        ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "", "Y Khu Niê"],
    )
    tasks = [
        T(
            "Xây dựng Đề án xây dựng xã đạt chuẩn nông thôn mới giai đoạn 2026 - 2030, trình Ban Thường vụ Đảng ủy cho ý kiến",
            "Ủy ban nhân dân xã",
            ["Ủy ban MTTQ Việt Nam xã", "các đoàn thể chính trị - xã hội"],
            "2025-10-31",
        ),
        T(
            "Tham mưu đưa kết quả xây dựng nông thôn mới vào tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên hằng năm",
            "Ban Xây dựng Đảng Đảng ủy xã",
            ["Văn phòng Đảng ủy"],
            "2025-12-31",
        ),
        T(
            "Đẩy mạnh Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” gắn với phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”",
            "Ủy ban MTTQ Việt Nam xã",
            ["các đoàn thể chính trị - xã hội xã"],
            "2025-12-31",
        ),
        T(
            "Chỉ đạo tái canh 150 ha cà phê già cỗi, trồng xen sầu riêng, mắc ca",
            "Ủy ban nhân dân xã",
            ["Hợp tác xã Nông nghiệp Ea Kar", "Trạm Khuyến nông khu vực Ea Kar"],
            "2026-12-31",
        ),
        T(
            "Tuyên truyền Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030 đến các chi bộ, buôn, thôn",
            "Ban Tuyên giáo và Dân vận Đảng ủy xã",
            ["Văn phòng HĐND và UBND xã"],
            "2025-12-31",
            start="2025-09-01",
        ),
        T(
            "Lãnh đạo Ban phát triển thôn, buôn xây dựng ít nhất 01 khu dân cư kiểu mẫu tại mỗi chi bộ",
            "Các chi bộ thôn, buôn",
            [],
            "2026-06-30",
        ),
    ]
    h = header(
        "18",
        "KH/ĐU",
        "Ea Kar",
        "2025-08-25",
        "lãnh đạo thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn xã giai đoạn 2025 - 2030",
        "ĐẢNG BỘ TỈNH ĐẮK LẮK ĐẢNG ỦY XÃ EA KAR",
        "T/M BAN THƯỜNG VỤ",
        "BÍ THƯ",
        "Y Khu Niê",
        ["Nghị quyết số 19-NQ/TW", "Kế hoạch số 25-KH/TU"],
        4,
    )
    comment = """02 — Party committee of a merged commune (Đắk Lắk, after 01/07/2025), .docx: Party header (left
"ĐẢNG BỘ TỈNH ĐẮK LẮK / ĐẢNG ỦY XÃ EA KAR / * / Số 18-KH/ĐU", right "ĐẢNG CỘNG SẢN VIỆT NAM" and the
place-date, no motto), lower-case title on two lines, tasks as numbered paragraphs "<lead> chủ trì, phối
hợp với <partners> <work>. Thời gian: …", signed "T/M BAN THƯỜNG VỤ / BÍ THƯ".
Decided: number "18", symbol "KH/ĐU" (Party form "18-KH/ĐU"); title = the work after the partners,
first letter capitalised; "X và Y" partners split into two units; "thường xuyên" and "Quý IV/2025" →
2025-12-31; "hoàn thành trong năm 2026" → 2026-12-31; "từ tháng 9/2025 đến tháng 12/2025" → start
2025-09-01. Section IV (Ban Thường vụ kiểm tra) is the signer's monitoring: not a task. Recipient
lines end with "," as Party offices write them: 4 lines."""
    expected.write(OUT, "hold34_02_dangUy_eakar.docx", save(doc), comment, h, tasks)


# ---------------------------------------------------------------------------
# 03 — Ban phát triển ấp Chợ, xã Long Hữu (Trà Vinh), 2024, .txt
# First idea: a text with the header laid side by side with spaces. Written
# instead: text copied out of a Word table cell by cell (each header cell on
# its own lines), tasks as "1." blocks with "- Phụ trách / Phối hợp / Thời gian /
# Người theo dõi" lines.
# ---------------------------------------------------------------------------
def file03():
    text = """UBND XÃ LONG HỮU
BAN PHÁT TRIỂN ẤP CHỢ
Số: 02/KH-BPTA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Long Hữu, ngày 08 tháng 4 năm 2024

KẾ HOẠCH
Xây dựng ấp Chợ đạt chuẩn khu dân cư kiểu mẫu năm 2024

Căn cứ Kế hoạch số 56/KH-UBND ngày 15/3/2024 của UBND xã Long Hữu về xây dựng khu dân cư kiểu mẫu, vườn mẫu năm 2024;
Căn cứ Biên bản họp dân ấp Chợ ngày 02/4/2024;
Ban phát triển ấp Chợ xây dựng kế hoạch như sau:

I. MỤC TIÊU
Phấn đấu đến cuối năm 2024 ấp Chợ đạt chuẩn khu dân cư kiểu mẫu theo Bộ tiêu chí của tỉnh; 100% hộ đồng bào Khmer trong ấp tham gia đóng góp ngày công.

II. NỘI DUNG THỰC HIỆN

1. Nạo vét, khai thông 850 m kênh nội đồng Bến Chùa.
   - Phụ trách: Tổ Thủy lợi ấp
   - Phối hợp: Chi hội Nông dân ấp, Chi đoàn ấp
   - Thời gian: Tháng 5/2024
   - Người theo dõi: ông Thạch Sa Rinh - Phó Trưởng ấp

2. Trồng 1,2 km hàng rào cây xanh (dâm bụt, chè tàu) dọc tuyến đường trục ấp.
   - Phụ trách: Chi hội Phụ nữ ấp
   - Phối hợp: Các tổ nhân dân tự quản
   - Thời gian: Từ 15/4/2024 đến 30/6/2024
   - Người theo dõi: bà Kim Thị Sà Phi - Chi hội trưởng Chi hội Phụ nữ

3. Lắp đặt 25 bóng đèn năng lượng mặt trời công trình "Thắp sáng đường quê".
   - Phụ trách: Chi đoàn ấp
   - Phối hợp: Đoàn Thanh niên xã, Điện lực Duyên Hải
   - Thời gian: Quý III/2024
   - Người theo dõi: anh Sơn Văn Tha - Bí thư Chi đoàn

4. Vận động 100% hộ đăng ký gia đình văn hóa và ký cam kết "Nhà sạch - Vườn đẹp".
   - Phụ trách: Ban Công tác Mặt trận ấp
   - Phối hợp: các chi hội đoàn thể ấp
   - Thời gian: Thường xuyên
   - Người theo dõi: ông Thạch Sa Rinh - Phó Trưởng ấp

5. Hoàn chỉnh hồ sơ đề nghị xét công nhận ấp đạt chuẩn khu dân cư kiểu mẫu.
   - Phụ trách: Trưởng ấp
   - Phối hợp: Công chức Văn phòng - Thống kê xã
   - Thời gian: Trước ngày 15/11/2024
   - Người theo dõi: ông Lâm Văn Út - Trưởng ấp

III. KINH PHÍ
Nhân dân đóng góp tiền, ngày công, vật liệu; ngân sách xã hỗ trợ xi măng, đèn; vận động con em xa quê, mạnh thường quân ủng hộ.

IV. TỔ CHỨC THỰC HIỆN
Các thành viên Ban phát triển ấp theo phần việc được phân công tổ chức thực hiện; mỗi tháng họp 01 lần để đánh giá tiến độ, báo cáo về UBND xã./.

Nơi nhận:
- Đảng ủy, UBND xã (b/c);
- Chi bộ ấp Chợ;
- Các thành viên BPT ấp;
- Lưu.

TM. BAN PHÁT TRIỂN ẤP
TRƯỞNG BAN



Lâm Văn Út
"""
    tasks = [
        T(
            "Nạo vét, khai thông 850 m kênh nội đồng Bến Chùa",
            "Tổ Thủy lợi ấp",
            ["Chi hội Nông dân ấp", "Chi đoàn ấp"],
            "2024-05-31",
            official="Thạch Sa Rinh",
        ),
        T(
            "Trồng 1,2 km hàng rào cây xanh (dâm bụt, chè tàu) dọc tuyến đường trục ấp",
            "Chi hội Phụ nữ ấp",
            ["Các tổ nhân dân tự quản"],
            "2024-06-30",
            start="2024-04-15",
            official="Kim Thị Sà Phi",
        ),
        T(
            'Lắp đặt 25 bóng đèn năng lượng mặt trời công trình "Thắp sáng đường quê"',
            "Chi đoàn ấp",
            ["Đoàn Thanh niên xã", "Điện lực Duyên Hải"],
            "2024-09-30",
            official="Sơn Văn Tha",
        ),
        T(
            'Vận động 100% hộ đăng ký gia đình văn hóa và ký cam kết "Nhà sạch - Vườn đẹp"',
            "Ban Công tác Mặt trận ấp",
            ["các chi hội đoàn thể ấp"],
            "2024-12-31",
            official="Thạch Sa Rinh",
        ),
        T(
            "Hoàn chỉnh hồ sơ đề nghị xét công nhận ấp đạt chuẩn khu dân cư kiểu mẫu",
            "Trưởng ấp",
            ["Công chức Văn phòng - Thống kê xã"],
            "2024-11-15",
            official="Lâm Văn Út",
        ),
    ]
    h = header(
        "02",
        "KH-BPTA",
        "Long Hữu",
        "2024-04-08",
        "Xây dựng ấp Chợ đạt chuẩn khu dân cư kiểu mẫu năm 2024",
        "UBND XÃ LONG HỮU BAN PHÁT TRIỂN ẤP CHỢ",
        "TM. BAN PHÁT TRIỂN ẤP",
        "TRƯỞNG BAN",
        "Lâm Văn Út",
        ["Kế hoạch số 56/KH-UBND", "Biên bản ngày 02/4/2024"],
        4,
    )
    comment = """03 — village (ấp) development board, Mekong (Trà Vinh, 2024), .txt: the Word header table copied
out cell by cell (issuer, number, then motto, place-date, each on its own line), tasks as "N." blocks
with "- Phụ trách / Phối hợp / Thời gian / Người theo dõi" lines.
Decided: the task title drops its final "."; "Biên bản họp dân ấp Chợ ngày 02/4/2024" has no number →
"Biên bản ngày 02/4/2024"; official = the name without "ông/bà/anh" and the post; "Thường xuyên" →
2024-12-31. Section IV is not a task."""
    expected.write(OUT, "hold34_03_ap_cho_longhuu.txt", text, comment, h, tasks)


# ---------------------------------------------------------------------------
# 04 — Ban Thường trực UBMTTQ xã Vượng Lộc (Hà Tĩnh), 2024, .md
# First idea: Markdown headings with bullet lists. Written instead: a Markdown
# pipe table of the work (TT | Nội dung | Chủ trì | Phối hợp | Thời gian).
# ---------------------------------------------------------------------------
def file04():
    text = """ỦY BAN MTTQ VIỆT NAM
XÃ VƯỢNG LỘC
**BAN THƯỜNG TRỰC**

Số: 09/KH-MTTQ-BTT

*Vượng Lộc, ngày 06 tháng 5 năm 2024*

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

## KẾ HOẠCH
**Tổ chức thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới,
đô thị văn minh” năm 2024**

*Căn cứ Chương trình phối hợp số 02/CTrPH-MTTQ-UBND ngày 12/01/2024 giữa Ban Thường trực Ủy ban MTTQ Việt Nam xã và UBND xã Vượng Lộc;*

*Căn cứ Hướng dẫn số 15/HD-MTTQ-BTT ngày 20/3/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Can Lộc,*

Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế hoạch như sau:

### I. MỤC ĐÍCH, YÊU CẦU

- Phát huy vai trò chủ thể của Nhân dân, góp phần giữ vững xã đạt chuẩn nông thôn mới nâng cao.
- Các hoạt động thiết thực, tránh hình thức; gắn với phong trào thi đua của các tổ chức thành viên.

### II. NỘI DUNG VÀ PHÂN CÔNG

| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Tổ chức hội nghị triển khai Cuộc vận động năm 2024 tới Ban công tác Mặt trận các thôn | Ban Thường trực UBMTTQ xã | Các tổ chức chính trị - xã hội xã | Tháng 5/2024 |
| 2 | Vận động nhân dân hiến đất, góp công làm 2,5 km đường giao thông nội đồng | Ban công tác Mặt trận các thôn | Hội Nông dân xã; Hội Cựu chiến binh xã | Quý III/2024 |
| 3 | Phát động phong trào “Vườn mẫu, khu dân cư kiểu mẫu” (mỗi thôn ít nhất 05 vườn mẫu) | Hội Nông dân xã | Ban công tác Mặt trận các thôn | Từ 01/6 đến 30/10/2024 |
| 4 | Giám sát việc thực hiện các công trình xây dựng nông thôn mới có sự đóng góp của Nhân dân | Ban Giám sát đầu tư cộng đồng xã | Ban Thanh tra nhân dân xã | Thường xuyên |
| 5 | Hỗ trợ xây mới 03 nhà Đại đoàn kết cho hộ nghèo | Ban Thường trực UBMTTQ xã | Hội Chữ thập đỏ xã; các thôn Phú Thượng, Phú Trung | Trước ngày 30/9/2024 |
| 6 | Tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” gắn với bình xét khu dân cư văn hóa | Ban công tác Mặt trận các thôn | Đoàn Thanh niên xã; Hội LHPN xã | Trước 18/11/2024 |

### III. TỔ CHỨC THỰC HIỆN

Các tổ chức thành viên, Ban công tác Mặt trận các thôn căn cứ Kế hoạch triển khai thực hiện, báo cáo kết quả về Ban Thường trực trước ngày 10/12/2024 để tổng hợp./.

**Nơi nhận:**
- BTT UBMTTQ huyện (b/c);
- TT Đảng ủy, HĐND, UBND xã (b/c);
- Các tổ chức thành viên;
- Ban công tác Mặt trận các thôn;
- Lưu: VP.

**TM. BAN THƯỜNG TRỰC**
**CHỦ TỊCH**

*(đã ký)*

**Lê Văn Hùng**
"""
    tasks = [
        T(
            "Tổ chức hội nghị triển khai Cuộc vận động năm 2024 tới Ban công tác Mặt trận các thôn",
            "Ban Thường trực UBMTTQ xã",
            ["Các tổ chức chính trị - xã hội xã"],
            "2024-05-31",
        ),
        T(
            "Vận động nhân dân hiến đất, góp công làm 2,5 km đường giao thông nội đồng",
            "Ban công tác Mặt trận các thôn",
            ["Hội Nông dân xã", "Hội Cựu chiến binh xã"],
            "2024-09-30",
        ),
        T(
            "Phát động phong trào “Vườn mẫu, khu dân cư kiểu mẫu” (mỗi thôn ít nhất 05 vườn mẫu)",
            "Hội Nông dân xã",
            ["Ban công tác Mặt trận các thôn"],
            "2024-10-30",
            start="2024-06-01",
        ),
        T(
            "Giám sát việc thực hiện các công trình xây dựng nông thôn mới có sự đóng góp của Nhân dân",
            "Ban Giám sát đầu tư cộng đồng xã",
            ["Ban Thanh tra nhân dân xã"],
            "2024-12-31",
        ),
        T(
            "Hỗ trợ xây mới 03 nhà Đại đoàn kết cho hộ nghèo",
            "Ban Thường trực UBMTTQ xã",
            ["Hội Chữ thập đỏ xã", "các thôn Phú Thượng, Phú Trung"],
            "2024-09-30",
        ),
        T(
            "Tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” gắn với bình xét khu dân cư văn hóa",
            "Ban công tác Mặt trận các thôn",
            ["Đoàn Thanh niên xã", "Hội LHPN xã"],
            "2024-11-18",
        ),
    ]
    h = header(
        "09",
        "KH-MTTQ-BTT",
        "Vượng Lộc",
        "2024-05-06",
        "Tổ chức thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2024",
        "ỦY BAN MTTQ VIỆT NAM XÃ VƯỢNG LỘC BAN THƯỜNG TRỰC",
        "TM. BAN THƯỜNG TRỰC",
        "CHỦ TỊCH",
        "Lê Văn Hùng",
        ["Chương trình phối hợp số 02/CTrPH-MTTQ-UBND", "Hướng dẫn số 15/HD-MTTQ-BTT"],
        5,
    )
    comment = """04 — Front committee's standing board of a commune (Hà Tĩnh, 2024), .md: the issuer block, number
and place-date stacked before the motto; "## KẾ HOẠCH" then the bold title wrapped over two source
lines (joined by a space); tasks in a Markdown pipe table TT | Nội dung | Chủ trì | Phối hợp | Thời gian.
Decided: partners split on ";"; "các thôn Phú Thượng, Phú Trung" is one unit; "Từ 01/6 đến 30/10/2024"
→ start 2024-06-01, deadline 2024-10-30; task 4 is a supervision task of another board, so it is a task;
"(đã ký)" is not the signer. Section III (report before 10/12) is not a task."""
    expected.write(OUT, "hold34_04_mttq_vuongloc.md", text, comment, h, tasks)


# ---------------------------------------------------------------------------
# 05 — Sở Nông nghiệp và Môi trường tỉnh Gia Lai, after the reform, .xlsx
# First idea: a sheet holding only the task table. Written instead: the whole
# plan laid out in one sheet (merged header cells, bases, Roman group rows in
# the table, Nơi nhận and signature in the last rows).
# ---------------------------------------------------------------------------
def file05():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KH OCOP Q4-2025"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    widths = {"A": 6, "B": 52, "C": 28, "D": 32, "E": 18, "F": 20}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    def put(
        row,
        col,
        value,
        *,
        bold=False,
        italic=False,
        merge_to=None,
        center=True,
        border=False,
    ):
        cell = ws.cell(row=row, column=col, value=value)
        cell.font = Font(name="Times New Roman", size=12, bold=bold, italic=italic)
        cell.alignment = Alignment(
            horizontal="center" if center else "left", vertical="center", wrap_text=True
        )
        if merge_to:
            ws.merge_cells(
                start_row=row, start_column=col, end_row=row, end_column=merge_to
            )
        if border:
            for c in range(col, (merge_to or col) + 1):
                ws.cell(row=row, column=c).border = box

    put(1, 1, "UBND TỈNH GIA LAI", merge_to=2)
    put(1, 3, MOTTO[0], bold=True, merge_to=6)
    put(2, 1, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", bold=True, merge_to=2)
    put(2, 3, MOTTO[1], bold=True, merge_to=6)
    put(4, 1, "Số: 312/KH-SNNMT", merge_to=2)
    put(4, 3, "Gia Lai, ngày 15 tháng 9 năm 2025", italic=True, merge_to=6)
    put(6, 1, "KẾ HOẠCH", bold=True, merge_to=6)
    put(
        7,
        1,
        "Triển khai thực hiện Chương trình mỗi xã một sản phẩm (OCOP) gắn với xây dựng nông thôn mới",
        bold=True,
        merge_to=6,
    )
    put(8, 1, "trên địa bàn tỉnh Quý IV năm 2025", bold=True, merge_to=6)
    bases = [
        "Căn cứ Quyết định số 919/QĐ-TTg ngày 01/7/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021 - 2025;",
        "Căn cứ Kế hoạch số 48/KH-UBND ngày 28/8/2025 của UBND tỉnh về thực hiện các Chương trình mục tiêu quốc gia năm 2025 sau sắp xếp đơn vị hành chính;",
        "Căn cứ Thông báo ngày 05/9/2025 của UBND tỉnh về kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về Chương trình OCOP;",
        "Sở Nông nghiệp và Môi trường ban hành Kế hoạch triển khai như sau:",
    ]
    r = 10
    for b in bases:
        put(r, 1, b, italic=b.startswith("Căn cứ"), merge_to=6, center=False)
        ws.row_dimensions[r].height = 32
        r += 1
    r += 1
    put(r, 1, "I. MỤC TIÊU", bold=True, merge_to=6, center=False)
    put(
        r + 1,
        1,
        "Thống nhất quản lý, đánh giá, phân hạng sản phẩm OCOP của tỉnh sau hợp nhất; phấn đấu năm 2025 có thêm ít nhất 40 sản phẩm đạt 3 sao trở lên.",
        merge_to=6,
        center=False,
    )
    put(r + 3, 1, "II. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True, merge_to=6, center=False)
    r += 4
    head = [
        "TT",
        "Nội dung nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian hoàn thành",
        "Sản phẩm",
    ]
    for c, v in enumerate(head, 1):
        put(r, c, v, bold=True, border=True)
    ws.print_title_rows = f"{r}:{r}"
    r += 1
    table = [
        ("I", "CÔNG TÁC THAM MƯU, RÀ SOÁT", None, None, None, None),
        (
            "1",
            "Tham mưu UBND tỉnh ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP áp dụng thống nhất trên địa bàn tỉnh sau hợp nhất",
            "Chi cục Phát triển nông thôn",
            "Văn phòng Điều phối nông thôn mới tỉnh; Sở Công Thương",
            "Trước 15/10/2025",
            "Quyết định của UBND tỉnh",
        ),
        (
            "2",
            "Rà soát, thống kê sản phẩm OCOP hết hạn công nhận của tỉnh Bình Định (cũ) và tỉnh Gia Lai (cũ)",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "UBND các xã, phường",
            "Tháng 10/2025",
            "Báo cáo rà soát",
        ),
        ("II", "ĐÁNH GIÁ, PHÂN HẠNG VÀ HỖ TRỢ CHỦ THỂ", None, None, None, None),
        (
            "3",
            "Tổ chức Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 2 năm 2025",
            "Chi cục Phát triển nông thôn",
            "Sở Khoa học và Công nghệ, Sở Y tế, Sở Công Thương",
            "Quý IV/2025",
            "Quyết định công nhận",
        ),
        (
            "4",
            "Hỗ trợ 20 chủ thể hoàn thiện hồ sơ, bao bì, nhãn mác và truy xuất nguồn gốc sản phẩm",
            "Trung tâm Khuyến nông tỉnh",
            "UBND các xã có sản phẩm tham gia",
            "Từ tháng 10 đến tháng 12/2025",
            "20 bộ hồ sơ",
        ),
        (
            "5",
            "Thẩm định, hoàn thiện hồ sơ sản phẩm cà phê Chư Sê đề nghị Trung ương đánh giá 5 sao",
            "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Trước 30/11/2025",
            "Hồ sơ đề nghị",
        ),
        ("III", "XÚC TIẾN THƯƠNG MẠI", None, None, None, None),
        (
            "6",
            "Tổ chức Hội chợ OCOP và nông sản tỉnh Gia Lai năm 2025 tại phường Pleiku",
            "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
            "Sở Công Thương, Hiệp hội Doanh nghiệp tỉnh",
            "Tháng 12/2025",
            "Hội chợ",
        ),
        (
            "7",
            "Cập nhật sản phẩm OCOP lên sàn thương mại điện tử",
            "Văn phòng Sở",
            "Bưu điện tỉnh Gia Lai, Viettel Gia Lai",
            "Thường xuyên",
            "Gian hàng trực tuyến",
        ),
        (
            "8",
            "Báo cáo kết quả thực hiện về UBND tỉnh và Văn phòng Điều phối nông thôn mới Trung ương",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            "Các đơn vị thuộc Sở",
            "Trước 20/12/2025",
            "Báo cáo",
        ),
    ]
    for row in table:
        if row[2] is None:
            put(r, 1, row[0], bold=True, border=True)
            put(r, 2, row[1], bold=True, merge_to=6, center=False, border=True)
        else:
            for c, v in enumerate(row, 1):
                put(r, c, v, border=True, center=c in (1, 5))
        r += 1
    r += 1
    put(r, 1, "III. TỔ CHỨC THỰC HIỆN", bold=True, merge_to=6, center=False)
    put(
        r + 1,
        1,
        "Thủ trưởng các đơn vị thuộc Sở chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện nhiệm vụ được giao; Ban Giám đốc Sở kiểm tra, đôn đốc định kỳ hằng tháng./.",
        merge_to=6,
        center=False,
    )
    r += 3
    left = [
        "Nơi nhận:",
        "- UBND tỉnh (b/c);",
        "- VPĐP NTM Trung ương (b/c);",
        "- Giám đốc, các PGĐ Sở;",
        "- Sở Công Thương, Sở KH&CN, Sở Y tế;",
        "- UBND các xã, phường;",
        "- Lưu: VT, CCPTNT.",
    ]
    right = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Nguyễn Hữu Quế", ""]
    for i, (a, b) in enumerate(zip(left, right, strict=False)):
        put(r + i, 1, a, bold=(i == 0), italic=(i == 0), merge_to=2, center=False)
        put(r + i, 4, b, bold=bool(b), merge_to=6)
    tasks = [
        T(
            "Tham mưu UBND tỉnh ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP áp dụng thống nhất trên địa bàn tỉnh sau hợp nhất",
            "Chi cục Phát triển nông thôn",
            ["Văn phòng Điều phối nông thôn mới tỉnh", "Sở Công Thương"],
            "2025-10-15",
        ),
        T(
            "Rà soát, thống kê sản phẩm OCOP hết hạn công nhận của tỉnh Bình Định (cũ) và tỉnh Gia Lai (cũ)",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            ["UBND các xã, phường"],
            "2025-10-31",
        ),
        T(
            "Tổ chức Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 2 năm 2025",
            "Chi cục Phát triển nông thôn",
            ["Sở Khoa học và Công nghệ", "Sở Y tế", "Sở Công Thương"],
            "2025-12-31",
        ),
        T(
            "Hỗ trợ 20 chủ thể hoàn thiện hồ sơ, bao bì, nhãn mác và truy xuất nguồn gốc sản phẩm",
            "Trung tâm Khuyến nông tỉnh",
            ["UBND các xã có sản phẩm tham gia"],
            "2025-12-31",
            start="2025-10-01",
        ),
        T(
            "Thẩm định, hoàn thiện hồ sơ sản phẩm cà phê Chư Sê đề nghị Trung ương đánh giá 5 sao",
            "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
            ["Văn phòng Điều phối nông thôn mới tỉnh"],
            "2025-11-30",
        ),
        T(
            "Tổ chức Hội chợ OCOP và nông sản tỉnh Gia Lai năm 2025 tại phường Pleiku",
            "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
            ["Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh"],
            "2025-12-31",
        ),
        T(
            "Cập nhật sản phẩm OCOP lên sàn thương mại điện tử",
            "Văn phòng Sở",
            ["Bưu điện tỉnh Gia Lai", "Viettel Gia Lai"],
            "2025-12-31",
        ),
        T(
            "Báo cáo kết quả thực hiện về UBND tỉnh và Văn phòng Điều phối nông thôn mới Trung ương",
            "Văn phòng Điều phối nông thôn mới tỉnh",
            ["Các đơn vị thuộc Sở"],
            "2025-12-20",
        ),
    ]
    h = header(
        "312",
        "KH-SNNMT",
        "Gia Lai",
        "2025-09-15",
        "Triển khai thực hiện Chương trình mỗi xã một sản phẩm (OCOP) gắn với xây dựng nông thôn mới trên địa bàn tỉnh Quý IV năm 2025",
        "UBND TỈNH GIA LAI SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Hữu Quế",
        [
            "Quyết định số 919/QĐ-TTg",
            "Kế hoạch số 48/KH-UBND",
            "Thông báo ngày 05/9/2025",
        ],
        6,
    )
    comment = """05 — provincial department (Sở Nông nghiệp và Môi trường Gia Lai, after the 2025 merger), .xlsx:
the whole plan in one sheet, header in merged cells (issuer A:B, motto C:F), title over two merged
rows, bases one a row, a ruled table TT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời
gian hoàn thành | Sản phẩm with Roman group rows (I, II, III: not tasks), Nơi nhận (col A) beside the
signature (col D) in the last rows.
Decided: partners split on ";" and ","; "UBND các xã, phường" is one unit; "Quý IV/2025" and
"Thường xuyên" → 2025-12-31; "Từ tháng 10 đến tháng 12/2025" → start 2025-10-01; the "Sản phẩm"
column is not part of the title; "Thông báo ngày 05/9/2025" (no number). Section III (Ban Giám đốc
kiểm tra) is not a task."""
    expected.write(
        OUT, "hold34_05_so_nnmt_gialai_ocop.xlsx", save(wb), comment, h, tasks
    )


# ---------------------------------------------------------------------------
# 06 — BCĐ các CTMTQG huyện Cao Lộc (Lạng Sơn), 2024, .pdf
# First idea: one task table. Written instead: section III "Phân công nhiệm vụ"
# headed by each body ("1. Phòng …:") with "- " duties under it, the deadline
# or partners inside the sentence.
# ---------------------------------------------------------------------------
def file06():
    doc = Document()
    a4(doc)
    head_2x2(
        doc,
        ["UBND HUYỆN CAO LỘC", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH", "MỤC TIÊU QUỐC GIA"],
        [*MOTTO],
        ["Số: 07/KH-BCĐ"],
        ["Cao Lộc, ngày 22 tháng 02 năm 2024"],
    )
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
        bold=True,
        center=True,
    )
    para(doc, "trên địa bàn huyện Cao Lộc năm 2024", bold=True, center=True)
    para(
        doc,
        "Căn cứ Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 21/KH-UBND ngày 30/01/2024 của UBND tỉnh Lạng Sơn thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024,",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện ban hành Kế hoạch thực hiện năm 2024 như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Phấn đấu năm 2024 có thêm 02 xã đạt chuẩn nông thôn mới (Hợp Thành, Thạch Đạn), 01 xã đạt chuẩn nông thôn mới nâng cao; bình quân toàn huyện đạt 15,2 tiêu chí/xã.",
        indent=1,
    )
    para(doc, "II. NGUỒN LỰC", bold=True)
    para(
        doc,
        "Vốn ngân sách trung ương, tỉnh, huyện; vốn lồng ghép; vốn tín dụng và huy động đóng góp của doanh nghiệp, cộng đồng dân cư.",
        indent=1,
    )
    para(doc, "III. PHÂN CÔNG NHIỆM VỤ", bold=True)
    blocks = [
        (
            "1. Phòng Nông nghiệp và Phát triển nông thôn (cơ quan thường trực)",
            [
                "- Chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tham mưu phân bổ chi tiết vốn sự nghiệp thực hiện Chương trình năm 2024 cho các xã; hoàn thành trước ngày 15/3/2024.",
                "- Hướng dẫn các xã Hợp Thành, Thạch Đạn hoàn thiện hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới, phối hợp với UBND các xã Hợp Thành, Thạch Đạn; thời gian: Quý III/2024.",
            ],
        ),
        (
            "2. Phòng Tài nguyên và Môi trường",
            [
                "- Hướng dẫn các xã thực hiện tiêu chí số 17 về môi trường, trọng tâm là thu gom, xử lý chất thải rắn sinh hoạt; thực hiện thường xuyên.",
            ],
        ),
        (
            "3. Phòng Văn hóa và Thông tin",
            [
                "- Hướng dẫn xây dựng, công nhận thôn, khu dân cư văn hóa và cập nhật kết quả tiêu chí số 16 về văn hóa; hoàn thành trong tháng 11/2024.",
            ],
        ),
        (
            "4. Phòng Kinh tế và Hạ tầng",
            [
                "- Chủ trì, phối hợp với Phòng Tài chính - Kế hoạch, UBND các xã thẩm định hồ sơ các công trình giao thông nông thôn đề nghị hỗ trợ xi măng năm 2024; hoàn thành trước ngày 30/4/2024.",
            ],
        ),
        (
            "5. Đề nghị Ủy ban MTTQ Việt Nam huyện",
            [
                "- Chủ trì, phối hợp với các tổ chức chính trị - xã hội huyện triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2024; thời gian: cả năm 2024.",
            ],
        ),
        (
            "6. UBND các xã",
            [
                "- Xây dựng kế hoạch thực hiện Chương trình năm 2024 của xã, gửi về Văn phòng Điều phối nông thôn mới huyện trước ngày 10/3/2024.",
            ],
        ),
    ]
    for head, lines in blocks:
        para(doc, head, bold=True, indent=1)
        for line in lines:
            para(doc, line, indent=1)
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các thành viên Ban Chỉ đạo huyện theo địa bàn được phân công thường xuyên kiểm tra, đôn đốc các xã; định kỳ hằng quý báo cáo Trưởng Ban Chỉ đạo (qua Văn phòng Điều phối nông thôn mới huyện)./.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- BCĐ các CTMTQG tỉnh (b/c);",
            "- VPĐP NTM tỉnh (b/c);",
            "- TT Huyện ủy, HĐND huyện (b/c);",
            "- Chủ tịch, các PCT UBND huyện;",
            "- Thành viên BCĐ huyện;",
            "- UBND các xã;",
            "- Lưu: VT, VPĐP.",
        ],
        ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "", "", "Lương Văn Thắng"],
    )
    tasks = [
        T(
            "Tham mưu phân bổ chi tiết vốn sự nghiệp thực hiện Chương trình năm 2024 cho các xã",
            "Phòng Nông nghiệp và Phát triển nông thôn",
            ["Phòng Tài chính - Kế hoạch"],
            "2024-03-15",
        ),
        T(
            "Hướng dẫn các xã Hợp Thành, Thạch Đạn hoàn thiện hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới",
            "Phòng Nông nghiệp và Phát triển nông thôn",
            ["UBND các xã Hợp Thành, Thạch Đạn"],
            "2024-09-30",
        ),
        T(
            "Hướng dẫn các xã thực hiện tiêu chí số 17 về môi trường, trọng tâm là thu gom, xử lý chất thải rắn sinh hoạt",
            "Phòng Tài nguyên và Môi trường",
            [],
            "2024-12-31",
        ),
        T(
            "Hướng dẫn xây dựng, công nhận thôn, khu dân cư văn hóa và cập nhật kết quả tiêu chí số 16 về văn hóa",
            "Phòng Văn hóa và Thông tin",
            [],
            "2024-11-30",
        ),
        T(
            "Thẩm định hồ sơ các công trình giao thông nông thôn đề nghị hỗ trợ xi măng năm 2024",
            "Phòng Kinh tế và Hạ tầng",
            ["Phòng Tài chính - Kế hoạch", "UBND các xã"],
            "2024-04-30",
        ),
        T(
            "Triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2024",
            "Ủy ban MTTQ Việt Nam huyện",
            ["các tổ chức chính trị - xã hội huyện"],
            "2024-12-31",
        ),
        T(
            "Xây dựng kế hoạch thực hiện Chương trình năm 2024 của xã, gửi về Văn phòng Điều phối nông thôn mới huyện",
            "UBND các xã",
            [],
            "2024-03-10",
        ),
    ]
    h = header(
        "07",
        "KH-BCĐ",
        "Cao Lộc",
        "2024-02-22",
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện Cao Lộc năm 2024",
        "UBND HUYỆN CAO LỘC BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA",
        "KT. TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN",
        "Lương Văn Thắng",
        ["Quyết định số 263/QĐ-TTg", "Kế hoạch số 21/KH-UBND"],
        7,
    )
    comment = """06 — district steering committee (Lạng Sơn, pre-reform 2024), .pdf (LibreOffice from .docx): section
III "PHÂN CÔNG NHIỆM VỤ" with one bold heading per body ("1. Phòng …", "5. Đề nghị Ủy ban MTTQ Việt Nam
huyện", "6. UBND các xã") and "- " duties under it; partners and deadline inside each sentence
("Chủ trì, phối hợp với X …; hoàn thành trước ngày …", "…, phối hợp với X; thời gian: …").
Decided: the lead is the heading without its number, "(cơ quan thường trực)" or "Đề nghị"; "Chủ trì,
phối hợp với …" is dropped from the title; "UBND các xã Hợp Thành, Thạch Đạn" is one unit; "Phòng Tài
chính - Kế hoạch, UBND các xã" two; "thực hiện thường xuyên" and "cả năm 2024" → 2024-12-31; "trong
tháng 11/2024" → 2024-11-30. Section IV (members of the BCĐ kiểm tra) is the signer's monitoring."""
    expected.write(
        OUT, "hold34_06_bcd_caoloc.pdf", saved_as(save(doc), "pdf"), comment, h, tasks
    )


# ---------------------------------------------------------------------------
# 07 — HTX Nông nghiệp Mỹ Xương (Đồng Tháp, after the reform), draft, .docx
# First idea: tasks with labelled lines. Written instead: "Nhiệm vụ N." bold
# headings, each followed by one assignment paragraph "Giao … phụ trách; …
# thực hiện, phối hợp …. Hoàn thành …" — a draft with blank number and day.
# ---------------------------------------------------------------------------
def file07():
    doc = Document()
    a4(doc)
    para(doc, "DỰ THẢO", bold=True)
    side_by_side(
        doc,
        ["HỢP TÁC XÃ NÔNG NGHIỆP", "MỸ XƯƠNG", "", "Số:       /KH-HTX"],
        [*MOTTO, "", "Mỹ Thọ, ngày      tháng 10 năm 2025"],
    )
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Sản xuất lúa chất lượng cao, giảm phát thải gắn với xây dựng nông thôn mới",
        bold=True,
        center=True,
    )
    para(doc, "vụ Đông Xuân 2025 - 2026", bold=True, center=True)
    para(
        doc,
        "Căn cứ Nghị quyết Đại hội thành viên thường niên ngày 28/3/2025 của Hợp tác xã Nông nghiệp Mỹ Xương;",
        indent=1,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 112/KH-UBND ngày 19/9/2025 của UBND xã Mỹ Thọ về sản xuất nông nghiệp vụ Đông Xuân 2025 - 2026;",
        indent=1,
    )
    para(doc, "Hội đồng quản trị Hợp tác xã xây dựng kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Tổ chức sản xuất 420 ha lúa theo quy trình canh tác bền vững; giá thành giảm 8 - 10%; lợi nhuận thành viên tăng 15% so với vụ trước; góp phần giữ vững tiêu chí 13 về tổ chức sản xuất của xã.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    items = [
        (
            "Nhiệm vụ 1. Ký hợp đồng bao tiêu lúa với doanh nghiệp cho 420 ha vùng nguyên liệu.",
            "Giao Giám đốc Lê Văn Hiếu trực tiếp phụ trách; Bộ phận Kế hoạch - Kinh doanh thực hiện, phối hợp Công ty TNHH Lương thực Tân Hồng, UBND xã Mỹ Thọ. Hoàn thành trước ngày 31/10/2025.",
        ),
        (
            "Nhiệm vụ 2. Cung ứng giống xác nhận và phân bón theo quy trình “1 phải 5 giảm”.",
            "Giao Phó Giám đốc Trần Thanh Phong phụ trách; Tổ Dịch vụ vật tư thực hiện, phối hợp Trạm Trồng trọt và Bảo vệ thực vật. Thời gian: từ 01/11/2025 đến 30/11/2025.",
        ),
        (
            "Nhiệm vụ 3. Áp dụng kỹ thuật tưới ngập khô xen kẽ trên 150 ha tham gia Đề án 1 triệu ha lúa chất lượng cao, phát thải thấp.",
            "Giao Phó Giám đốc Trần Thanh Phong phụ trách; Tổ Dịch vụ bơm tưới thực hiện, phối hợp Trung tâm Khuyến nông tỉnh Đồng Tháp, Viện Lúa Đồng bằng sông Cửu Long. Hoàn thành trong tháng 3/2026.",
        ),
        (
            "Nhiệm vụ 4. Thu gom rơm rạ, vỏ bao bì thuốc bảo vệ thực vật đúng nơi quy định.",
            "Giao thành viên Ban Kiểm soát Phạm Thị Diễm phụ trách; Tổ Dịch vụ cơ giới thực hiện, phối hợp Hội Nông dân xã Mỹ Thọ, Đoàn Thanh niên xã Mỹ Thọ. Thời gian: thường xuyên.",
        ),
        (
            "Nhiệm vụ 5. Hoàn thiện hồ sơ nâng hạng sản phẩm gạo Mỹ Xương lên OCOP 4 sao.",
            "Giao Giám đốc Lê Văn Hiếu trực tiếp phụ trách; Bộ phận Kế hoạch - Kinh doanh thực hiện, phối hợp Phòng Kinh tế xã Mỹ Thọ. Thời gian: Quý I/2026.",
        ),
    ]
    for head, body in items:
        para(doc, head, bold=True, indent=1)
        para(doc, body, indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Hội đồng quản trị theo dõi, đánh giá tiến độ tại cuộc họp giao ban hằng tháng; các bộ phận, tổ dịch vụ báo cáo kết quả trước ngày 25 hằng tháng./.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- UBND xã Mỹ Thọ (b/c);",
            "- Thành viên HĐQT, BKS;",
            "- Các tổ dịch vụ;",
            "- Lưu: VT.",
        ],
        ["TM. HỘI ĐỒNG QUẢN TRỊ", "CHỦ TỊCH", "", "", "", "Lê Văn Hiếu"],
    )
    tasks = [
        T(
            "Ký hợp đồng bao tiêu lúa với doanh nghiệp cho 420 ha vùng nguyên liệu",
            "Bộ phận Kế hoạch - Kinh doanh",
            ["Công ty TNHH Lương thực Tân Hồng", "UBND xã Mỹ Thọ"],
            "2025-10-31",
            official="Lê Văn Hiếu",
        ),
        T(
            "Cung ứng giống xác nhận và phân bón theo quy trình “1 phải 5 giảm”",
            "Tổ Dịch vụ vật tư",
            ["Trạm Trồng trọt và Bảo vệ thực vật"],
            "2025-11-30",
            start="2025-11-01",
            official="Trần Thanh Phong",
        ),
        T(
            "Áp dụng kỹ thuật tưới ngập khô xen kẽ trên 150 ha tham gia Đề án 1 triệu ha lúa chất lượng cao, phát thải thấp",
            "Tổ Dịch vụ bơm tưới",
            [
                "Trung tâm Khuyến nông tỉnh Đồng Tháp",
                "Viện Lúa Đồng bằng sông Cửu Long",
            ],
            "2026-03-31",
            official="Trần Thanh Phong",
        ),
        T(
            "Thu gom rơm rạ, vỏ bao bì thuốc bảo vệ thực vật đúng nơi quy định",
            "Tổ Dịch vụ cơ giới",
            ["Hội Nông dân xã Mỹ Thọ", "Đoàn Thanh niên xã Mỹ Thọ"],
            "2025-12-31",
            official="Phạm Thị Diễm",
        ),
        T(
            "Hoàn thiện hồ sơ nâng hạng sản phẩm gạo Mỹ Xương lên OCOP 4 sao",
            "Bộ phận Kế hoạch - Kinh doanh",
            ["Phòng Kinh tế xã Mỹ Thọ"],
            "2026-03-31",
            official="Lê Văn Hiếu",
        ),
    ]
    h = header(
        "",
        "KH-HTX",
        "Mỹ Thọ",
        "2025-10",
        "Sản xuất lúa chất lượng cao, giảm phát thải gắn với xây dựng nông thôn mới vụ Đông Xuân 2025 - 2026",
        "HỢP TÁC XÃ NÔNG NGHIỆP MỸ XƯƠNG",
        "TM. HỘI ĐỒNG QUẢN TRỊ",
        "CHỦ TỊCH",
        "Lê Văn Hiếu",
        ["Nghị quyết ngày 28/3/2025", "Kế hoạch số 112/KH-UBND"],
        4,
    )
    comment = """07 — agricultural cooperative (Đồng Tháp, after the reform), DRAFT, .docx: "DỰ THẢO" above a
side-by-side header (issuer two lines, blank line, "Số:       /KH-HTX" | motto, blank, "Mỹ Thọ, ngày
   tháng 10 năm 2025"), tasks as bold "Nhiệm vụ N. <work>." headings each followed by one assignment
paragraph "Giao <post> <Name> phụ trách; <unit> thực hiện, phối hợp <partners>. <time>".
Decided: the lead is the unit that "thực hiện" (not the person); official = the person's name without
the post; draft → number "", date "2025-10"; "Nghị quyết Đại hội thành viên … ngày 28/3/2025" has no
number → "Nghị quyết ngày 28/3/2025"; "thường xuyên" → 2025-12-31 (plan year = year of issue);
"trong tháng 3/2026" → 2026-03-31. Section III (HĐQT theo dõi) is not a task."""
    expected.write(
        OUT, "hold34_07_htx_myxuong_duthao.docx", save(doc), comment, h, tasks
    )


# ---------------------------------------------------------------------------
# 08 — UBND phường Yên Thắng (Ninh Bình, after the reform), .docx
# First idea: tasks in the body. Written instead: a short body and a landscape
# appendix "Phụ lục" whose table has a two-level "Thời gian thực hiện" header
# (Bắt đầu | Hoàn thành) and a "Lãnh đạo phụ trách" column.
# ---------------------------------------------------------------------------
def file08():
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    doc = Document()
    a4(doc)
    head_2x2(
        doc,
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG YÊN THẮNG", "_______"],
        [*MOTTO, "_____________________"],
        ["Số: 86/KH-UBND"],
        ["Yên Thắng, ngày 06 tháng 10 năm 2025"],
    )
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Duy trì, nâng cao chất lượng các tiêu chí nông thôn mới tại khu vực nông thôn",
        bold=True,
        center=True,
    )
    para(
        doc,
        "trên địa bàn phường sau sắp xếp đơn vị hành chính, giai đoạn 2025 - 2026",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Căn cứ Quyết định số 51/2025/QĐ-TTg của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030;",
        italic=True,
        indent=1,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 215/KH-UBND ngày 12/9/2025 của UBND tỉnh Ninh Bình về xây dựng nông thôn mới sau sắp xếp đơn vị hành chính;",
        italic=True,
        indent=1,
    )
    para(doc, "Ủy ban nhân dân phường Yên Thắng ban hành Kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Giữ vững kết quả nông thôn mới đã đạt của các xã Yên Thắng, Yên Hòa, Yên Thành (cũ) trước khi sắp xếp; không để tiêu chí nào bị sụt giảm tại các thôn còn sản xuất nông nghiệp.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ", bold=True)
    para(
        doc,
        "Các nhiệm vụ, đơn vị thực hiện và thời gian cụ thể tại Phụ lục kèm theo Kế hoạch này.",
        indent=1,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Giao Văn phòng HĐND và UBND phường là đầu mối theo dõi, tổng hợp; định kỳ hằng quý báo cáo Chủ tịch UBND phường. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về UBND phường (qua Phòng Kinh tế, Hạ tầng và Đô thị) để xem xét, giải quyết./.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- UBND tỉnh (b/c);",
            "- Sở Nông nghiệp và Môi trường (b/c);",
            "- TT Đảng ủy, HĐND phường;",
            "- Chủ tịch, các PCT UBND phường;",
            "- Các phòng, đơn vị thuộc UBND phường;",
            "- Lưu: VT, KT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Trịnh Quang Minh"],
    )
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    para(doc, "Phụ lục", bold=True, center=True)
    para(
        doc,
        "DANH MỤC NHIỆM VỤ DUY TRÌ, NÂNG CAO CHẤT LƯỢNG TIÊU CHÍ NÔNG THÔN MỚI",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Kèm theo Kế hoạch số 86/KH-UBND ngày 06/10/2025 của UBND phường Yên Thắng)",
        italic=True,
        center=True,
    )
    rows = [
        (
            "Rà soát hiện trạng các tiêu chí nông thôn mới của 03 xã (cũ) trước sắp xếp, xác định tiêu chí có nguy cơ sụt giảm",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Các tổ dân phố, thôn",
            "01/10/2025",
            "31/10/2025",
            "Đ/c Đinh Văn Hưng, PCT UBND phường",
        ),
        (
            "Chỉnh trang 4,6 km rãnh thoát nước tại các thôn Yên Lâm, Yên Phú, Đông Sơn",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Trung tâm Dịch vụ tổng hợp phường",
            "15/10/2025",
            "Quý I/2026",
            "Đ/c Đinh Văn Hưng, PCT UBND phường",
        ),
        (
            "Duy trì thu gom, xử lý rác thải sinh hoạt tại các thôn, bảo đảm tiêu chí môi trường",
            "Trung tâm Dịch vụ tổng hợp phường",
            "Hội Liên hiệp Phụ nữ phường; các thôn",
            "01/11/2025",
            "30/6/2026",
            "Đ/c Đinh Văn Hưng, PCT UBND phường",
        ),
        (
            "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo đa chiều khu vực nông thôn",
            "Phòng Văn hóa - Xã hội",
            "Ủy ban MTTQ Việt Nam phường; Trạm Y tế phường",
            "01/11/2025",
            "15/12/2025",
            "Đ/c Lã Thị Thu Hà, PCT UBND phường",
        ),
        (
            "Hỗ trợ các hợp tác xã xây dựng chuỗi liên kết tiêu thụ dứa, gạo hữu cơ",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "HTX Nông nghiệp Yên Thắng; HTX Dịch vụ nông nghiệp Yên Sơn",
            "Tháng 11/2025",
            "Tháng 6/2026",
            "Đ/c Đinh Văn Hưng, PCT UBND phường",
        ),
        (
            "Tuyên truyền Bộ tiêu chí quốc gia về nông thôn mới giai đoạn 2026 - 2030 đến Nhân dân khu vực nông thôn",
            "Phòng Văn hóa - Xã hội",
            "Ủy ban MTTQ Việt Nam phường",
            "Quý IV/2025",
            "Năm 2026",
            "Đ/c Lã Thị Thu Hà, PCT UBND phường",
        ),
        (
            "Tổng hợp hồ sơ đánh giá lại mức độ đạt tiêu chí nông thôn mới khu vực nông thôn của phường theo Bộ tiêu chí giai đoạn 2026 - 2030",
            "Văn phòng HĐND và UBND phường",
            "Các phòng chuyên môn thuộc UBND phường",
            "01/3/2026",
            "30/6/2026",
            "Đ/c Trịnh Quang Minh, Chủ tịch UBND phường",
        ),
    ]
    t = doc.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    top = [
        "TT",
        "Nhiệm vụ",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời gian thực hiện",
        "",
        "Lãnh đạo phụ trách",
        "Ghi chú",
    ]
    for i, v in enumerate(top):
        if v:
            fill(t.cell(0, i), v, size=11, bold=True, center=True)
    fill(t.cell(1, 4), "Bắt đầu", size=11, bold=True, center=True)
    fill(t.cell(1, 5), "Hoàn thành", size=11, bold=True, center=True)
    for i in (0, 1, 2, 3, 6, 7):
        t.cell(0, i).merge(t.cell(1, i))
    t.cell(0, 4).merge(t.cell(0, 5))
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for n, row in enumerate(rows, 1):
        cells = t.add_row().cells
        for i, v in enumerate([str(n), *row, ""]):
            fill(cells[i], v, size=11, center=i in (0, 4, 5))
    fixed_widths(t, [1.0, 7.5, 3.6, 4.2, 2.3, 2.3, 3.5, 1.3])
    tasks = [
        T(
            rows[0][0],
            rows[0][1],
            ["Các tổ dân phố, thôn"],
            "2025-10-31",
            start="2025-10-01",
            official="Đinh Văn Hưng",
        ),
        T(
            rows[1][0],
            rows[1][1],
            ["Trung tâm Dịch vụ tổng hợp phường"],
            "2026-03-31",
            start="2025-10-15",
            official="Đinh Văn Hưng",
        ),
        T(
            rows[2][0],
            rows[2][1],
            ["Hội Liên hiệp Phụ nữ phường", "các thôn"],
            "2026-06-30",
            start="2025-11-01",
            official="Đinh Văn Hưng",
        ),
        T(
            rows[3][0],
            rows[3][1],
            ["Ủy ban MTTQ Việt Nam phường", "Trạm Y tế phường"],
            "2025-12-15",
            start="2025-11-01",
            official="Lã Thị Thu Hà",
        ),
        T(
            rows[4][0],
            rows[4][1],
            ["HTX Nông nghiệp Yên Thắng", "HTX Dịch vụ nông nghiệp Yên Sơn"],
            "2026-06-30",
            start="2025-11-01",
            official="Đinh Văn Hưng",
        ),
        T(
            rows[5][0],
            rows[5][1],
            ["Ủy ban MTTQ Việt Nam phường"],
            "2026-12-31",
            start="2025-10-01",
            official="Lã Thị Thu Hà",
        ),
        T(
            rows[6][0],
            rows[6][1],
            ["Các phòng chuyên môn thuộc UBND phường"],
            "2026-06-30",
            start="2026-03-01",
            official="Trịnh Quang Minh",
        ),
    ]
    h = header(
        "86",
        "KH-UBND",
        "Yên Thắng",
        "2025-10-06",
        "Duy trì, nâng cao chất lượng các tiêu chí nông thôn mới tại khu vực nông thôn trên địa bàn phường sau sắp xếp đơn vị hành chính, giai đoạn 2025 - 2026",
        "ỦY BAN NHÂN DÂN PHƯỜNG YÊN THẮNG",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Trịnh Quang Minh",
        ["Quyết định số 51/2025/QĐ-TTg", "Kế hoạch số 215/KH-UBND"],
        6,
    )
    comment = """08 — ward (phường) People's Committee after the 2025 reform (Ninh Bình; no district line above the
issuer), .docx: short body referring to "Phụ lục kèm theo", then a landscape section with "Phụ lục" and a
ruled table with a two-row header (merged cells; "Thời gian thực hiện" over "Bắt đầu | Hoàn thành"), a
"Lãnh đạo phụ trách" column and an empty "Ghi chú" column.
Decided: start from "Bắt đầu" ("Tháng 11/2025" → 2025-11-01, "Quý IV/2025" → 2025-10-01), deadline
from "Hoàn thành" ("Quý I/2026" → 2026-03-31, "Năm 2026" → 2026-12-31); official = name before the
comma; partners split on ";". The first basis has a number but no date. Section III (Văn phòng theo
dõi, tổng hợp for the UBND) is the signer's monitoring: not a task."""
    expected.write(
        OUT, "hold34_08_phuong_yenthang_phuluc.docx", save(doc), comment, h, tasks
    )


# ---------------------------------------------------------------------------
# 09 — Ban Thường vụ Hội LHPN huyện Quỳnh Lưu (Nghệ An), 2024, .odt
# First idea: a task table. Written instead: tasks as "- " paragraphs each
# closed by a parenthesis "(<lead> chủ trì; phối hợp: …; thời gian: …)".
# ---------------------------------------------------------------------------
def file09():
    doc = Document()
    a4(doc)
    head_2x2(
        doc,
        ["HỘI LHPN TỈNH NGHỆ AN", "BAN THƯỜNG VỤ", "HỘI LHPN HUYỆN QUỲNH LƯU", "***"],
        [*MOTTO],
        ["Số: 24/KH-BTV"],
        ["Quỳnh Lưu, ngày 02 tháng 4 năm 2024"],
    )
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Thực hiện Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”",
        bold=True,
        center=True,
    )
    para(doc, "góp phần xây dựng nông thôn mới năm 2024", bold=True, center=True)
    para(
        doc,
        "Căn cứ Hướng dẫn số 12/HD-HPN ngày 05/3/2024 của Ban Thường vụ Hội LHPN tỉnh Nghệ An;",
        indent=1,
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 58/KH-UBND ngày 20/02/2024 của UBND huyện Quỳnh Lưu về thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2024;",
        indent=1,
    )
    para(
        doc,
        "Ban Thường vụ Hội LHPN huyện xây dựng Kế hoạch thực hiện như sau:",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Nâng cao vai trò của tổ chức Hội trong xây dựng nông thôn mới; phấn đấu 85% hộ gia đình hội viên đạt tiêu chí “5 không, 3 sạch”.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ TRỌNG TÂM", bold=True)
    for text in [
        "- Tổ chức tập huấn kỹ năng phân loại rác thải tại nguồn cho 100% chi hội trưởng phụ nữ (Ban Gia đình - Xã hội chủ trì; phối hợp: Trung tâm Văn hóa - Thể thao và Truyền thông huyện; thời gian: tháng 5/2024).",
        "- Xây dựng mỗi xã ít nhất 01 mô hình “Tuyến đường hoa phụ nữ tự quản” (Hội LHPN các xã, thị trấn chủ trì; phối hợp: UBND các xã, thị trấn; thời gian: Quý III/2024).",
        "- Hỗ trợ 30 hội viên phụ nữ nghèo vay vốn phát triển sinh kế qua kênh Ngân hàng Chính sách xã hội (Ban Gia đình - Xã hội chủ trì; phối hợp: Phòng Giao dịch Ngân hàng Chính sách xã hội huyện; thời gian: trước ngày 30/9/2024).",
        "- Tuyên truyền, vận động hội viên tham gia giám sát an toàn thực phẩm tại các chợ nông thôn (Ban Tuyên giáo - Chính sách Luật pháp chủ trì; phối hợp: Phòng Y tế huyện, Hội LHPN các xã; thời gian: thường xuyên).",
        "- Sơ kết 6 tháng, tổng kết năm thực hiện Cuộc vận động, đề xuất khen thưởng tập thể, cá nhân tiêu biểu (Văn phòng Hội chủ trì; thời gian: tháng 6 và tháng 12/2024).",
    ]:
        para(doc, text, indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đồng chí Ủy viên Ban Thường vụ phụ trách cụm theo dõi, kiểm tra, hướng dẫn cơ sở; Hội LHPN các xã, thị trấn báo cáo kết quả về Hội LHPN huyện (qua Văn phòng) theo định kỳ 6 tháng, năm./.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- TT Hội LHPN tỉnh (b/c);",
            "- TT Huyện ủy (b/c);",
            "- UBND huyện;",
            "- Hội LHPN các xã, thị trấn;",
            "- Lưu: VP.",
        ],
        ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Hồ Thị Thanh Tâm"],
    )
    tasks = [
        T(
            "Tổ chức tập huấn kỹ năng phân loại rác thải tại nguồn cho 100% chi hội trưởng phụ nữ",
            "Ban Gia đình - Xã hội",
            ["Trung tâm Văn hóa - Thể thao và Truyền thông huyện"],
            "2024-05-31",
        ),
        T(
            "Xây dựng mỗi xã ít nhất 01 mô hình “Tuyến đường hoa phụ nữ tự quản”",
            "Hội LHPN các xã, thị trấn",
            ["UBND các xã, thị trấn"],
            "2024-09-30",
        ),
        T(
            "Hỗ trợ 30 hội viên phụ nữ nghèo vay vốn phát triển sinh kế qua kênh Ngân hàng Chính sách xã hội",
            "Ban Gia đình - Xã hội",
            ["Phòng Giao dịch Ngân hàng Chính sách xã hội huyện"],
            "2024-09-30",
        ),
        T(
            "Tuyên truyền, vận động hội viên tham gia giám sát an toàn thực phẩm tại các chợ nông thôn",
            "Ban Tuyên giáo - Chính sách Luật pháp",
            ["Phòng Y tế huyện", "Hội LHPN các xã"],
            "2024-12-31",
        ),
        T(
            "Sơ kết 6 tháng, tổng kết năm thực hiện Cuộc vận động, đề xuất khen thưởng tập thể, cá nhân tiêu biểu",
            "Văn phòng Hội",
            [],
            "2024-12-31",
        ),
    ]
    h = header(
        "24",
        "KH-BTV",
        "Quỳnh Lưu",
        "2024-04-02",
        "Thực hiện Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch” góp phần xây dựng nông thôn mới năm 2024",
        "HỘI LHPN TỈNH NGHỆ AN BAN THƯỜNG VỤ HỘI LHPN HUYỆN QUỲNH LƯU",
        "TM. BAN THƯỜNG VỤ",
        "CHỦ TỊCH",
        "Hồ Thị Thanh Tâm",
        ["Hướng dẫn số 12/HD-HPN", "Kế hoạch số 58/KH-UBND"],
        5,
    )
    comment = """09 — district Women's Union standing board (Nghệ An, pre-reform 2024), .odt (LibreOffice from .docx):
2x2 header with a three-line issuer over "***", tasks as "- " paragraphs each ending with a parenthesis
"(<lead> chủ trì; phối hợp: <partners>; thời gian: <time>)".
Decided: "UBND các xã, thị trấn" is one unit; "Phòng Y tế huyện, Hội LHPN các xã" two; "thường xuyên" →
2024-12-31; "tháng 6 và tháng 12/2024" → the last, 2024-12-31, no start; "***" is not part of the
issuer. Section III (Ủy viên BTV theo dõi, kiểm tra; report every 6 months) is not a task."""
    expected.write(
        OUT,
        "hold34_09_hoi_phunu_quynhluu.odt",
        saved_as(save(doc), "odt"),
        comment,
        h,
        tasks,
    )


# ---------------------------------------------------------------------------
# 10 — Trạm Y tế xã Hòa Phú (Đà Nẵng, pre-reform Feb 2025), .doc
# First idea: a plain numbered list. Written instead: a table grouped by
# indicator (merged group rows "a) Chỉ tiêu …") with a "Người phụ trách"
# column; the station head signs without TM./KT.
# ---------------------------------------------------------------------------
def file10():
    doc = Document()
    a4(doc)
    head_2x2(
        doc,
        ["UBND XÃ HÒA PHÚ", "TRẠM Y TẾ"],
        [*MOTTO],
        ["Số: 05/KH-TYT"],
        ["Hòa Phú, ngày 20 tháng 02 năm 2025"],
    )
    para(doc, "")
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Thực hiện tiêu chí số 15 về Y tế, góp phần giữ vững xã đạt chuẩn nông thôn mới năm 2025",
        bold=True,
        center=True,
    )
    para(
        doc,
        "Căn cứ Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025;",
        indent=1,
    )
    para(
        doc,
        "Căn cứ Kế hoạch ngày 10/02/2025 của UBND xã Hòa Phú về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2025;",
        indent=1,
    )
    para(doc, "Trạm Y tế xã xây dựng Kế hoạch thực hiện như sau:", indent=1)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 22%; 100% người dân được lập hồ sơ sức khỏe điện tử.",
        indent=1,
    )
    para(doc, "II. CÁC HOẠT ĐỘNG", bold=True)
    head = [
        "TT",
        "Nội dung hoạt động",
        "Bộ phận thực hiện",
        "Phối hợp",
        "Thời gian",
        "Người phụ trách",
    ]
    groups = [
        (
            "a) Chỉ tiêu: Tỷ lệ người dân tham gia bảo hiểm y tế",
            [
                (
                    "Rà soát danh sách người chưa tham gia bảo hiểm y tế theo từng thôn",
                    "Bộ phận Dân số - Truyền thông",
                    "Công chức Lao động - Thương binh và Xã hội; Bưu điện xã",
                    "Quý I/2025",
                    "YS. Phan Văn Lộc",
                ),
                (
                    "Tư vấn, vận động hộ gia đình tham gia bảo hiểm y tế hộ gia đình",
                    "Nhân viên y tế thôn",
                    "Hội Liên hiệp Phụ nữ xã; Đoàn Thanh niên xã",
                    "Thường xuyên",
                    "YS. Phan Văn Lộc",
                ),
            ],
        ),
        (
            "b) Chỉ tiêu: Quản lý sức khỏe người dân",
            [
                (
                    "Lập, cập nhật hồ sơ sức khỏe điện tử cho người dân",
                    "Bộ phận Khám chữa bệnh",
                    "Nhân viên y tế thôn",
                    "Trước 30/6/2025",
                    "ĐD. Nguyễn Thị Kim Oanh",
                ),
                (
                    "Khám sàng lọc tăng huyết áp, đái tháo đường cho người từ 40 tuổi trở lên",
                    "Bộ phận Khám chữa bệnh",
                    "Trung tâm Y tế huyện Hòa Vang",
                    "Tháng 4 - 5/2025",
                    "ĐD. Nguyễn Thị Kim Oanh",
                ),
            ],
        ),
        (
            "c) Chỉ tiêu: Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi",
            [
                (
                    "Cân, đo trẻ dưới 5 tuổi; tư vấn dinh dưỡng cho bà mẹ",
                    "Bộ phận Chăm sóc sức khỏe sinh sản",
                    "Hội Liên hiệp Phụ nữ xã; Cộng tác viên dinh dưỡng các thôn",
                    "Tháng 6 và tháng 12/2025",
                    "NHS. Trần Thị Bích Ngọc",
                ),
            ],
        ),
        (
            "d) Tổng hợp, báo cáo",
            [
                (
                    "Báo cáo kết quả thực hiện tiêu chí số 15 về Y tế gửi UBND xã",
                    "Bộ phận Kế toán - Văn thư",
                    "",
                    "Trước ngày 05/12/2025",
                    "",
                ),
            ],
        ),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, v in enumerate(head):
        fill(t.cell(0, i), v, size=11, bold=True, center=True)
    repeat_header(t.rows[0])
    n = 0
    for group, items in groups:
        cells = t.add_row().cells
        merged = cells[0].merge(cells[5])
        fill(merged, group, size=11, bold=True)
        for item in items:
            n += 1
            cells = t.add_row().cells
            for i, v in enumerate([str(n), *item]):
                fill(cells[i], v, size=11, center=i in (0, 4))
    fixed_widths(t, [0.9, 5.0, 2.8, 3.2, 2.2, 2.3])
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Trạm trưởng chịu trách nhiệm chung, kiểm tra việc thực hiện hằng tháng tại giao ban Trạm; các bộ phận, nhân viên y tế thôn thực hiện đúng tiến độ./.",
        indent=1,
    )
    closing_beside(
        doc,
        [
            "- UBND xã (b/c);",
            "- TTYT huyện Hòa Vang (b/c);",
            "- Ban chỉ đạo NTM xã;",
            "- Lưu: TYT.",
        ],
        ["TRẠM TRƯỞNG", "", "", "", "Lê Thị Mỹ Duyên"],
    )
    tasks = [
        T(
            "Rà soát danh sách người chưa tham gia bảo hiểm y tế theo từng thôn",
            "Bộ phận Dân số - Truyền thông",
            ["Công chức Lao động - Thương binh và Xã hội", "Bưu điện xã"],
            "2025-03-31",
            official="Phan Văn Lộc",
        ),
        T(
            "Tư vấn, vận động hộ gia đình tham gia bảo hiểm y tế hộ gia đình",
            "Nhân viên y tế thôn",
            ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"],
            "2025-12-31",
            official="Phan Văn Lộc",
        ),
        T(
            "Lập, cập nhật hồ sơ sức khỏe điện tử cho người dân",
            "Bộ phận Khám chữa bệnh",
            ["Nhân viên y tế thôn"],
            "2025-06-30",
            official="Nguyễn Thị Kim Oanh",
        ),
        T(
            "Khám sàng lọc tăng huyết áp, đái tháo đường cho người từ 40 tuổi trở lên",
            "Bộ phận Khám chữa bệnh",
            ["Trung tâm Y tế huyện Hòa Vang"],
            "2025-05-31",
            start="2025-04-01",
            official="Nguyễn Thị Kim Oanh",
        ),
        T(
            "Cân, đo trẻ dưới 5 tuổi; tư vấn dinh dưỡng cho bà mẹ",
            "Bộ phận Chăm sóc sức khỏe sinh sản",
            ["Hội Liên hiệp Phụ nữ xã", "Cộng tác viên dinh dưỡng các thôn"],
            "2025-12-31",
            official="Trần Thị Bích Ngọc",
        ),
        T(
            "Báo cáo kết quả thực hiện tiêu chí số 15 về Y tế gửi UBND xã",
            "Bộ phận Kế toán - Văn thư",
            [],
            "2025-12-05",
        ),
    ]
    h = header(
        "05",
        "KH-TYT",
        "Hòa Phú",
        "2025-02-20",
        "Thực hiện tiêu chí số 15 về Y tế, góp phần giữ vững xã đạt chuẩn nông thôn mới năm 2025",
        "UBND XÃ HÒA PHÚ TRẠM Y TẾ",
        "",
        "TRẠM TRƯỞNG",
        "Lê Thị Mỹ Duyên",
        ["Quyết định số 318/QĐ-TTg", "Kế hoạch ngày 10/02/2025"],
        4,
    )
    comment = """10 — commune health station (Đà Nẵng, pre-reform Feb 2025), .doc (LibreOffice from .docx): ruled
table TT | Nội dung hoạt động | Bộ phận thực hiện | Phối hợp | Thời gian | Người phụ trách, grouped by
indicator rows merged over all columns ("a) Chỉ tiêu: …" — not tasks), numbering running on across
groups; signed "TRẠM TRƯỞNG" with no TM./KT. (authority "").
Decided: official drops the title abbreviation ("YS.", "ĐD.", "NHS."); the "Cân, đo …; tư vấn …" title
keeps its ";"; "Tháng 4 - 5/2025" → start 2025-04-01, deadline 2025-05-31; "Tháng 6 và tháng 12/2025"
→ 2025-12-31, no start; "Kế hoạch ngày 10/02/2025" (no number). Section III (Trạm trưởng kiểm tra) is
the signer's monitoring: not a task."""
    expected.write(
        OUT,
        "hold34_10_tramyte_hoaphu.doc",
        saved_as(save(doc), "doc"),
        comment,
        h,
        tasks,
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for make in (
        file01,
        file02,
        file03,
        file04,
        file05,
        file06,
        file07,
        file08,
        file09,
        file10,
    ):
        make()
        print("made", make.__name__)
