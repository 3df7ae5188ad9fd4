"""What was decided: plans, their basis and goals, tasks with lead and
coordinating units, targets split across villages, and campaign phases."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from simple_history.models import HistoricalRecords

from ntm.text import nfc
from plans.querysets import PlanChildQuerySet, PlanQuerySet


class DocumentType(models.TextChoices):
    """Document types and their abbreviations (Nghị định 30/2020/NĐ-CP, Phụ lục III)."""

    PLAN = "KH", "Kế hoạch"
    REPORT = "BC", "Báo cáo"
    DECISION = "QĐ", "Quyết định"
    PROGRAMME = "CTr", "Chương trình"
    NOTICE = "TB", "Thông báo"
    GUIDANCE = "HD", "Hướng dẫn"
    SCHEME = "ĐA", "Đề án"


class PlanStatus(models.TextChoices):
    DRAFT = "draft", "Dự thảo"
    ISSUED = "issued", "Đã ban hành"


class ReportPeriod(models.TextChoices):
    WEEK = "week", "Hằng tuần"
    MONTH = "month", "Hằng tháng"
    NONE = "none", "Không báo cáo định kỳ"


WEEKDAYS = [
    (0, "Thứ Hai"),
    (1, "Thứ Ba"),
    (2, "Thứ Tư"),
    (3, "Thứ Năm"),
    (4, "Thứ Sáu"),
    (5, "Thứ Bảy"),
    (6, "Chủ nhật"),
]


class Plan(models.Model):
    """A plan (kế hoạch) as issued: header, basis, goals, text, signer, recipients,
    and the reporting rule that weekly progress follows."""

    area = models.ForeignKey(
        "villages.Area",
        verbose_name="địa bàn",
        on_delete=models.PROTECT,
        related_name="plans",
    )
    issuing_agency = models.ForeignKey(
        "villages.Agency",
        verbose_name="cơ quan ban hành",
        on_delete=models.PROTECT,
        related_name="issued_plans",
    )
    parent_agency = models.ForeignKey(
        "villages.Agency",
        verbose_name="cơ quan chủ quản",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Dòng trên tên cơ quan ban hành ở tiêu đề, nếu có.",
    )
    doc_type = models.CharField(
        "loại văn bản",
        max_length=4,
        choices=DocumentType.choices,
        default=DocumentType.PLAN,
    )
    number = models.CharField(
        "số",
        max_length=10,
        blank=True,
        help_text="Để trống khi còn là dự thảo: “Số: /KH-UBND”.",
    )
    symbol = models.CharField(
        "ký hiệu", max_length=40, help_text="Ví dụ: KH-UBND, KH-BCĐ"
    )
    year = models.PositiveSmallIntegerField("năm kế hoạch")
    title = models.TextField("trích yếu")
    place = models.CharField("địa danh", max_length=100, help_text="Ví dụ: Thụy Hùng")
    issued_on = models.DateField("ngày ban hành", null=True, blank=True)
    issue_month = models.PositiveSmallIntegerField(
        "tháng ban hành",
        null=True,
        blank=True,
        help_text="Khi chưa có ngày cụ thể: “ngày   tháng 02 năm 2023”.",
    )
    issue_year = models.PositiveSmallIntegerField("năm ban hành", null=True, blank=True)
    criteria_set = models.ForeignKey(
        "criteria.CriteriaSet",
        verbose_name="bộ tiêu chí",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plans",
    )
    opening = models.TextField("lời mở đầu", blank=True)
    purpose = models.TextField("mục đích", blank=True)
    requirements = models.TextField("yêu cầu", blank=True)
    budget_total = models.DecimalField(
        "tổng kinh phí (đồng)", max_digits=16, decimal_places=0, null=True, blank=True
    )
    budget_text = models.CharField(
        "kinh phí (nguyên văn)",
        max_length=255,
        blank=True,
        help_text="Ví dụ: 50 triệu đồng/năm",
    )
    signing_authority = models.CharField(
        "thẩm quyền ký",
        max_length=100,
        blank=True,
        help_text="Ví dụ: KT. CHỦ TỊCH, TM. ỦY BAN NHÂN DÂN",
    )
    signer_title = models.CharField("chức vụ người ký", max_length=100, blank=True)
    signer_name = models.CharField("họ tên người ký", max_length=100, blank=True)
    signer = models.ForeignKey(
        "villages.Official",
        verbose_name="người ký",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="signed_plans",
    )
    report_period = models.CharField(
        "kỳ báo cáo",
        max_length=8,
        choices=ReportPeriod.choices,
        default=ReportPeriod.WEEK,
    )
    report_weekday = models.PositiveSmallIntegerField(
        "hạn báo cáo: thứ", choices=WEEKDAYS, default=3
    )
    report_time = models.TimeField("hạn báo cáo: giờ", default=datetime.time(14, 30))
    final_report_on = models.DateField("hạn báo cáo kết quả", null=True, blank=True)
    reporting_text = models.TextField("chế độ báo cáo (nguyên văn)", blank=True)
    status = models.CharField(
        "trạng thái", max_length=8, choices=PlanStatus.choices, default=PlanStatus.DRAFT
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tạo",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    objects = PlanQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "-issued_on", "-pk"]
        verbose_name = "kế hoạch"
        verbose_name_plural = "kế hoạch"
        constraints = [
            models.UniqueConstraint(
                fields=["issuing_agency", "number", "symbol", "year"],
                condition=~Q(number=""),
                name="plan_unique_number",
                violation_error_message="Cơ quan này đã có văn bản mang số, ký hiệu này trong năm.",
            ),
            models.CheckConstraint(
                condition=Q(issue_month__isnull=True)
                | Q(issue_month__gte=1, issue_month__lte=12),
                name="plan_issue_month_valid",
                violation_error_message="Tháng ban hành từ 1 đến 12.",
            ),
            models.CheckConstraint(
                condition=Q(report_weekday__lte=6),
                name="plan_report_weekday_valid",
                violation_error_message="Hạn báo cáo phải là một ngày trong tuần.",
            ),
            models.CheckConstraint(
                condition=Q(year__gte=1990, year__lte=2100),
                name="plan_year_plausible",
                violation_error_message="Năm kế hoạch phải từ 1990 đến 2100.",
            ),
        ]
        indexes = [models.Index(fields=["area", "year"], name="plan_area_year")]

    def __str__(self):
        return f"{self.get_doc_type_display()} {self.reference}: {self.title[:80]}"

    def save(self, *args, **kwargs):
        for field in ("title", "place", "symbol", "signer_name", "signer_title"):
            setattr(self, field, nfc(getattr(self, field)))
        super().save(*args, **kwargs)

    @property
    def reference(self) -> str:
        """ "01/KH-BCĐ", "05-KH/HND", or "/KH-UBND" for a draft without a
        number."""
        return document_reference(self.number, self.symbol)


def document_reference(number: str, symbol: str) -> str:
    """A document's number and symbol as written: "05/KH-UBND" (the state's
    form) or "05-KH/HND" (the Party's and the mass organisations', whose
    symbol holds the slash: "KH/HND", "KH/TĐTN-PTTN")."""
    return f"{number}-{symbol}" if "/" in symbol else f"{number}/{symbol}"


class PlanCosigner(models.Model):
    """Another body issuing a joint plan ("Kế hoạch liên tịch", "Kế hoạch
    phối hợp") with the plan's issuer, and its signature: Decree 30/2020
    (Phụ lục I) places the presiding body's (the plan's own signer) on the
    right, the other bodies' on the left."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="cosigners")
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    agency = models.ForeignKey(
        "villages.Agency",
        verbose_name="cơ quan cùng ban hành",
        on_delete=models.PROTECT,
        related_name="cosigned_plans",
        help_text="Ví dụ: Ban Thường trực Ủy ban MTTQ Việt Nam xã, Hội Liên hiệp Phụ nữ xã.",
    )
    signing_authority = models.CharField(
        "thẩm quyền ký",
        max_length=100,
        blank=True,
        help_text="Ví dụ: TM. BAN THƯỜNG TRỰC, TM. BAN CHẤP HÀNH",
    )
    signer_title = models.CharField("chức vụ người ký", max_length=100, blank=True)
    signer_name = models.CharField("họ tên người ký", max_length=100, blank=True)
    signer = models.ForeignKey(
        "villages.Official",
        verbose_name="người ký",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="cosigned_plans",
    )
    history = HistoricalRecords()

    objects = PlanChildQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name = "cơ quan cùng ban hành"
        verbose_name_plural = "cơ quan cùng ban hành"
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "agency"],
                name="cosigner_once_per_plan",
                violation_error_message="Cơ quan này đã có trong danh sách cơ quan cùng ban hành.",
            ),
        ]

    def __str__(self):
        return str(self.agency)

    def save(self, *args, **kwargs):
        for field in ("signing_authority", "signer_name", "signer_title"):
            setattr(self, field, nfc(getattr(self, field)))
        super().save(*args, **kwargs)

    def clean(self):
        if self.plan_id and self.agency_id == self.plan.issuing_agency_id:
            raise ValidationError(
                {"agency": "Cơ quan cùng ban hành phải khác cơ quan chủ trì ban hành."}
            )


class BasisRelation(models.TextChoices):
    IMPLEMENTS = "implements", "Thực hiện"
    BASED_ON = "based_on", "Căn cứ"


class PlanBasis(models.Model):
    """A document the plan implements or is based on: another plan in the system
    (plans cascade province → district → commune) or an outside document."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="bases")
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    relation = models.CharField(
        "quan hệ",
        max_length=12,
        choices=BasisRelation.choices,
        default=BasisRelation.IMPLEMENTS,
    )
    source_plan = models.ForeignKey(
        Plan,
        verbose_name="kế hoạch cấp trên",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="implemented_by",
    )
    document = models.ForeignKey(
        "criteria.LegalDocument",
        verbose_name="văn bản",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cited_by",
    )
    text = models.TextField(
        "trích dẫn", blank=True, help_text="Như trong văn bản: “về việc …”"
    )

    objects = PlanChildQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name = "căn cứ"
        verbose_name_plural = "căn cứ"
        constraints = [
            models.CheckConstraint(
                condition=Q(source_plan__isnull=False) | Q(document__isnull=False),
                name="basis_names_a_document",
                violation_error_message="Chọn một kế hoạch trong hệ thống hoặc một văn bản.",
            ),
        ]

    def __str__(self):
        cited = self.source_plan or self.document
        return f"{self.get_relation_display()} {cited}"


class GoalKind(models.TextChoices):
    REACH_NTM = "reach_ntm", "Đạt chuẩn nông thôn mới"
    REACH_ADVANCED = "reach_advanced", "Đạt chuẩn nông thôn mới nâng cao"
    REACH_MODEL = "reach_model", "Đạt chuẩn nông thôn mới kiểu mẫu"
    KEEP = "keep", "Giữ vững các tiêu chí đã đạt"
    MODEL_VILLAGE = "model_village", "Khu dân cư nông thôn mới kiểu mẫu"
    OTHER = "other", "Khác"


class PlanGoal(models.Model):
    """A criteria outcome the plan aims at, for one area: "xã Tân Thành đạt
    chuẩn NTM nâng cao 14/14", "giữ vững 10 tiêu chí"."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="goals")
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    area = models.ForeignKey(
        "villages.Area",
        verbose_name="địa bàn",
        on_delete=models.PROTECT,
        related_name="plan_goals",
    )
    kind = models.CharField("mục tiêu", max_length=16, choices=GoalKind.choices)
    criteria_set = models.ForeignKey(
        "criteria.CriteriaSet",
        verbose_name="theo bộ tiêu chí",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plan_goals",
    )
    criteria_count = models.PositiveSmallIntegerField(
        "số tiêu chí",
        null=True,
        blank=True,
        help_text="Ví dụ: 19 (đạt 19/19), 10 (giữ vững 10 tiêu chí)",
    )
    target_year = models.PositiveSmallIntegerField("năm đạt", null=True, blank=True)
    text = models.TextField("nguyên văn", blank=True)

    objects = PlanChildQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name = "mục tiêu"
        verbose_name_plural = "mục tiêu"

    def __str__(self):
        return f"{self.area}: {self.get_kind_display()}"


class PlanSection(models.Model):
    """A numbered section of the text ("IV. TỔ CHỨC THỰC HIỆN"), kept as written."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    number = models.CharField("số mục", max_length=10, blank=True)
    heading = models.CharField("tiêu đề", max_length=255)
    body = models.TextField("nội dung", blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = PlanChildQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name = "mục"
        verbose_name_plural = "mục"

    def __str__(self):
        return f"{self.number}. {self.heading}" if self.number else self.heading


class FundingSource(models.Model):
    """A source of funds: "Nghị quyết 44/2021/NQ-HĐND … mức hỗ trợ 1 triệu đồng/hộ"."""

    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, related_name="funding_sources"
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    description = models.TextField("nguồn kinh phí")
    document = models.ForeignKey(
        "criteria.LegalDocument",
        verbose_name="văn bản quy định",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="funded_plans",
    )
    amount = models.DecimalField(
        "số tiền (đồng)", max_digits=16, decimal_places=0, null=True, blank=True
    )
    rate_text = models.CharField(
        "định mức", max_length=100, blank=True, help_text="Ví dụ: 1 triệu đồng/hộ"
    )

    objects = PlanChildQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name = "nguồn kinh phí"
        verbose_name_plural = "nguồn kinh phí"
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | Q(amount__gte=0),
                name="funding_amount_non_negative",
            ),
        ]

    def __str__(self):
        return self.description[:80]


class Recipient(models.Model):
    """One line of "Nơi nhận:" ("- Phòng TN&MT huyện;"), the last being "Lưu: VT."."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="recipients")
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    text = models.CharField("nơi nhận", max_length=255)
    agency = models.ForeignKey(
        "villages.Agency",
        verbose_name="cơ quan",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
    )

    objects = PlanChildQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name = "nơi nhận"
        verbose_name_plural = "nơi nhận"

    def __str__(self):
        return self.text


class Phase(models.Model):
    """A campaign phase (đợt cao điểm): seed 003's 15/03–15/05/2023 and 01/07–01/08/2023."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="phases")
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    name = models.CharField("tên đợt", max_length=100)
    starts_on = models.DateField("từ ngày")
    ends_on = models.DateField("đến ngày")

    objects = PlanChildQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "starts_on", "order"]
        verbose_name = "đợt cao điểm"
        verbose_name_plural = "đợt cao điểm"
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")),
                name="phase_ends_after_start",
                violation_error_message="Ngày kết thúc không được trước ngày bắt đầu.",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.starts_on:%d/%m/%Y} – {self.ends_on:%d/%m/%Y})"


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Chưa triển khai"
    IN_PROGRESS = "in_progress", "Đang thực hiện"
    DONE = "done", "Hoàn thành"
    LATE = "late", "Chậm tiến độ"


class Task(models.Model):
    """A task (nhiệm vụ, nội dung) with its time frame, units and method."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    number = models.CharField("số", max_length=10)
    title = models.TextField("nhiệm vụ")
    description = models.TextField("nội dung", blank=True)
    starts_on = models.DateField("từ ngày", null=True, blank=True)
    ends_on = models.DateField("đến ngày", null=True, blank=True)
    time_text = models.CharField(
        "thời gian (nguyên văn)",
        max_length=255,
        blank=True,
        help_text="Ví dụ: Trong quý I năm 2023",
    )
    frequency_text = models.CharField(
        "tần suất tối thiểu",
        max_length=255,
        blank=True,
        help_text="Ví dụ: tối thiểu 04 lần/năm, mỗi quý 01 lần",
    )
    lead_agency = models.ForeignKey(
        "villages.Agency",
        verbose_name="đơn vị chủ trì",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="led_tasks",
    )
    coordinating_agencies = models.ManyToManyField(
        "villages.Agency",
        verbose_name="đơn vị phối hợp",
        blank=True,
        related_name="coordinated_tasks",
    )
    responsible_official = models.ForeignKey(
        "villages.Official",
        verbose_name="người phụ trách",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tasks",
    )
    responsible_text = models.CharField(
        "người phụ trách (họ tên, chức vụ)", max_length=255, blank=True
    )
    method = models.TextField("phương pháp, hình thức", blank=True)
    participants = models.TextField("lực lượng tham gia", blank=True)
    indicators = models.ManyToManyField(
        "criteria.Indicator",
        verbose_name="chỉ tiêu phục vụ",
        blank=True,
        related_name="tasks",
    )
    status = models.CharField(
        "trạng thái",
        max_length=12,
        choices=TaskStatus.choices,
        default=TaskStatus.NOT_STARTED,
    )
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = PlanChildQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name = "nhiệm vụ"
        verbose_name_plural = "nhiệm vụ"
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "number"],
                name="task_unique_number",
                violation_error_message="Kế hoạch đã có nhiệm vụ mang số này.",
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True)
                | Q(starts_on__isnull=True)
                | Q(ends_on__gte=F("starts_on")),
                name="task_ends_after_start",
                violation_error_message="Ngày kết thúc không được trước ngày bắt đầu.",
            ),
        ]

    def __str__(self):
        return f"{self.number}. {self.title[:80]}"


class Counting(models.TextChoices):
    INCREMENT = "increment", "Cộng dồn khối lượng các kỳ"
    RUNNING_TOTAL = "running", "Lấy số liệu mới nhất"
    YES_NO = "yes_no", "Có / không"


class Target(models.Model):
    """A quantity to reach ("Trồng hàng rào xanh: 3.200 m"), split by village."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="targets")
    task = models.ForeignKey(
        Task,
        verbose_name="thuộc nhiệm vụ",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="targets",
    )
    phase = models.ForeignKey(
        Phase,
        verbose_name="trong đợt",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="targets",
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=0)
    name = models.CharField("chỉ tiêu", max_length=255)
    unit = models.CharField("đơn vị tính", max_length=40)
    quantity = models.DecimalField(
        "khối lượng toàn xã", max_digits=14, decimal_places=3
    )
    counting = models.CharField(
        "cách tính tiến độ",
        max_length=10,
        choices=Counting.choices,
        default=Counting.INCREMENT,
    )
    higher_is_better = models.BooleanField("càng cao càng tốt", default=True)
    allow_partial = models.BooleanField(
        "phân bổ chưa đủ",
        default=False,
        help_text="Cho phép tổng giao các thôn khác khối lượng toàn xã (ghi rõ lý do trong ghi chú).",
    )
    indicators = models.ManyToManyField(
        "criteria.Indicator",
        verbose_name="chỉ tiêu phục vụ",
        blank=True,
        related_name="targets",
    )
    note = models.TextField("ghi chú", blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = PlanChildQuerySet.as_manager()

    class Meta:
        ordering = ["plan", "order", "pk"]
        verbose_name = "chỉ tiêu"
        verbose_name_plural = "chỉ tiêu"
        constraints = [
            models.CheckConstraint(
                condition=Q(quantity__gt=0),
                name="target_quantity_positive",
                violation_error_message="Khối lượng phải lớn hơn 0.",
            ),
        ]

    def __str__(self):
        return f"{self.name}: {self.quantity.normalize():f} {self.unit}"

    @property
    def is_rate(self) -> bool:
        """A rate every village must reach ("100% hộ có nhà vệ sinh tự hoại"),
        written in "%" as the plan and the importer write it: each village's
        share is the rate itself, so shares are not added up."""
        return self.unit.strip() == "%"


class VillageTarget(models.Model):
    """The share of a target given to one village."""

    target = models.ForeignKey(
        Target, on_delete=models.CASCADE, related_name="allocations"
    )
    village = models.ForeignKey(
        "villages.Area",
        verbose_name="thôn",
        on_delete=models.PROTECT,
        related_name="allocations",
    )
    quantity = models.DecimalField("khối lượng giao", max_digits=14, decimal_places=3)

    class Meta:
        ordering = ["target", "village__name"]
        verbose_name = "chỉ tiêu giao thôn"
        verbose_name_plural = "chỉ tiêu giao thôn"
        constraints = [
            models.UniqueConstraint(
                fields=["target", "village"],
                name="villagetarget_unique",
                violation_error_message="Thôn này đã được giao chỉ tiêu này.",
            ),
            models.CheckConstraint(
                condition=Q(quantity__gte=0),
                name="villagetarget_quantity_non_negative",
                violation_error_message="Khối lượng giao không được âm.",
            ),
        ]

    def __str__(self):
        return f"{self.village}: {self.quantity.normalize():f}"


class TargetRevision(models.Model):
    """A change to a target's quantity or split: old and new, who, when and why.
    Peer systems lost this; here a changed target always leaves a trace."""

    target = models.ForeignKey(
        Target, on_delete=models.CASCADE, related_name="revisions"
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    changed_at = models.DateTimeField("lúc", auto_now_add=True)
    before = models.JSONField("trước")
    after = models.JSONField("sau")
    reason = models.CharField("lý do", max_length=255, blank=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = "lịch sử chỉ tiêu"
        verbose_name_plural = "lịch sử chỉ tiêu"

    def __str__(self):
        return f"{self.target} ({self.changed_at:%d/%m/%Y %H:%M})"
