"""Every URL pattern of commune A, walked by the official of the commune that
commune A was merged into (the 2025 reform): the pages that read commune A's
plans, reports, dashboards and exports answer, read only; every write is
refused (403, or 404 where the app answers so) and nothing in the database
moves. The officials of a sibling's and of another province's merged commune
get nothing of commune A."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from reports.models import ReportStatus
from tests.factories import commune, member, merged, village
from tests.security.conftest import fingerprint
from tests.security.urls import POST_ONLY, SCOPED, post_data, site_urls
from villages.models import Role

REFORM = datetime.date(2025, 7, 1)

# What the merged commune's official reads of commune A (GET 200).
READS = {
    "area_detail",
    "criteria:board",
    "criteria:assess",  # the indicator's history; no form (can_assess is False)
    "criteria:evidence",
    "plans:detail",
    "plans:gaps",
    "reports:entry",
    "reports:photo_page",
    "reports:photo",
    "reports:dashboard_commune",
    "reports:export_plan",
}


def merged_into(world, area, name, parent=None):
    """`area` ends on 30/06/2025 and is merged into a new commune `name`
    (under `parent`, its province by default); the new commune's official."""
    area.valid_to = REFORM - datetime.timedelta(days=1)
    area.save()
    new = commune(parent or world.lang_son, name, valid_from=REFORM)
    village(new, f"Thôn mới {name}")
    merged(new, [area])
    return member(new, Role.COMMUNE_OFFICIAL)


@pytest.fixture
def heir(world, commune_a):
    return merged_into(world, commune_a.area, "Sơn Tây")


def expected_get(name: str, url: str) -> set[int]:
    # The old district and the province are not former communes.
    above = "district_summary" in url or name in {
        "reports:dashboard_district",
        "reports:dashboard_province",
        "criteria:matrix",
    }
    if (name in READS and not above) or url.endswith(
        ("criteria.html", "criteria.xlsx", "criteria.pdf")
    ):
        return {200}
    if name == "reports:current":
        return {302}  # to the week's entry page
    return {405} if name in POST_ONLY else {403, 404}


# The read pages whose POST writes (an assessment, the week's figures and
# photos): refused as a reviewer's is.
WRITES = {"criteria:assess": 403, "reports:entry": 403}


def test_the_merged_communes_official_reads_commune_a_and_writes_nothing(
    client, commune_a, heir
):
    before = fingerprint()
    wrong = []
    for name, url in site_urls(commune_a, SCOPED):
        client.force_login(heir)
        get = client.get(url)
        if get.status_code not in expected_get(name, url):
            wrong.append(("GET", name, url, get.status_code))
        post = client.post(url, post_data(commune_a))
        if name in WRITES:
            expected = {WRITES[name]}
        elif get.status_code in {200, 302}:
            expected = {get.status_code}  # a read page answers a POST as a GET
        else:
            expected = {403, 404, 405}
        if post.status_code not in expected:
            wrong.append(("POST", name, url, post.status_code))
    assert wrong == []
    assert fingerprint() == before


def test_every_write_on_commune_as_week_is_refused_with_real_data(
    client, commune_a, heir
):
    """The owner's own form, figures and a photo, sent by the merged
    commune's official on the week's Monday (open to its owner): save, save
    and submit, withdraw, review, return, reopen, the targets' Excel import;
    each refused, nothing stored."""
    a = commune_a
    monday = datetime.datetime.combine(
        datetime.date.fromisoformat(a.period),
        datetime.time(9),
        timezone.get_current_timezone(),
    )
    with time_machine.travel(monday, tick=False):
        refuse_every_write(client, a, heir)


def refuse_every_write(client, a, heir):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.reports.conftest import browser_data
    from tests.security.conftest import png

    week = a.report
    week.status = ReportStatus.DRAFT  # open to its official's save
    week.save()
    entry = reverse("reports:entry", args=[a.plan.pk, a.period])
    client.force_login(a.owner)
    data = browser_data(client.get(entry))
    amounts = {name: "99" for name in data if name.startswith("amount_")}
    assert amounts
    photo = next(name for name in data if name.startswith("version_")).replace(
        "version_", "photos_"
    )
    before = fingerprint()
    client.force_login(heir)
    page = client.get(entry)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Kế hoạch của xã cũ (trước sáp nhập) — chỉ xem" in html
    assert ">Lưu</button>" not in html and "Lưu và nộp" not in html
    upload = SimpleUploadedFile("anh.png", png(), content_type="image/png")
    refused = [
        client.post(entry, {**data, **amounts, photo: upload}),
        client.post(
            reverse("reports:submit", args=[a.plan.pk, a.period]), {**data, **amounts}
        ),
        client.post(reverse("reports:withdraw", args=[week.pk]), {"reason": "Rút"}),
        client.post(reverse("reports:review", args=[week.pk]), {"decision": "accept"}),
        client.post(
            reverse("reports:dashboard_return", args=[week.pk]), {"comment": "Sửa"}
        ),
        client.post(
            reverse("plans:target_import", args=[a.plan.pk]),
            {"file": SimpleUploadedFile("chi-tieu.xlsx", b"PK", "application/zip")},
        ),
    ]
    assert [r.status_code for r in refused] == [403] * len(refused)
    # Reopening is open to every reviewer and reopens only the plans the user
    # reviews: none here, said in a message (as to any other refusal).
    from django.contrib.messages import get_messages

    reopen = client.post(
        reverse("reports:reopen"),
        {"period": a.period, "plans": [a.plan.pk], "reason": "Mở"},
    )
    assert reopen.status_code == 302
    said = [str(m) for m in get_messages(reopen.wsgi_request)]
    assert said == ["Chọn ít nhất một xã và ghi lý do mở lại."]
    assert fingerprint() == before


def test_the_pages_mark_commune_as_plans_read_only(client, commune_a, heir):
    a = commune_a
    client.force_login(heir)
    label = "Kế hoạch của xã cũ (trước sáp nhập) — chỉ xem"
    listing = client.get(reverse("plans:list")).content.decode()
    assert "Kế hoạch riêng Thụy Hùng" in listing and label in listing
    detail = client.get(reverse("plans:detail", args=[a.plan.pk])).content.decode()
    assert label in detail
    assert "Sửa thông tin chung" not in detail
    assert reverse("plans:edit", args=[a.plan.pk]) not in detail
    own = heir.memberships.get().area
    board = client.get(reverse("reports:dashboard_commune", args=[own.pk]))
    html = board.content.decode()
    assert "Kế hoạch của các xã cũ (trước sáp nhập)" in html and label in html
    assert f"/bao-cao/tong-quan/xa/{a.area.pk}/?ke_hoach={a.plan.pk}" in html
    home = client.get(reverse("home")).content.decode()
    assert "1 xã cũ (trước sáp nhập)" in home
    assert "0 huyện, 1 xã, 1 thôn" in home  # its own scope, not the former one


@pytest.fixture(params=["sibling", "other province"])
def merged_elsewhere(request, world):
    """The official of the commune that commune B (a sibling of commune A in
    the same district) was merged into, or of Hà Tĩnh's merged Sơn Bằng."""
    if request.param == "sibling":
        commune_b = commune(world.cao_loc, "Hợp Thành")
        village(commune_b, "Thôn Bản Cảm")
        return merged_into(world, commune_b, "Hợp Thành mới")
    return merged_into(world, world.son_bang, "Sơn Bằng mới", world.ha_tinh)


def test_other_merged_communes_get_nothing_of_commune_a(
    client, commune_a, merged_elsewhere
):
    before = fingerprint()
    wrong = []
    for name, url in site_urls(commune_a, SCOPED):
        client.force_login(merged_elsewhere)
        get = client.get(url)
        if get.status_code not in ({405} if name in POST_ONLY else {403, 404}):
            wrong.append(("GET", name, url, get.status_code))
        post = client.post(url, post_data(commune_a))
        if post.status_code not in {403, 404, 405}:
            wrong.append(("POST", name, url, post.status_code))
    assert wrong == []
    assert fingerprint() == before
    listing = client.get(reverse("plans:list")).content.decode()
    assert "Kế hoạch riêng Thụy Hùng" not in listing
