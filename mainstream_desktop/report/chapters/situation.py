"""Chapter "The migration situation": the evidence the method starts from.

Key figures (the latest total of every indicator, by topic), their trends, their
breakdowns, and what is missing: indicators with no value, values more than five years
older than the workshop, disaggregations asked for and not recorded. The figures are
computed by :mod:`core.evidence`; this module only lays them out.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from mainstream_desktop.core import enums, refdata
from mainstream_desktop.core.evidence import (
    STALE_YEARS,
    TREND_YEARS,
    Evidence,
    IndicatorEvidence,
    Point,
    evidence,
    format_number,
    format_quantity,
)
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.charts.trend import COLUMNS, ROWS, trend_grid
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.tables import data_table


def build(ctx: Ctx) -> list[Flowable]:
    ev = evidence(ctx.ws)
    out: list[Flowable] = ctx.heading(0, translate("Report", "The migration situation"))
    country = refdata.country_in_sentence(
        refdata.workshop_country(ctx.ws.workshop()))
    out.append(ctx.p(translate(
        "Report",
        "What the figures gathered by the working group say about migration in {country}: "
        "the latest value of each indicator, how it has changed, how it breaks down, and "
        "what is still missing.").format(country=country), ctx.styles.lead))
    if ev.indicators:
        out.append(ctx.p(translate(
            "Report",
            "{with_values} of {indicators} indicators have recorded values ({values} values "
            "in all); {trends} have values in at least {years} years.").format(
                with_values=ctx.number(len(ev.with_values)),
                indicators=ctx.number(len(ev.indicators)), values=ctx.number(ev.values),
                trends=ctx.number(len(ev.trends)), years=TREND_YEARS)))
    out += key_figures(ctx, ev)
    ctx.check_cancel()
    out += trends(ctx, ev)
    ctx.check_cancel()
    out += breakdowns(ctx, ev)
    out += missing(ctx, ev)
    return out


def quantity(ctx: Ctx, value: float, unit: str) -> str:
    """A value with the precision it needs and its unit once, as the language writes it."""
    return format_quantity(value, unit, ctx.language)


def _when(point: Point) -> str:
    return point.period or str(point.year)


def topic_label(key: str) -> str:
    labels = dict(enums.MIGRATION_TOPICS)
    if key in labels:
        return translate("Enum", labels[key])
    return translate("Report", "Topic not recorded")


def key_figures(ctx: Ctx, ev: Evidence) -> list[Flowable]:
    out = ctx.heading(1, translate("Report", "Key figures"))
    shown = False
    for topic, items in ev.by_topic.items():
        rows = [[ind.title, _when(p), quantity(ctx, p.value, p.unit), p.source]
                for ind in items if (p := ind.latest) is not None]
        if not rows:
            continue
        shown = True
        # the table's title names the topic: no subheading above it as well
        out.append(data_table(
            ctx,
            [translate("Register", "Indicator"), ctx.label("indicator_values", "year"),
             translate("Report", "Latest value"), ctx.label("indicator_values", "source")],
            rows, numeric=[2], wide=[0],
            caption=translate("Report", "Key figures: {topic}").format(topic=topic_label(topic))))
    if not shown:
        out.append(ctx.p(translate("Report", "No indicator value has been recorded yet.")))
    return out


def trends(ctx: Ctx, ev: Evidence) -> list[Flowable]:
    out = ctx.heading(1, translate("Report", "Trends"))
    series = ev.trends
    if not series:
        out.append(ctx.p(translate(
            "Report", "No indicator has values in {years} or more years yet.").format(
                years=TREND_YEARS)))
        return out
    per = COLUMNS * ROWS
    parts = [series[i:i + per] for i in range(0, len(series), per)]
    for n, part in enumerate(parts, 1):
        ctx.check_cancel()
        caption = translate(
            "Report",
            "Recorded totals of the indicators with values in at least {years} years. Each "
            "scale starts at zero; a dot marks each year with a value, the filled dot the "
            "latest.").format(years=TREND_YEARS)
        if len(parts) > 1:
            caption += " " + translate("Report", "(part {n} of {all})").format(
                n=n, all=len(parts))
        drawing = trend_grid(part, ctx.frame_width,
                             lambda v, u: quantity(ctx, v, u), rtl=ctx.rtl)
        out.append(ctx.figure(drawing, caption))
    return out


def _disaggregation(key: str) -> str:
    return dict(refdata.choices("disaggregations")).get(key, key)


def breakdowns(ctx: Ctx, ev: Evidence) -> list[Flowable]:
    out = ctx.heading(1, translate("Report", "Breakdowns"))
    rows = []
    for ind in ev.indicators:
        for b in ind.breakdowns:
            unit = b.groups[0][1].unit if b.groups else ""
            percent = unit.startswith("%")
            values = [
                translate("Report", "{group}: {value}").format(
                    group=category or "–",
                    value=quantity(ctx, p.value, p.unit) if percent
                    else format_number(p.value, ctx.language))
                for category, p in b.groups
            ]
            # the numbers hold commas themselves: "Female: 9,400; Male: 16,700"
            groups = ctx.join(values, strong=True)
            rows.append([ind.title, _disaggregation(b.dimension), str(b.year), groups,
                         "" if percent else unit])
    if not rows:
        out.append(ctx.p(translate("Report", "No disaggregated value has been recorded yet.")))
        return out
    out.append(ctx.p(translate(
        "Report", "The latest values of each disaggregation recorded, by indicator.")))
    out.append(data_table(
        ctx,
        [translate("Register", "Indicator"), ctx.label("indicator_values", "dimension"),
         ctx.label("indicator_values", "year"), translate("Report", "Values"),
         ctx.label("indicator_values", "unit")],
        rows, wide=[0, 3], caption=translate("Report", "Breakdowns")))
    return out


def missing(ctx: Ctx, ev: Evidence) -> list[Flowable]:
    out = ctx.heading(1, translate("Report", "What is missing"))
    out += _shortfall(
        ctx, translate("Report", "Indicators with no value"),
        translate("Report", "{n} indicators have no recorded value."),
        [translate("Register", "Indicator"), ctx.label("indicators", "topic"),
         ctx.label("indicators", "responsible")],
        [[i.title, topic_label(i.topic) if i.topic else "", _responsible(ctx, i)]
         for i in ev.no_values],
        translate("Report", "Every indicator has at least one value."))
    out += _stale(ctx, ev)
    out += _shortfall(
        ctx, translate("Report", "Disaggregations asked for but not recorded"),
        translate("Report", "{n} indicators with values lack a disaggregation they ask for."),
        [translate("Register", "Indicator"), ctx.label("indicators", "disaggregations"),
         translate("Report", "Not recorded")],
        [[i.title, ctx.join((_disaggregation(d) for d in i.wanted), strong=True),
          ctx.join((_disaggregation(d) for d in i.missing_dimensions), strong=True)]
         for i in ev.undisaggregated],
        translate("Report", "Every disaggregation the indicators ask for has values."))
    return out


def _shortfall(ctx: Ctx, title: str, count: str, headers: list[str], rows: list[list[str]],
               complete: str) -> list[Flowable]:
    """One list of what is missing: its title, how many ({n} in ``count``) and the
    indicators in a numbered table of the same title, or the sentence that says
    nothing is missing."""
    out = ctx.heading(2, title)
    if not rows:
        return [*out, ctx.p(complete)]
    out.append(ctx.p(count.format(n=ctx.number(len(rows)))))
    out.append(data_table(ctx, headers, rows, wide=[0], caption=title))
    return out


def _stale(ctx: Ctx, ev: Evidence) -> list[Flowable]:
    out = ctx.heading(2, translate("Report", "Values older than five years"))
    if ev.reference_year is None:
        out.append(ctx.p(translate(
            "Report", "The workshop has no date, so the age of the values is not judged.")))
        return out
    old = ev.stale
    limit = ev.reference_year - STALE_YEARS - 1
    if not old:
        out.append(ctx.p(translate(
            "Report", "Every indicator with values has one from {year} or later.").format(
                year=limit + 1)))
        return out
    out.append(ctx.p(translate(
        "Report",
        "Judged against the year of the workshop ({year}): the latest value of these "
        "indicators is from {limit} or earlier.").format(year=ev.reference_year, limit=limit)))
    out.append(data_table(
        ctx, [translate("Register", "Indicator"), translate("Report", "Latest year"),
              translate("Report", "Latest value")],
        [[i.title, str(i.latest_year), _latest_text(ctx, i)] for i in old], wide=[0],
        caption=translate("Report", "Values older than five years")))
    return out


def _latest_text(ctx: Ctx, ind: IndicatorEvidence) -> str:
    p = ind.latest
    return quantity(ctx, p.value, p.unit) if p is not None else ""


def _responsible(ctx: Ctx, ind: IndicatorEvidence) -> str:
    return ctx.ws.title_of("stakeholders", ind.responsible) if ind.responsible else ""
