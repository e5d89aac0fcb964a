"""``check``: the integrity check and a validation report of one workshop file.

Used by the command line and by the window's "Check workshop". Opens the file
read-only, so checking never changes it.
"""

from __future__ import annotations

import math
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mainstream_desktop.core import validation
from mainstream_desktop.core.completeness import StepCompleteness, completeness
from mainstream_desktop.core.connection import to_record
from mainstream_desktop.core.enums import STEPS
from mainstream_desktop.core.errors import Problem
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import REGISTERS, Field, Register
from mainstream_desktop.core.store import Workshop

__all__ = ["CheckReport", "check_file", "check_workshop", "content_problems", "printable"]

_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with control characters shown as ``\\xNN``: names in a crafted file may
    hold terminal escape sequences, and the report is printed to a terminal."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


@dataclass
class CheckReport:
    path: Path
    version: int
    integrity: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    steps: dict[str, StepCompleteness] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.problems

    def text(self) -> str:
        lines = [
            translate("Check", "Workshop file: {path} (format {version})").format(
                path=self.path, version=self.version
            )
        ]
        if self.integrity:
            lines.append(translate("Check", "Integrity: FAILED"))
            lines += [f"  {printable(str(p))}" for p in self.integrity[:50]]
        else:
            lines.append(translate("Check", "Integrity: ok"))
        if self.problems:
            lines.append(
                translate("Check", "Validation: {n} problem(s)").format(n=len(self.problems))
            )
            lines += [f"  {printable(str(p))}" for p in self.problems[:200]]
        else:
            lines.append(translate("Check", "Validation: ok"))
        lines.append(translate("Check", "Records:"))
        lines += [
            f"  {translate('Register', REGISTERS[name].label)}: {n}"
            for name, n in self.counts.items()
        ]
        lines.append(translate("Check", "Completeness:"))
        labels = dict(STEPS)
        for step, c in self.steps.items():
            lines.append(f"  {translate('Enum', labels[step])}: {c.done}/{c.total}")
            lines += [f"    - {m}" for m in c.missing]
        return "\n".join(lines)


def check_workshop(ws: Workshop) -> CheckReport:
    """Full integrity check, then what is stored (:func:`content_problems`: types, lengths,
    lists, the workshop record, the journal) and validation of every live record."""
    version = ws.conn.execute("PRAGMA user_version").fetchone()[0]
    report = CheckReport(ws.path or Path(":memory:"), version)
    report.integrity = ws.integrity_problems(quick=False)
    if not report.integrity:
        report.problems = content_problems(ws) + ws.validation_problems()
        report.counts = {name: ws.count(name) for name in REGISTERS}
        report.steps = completeness(ws)
    return report


def check_file(path: Path) -> CheckReport:
    """Check ``path`` without writing to it (an old format is checked as migrated)."""
    ws = Workshop.open_for_reading(path)
    try:
        return check_workshop(ws)
    finally:
        ws.close()


# --- what is stored: the pass that finds crafted or damaged content (issue 13) ----------
#
# The store reads such values in a harmless form (connection.to_records); this pass says
# what they really are, so the user can repair them. One query per register picks out the
# rows SQLite itself sees as suspect (storage class, length, JSON, emptiness): the cost is
# one scan per table, linear in the number of records, and Python looks only at the rows
# found.

_SYSTEM_COLUMNS = ("id", "created_at", "updated_at", "updated_by", "deleted_at")


def content_problems(ws: Workshop) -> list[Problem]:
    """Stored values no edit through the application could have made: a number column
    holding text or a BLOB, a fraction in a whole-number column, text too long for its
    field, an empty required name, a list field that is not a JSON list, a yes/no that
    is neither, record dates that are not text; the number of workshop records; and
    damaged entries of the change journal."""
    json_ok = _has_json(ws.conn)
    problems: list[Problem] = []
    for reg in REGISTERS.values():
        problems += _register_problems(ws, reg, json_ok)
    problems += _workshop_count(ws)
    problems += _journal_problems(ws, json_ok)
    return problems


def _has_json(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT json_valid('[]')").fetchone()
    except sqlite3.OperationalError:  # an SQLite built without JSON: lists checked in Python
        return False
    return True


def _suspect(f: Field, json_ok: bool) -> str:
    """SQL that is true for a stored value of ``f`` that may break :func:`_field_problem`."""
    c = f'"{f.name}"'
    if f.sql_type == "INTEGER":
        extra = f" OR {c} NOT IN (0, 1)" if f.kind == "bool" else ""
        return f"(typeof({c}) NOT IN ('integer', 'null'){extra})"
    if f.sql_type == "REAL":
        return f"(typeof({c}) NOT IN ('real', 'integer', 'null') OR abs({c}) > 1e308)"
    parts = [f"typeof({c}) NOT IN ('text', 'null')", f"length({c}) > {f.max_length}"]
    if f.required and f.kind in validation.TEXT_KINDS:
        parts.append(f"trim(coalesce({c}, '')) = ''")
    if f.kind == "multi":
        is_list = f"json_valid({c}) AND json_type({c}) = 'array'"
        parts.append(f"(typeof({c}) = 'text' AND NOT ({is_list}))" if json_ok
                     else f"typeof({c}) = 'text'")
    return "(" + " OR ".join(parts) + ")"


def _register_problems(ws: Workshop, reg: Register, json_ok: bool) -> list[Problem]:
    fields = reg.fields  # all present: opening checked the structure
    system = [f"typeof(\"{c}\") != 'text'" for c in _SYSTEM_COLUMNS[:4]]
    where = " OR ".join([*system, *(_suspect(f, json_ok) for f in fields)])
    cur = ws.conn.execute(
        f'SELECT * FROM "{reg.name}" WHERE deleted_at IS NULL AND ({where})')
    problems: list[Problem] = []
    for row in cur.fetchall():
        raw = dict(zip((d[0] for d in cur.description), row, strict=True))
        found = [(c, _system_problem(raw[c])) for c in _SYSTEM_COLUMNS[:4]]
        found += [(f.name, _field_problem(f, raw[f.name])) for f in fields]
        found = [(where_, message) for where_, message in found if message]
        if not found:
            continue
        record = _record_name(ws, reg, cur.description, row)
        rid = raw["id"] if isinstance(raw["id"], str) else None
        problems += [Problem(reg.name, where_, message, rid, record)
                     for where_, message in found]
    return problems


def _record_name(ws: Workshop, reg: Register, description: Any, row: tuple[Any, ...]) -> str:
    """The name a user knows the record by, or its id when the name itself is unusable."""
    rec = to_record(reg, description, row)
    try:
        name = ws.describe(reg.name, rec)
    except (KeyError, TypeError, ValueError, sqlite3.Error):
        name = ""
    return _short(name or f"id {rec.get('id') or '?'}")


def _short(value: Any, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _system_problem(value: Any) -> str:
    if isinstance(value, str) and value:
        return ""
    return translate("Check", "is not stored as text; the record may not be shown correctly")


def _field_problem(f: Field, value: Any) -> str:
    """What is wrong with the stored ``value`` of ``f`` (empty when nothing here is)."""
    if isinstance(value, bytes):
        return translate("Check", "holds binary data ({n} bytes) where {what} is expected; it "
                         "is read as empty").format(n=len(value), what=_expected(f))
    if f.sql_type in ("INTEGER", "REAL"):
        fits = (isinstance(value, int) if f.sql_type == "INTEGER"
                else isinstance(value, int | float) and math.isfinite(value))
        if value is None or fits:
            if f.kind == "bool" and value not in (None, 0, 1):
                return translate("Check", "holds {value} where yes or no (1 or 0) is expected"
                                 ).format(value=value)
            return ""
        return translate("Check", "holds “{value}” where {what} is expected; it is read as "
                         "empty").format(value=_short(value), what=_expected(f))
    text = value if isinstance(value, str) else ""
    if f.required and f.kind in validation.TEXT_KINDS and not text.strip():
        return translate("Validation", "is required")
    if len(text) > f.max_length:
        return translate("Check", "is too long ({n} characters, at most {max}); it is shown and "
                         "exported cut to {max}").format(n=len(text), max=f.max_length)
    if f.kind == "multi" and text and validation.from_sql(f, text) == [] and text.strip() != "[]":
        return translate("Check", "holds “{value}”, which is not a list of values; it is read "
                         "as empty").format(value=_short(text))
    return ""


def _expected(f: Field) -> str:
    if f.kind in ("int", "year"):
        return translate("Check", "a whole number")
    if f.kind == "bool":
        return translate("Check", "yes or no")
    if f.kind == "float":
        return translate("Check", "a number")
    return translate("Check", "text")


def _workshop_count(ws: Workshop) -> list[Problem]:
    n = ws.count("workshop")
    if n == 1:
        return []
    if n == 0:
        return [Problem("workshop", None, translate("Check", "the workshop record is missing"))]
    return [Problem("workshop", None, translate(
        "Check", "the file holds {n} workshop records; a workshop has exactly one").format(n=n))]


def _journal_problems(ws: Workshop, json_ok: bool) -> list[Problem]:
    """Entries whose clock stamp is not one, or whose old or new value is not JSON."""
    stamp = "typeof(hlc) != 'text' OR hlc NOT GLOB '[0-9]*.[0-9]*.?*'"
    values = (" OR (old_value IS NOT NULL AND (typeof(old_value) != 'text'"
              " OR NOT json_valid(old_value)))"
              " OR (new_value IS NOT NULL AND (typeof(new_value) != 'text'"
              " OR NOT json_valid(new_value)))") if json_ok else ""
    n, first = ws.conn.execute(
        f"SELECT count(*), min(seq) FROM changes WHERE {stamp}{values}").fetchone()
    if not n:
        return []
    # not a register: the label stands where a register's name would
    return [Problem(translate("Check", "Change journal"), None, translate(
        "Check", "{n} entries are damaged (the first is number {seq}); the history of the "
        "records concerned may be incomplete").format(n=n, seq=first))]
