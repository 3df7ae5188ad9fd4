"""The home page: each membership's card (its area, the criteria sets in force
there) and what to do next across plans and weekly reports. It reads every
floor, so it lives on the top one."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from criteria.selectors import home_cards
from reports.next_steps import next_steps
from villages import selectors


def home(request: HttpRequest) -> HttpResponse:
    cards = home_cards(user=request.user)
    roles = {card.membership.role for card in cards}
    return render(
        request,
        "villages/home.html",
        {
            "cards": cards,
            "scope": selectors.scope_summary(user=request.user),
            "steps": next_steps(user=request.user, roles=roles, now=timezone.now()),
            "today": timezone.localdate(),
        },
    )
