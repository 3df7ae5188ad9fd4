"""Offline entry (issue 24), the server's side: which pages a phone keeps, for
whom, and the conflict a replayed save meets, drawn with both versions."""

from __future__ import annotations

import time_machine
from django.test import Client
from django.urls import reverse

from reports.offline import offline_entry_pages, offline_user_key
from tests.factories import PlanFactory, member
from tests.reports.conftest import WEEK, amount_field, at, browser_data, save_on_page
from villages.models import Role

STATE = "reports:offline_state"


def entry(plan, day: str) -> str:
    return reverse("reports:entry", args=[plan.pk, day])


@time_machine.travel(at(15, 10), tick=False)
def test_the_phone_keeps_this_and_last_week_of_the_plans_the_user_enters(
    client, plan, hedge, commune_official
):
    client.force_login(commune_official)
    response = client.get(reverse(STATE))
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    state = response.json()
    assert state["pages"] == [entry(plan, "2023-03-13"), entry(plan, "2023-03-06")]
    assert state["user"] == offline_user_key(commune_official)
    assert state["csrf"]


@time_machine.travel(at(15, 10), tick=False)
def test_a_village_head_keeps_the_pages_of_their_commune_plan(
    client, plan, hedge, village_head
):
    client.force_login(village_head)
    assert client.get(reverse(STATE)).json()["pages"] == [
        entry(plan, "2023-03-13"),
        entry(plan, "2023-03-06"),
    ]


@time_machine.travel(at(15, 10), tick=False)
def test_no_pages_for_those_who_only_read_or_belong_elsewhere(
    client, world, plan, hedge, reviewer
):
    """A reviewer reads commune A's plan but enters nothing in it; an official
    of another commune sees nothing of it: neither keeps its pages."""
    other = member(world.nhat_tien, Role.COMMUNE_OFFICIAL, "xa.nhattien")
    for user in (reviewer, other):
        client.force_login(user)
        assert client.get(reverse(STATE)).json()["pages"] == []


def test_the_first_week_of_the_plan_has_no_previous_week_to_keep(
    world, plan, hedge, commune_official
):
    import datetime

    # Sunday 1 January: the plan's first week began on Monday 26 December.
    today = datetime.date(2023, 1, 1)
    assert offline_entry_pages(user=commune_official, today=today) == [
        entry(plan, "2022-12-26")
    ]


def test_a_user_key_is_opaque_and_differs_between_users(commune_official, village_head):
    key = offline_user_key(commune_official)
    assert len(key) == 20 and str(commune_official.pk) != key
    assert key == offline_user_key(commune_official)  # stable across sessions
    assert key != offline_user_key(village_head)


def test_an_expired_session_is_sent_to_the_login_page(client):
    response = client.get(reverse(STATE))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_pages_to_keep_take_one_query_however_many_plans(
    world, commune_official, django_assert_num_queries
):
    import datetime

    today = datetime.date(2023, 3, 15)

    def plans(start, n):
        for number in range(start, start + n):
            PlanFactory(
                area=world.thuy_hung,
                issuing_agency=world.agency_thuy_hung,
                symbol="KH",
                number=f"{number:02}",
                title="Kế hoạch",
            )

    plans(1, 1)
    with django_assert_num_queries(1):
        assert len(offline_entry_pages(user=commune_official, today=today)) == 2
    plans(2, 4)
    with django_assert_num_queries(1):
        assert len(offline_entry_pages(user=commune_official, today=today)) == 10


def test_the_page_names_its_user_for_the_phone_and_links_the_manifest(
    client, commune_official
):
    client.force_login(commune_official)
    html = client.get(reverse("home")).content.decode()
    assert (
        f'<meta name="ntm-offline" content="{offline_user_key(commune_official)}"'
        in html
    )
    assert f'<link rel="manifest" href="{reverse("manifest")}">' in html
    client.logout()
    html = client.get(reverse("login")).content.decode()
    assert '<meta name="ntm-offline" content=""' in html  # signed out: keep nothing


def test_a_conflict_shows_both_versions_side_by_side(
    client, world, plan, hedge, commune_official, village_head
):
    """What a queued save meets when someone saved the row meanwhile: 422,
    the other value and the user's in one table row, nothing overwritten."""
    url = entry(plan, WEEK.isoformat())
    field = amount_field(hedge, world.con_tong)
    head = Client()
    client.force_login(commune_official)
    head.force_login(village_head)
    with time_machine.travel(at(15, 10), tick=False):
        queued = browser_data(client.get(url), **{field: "95"})  # typed offline
        assert (
            head.post(url, browser_data(head.get(url), **{field: "120"})).status_code
            == 302
        )
        response = client.post(url, queued)
    html = response.content.decode()
    assert response.status_code == 422
    assert "<tr data-conflict><td>Thôn Cồn Tòng – Trồng hàng rào xanh</td>" in html
    assert (
        f"<td>120 ({village_head.get_full_name() or village_head.username})</td>"
        in html
    )
    assert "<td>95</td></tr>" in html


def test_a_queued_save_sent_twice_is_stored_once(
    client, world, plan, hedge, commune_official
):
    """The replay's guarantee rests on the server: a queued save whose answer
    was lost is sent again, and the second copy changes nothing, for "Lưu"
    and for "Lưu và nộp" alike."""
    from reports.models import ProgressEntry, ProgressReport

    url = entry(plan, WEEK.isoformat())
    submit = reverse("reports:submit", args=[plan.pk, WEEK.isoformat()])
    con_tong = amount_field(hedge, world.con_tong)
    na_lai = amount_field(hedge, world.na_lai)
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        saved = save_on_page(client, url, **{con_tong: "30"})
        assert client.post(url, saved).status_code == 302
        sent = browser_data(client.get(url), **{na_lai: "12"})
        assert client.post(submit, sent).status_code == 302
        again = client.post(submit, sent, follow=True)
    # The page's key recognises the copy (tests/reports/test_save_key.py).
    assert "không ghi lại lần nữa." in again.content.decode()
    assert ProgressEntry.objects.count() == 2
    assert ProgressEntry.history.count() == 2
    assert ProgressReport.objects.get().status == "submitted"
