"""Export: the PDF report and the Excel workbook at scale 1, 10 and 50, against bare
reportlab (one LongTable of the same number of rows) and bare openpyxl (write-only,
the same sheets, rows and columns).

Targets (issue 7): ≤ 1.5 × the floor at scale 10; linear in size (scale 50 ≤ 5.5 ×
scale 10); peak memory at scale 50 ≤ 300 MiB. Every run is a fresh interpreter that
reports its own time (imports excluded, as for the floor) and peak RSS.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.benchmarks.conftest import median, record, run_script

TABULATED = ("stakeholders", "links", "participants", "data_sources", "indicators", "actions",
             "instrument_status", "readiness", "mechanisms", "sessions", "policies")
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
    start = time.perf_counter()
    if kind == "pdf":
        write_pdf(ws, target, ReportOptions())
    else:
        write_workbook(ws, target)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mib": peak}))
""")

BARE_PDF = textwrap.dedent("""
    import json, resource, sys, time
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle
    from mainstream_desktop.core.store import Workshop
    from mainstream_desktop.locations import resource as res
    ws = Workshop.open(sys.argv[1], readonly=True)
    rows = sum(ws.count(t) for t in sys.argv[3].split(","))
    ws.close()
    start = time.perf_counter()
    pdfmetrics.registerFont(TTFont("NS", str(res("fonts", "NotoSans-Regular.ttf"))))
    st = ParagraphStyle("c", fontName="NS", fontSize=8.2, leading=10.4)
    cells = ["Ministry of Labour and Social Protection", "Line ministries and agencies",
             "National", "3", "4", "Supportive", "Consult (keep satisfied)"]
    data = [[Paragraph(f"Column {i}", st) for i in range(7)]]
    for n in range(rows):
        data.append([Paragraph(f"{c} {n}" if i == 0 else c, st) for i, c in enumerate(cells)])
    table = LongTable(data, repeatRows=1, colWidths=[120, 90, 50, 40, 40, 50, 86])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), "NS")]))
    SimpleDocTemplate(sys.argv[2]).build([table])
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mib": peak, "rows": rows}))
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
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    for name, rows in tables.items():
        sheet = wb.create_sheet(name[:31])
        sheet.append([f"h{i}" for i in range(len(rows[0]) if rows else 1)])
        for row in rows:
            sheet.append(row)
    wb.save(sys.argv[2])
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mib": peak}))
""")


def _measure(kind: str, path: Path, out: Path, rounds: int) -> tuple[float, float, float]:
    """(our median seconds, the floor's median seconds, our peak MiB), interleaved."""
    ours, floor, peak = [], [], 0.0
    bare = BARE_PDF if kind == "pdf" else BARE_XLSX
    for _ in range(rounds):
        result = run_script(OURS, kind, str(path), str(out / f"ours.{kind}"))
        ours.append(result["seconds"])
        peak = max(peak, result["peak_mib"])
        floor.append(run_script(bare, str(path), str(out / f"bare.{kind}"),
                                ",".join(TABULATED))["seconds"])
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
