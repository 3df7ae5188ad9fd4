"""Village targets from Excel: the template round trip, dry run, every bad
input of issue 8 (by row and cell, in Vietnamese, nothing saved), the error
workbook, scope and optimistic concurrency."""

import io
import zipfile
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from ntm import xlsx
from plans import target_import as importing
from plans.models import Target, TargetRevision, VillageTarget
from tests.factories import CriteriaSetFactory, member, village
from villages.models import Role

DATA_ROW = 6  # the template's first target row (title, plan, instruction, header, ids)


@pytest.fixture
def road(plan):
    """ "Cứng hóa giao thông: 0,38 km", not yet split."""
    return Target.objects.create(
        plan=plan, order=2, name="Cứng hóa giao thông", unit="km", quantity="0.38"
    )


def columns(ws):
    """Column letter of each village (by name) and of the hidden markers."""
    from openpyxl.utils import get_column_letter

    header, ids = 4, 5
    found = {}
    for column in range(1, ws.max_column + 1):
        found[ws.cell(header, column).value] = get_column_letter(column)
        found[ws.cell(ids, column).value] = get_column_letter(column)
    return found


def template(client, plan):
    response = client.get(reverse("plans:target_template", args=[plan.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    wb = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return wb


def row_of(ws, target):
    col = columns(ws)[importing.ID]
    for row in range(DATA_ROW, ws.max_row + 1):
        if ws[f"{col}{row}"].value == target.pk:
            return row
    raise AssertionError(target)


def as_upload(wb, name="chi-tieu.xlsx"):
    buffer = io.BytesIO()
    wb.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def upload(client, plan, file, action="check"):
    return client.post(
        reverse("plans:target_import", args=[plan.pk]),
        {"file": file, "action": action},
    )


def shares(target):
    return {
        a.village.name: a.quantity
        for a in VillageTarget.objects.filter(target=target).select_related("village")
    }


def problems(response):
    return [p.text for p in response.context["result"].problems]


# ── The template ──


def test_template_lays_out_targets_by_village_with_hidden_ids(
    official_client, plan, hedge, road, world
):
    wb = template(official_client, plan)
    ws = wb[importing.SHEET_TITLE]
    cols = columns(ws)
    assert ws["A4"].value == "STT" and ws["B4"].value == "Chỉ tiêu"
    assert ws["C4"].value == "ĐVT" and ws["D4"].value == "Toàn xã"
    assert cols["Cồn Tòng"] == "E" and cols["Nà Lài"] == "F"
    row = row_of(ws, hedge)
    assert ws[f"B{row}"].value == "Trồng hàng rào xanh"
    assert ws[f"D{row}"].value == 3200 and ws[f"E{row}"].value == 1600
    assert ws[f"E{row}"].number_format == "#,##0"
    assert ws[f"G{row}"].value == f"=SUM(E{row}:F{row})"
    assert ws[f"{cols[importing.VERSION]}{row}"].value == 1
    road_row = row_of(ws, road)
    assert ws[f"D{road_row}"].value == 0.38
    assert ws[f"D{road_row}"].number_format == "#,##0.00"
    assert ws[f"E{road_row}"].value is None
    # Ids travel hidden; the header stays frozen; the instruction is Vietnamese.
    assert ws.row_dimensions[5].hidden
    assert ws.column_dimensions[cols[importing.ID]].hidden
    assert ws.freeze_panes == "E6"
    assert "Ghi khối lượng giao cho từng thôn" in ws["A3"].value
    assert ws.column_dimensions["B"].width == 45
    assert wb[importing.META_SHEET].sheet_state == "hidden"
    assert wb[importing.META_SHEET]["B1"].value == plan.pk


def test_target_names_are_never_formulas_in_the_template(official_client, plan):
    Target.objects.create(plan=plan, name="=HYPERLINK(1)", unit="m", quantity=5)
    ws = template(official_client, plan)[importing.SHEET_TITLE]
    assert ws[f"B{DATA_ROW}"].data_type == "s"
    assert ws[f"B{DATA_ROW}"].value == "=HYPERLINK(1)"


def test_targets_page_offers_template_and_upload(official_client, plan, hedge):
    html = official_client.get(reverse("plans:targets", args=[plan.pk])).content
    assert reverse("plans:target_template", args=[plan.pk]).encode() in html
    assert reverse("plans:target_import", args=[plan.pk]).encode() in html


def test_import_page_has_both_actions_and_no_inline_script(official_client, plan):
    html = official_client.get(
        reverse("plans:target_import", args=[plan.pk])
    ).content.decode()
    assert "Kiểm tra thử" in html and ">Nhập<" in html
    assert 'enctype="multipart/form-data"' in html
    assert "<script>" not in html and "onclick" not in html


# ── Round trip, dry run ──


def test_round_trip_saves_the_split_and_records_a_revision(
    official_client, plan, hedge, road, world, commune_official
):
    wb = template(official_client, plan)
    ws = wb[importing.SHEET_TITLE]
    row = row_of(ws, hedge)
    ws[f"E{row}"] = 2000  # Cồn Tòng
    ws[f"F{row}"] = "1.200"  # Nà Lài, typed as text the Vietnamese way
    road_row = row_of(ws, road)
    ws[f"E{road_row}"] = "0,38"
    response = upload(official_client, plan, as_upload(wb), action="apply")
    assert response.status_code == 200, problems(response)
    result = response.context["result"]
    assert result.applied and result.targets_changed == 2
    assert shares(hedge) == {"Cồn Tòng": Decimal(2000), "Nà Lài": Decimal(1200)}
    assert shares(road) == {"Cồn Tòng": Decimal("0.38")}
    revision = TargetRevision.objects.get(target=hedge)
    assert revision.changed_by == commune_official
    assert revision.before["allocations"][str(world.con_tong.pk)] == "1600"
    assert revision.after["allocations"][str(world.con_tong.pk)] == "2000"
    assert "Nhập từ tệp Excel" in revision.reason
    hedge.refresh_from_db()
    assert hedge.version == 2
    html = response.content.decode()
    assert "Đã nhập" in html and "1.600" in html and "2.000" in html


def test_rows_sorted_in_excel_still_map_by_id(official_client, plan, hedge, road):
    wb = template(official_client, plan)
    ws = wb[importing.SHEET_TITLE]
    # Swap the two rows, hidden ids included, as Excel's sort would.
    for column in range(1, ws.max_column + 1):
        a, b = ws.cell(DATA_ROW, column), ws.cell(DATA_ROW + 1, column)
        a.value, b.value = b.value, a.value
    road_row = row_of(ws, road)
    assert road_row == DATA_ROW
    ws[f"F{road_row}"] = 0.38
    response = upload(official_client, plan, as_upload(wb), action="apply")
    assert response.status_code == 200, problems(response)
    assert shares(road) == {"Nà Lài": Decimal("0.38")}
    assert shares(hedge) == {"Cồn Tòng": 1600, "Nà Lài": 1600}


def test_dry_run_lists_changes_and_saves_nothing(official_client, plan, hedge):
    wb = template(official_client, plan)
    ws = wb[importing.SHEET_TITLE]
    ws[f"E{DATA_ROW}"], ws[f"F{DATA_ROW}"] = 1000, 2200
    response = upload(official_client, plan, as_upload(wb), action="check")
    assert response.status_code == 200
    result = response.context["result"]
    assert result.ok and not result.applied
    assert [(c.village, c.before, c.after) for c in result.changes] == [
        ("thôn Cồn Tòng", 1600, 1000),
        ("thôn Nà Lài", 1600, 2200),
    ]
    assert "Kiểm tra thử: không có lỗi" in response.content.decode()
    assert shares(hedge) == {"Cồn Tòng": 1600, "Nà Lài": 1600}
    assert not TargetRevision.objects.exists()
    hedge.refresh_from_db()
    assert hedge.version == 1


def test_uploading_the_same_file_twice_changes_nothing_the_second_time(
    official_client, plan, hedge
):
    wb = template(official_client, plan)
    wb[importing.SHEET_TITLE][f"E{DATA_ROW}"] = 1000
    wb[importing.SHEET_TITLE][f"F{DATA_ROW}"] = 2200
    assert upload(official_client, plan, as_upload(wb), "apply").status_code == 200
    response = upload(official_client, plan, as_upload(wb), "apply")
    assert response.status_code == 200 and not response.context["result"].changes
    assert TargetRevision.objects.count() == 1


def test_blank_cell_removes_a_share_and_0_keeps_one(official_client, plan, world):
    target = Target.objects.create(
        plan=plan, name="Thu gom rác thải", unit="hộ", quantity=883, allow_partial=True
    )
    VillageTarget.objects.create(target=target, village=world.con_tong, quantity=400)
    VillageTarget.objects.create(target=target, village=world.na_lai, quantity=483)
    wb = template(official_client, plan)
    ws = wb[importing.SHEET_TITLE]
    ws[f"E{DATA_ROW}"] = None
    ws[f"F{DATA_ROW}"] = 0
    response = upload(official_client, plan, as_upload(wb), "apply")
    assert response.status_code == 200, problems(response)
    assert shares(target) == {"Nà Lài": 0}


def test_apply_keeps_the_targets_indicators(official_client, plan, hedge):
    from criteria.models import Criterion, Indicator

    criteria_set = CriteriaSetFactory(code="qd318", name="Bộ tiêu chí xã NTM")
    criterion = Criterion.objects.create(
        criteria_set=criteria_set, number=17, name="Môi trường"
    )
    indicator = Indicator.objects.create(
        criterion=criterion,
        code="17.5",
        name="Cảnh quan, không gian xanh – sạch – đẹp",
        unit="%",
        comparator="gte",
        required_number=90,
    )
    hedge.indicators.add(indicator)
    wb = template(official_client, plan)
    wb[importing.SHEET_TITLE][f"E{DATA_ROW}"] = 1000
    wb[importing.SHEET_TITLE][f"F{DATA_ROW}"] = 2200
    assert upload(official_client, plan, as_upload(wb), "apply").status_code == 200
    assert list(hedge.indicators.all()) == [indicator]


# ── Bad cells: by row and cell, in Vietnamese, nothing saved ──


def bad_upload(client, plan, hedge, edit, action="apply"):
    wb = template(client, plan)
    edit(wb[importing.SHEET_TITLE])
    response = upload(client, plan, as_upload(wb), action)
    assert response.status_code == 422
    assert shares(hedge) == {"Cồn Tòng": 1600, "Nà Lài": 1600}
    assert not TargetRevision.objects.exists()
    return problems(response)


def test_text_in_a_number_cell(official_client, plan, hedge):
    def edit(ws):
        ws[f"F{DATA_ROW}"] = "ba trăm"

    assert bad_upload(official_client, plan, hedge, edit) == [
        f"Dòng {DATA_ROW}, ô F{DATA_ROW} (thôn Nà Lài): “ba trăm” không phải là số"
    ]


def test_negative_number(official_client, plan, hedge):
    def edit(ws):
        ws[f"E{DATA_ROW}"] = -5

    assert bad_upload(official_client, plan, hedge, edit) == [
        f"Dòng {DATA_ROW}, ô E{DATA_ROW} (thôn Cồn Tòng): "
        "khối lượng giao không được âm (-5)"
    ]


def test_formula_in_a_village_cell(official_client, plan, hedge):
    def edit(ws):
        ws[f"E{DATA_ROW}"] = "=1000+600"

    (message,) = bad_upload(official_client, plan, hedge, edit)
    assert message.startswith(f"Dòng {DATA_ROW}, ô E{DATA_ROW} (thôn Cồn Tòng): ")
    assert "công thức “=1000+600”" in message and "Paste Special" in message


def test_the_sum_formula_of_the_template_is_not_trusted(official_client, plan, hedge):
    wb = template(official_client, plan)
    ws = wb[importing.SHEET_TITLE]
    ws[f"G{DATA_ROW}"] = 999999  # "Cộng các thôn" overwritten: ignored
    ws[f"D{DATA_ROW}"] = 1  # "Toàn xã" edited: ignored too
    response = upload(official_client, plan, as_upload(wb), "apply")
    assert response.status_code == 200 and not response.context["result"].changes


def test_merged_cells_in_the_data_area(official_client, plan, hedge):
    def edit(ws):
        ws.merge_cells(f"E{DATA_ROW}:F{DATA_ROW}")

    (message,) = bad_upload(official_client, plan, hedge, edit)
    assert message.startswith(f"Dòng {DATA_ROW}, ô E{DATA_ROW}: ")
    assert f"E{DATA_ROW}:F{DATA_ROW} đang gộp" in message and "Unmerge" in message


def test_more_than_three_decimals(official_client, plan, hedge):
    def edit(ws):
        ws[f"E{DATA_ROW}"] = "1.600,1234"

    (message,) = bad_upload(official_client, plan, hedge, edit)
    assert "quá 3 chữ số thập phân" in message


def test_sum_mismatch_follows_the_allocation_rules(official_client, plan, hedge):
    def edit(ws):
        ws[f"E{DATA_ROW}"] = "1.000"

    (message,) = bad_upload(official_client, plan, hedge, edit)
    assert message == (
        f"Dòng {DATA_ROW} (Trồng hàng rào xanh): Tổng giao các thôn (2.600) khác "
        "khối lượng toàn xã (3.200): còn thiếu 600 m. Sửa số giao, hoặc đánh dấu "
        "“Phân bổ chưa đủ” và ghi lý do."
    )


def test_partial_target_may_sum_short(official_client, plan, hedge):
    hedge.allow_partial = True
    hedge.save()
    wb = template(official_client, plan)
    wb[importing.SHEET_TITLE][f"E{DATA_ROW}"] = "1.000"
    response = upload(official_client, plan, as_upload(wb), "apply")
    assert response.status_code == 200, problems(response)
    assert shares(hedge) == {"Cồn Tòng": 1000, "Nà Lài": 1600}


def test_sum_counts_villages_whose_column_was_deleted(official_client, plan, hedge):
    # Nà Lài's column removed: its 1.600 stays and still counts in the sum.
    def edit(ws):
        ws.delete_cols(6)
        ws[f"E{DATA_ROW}"] = 1000

    (message,) = bad_upload(official_client, plan, hedge, edit)
    assert "Tổng giao các thôn (2.600)" in message


def test_unknown_village_column(official_client, plan, hedge):
    def edit(ws):
        ws["K4"] = "Khuổi Pả"
        ws[f"K{DATA_ROW}"] = 300

    (message,) = bad_upload(official_client, plan, hedge, edit)
    assert message.startswith("Cột K (“Khuổi Pả”): cột này không có trong tệp mẫu")


def test_other_communes_village_id(official_client, plan, hedge, world):
    def edit(ws):
        ws["F5"] = f"#thon:{world.nhat_tien_village.pk}"

    (message,) = bad_upload(official_client, plan, hedge, edit)
    assert message.startswith("Cột F (“Nà Lài”): mã thôn")
    assert "không phải một thôn của xã Thụy Hùng" in message
    assert "Thôn Một" not in message  # the other commune's name is not leaked


def test_other_plans_target_id(official_client, plan, hedge, other_plan):
    foreign = Target.objects.create(plan=other_plan, name="Khác", unit="m", quantity=5)

    def edit(ws):
        ws[f"{columns(ws)[importing.ID]}{DATA_ROW}"] = foreign.pk

    (message,) = bad_upload(official_client, plan, hedge, edit)
    assert message.startswith(f"Dòng {DATA_ROW} (“Trồng hàng rào xanh”): mã chỉ tiêu")
    assert "không thuộc kế hoạch này" in message
    assert shares(foreign) == {}


def test_template_of_another_plan_is_refused_as_a_whole(
    official_client, plan, hedge, world
):
    def edit(ws):
        ws.parent[importing.META_SHEET]["B1"] = plan.pk + 1000

    assert bad_upload(official_client, plan, hedge, edit) == [importing.OTHER_PLAN]


def test_row_added_by_hand_is_refused(official_client, plan, hedge):
    def edit(ws):
        ws[f"B{DATA_ROW + 1}"] = "Xây nhà văn hóa"
        ws[f"E{DATA_ROW + 1}"] = 1

    (message,) = bad_upload(official_client, plan, hedge, edit)
    assert message.startswith(f"Dòng {DATA_ROW + 1} (“Xây nhà văn hóa”): dòng không")


def test_every_problem_of_a_file_is_listed_at_once(official_client, plan, hedge, road):
    def edit(ws):
        ws[f"E{DATA_ROW}"] = "ba trăm"
        ws[f"E{DATA_ROW + 1}"] = "0,5"  # 0,5 of 0,38 km: sum mismatch

    messages = bad_upload(official_client, plan, hedge, edit, action="check")
    assert len(messages) == 2
    assert "“ba trăm” không phải là số" in messages[0]
    assert "thừa 0,12 km" in messages[1]
    assert not VillageTarget.objects.filter(target=road).exists()


# ── Bad files ──


def refused(client, plan, hedge, file):
    response = upload(client, plan, file, "apply")
    assert response.status_code == 422
    assert shares(hedge) == {"Cồn Tòng": 1600, "Nà Lài": 1600}
    assert not TargetRevision.objects.exists()
    return response


def test_empty_file(official_client, plan, hedge):
    response = refused(
        official_client, plan, hedge, SimpleUploadedFile("chi-tieu.xlsx", b"")
    )
    assert "Tệp trống" in response.content.decode()


def test_random_bytes_named_xlsx(official_client, plan, hedge):
    file = SimpleUploadedFile("chi-tieu.xlsx", bytes(range(256)) * 40)
    assert problems(refused(official_client, plan, hedge, file)) == [xlsx.NOT_XLSX]


def test_legacy_xls_renamed_xlsx(official_client, plan, hedge):
    file = SimpleUploadedFile("chi-tieu.xlsx", xlsx.OLE2 + b"\x00" * 2000)
    (message,) = problems(refused(official_client, plan, hedge, file))
    assert "Excel cũ (.xls)" in message and "mật khẩu" in message


def test_corrupt_xlsx(official_client, plan, hedge):
    good = importing.template_workbook(plan=plan)
    file = SimpleUploadedFile("chi-tieu.xlsx", good[: len(good) // 2])
    assert problems(refused(official_client, plan, hedge, file)) == [xlsx.CORRUPT]


def test_word_file_renamed_xlsx(official_client, plan, hedge):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    file = SimpleUploadedFile("chi-tieu.xlsx", buffer.getvalue())
    assert problems(refused(official_client, plan, hedge, file)) == [xlsx.WORD]


def test_oversized_file_is_not_even_read(official_client, plan, hedge):
    file = SimpleUploadedFile("chi-tieu.xlsx", b"PK\x03\x04" + b"\x00" * xlsx.MAX_BYTES)
    (message,) = problems(refused(official_client, plan, hedge, file))
    assert message.startswith("Tệp quá lớn") and "tối đa 5 MB" in message


def test_zip_bomb_is_refused_before_openpyxl(official_client, plan, hedge):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (60 * 1024 * 1024))
    file = SimpleUploadedFile("chi-tieu.xlsx", buffer.getvalue())
    (message,) = problems(refused(official_client, plan, hedge, file))
    assert "nén bất thường" in message


def test_sheet_with_too_many_rows_is_refused(official_client, plan, hedge):
    wb = template(official_client, plan)
    wb[importing.SHEET_TITLE][f"A{xlsx.MAX_ROWS + 5}"] = "x"
    (message,) = problems(refused(official_client, plan, hedge, as_upload(wb)))
    assert "quá lớn: tối đa 2.000 dòng" in message


def test_a_workbook_that_is_not_the_template(official_client, plan, hedge):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "Bảng tính khác"
    assert problems(refused(official_client, plan, hedge, as_upload(wb))) == [
        xlsx.NOT_TEMPLATE
    ]


def test_no_file_chosen(official_client, plan, hedge):
    response = official_client.post(
        reverse("plans:target_import", args=[plan.pk]), {"action": "apply"}
    )
    assert response.status_code == 422
    assert "Hãy chọn tệp Excel" in response.content.decode()


# ── The error workbook ──


def test_error_workbook_marks_the_bad_cell_and_lists_the_errors(
    official_client, plan, hedge
):
    wb = template(official_client, plan)
    wb[importing.SHEET_TITLE][f"F{DATA_ROW}"] = "ba trăm"
    response = upload(official_client, plan, as_upload(wb), "check")
    assert response.status_code == 422
    url = reverse("plans:target_import_errors", args=[plan.pk])
    assert url in response.content.decode()
    download = official_client.get(url)
    assert download.status_code == 200
    marked = load_workbook(io.BytesIO(b"".join(download.streaming_content)))
    cell = marked[importing.SHEET_TITLE][f"F{DATA_ROW}"]
    assert cell.value == "ba trăm"
    assert cell.fill.fgColor.rgb.endswith("FFC7CE")
    assert "“ba trăm” không phải là số" in cell.comment.text
    errors = marked[importing.ERROR_SHEET]
    assert [c.value for c in errors[1]] == ["STT", "Dòng", "Ô", "Lỗi"]
    assert errors["B2"].value == DATA_ROW and errors["C2"].value == f"F{DATA_ROW}"
    assert errors["D2"].value.startswith(f"Dòng {DATA_ROW}, ô F{DATA_ROW}")


def test_error_workbook_marks_the_row_of_a_sum_mismatch(official_client, plan, hedge):
    wb = template(official_client, plan)
    wb[importing.SHEET_TITLE][f"E{DATA_ROW}"] = 1
    upload(official_client, plan, as_upload(wb), "check")
    download = official_client.get(
        reverse("plans:target_import_errors", args=[plan.pk])
    )
    marked = load_workbook(io.BytesIO(b"".join(download.streaming_content)))
    assert "Tổng giao các thôn" in (
        marked[importing.SHEET_TITLE][f"B{DATA_ROW}"].comment.text
    )


def test_no_error_workbook_after_a_good_upload(official_client, plan, hedge):
    wb = template(official_client, plan)
    wb[importing.SHEET_TITLE][f"F{DATA_ROW}"] = "ba trăm"
    upload(official_client, plan, as_upload(wb), "check")
    wb[importing.SHEET_TITLE][f"F{DATA_ROW}"] = 1600
    upload(official_client, plan, as_upload(wb), "check")
    url = reverse("plans:target_import_errors", args=[plan.pk])
    assert official_client.get(url).status_code == 404


def test_not_a_workbook_has_no_error_workbook(official_client, plan, hedge):
    response = upload(
        official_client, plan, SimpleUploadedFile("a.xlsx", b"hello"), "check"
    )
    assert reverse("plans:target_import_errors", args=[plan.pk]) not in (
        response.content.decode()
    )


# ── Scope ──


@pytest.mark.parametrize(
    "name", ["target_template", "target_import", "target_import_errors"]
)
def test_another_communes_official_gets_404(client, world, plan, hedge, name):
    client.force_login(member(world.nhat_tien, Role.COMMUNE_OFFICIAL))
    assert client.get(reverse(f"plans:{name}", args=[plan.pk])).status_code == 404


def test_another_communes_official_cannot_upload(
    client, world, plan, hedge, official_client
):
    wb = template(official_client, plan)
    wb[importing.SHEET_TITLE][f"E{DATA_ROW}"] = 1000
    wb[importing.SHEET_TITLE][f"F{DATA_ROW}"] = 2200
    client.force_login(member(world.nhat_tien, Role.COMMUNE_OFFICIAL))
    assert upload(client, plan, as_upload(wb), "apply").status_code == 404
    assert shares(hedge) == {"Cồn Tòng": 1600, "Nà Lài": 1600}


def test_district_reviewer_may_not_download_or_upload(
    client, plan, hedge, official_client, district_reviewer
):
    wb = template(official_client, plan)
    wb[importing.SHEET_TITLE][f"E{DATA_ROW}"] = 1000
    wb[importing.SHEET_TITLE][f"F{DATA_ROW}"] = 2200
    client.force_login(district_reviewer)
    assert (
        client.get(reverse("plans:target_template", args=[plan.pk])).status_code == 403
    )
    assert upload(client, plan, as_upload(wb), "apply").status_code == 403
    assert shares(hedge) == {"Cồn Tòng": 1600, "Nà Lài": 1600}


def test_the_service_refuses_a_reader(plan, hedge, district_reviewer):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        importing.target_import(
            plan=plan,
            upload=importing.template_workbook(plan=plan),
            user=district_reviewer,
            dry_run=True,
        )


def test_upload_needs_csrf(plan, hedge, commune_official):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(commune_official)
    file = SimpleUploadedFile("a.xlsx", importing.template_workbook(plan=plan))
    assert upload(client, plan, file, "apply").status_code == 403


def test_new_village_column_appears_in_the_next_template(official_client, plan, world):
    village(world.thuy_hung, "Khuổi Pả")
    Target.objects.create(plan=plan, name="Hàng rào", unit="m", quantity=10)
    ws = template(official_client, plan)[importing.SHEET_TITLE]
    assert "Khuổi Pả" in columns(ws)
    assert "Thôn Một" not in columns(ws)


# ── Optimistic concurrency ──


def test_target_changed_after_download_is_a_conflict(
    official_client, plan, hedge, world, commune_official
):
    wb = template(official_client, plan)
    # Meanwhile a colleague moves 100 m from Nà Lài to Cồn Tòng in the form.
    from plans.services import target_save

    target_save(
        plan=plan,
        target=Target.objects.get(pk=hedge.pk),
        user=commune_official,
        version=1,
        allocations={world.con_tong: Decimal(1700), world.na_lai: Decimal(1500)},
        reason="Điều chỉnh",
    )
    ws = wb[importing.SHEET_TITLE]
    ws[f"E{DATA_ROW}"], ws[f"F{DATA_ROW}"] = 1000, 2200
    response = upload(official_client, plan, as_upload(wb), "apply")
    assert response.status_code == 422
    (message,) = problems(response)
    assert message.startswith(f"Dòng {DATA_ROW} (Trồng hàng rào xanh): chỉ tiêu")
    assert "đã được sửa sau khi bạn tải tệp mẫu" in message
    assert "tải tệp mẫu mới" in message
    assert shares(hedge) == {"Cồn Tòng": 1700, "Nà Lài": 1500}
    assert TargetRevision.objects.count() == 1


def test_a_conflict_on_one_row_saves_no_other_row(
    official_client, plan, hedge, road, world
):
    wb = template(official_client, plan)
    Target.objects.filter(pk=road.pk).update(version=5)
    ws = wb[importing.SHEET_TITLE]
    ws[f"E{DATA_ROW}"], ws[f"F{DATA_ROW}"] = 1000, 2200
    ws[f"E{DATA_ROW + 1}"] = "0,38"
    response = upload(official_client, plan, as_upload(wb), "apply")
    assert response.status_code == 422
    assert len(problems(response)) == 1
    assert shares(hedge) == {"Cồn Tòng": 1600, "Nà Lài": 1600}
    assert shares(road) == {}


def test_unchanged_row_of_a_changed_target_is_no_conflict(
    official_client, plan, hedge, road
):
    wb = template(official_client, plan)
    Target.objects.filter(pk=hedge.pk).update(version=7)  # changed elsewhere
    wb[importing.SHEET_TITLE][f"E{DATA_ROW + 1}"] = "0,38"
    response = upload(official_client, plan, as_upload(wb), "apply")
    assert response.status_code == 200, problems(response)
    assert shares(road) == {"Cồn Tòng": Decimal("0.38")}


def test_file_checked_in_the_dry_run_is_applied_without_choosing_it_again(
    official_client, plan, hedge
):
    wb = template(official_client, plan)
    wb[importing.SHEET_TITLE][f"E{DATA_ROW}"] = 1000
    wb[importing.SHEET_TITLE][f"F{DATA_ROW}"] = 2200
    response = upload(official_client, plan, as_upload(wb, "hàng rào.xlsx"), "check")
    assert 'value="apply_checked"' in response.content.decode()
    assert shares(hedge) == {"Cồn Tòng": 1600, "Nà Lài": 1600}
    url = reverse("plans:target_import", args=[plan.pk])
    response = official_client.post(url, {"action": "apply_checked"})
    assert response.status_code == 200 and response.context["result"].applied
    assert shares(hedge) == {"Cồn Tòng": 1000, "Nà Lài": 2200}
    assert TargetRevision.objects.get().reason == "Nhập từ tệp Excel hàng rào.xlsx"
    # Used once: a second click finds nothing to apply.
    response = official_client.post(url, {"action": "apply_checked"})
    assert response.status_code == 422
    assert "Tệp vừa kiểm tra không còn" in response.content.decode()
    assert TargetRevision.objects.count() == 1


def test_template_query_count_does_not_grow_with_targets(plan, world):
    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            importing.template_workbook(plan=plan)
        return len(queries)

    Target.objects.create(plan=plan, name="Trồng hàng rào xanh", unit="m", quantity=1)
    small = count()
    for n in range(10):
        target = Target.objects.create(
            plan=plan, name=f"Chỉ tiêu {n}", unit="hộ", quantity=883
        )
        VillageTarget.objects.create(target=target, village=world.na_lai, quantity=5)
    assert count() == small == 3


def test_sheet_with_too_many_cells_is_refused(official_client, plan, hedge):
    from openpyxl.styles import Font

    wb = template(official_client, plan)
    ws = wb[importing.SHEET_TITLE]
    for row in range(10, 10 + xlsx.MAX_CELLS // 100 + 1):
        for column in range(1, 101):
            ws.cell(row, column).font = Font(bold=True)  # styled, empty
    (message,) = problems(refused(official_client, plan, hedge, as_upload(wb)))
    assert "quá lớn" in message and "100.000 ô" in message


def test_a_copied_sheet_is_refused_rather_than_guessed(official_client, plan, hedge):
    def edit(ws):
        copy = ws.parent.copy_worksheet(ws)
        copy[f"E{DATA_ROW}"] = 1000

    (message,) = bad_upload(official_client, plan, hedge, edit)
    assert message.startswith("Tệp có nhiều trang tính chứa bảng chỉ tiêu")
    assert "“Chỉ tiêu giao thôn”" in message


@pytest.mark.parametrize("action", ["check", "apply"])
def test_share_with_progress_cannot_be_blanked_and_the_dry_run_says_so(
    official_client, plan, hedge, world, action
):
    """The dry run runs the service in a rolled-back transaction, so it
    reports what only the service knows (progress reported on a share)."""
    import datetime

    from reports.models import ProgressEntry, ProgressReport

    hedge.allow_partial = True
    hedge.save()
    week = datetime.date(2023, 3, 13)
    report = ProgressReport.objects.create(
        plan=plan, period_start=week, period_end=week + datetime.timedelta(days=6)
    )
    ProgressEntry.objects.create(
        report=report,
        village_target=hedge.allocations.get(village=world.con_tong),
        amount=200,
    )

    def edit(ws):
        ws[f"E{DATA_ROW}"] = None

    (message,) = bad_upload(official_client, plan, hedge, edit, action=action)
    assert message.startswith(f"Dòng {DATA_ROW} (Trồng hàng rào xanh): Thôn Cồn Tòng")
    assert "đã có kết quả báo cáo" in message
