"""Step 3, data inventory: data sources, indicators, which source feeds which indicator,
and the coverage heatmap."""

from __future__ import annotations

from mainstream_desktop.app.pages.base import StepPage


class DataPage(StepPage):
    step = "data"

    def build(self) -> None:
        super().build()
        self.add_picture("CoverageHeatmap", self.tr("Coverage heatmap"),
                         {"coverage", "indicators", "data_sources"})
