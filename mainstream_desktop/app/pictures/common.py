"""What every picture shares: the "nothing to show yet" state and the legend.

A picture is a frame that shows either the drawing or a friendly message (an empty
workshop is the first thing a new user sees, so it must explain, not look broken).
The legend is made of ordinary labels, so it follows the widget's font (presentation
mode enlarges it), wraps long type names and mirrors under right-to-left layouts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.core.store import Workshop

Swatch = Callable[[QPainter, QPointF, float], None]


class PictureFrame(QWidget):
    """Base of the pictures: holds the workshop and switches drawing ↔ message."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._ws: Workshop | None = None
        self._stack = QStackedLayout(self)
        self._body = QWidget(self)
        self._message = QLabel(self)
        self._message.setObjectName("pictureEmptyMessage")
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setMargin(24)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._stack.addWidget(self._body)
        self._stack.addWidget(self._message)

    @property
    def workshop(self) -> Workshop | None:
        return self._ws

    def set_workshop(self, ws: Workshop | None) -> None:
        """Show ``ws`` (or nothing, for no open workshop) and draw it."""
        self._ws = ws
        self.refresh()

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def message_text(self) -> str:
        """The message shown instead of the picture ('' when the picture shows)."""
        return self._message.text() if self._stack.currentWidget() is self._message else ""

    def show_message(self, headline: str, hint: str) -> None:
        self._message.setText(f"{headline}\n\n{hint}" if hint else headline)
        self._stack.setCurrentWidget(self._message)

    def show_picture(self) -> None:
        self._stack.setCurrentWidget(self._body)

    def no_workshop_message(self) -> None:
        self.show_message(QCoreApplication.translate("PictureFrame", "Nothing to show yet."),
                          QCoreApplication.translate("PictureFrame", "Open or create a workshop."))


class _SwatchBox(QWidget):
    """A small painted square that draws one legend symbol, sized by the font."""

    def __init__(self, swatch: Swatch, parent: QWidget | None = None):
        super().__init__(parent)
        self._swatch = swatch
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        side = int(self.fontMetrics().height() * 1.3)
        return QSize(int(side * 1.4), side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.rect()
        self._swatch(painter, QPointF(r.center()) + QPointF(0.5, 0.5),
                     self.fontMetrics().height() * 0.38)


class Legend(QScrollArea):
    """A titled column of (symbol, text) rows; rebuilt only when its entries change."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pictureLegend")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._key: tuple = ()
        self._inner = QWidget()
        self._rows = QVBoxLayout(self._inner)
        self._rows.setContentsMargins(6, 6, 6, 6)
        self._rows.setSpacing(4)
        self.setWidget(self._inner)

    def set_sections(self, sections: Sequence[tuple[str, Sequence[tuple[str, str, Swatch]]]],
                     ) -> None:
        """Sections of (title, [(key, text, swatch)]); unchanged entries cost nothing."""
        key = tuple((title, tuple((k, text) for k, text, _ in rows)) for title, rows in sections)
        if key == self._key:
            return
        self._key = key
        while self._rows.count():
            item = self._rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for title, rows in sections:
            if not rows:
                continue
            heading = QLabel(title)
            heading.setObjectName("pictureLegendTitle")
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setWordWrap(True)
            self._rows.addWidget(heading)
            for _key, text, swatch in rows:
                row = QWidget()
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                line.setSpacing(6)
                line.addWidget(_SwatchBox(swatch), 0, Qt.AlignmentFlag.AlignTop)
                label = QLabel(text)
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                line.addWidget(label, 1)
                self._rows.addWidget(row)
            self._rows.addSpacing(8)
        self._rows.addStretch(1)

    def texts(self) -> list[str]:
        """The legend's texts, in order (for tests and accessibility checks)."""
        return [label.text() for label in self._inner.findChildren(QLabel)]

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().horizontalAdvance("M")
        return QSize(em * 16, super().sizeHint().height())
