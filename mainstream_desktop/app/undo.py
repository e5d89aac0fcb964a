"""Undo commands: one generic command that holds what a core operation changed.

The operation runs before the command is pushed (so a refused edit never reaches the
stack and its message can be shown beside the field); the command's first redo is
then a no-op, and later undo/redo replay the change list through the core
(``ws.revert`` / ``ws.reapply``), each itself a committed, journalled edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.journal import Change
from mainstream_desktop.core.store import Result, Workshop

Notify = Callable[[set[str], list[Change]], None]  # tables, and what changed in them
Report = Callable[[str], None]


class ChangeCommand(QUndoCommand):
    """Undo/redo of one already executed core operation (insert, update, delete, compound)."""

    def __init__(self, ws: Workshop, text: str, result: Result, notify: Notify,
                 report: Report):
        super().__init__(text)
        self.ws = ws
        self.changes = list(result.changes)
        self.record_id = result.record_id
        self._notify = notify
        self._report = report
        self._done = True  # the operation already ran

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(self.ws.reapply)

    def undo(self) -> None:
        self._run(self.ws.revert)

    def _run(self, op: Callable[[list], Result]) -> None:
        # An exception must not escape a Qt virtual; a refusal is reported instead.
        try:
            result = op(self.changes)
        except UserError as exc:
            self._report(str(exc))
            self.setObsolete(True)
            return
        self._notify({c.table for c in self.changes} | result.tables, result.changes)
