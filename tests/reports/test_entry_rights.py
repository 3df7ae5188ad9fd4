"""Who may open, save and submit the week's entry page: every scope rule
tried from the wrong side. The page decides access once a request from the
user's memberships (villages.rights); a user outside the plan gets a 404, one
who only reads it a 403 on saving, and nothing is written either way."""

import datetime

import pytest
import time_machine
from django.urls import reverse

from ntm.perf.loadtest.browser import parse_forms
from reports import services
from reports.models import ProgressEntry, ProgressReport, ReportStatus
from tests.factories import (
    MembershipFactory,
    PlanFactory,
    UserFactory,
    commune,
    member,
    merged,
    village,
)
from tests.reports.conftest import WEEK, at, browser_data, entry_url
from villages.models import Role

NOW = at(15, 10)  # Wednesday, before the week's deadline
TODAY = NOW.date()


def submit_url(plan) -> str:
    return reverse("reports:submit", args=[plan.pk, WEEK.isoformat()])


@pytest.fixture
def posted(client, world, plan, hedge, commune_official):
    """What the commune's official would post: a figure in every row and the
    report's text (read from their page; they then sign out)."""
    client.force_login(commune_official)
    with time_machine.travel(NOW, tick=False):
        page = client.get(entry_url(plan))
    typed = {name: "7" for name in browser_data(page) if name.startswith("amount_")}
    client.logout()
    return browser_data(page, summary="Chen ngang", **typed)


def written(plan) -> tuple:
    """Everything a save or a submission of `plan`'s week would leave."""
    report = ProgressReport.objects.filter(plan=plan, period_start=WEEK).first()
    return (
        sorted(
            ProgressEntry.objects.filter(report__plan=plan).values_list(
                "village_target_id", "amount"
            )
        ),
        report and (report.status, report.summary),
    )


def dated(area, role, **fields):
    user = UserFactory()
    MembershipFactory(user=user, area=area, role=role, **fields)
    return user


OUTSIDERS = {
    "another commune's official": lambda w: member(w.nhat_tien, Role.COMMUNE_OFFICIAL),
    "another commune's village head": lambda w: member(
        w.nhat_tien_village, Role.VILLAGE_HEAD
    ),
    "a commune under the province": lambda w: member(
        w.direct_commune, Role.COMMUNE_OFFICIAL
    ),
    "another province's administrator": lambda w: member(w.ha_tinh, Role.ADMINISTRATOR),
    "another district's reviewer": lambda w: member(w.huu_lung, Role.DISTRICT_REVIEWER),
    "no membership": lambda w: UserFactory(),
    "an ended membership": lambda w: dated(
        w.thuy_hung,
        Role.COMMUNE_OFFICIAL,
        valid_to=TODAY - datetime.timedelta(days=1),
    ),
    "a membership from tomorrow": lambda w: dated(
        w.thuy_hung,
        Role.COMMUNE_OFFICIAL,
        valid_from=TODAY + datetime.timedelta(days=1),
    ),
    "a switched-off membership": lambda w: dated(
        w.thuy_hung, Role.COMMUNE_OFFICIAL, is_active=False
    ),
}


@pytest.mark.parametrize("who", OUTSIDERS)
def test_a_user_outside_the_plan_gets_404_and_writes_nothing(
    client, world, plan, posted, who
):
    client.force_login(OUTSIDERS[who](world))
    before = written(plan)
    with time_machine.travel(NOW, tick=False):
        for response in (
            client.get(entry_url(plan)),
            client.get(reverse("reports:current", args=[plan.pk])),
            client.post(entry_url(plan), posted),
            client.post(submit_url(plan), posted),
        ):
            assert response.status_code == 404, who
    assert written(plan) == before


def test_the_merged_communes_successor_reads_a_predecessors_plan_and_acts_not(
    client, world, plan, posted
):
    """The 2025 reform: Thụy Hùng and Nhật Tiến merged into Sơn Tây. Sơn
    Tây's official reads Thụy Hùng's 2023 report, read only, and writes
    nothing there (403, as any reader); Thụy Hùng's own official, ended at
    the merger, no longer sees it at all (404)."""
    reform = datetime.date(2025, 7, 1)
    son_tay = commune(world.lang_son, "Sơn Tây", valid_from=reform)
    village(son_tay, "Thôn Mới")
    merged(son_tay, [world.thuy_hung, world.nhat_tien])
    successor = member(son_tay, Role.COMMUNE_OFFICIAL)
    ended = dated(
        world.thuy_hung,
        Role.COMMUNE_OFFICIAL,
        valid_to=reform - datetime.timedelta(days=1),
    )
    before = written(plan)
    with time_machine.travel(datetime.datetime(2025, 7, 2, 9, tzinfo=NOW.tzinfo)):
        for user, seen, refused in ((successor, 200, 403), (ended, 404, 404)):
            client.force_login(user)
            assert client.get(entry_url(plan)).status_code == seen
            assert client.post(entry_url(plan), posted).status_code == refused
            assert client.post(submit_url(plan), posted).status_code == refused
    assert written(plan) == before


READERS = {
    "the district's reviewer": lambda w: member(w.cao_loc, Role.DISTRICT_REVIEWER),
    "the province's viewer": lambda w: member(w.lang_son, Role.PROVINCIAL_VIEWER),
    "a reviewer on the commune itself": lambda w: member(
        w.thuy_hung, Role.DISTRICT_REVIEWER
    ),
    "the province's account manager": lambda w: member(
        w.lang_son, Role.ACCOUNT_MANAGER
    ),
}


@pytest.mark.parametrize("who", READERS)
def test_a_user_who_only_reads_the_plan_gets_403_on_saving(
    client, world, plan, posted, who
):
    client.force_login(READERS[who](world))
    before = written(plan)
    with time_machine.travel(NOW, tick=False):
        page = client.get(entry_url(plan))
        assert page.status_code == 200, who
        assert 'name="amount_' not in page.content.decode()
        assert client.post(entry_url(plan), posted).status_code == 403
        assert client.post(submit_url(plan), posted).status_code == 403
    assert written(plan) == before


def test_a_commune_official_reads_the_districts_plan_but_saves_nothing(
    client, world, commune_official
):
    """The district's plan is in the commune's scope to read (the bodies
    above it); it has no villages, so nothing to write."""
    district_plan = PlanFactory(area=world.cao_loc, symbol="KH-UBND-H")
    client.force_login(commune_official)
    with time_machine.travel(NOW, tick=False):
        assert client.get(entry_url(district_plan)).status_code == 200
        data = {"summary": "Chen ngang", "version": "0"}
        assert client.post(entry_url(district_plan), data).status_code == 403
        assert client.post(submit_url(district_plan), data).status_code == 403
    assert not ProgressReport.objects.filter(plan=district_plan).exists()


def test_a_village_head_writes_only_their_villages_rows_and_never_submits(
    client, world, plan, hedge, posted, village_head
):
    client.force_login(village_head)
    with time_machine.travel(NOW, tick=False):
        assert client.post(submit_url(plan), posted).status_code == 403
        assert written(plan) == ([], None)
        assert client.post(entry_url(plan), posted).status_code == 302
    con_tong = hedge.allocations.get(village=world.con_tong)
    entries, report = written(plan)
    assert [pk for pk, _ in entries] == [con_tong.pk]  # Nà Lài's figure dropped
    assert report[1] == ""  # the report's text is the commune's


@pytest.mark.parametrize(
    "who,superuser", [("superuser", True), ("switched-off superuser", False)]
)
def test_a_superuser_saves_only_while_switched_on(
    client, world, plan, posted, who, superuser
):
    user = UserFactory(is_superuser=True, is_active=superuser)
    client.force_login(user)
    with time_machine.travel(NOW, tick=False):
        get = client.get(entry_url(plan))
        saved = client.post(submit_url(plan), posted)
    if superuser:
        assert get.status_code == 200 and saved.status_code == 302
        assert written(plan)[1] == (ReportStatus.SUBMITTED, "Chen ngang")
    else:  # signed out: the login page, nothing written
        assert get.status_code == saved.status_code == 302
        assert reverse("login") in saved["Location"]
        assert written(plan) == ([], None)


def test_an_anonymous_post_goes_to_the_login_page_and_writes_nothing(
    client, plan, posted
):
    with time_machine.travel(NOW, tick=False):
        response = client.post(submit_url(plan), posted)
    assert response.status_code == 302 and reverse("login") in response["Location"]
    assert written(plan) == ([], None)


def test_only_a_reviewer_above_the_commune_is_offered_the_review(
    client, world, plan, hedge, commune_official
):
    """The page's review form follows reviewable_by: a district's
    administrator or reviewer gets it, the commune's own administrator (who
    edits the plan) and a reviewer placed on the commune do not."""
    with time_machine.travel(NOW, tick=False):
        report = services.report_get_or_create(
            plan=plan, period_start=WEEK, today=TODAY
        )
        services.report_submit(report=report, user=commune_official, now=NOW)
        offered = {}
        for name, area, role in [
            ("district administrator", world.cao_loc, Role.ADMINISTRATOR),
            ("district reviewer", world.cao_loc, Role.DISTRICT_REVIEWER),
            ("commune administrator", world.thuy_hung, Role.ADMINISTRATOR),
            ("reviewer on the commune", world.thuy_hung, Role.DISTRICT_REVIEWER),
        ]:
            client.force_login(member(area, role))
            page = client.get(entry_url(plan)).content.decode()
            offered[name] = reverse("reports:review", args=[report.pk]) in page
    assert offered == {
        "district administrator": True,
        "district reviewer": True,
        "commune administrator": False,
        "reviewer on the commune": False,
    }


def test_rights_are_read_once_a_request(client, world, plan, hedge, commune_official):
    """One statement reads the user's memberships for the plan, its villages
    and the rights on both; none builds a membership subquery."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(commune_official)
    with (
        time_machine.travel(NOW, tick=False),
        CaptureQueriesContext(connection) as captured,
    ):
        assert client.get(entry_url(plan)).status_code == 200
    membership = [q["sql"] for q in captured if "villages_membership" in q["sql"]]
    assert len(membership) == 1
    assert "EXISTS" not in membership[0].upper()


def text_form(response, **changes) -> dict:
    """What a browser posts back from the page's form of the report's text."""
    (form,) = [
        form
        for form in parse_forms(response.content.decode(), "http://testserver/")
        if "summary" in form.names()
    ]
    return {n: v for n, v in form.fields if v is not None} | changes


@pytest.mark.parametrize("level", ["district", "province"])
def test_a_plan_with_no_villages_offers_its_editor_the_text_and_saves_it(
    client, world, commune_official, level
):
    """A district's or province's plan has no village rows: its editor (an
    administrator there, editable_by) is offered the report's text and "Lưu
    và nộp", and the post saves it; a reader is offered no form and is
    refused. A page never offers a form that is refused."""
    area = world.cao_loc if level == "district" else world.lang_son
    above_plan = PlanFactory(area=area, symbol="KH-UBND-T")
    client.force_login(member(area, Role.ADMINISTRATOR))
    with time_machine.travel(NOW, tick=False):
        page = client.get(entry_url(above_plan))
        assert "Lưu và nộp" in page.content.decode()
        data = text_form(page, summary="Đã họp giao ban")
        assert client.post(entry_url(above_plan), data).status_code == 302
        report = ProgressReport.objects.get(plan=above_plan)
        assert report.summary == "Đã họp giao ban"
        data = text_form(client.get(entry_url(above_plan)), summary="Đã nộp")
        assert client.post(submit_url(above_plan), data).status_code == 302
    report.refresh_from_db()
    assert (report.summary, report.status) == ("Đã nộp", ReportStatus.SUBMITTED)
    client.force_login(commune_official)
    with time_machine.travel(NOW, tick=False):
        page = client.get(entry_url(above_plan)).content.decode()
        assert "Lưu và nộp" not in page and ">Lưu</button>" not in page
        assert client.post(entry_url(above_plan), data).status_code == 403
