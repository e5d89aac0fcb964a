"""The workshop file format: identification, schema creation, migrations.

A workshop is an SQLite database whose ``application_id`` is :data:`APPLICATION_ID` and
whose ``user_version`` is the schema version. :func:`read_header` identifies a file from
its first 100 bytes without letting SQLite touch it, so a foreign, damaged or newer file
is refused before anything could be written to it or beside it.

Every file is built by running the migrations from version 0, so the path an old file
takes forward is the path every new file takes: :func:`create_schema` with an older
``version`` makes a real older file (the migration test relies on this).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import struct
from dataclasses import dataclass
from pathlib import Path

from mainstream_desktop.core.errors import NotAWorkshopError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import REGISTERS, SYSTEM_COLUMNS, Field, Register

APPLICATION_ID = 0x4D534431  # "MSD1"
SCHEMA_VERSION = 3
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Header:
    """What the first 100 bytes of a workshop file say."""

    application_id: int
    user_version: int
    page_size: int
    page_count: int  # 0 when the header's count is not trustworthy
    file_size: int


def read_header(path: Path) -> Header:
    """Identify ``path`` as a workshop of a version we can open, or raise.

    Reads bytes only; never opens the file with SQLite, so nothing is written.
    """
    name = path.name
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise NotAWorkshopError(
            translate("File", "“{name}” does not exist.").format(name=path)) from None
    except OSError as exc:
        raise _unreadable(name, exc) from None
    if stat.S_ISDIR(info.st_mode):
        raise NotAWorkshopError(
            translate("File", "“{name}” is a folder, not a workshop file.").format(name=name)
        )
    if not stat.S_ISREG(info.st_mode):  # a pipe would block the read below for ever
        raise not_regular_error(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            opened = os.fstat(fd)
            if not stat.S_ISREG(opened.st_mode):  # replaced meanwhile
                raise not_regular_error(path)
            size = opened.st_size
            head = os.read(fd, 100)
        finally:
            os.close(fd)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    if size == 0:
        raise NotAWorkshopError(
            translate("File", "“{name}” is empty: it is not a workshop file.").format(name=name)
        )
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise NotAWorkshopError(
            translate(
                "File", "“{name}” is not a workshop file (it is not an SQLite database)."
            ).format(name=name)
        )
    (raw_page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    change_counter, page_count = struct.unpack(">II", head[24:32])
    (valid_for,) = struct.unpack(">I", head[92:96])
    (user_version,) = struct.unpack(">I", head[60:64])
    (app_id,) = struct.unpack(">I", head[68:72])
    if app_id != APPLICATION_ID:
        raise NotAWorkshopError(
            translate(
                "File", "“{name}” is a database of another application, not a workshop file."
            ).format(name=name)
        )
    if user_version > SCHEMA_VERSION:
        raise NotAWorkshopError(
            translate(
                "File",
                "“{name}” was written by a newer version of Mainstream Desktop (file format "
                "{found}; this version reads up to {supported}). Update the application to "
                "open it.",
            ).format(name=name, found=user_version, supported=SCHEMA_VERSION)
        )
    if user_version < 1:
        raise NotAWorkshopError(
            translate("File", "“{name}” is a damaged workshop file (no schema version).").format(
                name=name
            )
        )
    if head[18] == 2 or head[19] == 2:
        raise NotAWorkshopError(translate(
            "File", "“{name}” is in WAL mode, which workshop files never use: it was changed by "
                    "another program and is not opened.").format(name=name))
    if page_size < 512 or page_size & (page_size - 1):
        raise NotAWorkshopError(
            translate("File", "“{name}” is a damaged workshop file (bad page size).").format(
                name=name
            )
        )
    trusted = page_count if change_counter == valid_for else 0
    return Header(app_id, user_version, page_size, trusted, size)


def not_regular_error(path: Path) -> NotAWorkshopError:
    return NotAWorkshopError(translate(
        "File", "“{name}” is not a regular file (a device, a pipe or a socket): it is not a "
                "workshop file.").format(name=path.name))


def _unreadable(name: str, exc: OSError) -> NotAWorkshopError:
    return NotAWorkshopError(translate("File", "“{name}” cannot be read: {reason}.").format(
        name=name, reason=exc.strerror or exc))


def check_not_truncated(path: Path, header: Header) -> None:
    """Refuse a file shorter than its header says, unless a hot journal may restore it."""
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size > 0:
        return  # SQLite rolls the journal back on open; the quick check judges after
    expected = header.page_size * header.page_count
    if header.page_count and header.file_size < expected:
        raise NotAWorkshopError(
            translate(
                "File",
                "“{name}” is truncated ({size} of {expected} bytes). Restore it from a backup.",
            ).format(name=path.name, size=header.file_size, expected=expected)
        )
    if header.file_size % header.page_size:
        raise NotAWorkshopError(
            translate(
                "File",
                "“{name}” is truncated or damaged (its size is not a whole number of "
                "pages). Restore it from a backup.",
            ).format(name=path.name)
        )


# --- creation and migrations -------------------------------------------------------------


def _sql_column(field: Field) -> str:
    return f'"{field.name}" {field.sql_type}'


def _target(field: Field) -> str:
    """The register a reference field points at (a declaration without one is a bug)."""
    if field.ref is None:
        raise ValueError(f"reference field {field.name!r} names no register")
    return field.ref


def _create_register(conn: sqlite3.Connection, reg: Register, version: int) -> None:
    """Create one register's table (through sqlite-utils) with its reference indexes."""
    from sqlite_utils import Database

    db = Database(conn, recursive_triggers=False, execute_plugins=False)
    fields = reg.fields_at(version)
    type_of = {"INTEGER": int, "REAL": float, "TEXT": str}
    columns: dict[str, type] = {
        "id": str,
        "created_at": str,
        "updated_at": str,
        "updated_by": str,
        "deleted_at": str,
    }
    for f in fields:
        columns[f.name] = type_of[f.sql_type]
    foreign_keys = [(f.name, _target(f), "id") for f in fields if f.kind == "ref"]
    db.table(reg.name).create(
        columns,
        pk="id",
        not_null={"id", "created_at", "updated_at", "updated_by"},
        foreign_keys=foreign_keys,
        column_order=list(SYSTEM_COLUMNS[:1]) + [f.name for f in fields] + list(SYSTEM_COLUMNS[1:]),
    )
    for f in fields:
        if f.kind == "ref":
            conn.execute(f'CREATE INDEX "idx_{reg.name}_{f.name}" ON "{reg.name}"("{f.name}")')


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute(
        """CREATE TABLE changes (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            change_id TEXT NOT NULL UNIQUE,
            op_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            hlc TEXT NOT NULL,
            user_name TEXT,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            kind TEXT NOT NULL
        )"""
    )
    conn.execute("CREATE INDEX idx_changes_record ON changes(table_name, record_id)")
    for reg in REGISTERS.values():
        if reg.added_in <= 1:
            _create_register(conn, reg, 1)


def _add_columns_of(version: int):
    """A migration that adds the fields declared with ``added_in=version``."""

    def migrate(conn: sqlite3.Connection) -> None:
        for reg in REGISTERS.values():
            if reg.added_in == version:
                _create_register(conn, reg, version)
                continue
            for f in reg.fields:
                if f.added_in != version:
                    continue
                if f.kind == "ref":  # the same foreign key and index a new table's has
                    conn.execute(f'ALTER TABLE "{reg.name}" ADD COLUMN {_sql_column(f)} '
                                 f'REFERENCES "{_target(f)}"("id")')
                    conn.execute(f'CREATE INDEX "idx_{reg.name}_{f.name}" '
                                 f'ON "{reg.name}"("{f.name}")')
                else:
                    conn.execute(f'ALTER TABLE "{reg.name}" ADD COLUMN {_sql_column(f)}')

    return migrate


# version reached -> function that brings a file from the version before to it
MIGRATIONS = {
    1: _migrate_to_1,
    2: _add_columns_of(2),  # stakeholders.acronym, actions.status
    # the method's content: indicator values, review calendar; the report's front and back
    # matter, legal follow-up, rights and gender lens, money, M&E and traceability fields
    3: _add_columns_of(3),
}
assert max(MIGRATIONS) == SCHEMA_VERSION


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int = SCHEMA_VERSION) -> None:
    """Run the migrations after ``from_version`` up to ``to_version`` in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version + 1, to_version + 1):
            MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {int(to_version)}")
        conn.execute("COMMIT")
    except BaseException:
        # SQLite may have rolled back already (a full disk does): then ROLLBACK itself fails
        # and would hide the real cause, which is what must reach the user
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


def create_schema(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    """Build an empty workshop schema at ``version`` in a fresh database."""
    migrate(conn, 0, version)


def expected_columns(reg: Register, version: int = SCHEMA_VERSION) -> set[str]:
    return set(SYSTEM_COLUMNS) | {f.name for f in reg.fields_at(version)}
