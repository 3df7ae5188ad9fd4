"""Duties under each body's numbered heading in a province's plan (round
27h, docs/import-quality.md), tried on plans that are in no corpus: a
bracket after the body's name, plain paragraphs under the heading instead
of bullets, the duty on the heading's own line after a colon, "Đề nghị
…" and "Các sở, ban, ngành" as the body, two duties with a time each in
one paragraph, and general duties with no time."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.units import heading_body
from tests.plans.reading import read_plan

D = datetime.date

HEAD = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 31/KH-UBND
Hòa Bình, ngày 12 tháng 01 năm 2027

KẾ HOẠCH
Thực hiện Chương trình xây dựng nông thôn mới năm 2027

I. MỤC ĐÍCH, YÊU CẦU
Hoàn thành các nhiệm vụ đúng tiến độ.
"""

CLOSING = """Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Bùi Văn Khánh
"""


def rows(body: str):
    plan = read_plan(HEAD + body + CLOSING, "ke-hoach.txt")
    return [(t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks]


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("1. Sở Nông nghiệp và Môi trường (cơ quan thường trực Chương trình)",
         "Sở Nông nghiệp và Môi trường"),
        ("a) Đề nghị Ủy ban MTTQ Việt Nam tỉnh:", "Ủy ban MTTQ Việt Nam tỉnh"),
        ("3. Các sở, ban, ngành:", "Các sở, ban, ngành"),
        ("2. Sở NN&MT (cơ quan thường trực)", "Sở NN&MT"),
        # A heading that says what is done, not who does it.
        ("2. Tổ chức kiểm tra (02 đợt)", ""),
    ],
)  # fmt: skip
def test_the_body_a_heading_names_without_its_bracket(heading, body):
    assert heading_body(heading.split(" ", 1)[1]) == body


def test_bullets_under_a_heading_with_a_bracket_are_the_bodys_tasks():
    assert rows(
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Nông nghiệp và Môi trường (cơ quan thường trực Chương trình)\n"
        "- Là cơ quan thường trực, theo dõi, đôn đốc các sở, ngành thực hiện Kế hoạch.\n"
        "- Chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh ban hành Quyết định"
        " quy định chi tiết các tiêu chí xã nông thôn mới hiện đại; thời gian: Quý II/2027.\n"
        "2. Sở Xây dựng\n"
        "- Phối hợp với UBND các xã, phường hướng dẫn lập quy hoạch chung xây dựng xã;"
        " thời gian: tháng 9/2027.\n"
    ) == [
        ("Tham mưu UBND tỉnh ban hành Quyết định quy định chi tiết các tiêu chí xã"
         " nông thôn mới hiện đại", "Sở Nông nghiệp và Môi trường", ["Sở Tài chính"],
         D(2027, 6, 30)),
        ("Hướng dẫn lập quy hoạch chung xây dựng xã", "Sở Xây dựng",
         ["UBND các xã, phường"], D(2027, 9, 30)),
    ]  # fmt: skip


def test_a_paragraph_with_a_time_under_a_bodys_heading_is_its_task():
    assert rows(
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Xây dựng\n"
        "Hướng dẫn thực hiện các tiêu chí về quy hoạch, giao thông, nhà ở dân cư;"
        " thời gian: Quý IV/2027.\n"
        "2. Sở Tài chính:\n"
        "Tham mưu UBND tỉnh bố trí vốn thực hiện Chương trình theo quy định.\n"
        "Chủ trì, phối hợp với Sở Xây dựng tham mưu phân bổ vốn năm 2028 cho các xã."
        " Thời gian hoàn thành: tháng 11/2027.\n"
        "3. UBND các xã, phường\n"
        "Rà soát, cập nhật kế hoạch thực hiện các tiêu chí của địa phương;"
        " thời gian: tháng 6/2027.\n"
    ) == [
        ("Hướng dẫn thực hiện các tiêu chí về quy hoạch, giao thông, nhà ở dân cư",
         "Sở Xây dựng", [], D(2027, 12, 31)),
        ("Tham mưu phân bổ vốn năm 2028 cho các xã", "Sở Tài chính",
         ["Sở Xây dựng"], D(2027, 11, 30)),
        ("Rà soát, cập nhật kế hoạch thực hiện các tiêu chí của địa phương",
         "UBND các xã, phường", [], D(2027, 6, 30)),
    ]  # fmt: skip


def test_the_duty_on_the_headings_own_line_after_a_colon():
    assert rows(
        "III. NHIỆM VỤ\n"
        "1. Nhiệm vụ của các sở, ngành\n"
        "a) Sở Y tế: Chủ trì, phối hợp với UBND các xã, phường nâng tỷ lệ người dân"
        " tham gia bảo hiểm y tế đạt 95%; thời gian: Quý IV/2027.\n"
        "b) Các sở, ban, ngành: Chủ động triển khai các nhiệm vụ được giao.\n"
        "2. Nhiệm vụ của Mặt trận và các đoàn thể\n"
        "a) Đề nghị Ủy ban MTTQ Việt Nam tỉnh: Chủ trì vận động Nhân dân hiến đất"
        " làm đường giao thông nông thôn; thời gian: Quý III/2027.\n"
    ) == [
        ("Nâng tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%", "Sở Y tế",
         ["UBND các xã, phường"], D(2027, 12, 31)),
        ("Vận động Nhân dân hiến đất làm đường giao thông nông thôn",
         "Ủy ban MTTQ Việt Nam tỉnh", [], D(2027, 9, 30)),
    ]  # fmt: skip


def test_duties_in_one_paragraph_each_with_its_time_are_a_task_each():
    assert rows(
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Văn hóa, Thể thao và Du lịch\n"
        "Hướng dẫn xây dựng thiết chế văn hóa ở các thôn, hoàn thành trong quý"
        " III/2027; kiểm tra tiêu chí văn hóa tại 15 xã, hoàn thành trong tháng"
        " 11/2027.\n"
        "2. Sở Công Thương\n"
        "Hỗ trợ các chủ thể OCOP tham gia hội chợ; kết nối tiêu thụ nông sản;"
        " thời gian: Quý III/2027.\n"
    ) == [
        ("Hướng dẫn xây dựng thiết chế văn hóa ở các thôn",
         "Sở Văn hóa, Thể thao và Du lịch", [], D(2027, 9, 30)),
        ("Kiểm tra tiêu chí văn hóa tại 15 xã", "Sở Văn hóa, Thể thao và Du lịch",
         [], D(2027, 11, 30)),
        ("Hỗ trợ các chủ thể OCOP tham gia hội chợ", "Sở Công Thương", [],
         D(2027, 9, 30)),
    ]  # fmt: skip
