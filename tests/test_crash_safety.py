"""Kill a writing process (SIGKILL) at random moments; nothing acknowledged is ever lost.

After every kill the file must pass SQLite's integrity check, every edit the worker
acknowledged must be there, the interrupted operation must be all or nothing (records and
their journal rows agree; a five-record batch is complete or absent; no live link points
at a deleted stakeholder). The default run does a few kills; ``-m slow`` does 200+.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mainstream_desktop.core.registers import REGISTERS
from mainstream_desktop.core.store import Workshop

WORKER = Path(__file__).with_name("crash_worker.py")


def _run_and_kill(path: Path, mode: str, seed: int, delay: float) -> list[tuple[int, str]]:
    """Start the worker, let it run ``delay`` seconds after its first ack, SIGKILL it."""
    proc = subprocess.Popen([sys.executable, str(WORKER), str(path), mode, str(seed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    acks: list[tuple[int, str]] = []
    assert proc.stdout is not None
    first = proc.stdout.readline()
    if not first.startswith("ACK"):
        proc.kill()
        raise AssertionError(f"worker failed: {first}{proc.stderr.read() if proc.stderr else ''}")
    deadline = time.monotonic() + delay
    os.set_blocking(proc.stdout.fileno(), False)
    lines = [first]
    while time.monotonic() < deadline:
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    rest = proc.stdout.read() or ""
    lines += rest.splitlines()
    for line in lines:
        parts = line.split()
        if len(parts) == 3 and parts[0] == "ACK":
            acks.append((int(parts[1]), parts[2]))
    return acks


def _assert_consistent(ws: Workshop, acked: list[tuple[int, str]]) -> None:
    assert ws.integrity_problems() == []
    # records and journal agree field by field: a commit wrote both or neither
    last: dict[tuple[str, str, str], object] = {}
    for table, rid, field, new in ws.conn.execute(
            "SELECT table_name, record_id, field, new_value FROM changes ORDER BY seq"):
        last[(table, rid, field)] = None if new is None else json.loads(new)
    for name, reg in REGISTERS.items():
        for rec in ws.records(name, include_deleted=True):
            for f in reg.fields:
                expected = last.get((name, rec["id"], f.name), [] if f.kind == "multi" else None)
                assert rec[f.name] == expected, (name, rec["id"], f.name)
            assert rec["deleted_at"] == last.get((name, rec["id"], "deleted_at"))
    # batches are whole
    counts: dict[str, int] = {}
    for rec in ws.records("data_sources", include_deleted=True):
        if rec["name"].startswith("batch-"):
            key = rec["name"].rsplit("-", 1)[0]
            counts[key] = counts.get(key, 0) + 1
    assert set(counts.values()) <= {5}
    # acknowledged edits are present
    names = {r["name"] for r in ws.records("stakeholders", include_deleted=True)}
    notes = {r[0] for r in ws.conn.execute(
        "SELECT new_value FROM changes WHERE table_name='stakeholders' AND field='notes'")}
    for n, kind in acked:
        if kind == "insert":
            assert f"op-{n}" in names or json.dumps(f"op {n}") in notes
        elif kind == "update":
            assert json.dumps(f"op {n}") in notes, n
        elif kind == "batch":
            assert counts.get(f"batch-{n}") == 5, n
    deleted = ws.conn.execute(
        "SELECT count(DISTINCT record_id) FROM changes WHERE table_name='stakeholders' "
        "AND field='deleted_at' AND kind='delete'").fetchone()[0]
    assert deleted >= sum(1 for _, k in acked if k == "cascade")
    # a cascade is whole: no live link points at a deleted stakeholder
    assert ws.conn.execute(
        "SELECT count(*) FROM links l JOIN stakeholders s ON s.id IN (l.source, l.target) "
        "WHERE l.deleted_at IS NULL AND s.deleted_at IS NOT NULL").fetchone()[0] == 0


def _kill_loop(path: Path, kills: int, seed: int) -> int:
    rng = random.Random(seed)
    survived = 0
    all_acked: list[tuple[int, str]] = []
    for i in range(kills):
        acked = _run_and_kill(path, "mixed", seed * 1000 + i, rng.uniform(0.0, 0.25))
        all_acked += acked
        with Workshop.open(path) as ws:  # rolls back the hot journal, takes over the lock
            _assert_consistent(ws, all_acked)
        survived += 1
    return survived


def test_kill_during_edits_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "crash.mainstream"
    Workshop.create(path, title="Crash test", country="KEN").close()
    assert _kill_loop(path, kills=12, seed=1) == 12


@pytest.mark.slow
def test_kill_during_edits_many_times(tmp_path: Path) -> None:
    path = tmp_path / "crash.mainstream"
    Workshop.create(path, title="Crash test", country="KEN").close()
    survived = _kill_loop(path, kills=220, seed=2)
    print(f"survived {survived} kills")
    assert survived == 220


def _import_kill_loop(tmp_path: Path, demo_master: Path, kills: int, seed: int) -> int:
    """Kill an import at random moments: the workshop has all of the workbook or none."""
    from mainstream_desktop.workbook import write_workbook

    xlsx = tmp_path / "sample.xlsx"
    with Workshop.open(demo_master, readonly=True) as ws:
        write_workbook(ws, xlsx)
        expected = {name: ws.count(name) for name in REGISTERS if name != "workshop"}
    rng = random.Random(seed)
    survived = 0
    for i in range(kills):
        path = tmp_path / f"target{i}.mainstream"
        Workshop.create(path, title="Import target", country="KEN").close()
        proc = subprocess.Popen([sys.executable, str(WORKER), str(path), "import", str(i),
                                 str(xlsx)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0.0, 0.7))  # an import takes about 0.55 s here
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        acked = "ACK" in (proc.stdout.read() or "")
        with Workshop.open(path) as ws:
            assert ws.integrity_problems() == []
            counts = {name: ws.count(name) for name in expected}
            assert counts in ({name: 0 for name in expected}, expected), counts
            if acked:
                assert counts == expected
            _assert_consistent(ws, [])
        survived += 1
        path.unlink()
    return survived


def test_kill_during_import_is_all_or_nothing(tmp_path: Path, demo_master: Path) -> None:
    assert _import_kill_loop(tmp_path, demo_master, kills=4, seed=3) == 4


@pytest.mark.slow
def test_kill_during_import_many_times(tmp_path: Path, demo_master: Path) -> None:
    assert _import_kill_loop(tmp_path, demo_master, kills=40, seed=4) == 40
