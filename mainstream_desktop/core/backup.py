"""Backups of a workshop into the per-user data folder, keyed by the workshop's UUID.

A backup is written with SQLite's backup API into a temporary file, fsynced and renamed,
so a backup is whole or absent. Backups are taken before migrations and imports
(and, by the window, on open, every few minutes while changed, and on close); the
newest :data:`KEEP_LAST` are kept plus one a day for :data:`KEEP_DAYS` days. A file
that fails its integrity check is never backed up, so it cannot push good backups out.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mainstream_desktop.core import userdirs
from mainstream_desktop.core.atomic import atomic_path, exists_error
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate

KEEP_LAST = 10
KEEP_DAYS = 30
MIN_FREE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    size: int


def _workshop_uuid(conn: sqlite3.Connection) -> str:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'workshop_uuid'").fetchone()
    except sqlite3.Error:
        row = None
    return row[0] if row else "unknown"


def folder_for(workshop_uuid: str) -> Path:
    path = userdirs.backups_dir() / workshop_uuid
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_connection(conn: sqlite3.Connection, *, reason: str) -> Path | None:
    """Copy the open database into its backup folder; None when skipped (disk short)."""
    folder = folder_for(_workshop_uuid(conn))
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
    target = folder / f"{stamp}-{reason}.mainstream"
    with atomic_path(target) as tmp:
        out = sqlite3.connect(tmp)
        try:
            conn.backup(out)
        finally:
            out.close()
    prune(folder)
    return target


def list_backups(workshop_uuid: str) -> list[BackupInfo]:
    """Backups of one workshop, newest first."""
    out = []
    for path in folder_for(workshop_uuid).glob("*.mainstream"):
        stamp, _, reason = path.stem.partition("-")
        try:
            taken = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
        except ValueError:
            continue
        out.append(BackupInfo(path, taken, reason, path.stat().st_size))
    return sorted(out, key=lambda b: b.taken_at, reverse=True)


def prune(folder: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Apply the retention policy; returns the removed files."""
    infos = list_backups(folder.name)
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
    unless ``force``); the copy is checked before it is put in place."""
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
