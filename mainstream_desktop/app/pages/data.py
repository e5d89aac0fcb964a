"""Step 3, data inventory: data sources, indicators, which source feeds which indicator,
the coverage heatmap and the indicators' trends."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from mainstream_desktop.app.pages.base import StepPage

WARM_MS = 500  # idle time after the page is built: the number patterns are loaded then


class DataPage(StepPage):
    step = "data"

    def build(self) -> None:
        super().build()
        self.add_picture("CoverageHeatmap", self.tr("Coverage heatmap"),
                         {"coverage", "indicators", "data_sources"})
        self.add_picture("TrendView", self.tr("Trends"),
                         {"indicators", "indicator_values", "data_sources", "workshop"})
        # the trend chart writes numbers as the report does (babel): its patterns are
        # read from disk once, in idle time, not when the group first opens the tab
        QTimer.singleShot(WARM_MS, self, _warm_numbers)


def _warm_numbers() -> None:
    from mainstream_desktop.core.evidence import warm_up
    from mainstream_desktop.core.i18n import current_language

    warm_up(current_language())
