"""Forms of the account pages. They check shape; the rules (scope, levels,
dates, unique names) are villages.accounts', whose messages they show."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import PasswordChangeForm, SetPasswordForm
from django.utils import timezone

from ntm import uploads
from ntm.text import nfc
from villages import accounts
from villages.accounts import AccountData
from villages.models import Area

DATE_WIDGET = forms.DateInput(
    attrs={"type": "date", "class": "form-control"}, format="%Y-%m-%d"
)
TEXT = {"class": "form-control form-control-lg"}


class AreaField(forms.ModelChoiceField):
    """Offers the manager's areas, indented by depth; accepts any area, so
    that one outside the subtree gets the rule's message, not "invalid"."""

    def __init__(self, *, offered, **kwargs):
        super().__init__(queryset=offered, **kwargs)
        self.any_area = Area.objects.all()

    def label_from_instance(self, area):
        return "\u00a0\u00a0" * area.depth + area.title_name

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return self.any_area.get(pk=int(value))
        except (ValueError, TypeError, Area.DoesNotExist) as error:
            raise forms.ValidationError(
                "Hãy chọn địa bàn trong danh sách.", code="invalid_choice"
            ) from error

    def validate(self, value):
        forms.Field.validate(self, value)


def offered_areas(manager):
    return Area.objects.managed_by(manager).active().order_by("path")


class MarksErrors:
    """Bootstrap's red frame on every field with an error."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["class"] = (
                    widget.attrs.get("class", "") + " is-invalid"
                ).strip()
                widget.attrs["aria-invalid"] = "true"


class MembershipFields(MarksErrors, forms.Form):
    area = AreaField(offered=Area.objects.none(), label="Địa bàn")
    role = forms.ChoiceField(
        label="Vai trò",
        error_messages={
            "invalid_choice": "Hãy chọn vai trò trong danh sách.",
            "required": "Hãy chọn vai trò.",
        },
    )
    position = forms.CharField(label="Chức vụ", required=False, max_length=150)
    valid_from = forms.DateField(
        label="Hiệu lực từ", required=False, widget=DATE_WIDGET
    )
    valid_to = forms.DateField(
        label="Hiệu lực đến",
        required=False,
        widget=DATE_WIDGET,
        help_text="Để trống nếu chưa biết ngày thôi giữ vai trò.",
    )

    def __init__(self, *args, manager, **kwargs):
        super().__init__(*args, **kwargs)
        self.manager = manager
        self.fields["area"].queryset = offered_areas(manager)
        self.fields["area"].widget.attrs["class"] = "form-select form-select-lg"
        self.fields["role"].choices = [
            ("", "— chọn vai trò —")
        ] + accounts.grantable_roles(manager)
        self.fields["role"].widget.attrs["class"] = "form-select form-select-lg"
        self.fields["position"].widget.attrs.update(TEXT)
        if not self.is_bound:
            self.initial.setdefault("valid_from", timezone.localdate())


class AccountCreateForm(MembershipFields):
    full_name = forms.CharField(
        label="Họ và tên",
        max_length=150,
        error_messages={"required": "Hãy ghi họ và tên."},
    )
    username = forms.CharField(
        label="Tên đăng nhập",
        required=False,
        max_length=150,
        help_text="Chữ thường không dấu; để trống thì hệ thống tạo từ họ tên (ví dụ annv).",
    )
    phone = forms.CharField(label="Điện thoại", required=False, max_length=30)
    email = forms.CharField(
        label="Thư điện tử",
        required=False,
        max_length=254,
        help_text="Cần để gửi liên kết đặt lại mật khẩu.",
    )

    field_order = [
        "full_name",
        "username",
        "position",
        "phone",
        "email",
        "area",
        "role",
        "valid_from",
        "valid_to",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("full_name", "username", "phone", "email"):
            self.fields[name].widget.attrs.update(TEXT)
        self.fields["username"].widget.attrs["autocapitalize"] = "none"
        self.fields["phone"].widget.attrs["inputmode"] = "tel"
        self.fields["email"].widget.attrs["inputmode"] = "email"

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        self.account = AccountData(
            full_name=nfc(data.get("full_name", "")),
            username=nfc(data.get("username", "")).lower(),
            position=nfc(data.get("position", "")),
            phone=accounts.normalise_phone(data.get("phone", "")),
            email=nfc(data.get("email", "")),
            area=data.get("area"),
            role=data.get("role", ""),
            valid_from=data.get("valid_from"),
            valid_to=data.get("valid_to"),
        )
        for field, message in accounts.account_problems(
            self.manager, self.account
        ).items():
            self.add_error(field, message)
        return data


class GrantForm(MembershipFields):
    """A further role for an existing account."""

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        found = accounts.grant_check(self.manager, area=data["area"], role=data["role"])
        if found:
            self.add_error(found[0], found[1])
        start, end = data.get("valid_from"), data.get("valid_to")
        if start and end and end < start:
            self.add_error(
                "valid_to",
                f"Ngày hết hiệu lực ({end:%d/%m/%Y}) trước ngày bắt đầu ({start:%d/%m/%Y}).",
            )
        return data


class EndMembershipForm(forms.Form):
    on = forms.DateField(label="Kết thúc vào ngày", widget=DATE_WIDGET)


class DeactivateForm(forms.Form):
    reason = forms.CharField(label="Lý do", required=False, max_length=300)


class AccountImportForm(forms.Form):
    file = uploads.excel_file_field(
        "Hãy chọn tệp Excel danh sách tài khoản.", css="form-control form-control-lg"
    )


class _LargeInputs(MarksErrors):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-control form-control-lg"


class OwnPasswordChangeForm(_LargeInputs, PasswordChangeForm):
    pass


class OwnSetPasswordForm(_LargeInputs, SetPasswordForm):
    pass
