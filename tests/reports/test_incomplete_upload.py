"""A save whose body did not arrive whole (the phone's connection dropped in
the middle of a photo) is refused with the reason in Vietnamese, and nothing
of it is written: before, the figures before the cut were saved and the photo
vanished without a word (issue 23)."""

from __future__ import annotations

import io

import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

from reports.models import EntryPhoto, ProgressEntry
from tests.e2e.test_journeys import photo_jpeg
from tests.reports.conftest import at, browser_data, entry_url


def test_a_save_cut_off_in_its_photo_writes_nothing_and_says_so(
    client, world, plan, hedge, commune_official
):
    url = entry_url(plan)
    pk = hedge.allocations.get(village=world.con_tong).pk
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        data = browser_data(client.get(url), **{f"amount_{pk}": "30"})
        data[f"photos_{pk}"] = SimpleUploadedFile(
            "hang-rao.jpg", photo_jpeg(), "image/jpeg"
        )
        body = encode_multipart(BOUNDARY, data)
        start = body.index(b"hang-rao.jpg")
        cut = body[: start + 2000]  # in the middle of the photo
        answer = client.generic(
            "POST",
            url,
            cut,
            content_type=MULTIPART_CONTENT,
            CONTENT_LENGTH=str(len(body)),
            **{"wsgi.input": io.BytesIO(cut)},
        )
        assert answer.status_code == 400
        page = answer.content.decode()
        assert "Bản lưu không đến đủ: mạng bị ngắt khi đang gửi" in page
        assert "Chưa lưu gì, kể cả ảnh." in page
        assert not ProgressEntry.objects.exists()
        assert not EntryPhoto.objects.exists()

        # The whole body, sent again: stored with its photo.
        whole = client.generic("POST", url, body, content_type=MULTIPART_CONTENT)
        assert whole.status_code == 302
    entry = ProgressEntry.objects.get()
    assert entry.amount == 30 and entry.photos.count() == 1


def test_a_whole_body_goes_through(client, commune_official):
    client.force_login(commune_official)
    # A form without files (urlencoded), read whole: not refused.
    answer = client.post(reverse("logout"))
    assert answer.status_code == 302
