"""A cooperative's plan whose tasks are unnumbered paragraphs that name
their responsible body inside the sentence ("Tổ kỹ thuật do anh … phụ
trách sẽ tập huấn …", "… đảm nhận việc …", "… chịu trách nhiệm …"), pasted
into an e-mail or not; and a commune's plan by criterion whose deadlines end
the sentence ("thực hiện từ tháng 3/2027, xong trước 30/6/2027"), tried on
plans of my own."""

from __future__ import annotations

import pytest

from plans.document_import.timeframes import time_range
from tests.plans.reading import by_title, check_task, plan_of, read_plan

# ── 1. Unnumbered paragraphs, the body inside the sentence ──

DUTIES = """Năm 2026, Ban Giám đốc Hợp tác xã sẽ chủ trì liên kết bao tiêu 150 ha lúa chất lượng cao tại các ấp Tân Lập, Tân Thành, phối hợp với Phòng Kinh tế xã, hoàn thành trước vụ Thu Đông (tháng 7/2026).
Tổ dịch vụ bảo vệ thực vật do chị Nguyễn Thị Kim Loan phụ trách sẽ hướng dẫn 120 hộ thành viên sử dụng thuốc sinh học, thực hiện từ tháng 3/2026 đến tháng 5/2026, có sự phối hợp của Trạm Khuyến nông khu vực.
Bộ phận tiếp thị của Hợp tác xã đảm nhận việc đăng ký nhãn hiệu tập thể cho sản phẩm nếp cái hoa vàng trong Quý IV/2026.
Tổ thủy nông chịu trách nhiệm tu bổ 3 cống đầu kênh ở cánh đồng Mả Lạng, phối hợp với Ban nhân dân ấp Tân Lập, hoàn thành trước ngày 20/4/2026.
Tổ vật tư được giao cung ứng giống lúa xác nhận cho thành viên, hoàn thành trong tháng 01/2026.
Ngoài ra, Ban kiểm soát Hợp tác xã theo dõi, kiểm tra việc thực hiện và báo cáo Đại hội thành viên cuối năm.
Ban kiểm soát có trách nhiệm giám sát việc thực hiện Kế hoạch này.
"""


@pytest.fixture(scope="module")
def duties():
    return plan_of(DUTIES)


def test_a_body_that_will_lead_the_work(duties):
    task = by_title(duties)[
        "Liên kết bao tiêu 150 ha lúa chất lượng cao tại các ấp Tân Lập, Tân Thành"
    ]
    check_task(
        task, "Ban Giám đốc Hợp tác xã", ["Phòng Kinh tế xã"], deadline="2026-07-31"
    )


def test_a_body_in_a_persons_charge(duties):
    task = by_title(duties)["Hướng dẫn 120 hộ thành viên sử dụng thuốc sinh học"]
    check_task(
        task,
        "Tổ dịch vụ bảo vệ thực vật",
        ["Trạm Khuyến nông khu vực"],
        official="nguyen thi kim loan",
        start="2026-03-01",
        deadline="2026-05-31",
    )


def test_a_body_of_the_cooperative_that_takes_on_the_work(duties):
    task = by_title(duties)["Đăng ký nhãn hiệu tập thể cho sản phẩm nếp cái hoa vàng"]
    check_task(task, "Bộ phận tiếp thị", deadline="2026-12-31")


def test_a_body_responsible_or_assigned(duties):
    titles = by_title(duties)
    check_task(
        titles["Tu bổ 3 cống đầu kênh ở cánh đồng Mả Lạng"],
        "Tổ thủy nông",
        ["Ban nhân dân ấp Tân Lập"],
        deadline="2026-04-20",
    )
    check_task(
        titles["Cung ứng giống lúa xác nhận cho thành viên"],
        "Tổ vật tư",
        deadline="2026-01-31",
    )


def test_who_monitors_the_plan_is_no_task(duties):
    assert len(duties.tasks) == 5
    assert not [t for t in duties.tasks if "kiểm soát" in t.lead_text]


MAILED = """**Từ:** Võ Thanh Tùng <htxmyan@gmail.com>
**Gửi:** UBND xã Mỹ An
**Tiêu đề:** Kế hoạch năm 2026 của HTX

Kính gửi UBND xã,

HTX gửi kế hoạch năm 2026 để xã tổng hợp.

Trân trọng.

---

HỢP TÁC XÃ NÔNG NGHIỆP MỸ AN

Số: 05/KH-HTX

Mỹ An, ngày 08 tháng 01 năm 2026

# KẾ HOẠCH

## Sản xuất lúa hữu cơ năm 2026

Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20/6/2023;

Hợp tác xã xây dựng kế hoạch như sau:

Tổ kỹ thuật do anh Lâm Văn Bé phụ trách sẽ tập huấn canh tác lúa hữu cơ cho 90 hộ thành viên, thực hiện từ tháng 02/2026 đến tháng 4/2026, có sự phối hợp của Trung tâm Dịch vụ nông nghiệp.

Ban quản trị Hợp tác xã chịu trách nhiệm ký hợp đồng tiêu thụ lúa hữu cơ với Công ty TNHH Gạo Xanh, hoàn thành trong tháng 6/2026.

Ban kiểm soát Hợp tác xã có trách nhiệm giám sát việc thực hiện kế hoạch.

**Nơi nhận:**
- UBND xã (b/c);
- Lưu: VT.

**GIÁM ĐỐC**

Võ Thanh Tùng
"""


def test_a_mailed_plan_with_no_sections():
    plan = read_plan(MAILED, "thu.md")
    training, contract = plan.tasks
    assert training.title == "Tập huấn canh tác lúa hữu cơ cho 90 hộ thành viên"
    check_task(
        training,
        "Tổ kỹ thuật",
        ["Trung tâm Dịch vụ nông nghiệp"],
        official="lam van be",
        deadline="2026-04-30",
    )
    assert contract.title == (
        "Ký hợp đồng tiêu thụ lúa hữu cơ với Công ty TNHH Gạo Xanh"
    )
    check_task(contract, "Ban quản trị Hợp tác xã", deadline="2026-06-30")
    # Who monitors the plan is kept as its organisation, no task.
    assert any(s.heading.startswith("Ban kiểm soát") for s in plan.sections)


# ── 2. Deadlines that end a criterion's sentence ──


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("thực hiện từ tháng 3/2027, xong trước 30/6/2027", "2027-03-01", "2027-06-30"),
        (
            "từ tháng 02/2027, hoàn thành trước ngày 15/5/2027",
            "2027-02-01",
            "2027-05-15",
        ),
        ("hoàn thành trong tháng 8/2027", "2027-08-01", "2027-08-31"),
        ("hoàn thành Quý III/2027", "2027-07-01", "2027-09-30"),
    ],
)
def test_a_time_that_ends_the_sentence(text, start, end):
    first, last = time_range(text, default_year=2027)
    assert (str(first), str(last)) == (start, end)


CRITERIA = """1. Tiêu chí số 2 - Giao thông
1.1. Nâng cấp 2,5 km đường liên thôn Bắc Sơn - Nam Sơn. Phòng Kinh tế chủ trì, phối hợp Ban phát triển các thôn Bắc Sơn, Nam Sơn; thực hiện từ tháng 4/2027, xong trước 31/7/2027.
2. Tiêu chí số 18 - Hệ thống chính trị
2.1. Tuyên truyền Luật Phổ biến, giáo dục pháp luật tại các thôn. Công an xã chủ trì, phối hợp Ủy ban Mặt trận Tổ quốc xã; thường xuyên.
"""


def test_a_criterion_over_its_works():
    road, law = plan_of(CRITERIA).tasks
    assert road.title == "Nâng cấp 2,5 km đường liên thôn Bắc Sơn - Nam Sơn"
    check_task(
        road,
        "Phòng Kinh tế",
        ["Ban phát triển các thôn Bắc Sơn, Nam Sơn"],
        start="2027-04-01",
        deadline="2027-07-31",
    )
    check_task(law, "Công an xã", ["Ủy ban Mặt trận Tổ quốc xã"])
    assert law.ends_on.month == 12 and law.ends_on.day == 31
