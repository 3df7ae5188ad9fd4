"""The roles a membership grants, and the groups of roles that share a right.

Below villages.models and villages.querysets, which both need them: the
querysets scope by role without importing the models."""

from django.db import models


class Role(models.TextChoices):
    COMMUNE_OFFICIAL = "commune_official", "Công chức xã"
    VILLAGE_HEAD = "village_head", "Trưởng thôn"
    DISTRICT_REVIEWER = "district_reviewer", "Cán bộ huyện (duyệt báo cáo)"
    PROVINCIAL_VIEWER = "provincial_viewer", "Cán bộ tỉnh"
    REFERENCE_MANAGER = (
        "reference_manager",
        "Quản lý dữ liệu tham chiếu (VP Điều phối tỉnh)",
    )
    ACCOUNT_MANAGER = "account_manager", "Quản lý tài khoản"
    ADMINISTRATOR = "administrator", "Quản trị"


# Roles that write plans and reference data on their own area and below;
# reviewers and viewers only read.
EDITOR_ROLES = [Role.COMMUNE_OFFICIAL, Role.ADMINISTRATOR]
# Roles that load and check the criteria sets of their province (a membership
# at province level; criteria.permissions). National sets: superusers only.
REFERENCE_ROLES = [Role.REFERENCE_MANAGER, Role.ADMINISTRATOR]
# Roles that accept, return and reopen the reports of the communes below them.
REVIEWER_ROLES = [Role.DISTRICT_REVIEWER, Role.ADMINISTRATOR]
