"""What the phone keeps for offline entry (docs/offline.md).

The page script asks `offline_state` which entry pages to keep (the current
and previous period of each plan whose rows the user enters), who is signed in
(an opaque key, so that a phone never shows or sends one user's copies for
another) and a fresh CSRF token for replaying saves queued offline."""

from __future__ import annotations

import datetime

from django.db.models import Exists, OuterRef
from django.http import HttpRequest, JsonResponse
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.views.decorators.http import require_GET

from plans.models import Plan
from reports.periods import period_bounds, period_check
from villages.models import Area

# A superuser enters every plan: keep a phone's copies to a handful.
MAX_PLANS = 10


def offline_user_key(user) -> str:
    """An opaque, stable key for a signed-in user ("" for anyone else): names
    the phone's copies without revealing the account."""
    if not user.is_authenticated:
        return ""
    return salted_hmac("reports.offline.user", str(user.pk)).hexdigest()[:20]


def offline_entry_pages(*, user, today: datetime.date) -> list[str]:
    """The entry pages worth keeping on `user`'s phone: the current and the
    previous period of each plan in which they write rows."""
    writable = (
        Area.objects.villages()
        .progress_writable_by(user)
        .filter(parent_id=OuterRef("area_id"))
    )
    plans = (
        Plan.objects.for_user(user)
        .filter(Exists(writable))
        .only("pk", "year", "report_period", "final_report_on")
        .order_by("-year", "-pk")[:MAX_PLANS]
    )
    pages = []
    for plan in plans:
        current = period_bounds(plan, today)[0]
        previous = period_bounds(plan, current - datetime.timedelta(days=1))[0]
        for start in (current, previous):
            if period_check(plan, start, today).ok:
                pages.append(
                    reverse(
                        "reports:entry",
                        kwargs={"plan_pk": plan.pk, "period": start.isoformat()},
                    )
                )
    return pages


@require_GET
def offline_state(request: HttpRequest) -> JsonResponse:
    """The signed-in user's key, the pages to keep, and a CSRF token for
    replaying queued saves. A session that expired is sent to the login page
    (LoginRequiredMiddleware), which the script reads as "log in again"."""
    response = JsonResponse(
        {
            "user": offline_user_key(request.user),
            "pages": offline_entry_pages(user=request.user, today=timezone.localdate()),
            "csrf": get_token(request),
        }
    )
    response["Cache-Control"] = "no-store"
    return response
