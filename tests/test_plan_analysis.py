"""What the action plan adds up to (core.plan_analysis): money per currency and never
across currencies, cost spread over the years, the funding gap, partner commitments,
gaps traced to actions, and the order of priority."""

from __future__ import annotations

import pytest

from mainstream_desktop.core import plan_analysis as pa
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.report.chapters.actions import ordered


def action(title: str = "A", **values: object) -> dict:
    base = {"id": title, "title": title, "cost": None, "currency": None, "amount_secured": None,
            "funding_partner": None, "start_year": None, "end_year": None, "sector": None,
            "priority": None, "impact": None, "feasibility": None, "timeframe": None}
    base.update(values)
    return base


@pytest.mark.parametrize(("typed", "key"), [
    (" usd ", "USD"), ("US$", "USD"), ("U.S. $", "USD"), ("dollars", "USD"), ("US dollars", "USD"),
    ("eur", "EUR"), ("€", "EUR"), ("Euros", "EUR"), ("lvd", "LVD"), ("$", "$"),
    ("", pa.NOT_STATED), (None, pa.NOT_STATED), ("  ", pa.NOT_STATED),
    ("cfa  francs", "CFA FRANCS"),
])
def test_currency_text_is_normalised_conservatively(typed: str | None, key: str) -> None:
    assert pa.currency_key(typed) == key


def test_totals_are_per_currency_and_never_mixed() -> None:
    actions = [
        action("a", cost=100.0, currency="USD", amount_secured=40.0),
        action("b", cost=50.0, currency="us$", amount_secured=50.0),
        action("c", cost=1000.0, currency="EUR"),
        action("d", cost=7.0, currency=""),
        action("e", cost=None, currency="USD", amount_secured=None),
        action("f", cost=0, currency="EUR"),
    ]
    totals = {t.currency: t for t in pa.currency_totals(actions)}
    assert list(totals) == ["EUR", "USD", pa.NOT_STATED]  # "not stated" last
    assert (totals["USD"].cost, totals["USD"].secured, totals["USD"].gap) == (150, 90, 60)
    assert (totals["EUR"].cost, totals["EUR"].secured, totals["EUR"].gap) == (1000, 0, 1000)
    assert totals[pa.NOT_STATED].cost == 7 and totals[pa.NOT_STATED].actions == 1
    assert totals["USD"].share_secured == pytest.approx(0.6)
    assert [a["title"] for a in pa.uncosted(actions)] == ["e", "f"]
    # no figure anywhere is a sum of two currencies
    assert 1150 not in {t.cost for t in totals.values()}


def test_secured_beyond_the_cost_counts_up_to_the_cost() -> None:
    (t,) = pa.currency_totals([action(cost=10.0, currency="USD", amount_secured=25.0)])
    assert (t.secured, t.gap) == (10, 0)


def test_cost_is_spread_evenly_over_the_years_and_undated_actions_are_apart() -> None:
    actions = [
        action("a", cost=300.0, currency="USD", start_year=2027, end_year=2029),
        action("b", cost=100.0, currency="USD", start_year=2028, end_year=2028),
        action("c", cost=80.0, currency="EUR", start_year=2030, end_year=2031),
        action("d", cost=50.0, currency="USD", start_year=2027),  # no end year
        action("e", cost=50.0, currency="USD", start_year=2029, end_year=2027),  # reversed
        action("f", cost=None, start_year=2027, end_year=2027),  # no cost: not spread
    ]
    spread = pa.spread_by_year(actions)
    assert spread.by_year["USD"] == {2027: 100, 2028: 200, 2029: 100}
    assert spread.by_year["EUR"] == {2030: 40, 2031: 40}
    assert spread.years == [2027, 2028, 2029, 2030, 2031]
    assert [a["title"] for a in spread.undated] == ["d", "e"]


def test_funding_rows_keep_currencies_apart_by_sector() -> None:
    actions = [
        action("a", cost=100.0, currency="USD", amount_secured=20.0, sector="s1"),
        action("b", cost=300.0, currency="USD", sector="s2"),
        action("c", cost=50.0, currency="EUR", amount_secured=50.0, sector="s1"),
    ]
    rows = pa.funding_rows(actions, {"s1": "Health", "s2": "Labour"})
    assert [(r.currency, r.label, r.cost, r.secured, r.gap) for r in rows] == [
        ("EUR", "Health", 50, 50, 0), ("USD", "Labour", 300, 0, 300),
        ("USD", "Health", 100, 20, 80)]


def test_partner_commitments_add_up_per_partner_and_currency_with_funds_links() -> None:
    actions = [
        action("a", cost=100.0, currency="EUR", amount_secured=60.0, funding_partner="eu"),
        action("b", cost=100.0, currency="euro", amount_secured=40.0, funding_partner="eu"),
        action("c", cost=100.0, currency="USD", amount_secured=10.0, funding_partner="eu"),
        action("d", cost=100.0, currency="USD", amount_secured=30.0),
        action("e", cost=100.0, currency="USD", amount_secured=5.0, funding_partner="gone"),
    ]
    links = [{"kind": "funds", "source": "eu", "target": "iom"},
             {"kind": "funds", "source": "eu", "target": "mpd"},
             {"kind": "funds", "source": "eu", "target": "mpd"},  # counted once
             {"kind": "advises", "source": "undp", "target": "mpd"},
             {"kind": "funds", "source": "wb", "target": "mof"}]
    found = pa.partner_commitments(actions, links, live={"eu", "iom", "mpd", "wb", "mof",
                                                         "undp"})
    by = {p.partner: p for p in found}
    assert by["eu"].secured == {"EUR": 100, "USD": 10} and by["eu"].actions == 3
    assert by["eu"].funded == ["iom", "mpd"]
    assert by["wb"].secured == {} and by["wb"].funded == ["mof"]
    assert by[None].secured == {"USD": 35}  # none named, or a deleted partner
    assert "undp" not in by
    assert found[-1].partner is None


def test_ties_in_priority_are_broken_by_impact_then_feasibility_not_by_title() -> None:
    actions = [
        action("Alpha", priority="high", timeframe="short", impact=2, feasibility=5),
        action("Bravo", priority="high", timeframe="short", impact=5, feasibility=1),
        action("Charlie", priority="high", timeframe="short", impact=5, feasibility=4),
        action("Delta", priority="medium", timeframe="short", impact=5, feasibility=5),
        action("Echo", priority="high", timeframe="long"),  # unrated: after the rated ones
    ]
    expected = ["Charlie", "Bravo", "Alpha", "Echo", "Delta"]
    assert [a["title"] for a in pa.ranked(actions)] == expected
    # the report's "Top priorities" and prioritised list use the same order
    assert [a["title"] for a in ordered(actions)] == expected


def test_the_sample_has_a_tie_in_priority_broken_by_the_criteria(demo_ws: Workshop) -> None:
    top = ordered(demo_ws.records("actions"))[:5]
    assert len({a["priority"] for a in top}) == 1  # a tie on priority…
    assert [a["title"] for a in top] != sorted(a["title"] for a in top)  # …not alphabetical
    assert [(-a["impact"], -a["feasibility"]) for a in top] == sorted(
        (-a["impact"], -a["feasibility"]) for a in top)


def test_gaps_link_to_the_actions_that_answer_them(empty_ws: Workshop) -> None:
    ws = empty_ws
    ws.insert("readiness", {"item": "budget_line", "status": "no"})
    ws.insert("readiness", {"item": "data_commitment", "status": "partly"})
    ws.insert("readiness", {"item": "support_group", "status": "yes"})
    ws.insert("instrument_status", {"instrument": "icrmw", "status": "signed"})
    ws.insert("instrument_status", {"instrument": "ilo_c097", "status": "not_party"})
    ws.insert("instrument_status", {"instrument": "cedaw", "status": "ratified"})
    covered = ws.insert("indicators", {"code": "A", "name": "Covered", "framework": "sdg"})
    planned = ws.insert("indicators", {"code": "B", "name": "Planned", "framework": "sdg"})
    bare = ws.insert("indicators", {"code": "C", "name": "No record", "framework": "sdg"})
    src = ws.insert("data_sources", {"name": "Census", "type": "census"}).record_id
    ws.insert("coverage", {"indicator": covered.record_id, "data_source": src, "level": "full"})
    ws.insert("coverage", {"indicator": planned.record_id, "data_source": src,
                           "level": "planned"})
    weak = ws.insert("sectors", {"sector": "health"}).record_id
    fine = ws.insert("sectors", {"sector": "gender"}).record_id
    bad_policy = ws.insert("sectors", {"sector": "diaspora"}).record_id
    ws.insert("assessments", {"sector": weak, "coherence_score": 2})
    ws.insert("assessments", {"sector": fine, "coherence_score": 4})
    ws.insert("policies", {"title": "P", "sector": bad_policy, "coherence": "incoherent"})
    budget = ws.insert("actions", {"title": "Budget", "answers_readiness": ["budget_line"],
                                   "answers_instruments": ["icrmw"]}).record_id
    data = ws.insert("actions", {"title": "Survey",
                                 "answers_indicator": bare.record_id}).record_id
    clinic = ws.insert("actions", {"title": "Clinic", "sector": weak}).record_id
    found = {(g.kind, g.key): g for g in pa.gaps(ws)}
    assert set(found) == {("readiness", "budget_line"), ("readiness", "data_commitment"),
                          ("legal", "icrmw"), ("legal", "ilo_c097"),
                          ("data", planned.record_id), ("data", bare.record_id),
                          ("coherence", weak), ("coherence", bad_policy)}
    assert found[("readiness", "budget_line")].actions == [budget]
    assert found[("legal", "icrmw")].actions == [budget]
    assert found[("data", bare.record_id)].actions == [data]
    assert found[("coherence", weak)].actions == [clinic]
    assert found[("coherence", bad_policy)].detail == "incoherent_policy"
    assert found[("legal", "icrmw")].label.startswith("ICRMW: ")
    nothing = {(g.kind, g.key) for g in pa.unanswered(found.values())}
    assert nothing == {("readiness", "data_commitment"), ("legal", "ilo_c097"),
                       ("data", planned.record_id), ("coherence", bad_policy)}


def test_dropped_actions_count_in_no_money_figure() -> None:
    live = action("live", cost=100.0, currency="USD", amount_secured=40.0, sector="s1",
                  start_year=2027, end_year=2028, funding_partner="p1", status="agreed")
    gone = action("gone", cost=900.0, currency="USD", amount_secured=500.0, sector="s1",
                  start_year=2027, end_year=2027, funding_partner="p2", status="dropped")
    free = action("free", cost=None, status="dropped")  # no cost, but dropped: not "uncosted"
    both = [live, gone, free]
    [usd] = pa.currency_totals(both)
    assert (usd.cost, usd.secured, usd.actions) == (100.0, 40.0, 1)
    assert pa.cost_by(both, "sector") == {"s1": {"USD": 100.0}}
    assert [(r.cost, r.secured) for r in pa.funding_rows(both, {"s1": "S"})] == [(100.0, 40.0)]
    assert pa.spread_by_year(both).by_year == {"USD": {2027: 50.0, 2028: 50.0}}
    assert [p.partner for p in pa.partner_commitments(both, [])] == ["p1"]
    assert pa.uncosted(both) == []
    assert pa.counted(both) == [live] and pa.is_dropped(gone) and not pa.is_dropped(live)


def test_the_sample_financing_says_a_dropped_action_is_not_counted(demo_ws: Workshop) -> None:
    actions = demo_ws.records("actions")
    dropped = [a for a in actions if a["status"] == "dropped"]
    assert [a["title"] for a in dropped] == ["Migration research grants"]
    totals = {t.currency: t.cost for t in pa.currency_totals(actions)}
    with_it = {t.currency: t.cost for t in pa.currency_totals(
        [{**a, "status": "agreed"} for a in actions])}
    code = pa.currency_key(dropped[0]["currency"])
    assert with_it[code] - totals[code] == dropped[0]["cost"] > 0
