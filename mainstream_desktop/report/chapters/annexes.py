"""Annexes: the participants (only when their names are shared) and the reference lists used."""

from __future__ import annotations

from reportlab.platypus import Flowable

from mainstream_desktop.core import refdata
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.merge import merged_groups
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.tables import data_table

# The participants' annex: a list of people, so only when their names are shared.
PARTICIPANT_COLUMNS = ("name", "organisation", "position", "role", "working_group")


def build(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = []
    letter = iter("ABCDEFGH")
    if ctx.shows("participants", "name"):
        out += participants(ctx, next(letter))
    groups = merged_groups(ctx.ws)
    if groups:
        out += working_groups(ctx, next(letter), groups)
    out += references(ctx, next(letter))
    return out


def working_groups(ctx: Ctx, letter: str, groups: list[dict[str, str]]) -> list[Flowable]:
    """The working groups whose copies were merged into this workshop (issue 11)."""
    out = _annex(ctx, letter, translate("Report", "Working groups whose work was merged"))
    rows = [[g["group"], g["file"], g["merged_on"]] for g in groups]
    out.append(data_table(ctx, [translate("Report", "Working group"),
                                translate("Report", "File"),
                                translate("Report", "Merged on")], rows, bold_first=True,
                          caption=translate("Report", "Working groups whose work was merged")))
    return out


def _annex(ctx: Ctx, letter: str, title: str) -> list[Flowable]:
    return ctx.heading(
        0,
        translate("Report", "Annex {letter}. {title}").format(letter=letter, title=title),
        numbered=False,
        label=letter,
    )


def participants(ctx: Ctx, letter: str) -> list[Flowable]:
    out = _annex(ctx, letter, translate("Register", "Participants"))
    cols = ctx.shared("participants", PARTICIPANT_COLUMNS)
    rows = []
    for p in ctx.ws.records("participants"):
        row = [ctx.show("participants", p, c) for c in cols]
        if "organisation" in cols:  # someone from outside the stakeholder register
            row[cols.index("organisation")] = row[cols.index("organisation")] or (
                p["organisation_other"] or "")
        rows.append(row)
    out.append(data_table(ctx, [ctx.label("participants", c) for c in cols], rows,
                          bold_first=True, caption=translate("Register", "Participants")))
    return out


def references(ctx: Ctx, letter: str) -> list[Flowable]:
    """The SDG, GCM and instrument entries that the workshop's records cite."""
    ws = ctx.ws
    out = _annex(ctx, letter, translate("Report", "Reference lists used"))
    sdg_targets: set[str] = set()
    gcm: set[str] = set()
    for table in ("assessments", "actions"):
        for r in ws.records(table):
            sdg_targets.update(r["sdg_targets"])
            gcm.update(r["gcm_objectives"])
    sdg_indicators = {r["sdg_indicator"] for r in ws.records("indicators") if r["sdg_indicator"]}
    for r in ws.records("indicators"):
        gcm.update(r["gcm_objectives"])
    sdg_rows = [
        [r["code"], translate("Reference", r["title"]), r["revision"]]
        for r in refdata.rows("sdg")
        if r["code"] in sdg_targets or r["code"] in sdg_indicators
    ]
    out += ctx.heading(1, translate("Report", "SDG targets and indicators"), numbered=False)
    out.append(
        data_table(
            ctx,
            [
                translate("Report", "Code"),
                translate("Report", "Title"),
                translate("Report", "Revision"),
            ],
            sdg_rows,
            caption=translate("Report", "SDG targets and indicators"),
            # the note belongs to the SDG table it explains
            notes=[translate("Report", "SDG titles follow the global indicator framework as "
                                       "revised in 2025 (E/CN.3/2025/6) where the revision "
                                       "column says 2025.")],
            source=translate("Report", "Source: United Nations, global indicator framework "
                                       "for the Sustainable Development Goals "
                                       "(A/RES/71/313 and later revisions)."),
        )
    )
    out += ctx.heading(
        1, translate("Report", "Objectives of the Global Compact for Migration"), numbered=False
    )
    gcm_rows = [
        [r["number"], translate("Reference", r["title"])]
        for r in refdata.rows("gcm_objectives")
        if r["number"] in gcm
    ]
    out.append(
        data_table(ctx, [translate("Report", "Objective"), translate("Report", "Title")],
                   gcm_rows,
                   caption=translate("Report", "Objectives of the Global Compact for Migration"),
                   source=translate("Report", "Source: Global Compact for Safe, Orderly and "
                                              "Regular Migration (A/RES/73/195).")),
    )
    used = {r["instrument"] for r in ws.records("instrument_status")}
    inst_rows = [
        [r["short_name"], translate("Reference", r["full_name"]), r["year"]]
        for r in refdata.rows("instruments")
        if r["key"] in used
    ]
    out += ctx.heading(1, translate("Register", "International instruments"), numbered=False)
    out.append(
        data_table(
            ctx,
            [
                translate("Report", "Short name"),
                translate("Report", "Title"),
                ctx.label("instrument_status", "year"),
            ],
            inst_rows,
            numeric=[2],
            caption=translate("Register", "International instruments"),
            source=translate("Report", "Source: the texts of the instruments, by title and "
                                       "year of adoption."),
        )
    )
    return out
