"""Injected I/O failures (disk full, I/O error) in every writer of the core.

Each must leave the workshop untouched, no partial file under a final name (nor a
temporary one beside it), and give the user one clear message.
"""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from mainstream_desktop.core import atomic, backup
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.store import Workshop

FAULTS = {"ENOSPC": (errno.ENOSPC, "disk is full"), "EIO": (errno.EIO, "input/output error")}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fail_fsync(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def failing(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.os, "fsync", failing)


@pytest.mark.parametrize("fault", list(FAULTS))
def test_save_copy_fault(demo_path: Path, tmp_path: Path, monkeypatch, fault: str) -> None:
    code, message = FAULTS[fault]
    digest = _digest(demo_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with Workshop.open(demo_path) as ws:
        _fail_fsync(monkeypatch, code)
        with pytest.raises(UserError, match=message):
            ws.save_copy(out_dir / "copy.mainstream")
        monkeypatch.undo()
        assert ws.count("stakeholders") == 40  # still usable
    assert list(out_dir.iterdir()) == []
    assert _digest(demo_path) == digest


@pytest.mark.parametrize("fault", list(FAULTS))
def test_backup_fault(demo_path: Path, monkeypatch, fault: str) -> None:
    code, message = FAULTS[fault]
    digest = _digest(demo_path)
    with Workshop.open(demo_path) as ws:
        _fail_fsync(monkeypatch, code)
        with pytest.raises(UserError, match=message):
            backup.backup_connection(ws.conn, reason="auto")
        monkeypatch.undo()
        folder = backup.folder_for(ws.uuid)
        assert list(folder.iterdir()) == []
    assert _digest(demo_path) == digest


@pytest.mark.parametrize("writer", ["new", "demo"])
def test_create_fault_leaves_no_file(tmp_path: Path, monkeypatch, writer: str) -> None:
    from mainstream_desktop.core.demo import write_demo

    make: dict[str, Callable[[Path], object]] = {
        "new": lambda p: Workshop.create(p, title="T", country="KEN"),
        "demo": lambda p: write_demo(p),
    }
    _fail_fsync(monkeypatch, errno.ENOSPC)
    with pytest.raises(UserError, match="disk is full"):
        make[writer](tmp_path / "w.mainstream")
    assert list(tmp_path.iterdir()) == []


def test_backup_skipped_when_space_is_short(demo_path: Path, monkeypatch) -> None:
    import shutil
    from collections import namedtuple

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10**9, 10**9, 1024))
    with Workshop.open(demo_path) as ws:
        assert backup.backup_connection(ws.conn, reason="auto") is None


def test_real_disk_full(demo_path: Path, tmp_path: Path) -> None:
    """A real ENOSPC: a 256 KiB tmpfs (needs root; skipped elsewhere)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root or no mount permission)")
    try:
        (mount / "filler").write_bytes(b"x" * 100_000)
        with Workshop.open(demo_path) as ws, pytest.raises(UserError, match="disk is full"):
            ws.save_copy(mount / "copy.mainstream")
        assert sorted(p.name for p in mount.iterdir()) == ["filler"]
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_backup_lists_and_restores_as_new_file(demo_path: Path, tmp_path: Path) -> None:
    with Workshop.open(demo_path) as ws:
        taken = backup.backup_connection(ws.conn, reason="open")
        ws.insert("stakeholders", {"name": "After the backup", "type": "media"})
        uuid = ws.uuid
    assert taken is not None
    [info] = backup.list_backups(uuid)
    assert info.reason == "open" and info.size > 0
    assert backup.backup_counts(info.path)["stakeholders"] == 40
    restored = backup.restore_as(info.path, tmp_path / "restored.mainstream")
    with Workshop.open(restored) as ws:
        assert ws.count("stakeholders") == 40
        assert ws.find_by_title("stakeholders", "After the backup") == []
    with pytest.raises(UserError, match="already exists"):
        backup.restore_as(info.path, restored)


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("writer", ["pdf", "xlsx"])
def test_export_fault(demo_path: Path, tmp_path: Path, monkeypatch, fault: str,
                      writer: str) -> None:
    """Disk full or I/O error while an export is written: no file, old one kept."""
    from mainstream_desktop.report import ReportOptions, write_pdf
    from mainstream_desktop.workbook import write_workbook

    code, message = FAULTS[fault]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / f"deliverable.{writer}"
    target.write_bytes(b"the previous version")
    digest = _digest(demo_path)
    with Workshop.open(demo_path, readonly=True) as ws:
        _fail_fsync(monkeypatch, code)
        with pytest.raises(UserError, match=message):
            if writer == "pdf":
                write_pdf(ws, target, ReportOptions())
            else:
                write_workbook(ws, target)
        monkeypatch.undo()
    assert target.read_bytes() == b"the previous version"
    assert sorted(p.name for p in out_dir.iterdir()) == [target.name]
    assert _digest(demo_path) == digest


@pytest.mark.parametrize("writer", ["pdf", "xlsx"])
def test_exporters_never_write_over_their_workshop(demo_path: Path, writer: str) -> None:
    """The window calls the exporters directly: they check their target themselves."""
    from mainstream_desktop.report import ReportOptions, write_pdf
    from mainstream_desktop.workbook import write_workbook

    digest = _digest(demo_path)
    with Workshop.open(demo_path) as ws, pytest.raises(UserError, match="is the workshop itself"):
        if writer == "pdf":
            write_pdf(ws, demo_path, ReportOptions())
        else:
            write_workbook(ws, demo_path)
    assert _digest(demo_path) == digest


def test_sqlite_failures_are_classified_by_code() -> None:
    import sqlite3

    from mainstream_desktop.core.errors import sqlite_failure

    exc = sqlite3.OperationalError("whatever the message says")
    exc.sqlite_errorcode = 13  # SQLITE_FULL
    assert sqlite_failure(exc) == "full"
    exc.sqlite_errorcode = 261  # SQLITE_BUSY_RECOVERY: primary code 5
    assert sqlite_failure(exc) == "locked"
    assert sqlite_failure(ValueError()) == ""
