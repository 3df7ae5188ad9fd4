"""Issue 23: the withdraw and review POSTs and the photo page and file decide
who may act from the memberships read once a request (villages.rights), as the
entry page does, instead of building membership EXISTS subqueries. Their
statement counts are pinned at two data sizes (more communes, plans and
reports do not add statements) and none of their statements is an EXISTS."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reports import services
from reports.models import ProgressEntry, ProgressReport
from reports.photos import photo_add
from tests.factories import MembershipFactory, PlanFactory, commune
from tests.reports.conftest import WEEK, at, save_amounts
from tests.reports.test_progress import jpeg_upload
from villages.models import Role

# Statements of each request, as SQLite runs them in a test (session, user,
# memberships, then the view's own; the services' writes, savepoints included).
WITHDRAW_QUERIES = 13
REVIEW_QUERIES = 9
PHOTO_QUERIES = 4


@pytest.fixture(params=["small", "large"])
def size(request, world, district_reviewer):
    """ "large": 12 more communes of the district with a submitted report each,
    and the reviewer also placed on the other district."""
    if request.param == "large":
        for n in range(12):
            place = commune(world.cao_loc, f"Xã thêm {n}")
            other = PlanFactory(area=place, number=f"9{n}")
            ProgressReport.objects.create(
                plan=other,
                period_start=WEEK,
                period_end=WEEK + datetime.timedelta(days=6),
                status="submitted",
            )
        MembershipFactory(
            user=district_reviewer, area=world.huu_lung, role=Role.DISTRICT_REVIEWER
        )
    return request.param


@pytest.fixture
def submitted(plan, hedge, world, commune_official, size):
    con_tong = hedge.allocations.get(village=world.con_tong)
    result = save_amounts(plan, commune_official, {con_tong: 150}, now=at(15, 10))
    return services.report_submit(
        report=result.report, user=commune_official, now=at(15, 10)
    )


def counted(client, method, url, data=None):
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url, data or {})
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    sql = [q["sql"] for q in queries.captured_queries]
    assert not [s for s in sql if "EXISTS" in s.upper()], sql
    return response, len(sql)


@time_machine.travel(at(15, 11), tick=False)
def test_withdraw_query_count(client, submitted, commune_official):
    client.force_login(commune_official)
    url = reverse("reports:withdraw", args=[submitted.pk])
    data = {"reason": "Nhập nhầm", "version": submitted.version}
    response, count = counted(client, "post", url, data)
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == "draft"
    assert count == WITHDRAW_QUERIES


@time_machine.travel(at(16, 9), tick=False)
def test_review_query_count(client, submitted, district_reviewer):
    client.force_login(district_reviewer)
    url = reverse("reports:review", args=[submitted.pk])
    response, count = counted(
        client, "post", url, {"decision": "accept", "comment": ""}
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.status == "accepted"
    assert count == REVIEW_QUERIES


@pytest.fixture
def photo(submitted, world, commune_official, media):
    entry = ProgressEntry.objects.get(report=submitted)
    return photo_add(entry=entry, upload=jpeg_upload(), user=commune_official)


@pytest.mark.parametrize("view", ["photo_page", "photo"])
def test_photo_query_counts(client, photo, district_reviewer, view):
    client.force_login(district_reviewer)
    args = [photo.pk] if view == "photo_page" else [photo.pk, "nho"]
    response, count = counted(client, "get", reverse(f"reports:{view}", args=args))
    assert response.status_code == 200
    assert count == PHOTO_QUERIES


@pytest.mark.parametrize("view", ["photo_page", "photo"])
def test_a_photo_outside_the_scope_is_a_404_in_as_many_queries(
    client, photo, other_commune_official, view
):
    client.force_login(other_commune_official)
    args = [photo.pk] if view == "photo_page" else [photo.pk, "nho"]
    response, count = counted(client, "get", reverse(f"reports:{view}", args=args))
    assert response.status_code == 404
    assert count <= PHOTO_QUERIES
