"""The workshop file: create, open (whatever state the file is in), copy, close.

A workshop is one class built in layers, each calling only what the layers below define:
:class:`~.reading.Reading` (records, counts, names, history) ← :class:`~.validity.Validity`
(whole-record checks) ← :class:`~.editing.Editing` (every change, batches of operations in
one transaction each) ← :class:`Workshop` (this module: the file). Reads and edits use
plain ``sqlite3`` (sqlite-utils only builds the schema, see :mod:`schema`), which keeps
pandas off the window's start path.

Which code runs SQL on a workshop's connection (``tests/test_architecture.py`` keeps this
list true): records are read only by :mod:`reading`, checked only by :mod:`validity` and
changed only by :mod:`editing` (with :mod:`journal`, which writes and reads the
``changes`` table for it). Besides them, and touching no record:

- opening: :mod:`connection` (connection settings, integrity and structure checks),
  :mod:`guard` (the schema and bounds checks), :mod:`schema` (building and migrating),
  :mod:`recovery` (a hot journal played back into a checked copy) and this module
  (the file's ids in ``meta``, the exclusive lock);
- :mod:`backup`: the file id in ``meta``, SQLite's backup API, the quick check and
  counts of a finished copy;
- read-only summaries: :mod:`check` (the file's format version) and :mod:`completeness`
  (counts per step, cheap enough to refresh after every edit).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from mainstream_desktop.core import guard, journal, recovery, schema, userdirs
from mainstream_desktop.core.connection import (
    check_integrity,
    check_structure,
    connect,
    damaged_error,
    unreadable_error,
)
from mainstream_desktop.core.editing import Editing, Result, now_iso
from mainstream_desktop.core.errors import (
    NotAWorkshopError,
    UserError,
    sqlite_failure,
)
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.lock import WorkshopLock
from mainstream_desktop.core.registers import (
    Record,
)

__all__ = ["Record", "Result", "Workshop", "now_iso"]


def _check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """The file's schema is exactly ours, read before any statement could touch an object
    the file declares (a schema SQLite cannot even parse is a damaged file)."""
    try:
        guard.check_schema(conn, path, version)
    except sqlite3.OperationalError as exc:
        if sqlite_failure(exc) in ("locked", "readonly"):
            raise unreadable_error(path, exc) from None
        raise damaged_error(path, exc) from None
    except sqlite3.DatabaseError as exc:
        raise damaged_error(path, exc) from None


class Workshop(Editing):
    """An open workshop file."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, *, readonly: bool = False):
        super().__init__(conn, path, readonly=readonly)
        self.device_id = userdirs.device_id()
        self.user_name = userdirs.user_name()
        self.clock = journal.HybridClock(self.device_id, journal.last_stamp(conn))
        self._batch = None
        self._lock: WorkshopLock | None = None
        self.recovered = False  # a crashed session's journal was played back on opening

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
                conn = connect(tmp)
                try:
                    schema.create_schema(conn, version)
                    ws = cls(conn, tmp)
                    ws._init_meta()
                    ws.insert("workshop", values)
                finally:
                    conn.close()
        except FileExistsError:  # appeared meanwhile (other OS errors become UserError)
            raise exists_error(target) from None
        return cls.open(target)

    def _init_meta(self) -> None:
        self.uuid = str(uuid.uuid4())
        with self._transaction():
            self.conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("workshop_uuid", self.uuid),
                    ("file_id", str(uuid.uuid4())),  # this file's, not its copies' (backups)
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
        header = schema.read_header(target)  # regular file, our id, a version we read
        guard.check_beside(target)  # no -wal, no pipe as journal
        if header.user_version < schema.SCHEMA_VERSION and readonly:
            raise UserError(
                translate(
                    "File",
                    "“{name}” uses an older file format and must be "
                    "opened for writing once to update it.",
                ).format(name=target.name)
            )
        if readonly:
            recovery.check_readable(target, header.page_size)  # name a stray journal
        else:
            guard.check_writable(target)
        from mainstream_desktop.core.lock import ensure_not_held

        held = WorkshopLock(target)
        if exclusive:
            held.acquire()
        elif not readonly:
            ensure_not_held(target)
        recovered = False
        try:
            if not readonly:
                # only ever into a checked copy
                recovered = recovery.recover(target, header.page_size)
                header = schema.read_header(target)
            schema.check_not_truncated(target, header)
            conn = connect(target, readonly=readonly)
        except sqlite3.OperationalError as exc:
            held.release()
            if sqlite_failure(exc) in ("locked", "readonly"):
                raise unreadable_error(target, exc) from None
            raise NotAWorkshopError(
                translate("File", "“{name}” cannot be opened: {reason}.").format(
                    name=target.name, reason=exc
                )
            ) from None
        except sqlite3.DatabaseError as exc:  # malformed, not a database
            held.release()
            raise damaged_error(target, exc) from None
        except BaseException:
            held.release()
            raise
        try:
            _check_schema(conn, target, header.user_version)  # before anything else runs
            check_integrity(conn, target, quick=True)
            if header.user_version < schema.SCHEMA_VERSION:
                if backup_before_migration:
                    from mainstream_desktop.core import backup

                    backup.backup_connection(conn, reason="migration")
                schema.migrate(conn, header.user_version)
            check_structure(conn, target)
            if exclusive:
                from mainstream_desktop.core import backup

                backup.ensure_file_id(conn)  # a window writes anyway; backups need the id
                conn.execute("PRAGMA locking_mode = EXCLUSIVE")
                conn.execute("BEGIN IMMEDIATE")  # take the write lock now and keep it
                conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            conn.close()
            held.release()
            if sqlite_failure(exc) == "locked":
                raise unreadable_error(target, exc) from None
            if sqlite_failure(exc) == "readonly":
                raise guard.read_only_error(target) from None
            if sqlite_failure(exc) in ("full", "io"):
                from mainstream_desktop.core.atomic import write_error

                code = errno.ENOSPC if sqlite_failure(exc) == "full" else errno.EIO
                raise write_error(target, OSError(code, str(exc))) from None
            raise
        except BaseException:
            conn.close()
            held.release()
            raise
        ws = cls(conn, target, readonly=readonly)
        ws._lock = held
        ws.recovered = recovered
        return ws

    @classmethod
    def open_for_reading(cls, path: str | os.PathLike[str]) -> Workshop:
        """Open without ever writing to the file or beside it (check, export, dry runs).

        A current file opens read-only; an older format is read into memory and migrated
        there, so the file on disk keeps its format until someone opens it to edit.
        """
        target = Path(path)
        header = schema.read_header(target)
        guard.check_beside(target)
        if header.user_version >= schema.SCHEMA_VERSION:
            return cls.open(target, readonly=True)
        recovery.check_readable(target, header.page_size)
        schema.check_not_truncated(target, header)
        mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            guard.harden(mem)
            src = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
            try:
                src.backup(mem)  # copies pages; runs nothing the file declares
            finally:
                src.close()
            _check_schema(mem, target, header.user_version)
            check_integrity(mem, target, quick=True)
            schema.migrate(mem, header.user_version)
            check_structure(mem, target)
        except sqlite3.OperationalError as exc:
            mem.close()
            raise unreadable_error(target, exc) from None
        except sqlite3.DatabaseError as exc:
            mem.close()
            raise damaged_error(target, exc) from None
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

    def save_copy(self, dest: str | os.PathLike[str], *,
                  meta: dict[str, str | None] | None = None, stepped: bool = False) -> None:
        """Write a consistent copy of the workshop to ``dest`` (whole or not at all), with
        ``meta`` rows set (or, for None, removed) in the copy only: a working group's
        name (:mod:`merge`). ``stepped``: copied a few hundred pages at a time, so that
        the thread owning the connection gets in between (the window copies in a worker,
        see :func:`backup.copy_stepped`)."""
        from mainstream_desktop.core import backup
        from mainstream_desktop.core.atomic import atomic_path, check_distinct, check_new_target

        dest = Path(dest)
        check_distinct([dest], [self.path] if self.path else [])
        check_new_target(dest, force=True)  # may replace a file, not a workshop in use
        with atomic_path(dest) as tmp:
            out = sqlite3.connect(tmp, isolation_level=None)
            try:
                if stepped:
                    backup.copy_stepped(self.conn, out)
                else:
                    self.conn.backup(out)
                backup.mint_file_id(out)  # a copy is another file: its own backups
                for key, value in (meta or {}).items():
                    _set_meta(out, key, value)
            finally:
                out.close()

    def meta_value(self, key: str) -> str | None:
        """A text the file keeps about itself (``meta``): its ids, a group's name."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row and isinstance(row[0], str) else None

    def set_meta(self, key: str, value: str | None) -> None:
        if self.readonly:
            raise UserError(translate("File", "This workshop is open read-only."))
        _set_meta(self.conn, key, value)


def _set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
