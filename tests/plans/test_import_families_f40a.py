"""Where tasks and bases hide (set f40a): a prose appendix after the
signature ("PHỤ LỤC" / "NHIỆM VỤ CỤ THỂ NĂM 2026" / "(Kèm theo Kế hoạch số
…)" over numbered items with labelled lines, numbered sentences or "-"
items under each body's heading); a short plan whose one task is a single
paragraph after its bases; a basis whose number follows a qualified name
("Chương trình công tác năm 2026 số 03/CTr-HND"), and one cited with
neither number nor date; road maps by year in a plan dated 2026 (no start
for a task that begins in the plan's own year)."""

from __future__ import annotations

from tests.documents.docx_parts import docx, p, tbl, tc
from tests.plans.reading import by_title, check_task, read_plan

HEAD = """ỦY BAN NHÂN DÂN
XÃ MINH TÂN
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Minh Tân, ngày 16 tháng 01 năm 2026

KẾ HOẠCH
Xây dựng nông thôn mới năm 2026

Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh về xây dựng nông thôn mới năm 2026;
UBND xã Minh Tân ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Giữ vững 19 tiêu chí xã nông thôn mới.

II. NHIỆM VỤ CỤ THỂ
Các nhiệm vụ cụ thể tại Phụ lục kèm theo.

III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị chủ động triển khai, báo cáo kết quả về UBND xã.

Nơi nhận:
- UBND tỉnh (b/c);
- TT Đảng ủy, HĐND xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Bùi Quang Vinh

PHỤ LỤC
NHIỆM VỤ CỤ THỂ NĂM 2026
(Kèm theo Kế hoạch số 45/KH-UBND ngày 16/01/2026 của UBND xã Minh Tân)
"""

LABELLED = """1. Nâng cấp tuyến đường liên thôn Đông - Tây dài 1,2 km
- Đơn vị chủ trì: Phòng Kinh tế
- Phối hợp: Ban quản lý dự án đầu tư xây dựng xã
- Thời gian: Quý III/2026
2. Mở 02 lớp dạy nghề may công nghiệp cho lao động nông thôn
- Đơn vị chủ trì: Phòng Văn hóa - Xã hội
- Phối hợp: Hội Liên hiệp Phụ nữ xã
- Thời gian: từ tháng 4/2026 đến tháng 6/2026
"""


def _signed(plan):
    """The plan's own closing, read though an appendix follows it."""
    assert plan.signer_name == "Bùi Quang Vinh"
    assert plan.signing_authority == "TM. ỦY BAN NHÂN DÂN"
    assert len(plan.recipients) == 3
    assert plan.number == "45" and plan.title == "Xây dựng nông thôn mới năm 2026"


def test_prose_appendix_of_labelled_items():
    plan = read_plan(HEAD + LABELLED)
    _signed(plan)
    assert [t.title for t in plan.tasks] == [
        "Nâng cấp tuyến đường liên thôn Đông - Tây dài 1,2 km",
        "Mở 02 lớp dạy nghề may công nghiệp cho lao động nông thôn",
    ]
    road, sewing = plan.tasks
    check_task(road, "Phòng Kinh tế", ["Ban quản lý dự án đầu tư xây dựng xã"],
               deadline="2026-09-30")  # fmt: skip
    check_task(sewing, "Phòng Văn hóa - Xã hội", ["Hội Liên hiệp Phụ nữ xã"],
               start="2026-04-01", deadline="2026-06-30")  # fmt: skip


def test_prose_appendix_of_numbered_sentences():
    plan = read_plan(
        HEAD + "1. Phòng Kinh tế chủ trì, phối hợp với Hợp tác xã Nông nghiệp Minh Tân "
        "xây dựng 01 chuỗi liên kết tiêu thụ lúa hữu cơ, hoàn thành trong Quý "
        "II/2026.\n"
        "2. Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã ra mắt 03 mô hình "
        "camera an ninh thôn, hoàn thành trước ngày 31/8/2026.\n"
    )
    _signed(plan)
    chain = by_title(plan)["Xây dựng 01 chuỗi liên kết tiêu thụ lúa hữu cơ"]
    check_task(chain, "Phòng Kinh tế", ["Hợp tác xã Nông nghiệp Minh Tân"],
               deadline="2026-06-30")  # fmt: skip
    cameras = by_title(plan)["Ra mắt 03 mô hình camera an ninh thôn"]
    check_task(cameras, "Công an xã", ["Đoàn Thanh niên xã"], deadline="2026-08-31")
    assert len(plan.tasks) == 2


def test_prose_appendix_of_items_under_each_body():
    plan = read_plan(
        (HEAD + "**1. Phòng Kinh tế**\n\n"
         "- Hướng dẫn 20 hộ xây dựng hầm biogas, hoàn thành trong Quý III/2026.\n"
         "- Kiểm tra 15 cơ sở chăn nuôi, phối hợp với Công an xã, thực hiện trong "
         "tháng 10/2026.\n\n"
         "**2. Trạm Y tế xã**\n\n"
         "- Giám sát chất lượng nước tại 04 trạm cấp nước, hoàn thành trước "
         "30/11/2026.\n").replace("\n", "\n\n"),
        "ke-hoach.md",
    )  # fmt: skip
    _signed(plan)
    assert len(plan.tasks) == 3
    biogas = by_title(plan)["Hướng dẫn 20 hộ xây dựng hầm biogas"]
    check_task(biogas, "Phòng Kinh tế", deadline="2026-09-30")
    farms = by_title(plan)["Kiểm tra 15 cơ sở chăn nuôi"]
    check_task(farms, "Phòng Kinh tế", ["Công an xã"], deadline="2026-10-31")
    water = by_title(plan)["Giám sát chất lượng nước tại 04 trạm cấp nước"]
    check_task(water, "Trạm Y tế xã", deadline="2026-11-30")


def test_an_appendix_of_names_is_no_task():
    """ "PHỤ LỤC" over a list of members (no "Kèm theo …"): no body of the
    plan, and its lines are no task."""
    plan = read_plan(
        HEAD.split("PHỤ LỤC")[0] + "PHỤ LỤC\nDANH SÁCH TỔ GIÚP VIỆC\n"
        "1. Ông Lê Văn Hòa - Công chức Địa chính\n2. Bà Trần Thị Mai - Kế toán\n"
    )
    assert plan.tasks == []


VILLAGE = """UBND XÃ ĐỒNG LẠC
BAN PHÁT TRIỂN THÔN TRUNG
Số: 03/KH-BPT
Đồng Lạc, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Nạo vét kênh mương nội đồng năm 2026

Căn cứ Nghị quyết Đại hội Đảng bộ xã lần thứ XXV, nhiệm kỳ 2025 - 2030;
Thực hiện Chương trình công tác năm 2026 số 03/CTr-HND ngày 10/01/2026 của Ban Thường vụ Hội Nông dân xã Đồng Lạc;

{duty}

Nơi nhận:
- UBND xã (b/c);
- Lưu.

TM. BAN PHÁT TRIỂN THÔN
TRƯỞNG BAN

Phạm Văn Tuấn
"""


def test_one_task_paragraph_after_the_bases():
    plan = read_plan(VILLAGE.format(duty=(
        "Ban phát triển thôn chủ trì vận động các hộ nạo vét 2,5 km kênh mương nội "
        "đồng, phối hợp với Chi hội Nông dân thôn, hoàn thành trước 30/4/2026.")))  # fmt: skip
    [task] = plan.tasks
    assert task.title == "Vận động các hộ nạo vét 2,5 km kênh mương nội đồng"
    check_task(task, "Ban phát triển thôn", ["Chi hội Nông dân thôn"],
               deadline="2026-04-30")  # fmt: skip
    assert plan.signer_name == "Phạm Văn Tuấn"


def test_one_paragraph_chairing_with_its_partner():
    plan = read_plan(VILLAGE.format(duty=(
        "Năm 2026, Chi hội Nông dân thôn Trung chủ trì, phối hợp với Tổ hợp tác "
        "dịch vụ thủy lợi thôn hướng dẫn 40 hộ chuyển đổi 12 ha lúa kém hiệu quả, "
        "thực hiện từ tháng 3/2026 đến tháng 9/2026.")))  # fmt: skip
    [task] = plan.tasks
    check_task(task, "Chi hội Nông dân thôn Trung",
               ["Tổ hợp tác dịch vụ thủy lợi thôn"], start="2026-03-01",
               deadline="2026-09-30")  # fmt: skip


def test_one_paragraph_before_a_heading_stays_the_preamble():
    """A body's work written once before the plan's own parts: no task."""
    plan = read_plan(VILLAGE.format(duty=(
        "Ban phát triển thôn chủ trì vận động các hộ nạo vét kênh mương nội "
        "đồng, phối hợp với Chi hội Nông dân thôn, hoàn thành trước 30/4/2026.\n"
        "I. MỤC TIÊU\nNạo vét toàn bộ kênh mương nội đồng trước mùa mưa.")))  # fmt: skip
    assert plan.tasks == []


def test_a_number_after_the_qualified_name_and_a_congress_resolution():
    plan = read_plan(VILLAGE.format(duty="Các hộ tham gia đầy đủ."))
    # "Chương trình công tác năm 2026 số 03/CTr-HND": the number is read.
    assert [b.number for b in plan.bases] == ["03/CTr-HND"]
    [programme] = plan.bases
    assert programme.kind == "Chương trình" and programme.implements
    assert str(programme.issued_on) == "2026-01-10"
    # A congress's resolution with neither number, date nor issuer is no
    # basis to list (round 29's convention): its line is the opening's.
    assert "Nghị quyết Đại hội Đảng bộ xã lần thứ XXV" in plan.opening


ROAD_MAP = (
    HEAD.split("II. NHIỆM VỤ")[0]
    + """II. NHIỆM VỤ VÀ LỘ TRÌNH
1. Cứng hóa 4 km đường trục thôn
- Chủ trì: Phòng Kinh tế; phối hợp: Ban quản lý dự án đầu tư xây dựng xã.
- Lộ trình: Năm 2026: 1,5 km; Năm 2027: 2,5 km.
2. Xây dựng sân thể thao thôn Bắc
- Chủ trì: Phòng Văn hóa - Xã hội.
- Lộ trình thực hiện: Năm 2027: giải phóng mặt bằng; Năm 2028: hoàn thành.
III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị báo cáo UBND xã hằng quý.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Bùi Quang Vinh
"""
)


def test_road_map_by_year_in_words():
    plan = read_plan(ROAD_MAP)
    road = by_title(plan)["Cứng hóa 4 km đường trục thôn"]
    # It begins in the plan's own year: no start of its own.
    assert road.starts_on is None and str(road.ends_on) == "2027-12-31"
    check_task(road, "Phòng Kinh tế", ["Ban quản lý dự án đầu tư xây dựng xã"])
    ground = by_title(plan)["Xây dựng sân thể thao thôn Bắc"]
    check_task(ground, "Phòng Văn hóa - Xã hội", start="2027-01-01",
               deadline="2028-12-31")  # fmt: skip


def test_road_map_table_ticked_by_year():
    head = [p(t) for t in ("ỦY BAN NHÂN DÂN", "XÃ MINH TÂN", "Số: 45/KH-UBND",
                           "Minh Tân, ngày 16 tháng 01 năm 2026", "KẾ HOẠCH",
                           "Đầu tư hạ tầng giai đoạn 2026 - 2028",
                           "I. DANH MỤC VÀ LỘ TRÌNH")]  # fmt: skip
    rows = [
        ["Nội dung", "Đơn vị chủ trì", "2026", "2027", "2028"],
        ["Nâng cấp chợ xã", "Phòng Kinh tế", "x", "x", ""],
        ["Xây mới nhà văn hóa xã", "Phòng Văn hóa - Xã hội", "", "x", "x"],
    ]
    data = docx(*head, tbl(*[[tc(c) for c in row] for row in rows]),
                p("TM. ỦY BAN NHÂN DÂN"), p("CHỦ TỊCH"), p("Bùi Quang Vinh"))  # fmt: skip
    plan = read_plan(data, "ke-hoach.docx")
    market = by_title(plan)["Nâng cấp chợ xã"]
    assert market.starts_on is None and str(market.ends_on) == "2027-12-31"
    hall = by_title(plan)["Xây mới nhà văn hóa xã"]
    check_task(hall, "Phòng Văn hóa - Xã hội", start="2027-01-01",
               deadline="2028-12-31")  # fmt: skip
