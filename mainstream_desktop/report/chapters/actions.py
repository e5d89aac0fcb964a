"""Chapter "Action plan": the prioritised actions with who, when, how much."""

from __future__ import annotations

from collections import Counter, defaultdict

from reportlab.platypus import Flowable

from mainstream_desktop.core import enums, refdata
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.tables import Cell, Rich, data_table

_PRIORITY = {k: i for i, (k, _) in enumerate(enums.PRIORITY)}
_TIMEFRAME = {k: i for i, (k, _) in enumerate(enums.TIMEFRAME)}


def ordered(actions: list[dict]) -> list[dict]:
    """High priority first, then the shortest timeframe, then by title."""
    return sorted(
        actions,
        key=lambda a: (
            _PRIORITY.get(a["priority"], 9),
            _TIMEFRAME.get(a["timeframe"], 9),
            a["title"].casefold(),
        ),
    )


def build(ctx: Ctx) -> list[Flowable]:
    ws = ctx.ws
    out: list[Flowable] = ctx.heading(0, translate("Enum", dict(enums.STEPS)["actions"]))
    out.append(ctx.p(refdata.step_purpose("actions"), ctx.styles.lead))
    actions = ordered(ws.records("actions"))
    if not actions:
        return [*out, ctx.none_recorded()]
    out += ctx.heading(1, translate("Report", "Overview"))
    out.append(overview(ctx, actions))
    ctx.check_cancel()
    out += ctx.heading(1, translate("Report", "Prioritised actions"))
    cols = ["sector", "responsible", "timeframe", "priority"]
    codes = {r["id"]: r["code"] or r["name"] for r in ws.records("indicators")}
    rows: list[list[Cell]] = []
    for n, a in enumerate(actions, 1):
        cost = ""
        if a["cost"] is not None:
            cost = ctx.number(a["cost"]) + (f"\u00a0{a['currency']}" if a["currency"] else "")
        rows.append(
            [str(n), Rich(a["title"], a["description"] or ""),
             *(ctx.show("actions", a, c) for c in cols),
             cost, codes.get(a["indicator"], "") if a["indicator"] else ""]
        )
    out.append(
        data_table(
            ctx,
            ["#", ctx.label("actions", "title")]
            + [ctx.label("actions", c) for c in cols]
            + [ctx.label("actions", "cost"), ctx.label("actions", "indicator")],
            rows,
            numeric=[0, 6],
            wide=[1],
        )
    )
    return out


def overview(ctx: Ctx, actions: list[dict]) -> Flowable:
    """Counts and costs by priority and timeframe."""
    count: Counter[tuple[str, str]] = Counter()
    cost: dict[str, float] = defaultdict(float)
    for a in actions:
        count[(a["priority"] or "", a["timeframe"] or "")] += 1
        cost[a["priority"] or ""] += a["cost"] or 0
    headers = [ctx.label("actions", "priority")] + [
        translate("Enum", t) for _, t in enums.TIMEFRAME
    ]
    headers += [translate("Report", "Total"), translate("Report", "Estimated cost")]
    rows = []
    for key, text in [*enums.PRIORITY, ("", translate("Report", "Not set"))]:
        counts = [count[(key, tf)] for tf, _ in enums.TIMEFRAME]
        total = sum(count[(key, tf)] for tf in [*_TIMEFRAME, ""])
        if not total:
            continue
        rows.append(
            [translate("Enum", text) if key else text]
            + [ctx.number(c) for c in counts]
            + [ctx.number(total), ctx.number(cost[key]) if cost[key] else ""]
        )
    return data_table(ctx, headers, rows, numeric=[1, 2, 3, 4, 5])
