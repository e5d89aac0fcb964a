"""Importing indicator values from published tables (``values`` command, values_import):
long and wide, CSV and xlsx, every problem at its row and column, nothing written until
the table is clean, hostile files refused, re-imports update instead of repeating."""

from __future__ import annotations

import hashlib
import time
import zipfile
from pathlib import Path

import pytest

from mainstream_desktop.cli import main
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.workbook import values_table as vt
from mainstream_desktop.workbook.values_import import apply_values, plan_values
from tests.conftest import without_values


@pytest.fixture
def demo_path(demo_path: Path) -> Path:
    """The sample without its indicator values (these tests count what they add)."""
    return without_values(demo_path)



def _csv(tmp_path: Path, body: str, name: str = "values.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(body.encode(encoding))
    return path


def _xlsx(tmp_path: Path, sheets: dict[str, list[list[object]]], name: str = "v.xlsx") -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        sheet = wb.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def _values(ws) -> list[tuple]:
    return sorted((v["year"], v["dimension"] or "", v["category"] or "", v["value"],
                   v["unit"] or "") for v in ws.records("indicator_values"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


LONG = ("Indicator,Year,Sex,Value,Unit,Note\n"
        "10.7.4,2020,Total,0.02,%,\n"
        "10.7.4,2020,Female,0.03,%,=HYPERLINK(\"x\")\n"
        "10.7.4,2021,Male,..,%,\n"
        "Remittance costs as a proportion of the amount remitted,2021,,\"1,234.5\",,x\n")


def test_a_long_csv_imports_with_its_columns_said(demo_ws, tmp_path) -> None:
    plan = plan_values(demo_ws, _csv(tmp_path, LONG))
    assert plan.ok, plan.errors
    assert not plan.wide
    assert plan.used[0].startswith("A “Indicator”") and "D “Value” → Value" in plan.used
    assert plan.missing == 1
    assert (plan.sheets[0].added, plan.sheets[0].updated) == (3, 0)
    apply_values(demo_ws, plan)
    assert _values(demo_ws) == [(2020, "", "", 0.02, "%"), (2020, "sex", "Female", 0.03, "%"),
                                (2021, "", "", 1234.5, "")]
    note = [v["notes"] for v in demo_ws.records("indicator_values") if v["category"]]
    assert note == ['=HYPERLINK("x")']  # a note that looks like a formula stays text


def test_re_importing_updates_instead_of_repeating(demo_ws, tmp_path) -> None:
    path = _csv(tmp_path, LONG)
    apply_values(demo_ws, plan_values(demo_ws, path))
    again = plan_values(demo_ws, path)
    assert (again.sheets[0].added, again.sheets[0].updated, again.sheets[0].unchanged) == (
        0, 0, 3)
    assert not again.changes_anything
    path.write_text(LONG.replace("0.03", "0.05"), encoding="utf-8")
    changed = plan_values(demo_ws, path)
    assert (changed.sheets[0].added, changed.sheets[0].updated) == (0, 1)
    apply_values(demo_ws, changed)
    assert len(demo_ws.records("indicator_values")) == 3
    assert (2020, "sex", "Female", 0.05, "%") in _values(demo_ws)


def test_a_wide_csv_with_semicolons_and_decimal_commas(demo_ws, tmp_path) -> None:
    body = ("Code;Sexe;2015;2016;2017-2019\n"
            "10.c.1;Total;1 234,5;..;\"7,5\"\n"
            "10.7.4;Femmes;0,02%;n/a;-\n")
    plan = plan_values(demo_ws, _csv(tmp_path, body, encoding="cp1252"))
    assert plan.ok, plan.errors
    assert plan.wide and plan.missing == 3
    apply_values(demo_ws, plan)
    assert _values(demo_ws) == [(2015, "", "", 1234.5, ""), (2015, "sex", "Femmes", 0.02, "%"),
                                (2019, "", "", 7.5, "")]
    period = [v["period"] for v in demo_ws.records("indicator_values") if v["year"] == 2019]
    assert period == ["2017-2019"]


def test_sdg_10_7_4_at_0_02_percent_stays_0_02(demo_ws, tmp_path) -> None:
    plan = plan_values(demo_ws, _csv(tmp_path, "Code,Year,Value\n10.7.4,2024,0.02%\n"
                                               "10.7.4,2023,\"0,02\"\n"))
    apply_values(demo_ws, plan)
    assert _values(demo_ws) == [(2023, "", "", 0.02, ""), (2024, "", "", 0.02, "%")]


def test_xlsx_long_and_wide_and_the_sheet_option(demo_ws, tmp_path) -> None:
    path = _xlsx(tmp_path, {
        "Notes": [["Published by the statistics office"]],
        "Long": [["Indicator code", "Year", "Age", "Value"], ["10.7.4", 2020, "15-24", 0.02],
                 ["10.7.4", 2020, "All ages", 0.1]],
        "Wide": [["Indicator", "Migratory status", 2018, 2019],
                 ["10.7.4", "Migrants", 0.5, "12.5%"]],
    })
    first = plan_values(demo_ws, path)  # the first sheet is not a table of values
    assert not first.ok and "no column names the indicator" in first.summary()
    with pytest.raises(UserError, match=r"no sheet “Nope”.*Notes, Long, Wide"):
        plan_values(demo_ws, path, "Nope")
    long = plan_values(demo_ws, path, "Long")
    assert long.ok, long.errors
    apply_values(demo_ws, long)
    wide = plan_values(demo_ws, path, "Wide")
    assert wide.ok and wide.wide, wide.errors
    apply_values(demo_ws, wide)
    assert _values(demo_ws) == [
        (2018, "migratory_status", "Migrants", 0.5, ""), (2019, "migratory_status",
                                                          "Migrants", 12.5, "%"),
        (2020, "", "", 0.1, ""), (2020, "age", "15-24", 0.02, "")]


def test_every_problem_is_named_by_row_and_column(demo_ws, tmp_path) -> None:
    body = ("Indicator,Year,Sex,Age,Value,Source\n"
            "10.7.4,2020,,,1,\n"               # row 2: fine
            "No such indicator,2020,,,1,\n"    # 3: unknown indicator
            "10.7.4,20,,,1,\n"                 # 4: bad year
            "10.7.4,2020,,,2,\n"               # 5: the same value as row 2
            "10.7.4,2021,Female,15-24,1,\n"    # 6: two disaggregations at once
            "10.7.4,2022,,,=1+2,\n"            # 7: a formula as value
            "10.7.4,2023,,,\"1,234\",\n"       # 8: ambiguous number
            "10.7.4,2024,,,abc,\n"             # 9: not a number
            "10.7.4,2025,,,5,Nowhere\n"        # 10: unknown source
            "10.7.4,2150,,,5,\n")              # 11: a year the register refuses
    path = _csv(tmp_path, body)
    plan = plan_values(demo_ws, path)
    assert not plan.ok
    found = {(p.row, p.column.split(" ")[0]) for p in plan.problems}
    assert found == {(3, "A"), (4, "B"), (5, "E"), (6, "D"), (7, "E"), (8, "E"), (9, "E"),
                     (10, "F"), (11, "B")}, plan.errors
    texts = "\n".join(plan.errors)
    assert "row 3, column A “Indicator”: “No such indicator”" in texts
    assert "also in row 2" in texts
    assert "could be 1234 or 1.234" in texts
    assert "looks like a formula" in texts
    with pytest.raises(UserError):
        apply_values(demo_ws, plan)
    assert demo_ws.records("indicator_values") == []


def test_a_decimal_separator_shown_elsewhere_decides_the_ambiguous(demo_ws, tmp_path) -> None:
    plan = plan_values(demo_ws, _csv(tmp_path, "Code;Year;Value\n10.7.4;2020;1,234\n"
                                               "10.7.4;2021;0,5\n"))
    assert plan.ok, plan.errors
    apply_values(demo_ws, plan)
    assert [v[3] for v in _values(demo_ws)] == [1.234, 0.5]


@pytest.mark.parametrize(("text", "decimal", "expected"), [
    ("1 234,5", "", 1234.5), ("1,234.5", "", 1234.5), ("1.234,5", "", 1234.5),
    ("1.234.567", "", 1234567.0), ("-12.5", "", -12.5), ("0,125", "", 0.125),
    ("1,234", ".", 1234.0), ("1,234", ",", 1.234), ("1234,567", "", 1234.567),
    ("12.3%", "", 12.3),
])
def test_numbers(text: str, decimal: str, expected: float) -> None:
    assert vt.parse_number(text, decimal).value == pytest.approx(expected)


@pytest.mark.parametrize("text", ["1,234", "1.234", "1,23,4", "1.234,5.6", "12 34", "=1",
                                  "@1", "+x", "1e5", "0x10"])
def test_refused_numbers(text: str) -> None:
    assert vt.parse_number(text).value is None


def test_headers_in_other_languages_and_accents(demo_ws, tmp_path) -> None:
    body = "Código,AÑO,Sexo,VALOR,Fuente\n10.7.4,2020,Mujeres,0.5,\n"
    plan = plan_values(demo_ws, _csv(tmp_path, body))
    assert plan.ok, plan.errors
    cols = vt.map_columns(["Показатель", "Год", "Пол", "Значение", "المصدر", "年份", "Région"])
    assert cols.by_meaning == {"indicator": 0, "year": 1, "value": 3, "source": 4}
    assert cols.disaggregations == {2: "sex", 6: "geographic_location"}
    assert cols.twice == [5]


def test_ignored_columns_are_reported(demo_ws, tmp_path) -> None:
    plan = plan_values(demo_ws, _csv(tmp_path, "Indicator,GeoAreaName,Year,Value\n"
                                               "10.7.4,Lorvania,2020,1\n"))
    assert plan.ok and plan.ignored == ["B “GeoAreaName”"]


# --- hostile files ------------------------------------------------------------------------


def test_binary_garbage_named_csv(demo_ws, tmp_path) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(range(256)) * 100)
    with pytest.raises(UserError, match="not a text table"):
        plan_values(demo_ws, path)


def test_a_huge_file_is_refused_before_reading(demo_ws, tmp_path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.truncate(vt.MAX_FILE_BYTES + 1)
    with pytest.raises(UserError, match="too large"):
        plan_values(demo_ws, path)


def test_a_csv_with_a_million_columns(demo_ws, tmp_path) -> None:
    path = _csv(tmp_path, ",".join(["x"] * 1_000_000) + "\n")
    with pytest.raises(UserError, match="1,000,000 columns"):
        plan_values(demo_ws, path)


def test_an_xlsx_that_is_not_a_zip(demo_ws, tmp_path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("Indicator,Year,Value\n", encoding="utf-8")
    with pytest.raises(UserError, match="not an Excel workbook"):
        plan_values(demo_ws, path)


def test_an_xlsx_zip_bomb(demo_ws, tmp_path) -> None:
    good = _xlsx(tmp_path, {"S": [["Indicator", "Year", "Value"]]})
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", b"<!--" + b" " * 200_000_000 + b"-->"
                                    b"</worksheet>")
            dst.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    with pytest.raises(UserError, match="harmful"):
        plan_values(demo_ws, bomb)


def test_an_xlsx_with_a_million_columns(demo_ws, tmp_path) -> None:
    good = _xlsx(tmp_path, {"S": [["Indicator", "Year", "Value"]]})
    wide = tmp_path / "wide.xlsx"
    cells = b"".join(b'<c t="inlineStr"><is><t>x</t></is></c>' for _ in range(1_000_000))
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(wide, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</row>", b"</row><row r=\"2\">" + cells + b"</row>", 1)
            dst.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    start = time.perf_counter()
    with pytest.raises(UserError):
        plan_values(demo_ws, wide)  # refused (an extreme compression ratio), never read
    assert time.perf_counter() - start < 30


def test_xlsx_formula_cells(demo_ws, tmp_path) -> None:
    path = _xlsx(tmp_path, {"S": [["Code", "Year", "Value"], ["10.7.4", 2020, "=1+1"]]})
    plan = plan_values(demo_ws, path)  # openpyxl saved no value for the formula
    assert not plan.ok
    assert [(p.row, p.column) for p in plan.problems] == [(2, "C “Value”")], plan.errors
    assert "formula without a saved value" in plan.errors[0]
    assert demo_ws.records("indicator_values") == []


# --- the command line ---------------------------------------------------------------------


def test_cli_exit_codes_and_dry_run(demo_path, tmp_path, capsys) -> None:
    good = _csv(tmp_path, LONG)
    bad = _csv(tmp_path, "Indicator,Year,Value\nNo such,2020,1\n", name="bad.csv")
    before = _digest(demo_path)
    assert main(["values", str(demo_path), str(good), "--dry-run"]) == 0
    assert "dry run" in capsys.readouterr().out
    assert _digest(demo_path) == before
    assert main(["values", str(demo_path), str(bad)]) == 1
    err = capsys.readouterr().err
    assert "row 2, column A “Indicator”" in err and "Traceback" not in err
    assert _digest(demo_path) == before
    assert main(["values", str(demo_path), str(tmp_path / "none.csv")]) == 1
    assert _digest(demo_path) == before
    assert main(["values", str(demo_path)]) == 2
    assert main(["values", str(demo_path), str(good), "--sheet", "X"]) == 1
    assert main(["values", str(demo_path), str(good)]) == 0
    assert "3 to add" in capsys.readouterr().out
    assert _digest(demo_path) != before
    assert main(["values", str(demo_path), str(good)]) == 0
    assert "0 to add, 0 to update, 3 unchanged" in capsys.readouterr().out


def test_dimension_and_group_columns(demo_ws, tmp_path) -> None:
    body = ("Indicator,Year,Disaggregated by,Group,Value\n"
            "10.7.4,2020,Migratory status,Refugees,1\n"
            "10.7.4,2020,,,2\n"
            "10.7.4,2020,Shoe size,42,3\n")
    plan = plan_values(demo_ws, _csv(tmp_path, body))
    assert [(p.row, p.column) for p in plan.problems] == [(4, "C “Disaggregated by”")]
    plan = plan_values(demo_ws, _csv(tmp_path, body.rsplit("10.7.4,2020,Shoe", 1)[0]))
    apply_values(demo_ws, plan)
    assert _values(demo_ws) == [(2020, "", "", 2.0, ""),
                                (2020, "migratory_status", "Refugees", 1.0, "")]


def test_rows_refused_are_not_counted_as_to_add(demo_ws, tmp_path) -> None:
    """A preview that lists an error for every row says it will add nothing (it said
    "1 to add" beside "nothing will be imported": found by a tester)."""
    table = _csv(tmp_path, 'Indicator,Year,Value\nMP-1,2023,"125,500"\nMP-99,2022,5\n'
                           "MP-1,abc,7\nMP-1,2020,9\n")
    plan = plan_values(demo_ws, table)
    assert not plan.ok and len(plan.errors) == 3
    assert (plan.sheets[0].added, plan.sheets[0].updated) == (1, 0)  # only the clean row
