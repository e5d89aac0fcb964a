"""Policy coherence by sector: the assessed score (1–5) and how each policy was judged.

The data comes from :func:`core.figures.coherence_by_sector`. Scores are bars with the
value printed at their end; policy judgements are stacked segments (dark, light, a strong
red for incoherent, pale) with their counts printed inside, so nothing depends on hue.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors

from mainstream_desktop.core import enums
from mainstream_desktop.core.figures import VERDICT_COLOURS, SectorCoherence
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.charts.base import (
    Legend,
    Mirror,
    label,
    new_drawing,
    swatch,
)
from mainstream_desktop.report.styles import GRID, MUTED, NAVY, SERIES, WHITE

# Dark, light, strong red, pale: apart in colour and in grey-scale print alike; the red
# (core.figures.VERDICT_COLOURS, the window's too) is what a reader must not miss.
INCOHERENT = colors.HexColor(VERDICT_COLOURS["incoherent"])
_POLICY = (("coherent", SERIES[0], WHITE), ("partly", SERIES[2], NAVY),
           ("incoherent", INCOHERENT, WHITE), ("unknown", SERIES[3], NAVY))


def _fmt(score: float) -> str:
    return f"{score:.1f}".rstrip("0").rstrip(".")


def coherence_chart(sectors: list[SectorCoherence], width: float, *,
                    rtl: bool = False) -> Drawing:
    """Score bars (left panel) and policy judgements (right panel), one row per sector;
    mirrored in a right-to-left report (sector names on the right, bars growing left)."""
    row = 17.0
    label_w = min(width * 0.4, 200.0)
    gap = 14.0
    score_w = (width - label_w - gap * 2) * 0.56
    pol_w = width - label_w - gap * 2 - score_w
    labels = dict(enums.COHERENCE)
    guide = Legend([(swatch(fill), translate("Enum", labels[k])) for k, fill, _ in _POLICY],
                   2, width - label_w - gap, rtl=rtl)
    legend_h = guide.height + 6
    head = 22.0
    height = head + row * len(sectors) + 14 + legend_h
    d = new_drawing(width, height)
    m = Mirror(width, rtl)
    start = m.anchor("start")
    sx = label_w + gap
    px = sx + score_w + gap
    top = height - head
    d.add(label(m.x(sx), top + 8, translate("Report", "Coherence score (1–5)"), 7.5,
                anchor=start, bold=True, fill=NAVY, rtl=rtl, width=score_w))
    d.add(label(m.x(px), top + 8, translate("Report", "Policies in force"), 7.5, anchor=start,
                bold=True, fill=NAVY, rtl=rtl, width=pol_w))
    bottom = top - row * len(sectors)
    for v in range(0, 6):
        x = sx + score_w * v / 5
        d.add(Line(m.x(x), bottom, m.x(x), top, strokeColor=GRID,
                   strokeWidth=0.3 if v else 0.8))
        d.add(label(m.x(x), bottom - 9, str(v), 6.8, anchor="middle", fill=MUTED))
    most = max((s.policies for s in sectors), default=0) or 1
    for r, s in enumerate(sectors):
        y = top - (r + 1) * row
        d.add(label(m.x(label_w), y + 5.5, s.label, 7, anchor=m.anchor("end"), rtl=rtl,
                    width=label_w))
        if s.score is None:
            d.add(label(m.x(sx + 4), y + 5.5, translate("Report", "not assessed"), 6.8,
                        anchor=start, fill=MUTED, rtl=rtl))
        else:
            w = score_w * s.score / 5
            d.add(Rect(m.box(sx, w), y + 3, w, row - 6, fillColor=SERIES[1], strokeColor=NAVY,
                       strokeWidth=0.5))
            d.add(label(m.x(sx + w + 3), y + 5.5, _fmt(s.score), 7, anchor=start, bold=True,
                        fill=NAVY))
        x = px
        unit = pol_w / most
        for key, fill, ink in _POLICY:
            n = getattr(s, key) if key != "unknown" else (
                s.policies - s.coherent - s.partly - s.incoherent)
            if not n:
                continue
            d.add(Rect(m.box(x, unit * n), y + 3, unit * n, row - 6, fillColor=fill,
                       strokeColor=NAVY, strokeWidth=0.5))
            if unit * n >= 9:
                d.add(label(m.x(x + unit * n / 2), y + 5.5, str(n), 6.8, anchor="middle",
                            fill=ink, bold=True))
            x += unit * n
        if not s.policies:
            d.add(label(m.x(px + 2), y + 5.5, "–", 7, anchor=start, fill=MUTED))
    guide.draw(d, m.box(sx, width - sx), legend_h)
    return d


def score_gauge(score: float | None, width: float = 110.0, *, rtl: bool = False) -> Drawing:
    """Five boxes filled up to ``score``: a compact coherence score beside a sector
    (filled from the right, the score on the left, in a right-to-left report)."""
    d = new_drawing(width, 12)
    m = Mirror(width, rtl)
    box = (width - 32) / 5
    for i in range(5):
        x = i * box
        d.add(Rect(m.box(x + 0.5, box - 1), 1, box - 1, 9, fillColor=WHITE, strokeColor=NAVY,
                   strokeWidth=0.5))
        if score is not None:
            part = max(0.0, min(1.0, score - i))
            if part:
                d.add(Rect(m.box(x + 0.5, (box - 1) * part), 1, (box - 1) * part, 9,
                           fillColor=SERIES[1], strokeColor=None))
    text = _fmt(score) + " / 5" if score is not None else "–"
    d.add(label(m.x(5 * box + 4), 2.5, text, 7.5, anchor=m.anchor("start"), bold=True,
                fill=NAVY))
    return d
