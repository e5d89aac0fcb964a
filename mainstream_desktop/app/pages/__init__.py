"""One page per step, in process order, then the deliverables.

A step page's tabs are the registers that declare that step (core.registers), in their
declared order and with their declared tab labels; the pages that also show pictures
add them in their own class. The navigator names the steps as :data:`enums.STEPS` does.
A page is built, and its module imported, the first time it is shown, so opening a
workshop draws only the first page.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mainstream_desktop.app.document import Document
from mainstream_desktop.app.pages.base import StepPage
from mainstream_desktop.core import enums
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import STEP_KEYS


@dataclass(frozen=True)
class Page:
    """How one page is made: its step, and the class that adds its pictures, if any
    (``module`` of app.pages and class name; otherwise a plain :class:`StepPage`)."""

    step: str
    module: str = ""
    cls: str = ""

    def __call__(self, doc: Document, title: str, parent: QWidget | None = None) -> StepPage:
        if not self.module:
            return StepPage(doc, title, parent, step=self.step)
        kind = getattr(import_module(f"mainstream_desktop.app.pages.{self.module}"), self.cls)
        return kind(doc, title, parent)


# The steps whose pages show pictures besides their registers.
_WITH_PICTURES = {
    "institutions": Page("institutions", "institutions", "InstitutionsPage"),
    "data": Page("data", "data", "DataPage"),
    "sectors": Page("sectors", "sectors", "SectorsPage"),
}

PAGES: tuple[Page, ...] = (
    *(_WITH_PICTURES.get(step, Page(step)) for step in STEP_KEYS),
    Page("", "deliverables", "DeliverablesPage"),
)
DELIVERABLES = len(PAGES) - 1  # the index of the deliverables page, the last one


def page_titles() -> list[str]:
    """The navigator's names of the pages, translated: the steps' own names, then the
    deliverables."""
    return [*(translate("Enum", label) for _, label in enums.STEPS),
            QCoreApplication.translate("Steps", "Deliverables")]


__all__ = ["DELIVERABLES", "PAGES", "Page", "StepPage", "page_titles"]
