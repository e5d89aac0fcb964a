"""Add, edit and delete in every register through the window; undo and redo; keyboard
entry; invalid input shown beside the field; the power–interest grid edits the file."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from mainstream_desktop.core import validation
from mainstream_desktop.core.registers import REGISTERS, Register
from mainstream_desktop.core.store import Workshop

REGISTER_NAMES = [r.name for r in REGISTERS.values() if not r.singleton]


def find_view(window, table: str):
    """Show the page and tab of ``table`` and return its RegisterView."""
    from mainstream_desktop.app.pages import PAGES
    from mainstream_desktop.core.registers import register

    index = [p.step for p in PAGES].index(register(table).step)  # build only that page
    window.workspace.show_page(index)
    page = window.workspace.page(index)
    view = next(v for v in page.register_views() if v.reg.name == table)
    page.tabs.setCurrentWidget(view)
    return view


def new_values(ws: Workshop, reg: Register) -> dict[str, Any] | None:
    """Values for the required fields of a new record that break no uniqueness rule."""
    values: dict[str, Any] = {}
    for f in reg.fields:
        if not f.required:
            continue
        if f.kind == "ref":
            values[f.name] = [r["id"] for r in ws.records(f.ref)]
        elif f.kind in ("choice", "multi"):
            values[f.name] = [k for k, _ in validation.choice_list(f)]
        elif f.kind == "year":
            values[f.name] = list(range(2000, 2040))
        elif f.kind in ("int", "float"):
            values[f.name] = [1.5 if f.kind == "float" else 1]
        elif f.kind == "date":
            values[f.name] = ["2027-03-01"]
        else:
            values[f.name] = [f"New {reg.singular} from the test"]
    names = list(values)
    live = [tuple(str(r.get(c)) for c in cols) for cols in reg.unique for r in ws.records(reg.name)]

    def pick(i: int, chosen: dict[str, Any]) -> dict[str, Any] | None:
        if i == len(names):
            for cols in reg.unique:
                if set(cols) <= set(chosen) and tuple(str(chosen[c]) for c in cols) in live:
                    return None
            if "source" in chosen and chosen.get("source") == chosen.get("target"):
                return None
            return chosen
        for candidate in values[names[i]][:40]:
            got = pick(i + 1, {**chosen, names[i]: candidate})
            if got:
                return got
        return None

    return pick(0, {})


@pytest.mark.parametrize("table", REGISTER_NAMES)
def test_add_edit_delete_undo_redo(window, table):
    doc = window.doc
    view = find_view(window, table)
    values = new_values(doc.ws, view.reg)
    if values is None:  # every allowed value is taken (readiness items): free one first
        view.select(view.model.record_id(0))
        view.delete_selected()
        values = new_values(doc.ws, view.reg)
        assert values is not None
    before = doc.ws.count(table)
    window.new_row()  # what Ctrl+N does
    assert view.form.mode == "new"
    for name, value in values.items():
        view.form.editors[name].set_value(value)
    rid = view.form.add()
    assert rid, view.form.errors()
    assert doc.ws.count(table) == before + 1
    assert view.selected_id() == rid

    # edit one optional text-like field (or the first field) through the form
    from mainstream_desktop.core.rules import RULES

    ruled = {name for rule in RULES.get(table, ()) for name in rule.fields}  # e.g. HH:MM
    editable = [f for f in view.reg.fields
                if f.kind in ("text", "longtext") and not f.required and f.name not in ruled]
    if editable:
        f = editable[0]
        view.form.editors[f.name].set_value("changed by the test")
        view.form.editors[f.name].committed.emit()
        assert doc.ws.get(table, rid)[f.name] == "changed by the test"
        doc.undo_stack.undo()
        assert doc.ws.get(table, rid)[f.name] in (None, "")
        doc.undo_stack.redo()
        assert doc.ws.get(table, rid)[f.name] == "changed by the test"

    view.delete_selected()
    assert doc.ws.get(table, rid) is None
    doc.undo_stack.undo()  # the deletion
    assert doc.ws.get(table, rid) is not None
    assert view.model.row_of(rid) >= 0
    doc.undo_stack.setIndex(doc.undo_stack.index() - (2 if editable else 1))  # the insert
    assert doc.ws.count(table) == before
    assert doc.ws.get(table, rid) is None
    doc.undo_stack.redo()
    assert doc.ws.get(table, rid) is not None


def test_invalid_input_is_shown_beside_the_field_and_not_written(window):
    doc = window.doc
    view = find_view(window, "stakeholders")
    rid = view.model.record_id(0)
    view.select(rid)
    email = view.form.editors["contact_email"]
    old = doc.ws.get("stakeholders", rid)["contact_email"]
    email.edit.setText("not an email")
    email.committed.emit()
    assert "contact_email" in view.form.errors()
    assert view.form.error_labels["contact_email"].isVisibleTo(view.form)
    assert doc.ws.get("stakeholders", rid)["contact_email"] == old
    email.edit.setText("someone@example.org")
    email.committed.emit()
    assert "contact_email" not in view.form.errors()
    assert doc.ws.get("stakeholders", rid)["contact_email"] == "someone@example.org"


def test_a_new_record_without_its_required_fields_is_not_written(window):
    doc = window.doc
    view = find_view(window, "data_sources")
    before = doc.ws.count("data_sources")
    view.start_new()
    view.form.editors["name"].set_value("Only a name")
    assert view.form.add() is None
    assert "type" in view.form.errors()
    assert doc.ws.count("data_sources") == before
    assert not doc.undo_stack.canUndo()


def test_a_duplicate_name_is_refused_beside_the_field(window):
    view = find_view(window, "stakeholders")
    existing = view.model.record(0)
    view.start_new()
    view.form.editors["name"].set_value(existing["name"])
    view.form.editors["type"].set_value(existing["type"])
    assert view.form.add() is None
    assert "name" in view.form.errors()


def test_keyboard_entry(window, qtbot):
    doc = window.doc
    view = find_view(window, "participants")
    before = doc.ws.count("participants")
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.form.mode == "new"
    focused = view.form.editors["name"].focus_widget()
    focused.setFocus()
    QTest.keyClicks(focused, "Amina Diallo")
    QTest.keyClick(focused, Qt.Key.Key_Return)
    assert doc.ws.count("participants") == before + 1
    assert doc.ws.get("participants", view.selected_id())["name"] == "Amina Diallo"


def test_cell_edit_and_refusal(window):
    doc = window.doc
    view = find_view(window, "stakeholders")
    col = [f.name for f in view.model.columns].index("influence")
    index = view.model.index(0, col)
    rid = view.model.record_id(0)
    messages = []
    view.model.editFailed.connect(messages.append)
    assert not view.model.setData(index, "9")
    assert messages and "5" in messages[0]
    assert view.model.setData(index, "2")
    assert doc.ws.get("stakeholders", rid)["influence"] == 2


def test_search_filters_the_table(window):
    view = find_view(window, "stakeholders")
    total = view.proxy.rowCount()
    view.search.setText("ministry of health")
    assert 0 < view.proxy.rowCount() < total


def test_deleting_a_stakeholder_takes_its_links_and_undo_brings_them_back(window):
    doc = window.doc
    view = find_view(window, "stakeholders")
    links = doc.ws.records("links")
    sid = links[0]["source"]
    linked = {r["id"] for r in links if sid in (r["source"], r["target"])}
    view.select(sid)
    view.delete_selected()
    assert doc.ws.get("stakeholders", sid) is None
    assert all(doc.ws.get("links", i) is None for i in linked)
    doc.undo_stack.undo()
    assert doc.ws.get("stakeholders", sid) is not None
    assert all(doc.ws.get("links", i) is not None for i in linked)
    doc.undo_stack.redo()
    assert doc.ws.get("stakeholders", sid) is None


def test_dragging_in_the_grid_changes_the_file(window, demo_path):
    page = window.workspace.page(2)
    host = page.grid
    assert host.picture is not None  # a picture that cannot be made fails, not skips
    doc = window.doc
    rid = doc.ws.records("stakeholders")[0]["id"]
    host.picture.stakeholderMoved.emit(rid, 5, 1)
    rec = doc.ws.get("stakeholders", rid)
    assert (rec["influence"], rec["interest"]) == (5, 1)
    assert doc.undo_stack.undoText().startswith("Move")
    window.close_workshop()
    with Workshop.open(demo_path) as ws:
        rec = ws.get("stakeholders", rid)
        assert (rec["influence"], rec["interest"]) == (5, 1)


def test_an_undo_the_core_refuses_is_reported(window, monkeypatch):
    doc = window.doc
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    view = find_view(window, "participants")
    rid = view.model.record_id(0)
    doc.update("participants", rid, {"position": "Chair"})
    doc.ws.conn.execute("DELETE FROM participants WHERE id = ?", (rid,))  # gone behind our back
    doc.undo_stack.undo()
    assert shown


def test_activating_a_stakeholder_in_the_grid_selects_it_in_the_table(window, qtbot):
    from mainstream_desktop.core import figures

    window.go_to(2)
    page = window.workspace.current_page()
    host = page.grid
    assert host.picture is not None  # a picture that cannot be made fails, not skips
    page.tabs.setCurrentWidget(host)
    qtbot.waitExposed(host.picture)
    view = next(v for v in page.register_views() if v.reg.name == "stakeholders")
    point = figures.power_interest(window.doc.ws)[-1]
    assert view.selected_id() != point.id
    canvas = host.picture.canvas
    with qtbot.waitSignal(host.picture.stakeholderActivated, timeout=2000):
        QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, canvas.item_viewport_pos(point.id))
    assert view.selected_id() == point.id
    assert view.form.record_id == point.id
    assert page.tabs.currentWidget() is host  # a click in the grid does not leave it


def test_activating_an_indicator_in_the_heatmap_selects_it_in_the_table(window):
    window.go_to(3)
    page = window.workspace.current_page()
    host = next(h for h in page.pictures() if h.objectName() == "picture_CoverageHeatmap")
    assert host.picture is not None  # a picture that cannot be made fails, not skips
    view = next(v for v in page.register_views() if v.reg.name == "indicators")
    rid = window.doc.ws.records("indicators")[-1]["id"]
    host.picture.cellActivated.emit(rid, "")
    assert view.selected_id() == rid


def test_a_cell_keeps_a_stored_key_its_list_does_not_offer(window):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from mainstream_desktop.app.delegates import FieldDelegate

    doc = window.doc
    view = find_view(window, "actions")
    col = [f.name for f in view.model.columns].index("responsible")
    row = next(r for r in range(view.model.rowCount())
               if view.model.record(r).get("responsible"))
    rid, key = view.model.record_id(row), view.model.record(row)["responsible"]
    offered = [(k, label) for k, label in doc.ref_choices("stakeholders") if k != key]
    delegate = FieldDelegate(lambda _ref: offered, view.table)
    index = view.proxy.mapFromSource(view.model.index(row, col))
    editor = delegate.createEditor(view.table.viewport(), QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    assert editor.currentData() == key
    undo_count = doc.undo_stack.count()
    delegate.setModelData(editor, view.proxy, index)
    assert doc.ws.get("actions", rid)["responsible"] == key
    assert doc.undo_stack.count() == undo_count
    editor.deleteLater()


def test_a_picture_module_that_fails_to_import_is_an_error_not_a_placeholder(monkeypatch):
    import sys

    from mainstream_desktop.app.picture_host import picture_class

    monkeypatch.setitem(sys.modules, "mainstream_desktop.app.pictures", None)
    with pytest.raises(ImportError):
        picture_class("PowerInterestView")


def test_step_pages_show_the_registers_their_step_declares(window):
    from mainstream_desktop.app.pages import PAGES, page_titles
    from mainstream_desktop.core import enums
    from mainstream_desktop.core.i18n import translate
    from mainstream_desktop.core.registers import registers_of_step

    assert page_titles()[:-1] == [translate("Enum", label) for _, label in enums.STEPS]
    for index, kind in enumerate(PAGES[:-1]):
        window.go_to(index)
        page = window.workspace.current_page()
        assert page.step == kind.step
        tabs = [(page.tabs.widget(i).objectName(), page.tabs.tabText(i))
                for i in range(page.tabs.count())
                if page.tabs.widget(i).objectName().startswith("register_")]
        assert tabs == [(f"register_{r.name}", translate("Register", r.tab_label))
                        for r in registers_of_step(kind.step)]
    actions = find_view(window, "actions")
    assert [f.name for f in actions.model.columns] == [
        "title", "responsible", "sector", "timeframe", "priority", "cost", "indicator", "status"]


def test_the_form_and_the_import_place_the_same_problem_on_the_same_field(window, tmp_path):
    """One preview path: the store's problem, keyed by field, shown beside the field in the
    form and at the field's column in the import."""
    from mainstream_desktop.workbook import plan_import, write_workbook
    from tests.test_workbook_helpers import edit

    view = find_view(window, "stakeholders")
    existing = view.model.record(0)
    view.start_new()
    view.form.editors["name"].set_value(existing["name"])
    view.form.editors["type"].set_value(existing["type"])
    assert view.form.add() is None
    shown = view.form.errors()["name"]
    assert "same name" in shown
    xlsx = write_workbook(window.doc.ws, tmp_path / "book.xlsx")
    edit(xlsx, [("Stakeholders", -1, "Name", existing["name"]),
                ("Stakeholders", -1, "Type", existing["type"])])
    plan = plan_import(window.doc.ws, xlsx)
    assert any("Stakeholders, row" in e and "column “Name”" in e and e.endswith(shown)
               for e in plan.errors), plan.errors


def test_a_cell_edit_keeps_the_current_cell(window, qtbot):
    """Found by review: a cell's edit reset the model, the current cell jumped to the first
    row, and the next keys typed went into another record."""
    from PySide6.QtWidgets import QAbstractItemView

    view = find_view(window, "stakeholders")
    col = [f.name for f in view.model.columns].index("acronym")
    target = view.proxy.index(3, col)
    rid = view.model.record_id(view.proxy.mapToSource(target).row())
    view.table.setCurrentIndex(target)
    view.table.edit(target)
    editor = view.table.indexWidget(target) or view.table.focusWidget()
    editor.setText("ABC")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert window.doc.ws.get("stakeholders", rid)["acronym"] == "ABC"
    current = view.table.currentIndex()
    assert current.row() == 3 and current.column() == col + 1
    assert view.table.state() in (QAbstractItemView.State.EditingState,
                                  QAbstractItemView.State.NoState)


def test_a_new_record_does_not_throw_away_a_field_being_typed(window, qtbot):
    """Found by review: Ctrl+N while typing in a field of the shown record lost the text."""
    view = find_view(window, "stakeholders")
    view.table.selectRow(0)
    rid = view.form.record_id
    editor = view.form.editors["notes"]
    widget = editor.focus_widget()
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    QTest.keyClicks(widget, "typed before Ctrl+N")
    view.start_new()
    assert "typed before Ctrl+N" in (window.doc.ws.get("stakeholders", rid)["notes"] or "")
