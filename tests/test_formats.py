"""Vietnamese number and date formats on pages and in forms."""

import datetime
from decimal import Decimal

from django import forms
from django.template import Context, Template
from django.utils import timezone


def render(source: str, **context) -> str:
    return Template("{% load l10n humanize %}" + source).render(Context(context))


def test_numbers_use_dot_for_thousands_and_comma_for_decimals():
    assert render("{{ n }}", n=3200) == "3.200"
    assert render("{{ n }}", n=Decimal("0.38")) == "0,38"
    assert render("{{ n|floatformat:1 }}", n=85.5) == "85,5"
    assert render("{{ n }}", n=Decimal("1234567.5")) == "1.234.567,5"


def test_dates_are_dd_mm_yyyy_in_local_time():
    assert (
        render("{{ d|date:'SHORT_DATE_FORMAT' }}", d=datetime.date(2023, 2, 5))
        == "05/02/2023"
    )
    assert render("{{ d }}", d=datetime.date(2023, 2, 5)) == "05/02/2023"
    # 07:30 UTC on a Thursday is 14:30 in Hà Nội: the weekly deadline of seed 003.
    moment = datetime.datetime(2023, 3, 16, 7, 30, tzinfo=datetime.UTC)
    assert render("{{ t }}", t=timezone.localtime(moment)) == "14:30 16/03/2023"


def test_forms_read_dd_mm_yyyy():
    field = forms.DateField()
    assert field.clean("15/12/2023") == datetime.date(2023, 12, 15)
    assert field.clean("2023-12-15") == datetime.date(2023, 12, 15)
