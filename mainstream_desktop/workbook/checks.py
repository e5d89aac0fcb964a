"""The checks an import makes on whole rows, once every cell has been read.

Required fields, new rows that repeat an existing record (a workbook imported twice),
uniqueness over the workshop as it would be after the import, and parent cycles.
Mixed into the planner of :mod:`importer`, which provides ``plan``, ``records`` and
``after``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from mainstream_desktop.core import rules, validation
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

    def after(self, table: str, rows: list[Row]) -> dict[str, dict[str, Any]]:
        raise NotImplementedError

    def classify(self, reg: Register, rows: list[Row]) -> SheetSummary:
        summary = SheetSummary(layout.SHEET_OF[reg.name].name)
        signatures: dict[tuple[str, ...], dict[Any, str]] = {}
        for row in rows:
            for f in reg.fields:
                if not f.required or f.name in row.failed:
                    continue
                missing_column = f.name not in row.values
                if row.existing is None and missing_column:
                    self.plan.error(
                        row.sheet,
                        row.number,
                        layout.header(f),
                        None,
                        translate("Import", "is required, but the sheet has no such column"),
                    )
                elif not missing_column and row.values[f.name] in (None, []):
                    self.plan.error(
                        row.sheet,
                        row.number,
                        layout.header(f),
                        None,
                        translate("Validation", "is required"),
                    )
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

    def check_unique(self, reg: Register, rows: list[Row]) -> None:
        if not reg.unique or not rows:
            return
        state = self.after(reg.name, rows)
        by_id = {row.record_id: row for row in rows}
        for columns in reg.unique:
            groups: dict[tuple[Any, ...], list[str]] = defaultdict(list)
            for rid, rec in state.items():
                key = tuple(
                    validation.fold(rec.get(c))
                    if reg.field(c).kind in validation.TEXT_KINDS and rec.get(c) is not None
                    else _hashable(rec.get(c))
                    for c in columns
                )
                if all(k is not None for k in key):
                    groups[key].append(rid)
            labels = ", ".join(translate("Field", reg.field(c).label).lower() for c in columns)
            for ids in groups.values():
                if len(ids) < 2:
                    continue
                for rid in ids:
                    row = by_id.get(rid)
                    if row is None or any(c in row.failed for c in columns):
                        continue
                    others = [by_id[o].number if o in by_id else None for o in ids if o != rid]
                    where = (
                        translate("Import", "row {row}").format(row=others[0])
                        if others[0] is not None
                        else translate("Import", "the workshop")
                    )
                    f = reg.field(columns[0])
                    shown = layout.record_names(reg.name, state[rid])
                    self.plan.error(
                        row.sheet,
                        row.number,
                        layout.header(f),
                        shown[0] if shown else None,
                        translate(
                            "Import", "another record ({where}) has the same {fields}"
                        ).format(where=where, fields=labels),
                    )

    def check_rules(self, reg: Register, rows: list[Row]) -> None:
        """Rules across fields (an end before its start…), defined once in core.rules."""
        for row in rows:
            record = {**(row.existing or {}), **row.values}
            for name, message in rules.broken(reg.name, record):
                if name in row.failed:
                    continue
                f = reg.field(name)
                self.plan.error(row.sheet, row.number, layout.header(f),
                                row.refs.get(name, record.get(name)), message)

    def check_cycles(self, reg: Register, rows: list[Row]) -> None:
        selfrefs = [f for f in reg.fields if f.kind == "ref" and f.ref == reg.name]
        if not selfrefs or not rows:
            return
        state = self.after(reg.name, rows)
        for f in selfrefs:
            for row in rows:
                if row.values.get(f.name) is None:
                    continue
                seen: set[str] = set()
                current = row.values.get(f.name)
                while current and current not in seen:
                    if current == row.record_id:
                        self.plan.error(
                            row.sheet,
                            row.number,
                            layout.header(f),
                            row.refs.get(f.name),
                            translate("Validation", "would make the record its own ancestor"),
                        )
                        break
                    seen.add(current)
                    current = state.get(current, {}).get(f.name)
