"""The report's charts and the geometry they share with the window (issue 15, Charts).

Each test checks what a reader sees, computed from the drawing or from core.figures:
names that do not overlap, an arrowhead on every directed relation, one style per kind
of relation, quadrant counts and the cut-off on the grid, a strong colour for
"Incoherent", whole indicator names and legends (Arabic too).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Drawing, Group, Polygon, Rect, String
from reportlab.lib import colors

from mainstream_desktop.core import enums, figures
from mainstream_desktop.core.chart_layout import (
    Box,
    LabelRequest,
    arrow,
    cell_offsets,
    overlaps,
    place_labels,
)
from mainstream_desktop.core.i18n import language
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.report.charts import (
    coherence_chart,
    coverage_heatmap,
    network_chart,
    power_interest_chart,
)
from mainstream_desktop.report.charts.base import legend_lines, shaped_width
from mainstream_desktop.report.charts.network import LEGEND_COLS, layout, legend_entries
from mainstream_desktop.report.fonts import register_fonts

WIDTH = 481.0  # the A4 frame width of the report


@pytest.fixture(scope="module", autouse=True)
def _fonts() -> None:
    register_fonts()


@pytest.fixture
def sample(demo_master: Path):
    ws = Workshop.open_for_reading(demo_master)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory):
    """The sample workshop three times over (120 stakeholders, 135 relations)."""
    import os

    from mainstream_desktop.core import userdirs
    from mainstream_desktop.core.demo import write_demo

    folder = tmp_path_factory.mktemp("crowded")
    old = os.environ.get("MAINSTREAM_DESKTOP_HOME")
    os.environ["MAINSTREAM_DESKTOP_HOME"] = str(folder / "home")
    try:
        path = write_demo(folder / "crowded.mainstream", scale=3)
    finally:
        if old is None:
            os.environ.pop("MAINSTREAM_DESKTOP_HOME", None)
        else:
            os.environ["MAINSTREAM_DESKTOP_HOME"] = old
        userdirs.reset_cache()
    ws = Workshop.open_for_reading(path)
    yield ws
    ws.close()


def shapes(node: object) -> list[object]:
    """Every shape of a drawing, groups opened."""
    out: list[object] = []
    for child in getattr(node, "contents", []):
        out.append(child)
        if isinstance(child, Group):
            out.extend(shapes(child))
    return out


def texts(d: Drawing) -> list[str]:
    """The drawing's labels, each a group's strings joined (a label is split into runs,
    one per font)."""
    out = []
    for g in [d, *[s for s in shapes(d) if isinstance(s, Group)]]:
        parts = [c.text for c in g.contents if isinstance(c, String)]
        if parts:
            out.append("".join(parts))
    return out


# --- network --------------------------------------------------------------------------

def test_every_relation_kind_has_its_own_colour_dash_and_width() -> None:
    looks = {k: figures.relation_style(k) for k, _ in enums.LINK_KINDS}
    assert len({(s.colour, s.dash, s.width) for s in looks.values()}) == len(looks)
    # the pairs that used to look the same differ now in colour and in dash or width
    for a, b in (("reports_to", "oversees"), ("coordinates_with", "partners_with")):
        assert looks[a].colour != looks[b].colour
        assert (looks[a].dash, looks[a].width) != (looks[b].dash, looks[b].width)
    # grey-scale print: dash patterns alone tell the kinds apart (solid twice at most,
    # and then at clearly different widths)
    solid = [s.width for s in looks.values() if not s.dash]
    assert len(solid) <= 2 and (len(solid) < 2 or abs(solid[0] - solid[1]) >= 0.8)
    tension = looks["tension"]
    assert tension.colour == figures.VERMILLION and tension.dash
    # the heaviest of the dashed lines: the one warning stands out
    assert tension.width == max(s.width for s in looks.values() if s.dash)
    assert {k for k, s in looks.items() if s.directed} == {
        "reports_to", "funds", "oversees", "advises"}


def test_arrow_stops_at_the_rim_and_points_at_the_target() -> None:
    a = arrow(0, 0, 100, 0, 5, 8, directed=True, size=6)
    assert a.start == (5, 0)
    assert a.head is not None
    tip, left, right = a.head
    assert tip == pytest.approx((92, 0))
    assert a.end == pytest.approx((86, 0))
    assert left[1] == -right[1] != 0
    assert arrow(0, 0, 100, 0, 5, 8, directed=False, size=6).head is None


def test_report_network_has_an_arrowhead_per_directed_relation(sample) -> None:
    net = figures.network(sample)
    d = network_chart(net, WIDTH)
    heads: dict[str, int] = {}
    for s in shapes(d):
        # an arrowhead is filled and outlined in its relation's colour; markers have a
        # navy rim
        if isinstance(s, Polygon) and s.fillColor == s.strokeColor:
            heads[s.fillColor.hexval()] = heads.get(s.fillColor.hexval(), 0) + 1
    lay = layout(net, WIDTH)
    for kind, _ in enums.LINK_KINDS:
        style = figures.relation_style(kind)
        n = sum(e.kind == kind for e in net.edges)
        if not n:
            continue
        drawn = heads.get(colors.HexColor(style.colour).hexval(), 0)
        legend_head = 1  # the legend's sample line carries one too
        assert drawn == (n + legend_head if style.directed else 0), kind
    # and each tip touches its target's marker
    for e in net.edges:
        style = figures.relation_style(e.kind)
        (x1, y1), (x2, y2) = lay.pos[e.source], lay.pos[e.target]
        a = arrow(x1, y1, x2, y2, lay.radius[e.source], lay.radius[e.target],
                  directed=style.directed, size=4)
        if style.directed:
            assert a.head is not None
            tip = a.head[0]
            assert math.dist(tip, (x2, y2)) == pytest.approx(lay.radius[e.target])


def test_report_network_legend_names_every_kind_with_its_own_line(sample) -> None:
    net = figures.network(sample)
    d = network_chart(net, WIDTH)
    shown = texts(d)
    for kind in {e.kind for e in net.edges}:
        assert dict(enums.LINK_KINDS)[kind] in shown


def _check_labels(net: figures.Network, lay) -> None:
    boxes = [p.box for p in lay.labels.values()]
    assert overlaps(boxes) == []
    for key, p in lay.labels.items():
        assert p.box.inside(lay.frame)
        for n in net.nodes:  # no name hides another stakeholder's marker
            if n.id == key:
                continue
            x, y = lay.pos[n.id]
            r = lay.radius[n.id]
            assert not p.box.intersects(Box(x - r, y - r, 2 * r, 2 * r)), (key, n.id)


def test_every_name_on_the_sample_network_is_placed_without_overlap(sample) -> None:
    net = figures.network(sample)
    lay = layout(net, WIDTH)
    assert set(lay.labels) == {n.id for n in net.nodes}  # every node is named
    _check_labels(net, lay)
    acronyms = {r["id"]: r["acronym"] or r["name"] for r in sample.records("stakeholders")}
    assert all(lay.texts[n.id] == acronyms[n.id] for n in net.nodes)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_names_on_a_crowded_network_never_overlap(crowded, lang: str) -> None:
    net = figures.network(crowded)
    assert len(net.nodes) == 120
    with language(lang):
        lay = layout(net, WIDTH, rtl=lang == "ar")
    assert len(lay.labels) == len(lay.texts)  # every name meant to show found a place
    _check_labels(net, lay)


def test_place_labels_uses_leader_lines_when_the_neighbourhood_is_full() -> None:
    # a tight cluster: 30 markers in a 60 × 60 square, 40-point names
    reqs = [LabelRequest(f"n{i}", 100 + (i % 6) * 10, 100 + (i // 6) * 12, 3, 40, 7)
            for i in range(30)]
    placed = place_labels(reqs, Box(0, 0, 400, 300))
    assert overlaps([p.box for p in placed.values()]) == []
    assert any(p.leader is not None for p in placed.values())
    assert len(placed) >= 25


# --- power–interest grid --------------------------------------------------------------

def test_dodge_keeps_every_marker_inside_its_cell_on_a_regular_grid() -> None:
    for n in range(1, 16):
        offsets = cell_offsets(n)
        assert len(offsets) == n
        assert all(abs(dx) <= 0.36 and abs(dy) <= 0.36 for dx, dy in offsets)
        assert len(set(offsets)) == n
        if n > 1:
            closest = min(math.dist(a, b) for i, a in enumerate(offsets)
                          for b in offsets[i + 1:])
            assert closest >= 0.14  # apart by at least a marker at report size


def test_grid_states_cut_off_dodge_and_counts_per_quadrant(sample) -> None:
    points = figures.power_interest(sample)
    counts = figures.quadrant_counts(points)
    assert sum(counts.values()) == len(points)
    assert counts["manage_closely"] == sum(
        p.influence >= 3 and p.interest >= 3 for p in points)
    shown = texts(power_interest_chart(points, WIDTH))
    for key, _ in figures.QUADRANTS:
        assert figures.quadrant_title(key, counts[key]).upper() in shown
    assert figures.cutoff_note("2.5") in shown
    assert "2.5" in shown  # on the axes, where the line is
    assert figures.dodge_note() in " ".join(shown).replace("  ", " ") or any(
        figures.dodge_note().startswith(t) for t in shown)


def test_grid_names_do_not_overlap(sample) -> None:
    from mainstream_desktop.report.charts.base import Mirror
    from mainstream_desktop.report.charts.grid import point_labels

    points = figures.power_interest(sample)
    _, placed = point_labels(points, 34.0, 60.0, 88.0, 62.0, Mirror(WIDTH, False))
    assert len(placed) == len(points)
    assert overlaps([p.box for p in placed.values()]) == []


# --- coherence and coverage -----------------------------------------------------------

def test_incoherent_is_a_strong_colour_in_the_report(sample) -> None:
    d = coherence_chart(figures.coherence_by_sector(sample), WIDTH)
    red = colors.HexColor(figures.VERDICT_COLOURS["incoherent"])
    fills = [s.fillColor for s in shapes(d) if isinstance(s, Rect) and s.fillColor is not None]
    assert any(f == red for f in fills)  # in the bars and in the legend
    r, g, b = red.red, red.green, red.blue
    assert max(r, g, b) - min(r, g, b) > 0.5  # saturated, not a grey or white


def test_coverage_names_are_whole_none_is_in_the_legend_idle_sources_listed(sample) -> None:
    matrix = figures.coverage_matrix(sample)
    assert matrix.idle_sources  # the sample has sources that cover nothing
    d = coverage_heatmap(matrix, WIDTH)
    shown = texts(d)
    joined = " ".join(shown)
    for _, name in matrix.indicators:
        for word in name.split():
            assert word in joined, name
    assert not any(t.endswith("…") for t in shown if not _is_column_head(t, matrix))
    assert "None" in shown
    for _, name in matrix.idle_sources:
        assert name in joined


def _is_column_head(text: str, matrix: figures.CoverageMatrix) -> bool:
    return any(name.startswith(text.rstrip("…")) for _, name in matrix.sources)


# --- legends in every language --------------------------------------------------------

@pytest.mark.parametrize("lang", ["ar", "fr", "zh", "en"])
def test_legends_are_wrapped_never_cut(sample, lang: str) -> None:
    rtl = lang == "ar"
    with language(lang):
        net = figures.network(sample)
        entries = legend_entries(net)
        lines = legend_lines(entries, LEGEND_COLS, WIDTH - 4, rtl=rtl)
        col_text = (WIDTH - 4) / LEGEND_COLS - 20
        for (_, text), ls in zip(entries, lines, strict=True):
            assert "".join(ls).replace(" ", "") == text.replace(" ", "")
            assert all(shaped_width(line, 6.8, rtl=rtl) <= col_text + 0.01 for line in ls)
        d = network_chart(net, WIDTH, rtl=rtl)
        assert not any(t.endswith("…") for t in texts(d))
