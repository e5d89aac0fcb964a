"""Where backups go: never where the file says, and each copy of a workshop its own."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mainstream_desktop.cli import main
from mainstream_desktop.core import backup, userdirs
from mainstream_desktop.core.store import Workshop


@pytest.fixture
def changed_xlsx(sample_xlsx: Path) -> Path:
    """A workbook that adds one stakeholder (an import that writes, so takes a backup)."""
    from tests.test_workbook_helpers import edit

    return edit(sample_xlsx, [("Stakeholders", -1, "Name", "Ministry of Tourism"),
                              ("Stakeholders", -1, "Type", "Line ministries and agencies")])


@pytest.fixture
def window(qtbot):
    from mainstream_desktop.app.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_workshop()


def _set_meta(path: Path, key: str, value: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
    conn.commit()
    conn.close()


def _meta(path: Path, key: str) -> str | None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    finally:
        conn.close()
    return row[0] if row else None


@pytest.mark.parametrize("hostile", ["/any/dir", "../../x", "..", "a/../../../b", "",
                                     "11111111-2222-4333-8444-55555555555G", "\x00", "C:\\x"])
def test_workshop_id_from_the_file_never_becomes_a_path(demo_path: Path, changed_xlsx: Path,
                                                        tmp_path: Path, hostile: str,
                                                        isolated_home: Path) -> None:
    _set_meta(demo_path, "workshop_uuid", hostile)
    assert main(["import", str(demo_path), str(changed_xlsx)]) == 0
    root = userdirs.backups_dir().resolve()
    made = [p for p in root.rglob("*.mainstream")]
    assert made and all(p.resolve().parent.parent == root for p in made), made
    assert not Path("/any/dir").exists()
    assert not (tmp_path / "x").exists() and not (tmp_path.parent / "x").exists()
    assert not (isolated_home / "x").exists() and not (isolated_home.parent / "b").exists()


def test_a_canonical_workshop_id_is_kept_as_the_folder_name(demo_path: Path) -> None:
    with Workshop.open(demo_path) as ws:
        taken = backup.backup_connection(ws.conn, reason="open")
        assert taken is not None and taken.parent.name.startswith(ws.uuid + ".")


def test_copies_of_one_workshop_each_see_their_own_backups(demo_path: Path, tmp_path: Path,
                                                          changed_xlsx: Path) -> None:
    # a copy made in the file manager: same workshop id, same file id
    other = tmp_path / "copy" / "sample.mainstream"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    with Workshop.open(demo_path) as a, Workshop.open(other) as b:
        assert a.uuid == b.uuid
        b.insert("stakeholders", {"name": "Only in copy B", "type": "media"})
    assert main(["import", str(demo_path), str(changed_xlsx)]) == 0
    assert main(["import", str(other), str(changed_xlsx)]) == 0
    for path, theirs in ((demo_path, other), (other, demo_path)):
        with Workshop.open(path) as ws:
            own = backup.list_backups(backup.key_of(ws.conn))
            names = {str(b.path.parent) for b in own}
        with Workshop.open(theirs) as ws:
            their_folder = str(backup.folder_for(backup.key_of(ws.conn)))
        assert own and their_folder not in names
    with Workshop.open(demo_path) as ws:
        [mine] = backup.list_backups(backup.key_of(ws.conn))
    assert backup.backup_counts(mine.path)["stakeholders"] == 40  # A's data, not B's (41)


def test_save_copy_mints_a_file_id_and_a_read_only_command_writes_none(
        demo_path: Path, tmp_path: Path) -> None:
    original = _meta(demo_path, "file_id")
    assert original  # minted when the file was created
    with Workshop.open(demo_path) as ws:
        ws.save_copy(tmp_path / "group.mainstream")
    copy_id = _meta(tmp_path / "group.mainstream", "file_id")
    assert copy_id and copy_id != original and _meta(demo_path, "file_id") == original
    # a file of an earlier version has none: it still opens; reading never adds one
    conn = sqlite3.connect(demo_path)
    conn.execute("DELETE FROM meta WHERE key = 'file_id'")
    conn.commit()
    conn.close()
    data = demo_path.read_bytes()
    assert main(["check", str(demo_path)]) in (0, 1)
    assert main(["export", str(demo_path), "--xlsx", str(tmp_path / "o.xlsx")]) == 0
    assert demo_path.read_bytes() == data
    with Workshop.open(demo_path, exclusive=True):  # the window: opened for writing
        pass
    assert _meta(demo_path, "file_id")


def test_backups_of_earlier_versions_are_still_listed_and_restorable(
        demo_path: Path, tmp_path: Path) -> None:
    with Workshop.open(demo_path) as ws:
        legacy = userdirs.backups_dir() / ws.uuid  # how earlier versions keyed them
        legacy.mkdir()
        old = legacy / "20260101T000000000000Z-open.mainstream"
        ws.save_copy(old)
        key = backup.key_of(ws.conn)
    assert [b.path for b in backup.list_backups(key)] == [old]
    restored = backup.restore_as(old, tmp_path / "restored.mainstream")
    with Workshop.open(restored) as ws:
        assert ws.count("stakeholders") == 40


def test_a_moved_file_keeps_its_backups(demo_path: Path, tmp_path: Path) -> None:
    with Workshop.open(demo_path) as ws:
        taken = backup.backup_connection(ws.conn, reason="open")
    moved = tmp_path / "renamed.mainstream"
    demo_path.rename(moved)
    with Workshop.open(moved) as ws:
        assert [b.path for b in backup.list_backups(backup.key_of(ws.conn))] == [taken]


def test_the_window_lists_only_this_copys_backups(window, demo_path: Path, tmp_path: Path,
                                                  qtbot) -> None:
    from mainstream_desktop.app.backups import BackupsDialog

    other = tmp_path / "b" / "sample.mainstream"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    with Workshop.open(other) as ws:
        backup.backup_connection(ws.conn, reason="import")
    assert window.open_path(demo_path)
    window.doc.backup("periodic")
    qtbot.waitUntil(lambda: window.doc.last_backup is not None, timeout=10_000)
    dialog = BackupsDialog(window.doc.backup_key(), tmp_path, window)
    qtbot.addWidget(dialog)
    assert [b.reason for b in dialog.backups] == ["periodic"]
