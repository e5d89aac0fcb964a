"""The legal, rights and institutional gap analysis (core/gap_analysis.py) and the report
sections that show it: each finding from records built here, then the sample workshop."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from mainstream_desktop.core import gap_analysis as ga
from mainstream_desktop.core import plan_analysis as pa
from mainstream_desktop.core import refdata
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.locations import resource
from mainstream_desktop.report import ReportOptions, write_pdf


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


# --- the reference list ------------------------------------------------------------------

def test_instruments_carry_a_known_region_and_a_core_flag() -> None:
    regions = {r["key"] for r in refdata.rows("regions")}
    with open(resource("reference", "instruments.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["core"] for r in rows} == {"yes", "no"}
    assert {r["region"] for r in rows} - {""} <= regions
    by_key = {r["key"]: r for r in rows}
    for key in ("ilo_c087", "ilo_c098", "ilo_c100", "ilo_c138", "ilo_c155", "ilo_c182",
                "ilo_c187", "icerd", "cat", "statelessness_1954", "statelessness_1961"):
        assert by_key[key]["core"] == "yes", key
    assert by_key["ilo_c188"]["core"] == "no"
    assert by_key["crc_opsc"]["full_name"].startswith("Optional Protocol to the Convention on")
    assert {k: by_key[k]["region"] for k in (
        "kampala_convention", "oau_refugee_convention", "au_free_movement",
        "ecowas_free_movement", "coe_migrant_workers", "actip")} == {
        "kampala_convention": "au", "oau_refugee_convention": "au", "au_free_movement": "au",
        "ecowas_free_movement": "ecowas", "coe_migrant_workers": "coe", "actip": "asean"}
    # existing keys are stored in files: none was renamed
    for key in ("icrmw", "ilo_c029", "ilo_c097", "ilo_c143", "gcm", "kampala_convention"):
        assert key in by_key


def test_core_instruments_follow_the_countrys_regions() -> None:
    global_only = ga.core_instruments(())
    african = ga.core_instruments(("au", "ecowas"))
    assert "icerd" in global_only and "kampala_convention" not in global_only
    assert {"kampala_convention", "oau_refugee_convention", "ecowas_free_movement"} <= set(
        african)
    assert "actip" not in african and "coe_migrant_workers" not in african
    assert "actip" in ga.core_instruments(("asean",))
    assert "ilo_c188" not in african  # listed, but not a core instrument


# --- legal -------------------------------------------------------------------------------

@pytest.fixture
def legal_ws(empty_ws: Workshop) -> Workshop:
    ws = empty_ws
    ws.update("workshop", ws.workshop()["id"], {"regions": ["asean"],
                                                "start_date": "2026-03-01"})
    status = {"icerd": "ratified", "cat": "unknown", "icrmw": "signed",
              "ilo_c097": "not_party", "ilo_c143": "under_consideration",
              "ilo_c181": "not_party"}
    for key, value in status.items():
        ws.insert("instrument_status", {"instrument": key, "status": value})
    rec = {r["instrument"]: r["id"] for r in ws.records("instrument_status")}
    ws.update("instrument_status", rec["ilo_c097"], {"notes": "Gap study by the ministry."})
    ws.update("instrument_status", rec["icerd"], {
        "reservations": "Article 22 (ICJ jurisdiction).", "last_report": 2018,
        "next_report": 2022, "implementation": "Equality Act 2012.",
        "recommendations_accepted": "CERD 2019: adopt a national action plan."})
    ws.update("instrument_status", rec["icrmw"], {"last_report": 2024, "next_report": 2026})
    ws.insert("actions", {"title": "Ratify the Migrant Workers Convention", "priority": "high",
                          "answers_instruments": ["icrmw"]})
    ws.insert("actions", {"title": "Ratify C143 (dropped)", "priority": "low",
                          "status": "dropped", "answers_instruments": ["ilo_c143"]})
    return ws


def test_legal_flags_core_instruments_with_no_status(legal_ws: Workshop) -> None:
    found = ga.legal(legal_ws)
    assert found.regions == ("asean",)
    assert "cat" in found.missing_core  # "unknown" records nothing
    assert "actip" in found.missing_core  # the workshop's region brings its instruments
    assert "icerd" not in found.missing_core and "icrmw" not in found.missing_core
    assert "kampala_convention" not in found.core  # not the country's region


def test_each_gap_has_its_answer_or_is_called_out(legal_ws: Workshop) -> None:
    found = ga.legal(legal_ws)
    gaps = {g.instrument: g for g in found.gaps}
    assert set(gaps) == {"icrmw", "ilo_c097", "ilo_c143", "ilo_c181"}
    titles = [legal_ws.title_of("actions", a) for a in gaps["icrmw"].actions]
    assert titles == ["Ratify the Migrant Workers Convention"]
    assert gaps["ilo_c097"].note == "Gap study by the ministry." and gaps["ilo_c097"].answered
    assert gaps["ilo_c143"].actions == ()  # a dropped action answers nothing
    assert {g.instrument for g in found.unanswered} == {"ilo_c143", "ilo_c181"}


def test_regional_instruments_of_another_region_are_neither_listed_nor_flagged(
        legal_ws: Workshop, tmp_path: Path) -> None:
    # an ASEAN country's group records the Kampala Convention (African Union) by mistake
    legal_ws.insert("instrument_status", {"instrument": "kampala_convention",
                                          "status": "not_party"})
    legal_ws.insert("instrument_status", {"instrument": "actip", "status": "signed"})
    found = ga.legal(legal_ws)
    assert found.outside == ("kampala_convention",)
    assert "kampala_convention" not in {g.instrument for g in found.gaps}
    assert "actip" in {g.instrument for g in found.gaps}  # the country's own region
    assert "kampala_convention" not in {g.key for g in pa.gaps(legal_ws)}
    assert "actip" in {g.key for g in pa.gaps(legal_ws)}
    assert ga.applies_to("actip", ("asean",)) and not ga.applies_to("actip", ())
    assert ga.applies_to("no_such_key", ()) and ga.applies_to("iccpr", ())
    text = " ".join(pdf_text(write_pdf(legal_ws, tmp_path / "r.pdf", ReportOptions())).split())
    assert ("Recorded but not listed: regional instruments of an organisation the workshop's "
            "country is not recorded as a member of: African Union Convention") in text
    note = text.index("Recorded but not")  # headings are in the contents too: look back
    listed = text[text.rindex("3.3 International instruments", 0, note):note]
    start = text.index("3.4 Legal and policy", note)
    gaps = text[start:text.index("Reporting obligations", start)]  # not the list of tables
    assert "ACTIP" in listed and "ACTIP" in gaps
    assert "Internally Displaced Persons" not in listed + gaps


def test_reports_due_before_the_workshop_year_are_overdue(legal_ws: Workshop) -> None:
    found = ga.legal(legal_ws)
    assert found.year == 2026
    reports = {r.instrument: r for r in found.reports}
    assert reports["icerd"].overdue and not reports["icrmw"].overdue  # due the same year
    assert [r.instrument for r in found.overdue] == ["icerd"]


def test_without_a_date_the_year_is_today(empty_ws: Workshop) -> None:
    assert ga.workshop_year(empty_ws, dt.date(2031, 5, 1)) == 2031


# --- rights and gender -------------------------------------------------------------------

def _sector(ws: Workshop, key: str, **assessment: object) -> str:
    sid = ws.insert("sectors", {"sector": key}).record_id or ""
    if assessment:
        ws.insert("assessments", {"sector": sid, **assessment})
    return sid


def test_rights_by_sector_and_the_groups_each_raised(empty_ws: Workshop) -> None:
    health = _sector(empty_ws, "health", rights="Fees for irregular migrants.",
                     vulnerable_groups=["irregular", "women_girls"])
    labour = _sector(empty_ws, "employment_labour", gender="Women steered to domestic work.",
                     vulnerable_groups=["domestic_workers", "irregular"])
    _sector(empty_ws, "diaspora", vulnerable_groups=["returnees"])  # groups, no finding
    _sector(empty_ws, "gender")  # not assessed at all
    rights = {r.sector: r for r in ga.rights_by_sector(empty_ws)}
    assert rights["health"].rights == ("Fees for irregular migrants.",)
    assert rights["health"].groups == ("women_girls", "irregular")  # the list's order
    assert rights["employment_labour"].has_finding
    assert not rights["diaspora"].has_finding and not rights["gender"].has_finding
    raised = dict(ga.groups_raised(rights.values()))
    assert raised["irregular"] == [health, labour] or raised["irregular"] == [labour, health]
    assert next(iter(dict(ga.groups_raised(rights.values())))) == "irregular"  # most raised


# --- institutions ------------------------------------------------------------------------

def _body(ws: Workshop, name: str, areas: list[str], typ: str = "gov_line",
          level: str = "national", **more: object) -> str:
    return ws.insert("stakeholders", {"name": name, "type": typ, "level": level,
                                      "thematic_areas": areas, **more}).record_id or ""


def test_tensions_and_noted_gaps(empty_ws: Workshop) -> None:
    a = _body(empty_ws, "Interior", [], gaps="Two exit registers.")
    b = _body(empty_ws, "Labour", [])
    empty_ws.insert("links", {"source": a, "target": b, "kind": "tension",
                              "notes": "Both issue exit clearance."})
    empty_ws.insert("links", {"source": a, "target": b, "kind": "coordinates_with"})
    assert [(t.source, t.target, t.note) for t in ga.tensions(empty_ws)] == [
        (a, b, "Both issue exit clearance.")]
    assert ga.stakeholder_gaps(empty_ws) == [(a, "Two exit registers.")]


def test_sectors_no_public_body_has_in_its_mandate(empty_ws: Workshop) -> None:
    fle = _body(empty_ws, "Employers", ["private_sector_trade"], typ="private_sector")
    _body(empty_ws, "Health ministry", ["health"])
    _body(empty_ws, "Parliament committee", ["gender"], typ="parliament")
    for key in ("private_sector_trade", "health", "gender", "diaspora"):
        _sector(empty_ws, key)
    gaps = {g.sector: g for g in ga.missing_mandates(empty_ws)}
    assert set(gaps) == {"private_sector_trade", "gender", "diaspora"}
    assert gaps["private_sector_trade"].others == (fle,)
    assert gaps["diaspora"].nobody


def test_overlaps_need_bodies_of_one_level_without_a_coordinating_tie(
        empty_ws: Workshop) -> None:
    ws = empty_ws
    moi = _body(ws, "Interior", ["security_border", "children_youth", "health"])
    natc = _body(ws, "Anti-trafficking committee", ["security_border"])
    _body(ws, "Border municipality", ["security_border"], typ="local_authorities",
          level="local")
    moe = _body(ws, "Education", ["children_youth"])
    moh = _body(ws, "Health", ["health"])
    ws.insert("links", {"source": moh, "target": moi, "kind": "coordinates_with"})
    group = ws.insert("mechanisms", {"name": "Working group", "kind": "inter_ministerial",
                                     "status": "active"}).record_id
    for member in (moi, moe):
        ws.insert("mechanism_members", {"mechanism": group, "stakeholder": member})
    idle = ws.insert("mechanisms", {"name": "Forum", "kind": "multi_stakeholder",
                                    "status": "proposed"}).record_id
    for member in (moi, natc):
        ws.insert("mechanism_members", {"mechanism": idle, "stakeholder": member})
    for key in ("security_border", "children_youth", "health"):
        _sector(ws, key)
    found = {o.sector: o for o in ga.overlaps(ws)}
    assert set(found) == {"security_border"}  # a proposed forum does not coordinate yet
    assert sorted(found["security_border"].groups) == sorted([(moi,), (natc,)])
    # a parent body ties them, like a link or a working mechanism
    ws.update("stakeholders", natc, {"parent": moi})
    assert ga.overlaps(ws) == []


def test_knock_on_effects_leave_out_the_sector_itself(empty_ws: Workshop) -> None:
    _sector(empty_ws, "health", knock_on_sectors=["health", "education_skills"],
            knock_on="Fewer nurses, more training places.")
    _sector(empty_ws, "gender", gcm_objectives=["7"])
    [effect] = ga.knock_on(empty_ws)
    assert (effect.sector, effect.affected) == ("health", ("education_skills",))


# --- the report --------------------------------------------------------------------------

@pytest.fixture
def findings_ws(legal_ws: Workshop) -> Workshop:
    ws = legal_ws
    a = _body(ws, "Ministry of Interior", ["security_border"], gaps="Two exit registers.")
    b = _body(ws, "Anti-Trafficking Committee", ["security_border"])
    ws.insert("links", {"source": a, "target": b, "kind": "tension",
                        "notes": "Both screen victims at the border."})
    _sector(ws, "security_border", rights="Detention up to 18 months without review.",
            gender="Screening misses women at risk.", vulnerable_groups=["trafficking"],
            knock_on_sectors=["employment_labour"], knock_on="Exit clearance duplicated.",
            coherence_score=2)
    _sector(ws, "private_sector_trade", coherence_score=3)
    return ws


@pytest.mark.parametrize("language", ["en", "ar", "zh"])
def test_the_report_shows_each_finding(findings_ws: Workshop, tmp_path: Path,
                                       language: str) -> None:
    target = write_pdf(findings_ws, tmp_path / f"{language}.pdf",
                       ReportOptions(language=language))
    text = pdf_text(target)
    if language != "en":  # the user's own words reach every language's report
        assert "CAT" in text and "ILO C143" in text
        return
    for expected in (
        "Legal and policy gap analysis", "Core instruments with no recorded status",
        "Convention against Torture", "ACTIP",  # no status, the region's own instrument
        "Article 22 (ICJ jurisdiction).",  # reservations in the instruments table
        "Ratify the Migrant Workers Convention", "Gap study by the ministry.",
        "Finding: not joined, with no action and no recommendation yet",
        "Private Employment Agencies Convention",  # ... and named there
        "Equality Act 2012.", "CERD 2019: adopt a national action plan.",
        "Finding: reports due before 2026 and not yet submitted",
        "Human rights and gender", "Detention up to 18 months without review.",
        "Screening misses women at risk.", "Victims of trafficking",
        "Finding: no human-rights or gender finding yet for: Private sector development",
        "Knock-on effects between sectors", "Exit clearance duplicated.",
        "Gaps and overlaps", "Both screen victims at the border.", "Two exit registers.",
        "Areas with no public mandate", "Possible overlaps",
    ):
        assert expected in text, expected


def test_the_sample_shows_findings_in_every_section(demo_ws: Workshop) -> None:
    found = ga.legal(demo_ws)
    assert found.regions == ("au", "ecowas")
    assert "icerd" in found.missing_core and "cat" in found.missing_core
    assert found.gaps and found.overdue
    assert any(r.get("reservations") for r in demo_ws.records("instrument_status"))
    rights = ga.rights_by_sector(demo_ws)
    assert sum(r.has_finding for r in rights) >= 10
    assert any(not r.has_finding for r in rights)
    assert ga.groups_raised(rights)
    assert ga.tensions(demo_ws) and all(t.note for t in ga.tensions(demo_ws))
    assert ga.missing_mandates(demo_ws)
    assert ga.overlaps(demo_ws)
    assert ga.stakeholder_gaps(demo_ws)
    assert len(ga.knock_on(demo_ws)) >= 8


def test_rights_guiding_questions_for_the_sectoral_review() -> None:
    questions = " ".join(refdata.guiding_questions("sectors"))
    for word in ("Non-discrimination", "Access to services and justice", "Detention",
                 "Groups in vulnerable situations", "Gender"):
        assert word in questions
