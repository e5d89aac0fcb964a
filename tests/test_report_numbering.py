"""Numbered tables: "Table 4.1." per chapter ("Table A.1." in annex A), the title above
the table and the source line below, kept with it; a list of tables after the list of
figures whose page numbers are right; no table cell taller than about half a page."""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from mainstream_desktop.core.store import Workshop
from mainstream_desktop.report.build import ReportOptions, write_pdf

ROOT = Path(__file__).resolve().parents[1] / "mainstream_desktop" / "report"
CAPTION = re.compile(r"^Table ((?:(\d+|[A-Z])\.)?(\d+))\. (.+)$")
SOURCE = re.compile(r"^Source: ")


def _lines(page) -> list[str]:
    return [line.strip() for line in page.extract_text().split("\n") if line.strip()]


@pytest.fixture(scope="module")
def report(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    ws = Workshop.open(demo_master, readonly=True)
    try:
        return PdfReader(write_pdf(ws, tmp_path_factory.mktemp("pdf") / "n.pdf",
                                   ReportOptions()))
    finally:
        ws.close()


def _listed(reader: PdfReader) -> list[tuple[str, str, int]]:
    """(number, title, page) of each line of the list of tables."""
    out: list[tuple[str, str, int]] = []
    for page in reader.pages[1:8]:
        lines = _lines(page)
        for line, after in itertools.pairwise(lines):
            m = CAPTION.match(line)
            if m and after.isdigit():
                out.append((m.group(1), m.group(4), int(after)))
    return out


def test_tables_are_numbered_in_order_per_chapter_and_listed_with_their_pages(
        report: PdfReader) -> None:
    listed = _listed(report)
    assert len(listed) >= 40, listed
    counts: dict[str, int] = {}
    chapters: list[str] = []
    for number, _, _ in listed:
        prefix, _, n = number.rpartition(".")
        counts[prefix] = counts.get(prefix, 0) + 1
        assert int(n) == counts[prefix], f"Table {number} out of sequence"
        if prefix not in chapters:
            chapters.append(prefix)
    # the summary's table, then chapters 1–7 in order, then the annexes by letter
    numeric = [c for c in chapters if c.isdigit()]
    assert numeric == sorted(numeric, key=int) and "1" in numeric and "7" in numeric
    assert [c for c in chapters if c.isalpha()] == ["A", "B"]
    assert chapters.index("B") > chapters.index("7")
    # every listed title is printed, in full, on the page the list gives
    for number, title, page in listed:
        text = " ".join(_lines(report.pages[page - 1]))
        assert f"Table {number}. {title.rstrip('…')}" in text, (number, page)
    # and every numbered table in the body is in the list
    body = [m.group(1) for page in report.pages[6:] for line in _lines(page)
            if (m := CAPTION.match(line))]
    assert body == [number for number, _, _ in listed]


def test_a_title_is_never_left_at_a_page_foot_nor_a_source_line_at_a_page_top(
        report: PdfReader) -> None:
    checked = 0
    for i, page in enumerate(report.pages[6:], start=7):
        body = _lines(page)[2:-2]  # the running head and the footer
        if not body:
            continue
        assert not CAPTION.match(body[-1]), f"page {i} ends on a table's title"
        assert not SOURCE.match(body[0]), f"page {i} starts with a source line"
        if CAPTION.match(body[0]):  # a table starting a page keeps its rows under it
            assert len(body) > 3, i
        checked += 1
    assert checked > 40


def test_each_table_has_its_source_under_it_and_the_sdg_table_its_note(
        report: PdfReader) -> None:
    text = "\n".join("\n".join(_lines(p)) for p in report.pages[6:])
    captions = len(CAPTION.findall(text)) or len(re.findall(r"^Table \S+\. ", text, re.M))
    sources = len(re.findall(r"^Source: ", text, re.M))
    # one source line per numbered table; figures have theirs too
    figures = len(re.findall(r"^Figure \d+\.\d+\. ", text, re.M))
    assert sources == captions + figures, (sources, captions, figures)
    sdg = text[text.index("SDG targets and indicators\nCode"):]
    note = sdg.index("SDG titles follow the global indicator framework")
    assert note < sdg.index("Source: United Nations, global indicator framework")


def test_every_chapter_table_is_numbered_and_the_rule_is_kept() -> None:
    """Every data_table in the chapters, the summary and the annexes has a caption; only
    the list of acronyms (front matter, a layout table) has none."""
    missing = []
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "data_table"
                    and not any(k.arg == "caption" for k in node.keywords)):
                missing.append(f"{path.name}:{node.lineno}")
    assert missing == [f"front_matter.py:{_acronym_line()}"], missing


def _acronym_line() -> int:
    text = (ROOT / "front_matter.py").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(text, 1) if "out.append(data_table(" in line)


@pytest.mark.parametrize("language", ["ar", "zh"])
def test_numbers_and_the_list_in_other_scripts(demo_master: Path, tmp_path: Path,
                                               report: PdfReader, language: str) -> None:
    ws = Workshop.open(demo_master, readonly=True)
    try:
        other = PdfReader(write_pdf(ws, tmp_path / f"{language}.pdf",
                                    ReportOptions(language=language)))
    finally:
        ws.close()
    english = [n for n, _, _ in _listed(report)]
    text = " ".join(" ".join(_lines(p)) for p in other.pages)
    # Western digits as in the chapter and figure numbers, the same tables in each language
    # (each language punctuates the caption its own way: "Table 1.1." but "表1.1\u3000")
    # and a right-to-left line shows the caption's period before the number: ".1.6")
    found = [n for n in english
             if re.search(rf"(?<!\d)(?<!\d\.){re.escape(n)}(?!\d|\.\d)", text)]
    assert found == english


# --- a cell never taller than about half a page -----------------------------------------

def _long(words: int) -> str:
    return " ".join(f"word{i % 97}" for i in range(words))


def test_a_20000_character_value_is_cut_with_a_note_and_the_export_succeeds(
        demo_ws: Workshop, tmp_path: Path) -> None:
    ws = demo_ws
    huge = _long(2900)  # about 20,000 characters
    assert len(huge) > 19_000
    stakeholder = ws.records("stakeholders")[0]
    ws.update("stakeholders", stakeholder["id"], {"gaps": huge})
    action = ws.records("actions")[0]
    ws.update("actions", action["id"], {"description": huge})
    status = ws.records("instrument_status")[0]
    ws.update("instrument_status", status["id"], {"implementation": huge})
    readiness = ws.records("readiness")[0]
    ws.update("readiness", readiness["id"], {"evidence": "数" * 20_000})  # no spaces at all
    review = next(iter(ws.records("reviews")))
    ws.update("reviews", review["id"], {"scope": "line\n" * 3000})  # a tall cell of breaks
    for language in ("en", "zh", "ar"):
        pdf = write_pdf(ws, tmp_path / f"long-{language}.pdf", ReportOptions(language=language))
        reader = PdfReader(pdf)
        text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
        assert "word96" in text  # the value is there
        if language == "en":
            # gaps, description, implementation, evidence and scope: each cut, its note
            # mark in the cell and its whole text under the table
            cut = re.findall(r"continued in note ([a-z]) under the table", text)
            assert len(cut) >= 5, cut
            notes = re.findall(r"Note ([a-z]) \(", text)
            assert len(notes) >= len(cut), (cut, notes)
            assert text.count("word95 word96") >= 3 * 30  # the whole texts, not only starts
        assert len(reader.pages) < 200


def test_fit_cell_keeps_a_value_that_fits_and_cuts_at_a_word() -> None:
    from mainstream_desktop.report.fonts import register_fonts
    from mainstream_desktop.report.tables import fit_cell

    register_fonts()
    assert fit_cell("Ministry of Labour", 100, 8.2, 4, "…") == "Ministry of Labour"
    text = "alpha beta gamma delta " * 200
    cut = fit_cell(text, 120, 8.2, 6, "… (see note a)")
    kept, _, tail = cut.partition(" … ")
    assert text.startswith(kept) and text[len(kept)] == " "  # cut between two words
    assert tail == "(see note a)"
