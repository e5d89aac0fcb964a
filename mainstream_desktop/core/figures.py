"""The data behind the pictures, computed once for the window and the PDF report.

The window draws these with QPainter/QGraphicsView and the report with
reportlab.graphics; both get the same positions, groupings and counts from here, so
the grid on the projector and the grid in the signed report agree.

Records come from the store, which never hands out a value of the wrong type (see
:func:`mainstream_desktop.core.connection.to_records`), but a crafted file can still
leave a required choice or reference empty: every figure here copes with ``None`` in
any field, so a damaged record is drawn as "unknown" rather than stopping the window
or the report (issue 13).
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from mainstream_desktop.core import refdata
from mainstream_desktop.core.chart_layout import cell_offsets
from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from mainstream_desktop.core.store import Workshop


@dataclass(frozen=True)
class GridPoint:
    """A stakeholder on the power–interest grid (influence and interest 1–5)."""

    id: str
    name: str
    short: str  # acronym, or the name shortened, for crowded pictures
    type: str
    influence: int
    interest: int
    # offset in grid cells (within ±0.36, see chart_layout.cell_offsets) that separates
    # stakeholders on one cell: a dodge, not a score (the charts say so)
    dx: float
    dy: float


def _short(name: str | None, acronym: str | None, limit: int = 18) -> str:
    if acronym:
        return acronym
    name = name or ""
    return name if len(name) <= limit else name[: limit - 1] + "…"


def power_interest(ws: Workshop) -> list[GridPoint]:
    """Rated stakeholders with offsets so that several on one cell stay readable."""
    cells: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for rec in ws.records("stakeholders"):
        if rec["influence"] is not None and rec["interest"] is not None:
            cells[(rec["influence"], rec["interest"])].append(rec)
    points = []
    for (influence, interest), recs in cells.items():
        ordered = sorted(recs, key=lambda r: (r["name"] or "").casefold())
        for rec, (dx, dy) in zip(ordered, cell_offsets(len(ordered)), strict=True):
            points.append(GridPoint(rec["id"], rec["name"] or "",
                                    _short(rec["name"], rec["acronym"]),
                                    rec["type"] or "", influence, interest, dx, dy))
    return points


HIGH = 3  # influence or interest from 3 up counts as high on the 1–5 scales
CUTOFF = HIGH - 0.5  # where the grid is cut into quadrants (between 2 and 3)

# The four quadrants of the power–interest grid, one definition for the window's grid,
# the report's chart and its table (labels translated with context "Enum").
QUADRANTS: tuple[tuple[str, str], ...] = (
    ("manage_closely", QT_TRANSLATE_NOOP("Enum", "Manage closely")),
    ("keep_satisfied", QT_TRANSLATE_NOOP("Enum", "Keep satisfied")),
    ("keep_informed", QT_TRANSLATE_NOOP("Enum", "Keep informed")),
    ("monitor", QT_TRANSLATE_NOOP("Enum", "Monitor")),
)


def quadrant_label(key: str) -> str:
    return translate("Enum", dict(QUADRANTS)[key])


def quadrant(influence: int, interest: int) -> str:
    """The engagement quadrant of the classic power–interest grid."""
    high_power, high_interest = influence >= HIGH, interest >= HIGH
    if high_power and high_interest:
        return "manage_closely"
    if high_power:
        return "keep_satisfied"
    if high_interest:
        return "keep_informed"
    return "monitor"


def quadrant_counts(points: list[GridPoint]) -> dict[str, int]:
    """How many stakeholders stand in each quadrant (every quadrant present, 0 if empty)."""
    counts = dict.fromkeys(dict(QUADRANTS), 0)
    for p in points:
        counts[quadrant(p.influence, p.interest)] += 1
    return counts


def quadrant_title(key: str, count: int) -> str:
    """A quadrant's name with how many stakeholders it holds, as the grids show it."""
    return translate("Report", "{quadrant} ({n})").format(quadrant=quadrant_label(key),
                                                          n=count)


def cutoff_note(cut: str = "2.5") -> str:
    """The rule that cuts the grid, stated on the chart (window and report); ``cut`` is
    :data:`CUTOFF` written in the reader's locale."""
    return translate("Report", "Cut-off at {cut}: scores of {high} to 5 count as high.").format(
        cut=cut, high=HIGH)


def dodge_note() -> str:
    """Says that markers sharing a cell are spread apart only to be readable."""
    return translate("Report", "Markers in one cell share its score; they are spread apart "
                               "only to stay readable.")


# --- stakeholder families: one grouping and one palette for the window and the report ---

# Okabe & Ito (2008), "Color Universal Design": hues that stay apart for the common kinds
# of colour blindness. Hex strings, so Qt (the window) and reportlab (the PDF) read the
# same colours; core itself draws nothing.
BLUE = "#0072B2"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
ORANGE = "#E69F00"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#999999"


@dataclass(frozen=True)
class Family:
    """A group of stakeholder types drawn alike: one colour and one marker shape.

    The shape alone tells the families apart in grey-scale print and for colour-blind
    viewers; the colour helps everyone else. Five shapes stay distinct at marker size,
    which is why there are four families and "Other" rather than one per type.
    """

    key: str
    label: str  # translated with context "Report"
    colour: str  # hex
    shape: str  # circle, square, triangle, diamond or cross
    types: tuple[str, ...]


FAMILIES: tuple[Family, ...] = (
    Family("government", QT_TRANSLATE_NOOP("Report", "Government and public bodies"), BLUE,
           "circle", ("gov_lead", "gov_line", "gov_statistics", "central_bank",
                      "local_authorities", "parliament", "nhri")),
    Family("international", QT_TRANSLATE_NOOP("Report", "International partners"), VERMILLION,
           "square", ("un_intl", "donors", "regional_bodies")),
    Family("society", QT_TRANSLATE_NOOP("Report", "Civil society, migrants and communities"),
           BLUISH_GREEN, "triangle", ("migrants_diaspora", "civil_society", "trade_unions",
                                      "communities", "media")),
    Family("private", QT_TRANSLATE_NOOP("Report", "Private sector and academia"), ORANGE,
           "diamond", ("private_sector", "academia")),
    Family("other", QT_TRANSLATE_NOOP("Report", "Other"), GREY, "cross", ()),
)
_FAMILY_OF = {t: i for i, fam in enumerate(FAMILIES) for t in fam.types}


def family_index(type_key: str | None) -> int:
    """The index in :data:`FAMILIES` of a stakeholder type (unknown or unset: "Other")."""
    return _FAMILY_OF.get(type_key or "", len(FAMILIES) - 1)


def family_of(type_key: str | None) -> Family:
    return FAMILIES[family_index(type_key)]


def family_label(family: Family) -> str:
    return translate("Report", family.label)


def is_light(colour: str) -> bool:
    """Whether dark text reads better than white on the hex ``colour``."""
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return (0.299 * r + 0.587 * g + 0.114 * b) / 255 > 0.55


@dataclass(frozen=True)
class RelationStyle:
    """How one kind of relation is drawn, alike in the window and the report.

    Colour, dash pattern and width all differ between kinds, so each kind stays apart in
    grey-scale print (dash and width) and for colour-blind readers (dash), and reads at a
    glance on screen (colour). ``dash`` is in points for a line ``width`` points wide
    (the window scales it to its pen); empty means solid.
    """

    colour: str
    dash: tuple[float, ...]
    width: float
    directed: bool  # drawn with an arrowhead at the target


BLACK = "#1A1A1A"
DARK_GREY = "#595959"

# Hierarchy and money run one way and carry arrowheads; cooperation runs both ways.
# Tension is the one warning: vermillion (the palette's red), heavy and dashed.
RELATION_STYLES: dict[str, RelationStyle] = {
    "reports_to": RelationStyle(BLACK, (), 1.1, True),
    "oversees": RelationStyle(BLUE, (7.0, 2.0), 1.3, True),
    "funds": RelationStyle(ORANGE, (5.0, 1.5, 1.0, 1.5), 1.4, True),
    "advises": RelationStyle(REDDISH_PURPLE, (4.0, 1.5, 1.0, 1.5, 1.0, 1.5), 1.0, True),
    "coordinates_with": RelationStyle(BLUISH_GREEN, (2.5, 1.5), 1.0, False),
    "partners_with": RelationStyle(SKY_BLUE, (), 2.2, False),
    "shares_data": RelationStyle(DARK_GREY, (0.8, 1.6), 1.0, False),
    "tension": RelationStyle(VERMILLION, (4.5, 3.0), 1.8, False),
}
UNKNOWN_RELATION = RelationStyle(GREY, (), 0.8, False)


def relation_style(kind: str | None) -> RelationStyle:
    """The style of a relation kind (a damaged or unknown kind: thin grey, no arrow)."""
    return RELATION_STYLES.get(kind or "", UNKNOWN_RELATION)


def relation_width(kind: str | None, strength: int | None) -> float:
    """Line width of a relation: its kind's width, a little heavier when stronger (1–3),
    never so much that it looks like another kind."""
    s = max(1, min(3, strength or 1))
    return relation_style(kind).width * (0.8 + 0.2 * s)


# Policy verdicts (coherence): one colour per verdict, the window's and the report's.
# Incoherent is the palette's strongest colour: it is what the reader must not miss.
VERDICT_COLOURS: dict[str, str] = {
    "coherent": BLUISH_GREEN,
    "partly": ORANGE,
    "incoherent": VERMILLION,
    "unknown": "#DDDDDD",
}


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    type: str
    weight: int  # influence, 1–5 (3 when unrated): drawn as the node's size
    x: float  # 0…1
    y: float  # 0…1


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: str
    strength: int


@dataclass(frozen=True)
class Network:
    nodes: list[Node]
    edges: list[Edge]


FORCE_LAYOUT_LIMIT = 150


def network(ws: Workshop, *, seed: int = 7, iterations: int = 120) -> Network:
    """Stakeholders and their links with positions in the unit square.

    Up to :data:`FORCE_LAYOUT_LIMIT` nodes get a force-directed layout (deterministic:
    seeded); larger maps are laid out in rings by stakeholder type, which stays legible
    and costs linear time.
    """
    # in id order, not creation order: the same records get the same picture (layout,
    # which names are placed first) however the moments they were created in tie (a
    # sample rebuilt, a merged file)
    recs = sorted(ws.records("stakeholders"), key=lambda r: r["id"])
    live = {r["id"] for r in recs}
    edges = sorted((
        Edge(r["source"], r["target"], r["kind"] or "", r["strength"] or 1)
        for r in ws.records("links")
        if r["source"] in live and r["target"] in live and r["source"] != r["target"]
    ), key=lambda e: (e.source, e.target, e.kind))
    if len(recs) <= FORCE_LAYOUT_LIMIT:
        pos = _force_layout(tuple(r["id"] for r in recs), tuple(edges), seed, iterations)
    else:
        pos = _ring_layout(recs)
    nodes = [
        Node(r["id"], _short(r["name"], r["acronym"]), r["type"] or "", r["influence"] or 3,
             *pos[r["id"]])
        for r in recs
    ]
    return Network(nodes, edges)


@lru_cache(maxsize=8)
def _force_layout(ids: tuple[str, ...], edges: tuple[Edge, ...], seed: int,
                  iterations: int) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold in the unit square, then scaled to fill it.

    Cached (the result is shared: read it, never change it): the window redraws the
    network after every edit, and most edits (a name, a rating) do not move anyone.
    """
    n = len(ids)
    if n == 0:
        return {}
    rng = random.Random(seed)
    pos = {i: [rng.random(), rng.random()] for i in ids}
    k = math.sqrt(1.0 / n)
    temperature = 0.1
    adjacency = [(e.source, e.target) for e in edges]
    for _ in range(iterations):
        disp = {i: [0.0, 0.0] for i in ids}
        for a_index, a in enumerate(ids):
            ax, ay = pos[a]
            for b in ids[a_index + 1:]:
                dx, dy = ax - pos[b][0], ay - pos[b][1]
                dist2 = dx * dx + dy * dy or 1e-9
                force = k * k / dist2
                disp[a][0] += dx * force
                disp[a][1] += dy * force
                disp[b][0] -= dx * force
                disp[b][1] -= dy * force
        for a, b in adjacency:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = math.hypot(dx, dy) or 1e-9
            force = dist / k
            disp[a][0] -= dx / dist * force * dist
            disp[a][1] -= dy / dist * force * dist
            disp[b][0] += dx / dist * force * dist
            disp[b][1] += dy / dist * force * dist
        for i in ids:
            dx, dy = disp[i]
            length = math.hypot(dx, dy) or 1e-9
            step = min(length, temperature)
            pos[i][0] += dx / length * step
            pos[i][1] += dy / length * step
        temperature *= 0.97
    return _normalise({i: (p[0], p[1]) for i, p in pos.items()})


def _ring_layout(recs: list[dict]) -> dict[str, tuple[float, float]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for r in recs:
        groups[r["type"] or ""].append(r["id"])
    pos = {}
    types = sorted(groups)
    for g, typ in enumerate(types):
        centre_angle = 2 * math.pi * g / len(types)
        cx, cy = 0.5 + 0.33 * math.cos(centre_angle), 0.5 + 0.33 * math.sin(centre_angle)
        members = groups[typ]
        radius = min(0.15, 0.02 + 0.004 * math.sqrt(len(members)) * 4)
        for m, rid in enumerate(members):
            angle = m * 2.399963
            reach = radius * math.sqrt((m + 0.5) / len(members))
            pos[rid] = (cx + reach * math.cos(angle), cy + reach * math.sin(angle))
    return _normalise(pos)


def _normalise(pos: dict[str, tuple[float, float]], margin: float = 0.06):
    if not pos:
        return {}
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    min_x, min_y = min(xs), min(ys)
    span_x = (max(xs) - min_x) or 1.0
    span_y = (max(ys) - min_y) or 1.0
    scale = 1 - 2 * margin
    return {
        i: (margin + (x - min_x) / span_x * scale, margin + (y - min_y) / span_y * scale)
        for i, (x, y) in pos.items()
    }


@dataclass(frozen=True)
class CoverageMatrix:
    """Indicators (rows) × data sources (columns) → coverage level key."""

    indicators: list[tuple[str, str]]
    sources: list[tuple[str, str]]
    cells: dict[tuple[str, str], str]
    # sources that cover no indicator: not columns of the heatmap, but named under it
    # (a source nobody has matched yet is a finding, not noise)
    idle_sources: tuple[tuple[str, str], ...] = ()

    def best_levels(self) -> dict[str, str]:
        """:meth:`best_level` of every indicator in one pass over the cells (large maps)."""
        order = ["full", "partial", "proxy", "planned", "none"]
        sources = {s for s, _ in self.sources}
        best = {i: "none" for i, _ in self.indicators}
        for (indicator, source), level in self.cells.items():
            if source in sources and indicator in best and level in order and (
                    order.index(level) < order.index(best[indicator])):
                best[indicator] = level
        return best

    def best_level(self, indicator_id: str) -> str:
        """The best coverage any source gives an indicator ("none" if no source)."""
        order = ["full", "partial", "proxy", "planned", "none"]
        found = [self.cells[(indicator_id, s)] for s, _ in self.sources
                 if (indicator_id, s) in self.cells]
        return min(found, key=order.index) if found else "none"


def coverage_matrix(ws: Workshop, *, only_used_sources: bool = True) -> CoverageMatrix:
    """The indicator × data source heatmap's data; sources without coverage are left out
    unless ``only_used_sources`` is false."""
    titles_i = ws.titles("indicators")
    titles_s = ws.titles("data_sources")
    indicators = [(r["id"], titles_i[r["id"]]) for r in ws.records("indicators")]
    live_i = {i for i, _ in indicators}
    cells = {}
    for r in ws.records("coverage"):
        if r["indicator"] in live_i and r["data_source"] and r["level"]:
            cells[(r["indicator"], r["data_source"])] = r["level"]
    used = {s for _, s in cells}
    every = [(r["id"], titles_s[r["id"]]) for r in ws.records("data_sources")]
    sources = [s for s in every if not only_used_sources or s[0] in used]
    idle = tuple(s for s in every if s[0] not in used)
    return CoverageMatrix(indicators, sources, cells, idle)


@dataclass(frozen=True)
class SectorCoherence:
    id: str
    label: str
    score: float | None  # mean coherence score of the sector's assessments (1–5)
    policies: int
    coherent: int
    partly: int
    incoherent: int
    priority: str | None


def coherence_by_sector(ws: Workshop) -> list[SectorCoherence]:
    """Per reviewed sector: its coherence score and how its policies were judged."""
    scores: dict[str, list[int]] = defaultdict(list)
    for a in ws.records("assessments"):
        if a["coherence_score"] is not None:
            scores[a["sector"]].append(a["coherence_score"])
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for p in ws.records("policies"):
        counts[p["sector"]]["all"] += 1
        counts[p["sector"]][p["coherence"] or "unknown"] += 1
    out = []
    for s in ws.records("sectors"):
        values = scores.get(s["id"], [])
        c = counts[s["id"]]
        out.append(SectorCoherence(
            s["id"], refdata.label("sectors", s["sector"]) if s["sector"] else "",
            sum(values) / len(values) if values else None,
            c["all"], c["coherent"], c["partly"], c["incoherent"], s["priority"],
        ))
    return out
