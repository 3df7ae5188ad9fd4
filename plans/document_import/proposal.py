"""A parsed plan matched to the records it names, ready for the preview: the
issuing agency, each task's lead and coordinating units. Known bodies become
Agency rows; unknown names stay as text, proposed, never created here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plans.document_import.matching import AgencyMatcher, key
from plans.document_import.parser import ParsedPlan, ParsedTask
from villages.models import Agency, Area, Official


@dataclass
class TaskProposal:
    parsed: ParsedTask
    lead: Agency | None = None
    official: Official | None = None
    indicators: list = field(default_factory=list)
    lead_unmatched: str = ""
    coordinating: list[Agency] = field(default_factory=list)
    coordinating_unmatched: list[str] = field(default_factory=list)


@dataclass
class PlanProposal:
    parsed: ParsedPlan
    area: Area
    issuer: Agency | None
    tasks: list[TaskProposal]
    criteria_set: object | None = None

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


def _issuer(parsed: ParsedPlan, area: Area, matcher: AgencyMatcher) -> Agency | None:
    if parsed.header_agencies:
        match = matcher.match_name(" ".join(parsed.header_agencies))
        if match.agency:
            return match.agency
        found = matcher.find(" ".join(parsed.header_agencies))
        if found:
            return found[0]
    # "KH-UBND" → Ủy ban nhân dân of the plan's area; "KH-STNMT" → Sở TN&MT.
    issuer_code = parsed.symbol.split("-", 1)[-1] if "-" in parsed.symbol else ""
    wanted = key(issuer_code)
    if not wanted:
        return None
    # The plan's area first, then up the tree: a Sở plan about a district.
    for area_id in [area.pk, *reversed(area.ancestor_ids())]:
        for agency in matcher.agencies:
            if agency.area_id == area_id and key(agency.name).startswith(wanted):
                return agency
    return None


def _official(text: str, officials: list[Official]) -> Official | None:
    """ "Công chức Địa chính - Xây dựng xã" → the official holding that post in
    the plan's commune (positions are written with or without the level)."""
    wanted = key(text).strip(" .")
    for official in officials:
        position = key(official.position)
        if position and (wanted == position or wanted.startswith(position + " ")):
            return official
    return None


def _indicators(parsed: ParsedPlan, area: Area):
    """For plans organised by criterion ("Tiêu chí số 2 - …"): the criteria set
    that judges the area in the plan's year, and its indicators by criterion."""
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
    by_number: dict[int, list] = {}
    for indicator in (
        Indicator.objects.current()
        .filter(criterion__criteria_set=criteria_set, criterion__number__in=numbers)
        .select_related("criterion")
    ):
        by_number.setdefault(indicator.criterion.number, []).append(indicator)
    return criteria_set, by_number


def propose(parsed: ParsedPlan, *, area: Area) -> PlanProposal:
    """Match what `parsed` names to agencies of `area`'s province, officials
    of `area` and the criteria that judge it."""
    matcher = AgencyMatcher(_candidates(area), home=area)
    issuer = _issuer(parsed, area, matcher)
    officials = list(
        Official.objects.filter(agency__area=area).select_related("agency")
    )
    criteria_set, indicators = _indicators(parsed, area)
    tasks = []
    for task in parsed.tasks:
        proposal = TaskProposal(
            parsed=task, indicators=indicators.get(task.criterion_number, [])
        )
        if task.lead_text:
            match = matcher.match_name(task.lead_text)
            found = [match.agency] if match.agency else matcher.find(task.lead_text)
            official = None if found else _official(task.lead_text, officials)
            if found:
                proposal.lead = found[0]
            elif official:
                proposal.official, proposal.lead = official, official.agency
            else:
                proposal.lead_unmatched = task.lead_text
        elif issuer and not key(issuer.name).startswith("ban chi dao"):
            # No one named: the body that issues the plan carries it out —
            # unless it is a steering committee (Ban Chỉ đạo), which directs a
            # movement that others carry out; then the user chooses.
            proposal.lead = issuer
        coordinating_text = task.coordinating_text
        if not coordinating_text:
            # "… phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, …" in the task.
            m = re.search(r"phối hợp với (.+)", task.title + " " + task.description)
            coordinating_text = m.group(1) if m else ""
        if coordinating_text:
            found = [
                a
                for a in matcher.find(coordinating_text)
                if a != proposal.lead and a != issuer
            ]
            proposal.coordinating = found
            if not found and task.coordinating_text:
                proposal.coordinating_unmatched = [task.coordinating_text]
        tasks.append(proposal)
    return PlanProposal(
        parsed=parsed,
        area=area,
        issuer=issuer,
        tasks=tasks,
        criteria_set=criteria_set,
    )
