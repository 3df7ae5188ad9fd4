"""Form fields and widgets shared by every app's forms."""

from __future__ import annotations

from django import forms

from ntm import widgets

# A date typed as a Vietnamese document writes it (05/02/2023), with the
# numeric keyboard on a phone.
DATE_WIDGET = forms.DateInput(
    format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric"}
)


class MultipleFileInput(widgets.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several photos in one input; each is checked by ntm.photos."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget",
            MultipleFileInput(
                attrs={
                    "accept": "image/jpeg,image/png,image/webp",
                    "class": "form-control",
                }
            ),
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


def check_date_range(form: forms.Form, data: dict) -> None:
    """A start and end date (`starts_on`, `ends_on`): the end never before the
    start, said on the end's field."""
    starts, ends = data.get("starts_on"), data.get("ends_on")
    if starts and ends and ends < starts:
        form.add_error("ends_on", "Ngày kết thúc không được trước ngày bắt đầu.")
