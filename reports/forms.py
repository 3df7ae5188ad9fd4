"""The weekly entry form: one row per village target, built for a phone.

Every value field carries back, hidden, the value the user saw when the page
was drawn (Django's show_hidden_initial). Only what the user actually changed
is sent to the service, with what they saw, so a row someone else saved in the
meantime is never overwritten by a stale copy the user did not touch."""

from __future__ import annotations

import functools
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from ntm import widgets
from ntm.forms import MultipleFileField
from ntm.numbers import VietnameseDecimalField, parse_number
from ntm.text import nfc_composed
from plans.models import Counting, TaskStatus
from reports.selectors import EntryRow
from reports.services import (
    AMOUNT_CHECK,
    EntryInput,
    FieldInput,
    TaskInput,
    count_problem,
    done_on_problem,
)

YES_NO = [("", "–"), ("yes", "Đã xong"), ("no", "Chưa xong")]
YES_NO_VALUES = {"yes": True, "no": False}
NEGATIVE_AMOUNT = AMOUNT_CHECK.get_violation_error_message()
# A rate is entered as a count over the village's base, never as a percent.
RATE_TYPED = (
    "Nhập số đạt trên tổng số, ví dụ 152/176 (152 hộ đạt trên 176 hộ của thôn), "
    "không nhập tỷ lệ %: hệ thống tự tính tỷ lệ."
)
BASE_MISSING = (
    "Nhập tổng số (ví dụ số hộ của thôn) để tính tỷ lệ: số đạt trên tổng số, "
    "ví dụ 152/176; có thể gõ cả “152/176” vào ô số đạt."
)


class NoteField(widgets.FastHiddenInitial, forms.CharField):
    pass


class YesNoField(widgets.FastHiddenInitial, forms.ChoiceField):
    pass


# The same fields with their hidden copy drawn fast (ntm/widgets.py).
class FastDateField(widgets.FastHiddenInitial, forms.DateField):
    pass


class FastIntegerField(widgets.FastHiddenInitial, forms.IntegerField):
    pass


def _number(text) -> Decimal | None:
    """A number as typed, None when blank or not one."""
    try:
        return parse_number(str(text).strip()) if str(text).strip() else None
    except ValidationError:
        return None


def _text(label: str, rows: int) -> forms.CharField:
    return NoteField(
        label=label,
        required=False,
        show_hidden_initial=True,
        widget=widgets.Textarea(attrs={"rows": rows}),
    )


def _clone(prototype: forms.Field, initial) -> forms.Field:
    """A row's field: a copy of `prototype` with its own widget (its attrs get
    "is-invalid" on an error) and `initial`. NOTE: performance: a page has
    five fields a row, and building each through Field.__init__ was a tenth
    of a submission's CPU (docs/performance.md); the prototypes are never
    changed after they are built, so the copies may share their validators,
    messages and choices."""
    field = _shallow_copy(prototype)
    field.widget = widget = _shallow_copy(prototype.widget)
    widget.attrs = prototype.widget.attrs.copy()
    field.initial = initial
    return field


def _shallow_copy(thing):
    """copy.copy of a field or widget (a plain object with a __dict__, no
    __copy__ or __reduce__ of its own), without copy's protocol lookups."""
    new = object.__new__(type(thing))
    new.__dict__.update(thing.__dict__)
    return new


@functools.cache
def _prototype(kind: str, label: str = "") -> forms.Field:
    """The entry form's row fields, one of each kind (see `_clone`)."""
    if kind == "done":
        return YesNoField(
            label="Kết quả",
            choices=YES_NO,
            required=False,
            show_hidden_initial=True,
            widget=widgets.Select(attrs={"class": "form-select form-select-lg"}),
        )
    if kind == "done_on":
        done_on = FastDateField(
            label="Ngày hoàn thành",
            required=False,
            show_hidden_initial=True,
            widget=widgets.DateInput(
                format="%d/%m/%Y",
                attrs={
                    "placeholder": "dd/mm/yyyy",
                    "inputmode": "numeric",
                    "class": "form-control",
                },
            ),
        )
        done_on.error_messages["invalid"] = (
            "Ngày hoàn thành viết theo dạng ngày/tháng/năm, ví dụ 15/03/2023."
        )
        return done_on
    if kind in ("amount", "base"):
        field = VietnameseDecimalField(
            label=label or "Trên tổng số",
            required=False,
            min_value=0,
            max_digits=14,
            decimal_places=3,
            show_hidden_initial=True,
        )
        field.error_messages["min_value"] = (
            NEGATIVE_AMOUNT if kind == "amount" else "Tổng số không được âm."
        )
        field.widget.attrs.update(
            {"class": "form-control form-control-lg text-end", "placeholder": "0"}
        )
        return field
    if kind == "note":
        return NoteField(
            label="Ghi chú",
            required=False,
            show_hidden_initial=True,
            widget=widgets.TextInput(
                attrs={
                    "placeholder": "Ghi chú (không bắt buộc)",
                    "class": "form-control",
                }
            ),
        )
    if kind == "version":
        return forms.IntegerField(required=False, widget=widgets.HiddenInput)
    if kind == "photos":
        return MultipleFileField(label="Ảnh", required=False)
    raise ValueError(kind)


@functools.cache
def _hidden(widget_class) -> forms.Widget:
    """One hidden widget of each class, as `field.hidden_widget()` builds
    each time: it has no attrs and drawing changes nothing in it."""
    return widget_class()


class RowField:
    """A row field of an unbound entry form as the cards draw it: the HTML
    of its BoundField — `str()` the widget and its hidden initial copy,
    `block()` the label, widget and copy in the card's `mb-3` div — drawn
    from the row's prototype (`_prototype`) and its initial value, with no
    field cloned or bound. NOTE: performance: 400 fields a page; a field
    through BoundField and its widget's attributes cost more than the rest
    of its card (docs/performance.md, "Sixth round").
    tests/reports/test_entry_cards.py compares the cards with the template
    they replaced over Django's BoundFields. Only for what row fields are:
    never required, never disabled, no help text, no errors (unbound), the
    form's default auto_id, no prefix. `initial`: as BoundField takes it
    (`form.get_initial_for_field`: the form's `initial=` first)."""

    __slots__ = ("drawer", "name", "initial")
    errors = ()

    def __init__(self, prototype: forms.Field, name: str, initial):
        self.drawer, self.name, self.initial = _drawer(prototype), name, initial

    @property
    def label(self) -> str:
        return self.drawer.field.label

    @property
    def auto_id(self) -> str:
        return f"id_{self.name}"

    @property
    def id_for_label(self) -> str:
        return self.drawer.id_for_label(self.auto_id)

    def __str__(self) -> str:
        return self.drawer.widgets(self.name, self.initial)

    __html__ = __str__

    def block(self) -> str:
        """The card's field: label, widget, hidden copy (`_field` in
        reports/templatetags/entry_tags.py, with no errors)."""
        return self.drawer.block(self.name, self.initial)


class _Drawer:
    """How one prototype's fields are drawn: what does not change from row
    to row (the widget's attributes as HTML, the label) worked out once."""

    def __init__(self, field: forms.Field):
        self.field = field
        widget = field.widget
        self.label = widgets.escape_html(field.label)
        self.visible = widgets.input_parts(widget)
        self.hidden = (
            widgets.input_parts(_hidden(field.hidden_widget))
            if field.show_hidden_initial
            else None
        )
        # Input, Select and FileInput label their own id.
        self.labels_itself = widget.id_for_label("x") == "x"

    def id_for_label(self, auto_id: str) -> str:
        return (
            auto_id if self.labels_itself else self.field.widget.id_for_label(auto_id)
        )

    def widgets(self, name: str, initial) -> str:
        """As BoundField's `str()`: the widget and its hidden initial copy."""
        field = self.field
        value = field.prepare_value(initial)
        auto_id = f"id_{name}"
        html = None
        if self.visible is not None:
            html = widgets.input_from_parts(self.visible, name, value, auto_id)
        if html is None:
            html = field.widget.render(name, value, {"id": auto_id})
        if not field.show_hidden_initial:
            return html
        initial_name, initial_id = f"initial-{name}", f"initial-{auto_id}"
        hidden = None
        if self.hidden is not None:
            hidden = widgets.input_from_parts(
                self.hidden, initial_name, value, initial_id
            )
        if hidden is None:
            hidden = _hidden(field.hidden_widget).render(
                initial_name, value, {"id": initial_id}
            )
        return f"{html}{hidden}"

    def block(self, name: str, initial) -> str:
        return (
            f'<div id="div_id_{name}" class="mb-3">\n'
            f'  <label for="{self.id_for_label(f"id_{name}")}" class="form-label">'
            f"{self.label}</label>\n  {self.widgets(name, initial)}\n</div>"
        )


@functools.cache
def _drawer(prototype: forms.Field) -> _Drawer:
    return _Drawer(prototype)


class ProgressForm(forms.Form):
    summary = _text("Kết quả trong kỳ", 3)
    next_plan = _text("Kế hoạch kỳ tới", 3)
    difficulties = _text("Khó khăn, vướng mắc", 2)
    proposals = _text("Đề xuất, kiến nghị", 2)
    reason = forms.CharField(
        label="Lý do sửa (kỳ đã mở lại)", required=False, max_length=255
    )

    REPORT_FIELDS = ("summary", "next_plan", "difficulties", "proposals")

    def __init__(
        self,
        *args,
        rows: list[EntryRow],
        editable: set[int],
        report_editable: bool,
        report=None,
        task_rows=(),
        lean: bool = False,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.rows = rows
        self.editable = editable
        # `lean`: the rows' fields are not built. A POST read back to be
        # saved builds them only if one of them is refused (see
        # `_rows_read`); a page drawn (unbound) draws them from their
        # prototypes (`row_fields`).
        self._lean = lean and self.is_bound
        self._drawn_only = lean and not self.is_bound
        self._rows_read_result = None
        for name in self.REPORT_FIELDS:
            self.fields[name].initial = getattr(report, name) if report else ""
            self.fields[name].disabled = not report_editable
        self.task_rows = list(task_rows) if report_editable else []
        for task_row in self.task_rows:
            self._add_task_fields(task_row)
        if not (self._lean or self._drawn_only):
            self._add_rows_fields()
        if self.is_bound:
            self._split_fractions()

    def _add_rows_fields(self) -> None:
        for row in self.rows:
            if row.village_target.pk in self.editable:
                for name, prototype, initial in _row_fields(row):
                    self.fields[name] = _clone(prototype, initial)

    def _split_fractions(self) -> None:
        """A rate's count typed as "152/176" in the count box: the count
        stays there and the base goes to its box (a different base typed
        there too is refused in clean(), both kept as typed)."""
        self.fraction_clash: dict[int, str] = {}
        data = None
        for row in self.rows:
            pk = row.village_target.pk
            if pk not in self.editable or not _is_count(row):
                continue
            typed = str(self.data.get(f"amount_{pk}", ""))
            if typed.count("/") != 1 or "%" in typed:
                continue
            count, base = (part.strip() for part in typed.split("/"))
            if not count or not base:
                continue
            there = _number(self.data.get(f"base_{pk}", ""))
            if data is None:
                data = self.data.copy()
            # A base drawn from last week and left as it was gives way.
            drawn = getattr(row.village_target, "last_base", None)
            if there is not None and there not in (_number(base), drawn):
                self.fraction_clash[pk] = typed
                continue
            data[f"amount_{pk}"], data[f"base_{pk}"] = count, base
        if data is not None:
            self.data = data

    def _add_task_fields(self, task_row) -> None:
        pk = task_row.task.pk
        source = task_row.update or task_row.previous
        self.fields[f"task_status_{pk}"] = YesNoField(
            label="Trạng thái",
            choices=TaskStatus.choices,
            initial=source.status if source else task_row.task.status,
            show_hidden_initial=True,
            widget=widgets.Select,
        )
        percent = FastIntegerField(
            label="Hoàn thành (%)",
            required=False,
            min_value=0,
            max_value=100,
            initial=source.percent if source else None,
            show_hidden_initial=True,
            widget=widgets.NumberInput(attrs={"inputmode": "numeric"}),
        )
        percent.error_messages.update(
            min_value="Tỷ lệ từ 0 đến 100%%.",
            max_value="Tỷ lệ từ 0 đến 100%%.",
            invalid="Nhập một số nguyên từ 0 đến 100.",
        )
        self.fields[f"task_percent_{pk}"] = percent
        self.fields[f"task_note_{pk}"] = NoteField(
            label="Ghi chú",
            required=False,
            initial=task_row.update.note if task_row.update else "",
            show_hidden_initial=True,
            widget=widgets.TextInput,
        )

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        clash = getattr(self, "fraction_clash", {})
        for row in self.rows:
            if row.village_target.pk not in self.editable:
                continue
            for name, message in _row_problems(
                row, data, self.errors, self.data, clash, today
            ):
                self.errors.pop(name, None)  # ours replaces the field's own
                self.add_error(name, message)
        return data

    def _clean_fields(self):
        super()._clean_fields()
        if self._lean:
            self.cleaned_data.update(self._rows_read()[0])

    def _rows_read(self):
        """The rows read back without building their fields (`lean`): for
        each field what its BoundField would give — the value cleaned by
        the row's prototype, and whether it changed from the hidden copy of
        what the user saw (`_has_changed`). NOTE: performance: 400 fields a
        page, each cloned and then bound (docs/performance.md);
        tests/reports/test_entry_reading.py holds it to the form's path.
        The first field refused, or any problem clean() would add to a row,
        and the fields are built after all and the form reads as Django's
        does: its errors and the page drawn again are the form's own."""
        if self._rows_read_result is not None:
            return self._rows_read_result
        cleaned, changed = {}, []
        data, files, today = self.data, self.files, timezone.localdate()
        usable = not getattr(self, "fraction_clash", None)
        for row in self.rows if usable else ():
            if row.village_target.pk not in self.editable:
                continue
            values = {}
            for name, prototype, initial in _row_fields(row):
                value = prototype.widget.value_from_datadict(data, files, name)
                initial = self.initial.get(name, initial)
                try:
                    if isinstance(prototype, forms.FileField):
                        values[name] = prototype.clean(value, initial)
                    else:
                        values[name] = prototype.clean(value)
                except ValidationError:
                    usable = False
                    break
                if prototype.show_hidden_initial:
                    seen = prototype.hidden_widget().value_from_datadict(
                        data, files, self.add_initial_prefix(name)
                    )
                    try:
                        seen = prototype.to_python(seen)
                    except ValidationError:
                        changed.append(name)
                        continue
                else:
                    seen = initial
                if prototype.has_changed(seen, value):
                    changed.append(name)
            if not usable or any(_row_problems(row, values, (), data, {}, today)):
                usable = False
                break
            cleaned.update(values)
        if not usable:  # the form's own path, errors and all
            self._lean = False
            self._add_rows_fields()
            cleaned, changed = {}, None
        self._rows_read_result = cleaned, changed
        return self._rows_read_result

    @functools.cached_property
    def changed_data(self):
        changed = super().changed_data
        if self._lean:
            changed = changed + self._rows_read()[1]
        return changed

    @functools.cached_property
    def _changed_names(self) -> set[str]:
        return set(self.changed_data)

    def full_clean(self):
        if self._lean and self.is_bound:
            self._rows_read()  # before Django's: the fields it reads are then known
        super().full_clean()
        # The rows are drawn without crispy (see report_entry.html): mark the
        # fields in error for Bootstrap's red border as crispy would.
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["class"] = f"{attrs.get('class', '')} is-invalid".strip()

    def seen(self, name: str):
        """The value of field `name` as the user saw it when the page was drawn."""
        field = self.fields[name]
        return field.to_python(
            field.widget.value_from_datadict(
                self.data, self.files, self.add_initial_prefix(name)
            )
        )

    def _changed(self, *names: str) -> bool:
        return not self._changed_names.isdisjoint(names)

    # ── What the page shows ──

    def row_fields(self):
        """(row, value field, note field, version field, photos field, base
        field, done-on field) per row; Nones for rows the user may only read,
        and for the fields a row's kind has not. Unbound (the page as it is
        drawn on a GET), the fields are `RowField`s drawn from the rows'
        prototypes: BoundField's HTML without its cost; bound (a refused
        save drawn again), BoundFields."""
        if self.is_bound or self.auto_id != "id_%s" or self.prefix:
            yield from self._bound_row_fields()
            return
        given = self.initial
        for row in self.rows:
            pk = row.village_target.pk
            if pk not in self.editable:
                yield row, None, None, None, None, None, None
                continue
            fields = {}
            for name, prototype, initial in _row_fields(row):
                if name in given:  # as form.get_initial_for_field
                    initial = given[name]
                    initial = initial() if callable(initial) else initial
                fields[name] = RowField(prototype, name, initial)
            yield (
                row,
                fields.get(f"done_{pk}") or fields[f"amount_{pk}"],
                fields[f"note_{pk}"],
                fields[f"version_{pk}"],
                fields[f"photos_{pk}"],
                fields.get(f"base_{pk}"),
                fields.get(f"done_on_{pk}"),
            )

    def _bound_row_fields(self):
        field = self.__getitem__
        for row in self.rows:
            pk = row.village_target.pk
            if pk in self.editable:
                value = (
                    field(f"done_{pk}")
                    if row.target.counting == Counting.YES_NO
                    else field(f"amount_{pk}")
                )
                yield (
                    row,
                    value,
                    field(f"note_{pk}"),
                    field(f"version_{pk}"),
                    field(f"photos_{pk}"),
                    field(f"base_{pk}") if f"base_{pk}" in self.fields else None,
                    field(f"done_on_{pk}") if f"done_on_{pk}" in self.fields else None,
                )
            else:
                yield row, None, None, None, None, None, None

    def task_fields(self):
        for task_row in self.task_rows:
            pk = task_row.task.pk
            yield (
                task_row,
                self[f"task_status_{pk}"],
                self[f"task_percent_{pk}"],
                self[f"task_note_{pk}"],
            )

    # ── What goes to the service: only what the user changed ──

    def entry_inputs(self) -> list[EntryInput]:
        inputs, data = [], self.cleaned_data
        for row in self.rows:
            pk = row.village_target.pk
            if pk not in self.editable or not self._changed(
                f"amount_{pk}",
                f"base_{pk}",
                f"done_{pk}",
                f"done_on_{pk}",
                f"note_{pk}",
            ):
                continue
            inputs.append(
                EntryInput(
                    village_target=row.village_target,
                    amount=data.get(f"amount_{pk}"),
                    done=YES_NO_VALUES.get(data.get(f"done_{pk}") or ""),
                    note=data.get(f"note_{pk}", ""),
                    base=data.get(f"base_{pk}"),
                    done_on=data.get(f"done_on_{pk}"),
                    version=data.get(f"version_{pk}") or 0,
                )
            )
        return inputs

    def report_inputs(self) -> list[FieldInput]:
        return [
            FieldInput(name=name, seen=self.seen(name), value=self.cleaned_data[name])
            for name in self.REPORT_FIELDS
            if not self.fields[name].disabled and self._changed(name)
        ]

    def task_inputs(self) -> list[TaskInput]:
        inputs, data = [], self.cleaned_data
        for row in self.task_rows:
            names = [
                f"task_{part}_{row.task.pk}" for part in ("status", "percent", "note")
            ]
            if not self._changed(*names):
                continue
            inputs.append(
                TaskInput(
                    task=row.task,
                    status=data[names[0]],
                    percent=data.get(names[1]),
                    note=data.get(names[2], ""),
                    seen=tuple(self.seen(name) for name in names),
                )
            )
        return inputs

    def matches(self, report) -> bool:
        """Whether `report` holds exactly what the form carries, in every row
        the user may write and in the report's text (entries prefetched)."""
        entries = {e.village_target_id: e for e in report.entries.all()}
        data = self.cleaned_data
        for row in self.rows:
            pk = row.village_target.pk
            if pk not in self.editable:
                continue
            entry = entries.get(pk)
            stored = (
                (entry.amount, entry.base, entry.done, entry.done_on, entry.note)
                if entry
                else (None, None, None, None, "")
            )
            posted = (
                data.get(f"amount_{pk}"),
                data.get(f"base_{pk}"),
                YES_NO_VALUES.get(data.get(f"done_{pk}") or ""),
                data.get(f"done_on_{pk}"),
                nfc_composed(data.get(f"note_{pk}", "")),
            )
            if entry is None and posted[0] is None:
                # A rate's base drawn from last week, no count typed: nothing.
                posted = (None, None, *posted[2:])
            if stored != posted:
                return False
        return all(
            nfc_composed(data[name]) == getattr(report, name)
            for name in self.REPORT_FIELDS
        )

    def photos(self) -> dict[int, list]:
        return {
            pk: self.cleaned_data.get(f"photos_{pk}") or []
            for pk in (row.village_target.pk for row in self.rows)
            if pk in self.editable
        }


def _row_fields(row: EntryRow):
    """(name, prototype, initial) of each field of an editable row, in the
    form's order."""
    pk, entry = row.village_target.pk, row.entry
    if row.target.counting == Counting.YES_NO:
        initial = (
            ""
            if entry is None or entry.done is None
            else ("yes" if entry.done else "no")
        )
        yield f"done_{pk}", _prototype("done"), initial
        yield f"done_on_{pk}", _prototype("done_on"), entry.done_on if entry else None
    else:
        label = (
            "Làm được trong kỳ"
            if row.target.counting == Counting.INCREMENT
            else "Số liệu hiện tại"
        )
        if _is_count(row):
            label = "Số đạt"
            # A rate's base this week ("152/176 hộ": 176), kept per village
            # and week; drawn with last week's base until this week has its own.
            base = entry.base if entry and entry.base is not None else None
            if base is None and (entry is None or entry.amount is None):
                base = getattr(row.village_target, "last_base", None)
            yield f"base_{pk}", _prototype("base"), base
        yield (
            f"amount_{pk}",
            _prototype("amount", label),
            entry.amount if entry else None,
        )
    yield f"note_{pk}", _prototype("note"), entry.note if entry else ""
    # The version of the row the user saw; 0: there was none yet.
    yield f"version_{pk}", _prototype("version"), entry.version if entry else 0
    yield f"photos_{pk}", _prototype("photos"), None


def _row_problems(row: EntryRow, data, errors, typed, clash, today):
    """What clean() says of an editable row beyond its fields' own checks:
    (field, message) pairs, a message replacing the field's own error if it
    has one. `data`: the cleaned values; `errors`: the fields already
    refused; `typed`: the form's data; `clash`: the rows whose "152/176"
    disagrees with their base box (`_split_fractions`)."""
    pk = row.village_target.pk
    if row.target.counting == Counting.YES_NO and f"done_on_{pk}" not in errors:
        problem = done_on_problem(
            YES_NO_VALUES.get(data.get(f"done_{pk}") or ""),
            data.get(f"done_on_{pk}"),
            today,
        )
        if problem:
            yield f"done_on_{pk}", problem
    if not _is_count(row):
        return
    name = f"amount_{pk}"
    if pk in clash:
        yield (
            name,
            f"Ô số đạt ghi “{clash[pk]}” nhưng ô tổng số ghi "
            f"“{typed.get(f'base_{pk}')}”: sửa cho khớp, hoặc chỉ ghi "
            "số đạt vào ô này.",
        )
        return
    if name in errors:
        if "%" in str(typed.get(name, "")):
            yield name, RATE_TYPED
        return
    if f"base_{pk}" in errors:
        return
    count, base = data.get(name), data.get(f"base_{pk}")
    if count is not None and base is None:
        yield f"base_{pk}", BASE_MISSING
    problem = count_problem(count, base)
    if problem:
        yield (f"base_{pk}" if base is not None and base <= 0 else name), problem


def _is_count(row: EntryRow) -> bool:
    """A rate entered as a count against the village's base."""
    return row.target.is_rate and row.target.counting != Counting.YES_NO


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", "Duyệt"), ("return", "Trả lại")])
    comment = forms.CharField(
        label="Ý kiến", required=False, widget=widgets.Textarea(attrs={"rows": 3})
    )


class ReopenForm(forms.Form):
    reason = forms.CharField(label="Lý do mở lại", max_length=255)


class WithdrawForm(forms.Form):
    """Take back a submitted report: the reason, and the report's version as
    the page showed it (a report reviewed meanwhile is not withdrawn blindly)."""

    reason = forms.CharField(
        label="Lý do rút báo cáo",
        max_length=500,
        widget=widgets.Textarea(attrs={"rows": 2}),
        error_messages={"required": "Ghi lý do rút báo cáo để cấp trên biết."},
    )
    version = forms.IntegerField(widget=widgets.HiddenInput, required=False)
