"""Find the files that live outside the Python package (``resources/``, ``ui/``).

They sit beside the package in a source checkout, inside it in an installed wheel
(``force-include`` in pyproject.toml), and under ``sys._MEIPASS`` in a PyInstaller
bundle. Everything that reads a shipped file goes through here, so all three work.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _base_dirs() -> tuple[Path, ...]:
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "mainstream_desktop")
        candidates.append(Path(frozen))
    candidates.append(_PACKAGE_DIR)  # installed wheel
    candidates.append(_PACKAGE_DIR.parent)  # source checkout
    return tuple(candidates)


def _find(name: str) -> Path:
    for base in _base_dirs():
        path = base / name
        if path.is_dir():
            return path
    raise FileNotFoundError(
        f"the application's {name}/ folder is missing (looked in "
        + ", ".join(str(b) for b in _base_dirs())
        + "); the installation is incomplete"
    )


@cache
def resources_dir() -> Path:
    """The folder of reference data, fonts, translations and report assets."""
    return _find("resources")


@cache
def ui_dir() -> Path:
    """The folder of Qt Designer forms."""
    return _find("ui")


def resource(*parts: str) -> Path:
    """Path of one shipped resource file, e.g. ``resource("reference", "sectors.csv")``."""
    return resources_dir().joinpath(*parts)
