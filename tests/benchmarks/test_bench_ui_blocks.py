"""The window never freezes (issue 16, item 9): the worst UI-thread block per action.

For the sample workshop at scales 1, 20 and 50, two fresh windows (each in a fresh
interpreter, so the first export pays for loading its library as a facilitator's does) run
each action from inside the event loop, and a timer ticking every 5 ms on the UI thread
records the longest gap until the action's work — a worker's too — is done (see
``tests/ui_blocks.py``). Actions: a field edit through the form, undo, redo, sorting the
stakeholder register, an Excel and a PDF export until written, Save a copy. Run:
``python -m pytest tests/benchmarks/test_bench_ui_blocks.py --benchmark-only -s``.

Target: every action under 100 ms at scale 20 (asserted); scale 1 and 50 are printed
for information.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.benchmarks.conftest import record, run_script

LIMIT_MS = 100.0
ASSERTED = 20
SCRIPT = "from tests.benchmarks.ui_session import main; main()"


@pytest.mark.parametrize("scale", [1, 20, 50])
def test_ui_blocks(benchmark, scaled: Callable[[int], Path], tmp_path: Path,
                   scale: int) -> None:
    path = scaled(scale)
    # two fresh windows, the better figure of each action kept: a spike of a busy machine
    # (2 cores shared with other work) is not the window's cost (as test_bench_window)
    runs = [run_script(SCRIPT, str(path), str(tmp_path / f"out{n}"), timeout=1800)
            for n in range(2)]
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    out = runs[0]
    actions: dict[str, dict] = {
        name: min((r["actions"][name] for r in runs), key=lambda a: a["worst_ms"])
        for name in out["actions"]}
    out["heavy_on_ui"] = sorted({m for r in runs for m in r["heavy_on_ui"]})
    print(f"\nscale {scale}: worst UI-thread block per action (ms)")
    print(f"  {'action':28s} {'worst':>8s} {'total':>9s}  gaps over 20 ms")
    for name, a in actions.items():
        print(f"  {name:28s} {a['worst_ms']:8.1f} {a['total_ms']:9.1f}  {a['gaps']}")
    note = "" if scale == ASSERTED else " (informative)"
    for name, a in actions.items():  # opening too: the file is checked in a worker now
        record(benchmark, f"UI block s{scale} {name}{note}", a["worst_ms"], None,
               f"< {LIMIT_MS:.0f} ms" if scale == ASSERTED else "informative", unit="ms")
    assert all(out["outputs"].values()), out["outputs"]
    assert not out["heavy_on_ui"], f"imported on the UI thread: {out['heavy_on_ui']}"
    if scale == ASSERTED:
        slow = {name: a["worst_ms"] for name, a in actions.items() if a["worst_ms"] >= LIMIT_MS}
        assert not slow, f"UI-thread blocks over {LIMIT_MS:.0f} ms at scale {scale}: {slow}"
