"""Portable mode: a ``portable`` file beside the program keeps every file the program
writes (settings, backups, log, device id) in a ``data`` folder beside it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mainstream_desktop.core import userdirs

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def frozen(tmp_path, monkeypatch):
    """As if running from a bundle unpacked in ``tmp_path/stick/app``."""
    folder = tmp_path / "stick" / "app"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "mainstream-desktop"))
    monkeypatch.delenv("MAINSTREAM_DESKTOP_HOME")
    userdirs.reset_cache()
    return folder


@pytest.mark.parametrize("marker", ["portable", "portable.ini"])
def test_a_marker_beside_the_executable_keeps_data_beside_it(frozen, marker):
    (frozen / marker).write_text("")
    assert userdirs.install_dir() == frozen
    assert userdirs.is_portable()
    assert userdirs.data_dir() == frozen / "data"
    assert userdirs.backups_dir() == frozen / "data" / "backups"
    assert userdirs.settings_file() == frozen / "data" / "settings.ini"
    assert userdirs.log_file().parent == frozen / "data" / "logs"
    device = userdirs.device_id()
    assert (frozen / "data" / "device-id").read_text() == device


def test_without_a_marker_the_platform_folder_is_used(frozen, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(frozen.parent / "xdg"))
    assert not userdirs.is_portable()
    assert frozen not in userdirs.data_dir().parents


def test_a_folder_named_portable_is_not_a_marker(frozen):
    (frozen / "portable").mkdir()
    assert not userdirs.is_portable()


def test_mainstream_desktop_home_wins_over_the_marker(frozen, monkeypatch, tmp_path):
    (frozen / "portable").write_text("")
    monkeypatch.setenv("MAINSTREAM_DESKTOP_HOME", str(tmp_path / "elsewhere"))
    assert not userdirs.is_portable()
    assert userdirs.data_dir() == tmp_path / "elsewhere"


def test_a_macos_app_looks_beside_the_app(tmp_path, monkeypatch):
    exe = tmp_path / "Mainstream Desktop.app" / "Contents" / "MacOS" / "mainstream-desktop"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert userdirs.install_dir() == tmp_path


def test_from_source_the_checkout_root_holds_the_marker(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert userdirs.install_dir() == ROOT
    assert (userdirs.install_dir() / "mainstream_desktop" / "__init__.py").exists()


def test_the_about_box_says_where_data_lives(frozen, qtbot):
    from mainstream_desktop.app.main_window import MainWindow

    (frozen / "portable").write_text("")
    window = MainWindow()
    qtbot.addWidget(window)
    text = window.data_location()
    assert str(frozen / "data") in text and "Portable" in text


# A whole session as a bundle would run it: sys.frozen set, the executable in APP; the
# user profile (HOME, XDG_*) is an empty folder that must stay empty.
SESSION = """
import sys
sys.frozen = True
sys.executable = {exe!r}
from mainstream_desktop.cli import main
assert main(["demo", {work!r}]) == 0
from mainstream_desktop.app.application import application
from mainstream_desktop.app.main_window import MainWindow
app = application()
w = MainWindow(); w.show()
assert w.open_path({work!r})
rid = w.doc.ws.conn.execute("SELECT id FROM stakeholders WHERE deleted_at IS NULL").fetchone()[0]
w.doc.update("stakeholders", rid, {{"mandate": "Edited from a USB stick"}})
app.processEvents()
print(w.data_location())
w.close()
app.processEvents()
assert main(["export", {work!r}, "--pdf", {pdf!r}, "--xlsx", {xlsx!r}]) == 0
"""


def test_a_portable_session_writes_nothing_to_the_user_profile(tmp_path):
    app, profile, work = tmp_path / "stick" / "app", tmp_path / "profile", tmp_path / "work"
    for folder in (app, profile, work):
        folder.mkdir(parents=True)
    (app / "portable").write_text("")
    code = SESSION.format(exe=str(app / "mainstream-desktop"),
                          work=str(work / "w.mainstream"), pdf=str(work / "w.pdf"),
                          xlsx=str(work / "w.xlsx"))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "MAINSTREAM_DESKTOP_HOME"))}
    env.update({"HOME": str(profile), "QT_QPA_PLATFORM": "offscreen",
                "PYTHONDONTWRITEBYTECODE": "1",
                **{var: str(profile) for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                                 "XDG_CACHE_HOME", "XDG_STATE_HOME",
                                                 "XDG_RUNTIME_DIR")}})
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, timeout=240, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert str(app / "data") in out.stdout
    assert sorted(p.name for p in profile.iterdir()) == []
    data = app / "data"
    assert (data / "settings.ini").is_file() and (data / "device-id").is_file()
    assert any((data / "backups").rglob("*.mainstream"))
    assert (work / "w.pdf").stat().st_size > 0 and (work / "w.xlsx").stat().st_size > 0
