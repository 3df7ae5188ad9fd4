"""`manage.py import_plan --area NAME` when a commune merged away in the
2025 reform and the commune formed from it share the name: the one in force
on the plan's date, or today for a plan with no date (it used to refuse with
"Có nhiều địa bàn"), as the upload page keeps the chosen area in force."""

from __future__ import annotations

import datetime
import io
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError

from plans.document_import.proposal import propose
from tests.factories import commune, district, province

NOW = datetime.datetime(2026, 12, 15, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))

PLAN = """ỦY BAN NHÂN DÂN
XÃ SƠN BẰNG
Số: 30/KH-UBND
{date}
KẾ HOẠCH
Ra quân chỉnh trang khu dân cư
I. NHIỆM VỤ
1. Trồng hàng rào xanh dọc các tuyến đường thôn
+ Thời gian: Quý IV
+ Chủ trì: Ủy ban nhân dân xã Sơn Bằng
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""

pytestmark = pytest.mark.django_db


@pytest.fixture
def communes():
    """xã Sơn Bằng of huyện Hương Sơn (ceased 30/06/2025) and the xã Sơn
    Bằng of the province formed on 01/07/2025."""
    ha_tinh = province("Hà Tĩnh")
    huong_son = district(ha_tinh, "Hương Sơn", valid_to=datetime.date(2025, 6, 30))
    old = commune(huong_son, "Sơn Bằng", valid_to=datetime.date(2025, 6, 30))
    new = commune(ha_tinh, "Sơn Bằng", valid_from=datetime.date(2025, 7, 1))
    return old, new


def area_chosen(tmp_path, date: str):
    """The area `import_plan --area "Sơn Bằng" --dry-run` proposes the plan for."""
    path = tmp_path / "ke-hoach.txt"
    path.write_text(PLAN.format(date=date), "utf-8")
    with (
        time_machine.travel(NOW, tick=False),
        mock.patch(
            "plans.management.commands.import_plan.propose", wraps=propose
        ) as proposed,
    ):
        call_command(
            "import_plan", path, area="Sơn Bằng", dry_run=True, stdout=io.StringIO()
        )
    return proposed.call_args.kwargs["area"]


def test_an_undated_plan_goes_to_the_commune_in_force_today(communes, tmp_path):
    old, new = communes
    assert area_chosen(tmp_path, "Sơn Bằng") == new


def test_a_dated_plan_goes_to_the_commune_in_force_on_its_date(communes, tmp_path):
    old, new = communes
    assert area_chosen(tmp_path, "Sơn Bằng, ngày 14 tháng 3 năm 2024") == old
    assert area_chosen(tmp_path, "Sơn Bằng, ngày 14 tháng 12 năm 2026") == new


def test_two_areas_in_force_under_one_name_are_still_refused(communes, tmp_path):
    old, new = communes
    commune(old.parent.parent, "Sơn Bằng")
    with pytest.raises(CommandError, match="Có nhiều địa bàn “Sơn Bằng”"):
        area_chosen(tmp_path, "Sơn Bằng")
