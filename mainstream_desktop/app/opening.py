"""Opening a workshop without holding the window (issue 16, item 9: never a freeze).

Taking the lock, the schema guard and the quick check held the UI thread ~50 ms CPU at
scale 20 (far more on a busy machine). :class:`Opening` runs them in a worker thread
(:func:`app.document.open_workshop`) and hands the opened workshop back to the window in
a slot on the UI thread, which builds its document and first page: no nested event loop,
nobody waits (an earlier attempt that waited for the worker inside a slot crashed when
style sheets changed afterwards). A refused file comes back as its exception, so the
window explains it exactly as when it opens synchronously (:meth:`MainWindow.open_path`,
kept for scripts and tests).

The SQLite connection is made with ``check_same_thread=False`` (core/connection.py) and is
used by one thread at a time: the worker's last statement runs before ``finished`` is
emitted, the window's first after. The file lock is an ``flock`` on a file descriptor,
which belongs to the process, not to the thread that took it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from mainstream_desktop.app.workers import Worker
from mainstream_desktop.core.errors import UserError

if TYPE_CHECKING:
    from mainstream_desktop.core.store import Workshop

def open_checked(path: Path) -> Workshop | UserError | OSError:
    """The opened workshop, or why it cannot be opened (a value, so the exception's kind
    — a file held by another window — survives the trip from the worker)."""
    from mainstream_desktop.app.document import open_workshop

    try:
        return open_workshop(path)
    except (UserError, OSError) as exc:
        return exc


def warm_first_page() -> None:
    """Load in the worker what the window needs next on its UI thread: the country names
    of the workshop's form (babel reads its locale data from disk, 20–80 ms; cached per
    language, and the worker's language is the window's) and the module that tells a
    working group's copy (the window's title, 13 ms to import)."""
    import mainstream_desktop.core.merge  # noqa: F401  (imported here, used there)
    from mainstream_desktop.core import refdata

    refdata.choices("countries")


class Opening(QObject):
    """One file being opened in a worker; ``done(outcome)`` on the UI thread when it has
    been, unless :meth:`abandon` was called first (then the workshop is closed unused)."""

    done = Signal(object)

    def __init__(self, path: Path, refused: Callable[[str], None] | None,
                 parent: QObject) -> None:
        super().__init__(parent)
        self.path = path
        self.refused = refused
        self._outcome: list[Workshop | UserError | OSError] = []
        self._abandoned = False
        self.worker = Worker(lambda _p, _c: self._job(), self)
        # a bug in the checks: its message, rather than a window that never opens
        self.worker.failed.connect(lambda text: self._outcome.append(UserError(text)))
        self.worker.finished.connect(self._finished)  # queued: runs on the UI thread

    def _job(self) -> None:
        outcome = open_checked(self.path)
        if not isinstance(outcome, Exception):
            warm_first_page()
        self._outcome.append(outcome)

    def start(self) -> None:
        self.worker.start()

    def _finished(self) -> None:
        self.worker.wait()  # ``finished`` comes just before the thread itself ends
        outcome = self._outcome.pop() if self._outcome else None
        if outcome is not None:
            if self._abandoned:
                _discard(outcome)
            else:
                self.done.emit(outcome)
        self.deleteLater()

    def abandon(self, *, wait: bool = False) -> None:
        """Forget this opening (another file was asked for, or the window closes): the
        workshop it opens is closed unused, so its lock does not outlive the window.
        ``wait`` blocks until the worker is done (only when the window closes: the slot
        that would close it may never run, and a thread must not outlive its object)."""
        self._abandoned = True
        if wait:
            self.worker.wait()
            if self._outcome:
                _discard(self._outcome.pop())


def _discard(outcome: object) -> None:
    from mainstream_desktop.core.store import Workshop

    if isinstance(outcome, Workshop):
        outcome.close()
