"""Presentation mode: full screen, larger type, only the navigator and the current step.

What the projector shows is what a room of 20–60 people has to read, so everything
else (menus, toolbars, status bar) goes away, the type grows by half (on top of the
user's zoom, see ``app.zoom``) and the colours switch to the presentation look (darker
text on white: pale tints wash out on a projector). F11 or Esc brings the window back
as it was. The window's actions are also added to the window
itself, so their shortcuts keep working while the menu bar is hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from mainstream_desktop.app import icons, look
from mainstream_desktop.app.zoom import Zoom


class Presentation:
    """Switches a main window in and out of presentation mode."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self.active = False
        self._was_maximized = False
        self._hidden: list[QWidget] = []
        self.zoom = Zoom(window)

    def toggle(self) -> None:
        self.set_active(not self.active)

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.active = on
        w = self.window
        if on:
            self._was_maximized = w.isMaximized()
            bars: list[QWidget] = [w.menuBar(), w.statusBar(), *w.findChildren(QToolBar)]
            self._hidden = [b for b in bars if b.isVisible()]
            for b in self._hidden:
                b.hide()
            w.setStyleSheet(look.stylesheet(look.PRESENTATION))
            w.setPalette(look.palette(look.PRESENTATION))
            self.zoom.set_presenting(True)
            w.showFullScreen()
        else:
            w.setStyleSheet("")
            w.setPalette(QPalette())  # the application's again
            self.zoom.set_presenting(False)
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


def add_view_actions(window: QMainWindow, actions: dict[str, QAction],
                     zoom: Zoom, workspace: Callable[[], Any]) -> None:
    """Zoom (every page) and the focus view's question keys, in the View menu beside
    Presentation mode; on the window too, so they work with the menu bar hidden."""
    from mainstream_desktop.app.actions import make_action

    def on_workspace(name: str) -> Callable[[], None]:
        def run() -> None:
            ws = workspace()
            if ws is not None:
                getattr(ws, name)()
        return run

    new = {
        "zoom_in": make_action(window, QCoreApplication.translate("Zoom", "Zoom &in"),
                               zoom.zoom_in, None),
        "zoom_out": make_action(window, QCoreApplication.translate("Zoom", "Zoom &out"),
                                zoom.zoom_out, None),
        "zoom_reset": make_action(window, QCoreApplication.translate("Zoom", "&Actual size"),
                                  zoom.reset, "Ctrl+0"),
        "prev_question": make_action(
            window, QCoreApplication.translate("Zoom", "Pre&vious question"),
            on_workspace("previous_question"), "Ctrl+,"),
        "next_question": make_action(
            window, QCoreApplication.translate("Zoom", "Next &question"),
            on_workspace("next_question"), "Ctrl+."),
    }
    # Ctrl+= and Ctrl++ both zoom in (the "+" needs Shift on most keyboards)
    new["zoom_in"].setShortcuts(_distinct(
        QKeySequence("Ctrl+="), QKeySequence("Ctrl++"),
        *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)))
    new["zoom_out"].setShortcuts(_distinct(
        QKeySequence("Ctrl+-"), *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)))
    new["presentation"] = actions["presentation"]
    new["presentation"].setIcon(icons.icon("presentation"))
    actions.update(new)
    menu = next((m for m in actions["presentation"].associatedObjects() if isinstance(m, QMenu)),
                None)
    if menu is None:
        return
    anchor = actions["guidance"]
    for name in ("prev_question", "next_question"):
        menu.insertAction(anchor, actions[name])
    separator = menu.insertSeparator(anchor)
    for name in ("zoom_in", "zoom_out", "zoom_reset"):
        menu.insertAction(separator, actions[name])


def _distinct(*keys: QKeySequence) -> list[QKeySequence]:
    """Each key once: a key bound twice on one action is ambiguous and does nothing."""
    out: list[QKeySequence] = []
    for key in keys:
        if not key.isEmpty() and key not in out:
            out.append(key)
    return out
