"""Offline entry (issue 24) on a phone in chromium: the entry page opens
without network, a save made offline waits on the phone ("Chưa gửi (n)") and
reaches the server exactly once when the network is back; a save that meets a
newer version is shown beside it and not applied; logging out leaves nothing
of the user for the next one. The database is read once the browser is closed
(see conftest.py)."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from plans.models import Counting, Plan, Target
from reports.models import ProgressEntry
from reports.periods import monday
from tests.e2e.test_journeys import (
    HEDGE,
    allocate,
    log_in,
    thuy_hung_plan,
    village_card,
)
from tests.factories import PASSWORD

pytestmark = pytest.mark.e2e

# What chromium reports for a request made while the context is offline.
OFFLINE_FAILURES = r"ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource"
BANNER = "Đang ngoại tuyến — số liệu sẽ gửi khi có mạng"


@pytest.fixture
def week() -> datetime.date:
    return monday(timezone.localdate())


@pytest.fixture
def plan(world, commune_official, week) -> Plan:
    """Thụy Hùng's weekly plan, due on Sunday 23:59: this week stays open."""
    plan = thuy_hung_plan(
        world, commune_official, week, weekday=6, at=datetime.time(23, 59)
    )
    allocate(
        plan,
        commune_official,
        Target(
            name=HEDGE, unit="m", quantity=Decimal("3200"), counting=Counting.INCREMENT
        ),
        {world.con_tong: Decimal("2000"), world.na_lai: Decimal("1200")},
    )
    return plan


def entry_url(plan: Plan, week: datetime.date) -> str:
    return f"/bao-cao/ke-hoach/{plan.pk}/{week.isoformat()}/"


def offline_ready(page: Page) -> None:
    """The worker controls the page and the user's entry pages are kept."""
    expect(page.locator("html")).to_have_attribute("data-offline", "ready")


def open_entry_offline(journey, user, url: str, *, name: str = "xã") -> Page:
    """A phone (`name` in the journey) with the offline worker, `user` logged
    in, on the entry page at `url` once the worker controls it."""
    page = journey.open(name, phone=True, offline_worker=True)
    log_in(page, user.username)
    page.goto(url)
    offline_ready(page)
    return page


def waiting(page: Page):
    return page.locator("#offline-count")


def save_kept(page: Page, village: str, amount: str, *, queued: int = 1) -> None:
    """`amount` typed on `village`'s hedge card and saved while the save
    cannot reach the server: it waits on the phone, `queued` in all."""
    village_card(page, HEDGE, village).get_by_label("Làm được trong kỳ").fill(amount)
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(waiting(page)).to_have_text(f"Chưa gửi ({queued})")


def expect_sent(page: Page) -> None:
    """The save that waited has gone: the page says so and nothing waits."""
    expect(page.get_by_text("Đã gửi 1 bản lưu chờ mạng.")).to_be_visible()
    expect(waiting(page)).to_be_hidden()


def test_a_save_made_offline_reaches_the_server_once(
    browse, plan, week, world, commune_official
):
    url = entry_url(plan, week)
    with browse() as journey:
        page = open_entry_offline(journey, commune_official, url)
        expect(page.get_by_text(BANNER)).to_be_hidden()

        journey.tolerate(OFFLINE_FAILURES)
        page.context.set_offline(True)
        expect(page.get_by_text(BANNER)).to_be_visible()
        card = village_card(page, HEDGE, "Thôn Cồn Tòng")
        card.get_by_label("Làm được trong kỳ").fill("125,5")
        card.get_by_label("Ghi chú").fill("Trồng dâm bụt khi mất sóng")
        page.get_by_role("button", name="Lưu", exact=True).click()
        expect(waiting(page)).to_have_text("Chưa gửi (1)")
        expect(page.get_by_text(BANNER)).to_be_visible()
        queue = page.locator("#offline-queue")
        expect(queue).to_contain_text("Lưu lúc")
        expect(queue).to_contain_text("đang chờ mạng")

        # Opened again without network: the kept page and the waiting save.
        page.reload()
        expect(page.get_by_role("heading", name=HEDGE)).to_be_visible()
        expect(page.get_by_text(BANNER)).to_be_visible()
        expect(waiting(page)).to_have_text("Chưa gửi (1)")
        expect(queue).to_contain_text("đang chờ mạng")

        page.context.set_offline(False)
        expect(page.get_by_text("Đã gửi 1 bản lưu chờ mạng.")).to_be_visible()
        expect(waiting(page)).to_have_text("Chưa gửi (0)")
        expect(waiting(page)).to_be_hidden()
        expect(page.get_by_text(BANNER)).to_be_hidden()
        offline_ready(page)  # the kept copies refreshed with the new figures
        page.reload()
        offline_ready(page)
        expect(
            village_card(page, HEDGE, "Thôn Cồn Tòng").get_by_label("Làm được trong kỳ")
        ).to_have_value("125,5")

    entries = list(ProgressEntry.objects.filter(report__plan=plan))
    assert [(e.village_target.village_id, e.amount, e.note) for e in entries] == [
        (world.con_tong.pk, Decimal("125.5"), "Trồng dâm bụt khi mất sóng")
    ]
    assert ProgressEntry.history.filter(report__plan=plan).count() == 1


# Whether each element the offline script adds was shown when first added
# (read at the first microtask after the script ran, as a repaint could).
FIRST_SEEN = """
window.ntmFirstSeen = {};
new MutationObserver(function (records) {
  records.forEach(function (record) {
    record.addedNodes.forEach(function (node) {
      if (node.id && !(node.id in window.ntmFirstSeen)) {
        window.ntmFirstSeen[node.id] = !node.hidden;
      }
    });
  });
}).observe(document, { childList: true, subtree: true });
"""


def test_online_no_page_flashes_the_offline_banner_or_an_empty_queue(
    browse, plan, week, commune_official
):
    """Opening the waiting saves takes a moment on a slow phone: until then
    the banner "Đang ngoại tuyến", the badge and the queue's card were
    drawn, so every page, online, flashed them."""
    with browse() as journey:
        page = journey.open("xã", phone=True, offline_worker=True)
        page.add_init_script(FIRST_SEEN)
        log_in(page, commune_official.username)
        for _ in range(2):  # served by the server, then by the worker
            page.goto(entry_url(plan, week))
            offline_ready(page)
            seen = page.evaluate("window.ntmFirstSeen")
            added = ("offline-banner", "offline-count", "offline-queue")
            assert {name: seen[name] for name in added} == dict.fromkeys(added, False)
            expect(page.get_by_text(BANNER)).to_be_hidden()


def test_a_queued_save_that_meets_a_newer_version_is_shown_and_chosen(
    browse, plan, week, world, commune_official, village_head
):
    """Two saves queued offline, one village each; meanwhile the village head
    changed Cồn Tòng. On replay Nà Lài is stored, Cồn Tòng is not: both
    versions are shown and the official chooses to send theirs."""
    url = entry_url(plan, week)
    with browse() as journey:
        page = open_entry_offline(journey, commune_official, url)

        journey.tolerate(OFFLINE_FAILURES)
        page.context.set_offline(True)
        save_kept(page, "Thôn Cồn Tòng", "100")
        save_kept(page, "Thôn Nà Lài", "50", queued=2)
        expect(page.locator("[data-offline-item]")).to_have_count(2)

        head = journey.open("thôn", phone=True, offline_worker=True)
        log_in(head, village_head.username)
        head.goto(url)
        # The head's phone done keeping its pages: the live server's SQLite
        # cannot read and write one table at once (PostgreSQL can).
        offline_ready(head)
        village_card(head, HEDGE, "Thôn Cồn Tòng").get_by_label(
            "Làm được trong kỳ"
        ).fill("120")
        head.get_by_role("button", name="Lưu", exact=True).click()
        expect(head.get_by_text("Đã lưu 1 dòng.")).to_be_visible()

        journey.tolerate(r"HTTP 422 for POST")  # the replay meets the newer row
        page.context.set_offline(False)
        expect(waiting(page)).to_have_text("Chưa gửi (1)")
        queue = page.locator("#offline-queue")
        expect(queue).to_contain_text("cần bạn chọn")
        expect(queue).to_contain_text("trên máy chủ đã có bản mới hơn")
        both = queue.get_by_role("row").filter(has_text="Thôn Cồn Tòng")
        expect(both.get_by_role("cell")).to_have_text(
            ["Thôn Cồn Tòng – Trồng hàng rào xanh", "120 (thon.contong)", "100"]
        )
        queue.get_by_role("button", name="Gửi số của tôi").click()
        expect(waiting(page)).to_be_hidden()
        expect(page.locator("html")).to_have_attribute("data-offline-waiting", "0")

    amounts = {
        e.village_target.village_id: e.amount
        for e in ProgressEntry.objects.filter(report__plan=plan)
    }
    assert amounts == {
        world.con_tong.pk: Decimal("100"),
        world.na_lai.pk: Decimal("50"),
    }
    history = ProgressEntry.history.filter(report__plan=plan)
    assert history.filter(village_target__village=world.na_lai).count() == 1
    changed_by = [
        h.history_user.username
        for h in history.filter(village_target__village=world.con_tong).order_by(
            "history_date"
        )
    ]
    assert changed_by == ["thon.contong", "xa.thuyhung"]


def log_out(page: Page) -> None:
    """Open the phone's menu and log out once it is open: a click while
    Bootstrap's collapse still slid open was lost (no POST was sent, the
    page stayed; SQLite leg, 07/12/2026)."""
    page.get_by_role("button", name="Mở menu").click()
    expect(page.locator("#nav")).to_have_class(re.compile(r"(^|\s)show(\s|$)"))
    page.get_by_role("button", name="Đăng xuất").click()


def test_logging_out_leaves_nothing_of_the_user_for_the_next_one(
    browse, refuse_posts, plan, week, world, commune_official
):
    """A save waits (the server does not take it) when the official logs out.
    The next user of the phone, from another commune, gets none of their pages
    offline and does not see or send their save; it stays on the phone under
    the first user's key and is sent when they log in again."""
    from tests.factories import member
    from villages.models import Role

    other = member(world.nhat_tien, Role.COMMUNE_OFFICIAL, "xa.nhattien")
    url = entry_url(plan, week)
    with browse() as journey:
        page = open_entry_offline(journey, commune_official, url, name="điện thoại")
        assert sorted(kept_pages(page)) == [
            entry_url(plan, week - datetime.timedelta(days=7)),
            url,
        ]

        journey.tolerate(OFFLINE_FAILURES)
        page.context.set_offline(True)
        save_kept(page, "Thôn Cồn Tòng", "77")

        # Back online, but the server does not take saves.
        journey.tolerate(r"HTTP 503 for POST \S+/bao-cao/ke-hoach/")
        refuse_posts(r"^/bao-cao/ke-hoach/")
        page.context.set_offline(False)
        expect(page.locator("html")).to_have_attribute("data-offline", "ready")
        expect(waiting(page)).to_have_text("Chưa gửi (1)")
        log_out(page)
        expect(page.get_by_label("Tên đăng nhập")).to_be_visible()
        expect(page.locator("html")).to_have_attribute("data-offline", "ready")
        assert kept_pages(page) == []

        log_in(page, other.username)
        expect(page.locator("html")).to_have_attribute("data-offline", "ready")
        expect(waiting(page)).to_be_hidden()
        expect(page.locator("#offline-queue")).to_be_hidden()
        assert kept_pages(page) == []  # Nhật Tiến has no plan yet
        page.context.set_offline(True)
        page.goto(url)
        expect(page.get_by_text("Trang này chưa được lưu trên máy")).to_be_visible()
        expect(page.get_by_role("heading", name=HEDGE)).to_have_count(0)
        page.context.set_offline(False)
        page.goto("/")
        log_out(page)
        # The logout is through before the next page is asked for (a goto
        # racing it kept the session: /dang-nhap/ then went home).
        expect(page.get_by_label("Tên đăng nhập")).to_be_visible()

        # The first official again: their save goes as soon as they are in.
        refuse_posts.stop()
        log_in(page, commune_official.username)
        expect(page.get_by_text("Đã gửi 1 bản lưu chờ mạng.")).to_be_visible()
        expect(page.locator("html")).to_have_attribute("data-offline-waiting", "0")
        expect(page.locator("html")).to_have_attribute("data-offline", "ready")

    (entry,) = ProgressEntry.objects.filter(report__plan=plan)
    assert (entry.village_target.village_id, entry.amount) == (
        world.con_tong.pk,
        Decimal("77"),
    )
    assert entry.updated_by == commune_official


def kept_pages(page: Page) -> list[str]:
    """The paths of the pages kept on the phone for anyone."""
    return page.evaluate(
        """async () => {
            const paths = [];
            for (const name of await caches.keys()) {
                if (!name.startsWith("ntm-pages-")) continue;
                const cache = await caches.open(name);
                for (const request of await cache.keys()) {
                    paths.push(new URL(request.url).pathname);
                }
            }
            return paths;
        }"""
    )


def test_a_photo_queued_offline_arrives_intact(
    browse, plan, week, world, commune_official
):
    """The photo travels inside the queued save (IndexedDB keeps the file) and
    the server receives the very bytes chosen: its re-encoding of them is the
    one it makes of the original file."""
    import hashlib

    from django.core.files.uploadedfile import SimpleUploadedFile

    from ntm.photos import photo_prepare
    from reports.models import EntryPhoto
    from tests.e2e.test_journeys import photo_jpeg

    original = photo_jpeg()
    url = entry_url(plan, week)
    with browse() as journey:
        page = open_entry_offline(journey, commune_official, url)

        journey.tolerate(OFFLINE_FAILURES)
        page.context.set_offline(True)
        card = village_card(page, HEDGE, "Thôn Cồn Tòng")
        card.get_by_label("Làm được trong kỳ").fill("40")
        card.get_by_label("Ảnh").set_input_files(
            {"name": "hang-rao.jpg", "mimeType": "image/jpeg", "buffer": original}
        )
        page.get_by_role("button", name="Lưu", exact=True).click()
        expect(waiting(page)).to_have_text("Chưa gửi (1)")
        page.reload()
        expect(waiting(page)).to_have_text("Chưa gửi (1)")

        page.context.set_offline(False)
        expect_sent(page)
        offline_ready(page)

    (photo,) = EntryPhoto.objects.filter(entry__report__plan=plan)
    assert photo.entry.amount == Decimal("40")
    with photo.image.open("rb") as stored:
        received = hashlib.sha256(stored.read()).hexdigest()
    expected = photo_prepare(SimpleUploadedFile("hang-rao.jpg", original, "image/jpeg"))
    assert received == hashlib.sha256(expected.image).hexdigest()


def test_a_session_that_expired_offline_asks_for_the_login_then_sends(
    browse, plan, week, world, commune_official
):
    url = entry_url(plan, week)
    with browse() as journey:
        page = open_entry_offline(journey, commune_official, url)

        journey.tolerate(OFFLINE_FAILURES)
        page.context.set_offline(True)
        village_card(page, HEDGE, "Thôn Nà Lài").get_by_label("Làm được trong kỳ").fill(
            "12"
        )
        page.get_by_role("button", name="Lưu và nộp").click()
        expect(waiting(page)).to_have_text("Chưa gửi (1)")
        expect(page.locator("#offline-queue")).to_contain_text("Lưu và nộp lúc")

        page.context.clear_cookies()  # the session ended while offline
        page.context.set_offline(False)
        queue = page.locator("#offline-queue")
        expect(queue).to_contain_text("Phiên đăng nhập đã hết hạn.")
        expect(waiting(page)).to_have_text("Chưa gửi (1)")
        queue.get_by_role("link", name="Đăng nhập lại để gửi").click()
        page.get_by_label("Tên đăng nhập").fill(commune_official.username)
        page.get_by_label("Mật khẩu").fill(PASSWORD)
        page.get_by_role("button", name="Đăng nhập").click()
        expect(page).to_have_url(re.compile(re.escape(url) + "$"))
        expect_sent(page)
        offline_ready(page)

    (entry,) = ProgressEntry.objects.filter(report__plan=plan)
    assert (entry.village_target.village_id, entry.amount) == (
        world.na_lai.pk,
        Decimal("12"),
    )
    assert entry.report.status == "submitted"
