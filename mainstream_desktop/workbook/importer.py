"""Read a workbook back and plan the import: every check made before anything is written.

The plan is built in passes over the whole workbook, so every error is found at once:
cells are coerced with the same rules as the window (:func:`validation.coerce`); then
names in reference cells are resolved against the workshop as it would be after the
import (records of the workshop, renamed or not, and records added by the workbook);
then required fields, duplicates, uniqueness and cycles are checked. A row with an id
updates that record (or adds it under that id if this workshop does not have it); a
row without one adds a record. Rows missing from the workbook are left alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from mainstream_desktop.core import i18n, validation
from mainstream_desktop.core.batch import Op
from mainstream_desktop.core.errors import Problem, UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import REGISTERS, Field, Register, register
from mainstream_desktop.core.validity import REQUIRED
from mainstream_desktop.workbook import choices, layout, reader, structure
from mainstream_desktop.workbook.checks import Row, RowChecks
from mainstream_desktop.workbook.plan import ImportPlan


def plan_import(ws: Any, xlsx: Path) -> ImportPlan:
    """Read and check ``xlsx`` against ``ws``; write nothing. See :class:`ImportPlan`."""
    path = Path(xlsx)
    reader.check_file(path)
    wb = reader.open_workbook(path)
    try:
        with reader.guarded(path):
            titles = list(wb.sheetnames)
            epoch = wb.epoch
        meta = structure.read_meta(path, wb, titles)
        lang = meta.language
        found, ignored = _match_sheets(path, titles, lang)
        datas = [(dataclasses.replace(spec, name=found[spec.register]),
                  reader.read_sheet(path, wb, found[spec.register]))
                 for spec in layout.SHEETS if spec.register in found]
    finally:
        wb.close()
    if not datas:
        raise UserError(translate("Import", "“{name}” is not a workbook exported by Mainstream "
                                     "Desktop: it has none of the sheets {sheets}.").format(
            name=path.name, sheets=layout.join_names([s.title for s in layout.SHEETS[:4]]
                                                     + ["…"])))
    with i18n.language(lang or i18n.current_language()):
        structure.check(path, found, ignored, datas, meta)
    reader.fill_cached(path, [d for _, d in datas])
    with i18n.language(lang or i18n.current_language()):
        planner = _Planner(ws, path, meta, epoch)
        for title in ignored:
            planner.plan.warn(title, None, "", None, translate(
                "Import", "this sheet is not part of the workshop workbook; ignored"))
        return planner.run(datas)


def _match_sheets(path: Path, titles: list[str], lang: str) -> tuple[dict[str, str], list[str]]:
    """Register → the title of its sheet, and the titles that are no sheet of the format.

    A sheet is known by its name in any shipped language (see :func:`layout.sheet_keys`);
    two sheets that both read as one register, or a name that could mean two sheets,
    are refused rather than guessed.
    """
    found: dict[str, str] = {}
    ignored: list[str] = []
    for title in titles:
        if title == layout.LISTS_SHEET:
            continue
        keys = layout.sheet_keys(title, lang)
        if len(keys) > 1:
            raise UserError(translate(
                "Import", "“{name}” has a sheet {sheet} whose name could mean any of the "
                          "sheets {sheets}; rename it to one of them.").format(
                name=path.name, sheet=title, sheets=layout.join_names(
                    [_title_of(key) for key in sorted(keys)])))
        if not keys:
            ignored.append(title)
            continue
        key = next(iter(keys))
        if key == layout.ABOUT:
            continue
        if key in found:
            raise UserError(translate("Import", "“{name}” has two sheets for one register, "
                                      "{first} and {second}; keep one.").format(
                name=path.name, first=found[key], second=title))
        found[key] = title
    return found, ignored


def _title_of(key: str) -> str:
    return layout.sheet_titles()[key]


def _as_text(raw: Any) -> Any:
    """A cell as text the way a person meant it (3.0 → "3", a date → "2025-01-31")."""
    if raw is None or isinstance(raw, str):
        return raw.replace("\r\n", "\n").replace("\r", "\n") if raw else raw
    if isinstance(raw, bool):
        return translate("Validation", "yes") if raw else translate("Validation", "no")
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat() if raw.time() == dt.time() else raw.isoformat(" ")
    if isinstance(raw, dt.date):
        return raw.isoformat()
    return str(raw)


class _Planner(RowChecks):
    def __init__(self, ws: Any, path: Path, meta: structure.Meta, epoch: dt.datetime):
        self.ws = ws
        self.plan = ImportPlan(path, language=meta.language)
        self.lang = meta.language
        self.personal_free = meta.personal_free
        self.epoch = epoch
        self.readers: dict[tuple[str, str], layout.ChoiceReader] = {}
        self.yes = {validation.fold(translate("Validation", "yes")), "yes"}
        self.no = {validation.fold(translate("Validation", "no")), "no"}
        self.live: dict[str, dict[str, dict[str, Any]]] = {}

    def records(self, table: str) -> dict[str, dict[str, Any]]:
        if table not in self.live:
            self.live[table] = {r["id"]: r for r in self.ws.records(table)}
        return self.live[table]

    def choice_reader(self, reg: Register, f: Field) -> layout.ChoiceReader:
        key = (reg.name, f.name)
        if key not in self.readers:
            self.readers[key] = layout.ChoiceReader(f, self.lang)
        return self.readers[key]

    def run(self, datas: list[tuple[layout.SheetSpec, reader.SheetData]]) -> ImportPlan:
        rows: dict[str, list[Row]] = {}
        for spec, data in datas:
            rows[spec.register] = self.read_rows(spec, data)
        names = {t: self.name_index(t, rows.get(t, [])) for t in layout.ref_targets()}
        for table, table_rows in rows.items():
            reg = register(table)
            for row in table_rows:
                self.resolve(reg, row, names)
        summaries = {spec.register: self.classify(spec.reg, rows[spec.register])
                     for spec, _ in datas}
        self.plan.sheets = [summaries[s.register] for s, _ in datas]
        ops, op_rows = self.operations(rows)
        batch = self.ws.preview(ops)  # the store's own checks, on the state after the import
        self.locate(batch.problems, op_rows)
        order = {s.name: i for i, (s, _) in enumerate(datas)}
        self.plan.problems.sort(key=lambda p: (order.get(p.sheet, -1), p.row or 0))
        self.plan.batch = batch
        return self.plan

    # --- pass 1: cells ---------------------------------------------------------------------

    def read_rows(self, spec: layout.SheetSpec, data: reader.SheetData) -> list[Row]:
        reg = spec.reg
        found = structure.match_columns(spec, data, self.lang)
        columns, id_col = found.fields, found.id_column  # a missing one was refused before
        for text in found.twice:
            self.plan.error(spec.name, 1, text, None, translate(
                "Import", "this column appears twice in the sheet"))
        for text in found.unknown:
            self.plan.warn(spec.name, 1, text, None, translate(
                "Import", "not a column of this sheet; ignored"))
        bad_cells = {(row_no, col) for row_no, col, _ in data.error_values}
        for row_no, col, text in data.errors:
            if (row_no, col) in bad_cells:
                continue  # an error value: said below
            self.plan.error(spec.name, row_no, self._header(data, col), text, translate(
                "Import", "the cell holds more than {n} characters, more than a spreadsheet "
                          "cell can").format(n=f"{reader.MAX_CELL_CHARS:,}"))
        for row_no, col, code in data.error_values:
            self.plan.error(spec.name, row_no, self._header(data, col), None, translate(
                "Import", "the cell holds the spreadsheet error {error}, not a value: correct "
                          "what caused it or type the value itself").format(error=code))
        formulas = {(f.row, f.column): f for f in data.formulas}
        seen_ids: dict[str, int] = {}
        out = []
        for number, values in data.rows:
            raw_id = values[id_col - 1] if id_col else None
            row = self.identify(spec, number, raw_id, seen_ids)
            if row is None:
                continue
            for col, f in columns.items():
                if (number, col) in bad_cells:
                    row.failed.add(f.name)
                    continue
                formula = formulas.get((number, col))
                raw = values[col - 1]
                if formula is not None:
                    raw = self.formula_value(spec.name, number, f, formula)
                    if raw is None:
                        row.failed.add(f.name)
                        continue
                self.cell(reg, spec.name, row, f, raw)
            out.append(row)
        return out

    @staticmethod
    def _header(data: reader.SheetData, col: int) -> str:
        return data.headers.get(col, "")

    def formula_value(self, sheet: str, number: int, f: Field, formula: reader.Formula) -> Any:
        if formula.error is not None:
            self.plan.error(sheet, number, layout.header(f), formula.text, translate(
                "Import", "is a formula whose result is the spreadsheet error {error}; "
                          "formulas are not calculated on import, type the value instead")
                .format(error=formula.error))
            return None
        if formula.cached is None:
            self.plan.error(sheet, number, layout.header(f), formula.text, translate(
                "Import", "is a formula without a saved value; formulas are not calculated "
                          "on import, type the value instead"))
            return None
        self.plan.warn(sheet, number, layout.header(f), formula.text, translate(
            "Import", "is a formula; it was not calculated, its saved value “{value}” was "
                      "used").format(value=str(formula.cached)[:60]))
        return formula.cached

    def identify(self, spec: layout.SheetSpec, number: int, raw_id: Any,
                 seen: dict[str, int]) -> Row | None:
        """Which record a row is: the workshop, an existing record, or a new one."""
        reg = spec.reg
        live = self.records(reg.name)
        if reg.singleton:
            if seen:
                self.plan.error(spec.name, number, "", None, translate(
                    "Import", "this sheet holds one row; remove the others"))
                return None
            seen["workshop"] = number
            rec = next(iter(live.values()))
            return Row(spec.name, number, rec["id"], rec)
        rid = str(_as_text(raw_id) or "").strip()
        if not rid:
            return Row(spec.name, number, str(uuid.uuid4()), None)
        try:
            rid = str(uuid.UUID(rid))
        except ValueError:
            self.plan.error(spec.name, number, layout.ID_HEADER, rid, translate(
                "Import", "is not a record id; leave the id empty for a new record"))
            return None
        if rid in seen:
            self.plan.error(spec.name, number, layout.ID_HEADER, rid, translate(
                "Import", "the same record appears twice (also in row {row})").format(
                row=seen[rid]))
            return None
        seen[rid] = number
        if rid in live:
            return Row(spec.name, number, rid, live[rid])
        if self.ws.get(reg.name, rid, include_deleted=True) is not None:
            self.plan.error(spec.name, number, layout.ID_HEADER, rid, translate(
                "Import", "this record was deleted in the workshop; clear the id to add it "
                          "again"))
            return None
        if self.ws.table_of_id(rid) not in (None, reg.name):
            self.plan.error(spec.name, number, layout.ID_HEADER, rid, translate(
                "Import", "this id belongs to a record on another sheet; leave the id empty "
                          "for a new record"))
            return None
        return Row(spec.name, number, rid, None)

    def cell(self, reg: Register, sheet: str, row: Row, f: Field, raw: Any) -> None:
        if f.kind == "ref":
            text = _as_text(raw)
            if text is None or not str(text).strip():
                row.values[f.name] = None
            else:
                row.refs[f.name] = str(text).strip()
            return
        if raw is None:  # most cells: nothing to check
            if f.personal and self.personal_free and row.existing is not None:
                return  # left empty by an export without personal data: unchanged
            row.values[f.name] = [] if f.kind == "multi" else None
            return
        value = raw
        if f.kind in validation.TEXT_KINDS:
            value = _as_text(raw)
        elif f.kind in ("choice", "multi"):
            choice = self.choice_reader(reg, f)
            wrong = choices.problem(choice, str(_as_text(raw)))
            if wrong is not None:
                row.failed.add(f.name)
                self.plan.error(sheet, row.number, layout.header(f), None, wrong)
                return
            value = choice.read(_as_text(raw))
        elif f.kind == "date" and isinstance(raw, int | float) and not isinstance(raw, bool):
            value = _serial_date(raw, self.epoch)  # a date in a cell without a date format
        elif f.kind == "bool" and isinstance(raw, str):
            folded = validation.fold(raw)
            value = True if folded in self.yes else False if folded in self.no else raw
        try:
            clean = validation.coerce(f, value, accept_labels=True)
            row.values[f.name] = [] if f.kind == "multi" and clean is None else clean
        except validation.FieldError as exc:
            row.failed.add(f.name)
            message = str(exc)
            params = dict(getattr(exc.args[0], "params", ()) if exc.args else ())
            said = "value" in params and f"“{params['value']}”" in message  # quoted already
            self.plan.error(sheet, row.number, layout.header(f),
                            None if said else _as_text(raw), message)

    # --- pass 2: names -------------------------------------------------------------------

    def after(self, table: str, rows: list[Row]) -> dict[str, dict[str, Any]]:
        """Records of ``table`` as they would be after the import (live ones and new)."""
        state = {rid: dict(rec) for rid, rec in self.records(table).items()}
        for row in rows:
            state.setdefault(row.record_id, {"id": row.record_id}).update(row.values)
        return state

    def name_index(self, table: str, rows: list[Row]) -> dict[str, set[str]]:
        """Name → ids. A record renamed by the workbook answers to its old name too, so
        the other sheets of the same workbook, which still show the old name, resolve."""
        index: dict[str, set[str]] = defaultdict(set)
        for state in (self.records(table), self.after(table, rows)):
            for rid, rec in state.items():
                for name in layout.record_names(table, rec):
                    index[validation.fold(name)].add(rid)
        return index

    def resolve(self, reg: Register, row: Row, names: dict[str, dict[str, set[str]]]) -> None:
        for name, text in row.refs.items():
            f = reg.field(name)
            target = register(f.ref or "")
            index = names[target.name]
            ids = index.get(validation.fold(text), set())
            title = target.field(target.title_field)
            if not ids and title.kind == "choice":
                key = self.choice_reader(target, title).key(text)
                ids = index.get(validation.fold(key), set())
            if len(ids) == 1:
                row.values[name] = next(iter(ids))
                continue
            row.failed.add(name)
            sheet = layout.SHEET_OF[target.name].title
            singular = translate("Register", target.singular).lower()
            if ids:
                msg = translate("Import", "{n} records on sheet {sheet} have this name; make the "
                                   "names different").format(n=len(ids), sheet=sheet)
            else:
                msg = translate("Import", "no {record} has this name on sheet {sheet} or in the "
                                   "workshop").format(record=singular, sheet=sheet)
            self.plan.error(row.sheet, row.number, layout.header(f), text, msg)

    # --- the operations, checked by the store ------------------------------------------

    def operations(self, rows: dict[str, list[Row]]) -> tuple[list[Op], list[Row]]:
        """The inserts and updates, in an order the store accepts: registers after those
        they must refer to; optional references to records the workbook adds are set by
        a second round of updates, once every record exists. ``op_rows[i]`` is the row
        operation ``i`` came from, to place the store's problems in the workbook."""
        new_ids = {row.record_id for table_rows in rows.values() for row in table_rows
                   if row.existing is None}
        ops: list[Op] = []
        op_rows: list[Row] = []
        later: list[tuple[Op, Row]] = []
        for table in _insert_order():
            reg = register(table)
            late_fields = {f.name for f in reg.fields if f.kind == "ref" and not f.required}
            for row in rows.get(table, []):
                values = {k: v for k, v in row.values.items()
                          if row.existing is None or row.existing.get(k) != v}
                late = {k: v for k, v in values.items() if k in late_fields and v in new_ids}
                now = {k: v for k, v in values.items() if k not in late}
                if row.existing is None:
                    ops.append(Op.insert(table, now, record_id=row.record_id))
                    op_rows.append(row)
                elif now:
                    ops.append(Op.update(table, row.record_id, now))
                    op_rows.append(row)
                if late:
                    later.append((Op.update(table, row.record_id, late), row))
        for op, row in later:
            ops.append(op)
            op_rows.append(row)
        return ops, op_rows

    def locate(self, problems: list[Problem], op_rows: list[Row]) -> None:
        """Each problem the store found, at its sheet, row and column (once)."""
        seen: set[tuple[str, int, str, str]] = set()
        for p in problems:
            row = op_rows[p.op] if p.op is not None and p.op < len(op_rows) else None
            if row is None:
                self.plan.error("", None, "", None, str(p))
                continue
            if p.field and p.field in row.failed:
                continue  # the cell's own problem is already listed
            f = register(p.table).field(p.field) if p.field else None
            column = layout.header(f) if f is not None else ""
            text = p.text
            if (p.source == REQUIRED and row.existing is None and p.field
                    and p.field not in row.values and p.field not in row.refs):
                text = translate("Import", "is required, but the sheet has no such column")
            key = (row.sheet, row.number, column, text)
            if key in seen:
                continue
            seen.add(key)
            value = row.refs.get(p.field) if p.field else None
            if value is None and p.field and p.source != REQUIRED:
                value = row.values.get(p.field)
            self.plan.error(row.sheet, row.number, column,
                            value if isinstance(value, str | int | float) else None, text)


def _serial_date(raw: float, epoch: dt.datetime) -> Any:
    """A date a spreadsheet stored as its day number (the cell lost its date format); a
    number outside the dates a date cell accepts is left for :func:`validation.coerce` to
    refuse."""
    from openpyxl.utils.datetime import from_excel

    try:
        day = from_excel(raw, epoch)
    except (ValueError, OverflowError, TypeError):
        return raw
    if isinstance(day, dt.datetime) and layout.FIRST_DATE <= day.date() <= layout.LAST_DATE:
        return day.date()
    return raw


def _insert_order() -> list[str]:
    """Registers ordered so that each comes after those its required references name."""
    done: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in done or name in path:
            return
        for f in REGISTERS[name].fields:
            if f.kind == "ref" and f.required and f.ref != name:
                visit(f.ref or "", (*path, name))
        done.append(name)

    for name in REGISTERS:
        visit(name, ())
    return done
