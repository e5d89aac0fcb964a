"""Benchmarks compare our figure with the bare library doing the same work, in the same run.

Run: ``python -m pytest tests/benchmarks --benchmark-only`` (not part of the default run).
Each benchmark stores its floor in ``benchmark.extra_info`` so the ratio is in the report.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")



def timings(fn: Callable[[], object], rounds: int) -> list[float]:
    """Wall-clock seconds of ``rounds`` calls of ``fn`` (for floors and percentiles)."""
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def p99(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.99) - 1)]


def median(values: list[float]) -> float:
    return statistics.median(values)
