"""Plan the import of a table of indicator values, then carry it out in one step.

Every cell is read and matched first (:mod:`values_table`): the indicator by its code or
name in the workshop, the year, the disaggregation, the number, the source by its name.
The resulting inserts and updates go through the store's own preview, which finds what
the register's rules refuse; each of its problems is put back at the row and column of
the file it came from. Nothing is written while any problem remains; a clean plan is
applied by the workbook import's :func:`~mainstream_desktop.workbook.apply.apply_import`
(the backup first, then one transaction: one undo step). A value already in the
workshop (same indicator, year, disaggregation and group) is updated, not repeated.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mainstream_desktop.core import validation
from mainstream_desktop.core.batch import Op
from mainstream_desktop.core.editing import Editing, Result
from mainstream_desktop.core.errors import Problem, UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import register
from mainstream_desktop.workbook import values_table as vt
from mainstream_desktop.workbook.apply import apply_import
from mainstream_desktop.workbook.plan import ImportPlan, ImportProblem, SheetSummary, _short

TABLE = "indicator_values"
_FORMULA_START = ("=", "+", "-", "@")
_KEPT = ("period", "unit", "source", "notes")  # set only when the table has the column


@dataclass(frozen=True)
class ValueProblem(ImportProblem):
    """A problem at a row and column of the table (``column``: "C “Value”")."""

    def __str__(self) -> str:
        where = [self.sheet] if self.sheet else []
        if self.row is not None:
            where.append(translate("Import", "row {row}").format(row=self.row))
        if self.column:
            where.append(translate("Values", "column {column}").format(column=self.column))
        text = ", ".join(where)
        if self.value is None or self.value == "":
            return f"{text}: {self.message}"
        return f"{text}: “{_short(self.value)}” — {self.message}"


@dataclass
class ValuesPlan(ImportPlan):
    """The preview of a values import: the workbook import's plan, plus which columns
    were used and ignored, the shape of the table and the missing values skipped."""

    wide: bool = False
    used: list[str] = field(default_factory=list)  # "C “Value” → value"
    ignored: list[str] = field(default_factory=list)
    missing: int = 0  # ".." / "-" / "n/a" cells skipped

    def error(self, sheet: str, row: int | None, column: str, value: Any, message: str) -> None:
        if len(self.problems) >= 200:
            self.truncated += 1
            return
        self.problems.append(ValueProblem(sheet, row, column, value, message))

    def warn(self, sheet: str, row: int | None, column: str, value: Any, message: str) -> None:
        if len(self.notes) < 200:
            self.notes.append(ValueProblem(sheet, row, column, value, message))

    def summary(self) -> str:
        s = self.sheets[0] if self.sheets else SheetSummary("")
        lines = [translate("Values", "Values from “{name}” ({shape} table):").format(
            name=self.source.name, shape=translate("Values", "wide") if self.wide
            else translate("Values", "long"))]
        lines.append("  " + translate("Values", "columns used: {columns}").format(
            columns="; ".join(self.used) or "—"))
        if self.ignored:
            lines.append("  " + translate("Values", "columns ignored: {columns}").format(
                columns="; ".join(self.ignored)))
        lines.append("  " + translate(
            "Values", "{added} to add, {updated} to update, {unchanged} unchanged, {missing} "
            "missing (.., -, n/a) skipped").format(added=s.added, updated=s.updated,
                                                 unchanged=s.unchanged, missing=self.missing))
        lines += ["  " + translate("Values", "note: {text}").format(text=w)
                  for w in self.warnings]
        if self.problems:
            lines.append(translate(
                "Import", "{n} error(s); nothing will be imported until they are fixed:"
            ).format(n=len(self.problems) + self.truncated))
            lines += ["  " + e for e in self.errors]
            if self.truncated:
                lines.append("  " + translate("Import", "… and {n} more errors not listed.")
                             .format(n=self.truncated))
        return "\n".join(lines)


@dataclass
class _Row:
    """One value the table gives, and where each of its fields came from."""

    number: int
    values: dict[str, Any]
    where: dict[str, str]  # field → column reference
    failed: set[str] = field(default_factory=set)


class _Planner:
    def __init__(self, ws: Any, table: vt.Table, path: Path):
        self.ws = ws
        self.table = table
        self.cols = vt.map_columns(table.headers)
        self.plan = ValuesPlan(path, wide=self.cols.wide)
        self.sheet = table.name
        self.decimal = ""
        self._indicators()
        self.sources = _name_index(ws.records("data_sources"), ("name",))
        self.dimensions = self._dimension_names()
        self.formula_rows: dict[int, list[tuple[int, str]]] = {}
        # a table repeats its indicators, years and groups: each distinct cell (or pair
        # of cells) is decided once, then the decision is applied to every row with it
        self._refs: dict[int, str] = {}
        self._indicator_of: dict[tuple[str, str], tuple[str | None, str]] = {}
        self._year_of: dict[str, tuple[int, str] | None] = {}
        for (r, col), text in table.formulas.items():
            self.formula_rows.setdefault(r, []).append((col, text))

    # --- lookups ----------------------------------------------------------------------

    def _indicators(self) -> None:
        self.by_code: dict[str, set[str]] = {}
        self.by_name: dict[str, set[str]] = {}
        by_sdg: dict[str, set[str]] = {}  # the SDG indicator an indicator measures
        for rec in self.ws.records("indicators"):
            if rec.get("code"):
                self.by_code.setdefault(vt.header_key(rec["code"]), set()).add(rec["id"])
            if rec.get("sdg_indicator"):
                by_sdg.setdefault(vt.header_key(rec["sdg_indicator"]), set()).add(rec["id"])
            for name in (rec.get("name"), f"{rec.get('code') or ''} {rec.get('name') or ''}"):
                if name and name.strip():
                    self.by_name.setdefault(validation.fold(name), set()).add(rec["id"])
        for code, ids in by_sdg.items():  # an own code wins over another's SDG link
            self.by_code.setdefault(code, ids)

    @staticmethod
    def _dimension_names() -> dict[str, str]:
        from mainstream_desktop.core import refdata

        names = {}
        for key, label in refdata.choices("disaggregations"):
            for text in (key, label, translate("Reference", label)):
                names[vt.header_key(text)] = key
        return names

    def ref(self, col: int) -> str:
        """How the user finds column ``col`` ("C “Value”"); made once per column."""
        made = self._refs.get(col)
        if made is None:
            header = self.table.headers[col] if col < len(self.table.headers) else ""
            letter = vt.column_letter(col)
            made = self._refs[col] = f"{letter} “{header}”" if header else letter
        return made

    # --- the table ----------------------------------------------------------------------

    def run(self) -> ValuesPlan:
        cols = self.cols
        headers = self.table.headers
        used = dict(sorted({i: m for m, i in cols.by_meaning.items()}.items()))
        used.update(cols.disaggregations)
        self.plan.used = [f"{self.ref(i)} → {_meaning_label(m)}" for i, m in sorted(used.items())]
        if cols.years:
            self.plan.used.append(translate("Values", "{first}…{last}: one year each").format(
                first=vt.column_letter(min(cols.years)), last=vt.column_letter(max(cols.years))))
        self.plan.ignored = [self.ref(i) for i in cols.ignored if i < len(headers)]
        for i in cols.twice:
            self.plan.error(self.sheet, 1, self.ref(i), None, translate(
                "Values", "a second column for the same thing; keep one"))
        if "indicator" not in cols.by_meaning and "code" not in cols.by_meaning:
            self.plan.error(self.sheet, 1, "", None, translate(
                "Values", "no column names the indicator (a header such as Indicator or "
                "Code)"))
        if not cols.wide and "value" not in cols.by_meaning:
            self.plan.error(self.sheet, 1, "", None, translate(
                "Values", "no column holds the values (a header such as Value), and no "
                "header is a year (2015, 2016…)"))
        if not cols.wide and "year" not in cols.by_meaning and "period" not in cols.by_meaning:
            self.plan.error(self.sheet, 1, "", None, translate(
                "Values", "no column gives the year (a header such as Year or Period)"))
        if self.plan.problems:
            self.plan.sheets = [SheetSummary(self.sheet)]
            return self.plan
        self.decimal = self._decimal()
        rows = [r for number, cells in self.table.rows for r in self.read_row(number, cells)]
        ops, op_rows = self.operations(rows)
        batch = self.ws.preview(ops)
        self.locate(batch.problems, op_rows)
        self.plan.problems.sort(key=lambda p: p.row or 0)
        self.plan.batch = batch
        return self.plan

    def _value_columns(self) -> list[int]:
        return sorted(self.cols.years) if self.cols.wide else [self.cols.by_meaning["value"]]

    def _decimal(self) -> str:
        """The file's decimal separator, from the numbers that show it ("" if none do,
        or if both do: then each ambiguous number stays a problem)."""
        seen = set()
        for _, cells in self.table.rows:
            for col in self._value_columns():
                cell = cells[col] if col < len(cells) else None
                if isinstance(cell, str):
                    seen.add(vt.decimal_evidence(cell))
        seen.discard("")
        return seen.pop() if len(seen) == 1 else ""

    def text(self, cells: list[Any], meaning: str) -> tuple[str, int | None]:
        col = self.cols.by_meaning.get(meaning)
        if col is None or col >= len(cells):
            return "", col
        cell = cells[col]
        if cell is None:
            return "", col
        if isinstance(cell, float) and cell.is_integer():
            cell = int(cell)
        if isinstance(cell, dt.datetime | dt.date):
            cell = cell.isoformat()[:10]
        return str(cell).strip(), col

    def read_row(self, number: int, cells: list[Any]) -> list[_Row]:
        """The values one row gives: one (long table) or one per year column (wide)."""
        base = _Row(number, {}, {})
        self.formulas(number, base)
        self.indicator(number, cells, base)
        self.disaggregation(number, cells, base)
        for meaning in ("unit", "notes", "period"):
            text, col = self.text(cells, meaning)
            if col is not None:
                base.values[meaning] = text or None
                base.where[meaning] = self.ref(col)
        self.source(number, cells, base)
        out = []
        if self.cols.wide:
            for col, (year, period) in sorted(self.cols.years.items()):
                row = dataclasses.replace(base, values=dict(base.values), where=dict(base.where),
                                          failed=set(base.failed))
                row.values["year"] = year
                row.where["year"] = self.ref(col)
                if period:
                    row.values["period"] = period
                if self.value(number, col, cells, row):
                    out.append(row)
            return out
        self.year(number, cells, base)
        if self.value(number, self.cols.by_meaning["value"], cells, base):
            out.append(base)
        return out

    def formulas(self, number: int, row: _Row) -> None:
        for col, text in self.formula_rows.get(number, ()):
            if (col in self.cols.by_meaning.values() or col in self.cols.disaggregations
                    or col in self.cols.years):
                if (number, col) in self.table.uncached or text.startswith("#"):
                    self.plan.error(self.sheet, number, self.ref(col), text, translate(
                        "Values", "is a formula without a saved value or a spreadsheet "
                        "error; formulas are not calculated, type the value instead"))
                else:
                    self.plan.warn(self.sheet, number, self.ref(col), text, translate(
                        "Values", "is a formula; it was not calculated, its saved value was "
                        "used"))

    def fail(self, row: _Row, name: str, col: int | None, value: Any, message: str) -> None:
        row.failed.add(name)
        self.plan.error(self.sheet, row.number, self.ref(col) if col is not None else "",
                        value, message)

    def indicator(self, number: int, cells: list[Any], row: _Row) -> None:
        code, code_col = self.text(cells, "code")
        name, name_col = self.text(cells, "indicator")
        col = code_col if code else name_col
        row.where["indicator"] = self.ref(col) if col is not None else ""
        found, message = self._indicator_of.get((code, name)) or self._find_indicator(
            code, name)
        if found is not None:
            row.values["indicator"] = found
        else:
            self.fail(row, "indicator", col, code or name or None, message)

    def _find_indicator(self, code: str, name: str) -> tuple[str | None, str]:
        """The indicator a code and a name give (its id), or why none: once per pair."""
        ids: set[str] = set()
        if code:
            ids = self.by_code.get(vt.header_key(code), set())
        if not ids and name:
            ids = (self.by_code.get(vt.header_key(name), set())
                   or self.by_name.get(validation.fold(name), set()))
        if len(ids) == 1:
            found: tuple[str | None, str] = (next(iter(ids)), "")
        elif not code and not name:
            found = (None, translate("Values", "no indicator given"))
        elif ids:
            found = (None, translate(
                "Values", "{n} indicators of the workshop answer to this; give the code")
                .format(n=len(ids)))
        else:
            found = (None, translate(
                "Values", "no indicator of the workshop has this code or name; add it to "
                "the indicators first"))
        self._indicator_of[(code, name)] = found
        return found

    def disaggregation(self, number: int, cells: list[Any], row: _Row) -> None:
        found: list[tuple[str, str, int]] = []
        for col, key in self.cols.disaggregations.items():
            cell = cells[col] if col < len(cells) else None
            text = "" if cell is None else str(cell).strip()
            if not vt.is_total(text):
                found.append((key, text, col))
        dim_text, dim_col = self.text(cells, "dimension")
        cat_text, cat_col = self.text(cells, "category")
        if dim_col is not None and dim_text and not vt.is_total(dim_text):
            dimension = self.dimensions.get(vt.header_key(dim_text))
            if dimension is None:
                self.fail(row, "dimension", dim_col, dim_text, translate(
                    "Values", "not a disaggregation of the list (sex, age, migratory status, "
                    "geographic location…)"))
                return
            found.append((dimension, cat_text, cat_col if cat_col is not None else dim_col))
        if len(found) > 1:
            self.fail(row, "dimension", found[1][2], found[1][1], translate(
                "Values", "the row is disaggregated by {a} and by {b} at once; a value has "
                "one disaggregation: import such a cross-table one dimension at a time").format(
                a=found[0][0], b=found[1][0]))
            return
        if found:
            key, category, col = found[0]
            row.values["dimension"], row.values["category"] = key, category or None
            row.where["dimension"] = row.where["category"] = self.ref(col)
        else:
            row.values["dimension"] = row.values["category"] = None

    def source(self, number: int, cells: list[Any], row: _Row) -> None:
        text, col = self.text(cells, "source")
        if col is None:
            return
        row.where["source"] = self.ref(col)
        if not text:
            row.values["source"] = None
            return
        ids = self.sources.get(validation.fold(text), set())
        if len(ids) == 1:
            row.values["source"] = next(iter(ids))
        else:
            self.fail(row, "source", col, text, translate(
                "Values", "no data source of the workshop has this name; add it to the data "
                "sources, or empty the cell") if not ids else translate(
                "Values", "several data sources have this name"))

    def year(self, number: int, cells: list[Any], row: _Row) -> None:
        text, col = self.text(cells, "year")
        period, period_col = self.text(cells, "period")
        source, where = (text, col) if text else (period, period_col)
        row.where["year"] = self.ref(where) if where is not None else ""
        if source not in self._year_of:
            self._year_of[source] = vt.year_header(source) if source else None
        parsed = self._year_of[source]
        if parsed is None:
            self.fail(row, "year", where, source or None, translate(
                "Values", "is not a year (1900–2100) or a period such as 2015-2019")
                if source else translate("Values", "no year given"))
            return
        row.values["year"] = parsed[0]
        if parsed[1] and not period:
            row.values["period"] = parsed[1]
            row.where["period"] = row.where["year"]

    def value(self, number: int, col: int, cells: list[Any], row: _Row) -> bool:
        """Read the value at ``col``; False when the cell is a missing marker (skipped)."""
        cell = cells[col] if col < len(cells) else None
        row.where["value"] = self.ref(col)
        if isinstance(cell, bool | dt.date | dt.datetime):
            self.fail(row, "value", col, str(cell), translate("Values", "is not a number"))
            return True
        if isinstance(cell, int | float):
            row.values["value"] = float(cell)
            return True
        if (number, col) in self.table.uncached:
            row.failed.add("value")  # listed where the formula was found
            return True
        quick = vt.quick_number(cell, self.decimal) if type(cell) is str else None
        if quick is not None:  # most cells: digits, thousands commas, a decimal point
            row.values["value"] = quick
            return True
        text = "" if cell is None else str(cell).strip()
        if vt.is_missing(text):
            self.plan.missing += 1
            return False
        number_read = vt.parse_number(text, self.decimal)
        if number_read.value is None:
            message = number_read.problem
            if text.startswith(_FORMULA_START):
                message = translate("Values", "looks like a formula; a value must be a number")
            self.fail(row, "value", col, text, message)
            return True
        row.values["value"] = number_read.value
        if number_read.percent:
            unit = row.values.get("unit")
            if unit in (None, "%") or vt.header_key(unit) in ("percent", "pourcentage",
                                                             "porcentaje", "percentagem"):
                row.values["unit"] = unit or "%"
                row.where.setdefault("unit", self.ref(col))
            else:
                self.fail(row, "value", col, text, translate(
                    "Values", "has a percent sign but the unit says “{unit}”").format(unit=unit))
        return True

    # --- operations ----------------------------------------------------------------------

    def operations(self, rows: list[_Row]) -> tuple[list[Op], list[_Row]]:
        """Inserts for new values, updates for values already in the workshop (same
        indicator, year, disaggregation and group), nothing for unchanged ones."""
        existing: dict[tuple[Any, ...], dict[str, Any]] = {}
        for rec in self.ws.records(TABLE):
            existing.setdefault(_key(rec), rec)
        seen: dict[tuple[Any, ...], int] = {}
        summary = SheetSummary(self.sheet)
        ops: list[Op] = []
        op_rows: list[_Row] = []
        for row in rows:
            if {"indicator", "year", "dimension"} & row.failed:
                continue
            key = _key(row.values)
            if key in seen:
                self.plan.error(self.sheet, row.number, row.where.get("value", ""), None,
                                translate("Values", "the same value (indicator, year and "
                                          "disaggregation) is also in row {row}").format(
                                    row=seen[key]))
                continue
            seen[key] = row.number
            values = {k: v for k, v in row.values.items() if k not in row.failed}
            rec = existing.get(key)
            # a row with a refused cell still goes to the store (for its other problems)
            # but is not counted as something the import will do
            counted = not row.failed
            if rec is None:
                summary.added += counted
                ops.append(Op.insert(TABLE, values))
                op_rows.append(row)
                continue
            changed = {k: v for k, v in values.items() if rec.get(k) != v
                       and not (v in (None, "") and rec.get(k) in (None, ""))}
            if changed:
                summary.updated += counted
                ops.append(Op.update(TABLE, rec["id"], changed))
                op_rows.append(row)
            else:
                summary.unchanged += 1
        self.plan.sheets = [summary]
        return ops, op_rows

    def locate(self, problems: list[Problem], op_rows: list[_Row]) -> None:
        """Each problem the store found, at the row and column it came from (once)."""
        seen: set[tuple[int, str, str]] = set()
        for p in problems:
            row = op_rows[p.op] if p.op is not None and p.op < len(op_rows) else None
            if row is None:
                self.plan.error(self.sheet, None, "", None, str(p))
                continue
            if p.field and p.field in row.failed:
                continue
            column = row.where.get(p.field or "", "")
            if not column and p.field:
                column = translate("Field", register(TABLE).field(p.field).label)
            key = (row.number, column, p.text)
            if key not in seen:
                seen.add(key)
                value = row.values.get(p.field) if p.field else None
                shown = value if isinstance(value, str | int | float) and p.field not in (
                    "indicator", "source") else None
                self.plan.error(self.sheet, row.number, column, shown, p.text)


def _meaning_label(meaning: str) -> str:
    """What a column was taken for, as the user knows it (a field or a disaggregation)."""
    from mainstream_desktop.core import refdata

    if meaning == "code":
        return translate("Field", "Code")
    reg = register(TABLE)
    if meaning in {f.name for f in reg.fields}:
        return translate("Field", reg.field(meaning).label)
    return refdata.label("disaggregations", meaning)


def _key(values: dict[str, Any]) -> tuple[Any, ...]:
    category = values.get("category")
    return (values.get("indicator"), values.get("year"), values.get("dimension") or None,
            validation.fold(category) if category else None)


def _name_index(records: list[dict[str, Any]], fields: tuple[str, ...]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for rec in records:
        for f in fields:
            if rec.get(f):
                index.setdefault(validation.fold(rec[f]), set()).add(rec["id"])
    return index


def plan_values(ws: Any, path: Path, sheet: str | None = None) -> ValuesPlan:
    """Read ``path`` and check every value against ``ws``; write nothing."""
    path = Path(path)
    table = vt.read_table(path, sheet)
    if not table.headers:
        raise UserError(translate("Values", "“{name}” is empty: it has no header row.").format(
            name=path.name))
    return _Planner(ws, table, path).run()


def apply_values(ws: Editing, plan: ValuesPlan) -> Result:
    """Write a clean plan: backup, then one transaction (one undo step)."""
    return apply_import(ws, plan)
