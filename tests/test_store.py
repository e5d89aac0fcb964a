"""The core operations: one transaction each, validated, journalled, undoable."""

from __future__ import annotations

import sqlite3

import pytest

from mainstream_desktop.core.errors import UserError, ValidationError
from mainstream_desktop.core.registers import REGISTERS
from mainstream_desktop.core.store import Workshop


def _journal_rows(ws: Workshop) -> int:
    return ws.conn.execute("SELECT count(*) FROM changes").fetchone()[0]


def _stakeholder(ws: Workshop, name: str = "Ministry of Labour", **extra) -> str:
    values = {"name": name, "type": "gov_line", "influence": 4, "interest": 5, **extra}
    rid = ws.insert("stakeholders", values).record_id
    assert rid
    return rid


def test_insert_returns_changes_and_journals_each_field(empty_ws: Workshop) -> None:
    before = _journal_rows(empty_ws)
    result = empty_ws.insert("stakeholders", {"name": "MoL", "type": "gov_line", "influence": "4",
                                              "thematic_areas": ["health", "gender"]})
    assert result.tables == {"stakeholders"}
    assert {c.field for c in result.changes} == {"name", "type", "influence", "thematic_areas"}
    assert _journal_rows(empty_ws) - before == 4
    rec = empty_ws.get("stakeholders", result.record_id)
    assert rec["influence"] == 4 and rec["thematic_areas"] == ["health", "gender"]
    assert rec["created_at"] and rec["updated_by"] == empty_ws.device_id


def test_every_register_accepts_a_minimal_record(empty_ws: Workshop) -> None:
    """A smoke test of the declarations: required fields are enough to insert."""
    sid = _stakeholder(empty_ws)
    other = _stakeholder(empty_ws, "Statistics Office")
    sector = empty_ws.insert("sectors", {"sector": "health"}).record_id
    indicator = empty_ws.insert("indicators", {"name": "Remittance cost",
                                               "framework": "sdg"}).record_id
    source = empty_ws.insert("data_sources", {"name": "Census", "type": "census"}).record_id
    mech = empty_ws.insert("mechanisms", {"name": "IMC", "kind": "inter_ministerial"}).record_id
    minimal = {
        "participants": {"name": "A. Person"},
        "sessions": {"title": "Opening"},
        "commitments": {"title": "Decision", "instrument": "cabinet_decision"},
        "mechanism_members": {"mechanism": mech, "stakeholder": sid},
        "instrument_status": {"instrument": "icrmw", "status": "signed"},
        "readiness": {"item": "high_level_decision", "status": "yes"},
        "links": {"source": sid, "target": other, "kind": "funds"},
        "coverage": {"indicator": indicator, "data_source": source, "level": "full"},
        "assessments": {"sector": sector},
        "policies": {"title": "Health plan", "sector": sector},
        "actions": {"title": "Do it"},
        "indicator_values": {"indicator": indicator, "year": 2024, "value": 0.02},
        "reviews": {"title": "Annual review", "date": "2027-06-30"},
    }
    done = {"workshop", "stakeholders", "sectors", "indicators", "data_sources", "mechanisms"}
    assert set(minimal) | done == set(REGISTERS)
    for table, values in minimal.items():
        assert empty_ws.insert(table, values).record_id
    assert empty_ws.validation_problems() == []


def test_validation_message_names_record_and_field(empty_ws: Workshop) -> None:
    with pytest.raises(ValidationError) as info:
        empty_ws.insert("stakeholders", {"name": "Ministry X", "type": "gov_line",
                                         "influence": 7})
    message = str(info.value)
    assert "Stakeholder “Ministry X”" in message
    assert "Influence" in message and "between 1 and 5" in message and "7" in message
    assert empty_ws.count("stakeholders") == 0


def test_required_enum_and_type_errors_are_all_reported(empty_ws: Workshop) -> None:
    with pytest.raises(ValidationError) as info:
        empty_ws.insert("data_sources", {"name": "", "type": "nonsense", "latest_year": "soon"})
    fields = {p.field for p in info.value.problems}
    assert {"type", "latest_year"} <= fields  # keyed by field, not by label


def test_reference_must_point_to_a_live_record(empty_ws: Workshop) -> None:
    sid = _stakeholder(empty_ws)
    empty_ws.delete("stakeholders", sid)
    with pytest.raises(ValidationError, match="does not exist or was deleted"):
        empty_ws.insert("data_sources", {"name": "Census", "type": "census", "owner": sid})


def test_unique_names_are_case_insensitive(empty_ws: Workshop) -> None:
    _stakeholder(empty_ws, "Ministry of Labour")
    with pytest.raises(ValidationError, match="same name"):
        _stakeholder(empty_ws, "ministry of labour")


def test_parent_cycle_refused(empty_ws: Workshop) -> None:
    a = _stakeholder(empty_ws, "A")
    b = _stakeholder(empty_ws, "B", parent=a)
    with pytest.raises(ValidationError, match="own ancestor"):
        empty_ws.update("stakeholders", a, {"parent": b})


def test_update_writes_only_changed_fields(empty_ws: Workshop) -> None:
    sid = _stakeholder(empty_ws)
    before = _journal_rows(empty_ws)
    result = empty_ws.update("stakeholders", sid, {"influence": 4, "interest": 2})
    assert [(c.field, c.old, c.new) for c in result.changes] == [("interest", 5, 2)]
    assert _journal_rows(empty_ws) - before == 1
    assert not empty_ws.update("stakeholders", sid, {"interest": 2})


def test_delete_with_dependents_refused_then_cascaded_and_undone(empty_ws: Workshop) -> None:
    a, b = _stakeholder(empty_ws, "A"), _stakeholder(empty_ws, "B")
    link = empty_ws.insert("links", {"source": a, "target": b, "kind": "funds"}).record_id
    source = empty_ws.insert("data_sources", {"name": "Census", "type": "census",
                                              "owner": a}).record_id
    with pytest.raises(UserError, match="is used by"):
        empty_ws.delete("stakeholders", a)
    result = empty_ws.delete("stakeholders", a, cascade=True)
    assert empty_ws.get("links", link) is None  # tombstoned with it
    assert empty_ws.get("data_sources", source)["owner"] is None  # optional ref cleared
    assert empty_ws.get("stakeholders", a, include_deleted=True)["deleted_at"]
    empty_ws.revert(result.changes)
    assert empty_ws.get("stakeholders", a) is not None
    assert empty_ws.get("links", link) is not None
    assert empty_ws.get("data_sources", source)["owner"] == a


def test_undo_redo_of_insert_and_update(empty_ws: Workshop) -> None:
    inserted = empty_ws.insert("stakeholders", {"name": "A", "type": "gov_line"})
    rid = inserted.record_id
    updated = empty_ws.update("stakeholders", rid, {"influence": 3})
    empty_ws.revert(updated.changes)
    assert empty_ws.get("stakeholders", rid)["influence"] is None
    empty_ws.revert(inserted.changes)
    assert empty_ws.get("stakeholders", rid) is None
    empty_ws.reapply(inserted.changes)
    empty_ws.reapply(updated.changes)
    assert empty_ws.get("stakeholders", rid)["influence"] == 3


def test_restore_tombstone(empty_ws: Workshop) -> None:
    rid = _stakeholder(empty_ws)
    empty_ws.delete("stakeholders", rid)
    assert empty_ws.count("stakeholders") == 0
    empty_ws.restore("stakeholders", rid)
    assert empty_ws.count("stakeholders") == 1


def test_failed_operation_writes_nothing(empty_ws: Workshop, monkeypatch) -> None:
    before = _journal_rows(empty_ws)
    from mainstream_desktop.core import journal

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(journal, "append", broken)
    with pytest.raises(sqlite3.OperationalError):
        _stakeholder(empty_ws)
    monkeypatch.undo()
    assert empty_ws.count("stakeholders") == 0
    assert _journal_rows(empty_ws) == before


def test_bulk_is_all_or_nothing(empty_ws: Workshop) -> None:
    with pytest.raises(ValidationError), empty_ws.bulk():
        _stakeholder(empty_ws, "A")
        _stakeholder(empty_ws, "A")
    assert empty_ws.count("stakeholders") == 0


def test_workshop_record_is_a_singleton(empty_ws: Workshop) -> None:
    with pytest.raises(UserError):
        empty_ws.insert("workshop", {"title": "Second", "country": "KEN"})
    with pytest.raises(UserError):
        empty_ws.delete("workshop", empty_ws.workshop()["id"])


def test_history_lists_who_changed_what(empty_ws: Workshop) -> None:
    rid = _stakeholder(empty_ws)
    empty_ws.update("stakeholders", rid, {"interest": 1})
    entries = empty_ws.history("stakeholders", rid)
    assert entries[-1].field == "interest" and entries[-1].old == 5 and entries[-1].new == 1
    assert entries[-1].user_name == "tester"
    stamps = [e.hlc for e in entries]
    assert stamps == sorted(stamps)


def test_labels_accepted_when_asked(empty_ws: Workshop) -> None:
    rid = empty_ws.insert("stakeholders", {"name": "A", "type": "Parliament", "stance": "Neutral",
                                           "thematic_areas": "Health; Gender equality"},
                          accept_labels=True).record_id
    rec = empty_ws.get("stakeholders", rid)
    assert (rec["type"], rec["stance"]) == ("parliament", "neutral")
    assert rec["thematic_areas"] == ["health", "gender"]


def test_snapshot_is_independent_and_readonly(demo_ws: Workshop) -> None:
    snap = demo_ws.snapshot()
    assert snap.count("stakeholders") == demo_ws.count("stakeholders")
    with pytest.raises(UserError):
        snap.insert("stakeholders", {"name": "Z", "type": "gov_line"})


def test_save_copy_is_a_complete_workshop(demo_ws: Workshop, tmp_path) -> None:
    dest = tmp_path / "copy.mainstream"
    demo_ws.save_copy(dest)
    with Workshop.open(dest) as copy:
        assert copy.count("actions") == demo_ws.count("actions")
        assert copy.uuid == demo_ws.uuid


def test_rules_across_fields(empty_ws: Workshop) -> None:
    wid = empty_ws.workshop()["id"]
    empty_ws.update("workshop", wid, {"start_date": "2026-11-24"})
    with pytest.raises(ValidationError, match="End date: is before the start date"):
        empty_ws.update("workshop", wid, {"end_date": "2026-02-02"})
    a = _stakeholder(empty_ws, "A")
    with pytest.raises(ValidationError, match="cannot be linked to itself"):
        empty_ws.insert("links", {"source": a, "target": a, "kind": "funds"})
    with pytest.raises(ValidationError, match="HH:MM"):
        empty_ws.insert("sessions", {"title": "Opening", "start_time": "9h"})
    with pytest.raises(ValidationError, match="before the baseline year"):
        empty_ws.insert("indicators", {"name": "X", "framework": "sdg", "baseline_year": 2024,
                                       "target_year": 2020})


@pytest.mark.parametrize(("typed", "stored"), [
    ("1,5", 1.5), ("1 234,5", 1234.5), ("1,000", 1000.0), ("0,125", 0.125), ("1.234,5", 1234.5),
])
def test_decimal_comma_and_thousands(empty_ws: Workshop, typed: str, stored: float) -> None:
    rid = empty_ws.insert("indicators", {"name": f"I {typed}", "framework": "national",
                                         "baseline_value": typed}).record_id
    assert empty_ws.get("indicators", rid)["baseline_value"] == stored


def test_instrument_labels_carry_the_full_name() -> None:
    from mainstream_desktop.core import refdata

    label = refdata.label("instruments", "iccpr")
    assert label == "ICCPR — International Covenant on Civil and Political Rights"


def test_written_files_are_readable_by_others(tmp_path) -> None:
    import stat

    from mainstream_desktop.core.atomic import atomic_write_bytes

    target = tmp_path / "report.pdf"
    atomic_write_bytes(target, b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) & 0o044 == 0o044


@pytest.mark.parametrize("second", ["MINISTÈRE DU TRAVAIL", "Ministe\u0300re du travail",
                                    "  ministère   du travail "])
def test_names_are_the_same_as_people_read_them(empty_ws: Workshop, second: str) -> None:
    """Case beyond ASCII, combining accents (Mac keyboards) and spaces do not make a new name."""
    _stakeholder(empty_ws, "Ministère du travail")
    with pytest.raises(ValidationError, match="same name"):
        _stakeholder(empty_ws, second)
    assert len(empty_ws.find_by_title("stakeholders", second)) == 1


def test_text_is_stored_nfc(empty_ws: Workshop) -> None:
    rid = _stakeholder(empty_ws, "Ministe\u0300re")
    assert empty_ws.get("stakeholders", rid)["name"] == "Minist\u00e8re"


def test_undo_cannot_create_a_duplicate(empty_ws: Workshop) -> None:
    a = _stakeholder(empty_ws, "A")
    deleted = empty_ws.delete("stakeholders", a)
    _stakeholder(empty_ws, "A")  # the name was free again
    with pytest.raises(UserError, match="cannot be undone"):
        empty_ws.revert(deleted.changes)
    assert len(empty_ws.find_by_title("stakeholders", "A")) == 1


def test_undo_cannot_leave_a_dangling_reference(empty_ws: Workshop) -> None:
    inserted = empty_ws.insert("stakeholders", {"name": "S", "type": "media"})
    empty_ws.insert("participants", {"name": "P", "organisation": inserted.record_id})
    with pytest.raises(UserError, match="refer to it"):
        empty_ws.revert(inserted.changes)
    assert empty_ws.get("stakeholders", inserted.record_id) is not None
    assert empty_ws.validation_problems() == []


def test_redo_cannot_orphan_a_new_link(empty_ws: Workshop) -> None:
    a, b = _stakeholder(empty_ws, "A"), _stakeholder(empty_ws, "B")
    deleted = empty_ws.delete("stakeholders", a, cascade=True)
    empty_ws.revert(deleted.changes)
    empty_ws.insert("links", {"source": b, "target": a, "kind": "funds"})
    with pytest.raises(UserError):
        empty_ws.reapply(deleted.changes)
    assert empty_ws.validation_problems() == []


def test_undo_cannot_make_a_parent_cycle(empty_ws: Workshop) -> None:
    x, y = _stakeholder(empty_ws, "X"), _stakeholder(empty_ws, "Y", parent=None)
    empty_ws.update("stakeholders", y, {"parent": x})
    cleared = empty_ws.update("stakeholders", y, {"parent": None})
    empty_ws.update("stakeholders", x, {"parent": y})
    with pytest.raises(UserError, match="own ancestor"):
        empty_ws.revert(cleared.changes)
    assert empty_ws.validation_problems() == []


def test_bulk_can_defer_unique_names_to_the_end(empty_ws: Workshop) -> None:
    """An import that renames A→B and B→C in one go is valid once it is complete."""
    a, b = _stakeholder(empty_ws, "A"), _stakeholder(empty_ws, "B")
    with empty_ws.bulk():
        empty_ws.update("stakeholders", a, {"name": "B"})
        empty_ws.update("stakeholders", b, {"name": "C"})
    assert [empty_ws.title_of("stakeholders", i) for i in (a, b)] == ["B", "C"]
    with pytest.raises(ValidationError, match="same name"), empty_ws.bulk():
        empty_ws.update("stakeholders", a, {"name": "C"})
    assert empty_ws.title_of("stakeholders", a) == "B"


def test_completeness_sees_parents_without_children(empty_ws: Workshop) -> None:
    from mainstream_desktop.core.completeness import step_completeness

    label = "Mechanisms have members"
    assert label in step_completeness(empty_ws, "commitment").missing  # none at all
    mech = empty_ws.insert("mechanisms", {"name": "IMC", "kind": "inter_ministerial"}).record_id
    assert label in step_completeness(empty_ws, "commitment").missing  # one without members
    empty_ws.insert("mechanism_members", {"mechanism": mech, "stakeholder": _stakeholder(empty_ws)})
    assert label not in step_completeness(empty_ws, "commitment").missing


@pytest.mark.parametrize("typed", ["20250601", "2025/6/1", "2025-6-1", " 2025-06-01 "])
def test_dates_are_read_the_same_everywhere(empty_ws: Workshop, typed: str) -> None:
    """The form, the command line and the import share one date reader."""
    wid = empty_ws.workshop()["id"]
    empty_ws.update("workshop", wid, {"start_date": typed})
    assert empty_ws.workshop()["start_date"] == "2025-06-01"


def test_ids_are_unique_across_registers(empty_ws: Workshop) -> None:
    sid = _stakeholder(empty_ws)
    assert empty_ws.table_of_id(sid) == "stakeholders"
    with pytest.raises(UserError, match="already used"):
        empty_ws.insert("participants", {"name": "P"}, record_id=sid)
    assert empty_ws.count("participants") == 0


def test_two_totals_of_the_same_indicator_and_year_clash(empty_ws: Workshop) -> None:
    """An empty disaggregation is a value of the key: the total for 2020 can be given
    once, one value per group beside it; the check is the same for one insert and for a
    batch large enough to be checked through the whole table."""
    from mainstream_desktop.core.batch import Op
    from mainstream_desktop.core.errors import ValidationError

    ind = empty_ws.insert("indicators", {"name": "Migrant stock", "framework": "national"})
    total = {"indicator": ind.record_id, "year": 2020, "value": 1.0}
    empty_ws.insert("indicator_values", total)
    empty_ws.insert("indicator_values", {**total, "dimension": "sex", "category": "Female"})
    with pytest.raises(ValidationError):
        empty_ws.insert("indicator_values", {**total, "value": 2.0})
    many = [Op.insert("indicator_values", {**total, "year": 1950 + i}) for i in range(40)]
    many.append(Op.insert("indicator_values", {**total, "year": 1950}))
    plan = empty_ws.preview(many)
    assert [p.op for p in plan.problems] == [0, 40] or [p.op for p in plan.problems] == [40]
