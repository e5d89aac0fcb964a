"""Write a workshop as an Excel workbook that a person can fill in and send back.

The workbook is written in openpyxl's write-only (streaming) mode, so memory stays flat
whatever the size; freeze panes, column widths, filters and drop-down validations are
all set on the streaming sheets. The file is written beside the target and renamed into
place.

A workshop file is untrusted input (issue 13): every value is written as its declared
type or as literal text, never as a formula. Numbers are written as numbers only when
they are numbers; everything else — ids, names, anything a spreadsheet would take for a
formula — is a string cell. Characters no worksheet may hold (C0 controls) are replaced
by U+FFFD, so a crafted value cannot stop the export either.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

# openpyxl is imported with this module, not on the first export: the package itself is
# imported only when a workbook is written or read (the window and the command line
# import it on demand), so this costs the window's start nothing.
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.datavalidation import DataValidation

from mainstream_desktop.core import i18n, validation
from mainstream_desktop.core.atomic import atomic_path, check_export_target
from mainstream_desktop.core.errors import Cancelled
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import Field, Register
from mainstream_desktop.core.schema import SCHEMA_VERSION
from mainstream_desktop.workbook import about, layout, sizing

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

FORMULA_START = ("=", "+", "-", "@")
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what openpyxl refuses in a cell
REPLACEMENT = "\ufffd"
EXCEL_ROWS = 1_048_576
_STEP = 250  # rows between progress reports and cancel checks
DATE_FORMAT = "yyyy-mm-dd"
_WRAPPED = frozenset({"text", "longtext", "email", "choice", "multi", "ref"})
# Columns widened when their texts make rows tall (choices are sized by their labels).
_WIDENED = frozenset({"text", "longtext", "multi", "ref"})

_WIDTHS = {
    "text": 24,
    "longtext": 44,
    "email": 28,
    "int": 10,
    "year": 10,
    "float": 14,
    "date": 13,
    "bool": 10,
    "choice": 24,
    "multi": 32,
    "ref": 28,
}


def write_workbook(
    ws: Any,
    target: Path,
    language: str = "en",
    personal_data: bool = True,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Path:
    """Write the workbook of ``ws`` to ``target`` (whole or not at all) and return it.

    ``language`` sets headers, labels and the About sheet; without ``personal_data``
    the cells of the fields declared personal are left empty (the columns stay, so new
    people can be added). ``cancel`` is polled
    and :class:`Cancelled` raised (no file left behind) when it returns true.
    """
    target = Path(target)
    check_export_target(target, ws.path)
    with i18n.language(language or i18n.current_language()):
        builder = _Builder(ws, language, personal_data, progress, cancel)
        with atomic_path(target) as tmp:  # failures become one UserError there
            builder.save(tmp)
    return target


class _Withheld:
    """The converter of a personal column in an export without personal data: every
    cell empty (the column stays, so the workbook can still take new people)."""

    def __call__(self, value: Any) -> None:
        return None


class _Builder:
    """Holds the styles and lists while the sheets are streamed out."""

    def __init__(
        self,
        ws: Any,
        language: str,
        personal_data: bool,
        progress: Progress | None,
        cancel: Cancel | None,
    ):
        self.ws = ws
        self.language = language
        self.personal_data = personal_data
        self.progress = progress
        self.cancel = cancel
        self.wb = Workbook(write_only=True)
        # cells get a prepared copy of openpyxl's private style array (the fast path),
        # an attribute its type stubs leave out
        self.Cell: Callable[..., Any] = WriteOnlyCell
        probe = self.wb.create_sheet("probe")
        thin = Side(style="thin", color="9DB3C8")

        def style(**kw: Any) -> Any:
            cell = self.Cell(probe)
            for key, value in kw.items():
                setattr(cell, key, value)
            return cell._style

        self.s_required = style(
            font=Font(bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor="9C3D10"),
            alignment=Alignment(vertical="center", wrap_text=True),
            border=Border(bottom=thin),
        )
        self.s_header = style(  # headers wrap: columns are sized for their values
            font=Font(bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor="1F4E79"),
            alignment=Alignment(vertical="center", wrap_text=True),
            border=Border(bottom=thin),
        )
        self.s_withheld = style(  # a personal column left empty in this export
            font=Font(bold=True, italic=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor="6B7B8C"),
            alignment=Alignment(vertical="center", wrap_text=True),
            border=Border(bottom=thin),
        )
        self.s_text = style(quotePrefix=True)
        self.s_wrap = style(alignment=Alignment(wrap_text=True, vertical="top"))
        self.s_wrap_text = style(
            alignment=Alignment(wrap_text=True, vertical="top"), quotePrefix=True
        )
        self.s_top = style(alignment=Alignment(vertical="top"))
        self.s_top_date = style(alignment=Alignment(vertical="top"), number_format=DATE_FORMAT)
        self.s_title = style(font=Font(bold=True, size=16, color="1F4E79"))
        self.s_bold = style(font=Font(bold=True))
        self.s_heading = style(font=Font(bold=True, size=12, color="1F4E79"))
        self.s_para = style(alignment=Alignment(wrap_text=True, vertical="top"))
        self.wb.remove(probe)
        self.lists: dict[tuple[tuple[str, str], ...], str] = {}
        self.done = 0
        self.total = 0

    # --- cells ---------------------------------------------------------------------------

    def text_cell(self, sheet: Any, value: str, wrap: bool = False) -> Any:
        """A cell that stays text, even when it begins like a formula.

        Plain text is returned as is (a styled cell object per value costs time);
        text that a spreadsheet would read as a formula is forced to type string and
        marked with a quote prefix, so editing it later keeps it text too. Characters a
        worksheet cannot hold become U+FFFD (``isprintable`` first: it is C-fast and
        true for nearly every value).
        """
        if not value.isprintable() and ILLEGAL.search(value):
            value = ILLEGAL.sub(REPLACEMENT, value)
        if value.startswith(FORMULA_START):
            cell = self.Cell(sheet)
            cell.value = value
            cell.data_type = "s"
            cell._style = self.s_wrap_text if wrap else self.s_text
            return cell
        if wrap:
            cell = self.Cell(sheet)
            cell.value = value
            cell._style = self.s_wrap
            return cell
        return value

    def styled(self, sheet: Any, value: Any, style: Any) -> Any:
        cell = self.Cell(sheet)
        cell.value = value
        cell._style = style
        return cell

    # --- the workbook --------------------------------------------------------------------

    def save(self, path: Path) -> None:
        try:
            self._build(path)
        except BaseException:
            self._discard()
            raise

    def _discard(self) -> None:
        """Close the streaming sheets of an abandoned workbook and remove their temp files."""
        for sheet in self.wb.worksheets:
            writer = getattr(sheet, "_writer", None)
            if writer is None or sheet.closed:
                continue
            rows = getattr(sheet, "_rows", None)
            with contextlib.suppress(Exception):
                if rows is not None:
                    rows.close()
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(Exception):
                writer.cleanup()

    def _build(self, path: Path) -> None:
        regs = [(spec, spec.reg) for spec in layout.SHEETS]
        records = {reg.name: self.ws.records(reg.name) for _, reg in regs}
        self.total = sum(len(r) for r in records.values()) or 1
        names = self._ref_names()
        titles = layout.sheet_titles()
        about_sheet = self.wb.create_sheet(titles[layout.ABOUT])
        sheets = {spec.name: self.wb.create_sheet(titles[spec.register]) for spec, _ in regs}
        lists_sheet = self.wb.create_sheet(layout.LISTS_SHEET)
        lists_sheet.sheet_state = "hidden"
        if i18n.current_language().split("_")[0] in i18n.RTL_LANGUAGES:
            for sheet in self.wb.worksheets:  # columns run from the right, as the text does
                sheet.sheet_view.rightToLeft = True
        self._write_lists(lists_sheet)
        about.write_sheet(self, about_sheet)
        for spec, reg in regs:
            self._write_register(sheets[spec.name], reg, records[reg.name], names)
        self._report()
        self.wb.save(path)

    def _checkpoint(self) -> None:
        """Every :data:`_STEP` rows: stop if asked to, else say how far the export is."""
        if self.cancel is not None and self.cancel():
            raise Cancelled()
        self._report()

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def _ref_names(self) -> dict[str, dict[str, str]]:
        """id → the name a reference cell shows, for every register others refer to."""
        return {table: layout.reference_names(table, self.ws.records(table, include_deleted=True))
                for table in layout.ref_targets()}

    def _fields_with_lists(self) -> list[Field]:
        return [
            f
            for spec in layout.SHEETS
            for f in layout.columns(spec.reg)
            if f.kind in ("choice", "multi")
        ]

    def _write_lists(self, sheet: Any) -> None:
        """The hidden sheet the drop-downs read, and the workbook's format marker."""
        meta = [
            layout.FORMAT_NAME,
            str(layout.FORMAT_VERSION),
            self.language,
            layout.PERSONAL if self.personal_data else layout.NO_PERSONAL,
            str(SCHEMA_VERSION),
        ]
        columns: list[list[str]] = [["format", *meta]]
        yes_no = (
            (translate("Validation", "yes"), translate("Validation", "yes")),
            (translate("Validation", "no"), translate("Validation", "no")),
        )
        pending: list[tuple[str, tuple[tuple[str, str], ...]]] = [("yes/no", yes_no)]
        pending += [
            (
                f"{f.choices if isinstance(f.choices, str) else f.name}",
                tuple(validation.choice_list(f)),
            )
            for f in self._fields_with_lists()
        ]
        for title, pairs in pending:
            if pairs in self.lists or not pairs:
                continue
            letter = get_column_letter(len(columns) + 1)
            self.lists[pairs] = f"{layout.LISTS_SHEET}!${letter}$2:${letter}${len(pairs) + 1}"
            columns.append([title, *(label for _, label in pairs)])
        self.yes_no = self.lists[yes_no]
        longest = max(len(c) for c in columns)
        for i in range(longest):
            row = [self.text_cell(sheet, c[i]) if i < len(c) else None for c in columns]
            sheet.append(row)

    def _write_register(
        self,
        sheet: Any,
        reg: Register,
        records: list[dict[str, Any]],
        names: dict[str, dict[str, str]],
    ) -> None:
        fields = layout.columns(reg)
        letters = [get_column_letter(i + 2) for i in range(len(fields))]
        # One converter per column, chosen once: the loop below runs for every cell.
        withheld = _Withheld()
        convert = [(f.name, withheld if layout.withheld(f, self.personal_data)
                    else self._converter(sheet, f, names)) for f in fields]
        text = self.text_cell
        rows: list[list[Any]] = []
        for rec in records:  # converted first: long texts decide the column widths
            row: list[Any] = [text(sheet, str(rec["id"]))]
            for name, conv in convert:
                value = rec.get(name)
                if value is None or value == []:
                    row.append(None)
                else:
                    row.append(value if conv is None else conv(value))
            rows.append(row)
        wrapped = [i + 1 for i, f in enumerate(fields) if f.kind in _WRAPPED]
        widths = sizing.widen([self._width(reg, f) for f in fields],
                              self._long_texts(rows, fields))
        sheet.column_dimensions["A"].hidden = True
        sheet.column_dimensions["A"].width = 10
        for f, letter, width in zip(fields, letters, widths, strict=True):
            sheet.column_dimensions[letter].width = width
            if f.kind == "date":  # what a date typed into a new row is shown as
                sheet.column_dimensions[letter].number_format = DATE_FORMAT
        # Streaming sheets do not record their size; without it every reader must parse
        # a whole sheet once just to find its size (openpyxl read-only does).
        size = f"A1:{letters[-1] if letters else 'A'}{len(records) + 1}"
        sheet.calculate_dimension = lambda: size
        # The name column stays in view and on every printed page, with the headers.
        titles = layout.name_column(reg) + 1
        sheet.freeze_panes = f"{get_column_letter(titles + 2)}2"
        plan = sizing.plan_print(widths, titles)
        sizing.print_setup(sheet, f"A:{letters[titles - 1]}", plan)
        sheet.print_options.gridLines = True
        self._write_headers(sheet, fields, widths)
        last = letters[-1] if letters else "A"
        sheet.auto_filter.ref = f"A1:{last}{len(records) + 1}"
        for f, letter in zip(fields, letters, strict=True):
            self._validation(sheet, f, letter)
        append = sheet.append
        for number, row in enumerate(rows, start=2):
            self._fit_row(sheet, number, row, wrapped, widths)
            append(row)
            self.done += 1
            if self.done % _STEP == 0:
                self._checkpoint()

    @staticmethod
    def _long_texts(rows: list[list[Any]], fields: tuple[Field, ...]) -> dict[int, list[str]]:
        """The texts that do not fit one line, by column (index into ``fields``), of the
        columns that may be widened: descriptions and lists of names or labels."""
        out: dict[int, list[str]] = {}
        for i, f in enumerate(fields):
            if f.kind not in _WIDENED:
                continue
            width = 40.0  # no column starts wider; a shorter text never makes a row tall
            cells = [v if isinstance(v, str) else v.value
                     for row in rows if (v := row[i + 1]) is not None]
            long = [t for t in cells if isinstance(t, str) and not sizing.fits(t, width)]
            if long:
                out[i] = long
        return out

    def _write_headers(self, sheet: Any, fields: tuple[Field, ...], widths: list[float]) -> None:
        """The header row: required columns orange, withheld personal columns grey with a
        note saying why they are empty; as tall as the longest wrapped header."""
        note = translate("Workbook", "Left empty in this export (no personal data); existing "
                                     "values are kept. Fill it in for new rows.")
        cells = [self.styled(sheet, layout.ID_HEADER, self.s_header)]
        tallest = 1
        for f, width in zip(fields, widths, strict=True):
            title = layout.header(f)
            withheld = layout.withheld(f, self.personal_data)
            style = (self.s_withheld if withheld
                     else self.s_required if f.required else self.s_header)
            cell = self.styled(sheet, title, style)
            if withheld:
                cell.comment = Comment(note, "Mainstream Desktop", width=220, height=90)
            cells.append(cell)
            tallest = max(tallest, sizing.lines(title, width - 1))  # bold type is wider
        sheet.row_dimensions[1].height = sizing.height(tallest)
        sheet.append(cells)

    def _fit_row(self, sheet: Any, number: int, row: list[Any], wrapped: list[int],
                 widths: list[float]) -> None:
        """Wrap the long text of row ``number`` and make the row tall enough to show it.

        Most cells fit their column and stay plain values (a styled cell per value costs
        time); only a row that grows gets its cells aligned to the top.
        """
        tallest = 1
        for i in wrapped:
            value = row[i]
            if value is None:
                continue
            text = value if isinstance(value, str) else value.value
            width = widths[i - 1]
            if sizing.fits(text, width):
                continue
            tallest = max(tallest, sizing.lines(text, width))
            if isinstance(value, str):
                row[i] = self.styled(sheet, value, self.s_wrap)
            elif value._style is self.s_text:
                value._style = self.s_wrap_text
        if tallest == 1:
            return
        sheet.row_dimensions[number].height = sizing.height(tallest)
        for i, value in enumerate(row):
            if not isinstance(value, str | int | float | dt.date):
                continue  # empty, or a cell already styled
            style = self.s_top_date if isinstance(value, dt.date) else self.s_top
            row[i] = self.styled(sheet, value, style)

    @staticmethod
    def _width(reg: Register, f: Field) -> float:
        """Wide enough for the name column and the longest choice label; headers wrap."""
        width = _WIDTHS.get(f.kind, 20)
        if f.name == reg.title_field and f.kind in ("text", "ref"):
            width = 36
        if f.kind == "choice":
            width = max(12, *(len(label) + 3 for _, label in validation.choice_list(f)))
        longest_word = max((len(w) for w in layout.header(f).split()), default=0)
        return min(max(width, longest_word + 3), 40)

    def _converter(
        self, sheet: Any, f: Field, names: dict[str, dict[str, str]]
    ) -> Callable[[Any], Any] | None:
        """How a stored value of ``f`` becomes a cell (``None``: written as it is).

        Everything that depends only on the column (labels, reference names, the yes
        and no words) is looked up here once, not once per cell.
        """
        kind = f.kind
        text = self.text_cell
        if kind in ("int", "year", "float"):
            # The store hands out numbers here (connection.to_records); anything else that
            # reaches the writer is still written as text, never as a formula.
            def as_number(value: Any) -> Any:
                if value.__class__ in (int, float) and math.isfinite(value):
                    return value
                return text(sheet, str(value))

            return as_number
        if kind == "date":
            # A date value gets openpyxl's "yyyy-mm-dd" number format (DATE_FORMAT) by itself.
            def as_date(value: Any) -> Any:
                try:
                    return dt.date.fromisoformat(str(value))
                except (ValueError, TypeError):
                    return text(sheet, str(value))

            return as_date
        if kind == "bool":
            yes, no = translate("Validation", "yes"), translate("Validation", "no")
            return lambda value: yes if value else no
        if kind in ("choice", "multi"):
            labels = dict(validation.choice_list(f))
            if kind == "multi":
                join = layout.MULTI_SEPARATOR.join
                return lambda value: text(sheet, join(labels.get(v, v) for v in value))
            return lambda value: text(sheet, labels.get(value, str(value)))
        if kind == "ref":
            shown = names.get(f.ref or "", {})
            return lambda value: text(sheet, shown.get(value, str(value)))
        wrap = kind == "longtext"
        return lambda value: text(sheet, str(value), wrap)

    def _validation(self, sheet: Any, f: Field, letter: str) -> None:
        """The drop-down or range check and the input prompt of one column."""
        kw: dict[str, Any] = {}
        kind = f.kind
        if kind in ("choice", "multi"):
            source = self.lists.get(tuple(validation.choice_list(f)))
            if source:
                kw = {"type": "list", "formula1": source}
                if kind == "multi":
                    kw["errorStyle"] = "information"
                    kw["error"] = translate(
                        "Workbook",
                        "Several values: separate them with “; ”. Press OK to keep what you typed.",
                    )
        elif kind == "bool":
            kw = {"type": "list", "formula1": self.yes_no}
        elif kind == "ref":
            kw = {
                "type": "list",
                "formula1": self._ref_source(f),
                "errorStyle": "warning",
                "error": translate(
                    "Workbook",
                    "Not found on sheet {sheet}. Keep it only if it is "
                    "the exact name of a record there.",
                ).format(sheet=layout.sheet_for_ref(f).title),
            }
        elif kind in ("int", "year", "float"):
            lo, hi = f.bounds
            kw = {"type": "decimal" if kind == "float" else "whole"}
            if lo is not None and hi is not None:
                kw.update(operator="between", formula1=str(lo), formula2=str(hi))
            elif lo is not None:
                kw.update(operator="greaterThanOrEqual", formula1=str(lo))
            elif hi is not None:
                kw.update(operator="lessThanOrEqual", formula1=str(hi))
            else:
                kw.update(operator="between", formula1="-1E+300", formula2="1E+300")
        elif kind == "date":
            kw = {"type": "date", "operator": "between",
                  "formula1": str(int(to_excel(layout.FIRST_DATE))),
                  "formula2": str(int(to_excel(layout.LAST_DATE)))}
        elif kind in ("text", "email", "longtext"):
            kw = {
                "type": "textLength",
                "operator": "lessThanOrEqual",
                "formula1": str(f.max_length),
            }
        title = layout.header(f)
        dv = DataValidation(
            allow_blank=True,
            showInputMessage=True,
            showErrorMessage=True,
            promptTitle=title[:32],
            prompt=about.prompt(f, layout.withheld(f, self.personal_data)),
            errorTitle=title[:32],
            **kw,
        )
        if "error" not in kw and kw:
            dv.error = about.prompt(f)
        dv.add(f"{letter}2:{letter}{EXCEL_ROWS}")
        sheet.data_validations.append(dv)

    def _ref_source(self, f: Field) -> str:
        """The live list of names on the referred sheet (grows as rows are added there)."""
        target = layout.sheet_for_ref(f)
        col = get_column_letter(layout.name_column(target.reg) + 2)
        sheet = layout.sheet_reference(target.title)
        return f"OFFSET({sheet}!${col}$2,0,0,MAX(1,COUNTA({sheet}!${col}:${col})-1),1)"
