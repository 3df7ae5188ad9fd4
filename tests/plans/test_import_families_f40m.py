"""A task table's or task list's last row that only follows the plan itself
(monitoring it, gathering and reporting its results) is no task when it
states no due time of its own; real work that names a report or a check,
and a follow-up that states a due day, stay tasks (set f40m), tried on
plans of my own."""

from __future__ import annotations

import datetime

from plans.document_import import quality
from plans.document_import.follow_up import follows_up, not_a_task
from tests.plans.reading import by_title, plan_of, read_plan, task_document


def table_plan(rows) -> bytes:
    """A Word plan whose task table is `rows` (the first its header)."""
    from tests.plans.import_corpus.word_writer import save

    doc = task_document()
    t = doc.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, value in zip(t.add_row().cells, row, strict=True):
            cell.text = value
    return save(doc)


HEAD_ROW = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]


def test_a_tables_last_follow_up_row_with_no_time_is_no_task():
    plan = read_plan(
        table_plan(
            [
                HEAD_ROW,
                [
                    "1",
                    "Tập huấn cho 30 chủ thể OCOP",
                    "Phòng Nông nghiệp",
                    "",
                    "Quý II/2027",
                ],
                ["2", "Giám sát an toàn thực phẩm tại các chợ", "Trạm Y tế xã", "", ""],
                [
                    "3",
                    "Theo dõi, tổng hợp, báo cáo kết quả thực hiện Chương trình OCOP",
                    "Phòng Nông nghiệp",
                    "Các cơ quan, đơn vị liên quan",
                    "",
                ],
            ]
        ),
        "ke-hoach.docx",
    )
    # Real work with no time stays a task; the follow-up row is none,
    # whatever lead and partners it names.
    assert list(by_title(plan)) == [
        "Tập huấn cho 30 chủ thể OCOP",
        "Giám sát an toàn thực phẩm tại các chợ",
    ]


def test_a_routine_in_the_rows_own_text_is_no_due_day():
    plan = read_plan(
        table_plan(
            [
                HEAD_ROW,
                [
                    "1",
                    "Xây dựng báo cáo thuyết minh quy hoạch chung xã",
                    "Phòng Kinh tế",
                    "",
                    "30/5/2027",
                ],
                [
                    "2",
                    "Theo dõi, đôn đốc, tổng hợp báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng, năm",
                    "Văn phòng Sở",
                    "Các phòng, đơn vị thuộc Sở",
                    "",
                ],
            ]
        ),
        "ke-hoach.docx",
    )
    assert list(by_title(plan)) == ["Xây dựng báo cáo thuyết minh quy hoạch chung xã"]


def test_a_follow_up_row_with_a_due_day_or_a_time_cell_stays_a_task():
    plan = read_plan(
        table_plan(
            [
                HEAD_ROW,
                [
                    "1",
                    "Tổng hợp, báo cáo kết quả thực hiện Chương trình năm 2027",
                    "Văn phòng Sở",
                    "",
                    "15/12/2027",
                ],
                [
                    "2",
                    "Tổng hợp, báo cáo tiến độ thực hiện Chương trình hằng quý",
                    "Văn phòng Sở",
                    "",
                    "Thường xuyên",
                ],
            ]
        ),
        "ke-hoach.docx",
    )
    tasks = by_title(plan)
    assert list(tasks) == [
        "Tổng hợp, báo cáo kết quả thực hiện Chương trình năm 2027",
        "Tổng hợp, báo cáo tiến độ thực hiện Chương trình hằng quý",
    ]
    assert (
        tasks["Tổng hợp, báo cáo kết quả thực hiện Chương trình năm 2027"].time_text
        == "15/12/2027"
    )


def test_a_lists_last_follow_up_item_is_no_task():
    plan = plan_of(
        "- Tổ chức ra quân tổng vệ sinh tại 12 khu phố trong tháng 6/2026 (Đoàn Thanh niên xã chủ trì).\n"
        "- Giám sát chất lượng thi công các tuyến mương thoát nước (Ban giám sát đầu tư của cộng đồng thực hiện).\n"
        "- Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện (Văn phòng HĐND và UBND xã thực hiện).\n"
    )
    tasks = by_title(plan)
    assert list(tasks) == [
        "Tổ chức ra quân tổng vệ sinh tại 12 khu phố",
        "Giám sát chất lượng thi công các tuyến mương thoát nước",
    ]
    assert tasks["Tổ chức ra quân tổng vệ sinh tại 12 khu phố"].lead_text == (
        "Đoàn Thanh niên xã"
    )


def test_a_duty_that_supervises_the_lending_groups_is_a_task():
    # Review 40: supervising "hoạt động ủy thác" is work of the world, not
    # following the plan; the duty that only gathers stays none.
    plan = plan_of(
        "+ Kiện toàn Ban quản lý 28 Tổ tiết kiệm và vay vốn, hoàn thành trước ngày 30/6/2026 (Hội Nông dân xã thực hiện).\n"
        "+ Kiểm tra, giám sát hoạt động ủy thác tại các Tổ tiết kiệm và vay vốn theo chương trình đã ký kết; hằng quý tổng hợp kết quả (Hội Nông dân xã thực hiện).\n"
    )
    assert list(by_title(plan)) == [
        "Kiện toàn Ban quản lý 28 Tổ tiết kiệm và vay vốn",
        "Kiểm tra, giám sát hoạt động ủy thác tại các Tổ tiết kiệm và vay vốn "
        "theo chương trình đã ký kết",
    ]


def test_a_follow_up_with_a_due_day_in_its_sentence_stays_a_task():
    plan = plan_of(
        "- Tổ chức ra quân tổng vệ sinh tại 12 khu phố trong tháng 6/2026 (Đoàn Thanh niên xã chủ trì).\n"
        "- Tổng hợp, báo cáo kết quả thực hiện các tiêu chí (hằng quý).\n"
        "- Theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân xã trước ngày 15/12/2026.\n"
    )
    assert len(plan.tasks) == 3, [t.title for t in plan.tasks]


def test_numbered_items_with_time_lines_and_the_next_number():
    plan = plan_of(
        "1. Phát quang, chỉnh trang hàng rào xanh tại 05 thôn.\n"
        "Đơn vị chủ trì: Ban phát triển các thôn.\n"
        "Thời gian: tháng 5/2026.\n"
        "2. Theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân xã.\n"
        "Đơn vị chủ trì: Phòng Kinh tế.\n"
        "3. Hoàn thiện hồ sơ, báo cáo đề nghị công nhận xã đạt chuẩn tiêu chí Giao thông.\n"
        "Đơn vị chủ trì: Phòng Kinh tế.\n"
        "Thời gian: trước ngày 15/11/2026.\n"
    )
    tasks = by_title(plan)
    assert list(tasks) == [
        "Phát quang, chỉnh trang hàng rào xanh tại 05 thôn",
        "Hoàn thiện hồ sơ, báo cáo đề nghị công nhận xã đạt chuẩn tiêu chí Giao thông",
    ]
    work = tasks[
        "Hoàn thiện hồ sơ, báo cáo đề nghị công nhận xã đạt chuẩn tiêu chí Giao thông"
    ]
    assert work.time_text.endswith("15/11/2026")
    # Numbered items keep the document's numbers.
    assert [t.number for t in plan.tasks] == ["1", "3"]


def test_what_follows_the_plan_up_and_what_is_work():
    for text in (
        "Theo dõi, tổng hợp, báo cáo kết quả thực hiện Chương trình OCOP",
        "Theo dõi, đôn đốc, tổng hợp báo cáo kết quả thực hiện Kế hoạch định kỳ 6 tháng, năm",
        "Tổng hợp, báo cáo kết quả thực hiện các tiêu chí về Ủy ban nhân dân tỉnh",
        "Theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân xã",
        "- Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân Thành phố "
        "(Phòng Văn hóa - Xã hội thực hiện).",
        "Theo dõi, đôn đốc tiến độ thực hiện; hằng quý tổng hợp kết quả",
        "TONG HOP, BAO CAO KET QUA THUC HIEN KE HOACH",
    ):
        assert follows_up(text), text
    for text in (
        "Xây dựng báo cáo thuyết minh quy hoạch",
        "Hoàn thiện hồ sơ, báo cáo đề nghị công nhận xã đạt chuẩn",
        "Kiểm tra chất lượng nước tại trạm cấp nước tập trung",
        "Giám sát an toàn thực phẩm tại các chợ",
        "Tổ chức hội nghị sơ kết 6 tháng",
        "Kiểm tra, giám sát hoạt động ủy thác tại các Tổ tiết kiệm và vay vốn; "
        "hằng quý tổng hợp kết quả",
        "Tổng hợp ý kiến cử tri về xây dựng nông thôn mới",
        "Báo cáo kết quả thực hiện nhiệm vụ Quý I, đề xuất nhiệm vụ Quý II năm 2027",
    ):
        assert not follows_up(text), text


def test_the_time_decides_for_a_follow_up():
    text = "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch"
    assert not_a_task(text, "", "", stated_row=True)
    assert not_a_task(text, "định kỳ 6 tháng, năm", "inline", stated_row=False)
    assert not not_a_task(text, "trước ngày 15/12/2026", "inline", stated_row=False)
    # A routine written as its time, in its bracket, is one (set round13).
    assert not not_a_task(
        "Tổng hợp, báo cáo kết quả thực hiện các tiêu chí",
        "hằng quý",
        "inline",
        stated_row=False,
        written="- Tổng hợp, báo cáo kết quả thực hiện các tiêu chí (hằng quý).",
    )
    # A table's "Hằng năm" or "Thường xuyên" is its time (set f39p, round22).
    assert not not_a_task(text, "Hằng năm", "column", stated_row=True)
    # Checking on the plan itself, as before (set f39t).
    check = "Kiểm tra, giám sát việc thực hiện Kế hoạch tại cơ sở Hội."
    assert not_a_task(check, "", "", stated_row=False)
    assert not not_a_task(check, "Quý IV/2026", "column", stated_row=True)


# ── The set's own files ──


def test_the_set_is_measured_by_default():
    assert "f40m" in quality.SETS
    total = quality.total(quality.run(quality.CORPUS / "f40m"))
    for field in ("tasks", "leads", "coordinating", "deadlines", "header"):
        assert total.scores[field].precision == 1.0, field
        assert total.scores[field].recall == 1.0, field


def test_the_ocop_tables_row_9_is_no_task():
    from tests.plans.reading import read_file

    plan = read_file(quality.CORPUS / "f40m" / "f40m-huyen-cam-xuyen-ocop-bang.docx")
    assert plan.issued_on == datetime.date(2026, 1, 20)
    assert len(plan.tasks) == 8
    assert not any(t.title.startswith("Theo dõi") for t in plan.tasks)
