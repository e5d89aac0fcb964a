"""One window session measuring the worst UI-thread block of each action (issue 16).

Run in a fresh interpreter per scale (``python -c "from tests.benchmarks.ui_session import
main; main()" FILE OUT_DIR``) so that the first export pays for loading its library, as a
facilitator's first export does; prints one JSON line: action → worst block in ms,
total time, heavy modules first imported on the UI thread.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import Qt, QThread

    from mainstream_desktop.app.application import application
    from mainstream_desktop.app.main_window import MainWindow
    from tests.ui_blocks import ImportWatch, measure

    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    path = out / "work.mainstream"
    shutil.copyfile(source, path)
    app = application()
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    results: dict[str, dict] = {}

    def idle() -> bool:
        objs = [window, *([window.doc] if window.doc is not None else [])]
        return not any(t.isRunning() for o in objs for t in o.findChildren(QThread))

    def note(name: str, action, done=idle) -> None:
        blocks = measure(action, done)
        results[name] = {"worst_ms": blocks.worst_ms, "total_ms": blocks.total_ms,
                         "gaps": blocks.gaps[:12]}

    with ImportWatch() as watch:
        # as the window's own commands open (checks in a worker): until the page shows
        note("open", lambda: window.begin_open(path),
             lambda: window.doc is not None and idle())
        # the opening backup starts 1.5 s after the first page shows: let it pass
        note("opening backup", lambda: None,
             lambda: window.doc is not None and window.doc.last_backup is not None
             and idle())
        window.go_to(2)
        ws = window.workspace
        view = ws.current_page().current_register()
        assert view.reg.name == "stakeholders", view.reg.name
        app.processEvents()
        view.select_row(5)
        app.processEvents()
        editor = view.form.editors["mandate"]
        for n in range(3):
            note(f"field edit {n + 1}",
                 lambda n=n: (editor.set_value(f"Edited mandate {n}"), editor.committed.emit()))
        stack = window.doc.undo_stack
        for n in range(2):
            note(f"undo {n + 1}", stack.undo)
        for n in range(2):
            note(f"redo {n + 1}", stack.redo)
        note("sort by name", lambda: view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder))
        note("sort by 2nd column",
             lambda: view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder))
        note("sort back", lambda: view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder))
        window.go_to(6)
        page = ws.page(6)
        page.open_results = False
        app.processEvents()
        note("Excel export (first)", lambda: page.export("xlsx", out / "w.xlsx"))
        note("PDF export (first)", lambda: page.export("pdf", out / "w.pdf"))
        note("Excel export (again)", lambda: page.export("xlsx", out / "w2.xlsx"))
        note("Save a copy", lambda: window.save_copy_to(out / "copy.mainstream"))
        # a published table of 100 values: the backup in a worker, then the apply
        plan = values_plan(window.doc.ws, out / "values.csv", 100)
        note("import values (apply)", lambda: page.apply_plan(plan, "Import"),
             lambda: "Imported" in page.status.text() and idle())
        assert "Imported" in page.status.text(), page.status.text()
        outputs = {n: (out / n).exists() for n in ("w.xlsx", "w.pdf", "w2.xlsx",
                                                   "copy.mainstream")}
    window.close_workshop()
    window.close()
    print(json.dumps({"actions": results, "outputs": outputs,
                      "heavy_on_ui": sorted(watch.on_ui)}))


def values_plan(ws, csv: Path, n: int):
    """The plan of a table of ``n`` new values of the workshop's indicators (read here,
    before the measured action: reading is the worker's part of an import)."""
    from mainstream_desktop.workbook.values_import import plan_values

    codes = [r["code"] for r in ws.records("indicators") if r.get("code")]
    rows = ["Indicator,Year,Value"]
    rows += [f"{codes[i % len(codes)]},{1950 + i // len(codes)},{i % 7}.5" for i in range(n)]
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    plan = plan_values(ws, csv)
    assert plan.ok, plan.errors[:3]
    return plan


if __name__ == "__main__":
    main()
