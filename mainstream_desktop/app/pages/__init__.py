"""One page per step, in process order, then the deliverables.

A page is built the first time it is shown, so opening a workshop draws only the
first page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mainstream_desktop.app.pages.actions import ActionsPage
from mainstream_desktop.app.pages.base import StepPage
from mainstream_desktop.app.pages.commitment import CommitmentPage
from mainstream_desktop.app.pages.data import DataPage
from mainstream_desktop.app.pages.institutions import InstitutionsPage
from mainstream_desktop.app.pages.sectors import SectorsPage
from mainstream_desktop.app.pages.workshop import WorkshopPage


class _Deliverables:
    """Stands in for DeliverablesPage until it is built: its module (exports, import
    preview, workers) is not needed on the way to the first page."""

    step = ""

    def __new__(cls, *args, **kwargs) -> StepPage:  # type: ignore[misc]
        from mainstream_desktop.app.pages.deliverables import DeliverablesPage

        return DeliverablesPage(*args, **kwargs)


PAGES: tuple[type[StepPage], ...] = (WorkshopPage, CommitmentPage, InstitutionsPage, DataPage,
                                     SectorsPage, ActionsPage, _Deliverables)  # type: ignore
DELIVERABLES = len(PAGES) - 1  # the index of the deliverables page, the last one


def page_titles() -> list[str]:
    """The navigator's names of the pages, translated."""
    t = QCoreApplication.translate
    return [t("Steps", "Workshop"), t("Steps", "Political commitment"),
            t("Steps", "Institutional mapping"), t("Steps", "Data inventory"),
            t("Steps", "Sectoral review"), t("Steps", "Action plan"), t("Steps", "Deliverables")]


__all__ = ["DELIVERABLES", "PAGES", "StepPage", "page_titles"]
