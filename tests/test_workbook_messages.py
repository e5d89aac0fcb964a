"""Import messages an official can act on (issue 15): structural edits refused with one clear
error, wrong choices that list the allowed values and suggest the nearest, spreadsheet
error values refused at their cell."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.workbook import import_workbook, plan_import, write_workbook
from tests.test_workbook_helpers import digest, edit, row_of


def _refused(ws: Workshop, xlsx: Path, workshop_file: Path, *needles: str) -> str:
    """The import raises one UserError naming ``needles``; the workshop is untouched."""
    before = digest(workshop_file)
    with pytest.raises(UserError) as info:
        import_workbook(ws, xlsx)
    message = str(info.value)
    for needle in needles:
        assert needle in message, message
    assert digest(workshop_file) == before
    return message


# --- structure -----------------------------------------------------------------------------


def test_renamed_header_is_refused(demo_ws: Workshop, demo_path: Path, sample_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(sample_xlsx)
    heads = {c.value: c for c in wb["Stakeholders"][1]}
    heads["Influence"].value = "Influnce"
    wb.save(sample_xlsx)
    message = _refused(demo_ws, sample_xlsx, demo_path, "Stakeholders", "“Influence”",
                       "“Influnce”")
    assert len(message.splitlines()) < 6, message


def test_deleted_column_is_refused(demo_ws: Workshop, demo_path: Path, sample_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(sample_xlsx)
    sheet = wb["DataSources"]
    sheet.delete_cols([c.value for c in sheet[1]].index("Owner") + 1)
    wb.save(sample_xlsx)
    _refused(demo_ws, sample_xlsx, demo_path, "DataSources", "“Owner”", "missing")


def test_deleted_id_column_is_one_clear_error(
        demo_ws: Workshop, demo_path: Path, sample_xlsx: Path) -> None:
    """It used to turn 40 existing rows into 40 new duplicates and about 250 errors."""
    wb = openpyxl.load_workbook(sample_xlsx)
    wb["Stakeholders"].delete_cols(1)
    wb.save(sample_xlsx)
    message = _refused(demo_ws, sample_xlsx, demo_path, "Stakeholders", "id column")
    assert len(message.splitlines()) < 6, message


def test_renamed_sheet_is_refused(demo_ws: Workshop, demo_path: Path, sample_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(sample_xlsx)
    wb["Policies"].title = "Policies 2026"
    wb.save(sample_xlsx)
    _refused(demo_ws, sample_xlsx, demo_path, "Policies", "“Policies 2026”")


def test_deleted_sheet_is_refused(demo_ws: Workshop, demo_path: Path, sample_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(sample_xlsx)
    del wb["Links"]
    wb.save(sample_xlsx)
    _refused(demo_ws, sample_xlsx, demo_path, "Links", "missing")


def test_every_structural_problem_is_named_at_once(
        demo_ws: Workshop, demo_path: Path, sample_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(sample_xlsx)
    del wb["Links"]
    wb["Actions"].delete_cols(1)
    wb.save(sample_xlsx)
    _refused(demo_ws, sample_xlsx, demo_path, "Links", "Actions")


def test_what_stays_optional(demo_ws: Workshop, sample_xlsx: Path) -> None:
    """A column of one's own is ignored with a warning; the About sheet may go; a workbook
    written before schema 3 (no schema mark, no Values or Reviews sheet) still imports."""
    wb = openpyxl.load_workbook(sample_xlsx)
    sheet = wb["Commitments"]
    sheet.cell(1, sheet.max_column + 1).value = "My comments"
    del wb["About"]
    wb.save(sample_xlsx)
    plan = plan_import(demo_ws, sample_xlsx)
    assert plan.ok and not plan.changes_anything, plan.summary()
    assert any("My comments" in w and "ignored" in w for w in plan.warnings)
    wb = openpyxl.load_workbook(sample_xlsx)
    del wb["Values"], wb["Reviews"]
    for sheet_name, header in (("Indicators", "Topic"), ("Actions", "Monitoring frequency")):
        sheet = wb[sheet_name]
        sheet.delete_cols([c.value for c in sheet[1]].index(header) + 1)
    wb["Lists"]["A6"] = None  # no schema mark: written before there was one
    wb.save(sample_xlsx)
    plan = plan_import(demo_ws, sample_xlsx)
    assert plan.ok and not plan.changes_anything, plan.summary()


# --- choices -------------------------------------------------------------------------------


def _error_at(plan, sheet: str, row: int, column: str) -> str:
    where = f"{sheet}, row {row}, column “{column}”"
    found = [e for e in plan.errors if e.startswith(where)]
    assert len(found) == 1, (where, plan.errors)
    return found[0]


def test_wrong_choice_lists_the_values_and_suggests_the_nearest(
        demo_ws: Workshop, sample_xlsx: Path) -> None:
    row = row_of(sample_xlsx, "Actions", "id", demo_ws.records("actions")[0]["id"])
    edit(sample_xlsx, [("Actions", row, "Priority", "Hgih")])
    message = _error_at(plan_import(demo_ws, sample_xlsx), "Actions", row, "Priority")
    assert message.count("Hgih") == 1, message
    assert "High" in message and "Medium" in message and "Low" in message, message
    assert "“High”?" in message, message  # the suggestion


def test_a_long_list_of_choices_is_cut(demo_ws: Workshop, sample_xlsx: Path) -> None:
    row = row_of(sample_xlsx, "Indicators", "id", demo_ws.records("indicators")[0]["id"])
    edit(sample_xlsx, [("Indicators", row, "SDG indicator", "99.9.9 Nothing at all")])
    message = _error_at(plan_import(demo_ws, sample_xlsx), "Indicators", row, "SDG indicator")
    assert "…" in message and len(message) < 600, message


def test_commas_between_several_values_are_explained(
        demo_ws: Workshop, sample_xlsx: Path) -> None:
    row = row_of(sample_xlsx, "Stakeholders", "id", demo_ws.records("stakeholders")[0]["id"])
    edit(sample_xlsx, [("Stakeholders", row, "Thematic areas",
                        "Health, Education and skills development")])
    message = _error_at(plan_import(demo_ws, sample_xlsx), "Stakeholders", row, "Thematic areas")
    assert "“; ”" in message and "comma" in message, message
    assert "Health; Education and skills development" in message, message


def test_one_wrong_value_among_several_is_named(demo_ws: Workshop, sample_xlsx: Path) -> None:
    row = row_of(sample_xlsx, "Stakeholders", "id", demo_ws.records("stakeholders")[0]["id"])
    edit(sample_xlsx, [("Stakeholders", row, "Thematic areas", "Health; Helth care")])
    message = _error_at(plan_import(demo_ws, sample_xlsx), "Stakeholders", row, "Thematic areas")
    assert "“Helth care”" in message and "“Health”?" in message, message


# --- spreadsheet errors ----------------------------------------------------------------------

ERRORS = ("#VALUE!", "#REF!", "#N/A", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#GETTING_DATA",
          "#SPILL!", "#CALC!")


def test_spreadsheet_error_values_are_refused(
        demo_ws: Workshop, demo_path: Path, sample_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(sample_xlsx)
    sheet = wb["Stakeholders"]
    heads = {c.value: c.column for c in sheet[1]}
    for i, code in enumerate(ERRORS):
        cell = sheet.cell(2 + i, heads["Mandate"])
        cell.value = code
        cell.data_type = "e"  # as a spreadsheet program stores an error value
    wb.save(sample_xlsx)
    before = digest(demo_path)
    plan = import_workbook(demo_ws, sample_xlsx)
    assert not plan.ok
    for i, code in enumerate(ERRORS):
        message = _error_at(plan, "Stakeholders", 2 + i, "Mandate")
        assert code in message and "error" in message, message
    assert digest(demo_path) == before


def test_a_formula_whose_saved_value_is_an_error_is_refused(
        demo_ws: Workshop, sample_xlsx: Path, tmp_path: Path) -> None:
    from tests.test_workbook_hostile import _set_cell

    row = row_of(sample_xlsx, "Stakeholders", "id", demo_ws.records("stakeholders")[0]["id"])
    path = _set_cell(sample_xlsx, tmp_path / "e.xlsx", "Q", row,
                     "<f>1/0</f><v>#DIV/0!</v>", ' t="e"')
    plan = plan_import(demo_ws, path)
    assert not plan.ok
    assert "#DIV/0!" in _error_at(plan, "Stakeholders", row, "Notes")


def test_error_code_typed_as_text_is_refused(demo_ws: Workshop, sample_xlsx: Path) -> None:
    """A copy through another program may keep "#N/A" as plain text: not a value either."""
    row = row_of(sample_xlsx, "Stakeholders", "id", demo_ws.records("stakeholders")[0]["id"])
    wb = openpyxl.load_workbook(sample_xlsx)
    sheet = wb["Stakeholders"]
    heads = {c.value: c.column for c in sheet[1]}
    cell = sheet.cell(row, heads["Acronym"])
    cell.value = "#N/A"
    cell.data_type = "s"
    wb.save(sample_xlsx)
    assert "#N/A" in _error_at(plan_import(demo_ws, sample_xlsx), "Stakeholders", row, "Acronym")


def test_template_still_written_by_write_workbook(empty_ws: Workshop, tmp_path: Path) -> None:
    """The blank template passes the structure check as it is."""
    path = write_workbook(empty_ws, tmp_path / "t.xlsx")
    assert plan_import(empty_ws, path).ok
