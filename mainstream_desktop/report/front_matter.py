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

from mainstream_desktop.core import gap_analysis, refdata
from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from mainstream_desktop.core.plan_analysis import counted, currency_key
from mainstream_desktop.core.registers import REGISTERS, register
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
# an abbreviation as it stands in running text: capitals, maybe a lower-case letter
# inside ("BoP"), at least two capitals
_WORD = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{0,2}[A-Z][A-Z]*)(?![\w-])")
# "long form (SHORT)" in the workshop's own words
_DEFINED = re.compile(r"([^()]{2,200}?)\s*\(([A-Z][A-Za-z]{0,2}[A-Z][A-Z]*)\)")


def acronyms(ws: Workshop, personal_data: bool = False) -> list[tuple[str, str]]:
    """(acronym, meaning) in the report's language, sorted, each acronym once, derived
    so the list follows what the report says: the stakeholders' own acronyms (their
    spelling wins), the recorded instruments' short names that are acronyms,
    :data:`FIXED_ACRONYMS`, abbreviations the workshop's texts define themselves
    ("Lorvanian dollars (LVD)"), the currency codes of the actions' costs, and the
    standard abbreviations of ``abbreviations.csv`` the workshop's texts use."""
    found: dict[str, tuple[str, str]] = {}

    def add(short: str, long: str) -> None:
        short, long = " ".join(short.split()), " ".join(long.split())
        if short and long and short != long:
            found.setdefault(short.casefold(), (short, long))

    for r in ws.records("stakeholders"):
        add(r["acronym"] or "", r["name"] or "")
    for key in instruments_named(ws):
        info = refdata.instrument(key) or {}
        short = info.get("short_name") or ""
        if _ACRONYM.match(short) and info.get("full_name"):
            add(short, translate("Reference", info["full_name"]))
    for short, long in FIXED_ACRONYMS:
        add(translate("Report", short), translate("Report", long))
    texts = workshop_texts(ws, personal_data)
    for text in texts:
        for meaning, abbreviation in defined_abbreviations(text):
            add(abbreviation, meaning)
    for code in sorted({currency_key(a.get("currency")) for a in counted(ws.records("actions"))
                        if a.get("cost")}):
        if name := _currency_name(code):
            add(code, name)
    used = {m for text in texts for m in _WORD.findall(text)}
    for r in refdata.rows("abbreviations"):
        if r["abbreviation"] in used:
            add(r["abbreviation"], translate("Reference", r["expansion"]))
    return sorted(found.values(), key=lambda sl: (sl[0].casefold(), sl[0]))


def workshop_texts(ws: Workshop, personal_data: bool = False) -> list[str]:
    """Every text the report may print from the workshop's declared fields (lists item
    by item), and the titles of the SDG entries they cite. Personal fields only when the
    report carries personal data (an abbreviation a participant's position defines must
    not reach a report made without it); never ids and timestamps."""
    out: list[str] = []
    for name in REGISTERS:
        fields = [f.name for f in register(name).shared_fields(personal_data)]
        for r in ws.records(name):
            for value in (r.get(f) for f in fields):
                if isinstance(value, str):
                    out.append(value)
                elif isinstance(value, list):
                    out += [v for v in value if isinstance(v, str)]
    cited = set(out)
    out += [r["title"] for r in refdata.rows("sdg") if r["code"] in cited]
    for key in instruments_named(ws):
        info = refdata.instrument(key) or {}
        out += [info.get("short_name") or "", info.get("full_name") or ""]
    return out


def instruments_named(ws: Workshop) -> list[str]:
    """The instruments the report names: the recorded ones and the core ones it flags
    as having no recorded status."""
    keys = [r["instrument"] for r in ws.records("instrument_status") if r["instrument"]]
    return list(dict.fromkeys([*keys, *gap_analysis.legal(ws).missing_core]))


def defined_abbreviations(text: str) -> list[tuple[str, str]]:
    """(long form, abbreviation) pairs a text defines as "long form (ABBR)", found with
    the algorithm of Schwartz and Hearst (2003, "A simple algorithm for identifying
    abbreviation definitions in biomedical text"): each letter of the abbreviation,
    from the last, is found in the long form, the first one at the start of a word."""
    out: list[tuple[str, str]] = []
    if "(" not in text:  # most texts define nothing: the pattern is tried at every position
        return out
    for m in _DEFINED.finditer(text):
        short = m.group(2)
        words = m.group(1).split()[-min(len(short) + 5, len(short) * 2):]
        long = _long_form(short, " ".join(words))
        if long and len(long) > len(short):
            out.append((long, short))
    return out


def _long_form(short: str, candidate: str) -> str | None:
    s, i = len(short) - 1, len(candidate) - 1
    while s >= 0:
        c = short[s].lower()
        while i >= 0 and (candidate[i].lower() != c
                          or (s == 0 and i > 0 and candidate[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return candidate[candidate.rfind(" ", 0, i + 1) + 1:]


def _currency_name(code: str) -> str:
    """The currency's name in the report's language (babel), or "" for a code it does
    not know (a workshop defines its own in its texts: "Lorvanian dollars (LVD)")."""
    from babel import Locale

    try:
        locale = Locale.parse(current_language())
    except (ValueError, LookupError):
        locale = Locale.parse("en")
    return locale.currencies.get(code, "") if re.fullmatch(r"[A-Z]{3}", code) else ""


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
    found = acronyms(ctx.ws, ctx.personal_data)
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
