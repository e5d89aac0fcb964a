"""Merging the copies working groups edited apart back into one workshop.

Records match by id; what two files share is what their journals share (change ids), so
only what each changed since they parted counts. For every field changed since then, the
files whose changes include every other file's changes of it win without question; where
two files changed it without seeing each other's change and disagree, that is a
**conflict**. So are a record edited in one file and deleted in another, and, on the
merged state, a record referring to one another file deleted, two records added apart
that clash (the same name), and parents that form a cycle only once combined.

:func:`plan_merge` reads the inputs (never writing them) and returns a :class:`MergePlan`:
what each file added, changed and deleted, and every conflict side by side. Conflicts are
decided one by one (:meth:`Conflict.decide`) or by rule (:meth:`MergePlan.resolve`);
:func:`write_merge` then writes the result as a new file, in one transaction, through the
store's batch path: the journals of every input are kept (same change ids, clocks and
devices), and each decision is one new change, so a later merge knows what is common.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import sqlite3
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from mainstream_desktop.core import journal, validation
from mainstream_desktop.core.batch import Op
from mainstream_desktop.core.editing import NOW_REFERRED
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.journal import Change, ChangeKind, Entry, Origin, stamp_key
from mainstream_desktop.core.registers import REGISTERS, references_to, register
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.core.validity import CYCLE, MISSING_TARGET, NOT_UNIQUE

GROUP_KEY = "group_name"  # meta key of a working group's copy
MERGED_KEY = "merged_groups"  # meta key: the groups whose work a file has merged (JSON)

Key = tuple[str, str, str]  # (register, record id, field)


class ConflictKind(StrEnum):
    FIELD = "field"  # the same field changed to different values
    EDIT_DELETE = "edit_delete"  # edited in one file, deleted in another
    DANGLING = "dangling"  # refers to a record another file deleted
    CLASH = "clash"  # records added apart that clash (the same name)
    CYCLE = "cycle"  # parents that form a cycle only once combined


@dataclass(frozen=True)
class Source:
    """One input file."""

    index: int
    path: Path
    group: str  # the working group's name, or the laptop's device when it has none


@dataclass(frozen=True)
class Side:
    """One file's side of a conflict: its value, and who changed it when."""

    source: int
    record_id: str
    value: Any
    user: str
    device: str
    hlc: str


@dataclass
class Conflict:
    kind: ConflictKind
    table: str
    record_id: str
    field: str | None
    sides: tuple[Side, ...]
    choice: int | None = None  # index into ``sides`` of the side that wins
    keep_both: bool = False  # a clash: every record kept, all but the oldest renamed

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.table}:{self.record_id}:{self.field or ''}"

    @property
    def decided(self) -> bool:
        return self.keep_both or self.choice is not None

    @property
    def renamable(self) -> bool:
        """A clash whose records can all be kept, renamed: one of names, not of what a
        record joins (two links added apart between the same stakeholders are one)."""
        return (self.kind == ConflictKind.CLASH and self.field is not None
                and register(self.table).field(self.field).kind in ("text", "longtext"))

    def decide(self, choice: int | None, *, keep_both: bool = False) -> None:
        if choice is not None and not 0 <= choice < len(self.sides):
            raise ValueError(choice)
        self.choice, self.keep_both = choice, keep_both and self.renamable

    def newest(self) -> int:
        return max(range(len(self.sides)), key=lambda i: stamp_key(self.sides[i].hlc))

    def oldest(self) -> int:
        return min(range(len(self.sides)), key=lambda i: stamp_key(self.sides[i].hlc))


@dataclass
class Tally:
    added: int = 0
    changed: int = 0
    deleted: int = 0


@dataclass
class MergePlan:
    """What merging the inputs would do; decide its conflicts, then :func:`write_merge`."""

    sources: list[Source]
    tallies: dict[tuple[int, str], Tally]  # (source, register) -> counts since parting
    conflicts: list[Conflict]
    names: dict[tuple[str, str], str]  # (register, id) -> a record's name, for reviews
    _entries: list[Entry] = field(default_factory=list, repr=False)  # not in the base
    _outcome: dict[Key, Any] = field(default_factory=dict, repr=False)
    _base_values: dict[Key, Any] = field(default_factory=dict, repr=False)

    @property
    def undecided(self) -> list[Conflict]:
        return [c for c in self.conflicts if not c.decided]

    def resolve(self, rule: str | int) -> None:
        """Decide every undecided conflict: ``"newest"`` takes the later change; a source
        index prefers that input (the newest side where it has none). A clash decided by
        "newest" keeps every record, renamed, or, where records clash by what they join
        rather than by name, the oldest."""
        for c in self.undecided:
            if isinstance(rule, int):
                mine = [i for i, s in enumerate(c.sides) if s.source == rule]
                c.decide(mine[0] if mine else c.newest())
            elif c.kind == ConflictKind.CLASH:  # all kept, renamed; or the first one kept
                c.decide(None if c.renamable else c.oldest(), keep_both=c.renamable)
            else:
                c.decide(c.newest())

    def describe(self, c: Conflict) -> str:
        """One line: register, record, field, each file's value, who and when."""
        reg = register(c.table)
        what = translate("Register", reg.singular)
        name = self.names.get((c.table, c.record_id), c.record_id)
        where = f"{what} “{name}”"
        if c.field:
            where += f", {translate('Field', reg.field(c.field).label)}"
        sides = "; ".join(
            f"{self.sources[s.source].path.name} [{self.sources[s.source].group}]: "
            f"{self._shown(c, s)} ({s.user or s.device[:8]}, {journal.stamp_text(s.hlc)})"
            for s in c.sides)
        return f"{_KIND_TEXT[c.kind]()}: {where} — {sides}"

    def _shown(self, c: Conflict, s: Side) -> str:
        if c.kind in (ConflictKind.EDIT_DELETE, ConflictKind.DANGLING):
            return _SIDE_TEXT[s.value]() if s.value in _SIDE_TEXT else str(s.value)
        if not c.field:
            return str(s.value)
        if s.value in (None, []):
            return "—"
        return validation.show_value(c.table, c.field, s.value,
                                     lambda table, rid: self.names.get((table, rid)))


_SIDE_TEXT = {
    "deleted": lambda: translate("Merge", "deleted"),
    "edited": lambda: translate("Merge", "edited"),
    "refers": lambda: translate("Merge", "refers to it"),
}

_KIND_TEXT = {
    ConflictKind.FIELD: lambda: translate("Merge", "changed differently"),
    ConflictKind.EDIT_DELETE: lambda: translate("Merge", "edited in one file, deleted in another"),
    ConflictKind.DANGLING: lambda: translate("Merge", "refers to a record another file deleted"),
    ConflictKind.CLASH: lambda: translate("Merge", "added in two files with the same name"),
    ConflictKind.CYCLE: lambda: translate("Merge", "parents form a cycle once combined"),
}


# --- reading the inputs ----------------------------------------------------------------


@dataclass
class _Input:
    source: Source
    ws: Workshop
    entries: list[Entry]
    ids: set[str]


def _open_inputs(paths: Sequence[Path]) -> list[_Input]:
    if len(paths) < 2:
        raise UserError(translate("Merge", "Name at least two workshop files to merge."))
    inputs: list[_Input] = []
    try:
        for i, path in enumerate(paths):
            ws = Workshop.open_for_reading(path)  # refuses damaged and newer files by name
            inputs.append(_Input(Source(i, Path(path), ""), ws, [], set()))  # closed below
            entries = journal.read(ws.conn)
            _check_entries(Path(path), entries)
            inputs[-1] = _Input(Source(i, Path(path), _group_of(ws, entries)), ws, entries,
                                {e.change_id for e in entries})
            if inputs[0].ws.uuid != ws.uuid:
                raise UserError(translate(
                    "Merge", "“{name}” is a copy of another workshop than “{first}”; only "
                    "copies of one workshop can be merged.").format(
                    name=Path(path).name, first=Path(paths[0]).name))
    except BaseException:
        for inp in inputs:
            inp.ws.close()
        raise
    return inputs


def _check_entries(path: Path, entries: list[Entry]) -> None:
    """Every journal entry a merge would replay names a register and one of its fields,
    with a value of a plain type: a crafted or damaged journal is refused by name, before
    anything is planned (it would otherwise reach the tallies and the replay)."""
    scalar = (str, int, float, bool, type(None))
    for n, e in enumerate(entries, start=1):
        reg = REGISTERS.get(e.table) if isinstance(e.table, str) else None
        ok = (reg is not None and isinstance(e.record_id, str) and isinstance(e.hlc, str)
              and isinstance(e.change_id, str))
        if ok and reg is not None and e.field not in ("id", "deleted_at"):
            ok = isinstance(e.field, str) and e.field in {f.name for f in reg.fields}
        if ok and e.field == "deleted_at":
            ok = e.new is None or isinstance(e.new, str)
        if ok:
            ok = all(isinstance(v, scalar) or (isinstance(v, list) and all(
                isinstance(x, scalar) for x in v)) for v in (e.old, e.new))
        if not ok:
            raise UserError(translate(
                "Merge", "“{name}” has a damaged change journal (entry {n}); it cannot be "
                "merged. Check it with “mainstream-desktop check”.").format(
                name=path.name, n=n))


def _group_of(ws: Workshop, entries: list[Entry]) -> str:
    group = group_of(ws)
    if group:
        return group
    device = entries[-1].device_id if entries else ws.device_id
    return translate("Merge", "device {id}").format(id=str(device)[:8])


# --- planning ----------------------------------------------------------------------------


def plan_merge(paths: Sequence[str | os.PathLike[str]]) -> MergePlan:
    """Read the inputs and find what each changed and every conflict; write nothing."""
    inputs = _open_inputs([Path(p) for p in paths])
    try:
        return _Planner(inputs).plan()
    finally:
        for inp in inputs:
            inp.ws.close()


class _Planner:
    def __init__(self, inputs: list[_Input]):
        self.inputs = inputs
        self.common = set.intersection(*(inp.ids for inp in inputs))
        self.holders: dict[str, set[int]] = defaultdict(set)
        self.by_id: dict[str, Entry] = {}
        for inp in inputs:
            for e in inp.entries:
                self.holders[e.change_id].add(inp.source.index)
                self.by_id.setdefault(e.change_id, e)
        self._records: dict[tuple[int, str, str], dict[str, Any] | None] = {}

    def plan(self) -> MergePlan:
        base = self.inputs[0]
        divergent = [e for e in self.by_id.values() if e.change_id not in self.common]
        per_key: dict[Key, list[Entry]] = defaultdict(list)
        for e in divergent:
            per_key[(e.table, e.record_id, e.field)].append(e)
        conflicts: list[Conflict] = []
        outcome: dict[Key, Any] = {}
        base_values: dict[Key, Any] = {}
        for key, entries in per_key.items():
            if key[2] == "id" or key[0] not in REGISTERS:
                continue
            winners = self._maximal(key, entries)
            values = {i: self._value(i, key) for i in winners}
            base_values[key] = self._value(0, key)
            distinct = {_canonical(key, v) for v in values.values()}
            if len(distinct) == 1:
                outcome[key] = next(iter(values.values()))
            else:
                conflicts.append(Conflict(ConflictKind.FIELD, key[0], key[1], key[2], tuple(
                    self._side(i, key, entries, values[i]) for i in sorted(winners))))
        conflicts += self._edit_delete(per_key, outcome)
        plan = MergePlan([inp.source for inp in self.inputs], self._tallies(divergent),
                         conflicts, {}, sorted(
                             (e for e in divergent if e.change_id not in base.ids),
                             key=lambda e: stamp_key(e.hlc)), outcome, base_values)
        plan.conflicts += self._structural(plan)
        plan.names = self._names(plan)
        return plan

    def _maximal(self, key: Key, entries: list[Entry]) -> set[int]:
        """The inputs whose changes of ``key`` include every other input's (or, where none
        does, each input not outdone by another)."""
        held: dict[int, set[str]] = defaultdict(set)
        for e in entries:
            for i in self.holders[e.change_id]:
                held[i].add(e.change_id)
        return {i for i, s in held.items() if not any(s < t for t in held.values())}

    def _value(self, i: int, key: Key) -> Any:
        where = (i, key[0], key[1])  # each record read once per input, not once per field
        if where not in self._records:
            self._records[where] = self.inputs[i].ws.get(key[0], key[1], include_deleted=True)
        rec = self._records[where]
        return rec.get(key[2]) if rec is not None else None

    def _side(self, i: int, key: Key, entries: list[Entry], value: Any) -> Side:
        mine = [e for e in entries if i in self.holders[e.change_id]]
        last = max(mine, key=lambda e: stamp_key(e.hlc))
        return Side(i, key[1], value, last.user_name, last.device_id, last.hlc)

    def _edit_delete(self, per_key: dict[Key, list[Entry]],
                     outcome: dict[Key, Any]) -> list[Conflict]:
        """A record deleted in one file and edited, without seeing the deletion, in
        another."""
        found = []
        for (table, rid, fname), entries in per_key.items():
            if fname != "deleted_at" or not outcome.get((table, rid, fname)):
                continue
            deleters = {i for e in entries if e.new for i in self.holders[e.change_id]}
            edits = [e for (t, r, f), es in per_key.items()
                     if (t, r) == (table, rid) and f not in ("deleted_at", "id") for e in es
                     if not self.holders[e.change_id] & deleters]
            if not edits:
                continue
            # the latest deletion of any file, so the order of the inputs does not matter
            delete = max((e for e in entries if e.new), key=lambda e: stamp_key(e.hlc))
            deleter = min(self.holders[delete.change_id])
            edit = max(edits, key=lambda e: stamp_key(e.hlc))
            editor = min(self.holders[edit.change_id])
            found.append(Conflict(ConflictKind.EDIT_DELETE, table, rid, None, (
                Side(deleter, rid, "deleted", delete.user_name, delete.device_id, delete.hlc),
                Side(editor, rid, "edited", edit.user_name, edit.device_id, edit.hlc))))
        return found

    def _structural(self, plan: MergePlan) -> list[Conflict]:
        """Conflicts only the merged state shows: references to deleted records, clashing
        names, cycles. Found by the store's own checks on a trial of the merge.

        A record a reference brings back (the newest side of a dangling reference) may
        clash or refer anew: the trial runs again with those decided too, until nothing
        comes back (a few rounds at most; what is left the write refuses, by name)."""
        found: list[Conflict] = []
        seen: set[tuple[str, ...]] = set()
        for _ in range(3):
            new = self._structural_round(plan, found, seen)
            found += new
            if not any(c.kind == ConflictKind.DANGLING and c.newest() == 1 for c in new):
                break
        return found

    def _structural_round(self, plan: MergePlan, known: list[Conflict],
                          seen: set[tuple[str, ...]]) -> list[Conflict]:
        trial = dataclasses.replace(plan, conflicts=[dataclasses.replace(c)
                                                     for c in [*plan.conflicts, *known]])
        trial.resolve("newest")
        with self.inputs[0].ws._scratch_copy() as scratch:
            problems = scratch.preview(_operations(trial, scratch), keep=True).problems
            found: list[Conflict] = []
            for p in problems:
                if p.record_id is None:
                    continue
                refs: list[tuple[str, str, str, str]]  # register, record, field, problem
                if p.field is None and p.source == NOW_REFERRED:
                    # a deletion replayed on the first input, whose own (not replayed)
                    # records refer to it: each of them refers to a deleted record
                    refs = [(*dep, MISSING_TARGET)
                            for dep in scratch.dependents(p.table, p.record_id)]
                elif p.field is None:
                    continue
                else:
                    refs = [(p.table, p.record_id, p.field, p.source)]
                for table, rid, fname, source in refs:
                    c = self._structural_one(scratch, table, rid, fname, source)
                    # the kind is part of the key: two records can clash by name AND
                    # form a cycle, two conflicts with the same sides
                    key = (c.kind.value, *sorted(s.record_id for s in c.sides)) if c else ()
                    if c is not None and key not in seen:
                        seen.add(key)
                        found.append(c)
            return found

    def _structural_one(self, ws: Workshop, table: str, rid: str, fname: str,
                        source: str) -> Conflict | None:
        rec = ws.get(table, rid, include_deleted=True) or {}
        if source == MISSING_TARGET and isinstance(rec.get(fname), str):
            f = register(table).field(fname)
            target = rec[fname]
            delete = self._latest(f.ref or "", target, "deleted_at")
            refer = self._latest(table, rid, fname) or self._latest(table, rid, None)
            if delete is None or refer is None:
                return None
            return Conflict(ConflictKind.DANGLING, table, rid, fname, (
                self._entry_side(delete, target, "deleted"),
                self._entry_side(refer, rid, "refers")))
        if source == NOT_UNIQUE:  # every record sharing the key is a side (two or more)
            reg = register(table)
            others = self._same_key(ws, table, rid, reg.unique[0])
            if not others:
                return None
            sides = []
            for r in sorted([rid, *others]):
                e = self._latest(table, r, fname) or self._latest(table, r, None)
                if e is None:
                    return None
                sides.append(self._entry_side(e, r, (ws.get(table, r) or {}).get(fname)))
            return Conflict(ConflictKind.CLASH, table, rid, fname, tuple(sides))
        if source == CYCLE:
            parent = rec.get(fname)
            if not isinstance(parent, str):
                return None
            mine, theirs = self._latest(table, rid, fname), self._latest(table, parent, fname)
            if mine is None or theirs is None:
                return None
            return Conflict(ConflictKind.CYCLE, table, rid, fname, (
                self._entry_side(mine, rid, parent),
                self._entry_side(theirs, parent, rid)))
        return None

    def _latest(self, table: str, rid: str, fname: str | None) -> Entry | None:
        return self._latest_index.get((table, rid, fname))

    @functools.cached_property
    def _latest_index(self) -> dict[tuple[str, str, str | None], Entry]:
        """The latest change of each field and of each record (field None), indexed once:
        scanning every entry per structural conflict was quadratic."""
        index: dict[tuple[str, str, str | None], Entry] = {}
        for e in self.by_id.values():
            for k in ((e.table, e.record_id, e.field), (e.table, e.record_id, None)):
                if k not in index or stamp_key(e.hlc) > stamp_key(index[k].hlc):
                    index[k] = e
        return index

    def _entry_side(self, e: Entry, rid: str, value: Any) -> Side:
        return Side(min(self.holders[e.change_id]), rid, value, e.user_name, e.device_id,
                    e.hlc)

    @staticmethod
    def _same_key(ws: Workshop, table: str, rid: str, columns: tuple[str, ...]) -> list[str]:
        mine = ws.get(table, rid)
        if mine is None:
            return []
        reg = register(table)
        key = ws._unique_key(reg, columns, mine)
        return [r["id"] for r in ws.records(table)
                if r["id"] != rid and ws._unique_key(reg, columns, r) == key]

    def _tallies(self, divergent: list[Entry]) -> dict[tuple[int, str], Tally]:
        tallies: dict[tuple[int, str], Tally] = defaultdict(Tally)
        seen: set[tuple[int, str, str, str]] = set()
        for e in divergent:
            kind = {ChangeKind.INSERT: "added", ChangeKind.DELETE: "deleted"}.get(
                e.kind, "changed")
            for i in self.holders[e.change_id]:
                if (i, e.table, e.record_id, kind) in seen:
                    continue
                seen.add((i, e.table, e.record_id, kind))
                t = tallies[(i, e.table)]
                setattr(t, kind, getattr(t, kind) + 1)
        return dict(tallies)

    def _names(self, plan: MergePlan) -> dict[tuple[str, str], str]:
        names: dict[tuple[str, str], str] = {}
        for c in plan.conflicts:
            f = register(c.table).field(c.field) if c.field else None
            for s in c.sides:
                keys = [(c.table, c.record_id), (c.table, s.record_id)]
                if f is not None and f.kind == "ref" and isinstance(s.value, str):
                    keys.append((f.ref or "", s.value))  # shown by name in the review
                for key in keys:
                    if key in names:
                        continue
                    for inp in self.inputs:
                        rec = inp.ws.get(key[0], key[1], include_deleted=True)
                        if rec is not None:
                            names[key] = inp.ws.describe(key[0], rec)
                            break
        return names


def _canonical(key: Key, value: Any) -> Any:
    if key[2] == "deleted_at":  # deleted in two files at different moments: deleted
        return bool(value)
    if value in (None, []):
        return None
    return tuple(value) if isinstance(value, list) else value


# --- the operations of a merge -----------------------------------------------------------


def _operations(plan: MergePlan, ws: Workshop) -> list[Op]:
    """Every change the other inputs made (kept with their identity), then what the
    outcome and the decisions need on top, as one replay."""
    changes: list[Change] = [e.as_change() for e in plan._entries if e.table in REGISTERS]
    op_id = str(uuid.uuid4())

    def decision(table: str, rid: str, fname: str, old: Any, new: Any,
                 kind: ChangeKind = ChangeKind.UPDATE) -> None:
        stamp = ws.clock.now()
        changes.append(Change(table, rid, fname, old, new, kind, Origin(
            str(uuid.uuid4()), stamp, ws.device_id, ws.user_name, op_id)))

    settled: dict[Key, Any] = dict(plan._outcome)
    for c in plan.conflicts:
        if c.kind == ConflictKind.FIELD and c.field and c.choice is not None:
            settled[(c.table, c.record_id, c.field)] = c.sides[c.choice].value
            decision(c.table, c.record_id, c.field, None, c.sides[c.choice].value)
    # the outcome where replaying the entries in clock order would not give it
    last: dict[Key, Any] = {}
    for ch in changes:
        last[(ch.table, ch.record_id, ch.field)] = ch.new
    for key, value in settled.items():
        if key in last and _canonical(key, last[key]) != _canonical(key, value):
            decision(*key, last[key], value)
        elif key not in last and _canonical(key, plan._base_values.get(key)) != _canonical(
                key, value):
            decision(*key, plan._base_values.get(key), value)
    now = ws.clock.now()
    for c in plan.conflicts:
        if c.choice is None and not c.keep_both:
            continue
        if c.kind == ConflictKind.EDIT_DELETE and c.choice == 1:  # the edits win
            decision(c.table, c.record_id, "deleted_at", None, None, ChangeKind.RESTORE)
        elif c.kind == ConflictKind.DANGLING and c.field:
            deleted = c.sides[0].record_id
            f = register(c.table).field(c.field)
            if c.choice == 1:  # keep the record referred to
                decision(f.ref or "", deleted, "deleted_at", None, None, ChangeKind.RESTORE)
            elif f.required:  # the reference cannot be cleared: the referring record goes
                decision(c.table, c.record_id, "deleted_at", None, now, ChangeKind.DELETE)
            else:
                decision(c.table, c.record_id, c.field, deleted, None)
        elif c.kind == ConflictKind.CLASH and c.field:
            _decide_clash(plan, c, ws, decision, now, changes)
        elif c.kind == ConflictKind.CYCLE and c.field and c.choice is not None:
            loser = c.sides[1 - c.choice]
            decision(c.table, loser.record_id, c.field, loser.value, None)
    return [Op.replay(changes)] if changes else []


def _decide_clash(plan: MergePlan, c: Conflict, ws: Workshop, decision: Any,
                  now: str, changes: list[Change]) -> None:
    """Keep all (each but the oldest renamed after its group) or keep the chosen one and
    point the others' references at it."""
    assert c.field is not None
    if c.keep_both:
        oldest = c.oldest()
        for i, loser in enumerate(c.sides):
            if i == oldest:
                continue
            group = plan.sources[loser.source].group
            name = plan.names.get((c.table, loser.record_id)) or str(loser.value)
            value = f"{loser.value or name} ({group})"
            decision(c.table, loser.record_id, c.field, loser.value, value)
        return
    keep = c.sides[c.choice or 0].record_id
    for i, loser in enumerate(c.sides):
        if i == (c.choice or 0):
            continue
        for table, rid, fname in _referring(ws, changes, c.table, loser.record_id):
            decision(table, rid, fname, loser.record_id, keep)
        decision(c.table, loser.record_id, "deleted_at", None, now, ChangeKind.DELETE)


def _referring(ws: Workshop, changes: list[Change], table: str,
               rid: str) -> list[tuple[str, str, str]]:
    """Every (register, record, field) that refers to ``rid`` once ``changes`` are
    replayed on ``ws``: the base's references the changes leave alone, and those the
    changes make (a record the other file added refers to its own new records, which the
    base knows nothing of)."""
    last: dict[tuple[str, str, str], Any] = {}
    for ch in changes:
        last[(ch.table, ch.record_id, ch.field)] = ch.new
    found = [k for k in ws.dependents(table, rid) if k not in last]
    refs = {(r.name, f.name) for r, f in references_to(table)}
    found += [k for k, v in last.items() if v == rid and (k[0], k[2]) in refs]
    return found


# --- writing -----------------------------------------------------------------------------


def write_merge(plan: MergePlan, out: str | os.PathLike[str], *, force: bool = False) -> int:
    """Write the merged workshop to ``out`` (a new file, whole or not at all); the inputs
    are never modified. Returns the number of changes applied on top of the first input.

    Refuses while a conflict is undecided, or if the decisions leave a problem the store
    refuses (nothing is written then)."""
    from mainstream_desktop.core import backup
    from mainstream_desktop.core.atomic import atomic_path, check_distinct, check_new_target

    if plan.undecided:
        raise UserError(translate(
            "Merge", "{n} conflict(s) are not decided; nothing was written.").format(
            n=len(plan.undecided)))
    target = Path(out)
    check_distinct([target], [s.path for s in plan.sources])
    check_new_target(target, force=force)
    base = plan.sources[0].path
    with atomic_path(target, overwrite=force) as tmp:
        with Workshop.open_for_reading(base) as src:
            dest = sqlite3.connect(tmp)
            try:
                src.conn.backup(dest)
            finally:
                dest.close()
        ws = Workshop.open(tmp, backup_before_migration=False)
        try:
            backup.mint_file_id(ws.conn)
            ws.set_meta(GROUP_KEY, None)  # the merged file is the plenary's, no group's
            ws.set_meta(MERGED_KEY, json.dumps(_merged_groups(plan), ensure_ascii=False))
            ops = _operations(plan, ws)
            if not ops:
                return 0
            problems = ws.preview(ops).problems
            if problems:
                raise UserError(translate(
                    "Merge", "The merged workshop would not be valid: {why}. Nothing was "
                    "written.").format(why="; ".join(str(p) for p in problems[:3])))
            result = ws.run(ops)
            return len(result.changes)
        finally:
            ws.close()


def _merged_groups(plan: MergePlan) -> list[dict[str, str]]:
    """Every group this merge brings in, after those the inputs had merged before."""
    import datetime as dt

    out: list[dict[str, str]] = []
    for s in plan.sources:
        with Workshop.open_for_reading(s.path) as ws:
            out += merged_groups(ws)
    today = dt.date.today().isoformat()
    out += [{"group": s.group, "file": s.path.name, "merged_on": today} for s in plan.sources]
    seen: set[tuple[str, str]] = set()
    unique = []
    for g in out:
        key = (g["group"], g["file"])
        if key not in seen:
            seen.add(key)
            unique.append(g)
    return unique


def merged_groups(ws: Workshop) -> list[dict[str, str]]:
    """The working groups whose work this file merged (the report's annex lists them).
    Read as untrusted text: anything but a list of small records of text is ignored."""
    try:
        value = json.loads(ws.meta_value(MERGED_KEY) or "[]")
    except ValueError:
        return []
    if not isinstance(value, list):
        return []
    keys = ("group", "file", "merged_on")
    return [{k: str(g.get(k, ""))[:200] for k in keys} for g in value[:200]
            if isinstance(g, dict) and all(isinstance(g.get(k, ""), str) for k in keys)]


def copy_for_group(ws: Workshop, out: str | os.PathLike[str], group: str) -> None:
    """A working group's copy: the same workshop (same id, same journal) under the group's
    name, shown in the window's title and in every merge review."""
    group = " ".join(group.split())
    if not group or len(group) > 80:
        raise UserError(translate("Merge", "A working group needs a name (at most 80 "
                                           "characters)."))
    ws.save_copy(out, meta={GROUP_KEY: group})


def group_of(ws: Workshop) -> str | None:
    """The working group a copy belongs to, if it was made with :func:`copy_for_group`."""
    value = ws.meta_value(GROUP_KEY)
    return " ".join(value.split())[:80] if value and value.strip() else None


def review_lines(plan: MergePlan) -> Iterable[str]:
    """The review as text: per file and register what was added, changed and deleted
    (each conflict is :meth:`MergePlan.describe`)."""
    for s in plan.sources:
        yield translate("Merge", "{name} [{group}]:").format(name=s.path.name, group=s.group)
        rows = [(t, tally) for (i, t), tally in sorted(plan.tallies.items()) if i == s.index]
        if not rows:
            yield "  " + translate("Merge", "no changes since the copies parted")
        for table, t in rows:
            yield "  " + translate(
                "Merge", "{register}: {added} added, {changed} changed, {deleted} deleted"
            ).format(register=translate("Register", register(table).label), added=t.added,
                     changed=t.changed, deleted=t.deleted)
