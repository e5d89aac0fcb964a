"""Text in every script reaches the PDF intact: escaping, fonts, Arabic shaping and order."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from mainstream_desktop.core.store import Workshop
from mainstream_desktop.report import ReportOptions, write_pdf
from mainstream_desktop.report.bidi import base_rtl, break_lines, visual
from mainstream_desktop.report.fonts import CHAIN, markup, register_fonts, runs, text_width

TRICKY = ["R&D <Unit>", "=SUM(A1)", "+1", "-x", "@home", "a <b> c & d;",
          "Министерство труда", "劳动部", "وزارة الصحة"]
MANDATE = " ".join(f"Clause {i} applies & binds <all> parties." for i in range(1, 200))[:5000]


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


def arabic_found(word: str, text: str) -> bool:
    """Arabic comes out in visual order as presentation forms: normalise, then look for the
    word as written or reversed (the PDF stores it drawn right to left)."""
    norm = unicodedata.normalize("NFKC", text)
    return word in norm or word[::-1] in norm


@pytest.fixture
def tricky_ws(empty_ws: Workshop) -> Workshop:
    ids = []
    for i, name in enumerate(TRICKY):
        mandate = MANDATE if i == 0 else None
        ids.append(empty_ws.insert("stakeholders", {
            "name": name, "type": "gov_line", "influence": 1 + i % 5, "interest": 5 - i % 5,
            "mandate": mandate}).record_id)
    empty_ws.insert("links", {"source": ids[0], "target": ids[-1], "kind": "funds"})
    empty_ws.insert("actions", {"title": "=HYPERLINK(\"http://x\") <script>", "priority": "high",
                                "description": MANDATE, "responsible": ids[-1]})
    return empty_ws


def test_tricky_strings_survive_in_english_and_arabic_reports(tricky_ws: Workshop,
                                                              tmp_path: Path) -> None:
    for language in ("en", "ar"):
        target = write_pdf(tricky_ws, tmp_path / f"{language}.pdf",
                           ReportOptions(language=language))
        text = pdf_text(target)
        for name in TRICKY[:-1]:
            assert name in text, (language, name)
        assert arabic_found("وزارة الصحة", text), language
        assert "=HYPERLINK(\"http://x\") <script>" in text
        # the 5,000-character mandate and description come out whole, to the last clause
        assert MANDATE[-60:].strip() in text
        assert text.count("Clause 1 applies") >= 2


def test_20000_character_texts_flow_across_pages(empty_ws: Workshop, tmp_path: Path) -> None:
    """A text as long as a field allows, in a table cell and in a sector card, may not
    stop the export (a table row taller than a page is reportlab's LayoutError)."""
    big = " ".join(f"Point {i}: evidence & <notes>." for i in range(1, 1200))[:20000]
    sector = empty_ws.insert("sectors", {"sector": "health"}).record_id
    empty_ws.insert("assessments", {"sector": sector, "recommendations": big,
                                    "coherence_score": 2})
    empty_ws.insert("readiness", {"item": "high_level_decision", "status": "no",
                                  "evidence": big})
    empty_ws.insert("actions", {"title": "Long", "description": big})
    text = pdf_text(write_pdf(empty_ws, tmp_path / "long.pdf", ReportOptions()))
    assert text.count(big[-40:].strip()) == 3


def test_an_empty_workshop_exports(empty_ws: Workshop, tmp_path: Path) -> None:
    target = write_pdf(empty_ws, tmp_path / "empty.pdf", ReportOptions())
    text = pdf_text(target)
    assert "Empty" in text and "Executive summary" in text and "None recorded." in text
    assert len(PdfReader(target).pages) >= 5


def test_markup_escapes_and_picks_a_font_per_script() -> None:
    register_fonts()
    assert markup("R&D <Unit>") == "R&amp;D &lt;Unit&gt;"
    assert markup("a\nb") == "a<br/>b"
    mixed = markup("Labour 劳动部 وزارة")
    assert 'face="MD-CJK"' in mixed and 'face="MD-Arabic"' in mixed
    assert 'face="MD-Arabic-Bold"' in markup("وزارة", bold=True)
    assert [i for i, _ in runs("abc Ωμέγα")] == [0]  # Greek is in Noto Sans
    assert {face.name for face in CHAIN} >= {"MD-Sans", "MD-Arabic", "MD-CJK"}


def test_arabic_is_shaped_and_reversed_and_lines_keep_their_order() -> None:
    register_fonts()
    shown = visual("وزارة الصحة", True)
    assert all(0xFE70 <= ord(ch) <= 0xFEFF or ch == " " for ch in shown)  # joined forms
    assert unicodedata.normalize("NFKC", shown) == "وزارة الصحة"[::-1]
    assert base_rtl("وزارة 12") and not base_rtl("Ministry وزارة") and base_rtl("12", True)
    words = " ".join(f"كلمة{i}" for i in range(60))
    lines = break_lines(words, 150, 10)
    assert len(lines) > 3
    assert all(text_width(line, 10) <= 150 for line in lines)
    assert " ".join(lines).split() == words.split()  # logical order kept, line by line


def test_an_overlong_word_is_cut_to_fit() -> None:
    register_fonts()
    lines = break_lines("x" * 400, 100, 9)
    assert "".join(lines) == "x" * 400 and all(text_width(line, 9) <= 100 for line in lines)


def test_a_number_never_leaves_its_sign_label_or_unit_at_a_line_end() -> None:
    from reportlab.lib.styles import ParagraphStyle

    from mainstream_desktop.report.context import Ctx
    from mainstream_desktop.report.fonts import SANS, tie
    from mainstream_desktop.report.styles import make_styles

    assert tie("Short term (< 1 year)") == "Short term (<\u00a01\u00a0year)"
    assert tie("SDG 10.7.1, 12 %, USD 1,200, 300 EUR, 5 000 000") == (
        "SDG\u00a010.7.1, 12\u00a0%, USD\u00a01,200, 300\u00a0EUR, 5\u00a0000\u00a0000")
    register_fonts()
    ctx = Ctx(None, make_styles(False), "en", True, 400, 600)  # type: ignore[arg-type]
    style = ParagraphStyle("t", fontName=SANS, fontSize=10, leading=12)
    text = "Timeframe: medium words here (< 1 year) and SDG 10.7.1 then 12 % done"
    for width in range(80, 300, 3):  # wherever the lines break, never inside a tie
        para = ctx.p(text, style)
        para.wrap(width, 1000)
        lines = [" ".join(w.text if hasattr(w, "text") else str(w) for w in line.words)
                 .strip() for line in para.blPara.lines]
        for line in lines:
            assert not line.endswith(("<", "SDG", "12")), (width, lines)
