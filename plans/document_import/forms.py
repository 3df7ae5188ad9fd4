"""The import pages: upload, then a preview in which every field the parser
filled can be corrected before anything is saved. The preview posts all of
it back; only "Tạo kế hoạch" saves, in one transaction."""

from __future__ import annotations

from django import forms

from ntm.numbers import VietnameseDecimalField
from plans.forms import DATE_WIDGET
from villages.models import Agency, Area


class UploadForm(forms.Form):
    file = forms.FileField(
        label="Tệp kế hoạch (.docx hoặc .txt)",
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        ),
    )
    area = forms.ModelChoiceField(
        label="Địa bàn của kế hoạch", queryset=Area.objects.none()
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = Area.objects.editable_by(user).order_by("path")


class PlanHeadForm(forms.Form):
    area = forms.ModelChoiceField(
        queryset=Area.objects.none(), widget=forms.HiddenInput
    )
    issuer = forms.ModelChoiceField(
        label="Cơ quan ban hành", queryset=Agency.objects.none()
    )
    number = forms.CharField(label="Số", max_length=10, required=False)
    symbol = forms.CharField(label="Ký hiệu", max_length=40)
    title = forms.CharField(label="Trích yếu", widget=forms.Textarea(attrs={"rows": 2}))
    place = forms.CharField(label="Địa danh", max_length=100)
    issued_on = forms.DateField(
        label="Ngày ban hành", required=False, widget=DATE_WIDGET
    )
    issue_month = forms.IntegerField(
        label="Tháng (khi chưa có ngày)", required=False, min_value=1, max_value=12
    )
    issue_year = forms.IntegerField(label="Năm", min_value=2000, max_value=2100)
    signing_authority = forms.CharField(
        label="Thẩm quyền ký", max_length=100, required=False
    )
    signer_title = forms.CharField(
        label="Chức vụ người ký", max_length=100, required=False
    )
    signer_name = forms.CharField(label="Người ký", max_length=100, required=False)
    purpose = forms.CharField(
        label="Mục đích", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    requirements = forms.CharField(
        label="Yêu cầu", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    budget_total = VietnameseDecimalField(
        label="Tổng kinh phí (đồng)",
        required=False,
        max_digits=16,
        decimal_places=0,
        min_value=0,
    )
    budget_text = forms.CharField(
        label="Kinh phí (nguyên văn)", max_length=255, required=False
    )
    report_deadline = forms.DateField(
        label="Hạn báo cáo kết quả", required=False, widget=DATE_WIDGET
    )
    recipients = forms.CharField(
        label="Nơi nhận (mỗi dòng một nơi)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    source = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = Area.objects.editable_by(user)
        self.fields["issuer"].queryset = Agency.objects.for_user(user).order_by("name")

    def clean(self):
        data = super().clean()
        if not data.get("issued_on") and not data.get("issue_month"):
            self.add_error(
                "issued_on",
                "Ghi ngày ban hành, hoặc ít nhất tháng khi văn bản còn để trống ngày.",
            )
        return data


class TaskImportForm(forms.Form):
    include = forms.BooleanField(
        label="Nhập nhiệm vụ này", required=False, initial=True
    )
    number = forms.CharField(label="Số", max_length=10)
    title = forms.CharField(label="Nhiệm vụ", widget=forms.Textarea(attrs={"rows": 2}))
    description = forms.CharField(
        label="Nội dung", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    time_text = forms.CharField(
        label="Thời gian (nguyên văn)", max_length=255, required=False
    )
    starts_on = forms.DateField(label="Từ ngày", required=False, widget=DATE_WIDGET)
    ends_on = forms.DateField(label="Đến ngày", required=False, widget=DATE_WIDGET)
    lead = forms.ModelChoiceField(
        label="Đơn vị chủ trì", queryset=Agency.objects.none(), required=False
    )
    lead_unmatched = forms.CharField(widget=forms.HiddenInput, required=False)
    coordinating = forms.ModelMultipleChoiceField(
        label="Đơn vị phối hợp", queryset=Agency.objects.none(), required=False
    )
    coordinating_unmatched = forms.CharField(widget=forms.HiddenInput, required=False)
    method = forms.CharField(
        label="Phương pháp, hình thức",
        required=False,
        widget=forms.Textarea(attrs={"rows": 1}),
    )
    participants = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, agencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead"].queryset = agencies
        self.fields["coordinating"].queryset = agencies

    def clean(self):
        data = super().clean()
        if (
            data.get("starts_on")
            and data.get("ends_on")
            and data["ends_on"] < data["starts_on"]
        ):
            self.add_error("ends_on", "Ngày kết thúc không được trước ngày bắt đầu.")
        return data


class TargetImportForm(forms.Form):
    include = forms.BooleanField(
        label="Nhập chỉ tiêu này", required=False, initial=True
    )
    name = forms.CharField(label="Chỉ tiêu", max_length=255)
    quantity = VietnameseDecimalField(
        label="Số lượng", max_digits=14, decimal_places=4, min_value=0
    )
    unit = forms.CharField(label="Đơn vị tính", max_length=40)


class PhaseImportForm(forms.Form):
    include = forms.BooleanField(label="Nhập đợt này", required=False, initial=True)
    name = forms.CharField(label="Tên đợt", max_length=100)
    starts_on = forms.DateField(label="Từ ngày", widget=DATE_WIDGET)
    ends_on = forms.DateField(label="Đến ngày", widget=DATE_WIDGET)


class BasisImportForm(forms.Form):
    include = forms.BooleanField(label="Nhập căn cứ này", required=False, initial=True)
    implements = forms.BooleanField(
        label="“Thực hiện” (bỏ chọn: “Căn cứ”)", required=False
    )
    kind = forms.CharField(label="Loại văn bản", max_length=40)
    number = forms.CharField(label="Số, ký hiệu", max_length=60)
    issued_on = forms.DateField(label="Ngày", required=False, widget=DATE_WIDGET)
    issuer = forms.CharField(label="Cơ quan ban hành", max_length=200, required=False)
    about = forms.CharField(
        label="Về việc", required=False, widget=forms.Textarea(attrs={"rows": 1})
    )


class SectionImportForm(forms.Form):
    """A numbered part the plan's structure does not hold ("IV. TỔ CHỨC THỰC
    HIỆN"), kept as the plan's own section."""

    include = forms.BooleanField(label="Nhập mục này", required=False, initial=True)
    number = forms.CharField(label="Số mục", max_length=10, required=False)
    heading = forms.CharField(label="Tiêu đề", max_length=255)
    body = forms.CharField(
        label="Nội dung", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )


BasisFormSet = forms.formset_factory(BasisImportForm, extra=0, max_num=50)
TaskFormSet = forms.formset_factory(TaskImportForm, extra=0, max_num=300)
TargetFormSet = forms.formset_factory(TargetImportForm, extra=0, max_num=300)
PhaseFormSet = forms.formset_factory(PhaseImportForm, extra=0, max_num=20)
SectionFormSet = forms.formset_factory(SectionImportForm, extra=0, max_num=30)
