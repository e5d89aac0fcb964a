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
    assert [(p.register, p.record, p.field) for p in problems] == [
        ("Stakeholder", name, "Influence")]
    assert "high" in problems[0].message
    assert len(statements) < 40  # a fixed number of queries, whatever the file's size
