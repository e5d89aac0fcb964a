"""Per-user folders (device id, backups) without Qt.

The window uses the same folders as ``QStandardPaths.AppDataLocation`` would on
each platform; ``platformdirs`` gives them to code that runs without Qt. Setting
``MAINSTREAM_DESKTOP_HOME`` moves everything (tests, portable use from a USB stick).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate

APP_NAME = "mainstream-desktop"


def _unusable(path: Path, exc: OSError) -> UserError:
    return UserError(translate(
        "File", "The data folder “{path}” cannot be used ({reason}): backups cannot be kept. "
                "Set MAINSTREAM_DESKTOP_HOME to a folder you can write.").format(
        path=path, reason=exc.strerror or exc))


def _made(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a file in the way, a read-only medium, no permission
        raise _unusable(path, exc) from None
    return path


def data_dir() -> Path:
    """The per-user data folder, created if missing; a :class:`UserError` if it cannot be."""
    override = os.environ.get("MAINSTREAM_DESKTOP_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    return _made(path)


def backups_dir() -> Path:
    return _made(data_dir() / "backups")


_device_id: str | None = None


def device_id() -> str:
    """A stable random id of this device, written once; marks who changed what.

    When the data folder cannot be read or written (read-only, a file in the way) this
    process uses an id of its own: reading commands must work there, and a writing command
    fails anyway on the backup it takes first.
    """
    global _device_id
    if _device_id is None:
        try:
            path = data_dir() / "device-id"
        except UserError:
            _device_id = str(uuid.uuid4())
            return _device_id
        try:
            value = path.read_text(encoding="ascii").strip()
            uuid.UUID(value)
        except (OSError, ValueError):
            value = str(uuid.uuid4())
            from mainstream_desktop.core.atomic import atomic_write_bytes

            with contextlib.suppress(UserError):  # kept for this process only
                atomic_write_bytes(path, value.encode("ascii"))
        _device_id = value
    return _device_id


def user_name() -> str:
    """The operating-system user name, recorded in the change journal."""
    for var in ("MAINSTREAM_DESKTOP_USER", "USER", "USERNAME", "LOGNAME"):
        value = os.environ.get(var)
        if value:
            return value
    return "unknown"


def reset_cache() -> None:
    """Forget the cached device id (tests that move MAINSTREAM_DESKTOP_HOME)."""
    global _device_id
    _device_id = None
