"""Funded and unfunded cost of the action plan: one stacked bar per sector, per currency.

The data comes from :func:`core.plan_analysis.funding_rows`. Each currency is a panel of
its own with its own scale — bars in US dollars and in euros are never measured against
each other. The secured part is dark and the unfunded part white with an outline, and
both amounts are printed, so the chart reads in black-and-white print.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Drawing, Line, Rect

from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.plan_analysis import FundingRow
from mainstream_desktop.report.charts.base import (
    Legend,
    Mirror,
    label,
    new_drawing,
    swatch,
)
from mainstream_desktop.report.styles import GRID, MUTED, NAVY, SERIES, WHITE

MAX_ROWS = 36  # a chart must fit on a page; the tables beside it hold every row
ROW = 15.0
HEAD = 18.0


def funding_chart(rows: list[FundingRow], width: float, currency_label: Callable[[str], str],
                  number: Callable[[float], str], *, rtl: bool = False) -> Drawing:
    """Stacked bars of ``rows`` (at most :data:`MAX_ROWS`); ``currency_label(key)`` names a
    currency and ``number(value)`` writes an amount as the report's language does."""
    shown = rows[:MAX_ROWS]
    groups: list[str] = []
    for r in shown:
        if r.currency not in groups:
            groups.append(r.currency)
    key = Legend([(swatch(SERIES[1]), translate("Report", "Secured")),
                  (swatch(WHITE), translate("Report", "Not yet funded"))], 2, width, rtl=rtl)
    legend_h = key.height + 8
    more = len(rows) - len(shown)
    height = HEAD * len(groups) + ROW * len(shown) + legend_h + (12 if more else 0) + 4
    d = new_drawing(width, height)
    m = Mirror(width, rtl)
    label_w = min(width * 0.36, 190.0)
    amount_w = 118.0
    bar_x = label_w + 8
    bar_w = width - bar_x - amount_w - 6
    y = height
    for currency in groups:
        members = [r for r in shown if r.currency == currency]
        scale = max((r.cost for r in members), default=0) or 1.0
        y -= HEAD
        cost = sum(r.cost for r in members)
        secured = sum(r.secured for r in members)
        head = translate("Report", "{currency}: {secured} of {cost} secured").format(
            currency=currency_label(currency), secured=number(secured), cost=number(cost))
        d.add(label(m.x(0), y + 5, head, 8, anchor=m.anchor("start"), bold=True, fill=NAVY,
                    rtl=rtl, width=width))
        d.add(Line(m.x(bar_x), y + 2, m.x(bar_x), y + 2 - ROW * len(members),
                   strokeColor=GRID, strokeWidth=0.8))
        for r in members:
            y -= ROW
            name = r.label or translate("Report", "No sector")
            d.add(label(m.x(label_w), y + 5, name, 7, anchor=m.anchor("end"), rtl=rtl,
                        width=label_w))
            full = bar_w * r.cost / scale
            part = bar_w * r.secured / scale
            d.add(Rect(m.box(bar_x, full), y + 2.5, full, ROW - 5, fillColor=WHITE,
                       strokeColor=NAVY, strokeWidth=0.5))
            if part > 0:
                d.add(Rect(m.box(bar_x, part), y + 2.5, part, ROW - 5, fillColor=SERIES[1],
                           strokeColor=NAVY, strokeWidth=0.5))
            text = f"{number(r.secured)} / {number(r.cost)}"
            d.add(label(m.x(bar_x + full + 4), y + 5, text, 6.8, anchor=m.anchor("start"),
                        fill=MUTED))
    if more:
        y -= 12
        d.add(label(m.x(0), y + 3, translate("Report", "… and {n} more.").format(n=more), 7,
                    anchor=m.anchor("start"), fill=MUTED, rtl=rtl))
    key.draw(d, 0, legend_h - 2)
    return d
