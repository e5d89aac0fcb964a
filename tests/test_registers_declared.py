"""What the registers declare is what the store, the workbook and the window use."""

from __future__ import annotations

import dataclasses

from mainstream_desktop.core.registers import REGISTERS, Naming
from mainstream_desktop.workbook import layout


def test_sheets_follow_the_declarations_in_step_order():
    assert [(s.name, s.register) for s in layout.SHEETS] == [
        ("Workshop", "workshop"), ("Participants", "participants"), ("Sessions", "sessions"),
        ("Commitments", "commitments"), ("Coordination", "mechanisms"),
        ("Members", "mechanism_members"), ("Instruments", "instrument_status"),
        ("Readiness", "readiness"), ("Stakeholders", "stakeholders"), ("Links", "links"),
        ("DataSources", "data_sources"), ("Indicators", "indicators"), ("Coverage", "coverage"),
        ("Values", "indicator_values"), ("Sectors", "sectors"), ("Assessments", "assessments"),
        ("Policies", "policies"), ("Actions", "actions"), ("Reviews", "reviews")]


def test_records_are_named_as_their_register_declares(empty_ws):
    ws = empty_ws
    a = ws.insert("stakeholders", {"name": "Ministry A", "type": "gov_line"}).record_id
    b = ws.insert("stakeholders", {"name": "Agency B", "type": "donors"}).record_id
    link = ws.insert("links", {"source": a, "target": b, "kind": "funds"}).record_id
    ind = ws.insert("indicators", {"code": "10.7.2", "name": "Policies",
                                   "framework": "sdg"}).record_id
    src = ws.insert("data_sources", {"name": "Census", "type": "census"}).record_id
    cov = ws.insert("coverage", {"indicator": ind, "data_source": src,
                                 "level": "full"}).record_id
    mech = ws.insert("mechanisms", {"name": "Committee", "kind": "steering"}).record_id
    member = ws.insert("mechanism_members", {"mechanism": mech, "stakeholder": a}).record_id
    assert ws.title_of("links", link) == "Ministry A → Agency B"
    assert ws.title_of("coverage", cov) == "10.7.2 Policies ← Census"
    assert ws.title_of("mechanism_members", member) == "Committee: Ministry A"
    assert ws.title_of("indicators", ind) == "10.7.2 Policies"
    assert layout.record_names("indicators", ws.get("indicators", ind))[0] == "10.7.2 Policies"


def test_a_changed_naming_changes_the_store_and_the_workbook(empty_ws, monkeypatch):
    reg = REGISTERS["data_sources"]
    monkeypatch.setitem(REGISTERS, "data_sources",
                        dataclasses.replace(reg, naming=Naming(("name", "latest_year"), ", ")))
    rid = empty_ws.insert("data_sources", {"name": "Census", "type": "census",
                                           "latest_year": 2019}).record_id
    assert empty_ws.title_of("data_sources", rid) == "Census, 2019"
    assert layout.record_names("data_sources", empty_ws.get("data_sources", rid))[0] == (
        "Census, 2019")
