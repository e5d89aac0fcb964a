"""Write the sample workshop, optionally N times larger, deterministically.

``--scale N`` repeats the institutional, data and action content for N-1 further
provinces ("— Province k") so tests and benchmarks get realistic files of any size; the
same N always gives the same records (ids included, from a seeded generator).
"""

from __future__ import annotations

import os
import random
import uuid
from pathlib import Path

from mainstream_desktop.core import demo_data as d
from mainstream_desktop.core import refdata
from mainstream_desktop.core.atomic import atomic_path, check_new_target, exists_error
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.store import Workshop

MAX_SCALE = 200


class _Ids:
    """Deterministic UUIDs, so the same scale gives byte-comparable content."""

    def __init__(self, seed: int):
        self._rng = random.Random(seed)

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


def write_demo(path: str | os.PathLike[str], *, scale: int = 1, force: bool = False) -> Path:
    """Write the sample workshop to ``path`` (whole or not at all)."""
    if not 1 <= scale <= MAX_SCALE:
        raise UserError(
            translate("Demo", "The scale must be between 1 and {max}.").format(max=MAX_SCALE)
        )
    target = Path(path)
    check_new_target(target, force=force)
    try:
        with atomic_path(target, overwrite=force) as tmp:
            ws = Workshop.create(tmp, force=True, **d.WORKSHOP)
            try:
                fill(ws, scale)
            finally:
                ws.close()
    except FileExistsError:
        raise exists_error(target) from None
    return target


def fill(ws: Workshop, scale: int = 1) -> None:
    """Add the sample content to an open, empty workshop in one transaction."""
    ids = _Ids(scale)
    with ws.bulk():
        for k in range(1, scale + 1):
            _fill_copy(ws, ids, k)
        _fill_follow_up(ws, ids)
        _fill_legal_and_rights(ws)
        for k in range(1, scale + 1):
            _fill_values(ws, ids, k)


def _suffix(k: int) -> str:
    return "" if k == 1 else f" — Province {k}"


def _fill_copy(ws: Workshop, ids: _Ids, k: int) -> None:
    sfx = _suffix(k)
    sh: dict[str, str] = {}
    for name, acr, typ, level, parent, infl, intr, stance, role, areas, mandate in d.STAKEHOLDERS:
        values = {
            "name": name + sfx,
            "acronym": acr if k == 1 else f"{acr}-{k}",
            "type": typ,
            "level": level,
            "parent": sh.get(parent) if parent else None,
            "influence": infl,
            "interest": intr,
            "stance": stance,
            "engagement_role": role,
            "thematic_areas": areas,
            "mandate": mandate,
            "contact_person": None,
            "contact_email": f"info@{acr.lower().replace('-', '')}.example",
        }
        sh[acr] = ws.insert("stakeholders", values, record_id=ids()).record_id or ""
    for src, dst, kind, strength in d.LINKS:
        ws.insert(
            "links",
            {"source": sh[src], "target": sh[dst], "kind": kind, "strength": strength},
            record_id=ids(),
        )
    ds: dict[str, str] = {}
    for (
        name,
        typ,
        owner,
        per,
        year,
        cov,
        variables,
        disagg,
        access,
        quality,
        gaps,
    ) in d.DATA_SOURCES:
        ds[name] = (
            ws.insert(
                "data_sources",
                {
                    "name": name + sfx,
                    "type": typ,
                    "owner": sh[owner],
                    "periodicity": per,
                    "latest_year": year,
                    "coverage": cov,
                    "variables": variables,
                    "disaggregations": disagg,
                    "access": access,
                    "quality": quality,
                    "gaps": gaps,
                },
                record_id=ids(),
            ).record_id
            or ""
        )
    ind: dict[str, str] = {}
    for code, name, fw, sdg, gcm, unit, base, by, target, ty, resp, disagg, sources in d.INDICATORS:
        ind[code] = (
            ws.insert(
                "indicators",
                {
                    "code": code if k == 1 else f"{code}/{k}",
                    "name": name + sfx,
                    "framework": fw,
                    "topic": d.INDICATOR_TOPICS[code],
                    "sdg_indicator": sdg,
                    "gcm_objectives": gcm,
                    "unit": unit,
                    "baseline_value": base,
                    "baseline_year": by,
                    "target_value": target,
                    "target_year": ty,
                    "responsible": sh[resp],
                    "disaggregations": disagg,
                },
                record_id=ids(),
            ).record_id
            or ""
        )
        for source_name, level in sources:
            ws.insert(
                "coverage",
                {"indicator": ind[code], "data_source": ds[source_name], "level": level},
                record_id=ids(),
            )
    for i, (name, sex, org, position, role) in enumerate(d.PARTICIPANT_NAMES):
        first, _, last = name.partition(" ")
        ws.insert(
            "participants",
            {
                "name": name + sfx,
                "sex": sex,
                "organisation": sh[org],
                "position": position,
                "role": role,
                "working_group": "ABC"[i % 3],
                "email": f"{first.lower()}.{last.lower().replace('-', '')}{k}@example.org",
            },
            record_id=ids(),
        )
    if k == 1:  # one workshop-wide commitment step and one review of the 14 sectors
        _fill_commitment(ws, ids, sh)
        _fill_sectors(ws, ids, sh)
    sectors = _sector_ids(ws)
    for title, desc, step, sector, resp, tf, prio, cost, indicator, sdgs, gcm in d.ACTIONS:
        ws.insert(
            "actions",
            {
                "title": title + sfx,
                "description": desc,
                "source_step": step,
                "sector": sectors.get(sector),
                "responsible": sh[resp],
                "timeframe": tf,
                "priority": prio,
                "cost": cost,
                "currency": "USD",
                "indicator": ind.get(indicator) if indicator else None,
                "sdg_targets": sdgs,
                "gcm_objectives": gcm,
                "status": "agreed" if prio == "high" else "proposed",
                "funding": "State budget"
                if cost and cost < 100000
                else "State budget and partners",
            },
            record_id=ids(),
        )


def _fill_values(ws: Workshop, ids: _Ids, k: int) -> None:
    """The evidence of copy ``k``: every total and breakdown of the sample, against that
    copy's indicators and data sources (found by code and name, as a user would)."""
    sfx = _suffix(k)
    indicators = {r["code"]: r["id"] for r in ws.records("indicators")}
    sources = {r["name"]: r["id"] for r in ws.records("data_sources")}

    def add(code: str, source: str | None, year: int, value: float, note: str | None,
            dimension: str | None = None, category: str | None = None) -> None:
        ws.insert(
            "indicator_values",
            {
                "indicator": indicators[code if k == 1 else f"{code}/{k}"],
                "year": year,
                "dimension": dimension,
                "category": category,
                "value": float(value),
                "source": sources[source + sfx] if source else None,
                "notes": note,
            },
            record_id=ids(),
        )

    for code, source, series, note in d.INDICATOR_SERIES:
        for year, value in series.items():
            add(code, source, year, value, note)
    for code, source, year, dimension, groups, note in d.INDICATOR_BREAKDOWNS:
        for category, value in groups.items():
            add(code, source, year, value, note, dimension, category)


def _sector_ids(ws: Workshop) -> dict[str, str]:
    return {r["sector"]: r["id"] for r in ws.records("sectors")}


def _fill_sectors(ws: Workshop, ids: _Ids, sh: dict[str, str]) -> None:
    for key, lead, prio, m_eff, s_eff, score, gaps, recs, sdg, gcm, policies in d.SECTORS:
        sid = ws.insert(
            "sectors",
            {
                "sector": key,
                "lead": sh[lead],
                "priority": prio,
                "working_group": "A" if prio == "high" else "B",
            },
            record_id=ids(),
        ).record_id
        ws.insert(
            "assessments",
            {
                "sector": sid,
                "migration_effects": m_eff,
                "sector_effects": s_eff,
                "coherence_score": score,
                "gaps": gaps,
                "recommendations": recs,
                "sdg_targets": sdg,
                "gcm_objectives": gcm,
            },
            record_id=ids(),
        )
        for title, kind, year, resp, addressed, coherence in policies:
            ws.insert(
                "policies",
                {
                    "title": title,
                    "sector": sid,
                    "kind": kind,
                    "year": year,
                    "responsible": sh[resp],
                    "migration": addressed,
                    "coherence": coherence,
                },
                record_id=ids(),
            )


def _fill_commitment(ws: Workshop, ids: _Ids, sh: dict[str, str]) -> None:
    for (
        title,
        instr,
        level,
        status,
        date,
        issuer,
        lead,
        fp,
        fpc,
        mandate,
        budget,
        ref,
    ) in d.COMMITMENTS:
        ws.insert(
            "commitments",
            {
                "title": title,
                "instrument": instr,
                "level": level,
                "status": status,
                "date": date,
                "issuing_authority": sh[issuer],
                "lead_agency": sh[lead],
                "focal_point": fp,
                "focal_point_contact": fpc,
                "mandate": mandate,
                "budget": budget,
                "reference": ref,
            },
            record_id=ids(),
        )
    for name, kind, chair, status, tor, year, freq, mandate, members in d.MECHANISMS:
        mid = ws.insert(
            "mechanisms",
            {
                "name": name,
                "kind": kind,
                "chair": sh[chair],
                "status": status,
                "has_tor": tor,
                "established": year,
                "frequency": freq,
                "mandate": mandate,
            },
            record_id=ids(),
        ).record_id
        for acr, role in members:
            ws.insert(
                "mechanism_members",
                {"mechanism": mid, "stakeholder": sh[acr], "role": role},
                record_id=ids(),
            )
    for key, (status, year) in d.INSTRUMENT_STATUS.items():
        ws.insert(
            "instrument_status",
            {"instrument": key, "status": status, "year": year,
             "implementing_body": sh.get(d.INSTRUMENT_BODY.get(key, ""))},
            record_id=ids(),
        )
    items = [k for k, _ in refdata.choices("readiness_items")]
    for key, status, evidence in zip(items, d.READINESS_STATUS, d.READINESS_EVIDENCE,
                                     strict=False):
        ws.insert("readiness", {"item": key, "status": status, "evidence": evidence},
                  record_id=ids())
    for title, step, date, start, end, group in d.SESSIONS:
        ws.insert(
            "sessions",
            {
                "title": title,
                "step": step,
                "date": date,
                "start_time": start,
                "end_time": end,
                "working_group": group,
                "facilitator": "Amara Velen",
            },
            record_id=ids(),
        )


def _fill_follow_up(ws: Workshop, ids: _Ids) -> None:
    """Money, years, monitoring, priority criteria and answered gaps of every copy's
    actions, and the review calendar (issue 14): written after the copies, matched by
    title, so the content of :data:`demo_data.ACTIONS` stays as it is."""
    acronyms = {r["acronym"]: r["id"] for r in ws.records("stakeholders")}
    codes = {r["code"]: r["id"] for r in ws.records("indicators")}

    def copy_key(title: str) -> tuple[str, int]:
        base, _, province = title.partition(" — Province ")
        return base, int(province) if province.isdigit() else 1

    def own(acr: str | None, k: int) -> str | None:
        return acronyms.get(acr if k == 1 else f"{acr}-{k}") if acr else None

    for a in ws.records("actions"):
        base, k = copy_key(a["title"])
        follow = d.ACTION_FOLLOW_UP.get(base)
        if follow is None:
            continue
        (currency, secured, partner, start, end, impact, feasibility, baseline, target,
         verification, frequency, monitor, status) = follow
        readiness, instruments, indicator = d.ACTION_ANSWERS.get(base, ([], [], None))
        ws.update("actions", a["id"], {
            "currency": currency or None,
            "amount_secured": secured or None,
            "funding_partner": own(partner, k),
            "funding": "Partner grant" if partner else "State budget",
            "start_year": start, "end_year": end,
            "impact": impact, "feasibility": feasibility,
            "baseline": baseline or None, "target": target or None,
            "verification": verification, "monitoring_frequency": frequency,
            "monitored_by": own(monitor, k), "status": status,
            "answers_readiness": readiness, "answers_instruments": instruments,
            "answers_indicator": codes.get(indicator if k == 1 else f"{indicator}/{k}")
            if indicator else None,
        })
    for title, date, kind, responsible, scope in d.REVIEWS:
        ws.insert("reviews", {"title": title, "date": date, "kind": kind,
                              "responsible": acronyms.get(responsible), "scope": scope},
                  record_id=ids())
def _fill_legal_and_rights(ws: Workshop) -> None:
    """The legal follow-up, the rights and gender lens, the knock-on effects and the
    stakeholders' gaps and tensions, written onto the records of the first copy."""
    instruments = {r["instrument"]: r["id"] for r in ws.records("instrument_status")}
    for key, values in d.INSTRUMENT_FOLLOW_UP.items():
        ws.update("instrument_status", instruments[key], values)
    sectors = _sector_ids(ws)
    assessments = {a["sector"]: a["id"] for a in ws.records("assessments")}
    for key, (rights, gender, groups, affected, knock_on) in d.SECTOR_RIGHTS.items():
        ws.update("assessments", assessments[sectors[key]], {
            "rights": rights or None, "gender": gender or None, "vulnerable_groups": groups,
            "knock_on_sectors": affected, "knock_on": knock_on or None})
    by_acronym = {r["acronym"]: r["id"] for r in ws.records("stakeholders")}
    for acronym, gaps in d.STAKEHOLDER_GAPS.items():
        ws.update("stakeholders", by_acronym[acronym], {"gaps": gaps})
    for link in ws.records("links"):
        pair = next((p for p in d.TENSION_NOTES
                     if (by_acronym[p[0]], by_acronym[p[1]]) == (link["source"], link["target"])
                     and link["kind"] == "tension"), None)
        if pair:
            ws.update("links", link["id"], {"notes": d.TENSION_NOTES[pair]})
