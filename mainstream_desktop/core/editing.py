"""Every change to a workshop: insert, update, delete, restore, undo and redo, bulk.

Each operation is one transaction: it validates, writes the records and their journal
rows, commits, and returns the :class:`Result` (what changed) so a caller refreshes only
what it must and an undo stack can revert exactly that. A failed operation writes nothing.
Mixed into :class:`~mainstream_desktop.core.store.Workshop`, which supplies the
connection and the reading methods.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from mainstream_desktop.core import journal, validation
from mainstream_desktop.core.errors import Problem, UserError, ValidationError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.journal import Change
from mainstream_desktop.core.registers import REGISTERS, Register, register
from mainstream_desktop.core.validity import Validity, problem


@dataclass
class Result:
    """What one operation changed."""

    changes: list[Change] = field(default_factory=list)
    record_id: str | None = None

    @property
    def tables(self) -> set[str]:
        return {c.table for c in self.changes}

    def __bool__(self) -> bool:
        return bool(self.changes)


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Editing(Validity):
    """The writing half of a workshop."""

    conn: sqlite3.Connection
    readonly: bool
    device_id: str
    user_name: str
    clock: journal.HybridClock
    _titles: dict[str, dict[str, str]]
    _in_bulk: bool
    _deferred: set[tuple[str, str]] | None

    @contextlib.contextmanager
    def bulk(self, *, defer_unique: bool = False) -> Iterator[None]:
        """Run many operations as one transaction (sample data, imports): all or nothing.

        With ``defer_unique``, names must be unique and parents acyclic only once all the
        operations are done (an import renaming A→B and B→C in one go), checked before the
        commit; everything else is checked as each operation runs.
        """
        if self._in_bulk:
            yield
            return
        with self._transaction():
            self._in_bulk = True
            self._deferred = set() if defer_unique else None
            try:
                yield
                if self._deferred is not None:
                    deferred, self._deferred = self._deferred, None
                    problems: list[Problem] = []
                    for table, rid in sorted(deferred):
                        rec = self.get(table, rid)
                        if rec is not None:
                            problems += self._relational_problems(register(table), rid, rec)
                    if problems:
                        raise ValidationError(problems)
            finally:
                self._in_bulk = False
                self._deferred = None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.readonly:
            raise UserError(translate("File", "This workshop is open read-only."))
        if self._in_bulk:
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._titles.clear()
            raise

    def _commit_changes(self, changes: list[Change]) -> None:
        journal.append(self.conn, changes, clock=self.clock, user_name=self.user_name)
        self._forget_titles({c.table for c in changes})

    def _forget_titles(self, tables: set[str]) -> None:
        """Drop cached names of changed tables and of tables named after them."""
        stale = set(tables)
        for reg in REGISTERS.values():
            if any(f.kind == "ref" and f.ref in tables for f in reg.fields):
                stale.add(reg.name)
        for name in stale:
            self._titles.pop(name, None)

    def insert(
        self,
        table: str,
        values: dict[str, Any],
        *,
        accept_labels: bool = False,
        record_id: str | None = None,
    ) -> Result:
        """Add a record; ``values`` may omit optional fields."""
        reg = register(table)
        if reg.singleton and self.count(table):
            raise UserError(translate("Store", "A workshop file holds one workshop record."))
        clean = self._coerce(reg, values, None, accept_labels)
        missing = [f for f in reg.fields if f.required and clean.get(f.name) in (None, [])]
        problems = [
            problem(
                reg, self._name_for(reg, clean), f.name, translate("Validation", "is required")
            )
            for f in missing
        ]
        rid = record_id or str(uuid.uuid4())
        if record_id is not None and self.table_of_id(record_id) is not None:
            raise UserError(translate(
                "Store", "The id {id} is already used by another record.").format(id=record_id))
        problems += self._relational_problems(reg, rid, clean)
        if problems:
            raise ValidationError(problems)
        stamp = now_iso()
        row = {f.name: validation.to_sql(f, clean.get(f.name)) for f in reg.fields}
        cols = ["id", "created_at", "updated_at", "updated_by", *row]
        params = [rid, stamp, stamp, self.device_id, *row.values()]
        changes = [
            Change(table, rid, name, None, clean.get(name), "insert")
            for name in row
            if clean.get(name) not in (None, [])
        ]
        if not changes:
            changes = [Change(table, rid, "id", None, rid, "insert")]
        with self._transaction():
            col_sql = ", ".join(f'"{c}"' for c in cols)
            marks = ", ".join("?" * len(cols))
            self.conn.execute(
                f'INSERT INTO "{table}" ({col_sql}) VALUES ({marks})',
                params,
            )
            self._commit_changes(changes)
        return Result(changes, rid)

    def update(
        self, table: str, record_id: str, values: dict[str, Any], *, accept_labels: bool = False
    ) -> Result:
        """Change some fields of a live record; unchanged values write nothing."""
        reg = register(table)
        current = self.get(table, record_id)
        if current is None:
            raise UserError(
                translate("Store", "{register} {id} does not exist or was deleted.").format(
                    register=translate("Register", reg.singular), id=record_id
                )
            )
        clean = self._coerce(reg, values, current, accept_labels)
        merged = {**current, **clean}
        problems = [
            problem(
                reg, self.describe(table, merged), f.name, translate("Validation", "is required")
            )
            for f in reg.fields
            if f.name in clean and f.required and clean[f.name] in (None, [])
        ]
        problems += self._relational_problems(reg, record_id, merged, only=set(clean))
        if problems:
            raise ValidationError(problems)
        changes = [
            Change(table, record_id, k, current.get(k), v, "update")
            for k, v in clean.items()
            if current.get(k) != v
        ]
        if not changes:
            return Result([], record_id)
        with self._transaction():
            self._write_fields(reg, record_id, {c.field: c.new for c in changes})
            self._commit_changes(changes)
        return Result(changes, record_id)

    def delete(self, table: str, record_id: str, *, cascade: bool = False) -> Result:
        """Tombstone a record.

        A record other live records depend on is refused with their names, unless
        ``cascade``: then records that cannot exist without it (links, coverage,
        members, assessments, policies) are tombstoned too and optional references
        to it are cleared — all in the same transaction, all undoable.
        """
        reg = register(table)
        if reg.singleton:
            raise UserError(translate("Store", "The workshop record cannot be deleted."))
        if self.get(table, record_id) is None:
            raise UserError(
                translate("Store", "{register} {id} does not exist or was deleted.").format(
                    register=translate("Register", reg.singular), id=record_id
                )
            )
        deps = self.dependents(table, record_id)
        if deps and not cascade:
            labels = {
                f"{translate('Register', register(t).singular)} “{self.title_of(t, i)}”"
                for t, i, _ in deps
            }
            names = ", ".join(sorted(labels)[:5])
            raise UserError(
                translate(
                    "Store",
                    "{register} “{name}” is used by {count} record(s) "
                    "({names}); delete them first or delete with dependents.",
                ).format(
                    register=translate("Register", reg.singular),
                    name=self.title_of(table, record_id),
                    count=len(deps),
                    names=names,
                )
            )
        changes: list[Change] = []
        stamp = now_iso()
        self._collect_delete(table, record_id, stamp, changes, set())
        with self._transaction():
            self._apply(changes)
            self._commit_changes(changes)
        return Result(changes, record_id)

    def _collect_delete(
        self,
        table: str,
        record_id: str,
        stamp: str,
        changes: list[Change],
        seen: set[tuple[str, str]],
    ) -> None:
        if (table, record_id) in seen:
            return
        seen.add((table, record_id))
        for dep_table, dep_id, dep_field in self.dependents(table, record_id):
            if (dep_table, dep_id) in seen:
                continue
            f = register(dep_table).field(dep_field)
            if f.required:
                self._collect_delete(dep_table, dep_id, stamp, changes, seen)
            else:
                changes.append(Change(dep_table, dep_id, dep_field, record_id, None, "update"))
        changes.append(Change(table, record_id, "deleted_at", None, stamp, "delete"))

    def restore(self, table: str, record_id: str) -> Result:
        """Bring a tombstoned record back, if what it refers to is still there."""
        reg = register(table)
        rec = self.get(table, record_id, include_deleted=True)
        if rec is None or not rec["deleted_at"]:
            raise UserError(
                translate("Store", "{register} {id} is not deleted.").format(
                    register=translate("Register", reg.singular), id=record_id
                )
            )
        problems = self._relational_problems(reg, record_id, rec)
        if problems:
            raise ValidationError(problems)
        changes = [Change(table, record_id, "deleted_at", rec["deleted_at"], None, "restore")]
        with self._transaction():
            self._apply(changes)
            self._commit_changes(changes)
        return Result(changes, record_id)

    def revert(self, changes: Iterable[Change]) -> Result:
        """Undo an operation's changes (an inserted record is tombstoned)."""
        out: list[Change] = []
        stamp = now_iso()
        inserted: set[tuple[str, str]] = set()
        for c in reversed(list(changes)):
            if c.kind == "insert":
                key = (c.table, c.record_id)
                if key not in inserted:
                    inserted.add(key)
                    out.append(Change(c.table, c.record_id, "deleted_at", None, stamp, "delete"))
            else:
                kind = {"delete": "restore", "restore": "delete"}.get(c.kind, "update")
                out.append(Change(c.table, c.record_id, c.field, c.new, c.old, kind))
        return self._replay(out)

    def reapply(self, changes: Iterable[Change]) -> Result:
        """Redo an operation's changes after :meth:`revert`."""
        out: list[Change] = []
        restored: set[tuple[str, str]] = set()
        for c in changes:
            if c.kind == "insert":
                key = (c.table, c.record_id)
                if key not in restored:
                    restored.add(key)
                    rec = self.get(c.table, c.record_id, include_deleted=True)
                    if rec is not None and rec["deleted_at"]:
                        out.append(
                            Change(
                                c.table,
                                c.record_id,
                                "deleted_at",
                                rec["deleted_at"],
                                None,
                                "restore",
                            )
                        )
                out.append(Change(c.table, c.record_id, c.field, None, c.new, "update"))
            else:
                out.append(c)
        return self._replay([c for c in out if c.field != "id"])

    def _replay(self, changes: list[Change]) -> Result:
        with self._transaction():
            actual = []
            for c in changes:
                rec = self.get(c.table, c.record_id, include_deleted=True)
                if rec is None:
                    raise UserError(translate("Store", "Cannot undo: the record is gone."))
                if rec.get(c.field) != c.new:
                    actual.append(
                        Change(c.table, c.record_id, c.field, rec.get(c.field), c.new, c.kind)
                    )
            self._apply(actual)
            self._check_replayed(actual)
            self._commit_changes(actual)
        return Result(actual, actual[0].record_id if actual else None)

    def _check_replayed(self, changes: list[Change]) -> None:
        """Undo and redo obey the rules of any edit: the records they bring back must be
        valid *now* (another record may have taken the name meanwhile), and a record they
        remove must not leave live records pointing at it. Raising rolls everything back."""
        problems: list[Problem] = []
        for table, rid in dict.fromkeys((c.table, c.record_id) for c in changes):
            reg = register(table)
            rec = self.get(table, rid, include_deleted=True)
            if rec is None:
                continue
            if rec["deleted_at"] is None:
                problems += self._relational_problems(reg, rid, rec)
            elif self.dependents(table, rid):
                problems.append(problem(reg, self.describe(table, rec), None, translate(
                    "Store", "other records now refer to it")))
        if problems:
            raise UserError(translate("Store", "This cannot be undone or redone now: {why}")
                            .format(why="; ".join(str(p) for p in problems[:3])))

    def _apply(self, changes: list[Change]) -> None:
        by_record: dict[tuple[str, str], dict[str, Any]] = {}
        for c in changes:
            by_record.setdefault((c.table, c.record_id), {})[c.field] = c.new
        for (table, rid), values in by_record.items():
            self._write_fields(register(table), rid, values)

    def _write_fields(self, reg: Register, record_id: str, values: dict[str, Any]) -> None:
        sql_values = {}
        for name, value in values.items():
            if name == "deleted_at":
                sql_values[name] = value
            else:
                sql_values[name] = validation.to_sql(reg.field(name), value)
        sql_values["updated_at"] = now_iso()
        sql_values["updated_by"] = self.device_id
        assignments = ", ".join(f'"{k}" = ?' for k in sql_values)
        self.conn.execute(
            f'UPDATE "{reg.name}" SET {assignments} WHERE id = ?', [*sql_values.values(), record_id]
        )

