"""A rate every village must reach, entered as a count over the village's
base ("152/176 hộ", issue 19 part 2): the base kept per village and week, the
village's rate count/base, the commune's Σcount/Σbase, reached only at or past
the rate; the entry page shows both inputs and refuses bad input in Vietnamese
without losing what was typed."""

from decimal import Decimal

import pytest
import time_machine

from plans.models import Counting, Target, VillageTarget
from reports import progress
from reports.models import ProgressEntry, ProgressReport
from reports.selectors import entry_rows
from tests.reports.conftest import WEEK, at, browser_data, entry_url, target_with_shares


@pytest.fixture
def toilets(plan, world):
    """ "100% hộ có nhà vệ sinh hợp vệ sinh" as plans write it: 80% each village."""
    return target_with_shares(
        plan,
        {world.con_tong: 80, world.na_lai: 80},
        name="Tỷ lệ hộ có nhà tiêu hợp vệ sinh",
        unit="%",
        quantity=Decimal(80),
        counting=Counting.RUNNING_TOTAL,
    )


def _vt(target, place):
    return target.allocations.get(village=place)


def test_rate_and_commune_rate_are_sums_of_counts_over_sums_of_bases():
    assert progress.rate_percent(Decimal(152), Decimal(176)) == Decimal(
        15200
    ) / Decimal(176)
    assert progress.rate_percent(Decimal(1), Decimal(0)) is None
    assert progress.rate_percent(None, Decimal(10)) is None
    # 9/10 and 10/100: 19/110 = 17,27 %, not the mean of 90 % and 10 % (50 %).
    pairs = [(Decimal(9), Decimal(10)), (Decimal(10), Decimal(100)), (None, None)]
    assert progress.commune_rate(pairs) == Decimal(1900) / Decimal(110)
    assert progress.commune_rate([(None, Decimal(5))]) is None


@pytest.mark.parametrize(
    ("count", "base", "hib", "expected"),
    [
        (Decimal(4), Decimal(5), True, True),  # exactly 80 %
        (Decimal(3), Decimal(5), True, False),
        (Decimal(152), Decimal(176), True, True),  # 86,4 %
        (None, Decimal(5), True, False),
        (Decimal(0), Decimal(0), True, False),
        (Decimal(1), Decimal(50), False, True),  # 2 % poor households ≤ 2 %
        (Decimal(2), Decimal(50), False, False),
    ],
)
def test_a_village_reaches_a_rate_at_count_over_base(count, base, hib, expected):
    quantity = Decimal(80) if hib else Decimal(2)
    assert (
        progress.reached(
            counting=Counting.RUNNING_TOTAL,
            higher_is_better=hib,
            quantity=quantity,
            value=count,
            rate=True,
            base=base,
        )
        is expected
    )


def _post(client, url, **fields):
    return client.post(url, browser_data(client.get(url), **fields))


def test_entry_page_takes_count_and_base_and_keeps_the_base_per_week(
    client, world, plan, toilets, commune_official
):
    client.force_login(commune_official)
    url = entry_url(plan)
    con_tong, na_lai = _vt(toilets, world.con_tong), _vt(toilets, world.na_lai)
    with time_machine.travel(at(15, 10), tick=False):
        html = client.get(url).content.decode()
        assert f'name="base_{con_tong.pk}"' in html and "Số đạt" in html
        assert "Phải đạt: 80%" in html
        response = _post(
            client,
            url,
            **{
                f"amount_{con_tong.pk}": "152",
                f"base_{con_tong.pk}": "176",
                f"amount_{na_lai.pk}": "40",
                f"base_{na_lai.pk}": "60",
            },
        )
    assert response.status_code == 302
    entries = {e.village_target_id: e for e in ProgressEntry.objects.all()}
    assert (entries[con_tong.pk].amount, entries[con_tong.pk].base) == (152, 176)
    assert (entries[na_lai.pk].amount, entries[na_lai.pk].base) == (40, 60)
    # Cồn Tòng 86,4 % reached; Nà Lài 66,7 % not; the commune 192/236 = 81,4 %.
    assert progress.reached_counts(plan_ids=[plan.pk], until=WEEK) == {plan.pk: (2, 1)}
    assert progress.commune_rate(
        (e.amount, e.base) for e in entries.values()
    ) == Decimal(19200) / Decimal(236)
    # Next week the page draws last week's base and rate; a new base is kept
    # for that week only.
    nxt = WEEK.replace(day=WEEK.day + 7)
    rows = {
        r.village_target.pk: r
        for r in entry_rows(plan=plan, period_start=nxt, report=None)
    }
    assert rows[con_tong.pk].before == Decimal(15200) / Decimal(176)
    url2 = entry_url(plan, nxt)
    with time_machine.travel(at(22, 10), tick=False):
        html = client.get(url2).content.decode()
        assert f'name="base_{con_tong.pk}" value="176"' in html
        assert "86,4% (152/176)" in html
        _post(
            client,
            url2,
            **{f"amount_{con_tong.pk}": "170", f"base_{con_tong.pk}": "180"},
        )
    assert list(
        ProgressEntry.objects.filter(village_target=con_tong)
        .order_by("report__period_start")
        .values_list("amount", "base")
    ) == [(152, 176), (170, 180)]


@pytest.mark.parametrize(
    ("count", "base", "message"),
    [
        ("80", "60", "Số đạt (80) lớn hơn tổng số (60)"),  # a rate typed as a count
        ("5", "0", "Tổng số phải lớn hơn 0"),
        ("5", "", "Nhập tổng số (ví dụ số hộ của thôn) để tính tỷ lệ"),
        # A rate typed as "80" with no base: told to enter count over base.
        ("80", "", "ví dụ 152/176; có thể gõ cả “152/176” vào ô số đạt."),
        ("5", "-3", "Tổng số không được âm."),
        # A rate typed as a percent.
        ("80%", "60", "Nhập số đạt trên tổng số, ví dụ 152/176"),
        ("80 %", "", "không nhập tỷ lệ %: hệ thống tự tính tỷ lệ."),
        # "count/base" in the count box, and a different base in its own box.
        ("152/176", "200", "Ô số đạt ghi “152/176” nhưng ô tổng số ghi “200”"),
        ("200/176", "", "Số đạt (200) lớn hơn tổng số (176)"),
    ],
)
def test_bad_counts_are_refused_in_vietnamese_and_the_typing_kept(
    client, world, plan, toilets, commune_official, count, base, message
):
    client.force_login(commune_official)
    url = entry_url(plan)
    con_tong, na_lai = _vt(toilets, world.con_tong), _vt(toilets, world.na_lai)
    with time_machine.travel(at(15, 10), tick=False):
        response = _post(
            client,
            url,
            **{
                f"amount_{con_tong.pk}": count,
                f"base_{con_tong.pk}": base,
                f"amount_{na_lai.pk}": "12",
                f"base_{na_lai.pk}": "30",
                "summary": "Vệ sinh môi trường",
            },
        )
    html = response.content.decode()
    assert response.status_code == 422
    assert message in html
    if "/" in count and not base:  # split into its two boxes, nothing lost
        typed_count, typed_base = count.split("/")
        assert f'value="{typed_count}"' in html and f'value="{typed_base}"' in html
    else:
        assert f'value="{count}"' in html
    assert 'value="12"' in html and 'value="30"' in html
    assert "Vệ sinh môi trường" in html
    assert not ProgressEntry.objects.exists()
    assert not ProgressReport.objects.filter(summary__contains="Vệ sinh").exists()


def test_count_over_base_typed_in_the_count_box_is_split(
    client, world, plan, toilets, commune_official
):
    client.force_login(commune_official)
    url = entry_url(plan)
    con_tong, na_lai = _vt(toilets, world.con_tong), _vt(toilets, world.na_lai)
    with time_machine.travel(at(15, 10), tick=False):
        response = _post(
            client,
            url,
            **{
                f"amount_{con_tong.pk}": "152/176",
                f"amount_{na_lai.pk}": " 12 / 30 ",
                f"base_{na_lai.pk}": "30",
            },
        )
    assert response.status_code == 302
    assert sorted(ProgressEntry.objects.values_list("amount", "base")) == [
        (12, 30),
        (152, 176),
    ]


def test_the_database_refuses_a_count_above_its_base(world, plan, toilets):
    from django.db import IntegrityError, transaction

    report = ProgressReport.objects.create(
        plan=plan, period_start=WEEK, period_end=WEEK.replace(day=WEEK.day + 6)
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        ProgressEntry.objects.create(
            report=report,
            village_target=_vt(toilets, world.con_tong),
            amount=Decimal(9),
            base=Decimal(8),
        )


# ── a milestone with the day it was done ("Ban hành quyết định …") ──


@pytest.fixture
def decision(plan, world):
    target = Target.objects.create(
        plan=plan,
        name="Ban hành quyết định thành lập tổ tự quản",
        unit="quyết định",
        quantity=Decimal(1),
        counting=Counting.YES_NO,
    )
    VillageTarget.objects.create(target=target, village=world.con_tong, quantity=1)
    return target


def test_a_milestone_keeps_the_day_it_was_done(
    client, world, plan, decision, commune_official
):
    client.force_login(commune_official)
    url = entry_url(plan)
    con_tong = _vt(decision, world.con_tong)
    with time_machine.travel(at(15, 10), tick=False):
        assert f'name="done_on_{con_tong.pk}"' in client.get(url).content.decode()
        response = _post(
            client,
            url,
            **{f"done_{con_tong.pk}": "yes", f"done_on_{con_tong.pk}": "14/03/2023"},
        )
        assert response.status_code == 302
        entry = ProgressEntry.objects.get()
        assert (entry.done, entry.done_on) == (True, WEEK.replace(day=14))
        assert 'value="14/03/2023"' in client.get(url).content.decode()
    assert progress.reached_counts(plan_ids=[plan.pk], until=WEEK) == {plan.pk: (1, 1)}


@pytest.mark.parametrize(
    ("done", "day", "message"),
    [
        ("yes", "16/03/2023", "Ngày hoàn thành (16/03/2023) chưa tới"),
        ("no", "14/03/2023", "Chỉ ghi ngày hoàn thành khi kết quả là “Đã xong”."),
        ("yes", "31/02/2023", "Ngày hoàn thành viết theo dạng ngày/tháng/năm"),
    ],
)
def test_a_milestone_dated_in_the_future_is_refused_and_the_typing_kept(
    client, world, plan, decision, commune_official, done, day, message
):
    client.force_login(commune_official)
    url = entry_url(plan)
    con_tong = _vt(decision, world.con_tong)
    with time_machine.travel(at(15, 10), tick=False):
        response = _post(
            client,
            url,
            **{
                f"done_{con_tong.pk}": done,
                f"done_on_{con_tong.pk}": day,
                f"note_{con_tong.pk}": "Đã họp dân",
            },
        )
    html = response.content.decode()
    assert response.status_code == 422
    assert message in html
    assert f'value="{day}"' in html and "Đã họp dân" in html
    assert not ProgressEntry.objects.exists()


def test_the_service_refuses_a_milestone_dated_in_the_future(
    world, plan, decision, commune_official
):
    from django.core.exceptions import ValidationError

    from reports.services import EntryInput, entries_save

    with pytest.raises(ValidationError, match="chưa tới"):
        entries_save(
            plan=plan,
            period_start=WEEK,
            user=commune_official,
            inputs=[
                EntryInput(
                    _vt(decision, world.con_tong),
                    done=True,
                    done_on=WEEK.replace(day=20),
                )
            ],
            now=at(15, 10),
        )
