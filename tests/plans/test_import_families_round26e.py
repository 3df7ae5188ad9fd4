"""Sentences that open on their lead, of any body (round 26e,
docs/import-quality.md), tried on plans that are in no corpus: a lead whose
own name holds a comma, partners of kinds the reader did not know (Bưu
điện, Viettel, Điện lực, a company, a fund, Thanh tra Sở, a council whose
name holds a verb), a lead after a time phrase or after "Giao" / "Đề
nghị", and sentences whose subject leads nothing. The partners end where
the work's verb begins."""

from __future__ import annotations

import datetime

from plans.document_import import quality
from plans.document_import.units import units
from tests.plans.reading import read_plan

D = datetime.date

HEAD = """UBND TỈNH BÌNH ĐỊNH
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 91/KH-SNNMT
Bình Định, ngày 14 tháng 01 năm 2027

KẾ HOẠCH
Phát triển sản xuất nông nghiệp năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Hoàn thành các nhiệm vụ đúng tiến độ.
II. NHIỆM VỤ CỤ THỂ
"""

CLOSING = """III. TỔ CHỨC THỰC HIỆN
Các đơn vị thuộc Sở chủ động triển khai thực hiện.
Nơi nhận:
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Đặng Văn Tâm
"""


def rows(body: str):
    plan = read_plan(HEAD + body + CLOSING, "ke-hoach.txt")
    return [(t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks]


def test_partners_of_any_kind_end_where_the_work_begins():
    body = """1. Chi cục Chất lượng, Chế biến và Phát triển thị trường chủ trì, phối hợp với Bưu điện tỉnh, Viettel Bình Định hướng dẫn 25 hợp tác xã bán hàng trên sàn thương mại điện tử; thời gian thực hiện: Quý III/2027.
2. Chi cục Thủy lợi chủ trì, phối hợp với Điện lực Bình Định, Công ty TNHH MTV Khai thác thủy lợi tỉnh nạo vét 12 km kênh tưới; hoàn thành trước ngày 31/5/2027.
3. Chi cục Phát triển nông thôn chủ trì, phối hợp với Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh tổ chức chấm điểm 20 sản phẩm; thời gian thực hiện: tháng 10/2027.
4. Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở kiểm tra công tác quản lý tài sản công tại 5 đơn vị; hoàn thành trước ngày 30/11/2027.
5. Chi cục Kiểm lâm chủ trì tổng hợp kết quả trồng rừng năm 2027; hoàn thành trước ngày 10/12/2027.
"""
    assert rows(body) == [
        (
            "Hướng dẫn 25 hợp tác xã bán hàng trên sàn thương mại điện tử",
            "Chi cục Chất lượng, Chế biến và Phát triển thị trường",
            ["Bưu điện tỉnh", "Viettel Bình Định"],
            D(2027, 9, 30),
        ),
        (
            "Nạo vét 12 km kênh tưới",
            "Chi cục Thủy lợi",
            ["Điện lực Bình Định", "Công ty TNHH MTV Khai thác thủy lợi tỉnh"],
            D(2027, 5, 31),
        ),
        (
            "Tổ chức chấm điểm 20 sản phẩm",
            "Chi cục Phát triển nông thôn",
            ["Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh"],
            D(2027, 10, 31),
        ),
        (
            "Kiểm tra công tác quản lý tài sản công tại 5 đơn vị",
            "Văn phòng Sở",
            ["Thanh tra Sở"],
            D(2027, 11, 30),
        ),
        (
            "Tổng hợp kết quả trồng rừng năm 2027",
            "Chi cục Kiểm lâm",
            [],
            D(2027, 12, 10),
        ),
    ]


def test_a_capital_inside_a_partner_s_name_is_no_verb():
    # "Quỹ Hỗ trợ nông dân": "Hỗ trợ" written with a capital is the fund's
    # name; the work begins at "hỗ trợ" in lower case.
    body = """1. Chi cục Chăn nuôi và Thú y chủ trì, phối hợp với Ngân hàng Chính sách xã hội tỉnh, Quỹ Hỗ trợ nông dân tỉnh hỗ trợ 150 hộ nuôi bò sinh sản; thời gian thực hiện: Quý II/2027.
"""
    assert rows(body) == [
        (
            "Hỗ trợ 150 hộ nuôi bò sinh sản",
            "Chi cục Chăn nuôi và Thú y",
            ["Ngân hàng Chính sách xã hội tỉnh", "Quỹ Hỗ trợ nông dân tỉnh"],
            D(2027, 6, 30),
        )
    ]


def test_a_lead_after_a_time_phrase():
    body = """1. Năm 2027, Chi cục Phát triển nông thôn chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh xây dựng 8 chuỗi liên kết tiêu thụ nông sản.
2. Trong quý II, Trung tâm Khuyến nông tỉnh chủ trì, phối hợp với Hội Nông dân tỉnh tổ chức 4 hội thảo đầu bờ.
3. Từ tháng 3 đến tháng 4/2027, Chi cục Trồng trọt và Bảo vệ thực vật chủ trì điều tra sâu bệnh trên cây dừa.
"""
    assert rows(body) == [
        (
            "Xây dựng 8 chuỗi liên kết tiêu thụ nông sản",
            "Chi cục Phát triển nông thôn",
            ["Liên minh Hợp tác xã tỉnh"],
            D(2027, 12, 31),
        ),
        (
            "Tổ chức 4 hội thảo đầu bờ",
            "Trung tâm Khuyến nông tỉnh",
            ["Hội Nông dân tỉnh"],
            D(2027, 6, 30),
        ),
        (
            "Điều tra sâu bệnh trên cây dừa",
            "Chi cục Trồng trọt và Bảo vệ thực vật",
            [],
            D(2027, 4, 30),
        ),
    ]


def test_a_lead_after_giao_or_de_nghi():
    body = """1. Giao Chi cục Thủy sản chủ trì, phối hợp với UBND các xã, phường, đặc khu kiểm tra 80 tàu cá; thời gian thực hiện: Quý I/2027.
2. Đề nghị Hội Liên hiệp Phụ nữ tỉnh chủ trì, phối hợp với Quỹ Hỗ trợ phụ nữ phát triển tỉnh vận động 300 hội viên trồng rau sạch; thời gian thực hiện: tháng 8/2027.
3. Giao TT Khuyến nông chủ trì, phối hợp với Hội ND tỉnh tập huấn nuôi tôm cho 200 hộ; hoàn thành trước ngày 30/9/2027.
"""
    assert rows(body) == [
        (
            "Kiểm tra 80 tàu cá",
            "Chi cục Thủy sản",
            ["UBND các xã, phường, đặc khu"],
            D(2027, 3, 31),
        ),
        (
            "Vận động 300 hội viên trồng rau sạch",
            "Hội Liên hiệp Phụ nữ tỉnh",
            ["Quỹ Hỗ trợ phụ nữ phát triển tỉnh"],
            D(2027, 8, 31),
        ),
        (
            "Tập huấn nuôi tôm cho 200 hộ",
            "TT Khuyến nông",
            ["Hội ND tỉnh"],
            D(2027, 9, 30),
        ),
    ]


def test_a_sentence_whose_subject_leads_nothing_keeps_its_words():
    # A fair and a product are no body: nothing leads, nothing takes part.
    body = """1. Hội chợ nông sản tỉnh phối hợp với Tuần lễ văn hóa du lịch tổ chức tại quảng trường; thời gian thực hiện: tháng 4/2027.
2. Sản phẩm OCOP của tỉnh phối hợp quảng bá với các điểm du lịch; thời gian thực hiện: Quý III/2027.
"""
    assert rows(body) == [
        (
            "Hội chợ nông sản tỉnh phối hợp với Tuần lễ văn hóa du lịch tổ chức tại quảng trường",
            "",
            [],
            D(2027, 4, 30),
        ),
        (
            "Sản phẩm OCOP của tỉnh phối hợp quảng bá với các điểm du lịch",
            "",
            [],
            D(2027, 9, 30),
        ),
    ]


def test_a_name_continued_in_lower_case_after_a_comma_is_one_unit():
    assert units("UBND các xã, phường, đặc khu") == ["UBND các xã, phường, đặc khu"]
    assert units("Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh, Sở Công Thương") == [
        "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh",
        "Sở Công Thương",
    ]


def test_round26_and_round26e_are_default_sets():
    assert "round26" in quality.SETS
    assert "round26e" in quality.SETS
