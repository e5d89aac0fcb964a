"""Chapter "Political commitment": instruments, coordination, readiness."""

from __future__ import annotations

from collections import defaultdict

from reportlab.platypus import Flowable, Spacer

from mainstream_desktop.core import enums, gap_analysis, refdata
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.tables import data_table, key_value_table

# A commitment's card, and the mechanisms' table (personal fields only with personal data).
CARD_FIELDS = ("instrument", "level", "status", "date", "issuing_authority", "lead_agency",
               "focal_point", "focal_point_contact", "budget", "reference")
MECHANISM_COLUMNS = ("name", "kind", "chair", "status", "has_tor", "established", "frequency")

READINESS_MARK = {"yes": "✓", "partly": "◐", "no": "✗", "unknown": "?"}


def step_title() -> str:
    return translate("Enum", dict(enums.STEPS)["commitment"])


def build(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = ctx.heading(0, step_title())
    out.append(ctx.p(refdata.step_purpose("commitment"), ctx.styles.lead))
    out += commitments(ctx)
    ctx.check_cancel()
    out += mechanisms(ctx)
    out += instruments(ctx)
    out += legal_gaps(ctx)
    out += readiness(ctx)
    return out


def _outside_note(ctx: Ctx) -> list[str]:
    """The recorded regional instruments the table leaves out (the country is not of their
    region), named once under the table so no record disappears unexplained."""
    outside = _outside(ctx)
    if not outside:
        return []
    return [translate(
        "Report", "Recorded but not listed: regional instruments of an organisation the "
                  "workshop's country is not recorded as a member of: {names}.").format(
        names=ctx.join((instrument_name(k) for k in outside), strong=True))]


def commitments(ctx: Ctx) -> list[Flowable]:
    out = ctx.heading(1, translate("Register", "Commitments"))
    recs = ctx.ws.records("commitments")
    if not recs:
        return [*out, ctx.none_recorded()]
    fields = ctx.shared("commitments", CARD_FIELDS)
    for rec in recs:
        out += ctx.heading(2, rec["title"])
        out += (key_value_table(ctx, [(ctx.label("commitments", f),
                                          ctx.show("commitments", rec, f)) for f in fields]))
        for f in ctx.shared("commitments", ("mandate", "notes")):
            if rec[f]:
                out += ctx.subhead(ctx.label("commitments", f))
                out.append(ctx.p(rec[f]))
    return out


def mechanisms(ctx: Ctx) -> list[Flowable]:
    out = ctx.heading(1, translate("Register", "Coordination mechanisms"))
    ws = ctx.ws
    recs = ws.records("mechanisms")
    members: dict[str, list[str]] = defaultdict(list)
    for m in ws.records("mechanism_members"):
        name = ws.title_of("stakeholders", m["stakeholder"])
        if m["role"] and m["role"] != "member":
            name = f"{name} ({ctx.show('mechanism_members', m, 'role')})"
        members[m["mechanism"]].append(name)
    cols = ctx.shared("mechanisms", MECHANISM_COLUMNS)
    rows = [[ctx.show("mechanisms", r, c) for c in cols] + [ctx.number(len(members[r["id"]]))]
            for r in recs]
    out.append(data_table(ctx, [ctx.label("mechanisms", c) for c in cols]
                          + [translate("Report", "Members")], rows,
                          numeric=[*(i for i, c in enumerate(cols) if c == "established"),
                                   len(cols)],
                          bold_first=True,
                          caption=translate("Register", "Coordination mechanisms")))
    for r in recs:
        if not (r["mandate"] or members[r["id"]]):
            continue
        out += ctx.heading(2, r["name"])
        if r["mandate"]:
            out.append(ctx.p(r["mandate"]))
        if members[r["id"]]:
            out.append(ctx.p(translate("Report", "Members: {names}.").format(
                names=ctx.join(members[r["id"]], strong=True)), ctx.styles.body))
    return out


def instrument_name(key: str, *, short_first: bool = False) -> str:
    """"Full name (SHORT)" in the report's language; the short name first for the tight
    columns of the gap tables; the key itself for a key this version does not know."""
    info = refdata.instrument(key) or {}
    if not info.get("full_name"):
        return key
    name = translate("Reference", info["full_name"])
    short = info.get("short_name") or ""
    if not short or short == name:
        return name
    return f"{short} — {name}" if short_first else f"{name} ({short})"


def instruments(ctx: Ctx) -> list[Flowable]:
    out = ctx.heading(1, translate("Register", "International instruments"))
    cols = ("status", "year", "reservations", "implementing_body")
    rows = [[instrument_name(r["instrument"] or "")]
            + [ctx.show("instrument_status", r, c) for c in cols]
            for r in _by_instrument(ctx)]
    out.append(data_table(ctx, [ctx.label("instrument_status", c) for c in ("instrument", *cols)],
                          rows, numeric=[2], wide=[0, 3],
                          caption=translate("Register", "International instruments"),
                          notes=_outside_note(ctx)))
    return out


def _by_instrument(ctx: Ctx) -> list[dict]:
    """The instrument records that concern the workshop's country (global ones and those
    of its regional organisations), in the reference list's order, not the order of
    entry."""
    regions = gap_analysis.workshop_regions(ctx.ws)
    return sorted((r for r in ctx.ws.records("instrument_status")
                   if gap_analysis.applies_to(r["instrument"], regions)),
                  key=lambda r: gap_analysis.instrument_order(r["instrument"]))


def _outside(ctx: Ctx) -> list[str]:
    regions = gap_analysis.workshop_regions(ctx.ws)
    keys = {r["instrument"] for r in ctx.ws.records("instrument_status")
            if r["instrument"] and not gap_analysis.applies_to(r["instrument"], regions)}
    return sorted(keys, key=gap_analysis.instrument_order)


def _finding(ctx: Ctx, text: str) -> list[Flowable]:
    return [Spacer(1, 5), ctx.p(text)]


def legal_gaps(ctx: Ctx) -> list[Flowable]:
    """The legal and policy gap analysis: core instruments with no status, instruments not
    joined and what answers them, implementation, reporting, recommendations accepted."""
    ws = ctx.ws
    found = gap_analysis.legal(ws)
    recs = {r["id"]: r for r in ws.records("instrument_status")}
    out = ctx.heading(1, translate("Report", "Legal and policy gap analysis"))
    regions = [refdata.label("regions", r) for r in found.regions]
    if regions:
        scope = translate("Report", "The review covers the core international instruments and "
                          "the regional instruments of: {regions}.").format(
                              regions=ctx.join(regions, strong=True))
    else:
        scope = translate("Report", "The review covers the core international instruments. "
                          "No regional organisation is recorded for the workshop, so no "
                          "regional instrument is reviewed.")
    out.append(ctx.p(scope))

    out += ctx.subhead(translate("Report", "Core instruments with no recorded status"))
    if found.missing_core:
        out += _finding(ctx, translate(
            "Report", "Finding: core instruments that apply with no recorded status: {n} of "
            "{total}. The group should establish whether the country is party to each.").format(
                n=ctx.number(len(found.missing_core)), total=ctx.number(len(found.core))))
        out += ctx.bullets([instrument_name(k) for k in found.missing_core])
    else:
        out.append(ctx.p(translate("Report", "Every core instrument that applies has a "
                                   "recorded status."), ctx.styles.small))

    out += ctx.subhead(translate("Report", "Instruments not joined, and what answers them"))
    rows = []
    for g in found.gaps:
        answer = [ws.title_of("actions", a) for a in g.actions]
        if g.note:
            answer.append(g.note)
        rows.append([instrument_name(g.instrument, short_first=True),
                     ctx.show("instrument_status", recs[g.record_id], "status"),
                     "\n".join(answer) or translate("Report", "No action or recommendation")])
    out.append(data_table(ctx, [ctx.label("instrument_status", "instrument"),
                                ctx.label("instrument_status", "status"),
                                translate("Report", "Answered by")], rows, wide=[0, 2],
                          caption=translate("Report",
                                            "Instruments not joined, and what answers them")))
    if found.unanswered:
        out += _finding(ctx, translate(
            "Report", "Finding: not joined, with no action and no recommendation "
            "yet: {names}.").format(
                names=ctx.join((instrument_name(g.instrument) for g in found.unanswered),
                               strong=True)))
    elif found.gaps:
        out.append(ctx.p(translate("Report", "Every instrument the country has not joined is "
                                   "answered by an action or a recommendation."),
                         ctx.styles.small))

    out += _texts(ctx, "implementation")
    out += _reporting(ctx, found)
    out += _texts(ctx, "recommendations_accepted")
    return out


def _texts(ctx: Ctx, field: str) -> list[Flowable]:
    """A long-text field of the instrument records as an instrument → text table."""
    rows = [[instrument_name(r["instrument"] or "", short_first=True), r[field].strip()]
            for r in _by_instrument(ctx) if (r.get(field) or "").strip()]
    out = ctx.subhead(ctx.label("instrument_status", field))
    out.append(data_table(ctx, [ctx.label("instrument_status", "instrument"),
                                ctx.label("instrument_status", field)], rows, wide=[1],
                          caption=ctx.label("instrument_status", field)))
    return out


def _reporting(ctx: Ctx, found: gap_analysis.LegalAnalysis) -> list[Flowable]:
    out = ctx.subhead(translate("Report", "Reporting obligations"))
    late = translate("Report", "Overdue")
    rows = [[instrument_name(r.instrument, short_first=True),
             "" if r.last_report is None else str(r.last_report),
             "" if r.next_report is None else str(r.next_report),
             late if r.overdue else ""] for r in found.reports]
    out.append(data_table(ctx, [ctx.label("instrument_status", "instrument"),
                                ctx.label("instrument_status", "last_report"),
                                ctx.label("instrument_status", "next_report"),
                                translate("Report", "Situation")], rows, numeric=[1, 2],
                          caption=translate("Report", "Reporting obligations")))
    if found.overdue:
        out += _finding(ctx, translate(
            "Report", "Finding: reports due before {year} and not yet submitted: "
            "{names}.").format(year=found.year,
                               names=ctx.join((instrument_name(r.instrument)
                                               for r in found.overdue), strong=True)))
    return out


def readiness(ctx: Ctx) -> list[Flowable]:
    out = ctx.heading(1, translate("Register", "Readiness checklist"))
    recs = {r["item"]: r for r in ctx.ws.records("readiness")}
    rows = []
    for key, text in refdata.choices("readiness_items"):
        r = recs.get(key)
        status = r["status"] if r else "unknown"
        shown = ctx.show("readiness", r, "status") if r else translate("Enum", "Unknown")
        rows.append([text, f"{READINESS_MARK.get(status, '')} {shown}",
                     (r or {}).get("evidence") or ""])
    out.append(data_table(ctx, [ctx.label("readiness", "item"),
                                ctx.label("readiness", "status"),
                                ctx.label("readiness", "evidence")], rows,
                          caption=translate("Register", "Readiness checklist"),
                          notes=[translate("Report",
                                           "✓ in place · ◐ partly · ✗ not in place · ? unknown")]))
    return out
