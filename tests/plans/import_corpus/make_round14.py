"""Writes round 14's Word files (run once; the files are committed, so the
tests read them as users upload them; its text plan, the official letter,
is written by hand):

    .venv/bin/python tests/plans/import_corpus/make_round14.py

Round 14 is the lead's third hold-out of 06/12/2026, written at the
session's start and kept out of the repository until round 12's and 13's
changes had landed, then measured on them: a draft with tracked changes
left in; a header in text boxes over Word's automatic list numbering; a
criteria table whose first column is merged down, with no number column.
"""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = Path(__file__).resolve().parent
from word_writer import closing_under, header_table, para  # noqa: E402

OUT = HERE / "round14"


W_RUN = '<w:r {ns}><w:t xml:space="preserve">{t}</w:t></w:r>'
ID = [100]


def tracked(p, kind, text):
    """Appends to paragraph p a tracked insertion ("ins") or deletion ("del")."""
    ID[0] += 1
    if kind == "del":
        xml = (
            f'<w:del {nsdecls("w")} w:id="{ID[0]}" w:author="Chuyên viên" w:date="2027-01-10T09:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
        )
    else:
        xml = (
            f'<w:ins {nsdecls("w")} w:id="{ID[0]}" w:author="Lãnh đạo" w:date="2027-01-11T09:00:00Z">'
            f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'
        )
    p._p.append(parse_xml(xml))


def run(p, text):
    p._p.append(parse_xml(W_RUN.format(ns=nsdecls("w"), t=text)))


def plan_tracked():
    doc = Document()
    header_table(
        doc,
        ["UBND TỈNH GIA LAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số:       /KH-SNNMT"],
        "Gia Lai, ngày      tháng 01 năm 2027",
    )
    para(doc, "DỰ THẢO", bold=True)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Hỗ trợ các xã đạt chuẩn nông thôn mới nâng cao năm 2027",
        bold=True,
        center=True,
    )
    for t in [
        "Căn cứ Quyết định số 57/QĐ-UBND ngày 06/01/2027 của UBND tỉnh Gia Lai về giao chỉ tiêu xây dựng nông thôn mới năm 2027;",
        "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:",
        "I. MỤC TIÊU",
        "Hỗ trợ 25 xã đạt chuẩn nông thôn mới nâng cao trong năm 2027.",
        "II. NHIỆM VỤ",
    ]:
        para(doc, t, bold=t.startswith(("I.", "II.")))
    p = para(
        doc,
        "1. Hướng dẫn các xã rà soát, đánh giá mức độ đạt các tiêu chí theo Bộ tiêu chí mới (Chi cục Phát triển nông thôn chủ trì; hoàn thành ",
    )
    tracked(p, "del", "trước ngày 30/3/2027")
    tracked(p, "ins", "trước ngày 15/3/2027")
    run(p, ").")
    p = para(doc, "2. Tổ chức ")
    tracked(p, "ins", "02 ")
    run(
        p,
        "lớp tập huấn nghiệp vụ cho cán bộ nông thôn mới cấp xã (Chi cục Phát triển nông thôn chủ trì, phối hợp Trường Cao đẳng Nông Lâm; Quý II/2027).",
    )
    p = doc.add_paragraph()
    tracked(
        p,
        "del",
        "3. Khảo sát mô hình nông thôn mới tại tỉnh Lâm Đồng (Văn phòng Sở chủ trì; tháng 4/2027).",
    )
    p = para(
        doc,
        "3. Kiểm tra, đánh giá thực hiện tiêu chí môi trường tại 25 xã (Chi cục Bảo vệ môi trường chủ trì, phối hợp UBND các xã; ",
    )
    tracked(p, "del", "tháng 6/2027")
    tracked(p, "ins", "tháng 8/2027")
    run(p, ").")
    para(
        doc,
        "4. Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao (Chi cục Phát triển nông thôn chủ trì, phối hợp các sở, ngành; tháng 11/2027).",
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị thuộc Sở triển khai thực hiện, báo cáo kết quả trước ngày 10/12/2027.",
    )
    closing_under(
        doc,
        ["- UBND tỉnh (b/c);", "- Giám đốc Sở;", "- Lưu: VT, PTNT."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Rơ Châm Long"],
    )
    doc.save(OUT / "r14-so-gia-lai-du-thao-sua-doi.docx")


def textbox(lines, left_pt, width_pt):
    paras = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
        for line in lines
    )
    return (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="tb{left_pt}" type="#_x0000_t202" style="position:absolute;margin-left:{left_pt}pt;margin-top:0;width:{width_pt}pt;height:60pt;z-index:1" stroked="f">'
        f"<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )


def plan_textboxes():
    doc = Document()
    p = doc.add_paragraph()
    p._p.append(
        parse_xml(textbox(["ỦY BAN NHÂN DÂN", "XÃ IA GRAI", "Số: 09/KH-UBND"], 0, 190))
    )
    p._p.append(
        parse_xml(
            textbox(
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
                210,
                260,
            )
        )
    )
    for _ in range(3):
        doc.add_paragraph()
    d = para(doc, "Ia Grai, ngày 12 tháng 01 năm 2027", italic=True)
    d.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Xây dựng thôn, làng nông thôn mới trong đồng bào dân tộc thiểu số năm 2027",
        bold=True,
        center=True,
    )
    for t in [
        "Căn cứ Kế hoạch số 12/KH-UBND ngày 20/12/2026 của UBND tỉnh Gia Lai;",
        "UBND xã Ia Grai ban hành Kế hoạch như sau:",
        "I. MỤC TIÊU",
        "Có thêm 03 làng đạt chuẩn nông thôn mới trong năm 2027.",
        "II. NHIỆM VỤ, GIẢI PHÁP",
    ]:
        para(doc, t, bold=t.startswith(("I.", "II.")))
    tasks = [
        (
            "Bê tông hóa 1,5 km đường nội làng Tơ Đo",
            [
                "Chủ trì: Phòng Kinh tế",
                "Phối hợp: Ban phát triển làng Tơ Đo",
                "Thời gian: Quý III/2027",
            ],
        ),
        (
            "Hỗ trợ 60 hộ làm chuồng trại chăn nuôi xa nhà",
            [
                "Chủ trì: Hội Nông dân xã",
                "Phối hợp: Trưởng thôn các làng",
                "Thời gian: Tháng 6/2027",
            ],
        ),
        (
            "Xây dựng 03 nhà vệ sinh công cộng tại nhà rông văn hóa",
            ["Chủ trì: Phòng Văn hóa - Xã hội", "Thời gian: Tháng 10/2027"],
        ),
        (
            "Dạy tiếng Jrai cho cán bộ, công chức xã",
            [
                "Chủ trì: Văn phòng HĐND và UBND xã",
                "Phối hợp: Trường Tiểu học Ia Grai",
                "Thời gian: Năm 2027",
            ],
        ),
    ]
    for title, attrs in tasks:
        para(doc, title, style="List Number")
        for a in attrs:
            para(doc, a, style="List Bullet 2")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị được giao nhiệm vụ báo cáo kết quả về UBND xã định kỳ hằng quý.",
    )
    closing_under(
        doc,
        ["- UBND tỉnh (b/c);", "- Các làng;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Siu Thanh"],
    )
    doc.save(OUT / "r14-xa-ia-grai-hop-van-ban.docx")


def vmerge(cell, start):
    tc_pr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vMerge")
    if start:
        v.set(qn("w:val"), "restart")
    tc_pr.append(v)


def plan_criteria_table():
    doc = Document()
    header_table(
        doc,
        ["ỦY BAN NHÂN DÂN", "XÃ VĨNH THẠNH", "Số: 22/KH-UBND"],
        "Vĩnh Thạnh, ngày 25 tháng 01 năm 2027",
    )
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(
        doc,
        "Nâng cao chất lượng các tiêu chí xã nông thôn mới giai đoạn 2027 - 2028",
        bold=True,
        center=True,
    )
    for t in [
        "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 15/01/2027 của HĐND xã Vĩnh Thạnh;",
        "UBND xã Vĩnh Thạnh ban hành Kế hoạch như sau:",
        "I. MỤC TIÊU",
        "Giữ vững 19/19 tiêu chí và nâng cao chất lượng các tiêu chí còn thấp.",
        "II. NỘI DUNG THỰC HIỆN",
    ]:
        para(doc, t, bold=t.startswith(("I.", "II.")))
    head = (
        "Tiêu chí",
        "Nội dung thực hiện",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Năm hoàn thành",
        "Kinh phí (triệu đồng)",
    )
    rows = [
        (
            "Giao thông",
            "Nâng cấp 2 km đường ĐX.03 lên bê tông nhựa",
            "Phòng Kinh tế",
            "Ban QLDA khu vực",
            "2028",
            "4.500",
        ),
        (
            None,
            "Trồng cây xanh, lắp biển báo trên 5 tuyến đường trục",
            "Đoàn Thanh niên xã",
            "Các ấp",
            "2027",
            "300",
        ),
        (
            "Thủy lợi",
            "Nạo vét 6 km kênh nội đồng ấp Vĩnh Lợi",
            "Phòng Kinh tế",
            "Hợp tác xã Vĩnh Thạnh",
            "2027",
            "850",
        ),
        (
            "Giáo dục",
            "Xây 06 phòng học Trường Tiểu học Vĩnh Thạnh A",
            "Phòng Văn hóa - Xã hội",
            "",
            "2028",
            "7.200",
        ),
        (
            None,
            "Duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi",
            "Phòng Văn hóa - Xã hội",
            "Trường Mầm non Vĩnh Thạnh",
            "2027",
            "",
        ),
        (
            None,
            "Mua sắm thiết bị dạy học tối thiểu",
            "Phòng Văn hóa - Xã hội",
            "",
            "2028",
            "1.100",
        ),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    for j, v in enumerate(head):
        t.cell(0, j).text = v
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v:
                t.cell(i, j).text = v
        nxt = rows[i] if i < len(rows) else ("end",)
        if row[0] is None:
            vmerge(t.cell(i, 0), start=False)
        elif nxt[0] is None:
            vmerge(t.cell(i, 0), start=True)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Phòng Kinh tế là cơ quan thường trực, theo dõi, tổng hợp kết quả thực hiện.",
    )
    closing_under(
        doc,
        ["- UBND tỉnh (b/c);", "- TT Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Trần Quốc Bảo"],
    )
    doc.save(OUT / "r14-xa-vinh-thanh-tieu-chi-gop-doc.docx")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    plan_tracked()
    plan_textboxes()
    plan_criteria_table()
