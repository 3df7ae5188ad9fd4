"""Form widgets drawn in Python, with the same HTML as Django's own.

Django draws every widget through its template engine: about 0.3 ms each. The
weekly entry page has six widgets a row (the value, the note, each with its
hidden copy of what the user saw, the version and the photos) and up to
hundreds of rows, so on a deadline afternoon its widgets cost more than all
the rest of the request. These draw the same markup with f-strings; a test
(tests/test_widgets.py) holds them to Django's templates byte for byte.
"""

from __future__ import annotations

import html

from django import forms
from django.utils.safestring import SafeString, mark_safe


def escape_html(value) -> str:
    """conditional_escape without its lazy-string wrapper (a third of these
    widgets' time): what is already safe stays as it is. Public: the entry
    cards (reports/templatetags/entry_tags.py) draw their text with it too."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


def _attrs(attrs: dict) -> str:
    """As django/forms/widgets/attrs.html: False left out, True a bare name."""
    parts = []
    for name, value in attrs.items():
        if value is True:
            parts.append(f" {name}")
        elif value is not False:
            # A plain str (most values) escaped without escape_html's test.
            shown = html.escape(value) if type(value) is str else escape_html(value)
            parts.append(f' {name}="{shown}"')
    return "".join(parts)


class FastInput:
    """For a forms.Input subclass: django/forms/widgets/input.html."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        cls = type(self)
        if (
            cls.get_context is forms.widgets.Input.get_context
            and cls.build_attrs is forms.widgets.Widget.build_attrs
        ):
            # NOTE: performance: what Input.get_context would put in the
            # context, without building it (a page draws hundreds of these).
            value = self.format_value(value)
            merged = {**self.attrs, **attrs} if attrs else self.attrs
            kind = self.input_type
        else:
            widget = self.get_context(name, value, attrs)["widget"]
            value, merged, kind = widget["value"], widget["attrs"], widget["type"]
        return _input(kind, name, value, merged)


def _input(kind, name, value, attrs: dict) -> SafeString:
    """django/forms/widgets/input.html with its context's type, name, value
    and attrs."""
    shown = "" if value is None else f' value="{escape_html(value)}"'
    # SafeString, not mark_safe: its lazy-string wrapper is a fifth of this.
    return SafeString(
        f'<input type="{escape_html(kind)}" name="{escape_html(name)}"'
        f"{shown}{_attrs(attrs)}>"
    )


class InputParts:
    """What of a widget's input.html does not change from one drawing to the
    next (its type and attributes), for widgets that draw many fields with
    only the name, value and id changing (the entry page's row fields:
    reports/forms.py `RowField`). `input_parts` says whether a widget is one."""

    __slots__ = ("start", "attrs", "format_value", "unusable")

    def __init__(self, kind, attrs: dict, format_value, unusable=None):
        self.start = f'<input type="{escape_html(kind)}" name="'
        self.attrs = _attrs(attrs)
        self.format_value, self.unusable = format_value, unusable


def input_parts(widget) -> InputParts | None:
    """`widget`'s fixed parts when `input_from_parts` draws it as its
    `render(name, value, {"id": …})` would; None when it cannot (a widget
    with its own id or its own context, a select, a textarea)."""
    cls = type(widget)
    if "id" in widget.attrs or cls.build_attrs is not forms.widgets.Widget.build_attrs:
        return None
    if isinstance(widget, FastInput) and (
        cls.get_context is forms.widgets.Input.get_context
    ):
        return InputParts(widget.input_type, widget.attrs, widget.format_value)
    if isinstance(widget, FileInput) and (
        cls.get_context is forms.ClearableFileInput.get_context
    ):
        # FileInput.render's fast path: no file on record, nothing checked
        # ("disabled" and "checked" added after the id, False: left out).
        return InputParts(
            widget.input_type,
            widget.attrs,
            widget.format_value,
            unusable=lambda value: widget.is_initial(value) or widget.checked,
        )
    return None


def input_from_parts(parts: InputParts, name: str, value, auto_id: str) -> str | None:
    """An input drawn from its fixed parts (None: `render` must draw this
    value). The name and id are the form's own (letters, digits, "_" and
    "-"), so not escaped."""
    if parts.unusable is not None and parts.unusable(value):
        return None
    value = parts.format_value(value)
    shown = "" if value is None else f' value="{escape_html(value)}"'
    return f'{parts.start}{name}"{shown}{parts.attrs} id="{auto_id}">'


class TextInput(FastInput, forms.TextInput):
    pass


class HiddenInput(FastInput, forms.HiddenInput):
    pass


class DateInput(FastInput, forms.DateInput):
    pass


class NumberInput(FastInput, forms.NumberInput):
    pass


class Textarea(forms.Textarea):
    """django/forms/widgets/textarea.html."""

    def render(self, name, value, attrs=None, renderer=None) -> SafeString:
        widget = self.get_context(name, value, attrs)["widget"]
        shown = escape_html(widget["value"]) if widget["value"] else ""
        return mark_safe(
            f'<textarea name="{escape_html(widget["name"])}"{_attrs(widget["attrs"])}>'
            f"\n{shown}</textarea>"
        )


class FileInput(forms.ClearableFileInput):
    """A file input with no file on record yet, drawn as an input; with one,
    Django's template (the "clear" box and the link)."""

    def render(self, name, value, attrs=None, renderer=None):
        if self.is_initial(value):
            return super().render(name, value, attrs, renderer)
        cls = type(self)
        if (
            cls.get_context is forms.ClearableFileInput.get_context
            and cls.build_attrs is forms.widgets.Widget.build_attrs
        ):
            # NOTE: performance: what ClearableFileInput.get_context gives
            # input.html with no file on record (no value; the "clear" box's
            # names unused), without building it: a page has one a row.
            merged = {**self.attrs, **attrs} if attrs else {**self.attrs}
            merged.setdefault("disabled", False)
            merged["checked"] = self.checked
            return _input(self.input_type, name, self.format_value(value), merged)
        return FastInput.render(self, name, value, attrs, renderer)


class Select(forms.Select):
    """django/forms/widgets/select.html; with option groups, Django's template."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        if any(group_name for group_name, _, _ in widget["optgroups"]):
            return super().render(name, value, attrs, renderer)
        options = "".join(
            f'\n  <option value="{escape_html(option["value"])}"{_attrs(option["attrs"])}>'
            f"{escape_html(option['label'])}</option>\n"
            for _, choices, _ in widget["optgroups"]
            for option in choices
        )
        return mark_safe(
            f'<select name="{escape_html(widget["name"])}"{_attrs(widget["attrs"])}>'
            f"{options}\n</select>"
        )


class FastHiddenInitial:
    """For a form field with show_hidden_initial: its hidden copy of the
    value the user saw is drawn fast too (as VietnameseDecimalField's)."""

    hidden_widget = HiddenInput
