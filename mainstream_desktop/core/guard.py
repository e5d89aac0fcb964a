"""A workshop file is untrusted input (issue 13): what every opening checks before the
file's own content can do anything.

A file travels on USB sticks; it may be damaged, crafted or half-written. SQLite runs
whatever a database's schema declares — triggers on our inserts, views standing in for
registers, indexes calling functions or collations — so a file whose header says "workshop"
is still refused unless its ``sqlite_master`` is exactly what this version builds
(:func:`check_schema`, against fingerprints stored in :mod:`schema_expected`, so the check
costs a millisecond and never imports sqlite-utils). Every connection gets
``trusted_schema=OFF`` and a bound on the work of a single statement (:func:`harden`), so no
file can hang a command. The files SQLite keeps beside a database are judged by their bytes
before SQLite sees them (:func:`check_beside`); a hot journal is handled by :mod:`recovery`.

Run ``python -m mainstream_desktop.core.guard`` to regenerate the fingerprints after a
schema change (the test suite says when).
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import stat
from pathlib import Path

from mainstream_desktop.core import schema
from mainstream_desktop.core.errors import NotAWorkshopError, UserError
from mainstream_desktop.core.i18n import translate

# The progress handler runs every STEP virtual-machine steps; a single statement may run
# MAX_STEPS. The heaviest statement measured on the sample at scale 50 (a 44 MB file: demo,
# check, export, import) is the integrity check at 3.6 million steps, so real work stays
# about 140 times below the bound, while a runaway statement is stopped after about six
# seconds here (perhaps fifteen on an old laptop) instead of never.
STEP = 10_000
MAX_STEPS = 500_000_000
SQLITE_INTERRUPT = 9

Entries = dict[str, tuple[str, str, str]]  # name -> (type, table, fingerprint of its SQL)


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def check_beside(path: Path) -> None:
    """Refuse what SQLite would act on beside ``path`` before any connection opens it.

    A ``-wal`` beside a file is read by SQLite whatever the file's header says (and a
    read-only look leaves a ``-shm``): workshop files never use WAL, so it is refused.
    A ``-journal`` that is not a regular file would block SQLite when it reads it.
    """
    wal = side_file(path, "-wal")
    if os.path.lexists(wal):
        raise NotAWorkshopError(translate(
            "File", "“{name}” has a WAL file beside it (“{wal}”), which workshop files never "
                    "use: it was changed by another program. Move “{wal}” away to open the "
                    "file as it is.").format(name=path.name, wal=wal.name))
    journal = side_file(path, "-journal")
    try:
        mode = os.stat(journal).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise NotAWorkshopError(translate(
            "File", "“{name}” cannot be read: {reason}.").format(
            name=journal.name, reason=exc.strerror or exc)) from None
    if not stat.S_ISREG(mode):
        raise schema.not_regular_error(journal)


def read_only_error(path: Path) -> UserError:
    return UserError(translate(
        "File", "“{name}” is on a read-only medium or in a folder you cannot write to: it can "
                "be checked and exported but not changed. Copy it to a writable folder to edit "
                "it.").format(name=path.name))


def check_writable(path: Path) -> None:
    """Before opening for writing: SQLite writes the file and a journal beside it."""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise read_only_error(path)


# --- bounded work --------------------------------------------------------------------------


def harden(conn: sqlite3.Connection) -> None:
    """Never run SQL the file declares from inside our statements' side effects, and stop
    any single statement after :data:`MAX_STEPS` virtual-machine steps."""
    conn.execute("PRAGMA trusted_schema = OFF")
    budget = [0]

    def reset(_statement: str) -> None:  # called as each statement starts
        budget[0] = 0

    def progress() -> int:
        budget[0] += STEP
        return 1 if budget[0] > MAX_STEPS else 0

    conn.set_trace_callback(reset)
    conn.set_progress_handler(progress, STEP)


def is_runaway(exc: BaseException) -> bool:
    """True when ``exc`` is a statement the bound of :func:`harden` stopped."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, sqlite3.OperationalError) and code == SQLITE_INTERRUPT


def runaway_message(name: str | None = None) -> str:
    text = translate(
        "File", "A query on the workshop ran past its limit ({steps} million steps), far more "
                "than any real workshop needs: the file may be crafted or damaged. Nothing "
                "was changed.").format(steps=MAX_STEPS // 1_000_000)
    return f"“{name}”: {text}" if name else text


# --- the schema ----------------------------------------------------------------------------

_QUOTES = re.compile(r'["`\[\]]')


def normalized_sql(sql: str | None) -> str:
    """The SQL text with whitespace, identifier quoting and case made uniform, so the
    same declaration written by another sqlite-utils release compares equal."""
    return " ".join(_QUOTES.sub("", sql or "").split()).casefold()


def schema_entries(conn: sqlite3.Connection) -> Entries:
    """Every object of ``sqlite_master`` as name -> (type, table, fingerprint).

    Reading ``sqlite_master`` parses the schema but runs none of it.
    """
    out: Entries = {}
    for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"):
        digest = hashlib.sha256(normalized_sql(sql).encode("utf-8")).hexdigest()[:20]
        out[str(name)] = (str(kind), str(table), digest)
    return out


def expected_entries(version: int) -> Entries:
    from mainstream_desktop.core.schema_expected import EXPECTED

    return EXPECTED[version]


def schema_difference(found: Entries, expected: Entries) -> str:
    """The first difference, crafted objects first; "" when there is none."""
    for name, (kind, _table, _digest) in sorted(found.items()):
        if name not in expected:
            return translate("File", "unexpected {kind} “{object}”").format(kind=kind,
                                                                            object=name)
    for name, entry in sorted(found.items()):
        if entry != expected[name]:
            return translate("File", "changed {kind} “{object}”").format(kind=entry[0],
                                                                         object=name)
    for name, (kind, _table, _digest) in sorted(expected.items()):
        if name not in found:
            return translate("File", "missing {kind} “{object}”").format(kind=kind,
                                                                         object=name)
    return ""


def check_schema(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Refuse a file whose schema is not exactly the one ``version`` builds."""
    try:
        expected = expected_entries(version)
    except KeyError:
        expected = {}
    difference = schema_difference(schema_entries(conn), expected)
    if difference:
        raise NotAWorkshopError(translate(
            "File", "“{name}” is a damaged workshop file, or not a workshop this version wrote "
                    "({difference}). It was not opened.").format(
            name=path.name, difference=difference))


def generate() -> str:
    """The source of :mod:`schema_expected`, built from the real migrations."""
    lines = ['"""Fingerprints of the schema each file format version has; generated by',
             "``python -m mainstream_desktop.core.guard`` (see guard.py). Do not edit.", '"""',
             "", "EXPECTED: dict[int, dict[str, tuple[str, str, str]]] = {"]
    for version in range(1, schema.SCHEMA_VERSION + 1):
        conn = sqlite3.connect(":memory:", isolation_level=None)
        schema.create_schema(conn, version)
        lines.append(f"    {version}: {{")
        for name, entry in sorted(schema_entries(conn).items()):
            line = f"        {name!r}: {entry!r},"
            lines.append(line if len(line) <= 100 else f"        {name!r}:\n            {entry!r},")
        lines.append("    },")
        conn.close()
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    Path(__file__).with_name("schema_expected.py").write_text(generate(), encoding="utf-8")
