"""Opening a photo never trips the Content-Security-Policy: the entry page
links to a page of the app showing it, and the bare image carries a policy of
its own that lets the browser's image view style itself and nothing more."""

import datetime

import pytest
from django.urls import reverse

from reports.models import ProgressEntry, ProgressReport
from reports.photos import photo_add
from tests.factories import member
from tests.reports.conftest import WEEK, entry_url
from tests.reports.test_progress import jpeg_upload
from tests.security.test_csp import inline_problems
from villages.models import Role


@pytest.fixture
def photo(plan, hedge, world, commune_official, media):
    report = ProgressReport.objects.create(
        plan=plan, period_start=WEEK, period_end=WEEK + datetime.timedelta(days=6)
    )
    entry = ProgressEntry.objects.create(
        report=report,
        village_target=hedge.allocations.get(village=world.con_tong),
        amount=50,
        note="Hàng rào dâm bụt",
    )
    return photo_add(entry=entry, upload=jpeg_upload(), user=commune_official)


def policy(response) -> dict[str, str]:
    parts = (p.strip() for p in response["Content-Security-Policy"].split(";"))
    return {p.split(" ", 1)[0]: (p.split(" ", 1) + [""])[1] for p in parts if p}


def test_the_bare_image_allows_inline_style_and_nothing_else(
    client, photo, commune_official
):
    client.force_login(commune_official)
    for size in ("nho", "lon"):
        response = client.get(reverse("reports:photo", args=[photo.pk, size]))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/jpeg"
        assert policy(response) == {
            "default-src": "'none'",
            "img-src": "'self'",
            "style-src": "'unsafe-inline'",
            "frame-ancestors": "'none'",
            "sandbox": "",
        }
        assert response["X-Content-Type-Options"] == "nosniff"


def test_the_entry_page_links_to_the_photo_page_which_keeps_the_site_policy(
    client, plan, photo, commune_official
):
    client.force_login(commune_official)
    entry = client.get(entry_url(plan))
    page_url = reverse("reports:photo_page", args=[photo.pk])
    assert f'href="{page_url}"' in entry.content.decode()
    assert reverse("reports:photo", args=[photo.pk, "lon"]) + '"' not in (
        entry.content.decode().replace('src="', "")
    )
    response = client.get(page_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert inline_problems(html) == []
    assert "style-src 'self'" in response["Content-Security-Policy"]
    assert f'src="{reverse("reports:photo", args=[photo.pk, "lon"])}"' in html
    assert "Thôn Cồn Tòng: Trồng hàng rào xanh" in html
    assert entry_url(plan) in html


@pytest.mark.parametrize("who", ["other_commune_official", "other_village_head"])
def test_nobody_outside_the_row_opens_the_photo_page(
    client, world, photo, who, request
):
    if who == "other_village_head":
        user = member(world.na_lai, Role.VILLAGE_HEAD)
    else:
        user = request.getfixturevalue(who)
    client.force_login(user)
    assert client.get(reverse("reports:photo_page", args=[photo.pk])).status_code == 404
    assert (
        client.get(reverse("reports:photo", args=[photo.pk, "lon"])).status_code == 404
    )
