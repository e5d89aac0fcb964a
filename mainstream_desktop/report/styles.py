"""Typography and colours of the report, in one place.

One sans family (Noto Sans, with its fallbacks) at a few sizes gives the hierarchy; the
colours are dark enough to stay distinct when a ministry prints the report in black and
white. Right-to-left reports get the same styles aligned to the right.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from mainstream_desktop.report.fonts import SANS, SANS_BOLD, SANS_ITALIC

INK = colors.HexColor("#1A1A1A")
NAVY = colors.HexColor("#1F3A5F")
ACCENT = colors.HexColor("#2E7D8C")
MUTED = colors.HexColor("#56616B")
GRID = colors.HexColor("#B8C2CC")
ZEBRA = colors.HexColor("#F1F4F7")
PALE = colors.HexColor("#E3EAF1")
WHITE = colors.white

# Fills ordered from dark to light: readable as distinct greys in black-and-white print.
SERIES = (
    colors.HexColor("#1F3A5F"),
    colors.HexColor("#2E7D8C"),
    colors.HexColor("#8FB8C4"),
    colors.HexColor("#D9E4EA"),
    colors.HexColor("#FFFFFF"),
)


@dataclass(frozen=True)
class Styles:
    rtl: bool
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    bullet: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_num: ParagraphStyle
    head: ParagraphStyle
    caption: ParagraphStyle
    table_title: ParagraphStyle
    label: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    cover_meta: ParagraphStyle
    toc_title: ParagraphStyle

    @property
    def align(self) -> int:
        return TA_RIGHT if self.rtl else TA_LEFT


def make_styles(rtl: bool = False) -> Styles:
    """The paragraph styles, aligned for the report's text direction."""
    align = TA_RIGHT if rtl else TA_LEFT

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {"fontName": SANS, "fontSize": 9.5, "leading": 13.6,
                                   "textColor": INK, "alignment": align}
        base.update(kw)
        return ParagraphStyle(name, **base)

    indent = {"rightIndent": 12} if rtl else {"leftIndent": 12}
    return Styles(
        rtl=rtl,
        body=style("body", spaceAfter=6),
        lead=style("lead", fontName=SANS_ITALIC, fontSize=10, leading=14.5, textColor=MUTED,
                   spaceAfter=10),
        small=style("small", fontSize=8, leading=10.5, textColor=MUTED),
        bullet=style("bullet", spaceAfter=3, bulletFontName=SANS, bulletIndent=2
                     if not rtl else 0, **indent),
        h1=style("h1", fontName=SANS_BOLD, fontSize=20, leading=25, textColor=NAVY,
                 spaceBefore=0, spaceAfter=12),
        h2=style("h2", fontName=SANS_BOLD, fontSize=13.5, leading=17, textColor=NAVY,
                 spaceBefore=14, spaceAfter=6),
        h3=style("h3", fontName=SANS_BOLD, fontSize=10.5, leading=14, textColor=INK,
                 spaceBefore=10, spaceAfter=4),
        cell=style("cell", fontSize=8.2, leading=10.4),
        cell_num=style("cell_num", fontSize=8.2, leading=10.4,
                       alignment=TA_LEFT if rtl else TA_RIGHT),
        head=style("head", fontName=SANS_BOLD, fontSize=8.2, leading=10.4, textColor=WHITE),
        caption=style("caption", fontName=SANS_ITALIC, fontSize=8, leading=10.5,
                      textColor=MUTED, spaceBefore=3, spaceAfter=10),
        # a table's title, above it: the caption's size, upright and bold (UN tables)
        table_title=style("table_title", fontName=SANS_BOLD, fontSize=8.5, leading=11,
                          textColor=NAVY, spaceBefore=8, spaceAfter=4),
        label=style("label", fontName=SANS_BOLD, fontSize=8.2, leading=10.4, textColor=NAVY),
        cover_title=style("cover_title", fontName=SANS_BOLD, fontSize=28, leading=34,
                          textColor=NAVY, spaceAfter=14),
        cover_sub=style("cover_sub", fontSize=14, leading=19, textColor=ACCENT, spaceAfter=28),
        cover_meta=style("cover_meta", fontSize=11, leading=16, spaceAfter=4),
        toc_title=style("toc_title", fontName=SANS_BOLD, fontSize=20, leading=25,
                        textColor=NAVY, spaceAfter=16),
    )


__all__ = ["ACCENT", "GRID", "INK", "MUTED", "NAVY", "PALE", "SERIES", "TA_CENTER", "WHITE",
           "ZEBRA", "Styles", "make_styles"]
