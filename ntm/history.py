"""simple_history's `Model.history` without rebuilding its manager class on
each access (issue 23, goal 1; docs/performance.md, "Fifth round").

`HistoryDescriptor.__get__` returns
`HistoryManager.from_queryset(HistoricalQuerySet)(model, instance)`: a new
class each time, built by `Manager._get_queryset_methods`, which walks every
method of the queryset class with `inspect.getmembers`. Every read of
`X.history` (the entries' history on each week's page) and every saved
history row (simple_history's post_save handler reads `instance.history`)
paid ~0.4 ms of CPU for it. The class depends only on the descriptor's
manager and queryset classes, so it is built once for each pair; the
manager returned is the same as before, bound to the same model and
instance. Installed from villages.apps (the lowest app), before any request.
"""

from __future__ import annotations

from simple_history.manager import HistoryDescriptor

_CLASSES: dict[tuple[type, type], type] = {}


def _get(self, instance, owner):
    key = (self.manager_class, self.queryset_class)
    manager_class = _CLASSES.get(key)
    if manager_class is None:
        manager_class = _CLASSES[key] = self.manager_class.from_queryset(
            self.queryset_class
        )
    return manager_class(self.model, instance)


def install() -> None:
    """Once a process (idempotent)."""
    HistoryDescriptor.__get__ = _get
