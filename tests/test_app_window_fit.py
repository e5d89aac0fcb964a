"""Issue 16: tables that fit their content and remember the user's widths; the form
panel only when it has a record; the glitches seen at 1366×768."""

from __future__ import annotations

import time

from tests.test_app_registers import find_view


def test_a_name_column_shows_a_ministry_whole(window):
    view = find_view(window, "stakeholders")
    fm = view.table.fontMetrics()
    name = "Ministry of Planning and Development"
    assert view.model.row_of(next(r["id"] for r in window.doc.ws.records("stakeholders")
                                  if r["name"] == name)) >= 0
    assert view.table.columnWidth(0) >= fm.horizontalAdvance(name)
    # a short column (the acronym) stays narrow
    assert view.table.columnWidth(1) < view.table.columnWidth(0) / 2


def test_the_last_column_takes_the_rest_of_the_width(window):
    view = find_view(window, "sessions")
    header = view.table.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert total >= view.table.viewport().width() - 1


def test_sizing_samples_rows_and_stays_fast():
    from PySide6.QtGui import QFont, QFontMetrics

    from mainstream_desktop.app.column_widths import fit_widths, sample_rows

    rows = 20_000
    assert len(sample_rows(rows)) <= 120 and sample_rows(5) == [0, 1, 2, 3, 4]
    fm = QFontMetrics(QFont())
    texts = [(f"Ministry number {i} of a long name", str(i), "National") for i in range(rows)]
    start = time.perf_counter()
    widths = fit_widths(fm, ["Name", "Count", "Level"], ["text", "int", "choice"], rows,
                        texts.__getitem__)
    assert time.perf_counter() - start < 0.1
    assert widths[0] >= fm.horizontalAdvance("Ministry number 1 of a long name")
    assert widths[1] < widths[0]


def test_the_users_column_widths_and_split_are_remembered(window, demo_path):
    view = find_view(window, "stakeholders")
    header = view.table.horizontalHeader()
    header.resizeSection(0, 333)  # as a drag does
    view.select_row(0)
    view.splitter.setSizes([700, 400])
    view.splitter.splitterMoved.emit(700, 1)
    view.save_layout()
    sizes = view.splitter.sizes()
    window.close_workshop()
    assert window.open_path(demo_path)
    view = find_view(window, "stakeholders")
    assert view.table.columnWidth(0) == 333
    view.select_row(0)
    assert view.splitter.sizes() == sizes


def test_the_form_shows_only_with_a_record(window):
    view = find_view(window, "stakeholders")
    view.table.clearSelection()
    view.form.show_record(None)
    assert not view.form.isVisible()
    view.select_row(0)
    assert view.form.isVisible()
    view.table.clearSelection()
    view.start_new()
    assert view.form.isVisible() and view.form.mode == "new"
