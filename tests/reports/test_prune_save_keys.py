"""`manage.py prune_save_keys`: the keys of old saves go, recent ones stay, and
a copy of a save that arrives after its key went is still no silent overwrite."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal

import pytest
import time_machine
from django.core.management import CommandError, call_command

from reports.models import ProgressEntry, SaveKey
from tests.reports.conftest import (
    amount_field,
    at,
    entry_url,
    save_on_page,
)


def test_old_keys_go_recent_ones_stay(client, world, plan, hedge, commune_official):
    url = entry_url(plan)
    field = amount_field(hedge, world.con_tong)
    client.force_login(commune_official)
    with time_machine.travel(at(15, 10), tick=False):
        old = save_on_page(client, url, **{field: "30"})
        recent = save_on_page(client, url, **{field: "31"})
    assert SaveKey.objects.count() == 2
    SaveKey.objects.filter(key=old["save_key"]).update(
        created_at=at(15, 10) - datetime.timedelta(days=31)
    )

    out = io.StringIO()
    with time_machine.travel(at(15, 11), tick=False):
        call_command("prune_save_keys", stdout=out)
    assert "Đã xóa 1 mã lần lưu cũ hơn 30 ngày." in out.getvalue()
    assert [str(k.key) for k in SaveKey.objects.all()] == [recent["save_key"]]

    # The old save comes again after its key went, the row changed since:
    # a conflict the official sees, not an overwrite.
    with time_machine.travel(at(15, 12), tick=False):
        late = client.post(url, old)
    assert late.status_code == 422
    assert "data-conflict" in late.content.decode()
    assert ProgressEntry.objects.get().amount == Decimal(31)


def test_days_must_be_positive(db):
    with pytest.raises(CommandError, match="--days phải là số ngày nguyên dương."):
        call_command("prune_save_keys", "--days", "0")
