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
