"""The navigator and the step pages of one open workshop.

Pages are built the first time they are shown; completeness is recomputed once per
burst of edits (a zero-delay timer coalesces them) and shown in the navigator and on
each page.

In presentation mode the workspace becomes the focus view: the navigator shrinks to the
steps' numbers and bars, the page's heading row, its guidance and the pictures' legends
step aside so the current
picture or register fills the projector, and a :class:`FocusBar` shows the step's name
and the one question being discussed (Ctrl+, and Ctrl+. move between questions).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app import a11y
from mainstream_desktop.app.document import Document
from mainstream_desktop.app.focus_bar import FocusBar
from mainstream_desktop.app.navigator import Navigator
from mainstream_desktop.app.pages import PAGES, StepPage, page_titles
from mainstream_desktop.core.completeness import StepCompleteness, completeness

BANNER_STYLE = ("color: #5c3b00; background: #fff4d6; border: 1px solid #e0b84c; "
                "border-radius: 3px; padding: 6px 10px;")


def read_only_banner(holder: str, parent: QWidget) -> QLabel:
    """The strip that says, on every page, that this view cannot change the file."""
    banner = QLabel(parent)
    banner.setObjectName("readOnlyBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(BANNER_STYLE)
    head = QCoreApplication.translate("ReadOnly", "Read-only — held by {holder}.").format(
        holder=holder)
    rest = QCoreApplication.translate(
        "ReadOnly", "You see the workshop as it was when you opened it. Exports work; nothing "
        "can be changed. To edit, close it in the other window, then open it again.")
    banner.setText(f"<b>{escape(head)}</b> {escape(rest)}")
    return banner


def two_lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` wrapped at ``width`` into at most two lines, the second elided ("…")."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        if len(lines) == 1:
            rest = " ".join(words[i:])
            lines.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
            return "\n".join(lines)
        current = word
    lines.append(current)
    first = lines[0]
    if metrics.horizontalAdvance(first) > width:  # one long word: cut it too
        lines[0] = metrics.elidedText(first, Qt.TextElideMode.ElideRight, width)
    return "\n".join(lines)


class TitleLabel(QLabel):
    """The workshop's title above the navigator: two lines at most, the rest elided; the
    whole title in the tooltip and for screen readers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""

    def set_title(self, title: str) -> None:
        self._full = title
        self.setToolTip(title)
        self.setAccessibleName(title)
        self._fit()

    def _fit(self) -> None:
        width = max(40, self.contentsRect().width())
        super().setText(two_lines(self._full, self.fontMetrics(), width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()


@dataclass
class ViewState:
    """What the user had in one register: the selection, the search, a new record typed
    but not yet added."""

    selected: str | None = None
    search: str = ""
    new_values: dict[str, Any] | None = None


@dataclass
class WorkspaceState:
    """Where the user was, so the workspace can be rebuilt (in another language) in place."""

    index: int = 0
    tabs: dict[int, int] = field(default_factory=dict)  # built page → its current tab
    views: dict[str, ViewState] = field(default_factory=dict)  # register → its state
    options: dict[str, Any] | None = None  # the deliverables page's choices


class Workspace(QWidget):
    """Navigator on the leading side, the current step's page beside it."""

    message = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        a11y.name_late_widgets()  # widgets made after their page was shown get names too
        self.titles = page_titles()
        self.navigator = Navigator(self.titles, self)
        self.stack = QStackedWidget(self)
        self._pages: list[StepPage | None] = [None] * len(PAGES)
        self._presenting = False
        for _ in PAGES:
            self.stack.addWidget(QWidget(self.stack))
        # The workshop's title stays in view even in presentation mode (no title bar there).
        self.title_label = TitleLabel(self)
        self.title_label.setObjectName("workshopTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        # Ignored: the navigator alone decides the column's width; the title wraps within it.
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._update_title()
        # Bound methods, not lambdas: a workspace rebuilt in another language (the document
        # staying open) must not leave its old self connected to the document.
        doc.changed.connect(self._doc_changed)
        column = QVBoxLayout()
        column.addWidget(self.title_label)
        column.addWidget(self.navigator, 1)
        self.focus_bar = FocusBar(self)
        self.focus_bar.hide()
        right = QVBoxLayout()
        right.addWidget(self.focus_bar)
        right.addWidget(self.stack, 1)
        row = QHBoxLayout()
        row.addLayout(column)
        row.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.banner: QLabel | None = None
        if doc.readonly:
            self.banner = read_only_banner(doc.holder, self)
            outer.addWidget(self.banner)
        outer.addLayout(row, 1)
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh_completeness)
        self.navigator.currentRowChanged.connect(self.show_page)
        self._completeness: dict[str, StepCompleteness] = {}
        self.refresh_completeness()
        # The first page is built in the next turn of the event loop: the window draws its
        # navigator first, and opening a workshop never holds the UI thread for the whole
        # of it at once (issue 16). Asked for before then (page(), show_page()), it is
        # built at once as before.
        self.navigator.blockSignals(True)
        self.navigator.setCurrentRow(0)
        self.navigator.blockSignals(False)
        QTimer.singleShot(0, self, self._show_first)

    def _show_first(self) -> None:
        if self.doc.closed:  # closed again at once (a test, a file replaced): nothing to show
            return
        index = max(self.current_index(), 0)
        if self.stack.currentWidget() is not self._pages[index]:
            self.show_page(index)

    def _doc_changed(self, tables: set[str]) -> None:
        if "workshop" in tables:
            self._update_title()
        self._pending.start()

    def _update_title(self) -> None:
        if not self.doc.closed:
            self.title_label.set_title(self.doc.title())

    def page(self, index: int) -> StepPage:
        """The page at ``index``, built on first use."""
        page = self._pages[index]
        if page is None:
            page = PAGES[index](self.doc, self.titles[index], self.stack)
            page.message.connect(self.message)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[index] = page
            page.set_presentation(self._presenting)
            self._focus_page(page)
            page.tabs.currentChanged.connect(lambda _i, p=page: self._name_later(p))
            self._name_later(page)
            self._update_page(page)
        return page

    def _update_page(self, page: StepPage) -> None:
        if page.step:
            page.set_completeness(self._completeness.get(page.step))
        else:
            titles = {p.step: t for p, t in zip(PAGES, self.titles, strict=True) if p.step}
            page.set_overview(self._completeness, titles)

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(PAGES):
            return
        page = self.page(index)
        self.stack.setCurrentWidget(page)
        if self.navigator.currentRow() != index:
            self.navigator.setCurrentRow(index)
        self.focus_bar.set_step(page.step, self.titles[index])

    def current_index(self) -> int:
        return self.navigator.currentRow()

    def current_page(self) -> StepPage:
        return self.page(max(self.current_index(), 0))

    def shutdown(self) -> None:
        """Before the workshop closes: no work left running in a page, no recount pending."""
        for page in self._pages:
            if page is not None:
                page.shutdown()
        self._pending.stop()

    def state(self) -> WorkspaceState:
        """The current step, each built page's tab, each register's selection, search and
        unfinished new record, and the deliverables' options."""
        state = WorkspaceState(index=max(self.current_index(), 0))
        for index, page in enumerate(self._pages):
            if page is None:
                continue
            state.tabs[index] = page.tabs.currentIndex()
            for view in page.register_views():
                if not view._built:  # never shown: nothing to keep
                    continue
                new = view.form.values() if view.form.mode == "new" else None
                state.views[view.reg.name] = ViewState(view.selected_id(), view.search.text(),
                                                       new)
            options = getattr(page, "options", None)
            if callable(options):
                state.options = options()
        return state

    def restore(self, state: WorkspaceState) -> None:
        """Bring a freshly built workspace back to ``state`` (see :meth:`state`)."""
        for index, tab in state.tabs.items():
            page = self.page(index)
            page.tabs.setCurrentIndex(tab)
            for view in page.register_views():
                saved = state.views.get(view.reg.name)
                if saved is None:
                    continue
                view.search.setText(saved.search)
                if saved.selected:
                    view.select(saved.selected)
                if saved.new_values is not None:
                    view.start_new()
                    for name, value in saved.new_values.items():
                        view.form.editors[name].set_value(value)
            restore_options = getattr(page, "restore_options", None)
            if state.options is not None and callable(restore_options):
                restore_options(state.options)
        self.show_page(state.index)

    def refresh_completeness(self) -> None:
        if self.doc.closed:
            return
        self._completeness = completeness(self.doc.ws)
        steps = [self._completeness.get(p.step) for p in PAGES]
        self.navigator.set_completeness(steps)
        for page in self._pages:
            if page is not None:
                self._update_page(page)

    def set_presentation(self, on: bool) -> None:
        """The focus view: the current step's picture or register fills the screen under
        the one question being discussed; the navigator comes back when it ends."""
        self._presenting = on
        self.title_label.setVisible(not on)
        self.navigator.set_compact(on)
        self.focus_bar.setVisible(on)
        for page in self._pages:
            if page is not None:
                page.set_presentation(on)
                self._focus_page(page)
        if on:
            self.focus_bar.set_step(self.current_page().step,
                                    self.titles[max(self.current_index(), 0)])

    def _focus_page(self, page: StepPage) -> None:
        """Hide (or bring back) what the focus view leaves out of a page: its heading row
        (the focus bar names the step), the full guidance and the pictures' legends."""
        on = self._presenting
        for widget in (page.heading, page.progress):
            widget.setVisible(not on)
        page.guide_button.setVisible(not on and bool(page.step))
        page.guidance_area.setVisible(not on and page.guide_button.isChecked()
                                      and bool(page.step))
        for host in page.pictures():
            host.set_focus(on)

    def _name_later(self, page: StepPage) -> None:
        """Accessible names for what the page shows, once its tab has been built."""
        QTimer.singleShot(0, page, lambda: a11y.name_widgets(page))

    def next_question(self) -> None:
        if self._presenting:
            self.focus_bar.next_question()

    def previous_question(self) -> None:
        if self._presenting:
            self.focus_bar.previous_question()
