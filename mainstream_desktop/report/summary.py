"""The executive summary: what the data says, in sentences built from templates.

Each sentence is a translatable template filled with counts and names from the
workshop, so a translator can reorder it and the summary never drifts from the data.
Sentences whose data is missing are left out rather than printed with zeros.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from mainstream_desktop.core import figures, plan_analysis, refdata
from mainstream_desktop.core.completeness import completeness
from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from mainstream_desktop.report.chapters.actions import criteria_text, ordered, rating
from mainstream_desktop.report.chapters.financing import money
from mainstream_desktop.report.chapters.workshop import date_range
from mainstream_desktop.report.context import Ctx, plural
from mainstream_desktop.report.tables import data_table

TOP_PRIORITIES = 5
MAX_GAPS = 8


def build(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = ctx.heading(0, translate("Report", "Executive summary"), numbered=False)
    sentences = facts(ctx)
    out += [ctx.p(" ".join(sentences[:2]))] + [ctx.p(s) for s in sentences[2:]]
    out += ctx.heading(1, translate("Report", "Main gaps"), numbered=False)
    gap_list = gaps(ctx)
    out += (
        ctx.bullets(gap_list)
        if gap_list
        else [ctx.p(translate("Report", "The checks of every step are complete."))]
    )
    out += ctx.heading(1, translate("Report", "Top priorities"), numbered=False)
    # a dropped action is no priority any more
    top = ordered(plan_analysis.counted(ctx.ws.records("actions")))[:TOP_PRIORITIES]
    if top:
        out.append(ctx.p(criteria_text(), ctx.styles.small))
        rows = [
            [
                a["title"],
                ctx.show("actions", a, "responsible"),
                ctx.show("actions", a, "timeframe"),
                ctx.show("actions", a, "priority"),
                rating(a),
            ]
            for a in top
        ]
        out.append(
            data_table(
                ctx,
                [
                    ctx.label("actions", "title"),
                    ctx.label("actions", "responsible"),
                    ctx.label("actions", "timeframe"),
                    ctx.label("actions", "priority"),
                    translate("Report", "Impact / feasibility"),
                ],
                rows,
                numeric=[4],
                caption=translate("Report", "Top priorities"),
            )
        )
    else:
        out.append(ctx.p(translate("Report", "No actions have been recorded yet.")))
    return out


def facts(ctx: Ctx) -> list[str]:
    """One sentence per step, from the counts of its records."""
    ws = ctx.ws
    w = ws.workshop()
    n = ctx.number
    out = []
    country = refdata.country_in_sentence(refdata.workshop_country(w))
    when = date_range(ctx, w["start_date"], w["end_date"])
    people = ws.count("participants")
    if when and w["venue"]:
        out.append(
            translate(
                "Report", "The workshop “{title}” for {country} took place in {venue}, {dates}."
            ).format(title=w["title"], country=country, venue=w["venue"], dates=when)
        )
    else:
        out.append(
            translate(
                "Report", "This report presents the workshop “{title}” for {country}."
            ).format(title=w["title"], country=country)
        )
    if people:
        out.append(
            plural(
                people,
                QT_TRANSLATE_NOOP("Report", "{n} participant took part."),
                QT_TRANSLATE_NOOP("Report", "{n} participants took part."),
            ).format(n=n(people))
        )
    commitments = ws.records("commitments")
    if commitments:
        adopted = sum(c["status"] in ("adopted", "in_force") for c in commitments)
        # two sentences, each governed by its own count, so each takes its own plural
        recorded = plural(
            len(commitments),
            QT_TRANSLATE_NOOP("Report", "{n} political commitment was recorded."),
            QT_TRANSLATE_NOOP("Report", "{n} political commitments were recorded."),
        ).format(n=n(len(commitments)))
        in_force = plural(
            adopted,
            QT_TRANSLATE_NOOP("Report", "{n} of them is adopted or in force."),
            QT_TRANSLATE_NOOP("Report", "{n} of them are adopted or in force."),
        ).format(n=n(adopted)) if adopted else translate(
            "Report", "None of them is adopted or in force yet.")
        out.append(f"{recorded} {in_force}")
    stakeholders = ws.count("stakeholders")
    if stakeholders:
        points = figures.power_interest(ws)
        key = sum(figures.quadrant(p.influence, p.interest) == "manage_closely" for p in points)
        mapped = plural(
            stakeholders,
            QT_TRANSLATE_NOOP("Report", "{n} stakeholder was mapped."),
            QT_TRANSLATE_NOOP("Report", "{n} stakeholders were mapped."),
        ).format(n=n(stakeholders))
        closely = plural(
            key,
            QT_TRANSLATE_NOOP("Report", "{n} of them should be managed closely (high "
                                        "influence and high interest)."),
            QT_TRANSLATE_NOOP("Report", "{n} of them should be managed closely (high "
                                        "influence and high interest)."),
        ).format(n=n(key)) if key else ""
        out.append(f"{mapped} {closely}".strip())
    indicators = ws.count("indicators")
    if ws.count("data_sources") or indicators:
        matrix = figures.coverage_matrix(ws)
        uncovered = sum(matrix.best_level(i) in ("none", "planned") for i, _ in matrix.indicators)
        out.append(
            translate(
                "Report",
                "{sources} data sources and {indicators} indicators were "
                "inventoried; {uncovered} indicators have no data source "
                "that covers them yet.",
            ).format(
                sources=n(ws.count("data_sources")),
                indicators=n(indicators),
                uncovered=n(uncovered),
            )
        )
    out += _sector_sentence(ctx)
    actions = plan_analysis.counted(ws.records("actions"))  # dropped ones are no longer planned
    if actions:
        high = sum(a["priority"] == "high" for a in actions)
        cost_text = _costs(ctx, actions)
        out.append(
            plural(
                len(actions),
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The action plan holds {n} action, {high} of high priority, with an "
                    "estimated cost of {cost}.",
                ),
                QT_TRANSLATE_NOOP(
                    "Report",
                    "The action plan holds {n} actions, {high} of high priority, with an "
                    "estimated total cost of {cost}.",
                ),
            ).format(n=n(len(actions)), high=n(high), cost=cost_text)
        )
        short = [t for t in plan_analysis.currency_totals(actions) if t.currency and t.gap]
        if short:
            out.append(translate("Report", "Funding still to be found: {gaps}.").format(
                gaps=ctx.names([translate("Report", "{gap} of {cost}").format(
                    gap=money(ctx, t.gap, t.currency), cost=money(ctx, t.cost, t.currency))
                    for t in short])))
    return out


def _costs(ctx: Ctx, actions: list[dict]) -> str:
    """The estimated costs, one total per currency ("USD 1,200,000 and EUR 300,000"):
    amounts in different currencies are never added up."""
    # the currency text normalised as the Financing section does ("US$", "dollars": USD)
    totals = {t.currency: t.cost for t in plan_analysis.currency_totals(actions)}
    parts = [money(ctx, total, code) if code else translate(
        "Report", "{amount} in a currency not stated").format(amount=ctx.number(total))
        for code, total in sorted(totals.items(), key=lambda kv: (not kv[0], -kv[1]))]
    return ctx.names(parts) if parts else ctx.number(0)


def _sector_sentence(ctx: Ctx) -> list[str]:
    scored = [c for c in figures.coherence_by_sector(ctx.ws) if c.score is not None]
    if not scored:
        return []
    mean = sum(c.score for c in scored if c.score is not None) / len(scored)
    lowest = min(c.score or 0 for c in scored)
    low = sorted(c.label for c in scored if c.score == lowest)  # every one of a tie
    return [
        plural(
            len(low),
            QT_TRANSLATE_NOOP("Report", "{n} sectors were reviewed, with an average policy "
                                        "coherence of {mean} out of 5; the least coherent is "
                                        "{sectors} ({score})."),
            QT_TRANSLATE_NOOP("Report", "{n} sectors were reviewed, with an average policy "
                                        "coherence of {mean} out of 5; the least coherent, at "
                                        "{score}, are {sectors}."),
        ).format(
            n=ctx.number(len(scored)),
            mean=ctx.number(mean, 1),
            sectors=ctx.names(low),
            score=ctx.number(lowest, 1),
        )
    ]


def gaps(ctx: Ctx) -> list[str]:
    """What the data shows is missing, then the unmet checks of every step."""
    from mainstream_desktop.core import enums

    ws = ctx.ws
    out = []
    readiness = ws.records("readiness")
    missing = sum(r["status"] == "no" for r in readiness)
    if missing:
        out.append(
            translate("Report", "{n} of the {total} readiness conditions are not in place.").format(
                n=ctx.number(missing), total=ctx.number(len(readiness))
            )
        )
    weak = [c for c in figures.coherence_by_sector(ws) if c.score is not None and c.score <= 2]
    if weak:
        names = ctx.names([c.label for c in weak[:4]]) + (" …" if len(weak) > 4 else "")
        out.append(
            translate(
                "Report",
                "Policies are weakly coherent with migration goals (score 2 "
                "or less) in {n} sectors: {names}.",
            ).format(n=ctx.number(len(weak)), names=names)
        )
    found = plan_analysis.gaps(ws)
    alone = len(plan_analysis.unanswered(found))
    if alone:
        out.append(translate(
            "Report", "{n} of the {total} gaps found have no action in the plan yet.").format(
            n=ctx.number(alone), total=ctx.number(len(found))))
    steps = dict(enums.STEPS)
    for step, state in completeness(ws).items():
        for item in state.gaps:
            if len(item) > 1 and item[1].islower() and ctx.language.split("_")[0] in (
                    "en", "fr", "es", "pt"):
                item = item[0].lower() + item[1:]  # "Action plan: some actions have…"
            out.append(
                translate("Report", "{step}: {gap}.").format(
                    step=translate("Enum", steps[step]), gap=item
                )
            )
    return out[:MAX_GAPS] + (
        [translate("Report", "… and {n} more.").format(n=len(out) - MAX_GAPS)]
        if len(out) > MAX_GAPS
        else []
    )
