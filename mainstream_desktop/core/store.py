"""The workshop file and every operation on it. The only module that writes SQL.

Every operation is one transaction: it validates, writes the records and their journal
rows, commits, and returns the :class:`Result` (what changed) so a caller refreshes only
what it must and an undo stack can revert exactly that. A failed operation writes
nothing. Reads and edits use plain ``sqlite3`` (sqlite-utils only builds the schema,
see :mod:`schema`), which keeps pandas off the window's start path.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mainstream_desktop.core import journal, rules, schema, userdirs, validation
from mainstream_desktop.core.errors import (
    NotAWorkshopError,
    Problem,
    UserError,
    ValidationError,
    WorkshopLockedError,
)
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.journal import Change
from mainstream_desktop.core.lock import WorkshopLock
from mainstream_desktop.core.registers import REGISTERS, Field, Register, references_to, register

Record = dict[str, Any]


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


def _problem(reg: Register, record: str, field_name: str | None, message: str) -> Problem:
    label = translate("Field", reg.field(field_name).label) if field_name else ""
    return Problem(translate("Register", reg.singular), record, label, message)


class Workshop:
    """An open workshop file."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *, readonly: bool = False):
        self.conn = conn
        # uniqueness compares names as people read them (Unicode case, not ASCII NOCASE)
        conn.create_function("ms_fold", 1, _sql_fold, deterministic=True)
        self.path = path
        self.readonly = readonly
        self.device_id = userdirs.device_id()
        self.user_name = userdirs.user_name()
        self.clock = journal.HybridClock(self.device_id, journal.last_stamp(conn))
        self._titles: dict[str, dict[str, str]] = {}
        self._in_bulk = False
        self._deferred: set[tuple[str, str]] | None = None
        self._lock: WorkshopLock | None = None
        row = conn.execute("SELECT value FROM meta WHERE key = 'workshop_uuid'").fetchone()
        self.uuid: str = row[0] if row else ""

    # --- opening and closing -----------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        *,
        title: str,
        country: str,
        force: bool = False,
        version: int = schema.SCHEMA_VERSION,
        **fields: Any,
    ) -> Workshop:
        """Create a new workshop file at ``path`` and open it.

        The file is built beside the target and renamed into place, so ``path`` either
        stays as it was or becomes a complete workshop. Without ``force`` an existing
        file is never replaced.
        """
        from mainstream_desktop.core.atomic import atomic_path, check_new_target, exists_error

        target = Path(path)
        check_new_target(target, force=force)
        values = {"title": title, "country": country, **fields}
        try:
            with atomic_path(target, overwrite=force) as tmp:
                tmp.unlink()
                conn = _connect(tmp)
                try:
                    schema.create_schema(conn, version)
                    ws = cls(conn, tmp)
                    ws._init_meta()
                    ws.insert("workshop", values)
                finally:
                    conn.close()
        except FileExistsError:
            raise exists_error(target) from None
        except OSError as exc:
            raise UserError(
                translate("File", "Cannot write “{name}”: {reason}.").format(
                    name=target, reason=exc.strerror or exc
                )
            ) from None
        return cls.open(target)

    def _init_meta(self) -> None:
        self.uuid = str(uuid.uuid4())
        with self._transaction():
            self.conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("workshop_uuid", self.uuid),
                    ("created_at", now_iso()),
                    ("created_by_device", self.device_id),
                ],
            )

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        exclusive: bool = False,
        readonly: bool = False,
        backup_before_migration: bool = True,
    ) -> Workshop:
        """Open a workshop file, migrating an older format forward after a backup.

        Anything that is not a workshop this version can open raises
        :class:`NotAWorkshopError` and the file is left byte for byte as it was.
        """
        target = Path(path)
        header = schema.read_header(target)
        schema.check_not_truncated(target, header)
        if header.user_version < schema.SCHEMA_VERSION and readonly:
            raise UserError(
                translate(
                    "File",
                    "“{name}” uses an older file format and must be "
                    "opened for writing once to update it.",
                ).format(name=target.name)
            )
        from mainstream_desktop.core.lock import ensure_not_held

        held = WorkshopLock(target)
        if exclusive:
            held.acquire()
        elif not readonly:
            ensure_not_held(target)
        try:
            conn = _connect(target, readonly=readonly)
        except sqlite3.OperationalError as exc:
            held.release()
            if "locked" in str(exc) or "readonly" in str(exc):
                raise _unreadable_error(target, exc) from None
            raise NotAWorkshopError(
                translate("File", "“{name}” cannot be opened: {reason}.").format(
                    name=target.name, reason=exc
                )
            ) from None
        except sqlite3.DatabaseError as exc:  # malformed, not a database
            held.release()
            raise NotAWorkshopError(
                translate(
                    "File", "“{name}” is damaged ({reason}). Restore it from a backup."
                ).format(name=target.name, reason=exc)
            ) from None
        try:
            _check_integrity(conn, target, quick=True)
            if header.user_version < schema.SCHEMA_VERSION:
                if backup_before_migration:
                    from mainstream_desktop.core import backup

                    backup.backup_connection(conn, reason="migration")
                schema.migrate(conn, header.user_version)
            _check_structure(conn, target)
            if exclusive:
                conn.execute("PRAGMA locking_mode = EXCLUSIVE")
                conn.execute("BEGIN IMMEDIATE")  # take the write lock now and keep it
                conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            conn.close()
            held.release()
            if "locked" in str(exc):
                raise WorkshopLockedError(
                    translate(
                        "File",
                        "“{name}” is being written by another program; try again when it "
                        "is closed.",
                    ).format(name=target.name)
                ) from None
            raise
        except BaseException:
            conn.close()
            held.release()
            raise
        ws = cls(conn, target, readonly=readonly)
        ws._lock = held
        return ws

    @classmethod
    def open_for_reading(cls, path: str | os.PathLike[str]) -> Workshop:
        """Open without ever writing to the file or beside it (check, export, dry runs).

        A current file opens read-only; an older format is read into memory and migrated
        there, so the file on disk keeps its format until someone opens it to edit.
        """
        target = Path(path)
        header = schema.read_header(target)
        if header.user_version >= schema.SCHEMA_VERSION:
            return cls.open(target, readonly=True)
        schema.check_not_truncated(target, header)
        mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            src = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
            try:
                src.backup(mem)
            finally:
                src.close()
            _check_integrity(mem, target, quick=True)
            schema.migrate(mem, header.user_version)
            _check_structure(mem, target)
        except sqlite3.OperationalError as exc:
            mem.close()
            raise _unreadable_error(target, exc) from None
        except sqlite3.DatabaseError as exc:
            mem.close()
            raise NotAWorkshopError(translate(
                "File", "“{name}” is damaged ({reason}). Restore it from a backup.").format(
                name=target.name, reason=exc)) from None
        except BaseException:
            mem.close()
            raise
        return cls(mem, target, readonly=True)

    def close(self) -> None:
        """Close the file and give up the lock record, if this instance holds one."""
        with contextlib.suppress(sqlite3.ProgrammingError):
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workshop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def snapshot(self) -> Workshop:
        """A read-only in-memory copy, for work in another thread (exports)."""
        mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        self.conn.backup(mem)
        return Workshop(mem, self.path, readonly=True)

    def save_copy(self, dest: str | os.PathLike[str]) -> None:
        """Write a consistent copy of the workshop to ``dest`` (whole or not at all)."""
        from mainstream_desktop.core.atomic import atomic_path, check_distinct, check_new_target

        dest = Path(dest)
        check_distinct([dest], [self.path] if self.path else [])
        check_new_target(dest, force=True)  # may replace a file, not a workshop in use
        with atomic_path(dest) as tmp:
            out = sqlite3.connect(tmp)
            try:
                self.conn.backup(out)
            finally:
                out.close()

    # --- reading -----------------------------------------------------------------------

    def get(self, table: str, record_id: str, *, include_deleted: bool = False) -> Record | None:
        reg = register(table)
        cur = self.conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,))
        row = cur.fetchone()
        if row is None:
            return None
        rec = _to_record(reg, cur.description, row)
        if rec["deleted_at"] and not include_deleted:
            return None
        return rec

    def records(self, table: str, *, include_deleted: bool = False) -> list[Record]:
        """All (live) records of a register, in a stable order."""
        reg = register(table)
        where = "" if include_deleted else " WHERE deleted_at IS NULL"
        order = ", ".join(f'"{c}"' for c in reg.order_by) or "created_at, id"
        cur = self.conn.execute(f'SELECT * FROM "{table}"{where} ORDER BY {order}')
        return _to_records(reg, cur.description, cur)

    def count(self, table: str) -> int:
        register(table)
        return self.conn.execute(
            f'SELECT count(*) FROM "{table}" WHERE deleted_at IS NULL'
        ).fetchone()[0]

    def workshop(self) -> Record:
        recs = self.records("workshop")
        if not recs:
            raise NotAWorkshopError(translate("File", "The workshop record is missing."))
        return recs[0]

    def titles(self, table: str) -> dict[str, str]:
        """id → human-readable name of every record (tombstoned ones included)."""
        cached = self._titles.get(table)
        if cached is None:
            cached = {
                r["id"]: self.describe(table, r) for r in self.records(table, include_deleted=True)
            }
            self._titles[table] = cached
        return cached

    def title_of(self, table: str, record_id: str | None) -> str:
        if not record_id:
            return ""
        return self.titles(table).get(record_id, record_id)

    def describe(self, table: str, rec: Record) -> str:
        """The name a user knows a record by (what references show)."""
        if table == "links":
            return "{} → {}".format(
                self.title_of("stakeholders", rec.get("source")),
                self.title_of("stakeholders", rec.get("target")),
            )
        if table == "coverage":
            return "{} ← {}".format(
                self.title_of("indicators", rec.get("indicator")),
                self.title_of("data_sources", rec.get("data_source")),
            )
        if table == "mechanism_members":
            return "{}: {}".format(
                self.title_of("mechanisms", rec.get("mechanism")),
                self.title_of("stakeholders", rec.get("stakeholder")),
            )
        reg = register(table)
        f = reg.field(reg.title_field)
        value = rec.get(f.name)
        if f.kind == "ref":
            return self.title_of(f.ref or "", value)
        if table == "indicators" and rec.get("code"):
            return f"{rec['code']} {value or ''}".strip()
        return validation.display(f, value)

    def find_by_title(self, table: str, title: str) -> list[str]:
        """Ids of the live records whose name is ``title`` (case-insensitive)."""
        folded = validation.fold(title)
        live = {r["id"] for r in self.records(table)}
        return [i for i, t in self.titles(table).items()
                if i in live and validation.fold(t) == folded]

    def dependents(self, table: str, record_id: str) -> list[tuple[str, str, str]]:
        """(register, record id, field) of every live record that refers to this one."""
        out = []
        for reg, f in references_to(table):
            cur = self.conn.execute(
                f'SELECT id FROM "{reg.name}" WHERE "{f.name}" = ? AND deleted_at IS NULL',
                (record_id,),
            )
            out.extend((reg.name, rid, f.name) for (rid,) in cur)
        return out

    def history(self, table: str, record_id: str) -> list[journal.HistoryEntry]:
        return journal.history(self.conn, table, record_id)

    # --- writing -----------------------------------------------------------------------

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
            _problem(
                reg, self._name_for(reg, clean), f.name, translate("Validation", "is required")
            )
            for f in missing
        ]
        rid = record_id or str(uuid.uuid4())
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
            _problem(
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
                problems.append(_problem(reg, self.describe(table, rec), None, translate(
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

    # --- validation helpers ------------------------------------------------------------

    def _name_for(self, reg: Register, values: Record) -> str:
        try:
            return self.describe(reg.name, values)
        except (KeyError, sqlite3.Error):
            return ""

    def _coerce(
        self, reg: Register, values: dict[str, Any], current: Record | None, accept_labels: bool
    ) -> Record:
        clean: Record = {}
        problems = []
        for name, value in values.items():
            if name in ("id", "created_at", "updated_at", "updated_by", "deleted_at"):
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
                record = self._name_for(reg, {**(current or {}), **values})
                problems.append(_problem(reg, record, name, str(exc)))
        if problems:
            raise ValidationError(problems)
        return clean

    def _relational_problems(
        self, reg: Register, record_id: str, rec: Record, only: set[str] | None = None
    ) -> list[Problem]:
        problems = []

        def name() -> str:  # computed only when a message needs it
            return self._name_for(reg, rec)

        for field_name, message in rules.broken(reg.name, rec, only):
            problems.append(_problem(reg, name(), field_name, message))
        for f in reg.fields:
            if f.kind != "ref" or (only is not None and f.name not in only):
                continue
            target = rec.get(f.name)
            if target is None:
                continue
            if self.get(f.ref or "", target) is None:
                problems.append(
                    _problem(
                        reg,
                        name(),
                        f.name,
                        translate(
                            "Validation", "refers to a {target} that does not exist or was deleted"
                        ).format(
                            target=translate("Register", register(f.ref or "").singular).lower()
                        ),
                    )
                )
            elif (f.ref == reg.name and self._deferred is None
                  and self._creates_cycle(reg.name, f.name, record_id, target)):
                problems.append(
                    _problem(
                        reg,
                        name(),
                        f.name,
                        translate("Validation", "would make the record its own ancestor"),
                    )
                )
        if self._deferred is not None:  # checked when the bulk operation ends
            self._deferred.add((reg.name, record_id))
            return problems
        for columns in reg.unique:
            if only is not None and not (set(columns) & only):
                continue
            values = [rec.get(c) for c in columns]
            if any(v is None for v in values):
                continue
            clause = " AND ".join(
                f'ms_fold("{c}") = ms_fold(?)' if reg.field(c).kind == "text" else f'"{c}" = ?'
                for c in columns
            )
            hit = self.conn.execute(
                f'SELECT id FROM "{reg.name}" WHERE {clause} AND deleted_at IS NULL AND id != ?',
                [
                    *[
                        validation.to_sql(reg.field(c), v)
                        for c, v in zip(columns, values, strict=True)
                    ],
                    record_id,
                ],
            ).fetchone()
            if hit:
                labels = ", ".join(translate("Field", reg.field(c).label).lower() for c in columns)
                problems.append(
                    _problem(
                        reg,
                        name(),
                        columns[0],
                        translate(
                            "Validation", "another record already has the same {fields}"
                        ).format(fields=labels),
                    )
                )
        return problems

    def _creates_cycle(self, table: str, field_name: str, record_id: str, target: str) -> bool:
        seen = set()
        current: str | None = target
        while current and current not in seen:
            if current == record_id:
                return True
            seen.add(current)
            row = self.conn.execute(
                f'SELECT "{field_name}" FROM "{table}" WHERE id = ?', (current,)
            ).fetchone()
            current = row[0] if row else None
        return False

    # --- checks ------------------------------------------------------------------------

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """What SQLite's integrity (or quick) check and the foreign-key check report."""
        pragma = "quick_check" if quick else "integrity_check"
        found = [r[0] for r in self.conn.execute(f"PRAGMA {pragma}")]
        problems = [] if found == ["ok"] else found
        for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid}: missing {parent} record")
        return problems

    def validation_problems(self) -> list[Problem]:
        """Every live record checked again against its register's rules."""
        problems: list[Problem] = []
        for reg in REGISTERS.values():
            for rec in self.records(reg.name):
                name = self.describe(reg.name, rec)
                for f in reg.fields:
                    value = rec.get(f.name)
                    if f.required and value in (None, []):
                        problems.append(
                            _problem(reg, name, f.name, translate("Validation", "is required"))
                        )
                        continue
                    if value in (None, []) or f.kind == "ref":
                        continue
                    try:
                        validation.coerce(f, value)
                    except validation.FieldError as exc:
                        problems.append(_problem(reg, name, f.name, str(exc)))
                problems += self._relational_problems(reg, rec["id"], rec)
        return problems


def _to_record(reg: Register, description: Any, row: tuple[Any, ...]) -> Record:
    return _to_records(reg, description, (row,))[0]


_SYSTEM = frozenset(("id", "created_at", "updated_at", "updated_by", "deleted_at"))


def _to_records(reg: Register, description: Any, rows: Any) -> list[Record]:
    """Rows as records. The column plan is worked out once per query, not once per cell:
    at scale 50 a register's rows are read in a few milliseconds instead of a tenth of
    a second (issue 7)."""
    keep: list[int] = []
    names: list[str] = []
    convert: list[tuple[str, Field]] = []  # the kinds whose stored value differs
    for i, (name, *_) in enumerate(description):
        if name in _SYSTEM:
            keep.append(i)
            names.append(name)
            continue
        try:
            f = reg.field(name)
        except KeyError:
            continue  # a column this version does not know (never for known versions)
        keep.append(i)
        names.append(name)
        if f.kind in validation.SQL_CONVERTED_KINDS:
            convert.append((name, f))
    plain = len(keep) == len(description)
    out: list[Record] = []
    for row in rows:
        rec = dict(zip(names, row if plain else [row[i] for i in keep], strict=True))
        for name, f in convert:
            rec[name] = validation.from_sql(f, rec[name])
        out.append(rec)
    return out


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open with the durability settings of DESIGN.md: rollback journal, full sync, FKs."""
    if readonly:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=2.0)
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode.lower() != "delete":
            conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _sql_fold(value: Any) -> Any:
    return validation.fold(value) if isinstance(value, str) else value


def _unreadable_error(path: Path, exc: sqlite3.OperationalError) -> UserError:
    """Why a file cannot be read without writing: held by a window, or left by a crash."""
    if "locked" in str(exc):
        return _locked_error(path)
    if "readonly" in str(exc):
        return NotAWorkshopError(translate(
            "File", "“{name}” was not closed properly (a crash or a power cut). Open it for "
            "editing once, in the window, to recover its last saved state.").format(
            name=path.name))
    return NotAWorkshopError(translate("File", "“{name}” cannot be opened: {reason}.").format(
        name=path.name, reason=exc))


def _locked_error(path: Path) -> WorkshopLockedError:
    """SQLite says "locked": name the window that holds the file, if its lock says so."""
    from mainstream_desktop.core.lock import read_lock

    holder = read_lock(path)
    if holder is not None:
        return WorkshopLockedError(
            translate("Lock", "“{name}” is open in a window: {holder}. Close it there first.")
            .format(name=path.name, holder=holder.describe()))
    return WorkshopLockedError(
        translate("File", "“{name}” is being written by another program; try again when it "
                  "is closed.").format(name=path.name))


def _check_integrity(conn: sqlite3.Connection, path: Path, *, quick: bool) -> None:
    pragma = "quick_check" if quick else "integrity_check"
    try:
        found = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "readonly" not in str(exc):
            raise
        raise _unreadable_error(path, exc) from None
    except sqlite3.DatabaseError as exc:
        raise NotAWorkshopError(
            translate("File", "“{name}” is damaged ({reason}). Restore it from a backup.").format(
                name=path.name, reason=exc
            )
        ) from None
    if found != ["ok"]:
        raise NotAWorkshopError(
            translate("File", "“{name}” is damaged ({reason}). Restore it from a backup.").format(
                name=path.name, reason=found[0]
            )
        )


def _check_structure(conn: sqlite3.Connection, path: Path) -> None:
    """Every register table with every column this version expects, and the meta rows."""
    for reg in REGISTERS.values():
        cols = {r[1] for r in conn.execute(f'PRAGMA table_info("{reg.name}")')}
        missing = schema.expected_columns(reg) - cols
        if missing:
            raise NotAWorkshopError(
                translate(
                    "File", "“{name}” is a damaged workshop file (table {table} lacks {columns})."
                ).format(name=path.name, table=reg.name, columns=", ".join(sorted(missing)))
            )
    row = conn.execute("SELECT value FROM meta WHERE key = 'workshop_uuid'").fetchone()
    if not row:
        raise NotAWorkshopError(
            translate("File", "“{name}” is a damaged workshop file (no workshop id).").format(
                name=path.name
            )
        )
