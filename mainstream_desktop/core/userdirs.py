"""Per-user folders (settings, device id, backups, log) without Qt.

The window uses the same folders as ``QStandardPaths.AppDataLocation`` would on
each platform; ``platformdirs`` gives them to code that runs without Qt. Where they are
is decided here and only here (the window asks, see the About box), in this order:

1. ``MAINSTREAM_DESKTOP_HOME`` names the folder (tests, scripts);
2. **portable mode**: a file ``portable`` or ``portable.ini`` in the installation folder
   (:func:`install_dir`) puts everything in a ``data`` folder beside it, so the tool runs
   from a USB stick and writes nothing to the computer's user profile;
3. otherwise the platform's per-user data folder.
"""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from pathlib import Path

from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate

APP_NAME = "mainstream-desktop"
PORTABLE_MARKERS = ("portable", "portable.ini")
PORTABLE_DATA = "data"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # mainstream_desktop/


def install_dir() -> Path:
    """The folder a ``portable`` marker is looked for in.

    In a bundle (PyInstaller sets ``sys.frozen``) it is the folder of the executable —
    for a macOS ``.app`` the folder that holds the ``.app``, since nobody opens the app's
    insides; from source it is the folder that holds the ``mainstream_desktop`` package
    (the checkout's root).
    """
    if getattr(sys, "frozen", False):
        exe_dir = Path(sys.executable).resolve().parent
        if exe_dir.name == "MacOS" and exe_dir.parent.parent.suffix == ".app":
            return exe_dir.parent.parent.parent
        return exe_dir
    return _PACKAGE_DIR.parent


def portable_marker() -> Path | None:
    """The ``portable`` (or ``portable.ini``) file that turns on portable mode, if any."""
    folder = install_dir()
    for name in PORTABLE_MARKERS:
        if (folder / name).is_file():
            return folder / name
    return None


def is_portable() -> bool:
    """True when data lives beside the installation (and no MAINSTREAM_DESKTOP_HOME)."""
    return not os.environ.get("MAINSTREAM_DESKTOP_HOME") and portable_marker() is not None


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
    marker = None if override else portable_marker()
    if override:
        path = Path(override)
    elif marker is not None:
        path = marker.parent / PORTABLE_DATA
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    return _made(path)


def backups_dir() -> Path:
    return _made(data_dir() / "backups")


def settings_file() -> Path:
    """The window's settings (an INI file, never the registry or ~/.config)."""
    return data_dir() / "settings.ini"


def log_file() -> Path:
    """Where a bundle without a console writes what would go to stderr (tracebacks)."""
    return _made(data_dir() / "logs") / "mainstream-desktop.log"


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
