"""Step 0, the workshop: its own record (title, country, dates…), participants, sessions."""

from __future__ import annotations

from mainstream_desktop.app.pages.base import StepPage
from mainstream_desktop.app.record_form import RecordForm


class WorkshopPage(StepPage):
    step = "workshop"

    def build(self) -> None:
        self.workshop_form = RecordForm(self.doc, "workshop", self)
        self.workshop_form.setObjectName("register_workshop")
        self.workshop_form.show_record(self.doc.ws.workshop()["id"])
        self.workshop_form.message.connect(self.message)
        self.tabs.addTab(self.workshop_form, self.tr("Workshop"))
        self.add_register("participants", self.tr("Participants"))
        self.add_register("sessions", self.tr("Sessions"))
