"""Backups of a workshop into the per-user data folder, one folder per file.

A backup is written with SQLite's backup API into a temporary file, fsynced and renamed,
so a backup is whole or absent. Backups are taken before migrations and imports
(and, by the window, on open, every few minutes while changed, and on close); the
newest :data:`KEEP_LAST` are kept plus one a day for :data:`KEEP_DAYS` days. A file
that fails its integrity check is never backed up, so it cannot push good backups out.

Where a file's backups go (issue 13). The workshop id in ``meta`` comes from the file,
which anyone may have written, so it never becomes a path as it is: a canonical UUID is
used as written, anything else as ``x`` plus a digest of it (the file still opens and is
still backed up; refusing it would keep a facilitator from their data over a field only
the backups read), and every folder is checked to lie inside the backups folder.

Copies of one workshop (a working group's copy, a copy made in the file manager) share
the workshop id, so a folder is keyed by workshop, *file id* and *location*:
``<workshop>.<file>.<place>``. The file id (``meta.file_id``) is minted when a file is
created or opened for writing without one, and anew in every copy the program writes
(:func:`mint_file_id`, called by ``Workshop.save_copy``). A copy made in the file manager
keeps the file id, so the digest of the file's resolved path tells the two apart. A file
that was *moved* (renamed, or its folder moved) would lose its history that way, so a
copy's list also shows the backups of the same file id taken at a place where no file is
any more: moved files keep their backups, copies never see each other's. Each folder
notes where its file was (``source.json``), for that rule and for people.

Folders of earlier versions, ``<workshop uuid>/`` alone, are listed for every copy of
that workshop (which copy made them is unknown) and stay restorable; they are not pruned.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from mainstream_desktop.core import userdirs
from mainstream_desktop.core.atomic import atomic_path, atomic_write_bytes, exists_error
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate

KEEP_LAST = 10
KEEP_DAYS = 30
MIN_FREE_MB = 50
MIN_FREE_BYTES = MIN_FREE_MB * 1024 * 1024
NO_FILE_ID = "none"  # files of earlier versions, until first opened for writing
SOURCE_NOTE = "source.json"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


@dataclass(frozen=True)
class BackupKey:
    """Which folder a file's backups go to, and which folders its list shows."""

    workshop: str  # safe folder-name part
    file: str  # safe folder-name part
    place: str  # digest of the resolved path ("" for a copy with no file behind it)
    source: str  # the resolved path, noted in the folder

    @property
    def name(self) -> str:
        return f"{self.workshop}.{self.file}.{self.place or 'nowhere'}"


STEP_PAGES = 256  # 1 MB per step at 4 KB pages: a few milliseconds of the connection
STEP_PAUSE = 0.001  # seconds between steps, for the connection owner's own queries


def copy_stepped(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """Copy ``src``'s database into ``dst`` with SQLite's backup API, a few hundred pages
    at a time, from any thread (issue 16).

    The window's connection holds its file with ``locking_mode=EXCLUSIVE``, so a worker
    can only copy through that same connection. Between steps the connection is free and
    the pause lets its owner's queries in: without the pause the worker took the
    connection's mutex again at once and a query of the window waited for the whole copy
    (168 ms at scale 50, measured). An edit made by ``src`` during the copy is carried
    into it by SQLite itself (same connection), so the copy is consistent.
    """
    src.backup(dst, pages=STEP_PAGES, sleep=0.01,
               progress=lambda _status, _remaining, _total: time.sleep(STEP_PAUSE))


def safe_id(value: object) -> str:
    """A canonical UUID as it is; anything else as ``x`` + a digest (never a path)."""
    text = value if isinstance(value, str) else repr(value)
    try:
        if str(uuid.UUID(text)) == text:
            return text
    except ValueError:
        pass
    return "x" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        row = None
    return None if row is None else str(row[0])


def _workshop_uuid(conn: sqlite3.Connection) -> str:
    return _meta(conn, "workshop_uuid") or "unknown"


def file_id(conn: sqlite3.Connection) -> str | None:
    return _meta(conn, "file_id")


def mint_file_id(conn: sqlite3.Connection) -> str:
    """Give the file behind ``conn`` a new file id (a new file: a copy, a restore)."""
    value = str(uuid.uuid4())
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('file_id', ?)", (value,))
    if conn.in_transaction:
        conn.commit()
    return value


def ensure_file_id(conn: sqlite3.Connection) -> None:
    """Mint a file id if the file has none (only for a file opened for writing)."""
    if file_id(conn) is None:
        mint_file_id(conn)


def _source_of(conn: sqlite3.Connection) -> Path | None:
    """The file behind ``conn``: noted on an in-memory copy, else SQLite's main file."""
    noted = getattr(conn, "backup_source", None)
    if noted is not None:
        return Path(noted)
    try:
        rows = conn.execute("PRAGMA database_list").fetchall()
    except sqlite3.Error:
        return None
    name = next((r[2] for r in rows if r[1] == "main"), "")
    return Path(name) if name else None


def key_of(conn: sqlite3.Connection, source: Path | None = None) -> BackupKey:
    """The backup key of the workshop open in ``conn`` (its file at ``source``)."""
    source = source if source is not None else _source_of(conn)
    resolved = str(source.resolve()) if source is not None else ""
    place = hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    fid = file_id(conn)
    return BackupKey(safe_id(_workshop_uuid(conn)), safe_id(fid) if fid else NO_FILE_ID,
                     place if resolved else "", resolved)


def _inside(folder: Path) -> Path:
    """``folder`` if it lies directly in the backups folder; refuse anything else."""
    root = userdirs.backups_dir().resolve()
    if folder.resolve().parent != root:
        raise UserError(translate("Backup", "The backup folder “{name}” is outside the backups "
                                  "folder; no backup was taken.").format(name=folder))
    return folder


def folder_for(key: BackupKey | str) -> Path:
    """The folder of ``key``, created (a bare workshop id: the folder of earlier versions)."""
    name = key.name if isinstance(key, BackupKey) else safe_id(key)
    path = _inside(userdirs.backups_dir() / name)
    path.mkdir(exist_ok=True)
    return path


def has_room() -> bool:
    """Whether the backups folder's disk has room for a backup (see MIN_FREE_BYTES)."""
    return shutil.disk_usage(userdirs.backups_dir()).free >= MIN_FREE_BYTES


def backup_connection(conn: sqlite3.Connection, *, reason: str) -> Path | None:
    """Copy the open database into its backup folder; None when skipped (disk short)."""
    key = key_of(conn)
    folder = folder_for(key)
    free = shutil.disk_usage(folder).free
    if free < MIN_FREE_BYTES:
        return None
    check = [r[0] for r in conn.execute("PRAGMA quick_check")]
    if check != ["ok"]:
        raise UserError(
            translate(
                "Backup",
                "The workshop failed its integrity check; no backup was "
                "taken so good backups are not replaced.",
            )
        )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{stamp}-{safe_reason(reason)}.mainstream"
    with atomic_path(target) as tmp:
        out = sqlite3.connect(tmp)
        try:
            conn.backup(out)
        finally:
            out.close()
    _note_source(folder, key)
    prune(folder)
    return target


def safe_reason(reason: str) -> str:
    return "".join(ch for ch in reason if ch.isalnum() or ch == "_")[:32] or "auto"


def _note_source(folder: Path, key: BackupKey) -> None:
    note = folder / SOURCE_NOTE
    data = json.dumps({"path": key.source, "file_id": key.file}, ensure_ascii=False)
    try:
        if note.read_text(encoding="utf-8") == data:
            return
    except (OSError, ValueError):
        pass
    with contextlib.suppress(UserError):  # the note only helps list moved files
        atomic_write_bytes(note, data.encode("utf-8"))


def _noted_source(folder: Path) -> str | None:
    try:
        data = json.loads((folder / SOURCE_NOTE).read_text(encoding="utf-8")[:100_000])
        return str(data["path"]) if isinstance(data, dict) else None
    except (OSError, ValueError, KeyError):
        return None


def _scan(folder: Path) -> list[BackupInfo]:
    out: list[BackupInfo] = []
    try:
        paths = list(folder.glob("*.mainstream"))
    except OSError:
        return out
    for path in paths:
        stamp, _, reason = path.stem.partition("-")
        try:
            taken = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        out.append(BackupInfo(path, taken, reason, size))
    return out


def folders_of(key: BackupKey | str) -> list[Path]:
    """The folders whose backups belong in the list of ``key``.

    A bare workshop id: every folder of that workshop (all its copies), as before.
    A key: its own folder, the folder of earlier versions, the same place before the
    file had a file id, and the same file id where no file is any more (moved).
    """
    root = userdirs.backups_dir()
    if not isinstance(key, BackupKey):
        workshop = safe_id(key)
        return [root / workshop, *sorted(root.glob(f"{workshop}.*"))]
    found = [root / key.name, root / key.workshop]
    if key.place:
        found.append(root / f"{key.workshop}.{NO_FILE_ID}.{key.place}")
    for folder in sorted(root.glob(f"{key.workshop}.{key.file}.*")):
        if folder in found:
            continue
        noted = _noted_source(folder)
        if noted and not os.path.lexists(noted):
            found.append(folder)  # the file was moved from there
    return [f for f in found if f.is_dir() and f.resolve().parent == root.resolve()]


def list_backups(key: BackupKey | str) -> list[BackupInfo]:
    """Backups of one file (a key) or of a whole workshop (its id), newest first."""
    out: list[BackupInfo] = []
    for folder in folders_of(key):
        out.extend(_scan(folder))
    return sorted(out, key=lambda b: b.taken_at, reverse=True)


def prune(folder: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Apply the retention policy to one folder; returns the removed files."""
    infos = sorted(_scan(folder), key=lambda b: b.taken_at, reverse=True)
    now = now or dt.datetime.now(dt.UTC)
    keep = {b.path for b in infos[:KEEP_LAST]}
    days_kept: set[dt.date] = set()
    for b in infos:  # newest first: the newest of each day is kept
        day = b.taken_at.date()
        if now - b.taken_at <= dt.timedelta(days=KEEP_DAYS) and day not in days_kept:
            days_kept.add(day)
            keep.add(b.path)
    removed = [b.path for b in infos if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_counts(path: Path) -> dict[str, int]:
    """Live record counts of the main registers in a backup (read-only), for the list."""
    counts: dict[str, int] = {}
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        for table in ("stakeholders", "data_sources", "indicators", "policies", "actions"):
            try:
                counts[table] = conn.execute(
                    f'SELECT count(*) FROM "{table}" WHERE deleted_at IS NULL'
                ).fetchone()[0]
            except sqlite3.Error:
                counts[table] = 0
    finally:
        conn.close()
    return counts


def restore_as(backup_path: Path, dest: Path, *, force: bool = False) -> Path:
    """Write the backup as a new workshop file at ``dest`` (never over the original
    unless ``force``); the copy is checked before it is put in place, and gets a file id
    of its own (``save_copy``)."""
    from mainstream_desktop.core.store import Workshop

    if dest.exists() and not force:
        raise exists_error(dest)
    src = Workshop.open(backup_path, readonly=True)
    try:
        if src.integrity_problems():
            raise UserError(translate("Backup", "This backup is damaged and cannot be restored."))
        src.save_copy(dest)
    finally:
        src.close()
    return dest
