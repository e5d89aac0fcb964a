"""The pictures of the window: power–interest grid, stakeholder network, data coverage
heatmap, indicator trends and sector coherence overview.

Each is a widget with ``set_workshop(ws)`` and ``refresh()``; the numbers and layouts come
from :mod:`mainstream_desktop.core.figures`, which the PDF report draws too, so the
window and the report show the same picture. No picture writes to the workshop: the
grid *asks* for a move with a signal and the page makes it an undoable edit.
"""

from __future__ import annotations

from mainstream_desktop.app.pictures.coherence import CoherenceOverview
from mainstream_desktop.app.pictures.coverage import CoverageHeatmap
from mainstream_desktop.app.pictures.grid import PowerInterestView
from mainstream_desktop.app.pictures.network import NetworkView
from mainstream_desktop.app.pictures.trend import TrendView

__all__ = ["CoherenceOverview", "CoverageHeatmap", "NetworkView", "PowerInterestView", "TrendView"]
