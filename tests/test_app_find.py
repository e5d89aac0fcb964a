"""Find anything in the window: Ctrl+F / Ctrl+K, the box, and the jump to the record."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def test_ctrl_f_and_ctrl_k_open_find_anything(window):
    keys = [k.toString() for k in window.actions_["find"].shortcuts()]
    assert QKeySequence(QKeySequence.StandardKey.Find).toString() in keys
    assert "Ctrl+K" in keys


def test_a_hit_jumps_to_its_step_tab_and_row(window):
    from mainstream_desktop.app.finder import Finder
    from mainstream_desktop.app.pages import PAGES

    finder = Finder(window)
    hit = next(h for h in finder.index().search("Diaspora Affairs Bureau")
               if h.register == "stakeholders")
    assert window.workspace.current_index() == 0
    assert finder.jump(hit)
    page = window.workspace.current_page()
    assert page.step == "institutions" == PAGES[window.workspace.current_index()].step
    view = page.current_register()
    assert view is not None and view.reg.name == "stakeholders"
    assert view.selected_id() == hit.record_id
    assert view.form.record_id == hit.record_id


def test_the_box_lists_hits_and_enter_chooses(window, qtbot):
    from mainstream_desktop.app.finder import Finder
    from mainstream_desktop.app.search_dialog import SearchDialog

    dialog = SearchDialog(Finder(window).index(), window)
    qtbot.addWidget(dialog)
    chosen = []
    dialog.chosen.connect(chosen.append)
    qtbot.keyClicks(dialog.box, "lorvania national stat")
    assert dialog.hits.count() >= 1
    assert "Lorvania National Statistics Office" in dialog.hits.item(0).text()
    dialog.accept_current()
    assert chosen and chosen[0].name == "Lorvania National Statistics Office"


def test_the_index_follows_changes(window):
    from mainstream_desktop.app.finder import Finder

    finder = Finder(window)
    assert not finder.index().search("Quokka Institute")
    window.doc.insert("stakeholders", {"name": "Quokka Institute", "type": "academia"})
    assert finder.index().search("Quokka Institute")
