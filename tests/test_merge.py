"""Merging working groups' copies (issue 11), by example: each kind of conflict and each
way of deciding it, the command line's contract, and what a merge keeps of the journals.
The properties that must hold for any edits are in test_merge_properties.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mainstream_desktop.cli import main
from mainstream_desktop.core import schema
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.merge import MergePlan, plan_merge, write_merge
from mainstream_desktop.core.store import Workshop
from tests.merge_helpers import (
    assert_whole,
    change_ids,
    clone,
    device_of,
    digest,
    editing,
    make_copies,
    make_seed,
    state,
)


@pytest.fixture
def group(tmp_path: Path) -> tuple[dict[str, str], list[Path]]:
    """The seed's ids and two working groups' copies of it."""
    ids = make_seed(tmp_path / "base.mainstream")
    return ids, make_copies(tmp_path / "base.mainstream", tmp_path, 2)


def merged(tmp_path: Path, paths: list[Path], rule: str | int | None = "newest",
           name: str = "out.mainstream") -> tuple[MergePlan, Path]:
    plan = plan_merge(paths)
    if rule is not None:
        plan.resolve(rule)
    out = tmp_path / name
    write_merge(plan, out)
    assert_whole(out)
    return plan, out


def live(path: Path, table: str) -> dict[str, dict]:
    with Workshop.open_for_reading(path) as ws:
        return {r["id"]: r for r in ws.records(table)}


def kinds(plan: MergePlan) -> list[str]:
    return sorted(c.kind.value for c in plan.conflicts)


# --- what merges without a question ------------------------------------------------------


def test_edits_of_different_fields_all_arrive(tmp_path: Path, group) -> None:
    ids, (g1, g2) = group
    with editing(g1, "dev1") as ws:
        ws.update("stakeholders", ids["Alpha"], {"notes": "from one"})
        ws.insert("stakeholders", {"name": "Delta", "type": "gov_line"})
    with editing(g2, "dev2") as ws:
        ws.update("stakeholders", ids["Alpha"], {"interest": 5})
        ws.update("stakeholders", ids["Beta"], {"notes": "from two"})
        ws.delete("links", ids["Alpha→Beta"])
    plan, out = merged(tmp_path, [g1, g2], rule=None)
    assert plan.conflicts == []
    people = {r["name"]: r for r in live(out, "stakeholders").values()}
    assert people["Alpha"]["notes"] == "from one" and people["Alpha"]["interest"] == 5
    assert people["Beta"]["notes"] == "from two" and "Delta" in people
    assert ids["Alpha→Beta"] not in live(out, "links")
    tallies = {(i, t): (v.added, v.changed, v.deleted) for (i, t), v in plan.tallies.items()}
    assert tallies == {(0, "stakeholders"): (1, 1, 0), (1, "stakeholders"): (0, 2, 0),
                       (1, "links"): (0, 0, 1)}


def test_the_same_change_in_two_files_is_no_conflict(tmp_path: Path, group) -> None:
    ids, (g1, g2) = group
    for path in (g1, g2):
        with editing(path, device_of(path)) as ws:
            ws.update("stakeholders", ids["Alpha"], {"influence": 5})
            ws.delete("links", ids["Beta→Gamma"])
    plan, out = merged(tmp_path, [g1, g2], rule=None)
    assert plan.conflicts == []
    assert live(out, "stakeholders")[ids["Alpha"]]["influence"] == 5
    assert ids["Beta→Gamma"] not in live(out, "links")


# --- each kind of conflict, and each way of deciding it -----------------------------------


def _field_conflict(group) -> tuple[dict[str, str], Path, Path]:
    ids, (g1, g2) = group
    with editing(g1, "dev1") as ws:
        ws.update("stakeholders", ids["Alpha"], {"influence": 2})
    with editing(g2, "dev2") as ws:  # later
        ws.update("stakeholders", ids["Alpha"], {"influence": 4})
    return ids, g1, g2


def test_field_conflict_reported_with_both_sides(tmp_path: Path, group) -> None:
    ids, g1, g2 = _field_conflict(group)
    plan = plan_merge([g1, g2])
    assert kinds(plan) == ["field"]
    c = plan.conflicts[0]
    assert (c.table, c.record_id, c.field) == ("stakeholders", ids["Alpha"], "influence")
    assert {(s.source, s.value, s.device) for s in c.sides} == {(0, 2, "dev1"), (1, 4, "dev2")}
    text = plan.describe(c)
    assert "Alpha" in text and "Influence" in text and "group 1" in text and "group 2" in text
    with pytest.raises(UserError, match="not decided"):
        write_merge(plan, tmp_path / "out.mainstream")
    assert not (tmp_path / "out.mainstream").exists()


@pytest.mark.parametrize(("rule", "expected"), [("newest", 4), (0, 2), (1, 4)])
def test_field_conflict_decided_by_rule(tmp_path: Path, group, rule, expected) -> None:
    ids, g1, g2 = _field_conflict(group)
    _, out = merged(tmp_path, [g1, g2], rule=rule)
    assert live(out, "stakeholders")[ids["Alpha"]]["influence"] == expected


def test_field_conflict_decided_by_hand_for_the_older_side(tmp_path: Path, group) -> None:
    ids, g1, g2 = _field_conflict(group)
    plan = plan_merge([g1, g2])
    (c,) = plan.conflicts
    c.decide(next(i for i, s in enumerate(c.sides) if s.value == 2))
    out = tmp_path / "out.mainstream"
    write_merge(plan, out)
    assert_whole(out)
    assert live(out, "stakeholders")[ids["Alpha"]]["influence"] == 2


def _edit_delete(group) -> tuple[dict[str, str], Path, Path]:
    ids, (g1, g2) = group
    with editing(g1, "dev1") as ws:
        ws.delete("stakeholders", ids["Gamma"], cascade=True)  # takes the link Beta→Gamma
    with editing(g2, "dev2") as ws:
        ws.update("stakeholders", ids["Gamma"], {"notes": "still here"})
    return ids, g1, g2


def test_edit_against_delete(tmp_path: Path, group) -> None:
    ids, g1, g2 = _edit_delete(group)
    plan = plan_merge([g1, g2])
    assert kinds(plan) == ["edit_delete"]
    c = plan.conflicts[0]
    assert c.record_id == ids["Gamma"]
    assert [(s.source, s.value) for s in c.sides] == [(0, "deleted"), (1, "edited")]
    assert "Gamma" in plan.describe(c)


@pytest.mark.parametrize(("choice", "kept"), [(0, False), (1, True)])
def test_edit_against_delete_decided(tmp_path: Path, group, choice: int, kept: bool) -> None:
    ids, g1, g2 = _edit_delete(group)
    plan = plan_merge([g1, g2])
    plan.conflicts[0].decide(choice)
    out = tmp_path / "out.mainstream"
    write_merge(plan, out)
    assert_whole(out)
    people = live(out, "stakeholders")
    assert (ids["Gamma"] in people) is kept
    if kept:
        assert people[ids["Gamma"]]["notes"] == "still here"


def _dangling(group, *, optional: bool) -> tuple[dict[str, str], Path, Path]:
    """g1 deletes Gamma; g2, not knowing, makes something refer to it: a new link (a
    required reference) or the action's responsible (an optional one)."""
    ids, (g1, g2) = group
    with editing(g1, "dev1") as ws:
        ws.delete("stakeholders", ids["Gamma"], cascade=True)
    with editing(g2, "dev2") as ws:
        if optional:
            ws.update("actions", ids["Plan"], {"responsible": ids["Gamma"]})
        else:
            ids["new link"] = ws.insert("links", {"source": ids["Alpha"],
                                                  "target": ids["Gamma"],
                                                  "kind": "funds"}).record_id or ""
    return ids, g1, g2


ORDERS = pytest.mark.parametrize("deleter_first", [True, False],
                                 ids=["deleter first", "referrer first"])


@ORDERS
@pytest.mark.parametrize("optional", [False, True])
def test_reference_to_a_record_another_file_deleted(tmp_path: Path, group, optional: bool,
                                                    deleter_first: bool) -> None:
    """Found whichever file comes first (the first is the one the others are replayed
    on: its references are not replayed, only the other file's deletion is)."""
    ids, g1, g2 = _dangling(group, optional=optional)
    plan = plan_merge([g1, g2] if deleter_first else [g2, g1])
    assert kinds(plan) == ["dangling"]
    c = plan.conflicts[0]
    assert c.sides[0].record_id == ids["Gamma"] and c.sides[0].value == "deleted"
    assert c.record_id == (ids["Plan"] if optional else ids["new link"])


@ORDERS
@pytest.mark.parametrize("optional", [False, True])
def test_dangling_reference_decided_for_the_deletion(tmp_path: Path, group, optional: bool,
                                                     deleter_first: bool) -> None:
    ids, g1, g2 = _dangling(group, optional=optional)
    inputs = [g1, g2] if deleter_first else [g2, g1]
    _, out = merged(tmp_path, inputs, rule=inputs.index(g1))
    assert ids["Gamma"] not in live(out, "stakeholders")
    if optional:  # the reference is cleared, the action stays
        assert live(out, "actions")[ids["Plan"]]["responsible"] is None
    else:  # a link cannot exist without its target: it goes too
        assert ids["new link"] not in live(out, "links")


@ORDERS
@pytest.mark.parametrize("optional", [False, True])
def test_dangling_reference_decided_for_the_reference(tmp_path: Path, group, optional: bool,
                                                      deleter_first: bool) -> None:
    ids, g1, g2 = _dangling(group, optional=optional)
    inputs = [g1, g2] if deleter_first else [g2, g1]
    _, out = merged(tmp_path, inputs, rule=inputs.index(g2))
    assert ids["Gamma"] in live(out, "stakeholders")  # brought back
    if optional:
        assert live(out, "actions")[ids["Plan"]]["responsible"] == ids["Gamma"]
    else:
        assert live(out, "links")[ids["new link"]]["target"] == ids["Gamma"]


def _clash(group) -> tuple[dict[str, str], Path, Path]:
    """Both groups add a stakeholder "Delta"; the second also links its Delta to Alpha."""
    ids, (g1, g2) = group
    with editing(g1, "dev1") as ws:
        ids["Delta 1"] = ws.insert("stakeholders", {"name": "Delta", "type": "gov_line"}
                                   ).record_id or ""
    with editing(g2, "dev2") as ws:
        ids["Delta 2"] = ws.insert("stakeholders", {"name": "Delta", "type": "gov_line"}
                                   ).record_id or ""
        ids["Delta 2 link"] = ws.insert("links", {"source": ids["Delta 2"],
                                                  "target": ids["Alpha"], "kind": "funds"}
                                        ).record_id or ""
    return ids, g1, g2


def test_same_name_added_in_two_files(tmp_path: Path, group) -> None:
    ids, g1, g2 = _clash(group)
    plan = plan_merge([g1, g2])
    assert kinds(plan) == ["clash"]
    c = plan.conflicts[0]
    assert {s.record_id for s in c.sides} == {ids["Delta 1"], ids["Delta 2"]}
    assert {s.value for s in c.sides} == {"Delta"}


def test_clash_kept_both_the_later_renamed_after_its_group(tmp_path: Path, group) -> None:
    ids, g1, g2 = _clash(group)
    _, out = merged(tmp_path, [g1, g2], rule="newest")
    people = live(out, "stakeholders")
    assert people[ids["Delta 1"]]["name"] == "Delta"
    assert people[ids["Delta 2"]]["name"] == "Delta (group 2)"
    assert live(out, "links")[ids["Delta 2 link"]]["source"] == ids["Delta 2"]


def test_clash_kept_one_and_links_repointed(tmp_path: Path, group) -> None:
    ids, g1, g2 = _clash(group)
    plan = plan_merge([g1, g2])
    c = plan.conflicts[0]
    c.decide(next(i for i, s in enumerate(c.sides) if s.record_id == ids["Delta 1"]))
    out = tmp_path / "out.mainstream"
    write_merge(plan, out)
    assert_whole(out)
    people = live(out, "stakeholders")
    assert ids["Delta 1"] in people and ids["Delta 2"] not in people
    assert live(out, "links")[ids["Delta 2 link"]]["source"] == ids["Delta 1"]


def _cycle(group) -> tuple[dict[str, str], Path, Path]:
    ids, (g1, g2) = group
    with editing(g1, "dev1") as ws:
        ws.update("stakeholders", ids["Alpha"], {"parent": ids["Beta"]})
    with editing(g2, "dev2") as ws:
        ws.update("stakeholders", ids["Beta"], {"parent": ids["Alpha"]})
    return ids, g1, g2


def test_parent_cycle_only_once_combined(tmp_path: Path, group) -> None:
    ids, g1, g2 = _cycle(group)
    plan = plan_merge([g1, g2])
    assert kinds(plan) == ["cycle"]
    c = plan.conflicts[0]
    assert {s.record_id for s in c.sides} == {ids["Alpha"], ids["Beta"]}


@pytest.mark.parametrize("rule", ["newest", 0, 1])
def test_parent_cycle_decided(tmp_path: Path, group, rule) -> None:
    ids, g1, g2 = _cycle(group)
    _, out = merged(tmp_path, [g1, g2], rule=rule)
    people = live(out, "stakeholders")
    parents = {people[ids["Alpha"]]["parent"], people[ids["Beta"]]["parent"]}
    assert len(parents - {None}) == 1  # exactly one of the two parent links stays
    if rule == 0:
        assert people[ids["Alpha"]]["parent"] == ids["Beta"]
    elif rule == 1:
        assert people[ids["Beta"]]["parent"] == ids["Alpha"]


# --- merging is idempotent and keeps every journal ------------------------------------------


def _many_edits(group) -> tuple[dict[str, str], Path, Path]:
    ids, (g1, g2) = group
    with editing(g1, "dev1") as ws:
        ws.update("stakeholders", ids["Alpha"], {"influence": 1, "notes": "one"})
        ws.insert("stakeholders", {"name": "Delta", "type": "gov_line"})
        ws.delete("links", ids["Alpha→Beta"])
    with editing(g2, "dev2") as ws:
        ws.update("stakeholders", ids["Alpha"], {"influence": 5})
        ws.update("stakeholders", ids["Beta"], {"interest": 2})
        ws.insert("stakeholders", {"name": "Delta", "type": "gov_line"})
    return ids, g1, g2


def test_every_input_journal_is_kept(tmp_path: Path, group) -> None:
    _, g1, g2 = _many_edits(group)
    _, out = merged(tmp_path, [g1, g2])
    assert change_ids(g1) | change_ids(g2) <= change_ids(out)


def test_merging_a_file_with_itself_changes_nothing(tmp_path: Path, group) -> None:
    _, g1, _ = _many_edits(group)
    twin = clone(g1, tmp_path / "twin.mainstream")
    for name, inputs in (("self.mainstream", [g1, g1]), ("twin.mainstream2", [g1, twin])):
        plan, out = merged(tmp_path, inputs, rule=None, name=name)
        assert plan.conflicts == [] and plan.tallies == {}
        assert state(out) == state(g1)
        assert change_ids(out) == change_ids(g1)


def test_merging_the_same_set_twice_changes_nothing(tmp_path: Path, group) -> None:
    _, g1, g2 = _many_edits(group)
    _, once = merged(tmp_path, [g1, g2], name="once.mainstream")
    _, twice = merged(tmp_path, [g1, g2, g1, g2], name="twice.mainstream")
    assert state(twice, deleted_at=False) == state(once, deleted_at=False)
    plan, again = merged(tmp_path, [once, g1, g2], rule=None, name="again.mainstream")
    assert plan.conflicts == []  # every conflict was decided in ``once``
    assert state(again) == state(once)


def test_the_order_of_inputs_changes_nothing_under_newest(tmp_path: Path, group) -> None:
    _, g1, g2 = _many_edits(group)
    _, ab = merged(tmp_path, [g1, g2], name="ab.mainstream")
    _, ba = merged(tmp_path, [g2, g1], name="ba.mainstream")
    assert state(ab, deleted_at=False) == state(ba, deleted_at=False)


def test_a_later_merge_only_sees_the_new_edits(tmp_path: Path, group) -> None:
    ids, g1, g2 = _many_edits(group)
    _, first = merged(tmp_path, [g1, g2], name="first.mainstream")
    with editing(g1, "dev1") as ws:  # group 1 works on after the plenary's merge
        ws.update("stakeholders", ids["Gamma"], {"notes": "afterwards"})
    plan, second = merged(tmp_path, [first, g1], rule=None, name="second.mainstream")
    assert plan.conflicts == []  # the influence and Delta conflicts were decided in first
    assert {t: (v.added, v.changed, v.deleted) for (i, t), v in plan.tallies.items()
            if i == 1} == {"stakeholders": (0, 1, 0)}
    expected = state(first)
    expected["stakeholders"][ids["Gamma"]]["notes"] = "afterwards"
    assert state(second) == expected


# --- what is refused -------------------------------------------------------------------------


def test_refuses_fewer_than_two_files(tmp_path: Path, group) -> None:
    with pytest.raises(UserError, match="at least two"):
        plan_merge([group[1][0]])


# --- the command line ------------------------------------------------------------------------


def _listing(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def test_cli_conflicts_without_resolve(tmp_path: Path, group, capsys) -> None:
    _, g1, g2 = _many_edits(group)
    before = _listing(tmp_path)
    out = tmp_path / "out.mainstream"
    assert main(["merge", str(out), str(g1), str(g2)]) == 1
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert [line.split(":")[0] for line in err] == ["conflict", "conflict",
                                                    "mainstream-desktop"]
    assert any("Influence" in line for line in err) and any("Delta" in line for line in err)
    assert "2 conflict(s); nothing was written" in err[-1]
    assert "g1.mainstream [group 1]:" in captured.out
    assert "Traceback" not in captured.err
    assert not out.exists() and _listing(tmp_path) == before


@pytest.mark.parametrize("how", ["newest", "g1", "g2"])
def test_cli_resolve(tmp_path: Path, group, capsys, how: str) -> None:
    ids, g1, g2 = _many_edits(group)
    before = {p: digest(p) for p in (g1, g2)}
    out = tmp_path / "out.mainstream"
    rule = "newest" if how == "newest" else str(tmp_path / f"{how}.mainstream")
    assert main(["merge", str(out), str(g1), str(g2), "--resolve", rule]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.count("resolved: ") == 2 and f"wrote {out}" in captured.out
    assert_whole(out)
    assert {p: digest(p) for p in (g1, g2)} == before  # the inputs are untouched
    influence = live(out, "stakeholders")[ids["Alpha"]]["influence"]
    assert influence == {"newest": 5, "g1": 1, "g2": 5}[how]
    names = sorted(r["name"] for r in live(out, "stakeholders").values())
    if how == "newest":  # a clash decided by rule keeps both
        assert names == ["Alpha", "Beta", "Delta", "Delta (group 2)", "Gamma"]
    else:
        assert names == ["Alpha", "Beta", "Delta", "Gamma"]


def test_cli_resolve_names_a_file_not_merged(tmp_path: Path, group, capsys) -> None:
    _, g1, g2 = _many_edits(group)
    out = tmp_path / "out.mainstream"
    assert main(["merge", str(out), str(g1), str(g2), "--resolve", "g3.mainstream"]) == 1
    err = capsys.readouterr().err
    assert "g3.mainstream" in err and len(err.splitlines()) == 1
    assert not out.exists()


def test_cli_dry_run_writes_nothing(tmp_path: Path, group, capsys) -> None:
    _, g1, g2 = _many_edits(group)
    before = _listing(tmp_path)
    out = tmp_path / "out.mainstream"
    assert main(["merge", str(out), str(g1), str(g2), "--dry-run", "--resolve",
                 "newest"]) == 0
    assert "dry run: nothing was written" in capsys.readouterr().out
    assert not out.exists() and _listing(tmp_path) == before


def test_cli_refuses_to_replace_out_without_force(tmp_path: Path, group, capsys) -> None:
    _, g1, g2 = _many_edits(group)
    out = clone(g1, tmp_path / "out.mainstream")
    before = digest(out)
    assert main(["merge", str(out), str(g1), str(g2), "--resolve", "newest"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert digest(out) == before
    assert main(["merge", str(out), str(g1), str(g2), "--resolve", "newest", "--force"]) == 0
    assert_whole(out)


def test_cli_refuses_writing_over_an_input(tmp_path: Path, group, capsys) -> None:
    _, g1, g2 = _many_edits(group)
    before = digest(g1)
    assert main(["merge", str(g1), str(g1), str(g2), "--resolve", "newest", "--force"]) == 1
    assert len(capsys.readouterr().err.splitlines()) == 1
    assert digest(g1) == before


def _another_workshop(p: Path) -> None:
    make_seed(p)


def _newer(p: Path) -> None:
    make_seed(p)
    conn = sqlite3.connect(p)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _damaged(p: Path) -> None:
    make_seed(p)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def _not_a_workshop(p: Path) -> None:
    p.write_text("not a workshop\n")


@pytest.mark.parametrize(("make", "says"), [
    (_another_workshop, "another workshop"), (_newer, "newer version"),
    (_damaged, "truncated"), (_not_a_workshop, "not an SQLite database")])
@pytest.mark.parametrize("position", [0, 1, 2])
def test_cli_refuses_a_foreign_or_broken_file_naming_it(tmp_path: Path, group, capsys,
                                                         make, says, position) -> None:
    _, g1, g2 = _many_edits(group)
    odd = tmp_path / "odd.mainstream"
    make(odd)
    files = [g1, g2]
    files.insert(position, odd)
    before = _listing(tmp_path)
    out = tmp_path / "out.mainstream"
    assert main(["merge", str(out), *map(str, files), "--resolve", "newest"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1, err
    assert "odd.mainstream" in err and says in err, err
    assert "Traceback" not in err
    assert not out.exists() and _listing(tmp_path) == before


def test_cli_copy_then_merge_round_trip(tmp_path: Path, capsys) -> None:
    ids = make_seed(tmp_path / "base.mainstream")
    copies = [tmp_path / "north.mainstream", tmp_path / "south.mainstream"]
    for path, name in zip(copies, ("North", "South"), strict=True):
        assert main(["copy", str(tmp_path / "base.mainstream"), str(path),
                     "--group", f"  {name}   team "]) == 0
    assert "working group “North team”" in capsys.readouterr().out
    with editing(copies[0], "dev1") as ws:
        ws.update("stakeholders", ids["Alpha"], {"notes": "north"})
    with editing(copies[1], "dev2") as ws:
        ws.update("stakeholders", ids["Alpha"], {"notes": "south"})
    out = tmp_path / "out.mainstream"
    assert main(["merge", str(out), *map(str, copies)]) == 1
    err = capsys.readouterr().err
    assert "[North team]" in err and "[South team]" in err
    assert main(["merge", str(out), *map(str, copies), "--resolve", str(copies[0])]) == 0
    assert live(out, "stakeholders")[ids["Alpha"]]["notes"] == "north"
    with Workshop.open_for_reading(out) as ws:  # the plenary's file belongs to no group
        from mainstream_desktop.core.merge import group_of

        assert group_of(ws) is None


def test_a_clash_of_three_is_one_conflict_with_three_sides(tmp_path: Path) -> None:
    """Three groups each end up with a stakeholder "Eps" (two add it, one renames Alpha):
    one conflict; newest keeps all three (the two later renamed), a choice keeps one."""
    ids = make_seed(tmp_path / "base.mainstream")
    g1, g2, g3 = make_copies(tmp_path / "base.mainstream", tmp_path, 3)
    for path in (g1, g2):
        with editing(path, device_of(path)) as ws:
            ids[path.stem] = ws.insert("stakeholders", {"name": "Eps", "type": "gov_line"}
                                       ).record_id or ""
    with editing(g3, "dev3") as ws:
        ws.update("stakeholders", ids["Alpha"], {"name": "Eps"})
    plan = plan_merge([g1, g2, g3])
    assert kinds(plan) == ["clash"]
    assert {s.record_id for s in plan.conflicts[0].sides} == {ids["g1"], ids["g2"],
                                                               ids["Alpha"]}
    _, out = merged(tmp_path, [g1, g2, g3])
    assert sorted(r["name"] for r in live(out, "stakeholders").values()) == [
        "Beta", "Eps", "Eps (group 2)", "Eps (group 3)", "Gamma"]
    _, one = merged(tmp_path, [g1, g2, g3], rule=2, name="one.mainstream")
    people = live(one, "stakeholders")
    assert ids["Alpha"] in people and ids["g1"] not in people and ids["g2"] not in people
    assert live(one, "actions")[ids["Plan"]]["responsible"] == ids["Alpha"]


@pytest.mark.parametrize("rule", ["newest", 0, 1])
def test_the_same_link_added_in_two_files_is_kept_once(tmp_path: Path, group, rule) -> None:
    """A link is named by what it joins, not by a text that could be renamed: two copies
    adding the same link clash, and every decision keeps one (the oldest under newest),
    with anything referring to the other pointed at it."""
    ids, (g1, g2) = group
    added = []
    for path in (g1, g2):
        with editing(path, device_of(path)) as ws:
            added.append(ws.insert("links", {"source": ids["Gamma"], "target": ids["Alpha"],
                                             "kind": "oversees"}).record_id)
    plan = plan_merge([g1, g2])
    assert kinds(plan) == ["clash"]
    (c,) = plan.conflicts
    assert not c.renamable
    c.decide(None, keep_both=True)  # not possible for a link: stays undecided
    assert not c.decided
    _, out = merged(tmp_path, [g1, g2], rule=rule)
    links = [r["id"] for r in live(out, "links").values()
             if (r["source"], r["target"]) == (ids["Gamma"], ids["Alpha"])]
    assert links == [added[1 if rule == 1 else 0]]


def test_edit_against_two_deletions_is_decided_the_same_in_any_order(tmp_path: Path) -> None:
    """Group 1 deletes Gamma, then group 3 edits it, then group 2 deletes it too: under
    newest the latest deletion wins, whichever file is named first."""
    ids = make_seed(tmp_path / "base.mainstream")
    g1, g2, g3 = make_copies(tmp_path / "base.mainstream", tmp_path, 3)
    with editing(g1, "dev1") as ws:
        ws.delete("stakeholders", ids["Gamma"], cascade=True)
    with editing(g3, "dev3") as ws:
        ws.update("stakeholders", ids["Gamma"], {"notes": "edited"})
    with editing(g2, "dev2") as ws:
        ws.delete("stakeholders", ids["Gamma"], cascade=True)
    for n, order in enumerate(([g1, g2, g3], [g2, g1, g3], [g3, g1, g2])):
        plan, out = merged(tmp_path, order, name=f"out{n}.mainstream")
        (c,) = plan.conflicts
        assert c.kind == "edit_delete" and c.sides[c.choice or 0].value == "deleted", order
        assert ids["Gamma"] not in live(out, "stakeholders"), order


def test_the_review_names_records_never_shows_ids(tmp_path: Path, group) -> None:
    """A side that is a record (a parent, a link's end) is shown by its name."""
    ids, g1, g2 = _cycle(group)
    with editing(g1, "dev1") as ws:
        ws.insert("links", {"source": ids["Gamma"], "target": ids["Alpha"], "kind": "oversees"})
    with editing(g2, "dev2") as ws:
        ws.insert("links", {"source": ids["Gamma"], "target": ids["Alpha"], "kind": "oversees"})
        ws.update("stakeholders", ids["Gamma"], {"parent": ids["Alpha"]})
    with editing(g1, "dev1") as ws:
        ws.update("stakeholders", ids["Gamma"], {"parent": ids["Beta"]})
    plan = plan_merge([g1, g2])
    assert kinds(plan) == ["clash", "cycle", "field"]
    text = "\n".join(plan.describe(c) for c in plan.conflicts)
    assert not any(rid in text for rid in ids.values()), text
    assert "Beta (" in text and "Alpha (" in text and "Gamma (" in text


def test_a_record_brought_back_by_a_reference_that_now_clashes(tmp_path: Path, group) -> None:
    """Group 1 deletes Alpha and adds a new "Alpha"; group 2, later, links the old Alpha.
    Newest keeps the reference, so the old Alpha comes back, and clashes with the new one:
    that is a conflict too (the write was refused), found on a second trial."""
    ids, (g1, g2) = group
    with editing(g1, "dev1") as ws:
        ws.delete("stakeholders", ids["Alpha"], cascade=True)
        ws.insert("stakeholders", {"name": "Alpha", "type": "gov_line"})
    with editing(g2, "dev2") as ws:
        ws.insert("links", {"source": ids["Alpha"], "target": ids["Gamma"], "kind": "funds"})
    plan, out = merged(tmp_path, [g1, g2])
    assert kinds(plan) == ["clash", "dangling"]
    assert sorted(r["name"] for r in live(out, "stakeholders").values()) == [
        "Alpha", "Alpha (group 1)", "Beta", "Gamma"]


@pytest.mark.parametrize("row", [
    ("xyz", "name", '"x"'),            # not a register
    ("stakeholders", "xyz", '"x"'),    # not a field
    ("stakeholders", "created_at", '"x"'),  # a system column
    ("stakeholders", "deleted_at", "[1, 2]"),  # a deletion without a date
])
def test_a_crafted_journal_row_refuses_the_file_by_name(tmp_path, row) -> None:
    """Found by review: each of these crashed the merge with a traceback."""
    import sqlite3

    from mainstream_desktop.cli import main

    seed = tmp_path / "seed.mainstream"
    Workshop.create(seed, title="T", country="KEN").close()
    a, b = tmp_path / "a.mainstream", tmp_path / "b.mainstream"
    assert main(["copy", str(seed), str(a), "--group", "A"]) == 0
    assert main(["copy", str(seed), str(b), "--group", "B"]) == 0
    conn = sqlite3.connect(b)
    conn.execute(
        "INSERT INTO changes (change_id, op_id, device_id, hlc, user_name, table_name, "
        "record_id, field, old_value, new_value, kind) VALUES "
        "('c', 'o', 'd', '0000000000001.0000000000.d', 'u', ?, 'r', ?, NULL, ?, 'update')",
        row)
    conn.commit()
    conn.close()
    assert main(["merge", str(tmp_path / "out.mainstream"), str(a), str(b),
                 "--resolve", "newest"]) == 1
    assert not (tmp_path / "out.mainstream").exists()


def test_the_report_lists_the_groups_whose_work_was_merged(tmp_path) -> None:
    """Issue 11, item 4: the annex names each group merged in, and a merge of merges keeps
    the earlier groups; a crafted list in the file is ignored, never shown raw."""
    from pypdf import PdfReader

    from mainstream_desktop.core.merge import MERGED_KEY, merged_groups

    seed = tmp_path / "seed.mainstream"
    Workshop.create(seed, title="T", country="KEN").close()
    files = {}
    for group in ("Labour", "Health", "Data"):
        files[group] = tmp_path / f"{group}.mainstream"
        assert main(["copy", str(seed), str(files[group]), "--group", group]) == 0
    first = tmp_path / "first.mainstream"
    assert main(["merge", str(first), str(files["Labour"]), str(files["Health"])]) == 0
    final = tmp_path / "final.mainstream"
    assert main(["merge", str(final), str(first), str(files["Data"])]) == 0
    with Workshop.open_for_reading(final) as ws:
        assert {g["group"] for g in merged_groups(ws)} >= {"Labour", "Health", "Data"}
    pdf = tmp_path / "r.pdf"
    assert main(["export", str(final), "--pdf", str(pdf)]) == 0
    text = " ".join((p.extract_text() or "") for p in PdfReader(pdf).pages)
    assert "Working groups whose work was merged" in text
    assert all(g in text for g in ("Labour", "Health", "Data"))
    with Workshop.open(final) as ws:
        ws.set_meta(MERGED_KEY, '{"not": "a list"}')
        assert merged_groups(ws) == []
        ws.set_meta(MERGED_KEY, '[{"group": 5}, "x"]')
        assert merged_groups(ws) == []
