"""Export: the PDF report and the Excel workbook at scale 1, 10 and 50, against bare
reportlab (the report's own tables, same rows and columns: :mod:`tests.report_floor`)
and bare openpyxl (write-only, the same sheets, rows and columns).

Targets (issue 7): ≤ 1.5 × the floor at scale 10; linear in size (scale 50 ≤ 5.5 ×
scale 10); peak memory at scale 50 ≤ 300 MiB. Every run is a fresh interpreter that
reports its own CPU time (imports excluded, as for the floor) and peak RSS.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.benchmarks.conftest import median, record, run_script
from tests.report_floor import BARE, table_shapes

ROUNDS = {"pdf": {1: 3, 10: 3, 50: 1}, "xlsx": {1: 3, 10: 7, 50: 1}}  # xlsx runs are short

OURS = textwrap.dedent("""
    import json, resource, sys, time
    from mainstream_desktop.core.store import Workshop
    kind, path, target = sys.argv[1:4]
    if kind == "pdf":
        from mainstream_desktop.report import ReportOptions, write_pdf
    else:
        from mainstream_desktop.workbook import write_workbook
    ws = Workshop.open(path, readonly=True)
    start = time.process_time()
    if kind == "pdf":
        write_pdf(ws, target, ReportOptions())
    else:
        write_workbook(ws, target)
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mib": peak}))
""")

# The same sheets, rows and columns as our workbook (one per register, every field plus
# the id), each cell the stored value as text, in openpyxl's write-only mode.
BARE_XLSX = textwrap.dedent("""
    import json, resource, sys, time
    from openpyxl import Workbook
    from mainstream_desktop.core.registers import REGISTERS
    from mainstream_desktop.core.store import Workshop
    ws = Workshop.open(sys.argv[1], readonly=True)
    tables = {name: [[None if v is None else str(v) for v in rec.values()]
                     for rec in ws.records(name)] for name in REGISTERS}
    ws.close()
    start = time.process_time()
    wb = Workbook(write_only=True)
    for name, rows in tables.items():
        sheet = wb.create_sheet(name[:31])
        sheet.append([f"h{i}" for i in range(len(rows[0]) if rows else 1)])
        for row in rows:
            sheet.append(row)
    wb.save(sys.argv[2])
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mib": peak}))
""")


def _measure(kind: str, path: Path, out: Path, rounds: int) -> tuple[float, float, float]:
    """(our median seconds, the floor's median seconds, our peak MiB), interleaved."""
    ours, floor, peak = [], [], 0.0
    if kind == "pdf":
        bare, args = BARE, (str(out / "bare.pdf"),
                            str(table_shapes(path, out / f"shapes-{path.stem}.json")))
    else:
        bare, args = BARE_XLSX, (str(path), str(out / "bare.xlsx"))
    for _ in range(rounds):
        result = run_script(OURS, kind, str(path), str(out / f"ours.{kind}"))
        ours.append(result["seconds"])
        peak = max(peak, result["peak_mib"])
        floor.append(run_script(bare, *args)["seconds"])
    return median(ours), median(floor), peak


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_export(benchmark, kind: str, scaled: Callable[[int], Path], tmp_path: Path) -> None:
    figures = {}
    for scale in (1, 10, 50):
        ours, floor, peak = _measure(kind, scaled(scale), tmp_path, ROUNDS[kind][scale])
        figures[scale] = (ours, floor, peak)
        target = "≤ 1.5 × floor" if scale == 10 else "—"
        record(benchmark, f"export {kind} scale {scale}", ours, floor, target, peak_mib=peak)
    benchmark.pedantic(lambda: run_script(OURS, kind, str(scaled(1)), str(tmp_path / "b")),
                       rounds=1, iterations=1)
    growth = figures[50][0] / figures[10][0]
    record(benchmark, f"export {kind} scale 50 vs scale 10", figures[50][0], figures[10][0],
           "ratio ≤ 5.5")
    record(benchmark, f"export {kind} peak memory scale 50", figures[50][2], None,
           "≤ 300 MiB", unit="MiB")
    assert figures[10][0] <= 1.5 * figures[10][1]
    assert growth <= 5.5
    assert figures[50][2] <= 300
