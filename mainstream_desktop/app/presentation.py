"""Presentation mode: full screen, larger type, only the navigator and the current step.

What the projector shows is what a room of 20–60 people has to read, so everything
else (menus, toolbars, status bar) goes away and the type grows by half; F11 or Esc
brings the window back as it was. The window's actions are also added to the window
itself, so their shortcuts keep working while the menu bar is hidden.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMainWindow, QToolBar, QWidget

SCALE = 1.5


class Presentation:
    """Switches a main window in and out of presentation mode."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self.active = False
        self._was_maximized = False
        self._hidden: list[QWidget] = []

    def toggle(self) -> None:
        self.set_active(not self.active)

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        w = self.window
        base = QApplication.font()
        if on:
            self._was_maximized = w.isMaximized()
            bars: list[QWidget] = [w.menuBar(), w.statusBar(), *w.findChildren(QToolBar)]
            self._hidden = [b for b in bars if b.isVisible()]
            for b in self._hidden:
                b.hide()
            font = base
            font.setPointSizeF(base.pointSizeF() * SCALE)
            w.setFont(font)
            w.showFullScreen()
        else:
            w.setFont(QApplication.font())
            for b in self._hidden:
                b.show()
            self._hidden = []
            if self._was_maximized:
                w.showMaximized()
            else:
                w.showNormal()

    def replace(self, old: QWidget, new: QWidget) -> None:
        """``new`` (a menu bar rebuilt in another language) is shown again in ``old``'s
        place when presentation ends."""
        self._hidden = [new if b is old else b for b in self._hidden]
