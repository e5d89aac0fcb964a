"""What only an import checks, once every cell has been read: which rows add, change or
leave a record, and new rows that repeat an existing record (a workbook imported twice).

Everything a record must satisfy (required fields, unique names, references, cycles,
rules across fields) is the store's to check: the importer previews its operations
through :meth:`Workshop.preview` and places the problems found in the workbook. Mixed
into the planner of :mod:`importer`, which provides ``plan`` and ``records``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import Register
from mainstream_desktop.workbook import layout
from mainstream_desktop.workbook.plan import ImportPlan, SheetSummary


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


@dataclass
class Row:
    """One filled row of a register sheet, as it is read and checked."""

    sheet: str
    number: int
    record_id: str
    existing: dict[str, Any] | None
    values: dict[str, Any] = field(default_factory=dict)
    refs: dict[str, str] = field(default_factory=dict)  # ref field -> name as written
    failed: set[str] = field(default_factory=set)  # fields already reported


class RowChecks:
    """Row-level checks; the planner supplies the workshop state and the plan."""

    plan: ImportPlan

    def records(self, table: str) -> dict[str, dict[str, Any]]:
        raise NotImplementedError

    def classify(self, reg: Register, rows: list[Row]) -> SheetSummary:
        summary = SheetSummary(layout.SHEET_OF[reg.name].title)
        signatures: dict[tuple[str, ...], dict[Any, str]] = {}
        for row in rows:
            if row.existing is None:
                summary.added += 1
                if not reg.unique and not reg.singleton:
                    self.check_duplicate(reg, row, signatures)
            elif any(row.existing.get(k) != v for k, v in row.values.items()):
                summary.updated += 1
            else:
                summary.unchanged += 1
        return summary

    def check_duplicate(
        self, reg: Register, row: Row, signatures: dict[tuple[str, ...], dict[Any, str]]
    ) -> None:
        """A new row equal to an existing record (a workbook imported twice?) is refused."""
        names = tuple(sorted(row.values))
        if not names:
            return
        known = signatures.get(names)
        if known is None:
            known = {
                tuple(_hashable(r.get(n)) for n in names): translate("Import", "the workshop")
                for r in self.records(reg.name).values()
            }
            signatures[names] = known
        sig = tuple(_hashable(row.values[n]) for n in names)
        if sig in known:
            self.plan.error(
                row.sheet,
                row.number,
                "",
                None,
                translate(
                    "Import",
                    "is a new row identical to a record already in {where}; was this "
                    "workbook imported before?",
                ).format(where=known[sig]),
            )
        else:
            known[sig] = translate("Import", "row {row}").format(row=row.number)
