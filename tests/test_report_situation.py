"""The situation chapter: key figures, trends, breakdowns, what is missing; values printed
with the precision they need; ages judged against the workshop, not today."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from mainstream_desktop.core import demo_data, evidence
from mainstream_desktop.core.evidence import (
    decimals,
    format_number,
    format_quantity,
    is_stale,
)
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.report import ReportOptions, write_pdf
from mainstream_desktop.report.charts.trend import nice_ceiling, trend_grid, wrap_two
from mainstream_desktop.report.fonts import register_fonts, text_width


def _text(path: Path, first: int = 0, last: int | None = None) -> str:
    pages = PdfReader(path).pages[first:last]
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


@pytest.fixture(scope="module")
def sample_text(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    ws = Workshop.open(demo_master, readonly=True)
    try:
        pdf = write_pdf(ws, tmp_path_factory.mktemp("sit") / "s.pdf", ReportOptions())
    finally:
        ws.close()
    return _text(pdf)


def _chapter(text: str) -> str:
    """The situation chapter's text: from its title to the next chapter's (the last
    occurrence of the title: the first is in the contents)."""
    start = text.rindex("1. The migration situation")
    return text[start:text.index("2. The workshop", start)]


def test_the_report_opens_with_the_situation_after_the_summary(sample_text: str) -> None:
    summary = sample_text.rindex("Executive summary")  # the chapter, not its contents line
    chapter = sample_text.rindex("1. The migration situation")
    assert summary < chapter < sample_text.index("2. The workshop", chapter)
    for section in ("1.1 Key figures", "1.2 Trends", "1.3 Breakdowns", "1.4 What is missing"):
        assert section in _chapter(sample_text)


def test_key_figures_show_the_latest_total_with_unit_year_and_source(sample_text: str) -> None:
    chapter = _chapter(sample_text)
    for topic in ("Migrant stocks", "Remittances", "Diaspora", "Labour migration",
                  "Refugees and displacement", "Internal migration", "Return migration"):
        assert topic in chapter
    # MP-7, remittances received: 2,505 million USD in 2025, from the balance of payments
    row = chapter[chapter.index("MP-7 — Personal remittances received"):][:160]
    assert "2025" in row and "2,505 million USD" in row and "Balance of Payments" in row
    assert "127,900 persons" in chapter  # the migrant stock, grouped, unit once
    assert "0.02%" in chapter  # SDG 10.7.4: not "0" nor "0.0 %"
    assert "11.4% GDP" in chapter and "6.8%" in chapter


def test_trends_breakdowns_and_missing_are_listed(sample_text: str) -> None:
    chapter = _chapter(sample_text)
    assert "Recorded totals of the indicators with values in at least 3 years" in chapter
    assert "Female: 28,300; Male: 46,200" in chapter  # workers deployed by sex, 2025
    missing = chapter[chapter.index("1.4 What is missing"):]
    no_value = missing[:missing.index("Values older than five years")]
    for code in ("4.b.1", "8.8.1", "LDP-3.2", "PX-2"):
        assert f"{code} — " in no_value
    assert "MP-1 — " not in no_value
    old = missing[missing.index("Values older than five years"):
                  missing.index("Disaggregations asked for but not recorded")]
    assert "MP-6 — Internal migrants" in old and "2019" in old and "2020 or earlier" in old
    assert "MP-1 — " not in old
    lacking = missing[missing.index("Disaggregations asked for but not recorded"):]
    assert "MP-8 — Diaspora size" in lacking  # asks for sex and age, never broken down
    assert "MP-7 — " not in lacking  # asks for none


def test_every_sample_indicator_has_a_topic_and_the_gaps_are_there(demo_master: Path) -> None:
    assert {code for code, *_ in demo_data.INDICATORS} == set(demo_data.INDICATOR_TOPICS)
    ws = Workshop.open(demo_master, readonly=True)
    try:
        ev = evidence.evidence(ws)
    finally:
        ws.close()
    assert all(i.topic for i in ev.indicators)
    assert ev.reference_year == 2026 and ev.values > 200
    assert {i.code for i in ev.no_values} == {"4.b.1", "8.8.1", "LDP-3.2", "PX-2",
                                                  "LDP-4.1"}
    assert [i.code for i in ev.stale] == ["MP-6"]
    mp8 = next(i for i in ev.indicators if i.code == "MP-8")
    assert mp8.has_values and not mp8.breakdowns and mp8.missing_dimensions == ("sex", "age")
    mp9 = next(i for i in ev.indicators if i.code == "MP-9")
    assert [b.dimension for b in mp9.breakdowns] == ["sex", "geographic_location",
                                                      "occupation"]
    assert mp9.latest is not None and (mp9.latest.year, mp9.latest.value) == (2025, 74500)
    assert len(mp9.totals) == 16 and mp9.has_trend


def test_values_keep_the_digits_they_need_in_the_locale() -> None:
    assert format_quantity(0.02, "%", "en") == "0.02%"
    assert format_quantity(0.02, "%", "fr") == "0,02\u00a0%"
    assert format_quantity(0.02, "%", "tr") == "%0,02"  # Turkish writes the sign first
    assert format_quantity(11.4, "% GDP", "en") == "11.4%\u00a0GDP"
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(1234567, "de") == "1.234.567"
    assert format_quantity(1234567, "persons", "en") == "1,234,567\u00a0persons"
    assert format_quantity(42.0, "%", "en") == "42%" and format_number(6.8, "en") == "6.8"
    assert format_number(0.0234, "en") == "0.0234" and format_number(0, "en") == "0"
    # at most three significant digits; trailing zeros are dropped (6.80 prints 6.8)
    assert [decimals(v) for v in (127900, 42, 6.8, 0.02, -0.5, 0)] == [0, 1, 2, 4, 3, 0]
    assert format_number(1e40, "en").startswith("10,000,000")  # no decimal overflow


def test_staleness_is_judged_against_the_workshop_not_today(empty_ws: Workshop) -> None:
    assert is_stale(2020, 2026) and not is_stale(2021, 2026) and not is_stale(None, 2026)
    ind = empty_ws.insert("indicators", {"name": "Migrant stock", "framework": "national",
                                         "topic": "stocks", "unit": "persons"}).record_id
    for year, value in ((2014, 900.0), (2016, 1000.0), (2018, 1100.0)):
        empty_ws.insert("indicator_values", {"indicator": ind, "year": year, "value": value})
    w = empty_ws.workshop()
    assert evidence.evidence(empty_ws).reference_year is None
    assert evidence.evidence(empty_ws).stale == []  # no date: no age judged
    empty_ws.update("workshop", w["id"], {"start_date": "2022-03-01"})
    assert evidence.evidence(empty_ws).stale == []  # 2018 is four years before 2022
    empty_ws.update("workshop", w["id"], {"start_date": "2024-03-01"})
    assert [i.name for i in evidence.evidence(empty_ws).stale] == ["Migrant stock"]


def test_an_empty_workshop_says_nothing_is_recorded(empty_ws: Workshop, tmp_path: Path) -> None:
    text = _text(write_pdf(empty_ws, tmp_path / "e.pdf", ReportOptions()))
    assert "1. The migration situation" in text
    assert "No indicator value has been recorded yet." in text
    assert "No indicator has values in 3 or more years yet." in text
    assert "No disaggregated value has been recorded yet." in text


@pytest.mark.parametrize("language", ["ar", "zh"])
def test_the_chapter_renders_right_to_left_and_in_chinese(demo_master: Path, tmp_path: Path,
                                                          language: str) -> None:
    ws = Workshop.open(demo_master, readonly=True)
    try:
        pdf = write_pdf(ws, tmp_path / f"{language}.pdf", ReportOptions(language=language))
    finally:
        ws.close()
    text = _text(pdf, 4, 15)  # the chapter follows the contents and lists of figures and tables
    assert "MP-7" in text and "Population Register" in text


def test_the_trend_grid_draws_one_panel_per_indicator(demo_master: Path) -> None:
    register_fonts()
    ws = Workshop.open(demo_master, readonly=True)
    try:
        series = evidence.evidence(ws).trends
    finally:
        ws.close()
    drawing = trend_grid(series[:6], 480, lambda v, u: format_quantity(v, u, "en"))
    titles = [s.text for g in drawing.contents for s in getattr(g, "contents", [])
              if hasattr(s, "text")]
    for ind in series[:6]:
        assert sum(t.startswith(f"{ind.code} —") for t in titles) == 1, ind.code
    assert drawing.height == 2 * 118 and drawing.width == 480
    assert nice_ceiling(127900) == 200000 and nice_ceiling(9.8) == 10 and nice_ceiling(0) == 1
    lines = wrap_two("Workers deployed abroad through registered channels and more", 120, 7)
    assert len(lines) == 2 and all(text_width(line, 7) <= 120 for line in lines)


def test_trend_series_is_one_computation_for_the_report_and_the_window(
        demo_master: Path) -> None:
    """The report's panels and the window's chart draw core.evidence.trend_series: the
    scale is zero-based and round, every breakdown group is a series of its own, and
    the values older than five years before the workshop are the stale ones."""
    ws = Workshop.open(demo_master, readonly=True)
    try:
        ev = evidence.evidence(ws)
    finally:
        ws.close()
    mp1 = next(i for i in ev.indicators if i.code == "MP-1")
    keys = evidence.series_keys(mp1)
    assert keys[0] == ("", "") and ("sex", "Female") in keys and len(keys) == len(set(keys))
    totals = evidence.trend_series(mp1, ev.reference_year)
    assert totals is not None and totals.points == mp1.totals
    assert [p.year for p in totals.points] == sorted({p.year for p in totals.points})
    assert totals.stale == tuple(is_stale(p.year, 2026) for p in totals.points)
    assert any(totals.stale) and not all(totals.stale)
    assert totals.axis.low == 0 and totals.axis.high >= max(p.value for p in totals.points)
    assert all(p.record for p in totals.points)  # the window opens the value behind a dot
    women = evidence.trend_series(mp1, ev.reference_year, "sex", "Female", most_ticks=5)
    assert women is not None and women.dimension == "sex"
    assert women.points != totals.points and len(women.axis.ticks) <= 6
    assert evidence.trend_series(mp1, ev.reference_year, "sex", "Nobody") is None
    undated = evidence.trend_series(mp1, None)
    assert undated is not None and not any(undated.stale)


@pytest.mark.parametrize(("values", "ticks"), [
    ([0.02, 0.031], (0.0, 0.01, 0.02, 0.03, 0.04, 0.05)),
    ([127900, 96400], (0.0, 50000.0, 100000.0, 150000.0, 200000.0)),
    ([6.8, 9.8], (0.0, 2.0, 4.0, 6.0, 8.0, 10.0)),
    ([-3, 5], (-4.0, -2.0, 0.0, 2.0, 4.0, 6.0)),
    ([0, 0], (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)),
])
def test_value_axis_has_round_ticks_through_zero(values, ticks) -> None:
    axis = evidence.value_axis(values, 5)
    assert axis.ticks == ticks
    assert (axis.low, axis.high) == (ticks[0], ticks[-1])
    ends = evidence.value_axis(values)  # the report's small panels: the ends (and zero)
    assert ends.low <= min(values) and ends.high >= max(values) and len(ends.ticks) <= 3
    assert format_quantity(0.02, "%", "en") == "0.02%"


@pytest.mark.parametrize("values", [
    [-0.039, 49.8e6], [-49.8e6, 0.039], [1.7e308], [-1e300, 5.0], [1e300, -1e300],
])
def test_value_axis_holds_tiny_opposite_signs_and_survives_absurd_values(values) -> None:
    """Found in review: a tiny value of the other sign fell below the axis, and a
    mistyped "1E300" stopped the export with a traceback (overflow, babel's decimals)."""
    axis = evidence.value_axis(values, 5)
    limit = evidence.AXIS_LIMIT
    assert axis.low <= max(min(values), -limit) and axis.high >= min(max(values), limit)
    assert all(0.0 <= axis.fraction(v) <= 1.0 for v in values)
    for v in values:
        assert format_quantity(v, "persons", "en") and format_quantity(v, "%", "ar")


def test_an_absurd_value_still_exports(demo_master: Path, tmp_path: Path) -> None:
    from mainstream_desktop.core.batch import Op

    path = tmp_path / "huge.mainstream"
    shutil.copyfile(demo_master, path)
    ws = Workshop.open(path)
    totals = [r for r in ws.records("indicator_values") if not r["dimension"]]
    ws.run([Op.update("indicator_values", totals[0]["id"], {"value": 1.7e308}),
            Op.update("indicator_values", totals[1]["id"], {"value": -1e300})])
    assert write_pdf(ws, tmp_path / "huge.pdf", ReportOptions()).stat().st_size > 0
    ws.close()
