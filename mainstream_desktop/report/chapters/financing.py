"""The action plan's "Financing" section: what the plan costs, what is secured, what is
missing, per currency — the page a ministry takes to a donor round table.

Every figure comes from :mod:`core.plan_analysis`; amounts in different currencies are
never added together, and the gap is said in a sentence, not left for the reader to
subtract.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from mainstream_desktop.core import plan_analysis as pa
from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from mainstream_desktop.report.charts.funding import funding_chart
from mainstream_desktop.report.context import Ctx, plural
from mainstream_desktop.report.tables import Cell, data_table


def currency_label(key: str) -> str:
    return key or translate("Report", "Currency not stated")


def money(ctx: Ctx, value: float, currency: str) -> str:
    """An amount after its currency code ("USD 120,000", as the summary writes it); no
    code when none was stated. The no-break space keeps the two on one line."""
    return (f"{currency}\u00a0" if currency else "") + ctx.number(value)


def percent(ctx: Ctx, share: float) -> str:
    """A share as the report's language writes a percentage ("42%", "42 %", "%42")."""
    from mainstream_desktop.core.evidence import format_quantity

    value = share * 100
    return format_quantity(round(value, 1 if 0 < value < 1 else 0), "%", ctx.cldr_locale)


def build(ctx: Ctx, actions: list[dict]) -> list[Flowable]:
    out: list[Flowable] = ctx.heading(1, translate("Report", "Financing"))
    totals = pa.currency_totals(actions)
    out += [ctx.p(s) for s in gap_sentences(ctx, totals, actions)]
    if not totals:
        return out
    out.append(totals_table(ctx, totals))
    ctx.check_cancel()
    sectors = {r["id"]: ctx.show("sectors", r, "sector") for r in ctx.ws.records("sectors")}
    rows = pa.funding_rows(actions, sectors)
    out.append(ctx.figure(
        funding_chart(rows, ctx.frame_width, currency_label, ctx.number, rtl=ctx.rtl),
        translate("Report", "Secured and unfunded cost by sector. Each currency has its own "
                            "scale; amounts in different currencies are never added.")))
    currencies = [t.currency for t in totals]
    out += by_sector(ctx, actions, sectors, currencies)
    out += by_year(ctx, actions, currencies)
    out += partners(ctx, actions)
    return out


def gap_sentences(ctx: Ctx, totals: list[pa.CurrencyTotal], actions: list[dict]) -> list[str]:
    """The gap said plainly, one sentence per currency, then what is not counted."""
    out = []
    if len([t for t in totals if t.currency]) > 1:
        out.append(translate(
            "Report", "The plan is costed in several currencies. Amounts in different "
                      "currencies are not added together: each has its own total."))
    for t in totals:
        if not t.currency:
            continue
        out.append(translate(
            "Report", "In {currency}: the actions cost {cost}; {secured} ({share}) is "
                      "secured, and {gap} remains to be found.").format(
            currency=t.currency, cost=money(ctx, t.cost, t.currency),
            secured=money(ctx, t.secured, t.currency), share=percent(ctx, t.share_secured),
            gap=money(ctx, t.gap, t.currency)))
    stated = next((t for t in totals if not t.currency), None)
    if stated is not None:
        out.append(plural(
            stated.actions,
            QT_TRANSLATE_NOOP("Report", "{n} action has a cost of {cost} with no currency "
                                        "stated; it is counted apart."),
            QT_TRANSLATE_NOOP("Report", "{n} actions have costs of {cost} in total with no "
                                        "currency stated; they are counted apart."),
        ).format(n=ctx.number(stated.actions), cost=ctx.number(stated.cost)))
    dropped = [a for a in actions if pa.is_dropped(a)]
    if dropped:
        out.append(plural(
            len(dropped),
            QT_TRANSLATE_NOOP("Report", "{n} dropped action is not counted in any amount, "
                                        "table or chart of this section: {titles}."),
            QT_TRANSLATE_NOOP("Report", "{n} dropped actions are not counted in any amount, "
                                        "table or chart of this section: {titles}."),
        ).format(n=ctx.number(len(dropped)),
                 titles=ctx.join((a["title"] for a in dropped), strong=True)))
    missing = len(pa.uncosted(actions))
    if missing:
        out.append(plural(
            missing,
            QT_TRANSLATE_NOOP("Report", "{n} action has no cost estimate yet."),
            QT_TRANSLATE_NOOP("Report", "{n} actions have no cost estimate yet."),
        ).format(n=ctx.number(missing)))
    return out


def totals_table(ctx: Ctx, totals: list[pa.CurrencyTotal]) -> Flowable:
    rows: list[list[Cell]] = [
        [currency_label(t.currency), ctx.number(t.actions), ctx.number(t.cost),
         ctx.number(t.secured), ctx.number(t.gap), percent(ctx, t.share_secured)]
        for t in totals
    ]
    return data_table(ctx, [translate("Report", "Currency"), translate("Report", "Actions"),
                            translate("Report", "Estimated cost"), ctx.label("actions",
                                                                             "amount_secured"),
                            translate("Report", "Funding gap"),
                            translate("Report", "Share secured")],
                      rows, numeric=[1, 2, 3, 4, 5], bold_first=True,
                      caption=translate("Report", "Estimated cost and funding by currency"))


def by_sector(ctx: Ctx, actions: list[dict], sectors: dict[str, str],
              currencies: list[str]) -> list[Flowable]:
    out = ctx.heading(2, translate("Report", "Cost by sector"))
    costs = pa.cost_by(actions, "sector")
    keys = sorted(costs, key=lambda k: (k is None or k not in sectors,
                                        sectors.get(k or "", "").casefold()))
    rows: list[list[Cell]] = []
    for k in keys:
        name = sectors.get(k or "", "") or translate("Report", "No sector")
        row: list[Cell] = [name]
        row += [ctx.number(costs[k][c]) if costs[k].get(c) else "" for c in currencies]
        rows.append(row)
    out.append(data_table(ctx, [ctx.label("actions", "sector")]
                          + [currency_label(c) for c in currencies], rows,
                          numeric=list(range(1, len(currencies) + 1)),
                          caption=translate("Report", "Cost by sector")))
    return out


def by_year(ctx: Ctx, actions: list[dict], currencies: list[str]) -> list[Flowable]:
    out = ctx.heading(2, translate("Report", "Cost by year"))
    spread = pa.spread_by_year(actions)
    if spread.years:
        shown = [c for c in currencies if c in spread.by_year]
        rows: list[list[Cell]] = []
        for y in spread.years:
            row: list[Cell] = [str(y)]
            row += [ctx.number(spread.by_year[c][y]) if spread.by_year[c].get(y) else ""
                    for c in shown]
            rows.append(row)
        out.append(data_table(ctx, [translate("Report", "Year")]
                              + [currency_label(c) for c in shown], rows,
                              numeric=list(range(0, len(shown) + 1)),
                              caption=translate("Report", "Cost by year"),
                              notes=[translate(
                                  "Report", "Each action's cost is spread evenly over its "
                                            "years, from its start year to its end year, "
                                            "both included.")]))
    if spread.undated:
        out.append(ctx.p(plural(
            len(spread.undated),
            QT_TRANSLATE_NOOP("Report", "{n} costed action has no start or end year and is "
                                        "not in this table: {titles}."),
            QT_TRANSLATE_NOOP("Report", "{n} costed actions have no start or end year and are "
                                        "not in this table: {titles}."),
        ).format(n=ctx.number(len(spread.undated)),
                 titles=ctx.join((a["title"] for a in spread.undated), strong=True))))
    return out


def partners(ctx: Ctx, actions: list[dict]) -> list[Flowable]:
    """Amounts secured per funding partner, with the "Funds" relations of the mapping."""
    out = ctx.heading(2, translate("Report", "Partner commitments"))
    ws = ctx.ws
    live = set(ws.titles("stakeholders"))
    found = pa.partner_commitments(actions, ws.records("links"), live)
    if not found:
        return [*out, ctx.none_recorded()]
    rows: list[list[Cell]] = []
    for p in found:
        name = ws.title_of("stakeholders", p.partner) if p.partner else translate(
            "Report", "No funding partner named")
        secured = ctx.join((money(ctx, v, c) for c, v in p.secured.items()), strong=True)
        funded = ""
        if p.funded:
            funded = f"{ctx.number(len(p.funded))}: " + ctx.join(
                ws.title_of("stakeholders", s) for s in p.funded)
        rows.append([name, secured, ctx.number(p.actions) if p.actions else "", funded])
    out.append(data_table(ctx, [ctx.label("actions", "funding_partner"),
                                ctx.label("actions", "amount_secured"),
                                translate("Report", "Actions"),
                                translate("Report", "Bodies it funds (“Funds” relations)")],
                          rows, numeric=[2], bold_first=True,
                          caption=translate("Report", "Partner commitments"),
                          notes=[translate(
                              "Report", "Amounts are added up per currency only. The bodies "
                                        "a partner funds come from the relations recorded in "
                                        "the institutional mapping.")]))
    return out
