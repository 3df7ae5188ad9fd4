"""Browser journeys (issue 9): a commune official on a phone reports the week
with a photo; a district reviewer sees the overdue commune, reopens, returns
with a comment and accepts the corrected report; the official downloads the
targets appendix as Excel and PDF, and the files are read back.

What the people see is asserted on the page; the database is checked once the
browser is closed (see conftest.py for why)."""

from __future__ import annotations

import datetime
import io
import re
from decimal import Decimal

import pytest
from django.utils import timezone
from openpyxl import load_workbook
from PIL import Image, ImageDraw
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from plans.models import Counting, Plan, Target
from plans.services import plan_create, recipients_replace, target_save
from reports.models import EntryPhoto, ProgressEntry, ProgressReport, ReportStatus
from reports.periods import monday
from tests.factories import PASSWORD
from villages.models import Agency

pytestmark = pytest.mark.e2e

RETURN_COMMENT = (
    "Thôn Nà Lài: số mét chưa khớp biên bản nghiệm thu (302,5 m), đề nghị xã sửa lại."
)
ACCEPT_COMMENT = "Số liệu đã khớp biên bản nghiệm thu."
HEDGE = "Trồng hàng rào xanh"
BOOTSTRAP_GREEN = "rgb(25, 135, 84)"  # .bg-success


@pytest.fixture
def week() -> datetime.date:
    return monday(timezone.localdate())


def thuy_hung_plan(
    world, commune_official, week, *, weekday: int, at: datetime.time
) -> Plan:
    """Thụy Hùng's issued weekly plan of `week`'s year, its report due on
    `weekday` (0 = Monday) at `at`; shared by the journeys' plan fixtures."""
    return plan_create(
        user=commune_official,
        area=world.thuy_hung,
        issuing_agency=world.agency_thuy_hung,
        parent_agency=Agency.objects.create(
            area=world.cao_loc, name="Ủy ban nhân dân huyện Cao Lộc", kind="committee"
        ),
        symbol="KH-BCĐ",
        number="01",
        year=week.year,
        title="Phát động phong trào thi đua xây dựng nông thôn mới",
        place="Thụy Hùng",
        issued_on=datetime.date(week.year, 1, 1),
        signing_authority="TM. Ban chỉ đạo",
        signer_title="Trưởng ban",
        signer_name="Hoàng Văn Thắng",
        status="issued",
        report_weekday=weekday,
        report_time=at,
    )


@pytest.fixture
def plan(world, commune_official, week) -> Plan:
    """Thụy Hùng's weekly plan for this year, with its report due on Monday at
    00:00: this week's report is overdue whenever the journey runs, without
    freezing a clock the live server's thread would also have to share."""
    plan = thuy_hung_plan(
        world, commune_official, week, weekday=0, at=datetime.time(0, 0)
    )
    recipients_replace(plan=plan, text="Ban chỉ đạo huyện\nCác thôn\nLưu: VT")
    allocate(
        plan,
        commune_official,
        Target(name="Trồng hàng rào xanh", unit="m", quantity=Decimal("3200")),
        {world.con_tong: Decimal("2000"), world.na_lai: Decimal("1200")},
    )
    allocate(
        plan,
        commune_official,
        Target(
            name="Hộ thu gom, phân loại rác thải tại nguồn",
            unit="hộ",
            quantity=Decimal("883"),
            counting=Counting.RUNNING_TOTAL,
        ),
        {world.con_tong: Decimal("512"), world.na_lai: Decimal("371")},
    )
    return plan


def allocate(plan, user, target, shares) -> Target:
    return target_save(
        plan=plan, target=target, user=user, version=None, allocations=shares
    )


def photo_jpeg() -> bytes:
    """A real photo-sized JPEG: a green hedge under a blue sky."""
    image = Image.new("RGB", (800, 600), (135, 190, 235))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 380, 800, 600), fill=(60, 140, 60))
    for x in range(0, 800, 40):
        draw.ellipse((x, 330, x + 60, 420), fill=(40, 120, 40))
    data = io.BytesIO()
    image.save(data, "JPEG", quality=85)
    return data.getvalue()


def log_in(page: Page, username: str) -> None:
    page.goto("/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("heading", name=f"Xin chào, {username}")).to_be_visible()
    # Bootstrap's CSS came through the live server's static files.
    expect(page.locator("nav.navbar")).to_have_css("background-color", BOOTSTRAP_GREEN)


def menu(page: Page, item: str) -> None:
    """Follow a main-menu link; on a phone the menu opens first (Bootstrap's JS)."""
    toggler = page.get_by_role("button", name="Mở menu")
    if toggler.is_visible():
        toggler.click()
    navbar = page.locator("nav.navbar")  # not the breadcrumb, which may share names
    navbar.get_by_role("link", name=item, exact=True).click()


def village_card(page: Page, target: str, village: str):
    """The entry card of `village` under the heading of `target` (the first
    such card after the heading: the next target's cards come later)."""
    heading = page.get_by_role("heading", name=target)
    return (
        heading.locator("xpath=following-sibling::div[contains(@class, 'card')]")
        .filter(has_text=village)
        .first
    )


def commune_row(page: Page):
    return page.get_by_role("row").filter(has_text="Xã Thụy Hùng")


def week_state(page: Page):
    """Thụy Hùng's "Báo cáo tuần" cell on a reviewer's district dashboard
    (after the selection box and the commune's name)."""
    return commune_row(page).get_by_role("cell").nth(2)


def state_counts(page: Page):
    return page.get_by_role("list", name="Số xã theo trạng thái báo cáo tuần")


def expect_no_sideways_scroll(page: Page) -> None:
    """A 360 px phone shows the whole width of the page: nothing to scroll sideways."""
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"{page.url} is {width} px wide on a 360 px phone"


def test_weekly_report_from_overdue_to_accepted(
    browse, plan, week, world, district_reviewer, media
):
    period = f"Tuần {week:%d/%m} – {week + datetime.timedelta(days=6):%d/%m/%Y}"
    with browse() as journey:
        reviewer = journey.open("huyen.caoloc")
        official = journey.open("xa.thuyhung", phone=True)

        # The district sees Thụy Hùng overdue, and reopens the week with a reason.
        log_in(reviewer, "huyen.caoloc")
        menu(reviewer, "Tổng hợp")
        expect(reviewer.get_by_role("heading", level=1)).to_have_text(
            "Tổng hợp các xã – Huyện Cao Lộc"
        )
        expect(week_state(reviewer)).to_have_text("Chưa lập Quá hạn")
        expect(state_counts(reviewer)).to_contain_text("Chưa lập: 1")
        late = reviewer.locator("section", has_text="Nộp muộn, chưa nộp tuần này (1)")
        expect(late).to_contain_text("Xã Thụy Hùng – Chưa lập (quá hạn)")
        commune_row(reviewer).get_by_label("Chọn Xã Thụy Hùng").check()
        reviewer.get_by_label("Lý do mở lại").fill("Xã báo mất điện từ thứ Hai")
        reviewer.get_by_role(
            "button", name="Mở lại tuần này cho các xã đã chọn"
        ).click()
        expect(reviewer.get_by_text("Đã mở lại 1 kỳ báo cáo.")).to_be_visible()
        expect(week_state(reviewer)).to_have_text("Nháp Quá hạn Đã mở lại")

        # The official, on a phone, reports the week for two villages with a photo.
        log_in(official, "xa.thuyhung")
        expect_no_sideways_scroll(official)
        menu(official, "Kế hoạch")
        expect(
            official.get_by_role("heading", name="Kế hoạch", level=1)
        ).to_be_visible()
        expect_no_sideways_scroll(official)
        official.get_by_role("link", name=re.compile("Phát động phong trào")).click()
        expect(official.get_by_text("Biểu kèm theo (xem trước")).to_be_visible()
        expect_no_sideways_scroll(official)
        official.get_by_role("link", name="Báo cáo tiến độ").click()
        expect(official.get_by_role("heading", level=1)).to_have_text(
            f"Xã Thụy Hùng: {period}"
        )
        expect(official.get_by_text("Đã mở lại", exact=True)).to_be_visible()
        expect(official.get_by_text(f"00:00 thứ Hai, {week:%d/%m/%Y}")).to_be_visible()
        con_tong = village_card(official, HEDGE, "Thôn Cồn Tòng")
        na_lai = village_card(official, HEDGE, "Thôn Nà Lài")
        expect(con_tong).to_contain_text("Giao: 2.000")
        expect(con_tong).to_contain_text("Lũy kế trước kỳ: 0 · Còn lại: 2.000")
        con_tong.get_by_label("Làm được trong kỳ").fill("1.250")
        con_tong.get_by_label("Ghi chú").fill("Trồng dâm bụt dọc đường trục thôn")
        con_tong.get_by_label("Ảnh").set_input_files(
            files=[
                {
                    "name": "hàng rào Cồn Tòng.jpg",
                    "mimeType": "image/jpeg",
                    "buffer": photo_jpeg(),
                }
            ]
        )
        na_lai.get_by_label("Làm được trong kỳ").fill("320,5")
        official.get_by_label("Khó khăn, vướng mắc").fill(
            "Thiếu cây giống ở thôn Nà Lài"
        )
        official.get_by_label("Lý do sửa (kỳ đã mở lại)").fill(
            "Nộp bổ sung do mất điện"
        )
        # A photo is chosen: the page's script leaves the form multipart.
        with official.expect_request(lambda r: r.method == "POST") as saving:
            official.get_by_role("button", name="Lưu", exact=True).click()
        assert saving.value.headers["content-type"].startswith("multipart/form-data")
        expect(official.get_by_text("Đã lưu 2 dòng.")).to_be_visible()
        expect(con_tong.get_by_label("Làm được trong kỳ")).to_have_value("1.250")
        expect(na_lai.get_by_label("Làm được trong kỳ")).to_have_value("320,5")
        thumbnail = con_tong.get_by_role("img", name="Ảnh 1")
        thumbnail.scroll_into_view_if_needed()
        expect(thumbnail).to_have_js_property("complete", True)
        assert thumbnail.evaluate("img => img.naturalWidth") > 0
        expect_no_sideways_scroll(official)
        official.get_by_role("button", name="Lưu và nộp").click()
        expect(official.get_by_text("Đã nộp báo cáo.")).to_be_visible()
        expect(
            official.get_by_text("Báo cáo đã nộp, đang chờ cấp trên xem xét.")
        ).to_be_visible()
        expect(con_tong).to_contain_text("Kỳ này: 1.250")
        journey.assert_clean()

        # The district sees it come in (late, no longer overdue) and returns it.
        reviewer.reload()
        expect(week_state(reviewer)).to_have_text("Nộp muộn")
        expect(state_counts(reviewer)).to_contain_text("Nộp muộn: 1")
        menu(reviewer, "Duyệt báo cáo")
        expect(commune_row(reviewer)).to_contain_text("Nộp muộn")
        expect(commune_row(reviewer)).to_contain_text(
            timezone.localdate().strftime("%d/%m/%Y")
        )
        menu(reviewer, "Tổng hợp")
        commune_row(reviewer).get_by_label("Ý kiến trả lại Xã Thụy Hùng").fill(
            RETURN_COMMENT
        )
        commune_row(reviewer).get_by_role("button", name="Trả lại").click()
        expect(reviewer.get_by_text("Đã trả lại báo cáo cho xã.")).to_be_visible()
        expect(week_state(reviewer)).to_have_text("Trả lại Quá hạn")

        # The official reads the comment, corrects Nà Lài and sends it again.
        official.reload()
        expect(
            official.get_by_role("alert").filter(has_text="Cấp trên trả lại")
        ).to_contain_text(RETURN_COMMENT)
        # Typed, then "Lưu và nộp" straight away: the figure goes in with it.
        na_lai.get_by_label("Làm được trong kỳ").fill("302,5")
        # No photo this time: the script sends the form urlencoded (lighter).
        with official.expect_request(lambda r: r.method == "POST") as sending:
            official.get_by_role("button", name="Lưu và nộp").click()
        assert (
            sending.value.headers["content-type"] == "application/x-www-form-urlencoded"
        )
        expect(official.get_by_text("Đã lưu 1 dòng và nộp báo cáo.")).to_be_visible()
        changes = official.get_by_role("listitem").filter(has_text="320,5 → 302,5 m")
        expect(changes).to_contain_text("Thôn Nà Lài, Trồng hàng rào xanh")
        expect(na_lai).to_contain_text("Kỳ này: 302,5")

        # The district opens the report from the review list and accepts it.
        menu(reviewer, "Duyệt báo cáo")
        commune_row(reviewer).get_by_role("link", name="Số: 01/KH-BCĐ").click()
        expect(village_card(reviewer, HEDGE, "Thôn Nà Lài")).to_contain_text(
            "Kỳ này: 302,5"
        )
        reviewer.get_by_label("Ý kiến").fill(ACCEPT_COMMENT)
        reviewer.get_by_role("button", name="Duyệt", exact=True).click()
        expect(reviewer.get_by_text("Đã duyệt báo cáo.")).to_be_visible()
        menu(reviewer, "Tổng hợp")
        expect(week_state(reviewer)).to_have_text("Đã duyệt")
        expect(state_counts(reviewer)).to_contain_text("Đã duyệt: 1")

        official.reload()
        expect(
            official.get_by_text(
                "Báo cáo đã được duyệt; muốn sửa, đề nghị cấp trên trả lại."
            )
        ).to_be_visible()

    report = ProgressReport.objects.get(plan=plan)  # one report, for this week
    assert report.period_start == week
    assert report.status == ReportStatus.ACCEPTED and report.is_late
    assert report.review_comment == ACCEPT_COMMENT
    assert report.difficulties == "Thiếu cây giống ở thôn Nà Lài"
    entries = {
        e.village_target.village.name: e
        for e in ProgressEntry.objects.filter(report__plan=plan).select_related(
            "village_target__village"
        )
    }
    assert {name: e.amount for name, e in entries.items()} == {
        "Cồn Tòng": Decimal("1250"),
        "Nà Lài": Decimal("302.5"),
    }
    assert ProgressEntry.objects.count() == 2  # saved twice, stored once
    assert entries["Cồn Tòng"].note == "Trồng dâm bụt dọc đường trục thôn"
    assert [h.amount for h in entries["Nà Lài"].history.order_by("history_date")] == [
        Decimal("320.5"),
        Decimal("302.5"),
    ]
    photo = EntryPhoto.objects.get()
    assert photo.entry == entries["Cồn Tòng"]
    assert (media / photo.image.name).is_file()


def test_targets_appendix_downloads_as_excel_and_pdf(browse, plan, tmp_path):
    with browse() as journey:
        page = journey.open("xa.thuyhung")
        log_in(page, "xa.thuyhung")
        menu(page, "Kế hoạch")
        page.get_by_role("link", name=re.compile("Phát động phong trào")).click()
        line = page.get_by_role("listitem").filter(
            has_text="Biểu chỉ tiêu giao cho các thôn"
        )
        files = {}
        for kind in ("Excel", "PDF"):
            with page.expect_download() as download:
                line.get_by_role("link", name=kind, exact=True).click()
            files[kind] = tmp_path / download.value.suggested_filename
            download.value.save_as(files[kind])
        assert files["Excel"].suffix == ".xlsx" and files["PDF"].suffix == ".pdf"

    rows = [
        row
        for row in load_workbook(files["Excel"]).active.iter_rows(values_only=True)
        if any(value is not None for value in row)
    ]
    texts = {value for row in rows for value in row if isinstance(value, str)}
    assert {
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ỦY BAN NHÂN DÂN XÃ THỤY HÙNG",
        "Số: 01/KH-BCĐ",
        "BIỂU CHỈ TIÊU GIAO CHO CÁC THÔN",
        "Hoàng Văn Thắng",
    } <= texts
    header = next(row for row in rows if "Thôn Cồn Tòng" in row)
    assert header[4:7] == ("Cộng", "Thôn Cồn Tòng", "Thôn Nà Lài")
    hedge, waste = (row for row in rows if isinstance(row[0], int))
    assert hedge[:4] == (1, "Trồng hàng rào xanh", "m", 3200)
    assert hedge[5:7] == (2000, 1200) and hedge[4].startswith("=SUM(")
    assert waste[:4] == (2, "Hộ thu gom, phân loại rác thải tại nguồn", "hộ", 883)
    assert waste[5:7] == (512, 371)

    text = "\n".join(page.extract_text() for page in PdfReader(files["PDF"]).pages)
    lines = text.splitlines()
    assert "BIỂU CHỈ TIÊU GIAO CHO CÁC THÔN" in lines
    assert "1 Trồng hàng rào xanh m 3.200 3.200 2.000 1.200" in lines
    assert "2 Hộ thu gom, phân loại rác thải tại nguồn hộ 883 883 512 371" in lines
    assert "Thôn Cồn Tòng Thôn Nà Lài" in text
    assert "Hoàng Văn Thắng" in lines
