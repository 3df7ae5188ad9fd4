"""The receivers that re-judge the stored "far above target" flag (the
arithmetic is reports.progress's); the one function every writer calls is
`plans.flags.keep` (see there)."""

from __future__ import annotations

from collections.abc import Iterable

from plans import flags as plan_flags

# What a target's or a share's flag depends on: a save that writes none of
# them judges nothing.
JUDGED_FIELDS = {"quantity", "counting", "higher_is_better", "unit"}
# What an entry's flag depends on (its own and the later weeks').
ENTRY_FIELDS = {"amount", "report", "village_target", "over_target"}


def rejudge(village_target_ids: Iterable[int], **kwargs) -> None:
    """Judge every stored week of these village targets (those still there);
    the receiver of `plans.flags.stale`."""
    from plans.models import VillageTarget
    from reports.services import judge_over_target

    ids = set(village_target_ids)
    if not ids:
        return
    village_targets = list(
        VillageTarget.objects.filter(pk__in=ids).select_related("target", "village")
    )
    judge_over_target(village_targets, since=None)


def target_saved(sender, instance, created, update_fields=None, **kwargs):
    """post_save of a Target or VillageTarget: its entries judged again (a new
    row has none)."""
    from plans.models import Target

    if created or (
        update_fields is not None and not JUDGED_FIELDS & set(update_fields)
    ):
        return
    if sender is Target:
        plan_flags.keep(instance.allocations.values_list("pk", flat=True))
    else:
        plan_flags.keep([instance.pk])


def entry_written(sender, instance, update_fields=None, **kwargs):
    """post_save or post_delete of a ProgressEntry (the admin, a report or a
    village target deleted with its entries; the entry save writes in bulk
    and judges itself): its village target's weeks judged again."""
    if update_fields is not None and not ENTRY_FIELDS & set(update_fields):
        return
    plan_flags.keep([instance.village_target_id])
