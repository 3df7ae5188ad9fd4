"""The families of wording that rounds 6 and 7 found (docs/import-quality.md),
each tried on a plan that is in no corpus: a unit in brackets that "thực
hiện" leads the task, a partner written before "phối hợp" after a comma,
"Phân công:" as a lead label, a lead cell merged down over rows in Word,
"T/M" for "TM.", a Party-style number, and a recurring date ("trước ngày 20
hằng tháng")."""

from __future__ import annotations

import datetime

from plans.document_import.timeframes import time_range
from tests.documents.docx_parts import tbl, tc
from tests.plans.reading import by_title, plan_of, read_plan, word_plan


def test_a_unit_that_does_the_work_in_brackets_leads_it():
    plan = plan_of(
        "- Phát quang hành lang đường thôn (Công an xã thực hiện, thường xuyên).\n"
        "- Sửa cầu tràn thôn Nà Lừa (Trưởng thôn Nà Lừa thực hiện; Quý III/2026).\n"
        "- Lát gạch sân nhà văn hóa (thực hiện theo hướng dẫn của tỉnh).\n"
    )
    tasks = by_title(plan)
    first = tasks["Phát quang hành lang đường thôn"]
    assert first.lead_text == "Công an xã"
    assert (first.starts_on, first.ends_on) == (
        datetime.date(2026, 1, 1),
        datetime.date(2026, 12, 31),
    )
    second = tasks["Sửa cầu tràn thôn Nà Lừa"]
    assert second.lead_text == "Trưởng thôn Nà Lừa"
    assert second.ends_on == datetime.date(2026, 9, 30)
    # No unit before the verb: the bracket is the task's own words.
    kept = tasks["Lát gạch sân nhà văn hóa (thực hiện theo hướng dẫn của tỉnh)"]
    assert kept.lead_text == ""


def test_a_partner_written_before_its_verb_after_a_comma_is_kept():
    plan = plan_of(
        "- Trồng 500 cây xanh (Phòng Kinh tế chủ trì, Đoàn Thanh niên xã phối hợp; "
        "tháng 9/2026).\n"
    )
    (task,) = plan.tasks
    assert task.lead_text == "Phòng Kinh tế"
    assert task.coordinating_units == ["Đoàn Thanh niên xã"]
    assert task.ends_on == datetime.date(2026, 9, 30)


def test_phan_cong_is_a_lead_label():
    plan = plan_of(
        "1. Sửa chữa 02 phòng học.\n"
        "Phân công: Phòng Văn hóa - Xã hội chủ trì; Trường Tiểu học, Công an xã phối hợp.\n"
        "Thời hạn: 6 tháng đầu năm.\n"
        "2. Phổ cập bơi cho trẻ em.\n"
        "Phân công: Trường Tiểu học.\n"
    )
    tasks = by_title(plan)
    first = tasks["Sửa chữa 02 phòng học"]
    assert first.lead_text == "Phòng Văn hóa - Xã hội"
    assert first.coordinating_units == ["Trường Tiểu học", "Công an xã"]
    assert first.ends_on == datetime.date(2026, 6, 30)
    assert tasks["Phổ cập bơi cho trẻ em"].lead_text == "Trường Tiểu học"


def test_a_lead_cell_merged_down_over_rows_leads_each_row():
    table = tbl(
        [tc("TT"), tc("Nội dung"), tc("Đơn vị chủ trì"), tc("Thời gian")],
        [
            tc("1"),
            tc("Rà soát hộ nghèo"),
            tc("Phòng Văn hóa - Xã hội", vmerge="restart"),
            tc("Quý I/2026"),
        ],
        [
            tc("2"),
            tc("Cấp thẻ bảo hiểm y tế"),
            tc("", vmerge="continue"),
            tc("Quý II/2026"),
        ],
        [tc("3"), tc("Sửa nhà văn hóa"), tc("Phòng Kinh tế"), tc("Quý III/2026")],
    )
    data = word_plan(
        table,
    )
    plan = read_plan(data, "ke-hoach.docx")
    leads = {t.title: t.lead_text for t in plan.tasks}
    assert leads == {
        "Rà soát hộ nghèo": "Phòng Văn hóa - Xã hội",
        "Cấp thẻ bảo hiểm y tế": "Phòng Văn hóa - Xã hội",
        "Sửa nhà văn hóa": "Phòng Kinh tế",
    }


def test_t_slash_m_signs_and_a_party_style_number_is_split():
    text = (
        "ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ PHÚ XÁ\nSố: 07-KH/ĐTN\n"
        "Phú Xá, ngày 04 tháng 5 năm 2026\nKẾ HOẠCH\nTuổi trẻ làm đường năm 2026\n"
        "I. NHIỆM VỤ\n1. Làm 01 km đường bê tông.\nChủ trì: Chi đoàn thôn Nà Lừa.\n"
        "Nơi nhận:\n- Đảng ủy xã;\n- Lưu: VP.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nLý Văn Dũng\n"
    )
    plan = read_plan(text)
    assert (plan.number, plan.symbol) == ("07", "KH/ĐTN")
    assert plan.signing_authority == "T/M BAN THƯỜNG VỤ"
    assert (plan.signer_title, plan.signer_name) == ("BÍ THƯ", "Lý Văn Dũng")
    # A State number keeps its own form.
    state = plan_of("1. Làm 01 km đường.\n")
    assert (state.number, state.symbol) == ("12", "KH-UBND")


def test_a_recurring_day_runs_over_the_plans_year():
    year = (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
    assert time_range("trước ngày 20 hằng tháng", default_year=2026) == year
    assert time_range("báo cáo hằng quý", default_year=2026) == year
    assert time_range("trước ngày 20 hằng tháng") is None


def test_a_task_table_in_an_appendix_after_the_signature_gives_the_tasks():
    text = (
        "ỦY BAN NHÂN DÂN XÃ PHÚ XÁ\nSố: 12/KH-UBND\nPhú Xá, ngày 04 tháng 5 năm 2026\n"
        "KẾ HOẠCH\nGiữ vững tiêu chí nông thôn mới năm 2026\n"
        "I. MỤC TIÊU\nGiữ 19/19 tiêu chí.\n"
        "II. NHIỆM VỤ\nCác nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.\n"
        "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Tư\n"
        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 04/5/2026)\n"
        "TT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
        "1\tRà soát 19 tiêu chí\tPhòng Kinh tế\tCác thôn, khu phố\tQuý III/2026\n"
        "2\tCủng cố trạm y tế\tTrạm Y tế xã\t\tQuý IV/2026\n"
    )
    plan = read_plan(text)
    assert [(t.title, t.lead_text) for t in plan.tasks] == [
        ("Rà soát 19 tiêu chí", "Phòng Kinh tế"),
        ("Củng cố trạm y tế", "Trạm Y tế xã"),
    ]
    assert plan.tasks[0].coordinating_units == ["Các thôn, khu phố"]
    assert plan.signer_name == "Lò Văn Tư" and len(plan.recipients) == 2
    assert all(line.used for line in plan.source)


def test_a_phu_luc_line_without_a_table_stays_in_the_closing():
    text = (
        "ỦY BAN NHÂN DÂN XÃ PHÚ XÁ\nSố: 12/KH-UBND\nPhú Xá, ngày 04 tháng 5 năm 2026\n"
        "KẾ HOẠCH\nGiữ vững tiêu chí năm 2026\nI. NHIỆM VỤ\n1. Rà soát 19 tiêu chí.\n"
        "Chủ trì: Phòng Kinh tế.\nNơi nhận:\n- UBND tỉnh;\n- Phụ lục gửi kèm;\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLò Văn Tư\n"
    )
    plan = read_plan(text)
    assert [t.title for t in plan.tasks] == ["Rà soát 19 tiêu chí"]
    assert plan.signer_name == "Lò Văn Tư"
