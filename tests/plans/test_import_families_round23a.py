"""The families the lead's hold-out of round 23 read badly (round 23a,
docs/import-quality.md), tried on plans that are in no corpus: a task
table whose "Ghi chú" column assigns the work; a table with both "Lãnh đạo
phụ trách" and "Công chức tham mưu" columns."""

from __future__ import annotations

import datetime
import io

from openpyxl import Workbook

from tests.documents.docx_parts import p, tbl, tc
from tests.plans.reading import by_title, read_plan, word_plan

D = datetime.date


def word(*body: str):
    return read_plan(word_plan(*body), "ke-hoach.docx")


def rows(*cells: list[str]) -> list[list[str]]:
    return [[tc(text) for text in row] for row in cells]


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
