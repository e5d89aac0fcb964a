"""What the action plan adds up to: money per currency, cost per year, the gaps each action
answers, and the order of priority. Pure computation over records, shared by the report,
the window and the tests (no Qt, no reportlab, no SQL of its own).

Dropped (cancelled) actions are kept in the plan's list but count in no money figure and
answer no gap: :func:`counted` is applied by every function here.

Money is never added across currencies: a plan costed partly in US dollars, partly in
euros and partly in the national currency has one total per currency, because any
exchange rate would be a fact the working group did not record. The currency is free
text in the form, so it is normalised here ("us$", "Dollars", " usd " all become USD)
with a short, conservative table; anything else is kept as typed, upper-cased.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from mainstream_desktop.core import enums, refdata
from mainstream_desktop.core.figures import coverage_matrix
from mainstream_desktop.core.gap_analysis import DROPPED, applies_to, workshop_regions
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.store import Workshop

Record = Mapping[str, Any]

R = TypeVar("R", bound=Mapping[str, Any])

NOT_STATED = ""  # the currency key of costs typed without a currency

# Spellings that name one currency beyond doubt, after upper-casing and removing spaces and
# dots. "$" alone is left as typed: Australian, Canadian, Hong Kong… dollars write it too.
_CURRENCY_WORDS = {
    "USD": "USD", "US$": "USD", "USDOLLAR": "USD", "USDOLLARS": "USD", "DOLLAR": "USD",
    "DOLLARS": "USD", "UNITEDSTATESDOLLAR": "USD", "UNITEDSTATESDOLLARS": "USD",
    "EUR": "EUR", "€": "EUR", "EURO": "EUR", "EUROS": "EUR",
    "GBP": "GBP", "£": "GBP", "POUNDSTERLING": "GBP",
    "CHF": "CHF", "SWISSFRANC": "CHF", "SWISSFRANCS": "CHF",
    "JPY": "JPY", "YEN": "JPY",
}


def currency_key(text: str | None) -> str:
    """The currency a cost is counted in: a normalised code, or :data:`NOT_STATED`."""
    if not text or not text.strip():
        return NOT_STATED
    squeezed = re.sub(r"[\s.]+", "", text.strip().upper())
    return _CURRENCY_WORDS.get(squeezed, " ".join(text.split()).upper())


def _amount(value: object) -> float | None:
    """A stored cost or amount, or None when it is empty or not a number (crafted file)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def is_dropped(a: Record) -> bool:
    """A dropped (cancelled) action: it answers no gap and costs nothing any more."""
    return a.get("status") in DROPPED


def counted(actions: Iterable[R]) -> list[R]:
    """The actions whose money counts: every one but the dropped ones. Every money
    function below counts only these, so totals, charts and tables agree."""
    return [a for a in actions if not is_dropped(a)]


def _sort_currencies(keys: Iterable[str]) -> list[str]:
    """Currencies by code, the "not stated" bucket last."""
    return sorted(keys, key=lambda k: (k == NOT_STATED, k))


# --- totals -----------------------------------------------------------------------------

@dataclass
class CurrencyTotal:
    """The plan's money in one currency: what it costs, what is secured, what is missing."""

    currency: str  # a key of :func:`currency_key`
    cost: float = 0.0  # estimated cost of the actions costed in this currency
    secured: float = 0.0  # amount secured for those actions
    actions: int = 0  # actions with a cost in this currency

    @property
    def gap(self) -> float:
        """What remains to be found (never negative: secured is at most the cost)."""
        return max(self.cost - self.secured, 0.0)

    @property
    def share_secured(self) -> float:
        return self.secured / self.cost if self.cost else 0.0


def currency_totals(actions: Iterable[Record]) -> list[CurrencyTotal]:
    """One total per currency (the "not stated" bucket last); actions without a cost are
    not counted here (see :func:`uncosted`). A secured amount larger than the cost
    (refused by the form, possible in a crafted file) counts up to the cost."""
    out: dict[str, CurrencyTotal] = {}
    for a in counted(actions):
        cost = _amount(a.get("cost"))
        if cost is None or cost <= 0:
            continue
        key = currency_key(a.get("currency"))
        t = out.setdefault(key, CurrencyTotal(key))
        t.cost += cost
        t.secured += min(max(_amount(a.get("amount_secured")) or 0.0, 0.0), cost)
        t.actions += 1
    return [out[k] for k in _sort_currencies(out)]


def uncosted(actions: Iterable[Record]) -> list[Record]:
    """Live actions with no estimated cost (or a cost of zero); dropped ones need none."""
    return [a for a in counted(actions) if not (_amount(a.get("cost")) or 0) > 0]


def cost_by(actions: Iterable[Record], key: str) -> dict[str | None, dict[str, float]]:
    """Cost per value of the field ``key`` (a sector id, a partner id…) per currency."""
    out: dict[str | None, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for a in counted(actions):
        cost = _amount(a.get("cost"))
        if cost is not None and cost > 0:
            out[a.get(key)][currency_key(a.get("currency"))] += cost
    return {k: dict(v) for k, v in out.items()}


@dataclass(frozen=True)
class FundingRow:
    """One bar of the funded/unfunded chart: a sector's actions costed in one currency."""

    currency: str
    label: str  # the sector's name; empty for actions without a sector
    cost: float
    secured: float

    @property
    def gap(self) -> float:
        return max(self.cost - self.secured, 0.0)


def funding_rows(actions: Iterable[Record], sector_labels: Mapping[str, str]) -> list[FundingRow]:
    """Secured and unfunded cost per sector within each currency: currencies in
    :func:`currency_totals` order, sectors by cost, largest first. Bars of different
    currencies are never drawn on one scale."""
    per: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(lambda: [0.0, 0.0]))
    for a in counted(actions):
        cost = _amount(a.get("cost"))
        if cost is None or cost <= 0:
            continue
        sector = a.get("sector")
        cell = per[currency_key(a.get("currency"))][
            sector_labels.get(sector, "") if sector else ""]
        cell[0] += cost
        cell[1] += min(max(_amount(a.get("amount_secured")) or 0.0, 0.0), cost)
    out = []
    for currency in _sort_currencies(per):
        rows = sorted(per[currency].items(), key=lambda kv: (-kv[1][0], kv[0].casefold()))
        out += [FundingRow(currency, label, c, s) for label, (c, s) in rows]
    return out


# --- spread over the years --------------------------------------------------------------

@dataclass
class YearSpread:
    """Cost per currency per year, each action's cost spread evenly over its years."""

    by_year: dict[str, dict[int, float]] = field(default_factory=dict)  # currency → year → cost
    undated: list[Record] = field(default_factory=list)  # costed, but start or end year missing

    @property
    def years(self) -> list[int]:
        found = {y for per in self.by_year.values() for y in per}
        return list(range(min(found), max(found) + 1)) if found else []


MAX_SPREAD_YEARS = 50  # a crafted 1900–9999 range is not spread over 8,000 columns


def spread_by_year(actions: Iterable[Record]) -> YearSpread:
    """Spread each costed action's cost evenly over start_year … end_year (both included).

    Actions missing either year are listed apart rather than guessed into one year; so
    are ranges the form refuses (end before start) or longer than
    :data:`MAX_SPREAD_YEARS`.
    """
    out = YearSpread()
    by_year: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for a in counted(actions):
        cost = _amount(a.get("cost"))
        if cost is None or cost <= 0:
            continue
        start, end = a.get("start_year"), a.get("end_year")
        if not isinstance(start, int) or not isinstance(end, int) or not (
                0 <= end - start < MAX_SPREAD_YEARS):
            out.undated.append(a)
            continue
        share = cost / (end - start + 1)
        per = by_year[currency_key(a.get("currency"))]
        for year in range(start, end + 1):
            per[year] += share
    out.by_year = {k: dict(by_year[k]) for k in _sort_currencies(by_year)}
    return out


# --- partners ---------------------------------------------------------------------------

@dataclass
class PartnerCommitment:
    """A funding partner: what it has secured for actions, per currency, and the bodies it
    funds according to the institutional mapping's "Funds" relations."""

    partner: str | None  # stakeholder id; None for amounts secured with no partner named
    secured: dict[str, float] = field(default_factory=dict)
    actions: int = 0
    funded: list[str] = field(default_factory=list)  # stakeholder ids it funds


def partner_commitments(actions: Iterable[Record], links: Iterable[Record],
                        live: set[str] | None = None) -> list[PartnerCommitment]:
    """Secured amounts per funding partner per currency, with the "Funds" links added up.

    ``live`` (stakeholder ids) drops links and partners that point at deleted records.
    Partners come first by the number of actions they fund, the unnamed bucket last.
    """
    out: dict[str | None, PartnerCommitment] = {}
    for a in counted(actions):
        secured = _amount(a.get("amount_secured"))
        if not secured or secured <= 0:
            continue
        partner = a.get("funding_partner")
        if live is not None and partner not in live:
            partner = None
        p = out.setdefault(partner, PartnerCommitment(partner))
        key = currency_key(a.get("currency"))
        p.secured[key] = p.secured.get(key, 0.0) + secured
        p.actions += 1
    for link in links:
        if link.get("kind") != "funds":
            continue
        source, target = link.get("source"), link.get("target")
        if live is not None and (source not in live or target not in live):
            continue
        if not source or not target:
            continue
        p = out.setdefault(source, PartnerCommitment(source))
        if target not in p.funded:
            p.funded.append(target)
    for p in out.values():
        p.secured = {k: p.secured[k] for k in _sort_currencies(p.secured)}
    return sorted(out.values(), key=lambda p: (p.partner is None, -p.actions, -len(p.funded)))


# --- priority ---------------------------------------------------------------------------

_PRIORITY = {k: i for i, (k, _) in enumerate(enums.PRIORITY)}
_TIMEFRAME = {k: i for i, (k, _) in enumerate(enums.TIMEFRAME)}


def _score(value: object) -> int:
    """A 1–5 rating as a sort key: higher first, unrated after every rating."""
    return -value if isinstance(value, int) and not isinstance(value, bool) else 0


def rank_key(a: Record) -> tuple:
    """The stated criteria, in order: priority (high first), then expected impact (5
    first), then feasibility (5 first); only then the shorter timeframe and the title,
    so equal actions keep a stable order."""
    return (
        _PRIORITY.get(a.get("priority") or "", len(_PRIORITY)),
        _score(a.get("impact")),
        _score(a.get("feasibility")),
        _TIMEFRAME.get(a.get("timeframe") or "", len(_TIMEFRAME)),
        (a.get("title") or "").casefold(),
    )


def ranked(actions: Iterable[R]) -> list[R]:
    """Actions in order of priority by :func:`rank_key`."""
    return sorted(actions, key=rank_key)


# --- gaps and the actions that answer them ----------------------------------------------

GAP_KINDS = ("readiness", "legal", "data", "coherence")
NOT_RATIFIED = ("not_party", "signed", "under_consideration")
UNCOVERED = ("none", "planned")


@dataclass
class Gap:
    """A gap the workshop found, and the actions (ids) the plan sets against it."""

    kind: str  # one of GAP_KINDS
    key: str  # readiness item key, instrument key, indicator id or sector id
    label: str
    detail: str = ""  # the status or coverage that makes it a gap (a stored key)
    actions: list[str] = field(default_factory=list)


def gaps(ws: Workshop) -> list[Gap]:
    """Every gap of the four kinds, each with the actions that answer it.

    Readiness conditions not in place (no, partly) ← actions' "readiness gaps answered";
    instruments not ratified (not party, signed only, under consideration) ← "legal gaps
    answered"; indicators without a source that covers them (no coverage record, or only
    "none" or "planned") ← "data gap answered"; sectors with an assessed coherence of 2 or
    less or a policy judged incoherent ← actions of the same sector.
    """
    # a dropped action answers nothing (as in core.gap_analysis)
    actions = ranked(counted(ws.records("actions")))
    out: list[Gap] = []
    readiness_items = dict(refdata.choices("readiness_items"))
    for r in ws.records("readiness"):
        if r["status"] in ("no", "partly") and r["item"]:
            out.append(Gap("readiness", r["item"], readiness_items.get(r["item"]) or r["item"],
                           r["status"],
                           [a["id"] for a in actions if r["item"] in a["answers_readiness"]]))
    regions = workshop_regions(ws)
    for r in ws.records("instrument_status"):
        # a regional instrument of an organisation the country is not in is no gap of it
        if (r["status"] in NOT_RATIFIED and r["instrument"]
                and applies_to(r["instrument"], regions)):
            info = refdata.instrument(r["instrument"]) or {}
            label = info.get("short_name") or r["instrument"]
            if info.get("full_name"):
                label = f"{label}: {translate('Reference', info['full_name'])}"
            out.append(Gap("legal", r["instrument"], label, r["status"],
                           [a["id"] for a in actions
                            if r["instrument"] in a["answers_instruments"]]))
    matrix = coverage_matrix(ws)
    best = matrix.best_levels()
    for indicator_id, title in matrix.indicators:
        level = best.get(indicator_id, "none")
        if level in UNCOVERED:
            out.append(Gap("data", indicator_id, title, level,
                           [a["id"] for a in actions if a["answers_indicator"] == indicator_id]))
    low: dict[str, str] = {}
    for a in ws.records("assessments"):
        score = a["coherence_score"]
        if isinstance(score, int) and score <= 2 and a["sector"]:
            low[a["sector"]] = "low_score"
    for p in ws.records("policies"):
        if p["coherence"] == "incoherent" and p["sector"]:
            low.setdefault(p["sector"], "incoherent_policy")
    for s in ws.records("sectors"):
        if s["id"] in low:
            label = refdata.label("sectors", s["sector"]) if s["sector"] else ""
            out.append(Gap("coherence", s["id"], label or "", low[s["id"]],
                           [a["id"] for a in actions if a["sector"] == s["id"]]))
    return out


def unanswered(found: Iterable[Gap]) -> list[Gap]:
    """The gaps no action answers."""
    return [g for g in found if not g.actions]
