"""What the workbook tells the person who fills it in: the About sheet and cell prompts.

A facilitator sends the workbook out as a template; whoever opens it has no manual
beside it, so the About sheet explains the rules and lists every column, and each
column's cells carry a short prompt (shown when a cell is selected).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mainstream_desktop.core import refdata
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import Field
from mainstream_desktop.workbook import layout, sizing


def _fmt(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else str(number)


def expectation(f: Field) -> str:
    """What a cell of this field must hold, in one line (also used in import errors)."""
    kind = f.kind
    if kind == "choice":
        text = translate("Workbook", "one value from the drop-down list")
    elif kind == "multi":
        text = translate(
            "Workbook", "one or more values from the drop-down list, separated by “; ”"
        )
    elif kind == "ref":
        sheet = layout.sheet_for_ref(f).title
        text = translate("Workbook", "the name of a record on sheet {sheet}").format(sheet=sheet)
    elif kind in ("int", "float"):
        whole = kind == "int"
        if f.min is not None and f.max is not None:
            text = (
                translate("Workbook", "a whole number from {lo} to {hi}")
                if whole
                else translate("Workbook", "a number from {lo} to {hi}")
            )
        elif f.min is not None:
            text = (
                translate("Workbook", "a whole number, at least {lo}")
                if whole
                else translate("Workbook", "a number, at least {lo}")
            )
        else:
            text = (
                translate("Workbook", "a whole number")
                if whole
                else translate("Workbook", "a number")
            )
        text = text.format(lo=_fmt(f.min), hi=_fmt(f.max))
    elif kind == "year":
        text = translate("Workbook", "a year (YYYY)")
    elif kind == "date":
        text = translate("Workbook", "a date (YYYY-MM-DD)")
    elif kind == "bool":
        text = translate("Workbook", "yes or no")
    elif kind == "email":
        text = translate("Workbook", "an email address")
    else:
        text = translate("Workbook", "text, at most {n} characters").format(n=f.max_length)
    return text


def withheld_note() -> str:
    """What a personal column of a workbook without personal data says about itself."""
    return translate("Workbook", "Left empty in this export; existing values are kept.")


def prompt(f: Field, withheld: bool = False) -> str:
    """The input prompt of a column's cells (Excel allows at most 255 characters)."""
    parts = [expectation(f).capitalize() + "."]
    if f.required:
        parts.insert(0, translate("Workbook", "Required."))
    if withheld:
        parts.insert(0, withheld_note())
    if f.help:
        parts.append(translate("Field", f.help))
    text = " ".join(parts)
    return text if len(text) <= 255 else text[:254] + "…"


def instructions(personal_data: bool) -> list[str]:
    """The paragraphs of the About sheet that explain how to fill in and send back."""
    paras = [
        translate(
            "Workbook",
            "Each sheet is one register of the workshop: one row per record. "
            "The first row holds the column headers; do not rename, move or "
            "delete the sheets or their headers.",
        ),
        translate(
            "Workbook",
            "To add a record, fill in a new row at the bottom of its sheet. "
            "To change a record, edit its row. Columns with an orange header are "
            "required: fill them in on every row.",
        ),
        translate(
            "Workbook",
            "Column A of every register sheet is hidden: it holds the record's "
            "identifier. Leave it as it is; it is empty for new rows. Deleting a "
            "row here does not delete the record when the workbook is imported.",
        ),
        translate(
            "Workbook",
            "Where a cell refers to another register (an owner, a lead ministry, "
            "a sector), type or choose the record's name exactly as it appears "
            "on that register's sheet. A record added in this workbook can be "
            "referred to by its name in the same way.",
        ),
        translate(
            "Workbook",
            "Where a cell takes several values, separate them with a semicolon "
            "(“; ”). Choose values from the drop-down lists; dates are written "
            "YYYY-MM-DD.",
        ),
        translate("Workbook", "Formulas are not read: type values, not formulas."),
        translate(
            "Workbook",
            "When the workbook comes back, the facilitator imports it into the "
            "workshop file. The import first shows what it will add and change "
            "and lists every problem by sheet, row and column; nothing is "
            "changed until every problem is fixed.",
        ),
    ]
    if not personal_data:
        paras.append(
            translate(
                "Workbook",
                "This copy leaves out personal data: the columns for names, positions "
                "and contact details of people (grey headers) are empty. Fill them in "
                "for new rows only; an empty cell there leaves what the workshop "
                "holds as it is.",
            )
        )
    return paras


# Widths of the About sheet's columns: sheet, column, required, what to enter.
_WIDTHS = {"A": 18, "B": 36, "C": 11, "D": 80}


def write_sheet(b: Any, sheet: Any) -> None:
    """The About sheet: what this workbook is, how to fill it in, and every column.

    ``b`` is the writer's builder (styles and cell helpers). Paragraphs span the four
    columns; spreadsheets do not size merged rows themselves, so heights are set here.
    """
    rec = b.ws.workshop()
    country = refdata.country_name(rec.get("country") or "", rec.get("country_name") or "")
    for letter, width in _WIDTHS.items():
        sheet.column_dimensions[letter].width = width
    sizing.print_setup(sheet)
    total = sum(_WIDTHS.values())
    row = 0

    def add(cells: list[Any], height: float | None = None, merge: bool = False) -> None:
        nonlocal row
        row += 1
        if height:
            sheet.row_dimensions[row].height = height
        if merge:
            sheet.merged_cells.add(f"A{row}:D{row}")
        sheet.append(cells)

    add([b.styled(sheet, translate("Workbook", "Mainstream Desktop workbook"), b.s_title)], 24)
    add([])
    facts = [
        (translate("Workbook", "Workshop"), rec.get("title") or ""),
        (translate("Workbook", "Country"), country),
        (translate("Workbook", "Exported"), dt.date.today().isoformat()),
        (translate("Workbook", "Language"), b.language),
        (
            translate("Workbook", "Personal data"),
            translate("Workbook", "included")
            if b.personal_data
            else translate("Workbook", "left out"),
        ),
    ]
    for label, value in facts:
        add([b.styled(sheet, label, b.s_bold), b.text_cell(sheet, str(value))])
    add([])
    add([b.styled(sheet, translate("Workbook", "How to fill in this workbook"), b.s_heading)], 20)
    for number, para in enumerate(instructions(b.personal_data), start=1):
        text = f"{number}. {para}"
        tall = sizing.LINE_POINTS * sizing.lines(text, total) + sizing.PADDING_POINTS
        add([b.styled(sheet, text, b.s_para)], tall, True)
    add([])
    add([b.styled(sheet, translate("Workbook", "Sheets and columns"), b.s_heading)], 20)
    add(
        [
            b.styled(sheet, h, b.s_header)
            for h in (
                translate("Workbook", "Sheet"),
                translate("Workbook", "Column"),
                translate("Workbook", "Required"),
                translate("Workbook", "What to enter"),
            )
        ]
    )
    yes = translate("Validation", "yes")
    for spec in layout.SHEETS:
        for f in layout.columns(spec.reg):
            what = expectation(f)
            if f.help:
                what += ". " + translate("Field", f.help)
            if layout.withheld(f, b.personal_data):
                what = withheld_note() + " " + what
            lines = sizing.lines(what, _WIDTHS["D"])
            cells = [spec.title, layout.header(f), yes if f.required else "", what]
            if lines > 1:  # a taller row: every cell reads from the top, the last wraps
                top = [b.styled(sheet, c, b.s_top) for c in cells[:-1]]
                add([*top, b.styled(sheet, what, b.s_para)], sizing.height(lines))
            else:
                add([b.text_cell(sheet, c) for c in cells])
