"""The families the lead's hold-out of round 23 read badly (round 23a,
docs/import-quality.md), tried on plans that are in no corpus: a plan that
amends an earlier plan, quoting the points as amended or added; a task
table whose "Ghi chú" column assigns the work; a table with both "Lãnh đạo
phụ trách" and "Công chức tham mưu" columns."""

from __future__ import annotations

import datetime
import io

from openpyxl import Workbook

from tests.documents.docx_parts import p, tbl, tc
from tests.plans.reading import by_title, read_plan, word_plan

AMENDING = """BAN CHỈ ĐẠO CHƯƠNG TRÌNH NÔNG THÔN MỚI
XÃ ĐẠI ĐỒNG
Số: 05/KH-BCĐ
Đại Đồng, ngày 02 tháng 6 năm 2026
KẾ HOẠCH
Sửa đổi, bổ sung Kế hoạch số 02/KH-BCĐ ngày 15/01/2026
I. SỬA ĐỔI, BỔ SUNG NHIỆM VỤ
1. Sửa đổi khoản 4 mục II như sau:
"4. Nâng cấp 3 nhà văn hóa thôn đạt chuẩn
- Cơ quan chủ trì: Phòng Văn hóa - Xã hội.
- Cơ quan phối hợp: Ban phát triển các thôn.
- Thời gian hoàn thành: Tháng 10/2026."
2. Bổ sung điểm 7, điểm 8 vào mục II như sau:
“7. Trồng 2 km hàng rào xanh tại thôn Bái
- Cơ quan chủ trì: Hội Nông dân xã.
- Thời gian hoàn thành: Quý IV/2026.
8. Tập huấn chuyển đổi số cho hợp tác xã
- Cơ quan chủ trì: Phòng Kinh tế.
- Thời gian hoàn thành: 30/11/2026.”
3. Bãi bỏ điểm 5 mục II Kế hoạch số 02/KH-BCĐ.
II. TỔ CHỨC THỰC HIỆN
Các thành viên Ban Chỉ đạo triển khai thực hiện.
Nơi nhận:
- Đảng ủy xã;
- Lưu: VT.
TRƯỞNG BAN
CHỦ TỊCH UBND XÃ
Nông Văn Khải
"""

D = datetime.date


def word(*body: str):
    return read_plan(word_plan(*body), "ke-hoach.docx")


def rows(*cells: list[str]) -> list[list[str]]:
    return [[tc(text) for text in row] for row in cells]


# ── F1: a plan that amends an earlier plan ──


def test_the_points_as_amended_or_added_are_the_tasks():
    plan = read_plan(AMENDING)
    assert [(t.number, t.title, t.lead_text, t.ends_on) for t in plan.tasks] == [
        ("4", "Nâng cấp 3 nhà văn hóa thôn đạt chuẩn", "Phòng Văn hóa - Xã hội",
         D(2026, 10, 31)),
        ("7", "Trồng 2 km hàng rào xanh tại thôn Bái", "Hội Nông dân xã",
         D(2026, 12, 31)),
        ("8", "Tập huấn chuyển đổi số cho hợp tác xã", "Phòng Kinh tế",
         D(2026, 11, 30)),
    ]  # fmt: skip
    assert plan.tasks[0].coordinating_units == ["Ban phát triển các thôn"]
    # The sentences that amend, add and repeal are no tasks; their lines
    # are used.
    assert all(line.used for line in plan.source)


def test_a_steering_committees_head_signs_with_his_other_post_under():
    plan = read_plan(AMENDING)
    assert (plan.signer_title, plan.signing_authority, plan.signer_name) == (
        "TRƯỞNG BAN",
        "",
        "Nông Văn Khải",
    )


# ── F2: the responsibility only in a "Ghi chú" column ──


def test_a_note_that_assigns_the_work_gives_the_lead_and_the_partners():
    plan = word(
        p("Các nhiệm vụ cụ thể:"),
        tbl(
            *rows(
                ["TT", "Nội dung", "Thời gian", "Ghi chú"],
                [
                    "1",
                    "Nạo vét kênh tưới Đồng Bầu",
                    "Quý II/2027",
                    "Giao Hợp tác xã Đồng Tiến chủ trì; Hội Nông dân xã phối hợp",
                ],
                [
                    "2",
                    "Sửa chữa nhà văn hóa bản Mường",
                    "Tháng 8/2027",
                    "Ban phát triển bản Mường chủ trì, phối hợp Đoàn Thanh niên xã",
                ],
                [
                    "3",
                    "Phun thuốc khử trùng chuồng trại",
                    "Tháng 5/2027",
                    "Trạm Thú y xã thực hiện",
                ],
                ["4", "Lắp đèn đường bản Pá", "Quý III/2027", "Nguồn xã hội hóa"],
            )  # fmt: skip
        ),
    )
    tasks = by_title(plan)
    assert len(tasks) == 4
    first = tasks["Nạo vét kênh tưới Đồng Bầu"]
    assert first.lead_text == "Hợp tác xã Đồng Tiến"
    assert first.coordinating_units == ["Hội Nông dân xã"]
    second = tasks["Sửa chữa nhà văn hóa bản Mường"]
    assert second.lead_text == "Ban phát triển bản Mường"
    assert second.coordinating_units == ["Đoàn Thanh niên xã"]
    assert tasks["Phun thuốc khử trùng chuồng trại"].lead_text == "Trạm Thú y xã"
    # A note that assigns nothing stays a note.
    fourth = tasks["Lắp đèn đường bản Pá"]
    assert fourth.lead_text == ""
    assert "Nguồn xã hội hóa" in fourth.description
    assert fourth.ends_on == D(2027, 9, 30)


# ── F3: "Lãnh đạo phụ trách" beside "Công chức tham mưu" ──

HEAD = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp",
        "Lãnh đạo phụ trách", "Công chức tham mưu", "Thời gian hoàn thành"]  # fmt: skip


def test_the_advising_official_is_the_named_official_not_the_leader():
    plan = word(
        tbl(
            *rows(
                HEAD,
                [
                    "1",
                    "Chỉnh trang khuôn viên trụ sở xã",
                    "Văn phòng HĐND và UBND xã",
                    "Đoàn Thanh niên xã",
                    "Phó Chủ tịch UBND xã Vi Văn Đức",
                    "Hoàng Thị Nga",
                    "Tháng 4/2027",
                ],
            )  # fmt: skip
        )
    )
    (task,) = plan.tasks
    assert task.lead_text == "Văn phòng HĐND và UBND xã"
    assert task.official_text == "Hoàng Thị Nga"
    assert "Vi Văn Đức" not in task.lead_text + task.official_text


def first_of(year: int, month: int) -> datetime.datetime:
    """A month's first day as a spreadsheet keeps it (no time zone)."""
    return datetime.datetime(year, month, 1)  # noqa: DTZ001


def test_a_workbook_month_date_is_due_on_the_months_last_day():
    wb = Workbook()
    ws = wb.active
    ws.append(["ỦY BAN NHÂN DÂN XÃ ĐỒNG VĂN"])
    ws.append(["PHÂN CÔNG NHIỆM VỤ NĂM 2027"])
    ws.append(["(Kèm theo Kế hoạch số 09/KH-UBND ngày 10/01/2027 của UBND xã)"])
    ws.append(HEAD)
    ws.append([1, "Kiên cố hóa 1,2 km kênh mương", "Phòng Kinh tế",
               "Hội Nông dân xã", "Chủ tịch UBND xã Giàng Seo Phử",
               "Sùng Thị Dợ", first_of(2027, 2)])  # fmt: skip
    ws.append([2, "Xây dựng 2 điểm thu gom rác", "Hội Phụ nữ xã", "Các thôn",
               "Phó Chủ tịch UBND xã Vàng A Sình", "Lý Văn Pao",
               first_of(2027, 11)])  # fmt: skip
    for row in (5, 6):
        ws.cell(row=row, column=7).number_format = "mm/yyyy"
    data = io.BytesIO()
    wb.save(data)
    plan = read_plan(data.getvalue(), "phan-cong.xlsx")
    assert [(t.official_text, t.ends_on) for t in plan.tasks] == [
        ("Sùng Thị Dợ", D(2027, 2, 28)),
        ("Lý Văn Pao", D(2027, 11, 30)),
    ]
