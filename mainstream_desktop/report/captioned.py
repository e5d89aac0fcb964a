"""A numbered table kept with its title above and its notes and source line below.

UN editorial style sets a table's title above the table and its notes and source below.
A title must never stay alone at the foot of a page, nor a source line alone at the top
of the next: :class:`Captioned` keeps the title (and any section titles just before it)
with the table's head and first rows, and the notes and source with its last rows,
while the table in between still splits across pages under its repeated head.

Reportlab's ``keepWithNext`` would do the first half by measuring the whole table once
more (a long table costs as much again); here the table itself is asked to split, which
measures only the rows that fit on the page, and only when the whole does not fit.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from mainstream_desktop.report.context import Heading


def _space(flowables: Sequence[Flowable], aW: float, aH: float) -> list[tuple[Flowable, float]]:
    """Each flowable with its wrapped height."""
    return [(f, f.wrap(aW, aH)[1]) for f in flowables]


def _height(items: list[tuple[Flowable, float]], *, first: bool, last: bool) -> float:
    """Height of a run of flowables with the spaces between them; the run's outer space
    before (``first``) and after (``last``) belongs to the frame, not to the run."""
    total = 0.0
    for i, (f, h) in enumerate(items):
        total += h
        if i or not first:
            total += f.getSpaceBefore()
        if i < len(items) - 1 or not last:
            total += f.getSpaceAfter()
    return total


class Captioned(Flowable):
    """``lead`` (the title, and section titles moved in front of it) + ``table`` +
    ``foot`` (notes, source line), laid out as one block when it fits; otherwise split
    so that the lead goes with the table's first page and the foot with its last."""

    def __init__(self, lead: list[Flowable], table: Flowable, foot: list[Flowable],
                 after: Sequence[Flowable] = ()):
        super().__init__()
        self.lead = lead
        self.table = table
        self.foot = foot
        self.after = list(after)  # may be long (a cut cell's whole text): never kept
        self.hAlign = getattr(table, "hAlign", "LEFT")
        self._placed: list[tuple[Flowable, float]] = []

    def flowables(self) -> Iterator[Flowable]:
        yield from self.lead
        yield self.table
        yield from self.foot
        yield from self.after

    def headings(self) -> Iterator[Heading]:
        """The titles inside, for the document to note their pages when it is drawn whole."""
        return (f for f in self.flowables() if isinstance(f, Heading))

    def getSpaceBefore(self) -> float:
        first = (self.lead or [self.table])[0]
        return first.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        last = (self.after or self.foot or [self.table])[-1]
        return last.getSpaceAfter()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lead = _space(self.lead, availWidth, availHeight)
        foot = _space([*self.foot, *self.after], availWidth, availHeight)
        around = (_height(lead, first=True, last=False) if lead else 0.0) + (
            _height(foot, first=False, last=True) if foot else 0.0)
        # a long table measures only the rows that fit in what is left
        table = (self.table, self.table.wrap(availWidth, max(availHeight - around, 1.0))[1])
        self._placed = [*lead, table, *foot]
        self.width = availWidth
        self.height = _height(self._placed, first=True, last=True)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lead = _space(self.lead, availWidth, availHeight)
        foot = _space(self.foot, availWidth, availHeight)
        above = _height(lead, first=True, last=False) if lead else 0.0
        below = _height(foot, first=False, last=True) if foot else 0.0
        room = availHeight - above
        parts = self.table.split(availWidth, room)
        if len(parts) == 1:
            if self.table.wrap(availWidth, room)[1] + below <= room:  # only ``after`` is long
                return [*self.lead, self.table, *self.foot, *self.after]
            # the table fits, but not with its foot: keep rows with it
            parts = self.table.split(availWidth, room - below)
        if len(parts) < 2:
            if getattr(self, "_postponed", False) and self.lead:
                # a fresh page cannot hold the title with the table's first rows (a
                # crafted, page-tall title): let them part rather than stop the export
                return [*self.lead, Captioned([], self.table, self.foot, self.after)]
            return []  # the title and the table's first rows start the next page
        return [*self.lead, *parts[:-1], Captioned([], parts[-1], self.foot, self.after)]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        # each piece at its own place, aligned as it asks (a right-to-left table right)
        top = y + self.height
        for i, (f, h) in enumerate(self._placed):
            if i:
                top -= f.getSpaceBefore()
            top -= h
            width: float = getattr(f, "_width", None) or getattr(f, "width", None) or self.width
            dx = self.width - width if getattr(f, "hAlign", "LEFT") == "RIGHT" else 0.0
            f.drawOn(canvas, x + max(dx, 0.0), top)
            top -= f.getSpaceAfter()
