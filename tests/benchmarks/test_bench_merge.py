"""Merge: five working groups' copies of a scale-10 workshop, 200 edits each, planned,
resolved by "newest" and written, against reading the five journals (open each file
read-only and read its whole journal), in the same run.

Target (issue 11): under 3 s. The edits are random but the same on every run (a fixed
seed): field updates (some of the same records in several copies, so there are field
conflicts), new stakeholders, links and actions, deletions with their dependents.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable
from pathlib import Path

from mainstream_desktop.core import journal
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.merge import plan_merge, write_merge
from mainstream_desktop.core.store import Workshop
from tests.benchmarks.conftest import median, record, timings
from tests.merge_helpers import editing, make_copies

ROUNDS = 3
COPIES = 5
EDITS = 200
TARGET_S = 3.0


def _edit(path: Path, k: int, rng: random.Random) -> None:
    """200 edits as a working group makes them, one operation each."""
    with editing(path, f"bench-dev{k}") as ws:
        people = sorted(r["id"] for r in ws.records("stakeholders"))
        actions = sorted(r["id"] for r in ws.records("actions"))
        hot = people[:20]  # every group edits these: field conflicts
        made = 0
        while made < EDITS:
            what = rng.random()
            try:
                if what < 0.55:
                    rid = rng.choice(hot if rng.random() < 0.3 else people)
                    ws.update("stakeholders", rid, {
                        rng.choice(["influence", "interest"]): rng.randint(1, 5),
                        "notes": f"group {k} edit {made}"})
                elif what < 0.65:
                    ws.update("actions", rng.choice(actions), {
                        "priority": rng.choice(["high", "medium", "low"])})
                elif what < 0.78:
                    people.append(ws.insert("stakeholders", {
                        "name": f"Group {k} body {made}", "type": "gov_line",
                        "parent": rng.choice(people)}).record_id or "")
                elif what < 0.88:
                    ws.insert("links", {"source": rng.choice(people),
                                        "target": rng.choice(people),
                                        "kind": rng.choice(["funds", "oversees"])})
                elif what < 0.95:
                    actions.append(ws.insert("actions", {
                        "title": f"Group {k} action {made}",
                        "responsible": rng.choice(people)}).record_id or "")
                else:
                    rid = rng.choice(people[40:] or people)  # spare the hot ones
                    ws.delete("stakeholders", rid, cascade=True)
                    people.remove(rid)
            except UserError:  # a link to itself or one it has: not an edit
                continue
            made += 1


def _read_journals(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        with Workshop.open_for_reading(p) as ws:
            total += len(journal.read(ws.conn))
    return total


def test_merge_five_copies(benchmark, scaled: Callable[[int], Path], tmp_path: Path) -> None:
    paths = make_copies(scaled(10), tmp_path, COPIES)
    rng = random.Random(11)
    for k, path in enumerate(paths):
        _edit(path, k, rng)
    outs = iter(range(10**6))
    conflicts: list[int] = []

    def ours() -> None:
        out = tmp_path / f"merged{next(outs)}.mainstream"
        plan = plan_merge(paths)
        conflicts.append(len(plan.conflicts))
        plan.resolve("newest")
        write_merge(plan, out)
        with contextlib.suppress(OSError):
            out.unlink()

    entries = _read_journals(paths)  # warm the imports and the file cache for both
    ours()
    floor, mine = [], []
    for _ in range(ROUNDS):
        floor += timings(lambda: _read_journals(paths), 1)
        mine += timings(ours, 1)
    benchmark.pedantic(ours, rounds=1, iterations=1)
    record(benchmark, f"merge 5 copies × {EDITS} edits (scale 10, {entries} journal rows, "
           f"{conflicts[-1]} conflicts)", median(mine), median(floor), f"< {TARGET_S:g} s")
    assert median(mine) < TARGET_S
