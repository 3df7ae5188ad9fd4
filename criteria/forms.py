"""Forms of the criteria pages: shape only; criteria.services decides."""

from __future__ import annotations

from django import forms

from criteria.models import AssessmentStatus, Indicator
from ntm.numbers import VietnameseDecimalField
from plans.forms import DATE_WIDGET
from reports.forms import MultipleFileField, MultipleFileInput

NUMERIC = {"gte", "lte", "eq"}


class AssessmentForm(forms.Form):
    """One assessment of one indicator. A numeric indicator takes a value and
    the service judges it; any other takes the status chosen."""

    assessed_on = forms.DateField(label="Ngày đánh giá", widget=DATE_WIDGET)
    value_number = VietnameseDecimalField(
        label="Giá trị đạt được", required=False, max_digits=14, decimal_places=4
    )
    status = forms.ChoiceField(
        label="Kết quả",
        choices=AssessmentStatus.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    value_text = forms.CharField(
        label="Mô tả thực trạng", required=False, max_length=255
    )
    outstanding_fields = forms.ModelMultipleChoiceField(
        label="Lĩnh vực nổi trội đã chọn",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    evidence = forms.CharField(
        label="Minh chứng",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Văn bản, biên bản, số liệu làm căn cứ (số, ngày, cơ quan ban hành).",
    )
    files = MultipleFileField(
        label="Tệp minh chứng",
        required=False,
        widget=MultipleFileInput(
            attrs={"accept": "application/pdf,image/jpeg,image/png,image/webp"}
        ),
        help_text="PDF hoặc ảnh, tối đa 10 MB mỗi tệp.",
    )

    def __init__(self, *args, indicator: Indicator, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicator = indicator
        numeric = indicator.comparator in NUMERIC
        if numeric:
            self.fields[
                "value_number"
            ].required = not indicator.takes_outstanding_fields
            self.fields["value_number"].label = (
                f"Giá trị đạt được ({indicator.unit})"
                if indicator.unit
                else "Giá trị đạt được"
            )
            self.fields[
                "status"
            ].help_text = "Để trống: kết quả được tính từ giá trị so với mức yêu cầu."
        else:
            del self.fields["value_number"]
            self.fields["status"].required = True
        if indicator.takes_outstanding_fields:
            self.fields[
                "outstanding_fields"
            ].queryset = indicator.criterion.criteria_set.outstanding_fields.order_by(
                "order"
            )
        else:
            del self.fields["outstanding_fields"]
