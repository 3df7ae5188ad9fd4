"""Appendix exports (issue 7): the files are opened and read back — openpyxl for
values, formulas, merges and print settings; pypdf for the Vietnamese text,
the page size, the repeated header, page numbers and embedded fonts."""

import datetime
import io
import re
import zipfile
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from criteria.models import (
    CriterionGroup,
    Indicator,
)
from criteria.services import assessment_record
from plans.models import (
    Plan,
    PlanCosigner,
    Recipient,
    Target,
    Task,
    VillageTarget,
)
from reports.exports import builders, render
from reports.exports.documents import area_table, plan_table
from reports.models import ProgressEntry, ProgressReport
from tests.factories import (
    CriteriaSetFactory,
    PlanFactory,
    commune,
    planning_and_roads,
    village,
)
from tests.reports.conftest import WEEK
from villages.models import Agency, Area

D = datetime.date
HOSTILE_TITLE = '=HYPERLINK("http://x","y")'
HOSTILE_NOTE = "<script>alert(1)</script>"


def xlsx(data: bytes):
    return load_workbook(io.BytesIO(data)).active


def pdf(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def cells(sheet) -> dict[str, object]:
    """Every non-empty cell by its coordinate."""
    return {
        cell.coordinate: cell.value
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    }


def find(sheet, value):
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == value:
                return cell
    raise AssertionError(f"{value!r} not in the sheet")


@pytest.fixture
def full_plan(plan, hedge, households, world):
    """The conftest plan (Thụy Hùng, "Trồng hàng rào xanh: 3.200 m") with a
    signer, recipients, a parent agency and a task."""
    plan.parent_agency = Agency.objects.create(
        area=world.cao_loc, name="Ủy ban nhân dân huyện Cao Lộc", kind="committee"
    )
    plan.issued_on = D(2023, 2, 5)
    plan.signing_authority = "TM. Ban chỉ đạo"
    plan.signer_title = "Trưởng ban"
    plan.signer_name = "Nguyễn Văn A"
    plan.save()
    for order, text in enumerate(["Ban chỉ đạo huyện", "Các thôn", "Lưu: VT"]):
        Recipient.objects.create(plan=plan, order=order, text=text)
    Task.objects.create(
        plan=plan,
        number="1",
        title="Tuyên truyền, vận động",
        time_text="Quý I/2023",
        lead_agency=world.agency_thuy_hung,
        method="Hội nghị",
    )
    return plan


def plan_export(plan, name, on=None):
    return plan_table(plans=Plan.objects.all(), pk=plan.pk, table=name, on=on)


# ── Excel ──


def test_targets_xlsx_numbers_formulas_merges_and_print_setup(full_plan):
    sheet = xlsx(render(plan_export(full_plan, "targets"), "xlsx"))
    name = find(sheet, "Trồng hàng rào xanh")
    row = name.row
    values = [sheet.cell(row=row, column=c).value for c in range(1, 9)]
    # STT, name, unit, Toàn xã, Cộng (formula), Cồn Tòng, Nà Lài, note
    assert values[:4] == [1, "Trồng hàng rào xanh", "m", 3200]
    assert values[4] == f"=SUM(F{row}:G{row})"
    assert values[5:7] == [2000, 1200]
    assert isinstance(values[3], int) and isinstance(values[5], int)
    assert sheet.cell(row=row, column=4).number_format == "#,##0"  # not "3,200."
    assert sheet.cell(row=row, column=4).font.name == "Times New Roman"
    header = find(sheet, "Giao cho các thôn")
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert f"E{header.row}:G{header.row}" in merged  # Cộng + 2 villages
    assert f"A{header.row}:A{header.row + 1}" in merged  # STT over two rows
    numbers_row = header.row + 2
    assert sheet.cell(row=numbers_row, column=1).value == "(1)"
    assert sheet.cell(row=numbers_row, column=5).value == "(5)=(6)+…+(7)"
    assert sheet.freeze_panes == f"D{numbers_row + 1}"
    assert sheet.print_title_rows == f"${header.row}:${numbers_row}"
    setup = sheet.page_setup
    assert setup.orientation == "landscape"
    assert int(setup.paperSize) == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0
    assert sheet.HeaderFooter.differentFirst
    every = cells(sheet)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in every.values()
    assert "Độc lập - Tự do - Hạnh phúc" in every.values()
    assert "Số: 01/KH-BCĐ" in every.values()
    assert "Thụy Hùng, ngày 05 tháng 02 năm 2023" in every.values()
    assert "ỦY BAN NHÂN DÂN HUYỆN CAO LỘC" in every.values()
    assert "BIỂU CHỈ TIÊU GIAO CHO CÁC THÔN" in every.values()
    assert (
        "(Kèm theo Kế hoạch số 01/KH-BCĐ ngày 05/02/2023 của Ủy ban nhân dân xã Thụy Hùng)"
        in every.values()
    )
    assert [v for v in every.values() if isinstance(v, str) and v.startswith("- ")] == [
        "- Ban chỉ đạo huyện;",
        "- Các thôn;",
        "- Lưu: VT.",
    ]
    assert {"TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN", "Nguyễn Văn A"} <= set(every.values())


def test_progress_xlsx_subtotals_and_percent_are_formulas(full_plan, hedge, world):
    report = ProgressReport.objects.create(
        plan=full_plan, period_start=WEEK, period_end=WEEK + datetime.timedelta(6)
    )
    share = VillageTarget.objects.get(target=hedge, village=world.con_tong)
    ProgressEntry.objects.create(
        report=report, village_target=share, amount=Decimal("500"), note="Đã trồng"
    )
    table = plan_table(
        plans=Plan.objects.all(), pk=full_plan.pk, table="progress", week=WEEK
    )
    sheet = xlsx(render(table, "xlsx"))
    target = find(sheet, "Trồng hàng rào xanh")
    r = target.row
    assert sheet[f"D{r}"].value == f"=SUM(D{r + 1}:D{r + 2})"
    assert sheet[f"F{r}"].value == f"=SUM(F{r + 1}:F{r + 2})"
    assert sheet[f"G{r}"].value == f'=IF(N(D{r})=0,"",N(F{r})/D{r})'
    assert sheet[f"G{r}"].number_format == "0.0%"
    con_tong = find(sheet, "Thôn Cồn Tòng")
    assert [sheet.cell(row=con_tong.row, column=c).value for c in (4, 5, 6)] == [
        2000,
        500,
        500,
    ]
    assert find(sheet, "(7)=(6)/(4)")
    # The preview shows what Excel computes: 500 / 3.200 = 15,6%.
    html = render(table, "html").decode()
    assert "15,6%" in html and "3.200" in html and "25%" in html


def test_hostile_text_is_inert_in_all_three_renderings(full_plan, hedge):
    Task.objects.create(plan=full_plan, number="2", title=HOSTILE_TITLE)
    hedge.note = HOSTILE_NOTE
    hedge.save()
    Task.objects.create(plan=full_plan, number="3", title="-1+2", method="@SUM(1)")
    schedule = plan_export(full_plan, "schedule")
    targets = plan_export(full_plan, "targets")

    html = render(schedule, "html").decode() + render(targets, "html").decode()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)" in html

    sheet = xlsx(render(schedule, "xlsx"))
    for text in (HOSTILE_TITLE, "-1+2", "@SUM(1)"):
        cell = find(sheet, text)
        # Stored as a string, exactly as typed, with Excel's quote prefix.
        assert cell.data_type == "s"
        assert cell.quotePrefix is True
    note = find(xlsx(render(targets, "xlsx")), HOSTILE_NOTE)
    assert note.data_type == "s"
    raw = render(schedule, "xlsx")
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    # A text cell (t="inlineStr"), never a formula element.
    assert re.search(r't="inlineStr"><is><t>=HYPERLINK', sheet_xml)
    assert not re.search(r"<f>[^<]*HYPERLINK", sheet_xml)

    text = "".join(page.extract_text() for page in pdf(render(schedule, "pdf")).pages)
    assert HOSTILE_TITLE in text
    text = "".join(page.extract_text() for page in pdf(render(targets, "pdf")).pages)
    assert HOSTILE_NOTE in text


# ── PDF ──


def test_targets_pdf_text_size_and_fonts(full_plan):
    reader = pdf(render(plan_export(full_plan, "targets"), "pdf"))
    page = reader.pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert abs(width - 841.89) < 1 and abs(height - 595.28) < 1  # A4 landscape
    text = page.extract_text()
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Trồng hàng rào xanh",
        "3.200",
        "2.000",
        "1.200",
        "Thụy Hùng, ngày 05 tháng 02 năm 2023",
        "Phụ lục",
        "BIỂU CHỈ TIÊU GIAO CHO CÁC THÔN",
        "Nơi nhận:",
        "Nguyễn Văn A",
    ):
        assert expected in text, expected
    fonts = set()
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor  # TrueType, embedded
        fonts.add(str(font["/BaseFont"]))
    assert fonts and all("Liberation-Serif" in f or "Tinos" in f for f in fonts)


def test_a_long_table_repeats_its_header_and_numbers_pages_from_two(full_plan):
    for n in range(2, 80):
        Task.objects.create(
            plan=full_plan,
            number=str(n),
            title=f"Nhiệm vụ thứ {n}: chỉnh trang đường làng, ngõ xóm",
            time_text="Tháng 3/2023",
            method="Ra quân, tổng vệ sinh",
        )
    reader = pdf(render(plan_export(full_plan, "schedule"), "pdf"))
    assert len(reader.pages) >= 3
    texts = [page.extract_text() for page in reader.pages]
    for text in texts:
        assert "Nội dung thực hiện" in text and "(6)" in text
    # The page number sits in the top margin (above 20 mm), from page 2 on.
    assert in_top_margin(reader.pages[0]) == ""
    assert in_top_margin(reader.pages[1]) == "2"
    assert in_top_margin(reader.pages[2]) == "3"
    # Rows are not split: every task number appears with its title on one page.
    assert sum("Nhiệm vụ thứ 40:" in text for text in texts) == 1


def in_top_margin(page) -> str:
    height = float(page.mediabox.height)
    found = []

    def visit(text, cm, tm, font, size):
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]  # text space to page space
        if text.strip() and y > height - 20 / 25.4 * 72:
            found.append(text.strip())

    page.extract_text(visitor_text=visit)
    return "".join(found)


# ── scope ──


@pytest.fixture
def other_plan(world):
    return PlanFactory(
        area=world.nhat_tien,
        issuing_agency=world.agency_nhat_tien,
        number="02",
        title="Kế hoạch của xã khác",
    )


@pytest.mark.parametrize("table", ["targets", "schedule", "progress", "criteria"])
@pytest.mark.parametrize("fmt", ["html", "xlsx", "pdf"])
def test_another_communes_plan_is_404(client, commune_official, other_plan, table, fmt):
    client.force_login(commune_official)
    url = reverse("reports:export_plan", args=[other_plan.pk, table, fmt])
    assert client.get(url).status_code == 404


def test_own_plan_downloads_with_the_command_bytes(
    client, commune_official, full_plan, tmp_path
):
    client.force_login(commune_official)
    for fmt in ("xlsx", "pdf"):
        response = client.get(
            reverse("reports:export_plan", args=[full_plan.pk, "targets", fmt])
        )
        assert response.status_code == 200
        assert "attachment" in response["Content-Disposition"]
        downloaded = b"".join(response.streaming_content)
        output = tmp_path / f"out.{fmt}"
        call_command(
            "export_appendix",
            plan=full_plan.pk,
            table="targets",
            format=fmt,
            output=str(output),
            stdout=io.StringIO(),
        )
        assert output.read_bytes() == downloaded
    preview = client.get(
        reverse("reports:export_plan", args=[full_plan.pk, "targets", "html"])
    )
    assert preview.status_code == 200
    body = preview.content.decode()
    assert "Trồng hàng rào xanh" in body and "3.200" in body
    assert "<script>" not in body.split("<main")[1].split("</main>")[0]
    page = client.get(reverse("plans:detail", args=[full_plan.pk])).content.decode()
    assert (
        reverse("reports:export_plan", args=[full_plan.pk, "targets", "xlsx"]) in page
    )


def test_village_head_sees_only_their_village_in_progress(
    client, village_head, full_plan
):
    client.force_login(village_head)
    response = client.get(
        reverse("reports:export_plan", args=[full_plan.pk, "progress", "xlsx"])
        + f"?tuan={WEEK}"
    )
    values = set(cells(xlsx(b"".join(response.streaming_content))).values())
    assert "Thôn Cồn Tòng" in values and "Thôn Nà Lài" not in values


def test_district_summary_lists_only_the_districts_communes(
    client, world, district_reviewer, full_plan, other_plan
):
    client.force_login(district_reviewer)
    url = reverse(
        "reports:export_area", args=[world.cao_loc.pk, "district_summary", "xlsx"]
    )
    values = set(cells(xlsx(b"".join(client.get(url).streaming_content))).values())
    assert "Xã Thụy Hùng" in values
    assert "Xã Nhật Tiến" not in values and "Xã Sơn Bằng" not in values
    for area in (world.lang_son, world.huu_lung, world.nhat_tien):
        for table in ("district_summary", "criteria"):
            url = reverse("reports:export_area", args=[area.pk, table, "pdf"])
            assert client.get(url).status_code == 404
    page = client.get(reverse("area_detail", args=[world.cao_loc.pk])).content.decode()
    assert (
        reverse(
            "reports:export_area", args=[world.cao_loc.pk, "district_summary", "pdf"]
        )
        in page
    )


def test_province_summary_groups_communes_by_district(
    world, full_plan, other_plan, hedge
):
    table = area_table(
        areas=Area.objects.all(),
        pk=world.lang_son.pk,
        table="district_summary",
        on=D(2023, 3, 15),
    )
    sheet = xlsx(render(table, "xlsx"))
    values = cells(sheet)
    names = [v for v in values.values() if isinstance(v, str) and v.startswith("Xã ")]
    assert names == ["Xã Thụy Hùng", "Xã Nhật Tiến", "Xã Đồng Đăng"]
    assert "Huyện Cao Lộc" in values.values()
    assert "Các xã trực thuộc tỉnh Lạng Sơn" in values.values()
    total = find(sheet, "Tổng cộng")
    first_data = find(sheet, "(1)").row + 1
    assert sheet.cell(row=total.row, column=3).value == (
        f"=SUM(C{first_data}:C{total.row - 1})"
    )
    thuy_hung = find(sheet, "Xã Thụy Hùng").row
    # Two village targets (hedge, households), one weekly plan.
    assert sheet.cell(row=thuy_hung, column=3).value == 1
    assert sheet.cell(row=thuy_hung, column=7).value == 4


def test_district_summary_counts_done_targets_and_reports(world, full_plan, hedge):
    report = ProgressReport.objects.create(
        plan=full_plan,
        period_start=WEEK,
        period_end=WEEK + datetime.timedelta(6),
        status="submitted",
    )
    for village_target in VillageTarget.objects.filter(target=hedge):
        ProgressEntry.objects.create(
            report=report, village_target=village_target, amount=village_target.quantity
        )
    lines = builders.commune_lines(
        communes=Area.objects.filter(pk=world.thuy_hung.pk), week=WEEK, on=WEEK
    )
    assert (lines[0].plans, lines[0].submitted) == (1, 1)
    assert (lines[0].targets, lines[0].done) == (4, 2)


# ── criteria ──


@pytest.fixture
def criteria_set(world):
    s = CriteriaSetFactory(target_dimension="none")
    planning = CriterionGroup.objects.create(criteria_set=s, code="I", name="Quy hoạch")
    infra = CriterionGroup.objects.create(
        criteria_set=s, code="II", name="Hạ tầng kinh tế - xã hội", order=1
    )
    planning_and_roads(s, groups=(planning, infra))
    return s


def test_criteria_table_groups_statuses_and_total(
    world, full_plan, criteria_set, commune_official
):
    full_plan.criteria_set = criteria_set
    full_plan.save()
    assessment_record(
        area=world.thuy_hung,
        indicator=Indicator.objects.get(code="1.1"),
        assessed_on=D(2023, 3, 1),
        user=commune_official,
        status="met",
        today=D(2023, 3, 2),
    )
    assessment_record(
        area=world.thuy_hung,
        indicator=Indicator.objects.get(code="2.1"),
        assessed_on=D(2023, 3, 1),
        user=commune_official,
        value_number=Decimal("85.5"),
        today=D(2023, 3, 2),
    )
    table = plan_export(full_plan, "criteria", on=D(2023, 3, 10))
    sheet = xlsx(render(table, "xlsx"))
    values = cells(sheet)
    assert "QUY HOẠCH" in values.values()
    assert "HẠ TẦNG KINH TẾ - XÃ HỘI" in values.values()
    row = find(sheet, "Tỷ lệ đường xã được cứng hóa").row
    assert [sheet.cell(row=row, column=c).value for c in (1, 3, 4, 5)] == [
        "2.1",
        "≥ 90% (*)",  # not checked against its source (criteria issue 20)
        "85,5%",
        "Chưa đạt",
    ]
    assert "Tổng số tiêu chí đạt: 1/2" in values.values()
    text = "".join(p.extract_text() for p in pdf(render(table, "pdf")).pages)
    assert "Tổng số tiêu chí đạt: 1/2" in text
    assert "Tiêu chí số 1: Quy hoạch" in text
    area = area_table(
        areas=Area.objects.all(),
        pk=world.thuy_hung.pk,
        table="criteria",
        on=D(2023, 3, 10),
    )
    assert area.rows[-2].cells == ["Tổng số tiêu chí đạt: 1/2"]
    assert area.rows[-1].cells == [
        "(*) Mức yêu cầu chưa đối chiếu văn bản gốc: 2/2 mức áp dụng cho xã Thụy Hùng."
    ]


# ── query counts, pinned at two sizes ──


def grow(plan, world, targets: int, villages: int, tasks: int):
    places = [world.con_tong, world.na_lai] + [
        village(world.thuy_hung, f"Thôn {n}") for n in range(villages - 2)
    ]
    for n in range(targets):
        target = Target.objects.create(
            plan=plan,
            name=f"Chỉ tiêu {n}",
            unit="m",
            quantity=Decimal(100 * len(places)),
        )
        VillageTarget.objects.bulk_create(
            VillageTarget(target=target, village=v, quantity=Decimal(100))
            for v in places
        )
    for n in range(tasks):
        task = Task.objects.create(plan=plan, number=f"9{n}", title=f"Việc {n}")
        task.coordinating_agencies.add(world.agency_thuy_hung)


@pytest.mark.parametrize("size", [(1, 2, 1), (8, 6, 12)])
def test_builder_query_counts_do_not_grow(
    django_assert_num_queries, full_plan, world, criteria_set, size
):
    grow(full_plan, world, *size)
    full_plan.criteria_set = criteria_set
    full_plan.save()
    report = ProgressReport.objects.create(
        plan=full_plan, period_start=WEEK, period_end=WEEK + datetime.timedelta(6)
    )
    for village_target in VillageTarget.objects.filter(target__plan=full_plan):
        ProgressEntry.objects.create(
            report=report, village_target=village_target, amount=Decimal(1)
        )
    plan = builders.plan_for_export(Plan.objects.all(), full_plan.pk)
    # One each for a joint plan's other bodies' signatures (none here).
    with django_assert_num_queries(5):
        builders.targets(plan=plan)
    with django_assert_num_queries(4):
        builders.schedule(plan=plan)
    # 5: the latest figures of the running-total and yes-no targets are one.
    with django_assert_num_queries(5):
        builders.progress(plan=plan, period_start=WEEK)
    with django_assert_num_queries(8):
        builders.criteria(area=plan.area, on=D(2023, 3, 10), plan=plan)


@pytest.mark.parametrize("communes", [1, 12])
def test_district_summary_query_count_does_not_grow(
    django_assert_num_queries, world, full_plan, criteria_set, communes
):
    for n in range(communes):
        place = commune(world.cao_loc, f"Xã thử {n}")
        PlanFactory(
            area=place,
            issuing_agency=world.agency_thuy_hung,
            number=str(n + 10),
            title="Thử",
        )
    area = Area.objects.get(pk=world.cao_loc.pk)
    communes_qs = Area.objects.subtree(area).communes()
    # The first read rebuilds the plans' weekly summaries (11 queries in a
    # test's savepoint); then 9: the 8 before issue 19, minus the count of
    # village targets reached by area, plus the summary's freshness check and
    # its rows, which hold both figures (reports.summaries.plan_figures).
    with django_assert_num_queries(20):
        table = builders.district_summary(area=area, communes=communes_qs, on=WEEK)
    assert len([r for r in table.rows if r.kind == "data"]) == communes + 1
    with django_assert_num_queries(9):
        builders.district_summary(area=area, communes=communes_qs, on=WEEK)


def test_command_refuses_unknown_pairs(full_plan, world, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command(
            "export_appendix",
            area=world.thuy_hung.pk,
            table="targets",
            format="pdf",
            output=str(tmp_path / "x.pdf"),
        )
    assert re.match(r"^\d+$", str(full_plan.pk))


# ── the seed plans ──


def test_seed_003_targets_table_as_signed(db, tmp_path):
    from django.test import override_settings

    with override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0, stdout=io.StringIO())
    plan = Plan.objects.get(symbol="KH-BCĐ", number="01")
    output = tmp_path / "chi-tieu.pdf"
    call_command(
        "export_appendix",
        plan=plan.pk,
        table="targets",
        format="pdf",
        output=str(output),
        stdout=io.StringIO(),
    )
    text = "".join(p.extract_text() for p in pdf(output.read_bytes()).pages)
    assert "Trồng hàng rào xanh" in text and "3.200" in text and "0,38" in text
    assert "Sơn Bằng, ngày 09 tháng 3 năm 2023" in text
    sheet = xlsx(render(plan_export(plan, "targets"), "xlsx"))
    row = find(sheet, "Trồng hàng rào xanh").row
    assert sheet.cell(row=row, column=4).value == 3200
    assert sheet.cell(row=row, column=5).value == f"=SUM(F{row}:J{row})"
    paving = find(sheet, "Cứng hóa giao thông").row
    assert sheet.cell(row=paving, column=4).value == 0.38
    assert sheet.cell(row=paving, column=4).number_format == "#,##0.00"


def test_rendering_a_pdf_leaves_photo_checks_strict(full_plan):
    from PIL import ImageFile

    render(plan_export(full_plan, "schedule"), "pdf")
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def test_progress_rate_is_the_communes_counts_over_its_bases(full_plan, world):
    """9/10 and 10/100 are 19/110 = 17,3 % for the commune, not the 50 % a
    mean of the villages' percents would print (progress.commune_rate)."""
    target = Target.objects.create(
        plan=full_plan,
        name="Tỷ lệ hộ có hàng rào xanh",
        unit="%",
        quantity=100,
        counting="running",
    )
    report = ProgressReport.objects.create(
        plan=full_plan, period_start=WEEK, period_end=WEEK + datetime.timedelta(6)
    )
    for place, count, base in ((world.con_tong, 9, 10), (world.na_lai, 10, 100)):
        vt = VillageTarget.objects.create(target=target, village=place, quantity=100)
        ProgressEntry.objects.create(
            report=report, village_target=vt, amount=count, base=base
        )
    table = plan_table(
        plans=Plan.objects.all(), pk=full_plan.pk, table="progress", week=WEEK
    )
    sheet = xlsx(render(table, "xlsx"))
    r = find(sheet, "Tỷ lệ hộ có hàng rào xanh").row
    assert [sheet[f"{c}{r}"].value for c in "DEF"] == [100, 17.3, 17.3]
    assert "19/110" in sheet[f"H{r}"].value
    assert [sheet[f"F{r + i}"].value for i in (1, 2)] == [90, 10]
    assert sheet[f"H{r + 1}"].value.startswith("9/10")
    assert not any(
        "AVERAGE" in str(cell.value) for row in sheet.iter_rows() for cell in row
    )


def test_commune_page_offers_its_criteria_table(client, world, commune_official):
    client.force_login(commune_official)
    page = client.get(reverse("area_detail", args=[world.thuy_hung.pk]))
    url = reverse("reports:export_area", args=[world.thuy_hung.pk, "criteria", "html"])
    assert url in page.content.decode()
    preview = client.get(url)
    assert preview.status_code == 200
    assert "Chưa có bộ tiêu chí áp dụng cho xã Thụy Hùng" in preview.content.decode()
    # A commune is not a district: no summary of it.
    summary = reverse(
        "reports:export_area", args=[world.thuy_hung.pk, "district_summary", "xlsx"]
    )
    assert client.get(summary).status_code == 404


def test_a_joint_plans_appendix_carries_both_signatures(full_plan, world):
    """Decree 30/2020: the other body signs on the left, the presiding one
    (the plan's signer) on the right; a report on the plan is its issuer's."""
    front = Agency.objects.create(area=world.thuy_hung, name="Ủy ban MTTQ xã")
    PlanCosigner.objects.create(
        plan=full_plan,
        agency=front,
        signing_authority="TM. BAN THƯỜNG TRỰC",
        signer_title="Chủ tịch",
        signer_name="Trần Thị Thu Hà",
    )
    table = plan_export(full_plan, "targets")
    html = render(table, "html").decode()
    assert html.index("Trần Thị Thu Hà") < html.index("Nơi nhận:")
    assert html.index("Nơi nhận:") < html.index("Nguyễn Văn A")
    sheet = xlsx(render(table, "xlsx"))
    left, right = find(sheet, "Trần Thị Thu Hà"), find(sheet, "Nguyễn Văn A")
    assert left.column < right.column and find(sheet, "TM. BAN THƯỜNG TRỰC")
    text = pdf(render(table, "pdf")).pages[0].extract_text()
    assert "Trần Thị Thu Hà" in text and "TM. BAN THƯỜNG TRỰC" in text
    report = render(plan_export(full_plan, "progress", on=WEEK), "html").decode()
    assert "Trần Thị Thu Hà" not in report
