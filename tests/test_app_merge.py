"""The window's side of working groups: a group's copy, the merge review, record history."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
)

from mainstream_desktop.core.merge import ConflictKind, group_of
from mainstream_desktop.core.store import Workshop
from tests.window_merge_scenario import edit_copies, make_copies, stakeholder


@pytest.fixture
def window(qtbot):
    from mainstream_desktop.app.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_workshop()


@pytest.fixture
def scenario(demo_path: Path, tmp_path: Path) -> tuple[Path, list[Path]]:
    """The plenary's file and three groups' copies, edited apart with conflicts."""
    folder = tmp_path / "groups"
    folder.mkdir()
    copies = make_copies(demo_path, folder)
    edit_copies(copies)
    return demo_path, copies


def planned(qtbot, window, copies):
    from mainstream_desktop.app.merge_dialog import MergeDialog

    dialog = MergeDialog(window.doc, window)
    qtbot.addWidget(dialog)
    dialog.add_files(copies)
    dialog.review()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy(), timeout=20000)
    return dialog


def test_copy_for_a_working_group_shows_the_group_in_the_title(window, demo_path, tmp_path,
                                                                qtbot, monkeypatch):
    target = tmp_path / "labour.mainstream"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  Labour ",
                                                                               True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "labour"), "")))
    assert window.open_path(demo_path)
    plenary_title = window.windowTitle()
    assert "Labour" not in plenary_title
    window.actions_["group_copy"].trigger()
    qtbot.waitUntil(lambda: "Labour" in window.statusBar().currentMessage(), timeout=10000)
    with Workshop.open_for_reading(target) as ws:
        assert group_of(ws) == "Labour"
    assert window.open_path(target)
    assert window.windowTitle() == plenary_title + " — Working group: Labour"
    # a copy made with the file manager belongs to no group
    plain = tmp_path / "plain.mainstream"
    window.close_workshop()
    shutil.copyfile(demo_path, plain)
    assert window.open_path(plain)
    assert window.windowTitle() == plenary_title


def test_merge_review_lists_tallies_and_conflicts_and_writes_what_was_decided(
        window, scenario, tmp_path, qtbot, monkeypatch):
    plenary, copies = scenario
    assert window.open_path(plenary)
    before = plenary.read_bytes()
    dialog = planned(qtbot, window, copies)
    assert [Path(p).name for p, _ in dialog.inputs()] == [
        "sample.mainstream", "labour.mainstream", "health.mainstream", "statistics.mainstream"]
    tree = dialog.tally_tree
    headers = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert headers[1].startswith("This workshop") and headers[2].startswith("Labour")
    rows = {tree.topLevelItem(i).text(0).strip(): tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())}
    assert "Institutional mapping" in rows  # registers grouped under their step
    assert rows["Stakeholders"].text(2) == "+1 ~2 −2"  # Labour: added, changed, deleted
    assert rows["Stakeholders"].text(3) == "+1 ~3"
    assert rows["Stakeholder links"].text(4) == "+1"
    assert rows["Stakeholders"].toolTip(2) == "1 added, 2 changed, 2 deleted"
    kinds = {c.kind for c in dialog.plan.conflicts}
    assert kinds == set(ConflictKind)
    assert dialog.conflict_list.count() == len(dialog.plan.conflicts) == 5
    assert not dialog.merge_button.isEnabled()
    # decide each conflict in the review, by its radio buttons
    for row, conflict in enumerate(dialog.plan.conflicts):
        dialog.conflict_list.setCurrentRow(row)
        radios = {r.objectName(): r for r in dialog.findChildren(QRadioButton)
                  if r.isVisibleTo(dialog)}
        wanted = "keepBoth" if conflict.kind == ConflictKind.CLASH else "side0"
        radios[wanted].click()
        assert conflict.decided
        assert dialog.conflict_list.item(row).text().startswith("✓")
        assert not dialog.merge_button.isEnabled() or row == 4
    field = next(c for c in dialog.plan.conflicts if c.kind == ConflictKind.FIELD)
    winner = field.sides[0]
    assert dialog.merge_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Open))
    opened: list[str] = []
    dialog.openRequested.connect(opened.append)
    out = tmp_path / "merged.mainstream"
    dialog.merge_to(out)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened == [str(out)]
    from mainstream_desktop.core.check import check_file

    assert check_file(out).ok
    with Workshop.open_for_reading(out) as ws:
        assert ws.get("stakeholders", field.record_id)["mandate"] == winner.value
        names = [r["name"] for r in ws.records("stakeholders")]
        assert sum(n.startswith("Migrant Workers Union") for n in names) == 2  # kept both
        assert group_of(ws) is None
    assert plenary.read_bytes() == before  # the open workshop was merged from a snapshot
    assert window.doc is not None and not window.doc.readonly


def test_newest_wins_for_the_rest_decides_all(window, scenario, qtbot):
    plenary, copies = scenario
    assert window.open_path(plenary)
    dialog = planned(qtbot, window, copies)
    dialog.decide(0, 2)  # the first conflict: the Statistics group's version
    assert dialog.newest_button.isEnabled() and not dialog.merge_button.isEnabled()
    dialog.newest_button.click()
    assert dialog.plan.undecided == []
    assert dialog.plan.conflicts[0].choice == 2  # a decision made is kept
    assert dialog.merge_button.isEnabled() and not dialog.newest_button.isEnabled()
    assert all(dialog.conflict_list.item(i).text().startswith("✓")
               for i in range(dialog.conflict_list.count()))
    assert "all 5 conflict(s) decided" in dialog.summary.text()


def test_the_merge_is_never_written_over_an_input(window, scenario, qtbot):
    plenary, copies = scenario
    assert window.open_path(plenary)
    dialog = planned(qtbot, window, copies)
    dialog.newest_for_the_rest()
    before = copies[1].read_bytes()
    dialog.merge_to(copies[1])
    assert "one of the files being merged" in dialog.status.text()
    assert not dialog.busy()
    assert copies[1].read_bytes() == before


def test_merging_without_the_open_workshop(window, scenario, qtbot):
    _plenary, copies = scenario
    dialog = planned(qtbot, window, copies)  # no workshop open: only the copies
    assert len(dialog.plan.sources) == 3
    assert [dialog.group_name(i) for i in range(3)] == ["Labour", "Health", "Statistics"]


def stakeholders_view(window):
    window.go_to(2)
    view = window.workspace.current_page().current_register()
    assert view.reg.name == "stakeholders"
    return view


def test_history_lists_an_edit_and_restores_it_undoably(window, demo_path, qtbot, monkeypatch):
    from mainstream_desktop.app.history_dialog import HistoryDialog

    assert window.open_path(demo_path)
    view = stakeholders_view(window)
    view.select_row(0)
    rid = view.selected_id()
    old = window.doc.ws.get("stakeholders", rid)["mandate"]
    window.doc.update("stakeholders", rid, {"mandate": "A new mandate"})
    shown: list[HistoryDialog] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.append(self) or 0)
    window.actions_["history"].trigger()  # Ctrl+H
    assert shown and shown[0].record_id == rid
    dialog = HistoryDialog(window.doc, "stakeholders", rid, window)
    qtbot.addWidget(dialog)
    top = dialog.rows[0]
    assert (top.field, top.old, top.new, top.what) == ("Mandate", old, "A new mandate",
                                                       "changed")
    assert top.who.startswith("tester (")
    assert dialog.table_widget.item(0, 4).text() == old
    assert dialog.restore_old.isEnabled()
    dialog.restore_old.click()
    assert window.doc.ws.get("stakeholders", rid)["mandate"] == old
    assert dialog.rows[0].new == old  # the restore is itself in the history
    assert "restored" in dialog.status.text()
    window.doc.undo_stack.undo()
    assert window.doc.ws.get("stakeholders", rid)["mandate"] == "A new mandate"
    dialog.table_widget.selectRow(1)  # the edit before the restore: its own value again
    dialog.restore_new.click()
    assert window.doc.ws.get("stakeholders", rid)["mandate"] == "A new mandate" or \
        "already" in dialog.status.text()


def test_history_of_a_deletion_offers_no_restore(window, demo_path, qtbot):
    from mainstream_desktop.app.history_dialog import HistoryDialog

    assert window.open_path(demo_path)
    rid = stakeholder(window.doc.ws, "MOH")
    window.doc.delete("stakeholders", rid, cascade=True)
    dialog = HistoryDialog(window.doc, "stakeholders", rid, window)
    qtbot.addWidget(dialog)
    assert dialog.rows[0].what == "deleted" and not dialog.restore_new.isEnabled()


class Pseudo(QTranslator):
    """Marks every text Qt translates, so an untranslated one stands out."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧"


def test_every_new_string_is_translatable(window, scenario, qtbot, monkeypatch):
    from mainstream_desktop.app.history_dialog import HistoryDialog
    from mainstream_desktop.core import i18n

    plenary, copies = scenario
    assert window.open_path(plenary)
    pseudo = Pseudo()
    QCoreApplication.installTranslator(pseudo)
    monkeypatch.setattr(i18n, "_translator", lambda _c, text: f"⟦{text}⟧")
    try:
        dialog = planned(qtbot, window, copies)
        dialog.conflict_list.setCurrentRow(2)  # the clash: also "keep both"
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(
            QAbstractButton) if w.isVisibleTo(dialog) and w.text()
            and w.objectName() not in ("sideValue", "sideWho", "sideWhen")
            and not (isinstance(w, QRadioButton) and w.objectName().startswith("side"))]
        texts.append(dialog.tally_tree.headerItem().text(0))
        texts += [dialog.conflict_list.item(i).text() for i in range(5)]
        view = stakeholders_view(window)
        view.select_row(0)
        history = HistoryDialog(window.doc, "stakeholders", view.selected_id(), window)
        qtbot.addWidget(history)
        texts += [history.heading.text(), history.restore_new.text(),
                  history.restore_old.text()]
        texts += [history.table_widget.horizontalHeaderItem(c).text() for c in range(6)]
        texts += [history.table_widget.item(0, 2).text()]
        from mainstream_desktop.app.main_window import MainWindow

        fresh = MainWindow()  # its menus are made under the pseudo-translation
        qtbot.addWidget(fresh)
        texts += [fresh.actions_[n].text() for n in ("merge", "group_copy", "history")]
        texts += [fresh.actions_[n].toolTip() for n in ("merge", "group_copy", "history")]
        texts.append(view.history_button.text())
    finally:
        QCoreApplication.removeTranslator(pseudo)
    assert len(texts) > 25
    assert [t for t in texts if "⟦" not in t] == []


def test_the_files_stay_put_while_they_are_read_and_cancel_does_not_wait(
        qtbot, window, scenario):
    """Found by review: removing a file during the review raised IndexError in a slot, and
    Cancel during the review blocked the window until the plan was made."""
    import time

    from PySide6.QtWidgets import QPushButton

    from mainstream_desktop.app.merge_dialog import MergeDialog

    _, copies = scenario
    dialog = MergeDialog(window.doc, window)
    qtbot.addWidget(dialog)
    dialog.add_files(copies)
    dialog.review()
    assert dialog.busy()
    assert not dialog.findChild(QPushButton, "removeFileButton").isEnabled()
    assert not dialog.findChild(QPushButton, "addFilesButton").isEnabled()
    start = time.perf_counter()
    dialog.reject()
    assert time.perf_counter() - start < 0.1
    assert not dialog.isVisible()
    from mainstream_desktop.app import merge_dialog

    qtbot.waitUntil(lambda: not merge_dialog._DETACHED, timeout=30000)  # it ends on its own
