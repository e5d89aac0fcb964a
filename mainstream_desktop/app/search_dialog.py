"""Find anything (Ctrl+F / Ctrl+K): one box searching every register of the workshop.

The search itself is :mod:`core.search`; this is the box and the list of hits. Enter,
a double-click or a click on a hit asks the window to jump there (step page, tab, row).
The index is read when the box opens and kept until the workshop changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import register
from mainstream_desktop.core.search import NAME, Hit, SearchIndex

LIMIT = 50
HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchDialog(QDialog):
    """A search box over a :class:`SearchIndex`; ``chosen`` carries the hit to show."""

    chosen = Signal(object)  # a Hit

    def __init__(self, index: SearchIndex, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(self.tr("Find in the workshop"))
        self.index = index
        self.box = QLineEdit(self)
        self.box.setObjectName("findBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Find a stakeholder, source, policy, action…"))
        self.box.setAccessibleName(self.tr("Find in the workshop"))
        self.hits = QListWidget(self)
        self.hits.setObjectName("findHits")
        self.hits.setAccessibleName(self.tr("Records found"))
        self.hits.setUniformItemSizes(True)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.hits, 1)
        layout.addWidget(self.summary)
        self.box.textChanged.connect(self.run)
        self.box.returnPressed.connect(self.accept_current)
        self.hits.itemActivated.connect(lambda _item: self.accept_current())
        self.hits.itemClicked.connect(lambda _item: self.accept_current())
        width = self.fontMetrics().averageCharWidth() * 90
        self.resize(width, self.fontMetrics().lineSpacing() * 24)
        self.run("")

    def run(self, text: str) -> None:
        """Show the hits for ``text`` (every keystroke; a few ms at scale 20)."""
        self.hits.clear()
        found = self.index.search(text, LIMIT)
        for hit in found:
            where = translate("Register", register(hit.register).singular)
            line = f"{hit.name}  —  {where}"
            if hit.field != NAME:
                label = translate("Field", register(hit.register).field(hit.field).label)
                line += f"\n    {label}: {hit.snippet}"
            item = QListWidgetItem(line, self.hits)
            item.setData(HIT_ROLE, hit)
            item.setToolTip(hit.snippet)
        if found:
            self.hits.setCurrentRow(0)
        if not text.strip():
            self.summary.setText(self.tr("Type part of a name or of any text."))
        elif not found:
            self.summary.setText(self.tr("Nothing found."))
        elif len(found) >= LIMIT:
            self.summary.setText(self.tr("The first {n} records found; type more to narrow "
                                         "them.").format(n=LIMIT))
        else:
            self.summary.setText(self.tr("{n} record(s) found.").format(n=len(found)))

    def current_hit(self) -> Hit | None:
        item = self.hits.currentItem()
        return item.data(HIT_ROLE) if item is not None else None

    def accept_current(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self.chosen.emit(hit)
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down move through the hits while typing in the box."""
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.box.hasFocus():
            row = self.hits.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.hits.count():
                self.hits.setCurrentRow(row)
            return
        super().keyPressEvent(event)
