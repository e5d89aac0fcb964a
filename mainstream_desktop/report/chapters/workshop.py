"""Chapter "The workshop": what was convened, where, by whom, and the programme."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable

from mainstream_desktop.core import enums, refdata
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.tables import data_table, key_value_table

# The programme's columns after the date and time (personal ones only with personal data).
PROGRAMME = ("title", "step", "working_group", "facilitator")


def date_range(ctx: Ctx, start: str | None, end: str | None) -> str:
    """"24–26 November 2026" within one month, as UN documents write it (Chinese:
    "2026年11月24日 – 26日"); "{start} to {end}" across months."""
    if start and end and start != end:
        import datetime as dt

        first: dt.date | None
        last: dt.date | None
        try:
            first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        except ValueError:
            first = last = None
        if first and last and first < last and (first.year, first.month) == (
                last.year, last.month):
            language = ctx.language.split("_")[0]
            if language in ("zh", "ja", "ko"):
                from babel.dates import format_interval

                return format_interval(first, last, "yMMMd", locale=ctx.cldr_locale)
            return f"{first.day}\u2013{ctx.date(end)}"
        return translate("Report", "{start} to {end}").format(
            start=ctx.date(start), end=ctx.date(end)
        )
    return ctx.date(start or end)


def strategy_text(w: dict) -> str:
    """The strategy's name with its period, unless the name already says it."""
    name = w["national_strategy"] or ""
    period = w["strategy_period"] or ""
    return f"{name} ({period})" if name and period and period not in name else name


def build(ctx: Ctx) -> list[Flowable]:
    ws = ctx.ws
    w = ws.workshop()
    out: list[Flowable] = ctx.heading(0, translate("Report", "The workshop"))
    out.append(ctx.p(refdata.step_purpose("workshop"), ctx.styles.lead))
    if w["description"]:
        out.append(ctx.p(w["description"]))
    country = refdata.workshop_country(w)
    strategy = strategy_text(w)
    out += key_value_table(
        ctx,
        [
            (ctx.label("workshop", "country"), country),
            (ctx.label("workshop", "national_strategy"), strategy),
            (translate("Report", "Dates"), date_range(ctx, w["start_date"], w["end_date"])),
            (ctx.label("workshop", "venue"), w["venue"]),
            (ctx.label("workshop", "organisers"), w["organisers"]),
            (ctx.label("workshop", "language"), ctx.show("workshop", w, "language")),
        ],
    )
    out += ctx.heading(1, translate("Report", "Programme"))
    sessions = ws.records("sessions")
    cols = ctx.shared("sessions", PROGRAMME)
    headers = [ctx.label("sessions", "date"), translate("Report", "Time")]
    headers += [ctx.label("sessions", c) for c in cols]
    rows = []
    for s in sessions:
        time = "–".join(t for t in (s["start_time"], s["end_time"]) if t)
        rows.append([ctx.date(s["date"], short=True), time]
                    + [ctx.show("sessions", s, c) for c in cols])
    out.append(data_table(ctx, headers, rows, wide=[2],
                          caption=translate("Report", "Programme")))
    out += ctx.heading(1, translate("Report", "Participation"))
    out += participation(ctx)
    return out


def participation(ctx: Ctx) -> list[Flowable]:
    """Counts only (no names), so this part stays in a report without personal data."""
    people = ctx.ws.records("participants")
    if not people:
        return [ctx.none_recorded()]
    orgs = {p["organisation"] or p["organisation_other"] for p in people} - {None, ""}
    sex = Counter(p["sex"] or "not_stated" for p in people)
    role = Counter(p["role"] or "participant" for p in people)
    text = translate("Report", "{n} participants from {orgs} organisations took part.").format(
        n=ctx.number(len(people)), orgs=ctx.number(len(orgs))
    )
    out: list[Flowable] = [ctx.p(text)]
    rows = [
        [translate("Enum", label), ctx.number(sex[key])] for key, label in enums.SEX if sex[key]
    ]
    rows += [
        [translate("Enum", label), ctx.number(role[key])]
        for key, label in enums.PARTICIPANT_ROLES
        if role[key]
    ]
    out.append(
        data_table(
            ctx,
            [translate("Report", "Participants by sex and role"), translate("Report", "Number")],
            rows,
            numeric=[1],
            caption=translate("Report", "Participants by sex and role"),
        )
    )
    return out
