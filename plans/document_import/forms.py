"""The import pages: upload, then a preview in which every field the parser
filled can be corrected before anything is saved. The preview posts all of
it back; only "Tạo kế hoạch" saves, in one transaction."""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from ntm.forms import DATE_WIDGET, check_date_range
from ntm.numbers import VietnameseDecimalField
from ntm.text import fold
from plans.document_import.kept import KeptFile, kept_load
from plans.document_import.persons import person_and_post
from plans.kinds import TargetKind, kind_problem
from plans.models import DocumentType
from villages.fields import AgencyChoiceField, AreaChoiceField
from villages.models import Agency, Area


class UploadForm(forms.Form):
    file = forms.FileField(
        label="Tệp kế hoạch (.docx, .doc, .odt, .rtf, .pdf, .txt, .md hoặc bảng tính .xlsx, .xls, .ods)",
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".docx,.doc,.pdf,.txt,.eml,.md,.rtf,.odt,.xlsx,.xls,.ods,text/plain,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet"
            }
        ),
        required=False,  # not when a kept file is named (`kept`); see clean()
    )
    area = AreaChoiceField(
        label="Địa bàn của kế hoạch",
        queryset=Area.objects.none(),
        required=False,
        empty_label="Theo địa danh ghi trong văn bản",
        help_text="Để trống: tìm theo địa danh trong văn bản, trong các địa bàn còn hiệu lực vào ngày của kế hoạch (hôm nay khi văn bản không ghi ngày).",
    )

    # The token of a file kept on the server when only the area was missing
    # (plans/document_import/kept.py); a new file replaces it.
    kept = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.kept_file: KeptFile | None = None
        self.fields["area"].queryset = (
            Area.objects.editable_by(user).select_related("parent").order_by("path")
        )

    def clean(self):
        data = super().clean()
        if data.get("file") or "file" in self.errors:
            return data
        if not data.get("kept"):
            self.add_error("file", self.fields["file"].error_messages["required"])
            return data
        try:
            kept = kept_load(user=self.user, token=data["kept"])
        except ValidationError as error:
            self.add_error("file", error)
            self.show_kept(None)
            return data
        self.show_kept(kept)
        data["file"] = SimpleUploadedFile(kept.name, kept.data)
        return data

    def show_kept(self, kept: KeptFile | None) -> None:
        """Draw the form again with `kept` as its kept file (none: no token)."""
        self.kept_file = kept
        self.data = self.data.copy()
        self.data[self.add_prefix("kept")] = kept.token if kept else ""


def issuers_for(user, area: Area | None):
    """The bodies `user` may name as a plan's issuer: those of their scope and
    above it, and, once the plan's area is known, only those that existed
    beside it: the committee of the commune merged into it on 01/07/2025 is
    not offered for the new commune's plans, nor the new one for a plan of
    2023 on the old commune."""
    agencies = (
        Agency.objects.for_user(user)
        .select_related("area__parent")
        .order_by("name", "area__path")
    )
    if area is None:
        return agencies
    if area.valid_from:
        agencies = agencies.exclude(area__valid_to__lt=area.valid_from).exclude(
            valid_to__lt=area.valid_from
        )
    if area.valid_to:
        agencies = agencies.exclude(area__valid_from__gt=area.valid_to).exclude(
            valid_from__gt=area.valid_to
        )
    return agencies


class PlanHeadForm(forms.Form):
    area = forms.ModelChoiceField(
        queryset=Area.objects.none(), widget=forms.HiddenInput
    )
    issuer = AgencyChoiceField(
        label="Cơ quan ban hành", queryset=Agency.objects.none(), required=False
    )
    issuer_new = forms.CharField(
        label="Cơ quan ban hành chưa có trong hệ thống",
        max_length=255,
        required=False,
        help_text="Tên đọc được từ văn bản; chỉ được tạo khi đánh dấu ô dưới đây.",
    )
    create_issuer = forms.BooleanField(
        label="Tạo cơ quan ban hành mới với tên trên", required=False
    )
    doc_type = forms.ChoiceField(
        choices=DocumentType.choices, widget=forms.HiddenInput, required=False
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
    issue_year = forms.IntegerField(
        label="Năm ban hành",
        min_value=1990,
        max_value=2100,
        required=False,
        help_text="Dự thảo chỉ cần năm: “ngày   tháng   năm 2024”.",
    )
    year = forms.IntegerField(
        label="Năm kế hoạch", min_value=1990, max_value=2100, required=False
    )
    signing_authority = forms.CharField(
        label="Thẩm quyền ký", max_length=100, required=False
    )
    signer_title = forms.CharField(
        label="Chức vụ người ký", max_length=100, required=False
    )
    signer_name = forms.CharField(label="Người ký", max_length=100, required=False)
    opening = forms.CharField(
        label="Lời mở đầu", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
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
    no_tasks = forms.BooleanField(
        label="Kế hoạch này không có nhiệm vụ (chỉ có chỉ tiêu, mục tiêu …)",
        required=False,
    )
    source = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = Area.objects.editable_by(user)
        self.fields["issuer"].queryset = issuers_for(
            user, self._area_pk(self.fields["area"].queryset)
        )

    def _area_pk(self, areas):
        """The plan's area, as posted back or as the proposal set it."""
        if self.is_bound:
            value = self.data.get(self.add_prefix("area"))
        else:
            value = (self.initial or {}).get("area")
        area = getattr(value, "pk", value)
        return areas.filter(pk=area).first() if str(area or "").isdigit() else None

    def clean(self):
        data = super().clean()
        day = data.get("issued_on")
        if day:
            data["issue_year"], data["issue_month"] = None, None
        elif not data.get("issue_year"):
            self.add_error(
                "issue_year",
                "Thiếu năm của kế hoạch: ghi ngày ban hành, hoặc ít nhất năm khi văn bản còn để trống ngày, tháng.",
            )
        if not data.get("year"):
            data["year"] = day.year if day else data.get("issue_year")
        if not data.get("issuer") and not (
            data.get("create_issuer") and data.get("issuer_new")
        ):
            self.add_error(
                "issuer",
                f"Chọn cơ quan ban hành, hoặc đánh dấu tạo mới “{data['issuer_new']}”."
                if data.get("issuer_new")
                else "Chọn cơ quan ban hành.",
            )
        return data


class Directory:
    """The agencies and officials a user may pick, read once per page: the
    preview offers their names in one list (an HTML datalist, no JavaScript)
    instead of a select per task, and a typed or picked name is matched back
    here."""

    def __init__(self, *, agencies, officials):
        self.agencies = list(agencies)
        self.officials = list(officials)
        self._agency = {}
        for agency in self.agencies:
            for name in (agency.name, agency.short_name):
                if name:
                    self._agency.setdefault(fold(name), agency)
        self._official = {}
        for official in self.officials:
            for name in (official_label(official), official.full_name):
                self._official.setdefault(fold(name), official)

    def agency(self, name: str):
        return self._agency.get(fold(name)) if name else None

    def official(self, name: str):
        """The official picked (their label or full name), or the one the
        text as read names ("Bùi Văn Hải - Phó Chủ tịch UBND xã, Phó Trưởng
        ban" → Bùi Văn Hải)."""
        if not name:
            return None
        return self._official.get(fold(name)) or self._official.get(
            fold(person_and_post(name)[0]) or None
        )


def official_label(official) -> str:
    return (
        f"{official.full_name} – {official.position}"
        if official.position
        else official.full_name
    )


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
    lead = forms.CharField(label="Đơn vị chủ trì", max_length=255, required=False)
    coordinating = forms.CharField(
        label="Đơn vị phối hợp (mỗi dòng một đơn vị)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    coordinating_add = forms.CharField(
        label="Thêm đơn vị phối hợp", max_length=255, required=False
    )
    official = forms.CharField(label="Người phụ trách", max_length=255, required=False)
    flags = forms.CharField(widget=forms.HiddenInput, required=False)
    method = forms.CharField(
        label="Phương pháp, hình thức",
        required=False,
        widget=forms.Textarea(attrs={"rows": 1}),
    )
    participants = forms.CharField(widget=forms.HiddenInput, required=False)
    # How each unit was matched to an agency ("lead\tname\tscore\twritten"
    # lines), carried from the first draw so the score stays shown while
    # the name is unchanged (review.match_lines).
    matches = forms.CharField(widget=forms.HiddenInput, required=False)
    # Where a review action applies: the content line to split at, the
    # position to move to (read by review.apply, then cleared).
    split_line = forms.CharField(max_length=6, required=False)
    move_to = forms.CharField(max_length=6, required=False)

    def __init__(self, *args, directory: Directory | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.directory = directory

    def clean(self):
        data = super().clean()
        check_date_range(self, data)
        names = [
            n.strip(" -;")
            for n in re.split(r"[\n;]", data.get("coordinating", ""))
            if n.strip(" -;")
        ]
        if data.get("coordinating_add"):
            names.append(data["coordinating_add"].strip())
        directory = self.directory
        data["coordinating_names"] = names
        data["lead_agency"] = (
            directory.agency(data.get("lead", "")) if directory else None
        )
        data["official_obj"] = (
            directory.official(data.get("official", "")) if directory else None
        )
        data["coordinating_agencies"] = []
        data["coordinating_unknown"] = []
        for name in names:
            agency = directory.agency(name) if directory else None
            if agency is None:
                data["coordinating_unknown"].append(name)
            elif agency not in data["coordinating_agencies"]:
                data["coordinating_agencies"].append(agency)
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
    # Proposed from the wording (ParsedTarget.propose_kind); the official
    # corrects it here before anything is created.
    kind = forms.ChoiceField(label="Loại chỉ tiêu", choices=TargetKind.choices)
    lower_is_better = forms.BooleanField(label="Càng thấp càng tốt", required=False)
    kind_reason = forms.CharField(widget=forms.HiddenInput, required=False)
    # The split by village a table gave ("Thôn | Hàng rào xanh (m)"): JSON of
    # village name → quantity, kept as read.
    per_village = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        reason = self["kind_reason"].value()
        if reason:
            self.fields["kind"].help_text = f"Đề xuất theo cách ghi: {reason}."

    def clean(self):
        data = super().clean()
        problem = kind_problem(data.get("kind", ""), data.get("unit", ""))
        if problem and data.get("include"):
            self.add_error("kind", problem)
        return data

    def clean_per_village(self):
        import json
        from decimal import Decimal, InvalidOperation

        try:
            data = json.loads(self.cleaned_data.get("per_village") or "{}")
            return {str(k): Decimal(str(v)) for k, v in dict(data).items()}
        except (ValueError, TypeError, InvalidOperation):
            return {}


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
    # Blank for a document cited with no number ("Kết luận của Ban Thường
    # vụ Đảng ủy xã ngày …").
    number = forms.CharField(label="Số, ký hiệu", max_length=60, required=False)
    issued_on = forms.DateField(label="Ngày", required=False, widget=DATE_WIDGET)
    issuer = forms.CharField(label="Cơ quan ban hành", max_length=200, required=False)
    about = forms.CharField(
        label="Về việc", required=False, widget=forms.Textarea(attrs={"rows": 1})
    )


class CosignerImportForm(forms.Form):
    """A joint plan's other body and its signature, as read; a name not on
    file is created only when ticked, as the issuer."""

    include = forms.BooleanField(
        label="Nhập cơ quan cùng ban hành này", required=False, initial=True
    )
    agency = forms.CharField(
        label="Cơ quan cùng ban hành",
        max_length=255,
        widget=forms.TextInput(attrs={"list": "co-quan"}),
    )
    create_agency = forms.BooleanField(
        label="Tạo cơ quan mới với tên trên nếu chưa có", required=False
    )
    signing_authority = forms.CharField(
        label="Thẩm quyền ký", max_length=100, required=False
    )
    signer_title = forms.CharField(
        label="Chức vụ người ký", max_length=100, required=False
    )
    signer_name = forms.CharField(label="Người ký", max_length=100, required=False)

    def __init__(self, *args, directory: Directory | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.directory = directory

    def clean(self):
        data = super().clean()
        name = data.get("agency", "")
        data["agency_obj"] = self.directory.agency(name) if self.directory else None
        if (
            data.get("include")
            and name
            and data["agency_obj"] is None
            and not data.get("create_agency")
        ):
            self.add_error(
                "agency",
                f"Chưa có “{name}” trong hệ thống: chọn một cơ quan có sẵn, đánh dấu tạo mới, hoặc bỏ chọn.",
            )
        return data


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
CosignerFormSet = forms.formset_factory(CosignerImportForm, extra=0, max_num=5)
