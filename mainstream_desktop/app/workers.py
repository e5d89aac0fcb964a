"""Long work (exports, reading a workbook to import) in a worker thread.

The worker gets a read-only in-memory snapshot of the workshop, so the window keeps
its own connection and stays responsive; progress and the result come back as
signals, and Cancel sets a flag the job polls (it then raises ``Cancelled`` and
writes nothing). Whatever the job raises ends as ``failed`` with a message fit to show:
a worker never takes the window down, and the jobs write their files atomically, so a
failure leaves nothing half-written behind.
"""

from __future__ import annotations

import errno
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from mainstream_desktop.core.errors import Cancelled, UserError
from mainstream_desktop.core.i18n import translate

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
Job = Callable[[Progress, Cancel], Any]


class Worker(QThread):
    """Runs ``job(progress, cancel)`` off the UI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Job, parent=None):
        super().__init__(parent)
        self._job = job
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit, self._stop.is_set)
        except Cancelled:
            self.cancelled.emit()
        except UserError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:  # disk full, unplugged stick, no permission: not a bug
            self.failed.emit(os_error_text(exc))
        except Exception as exc:  # a bug: show it rather than lose it in a thread
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)


def os_error_text(exc: OSError) -> str:
    """An operating-system error in words a user can act on."""
    if exc.errno == errno.ENOSPC:
        return translate(
            "Worker",
            "The disk is full. Free some space (or choose another disk) and "
            "try again; nothing was written.",
        )
    reason = exc.strerror or str(exc)
    where = exc.filename
    if where:
        return translate("Worker", "Cannot write “{path}”: {reason}.").format(
            path=where, reason=reason
        )
    return translate("Worker", "The file could not be written: {reason}.").format(reason=reason)
