"""Open a workbook someone sent back, without trusting it.

Before openpyxl sees the file it is checked to be an xlsx (a zip with a workbook
inside), not too large, not a zip bomb, and free of XML entity declarations; openpyxl
then parses it through defusedxml in read-only (streaming) mode. Rows and cells are
capped. Formulas are never calculated: a formula cell's saved value is used when the
file has one (and the import says so), otherwise the cell is refused.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate

MAX_FILE_BYTES = 100 * 1024 * 1024  # the workbook file itself
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # all its parts unpacked
MAX_PART_RATIO = 200  # unpacked/packed of a part larger than a few MiB: a zip bomb
MAX_ROWS = 100_000  # filled rows on one sheet
MAX_SCANNED_ROWS = 1_048_576  # Excel's own limit, empty rows included
MAX_COLUMNS = 200  # columns read per sheet
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell


def _widest_sheet() -> int:
    from mainstream_desktop.workbook import layout

    return max(len(layout.columns(spec.reg)) + 1 for spec in layout.SHEETS)


# The documented maximum is MAX_ROWS rows on a sheet; the widest sheet has _widest_sheet()
# columns (17 with the id), so no sheet a person can fill within the limits holds more than
# 1,700,000 cells, and no workbook needs more distinct texts than that. openpyxl keeps every
# shared string in memory before a single row is read (about 170 bytes each): six million
# of them took 52-58 s and 1 GB in a dry run. Counted first, streaming, they are refused in
# under a second; a table right at the cap still imports (about 15 s and 320 MB).
MAX_CELLS = MAX_ROWS * _widest_sheet()  # cells read on one sheet (filled rows × columns)
MAX_SHARED_STRINGS = MAX_CELLS  # entries of the shared-strings table, counted before loading
_SHARED_ITEM = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s/>]")
_SHARED_TYPE = re.compile(rb"sharedStrings\+xml", re.IGNORECASE)
_PART_NAME = re.compile(rb'PartName="/?([^"]+)"')
_CHUNK = 1 << 20

# The error values a spreadsheet cell can hold (Excel's and those LibreOffice writes to
# xlsx): a formula that failed, never a value to import, even when kept as text.
ERROR_VALUES = frozenset({
    "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
    "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
})

_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Formula:
    """A formula cell: where it is, its text, and the saved value used instead (if any)."""

    row: int
    column: int
    text: str
    cached: Any = None
    error: str | None = None  # the saved value is a spreadsheet error (#DIV/0!…)


@dataclass
class SheetData:
    """One sheet as read: header texts by column, then the filled rows."""

    name: str
    headers: dict[int, str] = field(default_factory=dict)
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)  # (row number, values)
    formulas: list[Formula] = field(default_factory=list)
    # cells that cannot be read as values: (row, column, text): an error value or text
    # longer than a cell holds
    errors: list[tuple[int, int, str]] = field(default_factory=list)
    # those of them that hold a spreadsheet error value (the error, e.g. "#REF!")
    error_values: list[tuple[int, int, str]] = field(default_factory=list)


def _name(path: Path) -> str:
    return path.name


def check_file(path: Path) -> None:
    """Refuse anything that is not a plausible, reasonably sized xlsx, with one message."""
    if not path.is_file():
        raise UserError(
            translate("Import", "“{name}” does not exist or is not a file.").format(name=path)
        )
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(
            translate(
                "Import", "“{name}” is too large to import ({mb} MB; at most {max} MB)."
            ).format(name=_name(path), mb=size // 2**20, max=MAX_FILE_BYTES // 2**20)
        )
    with open(path, "rb") as fh:
        head = fh.read(8)
    if head == _OLE_MAGIC:
        raise UserError(
            translate(
                "Import",
                "“{name}” is an old-style .xls workbook or is protected "
                "by a password. Open it in a spreadsheet program and "
                "save it as an Excel workbook (.xlsx) without a "
                "password.",
            ).format(name=_name(path))
        )
    not_xlsx = translate("Import", "“{name}” is not an Excel workbook (.xlsx).").format(
        name=_name(path)
    )
    if not zipfile.is_zipfile(path):
        raise UserError(not_xlsx)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                raise UserError(not_xlsx)
            _check_sizes(path, infos)
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    with zf.open(info) as part:
                        if _DTD.search(part.read(4096)):
                            raise UserError(_hostile(path))
            for name in _shared_string_parts(zf, names):
                _count_shared_strings(path, zf, name)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        OSError,
        EOFError,
        RuntimeError,
    ) as exc:
        raise UserError(
            translate("Import", "“{name}” is damaged and cannot be read ({reason}).").format(
                name=_name(path), reason=exc
            )
        ) from None


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    total = 0
    for info in infos:
        total += info.file_size
        packed = max(info.compress_size, 1)
        if info.file_size > 8 * 2**20 and info.file_size / packed > MAX_PART_RATIO:
            raise UserError(_hostile(path))
    if total > MAX_UNPACKED_BYTES:
        raise UserError(
            translate(
                "Import", "“{name}” is too large to import ({mb} MB unpacked; at most {max} MB)."
            ).format(name=_name(path), mb=total // 2**20, max=MAX_UNPACKED_BYTES // 2**20)
        )


def _shared_string_parts(zf: zipfile.ZipFile, names: set[str]) -> list[str]:
    """The shared-strings parts openpyxl would load: those [Content_Types].xml declares
    (it may name any path), and any part called sharedStrings.xml."""
    found = {n for n in names if n.lower().endswith("sharedstrings.xml")}
    info = zf.getinfo("[Content_Types].xml")
    if info.file_size <= 4 * _CHUNK:  # larger is no spreadsheet's; openpyxl reads it anyway
        types = zf.read(info)
        for element in re.findall(rb"<(?:\w+:)?Override\b[^>]*>", types):
            match = _PART_NAME.search(element)
            if match and _SHARED_TYPE.search(element):
                found.add(match.group(1).decode("utf-8", "replace"))
    return sorted(n for n in found if n in names)


def _count_shared_strings(path: Path, zf: zipfile.ZipFile, name: str) -> None:
    """Refuse a shared-strings table of more than :data:`MAX_SHARED_STRINGS` entries.

    The entries are counted as the part streams by (the ``count`` attributes may lie),
    a megabyte at a time, so the count stops at the cap whatever the table's size.
    """
    count = 0
    tail = b""
    with zf.open(name) as part:
        while chunk := part.read(_CHUNK):
            data = tail + chunk
            count += len(_SHARED_ITEM.findall(data))
            tail = data[-32:]  # an element name cut by the chunk boundary is counted next time
            count -= len(_SHARED_ITEM.findall(tail))
            if count + len(_SHARED_ITEM.findall(tail)) > MAX_SHARED_STRINGS:
                raise UserError(translate(
                    "Import", "“{name}” holds more than {max} different texts, more than a "
                    "workbook within the import's limits can need; it was refused.").format(
                    name=_name(path), max=f"{MAX_SHARED_STRINGS:,}"))


def _hostile(path: Path) -> str:
    return translate(
        "Import",
        "“{name}” contains constructs that no spreadsheet program writes "
        "(XML entity declarations or an extreme compression ratio) and was "
        "refused as potentially harmful.",
    ).format(name=_name(path))


@contextmanager
def guarded(path: Path) -> Iterator[None]:
    """Turn whatever a damaged or hostile file makes the parser raise into a UserError."""
    from defusedxml import DefusedXmlException

    try:
        yield
    except UserError:
        raise
    except DefusedXmlException:
        raise UserError(_hostile(path)) from None
    except MemoryError:
        raise UserError(
            translate("Import", "“{name}” is too large to import.").format(name=_name(path))
        ) from None
    except (
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        EOFError,
        SyntaxError,
    ) as exc:  # xml ParseError is a SyntaxError
        cause: BaseException | None = exc
        while cause is not None:  # openpyxl wraps what the parser raised in a ValueError
            if isinstance(cause, DefusedXmlException):
                raise UserError(_hostile(path)) from None
            cause = cause.__cause__ or cause.__context__
        raise UserError(
            translate("Import", "“{name}” is damaged and cannot be read ({reason}).").format(
                name=_name(path), reason=type(exc).__name__
            )
        ) from None


def open_workbook(path: Path, *, data_only: bool = False) -> Any:
    """The workbook in read-only mode, after :func:`check_file` (call that first)."""
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise UserError(
            translate(
                "Import",
                "Importing needs the defusedxml package, which protects "
                "against harmful workbooks; it is not installed.",
            )
        )
    with guarded(path):
        return openpyxl.load_workbook(
            path, read_only=True, data_only=data_only, keep_links=False, keep_vba=False
        )


def read_sheet(path: Path, wb: Any, title: str) -> SheetData:
    """Headers and filled rows of sheet ``title``, within the caps."""
    sheet = wb[title]
    data = SheetData(title)
    with guarded(path):
        sheet.reset_dimensions()  # the stored size may lie; read what is there
        for cells in sheet.iter_rows(min_row=1, max_row=1, max_col=MAX_COLUMNS):
            for i, cell in enumerate(cells, start=1):
                if cell.value is not None and str(cell.value).strip():
                    data.headers[i] = str(cell.value)[:200]
        width = max(data.headers, default=0)
        if not width:
            return data
        scanned = 1
        for cells in sheet.iter_rows(min_row=2, max_col=width):
            scanned += 1
            if scanned > MAX_SCANNED_ROWS:
                raise UserError(_too_many(path, title))
            values = _row_values(data, scanned, cells, width)
            if values is None:
                continue
            if len(data.rows) >= MAX_ROWS:
                raise UserError(_too_many(path, title))
            if (len(data.rows) + 1) * width > MAX_CELLS:
                raise UserError(translate(
                    "Import", "Sheet {sheet} of “{name}” has more than {max} filled cells; split "
                    "the workbook.").format(sheet=title, name=_name(path), max=f"{MAX_CELLS:,}"))
            data.rows.append((scanned, values))
    return data


def _too_many(path: Path, title: str) -> str:
    return translate(
        "Import", "Sheet {sheet} of “{name}” has more than {max} rows; split the workbook."
    ).format(sheet=title, name=_name(path), max=f"{MAX_ROWS:,}")


def _row_values(data: SheetData, row: int, cells: tuple[Any, ...], width: int) -> list[Any] | None:
    """The values of one row (None when it is empty), noting formulas and bad cells."""
    values: list[Any] = [None] * width
    filled = False
    for i, cell in enumerate(cells[:width]):
        value = cell.value
        if value is None:
            continue
        kind = cell.data_type
        if kind == "f":
            data.formulas.append(Formula(row, i + 1, str(value)))
            filled = True
            continue
        if kind == "e" or (isinstance(value, str) and value.strip() in ERROR_VALUES):
            data.errors.append((row, i + 1, str(value).strip()))
            data.error_values.append((row, i + 1, str(value).strip()))
            filled = True
            continue
        if isinstance(value, str):
            if len(value) > MAX_CELL_CHARS:
                data.errors.append((row, i + 1, value[:40]))
                filled = True
                continue
            if not value.strip():
                continue
        elif isinstance(value, dt.time | dt.timedelta):
            value = str(value)
        values[i] = value
        filled = True
    return values if filled else None


def fill_cached(path: Path, sheets: list[SheetData]) -> None:
    """Look up the saved values of formula cells (a second, value-only pass)."""
    wanted = [s for s in sheets if s.formulas]
    if not wanted:
        return
    wb = open_workbook(path, data_only=True)
    try:
        with guarded(path):
            for data in wanted:
                by_row: dict[int, list[Formula]] = {}
                for f in data.formulas:
                    by_row.setdefault(f.row, []).append(f)
                last = max(by_row)
                width = max(f.column for f in data.formulas)
                sheet = wb[data.name]
                sheet.reset_dimensions()
                for number, cells in enumerate(
                    sheet.iter_rows(min_row=1, max_row=last, max_col=width), start=1
                ):
                    for f in by_row.get(number, ()):
                        cell = cells[f.column - 1] if f.column <= len(cells) else None
                        value = None if cell is None else cell.value
                        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                            value = None
                        if cell is not None and value is not None and (cell.data_type == "e"
                                                  or str(value).strip() in ERROR_VALUES):
                            f.error, value = str(value).strip(), None
                        f.cached = value
    finally:
        wb.close()
