"""Hostile and broken workbooks: each gets a clear message and leaves the workshop untouched."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.workbook import import_workbook, reader
from tests.test_workbook_helpers import (
    digest,
    replace_part,
    row_of,
    sheet_part,
)

BOMB_DTD = (b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
            + b"".join(f'<!ENTITY lol{i} "{"&lol;" * 10 if i == 1 else f"&lol{i - 1};" * 10}">'
                       .encode() for i in range(1, 10))
            + b"]>")


def _refused(ws: Workshop, path: Path, workshop_file: Path, *needles: str) -> str:
    """Import must raise a UserError containing ``needles`` and change nothing."""
    before = digest(workshop_file)
    with pytest.raises(UserError) as info:
        import_workbook(ws, path)
    assert digest(workshop_file) == before
    message = str(info.value)
    for needle in needles:
        assert needle in message, message
    assert "Traceback" not in message
    return message


def _stakeholders_xml(path: Path) -> tuple[str, str]:
    part = sheet_part(path, "Stakeholders")
    with zipfile.ZipFile(path) as zf:
        return part, zf.read(part).decode()


def test_not_a_workbook(demo_ws: Workshop, demo_path: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.xlsx"
    text.write_text("name,type\nMinistry,gov\n")
    _refused(demo_ws, text, demo_path, "notes.xlsx", "not an Excel workbook")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    _refused(demo_ws, old, demo_path, ".xls", "save it as an Excel workbook")
    other_zip = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other_zip, "w") as zf:
        zf.writestr("hello.txt", "hi")
    _refused(demo_ws, other_zip, demo_path, "not an Excel workbook")
    _refused(demo_ws, tmp_path / "missing.xlsx", demo_path, "does not exist")


def test_truncated_workbook(demo_ws: Workshop, demo_path: Path, sample_xlsx: Path) -> None:
    data = sample_xlsx.read_bytes()
    sample_xlsx.write_bytes(data[: len(data) // 2])
    _refused(demo_ws, sample_xlsx, demo_path, "sample.xlsx")


def test_damaged_part(demo_ws: Workshop, demo_path: Path, sample_xlsx: Path,
                      tmp_path: Path) -> None:
    part, _ = _stakeholders_xml(sample_xlsx)
    bad = replace_part(sample_xlsx, tmp_path / "bad.xlsx", part, b"<worksheet><sheetData><row")
    _refused(demo_ws, bad, demo_path, "damaged")


@pytest.mark.parametrize("padding", [0, 6000], ids=["dtd-at-top", "dtd-after-comment"])
def test_entity_bomb_is_refused(demo_ws: Workshop, demo_path: Path, sample_xlsx: Path,
                                tmp_path: Path, padding: int) -> None:
    """At the top the pre-scan finds it; further down defusedxml refuses it while parsing."""
    part, xml = _stakeholders_xml(sample_xlsx)
    body = xml.split("?>", 1)[-1] if xml.startswith("<?xml") else xml
    body = body.replace("<t>Ministry of Planning and Development</t>", "<t>&lol9;</t>", 1)
    comment = b"<!--" + b" " * padding + b"-->" if padding else b""
    data = b'<?xml version="1.0"?>' + comment + BOMB_DTD + body.encode()
    bomb = replace_part(sample_xlsx, tmp_path / "bomb.xlsx", part, data)
    _refused(demo_ws, bomb, demo_path, "potentially harmful")


def test_zip_bomb_is_refused(demo_ws: Workshop, demo_path: Path, sample_xlsx: Path,
                             tmp_path: Path) -> None:
    bomb = replace_part(sample_xlsx, tmp_path / "zip.xlsx", "xl/media/big.xml",
                        b"<a>" + b" " * (40 * 2**20) + b"</a>")
    _refused(demo_ws, bomb, demo_path, "potentially harmful")


def test_size_caps(demo_ws: Workshop, demo_path: Path, sample_xlsx: Path,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_ROWS", 10)
    _refused(demo_ws, sample_xlsx, demo_path, "has more than 10 rows", "Participants")
    monkeypatch.setattr(reader, "MAX_FILE_BYTES", 1000)
    _refused(demo_ws, sample_xlsx, demo_path, "too large")


def test_far_away_row_is_capped(demo_ws: Workshop, demo_path: Path, sample_xlsx: Path,
                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    part, xml = _stakeholders_xml(sample_xlsx)
    far = '<row r="900000"><c r="B900000" t="inlineStr"><is><t>x</t></is></c></row>'
    bad = replace_part(sample_xlsx, tmp_path / "far.xlsx", part,
                       xml.replace("</sheetData>", far + "</sheetData>").encode())
    monkeypatch.setattr(reader, "MAX_SCANNED_ROWS", 5000)
    _refused(demo_ws, bad, demo_path, "Stakeholders", "more than")


def test_overlong_cell_is_an_error(demo_ws: Workshop, demo_path: Path,
                                   sample_xlsx: Path) -> None:
    """Longer than any spreadsheet program allows (openpyxl itself would cut it)."""
    path = _set_cell(sample_xlsx, sample_xlsx.with_name("long.xlsx"), "Q", 2,
                     '<is><t>' + "x" * 40_000 + "</t></is>", ' t="inlineStr"')
    before = digest(demo_path)
    plan = import_workbook(demo_ws, path)
    assert not plan.ok
    assert any(e.startswith("Stakeholders, row 2, column “Notes”") and "32,767" in e
               for e in plan.errors), plan.errors
    assert digest(demo_path) == before


def _set_cell(path: Path, dest: Path, column: str, row: int, inner: str,
              attrs: str = "") -> Path:
    """Rewrite one cell of the Stakeholders sheet's XML (or add it to its row)."""
    part, xml = _stakeholders_xml(path)
    ref = f"{column}{row}"
    cell = f'<c r="{ref}"{attrs}>{inner}</c>'
    new, n = re.subn(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', cell, xml, count=1)
    if not n:
        new, n = re.subn(rf'(<row r="{row}"[^>]*>.*?)</row>', rf"\g<1>{cell}</row>", xml,
                         count=1)
    assert n == 1
    return replace_part(path, dest, part, new.encode())


def _set_formula(path: Path, dest: Path, column: str, row: int, formula: str,
                 cached: str | None) -> Path:
    value = f"<v>{cached}</v>" if cached is not None else ""
    return _set_cell(path, dest, column, row, f"<f>{formula}</f>{value}")


def test_formula_with_saved_value_is_used_and_reported(
        demo_ws: Workshop, sample_xlsx: Path, tmp_path: Path) -> None:
    rec = demo_ws.records("stakeholders")[0]
    row = row_of(sample_xlsx, "Stakeholders", "id", rec["id"])
    path = _set_formula(sample_xlsx, tmp_path / "f.xlsx", "I", row, "1+1", "2")
    plan = import_workbook(demo_ws, path)
    assert plan.ok, plan.summary()
    assert any("Influence" in w and "not calculated" in w and "“2”" in w for w in plan.warnings)
    assert demo_ws.get("stakeholders", rec["id"])["influence"] == 2


def test_formula_without_saved_value_is_refused(
        demo_ws: Workshop, demo_path: Path, sample_xlsx: Path, tmp_path: Path) -> None:
    path = _set_formula(sample_xlsx, tmp_path / "f.xlsx", "B", 3, 'HYPERLINK("x")', None)
    before = digest(demo_path)
    plan = import_workbook(demo_ws, path)
    assert not plan.ok
    assert any(e.startswith("Stakeholders, row 3, column “Name”") and "formula" in e
               for e in plan.errors), plan.errors
    assert digest(demo_path) == before


def test_newer_format_is_refused(demo_ws: Workshop, demo_path: Path, sample_xlsx: Path) -> None:
    wb = openpyxl.load_workbook(sample_xlsx)
    wb["Lists"]["A3"] = "99"
    wb.save(sample_xlsx)
    _refused(demo_ws, sample_xlsx, demo_path, "newer version")
