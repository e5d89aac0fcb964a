"""User settings (recent files, window geometry) in an INI file in the per-user data folder.

An INI file beside the backups rather than the registry or ~/.config keeps a portable
installation (a ``portable`` file beside the executable, or MAINSTREAM_DESKTOP_HOME, see
``core.userdirs``) self-contained and keeps tests isolated from each other and from the
real user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from mainstream_desktop.core import userdirs

MAX_RECENT = 8


def settings() -> QSettings:
    """The settings file of the current per-user data folder."""
    return QSettings(str(userdirs.settings_file()), QSettings.Format.IniFormat)


def recent_files() -> list[str]:
    """Recently opened workshops that still exist, newest first."""
    value = settings().value("recent_files", [])
    if isinstance(value, str):
        value = [value] if value else []
    return [p for p in (value or []) if Path(p).exists()]


def add_recent(path: str | Path) -> None:
    text = str(Path(path).resolve())
    files = [p for p in recent_files() if p != text]
    s = settings()
    s.setValue("recent_files", [text, *files][:MAX_RECENT])
    s.sync()


def save_bytes(key: str, data: QByteArray) -> None:
    s = settings()
    s.setValue(key, data)
    s.sync()


def load_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) else None


def value(key: str, default: object = None) -> object:
    return settings().value(key, default)


def set_value(key: str, data: object) -> None:
    s = settings()
    s.setValue(key, data)
    s.sync()


def last_folder() -> str:
    folder = settings().value("last_folder", "")
    return str(folder) if folder and Path(str(folder)).is_dir() else str(Path.home())


def set_last_folder(path: str | Path) -> None:
    set_value("last_folder", str(Path(path).parent if Path(path).suffix else Path(path)))
