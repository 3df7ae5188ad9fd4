"""Assignments by reference, time headings and brackets of several clauses
(set f40q), tried on documents of my own: tasks of part II given by their
numbers in part III ("Đề nghị <body>: chủ trì nhiệm vụ tại điểm 7 mục II",
"điểm a, b khoản 1", "từ điểm 2 đến điểm 4"), items under a time heading
("Quý II/2026:", "Từ tháng 7 đến hết năm:", "Quý III và Quý IV/2026:") and
a bracket "(đồng chí A, <post> chỉ đạo; X chủ trì; Y phối hợp)"."""

from __future__ import annotations

import pytest

from plans.document_import.task_references import references_in
from tests.plans.reading import by_title, check_task, read_plan

HEAD = """ỦY BAN NHÂN DÂN
XÃ PHÚ XÁ
Số: 12/KH-UBND
Phú Xá, ngày 04 tháng 01 năm 2026
KẾ HOẠCH
Xây dựng nông thôn mới năm 2026
I. MỤC ĐÍCH
Hoàn thành các tiêu chí còn lại.
II. NHIỆM VỤ
"""
TAIL = """Nơi nhận:
- UBND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lò Văn Tư
"""

GIVEN = """1. Khảo sát hiện trạng đường giao thông nội đồng; hoàn thành trước ngày 31/3/2026.
2. Vận động Nhân dân hiến đất làm đường; thời gian: quý II/2026.
3. Trồng cây xanh dọc các tuyến đường liên thôn; thời gian: tháng 9/2026.
4. Tổ chức khám sức khỏe định kỳ cho người cao tuổi; hoàn thành trước ngày 30/10/2026.
5. Hỗ trợ hợp tác xã xây dựng nhãn hiệu sản phẩm; thời gian: năm 2026.
6. Xây dựng mô hình “Thắp sáng đường quê” (Đoàn Thanh niên xã chủ trì); thời gian: tháng 8/2026.
III. PHÂN CÔNG THỰC HIỆN
1. Phòng Kinh tế: chủ trì thực hiện các nhiệm vụ tại điểm 1 và 5 mục II; phối hợp thực hiện nhiệm vụ số 3.
2. Phòng Văn hóa - Xã hội: chủ trì nhiệm vụ tại điểm 2 mục II; phối hợp với Phòng Kinh tế, Trạm Y tế xã thực hiện các nhiệm vụ tại điểm 1 và 4 mục II.
3. Trạm Y tế xã chủ trì thực hiện khoản 4 Mục II.
4. Văn phòng HĐND và UBND xã: bố trí kinh phí, theo dõi, tổng hợp kết quả thực hiện.
5. Đề nghị Hội Cựu chiến binh xã: chủ trì nhiệm vụ tại điểm 3 mục II; phối hợp thực hiện các nhiệm vụ từ điểm 4 đến điểm 6 mục II.
6. Đề nghị Hội Liên hiệp Phụ nữ xã: chủ trì nhiệm vụ tại điểm 6 mục II; phối hợp thực hiện các nhiệm vụ tại điểm 2 và 5 mục II.
"""


@pytest.fixture(scope="module")
def given():
    return read_plan(HEAD + GIVEN + TAIL)


def test_the_body_after_de_nghi_leads_and_partners(given):
    tasks = by_title(given)
    check_task(
        tasks["Trồng cây xanh dọc các tuyến đường liên thôn"],
        "Hội Cựu chiến binh xã",
        ["Phòng Kinh tế"],
        deadline="2026-09-30",
    )
    check_task(
        tasks["Vận động Nhân dân hiến đất làm đường"],
        "Phòng Văn hóa - Xã hội",
        ["Hội Liên hiệp Phụ nữ xã"],
        deadline="2026-06-30",
    )


def test_the_lines_own_body_partners_and_not_those_after_voi(given):
    tasks = by_title(given)
    check_task(
        tasks["Khảo sát hiện trạng đường giao thông nội đồng"],
        "Phòng Kinh tế",
        ["Phòng Văn hóa - Xã hội"],
    )
    check_task(
        tasks["Tổ chức khám sức khỏe định kỳ cho người cao tuổi"],
        "Trạm Y tế xã",
        ["Phòng Văn hóa - Xã hội", "Hội Cựu chiến binh xã"],
    )


def test_a_range_gives_every_task_between(given):
    check_task(
        by_title(given)["Hỗ trợ hợp tác xã xây dựng nhãn hiệu sản phẩm"],
        "Phòng Kinh tế",
        ["Hội Cựu chiến binh xã", "Hội Liên hiệp Phụ nữ xã"],
    )


def test_a_task_naming_its_own_lead_keeps_it(given):
    check_task(
        by_title(given)["Xây dựng mô hình “Thắp sáng đường quê”"],
        "Đoàn Thanh niên xã",
        ["Hội Cựu chiến binh xã"],
    )


def test_a_line_with_no_reference_assigns_nothing(given):
    assert len(given.tasks) == 6
    assert not references_in(
        "5. Văn phòng HĐND và UBND xã: bố trí kinh phí, theo dõi, tổng hợp."
    )


def test_lettered_points_of_a_numbered_task():
    assert references_in(
        "Đề nghị Hội Nông dân xã: phối hợp thực hiện điểm a, b khoản 1 mục II."
    ) == [("Hội Nông dân xã", "coordinating", "II", ["1.a", "1.b"])]
    assert references_in(
        "2. Phòng Văn hóa - Xã hội: chủ trì thực hiện điểm a khoản 2 mục II; "
        "phối hợp thực hiện các nội dung tại mục 1, 3 phần II."
    ) == [
        ("Phòng Văn hóa - Xã hội", "lead", "II", ["2.a"]),
        ("Phòng Văn hóa - Xã hội", "coordinating", "II", ["1", "3"]),
    ]


TIMES = """1. Quý I/2026:
- Kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã (Văn phòng HĐND và UBND xã chủ trì).
2. Từ tháng 7 đến hết năm:
- Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn (Phòng Kinh tế chủ trì).
- Tổ chức Ngày hội Đại đoàn kết toàn dân tộc, hoàn thành trước ngày 15/11/2026 (Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì).
3. Quý III và Quý IV/2026:
- Hướng dẫn các hộ chăn nuôi xây dựng hầm biogas (Phòng Kinh tế chủ trì).
4. Tháng 7 - tháng 12/2026:
- Nâng cấp hệ thống loa truyền thanh tại các thôn (Phòng Văn hóa - Xã hội chủ trì).
III. TỔ CHỨC THỰC HIỆN
Các bộ phận báo cáo UBND xã.
"""


@pytest.fixture(scope="module")
def times():
    return read_plan(HEAD + TIMES + TAIL)


def test_a_quarter_heading_gives_its_end(times):
    # Its start stays the quarter's first day, as round 13 pins
    # (test_every_kind_of_period_heading_times_its_items), not the "no
    # start" the brief named (docs/import-quality.md, set f40q).
    task = by_title(times)["Kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã"]
    assert (str(task.starts_on), str(task.ends_on)) == ("2026-01-01", "2026-03-31")


@pytest.mark.parametrize(
    "title",
    [
        "Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn",
        "Hướng dẫn các hộ chăn nuôi xây dựng hầm biogas",
        "Nâng cấp hệ thống loa truyền thanh tại các thôn",
    ],
)
def test_a_range_heading_gives_its_start_and_end(times, title):
    task = by_title(times)[title]
    assert (str(task.starts_on), str(task.ends_on)) == ("2026-07-01", "2026-12-31")


def test_an_items_own_day_wins_over_its_headings_end(times):
    task = by_title(times)["Tổ chức Ngày hội Đại đoàn kết toàn dân tộc"]
    check_task(
        task,
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        start="2026-07-01",
        deadline="2026-11-15",
    )


BRACKETS = """1. Chỉnh trang vỉa hè tuyến phố Lê Lợi; hoàn thành trong quý II/2026 (đồng chí Trần Quốc Bảo, Phó Chủ tịch UBND phường chỉ đạo; Phòng Kinh tế, Hạ tầng và Đô thị chủ trì; Công an phường phối hợp).
2. Kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh; hoàn thành trước ngày 30/9/2026 (Trạm Y tế phường chủ trì; Phòng Văn hóa - Xã hội, Công an phường phối hợp; đồng chí Trần Quốc Bảo theo dõi).
3. Xử lý các điểm tập kết rác tự phát; thời gian: tháng 4/2026 (Phòng Kinh tế chủ trì, phối hợp Công an xã; đ/c Lò Văn Tâm theo dõi).
III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo UBND phường.
"""


@pytest.fixture(scope="module")
def brackets():
    return read_plan(HEAD + BRACKETS + TAIL)


def test_a_bracket_names_the_official_the_lead_and_the_partner(brackets):
    check_task(
        by_title(brackets)["Chỉnh trang vỉa hè tuyến phố Lê Lợi"],
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        ["Công an phường"],
        official="tran quoc bao",
        deadline="2026-06-30",
    )


def test_partners_before_the_officials_clause(brackets):
    check_task(
        by_title(brackets)["Kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh"],
        "Trạm Y tế phường",
        ["Phòng Văn hóa - Xã hội", "Công an phường"],
        official="tran quoc bao",
    )


def test_a_partner_inside_the_lead_clause_and_a_follower(brackets):
    check_task(
        by_title(brackets)["Xử lý các điểm tập kết rác tự phát"],
        "Phòng Kinh tế",
        ["Công an xã"],
        official="lo van tam",
    )
