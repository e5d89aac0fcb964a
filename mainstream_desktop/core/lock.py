"""Who holds a workshop: a small, human-readable lock record beside the document.

SQLite's exclusive locking is what actually keeps a second writer out; this record is
what lets us *name* the holder ("held by amara on LAPTOP-3 since 10:42") and notice a
lock left by a process that died, which is taken over without asking. A lock from
another computer cannot be checked for life and is respected (a shared drive, a USB
stick moved while open): the user may open read-only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from mainstream_desktop.core import userdirs
from mainstream_desktop.core.errors import WorkshopLockedError
from mainstream_desktop.core.i18n import translate


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str
    app: str = "mainstream-desktop"

    def describe(self) -> str:
        try:
            when = dt.datetime.fromisoformat(self.since).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            when = self.since
        return translate("Lock", "{user} on {host} (process {pid}) since {when}").format(
            user=self.user, host=self.host, pid=self.pid, when=when)


def lock_path(document: Path) -> Path:
    return document.with_name(f".~lock.{document.name}#")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_lock(document: Path) -> LockInfo | None:
    """The current holder, or None (no lock, unreadable lock, or a dead local process)."""
    path = lock_path(document)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        info = LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]),
                        str(data["since"]), str(data.get("app", "")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a damaged lock record protects nothing
    if info.host == socket.gethostname() and not _pid_alive(info.pid):
        return None
    return info


def other_holder(document: Path) -> LockInfo | None:
    """The live holder of ``document`` if it is another process (this one's own lock
    does not count)."""
    holder = read_lock(document)
    if holder is None or (holder.host == socket.gethostname() and holder.pid == os.getpid()):
        return None
    return holder


class WorkshopLock:
    """The lock record a window holds while a workshop is open in it."""

    def __init__(self, document: Path):
        self.document = Path(document)
        self.path = lock_path(self.document)
        self.held = False

    def acquire(self) -> None:
        """Take the lock, taking over a stale one; raise if someone alive holds it."""
        holder = other_holder(self.document)
        if holder is not None:
            raise WorkshopLockedError(translate(
                "Lock", "“{name}” is open in another window: {holder}.").format(
                name=self.document.name, holder=holder.describe()))
        info = LockInfo(userdirs.user_name(), socket.gethostname(), os.getpid(),
                        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
        data = json.dumps(info.__dict__, ensure_ascii=False).encode("utf-8")
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()  # stale (checked above) or our own
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        self.held = True

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self.held = False


def ensure_not_held(document: Path) -> None:
    """Raise with the holder's name if a live process holds ``document``."""
    holder = other_holder(document)
    if holder is not None:
        raise WorkshopLockedError(translate(
            "Lock", "“{name}” is open in a window: {holder}. Close it there first.").format(
            name=document.name, holder=holder.describe()))
