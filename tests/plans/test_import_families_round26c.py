"""The families a second blind hold-out of ordinary plans read badly (round
26c, docs/import-quality.md), tried on plans that are in no corpus: a
numbered task that is one sentence opening with its lead ("X chủ trì, phối
hợp với Y <work>; thời gian thực hiện: …", "X chủ trì tham mưu UBND tỉnh …",
"X phối hợp với Y <work>"), and a "-" line of two clauses joined by ";"
before the who/when bracket that ends it."""

from __future__ import annotations

import datetime

from plans.document_import.task_fields import _split_title
from tests.plans.reading import read_plan

D = datetime.date

HEAD = """UBND TỈNH QUẢNG BÌNH
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 77/KH-SNNMT
Quảng Bình, ngày 10 tháng 01 năm 2027

KẾ HOẠCH
Phát triển nông thôn năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Hoàn thành các nhiệm vụ đúng tiến độ.
"""

CLOSING = """Nơi nhận:
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Hà Văn Minh
"""


def rows(body: str):
    plan = read_plan(HEAD + body + CLOSING, "ke-hoach.txt")
    return [(t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks]


def test_a_sentence_that_opens_with_its_lead():
    body = """II. NHIỆM VỤ CỤ THỂ
1. Chi cục Chăn nuôi và Thú y chủ trì, phối hợp với Trạm Thú y các huyện, Hội Nông dân tỉnh giám sát dịch bệnh trên đàn lợn tại 12 xã; thời gian thực hiện: Quý III/2027.
2. Chi cục Phát triển nông thôn chủ trì tham mưu UBND tỉnh ban hành Đề án phát triển làng nghề; hoàn thành trước ngày 31/5/2027.
3. Trung tâm Khuyến nông tỉnh chủ trì, phối hợp Hội Liên hiệp Phụ nữ tỉnh và UBND các xã tổ chức 8 lớp tập huấn nuôi ong; thời gian thực hiện: tháng 7/2027.
4. Chi cục Thủy lợi phối hợp với Hạt Kiểm lâm huyện Minh Hóa kiểm tra 6 hồ chứa đầu nguồn; hoàn thành trước ngày 30/10/2027.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị thuộc Sở chủ động triển khai thực hiện.
"""
    assert rows(body) == [
        (
            "Giám sát dịch bệnh trên đàn lợn tại 12 xã",
            "Chi cục Chăn nuôi và Thú y",
            ["Trạm Thú y các huyện", "Hội Nông dân tỉnh"],
            D(2027, 9, 30),
        ),
        (
            "Tham mưu UBND tỉnh ban hành Đề án phát triển làng nghề",
            "Chi cục Phát triển nông thôn",
            [],
            D(2027, 5, 31),
        ),
        (
            "Tổ chức 8 lớp tập huấn nuôi ong",
            "Trung tâm Khuyến nông tỉnh",
            ["Hội Liên hiệp Phụ nữ tỉnh", "UBND các xã"],
            D(2027, 7, 31),
        ),
        (
            "Kiểm tra 6 hồ chứa đầu nguồn",
            "Chi cục Thủy lợi",
            ["Hạt Kiểm lâm huyện Minh Hóa"],
            D(2027, 10, 30),
        ),
    ]


def test_a_sentence_that_opens_with_no_body_keeps_its_words():
    # "Cán bộ …", "Các hộ …" are no body: the sentence stays the title.
    body = """II. NHIỆM VỤ CỤ THỂ
1. Tăng cường công tác chủ trì, phối hợp giữa các đơn vị trong kiểm tra vật tư nông nghiệp; thời gian thực hiện: Quý II/2027.
"""
    assert rows(body) == [
        (
            "Tăng cường công tác chủ trì, phối hợp giữa các đơn vị trong kiểm tra vật tư nông nghiệp",
            "",
            [],
            D(2027, 6, 30),
        )
    ]


def test_two_clauses_before_the_bracket_are_one_title():
    body = """II. NHIỆM VỤ, GIẢI PHÁP
1. Chuyển đổi số trong quản lý
- Rà soát thủ tục hành chính; công khai quy trình trên trang thông tin điện tử (Chủ trì: Văn phòng Sở; phối hợp: Trung tâm Khuyến nông tỉnh; thời gian: Quý II/2027).
- Tập huấn kỹ năng số cho công chức (Chủ trì: Văn phòng Sở; thời gian: tháng 9/2027).
"""
    assert rows(body) == [
        (
            "Rà soát thủ tục hành chính; công khai quy trình trên trang thông tin điện tử",
            "Văn phòng Sở",
            ["Trung tâm Khuyến nông tỉnh"],
            D(2027, 6, 30),
        ),
        (
            "Tập huấn kỹ năng số cho công chức",
            "Văn phòng Sở",
            [],
            D(2027, 9, 30),
        ),
    ]


def test_a_semicolon_with_no_closing_bracket_still_parts_the_description():
    assert _split_title("Quan tâm cao công tác vệ sinh; xóa bỏ các điểm rác") == (
        "Quan tâm cao công tác vệ sinh",
        "xóa bỏ các điểm rác",
    )
    assert _split_title("Số hóa hồ sơ; cập nhật dữ liệu", bracketed=True) == (
        "Số hóa hồ sơ; cập nhật dữ liệu",
        "",
    )
