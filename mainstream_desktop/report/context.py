"""What every chapter needs while it builds its part of the story.

A :class:`Ctx` holds the workshop, the options, the styles, and the helpers that turn
user strings into safe flowables (escaped, right font per script, right-to-left when
needed), so no chapter ever builds paragraph markup from user text itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.doctemplate import NotAtTopPageBreak

from mainstream_desktop.core import validation
from mainstream_desktop.core.i18n import current_language, translate
from mainstream_desktop.core.registers import register
from mainstream_desktop.core.store import Workshop
from mainstream_desktop.report.bidi import BidiParagraph, base_rtl
from mainstream_desktop.report.cjk import CJKParagraph, has_cjk
from mainstream_desktop.report.fonts import SANS_BOLD, has_rtl, markup, tie
from mainstream_desktop.report.styles import Styles

# How the report's language joins the items of a list, and the items of a list whose
# items may hold commas themselves (the Arabic comma and semicolon; Chinese 顿号 and
# full-width semicolon). Other languages write ", " and "; ".
_LIST_SEPARATORS = {
    "ar": ("\u060c ", "\u061b "), "fa": ("\u060c ", "\u061b "), "ur": ("\u060c ", "\u061b "),
    "zh": ("\u3001", "\uff1b"), "ja": ("\u3001", "\uff1b"),
}


def plural(n: int, one: str, many: str) -> str:
    """Pick the singular or plural template (translated with context "Report") by the
    plural rule of the report's language: French says "0 action adoptée", Russian
    "21 участник" — the singular form, where English would use the plural."""
    from babel import Locale

    try:
        form = Locale.parse(current_language()).plural_form(abs(n))
    except (ValueError, LookupError):
        form = "one" if n == 1 else "other"
    return translate("Report", one) if form == "one" else translate("Report", many)


@dataclass(frozen=True)
class TocEntry:
    level: int  # 0 chapter, 1 section
    key: str
    title: str


class Heading(Flowable):
    """A chapter or section title: a PDF bookmark, an outline entry and a TOC line.

    It wraps the title paragraph and never splits, so a title is not cut in two.
    """

    def __init__(self, inner: Flowable, entry: TocEntry, style: ParagraphStyle):
        super().__init__()
        self.inner = inner
        self.entry = entry
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.entry.key, 0, self.height + self.style.spaceBefore)
        self.inner.drawOn(self.canv, 0, 0)


@dataclass
class Ctx:
    """Build-time state shared by the chapters of one export."""

    ws: Workshop
    styles: Styles
    language: str
    personal_data: bool
    frame_width: float
    frame_height: float
    check_cancel: Callable[[], None] = lambda: None
    toc: list[TocEntry] = field(default_factory=list)
    figures: list[TocEntry] = field(default_factory=list)  # the list of figures
    tables: list[TocEntry] = field(default_factory=list)  # the list of tables
    # column widths shared by the tables of one kind (the policy table of each sector)
    width_plans: dict[str, list[float]] = field(default_factory=dict)
    _headings: int = 0
    _chapter: int = 0
    _section: int = 0
    # what figures and tables of the current chapter are numbered under: "4" in chapter 4,
    # "A" in annex A, "" in an unnumbered chapter (the summary): "Table 4.1", "Table A.1",
    # "Table 1"; counted per (kind, prefix), so unnumbered chapters share one count
    _prefix: str = ""
    _counts: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def rtl(self) -> bool:
        return self.styles.rtl

    @property
    def cldr_locale(self) -> str:
        """The locale dates and lists are written in. UN editorial style writes English
        as British English does: "24 November 2026", "a, b and c"; the other languages'
        own forms already follow it."""
        return "en_GB" if self.language in ("en", "en_US") else self.language

    # --- text -------------------------------------------------------------------------

    def p(self, text: object, style: ParagraphStyle | None = None, *,
          bold: bool = False) -> Flowable:
        """A paragraph of user or translated text (escaped; fonts and direction chosen).

        In a bold style (headings, table heads) Arabic takes its bold face and Chinese,
        which has none, is stroked: the style's font names only the Latin face.
        """
        style = style or self.styles.body
        text = tie("" if text is None else str(text))
        if not text.isascii():
            strong = bold or style.fontName == SANS_BOLD
            if self.rtl or has_rtl(text):
                return BidiParagraph(text, style, rtl=base_rtl(text, self.rtl), bold=strong)
            if has_cjk(text):
                return CJKParagraph(text, style, bold=strong, embolden=strong)
            return Paragraph(markup(text, bold=strong), style)
        return Paragraph(markup(text, bold=bold), style)

    def join(self, items: Iterable[str], *, strong: bool = False) -> str:
        """Items of a list joined as the report's language writes it ("a، b" in Arabic,
        "a、b" in Chinese); ``strong`` for items that may hold commas ("a; b")."""
        language = self.language.split("_")[0]
        weak, semi = _LIST_SEPARATORS.get(language, (", ", "; "))
        items = list(items)
        if language in ("zh", "ja"):  # 、 unless an item holds a comma of its own
            strong = any(mark in i for i in items for mark in "、，,")
        return (semi if strong else weak).join(items)

    def names(self, items: Sequence[str]) -> str:
        """Items of a sentence joined as the report's language does ("a, b and c",
        "a, b et c", "a、b和c"), through CLDR's list patterns."""
        from babel.lists import format_list

        items = [str(i) for i in items]
        if self.language.split("_")[0] in ("ar", "fa", "ur"):
            # CLDR joins Arabic lists with a bare و ("أ وب وج"), which cannot be told
            # apart from the و inside names such as "التنمية الحضرية والإسكان"
            return self.join(items)
        if any(mark in i for i in items for mark in (", ", "، ", "，")):
            return self.join(items, strong=True)  # "a, b; c" would be read as four items
        try:
            return format_list(items, locale=self.cldr_locale)
        except (ValueError, LookupError):
            return format_list(items, locale="en_GB")

    def bullets(self, items: list[str]) -> list[Flowable]:
        """A bulleted list; each item is plain text."""
        bullet = "•"
        return [self._bulleted(item, bullet) for item in items]

    def _bulleted(self, item: str, bullet: str) -> Flowable:
        style = self.styles.bullet
        item = tie(item)
        if self.rtl or has_rtl(item):
            return BidiParagraph(f"{bullet} {item}", style, rtl=base_rtl(item, self.rtl))
        if has_cjk(item):
            return CJKParagraph(item, style, bullet=bullet)
        return Paragraph(markup(item), style, bulletText=bullet)

    def heading(self, level: int, title: str, *, numbered: bool = True,
                label: str = "") -> list[Flowable]:
        """A chapter (level 0) or section (level 1, 2) title, kept off the page bottom.

        Numbered chapters count 1, 2…; their sections 1.1, 1.2… An unnumbered chapter's
        ``label`` (an annex's letter) numbers its figures and tables ("Table A.1").
        """
        styles = (self.styles.h1, self.styles.h2, self.styles.h3)
        style = styles[level]
        out: list[Flowable] = []
        if level == 0:
            self._prefix = label
        if numbered and level == 0:
            self._chapter += 1
            self._section = 0
            self._prefix = str(self._chapter)
            title = f"{self._chapter}. {title}"
        elif numbered and level == 1 and self._chapter:
            self._section += 1
            title = f"{self._chapter}.{self._section} {title}"
        if level == 0:
            out.append(NotAtTopPageBreak())  # chapters start on a fresh page
        else:
            out.append(CondPageBreak(120 if level == 1 else 80))
        self._headings += 1
        entry = TocEntry(level, f"h{self._headings}", title)
        if level <= 1:
            self.toc.append(entry)
        out.append(Heading(self.p(title, style), entry, style))
        return out

    def subhead(self, text: str) -> list[Flowable]:
        """A small unnumbered title (a record's name) kept off the page bottom."""
        # room for the title and the head and first rows of a table under it
        return [CondPageBreak(95), self.p(text, self.styles.h3)]

    def figure(self, drawing: Flowable, caption: str) -> Flowable:
        """A chart with its numbered caption and its source line, kept together on one
        page; its number and first sentence go to the list of figures."""
        drawing.hAlign = "CENTER"
        number = self._next_number("figure")
        self._headings += 1
        title = translate("Report", "Figure {number}. {caption}").format(
            number=number, caption=caption)
        short = caption.split(". ", 1)[0].rstrip(".")
        if caption.endswith(")") and " (" in caption:  # "(part 1 of 2)" tells parts apart
            tail = caption[caption.rindex(" ("):]
            if tail not in short:
                short += tail
        entry = TocEntry(2, f"h{self._headings}", translate(
            "Report", "Figure {number}. {caption}").format(number=number, caption=short))
        self.figures.append(entry)
        style = self.styles.caption
        return KeepTogether([Spacer(1, 4), drawing, Heading(self.p(title, style), entry, style),
                             self.p(self.source_line(), style)])

    def _next_number(self, kind: str) -> str:
        """The next figure's or table's number in the current chapter: "4.2", "A.1", "3".

        Digits stay Western in every language, as the chapter and section numbers do."""
        key = (kind, self._prefix)
        self._counts[key] = self._counts.get(key, 0) + 1
        n = self._counts[key]
        return f"{self._prefix}.{n}" if self._prefix else str(n)

    def table_title(self, caption: str) -> Heading:
        """A numbered table's title ("Table 4.1. Policies in force, Health"), set above
        its table as UN editorial style wants (a figure's caption goes below it); the
        title goes to the list of tables, whose page number the layout fills in."""
        number = self._next_number("table")
        self._headings += 1
        title = translate("Report", "Table {number}. {caption}").format(
            number=number, caption=caption)
        entry = TocEntry(2, f"h{self._headings}", title)
        self.tables.append(entry)
        style = self.styles.table_title
        return Heading(self.p(title, style, bold=True), entry, style)

    def source_line(self) -> str:
        """Where a figure's or a table's numbers come from: this workshop, as of its date."""
        w = self.ws.workshop()
        day = w.get("end_date") or w.get("start_date") or dt.date.today().isoformat()
        return translate("Report", "Source: workshop data, {date}.").format(
            date=self.date(day))

    def none_recorded(self) -> Flowable:
        return self.p(translate("Report", "None recorded."), self.styles.small)

    # --- values -----------------------------------------------------------------------

    def shared(self, table: str, names: Sequence[str]) -> list[str]:
        """The fields among ``names`` this export shows: a field declared personal only
        when the report includes personal data. Chapters pick their columns through this,
        so a field flagged personal leaves every table and card at once."""
        reg = register(table)
        return [n for n in names if self.personal_data or not reg.field(n).personal]

    def shows(self, table: str, name: str) -> bool:
        return bool(self.shared(table, (name,)))

    def show(self, table: str, rec: dict[str, Any], name: str) -> str:
        """A stored value as the reader should see it (labels, referenced names); empty
        for a personal field in a report without personal data, whoever asks."""
        f = register(table).field(name)
        if f.personal and not self.personal_data:
            return ""
        value = rec.get(name)
        if f.kind == "ref":
            return self.ws.title_of(f.ref or "", value) if value else ""
        if f.kind == "date" and value:
            return self.date(value, short=True)
        if f.kind == "float" and value is not None:
            return self.number(value)
        if f.kind == "multi" and value:
            return self.join((validation.display(f, [v]) for v in value), strong=True)
        return validation.display(f, value)

    def label(self, table: str, name: str) -> str:
        """The translated label of a field, for column headers."""
        return translate("Field", register(table).field(name).label)

    def date(self, iso: str | None, *, short: bool = False) -> str:
        """A date as the report's language writes it (short: for table cells)."""
        if not iso:
            return ""
        try:
            day = dt.date.fromisoformat(iso)
        except ValueError:
            return iso
        from babel.dates import format_date

        try:
            return format_date(day, "medium" if short else "long", locale=self.cldr_locale)
        except (ValueError, LookupError):
            return format_date(day, "medium" if short else "long", locale="en_GB")

    def number(self, value: float, digits: int = 0) -> str:
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        try:
            return format_decimal(value, format=pattern, locale=self.language)
        except (ValueError, LookupError):
            return format_decimal(value, format=pattern, locale="en")
