"""The page furniture: templates, cover band, running header, footer, watermark, TOC.

The document is laid out in a single pass (twice the speed of reportlab's multiBuild):
numbers that are only known at the end — "of Y" in "Page X of Y" and the page of each
table-of-contents entry — are drawn as PDF form objects that the canvas defines when it
saves, after the last page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.captioned import Captioned
from mainstream_desktop.report.context import Heading, TocEntry
from mainstream_desktop.report.fonts import SANS, draw_text, fit
from mainstream_desktop.report.styles import ACCENT, GRID, INK, MUTED, NAVY, WHITE

PAPER = {"a4": A4, "letter": LETTER}
MARGIN_X = 2.1 * cm
MARGIN_TOP = 2.4 * cm
MARGIN_BOTTOM = 2.1 * cm

# Streams are compressed only, not also written as ASCII85 text: a quarter smaller, and
# reportlab's pure-Python ASCII85 encoder took 7 % of a large export. (A process-wide
# setting; the report is this program's only writer of PDF.)
rl_config.useA85 = 0


@dataclass
class PageInfo:
    """What the page furniture shows, collected before and during layout."""

    title: str
    subtitle: str
    right: str  # header text opposite the title (country, year)
    rtl: bool
    watermark: str | None
    # the PDF's document information: who made it, what it is about, in which language
    head: str = ""  # the running head: the short title, or the title shortened at a word
    author: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en"
    pages: dict[str, int] = field(default_factory=dict)  # heading key -> page
    page_count: int = 0


def frame_width(paper: str) -> float:
    return PAPER[paper][0] - 2 * MARGIN_X


def frame_height(paper: str) -> float:
    return PAPER[paper][1] - MARGIN_TOP - MARGIN_BOTTOM


class ReportCanvas(Canvas):
    """Embeds only our fonts, and defines the deferred page-number forms on save."""

    info: PageInfo

    def __init__(self, *args: object, **kwargs: object):
        kwargs["initialFontName"] = SANS
        super().__init__(*args, **kwargs)

    def save(self) -> None:
        info = self.info
        total = info.page_count
        template = translate("Report", "Page {page} of {total}")
        for page in range(2, total + 1):
            self.beginForm(f"md-page-{page}", lowerx=-200, lowery=-5, upperx=200, uppery=12)
            draw_text(self, 0, 0, template.format(page=page, total=total), 8,
                      anchor="start" if info.rtl else "end", rtl=info.rtl)
            self.endForm()
        for key, page in info.pages.items():
            self.beginForm(f"md-toc-{key}", lowerx=-60, lowery=-5, upperx=60, uppery=14)
            self.setFillColor(NAVY)
            draw_text(self, 0, 0, str(page), 9.5, anchor="start" if info.rtl else "end")
            self.endForm()
        super().save()


class ReportDoc(BaseDocTemplate):
    """Cover page template, then body pages with header and footer."""

    def __init__(self, filename: str, info: PageInfo, paper: str,
                 on_flowable: Callable[[], None]):
        size = PAPER[paper]
        super().__init__(filename, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                         title=info.title, subject=info.subtitle, author=info.author,
                         keywords=list(info.keywords), lang=info.language.replace("_", "-"),
                         displayDocTitle=1, creator="Mainstream Desktop",
                         producer="Mainstream Desktop (ReportLab)", invariant=0)
        self.info = info
        self._on_flowable = on_flowable
        w, h = size
        body = Frame(MARGIN_X, MARGIN_BOTTOM, w - 2 * MARGIN_X, h - MARGIN_TOP - MARGIN_BOTTOM,
                     id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover = Frame(MARGIN_X, 3 * cm, w - 2 * MARGIN_X, h - 8.5 * cm, id="cover",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPage=self._cover_page, onPageEnd=self._page_end),
            PageTemplate("body", [body], onPage=self._body_page, onPageEnd=self._page_end),
        ])

    # --- hooks --------------------------------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:
        # a numbered table drawn whole holds its title (and the section titles before it)
        inner = flowable.headings() if isinstance(flowable, Captioned) else (flowable,)
        for heading in inner:
            if isinstance(heading, Heading):
                entry = heading.entry
                self.info.pages[entry.key] = self.page
                if entry.level <= 1:
                    self.canv.addOutlineEntry(entry.title, entry.key, level=entry.level,
                                              closed=entry.level > 0)
        self._on_flowable()

    def handle_pageEnd(self) -> None:
        self.info.page_count = self.page
        super().handle_pageEnd()

    # --- drawing ------------------------------------------------------------------------

    def _watermark(self, canv: Canvas) -> None:
        """The draft mark, drawn after the page's content so tables and charts can't
        hide it; translucent so the text under it stays readable."""
        if not self.info.watermark:
            return
        w, h = self.pagesize
        canv.saveState()
        canv.translate(w / 2, h / 2)
        canv.rotate(52)
        canv.setFillColorRGB(0.78, 0.16, 0.16)
        canv.setFillAlpha(0.13)
        text = fit(self.info.watermark, h * 0.95, 54, bold=True)
        draw_text(canv, 0, -18, text, 54, bold=True, anchor="middle", rtl=self.info.rtl)
        canv.restoreState()

    def _cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        w, h = self.pagesize
        canv.saveState()
        canv.setFillColor(NAVY)
        canv.rect(0, h - 2.6 * cm, w, 2.6 * cm, stroke=0, fill=1)
        canv.setFillColor(ACCENT)
        canv.rect(0, h - 2.9 * cm, w, 0.3 * cm, stroke=0, fill=1)
        canv.setFillColor(WHITE)
        x = w - MARGIN_X if self.info.rtl else MARGIN_X
        draw_text(canv, x, h - 1.55 * cm, fit(self.info.subtitle, w - 2 * MARGIN_X, 12),
                  12, anchor="end" if self.info.rtl else "start", rtl=self.info.rtl)
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, 2.3 * cm, w - MARGIN_X, 2.3 * cm)
        canv.restoreState()

    def _body_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        w, h = self.pagesize
        info = self.info
        canv.saveState()
        y = h - MARGIN_TOP + 0.75 * cm
        canv.setFillColor(MUTED)
        usable = w - 2 * MARGIN_X
        right = fit(info.right, usable * 0.3, 8)
        title = fit(info.head or info.title, usable * 0.66, 8, bold=True)
        start, end = (w - MARGIN_X, MARGIN_X) if info.rtl else (MARGIN_X, w - MARGIN_X)
        canv.setFillColor(NAVY)
        draw_text(canv, start, y, title, 8, bold=True,
                  anchor="end" if info.rtl else "start", rtl=info.rtl)
        canv.setFillColor(MUTED)
        draw_text(canv, end, y, right, 8, anchor="start" if info.rtl else "end", rtl=info.rtl)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.8)
        canv.line(MARGIN_X, y - 5, w - MARGIN_X, y - 5)
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.4)
        fy = MARGIN_BOTTOM - 0.9 * cm
        canv.line(MARGIN_X, fy + 11, w - MARGIN_X, fy + 11)
        canv.setFillColor(MUTED)
        sub = fit(info.subtitle, usable * 0.6, 7.5)
        draw_text(canv, start, fy, sub, 7.5, anchor="end" if info.rtl else "start",
                  rtl=info.rtl)
        canv.saveState()
        canv.translate(end, fy)
        canv.doForm(f"md-page-{self.page}")
        canv.restoreState()
        canv.restoreState()

    def _page_end(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        self.info.page_count = self.page
        self._watermark(canv)


class TocLine(Flowable):
    """One table-of-contents line: title, dotted leader, page number (a deferred form)."""

    def __init__(self, entry: TocEntry, rtl: bool):
        super().__init__()
        self.entry = entry
        self.rtl = rtl
        self.size = 10.5 if entry.level == 0 else 9.5
        self.bold = entry.level == 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = 22 if self.entry.level == 0 else 15.5
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        indent = 16 if self.entry.level == 1 else 0  # sections under their chapter
        number_room = 34
        room = self.width - indent - number_room - 8
        title = fit(self.entry.title, room, self.size, self.bold)
        y = 4
        c.setFillColor(NAVY if self.bold else INK)
        lead_from: float
        if self.rtl:
            end = draw_text(c, self.width - indent, y, title, self.size, bold=self.bold,
                            anchor="end", rtl=True)
            lead_from, lead_to = number_room, self.width - indent - end - 6
        else:
            end = draw_text(c, indent, y, title, self.size, bold=self.bold)
            lead_from, lead_to = indent + end + 6, self.width - number_room
        if lead_to - lead_from > 10:
            c.saveState()
            c.setStrokeColor(GRID)
            c.setDash(0.6, 2.6)
            c.setLineWidth(0.8)
            c.line(lead_from, y, lead_to, y)
            c.restoreState()
        c.saveState()
        c.translate(0 if self.rtl else self.width, y)
        c.doForm(f"md-toc-{self.entry.key}")
        c.restoreState()
        height = self.size + 4
        c.linkRect("", self.entry.key, (0, y - 3, self.width, y + height - 3), relative=1,
                   thickness=0)
