"""Writes round 25's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round25.py

Round 25 is the lead's first BLIND hold-out (06/12/2026): eight ordinary
plans as they reach a commune or province office, written by a helper who
read neither the importer, its corpus, its docs nor the seeds, and measured
untouched on main 849e2d9 (tasks 90.9/85.7, coordinating 78.8/55.3,
officials 100/44.0, deadlines 92.7/75.0, header 100/96.9 once its expected
results follow the product's documented readings, below); its families were
described in words to helpers who wrote rounds 25a and 25b.
Three of the writer's readings were brought to the product's documented
ones (docs/import.md): "thường xuyên" runs to the end of the plan's year
(the writer left it without a deadline), a "KT." signature's authority is
"TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH", and "các thôn A, B, C" is one unit as
"UBND các xã A, B" is (the writer listed each village).
"""

import re
import sys
from pathlib import Path

from docx.enum.text import WD_BREAK

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import expected  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    closing_under,
    opening,
    para,
    save,
    task_table,
)

OUT = HERE / "round25"


# --------------------------------------------------------------------------
# helpers


def write(name, ext, data, comment, header, tasks):
    """The plan and its expected result, the writer's task fields ("co",
    "date") as expected.write names them."""
    year = re.findall(r"20\d\d", header["title"])[-1]
    rows = []
    for t in tasks:
        deadline = t.get("date")
        if (
            not deadline
            and "thường xuyên" in f"{t.get('when', '')} {t.get('text', '')}".lower()
        ):
            # The product's documented reading: to the end of the plan's year.
            deadline = f"{year}-12-31"
        rows.append(
            {
                "title": t["title"],
                "lead": t["lead"],
                "coordinating": t.get("co"),
                "deadline": deadline,
                # The official as docs/import.md writes one (since tidyA):
                # the name and the post, without "đồng chí" or "trực tiếp
                # theo dõi"; the writer had the name only.
                "official": " - ".join(
                    v for v in (t.get("official"), t.get("post")) if v
                )
                or None,
            }
        )
    expected.write(OUT, f"{name}.{ext}", data, comment, header, rows)


def body(doc, text, bold=False, italic=False):
    return para(doc, text, bold=bold, italic=italic, indent=1.0)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def date_vn(d, m, y, dd_pad=True):
    return (
        f"ngày {d:02d} tháng {m:02d} năm {y}"
        if dd_pad
        else f"ngày {d} tháng {m} năm {y}"
    )


def joined(units, last=" và "):
    if len(units) == 1:
        return units[0]
    return ", ".join(units[:-1]) + last + units[-1]


# --------------------------------------------------------------------------
# 1. UBND xã Tân Lập (Phú Thọ): yearly NTM plan, tasks as numbered paragraphs
#    with who/when in parentheses at the end.


def doc1():
    name = "r25-xa-tan-lap-ntm-2027"
    title = (
        "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
        "trên địa bàn xã Tân Lập năm 2027"
    )
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP", "Số: 125/KH-UBND"],
        "Tân Lập, ngày 15 tháng 12 năm 2026",
        title,
    )
    a4(doc)
    for b in [
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;",
        "Căn cứ Kế hoạch số 312/KH-UBND ngày 20/11/2026 của Ủy ban nhân dân tỉnh Phú Thọ "
        "về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        "Căn cứ Nghị quyết số 28/NQ-HĐND ngày 10/12/2026 của Hội đồng nhân dân xã Tân Lập "
        "về kế hoạch phát triển kinh tế - xã hội năm 2027;",
    ]:
        body(doc, b, italic=True)
    body(
        doc,
        "Ủy ban nhân dân xã Tân Lập ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia "
        "xây dựng nông thôn mới trên địa bàn xã năm 2027, cụ thể như sau:",
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True, indent=1.0)
    body(doc, "1. Mục đích", bold=True)
    body(
        doc,
        "Duy trì, nâng cao chất lượng các tiêu chí xã đạt chuẩn nông thôn mới; từng bước "
        "hoàn thiện các tiêu chí xã nông thôn mới nâng cao, nâng cao đời sống vật chất và "
        "tinh thần của Nhân dân.",
    )
    body(doc, "2. Yêu cầu", bold=True)
    body(
        doc,
        "Các cơ quan, đơn vị, các thôn xác định rõ nhiệm vụ được giao, chủ động triển khai, "
        "bảo đảm tiến độ và chất lượng; phát huy vai trò chủ thể của người dân.",
    )
    para(doc, "II. MỤC TIÊU", bold=True, indent=1.0)
    body(
        doc,
        "Phấn đấu đến hết năm 2027 thu nhập bình quân đầu người đạt 72 triệu đồng/năm; tỷ lệ "
        "hộ nghèo giảm còn 1,2%; 100% thôn duy trì đạt chuẩn thôn nông thôn mới; xã đạt thêm "
        "03 tiêu chí nông thôn mới nâng cao.",
    )
    para(doc, "III. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True, indent=1.0)
    tasks = [
        dict(
            title="Rà soát, đánh giá thực trạng mức đạt các tiêu chí xã nông thôn mới nâng cao theo Bộ tiêu chí giai đoạn 2026 - 2030",
            lead="Phòng Kinh tế",
            co=["Văn phòng HĐND và UBND xã", "các thôn"],
            when="Quý I/2027",
            date="2027-03-31",
        ),
        dict(
            title='Đẩy mạnh tuyên truyền, vận động Nhân dân tham gia phong trào thi đua "Cả nước chung sức xây dựng nông thôn mới"',
            lead="Ủy ban MTTQ Việt Nam xã",
            co=[
                "Hội Nông dân xã",
                "Hội Liên hiệp Phụ nữ xã",
                "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
            ],
            when="thường xuyên",
        ),
        dict(
            title="Cứng hóa 4,5 km đường giao thông nông thôn tại thôn Đồng Tâm và thôn Tân Phú",
            lead="Phòng Kinh tế",
            co=["Ban phát triển thôn Đồng Tâm", "Ban phát triển thôn Tân Phú"],
            when="hoàn thành trước ngày 30/9/2027",
            date="2027-09-30",
        ),
        dict(
            title="Hỗ trợ Hợp tác xã Chè Tân Lập hoàn thiện hồ sơ đánh giá, phân hạng 02 sản phẩm OCOP đạt 3 sao",
            lead="Phòng Kinh tế",
            co=["Hội Nông dân xã"],
            when="Quý III/2027",
            date="2027-09-30",
        ),
        dict(
            title='Triển khai phân loại chất thải rắn sinh hoạt tại nguồn; xây dựng 02 mô hình "Tuyến đường xanh - sạch - đẹp"',
            lead="Phòng Kinh tế",
            co=["Hội Liên hiệp Phụ nữ xã", "các thôn"],
            when="tháng 6/2027",
            date="2027-06-30",
        ),
        dict(
            title="Nâng cao chất lượng tiêu chí Y tế, phấn đấu tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%",
            lead="Phòng Văn hóa - Xã hội",
            co=["Trạm Y tế xã"],
            when="năm 2027",
            date="2027-12-31",
        ),
        dict(
            title="Giữ vững an ninh chính trị, trật tự an toàn xã hội; xây dựng thôn an toàn về an ninh, trật tự",
            lead="Công an xã",
            co=["Ban Chỉ huy quân sự xã", "các thôn"],
            when="thường xuyên",
        ),
        dict(
            title="Tổng hợp, báo cáo kết quả thực hiện Chương trình năm 2027 về Ủy ban nhân dân tỉnh",
            lead="Phòng Kinh tế",
            co=["Văn phòng HĐND và UBND xã"],
            when="trước ngày 05/12/2027",
            date="2027-12-05",
        ),
    ]
    for i, t in enumerate(tasks, 1):
        body(
            doc,
            f"{i}. {t['title']} ({t['lead']} chủ trì, phối hợp với {joined(t['co'])}; "
            f"thời gian: {t['when']}).",
        )
    para(doc, "IV. KINH PHÍ THỰC HIỆN", bold=True, indent=1.0)
    body(
        doc,
        "Từ nguồn ngân sách trung ương, ngân sách tỉnh hỗ trợ theo Chương trình; ngân sách xã; "
        "lồng ghép các chương trình, dự án và huy động hợp pháp khác.",
    )
    para(doc, "V. TỔ CHỨC THỰC HIỆN", bold=True, indent=1.0)
    body(
        doc,
        "Yêu cầu các cơ quan, đơn vị, các thôn căn cứ nhiệm vụ được giao triển khai thực hiện; "
        "định kỳ trước ngày 20 hằng tháng báo cáo kết quả về Ủy ban nhân dân xã (qua Phòng Kinh tế) "
        "để tổng hợp. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo "
        "Ủy ban nhân dân xã xem xét, giải quyết./.",
    )
    recipients = [
        "- UBND tỉnh Phú Thọ (b/c);",
        "- Văn phòng Điều phối NTM tỉnh;",
        "- TT Đảng ủy, HĐND xã;",
        "- Chủ tịch, các PCT UBND xã;",
        "- Các cơ quan, đơn vị xã;",
        "- Các thôn;",
        "- Lưu: VT, KT.",
    ]
    closing_beside(
        doc,
        recipients,
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Nguyễn Văn An"],
    )
    header = dict(
        number="125",
        symbol="KH-UBND",
        place="Tân Lập",
        date="2026-12-15",
        title=title,
        issuer="ỦY BAN NHÂN DÂN XÃ TÂN LẬP",
        authority="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        signer="Nguyễn Văn An",
        bases=["72/2025/QH15", "312/KH-UBND", "28/NQ-HĐND"],
        recipients=len(recipients),
    )
    write(
        name,
        "docx",
        save(doc),
        "Commune yearly NTM plan (UBND xã Tân Lập), .docx; tasks are numbered paragraphs with\n"
        "'(X chủ trì, phối hợp với A, B; thời gian: …)' at the end. 'thường xuyên' runs to the end of the plan's year (the product's documented reading).",
        header,
        tasks,
    )


# --------------------------------------------------------------------------
# 2. UBND xã Đông Sơn (Thanh Hóa): NTM nâng cao, tasks in an appendix table
#    with group rows and a "Công chức theo dõi" column.


def doc2():
    name = "r25-xa-dong-son-phu-luc"
    title = "Xây dựng xã Đông Sơn đạt chuẩn nông thôn mới nâng cao năm 2027"
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ ĐÔNG SƠN", "Số: 87/KH-UBND"],
        "Đông Sơn, ngày 08 tháng 01 năm 2027",
        title,
    )
    a4(doc)
    body(
        doc,
        "Căn cứ Quyết định số 2150/QĐ-UBND ngày 25/12/2026 của Ủy ban nhân dân tỉnh Thanh Hóa "
        "về việc giao chỉ tiêu xây dựng nông thôn mới năm 2027;",
    )
    body(
        doc,
        "Căn cứ Nghị quyết số 15-NQ/ĐU ngày 30/12/2026 của Ban Chấp hành Đảng bộ xã Đông Sơn "
        "về lãnh đạo thực hiện nhiệm vụ năm 2027;",
    )
    body(doc, "Ủy ban nhân dân xã xây dựng Kế hoạch như sau:")
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True, indent=1.0)
    body(
        doc,
        "- Huy động sự vào cuộc của cả hệ thống chính trị và Nhân dân, phấn đấu xã đạt chuẩn "
        "nông thôn mới nâng cao trong năm 2027.",
    )
    body(
        doc,
        "- Phân công cụ thể nhiệm vụ, trách nhiệm của từng cơ quan, đơn vị và công chức theo dõi.",
    )
    para(doc, "II. MỤC TIÊU", bold=True, indent=1.0)
    body(
        doc,
        "Đến ngày 30/11/2027, xã đạt 19/19 tiêu chí xã nông thôn mới nâng cao; thu nhập bình quân "
        "đầu người đạt 78 triệu đồng/năm; không còn hộ nghèo.",
    )
    para(doc, "III. NHIỆM VỤ, GIẢI PHÁP", bold=True, indent=1.0)
    body(
        doc,
        "Các nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp, công chức theo dõi và thời gian hoàn "
        "thành có Phụ lục chi tiết kèm theo Kế hoạch này.",
    )
    para(doc, "IV. KINH PHÍ", bold=True, indent=1.0)
    body(
        doc,
        "Tổng kinh phí dự kiến 18.650 triệu đồng, trong đó ngân sách tỉnh hỗ trợ 9.200 triệu đồng, "
        "ngân sách xã 4.150 triệu đồng, Nhân dân đóng góp và nguồn hợp pháp khác 5.300 triệu đồng.",
    )
    para(doc, "V. TỔ CHỨC THỰC HIỆN", bold=True, indent=1.0)
    body(
        doc,
        "Giao Phòng Kinh tế là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch. "
        "Các cơ quan, đơn vị và công chức được phân công chịu trách nhiệm trước Chủ tịch Ủy ban "
        "nhân dân xã về kết quả thực hiện nhiệm vụ được giao./.",
    )
    recipients = [
        "- Văn phòng Điều phối NTM tỉnh (b/c);",
        "- Thường trực Đảng ủy xã (b/c);",
        "- Thường trực HĐND xã;",
        "- Lãnh đạo UBND xã;",
        "- Như Phụ lục;",
        "- Lưu: VT.",
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
            "Lê Văn Cường",
        ],
    )
    page_break(doc)
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(
        doc,
        "NHIỆM VỤ XÂY DỰNG XÃ ĐẠT CHUẨN NÔNG THÔN MỚI NÂNG CAO NĂM 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Kèm theo Kế hoạch số 87/KH-UBND ngày 08/01/2027 của UBND xã Đông Sơn)",
        italic=True,
        center=True,
    )
    groups = [
        (
            "I",
            "QUY HOẠCH VÀ HẠ TẦNG KINH TẾ - XÃ HỘI",
            [
                dict(
                    title="Rà soát, điều chỉnh quy hoạch chung xã Đông Sơn đến năm 2035",
                    lead="Phòng Kinh tế",
                    co=["Văn phòng HĐND và UBND xã", "Các thôn"],
                    official="Trịnh Văn Hải",
                    when="Quý II/2027",
                    date="2027-06-30",
                ),
                dict(
                    title="Nâng cấp tuyến đường liên thôn Đông Hưng - Đông Lĩnh (2,3 km)",
                    lead="Phòng Kinh tế",
                    co=[
                        "Ban phát triển thôn Đông Hưng",
                        "Ban phát triển thôn Đông Lĩnh",
                    ],
                    official="Trịnh Văn Hải",
                    when="30/9/2027",
                    date="2027-09-30",
                ),
                dict(
                    title="Lắp đặt hệ thống đèn chiếu sáng tại 06 tuyến đường trục thôn",
                    lead="Phòng Kinh tế",
                    co=["Các thôn", "Đoàn Thanh niên xã"],
                    official="Nguyễn Thị Hà",
                    when="Tháng 8/2027",
                    date="2027-08-31",
                ),
            ],
        ),
        (
            "II",
            "KINH TẾ VÀ TỔ CHỨC SẢN XUẤT",
            [
                dict(
                    title="Xây dựng vùng sản xuất lúa chất lượng cao 50 ha ứng dụng cơ giới hóa đồng bộ",
                    lead="Phòng Kinh tế",
                    co=["Hội Nông dân xã", "HTX dịch vụ nông nghiệp Đông Sơn"],
                    official="Lê Thị Thu",
                    when="Tháng 5/2027",
                    date="2027-05-31",
                ),
                dict(
                    title="Hỗ trợ 02 chủ thể hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm OCOP",
                    lead="Phòng Kinh tế",
                    co=["Hội Liên hiệp Phụ nữ xã"],
                    official="Lê Thị Thu",
                    when="Quý III/2027",
                    date="2027-09-30",
                ),
                dict(
                    title="Đào tạo nghề cho 120 lao động nông thôn",
                    lead="Phòng Văn hóa - Xã hội",
                    co=["Hội Nông dân xã", "Đoàn Thanh niên xã"],
                    official="Phạm Văn Đức",
                    when="Năm 2027",
                    date="2027-12-31",
                ),
            ],
        ),
        (
            "III",
            "VĂN HÓA - XÃ HỘI - MÔI TRƯỜNG - AN NINH",
            [
                dict(
                    title='Duy trì 100% thôn đạt danh hiệu "Thôn văn hóa"; xây dựng 02 thôn văn hóa kiểu mẫu',
                    lead="Phòng Văn hóa - Xã hội",
                    co=["Ủy ban MTTQ Việt Nam xã", "Các thôn"],
                    official="Phạm Văn Đức",
                    when="Tháng 11/2027",
                    date="2027-11-30",
                ),
                dict(
                    title="Xây dựng 03 tuyến đường hoa, cây xanh kiểu mẫu",
                    lead="Hội Liên hiệp Phụ nữ xã",
                    co=["Đoàn Thanh niên xã", "Các thôn"],
                    official="Nguyễn Thị Hà",
                    when="Quý II/2027",
                    date="2027-06-30",
                ),
                dict(
                    title="Triển khai phân loại chất thải rắn sinh hoạt tại nguồn, phấn đấu 80% hộ gia đình thực hiện",
                    lead="Phòng Kinh tế",
                    co=["Hội Liên hiệp Phụ nữ xã", "Các thôn"],
                    official="Nguyễn Thị Hà",
                    when="31/12/2027",
                    date="2027-12-31",
                ),
                dict(
                    title="Giữ vững tiêu chí Quốc phòng và An ninh",
                    lead="Công an xã",
                    co=["Ban Chỉ huy quân sự xã", "Các thôn"],
                    official="Đỗ Minh Tuấn",
                    when="Thường xuyên",
                ),
            ],
        ),
        (
            "IV",
            "HỒ SƠ CÔNG NHẬN",
            [
                dict(
                    title="Hoàn thiện hồ sơ đề nghị xét, công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2027",
                    lead="Phòng Kinh tế",
                    co=["Văn phòng HĐND và UBND xã"],
                    official="Trịnh Văn Hải",
                    when="Trước 15/11/2027",
                    date="2027-11-15",
                ),
            ],
        ),
    ]
    t = task_table(
        doc,
        [
            "TT",
            "Nội dung nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Công chức theo dõi",
            "Thời gian hoàn thành",
        ],
        [],
        [1.0, 5.2, 2.4, 3.0, 2.4, 2.0],
        bold_titles=False,
    )
    from word_writer import fill

    tasks = []
    n = 0
    for roman, gname, items in groups:
        cells = t.add_row().cells
        fill(cells[0], roman, bold=True, center=True)
        merged = cells[1].merge(cells[5])
        fill(merged, gname, bold=True)
        for it in items:
            n += 1
            cells = t.add_row().cells
            fill(cells[0], str(n), center=True)
            fill(cells[1], it["title"])
            fill(cells[2], it["lead"])
            fill(cells[3], [f"- {c}" for c in it["co"]])
            fill(cells[4], it["official"])
            fill(cells[5], it["when"], center=True)
            tasks.append(it)
    header = dict(
        number="87",
        symbol="KH-UBND",
        place="Đông Sơn",
        date="2027-01-08",
        title=title,
        issuer="ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN",
        authority="TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        signer_title="PHÓ CHỦ TỊCH",
        signer="Lê Văn Cường",
        bases=["2150/QĐ-UBND", "15-NQ/ĐU"],
        recipients=len(recipients),
    )
    write(
        name,
        "docx",
        save(doc),
        "Commune NTM nâng cao plan (UBND xã Đông Sơn), .docx; short body, tasks in an appendix table\n"
        "(TT | nội dung | chủ trì | phối hợp | công chức theo dõi | thời gian) with roman group rows.\n"
        "Signed KT. CHỦ TỊCH / PHÓ CHỦ TỊCH: signer_title is PHÓ CHỦ TỊCH.",
        header,
        tasks,
    )


# --------------------------------------------------------------------------
# 3. UBND xã Phú Lương (Thái Nguyên): OCOP plan, "Tổ chức thực hiện" grouped
#    by agency, each agency's bullets its tasks. Saved as PDF.


def doc3():
    name = "r25-xa-phu-luong-ocop-theo-co-quan"
    title = "Triển khai thực hiện Chương trình Mỗi xã một sản phẩm (OCOP) trên địa bàn xã Phú Lương năm 2027"
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ PHÚ LƯƠNG", "Số: 36/KH-UBND"],
        "Phú Lương, ngày 22 tháng 02 năm 2027",
        title,
    )
    a4(doc)
    body(
        doc,
        "Thực hiện Kế hoạch số 58/KH-UBND ngày 30/01/2027 của Ủy ban nhân dân tỉnh Thái Nguyên "
        "về thực hiện Chương trình OCOP năm 2027, Ủy ban nhân dân xã Phú Lương xây dựng Kế hoạch "
        "triển khai trên địa bàn xã như sau:",
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True, indent=1.0)
    body(
        doc,
        "Phát triển các sản phẩm chủ lực, có lợi thế của xã (chè, gạo nếp vải, miến dong) theo "
        "chuỗi giá trị; nâng cao thu nhập cho người dân, góp phần xây dựng nông thôn mới.",
    )
    para(doc, "II. CHỈ TIÊU", bold=True, indent=1.0)
    body(
        doc,
        "Năm 2027 có thêm ít nhất 03 sản phẩm được đánh giá, phân hạng đạt từ 3 sao trở lên; "
        "100% sản phẩm OCOP còn hiệu lực được duy trì, nâng cấp chất lượng.",
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True, indent=1.0)
    groups = [
        (
            "Phòng Kinh tế",
            [
                dict(
                    text="Chủ trì, phối hợp với Hội Nông dân xã rà soát, lựa chọn sản phẩm tiềm năng tham gia Chương trình OCOP năm 2027; hoàn thành trước ngày 31/3/2027.",
                    title="Rà soát, lựa chọn sản phẩm tiềm năng tham gia Chương trình OCOP năm 2027",
                    co=["Hội Nông dân xã"],
                    date="2027-03-31",
                ),
                dict(
                    text="Hướng dẫn các chủ thể hoàn thiện tiêu chuẩn sản phẩm, bao bì, nhãn mác, truy xuất nguồn gốc; thời gian thực hiện: Quý II/2027.",
                    title="Hướng dẫn các chủ thể hoàn thiện tiêu chuẩn sản phẩm, bao bì, nhãn mác, truy xuất nguồn gốc",
                    co=[],
                    date="2027-06-30",
                ),
                dict(
                    text="Tổng hợp hồ sơ, đề nghị Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh xem xét; hoàn thành trong tháng 8/2027.",
                    title="Tổng hợp hồ sơ, đề nghị Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh xem xét",
                    co=[],
                    date="2027-08-31",
                ),
            ],
        ),
        (
            "Phòng Văn hóa - Xã hội",
            [
                dict(
                    text="Tuyên truyền, quảng bá sản phẩm OCOP của xã trên Trang thông tin điện tử xã và hệ thống truyền thanh cơ sở; thực hiện thường xuyên.",
                    title="Tuyên truyền, quảng bá sản phẩm OCOP của xã trên Trang thông tin điện tử xã và hệ thống truyền thanh cơ sở",
                    co=[],
                    date=None,
                ),
                dict(
                    text="Chủ trì, phối hợp với Phòng Kinh tế tổ chức gian hàng giới thiệu sản phẩm OCOP tại Festival Chè Thái Nguyên; thời gian: Quý IV/2027.",
                    title="Tổ chức gian hàng giới thiệu sản phẩm OCOP tại Festival Chè Thái Nguyên",
                    co=["Phòng Kinh tế"],
                    date="2027-12-31",
                ),
            ],
        ),
        (
            "Văn phòng HĐND và UBND xã",
            [
                dict(
                    text="Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân xã trước ngày 10/12/2027.",
                    title="Theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân xã",
                    co=[],
                    date="2027-12-10",
                ),
            ],
        ),
        (
            "Hội Nông dân xã",
            [
                dict(
                    text="Vận động hội viên thành lập, củng cố tổ hợp tác, hợp tác xã sản xuất chè an toàn; hoàn thành trong Quý III/2027.",
                    title="Vận động hội viên thành lập, củng cố tổ hợp tác, hợp tác xã sản xuất chè an toàn",
                    co=[],
                    date="2027-09-30",
                ),
            ],
        ),
        (
            "Hội Liên hiệp Phụ nữ xã",
            [
                dict(
                    text="Hỗ trợ hội viên phụ nữ khởi nghiệp, phát triển sản phẩm từ miến dong và dược liệu; thực hiện thường xuyên.",
                    title="Hỗ trợ hội viên phụ nữ khởi nghiệp, phát triển sản phẩm từ miến dong và dược liệu",
                    co=[],
                    date=None,
                ),
            ],
        ),
        (
            "Các thôn",
            [
                dict(
                    text="Tuyên truyền, vận động các hộ sản xuất, hợp tác xã đăng ký tham gia Chương trình OCOP, gửi danh sách về Phòng Kinh tế trước ngày 15/3/2027.",
                    title="Tuyên truyền, vận động các hộ sản xuất, hợp tác xã đăng ký tham gia Chương trình OCOP, gửi danh sách về Phòng Kinh tế",
                    co=[],
                    date="2027-03-15",
                ),
            ],
        ),
    ]
    tasks = []
    for i, (agency, items) in enumerate(groups, 1):
        body(doc, f"{i}. {agency}", bold=True)
        for it in items:
            body(doc, f"- {it['text']}")
            tasks.append(
                dict(
                    title=it["title"],
                    lead=agency,
                    co=it["co"],
                    date=it["date"],
                    text=it["text"],
                )
            )
    body(
        doc,
        "Trên đây là Kế hoạch triển khai Chương trình OCOP năm 2027 trên địa bàn xã Phú Lương. "
        "Yêu cầu các cơ quan, đơn vị, các thôn nghiêm túc triển khai thực hiện./.",
    )
    recipients = [
        "- Sở Nông nghiệp và Môi trường;",
        "- Thường trực Đảng ủy, HĐND xã;",
        "- CT, các PCT UBND xã;",
        "- Các cơ quan, đơn vị thuộc xã;",
        "- Các thôn;",
        "- Lưu: VT, KT.",
    ]
    closing_under(
        doc, recipients, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đào Xuân Trường"]
    )
    header = dict(
        number="36",
        symbol="KH-UBND",
        place="Phú Lương",
        date="2027-02-22",
        title=title,
        issuer="ỦY BAN NHÂN DÂN XÃ PHÚ LƯƠNG",
        authority="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        signer="Đào Xuân Trường",
        bases=["58/KH-UBND"],
        recipients=len(recipients),
    )
    write(
        name,
        "pdf",
        saved_as(save(doc), "pdf"),
        "Commune OCOP plan (UBND xã Phú Lương), Word saved as PDF; tasks are bullets under per-agency\n"
        "headings in 'III. TỔ CHỨC THỰC HIỆN' (the heading is the lead). The base is the 'Thực hiện\n"
        "Kế hoạch số 58/KH-UBND' opening sentence. Recipients list then signature under it.",
        header,
        tasks,
    )


# --------------------------------------------------------------------------
# 4. UBND xã Hải Lăng (Quảng Trị): fix criteria after the merger; tasks as
#    sentences naming the lead and the công chức. Saved as Word 97 .doc.


def doc4():
    name = "r25-xa-hai-lang-khac-phuc-tieu-chi"
    title = (
        "Khắc phục các tiêu chí nông thôn mới chưa đạt, bị sụt giảm sau sắp xếp đơn vị hành chính "
        "trên địa bàn xã Hải Lăng năm 2027"
    )
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HẢI LĂNG", "Số: 18/KH-UBND"],
        "Hải Lăng, ngày 19 tháng 01 năm 2027",
        title,
    )
    a4(doc)
    body(
        doc,
        "Căn cứ Quyết định số 320/QĐ-UBND ngày 12/01/2027 của Ủy ban nhân dân tỉnh Quảng Trị về "
        "kết quả rà soát mức độ đạt tiêu chí nông thôn mới của các xã sau sắp xếp;",
    )
    body(
        doc,
        "Căn cứ Báo cáo số 05/BC-UBND ngày 08/01/2027 của Ủy ban nhân dân xã về kết quả rà soát "
        "các tiêu chí nông thôn mới;",
    )
    body(doc, "Ủy ban nhân dân xã Hải Lăng ban hành Kế hoạch như sau:")
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True, indent=1.0)
    body(
        doc,
        "Tập trung khắc phục 05 tiêu chí chưa đạt và 02 tiêu chí bị sụt giảm sau khi hợp nhất các "
        "xã Hải Trường, Hải Lâm, Hải Sơn; phấn đấu đến cuối năm 2027 xã duy trì đạt chuẩn nông thôn mới.",
    )
    para(doc, "II. NHIỆM VỤ CỤ THỂ", bold=True, indent=1.0)
    tasks = [
        dict(
            title="Hoàn thành nâng cấp 3,2 km đường trục thôn Hội Điền (tiêu chí số 2 - Giao thông)",
            lead="Phòng Kinh tế",
            official="Nguyễn Hữu Phước",
            post="công chức Phòng Kinh tế",
            co=["Ban phát triển thôn Hội Điền"],
            when="Thời gian hoàn thành: tháng 9/2027",
            date="2027-09-30",
        ),
        dict(
            title="Nạo vét, kiên cố hóa 1,8 km kênh mương nội đồng thôn Trường Phước (tiêu chí số 3 - Thủy lợi và phòng, chống thiên tai)",
            lead="Phòng Kinh tế",
            official="Lê Quang Vinh",
            post="công chức Phòng Kinh tế",
            co=["Hợp tác xã Nông nghiệp Hải Trường"],
            when="Thời gian hoàn thành: trước ngày 30/4/2027",
            date="2027-04-30",
        ),
        dict(
            title="Cải tạo, nâng cấp Trường Mầm non Hải Sơn đạt chuẩn quốc gia mức độ 1 (tiêu chí số 5 - Trường học)",
            lead="Phòng Văn hóa - Xã hội",
            official="Trần Thị Thanh Hương",
            post="công chức Phòng Văn hóa - Xã hội",
            co=["Trường Mầm non Hải Sơn"],
            when="Thời gian hoàn thành: tháng 8/2027",
            date="2027-08-31",
        ),
        dict(
            title="Xây dựng, sửa chữa 04 nhà văn hóa thôn bị xuống cấp (tiêu chí số 6 - Cơ sở vật chất văn hóa)",
            lead="Phòng Văn hóa - Xã hội",
            official="Trần Thị Thanh Hương",
            post="công chức Phòng Văn hóa - Xã hội",
            co=["các thôn Hội Điền, Trường Phước, Lâm Xuân, Sơn Trà"],
            when="Thời gian hoàn thành: Quý III/2027",
            date="2027-09-30",
        ),
        dict(
            title="Rà soát, hỗ trợ hộ nghèo, hộ cận nghèo thoát nghèo bền vững (tiêu chí số 11 - Nghèo đa chiều)",
            lead="Phòng Văn hóa - Xã hội",
            official="Hồ Văn Sáu",
            post="công chức Phòng Văn hóa - Xã hội",
            co=["Ủy ban MTTQ Việt Nam xã", "Hội Liên hiệp Phụ nữ xã"],
            when="Thời gian hoàn thành: tháng 11/2027",
            date="2027-11-30",
        ),
        dict(
            title="Vận động người dân tham gia bảo hiểm y tế, nâng tỷ lệ lên trên 95% (tiêu chí số 15 - Y tế)",
            lead="Trạm Y tế xã",
            official=None,
            post=None,
            co=["Bảo hiểm xã hội cơ sở", "các thôn"],
            when="Thời gian hoàn thành: năm 2027",
            date="2027-12-31",
        ),
        dict(
            title="Xây dựng kế hoạch và tổ chức thu gom, xử lý rác thải tại 03 khu dân cư mới sáp nhập (tiêu chí số 17 - Môi trường)",
            lead="Phòng Kinh tế",
            official="Lê Quang Vinh",
            post="công chức Phòng Kinh tế",
            co=["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"],
            when="Thời gian hoàn thành: Quý II/2027",
            date="2027-06-30",
        ),
    ]
    for i, t in enumerate(tasks, 1):
        who = f"Giao {t['lead']} chủ trì"
        if t["official"]:
            who += f" (đồng chí {t['official']} - {t['post']} trực tiếp theo dõi)"
        who += f", phối hợp với {joined(t['co'])}."
        body(doc, f"{i}. {t['title']}. {who} {t['when']}.")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True, indent=1.0)
    body(
        doc,
        "Các cơ quan, đơn vị được giao nhiệm vụ xây dựng kế hoạch chi tiết, triển khai bảo đảm tiến "
        "độ; báo cáo kết quả định kỳ hằng quý về Ủy ban nhân dân xã (qua Phòng Kinh tế) để tổng hợp, "
        "báo cáo Văn phòng Điều phối nông thôn mới tỉnh./.",
    )
    recipients = [
        "- VP Điều phối NTM tỉnh (b/c);",
        "- TT Đảng ủy xã (b/c);",
        "- TT HĐND xã;",
        "- CT, các PCT UBND xã;",
        "- Các cơ quan, đơn vị liên quan;",
        "- Lưu: VT.",
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
            "Trần Đình Nam",
        ],
    )
    header = dict(
        number="18",
        symbol="KH-UBND",
        place="Hải Lăng",
        date="2027-01-19",
        title=title,
        issuer="ỦY BAN NHÂN DÂN XÃ HẢI LĂNG",
        authority="TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        signer_title="PHÓ CHỦ TỊCH",
        signer="Trần Đình Nam",
        bases=["320/QĐ-UBND", "05/BC-UBND"],
        recipients=len(recipients),
    )
    write(
        name,
        "doc",
        saved_as(save(doc), "doc"),
        "Commune plan to fix criteria after the 2025 merger (UBND xã Hải Lăng), Word 97 .doc; tasks are\n"
        "numbered paragraphs: '<work>. Giao X chủ trì (đồng chí NAME - post trực tiếp theo dõi), phối hợp\n"
        "với A, B. Thời gian hoàn thành: …'; official 'NAME - post'. 'các thôn Hội Điền, Trường Phước, Lâm Xuân, Sơn Trà' is one\n"
        "unit, as the product reads 'UBND các xã A, B' (the writer had listed each village).",
        header,
        tasks,
    )


# --------------------------------------------------------------------------
# 5. UBND tỉnh Tuyên Quang: yearly provincial NTM plan, tasks in an appendix
#    table with a "Sản phẩm" column.


def doc5():
    name = "r25-tinh-tuyen-quang-ntm-2027"
    title = "Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Tuyên Quang năm 2027"
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "Số: 245/KH-UBND"],
        "Tuyên Quang, ngày 28 tháng 12 năm 2026",
        title,
    )
    a4(doc)
    for b in [
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
        "Căn cứ Quyết định số 1689/QĐ-TTg ngày 25/11/2026 của Thủ tướng Chính phủ về giao kế hoạch "
        "vốn ngân sách trung ương thực hiện các chương trình mục tiêu quốc gia năm 2027;",
        "Căn cứ Nghị quyết số 45/NQ-HĐND ngày 10/12/2026 của Hội đồng nhân dân tỉnh về phân bổ "
        "ngân sách địa phương năm 2027;",
        "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 2410/TTr-SNNMT "
        "ngày 18/12/2026.",
    ]:
        body(doc, b, italic=True)
    body(
        doc,
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng "
        "nông thôn mới năm 2027 như sau:",
    )
    para(doc, "I. MỤC TIÊU", bold=True, indent=1.0)
    body(
        doc,
        "Năm 2027 có thêm 08 xã đạt chuẩn nông thôn mới, 04 xã đạt chuẩn nông thôn mới nâng cao; "
        "bình quân toàn tỉnh đạt 16,5 tiêu chí/xã; có thêm 25 sản phẩm OCOP đạt 3 sao trở lên.",
    )
    para(doc, "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", bold=True, indent=1.0)
    for s in [
        "1. Tăng cường công tác lãnh đạo, chỉ đạo, tuyên truyền; nâng cao vai trò chủ thể của người dân.",
        "2. Rà soát, hoàn thiện cơ chế, chính sách hỗ trợ xây dựng nông thôn mới sau sắp xếp đơn vị hành chính.",
        "3. Tập trung nguồn lực đầu tư hạ tầng thiết yếu tại các xã đặc biệt khó khăn, vùng đồng bào dân tộc thiểu số.",
        "4. Phát triển sản xuất theo chuỗi giá trị, gắn với Chương trình OCOP và du lịch nông thôn.",
    ]:
        body(doc, s)
    body(
        doc,
        "Nhiệm vụ cụ thể của các sở, ngành, địa phương tại Phụ lục kèm theo.",
    )
    para(doc, "III. KINH PHÍ", bold=True, indent=1.0)
    body(
        doc,
        "Vốn ngân sách trung ương 612.450 triệu đồng; ngân sách địa phương đối ứng 183.700 triệu "
        "đồng; lồng ghép và huy động nguồn lực hợp pháp khác.",
    )
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True, indent=1.0)
    body(
        doc,
        "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường căn cứ chức năng, nhiệm vụ và nhiệm vụ "
        "được giao tại Phụ lục kèm theo Kế hoạch này chủ động triển khai; báo cáo kết quả 6 tháng "
        "(trước ngày 15/6) và năm (trước ngày 15/11) về Sở Nông nghiệp và Môi trường (qua Văn phòng "
        "Điều phối nông thôn mới tỉnh) để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.",
    )
    recipients = [
        "- Bộ Nông nghiệp và Môi trường (b/c);",
        "- Văn phòng Điều phối NTM Trung ương (b/c);",
        "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- UBMTTQ Việt Nam tỉnh;",
        "- Các sở, ban, ngành tỉnh;",
        "- UBND các xã, phường;",
        "- Lưu: VT, KT (Hg).",
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
            "Hoàng Việt Phương",
        ],
    )
    page_break(doc)
    para(doc, "Phụ lục", bold=True, center=True)
    para(
        doc,
        "NHIỆM VỤ CỤ THỂ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI NĂM 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Kèm theo Kế hoạch số 245/KH-UBND ngày 28/12/2026 của Ủy ban nhân dân tỉnh)",
        italic=True,
        center=True,
    )
    VP = "Văn phòng Điều phối nông thôn mới tỉnh"
    tasks = [
        dict(
            title="Xây dựng, trình ban hành Bộ tiêu chí xã nông thôn mới, xã nông thôn mới hiện đại tỉnh Tuyên Quang giai đoạn 2026 - 2030",
            lead="Sở Nông nghiệp và Môi trường",
            co=["Các sở, ngành thành viên Ban Chỉ đạo tỉnh"],
            when="Quý I/2027",
            date="2027-03-31",
            prod="Quyết định của UBND tỉnh",
        ),
        dict(
            title="Tham mưu phân bổ, giao kế hoạch vốn ngân sách trung ương và vốn đối ứng ngân sách địa phương năm 2027",
            lead="Sở Tài chính",
            co=["Sở Nông nghiệp và Môi trường", VP],
            when="Tháng 01/2027",
            date="2027-01-31",
            prod="Quyết định giao vốn",
        ),
        dict(
            title="Hướng dẫn các xã rà soát, đánh giá mức độ đạt các tiêu chí sau sắp xếp đơn vị hành chính",
            lead=VP,
            co=["UBND các xã"],
            when="Quý I/2027",
            date="2027-03-31",
            prod="Văn bản hướng dẫn",
        ),
        dict(
            title="Hướng dẫn thực hiện tiêu chí Giao thông; đầu tư các tuyến đường kết nối vùng sản xuất",
            lead="Sở Xây dựng",
            co=["UBND các xã"],
            when="Quý II/2027",
            date="2027-06-30",
            prod="Văn bản hướng dẫn",
        ),
        dict(
            title="Triển khai Chương trình OCOP năm 2027; tổ chức đánh giá, phân hạng sản phẩm cấp tỉnh",
            lead="Sở Nông nghiệp và Môi trường",
            co=["Sở Công Thương", "UBND các xã"],
            when="Tháng 10/2027",
            date="2027-10-31",
            prod="Quyết định công nhận sản phẩm",
        ),
        dict(
            title="Phát triển hạ tầng thương mại nông thôn; hỗ trợ xúc tiến thương mại, tiêu thụ sản phẩm nông nghiệp",
            lead="Sở Công Thương",
            co=["Sở Nông nghiệp và Môi trường", "UBND các xã"],
            when="Năm 2027",
            date="2027-12-31",
            prod="Báo cáo kết quả",
        ),
        dict(
            title="Hướng dẫn thực hiện tiêu chí Giáo dục; nâng tỷ lệ trường học đạt chuẩn quốc gia",
            lead="Sở Giáo dục và Đào tạo",
            co=["UBND các xã"],
            when="Quý III/2027",
            date="2027-09-30",
            prod="Văn bản hướng dẫn",
        ),
        dict(
            title="Hướng dẫn, đánh giá tiêu chí Y tế; nâng tỷ lệ người dân tham gia bảo hiểm y tế",
            lead="Sở Y tế",
            co=["Bảo hiểm xã hội tỉnh", "UBND các xã"],
            when="Năm 2027",
            date="2027-12-31",
            prod="Báo cáo kết quả",
        ),
        dict(
            title="Xây dựng, nhân rộng mô hình xã nông thôn mới thông minh, chuyển đổi số trong xây dựng nông thôn mới",
            lead="Sở Khoa học và Công nghệ",
            co=[VP, "UBND các xã"],
            when="Quý IV/2027",
            date="2027-12-31",
            prod="Mô hình thí điểm",
        ),
        dict(
            title="Bảo đảm an ninh, trật tự khu vực nông thôn; hướng dẫn đánh giá tiêu chí Quốc phòng và An ninh",
            lead="Công an tỉnh",
            co=["Bộ Chỉ huy quân sự tỉnh", "UBND các xã"],
            when="Thường xuyên",
            date=None,
            prod="Văn bản hướng dẫn",
        ),
        dict(
            title='Đẩy mạnh phong trào thi đua "Tuyên Quang chung sức xây dựng nông thôn mới"',
            lead="Ủy ban MTTQ Việt Nam tỉnh",
            co=[
                "Sở Văn hóa, Thể thao và Du lịch",
                "Báo và Phát thanh, Truyền hình Tuyên Quang",
            ],
            when="Thường xuyên",
            date=None,
            prod="Kế hoạch, báo cáo",
        ),
        dict(
            title="Thẩm định hồ sơ, trình công nhận các xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao năm 2027",
            lead=VP,
            co=["Các sở, ngành liên quan"],
            when="Tháng 11/2027",
            date="2027-11-30",
            prod="Tờ trình, Quyết định công nhận",
        ),
        dict(
            title="Tổng hợp, báo cáo kết quả thực hiện Chương trình năm 2027",
            lead="Sở Nông nghiệp và Môi trường",
            co=[VP],
            when="Trước 15/12/2027",
            date="2027-12-15",
            prod="Báo cáo UBND tỉnh",
        ),
    ]
    rows = [
        [
            [str(i)],
            [t["title"]],
            [t["lead"]],
            [
                f"- {c};" if k < len(t["co"]) - 1 else f"- {c}."
                for k, c in enumerate(t["co"])
            ],
            [t["when"]],
            [t["prod"]],
        ]
        for i, t in enumerate(tasks, 1)
    ]
    task_table(
        doc,
        [
            "STT",
            "Nhiệm vụ",
            "Cơ quan chủ trì",
            "Cơ quan phối hợp",
            "Thời gian hoàn thành",
            "Sản phẩm",
        ],
        rows,
        [1.0, 5.4, 2.6, 3.2, 2.0, 2.2],
        bold_titles=False,
    )
    header = dict(
        number="245",
        symbol="KH-UBND",
        place="Tuyên Quang",
        date="2026-12-28",
        title=title,
        issuer="ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
        authority="TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
        signer_title="PHÓ CHỦ TỊCH",
        signer="Hoàng Việt Phương",
        bases=["72/2025/QH15", "1689/QĐ-TTg", "45/NQ-HĐND", "2410/TTr-SNNMT"],
        recipients=len(recipients),
    )
    write(
        name,
        "docx",
        save(doc),
        "Provincial yearly NTM plan (UBND tỉnh Tuyên Quang), .docx; tasks in an appendix table\n"
        "(STT | nhiệm vụ | chủ trì | phối hợp | thời gian | sản phẩm). The 'Theo đề nghị … Tờ trình số\n"
        "2410/TTr-SNNMT' line counted among the bases.",
        header,
        tasks,
    )


# --------------------------------------------------------------------------
# 6. Sở Nông nghiệp và Môi trường Gia Lai: inspection plan, each task a bold
#    numbered heading with labelled lines under it. Saved as PDF.


def doc6():
    name = "r25-so-nnmt-gia-lai-kiem-tra-moi-truong"
    title = (
        "Kiểm tra, hướng dẫn các xã thực hiện tiêu chí Môi trường và chất lượng môi trường sống "
        "trong xây dựng nông thôn mới năm 2027"
    )
    doc = opening(
        ["UBND TỈNH GIA LAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 1520/KH-SNNMT"],
        "Gia Lai, ngày 12 tháng 3 năm 2027",
        title,
    )
    a4(doc)
    body(
        doc,
        "Thực hiện Kế hoạch số 198/KH-UBND ngày 05/01/2027 của Ủy ban nhân dân tỉnh về thực hiện "
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027, Sở Nông nghiệp và Môi trường "
        "xây dựng Kế hoạch kiểm tra, hướng dẫn như sau:",
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True, indent=1.0)
    body(
        doc,
        "Đánh giá đúng thực trạng thực hiện tiêu chí số 17 và các tiêu chí liên quan tại các xã đăng ký "
        "đạt chuẩn năm 2027; kịp thời hướng dẫn, tháo gỡ khó khăn. Việc kiểm tra bảo đảm khách quan, "
        "không gây phiền hà cho cơ sở.",
    )
    para(doc, "II. NỘI DUNG, ĐƠN VỊ THỰC HIỆN VÀ THỜI GIAN", bold=True, indent=1.0)
    tasks = [
        dict(
            title="Ban hành văn bản hướng dẫn đánh giá tiêu chí số 17 về Môi trường và chất lượng môi trường sống",
            lead="Chi cục Bảo vệ môi trường",
            co=["Văn phòng Điều phối nông thôn mới tỉnh"],
            when="tháng 4/2027",
            date="2027-04-30",
        ),
        dict(
            title="Kiểm tra thực tế tại 12 xã đăng ký đạt chuẩn nông thôn mới năm 2027",
            lead="Chi cục Bảo vệ môi trường",
            co=["Văn phòng Điều phối nông thôn mới tỉnh", "UBND các xã được kiểm tra"],
            when="Quý II/2027",
            date="2027-06-30",
        ),
        dict(
            title="Quan trắc chất lượng nước mặt, nước thải tại các cụm công nghiệp, làng nghề trên địa bàn các xã",
            lead="Trung tâm Quan trắc tài nguyên và môi trường",
            co=["Chi cục Bảo vệ môi trường"],
            when="từ tháng 5 đến hết tháng 8/2027",
            date="2027-08-31",
        ),
        dict(
            title="Hướng dẫn các xã xây dựng mô hình phân loại chất thải rắn sinh hoạt tại nguồn",
            lead="Chi cục Bảo vệ môi trường",
            co=["Hội Liên hiệp Phụ nữ tỉnh"],
            when="Quý III/2027",
            date="2027-09-30",
        ),
        dict(
            title="Rà soát tiêu chí Thủy lợi và phòng, chống thiên tai; tỷ lệ hộ sử dụng nước sạch",
            lead="Chi cục Thủy lợi",
            co=["Trung tâm Nước sạch và Vệ sinh môi trường nông thôn"],
            when="trước ngày 30/6/2027",
            date="2027-06-30",
        ),
        dict(
            title="Kiểm tra việc quản lý, sử dụng đất đai và thực hiện quy hoạch tại các xã",
            lead="Chi cục Quản lý đất đai",
            co=["UBND các xã"],
            when="Quý III/2027",
            date="2027-09-30",
        ),
        dict(
            title="Tổng hợp kết quả kiểm tra, báo cáo Giám đốc Sở và Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh",
            lead="Văn phòng Điều phối nông thôn mới tỉnh",
            co=["Chi cục Bảo vệ môi trường"],
            when="trước ngày 15/10/2027",
            date="2027-10-15",
        ),
        dict(
            title="Bảo đảm kinh phí, phương tiện phục vụ công tác kiểm tra",
            lead="Văn phòng Sở",
            co=["Phòng Kế hoạch - Tài chính"],
            when="thường xuyên",
            date=None,
        ),
    ]
    for i, t in enumerate(tasks, 1):
        body(doc, f"{i}. {t['title']}", bold=True)
        body(doc, f"- Đơn vị chủ trì: {t['lead']}.")
        body(doc, f"- Đơn vị phối hợp: {', '.join(t['co'])}.")
        body(doc, f"- Thời gian thực hiện: {t['when']}.")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True, indent=1.0)
    body(
        doc,
        "Thủ trưởng các đơn vị thuộc Sở căn cứ Kế hoạch triển khai thực hiện; đề nghị Ủy ban nhân dân "
        "các xã phối hợp, chuẩn bị hồ sơ, tài liệu phục vụ kiểm tra. Trong quá trình thực hiện có vướng "
        "mắc, báo cáo về Sở (qua Văn phòng Điều phối nông thôn mới tỉnh) để xem xét, giải quyết./.",
    )
    recipients = [
        "- UBND tỉnh (b/c);",
        "- Giám đốc, các PGĐ Sở;",
        "- Các đơn vị thuộc Sở;",
        "- UBND các xã (p/h);",
        "- Lưu: VT, CCBVMT.",
    ]
    closing_beside(
        doc,
        recipients,
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Nguyễn Thanh Tùng"],
    )
    header = dict(
        number="1520",
        symbol="KH-SNNMT",
        place="Gia Lai",
        date="2027-03-12",
        title=title,
        issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
        authority="KT. GIÁM ĐỐC",
        signer_title="PHÓ GIÁM ĐỐC",
        signer="Nguyễn Thanh Tùng",
        bases=["198/KH-UBND"],
        recipients=len(recipients),
    )
    write(
        name,
        "pdf",
        saved_as(save(doc), "pdf"),
        "Provincial department plan (Sở NN&MT Gia Lai), Word saved as PDF; each task a bold numbered line\n"
        "followed by '- Đơn vị chủ trì: …', '- Đơn vị phối hợp: …', '- Thời gian thực hiện: …'.\n"
        "Issuer: the issuing body 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG' (under the parent line 'UBND TỈNH GIA LAI').\n"
        "'từ tháng 5 đến hết tháng 8/2027' → 2027-08-31.",
        header,
        tasks,
    )


# --------------------------------------------------------------------------
# 7. Hội LHPN xã Quỳnh Anh (Nghệ An): mass-organisation plan, a ruled table
#    inside the body.


def doc7():
    name = "r25-hoi-phu-nu-quynh-anh-5k3s"
    title = (
        'Thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" góp phần xây dựng nông thôn mới '
        "năm 2027"
    )
    doc = opening(
        ["HỘI LHPN TỈNH NGHỆ AN", "HỘI LHPN XÃ QUỲNH ANH", "Số: 09/KH-HPN"],
        "Quỳnh Anh, ngày 20 tháng 01 năm 2027",
        title,
    )
    a4(doc)
    body(
        doc,
        "Căn cứ Chương trình công tác số 02/CTr-HPN ngày 10/01/2027 của Ban Thường vụ Hội LHPN tỉnh "
        "Nghệ An; Kế hoạch số 14/KH-UBND ngày 12/01/2027 của Ủy ban nhân dân xã Quỳnh Anh về xây dựng "
        "nông thôn mới năm 2027, Ban Thường vụ Hội LHPN xã xây dựng Kế hoạch như sau:",
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True, indent=1.0)
    body(
        doc,
        "Phát huy vai trò của hội viên, phụ nữ trong xây dựng nông thôn mới; 100% chi hội triển khai "
        'cuộc vận động, phấn đấu 90% hộ gia đình hội viên đạt tiêu chí "5 không, 3 sạch".',
    )
    para(doc, "II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", bold=True, indent=1.0)
    tasks = [
        dict(
            title='Tổ chức tuyên truyền, phổ biến tiêu chí gia đình "5 không, 3 sạch" tại các buổi sinh hoạt chi hội',
            lead="Ban Thường vụ Hội LHPN xã",
            co=["Chi hội phụ nữ các thôn"],
            when="Tháng 3/2027",
            date="2027-03-31",
        ),
        dict(
            title='Ra mắt 05 mô hình "Tuyến đường phụ nữ tự quản xanh - sạch - đẹp"',
            lead="Chi hội phụ nữ các thôn",
            co=["Ban phát triển thôn"],
            when="Quý II/2027",
            date="2027-06-30",
        ),
        dict(
            title='Duy trì mô hình "Ngôi nhà xanh" thu gom phế liệu gây quỹ hỗ trợ hội viên nghèo',
            lead="Chi hội phụ nữ các thôn",
            co=[],
            when="Thường xuyên",
            date=None,
        ),
        dict(
            title="Hỗ trợ 10 hội viên khó khăn vay vốn phát triển kinh tế hộ gia đình",
            lead="Ban Thường vụ Hội LHPN xã",
            co=["Ngân hàng Chính sách xã hội", "Phòng Văn hóa - Xã hội"],
            when="Tháng 9/2027",
            date="2027-09-30",
        ),
        dict(
            title='Phối hợp tổ chức Ngày hội "Phụ nữ Quỳnh Anh chung tay xây dựng nông thôn mới"',
            lead="Ban Chấp hành Hội LHPN xã",
            co=["Ủy ban MTTQ Việt Nam xã", "Đoàn Thanh niên xã"],
            when="Ngày 20/10/2027",
            date="2027-10-20",
        ),
        dict(
            title='Bình xét hộ gia đình đạt tiêu chí "5 không, 3 sạch", biểu dương các tập thể, cá nhân tiêu biểu',
            lead="Ban Thường vụ Hội LHPN xã",
            co=["Chi hội phụ nữ các thôn"],
            when="Tháng 12/2027",
            date="2027-12-31",
        ),
    ]
    rows = [
        [
            [str(i)],
            [t["title"]],
            [t["lead"]],
            ["; ".join(t["co"])] if t["co"] else [""],
            [t["when"]],
        ]
        for i, t in enumerate(tasks, 1)
    ]
    task_table(
        doc,
        ["TT", "Nội dung", "Bộ phận chủ trì", "Phối hợp", "Thời gian"],
        rows,
        [1.0, 7.0, 3.0, 3.0, 2.0],
        bold_titles=False,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True, indent=1.0)
    body(
        doc,
        "Các đồng chí Ủy viên Ban Thường vụ phụ trách địa bàn hướng dẫn, đôn đốc chi hội thực hiện; "
        "chi hội trưởng các chi hội báo cáo kết quả về Hội LHPN xã trước ngày 25 tháng cuối quý./.",
    )
    recipients = [
        "- BTV Hội LHPN tỉnh (b/c);",
        "- TT Đảng ủy xã (b/c);",
        "- UBND xã (p/h);",
        "- Các chi hội;",
        "- Lưu: VP Hội.",
    ]
    closing_beside(
        doc,
        recipients,
        ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "", "Nguyễn Thị Hoa"],
    )
    header = dict(
        number="09",
        symbol="KH-HPN",
        place="Quỳnh Anh",
        date="2027-01-20",
        title=title,
        issuer="HỘI LHPN XÃ QUỲNH ANH",
        authority="TM. BAN CHẤP HÀNH",
        signer_title="CHỦ TỊCH",
        signer="Nguyễn Thị Hoa",
        bases=["02/CTr-HPN", "14/KH-UBND"],
        recipients=len(recipients),
    )
    write(
        name,
        "docx",
        save(doc),
        "Mass-organisation plan (Hội LHPN xã Quỳnh Anh), .docx; tasks in a ruled table in the body\n"
        "(TT | nội dung | bộ phận chủ trì | phối hợp | thời gian). The two bases share one 'Căn cứ'\n"
        "sentence. Issuer: the issuing body 'HỘI LHPN XÃ QUỲNH ANH' under 'HỘI LHPN TỈNH NGHỆ AN'.",
        header,
        tasks,
    )


# --------------------------------------------------------------------------
# 8. Ban Chỉ đạo các CTMTQG xã Nam Trực (Ninh Bình): members' assignments,
#    each task with its member (named), the advising office and the time.


def doc8():
    name = "r25-bcd-xa-nam-truc-phan-cong"
    title = (
        "Phân công thành viên Ban Chỉ đạo chỉ đạo, kiểm tra thực hiện các tiêu chí nông thôn mới "
        "năm 2027"
    )
    doc = opening(
        ["UBND XÃ NAM TRỰC", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG", "Số: 05/KH-BCĐ"],
        "Nam Trực, ngày 03 tháng 02 năm 2027",
        title,
    )
    a4(doc)
    body(
        doc,
        "Căn cứ Quyết định số 112/QĐ-UBND ngày 15/01/2027 của Ủy ban nhân dân xã về việc kiện toàn "
        "Ban Chỉ đạo các chương trình mục tiêu quốc gia xã Nam Trực;",
    )
    body(
        doc,
        "Căn cứ Kế hoạch số 21/KH-UBND ngày 25/01/2027 của Ủy ban nhân dân xã về xây dựng nông thôn "
        "mới năm 2027;",
    )
    body(
        doc,
        "Ban Chỉ đạo các chương trình mục tiêu quốc gia xã xây dựng Kế hoạch như sau:",
    )
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True, indent=1.0)
    body(
        doc,
        "Phân công rõ người, rõ việc, rõ thời gian; mỗi thành viên Ban Chỉ đạo chịu trách nhiệm "
        "chỉ đạo, kiểm tra nhóm tiêu chí được phân công.",
    )
    para(doc, "II. PHÂN CÔNG NHIỆM VỤ", bold=True, indent=1.0)
    tasks = [
        dict(
            title="Chỉ đạo, kiểm tra thực hiện tiêu chí Quy hoạch, Giao thông, Thủy lợi và phòng, chống thiên tai",
            official="Vũ Văn Khải",
            post="Phó Chủ tịch UBND xã, Phó Trưởng ban Thường trực",
            lead="Phòng Kinh tế",
            co=["Ban phát triển các thôn"],
            when="Quý II/2027",
            date="2027-06-30",
        ),
        dict(
            title="Chỉ đạo, kiểm tra thực hiện tiêu chí Điện, Thông tin và Truyền thông, Nhà ở dân cư",
            official="Trần Văn Lộc",
            post="Trưởng phòng Kinh tế, thành viên",
            lead="Phòng Kinh tế",
            co=["Điện lực Nam Trực"],
            when="Tháng 7/2027",
            date="2027-07-31",
        ),
        dict(
            title="Chỉ đạo, kiểm tra thực hiện tiêu chí Trường học, Cơ sở vật chất văn hóa, Văn hóa",
            official="Phạm Thị Lan",
            post="Phó Chủ tịch UBND xã, Phó Trưởng ban",
            lead="Phòng Văn hóa - Xã hội",
            co=["Các trường học trên địa bàn xã"],
            when="Quý III/2027",
            date="2027-09-30",
        ),
        dict(
            title="Chỉ đạo, kiểm tra thực hiện tiêu chí Y tế, Nghèo đa chiều, Lao động",
            official="Đinh Thị Nga",
            post="Trưởng phòng Văn hóa - Xã hội, thành viên",
            lead="Phòng Văn hóa - Xã hội",
            co=["Trạm Y tế xã"],
            when="Quý III/2027",
            date="2027-09-30",
        ),
        dict(
            title="Chỉ đạo, kiểm tra thực hiện tiêu chí Thu nhập, Tổ chức sản xuất và phát triển kinh tế nông thôn",
            official="Ngô Đức Thịnh",
            post="Chủ tịch Hội Nông dân xã, thành viên",
            lead="Phòng Kinh tế",
            co=["Hội Nông dân xã", "Hợp tác xã Nông nghiệp Nam Trực"],
            when="Tháng 10/2027",
            date="2027-10-31",
        ),
        dict(
            title="Chỉ đạo, kiểm tra thực hiện tiêu chí Môi trường và chất lượng môi trường sống",
            official="Bùi Thị Thủy",
            post="Chủ tịch Hội Liên hiệp Phụ nữ xã, thành viên",
            lead="Phòng Kinh tế",
            co=["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"],
            when="Tháng 9/2027",
            date="2027-09-30",
        ),
        dict(
            title="Chỉ đạo thực hiện tiêu chí Hệ thống chính trị và tiếp cận pháp luật",
            official="Lưu Văn Toàn",
            post="Chánh Văn phòng HĐND và UBND xã, thành viên",
            lead="Văn phòng HĐND và UBND xã",
            co=[],
            when="Thường xuyên",
            date=None,
        ),
        dict(
            title="Chỉ đạo thực hiện tiêu chí Quốc phòng và An ninh",
            official="Đặng Quốc Huy",
            post="Trưởng Công an xã, thành viên",
            lead="Công an xã",
            co=["Ban Chỉ huy quân sự xã"],
            when="Thường xuyên",
            date=None,
        ),
    ]
    for i, t in enumerate(tasks, 1):
        body(doc, f"{i}. {t['title']}", bold=True)
        body(doc, f"- Thành viên phụ trách: đồng chí {t['official']} - {t['post']}.")
        line = f"- Cơ quan tham mưu: {t['lead']}"
        if t["co"]:
            line += f"; phối hợp: {', '.join(t['co'])}"
        body(doc, line + ".")
        body(doc, f"- Thời gian hoàn thành: {t['when']}.")
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True, indent=1.0)
    body(
        doc,
        "Các thành viên Ban Chỉ đạo căn cứ nhiệm vụ được phân công chủ động xây dựng lịch kiểm tra; "
        "định kỳ hằng quý báo cáo kết quả về Ban Chỉ đạo (qua Phòng Kinh tế - cơ quan thường trực) "
        "để tổng hợp./.",
    )
    recipients = [
        "- Thường trực Đảng ủy xã (b/c);",
        "- Lãnh đạo UBND xã;",
        "- Thành viên BCĐ;",
        "- Các thôn;",
        "- Lưu: VT, BCĐ.",
    ]
    closing_under(
        doc,
        recipients,
        ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "", "Mai Văn Thành"],
    )
    header = dict(
        number="05",
        symbol="KH-BCĐ",
        place="Nam Trực",
        date="2027-02-03",
        title=title,
        issuer="BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG",
        authority="TM. BAN CHỈ ĐẠO",
        signer_title="TRƯỞNG BAN",
        signer="Mai Văn Thành",
        bases=["112/QĐ-UBND", "21/KH-UBND"],
        recipients=len(recipients),
    )
    write(
        name,
        "docx",
        save(doc),
        "Steering committee plan (BCĐ các CTMTQG xã Nam Trực), .docx; each task a bold numbered line,\n"
        "then '- Thành viên phụ trách: đồng chí NAME - post', '- Cơ quan tham mưu: X; phối hợp: …',\n"
        "'- Thời gian hoàn thành: …'. Lead = the advising office (cơ quan tham mưu), official = the\n"
        "member in charge, 'NAME - post'. Signature TM. BAN CHỈ ĐẠO / TRƯỞNG BAN.\n"
        "Issuer is the body under 'UBND XÃ NAM TRỰC'.",
        header,
        tasks,
    )


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8):
        f()
        print("wrote", f.__name__)
