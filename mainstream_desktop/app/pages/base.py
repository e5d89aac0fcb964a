"""What every step page has: a heading with its completeness, a collapsible guidance
panel (purpose and guiding questions from the reference data, and what is still
missing), and tabs holding its registers and pictures.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app import settings
from mainstream_desktop.app.document import Document
from mainstream_desktop.app.picture_host import PictureHost
from mainstream_desktop.app.register_view import RegisterView
from mainstream_desktop.core import refdata
from mainstream_desktop.core.completeness import StepCompleteness


class StepPage(QWidget):
    """Base of the step pages; subclasses add their sections in :meth:`build`."""

    step = ""
    message = Signal(str)

    def __init__(self, doc: Document, title: str, parent: QWidget | None = None):
        super().__init__(parent)
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

        self.guidance = QLabel(self)
        self.guidance.setObjectName("guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setContentsMargins(8, 4, 8, 4)
        self.guidance.setTextFormat(Qt.TextFormat.RichText)
        self.guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guidance_area = QScrollArea(self)
        self.guidance_area.setWidget(self.guidance)
        self.guidance_area.setWidgetResizable(True)
        self.guidance_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.guidance_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.guidance_area.setBackgroundRole(self.palette().ColorRole.AlternateBase)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # A splitter, so the facilitator can give the questions more room, or less.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.guidance_area)
        self.splitter.addWidget(self.tabs)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False
        self.box = QVBoxLayout(self)
        self.box.addLayout(head)
        self.box.addWidget(self.splitter, 1)
        self._missing: list[str] = []
        self.build()
        self._fill_guidance()
        shown = settings.value("guidance_visible", "true") in (True, "true")
        self.guide_button.setChecked(shown)
        self._toggle_guidance(shown)

    def build(self) -> None:
        """Add the page's sections (registers, pictures)."""

    # --- sections -----------------------------------------------------------------------

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
        self.tabs.addTab(host, title)
        return host

    def register_views(self) -> list[RegisterView]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())
                if isinstance(self.tabs.widget(i), RegisterView)]

    def current_register(self) -> RegisterView | None:
        current = self.tabs.currentWidget()
        return current if isinstance(current, RegisterView) else None

    def pictures(self) -> list[PictureHost]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())
                if isinstance(self.tabs.widget(i), PictureHost)]

    # --- guidance and completeness -------------------------------------------------------

    def _fill_guidance(self) -> None:
        if not self.step:
            self.guidance_area.hide()
            self.guide_button.hide()
            return
        parts = [f"<p>{escape(refdata.step_purpose(self.step))}</p>"]
        questions = refdata.guiding_questions(self.step)
        if questions:
            parts.append("<p><b>{}</b></p><ol style='margin-top:0'>{}</ol>".format(
                escape(self.tr("Guiding questions")),
                "".join(f"<li>{escape(q)}</li>" for q in questions)))
        if self._missing:
            parts.append("<p><b>{}</b> {}</p>".format(
                escape(self.tr("Still to do:")), escape("; ".join(self._missing))))
        self.guidance.setText("".join(parts))

    def _toggle_guidance(self, shown: bool) -> None:
        self.guidance_area.setVisible(shown and bool(self.step))
        self.guide_button.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)
        if self.isVisible():
            settings.set_value("guidance_visible", "true" if shown else "false")

    def fit_guidance(self) -> None:
        """Give the guidance what it needs, but at most a quarter of the page."""
        width = self.guidance_area.viewport().width() or self.width()
        wanted = self.guidance.heightForWidth(width) + 2 * self.guidance_area.frameWidth() + 4
        total = self.splitter.height()
        top = max(60, min(wanted, total // 4))
        self.splitter.setSizes([top, max(total - top, 100)])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:
            self._sized = True
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
