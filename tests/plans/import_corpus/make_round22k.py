"""Writes round 22k's plans and their expected results (run once; the files
are committed, so the tests read them as users upload them):

    .venv/bin/python tests/plans/import_corpus/make_round22k.py

Round 22k varies the families earlier rounds found read badly and left open
(issue 18, docs/import-quality.md "Round 22k"), each written before the
importer was changed for it:

K1. a unit list with "và" or a comma inside: "Hội Liên hiệp Phụ nữ và Đoàn
    Thanh niên xã" (two bodies), "Sở Văn hóa, Thể thao và Du lịch", "Sở
    Nông nghiệp và Môi trường", "Văn phòng HĐND và UBND xã", "Báo và Phát
    thanh, Truyền hình Đồng Tháp" (one body each), "Trung tâm Văn hóa,
    Thông tin và Thể thao xã" (a comma inside a full name before a level),
    "Phòng VH, XH các xã, phường" (an abbreviation's comma before "các
    xã"); in a Word table's lead and partner columns and on a text plan's
    labelled lines.
K2. sections headed by an unnumbered line in capitals (bold in Word):
    "MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP", "KINH PHÍ
    THỰC HIỆN", "TỔ CHỨC THỰC HIỆN", "CHẾ ĐỘ BÁO CÁO", with numbered
    objectives and duties that must not become tasks (.docx, .txt, .pdf).
K3. the bases in the body: "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" over "- Căn cứ
    …" items, "1. Căn cứ …" items between the title and "I. MỤC ĐÍCH",
    "I. CĂN CỨ PHÁP LÝ" over items naming the document only ("1. Nghị
    quyết số …").
K4. Word task tables exported to PDF by LibreOffice: a content cell whose
    details have no bullet ("Quy mô: …", "Địa điểm: …" paragraphs), and a
    table whose group rows are numbered ("I", "II") and whose task rows
    are not, rows kept whole, an unnumbered task opening page 2.
K5. a message whose announcing sentence comes after greetings or a
    forwarded e-mail's header ("---------- Forwarded message ---------",
    "From:", "Date:", "Subject:", "To:", "Kính gửi: …", "Chào các đồng
    chí"), its verb followed by whom it is sent to ("gửi các đồng chí Kế
    hoạch số …").
K6. Word task tables whose time is a schedule of weeks ("Tuần 1 … Tuần 4"
    under "Tháng 3/2027", or under two months) or of years ("2026 | 2027 |
    2028") marked "x": the start is the first marked column's first day,
    the deadline the last one's last day (a month's last week runs to its
    end).

Each plan's expected result (.toml) is written from the same data as the
document, with the family and the assumptions in a comment at its top.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from docx.oxml import OxmlElement  # noqa: E402
from expected import write  # noqa: E402
from make_files import saved_as  # noqa: E402
from make_round20b import check, first_body_row, pages_of  # noqa: E402
from word_writer import (  # noqa: E402
    a4,
    closing_beside,
    closing_under,
    fill,
    fixed_widths,
    opening,
    para,
    repeat_header,
    save,
    task_table,
)

OUT = HERE / "round22k"


def simple_table(doc, head, rows, widths, *, size=12):
    """A ruled table of one paragraph a cell: `head`, then `rows`."""
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, text in enumerate(head):
        fill(t.rows[0].cells[i], text, size=size, bold=True, center=True)
    for row in rows:
        cells = t.add_row().cells
        for i, value in enumerate(row):
            fill(cells[i], value, size=size, center=i == 0)
    fixed_widths(t, widths)
    return t


# --- K1.1 a commune's Word table, "và" between two bodies and inside one ----

MY_HOA_TASKS = [
    {
        "title": "Tổ chức ra quân “Ngày Chủ nhật xanh” vệ sinh môi trường các ấp",
        "lead_cell": "Hội Liên hiệp Phụ nữ và Đoàn Thanh niên xã",
        "partner_cell": "Ban phát triển các ấp",
        "time": "30/11/2027",
        "lead": "Hội Liên hiệp Phụ nữ",
        # Two bodies lead together: the first leads, the second joins the
        # partners (the note says so).
        "coordinating": ["Đoàn Thanh niên xã", "Ban phát triển các ấp"],
        "deadline": "2027-11-30",
    },
    {
        "title": "Nâng cấp nhà văn hóa ấp Mỹ Lợi đạt chuẩn",
        "lead_cell": "Phòng Văn hóa - Xã hội",
        "partner_cell": "Ban phát triển ấp Mỹ Lợi và Hội Cựu chiến binh xã",
        "time": "Quý III/2027",
        "lead": "Phòng Văn hóa - Xã hội",
        "coordinating": ["Ban phát triển ấp Mỹ Lợi", "Hội Cựu chiến binh xã"],
        "deadline": "2027-09-30",
    },
    {
        "title": "Tập huấn kỹ thuật trồng xoài theo tiêu chuẩn VietGAP cho 60 hộ",
        "lead_cell": "Phòng Kinh tế",
        "partner_cell": "Trung tâm Dịch vụ nông nghiệp và Hợp tác xã Nông"
        " nghiệp Mỹ Hòa",
        "time": "Tháng 5/2027",
        "lead": "Phòng Kinh tế",
        "coordinating": [
            "Trung tâm Dịch vụ nông nghiệp",
            "Hợp tác xã Nông nghiệp Mỹ Hòa",
        ],
        "deadline": "2027-05-31",
    },
    {
        "title": "Rà soát, điều chỉnh quy hoạch sử dụng đất đến năm 2030",
        "lead_cell": "Phòng Kinh tế",
        "partner_cell": "Sở Nông nghiệp và Môi trường",
        "time": "30/6/2027",
        "lead": "Phòng Kinh tế",
        "coordinating": ["Sở Nông nghiệp và Môi trường"],
        "deadline": "2027-06-30",
    },
    {
        "title": "Xây dựng mô hình “Camera an ninh” tại 08 ấp",
        "lead_cell": "Công an xã",
        "partner_cell": "Ban Chỉ huy Quân sự xã và Ủy ban MTTQ Việt Nam xã",
        "time": "Quý II/2027",
        "lead": "Công an xã",
        "coordinating": ["Ban Chỉ huy Quân sự xã", "Ủy ban MTTQ Việt Nam xã"],
        "deadline": "2027-06-30",
    },
    {
        "title": "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 08 khu dân cư",
        "lead_cell": "Ủy ban MTTQ Việt Nam xã",
        "partner_cell": "Các đoàn thể xã và Ban công tác Mặt trận các ấp",
        "time": "Tháng 11/2027",
        "lead": "Ủy ban MTTQ Việt Nam xã",
        "coordinating": ["Các đoàn thể xã", "Ban công tác Mặt trận các ấp"],
        "deadline": "2027-11-30",
    },
    {
        "title": "Cập nhật hồ sơ, minh chứng tiêu chí Văn hóa và Thông tin",
        "lead_cell": "Phòng Văn hóa - Xã hội",
        "partner_cell": "Văn phòng HĐND và UBND xã",
        "time": "15/10/2027",
        "lead": "Phòng Văn hóa - Xã hội",
        "coordinating": ["Văn phòng HĐND và UBND xã"],
        "deadline": "2027-10-15",
    },
    {
        "title": "Khám sức khỏe định kỳ cho 450 người cao tuổi",
        "lead_cell": "Trạm Y tế xã",
        "partner_cell": "Hội Người cao tuổi và Hội Chữ thập đỏ xã",
        "time": "Tháng 9/2027",
        "lead": "Trạm Y tế xã",
        "coordinating": ["Hội Người cao tuổi", "Hội Chữ thập đỏ xã"],
        "deadline": "2027-09-30",
    },
    {
        "title": "Phát triển 02 sản phẩm OCOP từ xoài cát Hòa Lộc",
        "lead_cell": "Hợp tác xã Nông nghiệp Mỹ Hòa và Hội Nông dân xã",
        "partner_cell": "Phòng Kinh tế",
        "time": "Quý IV/2027",
        "lead": "Hợp tác xã Nông nghiệp Mỹ Hòa",
        "coordinating": ["Hội Nông dân xã", "Phòng Kinh tế"],
        "deadline": "2027-12-31",
    },
]


def my_hoa_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ MỸ HÒA", "Số: 156/KH-UBND"],
        "Mỹ Hòa, ngày 22 tháng 12 năm 2026",
        "Thực hiện xây dựng xã nông thôn mới nâng cao năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Căn cứ Kế hoạch số 412/KH-UBND ngày 10/12/2026 của UBND tỉnh Đồng Tháp"
        " về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới"
        " năm 2027;",
        indent=1,
    )
    para(doc, "UBND xã Mỹ Hòa ban hành Kế hoạch như sau:", indent=1)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Giữ vững các tiêu chí xã nông thôn mới, đạt thêm 03 tiêu chí nông thôn"
        " mới nâng cao trong năm 2027.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    simple_table(
        doc,
        ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
        [
            [str(n), t["title"], t["lead_cell"], t["partner_cell"], t["time"]]
            for n, t in enumerate(MY_HOA_TASKS, 1)
        ],
        [1.0, 6.2, 3.4, 3.6, 2.8],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị báo cáo kết quả thực hiện về UBND xã (qua Phòng Kinh tế)"
        " trước ngày 10/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Thành Trung"],
    )
    return save(doc)


MY_HOA_COMMENT = """
Round 22k, family K1 (units with "và" or a comma inside), written before
the importer was changed for it: a commune's Word table "TT | Nội dung
công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian" whose cells join
two bodies with "và" ("Hội Liên hiệp Phụ nữ và Đoàn Thanh niên xã", "Ban
phát triển ấp Mỹ Lợi và Hội Cựu chiến binh xã", "Hội Người cao tuổi và
Hội Chữ thập đỏ xã", "Hợp tác xã Nông nghiệp Mỹ Hòa và Hội Nông dân xã")
or name one body with "và" inside ("Sở Nông nghiệp và Môi trường", "Văn
phòng HĐND và UBND xã").
Assumptions: two bodies joined by "và" are two units, each as written (the
level after the second is not copied to the first); two in the lead cell
lead together: the first leads, the second joins the partners (before the
partner column's); a body whose name holds "và" is one unit.
"""


# --- K1.2 a province's text plan, commas and "và" inside names --------------

DONG_THAP = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
Số: 318/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 28 tháng 12 năm 2026

KẾ HOẠCH
Thực hiện Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” gắn với xây dựng nông thôn mới năm 2027

Căn cứ Kế hoạch số 205/KH-BCĐ ngày 15/12/2026 của Ban Chỉ đạo Phong trào tỉnh;
UBND tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng Phong trào, gắn với thực hiện tiêu chí Văn hóa trong xây dựng nông thôn mới.

II. NHIỆM VỤ CỤ THỂ
1. Tổ chức Liên hoan văn nghệ quần chúng các xã, phường năm 2027
- Chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Phối hợp: Trung tâm Văn hóa, Thông tin và Thể thao các xã; Báo và Phát thanh, Truyền hình Đồng Tháp.
- Thời gian: Quý III/2027.
2. Kiểm tra hoạt động của thiết chế văn hóa, thể thao ở 40 xã, phường
- Chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Phối hợp: Phòng VH, XH các xã, phường; Sở Nội vụ.
- Thời gian: Tháng 10/2027.
3. Xây dựng 20 mô hình “Khu dân cư văn hóa gắn với bảo vệ môi trường”
- Chủ trì: Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội.
- Phối hợp: Sở Nông nghiệp và Môi trường, UBND các xã, phường.
- Thời gian: 30/11/2027.
4. Đưa nội dung giáo dục đạo đức, lối sống vào hoạt động ngoại khóa ở các trường học
- Chủ trì: Sở Giáo dục và Đào tạo.
- Phối hợp: Tỉnh đoàn và Hội Liên hiệp Phụ nữ tỉnh.
- Thời gian: 31/12/2027.
5. Số hóa di sản văn hóa phi vật thể tiêu biểu của tỉnh
- Chủ trì: Sở Khoa học và Công nghệ.
- Phối hợp: Sở VH,TT&DL; Trung tâm Văn hóa, Thông tin và Thể thao phường Cao Lãnh.
- Thời gian: Quý IV/2027.
6. Bảo đảm an ninh, trật tự tại các lễ hội, sự kiện văn hóa lớn của tỉnh
- Chủ trì: Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh.
- Phối hợp: UBND các xã, phường có lễ hội.
- Thời gian: 31/12/2027.
7. Tuyên truyền gương điển hình tiên tiến trong Phong trào
- Chủ trì: Báo và Phát thanh, Truyền hình Đồng Tháp.
- Phối hợp: Phòng VH,XH các xã, phường.
- Thời gian: Quý II/2027.

III. TỔ CHỨC THỰC HIỆN
Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12/2027.

Nơi nhận:
- Ban Chỉ đạo Trung ương (b/c);
- Thường trực Tỉnh ủy;
- Các sở, ban, ngành tỉnh;
- UBND các xã, phường;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Huỳnh Minh Tuấn
"""

DONG_THAP_TASKS = [
    {
        "title": "Tổ chức Liên hoan văn nghệ quần chúng các xã, phường năm 2027",
        "lead": "Sở Văn hóa, Thể thao và Du lịch",
        "coordinating": [
            "Trung tâm Văn hóa, Thông tin và Thể thao các xã",
            "Báo và Phát thanh, Truyền hình Đồng Tháp",
        ],
        "deadline": "2027-09-30",
    },
    {
        "title": "Kiểm tra hoạt động của thiết chế văn hóa, thể thao ở 40 xã, phường",
        "lead": "Sở Văn hóa, Thể thao và Du lịch",
        "coordinating": ["Phòng VH, XH các xã, phường", "Sở Nội vụ"],
        "deadline": "2027-10-31",
    },
    {
        "title": "Xây dựng 20 mô hình “Khu dân cư văn hóa gắn với bảo vệ môi trường”",
        "lead": "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội",
        "coordinating": ["Sở Nông nghiệp và Môi trường", "UBND các xã, phường"],
        "deadline": "2027-11-30",
    },
    {
        "title": "Đưa nội dung giáo dục đạo đức, lối sống vào hoạt động ngoại khóa"
        " ở các trường học",
        "lead": "Sở Giáo dục và Đào tạo",
        "coordinating": ["Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"],
        "deadline": "2027-12-31",
    },
    {
        "title": "Số hóa di sản văn hóa phi vật thể tiêu biểu của tỉnh",
        "lead": "Sở Khoa học và Công nghệ",
        "coordinating": [
            "Sở VH,TT&DL",
            "Trung tâm Văn hóa, Thông tin và Thể thao phường Cao Lãnh",
        ],
        "deadline": "2027-12-31",
    },
    {
        "title": "Bảo đảm an ninh, trật tự tại các lễ hội, sự kiện văn hóa lớn"
        " của tỉnh",
        "lead": "Công an tỉnh",
        "coordinating": ["Bộ Chỉ huy Quân sự tỉnh", "UBND các xã, phường có lễ hội"],
        "deadline": "2027-12-31",
    },
    {
        "title": "Tuyên truyền gương điển hình tiên tiến trong Phong trào",
        "lead": "Báo và Phát thanh, Truyền hình Đồng Tháp",
        "coordinating": ["Phòng VH,XH các xã, phường"],
        "deadline": "2027-06-30",
    },
]

DONG_THAP_COMMENT = """
Round 22k, family K1 (units with "và" or a comma inside), written before
the importer was changed for it: a province's text plan of 2026 (after the
2025 reform: communes and wards, no district) whose tasks name their units
on "- Chủ trì:" / "- Phối hợp:" lines: full names with a comma and "và"
inside ("Sở Văn hóa, Thể thao và Du lịch", "Trung tâm Văn hóa, Thông tin
và Thể thao các xã", "Báo và Phát thanh, Truyền hình Đồng Tháp"), names
with "và" inside ("Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ",
"Sở Nông nghiệp và Môi trường"), the Front with its member organisations
("Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội"), an
abbreviation with a comma before "các xã, phường" ("Phòng VH, XH các xã,
phường", "Phòng VH,XH các xã, phường"), and two bodies joined by "và"
("Tỉnh đoàn và Hội Liên hiệp Phụ nữ tỉnh", "Công an tỉnh và Bộ Chỉ huy
Quân sự tỉnh").
Assumptions: a name is one unit as written; two bodies are two; two in the
lead line lead together (the first leads, the second joins the partners);
"UBND các xã, phường có lễ hội" is one unit.
"""


# --- K2.1 a commune's Word plan, sections headed by bold capitals -----------

AN_BINH_TASKS = [
    (
        "Bê tông hóa 2,5 km đường trục ấp Bình Hòa, Bình Phú",
        "Phòng Kinh tế",
        ["Ban phát triển ấp Bình Hòa", "Ban phát triển ấp Bình Phú"],
        "Quý II/2027",
        "2027-06-30",
    ),
    (
        "Xây dựng 02 tuyến đường hoa kiểu mẫu tại ấp An Lạc",
        "Hội Liên hiệp Phụ nữ xã",
        ["Đoàn Thanh niên xã"],
        "Tháng 8/2027",
        "2027-08-31",
    ),
    (
        "Hỗ trợ 20 hộ cải tạo vườn tạp, phát triển kinh tế vườn",
        "Hội Nông dân xã",
        ["Phòng Kinh tế"],
        "30/9/2027",
        "2027-09-30",
    ),
    (
        "Nâng cấp Trạm Y tế xã đạt Bộ tiêu chí quốc gia về y tế",
        "Trạm Y tế xã",
        ["Phòng Văn hóa - Xã hội"],
        "Quý IV/2027",
        "2027-12-31",
    ),
]


def an_binh_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "Số: 148/KH-UBND"],
        "An Bình, ngày 16 tháng 12 năm 2026",
        "Thực hiện các tiêu chí xã nông thôn mới kiểu mẫu năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Căn cứ Nghị quyết số 31/NQ-HĐND ngày 12/12/2026 của HĐND xã An Bình về"
        " nhiệm vụ phát triển kinh tế - xã hội năm 2027;",
        indent=1,
    )
    para(doc, "UBND xã An Bình xây dựng Kế hoạch như sau:", indent=1)
    para(doc, "MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "1. Mục đích", bold=True)
    para(
        doc,
        "Huy động các nguồn lực, tạo chuyển biến rõ nét về cảnh quan, môi"
        " trường ở các ấp.",
        indent=1,
    )
    para(doc, "2. Yêu cầu", bold=True)
    para(
        doc,
        "Các ban, ngành, đoàn thể xã chủ động phối hợp, bảo đảm đúng tiến độ.",
        indent=1,
    )
    para(doc, "MỤC TIÊU", bold=True)
    for text in [
        "1. Phấn đấu đến hết năm 2027 có 100% ấp đạt chuẩn khu dân cư nông thôn"
        " mới kiểu mẫu, hoàn thành trước 31/12/2027.",
        "2. Tỷ lệ hộ gia đình phân loại chất thải rắn tại nguồn đạt 90% trong"
        " năm 2027.",
        "3. Thu nhập bình quân đầu người đạt 75 triệu đồng/người/năm.",
    ]:
        para(doc, text, indent=1)
    para(doc, "NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
    for n, (title, lead, partners, time, _) in enumerate(AN_BINH_TASKS, 1):
        para(doc, f"{n}. {title}", indent=1)
        para(doc, f"- Chủ trì: {lead}; phối hợp: {', '.join(partners)}.", indent=1)
        para(doc, f"- Thời gian hoàn thành: {time}.", indent=1)
    para(doc, "KINH PHÍ THỰC HIỆN", bold=True)
    para(
        doc,
        "Tổng kinh phí dự kiến 6.850 triệu đồng, từ ngân sách tỉnh hỗ trợ, ngân"
        " sách xã và Nhân dân đóng góp.",
        indent=1,
    )
    para(doc, "TỔ CHỨC THỰC HIỆN", bold=True)
    for text in [
        "1. Phòng Kinh tế",
        "- Là cơ quan thường trực, tham mưu UBND xã theo dõi, đôn đốc thực hiện"
        " Kế hoạch.",
        "- Tổng hợp, báo cáo kết quả thực hiện về UBND xã trước ngày 05/12/2027.",
        "2. Phòng Văn hóa - Xã hội",
        "- Chủ động phối hợp với các ấp tuyên truyền, vận động Nhân dân tham gia.",
        "3. Các ấp",
        "- Xây dựng kế hoạch chi tiết, huy động Nhân dân hiến đất, ngày công.",
    ]:
        para(doc, text, indent=1)
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- TT HĐND xã;", "- Các ấp;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Võ Văn Bảy"],
    )
    return save(doc)


AN_BINH_COMMENT = """
Round 22k, family K2 (sections headed by unnumbered capitals), written
before the importer was changed for it: a commune's Word plan whose
sections are bold capitals with no "I.": "MỤC ĐÍCH, YÊU CẦU" (over "1.
Mục đích" / "2. Yêu cầu"), "MỤC TIÊU" (over numbered objectives, one with
a day), "NHIỆM VỤ VÀ GIẢI PHÁP" (numbered tasks with "- Chủ trì: …; phối
hợp: …." and "- Thời gian hoàn thành: …."), "KINH PHÍ THỰC HIỆN", "TỔ
CHỨC THỰC HIỆN" (each unit's duties, no time of their own but the
report's day).
Assumptions: each capital line heads a section of its kind; only the
tasks section gives tasks; the objectives and the units' duties are
sections, never tasks.
"""


# --- K2.2 a commune's text plan, capital headings ---------------------------

PHU_THANH = """ỦY BAN NHÂN DÂN
XÃ PHÚ THÀNH
Số: 07/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thành, ngày 06 tháng 01 năm 2027

KẾ HOẠCH
Thực hiện tiêu chí Môi trường và an toàn thực phẩm năm 2027

Thực hiện Kế hoạch số 02/KH-UBND ngày 02/01/2027 của UBND tỉnh Vĩnh Long về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2027, UBND xã Phú Thành ban hành Kế hoạch như sau:

MỤC TIÊU CỤ THỂ
1. 100% hộ gia đình có nhà tiêu hợp vệ sinh.
2. 95% cơ sở sản xuất, kinh doanh thực phẩm được kiểm tra, ký cam kết an toàn thực phẩm.
3. Thu gom, xử lý 90% chất thải rắn sinh hoạt trên địa bàn.

CÁC NHIỆM VỤ TRỌNG TÂM
1. Ra quân thu gom rác thải, khơi thông cống rãnh tại 07 ấp (Đoàn Thanh niên xã chủ trì, phối hợp Ban phát triển các ấp; hoàn thành trong tháng 3/2027).
2. Kiểm tra an toàn thực phẩm tại 45 cơ sở kinh doanh, chợ Phú Thành (Trạm Y tế xã chủ trì, phối hợp Công an xã; hoàn thành trong Quý II/2027).
3. Vận động 120 hộ xây dựng hố rác hộ gia đình, ủ phân hữu cơ (Hội Nông dân xã chủ trì; hoàn thành trước 30/9/2027).
4. Lắp đặt 30 thùng rác công cộng tại khu vực chợ, trường học (Phòng Kinh tế chủ trì; hoàn thành trong tháng 6/2027).

CHẾ ĐỘ BÁO CÁO
Các đơn vị báo cáo kết quả về UBND xã (qua Phòng Kinh tế) trước ngày 20 hằng tháng.

TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế chủ trì, theo dõi, đôn đốc các đơn vị triển khai Kế hoạch.
2. Trạm Y tế xã phối hợp tuyên truyền kiến thức an toàn thực phẩm cho Nhân dân.
3. Các ấp phổ biến Kế hoạch đến từng hộ dân.

Nơi nhận:
- UBND tỉnh (b/c);
- Các ấp;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Hiếu
"""

PHU_THANH_TASKS = [
    {
        "title": "Ra quân thu gom rác thải, khơi thông cống rãnh tại 07 ấp",
        "lead": "Đoàn Thanh niên xã",
        "coordinating": ["Ban phát triển các ấp"],
        "deadline": "2027-03-31",
    },
    {
        "title": "Kiểm tra an toàn thực phẩm tại 45 cơ sở kinh doanh, chợ Phú Thành",
        "lead": "Trạm Y tế xã",
        "coordinating": ["Công an xã"],
        "deadline": "2027-06-30",
    },
    {
        "title": "Vận động 120 hộ xây dựng hố rác hộ gia đình, ủ phân hữu cơ",
        "lead": "Hội Nông dân xã",
        "deadline": "2027-09-30",
    },
    {
        "title": "Lắp đặt 30 thùng rác công cộng tại khu vực chợ, trường học",
        "lead": "Phòng Kinh tế",
        "deadline": "2027-06-30",
    },
]

PHU_THANH_COMMENT = """
Round 22k, family K2 (sections headed by unnumbered capitals), written
before the importer was changed for it: a commune's text plan whose
sections are lines in capitals with no number ("MỤC TIÊU CỤ THỂ", "CÁC
NHIỆM VỤ TRỌNG TÂM", "CHẾ ĐỘ BÁO CÁO", "TỔ CHỨC THỰC HIỆN"); numbered
objectives, numbered tasks with a bracket "(X chủ trì, phối hợp Y;
hoàn thành …)", numbered duties naming a unit ("Phòng Kinh tế chủ trì,
theo dõi …").
Assumptions: only the tasks section gives tasks; the objectives, the
report and the duties are sections.
"""


# --- K2.3 a commune's Word plan saved as PDF, capital headings --------------

TAN_HOA_TASKS = [
    (
        "Sửa chữa 1,2 km đường giao thông nội đồng ấp Tân Thuận",
        "Ban Quản lý dự án xã",
        "Hợp tác xã Tân Hòa",
        "Quý II/2027",
        "2027-06-30",
    ),
    (
        "Trồng 1.500 cây xanh tại trường học, nghĩa trang, tuyến đường trục xã",
        "Đoàn Thanh niên xã",
        "Các trường học trên địa bàn",
        "Tháng 4/2027",
        "2027-04-30",
    ),
    (
        "Tổ chức 03 lớp dạy nghề cho lao động nông thôn",
        "Phòng Văn hóa - Xã hội",
        "Hội Liên hiệp Phụ nữ xã",
        "30/10/2027",
        "2027-10-30",
    ),
]


def tan_hoa_pdf() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ TÂN HÒA", "Số: 12/KH-UBND"],
        "Tân Hòa, ngày 11 tháng 01 năm 2027",
        "Xây dựng nông thôn mới nâng cao năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Căn cứ Kế hoạch số 08/KH-UBND ngày 05/01/2027 của UBND tỉnh Tây Ninh;",
        indent=1,
    )
    para(doc, "MỤC TIÊU", bold=True)
    for text in [
        "1. Đạt thêm 04 tiêu chí xã nông thôn mới nâng cao trong năm 2027.",
        "2. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 96% vào Quý IV/2027.",
    ]:
        para(doc, text, indent=1)
    para(doc, "NHIỆM VỤ", bold=True)
    for n, (title, lead, partner, time, _) in enumerate(TAN_HOA_TASKS, 1):
        para(doc, f"{n}. {title}.", indent=1)
        para(doc, f"Chủ trì: {lead}. Phối hợp: {partner}.", indent=1)
        para(doc, f"Thời gian: {time}.", indent=1)
    para(doc, "TỔ CHỨC THỰC HIỆN", bold=True)
    for text in [
        "1. Ban Quản lý dự án xã chịu trách nhiệm về chất lượng công trình, báo"
        " cáo tiến độ hằng tháng.",
        "2. Các ban, ngành, đoàn thể xã theo chức năng, nhiệm vụ phối hợp thực hiện.",
        "Kết quả thực hiện báo cáo về UBND xã trước ngày 10/12/2027.",
    ]:
        para(doc, text, indent=1)
    closing_under(
        doc,
        ["- UBND tỉnh;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Lê Hoàng Nam"],
    )
    return saved_as(save(doc), "pdf")


TAN_HOA_COMMENT = """
Round 22k, family K2 (sections headed by unnumbered capitals), written
before the importer was changed for it: a commune's Word plan exported to
PDF by LibreOffice; its sections "MỤC TIÊU", "NHIỆM VỤ", "TỔ CHỨC THỰC
HIỆN" are bold capitals with no number; numbered objectives (one with a
quarter), numbered tasks with "Chủ trì: X. Phối hợp: Y." and "Thời gian:
…." paragraphs, numbered duties.
Assumptions: only the "NHIỆM VỤ" section gives tasks (the title without
its stop).
"""


# --- K3.1 bases as part I of a Word plan ------------------------------------

HOA_LOC_TASKS = [
    (
        "Rà soát, đánh giá thực trạng 19 tiêu chí xã nông thôn mới",
        "Văn phòng - Thống kê",
        "Các ban, ngành xã",
        "Tháng 02/2027",
        "2027-02-28",
    ),
    (
        "Nhựa hóa 1,8 km đường liên thôn Hòa Lộc - Hòa Mỹ",
        "Ban Quản lý dự án xã",
        "Ban phát triển thôn Hòa Mỹ",
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Xây dựng 05 mô hình sinh kế cho hộ cận nghèo",
        "Hội Nông dân xã",
        "Phòng Kinh tế",
        "30/10/2027",
        "2027-10-30",
    ),
]


def hoa_loc_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ HÒA LỘC", "Số: 05/KH-UBND"],
        "Hòa Lộc, ngày 12 tháng 01 năm 2027",
        "Triển khai xây dựng nông thôn mới năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(doc, "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", bold=True)
    for text in [
        "- Căn cứ Quyết định số 926/QĐ-TTg ngày 21/8/2025 của Thủ tướng Chính phủ"
        " ban hành Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 -"
        " 2030;",
        "- Căn cứ Nghị quyết số 28/NQ-HĐND ngày 18/12/2026 của HĐND xã Hòa Lộc về"
        " kế hoạch phát triển kinh tế - xã hội năm 2027;",
        "- Thực hiện Kế hoạch số 09/KH-UBND ngày 06/01/2027 của UBND tỉnh Quảng"
        " Ngãi về thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn"
        " mới năm 2027.",
    ]:
        para(doc, text, indent=1)
    para(doc, "II. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Cụ thể hóa nhiệm vụ xây dựng nông thôn mới năm 2027, phân công rõ đơn"
        " vị chủ trì, thời gian hoàn thành.",
        indent=1,
    )
    para(doc, "III. NHIỆM VỤ", bold=True)
    simple_table(
        doc,
        ["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
        [
            [str(n), title, lead, partner, time]
            for n, (title, lead, partner, time, _) in enumerate(HOA_LOC_TASKS, 1)
        ],
        [1.0, 6.4, 3.4, 3.2, 2.6],
    )
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị báo cáo kết quả thực hiện về UBND xã trước ngày 15/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh (b/c);", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Phạm Văn Lực"],
    )
    return save(doc)


HOA_LOC_COMMENT = """
Round 22k, family K3 (the bases in the body), written before the importer
was changed for it: a commune's Word plan whose first section is "I. CĂN
CỨ XÂY DỰNG KẾ HOẠCH" over "- Căn cứ Quyết định số …", "- Căn cứ Nghị
quyết số …", "- Thực hiện Kế hoạch số …"; then "II. MỤC ĐÍCH, YÊU CẦU",
"III. NHIỆM VỤ" (a table), "IV. TỔ CHỨC THỰC HIỆN".
Assumptions: each item of part I is a basis of the plan's header (the
last one a plan it carries out), no task and no section text.
"""


# --- K3.2 numbered bases between the title and part I (text) ----------------

THANH_SON = """ỦY BAN NHÂN DÂN
XÃ THANH SƠN
Số: 03/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Sơn, ngày 08 tháng 01 năm 2027

KẾ HOẠCH
Thực hiện tiêu chí Giáo dục và Văn hóa năm 2027

1. Căn cứ Nghị quyết số 19/NQ-HĐND ngày 20/12/2026 của HĐND xã Thanh Sơn về dự toán ngân sách năm 2027;
2. Căn cứ Kế hoạch số 11/KH-UBND ngày 05/01/2027 của UBND tỉnh Phú Thọ về xây dựng nông thôn mới năm 2027;
3. Thực hiện Công văn số 25/SGDĐT-KHTC ngày 04/01/2027 của Sở Giáo dục và Đào tạo.
UBND xã Thanh Sơn xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Giữ vững tiêu chí Giáo dục, nâng cao chất lượng tiêu chí Văn hóa.

II. NHIỆM VỤ
1. Sửa chữa 04 phòng học Trường Tiểu học Thanh Sơn
- Chủ trì: Ban Quản lý dự án xã.
- Thời gian: Tháng 8/2027.
2. Duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi
- Chủ trì: Trường Mầm non Thanh Sơn.
- Phối hợp: Phòng Văn hóa - Xã hội.
- Thời gian: 30/11/2027.
3. Tổ chức Ngày hội văn hóa các dân tộc xã Thanh Sơn
- Chủ trì: Phòng Văn hóa - Xã hội.
- Phối hợp: Ủy ban MTTQ Việt Nam xã, Đoàn Thanh niên xã.
- Thời gian: Quý III/2027.

III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về UBND xã trước ngày 10/12/2027.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Hà Văn Quang
"""

THANH_SON_TASKS = [
    {
        "title": "Sửa chữa 04 phòng học Trường Tiểu học Thanh Sơn",
        "lead": "Ban Quản lý dự án xã",
        "deadline": "2027-08-31",
    },
    {
        "title": "Duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi",
        "lead": "Trường Mầm non Thanh Sơn",
        "coordinating": ["Phòng Văn hóa - Xã hội"],
        "deadline": "2027-11-30",
    },
    {
        "title": "Tổ chức Ngày hội văn hóa các dân tộc xã Thanh Sơn",
        "lead": "Phòng Văn hóa - Xã hội",
        "coordinating": ["Ủy ban MTTQ Việt Nam xã", "Đoàn Thanh niên xã"],
        "deadline": "2027-09-30",
    },
]

THANH_SON_COMMENT = """
Round 22k, family K3 (the bases in the body), written before the importer
was changed for it: a commune's text plan whose bases are numbered items
"1. Căn cứ …", "2. Căn cứ …", "3. Thực hiện Công văn số …" between the
title and "I. MỤC ĐÍCH, YÊU CẦU", then the sentence that issues the plan.
Assumptions: the numbered items are the header's bases, no task, no
section; "UBND xã … xây dựng Kế hoạch như sau:" is the opening.
"""


# --- K3.3 "I. CĂN CỨ PHÁP LÝ" over the documents only ------------------------

NAM_DONG_TASKS = [
    (
        "Kiện toàn Ban phát triển các thôn",
        "Văn phòng HĐND và UBND xã",
        "Các thôn",
        "Tháng 3/2027",
        "2027-03-31",
    ),
    (
        "Cứng hóa 3 km kênh mương nội đồng thôn Nam Sơn",
        "Hợp tác xã Nông nghiệp Nam Đông",
        "Phòng Kinh tế",
        "Quý III/2027",
        "2027-09-30",
    ),
    (
        "Xây dựng 01 sản phẩm OCOP từ chè Nam Đông",
        "Phòng Kinh tế",
        "Hội Nông dân xã",
        "30/11/2027",
        "2027-11-30",
    ),
]


def nam_dong_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ NAM ĐÔNG", "Số: 09/KH-UBND"],
        "Nam Đông, ngày 14 tháng 01 năm 2027",
        "Phát triển sản xuất gắn với xây dựng nông thôn mới năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(doc, "I. CĂN CỨ PHÁP LÝ", bold=True)
    for text in [
        "1. Nghị quyết số 24/NQ-HĐND ngày 19/12/2026 của HĐND xã Nam Đông về"
        " phát triển kinh tế - xã hội năm 2027;",
        "2. Kế hoạch số 14/KH-UBND ngày 07/01/2027 của UBND tỉnh Tuyên Quang về"
        " xây dựng nông thôn mới năm 2027;",
        "3. Chương trình số 03/CTr-ĐU ngày 05/01/2027 của Đảng ủy xã về công tác"
        " năm 2027.",
    ]:
        para(doc, text, indent=1)
    para(doc, "II. MỤC TIÊU", bold=True)
    para(
        doc,
        "Nâng cao thu nhập của người dân, thu nhập bình quân đạt 58 triệu"
        " đồng/người/năm.",
        indent=1,
    )
    para(doc, "III. NHIỆM VỤ VÀ PHÂN CÔNG", bold=True)
    for n, (title, lead, partner, time, _) in enumerate(NAM_DONG_TASKS, 1):
        para(doc, f"{n}. {title}", indent=1)
        para(doc, f"- Đơn vị chủ trì: {lead}.", indent=1)
        para(doc, f"- Đơn vị phối hợp: {partner}.", indent=1)
        para(doc, f"- Thời gian: {time}.", indent=1)
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 05/12/2027.", indent=1)
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Ma Văn Tùng"],
    )
    return save(doc)


NAM_DONG_COMMENT = """
Round 22k, family K3 (the bases in the body), written before the importer
was changed for it: a commune's Word plan whose part "I. CĂN CỨ PHÁP LÝ"
lists the documents it rests on with no "Căn cứ" before them ("1. Nghị
quyết số 24/NQ-HĐND …;", "2. Kế hoạch số 14/KH-UBND …;", "3. Chương trình
số 03/CTr-ĐU …").
Assumptions: each item of part I is a basis of the header, no task.
"""


# --- K4 Word task tables exported to PDF -------------------------------------


def first_fitting(make, choices, wanted) -> bytes:
    """The first of `make(choice)` whose PDF's table rows `wanted` holds of
    (the paragraphs before a table set where its page breaks fall)."""
    for choice in choices:
        pdf = make(choice)
        if wanted(pages_of(pdf)):
            return pdf
    return check(pdf, make.__name__, wanted)  # prints the pages, then stops


def cant_split(table) -> None:
    """Every row kept whole on its page (Word's "Allow row to break across
    pages" unticked): a row that does not fit starts the next page."""
    for row in table.rows:
        tag = OxmlElement("w:cantSplit")
        row._tr.get_or_add_trPr().append(tag)


PHUOC_HUNG_TASKS = [
    {
        "name": ["Kiên cố hóa kênh mương nội đồng ấp Phước Lợi"],
        "details": [
            "Quy mô: 1.500 m kênh bê tông, tiết diện 0,6 x 0,8 m.",
            "Địa điểm: cánh đồng ấp Phước Lợi.",
            "Kinh phí dự kiến: 2.100 triệu đồng.",
        ],
        "unit": ["Ban Quản lý dự án xã"],
        "time": "Quý II/2027",
        "lead": "Ban Quản lý dự án xã",
        "deadline": "2027-06-30",
    },
    {
        "name": ["Xây dựng sân thể thao ấp Phước Thới"],
        "details": [
            "Quy mô: sân bóng đá mini 25 x 42 m, nhà để xe, đèn chiếu sáng.",
            "Nguồn vốn: ngân sách xã và xã hội hóa.",
        ],
        "unit": ["Phòng Văn hóa - Xã hội"],
        "time": "30/9/2027",
        "lead": "Phòng Văn hóa - Xã hội",
        "deadline": "2027-09-30",
    },
    {
        "name": ["Nâng cấp đường trục ấp Phước Hòa"],
        "details": [
            "Quy mô: dài 1,3 km, mặt đường bê tông rộng 4 m.",
            "Địa điểm: từ ngã ba Phước Hòa đến cầu Rạch Gừa.",
            "Kinh phí dự kiến: 3.400 triệu đồng.",
            "Nguồn vốn: ngân sách tỉnh 80%, Nhân dân đóng góp 20%.",
        ],
        "unit": ["Ban Quản lý dự án xã"],
        "time": "Quý IV/2027",
        "lead": "Ban Quản lý dự án xã",
        "deadline": "2027-12-31",
    },
    {
        "name": ["Lắp đặt 80 bộ đèn năng lượng mặt trời trên các tuyến đường ấp"],
        "details": [
            "Địa điểm: ấp Phước Lợi, Phước Thới, Phước Hòa.",
            "Kinh phí dự kiến: 640 triệu đồng.",
        ],
        "unit": ["Phòng Kinh tế"],
        "time": "Tháng 7/2027",
        "lead": "Phòng Kinh tế",
        "deadline": "2027-07-31",
    },
    {
        "name": ["Xây dựng 02 điểm thu gom bao bì thuốc bảo vệ thực vật"],
        "details": ["Quy mô: 02 bể chứa bằng bê tông, có nắp đậy."],
        "unit": ["Hội Nông dân xã"],
        "time": "30/5/2027",
        "lead": "Hội Nông dân xã",
        "deadline": "2027-05-30",
    },
]


def phuoc_hung_pdf() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ PHƯỚC HƯNG", "Số: 15/KH-UBND"],
        "Phước Hưng, ngày 18 tháng 01 năm 2027",
        "Đầu tư các công trình hạ tầng thiết yếu năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Căn cứ Nghị quyết số 33/NQ-HĐND ngày 25/12/2026 của HĐND xã Phước Hưng"
        " về kế hoạch đầu tư công năm 2027;",
        indent=1,
    )
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Hoàn thành các công trình thiết yếu phục vụ sản xuất và đời sống Nhân"
        " dân trong năm 2027.",
        indent=1,
    )
    para(doc, "II. DANH MỤC CÔNG TRÌNH", bold=True)
    rows = [
        [[str(n)], t["name"] + t["details"], t["unit"], [t["time"]]]
        for n, t in enumerate(PHUOC_HUNG_TASKS, 1)
    ]
    task_table(
        doc,
        ["TT", "Tên công trình", "Đơn vị thực hiện", "Thời gian hoàn thành"],
        rows,
        [1.0, 8.6, 4.6, 2.8],
        bold_titles=False,
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị báo cáo tiến độ về UBND xã trước ngày 25 hằng tháng.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Các ấp;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đặng Văn Thắng"],
    )
    return saved_as(save(doc), "pdf")


PHUOC_HUNG_COMMENT = """
Round 22k, family K4 (a Word task table exported to PDF), written before
the importer was changed for it: a commune's table "TT | Tên công trình |
Đơn vị thực hiện | Thời gian hoàn thành" whose name cell holds the work's
name, then its details with no bullet, one to a paragraph ("Quy mô: …",
"Địa điểm: …", "Kinh phí dự kiến: …", "Nguồn vốn: …"), saved as PDF by
LibreOffice (A4, 12 pt; the lines of a PDF cell are not its paragraphs).
Assumptions: the name is the title; the labelled details are the task's
description, not its title.
"""


NGHIA_DAN_GROUPS = [
    (
        "I",
        "GIAO THÔNG, THỦY LỢI",
        [
            (
                "Bê tông hóa 1,5 km đường trục xóm Đông, xóm Đoài",
                "Ban Quản lý dự án xã",
                "Ban phát triển xóm Đông, xóm Đoài",
                "Quý II/2027",
                "2027-06-30",
            ),
            (
                "Nạo vét 4 km kênh tưới tiêu nội đồng",
                "Hợp tác xã Nông nghiệp Nghĩa Đàn",
                "Hội Nông dân xã",
                "Tháng 4/2027",
                "2027-04-30",
            ),
            (
                "Sửa chữa cầu tràn Khe Cát",
                "Ban Quản lý dự án xã",
                "Phòng Kinh tế",
                "30/8/2027",
                "2027-08-30",
            ),
            (
                "Cắm 60 biển báo giao thông trên đường liên xóm",
                "Phòng Kinh tế",
                "Công an xã",
                "Tháng 5/2027",
                "2027-05-31",
            ),
        ],
    ),
    (
        "II",
        "VĂN HÓA - XÃ HỘI",
        [
            (
                "Tu sửa nhà văn hóa 05 xóm",
                "Phòng Văn hóa - Xã hội",
                "Ban phát triển các xóm",
                "Quý III/2027",
                "2027-09-30",
            ),
            (
                "Tổ chức Giải bóng chuyền hơi các xóm",
                "Đoàn Thanh niên xã",
                "Phòng Văn hóa - Xã hội",
                "Tháng 9/2027",
                "2027-09-30",
            ),
            (
                "Vận động 98% người dân tham gia bảo hiểm y tế",
                "Trạm Y tế xã",
                "Bảo hiểm xã hội khu vực",
                "31/12/2027",
                "2027-12-31",
            ),
        ],
    ),
    (
        "III",
        "MÔI TRƯỜNG",
        [
            (
                "Trồng 2 km hàng rào xanh tại các xóm",
                "Hội Liên hiệp Phụ nữ xã",
                "Ban phát triển các xóm",
                "Quý I/2027",
                "2027-03-31",
            ),
            (
                "Xây dựng 03 mô hình phân loại rác tại hộ",
                "Hội Cựu chiến binh xã",
                "Hội Liên hiệp Phụ nữ xã",
                "30/10/2027",
                "2027-10-30",
            ),
        ],
    ),
]


def nghia_dan_pdf(aims: int) -> bytes:
    """A commune's table whose groups are numbered "I", "II", "III" in the
    TT column and whose tasks are not; rows kept whole, so that a task row
    opens page 2 (`aims`: paragraphs before the table, set until it does)."""
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ NGHĨA ĐÀN", "Số: 04/KH-UBND"],
        "Nghĩa Đàn, ngày 07 tháng 01 năm 2027",
        "Thực hiện Chương trình xây dựng nông thôn mới năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(
        doc,
        "Căn cứ Kế hoạch số 06/KH-UBND ngày 03/01/2027 của UBND tỉnh Nghệ An về"
        " thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm"
        " 2027;",
        indent=1,
    )
    para(doc, "I. MỤC TIÊU", bold=True)
    for text in [
        "Giữ vững 19 tiêu chí xã nông thôn mới; phấn đấu 02 xóm đạt chuẩn khu"
        " dân cư nông thôn mới kiểu mẫu.",
        "Thu nhập bình quân đầu người đạt 55 triệu đồng/người/năm; tỷ lệ hộ"
        " nghèo giảm còn dưới 2%.",
        "Tỷ lệ hộ gia đình sử dụng nước sạch đạt 75%; tỷ lệ chất thải rắn sinh"
        " hoạt được thu gom, xử lý đạt 92%.",
        "Huy động tối đa các nguồn lực xã hội hóa, phát huy vai trò chủ thể"
        " của người dân trong xây dựng nông thôn mới.",
        "Nâng cao chất lượng hoạt động của các thiết chế văn hóa, thể thao ở"
        " cơ sở, giữ gìn bản sắc văn hóa các dân tộc.",
        "Bảo đảm an ninh, trật tự; không để xảy ra điểm nóng, khiếu kiện đông"
        " người trên địa bàn xã.",
    ][:aims]:
        para(doc, text, indent=1)
    para(doc, "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", bold=True)
    head = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, text in enumerate(head):
        fill(t.rows[0].cells[i], text, size=12, bold=True, center=True)
    repeat_header(t.rows[0])
    for number, name, tasks in NGHIA_DAN_GROUPS:
        cells = t.add_row().cells
        fill(cells[0], number, size=12, bold=True, center=True)
        fill(cells[1].merge(cells[-1]), name, size=12, bold=True)
        for title, lead, partner, time, _ in tasks:
            cells = t.add_row().cells
            for i, value in enumerate(("", title, lead, partner, time)):
                fill(cells[i], value, size=12)
    fixed_widths(t, [1.2, 6.4, 3.4, 3.4, 2.6])
    cant_split(t)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Các đơn vị báo cáo kết quả thực hiện về UBND xã trước ngày 05/12/2027.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- UBND tỉnh;", "- Các xóm;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Lô Văn Thành"],
    )
    return saved_as(save(doc), "pdf")


NGHIA_DAN_COMMENT = """
Round 22k, family K4 (a Word task table exported to PDF), written before
the importer was changed for it: a commune's table "TT | Nội dung | Đơn
vị chủ trì | Đơn vị phối hợp | Thời gian" (header repeated on each page)
whose group rows are numbered "I", "II", "III" in the TT column, bold,
their name merged across, and whose task rows have no number and no bold;
the rows are kept whole, so a task row opens page 2 under the repeated
header (LibreOffice PDF, A4, 12 pt).
Assumptions: each task row is a task, the one that opens page 2 too (its
own lead, partner and time cells filled: no rest of the row above); the
group rows are no tasks.
"""


# --- K5 messages whose announcing sentence comes after greetings ------------

TAN_LAP = """---------- Forwarded message ---------
From: Văn phòng UBND xã Tân Lập <vanphong.tanlap@gmail.com>
Date: Th 2, 11 thg 1, 2027 lúc 08:15
Subject: Kế hoạch ra quân làm giao thông nông thôn
To: <cacthon.tanlap@gmail.com>

Kính gửi: Các đồng chí Bí thư chi bộ, Trưởng thôn;
Các đồng chí Trưởng các ban, ngành, đoàn thể xã.

UBND xã Tân Lập gửi các đồng chí Kế hoạch số 06/KH-UBND ngày 09/01/2027 về ra quân làm đường giao thông nông thôn đợt 1 năm 2027 như sau:
1. Phát quang, dọn vệ sinh 15 km đường trục thôn, liên thôn
- Phụ trách: Đoàn Thanh niên xã
- Phối hợp: Trưởng các thôn
- Thời hạn: 15/02/2027
2. Đổ bê tông 800 m đường ngõ xóm thôn Tân Thịnh
- Phụ trách: Ban phát triển thôn Tân Thịnh
- Phối hợp: Hội Cựu chiến binh xã
- Thời hạn: 31/3/2027
3. Vận động Nhân dân hiến 1.200 m² đất mở rộng đường thôn Tân Hòa
- Phụ trách: Ủy ban MTTQ Việt Nam xã
- Thời hạn: Tháng 3/2027
Đề nghị các thôn báo cáo kết quả về UBND xã (qua Phòng Kinh tế) trước ngày 05/4/2027.
TM. UBND xã - Chủ tịch Hoàng Văn Nam
"""

TAN_LAP_TASKS = [
    {
        "title": "Phát quang, dọn vệ sinh 15 km đường trục thôn, liên thôn",
        "lead": "Đoàn Thanh niên xã",
        "coordinating": ["Trưởng các thôn"],
        "deadline": "2027-02-15",
    },
    {
        "title": "Đổ bê tông 800 m đường ngõ xóm thôn Tân Thịnh",
        "lead": "Ban phát triển thôn Tân Thịnh",
        "coordinating": ["Hội Cựu chiến binh xã"],
        "deadline": "2027-03-31",
    },
    {
        "title": "Vận động Nhân dân hiến 1.200 m² đất mở rộng đường thôn Tân Hòa",
        "lead": "Ủy ban MTTQ Việt Nam xã",
        "deadline": "2027-03-31",
    },
]

TAN_LAP_COMMENT = """
Round 22k, family K5 (an announcing sentence after greetings), written
before the importer was changed for it: an e-mail forwarded as text, its
forwarded header ("---------- Forwarded message ---------", "From:",
"Date:", "Subject:", "To:"), a "Kính gửi:" over two lines of addressees,
then "UBND xã Tân Lập gửi các đồng chí Kế hoạch số 06/KH-UBND ngày
09/01/2027 về … như sau:" (whom it is sent to between the verb and the
plan), numbered tasks with "- Phụ trách:", "- Phối hợp:", "- Thời hạn:";
a closing ask and a signature on one line.
Assumptions: the header is the sentence's (number, symbol, date, issuer as
written, title after "về" without "như sau:"); the forwarded header and
the greetings are no task and no title.
"""


HUNG_DAO = """[Tin nhắn chuyển tiếp]
Chào các đồng chí!
Kính gửi: Các đồng chí Bí thư chi bộ, Trưởng thôn;
- Các đồng chí trong Ban phát triển các thôn;
- Lãnh đạo các đoàn thể xã.
📢 Đảng ủy xã Hưng Đạo trân trọng gửi tới các đồng chí Kế hoạch số 22-KH/ĐU ngày 15/01/2027 về lãnh đạo xây dựng thôn nông thôn mới kiểu mẫu năm 2027:
✅ Chọn 02 thôn xây dựng thôn nông thôn mới kiểu mẫu
👉 Phụ trách: Ban Xây dựng Đảng
👉 Hạn: Tháng 02/2027
✅ Tổ chức hội nghị quán triệt Kế hoạch đến 100% đảng viên
👉 Phụ trách: Văn phòng Đảng ủy
👉 Phối hợp: Các chi bộ thôn
👉 Hạn: 28/02/2027
✅ Kiểm tra việc thực hiện tại các chi bộ thôn
👉 Phụ trách: Ủy ban Kiểm tra Đảng ủy
👉 Hạn: Quý IV/2027
Đề nghị các chi bộ báo cáo kết quả về Văn phòng Đảng ủy trước ngày 20 hằng tháng.
T/M Đảng ủy xã, Bí thư: Nguyễn Thị Hạnh
"""

HUNG_DAO_TASKS = [
    {
        "title": "Chọn 02 thôn xây dựng thôn nông thôn mới kiểu mẫu",
        "lead": "Ban Xây dựng Đảng",
        "deadline": "2027-02-28",
    },
    {
        "title": "Tổ chức hội nghị quán triệt Kế hoạch đến 100% đảng viên",
        "lead": "Văn phòng Đảng ủy",
        "coordinating": ["Các chi bộ thôn"],
        "deadline": "2027-02-28",
    },
    {
        "title": "Kiểm tra việc thực hiện tại các chi bộ thôn",
        "lead": "Ủy ban Kiểm tra Đảng ủy",
        "deadline": "2027-12-31",
    },
]

HUNG_DAO_COMMENT = """
Round 22k, family K5 (an announcing sentence after greetings), written
before the importer was changed for it: a Zalo message forwarded
("[Tin nhắn chuyển tiếp]"), a greeting ("Chào các đồng chí!"), "Kính
gửi:" over two "-" lines of addressees, then "📢 Đảng ủy xã Hưng Đạo trân
trọng gửi tới các đồng chí Kế hoạch số 22-KH/ĐU ngày 15/01/2027 về …:" as
the sixth line; "✅" tasks with "👉" labels; a closing ask; a signature
on one line.
Assumptions: as the family's other message; the Party number "22-KH/ĐU"
is number "22", symbol "KH/ĐU".
"""


# --- K6 schedules of weeks and of years ---------------------------------------


def schedule_table(doc, periods, rows, *, months=None, top="Thời gian thực hiện"):
    """TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp (merged
    down over the header rows) | `top` merged across the periods; with
    `months` ([(name, count)]) a row of months, each merged across its
    weeks, under `top`; then the periods. `rows`: (work, lead, partners,
    marked period indexes)."""
    fixed = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp"]
    n = len(fixed) + len(periods)
    depth = 3 if months else 2
    t = doc.add_table(rows=depth, cols=n)
    t.style = "Table Grid"
    for i, text in enumerate(fixed):
        fill(
            t.cell(0, i).merge(t.cell(depth - 1, i)),
            text,
            size=11,
            bold=True,
            center=True,
        )
    fill(
        t.cell(0, len(fixed)).merge(t.cell(0, n - 1)),
        top,
        size=11,
        bold=True,
        center=True,
    )
    if months:
        column = len(fixed)
        for name, count in months:
            merged = t.cell(1, column).merge(t.cell(1, column + count - 1))
            fill(merged, name, size=11, bold=True, center=True)
            column += count
    for j, period in enumerate(periods):
        fill(t.cell(depth - 1, len(fixed) + j), period, size=11, bold=True, center=True)
    for number, (work, lead, partners, marks) in enumerate(rows, 1):
        cells = t.add_row().cells
        for i, value in enumerate((str(number), work, lead, partners)):
            fill(cells[i], value, size=11, center=i == 0)
        for j in marks:
            fill(cells[len(fixed) + j], "x", size=11, center=True)
    return t


THANH_HA_ROWS = [
    (
        "Họp triển khai Kế hoạch ra quân tới các thôn",
        "Văn phòng - Thống kê",
        "Trưởng các thôn",
        [0],
        "2027-03-01",
        "2027-03-07",
    ),
    (
        "Phát quang, vệ sinh các tuyến đường liên thôn",
        "Đoàn Thanh niên xã",
        "Ban phát triển các thôn",
        [1, 2],
        "2027-03-08",
        "2027-03-21",
    ),
    (
        "Nạo vét, khơi thông 3 km mương tiêu thôn Hà Trung",
        "Hội Nông dân xã",
        "Hợp tác xã Thanh Hà",
        [1, 2, 3],
        "2027-03-08",
        "2027-03-31",
    ),
    (
        "Tổng kết, khen thưởng tập thể, cá nhân tiêu biểu",
        "Phòng Văn hóa - Xã hội",
        "Ủy ban MTTQ Việt Nam xã",
        [3],
        "2027-03-22",
        "2027-03-31",
    ),
]


def thanh_ha_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ THANH HÀ", "Số: 21/KH-UBND"],
        "Thanh Hà, ngày 20 tháng 02 năm 2027",
        "Ra quân “Tháng ba xanh - sạch - đẹp” năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        doc,
        "Huy động Nhân dân chỉnh trang cảnh quan, môi trường các thôn trong"
        " tháng 3/2027.",
        indent=1,
    )
    para(doc, "II. NỘI DUNG VÀ TIẾN ĐỘ", bold=True)
    schedule_table(
        doc,
        ["Tuần 1", "Tuần 2", "Tuần 3", "Tuần 4"],
        [r[:4] for r in THANH_HA_ROWS],
        top="Thời gian thực hiện tháng 3/2027",
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các đơn vị báo cáo kết quả về UBND xã trước ngày 05/4/2027.", indent=1)
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Các thôn;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Bùi Thị Lan"],
    )
    return save(doc)


THANH_HA_COMMENT = """
Round 22k, family K6 (a schedule of weeks or years), written before the
importer was changed for it: a commune's Word table whose header's first
row is "TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp" (each
merged down) beside "Thời gian thực hiện tháng 3/2027" merged across four
columns, its second row "Tuần 1 | Tuần 2 | Tuần 3 | Tuần 4"; an "x" in
each week the work runs.
Assumptions: week N of a month runs from day 7N-6 to day 7N, the month's
last week column to its last day; the start is the first marked week's
first day, the deadline the last marked week's last day.
"""


BINH_MINH_ROWS = [
    (
        "Khảo sát, lập danh sách hộ đăng ký chỉnh trang nhà ở",
        "Ban phát triển các ấp",
        "Phòng Kinh tế",
        [0, 1],
        "2027-04-01",
        "2027-04-14",
    ),
    (
        "Hỗ trợ vật liệu cho 35 hộ sửa chữa nhà ở",
        "Ủy ban MTTQ Việt Nam xã",
        "Hội Cựu chiến binh xã",
        [2, 3, 4, 5],
        "2027-04-15",
        "2027-05-14",
    ),
    (
        "Kiểm tra, nghiệm thu kết quả chỉnh trang",
        "Phòng Kinh tế",
        "Ban phát triển các ấp",
        [6, 7],
        "2027-05-15",
        "2027-05-31",
    ),
]


def binh_minh_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "XÃ BÌNH MINH", "Số: 40/KH-UBND"],
        "Bình Minh, ngày 25 tháng 3 năm 2027",
        "Hỗ trợ hộ khó khăn chỉnh trang nhà ở tháng 4 và tháng 5 năm 2027",
    )
    a4(doc, left=2.5, right=1.5)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(doc, "Hỗ trợ 35 hộ khó khăn chỉnh trang nhà ở, hàng rào, cổng ngõ.", indent=1)
    para(doc, "II. TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ", bold=True)
    schedule_table(
        doc,
        ["Tuần 1", "Tuần 2", "Tuần 3", "Tuần 4"] * 2,
        [r[:4] for r in BINH_MINH_ROWS],
        months=[("Tháng 4/2027", 4), ("Tháng 5/2027", 4)],
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các ấp báo cáo kết quả về UBND xã trước ngày 05/6/2027.", indent=1)
    closing_beside(
        doc,
        ["- Đảng ủy xã;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Châu Văn Lộc"],
    )
    return save(doc)


BINH_MINH_COMMENT = """
Round 22k, family K6 (a schedule of weeks or years), written before the
importer was changed for it: a commune's Word table whose header has three
rows: "Thời gian thực hiện" merged across eight columns, then "Tháng
4/2027" and "Tháng 5/2027" each merged across four, then "Tuần 1 … Tuần 4"
twice; an "x" in each week the work runs (a work may run over both
months).
Assumptions: a week column belongs to the month above it; week N runs from
day 7N-6 to day 7N, the month's last week column to the month's end; the
start is the first marked week's first day, the deadline the last marked
week's last day.
"""


LAM_DONG_ROWS = [
    (
        "Quy hoạch vùng sản xuất rau, hoa ứng dụng công nghệ cao",
        "Sở Nông nghiệp và Môi trường",
        "UBND các xã, phường",
        [0],
        "2026-01-01",
        "2026-12-31",
    ),
    (
        "Hỗ trợ xây dựng 50 chuỗi liên kết sản xuất gắn với tiêu thụ sản phẩm",
        "Sở Nông nghiệp và Môi trường",
        "Sở Công Thương",
        [0, 1, 2],
        "2026-01-01",
        "2028-12-31",
    ),
    (
        "Chuyển đổi số trong quản lý vùng trồng, mã số vùng trồng",
        "Sở Khoa học và Công nghệ",
        "Sở Nông nghiệp và Môi trường",
        [1, 2],
        "2027-01-01",
        "2028-12-31",
    ),
    (
        "Tổng kết, đánh giá kết quả thực hiện Kế hoạch",
        "Sở Nông nghiệp và Môi trường",
        "Các sở, ngành liên quan",
        [2],
        "2028-01-01",
        "2028-12-31",
    ),
]


def lam_dong_docx() -> bytes:
    doc = opening(
        ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG", "Số: 512/KH-UBND"],
        "Lâm Đồng, ngày 30 tháng 12 năm 2025",
        "Phát triển nông nghiệp ứng dụng công nghệ cao giai đoạn 2026 - 2028",
    )
    a4(doc, left=2.5, right=1.5)
    para(doc, "I. MỤC TIÊU", bold=True)
    para(
        doc,
        "Đến năm 2028, giá trị sản xuất nông nghiệp ứng dụng công nghệ cao"
        " chiếm trên 40% tổng giá trị sản xuất nông nghiệp của tỉnh.",
        indent=1,
    )
    para(doc, "II. NHIỆM VỤ VÀ LỘ TRÌNH THỰC HIỆN", bold=True)
    schedule_table(
        doc,
        ["2026", "2027", "2028"],
        [r[:4] for r in LAM_DONG_ROWS],
        top="Lộ trình thực hiện",
    )
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(
        doc,
        "Sở Nông nghiệp và Môi trường tổng hợp, báo cáo UBND tỉnh trước ngày"
        " 15/12 hằng năm.",
        indent=1,
    )
    closing_beside(
        doc,
        ["- Bộ Nông nghiệp và Môi trường;", "- Các sở, ngành;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Võ Ngọc Hiệp"],
    )
    return save(doc)


LAM_DONG_COMMENT = """
Round 22k, family K6 (a schedule of weeks or years), written before the
importer was changed for it: a province's Word table "TT | Nội dung công
việc | Đơn vị chủ trì | Đơn vị phối hợp" beside "Lộ trình thực hiện"
merged across "2026 | 2027 | 2028"; an "x" in each year the work runs.
Assumptions: the start is the first marked year's 1 January, the deadline
the last marked year's 31 December.
"""


def schedule_tasks(rows) -> list[dict]:
    return [
        {
            "title": work,
            "lead": lead,
            "coordinating": [partners] if partners else [],
            "start": start,
            "deadline": end,
        }
        for work, lead, partners, _, start, end in rows
    ]


def row_tasks(rows) -> list[dict]:
    return [
        {
            "title": title,
            "lead": lead,
            "coordinating": partners if isinstance(partners, list) else [partners],
            "deadline": day,
        }
        for title, lead, partners, _, day in rows
    ]


def written():
    """(file name, bytes or text, comment, header, tasks) of each plan."""
    yield (
        "r22k-xa-my-hoa-va-hai-don-vi.docx",
        my_hoa_docx(),
        MY_HOA_COMMENT,
        {
            "number": "156",
            "symbol": "KH-UBND",
            "place": "Mỹ Hòa",
            "date": "2026-12-22",
            "title": "Thực hiện xây dựng xã nông thôn mới nâng cao năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ MỸ HÒA",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Nguyễn Thành Trung",
            "recipients": 3,
            "bases": ["412/KH-UBND"],
        },
        [
            {k: t[k] for k in ("title", "lead", "coordinating", "deadline")}
            for t in MY_HOA_TASKS
        ],
    )
    yield (
        "r22k-tinh-dong-thap-ten-co-dau-phay.txt",
        DONG_THAP,
        DONG_THAP_COMMENT,
        {
            "number": "318",
            "symbol": "KH-UBND",
            "place": "Đồng Tháp",
            "date": "2026-12-28",
            "title": "Thực hiện Phong trào “Toàn dân đoàn kết xây dựng đời sống văn"
            " hóa” gắn với xây dựng nông thôn mới năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
            "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            "signer_title": "PHÓ CHỦ TỊCH",
            "signer": "Huỳnh Minh Tuấn",
            "recipients": 5,
            "bases": ["205/KH-BCĐ"],
        },
        DONG_THAP_TASKS,
    )
    yield (
        "r22k-xa-an-binh-tieu-de-in-hoa.docx",
        an_binh_docx(),
        AN_BINH_COMMENT,
        {
            "number": "148",
            "symbol": "KH-UBND",
            "place": "An Bình",
            "date": "2026-12-16",
            "title": "Thực hiện các tiêu chí xã nông thôn mới kiểu mẫu năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ AN BÌNH",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Võ Văn Bảy",
            "recipients": 4,
            "bases": ["31/NQ-HĐND"],
        },
        row_tasks(AN_BINH_TASKS),
    )
    yield (
        "r22k-xa-phu-thanh-tieu-de-in-hoa.txt",
        PHU_THANH,
        PHU_THANH_COMMENT,
        {
            "number": "07",
            "symbol": "KH-UBND",
            "place": "Phú Thành",
            "date": "2027-01-06",
            "title": "Thực hiện tiêu chí Môi trường và an toàn thực phẩm năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ PHÚ THÀNH",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Trần Văn Hiếu",
            "recipients": 3,
            "bases": ["02/KH-UBND"],
        },
        PHU_THANH_TASKS,
    )
    yield (
        "r22k-xa-tan-hoa-tieu-de-in-hoa.pdf",
        tan_hoa_pdf(),
        TAN_HOA_COMMENT,
        {
            "number": "12",
            "symbol": "KH-UBND",
            "place": "Tân Hòa",
            "date": "2027-01-11",
            "title": "Xây dựng nông thôn mới nâng cao năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ TÂN HÒA",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Lê Hoàng Nam",
            "recipients": 2,
            "bases": ["08/KH-UBND"],
        },
        row_tasks(TAN_HOA_TASKS),
    )
    yield (
        "r22k-xa-hoa-loc-muc-can-cu.docx",
        hoa_loc_docx(),
        HOA_LOC_COMMENT,
        {
            "number": "05",
            "symbol": "KH-UBND",
            "place": "Hòa Lộc",
            "date": "2027-01-12",
            "title": "Triển khai xây dựng nông thôn mới năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ HÒA LỘC",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Phạm Văn Lực",
            "recipients": 3,
            "bases": ["926/QĐ-TTg", "28/NQ-HĐND", "09/KH-UBND"],
        },
        row_tasks(HOA_LOC_TASKS),
    )
    yield (
        "r22k-xa-thanh-son-can-cu-danh-so.txt",
        THANH_SON,
        THANH_SON_COMMENT,
        {
            "number": "03",
            "symbol": "KH-UBND",
            "place": "Thanh Sơn",
            "date": "2027-01-08",
            "title": "Thực hiện tiêu chí Giáo dục và Văn hóa năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ THANH SƠN",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Hà Văn Quang",
            "recipients": 2,
            "bases": ["19/NQ-HĐND", "11/KH-UBND", "25/SGDĐT-KHTC"],
        },
        THANH_SON_TASKS,
    )
    yield (
        "r22k-xa-nam-dong-can-cu-phap-ly.docx",
        nam_dong_docx(),
        NAM_DONG_COMMENT,
        {
            "number": "09",
            "symbol": "KH-UBND",
            "place": "Nam Đông",
            "date": "2027-01-14",
            "title": "Phát triển sản xuất gắn với xây dựng nông thôn mới năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ NAM ĐÔNG",
            "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            "signer_title": "PHÓ CHỦ TỊCH",
            "signer": "Ma Văn Tùng",
            "recipients": 3,
            "bases": ["24/NQ-HĐND", "14/KH-UBND", "03/CTr-ĐU"],
        },
        row_tasks(NAM_DONG_TASKS),
    )
    yield (
        "r22k-xa-phuoc-hung-chi-tiet-pdf.pdf",
        phuoc_hung_pdf(),
        PHUOC_HUNG_COMMENT,
        {
            "number": "15",
            "symbol": "KH-UBND",
            "place": "Phước Hưng",
            "date": "2027-01-18",
            "title": "Đầu tư các công trình hạ tầng thiết yếu năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ PHƯỚC HƯNG",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Đặng Văn Thắng",
            "recipients": 3,
            "bases": ["33/NQ-HĐND"],
        },
        [
            {
                "title": " ".join(t["name"]),
                "lead": t["lead"],
                "deadline": t["deadline"],
            }
            for t in PHUOC_HUNG_TASKS
        ],
    )
    yield (
        "r22k-xa-nghia-dan-dong-dau-trang.pdf",
        first_fitting(
            nghia_dan_pdf,
            range(7),
            # Page 2 opens with a whole task row (no number, every other
            # cell filled), a group row and more tasks after it.
            lambda pages: (
                len(pages) > 1
                and len(pages[1]) >= 5
                and (row := first_body_row(pages[1])) is not None
                and row[0] == ""
                and all(row[1:])
            ),
        ),
        NGHIA_DAN_COMMENT,
        {
            "number": "04",
            "symbol": "KH-UBND",
            "place": "Nghĩa Đàn",
            "date": "2027-01-07",
            "title": "Thực hiện Chương trình xây dựng nông thôn mới năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ NGHĨA ĐÀN",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Lô Văn Thành",
            "recipients": 3,
            "bases": ["06/KH-UBND"],
        },
        row_tasks([task for _, _, tasks in NGHIA_DAN_GROUPS for task in tasks]),
    )
    yield (
        "r22k-email-xa-tan-lap-chuyen-tiep.txt",
        TAN_LAP,
        TAN_LAP_COMMENT,
        {
            "number": "06",
            "symbol": "KH-UBND",
            "date": "2027-01-09",
            "title": "Ra quân làm đường giao thông nông thôn đợt 1 năm 2027",
            "issuer": "UBND xã Tân Lập",
            "authority": "TM. UBND xã",
            "signer_title": "Chủ tịch",
            "signer": "Hoàng Văn Nam",
        },
        TAN_LAP_TASKS,
    )
    yield (
        "r22k-zalo-dang-uy-hung-dao-kinh-gui.txt",
        HUNG_DAO,
        HUNG_DAO_COMMENT,
        {
            "number": "22",
            "symbol": "KH/ĐU",
            "date": "2027-01-15",
            "title": "Lãnh đạo xây dựng thôn nông thôn mới kiểu mẫu năm 2027",
            "issuer": "Đảng ủy xã Hưng Đạo",
            "authority": "T/M Đảng ủy xã",
            "signer_title": "Bí thư",
            "signer": "Nguyễn Thị Hạnh",
        },
        HUNG_DAO_TASKS,
    )
    yield (
        "r22k-xa-thanh-ha-lich-tuan.docx",
        thanh_ha_docx(),
        THANH_HA_COMMENT,
        {
            "number": "21",
            "symbol": "KH-UBND",
            "place": "Thanh Hà",
            "date": "2027-02-20",
            "title": "Ra quân “Tháng ba xanh - sạch - đẹp” năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ THANH HÀ",
            "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            "signer_title": "PHÓ CHỦ TỊCH",
            "signer": "Bùi Thị Lan",
            "recipients": 3,
        },
        schedule_tasks(THANH_HA_ROWS),
    )
    yield (
        "r22k-xa-binh-minh-tuan-hai-thang.docx",
        binh_minh_docx(),
        BINH_MINH_COMMENT,
        {
            "number": "40",
            "symbol": "KH-UBND",
            "place": "Bình Minh",
            "date": "2027-03-25",
            "title": "Hỗ trợ hộ khó khăn chỉnh trang nhà ở tháng 4 và tháng 5 năm 2027",
            "issuer": "ỦY BAN NHÂN DÂN XÃ BÌNH MINH",
            "authority": "TM. ỦY BAN NHÂN DÂN",
            "signer_title": "CHỦ TỊCH",
            "signer": "Châu Văn Lộc",
            "recipients": 2,
        },
        schedule_tasks(BINH_MINH_ROWS),
    )
    yield (
        "r22k-tinh-lam-dong-lo-trinh-nam.docx",
        lam_dong_docx(),
        LAM_DONG_COMMENT,
        {
            "number": "512",
            "symbol": "KH-UBND",
            "place": "Lâm Đồng",
            "date": "2025-12-30",
            "title": "Phát triển nông nghiệp ứng dụng công nghệ cao giai đoạn 2026"
            " - 2028",
            "issuer": "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
            "authority": "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH",
            "signer_title": "PHÓ CHỦ TỊCH",
            "signer": "Võ Ngọc Hiệp",
            "recipients": 3,
        },
        schedule_tasks(LAM_DONG_ROWS),
    )


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for case in written():
        write(OUT, *case)
