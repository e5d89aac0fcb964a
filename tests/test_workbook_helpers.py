"""Helpers shared by the workbook tests (no tests here): read sheets back, edit cells, hash."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path
from typing import Any

import openpyxl

from mainstream_desktop.workbook import layout


def sheet_rows(path: Path, sheet: str) -> list[dict[str, Any]]:
    """Rows of a sheet as dicts keyed by header (the hidden id column included)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(wb[sheet].iter_rows(values_only=True))
    finally:
        wb.close()
    head = [h for h in rows[0]]
    return [dict(zip(head, r, strict=False)) for r in rows[1:]
            if any(v is not None for v in r)]


def register_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every register sheet as a sorted list of row tuples (for whole-workbook equality)."""
    out = {}
    for spec in layout.SHEETS:
        rows = sheet_rows(path, spec.name)
        out[spec.name] = sorted(tuple(sorted((k, str(v)) for k, v in r.items())) for r in rows)
    return out


def edit(path: Path, changes: list[tuple[str, int | None, str, Any]]) -> Path:
    """Set cells (sheet, row or None for a new row, header, value) and save in place.

    A new row is appended once per distinct negative number -1, -2… given as ``row``.
    """
    wb = openpyxl.load_workbook(path)
    new_rows: dict[tuple[str, int], int] = {}
    for sheet_name, row, header_text, value in changes:
        sheet = wb[sheet_name]
        heads = {c.value: c.column for c in sheet[1]}
        if row is None or row < 0:
            key = (sheet_name, row or -1)
            if key not in new_rows:
                new_rows[key] = sheet.max_row + 1
            row = new_rows[key]
        sheet.cell(row=row, column=heads[header_text]).value = value
    wb.save(path)
    return path


def row_of(path: Path, sheet: str, header_text: str, value: Any) -> int:
    """The row number (1-based, header = 1) whose ``header_text`` cell equals ``value``."""
    for i, r in enumerate(sheet_rows(path, sheet), start=2):
        if r.get(header_text) == value:
            return i
    raise AssertionError(f"{value!r} not found in {sheet}.{header_text}")


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def replace_part(src: Path, dest: Path, part: str, data: bytes,
                 compress: int = zipfile.ZIP_DEFLATED) -> Path:
    """Copy an xlsx, replacing (or adding) one part: how hostile workbooks are made."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", compress) as zout:
        for info in zin.infolist():
            if info.filename != part:
                zout.writestr(info.filename, zin.read(info.filename))
        zout.writestr(part, data)
    return dest


def sheet_part(path: Path, sheet: str) -> str:
    """The zip part name of a sheet (sheets are numbered in workbook order)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        index = wb.sheetnames.index(sheet) + 1
    finally:
        wb.close()
    return f"xl/worksheets/sheet{index}.xml"



def write_sample(demo_master: Path, folder: Path) -> Path:
    """The sample workshop's workbook, written from the (unmodified) session master."""
    from mainstream_desktop.core.store import Workshop
    from mainstream_desktop.workbook import write_workbook

    ws = Workshop.open(demo_master, readonly=True)
    try:
        return write_workbook(ws, folder / "sample.xlsx")
    finally:
        ws.close()


def copy_of(path: Path, folder: Path) -> Path:
    return Path(shutil.copyfile(path, folder / path.name))
