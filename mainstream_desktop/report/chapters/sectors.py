"""Chapter "Sectoral review": coherence overview, then one section per sector."""

from __future__ import annotations

from collections import defaultdict

from reportlab.platypus import Flowable, Spacer

from mainstream_desktop.core import enums, figures, gap_analysis, refdata
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.charts import coherence_chart, score_gauge
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.tables import column_widths, data_table, key_value_table

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
    rights = gap_analysis.rights_by_sector(ws)
    out += rights_and_gender(ctx, rights)
    out += knock_on(ctx)
    assessments = defaultdict(list)
    for a in ws.records("assessments"):
        assessments[a["sector"]].append(a)
    policies = defaultdict(list)
    for p in ws.records("policies"):
        policies[p["sector"]].append(p)
    scores = {c.id: c.score for c in coherence}
    lens = {r.sector_id: r for r in rights}
    for s in ws.records("sectors"):
        ctx.check_cancel()
        out += sector(ctx, s, scores.get(s["id"]), assessments[s["id"]], policies[s["id"]],
                      lens.get(s["id"]))
    return out


def sector(ctx: Ctx, s: dict, score: float | None, assessments: list[dict],
           policies: list[dict], lens: gap_analysis.SectorRights | None = None
           ) -> list[Flowable]:
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
    facts += _lens_facts(ctx, lens)
    affected = sorted({k for a in assessments for k in a["knock_on_sectors"] or []})
    if affected:
        facts.append((ctx.label("assessments", "knock_on_sectors"),
                      ctx.join((refdata.label("sectors", k) for k in affected), strong=True)))
    texts = [a["knock_on"] for a in assessments if a["knock_on"]]
    if texts:
        facts.append((ctx.label("assessments", "knock_on"), "\n\n".join(texts)))
    out += (key_value_table(ctx, facts, label_width=0.28))
    out += ctx.subhead(translate("Register", "Policies"))
    cols = ["title", "kind", "year", "responsible", "migration", "coherence"]
    headers = [ctx.label("policies", c) for c in cols]
    rows = [[ctx.show("policies", p, c) for c in cols] for p in policies]
    # one width plan for every sector's policy table, sized on all of them, so the
    # fourteen tables line up instead of each taking its own widths
    plan = ctx.width_plans.get("policies")
    if plan is None:
        every = [[ctx.show("policies", p, c) for c in cols] for p in ctx.ws.records("policies")]
        plan = ctx.width_plans["policies"] = column_widths(
            headers, every, ctx.frame_width, ctx.styles.cell.fontSize, wide=[0])
    out.append(data_table(ctx, headers, rows, numeric=[2], widths=plan,
                          caption=translate("Report", "Policies reviewed: {sector}").format(
                              sector=refdata.label("sectors", s["sector"]))))
    return out


def _lens_facts(ctx: Ctx, lens: gap_analysis.SectorRights | None) -> list[tuple[str, object]]:
    """What the group found through the rights lens; a missing finding is said, not
    left out, so the reader sees what the review has not looked at yet."""
    none = translate("Report", "No finding recorded yet.")
    facts: list[tuple[str, object]] = [
        (ctx.label("assessments", "rights"), "\n\n".join(lens.rights) if lens else ""),
        (ctx.label("assessments", "gender"), "\n\n".join(lens.gender) if lens else "")]
    facts = [(label, text or none) for label, text in facts]
    if lens and lens.groups:
        facts.append((ctx.label("assessments", "vulnerable_groups"),
                      ctx.join((_group(g) for g in lens.groups), strong=True)))
    return facts


def _group(key: str) -> str:
    return translate("Enum", dict(enums.VULNERABLE_GROUPS).get(key, key))


def rights_and_gender(ctx: Ctx, rights: list[gap_analysis.SectorRights]) -> list[Flowable]:
    """Across sectors: which groups in vulnerable situations each sector raised, and which
    sectors have no rights or gender finding yet."""
    out = ctx.heading(1, translate("Report", "Human rights and gender"))
    names = {r.sector_id: refdata.label("sectors", r.sector) for r in rights}
    raised = gap_analysis.groups_raised(rights)
    rows = [[_group(g), ctx.join((names[i] for i in ids), strong=True)] for g, ids in raised]
    out.append(data_table(ctx, [ctx.label("assessments", "vulnerable_groups"),
                                translate("Report", "Raised in")], rows, wide=[1],
                          caption=translate("Report", "Groups in vulnerable situations and "
                                                      "the sectors that raised them")))
    found = sum(1 for r in rights if r.has_finding)
    out.append(Spacer(1, 5))
    out.append(ctx.p(translate("Report", "Sectors with a finding on human rights or gender: "
                               "{n} of {total}.").format(n=ctx.number(found),
                                                         total=ctx.number(len(rights)))))
    missing = [names[r.sector_id] for r in rights if not r.has_finding]
    if missing:
        out.append(ctx.p(translate("Report", "Finding: no human-rights or gender finding yet "
                                   "for: {sectors}.").format(
                                       sectors=ctx.join(missing, strong=True))))
    return out


def knock_on(ctx: Ctx) -> list[Flowable]:
    """The effects of one sector's policies on other sectors, as a sector → sectors table,
    and the sectors most often named as affected."""
    out = ctx.heading(1, translate("Report", "Knock-on effects between sectors"))
    effects = gap_analysis.knock_on(ctx.ws)
    rows = [[refdata.label("sectors", e.sector),
             ctx.join((refdata.label("sectors", k) for k in e.affected), strong=True),
             e.text] for e in effects]
    out.append(data_table(ctx, [ctx.label("assessments", "sector"),
                                ctx.label("assessments", "knock_on_sectors"),
                                ctx.label("assessments", "knock_on")], rows, wide=[2],
                          bold_first=True,
                          caption=translate("Report", "Knock-on effects between sectors")))
    counts: dict[str, int] = defaultdict(int)
    for e in effects:
        for k in set(e.affected):
            counts[k] += 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], refdata.label("sectors", kv[0])))[:3]
    if top and top[0][1] > 1:
        out.append(Spacer(1, 5))
        out.append(ctx.p(translate("Report", "Sectors most often affected by the policies of "
                                   "others: {sectors}.").format(sectors=ctx.join(
                                       (f"{refdata.label('sectors', k)} ({ctx.number(n)})"
                                        for k, n in top if n > 1), strong=True))))
    return out


def _num(key: str) -> tuple[int, str]:
    return (int(key), key) if key.isdigit() else (10**6, key)
