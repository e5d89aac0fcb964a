"""Chapter "Sectoral review": coherence overview, then one section per sector."""

from __future__ import annotations

from collections import defaultdict

from reportlab.platypus import Flowable

from mainstream_desktop.core import enums, figures, refdata
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.charts import coherence_chart, score_gauge
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.tables import data_table, key_value_table

_TEXTS = (
    ("migration_effects", "How migration affects the sector"),
    ("sector_effects", "How the sector affects migration"),
    ("gaps", "Gaps"),
    ("recommendations", "Recommendations"),
)


def build(ctx: Ctx) -> list[Flowable]:
    ws = ctx.ws
    out: list[Flowable] = ctx.heading(0, translate("Enum", dict(enums.STEPS)["sectors"]))
    out.append(ctx.p(refdata.step_purpose("sectors"), ctx.styles.lead))
    coherence = figures.coherence_by_sector(ws)
    if not coherence:
        return [*out, ctx.none_recorded()]
    out += ctx.heading(1, translate("Report", "Policy coherence overview"))
    out.append(ctx.figure(coherence_chart(coherence, ctx.frame_width, rtl=ctx.rtl),
                          translate("Report", "Coherence score assessed for each sector (bars) and "
                                       "the number of policies judged coherent, partly "
                                       "coherent or incoherent with migration goals.")))
    assessments = defaultdict(list)
    for a in ws.records("assessments"):
        assessments[a["sector"]].append(a)
    policies = defaultdict(list)
    for p in ws.records("policies"):
        policies[p["sector"]].append(p)
    scores = {c.id: c.score for c in coherence}
    for s in ws.records("sectors"):
        ctx.check_cancel()
        out += sector(ctx, s, scores.get(s["id"]), assessments[s["id"]], policies[s["id"]])
    return out


def sector(ctx: Ctx, s: dict, score: float | None, assessments: list[dict],
           policies: list[dict]) -> list[Flowable]:
    out = ctx.heading(1, refdata.label("sectors", s["sector"]))
    facts = [(ctx.label("sectors", "lead"), ctx.show("sectors", s, "lead")),
             (ctx.label("sectors", "priority"), ctx.show("sectors", s, "priority")),
             (ctx.label("sectors", "working_group"), s["working_group"])]
    sdg = sorted({t for a in assessments for t in a["sdg_targets"]})
    gcm = sorted({g for a in assessments for g in a["gcm_objectives"]}, key=_num)
    if sdg:
        facts.append((ctx.label("assessments", "sdg_targets"), ctx.join(sdg)))
    if gcm:
        facts.append((ctx.label("assessments", "gcm_objectives"), ctx.join(gcm)))
    gauge = score_gauge(score, rtl=ctx.rtl)
    gauge.hAlign = "RIGHT" if ctx.rtl else "LEFT"
    facts.append((ctx.label("assessments", "coherence_score"), gauge))
    for field, _ in _TEXTS:
        texts = [a[field] for a in assessments if a[field]]
        if texts:
            facts.append((ctx.label("assessments", field), "\n\n".join(texts)))
    out += (key_value_table(ctx, facts, label_width=0.28))
    out += ctx.subhead(translate("Register", "Policies"))
    cols = ["title", "kind", "year", "responsible", "migration", "coherence"]
    rows = [[ctx.show("policies", p, c) for c in cols] for p in policies]
    out.append(data_table(ctx, [ctx.label("policies", c) for c in cols], rows, numeric=[2],
                          wide=[0]))
    return out


def _num(key: str) -> tuple[int, str]:
    return (int(key), key) if key.isdigit() else (10**6, key)
