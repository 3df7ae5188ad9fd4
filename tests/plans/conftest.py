"""Fixtures shared by the plan tests: the commune official's client, and the
commune plan the Excel target import works on (a module may define its own
`plan`; pytest takes the module's); a document's import preview for a
superuser, what the preview posts back, and the plan it confirms."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from plans.models import Plan, PlanStatus, Target, VillageTarget
from tests.factories import PlanFactory


@pytest.fixture
def official_client(client, commune_official):
    client.force_login(commune_official)
    return client


@pytest.fixture
def plan(world, commune_official):
    return PlanFactory(
        area=world.thuy_hung,
        issuing_agency=world.agency_thuy_hung,
        title="Về việc bảo vệ môi trường",
        status=PlanStatus.DRAFT,
    )


@pytest.fixture
def other_plan(world):
    """A second plan of Thụy Hùng, a draft: what a plan's pages and imports
    must not reach through."""
    return PlanFactory(
        area=world.thuy_hung,
        issuing_agency=world.agency_thuy_hung,
        symbol="KH-2",
        year=2024,
        title="Kế hoạch khác",
        status=PlanStatus.DRAFT,
    )


@pytest.fixture
def rate_titled_plan(plan):
    """The plan, titled with "tỷ lệ": a plan's title makes none of its
    targets a rate."""
    plan.title = "Nâng tỷ lệ hộ dùng nước sạch"
    plan.save(update_fields=["title"])
    return plan


@pytest.fixture
def hedge(plan, world):
    """ "Trồng hàng rào xanh: 3.200 m", split 1.600 / 1.600."""
    target = Target.objects.create(
        plan=plan, order=1, name="Trồng hàng rào xanh", unit="m", quantity=3200
    )
    VillageTarget.objects.create(target=target, village=world.con_tong, quantity=1600)
    VillageTarget.objects.create(target=target, village=world.na_lai, quantity=1600)
    return target


def preview_as_superuser(client, data: str | bytes, *, name="kh.txt", area=None):
    """The import preview of `data` (a text is encoded in UTF-8) uploaded as
    a file named `name`, for `area` when given, by a superuser, who may
    import for any area."""
    get_user_model().objects.create_superuser("admin-review", password="x")
    client.login(username="admin-review", password="x")
    if isinstance(data, str):
        data = data.encode("utf-8")
    form = {"file": SimpleUploadedFile(name, data)}
    if area is not None:
        form["area"] = area.pk
    page = client.post(reverse("plans:import"), form)
    assert page.status_code == 200, page.content.decode()[:2000]
    return page


def preview_data(page) -> dict:
    """What the import preview form (`page`, a response of plans:import or
    plans:import_confirm) posts back, as a browser sends it."""
    data = {}
    forms = [page.context["head"]]
    for prefix in ("bases", "tasks", "targets", "phases", "sections", "cosigners"):
        formset = page.context[prefix]
        forms += list(formset)
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": str(len(formset.forms)),
                f"{prefix}-INITIAL_FORMS": str(len(formset.forms)),
            }
        )
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            key = form.add_prefix(name)
            if isinstance(value, list | tuple):
                data[key] = [str(v) for v in value]
            elif isinstance(value, bool):
                if value:
                    data[key] = "on"
            elif value is None:
                data[key] = ""
            elif hasattr(value, "strftime"):
                data[key] = value.strftime("%d/%m/%Y")
            else:
                data[key] = str(value)
    return data


def review(client, page, action: str, changes: dict | None = None):
    """The import preview `page` posted back by `client` with a review
    button's `action` ("split:1", "up:2") and the fields `changes`; the new
    preview."""
    data = {**preview_data(page), **(changes or {}), "action": action}
    return client.post(reverse("plans:import_confirm"), data)


def confirm_import(client, data: dict):
    """The plan the import preview's `data`, posted back by `client`,
    creates (the only plan there is)."""
    done = client.post(reverse("plans:import_confirm"), data)
    assert done.status_code == 302, done.content.decode()[:2000]
    return Plan.objects.get()
