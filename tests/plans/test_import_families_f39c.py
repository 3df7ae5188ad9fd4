"""An official letter (Công văn) of a department that gives work unit by
unit, its subject wrapped on many lines and its asks sent back "gửi kết
quả về Sở (qua …)"; a Steering Committee's plan that gives work member by
member ("1. Đồng chí A - <post>, thành viên:" over "+" items), tried on
documents of my own."""

from __future__ import annotations

import pytest

from tests.plans.reading import by_title, check_task, read_plan

LETTER = """UBND TỈNH NGHỆ AN
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 4410/SNNMT-KHTC
V/v đẩy nhanh tiến độ
giải ngân vốn sự nghiệp
Chương trình mục tiêu
quốc gia xây dựng nông thôn
mới năm 2026
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 03 tháng 8 năm 2026

Kính gửi:
- Ủy ban nhân dân các xã;
- Các đơn vị thuộc Sở.

Thực hiện Văn bản số 905/UBND-NN ngày 20/7/2026 của UBND tỉnh, Sở Nông nghiệp và Môi trường đề nghị các đơn vị thực hiện một số nội dung sau:

1. Ủy ban nhân dân các xã
a) Lập danh mục dự án hỗ trợ phát triển sản xuất còn vướng mắc, gửi kết quả về Sở (qua Phòng Kế hoạch - Tài chính) trước ngày 20/8/2026.
b) Hoàn thành giải ngân 100% vốn được giao trước ngày 30/11/2026.
2. Phòng Kế hoạch - Tài chính
Tổng hợp đề xuất điều chỉnh vốn giữa các xã, gửi về Sở trước ngày 31/8/2026.

Các đơn vị báo cáo kết quả về Sở trước ngày 05/12/2026./.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Hồ Văn Khánh
"""


@pytest.fixture(scope="module")
def letter():
    return read_plan(LETTER, "cong-van.txt")


def test_a_subject_wrapped_on_five_lines_is_the_whole_title(letter):
    assert letter.title == (
        "Đẩy nhanh tiến độ giải ngân vốn sự nghiệp Chương trình mục tiêu quốc gia "
        "xây dựng nông thôn mới năm 2026"
    )


def test_what_an_ask_is_sent_back_with_is_no_part_of_its_name(letter):
    tasks = by_title(letter)
    listed = tasks["Lập danh mục dự án hỗ trợ phát triển sản xuất còn vướng mắc"]
    check_task(listed, "Ủy ban nhân dân các xã", deadline="2026-08-20")
    merged = tasks["Tổng hợp đề xuất điều chỉnh vốn giữa các xã"]
    check_task(merged, "Phòng Kế hoạch - Tài chính", deadline="2026-08-31")
    assert len(letter.tasks) == 3


MEMBERS = """UBND HUYỆN HƯƠNG SƠN
BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH
MỤC TIÊU QUỐC GIA
Số: 09/KH-BCĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hương Sơn, ngày 14 tháng 01 năm 2027

KẾ HOẠCH
Hoạt động của Ban Chỉ đạo năm 2027

I. MỤC ĐÍCH
Phân công rõ trách nhiệm của các thành viên.

II. PHÂN CÔNG NHIỆM VỤ THÀNH VIÊN BAN CHỈ ĐẠO
1. Đồng chí Đặng Văn Quý - Phó Chủ tịch UBND huyện, Phó Trưởng ban: giúp Trưởng ban chỉ đạo các xã, cụ thể:
+ Chỉ đạo UBND xã Sơn Kim tổ chức đánh giá mức độ đạt tiêu chí nông thôn mới kiểu mẫu, xong trước ngày 30/5/2027.
2. Đồng chí Phan Thị Nga - Trưởng phòng Kinh tế, Phó Trưởng ban: chỉ đạo Văn phòng Điều phối nông thôn mới huyện (cơ quan thường trực):
+ Phối hợp Phòng Văn hóa - Thông tin rà soát bộ tiêu chí văn hóa của các xã, xong trước ngày 15/4/2027.
3. Đồng chí Hồ Sỹ Long - Giám đốc Trung tâm Dịch vụ nông nghiệp huyện, thành viên:
+ Chuyển giao kỹ thuật trồng bưởi theo tiêu chuẩn VietGAP cho các hợp tác xã, trong tháng 6/2027.
+ Tổ chức hội thảo đầu bờ hằng quý tại các xã.

III. TỔ CHỨC THỰC HIỆN
Các thành viên báo cáo kết quả về Văn phòng Điều phối trước ngày 10/12/2027.

Nơi nhận:
- Thành viên BCĐ;
- Lưu: VT.
TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
Lê Đình Hải
"""


@pytest.fixture(scope="module")
def members():
    return read_plan(MEMBERS, "phan-cong.txt")


def test_each_members_item_is_a_task_his_general_duty_none(members):
    assert len(members.tasks) == 4
    assert not any("giúp Trưởng ban" in t.title for t in members.tasks)


def test_the_body_an_item_directs_leads_it(members):
    task = by_title(members)[
        "Tổ chức đánh giá mức độ đạt tiêu chí nông thôn mới kiểu mẫu"
    ]
    check_task(task, "UBND xã Sơn Kim", official="dang van quy", deadline="2027-05-30")


def test_the_body_a_member_directs_leads_his_items(members):
    task = by_title(members)["Rà soát bộ tiêu chí văn hóa của các xã"]
    check_task(
        task,
        "Văn phòng Điều phối nông thôn mới huyện",
        ["Phòng Văn hóa - Thông tin"],
        official="phan thi nga",
        deadline="2027-04-15",
    )


def test_the_office_a_members_post_heads_leads_his_items(members):
    tasks = by_title(members)
    training = tasks[
        "Chuyển giao kỹ thuật trồng bưởi theo tiêu chuẩn VietGAP cho các hợp tác xã"
    ]
    check_task(
        training,
        "Trung tâm Dịch vụ nông nghiệp huyện",
        official="ho sy long",
        deadline="2027-06-30",
    )
    # Work that recurs runs over the plan's year.
    field_days = tasks["Tổ chức hội thảo đầu bờ hằng quý tại các xã"]
    check_task(
        field_days,
        "Trung tâm Dịch vụ nông nghiệp huyện",
        official="ho sy long",
        deadline="2027-12-31",
    )
