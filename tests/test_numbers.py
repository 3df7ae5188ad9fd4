from decimal import Decimal

import pytest
from django import forms
from django.core.exceptions import ValidationError

from ntm.numbers import VietnameseDecimalField, format_number, parse_number


@pytest.mark.parametrize(
    "text,expected",
    [
        ("3.200", "3200"),
        ("0,38", "0.38"),
        ("0.38", "0.38"),  # a phone keypad's dot: never 38
        ("1.234.567", "1234567"),
        ("1.234,5", "1234.5"),
        ("1,234.5", "1234.5"),
        ("883", "883"),
        (" 3 200 ", "3200"),
        ("3\u00a0200", "3200"),
        ("12,25", "12.25"),
        ("0.380", "0.380"),  # a leading zero is no thousands group
        ("-5", "-5"),
        ("+7", "7"),
    ],
)
def test_parse_number_reads_vietnamese_forms(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text", ["", "abc", "3.2.1", "1,2,3", "1.23,4.5", "5m", "=1+2", "1e3", "--5", "NaN"]
)
def test_parse_number_refuses_garbage_in_vietnamese(text):
    with pytest.raises(ValidationError, match="Nhập một số"):
        parse_number(text)


def test_format_number_is_vietnamese():
    assert format_number(Decimal("3200.000")) == "3.200"
    assert format_number(Decimal("0.380")) == "0,38"
    assert format_number(1234567.5) == "1.234.567,5"
    assert format_number(None) == ""


def test_field_round_trips_and_shows_a_phone_keypad():
    field = VietnameseDecimalField(min_value=0)
    assert field.clean("3.200") == Decimal("3200")
    html = field.widget.render("q", Decimal("0.38"))
    assert 'value="0,38"' in html and 'inputmode="decimal"' in html
    with pytest.raises(ValidationError):
        field.clean("-1")


def test_the_hidden_copy_of_what_the_user_saw_reads_back_unchanged():
    """A stored 320,5 comes back from the database as Decimal("320.500"):
    drawn as Python writes it, the hidden copy would read back as 320 500 and
    every untouched row of a saved page would count as changed."""

    class Form(forms.Form):
        amount = VietnameseDecimalField(
            required=False, show_hidden_initial=True, initial=Decimal("320.500")
        )

    html = str(Form()["amount"])
    assert 'name="initial-amount" value="320,5"' in html
    assert 'name="amount" value="320,5"' in html
    posted = Form({"amount": "320,5", "initial-amount": "320,5"})
    assert posted.is_valid() and posted.changed_data == []
    assert Form({"amount": "321", "initial-amount": "320,5"}).changed_data == ["amount"]


@pytest.mark.parametrize("places", [None, 0, 1, 2, 3])
def test_format_number_draws_what_django_draws(places):
    """format_number formats in Python (an entry page draws hundreds): the
    same text as Django's number_format in Vietnamese, cut not rounded."""
    import random

    from django.utils import translation
    from django.utils.formats import number_format

    rng = random.Random(23)
    values = [0, 1, -1, 999, 1000, -1000, 1234567, 10**12]
    values += [Decimal(t) for t in ("0.001", "-0.001", "-0", "0.380", "3200.000")]
    values += [Decimal("1E+3"), Decimal("12.3456"), 0.1, 2.5, 1234567.891]
    values += [
        Decimal(rng.randrange(-(10**14), 10**14)).scaleb(-rng.randrange(0, 4))
        for _ in range(400)
    ]
    # Whole numbers as the database gives them ("80.000"), drawn as ints.
    values += [
        Decimal(rng.randrange(-(10**11), 10**11)).quantize(Decimal("0.001"))
        for _ in range(100)
    ]
    values += [Decimal("-0.000"), Decimal("5E+2"), Decimal("1000000.0")]
    with translation.override("vi"):
        for value in values:
            number = Decimal(str(value))
            if places is None:
                number = number.normalize()
                shown = max(0, -number.as_tuple().exponent)
            else:
                shown = places
            expected = number_format(
                number, decimal_pos=shown, use_l10n=True, force_grouping=True
            )
            assert format_number(value, places) == expected, value
