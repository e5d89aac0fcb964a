"""Speed and memory of the PDF export at scale (issue 7), against bare reportlab.

Slow: run with ``pytest -m slow tests/test_report_speed.py``. Each measurement runs in
a fresh interpreter, so imports and memory are counted as the command line would see them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

TABULATED = ("stakeholders", "links", "participants", "data_sources", "indicators", "actions",
             "instrument_status", "readiness", "mechanisms", "sessions", "policies")

EXPORT = textwrap.dedent("""
    import json, resource, sys, time
    from mainstream_desktop.core.store import Workshop
    from mainstream_desktop.report import ReportOptions, write_pdf
    ws = Workshop.open(sys.argv[1], readonly=True)
    rows = sum(ws.count(t) for t in sys.argv[3].split(","))
    start = time.perf_counter()
    write_pdf(ws, sys.argv[2], ReportOptions())
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rows": rows, "peak_mib": peak}))
""")

BARE = textwrap.dedent("""
    import json, sys, time
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle
    from mainstream_desktop.locations import resource
    start = time.perf_counter()
    pdfmetrics.registerFont(TTFont("NS", str(resource("fonts", "NotoSans-Regular.ttf"))))
    st = ParagraphStyle("c", fontName="NS", fontSize=8.2, leading=10.4)
    cells = ["Ministry of Labour and Social Protection", "Line ministries and agencies",
             "National", "3", "4", "Supportive", "Consult (keep satisfied)"]
    data = [[Paragraph(f"Column {i}", st) for i in range(7)]]
    for n in range(int(sys.argv[2])):
        data.append([Paragraph(f"{c} {n}" if i == 0 else c, st) for i, c in enumerate(cells)])
    table = LongTable(data, repeatRows=1, colWidths=[120, 90, 50, 40, 40, 50, 86])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), "NS")]))
    SimpleDocTemplate(sys.argv[1]).build([table])
    print(json.dumps({"seconds": time.perf_counter() - start}))
""")


def _run(script: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parent.parent)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _export(path: Path, target: Path) -> dict:
    return min((_run(EXPORT, str(path), str(target), ",".join(TABULATED)) for _ in range(2)),
               key=lambda r: r["seconds"])


def test_scale_10_and_50_against_bare_reportlab(tmp_path: Path) -> None:
    from mainstream_desktop.core.demo import write_demo

    s10 = write_demo(tmp_path / "s10.mainstream", scale=10)
    s50 = write_demo(tmp_path / "s50.mainstream", scale=50)
    ours10 = _export(s10, tmp_path / "s10.pdf")
    bare10 = min(_run(BARE, str(tmp_path / "bare.pdf"), str(ours10["rows"]))["seconds"]
                 for _ in range(2))
    ours50 = _export(s50, tmp_path / "s50.pdf")
    print(f"scale 10: {ours10['seconds']:.2f} s for {ours10['rows']} rows "
          f"(bare LongTable {bare10:.2f} s); scale 50: {ours50['seconds']:.2f} s, "
          f"peak {ours50['peak_mib']:.0f} MiB")
    assert ours10["seconds"] <= 1.5 * bare10
    assert ours50["seconds"] <= 5.5 * ours10["seconds"]
    assert ours50["peak_mib"] <= 300
