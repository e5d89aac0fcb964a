"""Chapter "Data inventory": sources, indicators, coverage heatmap, disaggregation gaps."""

from __future__ import annotations

from collections import Counter, defaultdict

from reportlab.platypus import Flowable

from mainstream_desktop.core import enums, figures, refdata
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.charts import coverage_heatmap, coverage_summary
from mainstream_desktop.report.charts.coverage import MAX_COLS, MAX_ROWS, excerpt, level_label
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.tables import data_table


def build(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = ctx.heading(0, translate("Enum", dict(enums.STEPS)["data"]))
    out.append(ctx.p(refdata.step_purpose("data"), ctx.styles.lead))
    out += sources(ctx)
    ctx.check_cancel()
    matrix = figures.coverage_matrix(ctx.ws)
    out += indicators(ctx, matrix)
    ctx.check_cancel()
    out += coverage(ctx, matrix)
    out += disaggregation_gaps(ctx)
    return out


def sources(ctx: Ctx) -> list[Flowable]:
    out = ctx.heading(1, translate("Register", "Data sources"))
    cols = ["name", "type", "owner", "periodicity", "latest_year", "access", "quality"]
    rows = [[ctx.show("data_sources", r, c) for c in cols] for r in ctx.ws.records("data_sources")]
    out.append(
        data_table(
            ctx,
            [ctx.label("data_sources", c) for c in cols],
            rows,
            numeric=[4],
            bold_first=True,
            wide=[0],
            caption=translate("Register", "Data sources"),
        )
    )
    gaps = [r for r in ctx.ws.records("data_sources") if r["gaps"]]
    if gaps:
        out += ctx.heading(2, translate("Report", "Known gaps in the sources"))
        for r in gaps:
            out.append(ctx.p(f"{r['name']}: {r['gaps']}"))
    return out


def indicators(ctx: Ctx, matrix: figures.CoverageMatrix) -> list[Flowable]:
    out = ctx.heading(1, translate("Register", "Indicators"))
    rows = []
    for r in ctx.ws.records("indicators"):
        base = _value_year(ctx, r["baseline_value"], r["baseline_year"], r["unit"])
        target = _value_year(ctx, r["target_value"], r["target_year"], r["unit"])
        rows.append(
            [
                r["code"] or "",
                r["name"],
                ctx.show("indicators", r, "framework"),
                base,
                target,
                ctx.show("indicators", r, "responsible"),
                level_label(matrix.best_level(r["id"])),
            ]
        )
    out.append(
        data_table(
            ctx,
            [
                ctx.label("indicators", "code"),
                ctx.label("indicators", "name"),
                ctx.label("indicators", "framework"),
                ctx.label("indicators", "baseline_value"),
                ctx.label("indicators", "target_value"),
                ctx.label("indicators", "responsible"),
                translate("Report", "Best coverage"),
            ],
            rows,
            wide=[1],
            caption=translate("Register", "Indicators"),
        )
    )
    return out


def _value_year(ctx: Ctx, value: float | None, year: int | None, unit: str | None) -> str:
    if value is None:
        return ""
    from mainstream_desktop.core.evidence import format_quantity

    # the digits the value needs (10.7.4 at 0.02 % is not "0.0 %"), the unit once
    text = format_quantity(value, unit or "", ctx.cldr_locale)
    return f"{text} ({year})" if year else text


def coverage(ctx: Ctx, matrix: figures.CoverageMatrix) -> list[Flowable]:
    out = ctx.heading(1, translate("Report", "Indicator coverage"))
    if not matrix.indicators:
        return [*out, ctx.none_recorded()]
    out.append(
        ctx.figure(
            coverage_summary(matrix, ctx.frame_width, rtl=ctx.rtl),
            translate(
                "Report",
                "Indicators by the best coverage any data source gives them ({n} indicators).",
            ).format(n=ctx.number(len(matrix.indicators))),
        )
    )
    if not matrix.cells:
        return out
    rows, cols = excerpt(matrix)
    drawing = coverage_heatmap(matrix, ctx.frame_width, rtl=ctx.rtl)
    if len(rows) < len(matrix.indicators) or len(cols) < len(matrix.sources):
        caption = translate(
            "Report",
            "Coverage of the first {rows} of {all_rows} indicators by the "
            "{cols} data sources that cover them most (at most {max_rows} × "
            "{max_cols} shown).",
        ).format(
            rows=len(rows),
            all_rows=ctx.number(len(matrix.indicators)),
            cols=len(cols),
            max_rows=MAX_ROWS,
            max_cols=MAX_COLS,
        )
    else:
        caption = translate("Report", "Which data source can feed which indicator.")
    out.append(ctx.figure(drawing, caption))
    return out


def disaggregation_gaps(ctx: Ctx) -> list[Flowable]:
    """Needed disaggregations that no covering source provides, per indicator."""
    out = ctx.heading(1, translate("Report", "Disaggregation gaps"))
    ws = ctx.ws
    source_dis = {r["id"]: set(r["disaggregations"]) for r in ws.records("data_sources")}
    available: dict[str, set[str]] = defaultdict(set)
    for c in ws.records("coverage"):
        if c["level"] in ("none", "planned"):
            continue
        available[c["indicator"]] |= set(c["disaggregations"]) or source_dis.get(
            c["data_source"], set()
        )
    labels = dict(refdata.choices("disaggregations"))
    rows = []
    missing_count: Counter[str] = Counter()
    for r in ws.records("indicators"):
        missing = [d for d in r["disaggregations"] if d not in available[r["id"]]]
        if missing:
            missing_count.update(missing)
            rows.append(
                [
                    r["name"],
                    ctx.join((labels.get(d, d) for d in r["disaggregations"]), strong=True),
                    ctx.join((labels.get(d, d) for d in missing), strong=True),
                ]
            )
    if not rows:
        return [
            *out,
            ctx.p(
                translate(
                    "Report",
                    "Every disaggregation the indicators need is "
                    "available from at least one source.",
                )
            ),
        ]
    common = ctx.join(
        translate("Report", "{name} ({n})").format(name=labels.get(k, k), n=n)
        for k, n in missing_count.most_common(5)
    )
    out.append(
        ctx.p(
            translate(
                "Report",
                "{n} indicators lack at least one disaggregation they need. "
                "Most often missing: {list}.",
            ).format(n=ctx.number(len(rows)), list=common)
        )
    )
    out.append(
        data_table(
            ctx,
            [
                ctx.label("indicators", "name"),
                ctx.label("indicators", "disaggregations"),
                translate("Report", "Not available from any source"),
            ],
            rows,
            caption=translate("Report", "Disaggregation gaps"),
        )
    )
    return out
