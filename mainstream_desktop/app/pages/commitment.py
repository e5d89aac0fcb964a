"""Step 1, political commitment: commitments, coordination mechanisms and their members,
the status of international instruments, the readiness checklist."""

from __future__ import annotations

from mainstream_desktop.app.pages.base import StepPage


class CommitmentPage(StepPage):
    step = "commitment"

    def build(self) -> None:
        self.add_register("commitments", self.tr("Commitments"))
        self.add_register("mechanisms", self.tr("Coordination mechanisms"))
        self.add_register("mechanism_members", self.tr("Members"))
        self.add_register("instrument_status", self.tr("International instruments"))
        self.add_register("readiness", self.tr("Readiness checklist"))
