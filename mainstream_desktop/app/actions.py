"""The window's actions and menus, declared in one place.

Each action is added to the window itself as well as to its menu, so its shortcut
works in presentation mode when the menu bar is hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle

Key = QKeySequence.StandardKey | str | None


def make_action(window: QMainWindow, text: str, slot: Callable[[], object] | None,
                shortcut: Key = None, icon: QStyle.StandardPixmap | None = None,
                tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon is not None:
        action.setIcon(window.style().standardIcon(icon))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def shortcut_text(action: QAction) -> str:
    """An action's text as a list shows it: without the "&" of its mnemonic ("&&" is a
    real ampersand) and without a trailing ellipsis."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def build_menus(window: QMainWindow, a: dict[str, QAction], recent_menu: QMenu,
                language_menu: QMenu) -> None:
    bar = window.menuBar()
    file = bar.addMenu(QCoreApplication.translate("Menu", "&File"))
    for name in ("new", "open", "sample"):
        file.addAction(a[name])
    file.addMenu(recent_menu)
    file.addSeparator()
    for name in ("save_copy", "import_workbook", "import_values"):
        file.addAction(a[name])
    file.addSeparator()
    for name in ("export_pdf", "export_xlsx"):
        file.addAction(a[name])
    file.addSeparator()
    for name in ("group_copy", "merge"):
        file.addAction(a[name])
    file.addSeparator()
    for name in ("backups", "check"):
        file.addAction(a[name])
    file.addSeparator()
    file.addAction(a["close"])
    file.addAction(a["quit"])
    edit = bar.addMenu(QCoreApplication.translate("Menu", "&Edit"))
    for name in ("undo", "redo"):
        edit.addAction(a[name])
    edit.addSeparator()
    for name in ("new_row", "delete_row", "find", "filter", "history"):
        edit.addAction(a[name])
    view = bar.addMenu(QCoreApplication.translate("Menu", "&View"))
    for name in ("presentation", "guidance", "prev_step", "next_step"):
        view.addAction(a[name])
    view.addSeparator()
    view.addMenu(language_menu)
    help_menu = bar.addMenu(QCoreApplication.translate("Menu", "&Help"))
    help_menu.addAction(a["shortcuts"])
    help_menu.addAction(a["about"])
