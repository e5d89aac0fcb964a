"""A child process for the crash tests: edits a workshop and acknowledges each commit.

Run as ``python tests/crash_worker.py FILE MODE SEED``. After every operation has
committed it prints ``ACK <op-number>`` (flushed), so the parent knows exactly which
edits a user would have seen saved when it kills this process.

Every operation leaves a fingerprint the parent can check for all-or-nothing:
- ``insert``: a stakeholder named ``op-N`` whose influence/interest/notes all encode N;
- ``update``: one update of three fields of a stakeholder to values that encode N;
- ``batch``: five data sources ``batch-N-i`` in one transaction (``Workshop.bulk``);
- ``cascade``: delete a stakeholder with its links (one transaction).

``python tests/crash_worker.py OUT merge SEED FILE FILE...`` merges the files into OUT
(conflicts decided by "newest"), printing ``READY`` before and ``ACK 1 merge`` after.
"""

from __future__ import annotations

import random
import sys

from mainstream_desktop.core.store import Workshop


def fingerprint(n: int) -> dict[str, object]:
    return {"influence": n % 5 + 1, "interest": (n * 7) % 5 + 1, "notes": f"op {n}"}


def import_once(path: str, xlsx: str) -> int:
    """Import a whole workbook into the workshop (one transaction), then acknowledge."""
    from mainstream_desktop.workbook import apply_import, plan_import

    ws = Workshop.open(path, exclusive=True)
    print("READY", flush=True)
    plan = plan_import(ws, __import__("pathlib").Path(xlsx))
    apply_import(ws, plan)
    print("ACK 1 import", flush=True)
    ws.close()
    return 0


def merge_once(out: str, inputs: list[str]) -> int:
    """Merge ``inputs`` into ``out`` (a new file), then acknowledge."""
    from mainstream_desktop.core.merge import plan_merge, write_merge

    print("READY", flush=True)
    plan = plan_merge(inputs)
    plan.resolve("newest")
    write_merge(plan, out)
    print("ACK 1 merge", flush=True)
    return 0


def main() -> int:
    path, mode, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if mode == "import":
        return import_once(path, sys.argv[4])
    if mode == "merge":
        return merge_once(path, sys.argv[4:])
    rng = random.Random(seed)
    ws = Workshop.open(path, exclusive=True)
    live: list[str] = [r["id"] for r in ws.records("stakeholders")]
    n = int(ws.conn.execute("SELECT count(*) FROM changes").fetchone()[0])  # unique per run
    while True:
        n += 1
        kind = rng.choice(["insert", "update", "batch", "cascade"] if mode == "mixed"
                          else [mode])
        if not live:
            kind = "insert"
        if kind == "insert":
            rid = ws.insert("stakeholders", {"name": f"op-{n}", "type": "gov_line",
                                             **fingerprint(n)}).record_id
            live.append(rid or "")
            if len(live) > 1:
                ws.insert("links", {"source": live[-1], "target": live[-2], "kind": "funds"})
        elif kind == "update":
            ws.update("stakeholders", rng.choice(live), fingerprint(n))
        elif kind == "batch":
            with ws.bulk():
                for i in range(5):
                    ws.insert("data_sources", {"name": f"batch-{n}-{i}", "type": "census",
                                               "notes": "x" * rng.randint(0, 3000)})
        else:
            victim = live.pop(rng.randrange(len(live)))
            ws.delete("stakeholders", victim, cascade=True)
        print(f"ACK {n} {kind}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
