"""What issue 18 asks of the import beyond reading: the area valid on the
plan's date, the issuer never silently a parent area's body, agencies matched
by name or by a stated similarity (else proposed), no lead guessed, a year
kept from a draft, a plan with no task refused unless the user says so, and
a review page that can finish the job (a line into a task, merge, split,
move, lists to pick from) without JavaScript."""

from __future__ import annotations

import datetime
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from plans.document_import.importing import plan_import
from plans.document_import.matching import SIMILARITY, AgencyMatcher
from plans.document_import.proposal import area_for, propose
from plans.models import Plan
from tests.factories import AgencyFactory, commune, district, province
from tests.plans.conftest import preview_as_superuser, preview_data, review
from tests.plans.reading import read_file
from villages.models import Agency

CORPUS = Path(__file__).parent / "import_corpus" / "tuned"


def document(name: str) -> Path:
    return next(p for p in CORPUS.glob(f"{name}*") if p.suffix != ".toml")


def corpus(name: str):
    return read_file(document(name))


@pytest.fixture
def lang_son(db):
    """Lạng Sơn with its districts of 2021–2025, which ended on 30/6/2025, a
    commune named like its old district since the merger, and the bodies a
    district plan names — but not every commune's own UBND."""
    lang_son = province("Lạng Sơn")
    cao_loc = district(lang_son, "Cao Lộc", valid_to=datetime.date(2025, 6, 30))
    huu_lung = district(lang_son, "Hữu Lũng", valid_to=datetime.date(2025, 6, 30))
    new_cao_loc = commune(lang_son, "Cao Lộc", valid_from=datetime.date(2025, 7, 1))
    tan_thanh = commune(huu_lung, "Tân Thành")
    bodies = {
        "tinh": AgencyFactory(area=lang_son, name="Ủy ban nhân dân tỉnh Lạng Sơn"),
        "huyen": AgencyFactory(area=cao_loc, name="Ủy ban nhân dân huyện Cao Lộc"),
        "ubnd_huu_lung": AgencyFactory(
            area=huu_lung, name="Ủy ban nhân dân huyện Hữu Lũng"
        ),
        "nn": AgencyFactory(
            area=cao_loc,
            name="Phòng Nông nghiệp và Phát triển nông thôn huyện Cao Lộc",
            short_name="Phòng NN&PTNT huyện Cao Lộc",
        ),
        "vh": AgencyFactory(
            area=cao_loc,
            name="Trung tâm Văn hóa - Thể thao và Truyền thông huyện Cao Lộc",
        ),
    }
    return {
        "province": lang_son,
        "cao_loc": cao_loc,
        "huu_lung": huu_lung,
        "new_cao_loc": new_cao_loc,
        "tan_thanh": tan_thanh,
        **bodies,
    }


def test_the_area_is_the_one_valid_on_the_plans_date(lang_son):
    plan = corpus("02")  # Cao Lộc, 14/3/2025: the district still existed
    assert area_for(plan.place, plan.reference_day) == [lang_son["cao_loc"]]
    assert area_for("Cao Lộc", datetime.date(2025, 9, 15)) == [lang_son["new_cao_loc"]]
    out = io.StringIO()
    path = document("02")
    call_command("import_plan", path, dry_run=True, stdout=out)
    assert "địa bàn: huyện Cao Lộc" in out.getvalue()


def test_the_communes_own_ubnd_missing_is_proposed_never_the_parents(lang_son):
    plan = corpus("07")  # Tân Thành, whose UBND is not on file; the district's is
    proposal = propose(plan, area=lang_son["tan_thanh"])
    assert proposal.issuer is None
    assert proposal.issuer_new == "Ủy ban nhân dân xã Tân Thành"
    user = get_user_model().objects.create_superuser("admin-import", password="x")
    with pytest.raises(
        ValidationError,
        match="Cơ quan ban hành: chưa có “Ủy ban nhân dân xã Tân Thành”",
    ):
        plan_import(proposal=proposal, user=user)
    assert not Plan.objects.exists()
    created = plan_import(proposal=proposal, user=user, create_issuer=True)
    assert created.issuing_agency.area == lang_son["tan_thanh"]
    assert created.issuing_agency.kind == "committee"
    # A draft: no number, no day or month, the year kept.
    assert (
        created.number,
        created.issued_on,
        created.issue_month,
        created.issue_year,
        created.year,
    ) == (
        "",
        None,
        None,
        2024,
        2024,
    )
    assert created.tasks.count() == 6


def test_inline_leads_are_read_and_a_missing_lead_is_not_the_issuer(lang_son):
    proposal = propose(corpus("02"), area=lang_son["cao_loc"])
    assert proposal.issuer == lang_son["huyen"]
    tasks = {t.parsed.number: t for t in proposal.tasks}
    assert tasks["2.1.a"].lead == lang_son["nn"]  # "Phòng Nông nghiệp và PTNT"
    assert tasks["1.1"].lead == lang_son["vh"] and tasks["1.1"].lead_score >= SIMILARITY
    assert tasks["1.1"].lead_score < 100  # "Văn hóa, Thể thao" vs "Văn hóa - Thể thao"
    assert any("gần đúng" in flag for flag in tasks["1.1"].flags)
    # "UBND các xã" is not the province's UBND, nor any single body.
    assert tasks["2.1.a"].coordinating == []
    assert tasks["2.1.a"].coordinating_unmatched == ["UBND các xã"]
    missing = tasks["4.2"]
    assert missing.lead is None and not missing.lead_implied
    assert "Chưa có đơn vị chủ trì: văn bản không ghi." in missing.flags


def test_similarity_has_a_threshold_and_a_score(lang_son):
    matcher = AgencyMatcher(
        Agency.objects.select_related("area"), home=lang_son["cao_loc"]
    )
    close = matcher.closest("Trung tâm Văn hoá, Thể thao và Truyền thông huyện Cao Lộc")
    assert close.agency == lang_son["vh"] and SIMILARITY <= close.score < 100
    assert matcher.closest("Hội Nông dân huyện Cao Lộc").agency is None
    assert matcher.best("Phòng NN&PTNT huyện").agency == lang_son["nn"]


def test_a_plan_without_a_year_names_the_missing_field(lang_son, tmp_path):
    text = (CORPUS / "07-xa-tan-thanh-du-thao.txt").read_text("utf-8")
    text = text.replace("ngày      tháng      năm 2024", "ngày      tháng      năm")
    text = text.replace("năm 2024", "").replace("tháng 01/2024", "tháng 01")
    path = tmp_path / "khong-nam.txt"
    path.write_text(text, "utf-8")
    get_user_model().objects.create_superuser("quantri", password="x")
    with pytest.raises(CommandError, match="Thiếu năm của kế hoạch"):
        call_command(
            "import_plan",
            path,
            area=str(lang_son["tan_thanh"].pk),
            create_agencies=True,
            stdout=io.StringIO(),
        )
    assert not Plan.objects.exists()


def test_a_plan_with_no_task_is_refused_unless_said(lang_son, tmp_path):
    path = tmp_path / "khong-nhiem-vu.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN XÃ TÂN THÀNH\nSố: 5/KH-UBND\nTân Thành, ngày 02 tháng 5 năm 2024\n"
        "KẾ HOẠCH\nGiao chỉ tiêu trồng cây năm 2024\nI. CHỈ TIÊU\n- Trồng hàng rào xanh: 1.500 m\n",
        "utf-8",
    )
    get_user_model().objects.create_superuser("quantri", password="x")
    area = str(lang_son["tan_thanh"].pk)
    with pytest.raises(CommandError, match="chưa có nhiệm vụ nào.*--allow-no-tasks"):
        call_command(
            "import_plan", path, area=area, create_agencies=True, stdout=io.StringIO()
        )
    assert not Plan.objects.exists()
    call_command(
        "import_plan",
        path,
        area=area,
        create_agencies=True,
        allow_no_tasks=True,
        stdout=io.StringIO(),
    )
    plan = Plan.objects.get()
    assert plan.tasks.count() == 0 and plan.targets.get().quantity == 1500


# ── the review page ──

REVIEWED = """UBND HUYỆN HỮU LŨNG
ỦY BAN NHÂN DÂN XÃ TÂN THÀNH
Số: 21/KH-UBND
Tân Thành, ngày 10 tháng 4 năm 2024
V/v phối hợp các thôn
KẾ HOẠCH
Làm đường giao thông nông thôn năm 2024
II. NHIỆM VỤ
1. Họp dân thống nhất tuyến đường (Các thôn chủ trì; thời gian: tháng 4/2024).
2. Khảo sát tuyến đường
Đo đạc hiện trạng.
Lập dự toán.
3. Thi công (UBND xã chủ trì; hoàn thành trước ngày 30/9/2024).
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lý Văn Hòa
"""


def _titles(page) -> list[str]:
    return [f["title"].value() for f in page.context["tasks"]]


def test_the_review_page_finishes_the_job_without_javascript(lang_son, client):
    AgencyFactory(area=lang_son["tan_thanh"], name="Ủy ban nhân dân xã Tân Thành")
    page = preview_as_superuser(client, REVIEWED)
    html = page.content.decode()
    assert "Chưa có gì được lưu" in html and "Đã dùng" in html
    assert 'value="line_to_task:4"' in html  # "V/v phối hợp các thôn", unplaced
    # Every review action is a plain submit button of the one form (a task
    # with no content line has nothing to split).
    assert 'value="split:0"' not in html
    for action in ("merge:0", "split:1", "down:0", "move:0"):
        assert f'name="action" value="{action}"' in html
    assert _titles(page) == [
        "Họp dân thống nhất tuyến đường",
        "Khảo sát tuyến đường",
        "Thi công",
    ]
    # An unplaced line into a task.
    page = review(client, page, "line_to_task:4")
    assert _titles(page)[-1] == "V/v phối hợp các thôn"
    assert 'value="line_to_task:4"' not in page.content.decode()
    # Split "Khảo sát" at its first content line (typed values survive), then
    # move the new task.
    page = review(
        client, page, "split:1", {"tasks-1-title": "Khảo sát tuyến đường (đã sửa)"}
    )
    assert _titles(page)[:3] == [
        "Họp dân thống nhất tuyến đường",
        "Khảo sát tuyến đường (đã sửa)",
        "Đo đạc hiện trạng.",
    ]
    page = review(client, page, "up:2")
    assert _titles(page)[1] == "Đo đạc hiện trạng."
    # Merge the last two (Thi công + the line made a task).
    page = review(client, page, "merge:3")
    assert _titles(page) == [
        "Họp dân thống nhất tuyến đường",
        "Đo đạc hiện trạng.",
        "Khảo sát tuyến đường (đã sửa)",
        "Thi công",
    ]
    assert "V/v phối hợp các thôn" in page.context["tasks"][3]["description"].value()
    # A bad action changes nothing and says so.
    same = review(client, page, "merge:99")
    assert _titles(same) == _titles(page)
    assert Plan.objects.count() == 0
    # Lists to pick from: the lead of task 2 chosen from the agencies.
    data = preview_data(page)
    commune_ubnd = Agency.objects.get(name="Ủy ban nhân dân xã Tân Thành")
    assert data["tasks-1-lead"] == ""
    data["tasks-1-lead"] = commune_ubnd.name
    # Refused while no task is included, unless the plan is said to have none.
    for i in range(4):
        data.pop(f"tasks-{i}-include", None)
    refused = client.post(reverse("plans:import_confirm"), data)
    assert "Kế hoạch chưa có nhiệm vụ nào" in refused.content.decode(), (
        refused.context["head"].errors,
        [f.errors for f in refused.context["tasks"]],
        [m.message for m in refused.context["messages"]],
    )
    assert Plan.objects.count() == 0
    for i in range(4):
        data[f"tasks-{i}-include"] = "on"
    done = client.post(reverse("plans:import_confirm"), data)
    assert done.status_code == 302, re.findall(
        r"invalid-feedback[^>]*>([^<]+)", done.content.decode()
    )
    plan = Plan.objects.get()
    assert [t.title for t in plan.tasks.order_by("order")] == _titles(page)
    assert plan.tasks.get(title="Đo đạc hiện trạng.").lead_agency == commune_ubnd
    assert plan.tasks.get(title="Thi công").ends_on == datetime.date(2024, 9, 30)


def test_a_page_plan_with_no_tasks_is_created_when_the_user_says_so(lang_son, client):
    AgencyFactory(area=lang_son["tan_thanh"], name="Ủy ban nhân dân xã Tân Thành")
    text = (
        REVIEWED.split("II. NHIỆM VỤ")[0]
        + "I. CHỈ TIÊU\n- Trồng hàng rào xanh: 800 m\n"
    )
    page = preview_as_superuser(client, text)
    assert not page.context["tasks"].forms
    data = preview_data(page)
    refused = client.post(reverse("plans:import_confirm"), data)
    assert "Kế hoạch chưa có nhiệm vụ nào" in refused.content.decode()
    data["plan-no_tasks"] = "on"
    assert client.post(reverse("plans:import_confirm"), data).status_code == 302
    assert Plan.objects.get().targets.get().quantity == 800


def _created_message(client, data) -> str:
    done = client.post(reverse("plans:import_confirm"), data, follow=True)
    assert done.redirect_chain, done.content.decode()[:2000]
    (message,) = [m.message for m in done.context["messages"]]
    return message


TARGETS = "I. CHỈ TIÊU\n- Trồng hàng rào xanh: 800 m\nII. NHIỆM VỤ"


@pytest.mark.parametrize(
    ("where", "targets", "said"),
    [
        (
            "tan_thanh",
            True,
            "Đã tạo kế hoạch nháp với 3 nhiệm vụ, 1 chỉ tiêu. "
            "Kiểm tra lại rồi giao chỉ tiêu cho các thôn.",
        ),
        (
            "tan_thanh",
            False,
            "Đã tạo kế hoạch nháp với 3 nhiệm vụ. "
            "Kiểm tra lại nhiệm vụ và thông tin chung của kế hoạch.",
        ),
        (
            "province",
            True,
            "Đã tạo kế hoạch nháp với 3 nhiệm vụ, 1 chỉ tiêu. "
            "Kiểm tra lại nhiệm vụ và thông tin chung của kế hoạch.",
        ),
    ],
)
def test_the_created_message_names_what_was_made_and_the_next_step(
    lang_son, client, where, targets, said
):
    """Only a commune splits its targets among its villages next; a plan
    with no target does not count "0 chỉ tiêu"."""
    AgencyFactory(area=lang_son["tan_thanh"], name="Ủy ban nhân dân xã Tân Thành")
    text = REVIEWED.replace("II. NHIỆM VỤ", TARGETS) if targets else REVIEWED
    page = preview_as_superuser(client, text, area=lang_son[where])
    assert _created_message(client, preview_data(page)) == said


def test_a_table_of_targets_by_village_becomes_the_villages_split(lang_son):
    """ "III. CHỈ TIÊU GIAO CÁC THÔN": a column per target, a row per village;
    each target is created with its split when the villages are on file."""
    from tests.factories import village

    hop_thanh = commune(lang_son["cao_loc"], "Hợp Thành")
    names = ["Nà Sla", "Pò Nghiều", "Phai Duốc"]
    villages = {name: village(hop_thanh, name) for name in names}
    AgencyFactory(area=hop_thanh, name="Ủy ban nhân dân xã Hợp Thành")
    proposal = propose(corpus("11"), area=hop_thanh)
    fences = next(t for t in proposal.parsed.targets if t.name == "Hàng rào xanh")
    assert (fences.quantity, fences.unit) == (750, "m")
    user = get_user_model().objects.create_superuser("admin-targets", password="x")
    plan = plan_import(proposal=proposal, user=user)
    target = plan.targets.get(name="Hàng rào xanh")
    assert {a.village.name: a.quantity for a in target.allocations.all()} == {
        "Nà Sla": 300,
        "Pò Nghiều": 250,
        "Phai Duốc": 200,
    }
    roads = plan.targets.get(name="Đường được cứng hóa")
    assert roads.quantity == Decimal("1.2") and roads.allocations.count() == 3
    assert villages["Nà Sla"].allocations.count() == 2


# ── review actions anywhere, and the match score of every unit ──


def _tasks(*titles_and_content):
    from plans.document_import.review import _blank_task

    tasks = []
    for number, (title, content) in enumerate(titles_and_content, 1):
        task = _blank_task(str(number))
        task.update(title=title, description=content, lead="UBND xã")
        tasks.append(task)
    return tasks


def test_a_task_splits_at_any_line_of_its_content():
    from plans.document_import import review

    tasks = _tasks(("Làm đường", "Khảo sát.\nĐổ bê tông thôn Nà Pàn.\nNghiệm thu."))
    tasks[0]["split_line"] = "2"
    message = review.apply("split:0", tasks, [])
    assert message == "Đã tách dòng 2 thành nhiệm vụ 1.1."
    assert [(t["number"], t["title"], t["description"]) for t in tasks] == [
        ("1", "Làm đường", "Khảo sát."),
        ("1.1", "Đổ bê tông thôn Nà Pàn.", "Nghiệm thu."),
    ]
    assert tasks[1]["lead"] == "UBND xã"  # same units and time
    assert tasks[0]["split_line"] == tasks[1]["split_line"] == ""
    # The last line, then a line that is not there: refused with the range.
    tasks[1]["split_line"] = "1"
    review.apply("split:1", tasks, [])
    assert [t["title"] for t in tasks] == [
        "Làm đường",
        "Đổ bê tông thôn Nà Pàn.",
        "Nghiệm thu.",
    ]
    tasks[0]["split_line"] = "7"
    assert review.apply("split:0", tasks, []) == "Dòng để tách phải từ 1 đến 1."
    assert len(tasks) == 3 and tasks[0]["description"] == "Khảo sát."


def test_a_task_moves_to_any_position():
    from plans.document_import import review

    tasks = _tasks(("A", ""), ("B", ""), ("C", ""), ("D", ""))
    tasks[0]["move_to"] = "3"
    assert review.apply("move:0", tasks, []) == "Đã chuyển nhiệm vụ 1 đến vị trí 3."
    assert [t["title"] for t in tasks] == ["B", "C", "A", "D"]
    tasks[3]["move_to"] = "1"
    review.apply("move:3", tasks, [])
    assert [t["title"] for t in tasks] == ["D", "B", "C", "A"]
    for bad in ("0", "5", "hai", "", "-1"):
        tasks[1]["move_to"] = bad
        assert review.apply("move:1", tasks, []) == (
            "Vị trí chuyển đến phải là một số từ 1 đến 4."
        )
        assert [t["title"] for t in tasks] == ["D", "B", "C", "A"]


SCORED = """ỦY BAN NHÂN DÂN
HUYỆN CAO LỘC
Số: 50/KH-UBND
Cao Lộc, ngày 10 tháng 4 năm 2024
KẾ HOẠCH
Tuyên truyền xây dựng nông thôn mới năm 2024
II. NHIỆM VỤ
1. Tuyên truyền trên hệ thống truyền thanh cơ sở.
- Chủ trì: Trung tâm Văn hoá, Thể thao và Truyền thông huyện Cao Lộc.
- Phối hợp: Phòng NN&PTNT huyện.
- Thời gian: Quý II/2024.
2. Hội thi tìm hiểu nông thôn mới.
- Chủ trì: Phòng NN&PTNT huyện.
- Phối hợp: Trung tâm Văn hoá - Thể thao - Truyền thông huyện Cao Lộc.
- Thời gian: tháng 9/2024.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Nam
"""


def _scores(page, index: int) -> str:
    html = page.content.decode()
    lead = re.search(rf'id="tasks-{index}-lead-score">(.*?)</div>', html, re.S)
    units = re.search(rf'id="tasks-{index}-coordinating-scores">(.*?)</ul>', html, re.S)
    text = (lead.group(1) if lead else "") + " | " + (units.group(1) if units else "")
    return " ".join(re.sub(r"<[^>]+>", " ", text).split())


def test_the_preview_shows_the_match_score_of_the_lead_and_of_each_partner(
    lang_son, client
):
    page = preview_as_superuser(client, SCORED)
    matcher = AgencyMatcher(
        Agency.objects.select_related("area"), home=lang_son["cao_loc"]
    )
    close = matcher.closest("Trung tâm Văn hoá, Thể thao và Truyền thông huyện Cao Lộc")
    assert close.agency == lang_son["vh"] and SIMILARITY <= close.score < 100
    alike = f"gần đúng {close.score:.0f}%"
    written = "văn bản ghi “Trung tâm Văn hoá, Thể thao và Truyền thông huyện Cao Lộc”"
    vh, nn = lang_son["vh"].name, lang_son["nn"].name
    # Task 1: the lead only alike (its score and what was written), the
    # partner by its abbreviation (100 %); task 2 the other way round.
    assert _scores(page, 0) == f"{alike} {written} | {nn}: khớp tên 100%"
    partner = matcher.closest(
        "Trung tâm Văn hoá - Thể thao - Truyền thông huyện Cao Lộc"
    )
    assert partner.agency == lang_son["vh"] and SIMILARITY <= partner.score < 100
    assert _scores(page, 1) == (
        f"khớp tên 100% | {vh}: gần đúng {partner.score:.0f}% văn bản ghi "
        "“Trung tâm Văn hoá - Thể thao - Truyền thông huyện Cao Lộc”"
    )
    # The scores stay while the names stay, through any review action …
    page = review(client, page, "down:0")
    assert _scores(page, 1) == f"{alike} {written} | {nn}: khớp tên 100%"
    # … and a name picked from the list instead is an exact match.
    page = review(
        client,
        page,
        "up:1",
        {
            "tasks-1-lead": lang_son["huyen"].name,
            "tasks-0-coordinating": f"{lang_son['huyen'].name}\nBan chưa có tên",
        },
    )
    assert _scores(page, 0) == f"khớp tên 100% | {nn}: khớp tên 100%"
    assert (
        _scores(page, 1) == f"khớp tên 100% | {lang_son['huyen'].name}: khớp tên 100%"
    )
    assert "đề xuất mới: Ban chưa có tên" in page.content.decode()
    # A long proposed name wraps in its badge: a badge does not by itself,
    # and "Ban Giám sát đầu tư của cộng đồng các thôn" ran 29 px off a
    # 360-px phone.
    assert 'text-wrap text-start">đề xuất mới: Ban chưa có tên' in page.content.decode()
    assert Plan.objects.count() == 0


def test_the_page_splits_at_a_chosen_line_and_moves_to_a_typed_position(
    lang_son, client
):
    AgencyFactory(area=lang_son["tan_thanh"], name="Ủy ban nhân dân xã Tân Thành")
    page = preview_as_superuser(client, REVIEWED)
    html = page.content.decode()
    # The lines of "Khảo sát tuyến đường" to split at, and a position box.
    assert '<option value="2">2. Lập dự toán.</option>' in html
    assert 'name="tasks-0-move_to"' in html and 'value="move:0"' in html
    page = review(client, page, "split:1", {"tasks-1-split_line": "2"})
    assert _titles(page) == [
        "Họp dân thống nhất tuyến đường",
        "Khảo sát tuyến đường",
        "Lập dự toán.",
        "Thi công",
    ]
    assert page.context["tasks"][1]["description"].value() == "Đo đạc hiện trạng."
    page = review(client, page, "move:3", {"tasks-3-move_to": "1"})
    assert _titles(page) == [
        "Thi công",
        "Họp dân thống nhất tuyến đường",
        "Khảo sát tuyến đường",
        "Lập dự toán.",
    ]
    # A position out of range is refused in Vietnamese; nothing moves.
    same = review(client, page, "move:0", {"tasks-0-move_to": "9"})
    assert _titles(same) == _titles(page)
    assert "Vị trí chuyển đến phải là một số từ 1 đến 4." in same.content.decode()
    assert Plan.objects.count() == 0


ORGANISED = """UBND HUYỆN HỮU LŨNG
ỦY BAN NHÂN DÂN XÃ TÂN THÀNH
Số: 15/KH-UBND
Tân Thành, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
Làm đường giao thông nông thôn năm 2024
II. NỘI DUNG THỰC HIỆN
1. Cứng hóa đường trục thôn (Ban Quản lý dự án xã chủ trì; hoàn thành trước ngày 30/6/2024).
III. TỔ CHỨC THỰC HIỆN
Các thôn tổ chức họp dân bàn cách làm trước ngày 15/4/2024.
Công chức Địa chính - Xây dựng hướng dẫn kỹ thuật khi thi công.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lý Văn Hòa
"""


def test_a_line_read_as_a_sections_text_can_become_a_task(lang_son, client):
    """The import may keep as a section's text a sentence the user reads as
    a task: "Thành nhiệm vụ" is offered on it too (not on the section's
    heading, nor on lines used elsewhere), and the line leaves the section."""
    page = preview_as_superuser(client, ORGANISED)
    source = {line["text"]: line for line in page.context["source"]}
    meeting = source["Các thôn tổ chức họp dân bàn cách làm trước ngày 15/4/2024."]
    assert meeting["used"] == "mục III" and meeting["can_become_task"]
    for used_elsewhere in ("III. TỔ CHỨC THỰC HIỆN", "Số: 15/KH-UBND", "Lý Văn Hòa"):
        assert not source[used_elsewhere]["can_become_task"]
    html = page.content.decode()
    assert f'value="line_to_task:{meeting["index"]}"' in html
    assert f'value="line_to_task:{source["Lý Văn Hòa"]["index"]}"' not in html

    page = review(client, page, f"line_to_task:{meeting['index']}")
    assert _titles(page) == [
        "Cứng hóa đường trục thôn",
        "Các thôn tổ chức họp dân bàn cách làm trước ngày 15/4/2024.",
    ]
    (section,) = page.context["sections"]
    assert section["body"].value() == (
        "Công chức Địa chính - Xây dựng hướng dẫn kỹ thuật khi thi công."
    )
    # Made a task, the line offers nothing more; nor does a forged action on
    # a line used by the header.
    assert f'value="line_to_task:{meeting["index"]}"' not in page.content.decode()
    forged = review(client, page, f"line_to_task:{source['Lý Văn Hòa']['index']}")
    assert len(_titles(forged)) == 2
    assert "đã được dùng (người ký)" in " ".join(
        m.message for m in forged.context["messages"]
    )


def test_a_table_row_made_a_task_finds_its_time_wherever_it_stands():
    """ "Thành nhiệm vụ" on a row the import left: the cell that reads as a
    time fills the time and its dates, wherever the table put it; the first
    two other cells are the lead and the partners (split on ";"); a note
    column ("Vốn NTM") is left out."""
    from plans.document_import.review import line_to_task

    source = [
        [
            "1 | Cứng hóa 1,2 km đường ngõ xóm",
            "",
            [
                "1",
                "Cứng hóa 1,2 km đường ngõ xóm",
                "Ban Quản lý dự án xã",
                "Thôn Đồng Thịnh; Công an xã",
                "Quý I/2027",
                "Vốn NTM",
            ],
        ],
        [
            "2 | Lắp biển báo",
            "",
            ["2", "Lắp 40 biển báo", "Trước 30/4/2027", "Phòng Kinh tế", "Công an xã"],
        ],
        [
            "3 | Tuyên truyền",
            "",
            ["3", "Tuyên truyền", "Phòng Văn hóa - Xã hội", "Thường xuyên"],
        ],
    ]
    tasks: list[dict] = []
    for index in range(3):
        line_to_task(tasks, source, index)
    first, second, third = tasks
    assert (first["lead"], first["coordinating"], first["time_text"]) == (
        "Ban Quản lý dự án xã",
        "Thôn Đồng Thịnh\nCông an xã",
        "Quý I/2027",
    )
    assert (first["starts_on"], first["ends_on"]) == (
        datetime.date(2027, 1, 1),
        datetime.date(2027, 3, 31),
    )
    assert (second["lead"], second["coordinating"], second["ends_on"]) == (
        "Phòng Kinh tế",
        "Công an xã",
        datetime.date(2027, 4, 30),
    )
    # No year named: the wording stays for the user, no date is made up.
    assert (third["lead"], third["time_text"], third["ends_on"]) == (
        "Phòng Văn hóa - Xã hội",
        "Thường xuyên",
        None,
    )
