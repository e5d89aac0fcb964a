"""Carry out an import plan: backup first, then every change in one transaction.

Nothing here decides anything: :mod:`importer` checked it all. The store checks again
as it writes; should it still refuse something, the transaction is rolled back and the
workshop is as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mainstream_desktop.core.backup import backup_connection
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.store import Result
from mainstream_desktop.workbook.importer import fingerprint, plan_import
from mainstream_desktop.workbook.plan import ImportPlan


def apply_import(ws: Any, plan: ImportPlan) -> Result:
    """Write what ``plan`` says, all or nothing; the Result's changes can be reverted."""
    if not plan.ok:
        raise UserError(translate("Import", "Nothing was imported: the workbook has {n} error(s). "
                                     "First: {first}").format(
            n=len(plan.problems) + plan.truncated,
            first=plan.errors[0] if plan.errors else ""))
    if fingerprint(ws) != plan.fingerprint:
        raise UserError(translate("Import", "The workshop changed since the import was previewed; "
                                     "preview it again."))
    result = Result()
    if not plan.changes_anything:
        return result
    backup_connection(ws.conn, reason="import")
    try:
        with ws.bulk(defer_unique=True):  # the preview checked names on the final state
            for op in [*plan.operations, *plan.deferred]:
                if op.kind == "insert":
                    done = ws.insert(op.table, op.values, record_id=op.record_id)
                else:
                    done = ws.update(op.table, op.record_id, op.values)
                result.changes.extend(done.changes)
    except UserError as exc:
        raise UserError(translate("Import", "Nothing was imported: {reason}").format(
            reason=exc)) from None
    return result


def import_workbook(ws: Any, xlsx: Path, dry_run: bool = False) -> ImportPlan:
    """Plan the import of ``xlsx`` and, unless ``dry_run`` or it has errors, apply it."""
    plan = plan_import(ws, Path(xlsx))
    if plan.ok and not dry_run:
        apply_import(ws, plan)
    return plan
