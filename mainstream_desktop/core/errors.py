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
    """One validation finding, keyed so every caller can place it: which operation of a
    batch, which register and record, which field (keys, not labels). The text is made
    when shown (``message`` may be a lazily translated :class:`~i18n.Message`), so the
    form puts it beside the field, the import in its sheet, row and column."""

    table: str  # register key
    field: str | None  # field key; None for the record as a whole
    message: object  # str or i18n.Message: str() gives the text in the current language
    record_id: str | None = None
    record: str = ""  # the record's name as people know it
    op: int | None = None  # index of the operation in its batch

    @property
    def register_label(self) -> str:
        from mainstream_desktop.core.i18n import translate
        from mainstream_desktop.core.registers import REGISTERS

        reg = REGISTERS.get(self.table)
        return translate("Register", reg.singular) if reg else self.table

    @property
    def field_label(self) -> str:
        from mainstream_desktop.core.i18n import translate
        from mainstream_desktop.core.registers import REGISTERS

        if not self.field:
            return ""
        reg = REGISTERS.get(self.table)
        try:
            return translate("Field", reg.field(self.field).label) if reg else self.field
        except KeyError:
            return self.field

    @property
    def text(self) -> str:
        return str(self.message)

    @property
    def source(self) -> str:
        """The untranslated message (what the problem *is*), for callers that recognise
        particular problems (the import rewords "is required" for a missing column)."""
        return str(getattr(self.message, "source", self.message))

    def __str__(self) -> str:
        where = f"{self.register_label} “{self.record}”" if self.record else self.register_label
        if self.field:
            return f"{where}, {self.field_label}: {self.text}"
        return f"{where}: {self.text}"


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
