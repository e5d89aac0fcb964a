"""A hot journal beside a workshop: recovered safely, or refused when it is not the file's.

SQLite plays a hot rollback journal back into whatever database it finds beside it; a
journal has no field naming its database, so a stray ``-journal`` (another database's,
copied along on a USB stick) would overwrite the workshop's pages and then be deleted.
Here the journal is judged by its bytes first (format of sqlite.org/fileformat.html §4:
magic, record count, nonce, initial database size, sector size, page size, then records of
page number, original page, checksum), then played back on a copy in a temporary folder;
only a copy that passes the integrity check, is still this workshop and has this
version's schema replaces the file, after the original file and journal were kept as a
pair in the workshop's backup folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mainstream_desktop.core import guard, schema
from mainstream_desktop.core.errors import NotAWorkshopError, UserError, sqlite_failure
from mainstream_desktop.core.i18n import translate

MAGIC = bytes.fromhex("d9d505f920a163d7")
HEADER_SIZE = 28


@dataclass(frozen=True)
class JournalHeader:
    records: int
    nonce: int
    initial_pages: int
    sector_size: int
    page_size: int


def journal_path(path: Path) -> Path:
    return guard.side_file(path, "-journal")


def stray_error(path: Path, journal: Path) -> NotAWorkshopError:
    return NotAWorkshopError(translate(
        "File", "“{journal}” beside “{name}” is not this workshop's journal (it belongs to "
                "another database or is damaged); playing it back would destroy the "
                "workshop. Move “{journal}” away, then open the file again.").format(
        journal=journal.name, name=path.name))


def pending_journal(path: Path) -> Path | None:
    """The journal beside ``path`` if SQLite could treat it as hot (exists, non-empty,
    first byte not zero), else None."""
    journal = journal_path(path)
    try:
        with open(journal, "rb") as fh:
            first = fh.read(1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise NotAWorkshopError(translate("File", "“{name}” cannot be read: {reason}.").format(
            name=journal.name, reason=exc.strerror or exc)) from None
    return journal if first not in (b"", b"\x00") else None


def is_hot(path: Path) -> bool:
    """Whether no live process is writing with the journal (SQLite's own test, read-only:
    a read-only connection refuses to play a hot journal back and says so)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as exc:
        if sqlite_failure(exc) == "readonly":
            return True
        if sqlite_failure(exc) == "locked":
            return False  # a live writer: SQLite keeps us out as usual
        raise
    finally:
        conn.close()
    return False


def verify(path: Path, journal: Path, page_size: int) -> JournalHeader:
    """Check by its bytes that ``journal`` can be this file's; raise the stray error."""
    data = journal.read_bytes()
    file_size = path.stat().st_size
    if len(data) < HEADER_SIZE or data[:8] != MAGIC:
        raise stray_error(path, journal)
    head = JournalHeader(*struct.unpack(">IIIII", data[8:HEADER_SIZE]))
    sector = head.sector_size
    if (head.page_size != page_size or sector < 512 or sector > 65536 or sector & (sector - 1)
            or head.initial_pages == 0 or head.initial_pages * page_size > file_size):
        raise stray_error(path, journal)  # no auto-vacuum: a transaction never shrinks a file
    record = 4 + page_size + 4
    count = head.records
    if count == 0xFFFFFFFF:
        count = (len(data) - sector) // record
    with open(path, "rb") as fh:
        current = fh.read(100)
    for i in range(count):
        start = sector + i * record
        if start + record > len(data):
            break
        (pgno,) = struct.unpack(">I", data[start:start + 4])
        if pgno != 1:
            continue
        page1 = data[start + 4:start + 4 + 100]
        (app_id,) = struct.unpack(">I", page1[68:72])
        (raw_size,) = struct.unpack(">H", page1[16:18])
        (counter,) = struct.unpack(">I", page1[24:28])
        (now,) = struct.unpack(">I", current[24:28])
        if (not page1.startswith(schema.SQLITE_MAGIC) or app_id != schema.APPLICATION_ID
                or (65536 if raw_size == 1 else raw_size) != page_size
                or now not in (counter, counter + 1)):
            raise stray_error(path, journal)
        break
    return head


def _workshop_uuid(conn: sqlite3.Connection, path: Path) -> str | None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    guard.check_schema(conn, path, version)
    row = conn.execute("SELECT value FROM meta WHERE key = 'workshop_uuid'").fetchone()
    return str(row[0]) if row else None


def _uuid_before(copy: Path, path: Path) -> str | None:
    """The workshop id in the file as the crash left it (journal not applied), if legible."""
    conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        guard.harden(conn)
        return _workshop_uuid(conn, path)
    except (sqlite3.Error, UserError):
        return None
    finally:
        conn.close()


def _recover_copy(folder: Path, path: Path, journal: Path) -> tuple[Path, str]:
    """Play the journal back on copies in ``folder``; the checked copy and workshop id."""
    before = folder / "before.mainstream"
    shutil.copyfile(path, before)
    uuid_before = _uuid_before(before, path)
    copy = folder / path.name
    shutil.copyfile(path, copy)
    shutil.copyfile(journal, guard.side_file(copy, "-journal"))
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        guard.harden(conn)
        conn.execute("PRAGMA schema_version").fetchone()  # plays the journal back
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != schema.APPLICATION_ID or not 1 <= version <= schema.SCHEMA_VERSION:
            raise stray_error(path, journal)
        uuid = _workshop_uuid(conn, path)
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise stray_error(path, journal)
        if uuid is None or (uuid_before is not None and uuid != uuid_before):
            raise stray_error(path, journal)
    except (sqlite3.DatabaseError, NotAWorkshopError):
        raise stray_error(path, journal) from None
    finally:
        conn.close()
    if guard.side_file(copy, "-journal").exists():
        raise stray_error(path, journal)
    return copy, uuid


def _keep_pair(path: Path, journal: Path, uuid: str) -> None:
    """The file and journal as the crash left them, side by side in the backup folder
    (named so the backup list, which shows whole workshops, does not offer them)."""
    from mainstream_desktop.core.atomic import atomic_path
    from mainstream_desktop.core.backup import folder_for

    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = folder_for(uuid) / f"{stamp}-before-recovery.mainstream.crashed"
    for src, dest in ((path, kept), (journal, guard.side_file(kept, "-journal"))):
        with atomic_path(dest) as tmp:
            shutil.copyfile(src, tmp)


def recover(path: Path, page_size: int) -> bool:
    """Recover a hot journal beside ``path`` for an opening for writing; refuse a stray one.
    True when a journal was played back (the window says so: the user should know the
    last session ended in a crash and where the pair as found was kept).

    Nothing is changed unless the recovered copy passed every check and the crashed pair
    was kept; the file is then replaced whole (an interruption leaves the old pair, which
    recovers the same way next time).
    """
    journal = pending_journal(path)
    if journal is None or not is_hot(path):
        return False
    verify(path, journal, page_size)
    from mainstream_desktop.core.atomic import atomic_path

    with tempfile.TemporaryDirectory(prefix="mainstream-recover-") as folder:
        copy, uuid = _recover_copy(Path(folder), path, journal)
        _keep_pair(path, journal, uuid)
        with atomic_path(path) as tmp:
            shutil.copyfile(copy, tmp)
    with contextlib.suppress(FileNotFoundError):
        journal.unlink()
    return True


def check_readable(path: Path, page_size: int) -> None:
    """For a read-only opening: name a stray journal now rather than advise a recovery
    (the trial playback happens in a temporary folder; nothing beside the file changes)."""
    journal = pending_journal(path)
    if journal is None or not is_hot(path):
        return
    verify(path, journal, page_size)
    with tempfile.TemporaryDirectory(prefix="mainstream-recover-") as folder:
        _recover_copy(Path(folder), path, journal)
