"""Checks of records against the file: field values, references to live records,
uniqueness as people read names, parent cycles, cross-field rules; and the integrity
check. Mixed into the workshop: every change (:mod:`editing`) and ``check`` use the same
checks, and every finding is a :class:`Problem` keyed by register, record and field.
"""

from __future__ import annotations

import functools
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from mainstream_desktop.core import rules, validation
from mainstream_desktop.core.connection import STORED, to_records
from mainstream_desktop.core.errors import Problem, UserError
from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP, later, translate
from mainstream_desktop.core.reading import Reading
from mainstream_desktop.core.registers import (
    REGISTERS,
    SYSTEM_COLUMNS,
    Record,
    Register,
    register,
)

REQUIRED = QT_TRANSLATE_NOOP("Validation", "is required")
MISSING_TARGET = QT_TRANSLATE_NOOP(
    "Validation", "refers to a {target} that does not exist or was deleted")
CYCLE = QT_TRANSLATE_NOOP("Validation", "would make the record its own ancestor")
NOT_UNIQUE = QT_TRANSLATE_NOOP("Validation", "another record already has the same {fields}")

# Below this many changed records, uniqueness is checked with one query per record; above
# it, each register's names are folded once (an import of 8,000 rows took 51 s with the
# per-record query, which scans the table).
_PER_RECORD_LIMIT = 32


@functools.cache
def _key_of(reg: Register, columns: tuple[str, ...]) -> Callable[[Record], tuple[Any, ...]]:
    """How records are compared on ``columns``: free text folded (:func:`validation.fold`,
    each distinct text once), a list as a tuple, anything else as it is."""
    text = [reg.field(c).kind in validation.TEXT_KINDS for c in columns]
    fold = functools.lru_cache(maxsize=65536)(validation.fold)

    def part(is_text: bool, value: Any) -> Any:
        if is_text and isinstance(value, str):
            return fold(value)
        return tuple(value) if isinstance(value, list) else value

    def key(rec: Record) -> tuple[Any, ...]:
        return tuple(part(t, rec.get(c)) for t, c in zip(text, columns, strict=True))

    return key


@functools.cache
def set_columns(reg: Register) -> tuple[str, ...]:
    """The columns the set-wide checks read: keys, the parts of names, parents."""
    return tuple(dict.fromkeys(
        [c for key in reg.unique for c in key]
        + [f.name for f in reg.name_parts]
        + [f.name for f in reg.fields if f.kind == "ref" and f.ref == reg.name]))


@dataclass
class KnownKeys:
    """The set-wide columns (:func:`set_columns`) of every live record of one register,
    kept by the bulk path as it writes (:meth:`Editing._insert_many`): the live records
    read once before its first run, then the rows each run wrote, exactly as reading them
    back would give them. So the final uniqueness check of 50,000 inserted values does
    not read the register again. ``changes`` is how many of the batch's changes of the
    register this accounts for: when the batch holds any other (an update, a delete, a
    single insert, or fewer after a refused operation was taken back), the register is
    read again instead."""

    records: list[Record]
    changes: int

    def add(self, reg: Register, rows: list[list[Any]], positions: list[int],
            changes: int) -> bool:
        """Add the rows a run wrote (their stored values, ``positions`` of id and of the
        set columns); False when a value would not read back as itself (SQLite would
        convert it on storing), so the register must be read again."""
        columns = set_columns(reg)
        picked = [[r[p] for p in positions] for r in rows]
        for k, name in enumerate(columns, 1):
            classes = set(map(type, [r[k] for r in picked]))
            if not classes <= {STORED[reg.field(name).sql_type], type(None)}:
                return False
        description = [(name,) for name in ("id", *columns)]
        self.records += to_records(reg, description, picked)
        self.changes += changes
        return True


def exact_keys(known: dict[str, KnownKeys | None], changes: Iterable[Any]
               ) -> dict[str, list[Record]]:
    """The registers whose :class:`KnownKeys` still account for every change of the batch
    (``changes``), with their records."""
    if not known:
        return {}
    counts = Counter(c.table for c in changes)
    return {table: k.records for table, k in known.items()
            if k is not None and counts[table] == k.changes}


def problem(reg: Register, field_name: str | None, message: object, *,
            record_id: str | None = None, record: str = "") -> Problem:
    return Problem(reg.name, field_name, message, record_id, record)


class Validity(Reading):
    """Record validation against the file's current state (read through :class:`Reading`)."""

    def _name_for(self, reg: Register, values: Record) -> str:
        try:
            return self.describe(reg.name, values)
        except (KeyError, sqlite3.Error):
            return ""

    def _is_live(self, table: str, record_id: str) -> bool:
        return self.conn.execute(
            f'SELECT 1 FROM "{table}" WHERE id = ? AND deleted_at IS NULL', (record_id,)
        ).fetchone() is not None

    def _coerce(self, reg: Register, values: dict[str, Any], current: Record | None,
                accept_labels: bool, problems: list[Problem]) -> Record:
        """The stored form of ``values``; a value that does not fit its field is left out
        and reported in ``problems`` (so every field's problem is found at once)."""
        clean: Record = {}
        for name, value in values.items():
            if name in SYSTEM_COLUMNS:
                continue
            try:
                f = reg.field(name)
            except KeyError:
                raise UserError(
                    translate("Store", "{register} has no field “{field}”.").format(
                        register=translate("Register", reg.singular), field=name
                    )
                ) from None
            try:
                clean[name] = validation.coerce(f, value, accept_labels=accept_labels)
            except validation.FieldError as exc:
                problems.append(problem(reg, name, exc.args[0], record=self._name_for(
                    reg, {**(current or {}), **values})))
        return clean

    def _field_problems(self, reg: Register, record_id: str, rec: Record,
                        only: set[str] | None = None) -> list[Problem]:
        """Required fields, rules across fields and references of one record: what can be
        decided from the record alone and the records it names."""
        found: list[Problem] = []
        name: list[str] = []

        def add(field_name: str | None, message: object) -> None:
            if not name:  # the record's name, computed only when a message needs it
                name.append(self._name_for(reg, rec))
            found.append(problem(reg, field_name, message, record_id=record_id,
                                 record=name[0]))

        for f in reg.fields:
            if only is not None and f.name not in only:
                continue
            value = rec.get(f.name)
            if f.required and value in (None, []):
                add(f.name, later(REQUIRED))
            elif f.kind == "ref" and value is not None and not self._is_live(f.ref or "", value):
                add(f.name, later(MISSING_TARGET, target=translate(
                    "Register", register(f.ref or "").singular).lower()))
        for field_name, message in rules.broken(reg.name, rec, only):
            add(field_name, message)
        return found

    def _set_problems(self, touched: Iterable[tuple[str, str]],
                      known: dict[str, list[Record]] | None = None) -> list[Problem]:
        """Uniqueness and parent cycles of the records ``touched`` by a batch, on the
        file as the whole batch leaves it (an import may rename A→B and B→C at once).
        ``known``: registers whose set columns the batch already holds (:class:`KnownKeys`),
        not read again."""
        by_table: dict[str, list[str]] = defaultdict(list)
        for table, rid in touched:
            by_table[table].append(rid)
        found: list[Problem] = []
        for table, ids in by_table.items():
            reg = register(table)
            subset, everyone = self._live_subset(reg, ids, (known or {}).get(table))
            live = {r["id"]: r for r in subset}
            if not live:
                continue
            if reg.unique:  # the key columns already read are compared, not read again
                found += self._unique_problems(
                    reg, live, everyone if len(live) > _PER_RECORD_LIMIT else None)
            for f in reg.fields:
                if f.kind == "ref" and f.ref == reg.name:
                    found += self._cycle_problems(reg, f.name, live)
        return found

    def _live_subset(self, reg: Register, ids: list[str], known: list[Record] | None = None
                     ) -> tuple[list[Record], list[Record] | None]:
        """The live records among ``ids``; for many, only the columns the set-wide checks
        read (keys, names, parents): 50,000 new values are not read back whole. Then
        every live record's such columns come too (None when only ``ids`` were read):
        ``known`` when the batch already holds them."""
        if len(ids) > _PER_RECORD_LIMIT:
            wanted = set(ids)
            everyone = (known if known is not None
                        else self._key_records(reg, set_columns(reg)))
            return [r for r in everyone if r["id"] in wanted], everyone
        return [r for rid in dict.fromkeys(ids) if (r := self.get(reg.name, rid))], None

    def _unique_problems(self, reg: Register, changed: dict[str, Record],
                         everyone: list[Record] | None = None) -> list[Problem]:
        found = []
        for columns in reg.unique:
            clash = (self._clashes_by_query(reg, columns, changed)
                     if everyone is None and len(changed) <= _PER_RECORD_LIMIT
                     else self._clashes_by_map(reg, columns, changed, everyone))
            labels = ", ".join(translate("Field", reg.field(c).label).lower() for c in columns)
            for rid in clash:
                found.append(problem(reg, columns[0], later(NOT_UNIQUE, fields=labels),
                                     record_id=rid, record=self._name_for(reg, changed[rid])))
        return found

    @staticmethod
    def _unique_key(reg: Register, columns: tuple[str, ...], rec: Record) -> tuple[Any, ...]:
        return _key_of(reg, columns)(rec)

    def _clashes_by_query(self, reg: Register, columns: tuple[str, ...],
                          changed: dict[str, Record]) -> list[str]:
        # an empty part is a value like any other ("the total for 2020" twice is a clash),
        # but a record whose first part is empty is not compared at all
        clause = " AND ".join(
            f'ms_fold("{c}") IS ms_fold(?)' if reg.field(c).kind in validation.TEXT_KINDS
            else f'"{c}" IS ?'
            for c in columns
        )
        out = []
        for rid, rec in changed.items():
            values = [rec.get(c) for c in columns]
            if values[0] is None:
                continue
            params = [validation.to_sql(reg.field(c), v)
                      for c, v in zip(columns, values, strict=True)]
            if self.conn.execute(
                f'SELECT 1 FROM "{reg.name}" WHERE {clause} AND deleted_at IS NULL AND id != ?',
                [*params, rid],
            ).fetchone():
                out.append(rid)
        return out

    def _clashes_by_map(self, reg: Register, columns: tuple[str, ...],
                        changed: dict[str, Record], everyone: list[Record] | None) -> list[str]:
        # one count per key tuple; each record's key is made once (a changed record read
        # with everyone is the same record: its key is not made again)
        key_of = _key_of(reg, columns)
        counts: dict[tuple[Any, ...], int] = defaultdict(int)
        made: dict[int, tuple[Any, ...]] = {}
        pool = everyone if everyone is not None else self._key_records(reg, columns)
        for rec in pool:
            key = made[id(rec)] = key_of(rec)
            if key[0] is not None:
                counts[key] += 1
        return [rid for rid, rec in changed.items()
                if counts.get(made.get(id(rec)) or key_of(rec), 0) > 1]

    def _key_records(self, reg: Register, columns: tuple[str, ...]) -> list[Record]:
        """The id and the ``columns`` of every live record: what a uniqueness check
        compares, without reading (and converting) whole records — 50,000 imported
        values are checked in a fraction of the time."""
        names = ", ".join(f'"{c}"' for c in ("id", *columns))
        cur = self.conn.execute(f'SELECT {names} FROM "{reg.name}" WHERE deleted_at IS NULL')
        return to_records(reg, cur.description, cur)

    def _cycle_problems(self, reg: Register, field_name: str,
                        changed: dict[str, Record],
                        parents: dict[str, str | None] | None = None) -> list[Problem]:
        found = []
        for rid, rec in changed.items():
            seen = set()
            current = rec.get(field_name)
            while current and current not in seen:
                if current == rid:
                    found.append(problem(reg, field_name, later(CYCLE), record_id=rid,
                                         record=self._name_for(reg, rec)))
                    break
                seen.add(current)
                current = (parents.get(current) if parents is not None
                           else self._parent(reg.name, field_name, current))
        return found

    def _parent(self, table: str, field_name: str, record_id: str) -> str | None:
        row = self.conn.execute(
            f'SELECT "{field_name}" FROM "{table}" WHERE id = ?', (record_id,)).fetchone()
        return row[0] if row and isinstance(row[0], str) else None

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """What SQLite's integrity (or quick) check and the foreign-key check report."""
        pragma = "quick_check" if quick else "integrity_check"
        found = [r[0] for r in self.conn.execute(f"PRAGMA {pragma}")]
        problems = [] if found == ["ok"] else found
        for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid}: missing {parent} record")
        return problems

    def validation_problems(self) -> list[Problem]:
        """Every live record checked again against its register's rules, in time linear
        in the number of records (each register is read once; names folded once)."""
        found: list[Problem] = []
        live_ids = {name: {r["id"] for r in self.records(name)} for name in REGISTERS}
        for reg in REGISTERS.values():
            recs = self.records(reg.name)
            for rec in recs:
                found += self._stored_problems(reg, rec, live_ids)
            by_id = {r["id"]: r for r in recs}
            if reg.unique:
                found += self._unique_problems(reg, by_id, everyone=recs)
            for f in reg.fields:
                if f.kind == "ref" and f.ref == reg.name:
                    parents = {r["id"]: r.get(f.name) for r in recs}
                    found += self._cycle_problems(reg, f.name, by_id, parents)
        return found

    def _stored_problems(self, reg: Register, rec: Record,
                         live_ids: dict[str, set[str]]) -> list[Problem]:
        found: list[Problem] = []
        name = self.describe(reg.name, rec)
        for f in reg.fields:
            value = rec.get(f.name)
            if f.required and value in (None, []):
                found.append(problem(reg, f.name, later(REQUIRED), record_id=rec["id"],
                                     record=name))
            elif f.kind == "ref" and value is not None:
                if value not in live_ids.get(f.ref or "", ()):
                    found.append(problem(reg, f.name, later(MISSING_TARGET, target=translate(
                        "Register", register(f.ref or "").singular).lower()),
                        record_id=rec["id"], record=name))
            elif value not in (None, []):
                try:
                    validation.coerce(f, value)
                except validation.FieldError as exc:
                    found.append(problem(reg, f.name, exc.args[0], record_id=rec["id"],
                                         record=name))
        for field_name, message in rules.broken(reg.name, rec):
            found.append(problem(reg, field_name, message, record_id=rec["id"], record=name))
        return found
