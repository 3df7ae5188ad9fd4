"""Seed 003's rate targets computed by hand (issue 19, "Proof"): known
counts over bases entered for the five villages of Sơn Bằng, each village's
rate and the commune's rate (Σ counts / Σ bases, never the mean of the
villages' percents) on the commune dashboard and in the progress appendix
(xlsx read back); the targets appendix prints no "Cộng" of percents and the
villages' 100% do not add up to 500 against 100."""

import io

from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from openpyxl import load_workbook

from plans.models import Plan
from reports.models import ProgressEntry, ProgressReport

RATE = "Vườn hộ có chủ được cải tạo, chỉnh trang không có vườn tạp, vườn hoang"
# Gardens improved over gardens with an owner, per village: entered by hand.
ENTERED = {
    "Thịnh Bằng": (152, 176),  # 86,36… → 86,4 %
    "Trung Bằng": (120, 150),  # 80,0 %
    "Tân Bằng": (99, 132),  # 75,0 %
    "Hòa Bằng": (45, 90),  # 50,0 %
    "Phúc Bằng": (160, 160),  # 100,0 %
}
VILLAGE_RATES = {
    "Thịnh Bằng": 86.4,
    "Trung Bằng": 80.0,
    "Tân Bằng": 75.0,
    "Hòa Bằng": 50.0,
    "Phúc Bằng": 100.0,
}
# The commune: (152 + 120 + 99 + 45 + 160) / (176 + 150 + 132 + 90 + 160)
# = 576 / 708 = 81,36… → 81,4 %. The mean of the five percents would be
# 78,3 %: it must appear nowhere.
COMMUNE_RATE = 81.4
MEAN_OF_PERCENTS = "78,3"


def _xlsx(response):
    return load_workbook(io.BytesIO(b"".join(response.streaming_content))).active


def _row(sheet, value):
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == value:
                return cell.row
    raise AssertionError(value)


def test_seed_003_rates_by_hand_on_the_page_and_on_paper(db, client):
    with override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0, stdout=io.StringIO())
    plan = Plan.objects.get(symbol="KH-BCĐ", number="01", year=2023)
    target = plan.targets.get(name=RATE)
    assert target.is_rate and target.unit == "%"
    report = ProgressReport.objects.filter(plan=plan).order_by("-period_start")[0]
    for vt in target.allocations.select_related("village"):
        count, base = ENTERED[vt.village.name]
        ProgressEntry.objects.update_or_create(
            report=report,
            village_target=vt,
            defaults={"amount": count, "base": base, "done": None},
        )
    client.login(username="quantri", password="demo-ntm-2026")
    week = report.period_start.isoformat()

    # The commune dashboard.
    page = client.get(
        reverse("reports:dashboard_commune", args=[plan.area_id]),
        {"tuan": week, "ke_hoach": plan.pk},
    )
    assert page.status_code == 200
    (line,) = [t for t in page.context["board"].targets if t.target == target]
    assert (line.rate.count, line.rate.base) == (576, 708)
    assert float(line.rate.shown) == COMMUNE_RATE
    assert {v.village.name: float(v.rate.shown) for v in line.villages} == VILLAGE_RATES
    html = page.content.decode()
    assert "81,4%" in html and "576/708" in html
    assert "86,4% <span" in html and "(152/176)" in html
    assert f"{MEAN_OF_PERCENTS}%" not in html

    # The progress appendix, as the official downloads it.
    response = client.get(
        reverse("reports:export_plan", args=[plan.pk, "progress", "xlsx"]),
        {"tuan": week},
    )
    assert response.status_code == 200
    sheet = _xlsx(response)
    row = _row(sheet, RATE)
    commune = [sheet.cell(row=row, column=c).value for c in range(3, 9)]
    assert commune[:4] == ["%", 100, COMMUNE_RATE, COMMUNE_RATE]
    assert commune[4] == f'=IF(N(D{row})=0,"",N(F{row})/D{row})'
    assert "576/708" in commune[5]
    for offset in range(1, 6):
        name = sheet.cell(row=row + offset, column=2).value
        village = name.removeprefix("Thôn ").removeprefix("thôn ")
        figures = [sheet.cell(row=row + offset, column=c).value for c in (4, 5, 6)]
        assert figures == [100, VILLAGE_RATES[village], VILLAGE_RATES[village]]
        count, base = ENTERED[village]
        assert sheet.cell(row=row + offset, column=8).value.startswith(
            f"{count}/{base}"
        )
    texts = [str(cell.value) for r in sheet.iter_rows() for cell in r if cell.value]
    assert not any("AVERAGE" in text for text in texts)
    assert not any(MEAN_OF_PERCENTS in text for text in texts)

    # The targets appendix: every rate row leaves "Cộng" empty, no 500.
    response = client.get(
        reverse("reports:export_plan", args=[plan.pk, "targets", "xlsx"])
    )
    sheet = _xlsx(response)
    rates = list(plan.targets.filter(unit="%"))
    assert len(rates) == 5
    for rate in rates:
        row = _row(sheet, rate.name)
        assert sheet.cell(row=row, column=4).value == 100
        assert sheet.cell(row=row, column=5).value is None  # no "Cộng"
        assert [sheet.cell(row=row, column=c).value for c in range(6, 11)] == [100] * 5
        assert "Mỗi thôn phải đạt tỷ lệ này" in sheet.cell(row=row, column=11).value
    values = [cell.value for r in sheet.iter_rows() for cell in r]
    assert 500 not in values
