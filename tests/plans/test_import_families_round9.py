"""The families that round 9 found (docs/import-quality.md), each tried on a
plan that is in no corpus: work listed under the body that carries it out
("1. Phòng Văn hóa - Xã hội:" over "-" items) and a partner named before
the verb ("Phối hợp với Trạm Y tế xã tổ chức …"); a deadline that ends the
task's sentence; days typed "15-6-2026" / "30.9.2026"; a plan pasted from
Zalo (emoji bullets, keycap numbers, a basis after an emoji); a table header
of two rows; headings in Word's "Heading N" styles with no number; a Party
committee's header."""

from __future__ import annotations

import datetime

from ntm.text import fold
from plans.document_import.timeframes import time_range
from plans.document_import.units import body_named
from tests.documents.docx_parts import docx, p, tbl, tc
from tests.plans.reading import TAIL, by_title, plan_of, read_plan


def test_the_body_a_heading_names_leads_the_items_under_it():
    plan = plan_of(
        "1. Phòng Văn hóa - Xã hội:\n"
        "- Rà soát hộ nghèo đa chiều; thời gian hoàn thành: Quý I/2026.\n"
        "- Phối hợp với Trạm Y tế xã tổ chức khám sức khỏe cho người cao tuổi; "
        "thời gian hoàn thành: tháng 10/2026.\n"
        "2. Đối với Công an xã\n"
        "- Ra mắt 02 tổ an ninh tự quản; thời gian hoàn thành: tháng 8/2026.\n"
        "- Tuyên truyền phòng, chống ma túy (Đoàn Thanh niên xã chủ trì; Quý III/2026).\n"
        "3. Phòng, chống dịch bệnh:\n"
        "- Tiêm phòng cho đàn trâu, bò; thời gian hoàn thành: tháng 4/2026.\n"
    )
    tasks = by_title(plan)
    assert tasks["Rà soát hộ nghèo đa chiều"].lead_text == "Phòng Văn hóa - Xã hội"
    # The partner named before the verb is no part of the title (round 25a).
    partner = tasks["Tổ chức khám sức khỏe cho người cao tuổi"]
    assert partner.lead_text == "Phòng Văn hóa - Xã hội"
    assert partner.coordinating_units == ["Trạm Y tế xã"]
    assert tasks["Ra mắt 02 tổ an ninh tự quản"].lead_text == "Công an xã"
    # A lead the item states itself wins over the heading's.
    assert tasks["Tuyên truyền phòng, chống ma túy"].lead_text == "Đoàn Thanh niên xã"
    # "Phòng, chống …" is an act, not the "Phòng" of a commune.
    assert tasks["Tiêm phòng cho đàn trâu, bò"].lead_text == ""
    assert len(plan.tasks) == 5


def test_only_a_heading_that_is_a_bodys_name_names_a_lead():
    assert body_named("Sở Nông nghiệp và Môi trường:") == "Sở Nông nghiệp và Môi trường"
    assert body_named("Ủy ban nhân dân các xã, phường") == (
        "Ủy ban nhân dân các xã, phường"
    )
    assert body_named("Trách nhiệm của Hội Nông dân xã:") == "Hội Nông dân xã"
    assert body_named("Sở Xây dựng:") == "Sở Xây dựng"
    assert body_named(
        "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội:"
    ) == ("Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội")
    for heading in (
        "Hội Nông dân xã vận động hội viên tham gia sản xuất sạch:",
        "Hội nghị sơ kết 6 tháng:",
        "Ban hành văn bản hướng dẫn",
        "Phòng, chống thiên tai",
        "Phát triển sản xuất:",
        "Trường học",
        "Phòng Kinh tế chủ trì tổ chức hội nghị tập huấn cho 12 thôn trong tháng 5:",
    ):
        assert body_named(heading) == "", heading


def test_lettered_items_under_a_body_and_a_bracket_holding_only_a_time():
    plan = plan_of(
        "1. Sở Tài chính\n"
        "a) Tham mưu bố trí vốn đối ứng năm 2026.\n"
        "b) Hướng dẫn thanh quyết toán vốn Chương trình (Quý IV/2026).\n"
        "c) Tổng hợp nhu cầu vốn (ODA) của các xã.\n"
    )
    tasks = by_title(plan)
    assert {t.lead_text for t in plan.tasks} == {"Sở Tài chính"}
    second = tasks["Hướng dẫn thanh quyết toán vốn Chương trình"]
    assert second.ends_on == datetime.date(2026, 12, 31)
    # A bracket that is no time stays in the name.
    assert "Tổng hợp nhu cầu vốn (ODA) của các xã" in tasks


def test_a_deadline_that_ends_the_sentence_is_the_time_not_the_name():
    plan = plan_of(
        "1. Báo cáo kết quả về Văn phòng Điều phối tỉnh (qua Phòng Kinh tế) "
        "trước ngày 15/12/2026.\n"
        "2. Tổng hợp danh sách hộ đăng ký, hoàn thành trước ngày 30-6-2026.\n"
        "3. Rà soát các hộ chưa có nhà tiêu hợp vệ sinh trước ngày 5 của tháng "
        "đầu quý.\n"
    )
    tasks = by_title(plan)
    first = tasks["Báo cáo kết quả về Văn phòng Điều phối tỉnh (qua Phòng Kinh tế)"]
    assert first.ends_on == datetime.date(2026, 12, 15)
    assert tasks["Tổng hợp danh sách hộ đăng ký"].ends_on == datetime.date(2026, 6, 30)
    # Not a day at the end: the sentence stays whole.
    assert (
        "Rà soát các hộ chưa có nhà tiêu hợp vệ sinh trước ngày 5 của tháng đầu quý"
        in tasks
    )


def test_a_day_typed_with_dashes_or_dots_is_that_day():
    assert time_range("15-6-2026") == (None, datetime.date(2026, 6, 15))
    assert time_range("Hoàn thành 30.9.2026")[1] == datetime.date(2026, 9, 30)
    assert time_range("trước ngày 01.12.2026")[1] == datetime.date(2026, 12, 1)
    # A period of years or a section number is no day.
    assert time_range("giai đoạn 2021-2025") is None
    assert time_range("mục 1.2.3") is None


def test_a_plan_pasted_from_zalo_keeps_its_tasks_and_basis():
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ PHÚ XÁ\nSố: 12/KH-UBND\n"
        "Phú Xá, ngày 04 tháng 5 năm 2026\nKẾ HOẠCH\n"
        "Tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới\n"
        "📍 Căn cứ Kế hoạch số 77/KH-UBND ngày 02/4/2026 của UBND tỉnh;\n"
        "UBND xã  Phú Xá ban hành kế hoạch như sau :\n"
        "I. MỤC ĐÍCH\n➡️ Nâng cao ý thức giữ gìn vệ sinh.\n"
        "II. NỘI DUNG\n"
        "🔹 Dọn vệ sinh đường trục xã\n"
        "➡️ Chủ trì: Đoàn Thanh niên xã\n"
        "➡️ Thời gian: 05-6-2026\n"
        "🔹 Thu gom vỏ bao thuốc bảo vệ thực vật\n"
        "➡️ Chủ trì: Hội Nông dân xã\n"
        "➡️ Phối hợp: Hội Cựu chiến binh xã\n"
        "➡️ Thời gian: 10.6.2026\n"
        "III. CÁC HOẠT ĐỘNG KHÁC\n"
        "1️⃣ Treo băng rôn tại trụ sở xã (Văn phòng HĐND và UBND thực hiện; tháng 6/2026)\n"
        "2️⃣ Đưa tin trên loa truyền thanh (Phòng Văn hóa - Xã hội thực hiện; tháng 6/2026)\n"
        "TM. UBND XÃ\nCHỦ TỊCH\nLò Văn Tư\n"
    )
    plan = read_plan(text, "zalo.txt")
    assert plan.title == "Tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới"
    assert [b.number for b in plan.bases] == ["77/KH-UBND"]
    tasks = by_title(plan)
    assert set(tasks) == {
        "Dọn vệ sinh đường trục xã",
        "Thu gom vỏ bao thuốc bảo vệ thực vật",
        "Treo băng rôn tại trụ sở xã",
        "Đưa tin trên loa truyền thanh",
    }
    first = tasks["Dọn vệ sinh đường trục xã"]
    assert (first.lead_text, first.ends_on) == (
        "Đoàn Thanh niên xã",
        datetime.date(2026, 6, 5),
    )
    second = tasks["Thu gom vỏ bao thuốc bảo vệ thực vật"]
    assert second.coordinating_units == ["Hội Cựu chiến binh xã"]
    assert second.ends_on == datetime.date(2026, 6, 10)
    # "1️⃣" numbers it like "1." (made unique by its section).
    assert tasks["Treo băng rôn tại trụ sở xã"].number in ("1", "III.1")
    assert tasks["Treo băng rôn tại trụ sở xã"].lead_text == "Văn phòng HĐND và UBND"


def test_a_table_header_of_two_rows_names_the_columns_it_splits():
    """ "Đơn vị" merged over "Chủ trì | Phối hợp", "Thời gian" over "Từ ngày
    | Đến ngày": the lower row says which column leads and which ends."""
    header = [
        tc("STT", vmerge="restart"),
        tc("Nhiệm vụ", vmerge="restart"),
        tc("Đơn vị thực hiện", span=2),
        tc("Thời gian", span=2),
    ]
    under = [
        tc("", vmerge="continue"),
        tc("", vmerge="continue"),
        tc("Chủ trì"),
        tc("Phối hợp"),
        tc("Từ ngày"),
        tc("Đến ngày"),
    ]
    rows = [
        [
            "1",
            "Nạo vét kênh Nà Khoang",
            "Ban Quản lý các dự án xã",
            "Thôn Nà Khoang",
            "01/3/2026",
            "30/4/2026",
        ],
        [
            "2",
            "Tập huấn trồng chè an toàn",
            "Hội Nông dân xã",
            "Trạm Khuyến nông",
            "01/5/2026",
            "31/5/2026",
        ],
    ]
    data = docx(
        p("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
        p("Số: 12/KH-UBND"),
        p("Phú Xá, ngày 04 tháng 2 năm 2026"),
        p("KẾ HOẠCH"),
        p("Thủy lợi và khuyến nông năm 2026"),
        p("I. NHIỆM VỤ CỤ THỂ"),
        tbl(header, under, *[[tc(c) for c in row] for row in rows]),
        p("II. TỔ CHỨC THỰC HIỆN"),
        p("Các đơn vị báo cáo UBND xã."),
    )
    plan = read_plan(data, "hai-dong.docx")
    tasks = by_title(plan)
    assert set(tasks) == {"Nạo vét kênh Nà Khoang", "Tập huấn trồng chè an toàn"}
    first = tasks["Nạo vét kênh Nà Khoang"]
    assert first.lead_text == "Ban Quản lý các dự án xã"
    assert first.coordinating_units == ["Thôn Nà Khoang"]
    assert first.ends_on == datetime.date(2026, 4, 30)
    assert tasks["Tập huấn trồng chè an toàn"].ends_on == datetime.date(2026, 5, 31)
    used = {s.text: s.used for s in plan.source}
    assert used["Chủ trì | Phối hợp | Từ ngày | Đến ngày"] == "tiêu đề bảng"


def test_headings_in_word_heading_styles_with_no_number_group_the_tasks():
    data = docx(
        p("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
        p("Số: 12/KH-UBND"),
        p("Phú Xá, ngày 04 tháng 2 năm 2026"),
        p("KẾ HOẠCH"),
        p("Giữ vững tiêu chí giáo dục và y tế năm 2026"),
        p("MỤC ĐÍCH, YÊU CẦU", style="Heading1"),
        p("Giữ vững các tiêu chí đã đạt."),
        p("NHIỆM VỤ", style="Heading1"),
        p("Giáo dục", style="Heading2"),
        p("1. Sửa chữa nhà vệ sinh Trường Tiểu học Phú Xá"),
        p("Chủ trì: Trường Tiểu học Phú Xá; thời gian: tháng 8/2026."),
        p("Y tế", style="Heading2"),
        p("2. Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi"),
        p("Chủ trì: Trạm Y tế xã; thời gian: thường xuyên."),
        p("KINH PHÍ", style="Heading1"),
        p("Ngân sách xã năm 2026."),
    )
    plan = read_plan(data, "kieu.docx")
    tasks = by_title(plan)
    assert set(tasks) == {
        "Sửa chữa nhà vệ sinh Trường Tiểu học Phú Xá",
        "Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi",
    }
    assert (
        tasks["Tiêm chủng mở rộng cho trẻ em dưới 1 tuổi"].lead_text == "Trạm Y tế xã"
    )
    used = {s.text: s.used for s in plan.source}
    assert used["Y tế"] and used["Giáo dục"]
    # "MỤC ĐÍCH" and "KINH PHÍ" stay sections of the plan, no tasks.
    assert {s.heading for s in plan.sections} >= {"MỤC ĐÍCH, YÊU CẦU", "KINH PHÍ"}


def test_a_party_committees_header_is_read_whole():
    text = (
        "ĐẢNG BỘ TỈNH THÁI NGUYÊN\nĐẢNG ỦY XÃ PHÚ XÁ\n*\nSố 12-KH/ĐU\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nPhú Xá, ngày 04 tháng 5 năm 2026\n"
        "KẾ HOẠCH\nLãnh đạo làm đường giao thông nông thôn năm 2026\n"
        "I. MỤC ĐÍCH\nCứng hóa thêm 5 km đường thôn.\n"
        "II. NHIỆM VỤ\n1. Cứng hóa 2 km đường thôn Nà Lừa - Giao: UBND xã; "
        "thời hạn: 30/9/2026.\n" + TAIL
    )
    plan = read_plan(text, "dang-uy.txt")
    assert (plan.number, plan.symbol) == ("12", "KH/ĐU")
    assert fold(plan.issuer_text) == "dang uy xa phu xa"
    used = {s.text: s.used for s in plan.source}
    assert used["*"] and used["ĐẢNG CỘNG SẢN VIỆT NAM"]
    (task,) = plan.tasks
    assert (task.lead_text, task.ends_on) == ("UBND xã", datetime.date(2026, 9, 30))
