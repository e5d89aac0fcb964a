"""The Excel workbook of a workshop, both directions: one format for export and import.

:func:`write_workbook` writes it; :func:`plan_import` reads one back and says what an
import would add, change and reject, writing nothing; :func:`apply_import` carries a
clean plan out in one transaction after a backup. The format itself (sheets, columns,
how records are named) is defined once, in :mod:`layout`.
"""

from __future__ import annotations

from mainstream_desktop.workbook.apply import apply_import, import_workbook
from mainstream_desktop.workbook.importer import plan_import
from mainstream_desktop.workbook.plan import ImportPlan, ImportProblem, SheetSummary
from mainstream_desktop.workbook.writer import write_workbook

__all__ = ["ImportPlan", "ImportProblem", "SheetSummary", "apply_import", "import_workbook",
           "plan_import", "write_workbook"]
