"""The workbook format, defined once for export and import.

Which register goes on which sheet, which columns a sheet has and what their headers
say, how a record is named when another sheet refers to it, and how a cell's text is
turned back into keys. :mod:`writer` and :mod:`importer` both read these tables, so a
workbook written by one version is what the same version reads back.

Sheet names are fixed English words whatever the language (an import finds its sheets
by name); headers are field labels in the workbook's language, and an import accepts
the field key, the English label or the label in the workbook's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mainstream_desktop.core import i18n, validation
from mainstream_desktop.core.i18n import translate
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
LISTS_SHEET = "Lists"
ABOUT_SHEET = "About"
MULTI_SEPARATOR = "; "


@dataclass(frozen=True)
class SheetSpec:
    """One register sheet: its fixed name and the register it holds."""

    name: str
    register: str

    @property
    def reg(self) -> Register:
        return register(self.register)


# The sheets, step by step as the window's tabs: names and order come from the registers.
SHEETS: tuple[SheetSpec, ...] = tuple(SheetSpec(r.sheet, r.name) for r in in_step_order())

SHEET_OF: dict[str, SheetSpec] = {s.register: s for s in SHEETS}
SHEET_NAMED: dict[str, SheetSpec] = {s.name.casefold(): s for s in SHEETS}

assert set(SHEET_OF) == set(REGISTERS), "every register needs a step, hence a sheet"


def columns(reg: Register, personal_data: bool = True) -> tuple[Field, ...]:
    """The fields a sheet shows, in register order (after the hidden id column); without
    personal data the fields declared personal are left out (the rows stay, so
    participants can still be counted by sex, role, organisation)."""
    return reg.shared_fields(personal_data)


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

    def read(self, value: Any) -> Any:
        if value is None or not isinstance(value, str) or not value.strip():
            return value
        if self.field.kind == "multi":
            parts = [p.strip() for p in value.replace("\n", ";").split(";")]
            return [self.key(p) for p in parts if p]
        return self.key(value)


def header_aliases(f: Field, workbook_language: str) -> set[str]:
    """Every header text that names ``f``: its key, the English and translated label."""
    names = {validation.fold(f.name), validation.fold(f.label), validation.fold(header(f))}
    with i18n.language(workbook_language or i18n.current_language()):
        names.add(validation.fold(header(f)))
    return names


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


def _part_text(f: Field, value: Any) -> str:
    if f.kind == "ref" or value in (None, ""):
        return ""
    if f.kind in ("choice", "multi", "bool"):
        return choice_text(f, value) or str(value)
    return str(value)


def sheet_for_ref(f: Field) -> SheetSpec:
    return SHEET_OF[f.ref or ""]
