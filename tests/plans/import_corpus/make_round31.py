"""Writes round 31's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round31.py

Round 31 is the lead's seventh BLIND hold-out (07/12/2026): ten plans of
2026-2027 from every region by a helper who read neither the importer, its
corpus, its docs nor the seeds, written while rounds 29 and 30 were being
fixed and measured on main as it stood at 03:35 UTC (96db4ba): tasks
97.6/95.3, leads 95.2/93.0, coordinating 95.0/91.1, officials 96.0/88.9,
deadlines 95.2/92.9, starts 89.5/81.0, header 97.6/98.4. No expected
result was changed after measuring. It is kept out of the default sets:
nothing has been changed for it yet, so the next session measures it
untouched again before any change for it.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docx import Document  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt  # noqa: E402
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
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
)

OUT = HERE / "round31"


# ---------------------------------------------------------------- helpers


def new_doc():
    """A Word document whose Normal style is Times New Roman, as offices set it."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), "Times New Roman")
    return doc


def head_block(doc, left, right, *, bold_left_from=1):
    """The national header: a borderless two-column table; `left` lines (the
    ones from `bold_left_from` on in bold), `right` lines."""
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    for c, lines, bold_from in (
        (t.cell(0, 0), left, bold_left_from),
        (t.cell(0, 1), right, 0),
    ):
        items = []
        for i, line in enumerate(lines):
            items.append(
                (
                    line,
                    i >= bold_from and not line.startswith("Số") and "ngày" not in line,
                )
            )
        fill(c, items, size=12, center=True)
    # the place-and-date line in italics
    for p in t.cell(0, 1).paragraphs:
        if "ngày" in p.text:
            for r in p.runs:
                r.italic = True
                r.bold = False
    fixed_widths(t, [6.5, 10.0], table_width=True)
    return t


def title_block(doc, kind, lines):
    para(doc, kind, bold=True, center=True)
    for line in lines:
        para(doc, line, bold=True, center=True)
    para(doc, "")


def body(doc, text, bold=False, italic=False):
    return para(doc, text, bold=bold, italic=italic, indent=1.0)


def table(doc, head, rows, widths, *, size=12, bold_cols=()):
    """A ruled table: `head` then `rows` of cells (strings, or lists of
    paragraphs); a row given as a str is a group row spanning the table."""
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, text in enumerate(head):
        fill(t.rows[0].cells[i], text, size=size, bold=True, center=True)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):
            merged = cells[0].merge(cells[-1])
            fill(merged, row, size=size, bold=True)
            continue
        for i, value in enumerate(row):
            fill(cells[i], value, size=size, bold=i in bold_cols, center=(i == 0))
    fixed_widths(t, widths)
    return t


def task(title, lead=None, coordinating=None, deadline=None, start=None, official=None):
    out = {"title": title}
    if lead:
        out["lead"] = lead
    if coordinating:
        out["coordinating"] = list(coordinating)
    if deadline:
        out["deadline"] = deadline
    if start:
        out["start"] = start
    if official:
        out["official"] = official
    return out


# ---------------------------------------------------------------- plan 1
# Mekong delta, a merged commune of Cần Thơ city (old Sóc Trăng), UBND xã,
# task table "TT | Nội dung thực hiện | Cơ quan chủ trì | Cơ quan phối hợp |
# Thời gian hoàn thành | Ghi chú" with group rows by criterion.


def plan1():
    place = "Lịch Hội Thượng"
    doc = new_doc()
    a4(doc)
    head_block(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ LỊCH HỘI THƯỢNG", "", "Số: 215/KH-UBND"],
        [*MOTTO, "", "Lịch Hội Thượng, ngày 18 tháng 12 năm 2026"],
    )
    title = (
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
        "trên địa bàn xã Lịch Hội Thượng năm 2027"
    )
    title_block(
        doc,
        "KẾ HOẠCH",
        [
            "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
            "trên địa bàn xã Lịch Hội Thượng năm 2027",
        ],
    )
    body(
        doc,
        "Căn cứ Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ "
        "ban hành Bộ tiêu chí quốc gia về xã nông thôn mới các cấp giai đoạn 2026 - 2030;",
    )
    body(
        doc,
        "Căn cứ Kế hoạch số 402/KH-UBND ngày 28/11/2026 của Ủy ban nhân dân thành phố "
        "Cần Thơ về thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2027;",
    )
    body(
        doc,
        "Thực hiện Nghị quyết số 08-NQ/ĐU ngày 05/12/2026 của Đảng ủy xã về phương hướng, "
        "nhiệm vụ năm 2027;",
    )
    body(doc, "Ủy ban nhân dân xã xây dựng Kế hoạch thực hiện như sau:")
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "Duy trì, nâng chất các tiêu chí xã nông thôn mới đã đạt; phấn đấu đến cuối năm "
        "2027 có thêm 02 ấp đạt chuẩn ấp nông thôn mới kiểu mẫu (ấp Xây Đá B, ấp Tân Thời). "
        "Huy động sự tham gia của đồng bào Khmer, các chùa Nam tông Khmer trên địa bàn.",
    )
    body(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True)
    body(doc, "(Có bảng phân công chi tiết kèm theo)", italic=True)
    rows = [
        "Tiêu chí Giao thông",
        (
            "Nâng cấp, mở rộng tuyến đường đal ấp Xây Đá A - Xây Đá B (dài 2,1 km)",
            "Công chức Địa chính - Xây dựng",
            ["Ban Nhân dân ấp Xây Đá A", "Ban Nhân dân ấp Xây Đá B"],
            "30/6/2027",
            "2027-06-30",
            "Vốn ngân sách thành phố",
        ),
        (
            "Trồng cây xanh, lắp đèn năng lượng mặt trời trên các tuyến đường ấp",
            "Đoàn Thanh niên xã",
            ["Ban Nhân dân các ấp Xây Đá A, Xây Đá B, Tân Thời"],
            "Quý III/2027",
            "2027-09-30",
            "Xã hội hóa",
        ),
        "Tiêu chí Thu nhập và Tổ chức sản xuất",
        (
            "Xây dựng mô hình luân canh lúa - màu trên đất giồng cát, diện tích 35 ha",
            "Hợp tác xã Nông nghiệp Hòa Lợi",
            ["Hội Nông dân xã", "Trạm Khuyến nông"],
            "Tháng 10/2027",
            "2027-10-31",
            "",
        ),
        (
            "Giải ngân vốn vay giải quyết việc làm, hỗ trợ sinh kế cho hộ cận nghèo người Khmer",
            "Ngân hàng Chính sách xã hội - Phòng giao dịch khu vực Trần Đề",
            ["Hội Phụ nữ xã", "Hội Nông dân xã"],
            "Trước 15/11/2027",
            "2027-11-15",
            "",
        ),
        "Tiêu chí Văn hóa - Xã hội",
        (
            "Phối hợp với Ban Quản trị các chùa Nam tông Khmer tổ chức lớp dạy chữ Khmer hè cho học sinh",
            "Trường Tiểu học Lịch Hội Thượng A",
            ["Ban Quản trị chùa Kos Thum", "Ban Quản trị chùa Chrôi Tum Pô"],
            "Từ 01/6 đến 31/7/2027",
            "2027-07-31",
            "",
        ),
        (
            "Rà soát, cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số, nâng tỷ lệ tham gia BHYT đạt 95%",
            "Trạm Y tế xã",
            ["Bảo hiểm xã hội khu vực", "Ban Nhân dân các ấp"],
            "Thường xuyên",
            "2027-12-31",
            "",
        ),
        "Tiêu chí Môi trường và An ninh",
        (
            "Vận động hộ dân xây dựng hố rác, thu gom vỏ chai thuốc bảo vệ thực vật đúng nơi quy định",
            "Công chức Nông nghiệp - Môi trường",
            ["Hội Nông dân xã", "Hợp tác xã Nông nghiệp Hòa Lợi"],
            "31-12-2027",
            "2027-12-31",
            "",
        ),
        (
            "Xây dựng, duy trì mô hình “Camera an ninh” tại 06 ấp",
            "Công an xã",
            ["Ủy ban MTTQ Việt Nam xã", "Ban Nhân dân các ấp"],
            "Quý II/2027",
            "2027-06-30",
            "",
        ),
    ]
    cells, tasks = [], []
    n = 0
    for r in rows:
        if isinstance(r, str):
            cells.append(r)
            continue
        n += 1
        title_t, lead, coord, when, iso, note = r
        cells.append([str(n), title_t, lead, "; ".join(coord), when, note])
        tasks.append(
            task(
                title_t,
                lead,
                coord,
                iso,
                start="2027-06-01" if when.startswith("Từ 01/6") else None,
            )
        )
    table(
        doc,
        [
            "TT",
            "Nội dung thực hiện",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
            "Ghi chú",
        ],
        cells,
        [1.0, 5.2, 3.0, 3.4, 2.2, 1.7],
        size=11,
    )
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Các cơ quan, đơn vị được phân công chủ động triển khai; định kỳ báo cáo kết quả về "
        "Ủy ban nhân dân xã (qua công chức Nông nghiệp - Môi trường) trước ngày 20 hằng tháng.",
    )
    body(
        doc,
        "Trên đây là Kế hoạch thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2027 của UBND xã Lịch Hội Thượng./.",
    )
    recipients = [
        "- UBND thành phố Cần Thơ (b/c);",
        "- Sở Nông nghiệp và Môi trường;",
        "- TT. Đảng ủy, TT. HĐND xã;",
        "- CT, các PCT UBND xã;",
        "- Các ngành, đoàn thể xã;",
        "- Ban Nhân dân 06 ấp;",
        "- Lưu: VT.",
    ]
    closing_beside(
        doc,
        recipients,
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Thạch Sô Phol"],
    )
    header = {
        "number": "215",
        "symbol": "KH-UBND",
        "place": place,
        "date": "2026-12-18",
        "title": title,
        "issuer": "ỦY BAN NHÂN DÂN XÃ LỊCH HỘI THƯỢNG",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer": "Thạch Sô Phol",
        "bases": ["51/2025/QĐ-TTg", "402/KH-UBND", "08-NQ/ĐU"],
        "recipients": len(recipients),
    }
    write(
        OUT,
        "01_xa_lich_hoi_thuong.docx",
        save(doc),
        "Mekong commune UBND (Cần Thơ, Khmer ấp): task table TT | Nội dung thực hiện | Cơ quan chủ trì |\n"
        "Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú, group rows by criterion; mixed deadline notations.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 2
# Northern mountains, Đảng ủy xã (Điện Biên): "Số 12-KH/ĐU", tasks only as
# numbered prose paragraphs, the assignment written in a sentence.


def plan2():
    doc = new_doc()
    a4(doc)
    head_block(
        doc,
        ["ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "ĐẢNG ỦY XÃ MƯỜNG PHĂNG", "*", "Số 12-KH/ĐU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Mường Phăng, ngày 08 tháng 01 năm 2027"],
    )
    title = (
        "Thực hiện nhiệm vụ xây dựng nông thôn mới gắn với giảm nghèo bền vững "
        "vùng đồng bào dân tộc thiểu số năm 2027"
    )
    title_block(
        doc,
        "KẾ HOẠCH",
        [
            "Thực hiện nhiệm vụ xây dựng nông thôn mới gắn với giảm nghèo bền vững",
            "vùng đồng bào dân tộc thiểu số năm 2027",
        ],
    )
    body(doc, "-----", italic=False)
    body(
        doc,
        "Thực hiện Nghị quyết số 05-NQ/TU ngày 12/9/2026 của Ban Thường vụ Tỉnh ủy về "
        "xây dựng nông thôn mới giai đoạn 2026 - 2030; Chương trình hành động số 03-CTr/ĐU "
        "ngày 20/10/2026 của Đảng ủy xã thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, "
        "Ban Thường vụ Đảng ủy xã xây dựng kế hoạch như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "Nâng cao vai trò lãnh đạo của cấp ủy, sự vào cuộc của cả hệ thống chính trị; "
        "phát huy vai trò của già làng, trưởng bản, người có uy tín trong đồng bào Thái, "
        "Mông, Khơ Mú. Phấn đấu năm 2027 giảm tỷ lệ hộ nghèo đa chiều 4%.",
    )
    body(doc, "II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
    prose = [
        (
            "Lãnh đạo rà soát, bổ sung quy hoạch chung xã Mường Phăng sau sắp xếp đơn vị hành chính, "
            "gắn với phát triển du lịch lịch sử - sinh thái quanh Sở Chỉ huy chiến dịch Điện Biên Phủ",
            "Giao Ủy ban nhân dân xã chủ trì, "
            "phối hợp với Văn phòng HĐND và UBND xã tổ chức thực hiện, hoàn thành trong quý II năm 2027.",
            task(
                "Lãnh đạo rà soát, bổ sung quy hoạch chung xã Mường Phăng sau sắp xếp đơn vị hành chính, "
                "gắn với phát triển du lịch lịch sử - sinh thái quanh Sở Chỉ huy chiến dịch Điện Biên Phủ",
                "Ủy ban nhân dân xã",
                ["Văn phòng HĐND và UBND xã"],
                "2027-06-30",
            ),
        ),
        (
            "Chỉ đạo chuyển đổi 120 ha đất trồng ngô kém hiệu quả sang trồng cà phê, mắc ca theo hướng "
            "liên kết chuỗi giá trị",
            "Ủy ban nhân dân xã chủ trì, phối hợp với Hội Nông dân xã và Hợp tác xã Cà phê Mường Phăng "
            "triển khai; thời gian thực hiện từ tháng 3 đến hết tháng 8 năm 2027.",
            task(
                "Chỉ đạo chuyển đổi 120 ha đất trồng ngô kém hiệu quả sang trồng cà phê, mắc ca theo hướng "
                "liên kết chuỗi giá trị",
                "Ủy ban nhân dân xã",
                ["Hội Nông dân xã", "Hợp tác xã Cà phê Mường Phăng"],
                "2027-08-31",
                start="2027-03-01",
            ),
        ),
        (
            "Vận động các hộ đồng bào Mông ở bản Nà Nhạn, bản Khẩu Cắm xóa nhà tạm, nhà dột nát; "
            "huy động ngày công giúp 45 hộ làm nhà",
            "Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với Ban Chỉ huy Quân sự xã và Đoàn Thanh niên xã "
            "thực hiện, hoàn thành trước ngày 30/9/2027; đồng chí Giàng A Dơ, Phó Bí thư Đảng ủy xã "
            "trực tiếp theo dõi.",
            task(
                "Vận động các hộ đồng bào Mông ở bản Nà Nhạn, bản Khẩu Cắm xóa nhà tạm, nhà dột nát; "
                "huy động ngày công giúp 45 hộ làm nhà",
                "Ủy ban MTTQ Việt Nam xã",
                ["Ban Chỉ huy Quân sự xã", "Đoàn Thanh niên xã"],
                "2027-09-30",
                official="Giàng A Dơ",
            ),
        ),
        (
            "Củng cố, nâng cao chất lượng sinh hoạt chi bộ bản; phát triển ít nhất 15 đảng viên mới "
            "là người dân tộc thiểu số, ưu tiên bản chưa có chi bộ độc lập",
            "Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối hợp với các chi bộ bản thực hiện, "
            "hoàn thành trong năm 2027.",
            task(
                "Củng cố, nâng cao chất lượng sinh hoạt chi bộ bản; phát triển ít nhất 15 đảng viên mới "
                "là người dân tộc thiểu số, ưu tiên bản chưa có chi bộ độc lập",
                "Ban Xây dựng Đảng Đảng ủy xã",
                ["các chi bộ bản"],
                "2027-12-31",
            ),
        ),
        (
            "Đẩy mạnh tuyên truyền bằng tiếng Thái, tiếng Mông trên hệ thống loa truyền thanh bản "
            "về các chính sách của Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào "
            "dân tộc thiểu số",
            "Giao Ban Tuyên giáo và Dân vận Đảng ủy xã chủ trì, phối hợp với Trung tâm Dịch vụ "
            "tổng hợp xã thực hiện thường xuyên.",
            task(
                "Đẩy mạnh tuyên truyền bằng tiếng Thái, tiếng Mông trên hệ thống loa truyền thanh bản "
                "về các chính sách của Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào "
                "dân tộc thiểu số",
                "Ban Tuyên giáo và Dân vận Đảng ủy xã",
                ["Trung tâm Dịch vụ tổng hợp xã"],
                "2027-12-31",
            ),
        ),
        (
            "Lãnh đạo giữ vững an ninh chính trị vùng biên giới, phòng chống ma túy và di cư tự do; "
            "xây dựng 03 bản không có ma túy",
            "Đảng ủy Công an xã chủ trì, phối hợp với Đồn Biên phòng và già làng, trưởng bản thực hiện; "
            "sơ kết trước ngày 15 tháng 11 năm 2027.",
            task(
                "Lãnh đạo giữ vững an ninh chính trị vùng biên giới, phòng chống ma túy và di cư tự do; "
                "xây dựng 03 bản không có ma túy",
                "Đảng ủy Công an xã",
                ["Đồn Biên phòng", "già làng, trưởng bản"],
                "2027-11-15",
            ),
        ),
    ]
    for i, (work, assign, _t) in enumerate(prose, 1):
        body(doc, f"{i}. {work}. {assign}")
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "1. Các chi bộ bản, đảng bộ bộ phận căn cứ kế hoạch xây dựng chương trình cụ thể, "
        "báo cáo kết quả về Ban Thường vụ Đảng ủy xã trước ngày 10/12/2027.",
    )
    body(
        doc,
        "2. Ủy ban Kiểm tra Đảng ủy xã theo dõi, kiểm tra, giám sát việc thực hiện kế hoạch này.",
    )
    recipients = [
        "- Ban Thường vụ Tỉnh ủy (b/c),",
        "- Ban Dân vận Tỉnh ủy (b/c),",
        "- Các đồng chí Đảng ủy viên,",
        "- Các chi bộ, đảng bộ bộ phận,",
        "- Lưu Văn phòng Đảng ủy.",
    ]
    closing_beside(doc, recipients, ["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "", "Lò Văn Pọm"])
    header = {
        "number": "12",
        "symbol": "KH/ĐU",
        "place": "Mường Phăng",
        "date": "2027-01-08",
        "title": title,
        "issuer": "ĐẢNG ỦY XÃ MƯỜNG PHĂNG",
        "authority": "T/M ĐẢNG ỦY",
        "signer_title": "BÍ THƯ",
        "signer": "Lò Văn Pọm",
        "bases": ["05-NQ/TU", "03-CTr/ĐU"],
        "recipients": len(recipients),
    }
    tasks = [t for *_, t in prose]
    write(
        OUT,
        "02_dang_uy_muong_phang.docx",
        save(doc),
        "Party committee of a mountain commune (Điện Biên), 'Số 12-KH/ĐU': tasks only as numbered prose\n"
        "paragraphs, lead/partners/deadline/official in the sentence that follows the work.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 3
# Central Highlands, Hội LHPN xã (Đắk Lắk), saved as .doc: bullets, each
# with "(Chủ trì: …; phối hợp: …; thời gian: …)".


def plan3():
    doc = new_doc()
    a4(doc)
    head_block(
        doc,
        [
            "ỦY BAN MTTQ VIỆT NAM XÃ EA TUL",
            "HỘI LIÊN HIỆP PHỤ NỮ XÃ EA TUL",
            "Số: 07/KH-HPN",
        ],
        [*MOTTO, "Ea Tul, ngày 22 tháng 02 năm 2027"],
    )
    title = (
        "Thực hiện cuộc vận động “Xây dựng gia đình 5 không, 3 sạch” góp phần xây dựng "
        "nông thôn mới tại các buôn đồng bào Ê Đê năm 2027"
    )
    title_block(doc, "KẾ HOẠCH", [title])
    body(
        doc,
        "Căn cứ Kế hoạch số 03/KH-HPN ngày 10/01/2027 của Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk "
        "về triển khai công tác Hội năm 2027; Kế hoạch số 19/KH-UBND ngày 25/01/2027 của UBND "
        "xã Ea Tul về xây dựng nông thôn mới năm 2027, Ban Thường vụ Hội LHPN xã xây dựng "
        "kế hoạch như sau:",
    )
    body(doc, "I. MỤC ĐÍCH - YÊU CẦU", bold=True)
    body(
        doc,
        "- Nâng cao nhận thức của hội viên, phụ nữ đồng bào Ê Đê về vệ sinh môi trường, "
        "phòng chống tảo hôn; 100% chi hội phụ nữ buôn đăng ký thực hiện cuộc vận động.",
    )
    body(doc, "II. NỘI DUNG THỰC HIỆN", bold=True)
    items = [
        (
            "Tổ chức 08 buổi truyền thông bằng tiếng Ê Đê về phòng chống tảo hôn, hôn nhân cận huyết thống "
            "tại nhà dài các buôn",
            "(Chủ trì: Ban Thường vụ Hội; phối hợp: Trạm Y tế xã, già làng các buôn; thời gian: tháng 3 - tháng 5/2027)",
            task(
                "Tổ chức 08 buổi truyền thông bằng tiếng Ê Đê về phòng chống tảo hôn, hôn nhân cận huyết thống "
                "tại nhà dài các buôn",
                "Ban Thường vụ Hội",
                ["Trạm Y tế xã", "già làng các buôn"],
                "2027-05-31",
                start="2027-03-01",
            ),
        ),
        (
            "Ra mắt 05 mô hình “Tuyến đường hoa phụ nữ” tại buôn Ea Tul, buôn Tơng Jú, buôn Kdun",
            "(Chủ trì: Chi hội phụ nữ các buôn; phối hợp: Đoàn Thanh niên xã; thời gian: trước 30/4/2027)",
            task(
                "Ra mắt 05 mô hình “Tuyến đường hoa phụ nữ” tại buôn Ea Tul, buôn Tơng Jú, buôn Kdun",
                "Chi hội phụ nữ các buôn",
                ["Đoàn Thanh niên xã"],
                "2027-04-30",
            ),
        ),
        (
            "Hỗ trợ 30 hội viên nghèo, cận nghèo vay vốn phát triển chăn nuôi bò, trồng sầu riêng xen cà phê",
            "(Chủ trì: Ban Thường vụ Hội; phối hợp: Ngân hàng Chính sách xã hội, Ban giảm nghèo xã; "
            "thời gian: Quý III/2027; đ/c H'Nhi Êban - Phó Chủ tịch Hội phụ trách)",
            task(
                "Hỗ trợ 30 hội viên nghèo, cận nghèo vay vốn phát triển chăn nuôi bò, trồng sầu riêng xen cà phê",
                "Ban Thường vụ Hội",
                ["Ngân hàng Chính sách xã hội", "Ban giảm nghèo xã"],
                "2027-09-30",
                official="H'Nhi Êban",
            ),
        ),
        (
            "Vận động hội viên phân loại rác hữu cơ, làm phân compost từ vỏ cà phê tại hộ gia đình",
            "(Chủ trì: Chi hội phụ nữ các buôn; phối hợp: Hợp tác xã Nông nghiệp Ea Tul; thời gian: thường xuyên)",
            task(
                "Vận động hội viên phân loại rác hữu cơ, làm phân compost từ vỏ cà phê tại hộ gia đình",
                "Chi hội phụ nữ các buôn",
                ["Hợp tác xã Nông nghiệp Ea Tul"],
                "2027-12-31",
            ),
        ),
        (
            "Phối hợp tổ chức Hội thi “Phụ nữ buôn làng khéo tay” dệt thổ cẩm truyền thống gắn với quảng bá "
            "sản phẩm OCOP của xã",
            "(Chủ trì: Ban Thường vụ Hội; phối hợp: Công chức Văn hóa - Xã hội, Nghệ nhân H'Bla Mlô; "
            "thời gian: ngày 20/10/2027)",
            task(
                "Phối hợp tổ chức Hội thi “Phụ nữ buôn làng khéo tay” dệt thổ cẩm truyền thống gắn với quảng bá "
                "sản phẩm OCOP của xã",
                "Ban Thường vụ Hội",
                ["Công chức Văn hóa - Xã hội", "Nghệ nhân H'Bla Mlô"],
                "2027-10-20",
            ),
        ),
        (
            "Hướng dẫn hội viên cài đặt, sử dụng ứng dụng VNeID, thanh toán không dùng tiền mặt",
            "(Chủ trì: Tổ công nghệ số cộng đồng; phối hợp: Công an xã; thời gian: từ 01/6/2027 đến 31/8/2027)",
            task(
                "Hướng dẫn hội viên cài đặt, sử dụng ứng dụng VNeID, thanh toán không dùng tiền mặt",
                "Tổ công nghệ số cộng đồng",
                ["Công an xã"],
                "2027-08-31",
                start="2027-06-01",
            ),
        ),
    ]
    for work, who, _t in items:
        body(doc, f"- {work} {who}.")
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "- Các chi hội phụ nữ buôn xây dựng kế hoạch cụ thể, báo cáo kết quả 6 tháng (trước 15/6) "
        "và cả năm (trước 15/11/2027) về Ban Thường vụ Hội.",
    )
    recipients = [
        "- Hội LHPN tỉnh (b/c);",
        "- Đảng ủy, UBND xã (b/c);",
        "- Ủy ban MTTQ Việt Nam xã;",
        "- Các chi hội phụ nữ buôn;",
        "- Lưu: VP.",
    ]
    closing_beside(
        doc, recipients, ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "H Yên Niê"]
    )
    header = {
        "number": "07",
        "symbol": "KH-HPN",
        "place": "Ea Tul",
        "date": "2027-02-22",
        "title": title,
        "issuer": "HỘI LIÊN HIỆP PHỤ NỮ XÃ EA TUL",
        "authority": "TM. BAN THƯỜNG VỤ",
        "signer_title": "CHỦ TỊCH",
        "signer": "H Yên Niê",
        "bases": ["03/KH-HPN", "19/KH-UBND"],
        "recipients": len(recipients),
    }
    write(
        OUT,
        "03_hoi_phu_nu_ea_tul.doc",
        saved_as(save(doc), "doc"),
        "Women's Union of a Central Highlands commune (Đắk Lắk, buôn Ê Đê), .doc: dash bullets, each\n"
        "followed by '(Chủ trì: …; phối hợp: …; thời gian: …)', one with the official in the bracket.",
        header,
        [t for *_, t in items],
    )


# ---------------------------------------------------------------- plan 4
# Northern mountains (Lào Cai after the merger), Ban Chỉ đạo xã, .odt:
# criterion-by-criterion blocks "Tiêu chí số N" with labelled lines.


def plan4():
    doc = new_doc()
    a4(doc)
    head_block(
        doc,
        ["BAN CHỈ ĐẠO CÁC CTMTQG", "XÃ NGHĨA ĐÔ", "", "Số: 04/KH-BCĐ"],
        [*MOTTO, "", "Nghĩa Đô, ngày 15 tháng 3 năm 2027"],
        bold_left_from=0,
    )
    title = (
        "Củng cố, nâng cao chất lượng các tiêu chí xã nông thôn mới "
        "theo Bộ tiêu chí giai đoạn 2026 - 2030 năm 2027"
    )
    title_block(
        doc,
        "KẾ HOẠCH",
        [
            "Củng cố, nâng cao chất lượng các tiêu chí xã nông thôn mới",
            "theo Bộ tiêu chí giai đoạn 2026 - 2030 năm 2027",
        ],
    )
    body(
        doc,
        "Căn cứ Quyết định số 51/2025/QĐ-TTg của Thủ tướng Chính phủ; Quyết định số 1120/QĐ-UBND "
        "ngày 09/10/2026 của UBND tỉnh Lào Cai ban hành Bộ tiêu chí xã nông thôn mới tỉnh Lào Cai "
        "giai đoạn 2026 - 2030; Thông báo kết luận của Ban Chỉ đạo xã ngày 02/3/2027;",
    )
    body(
        doc,
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia xã Nghĩa Đô ban hành Kế hoạch như sau:",
    )
    body(doc, "I. MỤC TIÊU", bold=True)
    body(
        doc,
        "Giữ vững các tiêu chí đã đạt; phấn đấu hết năm 2027 thêm 02 bản đạt chuẩn khu dân cư "
        "nông thôn mới kiểu mẫu (bản Nặm Cằm, bản Bản Hốc).",
    )
    body(doc, "II. NHIỆM VỤ THEO TỪNG TIÊU CHÍ", bold=True)
    blocks = [
        (
            "Tiêu chí số 2 - Hạ tầng kinh tế - xã hội (giao thông)",
            "Cứng hóa 3,4 km đường nội đồng bản Nà Đình, bản Nà Kèn",
            "Ban Quản lý dự án đầu tư xây dựng khu vực",
            "Trưởng bản Nà Đình, Trưởng bản Nà Kèn",
            "Thời gian: tháng 4 - tháng 9/2027",
            ("2027-09-30", "2027-04-01"),
            "ông Hoàng Văn Đức, Phó Chủ tịch UBND xã",
            "Hoàng Văn Đức",
            ["Trưởng bản Nà Đình", "Trưởng bản Nà Kèn"],
        ),
        (
            "Tiêu chí số 2 - Hạ tầng kinh tế - xã hội (điện)",
            "Cải tạo lưới điện hạ thế, kéo điện về 17 hộ bản Khuổi Phường chưa có điện lưới quốc gia",
            "Điện lực Bảo Yên",
            "Ban phát triển bản Khuổi Phường",
            "Hoàn thành: Quý III/2027",
            ("2027-09-30", None),
            "",
            None,
            ["Ban phát triển bản Khuổi Phường"],
        ),
        (
            "Tiêu chí số 3 - Phát triển kinh tế nông thôn",
            "Bảo tồn nhà sàn cổ của người Tày gắn với phát triển du lịch cộng đồng; xây dựng 10 homestay đạt chuẩn",
            "Công chức Văn hóa - Xã hội",
            "Hợp tác xã Du lịch cộng đồng Nghĩa Đô",
            "Thời gian: cả năm 2027",
            ("2027-12-31", None),
            "",
            None,
            ["Hợp tác xã Du lịch cộng đồng Nghĩa Đô"],
        ),
        (
            "Tiêu chí số 5 - Văn hóa, giáo dục, y tế (giáo dục)",
            "Duy trì phổ cập giáo dục mầm non trẻ 5 tuổi; vận động 100% trẻ người Tày, Dao trong độ tuổi ra lớp",
            "Trường Mầm non Nghĩa Đô",
            "Trường PTDTBT THCS Nghĩa Đô; các bản",
            "Hoàn thành: trước ngày 05/9/2027",
            ("2027-09-05", None),
            "bà Ma Thị Hồng, Hiệu trưởng",
            "Ma Thị Hồng",
            ["Trường PTDTBT THCS Nghĩa Đô", "các bản"],
        ),
        (
            "Tiêu chí số 5 - Văn hóa, giáo dục, y tế (y tế)",
            "Nâng tỷ lệ người dân có hồ sơ sức khỏe điện tử lên 90%; khám sàng lọc bệnh không lây nhiễm cho người cao tuổi",
            "Trạm Y tế xã",
            "Hội Người cao tuổi xã",
            "Hoàn thành: 30/11/2027",
            ("2027-11-30", None),
            "bà Bàn Thị Mai, Trưởng Trạm Y tế",
            "Bàn Thị Mai",
            ["Hội Người cao tuổi xã"],
        ),
        (
            "Tiêu chí số 8 - Môi trường và cảnh quan nông thôn",
            "Xây dựng 05 điểm tập kết rác thải có mái che; ra quân vệ sinh suối Nghĩa Đô vào Chủ nhật cuối tháng",
            "Đoàn Thanh niên xã",
            "Ban Chỉ huy Quân sự xã, Hội Phụ nữ xã",
            "Thời gian: hằng tháng",
            ("2027-12-31", None),
            "",
            None,
            ["Ban Chỉ huy Quân sự xã", "Hội Phụ nữ xã"],
        ),
        (
            "Tiêu chí số 10 - Tiếp cận pháp luật và an ninh, quốc phòng",
            "Xây dựng lực lượng bảo vệ an ninh, trật tự ở cơ sở tại 100% bản; giải quyết dứt điểm 02 vụ tranh chấp đất rừng",
            "Công an xã",
            "Tổ bảo vệ an ninh, trật tự các bản",
            "Hoàn thành: tháng 6/2027",
            ("2027-06-30", None),
            "",
            None,
            ["Tổ bảo vệ an ninh, trật tự các bản"],
        ),
    ]
    tasks = []
    for i, (
        crit,
        work,
        lead,
        coord_text,
        when,
        (dl, st),
        who,
        name,
        coord,
    ) in enumerate(blocks, 1):
        body(doc, f"{i}. {crit}", bold=True)
        body(doc, f"- Nhiệm vụ: {work}.")
        body(doc, f"- Đơn vị chủ trì: {lead}.")
        body(doc, f"- Đơn vị phối hợp: {coord_text}.")
        body(doc, f"- {when}.")
        if who:
            body(doc, f"- Thành viên BCĐ phụ trách: {who}.")
        tasks.append(task(work, lead, coord, dl, start=st, official=name))
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Các thành viên Ban Chỉ đạo theo địa bàn được phân công theo dõi, đôn đốc; tổng hợp báo cáo "
        "Ban Chỉ đạo (qua Văn phòng Nông thôn mới xã) vào ngày 25 hằng tháng.",
    )
    recipients = [
        "- BCĐ các CTMTQG tỉnh (b/c);",
        "- TT Đảng ủy, HĐND xã;",
        "- Thành viên BCĐ xã;",
        "- Các bản;",
        "- Lưu: VT, VPNTM.",
    ]
    closing_beside(
        doc,
        recipients,
        ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "", "", "Hoàng Văn Đức"],
    )
    header = {
        "number": "04",
        "symbol": "KH-BCĐ",
        "place": "Nghĩa Đô",
        "date": "2027-03-15",
        "title": title,
        "issuer": "BAN CHỈ ĐẠO CÁC CTMTQG XÃ NGHĨA ĐÔ",
        "authority": "KT. TRƯỞNG BAN",
        "signer_title": "PHÓ TRƯỞNG BAN",
        "signer": "Hoàng Văn Đức",
        "bases": ["51/2025/QĐ-TTg", "1120/QĐ-UBND", "Thông báo ngày 02/03/2027"],
        "recipients": len(recipients),
    }
    write(
        OUT,
        "04_bcd_nghia_do.odt",
        saved_as(save(doc), "odt"),
        "Steering Committee of a Tày commune (Lào Cai), .odt: blocks 'N. Tiêu chí số N - …' each with\n"
        "labelled lines Nhiệm vụ / Đơn vị chủ trì / Đơn vị phối hợp / Thời gian|Hoàn thành / Thành viên BCĐ phụ trách.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 5
# Coastal province department (Khánh Hòa), pdf: numbered tasks, each
# followed by a line "Chủ trì: …; phối hợp: …; thời gian: …".


def plan5():
    doc = new_doc()
    a4(doc)
    head_block(
        doc,
        [
            "UBND TỈNH KHÁNH HÒA",
            "SỞ NÔNG NGHIỆP",
            "VÀ MÔI TRƯỜNG",
            "",
            "Số: 1187/KH-SNNMT",
        ],
        [*MOTTO, "", "Khánh Hòa, ngày 26 tháng 01 năm 2027"],
    )
    title = (
        "Phát triển thủy sản bền vững, chống khai thác hải sản bất hợp pháp (IUU) gắn với "
        "xây dựng nông thôn mới các xã ven biển năm 2027"
    )
    title_block(doc, "KẾ HOẠCH", [title])
    body(
        doc,
        "Căn cứ Luật Thủy sản ngày 21/11/2017; Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 "
        "của Thủ tướng Chính phủ; Kế hoạch số 88/KH-UBND ngày 06/01/2027 của UBND tỉnh Khánh Hòa "
        "về thực hiện Chương trình MTQG xây dựng nông thôn mới năm 2027;",
    )
    body(doc, "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch thực hiện như sau:")
    body(doc, "I. MỤC TIÊU", bold=True)
    body(
        doc,
        "100% tàu cá chiều dài từ 15 m trở lên lắp đặt và duy trì thiết bị giám sát hành trình; "
        "không có tàu cá, ngư dân của tỉnh vi phạm vùng biển nước ngoài; các xã ven biển "
        "Ninh Chữ, Cam Lâm, Vạn Ninh duy trì tiêu chí thu nhập và môi trường.",
    )
    body(doc, "II. NHIỆM VỤ, GIẢI PHÁP", bold=True)
    items = [
        (
            "Kiểm soát 100% tàu cá ra, vào cảng; xử lý nghiêm tàu cá mất kết nối thiết bị giám sát hành trình trên 6 giờ",
            "Chủ trì: Chi cục Thủy sản và Biển đảo; phối hợp: Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Ban Quản lý cảng cá; thời gian: thường xuyên.",
            task(
                "Kiểm soát 100% tàu cá ra, vào cảng; xử lý nghiêm tàu cá mất kết nối thiết bị giám sát hành trình trên 6 giờ",
                "Chi cục Thủy sản và Biển đảo",
                ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Ban Quản lý cảng cá"],
                "2027-12-31",
            ),
        ),
        (
            "Củng cố, thành lập mới 12 tổ đoàn kết khai thác hải sản trên biển; hỗ trợ mua sắm thiết bị thông tin liên lạc",
            "Chủ trì: UBND các xã ven biển; phối hợp: Hội Nghề cá tỉnh; thời gian: Quý II/2027.",
            task(
                "Củng cố, thành lập mới 12 tổ đoàn kết khai thác hải sản trên biển; hỗ trợ mua sắm thiết bị thông tin liên lạc",
                "UBND các xã ven biển",
                ["Hội Nghề cá tỉnh"],
                "2027-06-30",
            ),
        ),
        (
            "Chuyển đổi nghề cho 150 lao động khai thác ven bờ sang nuôi tôm hùm lồng theo tiêu chuẩn VietGAP tại vịnh Cam Ranh",
            "Chủ trì: Trung tâm Khuyến nông; phối hợp: Ngân hàng Chính sách xã hội tỉnh, UBND xã Cam Lâm; thời gian: tháng 3 đến tháng 10/2027.",
            task(
                "Chuyển đổi nghề cho 150 lao động khai thác ven bờ sang nuôi tôm hùm lồng theo tiêu chuẩn VietGAP tại vịnh Cam Ranh",
                "Trung tâm Khuyến nông",
                ["Ngân hàng Chính sách xã hội tỉnh", "UBND xã Cam Lâm"],
                "2027-10-31",
                start="2027-03-01",
            ),
        ),
        (
            "Thu gom, xử lý rác thải nhựa, ngư cụ bỏ đi tại các cảng cá, bến cá; lắp đặt 20 thùng chứa rác thải nhựa trên tàu",
            "Chủ trì: Chi cục Bảo vệ môi trường; phối hợp: Ban Quản lý cảng cá, Tỉnh đoàn Khánh Hòa; thời gian: trước 05/6/2027 (Ngày Môi trường thế giới).",
            task(
                "Thu gom, xử lý rác thải nhựa, ngư cụ bỏ đi tại các cảng cá, bến cá; lắp đặt 20 thùng chứa rác thải nhựa trên tàu",
                "Chi cục Bảo vệ môi trường",
                ["Ban Quản lý cảng cá", "Tỉnh đoàn Khánh Hòa"],
                "2027-06-05",
            ),
        ),
        (
            "Xây dựng 03 sản phẩm OCOP từ thủy sản (nước mắm Cà Ná, yến sào, mực một nắng) đạt 4 sao",
            "Chủ trì: Chi cục Phát triển nông thôn; phối hợp: Sở Công Thương, các hợp tác xã thủy sản; thời gian: Quý IV năm 2027.",
            task(
                "Xây dựng 03 sản phẩm OCOP từ thủy sản (nước mắm Cà Ná, yến sào, mực một nắng) đạt 4 sao",
                "Chi cục Phát triển nông thôn",
                ["Sở Công Thương", "các hợp tác xã thủy sản"],
                "2027-12-31",
            ),
        ),
        None,
        (
            "Rà soát, cắm mốc hành lang bảo vệ bờ biển, trồng mới 25 ha rừng phòng hộ ven biển",
            "Chủ trì: Chi cục Kiểm lâm; phối hợp: UBND các xã ven biển, Ban Chỉ huy Quân sự các xã; thời gian: mùa mưa năm 2027 (tháng 9 - tháng 12/2027).",
            task(
                "Rà soát, cắm mốc hành lang bảo vệ bờ biển, trồng mới 25 ha rừng phòng hộ ven biển",
                "Chi cục Kiểm lâm",
                ["UBND các xã ven biển", "Ban Chỉ huy Quân sự các xã"],
                "2027-12-31",
                start="2027-09-01",
            ),
        ),
    ]
    items[5] = (
        "Số hóa nhật ký khai thác điện tử (eCDT) cho tàu cá; tập huấn cho chủ tàu, thuyền trưởng",
        "Chủ trì: Chi cục Thủy sản và Biển đảo; phối hợp: Viễn thông Khánh Hòa, Tổ công nghệ số cộng đồng các xã ven biển; "
        "thời gian: từ 15/4/2027 đến 15/7/2027; cán bộ đầu mối: bà Pi Năng Thị Lành, Phó Chi cục trưởng.",
        task(
            "Số hóa nhật ký khai thác điện tử (eCDT) cho tàu cá; tập huấn cho chủ tàu, thuyền trưởng",
            "Chi cục Thủy sản và Biển đảo",
            ["Viễn thông Khánh Hòa", "Tổ công nghệ số cộng đồng các xã ven biển"],
            "2027-07-15",
            start="2027-04-15",
            official="Pi Năng Thị Lành",
        ),
    )
    for i, (work, who, _t) in enumerate(items, 1):
        body(doc, f"{i}. {work}.")
        body(doc, who, italic=True)
    body(doc, "III. KINH PHÍ", bold=True)
    body(
        doc,
        "Từ nguồn Chương trình MTQG xây dựng nông thôn mới và ngân sách sự nghiệp kinh tế năm 2027.",
    )
    body(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Các đơn vị thuộc Sở căn cứ nhiệm vụ được giao triển khai thực hiện; báo cáo kết quả định kỳ "
        "hằng quý (trước ngày 20 tháng cuối quý) về Sở qua Chi cục Phát triển nông thôn để tổng hợp.",
    )
    recipients = [
        "- UBND tỉnh (b/c);",
        "- Giám đốc, các PGĐ Sở;",
        "- UBND các xã ven biển;",
        "- Các phòng, đơn vị thuộc Sở;",
        "- Lưu: VT, PTNT.",
    ]
    closing_beside(
        doc, recipients, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Đinh Văn Lợi"]
    )
    header = {
        "number": "1187",
        "symbol": "KH-SNNMT",
        "place": "Khánh Hòa",
        "date": "2027-01-26",
        "title": title,
        "issuer": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        "authority": "KT. GIÁM ĐỐC",
        "signer_title": "PHÓ GIÁM ĐỐC",
        "signer": "Đinh Văn Lợi",
        "bases": ["Luật ngày 21/11/2017", "51/2025/QĐ-TTg", "88/KH-UBND"],
        "recipients": len(recipients),
    }
    write(
        OUT,
        "05_so_nnmt_khanh_hoa.pdf",
        saved_as(save(doc), "pdf"),
        "Coastal provincial department (Khánh Hòa, fisheries/IUU), pdf from Word: numbered tasks, each\n"
        "followed by an italic line 'Chủ trì: …; phối hợp: …; thời gian: …' (one with 'cán bộ đầu mối').",
        header,
        [t for *_, t in items],
    )


# ---------------------------------------------------------------- plan 6
# South-East ward after the merger (TP. Hồ Chí Minh), pdf, landscape table
# whose columns run STT | Nội dung | Thời gian | Chủ trì | Phối hợp |
# Người phụ trách.


def plan6():
    doc = new_doc()
    a4(doc, left=2.0, right=1.5, landscape=True)
    t = doc.add_table(rows=2, cols=2)
    no_borders(t)
    fill(
        t.cell(0, 0),
        [("ỦY BAN NHÂN DÂN", False), ("PHƯỜNG PHÚ LỢI", True)],
        size=13,
        center=True,
    )
    fill(t.cell(0, 1), [(MOTTO[0], True), (MOTTO[1], True)], size=13, center=True)
    fill(t.cell(1, 0), "Số: 96/KH-UBND", size=13, center=True)
    fill(t.cell(1, 1), "Phú Lợi, ngày 03 tháng 3 năm 2027", size=13, center=True)
    for r in t.cell(1, 1).paragraphs[0].runs:
        r.italic = True
    fixed_widths(t, [10.0, 16.0])
    title = (
        "Thu gom, phân loại chất thải rắn sinh hoạt tại nguồn và chỉnh trang đô thị "
        "văn minh trên địa bàn phường Phú Lợi năm 2027"
    )
    title_block(doc, "KẾ HOẠCH", [title])
    body(
        doc,
        "Căn cứ Luật Bảo vệ môi trường ngày 17/11/2020; Quyết định số 2236/QĐ-UBND ngày 15/12/2026 "
        "của UBND Thành phố Hồ Chí Minh về giao chỉ tiêu phân loại chất thải rắn sinh hoạt "
        "năm 2027; UBND phường Phú Lợi ban hành kế hoạch với các nội dung sau:",
    )
    body(doc, "I. MỤC TIÊU", bold=True)
    body(
        doc,
        "Đến hết năm 2027, 80% hộ gia đình tại 28 khu phố thực hiện phân loại rác tại nguồn; "
        "xóa 100% điểm tập kết rác tự phát.",
    )
    body(doc, "II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    rows = [
        (
            "Tuyên truyền, phát tờ rơi hướng dẫn phân loại rác tại nguồn đến từng hộ dân",
            "Tháng 3-4/2027",
            "Ủy ban MTTQ Việt Nam phường",
            "Ban điều hành các khu phố",
            "Bà Trịnh Thị Kim Yến",
            "2027-04-30",
            "2027-03-01",
            ["Ban điều hành các khu phố"],
        ),
        (
            "Trang bị 1.200 thùng rác hai ngăn cho hộ dân tại khu phố Phú Hòa 1, Phú Hòa 2",
            "30/5/2027",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Công ty TNHH MTV Cấp thoát nước - Môi trường Bình Dương",
            "Ông Quách Minh Trí",
            "2027-05-30",
            None,
            ["Công ty TNHH MTV Cấp thoát nước - Môi trường Bình Dương"],
        ),
        (
            "Xóa các điểm tập kết rác tự phát dọc đường Lê Hồng Phong, Huỳnh Văn Lũy",
            "Từ 01/4 đến 30/6/2027",
            "Đội Quản lý trật tự đô thị",
            "Công an phường; Ban điều hành khu phố",
            "Ông Kiều Văn Hậu",
            "2027-06-30",
            "2027-04-01",
            ["Công an phường", "Ban điều hành khu phố"],
        ),
        (
            "Ra quân “Ngày Chủ nhật xanh” vệ sinh kênh rạch, nạo vét rạch Bà Lụa",
            "Chủ nhật tuần cuối mỗi tháng",
            "Đoàn Thanh niên phường",
            "Ban Chỉ huy Quân sự phường; Hội Cựu chiến binh phường",
            "Anh Tô Hoài Nam",
            "2027-12-31",
            None,
            ["Ban Chỉ huy Quân sự phường", "Hội Cựu chiến binh phường"],
        ),
        (
            "Xây dựng 05 tuyến hẻm “Sáng - Xanh - Sạch - An toàn”",
            "Quý III/2027",
            "Hội Liên hiệp Phụ nữ phường",
            "Ban điều hành các khu phố Phú Thọ, Phú Mỹ, Phú Tân",
            "Bà Hồ Thị Diệu",
            "2027-09-30",
            None,
            ["Ban điều hành các khu phố Phú Thọ, Phú Mỹ, Phú Tân"],
        ),
        (
            "Kiểm tra, xử lý cơ sở sản xuất, kinh doanh xả nước thải chưa qua xử lý ra môi trường",
            "Định kỳ hằng quý",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Công an phường",
            "Ông Quách Minh Trí",
            "2027-12-31",
            None,
            ["Công an phường"],
        ),
        (
            "Vận động doanh nghiệp trên địa bàn tài trợ trồng 500 cây xanh tại các tuyến đường",
            "Trước 30/10/2027",
            "Ủy ban MTTQ Việt Nam phường",
            "Hiệp hội Doanh nghiệp; các doanh nghiệp trên địa bàn",
            "Bà Trịnh Thị Kim Yến",
            "2027-10-30",
            None,
            ["Hiệp hội Doanh nghiệp", "các doanh nghiệp trên địa bàn"],
        ),
        (
            "Triển khai phản ánh vi phạm môi trường qua ứng dụng “Công dân số” và tổng đài 1022",
            "Tháng 6/2027",
            "Văn phòng HĐND và UBND phường",
            "Tổ công nghệ số cộng đồng các khu phố",
            "Ông Lâm Gia Huy",
            "2027-06-30",
            None,
            ["Tổ công nghệ số cộng đồng các khu phố"],
        ),
        (
            "Đánh giá, khen thưởng khu phố, hộ gia đình tiêu biểu trong phân loại rác",
            "15/12/2027",
            "Phòng Văn hóa - Xã hội",
            "Ủy ban MTTQ Việt Nam phường",
            "Bà Hồ Thị Diệu",
            "2027-12-15",
            None,
            ["Ủy ban MTTQ Việt Nam phường"],
        ),
    ]
    cells, tasks = [], []
    for i, (work, when, lead, coord, who, dl, st, coord_list) in enumerate(rows, 1):
        cells.append([str(i), work, when, lead, coord, who])
        name = who.split(" ", 1)[1]
        tasks.append(task(work, lead, coord_list, dl, start=st, official=name))
    table(
        doc,
        [
            "STT",
            "Nội dung công việc",
            "Thời gian thực hiện",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Người phụ trách",
        ],
        cells,
        [1.4, 8.3, 3.5, 4.3, 5.5, 3.2],
        size=12,
    )
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Giao Phòng Kinh tế, Hạ tầng và Đô thị là cơ quan thường trực, theo dõi, tổng hợp kết quả, "
        "tham mưu UBND phường báo cáo UBND Thành phố trước ngày 20/12/2027.",
    )
    recipients = [
        "- UBND Thành phố (b/c);",
        "- Sở Nông nghiệp và Môi trường TP;",
        "- TT Đảng ủy, HĐND phường;",
        "- UBMTTQVN phường;",
        "- Các phòng, ban, đoàn thể phường;",
        "- 28 khu phố;",
        "- Lưu: VT, KTHTĐT.",
    ]
    closing_beside(
        doc,
        recipients,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Quách Minh Trí",
        ],
    )
    header = {
        "number": "96",
        "symbol": "KH-UBND",
        "place": "Phú Lợi",
        "date": "2027-03-03",
        "title": title,
        "issuer": "ỦY BAN NHÂN DÂN PHƯỜNG PHÚ LỢI",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Quách Minh Trí",
        "bases": ["Luật ngày 17/11/2020", "2236/QĐ-UBND"],
        "recipients": len(recipients),
    }
    write(
        OUT,
        "06_phuong_phu_loi.pdf",
        saved_as(save(doc), "pdf"),
        "Ward UBND in Ho Chi Minh City after the merger, landscape pdf: table STT | Nội dung công việc |\n"
        "Thời gian thực hiện | Đơn vị chủ trì | Đơn vị phối hợp | Người phụ trách (time before the lead).",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 7
# Coastal North-Central commune (Quảng Trị), xlsx: OCOP and digital
# transformation, start and end columns, official column.


def plan7():
    from datetime import date

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "KH 2027"
    f = Font(name="Times New Roman", size=12)
    fb = Font(name="Times New Roman", size=12, bold=True)
    ws.merge_cells("A1:C1")
    ws["A1"] = "ỦY BAN NHÂN DÂN"
    ws.merge_cells("A2:C2")
    ws["A2"] = "XÃ CỬA TÙNG"
    ws.merge_cells("E1:H1")
    ws["E1"] = MOTTO[0]
    ws.merge_cells("E2:H2")
    ws["E2"] = MOTTO[1]
    ws.merge_cells("A3:C3")
    ws["A3"] = "Số: 33/KH-UBND"
    ws.merge_cells("E3:H3")
    ws["E3"] = "Cửa Tùng, ngày 10 tháng 02 năm 2027"
    ws.merge_cells("A5:H5")
    ws["A5"] = "KẾ HOẠCH"
    title = (
        "Phát triển sản phẩm OCOP và đẩy mạnh chuyển đổi số trong sản xuất, "
        "kinh doanh nông, thủy sản xã Cửa Tùng năm 2027"
    )
    ws.merge_cells("A6:H6")
    ws["A6"] = title
    ws.merge_cells("A7:H7")
    ws["A7"] = (
        "(Thực hiện Quyết định số 1534/QĐ-UBND ngày 20/12/2026 của UBND tỉnh Quảng Trị về Chương trình "
        "OCOP tỉnh năm 2027 và Kế hoạch số 21/KH-UBND ngày 15/01/2027 của UBND xã về chuyển đổi số năm 2027)"
    )
    head = [
        "TT",
        "Nhiệm vụ",
        "Đơn vị thực hiện",
        "Đơn vị phối hợp",
        "Cán bộ phụ trách",
        "Bắt đầu",
        "Hoàn thành",
        "Ghi chú",
    ]
    for c, h in enumerate(head, 1):
        ws.cell(row=9, column=c, value=h).font = fb
    rows = [
        (
            "Hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm nước mắm truyền thống Cửa Tùng đạt 3 sao",
            "Hợp tác xã Dịch vụ nghề cá Cửa Tùng",
            "Công chức Kinh tế",
            "Võ Thị Thu Hà",
            date(2027, 3, 1),
            date(2027, 6, 30),
            "OCOP",
        ),
        (
            "Xây dựng mới sản phẩm cá khô một nắng, ruốc Cửa Tùng tham gia Chương trình OCOP",
            "Tổ hợp tác chế biến hải sản thôn An Đức",
            "Trung tâm Khuyến nông tỉnh; Hội Phụ nữ xã",
            "Võ Thị Thu Hà",
            "01/4/2027",
            "30/11/2027",
            "OCOP",
        ),
        (
            "Đưa 100% sản phẩm OCOP của xã lên sàn thương mại điện tử Postmart, Voso",
            "Bưu điện văn hóa xã",
            "Tổ công nghệ số cộng đồng",
            "Hồ Văn Quyết",
            "Tháng 4/2027",
            "Tháng 8/2027",
            "CĐS",
        ),
        (
            "Gắn mã QR truy xuất nguồn gốc cho 100% sản phẩm OCOP và sản phẩm chủ lực",
            "Công chức Kinh tế",
            "Các chủ thể OCOP",
            "",
            "",
            date(2027, 9, 30),
            "CĐS",
        ),
        (
            "Tập huấn kỹ năng bán hàng trực tuyến (livestream) cho 60 hộ sản xuất, kinh doanh",
            "Đoàn Thanh niên xã",
            "Viettel Quảng Trị; Tổ công nghệ số cộng đồng",
            "Lê Phước Sang",
            "15/5/2027",
            "15/7/2027",
            "CĐS",
        ),
        (
            "Tổ chức Phiên chợ sản phẩm OCOP gắn với Lễ hội Cầu ngư thôn Tùng Luật",
            "Công chức Văn hóa - Xã hội",
            "Ban Chỉ huy Quân sự xã; Công an xã; Ban công tác Mặt trận thôn Tùng Luật",
            "",
            "",
            "Tháng 3/2027 (âm lịch)",
            "",
        ),
        (
            "Hỗ trợ 15 tàu cá lắp đặt thiết bị kết nối Internet vệ tinh phục vụ ghi nhật ký khai thác điện tử",
            "Hội Nghề cá xã",
            "Chi nhánh Ngân hàng Nông nghiệp và Phát triển nông thôn",
            "Trương Văn Bảy",
            date(2027, 2, 15),
            "Quý II/2027",
            "IUU",
        ),
    ]
    tasks = []
    for i, (work, lead, coord, who, st, dl, note) in enumerate(rows, 1):
        r = 9 + i
        vals = [i, work, lead, coord, who, st, dl, note]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.font = f
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, date):
                cell.number_format = "dd/mm/yyyy"
    iso = {
        0: ("2027-06-30", "2027-03-01"),
        1: ("2027-11-30", "2027-04-01"),
        2: ("2027-08-31", "2027-04-01"),
        3: ("2027-09-30", None),
        4: ("2027-07-15", "2027-05-15"),
        5: (None, None),  # lunar month 3: no solar date a careful reader can give
        6: ("2027-06-30", "2027-02-15"),
    }
    for i, (work, lead, coord, who, *_r) in enumerate(rows):
        dl, st = iso[i]
        tasks.append(
            task(
                work,
                lead,
                [c.strip() for c in coord.split(";")],
                dl,
                start=st,
                official=who or None,
            )
        )
    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=9, max_row=9 + len(rows), max_col=8):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in ("A1", "A2", "E1", "E2", "A5", "A6"):
        ws[cell].font = fb
        ws[cell].alignment = Alignment(horizontal="center")
    for cell in ("A3", "E3", "A7"):
        ws[cell].font = Font(name="Times New Roman", size=12, italic=cell != "A3")
        ws[cell].alignment = Alignment(horizontal="center", wrap_text=True)
    for col, w in zip("ABCDEFGH", [5, 48, 26, 30, 18, 13, 15, 9], strict=True):
        ws.column_dimensions[col].width = w
    end = 9 + len(rows) + 2
    ws.cell(row=end, column=1, value="Nơi nhận:").font = fb
    recipients = [
        "- Sở NN&MT tỉnh;",
        "- TT Đảng ủy xã;",
        "- CT, PCT UBND xã;",
        "- Các đơn vị thực hiện;",
        "- Lưu: VT.",
    ]
    for k, line in enumerate(recipients, 1):
        ws.cell(row=end + k, column=1, value=line).font = f
    sig = [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "",
        "",
        "Hồ Văn Quyết",
    ]
    for k, line in enumerate(sig):
        if line:
            c = ws.cell(row=end + k, column=6, value=line)
            c.font = fb
    header = {
        "number": "33",
        "symbol": "KH-UBND",
        "place": "Cửa Tùng",
        "date": "2027-02-10",
        "title": title,
        "issuer": "ỦY BAN NHÂN DÂN XÃ CỬA TÙNG",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Hồ Văn Quyết",
        "bases": ["1534/QĐ-UBND", "21/KH-UBND"],
        "recipients": len(recipients),
    }
    write(
        OUT,
        "07_xa_cua_tung.xlsx",
        save(wb),
        "Coastal commune UBND (Quảng Trị), one-sheet xlsx: TT | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp |\n"
        "Cán bộ phụ trách | Bắt đầu | Hoàn thành | Ghi chú; dates as real date cells, text dates, months, a lunar month.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 8
# A village (bản) plan of Sơn La pasted from Zalo: a draft with a blank
# number and day, tasks as "+" lines with "Phụ trách:" and "Thời gian:".


def plan8():
    title = "Xây dựng bản Nà Tấu đạt chuẩn khu dân cư nông thôn mới kiểu mẫu năm 2027"
    text = """UBND XÃ CHIỀNG MAI
BAN PHÁT TRIỂN BẢN NÀ TẤU
Số:     /KH-BPT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nà Tấu, ngày      tháng 3 năm 2027

KẾ HOẠCH
Xây dựng bản Nà Tấu đạt chuẩn khu dân cư nông thôn mới kiểu mẫu năm 2027
(DỰ THẢO - xin ý kiến các hộ trong nhóm Zalo bản)

Căn cứ Kế hoạch số 27/KH-UBND ngày 02/3/2027 của UBND xã Chiềng Mai; căn cứ Nghị quyết họp bản ngày 05/3/2027, Ban phát triển bản xây dựng kế hoạch như sau:

I. MỤC TIÊU
Bản có 148 hộ, 100% hộ người Thái. Phấn đấu cuối năm 2027 đạt chuẩn khu dân cư NTM kiểu mẫu.

II. CÁC VIỆC CẦN LÀM
+ Đổ bê tông 650 m đường từ nhà văn hóa bản ra khu sản xuất Co Muông. Phụ trách: Trưởng bản (ông Lò Văn Tiến). Phối hợp: Chi đoàn thanh niên bản, các hộ hưởng lợi. Thời gian: xong trước 30/4/2027
+ Mỗi hộ tự cải tạo vườn tạp, trồng xoài, nhãn ghép. Phụ trách: Chi hội Nông dân bản (ông Lường Văn Khiêm). Thời gian: tháng 5 đến tháng 7/2027
+ Làm lại rãnh thoát nước, hố rác thải chung cho 3 xóm (xóm Trên, xóm Giữa, xóm Dưới). Phụ trách: Tổ tự quản môi trường (bà Hà Thị Sinh). Phối hợp: Chi hội Phụ nữ bản. Thời gian: Quý II/2027
+ Khôi phục đội xòe, đội văn nghệ bản; tập luyện chuẩn bị giao lưu dịp Tết Độc lập. Phụ trách: Chi hội Phụ nữ bản (bà Cầm Thị Ín). Thời gian: trước ngày 25/8/2027
+ Vận động 100% hộ tham gia BHYT, không có người nghiện ma túy, không có trẻ em bỏ học. Phụ trách: Bí thư chi bộ (ông Quàng Văn Chung). Phối hợp: Công an viên bản, Nhân viên y tế bản. Thời gian: thường xuyên
+ Hướng dẫn bà con cài app VNeID, dùng QR thanh toán khi bán nông sản. Phụ trách: Chi đoàn thanh niên bản (anh Lò Văn Pọm). Phối hợp: Tổ công nghệ số cộng đồng xã. Thời gian: 6/2027

III. KINH PHÍ
Nhân dân đóng góp ngày công, tiền mặt theo họp bản (có bảng riêng); đề nghị xã hỗ trợ xi măng.

IV. TỔ CHỨC THỰC HIỆN
Các tổ chức trong bản triển khai, mỗi tháng báo cáo Trưởng bản để tổng hợp báo cáo UBND xã.

Nơi nhận:
- UBND xã Chiềng Mai (b/c);
- Chi bộ bản;
- Các đoàn thể bản;
- Lưu.

TM. BAN PHÁT TRIỂN BẢN
TRƯỞNG BAN

Lò Văn Tiến
"""
    tasks = [
        task(
            "Đổ bê tông 650 m đường từ nhà văn hóa bản ra khu sản xuất Co Muông",
            "Trưởng bản",
            ["Chi đoàn thanh niên bản", "các hộ hưởng lợi"],
            "2027-04-30",
            official="Lò Văn Tiến",
        ),
        task(
            "Mỗi hộ tự cải tạo vườn tạp, trồng xoài, nhãn ghép",
            "Chi hội Nông dân bản",
            None,
            "2027-07-31",
            start="2027-05-01",
            official="Lường Văn Khiêm",
        ),
        task(
            "Làm lại rãnh thoát nước, hố rác thải chung cho 3 xóm (xóm Trên, xóm Giữa, xóm Dưới)",
            "Tổ tự quản môi trường",
            ["Chi hội Phụ nữ bản"],
            "2027-06-30",
            official="Hà Thị Sinh",
        ),
        task(
            "Khôi phục đội xòe, đội văn nghệ bản; tập luyện chuẩn bị giao lưu dịp Tết Độc lập",
            "Chi hội Phụ nữ bản",
            None,
            "2027-08-25",
            official="Cầm Thị Ín",
        ),
        task(
            "Vận động 100% hộ tham gia BHYT, không có người nghiện ma túy, không có trẻ em bỏ học",
            "Bí thư chi bộ",
            ["Công an viên bản", "Nhân viên y tế bản"],
            "2027-12-31",
            official="Quàng Văn Chung",
        ),
        task(
            "Hướng dẫn bà con cài app VNeID, dùng QR thanh toán khi bán nông sản",
            "Chi đoàn thanh niên bản",
            ["Tổ công nghệ số cộng đồng xã"],
            "2027-06-30",
            official="Lò Văn Pọm",
        ),
    ]
    header = {
        "number": "",
        "symbol": "KH-BPT",
        "place": "Nà Tấu",
        "date": "",
        "title": title,
        "issuer": "BAN PHÁT TRIỂN BẢN NÀ TẤU",
        "authority": "TM. BAN PHÁT TRIỂN BẢN",
        "signer_title": "TRƯỞNG BAN",
        "signer": "Lò Văn Tiến",
        "bases": ["27/KH-UBND", "Nghị quyết ngày 05/03/2027"],
        "recipients": 4,
    }
    write(
        OUT,
        "08_ban_na_tau.txt",
        text,
        "Village (bản) development board plan of a Thái village (Sơn La), plain text pasted from Zalo, a draft\n"
        "with blank number and day: '+' task lines with 'Phụ trách: body (person). Phối hợp: … Thời gian: …'.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 9
# Province UBND (Lâm Đồng after the merger), ethnic-minority programme and
# NTM, 22 tasks in an appendix table after the signature.


def plan9():
    doc = new_doc()
    a4(doc)
    head_block(
        doc,
        ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "", "Số: 305/KH-UBND"],
        [*MOTTO, "", "Lâm Đồng, ngày 29 tháng 01 năm 2027"],
    )
    title = (
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới và Chương trình mục tiêu "
        "quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2027"
    )
    title_block(
        doc,
        "KẾ HOẠCH",
        [
            "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới và Chương trình mục tiêu",
            "quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2027",
        ],
    )
    body(
        doc,
        "Căn cứ Nghị quyết số 257/2025/QH15 ngày 27/6/2025 của Quốc hội; Quyết định số 51/2025/QĐ-TTg "
        "ngày 31/12/2025 của Thủ tướng Chính phủ; Nghị quyết số 24/2026/NQ-HĐND ngày 10/12/2026 của "
        "Hội đồng nhân dân tỉnh về phân bổ vốn các Chương trình MTQG năm 2027;",
    )
    body(doc, "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện năm 2027 như sau:")
    body(doc, "I. MỤC TIÊU", bold=True)
    body(
        doc,
        "Có thêm 12 xã đạt chuẩn nông thôn mới, 4 xã đạt chuẩn nông thôn mới nâng cao; giảm tỷ lệ hộ "
        "nghèo vùng đồng bào dân tộc thiểu số (K'Ho, Mạ, M'Nông, Chu Ru, Churu) 3%/năm; 100% bon, "
        "buôn có đường ô tô đến trung tâm được cứng hóa.",
    )
    body(doc, "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", bold=True)
    body(
        doc,
        "Tập trung hoàn thiện hạ tầng thiết yếu, phát triển sản xuất gắn với chuỗi giá trị, bảo tồn văn "
        "hóa truyền thống; nhiệm vụ cụ thể tại Phụ lục kèm theo.",
    )
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    body(
        doc,
        "Các sở, ngành, UBND các xã, phường theo chức năng, nhiệm vụ được phân công tại Phụ lục triển khai "
        "thực hiện; báo cáo kết quả 6 tháng trước ngày 15/6/2027, cả năm trước ngày 10/12/2027 về Sở Nông "
        "nghiệp và Môi trường (cơ quan thường trực) và Sở Dân tộc và Tôn giáo.",
    )
    recipients = [
        "- Bộ Nông nghiệp và Môi trường;",
        "- Bộ Dân tộc và Tôn giáo;",
        "- TT Tỉnh ủy, TT HĐND tỉnh;",
        "- CT, các PCT UBND tỉnh;",
        "- Ủy ban MTTQ Việt Nam tỉnh;",
        "- Các sở, ban, ngành;",
        "- UBND các xã, phường, đặc khu;",
        "- LĐVP, các phòng NC;",
        "- Lưu: VT, KT.",
    ]
    closing_beside(
        doc,
        recipients,
        [
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Điểu K'Ré",
        ],
    )
    doc.add_page_break()
    para(doc, "Phụ lục", bold=True, center=True)
    para(
        doc,
        "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN CÁC CHƯƠNG TRÌNH MTQG NĂM 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Kèm theo Kế hoạch số 305/KH-UBND ngày 29/01/2027 của UBND tỉnh Lâm Đồng)",
        italic=True,
        center=True,
    )
    S = "Sở Nông nghiệp và Môi trường"
    D = "Sở Dân tộc và Tôn giáo"
    rows = [
        "A. CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI",
        (
            "Hướng dẫn các xã rà soát, đánh giá hiện trạng theo Bộ tiêu chí xã nông thôn mới giai đoạn 2026 - 2030",
            S,
            "UBND các xã",
            "Quý I/2027",
            "2027-03-31",
        ),
        (
            "Thẩm định hồ sơ, trình công nhận 12 xã đạt chuẩn nông thôn mới năm 2027",
            S,
            "Các sở, ngành thành viên Ban Chỉ đạo",
            "Tháng 11/2027",
            "2027-11-30",
        ),
        (
            "Phân bổ, giao chi tiết vốn sự nghiệp nông thôn mới năm 2027 cho các xã",
            "Sở Tài chính",
            S,
            "Trước 31/3/2027",
            "2027-03-31",
        ),
        (
            "Nâng cấp 85 km đường giao thông nông thôn tại các xã phấn đấu đạt chuẩn",
            "Sở Xây dựng",
            "UBND các xã",
            "31/10/2027",
            "2027-10-31",
        ),
        (
            "Hoàn thành kiên cố hóa 40 km kênh mương nội đồng, ưu tiên vùng sản xuất cà phê, chè",
            S,
            "Công ty TNHH MTV Khai thác công trình thủy lợi Lâm Đồng",
            "Quý IV/2027",
            "2027-12-31",
        ),
        (
            "Cải tạo, nâng cấp lưới điện nông thôn, cấp điện cho 1.150 hộ đồng bào chưa có điện",
            "Công ty Điện lực Lâm Đồng",
            "Sở Công Thương; UBND các xã",
            "Tháng 12/2027",
            "2027-12-31",
        ),
        (
            "Đánh giá, phân hạng và công nhận 45 sản phẩm OCOP mới, trong đó có sản phẩm cà phê Arabica Cầu Đất, rượu cần K'Ho",
            S,
            "Sở Công Thương; Sở Khoa học và Công nghệ",
            "Quý III/2027",
            "2027-09-30",
        ),
        (
            "Xây dựng 06 vùng nguyên liệu cà phê, sầu riêng đạt chứng nhận bền vững, cấp mã số vùng trồng",
            S,
            "Hiệp hội Cà phê Lâm Đồng; các doanh nghiệp liên kết",
            "30/9/2027",
            "2027-09-30",
        ),
        (
            "Duy trì, nâng chất 100% trạm y tế xã đạt Bộ tiêu chí quốc gia về y tế xã",
            "Sở Y tế",
            "UBND các xã",
            "Thường xuyên",
            "2027-12-31",
        ),
        (
            "Đầu tư phòng học, nhà công vụ giáo viên tại các trường vùng khó khăn",
            "Sở Giáo dục và Đào tạo",
            "UBND các xã",
            "Trước khai giảng năm học 2027 - 2028 (05/9/2027)",
            "2027-09-05",
        ),
        (
            "Triển khai hạ tầng viễn thông, phủ sóng 4G/5G đến 100% thôn, bon, buôn",
            "Sở Khoa học và Công nghệ",
            "Các doanh nghiệp viễn thông",
            "Quý II/2027",
            "2027-06-30",
        ),
        (
            "Xây dựng mô hình xử lý chất thải rắn sinh hoạt, chất thải chăn nuôi quy mô xã",
            S,
            "UBND các xã; các hợp tác xã",
            "Tháng 8/2027",
            "2027-08-31",
        ),
        (
            "Kiểm tra, xử lý vi phạm về khai thác khoáng sản, phá rừng trái phép tại vùng giáp ranh",
            "Công an tỉnh",
            S + "; Bộ Chỉ huy Quân sự tỉnh",
            "Thường xuyên",
            "2027-12-31",
        ),
        "B. CHƯƠNG TRÌNH MTQG PHÁT TRIỂN KTXH VÙNG ĐỒNG BÀO DTTS VÀ MIỀN NÚI",
        (
            "Giải quyết tình trạng thiếu đất ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo",
            D,
            "UBND các xã; " + S,
            "15/11/2027",
            "2027-11-15",
        ),
        (
            "Sắp xếp, ổn định dân cư tập trung tại bon Bu Prâng, bon Đăk Huýt",
            D,
            "UBND xã Quảng Trực",
            "Quý IV/2027",
            "2027-12-31",
        ),
        (
            "Hỗ trợ phát triển sản xuất theo chuỗi giá trị dược liệu dưới tán rừng (atisô, đương quy, sâm dây)",
            S,
            D + "; Ban quản lý rừng phòng hộ",
            "Năm 2027",
            "2027-12-31",
        ),
        (
            "Bảo tồn, phát huy không gian văn hóa cồng chiêng Tây Nguyên; hỗ trợ 20 đội cồng chiêng tại các bon, buôn",
            "Sở Văn hóa, Thể thao và Du lịch",
            D + "; già làng, người có uy tín",
            "Tháng 7 - tháng 10/2027",
            "2027-10-31",
        ),
        (
            "Đào tạo nghề, giới thiệu việc làm cho 2.500 lao động là người dân tộc thiểu số",
            "Sở Nội vụ",
            "Trường Cao đẳng Đà Lạt; Ngân hàng Chính sách xã hội tỉnh",
            "31/12/2027",
            "2027-12-31",
        ),
        (
            "Thực hiện bình đẳng giới, giải quyết vấn đề cấp thiết đối với phụ nữ và trẻ em vùng đồng bào",
            "Hội Liên hiệp Phụ nữ tỉnh",
            D,
            "Hằng năm",
            "2027-12-31",
        ),
        (
            "Phổ biến, giáo dục pháp luật, tuyên truyền vận động đồng bào bằng tiếng K'Ho, M'Nông",
            "Sở Tư pháp",
            "Đài Phát thanh và Truyền hình tỉnh; " + D,
            "Quý II - Quý III/2027",
            "2027-09-30",
        ),
        (
            "Ứng dụng công nghệ thông tin hỗ trợ đồng bào dân tộc thiểu số phát triển kinh tế - xã hội, bảo đảm an ninh trật tự",
            "Sở Khoa học và Công nghệ",
            "Công an tỉnh; " + D,
            "01/5 - 31/12/2027",
            "2027-12-31",
        ),
        (
            "Tổng kết, đánh giá thực hiện các Chương trình MTQG năm 2027, đề xuất kế hoạch năm 2028",
            S,
            D + "; Sở Tài chính",
            "Trước 20/12/2027",
            "2027-12-20",
        ),
    ]
    cells, tasks = [], []
    n = 0
    starts = {
        "Tháng 7 - tháng 10/2027": "2027-07-01",
        "Quý II - Quý III/2027": "2027-04-01",
        "01/5 - 31/12/2027": "2027-05-01",
    }
    for r in rows:
        if isinstance(r, str):
            cells.append(r)
            continue
        n += 1
        work, lead, coord, when, dl = r
        cells.append([str(n), work, lead, coord, when])
        tasks.append(
            task(
                work,
                lead,
                [c.strip() for c in coord.split(";")],
                dl,
                start=starts.get(when),
            )
        )
    table(
        doc,
        [
            "TT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời hạn hoàn thành",
        ],
        cells,
        [1.0, 6.5, 3.0, 3.5, 2.5],
        size=11,
    )
    header = {
        "number": "305",
        "symbol": "KH-UBND",
        "place": "Lâm Đồng",
        "date": "2027-01-29",
        "title": title,
        "issuer": "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        "signer_title": "PHÓ CHỦ TỊCH",
        "signer": "Điểu K'Ré",
        "bases": ["257/2025/QH15", "51/2025/QĐ-TTg", "24/2026/NQ-HĐND"],
        "recipients": len(recipients),
    }
    write(
        OUT,
        "09_ubnd_tinh_lam_dong.docx",
        save(doc),
        "Provincial UBND (Lâm Đồng after the merger), 22 tasks in an appendix table after the signature,\n"
        "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành, two programme group rows.",
        header,
        tasks,
    )


# ---------------------------------------------------------------- plan 10
# Mekong MTTQ (An Giang): duties of each body under "Tổ chức thực hiện",
# concrete work mixed with reporting duties that are not tasks.


def plan10():
    doc = new_doc()
    a4(doc)
    head_block(
        doc,
        [
            "ỦY BAN MTTQ VIỆT NAM",
            "TỈNH AN GIANG",
            "BAN THƯỜNG TRỰC",
            "ỦY BAN MTTQ VIỆT NAM XÃ ĐỊNH HÒA",
            "Số: 18/KH-MTTQ-BTT",
        ],
        [*MOTTO, "", "", "Định Hòa, ngày 05 tháng 4 năm 2027"],
        bold_left_from=2,
    )
    title = (
        "Triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” "
        "gắn với xây dựng ấp văn hóa, ấp nông thôn mới kiểu mẫu năm 2027"
    )
    title_block(doc, "KẾ HOẠCH", [title])
    body(
        doc,
        "Căn cứ Kế hoạch số 45/KH-MTTQ-BTT ngày 12/02/2027 của Ban Thường trực Ủy ban MTTQ Việt Nam "
        "tỉnh An Giang; Kế hoạch số 61/KH-UBND ngày 20/3/2027 của UBND xã Định Hòa, Ban Thường trực "
        "Ủy ban MTTQ Việt Nam xã xây dựng kế hoạch thực hiện như sau:",
    )
    body(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    body(
        doc,
        "Phát huy vai trò chủ thể của người dân; mỗi tổ chức thành viên đăng ký ít nhất 01 công trình, "
        "phần việc cụ thể; 100% ấp duy trì danh hiệu ấp văn hóa.",
    )
    body(doc, "II. NỘI DUNG TRỌNG TÂM", bold=True)
    body(
        doc,
        "Tuyên truyền sâu rộng về Bộ tiêu chí nông thôn mới giai đoạn 2026 - 2030; vận động nhân dân "
        "hiến đất, góp công xây dựng cầu, đường; chăm lo hộ nghèo, hộ khó khăn; giữ gìn cảnh quan, "
        "môi trường sáng - xanh - sạch - đẹp.",
    )
    body(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    duties = [
        (
            "1. Hội Nông dân xã",
            [
                (
                    "- Vận động hội viên hiến đất, góp ngày công làm 02 cầu bê tông ấp Hòa Thạnh, ấp Hòa Long; hoàn thành trước 31/7/2027.",
                    task(
                        "Vận động hội viên hiến đất, góp ngày công làm 02 cầu bê tông ấp Hòa Thạnh, ấp Hòa Long",
                        "Hội Nông dân xã",
                        None,
                        "2027-07-31",
                    ),
                ),
                (
                    "- Xây dựng cánh đồng lớn lúa chất lượng cao giảm phát thải 200 ha (phối hợp Hợp tác xã Nông nghiệp Định Hòa), thực hiện trong vụ Hè Thu 2027 (tháng 4 - tháng 8/2027).",
                    task(
                        "Xây dựng cánh đồng lớn lúa chất lượng cao giảm phát thải 200 ha",
                        "Hội Nông dân xã",
                        ["Hợp tác xã Nông nghiệp Định Hòa"],
                        "2027-08-31",
                        start="2027-04-01",
                    ),
                ),
            ],
        ),
        (
            "2. Hội Cựu chiến binh xã",
            [
                (
                    "- Duy trì 06 tổ tự quản “Tuyến đường cựu chiến binh xanh - sạch - đẹp”; thực hiện thường xuyên.",
                    task(
                        "Duy trì 06 tổ tự quản “Tuyến đường cựu chiến binh xanh - sạch - đẹp”",
                        "Hội Cựu chiến binh xã",
                        None,
                        "2027-12-31",
                    ),
                ),
                ("- Báo cáo kết quả về Ban Thường trực trước ngày 15/11/2027.", None),
            ],
        ),
        (
            "3. Đoàn Thanh niên xã",
            [
                (
                    "- Tổ chức Chiến dịch thanh niên tình nguyện hè, sửa chữa 03 căn nhà cho gia đình chính sách (phối hợp: Trường THCS Định Hòa); thời gian trong tháng 7/2027.",
                    task(
                        "Tổ chức Chiến dịch thanh niên tình nguyện hè, sửa chữa 03 căn nhà cho gia đình chính sách",
                        "Đoàn Thanh niên xã",
                        ["Trường THCS Định Hòa"],
                        "2027-07-31",
                    ),
                ),
                (
                    "- Ra mắt Tổ công nghệ số cộng đồng tại 07 ấp, hướng dẫn người dân sử dụng dịch vụ công trực tuyến; hoàn thành Quý II/2027.",
                    task(
                        "Ra mắt Tổ công nghệ số cộng đồng tại 07 ấp, hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
                        "Đoàn Thanh niên xã",
                        None,
                        "2027-06-30",
                    ),
                ),
            ],
        ),
        (
            "4. Hội Liên hiệp Phụ nữ xã",
            [
                (
                    "- Vận động xây dựng Quỹ “Mái ấm tình thương”, hỗ trợ xây 05 căn nhà cho phụ nữ nghèo người Khmer, người Chăm; hoàn thành trước ngày 02/9/2027.",
                    task(
                        "Vận động xây dựng Quỹ “Mái ấm tình thương”, hỗ trợ xây 05 căn nhà cho phụ nữ nghèo người Khmer, người Chăm",
                        "Hội Liên hiệp Phụ nữ xã",
                        None,
                        "2027-09-02",
                    ),
                ),
            ],
        ),
        (
            "5. Ban Công tác Mặt trận các ấp",
            [
                (
                    "- Tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” tại khu dân cư, phối hợp với Ban Nhân dân ấp; thời gian từ 01/10 đến 18/11/2027.",
                    task(
                        "Tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” tại khu dân cư",
                        "Ban Công tác Mặt trận các ấp",
                        ["Ban Nhân dân ấp"],
                        "2027-11-18",
                        start="2027-10-01",
                    ),
                ),
                (
                    "- Giám sát việc huy động đóng góp của nhân dân; định kỳ 6 tháng báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam xã.",
                    None,
                ),
            ],
        ),
        (
            "6. Thường trực Ủy ban MTTQ Việt Nam xã",
            [
                (
                    "- Rà soát, hỗ trợ vay vốn cho 40 hộ thoát nghèo bền vững, phối hợp: Ngân hàng Chính sách xã hội, Hội Nông dân xã; hoàn thành Quý III/2027 (đồng chí Sơn Thị Bô Pha, Phó Chủ tịch phụ trách).",
                    task(
                        "Rà soát, hỗ trợ vay vốn cho 40 hộ thoát nghèo bền vững",
                        "Thường trực Ủy ban MTTQ Việt Nam xã",
                        ["Ngân hàng Chính sách xã hội", "Hội Nông dân xã"],
                        "2027-09-30",
                        official="Sơn Thị Bô Pha",
                    ),
                ),
                (
                    "- Theo dõi, tổng hợp tình hình thực hiện kế hoạch, tham mưu sơ kết, tổng kết.",
                    None,
                ),
            ],
        ),
    ]
    tasks = []
    for head_, lines in duties:
        body(doc, head_ + ":", bold=True)
        for line, t in lines:
            body(doc, line)
            if t:
                tasks.append(t)
    body(
        doc,
        "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã Định Hòa; đề nghị các tổ chức "
        "thành viên, Ban Công tác Mặt trận các ấp triển khai thực hiện./.",
    )
    recipients = [
        "- BTT UBMTTQ VN tỉnh;",
        "- TT Đảng ủy xã;",
        "- UBND xã;",
        "- Các tổ chức thành viên;",
        "- BCTMT 07 ấp;",
        "- Lưu VT.",
    ]
    closing_beside(
        doc,
        recipients,
        ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "", "Néang Sa Ly"],
    )
    header = {
        "number": "18",
        "symbol": "KH-MTTQ-BTT",
        "place": "Định Hòa",
        "date": "2027-04-05",
        "title": title,
        "issuer": "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ ĐỊNH HÒA",
        "authority": "TM. BAN THƯỜNG TRỰC",
        "signer_title": "CHỦ TỊCH",
        "signer": "Néang Sa Ly",
        "bases": ["45/KH-MTTQ-BTT", "61/KH-UBND"],
        "recipients": len(recipients),
    }
    write(
        OUT,
        "10_mttq_dinh_hoa.docx",
        save(doc),
        "Fatherland Front standing board of a Mekong commune (An Giang): duties per body under 'Tổ chức thực hiện'\n"
        "(numbered body headings, dash lines), reporting-only lines are not tasks; one item assigned to a named person.",
        header,
        tasks,
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for f in (plan1, plan2, plan3, plan4, plan5, plan6, plan7, plan8, plan9, plan10):
        f()
        print("written", f.__name__)
