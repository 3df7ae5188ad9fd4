"""The families of wording that held-out round 5 found (docs/import-quality.md),
each tried on a plan that is in no corpus: who leads a task under any of the
labels offices use ("Trách nhiệm:", "Giao:", "Bộ phận chủ trì", "Người thực
hiện"), partners split at a semicolon but not inside a list of village
names, a day without its year, numbered group rows in a pipe table, a
name cut by a narrow header column, a standing committee as issuer, and two
columns run together by a converter."""

from __future__ import annotations

import datetime
import re

import pytest

from ntm.documents import columns
from ntm.documents.text import emphasis
from ntm.text import fold
from plans.document_import.attributes import attribute
from plans.document_import.labels import LABELS, pattern
from plans.document_import.timeframes import time_range
from plans.document_import.units import units
from tests.documents.docx_parts import docx, p
from tests.plans.reading import HEAD, TAIL, by_title, plan_of, read_plan


@pytest.mark.parametrize(
    "label, lead",
    [
        ("Trách nhiệm", "Công an xã"),
        ("Trách nhiệm thực hiện", "Công an xã"),
        ("Bộ phận chủ trì", "Công an xã"),
        ("Bộ phận thực hiện", "Công an xã"),
        ("Đơn vị được giao", "Công an xã"),
        ("Giao", "Công an xã"),
    ],
)
def test_every_lead_label_gives_the_lead(label, lead):
    plan = plan_of(
        f"1. Lắp camera an ninh ở các thôn.\n- {label}: {lead}.\n- Thời gian: Quý III/2026.\n"
    )
    (task,) = plan.tasks
    assert task.lead_text == lead
    assert task.ends_on == datetime.date(2026, 9, 30)


def test_a_giao_label_that_states_a_sentence_gives_lead_partners_and_time():
    plan = plan_of(
        "1. Duy tu đường trục thôn.\n"
        "- Giao: Phòng Kinh tế xã chủ trì, phối hợp Trưởng các thôn thực hiện.\n"
        "2. Phân loại rác tại nguồn.\n"
        "- Trách nhiệm: Phòng Văn hóa - Xã hội xã chủ trì; ĐTN xã phối hợp.\n"
        "- Thời gian: tháng 10/2026.\n"
        "3. Tuần tra ban đêm.\n"
        "- Giao: Công an xã thực hiện.\n"
    )
    tasks = by_title(plan)
    first = tasks["Duy tu đường trục thôn"]
    assert (first.lead_text, first.coordinating_units) == (
        "Phòng Kinh tế xã",
        ["Trưởng các thôn"],
    )
    second = tasks["Phân loại rác tại nguồn"]
    assert (second.lead_text, second.coordinating_units) == (
        "Phòng Văn hóa - Xã hội xã",
        ["ĐTN xã"],
    )
    assert second.ends_on == datetime.date(2026, 10, 31)
    assert tasks["Tuần tra ban đêm"].lead_text == "Công an xã"


@pytest.mark.parametrize(
    "header", ["Trách nhiệm", "Người thực hiện", "Bộ phận chủ trì", "Đơn vị thực hiện"]
)
def test_a_responsibility_column_under_any_of_its_names_gives_the_lead(header):
    plan = plan_of(
        f"TT\tNội dung\t{header}\tBộ phận phối hợp\tThời hạn\n"
        "1\tRải nhựa đường thôn Nà Pàn\tPhòng Kinh tế\tĐTN xã; HLHPN xã\ttrước 15/9\n"
        "2\tTrồng cây xanh hai bên đường\tHND xã\tTrưởng thôn Nà Pàn, Bản Chu\ttháng 11/2026\n"
    )
    tasks = by_title(plan)
    first = tasks["Rải nhựa đường thôn Nà Pàn"]
    assert first.lead_text == "Phòng Kinh tế"
    assert first.coordinating_units == ["ĐTN xã", "HLHPN xã"]
    assert first.ends_on == datetime.date(2026, 9, 15)
    second = tasks["Trồng cây xanh hai bên đường"]
    assert second.lead_text == "HND xã"
    assert second.coordinating_units == ["Trưởng thôn Nà Pàn, Bản Chu"]


@pytest.mark.parametrize(
    ("written", "found"),
    [
        # Two bodies joined by "và" are two partners (round 17h) …
        (
            "Bảo hiểm xã hội khu vực và các thôn",
            ["Bảo hiểm xã hội khu vực", "các thôn"],
        ),
        (
            "Phòng Văn hóa - Xã hội và Ban công tác Mặt trận các thôn",
            ["Phòng Văn hóa - Xã hội", "Ban công tác Mặt trận các thôn"],
        ),
        (
            "Công an xã và Ban Chỉ huy Quân sự xã",
            ["Công an xã", "Ban Chỉ huy Quân sự xã"],
        ),
        (
            "Đoàn Thanh niên, Hội Phụ nữ và Hội Nông dân xã",
            ["Đoàn Thanh niên", "Hội Phụ nữ", "Hội Nông dân xã"],
        ),
        # … but a name that holds "và" is one.
        ("Văn phòng HĐND và UBND xã", ["Văn phòng HĐND và UBND xã"]),
        ("Phòng Văn hóa và Thông tin", ["Phòng Văn hóa và Thông tin"]),
        ("Sở Nông nghiệp và Môi trường", ["Sở Nông nghiệp và Môi trường"]),
        ("Phòng Kinh tế và Hạ tầng huyện", ["Phòng Kinh tế và Hạ tầng huyện"]),
        ("UBMTTQ và các đoàn thể CT-XH huyện", ["UBMTTQ và các đoàn thể CT-XH huyện"]),
        (
            "Ban phát triển thôn Tân Mỹ và thôn Hòa Bình",
            ["Ban phát triển thôn Tân Mỹ và thôn Hòa Bình"],
        ),
        (
            "Phòng Kinh tế (Tổ Nông nghiệp và Môi trường)",
            ["Phòng Kinh tế (Tổ Nông nghiệp và Môi trường)"],
        ),
    ],
)
def test_and_splits_two_bodies_but_never_a_name_that_holds_it(written, found):
    assert units(written) == found


@pytest.mark.parametrize(
    "work", ["Nhiệm vụ, giải pháp", "Nội dung, giải pháp", "Nhiệm vụ và giải pháp"]
)
def test_a_work_and_means_column_is_the_work_under_merged_group_rows(work):
    # "Giải pháp" alone names a method's column; after the work's words it
    # is the work's own (round 17h): with no work column every row was lost.
    from tests.documents.docx_parts import tbl, tc

    head = ["STT", work, "Đơn vị thực hiện", "Đơn vị phối hợp"]
    data = docx(
        p("ỦY BAN NHÂN DÂN XÃ ĐÔNG HÀ"),
        p("Số: 198/KH-UBND"),
        p("Đông Hà, ngày 20 tháng 12 năm 2026"),
        p("KẾ HOẠCH"),
        p("Thực hiện các tiêu chí xã nông thôn mới năm 2027"),
        p(
            "Thực hiện Kế hoạch số 412/KH-UBND ngày 10/12/2026 của UBND tỉnh, UBND"
            " xã ban hành Kế hoạch với các nội dung cụ thể như sau:"
        ),
        p("NHIỆM VỤ CỤ THỂ", runs=[("NHIỆM VỤ CỤ THỂ", "b")]),
        tbl(
            [tc(h) for h in [*head, "Thời gian thực hiện", "Ghi chú"]],
            [tc("I"), tc("TIÊU CHÍ SỐ 2 - GIAO THÔNG", span=5)],
            [
                tc("1"),
                tc("Cứng hóa 2,5 km đường nội đồng"),
                tc("Phòng Kinh tế"),
                tc("Ban phát triển thôn; Hợp tác xã Nông nghiệp"),
                tc("Trước 30/4/2027"),
                tc("Vốn NTM"),
            ],
            [tc("II"), tc("TIÊU CHÍ SỐ 19 - QUỐC PHÒNG VÀ AN NINH", span=5)],
            [
                tc("2"),
                tc("Xây dựng lực lượng dân quân vững mạnh"),
                tc("Ban Chỉ huy Quân sự xã"),
                tc("Các thôn"),
                tc("Thường xuyên"),
                tc(""),
            ],
        ),
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Nguyễn Hữu Phước"),
    )
    plan = read_plan(data, "ke-hoach.docx")
    tasks = by_title(plan)
    assert set(tasks) == {
        "Cứng hóa 2,5 km đường nội đồng",
        "Xây dựng lực lượng dân quân vững mạnh",
    }
    first = tasks["Cứng hóa 2,5 km đường nội đồng"]
    assert first.lead_text == "Phòng Kinh tế"
    assert first.coordinating_units == ["Ban phát triển thôn", "Hợp tác xã Nông nghiệp"]
    assert first.ends_on == datetime.date(2027, 4, 30)
    second = tasks["Xây dựng lực lượng dân quân vững mạnh"]
    assert second.lead_text == "Ban Chỉ huy Quân sự xã"
    assert second.ends_on == datetime.date(2027, 12, 31)


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Nhiệm vụ, giải pháp", "content"),
        ("Nội dung, giải pháp thực hiện", "content"),
        ("Các nhiệm vụ, giải pháp", "content"),
        ("Tên nhiệm vụ, giải pháp", "content"),
        ("Giải pháp thực hiện", "method"),
        ("Hình thức, phương pháp", "method"),
    ],
)
def test_a_header_cell_takes_the_work_before_the_means(header, role):
    folded = fold(header)
    found = next(r for r, pattern in columns.COLUMNS if re.search(pattern, folded))
    assert found == role


def test_the_labels_are_data_and_a_new_one_is_a_line_of_the_file():
    assert "trach nhiem" in LABELS["attribute"]["lead"]
    assert "nguoi thuc hien" in columns.phrases("lead")
    # Longest first: "Đơn vị chủ trì thực hiện" is one label, not "chủ trì".
    assert pattern("attribute", "lead").index("don\\s+vi\\s+chu\\s+tri") < pattern(
        "attribute", "lead"
    ).index("|chu\\s+tri|")
    assert attribute("Đơn vị chủ trì thực hiện: Hội Nông dân xã") == (
        "lead",
        "Hội Nông dân xã",
    )
    assert attribute("Trách nhiệm: Thanh tra Sở.") == ("lead", "Thanh tra Sở")
    assert attribute("Người chịu trách nhiệm: Công chức Tư pháp") == (
        "official",
        "Công chức Tư pháp",
    )
    # A word that only looks like one is not a label.
    assert attribute("Giao thông nông thôn: 5 km") is None


def test_partners_split_at_semicolons_but_village_lists_stay_whole():
    assert units("Phòng Văn hóa - Xã hội; các đoàn thể") == [
        "Phòng Văn hóa - Xã hội",
        "các đoàn thể",
    ]
    assert units("Trưởng thôn Khòn Khuông, Bản Cằm") == [
        "Trưởng thôn Khòn Khuông, Bản Cằm"
    ]
    assert units("UBND xã Tân Đoàn, Hội Nông dân xã") == [
        "UBND xã Tân Đoàn",
        "Hội Nông dân xã",
    ]


@pytest.mark.parametrize(
    "text, end",
    [
        ("trước 15/9", datetime.date(2026, 9, 15)),
        ("trước ngày 30/6", datetime.date(2026, 6, 30)),
        ("15/9", datetime.date(2026, 9, 15)),
        ("tháng 10/2026", datetime.date(2026, 10, 31)),
        ("Quý III/2026", datetime.date(2026, 9, 30)),
    ],
)
def test_a_day_without_its_year_is_in_the_plans_year(text, end):
    assert time_range(text, default_year=2026)[1] == end


def test_a_day_without_a_year_and_no_plan_year_gives_no_date():
    assert time_range("trước 15/9") is None
    assert time_range("trước 31/2", default_year=2026) is None


def test_numbered_group_rows_of_a_pipe_table_are_groups_not_tasks():
    body = (
        "| TT | Công việc | Người thực hiện | Thời gian |\n"
        "|---|---|---|---|\n"
        "| **1** | **Hạ tầng số** | | |\n"
        "| 1.1 | Lắp Wi-Fi tại nhà văn hóa | Phòng Kinh tế xã | Quý IV/2026 |\n"
        "| 2 | Tập huấn kỹ năng số | ĐTN xã | tháng 8/2026 |\n"
    )
    plan = plan_of(body, "ke-hoach.md")
    assert [(t.number, t.title, t.lead_text) for t in plan.tasks] == [
        ("1.1", "Lắp Wi-Fi tại nhà văn hóa", "Phòng Kinh tế xã"),
        ("2", "Tập huấn kỹ năng số", "ĐTN xã"),
    ]
    assert plan.source[[s.text for s in plan.source].index("1 | Hạ tầng số")].used


def test_bold_italic_markdown_is_read_as_both():
    (run,) = emphasis("***Nơi nhận:***", markdown=True)
    assert (run.text, run.bold, run.italic) == ("Nơi nhận:", True, True)


def test_a_header_name_cut_by_a_narrow_column_and_a_standing_committee():
    text = HEAD.replace(
        "ỦY BAN NHÂN DÂN\nXÃ PHÚ XÁ",
        "UBND TỈNH LẠNG SƠN\nSỞ NÔNG NGHIỆP VÀ MÔI\nTRƯỜNG",
    )
    plan = read_plan(text + "1. Việc\n" + TAIL, "a.txt")
    assert plan.issuer_text == "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
    text = HEAD.replace(
        "ỦY BAN NHÂN DÂN\nXÃ PHÚ XÁ", "ỦY BAN MTTQ VIỆT NAM\nXÃ PHÚ XÁ\nBAN THƯỜNG TRỰC"
    )
    plan = read_plan(text + "1. Việc\n" + TAIL, "b.txt")
    assert plan.issuer_text == "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ PHÚ XÁ"


def test_the_last_recipient_and_the_signature_run_together_are_both_read():
    plan = plan_of("1. Việc.\n", "a.txt")  # the ordinary closing first, as a control
    assert plan.signing_authority == "TM. ỦY BAN NHÂN DÂN"
    joined = (HEAD + "1. Việc.\n" + TAIL).replace(
        "- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.TM. ỦY BAN NHÂN DÂN"
    )
    plan = read_plan(joined, "b.txt")
    assert plan.signing_authority == "TM. ỦY BAN NHÂN DÂN"
    assert plan.recipients == ["UBND tỉnh", "Lưu: VT"]
    assert plan.signer_name == "Lò Văn Tư"
