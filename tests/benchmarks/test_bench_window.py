"""Window at scale 50: opening the workshop, switching steps, scrolling the 2,000-row
stakeholder register and typing into its search box, each timed with QElapsedTimer from
the call to the end of the event-loop turn that draws the result.

Target (issue 7): every interaction under 100 ms. A step's first visit builds the page,
so each is measured in two fresh windows and the faster kept (a spike of a busy machine
is not the window's cost); scrolling and typing are measured one step, one keystroke at a
time. The floor for scrolling and typing: a bare QTableView over a QStandardItemModel of
the same text, filtered by Qt's own QSortFilterProxyModel.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.benchmarks.conftest import median, record

LIMIT_MS = 100.0
TYPED = "ministry"


@pytest.fixture
def app():
    from mainstream_desktop.app.application import application

    return application()


def _timed(app, action: Callable[[], object]) -> float:
    from PySide6.QtCore import QElapsedTimer

    timer = QElapsedTimer()
    timer.start()
    action()
    app.processEvents()
    app.processEvents()
    return timer.nsecsElapsed() / 1e6


def _scroll_and_type(app, table, search) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    bar = table.verticalScrollBar()
    scroll = [_timed(app, lambda k=k: bar.setValue(bar.maximum() * k // 20))
              for k in range(1, 21)]
    typing = [_timed(app, lambda c=c: QTest.keyClicks(search, c)) for c in TYPED]
    typing += [_timed(app, lambda: QTest.keyClick(search, Qt.Key.Key_Backspace))
               for _ in TYPED]
    return scroll, typing


def _session(app, path: Path) -> dict[str, list[float]]:
    from mainstream_desktop.app.main_window import MainWindow

    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    out: dict[str, list[float]] = {"open": [_timed(app, lambda: window.open_path(path))]}
    ws = window.workspace
    assert ws is not None
    order = [*range(1, len(ws.titles)), 0]
    out["first visit"] = [_timed(app, lambda i=i: ws.show_page(i)) for i in order]
    out["switch"] = [_timed(app, lambda i=i: ws.show_page(i)) for i in order]
    ws.show_page(2)
    page = ws.page(2)
    view = next(v for v in page.register_views() if v.reg.name == "stakeholders")
    page.tabs.setCurrentWidget(view)
    app.processEvents()
    assert view.model.rowCount() >= 2000
    out["scroll"], out["type"] = _scroll_and_type(app, view.table, view.search)
    out["rows"] = [float(view.model.rowCount())]
    out["texts"] = [view.model.row_texts(r) for r in range(view.model.rowCount())]
    window.close()
    app.processEvents()
    return out


def _bare(app, texts: list[tuple[str, ...]]) -> tuple[list[float], list[float]]:
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    model = QStandardItemModel(len(texts), len(texts[0]))
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    host = QWidget()
    search = QLineEdit(host)
    search.textChanged.connect(proxy.setFilterFixedString)
    table = QTableView(host)
    table.setModel(proxy)
    box = QVBoxLayout(host)
    box.addWidget(search)
    box.addWidget(table)
    host.resize(800, 600)
    host.show()
    app.processEvents()
    try:
        return _scroll_and_type(app, table, search)
    finally:
        host.close()


def test_window_at_scale_50(benchmark, app, scaled: Callable[[int], Path],
                            tmp_path: Path) -> None:
    runs = []
    for n in range(2):
        path = tmp_path / f"w{n}.mainstream"
        shutil.copyfile(scaled(50), path)
        runs.append(_session(app, path))
    a, b = runs
    best = {key: [min(x, y) for x, y in zip(a[key], b[key], strict=True)]
            for key in ("open", "first visit", "switch", "scroll", "type")}
    bare_scroll, bare_type = _bare(app, a["texts"])
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    floors = {"scroll": bare_scroll, "type": bare_type}
    for key, values in best.items():
        floor = median(floors[key]) if key in floors else None
        record(benchmark, f"window s50 {key} (median; worst {max(values):.0f} ms)",
               median(values), floor, f"each < {LIMIT_MS:.0f} ms", unit="ms",
               worst=max(values))
    slow = {key: [round(v) for v in values if v >= LIMIT_MS] for key, values in best.items()}
    assert not any(slow.values()), f"interactions over {LIMIT_MS} ms: {slow}"
