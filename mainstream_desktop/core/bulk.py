"""Column-wise coercion for a run of many inserts into one register (a values import of
50,000 rows): the store's bulk path (:meth:`Editing._insert_many`).

Each field gets one coercer for the whole run, chosen once by its kind. A coercer takes
the values of its column and returns their stored forms, or :data:`SLOW` for a value it
does not take on trust: only values whose stored form is plainly themselves are passed
(an ASCII printable text with no surrounding space and within the length limit, a finite
float within the bounds, a whole number within the bounds), choices are looked up once
per distinct text; every other value is handed to :func:`validation.coerce` itself. A
value that coerce refuses marks its whole operation for the per-row path, which finds and
words its problems exactly as a single insert does; so the bulk path can never accept
what the per-row path refuses, nor word a refusal differently.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from mainstream_desktop.core import validation
from mainstream_desktop.core.registers import Field

SLOW = object()  # "not decided by the quick test": coerce itself decides

Coercer = Callable[[Sequence[Any]], list[Any]]

_SAFE_INT = 2**53  # beyond this, coerce's float round trip may change a whole number


def coerce_column(f: Field, values: Sequence[Any], accept_labels: bool
                  ) -> tuple[list[Any], set[int]]:
    """The stored forms of a column's ``values``, and the positions of the values coerce
    refuses (their operations take the per-row path, which words the problem)."""
    out = coercer(f, accept_labels)(values)
    refused: set[int] = set()
    for i, v in enumerate(out):
        if v is SLOW:
            try:
                out[i] = validation.coerce(f, values[i], accept_labels=accept_labels)
            except validation.FieldError:
                refused.add(i)
    return out, refused


def coercer(f: Field, accept_labels: bool) -> Coercer:
    """The column coercer of ``f`` (see the module's docstring)."""
    if f.kind in ("text", "longtext"):
        return _text(f.max_length)
    if f.kind == "ref":
        return _ref
    if f.kind == "float":
        return _float(f)
    if f.kind in ("int", "year"):
        return _whole(f)
    if f.kind == "choice":
        return _memo(f, accept_labels)
    return _general(f, accept_labels)


def _text(limit: int) -> Coercer:
    def run(values: Sequence[Any]) -> list[Any]:
        # an ASCII printable text is its own NFC form, holds no control character and no
        # line break; with no space at either end and within the limit, coerce keeps it
        return [v if v is None or (type(v) is str and v and v.isascii() and v.isprintable()
                                   and v[0] != " " and v[-1] != " " and len(v) <= limit)
                else SLOW for v in values]

    return run


def _ref(values: Sequence[Any]) -> list[Any]:
    return [v if v is None or (type(v) is str and v and len(v) <= 64 and v.strip() == v)
            else SLOW for v in values]


def _float(f: Field) -> Coercer:
    lo, hi = f.min, f.max
    lo_f = -math.inf if lo is None else lo
    hi_f = math.inf if hi is None else hi

    def run(values: Sequence[Any]) -> list[Any]:
        return [v if v is None or (type(v) is float and math.isfinite(v) and lo_f <= v <= hi_f)
                else SLOW for v in values]

    return run


def _whole(f: Field) -> Coercer:
    lo, hi = f.bounds
    lo_i = -_SAFE_INT if lo is None else max(lo, -_SAFE_INT)
    hi_i = _SAFE_INT if hi is None else min(hi, _SAFE_INT)

    def run(values: Sequence[Any]) -> list[Any]:
        return [v if v is None or (type(v) is int and lo_i <= v <= hi_i) else SLOW
                for v in values]

    return run


def _memo(f: Field, accept_labels: bool) -> Coercer:
    """Choices: the few distinct texts of a column are each coerced once."""
    seen: dict[Any, Any] = {}

    def one(v: Any) -> Any:
        if type(v) is not str:
            return SLOW if v is not None else None
        if v not in seen:
            try:
                seen[v] = validation.coerce(f, v, accept_labels=accept_labels)
            except validation.FieldError:
                seen[v] = SLOW
        return seen[v]

    return lambda values: [one(v) for v in values]


def _general(f: Field, accept_labels: bool) -> Coercer:
    """Any other kind (dates, yes/no, lists, email addresses): coerce itself decides,
    value by value."""
    del f, accept_labels
    return lambda values: [None if v is None else SLOW for v in values]
