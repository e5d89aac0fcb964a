"""A record's history in words: who changed which field when, from what to what.

Read from the journal (:meth:`Workshop.history`); the window lists these rows and can
write an entry's value back as a new edit (which is then itself in the history). Entries
a merge brought in keep the laptop's device and user they were made on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mainstream_desktop.core import validation
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.journal import ChangeKind, Entry, stamp_key, stamp_text
from mainstream_desktop.core.reading import Reading
from mainstream_desktop.core.registers import register


@dataclass(frozen=True)
class HistoryRow:
    entry: Entry
    when: str  # local date and time
    who: str  # user (device)
    what: str  # added, changed, deleted, restored
    field: str  # the field's translated label
    old: str  # the value before, as the form shows it
    new: str  # the value after
    restorable: bool  # a field of the register whose values can be written back


def _what(kind: ChangeKind) -> str:
    return {
        ChangeKind.INSERT: lambda: translate("History", "added"),
        ChangeKind.UPDATE: lambda: translate("History", "changed"),
        ChangeKind.DELETE: lambda: translate("History", "deleted"),
        ChangeKind.RESTORE: lambda: translate("History", "restored"),
    }[kind]()


def show(ws: Reading, table: str, fname: str, value: Any) -> str:
    """A journal value as the form shows it: labels for choices, names for references."""
    return validation.show_value(table, fname, value, ws.title_of)


def history_rows(ws: Reading, table: str, record_id: str) -> list[HistoryRow]:
    """The record's changes, newest first."""
    reg = register(table)
    names = {f.name for f in reg.fields}
    rows = []
    for e in sorted(ws.history(table, record_id), key=lambda e: stamp_key(e.hlc),
                    reverse=True):
        known = e.field in names
        label = translate("Field", reg.field(e.field).label) if known else e.field
        if e.field == "deleted_at":
            label = translate("History", "(the record)")
        who = e.user_name or translate("History", "someone")
        rows.append(HistoryRow(
            e, stamp_text(e.hlc, seconds=True), f"{who} ({e.device_id[:8]})", _what(e.kind),
            label,
            "" if e.field == "deleted_at" else show(ws, table, e.field, e.old),
            "" if e.field == "deleted_at" else show(ws, table, e.field, e.new), known))
    return rows
