"""Forms validate shape and scope; the views hand cleaned data to plans.services."""

from __future__ import annotations

import datetime
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from criteria.models import CriteriaSet, Indicator, LegalDocument
from ntm.forms import DATE_WIDGET, check_date_range
from ntm.numbers import VietnameseDecimalField
from plans.kinds import KindProposal, propose_kind
from plans.models import (
    Counting,
    FundingSource,
    Phase,
    Plan,
    PlanBasis,
    PlanCosigner,
    PlanGoal,
    PlanSection,
    Target,
    Task,
)
from plans.selectors import plan_villages
from villages.models import Agency, AgencyKind, Area, AreaLevel, Official


class VersionedForm(forms.ModelForm):
    """Carries the record's version back, so a stale save becomes a conflict."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version


class PlanForm(VersionedForm):
    budget_total = VietnameseDecimalField(
        label="Tổng kinh phí (đồng)", required=False, min_value=0, decimal_places=0
    )
    recipients_text = forms.CharField(
        label="Nơi nhận",
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Mỗi dòng một nơi nhận, như trong văn bản: “- Phòng TN&MT huyện;”. Dòng cuối: “- Lưu: VT.”",
    )

    class Meta:
        model = Plan
        fields = [
            "area",
            "issuing_agency",
            "parent_agency",
            "doc_type",
            "number",
            "symbol",
            "year",
            "title",
            "place",
            "issued_on",
            "issue_month",
            "issue_year",
            "criteria_set",
            "opening",
            "purpose",
            "requirements",
            "budget_total",
            "budget_text",
            "signing_authority",
            "signer_title",
            "signer_name",
            "signer",
            "report_period",
            "report_weekday",
            "report_time",
            "final_report_on",
            "reporting_text",
            "status",
        ]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "opening": forms.Textarea(attrs={"rows": 3}),
            "purpose": forms.Textarea(attrs={"rows": 4}),
            "requirements": forms.Textarea(attrs={"rows": 4}),
            "reporting_text": forms.Textarea(attrs={"rows": 2}),
            "issued_on": DATE_WIDGET,
            "final_report_on": DATE_WIDGET,
            "report_time": forms.TimeInput(
                format="%H:%M", attrs={"placeholder": "14:30"}
            ),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["area"].queryset = Area.objects.editable_by(user).exclude(
            level=AreaLevel.VILLAGE
        )
        agencies = Agency.objects.for_user(user).select_related("area")
        self.fields["issuing_agency"].queryset = agencies
        self.fields["parent_agency"].queryset = agencies
        self.fields["signer"].queryset = Official.objects.filter(
            agency__in=agencies
        ).select_related("agency")
        self.fields["criteria_set"].queryset = CriteriaSet.objects.relevant_to(
            user, keep=self.instance.criteria_set_id
        ).select_related("document", "province")
        self.fields["year"].initial = (
            self.fields["year"].initial or timezone.localdate().year
        )
        if self.instance.pk:
            self.fields["recipients_text"].initial = "\n".join(
                f"- {r.text};" for r in self.instance.recipients.all()
            )

    def clean(self):
        data = super().clean()
        area, agency = data.get("area"), data.get("issuing_agency")
        if area and agency and not area.is_within(agency.area):
            self.add_error(
                "issuing_agency",
                f"{agency} không thuộc {area} hoặc cấp trên của địa bàn này.",
            )
        criteria_set, year = data.get("criteria_set"), data.get("year")
        if criteria_set and year and not criteria_set.covers_year(year):
            self.add_error(
                "year",
                f"Năm kế hoạch {year} nằm ngoài giai đoạn {criteria_set.period_label} "
                f"của bộ tiêu chí {criteria_set.document.number}.",
            )
        if data.get("issued_on") and (
            data.get("issue_month") or data.get("issue_year")
        ):
            self.add_error(
                "issue_month",
                "Đã có ngày ban hành cụ thể; để trống tháng, năm ban hành.",
            )
        return data


class AgencyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.label


class AgencyMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.label


class TaskForm(VersionedForm):
    lead_agency = AgencyChoiceField(
        queryset=Agency.objects.none(), label="Đơn vị chủ trì", required=False
    )
    coordinating_agencies = AgencyMultipleChoiceField(
        queryset=Agency.objects.none(),
        label="Đơn vị phối hợp",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Task
        fields = [
            "number",
            "title",
            "description",
            "time_text",
            "starts_on",
            "ends_on",
            "frequency_text",
            "lead_agency",
            "coordinating_agencies",
            "responsible_official",
            "responsible_text",
            "method",
            "participants",
            "indicators",
            "status",
        ]
        widgets = {
            "title": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 3}),
            "method": forms.Textarea(attrs={"rows": 2}),
            "participants": forms.Textarea(attrs={"rows": 2}),
            "starts_on": DATE_WIDGET,
            "ends_on": DATE_WIDGET,
            "indicators": forms.SelectMultiple(attrs={"size": 6}),
        }

    def __init__(self, *args, plan: Plan, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        agencies = Agency.objects.for_user(user).filter(
            area__in=Area.objects.ancestors(plan.area, include_self=True)
            | Area.objects.subtree(plan.area)
        )
        self.fields["lead_agency"].queryset = agencies
        self.fields["coordinating_agencies"].queryset = agencies
        self.fields["responsible_official"].queryset = Official.objects.filter(
            agency__in=agencies
        )
        self.fields["indicators"].queryset = (
            Indicator.objects.current()
            .filter(criterion__criteria_set=plan.criteria_set_id)
            .select_related("criterion")
        )
        self.fields["indicators"].help_text = (
            "Chỉ tiêu trong bộ tiêu chí của kế hoạch."
            if plan.criteria_set_id
            else "Kế hoạch chưa chọn bộ tiêu chí."
        )

    def clean_number(self):
        number = self.cleaned_data["number"].strip().rstrip(".")
        if (
            Task.objects.filter(plan=self.plan, number=number)
            .exclude(pk=self.instance.pk)
            .exists()
        ):
            raise ValidationError(f"Kế hoạch đã có nhiệm vụ số {number}; chọn số khác.")
        return number

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", "Ngày kết thúc không được trước ngày bắt đầu.")
        year = self.plan.year
        for field in ("starts_on", "ends_on"):
            value = data.get(field)
            # A plan may be issued the year before it runs (seed 001), not later.
            if value and not datetime.date(year - 1, 1, 1) <= value <= datetime.date(
                year, 12, 31
            ):
                self.add_error(
                    field, f"Ngày {value:%d/%m/%Y} nằm ngoài kế hoạch năm {year}."
                )
        return data


class TargetForm(VersionedForm):
    quantity = VietnameseDecimalField(
        label="Khối lượng toàn xã",
        min_value=Decimal("0.001"),
        max_digits=14,
        decimal_places=3,
    )
    reason = forms.CharField(
        label="Lý do thay đổi",
        required=False,
        max_length=255,
        help_text="Bắt buộc khi sửa khối lượng hoặc phân bổ của chỉ tiêu đã có.",
    )
    # A new target's kind is proposed once from its wording (kind_proposal);
    # the page sent back with the proposal carries this, so the next save
    # keeps whatever the official then chose.
    kind_checked = forms.BooleanField(required=False, widget=forms.HiddenInput)
    # The choices the official made themselves while typing ("counting",
    # "higher_is_better"), as the page's script saw them: never proposed over.
    kind_chosen = forms.CharField(
        required=False, max_length=40, widget=forms.HiddenInput
    )

    class Meta:
        model = Target
        fields = [
            "name",
            "unit",
            "quantity",
            "counting",
            "higher_is_better",
            "task",
            "phase",
            "indicators",
            "allow_partial",
            "note",
        ]
        widgets = {
            "note": forms.Textarea(attrs={"rows": 2}),
            "indicators": forms.SelectMultiple(attrs={"size": 5}),
        }

    def __init__(self, *args, plan: Plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.fields["quantity"].error_messages["min_value"] = (
            "Khối lượng phải lớn hơn 0."
        )
        self.fields["task"].queryset = plan.tasks.all()
        self.fields["phase"].queryset = plan.phases.all()
        self.fields["indicators"].queryset = Indicator.objects.current().filter(
            criterion__criteria_set=plan.criteria_set_id
        )
        self.villages = plan_villages(plan=plan)
        for village in self.villages:
            field = VietnameseDecimalField(
                label=village.title_name,
                required=False,
                min_value=0,
                max_digits=14,
                decimal_places=3,
            )
            field.error_messages["min_value"] = "Khối lượng giao không được âm."
            self.fields[f"village_{village.pk}"] = field
            if self.instance.pk:
                field.initial = next(
                    (
                        a.quantity
                        for a in self.instance.allocations.all()
                        if a.village_id == village.pk
                    ),
                    None,
                )

    def village_fields(self):
        return [(village, self[f"village_{village.pk}"]) for village in self.villages]

    def kind_proposal(self) -> tuple[KindProposal, dict] | None:
        """For a new target saved for the first time: the kind its wording
        suggests (plans.kinds.propose_kind) and the posted data with it
        chosen, when that differs from what the form holds; None otherwise.
        Only choices left at their defaults change (counting "Cộng dồn",
        "càng cao càng tốt" ticked); a rate's unit becomes "%". Call after
        is_valid()."""
        if self.instance.pk or self.cleaned_data.get("kind_checked"):
            return None
        data = self.cleaned_data
        proposal = propose_kind(data["name"], data["unit"], data["quantity"])
        counting, hib = data["counting"], data["higher_is_better"]
        wanted = proposal.fields(unit=data["unit"], counting=counting)
        chosen = set(data.get("kind_chosen", "").split(","))
        if counting != Counting.INCREMENT or "counting" in chosen:
            wanted["counting"] = counting  # chosen by the official
        wanted["higher_is_better"] = (
            hib if "higher_is_better" in chosen else hib and proposal.higher_is_better
        )
        now = {"unit": data["unit"], "counting": counting, "higher_is_better": hib}
        if wanted == now:
            return None
        posted = self.data.copy()
        posted["unit"], posted["counting"] = wanted["unit"], wanted["counting"]
        if wanted["higher_is_better"]:
            posted["higher_is_better"] = "on"
        else:
            posted.pop("higher_is_better", None)
        posted["kind_checked"] = "1"
        return proposal, posted

    def allocations(self) -> dict[Area, Decimal | None]:
        return {
            village: self.cleaned_data.get(f"village_{village.pk}")
            for village in self.villages
        }

    def clean(self):
        data = super().clean()
        known = {f"village_{village.pk}" for village in self.villages}
        foreign = [
            key for key in self.data if key.startswith("village_") and key not in known
        ]
        if foreign:
            raise ValidationError(
                f"Có thôn không thuộc {self.plan.area}; chỉ giao chỉ tiêu cho các thôn của xã."
            )
        if self.instance.pk and not data.get("reason") and self.has_changed():
            # What changes the figures people report against needs a reason.
            recorded = {"quantity", "counting", "higher_is_better"} | known
            if set(self.changed_data) & recorded:
                self.add_error(
                    "reason",
                    "Ghi lý do thay đổi khối lượng, phân bổ hoặc cách tính tiến độ, "
                    "để lưu vào lịch sử chỉ tiêu.",
                )
        return data


class PhaseForm(forms.ModelForm):
    class Meta:
        model = Phase
        fields = ["name", "starts_on", "ends_on"]
        widgets = {"starts_on": DATE_WIDGET, "ends_on": DATE_WIDGET}

    def clean(self):
        data = super().clean()
        check_date_range(self, data)
        return data


PhaseFormSet = forms.inlineformset_factory(
    Plan, Phase, form=PhaseForm, extra=1, can_delete=True
)


class AgencyQuickAddForm(forms.Form):
    name = forms.CharField(label="Tên cơ quan, đơn vị", max_length=255)
    kind = forms.ChoiceField(
        label="Loại", choices=AgencyKind.choices, initial=AgencyKind.GROUP
    )
    area = forms.ModelChoiceField(queryset=Area.objects.none(), label="Thuộc địa bàn")

    def __init__(self, *args, plan: Plan, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = Area.objects.for_user(user).filter(
            pk=plan.area_id
        )
        self.fields["area"].initial = plan.area_id


class BasisForm(forms.ModelForm):
    """A basis line: a plan in the system, or an outside document, picked from
    those known or typed in (number, issuer, date) to be added.

    A line must name a plan or a document (PlanBasis's "names a document"
    constraint), but a document typed in exists only once the plan is saved.
    So `document` is a form field outside Meta.fields, left out of the
    model's validation: clean() holds the rule for the page, and
    services.basis_cited checks the line again once its document is on it."""

    document = forms.ModelChoiceField(
        queryset=LegalDocument.objects.none(), label="Văn bản", required=False
    )
    new_number = forms.CharField(
        label="Hoặc số văn bản mới", max_length=60, required=False
    )
    new_issuer = forms.CharField(
        label="Cơ quan ban hành", max_length=200, required=False
    )
    new_issued_on = forms.DateField(
        label="Ngày ban hành", required=False, widget=DATE_WIDGET
    )
    field_order = ["relation", "source_plan", "document", "text"]

    class Meta:
        model = PlanBasis
        fields = ["relation", "source_plan", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, user, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source_plan"].queryset = (
            Plan.objects.for_user(user).exclude(pk=plan.pk).select_related("area")
        )
        self.fields["document"].queryset = LegalDocument.objects.order_by(
            "-issued_on", "number"
        )
        if self.instance.document_id:
            self.initial.setdefault("document", self.instance.document_id)

    # A new outside document typed on the line: the service adds it when the
    # plan is saved (services.basis_cited); validation writes nothing.
    new_document: dict | None = None

    def clean(self):
        data = super().clean()
        self.instance.document = data.get("document")
        if data.get("DELETE") or data.get("source_plan") or data.get("document"):
            return data
        if not data.get("new_number") or not data.get("new_issuer"):
            raise ValidationError(
                "Chọn kế hoạch hoặc văn bản đã có, hoặc nhập số và cơ quan ban hành của văn bản mới."
            )
        self.new_document = {
            "number": data["new_number"],
            "issuer": data["new_issuer"],
            "issued_on": data.get("new_issued_on"),
        }
        return data


class GoalForm(forms.ModelForm):
    class Meta:
        model = PlanGoal
        fields = [
            "area",
            "kind",
            "criteria_set",
            "criteria_count",
            "target_year",
            "text",
        ]
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, user, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = Area.objects.for_user(user).subtree(plan.area)
        self.fields["criteria_set"].queryset = CriteriaSet.objects.relevant_to(
            user, keep=self.instance.criteria_set_id
        ).select_related("document")


class FundingForm(forms.ModelForm):
    amount = VietnameseDecimalField(
        label="Số tiền (đồng)", required=False, min_value=0, decimal_places=0
    )

    class Meta:
        model = FundingSource
        fields = ["description", "amount", "rate_text"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}


class CosignerForm(forms.ModelForm):
    """Another body issuing a joint plan with its issuer, and its signature.
    The body is chosen among the agencies the issuer field offers; the model's
    clean() refuses the issuer itself (the plan instance is shared with the
    plan form, so the issuer compared is the one posted with it)."""

    class Meta:
        model = PlanCosigner
        fields = ["agency", "signing_authority", "signer_title", "signer_name"]
        help_texts = {"signing_authority": "Ví dụ: TM. BAN THƯỜNG TRỰC"}

    def __init__(self, *args, user, plan, agencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.plan = plan
        field = self.fields["agency"]
        field.queryset = Agency.objects.for_user(user).select_related("area")
        if agencies is not None:
            # NOTE: one list of choices for every line of the formset, so the
            # page costs one query for them however many bodies the plan has.
            field.choices = agencies


class BaseCosignerFormSet(forms.BaseInlineFormSet):
    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        if not hasattr(self, "_agencies"):
            field = CosignerForm(**kwargs).fields["agency"]
            self._agencies = list(field.choices)
        return {**kwargs, "agencies": self._agencies}

    def clean(self):
        # A line posted back with an id outside this plan's cosigners (another
        # plan's, or one deleted meanwhile) would be skipped in silence by
        # Django: refused instead.
        if any(form.instance.pk is None for form in self.initial_forms):
            raise ValidationError(
                "Danh sách cơ quan cùng ban hành đã thay đổi hoặc không thuộc kế hoạch này: hãy tải lại trang rồi sửa lại."
            )
        # A body named twice: said beside the second line (the database
        # constraint would otherwise only answer in a generic message).
        seen = set()
        for form in self.forms:
            agency = getattr(form, "cleaned_data", {}).get("agency")
            if not agency or form.cleaned_data.get("DELETE"):
                continue
            if agency.pk in seen:
                form.add_error(
                    "agency", "Cơ quan này đã có trong danh sách cơ quan cùng ban hành."
                )
            seen.add(agency.pk)
        super().clean()


BasisFormSet = forms.inlineformset_factory(
    Plan, PlanBasis, form=BasisForm, fk_name="plan", extra=1, can_delete=True
)
GoalFormSet = forms.inlineformset_factory(
    Plan, PlanGoal, form=GoalForm, extra=1, can_delete=True
)
FundingFormSet = forms.inlineformset_factory(
    Plan, FundingSource, form=FundingForm, extra=1, can_delete=True
)
CosignerFormSet = forms.inlineformset_factory(
    Plan,
    PlanCosigner,
    form=CosignerForm,
    formset=BaseCosignerFormSet,
    extra=1,
    can_delete=True,
)


class PlanSectionForm(VersionedForm):
    """A numbered section of the plan's text ("IV. TỔ CHỨC THỰC HIỆN")."""

    class Meta:
        model = PlanSection
        fields = ["number", "heading", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 10})}
        help_texts = {
            "number": "Như trong văn bản: IV, 2, a…",
            "body": "Mỗi đoạn một dòng, như trong văn bản.",
        }
