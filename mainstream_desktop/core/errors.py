"""Errors a user can cause and fix. Anything else is a bug and keeps its traceback.

The command line turns a :class:`UserError` into one line on stderr and exit status 1;
the window shows its message in a dialog. Messages name what and where.
"""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """A problem with the user's input or file, with a message fit to show as is."""


class NotAWorkshopError(UserError):
    """The file is not a workshop this version can open; it was left untouched."""


class WorkshopLockedError(UserError):
    """Another process holds the workshop for writing."""


@dataclass(frozen=True)
class Problem:
    """One validation finding: which record, which field, what is wrong."""

    register: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.register} “{self.record}”" if self.record else self.register
        if self.field:
            return f"{where}, {self.field}: {self.message}"
        return f"{where}: {self.message}"


class ValidationError(UserError):
    """One or more fields of a record are invalid; nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


_SQLITE_KINDS = {5: "locked", 6: "locked", 8: "readonly", 10: "io", 13: "full"}


def sqlite_failure(exc: BaseException) -> str:
    """What kind of SQLite failure ``exc`` is, from its primary result code (not its
    message, which differs between SQLite versions): "locked", "readonly", "io", "full"
    or "" for anything else."""
    code = getattr(exc, "sqlite_errorcode", None)
    return _SQLITE_KINDS.get(code & 0xFF, "") if isinstance(code, int) else ""


class Cancelled(Exception):
    """Long work stopped because the user pressed Cancel; nothing was written."""
