"""Step 2, institutional mapping: stakeholders and their links, with the power–interest
grid (dragging a stakeholder there rates it) and the network."""

from __future__ import annotations

from mainstream_desktop.app.pages.base import StepPage


class InstitutionsPage(StepPage):
    step = "institutions"

    def build(self) -> None:
        super().build()
        self.grid = self.add_picture("PowerInterestView", self.tr("Power–interest grid"),
                                     {"stakeholders"})
        self.network = self.add_picture("NetworkView", self.tr("Network"),
                                        {"stakeholders", "links"})
