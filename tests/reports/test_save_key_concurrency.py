"""Two copies of one save (same page key, same form) arriving at once store
once: the key is checked under the report's row lock. Only meaningful on
PostgreSQL (SQLite serialises whole write transactions); CI's PostgreSQL pass
runs it."""

import threading
import time
import uuid
from decimal import Decimal

from django.db import connections, transaction

from reports import services
from reports.models import ProgressEntry, SaveKey
from reports.services import EntryInput, SaveKeyInput
from tests.reports.conftest import CONCURRENT, WEEK, at

pytestmark = CONCURRENT


def test_two_copies_of_one_key_at_once_are_stored_once(
    world, plan, hedge, commune_official
):
    con_tong = hedge.allocations.get(village=world.con_tong)
    key = SaveKeyInput(key=uuid.uuid4(), digest="d" * 64)
    first_saved, results = threading.Event(), {}

    def save(name, before_commit=None):
        try:
            with transaction.atomic():
                services.entries_save(
                    plan=plan,
                    period_start=WEEK,
                    user=commune_official,
                    inputs=[EntryInput(con_tong, amount=Decimal(30))],
                    now=at(15, 10),
                    key=key,
                )
                if before_commit:
                    before_commit()
            results[name] = "stored"
        except services.AlreadySaved:
            results[name] = "already"
        except Exception as error:  # reported below, in the test's thread
            results[name] = repr(error)
        finally:
            connections.close_all()

    def hold():
        first_saved.set()
        time.sleep(0.5)  # the copy is now waiting on the report's lock

    first = threading.Thread(target=save, args=("first", hold))
    first.start()
    assert first_saved.wait(timeout=10)
    second = threading.Thread(target=save, args=("second",))
    second.start()
    first.join(timeout=20)
    second.join(timeout=20)
    assert results == {"first": "stored", "second": "already"}
    assert SaveKey.objects.count() == 1
    assert ProgressEntry.objects.get().amount == Decimal(30)
    assert ProgressEntry.history.count() == 1
