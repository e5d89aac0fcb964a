"""The workbook format, defined once for export and import.

Which register goes on which sheet, which columns a sheet has and what their headers
say, how a record is named when another sheet refers to it, and how a cell's text is
turned back into keys. :mod:`writer` and :mod:`importer` both read these tables, so a
workbook written by one version is what the same version reads back.

Sheet names and headers are in the workbook's language (an English workbook keeps the
fixed English sheet names). An import finds its sheets and columns by name in every
shipped language, so a workbook exported in Arabic, filled in and sent back is read
whatever the language of the window that imports it. Only the hidden Lists sheet keeps
one fixed name: it carries the format marker and the workbook's language.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from mainstream_desktop.core import i18n, validation
from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from mainstream_desktop.core.registers import (
    REGISTERS,
    Field,
    Register,
    in_step_order,
    record_name,
    register,
)

FORMAT_NAME = "mainstream-desktop-workbook"
FORMAT_VERSION = 1

ID_HEADER = "id"
# The hidden Lists sheet's column A: the format name, its version, the workbook's language,
# whether personal data was exported, and (since issue 15) the schema version it was
# written with. A workbook without that last mark comes from before it: schema 2 or 3.
PERSONAL, NO_PERSONAL = "personal", "no-personal"
UNMARKED_SCHEMA = 2
# The dates a date cell accepts: wide enough for an old ratification or a far deadline.
FIRST_DATE, LAST_DATE = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
LISTS_SHEET = "Lists"  # fixed in every language: the import reads its marker by name
ABOUT_SHEET = QT_TRANSLATE_NOOP("Sheet", "About")
ABOUT = "about"  # the About sheet's key beside the registers' in :func:`sheet_titles`
MULTI_SEPARATOR = "; "
# What also separates values in a multi cell on import: a new line, and the semicolons
# an Arabic or a Chinese keyboard types (labels hold none of them; a test checks).
MULTI_SPLIT = re.compile("[;\n\u061b\uff1b]")

# Excel's rules for a sheet name (a workbook breaking them is "repaired" on opening):
SHEET_NAME_MAX = 31
_SHEET_FORBIDDEN = re.compile(r"[:\\/?*\[\]]")
_SHEET_RESERVED = {"history"}  # Excel keeps this name for itself


@dataclass(frozen=True)
class SheetSpec:
    """One register sheet: its name and the register it holds.

    The name of the specs in :data:`SHEETS` is the register's English sheet name, the
    sheet's identity; :attr:`title` is what the sheet is called in the current language.
    """

    name: str
    register: str

    @property
    def reg(self) -> Register:
        return register(self.register)

    @property
    def title(self) -> str:
        return sheet_titles()[self.register]


# The sheets, step by step as the window's tabs: names and order come from the registers.
SHEETS: tuple[SheetSpec, ...] = tuple(SheetSpec(r.sheet, r.name) for r in in_step_order())

SHEET_OF: dict[str, SheetSpec] = {s.register: s for s in SHEETS}

assert set(SHEET_OF) == set(REGISTERS), "every register needs a step, hence a sheet"


# --- sheet names ----------------------------------------------------------------------------


def valid_sheet_name(text: str) -> bool:
    """Whether Excel takes ``text`` as a sheet name as it is."""
    return (
        0 < len(text) <= SHEET_NAME_MAX
        and text == text.strip()
        and text.isprintable()
        and not _SHEET_FORBIDDEN.search(text)
        and not text.startswith("'")
        and not text.endswith("'")
    )


def _candidates() -> list[tuple[str, list[str]]]:
    """For the About sheet and each register sheet: the names it may take in the current
    language, best first: its translation in context "Sheet", the register's translated
    tab label (the name the window shows), and the fixed English name."""
    out = [(ABOUT, [translate("Sheet", ABOUT_SHEET), ABOUT_SHEET])]
    english = i18n.current_language() == "en"
    for spec in SHEETS:
        fixed = spec.name
        if english:
            out.append((spec.register, [fixed]))
            continue
        own = translate("Sheet", fixed)
        tab = translate("Register", spec.reg.tab_label)  # the name the window shows
        names = [own, tab] if own != fixed else [tab]  # untranslated (yet): the tab's name
        out.append((spec.register, [*names, fixed]))
    return out


def sheet_titles() -> dict[str, str]:
    """Register (and :data:`ABOUT`) → its sheet's name in the current language.

    A translation Excel would refuse (too long, a forbidden character) or one that two
    sheets share (case-insensitively, as Excel compares) gives way to the next candidate
    of :func:`_candidates`; the English name, numbered if even that is taken, is last.
    """
    taken = {validation.fold(LISTS_SHEET), *_SHEET_RESERVED}
    out: dict[str, str] = {}
    for key, names in _candidates():
        fixed = names[-1]
        chosen = next((n for n in names if valid_sheet_name(n)
                       and validation.fold(n) not in taken), None)
        number = 2
        while chosen is None:
            numbered = f"{fixed} ({number})"
            chosen = numbered if validation.fold(numbered) not in taken else None
            number += 1
        taken.add(validation.fold(chosen))
        out[key] = chosen
    return out


@functools.cache
def _sheet_names_by_language(languages: tuple[str, ...]) -> dict[str, dict[str, set[str]]]:
    """Language → folded sheet name → the keys (registers, :data:`ABOUT`) it may mean:
    the names chosen in that language and every candidate behind them."""
    out: dict[str, dict[str, set[str]]] = {}
    for lang in languages:
        table: dict[str, set[str]] = {}
        with i18n.language(lang):
            chosen = sheet_titles()
            for key, names in _candidates():
                for name in (chosen[key], *names):
                    table.setdefault(validation.fold(name), set()).add(key)
        out[lang] = table
    return out


def sheet_keys(title: str, workbook_language: str) -> set[str]:
    """The registers (or :data:`ABOUT`) a sheet called ``title`` may hold.

    Names in the workbook's own language and the English names come first: a name that
    means one sheet there is that sheet. Otherwise every shipped language is asked; a name
    two languages give to different sheets comes back with both (an error for the import).
    """
    folded = validation.fold(title)
    tables = _sheet_names_by_language(i18n.shipped_languages())
    own = (workbook_language, "en") if workbook_language in tables else ("en",)
    for lang in own:
        found = tables[lang].get(folded, set())
        if len(found) == 1:
            return set(found)
    return {key for table in tables.values() for key in table.get(folded, ())}


def join_names(names: list[str]) -> str:
    """Names listed in running text: with the Arabic comma in Arabic script languages."""
    arabic = i18n.current_language().split("_")[0] in ("ar", "fa", "ur")
    return ("، " if arabic else ", ").join(names)


def sheet_reference(title: str) -> str:
    """``title`` as a formula names a sheet: quoted unless it is plain Latin letters
    (spaces, Arabic or Chinese script, apostrophes and digits need the quotes)."""
    if re.fullmatch(r"[A-Za-z]{2,}", title):
        return title
    return "'" + title.replace("'", "''") + "'"


# --- columns -------------------------------------------------------------------------------


def columns(reg: Register) -> tuple[Field, ...]:
    """The fields a sheet shows, in register order (after the hidden id column).

    A workbook without personal data has the same columns: the personal ones are left
    empty (:func:`withheld`), so the workbook still takes new people as a template and an
    import knows an empty cell there means "unchanged" (issue 15).
    """
    return reg.fields


def withheld(f: Field, personal_data: bool) -> bool:
    """Whether ``f``'s cells are left empty in this export (personal, not exported)."""
    return f.personal and not personal_data


def name_column(reg: Register) -> int:
    """The 0-based index among :func:`columns` of the column that names a record: what a
    reference's drop-down lists, and what stays on every printed page."""
    return next(i for i, f in enumerate(columns(reg)) if f.name == reg.title_field)


def header(f: Field) -> str:
    """A column's header: the field label in the current language."""
    return translate("Field", f.label)


# --- choices ------------------------------------------------------------------------------


def choice_text(f: Field, value: Any) -> str | None:
    """What a choice, multi or bool cell shows: labels, several joined by "; "."""
    if value is None or value == []:
        return None
    labels = dict(validation.choice_list(f))
    if f.kind == "multi":
        return MULTI_SEPARATOR.join(labels.get(v, v) for v in value)
    return labels.get(value, str(value))


class ChoiceReader:
    """Turns labels back into keys for one field, in the workbook's language and English.

    Unknown text is passed through unchanged so :func:`validation.coerce` reports it with
    its standard message; the rules stay in one place.
    """

    def __init__(self, f: Field, workbook_language: str):
        self.field = f
        table: dict[str, str] = {}
        for lang in dict.fromkeys(("en", workbook_language or "en")):
            with i18n.language(lang):
                for key, label in validation.choice_list(f):
                    table.setdefault(validation.fold(label), key)
        for key, _ in validation.choice_list(f):
            table[validation.fold(key)] = key
        self.table = table

    def key(self, text: str) -> str:
        return self.table.get(validation.fold(text), text)

    def known(self, text: str) -> bool:
        """Whether ``text`` names an allowed value (by label or key, in any case)."""
        return validation.fold(text) in self.table

    def read(self, value: Any) -> Any:
        if value is None or not isinstance(value, str) or not value.strip():
            return value
        if self.field.kind == "multi":
            parts = [p.strip() for p in MULTI_SPLIT.split(value)]
            return [self.key(p) for p in parts if p]
        return self.key(value)


def _own_aliases(f: Field, workbook_language: str) -> set[str]:
    """The header texts that name ``f`` first: its key and its label in English, in the
    current language and in the workbook's."""
    names = {validation.fold(f.name), validation.fold(f.label), validation.fold(header(f))}
    with i18n.language(workbook_language or i18n.current_language()):
        names.add(validation.fold(header(f)))
    return names


@functools.cache
def _labels_by_language(languages: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """Language → English field label → its translation (one catalogue switch each)."""
    labels = {f.label for r in REGISTERS.values() for f in r.fields}
    out: dict[str, dict[str, str]] = {}
    for lang in languages:
        with i18n.language(lang):
            out[lang] = {label: translate("Field", label) for label in labels}
    return out


def header_aliases(f: Field, workbook_language: str) -> set[str]:
    """Every header text that names ``f``: its key, its label in English, in the current
    and the workbook's language, and in every shipped language."""
    tables = _labels_by_language(i18n.shipped_languages())
    return _own_aliases(f, workbook_language) | {
        validation.fold(t[f.label]) for t in tables.values()}


def header_table(reg: Register, workbook_language: str) -> dict[str, Field]:
    """Folded header text → the field of ``reg`` it names.

    The key and the labels in English, the current and the workbook's language come
    first; a label of another shipped language that names a different field there, or
    two fields of this sheet, is left out rather than guessed.
    """
    table: dict[str, Field] = {}
    for f in reg.fields:
        for alias in _own_aliases(f, workbook_language):
            table.setdefault(alias, f)
    others: dict[str, set[Field]] = {}
    for f in reg.fields:
        for alias in header_aliases(f, workbook_language):
            others.setdefault(alias, set()).add(f)
    for alias, found in others.items():
        if alias not in table and len(found) == 1:
            table[alias] = next(iter(found))
    return table


# --- how records are named by other sheets -----------------------------------------------


def ref_targets() -> set[str]:
    """Registers that other registers refer to (their names are looked up on import)."""
    return {f.ref for r in REGISTERS.values() for f in r.fields if f.kind == "ref" and f.ref}


def record_names(table: str, rec: dict[str, Any]) -> list[str]:
    """The names a reference cell may use for ``rec`` (first: the one export writes).

    The first is the register's declared name (indicators: "code name", as the window
    shows them); each part alone names the record too, and a choice part by its key as
    well as its label (sectors). Reference parts cannot be named without the workshop
    and are left out.
    """
    reg = register(table)
    parts = [f for f in reg.name_parts if f.kind != "ref"]
    names = [record_name(reg, rec, _part_text)] if len(parts) == len(reg.name_parts) else []
    for f in parts:
        value = rec.get(f.name)
        names.append(_part_text(f, value))
        if f.kind == "choice" and value not in (None, ""):
            names.append(str(value))
    return list(dict.fromkeys(n for n in names if n))


def reference_names(table: str, records: list[dict[str, Any]]) -> dict[str, str]:
    """id → what a reference cell shows for each record of ``table``.

    That is the text of the record's name column, which is what the cell's drop-down
    offers (issue 15: indicators were written "code name" while the list offered the
    names alone). Where that text names more than one live record, the full declared
    name (:func:`record_names`) is written instead, so the cell still says which one.
    """
    reg = register(table)
    title = reg.field(reg.title_field)
    shown = {rec["id"]: _part_text(title, rec.get(title.name)) for rec in records}
    live: dict[str, int] = {}
    for rec in records:
        if not rec.get("deleted_at"):
            key = validation.fold(shown[rec["id"]])
            live[key] = live.get(key, 0) + 1
    out: dict[str, str] = {}
    for rec in records:
        text = shown[rec["id"]]
        if not text or live.get(validation.fold(text), 0) > 1:
            found = record_names(table, rec)
            text = found[0] if found else rec["id"]
        out[rec["id"]] = text
    return out


def _part_text(f: Field, value: Any) -> str:
    if f.kind == "ref" or value in (None, ""):
        return ""
    if f.kind in ("choice", "multi", "bool"):
        return choice_text(f, value) or str(value)
    return str(value)


def sheet_for_ref(f: Field) -> SheetSpec:
    """The sheet of the register ``f`` refers to."""
    return SHEET_OF[f.ref or ""]
