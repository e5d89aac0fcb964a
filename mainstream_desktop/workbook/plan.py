"""What an import would do: the preview the user confirms, and the operations behind it.

A plan is computed without writing anything (:func:`importer.plan_import`, through the
store's :meth:`~mainstream_desktop.core.store.Workshop.preview`) and carried out by
:func:`apply.apply_import` only if it has no errors and the workshop has not changed
since. Its problems name sheet, row, column and value, so a facilitator can
find each cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mainstream_desktop.core.batch import Plan
from mainstream_desktop.core.i18n import translate

MAX_ERRORS = 200


@dataclass
class SheetSummary:
    """Per sheet: how many rows add, update or leave a record unchanged."""

    name: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class ImportProblem:
    """One error or warning, located in the workbook."""

    sheet: str
    row: int | None
    column: str
    value: Any
    message: str

    def __str__(self) -> str:
        where = self.sheet
        if self.row is not None:
            where += ", " + translate("Import", "row {row}").format(row=self.row)
        if self.column:
            where += ", " + translate("Import", "column “{column}”").format(column=self.column)
        if self.value is None or self.value == "":
            return f"{where}: {self.message}"
        return f"{where}: “{_short(self.value)}” — {self.message}"


def _short(value: Any, limit: int = 60) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class ImportPlan:
    """The preview of an import. ``ok`` only when nothing is wrong."""

    source: Path
    sheets: list[SheetSummary] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[ImportProblem] = field(default_factory=list)
    truncated: int = 0  # errors found beyond MAX_ERRORS, not listed
    batch: Plan | None = None  # the store's preview of the import's operations
    language: str = "en"

    @property
    def errors(self) -> list[str]:
        return [str(p) for p in self.problems]

    @property
    def warnings(self) -> list[str]:
        return [str(p) for p in self.notes]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.truncated

    @property
    def added(self) -> int:
        return sum(s.added for s in self.sheets)

    @property
    def updated(self) -> int:
        return sum(s.updated for s in self.sheets)

    @property
    def changes_anything(self) -> bool:
        return self.batch is not None and bool(self.batch.changes)

    def error(self, sheet: str, row: int | None, column: str, value: Any, message: str) -> None:
        if len(self.problems) >= MAX_ERRORS:
            self.truncated += 1
            return
        self.problems.append(ImportProblem(sheet, row, column, value, message))

    def warn(self, sheet: str, row: int | None, column: str, value: Any, message: str) -> None:
        if len(self.notes) < MAX_ERRORS:
            self.notes.append(ImportProblem(sheet, row, column, value, message))

    def summary(self) -> str:
        """The preview as text: one line per sheet, then warnings and errors."""
        lines = [translate("Import", "Import from “{name}”:").format(name=self.source.name)]
        for s in self.sheets:
            lines.append(
                "  "
                + translate(
                    "Import", "{sheet}: {added} to add, {updated} to update, {unchanged} unchanged"
                ).format(sheet=s.name, added=s.added, updated=s.updated, unchanged=s.unchanged)
            )
        if self.notes:
            lines.append(translate("Import", "Warnings:"))
            lines += ["  " + w for w in self.warnings]
        if self.problems:
            lines.append(
                translate(
                    "Import", "{n} error(s); nothing will be imported until they are fixed:"
                ).format(n=len(self.problems) + self.truncated)
            )
            lines += ["  " + e for e in self.errors]
            if self.truncated:
                lines.append(
                    "  "
                    + translate("Import", "… and {n} more errors not listed.").format(
                        n=self.truncated
                    )
                )
        return "\n".join(lines)
