"""Edit: one field update committed through the core vs a bare SQLite insert+commit.

Target (issue 7): median ≤ 2 × the floor; p99 ≤ 20 ms.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mainstream_desktop.core.store import Workshop
from tests.benchmarks.conftest import median, p99, record, timings

ROUNDS = 400


def _bare_floor(folder: Path) -> list[float]:
    conn = sqlite3.connect(folder / "bare.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")  # as the window holds the document
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    counter = iter(range(10**9))

    def insert() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t (v) VALUES (?)", (str(next(counter)),))
        conn.execute("COMMIT")

    try:
        return timings(insert, ROUNDS)
    finally:
        conn.close()


def test_edit_one_field(benchmark, demo_master: Path, tmp_path: Path) -> None:
    path = tmp_path / "w.mainstream"
    path.write_bytes(demo_master.read_bytes())
    floor = _bare_floor(tmp_path)
    ws = Workshop.open(path, exclusive=True)
    rid = ws.records("stakeholders")[0]["id"]
    counter = iter(range(10**9))

    def edit() -> None:
        ws.update("stakeholders", rid, {"notes": f"edit {next(counter)}"})

    ours = timings(edit, ROUNDS)
    benchmark.pedantic(edit, rounds=50, iterations=1)
    ws.close()
    ratio = median(ours) / median(floor)
    benchmark.extra_info.update({
        "floor_median_ms": median(floor) * 1000, "ours_median_ms": median(ours) * 1000,
        "ratio": ratio, "ours_p99_ms": p99(ours) * 1000,
    })
    record(benchmark, f"edit one field (p99 {p99(ours) * 1000:.1f} ms)", median(ours) * 1000,
           median(floor) * 1000, "≤ 2 × floor; p99 ≤ 20 ms", unit="ms")
    print(f"\nedit: ours {median(ours) * 1000:.2f} ms (p99 {p99(ours) * 1000:.2f}) vs bare "
          f"{median(floor) * 1000:.2f} ms → ratio {ratio:.2f}")
    assert ratio <= 2.0
    assert p99(ours) <= 0.020
