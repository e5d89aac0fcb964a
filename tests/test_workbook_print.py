"""The workbook as a form people print and fill in (issue 15): page set-up, row heights that
show wrapped text, date cells, and reference cells written as their drop-down offers them."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string

from mainstream_desktop.core.registers import REGISTERS
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.workbook import layout, plan_import
from tests.test_workbook_helpers import edit, row_of


@pytest.fixture(scope="module")
def book(sample_master: Path):
    wb = openpyxl.load_workbook(sample_master)
    yield wb
    wb.close()


def _effective_scale(sheet) -> float:
    """The scale a sheet's type prints at, from the set-up written: fitted to one page wide
    (the spreadsheet shrinks it to the page, never grows it) or a fixed scale, then with
    the columns of each page between its manual breaks, the title columns repeated."""
    from mainstream_desktop.workbook import sizing

    room = sizing.A4_LANDSCAPE_POINTS
    points = {column_index_from_string(key): sizing.column_points(d.width)
              for key, d in sheet.column_dimensions.items() if d.width and not d.hidden}
    if sheet.sheet_properties.pageSetUpPr.fitToPage:
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert not sheet.col_breaks, sheet.title
        return min(1.0, room / sum(points.values()))
    scale = sheet.page_setup.scale / 100
    titles = re.fullmatch(r"\$A:\$([A-Z]+)", sheet.print_title_cols or "")
    last_title = column_index_from_string(titles.group(1)) if titles else 0
    title = sum(p for c, p in points.items() if c <= last_title)
    edges = [last_title, *(b.id for b in sheet.col_breaks.brk), max(points)]
    assert edges == sorted(edges) and len(set(edges)) == len(edges), (sheet.title, edges)
    for start, end in itertools.pairwise(edges):  # each page: whole columns
        page = title + sum(p for c, p in points.items() if start < c <= end)
        assert page * scale <= room, (sheet.title, start, end, page * scale)
    return scale


def test_every_sheet_prints_landscape_on_a4_as_wide_as_it_reads(book) -> None:
    """One page wide, unless that would print the type below 60 %: then a fixed scale of at
    least 60 % and manual breaks between whole columns (the name column repeats on each
    page). Fitting such a sheet to N pages wide, as before, let the spreadsheet shrink it
    below 60 % (repeated columns, page rounding): the action plan printed at 5 points."""
    for sheet in book.worksheets:
        if sheet.title == layout.LISTS_SHEET:
            continue
        setup = sheet.page_setup
        assert setup.orientation == "landscape", sheet.title
        assert int(setup.paperSize) == int(sheet.PAPERSIZE_A4), sheet.title
        scale = _effective_scale(sheet)
        assert scale >= 0.6, (sheet.title, scale)
        if not sheet.sheet_properties.pageSetUpPr.fitToPage:
            # no more pages across than needed: one page would have printed below 60 %
            assert sheet.col_breaks, sheet.title
            assert int(setup.scale) <= 100, sheet.title
    assert all(book[s].sheet_properties.pageSetUpPr.fitToPage
               for s in ("Members", "Links", "Sectors"))
    actions = book["Actions"]
    assert not actions.sheet_properties.pageSetUpPr.fitToPage
    assert len(actions.col_breaks) >= 2


def test_long_texts_keep_rows_to_a_few_lines(book) -> None:
    """Columns of long texts (the SDG targets an action answers, with their full labels)
    are widened until no row of the action plan takes more than the line budget; the
    rows are still as tall as their text."""
    from mainstream_desktop.workbook import sizing

    sheet = book["Actions"]
    heads = [c.value for c in sheet[1]]
    tallest = 1
    for row in sheet.iter_rows(min_row=2):
        lines = max((sizing.lines(c.value, sheet.column_dimensions[c.column_letter].width)
                     for c in row if isinstance(c.value, str) and c.column > 1), default=1)
        tallest = max(tallest, lines)
        height = sheet.row_dimensions[row[0].row].height
        assert (height or 15) >= min(409, lines * 15), (row[0].row, lines, height)
    assert tallest <= sizing.MAX_LINES
    targets = openpyxl.utils.get_column_letter(heads.index("SDG targets") + 1)
    assert sheet.column_dimensions[targets].width > 40  # widened from 32


def test_header_row_and_name_column_repeat_on_every_page(book) -> None:
    for spec in layout.SHEETS:
        sheet = book[spec.name]
        assert sheet.print_title_rows == "$1:$1", spec.name
        heads = [c.value for c in sheet[1]]
        name = layout.header(spec.reg.field(spec.reg.title_field))
        match = re.fullmatch(r"\$A:\$([A-Z]+)", sheet.print_title_cols or "")
        assert match, (spec.name, sheet.print_title_cols)
        assert heads.index(name) + 1 <= column_index_from_string(match.group(1)), spec.name
        assert sheet.freeze_panes == f"{openpyxl.utils.get_column_letter(heads.index(name) + 2)}2"


def test_row_heights_show_wrapped_text(book, demo_master: Path) -> None:
    with Workshop.open(demo_master, readonly=True) as ws:
        long_text = max(ws.records("assessments"), key=lambda r: len(r.get("migration_effects")
                                                                     or ""))
    sheet = book["Assessments"]
    row = next(c.row for c in sheet["A"] if c.value == long_text["id"])
    assert sheet.cell(row, 3).alignment.wrap_text
    assert sheet.row_dimensions[row].height > 2 * 15
    heights = [d.height for s in book.worksheets for d in s.row_dimensions.values() if d.height]
    assert max(heights) <= 409  # Excel's largest row
    assert sheet.cell(1, 3).alignment.wrap_text  # long headers wrap too


def test_short_rows_keep_the_default_height(empty_ws: Workshop, tmp_path: Path) -> None:
    from mainstream_desktop.workbook import write_workbook

    empty_ws.insert("stakeholders", {"name": "Short", "type": "gov_line"})
    empty_ws.insert("stakeholders", {"name": "Long", "type": "gov_line",
                                     "mandate": "A mandate of many words. " * 20})
    wb = openpyxl.load_workbook(write_workbook(empty_ws, tmp_path / "w.xlsx"))
    sheet = wb["Stakeholders"]
    heights = {sheet.cell(r, 2).value: sheet.row_dimensions[r].height for r in (2, 3)}
    assert heights["Short"] is None
    assert 5 * 15 <= heights["Long"] <= 409
    long_row = 2 if sheet.cell(2, 2).value == "Long" else 3
    assert sheet.cell(long_row, 2).alignment.vertical == "top"  # the row reads from the top


def test_date_cells_are_validated_as_dates(book) -> None:
    for spec in layout.SHEETS:
        sheet = book[spec.name]
        heads = [c.value for c in sheet[1]]
        for f in spec.reg.fields:
            if f.kind != "date":
                continue
            letter = openpyxl.utils.get_column_letter(heads.index(layout.header(f)) + 1)
            found = [dv for dv in sheet.data_validations.dataValidation
                     if str(dv.sqref).startswith(f"{letter}2:")]
            assert len(found) == 1 and found[0].type == "date", (spec.name, f.name)
            assert found[0].operator == "between" and found[0].formula2, (spec.name, f.name)
            for cell in sheet[letter][1:]:
                if cell.value is not None:
                    assert cell.is_date and "yy" in cell.number_format, (spec.name, cell)
            assert "yy" in sheet.column_dimensions[letter].number_format, (spec.name, f.name)


def test_dates_as_spreadsheets_store_them_import(demo_ws: Workshop, sample_xlsx: Path) -> None:
    sessions = demo_ws.records("sessions")[:3]
    rows = [row_of(sample_xlsx, "Sessions", "id", s["id"]) for s in sessions]
    edit(sample_xlsx, [("Sessions", rows[0], "Date", dt.datetime(2026, 3, 4)),
                       ("Sessions", rows[1], "Date", 46086),  # a serial in a plain cell
                       ("Sessions", rows[2], "Date", "2026-03-06")])
    wb = openpyxl.load_workbook(sample_xlsx)
    cell = wb["Sessions"].cell(rows[1], [c.value for c in wb["Sessions"][1]].index("Date") + 1)
    cell.number_format = "General"
    wb.save(sample_xlsx)
    plan = plan_import(demo_ws, sample_xlsx)
    assert plan.ok, plan.summary()
    from mainstream_desktop.workbook import apply_import
    apply_import(demo_ws, plan)
    assert [demo_ws.get("sessions", s["id"])["date"] for s in sessions] == [
        "2026-03-04", "2026-03-05", "2026-03-06"]


def test_reference_cells_are_what_their_drop_down_offers(book) -> None:
    """Every reference cell holds one of the names its drop-down lists (indicators were
    written "code name" while the list offered the names alone)."""
    offered_by = re.compile(r"OFFSET\((?P<sheet>'?[^!]+'?)!\$(?P<col>[A-Z]+)\$2,")
    checked = 0
    for spec in layout.SHEETS:
        sheet = book[spec.name]
        for dv in sheet.data_validations.dataValidation:
            match = offered_by.match(dv.formula1 or "")
            if not match:
                continue
            target = book[match["sheet"].strip("'")]
            offered = {c.value for c in target[match["col"]][1:] if c.value is not None}
            letter = str(dv.sqref).split(":")[0].rstrip("0123456789")
            for cell in sheet[letter][1:]:
                if cell.value is not None:
                    assert cell.value in offered, (spec.name, cell.coordinate, cell.value)
                    checked += 1
    assert checked > 100


def test_indicator_names_that_repeat_keep_their_code(demo_ws: Workshop, tmp_path: Path) -> None:
    """Where a name alone would be ambiguous the reference keeps the longer name, so the
    workbook still imports back unchanged."""
    from mainstream_desktop.workbook import write_workbook

    first = demo_ws.records("indicators")[0]
    demo_ws.insert("indicators", {"code": "X.1", "name": first["name"],
                                  "framework": first["framework"]})
    path = write_workbook(demo_ws, tmp_path / "w.xlsx")
    plan = plan_import(demo_ws, path)
    assert plan.ok and not plan.changes_anything, plan.summary()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_by_libreoffice_imports_unchanged(
        demo_ws: Workshop, sample_xlsx: Path, tmp_path: Path) -> None:
    out = tmp_path / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                    str(sample_xlsx)], check=True, capture_output=True, timeout=180)
    plan = plan_import(demo_ws, out / sample_xlsx.name)
    assert plan.ok and not plan.changes_anything, plan.summary()
    assert sum(s.unchanged for s in plan.sheets) == sum(demo_ws.count(t) for t in REGISTERS)


def test_a_short_text_of_several_lines_is_sized_as_several_lines() -> None:
    from mainstream_desktop.workbook import sizing

    text = "a\nb\nc\nd"  # 7 characters, 4 lines, in a column of 40
    assert not sizing.fits(text, 40)
    assert sizing.lines(text, 40) == 4 and sizing.fits("one short line", 40)
