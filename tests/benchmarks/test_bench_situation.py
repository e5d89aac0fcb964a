"""The PDF report of a scale-10 workshop with its ~2,500 indicator values (situation
chapter: key figures, trend grids, breakdowns, gaps) against bare reportlab laying out one
LongTable of the same number of rows, values included, measured side by side in the
same run.

Target (issue 14): ≤ 1.5 × the floor.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.benchmarks.conftest import median, record, run_script
from tests.benchmarks.test_bench_export import BARE_PDF, OURS, TABULATED

ROUNDS = 3
ROWS = (*TABULATED, "indicator_values")


def test_report_with_indicator_values(benchmark, scaled: Callable[[int], Path],
                                      tmp_path: Path) -> None:
    path = scaled(10)
    ours, floor, peak = [], [], 0.0
    for _ in range(ROUNDS):  # interleaved, so a busy machine slows both alike
        result = run_script(OURS, "pdf", str(path), str(tmp_path / "ours.pdf"))
        ours.append(result["seconds"])
        peak = max(peak, result["peak_mib"])
        bare = run_script(BARE_PDF, str(path), str(tmp_path / "bare.pdf"), ",".join(ROWS))
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
