"""Speed and memory of the PDF export at scale (issues 7, 14, 15), against bare reportlab.

Slow: run with ``pytest -m slow tests/test_report_speed.py -s``. Each measurement runs in
a fresh interpreter and reports CPU time (``time.process_time``), imports excluded, so
imports and memory are counted as the command line would see them and the other work of
a busy machine slows neither side; ours and the floor run interleaved, best of three.

The floor (:mod:`tests.report_floor`): bare reportlab laying out the tables this very
report lays out — one ``LongTable`` per table of the report, the same rows and columns,
a ``Paragraph`` per cell as long as that table's average cell, the report's font, size,
page and margins. The rows are counted from the report's own story, so every table a
chapter adds (indicator values, reviews, financing, M&E, follow-up, gaps — an action
appears in several) is in the floor as soon as it is in the report, and nothing that is
not a table row is. The scale-10 sample holds ~2,500 indicator values (≥ 2,000 checked
here): the report summarises them in key figures, trend charts and breakdown tables;
the breakdown and gap tables are counted, the charts are our overhead within the 1.5 ×.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.report_floor import BARE, run, table_shapes

pytestmark = pytest.mark.slow

EXPORT = textwrap.dedent("""
    import json, resource, sys, time
    from mainstream_desktop.core.store import Workshop
    from mainstream_desktop.report import ReportOptions, write_pdf
    ws = Workshop.open(sys.argv[1], readonly=True)
    values = ws.count("indicator_values")
    start = time.process_time()
    write_pdf(ws, sys.argv[2], ReportOptions(language=sys.argv[3]))
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "values": values, "peak_mib": peak}))
""")

ROUNDS = 3


def export(path: Path, target: Path, language: str = "en") -> dict:
    return run(EXPORT, str(path), str(target), language)


def test_scale_10_and_50_against_bare_reportlab(tmp_path: Path) -> None:
    from mainstream_desktop.core.demo import write_demo

    s10 = write_demo(tmp_path / "s10.mainstream", scale=10)
    s50 = write_demo(tmp_path / "s50.mainstream", scale=50)
    shapes = table_shapes(s10, tmp_path / "shapes.json")
    ours, bare = [], []
    for _ in range(ROUNDS):  # interleaved: a busy spell slows both sides alike
        ours.append(export(s10, tmp_path / "s10.pdf"))
        bare.append(run(BARE, str(tmp_path / "bare.pdf"), str(shapes)))
    ours10 = min(ours, key=lambda r: r["seconds"])
    bare10 = min(bare, key=lambda r: r["seconds"])
    assert ours10["values"] >= 2000, "the scale-10 sample should hold 2,000 indicator values"
    ours50 = export(s50, tmp_path / "s50.pdf")
    print(f"scale 10 ({ours10['values']} indicator values): {ours10['seconds']:.2f} s CPU; "
          f"bare reportlab for the same {bare10['rows']} table rows ({bare10['cells']} cells) "
          f"{bare10['seconds']:.2f} s; ratio {ours10['seconds'] / bare10['seconds']:.2f}; "
          f"scale 50: {ours50['seconds']:.2f} s, peak {ours50['peak_mib']:.0f} MiB")
    assert ours10["seconds"] <= 1.5 * bare10["seconds"]
    assert ours50["seconds"] <= 5.5 * ours10["seconds"]
    assert ours50["peak_mib"] <= 300


def test_arabic_within_1_3_of_english(tmp_path: Path) -> None:
    """The same scale-3 workshop in Arabic and in English: shaping and reordering are
    done once per string, not per line measure, so Arabic costs at most 1.3 × English."""
    from mainstream_desktop.core.demo import write_demo

    s3 = write_demo(tmp_path / "s3.mainstream", scale=3)
    en, ar = [], []
    for _ in range(ROUNDS):
        en.append(export(s3, tmp_path / "en.pdf", "en")["seconds"])
        ar.append(export(s3, tmp_path / "ar.pdf", "ar")["seconds"])
    print(f"scale 3: Arabic {min(ar):.2f} s CPU, English {min(en):.2f} s, "
          f"ratio {min(ar) / min(en):.2f}")
    assert min(ar) <= 1.3 * min(en)
