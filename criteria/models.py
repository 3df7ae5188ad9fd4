"""What must be met: legal documents, criteria sets, criteria, indicators and the
required values that apply per region, commune group or year."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from criteria.querysets import CriteriaSetQuerySet, IndicatorQuerySet
from ntm.text import nfc
from villages.models import AreaLevel, CommuneGroup


class Provenance(models.Model):
    """Where an item comes from, and whether someone checked it there.

    `verified` means exactly one act: a person read the item in the cited
    source and found it the same (criteria.services.provenance_check), or the
    shipped reference data names the review that did (a fixture entry with its
    citation and check). It is never copied from a parent set and never set
    for a paraphrase; the database refuses a verified row without a check and
    a citation. Unverified items are shown as such wherever they decide
    "đạt / chưa đạt"."""

    verified = models.BooleanField(
        "đã đối chiếu văn bản gốc",
        default=False,
        editable=False,
        help_text="Chỉ được đặt bằng thao tác đối chiếu, có ghi người và thời điểm.",
    )
    source = models.CharField(
        "nguồn (trích dẫn, đường dẫn)", max_length=500, blank=True
    )
    source_document = models.ForeignKey(
        "criteria.LegalDocument",
        verbose_name="văn bản nguồn",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    source_part = models.CharField(
        "phụ lục, phần", max_length=120, blank=True, help_text="Ví dụ: Phụ lục I"
    )
    source_locator = models.CharField(
        "điều, khoản, trang, dòng",
        max_length=120,
        blank=True,
        help_text="Ví dụ: trang 3, bảng 1, dòng 14",
    )
    paraphrase = models.BooleanField(
        "diễn giải, không nguyên văn",
        default=False,
        help_text="Nội dung được viết lại, không chép nguyên văn: không thể đánh dấu đã đối chiếu.",
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người đối chiếu",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    checked_at = models.DateTimeField("đối chiếu lúc", null=True, blank=True)
    check_note = models.CharField(
        "ghi chú đối chiếu",
        max_length=255,
        blank=True,
        help_text="Ai đối chiếu, khi không có tài khoản trong hệ thống (dữ liệu nạp sẵn).",
    )

    class Meta:
        abstract = True

    @property
    def has_source(self) -> bool:
        return bool(self.source or self.source_document_id)

    @property
    def source_label(self) -> str:
        """The citation as one line: document, appendix, place, then the note."""
        parts = [
            str(self.source_document) if self.source_document_id else "",
            self.source_part,
            self.source_locator,
            self.source,
        ]
        return "; ".join(part for part in parts if part)


def inherited_constraints(model: str, inherited: Q) -> list[models.CheckConstraint]:
    """A row copied from a parent set is never verified: nobody read it in the
    provincial text (its parent's check is the parent's)."""
    return [
        models.CheckConstraint(
            condition=~inherited | Q(verified=False),
            name=f"{model}_inherited_not_verified",
            violation_error_message="Dòng kế thừa từ bộ tiêu chí cha không được "
            "đánh dấu đã đối chiếu.",
        )
    ]


def provenance_constraints(model: str) -> list[models.CheckConstraint]:
    """The database side of "verified means checked": a verified row names a
    check date and a source, and is not a paraphrase."""
    return [
        models.CheckConstraint(
            condition=Q(verified=False)
            | (
                Q(checked_at__isnull=False, paraphrase=False)
                & (~Q(source="") | Q(source_document__isnull=False))
            ),
            name=f"{model}_verified_is_checked",
            violation_error_message="Chỉ đánh dấu đã đối chiếu khi có nguồn trích dẫn, "
            "có lần đối chiếu và nội dung không phải bản diễn giải.",
        )
    ]


class LegalDocument(Provenance):
    """A decision, resolution or plan issued outside the app, cited as a basis."""

    # Blank for a document cited with no number (a Party committee's
    # conclusion, a village meeting's resolution, "Công văn không số").
    number = models.CharField(
        "số, ký hiệu", max_length=60, blank=True, help_text="Ví dụ: 318/QĐ-TTg"
    )
    doc_type = models.CharField(
        "loại văn bản", max_length=10, help_text="QĐ, NQ, KH, CV…"
    )
    issuer = models.CharField("cơ quan ban hành", max_length=200)
    issued_on = models.DateField("ngày ban hành", null=True, blank=True)
    effective_on = models.DateField("ngày có hiệu lực", null=True, blank=True)
    title = models.TextField("trích yếu", blank=True)
    # QĐ 211/QĐ-TTg of 2024 amends both QĐ 318 and QĐ 320.
    amends = models.ManyToManyField(
        "self",
        verbose_name="sửa đổi, bổ sung văn bản",
        symmetrical=False,
        blank=True,
        related_name="amended_by",
    )

    class Meta:
        ordering = ["-issued_on", "number"]
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        constraints = [
            models.UniqueConstraint(
                fields=["number", "issuer"],
                condition=~Q(number=""),
                name="legaldocument_unique_number",
            ),
            *provenance_constraints("legaldocument"),
        ]

    def __str__(self):
        number = f" số {self.number}" if self.number else ""
        date = f" ngày {self.issued_on:%d/%m/%Y}" if self.issued_on else ""
        return f"{self.get_type_name()}{number}{date}"

    def save(self, *args, **kwargs):
        self.number = nfc(self.number)
        self.issuer = nfc(self.issuer)
        self.title = nfc(self.title)
        super().save(*args, **kwargs)

    def get_type_name(self) -> str:
        return DOCUMENT_TYPE_NAMES.get(self.doc_type, "Văn bản")


DOCUMENT_TYPE_NAMES = {
    "QĐ": "Quyết định",
    "NQ": "Nghị quyết",
    "KH": "Kế hoạch",
    "CV": "Công văn",
    "HD": "Hướng dẫn",
    "TT": "Thông tư",
    "NĐ": "Nghị định",
    "BC": "Báo cáo",
    "CT": "Chỉ thị",
    "CTr": "Chương trình",
    "TB": "Thông báo",
    "KL": "Kết luận",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "L": "Luật",
}


class SetLevel(models.TextChoices):
    COMMUNE_NTM = "xa_ntm", "Xã nông thôn mới"
    COMMUNE_ADVANCED = "xa_ntm_nang_cao", "Xã nông thôn mới nâng cao"
    COMMUNE_MODEL = "xa_ntm_kieu_mau", "Xã nông thôn mới kiểu mẫu"
    COMMUNE_MODERN = "xa_ntm_hien_dai", "Xã nông thôn mới hiện đại (thí điểm)"
    VILLAGE_NTM = "thon_ntm", "Thôn nông thôn mới"
    VILLAGE_MODEL = "khu_dan_cu_kieu_mau", "Khu dân cư nông thôn mới kiểu mẫu"
    DISTRICT_NTM = "huyen_ntm", "Huyện nông thôn mới"
    DISTRICT_ADVANCED = "huyen_ntm_nang_cao", "Huyện nông thôn mới nâng cao"
    TOWN_COMPLETED = (
        "thi_xa_hoan_thanh",
        "Thị xã, thành phố thuộc tỉnh hoàn thành nhiệm vụ xây dựng nông thôn mới",
    )
    PROVINCE_COMPLETED = (
        "tinh_hoan_thanh",
        "Tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới",
    )


class TargetDimension(models.TextChoices):
    REGION = "region", "Theo vùng"
    COMMUNE_GROUP = "commune_group", "Theo nhóm xã"
    NONE = "none", "Một mức chung"


class CriteriaSet(Provenance):
    """One decision's criteria for one level and period, e.g. QĐ 318/QĐ-TTg xã NTM."""

    code = models.SlugField(
        "mã", max_length=60, help_text="Giữ nguyên qua các phiên bản của bộ."
    )
    version = models.PositiveSmallIntegerField("phiên bản", default=1)
    previous = models.ForeignKey(
        "self",
        verbose_name="phiên bản trước",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="next_versions",
    )
    superseded_at = models.DateTimeField(
        "được thay bằng phiên bản mới lúc",
        null=True,
        blank=True,
        help_text="Để trống: phiên bản hiện hành. Phiên bản cũ giữ nguyên để các "
        "kết quả đánh giá đã làm theo nó vẫn đọc đúng.",
    )
    created_at = models.DateTimeField("tạo lúc", default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người xác nhận nạp",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    expected_criteria = models.PositiveSmallIntegerField(
        "số tiêu chí theo văn bản", null=True, blank=True
    )
    expected_indicators = models.PositiveSmallIntegerField(
        "số chỉ tiêu theo văn bản",
        null=True,
        blank=True,
        help_text="Ví dụ: 47 với QĐ 51/2025/QĐ-TTg; để so với số chỉ tiêu đã nạp.",
    )
    name = models.CharField("tên bộ tiêu chí", max_length=255)
    document = models.ForeignKey(
        LegalDocument,
        verbose_name="văn bản ban hành",
        on_delete=models.PROTECT,
        related_name="criteria_sets",
    )
    level = models.CharField("loại", max_length=24, choices=SetLevel.choices)
    subject_level = models.CharField(
        "đối tượng đánh giá",
        max_length=16,
        choices=AreaLevel.choices,
        default=AreaLevel.COMMUNE,
    )
    period_start = models.PositiveSmallIntegerField("từ năm")
    period_end = models.PositiveSmallIntegerField("đến năm")
    target_dimension = models.CharField(
        "mức đạt chuẩn",
        max_length=16,
        choices=TargetDimension.choices,
        default=TargetDimension.NONE,
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="cụ thể hóa bộ tiêu chí",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="refinements",
    )
    province = models.ForeignKey(
        "villages.Area",
        verbose_name="tỉnh ban hành",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        limit_choices_to={"level": AreaLevel.PROVINCE},
        related_name="criteria_sets",
        help_text="Để trống với bộ tiêu chí quốc gia.",
    )
    note = models.TextField("ghi chú", blank=True)

    objects = CriteriaSetQuerySet.as_manager()

    class Meta:
        ordering = ["-period_end", "province__name", "level", "code"]
        verbose_name = "bộ tiêu chí"
        verbose_name_plural = "bộ tiêu chí"
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")),
                name="criteriaset_period_ordered",
                violation_error_message="Năm kết thúc không được trước năm bắt đầu.",
            ),
            models.UniqueConstraint(
                fields=["code", "version"], name="criteriaset_unique_code_version"
            ),
            models.UniqueConstraint(
                fields=["code"],
                condition=Q(superseded_at__isnull=True),
                name="criteriaset_one_current_version",
                violation_error_message="Bộ tiêu chí chỉ có một phiên bản hiện hành.",
            ),
            *provenance_constraints("criteriaset"),
        ]

    def __str__(self):
        return f"{self.name} ({self.document.number})"

    @property
    def is_current(self) -> bool:
        return self.superseded_at is None

    @property
    def version_label(self) -> str:
        return f"phiên bản {self.version}"

    @property
    def period_label(self) -> str:
        return f"{self.period_start}–{self.period_end}"

    def covers_year(self, year: int) -> bool:
        return self.period_start <= year <= self.period_end


class CriterionGroup(models.Model):
    """A group row of a set: "I. Quy hoạch", "II. Hạ tầng kinh tế - xã hội"."""

    criteria_set = models.ForeignKey(
        CriteriaSet,
        verbose_name="bộ tiêu chí",
        on_delete=models.CASCADE,
        related_name="groups",
    )
    code = models.CharField("số La Mã", max_length=8)
    name = models.CharField("tên nhóm", max_length=150)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        ordering = ["criteria_set", "order"]
        verbose_name = "nhóm tiêu chí"
        verbose_name_plural = "nhóm tiêu chí"
        constraints = [
            models.UniqueConstraint(
                fields=["criteria_set", "code"], name="criteriongroup_unique_code"
            ),
        ]

    def __str__(self):
        return f"{self.code}. {self.name}"


class Criterion(Provenance):
    """A numbered criterion of a set (tiêu chí số 17 – Môi trường và an toàn thực phẩm)."""

    criteria_set = models.ForeignKey(
        CriteriaSet,
        verbose_name="bộ tiêu chí",
        on_delete=models.CASCADE,
        related_name="criteria",
    )
    group = models.ForeignKey(
        CriterionGroup,
        verbose_name="nhóm",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="criteria",
    )
    number = models.PositiveSmallIntegerField("số")
    name = models.CharField("tên tiêu chí", max_length=255)
    description = models.TextField("nội dung", blank=True)
    inherited = models.BooleanField(
        "kế thừa bộ cha",
        default=False,
        editable=False,
        help_text="Chép từ bộ tiêu chí cha; văn bản của tỉnh không ghi lại dòng này.",
    )

    class Meta:
        ordering = ["criteria_set", "number"]
        verbose_name = "tiêu chí"
        verbose_name_plural = "tiêu chí"
        constraints = [
            models.UniqueConstraint(
                fields=["criteria_set", "number"],
                name="criterion_unique_number",
                violation_error_message="Bộ tiêu chí đã có tiêu chí mang số này.",
            ),
            *provenance_constraints("criterion"),
            *inherited_constraints("criterion", Q(inherited=True)),
        ]

    def __str__(self):
        return f"Tiêu chí số {self.number} – {self.name}"


class Comparator(models.TextChoices):
    AT_LEAST = "gte", "≥"
    AT_MOST = "lte", "≤"
    MORE_THAN = "gt", ">"
    LESS_THAN = "lt", "<"
    EQUAL = "eq", "="
    MET = "met", "Đạt"
    NONE = "none", "Không"
    TEXT = "text", "Theo mô tả"
    DELEGATED = "delegated", "Do tỉnh quy định"


# Comparators judged on a number; "delegated" (the national text leaves the
# level to the province) is no requirement until the provincial set gives one.
NUMERIC_COMPARATORS = {"gte", "lte", "gt", "lt", "eq"}
NO_REQUIREMENT = "Chưa có mức yêu cầu"


class Requirement(models.Model):
    """A required value: a comparator with a number and/or the wording officials use."""

    comparator = models.CharField("so sánh", max_length=10, choices=Comparator.choices)
    required_number = models.DecimalField(
        "giá trị yêu cầu", max_digits=14, decimal_places=4, null=True, blank=True
    )
    required_text = models.CharField(
        "yêu cầu (nguyên văn)",
        max_length=255,
        blank=True,
        help_text="Ví dụ: ≥ 95% (≥ 35% nước sạch)",
    )
    note = models.TextField(
        "chú thích", blank=True, help_text="Chú thích, ghi chú cuối bảng của văn bản."
    )

    class Meta:
        abstract = True

    @property
    def has_requirement(self) -> bool:
        """Whether there is a level to judge against: a number for ≥ ≤ < > =,
        the wording for "theo mô tả", always for Đạt / Không; never for a level
        the national text leaves to the province."""
        if self.comparator in {Comparator.MET, Comparator.NONE}:
            return True
        if self.comparator in NUMERIC_COMPARATORS:
            return self.required_number is not None
        if self.comparator == Comparator.TEXT:
            return bool(self.required_text)
        return False

    @property
    def requirement_label(self) -> str:
        """The requirement as officials write it ("" when there is none)."""
        if not self.has_requirement:
            return ""
        if self.required_text:
            return self.required_text
        if self.comparator in {Comparator.MET, Comparator.NONE}:
            return self.get_comparator_display()
        if self.required_number is None:
            return ""
        from django.utils.formats import number_format

        value = self.required_number.normalize()
        places = max(0, -value.as_tuple().exponent)
        unit = getattr(self, "unit", "") or getattr(
            getattr(self, "indicator", None), "unit", ""
        )
        shown = number_format(
            value, decimal_pos=places, use_l10n=True, force_grouping=True
        )
        suffix = unit if unit == "%" else f" {unit}" if unit else ""
        return f"{self.get_comparator_display()} {shown}{suffix}".strip()


class Indicator(Provenance, Requirement):
    """An indicator (chỉ tiêu) such as 17.1, with its general required value.

    Where a region, commune group or year needs another value, an
    IndicatorRequirement says so. An amended wording is a new row with its own
    validity; the old one stays for history.
    """

    criterion = models.ForeignKey(
        Criterion,
        verbose_name="tiêu chí",
        on_delete=models.CASCADE,
        related_name="indicators",
    )
    code = models.CharField("mã chỉ tiêu", max_length=12, help_text="Ví dụ: 17.1")
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    name = models.TextField("nội dung chỉ tiêu")
    unit = models.CharField("đơn vị tính", max_length=40, blank=True)
    verifying_sector = models.CharField(
        "ngành thẩm định",
        max_length=150,
        blank=True,
        help_text="Ngành chịu trách nhiệm hướng dẫn, thẩm định, ví dụ Tài nguyên và Môi trường.",
    )
    verifying_agency = models.ForeignKey(
        "villages.Agency",
        verbose_name="cơ quan thẩm định",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="verified_indicators",
        help_text="Với bộ tiêu chí của tỉnh: cơ quan cụ thể thẩm định chỉ tiêu.",
    )
    inherits_from = models.ForeignKey(
        "self",
        verbose_name="kế thừa chỉ tiêu",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="refinements",
    )
    overrides_parent = models.BooleanField(
        "tỉnh quy định mức riêng", default=False, editable=False
    )
    valid_from = models.DateField("áp dụng từ", null=True, blank=True)
    valid_to = models.DateField("áp dụng đến", null=True, blank=True)
    amended_by = models.ForeignKey(
        LegalDocument,
        verbose_name="sửa đổi bởi",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="amended_indicators",
    )

    whole_criterion = models.BooleanField(
        "đánh giá cả tiêu chí",
        default=False,
        editable=False,
        help_text="Chỉ tiêu tạo tự động khi văn bản chưa được nhập chỉ tiêu chi tiết: "
        "tiêu chí được đánh giá đạt hay chưa đạt như một khối.",
    )
    takes_outstanding_fields = models.BooleanField(
        "chọn lĩnh vực nổi trội",
        default=False,
        help_text="Khi đánh giá chỉ tiêu này, xã chọn lĩnh vực nổi trội (QĐ 319/QĐ-TTg, điều kiện 4).",
    )

    objects = IndicatorQuerySet.as_manager()

    class Meta:
        ordering = ["criterion", "order", "code"]
        verbose_name = "chỉ tiêu"
        verbose_name_plural = "chỉ tiêu"
        constraints = [
            # One wording in force per code; amended wordings keep a valid_to.
            models.UniqueConstraint(
                fields=["criterion", "code"],
                condition=Q(valid_to__isnull=True),
                name="indicator_unique_current_code",
                violation_error_message="Tiêu chí đã có chỉ tiêu đang áp dụng mang mã này.",
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gte=F("valid_from")),
                name="indicator_validity_ordered",
            ),
            *provenance_constraints("indicator"),
            *inherited_constraints(
                "indicator", Q(inherits_from__isnull=False, overrides_parent=False)
            ),
        ]

    def __str__(self):
        return f"{self.code}. {self.name}"

    @property
    def inherited(self) -> bool:
        """Copied from the parent set, not read in this set's own text."""
        return self.inherits_from_id is not None and not self.overrides_parent


# The same rule as Indicator.inherited, as a filter.
INHERITED_INDICATOR = Q(inherits_from__isnull=False, overrides_parent=False)


class IndicatorRequirement(Provenance, Requirement):
    """The required value of an indicator for one region, commune group or year."""

    indicator = models.ForeignKey(
        Indicator,
        verbose_name="chỉ tiêu",
        on_delete=models.CASCADE,
        related_name="requirements",
    )
    region = models.ForeignKey(
        "villages.Region",
        verbose_name="vùng",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )
    commune_group = models.PositiveSmallIntegerField(
        "nhóm xã", choices=CommuneGroup.choices, null=True, blank=True
    )
    year = models.PositiveSmallIntegerField("năm", null=True, blank=True)
    inherited = models.BooleanField("kế thừa bộ cha", default=False, editable=False)

    class Meta:
        ordering = ["indicator", "region__order", "commune_group", "year"]
        verbose_name = "mức yêu cầu theo vùng, nhóm xã"
        verbose_name_plural = "mức yêu cầu theo vùng, nhóm xã"
        constraints = [
            models.CheckConstraint(
                condition=Q(region__isnull=True) | Q(commune_group__isnull=True),
                name="requirement_region_or_group",
                violation_error_message="Mức yêu cầu theo vùng hoặc theo nhóm xã, không cả hai.",
            ),
            models.UniqueConstraint(
                fields=["indicator", "region", "commune_group", "year"],
                name="requirement_unique_target",
            ),
            *provenance_constraints("indicatorrequirement"),
            *inherited_constraints("indicatorrequirement", Q(inherited=True)),
        ]

    def __str__(self):
        scope = self.region or (
            self.get_commune_group_display() if self.commune_group else ""
        )
        year = f" năm {self.year}" if self.year else ""
        return f"{self.indicator.code} – {scope}{year}: {self.requirement_label}"


class OutstandingField(Provenance):
    """A "lĩnh vực nổi trội" a model commune (xã NTM kiểu mẫu) may be recognised for."""

    criteria_set = models.ForeignKey(
        CriteriaSet,
        verbose_name="bộ tiêu chí",
        on_delete=models.CASCADE,
        related_name="outstanding_fields",
    )
    code = models.CharField("mã", max_length=8)
    name = models.CharField("lĩnh vực", max_length=150)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    inherited = models.BooleanField("kế thừa bộ cha", default=False, editable=False)

    class Meta:
        ordering = ["criteria_set", "order"]
        verbose_name = "lĩnh vực nổi trội"
        verbose_name_plural = "lĩnh vực nổi trội"
        constraints = [
            models.UniqueConstraint(
                fields=["criteria_set", "code"], name="outstandingfield_unique_code"
            ),
            *provenance_constraints("outstandingfield"),
            *inherited_constraints("outstandingfield", Q(inherited=True)),
        ]

    def __str__(self):
        return self.name


class AssessmentStatus(models.TextChoices):
    MET = "met", "Đạt"
    NOT_MET = "not_met", "Chưa đạt"
    NOT_ASSESSED = "not_assessed", "Chưa đánh giá"
    # The value is recorded but no verdict given: the set holds no level to
    # judge it against (criteria.services.assessment_record).
    NO_REQUIREMENT = "no_requirement", NO_REQUIREMENT


class VerificationStatus(models.TextChoices):
    PENDING = "pending", "Chờ thẩm định"
    VERIFIED = "verified", "Đã thẩm định"
    RETURNED = "returned", "Trả lại"


class Assessment(models.Model):
    """Where a commune (or a village, for village-level sets) stands on one
    indicator on one date. Summaries such as "đạt 10/19 tiêu chí" are computed
    from these at any date (criteria.selectors), never typed."""

    area = models.ForeignKey(
        "villages.Area",
        verbose_name="địa bàn",
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    indicator = models.ForeignKey(
        Indicator,
        verbose_name="chỉ tiêu",
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    assessed_on = models.DateField("ngày đánh giá")
    status = models.CharField(
        "kết quả", max_length=14, choices=AssessmentStatus.choices
    )
    value_number = models.DecimalField(
        "giá trị (số)", max_digits=14, decimal_places=4, null=True, blank=True
    )
    value_text = models.CharField("giá trị (mô tả)", max_length=255, blank=True)
    requirement = models.CharField(
        "mức yêu cầu áp dụng",
        max_length=255,
        blank=True,
        help_text="Mức yêu cầu áp dụng cho địa bàn vào ngày đánh giá, lưu lại vì văn bản có thể sửa đổi.",
    )
    evidence = models.TextField("minh chứng", blank=True)
    outstanding_fields = models.ManyToManyField(
        OutstandingField,
        verbose_name="lĩnh vực nổi trội đã chọn",
        blank=True,
        related_name="assessments",
    )
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người đánh giá",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    verification = models.CharField(
        "thẩm định",
        max_length=10,
        choices=VerificationStatus.choices,
        default=VerificationStatus.PENDING,
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người thẩm định",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    verified_at = models.DateTimeField("thẩm định lúc", null=True, blank=True)
    verification_comment = models.TextField("ý kiến thẩm định", blank=True)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["area", "indicator", "-assessed_on"]
        verbose_name = "đánh giá chỉ tiêu"
        verbose_name_plural = "đánh giá chỉ tiêu"
        constraints = [
            models.UniqueConstraint(
                fields=["area", "indicator", "assessed_on"],
                name="assessment_one_per_area_indicator_date",
                violation_error_message="Chỉ tiêu này của địa bàn đã được đánh giá trong ngày này.",
            ),
        ]
        indexes = [
            models.Index(fields=["area", "assessed_on"], name="assessment_area_date")
        ]

    def __str__(self):
        return f"{self.area} – {self.indicator.code} – {self.assessed_on:%d/%m/%Y}: {self.get_status_display()}"


class EvidenceFile(models.Model):
    """A scanned record, photo or PDF that backs an assessment. Checked by its
    content, not its name (criteria.evidence), and served only within scope."""

    assessment = models.ForeignKey(
        Assessment,
        verbose_name="đánh giá",
        on_delete=models.CASCADE,
        related_name="files",
    )
    file = models.FileField("tệp", upload_to="minh-chung/%Y/%m/")
    name = models.CharField("tên tệp", max_length=255)
    content_type = models.CharField("loại tệp", max_length=60)
    size = models.PositiveIntegerField("dung lượng (byte)")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tải lên",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    uploaded_at = models.DateTimeField("tải lên lúc", auto_now_add=True)

    class Meta:
        ordering = ["assessment", "pk"]
        verbose_name = "tệp minh chứng"
        verbose_name_plural = "tệp minh chứng"

    def __str__(self):
        return self.name


class CommuneGroupAssignment(models.Model):
    """A commune's group under QĐ 51/2025/QĐ-TTg (nhóm 1, 2 or 3) from a date,
    with the facts the rule reads (criteria.groups.commune_group_rule) and the
    decision that assigns it. The group in force on a date decides which
    required values judge the commune then; a new assignment starts a new
    period, the old one stays as history."""

    area = models.ForeignKey(
        "villages.Area",
        verbose_name="xã",
        on_delete=models.CASCADE,
        limit_choices_to={"level": AreaLevel.COMMUNE},
        related_name="group_assignments",
    )
    group = models.PositiveSmallIntegerField("nhóm xã", choices=CommuneGroup.choices)
    valid_from = models.DateField("áp dụng từ ngày")
    basis = models.CharField(
        "căn cứ",
        max_length=255,
        help_text="Văn bản xác định nhóm xã, ví dụ: Quyết định số …/QĐ-UBND ngày … "
        "của UBND tỉnh.",
    )
    # The facts of the rule, as recorded when the group was assigned.
    minority_zone = models.PositiveSmallIntegerField(
        "xã khu vực (vùng đồng bào DTTS và miền núi)",
        choices=[(1, "Khu vực I"), (2, "Khu vực II"), (3, "Khu vực III")],
        null=True,
        blank=True,
        help_text="Để trống nếu xã không thuộc vùng đồng bào dân tộc thiểu số và "
        "miền núi.",
    )
    next_to_urban = models.BooleanField(
        "liền kề đô thị hiện hữu và có định hướng phát triển thành đô thị",
        default=False,
    )
    agriculture_share = models.DecimalField(
        "tỷ trọng ngành nông nghiệp trong cơ cấu kinh tế (%)",
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
    )
    new_urban = models.BooleanField("được định hướng là đô thị mới", default=False)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người ghi nhận",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    assigned_at = models.DateTimeField("ghi nhận lúc", default=timezone.now)

    class Meta:
        ordering = ["area", "-valid_from"]
        verbose_name = "nhóm xã (2026–2030)"
        verbose_name_plural = "nhóm xã (2026–2030)"
        constraints = [
            models.UniqueConstraint(
                fields=["area", "valid_from"],
                name="communegroup_one_per_day",
                violation_error_message="Xã đã có nhóm áp dụng từ ngày này.",
            ),
            models.CheckConstraint(
                condition=Q(group__in=[1, 2, 3]),
                name="communegroup_group_1_to_3",
            ),
            models.CheckConstraint(
                condition=Q(agriculture_share__isnull=True)
                | Q(agriculture_share__gte=0, agriculture_share__lte=100),
                name="communegroup_share_is_percent",
                violation_error_message="Tỷ trọng nông nghiệp phải từ 0 đến 100%%.",
            ),
        ]

    def __str__(self):
        return f"{self.area} – {self.get_group_display()} từ {self.valid_from:%d/%m/%Y}"


class LoadStatus(models.TextChoices):
    DRAFT = "draft", "Chờ xác nhận"
    CONFIRMED = "confirmed", "Đã xác nhận"
    DISCARDED = "discarded", "Đã hủy"


class CriteriaSetLoad(models.Model):
    """One upload of a set's official text (Word, Excel, PDF) by a
    reference-data manager: kept while its preview is read, then confirmed
    (it made `result`, a new version) or discarded. The file is read again at
    confirmation, so what is saved is what the preview showed."""

    code = models.SlugField("mã bộ tiêu chí", max_length=60)
    base = models.ForeignKey(
        CriteriaSet,
        verbose_name="so với phiên bản",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Phiên bản hiện hành khi tải lên; để trống với bộ mới.",
    )
    parent = models.ForeignKey(
        CriteriaSet,
        verbose_name="kế thừa bộ",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    province = models.ForeignKey(
        "villages.Area",
        verbose_name="tỉnh",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    new_set = models.JSONField(
        "thông tin bộ mới",
        default=dict,
        blank=True,
        help_text="Tên, văn bản, giai đoạn của bộ tiêu chí mới (khi chưa có bộ).",
    )
    file = models.FileField("tệp", upload_to="nap-tieu-chi/%Y/%m/")
    name = models.CharField("tên tệp", max_length=255)
    kind = models.CharField("loại tệp", max_length=8)
    sha256 = models.CharField("mã băm SHA-256", max_length=64)
    source_part = models.CharField("phụ lục, phần", max_length=120, blank=True)
    status = models.CharField(
        "trạng thái",
        max_length=10,
        choices=LoadStatus.choices,
        default=LoadStatus.DRAFT,
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tải lên",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    uploaded_at = models.DateTimeField("tải lên lúc", auto_now_add=True)
    result = models.ForeignKey(
        CriteriaSet,
        verbose_name="phiên bản đã tạo",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="loads",
    )
    decided_at = models.DateTimeField("xác nhận, hủy lúc", null=True, blank=True)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = "lần nạp bộ tiêu chí"
        verbose_name_plural = "lần nạp bộ tiêu chí"

    def __str__(self):
        return f"{self.name} → {self.code} ({self.get_status_display()})"
