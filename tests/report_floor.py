"""The bare-reportlab floor the PDF report's speed is measured against (issues 7, 14, 15).

What the floor is: the tables the report really lays out, laid out by bare reportlab.
:data:`SHAPES` builds the report's story (``build._story``: every chapter, not timed) and
walks it — tables inside cells and inside any wrapper (kept-together blocks, titled
tables) included — noting each table's rows, columns and characters of text.
:data:`BARE` then lays out, in one document on A4, one ``LongTable`` per noted table with
the same number of rows and columns (first row repeated as its head), each cell a
``Paragraph`` in the report's cell font and size whose text is as long as that table's
average cell; columns share the report's frame width, between the report's margins.

Why it is fair: it counts the rows the report tabulates — the registers' tables, the
indicator-values tables, the reviews, the financing, M&E, follow-up and gap tables, where
one action appears in several — and no more: the report's ~2,500 indicator values are
summarised into key figures, charts and breakdowns, not one row each, so counting every
value as a row (as an earlier floor did) would flatter us. It is the plain way to typeset
those rows (a paragraph per cell, fixed widths); what the report adds beyond it — column
widths measured from the content, charts, headings and running text, the contents and
the list of figures, bookmarks, right-to-left and Chinese text — is the overhead the
1.5 × target allows. Both sides report CPU time (``time.process_time``) in a fresh
interpreter, imports excluded, so a machine busy with other work slows neither.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

# Prints {"tables": [[rows, columns, characters], ...]} for the report of argv[1].
SHAPES = textwrap.dedent("""
    import json, sys
    from reportlab.platypus import Table
    from reportlab.platypus.flowables import Flowable
    from mainstream_desktop.core import i18n
    from mainstream_desktop.core.store import Workshop
    from mainstream_desktop.report.build import ReportOptions, _story
    ws = Workshop.open(sys.argv[1], readonly=True)
    options = ReportOptions(language=sys.argv[2] if len(sys.argv) > 2 else "en")
    with i18n.language(options.language):
        story, _ = _story(ws, options, lambda: None, lambda done: None)
    tables = []
    def chars(cell):
        if isinstance(cell, str):
            return len(cell)
        if isinstance(cell, (list, tuple)):
            return sum(chars(c) for c in cell)
        return len(getattr(cell, "text", "") or "")
    seen = set()
    def inside(item):
        # what a wrapper holds (KeepTogether's content, a titled table's table, caption
        # and notes, a heading's paragraph): any attribute holding flowables
        for value in vars(item).values():
            if isinstance(value, Flowable):
                yield value
            elif isinstance(value, (list, tuple)):
                yield from (v for v in value if isinstance(v, Flowable))
    def walk(items):
        for item in items:
            if id(item) in seen:
                continue
            seen.add(id(item))
            if isinstance(item, Table):
                rows = item._cellvalues
                tables.append([len(rows), len(rows[0]) if rows else 0,
                               sum(chars(c) for row in rows for c in row)])
                walk(c for row in rows for cell in row
                     for c in (cell if isinstance(cell, (list, tuple)) else [cell])
                     if isinstance(c, Flowable))
            else:
                walk(inside(item))
    walk(story)
    print(json.dumps({"tables": tables}))
""")

# argv: target pdf, the SHAPES json. Prints {"seconds": CPU seconds, "rows", "cells"}.
BARE = textwrap.dedent("""
    import json, resource, sys, time
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle
    from mainstream_desktop.locations import resource as res
    from mainstream_desktop.report.document import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, frame_width
    tables = json.loads(open(sys.argv[2], encoding="utf-8").read())["tables"]
    words = ("Ministry of Labour and Social Protection line ministries and agencies national "
             "supportive consult keep satisfied indicator values reviews financing gap ").split()
    def text(n, length):
        out, i = [str(n)], n
        while sum(map(len, out)) + len(out) < length:
            out.append(words[i % len(words)])
            i += 1
        return " ".join(out)
    start = time.process_time()
    pdfmetrics.registerFont(TTFont("NS", str(res("fonts", "NotoSans-Regular.ttf"))))
    st = ParagraphStyle("c", fontName="NS", fontSize=8.2, leading=10.4)
    width = frame_width("a4")
    story, rows_total, cells_total = [], 0, 0
    for rows, cols, chars in tables:
        if not rows or not cols:
            continue
        length = max(1, chars // (rows * cols))
        data = [[Paragraph(text(r * cols + c, length), st) for c in range(cols)]
                for r in range(rows)]
        table = LongTable(data, repeatRows=1, colWidths=[width / cols] * cols)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("FONTNAME", (0, 0), (-1, -1), "NS")]))
        story.append(table)
        rows_total += rows
        cells_total += rows * cols
    SimpleDocTemplate(sys.argv[1], pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                      topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM).build(story)
    seconds = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mib": peak, "rows": rows_total,
                      "cells": cells_total}))
""")

ROOT = Path(__file__).resolve().parent.parent


def run(script: str, *args: str, timeout: float = 900) -> dict:
    """Run ``script`` in a fresh interpreter (from the repository root, so this copy of
    the package is imported) and return the JSON its last line prints."""
    out = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                         text=True, cwd=ROOT, timeout=timeout)
    if out.returncode != 0:
        raise AssertionError(f"script failed ({out.returncode}):\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def table_shapes(workshop: Path, target: Path, language: str = "en") -> Path:
    """Write the shapes of the report's tables (:data:`SHAPES`) to ``target``, for
    :data:`BARE`; returns ``target``."""
    target.write_text(json.dumps(run(SHAPES, str(workshop), language)), encoding="utf-8")
    return target
