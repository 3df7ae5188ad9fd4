"""`Model.history` built once (ntm/history.py): simple_history made a new
manager class on every access, walking the queryset's methods with
inspect.getmembers; the manager it returns still reads the same rows."""

from decimal import Decimal

import pytest

from reports.models import ProgressEntry, ProgressReport
from tests.reports.conftest import save_amounts

pytestmark = pytest.mark.django_db


def test_the_history_manager_class_is_built_once():
    assert type(ProgressEntry.history) is type(ProgressEntry.history)
    assert type(ProgressReport.history) is type(ProgressReport.history)
    # Each model's manager is its own, bound to its own historical model.
    assert ProgressEntry.history.model is not ProgressReport.history.model
    assert ProgressEntry.history.model.__name__ == "HistoricalProgressEntry"


def test_the_manager_reads_the_rows_of_its_model_and_instance(
    world, plan, hedge, commune_official
):
    con_tong = hedge.allocations.get(village=world.con_tong)
    na_lai = hedge.allocations.get(village=world.na_lai)
    save_amounts(plan, commune_official, {con_tong: 5, na_lai: 7})
    save_amounts(plan, commune_official, {con_tong: 6})
    entry = ProgressEntry.objects.get(village_target=con_tong)
    # Bound to the instance: only its own rows, newest first, as before.
    assert [h.amount for h in entry.history.all()] == [Decimal(6), Decimal(5)]
    assert ProgressEntry.history.count() == 3
    assert entry.history.instance == entry
    assert ProgressEntry.history.instance is None
    # simple_history's own writer (post_save) goes through it too.
    report = ProgressReport.objects.get(plan=plan)
    before = report.history.count()
    report.summary = "Đã trồng"
    report.save()
    assert report.history.count() == before + 1
