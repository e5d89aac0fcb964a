"""The exported workbook: its sheets, columns, validations, and that tricky text survives."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from mainstream_desktop.core.errors import Cancelled, UserError
from mainstream_desktop.core.registers import REGISTERS
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.workbook import layout, plan_import, write_workbook
from tests.test_workbook_helpers import register_rows, sheet_rows

NAMED = ["About", "Workshop", "Participants", "Commitments", "Coordination", "Instruments",
         "Stakeholders", "Links", "DataSources", "Indicators", "Coverage", "Sectors",
         "Policies", "Actions", "Lists"]



def test_sheets_named_and_every_register_has_one(sample_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(sample_xlsx)
    assert set(NAMED) <= set(wb.sheetnames)
    assert wb.sheetnames[0] == "About" and wb.sheetnames[-1] == "Lists"
    assert wb["Lists"].sheet_state == "hidden"
    assert {s.register for s in layout.SHEETS} == set(REGISTERS)
    assert {"Members", "Sessions", "Readiness", "Assessments"} <= set(wb.sheetnames)


def test_register_sheet_is_a_styled_table(sample_xlsx: Path, demo_ws: Workshop) -> None:
    wb = openpyxl.load_workbook(sample_xlsx)
    sheet = wb["Stakeholders"]
    headers = [c.value for c in sheet[1]]
    assert headers[:3] == ["id", "Name", "Acronym"]
    assert sheet.column_dimensions["A"].hidden
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(headers)).column_letter}" \
                                    f"{demo_ws.count('stakeholders') + 1}"
    assert sheet.column_dimensions["B"].width >= 30
    assert sheet["B1"].font.bold
    validations = {str(dv.sqref).split(":")[0]: dv for dv in sheet.data_validations.dataValidation}
    col = {h: sheet.cell(1, i + 1).column_letter for i, h in enumerate(headers)}
    influence = validations[col["Influence"] + "2"]
    assert (influence.type, influence.formula1, influence.formula2) == ("whole", "1", "5")
    assert validations[col["Type"] + "2"].type == "list"
    assert validations[col["Type"] + "2"].formula1.startswith("Lists!")
    parent = validations[col["Parent body"] + "2"]
    assert parent.type == "list" and "Stakeholders!$B" in parent.formula1
    assert "1 = little power" in validations[col["Influence"] + "2"].prompt


def test_drop_down_lists_hold_labels(sample_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(sample_xlsx)
    sheet = wb["DataSources"]
    col = {c.value: c.column_letter for c in sheet[1]}
    dv = next(dv for dv in sheet.data_validations.dataValidation
              if str(dv.sqref).startswith(col["Access"] + "2"))
    ref = dv.formula1.split("!")[1].replace("$", "")
    values = [c.value for row in wb["Lists"][ref] for c in row]
    assert "Open (published)" in values or any("Open" in v for v in values)
    assert wb["Lists"]["A2"].value == layout.FORMAT_NAME


def test_references_are_names_and_choices_labels(sample_xlsx: Path, demo_ws: Workshop) -> None:
    sources = sheet_rows(sample_xlsx, "DataSources")
    stakeholder_names = {r["name"] for r in demo_ws.records("stakeholders")}
    owners = {r["Owner"] for r in sources if r["Owner"]}
    assert owners and owners <= stakeholder_names
    first = demo_ws.records("data_sources")[0]
    row = next(r for r in sources if r["id"] == first["id"])
    assert row["Type"] != first["type"]  # the label, not the key
    members = sheet_rows(sample_xlsx, "Members")
    mechanisms = {r["name"] for r in demo_ws.records("mechanisms")}
    assert {r["Mechanism"] for r in members} <= mechanisms
    multi = [r["Thematic areas"] for r in sheet_rows(sample_xlsx, "Stakeholders")
             if r["Thematic areas"] and ";" in r["Thematic areas"]]
    assert multi and all("; " in m for m in multi)


def test_formula_like_text_is_written_as_text(demo_ws: Workshop, tmp_path: Path) -> None:
    rid = demo_ws.records("stakeholders")[0]["id"]
    demo_ws.update("stakeholders", rid, {"acronym": "=1+2", "notes": "@SUM(A1)",
                                         "contact_phone": "+254 700 000", "gaps": "-5 staff"})
    path = write_workbook(demo_ws, tmp_path / "f.xlsx")
    wb = openpyxl.load_workbook(path)
    sheet = wb["Stakeholders"]
    col = {c.value: c.column for c in sheet[1]}
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == rid)
    for header, text in (("Acronym", "=1+2"), ("Notes", "@SUM(A1)"),
                         ("Contact phone", "+254 700 000"), ("Gaps and overlaps", "-5 staff")):
        cell = sheet.cell(row, col[header])
        assert cell.value == text and cell.data_type == "s", header
        assert cell.quotePrefix
    assert "<f>" not in _sheet_xml(path, "Stakeholders")


def _sheet_xml(path: Path, sheet: str) -> str:
    wb = openpyxl.load_workbook(path, read_only=True)
    index = wb.sheetnames.index(sheet) + 1
    wb.close()
    with zipfile.ZipFile(path) as zf:
        return zf.read(f"xl/worksheets/sheet{index}.xml").decode()


TRICKY = {
    "markup": "R&D <Unit> \"quoted\" 'single' <b>bold</b> &amp; ]]>",
    "formula": "=HYPERLINK(\"http://evil.example\",\"click\")",
    "arabic": "وزارة التخطيط والتنمية",
    "chinese": "规划与发展部",
}


def test_tricky_strings_survive_the_round_trip(empty_ws: Workshop, tmp_path: Path) -> None:
    mandate = ("Mandate line with émigré and ünïcödé — " * 200)[:5000]
    assert len(mandate) == 5000
    ids = {}
    for key, text in TRICKY.items():
        ids[key] = empty_ws.insert("stakeholders", {
            "name": text, "type": "gov_line", "mandate": mandate + "\nsecond line",
            "notes": text, "acronym": text[:10]}).record_id
    empty_ws.insert("data_sources", {"name": "Survey", "type": "census",
                                     "owner": ids["formula"]})
    first = write_workbook(empty_ws, tmp_path / "one.xlsx")
    fresh = Workshop.create(tmp_path / "fresh.mainstream", title="Fresh", country="KEN")
    try:
        plan = plan_import(fresh, first)
        assert plan.ok, plan.errors
        from mainstream_desktop.workbook import apply_import

        apply_import(fresh, plan)
        for key, text in TRICKY.items():
            rec = fresh.get("stakeholders", ids[key])
            assert rec["name"] == text and rec["notes"] == text
            assert rec["mandate"] == mandate + "\nsecond line"
        source = fresh.records("data_sources")[0]
        assert source["owner"] == ids["formula"]
        second = write_workbook(fresh, tmp_path / "two.xlsx")
        one, two = register_rows(first), register_rows(second)
        for sheet in one:
            if sheet != "Workshop":
                assert one[sheet] == two[sheet], sheet
    finally:
        fresh.close()


def test_empty_workshop_is_the_blank_template(empty_ws: Workshop, tmp_path: Path) -> None:
    path = write_workbook(empty_ws, tmp_path / "template.xlsx")
    wb = openpyxl.load_workbook(path)
    assert [c.value for c in wb["Stakeholders"][1]][:2] == ["id", "Name"]
    assert wb["Stakeholders"].max_row == 1
    assert wb["Stakeholders"].data_validations.dataValidation
    plan = plan_import(empty_ws, path)
    assert plan.ok and not plan.changes_anything
    assert [s.unchanged for s in plan.sheets if s.name == "Workshop"] == [1]


def test_without_personal_data(demo_ws: Workshop, tmp_path: Path) -> None:
    path = write_workbook(demo_ws, tmp_path / "anon.xlsx", personal_data=False)
    rows = sheet_rows(path, "Participants")
    assert len(rows) == demo_ws.count("participants")
    # issue 15: the personal columns stay (so new people can be added) but are empty
    assert all(r[h] is None for r in rows for h in ("Name", "Email", "Phone", "Position"))
    assert {"Sex", "Role", "Organisation"} <= set(rows[0])
    assert all(r["Contact email"] is None for r in sheet_rows(path, "Stakeholders"))
    emails = {r["email"] for r in demo_ws.records("participants")}
    with zipfile.ZipFile(path) as zf:
        text = "".join(zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/"))
    assert not any(e in text for e in emails if e)
    plan = plan_import(demo_ws, path)  # columns left out are left alone
    assert plan.ok and not plan.changes_anything, plan.summary()


def test_progress_and_cancel(demo_ws: Workshop, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_workbook(demo_ws, tmp_path / "p.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    target = tmp_path / "c.xlsx"
    with pytest.raises(Cancelled):
        write_workbook(demo_ws, target, cancel=lambda: True)
    assert list(tmp_path.glob("c.xlsx*")) == [] and not any(
        p.name.startswith(".c.xlsx") for p in tmp_path.iterdir())


def test_failed_export_leaves_old_file(demo_ws: Workshop, tmp_path: Path) -> None:
    target = tmp_path / "keep.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(Cancelled):
        write_workbook(demo_ws, target, cancel=lambda: True)
    assert target.read_bytes() == b"old"
    with pytest.raises(UserError):
        write_workbook(demo_ws, tmp_path / "missing" / "x.xlsx")
