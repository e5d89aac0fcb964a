"""Long work (exports, reading a workbook to import) in a worker thread.

The worker gets a read-only in-memory snapshot of the workshop, so the window keeps
its own connection and stays responsive; the snapshot itself is taken in the worker, in
small steps (:func:`on_snapshot`: at scale 50 one copy on the UI thread blocked it about
230 ms), and so are the imports of the heavy libraries (openpyxl alone took 110–150 ms
to load on the UI thread: :func:`require` checks one is there without loading it).
Progress and the result come back as signals, progress at most :data:`PROGRESS_PER_S`
times a second (each one is a turn of the window's event loop), and Cancel sets a flag
the job polls (it then raises ``Cancelled`` and writes nothing). Whatever the job raises
ends as ``failed`` with a message fit to show: a worker never takes the window down, and
the jobs write their files atomically, so a failure leaves nothing half-written behind.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import importlib.util
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThread, Signal

from mainstream_desktop.core.errors import Cancelled, UserError
from mainstream_desktop.core.i18n import translate

if TYPE_CHECKING:
    from mainstream_desktop.core.store import Workshop

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
Job = Callable[[Progress, Cancel], Any]
SnapshotWork = Callable[["Workshop", Progress, Cancel], Any]

PROGRESS_PER_S = 20

_gc_lock = threading.Lock()
_gc_jobs = 0
_gc_threshold: tuple[int, int, int] | None = None
_switch = 0.005
SWITCH_INTERVAL = 0.001


@contextlib.contextmanager
def yielding_to_the_window() -> Any:
    """While a job runs: no full (generation 2) garbage collection, and the interpreter
    lock handed over every millisecond instead of every five.

    A full collection stops every thread, the window's too, and its length grows with the
    objects alive: while a scale-20 report was built the collections started in the
    worker froze the window up to 115 ms (measured with ``gc.callbacks``). Young
    generations are still collected. And each time the window runs Python (a slot, a
    model's ``data()``), it waits for the worker to hand over the lock: with many such
    calls in one repaint the 5 ms waits added up to 120-140 ms blocks during an Excel
    export at scale 20 (10-20 ms with 1 ms). Both come back when the last job ends.
    """
    global _gc_jobs, _gc_threshold, _switch
    with _gc_lock:
        if _gc_jobs == 0:
            _gc_threshold = gc.get_threshold()
            gc.set_threshold(_gc_threshold[0], _gc_threshold[1], 1_000_000)
            _switch = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL)
        _gc_jobs += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_jobs -= 1
            if _gc_jobs == 0 and _gc_threshold is not None:
                gc.set_threshold(*_gc_threshold)
                sys.setswitchinterval(_switch)


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

    def _throttled(self) -> Progress:
        """``progressed.emit``, at most PROGRESS_PER_S times a second (and always the last
        step): a job reporting every row would queue thousands of window updates."""
        gap = 1.0 / PROGRESS_PER_S
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= gap or done >= total:
                last[0] = now
                self.progressed.emit(done, total)

        return progress

    def run(self) -> None:
        try:
            with yielding_to_the_window():
                result = self._job(self._throttled(), self._stop.is_set)
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


def require(*modules: str) -> None:
    """Raise ImportError if one of ``modules`` is not installed, without importing it
    (importing is the worker's work: see the module's docstring)."""
    for name in modules:
        if importlib.util.find_spec(name) is None:
            raise ImportError(f"No module named '{name}'")


def on_snapshot(ws: Workshop, work: SnapshotWork) -> Job:
    """A job that copies ``ws`` into memory in the worker (in small steps, so the window's
    own reads and edits get in between: see :mod:`app.backups`), runs ``work`` on the
    read-only copy, and closes the copy. An edit the window makes during the copy is
    carried into it by SQLite (same connection), so the copy is consistent."""

    def job(progress: Progress, cancel: Cancel) -> Any:
        from mainstream_desktop.app.backups import copy_to_memory
        from mainstream_desktop.core.store import Workshop

        snap = Workshop(copy_to_memory(ws.conn, ws.path), ws.path, readonly=True)
        try:
            return work(snap, progress, cancel)
        finally:
            snap.close()

    return job
