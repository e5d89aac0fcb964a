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
from collections.abc import Callable
from typing import TextIO


def run_smoke(path: str, out: TextIO = sys.stdout) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures: list[str] = []
    old_hook = sys.excepthook

    def hook(kind, value, tb) -> None:
        failures.append("".join(traceback.format_exception(kind, value, tb)))

    sys.excepthook = hook
    undo: list[Callable[[], None]] = []  # what the run changed in the process, put back
    try:
        from mainstream_desktop.app.application import application
        from mainstream_desktop.app.main_window import MainWindow

        app = application()
        from PySide6.QtGui import QImage

        undo.append(_quiet_offscreen_warnings())
        undo.append(_print_dialogs(out))

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
        # run inside another program (the tests), message boxes that still answered No
        # later made a dialog wait forever for a click that never came
        for step in reversed(undo):
            step()
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


# What the offscreen platform says about every window it cannot resize for a window
# manager: true, harmless, and seven lines of noise in every smoke run.
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()",)


def _quiet_offscreen_warnings() -> Callable[[], None]:
    """Drop the offscreen platform's own noise; every other Qt message still prints.
    Returns what puts the previous handler back."""
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
    return lambda: qInstallMessageHandler(previous)


def _print_dialogs(out: TextIO) -> Callable[[], None]:
    """Message boxes print instead of waiting for a click: nobody answers them offscreen,
    and a refused file (a crafted workshop, say) must end the run, not hang it. Returns
    what puts the real ones back."""
    from PySide6.QtWidgets import QMessageBox

    names = ("information", "warning", "critical", "question")
    real = {name: QMessageBox.__dict__[name] for name in names}

    def say(_parent: object, title: str, text: str, *_args: object, **_kw: object) -> object:
        print(f"{title}: {text}", file=sys.stderr)
        return QMessageBox.StandardButton.No

    for name in names:
        setattr(QMessageBox, name, say)

    def restore() -> None:
        for name, function in real.items():
            setattr(QMessageBox, name, function)

    return restore
