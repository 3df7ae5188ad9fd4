"""Two people saving the same entry at the same moment, on real transactions.

SQLite has no row locks (it serialises whole writes and answers "database is
locked"), so this race is only meaningful on PostgreSQL; CI runs the suite on
PostgreSQL too, where this test runs."""

import threading
from decimal import Decimal

from reports import services
from reports.models import ProgressEntry
from reports.services import EntryInput
from tests.reports.conftest import CONCURRENT, WEEK, at, save_amounts

pytestmark = CONCURRENT


def test_simultaneous_saves_of_one_entry_never_lose_an_update(
    world, plan, hedge, commune_official, village_head
):
    from django.db import connections

    con_tong = hedge.allocations.get(village=world.con_tong)
    save_amounts(plan, commune_official, {con_tong: 100})
    barrier = threading.Barrier(2)
    outcomes = {}

    def save(name, user, amount):
        try:
            barrier.wait(timeout=10)
            services.entries_save(
                plan=plan,
                period_start=WEEK,
                user=user,
                inputs=[EntryInput(con_tong, amount=Decimal(amount), version=1)],
                now=at(15, 10),
            )
            outcomes[name] = "saved"
        except services.EntryConflict as conflict:
            outcomes[name] = conflict.conflicts[0]
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=save, args=("official", commune_official, "120")),
        threading.Thread(target=save, args=("head", village_head, "95")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(v if v == "saved" else "conflict" for v in outcomes.values()) == [
        "conflict",
        "saved",
    ]
    winner = next(name for name, v in outcomes.items() if v == "saved")
    loser = outcomes["head" if winner == "official" else "official"]
    entry = ProgressEntry.objects.get()
    assert entry.amount == Decimal("120" if winner == "official" else "95")
    assert entry.version == 2
    # The loser is told the winner's figure and keeps their own.
    assert loser.theirs == ("120" if winner == "official" else "95")
    assert loser.yours == ("95" if winner == "official" else "120")
