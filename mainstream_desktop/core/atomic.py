"""Write files whole or not at all: temporary file beside the target, fsync, rename.

Taken from Picard's ``atomic_write`` with an fsync of the file and its folder added,
so a power cut leaves either the old file or the new one, never half of the new.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from mainstream_desktop.core.errors import UserError, sqlite_failure
from mainstream_desktop.core.i18n import translate


def _read_umask() -> int:
    mask = os.umask(0o022)  # read once, at import, before any worker thread exists
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


PART_SUFFIX = ".part"


def _part_prefix(target: Path) -> str:
    """``.NAME.mspart-PID-START-``: whose temporary file it is, so a later write to the
    same target can tell a live writer's file from one a killed process left."""
    from mainstream_desktop.core.lock import own_start

    return f".{target.name}.mspart-{os.getpid()}-{own_start()}-"


def clean_stale_parts(target: Path) -> list[Path]:
    """Remove temporary files of ours beside ``target`` whose process is gone (a kill -9
    or a power cut during a write); returns them. Others' files are never touched."""
    from mainstream_desktop.core.lock import holder_alive_pid

    # a part SQLite was writing has its rollback journal beside it: stale with it
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.mspart-(\d{{1,10}})-(\d*)-.*"
                         rf"{re.escape(PART_SUFFIX)}(-journal)?$")
    removed: list[Path] = []
    try:
        names = [p for p in target.parent.glob(f".{glob.escape(target.name)}.mspart-*")]
    except OSError:
        return removed
    for path in names:
        found = pattern.match(path.name)
        if found is None or holder_alive_pid(int(found[1]), found[2]):
            continue
        try:
            if stat.S_ISREG(os.lstat(path).st_mode):
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def temp_path_beside(target: Path, suffix: str = PART_SUFFIX) -> Path:
    """A fresh, unused name in the target's folder (same filesystem, so rename is atomic)."""
    clean_stale_parts(target)
    fd, name = tempfile.mkstemp(prefix=_part_prefix(target), suffix=suffix, dir=target.parent)
    try:
        # mkstemp makes the file private (0600); a report on a shared drive must be as
        # readable by others as any file the user saves
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o666 & ~_UMASK)
    finally:
        os.close(fd)
    return Path(name)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], *, overwrite: bool = True) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``.

    On any exception the temporary file is removed and ``target`` is untouched.
    With ``overwrite=False`` an existing target is never replaced (checked at the end too,
    with a hard link so a file created meanwhile is not clobbered).
    """
    target = Path(target)
    try:
        tmp = temp_path_beside(target)
    except OSError as exc:
        raise write_error(target, exc) from exc
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        if overwrite:
            os.replace(tmp, target)
        else:
            _link_without_replacing(tmp, target)
        _fsync_dir(target.parent)
    except BaseException as exc:
        # SQLite writing the temporary copy may leave its rollback journal beside it when
        # the disk fills mid-write: both go (seen once the sample outgrew a 256 KiB disk)
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        if isinstance(exc, OSError) and not isinstance(exc, FileExistsError):
            raise write_error(target, exc) from exc
        kind = sqlite_failure(exc)  # SQLite writing the temporary copy
        if kind in ("full", "io"):
            code = errno.ENOSPC if kind == "full" else errno.EIO
            raise write_error(target, OSError(code, str(exc))) from exc
        raise


def exists_error(target: Path) -> UserError:
    return UserError(translate("File", "“{name}” already exists (use --force to replace it).")
                     .format(name=target))


def check_new_target(target: Path, *, force: bool) -> None:
    """Refuse, before any work, to replace a file without ``force`` or to write into a
    folder that does not exist (commands that create files share this)."""
    check_regular(target)
    if target.exists() and not force:
        raise exists_error(target)
    if not target.parent.is_dir():
        raise UserError(translate("File", "The folder “{name}” does not exist.").format(
            name=target.parent))
    if target.exists():
        from mainstream_desktop.core.lock import ensure_not_held

        ensure_not_held(target)  # never replace a workshop open in a window


def check_regular(target: Path) -> None:
    """Refuse a target that exists and is not a regular file: replacing a device, a pipe,
    a folder or a symbolic link (which could point anywhere) is never what was meant."""
    try:
        mode = os.lstat(target).st_mode
    except OSError:
        return  # absent (or unreachable: the write will say)
    if not stat.S_ISREG(mode):
        raise UserError(translate(
            "File", "“{name}” is not an ordinary file (a folder, a device, a pipe or a link); "
            "choose another file name.").format(name=target))


def check_export_target(target: Path, workshop: Path | None) -> None:
    """What every exporter checks before writing: the folder exists, the target is not the
    workshop itself, and not a workshop open in a window."""
    check_distinct([target], [workshop] if workshop else [])
    check_new_target(target, force=True)


def check_distinct(outputs: list[Path], inputs: list[Path]) -> None:
    """Refuse to write an output over one of the inputs or over another output (an export
    named like its workshop would destroy the workshop)."""

    def same(a: Path, b: Path) -> bool:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))

    for i, out in enumerate(outputs):
        if any(same(out, source) for source in inputs):
            raise UserError(translate(
                "File", "“{name}” is the workshop itself; choose another file name.")
                .format(name=out.name))
        if any(same(out, earlier) for earlier in outputs[:i]):
            raise UserError(translate(
                "File", "“{name}” is given for two exports; choose a different name for each.")
                .format(name=out.name))


def write_error(target: Path, exc: OSError) -> UserError:
    """The message a user sees when a file cannot be written (disk full, I/O error…)."""
    if exc.errno == errno.ENOSPC:
        reason = translate("File", "the disk is full")
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = translate("File", "permission denied or read-only medium")
    elif exc.errno == errno.EIO:
        reason = translate("File", "an input/output error (is the USB stick still plugged in?)")
    else:
        reason = exc.strerror or str(exc)
    return UserError(translate("File", "Could not write “{name}”: {reason}. Nothing was changed.")
                     .format(name=target.name, reason=reason))


def _link_without_replacing(tmp: Path, target: Path) -> None:
    try:
        os.link(tmp, target)  # FileExistsError if the target appeared meanwhile
    except FileExistsError:
        raise
    except OSError:  # no hard links (FAT USB sticks): check, then rename
        if target.exists():
            raise FileExistsError(target) from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``target`` whole or not at all."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
