"""Every URL pattern, walked as someone outside commune A: an official of
another commune of the same district, and a reviewer of another district.
Every pattern that names commune A's objects answers 404 or 403, to GET and to
POST; the patterns open to every signed-in user show none of commune A's data;
the admin sends a non-staff user to its login; nothing in the database moves.

Then the owner's walk: GET never changes anything, state-changing views refuse
GET (405), and a POST without a CSRF token is refused (403) everywhere."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import commune, member, village
from tests.security.conftest import fingerprint
from tests.security.urls import (
    ADMIN_POST_ONLY,
    GET_ONLY,
    OPEN,
    POST_ONLY,
    SCOPED,
    admin_urls,
    pattern_names,
    post_data,
    site_urls,
)
from villages.models import Role


def test_every_pattern_is_in_a_table():
    """A new URL pattern must say whom it is for: sample kwargs pointing at
    commune A's objects (SCOPED) or a reason it is open to all (OPEN)."""
    site = {name for name in pattern_names() if not name.startswith("admin:")}
    assert not set(SCOPED) & set(OPEN)
    assert sorted(site - set(SCOPED) - set(OPEN)) == [], "add to tests/security/urls.py"
    assert sorted((set(SCOPED) | set(OPEN)) - site) == []
    assert POST_ONLY.issubset(site)
    assert GET_ONLY.issubset(site)
    assert all(reason for _, reason in OPEN.values())


@pytest.fixture
def outsiders(world):
    """An official of commune B (same district as A) and a reviewer of
    another district of the same province."""
    commune_b = commune(world.cao_loc, "Hợp Thành")
    village(commune_b, "Thôn Bản Cảm")
    return {
        "commune B": member(commune_b, Role.COMMUNE_OFFICIAL, "xa.hopthanh"),
        "district X": member(world.huu_lung, Role.DISTRICT_REVIEWER, "huyen.huulung"),
    }


@pytest.fixture(params=["commune B", "district X"])
def outsider(request, outsiders):
    """Each outsider in turn (a test that takes it runs once for each)."""
    return outsiders[request.param]


def shows_commune_a(response, a) -> list[str]:
    body = response.content.decode(errors="replace")
    return [marker for marker in a.markers if marker in body]


def test_outsiders_get_404_or_403_on_every_scoped_pattern(client, commune_a, outsider):
    before = fingerprint()
    wrong = []
    for name, url in site_urls(commune_a, SCOPED):
        client.force_login(outsider)
        get = client.get(url)
        if get.status_code not in ({405} if name in POST_ONLY else {403, 404}):
            wrong.append(("GET", name, url, get.status_code))
        post = client.post(url, post_data(commune_a))
        if post.status_code not in ({405} if name in GET_ONLY else {403, 404}):
            wrong.append(("POST", name, url, post.status_code))
        for response in (get, post):
            if response.status_code == 403 and shows_commune_a(response, commune_a):
                wrong.append(("403 shows data", name, url))
    assert wrong == []
    assert fingerprint() == before


def test_open_patterns_show_outsiders_nothing_of_commune_a(client, commune_a, outsider):
    before = fingerprint()
    wrong = []
    for name, url in site_urls(commune_a, OPEN):
        for method in ("get", "post"):
            if method == "post" and name in GET_ONLY:
                continue
            client.force_login(outsider)
            data = post_data(commune_a) if method == "post" else None
            response = getattr(client, method)(url, data, follow=True)
            # 403: open to all, but this role may not use it (a reviewer
            # creates no plan); the page still must not show commune A.
            allowed = {405} if method == "get" and name in POST_ONLY else {200, 403}
            if response.status_code not in allowed:
                wrong.append((method, name, url, response.status_code))
            if shown := shows_commune_a(response, commune_a):
                wrong.append((method, name, url, shown))
    assert wrong == []
    assert fingerprint() == before


def test_the_admin_sends_non_staff_to_its_login(client, commune_a, outsider):
    """The admin namespace is the one exception to 404/403: Django's admin
    answers a signed-in non-staff user with a redirect to the admin login
    (which then says the account may not enter), and shows nothing."""
    before = fingerprint()
    login = reverse("admin:login")
    wrong = []
    for name, url in admin_urls(commune_a):
        client.force_login(outsider)
        response = client.get(url)
        if name == "admin:login":
            ok = response.status_code == 200 and not shows_commune_a(
                response, commune_a
            )
        elif name == "admin:logout":
            # Django's admin sends a non-staff user's logout to its index,
            # which sends them to the admin login.
            ok = response.status_code == 302
            ok = ok and response["Location"] == reverse("admin:index")
        else:
            ok = response.status_code == 302 and response["Location"].startswith(
                f"{login}?next="
            )
            post = client.post(url, {"post": "yes"})
            ok = ok and post.status_code == 302
            ok = ok and post["Location"].startswith(f"{login}?next=")
        if not ok:
            wrong.append((name, url, response.status_code))
    assert wrong == []
    assert fingerprint() == before


def everything(a) -> list[tuple[str, str]]:
    return site_urls(a, set(SCOPED) | set(OPEN)) + admin_urls(a)


def test_get_changes_nothing_and_state_changing_views_refuse_it(
    client, commune_a, owner
):
    wrong = []
    for name, url in everything(commune_a):
        client.force_login(owner)
        before = fingerprint()
        response = client.get(url)
        if fingerprint() != before:
            wrong.append(("GET changed the database", name, url))
        post_only = name in POST_ONLY | ADMIN_POST_ONLY
        if post_only and response.status_code != 405:
            wrong.append(("GET not refused", name, url, response.status_code))
        if not post_only and response.status_code >= 405:
            wrong.append(("GET failed", name, url, response.status_code))
    assert wrong == []


def test_a_post_without_csrf_token_is_refused_everywhere(commune_a, owner):
    client = Client(enforce_csrf_checks=True)
    before = fingerprint()
    wrong = []
    for name, url in everything(commune_a):
        client.force_login(owner)
        response = client.post(url, post_data(commune_a))
        if response.status_code != 403:
            wrong.append((name, url, response.status_code))
    assert wrong == []
    assert fingerprint() == before
    # The same request with the token goes through: the 403 was the token.
    client.force_login(owner)
    client.get(reverse("plans:tasks", args=[commune_a.plan.pk]))
    token = client.cookies["csrftoken"].value
    response = client.post(
        reverse("plans:task_create", args=[commune_a.plan.pk]),
        {
            "csrfmiddlewaretoken": token,
            "number": "2",
            "title": "Nhiệm vụ thứ hai",
            "status": "not_started",
        },
    )
    assert response.status_code == 302
    assert commune_a.plan.tasks.filter(title="Nhiệm vụ thứ hai").exists()


def test_an_empty_post_to_a_locked_week_gets_the_reason_not_an_error(client, commune_a):
    """Found by the walk: an empty POST to a submitted (locked) week raised
    AttributeError (500) because the form was left unbound."""
    client.force_login(commune_a.owner)
    url = reverse(
        "reports:entry",
        kwargs={"plan_pk": commune_a.plan.pk, "period": commune_a.period},
    )
    response = client.post(url, {})
    assert response.status_code == 422
    assert response.context["lock"].locked
    assert response.context["lock"].reason in response.content.decode()
