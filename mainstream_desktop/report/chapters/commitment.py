"""Chapter "Political commitment": instruments, coordination, readiness."""

from __future__ import annotations

from collections import defaultdict

from reportlab.platypus import Flowable, Spacer

from mainstream_desktop.core import enums, refdata
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
    out += readiness(ctx)
    return out


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
                          bold_first=True))
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


def instruments(ctx: Ctx) -> list[Flowable]:
    out = ctx.heading(1, translate("Register", "International instruments"))
    rows = []
    for r in ctx.ws.records("instrument_status"):
        info = refdata.instrument(r["instrument"]) or {}
        name = translate("Reference", info["full_name"]) if info.get("full_name") else (
            r["instrument"])
        short = info.get("short_name")
        if short and short != name:
            name = f"{name} ({short})"
        rows.append([name, ctx.show("instrument_status", r, "status"),
                     r["year"] or "", ctx.show("instrument_status", r, "implementing_body")])
    out.append(data_table(ctx, [ctx.label("instrument_status", "instrument"),
                                ctx.label("instrument_status", "status"),
                                ctx.label("instrument_status", "year"),
                                ctx.label("instrument_status", "implementing_body")],
                          rows, numeric=[2], wide=[0]))
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
                                ctx.label("readiness", "evidence")], rows))
    out.append(Spacer(1, 4))
    out.append(ctx.p(translate("Report", "✓ in place · ◐ partly · ✗ not in place · ? unknown"),
                     ctx.styles.small))
    return out
