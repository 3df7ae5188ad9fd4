"""Browser journey (issue 19 part 2): a commune official adds a target on a
phone; as they type the wording the page preselects its kind (the counting
and "càng cao càng tốt") and says why; a choice they made themselves is left
alone; the save then goes through the server's one-time proposal, which
makes the unit "%" of a rate, and the target is saved as shown."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from plans.models import Target
from tests.e2e.test_journeys import log_in, thuy_hung_plan

pytestmark = pytest.mark.e2e


def test_the_kind_is_preselected_while_typing_then_saved(
    browse, world, commune_official
):
    import datetime

    from django.utils import timezone

    from reports.periods import monday

    plan = thuy_hung_plan(
        world,
        commune_official,
        monday(timezone.localdate()),
        weekday=3,
        at=datetime.time(14, 30),
    )
    with browse() as journey:
        page = journey.open("xa.thuyhung", phone=True)
        log_in(page, "xa.thuyhung")
        page.goto(f"/ke-hoach/{plan.pk}/chi-tieu/them/")
        hint = page.locator("[data-kind-hint]")
        counting = page.locator("#id_counting")
        better = page.locator("#id_higher_is_better")

        page.locator("#id_name").fill("Ban hành quyết định thành lập tổ tự quản")
        expect(hint).to_contain_text("Mốc hoàn thành (có/không, ghi ngày)")
        expect(counting).to_have_value("yes_no")

        page.locator("#id_name").fill("Tỷ lệ hộ nghèo ≤ 2%")
        page.locator("#id_unit").fill("hộ")
        expect(hint).to_contain_text("Tỷ lệ mỗi thôn phải đạt (càng thấp càng tốt)")
        expect(hint).to_contain_text("Chỉ tiêu tỷ lệ ghi đơn vị tính “%”.")
        expect(counting).to_have_value("running")
        expect(better).not_to_be_checked()

        # The official chooses the counting themselves: typing leaves it.
        counting.select_option("increment")
        page.locator("#id_quantity").fill("2")
        page.locator("#id_name").fill("Tỷ lệ hộ nghèo dưới 2%")
        expect(hint).to_contain_text("“dưới”")
        expect(counting).to_have_value("increment")

        # Saving: the server proposes once (unit "%"), nothing saved yet.
        page.get_by_role("button", name="Lưu chỉ tiêu").click()
        expect(page.locator("[data-kind-proposal]")).to_contain_text(
            "chưa có gì được lưu"
        )
        expect(page.locator("#id_unit")).to_have_value("%")
        page.get_by_role("button", name="Lưu chỉ tiêu").click()
        expect(
            page.get_by_text("Đã lưu chỉ tiêu “Tỷ lệ hộ nghèo dưới 2%”.")
        ).to_be_visible()
    target = Target.objects.get()
    assert (target.unit, target.counting, target.higher_is_better) == (
        "%",
        "increment",
        False,
    )
