"""The families that round 10 found (docs/import-quality.md), each tried on a
plan that is in no corpus: a bracket of units then a time with no verb
("(P.KT, HTX NN Tân Hòa; Quý II/2026)"); a lead label whose value names the
lead, then its partners ("Đơn vị thực hiện: X; phối hợp Y, Z"); times over
two years ("Năm 2026-2027"), several months of every year ("Tháng 6 và tháng
12 hằng năm") and "Định kỳ 6 tháng"; a Google Docs Markdown export (escapes,
lists nested by three spaces); leads given by reference in the organisation
part ("chủ trì các nhiệm vụ tại mục 1, 3 Phần II"); a PDF's running header
and page numbers copied into the text."""

from __future__ import annotations

import datetime

from ntm.documents import read_document
from plans.document_import.task_references import references_in
from plans.document_import.timeframes import time_range
from tests.plans.reading import TAIL, by_title, plan_of, read_plan


def test_a_bracket_of_units_then_a_time_gives_lead_partners_and_time():
    plan = plan_of(
        "1. Tiêu chí số 7 - Cơ sở hạ tầng thương mại nông thôn\n"
        "- Cải tạo chợ trung tâm xã (BQL chợ, P.KT; Quý II/2026).\n"
        "- Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử (ĐTN, Hội LHPN, HTX Tân Hòa; định kỳ 6 tháng).\n"
        "- Lắp đặt biển báo giao thông (Công an xã; tháng 8/2026).\n"
        "- Trồng cây xanh ven đường (keo lai, lát hoa; năm 2026).\n"
    )
    tasks = by_title(plan)
    market = tasks["Cải tạo chợ trung tâm xã"]
    assert (market.lead_text, market.coordinating_units) == ("BQL chợ", ["P.KT"])
    assert market.ends_on == datetime.date(2026, 6, 30)
    training = tasks["Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử"]
    assert training.lead_text == "ĐTN"
    assert training.coordinating_units == ["Hội LHPN", "HTX Tân Hòa"]
    assert training.ends_on == datetime.date(2026, 12, 31)
    assert tasks["Lắp đặt biển báo giao thông"].lead_text == "Công an xã"
    # A bracket that names no unit stays in the title.
    assert "Trồng cây xanh ven đường (keo lai, lát hoa; năm 2026)" in tasks


def test_a_lead_label_naming_the_lead_then_its_partners():
    plan = plan_of(
        "1. Sửa chữa nhà văn hóa thôn Nà Pục.\n"
        "- Đơn vị thực hiện: Ban Quản lý dự án xã; phối hợp Ban phát triển thôn Nà Pục, Hội Cựu chiến binh xã.\n"
        "- Thời gian thực hiện: Quý III/2026.\n"
        "2. Mở lớp xóa mù chữ cho phụ nữ.\n"
        "- Đơn vị thực hiện: Hội LHPN xã, phối hợp Trường Tiểu học xã.\n"
    )
    tasks = by_title(plan)
    house = tasks["Sửa chữa nhà văn hóa thôn Nà Pục"]
    assert house.lead_text == "Ban Quản lý dự án xã"
    assert house.coordinating_units == [
        "Ban phát triển thôn Nà Pục",
        "Hội Cựu chiến binh xã",
    ]
    school = tasks["Mở lớp xóa mù chữ cho phụ nữ"]
    assert (school.lead_text, school.coordinating_units) == (
        "Hội LHPN xã",
        ["Trường Tiểu học xã"],
    )


def test_times_over_two_years_several_months_and_every_six_months():
    year = 2026
    assert time_range("Năm 2026-2027", default_year=year) == (
        datetime.date(2026, 1, 1),
        datetime.date(2027, 12, 31),
    )
    assert time_range("Từ năm 2026 đến năm 2028", default_year=year) == (
        datetime.date(2026, 1, 1),
        datetime.date(2028, 12, 31),
    )
    assert time_range("năm 2026 - 2027", default_year=year)[1] == (
        datetime.date(2027, 12, 31)
    )
    assert time_range("Tháng 3 và tháng 9 hằng năm", default_year=year) == (
        datetime.date(2026, 3, 1),
        datetime.date(2026, 9, 30),
    )
    assert time_range("Định kỳ 6 tháng", default_year=year) == (
        datetime.date(2026, 1, 1),
        datetime.date(2026, 12, 31),
    )
    # A span that runs backwards is no span.
    assert time_range("Năm 2027-2026", default_year=None) is None


# Two trailing spaces (a soft break in Markdown) are written "|" here.
GOOGLE_DOCS = r"""**ỦY BAN NHÂN DÂN**|
**XÃ TÂN HÒA**

Số: 31/KH-UBND

*Tân Hòa, ngày 10 tháng 6 năm 2026*

**KẾ HOẠCH**|
**Phát triển sản phẩm OCOP năm 2026**

UBND xã Tân Hòa ban hành Kế hoạch như sau:

**I\. MỤC TIÊU**

* Có thêm 02 sản phẩm OCOP 3 sao.

**II\. NHIỆM VỤ**

1. **Hoàn thiện bao bì, nhãn mác sản phẩm miến dong**|
   * Chủ trì: HTX Tân Hòa|
   * Phối hợp: P.KT, ĐTN|
   * Thời gian: Quý III/2026|
2. **Đăng ký đánh giá, phân hạng sản phẩm**|
   * Chủ trì: P.KT|
   * Thời gian: Tháng 10/2026

**III\. TỔ CHỨC THỰC HIỆN**

Các đơn vị báo cáo UBND xã\.

**TM. ỦY BAN NHÂN DÂN**|
**CHỦ TỊCH**

**Lò Thị Hoa**
""".replace("|\n", "  \n")


def test_a_google_docs_markdown_export_with_escapes_and_nested_lists():
    plan = read_plan(GOOGLE_DOCS, "ocop.md")
    tasks = by_title(plan)
    assert list(tasks) == [
        "Hoàn thiện bao bì, nhãn mác sản phẩm miến dong",
        "Đăng ký đánh giá, phân hạng sản phẩm",
    ]
    packaging = tasks["Hoàn thiện bao bì, nhãn mác sản phẩm miến dong"]
    assert packaging.lead_text == "HTX Tân Hòa"
    assert packaging.coordinating_units == ["P.KT", "ĐTN"]
    assert packaging.ends_on == datetime.date(2026, 9, 30)
    assert tasks["Đăng ký đánh giá, phân hạng sản phẩm"].lead_text == "P.KT"


def test_markdown_escapes_are_not_text_inside_bold():
    document = read_document(
        "x.md", "**II\\. NHIỆM VỤ**\n\n   * VP HĐND\\-UBND\n".encode()
    )
    heading, item = document.blocks
    assert heading.text == "II. NHIỆM VỤ" and heading.runs[0].bold
    assert item.text == "* VP HĐND-UBND" and item.indent > 0


REFERENCES = """ỦY BAN NHÂN DÂN
XÃ NA RÌ
Số: 40/KH-UBND
Na Rì, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Giữ vững tiêu chí môi trường năm 2026
UBND xã Na Rì ban hành Kế hoạch như sau:
I. MỤC TIÊU
Giữ vững tiêu chí số 17.
II. NHIỆM VỤ
1. Thu gom rác thải tại 9 thôn.
2. Trồng 3 km hàng rào xanh.
3. Cải tạo 02 ao tù, kênh mương.
4. Kiểm tra vệ sinh an toàn thực phẩm (Trạm Y tế xã chủ trì).
III. TỔ CHỨC THỰC HIỆN
1. Phòng Kinh tế chủ trì thực hiện các nhiệm vụ tại mục 1 và mục 3 Phần II.
2. Hội Liên hiệp Phụ nữ xã: Chủ trì nhiệm vụ tại mục 2 Phần II; phối hợp thực hiện các nhiệm vụ tại mục 1-3.
3. Đoàn Thanh niên xã: Chủ trì nhiệm vụ tại mục 4 Phần II.
4. Văn phòng HĐND và UBND xã tổng hợp, báo cáo theo mục 3 Phần này.
""" + TAIL.split("\n", 2)[2]


def test_leads_and_partners_given_by_the_tasks_numbers_in_the_organisation_part():
    plan = read_plan(REFERENCES, "x.txt")
    leads = {t.number: (t.lead_text, t.coordinating_units) for t in plan.tasks}
    assert leads == {
        "1": ("Phòng Kinh tế", ["Hội Liên hiệp Phụ nữ xã"]),
        "2": ("Hội Liên hiệp Phụ nữ xã", []),
        "3": ("Phòng Kinh tế", ["Hội Liên hiệp Phụ nữ xã"]),
        # The lead the task states itself stays.
        "4": ("Trạm Y tế xã", []),
    }


def test_a_pdfs_running_header_and_page_numbers_are_page_furniture():
    text = REFERENCES.replace(
        "3. Cải tạo 02 ao tù, kênh mương.\n",
        "3. Cải tạo 02 ao tù, kênh mương.\n"
        "Kế hoạch số 40/KH-UBND ngày 12/3/2026 của UBND xã Na Rì\n"
        "- 2 -\n",
    ).replace("Lò Văn Tư\n", "Lò Văn Tư\nTrang 3/3\n")
    plan = read_plan(text, "x.txt")
    furniture = [s.text for s in plan.source if s.used == "đầu trang, số trang"]
    assert furniture == [
        "Kế hoạch số 40/KH-UBND ngày 12/3/2026 của UBND xã Na Rì",
        "- 2 -",
        "Trang 3/3",
    ]
    assert all(s.used for s in plan.source)
    assert [t.title for t in plan.tasks][2] == "Cải tạo 02 ao tù, kênh mương"
    # Another plan's number is a plan, not this one's running header.
    other = REFERENCES.replace(
        "UBND xã Na Rì ban hành",
        "Kế hoạch số 12/KH-UBND ngày 02/01/2026 của UBND tỉnh.\nUBND xã Na Rì ban hành",
    )
    plan = read_plan(other, "x.txt")
    assert not any(s.used == "đầu trang, số trang" for s in plan.source)


def test_a_plan_never_on_pages_keeps_its_lines_that_look_like_page_furniture():
    # A sentence naming the plan itself, said once, and a figure on a line of
    # its own are the body's, in a text that shows no page at all.
    plan = plan_of(
        "1. Rà soát hộ nghèo, UBND xã chủ trì, quý III/2026.\n"
        "Kế hoạch số 12/KH-UBND thay thế Kế hoạch số 5/KH-UBND năm 2025.\n"
        "2. Làm mới đường trục thôn Nà Lài, tổng chiều dài (km):\n"
        "12\n"
        "3. Rà soát hộ nghèo.\n"
    )
    assert plan.number == "12"
    kept = [s.text for s in plan.source if s.used != "đầu trang, số trang"]
    assert "Kế hoạch số 12/KH-UBND thay thế Kế hoạch số 5/KH-UBND năm 2025." in kept
    assert "12" in kept
    # The same lines repeated as a PDF's running header over pages 2 and 3
    # are page furniture.
    paged = REFERENCES.replace(
        "2. Trồng 3 km hàng rào xanh.\n",
        "2. Trồng 3 km hàng rào xanh.\nKế hoạch số 40/KH-UBND\n2\n",
    ).replace(
        "4. Kiểm tra vệ sinh",
        "Kế hoạch số 40/KH-UBND\n3\n4. Kiểm tra vệ sinh",
    )
    plan = read_plan(paged, "x.txt")
    furniture = [s.text for s in plan.source if s.used == "đầu trang, số trang"]
    assert furniture == ["Kế hoạch số 40/KH-UBND", "2", "Kế hoạch số 40/KH-UBND", "3"]
    assert [t.title for t in plan.tasks][1:3] == [
        "Trồng 3 km hàng rào xanh",
        "Cải tạo 02 ao tù, kênh mương",
    ]


def test_a_range_of_tasks_too_wide_for_any_plan_is_not_counted_out():
    # "mục 1-99999999999" once filled memory with every number between.
    assert references_in(
        "1. Phòng Kinh tế: Chủ trì thực hiện các nhiệm vụ tại mục 1-99999999999 Phần II"
    ) == [("Phòng Kinh tế", "lead", "II", ["1", "99999999999"])]
    assert references_in(
        "2. Hội Nông dân xã: Chủ trì nhiệm vụ tại mục 2 đến 5 Phần II"
    ) == [("Hội Nông dân xã", "lead", "II", ["2", "3", "4", "5"])]
    plan = read_plan(
        REFERENCES.replace("tại mục 1-3.", "tại mục 1-99999999999."), "x.txt"
    )
    leads = {t.number: (t.lead_text, t.coordinating_units) for t in plan.tasks}
    assert leads["1"] == ("Phòng Kinh tế", ["Hội Liên hiệp Phụ nữ xã"])
    assert leads["3"] == ("Phòng Kinh tế", [])
