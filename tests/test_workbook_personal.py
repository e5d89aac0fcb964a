"""A workbook exported without personal data is still a template (issue 15): new people can be
added, and importing it back never blanks the details of the people already recorded."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl

from mainstream_desktop.core.store import Workshop
from mainstream_desktop.workbook import import_workbook, plan_import, write_workbook
from tests.test_workbook_helpers import edit, row_of, sheet_rows

PERSONAL = ("Name", "Position", "Email", "Phone")


def _anonymous(ws: Workshop, folder: Path) -> Path:
    return write_workbook(ws, folder / "anon.xlsx", personal_data=False)


def test_personal_columns_are_there_empty_and_marked(demo_ws: Workshop, tmp_path: Path) -> None:
    path = _anonymous(demo_ws, tmp_path)
    rows = sheet_rows(path, "Participants")
    assert len(rows) == demo_ws.count("participants")
    assert set(PERSONAL) <= set(rows[0])
    assert all(r[h] is None for r in rows for h in PERSONAL)
    wb = openpyxl.load_workbook(path)
    heads = {c.value: c for c in wb["Participants"][1]}
    assert "left empty" in heads["Name"].comment.text.lower()
    assert heads["Sex"].comment is None
    values = [c.value for row in wb["About"].iter_rows() for c in row]
    assert "left out" in values
    emails = {r["email"] for r in demo_ws.records("participants")}
    names = {r["name"] for r in demo_ws.records("participants")}
    with zipfile.ZipFile(path) as zf:
        text = "".join(zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/"))
    assert not any(e in text for e in emails | names if e)


def test_importing_it_back_blanks_nobody(demo_ws: Workshop, tmp_path: Path) -> None:
    before = {r["id"]: r for r in demo_ws.records("participants")}
    path = _anonymous(demo_ws, tmp_path)
    plan = import_workbook(demo_ws, path)
    assert plan.ok and not plan.changes_anything, plan.summary()
    first = next(iter(before))
    edit(path, [("Participants", row_of(path, "Participants", "id", first), "Sex", "Female")])
    plan = import_workbook(demo_ws, path)
    assert plan.ok and plan.updated == 1, plan.summary()
    after = {r["id"]: r for r in demo_ws.records("participants")}
    for rid, rec in before.items():
        for field in ("name", "position", "email", "phone"):
            assert after[rid][field] == rec[field], (rid, field)
    assert after[first]["sex"] == "female"


def test_new_people_can_be_added(demo_ws: Workshop, tmp_path: Path) -> None:
    path = _anonymous(demo_ws, tmp_path)
    existing = demo_ws.records("participants")[1]
    edit(path, [("Participants", -1, "Name", "Amina Diallo"),
                ("Participants", -1, "Email", "amina@example.org"),
                ("Participants", -1, "Sex", "Female"),
                ("Participants", row_of(path, "Participants", "id", existing["id"]), "Phone",
                 "+000 555 0101")])
    plan = import_workbook(demo_ws, path)
    assert plan.ok and plan.added == 1 and plan.updated == 1, plan.summary()
    added = demo_ws.get("participants", demo_ws.find_by_title("participants", "Amina Diallo")[0])
    assert added["email"] == "amina@example.org"
    kept = demo_ws.get("participants", existing["id"])
    assert (kept["name"], kept["phone"]) == (existing["name"], "+000 555 0101")


def test_a_new_person_still_needs_a_name(demo_ws: Workshop, tmp_path: Path) -> None:
    path = _anonymous(demo_ws, tmp_path)
    edit(path, [("Participants", -1, "Sex", "Female")])
    plan = plan_import(demo_ws, path)
    assert any("Participants" in e and "“Name”" in e and "is required" in e
               for e in plan.errors), plan.errors


def test_in_a_full_workbook_an_emptied_cell_clears_the_value(
        demo_ws: Workshop, sample_xlsx: Path) -> None:
    person = next(r for r in demo_ws.records("participants") if r.get("email"))
    edit(sample_xlsx, [("Participants", row_of(sample_xlsx, "Participants", "id", person["id"]),
                        "Email", None)])
    assert import_workbook(demo_ws, sample_xlsx).ok
    assert demo_ws.get("participants", person["id"])["email"] is None


def test_an_older_workbook_without_the_personal_columns_imports(
        demo_ws: Workshop, tmp_path: Path) -> None:
    """Before issue 15 the personal columns were left out altogether."""
    path = _anonymous(demo_ws, tmp_path)
    wb = openpyxl.load_workbook(path)
    sheet = wb["Participants"]
    for header in PERSONAL:
        sheet.delete_cols([c.value for c in sheet[1]].index(header) + 1)
    wb.save(path)
    plan = plan_import(demo_ws, path)
    assert plan.ok and not plan.changes_anything, plan.summary()
