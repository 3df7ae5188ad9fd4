"""The family a blind hold-out of commune plans still read badly after
round 27s (round 28b, docs/import-quality.md), tried on plans that are in
no corpus: a lettered prose task that opens on its lead — "phối hợp với các
thôn <work>", "phối hợp Y <work>, thời gian hoàn thành …", a lead whose
long name holds lower-case words, the partners written after the work
("; X, Y phối hợp <work>"), a person in brackets between the lead and
"chủ trì", the shared office leading and "xong trước …" its deadline."""

from __future__ import annotations

import datetime

from tests.plans.reading import read_plan

D = datetime.date

HEAD = """ỦY BAN NHÂN DÂN
XÃ MINH TIẾN
Số: 09/KH-UBND
Minh Tiến, ngày 11 tháng 01 năm 2027

KẾ HOẠCH
Xây dựng nông thôn mới năm 2027

I. MỤC TIÊU
Phấn đấu 100% thôn có tổ tự quản đường giao thông.

II. NHIỆM VỤ, GIẢI PHÁP
1. Các nhiệm vụ trọng tâm
"""

CLOSING = """III. TỔ CHỨC THỰC HIỆN
Các phòng, ban, đoàn thể xã chủ động tổ chức thực hiện nhiệm vụ được giao.

Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Sinh
"""


def tasks(body: str):
    return read_plan(HEAD + body + CLOSING, "ke-hoach.txt").tasks


def rows(body: str):
    return [
        (t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in tasks(body)
    ]


def test_the_villages_counted_as_the_partner_before_the_work():
    body = "a) Giao Phòng Kinh tế chủ trì, phối hợp với các thôn rà soát, bổ sung danh mục 14 tuyến đường trục thôn cần cứng hóa; hoàn thành trong Quý I/2027.\n"
    assert rows(body) == [
        (
            "Rà soát, bổ sung danh mục 14 tuyến đường trục thôn cần cứng hóa",
            "Phòng Kinh tế",
            ["các thôn"],
            D(2027, 3, 31),
        )
    ]


def test_the_deadline_after_a_comma_with_its_label_and_no_colon():
    body = "b) Phòng Văn hóa - Xã hội chủ trì, phối hợp Trạm Y tế xã lập kế hoạch truyền thông về dinh dưỡng, trình UBND xã phê duyệt, thời gian hoàn thành tháng 4/2027.\n"
    assert rows(body) == [
        (
            "Lập kế hoạch truyền thông về dinh dưỡng, trình UBND xã phê duyệt",
            "Phòng Văn hóa - Xã hội",
            ["Trạm Y tế xã"],
            D(2027, 4, 30),
        )
    ]


def test_a_long_lead_and_the_partners_written_after_the_work():
    body = "a) Ban Quản lý dự án đầu tư xây dựng khu vực xã Minh Tiến chủ trì nâng cấp 2,5 km đường nội đồng thôn Khe Hẩu; Phòng Kinh tế, Hội Nông dân xã phối hợp vận động nhân dân hiến đất. Hoàn thành trước ngày 31/8/2027.\n"
    assert rows(body) == [
        (
            "Nâng cấp 2,5 km đường nội đồng thôn Khe Hẩu",
            "Ban Quản lý dự án đầu tư xây dựng khu vực xã Minh Tiến",
            ["Phòng Kinh tế", "Hội Nông dân xã"],
            D(2027, 8, 31),
        )
    ]


def test_a_person_in_brackets_between_the_lead_and_chu_tri():
    body = "b) Đoàn Thanh niên xã (đồng chí Lý Văn Tài, Bí thư Đoàn phụ trách) chủ trì, phối hợp với Công an xã tổ chức 02 đợt tuyên truyền phòng, chống ma túy; hoàn thành tháng 6/2027.\n"
    [task] = tasks(body)
    assert (task.title, task.lead_text, task.coordinating_units, task.ends_on) == (
        "Tổ chức 02 đợt tuyên truyền phòng, chống ma túy",
        "Đoàn Thanh niên xã",
        ["Công an xã"],
        D(2027, 6, 30),
    )
    assert task.official_text == "Lý Văn Tài, Bí thư Đoàn"


def test_the_shared_office_leads_and_xong_truoc_is_the_deadline():
    body = "c) Văn phòng HĐND và UBND xã chủ trì, phối hợp Phòng Kinh tế sắp xếp lại kho lưu trữ hồ sơ của xã; xong trước 31/5/2027.\n"
    assert rows(body) == [
        (
            "Sắp xếp lại kho lưu trữ hồ sơ của xã",
            "Văn phòng HĐND và UBND xã",
            ["Phòng Kinh tế"],
            D(2027, 5, 31),
        )
    ]
