"""Find anything, the core's part: every register searched by name and text."""

from __future__ import annotations

import time

from mainstream_desktop.core.search import NAME, SearchIndex, search, snippet


def test_names_are_found_across_registers_starting_ones_first(demo_ws):
    hits = search(demo_ws, "ministry of", limit=100)
    assert hits and all(h.field == NAME for h in hits[:5])
    assert hits[0].name.casefold().startswith("ministry of")
    assert {h.register for h in hits} >= {"stakeholders"}
    assert len(search(demo_ws, "ministry", limit=3)) == 3


def test_text_fields_are_found_with_a_snippet(demo_ws):
    rec = demo_ws.records("commitments")[0]
    demo_ws.update("commitments", rec["id"], {"mandate": "x " * 80 + "the quokka clause " +
                                              "y " * 80})
    hits = search(demo_ws, "QUOKKA")
    assert [(h.register, h.record_id, h.field) for h in hits] == [
        ("commitments", rec["id"], "mandate")]
    assert "quokka clause" in hits[0].snippet and hits[0].snippet.startswith("…")
    assert len(hits[0].snippet) <= 92


def test_nothing_for_an_empty_or_absent_text(demo_ws):
    assert search(demo_ws, "   ") == []
    assert search(demo_ws, "zzqqxx-not-there") == []


def test_deleted_records_are_not_found(demo_ws):
    rec = next(r for r in demo_ws.records("stakeholders") if r["name"] == "Ministry of Health")
    demo_ws.delete("stakeholders", rec["id"], cascade=True)
    assert all(h.record_id != rec["id"] for h in search(demo_ws, "Ministry of Health"))


def test_a_search_in_a_built_index_is_fast(demo_ws):
    index = SearchIndex(demo_ws)
    start = time.perf_counter()
    for text in ("min", "diaspora", "remittance", "zz"):
        index.search(text)
    assert (time.perf_counter() - start) / 4 < 0.02


def test_snippet_keeps_short_text_whole():
    assert snippet("a\nshort  text", "a\nshort  text", 2, 5) == "a short text"
