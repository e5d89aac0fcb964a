"""What kind of spreadsheet a file is, from its sheet names alone, without openpyxl.

A file dropped on the window is either a workbook this program wrote (it has the About
sheet, in any shipped language) or someone else's table, such as indicator values a
statistics office published. Reading ``xl/workbook.xml`` from the zip answers that in a
millisecond, before the long import starts in its worker.
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

from mainstream_desktop.workbook import layout

MAX_INDEX_BYTES = 2_000_000  # a workbook.xml larger than this is not one of ours
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"")


def sheet_names(path: Path) -> list[str]:
    """The sheet names of an .xlsx file, in order; [] for a file that is not one."""
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("xl/workbook.xml")
            if info.file_size > MAX_INDEX_BYTES:
                return []
            data = zf.read(info)
    except (OSError, KeyError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError):
        return []
    return [html.unescape(m.decode("utf-8", "replace")) for m in _SHEET.findall(data)]


def is_workshop_workbook(path: Path) -> bool:
    """Whether ``path`` has the About sheet (or the hidden Lists sheet) of a workbook
    this program exports; anything else is read as a table of values."""
    for name in sheet_names(path):
        if name == layout.LISTS_SHEET or layout.ABOUT in layout.sheet_keys(name, "en"):
            return True
    return False
