"""Places a picture widget from ``app.pictures`` on a page and keeps it current.

If a picture fails while it is made, the page shows a placeholder so the rest of the
window works. A picture is redrawn when a register it draws from
changes — at once if visible, otherwise when it is next shown. The picture itself is
made and first drawn when it is first shown (or asked for): pictures sit on tabs behind
the registers, and at scale 50 drawing them up front made opening a step page take
most of a second (issue 7).
"""

from __future__ import annotations

import importlib
import sys

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mainstream_desktop.app.document import Document
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate


def picture_class(name: str) -> type[QWidget]:
    """The picture widget class ``name`` from app.pictures (imported on first use: the
    pictures are not needed on the way to the first page). A picture that fails to
    import is a bug to see, not a placeholder to show."""
    return getattr(importlib.import_module("mainstream_desktop.app.pictures"), name)


class PictureHost(QWidget):
    """A picture widget plus the bookkeeping that keeps it in step with the file."""

    message = Signal(str)
    recordActivated = Signal(str, str)  # register, record id: a stakeholder or an indicator

    def __init__(self, doc: Document, name: str, tables: set[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.tables = tables
        self._stale = True  # drawn when first shown
        self._name = name
        self._built = False
        self._picture: QWidget | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        doc.changed.connect(self._on_changed)

    @property
    def picture(self) -> QWidget | None:
        """The picture widget (None if unavailable), made on first use."""
        if not self._built:
            self._build()
        return self._picture

    def _build(self) -> None:
        self._built = True
        box = self.layout()
        cls = picture_class(self._name)
        try:
            self._picture = cls(parent=self)
        except Exception:  # a bug in a picture must not take the page down with it
            sys.excepthook(*sys.exc_info())
            self._picture = None
        if self._picture is None:
            label = QLabel(self.tr("This picture cannot be shown."), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setObjectName("picturePlaceholder")
            box.addWidget(label)
            return
        box.addWidget(self._picture)
        moved = getattr(self._picture, "stakeholderMoved", None)
        if moved is not None:
            moved.connect(self._stakeholder_moved)
        activated = getattr(self._picture, "stakeholderActivated", None)
        if activated is not None:
            activated.connect(self._stakeholder_activated)
        cell = getattr(self._picture, "cellActivated", None)
        if cell is not None:
            cell.connect(self._cell_activated)

    def _on_changed(self, tables: set[str]) -> None:
        if not self._built or not tables & self.tables:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._stale = False
        picture = self.picture
        if picture is None:
            return
        if getattr(picture, "workshop", None) is self.doc.ws:
            picture.refresh()
            return
        try:  # the first drawing: a bug in a picture must not take the page down
            picture.set_workshop(self.doc.ws)
        except Exception:
            sys.excepthook(*sys.exc_info())

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _stakeholder_activated(self, record_id: str) -> None:
        self.recordActivated.emit("stakeholders", record_id)

    def _cell_activated(self, indicator_id: str, _source_id: str) -> None:
        """A cell of the coverage heatmap, or its row: the indicator is the record."""
        self.recordActivated.emit("indicators", indicator_id)

    def _stakeholder_moved(self, record_id: str, influence: int, interest: int) -> None:
        """A drag in the power–interest grid: one undoable update of both ratings."""
        if self.doc.readonly:  # the marker goes back where it was
            self.message.emit(translate("ReadOnly", "The workshop is open read-only; nothing was "
                                 "changed."))
            self.refresh()
            return
        try:
            self.doc.run(translate("Undo", "Move stakeholder in the grid"),
                         lambda ws: ws.update("stakeholders", record_id,
                                              {"influence": influence, "interest": interest}))
        except UserError as exc:
            self.message.emit(str(exc))
            self.refresh()
