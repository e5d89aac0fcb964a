"""What every step page has: a heading with its completeness, a collapsible guidance
panel (purpose and guiding questions from the reference data, and what is still
missing), and tabs holding its registers and pictures.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app import settings
from mainstream_desktop.app.document import Document
from mainstream_desktop.app.guidance import GuidanceBox
from mainstream_desktop.app.picture_host import PictureHost
from mainstream_desktop.app.record_form import RecordForm
from mainstream_desktop.app.register_view import RegisterView
from mainstream_desktop.core import refdata
from mainstream_desktop.core.completeness import StepCompleteness
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import registers_of_step


class StepPage(QWidget):
    """Base of the step pages; subclasses add their sections in :meth:`build`."""

    step = ""
    message = Signal(str)

    def __init__(self, doc: Document, title: str, parent: QWidget | None = None, *,
                 step: str | None = None):
        super().__init__(parent)
        if step is not None:  # a page with registers only: no class of its own
            self.step = step
        self.doc = doc
        self.title = title
        self.setObjectName(f"page_{self.step or 'deliverables'}")
        self.heading = QLabel(title, self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.progress = QLabel(self)
        self.guide_button = QToolButton(self)
        self.guide_button.setText(self.tr("Guidance"))
        self.guide_button.setCheckable(True)
        self.guide_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guide_button.setToolTip(self.tr("Show or hide the purpose and guiding questions "
                                             "(F1)"))
        self.guide_button.toggled.connect(self._toggle_guidance)

        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addSpacing(12)
        head.addWidget(self.progress, 1)
        head.addWidget(self.guide_button)

        # one widget: the text and its scrolling (named twice for the pages that use both)
        self.guidance = self.guidance_area = GuidanceBox(self)
        self.guidance.setAccessibleName(self.tr("Guidance"))
        self._refit_due = False

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # A splitter, so the facilitator can give the questions more room, or less.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.guidance_area)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False
        self._user_sized = False  # once the user drags the splitter, their choice stands
        self.splitter.splitterMoved.connect(self._dragged)
        self.box = QVBoxLayout(self)
        self.box.addLayout(head)
        self.box.addWidget(self.splitter, 1)
        self._missing: list[str] = []
        self._presenting = False
        self.build()
        self._fill_guidance()
        shown = settings.value("guidance_visible", "true") in (True, "true")
        self.guide_button.setChecked(shown)
        self._toggle_guidance(shown)

    def build(self) -> None:
        """Add the page's sections: a tab per register of the step, as the registers
        declare them (a singleton shows its one record as a form); subclasses add their
        pictures after these."""
        for reg in registers_of_step(self.step):
            title = translate("Register", reg.tab_label)
            if reg.singleton:
                self.add_form(reg.name, title)
            else:
                self.add_register(reg.name, title, reg.table_columns or None)

    # --- sections -----------------------------------------------------------------------

    def add_form(self, table: str, title: str) -> RecordForm:
        """The one record of a singleton register (the workshop), edited in place."""
        form = RecordForm(self.doc, table, self)
        form.setObjectName(f"register_{table}")
        form.show_record(self.doc.ws.records(table)[0]["id"])
        form.message.connect(self.message)
        self.tabs.addTab(form, title)
        return form

    def add_register(self, table: str, title: str, columns: tuple[str, ...] | None = None
                     ) -> RegisterView:
        view = RegisterView(self.doc, table, columns, self)
        view.setObjectName(f"register_{table}")
        view.message.connect(self.message)
        self.tabs.addTab(view, title)
        return view

    def add_picture(self, name: str, title: str, tables: set[str]) -> PictureHost:
        host = PictureHost(self.doc, name, tables, self)
        host.setObjectName(f"picture_{name}")
        host.message.connect(self.message)
        host.recordActivated.connect(self.select_record)
        self.tabs.addTab(host, title)
        return host

    def register_views(self) -> list[RegisterView]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())
                if isinstance(self.tabs.widget(i), RegisterView)]

    def current_register(self) -> RegisterView | None:
        current = self.tabs.currentWidget()
        return current if isinstance(current, RegisterView) else None

    def select_record(self, table: str, record_id: str) -> None:
        """Select a record in its register on this page (one activated in a picture)."""
        for view in self.register_views():
            if view.reg.name == table:
                view.select(record_id)
                return

    def show_record(self, table: str, record_id: str) -> bool:
        """Bring ``table``'s tab forward and select ``record_id`` in it (Find anything);
        False when this page has no tab for it or the record is gone."""
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if isinstance(widget, (RegisterView, RecordForm)) and widget.reg.name == table:
                self.tabs.setCurrentIndex(i)
                if isinstance(widget, RecordForm):
                    return widget.record_id == record_id
                widget.select(record_id)
                widget.table.setFocus()
                return widget.selected_id() == record_id
        return False

    def pictures(self) -> list[PictureHost]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())
                if isinstance(self.tabs.widget(i), PictureHost)]

    # --- guidance and completeness -------------------------------------------------------

    def _fill_guidance(self) -> None:
        if not self.step:
            self.guidance_area.hide()
            self.guide_button.hide()
            return
        purpose = f"<p>{escape(refdata.step_purpose(self.step))}</p>"
        parts = [] if self._presenting else [purpose]
        questions = refdata.guiding_questions(self.step)
        if questions:
            parts.append("<p><b>{}</b></p><ol style='margin-top:0'>{}</ol>".format(
                escape(self.tr("Guiding questions")),
                "".join(f"<li>{escape(q)}</li>" for q in questions)))
        if self._presenting:  # on the projector the questions come first
            parts.append(purpose)
        if self._missing:
            parts.append("<p><b>{}</b> {}</p>".format(
                escape(self.tr("Still to do:")), escape("; ".join(self._missing))))
        self.guidance.setText("".join(parts))

    def _toggle_guidance(self, shown: bool) -> None:
        self.guidance_area.setVisible(shown and bool(self.step))
        self.guide_button.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)
        if self.isVisible():
            settings.set_value("guidance_visible", "true" if shown else "false")

    def set_presentation(self, on: bool) -> None:
        """On the projector the guiding questions lead and get more of the page."""
        if on != self._presenting:
            self._presenting = on
            self._user_sized = False
            self._fill_guidance()
            self._sized = False
            if self.isVisible():  # after the larger font's layout (or the resize, below)
                QTimer.singleShot(50, self, self._refit)

    def _refit(self) -> None:
        if not self._sized:
            self.fit_guidance()

    def fit_guidance(self) -> None:
        """Give the guidance what it needs, but at most a quarter of the page (nearly half
        in presentation mode), always a whole number of its lines."""
        self._sized = True
        box = self.guidance
        total = self.splitter.height()
        cap = int(total * (0.45 if self._presenting else 0.25))
        self._set_lines(min(box.line_count(), box.lines_for(cap)))

    def _set_lines(self, lines: int) -> None:
        total = self.splitter.height()
        top = self.guidance.lines_height(lines)
        self.splitter.setSizes([top, max(total - top, 100)])

    def _dragged(self, pos: int, index: int) -> None:
        """The user's choice stands, rounded to whole lines."""
        self._user_sized = True
        box = self.guidance
        if box.isVisible() and box.height() != box.lines_height(box.lines_for(box.height())):
            self._set_lines(box.lines_for(box.height()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and not self._refit_due:
            self._refit_due = True  # once the zoom's re-polish is over
            QTimer.singleShot(0, self, self._refit_lines)

    def _refit_lines(self) -> None:
        """The text's font changed (zoom): the same share of the page in the new lines."""
        self._refit_due = False
        if self.isVisible():
            if self._user_sized:
                self._set_lines(self.guidance.lines_for(self.guidance.height()))
            else:
                self.fit_guidance()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:
            self.fit_guidance()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Going in or out of full screen re-wraps the text: fit it again to whole lines.
        if self.isVisible() and (not self._sized or not self._user_sized):
            self.fit_guidance()

    def set_completeness(self, sc: StepCompleteness | None) -> None:
        if sc is None:
            self.progress.setText("")
            return
        self.progress.setText(self.tr("{done} of {total} checks done").format(
            done=sc.done, total=sc.total))
        self.progress.setToolTip("\n".join(sc.missing))
        if sc.missing != self._missing:
            self._missing = sc.missing
            self._fill_guidance()

    def set_overview(self, steps: dict[str, StepCompleteness], titles: dict[str, str]) -> None:
        """Every step's completeness: only the deliverables page (no step of its own) shows it."""

    def shutdown(self) -> None:
        """Before the workshop closes: cancel any work the page runs, and wait for it."""
