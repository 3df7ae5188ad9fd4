"""The plan list and the plan page that reads like the document: scope, the
document's parts, Vietnamese dates and numbers, escaping, and pinned query
counts at two data sizes."""

from __future__ import annotations

import datetime
import html
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from criteria.models import CriteriaSet, Criterion, Indicator, LegalDocument
from ntm.templatetags.vn_tags import lines, long_date, short_date, vn_number
from plans import selectors
from plans.models import (
    BasisRelation,
    FundingSource,
    GoalKind,
    Phase,
    Plan,
    PlanBasis,
    PlanGoal,
    PlanSection,
    PlanStatus,
    Recipient,
    Target,
    Task,
    VillageTarget,
)
from tests.factories import AgencyFactory, commune, member, village
from villages.models import Role

# Queries of each page: session, user, then the selectors.
#   list:   plans with counts and can_edit, can_create
#   detail: plan (+can_edit), bases, tasks, coordinating agencies, indicators,
#           villages, goals, sections, phases, funding sources, recipients,
#           targets, allocations, implementing plans
LIST_QUERIES = 4
DETAIL_QUERIES = 17  # with the cosigners of a joint plan (one query)


# --- builders ---------------------------------------------------------------


def make_plan(area, agency, **fields) -> Plan:
    values = {
        "area": area,
        "issuing_agency": agency,
        "number": "01",
        "symbol": "KH-BCĐ",
        "year": 2023,
        "title": "Phát động phong trào xây dựng nông thôn mới năm 2023",
        "place": area.name,
        "status": PlanStatus.ISSUED,
        **fields,
    }
    return Plan.objects.create(**values)


def make_indicator(code: str = "17") -> Indicator:
    document, _ = LegalDocument.objects.get_or_create(
        number="318/QĐ-TTg",
        issuer="Thủ tướng Chính phủ",
        defaults={"doc_type": "QĐ", "issued_on": datetime.date(2022, 3, 8)},
    )
    criteria_set, _ = CriteriaSet.objects.get_or_create(
        code="qd318-thu",
        defaults={
            "name": "Bộ tiêu chí xã nông thôn mới",
            "document": document,
            "level": "xa_ntm",
            "period_start": 2021,
            "period_end": 2025,
        },
    )
    criterion, _ = Criterion.objects.get_or_create(
        criteria_set=criteria_set, number=17, defaults={"name": "Môi trường"}
    )
    indicator, _ = Indicator.objects.get_or_create(
        criterion=criterion,
        code=f"17.{code}",
        defaults={"name": f"Chỉ tiêu 17.{code}", "comparator": "met"},
    )
    return indicator


def fill_plan(plan: Plan, *, tasks: int, targets: int, villages: int) -> list:
    """Give `plan` (a commune's) tasks with coordinating units and indicators,
    targets allocated to every village but the last, and the rest of a
    document's parts; returns the commune's villages."""
    commune_area = plan.area
    homes = [village(commune_area, f"Thôn {n:02d}") for n in range(villages)]
    coordinators = [
        AgencyFactory(area=commune_area, name=f"Hội {n} xã {commune_area.name}")
        for n in range(3)
    ]
    indicators = [make_indicator("1"), make_indicator("2")]
    for n in range(1, tasks + 1):
        task = Task.objects.create(
            plan=plan,
            order=n,
            number=str(n),
            title=f"Nhiệm vụ {n}",
            description="Rà soát hiện trạng",
            time_text="Trong quý I năm 2023",
            starts_on=datetime.date(2023, 3, 15),
            ends_on=datetime.date(2023, 5, 15),
            lead_agency=plan.issuing_agency,
            method="Hội nghị",
        )
        task.coordinating_agencies.set(coordinators)
        task.indicators.set(indicators)
    for n in range(1, targets + 1):
        target = Target.objects.create(
            plan=plan, order=n, name=f"Chỉ tiêu {n}", unit="m", quantity=100 * n
        )
        VillageTarget.objects.bulk_create(
            VillageTarget(target=target, village=home, quantity=n)
            for home in homes[:-1]
        )
    for n in range(1, 3):
        PlanSection.objects.create(
            plan=plan, order=n, number=str(n), heading=f"Mục {n}", body="Nội dung"
        )
        Phase.objects.create(
            plan=plan,
            order=n,
            name=f"Đợt {n}",
            starts_on=datetime.date(2023, 3 * n, 1),
            ends_on=datetime.date(2023, 3 * n, 20),
        )
        FundingSource.objects.create(plan=plan, order=n, description=f"Nguồn {n}")
        Recipient.objects.create(plan=plan, order=n, text=f"Nơi nhận {n}")
        PlanGoal.objects.create(
            plan=plan, order=n, area=commune_area, kind=GoalKind.KEEP
        )
    return homes


def page_text(response) -> str:
    """The rendered page as a reader sees it: tags dropped, entities decoded,
    whitespace (no-break spaces too) collapsed."""
    body = response.content.decode()
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def count_queries(client, url: str) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


# --- query counts -------------------------------------------------------------


@pytest.mark.parametrize("sizes", [((2, 2, 2), (10, 10, 6))])
def test_plan_pages_query_counts_are_pinned_at_two_sizes(client, world, sizes):
    list_counts, detail_counts = [], []
    for index, (tasks, targets, villages) in enumerate(sizes):
        area = commune(world.cao_loc, f"Xã cỡ {index}")
        agency = AgencyFactory(area=area, name=f"Ủy ban nhân dân xã cỡ {index}")
        plan = make_plan(area, agency, number=f"{index + 1:02d}")
        fill_plan(plan, tasks=tasks, targets=targets, villages=villages)
        # More plans in the list at the larger size, one implementing this one.
        for extra in range(index * 3):
            child = make_plan(area, agency, number=f"{extra + 10}", year=2024)
            PlanBasis.objects.create(plan=child, source_plan=plan)
        client.force_login(member(area, Role.COMMUNE_OFFICIAL))

        count, response = count_queries(client, reverse("plans:list"))
        assert response.context["plans"]
        list_counts.append(count)

        count, response = count_queries(client, reverse("plans:detail", args=[plan.pk]))
        text = page_text(response)
        assert f"Nhiệm vụ {tasks}" in text and f"Chỉ tiêu {targets}" in text
        assert f"Thôn {villages - 1:02d}" in text
        detail_counts.append(count)
    assert list_counts == [LIST_QUERIES, LIST_QUERIES]
    assert detail_counts == [DETAIL_QUERIES, DETAIL_QUERIES]


def test_selectors_run_a_fixed_number_of_queries(world, commune_official):
    plan = make_plan(world.thuy_hung, world.agency_thuy_hung)
    fill_plan(plan, tasks=4, targets=5, villages=3)
    with CaptureQueriesContext(connection) as captured:
        selectors.plan_list(user=commune_official)
    assert len(captured) == 1
    with CaptureQueriesContext(connection) as captured:
        selectors.plan_document(user=commune_official, pk=plan.pk)
    assert len(captured) == DETAIL_QUERIES - 2


# --- scope ----------------------------------------------------------------------


def test_another_communes_official_gets_404(client, world, commune_official):
    foreign = make_plan(world.nhat_tien, world.agency_nhat_tien)
    client.force_login(commune_official)
    assert client.get(reverse("plans:detail", args=[foreign.pk])).status_code == 404
    assert foreign not in selectors.plan_list(user=commune_official)


def test_commune_official_sees_the_edit_toolbar_on_their_plan(
    client, world, commune_official
):
    plan = make_plan(world.thuy_hung, world.agency_thuy_hung)
    client.force_login(commune_official)
    response = client.get(reverse("plans:detail", args=[plan.pk]))
    body = response.content.decode()
    for name in ("edit", "tasks", "targets", "phases"):
        assert f'href="{reverse(f"plans:{name}", args=[plan.pk])}"' in body
    text = page_text(response)
    assert "Sửa thông tin chung" in text and "Chỉ xem" not in text
    listed = selectors.plan_list(user=commune_official)
    assert [p.can_edit for p in listed] == [True]
    assert selectors.can_create_plan(user=commune_official)
    page = client.get(reverse("plans:list")).content.decode()
    assert f'href="{reverse("plans:create")}"' in page


def test_district_reviewer_reads_commune_plans_and_sees_who_implements_theirs(
    client, world, district_reviewer
):
    district_agency = AgencyFactory(
        area=world.cao_loc, name="Ban chỉ đạo nông thôn mới huyện Cao Lộc"
    )
    district_plan = make_plan(
        world.cao_loc, district_agency, number="19", place="Cao Lộc"
    )
    commune_plan = make_plan(world.thuy_hung, world.agency_thuy_hung)
    PlanBasis.objects.create(plan=commune_plan, source_plan=district_plan)
    foreign = make_plan(world.nhat_tien, world.agency_nhat_tien, number="07")
    PlanBasis.objects.create(plan=foreign, source_plan=district_plan)
    client.force_login(district_reviewer)

    response = client.get(reverse("plans:detail", args=[commune_plan.pk]))
    assert response.status_code == 200
    text = page_text(response)
    assert "Chỉ xem" in text and "Sửa thông tin chung" not in text
    assert reverse("plans:edit", args=[commune_plan.pk]) not in (
        response.content.decode()
    )
    # The commune plan cites the district plan, which the reviewer may open.
    assert f'href="{reverse("plans:detail", args=[district_plan.pk])}"' in (
        response.content.decode()
    )

    response = client.get(reverse("plans:detail", args=[district_plan.pk]))
    text = page_text(response)
    assert "Kế hoạch cấp dưới thực hiện kế hoạch này" in text
    assert f'href="{reverse("plans:detail", args=[commune_plan.pk])}"' in (
        response.content.decode()
    )
    # Nhật Tiến is in another district: implementing, but out of scope.
    assert "Nhật Tiến" not in text
    assert not selectors.can_create_plan(user=district_reviewer)
    page = client.get(reverse("plans:list")).content.decode()
    assert reverse("plans:create") not in page


def test_commune_official_reads_the_district_plan_without_a_link_to_others(
    client, world, commune_official
):
    """A commune reads the district plan it implements, but the list of
    implementing plans shows only its own, never a neighbour's."""
    district_agency = AgencyFactory(area=world.cao_loc, name="BCĐ huyện Cao Lộc")
    district_plan = make_plan(world.cao_loc, district_agency, number="19")
    own = make_plan(world.thuy_hung, world.agency_thuy_hung)
    PlanBasis.objects.create(plan=own, source_plan=district_plan)
    neighbour_area = commune(world.cao_loc, "Hợp Thành")
    neighbour = make_plan(
        neighbour_area, AgencyFactory(area=neighbour_area, name="UBND xã Hợp Thành")
    )
    PlanBasis.objects.create(plan=neighbour, source_plan=district_plan)
    document = selectors.plan_document(user=commune_official, pk=district_plan.pk)
    assert document.implementing_plans == [own]
    assert document.can_edit is False


# --- the document -----------------------------------------------------------------


@pytest.fixture
def seed_plan(world):
    """Seed 003 in miniature: Sơn Bằng's plan, its villages and targets."""
    son_bang = world.son_bang
    homes = [world.thinh_bang] + [
        village(son_bang, name) for name in ("Kim Sơn", "Bắc Sơn")
    ]
    # A merged village drops out of the columns.
    village(son_bang, "Thôn Cũ", valid_to=datetime.date(2020, 1, 1))
    steering = AgencyFactory(
        area=son_bang,
        name="Ban chỉ đạo Chương trình MTQG xây dựng nông thôn mới xã Sơn Bằng",
    )
    parent = AgencyFactory(area=son_bang, name="Đảng ủy xã Sơn Bằng")
    plan = make_plan(
        son_bang,
        steering,
        parent_agency=parent,
        place="Sơn Bằng",
        issued_on=datetime.date(2023, 3, 9),
        signing_authority="TM. Ban chỉ đạo",
        signer_title="Trưởng ban",
        signer_name="Nguyễn Văn An",
        opening="BCĐ NTM xã Sơn Bằng xây dựng kế hoạch phát động.",
        purpose="Xác định rõ mục tiêu, nội dung.",
        budget_text="50 triệu đồng/năm",
        final_report_on=datetime.date(2023, 12, 15),
    )
    document = LegalDocument.objects.create(
        number="39/2022/QĐ-UBND",
        doc_type="QĐ",
        issuer="UBND tỉnh Hà Tĩnh",
        issued_on=datetime.date(2022, 12, 9),
    )
    PlanBasis.objects.create(
        plan=plan,
        relation=BasisRelation.BASED_ON,
        document=document,
        text="ban hành Bộ tiêu chí thôn nông thôn mới",
    )
    fence = Target.objects.create(
        plan=plan, order=1, name="Trồng hàng rào xanh", unit="m", quantity=3200
    )
    road = Target.objects.create(
        plan=plan, order=2, name="Cứng hóa giao thông", unit="km", quantity="0.38"
    )
    VillageTarget.objects.create(target=fence, village=homes[0], quantity=3200)
    VillageTarget.objects.create(target=road, village=homes[1], quantity="0.2")
    Task.objects.create(
        plan=plan,
        number="1",
        title="Tuyên truyền",
        time_text="Thường xuyên",
        starts_on=datetime.date(2023, 3, 15),
        ends_on=datetime.date(2023, 5, 15),
        lead_agency=steering,
    )
    for order, text in enumerate(["BCĐ huyện, VP ĐPNTM huyện", "Lưu: NTM"]):
        Recipient.objects.create(plan=plan, order=order, text=text)
    return plan


def test_document_page_reads_like_the_document(client, world, seed_plan):
    client.force_login(member(world.son_bang, Role.COMMUNE_OFFICIAL))
    text = page_text(client.get(reverse("plans:detail", args=[seed_plan.pk])))
    # Header: agencies in capitals, number, national motto, place and date.
    assert "ĐẢNG ỦY XÃ SƠN BẰNG" in text
    assert "BAN CHỈ ĐẠO CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI XÃ SƠN BẰNG" in text
    assert "Số: 01/KH-BCĐ" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc" in text
    # Nghị định 30: the month is zero-padded only for January and February.
    assert "Sơn Bằng, ngày 09 tháng 3 năm 2023" in text
    assert "KẾ HOẠCH Phát động phong trào xây dựng nông thôn mới năm 2023" in text
    assert (
        "Căn cứ Quyết định số 39/2022/QĐ-UBND ngày 09/12/2022 của UBND tỉnh Hà Tĩnh "
        "ban hành Bộ tiêu chí thôn nông thôn mới." in text
    )
    # Tasks with dates; targets per village in Vietnamese numbers.
    assert "Thường xuyên 15/03/2023 – 15/05/2023" in text
    assert "Toàn xã Bắc Sơn Kim Sơn Thịnh Bằng" in text  # villages by name
    assert "Thôn Cũ" not in text
    assert "Trồng hàng rào xanh m 3.200 – – 3.200" in text
    assert "Cứng hóa giao thông" in text and "0,38" in text and "0,2" in text
    assert text.count("Phân bổ chưa khớp") == 1  # only the road: 0,2 of 0,38
    # Reporting rule, budget, signature and recipients.
    assert "Báo cáo trước 14:30 thứ Năm hằng tuần" in text
    assert "trước ngày 15/12/2023" in text
    assert "50 triệu đồng/năm" in text
    assert "TM. BAN CHỈ ĐẠO TRƯỞNG BAN Nguyễn Văn An" in text
    assert "Nơi nhận: - BCĐ huyện, VP ĐPNTM huyện; - Lưu: NTM." in text


def test_a_draft_shows_a_blank_number_and_a_blank_day(client, world, commune_official):
    plan = make_plan(
        world.thuy_hung,
        world.agency_thuy_hung,
        number="",
        symbol="KH-UBND",
        status=PlanStatus.DRAFT,
        place="Thụy Hùng",
        issue_month=2,
        issue_year=2023,
    )
    client.force_login(commune_official)
    text = page_text(client.get(reverse("plans:detail", args=[plan.pk])))
    assert "Số: /KH-UBND" in text
    assert "Thụy Hùng, ngày tháng 02 năm 2023" in text
    assert "Dự thảo" in text
    listed = page_text(client.get(reverse("plans:list")))
    assert "Số: /KH-UBND" in listed


def test_the_list_shows_reference_counts_and_an_empty_state(
    client, world, commune_official
):
    client.force_login(commune_official)
    assert "Chưa có kế hoạch nào" in page_text(client.get(reverse("plans:list")))
    plan = make_plan(world.thuy_hung, world.agency_thuy_hung)
    fill_plan(plan, tasks=3, targets=2, villages=2)
    [listed] = selectors.plan_list(user=commune_official)
    assert (listed.task_count, listed.target_count) == (3, 2)
    text = page_text(client.get(reverse("plans:list")))
    assert "Số: 01/KH-BCĐ" in text and "Xã Thụy Hùng" in text
    assert "năm 2023" in text and "2.023" not in text  # a year is no quantity


def test_hostile_text_is_escaped(client, world, commune_official):
    attack = "<script>alert(1)</script>"
    plan = make_plan(
        world.thuy_hung, world.agency_thuy_hung, title=f"Kế hoạch {attack}"
    )
    Task.objects.create(plan=plan, number="1", title=attack, method=attack)
    Target.objects.create(plan=plan, name=attack, unit="m", quantity=1)
    Recipient.objects.create(plan=plan, text=attack)
    PlanSection.objects.create(plan=plan, heading="Mục", body=attack)
    client.force_login(commune_official)
    for url in (reverse("plans:detail", args=[plan.pk]), reverse("plans:list")):
        body = client.get(url).content.decode()
        assert "<script>alert(1)" not in body
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


# --- filters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "day,month,expected",
    [
        (9, 3, "ngày 09 tháng 3 năm 2023"),
        (5, 2, "ngày 05 tháng 02 năm 2023"),
        (15, 1, "ngày 15 tháng 01 năm 2023"),
        (31, 12, "ngày 31 tháng 12 năm 2023"),
        (None, 2, "ngày tháng 02 năm 2023"),  # the day left blank to write in
    ],
)
def test_long_date_follows_decree_30(day, month, expected):
    assert " ".join(long_date(day=day, month=month, year=2023).split()) == expected


def test_blank_day_keeps_its_gap_in_html():
    rendered = long_date(day=None, month=2, year=2023)
    # No-break spaces: HTML would collapse ordinary ones into a single gap.
    assert rendered == "ngày " + "\u00a0" * 6 + " tháng 02 năm 2023"


def test_short_date_and_numbers():
    assert short_date(datetime.date(2023, 3, 8)) == "08/3/2023"
    assert short_date(datetime.date(2022, 1, 27)) == "27/01/2022"
    assert vn_number(Decimal("3200.000")) == "3.200"
    assert vn_number(Decimal("0.380")) == "0,38"
    assert vn_number(None) == ""
    assert lines("1. Mục đích\r\n\n- Rà soát; \n") == ["1. Mục đích", "- Rà soát;"]


def test_a_basis_the_reader_cannot_open_is_cited_without_a_link(client, world):
    """Nhật Tiến's plan cites Cao Lộc's (another district): its official reads
    the citation but gets no link to a page that would be a 404."""
    district_agency = AgencyFactory(area=world.cao_loc, name="BCĐ huyện Cao Lộc")
    cited = make_plan(world.cao_loc, district_agency, number="19")
    plan = make_plan(world.nhat_tien, world.agency_nhat_tien)
    PlanBasis.objects.create(plan=plan, source_plan=cited)
    client.force_login(member(world.nhat_tien, Role.COMMUNE_OFFICIAL))
    response = client.get(reverse("plans:detail", args=[plan.pk]))
    assert "Thực hiện Kế hoạch số 19/KH-BCĐ của BCĐ huyện Cao Lộc." in page_text(
        response
    )
    assert reverse("plans:detail", args=[cited.pk]) not in response.content.decode()
    assert client.get(reverse("plans:detail", args=[cited.pk])).status_code == 404
