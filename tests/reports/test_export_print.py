"""Printouts ready to sign (issue 22): the issuing body's signature block when
the plan names no signer, a last page that never holds "Nơi nhận" alone, xlsx
rows tall enough for their text in LibreOffice Calc (measured by Calc itself),
download names that say what the file is, and place names that keep their
capitals on screen."""

from __future__ import annotations

import datetime
import io
import json
import subprocess
from decimal import Decimal
from pathlib import Path
from urllib.parse import unquote

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from plans.models import Plan, Recipient, Target, Task, VillageTarget
from reports.exports import render
from reports.exports.documents import area_table, plan_table
from reports.exports.fit import column_pixels, line_count
from reports.exports.frame import body_signature
from reports.exports.names import ascii_slug
from reports.exports.tables import Column, Frame, HeaderCell, Row, Table
from reports.models import ProgressEntry, ProgressReport
from tests.factories import village
from tests.reports.conftest import WEEK
from villages.models import Agency, Area, Official

D = datetime.date
LIBREOFFICE_CHECK = Path(__file__).with_name("libreoffice_rows.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-uno


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


# ── the signature block ──


@pytest.mark.parametrize(
    ("name", "position", "lines"),
    [
        ("Ủy ban nhân dân xã Thụy Hùng", "", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
        (
            "Ủy ban nhân dân xã Thụy Hùng",
            "Phó Chủ tịch UBND xã",
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        ),
        (
            "Ban Chỉ đạo Chương trình MTQG xây dựng nông thôn mới xã Sơn Bằng",
            "",
            ["TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"],
        ),
        (
            "BAN QUẢN LÝ CÁC CHƯƠNG TRÌNH MTQG XÃ TÂN THÀNH",
            "phó trưởng ban",
            ["TM. BAN QUẢN LÝ", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
        ),
        ("Sở Tài nguyên và Môi trường tỉnh Lạng Sơn", "", ["GIÁM ĐỐC"]),
        (
            "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn",
            "Phó Giám đốc",
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        ),
        ("Phòng Nông nghiệp và PTNT huyện Cao Lộc", "", ["TRƯỞNG PHÒNG"]),
        ("Đảng ủy xã Thụy Hùng", "", ["T/M ĐẢNG ỦY", "BÍ THƯ"]),
        ("Hội đồng nhân dân xã Thụy Hùng", "", ["TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"]),
        ("Hội Nông dân xã Thụy Hùng", "", ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"]),
        ("Văn phòng Điều phối nông thôn mới tỉnh", "", ["CHÁNH VĂN PHÒNG"]),
        ("Tổ công tác liên ngành", "", ["THỦ TRƯỞNG CƠ QUAN"]),
    ],
)
def test_the_issuing_bodys_signature_lines(name, position, lines):
    authority, title = body_signature(Agency(name=name), position)
    assert [*authority, title] == lines


@pytest.fixture
def unsigned_plan(plan, hedge, world):
    """The conftest plan of the BCĐ of Thụy Hùng, with recipients and no signer."""
    plan.issuing_agency = Agency.objects.create(
        area=world.thuy_hung,
        name="Ban Chỉ đạo xây dựng nông thôn mới xã Thụy Hùng",
        kind="steering",
    )
    plan.issued_on = D(2023, 2, 5)
    plan.save()
    for order, text in enumerate(["Ban chỉ đạo huyện", "Các thôn", "Lưu: VT"]):
        Recipient.objects.create(plan=plan, order=order, text=text)
    return plan


def test_without_a_signer_the_appendix_is_signed_for_the_issuing_body(
    unsigned_plan,
):
    table = plan_table(plans=Plan.objects.all(), pk=unsigned_plan.pk, table="targets")
    text = "".join(pdf_pages(render(table, "pdf")))
    assert "TM. BAN CHỈ ĐẠO" in text and "TRƯỞNG BAN" in text
    sheet = load_workbook(io.BytesIO(render(table, "xlsx"))).active
    at = {cell.value: (cell.row, cell.column) for row in sheet for cell in row}
    row, column = at["TM. BAN CHỈ ĐẠO"]
    assert at["TRƯỞNG BAN"] == (row + 1, column)
    assert at["Nơi nhận:"][0] == row  # level with the first line (ô 9a, 7a)
    assert "TM. BAN CHỈ ĐẠO" in render(table, "html").decode()


def test_a_deputy_chosen_as_signer_signs_kt(unsigned_plan, world):
    unsigned_plan.issuing_agency = world.agency_thuy_hung
    unsigned_plan.signer = Official.objects.create(
        full_name="Đông Minh Hữu",
        position="Phó Chủ tịch UBND xã",
        agency=world.agency_thuy_hung,
    )
    unsigned_plan.save()
    table = plan_table(plans=Plan.objects.all(), pk=unsigned_plan.pk, table="targets")
    frame = table.frame
    assert [*frame.authority, frame.signer_title, frame.signer_name] == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Đông Minh Hữu",
    ]


def test_a_signing_authority_typed_in_the_plan_is_kept(unsigned_plan):
    unsigned_plan.signing_authority = "TM. Ban chỉ đạo\nKT. Trưởng ban"
    unsigned_plan.signer_title = "Phó Trưởng ban"
    unsigned_plan.save()
    frame = plan_table(
        plans=Plan.objects.all(), pk=unsigned_plan.pk, table="targets"
    ).frame
    assert [*frame.authority, frame.signer_title] == [
        "TM. BAN CHỈ ĐẠO",
        "KT. TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN",
    ]


# ── page breaks ──


def long_table(rows: int) -> Table:
    """A schedule of `rows` tasks under a frame with ten recipients: between 11
    and 19 rows, the signature block no longer fits under the table on page 1."""
    frame = Frame(
        parent_agency="ỦY BAN NHÂN DÂN HUYỆN CAO LỘC",
        issuing_agency="ỦY BAN NHÂN DÂN XÃ THỤY HÙNG",
        reference="Số: 01/KH-UBND",
        place_date="Thụy Hùng, ngày 05 tháng 02 năm 2023",
        appendix="Phụ lục",
        title="BIỂU DỰ KIẾN CÁC NỘI DUNG THỰC HIỆN",
        subtitle="(Kèm theo Kế hoạch số 01/KH-UBND ngày 05/02/2023)",
        authority=["TM. ỦY BAN NHÂN DÂN"],
        signer_title="CHỦ TỊCH",
        recipients=[f"- Thôn số {n};" for n in range(1, 10)] + ["- Lưu: VT."],
    )
    return Table(
        slug="bieu-du-kien-noi-dung-thuc-hien",
        frame=frame,
        columns=[Column("stt", width=5), Column("task", width=60), Column("time")],
        header=[[HeaderCell("STT"), HeaderCell("Nội dung"), HeaderCell("Thời gian")]],
        rows=[
            Row([str(n), f"Nhiệm vụ số {n}: ra quân tổng vệ sinh", "Quý I/2023"])
            for n in range(1, rows + 1)
        ],
    )


def test_nơi_nhận_never_stands_alone_on_the_last_page():
    alone = []
    for rows in range(9, 22):  # from one page, across the break, to two pages
        pages = pdf_pages(render(long_table(rows), "pdf"))
        last = pages[-1]
        # The signature block is whole, on the last page, under the last row.
        assert "Nơi nhận:" in last and "TM. ỦY BAN NHÂN DÂN" in last
        assert "- Lưu: VT." in last and "CHỦ TỊCH" in last
        if f"Nhiệm vụ số {rows}:" not in last:
            alone.append((rows, len(pages)))
    assert not alone, f"Nơi nhận alone on its page (rows, pages): {alone}"


@pytest.mark.parametrize("rows", [11, 15, 19])
def test_the_total_row_stays_with_the_rows_above(rows):
    table = long_table(rows)
    table.rows.append(Row(["", "Tổng cộng", ""], "total"))
    pages = pdf_pages(render(table, "pdf"))
    holding = [page for page in pages if "Tổng cộng" in page]
    assert len(holding) == 1
    assert f"Nhiệm vụ số {rows}:" in holding[0]


def test_a_note_after_the_total_keeps_both_with_the_last_row():
    """Wherever the page breaks, the note row never starts a page, nor the
    total row it follows: they go with the last task."""
    for rows in range(9, 30):
        table = long_table(rows)
        table.rows.append(Row(["", "Tổng cộng", ""], "total"))
        table.rows.append(Row(["Ghi chú: số liệu đến ngày 05/02/2023", "", ""], "note"))
        pages = pdf_pages(render(table, "pdf"))
        (holding,) = [page for page in pages if "Ghi chú: số liệu" in page]
        assert "Tổng cộng" in holding, rows
        assert f"Nhiệm vụ số {rows}:" in holding, rows


# ── file names ──


@pytest.mark.parametrize(
    ("text", "lower", "slug"),
    [
        ("Sơn Bằng", True, "son-bang"),
        ("Đồng Đăng", True, "dong-dang"),
        ("01/KH-BCĐ", False, "01-KH-BCD"),
        ("/KH-UBND", False, "KH-UBND"),
        ("xã Khuổi Phầy Ư Ơ", True, "xa-khuoi-phay-u-o"),
        ("Tho\u0302n Nà Lài", True, "thon-na-lai"),  # decomposed (NFD) input
        ("12 / QĐ - UBND", False, "12-QD-UBND"),
        (
            "Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
            True,
            "ban-chi-dao-chuong-trinh-muc-tieu-quoc",
        ),
    ],
)
def test_ascii_slug(text, lower, slug):
    assert ascii_slug(text, lower=lower) == slug


def download_name(response) -> str:
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    name = disposition.split("filename=", 1)[1].strip('"')
    assert name.isascii()
    return unquote(name)


def test_download_names_carry_table_plan_place_and_date(
    client, commune_official, unsigned_plan, world
):
    client.force_login(commune_official)
    ProgressReport.objects.create(
        plan=unsigned_plan, period_start=WEEK, period_end=WEEK + datetime.timedelta(6)
    )

    def name(table, fmt, query=""):
        url = reverse("reports:export_plan", args=[unsigned_plan.pk, table, fmt])
        return download_name(client.get(url + query))

    assert (
        name("targets", "xlsx") == "bieu-chi-tieu-cac-thon_01-KH-BCD_thuy-hung_"
        "2023-02-05.xlsx"
    )
    assert (
        name("schedule", "pdf") == "bieu-du-kien-noi-dung-thuc-hien_01-KH-BCD_"
        "thuy-hung_2023-02-05.pdf"
    )
    # A report's figures are "to date": the end of its week.
    assert (
        name("progress", "xlsx", f"?tuan={WEEK}")
        == "bieu-ket-qua-thuc-hien_01-KH-BCD_thuy-hung_2023-03-19.xlsx"
    )
    assert (
        name("criteria", "pdf", "?ngay=2023-03-10")
        == "bieu-danh-gia-tieu-chi_01-KH-BCD_thuy-hung_2023-03-10.pdf"
    )
    # A draft without number or day: its symbol and the month it carries.
    unsigned_plan.number, unsigned_plan.issued_on = "", None
    unsigned_plan.issue_year, unsigned_plan.issue_month = 2023, 2
    unsigned_plan.save()
    assert (
        name("targets", "pdf") == "bieu-chi-tieu-cac-thon_KH-BCD_thuy-hung_2023-02.pdf"
    )


def test_area_download_names_carry_the_area(client, district_reviewer, world):
    client.force_login(district_reviewer)
    response = client.get(
        reverse(
            "reports:export_area", args=[world.cao_loc.pk, "district_summary", "xlsx"]
        )
        + "?ngay=2023-03-15"
    )
    assert (
        download_name(response) == "bieu-tong-hop-cac-xa_huyen-cao-loc_2023-03-15.xlsx"
    )
    response = client.get(
        reverse("reports:export_area", args=[world.thuy_hung.pk, "criteria", "pdf"])
        + "?ngay=2023-03-10"
    )
    assert (
        download_name(response) == "bieu-danh-gia-tieu-chi_xa-thuy-hung_2023-03-10.pdf"
    )


def test_export_appendix_into_a_folder_picks_the_same_name(unsigned_plan, tmp_path):
    call_command(
        "export_appendix",
        plan=unsigned_plan.pk,
        table="targets",
        format="xlsx",
        output=str(tmp_path),
        stdout=io.StringIO(),
    )
    written = tmp_path / "bieu-chi-tieu-cac-thon_01-KH-BCD_thuy-hung_2023-02-05.xlsx"
    table = plan_table(plans=Plan.objects.all(), pk=unsigned_plan.pk, table="targets")
    assert [p.name for p in tmp_path.iterdir()] == [written.name]
    assert written.read_bytes() == render(table, "xlsx")


# ── place names on screen ──


def test_the_preview_heading_keeps_place_names_capitalised(
    client, district_reviewer, world
):
    client.force_login(district_reviewer)
    page = client.get(
        reverse(
            "reports:export_area", args=[world.cao_loc.pk, "district_summary", "html"]
        )
    ).content.decode()
    heading = "Biểu tổng hợp tình hình thực hiện của các xã thuộc huyện Cao Lộc"
    assert f"Xem trước: {heading}</h1>" in page
    assert f"<title>{heading} – NTM</title>" in page
    assert "huyện cao lộc" not in page


# ── xlsx rows tall enough for their text ──


def test_line_count_wraps_at_spaces_and_cuts_long_words():
    room = column_pixels(10)
    assert line_count("Cộng", room=room, size=12) == 1
    assert line_count("Thôn Khuổi Phầy Trên", room=room, size=12, bold=True) >= 2
    assert line_count("a\n\nb", room=room, size=12) == 3
    # "x" at 12 pt is 16 px × 0,5 = 8 px: 7 a line in 62 px, 200 in 29 lines.
    assert room == 62
    assert line_count("x" * 200, room=room, size=12) == 29


@pytest.fixture
def hostile_plan(plan, hedge, households, world):
    """What real plans bring to a sheet: long task texts with line breaks, a
    web address no space breaks, twelve villages with long names in narrow
    columns, capitals, multi-line notes and a long recipient list."""
    plan.signing_authority = "TM. Ủy ban nhân dân\nKT. Chủ tịch"
    plan.signer_title = "Phó Chủ tịch"
    plan.save()
    villages = [
        village(world.thuy_hung, name)
        for name in (
            "Khuổi Phầy Trên",
            "Bản Pò Nghiều",
            "Nà Phái – Khòn Lạn",
            "Phiêng Pẻn",
            "Thống Nhất 1",
            "Thống Nhất 2",
            "Tổ dân phố Hoàng Văn Thụ",
            "Lũng Vài",
            "Nà Mò",
            "Cốc Phường",
        )
    ]
    target = Target.objects.create(
        plan=plan,
        name="TỶ LỆ HỘ GIA ĐÌNH CÓ NHÀ TIÊU, NHÀ TẮM, BỂ CHỨA NƯỚC SINH HOẠT HỢP VỆ "
        "SINH VÀ ĐẢM BẢO 3 SẠCH",
        unit="hộ gia đình",
        quantity=Decimal(len(villages) * 37),
        note="Theo Quyết định số 1494/QĐ-UBND.\nXem "
        "https://nongthonmoi.langson.gov.vn/van-ban/2023/huong-dan-danh-gia.pdf",
    )
    for place in villages:
        VillageTarget.objects.create(target=target, village=place, quantity=37)
    for n in range(1, 6):
        Task.objects.create(
            plan=plan,
            number=f"{n}",
            title="Tuyên truyền, vận động nhân dân tham gia hiến đất, ngày công, "
            "chỉnh trang khuôn viên, cổng ngõ, hàng rào xanh " * n,
            description="- Họp thôn;\n- Phát tờ rơi;\n- Loa truyền thanh xã",
            time_text="Trong tháng 3, 4, 5 năm 2023",
            frequency_text="tối thiểu 04 lần/năm, mỗi quý 01 lần",
            lead_agency=world.agency_thuy_hung,
            method="Hội nghị; ra quân; " * n,
        )
    for order, text in enumerate(
        [
            "Ban Chỉ đạo các Chương trình mục tiêu quốc gia huyện Cao Lộc (b/c)",
            "Văn phòng Điều phối nông thôn mới huyện",
            "Thường trực Đảng ủy, Thường trực HĐND xã",
            "Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã",
            "Lưu: VT",
        ]
    ):
        Recipient.objects.create(plan=plan, order=order, text=text)
    report = ProgressReport.objects.create(
        plan=plan, period_start=WEEK, period_end=WEEK + datetime.timedelta(6)
    )
    for share in VillageTarget.objects.filter(target=hedge):
        ProgressEntry.objects.create(
            report=report,
            village_target=share,
            amount=Decimal("302.5"),
            note="Đã trồng 302,5 m dâm bụt.\nCòn lại chờ giống cây của huyện; "
            "đề nghị hỗ trợ 1.000 cây giống.",
        )
    return plan


def libreoffice_problems(paths: list[Path]) -> dict[str, list]:
    """Rows shorter than their text, as LibreOffice Calc lays the text out."""
    for program in ("/usr/bin/soffice", SYSTEM_PYTHON):
        if not Path(program).exists():  # never a skip: make test installs it
            pytest.fail(f"{program} is missing: run scripts/system-deps.")
    done = subprocess.run(
        [SYSTEM_PYTHON, str(LIBREOFFICE_CHECK), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def xlsx_files(tables: list[Table], folder: Path) -> list[Path]:
    paths = []
    for number, table in enumerate(tables):
        path = folder / f"{number:02d}_{table.file_name('xlsx')}"
        path.write_bytes(render(table, "xlsx"))
        paths.append(path)
    return paths


def assert_rows_fit(paths: list[Path]) -> None:
    problems = libreoffice_problems(paths)
    assert set(problems) == {str(path) for path in paths}
    short = {Path(name).name: rows for name, rows in problems.items() if rows}
    assert not short, json.dumps(short, ensure_ascii=False, indent=1)


def test_rows_of_long_and_awkward_text_fit_in_libreoffice(
    hostile_plan, world, tmp_path
):
    tables = [
        plan_table(plans=Plan.objects.all(), pk=hostile_plan.pk, table=name, week=WEEK)
        for name in ("targets", "schedule", "progress", "criteria")
    ]
    tables.append(
        area_table(
            areas=Area.objects.all(),
            pk=world.lang_son.pk,
            table="district_summary",
            on=WEEK,
        )
    )
    assert_rows_fit(xlsx_files(tables, tmp_path))


def test_rows_of_the_seed_plans_fit_in_libreoffice(db, tmp_path):
    with override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0, stdout=io.StringIO())
    # The seed plans (2020–2023), every table, and the summaries of a district.
    tables = [
        plan_table(plans=Plan.objects.all(), pk=plan.pk, table=name)
        for plan in Plan.objects.filter(year__lte=2023, area__level="commune")
        for name in ("targets", "schedule", "progress", "criteria")
    ]
    district = Area.objects.filter(level="district", name="Cao Lộc").get()
    tables.append(
        area_table(areas=Area.objects.all(), pk=district.pk, table="district_summary")
    )
    assert len(tables) >= 9
    assert_rows_fit(xlsx_files(tables, tmp_path))
