from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "Báo cáo"

    def ready(self):
        # The writers below reports keep the weekly summary up to date after
        # they commit (reports.freshness): they send, we listen.
        from plans.models import Plan
        from reports import freshness
        from reports.models import ProgressReport

        for model in freshness.WATCHED:
            post_save.connect(
                freshness.noted, sender=model, dispatch_uid=f"fresh-{model.__name__}"
            )
            if model is not Plan:  # a deleted plan has no summary left
                post_delete.connect(
                    freshness.noted,
                    sender=model,
                    dispatch_uid=f"fresh-del-{model.__name__}",
                )
        # A report deleted (the admin) takes its entries with it: by commit
        # time their report is gone, so its plan is noted from the report.
        post_delete.connect(
            freshness.noted,
            sender=ProgressReport,
            dispatch_uid="fresh-del-ProgressReport",
        )
        # A target or a village's share changed (admin, plan pages, Excel
        # import): the stored "far above target" flags of every week judged
        # again, by the judge the entry save uses.
        from plans.models import Target, VillageTarget

        post_save.connect(_target_judged, sender=Target, dispatch_uid="over-Target")
        post_save.connect(
            _target_judged, sender=VillageTarget, dispatch_uid="over-VillageTarget"
        )


# What the flag depends on: a save that writes none of them judges nothing.
JUDGED_FIELDS = {"quantity", "counting", "higher_is_better", "unit"}


def _target_judged(sender, instance, created, update_fields=None, **kwargs):
    """post_save of a Target or VillageTarget: its entries judged again (a new
    row has none). NOTE: performance: one read of the entries' amounts per
    saved row (docs/performance.md)."""
    if created or (
        update_fields is not None and not JUDGED_FIELDS & set(update_fields)
    ):
        return
    from plans.models import Target
    from reports.services import rejudge_over_target

    if sender is Target:
        village_targets = list(instance.allocations.select_related("village"))
        for village_target in village_targets:
            village_target.target = instance
    else:
        village_targets = [instance]
    rejudge_over_target(village_targets)
