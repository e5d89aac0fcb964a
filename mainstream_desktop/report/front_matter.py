"""The front and back matter of a report a ministry can sign: the approval page and the
disclaimer after the cover, the foreword and the list of acronyms before the summary,
and the next steps at the end.

Nothing here invents a fact: a field the workshop left empty gives either a standard
text (the disclaimer) or a sentence derived from what is recorded (the review calendar,
the actions' start years) — never a name, a date or a promise nobody entered.
"""

from __future__ import annotations

import re
from collections import Counter

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from mainstream_desktop.core import refdata
from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.fonts import SANS
from mainstream_desktop.report.styles import GRID, NAVY
from mainstream_desktop.report.tables import data_table

# The acronyms the report's own texts use, whatever the workshop holds (the instruments'
# and the stakeholders' acronyms are added from the records). Both parts are translated:
# a language may have its own acronym (ODD for SDG in French).
FIXED_ACRONYMS = (
    (QT_TRANSLATE_NOOP("Report", "SDG"), QT_TRANSLATE_NOOP("Report",
                                                           "Sustainable Development Goal")),
    (QT_TRANSLATE_NOOP("Report", "GCM"),
     QT_TRANSLATE_NOOP("Report", "Global Compact for Safe, Orderly and Regular Migration")),
    (QT_TRANSLATE_NOOP("Report", "ODA"), QT_TRANSLATE_NOOP("Report",
                                                           "Official development assistance")),
    (QT_TRANSLATE_NOOP("Report", "UPR"), QT_TRANSLATE_NOOP("Report",
                                                           "Universal Periodic Review")),
    (QT_TRANSLATE_NOOP("Report", "ILO"), QT_TRANSLATE_NOOP("Report",
                                                           "International Labour Organization")),
    (QT_TRANSLATE_NOOP("Report", "IOM"),
     QT_TRANSLATE_NOOP("Report", "International Organization for Migration")),
    (QT_TRANSLATE_NOOP("Report", "UNDP"),
     QT_TRANSLATE_NOOP("Report", "United Nations Development Programme")),
)

STANDARD_DISCLAIMER = QT_TRANSLATE_NOOP(
    "Report",
    "The designations employed and the presentation of material in this report do not imply "
    "the expression of any opinion whatsoever on the part of the organisers or their partners "
    "concerning the legal status of any country, territory, city or area or of its "
    "authorities, or concerning the delimitation of its frontiers or boundaries. The "
    "findings, interpretations and conclusions expressed are those of the working group "
    "that prepared the report and do not necessarily reflect the views of the organisations "
    "that supported the consultation. Mention of an organisation, a firm or a commercial "
    "product does not imply its endorsement.")

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,11}$")


def acronyms(ws: Workshop) -> list[tuple[str, str]]:
    """(acronym, meaning) in the report's language, sorted, each acronym once: the
    stakeholders' own acronyms (their spelling wins), the recorded instruments' short
    names that are acronyms, and :data:`FIXED_ACRONYMS`."""
    found: dict[str, tuple[str, str]] = {}

    def add(short: str, long: str) -> None:
        short, long = " ".join(short.split()), " ".join(long.split())
        if short and long and short != long:
            found.setdefault(short.casefold(), (short, long))

    for r in ws.records("stakeholders"):
        add(r["acronym"] or "", r["name"] or "")
    for r in ws.records("instrument_status"):
        info = refdata.instrument(r["instrument"] or "") or {}
        short = info.get("short_name") or ""
        if _ACRONYM.match(short) and info.get("full_name"):
            add(short, translate("Reference", info["full_name"]))
    for short, long in FIXED_ACRONYMS:
        add(translate("Report", short), translate("Report", long))
    return sorted(found.values(), key=lambda sl: (sl[0].casefold(), sl[0]))


# --- after the cover --------------------------------------------------------------------

def approval(ctx: Ctx) -> list[Flowable]:
    """The approval page: who validated the report and when, a signature block, and the
    disclaimer. The signatory's name is personal data: only in a report that includes it."""
    w = ctx.ws.workshop()
    out = ctx.heading(0, translate("Report", "Approval"), numbered=False)
    body, day = w["validated_by"], ctx.date(w["validated_on"])
    if body and day:
        text = translate("Report", "This report was validated by {body} on {date}.").format(
            body=body, date=day)
    elif body:
        text = translate("Report", "This report was validated by {body}.").format(body=body)
    elif day:
        text = translate("Report", "This report was validated on {date}.").format(date=day)
    else:
        text = translate("Report", "This report has not been validated yet.")
    out.append(ctx.p(text))
    out += [Spacer(1, 0.6 * cm), signature_block(ctx, w)]
    out += [Spacer(1, 1.4 * cm), *ctx.subhead(ctx.label("workshop", "disclaimer"))]
    disclaimer = w["disclaimer"] or translate("Report", STANDARD_DISCLAIMER)
    out += [ctx.p(part, ctx.styles.small) for part in _paragraphs(disclaimer)]
    out.append(PageBreak())
    return out


def signature_block(ctx: Ctx, w: dict) -> Flowable:
    """Lines to sign on: signature, name (with personal data only), position, date."""
    rows = [[ctx.p(translate("Report", "Signature"), ctx.styles.label), ""]]
    if ctx.shows("workshop", "signatory"):
        rows.append([ctx.p(translate("Report", "Name"), ctx.styles.label),
                     ctx.p(w["signatory"] or "")])
    rows.append([ctx.p(translate("Report", "Position"), ctx.styles.label),
                 ctx.p(w["signatory_title"] or "")])
    rows.append([ctx.p(translate("Report", "Date"), ctx.styles.label),
                 ctx.p(ctx.date(w["validated_on"]))])
    widths = [3.2 * cm, min(9 * cm, ctx.frame_width - 3.2 * cm)]
    if ctx.rtl:
        rows = [list(reversed(r)) for r in rows]
        widths.reverse()
    # the signature row is tall and empty; the others grow with their text
    table = Table(rows, colWidths=widths, rowHeights=[1.6 * cm] + [None] * (len(rows) - 1),
                  hAlign="RIGHT" if ctx.rtl else "LEFT")
    value = 0 if ctx.rtl else 1
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 1), (-1, -1), 12),
        ("LINEBELOW", (value, 0), (value, -1), 0.6, GRID),
        ("LINEBELOW", (value, 0), (value, 0), 0.8, NAVY),
    ]))
    return table


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


# --- before the summary -----------------------------------------------------------------

def preface(ctx: Ctx) -> list[Flowable]:
    """The foreword (when the workshop has one) and the list of acronyms."""
    w = ctx.ws.workshop()
    out: list[Flowable] = []
    if w["foreword"]:
        out += ctx.heading(0, ctx.label("workshop", "foreword"), numbered=False)
        out += [ctx.p(part) for part in _paragraphs(w["foreword"])]
    found = acronyms(ctx.ws)
    if found:
        out += ctx.heading(0, translate("Report", "Acronyms and abbreviations"), numbered=False)
        out.append(data_table(ctx, [translate("Report", "Acronym"),
                                    translate("Report", "Meaning")],
                              [list(pair) for pair in found], bold_first=True))
    return out


# --- at the end -------------------------------------------------------------------------

def next_steps(ctx: Ctx) -> list[Flowable]:
    """The workshop's next steps and its link to the budget cycle; when either is empty,
    neutral sentences drawn from the review calendar and the actions' start years."""
    w = ctx.ws.workshop()
    out = ctx.heading(0, ctx.label("workshop", "next_steps"), numbered=False)
    reviews = sorted((r for r in ctx.ws.records("reviews") if r["date"]),
                     key=lambda r: (r["date"], r["title"] or ""))
    if w["next_steps"]:
        out += [ctx.p(part) for part in _paragraphs(w["next_steps"])]
    else:
        out += [ctx.p(s) for s in derived_steps(ctx, reviews)] or [ctx.none_recorded()]
    out += ctx.heading(1, ctx.label("workshop", "budget_cycle"), numbered=False)
    if w["budget_cycle"]:
        out += [ctx.p(part) for part in _paragraphs(w["budget_cycle"])]
    else:
        rounds = [r for r in reviews if r["kind"] == "budget"]
        if rounds:
            out.append(ctx.p(translate(
                "Report", "The review calendar ties the plan to the budget through these "
                          "budget preparation rounds: {rounds}.").format(
                rounds=ctx.join((f"{r['title']} ({ctx.date(r['date'])})" for r in rounds),
                                strong=True))))
        else:
            out.append(ctx.p(translate(
                "Report", "No budget preparation round is recorded in the review calendar.")))
    return out


def derived_steps(ctx: Ctx, reviews: list[dict]) -> list[str]:
    """Sentences made only of recorded facts: when the actions start, when reviews fall."""
    out = []
    starts = Counter(a["start_year"] for a in ctx.ws.records("actions")
                     if isinstance(a["start_year"], int))
    if starts:
        first = min(starts)
        out.append(translate(
            "Report", "The first actions of the plan are due to start in {year} ({n} of them); "
                      "the latest start year recorded is {last}.").format(
            year=first, n=ctx.number(starts[first]), last=max(starts)))
    if reviews:
        opening, closing = reviews[0], reviews[-1]
        out.append(translate(
            "Report", "The review calendar holds {n} dates, from “{first}” on {first_date} "
                      "to “{last}” on {last_date}.").format(
            n=ctx.number(len(reviews)), first=opening["title"],
            first_date=ctx.date(opening["date"]), last=closing["title"],
            last_date=ctx.date(closing["date"])))
    return out
