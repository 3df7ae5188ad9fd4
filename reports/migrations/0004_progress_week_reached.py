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


def _create(triggers, schema_editor):
    vendor = schema_editor.connection.vendor
    for name, table, event, columns, selects in triggers:
        when = f"WHEN ({summary._changed(columns, vendor)})" if columns else ""
        mark = summary._mark(selects, vendor)
        if vendor == "postgresql":
            schema_editor.execute(
                f"CREATE FUNCTION progress_stale_{name}() RETURNS trigger "
                f"LANGUAGE plpgsql AS $$ BEGIN {mark}; RETURN NULL; END $$"
            )
            schema_editor.execute(
                f"CREATE TRIGGER progress_stale_{name} AFTER {event} ON {table} "
                f"FOR EACH ROW {when} EXECUTE FUNCTION progress_stale_{name}()"
            )
        else:
            schema_editor.execute(
                f"CREATE TRIGGER progress_stale_{name} AFTER {event} ON {table} "
                f"FOR EACH ROW {when} BEGIN {mark}; END"
            )


def _drop(triggers, schema_editor):
    vendor = schema_editor.connection.vendor
    for name, table, *_ in triggers:
        if vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER progress_stale_{name} ON {table}")
            schema_editor.execute(f"DROP FUNCTION progress_stale_{name}()")
        else:
            schema_editor.execute(f"DROP TRIGGER progress_stale_{name}")


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
