"""Issue 22, the first day of every role: a demo that lives in the current
week, a home page that says what to do next, and no dead ends.

Each world is built by `loaddemo` at a frozen moment (time_machine), so the
test decides what "today" is: a Thursday in December with this year's plans
running, a Tuesday (the Thursday deadline still ahead) and a day after every
plan has ended. The crawl follows every link the app renders, for every demo
account, and fails on any answer >= 400 it was sent to by the app itself."""

from __future__ import annotations

import datetime
import io
import re
from collections import deque
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from plans.models import Plan
from reports.models import ProgressReport, ReportStatus
from reports.periods import deadline, monday

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
THURSDAY = datetime.datetime(2026, 12, 3, 9, 0, tzinfo=HANOI)
TUESDAY = datetime.datetime(2027, 3, 9, 9, 0, tzinfo=HANOI)
ACCOUNTS = [
    "xa.thuyhung",
    "xa.sonbang",
    "xa.sontrung",
    "thon.thinhbang",
    "tinh.hatinh.duyet",
    "tinh.langson.duyet",
    "huyen.huongson",
    "huyen.caoloc",
    "tinh.langson",
    "tinh.vpdp",
    "quanly.langson",
    "quantri",
]


def load(moment: datetime.datetime) -> None:
    with override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0, stdout=io.StringIO())


def client_for(username: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


# This year's demo plans by number (ntm.demo.live): two on the merged xã Sơn
# Bằng (Hà Tĩnh), one on xã Đồng Đăng (Lạng Sơn).
WAITING, RETURNED, LATE = "21", "22", "23"


def live_reports(year: int) -> dict[str, dict[datetime.date, ProgressReport]]:
    reports: dict[str, dict] = {}
    for report in ProgressReport.objects.filter(plan__year=year).select_related("plan"):
        reports.setdefault(report.plan.number, {})[report.period_start] = report
    return reports


def states(year: int) -> dict:
    return {
        name: {week: (r.status, r.is_late) for week, r in weeks.items()}
        for name, weeks in live_reports(year).items()
    }


@pytest.mark.django_db
def test_demo_lives_in_the_week_it_is_loaded():
    with time_machine.travel(THURSDAY, tick=False):
        load(THURSDAY)
        this_week = monday(THURSDAY.date())
        last_week = this_week - datetime.timedelta(days=7)
        reports = live_reports(2026)
        # Each demo plan runs this year on a commune directly under its
        # province, its past weeks filled in.
        assert set(reports) == {WAITING, RETURNED, LATE}
        for number in reports:
            plan = Plan.objects.get(number=number, year=2026)
            assert plan.area.parent.level == "province"
            assert deadline(plan, this_week) > THURSDAY  # this week is open
        assert reports[WAITING][last_week].status == ReportStatus.SUBMITTED
        assert reports[RETURNED][last_week].status == ReportStatus.RETURNED
        assert reports[RETURNED][last_week].review_comment
        assert reports[LATE][last_week].status == ReportStatus.DRAFT  # late
        everything = [r for weeks in reports.values() for r in weeks.values()]
        assert {r.status for r in everything} >= {"accepted", "returned", "submitted"}
        assert any(r.is_late for r in everything)
        # The seed plans stay as history.
        assert ProgressReport.objects.filter(plan__year=2023).count() == 11
        first = states(2026)
        load(THURSDAY)  # idempotent on the same day
        assert states(2026) == first
        assert ProgressReport.objects.count() == 11 + sum(map(len, first.values()))


@pytest.mark.django_db
def test_demo_of_an_early_week_day_keeps_the_thursday_deadline():
    with time_machine.travel(TUESDAY, tick=False):
        load(TUESDAY)
        plan = Plan.objects.get(number=WAITING, year=2027)
        assert plan.report_weekday == 3
        assert deadline(plan, monday(TUESDAY.date())) > TUESDAY
        # Early in the year: only the weeks since 1 January are reported.
        weeks = live_reports(2027)[WAITING]
        assert min(weeks) >= monday(datetime.date(2027, 1, 1))


@pytest.mark.django_db
def test_home_page_says_what_to_do_next_for_each_role():
    with time_machine.travel(THURSDAY, tick=False):
        load(THURSDAY)
        pages = {name: client_for(name).get("/") for name in ACCOUNTS}
    text = {name: page.content.decode() for name, page in pages.items()}
    assert all(page.status_code == 200 for page in pages.values())
    # Commune official: a returned report first, with the district's comment,
    # then this week's report one tap away, with the time left.
    sontrung = text["xa.sontrung"]
    assert sontrung.index("Báo cáo bị trả lại") < sontrung.index("Báo cáo tuần 30/11")
    assert "Số mét hàng rào xanh của các thôn chưa khớp" in sontrung
    plan = Plan.objects.get(number=WAITING, year=2026)
    assert f'href="/bao-cao/ke-hoach/{plan.pk}/2026-11-30/"' in text["xa.sonbang"]
    assert "còn 3 ngày" in text["xa.sonbang"]
    assert "/2026-11-30/" in text["thon.thinhbang"]
    # Reviewers, now at province level: waiting, late and returned, with links.
    hatinh = text["tinh.hatinh.duyet"]
    assert "Báo cáo chờ duyệt" in hatinh and "Xã Sơn Bằng: tuần 23/11/2026" in hatinh
    assert "Báo cáo đã trả lại, xã chưa nộp lại" in hatinh
    assert "Xã chưa nộp đúng hạn" in text["tinh.langson.duyet"]
    assert "Xã Đồng Đăng: tuần 23/11/2026" in text["tinh.langson.duyet"]
    # The districts of 2021–2025 keep their history and say so.
    for name, district in [
        ("huyen.huongson", "Huyện Hương Sơn"),
        ("huyen.caoloc", "Huyện Cao Lộc"),
    ]:
        assert f"{district} thôi hoạt động từ ngày 30/06/2025" in text[name]
        assert "báo cáo của các xã do tỉnh duyệt" in text[name]
    # Province: the same across its area, and nothing of another province.
    assert "Xã Đồng Đăng: tuần 23/11/2026" in text["tinh.langson"]
    assert "Sơn Bằng" not in text["tinh.langson"].split("Việc cần làm")[1]


# Query counts of the home page, per role (the lists are capped, so these do
# not grow with the number of reports).
HOME_QUERIES = {
    "xa.sonbang": 8,
    "thon.thinhbang": 8,
    "tinh.hatinh.duyet": 13,
    "huyen.huongson": 9,  # history only: its lists are empty
    "tinh.langson": 12,
    "tinh.vpdp": 5,
}


@pytest.mark.django_db
def test_home_page_query_counts_per_role():
    with time_machine.travel(THURSDAY, tick=False):
        load(THURSDAY)
        counts = {}
        for name in HOME_QUERIES:
            client = client_for(name)
            client.get("/")  # session and caches warm
            with CaptureQueriesContext(connection) as queries:
                assert client.get("/").status_code == 200
            counts[name] = len(queries)
    assert counts == HOME_QUERIES


@pytest.mark.django_db
def test_no_dead_ends_in_week_navigation():
    with time_machine.travel(THURSDAY, tick=False):
        load(THURSDAY)
        # The 2023 plan of the old xã Sơn Bằng (merged on 01/07/2025) is
        # history: its official now works for the new commune, the province
        # reads it.
        client = client_for("tinh.hatinh.duyet")
        old = Plan.objects.get(area__name="Sơn Bằng", year=2023, number="01")
        # A plan whose year is over opens its last week.
        response = client.get(f"/bao-cao/ke-hoach/{old.pk}/")
        assert response.status_code == 302
        assert response["Location"].endswith("/2023-12-25/")
        last = client.get(response["Location"]).content.decode()
        assert "Kỳ sau" not in last and "← Kỳ trước" in last
        # An out-of-range week answers 400 with the nearest valid week, not itself.
        response = client.get(f"/bao-cao/ke-hoach/{old.pk}/2026-11-30/")
        assert response.status_code == 400
        html = response.content.decode()
        assert f'href="/bao-cao/ke-hoach/{old.pk}/2023-12-25/"' in html
        assert "/2026-11-30/" not in html
        # This week offers no "Kỳ sau" (it has not begun).
        # Its official, now of the merged commune, reads it too: read only.
        client = client_for("xa.sonbang")
        response = client.get(f"/bao-cao/ke-hoach/{old.pk}/")
        assert response["Location"].endswith("/2023-12-25/")
        last = client.get(response["Location"]).content.decode()
        assert "Kế hoạch của xã cũ (trước sáp nhập) — chỉ xem" in last
        assert "Lưu và nộp" not in last
        assert "Đề nghị cấp trên mở lại" not in last  # a lock is not theirs to lift
        plan = Plan.objects.get(number=WAITING, year=2026)
        html = client.get(f"/bao-cao/ke-hoach/{plan.pk}/2026-11-30/").content.decode()
        assert "Kỳ sau" not in html and "2026-12-07" not in html
        reviewer = client_for("tinh.hatinh.duyet")
        html = reviewer.get("/bao-cao/duyet/").content.decode()
        assert "Tuần sau" not in html
        assert (
            "Tuần sau"
            in reviewer.get("/bao-cao/duyet/?tuan=2026-11-23").content.decode()
        )
    # A village head's plan goals link only to criteria boards they may open
    # (in 2023, when he was the head of the old commune's village).
    with time_machine.travel(datetime.datetime(2023, 12, 20, 9, tzinfo=HANOI)):
        head = client_for("thon.thinhbang")
        html = head.get(f"/ke-hoach/{old.pk}/muc-tieu/").content.decode()
        boards = re.findall(r'href="(/tieu-chi/xa/[^"]+)"', html)
        assert boards  # their own village's
        for board in boards:
            assert head.get(board.replace("&amp;", "&")).status_code == 200, board


@pytest.mark.django_db
@override_settings(DEBUG=False)
@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/khong-co-trang-nay/", 404, "Không tìm thấy trang"),
        ("/ke-hoach/999999/", 404, "Không tìm thấy trang"),
    ],
)
def test_error_pages_are_vietnamese_with_a_way_back(url, status, words):
    from tests.factories import UserFactory

    client = Client()
    client.force_login(UserFactory())
    response = client.get(url)
    assert response.status_code == status
    html = response.content.decode()
    assert words in html and 'href="/"' in html and 'lang="vi"' in html


@override_settings(DEBUG=False)
def test_400_403_500_pages_are_vietnamese_with_a_way_back(rf):
    from django.core.exceptions import PermissionDenied

    from ntm import urls
    from ntm.errors import bad_request, permission_denied, server_error

    assert urls.handler400 and urls.handler403 and urls.handler500
    request = rf.get("/x/")
    for response, status, words in [
        (bad_request(request, Exception()), 400, "Yêu cầu không hợp lệ"),
        (
            permission_denied(request, PermissionDenied("Chỉ xem")),
            403,
            "Không có quyền",
        ),
        (server_error(request), 500, "Có lỗi trong hệ thống"),
    ]:
        html = response.content.decode()
        assert response.status_code == status
        assert words in html and 'href="/"' in html and 'lang="vi"' in html


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_csrf_failure_is_vietnamese_with_a_way_back():
    from tests.factories import UserFactory

    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory())
    response = client.post("/bao-cao/mo-lai/", {"period": "2026-11-30"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Phiên làm việc đã hết hạn" in html and 'href="/"' in html


HREF = re.compile(r'href="([^"#]+)"')
SKIP = re.compile(
    r"(dang-xuat|logout|/quan-tri/|/static/|/media/|mailto:|tel:|\.(xlsx|pdf|docx)$)"
)
PAGES_PER_ROLE = 60
PER_SHAPE = 3  # pages of one kind (digits blanked) crawled per role


def shape(url: str) -> str:
    """/ke-hoach/12/?tuan=2026-11-30 -> /ke-hoach/N/?tuan: one kind of page."""
    path, _, query = url.partition("?")
    keys = sorted(part.split("=")[0] for part in query.split("&") if part)
    return re.sub(r"\d+", "N", path) + "?" + "&".join(keys)


def crawl(username: str) -> tuple[int, list[str]]:
    """Breadth first from home, GET only, same site, a few pages of each kind;
    the answers >= 400 and the page that linked to each."""
    client = client_for(username)
    seen, queue, bad = set(), deque([("/", "(home)", True)]), []
    shapes: dict[str, int] = {}
    while queue and len(seen) < PAGES_PER_ROLE:
        url, source, always = queue.popleft()
        if url in seen or (not always and shapes.get(shape(url), 0) >= PER_SHAPE):
            continue
        seen.add(url)
        shapes[shape(url)] = shapes.get(shape(url), 0) + 1
        response = client.get(url)
        if response.status_code >= 400:
            bad.append(f"{username}: {response.status_code} {url} (from {source})")
            continue
        location = response.get("Location", "")
        if response.status_code in (301, 302) and location.startswith("/"):
            queue.appendleft((location, url, True))  # where a link really leads
            continue
        if "html" not in response.get("Content-Type", ""):
            continue
        for href in HREF.findall(response.content.decode()):
            href = href.replace("&amp;", "&")
            if href.startswith("?"):
                href = url.split("?")[0] + href
            if href.startswith("/") and not SKIP.search(href):
                queue.append((href, url, False))
    return len(seen), bad


@pytest.mark.django_db
def test_crawl_every_link_for_every_demo_role():
    """One world, crawled on the day it was loaded and again once every plan
    of it has ended (the year over, the demo not reloaded)."""
    with time_machine.travel(THURSDAY, tick=False):
        load(THURSDAY)
    for later, accounts in [
        (datetime.timedelta(0), ACCOUNTS),
        # Once the year is over only the weeks move: those who report and review.
        (datetime.timedelta(days=120), ACCOUNTS[:9]),
    ]:
        with time_machine.travel(THURSDAY + later, tick=False):
            results = {name: crawl(name) for name in accounts}
        bad = [line for _, lines in results.values() for line in lines]
        assert bad == [], later
        assert all(pages >= 10 for pages, _ in results.values()), results
