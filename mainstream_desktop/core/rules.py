"""Rules that span several fields of one record (an end before its start, a link from a
stakeholder to itself). Field-level rules live in :mod:`validation`; these need the whole
record, so the store checks them on insert and update, ``check`` on every record, and the
workbook import on every row — one definition for all three.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP, Message, Source, later
from mainstream_desktop.core.registers import Record

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class Rule:
    fields: tuple[str, ...]  # the fields involved; a problem is reported on the last one
    holds: Callable[[Record], bool]
    message: Source  # English source, context "Validation"


def _ordered(first: str, second: str) -> Callable[[Record], bool]:
    def holds(rec: Record) -> bool:
        a, b = rec.get(first), rec.get(second)
        try:
            return a is None or b is None or b >= a
        except TypeError:  # a crafted file's mistyped value: reported as a type problem
            return True

    return holds


def _time(name: str) -> Callable[[Record], bool]:
    return lambda rec: rec.get(name) is None or bool(_TIME.match(str(rec[name])))


RULES: dict[str, tuple[Rule, ...]] = {
    "workshop": (
        Rule(("start_date", "end_date"), _ordered("start_date", "end_date"),
             QT_TRANSLATE_NOOP("Validation", "is before the start date")),
    ),
    "sessions": (
        Rule(("start_time",), _time("start_time"),
             QT_TRANSLATE_NOOP("Validation", "must be a time as HH:MM")),
        Rule(("end_time",), _time("end_time"),
             QT_TRANSLATE_NOOP("Validation", "must be a time as HH:MM")),
        Rule(("start_time", "end_time"), _ordered("start_time", "end_time"),
             QT_TRANSLATE_NOOP("Validation", "is before the start time")),
    ),
    "links": (
        Rule(("source", "target"),
             lambda rec: rec.get("source") is None or rec.get("source") != rec.get("target"),
             QT_TRANSLATE_NOOP("Validation", "a stakeholder cannot be linked to itself")),
    ),
    "indicators": (
        Rule(("baseline_year", "target_year"), _ordered("baseline_year", "target_year"),
             QT_TRANSLATE_NOOP("Validation", "is before the baseline year")),
    ),
    "actions": (
        Rule(("start_year", "end_year"), _ordered("start_year", "end_year"),
             QT_TRANSLATE_NOOP("Validation", "is before the start year")),
        Rule(("amount_secured", "cost"), _ordered("amount_secured", "cost"),
             QT_TRANSLATE_NOOP("Validation", "is less than the amount already secured")),
    ),
}


def broken(
    register: str, record: Record, only: set[str] | None = None
) -> list[tuple[str, Message]]:
    """(field, message translated when shown) of every rule ``record`` breaks; with
    ``only``, just the rules that involve one of those fields (an update checks what it
    changes)."""
    out = []
    for rule in RULES.get(register, ()):
        if only is not None and not (set(rule.fields) & only):
            continue
        if not rule.holds(record):
            out.append((rule.fields[-1], later(rule.message)))
    return out
