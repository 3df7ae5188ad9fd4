"""A task table whose content cell holds the work and then, in paragraphs of
their own, what the row's other columns would say ("Sản phẩm: …", "Kết
quả: …", "Thời gian: …"): the work is the title, the labelled paragraphs are
the row's attributes. Found by the lead's round 15 hold-out (a LibreOffice
table whose cells end with "Sản phẩm: …"); these plans are in no corpus."""

from __future__ import annotations

import datetime

from tests.documents.docx_parts import p, tbl, tc
from tests.plans.reading import read_plan, word_plan

D = datetime.date
HEAD = [tc("TT"), tc("Nội dung nhiệm vụ"), tc("Đơn vị chủ trì"), tc("Thời gian")]


def plan_of(*rows):
    return read_plan(word_plan(tbl(HEAD, *rows)), "ke-hoach.docx")


def test_a_product_paragraph_in_the_content_cell_is_the_rows_product():
    plan = plan_of(
        [
            tc("1"),
            tc(
                "",
                body=p("Nạo vét 2,4 km kênh tiêu thôn Đồng Lạc")
                + p("Kết quả: Biên bản nghiệm thu"),
            ),
            tc("Hợp tác xã Đồng Lạc"),
            tc("Quý II/2027"),
        ],
        [
            tc("2"),
            tc(
                "",
                body=p("Cập nhật hồ sơ đất đai trên phần mềm")
                + p("Sản phẩm đầu ra: Cơ sở dữ liệu đất đai xã"),
            ),
            tc("Phòng Kinh tế"),
            tc("30/9/2027"),
        ],
    )
    assert [(t.title, t.product, t.lead_text, t.ends_on) for t in plan.tasks] == [
        (
            "Nạo vét 2,4 km kênh tiêu thôn Đồng Lạc",
            "Biên bản nghiệm thu",
            "Hợp tác xã Đồng Lạc",
            D(2027, 6, 30),
        ),
        (
            "Cập nhật hồ sơ đất đai trên phần mềm",
            "Cơ sở dữ liệu đất đai xã",
            "Phòng Kinh tế",
            D(2027, 9, 30),
        ),
    ]


def test_a_time_in_the_content_cell_times_a_row_whose_time_cell_is_empty():
    plan = plan_of(
        [
            tc("1"),
            tc(
                "",
                body=p("Tổ chức lớp tập huấn kỹ thuật trồng cam hữu cơ")
                + p("Sản phẩm: 02 lớp, 80 học viên")
                + p("Thời gian thực hiện: tháng 5/2027"),
            ),
            tc("Trung tâm Khuyến nông"),
            tc(""),
        ],
    )
    [task] = plan.tasks
    assert (task.title, task.product, task.ends_on) == (
        "Tổ chức lớp tập huấn kỹ thuật trồng cam hữu cơ",
        "02 lớp, 80 học viên",
        D(2027, 5, 31),
    )


def test_a_cell_whose_second_paragraph_is_prose_stays_one_title():
    # Two paragraphs of work, no label: the cell is the task as written.
    plan = plan_of(
        [
            tc("1"),
            tc(
                "",
                body=p("Sửa chữa nhà văn hóa thôn Trung")
                + p("và làm mới cổng, tường rào"),
            ),
            tc("Phòng Văn hóa - Xã hội"),
            tc("Quý III/2027"),
        ],
    )
    assert [t.title for t in plan.tasks] == [
        "Sửa chữa nhà văn hóa thôn Trung và làm mới cổng, tường rào"
    ]


def test_a_label_then_prose_keeps_the_cell_whole():
    # "Kết quả" followed by more work is not a clean split: nothing is cut.
    plan = plan_of(
        [
            tc("1"),
            tc(
                "",
                body=p("Duy trì mô hình tổ tự quản môi trường")
                + p("Kết quả: 12 tổ hoạt động")
                + p("nhân rộng ra các thôn còn lại"),
            ),
            tc("Hội Liên hiệp Phụ nữ xã"),
            tc("Cả năm 2027"),
        ],
    )
    [task] = plan.tasks
    assert task.title.startswith("Duy trì mô hình tổ tự quản môi trường Kết quả")
    assert task.product == ""


def test_a_content_paragraph_under_the_work_goes_to_the_description():
    # "Nội dung: …" is the work's details: kept, not lost, not in the title.
    plan = plan_of(
        [
            tc("1"),
            tc(
                "",
                body=p("Cải tạo hệ thống kênh tiêu thôn Đồng Lạc")
                + p("Nội dung: nạo vét 2,4 km, đắp bờ 1,2 km, lắp 3 cống"),
            ),
            tc("Hợp tác xã Đồng Lạc"),
            tc("Quý II/2027"),
        ],
    )
    [task] = plan.tasks
    assert task.title == "Cải tạo hệ thống kênh tiêu thôn Đồng Lạc"
    assert "nạo vét 2,4 km, đắp bờ 1,2 km, lắp 3 cống" in task.description
