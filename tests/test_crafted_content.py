"""Issue 13: crafted content inside an otherwise valid workshop file.

Each case starts from the sample workshop and changes stored values with plain sqlite3
(the header stays valid): ``check`` must exit 1 and name the problem, ``export`` must
either succeed showing the value safely or refuse with one message, the window's
``smoke`` must not crash, and the file must stay byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mainstream_desktop.core.registers import LONGTEXT_MAX
from tests.test_cli import run_cli

FORMULA_ID = "=cmd|' /C calc'!A0"

# name → (SQL run on a copy of the sample, words `check` must print)
CRAFTED: dict[str, tuple[list[str], tuple[str, ...]]] = {
    "formula in a number": (
        ["UPDATE stakeholders SET influence = '=HYPERLINK(\"http://evil.example\",\"click me\")'"
         " WHERE rowid = 1"], ("Influence", "=HYPERLINK", "number")),
    "formula in a cost": (
        ["UPDATE actions SET cost = '=1+1' WHERE rowid = 1"], ("=1+1", "number")),
    "null in a required field": (
        ["UPDATE stakeholders SET name = NULL WHERE rowid = 1"], ("Name", "is required")),
    "text in a year": (
        ["UPDATE data_sources SET latest_year = 'soon' WHERE rowid = 1"], ("soon", "number")),
    "fraction in a whole number": (
        ["UPDATE stakeholders SET interest = 2.5 WHERE rowid = 2"], ("Interest", "2.5")),
    "control characters": (
        ["UPDATE stakeholders SET name = 'Bad' || char(1) || char(7) || 'name', "
         "mandate = 'x' || char(11) || 'y' WHERE rowid = 1"], ("control characters",)),
    "blob date": (
        ["UPDATE workshop SET start_date = X'00FF10'"], ("Start date", "binary")),
    "blob name": (
        ["UPDATE stakeholders SET name = X'00FF' WHERE rowid = 1"], ("Name", "binary")),
    "blob record date": (
        ["UPDATE stakeholders SET updated_at = X'00FF' WHERE rowid = 1"], ("updated_at",)),
    "blob clock": (
        ["UPDATE changes SET hlc = X'00FF10' WHERE seq = (SELECT max(seq) FROM changes)"],
        ("journal",)),
    "no workshop row": (["DELETE FROM workshop"], ("missing",)),
    "two workshop rows": (
        ["INSERT INTO workshop (id, title, country, created_at, updated_at, updated_by) "
         "VALUES ('w2', 'Second', 'KEN', '2025-01-01', '2025-01-01', 'x')"],
        ("2 workshop records",)),
    "bad JSON in a multi-value field": (
        ["UPDATE stakeholders SET thematic_areas = '[not json' WHERE rowid = 1"],
        ("Thematic areas", "[not json")),
    "a number in a multi-value field": (
        ["UPDATE stakeholders SET thematic_areas = 5 WHERE rowid = 1"], ("Thematic areas",)),
    "yes/no that is neither": (
        ["UPDATE mechanisms SET has_tor = 7 WHERE rowid = 1"], ("Terms of reference", "7")),
    "over-long text": (
        ["UPDATE stakeholders SET mandate = (SELECT replace(hex(zeroblob(150000)), '0', 'ab'))"
         " WHERE rowid = 1"], ("Mandate", "too long", "600000")),
    "formula as an id": (
        [f"UPDATE participants SET id = '{FORMULA_ID.replace(chr(39), chr(39) * 2)}' "
         "WHERE rowid = 1"], ()),
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def craft(src: Path, dest: Path, sql: list[str]) -> Path:
    dest.write_bytes(src.read_bytes())
    conn = sqlite3.connect(dest)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return dest


def formulas_in(xlsx: Path) -> list[str]:
    """Every formula cell openpyxl sees, and every <f> element in the sheets' XML."""
    found = []
    wb = openpyxl.load_workbook(xlsx)
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            found += [f"{sheet.title}!{c.coordinate}" for c in row if c.data_type == "f"]
    with zipfile.ZipFile(xlsx) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and re.search(rb"<f[ >]", zf.read(name)):
                found.append(name)
    return found


@pytest.mark.parametrize("case", list(CRAFTED))
def test_crafted_content(case: str, demo_master: Path, tmp_path: Path) -> None:
    sql, words = CRAFTED[case]
    path = craft(demo_master, tmp_path / "crafted.mainstream", sql)
    before = digest(path)

    done = run_cli("check", str(path))
    assert "Traceback" not in done.stderr, done.stderr
    if words:
        assert done.returncode == 1, done.stdout
        report = done.stdout + done.stderr
        for word in words:
            assert word in report, report

    pdf, xlsx = tmp_path / "out.pdf", tmp_path / "out.xlsx"
    done = run_cli("export", str(path), "--pdf", str(pdf), "--xlsx", str(xlsx))
    assert "Traceback" not in done.stderr, done.stderr
    if done.returncode == 0:
        assert pdf.stat().st_size > 0
        assert formulas_in(xlsx) == []
    else:
        assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert digest(path) == before


@pytest.mark.parametrize("case", ["formula in a number", "null in a required field",
                                  "blob name", "blob clock", "no workshop row",
                                  "control characters", "over-long text"])
def test_crafted_content_in_the_window(case: str, demo_master: Path, tmp_path: Path) -> None:
    path = craft(demo_master, tmp_path / "crafted.mainstream", CRAFTED[case][0])
    before = digest(path)
    done = run_cli("smoke", str(path))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 1)
    assert digest(path) == before


def test_formula_values_are_exported_as_text(demo_master: Path, tmp_path: Path) -> None:
    """Issue 13 defect 1: nothing stored in the file becomes a live formula."""
    path = craft(demo_master, tmp_path / "f.mainstream", [
        *CRAFTED["formula as an id"][0], *CRAFTED["formula in a number"][0],
        *CRAFTED["formula in a cost"][0]])
    xlsx = tmp_path / "f.xlsx"
    done = run_cli("export", str(path), "--xlsx", str(xlsx))
    assert done.returncode == 0, done.stderr
    assert formulas_in(xlsx) == []
    wb = openpyxl.load_workbook(xlsx)
    ids = [c.value for c in wb["Participants"]["A"]]
    assert FORMULA_ID in ids  # kept, as text
    assert wb["Participants"].cell(ids.index(FORMULA_ID) + 1, 1).data_type == "s"


def test_over_long_text_is_cut_and_imports_again(demo_master: Path, tmp_path: Path) -> None:
    """Issue 13 defect 4: exported cut to the field's limit, marked, and importable."""
    path = craft(demo_master, tmp_path / "long.mainstream", CRAFTED["over-long text"][0])
    xlsx = tmp_path / "long.xlsx"
    assert run_cli("export", str(path), "--xlsx", str(xlsx)).returncode == 0
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    longest = max(len(str(v)) for row in wb["Stakeholders"].iter_rows(values_only=True)
                  for v in row if v is not None)
    wb.close()
    assert longest == LONGTEXT_MAX
    target = craft(demo_master, tmp_path / "target.mainstream", [])
    done = run_cli("import", str(target), str(xlsx), "--dry-run")
    assert done.returncode == 0, done.stdout + done.stderr


def test_check_names_the_record_and_stays_linear(demo_master: Path, tmp_path: Path) -> None:
    from mainstream_desktop.core.check import content_problems
    from mainstream_desktop.core.store import Workshop

    path = craft(demo_master, tmp_path / "c.mainstream", [
        "UPDATE stakeholders SET influence = 'high' WHERE rowid = 1"])
    with Workshop.open_for_reading(path) as ws:
        name = ws.conn.execute("SELECT name FROM stakeholders WHERE rowid = 1").fetchone()[0]
        statements: list[str] = []
        ws.conn.set_trace_callback(statements.append)
        problems = content_problems(ws)
        ws.conn.set_trace_callback(None)
    assert [(p.register_label, p.record, p.field_label) for p in problems] == [
        ("Stakeholder", name, "Influence")]
    assert (problems[0].table, problems[0].field) == ("stakeholders", "influence")  # keyed
    assert "high" in problems[0].text
    assert len(statements) < 40  # a fixed number of queries, whatever the file's size


# --- hostile workbooks: resource limits that hold (issue 13, defect 3) -------------------

def _with_shared_strings(src: Path, dest: Path, n: int, declared: int) -> Path:
    """``src`` with a shared-strings table of ``n`` entries (claiming ``declared``)."""
    from tests.test_workbook_helpers import replace_part

    body = "".join(f"<si><t>s{i}</t></si>" for i in range(n))
    xml = (f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           f'count="{declared}" uniqueCount="{declared}">{body}</sst>').encode()
    replace_part(src, dest, "xl/sharedStrings.xml", xml)
    with zipfile.ZipFile(dest) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        b"</Relationships>")
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return dest


@pytest.mark.parametrize("declared", [5000, 1], ids=["honest", "count-lies"])
def test_too_many_shared_strings_are_refused_before_loading(
        declared: int, sample_master: Path, demo_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from mainstream_desktop.core.errors import UserError
    from mainstream_desktop.core.store import Workshop
    from mainstream_desktop.workbook import plan_import, reader

    bomb = _with_shared_strings(sample_master, tmp_path / "bomb.xlsx", 5000, declared)
    monkeypatch.setattr(reader, "MAX_SHARED_STRINGS", 1000)
    loaded: list[Path] = []
    monkeypatch.setattr(reader, "open_workbook", lambda path, **kw: loaded.append(path))
    before = digest(demo_path)
    with Workshop.open_for_reading(demo_path) as ws, pytest.raises(UserError) as info:
        plan_import(ws, bomb)
    assert "1,000" in str(info.value) and "bomb.xlsx" in str(info.value)
    assert loaded == []  # refused before openpyxl parsed anything
    assert digest(demo_path) == before


def test_shared_strings_under_the_cap_import(sample_master: Path, demo_path: Path,
                                             tmp_path: Path) -> None:
    from mainstream_desktop.core.store import Workshop
    from mainstream_desktop.workbook import plan_import

    fine = _with_shared_strings(sample_master, tmp_path / "fine.xlsx", 50, 50)
    with Workshop.open_for_reading(demo_path) as ws:
        assert plan_import(ws, fine).ok


def test_cells_per_sheet_are_capped(sample_master: Path, demo_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from mainstream_desktop.core.errors import UserError
    from mainstream_desktop.core.store import Workshop
    from mainstream_desktop.workbook import plan_import, reader

    monkeypatch.setattr(reader, "MAX_CELLS", 200)
    with Workshop.open_for_reading(demo_path) as ws, pytest.raises(UserError) as info:
        plan_import(ws, sample_master)
    assert "cells" in str(info.value)


def test_the_limits_follow_the_documented_maximum() -> None:
    from mainstream_desktop.workbook import layout, reader

    widest = max(len(layout.columns(s.reg)) + 1 for s in layout.SHEETS)
    assert reader.MAX_ROWS * widest == reader.MAX_CELLS
    assert reader.MAX_SHARED_STRINGS == reader.MAX_CELLS


def test_two_sheets_for_one_register_are_refused(sample_master: Path, demo_path: Path,
                                                 tmp_path: Path) -> None:
    """Issue 13 defect 4: "STAKEHOLDERS" beside "Stakeholders" is not silently ignored."""
    from mainstream_desktop.core.errors import UserError
    from mainstream_desktop.core.store import Workshop
    from mainstream_desktop.workbook import plan_import

    wb = openpyxl.load_workbook(sample_master)
    copy = wb.copy_worksheet(wb["Stakeholders"])
    copy.title = "STAKEHOLDERS"
    copy["B2"] = "Someone else entirely"
    saved = tmp_path / "saved.xlsx"
    wb.save(saved)  # openpyxl calls it STAKEHOLDERS1; a crafted file need not
    with zipfile.ZipFile(saved) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
        b'name="STAKEHOLDERS1"', b'name="STAKEHOLDERS"')
    doubled = tmp_path / "doubled.xlsx"
    with zipfile.ZipFile(doubled, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    with Workshop.open_for_reading(demo_path) as ws, pytest.raises(UserError) as info:
        plan_import(ws, doubled)
    assert "Stakeholders" in str(info.value) and "STAKEHOLDERS" in str(info.value)
