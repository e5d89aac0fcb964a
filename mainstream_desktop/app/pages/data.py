"""Step 3, data inventory: data sources, indicators, which source feeds which indicator,
and the coverage heatmap."""

from __future__ import annotations

from mainstream_desktop.app.pages.base import StepPage


class DataPage(StepPage):
    step = "data"

    def build(self) -> None:
        self.add_register("data_sources", self.tr("Data sources"))
        self.add_register("indicators", self.tr("Indicators"))
        self.add_register("coverage", self.tr("Coverage"))
        self.add_picture("CoverageHeatmap", self.tr("Coverage heatmap"),
                         {"coverage", "indicators", "data_sources"})
