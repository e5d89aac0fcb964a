"""Measuring how long the window's UI thread is blocked while an action runs (issue 16).

A precise QTimer ticks every few milliseconds on the UI thread; the longest gap between
two ticks is the longest time the event loop could not run — what a user sees as a
frozen window. The action is started from inside the event loop (like a click), and the
loop keeps running until the action's long work (a worker thread) is done, so a block
caused by the worker — progress signals, the result arriving, the Python lock held by
the worker — is counted too. A gap includes one tick interval, so figures are slightly
pessimistic, never flattering.

Used by ``tests/test_ui_blocks.py`` (fast, scale 1) and by the benchmark
``tests/benchmarks/test_bench_ui_blocks.py`` (scales 1, 20, 50).
"""

from __future__ import annotations

import importlib.abc
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEventLoop, Qt, QTimer

TICK_MS = 5
HEAVY = ("openpyxl", "reportlab")


@dataclass
class Blocks:
    """What one action did to the UI thread."""

    worst_ms: float = 0.0
    total_ms: float = 0.0  # from the start of the action until it was done
    gaps: list[float] = field(default_factory=list)  # every gap over 20 ms, in ms
    imported_on_ui: set[str] = field(default_factory=set)  # heavy modules imported


class BlockMonitor:
    """The longest gap between ticks of a timer on the UI thread, while running."""

    def __init__(self, tick_ms: int = TICK_MS):
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.worst_ms = 0.0
        self.gaps: list[float] = []

    def start(self) -> None:
        self.worst_ms = 0.0
        self.gaps = []
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        self.worst_ms = max(self.worst_ms, gap)
        if gap > 20:
            self.gaps.append(round(gap, 1))

    def stop(self) -> None:
        self._tick()  # a block that lasted until the end counts as well
        self._timer.stop()


def heavy_modules() -> set[str]:
    return {name for name in sys.modules if name.split(".")[0] in HEAVY}


class ImportWatch(importlib.abc.MetaPathFinder):
    """Notes which heavy modules are first imported on the UI (main) thread.

    A finder first in ``sys.meta_path`` sees every import of a module not yet loaded and
    finds nothing itself, so importing goes on as usual. A module already loaded is not
    seen: use it in a fresh interpreter."""

    def __init__(self) -> None:
        self.on_ui: set[str] = set()
        self.elsewhere: set[str] = set()

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        # an import, not a look-up (importlib.util.find_spec asks the finders too)
        loading = sys._getframe(2).f_code.co_name == "_find_and_load_unlocked"
        if loading and name.split(".")[0] in HEAVY:
            on_ui = threading.current_thread() is threading.main_thread()
            (self.on_ui if on_ui else self.elsewhere).add(name)
        return None

    def __enter__(self) -> ImportWatch:
        sys.meta_path.insert(0, self)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.meta_path.remove(self)


def measure(action: Callable[[], object], done: Callable[[], bool] = lambda: True, *,
            timeout_s: float = 300.0, settle_ms: int = 60) -> Blocks:
    """Run ``action`` inside the event loop and keep the loop running until ``done()``
    (then ``settle_ms`` more, for what the end of the work queues); the worst UI block.

    ``imported_on_ui`` are the heavy modules the action brought in while its own call ran
    on the UI thread (a worker importing them meanwhile does not count)."""
    loop = QEventLoop()
    monitor = BlockMonitor()
    out = Blocks()
    state = {"ran": False, "until": 0.0}
    started = time.perf_counter()

    def run() -> None:
        before = heavy_modules()
        try:
            action()
        finally:
            out.imported_on_ui = heavy_modules() - before
            state["ran"] = True

    def check() -> None:
        now = time.perf_counter()
        if now - started > timeout_s:
            loop.quit()
            return
        if not state["ran"] or not done():
            state["until"] = 0.0
            return
        if not state["until"]:
            state["until"] = now + settle_ms / 1000
        elif now >= state["until"]:
            loop.quit()

    checker = QTimer()
    checker.setInterval(10)
    checker.timeout.connect(check)
    monitor.start()
    checker.start()
    QTimer.singleShot(0, run)
    loop.exec()
    checker.stop()
    monitor.stop()
    if time.perf_counter() - started > timeout_s:
        raise TimeoutError(f"the action did not finish within {timeout_s} s")
    out.worst_ms = round(monitor.worst_ms, 1)
    out.gaps = monitor.gaps
    out.total_ms = round((time.perf_counter() - started) * 1000 - settle_ms, 1)
    return out
