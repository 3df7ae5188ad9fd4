"""Login lockout (django-axes) hooks: the client address and the lockout page.

Axes counts failed logins per username and client address; after
AXES_FAILURE_LIMIT failures that pair is refused for AXES_COOLOFF_TIME, and
each further try while locked starts the cool-off again.
"""

from __future__ import annotations

from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: REMOTE_ADDR, or with PROXY_FORWARDED_FOR on (a
    reverse proxy that appends to X-Forwarded-For) the right-most entry, the
    one our proxy wrote. Entries to its left come from the client and are
    never trusted: anyone can send them to dodge the username+address lock."""
    if settings.PROXY_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        addresses = [part.strip() for part in forwarded.split(",") if part.strip()]
        if addresses:
            return addresses[-1]
    return request.META.get("REMOTE_ADDR")


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict | None = None,
) -> HttpResponse:
    """The Vietnamese lockout page: when the account may try again from this
    device, and whom to ask to unlock it sooner."""
    username = get_client_username(request, credentials) or ""
    cool_off = get_cool_off(request)
    last = AccessAttempt.objects.filter(
        username=username, ip_address=getattr(request, "axes_ip_address", None)
    ).aggregate(last=Max("attempt_time"))["last"]
    retry_at = None
    if cool_off:
        retry_at = timezone.localtime((last or timezone.now()) + cool_off)
    return render(
        request,
        "registration/locked_out.html",
        {
            "username": username,
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "retry_at": retry_at,
            "cool_off_minutes": int(cool_off.total_seconds() // 60)
            if cool_off
            else None,
            "support_contact": settings.SUPPORT_CONTACT,
        },
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
