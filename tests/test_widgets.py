"""The fast widgets of ntm/widgets.py draw exactly what Django's templates draw."""

import datetime
from decimal import Decimal

import pytest
from django import forms
from django.utils.safestring import mark_safe

from ntm import widgets
from ntm.forms import MultipleFileInput
from ntm.numbers import HiddenNumberInput, NumberInput

HOSTILE = '<script>alert("x")</script> & \'=1+1 \u202eabc'
VALUES = [
    None,
    "",
    "Thôn Cồn Tòng",
    HOSTILE,
    0,
    1250,
    "Hoa\u0300",
    mark_safe("<b>&amp;</b>"),
]
ATTRS = [
    {},
    {"class": "form-control", "placeholder": "Ghi chú (không bắt buộc)"},
    {"required": True, "disabled": False, "data-x": '"<>&'},
    {"id": "id_note_1", "maxlength": 500, "aria-describedby": "help_1"},
]


@pytest.mark.parametrize(
    "fast,stock",
    [
        (widgets.TextInput, forms.TextInput),
        (widgets.HiddenInput, forms.HiddenInput),
        (widgets.NumberInput, forms.NumberInput),
        (widgets.Textarea, forms.Textarea),
    ],
)
@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("attrs", ATTRS)
def test_inputs_match_django(fast, stock, value, attrs):
    assert fast(attrs).render("note_1", value) == stock(attrs).render("note_1", value)


@pytest.mark.parametrize(
    "value", [None, "", datetime.date(2026, 3, 5), "05/03/2026", "không phải ngày"]
)
@pytest.mark.parametrize("attrs", ATTRS)
def test_date_inputs_match_django(value, attrs):
    for format in (None, "%d/%m/%Y"):
        fast = widgets.DateInput(attrs, format=format).render("done_on_1", value)
        assert fast == forms.DateInput(attrs, format=format).render("done_on_1", value)


@pytest.mark.parametrize("attrs", ATTRS)
def test_render_time_attrs_are_merged_as_django_does(attrs):
    extra = {"id": "id_other", "autofocus": True}
    assert widgets.TextInput(attrs).render("n", "v", attrs=extra) == forms.TextInput(
        attrs
    ).render("n", "v", attrs=extra)


@pytest.mark.parametrize("value", [None, Decimal("320.500"), Decimal("0"), "1.250"])
def test_number_inputs_match_a_stock_widget_given_the_same_text(value):
    """NumberInput and its hidden copy only change how a number is written."""
    written = NumberInput().format_value(value)
    assert NumberInput({"class": "x"}).render("amount_1", value) == (
        forms.TextInput(
            {"inputmode": "decimal", "autocomplete": "off", "class": "x"}
        ).render("amount_1", written)
    )
    assert HiddenNumberInput().render("initial-amount_1", value) == (
        forms.HiddenInput().render("initial-amount_1", written)
    )


class Multiple(widgets.FileInput):
    allow_multiple_selected = True


class StockMultiple(forms.ClearableFileInput):
    allow_multiple_selected = True


@pytest.mark.parametrize(
    "fast,stock",
    [(widgets.FileInput, forms.ClearableFileInput), (Multiple, StockMultiple)],
)
@pytest.mark.parametrize("attrs", ATTRS[:3] + [{"accept": "image/*"}])
def test_file_inputs_match_django(fast, stock, attrs):
    assert fast(attrs).render("photos_1", None) == stock(attrs).render("photos_1", None)


@pytest.mark.parametrize("checked", [False, True])
@pytest.mark.parametrize(
    "extra", [None, {"id": "id_photos_1"}, {"disabled": True, "class": "x"}]
)
def test_file_inputs_with_render_attrs_match_django(extra, checked):
    """Render-time attrs merged, and the "clear" state (`checked`) carried
    into the attrs as ClearableFileInput.get_context does."""
    for fast, stock in (
        (widgets.FileInput, forms.ClearableFileInput),
        (Multiple, StockMultiple),
    ):
        drawn, expected = (
            fast({"class": "form-control"}),
            stock({"class": "form-control"}),
        )
        drawn.checked = expected.checked = checked
        assert drawn.render("photos_1", None, extra) == expected.render(
            "photos_1", None, extra
        )


def test_a_file_on_record_is_drawn_by_django_with_its_clear_box():
    class Stored:
        url = "/media/anh.jpg"

        def __str__(self):
            return "anh.jpg"

    html = widgets.FileInput().render("photo", Stored())
    assert html == forms.ClearableFileInput().render("photo", Stored())
    assert 'href="/media/anh.jpg"' in html


CHOICES = [("", "–"), ("yes", "Đã xong"), ("no", "Chưa xong"), ("<&>", HOSTILE)]


@pytest.mark.parametrize("value", [None, "", "yes", "no", "<&>", "missing"])
@pytest.mark.parametrize("attrs", ATTRS)
def test_select_matches_django(value, attrs):
    assert widgets.Select(attrs, choices=CHOICES).render("done_1", value) == (
        forms.Select(attrs, choices=CHOICES).render("done_1", value)
    )


def test_select_with_option_groups_is_drawn_by_django():
    grouped = [("Nhóm", [("a", "A"), ("b", "B")]), ("c", "C")]
    assert widgets.Select(choices=grouped).render("g", "b") == forms.Select(
        choices=grouped
    ).render("g", "b")


def test_fast_hidden_initial_draws_the_same_form():
    class FastCharField(widgets.FastHiddenInitial, forms.CharField):
        pass

    def field(fast):
        make = widgets if fast else forms
        return (FastCharField if fast else forms.CharField)(
            required=False,
            initial=HOSTILE,
            show_hidden_initial=True,
            widget=make.TextInput(attrs={"class": "form-control"}),
        )

    class Fast(forms.Form):
        note = field(True)

    class Stock(forms.Form):
        note = field(False)

    assert str(Fast()["note"]) == str(Stock()["note"])
    data = {"note": "Sửa", "initial-note": HOSTILE}
    assert str(Fast(data)["note"]) == str(Stock(data)["note"])
    assert Fast(data).changed_data == Stock(data).changed_data == ["note"]


@pytest.mark.parametrize(
    "fast,stock",
    [
        (widgets.TextInput, forms.TextInput),
        (widgets.HiddenInput, forms.HiddenInput),
        (widgets.NumberInput, forms.NumberInput),
        (widgets.DateInput, forms.DateInput),
        (
            lambda attrs: widgets.DateInput(attrs, format="%d/%m/%Y"),
            lambda attrs: forms.DateInput(attrs, format="%d/%m/%Y"),
        ),
        (widgets.FileInput, forms.ClearableFileInput),
        (MultipleFileInput, StockMultiple),
    ],
    ids=["text", "hidden", "number", "date", "date-dmy", "file", "files"],
)
@pytest.mark.parametrize("value", [*VALUES, datetime.date(2026, 3, 5)])
@pytest.mark.parametrize("index", [0, 1, 2])
def test_inputs_drawn_from_their_parts_match_django(fast, stock, value, index):
    """The entry cards draw their row fields from each widget's fixed parts
    (`input_parts`, once a prototype): what Django's template draws with
    the same name, value and id."""
    # Fresh attrs: a multiple file input adds "multiple" to the dict given.
    attrs = [
        {},
        {"class": "form-control", "placeholder": "Ghi <chú>"},
        {"required": True, "disabled": False, "data-x": '"<>&'},
    ][index]
    widget, reference = fast(attrs), stock(dict(attrs))
    if isinstance(widget, forms.FileInput) and value not in (None, ""):
        return  # a file input's value is a file on record, not text
    parts = widgets.input_parts(widget)
    drawn = widgets.input_from_parts(parts, "amount_12", value, "id_amount_12")
    assert drawn == reference.render("amount_12", value, {"id": "id_amount_12"})


def test_numbers_drawn_from_their_parts_match_their_render():
    for widget in (NumberInput({"class": "x"}), HiddenNumberInput()):
        parts = widgets.input_parts(widget)
        for value in (None, Decimal("1500.50"), Decimal("0.380"), 0, "1.500,5"):
            assert widgets.input_from_parts(
                parts, "base_3", value, "id_base_3"
            ) == widget.render("base_3", value, {"id": "id_base_3"})


def test_what_parts_cannot_draw_is_left_to_render():
    assert widgets.input_parts(widgets.TextInput({"id": "own"})) is None
    assert widgets.input_parts(widgets.Select(choices=[("", "–")])) is None
    assert widgets.input_parts(widgets.Textarea()) is None
    assert widgets.input_parts(forms.TextInput()) is None  # Django's template
    file = widgets.FileInput()
    parts = widgets.input_parts(file)
    assert widgets.input_from_parts(parts, "photos_1", None, "id_photos_1")
    file.checked = True  # set by value_from_datadict on a "clear" box
    assert widgets.input_from_parts(parts, "photos_1", None, "id_photos_1") is None

    class Record:  # a file on record: the "clear" box and the link
        url = "/media/a.jpg"

        def __str__(self):
            return "a.jpg"

    file.checked = False
    assert widgets.input_from_parts(parts, "photos_1", Record(), "x") is None
