"""``mainstream-desktop smoke FILE``: open the window offscreen, draw every step page.

Each page is shown, laid out and rendered into an image (tables and pictures
included), and its time printed; any exception — raised, or swallowed by a Qt slot
and passed to ``sys.excepthook`` — makes the exit status non-zero.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from typing import TextIO


def run_smoke(path: str, out: TextIO = sys.stdout) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures: list[str] = []
    old_hook = sys.excepthook

    def hook(kind, value, tb) -> None:
        failures.append("".join(traceback.format_exception(kind, value, tb)))

    sys.excepthook = hook
    try:
        from mainstream_desktop.app.application import application
        from mainstream_desktop.app.main_window import MainWindow

        app = application()
        from PySide6.QtGui import QImage

        _quiet_offscreen_warnings()

        _print_dialogs(out)

        window = MainWindow()
        window.resize(1366, 768)
        window.show()
        refusal: list[str] = []
        if not window.open_path(path, refused=refusal.append) or window.workspace is None:
            # printed, never a message box: offscreen nobody could close it
            print(f"mainstream-desktop: {refusal[0] if refusal else path}", file=sys.stderr)
            return 1
        ws = window.workspace
        for index, title in enumerate(ws.titles):
            start = time.perf_counter()
            ws.show_page(index)
            page = ws.page(index)
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                app.processEvents()
                image = QImage(page.size(), QImage.Format.Format_ARGB32)
                page.render(image)
            page.tabs.setCurrentIndex(0)
            app.processEvents()
            ms = (time.perf_counter() - start) * 1000
            print(f"{title}  {ms:.1f} ms", file=out)
            if failures:
                break
        window.close()
        app.processEvents()
    except Exception:
        failures.append(traceback.format_exc())
    finally:
        sys.excepthook = old_hook
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


# What the offscreen platform says about every window it cannot resize for a window
# manager: true, harmless, and seven lines of noise in every smoke run.
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()",)


def _quiet_offscreen_warnings() -> None:
    """Drop the offscreen platform's own noise; every other Qt message still prints."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    previous = None

    def handler(kind: QtMsgType, context: object, text: str) -> None:
        if text in OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(kind, context, text)
        else:
            print(text, file=sys.stderr)

    previous = qInstallMessageHandler(handler)


def _print_dialogs(out: TextIO) -> None:
    """Message boxes print instead of waiting for a click: nobody answers them offscreen,
    and a refused file (a crafted workshop, say) must end the run, not hang it."""
    from PySide6.QtWidgets import QMessageBox

    def say(_parent: object, title: str, text: str, *_args: object, **_kw: object) -> object:
        print(f"{title}: {text}", file=sys.stderr)
        return QMessageBox.StandardButton.No

    for name in ("information", "warning", "critical", "question"):
        setattr(QMessageBox, name, say)
