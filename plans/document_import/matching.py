"""Bodies named in a plan's text matched to Agency rows, case- and
accent-insensitively, with the abbreviations officials write (UBND, TN&MT,
NN&PTNT, CT-XH, MTTQ, BCĐ, …) understood. A name that matches nothing is
returned as a proposal: it is never created here."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from ntm.text import fold

# Folded abbreviation → folded expansion, kept as data (abbreviations.toml).
ABBREVIATIONS: dict[str, str] = tomllib.loads(
    (Path(__file__).with_name("abbreviations.toml")).read_text("utf-8")
)["abbreviations"]
# A name found by similarity only (no exact name, no abbreviation) must be at
# least this close (rapidfuzz token_sort_ratio, 0–100) to be proposed; the
# score is shown beside it.
SIMILARITY = 90
_ABBREVIATION = re.compile(
    r"(?<![\w&-])("
    + "|".join(re.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w&-])"
)
LEVEL_WORDS = ("tinh", "huyen", "xa", "thon", "thanh pho", "thi xa", "quan")


def key(text: str) -> str:
    """A matching key: folded, abbreviations expanded, "của" before a level
    word and punctuation spacing normalised."""
    folded = fold(text)
    folded = _ABBREVIATION.sub(lambda m: ABBREVIATIONS[m.group(1)], folded)
    folded = re.sub(r"\bcua (tinh|huyen|xa|thon)\b", r"\1", folded)
    folded = re.sub(r"\s*([,;.:()])\s*", r" \1 ", folded)
    return " ".join(folded.split())


def _expand_lists(text: str) -> str:
    """ "ủy ban nhân dân các xã A, xã B và xã C" → one mention per commune.
    Place names are taken as one or two syllables, as nearly all are."""
    name = r"[a-z]+(?: (?!va\b)[a-z]+)?"

    def expand(match: re.Match) -> str:
        prefix, level = match.group("prefix"), match.group("level")
        names = re.split(rf"\s*(?:,|\bva\b)\s*(?:{level}\s+)?", match.group("items"))
        return " ; ".join(f"{prefix} {level} {n.strip()}" for n in names if n.strip())

    return re.sub(
        rf"(?P<prefix>uy ban nhan dan|ban chi dao[a-z ]*?)\s+cac\s+(?P<level>xa|huyen|thon)\s+"
        rf"(?P<items>{name}(?:\s*,\s*(?:(?P=level)\s+)?{name})*(?:\s+va\s+(?:(?P=level)\s+)?{name})?)",
        expand,
        text,
    )


@dataclass
class Match:
    agency: object | None
    text: str
    score: float = 0.0  # 100 for a name or abbreviation, else the similarity
    how: str = ""  # "tên", "viết tắt", "gần đúng"


class AgencyMatcher:
    """Finds agencies in text, among `agencies` (the user's scope)."""

    def __init__(self, agencies, *, home=None):
        """`home`: the plan's area. Shortened names ("UBND xã", "Các thôn",
        "Hội Cựu chiến binh tỉnh") stand for the bodies of that area and the
        areas above it only; elsewhere a body must be named in full."""
        self.agencies = list(agencies)
        lineage = {home.pk, *home.ancestor_ids()} if home is not None else None
        self.aliases: list[tuple[str, object]] = []
        for agency in self.agencies:
            full = {key(agency.name)}
            # A short name that names its place ("UBND huyện Cao Lộc") is as
            # good as the full one; "UBND xã" is not.
            if agency.short_name and key(agency.area.name) in key(agency.short_name):
                full.add(key(agency.short_name))
            local = lineage is None or agency.area_id in lineage
            for alias in self._aliases(agency) if local else full:
                self.aliases.append((alias, agency))
        # Longest alias first: "ủy ban nhân dân xã Nhật Tiến" before "xã Nhật Tiến".
        self.aliases.sort(key=lambda pair: -len(pair[0]))

    @staticmethod
    def _aliases(agency) -> set[str]:
        name = key(agency.name)
        aliases = {name}
        if agency.short_name:
            aliases.add(key(agency.short_name))
        area = getattr(agency, "area", None)
        if area is not None:
            area_name = key(area.name)
            # "… tỉnh Lạng Sơn" is written "… tỉnh" inside its own province.
            without = re.sub(rf"\s+{re.escape(area_name)}$", "", name)
            if without != name:
                aliases.add(without)
                bare = re.sub(rf"\s+(?:{'|'.join(LEVEL_WORDS)})$", "", without)
                if bare != without:
                    aliases.add(bare)
            aliases.add(re.sub(rf"\s+tai\s+{re.escape(area_name)}$", "", name))
        # An alias of one word ("báo") would match anything.
        return {a for a in aliases if len(a.split()) >= 2}

    def match_name(self, text: str) -> Match:
        """The agency a short name ("UBND xã", "Phòng TN&MT huyện") stands for."""
        wanted = key(text).strip(" .;,")
        for alias, agency in self.aliases:
            if alias == wanted:
                return Match(agency, text, 100.0, "tên")
        return Match(None, text)

    def closest(self, text: str) -> Match:
        """The agency whose name is closest to `text`, if at least SIMILARITY
        alike; the score says how alike."""
        wanted = key(text).strip(" .;,")
        candidates = self._of_its_level(wanted)
        if not wanted or not candidates:
            return Match(None, text)
        found = process.extractOne(
            wanted,
            [alias for alias, _ in candidates],
            scorer=fuzz.token_sort_ratio,
            score_cutoff=SIMILARITY,
        )
        if found is None:
            return Match(None, text)
        _, score, index = found
        return Match(candidates[index][1], text, round(score, 1), "gần đúng")

    def _of_its_level(self, wanted: str) -> list[tuple[str, object]]:
        """The aliases a name may be like: a name that ends on its level
        ("Hội Cựu chiến binh xã") only those that name that level, so a
        commune's body is never the province's ("hội cựu chiến binh",
        "… tỉnh") however alike the words."""
        level = re.search(rf"\b(?:{'|'.join(LEVEL_WORDS)})$", wanted)
        if level is None:
            return self.aliases
        said = re.compile(rf"\b{level.group()}\b")
        return [pair for pair in self.aliases if said.search(pair[0])]

    def best(self, text: str) -> Match:
        """A name: exactly, then as the only body it mentions, then by
        similarity."""
        match = self.match_name(text)
        if match.agency is not None:
            return match
        found = self.find(text)
        if len(found) == 1:
            return Match(found[0], text, 100.0, "viết tắt")
        return self.closest(text)

    def find(self, text: str) -> list[object]:
        """Every agency mentioned in free text, in order of first mention."""
        haystack = f" {_expand_lists(key(text))} "
        found: list[tuple[int, object]] = []
        taken: list[tuple[int, int]] = []
        for alias, agency in self.aliases:
            for m in re.finditer(rf"(?<![\w]){re.escape(alias)}(?![\w])", haystack):
                span = (m.start(), m.end())
                # "UBND các xã …" is not the UBND whose alias is "UBND": a
                # level written after a name that has none names another body.
                if not re.search(
                    rf"\b(?:{'|'.join(LEVEL_WORDS)})$", alias
                ) and re.match(
                    rf"\s+(?:cac\s+)?(?:{'|'.join(LEVEL_WORDS)})\b", haystack[m.end() :]
                ):
                    continue
                if any(s < span[1] and span[0] < e for s, e in taken):
                    continue
                taken.append(span)
                # "các Sở, ngành là thành viên trong Ban chỉ đạo …" describes
                # the Sở; the Ban Chỉ đạo itself is not named as a party.
                if re.search(
                    r"\bla thanh vien (?:trong|cua)\s*$", haystack[: m.start()]
                ):
                    continue
                found.append((m.start(), agency))
        seen, ordered = set(), []
        for _, agency in sorted(found, key=lambda pair: pair[0]):
            if agency.pk not in seen:
                seen.add(agency.pk)
                ordered.append(agency)
        return ordered

    def split(self, text: str) -> list[Match]:
        """A list of units ("Các thôn, Phòng Tài nguyên và Môi trường huyện")
        matched one by one; unknown ones come back without an agency."""
        parts = [
            p.strip(" .;")
            for p in re.split(r"[,;]\s*(?![^()]*\))", text)
            if p.strip(" .;")
        ]
        matches = []
        for part in parts:
            match = self.match_name(part)
            if match.agency is None:
                found = self.find(part)
                match = Match(found[0], part) if len(found) == 1 else match
            matches.append(match)
        return matches
