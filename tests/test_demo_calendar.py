"""The calendar moves on: a demo loaded on a day far from the one it was
written on still gives every role a working home page and a week to enter.

The demo is built relative to today (ntm.demo.live), so each test loads it at
a frozen moment (time_machine): the Monday of a new year (week 1 of 2027),
the week across the new year (28/12/2026 – 03/01/2027, whose Thursday is in
2026 and whose Sunday in 2027) and the middle of next year. The fast test
follows every link of each role's home page and saves this week's entry as
the commune official and as the village head; the long walk (every link
breadth first, as tests/test_first_day.py does for the day the demo was
written) is marked `slow`."""

from __future__ import annotations

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from plans.models import Plan
from reports.models import ProgressEntry, ProgressReport
from reports.periods import deadline, monday
from tests.reports.conftest import browser_data
from tests.test_first_day import ACCOUNTS, SKIP, WAITING, client_for, crawl, load

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
MOMENTS = {
    "new-year-week-1": datetime.datetime(2027, 1, 4, 9, 0, tzinfo=HANOI),
    "week-across-the-new-year": datetime.datetime(2026, 12, 28, 9, 0, tzinfo=HANOI),
    "mid-next-year": datetime.datetime(2027, 7, 1, 9, 0, tzinfo=HANOI),
    # After 20:00 on a Sunday the demo's deadline used to be behind it: the
    # official's week opened locked ("Đã quá hạn báo cáo").
    "sunday-evening": datetime.datetime(2026, 12, 6, 21, 0, tzinfo=HANOI),
}
HREF = re.compile(r'href="([^"#]+)"')


def home_links(client) -> tuple[int, set[str]]:
    response = client.get("/")
    links = {
        href.replace("&amp;", "&")
        for href in HREF.findall(response.content.decode())
        if href.startswith("/") and not SKIP.search(href)
    }
    return response.status_code, links


def answer(client, url: str) -> int:
    """The status a link finally answers, after the app's own redirects."""
    response = client.get(url)
    for _ in range(3):
        location = response.get("Location", "")
        if response.status_code not in (301, 302) or not location.startswith("/"):
            break
        response = client.get(location)
    return response.status_code


def this_weeks_plan(moment: datetime.datetime) -> Plan:
    """The plan of xa.sonbang that runs in the week of `moment`."""
    week = monday(moment.date())
    plans = [
        plan
        for plan in Plan.objects.filter(number=WAITING, area__valid_to__isnull=True)
        if plan.year in (week.year, (week + datetime.timedelta(days=6)).year)
    ]
    assert plans, moment
    return max(plans, key=lambda plan: plan.year)


def save_this_week(username: str, moment: datetime.datetime) -> ProgressReport:
    """Open the plan's current week as `username` and save a figure in every
    row they may write."""
    client = client_for(username)
    plan = this_weeks_plan(moment)
    week = monday(moment.date())
    opened = client.get(reverse("reports:current", args=[plan.pk]))
    assert opened.status_code == 302, (username, opened.status_code)
    assert opened["Location"].endswith(f"/{week.isoformat()}/"), opened["Location"]
    page = client.get(opened["Location"])
    assert page.status_code == 200, username
    assert deadline(plan, week) > moment  # this week is open
    typed = {name: "3" for name in browser_data(page) if name.startswith("amount_")}
    assert typed, f"{username}: no row to enter in the week of {week}"
    saved = client.post(opened["Location"], browser_data(page, **typed))
    assert saved.status_code == 302, (username, saved.content.decode()[-2000:])
    report = ProgressReport.objects.get(plan=plan, period_start=week)
    assert ProgressEntry.objects.filter(report=report, amount=3).count() >= len(typed)
    return report


@pytest.mark.django_db
@pytest.mark.parametrize("moment", MOMENTS.values(), ids=MOMENTS.keys())
def test_every_role_has_a_home_and_a_week_to_enter_on_a_shifted_day(moment):
    with time_machine.travel(moment, tick=False):
        load(moment)
        bad = []
        for username in ACCOUNTS:
            client = client_for(username)
            status, links = home_links(client)
            assert status == 200, username
            bad += [
                f"{username}: {code} {url}"
                for url in sorted(links)
                if (code := answer(client, url)) >= 400
            ]
        assert bad == []
        save_this_week("thon.thinhbang", moment)
        save_this_week("xa.sonbang", moment)


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.parametrize("moment", MOMENTS.values(), ids=MOMENTS.keys())
def test_crawl_every_link_for_every_role_on_a_shifted_day(moment):
    with time_machine.travel(moment, tick=False):
        load(moment)
        results = {name: crawl(name) for name in ACCOUNTS}
    bad = [line for _, lines in results.values() for line in lines]
    assert bad == []
    assert all(pages >= 10 for pages, _ in results.values()), results
