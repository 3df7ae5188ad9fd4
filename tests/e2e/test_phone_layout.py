"""On a 360 × 740 phone, the main pages of the commune official and the district
reviewer fit the width (nothing to scroll sideways), every control lies on the
screen, and every control is a tap target of at least 44 × 44 px (WCAG 2.5.5):
buttons, fields, checkboxes, the menu, the download links.

Links inside running text (a sentence, an alert, a help text) are the one
exception WCAG makes, and the only one made here."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse
from playwright.sync_api import Page

from plans.models import PlanSection
from reports import services
from reports.services import EntryInput
from tests.e2e.test_journeys import allocate, log_in, plan, week  # noqa: F401

pytestmark = pytest.mark.e2e

MIN = 44  # px, CSS pixels

# Every control the page draws, visible, with its box; links in running text
# are left out (WCAG 2.5.5's "inline" exception).
MEASURE = """
(root) => {
  const inline = "p a, .alert a, .form-text a, figcaption a, .doc-text a, small a";
  const controls = document.querySelector(root).querySelectorAll(
    "a[href], button, input:not([type=hidden]), select, textarea, summary");
  const out = [];
  for (const el of controls) {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (box.width === 0 || box.height === 0 || style.visibility === "hidden") continue;
    if (el.closest(".collapse:not(.show)")) continue;
    if (el.matches(inline)) continue;
    const name = (el.getAttribute("aria-label") || el.innerText || el.value
                  || el.name || el.tagName).trim().slice(0, 40);
    out.push({name, tag: el.tagName.toLowerCase(), type: el.type || "",
              left: box.left + scrollX, right: box.right + scrollX,
              width: box.width, height: box.height});
  }
  return out;
}
"""


def problems(page: Page, root: str = "body") -> list[str]:
    """What breaks the phone rules on the page now shown (within `root`)."""
    found = []
    width = page.evaluate("document.documentElement.scrollWidth")
    if width > 360:
        found.append(f"page is {width} px wide")
    for c in page.evaluate(MEASURE, root):
        what = f"{c['tag']}{'[' + c['type'] + ']' if c['type'] else ''} “{c['name']}”"
        if c["width"] < MIN - 0.5 or c["height"] < MIN - 0.5:
            found.append(f"{what} is {c['width']:.0f} × {c['height']:.0f} px")
        if c["left"] < -0.5 or c["right"] > 360.5:
            found.append(f"{what} is off-screen ({c['left']:.0f}–{c['right']:.0f} px)")
    return found


def check(page: Page, url: str) -> list[str]:
    page.goto(url)
    found = [f"{url}: {p}" for p in problems(page)]
    toggler = page.get_by_role("button", name="Mở menu")
    toggler.click()  # the menu's items, as the phone shows them
    page.locator("#nav.show").wait_for()
    found += [f"{url} (menu open): {p}" for p in problems(page, "#nav")]
    return found


@pytest.fixture
def submitted(plan, week, world, commune_official, district_reviewer):  # noqa: F811
    """This week's report, submitted (the reviewer's return box shows), and a
    section of the text for the section pages."""
    services.periods_reopen(
        plans=[plan], period_start=week, reviewer=district_reviewer, reason="Thử"
    )
    target = plan.targets.first()
    result = services.entries_save(
        plan=plan,
        period_start=week,
        user=commune_official,
        inputs=[
            EntryInput(a, amount=Decimal("10"))
            for a in target.allocations.select_related("village")
        ],
        reason="Nộp bổ sung",
    )
    services.report_submit(report=result.report, user=commune_official)
    PlanSection.objects.create(plan=plan, number="IV", heading="Tổ chức thực hiện")
    return result.report


def test_main_pages_fit_a_phone_with_44_px_tap_targets(
    browse,
    plan,  # noqa: F811
    week,  # noqa: F811
    world,
    submitted,
):
    period = week.isoformat()
    entry = reverse("reports:entry", args=[plan.pk, period])
    section = submitted.plan.sections.get()
    pages = {
        "xa.thuyhung": [
            reverse("plans:detail", args=[plan.pk]),
            entry,
            reverse("reports:dashboard_commune", args=[world.thuy_hung.pk]),
            reverse("plans:tasks", args=[plan.pk]),
            reverse("plans:sections", args=[plan.pk]),
            reverse("plans:section_edit", args=[plan.pk, section.pk]),
        ],
        "huyen.caoloc": [
            reverse("reports:dashboard_district", args=[world.cao_loc.pk]),
            reverse("reports:review_list") + f"?tuan={period}",
            entry,
            reverse("plans:detail", args=[plan.pk]),
        ],
    }
    found = []
    with browse() as journey:
        for username, urls in pages.items():
            page = journey.open(username, phone=True)
            log_in(page, username)
            # Every page of the role's menu, then the pages of its daily work.
            menu = page.eval_on_selector_all(
                "#nav .nav-link", "links => links.map(a => a.getAttribute('href'))"
            )
            for url in [*menu, *urls]:
                found += [f"{username} {p}" for p in check(page, url)]
        # A page left before its icon loaded aborts that request: not a fault.
        journey.problems = [
            p for p in journey.problems if not ("favicon" in p and "ABORTED" in p)
        ]
        assert found == [], "\n".join(found)


def test_the_district_return_box_is_usable_and_the_8_weeks_stay_short(
    browse,
    world,
    submitted,
):
    url = reverse("reports:dashboard_district", args=[world.cao_loc.pk])
    with browse() as journey:
        page = journey.open("huyen.caoloc", phone=True)
        log_in(page, "huyen.caoloc")
        page.goto(url)
        box = page.get_by_label("Ý kiến trả lại Xã Thụy Hùng")
        size = box.bounding_box()
        assert size["width"] >= 200 and size["x"] >= 0
        assert size["x"] + size["width"] <= 360
        figures = page.locator(".spark-numbers").first.bounding_box()
        assert figures["height"] <= 60, figures
        box.fill("Thiếu biên bản nghiệm thu")
        page.get_by_role("button", name="Trả lại").click()
        page.get_by_text("Đã trả lại báo cáo cho xã.").wait_for()
