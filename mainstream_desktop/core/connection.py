"""The SQLite side of opening a workshop: the connection with its durability settings
(rollback journal, full sync, foreign keys), the checks an opened file must pass, rows
turned into records, and the messages for files that cannot be read. Used by
:mod:`store`; no business rules here.
"""

from __future__ import annotations

import functools
import math
import operator
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
STORED: dict[str, type] = {"INTEGER": int, "REAL": float, "TEXT": str}
CUT_MARK = "…"  # ends a stored text that was longer than its field allows


def to_records(reg: Register, description: Any, rows: Any) -> list[Record]:
    """Rows as records. The column plan is worked out once per query, not once per cell:
    at scale 50 a register's rows are read in a few milliseconds instead of a tenth of
    a second (issue 7).

    Reading never fails, and never hands out a value of the wrong Python type, whatever
    a crafted or damaged file holds (issue 13). A workshop file is untrusted input:
    SQLite keeps any value in any column, so the window, the report and the workbook
    would otherwise each meet text where they count, bytes where they fold names, or
    megabytes where they lay out a page. The one rule, applied here so every reader
    gets it:

    - a value whose storage type does not fit its field — text or a BLOB in a number
      column, a fraction in a whole-number column, an infinite number, a BLOB in a text
      column — is read as ``None`` (unknown);
    - a required text field (a name, a title) that is empty or unreadable is read as
      ``""``, so names can always be sorted, folded and measured;
    - a text longer than its field allows is cut to the limit, its last character
      replaced by :data:`CUT_MARK`, so it can be shown, exported and imported again;
    - a multi-value field whose stored JSON is not a list is read as ``[]``
      (:func:`validation.from_sql`);
    - a BLOB in a system column (id, dates of the record) is read as text.

    The file itself is never changed by reading; ``check`` reports every such value
    (:func:`mainstream_desktop.core.check.content_problems`), so the user can find and
    repair it. Whole columns are tested at C speed and only a column holding a misfit is
    mended cell by cell: a sound file costs about 0.6 µs more per record to read.
    """
    keep: list[int] = []
    names: list[str] = []
    convert: list[tuple[str, Field]] = []  # the kinds whose stored value differs
    # (row position, name, class, max length, what an unfit value is read as)
    fits: list[tuple[int, str, type, int, str | None]] = []
    for i, (name, *_) in enumerate(description):
        if name in _SYSTEM:
            fits.append((i, name, str, 0, None))
            keep.append(i)
            names.append(name)
            continue
        try:
            f = reg.field(name)
        except KeyError:
            continue  # a column this version does not know (never for known versions)
        stored = STORED[f.sql_type]
        blank = "" if f.required and f.kind in validation.TEXT_KINDS else None
        fits.append((i, name, stored, f.max_length if stored is str else 0, blank))
        keep.append(i)
        names.append(name)
        if f.kind in validation.SQL_CONVERTED_KINDS:
            convert.append((name, f))
    table = rows if isinstance(rows, list | tuple) else list(rows)
    columns = list(zip(*table, strict=True))
    mend = [(name, stored, limit, blank) for i, name, stored, limit, blank in fits
            if columns and _column_misfits(columns[i], stored, limit, blank)]
    plain = len(keep) == len(description)
    out: list[Record] = []
    for row in table:
        rec: Record = dict(zip(names, row if plain else [row[i] for i in keep], strict=True))
        for name, stored, limit, blank in mend:
            value = rec[name]
            if value is None:
                rec[name] = blank
            elif _unfit(value, stored, limit):
                rec[name] = _misfit(name, value, stored, limit, blank)
        for name, f in convert:
            rec[name] = validation.from_sql(f, rec[name])
        out.append(rec)
    return out


def _column_misfits(column: tuple[Any, ...], stored: type, limit: int, blank: str | None
                    ) -> bool:
    """Whether any value of ``column`` breaks :func:`to_records`' rule."""
    classes = set(map(type, column))
    if type(None) in classes and blank is not None:
        return True
    classes.discard(type(None))
    if not classes <= {stored}:
        return True
    if not classes:
        return False
    if limit:  # text: "" and None have no length to speak of
        return max(map(len, filter(None, column)), default=0) > limit
    return stored is float and not all(map(math.isfinite, filter(_NOT_NONE, column)))


_NOT_NONE = functools.partial(operator.is_not, None)


def _unfit(value: Any, stored: type, limit: int) -> bool:
    """Whether one stored value breaks :func:`to_records`' rule (its column does)."""
    if value.__class__ is not stored:
        return True
    same: Any = value  # of the column's own type (str or float) from here on
    return 0 < limit < len(same) or (stored is float and not math.isfinite(same))


def _misfit(name: str, value: Any, stored: type, limit: int, blank: str | None) -> Any:
    """What :func:`to_records` hands out for a stored value that does not fit (see there)."""
    if name in _SYSTEM:
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    if stored is str and isinstance(value, str):  # too long
        return value[: limit - 1] + CUT_MARK
    return blank


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

