"""The QApplication: style, fonts and colours (``app.look``), translations, layout
direction; and the window's event loop.

Translations are wired once here: Qt's own catalogue (dialog buttons), ours, and the
core's ``tr`` hook, so the core's labels and messages come out of the same catalogues.
"""

from __future__ import annotations

import os
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from mainstream_desktop.core import i18n
from mainstream_desktop.locations import resource

RTL_LANGUAGES = i18n.RTL_LANGUAGES
_translators: list[QTranslator] = []


# The View ▸ Language menu: each language as its speakers call it (never translated, so a
# user lost in a language they cannot read still finds their own).
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"), ("fr", "Français"), ("es", "Español"), ("ru", "Русский"),
    ("zh", "中文"), ("ar", "العربية"), ("pt", "Português"))
LANGUAGE_KEY = "language"  # the settings key of the chosen language ("" = the system's)


def system_language() -> str:
    return QLocale.system().name().split("_")[0] or "en"


def chosen_language() -> str:
    """The language picked in View ▸ Language, or "" to follow the system."""
    from mainstream_desktop.app import settings

    value = settings.value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in dict(LANGUAGES) else ""


def forced_language() -> str:
    """MAINSTREAM_DESKTOP_LANG's language, or "": it overrides the menu's choice."""
    return os.environ.get("MAINSTREAM_DESKTOP_LANG", "").split("_")[0]


def language() -> str:
    """The interface language: MAINSTREAM_DESKTOP_LANG, else the one chosen in
    View ▸ Language, else the system locale."""
    return forced_language() or chosen_language() or system_language()


# Qt ships its own dialogs' catalogues under regional names for some languages
QT_CATALOGUE = {"zh": "zh_CN", "pt": "pt_BR"}


def qt_translator(app: QApplication, lang: str) -> QTranslator | None:
    """Qt's own catalogue (file dialogs, message-box buttons) for ``lang``, if shipped."""
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return qt if qt.load(f"qtbase_{QT_CATALOGUE.get(lang, lang)}", folder) else None


def install_translations(app: QApplication, lang: str) -> None:
    """Load Qt's and our catalogues for ``lang`` and route the core's tr() through Qt."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if lang != "en":
        qt = qt_translator(app, lang)
        if qt is not None:
            app.installTranslator(qt)
            _translators.append(qt)
        ours = QTranslator(app)
        qm = resource("translations", f"mainstream_desktop_{lang}.qm")
        if qm.exists() and ours.load(str(qm)):
            app.installTranslator(ours)
            _translators.append(ours)
    i18n.set_translator(QCoreApplication.translate if lang != "en" else None, lang)
    direction = Qt.LayoutDirection.RightToLeft if lang in RTL_LANGUAGES else (
        Qt.LayoutDirection.LeftToRight)
    app.setLayoutDirection(direction)


def application() -> QApplication:
    """The one QApplication, created with the Fusion style on first use."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setOrganizationName("Mainstream Desktop")
    QCoreApplication.setApplicationName("Mainstream Desktop")
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from mainstream_desktop.app import look

    look.apply(app)  # the bundled Noto fonts, the calm colours, a visible focus
    app.setApplicationDisplayName("Mainstream Desktop")
    # the icon of the window and task bar; the desktop entry's name ties the window to the
    # menu entry and its icon under Wayland (packaging/linux/)
    app.setWindowIcon(QIcon(str(resource("icons", "mainstream-desktop-256.png"))))
    app.setDesktopFileName("org.mainstream.Desktop")
    install_translations(app, language())
    return app


def _report_unexpected(kind, value, tb) -> None:
    """A bug in a slot: keep the traceback on stderr, tell the user, keep running.

    Every edit is already committed, so nothing typed before the error is lost.
    """
    traceback.print_exception(kind, value, tb)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(QApplication.activeWindow(),
                         QCoreApplication.translate("Application", "Unexpected error"),
                         QCoreApplication.translate(
                             "Application", "Something went wrong: {error}\n\nEverything up to "
                             "your last change is saved in the workshop file.").format(
                                 error=f"{kind.__name__}: {value}"))


def _keep_stderr() -> None:
    """A bundle built without a console (Windows, macOS .app) has no stderr: send what
    would go there (tracebacks of unexpected errors) to the log in the data folder."""
    if sys.stderr is not None:
        return
    from mainstream_desktop.core import userdirs
    from mainstream_desktop.core.errors import UserError

    try:
        sys.stderr = open(userdirs.log_file(), "a", encoding="utf-8")  # noqa: SIM115
    except (OSError, UserError):
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def run_window(path: str | None) -> int:
    """Show the main window, open ``path`` if given, and run the event loop."""
    _keep_stderr()
    app = application()
    sys.excepthook = _report_unexpected
    from mainstream_desktop.app.main_window import MainWindow

    window = MainWindow()
    app.aboutToQuit.connect(window.close)  # so the workshop is closed (and backed up) cleanly
    window.show()
    if path:
        window.begin_open(path)  # the window shows at once; the workshop when checked
    if os.environ.get("MAINSTREAM_DESKTOP_EXIT_AFTER_START"):
        # measuring start-up (tests/test_bundle.py): quit once the loop has drawn the window
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    return app.exec()
