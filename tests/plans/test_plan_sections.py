"""The sections of a plan's text ("IV. TỔ CHỨC THỰC HIỆN") are written in the
browser by those who may edit the plan: added, edited with a version (a stale
form is a conflict, nothing typed is lost), moved and deleted; nobody else
reaches them."""

import pytest
from django.urls import reverse

from plans.models import PlanSection
from tests.factories import member
from villages.models import Role


@pytest.fixture
def sections(plan):
    return [
        PlanSection.objects.create(
            plan=plan, order=i, number=n, heading=h, body=f"Nội dung {n}"
        )
        for i, (n, h) in enumerate(
            [("I", "Mục đích, yêu cầu"), ("II", "Nội dung"), ("III", "Kinh phí")],
            start=1,
        )
    ]


@pytest.fixture
def official(client, commune_official):
    client.force_login(commune_official)
    return client


def headings(plan) -> list[str]:
    return list(plan.sections.values_list("heading", flat=True))


def test_the_plan_edit_navigation_links_to_the_sections(official, plan, sections):
    page = official.get(reverse("plans:tasks", args=[plan.pk])).content.decode()
    assert reverse("plans:sections", args=[plan.pk]) in page
    page = official.get(reverse("plans:sections", args=[plan.pk])).content.decode()
    assert "II. Nội dung" in page
    assert reverse("plans:section_edit", args=[plan.pk, sections[0].pk]) in page


def test_add_a_section_last_and_see_it_in_the_plan(official, plan, sections):
    response = official.post(
        reverse("plans:section_create", args=[plan.pk]),
        {
            "number": "IV",
            "heading": "Tổ chức thực hiện",
            "body": "1. UBND xã\n2. Các thôn",
        },
    )
    assert response.status_code == 302
    section = plan.sections.last()
    assert (section.number, section.order, section.version) == ("IV", 4, 1)
    detail = official.get(reverse("plans:detail", args=[plan.pk])).content.decode()
    assert "IV. Tổ chức thực hiện" in detail and "2. Các thôn" in detail


def test_a_missing_heading_is_refused_in_vietnamese_and_the_body_kept(official, plan):
    response = official.post(
        reverse("plans:section_create", args=[plan.pk]),
        {"number": "V" * 11, "heading": "", "body": "Đoạn văn dài đã gõ"},
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "Trường này là bắt buộc." in page
    assert "tối đa 10 kí tự (hiện có 11)" in page
    assert "Đoạn văn dài đã gõ" in page
    assert not PlanSection.objects.exists()


def test_a_stale_edit_is_a_conflict_that_keeps_the_typing(official, plan, sections):
    url = reverse("plans:section_edit", args=[plan.pk, sections[1].pk])
    assert 'name="version" value="1"' in official.get(url).content.decode()
    data = {"number": "II", "heading": "Nội dung thực hiện", "body": "Bản của tôi"}
    assert official.post(url, {**data, "version": "1"}).status_code == 302
    response = official.post(url, {**data, "body": "Bản cũ hơn", "version": "1"})
    assert response.status_code == 422
    page = response.content.decode()
    assert "vừa được người khác lưu" in page and "Bản cũ hơn" in page
    section = PlanSection.objects.get(pk=sections[1].pk)
    assert (section.body, section.version) == ("Bản của tôi", 2)


def test_move_up_and_down(official, plan, sections):
    move = reverse("plans:section_move", args=[plan.pk, sections[2].pk])
    assert official.post(move, {"direction": "up"}).status_code == 302
    assert headings(plan) == ["Mục đích, yêu cầu", "Kinh phí", "Nội dung"]
    official.post(move, {"direction": "up"})
    official.post(move, {"direction": "up"})  # already first: nothing moves
    assert headings(plan) == ["Kinh phí", "Mục đích, yêu cầu", "Nội dung"]
    official.post(move, {"direction": "down"})
    assert headings(plan) == ["Mục đích, yêu cầu", "Kinh phí", "Nội dung"]


def test_delete_asks_first_then_deletes_unless_changed_meanwhile(
    official, plan, sections
):
    url = reverse("plans:section_delete", args=[plan.pk, sections[0].pk])
    page = official.get(url).content.decode()
    assert "Xóa mục “I. Mục đích, yêu cầu”?" in page and "Nội dung I" in page
    PlanSection.objects.filter(pk=sections[0].pk).update(version=2)  # edited meanwhile
    response = official.post(url, {"version": "1"})
    assert response.status_code == 200
    assert "vừa được người khác lưu" in response.content.decode()
    assert PlanSection.objects.filter(pk=sections[0].pk).exists()
    assert official.post(url, {"version": "2"}).status_code == 302
    assert headings(plan) == ["Nội dung", "Kinh phí"]


@pytest.mark.parametrize(
    "who, status",
    [
        ("other_commune_official", 404),
        ("other_province", 404),
        ("district_reviewer", 403),
        ("village_head", 403),
        ("provincial_viewer", 403),
    ],
)
def test_nobody_else_writes_the_sections(
    client, world, plan, sections, who, status, request
):
    if who == "other_province":
        user = member(world.son_bang, Role.COMMUNE_OFFICIAL)
    else:
        user = request.getfixturevalue(who)
    client.force_login(user)
    section = sections[0]
    data = {"number": "I", "heading": "Chen vào", "body": "x", "version": "1"}
    for name, args, payload in [
        ("sections", [plan.pk], None),
        ("section_create", [plan.pk], data),
        ("section_edit", [plan.pk, section.pk], data),
        ("section_move", [plan.pk, section.pk], {"direction": "down"}),
        ("section_delete", [plan.pk, section.pk], {"version": "1"}),
    ]:
        url = reverse(f"plans:{name}", args=args)
        if payload is None:
            assert client.get(url).status_code == status, url
        else:
            assert client.post(url, payload).status_code == status, url
    assert headings(plan) == ["Mục đích, yêu cầu", "Nội dung", "Kinh phí"]
    assert PlanSection.objects.count() == 3


def test_a_section_of_another_plan_is_404(official, plan, sections, other_plan):
    url = reverse("plans:section_edit", args=[other_plan.pk, sections[0].pk])
    assert official.get(url).status_code == 404


def test_moving_is_post_only(official, plan, sections):
    url = reverse("plans:section_move", args=[plan.pk, sections[0].pk])
    assert official.get(url).status_code == 405
