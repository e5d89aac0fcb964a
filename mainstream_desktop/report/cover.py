"""The cover page and the table of contents page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Image, NextPageTemplate, PageBreak, Spacer

from mainstream_desktop.core import refdata
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.chapters.workshop import date_range, strategy_text
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.document import TocLine

LOGO_MAX_W = 6 * cm
LOGO_MAX_H = 3 * cm


def logo_flowable(path: Path, rtl: bool) -> Image:
    """The organiser's logo scaled into its box; a file that is not an image is refused
    here, before anything is written, with a message the user can act on."""
    from reportlab.lib.utils import ImageReader

    if not path.is_file():
        raise UserError(
            translate("Report", "The logo file “{name}” does not exist.").format(name=path)
        )
    try:
        reader = ImageReader(str(path))
        width, height = reader.getSize()
        reader.getRGBData()  # decode it now: a broken file fails here, not mid-export
    except Exception:
        raise UserError(
            translate(
                "Report", "The logo “{name}” cannot be read as an image; use a PNG or JPEG file."
            ).format(name=path.name)
        ) from None
    if not width or not height:
        raise UserError(translate("Report", "The logo “{name}” is empty.").format(name=path.name))
    scale = min(LOGO_MAX_W / width, LOGO_MAX_H / height)
    img = Image(str(path), width=width * scale, height=height * scale)
    img.hAlign = "RIGHT" if rtl else "LEFT"
    return img


def cover(ctx: Ctx, logo: Path | None) -> list[Flowable]:
    w = ctx.ws.workshop()
    st = ctx.styles
    out: list[Flowable] = []
    if logo is not None:
        out += [logo_flowable(logo, ctx.rtl), Spacer(1, 0.8 * cm)]
    else:
        out.append(Spacer(1, 2.2 * cm))
    out.append(ctx.p(w["title"], st.cover_title))
    country = refdata.workshop_country(w)
    out.append(ctx.p(country, st.cover_sub))
    dates = date_range(ctx, w["start_date"], w["end_date"])
    for line in (dates, w["venue"]):
        if line:
            out.append(ctx.p(line, st.cover_meta))
    if w["organisers"]:
        out.append(Spacer(1, 0.5 * cm))
        out.append(ctx.p(translate("Report", "Organised by"), st.label))
        out.append(ctx.p(w["organisers"], st.cover_meta))
    if w["national_strategy"]:
        out.append(Spacer(1, 0.3 * cm))
        out.append(ctx.p(ctx.label("workshop", "national_strategy"), st.label))
        out.append(ctx.p(strategy_text(w), st.cover_meta))
    out += [NextPageTemplate("body"), PageBreak()]
    return out


def colophon(ctx: Ctx) -> list[Flowable]:
    """How the report was made, at its very end (a publication's colophon, not its
    cover): the tool, the date, the typefaces."""
    from mainstream_desktop import __version__

    st = ctx.styles
    return [
        Spacer(1, 1.2 * cm),
        ctx.p(translate("Report", "Colophon"), st.label),
        ctx.p(translate(
            "Report", "Report produced on {date} with Mainstream Desktop {version}, from the "
                      "workshop's own records. Set in Noto Sans, Noto Naskh Arabic and "
                      "WenQuanYi Micro Hei.").format(
            date=ctx.date(dt.date.today().isoformat()), version=__version__), st.small),
    ]


def contents(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [ctx.p(translate("Report", "Contents"), ctx.styles.toc_title)]
    out += [TocLine(entry, ctx.rtl) for entry in ctx.toc]
    if ctx.figures:
        out.append(Spacer(1, 0.6 * cm))
        out.append(ctx.p(translate("Report", "Figures"), ctx.styles.toc_title))
        out += [TocLine(entry, ctx.rtl) for entry in ctx.figures]
    if ctx.tables:
        out.append(Spacer(1, 0.6 * cm))
        out.append(ctx.p(translate("Report", "Tables"), ctx.styles.toc_title))
        out += [TocLine(entry, ctx.rtl) for entry in ctx.tables]
    out.append(PageBreak())
    return out
