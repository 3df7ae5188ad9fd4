"""The stored "far above target" flag (`ProgressEntry.over_target`) kept right
by every writer (issue 23). The gathering lives here, on the plans floor
(target writes start here and plans cannot import reports); the judge is
`reports.flags.rejudge`, connected to `stale` by `ReportsConfig.ready()`.

The review list reads the stored flag; the entry page judges it live
(`progress.is_over_target`). A flag depends on its village target's share,
its target's quantity, counting, direction and unit, and on the figures to
date of its week (the entries of the weeks before it). Every writer of those
calls one function, `keep(ids of village targets)`:

- the entry save (`services.entries_save`) judges its own rows from its week
  on (`services.judge_over_target`, `since=`), in its transaction;
- a saved `Target` or `VillageTarget` (the target page and the Excel import
  through `plans.services.target_save`, the admin), and a saved or deleted
  `ProgressEntry` (the admin, a report deleted with its entries), through
  the receivers of `reports.flags`;
- writers that send no signal (`QuerySet.update()`, `bulk_create`,
  `bulk_update`, raw SQL) call `keep` for the village targets they wrote;
  a report moved to another week (the admin) calls it for its entries.

Inside `batch()` the ids are gathered and judged once when the block ends,
inside the writer's transaction: `target_save` judges a target's villages
once, not once for the target and once more per village; the Excel import
once for the whole file; an admin page once for the object and its inlines.
A block left by an exception, or whose transaction is marked to be undone
(the import's dry run), judges nothing.
Outside a batch `keep` judges at once. Judging is idempotent: it reads the
stored figures and writes the flags that differ (one read of the entries'
amounts, one UPDATE per direction that changed).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.db import transaction
from django.dispatch import Signal

# Sent with `village_target_ids` (a set) whose flags must be judged again.
stale = Signal()

_local = threading.local()


def keep(village_target_ids: Iterable[int | None]) -> None:
    """Keep the stored flags of every week of these village targets right:
    at once, or at the end of the enclosing `batch()`."""
    ids = {pk for pk in village_target_ids if pk is not None}
    if not ids:
        return
    pending = getattr(_local, "pending", None)
    if pending is not None:
        pending.update(ids)
        return
    stale.send(sender=None, village_target_ids=ids)


@contextmanager
def batch() -> Iterator[None]:
    """Gather the `keep` calls of the block and judge each village target
    once when it ends (nested blocks join the outermost)."""
    if getattr(_local, "pending", None) is not None:
        yield
        return
    _local.pending = set()
    try:
        yield
        ids = _local.pending
    finally:
        _local.pending = None
    connection = transaction.get_connection()
    if connection.in_atomic_block and connection.needs_rollback:
        return  # to be undone (a dry run): nothing to keep
    if ids:
        stale.send(sender=None, village_target_ids=ids)
