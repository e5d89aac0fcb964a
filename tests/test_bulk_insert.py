"""The store's bulk path (a run of many inserts into one register, checked column by
column, one ``executemany``) against the per-row path: the same problems, word for word
and at the same operation, and the same file content, on batches with deliberate errors;
and a large applied values import undone and redone."""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest

from mainstream_desktop.core import editing
from mainstream_desktop.core.batch import Op
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.workbook.values_import import apply_values, plan_values

PER_ROW = 10**9  # BULK_MIN no run reaches: every insert goes the per-row way


@pytest.fixture
def ids(monkeypatch: pytest.MonkeyPatch) -> None:
    """Record ids in a fixed sequence, so two runs of the same batch name the same ids."""
    counter = itertools.count()
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(counter)))


def _problems(plan: Any) -> list[tuple[Any, ...]]:
    return [(p.table, p.field, str(p.message), p.record_id, p.record, p.op)
            for p in plan.problems]


def _ops(ws: Workshop) -> list[Op]:
    """Inserts with every kind of mistake, among many good ones."""
    indicators = [r["id"] for r in ws.records("indicators")]
    taken = ws.records("indicator_values")[0]
    good = [{"indicator": indicators[n % len(indicators)], "year": 1950 + n % 150,
             "dimension": "age", "category": f"{n // 150}-x", "value": n * 1.5,
             "unit": "persons", "notes": f"row {n}"} for n in range(300)]
    bad: list[dict[str, Any]] = [
        {**good[0], "year": "19x0"},                        # not a year
        {**good[1], "year": 1800},                          # out of range
        {**good[2], "indicator": "no-such-indicator"},      # a record that is not there
        {**good[3]},                                        # the same key as good[3]
        {**good[4], "value": "abc", "unit": "x" * 5000},     # two problems in one row
        {k: v for k, v in good[5].items() if k != "value"} | {"category": "v"},  # required
        {**good[6], "dimension": "shoe size"},              # not a choice
        {**good[7], "unit": "per\x01sons"},                 # a control character
        {**good[8], "colour": "blue"},                      # no such field
        {"indicator": taken["indicator"], "year": taken["year"],  # clash with the file
         "dimension": taken["dimension"], "category": taken["category"], "value": 1.0},
        {**good[9], "category": "  Femmes âgées  ", "value": float("inf")},
        {**good[10], "category": "Ménages", "year": 2001.0, "value": 3},  # coerced, good
        {**good[10], "category": "MÉNAGES ", "year": "2001", "value": "3,5"},  # clash
    ]
    mixed = good[:150] + bad + good[150:]
    return [Op.insert("indicator_values", values) for values in mixed]


def _content(path: Path) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The values table and the journal, without the times they were written at."""
    with sqlite3.connect(path) as conn:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(indicator_values)")
                if r[1] not in ("created_at", "updated_at")]
        names = ", ".join(f'"{c}"' for c in cols)
        rows = conn.execute(f"SELECT {names} FROM indicator_values ORDER BY id").fetchall()
        journal = conn.execute(
            "SELECT change_id, op_id, device_id, user_name, table_name, record_id, field, "
            "old_value, new_value, kind FROM changes ORDER BY seq").fetchall()
    return rows, journal


def test_bulk_and_per_row_previews_find_the_same_problems(
        demo_ws: Workshop, ids: None, monkeypatch: pytest.MonkeyPatch) -> None:
    ops = _ops(demo_ws)
    bulk = demo_ws.preview(ops)
    monkeypatch.setattr(uuid, "uuid4", _restart())
    monkeypatch.setattr(editing, "BULK_MIN", PER_ROW)
    per_row = demo_ws.preview(ops)
    assert _problems(bulk) == _problems(per_row)
    assert bulk.changes == per_row.changes
    found = {(p.field, p.op) for p in bulk.problems}
    # every deliberate mistake is found, at its operation
    for field, op in [("year", 150), ("year", 151), ("indicator", 152), ("unit", 154),
                      ("value", 154), ("value", 155), ("dimension", 156), ("unit", 157),
                      (None, 158), ("value", 160)]:
        assert (field, op) in found, (field, op)
    clashes = {p.op for p in bulk.problems if p.field == "indicator" and "same" in str(p)}
    assert {3, 153, 159, 161, 162} <= clashes


def _restart() -> Any:
    counter = itertools.count()
    return lambda: uuid.UUID(int=next(counter))


@pytest.mark.parametrize("size", [40, 300])
def test_bulk_and_per_row_writes_leave_the_same_file(
        demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    other = tmp_path / "per-row.mainstream"
    shutil.copyfile(demo_path, other)
    for path, bulk_min in ((demo_path, editing.BULK_MIN), (other, PER_ROW)):
        monkeypatch.setattr(editing, "BULK_MIN", bulk_min)
        with Workshop.open(path) as ws:
            monkeypatch.setattr(uuid, "uuid4", _restart())  # after opening: same ids from here
            ops = [op for op in _ops(ws)[:size + 13] if op.values.get("year") != "19x0"]
            good = [op for op in ops if ws.preview([op]).ok]
            assert len(good) > size // 2
            plan = ws.preview(good)
            result = ws.apply(plan) if plan.ok else ws.run(good[:size // 2])
            assert result.changes
    assert _content(demo_path) == _content(other)


def test_a_refused_bulk_run_writes_nothing_and_names_the_first_bad_row(
        demo_ws: Workshop, demo_path: Path) -> None:
    ops = _ops(demo_ws)
    before = _content(demo_path)
    with pytest.raises(editing.ValidationError) as refused:
        demo_ws.run(ops)
    assert {p.op for p in refused.value.problems} == {150}
    assert _content(demo_path) == before


def test_an_applied_import_of_many_values_is_undone_and_redone(
        demo_ws: Workshop, tmp_path: Path) -> None:
    codes = sorted({r["code"] for r in demo_ws.records("indicators") if r["code"]})
    lines = ["Indicator,Year,Age,Value,Unit"]
    lines += [f'{codes[n % len(codes)]},{1950 + n // len(codes) % 150},{n // 3000}-x,'
              f'"{n:,}.5",persons' for n in range(3000)]
    table = tmp_path / "many.csv"
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = sorted((v["id"], v["value"]) for v in demo_ws.records("indicator_values"))
    plan = plan_values(demo_ws, table)
    assert plan.ok, plan.errors[:3]
    assert plan.sheets[0].added == 3000
    result = apply_values(demo_ws, plan)
    after = sorted((v["id"], v["value"]) for v in demo_ws.records("indicator_values"))
    assert len(after) == len(before) + 3000
    assert 1234.5 in {v for _, v in after}
    demo_ws.revert(result.changes)
    assert sorted((v["id"], v["value"]) for v in demo_ws.records("indicator_values")) == before
    demo_ws.reapply(result.changes)
    assert sorted((v["id"], v["value"]) for v in demo_ws.records("indicator_values")) == after
    assert not demo_ws.validation_problems()



def test_the_final_uniqueness_check_of_a_bulk_run_matches_reading_the_register_back(
        demo_ws: Workshop, ids: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bulk path keeps the key columns it wrote (validity.KnownKeys) instead of reading
    the register again: the same problems, in the same order, as reading it back; and a
    later operation on the register (an update that makes a clash, a deletion that
    removes one) is seen, because the register is then read again."""
    from mainstream_desktop.core import validity

    ops = _ops(demo_ws)
    first = ops[0].values
    update_id = demo_ws.records("indicator_values")[1]["id"]
    deleted = demo_ws.records("indicator_values")[0]["id"]
    variants = {
        "inserts only": ops,
        "then an update": [*ops, Op.update("indicator_values", update_id, {
            k: first[k] for k in ("indicator", "year", "dimension", "category")})],
        "then a deletion": [*ops, Op.delete("indicator_values", deleted)],
        "after an update": [Op.update("indicator_values", update_id, {"notes": "x"}), *ops],
    }
    used: list[bool] = []
    exact = validity.exact_keys
    monkeypatch.setattr(editing, "exact_keys",
                        lambda *a: used.append(bool(r := exact(*a))) or r)
    for name, batch in variants.items():
        used.clear()
        monkeypatch.setattr(uuid, "uuid4", _restart())
        kept = demo_ws.preview(batch)
        assert used == [name in ("inserts only", "after an update")], name
        monkeypatch.setattr(editing, "exact_keys", lambda *a: {})
        monkeypatch.setattr(uuid, "uuid4", _restart())
        read_back = demo_ws.preview(batch)
        monkeypatch.setattr(editing, "exact_keys",
                            lambda *a: used.append(bool(r := exact(*a))) or r)
        assert _problems(kept) == _problems(read_back), name
        assert any(p.field == "indicator" for p in kept.problems), name


def test_a_refused_bulk_run_inside_a_batch_forgets_the_keys_it_learnt(
        demo_master: Path, tmp_path: Path) -> None:
    """A caller of ``bulk()`` may catch a refusal and go on: the refused run's rows are
    taken back, and so must be the keys the batch learnt from them — else later single
    inserts, as many as the refused rows, were compared with a stale list and duplicates
    were committed (found in review)."""
    from mainstream_desktop.core.errors import UserError

    path = tmp_path / "w.mainstream"
    shutil.copyfile(demo_master, path)
    ws = Workshop.open(path)
    indicator = ws.records("indicators")[0]["id"]

    def value(year: int, group: str) -> dict[str, Any]:
        return {"indicator": indicator, "year": year, "dimension": "age", "category": group,
                "value": 1.0}

    runs = editing.BULK_MIN + 1
    with pytest.raises(UserError), ws.bulk():
        with pytest.raises(UserError):
            ws.run([Op.insert("indicator_values", value(1950 + n, "refused"))
                    for n in range(runs)] + [Op.update("indicator_values", "none", {"value": 2})])
        for _ in range(runs):
            ws.run([Op.insert("indicator_values", value(1950, "twice"))])
    assert not [r for r in ws.records("indicator_values") if r["category"] in ("refused", "twice")]
    ws.close()
