"""Benchmarks compare our figure with the bare library doing the same work, in the same run.

Run: ``python -m pytest tests/benchmarks --benchmark-only`` (not part of the default run).
Each benchmark stores its floor in ``benchmark.extra_info`` so the ratio is in the report;
a table of every figure, its floor and the ratio is printed at the end of the run.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
_RESULTS: list[tuple[str, str, str, str, str]] = []  # what, ours, floor, ratio, target


def timings(fn: Callable[[], object], rounds: int) -> list[float]:
    """Wall-clock seconds of ``rounds`` calls of ``fn`` (for floors and percentiles)."""
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def cpu_timings(fn: Callable[[], object], rounds: int) -> tuple[list[float], list[float]]:
    """CPU seconds (``time.process_time``) and wall-clock seconds of ``rounds`` calls of
    ``fn``. On a shared machine the wall clock counts the other users' work too; the CPU
    time of our process is what a benchmark can assert on."""
    cpu, wall = [], []
    for _ in range(rounds):
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start_wall)
    return cpu, wall


def p99(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.99) - 1)]


def median(values: list[float]) -> float:
    return statistics.median(values)


def run_script(script: str, *args: str, timeout: float = 600) -> dict:
    """Run ``script`` in a fresh interpreter and return the JSON its last line prints.

    A fresh process per measurement: imports and peak memory are counted as the command
    line would see them, and one run's memory does not pollute the next.
    """
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                         cwd=ROOT, timeout=timeout)
    if out.returncode != 0:
        raise AssertionError(f"benchmark script failed ({out.returncode}):\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def record(benchmark, what: str, ours: float, floor: float | None, target: str,
           unit: str = "s", **extra: float) -> None:
    """Put a figure (in ``unit``) and its floor into ``benchmark.extra_info``, print it,
    and keep it for the summary table at the end of the run."""
    ratio = ours / floor if floor else None
    info = {"ours": ours, "unit": unit, **extra}
    if floor is not None:
        info.update({"floor": floor, "ratio": ratio})
    benchmark.extra_info[what] = info
    floor_text = f"{floor:.3g} {unit}" if floor is not None else "—"
    ratio_text = f"{ratio:.2f}" if ratio is not None else "—"
    print(f"\n{what}: ours {ours:.3g} {unit}, floor {floor_text}, ratio {ratio_text}"
          f" (target {target})")
    _RESULTS.append((what, f"{ours:.3g} {unit}", floor_text, ratio_text, target))


def pytest_terminal_summary(terminalreporter) -> None:
    if not _RESULTS:
        return
    terminalreporter.section("issue 7: our figures against their floors (medians)")
    widths = [max(len(r[i]) for r in [*_RESULTS, ("figure", "ours", "floor", "ratio",
                                                   "target")]) for i in range(5)]
    head = ("figure", "ours", "floor", "ratio", "target")
    for row in (head, *_RESULTS):
        terminalreporter.write_line("  ".join(c.ljust(w) for c, w in zip(row, widths,
                                                                         strict=True)))


@pytest.fixture(scope="session")
def scaled(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Path]:
    """``scaled(n)``: the sample workshop at scale n, written once per session (read only)."""
    from mainstream_desktop.core import userdirs
    from mainstream_desktop.core.demo import write_demo

    folder = tmp_path_factory.mktemp("scaled")
    made: dict[int, Path] = {}

    def get(n: int) -> Path:
        if n not in made:
            old = os.environ.get("MAINSTREAM_DESKTOP_HOME")
            os.environ["MAINSTREAM_DESKTOP_HOME"] = str(folder / "home")
            try:
                made[n] = write_demo(folder / f"scale{n}.mainstream", scale=n)
            finally:
                if old is None:
                    os.environ.pop("MAINSTREAM_DESKTOP_HOME", None)
                else:
                    os.environ["MAINSTREAM_DESKTOP_HOME"] = old
                userdirs.reset_cache()
        return made[n]

    return get
