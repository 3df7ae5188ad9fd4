"""A task table's content cell whose last paragraph is wholly in brackets,
a task's sentence ending on ", trong đó" before its yearly figures, a
time-first sentence ending on its partner ("…; <unit> phối hợp."), and
activity paragraphs under short numbered headings that open on their lead
or end on it ("…; Ban Chấp hành Đoàn xã chủ trì, …"), tried on plans of my
own."""

from __future__ import annotations

import pytest

from tests.documents.docx_parts import p, tbl, tc
from tests.plans.reading import (
    by_title,
    check_task,
    lines_cell,
    plan_of,
    read_plan,
    word_plan,
)

# ── 1. A content cell's second paragraph wholly in brackets ──


def _row(n, work, lead, partner, when):
    return [tc(str(n)), lines_cell(*work), tc(lead), tc(partner), tc(when)]


@pytest.fixture(scope="module")
def bracketed_cells():
    head = [
        tc("TT"),
        tc("Nội dung công việc"),
        tc("Đơn vị chủ trì"),
        tc("Đơn vị phối hợp"),
        tc("Thời gian hoàn thành"),
    ]
    rows = [
        _row(
            1,
            (
                "Cứng hóa 4,5 km đường trục thôn, ngõ xóm tại các thôn Mai Thôn, "
                "Hậu Trạch",
                "(Nhà nước hỗ trợ xi măng, Nhân dân góp công, hiến đất)",
            ),
            "Ban quản lý các thôn",
            "Mặt trận Tổ quốc xã",
            "Tháng 10/2026",
        ),
        _row(
            2,
            (
                "Nạo vét 3 km kênh mương nội đồng xứ đồng Bãi Giữa",
                "(Hợp tác xã nông nghiệp Mai Thôn bỏ kinh phí)",
            ),
            "Hợp tác xã nông nghiệp Mai Thôn",
            "",
            "Quý II/2026",
        ),
    ]
    return read_plan(word_plan(p("Bảng nhiệm vụ:"), tbl(head, *rows)), "kh.docx")


def test_a_bracketed_last_paragraph_is_the_works_note(bracketed_cells):
    roads, canals = bracketed_cells.tasks
    assert roads.title == (
        "Cứng hóa 4,5 km đường trục thôn, ngõ xóm tại các thôn Mai Thôn, Hậu Trạch"
    )
    assert "(Nhà nước hỗ trợ xi măng, Nhân dân góp công, hiến đất)" in (
        roads.description
    )
    check_task(
        roads, "Ban quản lý các thôn", ["Mặt trận Tổ quốc xã"], deadline="2026-10-31"
    )
    assert canals.title == "Nạo vét 3 km kênh mương nội đồng xứ đồng Bãi Giữa"
    assert "bỏ kinh phí" in canals.description
    # The note names the cooperative, but the lead is the column's.
    check_task(canals, "Hợp tác xã nông nghiệp Mai Thôn", deadline="2026-06-30")


# ── 2. ", trong đó" before the yearly figures ──

BREAKDOWN = """1. Mở rộng vùng trồng cam, bưởi Phúc Trạch theo tiêu chuẩn VietGAP lên 120 ha tại các thôn Trung Thượng, Yên Lạc, trong đó:
+ Năm 2026: 50 ha;
+ Năm 2027: thêm 70 ha.
2. Đến hết năm 2027, Hợp tác xã Phúc Trạch chủ trì xây dựng 02 sản phẩm OCOP 3 sao từ bưởi, trong đó:
+ Năm 2026: 01 sản phẩm;
+ Năm 2027: 01 sản phẩm.
"""


def test_the_breakdown_is_no_part_of_the_name():
    plan = plan_of(BREAKDOWN)
    oranges, ocop = plan.tasks
    assert oranges.title == (
        "Mở rộng vùng trồng cam, bưởi Phúc Trạch theo tiêu chuẩn VietGAP lên 120 ha "
        "tại các thôn Trung Thượng, Yên Lạc"
    )
    assert ocop.title == "Xây dựng 02 sản phẩm OCOP 3 sao từ bưởi"
    check_task(ocop, "Hợp tác xã Phúc Trạch", deadline="2027-12-31")
    # The yearly figures stay the tasks' targets.
    assert {t.task_number for t in plan.targets} == {oranges.number, ocop.number}


# ── 3. A time-first sentence ending on its partner ──

SURVEY = """1. Từ tháng 9 đến tháng 10/2026, Ban Thanh tra nhân dân xã chủ trì khảo sát sự hài lòng của người dân đối với chất lượng công trình đường giao thông tại 12 thôn; Ban Giám sát đầu tư của cộng đồng các thôn phối hợp.
2. Trong tháng 11/2026, Hội Cựu chiến binh xã chủ trì tổng kết phong trào giữ gìn an ninh trật tự thôn, xóm; Công an xã phối hợp.
"""


def test_the_partner_clause_that_ends_the_sentence():
    survey, review = plan_of(SURVEY).tasks
    assert survey.title == (
        "Khảo sát sự hài lòng của người dân đối với chất lượng công trình đường giao "
        "thông tại 12 thôn"
    )
    check_task(
        survey,
        "Ban Thanh tra nhân dân xã",
        ["Ban Giám sát đầu tư của cộng đồng các thôn"],
        start="2026-09-01",
        deadline="2026-10-31",
    )
    assert review.title == ("Tổng kết phong trào giữ gìn an ninh trật tự thôn, xóm")
    check_task(review, "Hội Cựu chiến binh xã", ["Công an xã"], deadline="2026-11-30")


# ── 4. Activity paragraphs under short numbered headings ──

ACTIVITIES = """1. Hỗ trợ chuyển đổi số
Đội thanh niên tình nguyện xã phối hợp với Công an xã, Trung tâm Phục vụ hành chính công xã hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến (tối thiểu 02 buổi/thôn) trong tháng 3/2026.
2. Kỷ niệm ngày thành lập Đoàn
Tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026) và tuyên dương 15 đoàn viên tiêu biểu năm 2025; Ban Chấp hành Đoàn xã chủ trì, thời gian ngày 26/3/2026, đồng chí Lò Thị V, Bí thư Đoàn xã trực tiếp chỉ đạo.
"""


@pytest.fixture(scope="module")
def activities():
    return plan_of(ACTIVITIES)


def test_a_paragraph_opening_on_its_lead_and_partners(activities):
    titles = by_title(activities)
    assert "Hỗ trợ chuyển đổi số" not in titles
    task = titles[
        "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực "
        "tuyến (tối thiểu 02 buổi/thôn)"
    ]
    check_task(
        task,
        "Đội thanh niên tình nguyện xã",
        ["Công an xã", "Trung tâm Phục vụ hành chính công xã"],
        deadline="2026-03-31",
    )


def test_a_paragraph_ending_on_its_lead_and_official(activities):
    assert len(activities.tasks) == 2
    task = activities.tasks[1]
    assert task.title == (
        "Tổ chức Lễ kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - "
        "26/3/2026) và tuyên dương 15 đoàn viên tiêu biểu năm 2025"
    )
    check_task(
        task, "Ban Chấp hành Đoàn xã", official="lo thi v", deadline="2026-03-26"
    )
