"""Forms of the criteria pages: shape only; criteria.services decides."""

from __future__ import annotations

from django import forms

from criteria.groups import GroupFacts
from criteria.models import NUMERIC_COMPARATORS, AssessmentStatus, Indicator
from ntm.forms import DATE_WIDGET, MultipleFileField, MultipleFileInput
from ntm.numbers import VietnameseDecimalField

NUMERIC = NUMERIC_COMPARATORS


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

    def __init__(self, *args, indicator: Indicator, has_requirement=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicator = indicator
        numeric = indicator.comparator in NUMERIC
        if not has_requirement:
            # No level to judge against: the value is recorded, no verdict.
            del self.fields["status"]
            self.fields["value_text"].help_text = (
                "Bộ tiêu chí chưa có mức yêu cầu cho chỉ tiêu này: kết quả được ghi "
                "nhận là “Chưa có mức yêu cầu”, không kết luận đạt hay chưa đạt."
            )
        if numeric:
            self.fields[
                "value_number"
            ].required = not indicator.takes_outstanding_fields
            self.fields["value_number"].label = (
                f"Giá trị đạt được ({indicator.unit})"
                if indicator.unit
                else "Giá trị đạt được"
            )
            if "status" in self.fields:
                self.fields[
                    "status"
                ].help_text = (
                    "Để trống: kết quả được tính từ giá trị so với mức yêu cầu."
                )
        else:
            del self.fields["value_number"]
            if "status" in self.fields:
                self.fields["status"].required = True
        if indicator.takes_outstanding_fields:
            self.fields[
                "outstanding_fields"
            ].queryset = indicator.criterion.criteria_set.outstanding_fields.order_by(
                "order"
            )
        else:
            del self.fields["outstanding_fields"]


# ── Reference data (criteria.reference_views) ──


class LoadForm(forms.Form):
    """Upload of an official text: a new version of a set the user manages,
    or the first version of a provincial set that refines a national one."""

    criteria_set = forms.ModelChoiceField(
        label="Bộ tiêu chí cần nạp phiên bản mới",
        queryset=None,
        required=False,
        to_field_name="code",
        empty_label="— Bộ tiêu chí mới của tỉnh (khai báo bên dưới) —",
    )
    file = forms.FileField(
        label="Tệp văn bản",
        help_text="Mẫu Excel tải từ hệ thống hoặc bảng .xlsx tự lập; Word .docx; PDF có "
        "lớp chữ. Tối đa 10 MB.",
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".xlsx,.docx,.pdf,application/pdf,"
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        ),
    )
    source_part = forms.CharField(
        label="Phụ lục, phần của văn bản",
        required=False,
        max_length=120,
        help_text="Ví dụ: Phụ lục I. Ghi vào nguồn của từng dòng.",
    )
    parent = forms.ModelChoiceField(
        label="Cụ thể hóa bộ tiêu chí quốc gia", queryset=None, required=False
    )
    province = forms.ModelChoiceField(label="Tỉnh", queryset=None, required=False)
    name = forms.CharField(
        label="Tên bộ tiêu chí của tỉnh", required=False, max_length=255
    )
    document_number = forms.CharField(
        label="Số, ký hiệu văn bản",
        required=False,
        max_length=60,
        help_text="Ví dụ: 25/2026/QĐ-UBND",
    )
    document_date = forms.DateField(
        label="Ngày ban hành", required=False, widget=DATE_WIDGET
    )
    period_start = forms.IntegerField(
        label="Áp dụng từ năm", required=False, min_value=2000, max_value=2100
    )
    period_end = forms.IntegerField(
        label="đến năm", required=False, min_value=2000, max_value=2100
    )

    def __init__(self, *args, user, **kwargs):
        from criteria.models import CriteriaSet
        from criteria.permissions import manageable_sets, managed_provinces

        super().__init__(*args, **kwargs)
        self.fields["criteria_set"].queryset = manageable_sets(user).select_related(
            "document"
        )
        self.fields["criteria_set"].label_from_instance = lambda s: (
            f"{s.name} ({s.document.number}) – phiên bản {s.version}"
        )
        self.fields["parent"].queryset = (
            CriteriaSet.objects.current_versions()
            .filter(province__isnull=True, criteria__isnull=False)
            .distinct()
            .select_related("document")
        )
        self.fields["province"].queryset = managed_provinces(user)

    def clean(self):
        from ntm.text import fold

        data = super().clean()
        if data.get("criteria_set"):
            return data
        missing = [
            self.fields[name].label
            for name in ("parent", "province", "name", "document_number")
            if not data.get(name)
        ]
        if not data.get("period_start") or not data.get("period_end"):
            missing.append("giai đoạn áp dụng")
        if missing:
            raise forms.ValidationError(
                "Chọn bộ tiêu chí cần nạp phiên bản mới, hoặc khai báo bộ mới của tỉnh: "
                "còn thiếu " + ", ".join(m.lower() for m in missing) + "."
            )
        if data["period_end"] < data["period_start"]:
            self.add_error("period_end", "Năm kết thúc không được trước năm bắt đầu.")
        parent = data["parent"]
        data["new_set"] = {
            "code": "-".join(
                [
                    fold(data["province"].name).replace(" ", "-"),
                    parent.level.replace("_", "-"),
                    str(data["period_start"]),
                ]
            )[:60],
            "name": data["name"],
            "period_start": data["period_start"],
            "period_end": data["period_end"],
            "document_number": data["document_number"].strip(),
            "document_date": data["document_date"].isoformat()
            if data.get("document_date")
            else "",
        }
        return data


class CheckForm(forms.Form):
    """The act of checking one item against its source."""

    verified = forms.TypedChoiceField(
        label="Kết quả đối chiếu",
        choices=[
            ("1", "Đã đối chiếu: đúng nguyên văn với văn bản nguồn"),
            ("0", "Chưa khớp hoặc bỏ đánh dấu đã đối chiếu"),
        ],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    source_document = forms.ModelChoiceField(
        label="Văn bản nguồn", queryset=None, required=False
    )
    source_part = forms.CharField(label="Phụ lục, phần", required=False, max_length=120)
    source_locator = forms.CharField(
        label="Điều, khoản, trang, dòng",
        required=False,
        max_length=120,
        help_text="Ví dụ: trang 3, bảng 1, dòng 14",
    )
    source = forms.CharField(
        label="Đường dẫn hoặc ghi chú nguồn", required=False, max_length=500
    )
    paraphrase = forms.BooleanField(
        label="Nội dung là diễn giải, không phải nguyên văn", required=False
    )
    note = forms.CharField(label="Ghi chú đối chiếu", required=False, max_length=255)

    def __init__(self, *args, **kwargs):
        from criteria.models import LegalDocument

        super().__init__(*args, **kwargs)
        self.fields["source_document"].queryset = LegalDocument.objects.order_by(
            "-issued_on", "number"
        )


class CommuneGroupForm(forms.Form):
    """A commune's QĐ 51 group from a date: the facts the rule reads."""

    valid_from = forms.DateField(label="Áp dụng từ ngày", widget=DATE_WIDGET)
    basis = forms.CharField(
        label="Căn cứ",
        max_length=255,
        help_text="Số, ngày quyết định của UBND tỉnh xác định nhóm xã.",
    )
    minority_zone = forms.TypedChoiceField(
        label="Xã thuộc vùng đồng bào dân tộc thiểu số và miền núi",
        choices=[
            ("", "Không thuộc"),
            (1, "Khu vực I"),
            (2, "Khu vực II"),
            (3, "Khu vực III"),
        ],
        coerce=int,
        empty_value=None,
        required=False,
    )
    next_to_urban = forms.BooleanField(
        label="Liền kề đô thị hiện hữu và có định hướng phát triển thành đô thị",
        required=False,
    )
    agriculture_share = VietnameseDecimalField(
        label="Tỷ trọng ngành nông nghiệp trong cơ cấu kinh tế (%)",
        required=False,
        max_digits=5,
        decimal_places=2,
    )
    new_urban = forms.BooleanField(
        label="Được định hướng là đô thị mới", required=False
    )
    group = forms.TypedChoiceField(
        label="Nhóm (chỉ chọn khi xã thỏa điều kiện cả nhóm 1 và nhóm 3)",
        choices=[("", "Theo quy định"), (1, "Xã nhóm 1"), (3, "Xã nhóm 3")],
        coerce=int,
        empty_value=None,
        required=False,
    )

    def facts(self) -> GroupFacts:
        """The facts the QĐ 51 rule reads, from the valid form."""
        data = self.cleaned_data
        return GroupFacts(
            minority_zone=data["minority_zone"],
            next_to_urban=data["next_to_urban"],
            agriculture_share=data["agriculture_share"],
            new_urban=data["new_urban"],
        )
