"""Personal data is declared once, on the register fields, and every shared export obeys it.

A field flagged ``personal`` leaves the workbook and the PDF of a ``--no-personal-data``
export, whichever chapter or sheet shows it, and stays in the full export.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from mainstream_desktop.cli import main
from mainstream_desktop.core import guard, registers, schema
from mainstream_desktop.core.registers import REGISTERS, Field
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.report.chapters import commitment as commitment_chapter

MARK = "Zyxwvut Personal"  # one value, found only where the personal field is shown


def _declare(monkeypatch: pytest.MonkeyPatch, table: str, reg: registers.Register) -> None:
    """Declare ``reg`` for this test; files opened meanwhile are expected to have the schema
    the declarations now build (the stored fingerprints describe the shipped ones)."""
    monkeypatch.setitem(REGISTERS, table, reg)
    conn = sqlite3.connect(":memory:")
    schema.create_schema(conn, schema.SCHEMA_VERSION)
    declared = guard.schema_entries(conn)
    conn.close()
    shipped = guard.expected_entries
    monkeypatch.setattr(guard, "expected_entries", lambda version: (
        declared if version == schema.SCHEMA_VERSION else shipped(version)))


def _export(path: Path, out: Path, *, personal: bool) -> tuple[str, str]:
    """(all cell text of the workbook, all text of the PDF) of a CLI export."""
    pdf, xlsx = out / "report.pdf", out / "book.xlsx"
    argv = ["export", str(path), "--pdf", str(pdf), "--xlsx", str(xlsx)]
    assert main(argv if personal else [*argv, "--no-personal-data"]) == 0
    wb = load_workbook(xlsx, read_only=True)
    cells = " ".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                     for v in row if v is not None)
    wb.close()
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    return cells, text


def _both(path: Path, tmp_path: Path) -> dict[bool, tuple[str, str]]:
    out = {}
    for personal in (True, False):
        folder = tmp_path / ("full" if personal else "shared")
        folder.mkdir()
        out[personal] = _export(path, folder, personal=personal)
    return out


def test_an_extra_personal_field_leaves_every_shared_export(monkeypatch, tmp_path):
    """A new field declared personal and shown in a report card: one flag keeps it out."""
    reg = REGISTERS["commitments"]
    extra = Field("witness", "Witness (name)", personal=True)
    _declare(monkeypatch, "commitments", dataclasses.replace(reg, fields=(*reg.fields, extra)))
    monkeypatch.setattr(commitment_chapter, "CARD_FIELDS",
                        (*commitment_chapter.CARD_FIELDS, "witness"))
    path = tmp_path / "w.mainstream"
    with Workshop.create(path, title="Personal", country="KEN") as ws:
        ws.insert("commitments", {"title": "Cabinet decision", "instrument": "law",
                                  "witness": MARK})
    shown = _both(path, tmp_path)
    assert MARK in shown[True][0] and MARK in shown[True][1]
    assert MARK not in shown[False][0]
    assert MARK not in shown[False][1]


def test_declaring_a_shown_field_personal_removes_it_from_report_and_workbook(
        monkeypatch, tmp_path):
    """The programme table's working group, flagged personal, leaves both exports."""
    reg = REGISTERS["sessions"]
    fields = tuple(dataclasses.replace(f, personal=True) if f.name == "working_group" else f
                   for f in reg.fields)
    _declare(monkeypatch, "sessions", dataclasses.replace(reg, fields=fields))
    path = tmp_path / "w.mainstream"
    with Workshop.create(path, title="Personal", country="KEN") as ws:
        ws.insert("sessions", {"title": "Opening", "date": "2025-03-04", "working_group": MARK})
    shown = _both(path, tmp_path)
    assert MARK in shown[True][0] and MARK in shown[True][1]
    assert MARK not in shown[False][0]
    assert MARK not in shown[False][1]


def test_the_declared_personal_fields_are_the_ones_left_out():
    personal = {(r.name, f.name) for r in REGISTERS.values() for f in r.fields if f.personal}
    assert personal == {
        ("participants", "name"), ("participants", "position"), ("participants", "email"),
        ("participants", "phone"), ("sessions", "facilitator"),
        ("commitments", "focal_point"), ("commitments", "focal_point_contact"),
        ("mechanism_members", "representative"), ("stakeholders", "contact_person"),
        ("stakeholders", "contact_email"), ("stakeholders", "contact_phone"),
        ("workshop", "signatory"),
    }
