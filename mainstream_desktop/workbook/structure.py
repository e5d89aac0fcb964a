"""Whether a workbook sent back still has the shape it was exported with.

A renamed or deleted sheet, a renamed or deleted column, or the deleted id column cannot be
imported cell by cell: a missing id column made every existing row a new record (40
duplicates and some 250 errors for the sample's stakeholders, the cause only in a warning).
Such edits are refused before any row is read, all at once, with one message that says
what to put back (issue 15).

What stays optional: a sheet or a column the workbook's schema did not have yet (a template
sent out before an update), the personal columns of a workbook exported without personal
data by a version that left them out, the About sheet, a column or a sheet of one's own
(ignored, with a warning), and the id column of the one-row Workshop sheet.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mainstream_desktop.core import i18n, validation
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import Field
from mainstream_desktop.workbook import layout, reader


@dataclass(frozen=True)
class Meta:
    """What the hidden Lists sheet (or, failing it, the About sheet) says of a workbook."""

    language: str
    personal_free: bool = False  # exported without personal data: empty there = unchanged
    schema: int = layout.UNMARKED_SCHEMA


def read_meta(path: Path, wb: Any, titles: list[str]) -> Meta:
    """The workbook's language, personal-data mark and schema (refusing newer formats)."""
    if layout.LISTS_SHEET not in titles:
        return Meta(i18n.current_language(), _about_says_personal_free(path, wb, titles))
    with reader.guarded(path):
        sheet = wb[layout.LISTS_SHEET]
        sheet.reset_dimensions()
        column = [row[0] for row in sheet.iter_rows(min_row=1, max_row=6, max_col=1,
                                                    values_only=True)]
    column += [None] * (6 - len(column))
    if column[1] != layout.FORMAT_NAME:
        return Meta(i18n.current_language(), _about_says_personal_free(path, wb, titles))
    try:
        version = int(str(column[2]))
    except ValueError:
        version = layout.FORMAT_VERSION
    if version > layout.FORMAT_VERSION:
        raise UserError(translate("Import", "“{name}” was written by a newer version of Mainstream "
                                     "Desktop; update the application to import it.").format(
            name=path.name))
    lang = str(column[3] or "")
    try:
        schema = int(str(column[5]))
    except ValueError:
        schema = layout.UNMARKED_SCHEMA
    return Meta(i18n.check_language(lang) if lang else "en",
                str(column[4] or "") == layout.NO_PERSONAL, schema)


def _about_says_personal_free(path: Path, wb: Any, titles: list[str]) -> bool:
    """Without the Lists sheet: whether the About sheet's facts say "Personal data: left
    out", in any shipped language (the safe reading: empty personal cells change nothing)."""
    about = next((t for t in titles if layout.ABOUT in layout.sheet_keys(t, "en")), None)
    if about is None:
        return False
    with reader.guarded(path):
        sheet = wb[about]
        sheet.reset_dimensions()
        facts = {(validation.fold(str(a)), validation.fold(str(b)))
                 for a, b in sheet.iter_rows(min_row=1, max_row=12, max_col=2, values_only=True)
                 if a and b}
    for lang in i18n.shipped_languages():
        with i18n.language(lang):
            fact = (validation.fold(translate("Workbook", "Personal data")),
                    validation.fold(translate("Workbook", "left out")))
        if fact in facts:
            return True
    return False


@dataclass
class Columns:
    """How a sheet's headers map onto its register's fields."""

    fields: dict[int, Field] = field(default_factory=dict)  # column number → field
    id_column: int | None = None
    unknown: list[str] = field(default_factory=list)  # headers that name no field
    twice: list[str] = field(default_factory=list)  # headers of a field already seen


def match_columns(spec: layout.SheetSpec, data: reader.SheetData, lang: str) -> Columns:
    aliases = layout.header_table(spec.reg, lang)
    out = Columns()
    for col, text in sorted(data.headers.items()):
        folded = validation.fold(text)
        if folded == layout.ID_HEADER:
            out.id_column = col
        elif folded in aliases:
            f = aliases[folded]
            if f in out.fields.values():
                out.twice.append(text)
            out.fields[col] = f
        else:
            out.unknown.append(text)
    return out


def _guess(wanted: str, others: list[str]) -> str | None:
    """The one of ``others`` that ``wanted`` was most likely renamed to."""
    if len(others) == 1:
        return others[0]
    folded = {validation.fold(o): o for o in others}
    found = difflib.get_close_matches(validation.fold(wanted), list(folded), n=1, cutoff=0.5)
    return folded[found[0]] if found else None


def check(path: Path, found: dict[str, str], ignored: list[str],
          sheets: list[tuple[layout.SheetSpec, reader.SheetData]], meta: Meta) -> None:
    """Raise one :class:`UserError` naming every structural change, or return."""
    problems: list[str] = []
    for spec in layout.SHEETS:
        if spec.register in found or spec.reg.added_in > meta.schema:
            continue
        text = translate("Import", "the sheet {sheet} is missing").format(sheet=spec.title)
        other = _guess(spec.title, ignored)
        if other is not None:
            text += translate("Import", "; was it renamed “{other}”? Give it back its name"
                              ).format(other=other)
        problems.append(text)
    for spec, data in sheets:
        columns = match_columns(spec, data, meta.language)
        if columns.id_column is None and not spec.reg.singleton:
            problems.append(translate(
                "Import", "sheet {sheet}: the hidden id column (column A) is missing. Without "
                "it the rows cannot be matched to the records they show and every row would "
                "be added again; use the workbook with its column A as it was exported"
            ).format(sheet=spec.name))
        present = set(columns.fields.values())
        for f in layout.columns(spec.reg):
            if f in present or f.added_in > meta.schema or (f.personal and meta.personal_free):
                continue
            text = translate("Import", "sheet {sheet}: the column “{column}” is missing").format(
                sheet=spec.name, column=layout.header(f))
            other = _guess(layout.header(f), columns.unknown)
            if other is not None:
                text += translate("Import", "; was it renamed “{other}”? Give it back its "
                                  "header").format(other=other)
            problems.append(text)
    if problems:
        raise UserError("\n".join([translate(
            "Import", "“{name}” cannot be imported: sheets or columns were renamed or deleted. "
            "Put them back as they were exported (the About sheet lists every sheet and "
            "column) and import again; nothing was imported.").format(name=path.name)]
            + ["  • " + p for p in problems]))
