"""A parsed plan matched to the records it names, ready for the preview: the
area (valid on the plan's date), the issuing agency, each task's lead,
coordinating units and named official. Known bodies become Agency rows;
names that match nothing are proposed as new agencies, never created here.

Nothing is guessed: a task that names no lead gets none and is flagged. The
one exception is stated as such: when the document names a lead for no task
at all, the issuer carries out its own plan (seeds 001 and 002 are written
that way), and every such task says so.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from django.utils import timezone

from ntm.text import fold
from plans.document_import.cooperatives import AFTER_COOPERATIVE
from plans.document_import.labels import BODY_KINDS
from plans.document_import.matching import ABBREVIATIONS, AgencyMatcher, Match, key
from plans.document_import.parsed import ParsedCosigner
from plans.document_import.parser import ParsedPlan, ParsedTask
from plans.document_import.persons import names_official, person_and_post
from plans.document_import.timeframes import impossible_dates
from villages.models import Agency, Area, Official

LEVEL_NAMES = r"xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh"


@dataclass
class TaskProposal:
    parsed: ParsedTask
    lead: Agency | None = None
    lead_score: float = 0.0
    lead_unmatched: str = ""
    lead_implied: bool = False  # the issuer, because the plan names no lead at all
    official: Official | None = None
    coordinating: list[Agency] = field(default_factory=list)
    coordinating_unmatched: list[str] = field(default_factory=list)
    # (agency, score, what the document wrote) for each coordinating unit
    # matched: 100 for a name or abbreviation, else the similarity.
    coordinating_scores: list[tuple] = field(default_factory=list)
    indicators: list = field(default_factory=list)

    @property
    def flags(self) -> list[str]:
        """What the user should look at, in Vietnamese."""
        out = []
        if self.lead is None and not self.lead_unmatched:
            out.append("Chưa có đơn vị chủ trì: văn bản không ghi.")
        if self.lead_implied:
            out.append(
                "Đơn vị chủ trì là cơ quan ban hành vì văn bản không ghi đơn vị chủ trì cho nhiệm vụ nào; kiểm tra lại."
            )
        if self.lead is not None and self.lead_score and self.lead_score < 100:
            out.append(
                f"Đơn vị chủ trì nhận theo tên gần đúng ({self.lead_score:.0f}%): “{self.parsed.lead_text}”."
            )
        if not self.parsed.ends_on and not self.parsed.time_text:
            out.append("Chưa có thời hạn.")
        if self.parsed.co_leads:
            out.append(
                f"Văn bản giao {len(self.parsed.co_leads)} đơn vị cùng chủ trì: "
                f"{'; '.join(self.parsed.co_leads)}. Mỗi nhiệm vụ có một đơn vị "
                "chủ trì: đơn vị đầu được chọn, các đơn vị sau ghi là phối hợp; "
                "kiểm tra lại."
            )
        for wrong in impossible_dates(self.parsed.time_text):
            out.append(f"Ngày “{wrong}” không có thật: chưa đặt thời hạn, sửa lại.")
        return out


@dataclass
class CosignerProposal:
    """A joint plan's other body: the agency matched to the name the
    document gives it, else the name to create, as for the issuer."""

    parsed: ParsedCosigner
    agency: Agency | None
    score: float = 0.0
    new: str = ""
    create: bool = False  # create `new` when no agency is chosen


@dataclass
class PlanProposal:
    parsed: ParsedPlan
    area: Area
    issuer: Agency | None
    tasks: list[TaskProposal]
    criteria_set: object | None = None
    issuer_score: float = 0.0
    issuer_new: str = ""  # a name to create when no agency matches
    cosigners: list[CosignerProposal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def unmatched(self) -> list[str]:
        names = []
        for task in self.tasks:
            names += [task.lead_unmatched] if task.lead_unmatched else []
            names += task.coordinating_unmatched
        return sorted(set(names))


def _candidates(area: Area):
    """The bodies a plan of `area` can name: those of its province, all levels."""
    province_path = area.path.split(".")[0] + "."
    return Agency.objects.filter(area__path__startswith=province_path).select_related(
        "area"
    )


GENERIC = re.compile(
    r"^(?:uy ban nhan dan|hoi dong nhan dan|ban chi dao\b.*|ban quan ly\b.*|dang uy|van phong dieu phoi\b.*)$"
)


def proper_name(text: str, area: Area) -> str:
    """ "ỦY BAN NHÂN DÂN XÃ HÒA LẠC" → "Ủy ban nhân dân xã Hòa Lạc" (cased
    by `_cased`); a body that every area has, named without its place
    ("ỦY BAN NHÂN DÂN", "UBND xã"), gets the plan's area — the one that
    issues it, not a parent's."""
    text = " ".join(text.split())
    if text.isupper():
        text = _cased(text)
        places = [
            area.name,
            *(a.name for a in Area.objects.filter(pk__in=area.ancestor_ids())),
        ]
        for place in places:
            text = re.sub(re.escape(place.lower()), place, text)
    folded = key(text)
    if area.name and fold(area.name) not in fold(text) and not _PLACED.search(folded):
        if re.search(rf"\b(?:{LEVEL_NAMES})$", folded):
            text = f"{text} {area.name}"
        elif GENERIC.match(folded):
            text = f"{text} {area.full_name}"
    return text[:1].upper() + text[1:]


# A name that names its place: a level word, then the place ("… xã Cẩm
# Xuyên", "… thôn Đông Hòa"; not "nông thôn mới", "các xã").
_PLACED = re.compile(
    rf"(?<!nong )(?<!cac )\b(?:{LEVEL_NAMES}|thon|xom|dac khu|to dan pho)\s+(?!(?:va|cac)\b)\w"
)
# The words a place's name follows (written, not folded: "bản" is a level,
# "ban" a body), longest first.
_PLACE_LEVELS = [
    level.split()
    for level in (
        "tổ dân phố", "thị trấn", "thành phố", "đặc khu", "thị xã", "xã", "phường",
        "thôn", "bản", "xóm", "huyện", "tỉnh", "quận",
    )
]  # fmt: skip
# The head words of a body's name (labels.BODY_KINDS), and those it lacks.
_HEAD = re.compile(rf"^(?:hoi dong|chi hoi|bch|{BODY_KINDS})")
# Departments ("Sở Nông nghiệp và Môi trường", "Phòng Kinh tế, Hạ tầng và
# Đô thị"): each field of their work is capitalised.
_DEPARTMENT = re.compile(r"^(?:so|phong|cuc|chi cuc|vu)\b")
# What follows a body's head word in lower case ("Ủy ban nhân dân", "Ban
# Chỉ đạo các chương trình …").
_NOT_A_FUNCTION = {"nhan", "cac", "nhung", "va", "cua"}
# Proper names a body's name writes in capitals wherever they stand.
_PROPER = ["Việt Nam", "Tổ quốc", "Hồ Chí Minh", "Phụ nữ", "Cộng sản"]


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _cased(text: str) -> str:
    """A body's name written in capitals, cased as Vietnamese writes bodies'
    names (Decree 30/2020, appendix II): the head word of each body in it
    and the word that names its kind or work ("Ban Thường trực", "Hội Liên
    hiệp", "Đoàn Thanh niên", each field of a department's work: "Sở Nông
    nghiệp và Môi trường"), every syllable of a place after its level word
    ("xã Nam Đàn", "thôn Đông Hòa"; not "nông thôn mới"), and "Việt Nam";
    abbreviations ("MTTQ", "BCH", "HĐND") stay as written."""
    words = []
    for word in text.split():
        folded = fold(word).strip(".,;:()")
        keep = folded in ABBREVIATIONS or (
            len(word) <= 4 and not re.search(r"[AEIOUYĂÂÊÔƠƯ]", fold(word).upper())
        )
        words.append(word if keep else word.lower())
    folded = [fold(w).strip(".,;:()") for w in words]
    # `free`: where a head word may start a body; not in the words of one
    # ("Sở Nông nghiệp và Môi trường" holds no "Trường"), nor a level's
    # word ("nông thôn mới" holds no "Thôn").
    i, free, department = 0, 0, False
    while i < len(words):
        level = _level_at(words, folded, i)
        head = _HEAD.match(" ".join(folded[i:]))
        if level:
            end = next(
                (
                    j
                    for j in range(i + level, len(words))
                    if _level_at(words, folded, j)
                ),
                len(words),
            )
            words[i + level : end] = map(_capital, words[i + level : end])
            i = end
            continue
        if head and i >= free and [words[i].lower()] not in _PLACE_LEVELS:
            department = bool(_DEPARTMENT.match(head.group(0)))
            words[i] = _capital(words[i])
            i += len(head.group(0).split())
            free = i
            if i < len(words) and not _level_at(words, folded, i):
                free = _function_at(words, folded, i)
            continue
        if department and folded[i] == "va" and i + 1 < len(words):
            free = _function_at(words, folded, i + 1)
        i += 1
    cased = " ".join(words)
    for name in _PROPER:
        cased = re.sub(rf"\b{name}\b", name, cased, flags=re.IGNORECASE)
    return cased


def _function_at(words: list[str], folded: list[str], i: int) -> int:
    """The word at `i` that names a body's kind or work ("Thường" of "Ban
    Thường trực"), capitalised unless it stays lower case ("nhân dân",
    "các"); where a head word may next start a body: at `i` if it is one
    ("Ủy ban Mặt trận"), else after the word that ends its two syllables."""
    if folded[i] in _NOT_A_FUNCTION:
        return i
    words[i] = _capital(words[i])
    return i if _HEAD.match(" ".join(folded[i:])) else i + 2


def _level_at(words: list[str], folded: list[str], i: int) -> int:
    """How many words the level word at `i` takes ("xã" 1, "tổ dân phố" 3),
    0 if none stands there: a level's word after "nông" ("nông thôn") or
    "các" ("các xã") names no place, nor does one that ends the name."""
    if i and folded[i - 1] in ("nong", "cac", "nhung"):
        return 0
    for level in _PLACE_LEVELS:
        size = len(level)
        if [w.lower() for w in words[i : i + size]] == level and i + size < len(words):
            return size
    return 0


def _issuer(
    parsed: ParsedPlan, area: Area, matcher: AgencyMatcher, home: AgencyMatcher
):
    """(agency, score, name to propose). A name the document writes is looked
    for in the province; the document type's symbol ("KH-UBND") only among
    the bodies of the plan's own area — never silently a parent area's."""
    if parsed.issuer_text:
        return _named(parsed.issuer_text, area, matcher, home)
    issuer_code = parsed.symbol.split("-", 1)[-1] if "-" in parsed.symbol else ""
    wanted = key(issuer_code)
    if wanted:
        for agency in home.agencies:
            if key(agency.name).startswith(wanted):
                return agency, 100.0, ""
    return None, 0.0, ""


def _named(text: str, area: Area, matcher: AgencyMatcher, home: AgencyMatcher):
    """(agency, score, name to propose) for a body the document names: an
    issuer, or a joint plan's other body."""
    if text:
        wanted = proper_name(text, area)
        for candidate in (wanted, text):
            match = home.best(candidate)
            if match.agency is not None:
                return match.agency, match.score, ""
        match = matcher.best(wanted)
        # A body of another area only when the text names it whole ("Sở Tài
        # nguyên và Môi trường", "UBND huyện Cao Lộc"), never one that every
        # area has and the text leaves without a place.
        if match.agency is not None and (
            match.agency.area_id == area.pk
            or fold(match.agency.area.name) in fold(wanted)
            or not GENERIC.match(key(text))
        ):
            return match.agency, match.score, ""
        return None, 0.0, wanted
    return None, 0.0, ""


def _official(text: str, officials: list[Official]) -> Official | None:
    """A person the text names ("đ/c Hoàng Thị Mai - công chức Văn hóa - Xã
    hội", "Phó Chủ tịch UBND xã Nguyễn Văn Bình") → the official of that
    name, or no one: another holder of the post is not the person written.
    A post alone ("Công chức Địa chính - Xây dựng xã") → the official holding
    it in the plan's commune (positions are written with or without the
    level), or one whose name the text holds."""
    if person_and_post(text)[0]:
        return next((o for o in officials if names_official(text, o)), None)
    wanted = key(text).strip(" .")
    for official in officials:
        position = key(official.position)
        if position and (wanted == position or wanted.startswith(position + " ")):
            return official
    for official in officials:
        if fold(official.full_name) and fold(official.full_name) in fold(text):
            return official
    return None


def _indicators(parsed: ParsedPlan, area: Area):
    """For plans organised by criterion ("Tiêu chí số 2 - …"): the criteria set
    that judges the area in the plan's year, and its indicators by criterion
    (or the one indicator a task names, "Chỉ tiêu 17.1")."""
    numbers = {t.criterion_number for t in parsed.tasks if t.criterion_number}
    if not numbers or area.level != "commune":
        return None, {}
    from django.utils import timezone

    from criteria.models import Indicator
    from criteria.selectors import applicable_set

    day = parsed.reference_day or timezone.localdate()
    criteria_set = applicable_set(area=area, on=day)
    if criteria_set is None:
        return None, {}
    by_number: dict = {}
    for indicator in (
        Indicator.objects.current()
        .filter(criterion__criteria_set=criteria_set, criterion__number__in=numbers)
        .select_related("criterion")
    ):
        by_number.setdefault(indicator.criterion.number, []).append(indicator)
        by_number.setdefault(indicator.code, []).append(indicator)
    return criteria_set, by_number


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def area_for(name: str, on: datetime.date | None, *, within=None) -> list[Area]:
    """Areas called `name` that were in force on `on` (the plan's date): a
    district of 2021–2025 for a plan of March 2025, the merged commune for
    one of September 2025."""
    areas = Area.objects.active(on) if on else Area.objects.all()
    if within is not None:
        areas = areas.filter(pk__in=within.values("pk"))
    wanted = fold(name)
    return [a for a in areas if fold(a.name) == wanted or fold(a.full_name) == wanted]


# The place an issuer's name ends with: "… XÃ SƠN BẰNG", "UBND xã Tân Lập";
# not the words after the "xã" of "hợp tác xã" ("… NÔNG NGHIỆP ĐẠI HIỆP").
_ISSUER_PLACE = re.compile(
    rf"{AFTER_COOPERATIVE}\b(?:{LEVEL_NAMES})\s+(?P<name>[^\W\d_][^\d,;:()]*)$"
)


def issuer_place(issuer: str) -> str:
    """The place an issuer's name ends with ("ỦY BAN NHÂN DÂN XÃ SƠN BẰNG" →
    "Sơn Bằng", "UBND xã Tân Lập" → "Tân Lập"): where a plan that writes no
    place and date is from; "" when it names none."""
    issuer = " ".join(issuer.split())
    m = _ISSUER_PLACE.search(fold(issuer))
    if m is None or len(fold(issuer)) != len(issuer):
        return ""
    name = issuer[m.start("name") :].strip()
    return name.title() if name.isupper() else name


def plan_place(parsed: ParsedPlan) -> str:
    """Where a plan is from: the place of its place and date, else, for a
    plan that writes none, the place its issuer's name ends with."""
    return parsed.place or issuer_place(parsed.issuer_text)


def areas_named(name: str, on: datetime.date | None, *, within=None) -> list[Area]:
    """The areas a plan of `on` names `name`: those in force on that day.
    An undated plan is read as of today: of a merged-away commune and the
    merged one that share its name, the one in force now; when none is,
    every area of that name."""
    found = area_for(name, on or timezone.localdate(), within=within)
    if not found and on is None:
        found = area_for(name, None, within=within)
    return found


def area_in_force(area: Area, on: datetime.date | None, *, within) -> Area:
    """`area`, or the unit that replaced it if it was merged before `on` (the
    plan's date): a plan of December 2026 chosen for xã Sơn Bằng of huyện
    Hương Sơn (ceased 30/06/2025) belongs to the xã Sơn Bằng formed from it on
    01/07/2025. Only a successor in force on `on` and among `within` (the
    user's areas), and only when there is exactly one; else `area` itself,
    and the preview says it is not in force."""
    if on is None or not area.valid_to or area.valid_to >= on:
        return area
    successors = list(
        Area.objects.active(on)
        .filter(formed_by__predecessors=area, formed_by__effective_on__lte=on)
        .filter(pk__in=within.values("pk"))
        .distinct()
    )
    if area.level == "village" and not successors:
        # A village of a merged commune: the village of the same name in the
        # commune that replaced its commune.
        commune = area_in_force(area.parent, on, within=Area.objects.all())
        successors = list(
            Area.objects.active(on)
            .filter(parent=commune, name=area.name, kind=area.kind)
            .filter(pk__in=within.values("pk"))
        )
    return successors[0] if len(successors) == 1 else area


def propose(parsed: ParsedPlan, *, area: Area) -> PlanProposal:
    """Match what `parsed` names to agencies of `area`'s province, officials
    of `area` and the criteria that judge it."""
    matcher = AgencyMatcher(_candidates(area), home=area)
    home = AgencyMatcher(
        [a for a in matcher.agencies if a.area_id == area.pk], home=area
    )
    issuer, issuer_score, issuer_new = _issuer(parsed, area, matcher, home)
    officials = list(
        Official.objects.filter(agency__area=area).select_related("agency")
    )
    criteria_set, indicators = _indicators(parsed, area)
    notes = []
    day = parsed.reference_day
    if day and (
        (area.valid_to and area.valid_to < day)
        or (area.valid_from and area.valid_from > day)
    ):
        notes.append(
            f"{area.title_name} không còn hiệu lực vào ngày của kế hoạch ({day:%d/%m/%Y}); kiểm tra lại địa bàn."
        )
    for target in parsed.targets:
        target.propose_kind()
    names_a_lead = any(t.lead_text or t.official_text for t in parsed.tasks)
    tasks = []
    for task in parsed.tasks:
        proposal = TaskProposal(
            parsed=task,
            indicators=(
                indicators.get(task.indicator_number) if task.indicator_number else None
            )
            or indicators.get(task.criterion_number, []),
        )
        if task.lead_text:
            match: Match = matcher.best(task.lead_text)
            official = None if match.agency else _official(task.lead_text, officials)
            if match.agency:
                proposal.lead, proposal.lead_score = match.agency, match.score
            elif official:
                proposal.official, proposal.lead = official, official.agency
                proposal.lead_score = 100.0
            else:
                proposal.lead_unmatched = task.lead_text
        if task.official_text:
            official = _official(task.official_text, officials)
            if official:
                proposal.official = official
                if proposal.lead is None and not proposal.lead_unmatched:
                    # The official's own body: written, not guessed.
                    proposal.lead, proposal.lead_score = official.agency, 100.0
        if (
            proposal.lead is None
            and not proposal.lead_unmatched
            and not names_a_lead
            and issuer is not None
            and not key(issuer.name).startswith("ban chi dao")
        ):
            proposal.lead, proposal.lead_implied = issuer, True
        units = task.coordinating_units or (
            [task.coordinating_text] if task.coordinating_text else []
        )
        if not units:
            # "… phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, …" in the task.
            m = re.search(r"phối hợp với (.+)", task.title + " " + task.description)
            units = [m.group(1)] if m else []
            explicit = False
        else:
            explicit = True
        found: list[Agency] = []
        for unit in units:
            named = [
                a for a in matcher.find(unit) if a != proposal.lead and a != issuer
            ]
            score = 100.0
            if not named and explicit:
                match = matcher.closest(unit)
                named = (
                    [match.agency]
                    if match.agency and match.agency != proposal.lead
                    else []
                )
                score = match.score
            if named:
                proposal.coordinating_scores += [
                    (a, score, unit) for a in named if a not in found
                ]
                found += [a for a in named if a not in found]
            elif explicit:
                proposal.coordinating_unmatched.append(unit)
        if proposal.coordinating_unmatched and task.coordinating_text:
            # A body whose name holds commas ("Các phòng, ban, ngành, đoàn
            # thể, cơ quan cấp huyện") is found in the text as a whole.
            for agency in matcher.find(task.coordinating_text):
                if agency in found or agency in (proposal.lead, issuer):
                    continue
                name = _plain(key(agency.name))
                covered = [
                    u for u in proposal.coordinating_unmatched if _plain(key(u)) in name
                ]
                if covered:
                    found.append(agency)
                    proposal.coordinating_scores.append(
                        (agency, 100.0, ", ".join(covered))
                    )
                    proposal.coordinating_unmatched = [
                        u for u in proposal.coordinating_unmatched if u not in covered
                    ]
        proposal.coordinating = found
        tasks.append(proposal)
    cosigners = []
    for cosigner in parsed.cosigners:
        agency, score, new = _named(cosigner.agency_text, area, matcher, home)
        if agency is not None and agency == issuer:
            agency, score, new = None, 0.0, proper_name(cosigner.agency_text, area)
        cosigners.append(CosignerProposal(cosigner, agency, score, new))
    return PlanProposal(
        parsed=parsed,
        area=area,
        issuer=issuer,
        issuer_score=issuer_score,
        issuer_new=issuer_new if issuer is None else "",
        cosigners=cosigners,
        tasks=tasks,
        criteria_set=criteria_set,
        notes=notes,
    )
