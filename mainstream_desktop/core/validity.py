"""Checks of whole records against the file: references to live records, uniqueness as
people read names, parent cycles, cross-field rules; and the integrity check. Mixed into
the workshop (editing uses them before writing, ``check`` on every record).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from mainstream_desktop.core import rules, validation
from mainstream_desktop.core.errors import Problem, UserError, ValidationError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import REGISTERS, SYSTEM_COLUMNS, Record, Register, register


def problem(reg: Register, record: str, field_name: str | None, message: str) -> Problem:
    label = translate("Field", reg.field(field_name).label) if field_name else ""
    return Problem(translate("Register", reg.singular), record, label, message)


class Validity:
    """Whole-record validation against the file's current state."""

    conn: sqlite3.Connection
    _deferred: set[tuple[str, str]] | None

    def _name_for(self, reg: Register, values: Record) -> str:
        try:
            return self.describe(reg.name, values)
        except (KeyError, sqlite3.Error):
            return ""

    def _coerce(
        self, reg: Register, values: dict[str, Any], current: Record | None, accept_labels: bool
    ) -> Record:
        clean: Record = {}
        problems = []
        for name, value in values.items():
            if name in SYSTEM_COLUMNS:
                continue
            try:
                f = reg.field(name)
            except KeyError:
                raise UserError(
                    translate("Store", "{register} has no field “{field}”.").format(
                        register=translate("Register", reg.singular), field=name
                    )
                ) from None
            try:
                clean[name] = validation.coerce(f, value, accept_labels=accept_labels)
            except validation.FieldError as exc:
                record = self._name_for(reg, {**(current or {}), **values})
                problems.append(problem(reg, record, name, str(exc)))
        if problems:
            raise ValidationError(problems)
        return clean

    def _relational_problems(
        self, reg: Register, record_id: str, rec: Record, only: set[str] | None = None
    ) -> list[Problem]:
        problems = []

        def name() -> str:  # computed only when a message needs it
            return self._name_for(reg, rec)

        for field_name, message in rules.broken(reg.name, rec, only):
            problems.append(problem(reg, name(), field_name, message))
        for f in reg.fields:
            if f.kind != "ref" or (only is not None and f.name not in only):
                continue
            target = rec.get(f.name)
            if target is None:
                continue
            if self.get(f.ref or "", target) is None:
                problems.append(
                    problem(
                        reg,
                        name(),
                        f.name,
                        translate(
                            "Validation", "refers to a {target} that does not exist or was deleted"
                        ).format(
                            target=translate("Register", register(f.ref or "").singular).lower()
                        ),
                    )
                )
            elif (f.ref == reg.name and self._deferred is None
                  and self._creates_cycle(reg.name, f.name, record_id, target)):
                problems.append(
                    problem(
                        reg,
                        name(),
                        f.name,
                        translate("Validation", "would make the record its own ancestor"),
                    )
                )
        if self._deferred is not None:  # checked when the bulk operation ends
            self._deferred.add((reg.name, record_id))
            return problems
        for columns in reg.unique:
            if only is not None and not (set(columns) & only):
                continue
            values = [rec.get(c) for c in columns]
            if any(v is None for v in values):
                continue
            clause = " AND ".join(
                f'ms_fold("{c}") = ms_fold(?)'
                if reg.field(c).kind in validation.TEXT_KINDS
                else f'"{c}" = ?'
                for c in columns
            )
            hit = self.conn.execute(
                f'SELECT id FROM "{reg.name}" WHERE {clause} AND deleted_at IS NULL AND id != ?',
                [
                    *[
                        validation.to_sql(reg.field(c), v)
                        for c, v in zip(columns, values, strict=True)
                    ],
                    record_id,
                ],
            ).fetchone()
            if hit:
                labels = ", ".join(translate("Field", reg.field(c).label).lower() for c in columns)
                problems.append(
                    problem(
                        reg,
                        name(),
                        columns[0],
                        translate(
                            "Validation", "another record already has the same {fields}"
                        ).format(fields=labels),
                    )
                )
        return problems

    def _creates_cycle(self, table: str, field_name: str, record_id: str, target: str) -> bool:
        seen = set()
        current: str | None = target
        while current and current not in seen:
            if current == record_id:
                return True
            seen.add(current)
            row = self.conn.execute(
                f'SELECT "{field_name}" FROM "{table}" WHERE id = ?', (current,)
            ).fetchone()
            current = row[0] if row else None
        return False

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """What SQLite's integrity (or quick) check and the foreign-key check report."""
        pragma = "quick_check" if quick else "integrity_check"
        found = [r[0] for r in self.conn.execute(f"PRAGMA {pragma}")]
        problems = [] if found == ["ok"] else found
        for table, rowid, parent, _ in self.conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid}: missing {parent} record")
        return problems

    def validation_problems(self) -> list[Problem]:
        """Every live record checked again against its register's rules."""
        problems: list[Problem] = []
        for reg in REGISTERS.values():
            for rec in self.records(reg.name):
                name = self.describe(reg.name, rec)
                for f in reg.fields:
                    value = rec.get(f.name)
                    if f.required and value in (None, []):
                        problems.append(
                            problem(reg, name, f.name, translate("Validation", "is required"))
                        )
                        continue
                    if value in (None, []) or f.kind == "ref":
                        continue
                    try:
                        validation.coerce(f, value)
                    except validation.FieldError as exc:
                        problems.append(problem(reg, name, f.name, str(exc)))
                problems += self._relational_problems(reg, rec["id"], rec)
        return problems

