"""Read a table of indicator values a statistical office published (CSV or xlsx), without
trusting it, and say what each of its columns means.

The file is read whole into text cells (``pandas.read_csv`` with ``dtype=str``, so no
number or date is coerced behind the user's back; an xlsx through the workbook import's
guarded, streaming reader, which refuses zip bombs and entity bombs, caps rows and
columns and reports formulas instead of calculating them). Columns are recognised by
their header in any of the seven languages, case, accents and punctuation ignored.
Numbers are read here too, carefully: a separator that could be a decimal point or a
thousands separator is decided only by the other numbers of the same file, never guessed.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mainstream_desktop.core import refdata
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate

MAX_FILE_BYTES = 50 * 1024 * 1024  # far beyond any published table of a country's values
MAX_ROWS = 200_000
MAX_COLUMNS = 200

# What a header may say, per meaning, in en/fr/es/ar/ru/zh/pt (and the SDMX / UN SDG
# global database names). Compared after :func:`header_key`.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "indicator": ("indicator", "indicator name", "series", "series description",
                  "seriesdescription", "indicateur", "indicador", "nombre del indicador",
                  "مؤشر", "المؤشر", "показатель", "индикатор", "指标", "指标名称"),
    "code": ("code", "indicator code", "series code", "seriescode", "code indicateur",
             "código", "codigo", "رمز", "الرمز", "код", "代码", "编码", "sdg indicator"),
    "year": ("year", "time period", "timeperiod", "time", "année", "annee", "año", "ano",
             "السنة", "سنة", "год", "年", "年份", "ref year", "reference year"),
    "period": ("period", "période", "periodo", "período", "الفترة", "период", "期间",
               "时期", "time detail", "timedetail"),
    "value": ("value", "obs value", "obsvalue", "valeur", "valor", "القيمة", "قيمة",
              "значение", "值", "数值"),
    "unit": ("unit", "units", "unit measure", "unitmeasure", "unit of measure", "unité",
             "unite", "unidad", "unidade", "الوحدة", "وحدة", "единица", "единица измерения",
             "单位"),
    "source": ("source", "data source", "fuente", "fonte", "المصدر", "مصدر", "источник",
               "来源", "数据来源"),
    "notes": ("note", "notes", "footnote", "footnotes", "comment", "comments", "remarque",
              "remarques", "nota", "notas", "observaciones", "observações", "ملاحظة",
              "ملاحظات", "примечание", "примечания", "注", "备注", "附注"),
    "dimension": ("dimension", "disaggregation", "disaggregated by", "breakdown",
                  "ventilation", "désagrégation", "desagregación", "desagregação",
                  "التصنيف", "разбивка", "分类", "分组维度"),
    "category": ("category", "group", "catégorie", "groupe", "categoría", "grupo",
                 "categoria", "الفئة", "категория", "группа", "类别", "组别"),
    "sex": ("sex", "gender", "sexe", "genre", "sexo", "género", "gênero", "الجنس", "пол",
            "性别"),
    "age": ("age", "age group", "âge", "groupe d'âge", "edad", "grupo de edad", "idade",
            "faixa etária", "العمر", "الفئة العمرية", "возраст", "возрастная группа", "年龄",
            "年龄组"),
    "migratory_status": ("migratory status", "migration status", "statut migratoire",
                         "situación migratoria", "condición migratoria",
                         "situação migratória", "الوضع من حيث الهجرة", "миграционный статус",
                         "移民身份", "移民状况"),
    "citizenship": ("citizenship", "nationality", "nationalité", "ciudadanía",
                    "nacionalidad", "cidadania", "nacionalidade", "الجنسية", "гражданство",
                    "国籍"),
    "country_of_birth": ("country of birth", "pays de naissance", "país de nacimiento",
                         "país de nascimento", "بلد الميلاد", "страна рождения", "出生国"),
    "geographic_location": ("geographic location", "region", "location", "area",
                            "urban rural", "urbanisation", "région", "zone", "región",
                            "zona", "área", "localização", "المنطقة", "регион",
                            "местность", "地区", "区域", "城乡"),
    "income": ("income", "income group", "revenu", "ingreso", "ingresos", "renda",
               "الدخل", "доход", "收入"),
    "disability": ("disability", "disability status", "handicap", "discapacidad",
                   "deficiência", "الإعاقة", "инвалидность", "残疾"),
    "education": ("education", "education level", "éducation", "niveau d'instruction",
                  "educación", "nivel educativo", "educação", "التعليم", "образование",
                  "教育", "受教育程度"),
    "occupation": ("occupation", "profession", "ocupación", "ocupação", "المهنة",
                   "профессия", "занятие", "职业"),
}

# A disaggregation cell that means "everyone": the row is a total for that dimension.
_TOTALS = frozenset({
    "", "total", "all", "bothsexes", "allages", "t", "bothsex", "allage", "ensemble",
    "lesdeuxsexes", "tousages", "todos", "todas", "ambossexos", "todaslasedades",
    "todasasidades", "всего", "итого", "обапола", "المجموع", "الكل", "كلاالجنسين", "合计",
    "总计", "全部", "totalgeneral", "totalnational", "national",
})

# UN statistical tables' markers for a value not available: skipped and counted.
_MISSING = frozenset({"..", "...", "…", "-", "–", "—", "n/a", "na", "n.a.", "x", ":", "nan",
                      "s.o.", "s/o", "nd", "n.d."})

_YEAR = re.compile(r"^\s*((?:19|20)\d\d)(?:\.0+)?\s*$")
_PERIOD = re.compile(r"^\s*((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)\s*$")


@functools.lru_cache(maxsize=65536)  # a table repeats its categories and codes
def header_key(text: object) -> str:
    """A header as compared: accents, case, spaces and punctuation ignored."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    return "".join(ch for ch in decomposed.casefold()
                   if ch.isalnum() and not unicodedata.combining(ch))


def _meanings() -> dict[str, str]:
    """Header key → meaning: the synonyms, and each disaggregation's key and label."""
    table = {header_key(s): meaning for meaning, words in _SYNONYMS.items() for s in words}
    for key, label in refdata.choices("disaggregations"):
        table.setdefault(header_key(key), key)
        table.setdefault(header_key(label), key)
        table.setdefault(header_key(translate("Reference", label)), key)
    return table


def column_letter(index: int) -> str:
    """The spreadsheet letter of column ``index`` (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Table:
    """A table as read: its headers, then its rows as (spreadsheet row number, cells).
    Cells are text (CSV) or what the spreadsheet stored (xlsx: text, numbers, dates)."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) → text
    uncached: set[tuple[int, int]] = field(default_factory=set)  # formulas with no saved value


def too_large(path: Path) -> UserError:
    return UserError(translate(
        "Values", "“{name}” is too large to import ({mb} MB; at most {max} MB).").format(
        name=path.name, mb=path.stat().st_size // 2**20, max=MAX_FILE_BYTES // 2**20))


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The table in ``path`` (.csv, or .xlsx with ``sheet`` or its first sheet)."""
    if not path.is_file():
        raise UserError(translate("Values", "“{name}” does not exist or is not a file.").format(
            name=path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise too_large(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(path, sheet)
    if suffix in (".csv", ".txt"):
        if sheet:
            raise UserError(translate(
                "Values", "--sheet is for an Excel workbook; “{name}” is a CSV file.").format(
                name=path.name))
        return _read_csv(path)
    raise UserError(translate(
        "Values", "“{name}” is neither a CSV file (.csv) nor an Excel workbook (.xlsx).").format(
        name=path.name))


def _decode(path: Path, raw: bytes) -> str:
    not_text = UserError(translate(
        "Values", "“{name}” is not a text table (CSV); it looks like a binary file.").format(
        name=path.name))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise not_text from None
    if b"\x00" in raw[:65536]:
        raise not_text
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if any(unicodedata.category(ch) == "Cc" and ch not in "\r\n\t" for ch in text[:65536]):
            raise not_text
        return text
    raise not_text


def _read_csv(path: Path) -> Table:
    import pandas as pd

    text = _decode(path, path.read_bytes())
    first = text.split("\n", 1)[0]
    sep = ";" if first.count(";") > first.count(",") else (
        "\t" if first.count("\t") > first.count(",") else ",")
    try:
        headers = next(csv.reader(io.StringIO(text), delimiter=sep), [])
    except csv.Error:
        headers = []
    if len(headers) > MAX_COLUMNS:
        raise UserError(translate(
            "Values", "“{name}” has {n} columns; a table of values has at most {max}.").format(
            name=path.name, n=f"{len(headers):,}", max=MAX_COLUMNS))
    try:
        frame = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, header=None,
                            keep_default_na=False, na_filter=False, skip_blank_lines=False,
                            nrows=MAX_ROWS + 2, engine="c")
    except (ValueError, pd.errors.ParserError, csv.Error) as exc:
        raise UserError(translate(
            "Values", "“{name}” cannot be read as a CSV table: {reason}").format(
            name=path.name, reason=str(exc).strip()[:200])) from None
    if len(frame) > MAX_ROWS + 1:
        raise UserError(translate(
            "Values", "“{name}” has more than {max} rows; split the table.").format(
            name=path.name, max=f"{MAX_ROWS:,}"))
    if frame.shape[1] > MAX_COLUMNS:
        raise UserError(translate(
            "Values", "“{name}” has {n} columns; a table of values has at most {max}.").format(
            name=path.name, n=f"{frame.shape[1]:,}", max=MAX_COLUMNS))
    cells = frame.to_numpy(dtype=object).tolist()
    if not cells:
        return Table(path.name, [])
    table = Table(path.name, [str(h).strip() for h in cells[0]])
    for number, values in enumerate(cells[1:], start=2):
        if any(isinstance(v, str) and v.strip() for v in values):
            table.rows.append((number, [v if isinstance(v, str) else "" for v in values]))
    return table


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    from mainstream_desktop.workbook import reader

    reader.check_file(path)
    wb = reader.open_workbook(path)
    try:
        with reader.guarded(path):
            titles = list(wb.sheetnames)
        title = sheet if sheet is not None else (titles[0] if titles else None)
        if title not in titles:
            raise UserError(translate(
                "Values", "“{name}” has no sheet “{sheet}”; its sheets are: {sheets}.").format(
                name=path.name, sheet=sheet, sheets=", ".join(titles)))
        data = reader.read_sheet(path, wb, str(title))
    finally:
        wb.close()
    reader.fill_cached(path, [data])
    width = max(data.headers, default=0)
    table = Table(str(title), [data.headers.get(i, "") for i in range(1, width + 1)])
    table.rows = list(data.rows)
    for f in data.formulas:
        table.formulas[(f.row, f.column - 1)] = f.text
    cached = {(f.row, f.column - 1): f.cached for f in data.formulas}
    table.uncached = {key for key, value in cached.items() if value is None}
    for number, values in table.rows:
        for col in range(width):
            if (number, col) in cached:
                values[col] = cached[(number, col)]
    for row, col, text in data.errors:
        table.formulas[(row, col - 1)] = "#" + text.lstrip("#")
    return table


# --- columns ---------------------------------------------------------------------------


@dataclass
class Columns:
    """What each column of a table means. ``years``: column → (year, period text) of a
    wide table, where each such column holds one year's values."""

    by_meaning: dict[str, int] = field(default_factory=dict)
    disaggregations: dict[int, str] = field(default_factory=dict)  # column → dimension key
    years: dict[int, tuple[int, str]] = field(default_factory=dict)
    ignored: list[int] = field(default_factory=list)
    twice: list[int] = field(default_factory=list)

    @property
    def wide(self) -> bool:
        return bool(self.years) and "value" not in self.by_meaning


def year_header(text: str) -> tuple[int, str] | None:
    """(year, period) when a header is a year ("2015") or a period ("2015-2019")."""
    m = _YEAR.match(text)
    if m:
        return int(m.group(1)), ""
    m = _PERIOD.match(text)
    if m and int(m.group(1)) < int(m.group(2)):
        return int(m.group(2)), text.strip()
    return None


def map_columns(headers: list[str]) -> Columns:
    meanings = _meanings()
    disaggregation_keys = refdata.keys("disaggregations")
    cols = Columns()
    for i, text in enumerate(headers):
        if not str(text).strip():
            cols.ignored.append(i)
            continue
        key = header_key(text)
        meaning = meanings.get(key)
        if meaning is None:
            bare = header_key(re.sub(r"\(.*?\)|\[.*?\]", "", str(text)))
            meaning = meanings.get(bare) if bare else None
        if meaning is None:
            year = year_header(str(text))
            if year is not None:
                cols.years[i] = year
            else:
                cols.ignored.append(i)
            continue
        if meaning in disaggregation_keys:
            if meaning in cols.disaggregations.values():
                cols.twice.append(i)
            else:
                cols.disaggregations[i] = meaning
        elif meaning in cols.by_meaning:
            cols.twice.append(i)
        else:
            cols.by_meaning[meaning] = i
    if not cols.wide:  # a long table: year-like headers are not values
        cols.ignored = sorted(cols.ignored + list(cols.years))
        cols.years = {}
    return cols


def is_total(text: str) -> bool:
    return header_key(text) in _TOTALS


def is_missing(text: str) -> bool:
    return text.strip().casefold() in _MISSING or not text.strip()


# --- numbers ---------------------------------------------------------------------------

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']")
_PLAIN = re.compile(r"^\d+$")
_GROUPED = re.compile(r"^\d{1,3}(?:[ ]\d{3})+(?:[.,]\d+)?$")


@dataclass(frozen=True)
class Number:
    """A value cell read: the number, whether it carried a percent sign, or why not."""

    value: float | None
    percent: bool = False
    problem: str = ""
    ambiguous_separator: str = ""  # "," or "." when the cell alone cannot decide


def decimal_evidence(text: str) -> str:
    """The decimal separator ``text`` shows beyond doubt ("." or ","), or ""."""
    s = _SPACES.sub("", text.strip().rstrip("%").lstrip("+-"))
    if "." in s and "," in s:
        return "." if s.rfind(".") > s.rfind(",") else ","
    for sep in ".,":
        if s.count(sep) == 1 and s.count("." if sep == "," else ",") == 0:
            whole, _, frac = s.partition(sep)
            if whole.isdigit() and frac.isdigit() and (
                    len(frac) != 3 or whole.strip("0") == "" or len(whole) > 3):
                return sep
    return ""


_QUICK = {  # shapes parse_number reads the same whatever else the file shows
    "": re.compile(r"[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+"),
    ".": re.compile(r"[0-9]+(?:\.[0-9]+)?|[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+"),
    ",": re.compile(r"[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+"),
}


def quick_number(text: str, decimal: str = "") -> float | None:
    """The value of a cell in the commonest shapes ("1234", "1,234.5", and "12.5" in a
    file whose decimal point is "."), exactly as :func:`parse_number` reads it; None for
    any other shape (then parse_number decides). 50,000 cells are read in a blink."""
    if not _QUICK[decimal].fullmatch(text):
        return None
    if decimal == ",":
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", ""))


def parse_number(text: str, decimal: str = "") -> Number:
    """Read a published number. ``decimal`` is the file's decimal separator when its
    other numbers show it; without it "1,234" and "1.234" are refused as ambiguous."""
    raw = text.strip()
    percent = raw.endswith("%")
    body = raw[:-1].strip() if percent else raw
    sign = -1.0 if body.startswith(("-", "−")) else 1.0
    body = body[1:].strip() if body[:1] in "+-−" else body
    if not body or not body[0].isdigit() or not body[-1].isdigit():
        return Number(None, problem=translate("Values", "is not a number"))
    if " " in body or "\u00a0" in body or "\u202f" in body or "\u2009" in body:
        spaced = re.sub(r"[\s\u00a0\u202f\u2009]", " ", body)
        if not _GROUPED.match(spaced):
            return Number(None, problem=translate("Values", "is not a number"))
        body = spaced.replace(" ", "").replace(",", ".")
        return Number(sign * float(body), percent)
    body = body.replace("'", "")  # Swiss thousands: 1'234
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        dec = "." if body.rfind(".") > body.rfind(",") else ","
        group = "," if dec == "." else "."
        whole, _, frac = body.rpartition(dec)
        if whole.count(dec) or not re.fullmatch(r"\d{1,3}(?:" + re.escape(group) + r"\d{3})*",
                                                whole):
            return Number(None, problem=translate("Values", "is not a number"))
        return Number(sign * float(whole.replace(group, "") + "." + frac), percent)
    sep = "." if dots else "," if commas else ""
    if not sep:
        return Number(sign * float(body), percent) if _PLAIN.match(body) else Number(
            None, problem=translate("Values", "is not a number"))
    parts = body.split(sep)
    if not all(p.isdigit() for p in parts):
        return Number(None, problem=translate("Values", "is not a number"))
    if len(parts) > 2:  # 1,234,567 or 1.234.567: thousands
        if len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:]):
            return Number(None, problem=translate("Values", "is not a number"))
        return Number(sign * float("".join(parts)), percent)
    whole, frac = parts
    if len(frac) != 3 or whole.strip("0") == "" or len(whole) > 3:
        return Number(sign * float(f"{whole}.{frac}"), percent)
    if decimal == sep:
        return Number(sign * float(f"{whole}.{frac}"), percent)
    if decimal:
        return Number(sign * float(whole + frac), percent)
    return Number(None, percent, problem=translate(
        "Values", "could be {a} or {b}: no other number of the file shows which separator "
        "is the decimal one; write {a} or {b}").format(a=f"{whole}{frac}", b=f"{whole}.{frac}"),
        ambiguous_separator=sep)
