"""Merging, for any edits (issue 11): random edit sequences, interleaved in time, applied to
2–4 working groups' copies of one small workshop, then merged and resolved by "newest".

Checked on every example:
- the result opens, passes SQLite's integrity check and every register rule, and every
  reference resolves;
- every conflict an independent oracle finds (from the copies' final values and their
  journals) is reported, and none other of its kind; every key nobody disagreed about
  has the agreed value in the result, unless a reported conflict's decision touched its
  record;
- the journals of every copy are kept;
- merging the result again with every copy changes nothing (idempotent);
- the order of the inputs changes nothing (a permutation, resolved by "newest").

Names come from a small alphabet so that copies clash; a copy may also take over another
copy's file mid-way ("adopt"), so that some changes are causally ordered and must not be
reported as conflicts. The default run is quick; ``-m slow`` runs many more examples.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mainstream_desktop.core import journal
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.merge import ConflictKind, MergePlan, plan_merge, write_merge
from mainstream_desktop.core.registers import register
from mainstream_desktop.core.store import Workshop
from tests.merge_helpers import (
    assert_whole,
    change_ids,
    editing,
    fixed_id,
    make_copies,
    make_seed,
    state,
)

NAMES = ("Alpha", "Beta", "Delta", "Eps")  # Alpha and Beta are in the seed
TEXTS = ("x", "y", None)
SCORE = st.one_of(st.none(), st.integers(1, 5))
PICK = st.integers(0, 20)  # the n-th live record (by id), modulo how many there are

EDIT = st.one_of(
    st.tuples(st.just("add_stakeholder"), st.sampled_from(NAMES)),
    st.tuples(st.just("add_link"), PICK, PICK, st.sampled_from(("funds", "oversees"))),
    st.tuples(st.just("add_action"), st.sampled_from(("Plan", "Train")),
              st.one_of(st.none(), PICK)),
    st.tuples(st.just("set"), st.just("stakeholders"), PICK, st.sampled_from(
        ("influence", "interest")), SCORE),
    st.tuples(st.just("set"), st.just("stakeholders"), PICK, st.just("notes"),
              st.sampled_from(TEXTS)),
    st.tuples(st.just("set"), st.just("stakeholders"), PICK, st.just("name"),
              st.sampled_from(NAMES)),
    st.tuples(st.just("set_ref"), st.just("stakeholders"), PICK, st.just("parent"),
              st.one_of(st.none(), PICK)),
    st.tuples(st.just("set"), st.just("links"), PICK, st.just("strength"),
              st.one_of(st.none(), st.integers(1, 3))),
    st.tuples(st.just("set"), st.just("actions"), PICK, st.just("description"),
              st.sampled_from(TEXTS)),
    st.tuples(st.just("set_ref"), st.just("actions"), PICK, st.just("responsible"),
              st.one_of(st.none(), PICK)),
    st.tuples(st.just("delete"), st.sampled_from(("stakeholders", "links", "actions")), PICK),
)
STEPS = st.lists(st.tuples(st.integers(0, 3), st.one_of(EDIT, EDIT, EDIT, EDIT, EDIT, EDIT,
                                                          st.tuples(st.just("adopt"),
                                                                    st.integers(0, 3)))),
                 max_size=24)

_SEED: dict[str, Path] = {}


def _seed_file() -> Path:
    """The seed workshop, written once per run (every example starts from copies of it)."""
    if "path" not in _SEED:
        folder = Path(tempfile.mkdtemp(prefix="merge-seed-"))
        make_seed(folder / "seed.mainstream")
        _SEED["path"] = folder / "seed.mainstream"
    return _SEED["path"]


def _nth(ws: Workshop, table: str, pick: int) -> str | None:
    ids = sorted(r["id"] for r in ws.records(table))
    return ids[pick % len(ids)] if ids else None


def _apply(ws: Workshop, edit: tuple[Any, ...], step: int, copy: int) -> None:
    """One edit through the core API; an edit the store refuses is simply not made."""
    kind = edit[0]
    new_id = fixed_id("step", copy, step)
    if kind == "add_stakeholder":
        ws.insert("stakeholders", {"name": edit[1], "type": "gov_line"}, record_id=new_id)
    elif kind == "add_link":
        source, target = _nth(ws, "stakeholders", edit[1]), _nth(ws, "stakeholders", edit[2])
        ws.insert("links", {"source": source, "target": target, "kind": edit[3]},
                  record_id=new_id)
    elif kind == "add_action":
        who = None if edit[2] is None else _nth(ws, "stakeholders", edit[2])
        ws.insert("actions", {"title": edit[1], "responsible": who}, record_id=new_id)
    elif kind in ("set", "set_ref"):
        _, table, pick, fname, value = edit
        rid = _nth(ws, table, pick)
        if rid is None:
            return
        if kind == "set_ref" and value is not None:
            value = _nth(ws, "stakeholders", value)
        ws.update(table, rid, {fname: value})
    elif kind == "delete":
        rid = _nth(ws, edit[1], edit[2])
        if rid is not None:
            ws.delete(edit[1], rid, cascade=True)


@contextlib.contextmanager
def _copies(n: int) -> Iterator[tuple[Path, list[Path]]]:
    with tempfile.TemporaryDirectory(prefix="merge-prop-") as tmp:
        folder = Path(tmp)
        base = folder / "base.mainstream"
        shutil.copyfile(_seed_file(), base)
        yield folder, make_copies(base, folder, n)


def _run_steps(paths: list[Path], steps: list[tuple[int, tuple[Any, ...]]]) -> None:
    """Apply the steps, each to its copy, in order (so the copies' clocks interleave)."""
    n = len(paths)
    stack = contextlib.ExitStack()
    with stack:
        open_ws = [stack.enter_context(editing(p, f"dev{k}")) for k, p in enumerate(paths)]
        for step, (who, edit) in enumerate(steps):
            k = who % n
            if edit[0] == "adopt":  # copy k takes over copy j's file as it is now
                j = edit[1] % n
                if j == k:
                    continue
                open_ws[k].close()
                with Workshop.open_for_reading(paths[j]) as src:
                    src.save_copy(paths[k].with_suffix(".tmp"))
                paths[k].with_suffix(".tmp").replace(paths[k])
                open_ws[k] = stack.enter_context(editing(paths[k], f"dev{k}"))
                continue
            with contextlib.suppress(UserError):
                _apply(open_ws[k], edit, step, k)


# --- the oracle -------------------------------------------------------------------------------


def _canon(fname: str, value: Any) -> Any:
    if fname == "deleted_at":
        return bool(value)
    if value in (None, []):
        return None
    return tuple(value) if isinstance(value, list) else value


class Oracle:
    """What a merge of ``paths`` must report, worked out from the copies alone: per key
    (register, record, field), the changes each copy made since the copies parted (those
    not in every copy); a copy whose changes of a key include every other's wins; two
    copies that changed a key without either seeing the other's change and disagree are
    a conflict."""

    def __init__(self, paths: list[Path]):
        self.journals: list[list[journal.Entry]] = []
        self.values: list[dict[tuple[str, str, str], Any]] = []
        for p in paths:
            with Workshop.open_for_reading(p) as ws:
                self.journals.append(journal.read(ws.conn))
            snap = state(p)
            self.values.append({(t, rid, f): v for t, recs in snap.items()
                                for rid, rec in recs.items() for f, v in rec.items()})
        ids = [{e.change_id for e in j} for j in self.journals]
        common = set.intersection(*ids)
        self.changed: list[dict[tuple[str, str, str], frozenset[str]]] = []
        for j in self.journals:
            per: dict[tuple[str, str, str], set[str]] = {}
            for e in j:
                if e.change_id not in common and e.field != "id":
                    per.setdefault((e.table, e.record_id, e.field), set()).add(e.change_id)
            self.changed.append({k: frozenset(v) for k, v in per.items()})
        self.keys = set().union(*self.changed)

    def value(self, i: int, key: tuple[str, str, str]) -> Any:
        return _canon(key[2], self.values[i].get(key))

    def winners(self, key: tuple[str, str, str]) -> set[int]:
        sets = {i: c[key] for i, c in enumerate(self.changed) if key in c}
        return {i for i, s in sets.items() if not any(s < t for t in sets.values())}

    def field_conflicts(self) -> set[tuple[str, str, str]]:
        return {k for k in self.keys
                if len({self.value(i, k) for i in self.winners(k)}) > 1}

    def agreed(self) -> dict[tuple[str, str, str], Any]:
        out = {}
        for k in self.keys - self.field_conflicts():
            out[k] = self.value(next(iter(self.winners(k))), k)
        return out

    def edit_delete(self) -> set[tuple[str, str]]:
        """Records the merge deletes (no conflict about that) that a copy which never saw
        any of the deletions changed in another field."""
        agreed = self.agreed()
        found = set()
        for (table, rid, fname), deleted in agreed.items():
            if fname != "deleted_at" or not deleted:
                continue
            deletes = {e.change_id for j in self.journals for e in j
                       if (e.table, e.record_id, e.field) == (table, rid, fname) and e.new}
            deleters = {i for i, j in enumerate(self.journals)
                        if deletes & {e.change_id for e in j}}
            for i, c in enumerate(self.changed):
                if i in deleters:
                    continue
                edited = {ch for (t, r, f), s in c.items() if (t, r) == (table, rid)
                          and f != "deleted_at" for ch in s}
                deleter_ids = {e.change_id for d in deleters for e in self.journals[d]}
                if edited - deleter_ids:
                    found.add((table, rid))
        return found


def _conflict_keys(plan: MergePlan, kind: ConflictKind) -> set[tuple[str, ...]]:
    return {(c.table, c.record_id, c.field or "") if kind == ConflictKind.FIELD
            else (c.table, c.record_id) for c in plan.conflicts if c.kind == kind}


def _merge(paths: list[Path], out: Path) -> MergePlan:
    plan = plan_merge(paths)
    plan.resolve("newest")
    write_merge(plan, out)
    return plan


def check_merge(n: int, steps: list[tuple[int, tuple[Any, ...]]]) -> None:
    with _copies(n) as (folder, paths):
        _run_steps(paths, steps)
        oracle = Oracle(paths)
        out = folder / "merged.mainstream"
        plan = _merge(paths, out)

        # the result is a valid workshop in which every reference resolves
        assert_whole(out)

        # every conflict is reported, and only conflicts are
        expected_fields = {(t, r, f) for t, r, f in oracle.field_conflicts()}
        assert _conflict_keys(plan, ConflictKind.FIELD) == expected_fields
        assert _conflict_keys(plan, ConflictKind.EDIT_DELETE) == oracle.edit_delete()

        # what nobody disagreed about arrives, unless a decision touched that record
        touched = {(c.table, c.record_id) for c in plan.conflicts}
        for c in plan.conflicts:  # a dangling reference's first side is the deleted record
            for i, s in enumerate(c.sides):
                deleted = c.kind == ConflictKind.DANGLING and i == 0 and c.field
                table = register(c.table).field(c.field).ref if deleted else c.table
                touched.add((table or c.table, s.record_id))
        result = state(out)
        for (table, rid, fname), value in oracle.agreed().items():
            if (table, rid) in touched:
                continue
            got = result[table][rid][fname]
            assert _canon(fname, got) == value, (table, rid, fname, got, value)

        # every copy's journal is kept
        merged_ids = change_ids(out)
        for p in paths:
            assert change_ids(p) <= merged_ids

        # merging again with every copy changes nothing
        again = folder / "again.mainstream"
        replan = _merge([out, *paths], again)
        assert replan.conflicts == []
        assert state(again) == result

        # the order of the inputs changes nothing
        backwards = folder / "backwards.mainstream"
        _merge([*paths[1:], paths[0]][::-1], backwards)
        assert state(backwards, deleted_at=False) == state(out, deleted_at=False)


COMMON = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                        HealthCheck.too_slow])


@example(n=2, steps=[(0, ("delete", "stakeholders", 0)),
                     (1, ("add_link", 0, 1, "funds"))])  # a deleted record referred to
@example(n=2, steps=[(0, ("delete", "stakeholders", 0)), (0, ("add_stakeholder", "Alpha")),
                     (1, ("add_link", 0, 1, "funds"))])  # ... brought back, now clashing
@example(n=2, steps=[(0, ("set", "stakeholders", 8, "name", "Delta")),
                     (0, ("set_ref", "stakeholders", 20, "parent", 1)),
                     (1, ("set_ref", "stakeholders", 1, "parent", 20)),
                     (1, ("set", "stakeholders", 1, "name", "Delta"))])  # clash AND cycle
@settings(COMMON, max_examples=120)
@given(n=st.integers(2, 4), steps=STEPS)
def test_merge_properties(n: int, steps: list[tuple[int, tuple[Any, ...]]]) -> None:
    check_merge(n, steps)


@pytest.mark.slow
@settings(COMMON, max_examples=1500)
@given(n=st.integers(2, 4), steps=STEPS)
def test_merge_properties_many(n: int, steps: list[tuple[int, tuple[Any, ...]]]) -> None:
    check_merge(n, steps)
