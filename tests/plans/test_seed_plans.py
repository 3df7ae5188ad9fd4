"""The four seed plans, loaded by loaddemo, against the seed texts themselves:
every number, date, unit, body and person is read from the seed and found in
a field, and loading twice changes nothing."""

import datetime
import re
import shutil
import tomllib
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings

from criteria.models import LegalDocument
from ntm.demo.plans import PLANS_DIR, plans_load
from plans.models import Plan, VillageTarget

# The four real plans the demo data is built from (copied from ../shared/seeds,
# so that the suite runs from a bare clone).
SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
SON_BANG_VILLAGES = ["Thịnh Bằng", "Trung Bằng", "Tân Bằng", "Hòa Bằng", "Phúc Bằng"]
ILLUSTRATIVE = "Phân bổ cho thôn là số liệu minh họa; bảng giao chỉ tiêu gốc không kèm theo văn bản"


def seed(number: int) -> str:
    """The seed text, flattened: NFC, no Markdown bold, one space for any run of
    whitespace (the seeds break paragraphs across pages and pad with tabs)."""
    (path,) = SEEDS.glob(f"{number:03d}_*.txt")
    return flat(path.read_text("utf-8"))


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).replace("**", "").split())


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def number_vi(value: Decimal) -> str:
    """3200 -> "3.200", 0.38 -> "0,38": numbers as the seeds print them."""
    whole, _, fraction = f"{value.normalize():f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{fraction}" if fraction else grouped


# loaddemo also adds a plan of the current year to each of the 3 demo
# communes (ntm.demo.live); the day is pinned so a reload is the same day.
LOADED_ON = datetime.date(2026, 12, 3)


@pytest.fixture
def demo(db):
    with override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0, today=LOADED_ON)


def plan_of(seed_number: int) -> Plan:
    symbol, number = {
        0: ("KH-UBND", ""),
        1: ("KH-STNMT", ""),
        2: ("KH-STNMT", "47"),
        3: ("KH-BCĐ", "01"),
    }[seed_number]
    return Plan.objects.get(symbol=symbol, number=number)


# ── all four ────────────────────────────────────────────────────────────────


COUNTS = {
    # tasks, targets, allocations, bases, goals, sections, funding, recipients, phases
    0: (7, 0, 0, 4, 3, 1, 0, 10, 0),
    1: (8, 0, 0, 1, 0, 2, 1, 5, 0),
    2: (2, 0, 0, 5, 3, 2, 0, 9, 0),
    3: (16, 15, 75, 7, 6, 2, 5, 6, 2),
}


def test_loaddemo_loads_the_four_seed_plans(demo):
    assert Plan.objects.exclude(title__endswith="(minh họa)").count() == 4
    for seed_number, expected in COUNTS.items():
        plan = plan_of(seed_number)
        counts = (
            plan.tasks.count(),
            plan.targets.count(),
            VillageTarget.objects.filter(target__plan=plan).count(),
            plan.bases.count(),
            plan.goals.count(),
            plan.sections.count(),
            plan.funding_sources.count(),
            plan.recipients.count(),
            plan.phases.count(),
        )
        assert counts == expected, seed_number


def test_every_text_is_copied_from_its_seed(demo):
    missing = []
    for seed_number in range(4):
        plan, text = plan_of(seed_number), seed(seed_number)
        copied = [plan.title, plan.reporting_text, plan.signing_authority]
        copied += [plan.signer_title, plan.signer_name]
        for field in (plan.opening, plan.purpose, plan.requirements):
            copied += lines(field)
        for section in plan.sections.all():
            copied += [section.heading, *lines(section.body)]
        copied += [basis.text for basis in plan.bases.all()]
        copied += [goal.text for goal in plan.goals.all()]
        # Funding rows that cite a resolution are checked in the seed-003 test.
        funding = plan.funding_sources.filter(document__isnull=True)
        copied += [source.description for source in funding]
        for task in plan.tasks.all():
            copied += [task.title, task.description, task.time_text]
            copied += [task.frequency_text, task.method, *lines(task.participants)]
        missing += [(seed_number, v) for v in copied if v and flat(v) not in text]
        # Recipients: each as "- line" in the seed, in the same order.
        positions = [text.find(f"- {r.text}") for r in plan.recipients.all()]
        assert -1 not in positions and positions == sorted(positions), seed_number
    assert missing == []


def test_documents_created_for_a_seed_carry_its_number_date_and_title(demo):
    for path in sorted(PLANS_DIR.glob("*.toml")):
        text = seed(int(path.name[5:8]))
        for item in tomllib.loads(path.read_text("utf-8")).get("documents", []):
            document = LegalDocument.objects.get(
                number=item["number"], issuer=item["issuer"]
            )
            cited = re.search(
                re.escape(document.number) + r",? ngày (\d{1,2})/(\d{1,2})/(\d{4})",
                text,
            )
            assert cited, document.number
            day, month, year = map(int, cited.groups())
            assert document.issued_on == datetime.date(year, month, day)
            assert flat(document.title).casefold() in text.casefold()
            assert document.source.startswith(path.name[:8].replace("-", " "))


# ── seed 000: UBND xã Thụy Hùng ─────────────────────────────────────────────


def test_seed_000_header_signer_and_reporting(demo):
    plan, text = plan_of(0), seed(0)
    assert "Số: /KH-UBND" in text and "Thụy Hùng, ngày tháng 02 năm 2023" in text
    assert (plan.number, plan.symbol, plan.issued_on) == ("", "KH-UBND", None)
    assert (plan.issue_month, plan.issue_year, plan.year) == (2, 2023, 2023)
    assert plan.place == "Thụy Hùng"
    assert plan.area.name == "Thụy Hùng" and plan.area.parent.name == "Cao Lộc"
    assert plan.issuing_agency.name == "Ủy ban nhân dân xã Thụy Hùng"
    assert plan.parent_agency.name == "Ủy ban nhân dân huyện Cao Lộc"
    assert plan.criteria_set.code == "ls1494-xa-ntm"
    assert "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đông Minh Hữu" in text
    assert (plan.signing_authority, plan.signer_title) == (
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    )
    assert plan.signer.full_name == plan.signer_name == "Đông Minh Hữu"
    assert plan.signer.agency == plan.issuing_agency
    assert "trước ngày 15/12/2023" in text
    assert plan.final_report_on == datetime.date(2023, 12, 15)
    assert "giao ban định kỳ (01 tháng/1 lần)" in text
    assert plan.report_period == "month"


def test_seed_000_bases_point_at_documents(demo):
    plan = plan_of(0)
    bases = [
        (b.relation, b.document.number, b.document.issuer, b.document.issued_on)
        for b in plan.bases.select_related("document")
    ]
    assert bases == [
        ("implements", "73/KH-UBND", "UBND huyện Cao Lộc", datetime.date(2023, 2, 17)),
        ("implements", "95/KH-UBND", "UBND xã Thụy Hùng", datetime.date(2023, 2, 15)),
        ("based_on", "318/QĐ-TTg", "Thủ tướng Chính phủ", datetime.date(2022, 3, 8)),
        ("based_on", "1494/QĐ-UBND", "UBND tỉnh Lạng Sơn", datetime.date(2022, 9, 14)),
    ]
    seed_document = LegalDocument.objects.get(number="73/KH-UBND")
    assert seed_document.doc_type == "KH" and seed_document.verified
    assert seed_document.source == "seed 000"
    # The decisions are the reference rows, not copies.
    assert LegalDocument.objects.filter(number="318/QĐ-TTg").count() == 1


def test_seed_000_goals(demo):
    goals = [
        (g.area.name, g.kind, g.criteria_set.code, g.criteria_count, g.target_year)
        for g in plan_of(0).goals.select_related("area", "criteria_set")
    ]
    assert goals == [
        ("Thụy Hùng", "keep", "ls1494-xa-ntm", None, 2023),
        ("Thụy Hùng", "model_village", "ls1271-khu-dan-cu-kieu-mau", 2, 2023),
        ("Cồn Tòng", "model_village", "ls1271-khu-dan-cu-kieu-mau", None, 2023),
    ]
    assert "(tiêu chí số 1 về nhà ở và tiêu chí số 6 về vệ sinh môi trường)" in seed(0)


TASKS_000 = [
    # number, time as written, from, to, coordinating bodies
    ("1", "Trong quý I năm 2023", "2023-01-01", "2023-03-31", {"thôn", "TNMT"}),
    ("2", "Trong tháng 3/2023", "2023-03-01", "2023-03-31", {"thôn", "TNMT"}),
    ("3", "Trong tháng 3, 4, 5 năm 2023", "2023-03-01", "2023-05-31", {"TNMT"}),
    ("4", "Xuyên suốt trong năm 2023", "2023-01-01", "2023-12-31", {"thôn", "huyện"}),
    ("5", "Quý II, III, IV năm 2023", "2023-04-01", "2023-12-31", {"thôn", "TNMT"}),
    ("6", "Thường xuyên trong năm 2023", "2023-01-01", "2023-12-31", {"thôn"}),
    ("7", "Quý IV năm 2023", "2023-10-01", "2023-12-31", {"thôn", "TNMT"}),
]
BODIES_000 = {
    "thôn": "Các thôn xã Thụy Hùng",
    "TNMT": "Phòng Tài nguyên và Môi trường huyện Cao Lộc",
    "huyện": "Các phòng, ban, ngành, đoàn thể, cơ quan cấp huyện Cao Lộc",
}


def test_seed_000_tasks_time_frames_and_bodies(demo):
    plan, text = plan_of(0), seed(0)
    tasks = {task.number: task for task in plan.tasks.all()}
    assert [t.number for t in plan.tasks.all()] == [row[0] for row in TASKS_000]
    for number, time_text, starts, ends, bodies in TASKS_000:
        task = tasks[number]
        assert f"{number}. {task.title}" in text
        assert f"Thời gian thực hiện: {time_text}." in text or (
            f"Thời gian: {time_text}," in text
        )
        assert task.time_text == time_text
        assert (task.starts_on.isoformat(), task.ends_on.isoformat()) == (starts, ends)
        assert task.lead_agency.name == "Ủy ban nhân dân xã Thụy Hùng"
        assert {a.name for a in task.coordinating_agencies.all()} == {
            BODIES_000[key] for key in bodies
        }
    assert "bảo đảm tối thiểu 04 lần/năm (mỗi quý tổ chức tối thiểu 01 lần)" in text
    assert tasks["4"].frequency_text == (
        "tối thiểu 04 lần/năm (mỗi quý tổ chức tối thiểu 01 lần)"
    )
    assert tasks["4"].participants.startswith("Toàn thể cán bộ, công chức xã")
    assert all(tasks[n].method for n in "123567") and not tasks["4"].method


def test_seed_000_environment_tasks_serve_indicators_17(demo):
    tasks = {task.number: task for task in plan_of(0).tasks.all()}
    all_17 = [f"17.{n}" for n in range(1, 13)]
    for number in "1246":  # about "tiêu chí (về) môi trường" as a whole
        indicators = tasks[number].indicators.order_by("order")
        assert [i.code for i in indicators] == all_17
        assert {i.criterion.criteria_set.code for i in indicators} == {"ls1494-xa-ntm"}
    assert sorted(i.code for i in tasks["5"].indicators.all()) == ["17.6", "17.7"]
    assert not tasks["3"].indicators.exists() and not tasks["7"].indicators.exists()


def test_seed_000_recipients(demo):
    recipients = [
        (r.text, r.agency and r.agency.name) for r in plan_of(0).recipients.all()
    ]
    assert recipients == [
        ("Phòng TN&MT huyện", "Phòng Tài nguyên và Môi trường huyện Cao Lộc"),
        (
            "Phòng NN&PTNT huyện",
            "Phòng Nông nghiệp và Phát triển nông thôn huyện Cao Lộc",
        ),
        ("VP Điều phối NTM huyện", "Văn phòng Điều phối nông thôn mới huyện Cao Lộc"),
        ("TT Đảng ủy", "Đảng ủy xã Thụy Hùng"),
        ("TT HĐND xã", "Hội đồng nhân dân xã Thụy Hùng"),
        ("UB MTTQ, các tổ chức CT-XH xã", None),
        ("CT, PCT UBND xã", "Ủy ban nhân dân xã Thụy Hùng"),
        ("Các công chức liên quan", None),
        ("Các trưởng thôn", "Các trưởng thôn xã Thụy Hùng"),
        ("Lưu: VT. (B/c)", None),
    ]
    section = plan_of(0).sections.get()
    assert (section.number, section.heading) == ("III", "TỔ CHỨC THỰC HIỆN")
    assert section.body.startswith("1. Công chức Địa chính-Nông lâm xã")
    assert section.body.endswith("nghiêm túc triển khai thực hiện./.")


# ── seed 001: Sở TN&MT Lạng Sơn, 2023 ───────────────────────────────────────


def test_seed_001_header_budget_and_tasks(demo):
    plan, text = plan_of(1), seed(1)
    assert "Số: /KH-STNMT" in text and "Lạng Sơn, ngày tháng 7 năm 2022" in text
    assert (plan.issued_on, plan.issue_month, plan.issue_year) == (None, 7, 2022)
    assert plan.year == 2023 and "nông thôn mới năm 2023" in plan.title
    assert plan.area.name == "Lạng Sơn" and plan.area.level == "province"
    assert plan.issuing_agency.name == "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn"
    assert plan.parent_agency is None and plan.criteria_set is None
    assert "là 50 triệu đồng/năm" in text
    assert plan.budget_total == Decimal("50000000")
    assert plan.budget_text == "50 triệu đồng/năm"
    funding = plan.funding_sources.get()
    assert funding.amount == Decimal("50000000") and funding.document is None
    assert "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Hữu Trục" in text
    assert (plan.signing_authority, plan.signer_title) == (
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
    )
    assert plan.signer.full_name == "Nguyễn Hữu Trục"
    assert plan.signer.agency == plan.issuing_agency
    (basis,) = plan.bases.select_related("document")
    assert basis.relation == "implements"
    assert "Công văn số 1424/SNN-KHTC ngày 22/7/2022" in text
    assert (basis.document.number, basis.document.doc_type) == ("1424/SNN-KHTC", "CV")
    assert basis.document.issued_on == datetime.date(2022, 7, 22)
    tasks = list(plan.tasks.all())
    assert [t.number for t in tasks] == [str(n) for n in range(1, 9)]
    for task in tasks:
        assert f"{task.number}. {task.title}" in text
        assert task.lead_agency == plan.issuing_agency
        assert (task.starts_on, task.ends_on, task.time_text) == (None, None, "")
        assert not task.targets.exists()
    assert [a.name for a in tasks[7].coordinating_agencies.all()] == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn"
    ]
    assert [r.text for r in plan.recipients.all()][-1] == "Lưu: VT, BVMT"
    assert [s.number for s in plan.sections.all()] == ["III", "IV"]


# ── seed 002: Sở TN&MT Lạng Sơn, kiểm tra huyện Hữu Lũng 2020 ──────────────


def test_seed_002_header_goals_and_report(demo):
    plan, text = plan_of(2), seed(2)
    assert "Số: 47/KH-STNMT" in text and "Lạng Sơn, ngày 15 tháng 4 năm 2020" in text
    assert plan.issued_on == datetime.date(2020, 4, 15) and plan.year == 2020
    assert plan.area.name == "Hữu Lũng" and plan.area.level == "district"
    assert plan.status == "issued"
    assert "Ngô Việt Hải" in text
    assert (
        plan.signer.full_name == "Ngô Việt Hải" and plan.signer_title == "PHÓ GIÁM ĐỐC"
    )
    goals = [
        (g.area.name, g.kind, g.criteria_set.code, g.criteria_count, g.target_year)
        for g in plan.goals.select_related("area", "criteria_set")
    ]
    assert goals == [
        ("Nhật Tiến", "reach_ntm", "qd1980-xa-ntm", 19, 2020),
        ("Hòa Lạc", "reach_ntm", "qd1980-xa-ntm", 19, 2020),
        ("Tân Thành", "reach_advanced", "ls933-xa-ntm-nang-cao", 14, 2020),
    ]
    assert "đối với 19/19" in text and "đối với 14/14" in text
    assert "trước ngày 30/4/2020" in text
    assert plan.final_report_on == datetime.date(2020, 4, 30)
    assert (
        "gửi về Sở Tài nguyên và Môi trường trước ngày 30/4/2020" in plan.reporting_text
    )
    bases = [
        (b.relation, b.document.number) for b in plan.bases.select_related("document")
    ]
    assert bases == [
        ("implements", "447/QĐ-UBND"),
        ("implements", "933/QĐ-UBND"),
        ("implements", "18/KH-UBND"),
        ("implements", "22/KH-STNMT"),
        ("based_on", "1980/QĐ-TTg"),
    ]
    assert LegalDocument.objects.get(number="933/QĐ-UBND").source == "seed 002"


def test_seed_002_inspection_tasks(demo):
    plan, text = plan_of(2), seed(2)
    time_text = "01 ngày, trong quý II năm 2020 (cụ thể sẽ có thông báo sau)"
    route = "xã Hòa Lạc → xã Tân Thành → xã Nhật Tiến → UBND huyện Hữu Lũng"
    assert f"Thời gian dự kiến: {time_text}." in text and route in text
    for task in plan.tasks.all():
        assert f"{task.number}. {task.title}" in text
        assert task.time_text == time_text
        assert (task.starts_on, task.ends_on) == (
            datetime.date(2020, 4, 1),
            datetime.date(2020, 6, 30),
        )
        assert route in task.method
        assert task.lead_agency.name == "Sở Tài nguyên và Môi trường tỉnh Lạng Sơn"
        bodies = {a.name for a in task.coordinating_agencies.all()}
        assert {
            "Hội Cựu chiến binh tỉnh Lạng Sơn",
            "Văn phòng Điều phối nông thôn mới tỉnh Lạng Sơn",
            "Báo Lạng Sơn",
            "Ủy ban nhân dân huyện Hữu Lũng",
            "Ủy ban nhân dân xã Nhật Tiến",
            "Ủy ban nhân dân xã Hòa Lạc",
            "Ủy ban nhân dân xã Tân Thành",
        } <= bodies
        assert len(lines(task.participants)) == 4
    assert [s.number for s in plan.sections.all()] == ["III", "III"]  # as printed


# ── seed 003: BCĐ xã Sơn Bằng ───────────────────────────────────────────────


def test_seed_003_header_and_reporting_rule(demo):
    plan, text = plan_of(3), seed(3)
    assert "Số: 01/KH- BCĐ" in text and "Sơn Bằng, ngày 09 tháng 03 năm 2023" in text
    assert (plan.number, plan.symbol, plan.reference) == ("01", "KH-BCĐ", "01/KH-BCĐ")
    assert plan.issued_on == datetime.date(2023, 3, 9) and plan.year == 2023
    assert plan.area.name == "Sơn Bằng" and plan.area.parent.name == "Hương Sơn"
    assert plan.area.valid_to == datetime.date(2025, 6, 30)
    assert plan.issuing_agency.name == (
        "Ban Chỉ đạo Chương trình MTQG xây dựng nông thôn mới xã Sơn Bằng"
    )
    assert plan.parent_agency is None
    assert plan.criteria_set.code == "ht36-xa-ntm"
    assert plan.signer is None
    assert plan.signing_authority == plan.signer_title == plan.signer_name == ""
    assert "trước 14 giờ 30 chiều thứ 5 hàng tuần" in text
    assert (
        plan.report_period == "week" and plan.get_report_weekday_display() == "Thứ Năm"
    )
    assert plan.report_time == datetime.time(14, 30)
    assert "trước 14 giờ 30 chiều thứ 5 hàng tuần" in plan.reporting_text
    assert plan.final_report_on is None


def test_seed_003_phases_goals_funding(demo):
    plan, text = plan_of(3), seed(3)
    assert "bắt đầu từ ngày 15/03/2023 đến ngày 15/05/2023" in text
    assert "Đợt 2 bắt đầu từ 01/7/2023 đến 01/8/2023" in text
    assert [(p.name, p.starts_on, p.ends_on) for p in plan.phases.all()] == [
        ("Đợt 1", datetime.date(2023, 3, 15), datetime.date(2023, 5, 15)),
        ("Đợt 2", datetime.date(2023, 7, 1), datetime.date(2023, 8, 1)),
    ]
    goals = [
        (g.area.name, g.kind, g.criteria_set.code, g.criteria_count)
        for g in plan.goals.select_related("area", "criteria_set")
    ]
    assert goals == [
        (name, "keep", "ht39-khu-dan-cu-kieu-mau", 10) for name in SON_BANG_VILLAGES[1:]
    ] + [
        ("Thịnh Bằng", "model_village", "ht39-khu-dan-cu-kieu-mau", None),
        ("Sơn Bằng", "keep", "ht36-xa-ntm", None),
    ]
    assert "4 thôn đã được công nhận đạt chuẩn giữ vững 10 tiêu chí" in text
    funding = list(plan.funding_sources.select_related("document"))
    cited = [
        (f.document.number, f.document.issuer, f.document.issued_on)
        for f in funding[:3]
    ]
    assert cited == [
        ("44/2021/NQ-HĐND", "HĐND tỉnh Hà Tĩnh", datetime.date(2021, 12, 16)),
        ("51/2021/NQ-HĐND", "HĐND tỉnh Hà Tĩnh", datetime.date(2021, 12, 16)),
        ("23/2021/NQ-HĐND", "HĐND huyện Hương Sơn", datetime.date(2021, 12, 27)),
    ]
    for source in funding[:3]:
        assert source.description.split(" theo ", 1)[1] in text
    assert "mức hỗ trợ 1 triệu đồng/ hộ" in text
    assert funding[0].rate_text == "1 triệu đồng/hộ"
    assert all(flat(f.description) in text for f in funding[3:])
    assert [(b.relation, b.document.number) for b in plan.bases.all()][:4] == [
        ("implements", "19/KH-BCĐ"),
        ("based_on", "33/QĐ-UBND"),
        ("based_on", "39/2022/QĐ-UBND"),
        ("based_on", "36/2022/QĐ-UBND"),
    ]


TARGETS_003 = [
    # name, unit, quantity, how the seed prints it, counting, phase
    (
        "Giải tỏa, mở rộng nền đường",
        "tuyến",
        "5",
        "nền đường 5 tuyến",
        "increment",
        None,
    ),
    ("Giải tỏa, mở rộng nền đường", "km", "0.7", "5 tuyến 0,7km", "increment", None),
    ("Cải tạo vườn", "vườn", "35", "cải tạo 35 vườn", "increment", "Đợt 1"),
    (
        "Chỉnh trang vườn hộ",
        "vườn",
        "121",
        "chỉnh trang 121 vườn hộ",
        "increment",
        "Đợt 1",
    ),
    (
        "Trồng hàng rào xanh",
        "m",
        "3200",
        "Trồng hàng rào xanh: 3.200 m",
        "increment",
        None,
    ),
    (
        "Vận động thực hiện thu gom, xử lý rác thải",
        "hộ",
        "883",
        "Vận động thực hiện thu gom, xử lý rác thải: 883 hộ",
        "running",
        None,
    ),
    (
        "Hệ thống xử lý nước thải theo quy định",
        "hộ",
        "88",
        "Hệ thống xử lý nước thải theo quy định (cái): 88 hộ",
        "running",
        None,
    ),
    (
        "Cứng hóa giao thông",
        "km",
        "0.38",
        "Cứng hóa giao thông: 0,38 km",
        "increment",
        None,
    ),
    (
        "Phá bỏ nhà vệ sinh 1 ngăn, 2 ngăn để xây dựng nhà vệ sinh tự hoại",
        "cái",
        "25",
        "Phá bỏ nhà vệ sinh 1 ngăn, 2 ngăn để xây dựng nhà vệ sinh tự hoại: 25 cái",
        "increment",
        None,
    ),
    (
        "Xây hố ủ phân công trình chăn nuôi",
        "công trình",
        "24",
        "Xây hố ủ phân công trình chăn nuôi: 24 công trình",
        "increment",
        None,
    ),
]


def test_seed_003_every_quantity_of_section_ii_1(demo):
    plan, text = plan_of(3), seed(3)
    targets = {(t.name, t.unit): t for t in plan.targets.select_related("phase")}
    for name, unit, quantity, printed, counting, phase in TARGETS_003:
        assert printed in text, printed
        target = targets[(name, unit)]
        assert target.quantity == Decimal(quantity)
        assert number_vi(target.quantity) in printed
        assert (target.counting, target.higher_is_better) == (counting, True)
        assert (target.phase.name if target.phase else None) == phase
        assert not target.allow_partial
    # "Trồng hàng rào xanh: 3.200 m"
    assert targets[("Trồng hàng rào xanh", "m")].quantity == Decimal("3200")
    assert "(cái)" in targets[("Hệ thống xử lý nước thải theo quy định", "hộ")].note
    rates = [t for t in targets.values() if t.unit == "%"]
    assert (
        len(rates) == 5 == len(re.findall(r"100% ", text)) - 1
    )  # - "100% các tiêu chí"
    for target in rates:
        assert flat(target.name).casefold() in text.casefold()
        assert (target.quantity, target.counting) == (Decimal(100), "running")
        assert target.allow_partial and "mỗi thôn phải đạt 100%" in target.note
        assert [a.quantity for a in target.allocations.all()] == [Decimal(100)] * 5


def test_seed_003_village_splits_add_up(demo):
    plan = plan_of(3)
    for target in plan.targets.prefetch_related("allocations__village"):
        villages = [a.village for a in target.allocations.all()]
        assert sorted(v.name for v in villages) == sorted(SON_BANG_VILLAGES)
        assert all(v.parent == plan.area and v.level == "village" for v in villages)
        assert all(a.quantity >= 0 for a in target.allocations.all())
        if target.unit != "%":
            total = sum(a.quantity for a in target.allocations.all())
            assert total == target.quantity, target.name
            if target.unit != "tuyến":  # "mỗi thôn 1 tuyến" is in the seed
                assert ILLUSTRATIVE in target.note
    line = plan.targets.get(name="Giải tỏa, mở rộng nền đường", unit="tuyến")
    assert {a.quantity for a in line.allocations.all()} == {Decimal(1)}
    assert "(mỗi thôn 1 tuyến)" in seed(3)
    hedge = plan.targets.get(name="Trồng hàng rào xanh")
    assert min(a.quantity for a in hedge.allocations.all()) >= 100  # "từ 100m trở lên"


def test_seed_003_tasks_and_recipients(demo):
    plan, text = plan_of(3), seed(3)
    tasks = list(plan.tasks.all())
    assert len(tasks) == 16
    assert "Phong trào phát động từ nay đến cuối năm 2023" in text
    for task in tasks:
        assert task.time_text == "Phong trào phát động từ nay đến cuối năm 2023"
        assert (task.starts_on, task.ends_on) == (
            plan.issued_on,
            datetime.date(2023, 12, 31),
        )
    by_number = {task.number: task for task in tasks}
    assert by_number["2.2.8"].frequency_text == "Hằng tuần"
    assert by_number["2.2.5"].lead_agency.name == "Các thôn xã Sơn Bằng"
    assert by_number["2.2.5"].targets.get().name == "Trồng hàng rào xanh"
    recipients = [(r.text, r.agency and r.agency.name) for r in plan.recipients.all()]
    assert recipients == [
        ("BCĐ huyện, VP ĐPNTM huyện", None),
        ("Thành viên BCĐ NTM huyện tại xã", None),
        ("5/5 thôn", "Các thôn xã Sơn Bằng"),
        (
            "Các cơ quan, đơn vị, trường học",
            "Các cơ quan, đơn vị, trường học xã Sơn Bằng",
        ),
        (
            "Thành viên BCĐ xã",
            "Ban Chỉ đạo Chương trình MTQG xây dựng nông thôn mới xã Sơn Bằng",
        ),
        ("Lưu: NTM", None),
    ]


# ── loading ─────────────────────────────────────────────────────────────────


def snapshot() -> dict:
    """Every row of the plans tables (M2M links included) and of LegalDocument,
    timestamps and versions too: a second load must not touch any of them."""
    state = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label == "plans" or model is LegalDocument:
            state[model._meta.label] = list(model.objects.order_by("pk").values())
    return state


def test_loading_twice_changes_nothing(demo):
    first = snapshot()
    # 4 seed plans, the illustrative Sơn Trung plan of 2023, 3 of this year.
    assert len(first["plans.Plan"]) == 5 + 3 and first["plans.Task_indicators"]
    with override_settings(DEBUG=True):
        call_command("loaddemo", verbosity=0, today=LOADED_ON)
    assert snapshot() == first


def test_a_split_that_does_not_add_up_is_refused(demo, tmp_path):
    shutil.copy(PLANS_DIR / "seed-003-son-bang.toml", tmp_path)
    path = tmp_path / "seed-003-son-bang.toml"
    path.write_text(
        path.read_text("utf-8").replace('"Thịnh Bằng" = 750', '"Thịnh Bằng" = 700'),
        "utf-8",
    )
    before = snapshot()
    with pytest.raises(ValidationError, match="còn thiếu 50"):
        plans_load(tmp_path)
    assert snapshot() == before
