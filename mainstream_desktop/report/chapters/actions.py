"""Chapter "Action plan": the prioritised actions with who, when, how much."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable

from mainstream_desktop.core import enums, plan_analysis, refdata
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.chapters import financing, follow_up
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.tables import Cell, Rich, data_table

_PRIORITY = {k: i for i, (k, _) in enumerate(enums.PRIORITY)}
_TIMEFRAME = {k: i for i, (k, _) in enumerate(enums.TIMEFRAME)}


def ordered(actions: list[dict]) -> list[dict]:
    """The stated order of priority (:func:`core.plan_analysis.rank_key`): priority, then
    expected impact, then feasibility — never the alphabet before those."""
    return plan_analysis.ranked(actions)


def criteria_text() -> str:
    """How the plan is ranked, said in the report wherever an order of priority is shown."""
    return translate(
        "Report", "Actions are ranked by priority (high, medium, low); actions of equal "
                  "priority by expected impact (5 = transformative first), then by feasibility "
                  "(5 = ready to start first); then by the shorter timeframe.")


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
    out += prioritised(ctx, actions)
    ctx.check_cancel()
    out += financing.build(ctx, actions)
    ctx.check_cancel()
    out += follow_up.monitoring(ctx, actions)
    out += follow_up.calendar(ctx)
    ctx.check_cancel()
    out += follow_up.traceability(ctx, actions)
    return out


def rating(a: dict) -> str:
    """Expected impact and feasibility as "4 / 5" (a dash for an unrated one)."""
    if a["impact"] is None and a["feasibility"] is None:
        return ""
    return " / ".join("–" if v is None else str(v) for v in (a["impact"], a["feasibility"]))


def prioritised(ctx: Ctx, actions: list[dict]) -> list[Flowable]:
    out = ctx.heading(1, translate("Report", "Prioritised actions"))
    out.append(ctx.p(criteria_text(), ctx.styles.small))
    cols = ["sector", "responsible", "timeframe", "priority"]
    rows: list[list[Cell]] = []
    for n, a in enumerate(actions, 1):
        cost = ""
        if a["cost"] is not None:
            cost = financing.money(ctx, a["cost"], plan_analysis.currency_key(a["currency"]))
        rows.append(
            [str(n), Rich(a["title"], a["description"] or ""),
             *(ctx.show("actions", a, c) for c in cols),
             rating(a), cost]
        )
    out.append(
        data_table(
            ctx,
            ["#", ctx.label("actions", "title")]
            + [ctx.label("actions", c) for c in cols]
            + [translate("Report", "Impact / feasibility"), ctx.label("actions", "cost")],
            rows,
            numeric=[0, 6, 7],
            wide=[1],
            caption=translate("Report", "Prioritised actions"),
        )
    )
    return out


def overview(ctx: Ctx, actions: list[dict]) -> Flowable:
    """Counts by priority and timeframe, and the cost of each priority per currency."""
    count: Counter[tuple[str, str]] = Counter()
    for a in actions:
        count[(a["priority"] or "", a["timeframe"] or "")] += 1
    # never one sum across currencies: one amount per currency in the cell
    costs = plan_analysis.cost_by(
        [{**a, "priority": a["priority"] or ""} for a in actions], "priority")
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
            + [ctx.number(total), ctx.join(
                (financing.money(ctx, v, c) for c, v in sorted(
                    costs.get(key, {}).items(), key=lambda cv: (cv[0] == "", cv[0]))),
                strong=True)]
        )
    return data_table(ctx, headers, rows, numeric=[1, 2, 3, 4, 5],
                      caption=translate("Report", "Actions by priority and timeframe"))
