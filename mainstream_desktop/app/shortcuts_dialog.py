"""Help ▸ Keyboard shortcuts: a table made from the window's own actions.

Nothing here names a key: every row is an action of the window with its shortcuts as
the platform writes them, so the list cannot drift from what the keys do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from mainstream_desktop.app.actions import shortcut_text


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str]]:
    """(action, keys) for every action of ``window`` that has a key, in the order they
    were made (menus' order, roughly); keys in the platform's own notation."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                if not k.isEmpty()]
        text = shortcut_text(action)
        if not keys or not text or text in seen:
            continue
        seen.add(text)
        text = _plain_undo(window, action) or text
        rows.append((text, ", ".join(keys)))
    return rows


def _plain_undo(window: QMainWindow, action: QAction) -> str:
    """Undo and Redo by their own names, not "Undo Delete “…”" as the menu has it now."""
    actions = getattr(window, "actions_", {})
    if action is actions.get("undo"):
        return QCoreApplication.translate("MainWindow", "Undo")
    if action is actions.get("redo"):
        return QCoreApplication.translate("MainWindow", "Redo")
    return ""


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, (text, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(text))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fm = self.fontMetrics()
        self.resize(fm.averageCharWidth() * 70, fm.lineSpacing() * min(30, len(rows) + 6))
