"""The SQLite side of opening a workshop: the connection with its durability settings
(rollback journal, full sync, foreign keys), the checks an opened file must pass, rows
turned into records, and the messages for files that cannot be read. Used by
:mod:`store`; no business rules here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from mainstream_desktop.core import guard, schema, validation
from mainstream_desktop.core.errors import (
    NotAWorkshopError,
    UserError,
    WorkshopLockedError,
    sqlite_failure,
)
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import (
    REGISTERS,
    SYSTEM_COLUMNS,
    Field,
    Record,
    Register,
)


def to_record(reg: Register, description: Any, row: tuple[Any, ...]) -> Record:
    return to_records(reg, description, (row,))[0]


_SYSTEM = frozenset(SYSTEM_COLUMNS)


def to_records(reg: Register, description: Any, rows: Any) -> list[Record]:
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


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open with the durability settings: rollback journal, full sync, foreign keys."""
    if readonly:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=2.0)
    guard.harden(conn)  # before any statement could touch an object the file declares
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode.lower() != "delete":
            conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def sql_fold(value: Any) -> Any:
    return validation.fold(value) if isinstance(value, str) else value


def damaged_error(path: Path, reason: object) -> NotAWorkshopError:
    """The one message for a file SQLite finds damaged."""
    return NotAWorkshopError(translate(
        "File", "“{name}” is damaged ({reason}). Restore it from a backup.").format(
        name=path.name, reason=reason))


def unreadable_error(path: Path, exc: sqlite3.OperationalError) -> UserError:
    """Why a file cannot be read without writing: held by a window, or left by a crash."""
    if sqlite_failure(exc) == "locked":
        return locked_error(path)
    if sqlite_failure(exc) == "readonly":
        return NotAWorkshopError(translate(
            "File", "“{name}” was not closed properly (a crash or a power cut). Open it for "
            "editing once, in the window, to recover its last saved state.").format(
            name=path.name))
    return NotAWorkshopError(translate("File", "“{name}” cannot be opened: {reason}.").format(
        name=path.name, reason=exc))


def locked_error(path: Path) -> WorkshopLockedError:
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


def check_integrity(conn: sqlite3.Connection, path: Path, *, quick: bool) -> None:
    pragma = "quick_check" if quick else "integrity_check"
    try:
        found = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.OperationalError as exc:
        if sqlite_failure(exc) in ("locked", "readonly"):
            raise unreadable_error(path, exc) from None
        if guard.is_runaway(exc):
            raise UserError(guard.runaway_message(path.name)) from None
        raise damaged_error(path, exc) from None  # e.g. an index on an unknown collation
    except sqlite3.DatabaseError as exc:
        raise damaged_error(path, exc) from None
    if found != ["ok"]:
        raise damaged_error(path, found[0])


def check_structure(conn: sqlite3.Connection, path: Path) -> None:
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

