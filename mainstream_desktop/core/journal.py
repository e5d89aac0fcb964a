"""The change journal: one row per changed field, written in the same transaction.

It is the record history ("who changed this, when") and what a merge of several working
groups' files replays. Timestamps are hybrid logical clocks so that they order changes
even when laptops' clocks disagree; compare them with :func:`stamp_key`, never as text.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple


class ChangeKind(StrEnum):
    """Which operation a change belongs to (stored as its value in ``changes.kind``)."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"


@dataclass(frozen=True)
class Origin:
    """Where a change was first made: kept when a change is copied from another file's
    journal (a merge), so the same change has the same id, clock and device everywhere."""

    change_id: str
    hlc: str
    device_id: str
    user_name: str
    op_id: str


class Change(NamedTuple):
    """One field of one record, before and after. ``kind`` says which operation.

    A named tuple (immutable, compared and hashed by its fields, ``_replace`` for a
    copy): a 50,000-row import makes 300,000 of them, and a frozen dataclass took twice
    as long to build."""

    table: str
    record_id: str
    field: str
    old: Any
    new: Any
    kind: ChangeKind
    origin: Origin | None = None  # set when replayed from another journal


def stamp_key(stamp: str) -> tuple[int, int, str]:
    """The order of two clock stamps: (milliseconds, counter, device) as numbers, so a
    counter of 100000 sorts after 99999 whatever width either stamp was written with."""
    try:
        ms_text, counter_text, device = stamp.split(".", 2)
        return int(ms_text), int(counter_text), device
    except (AttributeError, TypeError, ValueError):  # a crafted or damaged stamp
        return -1, -1, str(stamp)


def stamp_time(stamp: str) -> dt.datetime | None:
    """When a change was made (its clock's wall part, local time), None for a damaged
    stamp: the history, the merge review and the command line show it the same way."""
    ms = stamp_key(stamp)[0]
    return None if ms < 0 else dt.datetime.fromtimestamp(ms / 1000, dt.UTC).astimezone()


def stamp_text(stamp: str, *, seconds: bool = False) -> str:
    """A clock stamp as local date and time, "?" for a damaged one."""
    made = stamp_time(stamp)
    return made.strftime("%Y-%m-%d %H:%M" + (":%S" if seconds else "")) if made else "?"


class HybridClock:
    """Hybrid logical clock: wall-clock milliseconds plus a counter, never going back."""

    COUNTER_WIDTH = 10  # wide enough never to overflow while a skewed clock catches up

    def __init__(self, device_id: str, last: str | None = None):
        self.device_id = device_id
        self._ms = 0
        self._counter = 0
        if last:
            self.observe(last)

    def observe(self, stamp: str) -> None:
        """Move past a timestamp seen in the file (another device's, or our own)."""
        ms, counter, _ = stamp_key(stamp)
        if ms >= 0 and (ms, counter) > (self._ms, self._counter):
            self._ms, self._counter = ms, counter

    def now(self) -> str:
        wall = int(time.time() * 1000)
        if wall > self._ms:
            self._ms, self._counter = wall, 0
        else:
            self._counter += 1
        return f"{self._ms:013d}.{self._counter:0{self.COUNTER_WIDTH}d}.{self.device_id}"


_ENCODE_STR: Any = json.encoder.encode_basestring  # json.dumps' own, ensure_ascii=False


def _dump(value: Any) -> str | None:
    """A value as the journal stores it: JSON text, None for None. Texts, whole and
    finite numbers are written by the encoder's own pieces, the same characters as
    ``json.dumps`` (a values import writes 300,000 of them)."""
    cls = value.__class__
    if cls is str:
        return str(_ENCODE_STR(value))
    if cls is int:
        return int.__repr__(value)
    if cls is float and math.isfinite(value):
        return float.__repr__(value)
    return None if value is None else json.dumps(value, ensure_ascii=False)


def change_ids(count: int) -> list[str]:
    """``count`` new change ids, each a version-4 UUID: one random UUID for the lot
    (one call of :func:`uuid.uuid4`), the k-th id its first 48 bits xor k. The version
    and variant bits are untouched, ids of one lot differ, and ids of two lots meet
    only if their 122 random bits do, but for the 48 that are mixed with the counter;
    300,000 ids cost one random draw instead of 300,000."""
    base = uuid.uuid4().int
    top = base >> 80
    tail = f"{base & (2**80 - 1):020x}"
    rest = f"-{tail[:4]}-{tail[4:8]}-{tail[8:]}"
    out = []
    for k in range(count):
        head = f"{top ^ k:012x}"
        out.append(f"{head[:8]}-{head[8:]}{rest}")
    return out


def _load(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except (TypeError, ValueError):  # a crafted or damaged journal row: show it as it is
        return text


def append(
    conn: sqlite3.Connection,
    changes: Iterable[Change],
    *,
    clock: HybridClock,
    user_name: str,
    op_id: str | None = None,
) -> str | None:
    """Write ``changes`` as one operation (one ``op_id``) into the journal.

    A change that carries an :class:`Origin` keeps its change id, clock, device, user and
    operation id (copied from another file's journal); the others get new ones, stamped
    now. Returns the operation id, or None when there was nothing to write.
    """
    changes = list(changes)
    if not changes:
        return None
    op_id = op_id or str(uuid.uuid4())
    fresh = iter(change_ids(sum(c.origin is None for c in changes)))
    rows = []
    dump = _dump
    for c in changes:
        o = c.origin
        if o is not None:
            clock.observe(o.hlc)
            head = (o.change_id, o.op_id, o.device_id, o.hlc, o.user_name)
        else:
            head = (next(fresh), op_id, clock.device_id, clock.now(), user_name)
        rows.append((*head, c.table, c.record_id, c.field, dump(c.old), dump(c.new),
                     c.kind.value))
    conn.executemany(
        "INSERT INTO changes (change_id, op_id, device_id, hlc, user_name, table_name, "
        "record_id, field, old_value, new_value, kind) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    return op_id


def last_stamp(conn: sqlite3.Connection) -> str | None:
    """The latest clock stamp in the journal (by clock order, not by row order: a merge
    appends other devices' older changes after ours)."""
    stamps = [r[0] for r in conn.execute(
        "SELECT hlc FROM changes ORDER BY seq DESC LIMIT 1000")]
    return max(stamps, key=stamp_key) if stamps else None


@dataclass(frozen=True)
class Entry:
    """One row of the journal as written: what :func:`read` returns for a merge."""

    change_id: str
    op_id: str
    device_id: str
    hlc: str
    user_name: str
    table: str
    record_id: str
    field: str
    old: Any
    new: Any
    kind: ChangeKind

    def as_change(self) -> Change:
        """The change to replay into another file, keeping its identity."""
        return Change(self.table, self.record_id, self.field, self.old, self.new, self.kind,
                      Origin(self.change_id, self.hlc, self.device_id, self.user_name,
                             self.op_id))


def _kind(text: Any) -> ChangeKind:
    try:
        return ChangeKind(text)
    except ValueError:  # a crafted journal row: shown as an update, never trusted further
        return ChangeKind.UPDATE


_COLUMNS = ("change_id, op_id, device_id, hlc, user_name, table_name, record_id, field, "
            "old_value, new_value, kind")


def _entries(cur: sqlite3.Cursor) -> list[Entry]:
    return [Entry(ci, op, dev, h, u or "", t, r, f, _load(o), _load(n), _kind(k))
            for ci, op, dev, h, u, t, r, f, o, n, k in cur]


def read(conn: sqlite3.Connection) -> list[Entry]:
    """The whole journal in the order it was written."""
    return _entries(conn.execute(f"SELECT {_COLUMNS} FROM changes ORDER BY seq"))


HistoryEntry = Entry  # a record's history is its journal rows


def history(conn: sqlite3.Connection, table: str, record_id: str) -> list[Entry]:
    """Every change of one record (tombstone and restores included), oldest first."""
    return _entries(conn.execute(
        f"SELECT {_COLUMNS} FROM changes WHERE table_name = ? AND record_id = ? ORDER BY seq",
        (table, record_id)))
