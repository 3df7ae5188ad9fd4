"""An indicator with no required value gives no verdict: "chưa có mức yêu
cầu", never "Đạt" — in the service, the form, the board and the criteria
appendix, which also says how many applied levels are unchecked."""

import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from criteria.forms import AssessmentForm
from criteria.models import Indicator
from criteria.services import assessment_record
from reports.exports import render
from reports.exports.documents import area_table
from tests.factories import CriteriaSetFactory, planning_and_roads
from villages.models import Area

D = datetime.date


@pytest.fixture
def open_set(db):
    """2.1 has a level (≥ 90%, not checked); 2.2 has none; 1.1 is Đạt."""
    s = CriteriaSetFactory()
    roads = planning_and_roads(s)
    Indicator.objects.create(
        criterion=roads.criterion,
        code="2.2",
        name="Tỷ lệ đường thôn được cứng hóa",
        unit="%",
        comparator="gte",
    )
    return s


def record(world, user, code, **kwargs):
    return assessment_record(
        area=world.thuy_hung,
        indicator=Indicator.objects.get(code=code),
        assessed_on=D(2024, 3, 1),
        user=user,
        today=D(2024, 3, 2),
        **kwargs,
    )


def test_no_level_gives_no_verdict_even_when_one_is_typed(
    world, commune_official, open_set
):
    for status in ("met", "not_met", ""):
        made = record(
            world, commune_official, "2.2", value_number=Decimal("95"), status=status
        )
        assert (made.status, made.requirement) == ("no_requirement", "")
        made.delete()
    assert (
        record(world, commune_official, "2.1", value_number=Decimal("95")).status
        == "met"
    )


def test_the_form_asks_no_verdict_where_there_is_no_level(open_set):
    without = AssessmentForm(
        indicator=Indicator.objects.get(code="2.2"), has_requirement=False
    )
    assert "status" not in without.fields
    assert "Chưa có mức yêu cầu" in without.fields["value_text"].help_text
    judged = AssessmentForm(indicator=Indicator.objects.get(code="2.1"))
    assert "status" in judged.fields


def test_the_board_and_the_appendix_never_print_dat_beside_no_level(
    client, world, commune_official, open_set
):
    record(world, commune_official, "1.1", status="met")
    record(world, commune_official, "2.1", value_number=Decimal("95"))
    record(world, commune_official, "2.2", value_number=Decimal("95"), status="met")
    client.force_login(commune_official)
    page = client.get(
        reverse("criteria:board", args=[world.thuy_hung.pk]) + "?bo=thu&ngay=01/03/2024"
    ).content.decode()
    assert page.count("Chưa có mức yêu cầu") >= 2  # the level and the result
    assert (
        "<strong>1</strong> tiêu chí có chỉ tiêu chưa có mức yêu cầu nên chưa thể kết luận đạt"
        in page
    )
    assert "<strong>2/2</strong> chưa đối chiếu văn bản gốc" in page
    table = area_table(
        areas=Area.objects.all(),
        pk=world.thuy_hung.pk,
        table="criteria",
        on=D(2024, 3, 10),
    )
    sheet = load_workbook(io.BytesIO(render(table, "xlsx"))).active
    rows = {
        sheet.cell(r, 1).value: [sheet.cell(r, c).value for c in (3, 4, 5)]
        for r in range(1, sheet.max_row + 1)
    }
    assert rows["2.2"] == ["Chưa có mức yêu cầu", "95%", "Chưa có mức yêu cầu"]
    assert rows["2.1"] == ["≥ 90% (*)", "95%", "Đạt"]
    assert rows["1.1"] == ["Đạt (*)", None, "Đạt"]
    text = " ".join(
        str(v) for row in sheet.iter_rows(values_only=True) for v in row if v
    )
    assert (
        "(*) Mức yêu cầu chưa đối chiếu văn bản gốc: 2/2 mức áp dụng cho xã Thụy Hùng"
        in text
    )
    assert "1 tiêu chí có chỉ tiêu chưa có mức yêu cầu nên chưa kết luận đạt" in text
    assert "Tổng số tiêu chí đạt: 1/2" in text


def test_the_matrix_says_how_many_levels_of_the_set_are_unchecked(
    client, world, district_reviewer, open_set
):
    client.force_login(district_reviewer)
    page = client.get(
        reverse("criteria:matrix", args=[world.cao_loc.pk]) + "?bo=thu&ngay=01/03/2024"
    ).content.decode()
    assert (
        "Bộ tiêu chí: 2/2 mức yêu cầu chưa đối chiếu văn bản gốc; 1 chỉ tiêu chưa có mức yêu cầu."
        in page
    )
