"""A merge plan in the words a facilitator reads: the review the window shows.

:mod:`merge` finds what each file changed and every conflict; this module says it: what
each file added, changed and deleted, register by register under its step; what kind of
conflict each one is; and, for each side, what that file holds and what keeping it
does. It reads the inputs once more (never writing them) for the names of the records a
conflict points to but :attr:`MergePlan.names` does not hold (a deleted record another
register refers to, a parent in a cycle, a reference changed two ways).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from mainstream_desktop.core import enums, validation
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.merge import Conflict, ConflictKind, MergePlan, Side, Tally
from mainstream_desktop.core.registers import REGISTERS, in_step_order, register
from mainstream_desktop.core.store import Workshop

Names = dict[tuple[str, str], str]


@dataclass(frozen=True)
class TallyRow:
    """One register's line of the review: what each file did to it."""

    step: str  # a key of enums.STEPS
    table: str
    tallies: dict[int, Tally]  # source index -> counts (absent: nothing changed)


def tally_rows(plan: MergePlan) -> list[TallyRow]:
    """Registers some file changed, in the window's order (step by step, tab by tab)."""
    rows = []
    for reg in in_step_order():
        found = {i: t for (i, table), t in plan.tallies.items() if table == reg.name}
        if found:
            rows.append(TallyRow(reg.step, reg.name, found))
    return rows


def step_title(step: str) -> str:
    return translate("Enum", dict(enums.STEPS).get(step, step))


def tally_text(t: Tally | None) -> str:
    """"+3 ~5 −1": added, changed, deleted; only the counts that are not zero."""
    if t is None:
        return ""
    parts = [f"+{t.added}" if t.added else "", f"~{t.changed}" if t.changed else "",
             f"−{t.deleted}" if t.deleted else ""]
    return " ".join(p for p in parts if p)


def tally_words(t: Tally) -> str:
    return translate("MergeReview", "{added} added, {changed} changed, {deleted} deleted"
                     ).format(added=t.added, changed=t.changed, deleted=t.deleted)


def record_names(plan: MergePlan) -> Names:
    """:attr:`MergePlan.names` plus the names of every record a conflict's sides point
    to, read from the inputs (the first that still holds the record)."""
    wanted: set[tuple[str, str]] = set()
    for c in plan.conflicts:
        wanted.add((c.table, c.record_id))
        ref = _ref_table(c)
        for s in c.sides:
            wanted.add((c.table, s.record_id) if c.kind != ConflictKind.DANGLING or
                       s is not c.sides[0] else (ref or c.table, s.record_id))
            if c.kind in (ConflictKind.FIELD, ConflictKind.CYCLE) and ref:
                for value in s.value if isinstance(s.value, list) else [s.value]:
                    if isinstance(value, str):
                        wanted.add((ref, value))
    names = dict(plan.names)
    missing = {k for k in wanted if k not in names and k[0] in REGISTERS}
    for source in plan.sources:
        if not missing:
            break
        with contextlib.suppress(UserError, OSError), \
                Workshop.open_for_reading(source.path) as ws:
            for table, rid in list(missing):
                rec = ws.get(table, rid, include_deleted=True)
                if rec is not None:
                    names[(table, rid)] = ws.describe(table, rec) or rid
                    missing.discard((table, rid))
    return names


def _ref_table(c: Conflict) -> str | None:
    if not c.field or c.table not in REGISTERS:
        return None
    try:
        return register(c.table).field(c.field).ref
    except KeyError:
        return None


def kind_title(kind: ConflictKind) -> str:
    """The conflict's kind in a few words, for the list."""
    return {
        ConflictKind.FIELD: lambda: translate("MergeReview", "Changed differently"),
        ConflictKind.EDIT_DELETE: lambda: translate("MergeReview", "Edited here, deleted there"),
        ConflictKind.DANGLING: lambda: translate("MergeReview", "Refers to a deleted record"),
        ConflictKind.CLASH: lambda: translate("MergeReview", "Added twice"),
        ConflictKind.CYCLE: lambda: translate("MergeReview", "Parents in a circle"),
    }[kind]()


def kind_help(plan: MergePlan, c: Conflict, names: Names) -> str:
    """One sentence: what happened and what the facilitator decides."""
    what = record_label(plan, c, names)
    if c.kind == ConflictKind.FIELD:
        return translate("MergeReview", "{what}: the files changed this field to different "
                         "values. Keep one of them.").format(what=what)
    if c.kind == ConflictKind.EDIT_DELETE:
        return translate("MergeReview", "{what} was deleted in one file and edited in "
                         "another. Delete it, or keep it with the edits.").format(what=what)
    if c.kind == ConflictKind.DANGLING:
        return translate("MergeReview", "{what} refers to a record another file deleted. "
                         "Let the deletion stand (the reference goes), or keep the record "
                         "it refers to.").format(what=what)
    if c.kind == ConflictKind.CLASH:
        return translate("MergeReview", "Two files each added a record with the same name. "
                         "Keep one (the other's references move to it), or keep both (the "
                         "later one is renamed after its group).")
    return translate("MergeReview", "{what}: once combined, these records would each be "
                     "the other's parent. Keep one side; the other's parent is cleared."
                     ).format(what=what)


def record_label(plan: MergePlan, c: Conflict, names: Names) -> str:
    """“Stakeholder “Ministry of Health”, Mandate”."""
    reg = register(c.table)
    text = "{} “{}”".format(translate("Register", reg.singular),
                            names.get((c.table, c.record_id), c.record_id))
    if c.field and c.kind in (ConflictKind.FIELD, ConflictKind.DANGLING):
        text += ", " + field_label(c.table, c.field)
    return text


def field_label(table: str, name: str) -> str:
    try:
        return translate("Field", register(table).field(name).label)
    except KeyError:
        return name


def side_text(plan: MergePlan, c: Conflict, s: Side, names: Names) -> str:
    """What this file holds, and so what keeping its side gives."""
    ref = _ref_table(c)
    if c.kind == ConflictKind.FIELD and c.field:
        return show_value(c.table, c.field, s.value, names) or translate("MergeReview",
                                                                         "(empty)")
    if c.kind == ConflictKind.EDIT_DELETE:
        return (translate("MergeReview", "Deleted the record") if s is c.sides[0] else
                translate("MergeReview", "Edited the record: keep it, with the edits"))
    if c.kind == ConflictKind.DANGLING:
        target = names.get((ref or c.table, c.sides[0].record_id), c.sides[0].record_id)
        if s is c.sides[0]:
            if c.field and register(c.table).field(c.field).required:
                return translate("MergeReview", "Deleted “{name}”: the {what} referring to "
                                 "it is deleted too").format(
                    name=target, what=translate("Register", register(c.table).singular).lower())
            return translate("MergeReview", "Deleted “{name}”: the reference to it is cleared"
                             ).format(name=target)
        return translate("MergeReview", "Refers to “{name}”: keep “{name}”").format(
            name=target)
    if c.kind == ConflictKind.CLASH:
        return translate("MergeReview", "Added “{name}”: keep this one").format(
            name=names.get((c.table, s.record_id), str(s.value)))
    child = names.get((c.table, s.record_id), s.record_id)
    parent = names.get((c.table, str(s.value)), str(s.value))
    return translate("MergeReview", "Put “{child}” under “{parent}”").format(
        child=child, parent=parent)


def show_value(table: str, fname: str, value: Any, names: Names) -> str:
    """A stored value as the form shows it (names for references)."""
    return validation.show_value(table, fname, value, lambda t, v: names.get((t, v)))


def who(s: Side) -> str:
    """“Amina” and, below, the laptop: who made the change, and where."""
    user = s.user or translate("MergeReview", "someone")
    return translate("MergeReview", "{user}\ndevice {device}").format(user=user,
                                                                     device=s.device[:8])
