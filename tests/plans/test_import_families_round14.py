"""The families that round 14 found (docs/import-quality.md), tried on
plans that are in no corpus: a time column headed by the year or the moment
the work is done ("Năm hoàn thành", "Thời điểm thực hiện") holding bare
years."""

from __future__ import annotations

import datetime

import pytest

from tests.documents.docx_parts import tbl, tc
from tests.plans.reading import read_plan, word_plan

D = datetime.date


@pytest.mark.parametrize(
    "label",
    ["Năm hoàn thành", "Năm thực hiện", "Thời điểm hoàn thành", "Thời điểm thực hiện"],
)
def test_a_year_column_named_by_its_moment_times_its_rows(label):
    plan = read_plan(
        word_plan(
            tbl(
                [tc("TT"), tc("Nội dung"), tc("Đơn vị chủ trì"), tc(label)],
                [
                    tc("1"),
                    tc("Kiên cố hóa 800 m kênh tưới thôn Bản Lầu"),
                    tc("Hợp tác xã nông nghiệp"),
                    tc("2026"),
                ],
                [
                    tc("2"),
                    tc("Xây mới nhà văn hóa thôn Nà Sản"),
                    tc("Phòng Văn hóa - Xã hội"),
                    tc("2027"),
                ],
            )
        ),
        "ke-hoach.docx",
    )
    assert [(t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("Hợp tác xã nông nghiệp", D(2026, 12, 31)),
        ("Phòng Văn hóa - Xã hội", D(2027, 12, 31)),
    ]


def test_the_number_in_a_header_text_box_is_the_plans():
    from tests.documents.docx_parts import docx, p
    from tests.documents.test_text_boxes import vml

    plan = read_plan(
        docx(
            p(
                extra=vml("ỦY BAN NHÂN DÂN", "XÃ NẬM KHẮT", "Số: 41/KH-UBND")
                + vml(
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                )
            ),
            p("Nậm Khắt, ngày 09 tháng 3 năm 2026"),
            p("KẾ HOẠCH"),
            p("Duy trì tiêu chí môi trường năm 2026"),
            p("I. NHIỆM VỤ"),
            p("1. Thu gom rác thải tại 6 bản. Chủ trì: Hội Phụ nữ xã."),
            p("TM. ỦY BAN NHÂN DÂN"),
            p("CHỦ TỊCH"),
            p("Giàng A Páo"),
        ),
        "ke-hoach.docx",
    )
    assert (plan.number, plan.symbol, plan.issued_on) == (
        "41",
        "KH-UBND",
        D(2026, 3, 9),
    )


LETTER = (
    "UBND HUYỆN KỲ SƠN\n"
    "VĂN PHÒNG ĐIỀU PHỐI\n"
    "CHƯƠNG TRÌNH MTQG\n"
    "Số: 27/VPĐP\n"
    "V/v đôn đốc hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn.\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Kỳ Sơn, ngày 02 tháng 6 năm 2026\n"
    "Kính gửi: UBND các xã Mỹ Lý, Bắc Lý.\n"
    "Văn phòng Điều phối đề nghị các xã khẩn trương hoàn thiện hồ sơ./.\n"
    "CHÁNH VĂN PHÒNG\n"
    "Lữ Văn Quang\n"
)


def test_a_letters_subject_is_its_title_and_its_office_wraps_over_lines():
    plan = read_plan(LETTER, "cong-van.txt")
    assert plan.title == "Đôn đốc hoàn thiện hồ sơ đề nghị xét công nhận xã đạt chuẩn"
    assert plan.issuer_text == "VĂN PHÒNG ĐIỀU PHỐI CHƯƠNG TRÌNH MTQG"
    assert (plan.number, plan.symbol) == ("27", "VPĐP")
