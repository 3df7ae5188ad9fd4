"""Joint plans laid out side by side, and vague deadlines (set f40j), tried
on documents of my own: the bodies side by side in the header's second row,
the number under the left one; the left body issues the plan and signs on
the left; every other body is a cosigner with its own signature, its
authority "" when it signs with no "TM."."""

from __future__ import annotations

import datetime
import io

import pytest
from docx import Document

from plans.document_import.timeframes import time_range
from tests.plans.reading import read_plan

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


def _fill(cell, lines):
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def joint_word(bodies, number, dated, tasks, signatures) -> bytes:
    doc = Document()
    n = len(bodies)
    head = doc.add_table(rows=3, cols=n)
    _fill(head.cell(0, 0).merge(head.cell(0, n - 1)), MOTTO)
    for i, lines in enumerate(bodies):
        _fill(head.cell(1, i), lines)
    _fill(head.cell(2, 0), [number])
    _fill(head.cell(2, n - 1), [dated])
    for text in ["KẾ HOẠCH", "LIÊN TỊCH", "Phối hợp hỗ trợ hội viên phát triển kinh tế",
                 "II. NHIỆM VỤ", *tasks]:  # fmt: skip
        doc.add_paragraph(text)
    sign = doc.add_table(rows=1, cols=len(signatures))
    for i, lines in enumerate(signatures):
        _fill(sign.cell(0, i), lines)
    doc.add_paragraph("Nơi nhận:")
    doc.add_paragraph("- Lưu: VT.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def farmers_and_bank():
    return read_plan(
        joint_word(
            [["HỘI NÔNG DÂN", "TỈNH YÊN BÁI"],
             ["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "CHI NHÁNH TỈNH YÊN BÁI"]],
            "Số: 05/KHLT-HND-NHCSXH",
            "Yên Bái, ngày 10 tháng 4 năm 2026",
            ["1. Hội Nông dân tỉnh rà soát các Tổ tiết kiệm và vay vốn; chậm nhất "
             "ngày 20/6/2026 phải hoàn thành."],
            [["TM. BAN THƯỜNG VỤ", "HỘI NÔNG DÂN TỈNH", "CHỦ TỊCH", "", "Hà Văn Lâm"],
             ["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "CHI NHÁNH TỈNH YÊN BÁI", "GIÁM ĐỐC", "",
              "Triệu Thị Mai"]],
        ),
        "ke-hoach-lien-tich.docx",
    )  # fmt: skip


def test_the_left_body_issues_and_signs(farmers_and_bank):
    plan = farmers_and_bank
    assert plan.issuer_text == "HỘI NÔNG DÂN TỈNH YÊN BÁI"
    assert plan.signing_authority == "TM. BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH"
    assert (plan.signer_title, plan.signer_name) == ("CHỦ TỊCH", "Hà Văn Lâm")


def test_the_right_body_cosigns_with_no_authority(farmers_and_bank):
    [bank] = farmers_and_bank.cosigners
    assert bank.agency_text == "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI CHI NHÁNH TỈNH YÊN BÁI"
    assert bank.signing_authority == ""
    assert (bank.signer_title, bank.signer_name) == ("GIÁM ĐỐC", "Triệu Thị Mai")


def test_latest_day_must_be_done_ends_the_title(farmers_and_bank):
    [task] = farmers_and_bank.tasks
    assert task.title == "Rà soát các Tổ tiết kiệm và vay vốn"
    assert task.ends_on == datetime.date(2026, 6, 20)


def test_three_bodies_each_sign_in_its_column():
    plan = read_plan(
        joint_word(
            [["TỈNH ĐOÀN", "LÀO CAI"], ["SỞ Y TẾ", "TỈNH LÀO CAI"],
             ["HỘI LIÊN HIỆP PHỤ NỮ", "TỈNH LÀO CAI"]],
            "Số: 02/KHLT-TĐ-SYT-HLHPN",
            "Lào Cai, ngày 02 tháng 3 năm 2026",
            ["1. Sở Y tế khám sức khỏe cho thanh niên; thời gian: cuối Quý II."],
            [["TM. BAN THƯỜNG VỤ", "BÍ THƯ", "", "Lù Văn Sáng"],
             ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Hoàng Thị Lan"],
             ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "Giàng Thị Dua"]],
        ),
        "ba-co-quan.docx",
    )  # fmt: skip
    assert plan.issuer_text == "TỈNH ĐOÀN LÀO CAI"
    assert plan.signer_name == "Lù Văn Sáng"
    assert [(c.agency_text, c.signing_authority, c.signer_name) for c in plan.cosigners] == [
        ("SỞ Y TẾ TỈNH LÀO CAI", "KT. GIÁM ĐỐC", "Hoàng Thị Lan"),
        ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "TM. BAN THƯỜNG VỤ", "Giàng Thị Dua"),
    ]  # fmt: skip


def test_copied_cell_by_cell_into_text():
    lines = [*MOTTO, "HỘI NÔNG DÂN", "HUYỆN BẢO THẮNG", "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI",
             "PHÒNG GIAO DỊCH HUYỆN BẢO THẮNG", "Số: 03/KHLT-HND-NHCSXH",
             "Bảo Thắng, ngày 05 tháng 5 năm 2026", "KẾ HOẠCH", "LIÊN TỊCH",
             "Phối hợp cho vay vốn năm 2026", "I. NHIỆM VỤ",
             "1. Hội Nông dân huyện hướng dẫn hội viên vay vốn; thời gian: từ đầu Quý "
             "III/2026.", "", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Vàng Văn Chư",
             "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "PHÒNG GIAO DỊCH HUYỆN BẢO THẮNG",
             "GIÁM ĐỐC", "Lê Văn Hòa", "", "Nơi nhận:", "- Lưu: VT."]  # fmt: skip
    plan = read_plan("\n".join(lines))
    assert plan.issuer_text == "HỘI NÔNG DÂN HUYỆN BẢO THẮNG"
    assert plan.signer_name == "Vàng Văn Chư"
    [bank] = plan.cosigners
    assert (
        bank.agency_text
        == "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI PHÒNG GIAO DỊCH HUYỆN BẢO THẮNG"
    )
    assert (bank.signing_authority, bank.signer_title, bank.signer_name) == (
        "",
        "GIÁM ĐỐC",
        "Lê Văn Hòa",
    )
    [task] = plan.tasks
    assert (task.starts_on, task.ends_on) == (
        datetime.date(2026, 7, 1),
        datetime.date(2026, 7, 31),
    )


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("6 tháng đầu năm 2026", (2026, 1, 1), (2026, 6, 30)),
        ("6 tháng cuối năm", (2026, 7, 1), (2026, 12, 31)),
        ("tháng 6-7/2026", (2026, 6, 1), (2026, 7, 31)),
        ("từ đầu Quý III/2026", (2026, 7, 1), (2026, 7, 31)),
        ("đầu quý II năm 2026", (2026, 4, 1), (2026, 4, 30)),
        ("cuối Quý II", (2026, 4, 1), (2026, 6, 30)),
        ("cuối năm 2026", (2026, 1, 1), (2026, 12, 31)),
        ("thường xuyên trong năm", (2026, 1, 1), (2026, 12, 31)),
    ],
)
def test_vague_times(text, start, end):
    assert time_range(text, default_year=2026) == (
        datetime.date(*start),
        datetime.date(*end),
    )
