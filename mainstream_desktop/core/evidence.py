"""The migration situation in figures: what the recorded indicator values say, and what
they leave out.

Computed here, once, for the report's situation chapter and the window's pictures: per
indicator its series of totals, its latest value, its latest breakdowns, and the gaps the
method asks a working group to see — indicators with no value, values older than
:data:`STALE_YEARS` years before the workshop (not before today: a report printed a year
later must say the same), and disaggregations asked for that no value carries.

Like :mod:`figures`, every function copes with ``None`` in any field: a crafted file may
leave a required value empty, and such a value is left out rather than stopping a report.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from mainstream_desktop.core import enums
from mainstream_desktop.core.store import Workshop

STALE_YEARS = 5  # a value older than this, before the workshop starts, is out of date
TREND_YEARS = 3  # a trend needs values in at least this many years
SIGNIFICANT = 3  # digits a value keeps after the integer part runs out (0.0234, 6.8)
MAX_DECIMALS = 6
_TOPIC_ORDER = {key: i for i, (key, _) in enumerate(enums.MIGRATION_TOPICS)}


@dataclass(frozen=True)
class Point:
    """One recorded value: the total of a year, or one group of a breakdown."""

    year: int
    value: float
    unit: str  # the value's own unit, else the indicator's
    source: str  # the data source's name, or ""
    period: str = ""
    record: str = ""  # the indicator value's id (the window opens it for editing)


@dataclass(frozen=True)
class Breakdown:
    """The latest values of one disaggregation of an indicator (e.g. by sex in 2025)."""

    dimension: str
    year: int
    groups: tuple[tuple[str, Point], ...]  # (category, value) in recorded order


@dataclass(frozen=True)
class IndicatorEvidence:
    id: str
    code: str
    name: str
    topic: str  # a key of enums.MIGRATION_TOPICS, or "" when not set
    unit: str
    wanted: tuple[str, ...]  # the disaggregations the indicator asks for
    totals: tuple[Point, ...]  # one per year, oldest first
    breakdowns: tuple[Breakdown, ...]  # latest year per dimension, in dimension order
    latest_year: int | None  # of any value, total or breakdown
    responsible: str | None = None  # the stakeholder's id
    # every disaggregated series: (dimension, category, points oldest first), in
    # dimension order then recorded order; the window draws any of them as a trend
    groups: tuple[tuple[str, str, tuple[Point, ...]], ...] = ()

    @property
    def title(self) -> str:
        return f"{self.code} — {self.name}" if self.code else self.name

    @property
    def latest(self) -> Point | None:
        return self.totals[-1] if self.totals else None

    @property
    def has_values(self) -> bool:
        return self.latest_year is not None

    @property
    def has_trend(self) -> bool:
        return len(self.totals) >= TREND_YEARS

    @property
    def missing_dimensions(self) -> tuple[str, ...]:
        """The disaggregations asked for that no recorded value carries."""
        have = {b.dimension for b in self.breakdowns}
        return tuple(d for d in self.wanted if d not in have)


@dataclass(frozen=True)
class Evidence:
    """Every indicator with its values, ordered by topic, and the workshop's year."""

    indicators: tuple[IndicatorEvidence, ...]
    reference_year: int | None  # the year the workshop starts; None: no date recorded
    values: int = 0  # how many values were read
    by_topic: dict[str, list[IndicatorEvidence]] = field(default_factory=dict)

    @property
    def with_values(self) -> list[IndicatorEvidence]:
        return [i for i in self.indicators if i.has_values]

    @property
    def no_values(self) -> list[IndicatorEvidence]:
        return [i for i in self.indicators if not i.has_values]

    @property
    def trends(self) -> list[IndicatorEvidence]:
        return [i for i in self.indicators if i.has_trend]

    @property
    def stale(self) -> list[IndicatorEvidence]:
        """Indicators whose most recent value is more than :data:`STALE_YEARS` years
        older than the workshop (none when the workshop has no date)."""
        if self.reference_year is None:
            return []
        return [i for i in self.with_values
                if is_stale(i.latest_year, self.reference_year)]

    @property
    def undisaggregated(self) -> list[IndicatorEvidence]:
        """Indicators with values that lack a disaggregation they ask for."""
        return [i for i in self.with_values if i.missing_dimensions]


def is_stale(year: int | None, reference_year: int) -> bool:
    """A value of ``year`` is out of date at a workshop held in ``reference_year``: a
    2020 value is six years old in 2026, a 2021 value five (still current)."""
    return year is not None and reference_year - year > STALE_YEARS


def reference_year(ws: Workshop) -> int | None:
    """The year the workshop starts (else ends): the date values are judged against."""
    w = ws.workshop()
    for key in ("start_date", "end_date"):
        text = w.get(key) or ""
        if len(text) >= 4 and text[:4].isdigit():
            return int(text[:4])
    return None


def evidence(ws: Workshop) -> Evidence:
    """Read every indicator and value once and group them (see the module's doc)."""
    sources = ws.titles("data_sources")
    rows: dict[str, list[dict]] = defaultdict(list)
    count = 0
    for r in ws.records("indicator_values"):
        if r["indicator"] and r["year"] is not None and _finite(r["value"]):
            rows[r["indicator"]].append(r)
            count += 1
    order = {key: i for i, key in enumerate(_dimension_order())}
    items = []
    for ind in ws.records("indicators"):
        unit = ind["unit"] or ""
        totals: dict[int, Point] = {}
        latest: dict[str, int] = {}
        groups: dict[tuple[str, int], list[tuple[str, Point]]] = defaultdict(list)
        for r in rows.get(ind["id"], []):  # ordered by year
            point = Point(r["year"], float(r["value"]), r["unit"] or unit,
                          sources.get(r["source"], "") if r["source"] else "",
                          r["period"] or "", r["id"])
            if r["dimension"]:
                key = (r["dimension"], r["year"])
                groups[key].append((r["category"] or "", point))
                latest[r["dimension"]] = max(latest.get(r["dimension"], r["year"]), r["year"])
            elif not r["category"]:
                totals[r["year"]] = point  # a second total of a year: the later record
        breakdowns = tuple(
            Breakdown(dim, year, tuple(groups[(dim, year)]))
            for dim, year in sorted(latest.items(), key=lambda d: (order.get(d[0], 99), d[0]))
        )
        years = [r["year"] for r in rows.get(ind["id"], [])]
        items.append(IndicatorEvidence(
            ind["id"], ind["code"] or "", ind["name"] or "", ind["topic"] or "", unit,
            tuple(ind["disaggregations"] or ()), tuple(totals[y] for y in sorted(totals)),
            breakdowns, max(years) if years else None, ind["responsible"],
            _group_series(groups, order),
        ))
    items.sort(key=lambda i: (_TOPIC_ORDER.get(i.topic, len(_TOPIC_ORDER)),
                              natural_key(i.code), natural_key(i.name)))
    by_topic: dict[str, list[IndicatorEvidence]] = {}
    for item in items:
        by_topic.setdefault(item.topic, []).append(item)
    return Evidence(tuple(items), reference_year(ws), count, by_topic)


def _group_series(groups: dict[tuple[str, int], list[tuple[str, Point]]],
                  order: dict[str, int]) -> tuple[tuple[str, str, tuple[Point, ...]], ...]:
    """The breakdown values regrouped as one series per (dimension, category), a year
    once (the later record), oldest first."""
    series: dict[tuple[str, str], dict[int, Point]] = {}
    for (dim, year), members in groups.items():
        for category, point in members:
            series.setdefault((dim, category), {})[year] = point
    keys = sorted(series, key=lambda k: (order.get(k[0], 99), k[0]))  # stable: recorded order
    return tuple((dim, cat, tuple(series[(dim, cat)][y] for y in sorted(series[(dim, cat)])))
                 for dim, cat in keys)


@functools.lru_cache(maxsize=8192)  # codes and names repeat on every refresh of a picture
def natural_key(text: str) -> tuple:
    """Sort "MP-2" before "MP-10" and "10.7.4" after "10.7.1", whatever the case."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
                 for part in re.split(r"(\d+)", text) if part)


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and math.isfinite(value)


def _dimension_order() -> list[str]:
    from mainstream_desktop.core import refdata

    return [key for key, _ in refdata.choices("disaggregations")]


# --- trends as the charts draw them -----------------------------------------------------


@dataclass(frozen=True)
class Axis:
    """A value axis: from ``low`` to ``high`` (round numbers, zero included, so a fall
    from 9.8 % to 6.8 % looks like what it is) with its ``ticks``, lowest first."""

    low: float
    high: float
    ticks: tuple[float, ...]

    def fraction(self, value: float) -> float:
        """Where ``value`` stands on the axis, 0 at ``low`` and 1 at ``high``; a value
        beyond the axis (past :data:`AXIS_LIMIT`) stands at its end, never off the chart."""
        return min(1.0, max(0.0, (value - self.low) / (self.high - self.low)))


@dataclass(frozen=True)
class TrendSeries:
    """One line of a trend chart: an indicator's totals, or one group of one of its
    disaggregations, year by year, with the axis to draw it on and which values are
    out of date. The report's small multiples and the window's trend picture both
    draw these, so the two agree on the numbers, the scale and the years."""

    indicator: str  # the indicator's id
    title: str
    dimension: str  # "" for the totals
    category: str  # the group of the disaggregation ("" for the totals)
    points: tuple[Point, ...]  # one per year, oldest first
    stale: tuple[bool, ...]  # per point: older than STALE_YEARS before the workshop
    axis: Axis
    reference_year: int | None

    @property
    def unit(self) -> str:
        """The unit of the latest value (the indicator's when the value has none)."""
        return self.points[-1].unit if self.points else ""

    @property
    def sources(self) -> tuple[str, ...]:
        """The data sources named by the values, most recent first, each once."""
        seen: dict[str, None] = {}
        for p in reversed(self.points):
            if p.source:
                seen.setdefault(p.source, None)
        return tuple(seen)

    @property
    def first_year(self) -> int:
        return self.points[0].year

    @property
    def last_year(self) -> int:
        return self.points[-1].year


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above ``value`` (a round axis top)."""
    if value <= 0 or not math.isfinite(value):
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if step * power >= value * (1 - 1e-9):
            return step * power
    return 10 * power


def _round_steps(span: float) -> Iterator[float]:
    """Round step sizes (1, 2, 2.5, 5 × 10ⁿ) around ``span``, smallest first."""
    magnitude = math.floor(math.log10(span))
    for exponent in range(magnitude - 2, magnitude + 2):
        for step in (1, 2, 2.5, 5):
            yield step * 10.0 ** exponent


AXIS_LIMIT = 1e15  # no statistic is larger; a mistyped "1E300" must not break the chart


def value_axis(values: Sequence[float], most_ticks: int = 1) -> Axis:
    """A zero-based axis over ``values`` with round ends and at most ``most_ticks``
    steps between its ticks (1: only the two ends, as the report's small panels show;
    values on both sides of zero get at least two steps, zero always on a tick)."""
    finite = [min(max(v, -AXIS_LIMIT), AXIS_LIMIT) for v in values if math.isfinite(v)] or [0.0]
    top, bottom = max(max(finite), 0.0), min(min(finite), 0.0)
    most = max(1, most_ticks)
    if bottom < 0 < top:
        most = max(2, most)
        step = next((s for s in _round_steps(top - bottom)
                     if _steps(top, s) + _steps(-bottom, s) <= most),
                    nice_ceiling(max(top, -bottom)))
        low, high = -_steps(-bottom, step) * step, _steps(top, step) * step
    else:
        high = nice_ceiling(top) if top > 0 else 0.0
        low = -nice_ceiling(-bottom) if bottom < 0 else 0.0
        if high == low:
            high = 1.0
        step = next((s for s in _round_steps(high - low)
                     if (high - low) / s <= most + 1e-9
                     and abs((high - low) / s - round((high - low) / s)) < 1e-6), high - low)
    count = round((high - low) / step)
    ticks = tuple(float(f"{low + step * i:.12g}") for i in range(count + 1))  # no 0.600001
    return Axis(float(f"{low:.12g}"), float(f"{high:.12g}"), ticks)


def _steps(extent: float, step: float) -> int:
    """How many ``step``s cover ``extent`` (> 0): at least one, however small the extent
    beside the step (a value of -0.039 beside 49.8 million still gets its step below
    zero), and no extra step for a float's rounding error."""
    return max(1, math.ceil(extent / step - 1e-9))


def series_keys(ind: IndicatorEvidence) -> list[tuple[str, str]]:
    """The series an indicator can be drawn as: ``("", "")`` for its totals (first,
    when it has any), then (dimension, category) for each group of a breakdown."""
    keys = [("", "")] if ind.totals else []
    return keys + [(dim, cat) for dim, cat, _ in ind.groups]


def trend_series(ind: IndicatorEvidence, reference_year: int | None = None,
                 dimension: str = "", category: str = "", *,
                 most_ticks: int = 1) -> TrendSeries | None:
    """``ind``'s totals (or its ``dimension``/``category`` group) as a chart draws
    them; None when that series has no value."""
    if not dimension:
        points = ind.totals
    else:
        points = next((p for d, c, p in ind.groups if d == dimension and c == category), ())
    if not points:
        return None
    stale = tuple(reference_year is not None and is_stale(p.year, reference_year)
                  for p in points)
    return TrendSeries(ind.id, ind.title, dimension, category, points, stale,
                       value_axis([p.value for p in points], most_ticks), reference_year)


# --- numbers as a reader expects them ---------------------------------------------------


def decimals(value: float, significant: int = SIGNIFICANT) -> int:
    """How many decimals ``value`` needs to keep ``significant`` digits: none for
    127,900 or 42, one for 6.8, two for 0.02 (never rounded to "0")."""
    if value == 0 or not math.isfinite(value):
        return 0
    magnitude = math.floor(math.log10(abs(value)))
    return max(0, min(MAX_DECIMALS, significant - 1 - magnitude))


@functools.lru_cache(maxsize=16)
def _locale(locale: str):
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(locale)
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en")


def _apply(kind: str, value: float, locale: str) -> str:
    """``value`` in the locale's own decimal or percent pattern (its grouping, its
    spacing and sign placement), with the decimals :func:`decimals` asks for."""
    import copy
    import decimal

    loc = _locale(locale)
    formats = loc.percent_formats if kind == "percent" else loc.decimal_formats
    d = decimals(value)
    shown = value / 100 if kind == "percent" else value
    pattern = copy.copy(formats[None])  # the locale's own object is shared: not changed
    pattern.frac_prec = (0, d)  # optional decimals: 42, 6.8, 0.02
    with decimal.localcontext() as context:
        context.prec = 60  # a crafted 1e40 still prints instead of raising
        try:
            return str(pattern.apply(shown, loc))
        except (ArithmeticError, ValueError):  # -1e300: beyond babel's decimal context
            return f"{value:.6g}"


def warm_up(locale: str) -> None:
    """Load ``locale``'s number patterns now (babel reads them from disk on first use,
    ~50 ms): the window calls this in idle time before its first chart needs them."""
    loc = _locale(locale)
    _ = loc.decimal_formats, loc.percent_formats


def format_number(value: float, locale: str) -> str:
    """``value`` with its significant decimals and the locale's grouping (1,234,567)."""
    return _apply("decimal", value, locale)


def format_quantity(value: float, unit: str, locale: str) -> str:
    """A value with its unit written once (joined by no-break spaces): a percentage as
    the locale writes one ("0.02%", "0,02 %", "%0,02"), anything else as
    "1,234,567 persons"."""
    unit = (unit or "").strip()
    if len(unit) <= 16:  # "2,505 million USD" stays on one line; a long unit may wrap
        unit = unit.replace(" ", "\u00a0")
    if unit.startswith("%"):
        text = _apply("percent", value, locale)
        rest = unit[1:].strip()
        return f"{text}\u00a0{rest}" if rest else text
    number = format_number(value, locale)
    return f"{number}\u00a0{unit}" if unit else number  # never "310,000 / persons"
