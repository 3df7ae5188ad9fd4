"""The weekly entry form: one row per village target, built for a phone."""

from __future__ import annotations

from django import forms

from ntm.numbers import VietnameseDecimalField
from plans.models import Counting, TaskStatus
from reports.selectors import EntryRow
from reports.services import EntryInput, TaskInput

YES_NO = [("", "–"), ("yes", "Đã xong"), ("no", "Chưa xong")]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several photos in one input; each is checked by reports.photos."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget",
            MultipleFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class ProgressForm(forms.Form):
    summary = forms.CharField(
        label="Kết quả trong kỳ",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    next_plan = forms.CharField(
        label="Kế hoạch kỳ tới",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    difficulties = forms.CharField(
        label="Khó khăn, vướng mắc",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    proposals = forms.CharField(
        label="Đề xuất, kiến nghị",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
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
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.rows = rows
        self.editable = editable
        self.task_rows = list(task_rows) if report_editable else []
        for task_row in self.task_rows:
            self._add_task_fields(task_row)
        if report is not None and not self.is_bound:
            for name in self.REPORT_FIELDS:
                self.fields[name].initial = getattr(report, name)
        if not report_editable:
            for name in self.REPORT_FIELDS:
                self.fields[name].disabled = True
        for row in rows:
            pk = row.village_target.pk
            if pk not in editable:
                continue
            entry = row.entry
            if row.target.counting == Counting.YES_NO:
                initial = (
                    ""
                    if entry is None or entry.done is None
                    else ("yes" if entry.done else "no")
                )
                self.fields[f"done_{pk}"] = forms.ChoiceField(
                    label="Kết quả", choices=YES_NO, required=False, initial=initial
                )
            else:
                label = (
                    "Làm được trong kỳ"
                    if row.target.counting == Counting.INCREMENT
                    else "Số liệu hiện tại"
                )
                field = VietnameseDecimalField(
                    label=label,
                    required=False,
                    min_value=0,
                    max_digits=14,
                    decimal_places=3,
                    initial=entry.amount if entry else None,
                )
                field.error_messages["min_value"] = "Khối lượng không được âm."
                field.widget.attrs.update(
                    {
                        "class": "form-control form-control-lg text-end",
                        "placeholder": "0",
                    }
                )
                self.fields[f"amount_{pk}"] = field
            self.fields[f"note_{pk}"] = forms.CharField(
                label="Ghi chú",
                required=False,
                initial=entry.note if entry else "",
                widget=forms.TextInput(
                    attrs={"placeholder": "Ghi chú (không bắt buộc)"}
                ),
            )
            self.fields[f"version_{pk}"] = forms.IntegerField(
                required=False,
                widget=forms.HiddenInput,
                initial=entry.version if entry else None,
            )
            self.fields[f"photos_{pk}"] = MultipleFileField(label="Ảnh", required=False)

    def _add_task_fields(self, task_row) -> None:
        pk = task_row.task.pk
        source = task_row.update or task_row.previous
        self.fields[f"task_status_{pk}"] = forms.ChoiceField(
            label="Trạng thái",
            choices=TaskStatus.choices,
            initial=source.status if source else task_row.task.status,
        )
        percent = forms.IntegerField(
            label="Hoàn thành (%)",
            required=False,
            min_value=0,
            max_value=100,
            initial=source.percent if source else None,
            widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        )
        percent.error_messages.update(
            min_value="Tỷ lệ từ 0 đến 100%%.",
            max_value="Tỷ lệ từ 0 đến 100%%.",
            invalid="Nhập một số nguyên từ 0 đến 100.",
        )
        self.fields[f"task_percent_{pk}"] = percent
        self.fields[f"task_note_{pk}"] = forms.CharField(
            label="Ghi chú",
            required=False,
            initial=task_row.update.note if task_row.update else "",
        )

    def task_fields(self):
        for task_row in self.task_rows:
            pk = task_row.task.pk
            yield (
                task_row,
                self[f"task_status_{pk}"],
                self[f"task_percent_{pk}"],
                self[f"task_note_{pk}"],
            )

    def task_inputs(self) -> list[TaskInput]:
        data = self.cleaned_data
        return [
            TaskInput(
                task=row.task,
                status=data[f"task_status_{row.task.pk}"],
                percent=data.get(f"task_percent_{row.task.pk}"),
                note=data.get(f"task_note_{row.task.pk}", ""),
            )
            for row in self.task_rows
        ]

    def row_fields(self):
        """(row, amount-or-done field, note field, version field, photos field) per row."""
        for row in self.rows:
            pk = row.village_target.pk
            if pk in self.editable:
                value = (
                    self[f"done_{pk}"]
                    if row.target.counting == Counting.YES_NO
                    else self[f"amount_{pk}"]
                )
                yield (
                    row,
                    value,
                    self[f"note_{pk}"],
                    self[f"version_{pk}"],
                    self[f"photos_{pk}"],
                )
            else:
                yield row, None, None, None, None

    def entry_inputs(self) -> list[EntryInput]:
        inputs = []
        for row in self.rows:
            pk = row.village_target.pk
            if pk not in self.editable:
                continue
            data = self.cleaned_data
            done = {"yes": True, "no": False}.get(data.get(f"done_{pk}") or "")
            inputs.append(
                EntryInput(
                    village_target=row.village_target,
                    amount=data.get(f"amount_{pk}"),
                    done=done,
                    note=data.get(f"note_{pk}", ""),
                    version=data.get(f"version_{pk}"),
                )
            )
        return inputs

    def photos(self) -> dict[int, list]:
        return {
            row.village_target.pk: self.cleaned_data.get(
                f"photos_{row.village_target.pk}"
            )
            or []
            for row in self.rows
            if row.village_target.pk in self.editable
        }

    def report_fields(self) -> dict:
        return {
            name: self.cleaned_data[name]
            for name in self.REPORT_FIELDS
            if not self.fields[name].disabled
        }


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", "Duyệt"), ("return", "Trả lại")])
    comment = forms.CharField(
        label="Ý kiến", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class ReopenForm(forms.Form):
    reason = forms.CharField(label="Lý do mở lại", max_length=255)
