"""The report's money, follow-up and front and back matter (issue 14, items 5–7): the
sections are in the sample's report, filled; the signatory's name only with personal
data; empty fields give standard or derived text, never invented facts; Arabic and
Chinese reports render."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from mainstream_desktop.core import plan_analysis as pa
from mainstream_desktop.core.demo_data import WORKSHOP
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.report import ReportOptions, write_pdf
from mainstream_desktop.report.front_matter import acronyms
from tests.test_report import pdf_text


def _render(path: Path, out: Path, **options: object) -> str:
    ws = Workshop.open(path, readonly=True)
    try:
        write_pdf(ws, out, ReportOptions(**options))  # type: ignore[arg-type]
    finally:
        ws.close()
    return pdf_text(out)


@pytest.fixture(scope="module")
def sample_text(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    return _render(demo_master, tmp_path_factory.mktemp("plan") / "sample.pdf")


def test_money_follow_up_and_front_and_back_matter_are_in_the_sample(sample_text: str) -> None:
    expected = ["Approval", "Disclaimer", "Foreword", "Acronyms and abbreviations",
                "Financing", "Cost by sector", "Cost by year", "Partner commitments",
                "Monitoring and evaluation framework", "Review calendar",
                "Gaps and the actions that answer them", "Gaps with no action", "Next steps",
                "Link to the budget cycle",
                # filled from the sample, not just titles
                "validated by the plenary of the Inter-Ministerial Working Group",
                "Selin Arvan", "remains to be found", "Currency not stated",
                "spread evenly over its years", "Bodies it funds", "European Union Delegation",
                "Budget call for the 2027/28 estimates", "Baseline → target",
                "Actions are ranked by priority", "The designations employed",
                "Funding still to be found"]
    assert [e for e in expected if e not in sample_text] == []


def test_the_summary_never_adds_up_two_currencies(demo_master: Path, sample_text: str) -> None:
    ws = Workshop.open(demo_master, readonly=True)
    try:
        actions = ws.records("actions")
    finally:
        ws.close()
    totals = pa.currency_totals(actions)
    assert len([t for t in totals if t.currency]) == 3  # EUR, LVD, USD in the sample
    mixed = f"{int(sum(t.cost for t in totals)):,}"
    assert mixed not in sample_text
    for t in totals:
        if t.currency:
            assert f"{t.currency} {int(t.cost):,}" in sample_text


def test_a_report_without_personal_data_has_no_signatory_name(
        demo_master: Path, tmp_path: Path) -> None:
    text = _render(demo_master, tmp_path / "anon.pdf", personal_data=False)
    assert WORKSHOP["signatory"] not in text
    assert "Minister of Planning and Development, Chair" in text  # the position stays
    assert "Signature" in text


def test_empty_fields_give_the_standard_disclaimer_and_derived_next_steps(
        empty_ws: Workshop, tmp_path: Path) -> None:
    ws = empty_ws
    ws.insert("actions", {"title": "First", "start_year": 2027, "end_year": 2028,
                          "cost": 10.0, "currency": "USD"})
    ws.insert("actions", {"title": "Second", "start_year": 2029, "end_year": 2029})
    ws.insert("reviews", {"title": "Budget call", "date": "2027-02-15", "kind": "budget"})
    ws.insert("reviews", {"title": "Final evaluation", "date": "2030-12-01", "kind": "final"})
    out = tmp_path / "empty.pdf"
    write_pdf(ws, out, ReportOptions())
    text = pdf_text(out)
    assert "This report has not been validated yet." in text
    assert "The designations employed and the presentation of material" in text
    assert "due to start in 2027 (1 of them); the latest start year recorded is 2029" in text
    assert "holds 2 dates, from “Budget call”" in text
    assert "through these budget preparation rounds: Budget call" in text
    assert "Foreword" not in text  # none given: no empty chapter


def test_the_workshop_disclaimer_replaces_the_standard_one(empty_ws: Workshop,
                                                           tmp_path: Path) -> None:
    ws = empty_ws
    ws.update("workshop", ws.workshop()["id"], {"disclaimer": "Our own words on liability."})
    out = tmp_path / "own.pdf"
    write_pdf(ws, out, ReportOptions())
    text = pdf_text(out)
    assert "Our own words on liability." in text
    assert "The designations employed" not in text


def test_acronyms_are_derived_sorted_and_listed_once(empty_ws: Workshop) -> None:
    ws = empty_ws
    ws.insert("stakeholders", {"name": "Ministry of Finance", "acronym": "MOF",
                               "type": "gov_line"})
    ws.insert("stakeholders", {"name": "Our IOM office", "acronym": "IOM", "type": "un_intl"})
    ws.insert("stakeholders", {"name": "No acronym", "type": "gov_line"})
    ws.insert("instrument_status", {"instrument": "icrmw", "status": "signed"})
    ws.insert("instrument_status", {"instrument": "ilo_c097", "status": "not_party"})
    found = acronyms(ws)
    shorts = [s for s, _ in found]
    assert shorts == sorted(shorts, key=str.casefold)
    assert len(shorts) == len(set(shorts))
    meaning = dict(found)
    assert meaning["MOF"] == "Ministry of Finance"
    assert meaning["IOM"] == "Our IOM office"  # the workshop's spelling wins
    assert meaning["ICRMW"].startswith("International Convention on the Protection")
    assert "ILO C097" not in meaning  # a short name, not an acronym
    assert {"SDG", "GCM", "ODA", "UPR", "ILO", "UNDP"} <= set(meaning)


def test_acronyms_never_come_from_personal_fields(empty_ws: Workshop) -> None:
    """A participant's position "Head, Zephyr Quality Unit (ZQU)" is personal data: it
    defines an acronym only in a report that prints it."""
    ws = empty_ws
    ws.insert("participants", {"name": "A. Person", "position": "Head, Zephyr Quality Unit (ZQU)"})
    ws.insert("stakeholders", {"name": "Board of Lorvanian Tea Growers (BLTG)",
                               "type": "gov_line"})
    shared = dict(acronyms(ws, personal_data=False))
    assert "ZQU" not in shared and "BLTG" in shared
    assert "ZQU" in dict(acronyms(ws, personal_data=True))


@pytest.mark.parametrize("language", ["ar", "zh"])
def test_arabic_and_chinese_reports_render_the_new_sections(
        demo_master: Path, tmp_path: Path, language: str) -> None:
    out = tmp_path / f"{language}.pdf"
    text = _render(demo_master, out, language=language)
    assert len(PdfReader(out).pages) > 40
    for code in ("EUR", "LVD", "USD", "Selin Arvan"):
        assert code in text or code[::-1] in text


# ALL-CAPS words of the sample report that are not abbreviations: the grid's quadrant
# names, indicator code prefixes (LDP-3.1, MP-1, PX-1), the first half of UPA-MRC, a
# decision number (CM/2025/117) and a UN document symbol (E/CN.3/2025/6); the charts'
# rotated labels are left out (pdftotext -nodiag)
NOT_ABBREVIATIONS = {"KEEP", "MANAGE", "CLOSELY", "SATISFIED", "INFORMED", "MONITOR", "LDP",
                     "MP", "PX", "UPA", "CM", "CN",
                     "RES"}  # "A/RES/73/195": part of a UN document symbol


def test_every_abbreviation_of_the_sample_report_is_in_its_list(demo_master: Path,
                                                                 tmp_path: Path) -> None:
    import re
    import subprocess

    from mainstream_desktop.report import ReportOptions, write_pdf

    ws = Workshop.open(demo_master, readonly=True)
    try:
        listed = {a for a, _ in acronyms(ws, personal_data=True)}  # as the report below
        pdf = write_pdf(ws, tmp_path / "r.pdf", ReportOptions())
    finally:
        ws.close()
    text = subprocess.run(["pdftotext", "-nodiag", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    words = set(re.findall(r"(?<![\w-])([A-Z][A-Za-z]{0,2}[A-Z][A-Z0-9]*)(?![\w])", text))
    assert words - listed - NOT_ABBREVIATIONS == set()
    assert {"LVD", "LFS", "MICS", "DRR", "TVET", "UNHCR", "WHO", "NGO", "AU", "OAU", "GDP",
            "BoP", "CAT", "USD", "EUR"} <= listed


def test_abbreviations_a_text_defines_are_found() -> None:
    from mainstream_desktop.report.front_matter import defined_abbreviations

    assert defined_abbreviations("Costs are in Lorvanian dollars (LVD) and euros.") == [
        ("Lorvanian dollars", "LVD")]
    assert defined_abbreviations("the Labour Force Survey (LFS) of 2025") == [
        ("Labour Force Survey", "LFS")]
    assert defined_abbreviations("a survey (LFS)") == []  # the letters are not there


def test_a_dropped_action_is_no_priority_and_not_counted_in_the_summary(
        empty_ws: Workshop, tmp_path: Path) -> None:
    ws = empty_ws
    ws.insert("actions", {"title": "Live plan item", "priority": "medium", "cost": 100,
                          "currency": "USD"})
    ws.insert("actions", {"title": "Cancelled idea", "priority": "high", "cost": 900,
                          "currency": "USD", "status": sorted(pa.DROPPED)[0]})
    out = tmp_path / "dropped.pdf"
    write_pdf(ws, out, ReportOptions())
    text = " ".join(pdf_text(out).split())
    start = text.index("Executive summary", text.index("Executive summary") + 1)  # not contents
    summary = text[start:text.index("Table 1. Top priorities", start) + 300]
    assert "Live plan item" in summary and "Cancelled idea" not in summary
    assert "900" not in summary and "1 action" in summary
