"""Places a picture widget from ``app.pictures`` on a page and keeps it current.

The pictures are built separately; if one is missing the page shows a placeholder so
the rest of the window works. A picture is redrawn when a register it draws from
changes — at once if visible, otherwise when it is next shown.
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


def picture_class(name: str) -> type[QWidget] | None:
    """The picture widget class ``name`` from app.pictures, or None if not available."""
    try:
        module = importlib.import_module("mainstream_desktop.app.pictures")
    except ImportError:
        return None
    cls = getattr(module, name, None)
    return cls if isinstance(cls, type) and issubclass(cls, QWidget) else None


class PictureHost(QWidget):
    """A picture widget plus the bookkeeping that keeps it in step with the file."""

    message = Signal(str)

    def __init__(self, doc: Document, name: str, tables: set[str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.tables = tables
        self._stale = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.picture: QWidget | None = None
        cls = picture_class(name)
        if cls is not None:
            try:
                self.picture = cls(parent=self)
                self.picture.set_workshop(doc.ws)
            except Exception:  # a bug in a picture must not take the page down with it
                sys.excepthook(*sys.exc_info())
                self.picture = None
        if self.picture is None:
            label = QLabel(self.tr("This picture cannot be shown."), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setObjectName("picturePlaceholder")
            box.addWidget(label)
            return
        box.addWidget(self.picture)
        moved = getattr(self.picture, "stakeholderMoved", None)
        if moved is not None:
            moved.connect(self._stakeholder_moved)
        doc.changed.connect(self._on_changed)

    def _on_changed(self, tables: set[str]) -> None:
        if not tables & self.tables:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self) -> None:
        self._stale = False
        if self.picture is not None:
            self.picture.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

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
