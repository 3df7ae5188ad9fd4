"""Reads for the criteria pages: typed, keyword-only, one query per widget."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone

from criteria.models import (
    CriteriaSet,
    Criterion,
    Indicator,
    IndicatorRequirement,
    OutstandingField,
    TargetDimension,
)
from villages.models import AreaLevel, CommuneGroup, Membership, Region, Role


def criteria_set_list() -> list[CriteriaSet]:
    """The current version of every criteria set with its document, province
    and item counts (1 query)."""
    return list(
        CriteriaSet.objects.current_versions()
        .with_counts()
        .select_related("document", "province", "parent__document")
        .order_by("-period_end", "province__name", "level", "code")
    )


def criteria_set_version(*, code: str, version: int | None = None) -> CriteriaSet:
    """Set `code` in `version`, its current version when None; 404 if none."""
    versions = CriteriaSet.objects.select_related(
        "document", "province", "parent__document", "previous", "created_by"
    ).filter(code=code)
    if version is None:
        return get_object_or_404(versions, superseded_at__isnull=True)
    return get_object_or_404(versions, version=version)


def set_versions(*, code: str) -> list[CriteriaSet]:
    """Every version of set `code`, newest first, with who confirmed it (1 query)."""
    return list(
        CriteriaSet.objects.filter(code=code)
        .select_related("created_by")
        .order_by("-version")
    )


def criteria_set_detail(
    *, code: str, version: int | None = None
) -> tuple[CriteriaSet, list[Criterion], list[OutstandingField]]:
    """A set (its current version, or `version`), its criteria with indicator
    counts in number order, and its outstanding fields (3 queries)."""
    criteria_set = criteria_set_version(code=code, version=version)
    criteria = list(
        criteria_set.criteria.select_related("group")
        .annotate(
            indicator_count=Count(
                "indicators", filter=Q(indicators__valid_to__isnull=True)
            ),
            unverified_count=Count(
                "indicators",
                filter=Q(indicators__valid_to__isnull=True, indicators__verified=False),
            ),
        )
        .order_by("number")
    )
    return (
        criteria_set,
        criteria,
        list(criteria_set.outstanding_fields.order_by("order")),
    )


@dataclass
class IndicatorRow:
    indicator: Indicator
    cells: list[IndicatorRequirement | None] = field(default_factory=list)

    @property
    def has_cells(self) -> bool:
        return any(cell is not None for cell in self.cells)


def criterion_detail(
    *, code: str, number: int, version: int | None = None
) -> tuple[Criterion, list[str], list[IndicatorRow]]:
    """A criterion, the column headings of its target dimension, and one row per
    indicator with its requirement in each column (None: the general value applies)."""
    criteria_set = criteria_set_version(code=code, version=version)
    criterion = get_object_or_404(
        Criterion.objects.select_related(
            "criteria_set__document", "criteria_set__province", "group"
        ),
        criteria_set=criteria_set,
        number=number,
    )
    dimension = criterion.criteria_set.target_dimension
    if dimension == TargetDimension.REGION:
        columns = list(Region.objects.order_by("order"))
        headings = [region.name for region in columns]
        keys = [("region", region.pk) for region in columns]
    elif dimension == TargetDimension.COMMUNE_GROUP:
        headings = [label for _, label in CommuneGroup.choices]
        keys = [("commune_group", value) for value, _ in CommuneGroup.choices]
    else:
        headings, keys = [], []
    indicators = (
        criterion.indicators.select_related(
            "verifying_agency", "amended_by", "inherits_from__criterion__criteria_set"
        )
        .prefetch_related(
            Prefetch(
                "requirements",
                queryset=IndicatorRequirement.objects.filter(year__isnull=True),
            )
        )
        .order_by("valid_to", "order", "code")
    )
    rows = []
    for indicator in indicators:
        by_key = {}
        for requirement in indicator.requirements.all():
            if requirement.region_id:
                by_key[("region", requirement.region_id)] = requirement
            elif requirement.commune_group:
                by_key[("commune_group", requirement.commune_group)] = requirement
        rows.append(
            IndicatorRow(indicator=indicator, cells=[by_key.get(key) for key in keys])
        )
    return criterion, headings, rows


@dataclass
class RequirementCounts:
    """A set's required values: how many there are, how many are still
    unchecked at their source, and how many indicators have none."""

    total: int = 0  # levels with a value: general ones and per region/group/year
    unverified: int = 0
    without: int = 0  # indicators in force with no level at all
    indicators: int = 0

    @property
    def label(self) -> str:
        parts = [
            f"{self.unverified}/{self.total} mức yêu cầu chưa đối chiếu văn bản gốc"
        ]
        if self.without:
            parts.append(f"{self.without} chỉ tiêu chưa có mức yêu cầu")
        return "; ".join(parts)


def requirement_counts(*, criteria_set: CriteriaSet) -> RequirementCounts:
    """RequirementCounts of the indicators in force of `criteria_set` (2 queries)."""
    indicators = list(
        Indicator.objects.filter(
            criterion__criteria_set=criteria_set, valid_to__isnull=True
        ).only("comparator", "required_number", "required_text", "verified")
    )
    rows: dict[int, list[IndicatorRequirement]] = {}
    for row in IndicatorRequirement.objects.filter(
        indicator__in=[i.pk for i in indicators]
    ).only(
        "indicator_id", "comparator", "required_number", "required_text", "verified"
    ):
        rows.setdefault(row.indicator_id, []).append(row)
    counts = RequirementCounts(indicators=len(indicators))
    for indicator in indicators:
        levels = [
            r for r in [indicator, *rows.get(indicator.pk, [])] if r.has_requirement
        ]
        if not levels:
            counts.without += 1
        counts.total += len(levels)
        counts.unverified += sum(not level.verified for level in levels)
    return counts


# ── Assessments: what applies to a commune, and where it stands ──

NORTHERN_UPLANDS = "TDMNPB"


def requirement_for(
    *, indicator: Indicator, area, on
) -> Indicator | IndicatorRequirement:
    """The required value of `indicator` that applies to `area` in `on`'s year:
    its region's (Trung du miền núi phía Bắc for communes under the Article 1
    rule of QĐ 318) or its commune group's, a year's value first; otherwise the
    indicator's general value. Uses `indicator.requirements` (prefetch it)."""
    dimension = indicator.criterion.criteria_set.target_dimension
    requirements = list(indicator.requirements.all())
    if dimension == TargetDimension.REGION:
        if area.uses_northern_upland_targets:
            matches = [
                r
                for r in requirements
                if r.region_id and r.region.code == NORTHERN_UPLANDS
            ]
        else:
            region = area.effective_region()
            matches = [r for r in requirements if region and r.region_id == region.pk]
    elif dimension == TargetDimension.COMMUNE_GROUP:
        # The group in force on the day judged (Area.commune_group_on).
        assignment = area.commune_group_on(on)
        group = assignment.group if assignment else None
        matches = [r for r in requirements if group and r.commune_group == group]
    else:
        matches = [
            r for r in requirements if r.region_id is None and r.commune_group is None
        ]
    for match in sorted(matches, key=lambda r: r.year is None):
        if match.year in (None, on.year):
            return match
    return indicator


def sets_for_area(*, area, subject_level: str | None = None) -> list[CriteriaSet]:
    """The criteria sets that can judge `area` (or, with `subject_level`, the
    units under it): national ones and its province's, newest first (1 query)."""
    return list(
        CriteriaSet.objects.current_versions()
        .filter(subject_level=subject_level or area.level)
        .filter(
            Q(province__isnull=True)
            | Q(province_id__in=[area.pk, *area.ancestor_ids()])
        )
        .select_related("document", "province")
        .order_by("-period_end", F("province_id").desc(nulls_last=True), "level")
    )


def applicable_set(
    *, area, on, level: str = "xa_ntm", subject_level: str | None = None
) -> CriteriaSet | None:
    """The `level` criteria set that judges `area` (or, with `subject_level`,
    the units under it) in `on`'s year: its province's own set where there is
    one, else the national set (1 query)."""
    province_ids = [area.pk, *area.ancestor_ids()]
    return (
        CriteriaSet.objects.current_versions()
        .current(on.year)
        .filter(level=level, subject_level=subject_level or area.level)
        .filter(Q(province__isnull=True) | Q(province_id__in=province_ids))
        .select_related("document", "province")
        .order_by(F("province_id").desc(nulls_last=True), "-period_start")
        .first()
    )


def all_met(met: int, indicators: int) -> bool:
    """A criterion is met when every one of its indicators is (and it has one)."""
    return indicators > 0 and met == indicators


@dataclass
class CriterionStatus:
    criterion: Criterion
    indicators: int
    met: int

    @property
    def is_met(self) -> bool:
        return all_met(self.met, self.indicators)


@dataclass
class CriteriaSummary:
    criteria_set: CriteriaSet
    on: object
    rows: list[CriterionStatus]

    @property
    def met_count(self) -> int:
        return sum(row.is_met for row in self.rows)

    @property
    def label(self) -> str:
        """ "đạt 10/19 tiêu chí" """
        return f"đạt {self.met_count}/{len(self.rows)} tiêu chí"


def criteria_summary(*, area, criteria_set: CriteriaSet, on) -> CriteriaSummary:
    """Where `area` stands on `criteria_set` on date `on` (3 queries)."""
    return criteria_summaries(area_ids=[area.pk], criteria_set=criteria_set, on=on)[
        area.pk
    ]


def criteria_summaries(
    *, area_ids: list[int], criteria_set: CriteriaSet, on
) -> dict[int, CriteriaSummary]:
    """Where each area stands on `criteria_set` on date `on`, from the latest
    assessment of each indicator in force then: 3 queries whatever the number of
    areas, indicators and assessments. Computed, never stored, so any past date
    gives the path over the years."""
    from criteria.models import AssessmentStatus

    in_force = (
        Q(valid_from__isnull=True) | Q(valid_from__lte=on),
        Q(valid_to__isnull=True) | Q(valid_to__gte=on),
    )
    indicators = Indicator.objects.filter(
        *in_force, criterion__criteria_set=criteria_set
    )
    totals = dict(
        indicators.values("criterion_id")
        .annotate(total=Count("pk"))
        .values_list("criterion_id", "total")
    )
    met: dict[int, dict[int, int]] = {}
    for area_id, criterion_id, count in (
        _latest_assessments(area_ids=area_ids, indicators=indicators, on=on)
        .filter(status=AssessmentStatus.MET)
        .values("area_id", "indicator__criterion_id")
        .annotate(met=Count("pk"))
        .values_list("area_id", "indicator__criterion_id", "met")
    ):
        met.setdefault(area_id, {})[criterion_id] = count
    criteria = list(criteria_set.criteria.order_by("number"))
    return {
        area_id: CriteriaSummary(
            criteria_set=criteria_set,
            on=on,
            rows=[
                CriterionStatus(
                    criterion,
                    totals.get(criterion.pk, 0),
                    met.get(area_id, {}).get(criterion.pk, 0),
                )
                for criterion in criteria
            ],
        )
        for area_id in area_ids
    }


def criteria_trend(
    *, area_id: int, criteria_set: CriteriaSet, days: list
) -> dict[object, CriteriaSummary]:
    """criteria_summaries of one area on each of `days`, read once: the set's
    indicators with their validity, the area's assessments up to the last day
    and the criteria, then each day worked out in Python with the same rules
    (indicators in force that day, the latest assessment of each on or before
    it; one per indicator and date): 3 queries however many days."""
    from criteria.models import Assessment, AssessmentStatus

    indicators = list(
        Indicator.objects.filter(criterion__criteria_set=criteria_set).values_list(
            "pk", "criterion_id", "valid_from", "valid_to"
        )
    )
    history: dict[int, list] = {}
    for indicator_id, assessed_on, status in (
        Assessment.objects.filter(
            area_id=area_id,
            indicator__criterion__criteria_set=criteria_set,
            assessed_on__lte=max(days),
        )
        .order_by("assessed_on")
        .values_list("indicator_id", "assessed_on", "status")
    ):
        history.setdefault(indicator_id, []).append((assessed_on, status))
    criteria = list(criteria_set.criteria.order_by("number"))
    result = {}
    for day in days:
        totals: dict[int, int] = {}
        met: dict[int, int] = {}
        for pk, criterion_id, valid_from, valid_to in indicators:
            if (valid_from and valid_from > day) or (valid_to and valid_to < day):
                continue
            totals[criterion_id] = totals.get(criterion_id, 0) + 1
            earlier = [a for a in history.get(pk, []) if a[0] <= day]
            if earlier and earlier[-1][1] == AssessmentStatus.MET:
                met[criterion_id] = met.get(criterion_id, 0) + 1
        result[day] = CriteriaSummary(
            criteria_set=criteria_set,
            on=day,
            rows=[
                CriterionStatus(
                    criterion, totals.get(criterion.pk, 0), met.get(criterion.pk, 0)
                )
                for criterion in criteria
            ],
        )
    return result


# ── The commune board: criteria × status, down to each indicator ──


@dataclass
class IndicatorStatus:
    indicator: Indicator
    requirement: str  # as officials write it; "" when there is none
    assessment: object | None  # criteria.models.Assessment
    applies: Indicator | IndicatorRequirement | None = None  # requirement_for

    @property
    def status(self) -> str:
        return self.assessment.status if self.assessment else "not_assessed"

    @property
    def is_met(self) -> bool:
        return self.status == "met"

    @property
    def has_requirement(self) -> bool:
        return self.applies is None or self.applies.has_requirement

    @property
    def requirement_verified(self) -> bool:
        """Whether the level that decides "đạt / chưa đạt" was checked
        against its source (shown as "chưa đối chiếu" otherwise)."""
        return self.applies is None or self.applies.verified


@dataclass
class CriterionRow:
    criterion: Criterion
    indicators: list[IndicatorStatus]

    @property
    def met_count(self) -> int:
        return sum(item.is_met for item in self.indicators)

    @property
    def is_met(self) -> bool:
        return all_met(self.met_count, len(self.indicators))

    @property
    def without_requirement(self) -> int:
        """Indicators with no level: the criterion cannot be concluded "Đạt"."""
        return sum(not item.has_requirement for item in self.indicators)


@dataclass
class CommuneBoard:
    area: object
    criteria_set: CriteriaSet
    on: object
    groups: list[tuple[object | None, list[CriterionRow]]]
    summary: CriteriaSummary
    outstanding_fields: list[OutstandingField]
    rows: list[CriterionRow] = field(default_factory=list)

    @property
    def criteria_without_requirement(self) -> int:
        return sum(bool(row.without_requirement) for row in self.rows)

    @property
    def unverified_requirements(self) -> int:
        """Levels applied to this commune that were not checked at the source."""
        return sum(
            1
            for row in self.rows
            for item in row.indicators
            if item.has_requirement and not item.requirement_verified
        )

    @property
    def requirements(self) -> int:
        return sum(
            1 for row in self.rows for item in row.indicators if item.has_requirement
        )


def _latest_assessments(*, area_ids: list[int], indicators=None, on):
    """The latest assessment on or before `on` of each indicator (all of them
    when `indicators` is None) for each area (NOT EXISTS a later one): one
    query."""
    from criteria.models import Assessment

    newer = Assessment.objects.filter(
        area_id=OuterRef("area_id"),
        indicator_id=OuterRef("indicator_id"),
        assessed_on__gt=OuterRef("assessed_on"),
        assessed_on__lte=on,
    )
    latest = Assessment.objects.filter(area_id__in=area_ids, assessed_on__lte=on)
    if indicators is not None:
        latest = latest.filter(indicator__in=indicators)
    return latest.filter(~Exists(newer))


def commune_board(
    *, area, criteria_set: CriteriaSet, on, unmet_only: bool = False
) -> CommuneBoard:
    """Every criterion of `criteria_set` for `area` on `on`, each with its
    indicators in force, the requirement that applies to the area, and the
    latest assessment with its evidence and verifier (7 queries, whatever the
    number of criteria, indicators and assessments)."""
    from criteria.models import EvidenceFile

    in_force = (
        Q(valid_from__isnull=True) | Q(valid_from__lte=on),
        Q(valid_to__isnull=True) | Q(valid_to__gte=on),
    )
    indicators = list(
        Indicator.objects.filter(*in_force, criterion__criteria_set=criteria_set)
        .select_related("criterion__criteria_set", "verifying_agency")
        .prefetch_related(
            Prefetch(
                "requirements",
                queryset=IndicatorRequirement.objects.select_related("region"),
            )
        )
        .order_by("order", "code")
    )
    latest = {
        a.indicator_id: a
        for a in _latest_assessments(
            area_ids=[area.pk], indicators=[i.pk for i in indicators], on=on
        )
        .select_related("assessed_by", "verified_by")
        .prefetch_related(
            Prefetch("files", queryset=EvidenceFile.objects.order_by("pk")),
            "outstanding_fields",
        )
    }
    by_criterion: dict[int, list[IndicatorStatus]] = {}
    for indicator in indicators:
        applies = requirement_for(indicator=indicator, area=area, on=on)
        by_criterion.setdefault(indicator.criterion_id, []).append(
            IndicatorStatus(
                indicator=indicator,
                requirement=applies.requirement_label,
                assessment=latest.get(indicator.pk),
                applies=applies,
            )
        )
    rows = [
        CriterionRow(criterion=criterion, indicators=by_criterion.get(criterion.pk, []))
        for criterion in criteria_set.criteria.select_related("group").order_by(
            "number"
        )
    ]
    summary = CriteriaSummary(
        criteria_set=criteria_set,
        on=on,
        rows=[
            CriterionStatus(row.criterion, len(row.indicators), row.met_count)
            for row in rows
        ],
    )
    groups: list[tuple[object | None, list[CriterionRow]]] = []
    for row in rows:
        if unmet_only and row.is_met:
            continue
        if not groups or groups[-1][0] != row.criterion.group:
            groups.append((row.criterion.group, []))
        groups[-1][1].append(row)
    return CommuneBoard(
        area=area,
        criteria_set=criteria_set,
        on=on,
        groups=groups,
        summary=summary,
        outstanding_fields=list(criteria_set.outstanding_fields.order_by("order")),
        rows=rows,
    )


def older_versions_assessed(*, area, criteria_set: CriteriaSet) -> list[CriteriaSet]:
    """The replaced versions of `criteria_set` under which `area` has
    assessments (its results there stay with that version; 1 query)."""
    from criteria.models import Assessment

    return list(
        CriteriaSet.objects.filter(code=criteria_set.code)
        .exclude(pk=criteria_set.pk)
        .filter(
            Exists(
                Assessment.objects.filter(
                    area=area, indicator__criterion__criteria_set=OuterRef("pk")
                )
            )
        )
        .order_by("version")
    )


def communes_summaries(*, communes: list, on) -> dict[int, CriteriaSummary]:
    """{commune id: CriteriaSummary} for communes of one province, judged by
    the xã NTM set that applies to the first of them (4 queries; none for no
    communes, 1 when no set applies)."""
    if not communes:
        return {}
    criteria_set = applicable_set(area=communes[0], on=on)
    if criteria_set is None:
        return {}
    return criteria_summaries(
        area_ids=[c.pk for c in communes], criteria_set=criteria_set, on=on
    )


@dataclass
class PredecessorStatus:
    area: object
    summary: CriteriaSummary | None


@dataclass
class Predecessors:
    """The communes a merged commune came from, with where each stood the day
    before the merger: shown as history, never copied to the new commune."""

    effective_on: object
    legal_basis: str
    areas: list[PredecessorStatus]


def predecessor_history(*, area, level: str = "xa_ntm") -> Predecessors | None:
    """None for a commune that was not formed by a merger; else its
    predecessors with their `level` summary on the eve of the merger, judged by
    the set that applied to them then (5 queries)."""
    import datetime

    succession = (
        area.formed_by.prefetch_related("predecessors")
        .order_by("-effective_on")
        .first()
    )
    if succession is None:
        return None
    areas = list(succession.predecessors.order_by("name"))
    eve = succession.effective_on - datetime.timedelta(days=1)
    criteria_set = applicable_set(area=areas[0], on=eve, level=level) if areas else None
    summaries = (
        criteria_summaries(
            area_ids=[a.pk for a in areas], criteria_set=criteria_set, on=eve
        )
        if criteria_set
        else {}
    )
    return Predecessors(
        effective_on=succession.effective_on,
        legal_basis=succession.legal_basis,
        areas=[PredecessorStatus(a, summaries.get(a.pk)) for a in areas],
    )


@dataclass
class MatrixRow:
    area: object
    summary: CriteriaSummary


@dataclass
class CriteriaMatrix:
    criteria_set: CriteriaSet
    criteria: list[Criterion]
    rows: list[MatrixRow]
    on: object

    @property
    def met_per_criterion(self) -> list[int]:
        """How many communes meet each criterion (the footer row)."""
        return [
            sum(row.summary.rows[i].is_met for row in self.rows)
            for i in range(len(self.criteria))
        ]


def criteria_matrix(
    *, communes: list, criteria_set: CriteriaSet, on, order: str = "name"
) -> CriteriaMatrix:
    """Communes × criteria with the number met (3 queries for any number of
    communes). `order`: "name" (tree order) or "met" (most criteria met first)."""
    summaries = criteria_summaries(
        area_ids=[c.pk for c in communes], criteria_set=criteria_set, on=on
    )
    rows = [MatrixRow(c, summaries[c.pk]) for c in communes]
    if order == "met":
        rows.sort(key=lambda row: -row.summary.met_count)
    criteria = [status.criterion for status in rows[0].summary.rows] if rows else []
    return CriteriaMatrix(
        criteria_set=criteria_set, criteria=criteria, rows=rows, on=on
    )


def indicator_history(*, area, indicator) -> list:
    """Every assessment of `indicator` for `area`, newest first, with its files
    and people (3 queries)."""
    from criteria.models import Assessment

    return list(
        Assessment.objects.filter(area=area, indicator=indicator)
        .select_related("assessed_by", "verified_by")
        .prefetch_related("files", "outstanding_fields")
        .order_by("-assessed_on", "-pk")
    )


@dataclass(frozen=True)
class Verifier:
    """What a user verifies: the indicators that name one of `agency_ids`, and
    those that name no agency but a sector the user's agency verifies (the
    national sets: "Tài nguyên và Môi trường"), in that agency's area."""

    agency_ids: tuple[int, ...]
    sectors: tuple[tuple[str, str], ...]  # (sector, area path)
    everything: bool = False  # a superuser verifies what names no agency

    def owns(self, indicator, area) -> bool:
        if self.everything:
            return True
        if indicator.verifying_agency_id:
            return indicator.verifying_agency_id in self.agency_ids
        return any(
            sector in indicator.verifying_sector and area.path.startswith(path)
            for sector, path in self.sectors
        )

    def assessments(self) -> Q:
        """The same rule as a filter on assessments."""
        owned = Q(indicator__verifying_agency_id__in=self.agency_ids)
        if self.everything:
            return owned | Q(indicator__verifying_agency__isnull=True)
        for sector, path in self.sectors:
            owned |= Q(
                indicator__verifying_agency__isnull=True,
                indicator__verifying_sector__contains=sector,
                area__path__startswith=path,
            )
        return owned


def verifier(user) -> Verifier:
    """The agencies the user works for and the sectors they verify (1 query)."""
    from villages.models import Membership

    agencies = (
        Membership.objects.active()
        .filter(user=user, agency__isnull=False)
        .select_related("agency__area")
        .only("agency__sectors", "agency__area__path")
    )
    return Verifier(
        agency_ids=tuple(m.agency_id for m in agencies),
        sectors=tuple(
            (sector, m.agency.area.path)
            for m in agencies
            for sector in m.agency.sector_list()
        ),
        everything=user.is_superuser,
    )


def verification_queue(*, user, state: str = "waiting", on):
    """The latest assessments of the indicators the user verifies (Verifier),
    in the areas the user may see, that wait for verification or were
    returned (`state`: "waiting", "returned" or "all"), by commune; a
    queryset, to be paged (1 query for the verifier now)."""
    from criteria.models import VerificationStatus
    from villages.models import Area

    owned = verifier(user).assessments()
    states = {
        "waiting": [VerificationStatus.PENDING],
        "returned": [VerificationStatus.RETURNED],
    }.get(state, [VerificationStatus.PENDING, VerificationStatus.RETURNED])
    return (
        _latest_assessments(area_ids=Area.objects.for_user(user).values("pk"), on=on)
        .filter(owned, verification__in=states)
        .select_related(
            "area",
            "indicator__criterion__criteria_set",
            "assessed_by",
            "verified_by",
        )
        .prefetch_related("files")
        .order_by(
            "area__path", "indicator__criterion__number", "indicator__order", "pk"
        )
    )


# ── What a reference-data manager still has to do ──


@dataclass
class ReviewItem:
    kind: str  # set, criterion, indicator, requirement, field (services.CHECKABLE)
    pk: int
    label: str  # "Chỉ tiêu 2.1", "Chỉ tiêu 15.4 – Bắc Trung Bộ"
    text: str  # the wording or level
    reason: str  # why it is listed
    source: str = ""
    fix: str = "check"  # check (đối chiếu) or load (nạp từ văn bản)


@dataclass
class SetReview:
    criteria_set: CriteriaSet
    missing: list[ReviewItem] = field(default_factory=list)
    unverified: list[ReviewItem] = field(default_factory=list)
    inherited: int = 0
    verified: int = 0
    loaded_indicators: int = 0

    @property
    def shortfall(self) -> int:
        """Indicators the document has that are not loaded yet."""
        expected = self.criteria_set.expected_indicators or 0
        return max(expected - self.loaded_indicators, 0)


def set_review(*, criteria_set: CriteriaSet) -> SetReview:
    """What is missing or unchecked in a set, item by item (4 queries)."""
    review = SetReview(criteria_set=criteria_set)
    regions = list(Region.objects.order_by("order"))
    if not criteria_set.verified:
        review.unverified.append(
            ReviewItem(
                "set",
                criteria_set.pk,
                "Bộ tiêu chí",
                f"{criteria_set.name} ({criteria_set.document.number})",
                _unchecked_reason(criteria_set),
                criteria_set.source_label,
            )
        )
    criteria = list(criteria_set.criteria.order_by("number"))
    for criterion in criteria:
        if criterion.inherited:
            review.inherited += 1
        elif criterion.verified:
            review.verified += 1
        else:
            review.unverified.append(
                ReviewItem(
                    "criterion",
                    criterion.pk,
                    f"Tiêu chí số {criterion.number}",
                    criterion.name,
                    _unchecked_reason(criterion),
                    criterion.source_label,
                )
            )
    indicators = (
        Indicator.objects.filter(
            criterion__criteria_set=criteria_set, valid_to__isnull=True
        )
        .select_related("criterion")
        .prefetch_related(
            Prefetch(
                "requirements",
                queryset=IndicatorRequirement.objects.select_related("region"),
            )
        )
        .order_by("criterion__number", "order", "code")
    )
    for indicator in indicators:
        label = f"Chỉ tiêu {indicator.code}"
        if indicator.whole_criterion:
            review.missing.append(
                ReviewItem(
                    "indicator",
                    indicator.pk,
                    f"Tiêu chí số {indicator.criterion.number}",
                    indicator.criterion.name,
                    "Chưa có văn bản đối chiếu: chưa nạp chỉ tiêu nào, tiêu chí đang "
                    "được đánh giá như một khối.",
                    fix="load",
                )
            )
            continue
        review.loaded_indicators += 1
        rows = list(indicator.requirements.all())
        if not indicator.has_requirement and not any(r.has_requirement for r in rows):
            review.missing.append(
                ReviewItem(
                    "indicator",
                    indicator.pk,
                    label,
                    indicator.name,
                    "Chưa có mức yêu cầu: không kết luận được đạt hay chưa đạt.",
                    fix="load",
                )
            )
        elif (
            criteria_set.target_dimension == TargetDimension.REGION
            and not indicator.has_requirement
        ):
            have = {r.region_id for r in rows if r.has_requirement and not r.year}
            lacking = [r.name for r in regions if r.pk not in have]
            if lacking and have:
                review.missing.append(
                    ReviewItem(
                        "indicator",
                        indicator.pk,
                        label,
                        indicator.name,
                        "Chưa có mức yêu cầu cho vùng: " + ", ".join(lacking) + ".",
                        fix="load",
                    )
                )
        if indicator.inherited:
            review.inherited += 1
        elif indicator.verified:
            review.verified += 1
        else:
            review.unverified.append(
                ReviewItem(
                    "indicator",
                    indicator.pk,
                    label,
                    f"{indicator.name} – {indicator.requirement_label or NO_LEVEL}",
                    _unchecked_reason(indicator),
                    indicator.source_label,
                )
            )
        for row in rows:
            if row.inherited:
                review.inherited += 1
            elif row.verified:
                review.verified += 1
            else:
                scope = (
                    row.region.name
                    if row.region_id
                    else row.get_commune_group_display()
                )
                year = f", năm {row.year}" if row.year else ""
                review.unverified.append(
                    ReviewItem(
                        "requirement",
                        row.pk,
                        f"{label} – {scope}{year}",
                        row.requirement_label or row.required_text or NO_LEVEL,
                        _unchecked_reason(row),
                        row.source_label,
                    )
                )
    return review


NO_LEVEL = "chưa có mức yêu cầu"


def _unchecked_reason(item) -> str:
    if item.paraphrase:
        return "Diễn giải, chưa phải nguyên văn: nạp lại từ văn bản rồi đối chiếu."
    if not item.has_source:
        return "Chưa có văn bản đối chiếu."
    return "Chưa đối chiếu với văn bản nguồn."


def recent_loads(*, user, limit: int = 20) -> list:
    """The latest loads of the sets `user` manages, or of new sets of the
    provinces they manage (1 query)."""
    from criteria.models import CriteriaSetLoad
    from criteria.permissions import manageable_sets, managed_provinces

    return list(
        CriteriaSetLoad.objects.filter(
            Q(code__in=manageable_sets(user).values("code"))
            | Q(base__isnull=True, province__in=managed_provinces(user))
        )
        .select_related("uploaded_by", "result")
        .order_by("-uploaded_at")[:limit]
    )


# ── The home page: one card per membership ──


@dataclass
class HomeCard:
    membership: Membership
    next_steps: list[str]
    criteria_sets: list[CriteriaSet]
    child_count: int


NEXT_STEPS = {
    Role.COMMUNE_OFFICIAL: [
        "Kiểm tra danh sách thôn và cơ quan của xã; báo quản trị nếu thiếu.",
        "Xem bộ tiêu chí áp dụng cho xã năm nay và các chỉ tiêu còn chưa đối chiếu.",
    ],
    Role.VILLAGE_HEAD: [
        "Kiểm tra tên thôn và xã của mình.",
        "Xem các tiêu chí khu dân cư mà thôn phấn đấu đạt.",
    ],
    Role.DISTRICT_REVIEWER: [
        "Kiểm tra danh sách xã thuộc địa bàn theo dõi.",
        "Xem bộ tiêu chí áp dụng cho các xã của huyện.",
    ],
    Role.PROVINCIAL_VIEWER: [
        "Xem bộ tiêu chí của tỉnh và các chỉ tiêu do cơ quan mình thẩm định.",
    ],
    Role.REFERENCE_MANAGER: [
        "Nạp bộ tiêu chí của tỉnh từ văn bản chính thức (Bộ tiêu chí › Nạp bộ tiêu "
        "chí từ văn bản).",
        "Đối chiếu các mục “chưa đối chiếu” và bổ sung mục còn thiếu (Bộ tiêu chí › "
        "Còn thiếu, chưa đối chiếu).",
        "Ghi nhóm xã (QĐ 51/2025/QĐ-TTg) cho các xã của tỉnh.",
    ],
    Role.ADMINISTRATOR: [
        "Đối chiếu các mục “chưa đối chiếu” với văn bản gốc (Bộ tiêu chí › Còn "
        "thiếu, chưa đối chiếu).",
        "Bổ sung địa bàn, cơ quan và tài khoản cho các xã.",
    ],
}


def home_cards(*, user) -> list[HomeCard]:
    """One card per active membership: the area, what to do next and the
    criteria sets in force there this year (3 queries)."""
    year = timezone.localdate().year
    memberships = list(
        Membership.objects.active()
        .filter(user=user)
        .select_related("area", "agency")
        .annotate(child_count=Count("area__children"))
        .order_by("area__path")
    )
    sets = list(
        CriteriaSet.objects.current_versions()
        .current(year)
        .select_related("document", "province")
        .order_by("level")
    )
    cards = []
    for membership in memberships:
        province_ids = set(membership.area.ancestor_ids() + [membership.area.pk])
        applicable = [
            s
            for s in sets
            if (s.province_id is None or s.province_id in province_ids)
            and _set_fits_role(s, membership)
        ]
        cards.append(
            HomeCard(
                membership=membership,
                next_steps=NEXT_STEPS.get(membership.role, []),
                criteria_sets=applicable,
                child_count=membership.child_count,
            )
        )
    return cards


def _set_fits_role(criteria_set: CriteriaSet, membership: Membership) -> bool:
    if membership.role == Role.VILLAGE_HEAD:
        return criteria_set.subject_level == AreaLevel.VILLAGE
    return True
