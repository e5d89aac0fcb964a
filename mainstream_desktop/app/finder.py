"""The window's side of Find anything: keep the search index, open the box, jump.

Jumping to a hit shows the step page of its register, that register's tab, and selects
its row (a singleton's tab shows its one record), as if the user had walked there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from mainstream_desktop.app.document import Document
from mainstream_desktop.core.registers import register
from mainstream_desktop.core.search import Hit, SearchIndex


class Finder(QObject):
    """Owned by the main window; the index lives until the workshop changes or closes."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self._index: SearchIndex | None = None
        self._doc: Document | None = None

    def index(self) -> SearchIndex | None:
        doc: Document | None = getattr(self.window, "doc", None)
        if doc is None or doc.closed:
            return None
        if self._index is None or self._doc is not doc:
            if self._doc is not doc:
                doc.changed.connect(self._forget)
            self._doc = doc
            self._index = SearchIndex(doc.ws)
        return self._index

    def _forget(self, *_args: object) -> None:
        self._index = None

    def open(self) -> None:
        from mainstream_desktop.app.search_dialog import SearchDialog

        index = self.index()
        if index is None:
            return
        dialog = SearchDialog(index, self.window)
        dialog.chosen.connect(self.jump)
        dialog.exec()
        dialog.deleteLater()

    def jump(self, hit: Hit) -> bool:
        """Show ``hit``'s record where it lives; False when it is no longer there."""
        from mainstream_desktop.app.pages import PAGES

        workspace = getattr(self.window, "workspace", None)
        if workspace is None:
            return False
        steps = [p.step for p in PAGES]
        step = register(hit.register).step
        if step not in steps:
            return False
        index = steps.index(step)
        workspace.show_page(index)
        return workspace.page(index).show_record(hit.register, hit.record_id)
