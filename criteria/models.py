"""What must be met: legal documents, criteria sets, criteria, indicators and the
required values that apply per region, commune group or year."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from criteria.querysets import CriteriaSetQuerySet, IndicatorQuerySet
from villages.models import AreaLevel, CommuneGroup
from villages.text import nfc


class Provenance(models.Model):
    """Whether an item's wording was checked against the official text, and where
    it came from. Unverified items are shown as such everywhere."""

    verified = models.BooleanField(
        "đã đối chiếu văn bản gốc",
        default=False,
        help_text="Chỉ đánh dấu khi đã đối chiếu với văn bản chính thức.",
    )
    source = models.CharField("nguồn", max_length=500, blank=True)

    class Meta:
        abstract = True


class LegalDocument(Provenance):
    """A decision, resolution or plan issued outside the app, cited as a basis."""

    number = models.CharField(
        "số, ký hiệu", max_length=60, help_text="Ví dụ: 318/QĐ-TTg"
    )
    doc_type = models.CharField(
        "loại văn bản", max_length=10, help_text="QĐ, NQ, KH, CV…"
    )
    issuer = models.CharField("cơ quan ban hành", max_length=200)
    issued_on = models.DateField("ngày ban hành", null=True, blank=True)
    effective_on = models.DateField("ngày có hiệu lực", null=True, blank=True)
    title = models.TextField("trích yếu", blank=True)
    amends = models.ForeignKey(
        "self",
        verbose_name="sửa đổi, bổ sung văn bản",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="amended_by",
    )

    class Meta:
        ordering = ["-issued_on", "number"]
        verbose_name = "văn bản"
        verbose_name_plural = "văn bản"
        constraints = [
            models.UniqueConstraint(
                fields=["number", "issuer"], name="legaldocument_unique_number"
            ),
        ]

    def __str__(self):
        date = f" ngày {self.issued_on:%d/%m/%Y}" if self.issued_on else ""
        return f"{self.get_type_name()} số {self.number}{date}"

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
}


class SetLevel(models.TextChoices):
    COMMUNE_NTM = "xa_ntm", "Xã nông thôn mới"
    COMMUNE_ADVANCED = "xa_ntm_nang_cao", "Xã nông thôn mới nâng cao"
    COMMUNE_MODEL = "xa_ntm_kieu_mau", "Xã nông thôn mới kiểu mẫu"
    VILLAGE_NTM = "thon_ntm", "Thôn nông thôn mới"
    VILLAGE_MODEL = "khu_dan_cu_kieu_mau", "Khu dân cư nông thôn mới kiểu mẫu"
    DISTRICT_NTM = "huyen_ntm", "Huyện nông thôn mới"
    DISTRICT_ADVANCED = "huyen_ntm_nang_cao", "Huyện nông thôn mới nâng cao"


class TargetDimension(models.TextChoices):
    REGION = "region", "Theo vùng"
    COMMUNE_GROUP = "commune_group", "Theo nhóm xã"
    NONE = "none", "Một mức chung"


class CriteriaSet(Provenance):
    """One decision's criteria for one level and period, e.g. QĐ 318/QĐ-TTg xã NTM."""

    code = models.SlugField("mã", max_length=60, unique=True)
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
        ]

    def __str__(self):
        return f"{self.name} ({self.document.number})"

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
        ]

    def __str__(self):
        return f"Tiêu chí số {self.number} – {self.name}"


class Comparator(models.TextChoices):
    AT_LEAST = "gte", "≥"
    AT_MOST = "lte", "≤"
    EQUAL = "eq", "="
    MET = "met", "Đạt"
    NONE = "none", "Không"
    TEXT = "text", "Theo mô tả"


class Requirement(models.Model):
    """A required value: a comparator with a number and/or the wording officials use."""

    comparator = models.CharField("so sánh", max_length=8, choices=Comparator.choices)
    required_number = models.DecimalField(
        "giá trị yêu cầu", max_digits=14, decimal_places=4, null=True, blank=True
    )
    required_text = models.CharField(
        "yêu cầu (nguyên văn)",
        max_length=255,
        blank=True,
        help_text="Ví dụ: ≥ 95% (≥ 35% nước sạch)",
    )

    class Meta:
        abstract = True

    @property
    def requirement_label(self) -> str:
        """The requirement as officials write it."""
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
        ]

    def __str__(self):
        return f"{self.code}. {self.name}"


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

    class Meta:
        ordering = ["criteria_set", "order"]
        verbose_name = "lĩnh vực nổi trội"
        verbose_name_plural = "lĩnh vực nổi trội"
        constraints = [
            models.UniqueConstraint(
                fields=["criteria_set", "code"], name="outstandingfield_unique_code"
            ),
        ]

    def __str__(self):
        return self.name


class AssessmentStatus(models.TextChoices):
    MET = "met", "Đạt"
    NOT_MET = "not_met", "Chưa đạt"
    NOT_ASSESSED = "not_assessed", "Chưa đánh giá"


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
