"""Work handed out body by body where the line opens on the body: a
paragraph with no number and no dash, "Body: work" (the body often in
bold), under "PHÂN CÔNG THỰC HIỆN" / "NHIỆM VỤ CỤ THỂ" / "TỔ CHỨC THỰC
HIỆN", is one task the body leads; a body's numbered heading that names a
person in its bracket ("2. Trưởng thôn (ông Lường Văn Khiêm):") gives that
person as the official of each duty under it."""

from __future__ import annotations

import pytest

from plans.document_import.body_lines import body_paragraph, heading_official
from tests.documents.docx_parts import docx, p
from tests.plans.reading import by_title, read_plan

HEAD = """ỦY BAN NHÂN DÂN
XÃ KIM PHƯỢNG
Số: 17/KH-UBND
Kim Phượng, ngày 03 tháng 11 năm 2026
KẾ HOẠCH
Chăm lo Tết cho hộ nghèo Xuân Đinh Mùi năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Phát huy tinh thần đoàn kết: cả cộng đồng cùng chung tay giúp hộ nghèo.
"""
TAIL = """Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Ma Văn Lịch
"""


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Hội Nông dân xã: Chủ trì hỗ trợ giống lúa; hoàn thành trước 15/12/2026.",
         "Hội Nông dân xã"),
        ("Đoàn Thanh niên xã: Tổ chức ra quân dọn vệ sinh vào ngày 20/12/2026.",
         "Đoàn Thanh niên xã"),
        ("Ban Công tác Mặt trận các xóm: Rà soát danh sách hộ nghèo trước 10/11/2026.",
         "Ban Công tác Mặt trận các xóm"),
        ("Phòng Văn hóa - Xã hội: Thẩm định hồ sơ hộ nghèo; hoàn thành trước 30/11/2026.",
         "Phòng Văn hóa - Xã hội"),
        ("Công an xã: Bảo đảm an ninh trật tự dịp Tết; thời gian: tháng 01/2027.",
         "Công an xã"),
        ("Trường THCS Kim Phượng: Vận động học sinh góp sách vở cũ trước 20/12/2026.",
         "Trường THCS Kim Phượng"),
        ("HTX nông nghiệp Tân Tiến: Cung ứng 3 tấn gạo cho hộ nghèo trước 15/01/2027.",
         "HTX nông nghiệp Tân Tiến"),
        ("Chi bộ thôn Khuổi Hao: Lãnh đạo nhân dân làm đường; quý I/2027.",
         "Chi bộ thôn Khuổi Hao"),
        ("UBND các thôn: Vận động nhân dân hiến đất; hoàn thành trước 30/4/2027.",
         "UBND các thôn"),
    ],
)  # fmt: skip
def test_a_paragraph_opening_on_a_body_and_a_colon_gives_it_the_work(text, body):
    found = body_paragraph(text)
    assert found is not None and found[0] == body
    assert not found[2].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "Đồng chí Hoàng Văn Thắng - Phó Chủ tịch UBND xã: Theo dõi, đôn đốc các đơn vị.",
        "Đ/c Lý Thị Hoa: Tổng hợp kết quả báo cáo Ban Thường trực.",
        "Ông Nông Văn Sáu - Trưởng thôn: Vận động nhân dân hiến đất.",
        "Phát huy tinh thần đoàn kết: cả cộng đồng cùng chung tay giúp hộ nghèo.",
        "Thời gian thực hiện: từ tháng 11/2026 đến tháng 02/2027.",
        "Kinh phí: 120 triệu đồng từ nguồn xã hội hóa.",
    ],
)
def test_a_paragraph_opening_on_a_person_or_a_label_gives_no_body_work(text):
    assert body_paragraph(text) is None


@pytest.mark.parametrize(
    ("heading", "official"),
    [
        ("Trưởng thôn (ông Hoàng Văn Pẻng):", "Hoàng Văn Pẻng"),
        ("Chi hội Phụ nữ thôn (bà Nông Thị Lả - Chi hội trưởng):", "Nông Thị Lả"),
        ("Chi đoàn thôn (đồng chí Lục Văn Toàn)", "Lục Văn Toàn"),
        ("Phòng Kinh tế (đ/c Triệu Văn Páo, Phó Chủ tịch UBND xã):", "Triệu Văn Páo"),
        ("Công chức Địa chính - Xây dựng (Hà Minh Tuấn - công chức Địa chính):",
         "Hà Minh Tuấn"),
        ("Hội Nông dân xã (phụ trách: Bế Thị Lan):", "Bế Thị Lan"),
        ("Ban phát triển thôn (gọi tắt là Ban phát triển):", ""),
        ("Phòng Kinh tế (cơ quan thường trực):", ""),
        ("Các thôn (04 thôn):", ""),
        ("Trưởng thôn:", ""),
    ],
)  # fmt: skip
def test_the_person_a_bodys_heading_names_in_brackets(heading, official):
    assert heading_official(heading) == official


DUTIES = [
    ("Hội Nông dân xã", "Chủ trì, phối hợp với Hợp tác xã nông nghiệp Kim Phượng hỗ trợ "
     "giống ngô lai cho 30 hộ nghèo; hoàn thành trước 15/12/2026."),
    ("Ban Công tác Mặt trận các xóm", "Rà soát, lập danh sách hộ nghèo, gửi về Ban "
     "Thường trực Ủy ban MTTQ xã trước ngày 10/11/2026."),
    ("Đoàn Thanh niên xã", "Tổ chức \"Phiên chợ 0 đồng\" cho 100 hộ nghèo vào ngày "
     "25/01/2027, phối hợp Hội Liên hiệp Phụ nữ xã."),
    ("Ban Thường trực Ủy ban MTTQ xã", "Tổ chức Lễ phát động ủng hộ Quỹ \"Vì người "
     "nghèo\" vào ngày 20/11/2026; giao đồng chí Hoàng Thị Mai - Ủy viên Thường trực "
     "theo dõi."),
    ("Hội Cựu chiến binh xã", "Vận động hội viên trao tặng 50 suất quà trước Tết "
     "Nguyên đán Đinh Mùi."),
]  # fmt: skip
OTHERS = [
    "Đồng chí Hoàng Văn Thắng - Phó Chủ tịch UBND xã: Theo dõi, đôn đốc các tổ chức "
    "thực hiện kế hoạch.",
    "Các tổ chức thành viên: Định kỳ hằng tháng báo cáo kết quả về UBND xã.",
]


def _check(plan):
    tasks = by_title(plan)
    assert len(plan.tasks) == len(DUTIES), list(tasks)
    seeds = tasks["Hỗ trợ giống ngô lai cho 30 hộ nghèo"]
    assert seeds.lead_text == "Hội Nông dân xã"
    assert seeds.coordinating_text == "Hợp tác xã nông nghiệp Kim Phượng"
    assert str(seeds.ends_on) == "2026-12-15"
    listing = tasks[
        "Rà soát, lập danh sách hộ nghèo, gửi về Ban Thường trực Ủy ban MTTQ xã"
    ]
    assert listing.lead_text == "Ban Công tác Mặt trận các xóm"
    assert str(listing.ends_on) == "2026-11-10"
    market = tasks['Tổ chức "Phiên chợ 0 đồng" cho 100 hộ nghèo']
    assert market.lead_text == "Đoàn Thanh niên xã"
    assert market.coordinating_text == "Hội Liên hiệp Phụ nữ xã"
    assert str(market.ends_on) == "2027-01-25"
    launch = tasks['Tổ chức Lễ phát động ủng hộ Quỹ "Vì người nghèo"']
    assert launch.lead_text == "Ban Thường trực Ủy ban MTTQ xã"
    assert launch.official_text.startswith("Hoàng Thị Mai")
    assert str(launch.ends_on) == "2026-11-20"
    gifts = tasks["Vận động hội viên trao tặng 50 suất quà"]
    assert gifts.lead_text == "Hội Cựu chiến binh xã"
    assert str(gifts.ends_on) == "2027-02-05"  # the eve of Tết Đinh Mùi


@pytest.mark.parametrize("section", ["II. PHÂN CÔNG THỰC HIỆN", "II. NHIỆM VỤ CỤ THỂ"])
def test_plain_body_paragraphs_in_a_text_file(section):
    body = "\n".join([section, *(f"{b}: {w}" for b, w in DUTIES), *OTHERS]) + "\n"
    _check(read_plan(HEAD + body + TAIL, "ke-hoach.txt"))


def test_bold_body_paragraphs_in_markdown():
    lines = ["## II. PHÂN CÔNG THỰC HIỆN", ""]
    for b, w in DUTIES:
        lines += [f"**{b}:** {w}", ""]
    lines += [*OTHERS, ""]
    _check(read_plan(HEAD + "\n".join(lines) + "\n" + TAIL, "ke-hoach.md"))


@pytest.mark.parametrize("marks", ["b", "i", ""])
def test_a_word_paragraph_whose_run_on_the_body_is_bold_or_italic(marks):
    paragraphs = [p(line) for line in HEAD.splitlines()]
    paragraphs.append(
        p("III. TỔ CHỨC THỰC HIỆN", runs=[("III. TỔ CHỨC THỰC HIỆN", "b")])
    )
    for b, w in DUTIES:
        paragraphs.append(p(runs=[(f"{b}:", marks), (f" {w}", "")]))
    paragraphs += [p(line) for line in OTHERS + TAIL.splitlines()]
    _check(read_plan(docx(*paragraphs), "ke-hoach.docx"))


def test_prose_with_a_colon_under_the_purpose_is_no_task():
    body = "II. PHÂN CÔNG THỰC HIỆN\n" + "\n".join(OTHERS) + "\n"
    plan = read_plan(HEAD + body + TAIL, "ke-hoach.txt")
    assert plan.tasks == []


VILLAGE = """ỦY BAN NHÂN DÂN XÃ PHÚC LỘC
THÔN NÀ LẸNG
Số: 03/KH-TNL
Nà Lẹng, ngày 10 tháng 4 năm 2027
KẾ HOẠCH
Thắp sáng đường làng năm 2027
I. MỤC ĐÍCH
100% trục chính của thôn có đèn chiếu sáng.
II. PHÂN CÔNG NHIỆM VỤ
1. Chi bộ thôn (đồng chí Đinh Văn Tường - Bí thư Chi bộ):
- Lãnh đạo, chỉ đạo việc triển khai kế hoạch trong toàn thôn.
- Giám sát việc thu, chi các khoản nhân dân đóng góp.
2. Trưởng thôn (ông Lường Văn Khiêm):
- Chủ trì tổ chức họp dân bàn phương án đóng góp; hoàn thành trước 30/5/2027.
- Phối hợp với Ban Quản lý dự án xã lắp đặt 30 cột đèn trục thôn; thời gian: tháng 6 - tháng 7/2027.
3. Ban phát triển thôn (gọi tắt là Ban phát triển):
- Lập dự toán kinh phí mua vật tư; hoàn thành trước 15/6/2027.
4. Chi hội Phụ nữ thôn (bà Lò Thị Xuân - Chi hội trưởng):
- Vận động hội viên trồng 500 m hàng rào hoa; hoàn thành trước 31/8/2027.
- Đôn đốc các hộ giữ vệ sinh đường làng.
5. Phòng Kinh tế (đ/c Triệu Văn Páo, Phó Chủ tịch UBND xã):
- Hướng dẫn thôn lập hồ sơ hỗ trợ xi măng; hoàn thành trước 30/4/2027.
6. Hội Nông dân xã (phụ trách: Bế Thị Lan):
- Vận động hội viên góp 1.200 ngày công; hoàn thành trước 31/7/2027.
Nơi nhận:
- UBND xã;
- Lưu.
TRƯỞNG THÔN
Lường Văn Khiêm
"""


def _check_village(plan):
    tasks = by_title(plan)
    assert not any(t.startswith(("Lãnh đạo", "Giám sát", "Đôn đốc")) for t in tasks)
    for title, lead, official in [
        ("Tổ chức họp dân bàn phương án đóng góp", "Trưởng thôn", "Lường Văn Khiêm"),
        ("Lắp đặt 30 cột đèn trục thôn", "Trưởng thôn", "Lường Văn Khiêm"),
        ("Lập dự toán kinh phí mua vật tư", "Ban phát triển thôn", ""),
        ("Vận động hội viên trồng 500 m hàng rào hoa", "Chi hội Phụ nữ thôn",
         "Lò Thị Xuân"),
        ("Hướng dẫn thôn lập hồ sơ hỗ trợ xi măng", "Phòng Kinh tế", "Triệu Văn Páo"),
        ("Vận động hội viên góp 1.200 ngày công", "Hội Nông dân xã", "Bế Thị Lan"),
    ]:  # fmt: skip
        assert tasks[title].lead_text == lead, title
        assert tasks[title].official_text == official, title


def test_a_heading_names_the_official_of_its_duties_in_a_text_file():
    _check_village(read_plan(VILLAGE, "ke-hoach.txt"))


def test_a_heading_names_the_official_of_its_duties_in_word():
    _check_village(
        read_plan(docx(*(p(line) for line in VILLAGE.splitlines())), "ke-hoach.docx")
    )


def test_a_heading_names_the_official_under_a_tasks_part():
    text = VILLAGE.replace("II. PHÂN CÔNG NHIỆM VỤ", "II. NHIỆM VỤ CỤ THỂ")
    tasks = by_title(read_plan(text, "ke-hoach.txt"))
    assert tasks["Lắp đặt 30 cột đèn trục thôn"].official_text == "Lường Văn Khiêm"
    assert tasks["Lập dự toán kinh phí mua vật tư"].official_text == ""


def test_a_work_of_two_sentences_with_its_time_and_its_follower_after_it():
    body = (
        "II. PHÂN CÔNG THỰC HIỆN\n"
        "Hội Liên hiệp Phụ nữ xã: Vận động hội viên may 50 bộ quần áo ấm tặng trẻ "
        "em nghèo. Thời gian hoàn thành trước ngày 30/12/2026. Giao đồng chí Nông "
        "Thị Hiền - Chủ tịch Hội theo dõi.\n"
        "Ban Công tác Mặt trận các xóm: Tổ chức thăm, tặng quà các hộ nghèo trước "
        "Tết Nguyên đán năm 2027; đồng chí Triệu Thị Vân - Phó Chủ tịch Ủy ban MTTQ "
        "xã theo dõi.\n"
    )
    tasks = by_title(read_plan(HEAD + body + TAIL, "ke-hoach.txt"))
    clothes = tasks["Vận động hội viên may 50 bộ quần áo ấm tặng trẻ em nghèo"]
    assert clothes.lead_text == "Hội Liên hiệp Phụ nữ xã"
    assert clothes.official_text.startswith("Nông Thị Hiền")
    assert str(clothes.ends_on) == "2026-12-30"
    gifts = tasks["Tổ chức thăm, tặng quà các hộ nghèo"]
    assert gifts.official_text.startswith("Triệu Thị Vân")
    assert str(gifts.ends_on) == "2027-02-05"
