"""The PDF report of a scale-10 workshop with its ~2,500 indicator values (situation
chapter: key figures, trend grids, breakdowns, gaps) against bare reportlab laying out
the tables the report lays out, same rows and columns (:mod:`tests.report_floor`: the
values are summarised, not tabulated one per row, so they are not counted as rows),
measured side by side in the same run, CPU time.

Target (issue 14): ≤ 1.5 × the floor.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.conftest import median, record, run_script
from tests.benchmarks.test_bench_export import OURS
from tests.report_floor import BARE, table_shapes

ROUNDS = 3


def test_report_with_indicator_values(benchmark, scaled: Callable[[int], Path],
                                      tmp_path: Path) -> None:
    path = scaled(10)
    ours, floor, peak = [], [], 0.0
    shapes = table_shapes(path, tmp_path / "shapes.json")
    for _ in range(ROUNDS):  # interleaved, so a busy machine slows both alike
        result = run_script(OURS, "pdf", str(path), str(tmp_path / "ours.pdf"))
        ours.append(result["seconds"])
        peak = max(peak, result["peak_mib"])
        bare = run_script(BARE, str(tmp_path / "bare.pdf"), str(shapes))
        floor.append(bare["seconds"])
    values = run_script(
        "import json, sys\n"
        "from mainstream_desktop.core.store import Workshop\n"
        "ws = Workshop.open(sys.argv[1], readonly=True)\n"
        "print(json.dumps({'n': ws.count('indicator_values')}))\n", str(path))["n"]
    assert values >= 2000
    record(benchmark, f"report pdf scale 10 with {values} indicator values", median(ours),
           median(floor), "≤ 1.5 × floor", peak_mib=peak, rows=bare["rows"])
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    assert median(ours) <= 1.5 * median(floor)
