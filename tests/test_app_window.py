"""The window as a whole: files, welcome screen, navigator, presentation mode, smoke."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.store import Workshop


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
def warnings(monkeypatch):
    """Message boxes would block offscreen: record them instead."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *a: shown.append(text)))
    return shown


def test_smoke_on_the_sample(demo_path):
    from mainstream_desktop.app import smoke

    real = {name: QMessageBox.__dict__[name]
            for name in ("information", "warning", "critical", "question")}
    out = io.StringIO()
    assert smoke(str(demo_path), out) == 0
    # run inside the tests, smoke's printing message boxes stayed: a later test's dialog
    # then waited forever for a box that was only printed (the reported hang)
    assert {name: QMessageBox.__dict__[name] for name in real} == real
    lines = out.getvalue().splitlines()
    assert len(lines) == 7
    assert lines[0].startswith("Workshop  ") and lines[0].endswith(" ms")
    assert lines[-1].startswith("Deliverables  ")


def test_smoke_fails_on_a_file_that_is_not_a_workshop(tmp_path, warnings):
    from mainstream_desktop.app import smoke

    bad = tmp_path / "bad.mainstream"
    bad.write_text("not a database")
    assert smoke(str(bad), io.StringIO()) != 0


def test_create_workshop_from_the_window(window, tmp_path):
    path = tmp_path / "new.mainstream"
    assert window.create_workshop(path, {"title": "Consultation", "country": "KEN",
                                         "start_date": "2026-03-02", "end_date": "2026-03-03"})
    assert window.doc is not None and window.workspace is not None
    assert window.windowTitle() == "Consultation"
    rec = window.doc.ws.workshop()
    assert (rec["country"], rec["start_date"]) == ("KEN", "2026-03-02")
    window.close_workshop()
    assert window.central.currentWidget() is window.welcome
    assert window.welcome.recent.count() == 1


def test_a_refused_file_shows_its_message(window, tmp_path, warnings):
    bad = tmp_path / "notes.mainstream"
    bad.write_text("hello")
    assert not window.open_path(bad)
    assert warnings and "notes.mainstream" in warnings[0]
    assert window.doc is None
    assert bad.read_text() == "hello"


def test_open_sample_writes_it_into_the_data_folder(window, isolated_home, qtbot):
    with qtbot.waitSignal(window.opened, timeout=30000):  # checked in a worker
        window.open_sample()
    assert (isolated_home / "sample.mainstream").exists()
    assert window.doc is not None
    assert window.workspace.navigator.count() == 7


def test_opening_checks_in_a_worker_and_refuses_as_the_synchronous_way(
        window, demo_path, tmp_path, qtbot, warnings):
    from tests.conftest import wait_opened

    bad = tmp_path / "notes.mainstream"
    bad.write_text("hello")
    said: list[str] = []
    assert not wait_opened(qtbot, window, bad, refused=said.append)
    assert len(said) == 1 and "notes.mainstream" in said[0] and not warnings
    assert window.doc is None and bad.read_text() == "hello"
    assert not wait_opened(qtbot, window, bad)  # no ``refused``: a dialog says it
    assert warnings and "notes.mainstream" in warnings[0]
    window.begin_open(demo_path)
    assert window.opening() and window.doc is None  # returned at once, the file still checked
    with qtbot.waitSignal(window.opened, timeout=30000) as blocker:
        pass
    assert blocker.args == [str(demo_path)] and not window.opening()
    assert window.doc.path == demo_path and window.workspace is not None
    assert wait_opened(qtbot, window, demo_path)  # the open file: nothing to do


def test_a_superseded_or_interrupted_opening_gives_its_lock_back(window, demo_path,
                                                                   tmp_path, qtbot):
    import shutil

    other = Path(shutil.copyfile(demo_path, tmp_path / "other.mainstream"))
    window.begin_open(demo_path)
    window.begin_open(other)  # asked for another file meanwhile: the first is abandoned
    with qtbot.waitSignal(window.opened, timeout=30000) as blocker:
        pass
    assert blocker.args == [str(other)] and window.doc.path == other

    def free() -> bool:  # the abandoned worker ended and closed what it opened
        try:
            Workshop.open(demo_path, exclusive=True).close()
        except UserError:
            return False
        return True

    qtbot.waitUntil(free, timeout=30000)
    window.close_workshop()
    window.begin_open(demo_path)
    window.close()  # closing while the file is checked: waits, closes it, keeps no lock
    assert window.doc is None and not window.opening()
    Workshop.open(demo_path, exclusive=True).close()


def test_dropping_a_file_opens_it(window, demo_path, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.doc is not None, timeout=3000)
    assert window.doc.path == demo_path


def test_recent_files_and_geometry_persist(qtbot, demo_path, isolated_home):
    from mainstream_desktop.app import settings
    from mainstream_desktop.app.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(640, 480)
    w.show()
    w.open_path(demo_path)
    w.close()
    assert (isolated_home / "settings.ini").exists()
    assert settings.recent_files() == [str(demo_path.resolve())]
    w2 = MainWindow()
    qtbot.addWidget(w2)
    assert w2.size().width() == 640
    assert w2.welcome.recent.count() == 1


def test_navigator_shows_completeness_and_switches_pages(window, demo_path):
    window.open_path(demo_path)
    ws = window.workspace
    from mainstream_desktop.app.navigator import COUNT_ROLE

    assert ws.navigator.item(0).data(COUNT_ROLE) == "5/5"
    window.go_to(2)
    assert ws.stack.currentWidget().objectName() == "page_institutions"
    assert ws.current_page().progress.text()
    window.step_by(1)
    assert ws.current_index() == 3


def test_presentation_mode(window, demo_path):
    window.open_path(demo_path)
    size = window.font().pointSizeF()
    window.toggle_presentation()
    assert window.presentation.active
    assert window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert window.font().pointSizeF() > size * 1.4
    assert window.workspace.navigator.isVisible()
    window.toggle_presentation()
    assert not window.presentation.active
    assert window.menuBar().isVisible()
    assert window.font().pointSizeF() == pytest.approx(size)


def test_layout_mirrors_right_to_left(window, demo_path, qapp):
    window.open_path(demo_path)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qapp.processEvents()
        ws = window.workspace
        ws.layout().activate()
        assert ws.navigator.geometry().left() > ws.stack.geometry().left()
        window.go_to(2)
        view = ws.current_page().current_register()
        view.select_row(1)
        assert view.selected_id() == view.model.record_id(1)
        assert view.form.mode == "edit"
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_save_a_copy(window, demo_path, tmp_path):
    window.open_path(demo_path)
    copy = tmp_path / "copy.mainstream"
    assert window.save_copy_to(copy)
    with Workshop.open(copy) as ws:
        assert ws.workshop()["title"] == window.doc.title()


def test_opening_does_not_import_heavy_libraries(demo_master, tmp_path):
    """The way to the first page stays free of pandas, sqlite_utils, openpyxl, reportlab."""
    code = (
        "import sys, json\n"
        "from mainstream_desktop.app.application import application\n"
        "from mainstream_desktop.app.main_window import MainWindow\n"
        "app = application(); w = MainWindow(); w.show()\n"
        f"assert w.open_path({str(demo_master)!r})\n"
        "app.processEvents()\n"
        "heavy = [m for m in ('pandas', 'sqlite_utils', 'openpyxl', 'reportlab') "
        "if m in sys.modules]\n"
        "print(json.dumps(heavy))\n"
        "w.close()\n"
    )
    copy = tmp_path / "first.mainstream"
    copy.write_bytes(demo_master.read_bytes())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code.replace(str(demo_master), str(copy))],
                         capture_output=True, text=True, env=env, timeout=60,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
