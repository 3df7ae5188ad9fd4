"""A Party committee's nested plan whose a) works are assigned by the "-"
lines under them ("- Giao … chủ trì, phối hợp … thực hiện;" / "- Thời
gian: …") and whose "- <work>:" items carry "+ Đơn vị thực hiện / + Phối
hợp / + Thời hạn" lines; its draft header ("Số:" apart from "-KH/ĐU", the
"*" under the committee) and its "T/M" run into the last recipient; a
decision's attached plan whose bracket a PDF wraps before a dash, tried on
plans of my own."""

from __future__ import annotations

import pytest

from plans.document_import.assignments import assignment, item_assignment
from tests.documents.test_reader import weasyprint_pdf
from tests.plans.reading import by_title, check_task, plan_of, read_plan

# ── 1. An a) work assigned by the "-" lines under it ──

PROPAGANDA = """1. Công tác tuyên truyền
a) Tuyên truyền trên hệ thống truyền thanh xã về kết quả xây dựng nông thôn mới kiểu mẫu:
- Giao Ủy ban MTTQ xã chủ trì, phối hợp các đoàn thể chính trị - xã hội thực hiện;
- Thời gian: tháng 3 và tháng 4/2025.
b) Tổ chức hội nghị biểu dương 20 hộ gia đình tiêu biểu:
- Giao Hội Nông dân xã chủ trì, phối hợp Hội Cựu chiến binh xã tổ chức thực hiện;
- Thời gian: từ tháng 5 đến tháng 6/2025.
"""


@pytest.fixture(scope="module")
def propaganda():
    return plan_of(PROPAGANDA)


def test_the_dash_lines_are_the_works_attributes(propaganda):
    assert [t.title for t in propaganda.tasks] == [
        "Tuyên truyền trên hệ thống truyền thanh xã về kết quả xây dựng nông thôn "
        "mới kiểu mẫu",
        "Tổ chức hội nghị biểu dương 20 hộ gia đình tiêu biểu",
    ]
    radio, meeting = propaganda.tasks
    check_task(
        radio,
        "Ủy ban MTTQ xã",
        ["các đoàn thể chính trị - xã hội"],
        start="2025-03-01",
        deadline="2025-04-30",
    )
    check_task(
        meeting,
        "Hội Nông dân xã",
        ["Hội Cựu chiến binh xã"],
        start="2025-05-01",
        deadline="2025-06-30",
    )


def test_an_item_that_goes_on_to_a_work_is_no_assignment():
    assert item_assignment(
        "Giao Ủy ban MTTQ xã chủ trì, phối hợp các đoàn thể thực hiện;"
    ) == {"lead": "Ủy ban MTTQ xã", "coordinating": "các đoàn thể"}
    assert (
        item_assignment("Giao Phòng Kinh tế chủ trì làm mới 2 km đường trục xã;") == {}
    )


# ── 2. "- <work>:" items with "+" lines under "a) Về …:" ──

LAKE = """2. Hoàn thiện tiêu chí
a) Về cảnh quan, môi trường:
- Cải tạo hồ sinh thái thôn Trung, diện tích 2,4 ha:
+ Đơn vị thực hiện: Đảng ủy giao UBND xã chủ trì;
+ Phối hợp: Chi bộ thôn Trung, Ban phát triển thôn Trung;
+ Thời hạn: 30/6/2025; đồng chí Phạm Minh Tâm, Phó Bí thư Thường trực theo dõi.
b) Về văn hóa:
- Hoàn thiện hồ sơ minh chứng tiêu chí văn hóa:
+ Đơn vị thực hiện: Văn phòng Đảng ủy; phối hợp Văn phòng HĐND - UBND xã;
+ Thời hạn: tháng 7/2025.
"""


@pytest.fixture(scope="module")
def lake():
    return plan_of(LAKE)


def test_the_plus_lines_give_lead_partners_time_and_official(lake):
    titles = by_title(lake)
    assert "Về cảnh quan, môi trường" not in titles
    task = titles["Cải tạo hồ sinh thái thôn Trung, diện tích 2,4 ha"]
    check_task(
        task,
        "UBND xã",
        ["Chi bộ thôn Trung", "Ban phát triển thôn Trung"],
        official="pham minh tam",
        deadline="2025-06-30",
    )


def test_a_lead_and_its_partner_on_one_line(lake):
    task = by_title(lake)["Hoàn thiện hồ sơ minh chứng tiêu chí văn hóa"]
    check_task(task, "Văn phòng Đảng ủy", ["Văn phòng HĐND - UBND xã"])
    assert str(task.ends_on) == "2025-07-31"


def test_the_body_that_hands_the_work_out_is_no_lead():
    values = {"lead": "Đảng ủy giao UBND xã chủ trì"}
    assignment(values)
    assert values["lead"] == "UBND xã"
    # "Tuyên giáo", "Giao dịch" are no "giao".
    for lead in ("Ban Tuyên giáo Đảng ủy", "Phòng Giao dịch Ngân hàng Chính sách"):
        values = {"lead": f"{lead} chủ trì"}
        assignment(values)
        assert values["lead"] == lead


# ── 3. The draft's header and its "T/M" run into the last recipient ──

DRAFT = """ĐẢNG BỘ HUYỆN THANH SƠN
ĐẢNG ỦY XÃ VĂN MIẾU
Số:
ĐẢNG CỘNG SẢN VIỆT NAM
-KH/ĐU
* Văn Miếu, ngày    tháng 3 năm 2025

KẾ HOẠCH
Lãnh đạo xây dựng nông thôn mới nâng cao năm 2025

I. NHIỆM VỤ
1. Cải tạo hồ sinh thái thôn Đông. Văn phòng Đảng ủy chủ trì; thời hạn: 30/5/2025.

Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c);
- Lưu VPĐU.T/M BAN THƯỜNG VỤ
BÍ THƯ

Hà Văn Chiến
"""


def test_a_party_drafts_header_and_signature():
    plan = read_plan(DRAFT)
    assert (plan.number, plan.symbol) == ("", "KH/ĐU")
    assert plan.place == "Văn Miếu"
    assert (plan.issue_month, plan.issue_year) == (3, 2025)
    assert plan.signing_authority == "T/M BAN THƯỜNG VỤ"
    assert (plan.signer_title, plan.signer_name) == ("BÍ THƯ", "Hà Văn Chiến")


# ── 4. A bracket a PDF wraps before its dash ──

WRAPPED = """<html><head><style>
@page { size: A4; margin: 2cm 2cm 2cm 3cm; }
body { font-family: "Liberation Serif"; font-size: 13pt; }
p { margin: 0 0 6pt 0; text-align: justify; }
</style></head><body>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Thực hiện Chương trình nông thôn mới năm 2024</b></p>
<p><b>II. NHIỆM VỤ, GIẢI PHÁP</b></p>
<p>1. Phát triển sản xuất</p>
<p>a) Mở 06 lớp đào tạo nghề nông nghiệp cho lao động nông thôn tại các xã Ôn
Lương, Phủ Lý (Phòng Lao động - Thương binh và Xã hội chủ trì; thời gian: tháng 7
- tháng 11/2024).</p>
<p>b) Xây dựng 03 chuỗi liên kết sản xuất chè an toàn (Phòng Nông nghiệp chủ trì,
phối hợp UBND các xã Thanh Mai, Thanh Vận, Mai Lạp; thời gian: Quý III/2024).</p>
</body></html>"""


def test_a_dash_inside_an_open_bracket_goes_on_the_line():
    plan = read_plan(weasyprint_pdf(WRAPPED), "kh.pdf")
    assert [t.title for t in plan.tasks] == [
        "Mở 06 lớp đào tạo nghề nông nghiệp cho lao động nông thôn tại các xã Ôn "
        "Lương, Phủ Lý",
        "Xây dựng 03 chuỗi liên kết sản xuất chè an toàn",
    ]
    classes, tea = plan.tasks
    check_task(
        classes,
        "Phòng Lao động - Thương binh và Xã hội",
        start="2024-07-01",
        deadline="2024-11-30",
    )
    check_task(
        tea,
        "Phòng Nông nghiệp",
        ["UBND các xã Thanh Mai, Thanh Vận, Mai Lạp"],
        deadline="2024-09-30",
    )
