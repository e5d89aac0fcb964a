"""Typing into the forms the way a new user does: dates into empty fields, numbers out of
range, Undo/Redo keys inside a text box, Enter in a searchable list, a refused Add."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.test_app_registers import find_view


@pytest.fixture
def window(window, qtbot):
    """The shared sample window (tests/conftest.py), made the active one: these tests type
    into it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def _record_with_empty(ws, table: str, name: str) -> str:
    return next(r["id"] for r in ws.records(table) if r[name] is None)


def _type_into(qtbot, editor, text: str) -> None:
    widget = editor.focus_widget()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["20250601", "2025-06-01", "2025-6-1"])
def test_a_date_typed_into_an_empty_field_is_saved(window, qtbot, typed):
    view = find_view(window, "commitments")
    ws = window.doc.ws
    rid = _record_with_empty(ws, "commitments", "date")
    view.select(rid)
    editor = view.form.editors["date"]
    assert editor.value() is None
    _type_into(qtbot, editor, typed)
    assert ws.get("commitments", rid)["date"] == "2025-06-01"
    assert editor.edit.text() == "2025-06-01"
    assert view.form.errors() == {}


def test_a_date_can_be_cleared_and_a_bad_one_is_refused_beside_it(window, qtbot):
    view = find_view(window, "commitments")
    ws = window.doc.ws
    rid = _record_with_empty(ws, "commitments", "date")
    view.select(rid)
    editor = view.form.editors["date"]
    _type_into(qtbot, editor, "2025-06-01")
    editor.edit.line.selectAll()
    _type_into(qtbot, editor, "\b")
    assert ws.get("commitments", rid)["date"] is None
    _type_into(qtbot, editor, "2025-13-45")
    assert ws.get("commitments", rid)["date"] is None
    assert "date" in view.form.errors()["date"].lower()


def test_a_date_typed_into_a_new_record_is_written(window, qtbot):
    view = find_view(window, "commitments")
    view.start_new()
    form = view.form
    form.editors["title"].edit.setText("Decree on migration data")
    form.editors["instrument"].set_value(form.editors["instrument"].combo.itemData(1))
    _type_into(qtbot, form.editors["date"], "20240315")
    rid = form.add()
    assert rid
    assert window.doc.ws.get("commitments", rid)["date"] == "2024-03-15"


def test_a_rating_out_of_range_is_refused_beside_the_field(window, qtbot):
    view = find_view(window, "stakeholders")
    ws = window.doc.ws
    rid = ws.records("stakeholders")[0]["id"]
    before = ws.get("stakeholders", rid)["influence"]
    view.select(rid)
    editor = view.form.editors["influence"]
    widget = editor.focus_widget()
    widget.setFocus()
    widget.lineEdit().selectAll()
    QTest.keyClicks(widget, "9")
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert ws.get("stakeholders", rid)["influence"] == before
    assert "between 1 and 5" in view.form.errors()["influence"]


def test_typing_into_an_empty_rating_replaces_the_dash(window, qtbot):
    view = find_view(window, "stakeholders")
    ws = window.doc.ws
    view.start_new()
    editor = view.form.editors["influence"]
    assert editor.value() is None
    widget = editor.focus_widget()
    widget.setFocus()
    QTest.keyClicks(widget, "4")
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert editor.value() == 4
    assert ws is not None


def test_a_decimal_comma_passes_through_the_form(window, qtbot):
    from mainstream_desktop.core.registers import register

    floats = [(r.name, f.name) for r in [register(t) for t in ("actions", "indicators")]
              for f in r.fields if f.kind == "float"]
    assert floats, "no float field to try"
    table, name = floats[0]
    view = find_view(window, table)
    # a record with nothing secured: 1.5 would be refused below a secured amount (rule)
    rid = next(r["id"] for r in window.doc.ws.records(table) if not r.get("amount_secured"))
    view.select(rid)
    editor = view.form.editors[name]
    editor.edit.selectAll()
    _type_into(qtbot, editor, "1,5")
    assert window.doc.ws.get(table, rid)[name] == 1.5


def test_redo_keys_are_each_bound_once(window):
    keys = [k.toString() for k in window.actions_["redo"].shortcuts()]
    assert len(keys) == len(set(keys))
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= set(keys)


@pytest.mark.parametrize("redo_key", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_undo_and_redo_keys_in_a_form_field_reach_the_window(window, qtbot, redo_key):
    view = find_view(window, "stakeholders")
    ws = window.doc.ws
    rid = ws.records("stakeholders")[0]["id"]
    view.select(rid)
    editor = view.form.editors["acronym"]
    old = ws.get("stakeholders", rid)["acronym"]
    editor.edit.selectAll()
    _type_into(qtbot, editor, "ZZZ")
    assert ws.get("stakeholders", rid)["acronym"] == "ZZZ"
    widget = editor.focus_widget()
    widget.setFocus()  # back in the field, whose own history was cleared by the refill
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    QTest.keySequence(widget, QKeySequence(QKeySequence.StandardKey.Undo))
    assert ws.get("stakeholders", rid)["acronym"] == old
    assert editor.value() == (old or "")
    QTest.keySequence(widget, QKeySequence(redo_key))
    assert ws.get("stakeholders", rid)["acronym"] == "ZZZ"


def test_enter_in_a_searchable_list_picks_the_best_match(qtbot):
    from mainstream_desktop.app.fields import ChoiceEditor
    from mainstream_desktop.core.registers import register

    editor = ChoiceEditor(register("workshop").field("country"),
                          [("AFG", "Afghanistan"), ("GHA", "Ghana"), ("NGA", "Nigeria")]
                          + [(f"X{i:02d}", f"Country {i}") for i in range(20)])
    qtbot.addWidget(editor)
    editor.show()
    seen = []
    editor.committed.connect(lambda: seen.append(editor.value()))
    line = editor.combo.lineEdit()
    line.setFocus()
    QTest.keyClicks(line, "Ghan")
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert editor.value() == "GHA"
    assert seen and set(seen) == {"GHA"}
    line.selectAll()
    QTest.keyClicks(line, "stan")  # no label starts with it: the first that contains it
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert editor.value() == "AFG"


def test_new_workshop_dialog_dates_country_and_refusal(qtbot, tmp_path):
    from mainstream_desktop.app.dialogs import NewWorkshopDialog

    dialog = NewWorkshopDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("Consultation")
    dialog.file_edit.setText(str(tmp_path / "c.mainstream"))
    line = dialog.country.lineEdit()
    line.setFocus()
    QTest.keyClicks(line, "Ghan")
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert dialog.country_key() == "GHA"
    assert dialog.isVisible() and dialog.result() == 0  # Enter picked, did not create
    for edit, typed in ((dialog.start, "2025-11-03"), (dialog.end, "20251101")):
        edit.line.setFocus()
        edit.line.selectAll()
        QTest.keyClicks(edit.line, typed)
        QTest.keyClick(edit.line, Qt.Key.Key_Tab)
    assert dialog.values()["start_date"] == "2025-11-03"
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.end_error.isVisible() and "before the start" in dialog.end_error.text()
    dialog.end.line.setText("2025-11-05")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values()["end_date"] == "2025-11-05"


def test_a_refused_add_is_brought_into_view_and_said(window, qtbot):
    view = find_view(window, "stakeholders")
    messages = []
    view.message.connect(messages.append)
    existing = window.doc.ws.records("stakeholders")[0]["name"]
    view.start_new()
    form = view.form
    form.editors["name"].edit.setText(existing)  # a duplicate: refused by the store
    form.editors["type"].set_value(form.editors["type"].combo.itemData(1))
    form.scroll.verticalScrollBar().setValue(form.scroll.verticalScrollBar().maximum())
    assert form.add() is None
    assert "name" in form.errors()
    assert messages and messages[-1].startswith("Not added")
    holder = form.error_labels["name"].parentWidget()
    top = holder.mapTo(form.scroll.widget(), holder.rect().topLeft()).y()
    bar = form.scroll.verticalScrollBar().value()
    assert bar <= top <= bar + form.scroll.viewport().height()


def test_a_link_to_itself_is_refused_beside_the_field(window, qtbot):
    view = find_view(window, "links")
    sid = window.doc.ws.records("stakeholders")[0]["id"]
    view.start_new()
    form = view.form
    form.editors["source"].set_value(sid)
    form.editors["target"].set_value(sid)
    for name, editor in form.editors.items():
        f = form.reg.field(name)
        if f.required and editor.value() in (None, "", []):
            editor.set_value(editor.combo.itemData(1))
    assert form.add() is None
    assert "itself" in form.errors().get("target", "")


def test_an_empty_reference_list_says_where_to_add(empty_ws, qtbot):
    from mainstream_desktop.app.fields import make_editor
    from mainstream_desktop.core.registers import register

    editor = make_editor(register("mechanism_members").field("stakeholder"), ())
    qtbot.addWidget(editor)
    assert "Institutional mapping" in editor.combo.itemText(0)
    editor.set_choices([("s1", "Ministry")])
    assert editor.combo.itemText(0) == ""


def test_arrow_keys_in_a_date_step_the_day_and_are_saved(window, qtbot):
    view = find_view(window, "commitments")
    ws = window.doc.ws
    rid = _record_with_empty(ws, "commitments", "date")
    view.select(rid)
    editor = view.form.editors["date"]
    _type_into(qtbot, editor, "2025-06-01")
    line = editor.focus_widget()
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_Up)
    QTest.keyClick(line, Qt.Key.Key_Tab)
    assert ws.get("commitments", rid)["date"] == "2025-06-02"
