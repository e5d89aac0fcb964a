"""View ▸ Language: the interface language, chosen in the window, remembered, applied at once.

The choice is kept in the settings and used at the next start (MAINSTREAM_DESKTOP_LANG
still overrides it). Applying it re-installs the translators and rebuilds what shows
text: the menus and toolbar, the welcome screen, and the open workshop's pages, in
place — the file stays open, on the same step, with the same selections; a field being
edited is committed first and a new record not yet added is carried over.

The language of the deliverables is the workshop's own setting and is not touched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from mainstream_desktop.app import settings
from mainstream_desktop.app.application import (
    LANGUAGE_KEY,
    LANGUAGES,
    application,
    chosen_language,
    forced_language,
    install_translations,
    system_language,
)
from mainstream_desktop.core import i18n


def initial_choice() -> str:
    """What the menu checks at start: the forced or chosen language, "" for the system's."""
    return forced_language() or chosen_language()


def language_menu(window: QMainWindow, current: str, apply: Callable[[str], None]) -> QMenu:
    """The menu: "System default", then each language in its own name, ``current`` checked;
    choosing one calls ``apply(code)`` ("" for the system's language)."""
    menu = QMenu(QCoreApplication.translate("Menu", "&Language"), window)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    entries = [("", QCoreApplication.translate("Menu", "System default")), *LANGUAGES]
    for code, name in entries:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setData(code)
        action.setChecked(code == current)
        action.triggered.connect(lambda _checked=False, c=code: apply(c))
        group.addAction(action)
        menu.addAction(action)
        if not code:
            menu.addSeparator()
    return menu


def switch_language(code: str) -> bool:
    """Remember ``code`` ("" = the system's) and install its translators now; True when the
    interface language changed (the window then rebuilds its texts)."""
    settings.set_value(LANGUAGE_KEY, code)
    lang = code or system_language()
    if lang == i18n.current_language():
        return False
    install_translations(application(), lang)
    return True


def checked_language(menu: QMenu) -> str | None:
    """The code checked in a language menu (tests and the window's state)."""
    for action in menu.actions():
        if action.isCheckable() and action.isChecked():
            return str(action.data())
    return None


def retranslate_window(window) -> None:
    """Rebuild what ``window`` (a MainWindow) shows in the language now installed: its
    menus and toolbar, the welcome screen, and the open workshop's pages in place."""
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()  # a field being edited is committed first, in the old form
    window._remake_actions()
    welcome = window._welcome
    if welcome is not None:
        showing = window.central.currentWidget() is welcome
        window.central.removeWidget(welcome)
        welcome.deleteLater()
        window._welcome = None
        if showing:
            window.central.setCurrentWidget(window.welcome)
    if window.workspace is not None and window.doc is not None:
        rebuild_workspace(window)
    window._update_state()
    if window.saved_at is not None:
        window._saved(window.saved_at)


def rebuild_workspace(window) -> None:
    """The open workshop's pages again, on the same step with the same selections, the
    new record being typed and the deliverables' options (an export being written is
    left to finish first)."""
    from mainstream_desktop.app.pages import DELIVERABLES
    from mainstream_desktop.app.workspace import Workspace

    old: Workspace = window.workspace
    if old is None or window.doc is None:
        return
    deliverables = old._pages[DELIVERABLES]
    if deliverables is not None and deliverables.busy():
        deliverables.worker.finished.connect(lambda: rebuild_workspace(window),
                                             Qt.ConnectionType.SingleShotConnection)
        return
    state = old.state()
    old.shutdown()
    window.central.removeWidget(old)
    old.deleteLater()
    window._show_workspace(window.doc)
    window.workspace.set_presentation(window.presentation.active)
    window.workspace.restore(state)
