"""Step 4, sectoral review: sectors, their assessments, policies, and the coherence
overview."""

from __future__ import annotations

from mainstream_desktop.app.pages.base import StepPage


class SectorsPage(StepPage):
    step = "sectors"

    def build(self) -> None:
        super().build()
        self.add_picture("CoherenceOverview", self.tr("Coherence overview"),
                         {"sectors", "assessments", "policies"})
