"""Reading and writing numbers the way Vietnamese officials type them.

Officials write 3.200 (dot groups thousands) and 0,38 (comma is the decimal
mark), but phone keypads and Excel habits also produce 0.38 and 3200. Django's
localized parsing strips every "." as a thousands separator, which turns "0.38"
into 38; this module reads each form by its shape instead and refuses what is
ambiguous, so a quantity is never silently multiplied by a thousand.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError

from ntm import widgets

_SPACES = re.compile(r"[\s\u00a0\u202f]")
_DOT_GROUPS = re.compile(r"^[1-9]\d{0,2}(\.\d{3})+$")  # 3.200  1.234.567
_COMMA_GROUPS = re.compile(r"^[1-9]\d{0,2}(,\d{3})+$")  # 3,200 (English grouping)

INVALID = "Nhập một số, ví dụ 3.200 hoặc 0,38."


def parse_number(text: str) -> Decimal:
    """Return the number in `text`, read as Vietnamese officials write it.

    "3.200" -> 3200, "0,38" -> 0.38, "1.234,5" -> 1234.5, "0.38" -> 0.38.
    Raises ValidationError (in Vietnamese) for anything else.
    """
    value = _SPACES.sub("", str(text))
    sign = ""
    if value[:1] in "+-":
        sign, value = value[:1].replace("+", ""), value[1:]
    if not value:
        raise ValidationError(INVALID, code="invalid")
    if "." in value and "," in value:
        # The last mark is the decimal one: 1.234,5 (Vietnamese) or 1,234.5.
        decimal_mark = "," if value.rfind(",") > value.rfind(".") else "."
        grouping = "." if decimal_mark == "," else ","
        whole, _, fraction = value.rpartition(decimal_mark)
        if not re.fullmatch(rf"[1-9]\d{{0,2}}(\{grouping}\d{{3}})+", whole):
            raise ValidationError(INVALID, code="invalid")
        value = whole.replace(grouping, "") + "." + fraction
    elif "." in value:
        if _DOT_GROUPS.match(value):
            value = value.replace(".", "")
        elif value.count(".") > 1:
            raise ValidationError(INVALID, code="invalid")
    elif "," in value:
        if value.count(",") > 1:
            if not _COMMA_GROUPS.match(value):
                raise ValidationError(INVALID, code="invalid")
            value = value.replace(",", "")
        else:
            value = value.replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?|\.\d+", value):
        raise ValidationError(INVALID, code="invalid")
    try:
        return Decimal(sign + value)
    except InvalidOperation as error:  # pragma: no cover - the regex already guards
        raise ValidationError(INVALID, code="invalid") from error


def format_number(
    value: Decimal | int | float | None, places: int | None = None
) -> str:
    """3200 -> "3.200", Decimal("0.380") -> "0,38": trailing zeros dropped;
    with `places`, cut (not rounded) to that many decimals, as Django's
    number_format cuts them.

    NOTE: performance. The same text as Django's number_format in the
    Vietnamese locale (tests/test_numbers.py compares them), drawn by Python's
    own formatting: an entry page draws a few hundred numbers, and
    number_format's locale lookups were a fifth of drawing its rows."""
    if value is None:
        return ""
    if places is None and type(value) is Decimal and value.is_finite():
        # NOTE: performance: most figures are whole ("80.000" from the
        # database): grouped as an int, a quarter of the general path's time.
        whole = value.to_integral_value()
        if value == whole:
            return f"{int(whole):,}".replace(",", ".")
    value = Decimal(str(value))
    if places is None:
        value = value.normalize()
        places = max(0, -value.as_tuple().exponent)
    elif places < 0:
        places = 0
    value = value.quantize(Decimal(1).scaleb(-places), ROUND_DOWN)
    if not value:
        value = abs(value)  # no "-0": as number_format, which calls it 0
    text = f"{value:,.{places}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


class _VietnameseNumbers:
    def format_value(self, value):
        if isinstance(value, Decimal | int | float):
            return format_number(value)
        return super().format_value(value)


class NumberInput(_VietnameseNumbers, widgets.TextInput):
    """A text input with the phone's decimal keypad that shows 3.200 / 0,38."""

    input_type = "text"

    def __init__(self, attrs=None):
        super().__init__(
            {"inputmode": "decimal", "autocomplete": "off", **(attrs or {})}
        )


class HiddenNumberInput(_VietnameseNumbers, widgets.HiddenInput):
    """The hidden copy of the number the user saw, written as the field reads
    it back: 320,5, not Python's "320.500" (which reads as 320 500)."""


class VietnameseDecimalField(forms.DecimalField):
    """A DecimalField that reads "3.200" as 3200 and "0,38" as 0.38."""

    widget = NumberInput
    hidden_widget = HiddenNumberInput
    default_error_messages = {"invalid": INVALID}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        return parse_number(value)

    def validate(self, value):
        super(forms.DecimalField, self).validate(value)
        if value is not None and not value.is_finite():
            raise ValidationError(INVALID, code="invalid")
