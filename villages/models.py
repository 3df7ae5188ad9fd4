"""Places, bodies and people: the administrative tree, agencies, officials and
the memberships that scope every query a user runs."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q, Value
from django.db.models.functions import Concat, Length, Substr

from ntm.text import nfc
from villages.querysets import AgencyQuerySet, AreaQuerySet, MembershipQuerySet
from villages.roles import Role

PATH_SEGMENT = 9  # "00000042." per level


class Region(models.Model):
    """One of the 7 socio-economic regions whose targets apply in 2021–2025."""

    code = models.CharField("mã vùng", max_length=16, unique=True)
    name = models.CharField("tên vùng", max_length=100, unique=True)
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "vùng"
        verbose_name_plural = "vùng"

    def __str__(self):
        return self.name


class AreaLevel(models.TextChoices):
    PROVINCE = "province", "Cấp tỉnh"
    DISTRICT = "district", "Cấp huyện"
    COMMUNE = "commune", "Cấp xã"
    VILLAGE = "village", "Thôn, khu dân cư"


# The levels each level may hang under. Since 1/7/2025 a commune hangs directly
# under its province, while the 2021–2025 history keeps its districts.
ALLOWED_PARENT_LEVELS = {
    AreaLevel.PROVINCE: set(),
    AreaLevel.DISTRICT: {AreaLevel.PROVINCE},
    AreaLevel.COMMUNE: {AreaLevel.PROVINCE, AreaLevel.DISTRICT},
    AreaLevel.VILLAGE: {AreaLevel.COMMUNE},
}


class CommuneGroup(models.IntegerChoices):
    """Commune groups of QĐ 51/2025/QĐ-TTg (2026–2030 targets)."""

    GROUP_1 = 1, "Xã nhóm 1"
    GROUP_2 = 2, "Xã nhóm 2"
    GROUP_3 = 3, "Xã nhóm 3"


class Area(models.Model):
    """An administrative unit: province, district, commune or village."""

    name = models.CharField("tên", max_length=150)
    kind = models.CharField(
        "loại đơn vị",
        max_length=30,
        help_text="Như trong tên gọi: tỉnh, thành phố, huyện, thị xã, xã, phường, "
        "đặc khu, thôn, bản, xóm, khu dân cư…",
    )
    level = models.CharField("cấp", max_length=16, choices=AreaLevel.choices)
    code = models.CharField("mã đơn vị hành chính", max_length=16, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name="thuộc",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    path = models.CharField("đường dẫn", max_length=255, editable=False, db_index=True)
    depth = models.PositiveSmallIntegerField("độ sâu", default=0, editable=False)
    region = models.ForeignKey(
        Region,
        verbose_name="vùng",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        help_text="Đặt ở cấp tỉnh; xã, thôn lấy theo tỉnh.",
    )
    uses_northern_upland_targets = models.BooleanField(
        "áp dụng mức vùng Trung du miền núi phía Bắc",
        default=False,
        help_text="Xã đặc biệt khó khăn, xã an toàn khu thuộc huyện nghèo và huyện vừa "
        "thoát nghèo giai đoạn 2018–2020 (Điều 1 QĐ 318/QĐ-TTg).",
    )
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)
    valid_to = models.DateField("hiệu lực đến", null=True, blank=True)
    is_demo = models.BooleanField(
        "dữ liệu minh họa",
        default=False,
        help_text="Tên không có trong văn bản gốc, đặt ra cho bản chạy thử.",
    )
    # Set by `manage.py load_areas`: which record of the national list this
    # unit is ("dvhc2025:06040"), and the name, kind and code that list gave
    # at the last load. A field that now differs from what the list gave was
    # corrected by a person, and the next load keeps it (villages/area_load.py).
    source_key = models.CharField(
        "mã nguồn danh mục", max_length=64, blank=True, editable=False
    )
    source_values = models.JSONField(
        "giá trị theo danh mục", default=dict, blank=True, editable=False
    )

    objects = AreaQuerySet.as_manager()

    class Meta:
        ordering = ["path"]
        verbose_name = "địa bàn"
        verbose_name_plural = "địa bàn"
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gte=F("valid_from")),
                name="area_valid_to_after_valid_from",
                violation_error_message="Ngày hết hiệu lực không được trước ngày có hiệu lực.",
            ),
            models.UniqueConstraint(
                fields=["source_key"],
                condition=~Q(source_key=""),
                name="area_unique_source_key",
            ),
        ]
        indexes = [models.Index(fields=["level", "path"], name="area_level_path")]

    def __str__(self):
        return self.full_name

    @transaction.atomic
    def save(self, *args, **kwargs):
        # The path is derived data (an index of the tree), kept here so that every
        # way of writing an Area — services, admin, fixtures — keeps it right.
        self.name = nfc(self.name)
        self.kind = nfc(self.kind)
        super().save(*args, **kwargs)
        parent_path = self.parent.path if self.parent_id else ""
        new_path = f"{parent_path}{self.pk:08d}."
        if new_path == self.path:
            return
        old_path, old_depth = self.path, self.depth
        new_depth = len(new_path) // PATH_SEGMENT - 1
        Area.objects.filter(pk=self.pk).update(path=new_path, depth=new_depth)
        if old_path:
            # Moved under another parent: rewrite the whole subtree in one statement.
            Area.objects.filter(path__startswith=old_path).exclude(pk=self.pk).update(
                path=Concat(Value(new_path), Substr("path", len(old_path) + 1)),
                depth=Length("path") / PATH_SEGMENT - 1 + (new_depth - old_depth),
            )
        self.path, self.depth = new_path, new_depth

    @property
    def full_name(self) -> str:
        return f"{self.kind} {self.name}"

    @property
    def title_name(self) -> str:
        """The full name capitalised to start a line: "Xã Thụy Hùng"."""
        return self.full_name[:1].upper() + self.full_name[1:]

    def ancestor_ids(self) -> list[int]:
        segments = [s for s in self.path.split(".") if s]
        return [int(s) for s in segments[:-1]]

    def is_within(self, other: Area) -> bool:
        return self.path.startswith(other.path)

    def clean(self):
        self.name = nfc(self.name)
        self.kind = nfc(self.kind)
        if self.parent_id:
            if self.parent.level not in ALLOWED_PARENT_LEVELS.get(self.level, set()):
                raise ValidationError(
                    {
                        "parent": f"{self.parent.title_name} không thể chứa một đơn vị "
                        f"{self.get_level_display().lower()}."
                    }
                )
            if self.pk and self.parent.path.startswith(self.path):
                raise ValidationError(
                    {"parent": "Một địa bàn không thể nằm trong chính nó."}
                )
        elif self.level != AreaLevel.PROVINCE:
            raise ValidationError(
                {"parent": "Chỉ đơn vị cấp tỉnh mới không thuộc đơn vị nào."}
            )

    def commune_group_on(self, day=None):
        """The QĐ 51/2025/QĐ-TTg group assignment (criteria.CommuneGroupAssignment)
        in force on `day`, today by default; None before any. Read once per
        instance and day, or from a prefetched `group_assignments`."""
        from django.utils import timezone

        day = day or timezone.localdate()
        cache = self.__dict__.setdefault("_commune_groups", {})
        if day not in cache:
            prefetched = getattr(self, "_prefetched_objects_cache", {})
            if "group_assignments" in prefetched:
                found = [
                    a for a in prefetched["group_assignments"] if a.valid_from <= day
                ]
                cache[day] = max(found, key=lambda a: a.valid_from, default=None)
            else:
                cache[day] = (
                    self.group_assignments.filter(valid_from__lte=day)
                    .order_by("-valid_from")
                    .first()
                )
        return cache[day]

    def effective_region(self) -> Region | None:
        """The region whose 2021–2025 targets apply: the first one up the tree
        (looked up once per instance)."""
        if self.region_id:
            return self.region
        if not hasattr(self, "_effective_region"):
            ancestor = (
                Area.objects.ancestors(self)
                .filter(region__isnull=False)
                .select_related("region")
                .order_by("-depth")
                .first()
            )
            self._effective_region = ancestor.region if ancestor else None
        return self._effective_region


class AreaSuccession(models.Model):
    """A merger or split: older units replaced by a new one from a date.

    A merged commune's NTM status is re-assessed, never copied: this record only
    lets the history of its predecessors be shown beside it.
    """

    successor = models.ForeignKey(
        Area,
        verbose_name="đơn vị mới",
        on_delete=models.PROTECT,
        related_name="formed_by",
    )
    predecessors = models.ManyToManyField(
        Area, verbose_name="đơn vị cũ", related_name="succeeded_by"
    )
    effective_on = models.DateField("ngày có hiệu lực")
    legal_basis = models.CharField(
        "căn cứ pháp lý",
        max_length=255,
        help_text="Ví dụ: Nghị quyết số …/NQ-UBTVQH15 ngày … của Ủy ban Thường vụ Quốc hội",
    )
    note = models.TextField("ghi chú", blank=True)
    is_demo = models.BooleanField("dữ liệu minh họa", default=False)

    class Meta:
        ordering = ["-effective_on"]
        verbose_name = "sắp xếp đơn vị hành chính"
        verbose_name_plural = "sắp xếp đơn vị hành chính"

    def __str__(self):
        return f"{self.successor} ({self.effective_on:%d/%m/%Y})"


class AgencyKind(models.TextChoices):
    PEOPLES_COMMITTEE = "committee", "Ủy ban nhân dân"
    PARTY_COUNCIL = "party_council", "Đảng ủy, Hội đồng nhân dân"
    STEERING = "steering", "Ban chỉ đạo, Ban quản lý"
    DEPARTMENT = "department", "Sở, phòng, chi cục, ban chuyên môn"
    COORDINATION = "coordination", "Văn phòng điều phối nông thôn mới"
    MASS_ORGANISATION = "mass_org", "Mặt trận, đoàn thể, hội"
    OFFICIAL_POST = "post", "Chức danh công chức, cán bộ"
    VILLAGES = "villages", "Nhóm thôn"
    INSTITUTION = "institution", "Trường học, trạm y tế, hợp tác xã, cơ quan khác"
    PRESS = "press", "Báo, đài"
    GROUP = "group", "Nhóm cơ quan, đơn vị"


class Agency(models.Model):
    """A body that leads or coordinates tasks, tied to an area.

    Posts ("Công chức Địa chính – Nông lâm xã") and groups ("Các thôn": all
    villages of the commune) are agencies too, because plans name them as units.
    """

    name = models.CharField("tên đầy đủ", max_length=255)
    short_name = models.CharField(
        "tên viết tắt",
        max_length=100,
        blank=True,
        help_text="Như trong Nơi nhận: Phòng TN&MT huyện",
    )
    kind = models.CharField("loại", max_length=20, choices=AgencyKind.choices)
    area = models.ForeignKey(
        Area, verbose_name="địa bàn", on_delete=models.PROTECT, related_name="agencies"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="trực thuộc",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="units",
    )
    valid_from = models.DateField("hoạt động từ", null=True, blank=True)
    valid_to = models.DateField("hoạt động đến", null=True, blank=True)
    sectors = models.CharField(
        "ngành thẩm định",
        max_length=255,
        blank=True,
        help_text=(
            "Các ngành mà cơ quan thẩm định các chỉ tiêu của bộ tiêu chí trung ương "
            "trên địa bàn của mình, viết như ở chỉ tiêu, cách nhau bằng dấu chấm "
            "phẩy. Ví dụ: Tài nguyên và Môi trường; Xây dựng"
        ),
    )
    is_demo = models.BooleanField("dữ liệu minh họa", default=False)

    objects = AgencyQuerySet.as_manager()

    class Meta:
        ordering = ["area__path", "name"]
        verbose_name = "cơ quan, đơn vị"
        verbose_name_plural = "cơ quan, đơn vị"
        constraints = [
            models.UniqueConstraint(
                fields=["area", "name"],
                name="agency_unique_name_per_area",
                violation_error_message="Địa bàn này đã có cơ quan, đơn vị cùng tên.",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name = nfc(self.name)
        self.short_name = nfc(self.short_name)
        self.sectors = nfc(self.sectors)
        super().save(*args, **kwargs)

    @property
    def label(self) -> str:
        return self.short_name or self.name

    def sector_list(self) -> list[str]:
        return [part.strip() for part in self.sectors.split(";") if part.strip()]

    def clean(self):
        self.name = nfc(self.name)
        self.short_name = nfc(self.short_name)
        self.sectors = nfc(self.sectors)
        if (
            self.kind == AgencyKind.VILLAGES
            and self.area_id
            and self.area.level != AreaLevel.COMMUNE
        ):
            raise ValidationError({"area": "Nhóm “Các thôn” phải thuộc một xã."})


class Official(models.Model):
    """A named person who signs, leads or answers for work: "Đông Minh Hữu,
    Phó Chủ tịch UBND xã". Need not have an account."""

    full_name = models.CharField("họ và tên", max_length=100)
    position = models.CharField("chức vụ", max_length=150, blank=True)
    agency = models.ForeignKey(
        Agency,
        verbose_name="cơ quan",
        on_delete=models.PROTECT,
        related_name="officials",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="tài khoản",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="official",
    )
    is_demo = models.BooleanField("dữ liệu minh họa", default=False)

    class Meta:
        ordering = ["agency__name", "full_name"]
        verbose_name = "cán bộ, công chức"
        verbose_name_plural = "cán bộ, công chức"
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "full_name"], name="official_unique_name_per_agency"
            ),
        ]

    def __str__(self):
        return (
            f"{self.full_name} – {self.position}" if self.position else self.full_name
        )

    def save(self, *args, **kwargs):
        self.full_name = nfc(self.full_name)
        self.position = nfc(self.position)
        super().save(*args, **kwargs)


# The levels at which each role may be granted. A reviewer at province level
# stands in for the district after 1/7/2025, when districts ceased.
ROLE_LEVELS = {
    Role.COMMUNE_OFFICIAL: {AreaLevel.COMMUNE},
    Role.VILLAGE_HEAD: {AreaLevel.VILLAGE},
    Role.DISTRICT_REVIEWER: {AreaLevel.DISTRICT, AreaLevel.PROVINCE},
    Role.PROVINCIAL_VIEWER: {AreaLevel.PROVINCE},
    Role.REFERENCE_MANAGER: {AreaLevel.PROVINCE},
    Role.ACCOUNT_MANAGER: {AreaLevel.PROVINCE, AreaLevel.DISTRICT},
    Role.ADMINISTRATOR: {AreaLevel.PROVINCE, AreaLevel.DISTRICT, AreaLevel.COMMUNE},
}


DATES_REVERSED = "Ngày hết hiệu lực không được trước ngày bắt đầu hiệu lực."


class Membership(models.Model):
    """Which user works for which area, in which role: the root of all scoping."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="tài khoản",
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    area = models.ForeignKey(
        Area,
        verbose_name="địa bàn",
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    role = models.CharField("vai trò", max_length=20, choices=Role.choices)
    agency = models.ForeignKey(
        Agency,
        verbose_name="cơ quan công tác",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        help_text="Cơ quan mà người dùng làm việc cho, ví dụ Sở Tài nguyên và Môi trường.",
    )
    position = models.CharField("chức vụ", max_length=150, blank=True)
    is_active = models.BooleanField("đang hoạt động", default=True)
    # An official who moves keeps the old membership with its end date: their
    # reports stay under the old post, and from the day after it they no longer
    # act there (querysets.membership_scope reads only memberships valid today).
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)
    valid_to = models.DateField("hiệu lực đến", null=True, blank=True)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["user__username", "area__path"]
        verbose_name = "phân quyền"
        verbose_name_plural = "phân quyền"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "area", "role"],
                name="membership_unique_user_area_role",
                violation_error_message="Tài khoản đã có vai trò này trên địa bàn này.",
            ),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True)
                | Q(valid_from__isnull=True)
                | Q(valid_to__gte=F("valid_from")),
                name="membership_valid_to_after_valid_from",
                violation_error_message=DATES_REVERSED,
            ),
        ]
        indexes = [
            models.Index(fields=["user", "is_active"], name="membership_user_active")
        ]

    def __str__(self):
        return f"{self.user} – {self.get_role_display()} – {self.area}"

    def is_valid_on(self, day: datetime.date) -> bool:
        return (
            self.is_active
            and (self.valid_from is None or self.valid_from <= day)
            and (self.valid_to is None or self.valid_to >= day)
        )

    def clean(self):
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": DATES_REVERSED})
        if self.area_id and self.role in ROLE_LEVELS:
            allowed = ROLE_LEVELS[self.role]
            if self.area.level not in allowed:
                levels = ", ".join(
                    AreaLevel(level).label.lower() for level in sorted(allowed)
                )
                raise ValidationError(
                    {
                        "area": f"Vai trò “{self.get_role_display()}” chỉ gán cho địa bàn {levels}."
                    }
                )
        if (
            self.agency_id
            and self.area_id
            and not (
                self.area.is_within(self.agency.area)
                or self.agency.area.is_within(self.area)
            )
        ):
            raise ValidationError(
                {"agency": "Cơ quan công tác phải thuộc địa bàn được phân quyền."}
            )


class Profile(models.Model):
    """What an account needs beyond Django's user: a phone number, and whether
    the password is a temporary one that must be changed at the next login."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="tài khoản",
        on_delete=models.CASCADE,
        related_name="profile",
    )
    phone = models.CharField("điện thoại", max_length=20, blank=True)
    must_change_password = models.BooleanField(
        "phải đổi mật khẩu khi đăng nhập", default=False
    )

    class Meta:
        verbose_name = "thông tin tài khoản"
        verbose_name_plural = "thông tin tài khoản"

    def __str__(self):
        return str(self.user)


class AccountAction(models.TextChoices):
    CREATED = "created", "Tạo tài khoản"
    IMPORTED = "imported", "Tạo tài khoản từ tệp Excel"
    ROLE_GRANTED = "role_granted", "Gán vai trò"
    ROLE_ENDED = "role_ended", "Kết thúc vai trò"
    DEACTIVATED = "deactivated", "Khóa tài khoản"
    REACTIVATED = "reactivated", "Mở lại tài khoản"
    TEMPORARY_PASSWORD = "temporary_password", "Cấp mật khẩu tạm"
    RESET_LINK = "reset_link", "Gửi liên kết đặt lại mật khẩu"
    PASSWORD_CHANGED = "password_changed", "Tự đổi mật khẩu"
    PASSWORD_RESET = "password_reset", "Đặt mật khẩu mới qua liên kết"


class AccountEvent(models.Model):
    """Who did what to which account, and when: every action of the account
    pages is written here in the same transaction as the action itself."""

    account = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="tài khoản",
        on_delete=models.CASCADE,
        related_name="account_events",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người thực hiện",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    action = models.CharField("việc", max_length=24, choices=AccountAction.choices)
    detail = models.CharField("chi tiết", max_length=500, blank=True)
    at = models.DateTimeField("lúc", auto_now_add=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = "nhật ký tài khoản"
        verbose_name_plural = "nhật ký tài khoản"
        indexes = [
            models.Index(fields=["account", "-at"], name="accountevent_account_at")
        ]

    def __str__(self):
        return f"{self.at:%d/%m/%Y %H:%M} {self.get_action_display()} {self.account}"
