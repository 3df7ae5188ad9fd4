"""The families that round 8 found (docs/import-quality.md), each tried on a
plan that is in no corpus: a named person ("Đ/c …", "Đồng chí …", "Ông …")
is the task's official, never its lead; several labels on one line or in
one cell; households and the people in brackets lead nothing; a day
written in words; the tasks listed under "Nhiệm vụ:" in an indicator
block; a decision's "Điều" clauses, its authority line and the appendix
table after its signature (group rows with their budget, a total row), in
Word and in PDF; a task table of two columns, the assignment in one cell;
and a section class that no longer depends on the order of a set."""

from __future__ import annotations

import datetime
import sys

from plans.document_import.details import labelled
from plans.document_import.timeframes import time_range
from tests.documents.docx_parts import docx, p, tbl, tc
from tests.plans.reading import by_title, plan_of, read_plan, word_plan
from tests.processes import run_at_root


def test_a_named_person_is_the_official_and_a_body_beside_it_the_lead():
    plan = plan_of(
        "1. Mở rộng đường thôn Nà Lừa.\n"
        "Phụ trách: Đ/c Lý Văn Nam - Phó Chủ tịch UBND xã.\n"
        "Đơn vị thực hiện: Công an xã.\n"
        "2. Hòa giải ở cơ sở.\n"
        "Chủ trì: Đồng chí Hà Thị Lan, Công chức Tư pháp - Hộ tịch.\n"
        "3. Sửa cầu tràn.\n"
        "Chủ trì: Ông Nông Văn Tám, Trưởng thôn Nà Lừa.\n"
        "4. Trồng hàng rào xanh.\n"
        "Chủ trì: Ban phát triển thôn Nà Lừa.\n"
    )
    tasks = by_title(plan)
    first = tasks["Mở rộng đường thôn Nà Lừa"]
    assert first.official_text == "Lý Văn Nam - Phó Chủ tịch UBND xã"
    assert first.lead_text == "Công an xã"
    second = tasks["Hòa giải ở cơ sở"]
    assert second.official_text == "Hà Thị Lan, Công chức Tư pháp - Hộ tịch"
    assert second.lead_text == ""
    third = tasks["Sửa cầu tràn"]
    assert third.official_text == "Nông Văn Tám, Trưởng thôn Nà Lừa"
    assert third.lead_text == ""
    # A body stays the lead.
    fourth = tasks["Trồng hàng rào xanh"]
    assert (fourth.lead_text, fourth.official_text) == (
        "Ban phát triển thôn Nà Lừa",
        "",
    )


def test_several_labels_on_one_line_each_give_their_attribute():
    plan = plan_of(
        "1. Xây dựng sản phẩm OCOP từ mật ong.\n"
        "Người phụ trách: Đ/c Lý Văn Nam - Phó Chủ tịch UBND xã; đơn vị chủ trì: "
        "Phòng Kinh tế; phối hợp: Hội Nông dân xã, Hợp tác xã Phú Xá; thời gian: Quý IV/2026.\n"
    )
    (task,) = plan.tasks
    assert task.official_text == "Lý Văn Nam - Phó Chủ tịch UBND xã"
    assert task.lead_text == "Phòng Kinh tế"
    assert task.coordinating_units == ["Hội Nông dân xã", "Hợp tác xã Phú Xá"]
    assert task.ends_on == datetime.date(2026, 12, 31)
    # One label alone, or a label later in a sentence, is not a list of them.
    assert labelled("Chủ trì: Phòng Kinh tế - Hạ tầng") == []
    assert labelled("Làm đường, chủ trì: Phòng Kinh tế; phối hợp: Công an xã") == []


def test_households_and_the_people_in_brackets_lead_nothing():
    plan = plan_of(
        "- Chỉnh trang cổng ngõ, tường rào (Hộ gia đình thực hiện).\n"
        "- Khơi thông cống rãnh trước nhà (Người dân thực hiện).\n"
        "- Phát quang đường thôn (Công an xã thực hiện, thường xuyên).\n"
        "- Trồng hoa ven đường (Chủ trì: Hội Liên hiệp Phụ nữ xã; Phối hợp: Đoàn "
        "Thanh niên xã, Hội Cựu chiến binh xã; Thời gian: trước 31 tháng 8 năm 2026).\n"
    )
    tasks = by_title(plan)
    for title in (
        "Chỉnh trang cổng ngõ, tường rào (Hộ gia đình thực hiện)",
        "Khơi thông cống rãnh trước nhà (Người dân thực hiện)",
    ):
        assert tasks[title].lead_text == ""
    assert tasks["Phát quang đường thôn"].lead_text == "Công an xã"
    flowers = tasks["Trồng hoa ven đường"]
    assert flowers.lead_text == "Hội Liên hiệp Phụ nữ xã"
    assert flowers.coordinating_units == ["Đoàn Thanh niên xã", "Hội Cựu chiến binh xã"]
    assert flowers.ends_on == datetime.date(2026, 8, 31)


def test_a_day_written_in_words_is_that_day():
    assert time_range("trước 15 tháng 12 năm 2024")[1] == datetime.date(2024, 12, 15)
    assert time_range("trước ngày 15 tháng 9", default_year=2026)[1] == (
        datetime.date(2026, 9, 15)
    )
    assert time_range("ngày 30 tháng 6 năm 2026")[1] == datetime.date(2026, 6, 30)
    # A month stays a month, and "6 tháng đầu năm" a half year.
    assert time_range("tháng 12 năm 2024") == (
        datetime.date(2024, 12, 1),
        datetime.date(2024, 12, 31),
    )
    assert time_range("6 tháng đầu năm 2026")[1] == datetime.date(2026, 6, 30)
    assert time_range("trong tháng 9", default_year=2026)[1] == (
        datetime.date(2026, 9, 30)
    )
    assert time_range("hoàn thành trong Quý IV", default_year=2026)[1] == (
        datetime.date(2026, 12, 31)
    )


def test_the_items_under_nhiem_vu_in_an_indicator_block_are_its_tasks():
    plan = plan_of(
        "Tiêu chí số 5 - Trường học\n"
        "Chỉ tiêu 5.1 - Tỷ lệ trường học đạt chuẩn cơ sở vật chất\n"
        "- Hiện trạng: 2/3 trường đạt.\n"
        "- Nhiệm vụ:\n"
        "+ Xây 02 phòng học bộ môn Trường THCS Phú Xá.\n"
        "+ Làm sân chơi Trường Mầm non Phú Xá.\n"
        "- Chủ trì: Công chức Văn hóa - Xã hội; phối hợp: Các trường học.\n"
        "- Thời gian hoàn thành: trước 30 tháng 7 năm 2026.\n"
        "Chỉ tiêu 5.2 - Tỷ lệ học sinh đi học đúng độ tuổi\n"
        "- Hiện trạng: đạt.\n"
        "- Nhiệm vụ: Vận động trẻ 6 tuổi ra lớp.\n"
        "- Chủ trì: Trường Tiểu học Phú Xá.\n"
    )
    tasks = by_title(plan)
    assert set(tasks) == {
        "Xây 02 phòng học bộ môn Trường THCS Phú Xá",
        "Làm sân chơi Trường Mầm non Phú Xá",
        "Vận động trẻ 6 tuổi ra lớp",
    }
    for title in (
        "Xây 02 phòng học bộ môn Trường THCS Phú Xá",
        "Làm sân chơi Trường Mầm non Phú Xá",
    ):
        task = tasks[title]
        assert task.lead_text == "Công chức Văn hóa - Xã hội"
        assert task.coordinating_units == ["Các trường học"]
        assert task.ends_on == datetime.date(2026, 7, 30)
        assert (task.criterion_number, task.indicator_number) == (5, "5.1")
    assert tasks["Vận động trẻ 6 tuổi ra lớp"].lead_text == "Trường Tiểu học Phú Xá"
    assert all(line.used for line in plan.source)


APPENDIX_ROWS = [
    ["STT", "Nội dung", "Đơn vị chủ trì", "Kinh phí (triệu đồng)", "Thời gian"],
    ["I", "GIAO THÔNG", "", "900", ""],
    ["1", "Cứng hóa 2 km đường thôn Nà Lừa", "Phòng Kinh tế", "700", "Quý III/2026"],
    ["2", "Lắp 40 đèn đường", "Đoàn Thanh niên xã", "200", "trước 30 tháng 9 năm 2026"],
    ["II", "VĂN HÓA", "", "150", ""],
    [
        "3",
        "Sửa nhà văn hóa thôn Bản Cằm",
        "Phòng Văn hóa - Xã hội",
        "150",
        "tháng 10/2026",
    ],
    ["", "Tổng cộng", "", "1.050", ""],
]
APPENDIX_TASKS = [
    ("Cứng hóa 2 km đường thôn Nà Lừa", "Phòng Kinh tế", datetime.date(2026, 9, 30)),
    ("Lắp 40 đèn đường", "Đoàn Thanh niên xã", datetime.date(2026, 9, 30)),
    (
        "Sửa nhà văn hóa thôn Bản Cằm",
        "Phòng Văn hóa - Xã hội",
        datetime.date(2026, 10, 31),
    ),
]


def _group(cells: list[str]) -> list[str]:
    """A group row of the Word table: its name merged over two columns."""
    if cells[0] in ("I", "II") or cells[1] == "Tổng cộng":
        return [tc(cells[0]), tc(cells[1], span=2), tc(cells[3]), tc("")]
    return [tc(c) for c in cells]


def _assert_decision(plan) -> None:
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == APPENDIX_TASKS
    assert plan.tasks[0].budget_text == "700"
    assert plan.title == "Ban hành Kế hoạch làm đường giao thông nông thôn năm 2026"
    assert (plan.number, plan.symbol) == ("45", "QĐ-UBND")
    assert plan.signer_name == "Lò Văn Tư" and len(plan.recipients) == 3


def test_a_decisions_clauses_are_no_tasks_and_its_word_appendix_gives_them():
    data = docx(
        p("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
        p("Số: 45/QĐ-UBND"),
        p("Phú Xá, ngày 04 tháng 5 năm 2026"),
        p("QUYẾT ĐỊNH"),
        p("Ban hành Kế hoạch làm đường giao thông nông thôn năm 2026"),
        p("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
        p("Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2026 của UBND tỉnh;"),
        p("QUYẾT ĐỊNH:"),
        p(
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch làm đường giao thông "
            "nông thôn năm 2026 (Phụ lục kèm theo)."
        ),
        p("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
        p(
            "Điều 3. Văn phòng HĐND và UBND, các bộ phận liên quan chịu trách nhiệm "
            "thi hành Quyết định này./."
        ),
        p("Nơi nhận:"),
        p("- Như Điều 3;"),
        p("- UBND tỉnh;"),
        p("- Lưu: VT."),
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Lò Văn Tư"),
        p("PHỤ LỤC"),
        p("(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 04/5/2026)"),
        tbl(*[_group(r) for r in APPENDIX_ROWS]),
    )
    plan = read_plan(data, "quyet-dinh.docx")
    _assert_decision(plan)
    assert all(line.used for line in plan.source)


def test_the_appendix_after_the_signature_gives_the_tasks_in_a_pdf():
    from tests.pdfs import html_to_pdf

    rows = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in APPENDIX_ROWS
    )
    html = f"""<html><head><style>
body {{ font-family: "Liberation Serif"; font-size: 13pt; }}
p {{ margin: 0 0 6pt 0; }}
table.t {{ border-collapse: collapse; width: 100%; }}
table.t td {{ border: 1px solid black; padding: 3pt; vertical-align: top; }}
</style></head><body>
<p>ỦY BAN NHÂN DÂN XÃ PHÚ XÁ</p><p>Số: 45/QĐ-UBND</p>
<p>Phú Xá, ngày 04 tháng 5 năm 2026</p>
<p><b>QUYẾT ĐỊNH</b></p>
<p><b>Ban hành Kế hoạch làm đường giao thông nông thôn năm 2026</b></p>
<p><b>ỦY BAN NHÂN DÂN XÃ PHÚ XÁ</b></p>
<p>Căn cứ Quyết định số 12/QĐ-UBND ngày 10/01/2026 của UBND tỉnh;</p>
<p>QUYẾT ĐỊNH:</p>
<p>Điều 1. Ban hành kèm theo Quyết định này Kế hoạch làm đường giao thông nông thôn năm 2026.</p>
<p>Điều 2. Quyết định này có hiệu lực kể từ ngày ký.</p>
<p>Nơi nhận:</p><p>- Như Điều 2;</p><p>- UBND tỉnh;</p><p>- Lưu: VT.</p>
<p><b>TM. ỦY BAN NHÂN DÂN</b></p><p><b>CHỦ TỊCH</b></p><p><b>Lò Văn Tư</b></p>
<p style="page-break-before: always"><b>PHỤ LỤC</b></p>
<p><i>(Ban hành kèm theo Quyết định số 45/QĐ-UBND ngày 04/5/2026)</i></p>
<table class="t">{rows}</table>
</body></html>"""
    plan = read_plan(html_to_pdf(html), "quyet-dinh.pdf")
    _assert_decision(plan)


def test_a_two_column_task_table_with_the_assignment_in_one_cell():
    table = tbl(
        [tc("Nội dung công việc"), tc("Phân công thực hiện")],
        [
            tc("1. Rà soát hộ nghèo năm 2026"),
            "<w:tc>"
            + p("- Chủ trì: Phòng Văn hóa - Xã hội")
            + p("- Phối hợp: Các thôn")
            + p("- Thời gian: trong tháng 9")
            + "</w:tc>",
        ],
        [
            tc("2. Cấp thẻ bảo hiểm y tế"),
            "<w:tc>"
            + p("- Chủ trì: Đ/c Lý Văn Nam - Phó Chủ tịch UBND xã")
            + p("- Thời gian: thường xuyên")
            + "</w:tc>",
        ],
    )
    data = docx(
        p("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
        p("Số: 12/KH-UBND"),
        p("Phú Xá, ngày 04 tháng 5 năm 2026"),
        p("KẾ HOẠCH"),
        p("An sinh xã hội năm 2026"),
        p("I. NỘI DUNG VÀ PHÂN CÔNG"),
        table,
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Lò Văn Tư"),
    )
    plan = read_plan(data, "ke-hoach.docx")
    first, second = plan.tasks
    assert (first.number, first.title) == ("1", "Rà soát hộ nghèo năm 2026")
    assert first.lead_text == "Phòng Văn hóa - Xã hội"
    assert first.coordinating_units == ["Các thôn"]
    assert first.ends_on == datetime.date(2026, 9, 30)
    assert (second.number, second.title) == ("2", "Cấp thẻ bảo hiểm y tế")
    assert second.lead_text == ""
    assert second.official_text == "Lý Văn Nam - Phó Chủ tịch UBND xã"
    assert second.ends_on == datetime.date(2026, 12, 31)


def test_the_class_of_a_heading_does_not_depend_on_the_order_of_a_set():
    """ "Kế hoạch thực hiện Chương trình mục tiêu quốc gia" names tasks and
    objectives; the one named first wins on every run, whatever the hash
    seed (it used to change from one run to the next)."""
    script = (
        "import django; django.setup()\n"
        "from tests.plans.reading import plan_of\n"
        "body = ('1. Làm 2 km đường thôn.\\n'\n"
        "        'III. KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA\\n'\n"
        "        '1. Lắp 40 đèn đường.\\n')\n"
        "plan = plan_of(body, 'k.txt')\n"
        "print(sorted(t.title for t in plan.tasks))\n"
    )
    seen = set()
    for seed in ("0", "1", "2", "5"):
        out = run_at_root(
            [sys.executable, "-c", script],
            timeout=120,
            PYTHONHASHSEED=seed,
            DJANGO_SETTINGS_MODULE="ntm.settings",
        )
        assert out.returncode == 0, out.stderr
        seen.add(out.stdout.strip())
    assert seen == {"['Làm 2 km đường thôn', 'Lắp 40 đèn đường']"}


def test_the_one_in_charge_in_brackets_a_person_or_a_body():
    plan = plan_of(
        "- Vận động hiến đất làm đường (Đ/c Lý Văn Nam - Phó Chủ tịch UBND xã "
        "phụ trách; Quý II/2026).\n"
        "- Sửa cầu tràn Nà Lừa (Phòng Kinh tế phụ trách, tháng 8/2026).\n"
        "- Tập huấn cho cán bộ phụ trách văn hóa (02 lớp).\n"
        "- Lát sân nhà văn hóa (Đồng chí Hà Thị Lan chủ trì).\n"
    )
    tasks = by_title(plan)
    land = tasks["Vận động hiến đất làm đường"]
    assert land.official_text == "Lý Văn Nam - Phó Chủ tịch UBND xã"
    assert land.lead_text == "" and land.ends_on == datetime.date(2026, 6, 30)
    bridge = tasks["Sửa cầu tràn Nà Lừa"]
    assert bridge.lead_text == "Phòng Kinh tế"
    assert bridge.ends_on == datetime.date(2026, 8, 31)
    # "phụ trách" inside the words of the task is no assignment.
    assert "Tập huấn cho cán bộ phụ trách văn hóa (02 lớp)" in tasks
    yard = tasks["Lát sân nhà văn hóa"]
    assert (yard.lead_text, yard.official_text) == ("", "Hà Thị Lan")


def test_the_state_of_an_indicator_stays_with_its_tasks():
    plan = plan_of(
        "Chỉ tiêu 17.1 - Tỷ lệ hộ dùng nước sạch\n"
        "- Hiện trạng: đạt 52%, chưa đạt.\n"
        "- Nhiệm vụ:\n"
        "+ Vận động 45 hộ đấu nối nước sạch.\n"
        "+ Kiểm tra chất lượng nước.\n"
        "- Chủ trì: Trạm Y tế xã.\n"
    )
    assert [t.description for t in plan.tasks] == [
        "- Hiện trạng: đạt 52%, chưa đạt."
    ] * 2


def test_a_named_person_is_matched_to_the_official_of_that_name():
    from plans.document_import.proposal import _official
    from villages.models import Official

    binh = Official(full_name="Hoàng Văn Bình", position="Phó Chủ tịch UBND xã")
    other = Official(full_name="Lý Văn Nam", position="Công chức Tư pháp - Hộ tịch")
    text = "Đ/c Hoàng Văn Bình - Phó Chủ tịch UBND xã"
    assert _official(text, [other, binh]) is binh


def test_a_word_plan_exported_to_pdf_by_libreoffice_keeps_its_tasks():
    """Offices export Word plans to PDF: Word's numbering comes out as
    "1.1.Hoàn thành" (no space), a task and its first label run together in
    one paragraph ("… Nà Lừa Phụ trách: Đ/c …"), and a long table is cut by
    the page, one row's cells ending on the next page."""
    from tests.plans.import_corpus.make_files import bordered, cell, libreoffice_pdf

    rows = [
        [cell(p(h)) for h in ("TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian")]
    ]
    for n in range(1, 31):
        rows.append(
            [
                cell(p(str(n))),
                cell(p(f"Làm đường bê tông thôn số {n}")),
                cell(p("Phòng Kinh tế")),
                cell(
                    p(
                        "Các thôn; Hội Nông dân xã; Đoàn Thanh niên xã; Hội Cựu chiến binh xã"
                    )
                ),
                cell(p("Quý III/2026")),
            ]
        )
    data = docx(
        p("ỦY BAN NHÂN DÂN XÃ PHÚ XÁ"),
        p("Số: 12/KH-UBND"),
        p("Phú Xá, ngày 04 tháng 5 năm 2026"),
        p("KẾ HOẠCH"),
        p("Làm đường giao thông nông thôn năm 2026"),
        p("MỤC TIÊU", num=(1, 0)),
        p("Cứng hóa thêm 30 km đường thôn."),
        p("NHIỆM VỤ", num=(1, 0)),
        p("Về đường ngõ xóm", num=(1, 1)),
        p("Mở rộng đường ngõ xóm thôn Nà Lừa", num=(1, 2)),
        p("Phụ trách: Đ/c Lý Văn Nam - Phó Chủ tịch UBND xã; phối hợp: Công an xã."),
        p("Thời hạn: 30/9/2026."),
        p("Về đường thôn", num=(1, 1)),
        bordered([600, 3000, 1600, 2600, 1200], rows),
        p("TM. ỦY BAN NHÂN DÂN"),
        p("CHỦ TỊCH"),
        p("Lò Văn Tư"),
    )
    plan = read_plan(libreoffice_pdf(data), "ke-hoach.pdf")
    tasks = by_title(plan)
    lane = tasks["Mở rộng đường ngõ xóm thôn Nà Lừa"]
    assert lane.number == "1.1"
    assert lane.official_text == "Lý Văn Nam - Phó Chủ tịch UBND xã"
    assert lane.coordinating_units == ["Công an xã"]
    assert lane.ends_on == datetime.date(2026, 9, 30)
    roads = [t for t in plan.tasks if t.title.startswith("Làm đường bê tông")]
    assert len(roads) == 30
    partners = [
        "Các thôn",
        "Hội Nông dân xã",
        "Đoàn Thanh niên xã",
        "Hội Cựu chiến binh xã",
    ]
    assert all(t.coordinating_units == partners for t in roads)
    assert all(t.lead_text == "Phòng Kinh tế" for t in roads)


def test_a_table_split_in_two_goes_on_and_its_cut_row_is_joined():
    """The same in Word: a table split in two, the row cut between them."""
    head = [tc("TT"), tc("Nội dung"), tc("Chủ trì"), tc("Phối hợp"), tc("Thời gian")]
    data = word_plan(
        tbl(
            head,
            [
                tc("1"),
                tc("Rà soát hộ nghèo"),
                tc("Phòng Văn hóa - Xã hội"),
                tc("Các"),
                tc("Quý"),
            ],
        ),
        tbl(
            [tc(""), tc(""), tc(""), tc("thôn"), tc("III/2026")],
            [
                tc("2"),
                tc("Cấp thẻ bảo hiểm y tế"),
                tc("Trạm Y tế xã"),
                tc(""),
                tc("Quý IV/2026"),
            ],
        ),
    )
    plan = read_plan(data, "ke-hoach.docx")
    first, second = plan.tasks
    assert (first.title, first.coordinating_units) == ("Rà soát hộ nghèo", ["Các thôn"])
    assert first.ends_on == datetime.date(2026, 9, 30)
    assert (second.title, second.lead_text) == ("Cấp thẻ bảo hiểm y tế", "Trạm Y tế xã")
    assert all(line.used for line in plan.source)
