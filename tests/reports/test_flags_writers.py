"""Issue 23: the stored "far above target" flag (`ProgressEntry.over_target`,
read by the review list) stays right whoever writes a target, a village's
share or an entry — the target page, the Excel import, the admin (a target
and its shares, an entry, a report's entries, a report moved or deleted, the
delete action), a bulk write that sends no signal — each through the one
function `plans.flags.keep`, judged once per writer (`plans.flags.batch`)."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plans import flags
from plans.models import Target, VillageTarget
from plans.services import target_save
from reports import services
from reports.models import ProgressEntry, ProgressReport
from tests.plans.test_plan_editing import target_post
from tests.plans.test_target_import import as_upload, columns, row_of
from tests.reports.test_dashboards import _entry, _plan, _target
from tests.reports.test_summary_writers import _admin_data, _import_template

DAY = datetime.timedelta(days=1)
WEEK = datetime.date(2023, 3, 27)  # Monday
WEEKS = [WEEK - 14 * DAY, WEEK - 7 * DAY, WEEK]


@pytest.fixture
def hedge(world):
    """Thụy Hùng's hedge, 3.200 m: Cồn Tòng 2.000, Nà Lài 1.200 (far above:
    over 1.800). Nà Lài typed 1.000 m three weeks running: 1.000, 2.000,
    3.000 to date, so its last two weeks are flagged."""
    plan = _plan(world.thuy_hung)
    con_tong, na_lai = _target(
        plan, [world.con_tong, world.na_lai], [2000, 1200], name="Hàng rào xanh"
    )
    for week in WEEKS:
        _entry(na_lai, week, amount=Decimal(1000))
    _entry(con_tong, WEEKS[0], amount=Decimal(100))
    # Judged here whatever the receivers do, so each test below starts
    # from the right flags on the code before this work too.
    services.judge_over_target([con_tong, na_lai], since=None)
    return plan, na_lai.target, con_tong, na_lai


def stored(village_target) -> list[bool]:
    """Nà Lài's stored flags, week by week."""
    return list(
        ProgressEntry.objects.filter(village_target=village_target)
        .order_by("report__period_start")
        .values_list("over_target", flat=True)
    )


@pytest.fixture
def judged(monkeypatch):
    """How many times the judge of every week ran (each run reads entries)."""
    calls = []
    real = services.judge_over_target

    def counting(village_targets, *, since):
        if since is None:
            calls.append(sorted(vt.pk for vt in village_targets))
        return real(village_targets, since=since)

    monkeypatch.setattr(services, "judge_over_target", counting)
    return calls


def test_the_fixture_starts_flagged(hedge):
    *_, na_lai = hedge
    assert stored(na_lai) == [False, True, True]


def test_an_entry_created_by_a_plain_save_is_judged(hedge):
    """An entry written outside the entry save (a script, a fixture, the
    admin's add page): every week of its row judged."""
    *_, na_lai = hedge
    ProgressEntry.objects.update(over_target=False)
    _entry(na_lai, WEEK + 7 * DAY, amount=Decimal(0))
    assert stored(na_lai) == [False, True, True, True]


# --- the target page and its service -------------------------------------------


def test_a_share_raised_on_the_target_page(
    client, world, hedge, commune_official, judged
):
    """Nà Lài's share raised to 2.400 m (over 3.600): no week is over; the
    target and its two shares are judged once together, not three times."""
    plan, target, con_tong, na_lai = hedge
    client.force_login(commune_official)
    data = target_post(
        world,
        quantity="4.400",
        version=str(target.version),
        name="Hàng rào xanh",
        reason="Điều chỉnh",
        **{f"village_{world.na_lai.pk}": "2.400"},
    )
    url = reverse("plans:target_edit", args=[plan.pk, target.pk])
    assert client.post(url, data).status_code == 302
    assert stored(na_lai) == [False, False, False]
    assert judged == [sorted([con_tong.pk, na_lai.pk])]


def _save(target, world, shares, quantity):
    target.refresh_from_db()
    target.quantity = Decimal(quantity)
    return target_save(
        plan=target.plan,
        target=target,
        user=None,
        version=target.version,
        allocations={
            world.con_tong: Decimal(shares[0]),
            world.na_lai: Decimal(shares[1]),
        },
        reason="sửa",
    )


@pytest.mark.parametrize("villages", [2, 5])
def test_target_save_reads_the_entries_once_whatever_the_villages(
    world, hedge, judged, villages
):
    """target_save of a target with 2 or 5 villages: one judge, one read of
    the entries' amounts (before: one for the target, one more per share)."""
    from tests.factories import village

    plan, target, con_tong, na_lai = hedge
    extra = [village(world.thuy_hung, f"Thôn {n}") for n in range(villages - 2)]
    for place in extra:
        VillageTarget.objects.create(target=target, village=place, quantity=0)
    judged.clear()
    target.refresh_from_db()
    target.quantity = Decimal(2600)
    target.allow_partial = True
    with CaptureQueriesContext(connection) as queries:
        target_save(
            plan=plan,
            target=target,
            user=None,
            version=target.version,
            allocations={
                world.con_tong: Decimal(2000),
                world.na_lai: Decimal(600),
                **{place: Decimal(0) for place in extra},
            },
            reason="sửa",
        )
    assert stored(na_lai) == [True, True, True]  # over 900 from the first week
    assert len(judged) == 1
    entry_reads = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith("SELECT")
        and 'FROM "reports_progressentry"' in q["sql"]
        and '"reports_progressentry"."amount"' in q["sql"]
    ]
    assert len(entry_reads) == 1, entry_reads


def test_a_refused_target_save_judges_nothing(world, hedge, judged):
    """A split that does not add up is refused: nothing written, no judge."""
    plan, target, con_tong, na_lai = hedge
    with pytest.raises(ValidationError):
        _save(target, world, [2000, 600], 9999)
    assert judged == []
    assert stored(na_lai) == [False, True, True]


# --- the Excel import ------------------------------------------------------------


def test_shares_changed_by_the_excel_import(
    client, world, hedge, commune_official, judged
):
    """Two targets changed in one file: one judge for the whole file."""
    plan, target, con_tong, na_lai = hedge
    other_con_tong, other_na_lai = _target(
        plan, [world.con_tong, world.na_lai], [10, 10], name="Đèn đường"
    )
    _entry(other_na_lai, WEEK, amount=Decimal(12))  # 12 of 10 (over 15): not far above
    judged.clear()
    client.force_login(commune_official)
    wb = _import_template(client, plan)
    ws = wb.active
    found = columns(ws)
    ws[f"{found[world.na_lai.name]}{row_of(ws, target)}"] = 2400
    ws[f"{found[world.con_tong.name]}{row_of(ws, target)}"] = 800
    ws[f"{found[world.na_lai.name]}{row_of(ws, other_na_lai.target)}"] = 5
    ws[f"{found[world.con_tong.name]}{row_of(ws, other_na_lai.target)}"] = 15
    response = client.post(
        reverse("plans:target_import", args=[plan.pk]),
        {"file": as_upload(wb), "action": "apply"},
    )
    assert response.context["result"].applied, response.context["result"].problems
    assert stored(na_lai) == [False, False, False]  # over 3.600 now
    assert stored(other_na_lai) == [True]  # 12 of 5: over 7,5
    assert len(judged) == 1
    assert set(judged[0]) >= {na_lai.pk, other_na_lai.pk}


# --- the admin -------------------------------------------------------------------


@pytest.fixture
def admin_client(client, db):
    client.force_login(
        get_user_model().objects.create_superuser("quantri-co", password="x")
    )
    return client


@pytest.fixture
def admin_change(admin_client):
    def change(url: str, edit) -> None:
        data = _admin_data(admin_client.get(url))
        edit(data)
        response = admin_client.post(url, data)
        assert response.status_code == 302, response.context["errors"]

    return change


def test_a_target_and_its_shares_changed_in_the_admin(admin_change, hedge, judged):
    """The target and its shares' inline in one page: judged once."""
    plan, target, con_tong, na_lai = hedge
    shares = {str(con_tong.pk): "2000", str(na_lai.pk): "2400"}

    def edit(data):
        data["quantity"] = "4400"
        for key, value in list(data.items()):
            if key.endswith("-id") and value in shares:
                data[key.replace("-id", "-quantity")] = shares[value]

    admin_change(reverse("admin:plans_target_change", args=[target.pk]), edit)
    assert stored(na_lai) == [False, False, False]
    assert len(judged) == 1


def test_a_target_made_lower_is_better_in_the_admin(admin_change, hedge):
    """Direction changed (a ceiling): a ceiling is never "far above"."""
    plan, target, con_tong, na_lai = hedge
    admin_change(
        reverse("admin:plans_target_change", args=[target.pk]),
        lambda data: data.pop("higher_is_better"),
    )
    assert stored(na_lai) == [False, False, False]


def test_an_entry_changed_in_the_admin(admin_change, hedge):
    """The first week's 1.000 corrected to 100: 100, 1.100, 2.100 to date."""
    *_, na_lai = hedge
    entry = ProgressEntry.objects.get(
        village_target=na_lai, report__period_start=WEEKS[0]
    )
    admin_change(
        reverse("admin:reports_progressentry_change", args=[entry.pk]),
        lambda data: data.update(amount="100"),
    )
    assert stored(na_lai) == [False, False, True]


def test_an_entry_moved_to_another_village_target_in_the_admin(admin_change, hedge):
    """Nà Lài's first week moved to Cồn Tòng's row: the weeks of the row it
    left (1.000, 2.000 to date now) and of the row it joined judged again."""
    plan, target, con_tong, na_lai = hedge
    ProgressEntry.objects.filter(village_target=con_tong).delete()
    entry = ProgressEntry.objects.get(
        village_target=na_lai, report__period_start=WEEKS[0]
    )
    admin_change(
        reverse("admin:reports_progressentry_change", args=[entry.pk]),
        lambda data: data.update(village_target=str(con_tong.pk)),
    )
    assert stored(na_lai) == [False, True]
    assert stored(con_tong) == [False]


def test_an_entry_changed_in_its_reports_inline(admin_change, hedge):
    *_, na_lai = hedge
    report = ProgressReport.objects.get(period_start=WEEKS[1])
    entry = ProgressEntry.objects.get(village_target=na_lai, report=report)

    def edit(data):
        for key, value in list(data.items()):
            if key.endswith("-id") and value == str(entry.pk):
                data[key.replace("-id", "-amount")] = "0"

    admin_change(reverse("admin:reports_progressreport_change", args=[report.pk]), edit)
    assert stored(na_lai) == [False, False, True]  # 1.000, 1.000, 2.000


def test_a_report_moved_to_another_week_in_the_admin(admin_change, hedge):
    """The first week moved after the last: Nà Lài's weeks change order
    (the moved row is now the third, 3.000 to date); a moved week's
    figures are the same, but another entry of 100 m for Cồn Tòng moves too."""
    plan, target, con_tong, na_lai = hedge
    # Make the order matter: the middle week is 0, so the to-date figures
    # depend on which weeks come first.
    ProgressEntry.objects.filter(
        village_target=na_lai, report__period_start=WEEKS[1]
    ).update(amount=Decimal(0))
    flags.keep([na_lai.pk])
    assert stored(na_lai) == [False, False, True]  # 1.000, 1.000, 2.000
    report = ProgressReport.objects.get(period_start=WEEKS[2])
    earlier = WEEKS[0] - 7 * DAY
    moved = {
        "period_start": earlier.isoformat(),
        "period_end": (earlier + 6 * DAY).isoformat(),
    }
    admin_change(
        reverse("admin:reports_progressreport_change", args=[report.pk]),
        lambda data: data.update(moved),
    )
    # now: 1.000 (moved), 1.000, 0 → 1.000, 2.000, 2.000 to date
    assert stored(na_lai) == [False, True, True]


def test_a_report_deleted_in_the_admin(admin_client, hedge, judged):
    """The first week deleted with its entries: 1.000, 2.000 to date after."""
    *_, na_lai = hedge
    report = ProgressReport.objects.get(period_start=WEEKS[0])
    url = reverse("admin:reports_progressreport_delete", args=[report.pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert stored(na_lai) == [False, True]
    assert len(judged) == 1  # two entries went: one judge


def test_reports_deleted_by_the_admins_action(admin_client, hedge, judged):
    *_, na_lai = hedge
    first, second = ProgressReport.objects.filter(period_start__in=WEEKS[:2])
    response = admin_client.post(
        reverse("admin:reports_progressreport_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [first.pk, second.pk],
            "post": "yes",
        },
    )
    assert response.status_code == 302
    assert stored(na_lai) == [False]  # 1.000 to date
    assert len(judged) == 1


# --- writers that send no signal, and the batch -----------------------------------


def test_a_bulk_update_of_shares_keeps_the_flags_through_keep(hedge):
    """QuerySet.update() sends no signal: the writer calls plans.flags.keep."""
    *_, na_lai = hedge
    shares = VillageTarget.objects.filter(pk=na_lai.pk)
    shares.update(quantity=Decimal(100000))
    assert stored(na_lai) == [False, True, True]  # nothing judged yet
    flags.keep(shares.values_list("pk", flat=True))
    assert stored(na_lai) == [False, False, False]


def test_a_plain_target_save_is_judged_at_once(hedge):
    """Outside any batch (a shell, a script) a save judges at once."""
    plan, target, con_tong, na_lai = hedge
    target.higher_is_better = False
    target.save()
    assert stored(na_lai) == [False, False, False]


def test_a_save_of_other_fields_judges_nothing(hedge, judged):
    plan, target, con_tong, na_lai = hedge
    target.name = "Hàng rào cây xanh"
    target.save(update_fields=["name"])
    Target.objects.filter(pk=target.pk).update(version=target.version + 1)
    assert judged == []


def test_a_batch_judges_once_and_not_when_left_by_an_error(hedge, judged):
    plan, target, con_tong, na_lai = hedge
    with flags.batch():
        with flags.batch():
            flags.keep([na_lai.pk])
        flags.keep([na_lai.pk, con_tong.pk])
        assert judged == []
    assert judged == [sorted([con_tong.pk, na_lai.pk])]
    judged.clear()
    with pytest.raises(RuntimeError), flags.batch():
        flags.keep([na_lai.pk])
        raise RuntimeError
    assert judged == []
    flags.keep([na_lai.pk])  # the batch is over: at once again
    assert len(judged) == 1


def test_a_batch_to_be_rolled_back_judges_nothing(hedge, judged):
    """The Excel import's dry run marks its transaction to be undone."""
    *_, na_lai = hedge
    with transaction.atomic(), flags.batch():
        flags.keep([na_lai.pk])
        transaction.set_rollback(True)
    assert judged == []
