"""The action plan's follow-up: the monitoring and evaluation framework, the review
calendar, and the trace from every gap the workshop found to the actions that answer it
(and the gaps nothing answers yet)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from mainstream_desktop.core import enums
from mainstream_desktop.core import plan_analysis as pa
from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.tables import Cell, Rich, data_table

GAP_KIND_LABELS = {
    "readiness": QT_TRANSLATE_NOOP("Report", "Readiness"),
    "legal": QT_TRANSLATE_NOOP("Report", "Legal"),
    "data": QT_TRANSLATE_NOOP("Report", "Data"),
    "coherence": QT_TRANSLATE_NOOP("Report", "Policy coherence"),
}
_GAP_DETAILS = {
    "low_score": QT_TRANSLATE_NOOP("Report", "Coherence score 2 or less"),
    "incoherent_policy": QT_TRANSLATE_NOOP("Report", "A policy judged incoherent"),
}
_STATUS_LABELS = {
    **{k: v for k, v in enums.READINESS},
    **{k: v for k, v in enums.INSTRUMENT_STATUS},
    **{k: v for k, v in enums.COVERAGE_LEVELS},
}


def monitoring(ctx: Ctx, actions: list[dict]) -> list[Flowable]:
    """One row per action, numbered as in the prioritised list."""
    out = ctx.heading(1, translate("Report", "Monitoring and evaluation framework"))
    codes = {r["id"]: r["code"] or r["name"] for r in ctx.ws.records("indicators")}
    # an acronym (listed in the front matter) keeps the narrow column readable
    short = {r["id"]: r["acronym"] or r["name"] for r in ctx.ws.records("stakeholders")}
    rows: list[list[Cell]] = []
    for n, a in enumerate(actions, 1):
        values = [a["baseline"] or "", a["target"] or ""]
        # the arrow points the way the line reads: right to left in Arabic
        change = (" ← " if ctx.rtl else " → ").join(v for v in values if v) if any(values) else ""
        if values[0] and not values[1]:
            change = values[0]
        rows.append([
            str(n), Rich(a["title"]),
            codes.get(a["indicator"], "") if a["indicator"] else "",
            change, a["verification"] or "",
            ctx.show("actions", a, "monitoring_frequency"),
            short.get(a["monitored_by"], "") if a["monitored_by"] else "",
            ctx.show("actions", a, "status"),
        ])
    out.append(data_table(
        ctx,
        ["#", ctx.label("actions", "title"), ctx.label("actions", "indicator"),
         translate("Report", "Baseline → target"), ctx.label("actions", "verification"),
         ctx.label("actions", "monitoring_frequency"), ctx.label("actions", "monitored_by"),
         ctx.label("actions", "status")],
        rows, numeric=[0], wide=[1, 4],
        caption=translate("Report", "Monitoring and evaluation framework")))
    return out


def calendar(ctx: Ctx) -> list[Flowable]:
    out = ctx.heading(1, translate("Register", "Review calendar"))
    recs = sorted(ctx.ws.records("reviews"), key=lambda r: (r["date"] or "", r["title"] or ""))
    if not recs:
        return [*out, ctx.none_recorded()]
    cols = ("date", "title", "kind", "responsible", "scope")
    # a date is not broken over lines: "15 Feb" and "2027" belong together
    rows: list[list[Cell]] = [[ctx.show("reviews", r, c).replace(" ", "\u00a0")
                               if c == "date" else ctx.show("reviews", r, c) for c in cols]
                              for r in recs]
    out.append(data_table(ctx, [ctx.label("reviews", c) for c in cols], rows, wide=[4],
                          caption=translate("Register", "Review calendar")))
    return out


def traceability(ctx: Ctx, actions: list[dict]) -> list[Flowable]:
    """Each gap with the numbers of the actions that answer it; then the gaps none does."""
    out = ctx.heading(1, translate("Report", "Gaps and the actions that answer them"))
    found = pa.gaps(ctx.ws)
    if not found:
        return [*out, ctx.p(translate("Report", "No readiness, legal, data or coherence gap "
                                                "was recorded."))]
    number = {a["id"]: n for n, a in enumerate(actions, 1)}
    missing = pa.unanswered(found)
    out.append(ctx.p(translate(
        "Report", "The workshop found {n} gaps: readiness conditions not in place, "
                  "instruments not ratified, indicators no data source covers, and sectors "
                  "whose policies are weakly coherent with migration goals. {m} of them have "
                  "no action in the plan yet.").format(
        n=ctx.number(len(found)), m=ctx.number(len(missing)))))
    out.append(ctx.p(translate(
        "Report", "An action answers a gap when it names the readiness condition, the "
                  "instrument or the indicator, or, for coherence, belongs to the same sector. "
                  "Actions are numbered as in the prioritised list."), ctx.styles.small))
    rows: list[list[Cell]] = []
    for g in found:
        detail = _GAP_DETAILS.get(g.detail) or _STATUS_LABELS.get(g.detail, "")
        answers = ctx.join(str(number[i]) for i in g.actions if i in number) if g.actions \
            else translate("Report", "No action")
        rows.append([translate("Report", GAP_KIND_LABELS[g.kind]), g.label,
                     translate("Enum", detail) if g.detail in _STATUS_LABELS else (
                         translate("Report", detail) if detail else ""), answers])
    out.append(data_table(ctx, [translate("Report", "Kind of gap"),
                                translate("Report", "Gap"),
                                translate("Report", "Finding"),
                                translate("Report", "Actions (#)")], rows, wide=[1],
                          caption=translate("Report",
                                            "Gaps and the actions that answer them")))
    out += ctx.heading(2, translate("Report", "Gaps with no action"))
    if missing:
        out += ctx.bullets([f"{translate('Report', GAP_KIND_LABELS[g.kind])}: {g.label}"
                            for g in missing])
    else:
        out.append(ctx.p(translate("Report", "Every gap found has at least one action.")))
    return out
