"""Issue 23: every write outside the entry save keeps the weekly summary up to
date once it commits (reports.freshness), so that the next reader — the
commune, district and province dashboards, the province summary export —
shows the new figure without rebuilding anything in its request."""

import datetime
import re
from decimal import Decimal
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plans.models import Phase, Plan, Target, Task, VillageTarget
from plans.services import task_save
from reports import freshness, summaries
from reports.models import PlanProgressBuilt, ProgressEntry, ProgressReport
from tests.factories import PlanFactory
from tests.plans.test_plan_editing import target_post
from tests.plans.test_target_import import as_upload, columns, row_of
from tests.reports.test_dashboards import _entry, _plan, _target
from tests.reports.test_summary_in_place import _monday_morning, _volume

DAY = datetime.timedelta(days=1)
WEEK = datetime.date(2023, 3, 27)  # Monday
SEEDS = Path(settings.BASE_DIR) / "fixtures" / "seeds"


@pytest.fixture
def hedge(world, django_capture_on_commit_callbacks):
    """Thụy Hùng's weekly plan: 3.200 m of hedge (2.000 + 1.200), 400 m done
    in Cồn Tòng the week before; its summary built (by its writer; read so
    that the test also runs, and fails, without reports.freshness)."""
    with django_capture_on_commit_callbacks(execute=True):
        plan = _plan(world.thuy_hung)
        con_tong, na_lai = _target(
            plan, [world.con_tong, world.na_lai], [2000, 1200], name="Hàng rào xanh"
        )
        _entry(con_tong, WEEK - 7 * DAY, status="accepted", amount=Decimal(400))
    summaries.refresh(plan_ids=[plan.pk])
    return plan, con_tong.target


@pytest.fixture
def readers(client, world, commune_official, district_reviewer, provincial_viewer):
    """Reads each page as its reader, with any rebuild in the request refused."""

    def read(monkeypatch) -> dict[str, str]:
        def refused(**kwargs):
            raise AssertionError("a reader rebuilt the summary")

        monkeypatch.setattr(summaries, "rebuild", refused)
        pages = {
            "commune": (
                commune_official,
                reverse("reports:dashboard_commune", args=[world.thuy_hung.pk]),
                {"tuan": WEEK.isoformat()},
            ),
            "district": (
                district_reviewer,
                reverse("reports:dashboard_district", args=[world.cao_loc.pk]),
                {"tuan": WEEK.isoformat()},
            ),
            "province": (
                provincial_viewer,
                reverse("reports:dashboard_province", args=[world.lang_son.pk]),
                {"tuan": WEEK.isoformat()},
            ),
            "export": (
                provincial_viewer,
                reverse(
                    "reports:export_area",
                    args=[world.lang_son.pk, "district_summary", "html"],
                ),
                {"ngay": (WEEK + DAY).isoformat()},
            ),
        }
        read = {}
        for name, (user, url, query) in pages.items():
            client.force_login(user)
            response = client.get(url, query)
            assert response.status_code == 200, (name, response.status_code)
            read[name] = response.content.decode()
        monkeypatch.undo()
        return read

    return read


def _shows(pages: dict[str, str], world, volume: str, reached: str | None = None):
    """Every reader shows Thụy Hùng's `volume` (and `reached`)."""
    assert _volume(pages["district"], world.thuy_hung.title_name) == volume
    assert _volume(pages["province"], world.cao_loc.title_name) == volume
    assert f"{volume} %" in pages["commune"] or f"{volume}%" in pages["commune"]
    assert re.search(rf">\s*{re.escape(volume)}\s*%", pages["export"]), volume
    if reached:
        for page in ("district", "province"):
            cell = re.search(r'data-figure="reached"[^>]*>([^<]*)<', pages[page])
            assert cell and cell.group(1).strip() == reached, page


def _now():
    return time_machine.travel(_monday_morning(WEEK) + DAY, tick=False)


def test_a_target_edited_on_its_page(
    client,
    world,
    hedge,
    readers,
    commune_official,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    plan, target = hedge
    with _now():
        _shows(readers(monkeypatch), world, "12,5")  # 400 of 3.200 m
        client.force_login(commune_official)
        url = reverse("plans:target_edit", args=[plan.pk, target.pk])
        data = target_post(
            world,
            quantity="1.600",
            version=str(target.version),
            name="Hàng rào xanh",
            reason="Điều chỉnh theo nghị quyết",
            **{f"village_{world.con_tong.pk}": "1.000"},
            **{f"village_{world.na_lai.pk}": "600"},
        )
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(url, data).status_code == 302
        assert summaries.stale([plan.pk]) == []
        _shows(readers(monkeypatch), world, "25")  # 400 of 1.600 m


def _import_template(client, plan):
    import io

    from openpyxl import load_workbook

    response = client.get(reverse("plans:target_template", args=[plan.pk]))
    return load_workbook(io.BytesIO(b"".join(response.streaming_content)))


def test_targets_imported_from_excel(
    client,
    world,
    hedge,
    readers,
    commune_official,
    monkeypatch,
    django_capture_on_commit_callbacks,
):
    """The split changes: Cồn Tòng's share becomes the 400 m it has done, so
    one of the two village targets is reached (Chỉ tiêu đạt 1/2)."""
    plan, target = hedge
    with _now():
        _shows(readers(monkeypatch), world, "12,5", reached="0/2")
        client.force_login(commune_official)
        wb = _import_template(client, plan)
        ws = wb.active
        row, found = row_of(ws, target), columns(ws)
        ws[f"{found[world.con_tong.name]}{row}"] = 400
        ws[f"{found[world.na_lai.name]}{row}"] = 2800
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("plans:target_import", args=[plan.pk]),
                {"file": as_upload(wb), "action": "apply"},
            )
        assert response.context["result"].applied, response.context["result"].problems
        assert summaries.stale([plan.pk]) == []
        _shows(readers(monkeypatch), world, "12,5", reached="1/2")


def _hedge_task(plan, target) -> Task:
    """The task the hedge belongs to, over the whole of 2023."""
    task = Task.objects.create(
        plan=plan,
        number="1",
        title="Trồng hàng rào xanh",
        starts_on=datetime.date(2023, 1, 1),
        ends_on=datetime.date(2023, 12, 31),
    )
    target.task = task
    target.save()
    return task


def test_a_task_moved_to_other_dates(world, hedge, django_capture_on_commit_callbacks):
    """The hedge belongs to a task whose time frame is moved: what is due, so
    who is behind, changes; the summary is rebuilt by the writer."""
    plan, target = hedge
    with django_capture_on_commit_callbacks(execute=True):
        task = _hedge_task(plan, target)
    task.ends_on = datetime.date(2023, 4, 30)
    with django_capture_on_commit_callbacks(execute=True):
        task_save(plan=plan, task=task, version=task.version)
    assert summaries.stale([plan.pk]) == []
    # The same rows as a rebuild from scratch makes.
    kept = list(summaries.weeks(plan_ids=[plan.pk], first=WEEK, last=WEEK)[plan.pk])
    summaries.rebuild(plan_ids=[plan.pk], force=True)
    assert kept == summaries.weeks(plan_ids=[plan.pk], first=WEEK, last=WEEK)[plan.pk]


def _admin_data(page) -> dict:
    """The change form's data as the browser would post it back unchanged."""
    data = {}

    def put(form, name):
        value = form[name].value()
        if value is None or value is False:
            return
        key = form.add_prefix(name)
        if value is True:
            data[key] = "on"
        elif isinstance(value, list | tuple):
            data[key] = [str(v) for v in value]
        else:
            data[key] = str(value)

    form = page.context["adminform"].form
    for name in form.fields:
        put(form, name)
    for inline in page.context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            data[f"{formset.prefix}-{name}"] = formset.management_form[name].value()
        for sub in formset.forms:
            for name in sub.fields:
                put(sub, name)
    return data


@pytest.fixture
def admin_client(client, db):
    client.force_login(
        get_user_model().objects.create_superuser("quantri-tuoi", password="x")
    )
    return client


@pytest.fixture
def admin_change(admin_client, django_capture_on_commit_callbacks):
    """Posts an admin change form back with `edit` applied to its data, as the
    admin's request commits (its on-commit callbacks run)."""

    def change(url: str, edit) -> None:
        data = _admin_data(admin_client.get(url))
        edit(data)
        with django_capture_on_commit_callbacks(execute=True):
            response = admin_client.post(url, data)
        assert response.status_code == 302, response.context["errors"]

    return change


def test_a_target_changed_in_the_admin(
    admin_change, world, hedge, readers, monkeypatch
):
    plan, target = hedge
    con_tong, na_lai = VillageTarget.objects.filter(target=target).order_by("pk")
    shares = {str(con_tong.pk): "1000", str(na_lai.pk): "600"}

    def edit(data):
        data["quantity"] = "1600"
        for key, value in list(data.items()):
            if key.endswith("-id") and value in shares:
                data[key.replace("-id", "-quantity")] = shares[value]

    with _now():
        admin_change(reverse("admin:plans_target_change", args=[target.pk]), edit)
        assert summaries.stale([plan.pk]) == []
        _shows(readers(monkeypatch), world, "25")


def test_a_progress_row_changed_in_the_admin(
    admin_change, world, hedge, readers, monkeypatch
):
    plan, _ = hedge
    entry = ProgressEntry.objects.get(report__plan=plan)
    url = reverse("admin:reports_progressentry_change", args=[entry.pk])
    with _now():
        admin_change(url, lambda data: data.update(amount="1200"))
        assert summaries.stale([plan.pk]) == []
        _shows(readers(monkeypatch), world, "37,5")  # 1.200 of 3.200 m


def test_a_report_moved_to_another_week_in_the_admin(
    admin_change, world, hedge, readers, monkeypatch
):
    """The 400 m move from the week before to two weeks after: the week read
    shows nothing done."""
    plan, _ = hedge
    report = ProgressReport.objects.get(plan=plan)
    url = reverse("admin:reports_progressreport_change", args=[report.pk])
    later = WEEK + 14 * DAY
    moved = {
        "period_start": later.isoformat(),
        "period_end": (later + 6 * DAY).isoformat(),
    }
    with _now():
        admin_change(url, lambda data: data.update(moved))
        assert summaries.stale([plan.pk]) == []
        _shows(readers(monkeypatch), world, "0")


def test_a_report_deleted_in_the_admin(
    admin_client, world, hedge, readers, monkeypatch, django_capture_on_commit_callbacks
):
    """Its entries go with it (their report gone by commit time): the plan is
    noted from the report, and the week read shows nothing done."""
    plan, _ = hedge
    report = ProgressReport.objects.get(plan=plan)
    url = reverse("admin:reports_progressreport_delete", args=[report.pk])
    with _now():
        with django_capture_on_commit_callbacks(execute=True):
            response = admin_client.post(url, {"post": "yes"})
        assert response.status_code == 302
        assert not ProgressReport.objects.filter(pk=report.pk).exists()
        assert summaries.stale([plan.pk]) == []
        _shows(readers(monkeypatch), world, "0")


def test_an_imported_plan_is_built_by_its_import(
    world, monkeypatch, django_capture_on_commit_callbacks
):
    """The confirmed import of seed 003 (fifteen targets), here for Thụy
    Hùng: built by the import, before anyone reads it."""
    import io

    get_user_model().objects.create_superuser("quantri-nhap", password="x")
    seed = next(SEEDS.glob("003_*.txt"))
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "import_plan",
            seed,
            area=str(world.thuy_hung.pk),
            user="quantri-nhap",
            create_agencies=True,
            stdout=io.StringIO(),
        )
    plan = Plan.objects.order_by("-pk").first()
    assert plan.targets.exists()
    assert PlanProgressBuilt.objects.filter(plan=plan).exists()
    assert summaries.stale([plan.pk]) == []
    monkeypatch.setattr(summaries, "rebuild", None)  # any rebuild would fail
    figures = summaries.plan_figures(plan_ids=[plan.pk], week=WEEK)[plan.pk]
    assert figures.targets == plan.targets.count()


# ── what the writer pays ──


def _cost(callbacks) -> list[int]:
    """The queries each on-commit callback makes, run in order as Django
    runs them after the commit."""
    costs = []
    for callback in callbacks:
        with CaptureQueriesContext(connection) as queries:
            callback()
        costs.append(len(queries))
    return costs


def test_the_writer_pays_one_query_when_nothing_changed_and_a_rebuild_else(
    world, hedge, django_capture_on_commit_callbacks
):
    plan, target = hedge
    with django_capture_on_commit_callbacks() as callbacks:
        Target.objects.get(pk=target.pk).save()  # the same figures: not stale
    assert _cost(callbacks) == [1]
    with django_capture_on_commit_callbacks() as callbacks:
        target.quantity = 1600
        target.save()
        for vt in VillageTarget.objects.filter(target=target):
            vt.quantity = vt.quantity / 2
            vt.save()  # its target not at hand: its plan read at commit
    # One callback per write. The target's: 2 (stale, still there) + 10 (the
    # rebuild, with the figures) + 2 (its transaction: a savepoint inside the
    # test's). The first village target's: 1, its target's plan read, and
    # found settled; the second's: nothing (this run read that target).
    assert _cost(callbacks) == [14, 1, 0]
    assert summaries.stale([plan.pk]) == []


def test_eighty_rows_saved_pay_one_rebuild(
    world, hedge, monkeypatch, django_capture_on_commit_callbacks
):
    """80 entries of one report saved in one transaction, as the report
    admin's inline saves them (their report not at hand here: harder): one
    check, one rebuild, and nothing for the 79 callbacks after."""
    plan, _ = hedge
    with django_capture_on_commit_callbacks(execute=True):
        vts = [
            vt
            for number in range(40)
            for vt in _target(
                plan, [world.con_tong, world.na_lai], [10, 10], name=f"Việc {number}"
            )
        ]
        for vt in vts:
            _entry(vt, WEEK, status="draft", amount=Decimal(1))
    entries = list(ProgressEntry.objects.filter(report__period_start=WEEK))
    assert len(entries) == 80
    rebuilt = []
    rebuild = summaries.rebuild
    monkeypatch.setattr(
        summaries, "rebuild", lambda **kw: rebuilt.append(kw) or rebuild(**kw)
    )
    with django_capture_on_commit_callbacks() as callbacks:
        for entry in entries:
            entry.amount = Decimal(2)
            entry.save()
    # 1 (the report's plan) + 2 (stale, still there) + 10 + 2 (the rebuild)
    assert _cost(callbacks) == [15] + [0] * 79
    assert rebuilt == [{"plan_ids": [plan.pk], "force": True, "with_figures": True}]
    assert summaries.stale([plan.pk]) == []


def test_a_rolled_back_savepoint_takes_its_callbacks_with_it(
    world, hedge, django_capture_on_commit_callbacks
):
    plan, target = hedge
    with django_capture_on_commit_callbacks() as callbacks:
        try:
            with transaction.atomic():
                Target.objects.get(pk=target.pk).save()
                raise RuntimeError
        except RuntimeError:
            pass
    assert callbacks == []  # Django discarded the savepoint's
    with django_capture_on_commit_callbacks() as callbacks:
        Target.objects.get(pk=target.pk).save()
    assert _cost(callbacks) == [1]


def test_nothing_outlives_a_rolled_back_transaction(
    world, hedge, django_capture_on_commit_callbacks
):
    """What a rolled-back transaction wrote (here a savepoint, as a test's
    transaction is rolled back) adds nothing to the next one's callbacks: a
    batch kept on the thread (d6ccb00, reverted) read its village target's
    plan again there, adding a query to whatever came next."""
    plan, target = hedge
    other = PlanFactory(
        area=world.thuy_hung,
        number="02",
        year=2024,
        issuing_agency=plan.issuing_agency,
    )
    try:
        with transaction.atomic():
            for vt in VillageTarget.objects.filter(target=target):
                vt.quantity += 1
                vt.save()
            raise RuntimeError
    except RuntimeError:
        pass
    with django_capture_on_commit_callbacks() as callbacks:
        other.save()
    assert _cost(callbacks) == [1]  # the other plan checked, nothing else


def test_a_run_settles_nothing_for_the_next_transaction(
    world, hedge, django_capture_on_commit_callbacks
):
    """A plan checked by one commit's callbacks is checked again after the
    next write: what a run settled is forgotten at the next write."""
    plan, target = hedge
    with django_capture_on_commit_callbacks(execute=True):
        Target.objects.get(pk=target.pk).save()  # checked, not stale
    with django_capture_on_commit_callbacks(execute=True):
        Target.objects.filter(pk=target.pk).update(quantity=1600)  # no signal
        Plan.objects.get(pk=plan.pk).save()  # noted: the plan checked again
    assert summaries.stale([plan.pk]) == []


def test_paused_writes_are_left_to_the_readers(
    world, hedge, django_capture_on_commit_callbacks
):
    """freshness.paused(), the bench's "before" rounds: the writes in it are
    not noted; after it they are again."""
    plan, target = hedge
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        freshness.paused(),
    ):
        target.quantity = 1600
        target.save()
    assert callbacks == []
    assert summaries.stale([plan.pk]) == [plan.pk]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        target.save()
    assert len(callbacks) == 1
    assert summaries.stale([plan.pk]) == []


# ── rows moved to another plan ──


@pytest.fixture
def second_plan(world, hedge, django_capture_on_commit_callbacks):
    """Thụy Hùng's plan for 2024, with a target of its own, built."""
    plan, _ = hedge
    with django_capture_on_commit_callbacks(execute=True):
        other = PlanFactory(
            area=world.thuy_hung,
            number="02",
            year=2024,
            issuing_agency=plan.issuing_agency,
        )
        _target(other, [world.con_tong], [500], name="Đường trục thôn")
    assert summaries.stale([plan.pk, other.pk]) == []
    return other


def test_a_target_moved_to_another_plan_in_the_admin(
    admin_change, world, hedge, second_plan, readers, monkeypatch
):
    """Both plans change: the hedge leaves one and joins the other, and both
    are kept fresh (the trigger marks both; the target's own post_save names
    only the plan it joins)."""
    plan, target = hedge
    url = reverse("admin:plans_target_change", args=[target.pk])
    with _now():
        admin_change(url, lambda data: data.update(plan=str(second_plan.pk)))
        assert Target.objects.get(pk=target.pk).plan == second_plan
        assert summaries.stale([plan.pk, second_plan.pk]) == []
        readers(monkeypatch)  # any rebuild in a request fails
    assert summaries.plan_figures(plan_ids=[plan.pk], week=WEEK)[plan.pk].targets == 0


def test_a_task_moved_to_another_plan_in_the_admin(
    admin_change, world, hedge, second_plan, django_capture_on_commit_callbacks
):
    plan, target = hedge
    with django_capture_on_commit_callbacks(execute=True):
        task = _hedge_task(plan, target)
    url = reverse("admin:plans_task_change", args=[task.pk])
    admin_change(url, lambda data: data.update(plan=str(second_plan.pk)))
    assert Task.objects.get(pk=task.pk).plan == second_plan
    assert summaries.stale([plan.pk, second_plan.pk]) == []


def test_a_phase_moved_to_another_plan_in_the_admin(
    admin_change, world, hedge, second_plan, django_capture_on_commit_callbacks
):
    """The hedge's campaign phase moved to the other plan: the plan it left
    is kept fresh too (plans.admin.MovableAdmin notes it on the saved row)."""
    plan, target = hedge
    with django_capture_on_commit_callbacks(execute=True):
        phase = Phase.objects.create(
            plan=plan,
            name="Đợt 1",
            starts_on=datetime.date(2023, 3, 15),
            ends_on=datetime.date(2023, 5, 15),
        )
        target.phase = phase
        target.save()
    assert summaries.stale([plan.pk, second_plan.pk]) == []
    url = reverse("admin:plans_phase_change", args=[phase.pk])
    admin_change(url, lambda data: data.update(plan=str(second_plan.pk)))
    assert Phase.objects.get(pk=phase.pk).plan == second_plan
    assert summaries.stale([plan.pk, second_plan.pk]) == []


@pytest.mark.parametrize("model", [Target, Task, Phase])
def test_rows_read_run_no_receiver(model):
    """Reading targets, tasks and phases (every page does) costs no signal
    receiver: the plan a row leaves is noted by the admin that moves it, not
    remembered for every row read (a post_init receiver did, before)."""
    assert not post_init.has_listeners(model)


def test_a_progress_row_moved_to_another_report_in_the_admin(
    admin_change, world, hedge, second_plan
):
    """The 400 m row moved to a report of the other plan: the plan it left
    shows nothing done, and is fresh."""
    plan, _ = hedge
    entry = ProgressEntry.objects.get(report__plan=plan)
    elsewhere = ProgressReport.objects.create(
        plan=second_plan, period_start=WEEK, period_end=WEEK + 6 * DAY
    )
    url = reverse("admin:reports_progressentry_change", args=[entry.pk])
    admin_change(url, lambda data: data.update(report=str(elsewhere.pk)))
    assert summaries.stale([plan.pk, second_plan.pk]) == []
    figures = summaries.plan_figures(plan_ids=[plan.pk], week=WEEK)[plan.pk]
    assert figures.percent_sum == 0
