"""Data of issue 20 between the schema (0004) and its constraints (0006):
on PostgreSQL a table cannot be altered in the transaction that updated it."""

import datetime

from django.db import migrations


def copy_amends(apps, schema_editor):
    LegalDocument = apps.get_model("criteria", "LegalDocument")
    for document in LegalDocument.objects.filter(amends__isnull=False):
        document.amends_many.add(document.amends_id)


OLD_CHECK = (
    "Đánh dấu trước khi hệ thống ghi người và thời điểm đối chiếu; xem nguồn."
)


def provenance_and_groups(apps, schema_editor):
    """Rows flagged verified before checks were recorded keep the flag with a
    note saying so (loadreference re-reads them from the fixtures); rows a
    provincial set copied from its parent lose it: nobody read them in the
    provincial text. Each commune's group becomes an assignment with a date."""
    from django.utils import timezone

    now = timezone.now()
    for name in [
        "LegalDocument",
        "CriteriaSet",
        "Criterion",
        "Indicator",
        "IndicatorRequirement",
        "OutstandingField",
    ]:
        model = apps.get_model("criteria", name)
        model.objects.filter(verified=True).update(checked_at=now, check_note=OLD_CHECK)
    Indicator = apps.get_model("criteria", "Indicator")
    inherited = Indicator.objects.filter(
        inherits_from__isnull=False, overrides_parent=False
    )
    inherited.update(verified=False)
    IndicatorRequirement = apps.get_model("criteria", "IndicatorRequirement")
    IndicatorRequirement.objects.filter(indicator__in=inherited).update(
        inherited=True, verified=False
    )
    Criterion = apps.get_model("criteria", "Criterion")
    OutstandingField = apps.get_model("criteria", "OutstandingField")
    for criterion in Criterion.objects.filter(criteria_set__parent__isnull=False):
        parent = Criterion.objects.filter(
            criteria_set_id=criterion.criteria_set.parent_id,
            number=criterion.number,
            name=criterion.name,
        ).first()
        if parent is not None and criterion.source == parent.source:
            criterion.inherited, criterion.verified = True, False
            criterion.save(update_fields=["inherited", "verified"])
    for field in OutstandingField.objects.filter(criteria_set__parent__isnull=False):
        if OutstandingField.objects.filter(
            criteria_set_id=field.criteria_set.parent_id,
            code=field.code,
            name=field.name,
        ).exists():
            field.inherited, field.verified = True, False
            field.save(update_fields=["inherited", "verified"])
    Area = apps.get_model("villages", "Area")
    Assignment = apps.get_model("criteria", "CommuneGroupAssignment")
    for area in Area.objects.filter(commune_group__isnull=False):
        Assignment.objects.create(
            area=area,
            group=area.commune_group,
            valid_from=area.valid_from or datetime.date(2026, 2, 15),
            basis="Chuyển từ dữ liệu trước đây (chưa ghi căn cứ).",
        )


class Migration(migrations.Migration):

    dependencies = [
        ("criteria", "0004_provenance_versions_groups"),
        ("villages", "0002_agency_sectors"),
    ]

    operations = [
        migrations.RunPython(copy_amends, migrations.RunPython.noop),
        migrations.RunPython(provenance_and_groups, migrations.RunPython.noop),
    ]
