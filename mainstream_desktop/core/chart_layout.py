"""Geometry the window and the report both need to draw a legible chart: arrowheads at
the rim of a marker, and labels placed where they hide no other label and no marker.

Pure arithmetic on boxes and points: the caller measures its text (QFontMetrics in the
window, reportlab's font metrics in the report) and hands in sizes, so both draw the
same decisions without core knowing any toolkit. Coordinates are in the caller's units
with y growing *up or down* — nothing here depends on which.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle: left, bottom (the smaller y), width, height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def top(self) -> float:
        return self.y + self.h

    def intersects(self, other: Box) -> bool:
        return (self.x < other.right and other.x < self.right
                and self.y < other.top and other.y < self.top)

    def inside(self, other: Box) -> bool:
        return (self.x >= other.x and self.y >= other.y and self.right <= other.right
                and self.top <= other.top)

    def grown(self, by: float) -> Box:
        return Box(self.x - by, self.y - by, self.w + 2 * by, self.h + 2 * by)


@dataclass(frozen=True)
class Arrow:
    """A relation drawn from the rim of its source to the rim of its target; ``head``
    (tip, left barb, right barb) when the relation has a direction."""

    start: tuple[float, float]
    end: tuple[float, float]  # where the line stops (the head's base, if any)
    head: tuple[tuple[float, float], tuple[float, float], tuple[float, float]] | None


def arrow(x1: float, y1: float, x2: float, y2: float, r1: float, r2: float, *,
          directed: bool, size: float) -> Arrow:
    """The segment between two markers of radii ``r1``/``r2``, cut at their rims, with an
    arrowhead ``size`` long whose tip touches the target's rim when ``directed``.

    Stopping at the rim is what makes the head visible: drawn to the centre it would
    hide under the target's marker.
    """
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    if length < 1e-9:
        return Arrow((x1, y1), (x2, y2), None)
    ux, uy = dx / length, dy / length
    start = (x1 + ux * r1, y1 + uy * r1)
    tip = (x2 - ux * r2, y2 - uy * r2)
    if not directed or length <= r1 + r2 + size:
        return Arrow(start, tip, None)
    base = (tip[0] - ux * size, tip[1] - uy * size)
    half = size * 0.45
    left = (base[0] - uy * half, base[1] + ux * half)
    right = (base[0] + uy * half, base[1] - ux * half)
    return Arrow(start, base, (tip, left, right))


@dataclass(frozen=True)
class LabelRequest:
    """A text of ``w`` × ``h`` to place beside a marker of radius ``r`` at (x, y)."""

    key: str
    x: float
    y: float
    r: float
    w: float
    h: float


@dataclass(frozen=True)
class Placement:
    """Where a label went; ``leader`` is the line from the marker's rim to the label
    when the label had to stand away from its marker (None when it touches it)."""

    key: str
    box: Box
    leader: tuple[tuple[float, float], tuple[float, float]] | None


# directions tried first, nearest the marker: right, left, above, below, then diagonals
_NEAR: tuple[tuple[float, float], ...] = (
    (1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1))
_RINGS = 6  # how far out a leader line may go, in steps of one label height


def _candidate(req: LabelRequest, ux: float, uy: float, gap: float) -> Box:
    """The label box on direction (ux, uy) whose nearest edge is ``gap`` from the rim."""
    cx = req.x + ux * (req.r + gap)
    cy = req.y + uy * (req.r + gap)
    if ux > 0:
        x = cx
    elif ux < 0:
        x = cx - req.w
    else:
        x = req.x - req.w / 2
    if uy > 0:
        y = cy if ux == 0 else cy - req.h / 2 * (1 - abs(uy))
    elif uy < 0:
        y = cy - req.h if ux == 0 else cy - req.h / 2 * (1 + abs(uy))
    else:
        y = req.y - req.h / 2
    return Box(x, y, req.w, req.h)


def _far_candidates(req: LabelRequest, ring: int) -> Iterable[tuple[Box, float, float]]:
    """Boxes on a ring ``ring`` label heights out, in 16 directions."""
    distance = req.r + ring * req.h * 1.2
    for step in range(16):
        angle = step * math.pi / 8
        ux, uy = math.cos(angle), math.sin(angle)
        cx, cy = req.x + ux * distance, req.y + uy * distance
        # the box's near side faces the marker, so the leader line stays short
        x = cx if ux > 0.3 else cx - req.w if ux < -0.3 else cx - req.w / 2
        y = cy if uy > 0.3 else cy - req.h if uy < -0.3 else cy - req.h / 2
        yield Box(x, y, req.w, req.h), ux, uy


class _Buckets:
    """A coarse grid of boxes, so testing a candidate costs a few comparisons, not one
    per label (thousands of nodes in the window)."""

    def __init__(self, cell: float):
        self.cell = max(cell, 1e-6)
        self.boxes: dict[tuple[int, int], list[tuple[Box, str]]] = defaultdict(list)

    def _keys(self, b: Box) -> list[tuple[int, int]]:
        c = self.cell
        return [(i, j) for i in range(math.floor(b.x / c), math.floor(b.right / c) + 1)
                for j in range(math.floor(b.y / c), math.floor(b.top / c) + 1)]

    def add(self, b: Box, owner: str) -> None:
        for k in self._keys(b):
            self.boxes[k].append((b, owner))

    def hits(self, b: Box, ignore: str = "") -> bool:
        return any(owner != ignore and b.intersects(o)
                   for k in self._keys(b) for o, owner in self.boxes[k])


def place_labels(requests: Sequence[LabelRequest], bounds: Box, *,
                 gap: float = 1.5, pad: float = 1.0, leaders: bool = True,
                 rtl: bool = False, obstacles: Sequence[Box] = ()) -> dict[str, Placement]:
    """Labels that overlap no other label and no marker, inside ``bounds``.

    Each label tries the eight places touching its marker (its reading side first), then,
    with ``leaders``, rings further out joined to the marker by a leader line. Requests
    are placed in the order given (put the most important first); a label with no free
    place anywhere is left out of the result, never drawn over another. A request of
    width 0 is a marker only: an obstacle that wants no label, as is each box of
    ``obstacles`` (a title, a legend). ``rtl`` tries the left
    side first (the side a right-to-left reader looks to after the marker).
    """
    near = ((-1, 0), (1, 0), *_NEAR[2:]) if rtl else _NEAR
    size = max((max(r.w, r.h) for r in requests), default=10.0)
    labels = _Buckets(size)
    markers = _Buckets(size)
    for req in requests:
        markers.add(Box(req.x - req.r, req.y - req.r, 2 * req.r, 2 * req.r), req.key)
    for b in obstacles:
        labels.add(b, "")
    placed: dict[str, Placement] = {}

    def free(b: Box, key: str) -> bool:
        grown = b.grown(pad)
        return (b.inside(bounds) and not labels.hits(grown)
                and not markers.hits(grown, ignore=key))

    for req in requests:
        if req.w <= 0:
            continue
        chosen: Placement | None = None
        for ux, uy in near:
            b = _candidate(req, ux, uy, gap)
            if free(b, req.key):
                chosen = Placement(req.key, b, None)
                break
        if chosen is None and leaders:
            for ring in range(2, _RINGS + 1):
                for b, fx, fy in _far_candidates(req, ring):
                    if free(b, req.key) and not _leader_crosses(req, b, markers):
                        start = (req.x + fx * req.r, req.y + fy * req.r)
                        chosen = Placement(req.key, b, (start, _nearest_point(b, req)))
                        break
                if chosen is not None:
                    break
        if chosen is not None:
            placed[req.key] = chosen
            labels.add(chosen.box, req.key)
    return placed


def _nearest_point(b: Box, req: LabelRequest) -> tuple[float, float]:
    return (min(max(req.x, b.x), b.right), min(max(req.y, b.y), b.top))


def _leader_crosses(req: LabelRequest, b: Box, markers: _Buckets) -> bool:
    """Whether the leader from the marker to ``b`` would run through another marker
    (the reader would take the label for that marker's)."""
    ex, ey = _nearest_point(b, req)
    for t in (0.35, 0.6, 0.85):
        px, py = req.x + (ex - req.x) * t, req.y + (ey - req.y) * t
        if markers.hits(Box(px - 0.5, py - 0.5, 1, 1), ignore=req.key):
            return True
    return False


def overlaps(boxes: Sequence[Box]) -> list[tuple[int, int]]:
    """Pairs of indexes of intersecting boxes (tests and checks; quadratic)."""
    return [(i, j) for i in range(len(boxes)) for j in range(i + 1, len(boxes))
            if boxes[i].intersects(boxes[j])]


def cell_offsets(n: int, spread: float = 0.36, max_rows: int = 5) -> list[tuple[float, float]]:
    """``n`` offsets on a small regular grid centred in a unit cell, each within
    ±``spread`` (so every marker stays visibly inside its own cell): the dodge of the
    power–interest grid, which moves markers apart without suggesting another score.

    Markers stack in columns of up to ``max_rows`` (names read beside them), the columns
    side by side; y grows upwards, the first marker on top.
    """
    if n <= 1:
        return [(0.0, 0.0)] * n
    rows = min(n, max_rows)
    cols = math.ceil(n / rows)
    rows = math.ceil(n / cols)  # balance the columns
    step_x = 2 * spread / (cols - 1) if cols > 1 else 0.0
    step_y = 2 * spread / (rows - 1) if rows > 1 else 0.0
    out = []
    for i in range(n):
        c, r = divmod(i, rows)
        x = -spread + step_x * c if cols > 1 else 0.0
        y = spread - step_y * r
        out.append((x, y))
    return out
