"""Each entry page carries a key drawn with it (`save_key`): a copy of a save
already stored (its answer lost, the offline queue replaying) is answered as
stored and writes nothing, whatever happened since (issue 24)."""

from __future__ import annotations

from decimal import Decimal

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from reports.models import ProgressEntry, ProgressReport, SaveKey
from tests.reports.conftest import (
    WEEK,
    amount_field,
    at,
    browser_data,
    entry_url,
    save_on_page,
)


@pytest.fixture
def other(village_head) -> Client:
    """A second browser, the village head's: their saves of the same rows."""
    other = Client()
    other.force_login(village_head)
    return other


def test_each_page_draws_its_own_key(client, plan, hedge, commune_official):
    url = entry_url(plan)
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        first, second = browser_data(client.get(url)), browser_data(client.get(url))
    assert len(first["save_key"]) == 36
    assert first["save_key"] != second["save_key"]


def test_a_replay_after_another_user_changed_the_row_is_no_conflict(
    client, world, plan, hedge, commune_official, other
):
    """The official's answer was lost; the village head changed the row; the
    official's phone sends the save again: told it is stored, nothing written."""
    url = entry_url(plan)
    field = amount_field(hedge, world.con_tong)
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        saved = save_on_page(client, url, **{field: "30"})
        save_on_page(other, url, **{field: "45"})
        replay = client.post(url, saved)
        assert replay.status_code == 302
        assert replay["Location"] == url
        page = client.get(url).content.decode()
    assert "Đã lưu 1 dòng. Bản lưu này đã gửi lúc 10:00 15/" in page
    assert "không ghi lại lần nữa." in page
    assert ProgressEntry.objects.get().amount == Decimal(45)
    assert ProgressEntry.objects.get().version == 2
    assert ProgressEntry.history.count() == 2
    assert SaveKey.objects.count() == 2  # one per save, none for the replay


def test_a_different_key_with_stale_versions_is_still_a_conflict(
    client, world, plan, hedge, commune_official, other
):
    url = entry_url(plan)
    field = amount_field(hedge, world.con_tong)
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        page = client.get(url)
        assert client.post(url, browser_data(page, **{field: "30"})).status_code == 302
        save_on_page(other, url, **{field: "45"})
        # The same stale page, saved again as a new save (another key).
        again = browser_data(page, **{field: "31"})
        response = client.post(url, again)
    assert response.status_code == 422
    assert "vừa lưu “45”; bạn nhập “31”" in response.content.decode()
    assert ProgressEntry.objects.get().amount == Decimal(45)


def test_two_saves_from_one_kept_page_are_two_saves(
    client, world, plan, hedge, commune_official
):
    """A page kept on the phone keeps its key: a second, different save made
    on it offline is not taken for a copy of the first (it meets the first as
    a newer version, as before, and the user chooses)."""
    url = entry_url(plan)
    con_tong, na_lai = (
        amount_field(hedge, world.con_tong),
        amount_field(hedge, world.na_lai),
    )
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        page = client.get(url)
        assert (
            client.post(url, browser_data(page, **{con_tong: "30"})).status_code == 302
        )
        second = client.post(url, browser_data(page, **{na_lai: "12"}))
    assert second.status_code == 302
    assert sorted(ProgressEntry.objects.values_list("amount", flat=True)) == [
        Decimal(12),
        Decimal(30),
    ]


def test_a_replayed_submission_answers_as_the_first_even_when_locked(
    client, world, plan, hedge, commune_official
):
    url = entry_url(plan)
    submit = reverse("reports:submit", args=[plan.pk, WEEK.isoformat()])
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        sent = browser_data(
            client.get(url), **{amount_field(hedge, world.con_tong): "30"}
        )
        assert client.post(submit, sent).status_code == 302
    # Weeks later the week is locked; the lost answer's copy arrives.
    with time_machine.travel(at(29, 10), tick=False):
        replay = client.post(submit, sent, follow=True)
    html = replay.content.decode()
    assert replay.redirect_chain[0][1] == 302
    assert "Đã lưu 1 dòng và nộp báo cáo. Bản lưu này đã gửi lúc" in html
    assert ProgressEntry.history.count() == 1
    assert ProgressReport.objects.get().status == "submitted"


def test_another_users_key_is_not_theirs(
    client, world, plan, hedge, commune_official, other
):
    """A key is stored per user: the same body from someone else is a save of
    theirs, checked as any other (here a conflict: stale versions)."""
    url = entry_url(plan)
    field = amount_field(hedge, world.con_tong)
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        page = client.get(url)
        first = browser_data(page, **{field: "30"})
        assert client.post(url, first).status_code == 302
        assert (
            client.post(url, browser_data(client.get(url), **{field: "33"})).status_code
            == 302
        )
        response = other.post(url, first)
    assert response.status_code == 422
    assert ProgressEntry.objects.get().amount == Decimal(33)


def test_the_digest_hashes_what_it_hashed_before(rf):
    """The save key's digest is the same bytes as when each field was
    json.dumps'ed on its own (a copy queued before this code is known)."""
    import hashlib
    import json
    import uuid

    from django.core.files.uploadedfile import SimpleUploadedFile

    from reports.views import _save_key

    key = uuid.uuid4()
    data = {
        "csrfmiddlewaretoken": "x",
        "save_key": str(key),
        "amount_1": ["1.500,5", "7"],
        "note_1": 'Nà Lài <b>"đã"</b> \\ \u2028 \x00 😀',
        "note_2": "Na\u0300 La\u0301i",
        "summary": "",
        "photos_1": SimpleUploadedFile("ảnh.jpg", b"\xff\xd8\xff", "image/jpeg"),
    }
    request = rf.post("/", data)
    expected = hashlib.sha256()
    for name, values in sorted(request.POST.lists()):
        if name not in {"csrfmiddlewaretoken", "save_key"}:
            expected.update(json.dumps([name, values], ensure_ascii=False).encode())
    for name, files in sorted(request.FILES.lists()):
        expected.update(json.dumps([name, [(f.name, f.size) for f in files]]).encode())
    stored = _save_key(request)
    assert stored.key == key and stored.digest == expected.hexdigest()
