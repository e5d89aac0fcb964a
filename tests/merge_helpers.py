"""Shared by the merge tests: a tiny seed workshop, group copies edited as if on other
laptops (each copy its own device, so clock stamps never tie), and the records of a file
in a form two files can be compared by."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from mainstream_desktop.core import journal
from mainstream_desktop.core.merge import copy_for_group
from mainstream_desktop.core.registers import REGISTERS
from mainstream_desktop.core.store import Workshop

STAKEHOLDERS = ("Alpha", "Beta", "Gamma")


def fixed_id(*parts: object) -> str:
    """A record id that is the same on every run (examples replay and shrink the same)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "mainstream-test/" + "/".join(map(str, parts))))


def make_seed(path: Path) -> dict[str, str]:
    """A workshop with three stakeholders, two links and an action; returns name → id."""
    ids = {name: fixed_id(name) for name in (*STAKEHOLDERS, "Alpha→Beta", "Beta→Gamma",
                                             "Plan")}
    with Workshop.create(path, title="Seed", country="KEN") as ws:
        for name in STAKEHOLDERS:
            ws.insert("stakeholders", {"name": name, "type": "gov_line", "influence": 3},
                      record_id=ids[name])
        for link in ("Alpha→Beta", "Beta→Gamma"):
            source, target = link.split("→")
            ws.insert("links", {"source": ids[source], "target": ids[target],
                                "kind": "funds"}, record_id=ids[link])
        ws.insert("actions", {"title": "Plan", "responsible": ids["Alpha"]},
                  record_id=ids["Plan"])
    return ids


def make_copies(base: Path, folder: Path, n: int) -> list[Path]:
    """``n`` working groups' copies of ``base`` named g1.mainstream … gN.mainstream."""
    out = []
    with Workshop.open_for_reading(base) as ws:
        for k in range(1, n + 1):
            path = folder / f"g{k}.mainstream"
            copy_for_group(ws, path, f"group {k}")
            out.append(path)
    return out


def clone(src: Path, dest: Path) -> Path:
    shutil.copyfile(src, dest)
    return dest


@contextlib.contextmanager
def editing(path: Path, device: str) -> Iterator[Workshop]:
    """Open a copy as the laptop ``device`` would (its own device id and clock)."""
    ws = Workshop.open(path)
    ws.device_id = device
    ws.clock = journal.HybridClock(device, journal.last_stamp(ws.conn))
    try:
        yield ws
    finally:
        ws.close()


def device_of(path: Path) -> str:
    return "dev-" + path.stem


def state(path: Path, *, deleted_at: bool = True) -> dict[str, dict[str, dict[str, Any]]]:
    """Every record of every register (tombstones too), by register and id: the fields
    and whether (or, with ``deleted_at``, when) it was deleted; no bookkeeping columns."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with Workshop.open_for_reading(path) as ws:
        for name, reg in REGISTERS.items():
            recs = {}
            for rec in ws.records(name, include_deleted=True):
                row = {f.name: rec.get(f.name) for f in reg.fields}
                row["deleted_at"] = rec["deleted_at"] if deleted_at else bool(
                    rec["deleted_at"])
                recs[rec["id"]] = row
            out[name] = recs
    return out


def change_ids(path: Path) -> set[str]:
    with Workshop.open_for_reading(path) as ws:
        return {e.change_id for e in journal.read(ws.conn)}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_whole(path: Path) -> None:
    """The file opens, passes SQLite's integrity check and every register rule, and every
    reference resolves to a live record."""
    with Workshop.open_for_reading(path) as ws:
        assert ws.integrity_problems() == []
        assert ws.validation_problems() == []
        for name, reg in REGISTERS.items():
            for f in reg.fields:
                if f.kind != "ref":
                    continue
                live = {r["id"] for r in ws.records(f.ref or "")}
                for rec in ws.records(name):
                    assert rec[f.name] is None or rec[f.name] in live, (name, rec["id"], f.name)
