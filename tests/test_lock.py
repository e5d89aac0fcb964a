"""One writer: a window's lock names its holder; a dead holder's lock is taken over."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mainstream_desktop.core import demo_data
from mainstream_desktop.core.errors import WorkshopLockedError
from mainstream_desktop.core.lock import lock_path, read_lock
from mainstream_desktop.core.store import Workshop


def _hold_in_subprocess(path: Path) -> subprocess.Popen[str]:
    script = textwrap.dedent(f"""
        import sys, time
        from mainstream_desktop.core.store import Workshop
        ws = Workshop.open({str(path)!r}, exclusive=True)
        print("held", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_second_writer_is_told_who_holds_the_file(demo_path: Path) -> None:
    proc = _hold_in_subprocess(demo_path)
    try:
        with pytest.raises(WorkshopLockedError, match=r"tester on .* \(process \d+\) since"):
            Workshop.open(demo_path)
        with pytest.raises(WorkshopLockedError):
            Workshop.open(demo_path, exclusive=True)
    finally:
        proc.kill()
        proc.wait()
    # the holder died without cleaning up: its lock is stale and taken over without asking
    assert lock_path(demo_path).exists()
    assert read_lock(demo_path) is None
    with Workshop.open(demo_path, exclusive=True) as ws:
        assert ws.count("stakeholders") == 40
        assert read_lock(demo_path) is not None
    assert not lock_path(demo_path).exists()


def test_lock_from_another_computer_is_respected(demo_path: Path) -> None:
    lock_path(demo_path).write_text(json.dumps({
        "user": "amara", "host": "not-" + socket.gethostname(), "pid": 1,
        "since": "2026-11-25T08:30:00+00:00"}), encoding="utf-8")
    with pytest.raises(WorkshopLockedError, match="amara on not-"):
        Workshop.open(demo_path)
    with Workshop.open(demo_path, readonly=True) as ws:  # viewing stays possible
        assert ws.count("actions") == len(demo_data.ACTIONS)


def test_damaged_lock_record_does_not_block(demo_path: Path) -> None:
    lock_path(demo_path).write_bytes(b"\x00garbage")
    with Workshop.open(demo_path, exclusive=True):
        pass


def test_exclusive_open_keeps_sqlite_writers_out(demo_path: Path) -> None:
    import sqlite3

    with Workshop.open(demo_path, exclusive=True):
        other = sqlite3.connect(demo_path, timeout=0.2)
        start = time.monotonic()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("UPDATE workshop SET title = 'intruder'")
            other.commit()
        other.close()
        assert time.monotonic() - start < 5


def test_cli_import_into_a_held_workshop_names_the_holder(demo_path: Path, tmp_path: Path,
                                                          capsys) -> None:
    import hashlib

    from mainstream_desktop.cli import main
    from mainstream_desktop.workbook import write_workbook

    xlsx = tmp_path / "in.xlsx"
    with Workshop.open(demo_path, readonly=True) as ws:
        write_workbook(ws, xlsx)
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    proc = _hold_in_subprocess(demo_path)
    try:
        assert main(["import", str(demo_path), str(xlsx)]) == 1
    finally:
        proc.kill()
        proc.wait()
    err = capsys.readouterr().err
    assert "open in a window" in err and "tester on" in err and "since" in err, err
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_check_on_a_held_workshop_names_the_holder(demo_path: Path, capsys) -> None:
    from mainstream_desktop.cli import main

    proc = _hold_in_subprocess(demo_path)
    try:
        assert main(["check", str(demo_path)]) == 1
    finally:
        proc.kill()
        proc.wait()
    err = capsys.readouterr().err
    assert "open in a window" in err and "tester on" in err, err
    assert "damaged" not in err
