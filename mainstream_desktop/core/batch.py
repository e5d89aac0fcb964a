"""Operations on a workshop as data: what the window, the command line, undo and redo,
the workbook import and a merge all hand to the store.

A list of :class:`Op` is *previewed* (run in a transaction, every problem collected,
rolled back) into a :class:`Plan`, and a plan is *applied* in one transaction under one
operation id, so a batch is one undo step and one entry in the history.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from mainstream_desktop.core.errors import Problem
from mainstream_desktop.core.journal import Change


class OpKind(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    REPLAY = "replay"  # set fields as recorded (undo, redo, changes from another journal)


@dataclass(frozen=True)
class Op:
    """One operation. Build it with the class methods; ``values`` are what a user typed or
    a cell held (coerced by the store), ``changes`` only for :attr:`OpKind.REPLAY`."""

    kind: OpKind
    table: str
    record_id: str | None = None
    values: Mapping[str, Any] = field(default_factory=dict)
    cascade: bool = False
    accept_labels: bool = False
    changes: tuple[Change, ...] = ()

    @classmethod
    def insert(cls, table: str, values: Mapping[str, Any], *, record_id: str | None = None,
               accept_labels: bool = False) -> Op:
        return cls(OpKind.INSERT, table, record_id, dict(values), accept_labels=accept_labels)

    @classmethod
    def update(cls, table: str, record_id: str, values: Mapping[str, Any], *,
               accept_labels: bool = False) -> Op:
        return cls(OpKind.UPDATE, table, record_id, dict(values), accept_labels=accept_labels)

    @classmethod
    def delete(cls, table: str, record_id: str, *, cascade: bool = False) -> Op:
        return cls(OpKind.DELETE, table, record_id, cascade=cascade)

    @classmethod
    def restore(cls, table: str, record_id: str) -> Op:
        return cls(OpKind.RESTORE, table, record_id)

    @classmethod
    def replay(cls, changes: Sequence[Change]) -> Op:
        first = changes[0] if changes else None
        return cls(OpKind.REPLAY, first.table if first else "",
                   first.record_id if first else None, changes=tuple(changes))


@dataclass
class Plan:
    """What a batch would do: its problems (every one, keyed by operation index, register,
    record and field), the changes it would make, and the state of the file it was
    previewed on (``apply`` refuses a plan the file has moved on from)."""

    ops: tuple[Op, ...]
    problems: list[Problem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    fingerprint: tuple[Any, ...] | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def problems_of(self, index: int) -> list[Problem]:
        return [p for p in self.problems if p.op == index]
