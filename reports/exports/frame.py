"""The Decree 30 frame of an appendix: who issues it, its number, place and
date, the "Phụ lục" lines and the signature block, from a plan or an area."""

from __future__ import annotations

import datetime

from django.utils import timezone

from ntm.templatetags.vn_tags import (
    BLANK_DAY,
    long_date,
    place_and_date,
    short_date,
)
from ntm.text import fold
from plans.models import Plan
from reports.exports.tables import Frame, Signature
from villages.models import Agency, AgencyKind, Area

# The number left blank for the clerk to write in: "Số:      /BC-UBND".
BLANK = BLANK_DAY


def recipient_lines(texts: list[str]) -> list[str]:
    """ "- Như trên;" … "- Lưu: VT." : a dash each, ";" after all but the last."""
    lines = []
    for position, text in enumerate(texts, start=1):
        text = text.strip().rstrip(";.")
        end = "." if position == len(texts) else ";"
        lines.append(f"- {text}{end}")
    return lines


def _authority(text: str) -> list[str]:
    return [line.strip().upper() for line in (text or "").splitlines() if line.strip()]


# The collective bodies that sign "TM." (thay mặt) and the post of their head,
# by how their name starts (folded: case and accents ignored).
COLLECTIVE_BODIES = [
    ("uy ban nhan dan", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
    ("ban chi dao", "TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"),
    ("ban quan ly", "TM. BAN QUẢN LÝ", "TRƯỞNG BAN"),
    ("hoi dong nhan dan", "TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH"),
    ("dang uy", "T/M ĐẢNG ỦY", "BÍ THƯ"),
    ("uy ban mat tran", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"),
    ("hoi ", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH"),
    ("doan ", "TM. BAN CHẤP HÀNH", "BÍ THƯ"),
]
# Bodies whose head signs in their own name: the post alone.
HEADED_BODIES = [
    ("so ", "GIÁM ĐỐC"),
    ("phong ", "TRƯỞNG PHÒNG"),
    ("chi cuc ", "CHI CỤC TRƯỞNG"),
    ("van phong dieu phoi", "CHÁNH VĂN PHÒNG"),
    ("truong ", "HIỆU TRƯỞNG"),
    ("tram y te", "TRƯỞNG TRẠM"),
    ("hop tac xa", "GIÁM ĐỐC"),
    ("ban ", "TRƯỞNG BAN"),
]
DEPUTY = "PHÓ "


def body_signature(agency: Agency, position: str = "") -> tuple[list[str], str]:
    """The signature lines of `agency` when the plan names no signing authority:
    ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") for a collective body, the head's post
    alone for a department ("GIÁM ĐỐC"). A deputy (`position` "Phó Chủ tịch
    UBND xã") signs for the head: "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"."""
    name = fold(agency.name) + " "
    authority, head = [], "THỦ TRƯỞNG CƠ QUAN"
    for start, on_behalf, post in COLLECTIVE_BODIES:
        if name.startswith(start):
            authority, head = [on_behalf], post
            break
    else:
        for start, post in HEADED_BODIES:
            if name.startswith(start):
                head = post
                break
    if fold(position).startswith("pho "):
        return [*authority, f"KT. {head}"], DEPUTY + head
    return authority, head


def plan_frame(
    *,
    plan: Plan,
    title: str,
    recipients: list[str],
    report: bool = False,
    on: datetime.date | None = None,
    note: str = "",
) -> Frame:
    """The frame of an appendix to `plan` (the plan's number and date), or, with
    `report`, of a report on it: "Số:    /BC-…", dated `on`, citing the plan.
    `plan` needs issuing_agency, parent_agency and signer loaded."""
    agency = plan.issuing_agency.name
    cited = f"Kế hoạch số {plan.reference}"
    if plan.issued_on:
        cited += f" ngày {short_date(plan.issued_on)}"
    elif plan.issue_year:
        cited += f" năm {plan.issue_year}"
    cited += f" của {agency}"
    if report:
        symbol = plan.symbol.split("-", 1)[-1] if "-" in plan.symbol else "UBND"
        on = on or timezone.localdate()
        date = long_date(day=on.day, month=on.month, year=on.year)
        reference = f"Số:{BLANK}/BC-{symbol}"
        place_date = f"{plan.place}, {date}" if plan.place else date
        subtitle = f"(Thực hiện {cited}{note})"
    else:
        reference = f"Số: {plan.reference}"
        place_date = place_and_date(plan)
        subtitle = f"(Kèm theo {cited}{note})"
    signer_name = plan.signer_name or (plan.signer.full_name if plan.signer else "")
    authority = _authority(plan.signing_authority)
    signer_title = plan.signer_title.upper()
    if not authority and not signer_title:
        # No signer chosen yet: the issuing body's block, with room to sign and
        # stamp, so the printout is ready for whoever signs it.
        position = plan.signer.position if plan.signer else ""
        authority, signer_title = body_signature(plan.issuing_agency, position)
    # A joint plan's appendix is signed by every body that issued it; a
    # report on the plan by its issuer alone.
    cosigners = (
        []
        if report
        else [
            Signature(
                _authority(c.signing_authority),
                c.signer_title.upper(),
                c.signer_name or (c.signer.full_name if c.signer else ""),
            )
            for c in plan.cosigners.select_related("signer")
        ]
    )
    return Frame(
        cosigners=cosigners,
        parent_agency=plan.parent_agency.name.upper() if plan.parent_agency else "",
        issuing_agency=agency.upper(),
        reference=reference,
        place_date=place_date,
        appendix="Phụ lục",
        title=title.upper(),
        name=title,
        subtitle=subtitle,
        authority=authority,
        signer_title=signer_title,
        signer_name=signer_name,
        recipients=recipient_lines(recipients),
    )


def area_frame(*, area: Area, title: str, on: datetime.date, note: str = "") -> Frame:
    """The frame of a report by `area`'s people's committee (1 query): the parent
    level's committee above it, "Số:      /BC-UBND", place and date `on`."""
    committees = {
        agency.area_id: agency.name
        for agency in Agency.objects.filter(
            kind=AgencyKind.PEOPLES_COMMITTEE,
            area_id__in=[area.pk, area.parent_id],
        )
    }
    own = committees.get(area.pk) or f"Ủy ban nhân dân {area.full_name}"
    parent = committees.get(area.parent_id, "")
    date = long_date(day=on.day, month=on.month, year=on.year)
    return Frame(
        parent_agency=parent.upper(),
        issuing_agency=own.upper(),
        reference=f"Số:{BLANK}/BC-UBND",
        place_date=f"{area.name}, {date}",
        appendix="Phụ lục",
        title=title.upper(),
        name=title,
        subtitle=f"(Kèm theo Báo cáo số{BLANK}/BC-UBND {date} của {own}{note})",
        authority=["TM. ỦY BAN NHÂN DÂN"],
        signer_title="CHỦ TỊCH",
        signer_name="",
        recipients=recipient_lines(["Như trên", "Lưu: VT"]),
    )
