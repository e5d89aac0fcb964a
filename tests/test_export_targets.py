"""Small untrusted inputs: language codes, export targets, left-over temporary files,
a backup that cannot be taken, control characters in printed names."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections import namedtuple
from pathlib import Path

import pytest

from mainstream_desktop.cli import main
from mainstream_desktop.core import atomic, backup, i18n
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.store import Workshop


def _one_message(capsys) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1, err
    return err


# --- language codes -----------------------------------------------------------------------

@pytest.mark.parametrize("code", ["zz", "../../x", "en_US", "", "EN"])
def test_unknown_language_is_one_message(demo_path: Path, tmp_path: Path, capsys,
                                         code: str) -> None:
    commands = [
        ["export", str(demo_path), "--xlsx", str(tmp_path / "o.xlsx"), "--lang", code],
        ["export", str(demo_path), "--pdf", str(tmp_path / "o.pdf"), "--lang", code],
        ["demo", str(tmp_path / "d.mainstream"), "--lang", code],
        ["new", str(tmp_path / "n.mainstream"), "--title", "T", "--country", "KEN",
         "--lang", code],
    ]
    for args in commands:
        assert main(args) == 1, args
        assert "Unknown language" in _one_message(capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample.mainstream"]


def test_shipped_languages_are_the_enum_languages() -> None:
    from mainstream_desktop.core import enums

    assert set(i18n.shipped_languages()) == {code for code, _ in enums.LANGUAGES}
    assert i18n.check_language("fr") == "fr"


def test_workbook_with_an_unknown_language_is_one_message(demo_path: Path, sample_xlsx: Path,
                                                          capsys) -> None:
    import openpyxl

    from mainstream_desktop.workbook import layout

    wb = openpyxl.load_workbook(sample_xlsx)
    wb[layout.LISTS_SHEET].cell(row=4, column=1).value = "zz"
    wb.save(sample_xlsx)
    assert main(["import", str(demo_path), str(sample_xlsx), "--dry-run"]) == 1
    assert "Unknown language “zz”" in _one_message(capsys)


def test_workshop_with_an_unknown_language_exports_with_one_message(
        demo_path: Path, tmp_path: Path, capsys) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE workshop SET language = 'zz'")
    conn.commit()
    conn.close()
    assert main(["export", str(demo_path), "--xlsx", str(tmp_path / "o.xlsx")]) == 1
    assert "Unknown language" in _one_message(capsys)


# --- export targets -----------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["fifo", "symlink", "dangling", "folder", "device"])
def test_export_never_replaces_what_is_not_a_file(demo_path: Path, tmp_path: Path, capsys,
                                                  kind: str) -> None:
    target = tmp_path / "out.pdf"
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep")
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "symlink":
        target.symlink_to(elsewhere)
    elif kind == "dangling":
        target.symlink_to(tmp_path / "nowhere")
    elif kind == "folder":
        target.mkdir()
    else:  # a device node of our own: never a real /dev entry, in case the check fails
        import stat

        try:
            os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        except (PermissionError, AttributeError):
            pytest.skip("cannot make a device node here (not root)")
    before = os.lstat(target)
    for args in (["export", str(demo_path), "--pdf", str(target)],
                 ["export", str(demo_path), "--xlsx", str(target)]):
        assert main(args) == 1
        assert "not an ordinary file" in _one_message(capsys)
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert elsewhere.read_text() == "keep"
    with Workshop.open(demo_path) as ws, pytest.raises(UserError, match="not an ordinary"):
        ws.save_copy(target)


# --- temporary files left by a killed export ----------------------------------------------

def test_a_killed_exports_part_file_is_cleaned_by_the_next_export(demo_path: Path,
                                                                 tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from mainstream_desktop.core.atomic import temp_path_beside\n"
        f"tmp = temp_path_beside(Path({str(target)!r}))\n"
        "tmp.write_bytes(b'half a workbook')\n"
        "print(tmp, flush=True)\n"
        "os.kill(os.getpid(), 9)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent)
    left = Path(done.stdout.strip())
    assert left.exists() and left.name.startswith(".report.xlsx.")
    # someone else's file and a live writer's part file are never touched
    theirs = tmp_path / ".report.xlsx.abc.part"
    theirs.write_bytes(b"not ours")
    live = atomic.temp_path_beside(target)
    assert main(["export", str(demo_path), "--xlsx", str(target)]) == 0
    assert not left.exists()
    assert theirs.exists() and live.exists()
    live.unlink()


# --- a backup that cannot be taken ------------------------------------------------------------

@pytest.fixture
def disk_short(monkeypatch):
    usage = namedtuple("usage", "total used free")
    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage",
                        lambda p: usage(10**9, 10**9, 1024) if "backups" in str(p) else real(p))


def _adding_workbook(sample_xlsx: Path) -> Path:
    from tests.test_workbook_helpers import edit

    return edit(sample_xlsx, [("Stakeholders", -1, "Name", "Ministry of Tourism"),
                              ("Stakeholders", -1, "Type", "Line ministries and agencies")])


def test_cli_import_stops_when_no_backup_can_be_taken(demo_path: Path, sample_xlsx: Path,
                                                     disk_short, capsys) -> None:
    xlsx = _adding_workbook(sample_xlsx)
    data = demo_path.read_bytes()
    assert main(["import", str(demo_path), str(xlsx)]) == 1
    assert "no backup could be taken" in capsys.readouterr().err
    assert demo_path.read_bytes() == data
    assert main(["import", str(demo_path), str(xlsx), "--no-backup"]) == 0
    assert "no backup was taken" in capsys.readouterr().err
    with Workshop.open(demo_path) as ws:
        assert ws.count("stakeholders") == 41


def test_window_import_asks_when_no_backup_can_be_taken(qtbot, demo_path: Path,
                                                        sample_xlsx: Path, disk_short,
                                                        monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from mainstream_desktop.app.main_window import MainWindow
    from mainstream_desktop.workbook import plan_import

    xlsx = _adding_workbook(sample_xlsx)
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(demo_path)
    page = w.workspace.page(6)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda _p, _t, text, *a, **k: (asked.append(text),
                                                                    answer[0])[1]))
    page.apply_plan(plan_import(w.doc.ws, xlsx))
    assert asked and "no backup" in asked[0] and w.doc.ws.count("stakeholders") == 40
    assert "Not imported" in page.status.text()
    answer[0] = QMessageBox.StandardButton.Yes
    page.apply_plan(plan_import(w.doc.ws, xlsx))  # applied once its worker is done
    qtbot.waitUntil(lambda: "Imported" in page.status.text(), timeout=30_000)
    assert w.doc.ws.count("stakeholders") == 41
    w.close_workshop()


# --- control characters ---------------------------------------------------------------------

def test_record_names_reach_the_terminal_without_control_characters(demo_path: Path,
                                                                    capsys) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE stakeholders SET name = 'Evil\x1b[2J\x1b]0;owned\x07\rName', "
                 "type = 'not-a-type' WHERE rowid = 1")
    conn.commit()
    conn.close()
    main(["check", str(demo_path)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert "Evil" in text, text
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in text), repr(text)
    assert backup.MIN_FREE_MB == 50
