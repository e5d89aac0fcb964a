"""Shared fixtures. Qt runs offscreen; every test gets its own per-user data folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import pytest

from mainstream_desktop.core import userdirs


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Backups, device id and settings go to a fresh folder, never the real user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MAINSTREAM_DESKTOP_HOME", str(home))
    monkeypatch.setenv("MAINSTREAM_DESKTOP_USER", "tester")
    userdirs.reset_cache()
    yield home
    userdirs.reset_cache()


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample workshop at scale 1, written once per test session (do not modify)."""
    from mainstream_desktop.core.demo import write_demo

    folder = tmp_path_factory.mktemp("demo")
    old = os.environ.get("MAINSTREAM_DESKTOP_HOME")
    os.environ["MAINSTREAM_DESKTOP_HOME"] = str(folder / "home")
    try:
        return write_demo(folder / "sample.mainstream")
    finally:
        if old is None:
            os.environ.pop("MAINSTREAM_DESKTOP_HOME", None)
        else:
            os.environ["MAINSTREAM_DESKTOP_HOME"] = old
        userdirs.reset_cache()


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the sample workshop that a test may change."""
    dest = tmp_path / "sample.mainstream"
    shutil.copyfile(demo_master, dest)
    return dest


def without_values(path: Path) -> Path:
    """``path`` with its indicator values deleted: tests that import their own count
    what is added."""
    from mainstream_desktop.core.batch import Op
    from mainstream_desktop.core.store import Workshop

    with Workshop.open(path) as ws:
        ws.run([Op.delete("indicator_values", v["id"]) for v in ws.records("indicator_values")])
    return path


@pytest.fixture
def demo_ws(demo_path: Path):
    """The sample workshop, open."""
    from mainstream_desktop.core.store import Workshop

    ws = Workshop.open(demo_path)
    yield ws
    ws.close()


@pytest.fixture
def empty_ws(tmp_path: Path):
    """A new, empty workshop, open."""
    from mainstream_desktop.core.store import Workshop

    ws = Workshop.create(tmp_path / "empty.mainstream", title="Empty", country="KEN")
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def sample_master(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample workbook, written once per test module (tests edit copies)."""
    from tests.test_workbook_helpers import write_sample

    return write_sample(demo_master, tmp_path_factory.mktemp("xlsx"))


@pytest.fixture
def sample_xlsx(sample_master: Path, tmp_path: Path) -> Path:
    """A private copy of the sample workbook."""
    return Path(shutil.copyfile(sample_master, tmp_path / sample_master.name))


def open_window(qtbot, path: Path | None = None, *, size: tuple[int, int] = (1366, 768)):
    """A main window shown at ``size``, open on ``path`` when given (closed by the
    fixture that asked for it)."""
    from mainstream_desktop.app.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    if path is not None:
        assert wait_opened(qtbot, w, path)
    return w


def wait_opened(qtbot, w, path: Path, *, refused=None, timeout_ms: int = 60000) -> bool:
    """Open ``path`` the way the window's own commands do (checked in a worker, shown in
    a slot: ``MainWindow.begin_open``) and wait for the outcome; True if it opened (the
    synchronous ``open_path``'s answer)."""
    outcome: list[bool] = []
    w.opened.connect(lambda _p: outcome.append(True))
    w.openFailed.connect(lambda _m: outcome.append(False))
    w.begin_open(path, refused=refused)
    qtbot.waitUntil(lambda: bool(outcome), timeout=timeout_ms)
    return outcome[0]


@pytest.fixture
def window(qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The window open on a private copy of the sample at 1366×768; questions answered
    Yes (a message box would wait forever offscreen). Modules that need an empty window
    define their own ``window``."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    w = open_window(qtbot, demo_path)
    yield w
    w.close_workshop()
