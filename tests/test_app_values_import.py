"""File ▸ Import indicator values: read and previewed in the worker (the window stays
responsive), every problem shown with its row and column, nothing written until the
table is clean, then one undoable step."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import open_window, without_values


@pytest.fixture
def demo_path(demo_path: Path) -> Path:
    """The sample without its indicator values (these tests count what they add)."""
    return without_values(demo_path)



@pytest.fixture
def window(qtbot, demo_path):
    w = open_window(qtbot, demo_path)
    yield w
    w.close_workshop()


def _table(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "values.csv"
    path.write_text(body, encoding="utf-8")
    return path


def _values(w) -> list[dict]:
    return w.doc.ws.records("indicator_values")


def test_the_menu_offers_the_import(window) -> None:
    action = window.actions_["import_values"]
    assert action.isEnabled()
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()


def test_a_table_with_problems_is_shown_and_nothing_is_written(window, qtbot, tmp_path,
                                                               monkeypatch) -> None:
    from mainstream_desktop.app.dialogs import ImportPreviewDialog

    table = _table(tmp_path, "Indicator,Year,Value\n10.7.4,2020,0.02\nNo such,2020,1\n"
                             "10.7.4,20x,3\n")
    shown = []

    def look(dialog):
        from PySide6.QtWidgets import QListWidget

        shown.append((dialog.windowTitle(), dialog.apply_button.isEnabled(),
                      dialog.details.text()))

        errors = dialog.form.findChild(QListWidget, "errorList")
        shown.append([errors.item(i).text() for i in range(errors.count())])
        return ImportPreviewDialog.DialogCode.Accepted  # even if the user could: refused

    monkeypatch.setattr(ImportPreviewDialog, "exec", look)
    page = window.workspace.page(6)
    page.import_values(table)
    assert page.busy() or shown  # the reading runs in the worker
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=30_000)
    title, enabled, details = shown[0]
    assert title == "Import indicator values"
    assert not enabled
    assert "A “Indicator”" in details and "C “Value”" in details
    errors = shown[1]
    assert any("row 3" in e and "column A “Indicator”" in e and "No such" in e for e in errors)
    assert any("row 4" in e and "column B “Year”" in e for e in errors)
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
    assert _values(window) == []


def test_a_clean_table_is_one_undo_step(window, qtbot, tmp_path, monkeypatch) -> None:
    from mainstream_desktop.app.dialogs import ImportPreviewDialog

    table = _table(tmp_path, "Code,Sex,2019,2020\n10.7.4,Total,0.02,..\n10.7.4,Female,"
                             "0.03,0.04\n")
    monkeypatch.setattr(ImportPreviewDialog, "exec",
                        lambda _d: ImportPreviewDialog.DialogCode.Accepted)
    page = window.workspace.page(6)
    page.import_values(table)
    qtbot.waitUntil(lambda: len(_values(window)) == 3, timeout=30_000)
    assert "Ctrl+Z" in page.status.text()
    assert sorted(v["value"] for v in _values(window)) == [0.02, 0.03, 0.04]
    window.actions_["undo"].trigger()
    assert _values(window) == []
