"""Importing a workbook: the lossless round trip, exact updates, and errors found before writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from mainstream_desktop.core import backup
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.registers import REGISTERS
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.workbook import apply_import, import_workbook, plan_import, write_workbook
from tests.test_workbook_helpers import (
    digest,
    edit,
    register_rows,
    row_of,
    sheet_rows,
)


def _snapshot(ws: Workshop) -> dict[str, dict[str, dict]]:
    drop = {"created_at", "updated_at", "updated_by"}
    return {t: {r["id"]: {k: v for k, v in r.items() if k not in drop} for r in ws.records(t)}
            for t in REGISTERS}


def test_round_trip_is_lossless(demo_ws: Workshop, sample_xlsx: Path, tmp_path: Path) -> None:
    fresh = Workshop.create(tmp_path / "fresh.mainstream", title="New", country="KEN")
    try:
        plan = import_workbook(fresh, sample_xlsx)
        assert plan.ok, plan.summary()
        assert plan.added == sum(demo_ws.count(t) for t in REGISTERS if t != "workshop")
        again = write_workbook(fresh, tmp_path / "again.xlsx")
        one, two = register_rows(sample_xlsx), register_rows(again)
        for sheet in one:
            if sheet == "Workshop":  # the one workshop record keeps its own id
                strip = [tuple(kv for kv in row if kv[0] != "id") for row in one[sheet]]
                assert strip == [tuple(kv for kv in row if kv[0] != "id") for row in two[sheet]]
            else:
                assert one[sheet] == two[sheet], sheet
        before, after = _snapshot(demo_ws), _snapshot(fresh)
        for table in REGISTERS:
            if table != "workshop":
                assert before[table] == after[table], table
    finally:
        fresh.close()


def test_reimport_into_same_workshop_changes_nothing(demo_ws: Workshop, sample_xlsx: Path) -> None:
    plan = plan_import(demo_ws, sample_xlsx)
    assert plan.ok and not plan.changes_anything, plan.summary()
    assert all(s.added == s.updated == 0 for s in plan.sheets)
    assert sum(s.unchanged for s in plan.sheets) == sum(demo_ws.count(t) for t in REGISTERS)


def test_edited_template_updates_exactly_what_it_should(
        demo_ws: Workshop, sample_xlsx: Path, isolated_home: Path) -> None:
    stakeholder = demo_ws.records("stakeholders")[3]
    source = demo_ws.records("data_sources")[0]
    participant = demo_ws.records("participants")[0]
    before = _snapshot(demo_ws)
    edit(sample_xlsx, [
        ("Stakeholders", row_of(sample_xlsx, "Stakeholders", "id", stakeholder["id"]),
         "Influence", 1),
        ("Stakeholders", -1, "Name", "Ministry of Tourism"),
        ("Stakeholders", -1, "Type", "Line ministries and agencies"),
        ("Stakeholders", -1, "Thematic areas", "health; EDUCATION AND SKILLS DEVELOPMENT"),
        ("DataSources", row_of(sample_xlsx, "DataSources", "id", source["id"]), "Name",
         "Renamed survey"),
        ("DataSources", -1, "Name", "Tourism arrivals register"),
        ("DataSources", -1, "Type", "census"),
        ("DataSources", -1, "Owner", "ministry of tourism"),
        ("Coverage", -1, "Indicator", demo_ws.records("indicators")[0]["name"]),
        ("Coverage", -1, "Data source", "Renamed survey"),
        ("Coverage", -1, "Coverage", "Partial"),
        ("Participants", row_of(sample_xlsx, "Participants", "id", participant["id"]),
         "Organisation", "Ministry of Tourism"),
    ])
    plan = plan_import(demo_ws, sample_xlsx)
    assert plan.ok, plan.summary()
    counts = {s.name: (s.added, s.updated) for s in plan.sheets}
    assert counts.pop("Stakeholders") == (1, 1)
    assert counts.pop("DataSources") == (1, 1)
    assert counts.pop("Participants") == (0, 1)
    assert counts.pop("Coverage") == (1, 0)
    assert set(counts.values()) == {(0, 0)}
    result = apply_import(demo_ws, plan)
    assert backup.list_backups(demo_ws.uuid)[0].reason == "import"
    after = _snapshot(demo_ws)
    tourism = demo_ws.find_by_title("stakeholders", "Ministry of Tourism")
    assert len(tourism) == 1
    assert after["stakeholders"][tourism[0]]["thematic_areas"] == ["health", "education_skills"]
    assert after["stakeholders"][stakeholder["id"]]["influence"] == 1
    assert after["data_sources"][source["id"]]["name"] == "Renamed survey"
    new_source = demo_ws.find_by_title("data_sources", "Tourism arrivals register")
    assert after["data_sources"][new_source[0]]["owner"] == tourism[0]
    assert after["participants"][participant["id"]]["organisation"] == tourism[0]
    changed = {(c.table, c.record_id) for c in result.changes}
    for table in REGISTERS:
        for rid, rec in before[table].items():
            if (table, rid) not in changed:
                assert after[table][rid] == rec, (table, rid)
    demo_ws.revert(result.changes)  # the whole import is one undoable result
    assert _snapshot(demo_ws) == before


def test_every_error_is_named_and_nothing_is_written(
        demo_ws: Workshop, demo_path: Path, sample_xlsx: Path, isolated_home: Path) -> None:
    first = row_of(sample_xlsx, "Stakeholders", "id", demo_ws.records("stakeholders")[0]["id"])
    existing_name = demo_ws.records("stakeholders")[1]["name"]
    edit(sample_xlsx, [
        ("Stakeholders", first, "Influence", 9),
        ("Stakeholders", first, "Type", "Nonsense type"),
        ("Stakeholders", first + 1, "Contact email", "not-an-email"),
        ("Stakeholders", -1, "Name", existing_name),
        ("Stakeholders", -1, "Type", "Line ministries and agencies"),
        ("Stakeholders", -2, "Acronym", "NONAME"),
        ("Stakeholders", -2, "Type", "Line ministries and agencies"),
        ("DataSources", 2, "Owner", "Ministry of Nowhere"),
        ("Sessions", 2, "Date", "31/02/2026"),
        ("Links", 2, "id", "not-a-uuid"),
    ])
    before = digest(demo_path)
    plan = plan_import(demo_ws, sample_xlsx)
    assert not plan.ok
    text = "\n".join(plan.errors)
    expected = [
        ("Stakeholders, row", "“Influence”", "between 1 and 5"),
        ("Stakeholders, row", "“Type”", "Nonsense type"),
        ("Stakeholders, row", "“Contact email”", "not an email"),
        ("Stakeholders, row", "“Name”", "same name"),
        ("Stakeholders, row", "“Name”", "is required"),
        ("DataSources, row 2", "“Owner”", "Ministry of Nowhere"),
        ("Sessions, row 2", "“Date”", "YYYY-MM-DD"),
        ("Links, row 2", "“id”", "not a record id"),
    ]
    for parts in expected:
        assert any(all(p in line for p in parts) for line in plan.errors), (parts, text)
    assert f"Stakeholders, row {first}, column “Influence”: “9”" in text
    with pytest.raises(UserError):
        apply_import(demo_ws, plan)
    returned = import_workbook(demo_ws, sample_xlsx)
    assert not returned.ok
    assert digest(demo_path) == before
    assert backup.list_backups(demo_ws.uuid) == []


def test_error_list_is_capped(demo_ws: Workshop, sample_xlsx: Path) -> None:
    changes = [("Stakeholders", r, "Influence", 99) for r in range(2, 42)]
    changes += [("Participants", r, "Sex", "?") for r in range(2, 32)]
    changes += [("Links", r, "Strength", 7) for r in range(2, 47)]
    changes += [("Actions", r, "Priority", "?") for r in range(2, 42)]
    changes += [("DataSources", r, "Access", "?") for r in range(2, 27)]
    changes += [("Indicators", r, "Baseline", "lots") for r in range(2, 22)]
    changes += [("Members", r, "Role", "?") for r in range(2, 32)]
    plan = plan_import(demo_ws, edit(sample_xlsx, changes))
    assert len(plan.errors) == 200 and plan.truncated == len(changes) - 200
    assert "more errors" in plan.summary()


def test_labels_keys_and_case_are_accepted(demo_ws: Workshop, sample_xlsx: Path) -> None:
    rec = demo_ws.records("stakeholders")[0]
    row = row_of(sample_xlsx, "Stakeholders", "id", rec["id"])
    edit(sample_xlsx, [("Stakeholders", row, "Type", "gov_line"),
                       ("Stakeholders", row, "Level", "SUB-NATIONAL"),
                       ("Stakeholders", row, "Thematic areas",
                        "health;Education and skills development ;")])
    plan = import_workbook(demo_ws, sample_xlsx)
    assert plan.ok, plan.summary()
    got = demo_ws.get("stakeholders", rec["id"])
    assert (got["type"], got["level"], got["thematic_areas"]) == (
        "gov_line", "subnational", ["health", "education_skills"])


def test_ambiguous_name_is_an_error(demo_ws: Workshop, sample_xlsx: Path) -> None:
    mechanism = demo_ws.records("mechanisms")[0]
    demo_ws.insert("mechanisms", {"name": mechanism["name"], "kind": mechanism["kind"]})
    edit(sample_xlsx, [("Members", -1, "Mechanism", mechanism["name"]),
                       ("Members", -1, "Member", demo_ws.records("stakeholders")[5]["name"])])
    plan = plan_import(demo_ws, sample_xlsx)
    assert any("Members" in e and "“Mechanism”" in e and "2 records" in e for e in plan.errors)


def test_dry_run_and_stale_plan_write_nothing(
        demo_ws: Workshop, demo_path: Path, sample_xlsx: Path) -> None:
    edit(sample_xlsx, [("Stakeholders", 2, "Notes", "changed")])
    before = digest(demo_path)
    plan = import_workbook(demo_ws, sample_xlsx, dry_run=True)
    assert plan.ok and plan.updated == 1
    assert digest(demo_path) == before
    rid = demo_ws.records("actions")[0]["id"]
    demo_ws.update("actions", rid, {"currency": "EUR"})
    with pytest.raises(UserError, match="changed since"):
        apply_import(demo_ws, plan)


def test_template_imported_twice_is_refused(empty_ws: Workshop, tmp_path: Path) -> None:
    template = write_workbook(empty_ws, tmp_path / "template.xlsx")
    edit(template, [("Stakeholders", -1, "Name", "Ministry of Labour"),
                    ("Stakeholders", -1, "Type", "Line ministries and agencies"),
                    ("Participants", -1, "Name", "A. Person"),
                    ("Participants", -1, "Organisation", "Ministry of Labour"),
                    ("Participants", -2, "Name", "B. Person")])
    assert import_workbook(empty_ws, template).ok
    assert empty_ws.count("participants") == 2
    again = plan_import(empty_ws, template)
    assert not again.ok
    assert any("imported before" in e and "Participants" in e for e in again.errors)
    assert any("same name" in e and "Stakeholders" in e for e in again.errors)


def test_new_records_may_refer_to_each_other_in_any_order(
        empty_ws: Workshop, tmp_path: Path) -> None:
    template = write_workbook(empty_ws, tmp_path / "t.xlsx")
    edit(template, [("Stakeholders", -1, "Name", "Child unit"),
                    ("Stakeholders", -1, "Type", "gov_line"),
                    ("Stakeholders", -1, "Parent body", "Parent ministry"),
                    ("Stakeholders", -2, "Name", "Parent ministry"),
                    ("Stakeholders", -2, "Type", "gov_line")])
    assert import_workbook(empty_ws, template).ok
    child = empty_ws.get("stakeholders", empty_ws.find_by_title("stakeholders", "Child unit")[0])
    assert empty_ws.title_of("stakeholders", child["parent"]) == "Parent ministry"


def test_parent_cycle_is_an_error(empty_ws: Workshop, tmp_path: Path) -> None:
    template = write_workbook(empty_ws, tmp_path / "t.xlsx")
    edit(template, [("Stakeholders", -1, "Name", "A"), ("Stakeholders", -1, "Type", "gov_line"),
                    ("Stakeholders", -1, "Parent body", "B"),
                    ("Stakeholders", -2, "Name", "B"), ("Stakeholders", -2, "Type", "gov_line"),
                    ("Stakeholders", -2, "Parent body", "A")])
    plan = plan_import(empty_ws, template)
    assert any("own ancestor" in e for e in plan.errors)
    assert empty_ws.count("stakeholders") == 0


def test_rows_that_cannot_be_matched(demo_ws: Workshop, sample_xlsx: Path) -> None:
    gone = demo_ws.records("policies")[0]["id"]
    demo_ws.delete("policies", gone)
    dup = sheet_rows(sample_xlsx, "Sectors")[0]["id"]
    edit(sample_xlsx, [("Workshop", 3, "Title", "A second workshop"),
                       ("Sectors", -1, "id", dup)])
    plan = plan_import(demo_ws, sample_xlsx)
    text = "\n".join(plan.errors)
    assert "deleted in the workshop" in text and "Policies" in text
    assert "Workshop, row 3" in text and "one row" in text
    assert "appears twice" in text


def test_unknown_and_missing_columns(demo_ws: Workshop, sample_xlsx: Path) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(sample_xlsx)
    sheet = wb["Commitments"]
    sheet.cell(1, sheet.max_column + 1).value = "My comments"
    wb.save(sample_xlsx)
    plan = plan_import(demo_ws, sample_xlsx)
    assert any("My comments" in w and "ignored" in w for w in plan.warnings)
    # issue 15: a deleted id column is refused with one error (it used to be a warning,
    # every row then added again and refused as "imported before")
    sheet.delete_cols(1)  # the hidden id column
    wb.save(sample_xlsx)
    with pytest.raises(UserError, match="Commitments: the hidden id column"):
        plan_import(demo_ws, sample_xlsx)


def test_not_a_workshop_workbook(demo_ws: Workshop, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Budget"
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(UserError, match="not a workbook exported by Mainstream Desktop"):
        plan_import(demo_ws, tmp_path / "other.xlsx")


def test_an_id_of_another_register_is_refused(demo_ws, tmp_path) -> None:
    """Ids are unique across the workshop: merging matches records by id alone."""
    from mainstream_desktop.workbook import plan_import, write_workbook
    from tests.test_workbook_helpers import edit

    xlsx = write_workbook(demo_ws, tmp_path / "w.xlsx")
    participant = demo_ws.records("participants")[0]["id"]
    edit(xlsx, [("Stakeholders", None, "id", participant),
                ("Stakeholders", None, "Name", "Borrowed id"),
                ("Stakeholders", None, "Type", "Media")])
    plan = plan_import(demo_ws, xlsx)
    assert not plan.ok
    assert any("belongs to a record on another sheet" in e for e in plan.errors), plan.errors


def test_unique_cycle_and_required_problems_are_all_placed(
        demo_ws: Workshop, sample_xlsx: Path) -> None:
    """Broken uniqueness, a parent cycle and a missing required value in one workbook: the
    store's preview finds each, and each is placed at its sheet, row and column."""
    people = demo_ws.records("stakeholders")
    first = people[0]
    # two bodies without a parent, so that making each the other's parent changes both
    second, third = [r for r in people[1:] if not r.get("parent")][:2]
    alone = {"name": "A body nobody refers to", "type": "gov_line"}
    demo_ws.insert("stakeholders", alone)  # not in the workbook: no sheet names it
    rows = {rec["id"]: row_of(sample_xlsx, "Stakeholders", "id", rec["id"])
            for rec in (first, second, third)}
    edit(sample_xlsx, [
        ("Stakeholders", rows[first["id"]], "Name", alone["name"].upper()),  # same name
        ("Stakeholders", rows[second["id"]], "Parent body", third["name"]),
        ("Stakeholders", rows[third["id"]], "Parent body", second["name"]),  # a cycle
        ("Stakeholders", -1, "Type", "gov_line"),  # a new row without its name
    ])
    plan = plan_import(demo_ws, sample_xlsx)
    new_row = len(sheet_rows(sample_xlsx, "Stakeholders")) + 1
    expected = [
        (f"Stakeholders, row {rows[first['id']]}, column “Name”", "same name"),
        (f"Stakeholders, row {rows[second['id']]}, column “Parent body”", "ancestor"),
        (f"Stakeholders, row {rows[third['id']]}, column “Parent body”", "ancestor"),
        (f"Stakeholders, row {new_row}, column “Name”", "is required"),
    ]
    for where, what in expected:
        assert any(e.startswith(where) and what in e for e in plan.errors), (where, plan.errors)
    assert len(plan.errors) == len(expected), plan.errors


def test_import_time_grows_linearly_with_rows(demo_master: Path, tmp_path: Path) -> None:
    """New rows are checked for unique names against one folded map per register, not with
    a scan of the table per row (8,000 rows took 51 s; issue 13, defect 8)."""
    import shutil
    import time

    import openpyxl

    def timed(n: int) -> float:
        path = shutil.copyfile(demo_master, tmp_path / f"w{n}.mainstream")
        with Workshop.open(path) as ws:
            xlsx = write_workbook(ws, tmp_path / f"b{n}.xlsx")
            wb = openpyxl.load_workbook(xlsx)
            sheet = wb["Stakeholders"]
            heads = [c.value for c in sheet[1]]
            for i in range(n):
                row = [None] * len(heads)
                row[heads.index("Name")], row[heads.index("Type")] = f"Body {i}", "gov_line"
                sheet.append(row)
            wb.save(xlsx)
            start = time.perf_counter()
            assert import_workbook(ws, xlsx).ok
            spent = time.perf_counter() - start
            assert ws.count("stakeholders") == 40 + n
        return spent

    small, large = timed(500), timed(2000)
    assert large / small < 8, (small, large)  # linear: about 4; a scan per row: about 16
