"""What the people do: in the morning everyone logs in (officials open this
week's page, district staff their dashboard); then, to know what the server
can answer at best, the officials ask for the cheapest page behind the login
for a few seconds (the floor); in the last minutes before the
deadline the officials arrive at random (Poisson, `rate` a second), each
reloads the page, types a figure into every row and presses "Lưu và nộp"
(save and submit in one), while the district staff refresh the district
dashboard every `refresh` seconds. Some officials' network is weak: their
browser sends the same form twice at once. Last, every official's phone
replays its queued save twice, as the offline queue does when an answer was
lost: the same form body, with the same page key."""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from dataclasses import dataclass, field
from decimal import Decimal

import aiohttp

from ntm.perf.loadtest.browser import Browser, Form, Recorder, parse_forms
from ntm.perf.loadtest.world import Official, Sent, World

MORNING = "Buổi sáng: đăng nhập"
FLOOR = "Sàn: trang rẻ nhất sau đăng nhập"
DEADLINE = "Phút chót trước hạn"
REPLAY = "Gửi lại bản lưu chờ mạng"

LOGIN_PAGE = "Trang đăng nhập"
LOGIN = "Đăng nhập (POST)"
HOME = "Trang chủ"
CURRENT = "Kỳ hiện tại (chuyển hướng)"
ENTRY = "Trang nhập kết quả"
SUBMIT = "Lưu và nộp (POST)"
SUBMIT_AGAIN = "Lưu và nộp, gửi lặp (POST)"
DASHBOARD = "Bảng tổng hợp huyện"
REPLAYED = "Gửi lại bản lưu (POST)"

# What an official types, by village target: Vietnamese numbers, with
# thousands dots and decimal commas, and notes with diacritics.
AMOUNTS = [
    ("3", Decimal(3)),
    ("12", Decimal(12)),
    ("2,5", Decimal("2.5")),
    ("1.200", Decimal(1200)),
    ("0,38", Decimal("0.38")),
    ("40", Decimal(40)),
    ("7", Decimal(7)),
]
NOTE = "Đã bê tông hóa 120 m; còn vướng giải phóng mặt bằng ở đoạn đầu thôn."
SUMMARY = "Tuần này các thôn ra quân làm đường, trồng hàng rào xanh, thu gom rác."
SUBMITTED_BADGE = 'text-bg-primary">Đã nộp</span>'


def entry_url(world: World, official: Official) -> str:
    return f"/bao-cao/ke-hoach/{official.plan_id}/{world.week.isoformat()}/"


def current_url(official: Official) -> str:
    """The plan's "this week" link: a redirect to the week's page, after one
    query (the plan, in the user's scope): the cheapest page behind the login."""
    return f"/bao-cao/ke-hoach/{official.plan_id}/"


def dashboard_url(world: World) -> str:
    return f"/bao-cao/tong-quan/huyen/{world.district_id}/"


def typed(form: Form) -> tuple[dict[str, str], dict, dict[str, str]]:
    """What the official types into the entry form: a figure in every row,
    a note in every fourth, the week's summary. Returns (fields typed, the
    entries they mean, the report's text)."""
    values, entries = {}, {}
    for name in form.names():
        kind, _, pk = name.partition("_")
        if not pk.isdigit() or kind not in {"amount", "done"}:
            continue
        pk = int(pk)
        note = NOTE if pk % 4 == 0 else ""
        values[f"note_{pk}"] = note
        if kind == "amount":
            text, amount = AMOUNTS[pk % len(AMOUNTS)]
            values[name] = text
            entries[pk] = (amount, None, note)
        else:
            values[name] = "yes" if pk % 2 else "no"
            entries[pk] = (None, bool(pk % 2), note)
    values["summary"] = SUMMARY
    return values, entries, {"summary": SUMMARY}


async def log_in(browser: Browser, phase: str, username: str, password: str) -> bool:
    page = await browser.get(phase, LOGIN_PAGE, "/dang-nhap/")
    if page is None:
        return False
    await browser.statics(phase, page)
    form = next(
        (f for f in parse_forms(page.text, page.url) if "username" in f.names()), None
    )
    if form is None:
        browser.recorder.fail(f"{username}: trang đăng nhập không có biểu mẫu.")
        return False
    done = await browser.post(
        phase, LOGIN, form, form.filled({"username": username, "password": password})
    )
    if done is None:
        return False
    return await browser.follow(phase, HOME, done) is not None


async def _twice(coroutine_factory, again: bool):
    """Send once, or (a weak network's retry) twice at the same moment."""
    if not again:
        return await coroutine_factory(False)
    first, second = await asyncio.gather(
        coroutine_factory(False), coroutine_factory(True)
    )
    return first if first is not None and second is not None else None


@dataclass
class Queued:
    """A save as the offline queue keeps it: the form's body, page key included."""

    official: Official
    browser: Browser
    form: Form
    fields: list
    action: str


@dataclass
class Outcome:
    sent: list[Sent] = field(default_factory=list)
    queued: list[Queued] = field(default_factory=list)
    # when each unit of the phase ended: a login, a floor request, a submission
    finished_at: list[float] = field(default_factory=list)
    started_at: float = 0.0
    ended_at: float = 0.0
    # CPU seconds this process (the client) used in the phase: it shares the
    # machine with the server, so it is printed beside the wall time.
    client_cpu: float = field(default_factory=time.process_time)
    timed_out: bool = False

    @property
    def seconds(self) -> float:
        return self.ended_at - self.started_at


async def submit_week(
    browser: Browser, world: World, official: Official, *, weak: bool, outcome: Outcome
) -> None:
    """Reload the week's page, type every row, press "Lưu và nộp"."""
    page = await browser.get(DEADLINE, ENTRY, entry_url(world, official))
    if page is None:
        return
    entry = next((f for f in parse_forms(page.text, page.url) if f.multipart), None)
    submit = next(
        (a for a in (entry.button_actions if entry else []) if a.endswith("/nop/")),
        None,
    )
    if entry is None or submit is None:
        browser.recorder.fail(
            f"{official.username}: trang không có biểu mẫu nhập với nút “Lưu và nộp”."
        )
        return
    values, entries, report_fields = typed(entry)
    fields = entry.filled(values)

    def send(again: bool):
        return browser.post(
            DEADLINE, SUBMIT_AGAIN if again else SUBMIT, entry, fields, action=submit
        )

    submitted = await _twice(send, weak)
    if submitted is None:
        return
    outcome.finished_at.append(time.perf_counter())
    after = await browser.follow(DEADLINE, ENTRY, submitted)
    if after is None:
        return
    if SUBMITTED_BADGE not in after.text:
        browser.recorder.fail(
            f"{official.username}: nộp xong mà trang không ghi “Đã nộp”.",
        )
        return
    outcome.sent.append(
        Sent(official.username, official.plan_id, entries, report_fields)
    )
    outcome.queued.append(Queued(official, browser, entry, fields, submit))


async def refresh_dashboard(
    browser: Browser, url: str, *, every: float, stop: asyncio.Event, rng: random.Random
) -> None:
    """Reload the district dashboard every `every` seconds until `stop`."""
    await _pause(stop, rng.uniform(0, every))
    while not stop.is_set():
        started = time.perf_counter()
        await browser.get(DEADLINE, DASHBOARD, url)
        await _pause(stop, every - (time.perf_counter() - started))


async def _pause(stop: asyncio.Event, seconds: float) -> None:
    """Sleep `seconds`, or less if `stop` is set meanwhile."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=max(seconds, 0))


@dataclass
class Settings:
    rate: float  # officials arriving per second in the last minutes
    refresh: float  # seconds between two reloads of a dashboard
    weak: float  # share of officials whose browser sends everything twice
    floor: float  # seconds of the floor phase; 0: none
    login_concurrency: int
    timeout: float  # cap on each phase, seconds
    seed: int


class Crowd:
    """The browsers of every official and district reviewer, one event loop."""

    def __init__(self, world: World, settings: Settings):
        self.world, self.settings = world, settings
        self.recorder = Recorder()
        self.rng = random.Random(settings.seed)
        self.officials: list[tuple[Official, Browser]] = []
        self.reviewers: list[tuple[str, Browser]] = []

    async def open(self, base: str, *, request_timeout: float = 60) -> None:
        """The browsers, in the running event loop; one connection per request
        (gunicorn's sync workers close each one, as behind nginx)."""
        self.connector = aiohttp.TCPConnector(limit=0, force_close=True)

        def browser() -> Browser:
            return Browser(base, self.connector, self.recorder, timeout=request_timeout)

        self.officials = [(o, browser()) for o in self.world.officials]
        self.reviewers = [(r, browser()) for r in self.world.reviewers]

    async def close(self, *, grace: float = 10) -> None:
        """Close every browser; after a Ctrl-C, first cancel what was under
        way, waiting at most `grace` seconds for it to end."""
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in others:
            task.cancel()
        if others:
            await asyncio.wait(others, timeout=grace)
        for _, browser in self.officials + self.reviewers:
            await browser.close()
        await self.connector.close()

    async def morning(self, started=None) -> Outcome:
        """Everyone logs in, `login_concurrency` at a time; officials then open
        this week's page, district staff the dashboard. `started()` is called
        once, when the first person is signed in."""
        outcome = Outcome(started_at=time.perf_counter())
        gate = asyncio.Semaphore(self.settings.login_concurrency)
        world = self.world
        first = [started] if started else []

        async def one(name: str, browser: Browser, kind: str, url: str) -> None:
            async with gate:
                if await log_in(browser, MORNING, name, world.password):
                    if first:
                        first.pop()()
                    page = await browser.get(MORNING, kind, url)
                    if page is not None:
                        await browser.statics(MORNING, page)
                    outcome.finished_at.append(time.perf_counter())

        jobs = [
            one(o.username, b, ENTRY, entry_url(world, o)) for o, b in self.officials
        ]
        jobs += [one(r, b, DASHBOARD, dashboard_url(world)) for r, b in self.reviewers]
        await self._bounded(asyncio.gather(*jobs), outcome)
        return outcome

    async def floor(self) -> Outcome:
        """Every official asks for the cheapest page behind the login, again
        and again, for `floor` seconds: the session, the user, one query and
        a redirect, all a submission's requests pay before drawing or saving
        anything. Its rate bounds any logged-in page on this server. Only a
        redirect to this week's page counts: one to the login page (a lost
        session) would measure a cheaper request."""
        outcome = Outcome(started_at=time.perf_counter())
        end = outcome.started_at + self.settings.floor
        world = self.world

        async def ask(official: Official, browser: Browser) -> None:
            week = browser.base + entry_url(world, official)
            while time.perf_counter() < end:
                page = await browser.get(
                    FLOOR, CURRENT, current_url(official), expect=302
                )
                if page is None:
                    continue
                if page.location != week:
                    browser.recorder.fail(
                        f"{official.username}: “kỳ hiện tại” chuyển tới "
                        f"{page.location}, không phải {week}."
                    )
                    return
                outcome.finished_at.append(time.perf_counter())

        await self._bounded(
            asyncio.gather(*(ask(o, b) for o, b in self.officials)), outcome
        )
        return outcome

    async def deadline(self) -> Outcome:
        """The officials arrive and submit while the dashboards refresh."""
        outcome = Outcome(started_at=time.perf_counter())
        stop = asyncio.Event()
        rng, world = self.rng, self.world
        dashboards = [
            asyncio.create_task(
                refresh_dashboard(
                    b,
                    dashboard_url(world),
                    every=self.settings.refresh,
                    stop=stop,
                    rng=rng,
                )
            )
            for _, b in self.reviewers
        ]
        arrivals = list(self.officials)
        rng.shuffle(arrivals)

        async def arrive(at: float, official: Official, browser: Browser, weak: bool):
            await asyncio.sleep(at)
            await submit_week(browser, world, official, weak=weak, outcome=outcome)

        # Drawn up front, so that --seed fixes who comes when and whose network
        # is weak, whatever the server's speed.
        at, jobs = 0.0, []
        for official, browser in arrivals:
            at += rng.expovariate(self.settings.rate)
            weak = rng.random() < self.settings.weak
            jobs.append(arrive(at, official, browser, weak))
        try:
            await self._bounded(asyncio.gather(*jobs), outcome)
        except asyncio.CancelledError:
            # Ctrl-C: the reloads under way are not waited for.
            for task in dashboards:
                task.cancel()
            raise
        finally:
            stop.set()
            await asyncio.gather(*dashboards, return_exceptions=True)
        return outcome

    async def replay(self, queued: list[Queued]) -> Outcome:
        """Each official's phone sends its queued save again, twice, one after
        the other (the offline queue replays in order): the same body, page
        key included. Each copy must be answered with the redirect back to the
        week's page (stored), and write nothing (`verify` counts the history)."""
        outcome = Outcome(started_at=time.perf_counter())
        world = self.world

        async def twice(item: Queued) -> None:
            week = item.browser.base + entry_url(world, item.official)
            for _ in range(2):
                answer = await item.browser.post(
                    REPLAY, REPLAYED, item.form, item.fields, action=item.action
                )
                if answer is None:
                    return
                if answer.location != week:
                    item.browser.recorder.fail(
                        f"{item.official.username}: bản gửi lại chuyển tới "
                        f"{answer.location}, không phải {week}."
                    )
                    return
                outcome.finished_at.append(time.perf_counter())

        await self._bounded(asyncio.gather(*(twice(q) for q in queued)), outcome)
        return outcome

    async def _bounded(self, work, outcome: Outcome) -> None:
        try:
            async with asyncio.timeout(self.settings.timeout):
                await work
        except TimeoutError:
            outcome.timed_out = True
        outcome.ended_at = time.perf_counter()
        outcome.client_cpu = time.process_time() - outcome.client_cpu
