"""The weekly summary holds Chỉ tiêu đạt (village targets reached) too, so the
dashboards read it without a year of entries (issue 19). A village target's
share now matters to the summary: its update marks the plan stale. Every plan
is marked stale, so its rows are rebuilt with the new figures when next read."""

import importlib

from django.db import migrations, models

summary = importlib.import_module("reports.migrations.0002_progress_summary")

OLD = [t for t in summary.TRIGGERS if t[0] == "villagetarget_update"]
NEW = [
    (
        "villagetarget_update",
        "plans_villagetarget",
        "UPDATE",
        ["target_id", "quantity"],
        OLD[0][4],
    )
]


# The same CREATE and DROP as 0002's (0007 uses these names too).
_create = summary._create
_drop = summary._drop


def forwards(apps, schema_editor):
    _drop(OLD, schema_editor)
    _create(NEW, schema_editor)
    schema_editor.execute(
        f"UPDATE {summary.STALE} SET generation = generation + 1"
    )


def backwards(apps, schema_editor):
    _drop(NEW, schema_editor)
    _create(OLD, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0003_report_withdrawal"),
    ]

    operations = [
        migrations.AddField(
            model_name="planprogressweek",
            name="assigned",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.AddField(
            model_name="planprogressweek",
            name="reached",
            field=models.PositiveIntegerField(default=0),
        ),
        migrations.RunPython(forwards, backwards),
    ]
