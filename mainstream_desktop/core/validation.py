"""Field-level validation and coercion, shared by the store, the window and the import.

:func:`coerce` turns what a user typed or a workbook cell holds into the stored Python
value, or raises :class:`FieldError` with a message that says what was expected.
Relational checks (references to live records, uniqueness) need the file and live in
:mod:`store`.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from mainstream_desktop.core import refdata
from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP, later, translate
from mainstream_desktop.core.registers import Field

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class FieldError(ValueError):
    """A value that does not fit its field; the message says what was expected."""


def choice_list(field: Field) -> tuple[tuple[str, str], ...]:
    """(key, label) pairs a choice or multi field accepts, labels translated."""
    src = field.choices
    if src is None:
        return ()
    if isinstance(src, str):
        return refdata.choices(src)
    return tuple((k, translate("Enum", label)) for k, label in src)


def _is_valid_choice(field: Field, key: str) -> bool:
    src = field.choices
    if isinstance(src, str):
        return refdata.is_valid_key(src, key)
    return any(k == key for k, _ in (src or ()))


def _match_choice(field: Field, raw: str, accept_labels: bool) -> str:
    if _is_valid_choice(field, raw):
        return raw
    if accept_labels:
        folded = raw.casefold()
        src = field.choices
        candidates = list(choice_list(field))
        if not isinstance(src, str):  # English labels too, whatever the language
            candidates += list(src or ())
        for key, label in candidates:
            if label.casefold() == folded or key.casefold() == folded:
                return key
    raise FieldError(
        later(QT_TRANSLATE_NOOP("Validation", "“{value}” is not one of the allowed values"),
            value=_short(raw)
        )
    )


def _short(value: object, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def coerce(field: Field, value: Any, *, accept_labels: bool = False) -> Any:
    """The stored form of ``value`` for ``field`` (``None`` for empty).

    ``accept_labels`` lets a choice be given by its label as well as its key
    (workbooks filled in by people use labels).
    """
    if value is None or (isinstance(value, str) and value.strip() == ""):
        if field.kind == "multi" and value is not None and field.required:
            raise FieldError(later(QT_TRANSLATE_NOOP("Validation", "is required")))
        return [] if field.kind == "multi" and value is not None else None
    kind = field.kind
    if kind in ("text", "longtext", "email"):
        text = str(value).strip() if kind != "longtext" else str(value).strip("\n ")
        text = unicodedata.normalize("NFC", text)  # "è" typed on a Mac is "è", not e + `
        if _CONTROL.search(text):
            raise FieldError(later(QT_TRANSLATE_NOOP("Validation", "contains control characters")))
        if kind != "longtext" and "\n" in text:
            text = " ".join(text.split())
        if len(text) > field.max_length:
            raise FieldError(
                later(QT_TRANSLATE_NOOP(
                    "Validation", "is too long ({n} characters, at most {max})"),
                    n=len(text), max=field.max_length
                )
            )
        if kind == "email" and not _EMAIL.match(text):
            raise FieldError(
                later(QT_TRANSLATE_NOOP("Validation", "“{value}” is not an email address"),
                    value=_short(text)
                )
            )
        return text
    if kind in ("int", "year"):
        number = _to_number(value)
        if number != int(number):
            raise FieldError(
                later(QT_TRANSLATE_NOOP("Validation", "must be a whole number (got {value})"),
                    value=_short(value)
                )
            )
        number = int(number)
        lo, hi = field.bounds
        _check_range(number, lo, hi)
        return number
    if kind == "float":
        number = _to_number(value)
        _check_range(number, field.min, field.max)
        return float(number)
    if kind == "bool":
        return _to_bool(value)
    if kind == "date":
        return _to_date(value)
    if kind == "choice":
        return _match_choice(field, str(value).strip(), accept_labels)
    if kind == "multi":
        items = _to_list(value)
        out: list[str] = []
        for item in items:
            key = _match_choice(field, item, accept_labels)
            if key not in out:
                out.append(key)
        return out
    if kind == "ref":
        text = str(value).strip()
        if len(text) > 64:
            raise FieldError(later(QT_TRANSLATE_NOOP("Validation", "is not a record id")))
        return text
    raise AssertionError(f"unknown field kind {kind}")


def _to_number(value: Any) -> float:
    if isinstance(value, bool):
        raise FieldError(later(QT_TRANSLATE_NOOP("Validation", "must be a number")))
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        text = _normalise_separators(text)
        try:
            number = float(text)
        except ValueError:
            raise FieldError(
                later(QT_TRANSLATE_NOOP("Validation", "must be a number (got “{value}”)"),
                    value=_short(value)
                )
            ) from None
    if not math.isfinite(number):
        raise FieldError(later(QT_TRANSLATE_NOOP("Validation", "must be a finite number")))
    return number


TEXT_KINDS = ("text", "longtext", "email")  # free text: compared with :func:`fold`


def show_value(table: str, fname: str, value: Any,
               name_of: Callable[[str, str], str | None]) -> str:
    """A stored (or journalled) value as the form shows it: labels for choices, names for
    references (``name_of(register, id)``), the value as it is when it does not fit (a
    crafted journal) — for the record history and the merge review alike."""
    from mainstream_desktop.core.registers import register

    try:
        f = register(table).field(fname)
    except KeyError:
        return "" if value is None else str(value)
    if f.ref:
        items = value if isinstance(value, list) else [value]
        return "; ".join(name_of(f.ref, v) or v for v in items if isinstance(v, str) and v)
    try:
        return display(f, value)
    except (TypeError, ValueError):
        return str(value)


def fold(text: str) -> str:
    """How names are compared for sameness: Unicode-normalised, case and surrounding or
    repeated spaces ignored ("Ministère" = "MINISTÈRE" = "ministe\u0300re")."""
    return " ".join(unicodedata.normalize("NFC", str(text)).split()).casefold()


def _normalise_separators(text: str) -> str:
    """Accept a decimal comma (French, Spanish, Portuguese…) and thousands separators.

    "1,5" is 1.5; "1,000" and "1.000.000" are thousands; "1.234,5" and "1,234.5" are both
    1234.5. A single comma followed by exactly three digits is read as thousands unless
    the whole part is 0 ("0,125" is 0.125).
    """
    if "," in text and "." in text:  # the later one is the decimal mark
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return text.replace(thousands, "").replace(decimal, ".")
    if text.count(",") == 1:
        whole, frac = text.split(",")
        if len(frac) == 3 and whole.lstrip("+-") not in ("", "0"):
            return whole + frac
        return whole + "." + frac
    if text.count(",") > 1:
        return text.replace(",", "")
    if text.count(".") > 1:
        return text.replace(".", "")
    return text


def _check_range(number: float, lo: float | None, hi: float | None) -> None:
    if (lo is not None and number < lo) or (hi is not None and number > hi):
        if lo is not None and hi is not None:
            msg = QT_TRANSLATE_NOOP("Validation", "must be between {lo} and {hi} (got {value})")
        elif lo is not None:
            msg = QT_TRANSLATE_NOOP("Validation", "must be at least {lo} (got {value})")
        else:
            msg = QT_TRANSLATE_NOOP("Validation", "must be at most {hi} (got {value})")
        raise FieldError(later(msg, lo=_fmt(lo), hi=_fmt(hi), value=_fmt(number)))


def _fmt(number: float | None) -> str:
    if number is None:
        return ""
    return str(int(number)) if float(number).is_integer() else str(number)


_TRUE = {"1", "true", "yes", "y", "x", "oui", "sí", "si", "да", "نعم", "是"}
_FALSE = {"0", "false", "no", "n", "non", "нет", "لا", "否"}


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = str(value).strip().casefold()
    if text in _TRUE or text == translate("Validation", "yes").casefold():
        return True
    if text in _FALSE or text == translate("Validation", "no").casefold():
        return False
    raise FieldError(
        later(QT_TRANSLATE_NOOP("Validation", "must be yes or no (got “{value}”)"),
              value=_short(value))
    )


_DATE = re.compile(r"^\s*(\d{4})\s*[-./ ]\s*(\d{1,2})\s*[-./ ]\s*(\d{1,2})\s*$")
_COMPACT_DATE = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")


def tidy_date(text: str) -> str:
    """``20250601``, ``2025/6/1`` or ``2025-6-1`` → ``2025-06-01``; anything else is
    returned stripped (:func:`coerce` then says what is wrong with it). The form, the
    command line and the workbook import all read dates this way."""
    m = _DATE.match(text) or _COMPACT_DATE.match(text)
    if not m:
        return text.strip()
    year, month, day = m.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _to_date(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = tidy_date(str(value))
    try:
        return dt.date.fromisoformat(text[:10] if "T" in text or " " in text else text).isoformat()
    except ValueError:
        raise FieldError(
            later(QT_TRANSLATE_NOOP(
                "Validation", "must be a date as YYYY-MM-DD (got “{value}”)"),
                value=_short(value)
            )
        ) from None


def _to_list(value: Any) -> list[str]:
    if isinstance(value, list | tuple | set | frozenset):
        items = [str(v).strip() for v in value]
    else:
        text = str(value).strip()
        if text.startswith("["):
            try:
                loaded = json.loads(text)
            except ValueError:
                loaded = None
            if isinstance(loaded, list):
                return [str(v).strip() for v in loaded if str(v).strip()]
        items = [part.strip() for part in re.split(r"[;\n]", text)]
    return [i for i in items if i]


def to_sql(field: Field, value: Any) -> Any:
    """The SQLite value of an already coerced Python value."""
    if value is None:
        return None
    if field.kind == "multi":
        return json.dumps(list(value), ensure_ascii=False) if value else None
    if field.kind == "bool":
        return 1 if value else 0
    return value


# The kinds whose stored value is not already the Python value: every other kind is
# passed through from_sql unchanged, so the store skips the call for them.
SQL_CONVERTED_KINDS = frozenset({"multi", "bool"})


def from_sql(field: Field, value: Any) -> Any:
    """The Python value of a stored SQLite value (see SQL_CONVERTED_KINDS)."""
    if field.kind == "multi":
        if not value:
            return []
        if isinstance(value, str):
            return list(_parse_multi(value))
        try:
            loaded = json.loads(value)
        except (TypeError, ValueError):
            return []
        return [str(v) for v in loaded] if isinstance(loaded, list) else []
    if field.kind == "bool":
        return None if value is None else bool(value)
    return value


@functools.lru_cache(maxsize=4096)
def _parse_multi(value: str) -> tuple[str, ...]:
    """A stored multi value; the same few lists recur across thousands of records."""
    try:
        loaded = json.loads(value)
    except ValueError:
        return ()
    return tuple(str(v) for v in loaded) if isinstance(loaded, list) else ()


def display(field: Field, value: Any) -> str:
    """Human-readable text of a stored value (labels for choices), refs excluded."""
    if value is None or value == []:
        return ""
    if field.kind == "choice":
        return dict(choice_list(field)).get(value, str(value))
    if field.kind == "multi":
        labels = dict(choice_list(field))
        return "; ".join(labels.get(v, v) for v in value)
    if field.kind == "bool":
        return translate("Validation", "yes") if value else translate("Validation", "no")
    if field.kind == "float":
        return _fmt(value)
    return str(value)

