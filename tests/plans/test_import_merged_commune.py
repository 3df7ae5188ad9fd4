"""A plan of a commune merged on 01/07/2025 (the 2025 reform), imported after
the merger: it belongs to the new commune, and its issuer is the new
commune's body. The old commune stays, with its bodies, for history.

Seen in the demo: xa.sonbang uploading a plan of 14/12/2026 with "xã Sơn
Bằng" chosen got the old commune (ceased 30/06/2025) and the warning "Xã Sơn
Bằng không còn hiệu lực vào ngày của kế hoạch", and two "Ủy ban nhân dân xã
Sơn Bằng" among the issuers: the demo official still held the old commune's
membership, and nothing told the two communes, or their two committees,
apart."""

from __future__ import annotations

import datetime
import html
import io
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from villages.models import Area, Membership

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime.datetime(2026, 12, 15, 9, 0, tzinfo=HANOI)

PLAN = """ỦY BAN NHÂN DÂN
XÃ SƠN BẰNG
Số: 30/KH-UBND
Sơn Bằng, ngày 14 tháng 12 năm 2026
KẾ HOẠCH
Ra quân chỉnh trang khu dân cư dịp cuối năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Giữ vững các tiêu chí đã đạt.
II. NHIỆM VỤ CỤ THỂ
1. Trồng hàng rào xanh dọc các tuyến đường thôn
+ Thời gian: trước ngày 31/12/2026
+ Chủ trì: UBND xã
2. Thu gom, xử lý rác thải sinh hoạt
+ Thời gian: trước ngày 31/12/2026
+ Chủ trì: Hợp tác xã môi trường xã
III. TỔ CHỨC THỰC HIỆN
Các thôn báo cáo kết quả về UBND xã trước ngày 31/12/2026.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """One demo world for the module (the previews save nothing)."""
    with (
        django_db_blocker.unblock(),
        time_machine.travel(NOW, tick=False),
        override_settings(DEBUG=True),
    ):
        call_command("loaddemo", verbosity=0, stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        # Ids keep counting from where they are (from 10,000: tests/conftest.py).
        call_command("flush", interactive=False, verbosity=0, reset_sequences=False)


pytestmark = pytest.mark.django_db


def options(page: str, name: str) -> dict[str, str]:
    """{value: label} of the <select name=`name`> of `page`."""
    select = re.search(rf'<select name="{name}".*?</select>', page, re.S)
    assert select, name
    return {
        value: html.unescape(" ".join(label.split()))
        for value, label in re.findall(
            r'<option value="([^"]*)"[^>]*>(.*?)</option>', select.group(0), re.S
        )
        if value
    }


def selected(page: str, name: str) -> str:
    select = re.search(rf'<select name="{name}".*?</select>', page, re.S).group(0)
    found = re.search(r'<option value="([^"]*)"[^>]*selected', select)
    return found.group(1) if found else ""


def upload(client, area_label: str):
    """Post PLAN with the area the upload form offers under `area_label`."""
    page = client.get(reverse("plans:import")).content.decode()
    choices = [v for v, label in options(page, "area").items() if label == area_label]
    assert len(choices) == 1, (area_label, options(page, "area"))
    return client.post(
        reverse("plans:import"),
        {
            "file": SimpleUploadedFile("ke-hoach.txt", PLAN.encode()),
            "area": choices[0],
        },
    )


def test_the_officials_of_a_merged_commune_work_for_the_new_one(demo):
    """Their membership of the old commune ended with it (as the account rules
    demand of real users): today they write the new commune's plans only; on
    a day of 2023 they wrote the old one's."""
    new = Area.objects.get(name="Sơn Bằng", valid_from=datetime.date(2025, 7, 1))
    old = Area.objects.get(name="Sơn Bằng", valid_to=datetime.date(2025, 6, 30))
    for username in ("xa.sonbang", "xa.sontrung", "xa.thuyhung", "thon.thinhbang"):
        memberships = Membership.objects.filter(user__username=username)
        for membership in memberships:
            area = membership.area
            commune = area if area.level == "commune" else area.parent
            if commune.valid_to:
                assert membership.valid_to == commune.valid_to, username
            else:
                assert membership.valid_from == commune.valid_from, username
    user = get_user_model().objects.get(username="xa.sonbang")
    with time_machine.travel(NOW, tick=False):
        assert list(Area.objects.editable_by(user).communes()) == [new]
    with time_machine.travel(datetime.datetime(2023, 3, 16, 9, tzinfo=HANOI)):
        assert list(Area.objects.editable_by(user).communes()) == [old]


def test_the_demo_official_imports_a_plan_of_december_2026_into_the_new_commune(
    demo, client
):
    client.force_login(get_user_model().objects.get(username="xa.sonbang"))
    with time_machine.travel(NOW, tick=False):
        page = upload(client, "xã Sơn Bằng")
    text = page.content.decode()
    assert page.status_code == 200 and "Chưa có gì được lưu" in text
    assert "không còn hiệu lực" not in text
    new = Area.objects.get(name="Sơn Bằng", valid_from__isnull=False)
    assert f'name="plan-area" value="{new.pk}"' in text
    issuers = options(text, "plan-issuer")
    labels = list(issuers.values())
    assert len(labels) == len(set(labels)), sorted(labels)
    issuer = selected(text, "plan-issuer")
    assert issuers[issuer] == "Ủy ban nhân dân xã Sơn Bằng"
    from villages.models import Agency

    assert Agency.objects.get(pk=issuer).area == new


def test_a_plan_dated_after_the_merger_goes_to_the_new_commune_even_if_the_old_is_chosen(
    demo, client
):
    """An administrator still has both communes: they are told apart in the
    list, and the old one chosen for a plan of 14/12/2026 gives way to its
    successor, with a note; the two committees named alike are told apart,
    and the old one is not offered for the new commune's plan."""
    client.force_login(get_user_model().objects.get(username="quantri"))
    with time_machine.travel(NOW, tick=False):
        page = client.get(reverse("plans:import")).content.decode()
        labels = list(options(page, "area").values())
        assert len(labels) == len(set(labels)), labels
        areas = [label for label in labels if label.startswith("xã Sơn Bằng")]
        assert len(areas) == 2, areas
        old_label = next(label for label in areas if "30/06/2025" in label)
        assert "huyện Hương Sơn" in old_label
        response = upload(client, old_label)
    text = html.unescape(response.content.decode())
    new = Area.objects.get(name="Sơn Bằng", valid_from__isnull=False)
    assert f'name="plan-area" value="{new.pk}"' in text
    assert "không còn hiệu lực" not in text
    assert "thuộc xã Sơn Bằng (từ 01/07/2025)" in text
    issuers = options(response.content.decode(), "plan-issuer")
    labels = list(issuers.values())
    assert len(labels) == len(set(labels)), sorted(labels)
    assert labels.count("Ủy ban nhân dân xã Sơn Bằng") == 1
    from villages.models import Agency

    assert Agency.objects.get(pk=selected(text, "plan-issuer")).area == new


def test_a_plan_of_2023_still_goes_to_the_old_commune(demo, client):
    """History: a plan dated before the merger, the old commune chosen, stays
    on the old commune with the old committee as issuer."""
    client.force_login(get_user_model().objects.get(username="quantri"))
    old = Area.objects.get(name="Sơn Bằng", valid_to__isnull=False)
    with time_machine.travel(NOW, tick=False):
        response = client.post(
            reverse("plans:import"),
            {
                "file": SimpleUploadedFile(
                    "ke-hoach.txt", PLAN.replace("2026", "2023").encode()
                ),
                "area": old.pk,
            },
        )
    text = response.content.decode()
    assert f'name="plan-area" value="{old.pk}"' in text
    from villages.models import Agency

    issuer = Agency.objects.get(pk=selected(text, "plan-issuer"))
    assert issuer.area == old
    assert "Ủy ban nhân dân xã Sơn Bằng" in options(text, "plan-issuer").values()
