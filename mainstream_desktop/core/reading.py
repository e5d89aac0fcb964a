"""The reading half of a workshop: records by id or by register, counts, names, the
records that refer to one, a record's history.

The base of the workshop's classes (``Reading`` ← :class:`~.validity.Validity` ←
:class:`~.editing.Editing` ← :class:`~.store.Workshop`): the checks and the edits read
through these methods, so each layer only calls what a layer below it defines and the
type checker can see it. Opening and closing a file is the store's (:mod:`store`).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Self

from mainstream_desktop.core import guard, journal, validation
from mainstream_desktop.core.connection import sql_fold, to_record, to_records
from mainstream_desktop.core.errors import NotAWorkshopError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import (
    REGISTERS,
    Field,
    Record,
    record_name,
    references_to,
    register,
)


class Reading:
    """Reads of an open workshop connection (no writes: see :mod:`editing`)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *, readonly: bool = False):
        self.conn = conn
        guard.harden(conn)  # in-memory copies too: no statement runs without a bound
        # uniqueness compares names as people read them (Unicode case, not ASCII NOCASE)
        conn.create_function("ms_fold", 1, sql_fold, deterministic=True)
        self.path = path
        self.readonly = readonly
        self._titles: dict[str, dict[str, str]] = {}
        row = conn.execute("SELECT value FROM meta WHERE key = 'workshop_uuid'").fetchone()
        self.uuid: str = row[0] if row else ""

    def get(self, table: str, record_id: str, *, include_deleted: bool = False) -> Record | None:
        reg = register(table)
        cur = self.conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,))
        row = cur.fetchone()
        if row is None:
            return None
        rec = to_record(reg, cur.description, row)
        if rec["deleted_at"] and not include_deleted:
            return None
        return rec

    def records(self, table: str, *, include_deleted: bool = False) -> list[Record]:
        """All (live) records of a register, in a stable order."""
        reg = register(table)
        where = "" if include_deleted else " WHERE deleted_at IS NULL"
        order = ", ".join(f'"{c}"' for c in reg.order_by) or "created_at, id"
        cur = self.conn.execute(f'SELECT * FROM "{table}"{where} ORDER BY {order}')
        return to_records(reg, cur.description, cur)

    def count(self, table: str) -> int:
        register(table)
        found: int = self.conn.execute(
            f'SELECT count(*) FROM "{table}" WHERE deleted_at IS NULL'
        ).fetchone()[0]
        return found

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
        """The name a user knows a record by (what references show), as its register's
        ``naming`` declares it: a reference part is the referred record's own name."""
        return record_name(register(table), rec, self._show_part)

    def _show_part(self, f: Field, value: Any) -> str:
        if f.kind == "ref":
            return self.title_of(f.ref or "", value)
        return validation.display(f, value)

    def find_by_title(self, table: str, title: str) -> list[str]:
        """Ids of the live records whose name is ``title`` (case-insensitive)."""
        folded = validation.fold(title)
        live = {r["id"] for r in self.records(table)}
        return [i for i, t in self.titles(table).items()
                if i in live and validation.fold(t) == folded]

    def table_of_id(self, record_id: str) -> str | None:
        """The register holding ``record_id`` (tombstones included), if any: ids are unique
        across the whole workshop, which is what lets merging match records by id."""
        union = " UNION ALL ".join(
            f"SELECT '{name}' FROM \"{name}\" WHERE id = ?" for name in REGISTERS)
        row = self.conn.execute(f"{union} LIMIT 1", [record_id] * len(REGISTERS)).fetchone()
        return row[0] if row else None

    def dependents(self, table: str, record_id: str) -> list[tuple[str, str, str]]:
        """(register, record id, field) of every live record that refers to this one."""
        out: list[tuple[str, str, str]] = []
        for reg, f in references_to(table):
            cur = self.conn.execute(
                f'SELECT id FROM "{reg.name}" WHERE "{f.name}" = ? AND deleted_at IS NULL',
                (record_id,),
            )
            out.extend((reg.name, rid, f.name) for (rid,) in cur)
        return out

    def history(self, table: str, record_id: str) -> list[journal.HistoryEntry]:
        return journal.history(self.conn, table, record_id)

    @contextlib.contextmanager
    def _scratch_copy(self) -> Iterator[Self]:
        """A writable copy in memory, of the same class, for previews of a file opened
        read-only (what is read here can then be changed and thrown away)."""
        mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            self.conn.backup(mem)
            mem.execute("PRAGMA foreign_keys = ON")
            yield type(self)(mem, self.path)
        finally:
            mem.close()
