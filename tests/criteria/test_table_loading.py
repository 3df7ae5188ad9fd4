"""Loading a criteria set from its official tables (issue 20, "Proof"):
appendices of our own making read back field by field, a changed file making
a new version with the right diff, assessments keeping their version, and
bad input refused with the row named and nothing saved."""

import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from criteria.loading import uploads
from criteria.loading.fixture import SetMeta
from criteria.loading.parsed import ParsedSet
from criteria.loading.versions import criteria_set_save
from criteria.models import (
    Assessment,
    CriteriaSet,
    Criterion,
    Indicator,
    IndicatorRequirement,
    LegalDocument,
)
from criteria.selectors import applicable_set, criteria_summary, requirement_for
from criteria.services import assessment_record, regions_load
from tests.criteria.appendix import group_xlsx, region_rows, region_xlsx, workbook
from tests.criteria.conftest import load
from tests.factories import commune, province
from villages.models import Region

D = datetime.date


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("quantri", password="x")


def empty_set(code: str, dimension: str, *, period=(2021, 2025)) -> CriteriaSet:
    """A national set with no rows yet, version 1."""
    document = LegalDocument.objects.create(
        number=f"{code}/QĐ-TTg", doc_type="QĐ", issuer="Thủ tướng Chính phủ"
    )
    meta = SetMeta(
        code=code,
        name=f"Bộ tiêu chí thử {code}",
        level="xa_ntm",
        period_start=period[0],
        period_end=period[1],
        dimension=dimension,
    )
    return criteria_set_save(
        meta=meta, parsed=ParsedSet(), document=document
    ).criteria_set


@pytest.fixture
def region_set(db):
    regions_load()
    return empty_set("thu-318", "region")


@pytest.fixture
def group_set(db):
    regions_load()
    return empty_set("thu-51", "commune_group", period=(2026, 2030))


def confirm(user, criteria_set, data: bytes, **kwargs) -> CriteriaSet:
    result = uploads.load_confirm(
        load=load(user, criteria_set, data, **kwargs), user=user
    )
    return result.criteria_set


def levels(indicator) -> dict:
    """{(region code | group | year): (comparator, number, wording, note)}."""
    found = {}
    for r in indicator.requirements.select_related("region"):
        key = (r.region.code if r.region_id else r.commune_group, r.year)
        number = None if r.required_number is None else r.required_number.normalize()
        found[key] = (r.comparator, number, r.required_text, r.note)
    return found


def test_a_regional_appendix_is_read_field_by_field(region_set, admin_user):
    version = confirm(admin_user, region_set, region_xlsx())
    assert (version.code, version.version, version.previous) == (
        "thu-318",
        2,
        region_set,
    )
    region_set.refresh_from_db()
    assert region_set.superseded_at is not None and version.is_current
    assert [(g.code, g.name) for g in version.groups.order_by("order")] == [
        ("I", "QUY HOẠCH"),
        ("II", "HẠ TẦNG KINH TẾ - XÃ HỘI"),
    ]
    criteria = {c.number: c for c in version.criteria.select_related("group")}
    assert sorted(criteria) == [1, 2, 3, 10, 15, 17]
    assert (criteria[1].name, criteria[1].group.code) == ("Quy hoạch", "I")
    assert (criteria[3].name, criteria[3].group.code) == (
        "Thủy lợi và phòng, chống thiên tai",
        "II",
    )
    rows = {
        i.code: i for i in Indicator.objects.filter(criterion__criteria_set=version)
    }
    assert sorted(rows) == ["1.1", "1.2", "10", "15.3", "17.1", "2.1", "2.2", "3.1"]
    assert not any(i.whole_criterion for i in rows.values())

    def general(code):
        i = rows[code]
        number = None if i.required_number is None else i.required_number.normalize()
        return (i.unit, i.comparator, number, i.required_text, i.note)

    # "Đạt" merged down over 1.1 and 1.2 and across every region column.
    assert general("1.1") == ("", "met", None, "Đạt", "")
    assert general("1.2") == ("", "met", None, "Đạt", "")
    assert levels(rows["1.1"]) == levels(rows["1.2"]) == {}
    assert rows["1.1"].name == "Có quy hoạch chung xây dựng xã được phê duyệt"
    # 2.1: per region, each as printed; the footnote (*) attached.
    assert general("2.1") == ("%", "gte", None, "", "")
    assert levels(rows["2.1"]) == {
        ("TDMNPB", None): ("gte", Decimal("100"), "100%", ""),
        ("DBSH", None): ("gte", Decimal("90"), "≥ 90%", "Xã đảo áp dụng mức ≥ 70%."),
        ("BTB", None): ("gte", Decimal("95"), "từ 95% trở lên", ""),
        ("DHNTB", None): ("gte", Decimal("80"), "≥ 80 %", ""),
        ("TN", None): ("gte", Decimal("80"), "≥80%", ""),
        ("DNB", None): ("gte", Decimal("100"), "100%", ""),
        ("DBSCL", None): ("gte", Decimal("85"), "tối thiểu 85%", ""),
    }
    assert general("2.2") == ("%", "gte", Decimal("70"), "≥ 70%", "")
    assert general("3.1") == (
        "%",
        "gte",
        Decimal("80"),
        "từ 80% trở lên",
        "Theo hướng dẫn của Bộ Nông nghiệp và Môi trường.",
    )
    # Income: a level per region and per year, from the "- Năm …" sub-rows.
    assert general("10") == ("triệu đồng/người/năm", "gte", None, "", "")
    income = levels(rows["10"])
    assert len(income) == 14
    assert income[("TDMNPB", 2024)] == ("gte", Decimal("48"), "≥ 48", "")
    assert income[("DNB", 2025)] == ("gte", Decimal("75"), "≥ 75", "")
    assert income[("DBSCL", 2025)] == ("gte", Decimal("64"), "≥ 64", "")
    # 15.3 is a maximum, in every region; one written in words.
    assert levels(rows["15.3"]) == {
        ("TDMNPB", None): ("lte", Decimal("24"), "≤ 24%", ""),
        ("DBSH", None): ("lte", Decimal("16.5"), "≤ 16,5%", ""),
        ("BTB", None): ("lte", Decimal("25"), "≤ 25%", ""),
        ("DHNTB", None): ("lte", Decimal("22"), "tối đa 22%", ""),
        ("TN", None): ("lte", Decimal("26.5"), "≤ 26,5%", ""),
        ("DNB", None): ("lte", Decimal("14.5"), "≤ 14,5%", ""),
        ("DBSCL", None): ("lte", Decimal("19"), "≤ 19%", ""),
    }
    assert general("17.1") == (
        "%",
        "gte",
        Decimal("95"),
        "≥ 95% (≥ 60% nước sạch)",
        "Nước sạch từ hệ thống cấp nước tập trung.",
    )
    # Each row cites the uploaded text, appendix and row; none is verified.
    assert rows["2.2"].source_document == version.document
    assert (rows["2.2"].source_part, rows["2.2"].source_locator) == (
        "Phụ lục I",
        "dòng 11",
    )
    assert "phu-luc.xlsx" in rows["2.2"].source
    assert not Indicator.objects.filter(criterion__criteria_set=version, verified=True)
    assert not IndicatorRequirement.objects.filter(
        indicator__criterion__criteria_set=version, verified=True
    )
    assert version.created_by == admin_user


def test_the_loaded_levels_judge_each_region_and_year(region_set, admin_user):
    version = confirm(admin_user, region_set, region_xlsx())
    northern = province("Lạng Sơn", region=Region.objects.get(code="TDMNPB"))
    central = province("Hà Tĩnh", region=Region.objects.get(code="BTB"))
    road = Indicator.objects.get(criterion__criteria_set=version, code="2.1")
    income = Indicator.objects.get(criterion__criteria_set=version, code="10")
    day = D(2025, 3, 1)
    assert (
        requirement_for(
            indicator=road, area=commune(northern, "Thụy Hùng"), on=day
        ).requirement_label
        == "100%"
    )
    assert (
        requirement_for(
            indicator=road, area=commune(central, "Sơn Bằng"), on=day
        ).requirement_label
        == "từ 95% trở lên"
    )
    assert (
        requirement_for(
            indicator=income, area=commune(central, "Sơn Trung"), on=day
        ).required_number
        == 54
    )


def test_a_group_appendix_is_read_field_by_field(group_set, admin_user):
    version = confirm(admin_user, group_set, group_xlsx())
    rows = {
        i.code: i for i in Indicator.objects.filter(criterion__criteria_set=version)
    }
    assert sorted(rows) == ["1.1", "1.2", "2.1", "2.2", "6.1", "6.2"]
    assert {c.number: c.name for c in version.criteria.all()} == {
        1: "Quy hoạch",
        2: "Hạ tầng kinh tế - xã hội",
        6: "Giảm nghèo và an sinh xã hội",
    }
    # "Đạt" merged over the three group columns: one general level.
    assert (rows["1.1"].comparator, rows["1.1"].required_text) == ("met", "Đạt")
    assert levels(rows["1.1"]) == {}
    assert levels(rows["1.2"]) == {
        (1, None): ("gte", Decimal("100"), "100%", ""),
        (2, None): ("gte", Decimal("90"), "≥ 90%", ""),
        (3, None): (
            "gte",
            Decimal("80"),
            "≥ 80%",
            "Xã có trên 50% diện tích rừng áp dụng mức ≥ 70%.",
        ),
    }
    assert levels(rows["6.1"]) == {
        (1, None): ("lt", Decimal("1"), "dưới 1%", ""),
        (2, None): ("lte", Decimal("2"), "≤ 2%", ""),
        (3, None): ("lte", Decimal("5"), "tối đa 5%", ""),
    }
    assert rows["6.2"].unit == "triệu đồng/người/năm"
    assert levels(rows["6.2"])[(3, None)] == ("gte", Decimal("60"), "≥ 60", "")
    assert rows["6.1"].note == "Theo chuẩn nghèo giai đoạn 2026–2030"
    assert version.target_dimension == "commune_group"
    # Criteria 3–5 and 7–10 are not in this table: nothing made up for them.
    assert not Criterion.objects.filter(criteria_set=version, number=3).exists()


def test_a_second_load_of_a_changed_file_makes_a_new_version_with_its_diff(
    region_set, admin_user
):
    first = confirm(admin_user, region_set, region_xlsx())
    upload = load(admin_user, first, region_xlsx(changed=True), name="phu-luc-sua.xlsx")
    shown = uploads.load_preview(load=upload)
    assert not shown.problems and shown.current == first
    changes = [(c.kind, c.item, c.before, c.after) for c in shown.changes]
    assert changes == [
        ("added", "Tiêu chí số 9", "", "Nhà ở dân cư (nhóm II)"),
        ("removed", "Tiêu chí số 17", "Môi trường và an toàn thực phẩm (nhóm II)", ""),
        (
            "changed",
            "Chỉ tiêu 1.2: nội dung",
            "Ban hành quy định quản lý quy hoạch chung xây dựng xã",
            "Ban hành quy định quản lý quy hoạch và tổ chức thực hiện",
        ),
        ("changed", "Chỉ tiêu 2.2: mức chung", "≥ 70%", "≥ 75%"),
        ("added", "Chỉ tiêu 9.1", "", "Nhà tạm, dột nát; mức chung: Không"),
        (
            "removed",
            "Chỉ tiêu 17.1",
            "Tỷ lệ hộ được sử dụng nước sạch theo quy chuẩn (%); mức chung: "
            "≥ 95% (≥ 60% nước sạch) (Nước sạch từ hệ thống cấp nước tập trung.)",
            "",
        ),
        (
            "changed",
            "Chỉ tiêu 2.1 (DBSCL)",
            "tối thiểu 85%",
            "tối thiểu 88%",
        ),
    ]
    second = uploads.load_confirm(load=upload, user=admin_user).criteria_set
    assert (second.version, second.previous) == (3, first)
    first.refresh_from_db()
    assert first.superseded_at is not None
    # The replaced version keeps its rows as they were.
    assert Indicator.objects.filter(criterion__criteria_set=first, code="17.1").exists()
    assert (
        Indicator.objects.get(criterion__criteria_set=first, code="2.2").required_number
        == 70
    )
    assert (
        Indicator.objects.get(
            criterion__criteria_set=second, code="2.2"
        ).required_number
        == 75
    )
    # The same file again changes nothing: no third version.
    again = load(admin_user, second, region_xlsx(changed=True))
    assert uploads.load_preview(load=again).changes == []
    with pytest.raises(ValidationError, match="Không có thay đổi"):
        uploads.load_confirm(load=again, user=admin_user)
    assert CriteriaSet.objects.filter(code="thu-318").count() == 3


def test_an_assessment_under_version_1_still_reads_version_1(
    region_set, admin_user, world, commune_official
):
    world.lang_son.region = Region.objects.get(code="TDMNPB")
    world.lang_son.save()
    first = confirm(admin_user, region_set, region_xlsx())
    village_roads = Indicator.objects.get(criterion__criteria_set=first, code="2.2")
    made = assessment_record(
        area=world.thuy_hung,
        indicator=village_roads,
        assessed_on=D(2024, 6, 1),
        user=commune_official,
        value_number=Decimal("72"),
        today=D(2024, 6, 2),
    )
    assert (made.status, made.requirement) == ("met", "≥ 70%")
    before = criteria_summary(
        area=world.thuy_hung, criteria_set=first, on=D(2024, 12, 31)
    )

    second = confirm(admin_user, first, region_xlsx(changed=True))
    made.refresh_from_db()
    assert made.indicator.criterion.criteria_set == first
    assert (made.status, made.requirement) == ("met", "≥ 70%")
    after = criteria_summary(
        area=world.thuy_hung, criteria_set=first, on=D(2024, 12, 31)
    )
    assert [(r.criterion.number, r.met, r.indicators) for r in after.rows] == [
        (r.criterion.number, r.met, r.indicators) for r in before.rows
    ]
    # The new version starts without it, and is the one that applies now.
    assert (
        criteria_summary(area=world.thuy_hung, criteria_set=second, on=D(2024, 12, 31))
        .rows[1]
        .met
        == 0
    )
    assert applicable_set(area=world.thuy_hung, on=D(2024, 12, 31)) == second
    # A replaced version takes no new assessment.
    with pytest.raises(ValidationError, match="đã có phiên bản mới"):
        assessment_record(
            area=world.thuy_hung,
            indicator=village_roads,
            assessed_on=D(2024, 7, 1),
            user=commune_official,
            value_number=Decimal("80"),
            today=D(2024, 7, 2),
        )
    assert Assessment.objects.count() == 1


# ── Bad input: the row named, nothing saved ──


def bad(change) -> bytes:
    rows, merges = region_rows()
    change(rows)
    return workbook(rows, merges)


def shift_right(rows):
    # Row 11 (2.2) typed one column to the right from its content on.
    rows[10] = ["", "", "", *rows[10][2:-1]]


def words(rows):
    rows[10][4] = "tám mươi phần trăm"


def bare(rows):
    rows[10][4] = "80%"


def level_in_unit_column(rows):
    rows[10][3] = "từ 80% trở lên"


def met_for_a_rate(rows):
    rows[10][4] = "Đạt"


def unit_disagrees(rows):
    rows[10][4] = "≥ 80 km"


def hundred_percent_for_income(rows):
    rows[13][5] = "100%"


def duplicate_code(rows):
    rows[10][2] = "2.1. Tỷ lệ đường xã (chép trùng)"


def missing_criterion_number(rows):
    rows[11][0] = ""  # row 12: criterion 3 without its number


def code_under_wrong_criterion(rows):
    rows[11][2] = "4.1. Tỷ lệ hộ sử dụng điện an toàn"


def formula(rows):
    rows[10][4] = "=A1"


BAD = [
    (
        shift_right,
        "Dòng 11",
        "nằm ở cột 4, không ở cột “Nội dung”: các cột có thể bị lệch",
    ),
    (words, "Dòng 11", "“tám mươi phần trăm” ghi mức bằng chữ"),
    (bare, "Dòng 11", "“80%” không ghi rõ là tối thiểu hay tối đa"),
    (
        level_in_unit_column,
        "Dòng 11",
        "cột “Đơn vị tính” có “từ 80% trở lên”, là một mức yêu cầu",
    ),
    (met_for_a_rate, "Dòng 11", "tính bằng % nhưng mức yêu cầu là “Đạt”"),
    (unit_disagrees, "Dòng 11", "đơn vị “km” khác đơn vị tính “%” của chỉ tiêu 2.2"),
    (
        hundred_percent_for_income,
        "Dòng 14",
        "đơn vị “%” khác đơn vị tính “triệu đồng/người/năm” của chỉ tiêu 10",
    ),
    (duplicate_code, "Dòng 11", "mã chỉ tiêu 2.1 trùng với dòng 10"),
    (
        missing_criterion_number,
        "Dòng 12",
        "tiêu chí “Thủy lợi và phòng, chống thiên tai” không có số thứ tự ở cột “TT”",
    ),
    (
        code_under_wrong_criterion,
        "Dòng 12",
        "chỉ tiêu 4.1 nằm dưới tiêu chí số 3: thiếu dòng tiêu chí số 4",
    ),
    (formula, "Dòng 11", "chứa công thức"),
]


@pytest.mark.parametrize("change,row,message", BAD, ids=[b[0].__name__ for b in BAD])
def test_bad_input_names_the_row_and_saves_nothing(
    region_set, admin_user, change, row, message
):
    first = confirm(admin_user, region_set, region_xlsx())
    counts = (
        CriteriaSet.objects.count(),
        Criterion.objects.count(),
        Indicator.objects.count(),
        IndicatorRequirement.objects.count(),
    )
    upload = load(admin_user, first, bad(change))
    shown = uploads.load_preview(load=upload)
    texts = [p.text for p in shown.problems]
    assert any(t.startswith(row) and message in t for t in texts), texts
    assert not shown.can_confirm and shown.changes == []
    with pytest.raises(ValidationError) as error:
        uploads.load_confirm(load=upload, user=admin_user)
    assert any(message in m for m in error.value.messages)
    assert counts == (
        CriteriaSet.objects.count(),
        Criterion.objects.count(),
        Indicator.objects.count(),
        IndicatorRequirement.objects.count(),
    )
    assert CriteriaSet.objects.current_versions().get(code="thu-318") == first


@pytest.mark.parametrize(
    "data,message",
    [
        (b"", "Tệp trống"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "định dạng Office cũ"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "Tệp là ảnh"),
        (b"PK\x03\x04broken", "Không mở được tệp"),
    ],
)
def test_a_file_that_is_no_table_is_refused_on_upload(
    region_set, admin_user, data, message
):
    with pytest.raises(ValidationError) as error:
        load(admin_user, region_set, data)
    assert message in " ".join(error.value.messages)


def test_a_table_with_another_dimension_is_refused(group_set, admin_user):
    upload = load(admin_user, group_set, region_xlsx())
    texts = [p.text for p in uploads.load_preview(load=upload).problems]
    assert any("theo vùng" in t and "theo nhóm xã" in t for t in texts), texts


def test_a_file_without_any_appendix_table_says_so(region_set, admin_user):
    data = workbook([["Báo cáo kết quả"], ["Nội dung", "Số liệu"]], [])
    texts = [
        p.text
        for p in uploads.load_preview(load=load(admin_user, region_set, data)).problems
    ]
    assert texts == [
        "không tìm thấy bảng tiêu chí: cần một dòng tiêu đề có cột “TT” và “Tên tiêu "
        "chí” hoặc “Nội dung chỉ tiêu”."
    ]


def test_the_command_previews_refuses_and_confirms(
    region_set, admin_user, tmp_path, capsys
):
    from django.core.management import CommandError, call_command

    good = tmp_path / "phu-luc.xlsx"
    good.write_bytes(region_xlsx())
    call_command("load_criteria", str(good), bo="thu-318", user="quantri", dry_run=True)
    out = capsys.readouterr().out
    assert (
        "  2.1 Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa (%): TDMNPB ≥ 100%;" in out
    )
    assert "Thêm: Chỉ tiêu 15.3 (BTB):  → ≤ 25%" in out
    assert "Chỉ xem trước: không lưu gì." in out
    assert CriteriaSet.objects.current_versions().get(code="thu-318").version == 1
    broken = tmp_path / "loi.xlsx"
    broken.write_bytes(bad(words))
    with pytest.raises(CommandError, match="1 lỗi: không lưu gì"):
        call_command("load_criteria", str(broken), bo="thu-318", user="quantri")
    assert "LỖI Dòng 11: cột “Chỉ tiêu chung”" in capsys.readouterr().out
    call_command(
        "load_criteria", str(good), bo="thu-318", user="quantri", phu_luc="Phụ lục I"
    )
    assert "Đã tạo phiên bản 2 của thu-318." in capsys.readouterr().out
    assert CriteriaSet.objects.current_versions().get(code="thu-318").version == 2


# ── The same appendix as a Word document and as a PDF ──


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_a_word_or_pdf_appendix_reads_as_the_excel_one(region_set, admin_user, kind):
    from tests.criteria.appendix import as_docx, as_pdf

    rows, merges = region_rows()
    data = (as_docx if kind == "docx" else as_pdf)(rows, merges)
    version = confirm(admin_user, region_set, data, name=f"qd-phu-luc-i.{kind}")
    assert version.version == 2
    page = ", trang 1" if kind == "pdf" else ""
    road = Indicator.objects.get(criterion__criteria_set=version, code="2.1")
    assert road.source_locator == f"Bảng 1{page}, dòng 8"
    assert levels(road)[("DBSH", None)] == (
        "gte",
        Decimal("90"),
        "≥ 90%",
        "Xã đảo áp dụng mức ≥ 70%.",
    )
    income = Indicator.objects.get(criterion__criteria_set=version, code="10")
    assert income.unit == "triệu đồng/người/năm"
    assert levels(income)[("DNB", 2025)] == ("gte", Decimal("75"), "≥ 75", "")
    irrigation = Indicator.objects.get(criterion__criteria_set=version, code="3.1")
    assert (irrigation.required_number, irrigation.required_text, irrigation.note) == (
        80,
        "từ 80% trở lên",
        "Theo hướng dẫn của Bộ Nông nghiệp và Môi trường.",
    )
    # Every value and comparator equals the Excel appendix's, field by field
    # (checked one by one in test_a_regional_appendix_is_read_field_by_field).
    same = load(admin_user, version, region_xlsx())
    assert uploads.load_preview(load=same).changes == []
    # And the changed Word/PDF file makes a version with the same diff.
    changed_rows, _ = region_rows(changed=True)
    changed = (as_docx if kind == "docx" else as_pdf)(changed_rows, merges)
    shown = uploads.load_preview(
        load=load(admin_user, version, changed, name=f"b.{kind}")
    )
    assert [(c.kind, c.item) for c in shown.changes] == [
        ("added", "Tiêu chí số 9"),
        ("removed", "Tiêu chí số 17"),
        ("changed", "Chỉ tiêu 1.2: nội dung"),
        ("changed", "Chỉ tiêu 2.2: mức chung"),
        ("added", "Chỉ tiêu 9.1"),
        ("removed", "Chỉ tiêu 17.1"),
        ("changed", "Chỉ tiêu 2.1 (DBSCL)"),
    ]


def test_a_word_file_without_a_table_or_with_two_tables_says_so(region_set, admin_user):
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph("Quyết định ban hành bộ tiêu chí (không có phụ lục)")
    buffer = io.BytesIO()
    document.save(buffer)
    upload = load(admin_user, region_set, buffer.getvalue(), name="qd.docx")
    texts = [p.text for p in uploads.load_preview(load=upload).problems]
    assert texts and "Không tìm thấy bảng nào trong văn bản" in texts[0]
    from tests.criteria.appendix import as_docx

    rows, merges = region_rows()
    two = python_docx.Document(io.BytesIO(as_docx(rows, merges)))
    two.add_paragraph("PHỤ LỤC II")
    table = two.add_table(rows=2, cols=3)
    for c, text in enumerate(["TT", "Tên tiêu chí", "Chỉ tiêu chung"]):
        table.cell(0, c).text = text
    for c, text in enumerate(["1", "Quy hoạch", "Đạt"]):
        table.cell(1, c).text = text
    buffer = io.BytesIO()
    two.save(buffer)
    upload = load(admin_user, region_set, buffer.getvalue(), name="hai-phu-luc.docx")
    texts = [p.text for p in uploads.load_preview(load=upload).problems]
    assert texts == [
        "tệp có 2 bảng tiêu chí: bảng 1 (Bảng 1 (BỘ TIÊU CHÍ XÃ NÔNG THÔN MỚI (BẢN "
        "THỬ))), bảng 2 (Bảng 2 (PHỤ LỤC II)). Chọn bảng cần nạp."
    ]
    chosen = uploads.load_preview(load=upload, table=1)
    assert not chosen.problems and chosen.changes


def test_a_text_file_without_tabs_has_no_table(region_set, admin_user):
    upload = load(
        admin_user, region_set, "TT;Tên tiêu chí\n1;Quy hoạch".encode(), name="a.txt"
    )
    texts = [p.text for p in uploads.load_preview(load=upload).problems]
    assert "Không tìm thấy bảng nào trong văn bản" in texts[0]
