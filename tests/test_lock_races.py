"""The lock record is untrusted input, and taking it is a race that only one may win."""

from __future__ import annotations

import json
import multiprocessing
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from mainstream_desktop.core import lock
from mainstream_desktop.core.errors import UserError, WorkshopLockedError
from mainstream_desktop.core.lock import WorkshopLock, lock_path, read_lock
from mainstream_desktop.core.store import Workshop

LINUX_PROC = lock.process_start(os.getpid()) is not None


def _record(path: Path, **fields: object) -> None:
    data = {"user": "amara", "host": socket.gethostname(), "pid": 1,
            "since": "2026-11-25T08:30:00+00:00", **fields}
    lock_path(path).write_text(json.dumps(data), encoding="utf-8")


def _run_cli(args: list[str], timeout: float = 60) -> tuple[int, str, str]:
    """Run the command line in a child process (a hang is a failure, not a stuck suite)."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "mainstream_desktop", *args],
                          capture_output=True, text=True, timeout=timeout,
                          cwd=Path(__file__).resolve().parent.parent)
    return done.returncode, done.stdout, done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_as_lock_record_does_not_hang(demo_path: Path, sample_xlsx: Path) -> None:
    os.mkfifo(lock_path(demo_path))
    start = time.monotonic()
    assert read_lock(demo_path) is None
    _code, _out, err = _run_cli(["check", str(demo_path)], timeout=60)
    assert "Traceback" not in err, err
    code, _out, err = _run_cli(["import", str(demo_path), str(sample_xlsx)], timeout=60)
    assert code == 0, err
    with Workshop.open(demo_path, exclusive=True):  # the window takes it over
        assert isinstance(lock.read_record(lock_path(demo_path)), lock.LockInfo)
    assert time.monotonic() - start < 60


def test_folder_as_lock_record_gives_one_clear_message(demo_path: Path) -> None:
    lock_path(demo_path).mkdir()
    assert read_lock(demo_path) is None
    with pytest.raises(UserError, match="is a folder, not a lock record"):
        Workshop.open(demo_path, exclusive=True)
    _code, _out, err = _run_cli(["check", str(demo_path)])
    assert "Is a directory" not in err and "Traceback" not in err, err


def test_huge_pid_is_a_damaged_record(demo_path: Path) -> None:
    _record(demo_path, pid=10**30)
    assert read_lock(demo_path) is None
    for pid in (True, -5, 0, "12", 2**31, 1.5):
        _record(demo_path, pid=pid)
        assert read_lock(demo_path) is None, pid
    with Workshop.open(demo_path, exclusive=True):
        pass


@pytest.mark.skipif(not LINUX_PROC, reason="process start times are read from /proc")
def test_live_unrelated_process_does_not_hold_the_file(demo_path: Path, sample_xlsx: Path
                                                       ) -> None:
    _record(demo_path, pid=1)  # init is alive, but it never wrote this record
    assert read_lock(demo_path) is None
    # a record with a start time that is not pid 1's: pid reused by another process
    _record(demo_path, pid=1, start="12345678", boot=lock.boot_id())
    assert read_lock(demo_path) is None
    code, _out, err = _run_cli(["import", str(demo_path), str(sample_xlsx)])
    assert code == 0, err


@pytest.mark.skipif(not LINUX_PROC, reason="process start times are read from /proc")
def test_a_live_holder_with_its_start_time_is_respected(demo_path: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        time.sleep(0.05)
        _record(demo_path, pid=proc.pid, start=lock.process_start(proc.pid),
                boot=lock.boot_id())
        assert read_lock(demo_path) is not None
        with pytest.raises(WorkshopLockedError, match="amara on"):
            Workshop.open(demo_path, exclusive=True)
        _record(demo_path, pid=proc.pid, start=lock.process_start(proc.pid), boot="other-boot")
        assert read_lock(demo_path) is None  # written before a restart
    finally:
        proc.kill()
        proc.wait()


def test_control_characters_in_the_holder_never_reach_the_terminal(demo_path: Path,
                                                                  capsys) -> None:
    from mainstream_desktop.cli import main

    _record(demo_path, user="evil\x1b[2J\x1b]0;pwned\x07", host="not-here\r\x1b[31m", pid=7)
    assert main(["import", str(demo_path), str(demo_path.with_suffix(".xlsx"))]) == 1
    err = capsys.readouterr().err
    assert "evil" in err and "\x1b" not in err and "\x07" not in err and "\r" not in err, err


# --- races ---------------------------------------------------------------------------------

ROUNDS = 50
RACERS = 20


def _racer(path: str, barrier, wins, rounds: int) -> None:  # runs in a child process
    for _ in range(rounds):
        held = WorkshopLock(Path(path))
        barrier.wait()
        try:
            held.acquire()
        except UserError:
            pass
        else:
            with wins.get_lock():
                wins.value += 1
        barrier.wait()  # the parent counts the winners
        barrier.wait()  # the parent set up the next round's record
        held.held = False  # the parent resets the record itself


def _stale_setups(path: Path) -> list:
    dead = {"user": "gone", "host": socket.gethostname(), "pid": lock.PID_MAX - 3,
            "since": "2026-11-25T08:30:00+00:00"}
    return [
        lambda: None,  # no record at all: every racer creates
        lambda: lock_path(path).write_text(json.dumps(dead), encoding="utf-8"),  # dead holder
        lambda: lock_path(path).write_bytes(b"\x00garbage"),  # damaged
    ]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="races forked processes")
def test_processes_racing_for_the_lock_never_both_win(demo_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(RACERS + 1)
    wins = ctx.Value("i", 0)
    setups = _stale_setups(demo_path)
    procs = [ctx.Process(target=_racer, args=(str(demo_path), barrier, wins, ROUNDS))
             for _ in range(RACERS)]
    for p in procs:
        p.start()
    counts = []
    try:
        for r in range(ROUNDS):
            lock_path(demo_path).unlink(missing_ok=True)
            setups[r % len(setups)]()
            barrier.wait(timeout=60)  # go
            barrier.wait(timeout=60)  # all tried
            counts.append(wins.value)
            wins.value = 0
            barrier.wait(timeout=60)
    finally:
        for p in procs:
            p.join(timeout=60)
            if p.is_alive():
                p.kill()
    assert counts == [1] * ROUNDS, counts  # exactly one winner, every round


def test_threads_racing_for_the_lock_never_both_win(demo_path: Path) -> None:
    setups = _stale_setups(demo_path)
    for r in range(ROUNDS):
        lock_path(demo_path).unlink(missing_ok=True)
        setups[r % len(setups)]()
        barrier = threading.Barrier(RACERS)
        winners: list[WorkshopLock] = []

        def race(barrier: threading.Barrier = barrier,
                 winners: list[WorkshopLock] = winners) -> None:
            held = WorkshopLock(demo_path)
            barrier.wait()
            try:
                held.acquire()
            except UserError:
                return
            winners.append(held)

        threads = [threading.Thread(target=race) for _ in range(RACERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(winners) == 1, (r, len(winners))
        winners[0].release()
        assert not lock_path(demo_path).exists()


def test_release_never_removes_a_record_that_took_ours_over(demo_path: Path) -> None:
    mine = WorkshopLock(demo_path)
    mine.acquire()
    _record(demo_path, host="not-" + socket.gethostname())  # someone else's now
    mine.release()
    assert lock_path(demo_path).exists()


def test_acquire_is_quick(demo_path: Path) -> None:
    times = []
    for _ in range(200):
        held = WorkshopLock(demo_path)
        start = time.perf_counter()
        held.acquire()
        times.append(time.perf_counter() - start)
        held.release()
    times.sort()
    print(f"acquire: median {times[100] * 1000:.2f} ms, max {times[-1] * 1000:.2f} ms")
    assert times[100] < 0.05
