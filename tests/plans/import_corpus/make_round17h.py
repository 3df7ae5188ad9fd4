"""Writes round 17h's plans (run once; the files are committed, so the tests
read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round17h.py

Round 17h varies the families the lead's third hidden hold-out of
06/12/2026 read badly (described in words, never shown), two plans or more
each, written and measured before the importer was changed for them
(figures in docs/import-quality.md):

1. a PDF saved from Word by LibreOffice whose numbered task headings, long
   enough to wrap at the page width, go on onto a second line (bold or not,
   "1." or "a)"), each heading followed by one dash line holding all its
   attributes separated by semicolons;
2. a Word task table (.docx, and .doc) "STT | Nhiệm vụ, giải pháp | Đơn vị
   thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Ghi chú" with group
   rows ("I | TIÊU CHÍ SỐ 2 - GIAO THÔNG", the second cell merged across the
   rest) under a bold "NHIỆM VỤ CỤ THỂ", after a basis line ending "như sau:";
3. bold numbered criterion headings each followed by "a)", "b)" tasks, one
   of them followed by a single unlettered prose paragraph instead.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import (  # noqa: E402
    closing_beside,
    closing_under,
    opening,
    para,
    save,
)

OUT = HERE / "round17h"


def margins(doc, left=3.0, right=2.0):
    for s in doc.sections:
        s.left_margin, s.right_margin = Cm(left), Cm(right)


# ── family 1: wrapped numbered headings in a PDF saved from Word ──


def plan_wrapped_bold() -> bytes:
    """A provincial coordination office: bold "1." headings that wrap, each
    followed by one dash line of every attribute."""
    doc = opening(
        [
            "UBND TỈNH QUẢNG TRỊ",
            "VĂN PHÒNG ĐIỀU PHỐI",
            "NÔNG THÔN MỚI",
            "Số: 37/KH-VPĐP",
        ],
        "Quảng Trị, ngày 18 tháng 12 năm 2026",
        "Hỗ trợ các xã đăng ký đạt chuẩn nông thôn mới năm 2027",
    )
    margins(doc)
    para(
        doc,
        "Căn cứ Kế hoạch số 412/KH-UBND ngày 10/12/2026 của UBND tỉnh Quảng Trị về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        indent=1,
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Hỗ trợ kịp thời các xã hoàn thiện tiêu chí, bảo đảm chất lượng và thực chất.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    tasks = [
        (
            "1. Rà soát, đánh giá thực trạng các tiêu chí của 12 xã đăng ký về đích năm 2027",
            "- Cơ quan chủ trì: Văn phòng Điều phối nông thôn mới tỉnh; cơ quan phối hợp: Sở Nông nghiệp và Môi trường, Sở Tài chính; thời gian thực hiện: Quý I/2027.",
        ),
        (
            "2. Hướng dẫn các xã xây dựng hồ sơ minh chứng kết quả thực hiện các tiêu chí đạt chuẩn",
            "- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường; cơ quan phối hợp: Văn phòng Điều phối nông thôn mới tỉnh, UBND các xã; thời gian thực hiện: Quý II/2027.",
        ),
        (
            "3. Tổ chức kiểm tra, đôn đốc tiến độ thực hiện tiêu chí Giao thông và tiêu chí Thủy lợi tại các xã",
            "- Cơ quan chủ trì: Sở Xây dựng; cơ quan phối hợp: Sở Nông nghiệp và Môi trường; thời gian thực hiện: Tháng 9/2027.",
        ),
        (
            "4. Tổng hợp, thẩm định hồ sơ đề nghị công nhận các xã đạt chuẩn nông thôn mới năm 2027",
            "- Cơ quan chủ trì: Văn phòng Điều phối nông thôn mới tỉnh; cơ quan phối hợp: các sở, ngành thành viên Ban Chỉ đạo tỉnh; thời gian thực hiện: trước ngày 15/11/2027.",
        ),
    ]
    for heading, attributes in tasks:
        para(doc, heading, bold=True, indent=1)
        para(doc, attributes, indent=1)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các cơ quan, đơn vị báo cáo kết quả về Văn phòng Điều phối nông thôn mới tỉnh trước ngày 25 hằng tháng.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Các sở, ngành;", "- Lưu: VT."],
        ["CHÁNH VĂN PHÒNG", "", "", "Hoàng Minh Tuấn"],
    )
    return saved_as(save(doc), "pdf")


def plan_wrapped_short_word() -> bytes:
    """A commune: bold "1." headings under criterion sections whose last
    word alone wraps ("chuẩn"), the attributes on one dash line each; two
    "Heading 3" headings too (LibreOffice then tags them as headings)."""
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ VĨNH LINH", "Số: 215/KH-UBND"],
        "Vĩnh Linh, ngày 24 tháng 12 năm 2026",
        "Nâng cao chất lượng các tiêu chí xã nông thôn mới năm 2027",
    )
    margins(doc, 3.0, 1.5)
    para(
        doc,
        "Thực hiện Kế hoạch số 37/KH-VPĐP ngày 18/12/2026 của Văn phòng Điều phối nông thôn mới tỉnh Quảng Trị, UBND xã ban hành Kế hoạch như sau:",
        indent=1,
    )
    para(doc, "I. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    tasks = [
        (
            "1. Cứng hóa 3,2 km đường trục thôn Tân Mỹ, thôn Hòa Bình đạt",
            "chuẩn",
            "- Cơ quan chủ trì: Phòng Kinh tế; cơ quan phối hợp: Ban phát triển thôn Tân Mỹ, Ban phát triển thôn Hòa Bình; thời gian thực hiện: Quý III/2027.",
            None,
        ),
        (
            "2. Nâng cấp hệ thống loa truyền thanh không dây tại 9 thôn bảo đảm",
            "thông suốt",
            "- Cơ quan chủ trì: Trung tâm Dịch vụ tổng hợp xã; cơ quan phối hợp: các thôn; thời gian thực hiện: Tháng 6/2027.",
            None,
        ),
        (
            "3. Xây dựng kế hoạch thu gom, xử lý chất thải rắn sinh hoạt tại các khu dân cư tập",
            "trung",
            "- Cơ quan chủ trì: Phòng Kinh tế; cơ quan phối hợp: Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã; thời gian thực hiện: trước ngày 30/4/2027.",
            "Heading 3",
        ),
        (
            "4. Kiện toàn tổ hòa giải ở cơ sở và tổ an ninh trật tự tại các thôn theo quy định",
            "mới",
            "- Cơ quan chủ trì: Công an xã; cơ quan phối hợp: Ủy ban MTTQ Việt Nam xã; thời gian thực hiện: Quý II/2027.",
            "Heading 3",
        ),
    ]
    for first, last, attributes, style in tasks:
        p = para(doc, f"{first} {last}", bold=True, indent=1, style=style)
        if style:
            for r in p.runs:
                r.font.size = Pt(13)
                r.font.color.rgb = None
                r.font.name = "Times New Roman"
        para(doc, attributes, indent=1)
    para(doc, "II. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.", indent=1
    )
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lê Quang Huy"],
    )
    return saved_as(save(doc), "pdf")


def plan_wrapped_plain_and_letters() -> bytes:
    """A district-level department: criterion headings "1.", tasks as
    non-bold "a)", "b)" paragraphs that wrap, each holding its attributes
    after a dash line; one plain (not bold) numbered heading that wraps."""
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HƯỚNG HÓA", "Số: 09/KH-UBND"],
        "Hướng Hóa, ngày 05 tháng 01 năm 2027",
        "Thực hiện tiêu chí Văn hóa, Giáo dục và Y tế năm 2027",
    )
    margins(doc, 3.0, 2.0)
    para(
        doc,
        "Căn cứ Kế hoạch số 215/KH-UBND ngày 24/12/2026 của UBND xã Vĩnh Linh về nâng cao chất lượng các tiêu chí;",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    para(
        doc,
        "1. Tiêu chí Văn hóa: duy trì và nâng cao chất lượng hoạt động của nhà văn hóa các thôn trên địa bàn xã",
        indent=1,
    )
    para(
        doc,
        "a) Tu sửa, bổ sung trang thiết bị cho nhà văn hóa thôn Khe Sanh, thôn Tân Hợp và thôn Lìa theo tiêu chuẩn",
        indent=1,
    )
    para(
        doc,
        "- Cơ quan chủ trì: Phòng Văn hóa - Xã hội; cơ quan phối hợp: Ban công tác Mặt trận các thôn; thời gian thực hiện: Quý III/2027.",
        indent=1,
    )
    para(
        doc,
        "b) Tổ chức Hội thi văn nghệ quần chúng, thể thao truyền thống các dân tộc Vân Kiều, Pa Kô trên địa bàn xã",
        indent=1,
    )
    para(
        doc,
        "- Cơ quan chủ trì: Phòng Văn hóa - Xã hội; cơ quan phối hợp: Đoàn Thanh niên xã, Hội Cựu chiến binh xã; thời gian thực hiện: Tháng 9/2027.",
        indent=1,
    )
    para(
        doc,
        "2. Tiêu chí Giáo dục: giữ vững phổ cập giáo dục mầm non cho trẻ em 5 tuổi và phổ cập giáo dục tiểu học mức độ 3",
        indent=1,
    )
    para(
        doc,
        "a) Rà soát, điều tra trẻ em trong độ tuổi, cập nhật hồ sơ phổ cập giáo dục trên hệ thống thông tin quản lý",
        indent=1,
    )
    para(
        doc,
        "- Cơ quan chủ trì: Trường Tiểu học Hướng Hóa; cơ quan phối hợp: Trường Mầm non Hướng Hóa, các thôn; thời gian thực hiện: Tháng 10/2027.",
        indent=1,
    )
    closing_under(
        doc,
        ["- UBND tỉnh;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Hồ Văn Khoa"],
    )
    return saved_as(save(doc), "pdf")


# ── family 2: a Word task table with merged group rows ──

HEAD = [
    "STT",
    "Nhiệm vụ, giải pháp",
    "Đơn vị thực hiện",
    "Đơn vị phối hợp",
    "Thời gian thực hiện",
    "Ghi chú",
]


def task_table(doc, head, rows, widths=None):
    """`rows`: ("I", "GROUP") for a group row whose second cell is merged
    across the remaining columns, or a full row of cells."""
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.cell(0, i).text = h
        for r in t.cell(0, i).paragraphs[0].runs:
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
        else:
            for i, v in enumerate(row):
                cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def plan_table_commune(name, place_date, number, base, groups, doc_kind) -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", f"XÃ {name.upper()}", f"Số: {number}/KH-UBND"],
        place_date,
        "Thực hiện các tiêu chí xã nông thôn mới năm 2027",
    )
    para(doc, base, indent=1)
    if doc_kind == "doc":
        para(doc, "MỤC TIÊU", bold=True)
        para(
            doc,
            "Phấn đấu giữ vững và nâng cao chất lượng các tiêu chí đã đạt.",
            indent=1,
        )
    para(doc, "NHIỆM VỤ CỤ THỂ", bold=True, center=doc_kind == "doc")
    task_table(doc, HEAD, groups, widths=[1.2, 6.0, 3.0, 3.2, 2.4, 1.8])
    para(doc, "TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị được giao nhiệm vụ báo cáo kết quả về UBND xã trước ngày 25 hằng tháng.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Hữu Phước"],
    )
    data = save(doc)
    return data if doc_kind == "docx" else saved_as(data, doc_kind)


TABLE_A = [
    ("I", "TIÊU CHÍ SỐ 2 - GIAO THÔNG"),
    (
        "1",
        "Cứng hóa 2,5 km đường giao thông nội đồng thôn Đông Hòa",
        "Phòng Kinh tế",
        "Ban phát triển thôn Đông Hòa; Hợp tác xã Nông nghiệp Đông Hòa",
        "Quý I/2027",
        "Vốn NTM",
    ),
    (
        "2",
        "Lắp đặt biển báo, đèn chiếu sáng trên các tuyến đường trục xã",
        "Phòng Kinh tế",
        "Đoàn Thanh niên xã",
        "Trước 30/4/2027",
        "Lồng ghép",
    ),
    ("II", "TIÊU CHÍ SỐ 17 - MÔI TRƯỜNG VÀ AN TOÀN THỰC PHẨM"),
    (
        "3",
        "Trồng mới 4 km tuyến đường hoa, cây xanh tại các thôn",
        "Hội Liên hiệp Phụ nữ xã",
        "Đoàn Thanh niên xã; Các thôn",
        "Tháng 8/2027",
        "",
    ),
    (
        "4",
        "Kiểm tra an toàn thực phẩm tại các cơ sở sản xuất, kinh doanh",
        "Trạm Y tế xã",
        "Công an xã; Phòng Kinh tế",
        "Năm 2027",
        "",
    ),
    ("III", "TIÊU CHÍ SỐ 19 - QUỐC PHÒNG VÀ AN NINH"),
    (
        "5",
        "Xây dựng lực lượng dân quân vững mạnh, rộng khắp",
        "Ban Chỉ huy Quân sự xã",
        "Các thôn",
        "Thường xuyên",
        "",
    ),
    (
        "6",
        "Duy trì mô hình camera an ninh tại các thôn",
        "Công an xã",
        "Ủy ban MTTQ Việt Nam xã; Các thôn",
        "Quý IV/2027",
        "Lồng ghép",
    ),
]

TABLE_B = [
    ("I", "TIÊU CHÍ SỐ 5 - TRƯỜNG HỌC"),
    (
        "1",
        "Xây dựng nhà đa năng Trường Tiểu học Cam Thành",
        "Ban Quản lý dự án xã",
        "Trường Tiểu học Cam Thành",
        "Quý III/2027",
        "Vốn NTM",
    ),
    (
        "2",
        "Mua sắm bổ sung thiết bị dạy học tối thiểu",
        "Trường THCS Cam Thành",
        "Phòng Văn hóa - Xã hội",
        "Tháng 8/2027",
        "",
    ),
    ("II", "TIÊU CHÍ SỐ 15 - Y TẾ"),
    (
        "3",
        "Vận động người dân tham gia bảo hiểm y tế đạt 95%",
        "Trạm Y tế xã",
        "Bảo hiểm xã hội khu vực; Các thôn",
        "Năm 2027",
        "",
    ),
    (
        "4",
        "Lập hồ sơ theo dõi sức khỏe điện tử cho người dân",
        "Trạm Y tế xã",
        "Các thôn",
        "Trước 30/6/2027",
        "Lồng ghép",
    ),
    ("III", "TIÊU CHÍ SỐ 18 - HỆ THỐNG CHÍNH TRỊ VÀ TIẾP CẬN PHÁP LUẬT"),
    (
        "5",
        "Tuyên truyền, phổ biến giáo dục pháp luật cho người dân",
        "Công chức Tư pháp - Hộ tịch",
        "Ủy ban MTTQ Việt Nam xã; Hội Nông dân xã",
        "Thường xuyên",
        "",
    ),
    (
        "6",
        "Đánh giá, công nhận xã đạt chuẩn tiếp cận pháp luật",
        "Văn phòng HĐND và UBND xã",
        "Công chức Tư pháp - Hộ tịch",
        "Quý IV/2027",
        "",
    ),
]


# ── family 3: criterion headings with lettered tasks, one with prose ──


def plan_criteria_prose() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ GIO LINH", "Số: 228/KH-UBND"],
        "Gio Linh, ngày 29 tháng 12 năm 2026",
        "Duy trì và nâng cao chất lượng tiêu chí nông thôn mới năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 412/KH-UBND ngày 10/12/2026 của UBND tỉnh Quảng Trị;",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    para(doc, "1. Tiêu chí Giao thông", bold=True, indent=1)
    para(
        doc,
        "a) Bảo dưỡng 5 km đường trục thôn, liên thôn. Giao Phòng Kinh tế chủ trì, phối hợp với các thôn thực hiện; hoàn thành trước ngày 30/6/2027.",
        indent=1,
    )
    para(
        doc,
        "b) Trồng cây xanh hai bên tuyến đường liên xã. Giao Đoàn Thanh niên xã chủ trì, phối hợp với Hội Cựu chiến binh xã thực hiện; hoàn thành trước ngày 31/3/2027.",
        indent=1,
    )
    para(doc, "2. Tiêu chí Môi trường", bold=True, indent=1)
    para(
        doc,
        "a) Xây dựng 3 mô hình phân loại rác thải tại nguồn. Giao Hội Liên hiệp Phụ nữ xã chủ trì, phối hợp với Phòng Kinh tế thực hiện; hoàn thành trước ngày 30/9/2027.",
        indent=1,
    )
    para(
        doc,
        "b) Nạo vét hệ thống mương thoát nước khu dân cư. Giao Phòng Kinh tế chủ trì, phối hợp với các thôn thực hiện; hoàn thành trước ngày 31/5/2027.",
        indent=1,
    )
    para(doc, "3. Tiêu chí Y tế", bold=True, indent=1)
    para(
        doc,
        "Nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%. Giao Trạm Y tế xã chủ trì, phối hợp với Bảo hiểm xã hội khu vực và các thôn thực hiện; hoàn thành trước ngày 31/12/2027.",
        indent=1,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.", indent=1
    )
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Trần Đình Lộc"],
    )
    return save(doc)


def tracked(paragraph, kept, inserted, deleted, tail):
    """Word's tracked changes in `paragraph`: `inserted` inside w:ins,
    `deleted` inside w:del (w:delText), between `kept` and `tail`."""
    paragraph.add_run(kept)
    for tag, text, text_tag in (
        ("w:del", deleted, "w:delText"),
        ("w:ins", inserted, "w:t"),
    ):
        change = OxmlElement(tag)
        change.set(qn("w:id"), str(len(paragraph._p)))
        change.set(qn("w:author"), "Văn thư")
        change.set(qn("w:date"), "2026-12-30T08:00:00Z")
        run = OxmlElement("w:r")
        t = OxmlElement(text_tag)
        t.set(qn("xml:space"), "preserve")
        t.text = text
        run.append(t)
        change.append(run)
        paragraph._p.append(change)
    paragraph.add_run(tail)


def plan_criteria_prose_tracked() -> bytes:
    """A second commune, the prose paragraph under a criterion in the
    middle, tracked changes in two tasks."""
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TRIỆU PHONG", "Số: 04/KH-UBND"],
        "Triệu Phong, ngày 06 tháng 01 năm 2027",
        "Thực hiện tiêu chí Giáo dục, Văn hóa và Y tế năm 2027",
    )
    para(
        doc,
        "Căn cứ Kế hoạch số 228/KH-UBND ngày 29/12/2026 của UBND xã Gio Linh;",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    para(doc, "1. Tiêu chí Giáo dục", bold=True, indent=1)
    para(
        doc,
        "a) Duy trì phổ cập giáo dục mầm non cho trẻ em 5 tuổi. Giao Trường Mầm non Triệu Phong chủ trì, phối hợp với các thôn thực hiện; hoàn thành trước ngày 30/6/2027.",
        indent=1,
    )
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Cm(1)
    tracked(
        p,
        "b) Xây dựng ",
        "04",
        "02",
        " phòng học bộ môn Trường THCS Triệu Phong. Giao Ban Quản lý dự án xã chủ trì, phối hợp với Trường THCS Triệu Phong thực hiện; hoàn thành trước ngày 31/8/2027.",
    )
    para(doc, "2. Tiêu chí Văn hóa", bold=True, indent=1)
    para(
        doc,
        "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 100% khu dân cư. Giao Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với Phòng Văn hóa - Xã hội và Ban công tác Mặt trận các thôn thực hiện; hoàn thành trước ngày 18/11/2027.",
        indent=1,
    )
    para(doc, "3. Tiêu chí Y tế", bold=True, indent=1)
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Cm(1)
    tracked(
        p,
        "a) Khám sức khỏe định kỳ cho ",
        "người cao tuổi",
        "trẻ em",
        ". Giao Trạm Y tế xã chủ trì, phối hợp với Hội Người cao tuổi xã thực hiện; hoàn thành trước ngày 30/9/2027.",
    )
    para(
        doc,
        "b) Tập huấn phòng, chống dịch bệnh mùa mưa lũ. Giao Trạm Y tế xã chủ trì, phối hợp với các thôn thực hiện; hoàn thành trước ngày 31/7/2027.",
        indent=1,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 20 hằng tháng.", indent=1
    )
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Võ Thị Hằng"],
    )
    return save(doc)


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    (OUT / "r17h-vpdp-quang-tri-dau-muc-xuong-dong.pdf").write_bytes(
        plan_wrapped_bold()
    )
    (OUT / "r17h-xa-vinh-linh-mot-chu-xuong-dong.pdf").write_bytes(
        plan_wrapped_short_word()
    )
    (OUT / "r17h-xa-huong-hoa-muc-chu-xuong-dong.pdf").write_bytes(
        plan_wrapped_plain_and_letters()
    )
    (OUT / "r17h-xa-dong-ha-bang-nhom-gop-o.docx").write_bytes(
        plan_table_commune(
            "Đông Hà",
            "Đông Hà, ngày 20 tháng 12 năm 2026",
            "198",
            "Thực hiện Kế hoạch số 412/KH-UBND ngày 10/12/2026 của UBND tỉnh Quảng Trị, UBND xã ban hành Kế hoạch với các nội dung cụ thể như sau:",
            TABLE_A,
            "docx",
        )
    )
    (OUT / "r17h-xa-cam-thanh-bang-nhom-gop-o.doc").write_bytes(
        plan_table_commune(
            "Cam Thành",
            "Cam Thành, ngày 27 tháng 12 năm 2026",
            "233",
            "Thực hiện Kế hoạch số 415/KH-BCĐ ngày 12/12/2026 của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Quảng Trị, UBND xã ban hành Kế hoạch với các nội dung cụ thể như sau:",
            TABLE_B,
            "doc",
        )
    )
    (OUT / "r17h-xa-gio-linh-tieu-chi-van-xuoi.docx").write_bytes(plan_criteria_prose())
    (OUT / "r17h-xa-trieu-phong-van-xuoi-sua-doi.docx").write_bytes(
        plan_criteria_prose_tracked()
    )
