"""Writes round 26's files (run once; the files are committed):

    .venv/bin/python tests/plans/import_corpus/make_round26.py

Round 26 is the lead's second BLIND hold-out (06/12/2026): eight ordinary
plans by a helper who read neither the importer, its corpus, its docs nor
the seeds, measured untouched on main c210133 (tasks 84.8/84.8, leads
87.0/75.9, coordinating 96.4/85.1, officials 80.0/22.9, deadlines
84.8/84.8, header 100/100) once "thường xuyên" followed the product's
documented reading (to the end of the plan's year; the writer had left it
without a deadline). Its families went, in words, to rounds 26c and 26d.
"""

import calendar
import re
import sys
from pathlib import Path

from docx.shared import Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from expected import toml_text  # noqa: E402
from make_files import saved_as  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    fill,
    fixed_widths,
    para,
    repeat_header,
    save,
    task_table,
)
from word_writer import opening as _opening  # noqa: E402

OUT = HERE / "round26"


# ---------------------------------------------------------------- helpers
def deadline(w):
    """The date a careful reader gives a deadline wording (None: none)."""
    s = w.lower()
    if "thường xuyên" in s or not s.strip():
        return None
    m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    m = re.search(r"quý (i|ii|iii|iv)/(\d{4})", s)
    if m:
        month = {"i": 3, "ii": 6, "iii": 9, "iv": 12}[m[1]]
        y = int(m[2])
        return f"{y}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}"
    m = re.search(r"tháng (?:\d{1,2}\s*-\s*)?(\d{1,2})/(\d{4})", s)
    if m:
        y, month = int(m[2]), int(m[1])
        return f"{y}-{month:02d}-{calendar.monthrange(y, month)[1]:02d}"
    m = re.search(r"năm (\d{4})", s)
    if m:
        return f"{m[1]}-12-31"
    raise ValueError(w)


def T(title, lead, coord=(), official="", when=""):
    return dict(title=title, lead=lead, coord=list(coord), official=official, when=when)


def low(items):
    """Later items of a list in running text: "Các thôn" written "các thôn"."""
    return [
        x if i == 0 or not x.startswith("Các ") else "c" + x[1:]
        for i, x in enumerate(items)
    ]


def write_toml(name, comment, header, tasks):
    """The expected result, the writer's task fields ("coord", "when") as
    expected.toml_text names them."""
    rows = []
    for t in tasks:
        d = deadline(t["when"])
        if not d and "thường xuyên" in t["when"].lower():
            # The product's documented reading (docs/import.md): "thường
            # xuyên" runs to the end of the plan's year.
            years = re.findall(r"20\d\d", header["title"]) or [header["date"][:4]]
            d = f"{years[-1]}-12-31"
        rows.append(
            {
                "title": t["title"],
                "lead": t["lead"],
                "coordinating": t["coord"],
                "official": t["official"],
                "deadline": d,
            }
        )
    (OUT / f"{name}.toml").write_text(
        toml_text(comment, header, rows), encoding="utf-8"
    )


def convert(docx_bytes, name, fmt):
    """LibreOffice's export of a Word file to `fmt` (pdf, doc)."""
    (OUT / f"{name}.{fmt}").write_bytes(saved_as(docx_bytes, fmt))


def opening(issuer_lines, place_and_date, title):
    """word_writer's opening with the header columns as offices size them
    (issuer narrow, motto wide)."""
    doc = _opening(issuer_lines, place_and_date, title)
    fixed_widths(doc.tables[0], [6.0, 10.0])
    return doc


def body(doc, text, **kw):
    kw.setdefault("indent", 1.0)
    p = para(doc, text, **kw)
    p.paragraph_format.space_after = Pt(3)
    return p


def head(doc, text):
    return para(doc, text, bold=True)


def closing(doc, recipients, sign):
    closing_beside(doc, recipients, sign)


# ------------------------------------------------ 1. xã Thiệu Trung, Môi trường
P1 = [
    T(
        "Tuyên truyền, vận động người dân phân loại chất thải rắn sinh hoạt tại nguồn, giữ gìn vệ sinh đường làng, ngõ xóm",
        "Ủy ban MTTQ Việt Nam xã",
        ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã", "Các thôn"],
        "",
        "Thường xuyên",
    ),
    T(
        "Duy trì hoạt động của 14 tổ thu gom rác thải tại các thôn; ký hợp đồng vận chuyển rác thải về khu xử lý tập trung của tỉnh",
        "Phòng Kinh tế",
        ["Ban phát triển các thôn"],
        "Lê Văn Hùng",
        "Quý I/2027",
    ),
    T(
        "Cải tạo, nạo vét 4,5 km rãnh thoát nước thải khu dân cư tại các thôn Trung Thành, Phú Lai, Đồng Tâm",
        "Ban Quản lý dự án đầu tư xây dựng xã",
        ["Phòng Kinh tế"],
        "",
        "Hoàn thành trước ngày 30/6/2027",
    ),
    T(
        "Hướng dẫn các hộ chăn nuôi quy mô nông hộ xây dựng hầm biogas hoặc sử dụng đệm lót sinh học, bảo đảm vệ sinh môi trường",
        "Hội Nông dân xã",
        ["Phòng Kinh tế"],
        "",
        "Quý III/2027",
    ),
    T(
        "Trồng mới 2.000 cây xanh bóng mát trên các tuyến đường trục xã, khuôn viên trường học, nhà văn hóa thôn",
        "Đoàn Thanh niên xã",
        ["Hội Cựu chiến binh xã", "Các trường học trên địa bàn xã"],
        "",
        "Tháng 3/2027",
    ),
    T(
        "Kiểm tra, xử lý các điểm tồn đọng rác thải, hành vi đổ rác, xả thải không đúng nơi quy định",
        "Công an xã",
        ["Phòng Kinh tế"],
        "",
        "Thường xuyên",
    ),
    T(
        "Rà soát, lập phương án mở rộng nghĩa trang nhân dân xã theo quy hoạch chung được phê duyệt",
        "Phòng Kinh tế",
        ["Văn phòng HĐND và UBND xã"],
        "Nguyễn Thị Hoa",
        "Quý IV/2027",
    ),
    T(
        "Kiểm tra an toàn thực phẩm tại các cơ sở sản xuất, kinh doanh thực phẩm, bếp ăn tập thể trường học",
        "Trạm Y tế xã",
        ["Công an xã", "Phòng Văn hóa - Xã hội"],
        "",
        "Quý II/2027",
    ),
    T(
        "Hỗ trợ 80 hộ gia đình xây dựng nhà tiêu hợp vệ sinh, bể chứa nước sinh hoạt bảo đảm “3 sạch”",
        "Hội Liên hiệp Phụ nữ xã",
        ["Phòng giao dịch Ngân hàng Chính sách xã hội"],
        "",
        "Trong năm 2027",
    ),
]
P1_OFFICIAL = {
    "Lê Văn Hùng": "ông Lê Văn Hùng, công chức Phòng Kinh tế",
    "Nguyễn Thị Hoa": "bà Nguyễn Thị Hoa, Phó Trưởng phòng Kinh tế",
}


def plan1():
    name = "r26-xa-thieu-trung-moi-truong"
    title = "Thực hiện tiêu chí Môi trường và an toàn thực phẩm trong xây dựng nông thôn mới nâng cao năm 2027"
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ THIỆU TRUNG", "", "Số: 18/KH-UBND"],
        "Thiệu Trung, ngày 12 tháng 01 năm 2027",
        title,
    )
    a4(doc)
    body(
        doc, "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;", italic=True
    )
    body(
        doc,
        "Căn cứ Kế hoạch số 05/KH-UBND ngày 08/01/2027 của UBND tỉnh Thanh Hóa về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
        italic=True,
    )
    body(
        doc,
        "Căn cứ Nghị quyết số 45/NQ-HĐND ngày 20/12/2026 của HĐND xã Thiệu Trung về kế hoạch phát triển kinh tế - xã hội năm 2027;",
        italic=True,
    )
    body(
        doc,
        "UBND xã Thiệu Trung ban hành Kế hoạch thực hiện tiêu chí Môi trường và an toàn thực phẩm năm 2027, cụ thể như sau:",
    )
    head(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    head(doc, "1. Mục đích")
    body(
        doc,
        "Duy trì và nâng cao chất lượng tiêu chí số 17 về Môi trường và an toàn thực phẩm theo Bộ tiêu chí xã nông thôn mới nâng cao; xây dựng cảnh quan nông thôn sáng - xanh - sạch - đẹp.",
    )
    head(doc, "2. Yêu cầu")
    body(
        doc,
        "Các nhiệm vụ được phân công cụ thể cho từng cơ quan, đơn vị; gắn trách nhiệm người đứng đầu; huy động sự tham gia của người dân và cộng đồng.",
    )
    head(doc, "II. CHỈ TIÊU")
    body(
        doc,
        "- 100% chất thải rắn sinh hoạt được thu gom, xử lý theo quy định; trên 60% hộ gia đình thực hiện phân loại chất thải rắn tại nguồn.",
    )
    body(
        doc,
        "- 100% cơ sở sản xuất, kinh doanh thực phẩm tuân thủ các quy định về bảo đảm an toàn thực phẩm.",
    )
    head(doc, "III. NHIỆM VỤ VÀ GIẢI PHÁP")
    for i, t in enumerate(P1, 1):
        body(doc, f"{i}. {t['title']}.", bold=True)
        body(doc, f"- Đơn vị chủ trì: {t['lead']}.")
        body(doc, f"- Đơn vị phối hợp: {', '.join(low(t['coord']))}.")
        if t["official"]:
            body(doc, f"- Người theo dõi: {P1_OFFICIAL[t['official']]}.")
        body(doc, f"- Thời gian thực hiện: {t['when']}.")
    head(doc, "IV. TỔ CHỨC THỰC HIỆN")
    body(
        doc,
        "Các cơ quan, đơn vị được giao nhiệm vụ chủ động xây dựng kế hoạch chi tiết và triển khai thực hiện. Định kỳ hằng quý báo cáo kết quả về UBND xã (qua Phòng Kinh tế) để tổng hợp.",
    )
    body(
        doc,
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh về UBND xã để xem xét, giải quyết./.",
    )
    rec = [
        "- UBND tỉnh (b/c);",
        "- Sở Nông nghiệp và Môi trường;",
        "- TT Đảng ủy, TT HĐND xã;",
        "- CT, các PCT UBND xã;",
        "- Các đơn vị tại Mục III;",
        "- Lưu: VT, KT.",
    ]
    closing(doc, rec, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lê Đình Thắng"])
    (OUT / f"{name}.docx").write_bytes(save(doc))
    write_toml(
        name,
        "Commune plan (UBND xã, Thanh Hóa) for criterion 17; numbered tasks in bold, then labelled lines chủ trì / phối hợp / người theo dõi / thời gian.",
        dict(
            number="18",
            symbol="KH-UBND",
            place="Thiệu Trung",
            date="2027-01-12",
            title=title,
            issuer="ỦY BAN NHÂN DÂN XÃ THIỆU TRUNG",
            authority="TM. ỦY BAN NHÂN DÂN",
            signer_title="CHỦ TỊCH",
            signer="Lê Đình Thắng",
            bases=["72/2025/QH15", "05/KH-UBND", "45/NQ-HĐND"],
            recipients=len(rec),
        ),
        P1,
    )


# ----------------------------------------- 2. Ban phát triển thôn Đông Hòa
P2 = [
    T(
        "Tổ chức họp dân thống nhất nội dung, mức đóng góp xây dựng thôn nông thôn mới kiểu mẫu",
        "Ban phát triển thôn",
        ["Các chi hội đoàn thể thôn"],
        "Đỗ Văn Khải",
        "Tháng 02/2027",
    ),
    T(
        "Bê tông hóa 650 m đường ngõ xóm 3, xóm 5; lắp đặt 40 cột đèn chiếu sáng",
        "Ban phát triển thôn",
        ["Các hộ dân xóm 3, xóm 5"],
        "",
        "Quý II/2027",
    ),
    T(
        "Trồng, chăm sóc 1,2 km hàng rào xanh, đường hoa trên trục đường chính của thôn",
        "Chi hội Phụ nữ thôn",
        ["Chi đoàn thanh niên thôn"],
        "Phạm Thị Thu",
        "Tháng 3 - 4/2027",
    ),
    T(
        "Cải tạo vườn tạp, xây dựng 15 vườn mẫu đạt chuẩn",
        "Chi hội Nông dân thôn",
        [],
        "Vũ Văn Lợi",
        "Quý III/2027",
    ),
    T(
        "Duy trì tổng vệ sinh đường làng, ngõ xóm vào sáng Chủ nhật hằng tuần",
        "Chi hội Cựu chiến binh thôn",
        ["Các hộ gia đình"],
        "",
        "Thường xuyên",
    ),
    T(
        "Lắp đặt 08 camera an ninh tại các trục đường chính, ngã ba vào thôn",
        "Tổ bảo vệ an ninh, trật tự ở cơ sở",
        ["Công an xã"],
        "Nguyễn Văn Tám",
        "Tháng 6/2027",
    ),
    T(
        "Tu sửa nhà văn hóa thôn, bổ sung dụng cụ thể dục thể thao",
        "Ban phát triển thôn",
        ["Chi đoàn thanh niên thôn"],
        "",
        "Tháng 8/2027",
    ),
    T(
        "Hoàn thiện hồ sơ đề nghị xét công nhận thôn đạt chuẩn nông thôn mới kiểu mẫu",
        "Ban phát triển thôn",
        [],
        "Đỗ Văn Khải",
        "Trước ngày 15/11/2027",
    ),
]
P2_WHO = {
    "Đỗ Văn Khải": "ông Đỗ Văn Khải - Trưởng thôn",
    "Phạm Thị Thu": "bà Phạm Thị Thu - Chi hội trưởng",
    "Vũ Văn Lợi": "ông Vũ Văn Lợi - Chi hội trưởng",
    "Nguyễn Văn Tám": "ông Nguyễn Văn Tám - Tổ trưởng",
}


def plan2():
    name = "r26-thon-dong-hoa-kieu-mau"
    title = "Xây dựng thôn Đông Hòa đạt chuẩn nông thôn mới kiểu mẫu năm 2027"
    doc = opening(
        ["UBND XÃ VŨ TIÊN", "BAN PHÁT TRIỂN THÔN ĐÔNG HÒA", "Số: 02/KH-BPT"],
        "Vũ Tiên, ngày 05 tháng 02 năm 2027",
        title,
    )
    a4(doc)
    body(
        doc,
        "Thực hiện Kế hoạch số 21/KH-UBND ngày 20/01/2027 của UBND xã Vũ Tiên về xây dựng thôn nông thôn mới kiểu mẫu năm 2027;",
    )
    body(
        doc,
        "Căn cứ kết quả Hội nghị thôn ngày 28/01/2027, Ban phát triển thôn Đông Hòa xây dựng Kế hoạch như sau:",
    )
    head(doc, "I. MỤC TIÊU")
    body(
        doc,
        "Phấn đấu đến hết năm 2027 thôn Đông Hòa đạt chuẩn thôn nông thôn mới kiểu mẫu; thu nhập bình quân đạt 85 triệu đồng/người/năm; không còn hộ nghèo.",
    )
    head(doc, "II. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG THỰC HIỆN")
    rows = []
    for i, t in enumerate(P2, 1):
        lead = [t["lead"]] + ([f"({P2_WHO[t['official']]})"] if t["official"] else [])
        rows.append(
            [
                [str(i)],
                [t["title"]],
                lead,
                [", ".join(t["coord"])] if t["coord"] else [""],
                [t["when"]],
            ]
        )
    task_table(
        doc,
        ["TT", "Nội dung công việc", "Người, bộ phận chủ trì", "Phối hợp", "Thời gian"],
        rows,
        [1.0, 6.5, 3.8, 2.7, 2.2],
        bold_titles=False,
    )
    head(doc, "III. KINH PHÍ")
    body(
        doc,
        "Nhân dân đóng góp bằng tiền, ngày công, hiến đất; ngân sách xã hỗ trợ theo cơ chế của tỉnh; huy động con em xa quê ủng hộ.",
    )
    head(doc, "IV. TỔ CHỨC THỰC HIỆN")
    body(
        doc,
        "Các thành viên Ban phát triển thôn, các chi hội đoàn thể căn cứ nhiệm vụ được phân công tổ chức thực hiện; hằng tháng báo cáo tiến độ tại cuộc họp Ban phát triển thôn.",
    )
    rec = [
        "- UBND xã Vũ Tiên (b/c);",
        "- Chi bộ thôn;",
        "- Các chi hội, đoàn thể thôn;",
        "- Lưu: BPT.",
    ]
    closing(doc, rec, ["TM. BAN PHÁT TRIỂN THÔN", "TRƯỞNG BAN", "", "", "Đỗ Văn Khải"])
    (OUT / f"{name}.docx").write_bytes(save(doc))
    write_toml(
        name,
        """Village plan (Ban phát triển thôn under a commune of Hưng Yên), task table TT | content | lead with the person in brackets | partners | time.
Assumption: the issuer is the village development board (the line under the commune), the person in brackets after the lead is the official.""",
        dict(
            number="02",
            symbol="KH-BPT",
            place="Vũ Tiên",
            date="2027-02-05",
            title=title,
            issuer="BAN PHÁT TRIỂN THÔN ĐÔNG HÒA",
            authority="TM. BAN PHÁT TRIỂN THÔN",
            signer_title="TRƯỞNG BAN",
            signer="Đỗ Văn Khải",
            bases=["21/KH-UBND"],
            recipients=len(rec),
        ),
        P2,
    )


# -------------------------------------------- 3. Sở NN&MT Gia Lai, OCOP (PDF)
P3 = [
    T(
        "hướng dẫn UBND các xã, phường rà soát, đánh giá tiềm năng và xây dựng kế hoạch phát triển sản phẩm OCOP năm 2027",
        "Chi cục Phát triển nông thôn",
        ["Trung tâm Khuyến nông"],
        "",
        "Quý I/2027",
    ),
    T(
        "tổ chức 04 lớp tập huấn kiến thức về Chương trình OCOP cho cán bộ cấp xã và các chủ thể sản xuất",
        "Trung tâm Khuyến nông",
        ["Chi cục Phát triển nông thôn"],
        "",
        "tháng 3 - 4/2027",
    ),
    T(
        "hỗ trợ các chủ thể hoàn thiện tiêu chuẩn cơ sở, nhãn mác, bao bì và truy xuất nguồn gốc sản phẩm",
        "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
        ["Sở Khoa học và Công nghệ", "Sở Công Thương"],
        "",
        "năm 2027",
    ),
    T(
        "tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 1",
        "Chi cục Phát triển nông thôn",
        ["Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh"],
        "",
        "tháng 6/2027",
    ),
    T(
        "tổ chức đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đợt 2",
        "Chi cục Phát triển nông thôn",
        ["Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh"],
        "",
        "tháng 11/2027",
    ),
    T(
        "xây dựng 03 điểm giới thiệu và bán sản phẩm OCOP tại các khu du lịch, trung tâm thương mại",
        "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
        ["Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch"],
        "",
        "Quý III/2027",
    ),
    T(
        "hỗ trợ đưa sản phẩm OCOP lên các sàn thương mại điện tử, ứng dụng mã QR truy xuất nguồn gốc",
        "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
        ["Bưu điện tỉnh"],
        "",
        "thường xuyên",
    ),
    T(
        "kiểm tra, giám sát việc duy trì chất lượng sản phẩm OCOP đã được công nhận; đề xuất thu hồi giấy chứng nhận đối với sản phẩm không duy trì được tiêu chuẩn",
        "Chi cục Phát triển nông thôn",
        ["Thanh tra Sở"],
        "",
        "Quý IV/2027",
    ),
    T(
        "tham mưu UBND tỉnh bố trí kinh phí hỗ trợ phát triển sản phẩm OCOP năm 2027",
        "Phòng Kế hoạch - Tài chính",
        ["Sở Tài chính"],
        "",
        "trước ngày 31/3/2027",
    ),
    T(
        "tổng hợp, báo cáo kết quả thực hiện Chương trình OCOP năm 2027 về UBND tỉnh và Văn phòng Điều phối nông thôn mới Trung ương",
        "Chi cục Phát triển nông thôn",
        [],
        "",
        "trước ngày 10/12/2027",
    ),
]


def _join(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " và " + items[-1]


def plan3():
    name = "r26-so-nnmt-gia-lai-ocop"
    title = (
        "Triển khai Chương trình Mỗi xã một sản phẩm (OCOP) trên địa bàn tỉnh năm 2027"
    )
    doc = opening(
        ["UBND TỈNH GIA LAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "Số: 356/KH-SNNMT"],
        "Gia Lai, ngày 22 tháng 12 năm 2026",
        title,
    )
    a4(doc)
    body(
        doc,
        "Căn cứ Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình Mỗi xã một sản phẩm giai đoạn 2021 - 2025, định hướng đến năm 2030;",
    )
    body(
        doc,
        "Căn cứ Kế hoạch số 245/KH-UBND ngày 10/12/2026 của UBND tỉnh về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027;",
    )
    body(
        doc,
        "Sở Nông nghiệp và Môi trường xây dựng Kế hoạch triển khai Chương trình OCOP năm 2027 như sau:",
    )
    head(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    body(
        doc,
        "1. Hướng dẫn, hỗ trợ UBND các xã, phường và các chủ thể phát triển sản phẩm OCOP theo hướng nâng cao chất lượng, gắn với chuỗi giá trị và thị trường.",
    )
    body(
        doc,
        "2. Phân công rõ nhiệm vụ cho các đơn vị thuộc Sở; bảo đảm tiến độ, hiệu quả.",
    )
    head(doc, "II. MỤC TIÊU")
    body(
        doc,
        "Năm 2027 toàn tỉnh có thêm ít nhất 60 sản phẩm được công nhận đạt 3 sao trở lên; 100% sản phẩm OCOP được quảng bá trên sàn thương mại điện tử.",
    )
    head(doc, "III. NHIỆM VỤ, GIẢI PHÁP")
    for i, t in enumerate(P3, 1):
        s = f"{i}. {t['lead']} chủ trì"
        if t["coord"]:
            s += f", phối hợp với {', '.join(low(t['coord']))}"
        w = t["when"]
        tail = (
            "thực hiện thường xuyên"
            if w == "thường xuyên"
            else (
                f"hoàn thành {w}"
                if w.startswith("trước")
                else f"thời gian thực hiện: {w}"
            )
        )
        body(doc, f"{s} {t['title']}; {tail}.")
    head(doc, "IV. TỔ CHỨC THỰC HIỆN")
    body(
        doc,
        "Thủ trưởng các đơn vị thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai; định kỳ 6 tháng, năm báo cáo kết quả về Sở (qua Chi cục Phát triển nông thôn) để tổng hợp.",
    )
    body(
        doc,
        "Đề nghị UBND các xã, phường phối hợp chặt chẽ với các đơn vị của Sở trong quá trình thực hiện Kế hoạch./.",
    )
    rec = [
        "- UBND tỉnh (b/c);",
        "- Văn phòng Điều phối NTM Trung ương (b/c);",
        "- Giám đốc, các PGĐ Sở;",
        "- UBND các xã, phường;",
        "- Các đơn vị thuộc Sở;",
        "- Lưu: VT, CCPTNT.",
    ]
    closing(doc, rec, ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Quốc Huy"])
    convert(save(doc), name, "pdf")
    tasks = [dict(t, title=t["title"][0].upper() + t["title"][1:]) for t in P3]
    write_toml(
        name,
        """Province department plan (Sở NN&MT Gia Lai) to guide communes on OCOP, PDF exported from Word; each task one sentence "X chủ trì, phối hợp với Y và Z <work>; thời gian …".
Task title: the work after the who-clause (first letter capitalised).""",
        dict(
            number="356",
            symbol="KH-SNNMT",
            place="Gia Lai",
            date="2026-12-22",
            title=title,
            issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            authority="KT. GIÁM ĐỐC",
            signer_title="PHÓ GIÁM ĐỐC",
            signer="Trần Quốc Huy",
            bases=["919/QĐ-TTg", "245/KH-UBND"],
            recipients=len(rec),
        ),
        tasks,
    )


# ---------------------------------------- 4. xã Tân Phước, Quý I (.doc)
P4 = [
    T(
        "Rà soát, đánh giá thực trạng các tiêu chí xã nông thôn mới nâng cao trên địa bàn xã",
        "Phòng Kinh tế",
        ["Các ngành liên quan", "Các ấp"],
        "Trần Văn Phúc",
        "20/01/2027",
    ),
    T(
        "Ra quân tổng vệ sinh môi trường, trang trí đường phố đón Tết Nguyên đán Đinh Mùi",
        "Đoàn Thanh niên xã",
        ["Hội Liên hiệp Phụ nữ xã", "Các ấp"],
        "",
        "Trước 30/01/2027",
    ),
    T(
        "Thăm, tặng quà hộ nghèo, hộ cận nghèo, gia đình chính sách dịp Tết Nguyên đán",
        "Phòng Văn hóa - Xã hội",
        ["Ủy ban MTTQ Việt Nam xã"],
        "Lê Thị Ngọc Hân",
        "04/02/2027",
    ),
    T(
        "Trình phê duyệt danh mục công trình đường giao thông nông thôn năm 2027 theo cơ chế đặc thù",
        "Phòng Kinh tế",
        ["Ban Quản lý dự án xã"],
        "Trần Văn Phúc",
        "28/02/2027",
    ),
    T(
        "Khởi công nâng cấp, mở rộng đường liên ấp 3 - ấp 5 (dài 1,8 km)",
        "Ban Quản lý dự án xã",
        ["Phòng Kinh tế", "Ban phát triển ấp 3"],
        "Nguyễn Thành Long",
        "15/3/2027",
    ),
    T(
        "Ra mắt mô hình “Ấp thông minh” tại ấp Phước Lộc",
        "Phòng Văn hóa - Xã hội",
        ["Công an xã", "Ban phát triển ấp Phước Lộc"],
        "Lê Thị Ngọc Hân",
        "20/3/2027",
    ),
    T(
        "Tổ chức tiêm phòng đợt 1 cho đàn gia súc, gia cầm",
        "Phòng Kinh tế",
        ["Các ấp"],
        "Võ Minh Tâm",
        "Tháng 3/2027",
    ),
    T(
        "Kiểm tra chất lượng nước tại trạm cấp nước tập trung ấp Phước Hòa",
        "Trạm Y tế xã",
        ["Phòng Kinh tế"],
        "",
        "25/3/2027",
    ),
    T(
        "Đăng ký xây dựng 02 sản phẩm OCOP năm 2027 (bưởi da xanh, hạt điều rang muối)",
        "Phòng Kinh tế",
        ["Hội Nông dân xã", "Hợp tác xã Nông nghiệp Tân Phước"],
        "Võ Minh Tâm",
        "31/3/2027",
    ),
    T(
        "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ; xây dựng tuyến đường tự quản",
        "Công an xã",
        ["Đoàn Thanh niên xã"],
        "",
        "Quý I/2027",
    ),
    T(
        "Báo cáo kết quả thực hiện nhiệm vụ Quý I, đề xuất nhiệm vụ Quý II năm 2027",
        "Văn phòng HĐND và UBND xã",
        ["Các đơn vị liên quan"],
        "Đặng Thị Kim Thoa",
        "28/3/2027",
    ),
]


def plan4():
    name = "r26-xa-tan-phuoc-quy-i"
    title = "Triển khai nhiệm vụ xây dựng nông thôn mới Quý I năm 2027"
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHƯỚC", "Số: 03/KH-UBND"],
        "Tân Phước, ngày 06 tháng 01 năm 2027",
        title,
    )
    a4(doc, left=2.0, right=1.5)
    body(
        doc,
        "Căn cứ Kế hoạch số 112/KH-UBND ngày 25/12/2026 của UBND xã Tân Phước về xây dựng nông thôn mới nâng cao năm 2027;",
    )
    body(
        doc,
        "Căn cứ Chương trình công tác năm 2027 của UBND xã; UBND xã Tân Phước xây dựng Kế hoạch triển khai nhiệm vụ Quý I năm 2027 như sau:",
    )
    head(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    body(
        doc,
        "- Cụ thể hóa nhiệm vụ năm 2027 theo từng quý; xác định rõ đơn vị chủ trì, phối hợp, công chức tham mưu và thời gian hoàn thành.",
    )
    body(doc, "- Các đơn vị chủ động triển khai, bảo đảm chất lượng, đúng tiến độ.")
    head(doc, "II. NỘI DUNG CÔNG VIỆC")
    rows = [
        [
            [str(i)],
            [t["title"]],
            [t["lead"]],
            ["; ".join(t["coord"])],
            [t["official"]],
            [t["when"]],
        ]
        for i, t in enumerate(P4, 1)
    ]
    tab = task_table(
        doc,
        [
            "STT",
            "Nội dung công việc",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Công chức tham mưu",
            "Thời gian hoàn thành",
        ],
        rows,
        [1.0, 6.0, 2.8, 3.2, 2.6, 2.2],
        bold_titles=False,
        size=11,
    )
    repeat_header(tab.rows[0])
    head(doc, "III. TỔ CHỨC THỰC HIỆN")
    body(
        doc,
        "Thủ trưởng các đơn vị được giao nhiệm vụ chịu trách nhiệm trước Chủ tịch UBND xã về tiến độ, chất lượng công việc. Văn phòng HĐND và UBND xã theo dõi, đôn đốc, tổng hợp tình hình thực hiện./.",
    )
    rec = [
        "- Đảng ủy xã (b/c);",
        "- TT HĐND xã (b/c);",
        "- CT, các PCT UBND xã;",
        "- Các đơn vị tại Mục II;",
        "- Ban phát triển các ấp;",
        "- Lưu: VT.",
    ]
    closing(doc, rec, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Huỳnh Văn Sang"])
    convert(save(doc), name, "doc")
    write_toml(
        name,
        "Commune quarterly plan (Đồng Nai), .doc saved by LibreOffice; task table in the body with a column for the official (công chức tham mưu); partners split by ';'.",
        dict(
            number="03",
            symbol="KH-UBND",
            place="Tân Phước",
            date="2027-01-06",
            title=title,
            issuer="ỦY BAN NHÂN DÂN XÃ TÂN PHƯỚC",
            authority="TM. ỦY BAN NHÂN DÂN",
            signer_title="CHỦ TỊCH",
            signer="Huỳnh Văn Sang",
            bases=["112/KH-UBND"],
            recipients=len(rec),
        ),
        P4,
    )


# ------------------------------------ 5. xã Phong Điền, chuyển đổi số (PDF)
P5_GROUPS = [
    (
        "1. Phát triển hạ tầng số",
        [
            T(
                "Phối hợp doanh nghiệp viễn thông phủ sóng 4G, 5G tới 100% ấp; lắp đặt wifi miễn phí tại nhà văn hóa các ấp",
                "Phòng Văn hóa - Xã hội",
                ["Viettel Cần Thơ", "VNPT Cần Thơ"],
                "",
                "Quý III/2027",
            ),
            T(
                "Lắp đặt hệ thống camera giám sát an ninh, giao thông tại 12 điểm trọng yếu",
                "Công an xã",
                ["Phòng Kinh tế"],
                "",
                "tháng 9/2027",
            ),
        ],
    ),
    (
        "2. Phát triển chính quyền số",
        [
            T(
                "Nâng tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt trên 80%",
                "Trung tâm Phục vụ hành chính công xã",
                ["Văn phòng HĐND và UBND xã"],
                "",
                "thường xuyên",
            ),
            T(
                "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực giai đoạn 2020 - 2025",
                "Trung tâm Phục vụ hành chính công xã",
                [],
                "Lâm Thị Bích Tuyền",
                "trước ngày 30/6/2027",
            ),
            T(
                "Cập nhật thường xuyên thông tin về xây dựng nông thôn mới trên Trang thông tin điện tử xã",
                "Văn phòng HĐND và UBND xã",
                [],
                "Nguyễn Hoàng Phúc",
                "thường xuyên",
            ),
        ],
    ),
    (
        "3. Phát triển kinh tế số",
        [
            T(
                "Hỗ trợ 100% chủ thể OCOP, hợp tác xã đưa sản phẩm lên sàn thương mại điện tử",
                "Phòng Kinh tế",
                ["Hội Nông dân xã", "Bưu điện xã"],
                "",
                "Quý IV/2027",
            ),
            T(
                "Mở 03 lớp tập huấn kỹ năng bán hàng trực tuyến cho nông dân, hộ kinh doanh",
                "Hội Nông dân xã",
                ["Đoàn Thanh niên xã"],
                "",
                "tháng 5 - 7/2027",
            ),
            T(
                "Thúc đẩy thanh toán không dùng tiền mặt tại chợ Phong Điền và các điểm du lịch sinh thái",
                "Phòng Kinh tế",
                ["Ban Quản lý chợ", "Các ngân hàng thương mại trên địa bàn"],
                "",
                "năm 2027",
            ),
        ],
    ),
    (
        "4. Phát triển xã hội số",
        [
            T(
                "Duy trì hoạt động của 14 Tổ công nghệ số cộng đồng; hướng dẫn người dân sử dụng ứng dụng VNeID, dịch vụ công trực tuyến",
                "Đoàn Thanh niên xã",
                ["Công an xã"],
                "",
                "thường xuyên",
            ),
            T(
                "Tuyên truyền kỹ năng nhận diện, phòng ngừa lừa đảo trên không gian mạng cho người dân",
                "Công an xã",
                ["Ủy ban MTTQ Việt Nam xã"],
                "",
                "Quý II/2027",
            ),
        ],
    ),
]


def plan5():
    name = "r26-xa-phong-dien-chuyen-doi-so"
    title = "Thực hiện chuyển đổi số trong xây dựng nông thôn mới trên địa bàn xã Phong Điền năm 2027"
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ PHONG ĐIỀN", "", "Số: 27/KH-UBND"],
        "Phong Điền, ngày 03 tháng 3 năm 2027",
        title,
    )
    a4(doc)
    body(
        doc,
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    )
    body(
        doc,
        "Căn cứ Kế hoạch số 38/KH-UBND ngày 14/02/2027 của UBND thành phố Cần Thơ về chuyển đổi số trong xây dựng nông thôn mới năm 2027;",
    )
    body(doc, "UBND xã Phong Điền ban hành Kế hoạch với các nội dung sau:")
    head(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    body(
        doc,
        "Đẩy mạnh ứng dụng công nghệ số trong quản lý, điều hành và đời sống người dân; góp phần giữ vững, nâng cao chất lượng tiêu chí nông thôn mới.",
    )
    head(doc, "II. NHIỆM VỤ, GIẢI PHÁP")
    tasks = []
    for group, items in P5_GROUPS:
        para(doc, group, bold=True, italic=True, indent=1.0)
        for t in items:
            inner = f"Chủ trì: {t['lead']}"
            if t["official"]:
                inner += f", công chức phụ trách: {t['official']}"
            if t["coord"]:
                inner += f"; phối hợp: {', '.join(low(t['coord']))}"
            inner += f"; thời gian: {t['when']}"
            body(doc, f"- {t['title']} ({inner}).")
            tasks.append(t)
    head(doc, "III. KINH PHÍ THỰC HIỆN")
    body(
        doc,
        "Từ nguồn ngân sách xã năm 2027, vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới và các nguồn huy động hợp pháp khác.",
    )
    head(doc, "IV. TỔ CHỨC THỰC HIỆN")
    body(
        doc,
        "Phòng Văn hóa - Xã hội là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; các đơn vị được phân công chủ động triển khai và báo cáo kết quả theo định kỳ 6 tháng, năm./.",
    )
    rec = [
        "- Sở Khoa học và Công nghệ TP Cần Thơ;",
        "- TT Đảng ủy xã;",
        "- TT HĐND xã;",
        "- CT, các PCT UBND xã;",
        "- Các phòng, đơn vị thuộc UBND xã;",
        "- Các ấp;",
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
            "Trần Thanh Tâm",
        ],
    )
    convert(save(doc), name, "pdf")
    write_toml(
        name,
        """Commune plan (Cần Thơ) for digital transformation, PDF exported from Word; tasks are "-" lines grouped under four fields, who/when in a bracket after each.
The group headings (1. Phát triển hạ tầng số …) are not tasks. Signature TM./KT.: authority is both lines (TM. …, KT. CHỦ TỊCH), signer_title PHÓ CHỦ TỊCH.""",
        dict(
            number="27",
            symbol="KH-UBND",
            place="Phong Điền",
            date="2027-03-03",
            title=title,
            issuer="ỦY BAN NHÂN DÂN XÃ PHONG ĐIỀN",
            authority="TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            signer_title="PHÓ CHỦ TỊCH",
            signer="Trần Thanh Tâm",
            bases=["57-NQ/TW", "38/KH-UBND"],
            recipients=len(rec),
        ),
        tasks,
    )


# ----------------------------------------- 6. Đoàn xã Ea Kly, tình nguyện
P6 = [
    T(
        "Ra quân “Ngày Chủ nhật xanh” thu gom rác thải, phát quang bụi rậm trên các tuyến đường liên thôn, buôn",
        "BCH Đoàn xã",
        ["Các chi đoàn thôn, buôn"],
        "Y Khuê Niê",
        "Tháng 3/2027",
    ),
    T(
        "Thực hiện công trình thanh niên “Thắp sáng đường quê”: lắp đặt 2 km đèn năng lượng mặt trời tại buôn Cư Hiêu",
        "BCH Đoàn xã",
        ["Ban phát triển buôn Cư Hiêu"],
        "Nguyễn Văn Thành",
        "Quý II/2027",
    ),
    T(
        "Trồng 1.500 cây xanh tại trường học, khu dân cư",
        "Các chi đoàn thôn, buôn",
        ["Hội Cựu chiến binh xã"],
        "H’Mai Êban",
        "Tháng 4/2027",
    ),
    T(
        "Hỗ trợ xây dựng 02 “Nhà nhân ái” cho đoàn viên, thanh niên có hoàn cảnh khó khăn",
        "BCH Đoàn xã",
        ["Ủy ban MTTQ Việt Nam xã"],
        "Y Khuê Niê",
        "Tháng 7/2027",
    ),
    T(
        "Tổ chức Chiến dịch “Mùa hè xanh”: hướng dẫn người dân kỹ năng số, cài đặt và sử dụng ứng dụng VNeID",
        "Đội hình thanh niên tình nguyện xã",
        ["Công an xã"],
        "Lê Thị Thu Trang",
        "Tháng 6 - 8/2027",
    ),
    T(
        "Xây dựng 01 mô hình thanh niên khởi nghiệp trồng sầu riêng, cà phê theo tiêu chuẩn VietGAP",
        "Câu lạc bộ Thanh niên khởi nghiệp xã",
        ["Hội Nông dân xã", "Phòng Kinh tế"],
        "Nguyễn Văn Thành",
        "Quý III/2027",
    ),
    T(
        "Tuyên truyền phòng, chống ma túy, tệ nạn xã hội trong thanh thiếu niên",
        "Chi đoàn Công an xã",
        ["Các chi đoàn thôn, buôn"],
        "",
        "Thường xuyên",
    ),
    T(
        "Tổ chức giải bóng đá thanh niên các thôn, buôn chào mừng Quốc khánh 2/9",
        "BCH Đoàn xã",
        ["Phòng Văn hóa - Xã hội"],
        "H’Mai Êban",
        "Tháng 8/2027",
    ),
    T(
        "Sơ kết hoạt động tình nguyện năm 2027; khen thưởng tập thể, cá nhân tiêu biểu",
        "BCH Đoàn xã",
        [],
        "Y Khuê Niê",
        "Tháng 12/2027",
    ),
]
P6_ROLE = {
    "Y Khuê Niê": "Phó Bí thư Đoàn xã",
    "Nguyễn Văn Thành": "Ủy viên BTV",
    "H’Mai Êban": "Ủy viên BCH",
    "Lê Thị Thu Trang": "Ủy viên BTV",
}


def plan6():
    name = "r26-doan-xa-ea-kly-tinh-nguyen"
    title = (
        "Tổ chức các hoạt động tình nguyện chung sức xây dựng nông thôn mới năm 2027"
    )
    doc = opening(
        ["BCH ĐOÀN TỈNH ĐẮK LẮK", "BCH ĐOÀN XÃ EA KLY", "***", "Số: 08-KH/ĐTN"],
        "Ea Kly, ngày 10 tháng 3 năm 2027",
        title,
    )
    # The Youth Union's header: its name on the right, not the national motto.
    right = doc.tables[0].cell(0, 1)
    right.paragraphs[0].text = "ĐOÀN TNCS HỒ CHÍ MINH"
    right.paragraphs[1].text = ""
    a4(doc)
    body(
        doc,
        "Thực hiện Kế hoạch số 54-KH/TĐTN-PT ngày 15/01/2027 của Ban Thường vụ Tỉnh đoàn Đắk Lắk về tổ chức hoạt động tình nguyện năm 2027;",
    )
    body(
        doc,
        "Căn cứ Kế hoạch số 19/KH-UBND ngày 25/01/2027 của UBND xã Ea Kly về xây dựng nông thôn mới năm 2027;",
    )
    body(doc, "Ban Chấp hành Đoàn xã Ea Kly xây dựng Kế hoạch như sau:")
    head(doc, "I. MỤC ĐÍCH, YÊU CẦU")
    body(
        doc,
        "- Phát huy vai trò xung kích của đoàn viên, thanh niên trong xây dựng nông thôn mới, đô thị văn minh.",
    )
    body(
        doc,
        "- Các hoạt động thiết thực, có địa chỉ cụ thể; phân công đồng chí phụ trách từng nội dung.",
    )
    head(doc, "II. CHỈ TIÊU")
    body(
        doc,
        "- Mỗi chi đoàn thực hiện ít nhất 01 công trình, phần việc thanh niên; 100% chi đoàn tham gia “Ngày Chủ nhật xanh”.",
    )
    head(doc, "III. NỘI DUNG HOẠT ĐỘNG VÀ PHÂN CÔNG")
    rows = []
    for i, t in enumerate(P6, 1):
        who = f"Đ/c {t['official']} - {P6_ROLE[t['official']]}" if t["official"] else ""
        rows.append(
            [
                [str(i)],
                [t["title"]],
                [t["lead"]],
                [", ".join(t["coord"])],
                [who],
                [t["when"]],
            ]
        )
    task_table(
        doc,
        [
            "STT",
            "Nội dung hoạt động",
            "Đơn vị chủ trì",
            "Đơn vị phối hợp",
            "Đồng chí phụ trách",
            "Thời gian",
        ],
        rows,
        [1.0, 5.0, 2.6, 2.6, 2.6, 2.0],
        bold_titles=False,
        size=11,
    )
    head(doc, "IV. TỔ CHỨC THỰC HIỆN")
    body(
        doc,
        "Ban Thường vụ Đoàn xã phân công các đồng chí Ủy viên Ban Chấp hành phụ trách, hướng dẫn các chi đoàn triển khai. Các chi đoàn báo cáo kết quả về Văn phòng Đoàn xã trước ngày 20 hằng tháng.",
    )
    rec = [
        "- BTV Tỉnh đoàn (b/c);",
        "- Đảng ủy xã (b/c);",
        "- UBND xã;",
        "- Các chi đoàn trực thuộc;",
        "- Lưu VP.",
    ]
    closing(
        doc,
        rec,
        ["TM. BAN CHẤP HÀNH ĐOÀN XÃ", "BÍ THƯ", "", "", "Nguyễn Thị Hồng Nhung"],
    )
    (OUT / f"{name}.docx").write_bytes(save(doc))
    write_toml(
        name,
        """Youth Union (Đoàn xã, Đắk Lắk) plan, header "BCH ĐOÀN XÃ …" beside "ĐOÀN TNCS HỒ CHÍ MINH"; number written "08-KH/ĐTN".
Task table with a column for the named person ("Đ/c X - role" → official X).""",
        dict(
            number="08",
            symbol="KH/ĐTN",
            place="Ea Kly",
            date="2027-03-10",
            title=title,
            issuer="BCH ĐOÀN XÃ EA KLY",
            authority="TM. BAN CHẤP HÀNH ĐOÀN XÃ",
            signer_title="BÍ THƯ",
            signer="Nguyễn Thị Hồng Nhung",
            bases=["54-KH/TĐTN-PT", "19/KH-UBND"],
            recipients=len(rec),
        ),
        P6,
    )


# ------------------------------------- 7. UBND tỉnh Phú Thọ, kiểu mẫu, Phụ lục
P7_GROUPS = [
    (
        "I",
        "CÔNG TÁC CHỈ ĐẠO, HƯỚNG DẪN",
        [
            (
                T(
                    "Ban hành hướng dẫn tiêu chí, hồ sơ, thủ tục xét công nhận xã, thôn nông thôn mới kiểu mẫu áp dụng cho các xã sau sắp xếp",
                    "Sở Nông nghiệp và Môi trường",
                    ["Các sở, ngành thành viên Ban Chỉ đạo tỉnh"],
                    "",
                    "Quý I/2027",
                ),
                "Văn bản hướng dẫn",
            ),
            (
                T(
                    "Rà soát, đăng ký danh sách xã, thôn phấn đấu đạt chuẩn kiểu mẫu năm 2027",
                    "UBND các xã",
                    ["Văn phòng Điều phối nông thôn mới tỉnh"],
                    "",
                    "Trước 31/3/2027",
                ),
                "Danh sách đăng ký",
            ),
            (
                T(
                    "Tham mưu phân bổ vốn ngân sách tỉnh hỗ trợ các xã, thôn xây dựng nông thôn mới kiểu mẫu",
                    "Sở Tài chính",
                    ["Sở Nông nghiệp và Môi trường"],
                    "",
                    "Tháng 4/2027",
                ),
                "Quyết định phân bổ vốn",
            ),
        ],
    ),
    (
        "II",
        "XÂY DỰNG CÁC LĨNH VỰC NỔI TRỘI",
        [
            (
                T(
                    "Hỗ trợ xây dựng mô hình sản xuất nông nghiệp ứng dụng công nghệ cao, nông nghiệp hữu cơ tại các xã kiểu mẫu",
                    "Sở Nông nghiệp và Môi trường",
                    ["UBND các xã"],
                    "",
                    "Quý III/2027",
                ),
                "Mô hình sản xuất",
            ),
            (
                T(
                    "Hướng dẫn xây dựng khu dân cư văn hóa kiểu mẫu, thư viện cộng đồng tại các thôn",
                    "Sở Văn hóa, Thể thao và Du lịch",
                    ["UBND các xã", "Ủy ban MTTQ Việt Nam tỉnh"],
                    "",
                    "Quý II/2027",
                ),
                "Văn bản hướng dẫn",
            ),
            (
                T(
                    "Hỗ trợ hoàn thiện hạ tầng giao thông, điện chiếu sáng tại các thôn kiểu mẫu",
                    "Sở Xây dựng",
                    ["UBND các xã"],
                    "",
                    "Quý III/2027",
                ),
                "Công trình hoàn thành",
            ),
            (
                T(
                    "Triển khai bản đồ số, ứng dụng quản lý thôn thông minh tại các thôn kiểu mẫu",
                    "Sở Khoa học và Công nghệ",
                    ["Viễn thông Phú Thọ", "UBND các xã"],
                    "",
                    "Tháng 9/2027",
                ),
                "Ứng dụng vận hành",
            ),
            (
                T(
                    "Hướng dẫn phân loại chất thải rắn tại nguồn, xây dựng cảnh quan xanh - sạch - đẹp",
                    "Sở Nông nghiệp và Môi trường",
                    ["Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn"],
                    "",
                    "Năm 2027",
                ),
                "Mô hình điểm",
            ),
            (
                T(
                    "Củng cố, nâng chuẩn trường học đạt chuẩn quốc gia mức độ 2 tại các xã kiểu mẫu",
                    "Sở Giáo dục và Đào tạo",
                    ["UBND các xã"],
                    "",
                    "Tháng 8/2027",
                ),
                "Trường đạt chuẩn",
            ),
            (
                T(
                    "Xây dựng mô hình “Xã an toàn về an ninh, trật tự” tại các xã kiểu mẫu",
                    "Công an tỉnh",
                    ["UBND các xã"],
                    "",
                    "Thường xuyên",
                ),
                "Mô hình an ninh",
            ),
        ],
    ),
    (
        "III",
        "KIỂM TRA, ĐÁNH GIÁ",
        [
            (
                T(
                    "Kiểm tra, giám sát tiến độ thực hiện tại các xã, thôn đăng ký đạt chuẩn",
                    "Văn phòng Điều phối nông thôn mới tỉnh",
                    ["Các sở, ngành liên quan"],
                    "",
                    "Tháng 10/2027",
                ),
                "Báo cáo kiểm tra",
            ),
            (
                T(
                    "Thẩm định, trình UBND tỉnh công nhận xã đạt chuẩn nông thôn mới kiểu mẫu năm 2027",
                    "Sở Nông nghiệp và Môi trường",
                    [
                        "Văn phòng Điều phối nông thôn mới tỉnh",
                        "Các sở, ngành thành viên Ban Chỉ đạo tỉnh",
                    ],
                    "",
                    "Trước 15/12/2027",
                ),
                "Quyết định công nhận",
            ),
        ],
    ),
]


def plan7():
    name = "r26-tinh-phu-tho-kieu-mau"
    title = (
        "Xây dựng xã, thôn nông thôn mới kiểu mẫu trên địa bàn tỉnh Phú Thọ năm 2027"
    )
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "", "Số: 48/KH-UBND"],
        "Phú Thọ, ngày 26 tháng 02 năm 2027",
        title,
    )
    a4(doc)
    body(
        doc,
        "Căn cứ Nghị quyết số 25/2026/NQ-HĐND ngày 10/12/2026 của HĐND tỉnh quy định chính sách hỗ trợ xây dựng nông thôn mới kiểu mẫu trên địa bàn tỉnh;",
    )
    body(
        doc,
        "Căn cứ Kế hoạch số 15/KH-BCĐ ngày 20/01/2027 của Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh về thực hiện nhiệm vụ năm 2027;",
    )
    body(
        doc,
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch xây dựng xã, thôn nông thôn mới kiểu mẫu năm 2027 như sau:",
    )
    head(doc, "I. MỤC TIÊU")
    body(
        doc,
        "Năm 2027 có thêm ít nhất 12 xã đạt chuẩn nông thôn mới kiểu mẫu và 80 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu.",
    )
    head(doc, "II. GIẢI PHÁP CHỦ YẾU")
    body(
        doc, "- Tiếp tục đẩy mạnh tuyên truyền, phát huy vai trò chủ thể của người dân."
    )
    body(
        doc,
        "- Lồng ghép các nguồn vốn, ưu tiên hỗ trợ các xã, thôn đăng ký đạt chuẩn kiểu mẫu.",
    )
    body(
        doc,
        "- Tăng cường kiểm tra, giám sát, kịp thời tháo gỡ khó khăn, vướng mắc ở cơ sở.",
    )
    head(doc, "III. TỔ CHỨC THỰC HIỆN")
    body(
        doc,
        "Giao các sở, ban, ngành, UBND các xã, phường thực hiện các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này; định kỳ báo cáo kết quả về UBND tỉnh (qua Sở Nông nghiệp và Môi trường) trước ngày 15 tháng cuối quý./.",
    )
    rec = [
        "- Bộ Nông nghiệp và Môi trường (b/c);",
        "- Văn phòng Điều phối NTM Trung ương (b/c);",
        "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
        "- CT, các PCT UBND tỉnh;",
        "- Các thành viên BCĐ tỉnh;",
        "- Các sở, ban, ngành tỉnh;",
        "- UBND các xã, phường;",
        "- Lưu: VT, KTN.",
    ]
    closing(
        doc,
        rec,
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hà Văn Thắng"],
    )
    doc.add_page_break()
    para(doc, "PHỤ LỤC", bold=True, center=True)
    para(
        doc,
        "NHIỆM VỤ XÂY DỰNG XÃ, THÔN NÔNG THÔN MỚI KIỂU MẪU NĂM 2027",
        bold=True,
        center=True,
    )
    para(
        doc,
        "(Kèm theo Kế hoạch số 48/KH-UBND ngày 26/02/2027 của UBND tỉnh Phú Thọ)",
        italic=True,
        center=True,
    )
    heads = [
        "TT",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
        "Sản phẩm",
    ]
    widths = [1.0, 5.6, 2.6, 3.2, 2.0, 2.2]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        fill(t.rows[0].cells[i], h, size=11, bold=True, center=True)
    repeat_header(t.rows[0])
    tasks, n = [], 0
    for roman, group, items in P7_GROUPS:
        cells = t.add_row().cells
        fill(cells[0], roman, size=11, bold=True, center=True)
        merged = cells[1].merge(cells[5])
        fill(merged, group, size=11, bold=True)
        for task, product in items:
            n += 1
            cells = t.add_row().cells
            for i, v in enumerate(
                [
                    str(n),
                    task["title"],
                    task["lead"],
                    "; ".join(task["coord"]),
                    task["when"],
                    product,
                ]
            ):
                fill(cells[i], v, size=11, center=i in (0, 4))
            tasks.append(task)
    fixed_widths(t, widths)
    (OUT / f"{name}.docx").write_bytes(save(doc))
    write_toml(
        name,
        """Province plan (UBND tỉnh Phú Thọ), short body; tasks in an appendix table after the signature, with group rows I/II/III merged across, a "Sản phẩm" column.
Partners split by ';' ("Các sở, ngành thành viên Ban Chỉ đạo tỉnh" is one unit). Signature TM./KT.: authority is both lines (TM. …, KT. CHỦ TỊCH), signer_title PHÓ CHỦ TỊCH.""",
        dict(
            number="48",
            symbol="KH-UBND",
            place="Phú Thọ",
            date="2027-02-26",
            title=title,
            issuer="ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ",
            authority="TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            signer_title="PHÓ CHỦ TỊCH",
            signer="Hà Văn Thắng",
            bases=["25/2026/NQ-HĐND", "15/KH-BCĐ"],
            recipients=len(rec),
        ),
        tasks,
    )


# --------------------------------------- 8. BCĐ xã Tiên Lãng, rà soát (.xlsx)
P8 = [
    T(
        "Rà soát, đánh giá tiêu chí số 1 về Quy hoạch",
        "Phòng Kinh tế",
        ["Văn phòng HĐND và UBND xã"],
        "Bùi Văn Hải",
        "30/4/2027",
    ),
    T(
        "Rà soát, đánh giá tiêu chí số 2 về Giao thông",
        "Phòng Kinh tế",
        ["Ban phát triển các thôn"],
        "Bùi Văn Hải",
        "30/4/2027",
    ),
    T(
        "Rà soát, đánh giá tiêu chí số 3 về Thủy lợi và phòng, chống thiên tai",
        "Phòng Kinh tế",
        ["Ban Chỉ huy quân sự xã"],
        "Vũ Đức Mạnh",
        "05/5/2027",
    ),
    T(
        "Rà soát, đánh giá tiêu chí số 5 về Trường học và tiêu chí số 6 về Cơ sở vật chất văn hóa",
        "Phòng Văn hóa - Xã hội",
        ["Các trường học trên địa bàn xã"],
        "Nguyễn Thị Lan Anh",
        "10/5/2027",
    ),
    T(
        "Rà soát, đánh giá tiêu chí số 10 về Thu nhập và tiêu chí số 11 về Nghèo đa chiều",
        "Phòng Văn hóa - Xã hội",
        ["Phòng Kinh tế", "Các thôn"],
        "Nguyễn Thị Lan Anh",
        "10/5/2027",
    ),
    T(
        "Rà soát, đánh giá tiêu chí số 14 về Y tế",
        "Trạm Y tế xã",
        ["Bảo hiểm xã hội khu vực"],
        "Nguyễn Thị Lan Anh",
        "10/5/2027",
    ),
    T(
        "Rà soát, đánh giá tiêu chí số 17 về Môi trường và an toàn thực phẩm",
        "Phòng Kinh tế",
        ["Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã"],
        "Vũ Đức Mạnh",
        "15/5/2027",
    ),
    T(
        "Rà soát, đánh giá tiêu chí số 18 về Hệ thống chính trị và tiếp cận pháp luật",
        "Văn phòng HĐND và UBND xã",
        ["Ủy ban MTTQ Việt Nam xã"],
        "Đỗ Thị Hương",
        "15/5/2027",
    ),
    T(
        "Rà soát, đánh giá tiêu chí số 19 về Quốc phòng và An ninh",
        "Công an xã",
        ["Ban Chỉ huy quân sự xã"],
        "Trần Minh Quân",
        "15/5/2027",
    ),
    T(
        "Tổng hợp kết quả rà soát, hoàn thiện báo cáo và hồ sơ đề nghị thẩm định xã đạt chuẩn nông thôn mới nâng cao",
        "Phòng Kinh tế",
        ["Các thành viên Ban Chỉ đạo"],
        "Bùi Văn Hải",
        "Tháng 5/2027",
    ),
]
P8_ROLE = {
    "Bùi Văn Hải": "Phó Chủ tịch UBND xã, Phó Trưởng ban",
    "Vũ Đức Mạnh": "Trưởng phòng Kinh tế",
    "Nguyễn Thị Lan Anh": "Phó Chủ tịch UBND xã",
    "Đỗ Thị Hương": "Chánh Văn phòng HĐND và UBND xã",
    "Trần Minh Quân": "Trưởng Công an xã",
}


def plan8():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    name = "r26-bcd-xa-tien-lang-ra-soat"
    title = (
        "Rà soát, đánh giá mức độ đạt các tiêu chí xã nông thôn mới nâng cao năm 2027"
    )
    wb = Workbook()
    ws = wb.active
    ws.title = "Ke hoach"
    bold, ital = (
        Font(name="Times New Roman", bold=True, size=12),
        Font(name="Times New Roman", italic=True, size=12),
    )
    normal = Font(name="Times New Roman", size=12)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def put(cell, value, font=normal, align=wrap, merge=None):
        ws[cell] = value
        ws[cell].font, ws[cell].alignment = font, align
        if merge:
            ws.merge_cells(merge)

    put("A1", "UBND XÃ TIÊN LÃNG", normal, centre, "A1:C1")
    put("A2", "BAN CHỈ ĐẠO CÁC CTMTQG", bold, centre, "A2:C2")
    put("A3", "Số: 06/KH-BCĐ", normal, centre, "A3:C3")
    put("D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, centre, "D1:F1")
    put("D2", "Độc lập - Tự do - Hạnh phúc", bold, centre, "D2:F2")
    put("D3", "Tiên Lãng, ngày 15 tháng 4 năm 2027", ital, centre, "D3:F3")
    put("A5", "KẾ HOẠCH", bold, centre, "A5:F5")
    put("A6", title, bold, centre, "A6:F6")
    put(
        "A8",
        "Căn cứ Kế hoạch số 30/KH-UBND ngày 02/02/2027 của UBND xã Tiên Lãng về xây dựng xã nông thôn mới nâng cao năm 2027, Ban Chỉ đạo các Chương trình mục tiêu quốc gia xã phân công rà soát, đánh giá các tiêu chí như sau:",
        normal,
        wrap,
        "A8:F8",
    )
    ws.row_dimensions[8].height = 48
    heads = [
        "STT",
        "Nội dung",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thành viên BCĐ phụ trách",
        "Thời hạn hoàn thành",
    ]
    side = Side(style="thin")
    box = Border(left=side, right=side, top=side, bottom=side)
    r = 10
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font, cell.alignment, cell.border = bold, centre, box
    for i, t in enumerate(P8, 1):
        r += 1
        vals = [
            i,
            t["title"],
            t["lead"],
            "; ".join(t["coord"]),
            f"Đ/c {t['official']} - {P8_ROLE[t['official']]}",
            t["when"],
        ]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.font, cell.border = normal, box
            cell.alignment = centre if c in (1, 6) else wrap
    r += 2
    rec = ["- Đảng ủy xã (b/c);", "- Thành viên BCĐ;", "- Các thôn;", "- Lưu: VT."]
    sign = ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "", "", "Phạm Văn Đức"]
    ws.cell(r, 1, "Nơi nhận:").font = Font(
        name="Times New Roman", bold=True, italic=True, size=11
    )
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    for k in range(max(len(rec), len(sign))):
        if k < len(rec):
            ws.cell(r + 1 + k, 1, rec[k]).font = Font(name="Times New Roman", size=11)
            ws.merge_cells(
                start_row=r + 1 + k, start_column=1, end_row=r + 1 + k, end_column=2
            )
        if k < len(sign) and sign[k]:
            cell = ws.cell(r + k, 4, sign[k])
            cell.font, cell.alignment = bold, Alignment(horizontal="center")
            ws.merge_cells(start_row=r + k, start_column=4, end_row=r + k, end_column=6)
    for col, w in zip("ABCDEF", [6, 46, 22, 26, 28, 14], strict=True):
        ws.column_dimensions[col].width = w
    wb.save(OUT / f"{name}.xlsx")
    write_toml(
        name,
        """Steering committee (BCĐ các CTMTQG xã, Hải Phòng) plan sent as an .xlsx workbook: header cells, title, one basis line, a task table with a column naming the member in charge ("Đ/c X - role" → official X), Nơi nhận and signature below.
Issuer: the steering committee (the line under the commune).""",
        dict(
            number="06",
            symbol="KH-BCĐ",
            place="Tiên Lãng",
            date="2027-04-15",
            title=title,
            issuer="BAN CHỈ ĐẠO CÁC CTMTQG",
            authority="TM. BAN CHỈ ĐẠO",
            signer_title="TRƯỞNG BAN",
            signer="Phạm Văn Đức",
            bases=["30/KH-UBND"],
            recipients=len(rec),
        ),
        P8,
    )


if __name__ == "__main__":
    for make in (plan1, plan2, plan3, plan4, plan5, plan6, plan7, plan8):
        make()
        print("wrote", make.__name__)
