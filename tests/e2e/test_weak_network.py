"""The entry page on a phone with a weak network (issue 23, issue 24's
"lie-fi"), in chromium at 360 px: a big photo is made smaller on the phone
before it goes; a second tap while a save is on its way sends nothing more;
a save whose request fails or hangs while the phone believes it is online is
kept on the phone and sent once later. The database is read once the
browser is closed (see conftest.py)."""

from __future__ import annotations

import contextlib
import io

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from reports.models import EntryPhoto, ProgressEntry, SaveKey
from tests.e2e import test_offline
from tests.e2e.test_journeys import HEDGE, log_in, photo_jpeg, village_card
from tests.e2e.test_offline import (
    OFFLINE_FAILURES,
    entry_url,
    expect_sent,
    offline_ready,
    open_entry_offline,
    save_kept,
)

pytestmark = pytest.mark.e2e

ENTRY_POSTS = "**/bao-cao/ke-hoach/**"

# Thụy Hùng's weekly plan, this week open (the offline journeys' fixtures).
week = test_offline.week
plan = test_offline.plan


def on_entry_posts(journey, page, handle) -> None:
    """Every save the entry page posts goes to `handle(route)` instead of the
    server (its other requests go on); the failures that follow are expected,
    the worker's own included."""
    journey.tolerate(r"POST \S+/bao-cao/ke-hoach/\S+ failed")
    journey.tolerate(OFFLINE_FAILURES)
    page.context.route(
        ENTRY_POSTS,
        lambda route: (
            handle(route) if route.request.method == "POST" else route.fallback()
        ),
    )


def big_photo() -> bytes:
    """A 12-megapixel phone photo (4000 × 3000), about 1–2 MB."""
    image = Image.new("RGB", (4000, 3000), (135, 190, 235))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 1900, 4000, 3000), fill=(60, 140, 60))
    for x in range(0, 4000, 37):
        draw.ellipse((x, 1650, x + 300, 2100), fill=(40, 100 + x % 80, 40))
    noise = Image.effect_noise((4000, 3000), 24).convert("RGB")
    image = Image.blend(image, noise, 0.15)
    data = io.BytesIO()
    image.save(data, "JPEG", quality=92)
    return data.getvalue()


def test_a_big_photo_is_made_smaller_on_the_phone(
    browse, plan, week, world, commune_official
):
    original = big_photo()
    assert len(original) > 1_000_000
    with browse() as journey:
        page = journey.open("xã", phone=True)
        log_in(page, commune_official.username)
        page.goto(entry_url(plan, week))
        card = village_card(page, HEDGE, "Thôn Cồn Tòng")
        card.get_by_label("Làm được trong kỳ").fill("40")
        card.get_by_label("Ảnh").set_input_files(
            {"name": "hang-rao.jpg", "mimeType": "image/jpeg", "buffer": original}
        )
        page.get_by_role("button", name="Lưu", exact=True).click()
        expect(page.get_by_text("Đã lưu 1 dòng.")).to_be_visible()
        # The answer replaced the page: the row shows its photo.
        expect(
            village_card(page, HEDGE, "Thôn Cồn Tòng").get_by_role("img", name="Ảnh 1")
        ).to_be_visible()
        expect(page).to_have_url(
            f"{page.url.split('/bao-cao')[0]}{entry_url(plan, week)}"
        )

    (photo,) = EntryPhoto.objects.filter(entry__report__plan=plan)
    assert (photo.width, photo.height) == (1600, 1200)
    assert photo.entry.amount == 40


def test_a_second_tap_while_saving_sends_nothing_more(
    browse, plan, week, world, commune_official
):
    """A save with a photo on a slow network: the buttons are busy until the
    answer is in, and a second tap sends nothing (before, it uploaded the
    photo again and answered "Đã lưu 0 dòng.")."""
    url = entry_url(plan, week)
    held = []
    posts = []
    with browse() as journey:
        page = journey.open("xã", phone=True)
        log_in(page, commune_official.username)
        page.goto(url)
        page.on("request", lambda request: request.method == "POST" and posts.append(1))
        # The server's answer is held back, as on a slow network.
        page.context.route(
            ENTRY_POSTS,
            lambda route: (
                held.append(route)
                if route.request.method == "POST"
                else route.fallback()
            ),
        )
        card = village_card(page, HEDGE, "Thôn Cồn Tòng")
        card.get_by_label("Làm được trong kỳ").fill("12")
        card.get_by_label("Ảnh").set_input_files(
            {"name": "hang-rao.jpg", "mimeType": "image/jpeg", "buffer": photo_jpeg()}
        )
        save = page.get_by_role("button", name="Lưu", exact=True)
        save.click()
        expect(page.locator("[data-save-status]")).to_contain_text("Đang gửi")
        expect(page.locator("[data-save-status] progress")).to_be_attached()
        expect(save).to_have_attribute("aria-disabled", "true")
        expect(page.locator("form[aria-busy]")).to_have_count(1)
        assert len(held) == 1
        # The impatient second tap (the button ignores pointers while busy;
        # a script's click still reaches the form).
        save.evaluate("button => button.click()")
        page.wait_for_timeout(500)  # let a wrong second POST show, were it sent
        assert len(posts) == 1 and len(held) == 1
        held[0].continue_()
        page.context.unroute(ENTRY_POSTS)
        expect(page.get_by_text("Đã lưu 1 dòng.")).to_be_visible()

    assert len(posts) == 1
    assert ProgressEntry.history.filter(report__plan=plan).count() == 1
    assert EntryPhoto.objects.filter(entry__report__plan=plan).count() == 1
    assert SaveKey.objects.count() == 1


def test_a_save_that_fails_while_online_is_kept_and_sent_once(
    browse, plan, week, world, commune_official
):
    """Lie-fi: the phone says it is online, the save's request fails. The
    worker keeps it ("Chưa gửi (1)"); once requests go through it is sent,
    and stored once."""
    url = entry_url(plan, week)
    with browse() as journey:
        page = open_entry_offline(journey, commune_official, url)

        on_entry_posts(journey, page, lambda route: route.abort())
        save_kept(page, "Thôn Nà Lài", "33")
        expect(page.locator("#offline-queue")).to_contain_text("đang chờ mạng")
        # The phone's background work done first: the live server's SQLite
        # cannot read and write one table at once (PostgreSQL can).
        offline_ready(page)

        page.context.unroute(ENTRY_POSTS)
        page.reload()  # or the retry loop, 20 s later
        expect_sent(page)
        offline_ready(page)

    (entry,) = ProgressEntry.objects.filter(report__plan=plan)
    assert (entry.village_target.village_id, entry.amount) == (world.na_lai.pk, 33)
    assert ProgressEntry.history.filter(report__plan=plan).count() == 1


def test_a_save_that_hangs_while_online_is_kept_and_sent_once(
    browse, plan, week, world, commune_official, settings
):
    """The save's request gets no answer: after OFFLINE_SAVE_TIMEOUT_MS the
    worker keeps it and sends it again later; the server stores it once."""
    settings.OFFLINE_SAVE_TIMEOUT_MS = 2000
    url = entry_url(plan, week)
    held = []
    with browse() as journey:
        page = open_entry_offline(journey, commune_official, url)

        on_entry_posts(journey, page, held.append)
        save_kept(page, "Thôn Cồn Tòng", "21")
        assert held  # the save, and the page's first try to send it again

        # Their connections drop (the first was given up by the worker).
        for route in held:
            with contextlib.suppress(Exception):
                route.abort()
        page.context.unroute(ENTRY_POSTS)
        page.reload()
        expect_sent(page)
        offline_ready(page)

    (entry,) = ProgressEntry.objects.filter(report__plan=plan)
    assert (entry.village_target.village_id, entry.amount) == (world.con_tong.pk, 21)
    assert ProgressEntry.history.filter(report__plan=plan).count() == 1
