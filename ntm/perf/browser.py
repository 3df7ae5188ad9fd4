"""`manage.py bench --browser`: the 80-row entry page on a weak network (issue 23).

Builds the load test's world for one commune (8 villages × 10 targets = 80
rows) in a throwaway database, serves it with gunicorn and the production
settings (WhiteNoise, the manifest's hashed names, gzip), and drives Debian's
chromium through Playwright at phone size with the network throttled by the
DevTools protocol (Network.emulateNetworkConditions: 400 kbit/s each way,
400 ms round trip). It prints, for the entry page:

- the first visit and a repeat visit: bytes transferred (page and assets,
  headers included, as chromium counts them), and the time from the start of
  the navigation until the official can type (the page parsed and its
  scripts run: DOMContentLoaded) and until the load event;
- "Lưu" with one figure typed: the round trip from the tap until the page
  after the save can be typed in again, and the bytes sent and received.

The login itself is not throttled (it is not the page measured). Service
workers are blocked: the figures are those of the browser's own cache, which
is what a phone has before the app has been opened once with network.
Figures move with the machine's load; compare runs made side by side.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from dataclasses import dataclass, field

from django.utils import timezone

from ntm.perf.loadtest.server import gunicorn
from ntm.perf.loadtest.world import build_world, deadline_set, throwaway_database

CHROMIUM = "/usr/bin/chromium"
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 2,
}
# A slow 3G profile (issue 23): 400 kbit/s both ways, 400 ms round trip.
KBIT = 400
NETWORK = {
    "offline": False,
    "latency": 400,
    "downloadThroughput": KBIT * 1000 / 8,
    "uploadThroughput": KBIT * 1000 / 8,
}
TIMEOUT_MS = 60_000


@dataclass
class Traffic:
    """Bytes chromium moved over the network, counted from DevTools events."""

    received: int = 0
    sent: int = 0
    requests: int = 0
    from_cache: int = 0
    urls: list[str] = field(default_factory=list)

    def reset(self) -> None:
        self.received = self.sent = self.requests = self.from_cache = 0
        self.urls = []


@dataclass
class Visit:
    received: int
    requests: int
    from_cache: int
    can_type_ms: float
    load_ms: float


@dataclass
class Save:
    round_trip_ms: float
    sent: int
    received: int


def _watch(cdp, traffic: Traffic) -> None:
    cached: set[str] = set()

    def served_from_cache(event):
        cached.add(event["requestId"])

    def will_send(event):
        traffic.requests += 1
        traffic.urls.append(event["request"]["url"])
        body = event["request"].get("postData")
        if body:
            traffic.sent += len(body.encode())

    def finished(event):
        if event["requestId"] in cached:
            traffic.from_cache += 1
        traffic.received += int(event.get("encodedDataLength", 0))

    cdp.on("Network.requestServedFromCache", served_from_cache)
    cdp.on("Network.requestWillBeSent", will_send)
    cdp.on("Network.loadingFinished", finished)


def _visit(page, url: str, traffic: Traffic) -> Visit:
    traffic.reset()
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    timing = page.evaluate(
        """() => {
            const nav = performance.getEntriesByType("navigation")[0];
            return [nav.domContentLoadedEventEnd, nav.loadEventEnd];
        }"""
    )
    return Visit(
        received=traffic.received,
        requests=traffic.requests,
        from_cache=traffic.from_cache,
        can_type_ms=timing[0],
        load_ms=timing[1],
    )


def _save(page, traffic: Traffic, value: str) -> Save:
    field = page.locator("input[name^=amount_]").first
    field.fill(value)
    traffic.reset()
    started = time.perf_counter()
    with page.expect_navigation(wait_until="domcontentloaded"):
        page.get_by_role("button", name="Lưu", exact=True).click()
    page.get_by_text("Đã lưu").first.wait_for()
    elapsed = (time.perf_counter() - started) * 1000
    page.wait_for_load_state("networkidle")
    return Save(round_trip_ms=elapsed, sent=traffic.sent, received=traffic.received)


def run(*, runs: int, write) -> None:
    from playwright.sync_api import sync_playwright

    with throwaway_database(prefix="ntm_browser") as url:
        world = build_world(
            communes=1,
            villages=8,
            targets=10,
            weeks=12,
            reviewers=0,
            now=timezone.now(),
        )
        deadline_set(world, now=timezone.now(), minutes=60)
        official = world.officials[0]
        entry = f"/bao-cao/ke-hoach/{official.plan_id}/{world.week.isoformat()}/"
        write("Dựng dữ liệu: 1 xã × 8 thôn × 10 chỉ tiêu = 80 dòng, 12 tuần đã báo cáo")
        with (
            tempfile.TemporaryFile("w+") as log,
            gunicorn(database_url=url, workers=1, log=log) as server,
            sync_playwright() as playwright,
        ):
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                headless=True,
                args=[
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                ],
            )
            try:
                context = browser.new_context(
                    base_url=server.url,
                    service_workers="block",
                    locale="vi-VN",
                    timezone_id="Asia/Ho_Chi_Minh",
                    **PHONE,
                )
                context.set_default_timeout(TIMEOUT_MS)
                page = context.new_page()
                page.goto("/dang-nhap/")
                page.get_by_label("Tên đăng nhập").fill(official.username)
                page.get_by_label("Mật khẩu").fill(world.password)
                page.get_by_role("button", name="Đăng nhập").click()
                page.wait_for_load_state("load")

                cdp = context.new_cdp_session(page)
                cdp.send("Network.enable")
                cdp.send("Network.emulateNetworkConditions", NETWORK)
                traffic = Traffic()
                _watch(cdp, traffic)
                write(
                    f"Mạng giả lập: {KBIT} kbit/s mỗi chiều, trễ {NETWORK['latency']} ms; "
                    f"điện thoại 360 px; trang {entry}"
                )
                cdp.send("Network.clearBrowserCache")
                first = _visit(page, entry, traffic)
                if not page.locator("input[name^=amount_]").count():
                    raise RuntimeError(
                        f"Trang {page.url} không có ô nhập: "
                        + page.locator("main").inner_text()[:500]
                    )
                _print_visit(write, "Lần đầu (chưa có tệp nào trong bộ nhớ đệm)", first)
                repeats = [_visit(page, entry, traffic) for _ in range(runs)]
                _print_visit(write, f"Lần sau (trung vị {runs} lần)", _median(repeats))
                for name in sorted({u for u in traffic.urls}):
                    write(f"    {name.removeprefix(server.url)}")
                saves = [_save(page, traffic, str(n + 1)) for n in range(runs)]
                save = Save(
                    round_trip_ms=statistics.median(s.round_trip_ms for s in saves),
                    sent=int(statistics.median(s.sent for s in saves)),
                    received=int(statistics.median(s.received for s in saves)),
                )
                write(
                    f"“Lưu” (một số, trung vị {runs} lần): {save.round_trip_ms:.0f} ms từ lúc "
                    f"bấm đến lúc nhập được tiếp; gửi {_kb(save.sent)}, nhận {_kb(save.received)}"
                )
                _verdict(write, _median(repeats), save)
            finally:
                browser.close()
                write("Đã dừng gunicorn và xóa cơ sở dữ liệu tạm.")


def _median(visits: list[Visit]) -> Visit:
    return Visit(
        received=int(statistics.median(v.received for v in visits)),
        requests=int(statistics.median(v.requests for v in visits)),
        from_cache=int(statistics.median(v.from_cache for v in visits)),
        can_type_ms=statistics.median(v.can_type_ms for v in visits),
        load_ms=statistics.median(v.load_ms for v in visits),
    )


def _kb(size: int) -> str:
    return f"{size / 1024:.1f} KB"


def _print_visit(write, label: str, visit: Visit) -> None:
    write(
        f"{label}: nhận {_kb(visit.received)} qua mạng, {visit.requests} yêu cầu "
        f"({visit.from_cache} từ bộ nhớ đệm); nhập được sau {visit.can_type_ms:.0f} ms, "
        f"tải xong {visit.load_ms:.0f} ms"
    )


def _verdict(write, repeat: Visit, save: Save) -> None:
    def mark(ok: bool) -> str:
        return "ĐẠT" if ok else "CHƯA ĐẠT"

    write(
        f"Mục tiêu: lần sau ≤ 30 KB: {mark(repeat.received <= 30 * 1024)}; "
        f"nhập được ≤ 3 s: {mark(repeat.can_type_ms <= 3000)}; "
        f"“Lưu” ≤ 3 s: {mark(save.round_trip_ms <= 3000)}."
    )
