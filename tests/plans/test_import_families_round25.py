"""Two readings the blind hold-out of ordinary plans (round 25,
docs/import-quality.md) still missed after rounds 25a and 25b, tried on
plans that are in no corpus: a heading that names an organisation part
("II. PHÂN CÔNG NHIỆM VỤ") over numbered items that each label their own
lead and time, and a list of villages one of whose names starts with a
body's word ("các thôn Hội Điền, Trường Phước, …")."""

from __future__ import annotations

import datetime

from plans.document_import.units import units
from tests.plans.reading import by_title, read_plan

HEAD = """ỦY BAN NHÂN DÂN XÃ NAM TRUNG
BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG
Số: 07/KH-BCĐ
Nam Trung, ngày 10 tháng 02 năm 2027
KẾ HOẠCH
Phân công thành viên Ban Chỉ đạo phụ trách các tiêu chí năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Phân công rõ người, rõ việc, rõ thời gian.
"""
TAIL = """III. TỔ CHỨC THỰC HIỆN
Các thành viên báo cáo kết quả hằng quý về Ban Chỉ đạo.
Nơi nhận:
- Thành viên BCĐ;
- Lưu: VT.
TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
Mai Văn Thành
"""


def test_numbered_items_that_label_their_lead_and_time_are_tasks_under_an_organisation_heading():
    plan = read_plan(
        HEAD
        + """II. PHÂN CÔNG NHIỆM VỤ
1. Chỉ đạo thực hiện tiêu chí Giao thông và Thủy lợi
- Thành viên phụ trách: đồng chí Vũ Văn Khải - Phó Chủ tịch UBND xã.
- Cơ quan tham mưu: Phòng Kinh tế; phối hợp: Ban phát triển các thôn.
- Thời gian hoàn thành: Quý II/2027.
2. Chỉ đạo thực hiện tiêu chí Y tế
- Thành viên phụ trách: đồng chí Đinh Thị Nga - Trưởng phòng Văn hóa - Xã hội.
- Cơ quan tham mưu: Phòng Văn hóa - Xã hội; phối hợp: Trạm Y tế xã.
- Thời gian hoàn thành: Tháng 9/2027.
"""
        + TAIL
    )
    tasks = by_title(plan)
    assert list(tasks) == [
        "Chỉ đạo thực hiện tiêu chí Giao thông và Thủy lợi",
        "Chỉ đạo thực hiện tiêu chí Y tế",
    ]
    first = tasks["Chỉ đạo thực hiện tiêu chí Giao thông và Thủy lợi"]
    assert first.lead_text == "Phòng Kinh tế"
    assert first.coordinating_units == ["Ban phát triển các thôn"]
    assert first.ends_on == datetime.date(2027, 6, 30)
    assert tasks["Chỉ đạo thực hiện tiêu chí Y tế"].ends_on == datetime.date(
        2027, 9, 30
    )


def test_an_organisation_part_whose_items_only_name_duties_gives_no_tasks():
    """The guard: "III. TỔ CHỨC THỰC HIỆN" over bodies and their duties,
    with no labelled time, stays the plan's text."""
    plan = read_plan(
        HEAD
        + """II. NHIỆM VỤ
1. Cứng hóa 2 km đường thôn Đông. Chủ trì: Phòng Kinh tế. Thời gian: Quý III/2027.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế
- Chủ trì: theo dõi, tổng hợp kết quả thực hiện.
2. Văn phòng HĐND và UBND xã
- Chủ trì: đôn đốc các thôn báo cáo.
Nơi nhận:
- Lưu: VT.
TM. BAN CHỈ ĐẠO
TRƯỞNG BAN
Mai Văn Thành
"""
    )
    assert list(by_title(plan)) == ["Cứng hóa 2 km đường thôn Đông"]


def test_a_village_named_like_a_body_stays_in_the_list_of_villages():
    assert units("các thôn Hội Điền, Trường Phước, Lâm Xuân, Sơn Trà") == [
        "các thôn Hội Điền, Trường Phước, Lâm Xuân, Sơn Trà"
    ]
    assert units("thôn Hòa Bình, Đoàn Kết") == ["thôn Hòa Bình, Đoàn Kết"]
    # A body after a village stays a unit of its own.
    assert units("các thôn Tân Lập, Trường THCS Lê Lợi") == [
        "các thôn Tân Lập",
        "Trường THCS Lê Lợi",
    ]
    assert units("Thôn Yên Trung, Thôn Yên Hồ") == ["Thôn Yên Trung", "Thôn Yên Hồ"]
