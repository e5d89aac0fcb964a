"""Per-user folders (device id, backups) without Qt.

The window uses the same folders as ``QStandardPaths.AppDataLocation`` would on
each platform; ``platformdirs`` gives them to code that runs without Qt. Setting
``MAINSTREAM_DESKTOP_HOME`` moves everything (tests, portable use from a USB stick).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

APP_NAME = "mainstream-desktop"


def data_dir() -> Path:
    """The per-user data folder, created if missing."""
    override = os.environ.get("MAINSTREAM_DESKTOP_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


_device_id: str | None = None


def device_id() -> str:
    """A stable random id of this device, written once; marks who changed what."""
    global _device_id
    if _device_id is None:
        path = data_dir() / "device-id"
        try:
            value = path.read_text(encoding="ascii").strip()
            uuid.UUID(value)
        except (OSError, ValueError):
            value = str(uuid.uuid4())
            from mainstream_desktop.core.atomic import atomic_write_bytes

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
