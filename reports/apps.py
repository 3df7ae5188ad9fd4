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
        # The stored "far above target" flags, kept right by every writer
        # (reports.flags): a target or a share changed, an entry written or
        # deleted outside the entry save (the admin, a report deleted).
        from plans import flags as plan_flags
        from plans.models import Target, VillageTarget
        from reports import flags
        from reports.models import ProgressEntry

        plan_flags.stale.connect(flags.rejudge, dispatch_uid="over-judge")

        for model in (Target, VillageTarget):
            post_save.connect(
                flags.target_saved, sender=model, dispatch_uid=f"over-{model.__name__}"
            )
        post_save.connect(
            flags.entry_written, sender=ProgressEntry, dispatch_uid="over-entry"
        )
        post_delete.connect(
            flags.entry_written, sender=ProgressEntry, dispatch_uid="over-entry-del"
        )
