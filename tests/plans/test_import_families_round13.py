"""The families that round 13 found (docs/import-quality.md), tried on
plans that are in no corpus: numbers typed with a slash ("1/", "a/", "I/",
"1.1/") as offices type them when they skip Word's lists, with tasks that
name their criterion by its field ("Tiêu chí Giao thông: …") and assign it
after the work ("Đơn vị thực hiện: …; xong trước 30/6"); tasks listed
under time headings ("Tháng 01/2027", "Quý II/2027", "Tuần 1 (từ 05 -
09/01/2027)") whose period is every item's time; an assignment table whose
first column is the body and whose task cell holds several "-" tasks, each
with its time in brackets."""

from __future__ import annotations

import datetime

import pytest

from plans.document_import.markers import marker
from tests.documents.docx_parts import p, tbl, tc
from tests.plans.reading import by_title, lines_cell, plan_of, read_plan, word_plan

D = datetime.date


@pytest.mark.parametrize(
    "line, kind, number, rest",
    [
        ("1/ Mục đích", "dec1", "1", "Mục đích"),
        ("2/ Nội dung khắc phục", "dec1", "2", "Nội dung khắc phục"),
        ("1.2/ Về môi trường", "dec2", "1.2", "Về môi trường"),
        ("a/ Tiêu chí Y tế: khám", "letter", "a", "Tiêu chí Y tế: khám"),
        ("đ/ Lắp đèn", "letter", "đ", "Lắp đèn"),
        ("II/ NỘI DUNG", "roman", "II", "NỘI DUNG"),
        ("3) Làm đường", "dec1", "3", "Làm đường"),
    ],
)
def test_numbers_typed_with_a_slash_are_markers(line, kind, number, rest):
    assert marker(line) == (kind, number, rest)


@pytest.mark.parametrize(
    "line",
    [
        "30/6 là hạn cuối",
        "1/2 số hộ đã đăng ký",
        "b/c kết quả",
        "2/2027",
        # A day typed with a space after the slash: a date, not task 30.
        "30/ 6 hoàn thành thu gom rác thải.",
        "15/ 10/2027 nghiệm thu công trình.",
    ],
)
def test_a_slash_with_no_space_after_it_is_no_marker(line):
    assert marker(line)[0] == "text"


SLASHED = (
    "1/ Giao thông\n"
    "a/ Tiêu chí Giao thông: cứng hóa 1,2 km đường trục thôn Tân Lập. "
    "Đơn vị thực hiện: Phòng Kinh tế; xong trước 30/9.\n"
    "b/ Tiêu chí Thủy lợi và phòng, chống thiên tai: nạo vét 3 km kênh mương "
    "nội đồng. Đơn vị thực hiện: Hợp tác xã nông nghiệp, phối hợp các thôn; "
    "chậm nhất ngày 15/5/2026.\n"
    "2/ Văn hóa, xã hội\n"
    "a/ Tiêu chí Giáo dục: sửa chữa 02 phòng học trường Tiểu học Phú Xá. "
    "Đơn vị thực hiện: Phòng Văn hóa - Xã hội; hoàn thành dứt điểm trong quý III.\n"
    "b/ Tiêu chí Văn hóa: mua sắm trang thiết bị nhà văn hóa thôn Đồng Tâm. "
    "Đơn vị thực hiện: Phòng Văn hóa - Xã hội; đến ngày 31/10/2026.\n"
)


def test_slash_numbered_tasks_name_their_criterion_and_are_assigned_after_the_work():
    tasks = by_title(plan_of(SLASHED))
    assert list(tasks) == [
        "Cứng hóa 1,2 km đường trục thôn Tân Lập",
        "Nạo vét 3 km kênh mương nội đồng",
        "Sửa chữa 02 phòng học trường Tiểu học Phú Xá",
        "Mua sắm trang thiết bị nhà văn hóa thôn Đồng Tâm",
    ]
    road = tasks["Cứng hóa 1,2 km đường trục thôn Tân Lập"]
    assert (road.number, road.lead_text, road.ends_on) == (
        "1.a",
        "Phòng Kinh tế",
        D(2026, 9, 30),  # "xong trước 30/9": the plan's year
    )
    # The criterion named by its field stays with the task.
    assert "Tiêu chí Giao thông" in road.description
    canal = tasks["Nạo vét 3 km kênh mương nội đồng"]
    assert canal.lead_text == "Hợp tác xã nông nghiệp"
    assert canal.coordinating_units == ["các thôn"]
    assert canal.ends_on == D(2026, 5, 15)
    school = tasks["Sửa chữa 02 phòng học trường Tiểu học Phú Xá"]
    assert (school.number, school.ends_on) == ("2.a", D(2026, 9, 30))
    assert tasks["Mua sắm trang thiết bị nhà văn hóa thôn Đồng Tâm"].ends_on == D(
        2026, 10, 31
    )


def test_roman_and_decimal_slashes_nest_like_dots():
    plan = plan_of(
        "1.1/ Lắp 20 bóng đèn chiếu sáng đường thôn Đồng Tâm (Phòng Kinh tế chủ "
        "trì; hoàn thành trước ngày 30/6/2026).\n"
        "1.2/ Trồng 500 cây xanh trên tuyến đường trục xã (Đoàn Thanh niên xã "
        "chủ trì; hoàn thành trước ngày 31/3/2026).\n"
    )
    assert [(t.number, t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        (
            "1.1",
            "Lắp 20 bóng đèn chiếu sáng đường thôn Đồng Tâm",
            "Phòng Kinh tế",
            D(2026, 6, 30),
        ),
        (
            "1.2",
            "Trồng 500 cây xanh trên tuyến đường trục xã",
            "Đoàn Thanh niên xã",
            D(2026, 3, 31),
        ),
    ]


MONTHS = (
    "Tháng 4/2026:\n"
    "- Ra quân làm sạch kênh mương nội đồng tại 6 thôn (Hợp tác xã nông nghiệp "
    "chủ trì, các thôn phối hợp).\n"
    "- Kiểm tra 40 hộ đăng ký chỉnh trang hàng rào xanh (Hội Phụ nữ xã).\n"
    "Tháng 5/2026:\n"
    "- Tổ chức hội thi tìm hiểu pháp luật cho thanh niên (Đoàn Thanh niên xã "
    "chủ trì; Công an xã, Trường THCS Phú Xá phối hợp).\n"
    "- Hoàn thiện hồ sơ đề nghị hỗ trợ xi măng làm đường, gửi về Phòng Kinh "
    "tế trước ngày 20/5/2026 (Ban phát triển các thôn).\n"
)


def test_items_under_month_headings_take_the_month_as_their_time():
    tasks = by_title(plan_of(MONTHS))
    assert list(tasks) == [
        "Ra quân làm sạch kênh mương nội đồng tại 6 thôn",
        "Kiểm tra 40 hộ đăng ký chỉnh trang hàng rào xanh",
        "Tổ chức hội thi tìm hiểu pháp luật cho thanh niên",
        "Hoàn thiện hồ sơ đề nghị hỗ trợ xi măng làm đường, gửi về Phòng Kinh tế",
    ]
    canal = tasks["Ra quân làm sạch kênh mương nội đồng tại 6 thôn"]
    assert (canal.lead_text, canal.coordinating_units) == (
        "Hợp tác xã nông nghiệp",
        ["các thôn"],
    )
    assert (canal.starts_on, canal.ends_on) == (D(2026, 4, 1), D(2026, 4, 30))
    fences = tasks["Kiểm tra 40 hộ đăng ký chỉnh trang hàng rào xanh"]
    # A bracket that names only a body is the lead, never the title.
    assert (fences.lead_text, fences.ends_on) == ("Hội Phụ nữ xã", D(2026, 4, 30))
    contest = tasks["Tổ chức hội thi tìm hiểu pháp luật cho thanh niên"]
    assert contest.lead_text == "Đoàn Thanh niên xã"
    assert contest.coordinating_units == ["Công an xã", "Trường THCS Phú Xá"]
    assert contest.ends_on == D(2026, 5, 31)
    # An earlier day the item names is its deadline, not part of its title.
    papers = tasks[
        "Hoàn thiện hồ sơ đề nghị hỗ trợ xi măng làm đường, gửi về Phòng Kinh tế"
    ]
    assert (papers.lead_text, papers.ends_on) == (
        "Ban phát triển các thôn",
        D(2026, 5, 20),
    )


def test_an_item_with_its_own_day_starts_with_its_period():
    plan = plan_of(
        "Quý III/2026\n"
        "- Nghiệm thu đường trục thôn Tân Lập trước ngày 15/8/2026 (Phòng Kinh tế).\n"
    )
    [road] = plan.tasks
    assert (road.title, road.lead_text) == (
        "Nghiệm thu đường trục thôn Tân Lập",
        "Phòng Kinh tế",
    )
    # From the quarter's first day (not the plan's, 04/5/2026) to its own.
    assert (road.starts_on, road.ends_on) == (D(2026, 7, 1), D(2026, 8, 15))


def test_month_headings_in_word_bold_italic_with_no_colon_read_the_same():
    body = []
    for line in MONTHS.splitlines():
        if line.startswith("Tháng"):
            body.append(p(runs=[(line.rstrip(":"), "bi")]))
        else:
            body.append(p(line))
    plan = read_plan(word_plan(*body), "ke-hoach.docx")
    assert [(t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("Hợp tác xã nông nghiệp", D(2026, 4, 30)),
        ("Hội Phụ nữ xã", D(2026, 4, 30)),
        ("Đoàn Thanh niên xã", D(2026, 5, 31)),
        ("Ban phát triển các thôn", D(2026, 5, 20)),
    ]


@pytest.mark.parametrize(
    "heading, start, end",
    [
        ("Quý II/2026", D(2026, 4, 1), D(2026, 6, 30)),
        ("Tuần 1 (từ 05 - 09/01/2026)", D(2026, 1, 5), D(2026, 1, 9)),
        ("Từ ngày 11/5 đến ngày 22/5/2026", D(2026, 5, 11), D(2026, 5, 22)),
        ("6 tháng cuối năm 2026", D(2026, 7, 1), D(2026, 12, 31)),
    ],
)
def test_every_kind_of_period_heading_times_its_items(heading, start, end):
    plan = plan_of(
        f"{heading}\n"
        "- Phun thuốc khử trùng chuồng trại tại 5 thôn (Trạm Y tế xã).\n"
        "- Tổng vệ sinh đường làng (Đoàn Thanh niên xã chủ trì, các thôn phối hợp).\n"
    )
    assert [(t.lead_text, t.starts_on, t.ends_on) for t in plan.tasks] == [
        ("Trạm Y tế xã", start, end),
        ("Đoàn Thanh niên xã", start, end),
    ]
    assert [t.title for t in plan.tasks] == [
        "Phun thuốc khử trùng chuồng trại tại 5 thôn",
        "Tổng vệ sinh đường làng",
    ]


def test_a_numbered_period_heading_times_its_items_too():
    plan = plan_of(
        "1. Quý I/2026\n"
        "- Rà soát hộ nghèo, hộ cận nghèo (Phòng Văn hóa - Xã hội).\n"
        "2. Quý II/2026\n"
        "- Cấp thẻ bảo hiểm y tế cho hộ cận nghèo (Phòng Văn hóa - Xã hội).\n"
    )
    assert [(t.title, t.ends_on) for t in plan.tasks] == [
        ("Rà soát hộ nghèo, hộ cận nghèo", D(2026, 3, 31)),
        ("Cấp thẻ bảo hiểm y tế cho hộ cận nghèo", D(2026, 6, 30)),
    ]


def test_a_time_line_under_a_task_stays_that_tasks_time_and_a_place_in_brackets_no_lead():
    plan = plan_of(
        "1. Xây dựng nhà văn hóa (thôn Đông)\n"
        "- Chủ trì: Phòng Kinh tế.\n"
        "- Thời gian: Quý III/2026.\n"
        "2. Tổ chức Hội nghị sơ kết (Hội nghị trực tuyến)\n"
        "- Chủ trì: Văn phòng UBND xã.\n"
    )
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("Xây dựng nhà văn hóa (thôn Đông)", "Phòng Kinh tế", D(2026, 9, 30)),
        ("Tổ chức Hội nghị sơ kết (Hội nghị trực tuyến)", "Văn phòng UBND xã", None),
    ]


def test_a_table_by_body_gives_a_task_per_item_of_a_cell_each_with_its_own_time():
    plan = read_plan(
        word_plan(
            tbl(
                [
                    tc("TT"),
                    tc("Cơ quan, đơn vị"),
                    tc("Nhiệm vụ được giao"),
                    tc("Ghi chú"),
                ],
                [
                    tc("1"),
                    tc("Phòng Kinh tế"),
                    lines_cell(
                        "- Lập danh mục công trình giao thông năm 2026 (tháng 3/2026);",
                        "- Nghiệm thu 4 km đường trục thôn (quý IV/2026);",
                        "- Báo cáo tiến độ các tiêu chí hạ tầng (hằng tháng).",
                    ),
                    tc(""),
                ],
                [
                    tc("2"),
                    tc("Hội Phụ nữ xã"),
                    lines_cell("- Vận động 200 hộ phân loại rác tại nguồn (cả năm)."),
                    tc("Phối hợp Phòng Văn hóa - Xã hội"),
                ],
            )
        ),
        "ke-hoach.docx",
    )
    assert [
        (t.number, t.title, t.lead_text, t.coordinating_units, t.ends_on)
        for t in plan.tasks
    ] == [
        (
            "1.1",
            "Lập danh mục công trình giao thông năm 2026",
            "Phòng Kinh tế",
            [],
            D(2026, 3, 31),
        ),
        (
            "1.2",
            "Nghiệm thu 4 km đường trục thôn",
            "Phòng Kinh tế",
            [],
            D(2026, 12, 31),
        ),
        (
            "1.3",
            "Báo cáo tiến độ các tiêu chí hạ tầng",
            "Phòng Kinh tế",
            [],
            D(2026, 12, 31),
        ),
        (
            "2",
            "Vận động 200 hộ phân loại rác tại nguồn",
            "Hội Phụ nữ xã",
            ["Phòng Văn hóa - Xã hội"],
            D(2026, 12, 31),
        ),
    ]


def test_items_with_no_time_of_their_own_take_the_rows_time_column():
    plan = read_plan(
        word_plan(
            tbl(
                [tc("STT"), tc("Đơn vị"), tc("Nội dung nhiệm vụ"), tc("Thời hạn")],
                [
                    tc("1"),
                    tc("Trạm Y tế xã"),
                    lines_cell(
                        "Chủ trì thực hiện:",
                        "+ Khám sức khỏe định kỳ cho 300 người cao tuổi;",
                        "+ Cập nhật hồ sơ sức khỏe điện tử (trước ngày 30/6/2026).",
                    ),
                    tc("Quý III/2026"),
                ],
            )
        ),
        "ke-hoach.docx",
    )
    assert [(t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        (
            "Khám sức khỏe định kỳ cho 300 người cao tuổi",
            "Trạm Y tế xã",
            D(2026, 9, 30),
        ),
        ("Cập nhật hồ sơ sức khỏe điện tử", "Trạm Y tế xã", D(2026, 6, 30)),
    ]


def test_a_cell_of_one_piece_of_work_stays_one_task_and_other_unit_columns_keep_their_roles():
    plan = read_plan(
        word_plan(
            tbl(
                [
                    tc("TT"),
                    tc("Nội dung"),
                    tc("Đơn vị chủ trì"),
                    tc("Đơn vị phối hợp"),
                    tc("Thời gian"),
                ],
                [
                    tc("1"),
                    lines_cell(
                        "Bê tông hóa 1,5 km đường thôn Nà Lạn,",
                        "rộng 3,5 m, dày 18 cm",
                    ),
                    tc("Phòng Kinh tế"),
                    tc("Ban phát triển thôn Nà Lạn"),
                    tc("Tháng 8/2026"),
                ],
            )
        ),
        "ke-hoach.docx",
    )
    [road] = plan.tasks
    assert road.title.startswith("Bê tông hóa 1,5 km đường thôn Nà Lạn")
    assert (road.lead_text, road.coordinating_units, road.ends_on) == (
        "Phòng Kinh tế",
        ["Ban phát triển thôn Nà Lạn"],
        D(2026, 8, 31),
    )


def test_a_cell_whose_first_paragraph_is_the_work_keeps_its_items_as_details():
    plan = read_plan(
        word_plan(
            tbl(
                [tc("TT"), tc("Đơn vị"), tc("Nhiệm vụ"), tc("Thời hạn")],
                [
                    tc("1"),
                    tc("Phòng Kinh tế"),
                    lines_cell(
                        "Xây dựng nhà văn hóa thôn Nà Lạn:",
                        "- Quy mô 200 chỗ ngồi;",
                        "- Kinh phí dự kiến 1,2 tỷ đồng.",
                    ),
                    tc("Quý IV/2026"),
                ],
            )
        ),
        "ke-hoach.docx",
    )
    [house] = plan.tasks
    assert house.title.startswith("Xây dựng nhà văn hóa thôn Nà Lạn")
    assert (house.lead_text, house.ends_on) == ("Phòng Kinh tế", D(2026, 12, 31))


@pytest.mark.parametrize("heading", ["Tháng 01/2027:", "Trong tháng 3:"])
def test_a_period_heading_under_a_numbered_section_closes_at_the_next_section(
    heading,
):
    """ "Tháng 01/2027:" under "1. Giao thông" is a child of that section:
    "2. Môi trường" closes it, keeps its heading, and its tasks take no
    period of the section before."""
    plan = plan_of(
        "1. Giao thông\n"
        f"{heading}\n"
        "- Bê tông hóa 2 km đường trục thôn Đông.\n"
        "Tháng 02/2027:\n"
        "- Lắp đặt 50 bóng đèn.\n"
        "2. Môi trường\n"
        "- Trồng 500 m hàng rào xanh.\n"
        "3. Y tế\n"
        "- Khám sức khỏe.\n"
    )
    rows = [(t.number, t.title, t.time_text) for t in plan.tasks]
    assert rows == [
        ("1.1", "Bê tông hóa 2 km đường trục thôn Đông", heading.rstrip(":")),
        ("1.2", "Lắp đặt 50 bóng đèn", "Tháng 02/2027"),
        ("2.1", "Trồng 500 m hàng rào xanh", ""),
        ("3.1", "Khám sức khỏe", ""),
    ]


@pytest.mark.parametrize("items", [1, 2])
def test_a_lead_in_naming_who_leads_heads_the_items_after_it_not_the_section(items):
    """ "Giao Công an xã chủ trì thực hiện các nội dung sau:" in a section:
    its "chủ trì" is not the section's own "Chủ trì:" field; the section
    stays a heading, the bullet before stays a task of no lead, and the
    items after the sentence are tasks led by Công an xã."""
    plan = plan_of(
        "1. Giao thông\n"
        "- Bê tông hóa 2 km đường trục thôn Đông.\n"
        "Giao Công an xã chủ trì thực hiện các nội dung sau:\n"
        + "".join(f"- Việc số {n}.\n" for n in range(items))
        + "2. Môi trường\n"
        "- Trồng 500 m hàng rào xanh.\n"
    )
    rows = [(t.number, t.title, t.lead_text, t.description) for t in plan.tasks]
    assert rows == [
        ("1.1", "Bê tông hóa 2 km đường trục thôn Đông", "", ""),
        *[(f"1.{n + 2}", f"Việc số {n}", "Công an xã", "") for n in range(items)],
        ("2.1", "Trồng 500 m hàng rào xanh", "", ""),
    ]
