"""The weekly entry page's row cards, drawn in Python.

NOTE: performance. A page has one card per village target (80 in the load
test, hundreds for a big commune), each with a dozen tags, filters and up to
five form fields. Through the template engine the cards were about 85 % of
drawing the page and the largest single cost of a "Lưu và nộp" submission
(docs/performance.md, "Where a submission's CPU goes"). Here they are
f-strings around the same markup; the form fields are still drawn by their
widgets (ntm/widgets.py). `tests/reports/test_entry_cards.py` holds this to the
template it replaced (kept there as the reference), tag for tag.
Cards are not cached: on a deadline day each page is drawn once editable and
once locked, so a cache per target and version would hardly ever be hit."""

from __future__ import annotations

from crispy_forms.templatetags.crispy_forms_filters import as_crispy_field
from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from ntm.templatetags.vn_tags import vn_number
from ntm.widgets import escape_html
from plans.models import Counting
from reports.forms import RowField

register = template.Library()


_YES_NO = {True: "Đã xong", False: "Chưa xong", None: "–"}  # |yesno:"…,…,–"


@register.simple_tag
def entry_changes(changes) -> SafeString:
    """ "Thay đổi gần đây": the page's last 30 changes, as the template loop
    it replaced (held to it by tests/reports/test_entry_cards.py)."""
    if not changes:
        return mark_safe("")
    items = []
    for change in changes:
        when = timezone.localtime(change.when).strftime("%H:%M %d/%m/%Y")
        if change.yes_no:
            before = (
                "nhập " if change.before is None else f"{_YES_NO[change.before]} → "
            )
            # The template's line break after a yes/no answer: a space.
            what = f"{before}{_YES_NO[change.after]}\n    "
        else:
            after = vn_number(change.after) or "–"
            unit = escape_html(change.unit)
            if change.before is None:
                what = f"nhập {after} {unit}"
            else:
                what = f"{vn_number(change.before)} → {after} {unit}"
        reason = f". Lý do: {escape_html(change.reason)}" if change.reason else ""
        items.append(
            f'<li class="mb-1">{when} – {escape_html(change.who or "?")}: '
            f"{escape_html(change.village)}, {escape_html(change.target)} "
            f"(kỳ {change.period_start:%d/%m}):\n    {what}{reason}</li>"
        )
    return mark_safe(
        '<h2 class="h6 mt-4">Thay đổi gần đây</h2>\n<ul class="list-unstyled small">\n'
        + "\n".join(items)
        + "\n</ul>"
    )


@register.simple_tag
def entry_report_fields(form) -> SafeString:
    """The report's four text fields ("Tổng hợp của xã") as crispy's
    `as_crispy_field` draws them (held to it by
    tests/reports/test_entry_cards.py). NOTE: performance: crispy's
    templates were 3 % of a submission's CPU (docs/performance.md). A bound
    form (a refused save drawn again) still goes through crispy: its values
    and errors are BoundField's to decide."""
    if form.is_bound or form.auto_id != "id_%s" or form.prefix:
        return mark_safe(
            "".join(as_crispy_field(form[name]) for name in form.REPORT_FIELDS)
        )
    return mark_safe("".join(_text_field(form, name) for name in form.REPORT_FIELDS))


@register.simple_tag
def entry_text_field(form, name: str) -> SafeString:
    """One text field of another form on the entry page (the withdrawal's
    reason) as crispy's `as_crispy_field` draws it, held to it by
    tests/reports/test_entry_cards.py; a bound form through crispy."""
    if form.is_bound or form.auto_id != "id_%s" or form.prefix:
        return as_crispy_field(form[name])
    return mark_safe(_text_field(form, name))


def _text_field(form, name: str) -> str:
    """An unbound textarea (with its hidden initial copy, if it has one) in
    crispy's bootstrap5 field.html (its layout's blank lines left out)."""
    field = form.fields[name]
    value = field.prepare_value(form.get_initial_for_field(field, name))
    attrs = {"class": "textarea form-control"}
    # As BoundField.build_widget_attrs: "required", then "disabled".
    if field.required and field.widget.use_required_attribute(value):
        attrs["required"] = True
    if field.disabled:
        attrs["disabled"] = True
    widget = field.widget.render(name, value, {**attrs, "id": f"id_{name}"})
    initial = ""
    if field.show_hidden_initial:
        disabled = {"disabled": True} if field.disabled else {}
        initial = field.hidden_widget().render(
            f"initial-{name}", value, {**disabled, "id": f"initial-id_{name}"}
        )
    label = escape_html(field.label)
    if field.required:
        label = (
            f'<label for="id_{name}" class="form-label requiredField">{label}'
            '<span class="asteriskField">*</span></label>'
        )
    else:
        label = f'<label for="id_{name}" class="form-label">{label}</label>'
    return f'<div id="div_id_{name}" class="mb-3">{label}{widget}{initial}</div>'


@register.simple_tag
def entry_row_cards(form) -> SafeString:
    """Every row card of the entry form, headed by its target's name."""
    parts, target_pk = [], None
    for row, value, note, version, photos, base, done_on in form.row_fields():
        target = row.target
        if target.pk != target_pk:
            target_pk = target.pk
            parts.append(
                f'<h2 class="h6 mt-3 mb-2">{escape_html(target.name)} '
                f'<span class="text-body-secondary">({escape_html(target.unit)})</span></h2>'
            )
        parts.append(_card(row, value, note, version, photos, base, done_on))
    if not parts:
        who = "" if form.editable else " mà bạn được xem"
        return mark_safe(
            '<p class="text-body-secondary">Kế hoạch chưa giao chỉ tiêu cho '
            f"thôn nào{who}.</p>"
        )
    return mark_safe("\n".join(parts))


def _card(row, value, note, version, photos, base, done_on) -> str:
    target, village_target, entry = row.target, row.village_target, row.entry
    over = row.over_target
    quantity = vn_number(village_target.quantity)
    given = f"Phải đạt: {quantity}%" if target.is_rate else f"Giao: {quantity}"
    badge = (
        '<span class="badge text-bg-warning">Vượt xa chỉ tiêu</span>' if over else ""
    )
    if value is not None:
        if base is not None or done_on is not None:
            second = base if base is not None else done_on
            figure = (
                f'<div class="row g-2"><div class="col-6">{_field(value)}</div>\n'
                f'<div class="col-6">{_field(second)}</div></div>'
            )
        else:
            figure = _field(value)
        body = (
            f"{figure}\n{_field(note)}\n{version}\n"
            f"{_thumbnails(row.photos, 'mb-1')}{_field(photos)}"
        )
    else:
        body = (
            f"<div>Kỳ này: {_this_period(target, entry)}"
            f"{_note(entry)}</div>{_thumbnails(row.photos, 'mt-1')}"
        )
    return (
        f'<div class="card mb-2{" border-warning" if over else ""}">'
        '<div class="card-body py-2"><div class="d-flex justify-content-between">'
        f"<strong>{escape_html(village_target.village.title_name)}</strong>"
        f'<span class="small text-body-secondary">{given}</span></div>'
        f'<div class="small text-body-secondary mb-1">{_before(row)} {badge}</div>'
        f"{body}</div></div>"
    )


def _before(row) -> str:
    """What was done before the period (and, for a rate, this period's rate)."""
    target, before = row.target, row.before
    if target.is_rate and target.counting != Counting.YES_NO:
        if before is None:
            shown = "chưa có"
        else:
            village_target = row.village_target
            shown = (
                f"{vn_number(before, 1)}% ({vn_number(village_target.last_amount)}"
                f"/{vn_number(village_target.last_base)})"
            )
        now = ""
        if row.to_date is not None and row.entry:
            now = f" · Kỳ này: {vn_number(row.to_date, 1)}%"
        return f"Tỷ lệ trước kỳ: {shown}{now}"
    if target.counting == Counting.YES_NO:
        shown = "chưa có" if before is None else ("đã xong" if before else "chưa xong")
        return f"Trước kỳ: {shown}"
    return (
        f"Lũy kế trước kỳ: {vn_number(before) or '0'} · "
        f"Còn lại: {vn_number(row.remaining) or '0'}"
    )


def _this_period(target, entry) -> str:
    """A row the user may only read: this period's figure."""
    if target.counting == Counting.YES_NO:
        done = entry.done if entry else None
        if done is None:
            return "–"
        if not done:
            return "Chưa xong"
        return f"Đã xong ngày {entry.done_on:%d/%m/%Y}" if entry.done_on else "Đã xong"
    amount = vn_number(entry.amount if entry else None) or "–"
    if target.is_rate and entry is not None and entry.base is not None:
        return f"{amount}/{vn_number(entry.base)}"
    return amount


def _note(entry) -> str:
    if entry is None or not entry.note:
        return ""
    return f'<div class="small">{escape_html(entry.note)}</div>'


def _thumbnails(photos: list[int], margin: str) -> str:
    """The row's photos (their ids, EntryRow.photos), each linked to its page."""
    if not photos:
        return ""
    links = "".join(
        f'<a href="{reverse("reports:photo_page", args=[pk])}">'
        f'<img src="{reverse("reports:photo", args=[pk, "nho"])}" '
        f'alt="Ảnh {n}" width="72" height="72" class="rounded object-fit-cover" '
        'loading="lazy"></a>'
        for n, pk in enumerate(photos, 1)
    )
    return f'<div class="d-flex flex-wrap gap-1 {margin}">{links}</div>'


def _field(field) -> str:
    """As the page's former `row_field` partial: label, widget, errors."""
    if type(field) is RowField:  # unbound: drawn from its prototype
        return field.block()
    errors = "".join(
        f'<div class="invalid-feedback d-block">{escape_html(error)}</div>'
        for error in field.errors
    )
    return (
        f'<div id="div_{field.auto_id}" class="mb-3">\n'
        f'  <label for="{field.id_for_label}" class="form-label">'
        f"{escape_html(field.label)}</label>\n  {field}{errors}\n</div>"
    )
