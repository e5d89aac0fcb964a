"""The PDF report of the sample workshop: complete, embedded fonts, page furniture, options."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from mainstream_desktop.core import enums, i18n
from mainstream_desktop.core.errors import Cancelled, UserError
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.report import ReportOptions, write_pdf


def pdf_text(path: Path) -> str:
    """All text of a PDF with runs of whitespace collapsed (cells wrap over lines)."""
    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def sample_pdf(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample workshop's report with default options, written once for this module."""
    ws = Workshop.open(demo_master, readonly=True)
    try:
        return write_pdf(ws, tmp_path_factory.mktemp("pdf") / "sample.pdf", ReportOptions())
    finally:
        ws.close()


@pytest.fixture(scope="module")
def sample_text(sample_pdf: Path) -> str:
    return pdf_text(sample_pdf)


@pytest.fixture(scope="module")
def variant_pdf(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """US Letter, no personal data, watermark and logo: every option off its default."""
    from PIL import Image

    folder = tmp_path_factory.mktemp("variant")
    logo = folder / "logo.png"
    Image.new("RGB", (300, 120), (30, 60, 95)).save(logo)
    ws = Workshop.open(demo_master, readonly=True)
    try:
        return write_pdf(ws, folder / "variant.pdf", ReportOptions(
            paper="letter", personal_data=False, watermark=True, logo=logo))
    finally:
        ws.close()


def test_every_chapter_heading_is_in_the_report(sample_text: str) -> None:
    steps = dict(enums.STEPS)
    expected = ["Contents", "Executive summary", "Main gaps", "Top priorities",
                "1. The migration situation", "2. The workshop"]
    expected += [f"{n}. {steps[key]}" for n, key in
                 enumerate(("commitment", "institutions", "data", "sectors", "actions"), 3)]
    expected += ["Power–interest grid", "Relations between stakeholders", "Indicator coverage",
                 "Disaggregation gaps", "Policy coherence overview", "Prioritised actions",
                 "Annex A. Participants", "Annex B. Reference lists used"]
    missing = [h for h in expected if h not in sample_text]
    assert missing == []


def test_every_stakeholder_and_action_is_in_the_report(demo_master: Path,
                                                       sample_text: str) -> None:
    ws = Workshop.open(demo_master, readonly=True)
    try:
        names = [flat(r["name"]) for r in ws.records("stakeholders")]
        actions = [flat(r["title"]) for r in ws.records("actions")]
        participants = [flat(r["name"]) for r in ws.records("participants")]
    finally:
        ws.close()
    assert len(names) == 40
    assert [n for n in names + actions + participants if n not in sample_text] == []


def test_page_x_of_y_and_a4(sample_pdf: Path, sample_text: str) -> None:
    reader = PdfReader(sample_pdf)
    pages = len(reader.pages)
    assert pages > 20
    assert f"Page 2 of {pages}" in sample_text and f"Page {pages} of {pages}" in sample_text
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    # the outline (bookmarks) lists the chapters
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Executive summary" in titles and "Annex A. Participants" in titles


def test_table_of_contents_points_at_the_right_pages(sample_pdf: Path) -> None:
    reader = PdfReader(sample_pdf)
    # the contents follow the cover and the approval page
    contents = next(text for text in (flat(p.extract_text()) for p in reader.pages[1:5])
                    if "Contents" in text and "5. Data inventory" in text)
    match = re.search(r"5\. Data inventory\D*(\d+)", contents)
    assert match, contents[:300]
    page = int(match.group(1))
    assert "5. Data inventory" in flat(reader.pages[page - 1].extract_text())


def test_every_font_is_embedded(sample_pdf: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    out = subprocess.run(["pdffonts", str(sample_pdf)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    assert out, "no fonts listed"
    not_embedded = [line for line in out if line.split()[-5] != "yes"]
    assert not_embedded == []
    assert not any("Helvetica" in line for line in out)


def test_options_letter_no_personal_data_watermark_logo(variant_pdf: Path,
                                                        demo_master: Path) -> None:
    reader = PdfReader(variant_pdf)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = pdf_text(variant_pdf)
    assert "Draft for validation" in text
    assert "Annex A. Reference lists used" in text and "Participants by sex and role" in text
    ws = Workshop.open(demo_master, readonly=True)
    try:
        people = [r["name"] for r in ws.records("participants")]
        focal = [r["focal_point"] for r in ws.records("commitments") if r["focal_point"]]
    finally:
        ws.close()
    assert [p for p in people + focal if p in text] == []
    images = [name for name, obj in reader.pages[0]["/Resources"]["/XObject"].items()
              if obj.get_object()["/Subtype"] == "/Image"]
    assert images, "the logo is not on the cover"


def test_cancel_leaves_no_file_and_keeps_the_old_one(demo_ws: Workshop, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old report")
    seen: list[tuple[int, int]] = []

    def cancel() -> bool:
        # well into the page layout, however many checks the chapters make while building
        return sum(done > 200 for done, _ in seen) >= 2

    with pytest.raises(Cancelled):
        write_pdf(demo_ws, target, ReportOptions(), progress=lambda d, t: seen.append((d, t)),
                  cancel=cancel)
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf", "sample.mainstream"]
    assert seen and seen[-1][0] > 200  # it was cancelled during layout, not before


def test_progress_rises_to_the_total(empty_ws: Workshop, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_pdf(empty_ws, tmp_path / "r.pdf", ReportOptions(),
              progress=lambda d, t: seen.append((d, t)))
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1]


def test_bad_logo_and_options_are_user_errors(empty_ws: Workshop, tmp_path: Path) -> None:
    not_image = tmp_path / "logo.png"
    not_image.write_text("this is not a picture", encoding="utf-8")
    target = tmp_path / "r.pdf"
    for options in (ReportOptions(logo=not_image), ReportOptions(logo=tmp_path / "none.png"),
                    ReportOptions(paper="a3"), ReportOptions(language="xx")):
        with pytest.raises(UserError):
            write_pdf(empty_ws, target, options)
    with pytest.raises(UserError):
        write_pdf(empty_ws, tmp_path / "no" / "such" / "r.pdf", ReportOptions())
    assert not target.exists() and not any(p.suffix == ".part" for p in tmp_path.iterdir())


def test_language_is_restored_after_export(empty_ws: Workshop, tmp_path: Path) -> None:
    before = i18n.current_language()
    write_pdf(empty_ws, tmp_path / "r.pdf", ReportOptions(language="fr"))
    assert i18n.current_language() == before
    assert i18n.tr("Report", "Contents") == "Contents"


def test_the_pdf_says_what_it_is_who_made_it_when_and_in_which_language(
        sample_pdf: Path) -> None:
    import datetime as dt

    reader = PdfReader(sample_pdf)
    meta = reader.metadata
    assert meta.title.startswith("National consultation on mainstreaming migration")
    assert meta.author == "Ministry of Planning and Development with IOM and UNDP"
    assert "Republic of Lorvania" in meta["/Keywords"] and meta.subject
    made = meta.creation_date
    assert made is not None and made.year >= 2025  # not reportlab's invariant 2000-01-01
    assert abs((dt.datetime.now(dt.UTC) - made.astimezone(dt.UTC))
               .total_seconds()) < 24 * 3600
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_dates_are_written_day_month_year_as_the_un_writes_them(sample_text: str) -> None:
    assert "24–26 November 2026" in sample_text and "26 November 2026" in sample_text
    assert "November 24, 2026" not in sample_text


def test_the_draft_mark_is_drawn_over_the_content_not_under_it(variant_pdf: Path) -> None:
    """Every page's content stream ends with the mark, so no table or chart covers it."""
    reader = PdfReader(variant_pdf)
    for number in (0, 5, len(reader.pages) - 1):
        data = reader.pages[number].get_contents().get_data()
        last = data[data.rfind(b"BT"):]
        assert b"Draft for validation" in last, number
        assert data.rfind(b" gs") > max(data.rfind(b" re"), data.rfind(b" l S")), number


def test_the_running_head_is_the_short_title_or_the_title_cut_at_a_word(
        sample_text: str, empty_ws: Workshop, tmp_path: Path) -> None:
    assert "into the Lorvania… " in sample_text or "into the Lorvania…" in sample_text
    assert "Lorvania Develo…" not in sample_text
    w = empty_ws.workshop()
    empty_ws.update("workshop", w["id"], {"short_title": "Lorvania consultation 2026"})
    pdf = write_pdf(empty_ws, tmp_path / "short.pdf", ReportOptions())
    second = PdfReader(pdf).pages[1].extract_text()
    assert "Lorvania consultation 2026" in second


def test_figures_are_numbered_by_chapter_sourced_and_listed_with_their_pages(
        sample_pdf: Path, sample_text: str) -> None:
    reader = PdfReader(sample_pdf)
    assert re.search(r"Figure \d\.\d\. Stakeholders by influence and interest", sample_text)
    assert "Source: workshop data, 26 November 2026." in sample_text
    # the contents and the list of figures follow the cover and the approval page
    contents = " ".join(flat(reader.pages[i].extract_text()) for i in (2, 3))
    listed = re.findall(r"Figure (\d+)\.(\d+)\. [^.]*?\.* ?(\d+)(?= Figure| Mainstreaming|$)",
                        contents[contents.index("Figures"):])
    assert len(listed) >= 4, contents[contents.index("Figures"):][:400]
    for chapter, number, page in listed:
        assert f"Figure {chapter}.{number}." in flat(reader.pages[int(page) - 1].extract_text())


def test_the_summary_words_unmet_checks_as_gaps_and_never_adds_currencies(
        empty_ws: Workshop, tmp_path: Path) -> None:
    ws = empty_ws
    ws.insert("actions", {"title": "Survey", "cost": 1000, "currency": "usd"})
    ws.insert("actions", {"title": "Fund", "cost": 500, "currency": "EUR", "indicator": None})
    ws.insert("actions", {"title": "Desk", "cost": 250})
    text = pdf_text(write_pdf(ws, tmp_path / "s.pdf", ReportOptions()))
    assert "Workshop: no participants are registered." in text
    assert "Workshop: Participants registered" not in text
    from mainstream_desktop.core.completeness import completeness
    assert "Some actions have no indicator" in completeness(ws)["actions"].gaps
    start = text.index("The action plan holds")
    summary = text[start:text.index("Main gaps", start)]
    assert "USD 1,000, EUR 500 and 250 in a currency not stated" in summary
    assert "1,750" not in summary


def test_french_summary_counts_take_the_french_plural(demo_master: Path,
                                                      tmp_path: Path) -> None:
    ws = Workshop.open(demo_master, readonly=True)
    try:
        pdf = write_pdf(ws, tmp_path / "fr.pdf", ReportOptions(language="fr"))
    finally:
        ws.close()
    text = pdf_text(pdf)
    assert "dont 1 adoptés" not in text
    assert re.search(r"1 (d’entre eux|d'entre eux)[^.]* est ", text) or "1 est adopté" in text


def test_the_sdg_revision_note_sits_with_the_sdg_annex(sample_text: str) -> None:
    note = sample_text.index("SDG titles follow the global indicator framework")
    assert sample_text.index("SDG targets and indicators", sample_text.index("Annex B")) < note
    assert note < sample_text.rindex("Objectives of the Global Compact for Migration")


def test_what_the_expert_review_found_stays_fixed(sample_pdf: Path, sample_text: str) -> None:
    """Dates within a month, ties, small percentages, the colophon, percent style."""
    assert "24–26 November 2026" in sample_text
    assert "24 November 2026 to 26 November 2026" not in sample_text
    assert re.search(r"the least coherent, at 2\.0, are [^.]+ and ", sample_text)
    assert "0.0 %" not in sample_text and "0.02% (2025)" in sample_text
    assert not re.search(r"\d %", sample_text.replace("\u00a0", " ")), "English writes 42%"
    from mainstream_desktop.report.chapters.financing import percent
    from mainstream_desktop.report.context import Ctx
    from mainstream_desktop.report.styles import make_styles

    assert [percent(Ctx(None, make_styles(False), lang, True, 1, 1), 0.42)  # type: ignore
            for lang in ("en", "fr")] == ["42%", "42\u00a0%"]
    reader = PdfReader(sample_pdf)
    assert "produced on" not in reader.pages[0].extract_text()
    assert "Report produced on" in flat(reader.pages[-1].extract_text())
