"""The live server the journeys run against: requests that arrive together
each keep their own transaction, and on SQLite's shared in-memory connection
they are answered one at a time (conftest.OneRequestAtATime)."""

from __future__ import annotations

import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.auth.decorators import login_not_required
from django.db import connection, transaction
from django.http import HttpResponse
from django.urls import path

pytestmark = pytest.mark.e2e

_inside = 0
_most_inside = 0
_count = threading.Lock()


@login_not_required
def _atomic_view(request):
    """Holds a transaction open `hold` seconds, then says whether it was still
    its own (another request's commit turns autocommit back on under it)."""
    global _inside, _most_inside
    with transaction.atomic():
        with _count:
            _inside += 1
            _most_inside = max(_most_inside, _inside)
        time.sleep(float(request.GET["hold"]))
        own = not connection.get_autocommit()
        with _count:
            _inside -= 1
    return HttpResponse("own" if own else "lost", content_type="text/plain")


urlpatterns = [path("atomic/", _atomic_view)]


def test_requests_that_arrive_together_keep_their_own_transaction(
    live_server, settings
):
    global _most_inside
    settings.ROOT_URLCONF = __name__
    _most_inside = 0

    def get(hold):
        url = f"{live_server.url}/atomic/?hold={hold}"
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.read().decode()

    # The first to finish commits while the others still hold theirs open.
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(get, [0.1, 0.4, 0.7, 1.0]))

    assert answers == ["own"] * 4
    if connection.vendor == "sqlite":
        # One connection for every thread: two transactions on it at once
        # share one transaction state, so one request at a time.
        assert _most_inside == 1
