"""Tables across pages: a table starts where it is, continues under a repeated head, and
never leaves its head with one or two rows at the foot of a page."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer

from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.fonts import register_fonts
from mainstream_desktop.report.styles import make_styles
from mainstream_desktop.report.tables import ORPHAN_ROWS, data_table

HEADERS = ["Group", "Number"]
ROWS = [[f"Row {i:02d}", str(i)] for i in range(1, 11)]  # a small table: ten rows


def _pages(tmp_path: Path, filler: float) -> list[str]:
    register_fonts()
    ctx = Ctx(None, make_styles(False), "en", True, 450, 700)  # type: ignore[arg-type]
    path = tmp_path / f"t{int(filler)}.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Spacer(1, filler), data_table(ctx, HEADERS, ROWS, numeric=[1])])
    return [page.extract_text() for page in PdfReader(path).pages]


def test_a_small_table_splits_under_a_repeated_head_instead_of_jumping(tmp_path: Path) -> None:
    pages = _pages(tmp_path, 560)  # room for the head and a few rows only
    assert len(pages) == 2
    assert "Row 01" in pages[0], "the table jumped whole to the next page"
    assert "Group" in pages[1] and "Row 10" in pages[1], "no repeated head"


def test_a_table_never_starts_with_fewer_than_its_first_rows(tmp_path: Path) -> None:
    for filler in range(560, 680, 6):
        pages = _pages(tmp_path, filler)
        first = [row for row, _ in ROWS if row in pages[0]]
        assert not first or len(first) >= ORPHAN_ROWS, (filler, first)


def test_a_number_and_its_unit_are_never_cut_inside_a_cell(tmp_path: Path) -> None:
    register_fonts()
    ctx = Ctx(None, make_styles(False), "en", True, 450, 700)  # type: ignore[arg-type]
    rows = [["MP-1 — International migrant stock (foreign-born residents) " * 6, "2025",
             "127,900\u00a0persons", "Population and Housing Census of the Republic 2022 " * 3],
            ["MP-3 — Nationals living abroad", "2024", "781,000 persons", ""]]
    path = tmp_path / "units.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([data_table(ctx, ["Indicator", "Year", "Latest value", "Source"], rows,
                          numeric=[2], wide=[0])])
    lines = [line.split() for p in PdfReader(path).pages for line in p.extract_text().split("\n")]
    for number in ("127,900", "781,000"):
        line = next(words for words in lines if number in words)
        assert line[line.index(number) + 1] == "persons", lines


def test_the_policy_tables_of_every_sector_share_one_width_plan(demo_ws) -> None:
    from mainstream_desktop.report.chapters import sectors
    from mainstream_desktop.report.tables import SplitTable

    register_fonts()
    ctx = Ctx(demo_ws, make_styles(False), "en", True, 481.9, 700)
    story = sectors.build(ctx)
    from mainstream_desktop.report.captioned import Captioned

    # a numbered table is wrapped with its title and source line
    tables = [f.table if isinstance(f, Captioned) else f for f in story]
    policy_tables = [f for f in tables if isinstance(f, SplitTable)
                     and len(f._cellvalues[0]) == 6]
    assert len(policy_tables) >= 10
    assert len({tuple(round(w, 2) for w in t._colWidths) for t in policy_tables}) == 1
