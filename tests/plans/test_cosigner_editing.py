"""A joint plan's other issuing bodies ("Cơ quan cùng ban hành") are added,
corrected and removed on the plan's edit page, with the plan, in one
transaction; a body is never the issuer nor named twice, and no line reaches
another plan's cosigner or an agency out of the user's scope."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plans.models import PlanCosigner
from tests.factories import AgencyFactory
from tests.plans.test_plan_editing import edit_data

EDIT_QUERIES = 20  # measured; must not grow with the plan's cosigners


@pytest.fixture
def front(world):
    return AgencyFactory(
        area=world.thuy_hung, name="Ban Thường trực Ủy ban MTTQ Việt Nam xã Thụy Hùng"
    )


@pytest.fixture
def women(world):
    return AgencyFactory(area=world.thuy_hung, name="Hội Liên hiệp Phụ nữ xã Thụy Hùng")


def _url(plan):
    return reverse("plans:edit", args=[plan.pk])


def _line(n: int, agency, authority="", title="", name="") -> dict:
    return {
        f"cosigners-{n}-agency": agency.pk if hasattr(agency, "pk") else agency,
        f"cosigners-{n}-signing_authority": authority,
        f"cosigners-{n}-signer_title": title,
        f"cosigners-{n}-signer_name": name,
    }


def test_the_edit_page_offers_the_cosigner_lines(official_client, plan, front, women):
    PlanCosigner.objects.create(plan=plan, agency=women, signer_name="Lê Thị Hoa")
    html = official_client.get(_url(plan)).content.decode()
    assert "Cơ quan cùng ban hành" in html
    assert 'name="cosigners-1-agency"' in html  # a blank line to add one
    assert f'<option value="{women.pk}" selected>' in html
    assert front.name in html and "Lê Thị Hoa" in html


def test_a_cosigner_is_added_corrected_and_removed(official_client, plan, front):
    data = edit_data(
        official_client,
        plan,
        **_line(0, front, "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Trần Thị Thu Hà"),
    )
    response = official_client.post(_url(plan), data)
    assert response.status_code == 302, response.content.decode()[:800]
    cosigner = PlanCosigner.objects.get(plan=plan)
    assert (
        cosigner.agency,
        cosigner.signing_authority,
        cosigner.signer_title,
        cosigner.signer_name,
    ) == (front, "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Trần Thị Thu Hà")

    data = edit_data(
        official_client, plan, **{"cosigners-0-signer_name": "Đinh Thị Hà"}
    )
    assert official_client.post(_url(plan), data).status_code == 302
    cosigner.refresh_from_db()
    assert cosigner.signer_name == "Đinh Thị Hà"

    data = edit_data(official_client, plan, **{"cosigners-0-DELETE": "on"})
    assert official_client.post(_url(plan), data).status_code == 302
    assert not PlanCosigner.objects.filter(plan=plan).exists()
    kinds = list(
        PlanCosigner.history.filter(id=cosigner.pk)
        .order_by("history_id")
        .values_list("history_type", "signer_name")
    )
    assert kinds == [
        ("+", "Trần Thị Thu Hà"),
        ("~", "Đinh Thị Hà"),
        ("-", "Đinh Thị Hà"),
    ]


def test_the_issuer_as_cosigner_is_refused_beside_the_field_keeping_the_input(
    official_client, world, plan
):
    data = edit_data(
        official_client,
        plan,
        **_line(
            0, world.agency_thuy_hung, "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Lê Văn Tám"
        ),
        title="Tiêu đề mới đã gõ",
    )
    response = official_client.post(_url(plan), data)
    assert response.status_code == 422
    form = response.context["cosigners"].forms[0]
    assert form.errors["agency"] == [
        "Cơ quan cùng ban hành phải khác cơ quan chủ trì ban hành."
    ]
    html = response.content.decode()
    assert "Cơ quan cùng ban hành phải khác cơ quan chủ trì ban hành." in html
    assert "Lê Văn Tám" in html and "Tiêu đề mới đã gõ" in html
    assert not PlanCosigner.objects.exists()
    plan.refresh_from_db()
    assert plan.title != "Tiêu đề mới đã gõ"  # nothing saved, the plan neither


def test_the_issuer_changed_to_a_cosigner_is_refused(official_client, plan, front):
    PlanCosigner.objects.create(plan=plan, agency=front)
    data = edit_data(official_client, plan, issuing_agency=front.pk)
    response = official_client.post(_url(plan), data)
    assert response.status_code == 422
    assert response.context["cosigners"].forms[0].errors["agency"] == [
        "Cơ quan cùng ban hành phải khác cơ quan chủ trì ban hành."
    ]
    plan.refresh_from_db()
    assert plan.issuing_agency_id != front.pk


def test_the_same_body_twice_is_refused(official_client, plan, front, women):
    PlanCosigner.objects.create(plan=plan, agency=front, signer_name="Trần Thị Thu Hà")
    data = edit_data(official_client, plan, **_line(1, front, name="Người thứ hai"))
    response = official_client.post(_url(plan), data)
    assert response.status_code == 422
    assert response.context["cosigners"].forms[1].errors["agency"] == [
        "Cơ quan này đã có trong danh sách cơ quan cùng ban hành."
    ]
    assert "Người thứ hai" in response.content.decode()
    assert PlanCosigner.objects.filter(plan=plan).count() == 1
    # Deleting the first line while adding it again is a correction, not a twin.
    data = edit_data(
        official_client,
        plan,
        **{"cosigners-0-DELETE": "on"},
        **_line(1, front, name="Người thứ hai"),
    )
    assert official_client.post(_url(plan), data).status_code == 302
    assert list(
        PlanCosigner.objects.filter(plan=plan).values_list("agency", "signer_name")
    ) == [(front.pk, "Người thứ hai")]


def test_another_plans_cosigner_cannot_be_reached(
    official_client, plan, other_plan, front, women
):
    theirs = PlanCosigner.objects.create(
        plan=other_plan, agency=front, signer_name="Của kế hoạch khác"
    )
    PlanCosigner.objects.create(plan=plan, agency=women)
    for changes in (
        {"cosigners-0-id": theirs.pk, "cosigners-0-signer_name": "Đã đổi"},
        {"cosigners-0-id": theirs.pk, "cosigners-0-DELETE": "on"},
    ):
        data = edit_data(official_client, plan, **changes)
        response = official_client.post(_url(plan), data)
        assert response.status_code == 422
        assert "không thuộc kế hoạch này" in response.content.decode()
        theirs.refresh_from_db()
        assert (theirs.plan, theirs.signer_name) == (other_plan, "Của kế hoạch khác")
    assert PlanCosigner.objects.filter(plan=plan).get().agency == women


def test_an_agency_out_of_scope_is_refused(official_client, world, plan):
    data = edit_data(official_client, plan, **_line(0, world.agency_nhat_tien))
    response = official_client.post(_url(plan), data)
    assert response.status_code == 422
    assert "agency" in response.context["cosigners"].forms[0].errors
    assert world.agency_nhat_tien.name not in response.content.decode()
    assert not PlanCosigner.objects.exists()


def test_a_reader_who_cannot_edit_cannot_add_a_cosigner(
    client, official_client, plan, front, district_reviewer
):
    data = edit_data(official_client, plan, **_line(0, front, name="Lê Văn Tám"))
    client.force_login(district_reviewer)
    assert client.post(_url(plan), data).status_code == 403
    assert not PlanCosigner.objects.exists()


def test_the_edit_page_query_count_does_not_grow_with_cosigners(
    official_client, world, plan
):
    counts = []
    for n in range(1, 5):
        PlanCosigner.objects.create(
            plan=plan, agency=AgencyFactory(area=world.thuy_hung, name=f"Hội {n} xã")
        )
        if n in (1, 4):
            with CaptureQueriesContext(connection) as captured:
                response = official_client.get(_url(plan))
            assert response.status_code == 200
            assert len(response.context["cosigners"].forms) == n + 1
            counts.append(len(captured))
    assert counts == [EDIT_QUERIES, EDIT_QUERIES]
