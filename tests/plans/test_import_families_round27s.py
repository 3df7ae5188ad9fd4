"""The family a blind hold-out of commune plans read badly (round 27s,
docs/import-quality.md), tried on plans that are in no corpus: a task in
numbered prose written as one sentence whose subject is its lead — "X
<work>" with no "chủ trì", "Giao X chủ trì, phối hợp với Ban … các thôn A,
B, C <work>", "X phối hợp với Y <work>" — its deadline in a trailing
clause, the person who follows it in a sentence after it; and the
sentences that are no task (aims, general duties); and a commune's body
("Hội Cựu chiến binh xã") never matched to the province's."""

from __future__ import annotations

import datetime

from plans.document_import.matching import AgencyMatcher
from tests.factories import AgencyFactory, commune, province
from tests.plans.reading import read_plan
from villages.models import Agency

D = datetime.date

HEAD = """ỦY BAN NHÂN DÂN
XÃ ĐỊNH HÓA
Số: 15/KH-UBND
Định Hóa, ngày 05 tháng 01 năm 2027

KẾ HOẠCH
Xây dựng nông thôn mới năm 2027

I. MỤC TIÊU
Phấn đấu 100% hộ gia đình phân loại rác tại nguồn.
"""

CLOSING = """Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Văn Tám
"""


def rows(body: str):
    plan = read_plan(HEAD + body + CLOSING, "ke-hoach.txt")
    return [(t.title, t.lead_text, t.coordinating_units, t.ends_on) for t in plan.tasks]


def test_the_lead_straight_before_the_work():
    body = """II. NHIỆM VỤ, GIẢI PHÁP
1. Lĩnh vực môi trường
a) Đoàn Thanh niên xã thành lập 05 đội thanh niên tình nguyện dọn vệ sinh kênh mương; thời gian: Quý I/2027.
b) Phòng Văn hóa - Xã hội tham mưu UBND xã công nhận 06 thôn đạt chuẩn văn hóa; thời gian hoàn thành tháng 11/2027.
c) Hội Người cao tuổi xã duy trì 08 câu lạc bộ dưỡng sinh, hoàn thành trước 30/9/2027.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội là cơ quan thường trực, theo dõi, tổng hợp, báo cáo kết quả về UBND xã.
2. Các phòng, ban, đoàn thể xã chủ động tổ chức thực hiện nhiệm vụ được giao.
"""
    assert rows(body) == [
        (
            "Thành lập 05 đội thanh niên tình nguyện dọn vệ sinh kênh mương",
            "Đoàn Thanh niên xã",
            [],
            D(2027, 3, 31),
        ),
        (
            "Tham mưu UBND xã công nhận 06 thôn đạt chuẩn văn hóa",
            "Phòng Văn hóa - Xã hội",
            [],
            D(2027, 11, 30),
        ),
        (
            "Duy trì 08 câu lạc bộ dưỡng sinh",
            "Hội Người cao tuổi xã",
            [],
            D(2027, 9, 30),
        ),
    ]


def test_the_partner_named_with_its_villages_and_the_lead_before_phoi_hop():
    body = """II. NHIỆM VỤ CỤ THỂ
1. Giao Công an xã chủ trì, phối hợp với Ban công tác Mặt trận các thôn Bản Vẻn, Phố Ràng, Nà Khà tuyên truyền phòng, chống ma túy tại 03 thôn; hoàn thành trước ngày 31/7/2027.
2. Hội Nông dân xã phối hợp với Đoàn Thanh niên xã ra quân nạo vét 4 km kênh nội đồng, hoàn thành trong Quý II/2027.
"""
    assert rows(body) == [
        (
            "Tuyên truyền phòng, chống ma túy tại 03 thôn",
            "Công an xã",
            ["Ban công tác Mặt trận các thôn Bản Vẻn, Phố Ràng, Nà Khà"],
            D(2027, 7, 31),
        ),
        (
            "Ra quân nạo vét 4 km kênh nội đồng",
            "Hội Nông dân xã",
            ["Đoàn Thanh niên xã"],
            D(2027, 6, 30),
        ),
    ]


def test_the_person_who_follows_the_task_is_no_part_of_its_title():
    body = """II. NHIỆM VỤ CỤ THỂ
- Trạm Y tế xã tiêm chủng đầy đủ cho 120 trẻ dưới 1 tuổi, trước ngày 30/11/2027; giao đồng chí Lường Văn Pọm - Phó Chủ tịch UBND xã theo dõi.
- Phòng Kinh tế kiểm tra 14 cơ sở kinh doanh thực phẩm, hoàn thành trong Quý III/2027. Đồng chí Lò Thị Hoa - Phó Chủ tịch UBND xã trực tiếp chỉ đạo.
"""
    assert rows(body) == [
        (
            "Tiêm chủng đầy đủ cho 120 trẻ dưới 1 tuổi",
            "Trạm Y tế xã",
            [],
            D(2027, 11, 30),
        ),
        (
            "Kiểm tra 14 cơ sở kinh doanh thực phẩm",
            "Phòng Kinh tế",
            [],
            D(2027, 9, 30),
        ),
    ]


def test_a_sentence_that_gives_a_body_no_work_keeps_its_words():
    # "X là …", "X có …": no verb of work after the body; "Cán bộ, công
    # chức …" names no body the sentence's grammar closes.
    body = """II. NHIỆM VỤ CỤ THỂ
1. Hội Cựu chiến binh xã là thành viên Ban Chỉ đạo xây dựng nông thôn mới xã, hoàn thành trước 30/6/2027.
2. Cán bộ, công chức xã gương mẫu thực hiện phân loại rác, hoàn thành trước 30/6/2027.
"""
    titles_and_leads = [(t, lead) for t, lead, _, _ in rows(body)]
    assert titles_and_leads == [
        (
            "Hội Cựu chiến binh xã là thành viên Ban Chỉ đạo xây dựng nông thôn mới xã",
            "",
        ),
        ("Cán bộ, công chức xã gương mẫu thực hiện phân loại rác", ""),
    ]


def test_a_communes_body_is_never_matched_to_the_provinces(db):
    ha_giang = province("Hà Giang")
    hoang_thu_pho = commune(ha_giang, "Hoàng Thu Phố")
    AgencyFactory(area=ha_giang, name="Hội Cựu chiến binh tỉnh Hà Giang")
    matcher = AgencyMatcher(Agency.objects.select_related("area"), home=hoang_thu_pho)
    # Proposed new, not the province's association.
    assert matcher.best("Hội Cựu chiến binh xã").agency is None
    own = AgencyFactory(area=hoang_thu_pho, name="Hội Cựu chiến binh xã Hoàng Thu Phố")
    matcher = AgencyMatcher(Agency.objects.select_related("area"), home=hoang_thu_pho)
    assert matcher.best("Hội Cựu chiến binh xã").agency == own
