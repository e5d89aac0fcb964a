"""Places a picture widget from ``app.pictures`` on a page and keeps it current.

If a picture fails while it is made, the page shows a placeholder so the rest of the
window works. A picture is redrawn when a register it draws from
changes — at once if visible, otherwise when it is next shown. The picture itself is
made and first drawn when it is first shown (or asked for): pictures sit on tabs behind
the registers, and at scale 50 drawing them up front made opening a step page take
most of a second (issue 7).

A chart is something to act on: activating a marker, a node or a heatmap cell (double
click or Enter) opens that record in a details panel beside the chart — the register's
own form, editable in place — rather than selecting it on a tab nobody is looking at.
"""

from __future__ import annotations

import importlib
import sys

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app import icons
from mainstream_desktop.app.document import Document
from mainstream_desktop.app.record_form import RecordForm
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate


def picture_class(name: str) -> type[QWidget]:
    """The picture widget class ``name`` from app.pictures (imported on first use: the
    pictures are not needed on the way to the first page). A picture that fails to
    import is a bug to see, not a placeholder to show."""
    return getattr(importlib.import_module("mainstream_desktop.app.pictures"), name)


class DetailsPanel(QFrame):
    """The record a chart's user activated, in its register's form (edits are written
    as in the register: field by field, undoable)."""

    closed = Signal()
    message = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.setAccessibleName(self.tr("Record details"))
        self.doc = doc
        self.forms: dict[str, RecordForm] = {}
        self.title = QLabel(self.tr("Details"), self)
        self.title.setObjectName("detailsTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("closeDetails")
        self.close_button.setIcon(icons.icon("close"))
        self.close_button.setToolTip(self.tr("Close the details (Esc)"))
        self.close_button.setAccessibleName(self.tr("Close the details"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.clicked.connect(self.close_panel)
        self.stack = QStackedWidget(self)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.close_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 4, 4, 4)
        box.addLayout(head)
        box.addWidget(self.stack, 1)

    def form(self, table: str) -> RecordForm:
        """The form of ``table``'s records, made on first use."""
        form = self.forms.get(table)
        if form is None:
            form = RecordForm(self.doc, table, self.stack, show_delete=False)
            form.setObjectName(f"details_{table}")
            form.message.connect(self.message)
            self.forms[table] = form
            self.stack.addWidget(form)
        return form

    def show_record(self, table: str, record_id: str) -> RecordForm:
        form = self.form(table)
        form.show_record(record_id)
        self.stack.setCurrentWidget(form)
        self.show()
        return form

    def current_form(self) -> RecordForm | None:
        current = self.stack.currentWidget()
        return current if isinstance(current, RecordForm) and self.isVisible() else None

    def close_panel(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_panel()
            return
        super().keyPressEvent(event)


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
        self._focus = False  # the focus view: no legend
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.details = DetailsPanel(doc, self.splitter)
        self.details.hide()
        self.details.closed.connect(self._details_closed)
        self.details.message.connect(self.message)
        box.addWidget(self.splitter)
        doc.changed.connect(self._on_changed)

    @property
    def picture(self) -> QWidget | None:
        """The picture widget (None if unavailable), made on first use."""
        if not self._built:
            self._build()
        return self._picture

    def _build(self) -> None:
        self._built = True
        box = self.splitter
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
            box.insertWidget(0, label)
            return
        box.insertWidget(0, self._picture)
        box.setStretchFactor(0, 1)
        self._apply_focus()
        self._name_for_screen_readers(self._picture)
        moved = getattr(self._picture, "stakeholderMoved", None)
        if moved is not None:
            moved.connect(self._stakeholder_moved)
        activated = getattr(self._picture, "stakeholderActivated", None)
        if activated is not None:
            activated.connect(self._stakeholder_activated)
        cell = getattr(self._picture, "cellActivated", None)
        if cell is not None:
            cell.connect(self._cell_activated)
        record = getattr(self._picture, "recordActivated", None)
        if record is not None:  # any register's record (a value on the trend chart)
            record.connect(self.open_record)

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

    def _name_for_screen_readers(self, picture: QWidget) -> None:
        """The picture and its keyboard-operable drawing get a name and a description of
        how to use them (a screen reader otherwise announces "graphics view")."""
        names = {
            "PowerInterestView": translate("PictureHost", "Power–interest grid"),
            "NetworkView": translate("PictureHost", "Network of stakeholders"),
            "CoverageHeatmap": translate("PictureHost", "Coverage heatmap"),
            "CoherenceOverview": translate("PictureHost", "Coherence overview"),
            "TrendView": translate("PictureHost", "Trends of the indicators"),
        }
        name = names.get(self._name, self._name)
        picture.setAccessibleName(name)
        how = translate("PictureHost", "Arrow keys move between the items, Enter opens the "
                                       "selected one beside the chart.")
        for child in picture.findChildren(QWidget):
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and not child.accessibleName():
                child.setAccessibleName(name)
                if not child.accessibleDescription():
                    child.setAccessibleDescription(how)

    def set_focus(self, on: bool) -> None:
        """The focus view: the drawing takes the legend's room (markers carry labels)."""
        self._focus = on
        if self._built:
            self._apply_focus()

    def _apply_focus(self) -> None:
        legend = getattr(self._picture, "legend", None)
        if isinstance(legend, QWidget):
            legend.setVisible(not self._focus)

    def open_record(self, table: str, record_id: str) -> RecordForm:
        """Show ``record_id`` of ``table`` in the details panel beside the chart."""
        form = self.details.show_record(table, record_id)
        if self.details.width() < 50 or sum(self.splitter.sizes()) <= 0:
            total = max(self.width(), 600)
            side = min(max(total // 3, 320), total // 2)
            self.splitter.setSizes([total - side, side])
        self.recordActivated.emit(table, record_id)
        return form

    def _details_closed(self) -> None:
        if self._picture is not None:
            self._picture.setFocus()

    def _stakeholder_activated(self, record_id: str) -> None:
        self.open_record("stakeholders", record_id)

    def _cell_activated(self, indicator_id: str, _source_id: str) -> None:
        """A cell of the coverage heatmap, or its row: the indicator is the record."""
        self.open_record("indicators", indicator_id)

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
