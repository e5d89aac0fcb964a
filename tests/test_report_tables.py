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
