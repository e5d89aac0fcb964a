"""One way to change a workshop: batches previewed (every problem, keyed) and applied in one
transaction under one operation id; the journal ready for merging (origins kept, inserts
replayed, kinds an enum, clocks ordered as numbers); two imports at once apply once."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from mainstream_desktop.core import journal
from mainstream_desktop.core.batch import Op
from mainstream_desktop.core.editing import StalePlanError
from mainstream_desktop.core.errors import UserError, ValidationError
from mainstream_desktop.core.journal import ChangeKind, HybridClock, stamp_key
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.core.validity import CYCLE, NOT_UNIQUE, REQUIRED
from tests.test_workbook_helpers import digest


def _op_ids(ws: Workshop) -> list[str]:
    return [r[0] for r in ws.conn.execute("SELECT op_id FROM changes ORDER BY seq")]


def _stakeholder(ws: Workshop, name: str, parent: str | None = None) -> str:
    values = {"name": name, "type": "gov_line", "influence": 3, "interest": 3}
    if parent:
        values["parent"] = parent
    return ws.insert("stakeholders", values).record_id or ""


def test_preview_finds_every_problem_keyed_and_leaves_the_file(
        empty_ws: Workshop, tmp_path: Path) -> None:
    a, b = _stakeholder(empty_ws, "A"), _stakeholder(empty_ws, "B", None)
    empty_ws.update("stakeholders", b, {"parent": a})
    path = Path(empty_ws.path or "")
    before, mark = digest(path), empty_ws.fingerprint()
    plan = empty_ws.preview([
        Op.insert("stakeholders", {"type": "gov_line"}),                     # 0: no name
        Op.insert("stakeholders", {"name": "C", "type": "gov_line", "influence": 9}),  # 1
        Op.update("stakeholders", b, {"name": "a"}),                         # 2: same name
        Op.update("stakeholders", a, {"parent": b}),                         # 3: a cycle
        Op.delete("stakeholders", "no-such-id"),                             # 4: gone
    ])
    keyed = {(p.op, p.table, p.field, p.source) for p in plan.problems}
    assert (0, "stakeholders", "name", REQUIRED) in keyed
    assert any(op == 1 and f == "influence" and "between" in src for op, _, f, src in keyed)
    assert (2, "stakeholders", "name", NOT_UNIQUE) in keyed
    assert any(op == 3 and f == "parent" and src == CYCLE for op, _, f, src in keyed)
    assert any(p.op == 4 and p.field is None for p in plan.problems)
    assert {p.record_id for p in plan.problems if p.op in (2, 3)} == {a, b}
    assert not plan.ok
    assert digest(path) == before and empty_ws.fingerprint() == mark
    with pytest.raises(ValidationError):
        empty_ws.apply(plan)
    assert empty_ws.fingerprint() == mark


def test_problem_text_is_made_when_shown(empty_ws: Workshop) -> None:
    from mainstream_desktop.core import i18n

    plan = empty_ws.preview([Op.insert("stakeholders", {"type": "gov_line"})])
    found = plan.problems[0]
    assert found.text == "is required"
    with i18n.language("fr"):
        assert found.text != "is required" and found.field_label != "Name"


def test_a_batch_is_one_operation_and_one_undo(empty_ws: Workshop) -> None:
    start = len(_op_ids(empty_ws))
    plan = empty_ws.preview([Op.insert("stakeholders", {"name": n, "type": "gov_line"})
                             for n in ("X", "Y", "Z")])
    assert plan.ok and len(plan.changes) >= 6
    result = empty_ws.apply(plan)
    assert len(set(_op_ids(empty_ws)[start:])) == 1
    assert empty_ws.count("stakeholders") == 3
    empty_ws.revert(result.changes)
    assert empty_ws.count("stakeholders") == 0
    with empty_ws.bulk():  # a bulk of single calls is one operation too
        _stakeholder(empty_ws, "P")
        _stakeholder(empty_ws, "Q")
    assert len(set(_op_ids(empty_ws)[-4:])) == 1


def test_a_stale_plan_is_refused(empty_ws: Workshop) -> None:
    plan = empty_ws.preview([Op.insert("stakeholders", {"name": "X", "type": "gov_line"})])
    _stakeholder(empty_ws, "Other")
    with pytest.raises(StalePlanError):
        empty_ws.apply(plan)
    assert empty_ws.count("stakeholders") == 1


def test_preview_of_a_read_only_file_writes_nothing(demo_path: Path) -> None:
    before = digest(demo_path)
    listing = sorted(p.name for p in demo_path.parent.iterdir())
    with Workshop.open_for_reading(demo_path) as ws:
        plan = ws.preview([Op.insert("stakeholders", {"name": "New", "type": "gov_line"})])
        assert plan.ok and plan.changes
    assert digest(demo_path) == before
    assert sorted(p.name for p in demo_path.parent.iterdir()) == listing


def test_journal_entries_replay_into_a_copy_keeping_their_identity(
        empty_ws: Workshop, tmp_path: Path) -> None:
    copy = tmp_path / "copy.mainstream"
    shutil.copyfile(empty_ws.path or "", copy)
    seen = len(journal.read(empty_ws.conn))
    rid = _stakeholder(empty_ws, "Ministry of Labour")
    empty_ws.update("stakeholders", rid, {"interest": 5})
    new = journal.read(empty_ws.conn)[seen:]
    assert {e.kind for e in new} == {ChangeKind.INSERT, ChangeKind.UPDATE}
    with Workshop.open(copy) as other:
        assert other.get("stakeholders", rid) is None
        other.run([Op.replay([e.as_change() for e in new])])  # the insert creates the record
        rec = other.get("stakeholders", rid)
        assert rec is not None and (rec["name"], rec["interest"]) == ("Ministry of Labour", 5)
        mine = {(e.change_id, e.hlc, e.device_id, e.op_id) for e in new}
        theirs = {(e.change_id, e.hlc, e.device_id, e.op_id)
                  for e in journal.read(other.conn)}
        assert mine <= theirs
        assert other.validation_problems() == []


def test_a_replay_is_checked_like_any_edit(empty_ws: Workshop, tmp_path: Path) -> None:
    copy = tmp_path / "copy.mainstream"
    shutil.copyfile(empty_ws.path or "", copy)
    seen = len(journal.read(empty_ws.conn))
    _stakeholder(empty_ws, "Same")
    new = journal.read(empty_ws.conn)[seen:]
    with Workshop.open(copy) as other:
        _stakeholder(other, "same")
        mark = other.fingerprint()
        with pytest.raises(UserError, match="same name"):
            other.run([Op.replay([e.as_change() for e in new])])
        assert other.fingerprint() == mark


def test_clock_stamps_order_as_numbers() -> None:
    assert stamp_key("0001700000000000.99999.dev") < stamp_key("0001700000000000.100000.dev")
    clock = HybridClock("dev", "9999999999999.100000.other")
    assert stamp_key(clock.now()) > stamp_key("9999999999999.100000.other")
    assert stamp_key(b"crafted") == (-1, -1, "b'crafted'")  # type: ignore[arg-type]


def test_last_stamp_is_the_latest_clock_not_the_last_row(empty_ws: Workshop) -> None:
    later = "9999999999999.0000000001.other"
    empty_ws.conn.execute(
        "INSERT INTO changes (change_id, op_id, device_id, hlc, user_name, table_name, "
        "record_id, field, old_value, new_value, kind) "
        "VALUES ('c1', 'o1', 'other', ?, '', 'stakeholders', 'r', 'name', NULL, '\"x\"', "
        "'update')", (later,))
    _stakeholder(empty_ws, "After")  # appended after, with an earlier clock
    assert journal.last_stamp(empty_ws.conn) == later
    clock = HybridClock("dev", journal.last_stamp(empty_ws.conn))
    assert stamp_key(clock.now()) > stamp_key(later)


def test_two_imports_of_one_workbook_at_once_apply_once(demo_path: Path, tmp_path: Path) -> None:
    """Both previews are made before either applies; the write lock decides, and the
    second is refused as stale instead of adding every row again (issue 13, defect 2)."""
    from mainstream_desktop.workbook import apply_import, plan_import, write_workbook
    from tests.test_workbook_helpers import edit

    with Workshop.open(demo_path) as ws:
        xlsx = write_workbook(ws, tmp_path / "book.xlsx")
        before = ws.count("stakeholders")
    edit(xlsx, [("Stakeholders", -1 - i, "Name", f"New body {i}") for i in range(40)]
         + [("Stakeholders", -1 - i, "Type", "gov_line") for i in range(40)])
    sides = [Workshop.open(demo_path), Workshop.open(demo_path)]
    plans = [plan_import(ws, xlsx) for ws in sides]
    assert all(p.ok for p in plans), plans[0].summary()
    go = threading.Barrier(2)
    outcomes: list[str] = []

    def run(i: int) -> None:
        go.wait()
        try:
            apply_import(sides[i], plans[i])
            outcomes.append("applied")
        except UserError as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    for ws in sides:
        ws.close()
    assert outcomes.count("applied") == 1, outcomes
    assert any("changed since" in o for o in outcomes), outcomes
    with Workshop.open_for_reading(demo_path) as ws:
        assert ws.count("stakeholders") == before + 40


# --- found by review (each failed before its fix) ------------------------------------------


def test_a_replay_cannot_add_a_second_workshop_or_reuse_an_id(empty_ws: Workshop) -> None:
    sid = _stakeholder(empty_ws, "Taken")
    from mainstream_desktop.core.journal import Change

    second = [Change("workshop", "w2", "title", None, "Another", ChangeKind.INSERT)]
    clash = [Change("sessions", sid, "title", None, "Same id", ChangeKind.INSERT)]
    for changes in (second, clash):
        with pytest.raises(UserError):
            empty_ws.run([Op.replay(changes)])
    assert empty_ws.count("workshop") == 1 and empty_ws.count("sessions") == 0


def test_a_replayed_value_must_fit_its_field(empty_ws: Workshop) -> None:
    from mainstream_desktop.core.journal import Change

    sid = _stakeholder(empty_ws, "Fits")
    bad = [Change("stakeholders", sid, "type", "gov_line", "bogus-type", ChangeKind.UPDATE)]
    assert not empty_ws.preview([Op.replay(bad)]).ok
    with pytest.raises(ValidationError):
        empty_ws.run([Op.replay(bad)])
    assert (empty_ws.get("stakeholders", sid) or {})["type"] == "gov_line"


def test_a_reference_replayed_before_its_record_applies(empty_ws: Workshop) -> None:
    """Preview and apply agree: SQLite checks references at the commit in both."""
    from mainstream_desktop.core.journal import Change

    changes = [Change("participants", "p1", "name", None, "Ana", ChangeKind.INSERT),
               Change("participants", "p1", "organisation", None, "s1", ChangeKind.INSERT),
               Change("stakeholders", "s1", "name", None, "Org", ChangeKind.INSERT),
               Change("stakeholders", "s1", "type", None, "gov_line", ChangeKind.INSERT)]
    plan = empty_ws.preview([Op.replay(changes)])
    assert plan.ok, plan.problems
    empty_ws.apply(plan)
    assert (empty_ws.get("participants", "p1") or {})["organisation"] == "s1"


def test_an_interrupted_preview_says_why(empty_ws: Workshop) -> None:
    import sqlite3

    calls = [0]

    def stop() -> int:
        calls[0] += 1
        return 1 if calls[0] > 3 else 0

    empty_ws.conn.set_progress_handler(stop, 1)
    try:
        with pytest.raises(sqlite3.OperationalError, match="interrupt"):
            empty_ws.preview([Op.insert("stakeholders", {"name": "X", "type": "gov_line"})])
    finally:
        empty_ws.conn.set_progress_handler(None, 0)
    assert not empty_ws.conn.in_transaction


def test_a_refused_operation_inside_bulk_leaves_nothing_behind(empty_ws: Workshop) -> None:
    from mainstream_desktop.core.journal import Change

    sid = _stakeholder(empty_ws, "S")
    before = len(_op_ids(empty_ws))
    with empty_ws.bulk():
        with pytest.raises(UserError):
            empty_ws.run([Op.replay([
                Change("stakeholders", sid, "name", "S", "S-bulk", ChangeKind.UPDATE),
                Change("stakeholders", "missing", "name", "x", "y", ChangeKind.UPDATE)])])
        _stakeholder(empty_ws, "Kept")
    assert (empty_ws.get("stakeholders", sid) or {})["name"] == "S"
    assert empty_ws.count("stakeholders") == 2
    assert len(_op_ids(empty_ws)) > before  # the kept insert is journalled


def test_problems_can_be_copied_and_pickled(empty_ws: Workshop) -> None:
    import copy
    import pickle

    found = empty_ws.preview([Op.insert("stakeholders", {"type": "gov_line"})]).problems[0]
    assert pickle.loads(pickle.dumps(found)) == found
    assert copy.deepcopy(found).text == "is required"
    assert len({found.message, copy.deepcopy(found.message)}) == 1
