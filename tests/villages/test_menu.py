"""The main menu shows each role the pages it can use, and only those: every
link it draws answers 200, every page it leaves out refuses that user."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import PASSWORD, member
from villages.menu import MENU
from villages.models import Membership, Role

ALL = [name for name, _ in MENU]
EVERYONE = ["home", "plans:list", "area_list", "criteria:set_list"]


def demo_roles(world) -> dict[str, tuple[object, list[str]]]:
    """The demo's roles (README), each with the menu it should get."""
    viewer = member(world.lang_son, Role.PROVINCIAL_VIEWER, "tinh.langson")
    viewer.memberships.update(agency=world.agency_lang_son)  # Sở TN&MT
    admin = get_user_model().objects.create_superuser("quantri", password=PASSWORD)
    Membership.objects.create(user=admin, area=world.lang_son, role=Role.ADMINISTRATOR)
    return {
        "xa.thuyhung": (
            member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung"),
            [*EVERYONE, "reports:dashboard"],
        ),
        "thon.contong": (
            member(world.con_tong, Role.VILLAGE_HEAD, "thon.contong"),
            EVERYONE,
        ),
        "huyen.caoloc": (
            member(world.cao_loc, Role.DISTRICT_REVIEWER, "huyen.caoloc"),
            [*EVERYONE, "reports:dashboard", "reports:review_list"],
        ),
        "tinh.langson": (
            viewer,
            [*EVERYONE, "reports:dashboard", "criteria:queue"],
        ),
        "taikhoan.langson": (
            member(world.lang_son, Role.ACCOUNT_MANAGER, "taikhoan.langson"),
            [*EVERYONE, "reports:dashboard", "accounts:list"],
        ),
        "quantri": (admin, ALL),
    }


def menu_links(html: str) -> list[str]:
    (menu,) = re.findall(r'<ul class="navbar-nav[^"]*">(.*?)</ul>', html, re.S)
    return re.findall(r'href="([^"]+)"', menu)


def refuses(client, name: str) -> bool:
    """Whether the page named `name` turns the signed-in user away."""
    response = client.get(reverse(name))
    if response.status_code == 403:
        return True
    if name == "reports:dashboard":  # sends home, saying why
        return response.status_code == 302 and response["Location"] == reverse("home")
    if name == "admin:index":  # Django's admin: to its own login
        return (
            response.status_code == 302
            and reverse("admin:login") in response["Location"]
        )
    return False


@pytest.mark.parametrize(
    "username",
    [
        "xa.thuyhung",
        "thon.contong",
        "huyen.caoloc",
        "tinh.langson",
        "taikhoan.langson",
        "quantri",
    ],
)
def test_each_role_sees_exactly_the_pages_it_can_use(client, world, username):
    user, expected = demo_roles(world)[username]
    assert client.login(username=username, password=PASSWORD)
    home = client.get(reverse("home"))
    shown = menu_links(home.content.decode())
    assert shown == [reverse(name) for name in ALL if name in expected]
    for url in shown:
        assert client.get(url, follow=True).status_code == 200, url
    hidden = [name for name in ALL if name not in expected]
    assert [name for name in hidden if not refuses(client, name)] == []


def test_a_commune_official_is_not_offered_the_review_list(client, world):
    member(world.thuy_hung, Role.COMMUNE_OFFICIAL, "xa.thuyhung")
    client.login(username="xa.thuyhung", password=PASSWORD)
    page = client.get(reverse("plans:list")).content.decode()
    assert "Duyệt báo cáo" not in page
    assert client.get(reverse("reports:review_list")).status_code == 403


def test_drawing_the_menu_costs_no_query(client, world, django_assert_num_queries):
    """Worked out at login and kept in the session: a page draws it from there."""
    member(world.cao_loc, Role.DISTRICT_REVIEWER, "huyen.caoloc")
    client.login(username="huyen.caoloc", password=PASSWORD)
    client.get(reverse("criteria:set_list"))
    session = client.session
    assert session["ntm_menu"] == [
        *EVERYONE[:2],
        "reports:dashboard",
        "reports:review_list",
        *EVERYONE[2:],
    ]
    session["ntm_menu"] = [
        "home"
    ]  # proves the page reads the session, not the database
    session.save()
    links = menu_links(client.get(reverse("criteria:set_list")).content.decode())
    assert links == [reverse("home")]


def test_a_post_that_ended_is_dropped_from_the_menu_after_the_first_refusal(
    client, world
):
    reviewer = member(world.cao_loc, Role.DISTRICT_REVIEWER, "huyen.caoloc")
    client.login(username="huyen.caoloc", password=PASSWORD)
    assert reverse("reports:review_list") in menu_links(
        client.get(reverse("home")).content.decode()
    )
    Membership.objects.filter(user=reviewer).delete()  # moved to another post
    assert client.get(reverse("reports:review_list")).status_code == 403
    assert reverse("reports:review_list") not in menu_links(
        client.get(reverse("home")).content.decode()
    )
