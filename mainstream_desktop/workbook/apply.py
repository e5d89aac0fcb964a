"""Carry out an import plan: the write lock first, then the backup, then every change in
one transaction under one operation id.

Nothing here decides anything: the store previewed the very operations it now applies
(:mod:`importer`). ``Workshop.apply`` takes the write lock before it compares the file
with the preview, so two imports of the same workbook at once cannot both apply; should
the store still refuse something, the transaction is rolled back and the workshop is as
it was.
"""

from __future__ import annotations

from pathlib import Path

from mainstream_desktop.core.backup import backup_connection
from mainstream_desktop.core.editing import Editing, Result, StalePlanError
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.workbook.importer import plan_import
from mainstream_desktop.workbook.plan import ImportPlan


def _stale() -> UserError:
    return UserError(translate("Import", "The workshop changed since the import was previewed; "
                                         "preview it again."))


def apply_import(ws: Editing, plan: ImportPlan, *, backed_up: bool = False) -> Result:
    """Write what ``plan`` says, all or nothing; the Result's changes can be reverted.

    ``backed_up``: the caller has just taken the import's backup itself (the window takes
    it in a worker, so a large workshop does not hold its UI thread; issue 16), so none is
    taken here. The file is still compared with the preview under the write lock."""
    if not plan.ok or plan.batch is None:
        raise UserError(translate("Import", "Nothing was imported: the workbook has {n} error(s). "
                                     "First: {first}").format(
            n=len(plan.problems) + plan.truncated,
            first=plan.errors[0] if plan.errors else ""))
    if not plan.changes_anything:
        if ws.fingerprint() != plan.batch.fingerprint:
            raise _stale()
        return Result()
    try:
        if backed_up:
            return ws.apply(plan.batch)
        return ws.apply(plan.batch,
                        before=lambda: backup_connection(ws.conn, reason="import"))
    except StalePlanError:
        raise _stale() from None
    except UserError as exc:
        raise UserError(translate("Import", "Nothing was imported: {reason}").format(
            reason=exc)) from None


def import_workbook(ws: Editing, xlsx: Path, dry_run: bool = False) -> ImportPlan:
    """Plan the import of ``xlsx`` and, unless ``dry_run`` or it has errors, apply it."""
    plan = plan_import(ws, Path(xlsx))
    if plan.ok and not dry_run:
        apply_import(ws, plan)
    return plan
