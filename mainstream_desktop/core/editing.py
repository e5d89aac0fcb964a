"""Every change to a workshop, as batches of operations (:mod:`batch`).

One path for everything: the window's edits, undo and redo, the workbook import, the
command line and a merge hand a list of :class:`Op` to :meth:`Editing.preview` (run in a
transaction, *every* problem collected, rolled back) and :meth:`Editing.apply` (one
transaction, one operation id in the journal, one undo step). Single edits call
:meth:`Editing.run`, which applies without a preview and stops at the first refusal.
A refused batch writes nothing.

Uniqueness and parent cycles are checked once the whole batch has run, on the state it
leaves (an import may rename A→B and B→C at once); everything else as each operation runs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from mainstream_desktop.core import bulk, journal, rules, validation
from mainstream_desktop.core.batch import Op, OpKind, Plan
from mainstream_desktop.core.errors import Problem, UserError, ValidationError
from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP, later, translate
from mainstream_desktop.core.journal import Change, ChangeKind
from mainstream_desktop.core.registers import (
    REGISTERS,
    SYSTEM_COLUMNS,
    Record,
    Register,
    register,
)
from mainstream_desktop.core.validity import KnownKeys, Validity, exact_keys, problem, set_columns

NOW_REFERRED = QT_TRANSLATE_NOOP("Store", "other records now refer to it")


@dataclass
class Result:
    """What one operation (or one batch) changed."""

    changes: list[Change] = field(default_factory=list)
    record_id: str | None = None

    @property
    def tables(self) -> set[str]:
        return {c.table for c in self.changes}

    def __bool__(self) -> bool:
        return bool(self.changes)


class StalePlanError(UserError):
    """The file changed between a preview and its apply; nothing was written."""


@functools.cache
def _named_after(table: str) -> tuple[str, ...]:
    """``table`` and the registers whose records are named after its records."""
    return (table, *(reg.name for reg in REGISTERS.values()
                     if any(f.kind == "ref" and f.ref == table for f in reg.fields)))


@functools.cache
def _name_fields(table: str) -> frozenset[str]:
    return frozenset(f.name for f in register(table).name_parts)


def touches_name(change: Change) -> bool:
    """Whether ``change`` may change what a record is called (its name, or whether it is
    there to be named): an update of a field that is no part of the name does not, so a
    note typed into a record leaves every cached name and name list alone (issue 16: at
    scale 20 rebuilding them took a good part of an edit's 200 ms)."""
    return change.kind != ChangeKind.UPDATE or change.field in _name_fields(change.table)


def names_touched(changes: Iterable[Change]) -> set[str]:
    """The registers whose records' names ``changes`` may have changed (a register named
    after another's records included)."""
    return {name for c in changes if touches_name(c) for name in _named_after(c.table)}


def _empty(value: Any) -> bool:
    """None and an empty list are the same "nothing" (a multi-value field left empty)."""
    return value is None or value == []


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class _Batch:
    """The state of the batch being run: its changes (journalled together at the end),
    the records whose set-wide rules are checked at the end, and, in a preview, the
    problems collected so far."""

    collect: bool
    trusted: bool = False  # applying a plan previewed clean on this same state
    index: int | None = None
    changes: list[Change] = field(default_factory=list)
    touched: dict[tuple[str, str], int | None] = field(default_factory=dict)
    replayed: dict[tuple[str, str], int | None] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # records known to be live while only inserts have run: 50,000 imported values
    # naming the same few indicators look each one up once, not once per row
    live: set[tuple[str, str]] = field(default_factory=set)
    # the set columns of every live record of the registers the bulk path wrote (None:
    # a run wrote what must be read back), for the final uniqueness check
    keys: dict[str, KnownKeys | None] = field(default_factory=dict)

    def touch(self, table: str, record_id: str, *, replay: bool = False) -> None:
        target = self.replayed if replay else self.touched
        target.setdefault((table, record_id), self.index)

    def report(self, problems: list[Problem]) -> None:
        """Keep the problems of the operation being run (preview), or refuse it (apply)."""
        if not problems:
            return
        keyed = [dataclasses.replace(p, op=self.index) for p in problems]
        if not self.collect:
            raise ValidationError(keyed)
        self.problems += keyed


class Editing(Validity):
    """The writing half of a workshop."""

    conn: sqlite3.Connection
    readonly: bool
    device_id: str
    user_name: str
    clock: journal.HybridClock
    _titles: dict[str, dict[str, str]]
    _batch: _Batch | None

    # --- the one path: preview and apply ----------------------------------------------------

    def preview(self, ops: Iterable[Op], *, keep: bool = False) -> Plan:
        """Run ``ops`` without keeping anything and return every problem they would meet.

        It runs in a transaction that is rolled back; a file opened read-only is
        previewed on a copy in memory. Either way the file is left as it was. ``keep`` is
        for a scratch copy in memory only (a merge's trial): the state the operations
        reached is kept, problems and all, so it can be studied.
        """
        ops = tuple(ops)
        if self._batch is not None:
            raise RuntimeError("preview() inside a running batch")
        if keep and self._on_disk():
            raise RuntimeError("preview(keep=True) is for copies in memory")
        if self.readonly and self._on_disk():
            with self._scratch_copy() as scratch:
                plan = scratch.preview(ops)
            plan.fingerprint = self.fingerprint()
            return plan
        plan = Plan(ops, fingerprint=self.fingerprint())
        if keep:  # the kept state may refer to records it deleted: that is what is studied
            self.conn.execute("PRAGMA foreign_keys = OFF")
        # a plain transaction rolled back leaves the file byte for byte as it was (a
        # released savepoint would commit, and bump the file's change counter)
        self.conn.execute("BEGIN")
        # references to records the batch adds later are checked by the store itself
        self.conn.execute("PRAGMA defer_foreign_keys = ON")
        batch = self._batch = _Batch(collect=True)
        try:
            for start, end in _runs(ops):
                if end - start > 1:
                    self._insert_many(ops, start, end)
                    continue
                op = ops[start]
                batch.index = start
                try:
                    self._execute(op)
                except ValidationError as exc:
                    batch.report(exc.problems)
                except UserError as exc:
                    batch.problems.append(Problem(op.table, None, str(exc), op.record_id,
                                                  op=start))
            batch.problems += self._final_problems(batch)
            plan.problems = batch.problems
            plan.changes = batch.changes
        finally:
            self._batch = None
            if self.conn.in_transaction:  # SQLite ends it itself on a full disk, an interrupt
                self.conn.execute("COMMIT" if keep else "ROLLBACK")
            self._titles.clear()
        return plan

    def apply(self, plan: Plan, *, before: Callable[[], object] | None = None) -> Result:
        """Carry out a previewed plan in one transaction under one operation id.

        A plan with problems is refused. ``before`` (the import's backup: SQLite cannot
        copy a database its own connection is writing) runs first; then the write lock is
        taken and only then is the file compared with the preview, so of two imports of
        the same workbook at once the second is refused as stale, never applied twice."""
        if plan.problems:
            raise ValidationError(plan.problems)
        if before is not None:
            self._check_fresh(plan)
            before()
        with self._transaction():
            self._check_fresh(plan)
            assert self._batch is not None
            # the very operations were checked on this very state: the checks would find
            # what the preview found (nothing); a 100,000-row import spends a quarter less
            self._batch.trusted = plan.fingerprint is not None
            return self._run_ops(plan.ops)

    def _check_fresh(self, plan: Plan) -> None:
        if plan.fingerprint is not None and self.fingerprint() != plan.fingerprint:
            raise StalePlanError(translate(
                "Store", "The workshop changed since this was previewed; preview it again."))

    def run(self, ops: Iterable[Op]) -> Result:
        """Apply ``ops`` at once (a window edit, the sample data): all or nothing, the first
        refusal raised."""
        with self._transaction():
            return self._run_ops(tuple(ops))

    def _run_ops(self, ops: Sequence[Op]) -> Result:
        batch = self._batch
        assert batch is not None
        result = Result()
        for start, end in _runs(ops):
            if end - start > 1:
                done = self._insert_many(ops, start, end)
            else:
                batch.index = start
                done = self._execute(ops[start])
            result.changes += done.changes
            result.record_id = result.record_id or done.record_id
        return result

    @contextlib.contextmanager
    def bulk(self) -> Iterator[None]:
        """Run many operations as one transaction and one journal operation (sample data,
        crash tests): all or nothing. Names must be unique and parents acyclic once all
        the operations are done."""
        with self._transaction():
            yield

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.readonly:
            raise UserError(translate("File", "This workshop is open read-only."))
        if self._batch is not None:  # inside bulk(): part of the enclosing transaction
            with self._nested(self._batch):
                yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        # references are checked by the store as each operation runs and once the batch
        # ends; SQLite's own check waits for the commit, as in a preview, so a batch that
        # previewed clean (a merge replaying a reference before its record) applies
        self.conn.execute("PRAGMA defer_foreign_keys = ON")
        batch = self._batch = _Batch(collect=False)
        try:
            yield
            problems = [] if batch.trusted else self._final_problems(batch)
            if problems:
                self._refuse(batch, problems)
            journal.append(self.conn, batch.changes, clock=self.clock,
                           user_name=self.user_name)
            try:
                self.conn.execute("COMMIT")
            except sqlite3.IntegrityError:
                raise UserError(translate(
                    "Store", "The changes would leave a record referring to one that does not "
                    "exist; nothing was written.")) from None
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._titles.clear()
            raise
        finally:
            self._batch = None

    @contextlib.contextmanager
    def _nested(self, batch: _Batch) -> Iterator[None]:
        """One operation inside ``bulk()``: whole or not at all, even when its caller
        catches the refusal and goes on (what it wrote is taken back, and so is what it
        would have journalled, and what the batch had learnt from it: the live records and
        the key columns the bulk path keeps are read again rather than trusted)."""
        mark = (len(batch.changes), dict(batch.touched), dict(batch.replayed))
        self.conn.execute("SAVEPOINT operation")
        try:
            yield
            self.conn.execute("RELEASE operation")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK TO operation")
                self.conn.execute("RELEASE operation")
            del batch.changes[mark[0]:]
            batch.touched, batch.replayed = mark[1], mark[2]
            batch.live.clear()
            batch.keys.clear()
            self._titles.clear()
            raise

    @staticmethod
    def _refuse(batch: _Batch, problems: list[Problem]) -> None:
        if batch.replayed and not batch.touched:  # undo or redo
            raise UserError(translate("Store", "This cannot be undone or redone now: {why}")
                            .format(why="; ".join(str(p) for p in problems[:3])))
        raise ValidationError(problems)

    def _final_problems(self, batch: _Batch) -> list[Problem]:
        """The checks made on the state the whole batch leaves."""
        found = []
        known = exact_keys(batch.keys, batch.changes)
        for p in self._set_problems([*batch.touched, *batch.replayed], known):
            key = (p.table, p.record_id or "")
            found.append(dataclasses.replace(
                p, op=batch.touched.get(key, batch.replayed.get(key))))
        for (table, rid), index in batch.replayed.items():
            reg = register(table)
            rec = self.get(table, rid, include_deleted=True)
            if rec is None:
                continue
            if rec["deleted_at"] is None:
                found += [dataclasses.replace(p, op=index)
                          for p in self._field_problems(reg, rid, rec)]
            elif self.dependents(table, rid):
                found.append(problem(reg, None, later(NOW_REFERRED), record_id=rid,
                                     record=self.describe(table, rec)))
        return found

    # --- the operations -----------------------------------------------------------------

    def _is_live(self, table: str, record_id: str) -> bool:
        batch = self._batch
        if batch is None:
            return super()._is_live(table, record_id)
        if (table, record_id) in batch.live:
            return True
        if super()._is_live(table, record_id):
            batch.live.add((table, record_id))
            return True
        return False

    def _execute(self, op: Op) -> Result:
        if op.kind == OpKind.INSERT:  # an insert never ends another record's life
            return self._insert(op)
        if self._batch is not None:
            self._batch.live.clear()
        if op.kind == OpKind.UPDATE:
            return self._update(op)
        if op.kind == OpKind.DELETE:
            return self._delete(op)
        if op.kind == OpKind.RESTORE:
            return self._restore(op)
        return self._replay(op)

    def _insert(self, op: Op) -> Result:
        reg = register(op.table)
        if reg.singleton and self.count(op.table):
            raise UserError(translate("Store", "A workshop file holds one workshop record."))
        trusted = self._batch is not None and self._batch.trusted
        if (op.record_id is not None and not trusted
                and self.table_of_id(op.record_id) is not None):
            raise UserError(translate(
                "Store", "The id {id} is already used by another record.").format(
                id=op.record_id))
        rid = op.record_id or str(uuid.uuid4())
        clean = self._checked_insert(reg, op, rid)
        return self._write_inserts(reg, [rid], [clean], [self._batch_index()])

    def _batch_index(self) -> int | None:
        return self._batch.index if self._batch is not None else None

    def _checked_insert(self, reg: Register, op: Op, rid: str) -> Record:
        """The stored form of one insert's values, its problems reported (a preview
        keeps them and goes on without the fields that failed; a run is refused)."""
        trusted = self._batch is not None and self._batch.trusted
        problems: list[Problem] = []
        clean = self._coerce(reg, dict(op.values), None, op.accept_labels, problems)
        if not trusted:
            failed = {p.field for p in problems}
            problems += [p for p in self._field_problems(reg, rid, clean)
                         if p.field not in failed]
            self._report(problems)
        return clean

    def _insert_many(self, ops: Sequence[Op], start: int, end: int) -> Result:
        """The inserts ``ops[start:end]`` into one register (see :func:`_runs`), checked
        column by column and written with one ``executemany``: a 50,000-row values import
        is previewed in a fraction of the per-row time.

        The result is the per-row path's, problem for problem: a column's values are
        coerced together (:mod:`bulk`), each referred record is looked up once, required
        fields and cross-field rules are tested per record; an operation where anything
        fails or does not fit goes through the per-row path, which finds and words its
        problems as a single insert does, at its own index, in its own order."""
        batch = self._batch
        assert batch is not None
        run = ops[start:end]
        reg = register(run[0].table)
        accept = run[0].accept_labels
        rids = [str(uuid.uuid4()) for _ in run]
        slow: set[int] = set()
        names: dict[str, None] = {}
        for op in run:
            names.update(dict.fromkeys(op.values))
        columns: dict[str, list[Any]] = {}
        for name in names:
            try:
                f = reg.field(name)
            except KeyError:
                f = None
            if f is None or name in SYSTEM_COLUMNS:  # refused or skipped: per row
                slow.update(k for k, op in enumerate(run) if name in op.values)
                continue
            column, refused = bulk.coerce_column(f, [op.values.get(name) for op in run], accept)
            slow |= refused
            columns[name] = column
        cleans: list[Record] = [{} for _ in run]
        for name, column in columns.items():
            for k, op in enumerate(run):
                if name in op.values:
                    cleans[k][name] = column[k]
        if not batch.trusted:
            slow |= self._failing_records(reg, cleans, columns)
        indexes = list(range(start, end))
        kept: list[int] = []
        for k in range(len(run)):
            if k in slow:
                batch.index = start + k
                try:
                    cleans[k] = self._checked_insert(reg, run[k], rids[k])
                except UserError as exc:
                    if not batch.collect or isinstance(exc, ValidationError):
                        raise
                    batch.problems.append(Problem(reg.name, None, str(exc), None,
                                                  op=start + k))
                    continue
            kept.append(k)
        if batch.trusted:  # a plan previewed clean: no final check to prepare for
            batch.keys[reg.name] = None
        elif reg.name not in batch.keys:  # the live records before the first run, read once
            batch.keys[reg.name] = KnownKeys(
                self._key_records(reg, set_columns(reg)),
                sum(c.table == reg.name for c in batch.changes))
        return self._write_inserts(reg, [rids[k] for k in kept], [cleans[k] for k in kept],
                                   [indexes[k] for k in kept], known=batch.keys[reg.name])

    def _failing_records(self, reg: Register, cleans: list[Record],
                         columns: dict[str, list[Any]]) -> set[int]:
        """The positions of records that miss a required field, refer to a record that is
        not live or break a rule across fields (their problems are found per row)."""
        failing: set[int] = set()
        for f in reg.fields:
            column = columns.get(f.name)
            if column is None:
                if f.required:
                    failing.update(range(len(cleans)))
                continue
            if f.required:
                failing.update(k for k, v in enumerate(column) if v is None or v == [])
            if f.kind == "ref":
                dead = {v for v in set(column) - {None, bulk.SLOW}
                        if not self._is_live(f.ref or "", v)}
                if dead:
                    failing.update(k for k, v in enumerate(column) if v in dead)
        if rules.RULES.get(reg.name):
            failing.update(k for k, rec in enumerate(cleans) if rules.broken(reg.name, rec))
        return failing

    def _write_inserts(self, reg: Register, rids: list[str], cleans: list[Record],
                       indexes: list[int | None], known: KnownKeys | None = None) -> Result:
        """Insert coerced records (one ``executemany``) and keep their changes for the
        journal: one change per field given, or one naming the id for an empty record.
        The rows written are added to ``known`` (see :class:`KnownKeys`)."""
        batch = self._batch
        assert batch is not None
        stamp = now_iso()
        names = [f.name for f in reg.fields]
        converted = [f for f in reg.fields if f.kind in validation.SQL_CONVERTED_KINDS]
        cols = ["id", "created_at", "updated_at", "updated_by", *names]
        col_sql = ", ".join(f'"{c}"' for c in cols)
        rows = []
        changes: list[Change] = []
        table, insert = reg.name, ChangeKind.INSERT
        for rid, clean, index in zip(rids, cleans, indexes, strict=True):
            row = [rid, stamp, stamp, self.device_id, *map(clean.get, names)]
            for f in converted:
                pos = 4 + names.index(f.name)
                row[pos] = validation.to_sql(f, row[pos])
            rows.append(row)
            mine = [Change(table, rid, name, None, value, insert) for name in names
                    if (value := clean.get(name)) is not None and value != []]
            changes += mine or [Change(table, rid, "id", None, rid, insert)]
            batch.touched.setdefault((table, rid), index)
        self.conn.executemany(
            f'INSERT INTO "{reg.name}" ({col_sql}) VALUES ({", ".join("?" * len(cols))})', rows)
        batch.changes += changes
        if known is not None:
            positions = [0, *(4 + names.index(c) for c in set_columns(reg))]
            if not known.add(reg, rows, positions, len(changes)):
                batch.keys[table] = None
        if changes:
            self._forget_titles({table})
        return Result(changes, rids[0] if rids else None)

    def _update(self, op: Op) -> Result:
        reg = register(op.table)
        rid = op.record_id or ""
        current = self.get(reg.name, rid)
        if current is None:
            raise self._gone(reg, rid)
        problems: list[Problem] = []
        clean = self._coerce(reg, dict(op.values), current, op.accept_labels, problems)
        failed = {p.field for p in problems}
        problems += [p for p in self._field_problems(reg, rid, {**current, **clean},
                                                     only=set(clean))
                     if p.field not in failed]
        self._report(problems)
        changes = [Change(reg.name, rid, k, current.get(k), v, ChangeKind.UPDATE)
                   for k, v in clean.items()
                   if current.get(k) != v and not (_empty(v) and _empty(current.get(k)))]
        if changes:
            self._write_fields(reg, rid, {c.field: c.new for c in changes})
            self._record(changes)
        return Result(changes, rid)

    def _delete(self, op: Op) -> Result:
        """Tombstone a record. One that live records depend on is refused with their
        names, unless ``cascade``: then records that cannot exist without it (links,
        coverage, members, assessments, policies) are tombstoned too and optional
        references to it cleared — in the same transaction, all undoable."""
        reg = register(op.table)
        rid = op.record_id or ""
        if reg.singleton:
            raise UserError(translate("Store", "The workshop record cannot be deleted."))
        if self.get(reg.name, rid) is None:
            raise self._gone(reg, rid)
        deps = self.dependents(reg.name, rid)
        if deps and not op.cascade:
            labels = {
                f"{translate('Register', register(t).singular)} “{self.title_of(t, i)}”"
                for t, i, _ in deps
            }
            raise UserError(
                translate(
                    "Store",
                    "{register} “{name}” is used by {count} record(s) "
                    "({names}); delete them first or delete with dependents.",
                ).format(
                    register=translate("Register", reg.singular),
                    name=self.title_of(reg.name, rid),
                    count=len(deps),
                    names=", ".join(sorted(labels)[:5]),
                )
            )
        changes: list[Change] = []
        self._collect_delete(reg.name, rid, now_iso(), changes, set())
        self._apply(changes)
        self._record(changes)
        return Result(changes, rid)

    def _collect_delete(
        self, table: str, record_id: str, stamp: str, changes: list[Change],
        seen: set[tuple[str, str]],
    ) -> None:
        if (table, record_id) in seen:
            return
        seen.add((table, record_id))
        for dep_table, dep_id, dep_field in self.dependents(table, record_id):
            if (dep_table, dep_id) in seen:
                continue
            if register(dep_table).field(dep_field).required:
                self._collect_delete(dep_table, dep_id, stamp, changes, seen)
            else:
                changes.append(Change(dep_table, dep_id, dep_field, record_id, None,
                                      ChangeKind.UPDATE))
        changes.append(Change(table, record_id, "deleted_at", None, stamp, ChangeKind.DELETE))

    def _restore(self, op: Op) -> Result:
        """Bring a tombstoned record back, if what it refers to is still there."""
        reg = register(op.table)
        rid = op.record_id or ""
        rec = self.get(reg.name, rid, include_deleted=True)
        if rec is None or not rec["deleted_at"]:
            raise UserError(
                translate("Store", "{register} {id} is not deleted.").format(
                    register=translate("Register", reg.singular), id=rid
                )
            )
        self._report(self._field_problems(reg, rid, rec))
        changes = [Change(reg.name, rid, "deleted_at", rec["deleted_at"], None,
                          ChangeKind.RESTORE)]
        self._apply(changes)
        self._record(changes)
        return Result(changes, rid)

    def _replay(self, op: Op) -> Result:
        """Set fields as a list of changes says (undo, redo, another file's journal).

        A record an ``insert`` change names is created if this file does not have it; a
        change that carries its origin is journalled as it came (same id, clock and
        device), so a later merge recognises it. What the replay leaves is checked like
        any edit when the batch ends."""
        batch = self._batch
        assert batch is not None
        actual: list[Change] = []
        for c in op.changes:
            reg, value = self._replayable(c)
            if reg is None:
                continue  # reported (preview) — a run has raised
            rec = self.get(c.table, c.record_id, include_deleted=True)
            if rec is None:
                if c.kind != ChangeKind.INSERT:
                    raise UserError(translate("Store", "Cannot undo: the record is gone."))
                if reg.singleton and self.count(reg.name):
                    raise UserError(translate(
                        "Store", "A workshop file holds one workshop record."))
                if self.table_of_id(c.record_id) is not None:
                    raise UserError(translate(
                        "Store", "The id {id} is already used by another record.").format(
                        id=c.record_id))
                self._insert_skeleton(reg, c.record_id)
                rec = {}
            differs = c.field != "id" and rec.get(c.field) != value
            if differs:
                self._write_fields(reg, c.record_id, {c.field: value})
            if c.origin is not None:  # journalled as it was made, written or not
                actual.append(c)
            elif differs:
                actual.append(c._replace(old=rec.get(c.field), new=value))
            batch.touch(c.table, c.record_id, replay=True)
        self._record(actual, touch=False)
        return Result(actual, actual[0].record_id if actual else None)

    def _replayable(self, c: Change) -> tuple[Register | None, Any]:
        """The register and the value a replayed change may write: it names a register
        and a field of it, and its value fits the field as if typed (a change from another
        file's journal is untrusted input). A misfit is a problem of the operation."""
        reg = REGISTERS.get(c.table)
        if reg is None or c.field in SYSTEM_COLUMNS[1:4]:
            raise UserError(translate(
                "Store", "A recorded change names “{table}.{field}”, which is not part of a "
                "workshop; nothing was changed.").format(table=c.table, field=c.field))
        if c.field == "id":
            return reg, c.record_id
        if c.field == "deleted_at":
            if c.new is not None and not isinstance(c.new, str):
                raise UserError(translate(
                    "Store", "A recorded deletion has no date; nothing was changed."))
            return reg, c.new
        try:
            f = reg.field(c.field)
        except KeyError:
            raise UserError(translate(
                "Store", "A recorded change names “{table}.{field}”, which is not part of a "
                "workshop; nothing was changed.").format(table=c.table, field=c.field)) from None
        try:
            return reg, validation.coerce(f, c.new)
        except validation.FieldError as exc:
            self._report([problem(reg, f.name, exc.args[0], record_id=c.record_id)])
            return None, None

    # --- helpers ------------------------------------------------------------------------

    def _report(self, problems: list[Problem]) -> None:
        assert self._batch is not None
        self._batch.report(problems)

    def _record(self, changes: list[Change], *, touch: bool = True) -> None:
        """Keep ``changes`` for the journal (written when the batch commits) and forget
        the cached names they make stale."""
        batch = self._batch
        assert batch is not None
        batch.changes += changes
        if touch:
            for c in changes:
                batch.touch(c.table, c.record_id)
        self._forget_titles({c.table for c in changes if touches_name(c)})

    @staticmethod
    def _gone(reg: Register, record_id: str) -> UserError:
        return UserError(
            translate("Store", "{register} {id} does not exist or was deleted.").format(
                register=translate("Register", reg.singular), id=record_id
            )
        )

    def _forget_titles(self, tables: set[str]) -> None:
        """Drop cached names of changed tables and of tables named after them."""
        if not self._titles:  # nothing cached (an import, a merge): nothing to forget
            return
        for table in tables:
            for name in _named_after(table):
                self._titles.pop(name, None)

    def _insert_skeleton(self, reg: Register, record_id: str) -> None:
        stamp = now_iso()
        self.conn.execute(
            f'INSERT INTO "{reg.name}" (id, created_at, updated_at, updated_by) '
            "VALUES (?, ?, ?, ?)", (record_id, stamp, stamp, self.device_id))

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

    def _on_disk(self) -> bool:
        return any(row[2] for row in self.conn.execute("PRAGMA database_list")
                   if row[1] == "main")

    def fingerprint(self) -> tuple[Any, ...]:
        """Changes whenever the workshop does (every change appends to the journal)."""
        return tuple(self.conn.execute("SELECT count(*), max(seq) FROM changes").fetchone())

    # --- single operations, as the window and the command line call them -----------------

    def insert(self, table: str, values: dict[str, Any], *, accept_labels: bool = False,
               record_id: str | None = None) -> Result:
        """Add a record; ``values`` may omit optional fields."""
        return self.run([Op.insert(table, values, record_id=record_id,
                                   accept_labels=accept_labels)])

    def update(self, table: str, record_id: str, values: dict[str, Any], *,
               accept_labels: bool = False) -> Result:
        """Change some fields of a live record; unchanged values write nothing."""
        return self.run([Op.update(table, record_id, values, accept_labels=accept_labels)])

    def delete(self, table: str, record_id: str, *, cascade: bool = False) -> Result:
        """Tombstone a record (see :meth:`_delete`)."""
        return self.run([Op.delete(table, record_id, cascade=cascade)])

    def restore(self, table: str, record_id: str) -> Result:
        return self.run([Op.restore(table, record_id)])

    def revert(self, changes: Iterable[Change]) -> Result:
        """Undo an operation's changes (an inserted record is tombstoned)."""
        return self.run([Op.replay(undo_changes(changes))])

    def reapply(self, changes: Iterable[Change]) -> Result:
        """Redo an operation's changes after :meth:`revert`."""
        return self.run([Op.replay(redo_changes(self, changes))])


def undo_changes(changes: Iterable[Change]) -> list[Change]:
    """The changes that take ``changes`` back, newest first."""
    out: list[Change] = []
    stamp = now_iso()
    inserted: set[tuple[str, str]] = set()
    for c in reversed(list(changes)):
        if c.kind == ChangeKind.INSERT:
            key = (c.table, c.record_id)
            if key not in inserted:
                inserted.add(key)
                out.append(Change(c.table, c.record_id, "deleted_at", None, stamp,
                                  ChangeKind.DELETE))
        else:
            kind = {ChangeKind.DELETE: ChangeKind.RESTORE,
                    ChangeKind.RESTORE: ChangeKind.DELETE}.get(c.kind, ChangeKind.UPDATE)
            out.append(Change(c.table, c.record_id, c.field, c.new, c.old, kind))
    return out


def redo_changes(ws: Editing, changes: Iterable[Change]) -> list[Change]:
    """The changes that make ``changes`` again after an undo (a tombstoned insert is
    restored first)."""
    out: list[Change] = []
    restored: set[tuple[str, str]] = set()
    for c in changes:
        if c.kind != ChangeKind.INSERT:
            out.append(c)
            continue
        key = (c.table, c.record_id)
        if key not in restored:
            restored.add(key)
            rec: Record | None = ws.get(c.table, c.record_id, include_deleted=True)
            if rec is not None and rec["deleted_at"]:
                out.append(Change(c.table, c.record_id, "deleted_at", rec["deleted_at"],
                                  None, ChangeKind.RESTORE))
        if c.field != "id":
            out.append(Change(c.table, c.record_id, c.field, None, c.new, ChangeKind.UPDATE))
    return out


BULK_MIN = 32  # a run of at least this many inserts into one register is checked by column


def _runs(ops: Sequence[Op]) -> Iterator[tuple[int, int]]:
    """``ops`` cut into runs (start, end): each a single operation, or a run of at least
    :data:`BULK_MIN` inserts into one register with no id given and the same
    ``accept_labels``, which :meth:`Editing._insert_many` checks column by column. A
    register whose records refer to one another (a parent) stays per row: an insert may
    name a record inserted just before it."""
    i, n = 0, len(ops)
    while i < n:
        op = ops[i]
        j = i + 1
        if _bulk_able(op):
            while (j < n and ops[j].kind == OpKind.INSERT and ops[j].table == op.table
                   and ops[j].record_id is None and ops[j].accept_labels == op.accept_labels):
                j += 1
        if j - i >= BULK_MIN:
            yield i, j
        else:
            yield from ((k, k + 1) for k in range(i, j))
        i = j


@functools.cache
def _self_referring(table: str) -> bool:
    return any(f.kind == "ref" and f.ref == table for f in register(table).fields)


def _bulk_able(op: Op) -> bool:
    if op.kind != OpKind.INSERT or op.record_id is not None or op.table not in REGISTERS:
        return False
    return not register(op.table).singleton and not _self_referring(op.table)
