"""Issue 16: deliverables in the File menu, Open folder, drops; the shortcuts list;
the glitches (undo buttons, New record, status messages, country names, form rows)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox

from tests.test_app_registers import find_view


def all_keys(win) -> list[str]:
    from PySide6.QtGui import QAction

    return [k.toString() for a in win.findChildren(QAction) for k in a.shortcuts()
            if not k.isEmpty()]


def test_export_actions_in_the_file_menu_with_free_keys(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "Export &PDF report…" in texts and "Export &Excel workbook…" in texts
    keys = all_keys(window)
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert window.actions_["export_pdf"].shortcut().toString() in keys


def test_file_export_writes_and_offers_the_folder(window, tmp_path, qtbot, monkeypatch):
    from mainstream_desktop.app.pages import DELIVERABLES

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(
        lambda url: opened.append(url.toLocalFile()) or True))
    target = tmp_path / "out" / "report.xlsx"
    target.parent.mkdir()
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page = window.workspace.page(DELIVERABLES)
    page.open_results = False
    window.actions_["export_xlsx"].trigger()
    assert window.workspace.current_index() == DELIVERABLES
    qtbot.waitUntil(lambda: not page.busy() and page.last_output is not None, timeout=60_000)
    assert target.exists() and page.folder_button.isVisibleTo(page)
    page.folder_button.click()
    assert opened == [str(target.parent)]


def test_the_personal_data_choice_is_explained_and_wraps(window):
    from PySide6.QtWidgets import QLabel

    from mainstream_desktop.app.forms import child
    from mainstream_desktop.app.pages import DELIVERABLES

    window.workspace.show_page(DELIVERABLES)
    page = window.workspace.page(DELIVERABLES)
    note = child(page.form, "personalDataNote", QLabel)
    assert note.wordWrap() and "phone" in note.text()
    box = page.personal
    assert box.width() >= box.sizeHint().width()  # the check box's own text is not cut


def drop(win, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    win.dropEvent(event)


def test_a_dropped_workbook_starts_the_import_and_a_table_the_values_import(
        window, sample_master, tmp_path, qtbot, monkeypatch):
    from mainstream_desktop.app.pages import DELIVERABLES

    page = window.workspace.page(DELIVERABLES)
    called: list[tuple[str, Path]] = []
    monkeypatch.setattr(page, "import_workbook", lambda p=None: called.append(("wb", p)))
    monkeypatch.setattr(page, "import_values", lambda p=None: called.append(("values", p)))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    drop(window, sample_master)
    qtbot.waitUntil(lambda: len(called) == 1)
    assert called[0] == ("wb", sample_master)
    import openpyxl

    other = tmp_path / "values.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Data"
    wb.save(other)
    drop(window, other)
    qtbot.waitUntil(lambda: len(called) == 2)
    assert called[1] == ("values", other)
    csv = tmp_path / "values.csv"
    csv.write_text("indicator,year,value\n")
    drop(window, csv)
    qtbot.waitUntil(lambda: len(called) == 3)
    assert called[2] == ("values", csv)


def test_keyboard_shortcuts_are_listed_from_the_actions(window):
    from mainstream_desktop.app.shortcuts_dialog import ShortcutsDialog, shortcut_rows

    rows = dict(shortcut_rows(window))
    native = QKeySequence.SequenceFormat.NativeText
    assert rows["Find in the workshop"].startswith(
        QKeySequence(QKeySequence.StandardKey.Find).toString(native))
    assert rows["Delete record"] == QKeySequence("Ctrl+Del").toString(native)
    assert rows["Export PDF report"] == QKeySequence("Ctrl+P").toString(native)
    assert "Undo" in rows and not any("&" in text for text in rows)
    assert "Keyboard shortcuts" in rows
    dialog = ShortcutsDialog(window)
    assert dialog.table.rowCount() == len(rows)
    dialog.deleteLater()


def test_the_delete_button_names_the_menus_key(window):
    view = find_view(window, "stakeholders")
    menu_key = window.actions_["delete_row"].shortcut().toString(
        QKeySequence.SequenceFormat.NativeText)
    assert f"({menu_key};" in view.delete_button.toolTip()


def test_toolbar_undo_keeps_its_width(window):
    view = find_view(window, "stakeholders")
    button = window.toolbar.widgetForAction(window.toolbar.actions()[0])
    before = button.sizeHint().width()
    view.select_row(0)
    window.doc.update("stakeholders", view.selected_id(), {"acronym": "XYZ"})
    assert window.actions_["undo"].isEnabled() and button.isEnabled()
    assert button.sizeHint().width() == before
    assert window.actions_["undo"].text().replace("&", "") in button.toolTip()


def test_new_record_is_offered_only_on_a_register(window):
    from mainstream_desktop.app.pages import DELIVERABLES

    view = find_view(window, "stakeholders")
    assert window.actions_["new_row"].isEnabled()
    page = window.workspace.current_page()
    page.tabs.setCurrentIndex(page.tabs.count() - 1)  # a picture
    assert not window.actions_["new_row"].isEnabled()
    page.tabs.setCurrentWidget(view)
    assert window.actions_["new_row"].isEnabled()
    window.workspace.show_page(DELIVERABLES)
    assert not window.actions_["new_row"].isEnabled()


def test_status_messages_end_with_their_moment(window):
    view = find_view(window, "stakeholders")
    view.select_row(0)
    view.delete_selected()
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.undo_group.undo()
    assert window.statusBar().currentMessage() == ""
    view.start_new()
    window.close_workshop()
    assert window.statusBar().currentMessage() == ""


def test_a_user_assigned_country_shows_its_name(window):
    form = window.workspace.page(0).tabs.widget(0)
    combo = form.editors["country"].combo
    assert window.doc.ws.workshop()["country"] == "XLV"
    assert combo.currentText() == "Republic of Lorvania"


@pytest.mark.parametrize("field", ["evidence", "notes"])
def test_a_notes_box_sits_beside_its_label(window, field):
    view = find_view(window, "readiness")
    view.select_row(0)
    form = view.form
    editor = form.editors[field]
    label = form.labels[field]
    top = editor.mapTo(form, editor.rect().topLeft()).y()
    assert abs(top - label.mapTo(form, label.rect().topLeft()).y()) < 12


def test_long_labels_get_the_height_of_their_lines(window):
    form = window.workspace.page(0).tabs.widget(0)
    for label in form.labels.values():
        assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
