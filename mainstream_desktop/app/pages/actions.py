"""Step 5, the action plan."""

from __future__ import annotations

from mainstream_desktop.app.pages.base import StepPage


class ActionsPage(StepPage):
    step = "actions"

    def build(self) -> None:
        self.add_register("actions", self.tr("Actions"),
                          ("title", "responsible", "sector", "timeframe", "priority", "cost",
                           "indicator", "status"))
