import functools
from pathlib import Path

from django.contrib.auth.decorators import login_not_required
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from villages import selectors, village_entry
from villages.models import Area, AreaLevel


def area_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "villages/area_list.html",
        {"areas": selectors.area_list(user=request.user)},
    )


def area_detail(request: HttpRequest, pk: int) -> HttpResponse:
    detail = selectors.area_detail(user=request.user, pk=pk)
    enters_villages = (
        detail.area.level != AreaLevel.VILLAGE
        and village_entry.villages_scope(request.user).filter(pk=pk).exists()
    )
    # A merged commune names all its former communes, but links only those the
    # user may open (an official of one of them does not see the other).
    openable = (
        set(
            Area.objects.for_user(request.user)
            .filter(succeeded_by__in=detail.formed_by)
            .values_list("pk", flat=True)
        )
        if detail.formed_by
        else set()
    )
    return render(
        request,
        "villages/area_detail.html",
        {
            "detail": detail,
            "enters_villages": enters_villages,
            "openable": openable,
        },
    )


@login_not_required
def healthz(request: HttpRequest) -> HttpResponse:
    """For the reverse proxy and uptime checks: no database, no login."""
    return HttpResponse("ok", content_type="text/plain")


@functools.cache
def _favicon_bytes() -> bytes:
    # The same icon as base.html's favicon.svg, for the browsers, bookmarks and
    # tools that ask for /favicon.ico by themselves (drawn from the SVG once).
    return Path(finders.find("img/favicon.ico")).read_bytes()


@login_not_required
def favicon(request: HttpRequest) -> HttpResponse:
    """/favicon.ico: browsers ask for it on every site, signed in or not."""
    response = HttpResponse(_favicon_bytes(), content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=604800"
    return response
