"""The gaps the method asks the report to name, computed once for the report and the window.

Three analyses read data the group already records and turn it into findings:

* **legal** (commitment step): which core instruments apply to this country (the global
  ones and those of its regional organisations), which of them have no recorded status,
  which "not party" / "signed only" / "under consideration" instruments are answered by an
  action or a recommendation and which are not, and which treaty reports are overdue;
* **rights** (sectoral review): what each sector's group found on human rights, gender and
  groups in vulnerable situations, and which sectors have no such finding yet;
* **institutions** (institutional mapping): tensions between stakeholders, reviewed
  sectors no public body has in its mandate, areas claimed by several government bodies
  with no coordinating link between them, and the knock-on effects between sectors.

Pure functions of the store's records (no Qt, no reportlab): a crafted file may leave any
field empty, and every function here copes with ``None`` where a value is expected.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from mainstream_desktop.core import enums, refdata
from mainstream_desktop.core.store import Workshop

# --- legal -------------------------------------------------------------------------------

# Statuses that leave the country outside an instrument it could join: each needs an answer.
GAP_STATUSES = ("not_party", "signed", "under_consideration")
# Statuses that record nothing: the instrument counts as "no recorded status".
NO_STATUS = (None, "", "unknown")
# Actions that no longer answer anything.
DROPPED = ("dropped",)


def workshop_regions(ws: Workshop) -> tuple[str, ...]:
    """The regional organisations the workshop's country belongs to (valid keys only)."""
    regions = ws.workshop().get("regions") or []
    return tuple(r for r in regions if isinstance(r, str) and r)


def applies(row: dict[str, str], regions: Iterable[str]) -> bool:
    """Whether an instrument of instruments.csv concerns a country in ``regions``: a
    global one always, a regional one only when the country belongs to its region."""
    region = row.get("region") or ""
    return not region or region in set(regions)


def applies_to(key: str | None, regions: Iterable[str]) -> bool:
    """:func:`applies` for an instrument key; a key this version does not know is kept
    (nothing says it is regional)."""
    return applies(refdata.instrument(key or "") or {}, regions)


def instrument_order(key: str | None) -> tuple[int, str]:
    """Sort key that lists instruments as instruments.csv does (treaties before labour
    conventions before regional ones), unknown keys last."""
    order = _positions()
    return order.get(key or "", len(order)), key or ""


@cache
def _positions() -> dict[str, int]:
    return {r["key"]: i for i, r in enumerate(refdata.rows("instruments"))}


def core_instruments(regions: Iterable[str]) -> list[str]:
    """Keys of the core instruments whose status the report must state, in file order:
    the global core list and the regional instruments of ``regions``."""
    regions = tuple(regions)
    return [r["key"] for r in refdata.rows("instruments")
            if r.get("core") == "yes" and applies(r, regions)]


@dataclass(frozen=True)
class LegalGap:
    """An instrument the country is outside of, and what the plan does about it."""

    instrument: str  # key
    status: str
    record_id: str
    actions: tuple[str, ...]  # ids of the live actions that answer it
    note: str  # the group's own recommendation or note on the record

    @property
    def answered(self) -> bool:
        return bool(self.actions or self.note)


@dataclass(frozen=True)
class ReportDue:
    """A reporting obligation under an instrument: when the last report went and when
    the next is due (years); ``overdue`` when due before the workshop's year."""

    instrument: str
    record_id: str
    last_report: int | None
    next_report: int | None
    overdue: bool


@dataclass(frozen=True)
class LegalAnalysis:
    regions: tuple[str, ...]
    core: tuple[str, ...]  # core instrument keys that apply
    # recorded instruments of a regional organisation the country is not recorded in:
    # neither flagged nor counted as gaps (the report names them once)
    outside: tuple[str, ...]
    missing_core: tuple[str, ...]  # of those, the ones with no recorded status
    gaps: tuple[LegalGap, ...]
    reports: tuple[ReportDue, ...]
    year: int  # the year reports are measured against

    @property
    def unanswered(self) -> tuple[LegalGap, ...]:
        return tuple(g for g in self.gaps if not g.answered)

    @property
    def overdue(self) -> tuple[ReportDue, ...]:
        return tuple(r for r in self.reports if r.overdue)


def workshop_year(ws: Workshop, today: dt.date | None = None) -> int:
    """The year the workshop takes place (its start, else its end), else this year."""
    rec = ws.workshop()
    for name in ("start_date", "end_date"):
        value = rec.get(name)
        if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
            return int(value[:4])
    return (today or dt.date.today()).year


def answering_actions(ws: Workshop) -> dict[str, list[str]]:
    """instrument key → ids of the live, not dropped actions that say they answer it."""
    out: dict[str, list[str]] = defaultdict(list)
    for a in ws.records("actions"):
        if a.get("status") in DROPPED:
            continue
        for key in a.get("answers_instruments") or []:
            if a["id"] not in out[key]:
                out[key].append(a["id"])
    return out


def legal(ws: Workshop, today: dt.date | None = None) -> LegalAnalysis:
    """The legal and policy gap analysis of a workshop."""
    regions = workshop_regions(ws)
    core = core_instruments(regions)
    year = workshop_year(ws, today)
    every = sorted((r for r in ws.records("instrument_status") if r.get("instrument")),
                   key=lambda r: instrument_order(r["instrument"]))
    recs = [r for r in every if applies_to(r["instrument"], regions)]
    outside = tuple(dict.fromkeys(r["instrument"] for r in every if r not in recs))
    stated = {r["instrument"] for r in recs if r.get("status") not in NO_STATUS}
    answers = answering_actions(ws)
    gaps, reports = [], []
    for r in recs:
        key = r["instrument"]
        if r.get("status") in GAP_STATUSES:
            gaps.append(LegalGap(key, r["status"], r["id"], tuple(answers.get(key, ())),
                                 (r.get("notes") or "").strip()))
        last, due = r.get("last_report"), r.get("next_report")
        if last is not None or due is not None:
            reports.append(ReportDue(key, r["id"], last, due, due is not None and due < year))
    return LegalAnalysis(regions, tuple(core), outside,
                         tuple(k for k in core if k not in stated),
                         tuple(gaps), tuple(reports), year)


# --- rights and gender -------------------------------------------------------------------

@dataclass(frozen=True)
class SectorRights:
    """What a sector's group found through the rights lens (all its assessments)."""

    sector_id: str
    sector: str  # reference key
    rights: tuple[str, ...]
    gender: tuple[str, ...]
    groups: tuple[str, ...]  # VULNERABLE_GROUPS keys, in the list's order

    @property
    def has_finding(self) -> bool:
        return bool(self.rights or self.gender)


_GROUP_ORDER = {key: i for i, (key, _) in enumerate(enums.VULNERABLE_GROUPS)}


def rights_by_sector(ws: Workshop) -> list[SectorRights]:
    """One entry per reviewed sector, in the review's order."""
    by_sector: dict[str, list[dict]] = defaultdict(list)
    for a in ws.records("assessments"):
        if a.get("sector"):
            by_sector[a["sector"]].append(a)
    out = []
    for s in ws.records("sectors"):
        found = by_sector.get(s["id"], [])
        groups = {g for a in found for g in (a.get("vulnerable_groups") or [])}
        out.append(SectorRights(
            s["id"], s.get("sector") or "",
            tuple(t.strip() for a in found if (t := a.get("rights") or "").strip()),
            tuple(t.strip() for a in found if (t := a.get("gender") or "").strip()),
            tuple(sorted(groups, key=lambda g: (_GROUP_ORDER.get(g, len(_GROUP_ORDER)), g)))))
    return out


def groups_raised(rights: Iterable[SectorRights]) -> list[tuple[str, list[str]]]:
    """(vulnerable group, ids of the sectors that raised it), most-raised first."""
    found: dict[str, list[str]] = defaultdict(list)
    for s in rights:
        for g in s.groups:
            found[g].append(s.sector_id)
    return sorted(found.items(), key=lambda kv: (-len(kv[1]), _GROUP_ORDER.get(kv[0], 99)))


# --- institutions ------------------------------------------------------------------------

# Public bodies that hold a mandate in an area (parliament scrutinises; it does not run it).
GOVERNMENT_TYPES = ("gov_lead", "gov_line", "gov_statistics", "central_bank",
                    "local_authorities")
# Links that mean two bodies work together on what they share.
COORDINATING_LINKS = ("coordinates_with", "reports_to", "oversees", "partners_with")
# Mechanisms that do not (yet, or any more) bring their members together.
IDLE_MECHANISMS = ("proposed", "dissolved")


@dataclass(frozen=True)
class Tension:
    source: str  # stakeholder ids
    target: str
    note: str
    strength: int | None


@dataclass(frozen=True)
class MandateGap:
    """A reviewed sector no public body lists among its thematic areas."""

    sector_id: str
    sector: str  # reference key
    lead: str | None  # the sector's lead body, if one was named
    others: tuple[str, ...]  # non-government stakeholders that do cover it

    @property
    def nobody(self) -> bool:
        return not self.others


@dataclass(frozen=True)
class Overlap:
    """A sector claimed by government bodies of one level that fall into several groups
    with no coordinating link between the groups (each group: stakeholder ids)."""

    sector_id: str
    sector: str
    groups: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class KnockOn:
    sector_id: str
    sector: str
    affected: tuple[str, ...]  # sector keys
    text: str


def tensions(ws: Workshop) -> list[Tension]:
    return [Tension(r["source"], r["target"], (r.get("notes") or "").strip(), r.get("strength"))
            for r in ws.records("links")
            if r.get("kind") == "tension" and r.get("source") and r.get("target")]


def stakeholder_gaps(ws: Workshop) -> list[tuple[str, str]]:
    """(stakeholder id, the gaps and overlaps the group noted for it)."""
    return [(r["id"], r["gaps"].strip()) for r in ws.records("stakeholders")
            if (r.get("gaps") or "").strip()]


def _coverage(stakeholders: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for s in stakeholders:
        for area in s.get("thematic_areas") or []:
            out[area].append(s)
    return out


def missing_mandates(ws: Workshop) -> list[MandateGap]:
    covered = _coverage(ws.records("stakeholders"))
    out = []
    for s in ws.records("sectors"):
        key = s.get("sector") or ""
        bodies = covered.get(key, [])
        if not any(b.get("type") in GOVERNMENT_TYPES for b in bodies):
            out.append(MandateGap(s["id"], key, s.get("lead"), tuple(b["id"] for b in bodies)))
    return out


def _coordination(ws: Workshop, stakeholders: list[dict]) -> dict[str, set[str]]:
    """Who is linked to whom by a coordinating link, a parent body or a working
    coordination mechanism both sit in (undirected)."""
    near: dict[str, set[str]] = defaultdict(set)

    def join(a: str | None, b: str | None) -> None:
        if a and b and a != b:
            near[a].add(b)
            near[b].add(a)

    for r in ws.records("links"):
        if r.get("kind") in COORDINATING_LINKS:
            join(r.get("source"), r.get("target"))
    for s in stakeholders:
        join(s["id"], s.get("parent"))
    working = {m["id"] for m in ws.records("mechanisms") if m.get("status") not in IDLE_MECHANISMS}
    members: dict[str, list[str]] = defaultdict(list)
    for m in ws.records("mechanism_members"):
        if m.get("mechanism") in working and m.get("stakeholder"):
            members[m["mechanism"]].append(m["stakeholder"])
    for ids in members.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                join(a, b)
    return near


def _groups(ids: list[str], near: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """Connected groups of ``ids`` through direct coordination among themselves."""
    inside, seen, out = set(ids), set(), []
    for start in ids:
        if start in seen:
            continue
        group, todo = [], [start]
        seen.add(start)
        while todo:
            cur = todo.pop()
            group.append(cur)
            for nxt in near.get(cur, ()):
                if nxt in inside and nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        out.append(tuple(i for i in ids if i in set(group)))
    return out


def overlaps(ws: Workshop) -> list[Overlap]:
    """Reviewed sectors where government bodies of one level claim the area but are not
    all tied together: a ministry and a municipality sharing an area is multi-level
    governance, two ministries with no link between them is a possible overlap."""
    stakeholders = ws.records("stakeholders")
    covered = _coverage(stakeholders)
    near = _coordination(ws, stakeholders)
    out = []
    for s in ws.records("sectors"):
        key = s.get("sector") or ""
        by_level: dict[str, list[str]] = defaultdict(list)
        for b in covered.get(key, []):
            if b.get("type") in GOVERNMENT_TYPES:
                by_level[b.get("level") or ""].append(b["id"])
        groups: list[tuple[str, ...]] = []
        for ids in by_level.values():
            found = _groups(ids, near) if len(ids) > 1 else []
            if len(found) > 1:
                groups += found
        if groups:
            out.append(Overlap(s["id"], key, tuple(groups)))
    return out


def knock_on(ws: Workshop) -> list[KnockOn]:
    """The effects a sector's policies have on other sectors, as the groups recorded them."""
    keys = {s["id"]: s.get("sector") or "" for s in ws.records("sectors")}
    out = []
    for a in ws.records("assessments"):
        affected = tuple(k for k in (a.get("knock_on_sectors") or [])
                         if k != keys.get(a.get("sector") or ""))
        text = (a.get("knock_on") or "").strip()
        if (affected or text) and a.get("sector") in keys:
            out.append(KnockOn(a["sector"], keys[a["sector"]], affected, text))
    return out
