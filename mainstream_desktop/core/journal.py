"""The change journal: one row per changed field, written in the same transaction.

It is the record history ("who changed this, when") and what a later merge of
several working groups' files replays. Timestamps are hybrid logical clocks so that
they order changes even when laptops' clocks disagree.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Change:
    """One field of one record, before and after. ``kind`` says which operation."""

    table: str
    record_id: str
    field: str
    old: Any
    new: Any
    kind: str  # "insert" | "update" | "delete" | "restore"


class HybridClock:
    """Hybrid logical clock: wall-clock milliseconds plus a counter, never going back."""

    def __init__(self, device_id: str, last: str | None = None):
        self.device_id = device_id
        self._ms = 0
        self._counter = 0
        if last:
            self.observe(last)

    def observe(self, stamp: str) -> None:
        """Move past a timestamp seen in the file (another device's, or our own)."""
        if not isinstance(stamp, str):  # a crafted or damaged journal entry: ignored
            return
        try:
            ms_text, counter_text, _ = stamp.split(".", 2)
            ms, counter = int(ms_text), int(counter_text)
        except ValueError:
            return
        if (ms, counter) > (self._ms, self._counter):
            self._ms, self._counter = ms, counter

    def now(self) -> str:
        wall = int(time.time() * 1000)
        if wall > self._ms:
            self._ms, self._counter = wall, 0
        else:
            self._counter += 1
        return f"{self._ms:013d}.{self._counter:05d}.{self.device_id}"


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def append(
    conn: sqlite3.Connection,
    changes: list[Change],
    *,
    clock: HybridClock,
    user_name: str,
) -> None:
    """Write ``changes`` as one operation (one ``op_id``) into the journal."""
    if not changes:
        return
    op_id = str(uuid.uuid4())
    conn.executemany(
        "INSERT INTO changes (change_id, op_id, device_id, hlc, user_name, table_name, "
        "record_id, field, old_value, new_value, kind) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                str(uuid.uuid4()), op_id, clock.device_id, clock.now(), user_name, c.table,
                c.record_id, c.field, _dump(c.old), _dump(c.new), c.kind,
            )
            for c in changes
        ],
    )


def last_stamp(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT hlc FROM changes ORDER BY seq DESC LIMIT 1").fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class HistoryEntry:
    hlc: str
    user_name: str
    device_id: str
    field: str
    old: Any
    new: Any
    kind: str

    @property
    def timestamp(self) -> float:
        """Seconds since the epoch of the change (from the clock's wall part)."""
        return int(self.hlc.split(".", 1)[0]) / 1000


def history(conn: sqlite3.Connection, table: str, record_id: str) -> list[HistoryEntry]:
    cur = conn.execute(
        "SELECT hlc, user_name, device_id, field, old_value, new_value, kind FROM changes "
        "WHERE table_name = ? AND record_id = ? ORDER BY seq",
        (table, record_id),
    )
    return [
        HistoryEntry(h, u or "", d, f, _load(o), _load(n), k) for h, u, d, f, o, n, k in cur
    ]
