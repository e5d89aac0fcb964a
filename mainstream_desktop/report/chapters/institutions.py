"""Chapter "Institutional mapping": stakeholders, power–interest grid, network."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable

from mainstream_desktop.core import enums, figures, gap_analysis, refdata
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.charts import network_chart, power_interest_chart
from mainstream_desktop.report.charts.grid import POINT_LIMIT
from mainstream_desktop.report.charts.network import LABEL_LIMIT, LABEL_TOP, SUMMARY_LIMIT
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.tables import data_table

LIST_CAP = 12  # names or groups in one table cell


def build(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = ctx.heading(0, translate("Enum", dict(enums.STEPS)["institutions"]))
    out.append(ctx.p(refdata.step_purpose("institutions"), ctx.styles.lead))
    out += stakeholders(ctx)
    ctx.check_cancel()
    out += grid(ctx)
    ctx.check_cancel()
    out += network(ctx)
    ctx.check_cancel()
    out += gaps_and_overlaps(ctx)
    out += mandates(ctx)
    return out


def _name(rec: dict) -> str:
    return f"{rec['name']} ({rec['acronym']})" if rec["acronym"] else rec["name"]


def stakeholders(ctx: Ctx) -> list[Flowable]:
    out = ctx.heading(1, translate("Register", "Stakeholders"))
    recs = ctx.ws.records("stakeholders")
    cols = ["type", "level", "influence", "interest", "stance", "engagement_role"]
    rows = [[_name(r)] + [ctx.show("stakeholders", r, c) for c in cols] for r in recs]
    out.append(
        data_table(
            ctx,
            [ctx.label("stakeholders", "name")] + [ctx.label("stakeholders", c) for c in cols],
            rows,
            numeric=[3, 4],
            wide=[0],
            bold_first=True,
            caption=translate("Register", "Stakeholders"),
        )
    )
    return out


def grid(ctx: Ctx) -> list[Flowable]:
    out = ctx.heading(1, translate("Report", "Power–interest grid"))
    points = figures.power_interest(ctx.ws)
    if not points:
        return [
            *out,
            ctx.p(
                translate(
                    "Report", "No stakeholder has been rated for influence and interest yet."
                ),
                ctx.styles.small,
            ),
        ]
    drawing = power_interest_chart(
        points,
        ctx.frame_width,
        rtl=ctx.rtl,
        influence=ctx.label("stakeholders", "influence"),
        interest=ctx.label("stakeholders", "interest"),
    )
    if len(points) > POINT_LIMIT:
        caption = translate(
            "Report",
            "Number of stakeholders in each cell of the grid ({n} rated); "
            "the table above names them all.",
        ).format(n=ctx.number(len(points)))
    else:
        caption = translate(
            "Report",
            "Stakeholders by influence and interest ({n} rated). Marker "
            "shape shows the kind of body.",
        ).format(n=ctx.number(len(points)))
    out.append(ctx.figure(drawing, caption))
    counts = Counter(figures.quadrant(p.influence, p.interest) for p in points)
    rows = [[figures.quadrant_label(key), ctx.number(counts[key])]
            for key, _ in figures.QUADRANTS]
    out.append(
        data_table(
            ctx,
            [translate("Report", "Engagement quadrant"), translate("Report", "Stakeholders")],
            rows,
            numeric=[1],
            caption=translate("Report", "Stakeholders by engagement quadrant"),
        )
    )
    return out


def network(ctx: Ctx) -> list[Flowable]:
    out = ctx.heading(1, translate("Report", "Relations between stakeholders"))
    ws = ctx.ws
    net = figures.network(ws)
    if not net.edges:
        return [
            *out,
            ctx.p(
                translate("Report", "No relations between stakeholders were recorded."),
                ctx.styles.small,
            ),
        ]
    drawing = network_chart(net, ctx.frame_width, rtl=ctx.rtl)
    if len(net.nodes) > SUMMARY_LIMIT:
        caption = translate(
            "Report",
            "{n} stakeholders and {m} relations, summarised by kind of "
            "body: circle size and number show how many bodies, line "
            "weight and number how many relations.",
        ).format(n=ctx.number(len(net.nodes)), m=ctx.number(len(net.edges)))
    elif len(net.nodes) > LABEL_LIMIT:
        caption = translate(
            "Report",
            "Network of {n} stakeholders and {m} relations; only the {top} "
            "most connected are named.",
        ).format(n=ctx.number(len(net.nodes)), m=ctx.number(len(net.edges)), top=LABEL_TOP)
    else:
        caption = translate(
            "Report",
            "Network of {n} stakeholders and {m} relations. Marker size "
            "shows influence; line style shows the kind of relation.",
        ).format(n=ctx.number(len(net.nodes)), m=ctx.number(len(net.edges)))
    out.append(ctx.figure(drawing, caption))
    rows = [
        [
            ctx.show("links", r, "source"),
            ctx.show("links", r, "kind"),
            ctx.show("links", r, "target"),
            r["strength"] or "",
        ]
        for r in ws.records("links")
    ]
    out.append(
        data_table(
            ctx,
            [ctx.label("links", f) for f in ("source", "kind", "target", "strength")],
            rows,
            numeric=[3],
            caption=translate("Report", "Relations between stakeholders"),
        )
    )
    return out


def gaps_and_overlaps(ctx: Ctx) -> list[Flowable]:
    """The findings of the mapping: tensions, areas no public body has in its mandate,
    areas several unconnected government bodies claim, and the gaps the group noted."""
    ws = ctx.ws
    out = ctx.heading(1, translate("Report", "Gaps and overlaps"))

    def who(record_id: str | None) -> str:
        return ws.title_of("stakeholders", record_id)

    def sector(key: str) -> str:
        return refdata.label("sectors", key)

    def capped(items: list[str]) -> list[str]:
        """At most LIST_CAP items and how many more: a large workshop's cell would
        otherwise outgrow a page (a table row cannot)."""
        if len(items) <= LIST_CAP:
            return items
        return [*items[:LIST_CAP], translate("Report", "… and {n} more.").format(
            n=ctx.number(len(items) - LIST_CAP))]

    out += ctx.subhead(translate("Report", "Tensions and overlaps between stakeholders"))
    rows = [[who(t.source), who(t.target), t.note] for t in gap_analysis.tensions(ws)]
    out.append(data_table(ctx, [translate("Report", "Who"), translate("Report", "With whom"),
                                ctx.label("links", "notes")], rows, wide=[2],
                          caption=translate("Report",
                                            "Tensions and overlaps between stakeholders")))

    out += ctx.subhead(translate("Report", "Areas with no public mandate"))
    gaps = gap_analysis.missing_mandates(ws)
    if gaps:
        out.append(ctx.p(translate(
            "Report", "Finding: no government body lists these reviewed sectors among its "
            "thematic areas.")))
        rows = [[sector(g.sector), who(g.lead),
                 ctx.join(capped([who(i) for i in g.others]), strong=True)
                 or translate("Report", "Nobody")] for g in gaps]
        out.append(data_table(ctx, [ctx.label("sectors", "sector"), ctx.label("sectors", "lead"),
                                    translate("Report", "Covered only by")], rows, wide=[2],
                              caption=translate("Report", "Areas with no public mandate")))
    else:
        out.append(ctx.p(translate("Report", "Every reviewed sector is in the mandate of at "
                                   "least one government body."), ctx.styles.small))

    out += ctx.subhead(translate("Report", "Possible overlaps"))
    overlaps = gap_analysis.overlaps(ws)
    if overlaps:
        out.append(ctx.p(translate(
            "Report", "Finding: several government bodies of the same level claim these "
            "areas, and no coordinating link, parent body or working coordination mechanism "
            "ties each group to the others.")))
        rows = [[sector(o.sector),
                 "\n".join(capped(["• " + ctx.join(capped([who(i) for i in group]), strong=True)
                                    for group in o.groups]))]
                for o in overlaps]
        out.append(data_table(ctx, [ctx.label("sectors", "sector"),
                                    translate("Report", "Groups of bodies not linked to each "
                                              "other")], rows, wide=[1],
                              caption=translate("Report", "Possible overlaps")))
    else:
        out.append(ctx.p(translate("Report", "No area is claimed by government bodies without "
                                   "a coordinating link between them."), ctx.styles.small))

    out += ctx.subhead(translate("Report", "Gaps noted by the group"))
    rows = [[who(i), text] for i, text in gap_analysis.stakeholder_gaps(ws)]
    out.append(data_table(ctx, [ctx.label("stakeholders", "name"),
                                ctx.label("stakeholders", "gaps")], rows, wide=[1],
                          caption=translate("Report", "Gaps noted by the group")))
    return out


def mandates(ctx: Ctx) -> list[Flowable]:
    """Each stakeholder's mandate as recorded (its gaps are findings, listed above)."""
    recs = [r for r in ctx.ws.records("stakeholders") if r["mandate"]]
    out = ctx.heading(1, translate("Report", "Mandates"))
    if not recs:
        return [*out, ctx.none_recorded()]
    for r in recs:
        out += ctx.subhead(_name(r))
        out.append(ctx.p(r["mandate"]))
    return out
