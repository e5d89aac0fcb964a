"""Who holds a workshop: a small, human-readable lock record beside the document.

SQLite's exclusive locking is what actually keeps a second writer out; this record is
what lets us *name* the holder ("held by amara on LAPTOP-3 since 10:42") and notice a
lock left by a process that died, which is taken over without asking. A lock from
another computer cannot be checked for life and is respected (a shared drive, a USB
stick moved while open): the user may open read-only.

The record sits beside a file that may come from anyone, so it is read as untrusted:
only a regular file is read (a FIFO would block, a folder cannot be read), never more
than :data:`RECORD_MAX` bytes, and a pid that is not a plausible pid makes the record
damaged. A live process with the recorded pid is only taken for the holder if it
started when the record says (Linux: field 22 of ``/proc/PID/stat``, with the boot id):
otherwise an unrelated process that reused the pid, or a forged ``"pid": 1``, would keep
the file locked forever.

Taking the lock never lets two processes both believe they hold it. The new record is
written whole to a temporary name and fsynced, then put in place with ``os.link`` (which
fails if a record appeared meanwhile) or, to take over a stale record, ``os.replace``;
the read-decide-replace step runs under ``flock`` on the folder, so two processes of
this computer that both judge a record stale take turns (a stale record is always a
record of this computer, or a damaged one). Where ``flock`` is missing (Windows) or
refused (some network shares) the link still keeps two *new* holders apart.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import socket
import stat
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from mainstream_desktop.core import userdirs
from mainstream_desktop.core.errors import UserError, WorkshopLockedError
from mainstream_desktop.core.i18n import translate

RECORD_MAX = 4096  # a record is ~200 bytes; more is not ours
PID_MAX = 2**31 - 1  # pids are C ints everywhere we run
FIELD_MAX = 200  # longest user or host name shown
SERIALIZE_TIMEOUT = 5.0  # seconds to wait for another process's take-over to finish


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str
    app: str = "mainstream-desktop"
    start: str = ""  # the holder process's start time (Linux clock ticks since boot)
    boot: str = ""  # the boot the start time counts from
    token: str = ""  # which WorkshopLock wrote it (one process may hold several)

    def describe(self) -> str:
        try:
            when = dt.datetime.fromisoformat(self.since).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            when = self.since
        return translate("Lock", "{user} on {host} (process {pid}) since {when}").format(
            user=self.user, host=self.host, pid=self.pid, when=when)


class Damaged:
    """A record that names nobody: unreadable, not JSON, not a regular file."""

    def __init__(self, is_dir: bool = False):
        self.is_dir = is_dir


def lock_path(document: Path) -> Path:
    return document.with_name(f".~lock.{document.name}#")


def _pid_alive(pid: int) -> bool:
    if not 0 < pid <= PID_MAX:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows (a check mypy understands)
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
    except (OverflowError, ValueError, OSError):
        return False
    return True


def process_start(pid: int) -> str | None:
    """When process ``pid`` started, as the kernel counts it; None where unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            data = fh.read(4096)
    except OSError:
        return None
    # "pid (comm) state ppid ..." and comm may hold spaces or parentheses: split after
    # the last ")"; the first field there is field 3, so field 22 is index 19
    fields = data[data.rfind(b")") + 2:].split()
    return fields[19].decode("ascii", "replace") if len(fields) > 19 else None


def boot_id() -> str:
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as fh:
            return fh.read(64).strip()
    except OSError:
        return ""


_own: dict[int, str | None] = {}


def own_start() -> str:
    """This process's start time (read per pid: a forked child is another process)."""
    pid = os.getpid()
    if pid not in _own:
        _own[pid] = process_start(pid)
    return _own[pid] or ""


_CAN_VERIFY = bool(own_start())  # Linux (and anything with a Linux-like /proc)


def _clean(value: object) -> str:
    text = "".join(ch for ch in str(value) if ch.isprintable())
    return text[:FIELD_MAX]


def _parse(raw: bytes) -> LockInfo | Damaged:
    try:
        data = json.loads(raw.decode("utf-8"))
        pid = data["pid"]
        if isinstance(pid, bool) or not isinstance(pid, int) or not 0 < pid <= PID_MAX:
            return Damaged()
        return LockInfo(_clean(data["user"]), _clean(data["host"]), pid, _clean(data["since"]),
                        _clean(data.get("app", "")), _clean(data.get("start", "")),
                        _clean(data.get("boot", "")), _clean(data.get("token", "")))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return Damaged()  # a damaged lock record protects nothing


def read_record(path: Path) -> LockInfo | Damaged | None:
    """The record at ``path`` (None when there is none), never blocking on it."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError:
        return Damaged()
    if not stat.S_ISREG(st.st_mode):
        return Damaged(is_dir=stat.S_ISDIR(st.st_mode))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError:
        return Damaged()
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped after the lstat
            return Damaged()
        raw = os.read(fd, RECORD_MAX + 1)
    except OSError:
        return Damaged()
    finally:
        os.close(fd)
    return Damaged() if len(raw) > RECORD_MAX else _parse(raw)


def _is_local(info: LockInfo) -> bool:
    return info.host == _clean(socket.gethostname())


def holder_alive(info: LockInfo) -> bool:
    """Whether the process that wrote ``info`` still runs (a remote holder counts as alive)."""
    if not _is_local(info):
        return True
    if info.pid == os.getpid():
        return not _CAN_VERIFY or info.start in ("", own_start())
    if not _pid_alive(info.pid):
        return False
    if not _CAN_VERIFY:
        return True  # elsewhere a live pid is all we can check
    if info.boot and info.boot != boot_id():
        return False  # written before this computer restarted
    # every record this version writes has the start time; one without cannot be told
    # from a forged one, and SQLite's own lock still keeps a real writer's file safe
    return bool(info.start) and process_start(info.pid) == info.start


def holder_alive_pid(pid: int, start: str) -> bool:
    """Whether the local process ``pid`` that started at ``start`` still runs."""
    if pid == os.getpid():
        return not start or start == own_start()
    if not _pid_alive(pid):
        return False
    return not (_CAN_VERIFY and start) or process_start(pid) == start


def read_lock(document: Path) -> LockInfo | None:
    """The current holder, or None (no lock, unreadable lock, or a dead local process)."""
    record = read_record(lock_path(document))
    if not isinstance(record, LockInfo) or not holder_alive(record):
        return None
    return record


def _is_this_process(info: LockInfo) -> bool:
    return _is_local(info) and info.pid == os.getpid() and info.start in ("", own_start())


def other_holder(document: Path) -> LockInfo | None:
    """The live holder of ``document`` if it is another process (this one's own lock
    does not count)."""
    holder = read_lock(document)
    if holder is None or _is_this_process(holder):
        return None
    return holder


@contextlib.contextmanager
def _serialized(folder: Path, *, strict: bool = True) -> Iterator[None]:
    """Hold ``flock`` on ``folder`` while a record is judged and replaced (POSIX).

    Not ``strict`` (releasing): after the timeout, go on without it."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + SERIALIZE_TIMEOUT
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    if not strict:
                        break
                    raise UserError(translate(
                        "Lock", "The folder “{name}” stays locked by another program; try "
                        "again in a moment.").format(name=folder)) from None
                time.sleep(0.002)
            except OSError:  # flock refused (some network shares): the link still guards
                break
        yield
    finally:
        os.close(fd)  # releases the flock


def _locked_error(document: Path, holder: LockInfo) -> WorkshopLockedError:
    return WorkshopLockedError(translate(
        "Lock", "“{name}” is open in another window: {holder}.").format(
        name=document.name, holder=holder.describe()))


class WorkshopLock:
    """The lock record a window (or a command writing the file) holds while it works."""

    def __init__(self, document: Path):
        self.document = Path(document)
        self.path = lock_path(self.document)
        self.held = False
        self.token = uuid.uuid4().hex

    def _record(self) -> bytes:
        info = LockInfo(_clean(userdirs.user_name()), _clean(socket.gethostname()), os.getpid(),
                        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                        start=own_start(), boot=boot_id() if _CAN_VERIFY else "",
                        token=self.token)
        return json.dumps(asdict(info), ensure_ascii=False).encode("utf-8")

    def _write_temp(self) -> Path:
        tmp = self.path.with_name(f"{self.path.name}.{self.token}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                     0o644)
        try:
            os.write(fd, self._record())
            os.fsync(fd)
        finally:
            os.close(fd)
        return tmp

    def acquire(self) -> None:
        """Take the lock, taking over a stale one; raise if someone alive holds it."""
        with _serialized(self.path.parent):
            current = read_record(self.path)
            # a live record is another's, unless this very lock wrote it (or this process,
            # before records had a token)
            if (isinstance(current, LockInfo) and holder_alive(current)
                    and current.token != self.token
                    and not (_is_this_process(current) and not current.token)):
                raise _locked_error(self.document, current)
            if isinstance(current, Damaged) and current.is_dir:
                raise WorkshopLockedError(translate(  # the window offers read-only viewing
                    "Lock", "“{name}” beside the workshop is a folder, not a lock record; "
                    "remove it and try again.").format(name=self.path.name))
            try:
                tmp = self._write_temp()
            except OSError as exc:
                raise _write_failed(self.path, exc) from exc
            try:
                if current is None:
                    self._link(tmp)
                else:
                    os.replace(tmp, self.path)  # stale, damaged or our own: atomic take-over
            except OSError as exc:
                raise _write_failed(self.path, exc) from exc
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
        self.held = True

    def _link(self, tmp: Path) -> None:
        """Put the record in place unless one appeared since we looked."""
        try:
            os.link(tmp, self.path)
            return
        except FileExistsError:
            pass
        except OSError as exc:  # no hard links here (FAT): create exclusively instead
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                                 errno.EMLINK, errno.ENOSYS):
                raise
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                pass
            else:
                try:
                    os.write(fd, self._record())
                    os.fsync(fd)
                finally:
                    os.close(fd)
                return
        holder = read_lock(self.document)
        if holder is not None:
            raise _locked_error(self.document, holder)
        raise WorkshopLockedError(translate(
            "Lock", "“{name}” was opened by another program just now; try again.").format(
            name=self.document.name))

    def release(self) -> None:
        """Remove the record if it is still ours (never one that took ours over)."""
        if not self.held:
            return
        self.held = False
        with _serialized(self.path.parent, strict=False):
            current = read_record(self.path)
            if isinstance(current, LockInfo) and current.token == self.token:
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()

    def __enter__(self) -> WorkshopLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _write_failed(path: Path, exc: OSError) -> UserError:
    from mainstream_desktop.core.atomic import write_error

    return write_error(path, exc)


def ensure_not_held(document: Path) -> None:
    """Raise with the holder's name if a live process holds ``document``."""
    holder = other_holder(document)
    if holder is not None:
        raise WorkshopLockedError(translate(
            "Lock", "“{name}” is open in a window: {holder}. Close it there first.").format(
            name=document.name, holder=holder.describe()))
