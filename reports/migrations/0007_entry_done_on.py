"""A milestone's day done, and the summary's triggers again: on SQLite adding
0006's CHECK rebuilt the entry table, which drops its triggers (0002). They
are made anew, and now also fire when a rate's base changes (entries) or a
target's unit does (a "%" target is a rate). Every plan is marked stale, so
its weekly summary is rebuilt with rates reached by count over base."""

import importlib

from django.db import migrations, models

summary = importlib.import_module("reports.migrations.0002_progress_summary")
since_0004 = importlib.import_module("reports.migrations.0004_progress_week_reached")

OLD = {t[0]: t for t in summary.TRIGGERS}
NEW = [
    ("entry_insert", *OLD["entry_insert"][1:]),
    ("entry_delete", *OLD["entry_delete"][1:]),
    (
        "entry_update",
        "reports_progressentry",
        "UPDATE",
        ["amount", "base", "done", "report_id", "village_target_id"],
        OLD["entry_update"][4],
    ),
    (
        "target_update",
        "plans_target",
        "UPDATE",
        [*OLD["target_update"][3], "unit"],
        OLD["target_update"][4],
    ),
]


def _drop_if_any(triggers, schema_editor):
    vendor = schema_editor.connection.vendor
    for name, table, *_ in triggers:
        if vendor == "postgresql":
            schema_editor.execute(
                f"DROP TRIGGER IF EXISTS progress_stale_{name} ON {table}"
            )
            schema_editor.execute(f"DROP FUNCTION IF EXISTS progress_stale_{name}()")
        else:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS progress_stale_{name}")


def forwards(apps, schema_editor):
    _drop_if_any(NEW, schema_editor)
    since_0004._create(NEW, schema_editor)
    schema_editor.execute(
        f"INSERT INTO {summary.STALE} (plan_id, generation) "
        f"SELECT id, 1 FROM plans_plan "
        f"WHERE id NOT IN (SELECT plan_id FROM {summary.STALE})"
    )
    schema_editor.execute(f"UPDATE {summary.STALE} SET generation = generation + 1")


def backwards(apps, schema_editor):
    _drop_if_any(NEW, schema_editor)
    since_0004._create([OLD[name] for name, *_ in NEW], schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0006_entry_rate_base"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicalprogressentry",
            name="done_on",
            field=models.DateField(
                blank=True, null=True, verbose_name="ngày hoàn thành"
            ),
        ),
        migrations.AddField(
            model_name="progressentry",
            name="done_on",
            field=models.DateField(
                blank=True, null=True, verbose_name="ngày hoàn thành"
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
