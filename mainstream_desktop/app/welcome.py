"""The welcome screen: new workshop, open one, open the sample, or a recent file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app import icons, settings
from mainstream_desktop.app.forms import child, load_form


class Welcome(QWidget):
    """Shown when no workshop is open."""

    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    pathRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = load_form("welcome.ui", self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.form)
        title = child(self.form, "titleLabel", QLabel)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = child(self.form, "subtitleLabel", QLabel)
        subtitle.setMaximumWidth(subtitle.fontMetrics().horizontalAdvance("M") * 36)
        buttons = (("newButton", "new_workshop", self.newRequested),
                   ("openButton", "open", self.openRequested),
                   ("sampleButton", "sample", self.sampleRequested))
        for name, icon, signal in buttons:
            button = child(self.form, name, QPushButton)
            button.setIcon(icons.icon(icon))
            button.setMinimumHeight(button.sizeHint().height() + 8)
            button.clicked.connect(signal)
        self.new_button = child(self.form, "newButton", QPushButton)
        self.recent_label = child(self.form, "recentLabel", QLabel)
        self.recent = child(self.form, "recentList", QListWidget)
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.recent.itemActivated.connect(
            lambda item: self.pathRequested.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.refresh()

    def refresh(self) -> None:
        """Reload the recent files (they may have moved since)."""
        self.recent.clear()
        for path in settings.recent_files():
            item = QListWidgetItem(f"{Path(path).stem}\n{path}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            item.setIcon(icons.icon("recent"))
        has = self.recent.count() > 0
        self.recent_label.setVisible(has)
        self.recent.setVisible(has)
        if has:
            self.recent.setCurrentRow(0)
            rows = min(self.recent.count(), 5)
            self.recent.setFixedHeight(self.recent.sizeHintForRow(0) * rows + 8)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.recent.currentItem():
            self.pathRequested.emit(self.recent.currentItem().data(Qt.ItemDataRole.UserRole))
            return
        super().keyPressEvent(event)
